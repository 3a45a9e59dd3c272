"""What the Overview charts show: tag profiles per source, the code matrix, co-occurrence and code lines.

Pure results of the aggregates ``services.overview`` reads in SQL. A tag's count is the number of
annotations carrying *that* tag (its children are counted under their own names, not rolled up), so the
numbers match what a filter on the exact tag would list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from annotator.domain.excerpts import ExcerptFilter
from annotator.domain.figures import DatedStatement
from annotator.domain.historical_dates import parts, sort_key

PER_WORDS = 10_000  # densities are given per this many words of the source


@dataclass(frozen=True, slots=True)
class ChartTag:
    id: int
    path: str  # "bias/polemical": the slug that names the tag everywhere
    name: str  # as the Tags panel shows it: "Polemical", "Other (Bias)" where names repeat
    color: str  # "#rrggbb", the taxonomy's colour


@dataclass(frozen=True, slots=True)
class ChartSource:
    id: int
    title: str
    kind: str | None
    date_text: str
    words: int  # words of its stored text (whitespace-separated)
    length: int  # code points of its stored text


@dataclass(frozen=True, slots=True)
class Profile:
    """Annotations per tag of one facet, for each source (sources in title order, tags in facet order)."""

    facet: str
    facet_name: str
    tags: tuple[ChartTag, ...]
    sources: tuple[ChartSource, ...]
    counts: Mapping[tuple[int, int], int]  # (source id, tag id) -> annotations

    def count(self, source_id: int, tag_id: int) -> int:
        return self.counts.get((source_id, tag_id), 0)

    def density(self, source_id: int, tag_id: int) -> float:
        """Annotations per ``PER_WORDS`` words of the source (0 for a source without words)."""
        words = next(s.words for s in self.sources if s.id == source_id)
        return self.count(source_id, tag_id) * PER_WORDS / words if words else 0.0

    def total(self, source_id: int) -> int:
        return sum(self.count(source_id, t.id) for t in self.tags)

    def sorted_by(self, tag_id: int | None = None, *, per_words: bool = False) -> Profile:
        """The same profile with the sources ordered by one tag's count (or by all, ``tag_id`` None),
        highest first ("most polemical first")."""

        def key(source: ChartSource) -> float:
            ids = [tag_id] if tag_id is not None else [t.id for t in self.tags]
            if per_words:
                return sum(self.density(source.id, t) for t in ids)
            return sum(self.count(source.id, t) for t in ids)

        ordered = sorted(self.sources, key=lambda s: (-key(s), s.title.lower()))
        return Profile(self.facet, self.facet_name, self.tags, tuple(ordered), self.counts)


@dataclass(frozen=True, slots=True)
class Matrix:
    """Tags × sources: annotations carrying each tag in each source."""

    tags: tuple[ChartTag, ...]
    sources: tuple[ChartSource, ...]
    counts: Mapping[tuple[int, int], int]  # (tag id, source id) -> annotations

    def count(self, tag_id: int, source_id: int) -> int:
        return self.counts.get((tag_id, source_id), 0)

    def records(self) -> list[dict[str, object]]:
        """The non-zero cells as ``{source_id, tag, count}`` (tag as its path), in row and column order."""
        return [
            {"source_id": s.id, "tag": t.path, "count": self.count(t.id, s.id)}
            for t in self.tags
            for s in self.sources
            if self.count(t.id, s.id)
        ]


@dataclass(frozen=True, slots=True)
class Cooccurrence:
    """Tags × tags: how many times two tags fall on the same or on overlapping passages.

    Counted as pairs of tagged passages that overlap, one carrying the one tag and one the other; an
    annotation carrying both tags counts once (with itself). The diagonal is each tag's number of
    annotations.
    """

    tags: tuple[ChartTag, ...]
    pairs: Mapping[tuple[int, int], int]  # (lower tag id, higher tag id) -> co-occurrences
    totals: Mapping[int, int] = field(default_factory=dict)  # tag id -> annotations

    def count(self, a: int, b: int) -> int:
        if a == b:
            return self.totals.get(a, 0)
        return self.pairs.get((min(a, b), max(a, b)), 0)


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    tag_id: int
    annotation_id: int


@dataclass(frozen=True, slots=True)
class CodeLine:
    """A source as a strip from start to end, with its tagged passages in text order and its page starts
    (empty without a page map) or else its paragraph starts."""

    source: ChartSource
    tags: tuple[ChartTag, ...]  # the tags that occur, in taxonomy order
    segments: tuple[Segment, ...]
    marks: tuple[tuple[int, str], ...] = ()  # (code point, label): pages, or paragraphs
    marks_are_pages: bool = False


def describe_filter(f: ExcerptFilter) -> str:
    """The filter in words for a chart's caption ("everything" when it selects every annotation)."""
    parts: list[str] = []
    if f.source_ids:
        parts.append("sources " + ", ".join(str(s) for s in f.source_ids))
    if f.tags:
        joined = (" and " if f.tag_match == "all" else " or ").join(str(t) for t in f.tags)
        parts.append(f"tagged {joined}")
    if f.facet:
        parts.append(f"facet {f.facet}")
    if f.kind is not None:
        parts.append(f"{f.kind.value} sources")
    if f.year_from is not None or f.year_to is not None:
        parts.append(f"dated {f.year_from or '…'}–{f.year_to or '…'}")
    if f.relation is not None:
        parts.append(f"linked as {f.relation.value}")
    elif f.linked:
        parts.append("linked")
    if f.speaker:
        parts.append(f"spoken by {f.speaker}")
    if f.query:
        parts.append(f"matching the search “{f.query}”")
    if f.coders:
        parts.append("coded by " + " or ".join(f.coders))
    return "; ".join(parts) or "everything"


def caption(project_name: str, f: ExcerptFilter, day: date) -> str:
    """``Project “…” · filter: … · 7 December 2026``: what a chart shows, for a paper or a slide."""
    return f"Project “{project_name}” · filter: {describe_filter(f)} · {day.day} {day:%B %Y}"


@dataclass(frozen=True, slots=True)
class LinkMap:
    """Sources as nodes (sized by their annotations) and the links between their passages as edges, counted
    per pair of sources and relation; a link's direction is dropped (the pair is ordered by source id)."""

    sources: tuple[ChartSource, ...]
    annotations: Mapping[int, int]  # source id -> annotations (among those the filter selects)
    edges: Mapping[tuple[int, int, str], int]  # (lower source id, higher source id, relation) -> links

    def count(self, a: int, b: int, relation: str) -> int:
        return self.edges.get((min(a, b), max(a, b), relation), 0)


@dataclass(frozen=True, slots=True)
class DatedSource:
    source: ChartSource
    start: str | None  # ISO dates (inclusive), None when the source is undated
    end: str | None
    approximate: bool
    annotations: int


@dataclass(frozen=True, slots=True)
class SourceTimeline:
    """Sources placed by their dates (ranges and approximate dates as such), for lanes by kind; with the
    dated events each tells (the figures and dates detector's dated statements) on the same axis."""

    sources: tuple[DatedSource, ...]  # dated first, by start; the undated after them
    events: Mapping[int, tuple[DatedStatement, ...]] = field(default_factory=dict)  # source id -> in order
    undetected: int = 0  # sources whose dated statements were not detected yet (see OverviewService)
    detecting: bool = False  # those are being detected now (the window's chart, drawn again when they are in)

    @property
    def undated(self) -> tuple[DatedSource, ...]:
        return tuple(s for s in self.sources if s.start is None)


def in_date_order(statements: Iterable[DatedStatement]) -> tuple[DatedStatement, ...]:
    """Dated statements by their date (before our era first: "-0489" before "-0400"), then by place."""
    return tuple(sorted(statements, key=lambda d: (sort_key(d.date_start), d.start)))


def decimal_year(iso: str, end: bool = False) -> float:
    """``1932-07-01`` as 1932.5 (the end of the day with ``end``): a position on a year axis; "-0489-01-01"
    (490 BC) as -489.0 (see ``annotator.domain.historical_dates``)."""
    year, month, day = parts(iso)
    return year + ((month - 1) * 30.4 + day - (0 if end else 1)) / 365.25
