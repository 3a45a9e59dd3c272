"""Opening a project file: engine and pragmas, checks, backup, migration.

A project is one SQLite file. Every connection turns foreign keys on and uses the WAL journal; transactions
begin explicitly so that DDL inside a migration is transactional too (pysqlite would otherwise commit
before each DDL statement, and an upgrade killed half-way would leave a half-changed file).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.domain.errors import ProjectDamaged, ProjectError
from annotator.storage import migrate

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported in the functions that make or use an engine: the checks and helpers on the bare
# file (headers, damage, backups) serve `storage.direct` too, whose readers start without it (issue 23).

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".annotator"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
SYNCHRONOUS = "FULL"
# SQLite result codes (low byte) that mean the file itself is broken, not the request.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _set_pragmas(dbapi_connection: Any, _record: Any, wal: bool = True) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if wal:
        cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: the WAL is flushed to the disk (fsync) at every commit, so an edit the app has acknowledged
    # survives a power cut too, not only a crash of the app. NORMAL flushes only at checkpoints and may
    # lose the last commits on power loss. The cost is one fsync per edit: see bench_durability.py.
    cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    # Files may come from elsewhere: refuse schema tricks hidden in them.
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _set_read_only_pragmas(dbapi_connection: Any, record: Any) -> None:
    # A read-only connection cannot switch the journal mode (the file keeps the one it was saved in), and
    # SQLite itself refuses every write on it.
    _set_pragmas(dbapi_connection, record, wal=False)
    dbapi_connection.execute("PRAGMA query_only = ON")


def create_project_engine(path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine for the SQLite file at ``path`` with the project's pragmas.

    ``read_only`` opens the file read-only (``mode=ro``): nothing is written, not even the journal mode.
    ``immutable`` also tells SQLite the file cannot change, so it needs no ``-shm``/``-wal`` beside it: the
    only way to read a WAL database in a folder that cannot be written to when those files are absent.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL

    url = URL.create("sqlite+pysqlite", database=str(path))  # the real path: messages name it
    if not read_only:
        engine = create_engine(url)
        event.listen(engine, "connect", _set_pragmas)
    else:
        uri = f"{Path(path).absolute().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"
        engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _set_read_only_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _wal_has_frames(path: Path) -> bool:
    """Whether ``NAME-wal`` holds commits not yet copied into the file (anything past its 32-byte header)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 32
    except FileNotFoundError:
        return False


def _readable(engine: Engine, path: Path) -> Engine:
    """A read-only engine that can read ``path``, where the folder may not be writable (a share, a CD).

    SQLite reads a WAL database only with a ``-shm`` index beside it, which it creates if it can. In a
    folder that cannot be written to, and with no ``-shm`` there, the file is read as immutable: exact as
    long as no ``-wal`` holds commits the file lacks; if one does, they cannot be read, and we say so.
    """
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        return engine
    except DBAPIError as e:
        code = getattr(e.orig, "sqlite_errorcode", 0)
        # SHMSIZE: the -shm could be created but not given room, on a full disk.
        unwritable = code & 0xFF in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)
        if not (unwritable or code == sqlite3.SQLITE_IOERR_SHMSIZE) or not path.is_file():
            raise
        engine.dispose()
        if _wal_has_frames(path):
            raise ProjectError(
                f"cannot open {path} read-only: its folder cannot be written to, and the latest changes "
                f"are still in {path.name}-wal beside it; copy both files to a folder you can write to"
            ) from e
    return create_project_engine(path, read_only=True, immutable=True)


def compact_if_mostly_free(engine: Engine, threshold: float = 0.25) -> bool:
    """VACUUM the file when over ``threshold`` of its pages are free (after an upgrade that moved data).

    SQLite keeps freed pages in the file for reuse. An upgrade that moves the source texts to their own
    table (0003) leaves a third of the file free, and every automatic backup would copy those pages too.
    Returns whether the file was compacted. VACUUM cannot run inside a transaction, hence its own
    connection; it needs as much free disk space as the file's size.
    """
    raw = engine.raw_connection()  # the driver's connection is in autocommit mode (see _set_pragmas)
    try:
        sqlite = raw.driver_connection
        (pages,) = sqlite.execute("PRAGMA page_count").fetchone()
        (free,) = sqlite.execute("PRAGMA freelist_count").fetchone()
        if not pages or free / pages <= threshold:
            return False
        sqlite.execute("VACUUM")
        return True
    finally:
        raw.close()


def is_damage(error: BaseException) -> bool:
    """Whether a driver error says the file is corrupt (rather than busy, full, or the SQL wrong)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return "malformed" in str(error) or "not a database" in str(error)


def damaged(path: Path, problem: object) -> ProjectDamaged:
    first_line = str(problem).strip().splitlines()[0] if str(problem).strip() else "unknown damage"
    return ProjectDamaged(
        f"{path} is damaged ({first_line}); restore an automatic backup or open it read-only{_offer(path)}"
    )


def _offer(path: Path) -> str:
    """Where the newest backup is, for a message about a damaged file (a CLI user has no dialog)."""
    from annotator.storage.backups import list_backups  # backups builds on this module

    try:
        found = list_backups(path)
    except OSError:
        return ""
    if not found:
        return " (there is no automatic backup of it)"
    return f" (the newest backup, taken {found[0].taken_at:%Y-%m-%d %H:%M} UTC, is {found[0].path})"


def quick_check(engine: Engine, path: Path) -> None:
    """SQLite's quick structural check (linear in the file size); raise ProjectDamaged if it fails."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    except DBAPIError as e:
        if is_damage(e.orig):
            raise damaged(path, e.orig) from e
        raise
    if [tuple(r) for r in rows] != [("ok",)]:
        raise damaged(path, rows[0][0] if rows else "no result")


def check_is_project_file(path: Path) -> None:
    """Raise ProjectError unless ``path`` is empty or begins like a SQLite database."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise ProjectError(f"cannot read the project {path}: {e.strerror or e}") from e
    if header and len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
        raise damaged(path, f"the file is cut short: {len(header)} bytes, too few for a project")
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


def check_location(path: Path) -> None:
    """Raise ProjectError unless ``path`` can be a project file (not a folder; its folder exists)."""
    if path.is_dir():
        raise ProjectError(f"{path} is a folder; give the path of a {PROJECT_SUFFIX} file")
    if not path.parent.is_dir():
        raise ProjectError(f"cannot create the project {path}: the folder {path.parent} does not exist")


def open_engine(path: Path, read_only: bool = False) -> tuple[Engine, bool]:
    """Open (creating if missing) the project file and bring its schema to the head revision.

    Returns the engine and whether the file was new. An existing file first passes SQLite's quick check
    (ProjectDamaged if not); one that needs upgrading is backed up beside itself first. ``read_only``
    skips the check (it is the way to salvage what a damaged file still holds), never creates or upgrades,
    and gives an engine whose connections refuse writes.
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    path = Path(path)
    check_location(path)
    existed = path.exists()
    if existed and path.stat().st_size == 0:
        # An empty file where a project was is damage (a copy cut short, a disk that lost it), never a new
        # project: creating one over it would hide the loss and make its backups look like another's.
        raise damaged(path, "the file is empty (0 bytes)")
    if existed:
        check_is_project_file(path)
    elif read_only:
        raise ProjectError(f"cannot open {path} read-only: there is no such project")
    engine = create_project_engine(path, read_only)
    try:
        if read_only:
            engine = _readable(engine, path)
        if existed and not read_only:
            quick_check(engine, path)
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
        if read_only and current != migrate.head():
            raise ProjectError(
                f"{path} must be upgraded to this version of Annotator, which means writing to it: open it "
                "for writing once (if its folder cannot be written to, copy it to one that can first)"
            )
        if current is not None and current != migrate.head():
            backup_file(path, backup_path_for(path))
        if current != migrate.head():
            with engine.begin() as connection:
                migrate.upgrade(connection)
            if current is not None:
                try:
                    compact_if_mostly_free(engine)
                except (sqlite3.Error, DBAPIError):  # e.g. no room for VACUUM's copy: the upgrade stands
                    log.warning("could not compact %s after upgrading it", path, exc_info=True)
    except DBAPIError as e:
        engine.dispose()
        if is_damage(e.orig):
            raise damaged(path, e.orig) from e
        raise ProjectError(f"cannot open the project {path}: {e.orig}") from e
    except ProjectError:
        engine.dispose()
        raise
    return engine, not existed
