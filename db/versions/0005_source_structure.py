"""Detected structure of each source: note calls, reference marks, notes, headings, page anchors.

Revision ID: 0005
Revises: 0004

Derived data, recomputable from the stored text: a table of its own, one row per source, holding the marks
as JSON with the detectors' version, so a better detector can redo them. Additive: nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_structure",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("marks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_structure_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_structure")),
    )


def downgrade() -> None:
    op.drop_table("source_structure")
