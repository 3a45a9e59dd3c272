"""Another Annotator holding a project: a real second process, as the app is while a window is open."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).parent.parent.parent

# Opens the project for writing and keeps it until told to close (a line on stdin) or killed.
HOLD = """
import sys
from annotator.services.project import Project
project = Project.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


@contextmanager
def holding(project_path: Path, script: str = HOLD) -> Iterator[subprocess.Popen[str]]:
    """Run ``script`` (given the project path) in another process until it says "open"; kill it after."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(project_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "open\n"
        yield process
    finally:
        process.kill()
        process.communicate()
