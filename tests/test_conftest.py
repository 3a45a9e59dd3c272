"""The shared test set-up cleans up after itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASE = '''
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.services.project import default_project_path, Project


def test_fills_the_private_user_folders(qapp):
    default_project_path().parent.mkdir(parents=True)
    with Project.open(default_project_path()) as project:
        project.sources.import_bytes("a.txt", b"Some words to index.")
    settings = QSettings()
    settings.setValue("written", 1)
    settings.sync()
    Path(os.environ["XDG_CACHE_HOME"], "big").mkdir(parents=True)
    Path(os.environ["XDG_CACHE_HOME"], "big", "file").write_bytes(b"x" * 100_000)
'''


def test_the_private_user_folders_are_removed_when_the_run_ends(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    case = tmp_path / "case" / "test_case.py"
    case.parent.mkdir()
    case.write_text(CASE, encoding="utf-8")
    env = dict(os.environ, TMPDIR=str(temp), PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-o", "qt_api=pyside6", str(case)],
        capture_output=True,
        text=True,
        cwd=tmp_path / "case",
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout
    assert list(temp.glob("annotator-test-home-*")) == []
