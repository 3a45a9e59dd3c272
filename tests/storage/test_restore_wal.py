"""Restoring a backup over a project whose write-ahead log (``-wal``) is still beside it.

SQLite replays a WAL it finds beside a database onto that database, and nothing in the WAL ties it to the
file it was written for: left in place, the replaced file's last changes would be laid over the restored
one — the restore undone, or pages of two different files mixed. Closing the last connection to a file
folds its WAL in and deletes it, so the WAL outlives the safety backup that restoring takes when another
program still has the file open (a database browser, a sync client).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.services.project import Project, restore_backup
from annotator.storage import backups


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT title FROM sources"))
    finally:
        connection.close()


def test_restore_drops_the_wal_of_the_file_it_replaces(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("register.txt", b"Entry 1: a baptism.\n", metadata={"title": "Register"})
    backup = backups.take_backup(project_path)
    other_program = sqlite3.connect(project_path)  # edits the file after the backup and keeps it open
    try:
        other_program.execute("UPDATE sources SET title = 'Renamed after the backup'")
        other_program.commit()
        wal = project_path.with_name(project_path.name + "-wal")
        assert wal.stat().st_size > 0

        kept = restore_backup(project_path, backup)

        assert not wal.exists()  # the backup has no WAL of its own to bring along
        with Project.open(project_path) as project:
            assert [s.title for s in project.sources.list()] == ["Register"]
    finally:
        other_program.close()
    assert kept is not None and _titles(kept) == ["Renamed after the backup"]  # the replaced file, kept
