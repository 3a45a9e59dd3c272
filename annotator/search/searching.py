"""Running a compiled query: ranked documents with their exact match ranges.

Match ranges are found in the text of the documents shown (search/spans.py), read through ``Texts``; the
same reading confirms the candidates of a phrase (search/phrases.py) while ranking. Two kinds of match are
checked after Whoosh has found a document, and may drop it:

- a phrase found in a *bridge* (the words around a line break) counts only if it crosses the line break
  and starts in this paragraph; anywhere else, the paragraph itself reports it (or the next one does);
- under a top-level tag filter, a text match counts only inside a tagged range.

A document whose every match was dropped is not a hit, so results are taken from the ranking in growing
pages until ``limit`` hits are kept or the matches run out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from whoosh import query as wq
from whoosh.searching import Searcher

from annotator.search.analysis import Analyzed, analyze
from annotator.search.compile import Compiled, Range
from annotator.search.phrases import BridgeCandidates, Candidates
from annotator.search.schema import Kind
from annotator.search.spans import (
    DocSpans,
    Span,
    crossing_spans,
    field_language,
    merge,
    phrase_spans,
    term_spans,
    term_test,
)

if TYPE_CHECKING:  # numpy is imported at the first search (see run)
    import numpy as np

FIRST_PAGE_EXTRA = 10
# Documents whose analysis is kept between searches: refining a query shows many of the same hits again.
ANALYSES_KEPT = 2000


@lru_cache(maxsize=ANALYSES_KEPT)
def _analysis(language: str, text: str) -> Analyzed:
    """``analyze`` remembered by text (an edited paragraph is another text, and analyzed again)."""
    return analyze(language, text)


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


class Texts(Protocol):
    """The texts the index was made from (the project keeps them; the index does not)."""

    def paragraph(self, source_id: int, start: int, end: int) -> str:
        """``text[start:end]`` of a source."""
        ...

    def note(self, annotation_id: int) -> str: ...

    def metadata(self, source_id: int) -> str:
        """The joined metadata text its document was made of (documents.metadata_text)."""
        ...


def run(searcher: Searcher, compiled: Compiled, limit: int | None, texts: Texts) -> RawResults:
    """The best ``limit`` hits (all of them when None), best first."""
    fetch = None if limit is None else limit + FIRST_PAGE_EXTRA
    # Imported at the first search: ranking needs numpy (~0.2 s), which nothing before a search does.
    from annotator.search.ranking import Ranking

    documents = _Documents(searcher, texts)
    done: dict[int, RawHit | None] = {}
    ranking = Ranking(searcher, compiled.query, documents.verify)
    while True:
        ranked = ranking.top(fetch)
        kept: list[RawHit] = []
        for score, docnum in ranked:
            if docnum not in done:
                # Spans are read from the text: only as far down the ranking as the hits shown, and one more
                # (whether there are more).
                spans = {docnum: documents.spans(docnum, compiled.leaves)} if compiled.leaves else {}
                done[docnum] = _hit(documents.stored(docnum), compiled, docnum, score, spans)
            if (hit := done[docnum]) is not None:
                kept.append(hit)
                if limit is not None and len(kept) > limit:
                    break
        if limit is None or fetch is None:
            return RawResults(tuple(kept), False)
        exhausted = len(ranked) < fetch
        if len(kept) >= limit or exhausted:
            return RawResults(tuple(kept[:limit]), len(kept) > limit or not exhausted)
        fetch *= 4


class _Documents:
    """Index documents' stored fields, texts and analyses, each read once per search."""

    def __init__(self, searcher: Searcher, texts: Texts) -> None:
        self.searcher = searcher
        self.texts = texts
        self._stored: dict[int, dict[str, Any]] = {}
        self._analyzed: dict[tuple[int, bool, str], Analyzed | None] = {}
        self._tests: dict[wq.Query, Callable[[str], bool]] = {}

    def stored(self, docnum: int) -> dict[str, Any]:
        found = self._stored.get(docnum)
        if found is None:
            found = self._stored[docnum] = self.searcher.stored_fields(docnum)
        return found

    def _text(self, docnum: int, bridge: bool) -> str | None:
        stored = self.stored(docnum)
        kind = Kind(stored["kind"])
        source_id = int(stored["source_id"])
        if bridge:
            if kind is not Kind.TEXT or "bridge_end" not in stored:
                return None
            return self.texts.paragraph(source_id, stored["bridge_start"], stored["bridge_end"])
        if kind is Kind.TEXT:
            return self.texts.paragraph(source_id, stored["start"], stored["end"])
        if kind is Kind.NOTE:
            return self.texts.note(int(stored["annotation_id"]))
        return self.texts.metadata(source_id)

    def analyzed(self, docnum: int, bridge: bool, language: str) -> Analyzed | None:
        """The document's text (or its bridge's) as a field of ``language`` analyzed it; None when the
        document is not in that language's fields (a paragraph is only in its source's)."""
        key = (docnum, bridge, language)
        if key in self._analyzed:
            return self._analyzed[key]
        stored = self.stored(docnum)
        text = None
        if Kind(stored["kind"]) is not Kind.TEXT or stored.get("language") == language:
            text = self._text(docnum, bridge)
        found = self._analyzed[key] = None if text is None else _analysis(language, text)
        return found

    def _line_break(self, docnum: int) -> int:
        stored = self.stored(docnum)
        return stored["end"] - stored["bridge_start"]

    def verify(self, query: Candidates, docnums: np.ndarray) -> np.ndarray:
        """Which candidate documents of a phrase hold it (across the line break, for a bridge)."""
        import numpy as np

        bridge = isinstance(query, BridgeCandidates)
        language = field_language(query.subqueries[0].field())
        keep = np.zeros(len(docnums), dtype=bool)
        for i, docnum in enumerate(docnums.tolist()):
            analyzed = self.analyzed(docnum, bridge, language)
            if analyzed is None:
                continue
            spans = phrase_spans(analyzed, query.words)
            keep[i] = bool(crossing_spans(spans, self._line_break(docnum)) if bridge else spans)
        return keep

    def spans(self, docnum: int, leaves: tuple[wq.Query, ...]) -> dict[str, list[Span]]:
        """The spans of every leaf that matches in the document, by field (relative to its text)."""
        found: dict[str, list[Span]] = defaultdict(list)
        for leaf in leaves:
            fieldname = leaf.field()
            bridge = fieldname.startswith("bridge_")
            analyzed = self.analyzed(docnum, bridge, field_language(fieldname))
            if analyzed is None:
                continue
            if isinstance(leaf, wq.Phrase):
                spans = phrase_spans(analyzed, leaf.words)
            else:
                spans = term_spans(analyzed, self._test(leaf))
            if bridge:
                spans = crossing_spans(spans, self._line_break(docnum))
            found[fieldname] += spans
        return found

    def _test(self, leaf: wq.Query) -> Callable[[str], bool]:
        found = self._tests.get(leaf)
        if found is None:
            found = self._tests[leaf] = term_test(leaf, self.searcher.reader())
        return found


def _hit(
    stored: dict[str, Any], compiled: Compiled, docnum: int, score: float, spans: DocSpans
) -> RawHit | None:
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
