"""ORM models of a project file.

The schema is created and changed only by the Alembic migrations in ``db/``; a test checks that these
models and the migration head agree. Keep everything portable to PostgreSQL: no SQLite-only types or SQL,
CHECK constraints instead of database enums, names from the naming convention.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RELATIONS = ("corroborates", "contradicts", "cites", "paraphrases", "same-event")
KINDS = ("primary", "secondary", "tertiary")
PERSON_KINDS = ("person", "body")
SPEAKER_ROLES = ("author", "quoted", "cited", "commenter")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProjectMeta(Base):
    """Key/value facts about the project: its uuid, name, and the change generation counter."""

    __tablename__ = "project_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SourceRow(Base):
    __tablename__ = "sources"
    __table_args__ = (
        CheckConstraint(f"kind IS NULL OR kind IN ({', '.join(repr(k) for k in KINDS)})", name="kind"),
        CheckConstraint(
            "reliability_rating IS NULL OR (reliability_rating BETWEEN 1 AND 5)", name="reliability_rating"
        ),
        CheckConstraint("length >= 0", name="length"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    authors: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    date_text: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    date_start: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_approximate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    kind: Mapped[str | None] = mapped_column(String(16))
    genre: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    publisher: Mapped[str] = mapped_column(Text, nullable=False, default="")
    url: Mapped[str] = mapped_column(Text, nullable=False, default="")
    language: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    date_accessed: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    archive: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archival_collection: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archival_file: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archival_folio: Mapped[str] = mapped_column(Text, nullable=False, default="")
    provenance_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reliability_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reliability_rating: Mapped[int | None] = mapped_column(Integer)
    # The reference's CSL fields (since 0009; see SourceMetadata).
    item_type: Mapped[str] = mapped_column(String(40), nullable=False, default="", server_default="")
    container_title: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    publisher_place: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    volume: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    issue: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    page: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    edition: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")
    editors: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list, server_default="[]")
    translators: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list, server_default="[]")
    doi: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default="")
    isbn: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    archive_location: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    call_number: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    original_date: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    extra: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    length: Mapped[int] = mapped_column(Integer, nullable=False)
    encoding: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    original: Mapped[SourceFileRow] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )
    body: Mapped[SourceTextRow] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class SourceTextRow(Base):
    """A source's normalized text, written once at import and never updated, with its page layout.

    A table of its own since 0003. In ``sources`` the text (often megabytes, stored in overflow pages) sat
    before ``length`` and the times, and SQLite walks a value's overflow chain to reach the columns after
    it: listing 10 one-megabyte sources took 3.7 ms instead of 0.05, every search paid that per source.
    """

    __tablename__ = "source_texts"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    # Importers of paged documents (PDF) store where each page starts, for citations by page.
    page_map: Mapped[list[Any] | None] = mapped_column(JSON)
    # SHA-256 (hex) of the text's UTF-8 bytes, verified on every whole read and by a full check (since
    # 0004): SQLite's own checks see the file's structure only, never a changed letter. '' (the default the
    # migration needs) matches no text, so a row written without it reads as damaged.
    text_sha256: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")

    source: Mapped[SourceRow] = relationship(back_populates="body")


class SourceFileRow(Base):
    """The original file's bytes, kept apart from the metadata so lists never load them."""

    __tablename__ = "source_files"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    # Not unique since 0002: a new version of a source may be the same file imported with other options.
    # The import service still refuses identical bytes as a duplicate otherwise.
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    source: Mapped[SourceRow] = relationship(back_populates="original")


class SourceImportRow(Base):
    """How a source came to be: which source it is a new version of, and the report of its import.

    A table of its own rather than columns of ``sources``: SQLite cannot add a foreign key to an existing
    table without copying it, and copying ``sources`` would cascade-delete its annotations. Sources from
    before 0002 have no row here (version 1, no report).
    """

    __tablename__ = "source_imports"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    previous_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # The import report: format, options, what cleaning changed, re-anchoring counts (JSON object).
    report: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)


class SourceStructureRow(Base):
    """The structure detected in a source's text (since 0005): derived, recomputable, versioned.

    ``marks`` is a JSON list of ``[kind, start, end, label, target_start, target_end]``; ``version`` is the
    detectors' version that made them: a row of another version is recomputed when next read.
    """

    __tablename__ = "source_structure"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    marks: Mapped[list[Any]] = mapped_column(JSON, nullable=False)


class SourceEvidenceRow(Base):
    """The evidence detected in a source's text (since 0006): derived, recomputable, versioned.

    ``items`` is a JSON list of the detected citations, quotations and other voices; ``version`` is the
    evidence detectors' version and ``structure_version`` the version of the structure marks they read: a
    row made by other detectors or from other marks is recomputed when next read.
    """

    __tablename__ = "source_evidence"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    structure_version: Mapped[int] = mapped_column(Integer, nullable=False)
    items: Mapped[list[Any]] = mapped_column(JSON, nullable=False)


class EvidenceDecisionRow(Base):
    """The historian's decision on one detected item (since 0006): accepted (with the annotation made) or
    rejected. Keyed by the item's stable key, not by a row of ``source_evidence``, so it outlives the
    recomputation of the evidence as long as the text the item spans is the same."""

    __tablename__ = "evidence_decisions"
    __table_args__ = (CheckConstraint("state IN ('accepted', 'rejected')", name="state"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="SET NULL"), index=True
    )
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class SourceFiguresRow(Base):
    """The figures and dated statements detected in a source's text (since 0008): derived, recomputable,
    versioned like ``SourceEvidenceRow``: ``version`` is the detectors' and ``structure_version`` that of the
    marks they read."""

    __tablename__ = "source_figures"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    structure_version: Mapped[int] = mapped_column(Integer, nullable=False)
    figures: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    dates: Mapped[list[Any]] = mapped_column(JSON, nullable=False)


class FacetRow(Base):
    __tablename__ = "facets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    slug: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    color: Mapped[str] = mapped_column(String(7), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class TagRow(Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("facet_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    facet_id: Mapped[int] = mapped_column(ForeignKey("facets.id"), nullable=False, index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id"), index=True)
    slug: Mapped[str] = mapped_column(String(100), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    color: Mapped[str] = mapped_column(String(7), nullable=False)
    shortcut: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AnnotationTagRow(Base):
    __tablename__ = "annotation_tags"

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True, index=True)


class CoderRow(Base):
    """Someone who annotates the project (since 0010): ``login`` is who they are to the database (the OS user
    of a SQLite project, the database user on a server), ``name`` how they are shown ('' shows the login),
    ``color`` their mark in the reader's margin."""

    __tablename__ = "coders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    login: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    color: Mapped[str] = mapped_column(String(7), nullable=False)


class AnnotationRow(Base):
    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint("start_pos >= 0 AND start_pos < end_pos", name="range"),
        CheckConstraint("confidence IS NULL OR (confidence BETWEEN 1 AND 5)", name="confidence"),
        Index("ix_annotations_source_start", "source_id", "start_pos"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), nullable=False)
    # Offsets in Unicode code points of the source's stored text; end is exclusive.
    start_pos: Mapped[int] = mapped_column(Integer, nullable=False)
    end_pos: Mapped[int] = mapped_column(Integer, nullable=False)
    exact: Mapped[str] = mapped_column(Text, nullable=False)
    prefix: Mapped[str] = mapped_column(Text, nullable=False, default="")
    suffix: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    confidence: Mapped[int | None] = mapped_column(Integer)
    evidence_ref: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # Who made it (since 0010; nullable only because SQLite adds a referencing column so), and how many
    # edits it has had: an update names the version it read, so a concurrent edit is caught, not lost.
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")


class PersonRow(Base):
    """Someone a historian names as a speaker (since 0007): a person or a body (a committee, a newspaper).

    ``name_key`` is the name case-folded with its spaces collapsed (``domain.people.name_key``), unique:
    SQLite's NOCASE folds ASCII only and PostgreSQL has none.
    """

    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint(f"kind IN ({', '.join(repr(k) for k in PERSON_KINDS)})", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    name_key: Mapped[str] = mapped_column(String(400), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class AnnotationSpeakerRow(Base):
    """Who speaks in an annotated passage, and as what (since 0007).

    A table of its own rather than columns of ``annotations``: SQLite cannot drop a column with a foreign
    key without copying the table (which cascades), and a role never exists without its person. Deleting
    the person deletes the row: their annotations are left without a speaker.
    """

    __tablename__ = "annotation_speakers"
    __table_args__ = (
        CheckConstraint(f"role IN ({', '.join(repr(r) for r in SPEAKER_ROLES)})", name="role"),
    )

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)


class LinkRow(Base):
    __tablename__ = "links"
    __table_args__ = (
        CheckConstraint("a_id <> b_id", name="distinct_ends"),
        CheckConstraint(f"relation IN ({', '.join(repr(r) for r in RELATIONS)})", name="relation"),
        UniqueConstraint("a_id", "b_id", "relation"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    a_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    b_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    relation: Mapped[str] = mapped_column(String(32), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    # As on annotations (since 0010); the ORM's own version counter: each flush of a change is
    # ``UPDATE … WHERE id = ? AND version = ?`` and raises StaleDataError when another writer came first.
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
