"""0009 adds the reference's CSL fields to sources: a project saved at 0008 opens with its data intact, its
sources' older archival parts joined into the whole shelfmark, and goes back down to 0008."""

import sqlite3
from pathlib import Path

from alembic import command

from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine


def _columns(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(sources)")}
    finally:
        connection.close()


def _downgrade(path: Path, revision: str) -> None:
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), revision)
        assert migrate.current_revision(connection) == revision
    engine.dispose()


def test_a_0008_project_upgrades_keeping_its_sources_and_joining_the_shelfmark(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        archival = project.sources.import_bytes(
            "order.txt",
            b"Order of the district committee on grain procurement.",
            {"title": "Order no. 17", "authors": ["Raikom"], "archive": "RGASPI", "publisher": "Raikom"},
        )
        web = project.sources.import_bytes(
            "page.txt", b"A page from the web.", {"title": "A page", "url": "https://example.org/p"}
        )
        annotation = project.annotations.create(archival.source_id, 9, 36, [], note="who ordered it")
    _downgrade(path, "0008")
    assert "archive_location" not in _columns(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE sources SET archival_collection = 'f. 17, op. 3', archival_file = 'd. 1003', "
            "archival_folio = 'l. 4–4 ob.' WHERE id = ?",
            (archival.source_id,),
        )
    connection.close()

    with Project.open(path) as project:
        m = project.sources.get(archival.source_id).metadata
        assert (m.title, m.authors, m.archive, m.publisher) == (
            "Order no. 17",
            ("Raikom",),
            "RGASPI",
            "Raikom",
        )
        assert (m.archival_collection, m.archival_file, m.archival_folio) == (
            "f. 17, op. 3",
            "d. 1003",
            "l. 4–4 ob.",
        )
        assert m.archive_location == "f. 17, op. 3, d. 1003, l. 4–4 ob."
        assert (m.container_title, m.volume, m.editors, m.translators, m.doi, m.extra) == (
            "",
            "",
            (),
            (),
            "",
            "",
        )
        other = project.sources.get(web.source_id).metadata
        assert (other.url, other.archive_location) == ("https://example.org/p", "")
        assert project.annotations.get(annotation.id).note == "who ordered it"
        # The new fields are stored and read back.
        project.sources.update_metadata(
            web.source_id, {"editors": "Fitzpatrick, Sheila; Viola, Lynne", "doi": "10.2307/2501234"}
        )
        assert project.sources.get(web.source_id).metadata.editors == ("Fitzpatrick, Sheila", "Viola, Lynne")
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    connection.close()

    _downgrade(path, "0008")
    assert {"archive_location", "editors", "doi", "extra"}.isdisjoint(_columns(path))
    assert {"archival_collection", "archive", "title"} <= _columns(path)
