"""Figures and dated statements detected in each source (issue 17).

Revision ID: 0008
Revises: 0007

``source_figures`` is derived data, recomputable from the stored text and its structure, like
``source_evidence`` (0006): one row per source holding the detected figures and dated statements as JSON,
with the detectors' version and the structure version they read, so better detectors (or a new structure)
redo them. Additive: nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_figures",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("structure_version", sa.Integer(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("dates", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_figures_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_figures")),
    )


def downgrade() -> None:
    op.drop_table("source_figures")
