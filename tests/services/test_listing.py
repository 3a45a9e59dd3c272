"""Listing sources without the project's services (issue 23): the same list as ``Project.sources.list()``,
opened the same way (lock, read-only when held elsewhere, automatic backup), and nothing done when the file
needs more than reading."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from annotator.domain.model import SourceSummary
from annotator.services.listing import list_sources
from annotator.services.project import Project
from annotator.storage import direct, lock, migrate
from annotator.storage.backups import list_backups
from annotator.storage.database import create_project_engine
from tests.helpers.holder import holding


def _project(path: Path) -> None:
    with Project.open(path) as project:
        first = project.sources.import_bytes(
            "speech.txt",
            b"Comrades, the harvest of 1932 was gathered in full.",
            {"authors": ["Stalin", "Molotov"], "date_text": "c. 1931", "kind": "primary", "genre": "speech"},
        ).source_id
        project.sources.import_bytes(
            "memoir.txt", b"The village had no bread that winter; we ate what we found.", {}
        )
        project.sources.import_bytes(
            "report.txt",
            b"The raion reported 40 households without seed grain.",
            {"date_text": "May 1933", "kind": "secondary", "language": "en"},
        )
        project.annotations.create(first, 0, 8, ["bias/loaded-language"], "a salutation")
        project.annotations.create(first, 10, 30, [])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_lists_what_the_project_lists(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _project(path)
    with Project.open(path) as project:
        expected = project.sources.list()
    listed = list_sources(path)
    assert listed == expected
    assert [s.annotation_count for s in listed] == [2, 0, 0]
    assert listed[0].authors == ("Stalin", "Molotov") and listed[0].date_range is not None
    assert listed[0].date_range.approximate
    assert not lock.held_here(path.absolute())  # let go again
    Project.open(path).close()


def test_takes_the_automatic_backup_when_one_is_due_as_opening_does(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _project(path)  # a new project is not backed up: its next open is
    assert list_backups(path) == []
    assert list_sources(path) is not None
    assert len(list_backups(path)) == 1
    assert list_sources(path) is not None
    assert len(list_backups(path)) == 1  # not due again


def test_a_project_another_process_holds_is_read_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _project(path)
    with Project.open(path) as project:
        expected = project.sources.list()
    with holding(path):
        before = list_backups(path)
        assert list_sources(path) == expected
        assert list_backups(path) == before


def test_leaves_a_file_that_needs_more_than_reading_to_project_open(tmp_path: Path) -> None:
    missing = tmp_path / "new.annotator"
    assert list_sources(missing) is None
    assert not missing.exists()  # Project.open creates it

    empty = tmp_path / "empty.annotator"
    empty.write_bytes(b"")
    assert list_sources(empty) is None

    other = tmp_path / "other.annotator"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert list_sources(other) is None

    older = tmp_path / "older.annotator"
    _project(older)
    engine = create_project_engine(older)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), migrate.revisions()[-2])
    engine.dispose()
    digest = _digest(older)
    assert list_sources(older) is None
    assert _digest(older) == digest and list_backups(older) == []  # nothing written: the upgrade backs up

    damaged = tmp_path / "damaged.annotator"
    _project(damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 : 4096 + 512] = b"\xff" * 512  # a page past the header
    damaged.write_bytes(bytes(data))
    assert list_sources(damaged) is None  # Project.open says it is damaged, and where a backup is
    for path in (empty, other, older, damaged):
        assert not lock.held_here(path.absolute())


def test_a_damaged_project_is_left_as_it_was_unlocked_and_not_backed_up(tmp_path: Path) -> None:
    # The quick check comes before the backup: a damaged file is not copied over as the newest backup, and
    # the lock is let go for Project.open, which says what is wrong.
    damaged = tmp_path / "damaged.annotator"
    _project(damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 : 4096 + 512] = b"\xff" * 512
    damaged.write_bytes(bytes(data))
    digest = _digest(damaged)
    assert list_sources(damaged) is None
    assert not lock.held_here(damaged.absolute())
    assert list_backups(damaged) == [] and _digest(damaged) == digest


def test_the_lock_is_held_while_listing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A window opened meanwhile finds the project held (and opens it read-only) rather than writing under
    # the listing; the real query runs, only watched.
    path = tmp_path / "p.annotator"
    _project(path)
    seen: list[bool] = []
    real = direct.source_summaries

    def summaries_seeing_the_lock(connection: sqlite3.Connection) -> list[SourceSummary]:
        seen.append(lock.held_here(path.absolute()))
        return real(connection)

    monkeypatch.setattr(direct, "source_summaries", summaries_seeing_the_lock)
    assert list_sources(path) is not None
    assert seen == [True] and not lock.held_here(path.absolute())
