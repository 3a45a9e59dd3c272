"""Citations in a historian's style: the official CSL styles (``resources/csl``) rendered with citeproc-py.

One ``Citations`` serves one export: it numbers nothing itself, but cites the excerpts in the order the
exporter asks, so a notes style gives a source's full note the first time and its short note after, and it
lists every cited source once for the bibliography at the end. The project's own short and full forms
(``domain/excerpts.py``) go through the same object, so exporters need not know which kind they have.

Items are the sources' CSL-JSON (``bibliography.csl_item``, the mapping the CSL-JSON export uses), with two
changes for rendering only: a personal name typed whole ("Robert Conquest") is split into given and family
names, as the styles invert only the first author; and the locator is the printed page where the source
has a page map, else the paragraph.

Nothing is fetched: the style files and the en-US locale ship with the app. citeproc-py implements CSL
1.0.1 with gaps; two that these styles meet are worked around here (see ``_style_xml`` and
``bibliography``), others are listed in resources/csl/README.md.
"""

from __future__ import annotations

import io
import re
import threading
import weakref
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import citeproc.model
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
)
from citeproc.frontend import CitationStylesXML
from citeproc.source.json import CiteProcJSON
from lxml import etree

from annotator.domain.excerpts import CitationStyle, Excerpt, cite, cite_source, coerce, surname
from annotator.domain.model import Source, SourceMetadata
from annotator.io.bibliography import csl_item

STYLE_FILES = {
    CitationStyle.CHICAGO_NOTES: "chicago-notes-bibliography.csl",
    CitationStyle.CHICAGO_AUTHOR_DATE: "chicago-author-date.csl",
    CitationStyle.MLA: "modern-language-association.csl",
    CitationStyle.APA: "apa.csl",
}
LOCALE_FILE = "locales-en-US.xml"
_CSL = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": _CSL}


_MACROS: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()
_looked_up = citeproc.model.CitationStylesElement.get_macro


def _get_macro(self: Any, name: str) -> Any:
    """citeproc-py's ``get_macro`` remembered per style: it ran an XPath query over the whole style for
    every macro call, 60 % of the time of a Chicago note (the style is never changed once loaded)."""
    root = self.get_root()
    macros = _MACROS.setdefault(root, {})
    macro = macros.get(name)
    if macro is None:
        macro = macros[name] = _looked_up(self, name)
    return macro


citeproc.model.CitationStylesElement.get_macro = _get_macro


def _remembered(method: Any) -> Any:
    """``method`` (of no argument but the element) remembered per element: what it answers depends only on
    the style, which is never changed once loaded. Weak keys: a style's elements go with the style."""
    answers: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    def remembered(self: Any) -> Any:
        try:
            return answers[self]
        except KeyError:
            answer = answers[self] = method(self)
            return answer

    return remembered


# Whether an element calls a variable was found by walking its whole subtree, macros included, for every
# group at every render (40 % of a Chicago note's time); the layout an element belongs to by an XPath query.
for _class in (citeproc.model.Parent, citeproc.model.Text):
    _class.calls_variable = _remembered(_class.calls_variable)
citeproc.model.CitationStylesElement.get_layout = _remembered(citeproc.model.CitationStylesElement.get_layout)
_label_term = citeproc.model.Label.process


def _label(self: Any, item: Any, variable: str | None = None, *args: Any, **kwargs: Any) -> Any:
    """A ``cs:label`` only for a variable the item has, as CSL says: citeproc-py printed the term anyway,
    and a newspaper article without an edition was cited "…, March 20, 1930, Edition"."""
    name = variable or self.get("variable")
    if name and name != "locator" and not name.startswith("number-of"):
        try:
            item.reference[name.replace("-", "_")]
        except citeproc.model.VariableError:
            return None
    return _label_term(self, item, variable, *args, **kwargs)


citeproc.model.Label.process = _label


@_remembered  # asked at every substitution, and sorting by author asks for every comparison
def _called_variables(element: Any) -> tuple[tuple[str, str], ...]:
    """The (tag, variable) pairs a style element prints, through the macros it calls."""
    found: list[tuple[str, str]] = []
    if element.get("variable"):
        found += [(element.tag, v) for v in element.get("variable").split()]
    if element.get("macro"):
        found += _called_variables(element.get_macro(element.get("macro")))
    for child in element.getchildren():
        found += _called_variables(child)
    return tuple(found)


def _repress(self: Any, child: Any, context: Any) -> None:
    """What a ``cs:substitute`` printed in the author's place is left out of the rest of the entry, as CSL
    says. citeproc-py remembered only a variable named on the substitute's own child, not those of the
    macro it calls (Chicago's ``<text macro="title"/>``), so a source without an author, as most archival
    documents are, had its title twice: "“Spravka”. “Spravka”. November 20, 1932."
    """
    repressed = context.get_layout().repressed
    for tag, variable in _called_variables(child):
        repressed.setdefault(tag, []).append(variable)


citeproc.model.Substitute.add_to_repressed_list = _repress


class _Opening(threading.local):
    """Whether the citation or bibliography entry being rendered has printed anything yet, and whether a
    term that opens it is capitalized there (see ``_render_text``). Per thread: exports run in workers."""

    def __init__(self) -> None:
        self.printed = True
        self.capitalize = False


_opening = _Opening()
_layout_children = citeproc.model.Layout.render_children
_rendered = citeproc.model.CitationStylesElement.render
_text_rendered = citeproc.model.Text.render
_group_processed = citeproc.model.Group.process


def _render_layout(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
    """One citation item or bibliography entry, with a fresh ``_opening``. A term is capitalized where it
    opens a note, or an entry, as citeproc-js does and the CSL test suite expects ("Ibid. p. 23."), but
    not in an in-text citation, where the parentheses stand inside a sentence."""
    in_text = self.get_root().get("class") == "in-text"
    saved = _opening.printed, _opening.capitalize
    _opening.printed = False
    _opening.capitalize = not (in_text and self.getparent().tag == f"{{{_CSL}}}citation")
    try:
        return _layout_children(self, item, *args, **kwargs)
    finally:
        _opening.printed, _opening.capitalize = saved


def _render_element(self: Any, *args: Any, **kwargs: Any) -> Any:
    text = _rendered(self, *args, **kwargs)
    if text:
        _opening.printed = True
    return text


def _render_text(self: Any, *args: Any, **kwargs: Any) -> Any:
    """citeproc-py printed a term that opens a note as the locale has it: "ibid. p. 23."."""
    if _opening.printed or not _opening.capitalize or "term" not in self.attrib:
        text = _text_rendered(self, *args, **kwargs)
    else:
        term, language = self.process(*args, **kwargs)
        text = self.markup(term.capitalize_first() if term else term, language)
    if text:
        _opening.printed = True
    return text


def _process_group(self: Any, *args: Any, **kwargs: Any) -> Any:
    """A group left out (none of its variables printed) has printed nothing, whatever its terms did."""
    printed = _opening.printed
    try:
        return _group_processed(self, *args, **kwargs)
    except citeproc.model.VariableError:
        _opening.printed = printed
        raise


citeproc.model.Layout.render_children = _render_layout
citeproc.model.CitationStylesElement.render = _render_element
citeproc.model.Text.render = _render_text
citeproc.model.Group.process = _process_group


def _resource(name: str) -> bytes:
    return files("annotator.resources.csl").joinpath(name).read_bytes()


# Variables printed as the source has them, whatever case a style asks for: an archive's shelfmark is a
# reference to copy, not prose. Chicago capitalizes the location that opens the archival part of a
# bibliography entry (CMOS 14.128: "Folder 5"), which turned "f. 17, op. 42" (fond 17) into "F. 17".
_AS_STORED = ("archive_location", "call-number")


@cache
def _style_xml(style: CitationStyle) -> bytes:
    """The style file, with ``initialize-with`` moved from the style (or citation, bibliography) element
    down to each ``cs:name`` that does not say ``initialize="false"``, and no ``text-case`` on the
    variables in ``_AS_STORED``.

    citeproc-py ignores ``initialize="false"`` (CSL 1.0.1): Chicago sets ``initialize-with=". "`` on the
    whole style, to punctuate initials a name already has, and "Robert Conquest" came out "R. Conquest".
    """
    root = etree.fromstring(_resource(STYLE_FILES[style]))
    for text in root.iter(f"{{{_CSL}}}text"):
        if text.get("variable") in _AS_STORED:
            text.attrib.pop("text-case", None)
    holders = [root, *root.findall("cs:citation", _NS), *root.findall("cs:bibliography", _NS)]
    for name in root.iter(f"{{{_CSL}}}name"):
        if name.get("initialize-with") is not None:
            continue
        inherited = next(
            (h.get("initialize-with") for h in reversed(holders) if h.get("initialize-with") is not None
             and (h is root or name in h.iter())),
            None,
        )  # fmt: skip
        if inherited is not None and name.get("initialize") != "false":
            name.set("initialize-with", inherited)
    for holder in holders:
        holder.attrib.pop("initialize-with", None)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


@cache
def _locale_xml() -> bytes:
    return _resource(LOCALE_FILE)


def load_style(style: CitationStyle | str) -> CitationStylesStyle:
    """A fresh citeproc-py style (each export gets its own: citeproc keeps state in it) with the shipped
    en-US locale in place of the one bundled with citeproc-py."""
    style = coerce(CitationStyle, style, "citation style")
    if not style.is_csl:
        raise ValueError(f"{style} is not a CSL style")
    loaded = CitationStylesStyle(io.BytesIO(_style_xml(style)), locale="en-US", validate=False)
    ours = CitationStylesXML(io.BytesIO(_locale_xml()), validate=False).root
    root = loaded.root
    in_style = [loc for loc in root.locales if loc.getroottree().getroot() is root]
    ours.style = root  # what citeproc-py's set_locale_list does for each locale it adds
    root.locales = [*in_style, ours]
    return loaded


def _split_name(name: dict[str, str]) -> dict[str, str]:
    """A personal name typed whole, "Robert Conquest", as given and family; bodies stay literal."""
    literal = name.get("literal")
    if literal is None:
        return name
    words = literal.split()
    family = surname(literal)  # the short form's rule: two or three capitalized words, and no body
    if family == literal or family != words[-1]:
        return name
    return {"family": family, "given": " ".join(words[:-1])}


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"), start=1)}  # fmt: skip
_WRITTEN_DATE = re.compile(r"(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})|(\d{4})")


def _parsed(raw: str) -> dict[str, Any] | None:
    """A date typed in words, "14 March 1930" or "March 1930", as date-parts: citeproc-py drops a
    "raw" date, and the note lost its date."""
    found = _WRITTEN_DATE.search(raw)
    if not found:
        return None
    day, month, year, bare_year = found.groups()
    if bare_year:
        return {"date-parts": [[int(bare_year)]]}
    number = _MONTHS.get(month.lower())
    if number is None:
        return {"date-parts": [[int(year)]]}
    return {"date-parts": [[int(year), number, *([int(day)] if day else [])]]}


def render_item(key: str, metadata: SourceMetadata) -> dict[str, Any]:
    """The CSL-JSON item a style renders for this source (see the module note)."""
    item = csl_item(key, metadata)
    for name in ("issued", "original-date", "accessed"):
        raw = item.get(name, {}).get("raw")
        if raw is not None and (parsed := _parsed(raw)) is not None:
            item[name] = parsed
    for role in ("author", "editor", "translator"):
        if role in item:
            item[role] = [_split_name(n) for n in item[role]]
    return item


def locator(excerpt: Excerpt) -> Locator | None:
    """The printed page where known, else the paragraph."""
    location = excerpt.location
    if location.page:
        return Locator("page", location.page)
    if location.paragraph is not None:
        first, last = location.paragraph, location.last_paragraph
        return Locator("paragraph", str(first) if last in (None, first) else f"{first}–{last}")
    return None


# The en-US locale sets punctuation-in-quote (American usage: “Title,” not “Title”,), which citeproc-py
# does not implement; every shipped style uses that locale.
_OUTSIDE_QUOTE = re.compile(r"([”’])([.,])")


def _american(text: str) -> str:
    return _OUTSIDE_QUOTE.sub(r"\2\1", text)


def _ignore(_item: object) -> None:
    """citeproc-py reports references it cannot find; ours are all registered."""


class Citations:
    """The citations of one export in one style, and its bibliography."""

    def __init__(self, style: CitationStyle | str, sources: Sequence[Source] = ()) -> None:
        """``sources``: every source an excerpt may cite (more do no harm)."""
        self.style = coerce(CitationStyle, style, "citation style")
        self._sources: dict[str, Source] = {str(s.id): s for s in sources}
        self._cited: dict[str, None] = {}  # in first-cited order
        self._made: dict[tuple[str, str, str, bool], str] = {}
        self._processor: CitationStylesBibliography | None = None
        if self.style.is_csl:
            self._processor = self._new_processor()

    def _items(self) -> CiteProcJSON:
        return CiteProcJSON([render_item(key, s.metadata) for key, s in self._sources.items()])

    def _new_processor(self) -> CitationStylesBibliography:
        return CitationStylesBibliography(load_style(self.style), self._items(), formatter.plain)

    def cite(self, excerpt: Excerpt) -> str:
        """The excerpt's citation (with its locator); call in the order the reader meets them."""
        key = str(excerpt.source.id)
        if key not in self._sources:
            self._sources[key] = excerpt.source
            if self._processor is not None:  # a source not announced: start again with it among the items
                self._processor = self._new_processor()
                for cited in self._cited:
                    self._processor.register(Citation([CitationItem(cited)]))
        first = key not in self._cited
        self._cited.setdefault(key)
        if self._processor is None:
            return cite(excerpt, self.style)
        where = locator(excerpt)
        # A citation is its source, locator and whether it is the source's first: made once, then reused.
        # citeproc-py compares each new citation with every one before it (2,000 Chicago notes took 66 s,
        # growing with the square); a book's excerpts share a few hundred pages.
        known = (key, where.label if where else "", where.identifier if where else "", first)
        text = self._made.get(known)
        if text is None:
            item = CitationItem(key, locator=where) if where is not None else CitationItem(key)
            citation = Citation([item])
            self._processor.register(citation)
            text = self._made[known] = _american(str(self._processor.cite(citation, _ignore)).strip())
        return text

    @property
    def has_bibliography(self) -> bool:
        return self.style.is_csl and bool(self._cited)

    def bibliography(self) -> list[str]:
        """Each source cited so far once, as the style's bibliography lists them (sorted as it says).

        Made by a processor of its own without locators: citeproc-py lets the last locator of a source
        leak into Chicago's bibliography entry ("12, no. 3 (2020): 50" for pages 45–67).
        """
        if not self._cited:
            return []
        if not self.style.is_csl:
            entries = {cite_source(self._sources[k].metadata, CitationStyle.FULL) for k in self._cited}
            return sorted(entries, key=str.casefold)
        processor = self._new_processor()
        for key in self._cited:
            processor.register(Citation([CitationItem(key)]))
        processor.sort()
        return [_american(str(entry).strip()) for entry in processor.bibliography()]
