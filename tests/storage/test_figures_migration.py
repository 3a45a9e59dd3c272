"""0008 adds source_figures (derived records): a project saved at 0007 opens with its data intact, gets its
figures computed on first use, and goes back down to 0007 without the table."""

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import text

from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def test_a_0007_project_upgrades_and_gets_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_bytes(
            "a.txt", b"In 1933 about six million people died of famine.", {}
        )
        annotation = project.annotations.create(source.source_id, 8, 25, [])
        assert len(project.figures.figures(source.source_id)) == 1
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "0007")
        assert migrate.current_revision(connection) == "0007"
        assert "source_figures" not in {
            r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))
        }
    engine.dispose()

    with Project.open(path) as project:
        assert project.annotations.get(annotation.id).quote.exact == "about six million"
        [figure] = project.figures.figures(source.source_id)
        assert (figure.text, figure.figure.counted, figure.figure.period_start) == (
            "six million",
            "famine deaths",
            1933,
        )
    assert "source_figures" in _tables(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    assert connection.execute("SELECT count(*) FROM source_figures").fetchone() == (1,)
    connection.close()


def test_deleting_a_source_deletes_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_bytes("a.txt", b"Some 14 million passed through the camps.", {})
        project.figures.figures(source.source_id)
        project.sources.delete(source.source_id)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM source_figures").fetchone() == (0,)
    connection.close()
