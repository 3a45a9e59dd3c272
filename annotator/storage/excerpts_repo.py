"""Reads for exports: which annotations a filter selects, and the sources, texts and page maps around them.

Everything is read in bulk (one query per kind of thing, chunked under SQLite's bound-parameter limit), so an
export of thousands of excerpts costs a handful of queries, not a few per excerpt.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from annotator.domain.model import Annotation, Link, LinkEnd, Relation, Source, SourceKind
from annotator.domain.records import builder
from annotator.domain.taxonomy import Taxonomy
from annotator.storage import annotations_repo, coders_repo, sources_repo
from annotator.storage.orm import (
    AnnotationRow,
    AnnotationSpeakerRow,
    AnnotationTagRow,
    LinkRow,
    SourceRow,
    SourceTextRow,
    TagRow,
)

CHUNK = 500
# An export reads every link touching its excerpts: without the frozen __init__ (see records.builder).
_build_link = builder(Link)
_build_end = builder(LinkEnd)
_TEXT_ORDER = (AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.end_pos, AnnotationRow.id)

Passage = tuple[int, int, int, int]  # annotation id, source id, start, end


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def conditions(
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
    person_ids: Sequence[int] = (),
    coder_ids: Sequence[int] = (),
) -> list[ColumnElement[bool]]:
    """The WHERE conditions on annotations (joined with their sources) that select what every criterion asks.

    ``tag_groups`` holds, for each tag asked for, the tag and its descendants: with ``match_all`` an
    annotation needs one tag of every group, otherwise one tag of any group. Date bounds keep the sources
    whose date range reaches into them; undated sources are left out once a bound is given.
    """
    where: list[ColumnElement[bool]] = []
    if source_ids:
        where.append(AnnotationRow.source_id.in_(list(source_ids)))
    groups = [list(g) for g in tag_groups if g]
    if groups:
        if match_all:
            for group in groups:
                carrying = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id.in_(group))
                where.append(AnnotationRow.id.in_(carrying))
        else:
            every = sorted({t for g in groups for t in g})
            carrying = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id.in_(every))
            where.append(AnnotationRow.id.in_(carrying))
    if facet_id is not None:
        in_facet = (
            select(AnnotationTagRow.annotation_id)
            .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
            .where(TagRow.facet_id == facet_id)
        )
        where.append(AnnotationRow.id.in_(in_facet))
    if relation is not None or linked:
        on_link = [LinkRow.relation == relation.value] if relation is not None else []
        where.append(
            or_(
                AnnotationRow.id.in_(select(LinkRow.a_id).where(*on_link)),
                AnnotationRow.id.in_(select(LinkRow.b_id).where(*on_link)),
            )
        )
    if person_ids:
        spoken = select(AnnotationSpeakerRow.annotation_id).where(
            AnnotationSpeakerRow.person_id.in_(list(person_ids))
        )
        where.append(AnnotationRow.id.in_(spoken))
    if coder_ids:
        where.append(AnnotationRow.coder_id.in_(list(coder_ids)))
    if kind is not None:
        where.append(SourceRow.kind == kind.value)
    if date_first is not None:
        where += [SourceRow.date_end.is_not(None), SourceRow.date_end >= date_first]
    if date_last is not None:
        where += [SourceRow.date_start.is_not(None), SourceRow.date_start <= date_last]
    return where


def select_passages(session: Session, **criteria: Any) -> list[Passage]:
    """The passages the criteria (see ``conditions``) select, in source and text order."""
    query = (
        select(AnnotationRow.id, AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.end_pos)
        .join(SourceRow, SourceRow.id == AnnotationRow.source_id)
        .where(*conditions(**criteria))
        .order_by(*_TEXT_ORDER)
    )
    # On the connection (Core rows): the ORM's result processing of thousands of rows costs more than SQLite.
    return [(r[0], r[1], r[2], r[3]) for r in session.connection().execute(query).all()]


def select_annotations(session: Session, taxonomy: Taxonomy, **criteria: Any) -> list[Annotation]:
    """The annotations the criteria (see ``conditions``) select, whole, in source and text order.

    One read, where ``select_passages`` and then ``annotations`` read the same rows twice (an export reads
    every excerpt whole; counting and previews need only the passages)."""
    annotations = AnnotationRow.__table__
    connection = session.connection()
    where = conditions(**criteria)
    rows = connection.execute(
        select(*annotations_repo.COLUMNS)
        .select_from(annotations_repo.WITH_SPEAKERS.join(SourceRow, SourceRow.id == annotations.c.source_id))
        .where(*where)
        .order_by(*_TEXT_ORDER)
    ).all()
    ids = [r[0] for r in rows]
    tag_rows = AnnotationTagRow.__table__.c
    tags: dict[int, list[int]] = defaultdict(list)
    found: list[Any]
    if not where:  # every annotation: every tag, without a join
        found = connection.execute(select(tag_rows.annotation_id, tag_rows.tag_id)).all()
    elif len(ids) <= CHUNK:
        found = connection.execute(
            select(tag_rows.annotation_id, tag_rows.tag_id).where(tag_rows.annotation_id.in_(ids))
        ).all()
    else:  # the tags of the sources read: thousands of ids would be named in chunks, one parameter each
        source_ids = list(dict.fromkeys(r[2] for r in rows))
        found = []
        for chunk in _chunks(source_ids):
            found += connection.execute(
                select(tag_rows.annotation_id, tag_rows.tag_id)
                .join(annotations, annotations.c.id == tag_rows.annotation_id)
                .where(annotations.c.source_id.in_(list(chunk)))
            ).all()
    for annotation_id, tag_id in found:
        tags[annotation_id].append(tag_id)
    return annotations_repo.from_rows(rows, tags, taxonomy, coders_repo.by_id(session))




def annotations(session: Session, passages: Sequence[Passage], taxonomy: Taxonomy) -> list[Annotation]:
    """The annotations of these passages, in their order (Core column selects, as the reader's).

    A source of which the passages are a good part is read whole, by its index, and filtered here: cheaper
    than naming thousands of ids in chunks of ``IN (...)``, whose parameters SQLAlchemy expands one by one.
    """
    wanted: dict[int, set[int]] = {}
    for annotation_id, source_id, _, _ in passages:
        wanted.setdefault(source_id, set()).add(annotation_id)
    totals = dict(
        session.connection().execute(
            select(AnnotationRow.source_id, func.count())
            .where(AnnotationRow.source_id.in_(list(wanted)))
            .group_by(AnnotationRow.source_id)
        ).all()
    ) if len(wanted) <= CHUNK else {}
    found: dict[int, Annotation] = {}
    whole: list[int] = []
    by_id: list[int] = []
    for source_id, ids in wanted.items():
        if len(ids) * 4 >= totals.get(source_id, 0) > 0:
            whole.append(source_id)
        else:
            by_id += ids
    for chunk in _chunks(whole):
        listed = annotations_repo.list_annotations(session, taxonomy, source_ids=chunk)
        found.update((a.id, a) for a in listed if a.id in wanted[a.source_id])
    for chunk in _chunks(sorted(by_id)):
        found.update((a.id, a) for a in annotations_repo.list_annotations(session, taxonomy, ids=chunk))
    return [found[p[0]] for p in passages if p[0] in found]


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
    return texts_and_page_maps(session, source_ids)[0]


def texts_and_page_maps(
    session: Session, source_ids: Sequence[int]
) -> tuple[dict[int, str], dict[int, list[tuple[int, str]]]]:
    """The texts of these sources, and the page maps of those that have one (``page_maps``), read at once."""
    found: dict[int, str] = {}
    pages: dict[int, list[tuple[int, str]]] = {}
    for chunk in _chunks(list(source_ids)):
        # Verified against their checksums: an export quotes them as the evidence.
        for source_id, data, digest, page_map in session.execute(
            select(
                SourceTextRow.source_id,
                sources_repo.stored_text_column(session),
                SourceTextRow.text_sha256,
                SourceTextRow.page_map,
            ).where(SourceTextRow.source_id.in_(chunk))
        ):
            found[source_id] = _verified(session, source_id, bytes(data), digest)
            if mapped := _page_map(page_map):
                pages[source_id] = mapped
    return found, pages


# Texts this process has verified: checksum -> (the bytes that matched it, their decoded text), the oldest
# dropped first past _VERIFIED_LIMIT bytes in all.
_verified_texts: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
_VERIFIED_LIMIT = 32_000_000


def _verified(session: Session, source_id: int, data: bytes, digest: str) -> str:
    """``sources_repo.verified_text``, hashing and decoding each text once per process: every export reads
    its sources' texts again (~6 ms for 40 sources; issue 23). Safe as a check still: the bytes just read
    are compared with the bytes that matched this same checksum before, so a text changed or damaged since
    (whatever changed it) differs from them and is hashed again; equal bytes have the same hash and
    decode to the same text."""
    known = _verified_texts.get(digest)
    if known is not None and known[0] == data:
        _verified_texts.move_to_end(digest)
        return known[1]
    text = sources_repo.verified_text(session, source_id, data, digest)
    if len(data) <= _VERIFIED_LIMIT // 4:
        _verified_texts[digest] = (data, text)
        held = sum(len(b) for b, _ in _verified_texts.values())
        while held > _VERIFIED_LIMIT:
            _, (dropped, _) = _verified_texts.popitem(last=False)
            held -= len(dropped)
    return text


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
    """Links with at least one end among these annotations, by link id.

    The pairs of ends of every link are scanned as bare integers (a few milliseconds for 10,000 links) and
    only the links found are read whole, as column tuples: an export of 25 sources' excerpts used to load
    every link of the project as ORM objects, 70 % of its reading time."""
    wanted = set(annotation_ids)
    links = LinkRow.__table__.c
    connection = session.connection()
    ends = connection.execute(select(links.id, links.a_id, links.b_id)).all()
    link_ids = [link_id for link_id, a_id, b_id in ends if a_id in wanted or b_id in wanted]
    a, b = AnnotationRow.__table__.alias("a"), AnnotationRow.__table__.alias("b")
    columns = (
        links.id,
        links.uuid,
        links.relation,
        links.note,
        type_coerce(links.created_at, String),
        type_coerce(links.modified_at, String),
        *(end.c[name] for end in (a, b) for name in ("id", "source_id", "start_pos", "end_pos", "exact")),
    )
    query = select(*columns).join(a, a.c.id == links.a_id).join(b, b.c.id == links.b_id)
    rows: list[Any] = []
    if len(link_ids) * 2 >= len(ends):  # most of them: all in one query, rather than naming each
        found = set(link_ids)
        rows = [r for r in connection.execute(query).all() if r[0] in found]
    else:
        for chunk in _chunks(link_ids):
            rows += connection.execute(query.where(links.id.in_(list(chunk)))).all()
    # Positional, in the fields' order (id, uuid, relation, note, a, b, created_at, modified_at, coder,
    # version), without the frozen __init__ (records.builder): cheaper.
    return [
        _build_link(
            r[0],
            r[1],
            Relation(r[2]),
            r[3],
            _build_end(r[6], r[7], r[8], r[9], r[10]),
            _build_end(r[11], r[12], r[13], r[14], r[15]),
            annotations_repo.stored_utc(r[4]),
            annotations_repo.stored_utc(r[5]),
            None,  # coder: an export names who made the excerpts, not the links
            1,  # version: read for display only, never written back
        )
        for r in sorted(rows, key=lambda r: r[0])
    ]


def annotation_uuids(session: Session, annotation_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(list(annotation_ids)):
        for annotation_id, uuid in session.execute(
            select(AnnotationRow.id, AnnotationRow.uuid).where(AnnotationRow.id.in_(chunk))
        ):
            found[annotation_id] = uuid
    return found
