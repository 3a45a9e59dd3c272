"""0007 adds people and annotation speakers: a project saved at 0006 opens with its data intact."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine


def _project_at_0006(path: Path) -> tuple[int, int]:
    with Project.open(path) as project:
        source = project.sources.import_bytes("a.txt", "Khrushchev said: «We will bury you.»".encode(), {})
        annotation = project.annotations.create(source.source_id, 17, 36, ["provenance/quotation"])
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "0006")
        tables = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master"))}
        assert "people" not in tables and "annotation_speakers" not in tables
    engine.dispose()
    return source.source_id, annotation.id


def test_a_0006_project_upgrades_with_annotations_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    _, annotation_id = _project_at_0006(path)
    with Project.open(path) as project:
        annotation = project.annotations.get(annotation_id)
        assert annotation.quote.exact == "«We will bury you.»"
        assert [t.path for t in annotation.tags] == ["provenance/quotation"]
        assert annotation.speaker is None
        assert project.people.list() == []
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    connection.close()


def test_deleting_a_person_leaves_their_annotations_without_a_speaker(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_bytes("a.txt", b"Khrushchev said: 'We will bury you.'", {})
        annotation = project.annotations.create(source.source_id, 17, 36, [])
        project.annotations.set_speaker(annotation.id, "Khrushchev", "quoted")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM people")
    connection.commit()
    assert connection.execute("SELECT count(*) FROM annotations").fetchone() == (1,)
    assert connection.execute("SELECT count(*) FROM annotation_speakers").fetchone() == (0,)
    connection.close()


def test_names_are_unique_whatever_their_case(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        first = project.people.ensure("Хрущёв")
        assert project.people.ensure("ХРУЩЁВ").id == first.id
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        connection.execute(
            "INSERT INTO people (uuid, name, name_key, kind, created_at) "
            "VALUES ('u', 'хрущёв', 'хрущёв', 'person', '2026-01-01')"
        )
    connection.close()
