"""The same migrations on a real PostgreSQL server: empty database to head, models agreeing with the head,
every revision down and up again, and a database of another program or a newer version refused."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from annotator.domain.errors import ProjectError
from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.orm import Base
from annotator.storage.server import ServerAddress, create_server_engine, open_server_engine


def test_an_empty_database_is_brought_to_the_head_and_matches_the_models(empty_server_url: str) -> None:
    engine, created = open_server_engine(ServerAddress.parse(empty_server_url))
    try:
        assert created
        with engine.begin() as connection:
            assert migrate.current_revision(connection) == migrate.head()
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            cfg = migrate.config(connection)
            command.downgrade(cfg, "base")
            command.upgrade(cfg, "head")
            assert migrate.current_revision(connection) == migrate.head()
    finally:
        engine.dispose()
    # Opened again: nothing to do, not new; as a project it is initialized once.
    engine, created = open_server_engine(ServerAddress.parse(empty_server_url))
    engine.dispose()
    assert not created
    with Project.open(empty_server_url) as project:
        assert project.uuid and project.name == ServerAddress.parse(empty_server_url).database
        assert project.taxonomy.taxonomy().facets  # the default taxonomy


def test_a_database_of_another_program_or_a_newer_version_is_refused(empty_server_url: str) -> None:
    address = ServerAddress.parse(empty_server_url)
    engine = create_server_engine(address)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    with pytest.raises(ProjectError, match="another program"):
        Project.open(empty_server_url)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE invoices"))
    engine.dispose()
    Project.open(empty_server_url).close()
    engine = create_server_engine(address)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(ProjectError, match="newer version of Annotator"):
        Project.open(empty_server_url)


def test_a_read_only_team_project_is_refused_writes_by_the_server(server_url: str) -> None:
    from annotator.domain.errors import ReadOnlyProject

    with Project.open(server_url, read_only=True) as project:
        assert project.read_only and project.list_backups() == [] and not project.owns("/tmp/x.annotator")
        with pytest.raises(ReadOnlyProject):
            project.rename("nope")
        # Even past the app's own refusal, the session refuses every write.
        with project._uow.engine.connect() as connection, pytest.raises(Exception, match="read-only"):
            connection.execute(text("UPDATE project_meta SET value = 'x' WHERE key = 'name'"))


def test_a_password_never_reaches_a_message_or_the_cache_folder(postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql://nobody:hunter2@/nowhere?host={postgres_server.socket_folder}&port=5432"
    address = ServerAddress.parse(url)
    assert "hunter2" not in address.display and "hunter2" not in address.cache_key
    assert address.display == f"postgresql://nobody@/nowhere?host={postgres_server.socket_folder}&port=5432"
    with pytest.raises(ProjectError) as refused:
        Project.open(url)
    assert "hunter2" not in str(refused.value) and "nowhere" in str(refused.value)
    with pytest.raises(ProjectError, match="names no database"):
        ServerAddress.parse("postgresql://me:hunter2@db.example.org")


def test_a_server_that_went_away_is_a_message_naming_the_project(server_url: str, postgres_server) -> None:  # type: ignore[no-untyped-def]
    project = Project.open(server_url)
    try:
        assert project.sources.list() == []
        postgres_server.drop_database(ServerAddress.parse(server_url).database)  # ends its sessions too
        with pytest.raises(ProjectError) as reading:
            project.sources.list()
        assert str(reading.value).startswith(ServerAddress.parse(server_url).display)
        with pytest.raises(ProjectError) as writing:
            project.rename("After")
        assert "not saved" in str(writing.value) or "does not exist" in str(writing.value)
    finally:
        project.close()
