"""A SHA-256 of each stored text (``source_texts.text_sha256``), computed here for the texts already stored.

Revision ID: 0004
Revises: 0003

SQLite's integrity check looks at the file's structure only: a byte flipped inside a text passes it, and the
changed text would be read, searched, quoted and backed up as if it were the evidence. The checksum is of the
text's UTF-8 bytes, as SQLite stores them, and is verified when a text is read and by a full check.

The column is added with SQLite's own ``ALTER TABLE … ADD COLUMN`` (no copy of the table, which would cascade
to the annotations; see 0003). SQLite refuses a NOT NULL column without a default, hence ``''``, which no
text hashes to: a row written without a checksum reads as damaged, never as silently unverified.
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "source_texts", sa.Column("text_sha256", sa.String(length=64), nullable=False, server_default="")
    )
    if context.is_offline_mode() or op.get_bind().dialect.name != "sqlite":
        # PostgreSQL hashes in SQL (11+); offline mode can only write SQL.
        op.execute("UPDATE source_texts SET text_sha256 = encode(sha256(convert_to(text, 'UTF8')), 'hex')")
        return
    # SQLite has no SHA-256 function: one text at a time through Python, as raw bytes (CAST AS BLOB), so a
    # text that is already garbled gets the checksum of what is stored rather than stopping the upgrade.
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT source_id FROM source_texts"))]
    for source_id in ids:
        data = bind.execute(
            sa.text("SELECT CAST(text AS BLOB) FROM source_texts WHERE source_id = :id"), {"id": source_id}
        ).scalar_one()
        bind.execute(
            sa.text("UPDATE source_texts SET text_sha256 = :digest WHERE source_id = :id"),
            {"digest": hashlib.sha256(data).hexdigest(), "id": source_id},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE source_texts DROP COLUMN text_sha256")
    else:
        op.drop_column("source_texts", "text_sha256")
