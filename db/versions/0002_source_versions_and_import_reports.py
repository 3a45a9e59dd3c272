"""Source versions and import reports; identical bytes allowed for a new version of a source.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:22:19.004261

Additive but for one relaxation: ``source_files.sha256`` loses its unique constraint (an index takes its
place), because a new version of a source may be the very same file imported with other options. Only
``source_files`` is rebuilt for that on SQLite; nothing refers to it, so no cascade can fire. ``sources``
is left untouched on purpose: rebuilding it would cascade-delete annotations while foreign keys are on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_imports",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("previous_version_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["previous_version_id"],
            ["sources.id"],
            name=op.f("fk_source_imports_previous_version_id_sources"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_imports_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_imports")),
    )
    op.create_index(
        op.f("ix_source_imports_previous_version_id"), "source_imports", ["previous_version_id"], unique=False
    )
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_source_files_sha256"), type_="unique")
        batch_op.create_index(batch_op.f("ix_source_files_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    # Fails if two sources hold identical bytes (versions): delete one of them first.
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_files_sha256"))
        batch_op.create_unique_constraint(batch_op.f("uq_source_files_sha256"), ["sha256"])
    op.drop_index(op.f("ix_source_imports_previous_version_id"), table_name="source_imports")
    op.drop_table("source_imports")
