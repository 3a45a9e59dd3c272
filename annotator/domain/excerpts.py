"""Excerpts: annotated passages chosen for export, the filter that chooses them, and their citations.

One filter model serves the export dialog, the command line and the search panel, so "the passages tagged
*statistical* in primary sources of 1930–1933" means the same thing everywhere. An excerpt is an annotation
together with what a reader needs to find it again: its source's bibliographic fields and its location
(paragraph, code-point range, and page where the source has a page map).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.domain.model import Annotation, Relation, Source, SourceKind, SourceMetadata, TagRef
from annotator.domain.pages import PageMap
from annotator.domain.paragraphs import paragraph_starts
from annotator.domain.records import builder


class ExportCancelled(AnnotatorError):
    """The person cancelled an export; nothing was written."""


class TagMatch(StrEnum):
    ANY = "any"  # excerpts carrying at least one of the tags
    ALL = "all"  # excerpts carrying every one of them


class CitationStyle(StrEnum):
    # Rendered from the official CSL style files (io/citations.py); each cited source also gets a
    # bibliography entry at the end of an export.
    CHICAGO_NOTES = "chicago-notes"  # Chicago notes and bibliography: full note first, short note after
    CHICAGO_AUTHOR_DATE = "chicago-author-date"
    MLA = "mla"
    APA = "apa"
    # The project's own forms, made here.
    SHORT = "short"  # "Conquest, Harvest of Sorrow (1986), p. 37, ¶ 12"
    FULL = "full"  # every bibliographic field, with the code-point range

    @property
    def is_csl(self) -> bool:
        return self not in (CitationStyle.SHORT, CitationStyle.FULL)

    @property
    def is_note(self) -> bool:
        """A notes style: its citations belong in footnotes (DOCX writes them as Word footnotes)."""
        return self is CitationStyle.CHICAGO_NOTES


class GroupBy(StrEnum):
    SOURCE = "source"
    TAG = "tag"


E = TypeVar("E", bound=StrEnum)


def coerce(enum: type[E], value: object, what: str) -> E:
    """``value`` as a member of ``enum`` ("Same event" -> same-event), or InvalidInput naming ``what``."""
    if isinstance(value, enum):
        return value
    text = str(value).strip().lower().replace(" ", "-").replace("_", "-")
    try:
        return enum(text)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise InvalidInput(f"{what} {value!r} is not one of {known}") from None


@dataclass(frozen=True, slots=True)
class ExcerptFilter:
    """Which annotations to export; every criterion given must hold (an empty filter takes them all).

    Strings are accepted for the enumerations (``kind="primary"``, ``relation="contradicts"``) and turned
    into their enum values, so the CLI and the dialog can pass what the person typed or picked.
    """

    source_ids: tuple[int, ...] = ()
    tags: tuple[str | int, ...] = ()  # tag paths ("bias/polemical") or tag ids
    tag_match: TagMatch = TagMatch.ANY
    facet: str | None = None  # a facet slug: excerpts carrying any tag of that facet
    relation: Relation | None = None  # excerpts at either end of a link with this relation
    linked: bool = False  # excerpts at either end of any link
    query: str = ""  # a search query; the passage must overlap a hit
    kind: SourceKind | None = None
    year_from: int | None = None  # the source's date range must reach into [year_from, year_to]
    year_to: int | None = None
    speaker: str | None = None  # a name (any case, or a unique beginning): the passages they speak in
    coders: tuple[str, ...] = ()  # logins or display names: the annotations these coders made

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "source_ids", tuple(dict.fromkeys(int(s) for s in self.source_ids)))
        set_(self, "tags", tuple(dict.fromkeys(self.tags)))
        set_(self, "tag_match", coerce(TagMatch, self.tag_match, "tag match"))
        if self.relation is not None:
            set_(self, "relation", coerce(Relation, self.relation, "relation"))
        if self.kind is not None:
            set_(self, "kind", coerce(SourceKind, self.kind, "kind"))
        set_(self, "facet", (self.facet or "").strip().lower() or None)
        set_(self, "query", self.query.strip())
        set_(self, "speaker", " ".join((self.speaker or "").split()) or None)
        set_(self, "coders", tuple(dict.fromkeys(c.strip() for c in self.coders if c.strip())))
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise InvalidInput(f"the year range {self.year_from}–{self.year_to} ends before it starts")

    @property
    def is_empty(self) -> bool:
        return self == ExcerptFilter()

    def date_bounds(self) -> tuple[str | None, str | None]:
        """ISO bounds for comparison with a source's DateRange (inclusive, sortable as strings)."""
        first = f"{self.year_from:04d}-01-01" if self.year_from is not None else None
        last = f"{self.year_to:04d}-12-31" if self.year_to is not None else None
        return first, last

    def describe(self) -> str:
        """The filter in words, for the heading of an export ("all excerpts" when empty)."""
        parts: list[str] = []
        if self.source_ids:
            parts.append("from source(s) " + ", ".join(str(s) for s in self.source_ids))
        if self.tags:
            joiner = " and " if self.tag_match is TagMatch.ALL else " or "
            parts.append("tagged " + joiner.join(str(t) for t in self.tags))
        if self.facet:
            parts.append(f"with a tag of facet {self.facet}")
        if self.relation is not None:
            parts.append(f"linked as “{self.relation.label}”")
        elif self.linked:
            parts.append("linked to another passage")
        if self.speaker:
            parts.append(f"spoken by {self.speaker}")
        if self.query:
            parts.append(f"matching the search “{self.query}”")
        if self.kind is not None:
            parts.append(f"from {self.kind.value} sources")
        if self.year_from is not None or self.year_to is not None:
            first = "…" if self.year_from is None else str(self.year_from)
            last = "…" if self.year_to is None else str(self.year_to)
            parts.append(f"dated {first}–{last}")
        return "excerpts " + ", ".join(parts) if parts else "all excerpts"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a passage is: code points (end exclusive), paragraphs (from 1), page label when known."""

    start: int
    end: int
    paragraph: int | None = None
    last_paragraph: int | None = None
    page: str | None = None  # "37" or "37–38"
    section: str = ""  # the heading the passage stands under: "chapter 6, ‘The politics of Stalinism’"

    @property
    def paragraph_label(self) -> str:
        if self.paragraph is None:
            return ""
        if self.last_paragraph is None or self.last_paragraph == self.paragraph:
            return f"¶ {self.paragraph}"
        return f"¶ {self.paragraph}–{self.last_paragraph}"

    @property
    def page_label(self) -> str:
        if not self.page:
            return ""
        return f"pp. {self.page}" if "–" in self.page else f"p. {self.page}"

    @property
    def range_label(self) -> str:
        return f"characters {self.start}–{self.end}"


_build_location = builder(Location)


class Locator:
    """Locates passages of one text: its paragraphs (as ``paragraphs.py`` defines them) and page map.

    Built once per source, so locating thousands of excerpts costs a few binary searches of plain integer
    lists each (an export locates every excerpt and every linked passage: issue 23).
    """

    def __init__(
        self,
        text: str,
        page_map: PageMap | None = None,
        sections: Sequence[tuple[int, str]] = (),
        starts: list[int] | None = None,
    ) -> None:
        """``sections``: (start, name) of the headings a full citation may name, in text order; ``starts``:
        ``paragraph_starts(text)`` when the caller has it already (an export keeps it per text)."""
        self._starts = paragraph_starts(text) if starts is None else starts  # paragraph n at [n - 1]
        self._page_starts = [start for start, _ in page_map] if page_map else []
        self._page_labels = [label for _, label in page_map] if page_map else []
        self._sections = list(sections)
        self._section_starts = [start for start, _ in self._sections]

    def locate(self, start: int, end: int) -> Location:
        starts = self._starts
        first = bisect_right(starts, start)  # the number of the paragraph, 0 before the first
        last = bisect_right(starts, end - 1) if end - 1 > start else first
        # Positional, in the fields' order (start, end, paragraph, last_paragraph, page, section), and
        # without the frozen __init__ (records.builder): an export locates every excerpt (issue 23).
        return _build_location(
            start,
            end,
            first or None,
            last or None,
            self._pages(start, end) if self._page_starts else None,
            self._section(start) if self._section_starts else "",
        )

    def _pages(self, start: int, end: int) -> str | None:
        """``pages.page_range`` on the map's starts and labels."""
        first = self._page(start)
        last = self._page(end - 1) if end - 1 > start else first
        if first is None or last is None:
            return None
        return first if first == last else f"{first}–{last}"

    def _page(self, offset: int) -> str | None:
        """``pages.page_at`` (see there why a page can be unknown)."""
        index = bisect_right(self._page_starts, offset) - 1
        if index < 0 and self._page_starts[0] > 0:
            return None
        return self._page_labels[max(index, 0)] or None

    def _section(self, offset: int) -> str:
        index = bisect_right(self._section_starts, offset) - 1
        return self._sections[index][1] if index >= 0 else ""


def locate(text: str, start: int, end: int, page_map: PageMap | None = None) -> Location:
    """The location of ``text[start:end]``: paragraph numbers, the range, and pages when mapped."""
    return Locator(text, page_map).locate(start, end)


_PASSIVE = {
    Relation.CORROBORATES: "corroborated by",
    Relation.CONTRADICTS: "contradicted by",
    Relation.CITES: "cited by",
    Relation.PARAPHRASES: "paraphrased by",
}


@dataclass(frozen=True, slots=True)
class LinkedPassage:
    """The other end of a link, seen from an excerpt."""

    link_id: int
    link_uuid: str
    relation: Relation
    outgoing: bool  # True when the excerpt is the link's first end ("A contradicts B")
    note: str
    annotation_id: int
    source_id: int
    source_title: str
    quote: str
    location: Location

    @property
    def verb(self) -> str:
        """How the excerpt relates to this passage: "contradicts", or "contradicted by" from the other end."""
        if self.relation is Relation.SAME_EVENT:
            return "same event as"
        return self.relation.label if self.outgoing else _PASSIVE[self.relation]

    def describe(self) -> str:
        """The passage as a cell or a line shows it: 'contradicts “quote” (Title, ¶ 3)'."""
        where = ", ".join(p for p in (self.source_title, self.location.paragraph_label) if p)
        return f"{self.verb} “{shorten(self.quote, 80)}” ({where})"


@dataclass(frozen=True, slots=True)
class FigureNote:
    """A figure detected in a source (issue 17), exported as an excerpt of its own beside the annotations
    (``annotator export --figures``): its value or range, unit, what it counts and the period."""

    value: float | None
    low: float | None
    high: float | None
    unit: str
    counted: str
    period: str  # the years it refers to, "1932–1933" or "1937", or "" when the text gives none
    approx: str = ""  # "about", "nearly", "at least"…

    @property
    def amount(self) -> str:
        """The value as a reader writes it: "3,500,000", "5,000,000–7,000,000", "about 40"."""

        def number(v: float) -> str:
            return f"{v:,.0f}" if v == int(v) and abs(v) >= 1 else f"{v:,.4g}"

        if self.value is not None:
            written = number(self.value)
        elif self.low is not None and self.high is not None:
            written = f"{number(self.low)}–{number(self.high)}"
        else:
            written = ""
        return f"{self.approx} {written}".strip()

    def describe(self) -> str:
        """One line: "Figure: about 3,500,000 people; counted: famine deaths; period: 1932–1933"."""
        parts = [f"Figure: {self.amount} {self.unit}".rstrip()]
        parts.append(f"counted: {self.counted or 'not said'}")
        parts.append(f"period: {self.period or 'not said'}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Excerpt:
    """An annotation with its source and location, ready for any exporter."""

    annotation: Annotation
    source: Source
    location: Location
    links: tuple[LinkedPassage, ...] = field(default=())
    # The source's stored text is hard-wrapped (``wrapping.hard_wrapped``): a line break in the quote is
    # the file's width, not the end of a paragraph. See ``flowed``.
    hard_wrapped: bool = False
    # A detected figure exported as an excerpt (its annotation is made for the export, untagged, without a
    # note, its id below 0); None for the project's annotations.
    figure: FigureNote | None = None

    @property
    def id(self) -> int:
        return self.annotation.id

    @property
    def flowed_quote(self) -> str:
        """The quote as exports and the preview show it (``flowed`` by its source's wrapping)."""
        return flowed(self.quote, self.hard_wrapped)

    @property
    def quote(self) -> str:
        return self.annotation.quote.exact

    @property
    def tags(self) -> tuple[TagRef, ...]:
        return self.annotation.tags

    @property
    def note(self) -> str:
        return self.annotation.note


# --- Citations ------------------------------------------------------------------------------------------


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")
# A line break before a list item ("- ", "• ", "2. ") is the list's, not the file's line width: it stays.
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?![-*•–][ \t]|\d{1,3}[.)][ \t])")


def flowed(text: str, hard_wrapped: bool = True) -> str:
    """A quote as it reads: line breaks in a paragraph joined by a space, paragraphs apart by a blank line.

    ``hard_wrapped`` says whether the quote's source is: sources imported before reflow (or with reflow
    declined) keep the hard line breaks of the file in their stored text, and a quote shown or exported
    is the passage the author wrote, not the file's line width (breaks before list items stay). In a text
    written one paragraph to a line (reflowed, Word, web and PDF imports) a line break ends a paragraph,
    as the paragraph numbers count it: a quote over two paragraphs stays two. Offsets and the stored quote
    are left as they are: only what is shown changes.
    """
    if not hard_wrapped:
        return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    paragraphs = _PARAGRAPH_BREAK.split(text.strip())
    return "\n\n".join(_LINE_BREAK.sub(" ", paragraph) for paragraph in paragraphs)


# Words that make an author a body, not a person: "Krasnopolye District Committee" keeps its whole name.
_BODIES = re.compile(
    r"\b(committee|commission|council|board|party|ministry|institute|office|department|bureau|union|"
    r"society|association|academy|archive|library|university|editors?|editorial|collective|staff|"
    r"government|soviet|congress|agency|press|museum)\b",
    re.IGNORECASE,
)


def surname(name: str) -> str:
    """The name a short citation uses: "Conquest" for "Robert Conquest" or "Conquest, Robert".

    Organisations keep their whole name ("Krasnopolye District Committee").
    """
    name = " ".join(name.split())
    if _BODIES.search(name):
        return name
    if "," in name:
        return name.split(",", 1)[0].strip()
    words = name.split(" ")
    # A personal name is two or three capitalized words; "Regional grain commission" is not.
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return words[-1]
    return name


def _join_names(names: Iterable[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def short_authors(authors: tuple[str, ...]) -> str:
    if len(authors) > 2:
        return f"{surname(authors[0])} et al."
    return _join_names(surname(a) for a in authors)


def short_title(title: str) -> str:
    """The title without its subtitle."""
    main = re.split(r":\s|\.\s", title, maxsplit=1)[0]
    return main.strip() or title


def cite_source(metadata: SourceMetadata, style: CitationStyle | str = CitationStyle.SHORT) -> str:
    """The source part of a citation, without the location."""
    style = coerce(CitationStyle, style, "citation style")
    m = metadata
    if style is CitationStyle.SHORT:
        head = ", ".join(p for p in (short_authors(m.authors), short_title(m.title)) if p)
        return f"{head} ({m.date_text})" if m.date_text else head
    parts = [_join_names(m.authors), m.title, m.container_title, m.publisher, m.date_text]
    # The whole shelfmark (since 0009); the older parts are what it is made of when it was not typed.
    shelfmark = m.archive_location or ", ".join(
        p for p in (m.archival_collection, m.archival_file, m.archival_folio) if p
    )
    archival = ", ".join(p for p in (m.archive, shelfmark) if p)
    if archival:
        parts.append(archival)
    if m.url:
        parts.append(f"{m.url} (accessed {m.date_accessed})" if m.date_accessed else m.url)
    return _sentences(parts)


def _sentences(parts: Iterable[str]) -> str:
    """Parts joined by ". ", a part that ends in its own period ("l. 4–4 ob.", "Jr.") keeping it whole
    without doubling it."""
    text = ""
    for part in (p.strip() for p in parts):
        if part:
            text += ("" if not text else " " if text.endswith(".") else ". ") + part
    return text


def cite_location(location: Location, style: CitationStyle | str = CitationStyle.SHORT) -> str:
    style = coerce(CitationStyle, style, "citation style")
    parts = [location.page_label, location.paragraph_label]
    if style is CitationStyle.FULL:
        parts = [location.section, *parts, location.range_label]
    return ", ".join(p for p in parts if p)


def cite(excerpt: Excerpt, style: CitationStyle | str = CitationStyle.SHORT) -> str:
    """The whole citation of an excerpt in the given style."""
    style = coerce(CitationStyle, style, "citation style")
    source = cite_source(excerpt.source.metadata, style)
    where = cite_location(excerpt.location, style)
    if style is CitationStyle.FULL:
        text = _sentences((source, where))
        return text if text.endswith(".") else text + "."
    return ", ".join(p for p in (source, where) if p)
