"""Reading an up-to-date project file straight through the stdlib ``sqlite3``, without SQLAlchemy.

A command whose whole work is one query (``annotator sources``) spent most of its time importing SQLAlchemy
and the ORM (~0.3 s of ~0.5 s against ~0.1 s for the same query from a bare Python process; issue 23).
``open_current`` makes the checks ``database.open_engine`` makes on a file that needs nothing more — it is
an Annotator project at the head revision and, opened for writing, passes SQLite's quick check — and gives
a connection with the same pragmas. For anything else (a file to create, initialize or upgrade, a database
of another program, a WAL that a read-only folder keeps from being read, damage) it gives None: the caller
then opens the project the usual way, which does that work or says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from annotator.domain.dates import DateRange
from annotator.domain.errors import ProjectError
from annotator.domain.metadata import NAME_LISTS, REFERENCE_FIELDS, reference_text
from annotator.domain.model import SourceKind, SourceSummary
from annotator.storage import migrate
from annotator.storage.database import _set_pragmas, _set_read_only_pragmas, check_is_project_file
from annotator.storage.meta_repo import PROJECT_UUID


def open_current(path: Path, *, read_only: bool = False) -> sqlite3.Connection | None:
    """A connection to the project at ``path`` if it can be used as it is, else None (see the module).

    For writing, the caller holds the project's lock; ``read_only`` connects with ``mode=ro`` and skips the
    quick check, as ``open_engine`` does for a project another window holds.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        check_is_project_file(path)
    except (OSError, ProjectError):
        return None
    try:
        if read_only:
            connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        else:
            connection = sqlite3.connect(path)
    except sqlite3.Error:
        return None
    try:
        if read_only:
            _set_read_only_pragmas(connection, None)
        else:
            _set_pragmas(connection, None)
        if _usable(connection, check=not read_only):
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


def _usable(connection: sqlite3.Connection, check: bool) -> bool:
    if check and connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        return False
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"alembic_version", "project_meta", "sources"} <= tables:
        return False
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != migrate.head():
        return False
    # Initialized (``Project.open`` writes its identity on first open).
    identity = connection.execute("SELECT 1 FROM project_meta WHERE key = ?", (PROJECT_UUID,)).fetchone()
    return identity is not None


def source_summaries(connection: sqlite3.Connection) -> list[SourceSummary]:
    """Every source as ``sources_repo.list_summaries`` gives it: the same query, the same values."""
    rows = connection.execute(
        "SELECT s.id, s.uuid, s.title, s.authors, s.date_text, s.date_start, s.date_end, s.date_approximate,"
        " s.kind, s.genre, s.language, s.length, f.name, f.sha256, coalesce(c.n, 0), "
        + ", ".join(f"s.{name}" for name in REFERENCE_FIELDS)
        + " FROM sources s JOIN source_files f ON f.source_id = s.id"
        " LEFT OUTER JOIN (SELECT source_id, count(*) AS n FROM annotations GROUP BY source_id) c"
        " ON c.source_id = s.id ORDER BY s.id"
    ).fetchall()
    return [
        SourceSummary(
            id=r[0],
            uuid=r[1],
            title=r[2],
            authors=tuple(json.loads(r[3]) or ()) if r[3] is not None else (),
            date_text=r[4],
            date_range=DateRange(r[5], r[6], bool(r[7])) if r[5] and r[6] else None,
            kind=SourceKind(r[8]) if r[8] else None,
            genre=r[9],
            language=r[10],
            length=r[11],
            file_name=r[12],
            sha256=r[13],
            annotation_count=r[14],
            reference=reference_text(_reference_fields(r[15:]).get),
        )
        for r in rows
    ]


def _reference_fields(values: tuple[object, ...]) -> dict[str, object]:
    """The reference's columns as the ORM reads them: name lists are JSON text here."""
    fields = dict(zip(REFERENCE_FIELDS, values, strict=True))
    for name in NAME_LISTS:
        if name in fields:
            fields[name] = json.loads(str(fields[name])) if fields[name] else []
    return fields
