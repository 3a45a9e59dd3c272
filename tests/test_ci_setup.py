""".ci/setup on machines it cannot fully set up: no sudo, sudo refused, packages missing.

The script runs for real in a copy of .ci/ with a PATH of stand-ins: ``dpkg`` says which packages are
missing, ``id`` which user runs it, ``apt-get``/``sudo`` log their calls (and print dpkg's usual flood),
``python3`` makes a .venv whose ``python`` logs the pip commands instead of downloading anything.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASH = shutil.which("bash")

pytestmark = pytest.mark.skipif(BASH is None or sys.platform != "linux", reason="needs bash on Linux")

STAND_INS = {
    "dpkg": """#!{bash}
[ "$1" = -s ] || exit 2
for p in $FAKE_MISSING; do [ "$p" = "$2" ] && exit 1; done
exit 0
""",
    "id": """#!{bash}
echo "${{FAKE_UID:-1000}}"
""",
    "apt-get": """#!{bash}
echo "apt-get $*" >>"$FAKE_LOG"
[ "${{FAKE_UID:-1000}}" = 0 ] || {{ echo "E: Could not open lock file (13)" >&2; exit 100; }}
for p in $FAKE_UNKNOWN; do
  [ "$1" = install ] && [[ " $* " == *" $p "* ]] && {{ echo "E: Unable to locate package $p" >&2; exit 100; }}
done
for i in $(seq 1 80); do
  echo "Selecting previously unselected package libfake$i."
  echo "Unpacking libfake$i (1.0) ..."
done
""",
    "sudo": """#!{bash}
echo "sudo $*" >>"$FAKE_LOG"
if [ -n "${{FAKE_SUDO_REFUSES:-}}" ]; then echo "tester is not in the sudoers file." >&2; exit 1; fi
FAKE_UID=0 exec "$@"
""",
    "python3": """#!{bash}
case "$*" in
  "-m venv .venv")
    mkdir -p .venv/bin
    printf '#!{bash}\\necho "venv-python $*" >>"$FAKE_LOG"\\n' >.venv/bin/python
    chmod +x .venv/bin/python
    ;;
  *"import ensurepip"*) [ -z "${{FAKE_NO_VENV:-}}" ] ;;
  *) exec {python} "$@" ;;
esac
""",
}
# Real tools the script uses besides its stand-ins; sudo is deliberately not among them.
TOOLS = ("dirname", "mktemp", "tail", "rm", "mkdir", "chmod", "seq", "env", "cat")


def _machine(tmp_path: Path, sudo: bool) -> tuple[Path, Path]:
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "setup", checkout / ".ci" / "setup")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in STAND_INS.items():
        if name == "sudo" and not sudo:
            continue
        path = bin_dir / name
        path.write_text(text.format(bash=BASH, python=sys.executable), encoding="utf-8")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    return checkout, bin_dir


def _setup(
    tmp_path: Path, mode: str, missing: str, uid: int = 1000, sudo: bool = False, **fake: str
) -> tuple[subprocess.CompletedProcess[str], list[str], Path]:
    checkout, bin_dir = _machine(tmp_path, sudo)
    log = tmp_path / "calls.log"
    log.touch()
    env = {"PATH": str(bin_dir), "FAKE_MISSING": missing, "FAKE_UID": str(uid), "FAKE_LOG": str(log), **fake}
    run = subprocess.run(
        [BASH, str(checkout / ".ci" / "setup"), mode],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return run, log.read_text(encoding="utf-8").splitlines(), checkout


def test_no_sudo_and_a_missing_font_says_so_and_goes_on(tmp_path: Path) -> None:
    run, calls, checkout = _setup(tmp_path, "app", missing="fonts-sil-gentiumplus")
    assert run.returncode == 0, run.stderr
    assert "command not found" not in run.stderr
    assert "fonts-sil-gentiumplus" in run.stderr and "optional" in run.stderr
    assert "sudo apt-get install --no-install-recommends fonts-sil-gentiumplus" in run.stderr
    assert (checkout / ".venv" / "bin" / "python").exists()
    assert "venv-python -m pip install -q --disable-pip-version-check ." in calls
    assert run.stdout.splitlines()[-1] == "Ready: .venv/bin/annotator"


def test_sudo_refused_for_a_missing_font_goes_on(tmp_path: Path) -> None:
    run, calls, _ = _setup(tmp_path, "app", missing="fonts-liberation2", sudo=True, FAKE_SUDO_REFUSES="1")
    assert run.returncode == 0, run.stderr
    assert "not in the sudoers file" in run.stderr
    assert "sudo apt-get install --no-install-recommends fonts-liberation2" in run.stderr
    assert any(call.startswith("venv-python -m pip install") for call in calls)


def test_a_missing_qt_library_without_sudo_still_installs_the_app_then_fails(tmp_path: Path) -> None:
    run, calls, _ = _setup(tmp_path, "app", missing="libxcb-cursor0 fonts-sil-gentiumplus")
    assert run.returncode == 1
    assert "Not installed (needed): libxcb-cursor0" in run.stderr
    assert (
        "sudo apt-get install --no-install-recommends libxcb-cursor0 fonts-sil-gentiumplus" in run.stderr
    )
    assert "venv-python -m pip install -q --disable-pip-version-check ." in calls
    assert "--help" in run.stderr.splitlines()[-1]


def test_without_python3_venv_nothing_can_be_made_and_it_says_why(tmp_path: Path) -> None:
    run, calls, checkout = _setup(tmp_path, "test", missing="python3-venv", FAKE_NO_VENV="1")
    assert run.returncode == 1
    assert "sudo apt-get install --no-install-recommends python3-venv" in run.stderr
    assert "without python3-venv" in run.stderr
    assert not (checkout / ".venv").exists() and calls == []


def test_as_root_packages_are_installed_and_the_output_stays_short(tmp_path: Path) -> None:
    run, calls, _ = _setup(tmp_path, "test", missing="libegl1", uid=0)
    assert run.returncode == 0, run.stderr
    assert "apt-get update -qq" in calls
    assert "apt-get install -y -qq --no-install-recommends libegl1" in calls
    assert any(call.endswith("-m pip install -q --disable-pip-version-check -e .[test]") for call in calls)
    # dpkg's hundred and sixty lines stay in the log; a few progress lines are shown instead.
    assert "Selecting previously" not in run.stdout + run.stderr
    assert len(run.stdout.splitlines()) <= 5 and run.stderr == ""
    assert run.stdout.splitlines()[-1] == "Ready: .venv/bin/python -m pytest"


def test_sudo_is_used_when_not_root(tmp_path: Path) -> None:
    run, calls, _ = _setup(tmp_path, "app", missing="fonts-liberation2", sudo=True)
    assert run.returncode == 0, run.stderr
    assert any(call.startswith("sudo apt-get update") for call in calls)
    assert "apt-get install -y -qq --no-install-recommends fonts-liberation2" in calls


def test_an_optional_package_this_release_lacks_holds_up_nothing(tmp_path: Path) -> None:
    font = "fonts-sil-gentiumplus"
    run, calls, _ = _setup(tmp_path, "app", missing=f"libxcb-cursor0 {font}", uid=0, FAKE_UNKNOWN=font)
    assert run.returncode == 0, run.stderr
    assert "apt-get install -y -qq --no-install-recommends libxcb-cursor0" in calls
    assert calls.count("apt-get update -qq") == 1
    assert "Unable to locate package fonts-sil-gentiumplus" in run.stderr
    assert "Not installed (optional, setup goes on without): fonts-sil-gentiumplus" in run.stderr
    assert "needed" not in run.stderr


def test_the_test_set_up_installs_postgresql_when_missing(tmp_path: Path) -> None:
    """CI runs the storage and service tests on a real PostgreSQL server (tests/helpers/postgres.py): the
    test set-up installs Debian's package as an optional system package, only when it is missing."""
    run, calls, _ = _setup(tmp_path, "test", missing="postgresql", uid=0)
    assert run.returncode == 0, run.stderr
    assert "apt-get install -y -qq --no-install-recommends postgresql" in calls
    run, calls, _ = _setup(tmp_path / "warm", "test", missing="", uid=0)
    assert not any("postgresql" in call for call in calls)  # present: nothing installed
