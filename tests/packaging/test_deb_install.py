"""The .deb installs into a bare Debian, starts from its menu entry, opens a project file by its type and
uninstalls, leaving the user's projects alone (issue 22).

A Debian bookworm (debootstrap, minbase) is made in a temporary folder with Xvfb, GIO's ``gio`` tool, the
MIME and menu databases and the .deb's dependencies; the tarball debootstrap fetches is kept in
~/.cache/annotator-packaging, so a second run does not fetch it again. The .deb in dist/ is used when it is
newer than every file it is built from, else `bash .ci/package` builds it (several minutes).

Root is needed (chroot, mount); without it, or without debootstrap, the test is skipped and says why.
Set ANNOTATOR_PACKAGE_SHOTS to a folder to keep the two screenshots it takes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shlex
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.build import fresh_or_built

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path.home() / ".cache" / "annotator-packaging"
MIRROR = "http://deb.debian.org/debian"
SUITE = "bookworm"
USER = "historian"
HOME = Path("/home") / USER
# What the test itself uses inside the chroot; the .deb's own Depends are added from packaging/debian/control.
TOOLS = ["xvfb", "libglib2.0-bin", "shared-mime-info", "desktop-file-utils"]
APP_TIMEOUT = 180  # seconds for a start on a loaded machine; a hung start fails, it never waits forever


def _depends() -> list[str]:
    control = (ROOT / "packaging" / "debian" / "control").read_text(encoding="utf-8")
    line = next(line for line in control.splitlines() if line.startswith("Depends:"))
    return [part.split("(")[0].strip() for part in line.removeprefix("Depends:").split(",")]


def _run(command: list[str], timeout: float = 600, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


def _the_deb() -> Path:
    """dist/annotator_*.deb, built now unless one newer than its sources is there (or ANNOTATOR_DEB names
    the one to install: where others edit the checkout while a build runs, nothing built is ever newer)."""
    named = os.environ.get("ANNOTATOR_DEB")
    if named:
        return Path(named).resolve()
    deb, output = fresh_or_built("annotator_*.deb", timeout=1800)
    assert deb is not None, f"bash .ci/package made no .deb:\n{output[-2000:]}"
    return deb


def _bootstrap(target: Path) -> None:
    """A bare Debian in ``target`` from the cached tarball (fetched into the cache the first time)."""
    packages = sorted(set(TOOLS + _depends()))
    key = hashlib.sha256(" ".join([SUITE, *packages]).encode()).hexdigest()[:12]
    tarball = CACHE / f"debian-{SUITE}-minbase-{key}.tgz"
    common = ["debootstrap", "--variant=minbase", f"--include={','.join(packages)}"]
    if not tarball.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = tarball.with_suffix(".partial.tgz")
        fetch = _run([*common, f"--make-tarball={partial}", SUITE, str(target), MIRROR], timeout=900)
        if fetch.returncode != 0:
            pytest.skip(f"debootstrap could not fetch {SUITE} from {MIRROR}: {fetch.stdout[-600:]}")
        partial.rename(tarball)
    unpack = _run([*common, f"--unpack-tarball={tarball}", SUITE, str(target), MIRROR], timeout=900)
    assert unpack.returncode == 0, f"debootstrap --unpack-tarball failed:\n{unpack.stdout[-3000:]}"


def _mounted_under(folder: Path) -> list[str]:
    with open("/proc/self/mounts", encoding="utf-8") as mounts:
        points = [line.split()[1] for line in mounts]
    return [p for p in points if p == str(folder) or p.startswith(f"{folder}/")]


def _processes_in(folder: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "root") == str(folder):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


@pytest.fixture
def chroot() -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("installing a .deb into a chroot needs root (CI runs as root)")
    if shutil.which("debootstrap") is None or shutil.which("dpkg-deb") is None:
        pytest.skip("debootstrap and dpkg-deb are needed (bash .ci/setup test installs debootstrap)")
    # Not pytest's tmp_path: that is deleted by a later run, and a folder with something still mounted in it
    # must never be deleted. This one is removed here, and only once nothing is mounted under it. Only
    # /proc is mounted: debootstrap makes the device nodes itself, so the host's /dev is never bound in.
    folder = Path(tempfile.mkdtemp(prefix="annotator-deb-", dir="/var/tmp")) / "debian"
    try:
        _bootstrap(folder)
        mounted = _run(["mount", "-t", "proc", "proc", str(folder / "proc")])
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount /proc in the chroot: {mounted.stderr.strip()}")
        shutil.copy("/etc/resolv.conf", folder / "etc" / "resolv.conf")  # only if apt must fetch a Depends
        yield folder
    finally:
        for pid in _processes_in(folder):  # Xvfb, and an app that did not quit
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 9)
        time.sleep(0.5)
        for point in sorted(_mounted_under(folder), key=len, reverse=True):
            if _run(["umount", point]).returncode != 0:
                _run(["umount", "-l", point])
        if not _mounted_under(folder):
            shutil.rmtree(folder.parent, ignore_errors=True)


def _in_chroot(root: Path, command: list[str], user: bool = True, timeout: float = 600, **env: str):  # type: ignore[no-untyped-def]
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "LANG": "C.UTF-8",
        "DISPLAY": ":7",
        "HOME": str(HOME) if user else "/root",
        "USER": USER if user else "root",
        **env,
    }
    who = [f"--userspec={USER}:{USER}"] if user else []
    pairs = [f"{k}={v}" for k, v in environment.items()]
    return _run(["chroot", *who, str(root), "env", "-i", *pairs, *command], timeout=timeout)


def _wait_for(path: Path, text: str, timeout: float = APP_TIMEOUT) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and text in (found := path.read_text(encoding="utf-8", errors="replace")):
            return found
        time.sleep(0.5)
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else "(no log file)"


def _not_blank(png: Path) -> int:
    """How many different colours the screenshot has (a blank screen or an empty window has one or two)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not an image"
    step = 7
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)
    }
    return len(colours)


def test_deb_installs_starts_from_the_menu_opens_a_project_by_its_type_and_uninstalls(chroot: Path) -> None:
    started = time.monotonic()
    deb = _the_deb()
    shutil.copy(deb, chroot / "tmp" / deb.name)
    install = _in_chroot(
        chroot,
        ["apt-get", "install", "-y", "--no-install-recommends", f"/tmp/{deb.name}"],
        user=False,
        DEBIAN_FRONTEND="noninteractive",
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    assert (chroot / "opt" / "annotator" / "annotator").is_file()
    assert _in_chroot(chroot, ["useradd", "--create-home", USER], user=False).returncode == 0

    xvfb = subprocess.Popen(
        ["chroot", str(chroot), "Xvfb", ":7", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = chroot / "tmp" / ".X11-unix" / "X7"
        end = time.monotonic() + 30
        while not socket.exists() and time.monotonic() < end:
            time.sleep(0.2)
        assert socket.exists(), "Xvfb did not start in the chroot"

        # First start, as the menu starts it: the .desktop entry's command, its field codes left out.
        entry = chroot / "usr" / "share" / "applications" / "annotator.desktop"
        desktop = entry.read_text(encoding="utf-8")
        exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
        command = [word for word in shlex.split(exec_line.removeprefix("Exec=")) if not word.startswith("%")]
        first = _in_chroot(
            chroot,
            command,
            timeout=APP_TIMEOUT,
            ANNOTATOR_READY_SCREENSHOT=str(HOME / "welcome.png"),
            ANNOTATOR_QUIT_WHEN_READY="1",
        )
        log = chroot / HOME.relative_to("/") / ".local" / "state" / "Annotator" / "log" / "annotator.log"
        text = log.read_text(encoding="utf-8") if log.exists() else "(no log file)"
        default = HOME / ".local" / "share" / "Annotator" / "default.annotator"
        assert first.returncode == 0, f"{first.stdout[-2000:]}\n{first.stderr[-3000:]}\n{text[-3000:]}"
        assert f"window ready: project {default}, showing the welcome pane" in text, text[-3000:]
        welcome = chroot / HOME.relative_to("/") / "welcome.png"
        assert welcome.exists(), text[-2000:]
        assert _not_blank(welcome) > 10

        # A project made with the installed command line, opened by its file type as a double-click does.
        letter = chroot / HOME.relative_to("/") / "letter.txt"
        letter.write_text("Dear brother, the harvest of 1932 was taken from us.\n", encoding="utf-8")
        os.chmod(letter, 0o644)
        project = HOME / "Fieldwork.annotator"
        made = _in_chroot(
            chroot, ["annotator", "--project", str(project), "import", str(HOME / "letter.txt")]
        )
        assert made.returncode == 0, made.stdout + made.stderr
        kind = _in_chroot(chroot, ["gio", "info", "-a", "standard::content-type", str(project)])
        assert "application/x-annotator-project" in kind.stdout, kind.stdout + kind.stderr
        opened = _in_chroot(
            chroot,
            ["gio", "open", str(project)],
            ANNOTATOR_READY_SCREENSHOT=str(HOME / "opened.png"),
            ANNOTATOR_QUIT_WHEN_READY="1",
        )
        assert opened.returncode == 0, opened.stdout + opened.stderr
        ready = f"window ready: project {project}, showing source 1"
        text = _wait_for(log, ready)
        assert ready in text, text[-3000:]
        end = time.monotonic() + APP_TIMEOUT  # the app quits by itself once it has said so
        while [p for p in _processes_in(chroot) if p != xvfb.pid] and time.monotonic() < end:
            time.sleep(0.5)
        shots = os.environ.get("ANNOTATOR_PACKAGE_SHOTS")
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            shutil.copy(welcome, Path(shots) / "package_chroot_menu_start.png")
            shutil.copy(welcome.with_name("opened.png"), Path(shots) / "package_chroot_opened_by_type.png")
    finally:
        xvfb.kill()
        xvfb.wait(timeout=30)

    remove = _in_chroot(chroot, ["apt-get", "remove", "-y", "annotator"], user=False)
    assert remove.returncode == 0, remove.stdout[-3000:] + remove.stderr[-3000:]
    assert not (chroot / "opt" / "annotator").exists()
    assert not (chroot / "usr" / "bin" / "annotator").exists()
    assert not (chroot / "usr" / "share" / "applications" / "annotator.desktop").exists()
    home = chroot / HOME.relative_to("/")
    assert (home / "Fieldwork.annotator").is_file()
    assert (home / ".local" / "share" / "Annotator" / "default.annotator").is_file()
    print(f"install test: {time.monotonic() - started:.0f} s after the chroot was made")
