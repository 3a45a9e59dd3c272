"""A project saved by the first release must open in every later one, data intact.

``tests/fixtures/project_v1.sql`` is a text dump of a small project made at migration 0001. Never edit or
regenerate it: it stands for files historians already have.
"""

import sqlite3
from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.storage import migrate

FIXTURE = Path(__file__).parent.parent / "fixtures" / "project_v1.sql"


@pytest.fixture
def v1_project(tmp_path: Path) -> Path:
    path = tmp_path / "old.annotator"
    connection = sqlite3.connect(path)
    connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    return path


def test_fixture_is_at_the_first_revision(v1_project: Path) -> None:
    connection = sqlite3.connect(v1_project)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


def test_first_release_project_opens_with_data_intact(v1_project: Path) -> None:
    with Project.open(v1_project) as project:
        sources = project.sources.list()
        assert [s.title for s in sources] == ["Report of the district committee", "Письмо из деревни"]
        report, letter = sources
        assert report.authors == ("Secretary of the committee",)
        assert report.date_text == "March 1930"
        text = project.sources.text(report.id)
        assert text.startswith("The district committee met on 14 March 1930")
        assert project.sources.original_bytes(report.id).decode("utf-8").replace("\r\n", "\n") == text
        assert "𐌰" in project.sources.text(letter.id)

        annotations = project.annotations.list()
        assert len(annotations) == 3
        for annotation in annotations:
            source_text = project.sources.text(annotation.source_id)
            assert source_text[annotation.start : annotation.end] == annotation.quote.exact
        assert [t.path for t in annotations[0].tags] == [
            "provenance/official-document",
            "claim-type/statistical",
        ]

        links = project.links.list()
        assert len(links) == 1
        assert links[0].relation.value == "contradicts"
        assert links[0].note == "Numbers differ: 42 households against 'hardly anyone'."

        assert len(project.taxonomy.taxonomy().tags) == 27  # 26 default tags and one added by the historian
        assert project.taxonomy.taxonomy().resolve("bias/euphemism").name == "Euphemism"


def test_upgrade_reaches_head(v1_project: Path) -> None:
    with Project.open(v1_project):
        pass
    connection = sqlite3.connect(v1_project)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    connection.close()


def test_backup_is_taken_only_when_an_upgrade_is_needed(v1_project: Path) -> None:
    with Project.open(v1_project):
        pass
    backups = sorted(v1_project.parent.glob("old.before-upgrade-*.annotator"))
    if migrate.head() == "0001":
        assert backups == []  # nothing to upgrade yet: the file is left alone
    else:
        assert len(backups) == 1
        connection = sqlite3.connect(backups[0])
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        connection.close()
