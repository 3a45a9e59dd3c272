"""Evidence detected in each source (citations, quotations, other voices) and the historian's decisions.

Revision ID: 0006
Revises: 0005

``source_evidence`` is derived data, recomputable from the stored text and its structure: one row per
source holding the detected items as JSON with the detectors' version and the structure version they read,
so better detectors (or a new structure) can redo them. ``evidence_decisions`` is the historian's own data:
one row per accepted or rejected item, keyed by the item's stable key (kind, range and a hash of the text it
spans), so a decision survives recomputation while the text is the same. Additive: nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_evidence",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("structure_version", sa.Integer(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_evidence")),
    )
    op.create_table(
        "evidence_decisions",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("annotation_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('accepted', 'rejected')", name=op.f("ck_evidence_decisions_state")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_evidence_decisions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotations.id"],
            name=op.f("fk_evidence_decisions_annotation_id_annotations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("source_id", "item_key", name=op.f("pk_evidence_decisions")),
    )
    op.create_index(
        op.f("ix_evidence_decisions_annotation_id"), "evidence_decisions", ["annotation_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_evidence_decisions_annotation_id"), table_name="evidence_decisions")
    op.drop_table("evidence_decisions")
    op.drop_table("source_evidence")
