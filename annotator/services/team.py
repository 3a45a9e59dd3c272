"""The people of a team project and their roles (owner, coder, reader), as the server enforces them.

A thin service over storage/team.py: ``add`` makes a login role on the PostgreSQL server and gives it one
of the three roles in this project (grants and row-level security policies made or refreshed on the way),
``members`` lists who has which. On a project file there are no roles (one person, one file): both say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.domain.errors import InvalidInput
from annotator.storage import team
from annotator.storage.unit_of_work import UnitOfWork

ROLES = team.ROLES
Member = team.Member


@dataclass(frozen=True)
class Added:
    login: str
    role: str
    created: bool  # a new login role on the server (else an existing one given this role)


class TeamService:
    def __init__(self, uow: UnitOfWork, on_server: bool) -> None:
        self._uow = uow
        self._on_server = on_server

    def _check(self) -> None:
        if not self._on_server:
            raise InvalidInput(
                f"roles are for team projects on a PostgreSQL server; {self._uow.location} is a project "
                "file, which one person works in (publish it to a server first: `annotator publish`)"
            )

    def exists(self, login: str) -> bool:
        """Whether the server has a role ``login`` already (then ``add`` needs no password)."""
        self._check()
        with self._uow.read() as session:
            return team.login_exists(session.connection(), team.check_login_name(login))

    def add(self, login: str, role: str, password: str | None = None) -> Added:
        """Give ``login`` the ``role`` in this project, making the login (with ``password``) if it is new;
        NotPermitted when the user running this may not create roles or grant them."""
        self._check()
        with self._uow.write() as session:
            created = team.add_member(session.connection(), login, role, password)
        return Added(team.check_login_name(login), role, created)

    def remove(self, login: str) -> str:
        """Take ``login``'s role in this project away, keeping the login and everything it wrote; the role it
        had. InvalidInput for a non-member or the tables' owner, NotPermitted unless run by an owner."""
        self._check()
        with self._uow.write() as session:
            return team.remove_member(session.connection(), login)

    def members(self) -> list[Member]:
        """The project's owner(s), coders and readers."""
        self._check()
        with self._uow.read() as session:
            return team.members(session.connection())
