"""The full check of a project file: SQLite's structural check, then every stored text and original file
against its checksum.

SQLite's checks (``quick_check``, ``integrity_check``) see the file's structure only: a letter changed inside
a text passes them. Each text has a SHA-256 of its UTF-8 bytes since migration 0004 (``text_sha256``), and
each original file has had one since the first release (``source_files.sha256``); both are recomputed here.

The file is read with its own read-only ``sqlite3`` connection, never through the app's engine: the check
must work on a file that will not open (damaged, locked by another window) and on backups of any schema.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

# SQLite's own message is kept to this many lines: integrity_check can list thousands.
_MAX_PROBLEMS = 5


@dataclass(frozen=True, slots=True)
class DamagedSource:
    id: int
    uuid: str  # '' when the sources table could not be read
    title: str
    problem: str  # what differs: the stored text, the original file's bytes


@dataclass(slots=True)
class FileCheck:
    """What a check found: problems of the file as a whole, and sources whose stored data differ."""

    path: Path
    problems: list[str] = field(default_factory=list)
    damaged: list[DamagedSource] = field(default_factory=list)
    texts_checked: int = 0
    originals_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.damaged


def check_file(
    path: Path, *, thorough: bool = False, only: Collection[str] | None = None, immutable: bool = False
) -> FileCheck:
    """Check the project file at ``path``; nothing is written to it.

    ``thorough`` runs ``integrity_check`` (also compares every index with its table) instead of
    ``quick_check``. ``only``: check the data of these source uuids only (a source missing from the file
    counts as damaged). ``immutable``: the file cannot change while it is read (a backup just written):
    SQLite then needs no ``-shm`` beside it, and leaves nothing behind in the backup folder.
    """
    path = Path(path)
    result = FileCheck(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        result.problems.append(f"cannot read it: {e.strerror or e}")
        return result
    if size == 0:
        result.problems.append("the file is empty (0 bytes)")
        return result
    try:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}", uri=True
        )
    except sqlite3.Error as e:
        result.problems.append(f"cannot read it: {e}")
        return result
    try:
        _check(connection, result, thorough, only)
    except sqlite3.DatabaseError as e:
        result.problems.append(_first_line(e))
    finally:
        connection.close()
    return result


def _check(
    connection: sqlite3.Connection, result: FileCheck, thorough: bool, only: Collection[str] | None
) -> None:
    pragma = "integrity_check" if thorough else "quick_check"
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchmany(_MAX_PROBLEMS + 1)]
    if rows != ["ok"]:
        result.problems.extend(rows[:_MAX_PROBLEMS])
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "sources" not in tables:
        if "alembic_version" not in tables:
            result.problems.append("it holds no Annotator project")
        return
    sources = _sources(connection, result, only)
    if only is not None:
        found = {uuid for uuid, _ in sources.values()}
        for uuid in sorted(set(only) - found):
            result.damaged.append(DamagedSource(0, uuid, "", "not in this file"))
    texts_table = "source_texts" if "source_texts" in tables else None
    has_checksums = texts_table is not None and "text_sha256" in _columns(connection, texts_table)
    for source_id in sources:
        if has_checksums:
            _check_one(
                connection,
                result,
                sources,
                source_id,
                "the stored text",
                ("SELECT CAST(text AS BLOB), text_sha256 FROM source_texts WHERE source_id = ?"),
            )
            result.texts_checked += 1
        _check_one(
            connection,
            result,
            sources,
            source_id,
            "the original file's bytes",
            ("SELECT data, sha256 FROM source_files WHERE source_id = ?"),
        )
        result.originals_checked += 1


def _sources(
    connection: sqlite3.Connection, result: FileCheck, only: Collection[str] | None
) -> dict[int, tuple[str, str]]:
    """Id -> (uuid, title) of the sources to check (an unreadable list is a problem of the whole file)."""
    try:
        rows = connection.execute("SELECT id, uuid, title FROM sources ORDER BY id").fetchall()
    except sqlite3.DatabaseError as e:
        result.problems.append(f"the list of sources cannot be read ({_first_line(e)})")
        return {}
    return {int(i): (str(u), str(t)) for i, u, t in rows if only is None or u in only}


def _check_one(
    connection: sqlite3.Connection,
    result: FileCheck,
    sources: dict[int, tuple[str, str]],
    source_id: int,
    what: str,
    query: str,
) -> None:
    uuid, title = sources[source_id]
    try:
        row = connection.execute(query, (source_id,)).fetchone()
    except sqlite3.DatabaseError as e:
        problem = f"{what} cannot be read ({_first_line(e)})"
    else:
        if row is None:
            problem = f"{what} is missing"
        elif row[0] is None or hashlib.sha256(bytes(row[0])).hexdigest() != row[1]:
            problem = (
                f"{what} no longer match their checksum"
                if what.endswith("bytes")
                else (f"{what} no longer matches its checksum")
            )
        else:
            return
    result.damaged.append(DamagedSource(source_id, uuid, " ".join(title.split()), problem))


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
