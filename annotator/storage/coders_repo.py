"""Coders: rows <-> domain records, and who the current coder is.

The current coder is the login the connection acts as: on a server the database user (``current_user``
on PostgreSQL, which grants and row-level security also see), on a project file the OS user. A process may
act as another coder on a file it opened (``act_as``: tests, a shared lab account); on a server it cannot,
the database decides who is connected.
"""

from __future__ import annotations

import getpass
import uuid
import weakref
from collections.abc import Sequence

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy.orm import Session

from annotator.domain.coders import Coder, next_color
from annotator.domain.errors import InvalidInput, NotFound
from annotator.storage.orm import CoderRow

_CODERS = CoderRow.__table__
# Per engine: the login it acts as (set by ``act_as``), and the id of that login's row once it exists.
_LOGINS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_IDS: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()
# Per engine: the coders read back by ``coder`` (the record a new annotation carries, without a query per
# annotation on the hot path of tagging); dropped when a name changes here.
_KNOWN: weakref.WeakKeyDictionary[Engine, dict[int, Coder]] = weakref.WeakKeyDictionary()


def os_login() -> str:
    try:
        return getpass.getuser() or "local"
    except Exception:  # no user name in the environment nor in the password database (a container)
        return "local"


def current_login(connection: Connection) -> str:
    """The login the connection acts as: the hook a server's roles build on (see the module's docstring)."""
    engine = connection.engine
    if engine in _LOGINS:
        return _LOGINS[engine]
    if connection.dialect.name == "postgresql":
        return str(connection.execute(text("SELECT current_user")).scalar_one())
    return os_login()


def act_as(engine: Engine, login: str) -> None:
    """Make the project file opened through ``engine`` act as the coder ``login`` (made at first edit)."""
    if engine.dialect.name != "sqlite":
        raise InvalidInput("on a team server the coder is the database user you connect as")
    login = " ".join(login.split())
    if not login:
        raise InvalidInput("a coder needs a login name")
    _LOGINS[engine] = login
    _IDS.pop(engine, None)


def to_domain(row: CoderRow) -> Coder:
    return Coder(row.id, row.uuid, row.login, row.name, row.color)


def list_coders(session: Session) -> list[Coder]:
    rows = session.connection().execute(select(_CODERS).order_by(_CODERS.c.id))
    return [Coder(r.id, r.uuid, r.login, r.name, r.color) for r in rows]


def by_id(session: Session) -> dict[int, Coder]:
    return {c.id: c for c in list_coders(session)}


def find(session: Session, login: str) -> Coder | None:
    row = session.connection().execute(select(_CODERS).where(_CODERS.c.login == login)).first()
    return None if row is None else Coder(row.id, row.uuid, row.login, row.name, row.color)


def add(session: Session, login: str, name: str = "", coder_uuid: str | None = None) -> Coder:
    """A new coder, with the first colour no one has."""
    taken = [c.color for c in list_coders(session)]
    values = {
        "uuid": coder_uuid or str(uuid.uuid4()),
        "login": login,
        "name": name,
        "color": next_color(taken),
    }
    new_id = session.connection().execute(insert(_CODERS).values(**values)).inserted_primary_key[0]
    return Coder(new_id, values["uuid"], login, name, values["color"])


def current_id(session: Session) -> int:
    """The id of the current coder's row, made in this transaction if the login has none yet (a write).

    Remembered per engine only once read back from a committed row: an id made in a transaction that is
    then rolled back must not be reused."""
    connection = session.connection()
    engine = connection.engine
    known = _IDS.get(engine)
    if known is not None:
        return known
    login = current_login(connection)
    found = find(session, login)
    if found is not None:
        _IDS[engine] = found.id
        return found.id
    return add(session, login).id


def current(session: Session) -> Coder | None:
    """The current coder, None while they have made nothing (their row is made at their first edit)."""
    return find(session, current_login(session.connection()))


def annotation_counts(session: Session) -> dict[int, int]:
    """How many annotations each coder made (coders with none are left out)."""
    from sqlalchemy import func

    from annotator.storage.orm import AnnotationRow

    a = AnnotationRow.__table__.c
    rows = session.connection().execute(
        select(a.coder_id, func.count()).where(a.coder_id.is_not(None)).group_by(a.coder_id)
    )
    return {coder_id: count for coder_id, count in rows}


def coder(session: Session, coder_id: int) -> Coder | None:
    """The coder with this id, remembered per engine once read (committed rows only: see ``current_id``)."""
    engine = session.connection().engine
    known = _KNOWN.setdefault(engine, {})
    found = known.get(coder_id)
    if found is None:
        row = session.connection().execute(select(_CODERS).where(_CODERS.c.id == coder_id)).first()
        if row is None:
            return None
        found = Coder(row.id, row.uuid, row.login, row.name, row.color)
        if coder_id == _IDS.get(engine):  # the current coder's row, known to be committed
            known[coder_id] = found
    return found


def set_name(session: Session, coder_id: int, name: str) -> None:
    _KNOWN.pop(session.connection().engine, None)
    session.execute(update(CoderRow).where(CoderRow.id == coder_id).values(name=" ".join(name.split())))


def resolve(session: Session, what: str) -> Coder:
    """The coder ``what`` names (login or display name, any case); NotFound naming the coders there are."""
    coders = list_coders(session)
    for coder in coders:
        if coder.matches(what):
            return coder
    known = ", ".join(c.shown for c in coders) or "none"
    raise NotFound(f"no coder {what!r} in this project (coders: {known}; see `annotator coder --list`)")


def resolve_many(session: Session, names: Sequence[str]) -> list[Coder]:
    return [resolve(session, name) for name in names]
