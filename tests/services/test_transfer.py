"""publish (a project file -> an empty PostgreSQL database) and clone (back to a new file), on a real server.

The round trip must give back every row of every table as it was — ids, uuids, times, JSON as stored, the
sources' bytes — and a project that works the same through the services.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from annotator.domain.errors import ProjectError
from annotator.services.project import Project
from annotator.services.transfer import clone, publish
from annotator.storage import dialects, server, transfer

TEXT = (
    "On 1 December 1934 Kirov was shot in Leningrad. “The enemy is among us,” Stalin said, as Conquest "
    "(1990, p. 37) tells it; 1,548 people were arrested within a month.\n\n"
    "Другой источник: «Это было убийство», — писал Хрущёв в 1956 году.\n"
)


def _fill(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    sid = project.sources.import_file(write_file("kirov.txt", TEXT)).source_id
    other = project.sources.import_bytes("second.txt", b"Leningrad, 1934: a second account.\n", {})
    facet = project.taxonomy.add_facet("Actors")
    parent = project.taxonomy.add_tag(facet.id, "State")
    child = project.taxonomy.add_tag(facet.id, "NKVD", parent=parent.id)
    # A parent made after its child (a later id): the copy must still insert the parent first.
    late = project.taxonomy.add_tag(facet.id, "Party")
    project.taxonomy.move_tag(child.id, parent=late.id)
    a = project.annotations.create(sid, 3, 19, ["claim-type/factual", f"actors/{child.slug}"], note="*date*")
    b = project.annotations.create(other.source_id, 0, 9, confidence=4)
    project.links.create(a.id, b.id, "corroborates", note="same day")
    project.annotations.set_speaker(a.id, "Stalin", "author")
    project.evidence.items(sid)  # derived rows: detected evidence and figures, stored
    project.figures.figures(sid)


def _rows(location: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, JSON as its stored text, ordered by key: what a copy must reproduce."""
    url = (
        f"sqlite:///{location}"
        if not server.is_server_url(location)
        else "postgresql+psycopg://" + str(location).removeprefix("postgresql://")
    )
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = {}
            for table in transfer.tables():
                columns = [
                    dialects.json_text(connection, c) if c.type.__class__.__name__ == "JSON" else c
                    for c in table.columns
                ]
                query = select(*columns).order_by(*table.primary_key.columns)
                found[table.name] = [tuple(r) for r in connection.execute(query)]
            return found
    finally:
        engine.dispose()


def test_publish_then_clone_gives_back_every_row_and_a_working_project(
    tmp_path: Path, empty_server_url: str, write_file
) -> None:  # type: ignore[no-untyped-def]
    local = tmp_path / "seminar.annotator"
    with Project.open(local) as project:
        _fill(project, write_file)
        uuid, listed, texts = project.uuid, project.annotations.list(), project.sources.text(1)
    original = _rows(local)
    assert all(original[t] for t in ("sources", "annotations", "links", "tags", "source_evidence"))

    report = publish(local, empty_server_url)
    assert report.uuid == uuid and report.rows["annotations"] == 2 and report.rows["source_files"] == 2
    assert _rows(empty_server_url) == original
    with Project.open(empty_server_url) as team:
        assert team.on_server and team.uuid == uuid and team.annotations.list() == listed
        assert team.sources.text(1) == texts
        assert team.search.search("Kirov").hits  # its own index, built from the server's rows
        # New rows get ids after the copied ones (the sequences were moved past them).
        added = team.annotations.create(1, 20, 30)
        assert added.id == max(a.id for a in listed) + 1
        team.annotations.delete(added.id)

    copy = tmp_path / "copy.annotator"
    back = clone(empty_server_url, copy)
    assert back.uuid == uuid and back.target == str(copy)
    cloned = _rows(copy)
    # The edit on the server moved the generation counter on and made its database user a coder;
    # everything else is as it was.
    meta = dict(cloned.pop("project_meta"))
    expected_meta = dict(original.pop("project_meta"))
    assert {k for k in meta if meta[k] != expected_meta.get(k)} == {"generation"}
    coders = cloned.pop("coders")
    assert coders[:-1] == original.pop("coders") and coders[-1][2] == "postgres"
    assert cloned == original
    with Project.open(copy) as project:
        assert project.annotations.list() == listed and project.sources.text(1) == texts


def test_publish_refuses_a_database_that_holds_a_project_and_changes_nothing(
    tmp_path: Path, server_url: str, write_file
) -> None:  # type: ignore[no-untyped-def]
    local = tmp_path / "mine.annotator"
    with Project.open(local) as project:
        _fill(project, write_file)
    before = _rows(server_url)
    with pytest.raises(ProjectError, match="holds a project already"):
        publish(local, server_url)
    assert _rows(server_url) == before


def test_clone_refuses_an_existing_file_and_bad_addresses_without_showing_the_password(
    tmp_path: Path, server_url: str, postgres_server
) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "there.annotator"
    existing.write_bytes(b"")
    with pytest.raises(ProjectError, match="exists already"):
        clone(server_url, existing)
    with pytest.raises(ProjectError, match="no such project file"):
        publish(tmp_path / "missing.annotator", server_url)
    wrong = f"postgresql://nobody:s3cret@/no_such_db?host={postgres_server.socket_folder}"
    with pytest.raises(ProjectError) as refused:
        clone(wrong, tmp_path / "new.annotator")
    assert "s3cret" not in str(refused.value) and "no_such_db" in str(refused.value)
    assert not (tmp_path / "new.annotator").exists()
