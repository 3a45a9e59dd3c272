"""The schema comes only from the migrations, and the ORM models agree with their head."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from annotator.domain.errors import ProjectError
from annotator.storage import migrate
from annotator.storage.database import create_project_engine, open_engine
from annotator.storage.orm import Base


def test_single_head_and_file_names_match_revisions() -> None:
    scripts = ScriptDirectory.from_config(migrate.config())
    assert scripts.get_heads() == [migrate.head()]
    chain = [script.revision for script in scripts.walk_revisions()][::-1]
    assert tuple(chain) == migrate.revisions()  # linear, and named NNNN_*.py after their ids
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_")


def test_models_match_migration_head(tmp_path: Path) -> None:
    engine = create_project_engine(tmp_path / "p.annotator")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    engine = create_project_engine(tmp_path / "p.annotator")
    with engine.begin() as connection:
        cfg = migrate.config(connection)
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
        assert migrate.current_revision(connection) == migrate.head()
    engine.dispose()


def test_migrations_render_for_postgresql(capsys: pytest.CaptureFixture[str]) -> None:
    """The team server will run PostgreSQL: the migrations must compile there too (offline SQL)."""
    cfg = migrate.config()
    cfg.set_main_option("sqlalchemy.url", "postgresql://server/annotator")
    command.upgrade(cfg, "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE sources" in sql
    assert "CREATE TABLE annotation_tags" in sql


def test_new_file_gets_pragmas_and_head_schema(tmp_path: Path) -> None:
    engine, created = open_engine(tmp_path / "p.annotator")
    assert created
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert migrate.current_revision(connection) == migrate.head()
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine, _ = open_engine(tmp_path / "p.annotator")
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO annotations (uuid, source_id, start_pos, end_pos, exact, prefix, suffix, note, "
                "evidence_ref, created_at, modified_at) VALUES ('u', 999, 0, 1, 'x', '', '', '', '', "
                "'2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        open_engine(tmp_path / "no-such-folder" / "p.annotator")


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.annotator"
    path.write_bytes(b"Dear diary, " * 100)
    with pytest.raises(ProjectError, match="not an Annotator project"):
        open_engine(path)
    assert path.read_bytes() == b"Dear diary, " * 100


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.annotator"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(ProjectError, match="another program"):
        open_engine(path)


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.annotator"
    engine, _ = open_engine(path)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    with pytest.raises(ProjectError, match="newer version"):
        open_engine(path)


def test_source_texts_move_to_their_own_table_and_back_with_annotations_kept(tmp_path: Path) -> None:
    """0003 moves texts and page maps out of ``sources`` without rebuilding it (which would cascade)."""
    from annotator.services.project import Project

    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_bytes("a.txt", "Первый абзац.\n\nSecond paragraph.".encode(), {})
        annotation = project.annotations.create(source.source_id, 0, 6, ["bias/polemical"])
    with sqlite3.connect(path) as connection:
        connection.execute('UPDATE source_texts SET page_map = \'[[0, "1"], [15, "2"]]\'')
    connection.close()

    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "0002")
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(sources)"))]
        assert "text" in columns and "page_map" in columns
        assert connection.execute(text("SELECT text, page_map FROM sources")).one() == (
            "Первый абзац.\n\nSecond paragraph.",
            '[[0, "1"], [15, "2"]]',
        )
        command.upgrade(migrate.config(connection), "head")
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(sources)"))]
        assert "text" not in columns and "page_map" not in columns
    engine.dispose()

    with Project.open(path) as project:
        assert project.sources.text(source.source_id) == "Первый абзац.\n\nSecond paragraph."
        assert project.sources.page_map(source.source_id) == [(0, "1"), (15, "2")]
        assert project.annotations.get(annotation.id).quote.exact == "Первый"


def test_an_upgrade_that_frees_much_of_the_file_compacts_it(tmp_path: Path) -> None:
    """0003 moves every text out of ``sources``: the freed pages must not stay in the file (and backups)."""
    from annotator.services.project import Project

    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        for i in range(4):
            project.sources.import_bytes(
                f"s{i}.txt", (f"Paragraph {i} of a long source.\n" * 8000).encode(), {}
            )
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("VACUUM")  # as a project saved by the previous version would be: no free pages
    connection.close()
    before = path.stat().st_size

    with Project.open(path) as project:
        assert len(project.sources.list()) == 4
    with sqlite3.connect(path) as connection:
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert free / pages < 0.05
    assert path.stat().st_size < before * 1.1  # without compacting it grew by about half
