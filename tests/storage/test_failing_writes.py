"""Failing writes: a clear message, the change rolled back whole, everything saved before intact."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import WriteFailed
from annotator.services.project import Project
from annotator.storage import database


def _fill_up(project: Project) -> None:
    """Make the database "full": SQLite then fails exactly as on a full disk (SQLITE_FULL)."""
    engine = project._uow.engine  # the project's own engine: the limit must apply to its connections
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    # Every pooled connection must see the limit, so set it on connect from now on.
    from sqlalchemy import event

    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
    engine.dispose()


def test_full_disk_refuses_the_change_and_keeps_the_rest(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Words of the source. " * 50)).source_id
    kept = project.annotations.create(source, 0, 5, ["bias/polemical"], note="saved before")
    _fill_up(project)
    before = project.generation()
    with pytest.raises(WriteFailed, match="the disk is full") as error:
        for i in range(2000):  # until the last free page is used up
            project.annotations.create(source, 10, 20, note="x" * 4000 + str(i))
    assert "\n" not in str(error.value)
    assert project.annotations.get(kept.id).note == "saved before"
    assert project.generation() >= before
    with sqlite3.connect(project.path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_a_lock_held_too_long_is_a_clear_message(tmp_path: Path, write_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_file(write_file("a.txt", "Words of the source.")).source_id
        other = sqlite3.connect(path, timeout=0.1)
        other.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
        try:
            with pytest.raises(WriteFailed, match="locked"):
                project.annotations.create(source, 0, 5)
        finally:
            other.rollback()
            other.close()
        assert project.annotations.create(source, 0, 5).quote.exact == "Words"  # usable again


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files anyway")
def test_read_only_file_is_a_clear_message(tmp_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_file(write_file("a.txt", "Words of the source.")).source_id
        os.chmod(path, 0o444)
        try:
            with pytest.raises(WriteFailed, match="read-only"):
                project.annotations.create(source, 0, 5)
        finally:
            os.chmod(path, 0o644)
