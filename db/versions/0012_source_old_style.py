"""A source's calendar (issue 17): ``old_style``, its days written in the Julian calendar (Russia before
February 1918, Britain before September 1752), so that the timeline gives them in the Gregorian one.

Revision ID: 0012
Revises: 0011

Additive: the column is added with SQLite's own ``ALTER TABLE … ADD COLUMN`` (no copy of the table, which
would cascade to the annotations; see 0003), NOT NULL with a server default of false, so existing sources
keep today's reading (only days marked "O.S." converted). No stored dated statement changes meaning.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sources", sa.Column("old_style", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE sources DROP COLUMN old_style")
    else:
        op.drop_column("sources", "old_style")
