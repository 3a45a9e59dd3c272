"""The packages the packaging tests install: dist/ as `bash .ci/package` makes it, built at most once at a
time (the .deb and AppImage tests may run at once in two test processes, and two builds into one build/
folder would spoil each other)."""

from __future__ import annotations

import fcntl
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILT_FROM = ("annotator", "db", "resources", "packaging", "pyproject.toml", ".ci/package")
DIST = ROOT / "dist"


def newest_source() -> float:
    """The newest modification time of what the packages are built from."""
    newest = 0.0
    for name in BUILT_FROM:
        path = ROOT / name
        paths = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for p in paths:
            if "__pycache__" not in p.parts and "screenshots" not in p.parts:
                newest = max(newest, p.stat().st_mtime)
    return newest


def newest(pattern: str) -> Path | None:
    """The newest file of dist/ matching ``pattern``, if any."""
    found = sorted(DIST.glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def fresh_or_built(pattern: str, timeout: float) -> tuple[Path | None, str]:
    """The newest dist/ file matching ``pattern`` when it is newer than its sources, else what a build now
    makes (None if it made none) with the build's output. One build at a time: a second caller waits for
    the first's and uses what it made."""
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / ".packaging-tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = newest(pattern)
        if found is not None and found.stat().st_mtime > newest_source():
            return found, ""
        build = subprocess.run(
            ["bash", str(ROOT / ".ci" / "package")],
            capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT,
        )  # fmt: skip
        output = build.stdout + build.stderr
        assert build.returncode == 0, f"bash .ci/package failed:\n{output[-6000:]}"
        return newest(pattern), output
