"""Who speaks in an annotated passage: the project's people (persons and bodies) and annotations' speakers.

Revision ID: 0007
Revises: 0006

``people`` holds everyone a historian names as a speaker: a person ("Khrushchev") or a body ("the Central
Committee"). Names are unique regardless of case through ``name_key`` (the name case-folded and with its
spaces collapsed, computed in Python): SQLite's NOCASE folds ASCII only and would let "Хрущёв" and "ХРУЩЁВ"
be two people, and PostgreSQL has no NOCASE at all.

The speaker of an annotation is a row of ``annotation_speakers`` (annotation, person, role) rather than
columns of ``annotations``: SQLite can add a column with a foreign key but cannot drop it again (the
downgrade would have to copy ``annotations``, cascading to its tags, links and decisions; see 0003), the
role cannot be left without a person or the other way round, and a second speaker per passage (an
interview's question and answer) would need a primary key change here only. Deleting an annotation deletes
its speaker row; deleting a person leaves their annotations without a speaker (the "SET NULL" of a column).
Additive: nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('person', 'body')", name=op.f("ck_people_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("name_key", name=op.f("uq_people_name_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_people_uuid")),
    )
    op.create_table(
        "annotation_speakers",
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "role IN ('author', 'quoted', 'cited', 'commenter')", name=op.f("ck_annotation_speakers_role")
        ),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotations.id"],
            name=op.f("fk_annotation_speakers_annotation_id_annotations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_annotation_speakers_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("annotation_id", name=op.f("pk_annotation_speakers")),
    )
    op.create_index(
        op.f("ix_annotation_speakers_person_id"), "annotation_speakers", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_annotation_speakers_person_id"), table_name="annotation_speakers")
    op.drop_table("annotation_speakers")
    op.drop_table("people")
