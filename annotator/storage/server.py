"""A project on a PostgreSQL server: its address, its engine, and bringing its schema to the head revision.

A team project is a PostgreSQL database reached with a libpq connection URL (``postgresql://USER@HOST/DB``,
``postgresql://USER@/DB?host=/run/socketdir&port=5433``…). The URL goes to libpq as it is (through psycopg),
so every libpq form and setting works and libpq itself reads the password file (``~/.pgpass`` or
``PGPASSFILE``) and the ``PG*`` environment variables. A password is never kept by the app: not in the
settings, not in a message, not in the name of the search index's folder (``ServerAddress.display`` and
``cache_key`` leave it out). Without one in the URL or the password file, the system keyring is asked when
the optional ``keyring`` package is installed (service ``annotator``, user ``USER@HOST:PORT/DB``).

What the SQLite project does with its file (pragmas, WAL, the one-writer lock, quick_check, backups) has no
counterpart here: the server keeps its own journal and checks, several clients write at once, and backups
are ``pg_dump``'s business. Only what a session needs is set: UTC as its time zone (the app stores UTC times;
a server set to another zone would shift the ones bound as text) and, read-only, the server's refusal of
every write.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from annotator.domain.errors import PasswordRequired, ProjectError
from annotator.storage import migrate

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
KEYRING_SERVICE = "annotator"
# pg_advisory_xact_lock key: one client at a time brings a database to the head revision and initializes it,
# so two opening a new database at once do not both create its tables.
SETUP_LOCK = 0x616E6E6F  # "anno"
_CLIENTS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def is_server_url(value: object) -> bool:
    """Whether ``value`` (a ``--project`` argument, a recent project) names a PostgreSQL database."""
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database as libpq names it (``conninfo``), and the same without its password."""

    conninfo: str
    parts: tuple[tuple[str, str], ...]  # libpq's keywords and values, password included

    @classmethod
    def parse(cls, url: str) -> ServerAddress:
        """ProjectError (without the password) when ``url`` is no libpq URL or names no database."""
        from psycopg.conninfo import conninfo_to_dict

        text = url.strip()
        if text.lower().startswith("postgresql+psycopg://"):
            text = "postgresql://" + text[len("postgresql+psycopg://") :]
        try:
            parts = {k: str(v) for k, v in conninfo_to_dict(text).items() if v is not None}
        except Exception as e:  # psycopg.ProgrammingError: its message may quote the URL, password and all
            problem = _first_line(e)
            raise ProjectError(f"{_without_password(text)} is not a PostgreSQL address: {problem}") from None
        if not parts.get("dbname"):
            raise ProjectError(
                f"{_without_password(text)} names no database: give it after the host, "
                "as in postgresql://USER@HOST/DATABASE"
            )
        return cls(text, tuple(sorted(parts.items())))

    def get(self, keyword: str) -> str | None:
        return dict(self.parts).get(keyword)

    def with_password(self, password: str) -> ServerAddress:
        """The same database with ``password`` for libpq (asked for by the window): kept in memory for this
        session's connections only; ``display`` and ``cache_key`` still leave it out."""
        from psycopg.conninfo import make_conninfo

        parts = {**dict(self.parts), "password": password}
        return ServerAddress(make_conninfo(self.conninfo, password=password), tuple(sorted(parts.items())))

    @property
    def database(self) -> str:
        return self.get("dbname") or ""

    @property
    def display(self) -> str:
        """The address as a libpq URL without the password: for titles, messages and recent projects."""
        parts = dict(self.parts)
        parts.pop("password", None)
        user, host, port, dbname = (parts.pop(k, "") for k in ("user", "host", "port", "dbname"))
        netloc = quote(user, safe="") + "@" if user else ""
        if host and not host.startswith("/") and "," not in host:
            netloc += f"[{host}]" if ":" in host else host
            if port:
                netloc += f":{port}"
        else:
            # A socket folder (or several hosts) goes in the query, as libpq's own URL form has it.
            parts = {**({"host": host} if host else {}), **({"port": port} if port else {}), **parts}
        query = urlencode(parts, safe="/,")
        return f"postgresql://{netloc}/{quote(dbname, safe='')}" + (f"?{query}" if query else "")

    @property
    def cache_key(self) -> str:
        """A folder name for this database's client-side caches: readable, and unique per server, port,
        user and database (the password left out, so a changed password keeps the cache)."""
        parts = dict(self.parts)
        parts.pop("password", None)
        digest = hashlib.sha256(repr(sorted(parts.items())).encode()).hexdigest()[:16]
        readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{parts.get('host', 'local')}-{self.database}")[:60]
        return f"{readable.strip('_.') or 'server'}-{digest}"

    @property
    def keyring_user(self) -> str:
        host = self.get("host") or "localhost"
        return f"{self.get('user') or ''}@{host}:{self.get('port') or 5432}/{self.database}"


def _without_password(text: str) -> str:
    text = re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1@", text)
    return re.sub(r"(password=)[^&\s]*", r"\1…", text)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def keyring_password(address: ServerAddress) -> str | None:
    """The password the system keyring keeps for this database, if the ``keyring`` package is installed."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except Exception:  # no usable keyring backend (a headless machine): libpq's own sources remain
        return None


def _connect(address: ServerAddress) -> Any:
    import psycopg

    extra: dict[str, str] = {}
    if address.get("password") is None and (password := keyring_password(address)) is not None:
        extra["password"] = password
    return psycopg.connect(address.conninfo, **extra)


def _on_connect(read_only: bool, client: str) -> Any:
    def setup(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            # Who writes, in the change notifications (migration 0011): this client skips its own.
            cursor.execute("SELECT set_config('annotator.client', %s, false)", (client,))
            if read_only:
                # The server refuses every write in this session, whatever the code or a script tries.
                cursor.execute("SET default_transaction_read_only = on")
        dbapi_connection.commit()

    return setup


def create_server_engine(address: ServerAddress, read_only: bool = False) -> Engine:
    """An engine whose connections libpq makes from the address (password file, keyring, PG* variables)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL

    # libpq connects (the creator); the URL's database names the project where the repositories name a
    # file (messages, the texts' cache key): the address without its password, unique per server and db.
    url = URL.create("postgresql+psycopg", database=address.display)
    engine = create_engine(url, creator=lambda: _connect(address), pool_pre_ping=True)
    client = uuid.uuid4().hex
    _CLIENTS[engine] = client
    event.listen(engine, "connect", _on_connect(read_only, client))
    return engine


def client_id(engine: Engine) -> str:
    """The id this engine's connections give their changes in the server's notifications ('' for a file)."""
    return _CLIENTS.get(engine, "")


def listen_connection(address: ServerAddress) -> Any:
    """A psycopg connection of its own (autocommit) for LISTEN: notifications arrive between statements,
    so it must not be one of the pool's."""
    connection = _connect(address)
    connection.autocommit = True
    return connection


def connection_problem(address: ServerAddress, error: BaseException) -> ProjectError:
    """What a failed connection means, in one line naming the database (never the password)."""
    problem = _first_line(getattr(error, "orig", None) or error)
    problem = problem.replace(address.get("password") or "\0", "…")
    hint = ""
    if "password" in problem.lower():
        hint = "; put the password in your PostgreSQL password file (~/.pgpass, or PGPASSFILE)"
    message = f"cannot open the team project {address.display}: {problem}{hint}"
    if any(sign in problem for sign in _PASSWORD_WANTED):  # libpq's words: the window may ask for it
        return PasswordRequired(message, address.keyring_user)
    return ProjectError(message)


# libpq's messages when the server wants a password it did not get, or refused the one given.
_PASSWORD_WANTED = ("no password supplied", "password authentication failed")


def open_server_engine(address: ServerAddress, read_only: bool = False) -> tuple[Engine, bool]:
    """Connect to the database and bring its schema to the head revision; (engine, whether it was new).

    A new (empty) database gets the project's tables, in one transaction with the other clients kept out
    (an advisory lock). ProjectError for a database of another program, one a newer Annotator has upgraded,
    one that needs upgrading when opened read-only, or a server that cannot be reached.
    """
    from sqlalchemy import func, select
    from sqlalchemy.exc import DBAPIError

    engine = create_server_engine(address, read_only)
    try:
        with engine.begin() as connection:
            if not read_only:
                connection.execute(select(func.pg_advisory_xact_lock(SETUP_LOCK)))
            current = migrate.current_revision(connection)
            _check_revision(connection, address, current, read_only)
            if current != migrate.head():
                migrate.upgrade(connection)
    except DBAPIError as e:
        engine.dispose()
        raise connection_problem(address, e) from None
    except BaseException:
        engine.dispose()
        raise
    return engine, current is None


def _check_revision(
    connection: Connection, address: ServerAddress, current: str | None, read_only: bool
) -> None:
    from sqlalchemy import inspect

    if current is None and inspect(connection).get_table_names():
        raise ProjectError(f"{address.display} holds the tables of another program, not an Annotator project")
    if current is not None and not migrate.is_known(current):
        raise ProjectError(
            f"{address.display} was upgraded by a newer version of Annotator (schema {current}); "
            "update Annotator to open it"
        )
    if read_only and current != migrate.head():
        raise ProjectError(
            f"{address.display} must be upgraded to this version of Annotator, which means writing to it: "
            "open it for writing once"
        )


def serialize_setup(connection: Connection) -> None:
    """On a server, wait for any other client setting the project up (inside the caller's transaction)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy import func, select

        connection.execute(select(func.pg_advisory_xact_lock(SETUP_LOCK)))
