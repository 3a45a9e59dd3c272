"""A project saved at 0006 with the historian's work in it (annotations with tags, notes and links, evidence
accepted and rejected, archival metadata) goes through 0007, 0008 and 0009 in one open and keeps every row;
downgraded from the head back to 0006 it keeps them too, losing only what those revisions added."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine
from tests.services.test_evidence import ARTICLE

# The historian's data as 0006 stores it (the derived tables, recomputed from the text, are left out).
KEPT_TABLES = (
    "sources",
    "source_texts",
    "source_files",
    "source_imports",
    "facets",
    "tags",
    "annotations",
    "annotation_tags",
    "links",
    "evidence_decisions",
    "project_meta",
)


def _rows(path: Path, columns_of: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: sorted(
                connection.execute(f'SELECT {", ".join(f"{c!r}" for c in columns)} FROM "{table}"'),
                key=repr,
            )
            for table, columns in columns_of.items()
        }
    finally:
        connection.close()


def _columns(path: Path) -> dict[str, list[str]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in KEPT_TABLES
        }
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _downgrade(path: Path, revision: str) -> None:
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), revision)
    engine.dispose()


def _worked_project(path: Path) -> dict[str, object]:
    with Project.open(path) as project:
        source = project.sources.import_bytes(
            "thaw.txt",
            ARTICLE.encode(),
            {"title": "The Thaw", "archival_collection": "fond 17", "archival_file": "delo 1003"},
        ).source_id
        items = project.evidence.items(source)
        accepted, rejected = items[0], items[1]
        project.evidence.accept(source, [accepted.id])
        project.evidence.reject(source, [rejected.id])
        first = project.annotations.create(source, 0, 8, ["bias/loaded-language"], note="a *loaded* title")
        second = project.annotations.create(source, 26, 37, [], speaker=("Sakwa", "author"))
        project.links.create(first.id, second.id, "contradicts", note="see the reforms")
    return {"source": source, "accepted": accepted.id, "rejected": rejected.id, "first": first.id}


def test_a_0006_project_upgrades_to_the_head_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    made = _worked_project(path)
    _downgrade(path, "0006")
    assert _revision(path) == "0006"
    at_0006 = _columns(path)
    before = _rows(path, at_0006)
    assert len(before["annotations"]) == 3 and len(before["evidence_decisions"]) == 2
    assert len(before["links"]) == 1

    with Project.open(path) as project:  # 0007, 0008 and 0009 in one open
        states = {item.id: item.state for item in project.evidence.items(made["source"])}  # type: ignore[arg-type]
        assert (states[made["accepted"]], states[made["rejected"]]) == ("accepted", "rejected")
        assert project.annotations.get(made["first"]).note == "a *loaded* title"  # type: ignore[arg-type]
        metadata = project.sources.get(made["source"]).metadata  # type: ignore[arg-type]
        assert metadata.archive_location == "fond 17, delo 1003"  # 0009 joins the parts
        figures = project.figures.figures(made["source"])  # type: ignore[arg-type]
    assert _revision(path) == migrate.head()
    after = _rows(path, at_0006)
    # Project.open may note its own keys in project_meta; every 0006 row is still there unchanged.
    assert set(before["project_meta"]) <= set(after["project_meta"])
    assert {t: r for t, r in after.items() if t != "project_meta"} == {
        t: r for t, r in before.items() if t != "project_meta"
    }
    assert isinstance(figures, list)


def test_the_head_downgrades_to_0006_keeping_the_historians_rows(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _worked_project(path)
    _downgrade(path, "0006")
    at_0006 = _columns(path)
    Project.open(path).close()  # back to the head
    at_head = _rows(path, at_0006)
    _downgrade(path, "0006")
    assert _rows(path, at_0006) == at_head
    connection = sqlite3.connect(path)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    assert not {"people", "annotation_speakers", "source_figures"} & tables
    assert "archive_location" not in _columns(path)["sources"]
