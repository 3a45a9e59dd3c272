"""An upgrade killed half-way leaves the original intact, and the next open completes it.

A real subprocess opens the first-release fixture and SIGKILLs itself right after the Nth SQL statement
(counted by an engine event), so the kill lands at chosen points inside the migration's transaction.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.storage import migrate

FIXTURE = Path(__file__).parent.parent / "fixtures" / "project_v1.sql"
REPO = Path(__file__).parent.parent.parent
KILL_AFTER = """
import os, signal, sys
from sqlalchemy import Engine, event
count = 0
@event.listens_for(Engine, "after_cursor_execute")
def _count(*_args):
    global count
    count += 1
    if count == int(sys.argv[2]):
        os.kill(os.getpid(), signal.SIGKILL)
from annotator.services.project import Project
Project.open(sys.argv[1]).close()
"""


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _version(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.skipif(migrate.head() == "0001", reason="no upgrade from the first release yet")
@pytest.mark.parametrize("statement", [8, 10, 20, 32, 34, 36, 37])
def test_upgrade_killed_half_way_is_completed_by_the_next_open(tmp_path: Path, statement: int) -> None:
    path = tmp_path / "old.annotator"
    connection = sqlite3.connect(path)
    connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    original = _dump(path)

    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER, str(path), str(statement)],
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr.decode(errors="replace")
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    # Every chosen statement is inside the upgrade's transaction (statement 7 begins it), so the file
    # must be exactly the original: no new table, no half-copied one, the old revision.
    assert _version(path) == "0001"
    assert _dump(path) == original

    with Project.open(path) as project:
        assert [s.title for s in project.sources.list()] == [
            "Report of the district committee",
            "Письмо из деревни",
        ]
        assert len(project.annotations.list()) == 3
        assert len(project.links.list()) == 1
        assert len(project.taxonomy.taxonomy().tags) == 27
    assert _version(path) == migrate.head()
