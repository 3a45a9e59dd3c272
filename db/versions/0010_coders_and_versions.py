"""Coders and edit versions (issue 21): who made each annotation and link, and a counter that detects a
concurrent edit.

Revision ID: 0010
Revises: 0009

``coders`` holds everyone who annotates the project: ``login`` is who they are to the database (the OS
user of a SQLite project, the database user on a server; unique), ``name`` how the app shows them (may be
empty: the login is shown), ``color`` their mark in the reader's margin. The project's existing work was
all done by one person, so the migration makes that person the first coder, from the OS user name (on
PostgreSQL the database user running the migration), and gives them every existing annotation and link.

``coder_id`` is a column of ``annotations`` and ``links`` (nullable, as SQLite requires of a column added
with a REFERENCES clause; the app always sets it) rather than a table of its own: every listing filters by
it, and SQLite drops a column with its own REFERENCES clause (only a column another table refers to cannot
be dropped), so the downgrade stays a column drop. ``version`` counts the row's edits from 1: an update says
the version it read (``UPDATE … WHERE id = ? AND version = ?``) and changes nothing if another coder's
edit came first. Dialect-neutral: plain types, server defaults, no SQLite-only statements except the
column drops of the downgrade (SQLite's own ``ALTER TABLE … DROP COLUMN``; batch mode would copy
``annotations``, cascading to its tags, see 0003).
"""

import getpass
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("annotations", "links")
FIRST_COLOR = "#1f77b4"  # the first of domain.coders.PALETTE (a migration does not import app code)


def _login(dialect: str) -> sa.ColumnElement[str]:
    """Who runs the migration: the database user on a server (an SQL expression, so the migration also
    renders offline), the OS user for a file."""
    if dialect == "postgresql":
        return sa.func.current_user()
    try:
        name = getpass.getuser() or "local"
    except Exception:  # no user name in the environment nor in the password database (a container)
        name = "local"
    return sa.literal(name, sa.String())


def upgrade() -> None:
    op.create_table(
        "coders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coders")),
        sa.UniqueConstraint("login", name=op.f("uq_coders_login")),
        sa.UniqueConstraint("uuid", name=op.f("uq_coders_uuid")),
    )
    bind = op.get_bind()
    coders = sa.table(
        "coders",
        sa.column("id", sa.Integer()),
        sa.column("uuid", sa.String()),
        sa.column("login", sa.String()),
        sa.column("name", sa.Text()),
        sa.column("color", sa.String()),
    )
    op.execute(
        coders.insert().values(
            id=1, uuid=str(uuid.uuid4()), login=_login(bind.dialect.name), name="", color=FIRST_COLOR
        )
    )
    for table in TABLES:
        # Standard SQL both engines take: Alembic would add the foreign key as a separate ALTER (which
        # SQLite has not) or by copying the table (which cascades).
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN coder_id INTEGER "
            f"CONSTRAINT fk_{table}_coder_id_coders REFERENCES coders (id)"
        )
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.create_index(op.f(f"ix_{table}_coder_id"), table, ["coder_id"], unique=False)
        op.execute(f"UPDATE {table} SET coder_id = 1")
    if bind.dialect.name == "postgresql":
        # The row was given id 1 explicitly: the sequence behind ``coders.id`` must start after it.
        op.execute("SELECT setval(pg_get_serial_sequence('coders', 'id'), 1)")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in reversed(TABLES):
        op.drop_index(op.f(f"ix_{table}_coder_id"), table_name=table)
        for column in ("version", "coder_id"):
            if sqlite:
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            else:
                op.drop_column(table, column)
    op.drop_table("coders")
