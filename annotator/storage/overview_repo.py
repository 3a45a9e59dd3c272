"""Aggregates for the Overview charts, computed in SQL (GROUP BY), never by walking annotation rows.

Every read takes the WHERE conditions of ``excerpts_repo.conditions`` (annotations joined with their
sources), so the charts select what the export dialog's filter selects.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from annotator.storage.orm import (
    AnnotationRow,
    AnnotationTagRow,
    LinkRow,
    SourceRow,
    SourceTextRow,
    TagRow,
)

Where = Sequence[ColumnElement[bool]]


def among(annotation_ids: Sequence[int]) -> ColumnElement[bool]:
    """The annotations with these ids. The ids are written into the statement (``literal_execute``), not
    bound one parameter each: a query can hit tens of thousands of passages, past SQLite's limit on bound
    parameters."""
    ids = bindparam("among_ids", sorted(set(annotation_ids)), expanding=True, literal_execute=True)
    return AnnotationRow.id.in_(ids)


def _tag_filter(tag_ids: Sequence[int] | None, facet_id: int | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if tag_ids is not None:
        where.append(AnnotationTagRow.tag_id.in_(list(tag_ids)))
    if facet_id is not None:
        where.append(AnnotationTagRow.tag_id.in_(select(TagRow.id).where(TagRow.facet_id == facet_id)))
    return where


def tag_counts_per_source(
    session: Session, where: Where, *, tag_ids: Sequence[int] | None = None, facet_id: int | None = None
) -> dict[tuple[int, int], int]:
    """(source id, tag id) -> annotations carrying the tag in that source, among those ``where`` selects."""
    query = (
        select(AnnotationRow.source_id, AnnotationTagRow.tag_id, func.count())
        .select_from(AnnotationTagRow)
        .join(AnnotationRow, AnnotationRow.id == AnnotationTagRow.annotation_id)
        .join(SourceRow, SourceRow.id == AnnotationRow.source_id)
        .where(*where, *_tag_filter(tag_ids, facet_id))
        .group_by(AnnotationRow.source_id, AnnotationTagRow.tag_id)
    )
    return {(s, t): n for s, t, n in session.connection().execute(query)}


def tag_totals(
    session: Session, where: Where, *, tag_ids: Sequence[int] | None = None, facet_id: int | None = None
) -> dict[int, int]:
    """tag id -> annotations carrying it, among those ``where`` selects. Without conditions on annotations
    the tag links alone answer (8 ms for 125,000, against 130 ms joined with their annotations and
    sources)."""
    query = select(AnnotationTagRow.tag_id, func.count()).select_from(AnnotationTagRow)
    if where:
        query = query.join(AnnotationRow, AnnotationRow.id == AnnotationTagRow.annotation_id).join(
            SourceRow, SourceRow.id == AnnotationRow.source_id
        )
    query = query.where(*where, *_tag_filter(tag_ids, facet_id)).group_by(AnnotationTagRow.tag_id)
    return {t: n for t, n in session.connection().execute(query)}


def cooccurrences(
    session: Session, where: Where, *, tag_ids: Sequence[int] | None = None, facet_id: int | None = None
) -> dict[tuple[int, int], int]:
    """(lower tag id, higher tag id) -> co-occurrences: pairs of overlapping passages of one source where one
    carries the one tag and the other the other, a passage carrying both tags counting once with itself
    (MAXQDA's code co-occurrence, an annotation with two tags being two coded segments in one place).

    Each unordered pair of distinct annotations {x, y} of one source is met once: y starts inside x (at or
    after x's start, before its end), ties on the start broken by id; that bounds y's start on both sides,
    so the index on (source_id, start_pos) answers it as a short range scan per annotation. Counting pairs
    of tagged passages rather than distinct pairs of annotations needs no DISTINCT over the joined rows
    (which doubled the time on 100,000 annotations).

    An annotation's own pairs of tags are counted apart, from the annotations with two tags or more: met
    in the self-join as the pair (x, x), every annotation was two lookups of its tags for nothing in most
    cases (100,000 of the 141,000 pairs of the benchmark; 277 -> 160 ms of CPU for the whole read).
    """
    x = aliased(AnnotationRow, name="x")
    y = aliased(AnnotationRow, name="y")
    tx = aliased(AnnotationTagRow, name="tx")
    ty = aliased(AnnotationTagRow, name="ty")
    # `where` speaks of AnnotationRow and SourceRow: both ends must pass it.
    selected = select(AnnotationRow.id).join(SourceRow, SourceRow.id == AnnotationRow.source_id).where(*where)

    def of_tags(a: type[AnnotationTagRow], b: type[AnnotationTagRow]) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if tag_ids is not None:
            conditions += [a.tag_id.in_(list(tag_ids)), b.tag_id.in_(list(tag_ids))]
        if facet_id is not None:
            in_facet = select(TagRow.id).where(TagRow.facet_id == facet_id)
            conditions += [a.tag_id.in_(in_facet), b.tag_id.in_(in_facet)]
        return conditions

    # The overlapping pairs first, materialized: left to itself the planner starts from annotation_tags
    # and looks each annotation up by id (0.6-0.7 s on 100,000 annotations against 0.45-0.5 s this way).
    overlapping = (
        select(x.id.label("xid"), y.id.label("yid"))
        .select_from(x)
        .join(
            y,
            and_(
                y.source_id == x.source_id,
                y.start_pos >= x.start_pos,
                y.start_pos < x.end_pos,
                or_(y.start_pos > x.start_pos, y.id > x.id),
            ),
        )
    )
    if where:
        overlapping = overlapping.where(x.id.in_(selected), y.id.in_(selected))
    p = overlapping.cte("overlapping").prefix_with("MATERIALIZED")
    between = (
        select(tx.tag_id, ty.tag_id, func.count())
        .select_from(p)
        .join(tx, tx.annotation_id == p.c.xid)
        .join(ty, ty.annotation_id == p.c.yid)
        .where(tx.tag_id != ty.tag_id, *of_tags(tx, ty))
        .group_by(tx.tag_id, ty.tag_id)
    )
    several = (
        select(AnnotationTagRow.annotation_id.label("id"))
        .group_by(AnnotationTagRow.annotation_id)
        .having(func.count() > 1)
    )
    if where:
        several = several.where(AnnotationTagRow.annotation_id.in_(selected))
    m = several.cte("several").prefix_with("MATERIALIZED")
    within = (
        select(tx.tag_id, ty.tag_id, func.count())
        .select_from(m)
        .join(tx, tx.annotation_id == m.c.id)
        .join(ty, and_(ty.annotation_id == m.c.id, ty.tag_id > tx.tag_id))
        .where(*of_tags(tx, ty))
        .group_by(tx.tag_id, ty.tag_id)
    )
    query = union_all(between, within)
    pairs: dict[tuple[int, int], int] = {}
    for a, b, n in session.connection().execute(query):  # a pair of tags in either order, or twice
        key = (min(a, b), max(a, b))
        pairs[key] = pairs.get(key, 0) + n
    return pairs


def cooccurring_annotations(session: Session, where: Where, a: int, b: int) -> list[int]:
    """The annotations behind one co-occurrence cell: those carrying tag ``a`` that overlap (or are) one
    carrying tag ``b``, and the other way round."""
    x = aliased(AnnotationRow, name="x")
    y = aliased(AnnotationRow, name="y")
    tx = aliased(AnnotationTagRow, name="tx")
    ty = aliased(AnnotationTagRow, name="ty")
    selected = select(AnnotationRow.id).join(SourceRow, SourceRow.id == AnnotationRow.source_id).where(*where)
    query = (
        select(x.id, y.id)
        .select_from(x)
        .join(y, and_(y.source_id == x.source_id, y.start_pos < x.end_pos, y.end_pos > x.start_pos))
        .join(tx, tx.annotation_id == x.id)
        .join(ty, ty.annotation_id == y.id)
        .where(tx.tag_id == a, ty.tag_id == b)
    )
    if where:
        query = query.where(x.id.in_(selected), y.id.in_(selected))
    return sorted({i for row in session.connection().execute(query) for i in row})


def annotations_of(session: Session, where: Where, source_id: int | None, tag_id: int | None) -> list[int]:
    """The annotations behind a bar or a cell: of this source (any, None) carrying this tag (any, None)."""
    query = select(AnnotationRow.id).join(SourceRow, SourceRow.id == AnnotationRow.source_id).where(*where)
    if source_id is not None:
        query = query.where(AnnotationRow.source_id == source_id)
    if tag_id is not None:
        carrying = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id == tag_id)
        query = query.where(AnnotationRow.id.in_(carrying))
    query = query.order_by(AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.id)
    return list(session.connection().execute(query).scalars())


def segments(
    session: Session, where: Where, source_id: int, *, facet_id: int | None = None
) -> list[tuple[int, int, int, int]]:
    """(start, end, tag id, annotation id) of one source's tagged passages, in text order."""
    query = (
        select(AnnotationRow.start_pos, AnnotationRow.end_pos, AnnotationTagRow.tag_id, AnnotationRow.id)
        .select_from(AnnotationTagRow)
        .join(AnnotationRow, AnnotationRow.id == AnnotationTagRow.annotation_id)
        .join(SourceRow, SourceRow.id == AnnotationRow.source_id)
        .where(AnnotationRow.source_id == source_id, *where, *_tag_filter(None, facet_id))
        .order_by(AnnotationRow.start_pos, AnnotationRow.end_pos, AnnotationRow.id, AnnotationTagRow.tag_id)
    )
    return [(a, b, c, d) for a, b, c, d in session.connection().execute(query)]


def source_rows(session: Session, source_ids: Sequence[int] | None = None) -> list[tuple]:  # type: ignore[type-arg]
    """(id, title, kind, date_text, length) of the sources (all, or those named), in title order."""
    query = select(SourceRow.id, SourceRow.title, SourceRow.kind, SourceRow.date_text, SourceRow.length)
    if source_ids:
        query = query.where(SourceRow.id.in_(list(source_ids)))
    query = query.order_by(func.lower(SourceRow.title), SourceRow.id)
    return [tuple(r) for r in session.connection().execute(query)]


def texts(session: Session, source_ids: Sequence[int]) -> dict[int, str]:
    query = select(SourceTextRow.source_id, SourceTextRow.text).where(
        SourceTextRow.source_id.in_(list(source_ids))
    )
    return {s: t for s, t in session.connection().execute(query)}


def annotations_per_source(session: Session, where: Where) -> dict[int, int]:
    query = (
        select(AnnotationRow.source_id, func.count())
        .join(SourceRow, SourceRow.id == AnnotationRow.source_id)
        .where(*where)
        .group_by(AnnotationRow.source_id)
    )
    return {s: n for s, n in session.connection().execute(query)}


def links_between_sources(session: Session, where: Where) -> dict[tuple[int, int, str], int]:
    """(source of end a, source of end b, relation) -> links whose both ends ``where`` selects."""
    a = aliased(AnnotationRow, name="a")
    b = aliased(AnnotationRow, name="b")
    query = (
        select(a.source_id, b.source_id, LinkRow.relation, func.count())
        .select_from(LinkRow)
        .join(a, a.id == LinkRow.a_id)
        .join(b, b.id == LinkRow.b_id)
        .group_by(a.source_id, b.source_id, LinkRow.relation)
    )
    if where:
        selected = (
            select(AnnotationRow.id).join(SourceRow, SourceRow.id == AnnotationRow.source_id).where(*where)
        )
        query = query.where(a.id.in_(selected), b.id.in_(selected))
    return {(x, y, r): n for x, y, r, n in session.connection().execute(query)}


def linked_annotations(session: Session, where: Where, first: int, second: int, relation: str) -> list[int]:
    """The annotations at either end of the links of ``relation`` between two sources (either way)."""
    a = aliased(AnnotationRow, name="a")
    b = aliased(AnnotationRow, name="b")
    query = (
        select(a.id, b.id)
        .select_from(LinkRow)
        .join(a, a.id == LinkRow.a_id)
        .join(b, b.id == LinkRow.b_id)
        .where(
            LinkRow.relation == relation,
            or_(
                and_(a.source_id == first, b.source_id == second),
                and_(a.source_id == second, b.source_id == first),
            ),
        )
    )
    if where:
        selected = (
            select(AnnotationRow.id).join(SourceRow, SourceRow.id == AnnotationRow.source_id).where(*where)
        )
        query = query.where(a.id.in_(selected), b.id.in_(selected))
    return sorted({i for row in session.connection().execute(query) for i in row})


def source_dates(session: Session, source_ids: Sequence[int] | None = None) -> list[tuple]:  # type: ignore[type-arg]
    """(id, date_start, date_end, date_approximate) of the sources (all, or those named)."""
    query = select(SourceRow.id, SourceRow.date_start, SourceRow.date_end, SourceRow.date_approximate)
    if source_ids is not None:
        query = query.where(SourceRow.id.in_(list(source_ids)))
    return [tuple(r) for r in session.connection().execute(query)]
