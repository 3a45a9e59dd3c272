"""Reads for exports: which annotations a filter selects, and the sources, texts and page maps around them.

Everything is read in bulk (one query per kind of thing, chunked under SQLite's bound-parameter limit), so an
export of thousands of excerpts costs a handful of queries, not a few per excerpt.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from annotator.domain.model import Annotation, Link, Relation, Source, SourceKind
from annotator.domain.taxonomy import Taxonomy
from annotator.storage import annotations_repo, links_repo, sources_repo
from annotator.storage.orm import AnnotationRow, AnnotationTagRow, LinkRow, SourceRow, SourceTextRow, TagRow

CHUNK = 500

Passage = tuple[int, int, int, int]  # annotation id, source id, start, end


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def select_passages(
    session: Session,
    *,
    source_ids: Sequence[int] = (),
    tag_groups: Sequence[Sequence[int]] = (),
    match_all: bool = False,
    facet_id: int | None = None,
    relation: Relation | None = None,
    linked: bool = False,
    kind: SourceKind | None = None,
    date_first: str | None = None,
    date_last: str | None = None,
) -> list[Passage]:
    """The passages every given criterion selects, in source and text order.

    ``tag_groups`` holds, for each tag asked for, the tag and its descendants: with ``match_all`` an
    annotation needs one tag of every group, otherwise one tag of any group. Date bounds keep the sources
    whose date range reaches into them; undated sources are left out once a bound is given.
    """
    query = select(AnnotationRow.id, AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.end_pos)
    query = query.join(SourceRow, SourceRow.id == AnnotationRow.source_id)
    if source_ids:
        query = query.where(AnnotationRow.source_id.in_(list(source_ids)))
    groups = [list(g) for g in tag_groups if g]
    if groups:
        if match_all:
            for group in groups:
                carrying = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id.in_(group))
                query = query.where(AnnotationRow.id.in_(carrying))
        else:
            every = sorted({t for g in groups for t in g})
            carrying = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id.in_(every))
            query = query.where(AnnotationRow.id.in_(carrying))
    if facet_id is not None:
        in_facet = (
            select(AnnotationTagRow.annotation_id)
            .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
            .where(TagRow.facet_id == facet_id)
        )
        query = query.where(AnnotationRow.id.in_(in_facet))
    if relation is not None or linked:
        conditions = [LinkRow.relation == relation.value] if relation is not None else []
        query = query.where(
            or_(
                AnnotationRow.id.in_(select(LinkRow.a_id).where(*conditions)),
                AnnotationRow.id.in_(select(LinkRow.b_id).where(*conditions)),
            )
        )
    if kind is not None:
        query = query.where(SourceRow.kind == kind.value)
    if date_first is not None:
        query = query.where(SourceRow.date_end.is_not(None), SourceRow.date_end >= date_first)
    if date_last is not None:
        query = query.where(SourceRow.date_start.is_not(None), SourceRow.date_start <= date_last)
    query = query.order_by(
        AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.end_pos, AnnotationRow.id
    )
    return [(r[0], r[1], r[2], r[3]) for r in session.execute(query)]


def annotations(session: Session, annotation_ids: Sequence[int], taxonomy: Taxonomy) -> list[Annotation]:
    """The annotations with these ids, in the order given."""
    rows: dict[int, AnnotationRow] = {}
    for chunk in _chunks(annotation_ids):
        for row in session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(chunk))):
            rows[row.id] = row
    ordered = [rows[i] for i in annotation_ids if i in rows]
    return annotations_repo.to_domain(session, ordered, taxonomy)


def sources(session: Session, source_ids: Sequence[int]) -> dict[int, Source]:
    """The sources with these ids (without their texts), by id."""
    found: dict[int, Source] = {}
    for chunk in _chunks(list(source_ids)):
        query = select(SourceRow).options(selectinload(SourceRow.original)).where(SourceRow.id.in_(chunk))
        for row in session.scalars(query):
            found[row.id] = sources_repo.to_source(row)
    return found


def all_source_ids(session: Session) -> list[int]:
    return list(session.scalars(select(SourceRow.id).order_by(SourceRow.id)))


def texts(session: Session, source_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(list(source_ids)):
        # Verified against their checksums: an export quotes them as the evidence.
        for source_id, data, digest in session.execute(
            select(
                SourceTextRow.source_id, sources_repo.stored_text_column(session), SourceTextRow.text_sha256
            ).where(SourceTextRow.source_id.in_(chunk))
        ):
            found[source_id] = sources_repo.verified_text(session, source_id, bytes(data), digest)
    return found


def _page_map(value: Any) -> list[tuple[int, str]] | None:
    if not value:
        return None
    pairs = [(int(start), str(label)) for start, label in value]
    return sorted(pairs)


def page_map(session: Session, source_id: int) -> list[tuple[int, str]] | None:
    """Where each page of the source begins, ``[(start_offset, label), ...]``; None for unpaginated text."""
    return _page_map(
        session.scalar(select(SourceTextRow.page_map).where(SourceTextRow.source_id == source_id))
    )


def page_maps(session: Session, source_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """The page maps of those of these sources that have one."""
    found: dict[int, list[tuple[int, str]]] = {}
    for chunk in _chunks(list(source_ids)):
        # No IS NOT NULL in SQL: a JSON column may hold SQL NULL or the JSON value null.
        rows = session.execute(
            select(SourceTextRow.source_id, SourceTextRow.page_map).where(SourceTextRow.source_id.in_(chunk))
        )
        for source_id, value in rows:
            pages = _page_map(value)
            if pages:
                found[source_id] = pages
    return found


def links_touching(session: Session, annotation_ids: Sequence[int]) -> list[Link]:
    """Links with at least one end among these annotations."""
    wanted = set(annotation_ids)
    return [
        link
        for link in links_repo.list_links(session)
        if link.a.annotation_id in wanted or link.b.annotation_id in wanted
    ]


def annotation_uuids(session: Session, annotation_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(list(annotation_ids)):
        for annotation_id, uuid in session.execute(
            select(AnnotationRow.id, AnnotationRow.uuid).where(AnnotationRow.id.in_(chunk))
        ):
            found[annotation_id] = uuid
    return found
