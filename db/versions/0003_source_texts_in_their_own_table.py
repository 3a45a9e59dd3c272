"""Source texts (and page maps) move out of ``sources`` into ``source_texts``.

Revision ID: 0003
Revises: 0002

SQLite stores a long text in a chain of overflow pages and must walk that chain to read any column after
it, so with the text inside ``sources`` every listing of sources read every text: 3.7 ms for ten
one-megabyte sources instead of 0.05, on every search and library refresh.

The columns are dropped with SQLite's own ``ALTER TABLE … DROP COLUMN`` (3.35+), which rewrites the rows
in place. Alembic's batch mode would copy ``sources`` into a new table and drop the old one, and dropping
it would cascade-delete every annotation while foreign keys are on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_texts",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("page_map", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_texts_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_texts")),
    )
    op.execute("INSERT INTO source_texts (source_id, text, page_map) SELECT id, text, page_map FROM sources")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE sources DROP COLUMN text")
        op.execute("ALTER TABLE sources DROP COLUMN page_map")
    else:
        op.drop_column("sources", "text")
        op.drop_column("sources", "page_map")


def downgrade() -> None:
    # Added back at the end of the table (SQLite cannot insert a column in the middle), with a default
    # because SQLite refuses to add a NOT NULL column without one.
    op.add_column("sources", sa.Column("text", sa.Text(), nullable=False, server_default=""))
    op.add_column("sources", sa.Column("page_map", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE sources SET text = (SELECT text FROM source_texts WHERE source_id = sources.id), "
        "page_map = (SELECT page_map FROM source_texts WHERE source_id = sources.id)"
    )
    op.drop_table("source_texts")
