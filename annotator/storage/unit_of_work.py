"""Transactions: one per user action, committed as it finishes.

``write()`` also advances the project's change generation, which derived data (the search index) compares
with its own to know whether it is in step.

A damaged file can pass the quick check on open (or be opened read-only to salvage it) and still hold broken
pages; whichever transaction reaches one raises ProjectDamaged naming the file, never a raw driver error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, Integer, String, cast, select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from annotator.domain.errors import NotPermitted, ProjectDamaged, ProjectError, ReadOnlyProject, WriteFailed
from annotator.storage.database import is_damage
from annotator.storage.orm import ProjectMeta

GENERATION_KEY = "generation"


class UnitOfWork:
    def __init__(
        self, engine: Engine, read_only_reason: str | None = None, location: str | None = None
    ) -> None:
        """``read_only_reason``: set for a project opened read-only; every ``write()`` raises it.
        ``location``: how messages name the project (default: the file's path; a server's URL without its
        password, for a team project)."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.engine = engine
        self.read_only_reason = read_only_reason
        self.location = location or str(engine.url.database)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction; broken pages met on the way raise ProjectDamaged."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as e:
            problem = _damage(e)
            if problem is None:
                if _server_unreachable(self.engine, e):
                    raise ProjectError(f"{self.location}: {_first_line(e)}; try again") from e
                raise  # a wrong query is a bug, not damage: keep its traceback
            raise self._damaged(problem) from e

    @contextmanager
    def write(self, *, derived: bool = False) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception.

        ``derived``: the transaction only stores data recomputed from what the project holds (detected
        structure); it leaves the change generation alone, so the search index stays in step.

        A write the database refuses (disk full, file read-only, locked by another program for longer
        than the busy timeout, an I/O error) becomes WriteFailed: the change is rolled back whole and
        everything committed before stays as it was.
        """
        if self.read_only_reason is not None:
            raise ReadOnlyProject(self.read_only_reason)
        try:
            with self._sessions() as session, session.begin():
                yield session
                if not derived:
                    bump_generation(session)
        except DBAPIError as e:
            problem = _damage(e)
            if problem is not None:
                raise self._damaged(problem) from e
            if (refusal := refused(e)) is not None:
                raise NotPermitted(f"{self.location}: {refusal}") from e
            if isinstance(e, OperationalError):
                raise WriteFailed(f"{self.location}: {_why(e)}") from e  # names the file, or the server
            raise

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A write transaction that is always rolled back, generation bump included: runs a change's
        statements once without storing anything (SQLAlchemy compiles a statement the first time it runs,
        which made a session's first edit ~3× slower than the next). Refused like ``write()`` when
        read-only."""
        if self.read_only_reason is not None:
            raise ReadOnlyProject(self.read_only_reason)
        with self._sessions() as session:
            session.begin()
            try:
                yield session
                bump_generation(session)
                session.flush()
            finally:
                session.rollback()

    def _damaged(self, problem: str) -> ProjectDamaged:
        return ProjectDamaged(
            f"{self.location} is damaged in the part just read ({problem}); "
            "restore a backup: File › Restore backup…"
        )


def _damage(error: DBAPIError) -> str | None:
    """What is broken, if the driver error says the file is damaged; None for any other error.

    Garbled bytes inside a text pass SQLite's structural checks and surface only when the text is decoded.
    """
    if is_damage(error.orig):
        return str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else "broken pages"
    if isinstance(error.orig, sqlite3.OperationalError) and str(error.orig).startswith("Could not decode"):
        return "a stored text is no longer valid UTF-8"  # the driver's message would quote the garbage
    return None


# SQLSTATE 42501: a missing grant, or a row a row-level security policy keeps from this user.
INSUFFICIENT_PRIVILEGE = "42501"


def refused(error: DBAPIError) -> str | None:
    """What a team server's refusal of a change means, for a person; None for any other error."""
    if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    detail = _first_line(error)
    if "row-level security" in detail:
        why = "your role lets you change only your own annotations and links"
    else:
        why = "your role in this team project does not allow this change"
    return f"the server refused the change: {why} ({detail}); nothing was saved"


def _server_unreachable(engine: Engine, error: DBAPIError) -> bool:
    """A PostgreSQL server that went away or refused the connection (not a wrong query)."""
    return engine.dialect.name == "postgresql" and isinstance(error, OperationalError)


def _first_line(error: DBAPIError) -> str:
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__


def _why(error: OperationalError) -> str:
    text = str(error.orig).lower()
    if "full" in text:
        reason = "the disk is full"
    elif "readonly" in text or "read-only" in text:
        reason = "the project file or its folder cannot be written to (read-only)"
    elif "locked" in text or "busy" in text:
        reason = "another program has kept the project file locked for too long; try again"
    else:
        reason = f"the database reported: {error.orig}"
    return f"the change was not saved because {reason}; what was saved before is safe"


def bump_generation(session: Session) -> None:
    """One UPDATE (the counter is text in a key/value table, so it is cast both ways, portably)."""
    advanced = session.execute(
        update(ProjectMeta)
        .where(ProjectMeta.key == GENERATION_KEY)
        .values(value=cast(cast(ProjectMeta.value, Integer) + 1, String))
    )
    if advanced.rowcount == 0:
        session.add(ProjectMeta(key=GENERATION_KEY, value="1"))
        session.flush()


def read_generation(session: Session) -> int:
    value = session.scalar(select(ProjectMeta.value).where(ProjectMeta.key == GENERATION_KEY))
    return int(value) if value is not None else 0
