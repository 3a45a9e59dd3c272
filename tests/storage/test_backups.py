"""Automatic backups, integrity check on open, restoring a backup (real files throughout)."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from annotator.domain.errors import ProjectDamaged, ProjectError
from annotator.services.project import Project, list_backups, restore_backup
from annotator.storage import backups

TEXT = "".join(
    f"Entry {i}: the parish register names {i % 13} witnesses at the baptism.\n" for i in range(400)
)


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT title FROM sources"))
    finally:
        connection.close()


def _make(path: Path, *titles: str) -> None:
    with Project.open(path) as project:
        for title in titles:
            project.sources.import_bytes(
                f"{title}.txt", f"{title}\n{TEXT}".encode(), metadata={"title": title}
            )


def test_no_backup_of_a_new_file_then_one_on_open_at_most_every_ten_minutes(project_path: Path) -> None:
    _make(project_path, "Register")
    assert list_backups(project_path) == []
    with Project.open(project_path) as project:
        taken = project.list_backups()
    assert len(taken) == 1
    assert taken[0].path.parent == project_path.with_name("test.annotator-backups")
    assert taken[0].size == taken[0].path.stat().st_size > 0
    assert _titles(taken[0].path) == ["Register"]
    with Project.open(project_path):
        pass
    assert list_backups(project_path) == taken  # the newest is under ten minutes old


def test_backup_if_due_and_rotation_keep_the_newest(project_path: Path) -> None:
    _make(project_path, "Register")
    paths = [backups.take_backup(project_path, keep=4) for _ in range(6)]
    listed = list_backups(project_path)
    assert [b.path for b in listed] == paths[::-1][:4]
    assert all(a.taken_at > b.taken_at for a, b in itertools.pairwise(listed))
    assert not any(p.exists() for p in paths[:2])
    assert backups.backup_if_due(project_path) is None  # the newest is seconds old
    assert backups.backup_if_due(project_path, interval=timedelta(0), keep=4) is None  # nothing changed
    with Project.open(project_path) as project:
        project.rename("Parish register")
    assert backups.backup_if_due(project_path, interval=timedelta(0), keep=4) is not None
    assert len(list_backups(project_path)) == 4
    assert not list(backups.backup_folder(project_path).glob("*.partial"))


def test_restore_round_trip_keeps_the_replaced_file_as_a_backup(project_path: Path) -> None:
    _make(project_path, "Register")
    with Project.open(project_path) as project:  # backup on open: the register only
        project.sources.import_bytes("letter.txt", b"A letter from the bishop.", metadata={"title": "Letter"})
        with pytest.raises(ProjectError, match="close"):
            restore_backup(project_path, project.list_backups()[0].path)
    (backup,) = list_backups(project_path)
    kept = restore_backup(project_path, backup.path)
    assert kept is not None and _titles(kept) == ["Letter", "Register"]
    assert {b.path for b in list_backups(project_path)} == {backup.path, kept}
    with Project.open(project_path) as project:
        assert [s.title for s in project.sources.list()] == ["Register"]


def _damage(path: Path) -> None:
    """Garbage over a run of pages in the middle of the file (the project must be closed: no WAL)."""
    assert not path.with_name(path.name + "-wal").exists()
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2 - size // 2 % 4096)
        f.write(b"\xde\xad\xbe\xef garbage " * 2000)


def test_damaged_file_is_detected_on_open(project_path: Path) -> None:
    _make(project_path, "Register", "Chronicle", "Diary")
    _damage(project_path)
    with pytest.raises(ProjectDamaged) as caught:
        Project.open(project_path)
    message = str(caught.value)
    assert str(project_path) in message and "damaged" in message and "\n" not in message
    # The lock was released: the file can be restored and opened again by this process.
    assert not project_path.with_name("test.annotator.lock").exists()


def test_restore_from_a_damaged_state(project_path: Path) -> None:
    _make(project_path, "Register", "Chronicle")
    with Project.open(project_path):  # a backup of the sound file
        pass
    _damage(project_path)
    with pytest.raises(ProjectDamaged):
        Project.open(project_path)
    latest = list_backups(project_path)[0]
    kept = restore_backup(project_path, latest.path)
    assert kept is not None and kept.exists()  # the damaged file is kept too, in case it held more
    with Project.open(project_path) as project:
        sources = {s.title: s for s in project.sources.list()}
        assert sorted(sources) == ["Chronicle", "Register"]
        assert project.sources.text(sources["Chronicle"].id) == f"Chronicle\n{TEXT}"


def test_a_damaged_backup_is_not_restored(project_path: Path, tmp_path: Path) -> None:
    _make(project_path, "Register")
    bad = tmp_path / "bad.annotator"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(ProjectError, match=r"bad\.annotator"):
        restore_backup(project_path, bad)
    assert _titles(project_path) == ["Register"]


def test_a_failing_backup_does_not_keep_the_project_shut(project_path: Path) -> None:
    _make(project_path, "Register")
    backups.backup_folder(project_path).write_bytes(b"a file where the backup folder should be")
    with Project.open(project_path) as project:
        assert [s.title for s in project.sources.list()] == ["Register"]


def test_a_damaged_file_can_still_be_opened_read_only(project_path: Path) -> None:
    _make(project_path, "Register", "Chronicle", "Diary")
    _damage(project_path)
    try:
        project = Project.open(project_path, read_only=True)
    except ProjectDamaged:
        pytest.skip("the damage hit the schema itself")
    with project:
        assert project.read_only
