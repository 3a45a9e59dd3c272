"""Annotations and their tags: rows <-> domain records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, bindparam, delete, func, insert, select, type_coerce
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from annotator.domain.anchors import QuoteSelector
from annotator.domain.coders import Coder
from annotator.domain.errors import EditConflict, NotFound, NotPermitted
from annotator.domain.model import Annotation, PersonKind, Speaker, SpeakerRole, TagRef
from annotator.domain.records import builder
from annotator.domain.taxonomy import Taxonomy
from annotator.storage import coders_repo, dialects, people_repo, taxonomy_repo
from annotator.storage.orm import (
    AnnotationRow,
    AnnotationSpeakerRow,
    AnnotationTagRow,
    PersonRow,
    UTCDateTime,
    utcnow,
)


def _tag_ids_by_annotation(session: Session, annotation_ids: Sequence[int]) -> dict[int, list[int]]:
    result: dict[int, list[int]] = defaultdict(list)
    # Chunked: SQLite limits the number of bound parameters in one statement.
    for i in range(0, len(annotation_ids), 500):
        chunk = annotation_ids[i : i + 500]
        rows = session.execute(
            select(AnnotationTagRow.annotation_id, AnnotationTagRow.tag_id).where(
                AnnotationTagRow.annotation_id.in_(chunk)
            )
        )
        for annotation_id, tag_id in rows:
            result[annotation_id].append(tag_id)
    return result


def _to_annotation(
    row: AnnotationRow,
    tag_refs: tuple[TagRef, ...],
    speaker: Speaker | None = None,
    coders: Mapping[int, Coder] | None = None,
) -> Annotation:
    return Annotation(
        id=row.id,
        uuid=row.uuid,
        source_id=row.source_id,
        start=row.start_pos,
        end=row.end_pos,
        quote=QuoteSelector(row.exact, row.prefix, row.suffix),
        note=row.note,
        confidence=row.confidence,
        evidence_ref=row.evidence_ref,
        tags=tag_refs,
        created_at=row.created_at,
        modified_at=row.modified_at,
        speaker=speaker,
        coder=None if row.coder_id is None or coders is None else coders.get(row.coder_id),
        version=row.version,
    )


_build_annotation = builder(Annotation)
_build_quote = builder(QuoteSelector)


class _TagRefs:
    """Tag id -> TagRef and display order, computed once per listing rather than once per annotation.

    Results are memoized by the tag ids as read: thousands of annotations share a few dozen tag sets, so a
    listing sorts each set once."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        facet_order = {f.id: f.position for f in taxonomy.facets}
        self._refs = {t.id: taxonomy.ref(t) for t in taxonomy.tags}
        self._order = {t.id: (facet_order.get(t.facet_id, 0), t.position, t.id) for t in taxonomy.tags}
        self._memo: dict[tuple[int, ...], tuple[TagRef, ...]] = {(): ()}

    def __call__(self, tag_ids: Iterable[int]) -> tuple[TagRef, ...]:
        key = tuple(tag_ids)
        found = self._memo.get(key)
        if found is None:
            known = [t for t in key if t in self._refs]
            found = self._memo[key] = tuple(self._refs[t] for t in sorted(known, key=self._order.__getitem__))
        return found


def _refs(taxonomy: Taxonomy, tag_ids: Iterable[int]) -> tuple[TagRef, ...]:
    return _TagRefs(taxonomy)(tag_ids)


def to_domain(session: Session, rows: Sequence[AnnotationRow], taxonomy: Taxonomy) -> list[Annotation]:
    tag_ids = _tag_ids_by_annotation(session, [r.id for r in rows])
    refs = _TagRefs(taxonomy)
    speakers = people_repo.speakers(session, [r.id for r in rows])
    coders = coders_repo.by_id(session)
    return [_to_annotation(r, refs(tag_ids.get(r.id, ())), speakers.get(r.id), coders) for r in rows]


_ANNOTATIONS = AnnotationRow.__table__
_ANNOTATION_TAGS = AnnotationTagRow.__table__
# The times as the text SQLite stores (type_coerce: no per-row TypeDecorator); ``stored_utc`` parses them.
_COLUMNS = (
    _ANNOTATIONS.c.id,
    _ANNOTATIONS.c.uuid,
    _ANNOTATIONS.c.source_id,
    _ANNOTATIONS.c.start_pos,
    _ANNOTATIONS.c.end_pos,
    _ANNOTATIONS.c.exact,
    _ANNOTATIONS.c.prefix,
    _ANNOTATIONS.c.suffix,
    _ANNOTATIONS.c.note,
    _ANNOTATIONS.c.confidence,
    _ANNOTATIONS.c.evidence_ref,
    type_coerce(_ANNOTATIONS.c.created_at, String),
    type_coerce(_ANNOTATIONS.c.modified_at, String),
)
_SPEAKERS = AnnotationSpeakerRow.__table__
_PEOPLE = PersonRow.__table__
# Who speaks (since 0007), by an outer join: most annotations have no speaker.
_SPEAKER_COLUMNS = (_PEOPLE.c.id, _PEOPLE.c.name, _SPEAKERS.c.role, _PEOPLE.c.kind)
# Its edit count and who made it (since 0010): the coder's id only, looked up in the few coders of the
# project (``coders_repo.by_id``), cheaper than joining the coders table to every row.
_CODER_COLUMNS = (_ANNOTATIONS.c.version, _ANNOTATIONS.c.coder_id)
_WITH_SPEAKERS = _ANNOTATIONS.outerjoin(_SPEAKERS, _SPEAKERS.c.annotation_id == _ANNOTATIONS.c.id).outerjoin(
    _PEOPLE, _PEOPLE.c.id == _SPEAKERS.c.person_id
)


class _Speakers:
    """Speaker records of one listing, one per (person, role): a book quotes the same few people often."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, str], Speaker] = {}

    def __call__(self, person_id: int | None, name: str, role: str, kind: str) -> Speaker | None:
        if person_id is None:
            return None
        found = self._memo.get((person_id, role))
        if found is None:
            found = self._memo[(person_id, role)] = Speaker(
                person_id, name, SpeakerRole(role), PersonKind(kind)
            )
        return found


def stored_utc(value: str | datetime) -> datetime:
    """A UTC time as SQLite stores it ("2026-01-02 03:04:05.678901", zone dropped) -> an aware datetime.

    ``fromisoformat`` of the text with the zone appended is C code and ~8× cheaper than the column type's
    parse-then-replace, which is what listing 5,000 annotations spent its time on."""
    if isinstance(value, datetime):  # a backend that returns datetimes itself
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    try:
        return datetime.fromisoformat(value + "+00:00")
    except ValueError:  # written with a zone already (not by us): parse it as it is
        parsed = datetime.fromisoformat(value)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def list_annotations(
    session: Session,
    taxonomy: Taxonomy,
    *,
    source_id: int | None = None,
    tag_ids: Sequence[int] | None = None,
    ids: Sequence[int] | None = None,
    source_ids: Sequence[int] | None = None,
    span: tuple[int, int] | None = None,
    overlapping: tuple[int, int] | None = None,
    coder_ids: Sequence[int] | None = None,
) -> list[Annotation]:
    """Annotations in text order, by Core column selects on the session's connection: the reader lists
    thousands at a time, and the ORM's result machinery and the column type's date parsing cost 5× what
    SQLite does. ``span`` keeps those with exactly that range (start, end); ``overlapping`` those that
    share at least one character with the range [start, end) (the reader's first screen)."""
    conditions = []
    if overlapping is not None:
        conditions += [_ANNOTATIONS.c.start_pos < overlapping[1], _ANNOTATIONS.c.end_pos > overlapping[0]]
    if source_id is not None:
        conditions.append(_ANNOTATIONS.c.source_id == source_id)
    if span is not None:
        conditions += [_ANNOTATIONS.c.start_pos == span[0], _ANNOTATIONS.c.end_pos == span[1]]
    if source_ids is not None:
        conditions.append(_ANNOTATIONS.c.source_id.in_(list(source_ids)))
    if tag_ids is not None:
        conditions.append(
            _ANNOTATIONS.c.id.in_(
                select(_ANNOTATION_TAGS.c.annotation_id).where(_ANNOTATION_TAGS.c.tag_id.in_(tag_ids))
            )
        )
    if ids is not None:
        if not ids:
            return []
        conditions.append(_ANNOTATIONS.c.id.in_(list(ids)))
    if coder_ids is not None:
        conditions.append(_ANNOTATIONS.c.coder_id.in_(list(coder_ids)))
    connection = session.connection()
    a = _ANNOTATIONS.c
    rows = connection.execute(
        select(*_COLUMNS, *_SPEAKER_COLUMNS, *_CODER_COLUMNS)
        .select_from(_WITH_SPEAKERS)
        .where(*conditions)
        .order_by(a.source_id, a.start_pos, a.end_pos, a.id)
    ).all()
    tags: dict[int, list[int]] = defaultdict(list)
    tag_rows = connection.execute(
        select(_ANNOTATION_TAGS.c.annotation_id, _ANNOTATION_TAGS.c.tag_id)
        .join(_ANNOTATIONS, _ANNOTATIONS.c.id == _ANNOTATION_TAGS.c.annotation_id)
        .where(*conditions)
    ).all()
    for annotation_id, tag_id in tag_rows:
        tags[annotation_id].append(tag_id)
    return from_rows(rows, tags, taxonomy, coders_repo.by_id(session))


# What ``from_rows`` reads, in this order, from ``WITH_SPEAKERS`` (for a caller with its own conditions).
COLUMNS = (*_COLUMNS, *_SPEAKER_COLUMNS, *_CODER_COLUMNS)
WITH_SPEAKERS = _WITH_SPEAKERS


def from_rows(
    rows: Iterable[Sequence[Any]],
    tags: Mapping[int, Sequence[int]],
    taxonomy: Taxonomy,
    coders: Mapping[int, Coder],
) -> list[Annotation]:
    """Annotations from rows of ``COLUMNS``, with the tag ids of each (by annotation id) and the project's
    coders (``coders_repo.by_id``)."""
    refs = _TagRefs(taxonomy)
    speaker = _Speakers()
    coder = coders.get
    no_tags: tuple[int, ...] = ()
    # Positional, in the fields' order, without the frozen __init__ (see records.builder): keyword arguments
    # made building 5,000 of them ~2.5× slower, and the frozen __init__ cost as much as SQLite's reading.
    return [
        _build_annotation(
            r[0],  # id
            r[1],  # uuid
            r[2],  # source_id
            r[3],  # start
            r[4],  # end
            _build_quote(r[5], r[6], r[7]),
            r[8],  # note
            r[9],  # confidence
            r[10],  # evidence_ref
            refs(tags.get(r[0], no_tags)),
            (created := stored_utc(r[11])),  # created_at
            created if r[12] == r[11] else stored_utc(r[12]),  # modified_at: most were never edited
            None if r[13] is None else speaker(r[13], r[14], r[15], r[16]),  # most have no speaker
            None if r[18] is None else coder(r[18]),
            r[17],  # version
        )
        for r in rows
    ]


def count_annotations(session: Session, source_id: int) -> int:
    """How many annotations the source has (one indexed count, no rows read)."""
    query = select(func.count()).select_from(_ANNOTATIONS).where(_ANNOTATIONS.c.source_id == source_id)
    return int(session.connection().execute(query).scalar_one())


def get_row(session: Session, annotation_id: int) -> AnnotationRow:
    row = session.get(AnnotationRow, annotation_id)
    if row is None:
        raise NotFound(f"no annotation with id {annotation_id} (see `annotator annotations`)")
    return row


def get(session: Session, annotation_id: int, taxonomy: Taxonomy) -> Annotation:
    found = list_annotations(session, taxonomy, ids=[annotation_id])
    if not found:
        raise NotFound(f"no annotation with id {annotation_id} (see `annotator annotations`)")
    return found[0]


def list_rows(
    session: Session, *, source_id: int | None = None, tag_ids: Sequence[int] | None = None
) -> list[AnnotationRow]:
    query = select(AnnotationRow)
    if source_id is not None:
        query = query.where(AnnotationRow.source_id == source_id)
    if tag_ids is not None:
        query = query.where(
            AnnotationRow.id.in_(
                select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id.in_(tag_ids))
            )
        )
    query = query.order_by(
        AnnotationRow.source_id, AnnotationRow.start_pos, AnnotationRow.end_pos, AnnotationRow.id
    )
    return list(session.scalars(query))


def add(
    session: Session,
    taxonomy: Taxonomy,
    *,
    uuid: str,
    source_id: int,
    start: int,
    end: int,
    quote: QuoteSelector,
    note: str,
    confidence: int | None,
    evidence_ref: str,
    tag_ids: Sequence[int],
    annotation_id: int | None = None,
    created_at: datetime | None = None,
    modified_at: datetime | None = None,
    coder_id: int | None = None,
    version: int = 1,
) -> Annotation:
    """Insert an annotation with its tags and return it (Core inserts: this is the hot path of tagging).
    ``coder_id`` None: the current coder's."""
    now = utcnow()
    if coder_id is None:
        coder_id = coders_repo.current_id(session)
    values = {
        "uuid": uuid,
        "source_id": source_id,
        "start_pos": start,
        "end_pos": end,
        "exact": quote.exact,
        "prefix": quote.prefix,
        "suffix": quote.suffix,
        "note": note,
        "confidence": confidence,
        "evidence_ref": evidence_ref,
        "created_at": created_at or now,
        "modified_at": modified_at or now,
        "coder_id": coder_id,
        "version": version,
    }
    if annotation_id is not None:
        values["id"] = annotation_id
    new_id = session.execute(insert(AnnotationRow).values(**values)).inserted_primary_key[0]
    unique_tags = list(dict.fromkeys(tag_ids))
    if unique_tags:
        session.execute(
            insert(AnnotationTagRow), [{"annotation_id": new_id, "tag_id": t} for t in unique_tags]
        )
    return Annotation(
        id=new_id,
        uuid=uuid,
        source_id=source_id,
        start=start,
        end=end,
        quote=quote,
        note=note,
        confidence=confidence,
        evidence_ref=evidence_ref,
        tags=_refs(taxonomy, unique_tags),
        created_at=values["created_at"],
        modified_at=values["modified_at"],
        coder=_coder(session, coder_id),
        version=version,
    )


def _coder(session: Session, coder_id: int) -> Coder | None:
    return coders_repo.coder(session, coder_id)


@dataclass(frozen=True, slots=True)
class NewAnnotation:
    """One annotation of a batch for ``add_many``: the quote is read by the caller, once per source."""

    uuid: str
    source_id: int
    start: int
    end: int
    quote: QuoteSelector
    note: str = ""
    confidence: int | None = None
    evidence_ref: str = ""
    tag_ids: Sequence[int] = ()
    coder_id: int | None = None  # None: the current coder


def add_many(session: Session, taxonomy: Taxonomy, new: Sequence[NewAnnotation]) -> list[Annotation]:
    """Insert a batch of annotations with their tags, in the caller's transaction; returns them in order.

    Two executemany Core inserts (the annotations, then their tags) instead of
    two statements per annotation: tagging hundreds of search hits or importing a coded ``.qdpx`` costs
    what SQLite does. The times are bound as the text SQLAlchemy's SQLite DateTime writes, so the rows are
    the same as ``add``'s without a TypeDecorator call per value."""
    if not new:
        return []
    if session.get_bind().dialect.name != "sqlite":
        # The ids and the time text below are SQLite's ways; elsewhere, the portable row-by-row insert.
        return [
            add(
                session,
                taxonomy,
                uuid=a.uuid,
                source_id=a.source_id,
                start=a.start,
                end=a.end,
                quote=a.quote,
                note=a.note,
                confidence=a.confidence,
                evidence_ref=a.evidence_ref,
                tag_ids=a.tag_ids,
                coder_id=a.coder_id,
            )
            for a in new
        ]
    current_coder = coders_repo.current_id(session)
    coders = coders_repo.by_id(session)
    now = utcnow()
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    # The ids are given, as SQLite would (the largest + 1; the table has no AUTOINCREMENT), and the write
    # transaction keeps them ours: with RETURNING instead, SQLAlchemy sends a statement per row to know
    # which id is whose, and the batch costs 4× more.
    first = (session.connection().execute(select(func.max(_ANNOTATIONS.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(new)))
    session.connection().execute(
        insert(_ANNOTATIONS).values(
            created_at=type_coerce(bindparam("stamp"), String),
            modified_at=type_coerce(bindparam("stamp"), String),
        ),
        [
            {
                "id": new_id,
                "uuid": a.uuid,
                "source_id": a.source_id,
                "start_pos": a.start,
                "end_pos": a.end,
                "exact": a.quote.exact,
                "prefix": a.quote.prefix,
                "suffix": a.quote.suffix,
                "note": a.note,
                "confidence": a.confidence,
                "evidence_ref": a.evidence_ref,
                "coder_id": a.coder_id or current_coder,
                "stamp": stamp,
            }
            for new_id, a in zip(ids, new, strict=True)
        ],
    )
    unique_tags = [list(dict.fromkeys(a.tag_ids)) for a in new]
    tag_rows = [
        {"annotation_id": new_id, "tag_id": t}
        for new_id, tags in zip(ids, unique_tags, strict=True)
        for t in tags
    ]
    if tag_rows:
        session.connection().execute(insert(_ANNOTATION_TAGS), tag_rows)
    refs = _TagRefs(taxonomy)
    return [
        Annotation(
            id=new_id,
            uuid=a.uuid,
            source_id=a.source_id,
            start=a.start,
            end=a.end,
            quote=a.quote,
            note=a.note,
            confidence=a.confidence,
            evidence_ref=a.evidence_ref,
            tags=refs(tags),
            created_at=now,
            modified_at=now,
            coder=coders.get(a.coder_id or current_coder),
        )
        for new_id, a, tags in zip(ids, new, unique_tags, strict=True)
    ]


def at_ranges(
    session: Session, taxonomy: Taxonomy, source_id: int, ranges: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Annotation]:
    """The source's annotations with exactly these ranges, by range (of several on one range, the newest):
    a decision on one proposal reads the annotations it may touch, not the thousands a book has."""
    wanted = set(ranges)
    if len(wanted) == 1:
        (span,) = wanted
        found = list_annotations(session, taxonomy, source_id=source_id, span=span)
    else:
        a = _ANNOTATIONS.c
        query = select(a.id, a.start_pos, a.end_pos).where(a.source_id == source_id)
        rows = session.connection().execute(query)
        ids = [i for i, start, end in rows if (start, end) in wanted]
        found = []
        for i in range(0, len(ids), 10_000):  # within SQLite's limit of values bound in one statement
            found += list_annotations(session, taxonomy, ids=ids[i : i + 10_000])
        found.sort(key=lambda n: (n.start, n.end, n.id))
    return {(n.start, n.end): n for n in found}


def delete_rows(session: Session, annotation_ids: Sequence[int]) -> None:
    """Delete these annotations (their tags, speakers and links go by the foreign keys' cascade), a few
    statements for a batch instead of one a row."""
    ids = list(annotation_ids)
    deleted = 0
    for i in range(0, len(ids), 500):
        batch = ids[i : i + 500]
        deleted += session.execute(delete(AnnotationRow).where(AnnotationRow.id.in_(batch))).rowcount
    if deleted < len(set(ids)) and session.get_bind().dialect.name == "postgresql":
        # On a team server row-level security hides another coder's rows from a coder's DELETE.
        kept = session.connection().execute(select(_ANNOTATIONS.c.id).where(_ANNOTATIONS.c.id.in_(ids)))
        kept = kept.first()
        if kept is not None:
            raise _not_yours(session, kept[0])


def restore_many(session: Session, taxonomy: Taxonomy, annotations: Sequence[Annotation]) -> None:
    """Put deleted annotations back as they were — ids, uuids, times, quotes and the tags still in the
    taxonomy, not their speakers — in two executemany inserts (the redo of a batch made by ``add_many``)."""
    if not annotations:
        return

    def stamp(value: datetime) -> str:  # as ``add_many`` binds it: the text SQLite's DateTime stores
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    current_coder = coders_repo.current_id(session)

    session.connection().execute(
        insert(_ANNOTATIONS).values(
            created_at=dialects.text_bind(session, "created", UTCDateTime()),
            modified_at=dialects.text_bind(session, "modified", UTCDateTime()),
        ),
        [
            {
                "id": a.id,
                "uuid": a.uuid,
                "source_id": a.source_id,
                "start_pos": a.start,
                "end_pos": a.end,
                "exact": a.quote.exact,
                "prefix": a.quote.prefix,
                "suffix": a.quote.suffix,
                "note": a.note,
                "confidence": a.confidence,
                "evidence_ref": a.evidence_ref,
                "coder_id": a.coder.id if a.coder is not None else current_coder,
                "version": a.version,
                "created": stamp(a.created_at),
                "modified": stamp(a.modified_at),
            }
            for a in annotations
        ],
    )
    known = {t.id for t in taxonomy.tags}
    tag_rows = [
        {"annotation_id": a.id, "tag_id": t}
        for a in annotations
        for t in dict.fromkeys(ref.id for ref in a.tags)
        if t in known
    ]
    if tag_rows:
        session.connection().execute(insert(_ANNOTATION_TAGS), tag_rows)


def set_tags(session: Session, annotation_id: int, tag_ids: Sequence[int]) -> None:
    session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.annotation_id == annotation_id))
    unique_tags = list(dict.fromkeys(tag_ids))
    if unique_tags:
        session.execute(
            insert(AnnotationTagRow), [{"annotation_id": annotation_id, "tag_id": t} for t in unique_tags]
        )


def exists(session: Session, annotation_id: int) -> bool:
    return session.get(AnnotationRow, annotation_id) is not None


def update(
    session: Session,
    annotation_id: int,
    *,
    start: int | None = None,
    end: int | None = None,
    quote: QuoteSelector | None = None,
    note: str | None = None,
    evidence_ref: str | None = None,
    expected_version: int | None = None,
    **optional: int | None,
) -> int:
    """Change the given fields (``confidence`` may be set to None, so it comes through ``optional``) and
    count one more version; returns the new version. ``expected_version``: the version the caller read
    (None: the one read here); EditConflict when the row is no longer at it."""
    row = get_row(session, annotation_id)
    read = row.version if expected_version is None else expected_version
    if start is not None and end is not None and quote is not None:
        row.start_pos, row.end_pos = start, end
        row.exact, row.prefix, row.suffix = quote.exact, quote.prefix, quote.suffix
    if note is not None:
        row.note = note
    if evidence_ref is not None:
        row.evidence_ref = evidence_ref
    if "confidence" in optional:
        row.confidence = optional["confidence"]
    row.modified_at = utcnow()
    values = {
        "start_pos": row.start_pos,
        "end_pos": row.end_pos,
        "exact": row.exact,
        "prefix": row.prefix,
        "suffix": row.suffix,
        "note": row.note,
        "evidence_ref": row.evidence_ref,
        "confidence": row.confidence,
        "modified_at": row.modified_at,
        "version": read + 1,
    }
    # The row object's changes go by this one compare-and-set UPDATE, not by the session's flush (which
    # would write whatever version it holds): 0 rows changed means another writer came first.
    session.expunge(row)
    changed = session.execute(
        sql_update(AnnotationRow)
        .where(AnnotationRow.id == annotation_id, AnnotationRow.version == read)
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        raise conflict(session, annotation_id, read)
    return read + 1


def _not_yours(session: Session, annotation_id: int) -> NotPermitted:
    found = list_annotations(session, taxonomy_repo.load(session), ids=[annotation_id])
    whose = found[0].coder.shown if found and found[0].coder is not None else "another coder"
    return NotPermitted(
        f"annotation {annotation_id} is {whose}'s: on this team project your role lets you change only your "
        "own annotations; nothing was saved"
    )


def conflict(session: Session, annotation_id: int, read: int | None = None) -> EditConflict | NotPermitted:
    """The error for an edit that found the annotation changed or deleted by another coder, carrying what
    it is now (read outside the failed transaction's changes: nothing of this one was written). Found still
    at the version ``read``, the row was kept from this user by a team server's row-level security."""
    found = list_annotations(session, taxonomy_repo.load(session), ids=[annotation_id])
    if not found:
        return EditConflict(
            f"annotation {annotation_id} was deleted by another coder meanwhile; nothing was changed"
        )
    now = found[0]
    if read is not None and now.version == read:
        return _not_yours(session, annotation_id)
    return EditConflict(
        f"annotation {annotation_id} was changed by another coder meanwhile (it is now at version "
        f"{now.version}); your change was not saved: look at theirs and edit again",
        now,
    )


def check_version(session: Session, annotation_id: int, expected_version: int | None) -> None:
    """EditConflict unless the annotation exists at ``expected_version`` (None: any version)."""
    if expected_version is None:
        return
    # FOR UPDATE (a server): the row stays as read until this transaction ends; SQLite has one writer.
    found = session.connection().execute(
        select(_ANNOTATIONS.c.version).where(_ANNOTATIONS.c.id == annotation_id).with_for_update()
    ).scalar()
    if found != expected_version:  # None: gone, or kept from this coder by row-level security
        raise conflict(session, annotation_id, expected_version if found is None else None)


def bump_version(session: Session, annotation_id: int, expected_version: int | None = None) -> int:
    """One more version (an edit of its tags or speaker, which live in other tables), compare-and-set."""
    a = _ANNOTATIONS.c
    read = expected_version
    if read is None:
        read = session.connection().execute(select(a.version).where(a.id == annotation_id)).scalar()
        if read is None:
            raise NotFound(f"no annotation with id {annotation_id} (see `annotator annotations`)")
    changed = session.connection().execute(
        sql_update(_ANNOTATIONS)
        .where(a.id == annotation_id, a.version == read)
        .values(version=read + 1, modified_at=utcnow())
    ).rowcount
    if changed != 1:
        raise conflict(session, annotation_id, read)
    return read + 1


def delete_row(session: Session, annotation_id: int) -> None:
    # One DELETE statement (its tags, speakers and links go by the cascade): on a team server a coder's
    # DELETE of another's row changes nothing, and delete_rows says so.
    session.expunge(get_row(session, annotation_id))
    delete_rows(session, [annotation_id])
