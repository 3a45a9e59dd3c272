"""A project saved at 0009 with annotations, tags and links goes to 0010 keeping every row: the OS user
becomes its one coder, who made every existing annotation and link, each at version 1. Downgraded back to
0009 it keeps the historian's rows too, losing only the coders and the two columns."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

from alembic import command

from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine

KEPT_TABLES = ("sources", "facets", "tags", "annotations", "annotation_tags", "links", "annotation_speakers")


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _columns(path: Path) -> dict[str, list[str]]:
    return {t: [row[1] for row in _query(path, f'PRAGMA table_info("{t}")')] for t in KEPT_TABLES}


def _rows(path: Path, columns_of: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(_query(path, f'SELECT {", ".join(repr(c) for c in cols)} FROM "{table}"'), key=repr)
        for table, cols in columns_of.items()
    }


def _downgrade(path: Path, revision: str) -> None:
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), revision)
    engine.dispose()


def _worked_project(path: Path) -> None:
    with Project.open(path) as project:
        source = project.sources.import_bytes(
            "speech.txt", b"The speech denounced the cult. The reforms began.", {"title": "Speech"}
        ).source_id
        first = project.annotations.create(source, 4, 10, ["bias/loaded-language"], note="strong")
        second = project.annotations.create(source, 31, 42, [], speaker=("Khrushchev", "author"))
        project.links.create(first.id, second.id, "corroborates", note="same event")


def test_a_0009_project_gets_its_one_coder_on_every_row(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _worked_project(path)
    _downgrade(path, "0009")
    at_0009 = _columns(path)
    assert "coder_id" not in at_0009["annotations"] and "version" not in at_0009["links"]
    before = _rows(path, at_0009)
    assert len(before["annotations"]) == 2 and len(before["links"]) == 1

    Project.open(path).close()  # 0010 on open

    assert _query(path, "SELECT version_num FROM alembic_version") == [(migrate.head(),)]
    assert _rows(path, at_0009) == before
    coders = _query(path, "SELECT id, login, name, color FROM coders")
    assert coders == [(1, getpass.getuser(), "", "#1f77b4")]
    for table in ("annotations", "links"):
        assert set(_query(path, f"SELECT coder_id, version FROM {table}")) == {(1, 1)}
    assert _query(path, "PRAGMA foreign_key_check") == []


def test_0010_downgrades_keeping_the_historians_rows(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _worked_project(path)
    _downgrade(path, "0009")
    at_0009 = _columns(path)
    Project.open(path).close()
    at_head = _rows(path, at_0009)
    _downgrade(path, "0009")
    assert _rows(path, at_0009) == at_head
    tables = {name for (name,) in _query(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "coders" not in tables
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    assert _query(path, "PRAGMA foreign_key_check") == []
