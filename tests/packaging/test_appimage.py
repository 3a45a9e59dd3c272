"""The AppImage (dist/Annotator-VERSION-x86_64.AppImage, made by `bash .ci/package`) starts its window and
imports a saved web page, run as a user runs it, with nothing installed (issue 22).

Run with ``--appimage-extract-and-run``: an AppImage mounts itself with FUSE, which a container or CI machine
does not have; the runtime then unpacks itself into $TMPDIR and runs from there, the same files and the same
launcher. The window opens under Xvfb, the test's own display.

The AppImage in dist/ is used when it is newer than every file it is built from (or ANNOTATOR_APPIMAGE
names it), else `bash .ci/package` builds it (several minutes). When the build says it made no AppImage
(appimagetool could not be had from the package registry, or the machine is not x86_64), the test is
skipped with its reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.build import fresh_or_built

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
APP_TIMEOUT = 300  # unpacking ~450 MB, then a start on a loaded machine; a hung start fails, never hangs
NOT_BUILT = "AppImage: not built"  # what .ci/package prints, with its reason, when it cannot make one


def _run(command: list[str], timeout: float, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


@pytest.fixture(scope="module")
def appimage() -> Path:
    named = os.environ.get("ANNOTATOR_APPIMAGE")
    if named:
        return Path(named).resolve()
    image, output = fresh_or_built("Annotator-*-x86_64.AppImage", timeout=2400)
    said = [line for line in output.splitlines() if line.startswith(NOT_BUILT)]
    if said:
        pytest.skip(said[0])
    assert image is not None, f"bash .ci/package made no AppImage, nor said why:\n{output[-2000:]}"
    return image


@pytest.fixture
def display() -> Iterator[str]:
    """A display of the test's own: Xvfb picks a free number and tells it on a pipe."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is needed to show the window (Debian's xvfb; bash .ci/setup test installs it)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        xvfb.kill()
        xvfb.wait(timeout=30)


def _as_user(image: Path, home: Path, arguments: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """The AppImage run as a user with an empty home would run it (no development install on PATH)."""
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),  # where the runtime unpacks itself, removed when the app exits
        **env,
    }
    (home / "tmp").mkdir(exist_ok=True)
    return _run([str(image), "--appimage-extract-and-run", *arguments], timeout=APP_TIMEOUT, env=environment)


def test_the_appimage_starts_on_the_welcome_pane(appimage: Path, display: str, tmp_path: Path) -> None:
    started = time.monotonic()
    shot = tmp_path / "welcome.png"
    run = _as_user(
        appimage,
        tmp_path,
        [],
        DISPLAY=display,
        ANNOTATOR_QUIT_WHEN_READY="1",
        ANNOTATOR_READY_SCREENSHOT=str(shot),
    )
    log = tmp_path / ".local" / "state" / "Annotator" / "log" / "annotator.log"
    text = log.read_text(encoding="utf-8") if log.exists() else "(no log file)"
    assert run.returncode == 0, f"{run.stdout[-2000:]}\n{run.stderr[-3000:]}\n{text[-3000:]}"
    default = tmp_path / ".local" / "share" / "Annotator" / "default.annotator"
    assert f"window ready: project {default}, showing the welcome pane" in text, text[-3000:]
    assert shot.exists(), text[-2000:]
    assert not list((tmp_path / "tmp").glob("appimage_extracted_*")), "the runtime left its unpacked copy"
    shots = os.environ.get("ANNOTATOR_PACKAGE_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(shots) / "appimage_start.png")
    print(f"AppImage start (unpacking included): {time.monotonic() - started:.0f} s")


def test_the_appimage_imports_a_saved_web_page(appimage: Path, tmp_path: Path) -> None:
    # A German page whose addresses carry language segments (/de/, /en/): the web-page reader's URL
    # helpers (courlan) can weigh such segments with babel's locale data, which the bundle leaves out
    # but for English (packaging/annotator.spec); this import must not need it.
    page = tmp_path / "ernte.html"
    page.write_text(
        """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Die Ernte von 1932</title>
<meta property="og:url" content="https://archiv.example.org/de/briefe/ernte-1932">
<meta property="og:site_name" content="Briefarchiv">
<link rel="alternate" hreflang="en" href="https://archiv.example.org/en/letters/harvest-1932">
</head><body><nav><a href="/de/">Start</a> <a href="/en/">English</a> <a href="/de-AT/">Österreich</a></nav>
<article><h1>Die Ernte von 1932</h1>
<p>Lieber Bruder, die Ernte des Jahres 1932 wurde uns ganz genommen. Im Dorf blieb kein Sack Getreide,
und die Kommission kam dreimal im Winter, zuletzt mit dem Vorsitzenden aus dem Rayon.</p>
<p>Die Nachbarn gingen im Februar in die Stadt, um Brot zu suchen; viele kamen nicht zurück. Schreib bald,
und grüße die Mutter von uns allen.</p>
</article></body></html>
""",
        encoding="utf-8",
    )
    project = tmp_path / "Briefe.annotator"
    imported = _as_user(appimage, tmp_path, ["--project", str(project), "import", str(page)])
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-3000:]
    assert "as source 1" in imported.stdout, imported.stdout
    shown = _as_user(appimage, tmp_path, ["--project", str(project), "show", "1"])
    assert shown.returncode == 0, shown.stdout[-2000:] + shown.stderr[-3000:]
    assert "die Ernte des Jahres 1932 wurde uns ganz genommen" in shown.stdout
    assert "Österreich" not in shown.stdout  # the menu is not the article
    assert (
        "https://archiv.example.org/de/briefe/ernte-1932"
        in _as_user(appimage, tmp_path, ["--project", str(project), "info", "1"]).stdout
    )


def test_the_bundle_keeps_babels_english_locale_data_only() -> None:
    # The app never asks babel for a locale (only courlan's URL language filter would, which the web-page
    # import does not use); 34 of its 35 MB are the other locales. Checked on the folder the AppImage packs.
    data = ROOT / "dist" / "annotator" / "_internal" / "babel"
    if not data.is_dir():
        pytest.skip("no built app folder in dist/ (bash .ci/package makes it)")
    assert (data / "global.dat").is_file()
    kept = sorted(p.name for p in (data / "locale-data").iterdir())
    assert kept == ["LICENSE.unicode", "en.dat", "root.dat"]  # the data's licence goes with what is kept
