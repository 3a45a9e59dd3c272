"""Saved web pages (.html, .htm): the main text, and the metadata the page declares about itself.

The main text comes from trafilatura. We chose it over readability-lxml and jusText because it keeps what
a historian cites (headings, paragraphs, lists, tables, block quotes) while dropping navigation, cookie
banners, scripts and comment widgets; it falls back on readability- and jusText-style algorithms itself
when its own rules find too little; it is maintained and scores best of the three in published extraction
benchmarks; and it reads metadata too. readability-lxml returns cleaned HTML of one "article" node and
loses headings outside it; jusText classifies paragraphs by stop-word density, needs a stop list per
language and drops headings and short paragraphs. Nothing is ever fetched: trafilatura gets the page as a
string (we never call its downloader), and lxml parses without loading DTDs or external entities.

A page's notes (a references list, footnotes) are found by html_notes from the page's own links and taken
out before trafilatura sees them, which drops such lists or keeps them broken over lines; they follow the
main text as a notes section ("References", then "[1] …" lines) that the notes detector resolves.

Metadata is read from the page's own tags first (``og:title``, ``<title>``, ``<meta name="author">``,
``article:published_time``, ``og:site_name``, ``og:url``, ``<html lang>``), trafilatura's guesses only
filling gaps: it rewrites names ("B. Writer" becomes "B Writer"), and the tags are what the page says.
"""

from __future__ import annotations

import codecs
import copy
import logging
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from annotator.domain.dates import parse_date
from annotator.domain.errors import SourceRejected
from annotator.domain.importing import ImportContext, ImportSteps
from annotator.domain.model import ImportedDocument
from annotator.domain.structure.articles import source_label
from annotator.io.importers.decoding import _bom_encoding, decode_text, normalize_text
from annotator.io.importers.html_notes import NotesList, bracket_call, find_notes

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
MAX_HTML_BYTES = 64 * 1024 * 1024

# Trafilatura reports pages it cannot use through logging; the import report says it instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCKS = ("p", "head", "quote", "code")


def _decode(data: bytes, file_name: str) -> tuple[str, str]:
    """The page's text: a byte-order mark first, then the charset the page declares, then a guess."""
    if _bom_encoding(data) is None and (declared := _CHARSET.search(data[:4096])):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            return normalize_text(data.decode(name)), name.replace("_", "-").lower()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: judge by the bytes instead
    return decode_text(data, file_name)


def _meta(tree: etree._Element) -> dict[str, list[str]]:
    """Values of ``<meta>`` tags by lowercased name or property, in page order."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value:
            found.setdefault(key, []).append(value)
    return found


def _first(meta: dict[str, list[str]], *keys: str) -> str:
    for key in keys:
        for value in meta.get(key, ()):
            return value
    return ""


def _authors(meta: dict[str, list[str]]) -> tuple[str, ...]:
    for key in ("author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "byl"):
        names = [v for v in meta.get(key, ()) if not v.startswith(("http://", "https://"))]
        if names:
            if len(names) == 1:
                names = names[0].removeprefix("By ").removeprefix("by ").split(";")
            return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
    return ()


def _date(meta: dict[str, list[str]], tree: etree._Element) -> str:
    value = _first(
        meta,
        "article:published_time",
        "og:published_time",
        "datepublished",
        "citation_publication_date",
        "citation_date",
        "dc.date",
        "dcterms.date",
        "date",
    )
    if not value:
        for time in tree.iter("time"):
            if time.get("datetime"):
                value = time.get("datetime", "")
                break
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return value if parse_date(value) else ""


def _text(element: etree._Element) -> str:
    """The words of an element, one line per ``<lb/>``: whitespace in HTML is not significant."""
    for lb in element.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    lines = "".join(element.itertext()).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _blocks(element: etree._Element) -> Iterator[str]:
    """The main text as blocks (paragraphs, headings, lists, tables), from trafilatura's XML tree."""
    for child in element:
        tag = child.tag
        if tag in _BLOCKS:
            text = _text(child)
            if text:
                yield text
        elif tag == "list":
            items = [_text(item) for item in child.iter("item")]
            if any(items):
                yield "\n".join(f"- {item}" for item in items if item)
        elif tag == "table":
            rows = ["\t".join(_text(cell) for cell in row.iter("cell")) for row in child.iter("row")]
            rows = [row for row in rows if row.strip()]
            if rows:
                yield "\n".join(rows)
        elif tag in ("graphic", "lb"):
            continue
        elif len(child):
            yield from _blocks(child)
        elif text := _text(child):
            yield text


def _extract(page: str) -> Any:
    """trafilatura's reading of the page, or None when it fails on it.

    htmldate, which trafilatura asks for the page's date, trips an assertion in lxml on some broken pages
    (a ``<script>`` left as the last element: found by the fuzz tests); without the metadata trafilatura
    still reads the text, and without trafilatura the caller keeps all the visible text.
    """
    options: dict[str, Any] = {
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
    }
    try:
        return trafilatura.bare_extraction(
            page,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            **options,
        )
    except AssertionError:
        pass
    try:
        return trafilatura.bare_extraction(page, with_metadata=False, **options)
    except AssertionError:
        return None


def import_html(file_name: str, data: bytes, context: ImportContext | None = None) -> ImportedDocument:
    if len(data) > MAX_HTML_BYTES:
        raise SourceRejected(
            f"{file_name}: the page is {len(data) / 2**20:.0f} MB, more than the "
            f"{MAX_HTML_BYTES // 2**20} MB a web page may have"
        )
    page, encoding = _decode(data, file_name)
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True)
    try:
        tree = lxml_html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        raise SourceRejected(f"{file_name}: the page holds no HTML that can be read") from None
    page_text, notes = _without_notes(page, tree)
    extracted = _extract(page_text)
    body = getattr(extracted, "body", None)
    blocks = list(_blocks(body)) if body is not None else []
    warnings: tuple[str, ...] = ()
    if not blocks:
        # Too little text for trafilatura to tell content from furniture: keep all the visible text.
        _, fallback, _ = trafilatura.baseline(page_text)
        blocks = [" ".join(line.split()) for line in fallback.split("\n") if line.strip()]
        warnings = (
            "the page has too little text to tell the article from the page around it; all text kept",
        )
    if not blocks and not any(notes_list.lines() for notes_list in notes):
        raise SourceRejected(f"{file_name}: the page holds no readable text")
    blocks = _with_source_labels(tree, blocks)
    for notes_list in notes:
        if lines := notes_list.lines():
            blocks += [notes_list.heading, lines]
    meta = _meta(tree)
    title_element = tree.find(".//title")
    page_title = " ".join((title_element.text or "").split()) if title_element is not None else ""
    language = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    language = language.split("-")[0].split("_")[0].lower()
    return ImportedDocument(
        text=normalize_text("\n\n".join(blocks)) + "\n",
        media_type="text/html",
        encoding=encoding,
        title=_first(meta, "og:title", "twitter:title", "citation_title")
        or page_title
        or (getattr(extracted, "title", None) or ""),
        authors=_authors(meta) or _trafilatura_authors(extracted),
        date_text=_date(meta, tree) or (getattr(extracted, "date", None) or ""),
        url=_first(meta, "og:url") or _canonical(tree) or (getattr(extracted, "url", None) or ""),
        language=language if re.fullmatch(r"[a-z]{2,3}", language) else "",
        publisher=_first(meta, "og:site_name", "citation_publisher", "dc.publisher")
        or (getattr(extracted, "sitename", None) or ""),
        warnings=warnings,
        steps=ImportSteps(format="html"),
    )


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LEAD_BLOCKS = ("p", "div", "li", "blockquote", "section")


def _words_of(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).split()).casefold()


def _with_source_labels(tree: etree._Element, blocks: list[str]) -> list[str]:
    """``blocks`` with the page's source labels put back above the articles they introduce.

    A saved hub page puts "from Wikipedia" or "From Wikipedia, the free encyclopedia" above each article
    it holds; trafilatura drops such a short line as furniture, and with it the only thing that tells two
    articles with one title apart (article boundaries and their titles are found on it). A label goes
    back right above its article's title (or its lead, when the title is not kept), found by the words
    of the lead that follows it on the page; a label whose article is not in the text stays out."""
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    labels = [k for k, element in enumerate(elements) if _label_line(element)]
    if len(labels) < 2:
        return blocks  # one article: its label tells nothing the title does not
    keys = [_words_of(block) for block in blocks]
    inserts: list[tuple[int, str]] = []
    start = 0  # the labels come in the page's order, and so do their articles
    for k in labels:
        label = " ".join(elements[k].text_content().split())
        if _words_of(label) in keys:
            continue  # trafilatura kept it
        title, lead = _title_and_lead(elements[k + 1 :])
        if lead is None:
            continue
        head = _words_of(lead)[:60]
        at = next((n for n in range(start, len(keys)) if head and keys[n].startswith(head)), None)
        if at is None:
            continue
        start = at + 1
        # Back over the title and a section heading, to the title the page puts under the label.
        for back in (1, 2, 3):
            if at - back >= max(0, start - 4) and title and keys[at - back] == _words_of(title):
                at -= back
                break
        inserts.append((at, label))
    for at, label in sorted(inserts, reverse=True):
        blocks.insert(at, label)
        keys.insert(at, _words_of(label))
    return blocks


def _label_line(element: etree._Element) -> bool:
    """The element is a label line of its own ("from Wikipedia"): not a piece of a table, a list, a link
    or a sentence ("Independence from the United Kingdom")."""
    if element.tag not in ("div", "p", "span", "small", "em", "i", "header"):
        return False
    if len(list(islice(element.iter(), 4))) > 3:
        return False  # a label is a line of its own, not a block holding others (and is read cheaply)
    label = " ".join(element.text_content().split())
    if not label or len(label) > 80 or source_label(label) is None:
        return False
    block = element
    while block.tag in ("span", "small", "em", "i") and block.getparent() is not None:
        block = block.getparent()
    if " ".join(block.text_content().split()) != label:
        return False  # the label's words are part of a longer line
    return not any(a.tag in ("td", "th", "li", "a", "table") for a in element.iterancestors())


def _title_and_lead(following: list[etree._Element]) -> tuple[str, str | None]:
    """The heading and the first paragraph of some length after a label, in the page's order."""
    title = ""
    for element in following[:200]:
        text = " ".join(element.text_content().split())
        if element.tag in _HEADINGS:
            title = title or text  # the article's title; a section heading may follow it
            continue
        blocks = [child for child in element if isinstance(child.tag, str)]
        inner = any(child.tag in _LEAD_BLOCKS or child.tag in _HEADINGS for child in blocks)
        if element.tag in _LEAD_BLOCKS and len(text.split()) >= 8 and not inner:
            return title, text
        if element.tag in ("div", "p") and source_label(text) is not None:
            return title, None  # the next label comes first: this one introduces nothing
    return title, None


def _without_notes(page: str, tree: etree._Element) -> tuple[str, list[NotesList]]:
    """The page for trafilatura without its notes lists (calls written "[1]"), and those lists; the page
    unchanged when it has none (see html_notes)."""
    work = copy.deepcopy(tree)
    notes, removed, bare_calls = find_notes(work)
    if not notes:
        return page, []
    for call, label in bare_calls.items():
        bracket_call(call, label)
    for element in removed:
        element.drop_tree()
    return lxml_html.tostring(work, encoding="unicode"), notes


def _trafilatura_authors(extracted: object) -> tuple[str, ...]:
    author = getattr(extracted, "author", None) or ""
    return tuple(a.strip() for a in author.split(";") if a.strip())


def _canonical(tree: etree._Element) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").startswith("http"):
            return link.get("href", "")
    return ""
