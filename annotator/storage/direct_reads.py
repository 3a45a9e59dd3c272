"""The reads of the window's first screen (``services/first_screen.py``) through the stdlib ``sqlite3``: what
the reader paints before SQLAlchemy is loaded (issue 23), on a connection ``direct.open_current`` gave.

Each gives what the repository of the same name gives for the same rows (a test compares them), so the
first paint shows what the project's services would have shown.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime

from annotator.domain.anchors import QuoteSelector
from annotator.domain.model import Annotation, Facet, PersonKind, Speaker, SpeakerRole, Tag, TagRef
from annotator.domain.records import builder
from annotator.domain.structure import Mark, MarkKind
from annotator.domain.taxonomy import Taxonomy

# Without the frozen __init__ (see records.builder): the reader opens 5,000 annotations at once.
_build_annotation = builder(Annotation)
_build_quote = builder(QuoteSelector)


def meta_value(connection: sqlite3.Connection, key: str) -> str | None:
    """A ``project_meta`` value, as ``meta_repo.get`` gives it."""
    row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def first_source_id(connection: sqlite3.Connection) -> int | None:
    """The source the library lists first (by id), or None in a project without sources."""
    row = connection.execute("SELECT min(id) FROM sources").fetchone()
    return None if row is None else row[0]


def source_title(connection: sqlite3.Connection, source_id: int) -> str | None:
    """The source's title, or None when there is no such source."""
    row = connection.execute("SELECT title FROM sources WHERE id = ?", (source_id,)).fetchone()
    return None if row is None else row[0]


def source_text(connection: sqlite3.Connection, source_id: int) -> str | None:
    """The source's text as ``sources_repo.text_of`` reads it, verified against its checksum; None when it
    is missing or fails the check (the caller then opens the project the usual way, which says so)."""
    row = connection.execute(
        "SELECT CAST(text AS BLOB), text_sha256 FROM source_texts WHERE source_id = ?", (source_id,)
    ).fetchone()
    if row is None or row[0] is None:
        return None
    data = bytes(row[0])
    if hashlib.sha256(data).hexdigest() != row[1]:
        return None
    try:
        return data.decode()
    except UnicodeDecodeError:
        return None


def taxonomy(connection: sqlite3.Connection) -> Taxonomy:
    """The facets and tags, in ``taxonomy_repo.load``'s order."""
    facets = connection.execute(
        "SELECT id, uuid, slug, name, description, color, position FROM facets ORDER BY position, id"
    ).fetchall()
    tags = connection.execute(
        "SELECT id, uuid, facet_id, parent_id, slug, name, description, color, shortcut, position"
        " FROM tags ORDER BY position, id"
    ).fetchall()
    return Taxonomy(tuple(Facet(*f) for f in facets), tuple(Tag(*t) for t in tags))


def annotation_count(connection: sqlite3.Connection, source_id: int) -> int:
    row = connection.execute("SELECT count(*) FROM annotations WHERE source_id = ?", (source_id,)).fetchone()
    return int(row[0])


def annotations(
    connection: sqlite3.Connection,
    taxonomy: Taxonomy,
    source_id: int,
    overlapping: tuple[int, int] | None = None,
) -> list[Annotation]:
    """The source's annotations in text order, as ``annotations_repo.list_annotations`` gives them, but for
    who made each (``coder``, None here: the first screen shows passages, the project's read after it the
    rest); only those sharing a character with the range [start, end) of ``overlapping`` when it is given."""
    where, params = "a.source_id = ?", [source_id]
    if overlapping is not None:
        where += " AND a.start_pos < ? AND a.end_pos > ?"
        params += [overlapping[1], overlapping[0]]
    rows = connection.execute(
        "SELECT a.id, a.uuid, a.source_id, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.note,"
        " a.confidence, a.evidence_ref, a.created_at, a.modified_at, p.id, p.name, s.role, p.kind, a.version"
        " FROM annotations a LEFT OUTER JOIN annotation_speakers s ON s.annotation_id = a.id"
        " LEFT OUTER JOIN people p ON p.id = s.person_id"
        f" WHERE {where} ORDER BY a.source_id, a.start_pos, a.end_pos, a.id",
        params,
    ).fetchall()
    tags: dict[int, list[int]] = {}
    for annotation_id, tag_id in connection.execute(
        "SELECT t.annotation_id, t.tag_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id"
        f" WHERE {where}",
        params,
    ):
        tags.setdefault(annotation_id, []).append(tag_id)
    facet_order = {f.id: f.position for f in taxonomy.facets}
    refs = {t.id: taxonomy.ref(t) for t in taxonomy.tags}
    order = {t.id: (facet_order.get(t.facet_id, 0), t.position, t.id) for t in taxonomy.tags}
    tag_refs: dict[tuple[int, ...], tuple[TagRef, ...]] = {(): ()}
    speakers: dict[tuple[int, str], Speaker] = {}
    found = []
    for r in rows:
        key = tuple(tags.get(r[0], ()))
        shown = tag_refs.get(key)
        if shown is None:
            known = sorted((t for t in key if t in refs), key=order.__getitem__)
            shown = tag_refs[key] = tuple(refs[t] for t in known)
        speaker = None
        if r[13] is not None:
            speaker = speakers.get((r[13], r[15]))
            if speaker is None:
                speaker = speakers[(r[13], r[15])] = Speaker(
                    r[13], r[14], SpeakerRole(r[15]), PersonKind(r[16])
                )
        created = _utc(r[11])
        modified = created if r[12] == r[11] else _utc(r[12])
        found.append(
            _build_annotation(
                r[0], r[1], r[2], r[3], r[4], _build_quote(r[5], r[6], r[7]), r[8], r[9], r[10], shown,
                created, modified, speaker, None, r[17],
            )
        )  # fmt: skip
    return found


def _utc(value: str) -> datetime:
    """A time as SQLite stores it, as ``annotations_repo.stored_utc`` reads it."""
    try:
        return datetime.fromisoformat(value + "+00:00")
    except ValueError:
        parsed = datetime.fromisoformat(value)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def structure_marks(connection: sqlite3.Connection, source_id: int, version: int) -> list[Mark] | None:
    """The source's stored structure marks if the detectors of ``version`` made them, else None (they are
    then computed when the project is open)."""
    row = connection.execute(
        "SELECT version, marks FROM source_structure WHERE source_id = ?", (source_id,)
    ).fetchone()
    if row is None or int(row[0]) != version:
        return None
    return [
        Mark(MarkKind(str(kind)), int(start), int(end), str(label), _int(target_start), _int(target_end))
        for kind, start, end, label, target_start, target_end in json.loads(row[1])
    ]


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]
