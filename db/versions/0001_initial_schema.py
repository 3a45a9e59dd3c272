"""Initial schema: sources and their files, taxonomy, annotations, links, project facts.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 00:00:30.074394
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "facets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facets")),
        sa.UniqueConstraint("slug", name=op.f("uq_facets_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_facets_uuid")),
    )
    op.create_table(
        "project_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_project_meta")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("authors", sa.JSON(), nullable=False),
        sa.Column("date_text", sa.String(length=200), nullable=False),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_approximate", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("genre", sa.String(length=100), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("date_accessed", sa.String(length=10), nullable=False),
        sa.Column("archive", sa.Text(), nullable=False),
        sa.Column("archival_collection", sa.Text(), nullable=False),
        sa.Column("archival_file", sa.Text(), nullable=False),
        sa.Column("archival_folio", sa.Text(), nullable=False),
        sa.Column("provenance_note", sa.Text(), nullable=False),
        sa.Column("reliability_note", sa.Text(), nullable=False),
        sa.Column("reliability_rating", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=False),
        sa.Column("page_map", sa.JSON(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IS NULL OR kind IN ('primary', 'secondary', 'tertiary')", name=op.f("ck_sources_kind")
        ),
        sa.CheckConstraint("length >= 0", name=op.f("ck_sources_length")),
        sa.CheckConstraint(
            "reliability_rating IS NULL OR (reliability_rating BETWEEN 1 AND 5)",
            name=op.f("ck_sources_reliability_rating"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sources_uuid")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_date_start"), ["date_start"], unique=False)

    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("start_pos", sa.Integer(), nullable=False),
        sa.Column("end_pos", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.Text(), nullable=False),
        sa.Column("suffix", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("evidence_ref", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "confidence IS NULL OR (confidence BETWEEN 1 AND 5)", name=op.f("ck_annotations_confidence")
        ),
        sa.CheckConstraint("start_pos >= 0 AND start_pos < end_pos", name=op.f("ck_annotations_range")),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_annotations_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_annotations_uuid")),
    )
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.create_index("ix_annotations_source_start", ["source_id", "start_pos"], unique=False)

    op.create_table(
        "source_files",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_files_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_files")),
        sa.UniqueConstraint("sha256", name=op.f("uq_source_files_sha256")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("facet_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.Column("shortcut", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["facet_id"], ["facets.id"], name=op.f("fk_tags_facet_id_facets")),
        sa.ForeignKeyConstraint(["parent_id"], ["tags.id"], name=op.f("fk_tags_parent_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("facet_id", "slug", name=op.f("uq_tags_facet_id_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tags_uuid")),
    )
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tags_facet_id"), ["facet_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tags_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "annotation_tags",
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotations.id"],
            name=op.f("fk_annotation_tags_annotation_id_annotations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_annotation_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("annotation_id", "tag_id", name=op.f("pk_annotation_tags")),
    )
    with op.batch_alter_table("annotation_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_annotation_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "relation IN ('corroborates', 'contradicts', 'cites', 'paraphrases', 'same-event')",
            name=op.f("ck_links_relation"),
        ),
        sa.CheckConstraint("a_id <> b_id", name=op.f("ck_links_distinct_ends")),
        sa.ForeignKeyConstraint(
            ["a_id"], ["annotations.id"], name=op.f("fk_links_a_id_annotations"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["b_id"], ["annotations.id"], name=op.f("fk_links_b_id_annotations"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
        sa.UniqueConstraint("a_id", "b_id", "relation", name=op.f("uq_links_a_id_b_id_relation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_links_uuid")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_a_id"), ["a_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_b_id"), ["b_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_b_id"))
        batch_op.drop_index(batch_op.f("ix_links_a_id"))

    op.drop_table("links")
    with op.batch_alter_table("annotation_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annotation_tags_tag_id"))

    op.drop_table("annotation_tags")
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tags_parent_id"))
        batch_op.drop_index(batch_op.f("ix_tags_facet_id"))

    op.drop_table("tags")
    op.drop_table("source_files")
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_source_start")

    op.drop_table("annotations")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_date_start"))

    op.drop_table("sources")
    op.drop_table("project_meta")
    op.drop_table("facets")
