"""New versions and splits of sources: where their annotations go. Called inside the caller's transaction.

Both make new sources (a source's text never changes) and move the annotations onto them, keeping each
annotation's id, uuid, tags and links. For a new version the annotations are re-anchored by their quote
selectors; one that cannot be placed without doubt stays where it was, on the old version, with its
quote selector untouched, and is reported as an orphan (with the likely place, when there is one) for the
historian to place or confirm.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from dataclasses import dataclass

from sqlalchemy.orm import Session

from annotator.domain.anchors import quote_for
from annotator.domain.dates import parse_date
from annotator.domain.errors import InvalidInput
from annotator.domain.metadata import apply_changes
from annotator.domain.reanchor import Anchor, Placed, reanchor
from annotator.storage import annotations_repo, sources_repo, versions_repo


@dataclass(frozen=True, slots=True)
class PlacedAnnotation:
    """An annotation re-anchoring moved onto the new version, and how sure the place is."""

    annotation_id: int
    start: int
    end: int
    method: str  # "exact", "loose" or "partial" (see domain/reanchor.py)


@dataclass(frozen=True, slots=True)
class OrphanedAnnotation:
    """An annotation re-anchoring could not place without doubt; it stays on the previous version, its quote
    selector untouched, until the historian places it (``SourceService.place_orphan``)."""

    annotation_id: int
    quote: str
    reason: str  # "not found", "context gone", "ambiguous" or "uncertain"
    candidates: tuple[int, ...] = ()  # offsets in the new text of equally good places, when ambiguous
    suggested_start: int | None = None  # the likely place in the new text, when uncertain
    suggested_end: int | None = None
    suggested_method: str = ""  # "fuzzy" or "partial"
    suggested_quote: str = ""  # the new text at the suggested place


def carry_annotations(
    session: Session, old_id: int, new_id: int, new_text: str, old_length: int
) -> tuple[tuple[PlacedAnnotation, ...], tuple[OrphanedAnnotation, ...]]:
    """Move the annotations of source ``old_id`` onto ``new_id`` where their place is certain; (the
    annotations moved, the orphans left on ``old_id``)."""
    rows = versions_repo.anchors(session, old_id)
    placements = reanchor(new_text, [Anchor(r.start, r.end, r.quote) for r in rows], old_length)
    moves = []
    placed: list[PlacedAnnotation] = []
    orphans = []
    for row, result in zip(rows, placements, strict=True):
        if isinstance(result, Placed):
            quote = quote_for(new_text, result.start, result.end)
            moves.append((row.annotation_id, new_id, result.start, result.end, quote))
            placed.append(PlacedAnnotation(row.annotation_id, result.start, result.end, result.method.value))
            continue
        suggestion = result.suggestion
        orphans.append(
            OrphanedAnnotation(
                row.annotation_id,
                row.quote.exact,
                result.reason.value,
                result.candidates,
                suggestion.start if suggestion else None,
                suggestion.end if suggestion else None,
                suggestion.method.value if suggestion else "",
                new_text[suggestion.start : suggestion.end] if suggestion else "",
            )
        )
    versions_repo.move_annotations(session, moves)
    return tuple(placed), tuple(orphans)


@dataclass(frozen=True, slots=True)
class PlacedOrphan:
    """An annotation put on another version of its source by hand, and where it was (to undo it)."""

    annotation_id: int
    source_id: int
    start: int
    end: int
    from_source_id: int
    from_start: int
    from_end: int


def _versions(session: Session, source_id: int) -> set[int]:
    """Every version of ``source_id``'s text: its earlier versions, and all later ones of each."""
    first, seen = source_id, {source_id}
    while (previous := versions_repo.info(session, first).previous_version_id) is not None:
        if previous in seen:
            break
        first = previous
        seen.add(first)
    found, todo = set(), [first]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo += versions_repo.info(session, current).next_version_ids
    return found


def place_annotation(
    session: Session, annotation_id: int, source_id: int, start: int | None, end: int | None
) -> PlacedOrphan:
    """Move an annotation onto another version of its source at ``start..end`` (by default the place
    suggested in that version's import report), with a quote selector read from that version's text."""
    row = annotations_repo.get_row(session, annotation_id)
    sources_repo.get_row(session, source_id)
    if row.source_id == source_id:
        raise InvalidInput(f"annotation {annotation_id} is already on source {source_id}")
    if source_id not in _versions(session, row.source_id):
        raise InvalidInput(
            f"source {source_id} is not a version of source {row.source_id}, where annotation "
            f"{annotation_id} is; an annotation can only be placed on another version of its text"
        )
    if start is None or end is None:
        if start is not None or end is not None:
            raise InvalidInput("give both the start and the end of the passage, or neither (the suggestion)")
        start, end = _suggested(session, annotation_id, source_id)
    quote = sources_repo.read_quote(session, source_id, start, end)
    before = PlacedOrphan(annotation_id, source_id, start, end, row.source_id, row.start_pos, row.end_pos)
    versions_repo.move_annotations(session, [(annotation_id, source_id, start, end, quote)])
    return before


def _suggested(session: Session, annotation_id: int, source_id: int) -> tuple[int, int]:
    report = versions_repo.info(session, source_id).report
    for orphan in report.get("orphans", []):
        if orphan.get("annotation_id") == annotation_id and orphan.get("suggested_start") is not None:
            return int(orphan["suggested_start"]), int(orphan["suggested_end"])
    raise InvalidInput(
        f"the import of source {source_id} suggested no place for annotation {annotation_id}; "
        "give the start and end of the passage"
    )


@dataclass(frozen=True, slots=True)
class Cut:
    """Where a text is split: part one is ``text[:first_end]``, part two ``text[second_start:]``."""

    first_end: int
    second_start: int


def plan_cut(text: str, at: int, spans: list[tuple[int, int, int]]) -> Cut:
    """The cut at ``at``, moved off surrounding whitespace where no annotation (id, start, end) is in it.

    Refuses a position outside the text, a part without text, and a cut through an annotation.
    """
    if not 0 < at < len(text):
        raise InvalidInput(f"cannot split at {at}: give a position inside the text (1–{len(text) - 1})")
    crossing = [a for a, start, end in spans if start < at < end]
    if crossing:
        listed = ", ".join(str(a) for a in crossing[:10])
        raise InvalidInput(
            f"cannot split at {at}: annotation(s) {listed} run across that position; "
            "split before or after them, or shorten them first"
        )
    latest_end = max((end for _, _, end in spans if end <= at), default=0)
    earliest_start = min((start for _, start, _ in spans if start >= at), default=len(text))
    first_end = at
    while first_end > latest_end and text[first_end - 1].isspace():
        first_end -= 1
    second_start = at
    while second_start < earliest_start and text[second_start].isspace():
        second_start += 1
    if not text[:first_end].strip() or not text[second_start:].strip():
        raise InvalidInput(f"cannot split at {at}: one of the two parts would hold no text")
    return Cut(first_end, second_start)


def split_page_map(
    page_map: list[tuple[int, str]], cut: Cut
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The page maps of the two parts (the second part starts on the page the cut falls on)."""
    if not page_map:
        return [], []
    first = [(start, label) for start, label in page_map if start < cut.first_end]
    index = bisect_right([start for start, _ in page_map], cut.second_start) - 1
    second = [(0, page_map[max(index, 0)][1])]
    second += [(start - cut.second_start, label) for start, label in page_map[index + 1 :]]
    return first, second


@dataclass(frozen=True, slots=True)
class SplitReport:
    source_id: int  # the source that was split (it no longer exists)
    first_id: int
    second_id: int
    first_length: int
    second_length: int
    first_annotations: int
    second_annotations: int


def split_source(
    session: Session, source_id: int, at: int, second_title: str | None
) -> tuple[SplitReport, tuple[int, ...]]:
    """Make the two parts, move the annotations onto them, delete the split source; (report, moved ids)."""
    source = sources_repo.get(session, source_id)
    text = sources_repo.text_of(session, source_id)
    anchors = versions_repo.anchors(session, source_id)
    cut = plan_cut(text, at, [(a.annotation_id, a.start, a.end) for a in anchors])
    first_map, second_map = split_page_map(sources_repo.page_map_of(session, source_id), cut)
    data = sources_repo.original_bytes(session, source_id)
    report = versions_repo.info(session, source_id).report
    title = (second_title or "").strip() or f"{source.title} (part 2)"
    parts = []
    for metadata, part_text, page_map, offset in (
        (source.metadata, text[: cut.first_end], first_map, 0),
        (
            apply_changes(source.metadata, {"title": title}),
            text[cut.second_start :],
            second_map,
            cut.second_start,
        ),
    ):
        part_id = sources_repo.add(
            session,
            uuid=str(uuid.uuid4()),
            metadata=metadata,
            date_range=parse_date(metadata.date_text),
            text=part_text,
            encoding=source.encoding,
            file_name=source.original.name,
            media_type=source.original.media_type,
            sha256=source.original.sha256,
            data=data,
            page_map=page_map,
        )
        split_range = [offset, offset + len(part_text)]
        versions_repo.add(session, part_id, {**report, "split_from": source_id, "split_range": split_range})
        parts.append((part_id, part_text, offset))
    moves, counts = [], [0, 0]
    for a in anchors:
        index = 0 if a.end <= cut.first_end else 1
        part_id, part_text, offset = parts[index]
        start, end = a.start - offset, a.end - offset
        moves.append((a.annotation_id, part_id, start, end, quote_for(part_text, start, end)))
        counts[index] += 1
    versions_repo.move_annotations(session, moves)
    sources_repo.delete(session, source_id)
    (first_id, first_text, _), (second_id, second_text, _) = parts
    split = SplitReport(
        source_id, first_id, second_id, len(first_text), len(second_text), counts[0], counts[1]
    )
    return split, tuple(a.annotation_id for a in anchors)
