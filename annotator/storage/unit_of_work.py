"""Transactions: one per user action, committed as it finishes.

``write()`` also advances the project's change generation, which derived data (the search index) compares
with its own to know whether it is in step.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, Integer, String, cast, select, update
from sqlalchemy.orm import Session, sessionmaker

from annotator.domain.errors import ReadOnlyProject
from annotator.storage.orm import ProjectMeta

GENERATION_KEY = "generation"


class UnitOfWork:
    def __init__(self, engine: Engine, read_only_reason: str | None = None) -> None:
        """``read_only_reason``: set for a project opened read-only; every ``write()`` raises it."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.read_only_reason = read_only_reason

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        if self.read_only_reason is not None:
            raise ReadOnlyProject(self.read_only_reason)
        with self._sessions() as session, session.begin():
            yield session
            bump_generation(session)


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
