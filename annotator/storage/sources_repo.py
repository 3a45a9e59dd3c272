"""Sources: rows <-> domain records. Listings select columns only, never the text or the bytes."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, cast, func, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from annotator.domain.anchors import QUOTE_CONTEXT, QuoteSelector, quote_for, validate_range
from annotator.domain.dates import DateRange
from annotator.domain.errors import NotFound, ProjectDamaged
from annotator.domain.metadata import REFERENCE_FIELDS, reference_text
from annotator.domain.model import OriginalFile, Source, SourceKind, SourceMetadata, SourceSummary
from annotator.storage.orm import (
    AnnotationRow,
    SourceFiguresRow,
    SourceFileRow,
    SourceRow,
    SourceTextRow,
    utcnow,
)


def _date_range(row: SourceRow) -> DateRange | None:
    if row.date_start is None or row.date_end is None:
        return None
    return DateRange(row.date_start, row.date_end, row.date_approximate)


def metadata_of(row: SourceRow) -> SourceMetadata:
    return SourceMetadata(
        title=row.title,
        authors=tuple(row.authors or ()),
        date_text=row.date_text,
        kind=SourceKind(row.kind) if row.kind else None,
        genre=row.genre,
        publisher=row.publisher,
        url=row.url,
        language=row.language,
        date_accessed=row.date_accessed,
        archive=row.archive,
        archival_collection=row.archival_collection,
        archival_file=row.archival_file,
        archival_folio=row.archival_folio,
        provenance_note=row.provenance_note,
        reliability_note=row.reliability_note,
        reliability_rating=row.reliability_rating,
        item_type=row.item_type,
        container_title=row.container_title,
        publisher_place=row.publisher_place,
        volume=row.volume,
        issue=row.issue,
        page=row.page,
        edition=row.edition,
        editors=tuple(row.editors or ()),
        translators=tuple(row.translators or ()),
        doi=row.doi,
        isbn=row.isbn,
        archive_location=row.archive_location,
        call_number=row.call_number,
        original_date=row.original_date,
        extra=row.extra,
        old_style=bool(row.old_style),
    )


def _write_metadata(row: SourceRow, metadata: SourceMetadata, date_range: DateRange | None) -> None:
    values = asdict(metadata)
    values["authors"] = list(metadata.authors)
    values["editors"] = list(metadata.editors)
    values["translators"] = list(metadata.translators)
    values["kind"] = metadata.kind.value if metadata.kind else None
    for name, value in values.items():
        setattr(row, name, value)
    row.date_start = date_range.start if date_range else None
    row.date_end = date_range.end if date_range else None
    row.date_approximate = bool(date_range and date_range.approximate)


def to_source(row: SourceRow) -> Source:
    original = row.original
    return Source(
        id=row.id,
        uuid=row.uuid,
        metadata=metadata_of(row),
        date_range=_date_range(row),
        original=OriginalFile(original.name, original.sha256, original.size, original.media_type),
        length=row.length,
        encoding=row.encoding,
        imported_at=row.imported_at,
        modified_at=row.modified_at,
    )


def get_row(session: Session, source_id: int) -> SourceRow:
    row = session.get(SourceRow, source_id)
    if row is None:
        raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
    return row


def get(session: Session, source_id: int) -> Source:
    return to_source(get_row(session, source_id))


_CHUNK = 500  # ids per query: well under any database's limit on bound parameters


def metadata_many(session: Session, source_ids: Sequence[int] | None = None) -> dict[int, SourceMetadata]:
    """The metadata of ``source_ids`` (all sources when None), by id, in one query per 500 ids.

    For work over many sources' references (a bibliography export): ``get`` per source, each in its own
    read with its original file lazily loaded, took 20 s for 5,000. Ids without a source are left out.
    """
    # Rows of columns, not ORM objects: ``metadata_of`` reads them by the same names, and 5,000 objects
    # put into the session's identity map cost more than the query.
    columns = select(*SourceRow.__table__.columns)
    if source_ids is None:
        return {row.id: metadata_of(row) for row in session.execute(columns.order_by(SourceRow.id))}
    found: dict[int, SourceMetadata] = {}
    wanted = list(dict.fromkeys(source_ids))
    for i in range(0, len(wanted), _CHUNK):
        for row in session.execute(columns.where(SourceRow.id.in_(wanted[i : i + _CHUNK]))):
            found[row.id] = metadata_of(row)
    return found


def find_by_sha256(session: Session, sha256: str) -> tuple[int, str] | None:
    found = session.execute(
        select(SourceRow.id, SourceRow.title)
        .join(SourceFileRow, SourceFileRow.source_id == SourceRow.id)
        .where(SourceFileRow.sha256 == sha256)
    ).first()
    return (found.id, found.title) if found else None


def add(
    session: Session,
    *,
    uuid: str,
    metadata: SourceMetadata,
    date_range: DateRange | None,
    text: str,
    encoding: str,
    file_name: str,
    media_type: str,
    sha256: str,
    data: bytes,
    imported_at: datetime | None = None,
    page_map: Sequence[tuple[int, str]] | None = None,
) -> int:
    now = imported_at or utcnow()
    row = SourceRow(uuid=uuid, length=len(text), encoding=encoding, imported_at=now, modified_at=now)
    row.body = SourceTextRow(
        text=text,
        page_map=[[start, label] for start, label in page_map] if page_map else None,
        text_sha256=text_digest(text.encode()),
    )
    _write_metadata(row, metadata, date_range)
    row.original = SourceFileRow(
        name=file_name, media_type=media_type, sha256=sha256, size=len(data), data=data
    )
    session.add(row)
    session.flush()
    return row.id


def publication_year(session: Session, source_id: int) -> int | None:
    """The year the source was written or published, when its date names one year ("12 May 2015",
    "spring 1932", "c. 1931"); None for a span of years ("1930s", "1929–1930") or no date. The figures
    detector dates "this year" and present-tense statements by it."""
    dates = publication_dates(session, source_id)
    return None if dates is None else _one_year(*dates)


def dates_old_style(session: Session, source_id: int) -> bool:
    """Whether the source's days are written in the Julian calendar (its Old Style setting)."""
    return bool(session.execute(select(SourceRow.old_style).where(SourceRow.id == source_id)).scalar())


def publication_dates(session: Session, source_id: int) -> tuple[str, str] | None:
    """The source's own date as stored (ISO start and end: a day, a month, a year or a span), or None. The
    dates detector reads "last December", "yesterday" and a news item's days without a year from it."""
    row = session.execute(
        select(SourceRow.date_start, SourceRow.date_end).where(SourceRow.id == source_id)
    ).first()
    if row is None or row[0] is None or row[1] is None:
        return None
    return row[0], row[1]


def _one_year(start: str, end: str) -> int | None:
    return int(start[:4]) if start[:4] == end[:4] else None


def update_metadata(
    session: Session, source_id: int, metadata: SourceMetadata, date_range: DateRange | None
) -> Source:
    row = get_row(session, source_id)
    before = (row.date_start, row.date_end) if row.date_start and row.date_end else None
    after = (date_range.start, date_range.end) if date_range else None
    if before != after or bool(row.old_style) != metadata.old_style:
        # The detected figures were dated by the publication year ("this year", present-tense figures) and the
        # dated statements by the source's date ("last December", "yesterday") and its calendar (Old Style
        # days given in the Gregorian one): a new date or calendar makes them stale, so they are detected
        # again (derived data, dropped with the edit)
        session.execute(sql_delete(SourceFiguresRow).where(SourceFiguresRow.source_id == source_id))
    _write_metadata(row, metadata, date_range)
    row.modified_at = utcnow()
    session.flush()
    return to_source(row)


def delete(session: Session, source_id: int) -> None:
    session.delete(get_row(session, source_id))
    session.flush()


def text_digest(data: bytes) -> str:
    """The checksum stored with a text: SHA-256 of its UTF-8 bytes (hashlib's is the fastest here, with
    the CPU's SHA instructions: 0.6 ms a megabyte against 1.0 for BLAKE2b)."""
    return hashlib.sha256(data).hexdigest()


def verified_text(session: Session, source_id: int, data: bytes, digest: str) -> str:
    """A text read as its stored bytes, checked against its checksum and decoded (ProjectDamaged if not)."""
    try:
        text = data.decode()
    except UnicodeDecodeError:  # garbled bytes, whatever the checksum says
        raise _damaged_source(session, source_id, "its stored text is no longer valid UTF-8") from None
    if text_digest(data) != digest:
        raise _damaged_source(session, source_id, "its stored text no longer matches its checksum")
    return text


def stored_text_column(session: Session) -> Any:
    """The text column as the bytes SQLite stores (hashing needs the bytes; see ``text_of``)."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(SourceTextRow.text, LargeBinary)
    return func.convert_to(SourceTextRow.text, "UTF8")  # PostgreSQL


def text_of(session: Session, source_id: int) -> str:
    """The source's whole text, verified against its checksum (ProjectDamaged naming the source if not).

    Read as the bytes SQLite stores (``CAST AS BLOB``) and decoded here: hashing needs the bytes, and
    encoding the decoded text again would cost another millisecond a megabyte (1.8 ms instead of 0.7 for
    Cyrillic, measured). A whole read is about 1 ms a megabyte anyway, and texts read whole are cached.
    """
    found = session.execute(
        select(stored_text_column(session), SourceTextRow.text_sha256).where(
            SourceTextRow.source_id == source_id
        )
    ).first()
    if found is None:
        raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
    return verified_text(session, source_id, bytes(found[0]), found[1])


def _damaged_source(session: Session, source_id: int, problem: str) -> ProjectDamaged:
    title = session.scalar(select(SourceRow.title).where(SourceRow.id == source_id)) or ""
    title = " ".join(title.split())  # one line, whatever the title holds
    title = title if len(title) <= 60 else title[:59] + "…"
    return ProjectDamaged(
        f"{session.get_bind().url.database} is damaged: source {source_id} “{title}”: {problem}; "
        "restore a backup: File › Restore backup… (`annotator check` names the newest backup in which "
        "it is intact)"
    )


def page_map_of(session: Session, source_id: int) -> list[tuple[int, str]]:
    """Where each page begins (``[(offset, label), ...]``); empty for sources without pages."""
    value = session.scalar(select(SourceTextRow.page_map).where(SourceTextRow.source_id == source_id))
    return [(int(start), str(label)) for start, label in value or ()]


def original_bytes(session: Session, source_id: int) -> bytes:
    """The original file's bytes, verified against the SHA-256 taken at import."""
    found = session.execute(
        select(SourceFileRow.data, SourceFileRow.sha256).where(SourceFileRow.source_id == source_id)
    ).first()
    if found is None:
        raise NotFound(f"no source with id {source_id}")
    if hashlib.sha256(found[0]).hexdigest() != found[1]:
        raise _damaged_source(session, source_id, "its original file's bytes no longer match their checksum")
    return found[0]


def list_summaries(session: Session) -> list[SourceSummary]:
    counts = (
        select(AnnotationRow.source_id, func.count().label("n")).group_by(AnnotationRow.source_id).subquery()
    )
    rows = session.execute(
        select(
            SourceRow.id,
            SourceRow.uuid,
            SourceRow.title,
            SourceRow.authors,
            SourceRow.date_text,
            SourceRow.date_start,
            SourceRow.date_end,
            SourceRow.date_approximate,
            SourceRow.kind,
            SourceRow.genre,
            SourceRow.language,
            SourceRow.length,
            SourceFileRow.name,
            SourceFileRow.sha256,
            func.coalesce(counts.c.n, 0),
            *(getattr(SourceRow, name) for name in REFERENCE_FIELDS),
        )
        .join(SourceFileRow, SourceFileRow.source_id == SourceRow.id)
        .outerjoin(counts, counts.c.source_id == SourceRow.id)
        .order_by(SourceRow.id)
    ).all()
    return [
        SourceSummary(
            id=r[0],
            uuid=r[1],
            title=r[2],
            authors=tuple(r[3] or ()),
            date_text=r[4],
            date_range=DateRange(r[5], r[6], r[7]) if r[5] and r[6] else None,
            kind=SourceKind(r[8]) if r[8] else None,
            genre=r[9],
            language=r[10],
            length=r[11],
            file_name=r[12],
            sha256=r[13],
            annotation_count=r[14],
            reference=reference_text(dict(zip(REFERENCE_FIELDS, r[15:], strict=True)).get),
        )
        for r in rows
    ]


def read_quote(session: Session, source_id: int, start: int, end: int) -> QuoteSelector:
    """Validate the range and read the quote with its context from the source's text."""
    found = session.execute(select(SourceRow.uuid, SourceRow.length).where(SourceRow.id == source_id)).first()
    if found is None:
        raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
    validate_range(found.length, start, end)
    return quote_for(cached_text(session, source_id, found.uuid), start, end, QUOTE_CONTEXT)


def read_quotes(session: Session, source_id: int, ranges: Sequence[tuple[int, int]]) -> list[QuoteSelector]:
    """``read_quote`` for many ranges of one source, with one look-up of the source (batch creation)."""
    found = session.execute(select(SourceRow.uuid, SourceRow.length).where(SourceRow.id == source_id)).first()
    if found is None:
        raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
    for start, end in ranges:
        validate_range(found.length, start, end)
    text = cached_text(session, source_id, found.uuid)
    return [quote_for(text, start, end, QUOTE_CONTEXT) for start, end in ranges]


def text_slice(session: Session, source_id: int, source_uuid: str, start: int, end: int) -> str:
    """``text[start:end]`` (code points) of a source, for a search hit.

    From the cached text when it is there. Otherwise only that part is read, the first time: a search
    shows passages of many sources, and loading each whole text (3 ms a megabyte) would push the texts
    being read out of the cache. A source asked for again is worth caching, and is loaded whole.

    A part read with ``substr`` is not verified against the text's checksum: that needs the whole text,
    which is what ``substr`` saves reading. The text is verified when it is loaded whole (asked again,
    opened, quoted) and by the full check (``annotator check``, File › Check project…).
    """
    text = _TEXTS.get(_text_key(session, source_uuid))
    if text is not None:
        return text[start:end]
    if _TEXTS.seen_before(_text_key(session, source_uuid)):
        return cached_text(session, source_id, source_uuid)[start:end]
    part = session.scalar(
        select(func.substr(SourceTextRow.text, start + 1, end - start)).where(
            SourceTextRow.source_id == source_id
        )
    )
    if part is None:
        raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
    return part


def _text_key(session: Session, source_uuid: str) -> str:
    """The cache key of a text: the project file and the source's uuid (two projects may hold a source
    with the same uuid, e.g. both imported from one .qdpx, and one of them may be a changed version)."""
    return f"{session.get_bind().url.database}\n{source_uuid}"


def cached_text(session: Session, source_id: int, source_uuid: str) -> str:
    """The source's text, from the cache of recently used texts when it is there (see ``_TextCache``)."""
    key = _text_key(session, source_uuid)
    text = _TEXTS.get(key)
    if text is None:
        text = text_of(session, source_id)
        _TEXTS.put(key, text)
    return text


class _TextCache:
    """Recently used source texts, keyed by source uuid.

    A source's text never changes after import (a corrected version is a new source with a new uuid), so
    the cache can never be stale. Without it, anchoring one quote re-reads the whole text: SQLite loads
    the complete value even for ``substr``, which cost 10–16 ms per annotation on a 10 MB source.
    """

    def __init__(self, max_chars: int) -> None:
        self._max_chars = max_chars
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._asked: OrderedDict[str, None] = OrderedDict()  # keys asked for but not cached, recent last
        self._lock = threading.Lock()

    def seen_before(self, key: str) -> bool:
        """Whether ``key`` was asked for recently without being cached (and remember that it now was)."""
        with self._lock:
            if key in self._asked:
                del self._asked[key]
                return True
            self._asked[key] = None
            if len(self._asked) > 1000:
                self._asked.popitem(last=False)
            return False

    def get(self, key: str) -> str | None:
        with self._lock:
            text = self._texts.get(key)
            if text is not None:
                self._texts.move_to_end(key)
            return text

    def put(self, key: str, text: str) -> None:
        with self._lock:
            self._texts[key] = text
            self._texts.move_to_end(key)
            total = sum(len(t) for t in self._texts.values())
            while total > self._max_chars and len(self._texts) > 1:
                _, dropped = self._texts.popitem(last=False)
                total -= len(dropped)


_TEXTS = _TextCache(max_chars=64 * 1024 * 1024)
