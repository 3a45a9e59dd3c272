"""Running a compiled query: ranked documents with their exact match ranges.

Two kinds of match are checked after Whoosh has found a document, and may drop it:

- a phrase found in a *bridge* (the words around a line break) counts only if it crosses the line break
  and starts in this paragraph; anywhere else, the paragraph itself reports it (or the next one does);
- under a top-level tag filter, a text match counts only inside a tagged range.

A document whose every match was dropped is not a hit, so results are taken from the ranking in growing
pages until ``limit`` hits are kept or the matches run out.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.searching import Searcher

from annotator.search.compile import Compiled, Range
from annotator.search.schema import Kind
from annotator.search.spans import DocSpans, Span, match_spans, merge

FIRST_PAGE_EXTRA = 10


@dataclass(frozen=True, slots=True)
class RawHit:
    """One matching index document.

    ``spans`` are code-point ranges: into the source text for a paragraph (absolute offsets, not relative
    to the paragraph), into the note for a note, and into the joined metadata text for metadata.
    """

    docnum: int
    score: float
    kind: Kind
    source_id: int
    paragraph: int | None
    start: int  # a paragraph's range in the source text; 0 and 0 for notes and metadata
    end: int
    annotation_id: int | None
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class RawResults:
    hits: tuple[RawHit, ...]
    more: bool  # whether more hits exist than were asked for


def run(searcher: Searcher, compiled: Compiled, limit: int | None) -> RawResults:
    """The best ``limit`` hits (all of them when None), best first."""
    fetch = None if limit is None else limit + FIRST_PAGE_EXTRA
    # Imported at the first search: ranking needs numpy (~0.2 s), which nothing before a search does.
    from annotator.search.ranking import Ranking

    done: dict[int, RawHit | None] = {}
    ranking = Ranking(searcher, compiled.query)
    while True:
        ranked = ranking.top(fetch)
        todo = [docnum for _, docnum in ranked if docnum not in done]
        spans = match_spans(searcher.reader(), todo, compiled.leaves) if compiled.leaves else {}
        for score, docnum in ranked:
            if docnum not in done:
                done[docnum] = _hit(searcher, compiled, docnum, score, spans)
        kept = [hit for _, docnum in ranked if (hit := done[docnum]) is not None]
        if limit is None or fetch is None:
            return RawResults(tuple(kept), False)
        exhausted = len(ranked) < fetch
        if len(kept) >= limit or exhausted:
            return RawResults(tuple(kept[:limit]), len(kept) > limit or not exhausted)
        fetch *= 4


def _hit(searcher: Searcher, compiled: Compiled, docnum: int, score: float, spans: DocSpans) -> RawHit | None:
    stored = searcher.stored_fields(docnum)
    kind = Kind(stored["kind"])
    source_id = int(stored["source_id"])
    found = spans.get(docnum, {})
    raw = [s for field_spans in found.values() for s in field_spans]
    if kind is not Kind.TEXT:
        annotation_id = int(stored["annotation_id"]) if kind is Kind.NOTE else None
        return RawHit(docnum, score, kind, source_id, None, 0, 0, annotation_id, tuple(merge(raw)))

    start, end = stored["start"], stored["end"]
    kept: list[Span] = []
    for fieldname, field_spans in found.items():
        if fieldname.startswith("bridge_"):
            offset = stored.get("bridge_start", 0)
            kept += [
                (s + offset, e + offset)
                for s, e in field_spans
                if start <= s + offset < end < e + offset  # crosses the line break after this paragraph
            ]
        else:
            kept += [(s + start, e + start) for s, e in field_spans]
    for ranges in compiled.restrictions:
        kept = [span for span in kept if _overlaps(span, ranges.get(source_id, ()))]
    if raw and not kept:
        return None
    if not compiled.leaves and compiled.restrictions:
        kept = [
            (max(a, start), min(b, end))
            for ranges in compiled.restrictions
            for a, b in ranges.get(source_id, ())
            if a < end and b > start
        ]
    return RawHit(docnum, score, kind, source_id, stored["paragraph"], start, end, None, tuple(merge(kept)))


def _overlaps(span: Span, ranges: tuple[Range, ...] | list[Range]) -> bool:
    return any(span[0] < b and span[1] > a for a, b in ranges)
