"""Coders: who the current coder is, their display name, and the project's coders (issue 21).

On a project file the current coder is the OS user (``act_as`` another, e.g. on a shared lab account or in
tests); on a team server the database user (``coders_repo.current_login``). A coder's row is made at their
first edit, or when they set their display name.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.domain.coders import Coder
from annotator.domain.errors import InvalidInput
from annotator.services.events import EventBus, TaxonomyChanged
from annotator.storage import coders_repo
from annotator.storage.unit_of_work import UnitOfWork


class CoderService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def login(self) -> str:
        """Who this project is opened as (the OS user, or the database user on a server)."""
        with self._uow.read() as session:
            return coders_repo.current_login(session.connection())

    def act_as(self, login: str) -> None:
        """Work as the coder ``login`` on a project file (made at their first edit); InvalidInput on a
        server, where the database user is the coder."""
        coders_repo.act_as(self._uow.engine, login)

    def current(self) -> Coder:
        """The current coder, their row made now if they have none yet (a write; on a read-only project, a
        coder without a row, id 0)."""
        with self._uow.read() as session:
            found = coders_repo.current(session)
            login = coders_repo.current_login(session.connection())
        if found is not None:
            return found
        if self._uow.read_only_reason is not None:
            return Coder(0, "", login, "", "#7f7f7f")
        with self._uow.write() as session:
            coder_id = coders_repo.current_id(session)
            return coders_repo.by_id(session)[coder_id]

    def list(self) -> list[Coder]:
        with self._uow.read() as session:
            return coders_repo.list_coders(session)

    def annotation_counts(self) -> dict[int, int]:
        """Coder id -> how many annotations they made (those with none are left out)."""
        with self._uow.read() as session:
            return coders_repo.annotation_counts(session)

    def resolve(self, names: Sequence[str]) -> list[Coder]:
        """The coders these logins or display names mean (any case); NotFound naming the coders there are."""
        with self._uow.read() as session:
            return coders_repo.resolve_many(session, names)

    def set_name(self, name: str) -> Coder:
        """The current coder's display name ('' shows the login)."""
        if len(name) > 200:
            raise InvalidInput("a coder's name is at most 200 characters")
        coder = self.current()
        with self._uow.write() as session:
            coders_repo.set_name(session, coder.id, name)
            renamed = coders_repo.by_id(session)[coder.id]
        self._events.publish(TaxonomyChanged())  # what lists coders (the reader's filter) reads them again
        return renamed
