"""Opening a project file: engine and pragmas, checks, backup, migration.

A project is one SQLite file. Every connection turns foreign keys on and uses the WAL journal; transactions
begin explicitly so that DDL inside a migration is transactional too (pysqlite would otherwise commit
before each DDL statement, and an upgrade killed half-way would leave a half-changed file).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from annotator.domain.errors import ProjectError
from annotator.storage import migrate

PROJECT_SUFFIX = ".annotator"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode: a committed transaction survives a crash of the app; only a power cut may
    # lose the last few commits, never corrupt the file. FULL would fsync every single edit.
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Files may come from elsewhere: refuse schema tricks hidden in them.
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_project_engine(path: Path) -> Engine:
    """An engine for the SQLite file at ``path`` with the project's pragmas."""
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def check_is_project_file(path: Path) -> None:
    """Raise ProjectError unless ``path`` is empty or begins like a SQLite database."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise ProjectError(f"cannot read the project {path}: {e.strerror or e}") from e
    if header and header != SQLITE_HEADER:
        raise ProjectError(f"{path} is not an Annotator project (it is not a SQLite database)")


def backup_path_for(path: Path, moment: datetime | None = None) -> Path:
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    name = path.name.removesuffix(PROJECT_SUFFIX)
    candidate = path.with_name(f"{name}.before-upgrade-{stamp}{PROJECT_SUFFIX}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{name}.before-upgrade-{stamp}-{counter}{PROJECT_SUFFIX}")
    return candidate


def backup_file(path: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API (it includes what is still in the WAL)."""
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def open_engine(path: Path) -> tuple[Engine, bool]:
    """Open (creating if missing) the project file and bring its schema to the head revision.

    Returns the engine and whether the file was new. An existing file that needs upgrading is first
    backed up beside itself.
    """
    path = Path(path)
    if path.is_dir():
        raise ProjectError(f"{path} is a folder; give the path of a {PROJECT_SUFFIX} file")
    if not path.parent.is_dir():
        raise ProjectError(f"cannot create the project {path}: the folder {path.parent} does not exist")
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_is_project_file(path)
    engine = create_project_engine(path)
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
        if current is None and has_tables:
            raise ProjectError(f"{path} is a SQLite database of another program, not an Annotator project")
        if current is not None and not migrate.is_known(current):
            raise ProjectError(
                f"{path} was saved by a newer version of Annotator (schema {current}); "
                "update Annotator to open it"
            )
        if current is not None and current != migrate.head():
            backup_file(path, backup_path_for(path))
        if current != migrate.head():
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except DBAPIError as e:
        engine.dispose()
        raise ProjectError(f"cannot open the project {path}: {e.orig}") from e
    except ProjectError:
        engine.dispose()
        raise
    return engine, not existed
