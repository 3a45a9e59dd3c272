"""The few places where SQLite and PostgreSQL need different SQL for the same thing, in one module.

The fast paths of the repositories bind a time or a JSON document as the text SQLite stores for it, and
read such a column as that text, instead of paying a TypeDecorator call per row
(see ``annotations_repo.add_many``).
SQLite takes the text as it is. PostgreSQL types every value: a text bound into a ``timestamptz`` or ``json``
column must be cast to it (the session's time zone is UTC, so a time without a zone is read as UTC), and
psycopg returns a ``json`` column already decoded unless it is cast to text in the query.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, bindparam, cast, func, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine


def dialect_name(bind: Session | Connection) -> str:
    return bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name


def text_bind(bind: Session | Connection, name: str, column_type: TypeEngine[Any]) -> ColumnElement[Any]:
    """A parameter ``name`` holding a column's value as stored text (a time, a JSON document)."""
    if dialect_name(bind) == "sqlite":
        return type_coerce(bindparam(name), String)
    return cast(bindparam(name, type_=String), column_type)


def json_length(bind: Session | Connection, column: Any) -> ColumnElement[int]:
    """The length of a JSON column's stored text (PostgreSQL has no length() of ``json``)."""
    if dialect_name(bind) == "sqlite":
        return func.length(column)
    return func.length(cast(column, Text))


def json_text(bind: Session | Connection, column: Any) -> ColumnElement[str]:
    """A JSON column read as its stored text, not decoded (the caller decodes it its own way)."""
    if dialect_name(bind) == "sqlite":
        return type_coerce(column, Text)
    return cast(column, Text)
