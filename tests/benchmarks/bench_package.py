"""The installed app's start against the development install's (issue 22): seconds from launching the
process to the window being on screen with its project open (the app's "window ready" log line), on the
default project, under Xvfb; launches alternate so that the shared machine's load falls on both alike.

    .venv/bin/python tests/benchmarks/bench_package.py [--app dist/annotator/annotator] [--repeats 5]

Needs Xvfb and a built app folder (bash .ci/package). Target: under 2 s for the installed app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISPLAY = ":58"


def ready_at(log: Path, after: int) -> float:
    """The epoch time of the first "window ready" line past byte ``after`` of the log."""
    with log.open(encoding="utf-8") as f:
        f.seek(after)
        for line in f:
            if "window ready:" in line:
                stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
                return stamp.timestamp()
    raise SystemExit(f"bench_package: no 'window ready' line in {log}")


def launch(command: list[str], home: Path) -> float:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "DISPLAY": DISPLAY,
        "ANNOTATOR_QUIT_WHEN_READY": "1",
    }
    log = home / ".local" / "state" / "Annotator" / "log" / "annotator.log"
    size = log.stat().st_size if log.exists() else 0
    started = time.time()
    subprocess.run(command, env=env, check=True, timeout=300, capture_output=True)
    return ready_at(log, size) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "annotator" / "annotator")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not args.app.exists() or shutil.which("Xvfb") is None:
        print(f"bench_package: needs {args.app} (bash .ci/package) and Xvfb", file=sys.stderr)
        return 2
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    home = Path(tempfile.mkdtemp(prefix="bench-package-"))
    try:
        time.sleep(1)
        commands = {"installed": [str(args.app)], "development": [str(ROOT / ".venv" / "bin" / "annotator")]}
        for command in commands.values():  # the first start makes the project; both then open it
            launch(command, home)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeats):
            for name, command in commands.items():
                times[name].append(launch(command, home))
        for name, values in times.items():
            print(
                f"{name:12} start to a usable window: median {statistics.median(values):.2f} s "
                f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} starts)"
            )
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        xvfb.kill()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
