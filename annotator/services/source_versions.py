"""New versions and splits of sources: where their annotations go. Called inside the caller's transaction.

Both make new sources (a source's text never changes) and move the annotations onto them, keeping each
annotation's id, uuid, tags and links. For a new version the annotations are re-anchored by their quote
selectors; one that cannot be placed without doubt stays where it was, on the old version, and is
reported as an orphan for the historian to place.
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
from annotator.storage import sources_repo, versions_repo


@dataclass(frozen=True, slots=True)
class OrphanedAnnotation:
    """An annotation re-anchoring could not place; it stays on the previous version."""

    annotation_id: int
    quote: str
    reason: str  # "not found" or "ambiguous"
    candidates: tuple[int, ...] = ()  # offsets in the new text of equally good places, when ambiguous


def carry_annotations(
    session: Session, old_id: int, new_id: int, new_text: str, old_length: int
) -> tuple[int, tuple[OrphanedAnnotation, ...]]:
    """Move the annotations of source ``old_id`` onto ``new_id``; (how many moved, the orphans)."""
    rows = versions_repo.anchors(session, old_id)
    placements = reanchor(new_text, [Anchor(r.start, r.end, r.quote) for r in rows], old_length)
    moves = []
    orphans = []
    for row, placed in zip(rows, placements, strict=True):
        if isinstance(placed, Placed):
            quote = quote_for(new_text, placed.start, placed.end)
            moves.append((row.annotation_id, new_id, placed.start, placed.end, quote))
        else:
            orphans.append(
                OrphanedAnnotation(row.annotation_id, row.quote.exact, placed.reason.value, placed.candidates)
            )
    versions_repo.move_annotations(session, moves)
    return len(moves), tuple(orphans)


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
