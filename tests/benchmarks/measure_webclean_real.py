"""Precision and recall of the web clean-up on real saved pages: Mozilla Readability's test set.

    .venv/bin/python tests/benchmarks/measure_webclean_real.py [--show] [--page NAME] [--mode html|text]
        [--half dev|test] [--raw-labels] [--no-navigation]

The readability repository's ``test/test-pages/*/source.html`` are pages saved from real sites (news,
blogs, encyclopedias, forums) and ``expected.html`` what Readability keeps of each: the article. The
pages are read from the mirrored git directory in place (``git show``), never copied into this
repository; without the mirror the measure says so and stops.

Two ways a page reaches the clean-up are scored:

- **html**: the file imported as a saved page (``import_html``: trafilatura's main text, notes lists
  after it), then ``furniture()`` on that text, as an import with clean-up does;
- **text**: the page's visible text as a user copies it from a browser (``render`` of the invented
  captures: block elements on lines of their own, inline links glued, images as their alt text; hidden
  elements left out), then ``furniture()`` on it.

``--half`` measures one half of the pages: ``dev`` (every other page in name order, from the first) is
the half whose errors the rules may be shaped on, ``test`` the other half, kept for measuring.

Every non-blank line is labelled by the expected article (its text, plus the page's title, byline and
the alt texts of its images, all normalised to lower-case words): **content** when the line is one of its
blocks or a run of at least four of its words, **furniture** when its words appear nowhere in it, and
**unsure** otherwise: a short line such as "Share" whose words occur inside a paragraph, or running prose
that Readability leaves out (reader comments, captions, teasers of other articles, which a historian may
keep: no certain furniture). Unsure lines are not scored but counted, with how many were removed, and
listed with ``--show``.

Readability also leaves out short lines a historian keeps; read by hand on ten pages (2026-12, the
second furniture pass), these were the labelling's errors, and four page-level rules now label them
(``refine``): the page's own title (its ``<title>`` or ``og:title``, three words or more) and the
standfirst the metadata gives are **content**; a byline or dateline in the few lines before the
article's first paragraph ("By Alissa Wilkinson Updated Jul 24, 2018", "Sunday, Feb 1, 2015 11:57 AM
UTC"), the header of a reader's comment (a dated line followed by the comment's prose) and a heading of
the page's own between the article's first and last paragraphs, followed by one of its paragraphs, that
Readability drops ("Building dashboards", a <dt> of a definition list) are **unsure**.
A fifth rule (2026-12, third pass; text mode only) labels what the page itself declares its navigation:
a short line wholly inside a ``<nav>`` element or an element with ``role="navigation"`` (ARIA's landmark)
that Readability kept is **furniture** (Wikipedia's navigation boxes under the article and their "v t e"
links, a blog's table of contents in a <nav>); a table the article prints among its paragraphs without
such a mark stays content. ``--no-navigation`` scores without this rule.
``--set scrapinghub`` measures a second set the same way (the same render, labels and rules): Zyte's
article-extraction-benchmark, 181 pages of as many news sites and blogs saved in 2019, with each
article's body written out by hand (no title or byline: the page's own title comes from ``refine``).
First run, code as it was (2026-12-07, main at 8f53745), text mode: precision 0.995, recall 0.767
(18,420 of 24,029 furniture lines, 92 false removals); html mode 0.889 / 0.105 (16 of 152).
Render fixed (2026-12-07, session 9): the markup's own white space (tabs and line breaks that indent its
source) collapses as a browser's does; only the tab between a table's cells stays a tab. Before, a line
with any tab kept all of them ("\t\t\t71 Kommentare"), which no browser copy gives. Code of main at
5ede3f7, text mode: Zyte 0.995 / 0.768 (old render) → 0.996 / 0.785 (this render); Readability dev half
0.991 / 0.800 → 0.991 / 0.800, test half 0.989 / 0.695 → 0.990 / 0.686 (fewer lines, as rows of
indentation tabs join).
``--raw-labels`` scores with the labels before these rules. The furniture missed is counted by zone:
before the article's first paragraph (lead), after its last (tail), or between them (inside).
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lxml import etree
from lxml import html as lxml_html

from annotator.domain.errors import SourceRejected
from annotator.domain.structure.articles import is_prose
from annotator.io.importers.html import import_html
from annotator.io.importers.webclean import furniture
from tests.helpers.web_captures import render

MIRROR = Path("/work/.mirror/mozilla+readability/repo")
PAGES = "test/test-pages"
_MIN_WORDS = 4  # a run of this many of the article's words is the article's, wherever it stands
_TRUTH_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption", "blockquote", "pre"}
    | {"caption", "div"}
)
_MARKER = re.compile(r"^\s*(?:- |\[\d{1,4}\]\s*)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _git(*args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={MIRROR}", *args], check=True, capture_output=True).stdout


def page_names() -> list[str]:
    listing = _git("ls-tree", "--name-only", f"HEAD:{PAGES}").decode().split()
    return sorted(listing)


def read(name: str, file: str) -> bytes:
    return _git("show", f"HEAD:{PAGES}/{name}/{file}")


def norm(text: str) -> str:
    """Lower-case words, nothing else: trafilatura and Readability punctuate and space alike text alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@dataclass
class Truth:
    blocks: set[str]
    text: str  # all of it normalised, words joined by single spaces, with spaces at both ends

    def label(self, line: str) -> str:
        # A list item's dash and a note's number are the importer's, not the page's words.
        line = _MARKER.sub("", line)
        if "\t" in line:  # a table row: the article's when most of its cells are
            cells = [norm(cell) for cell in line.split("\t") if norm(cell)]
            found = sum(1 for cell in cells if f" {cell} " in self.text)
            if cells and found * 2 >= len(cells):
                return "content"
        key = norm(line)
        if not key:
            return "blank"
        if key in self.blocks or (len(key.split()) >= _MIN_WORDS and f" {key} " in self.text):
            return "content"
        if f" {key} " in self.text or is_prose(line):
            return "unsure"  # Readability drops prose a historian keeps (comments, captions, code)
        return "furniture"


_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d\d\b|\d年|\d+/\d+\(|\bupdated\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:hours?|minutes?|days?) ago\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?:by|von|par|por|door|written by|reviewed by|posted by)\s+\w", re.IGNORECASE)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption", "figcaption", "th", "legend")
_BYLINE_REACH = 8  # non-blank lines before the first paragraph where a byline or dateline stands
_COMMENT_REACH = 3  # non-blank lines from a comment's header to its prose
_CJK_PARAGRAPH = 60  # characters of a line without spaces (Chinese, Japanese) that make a paragraph
_TITLE_WORDS = 3  # a page title shorter than this is a site's name ("Engadget"), not the article's


@dataclass
class PageFacts:
    """What the saved page itself says of its article: its titles, and the headings it writes."""

    titles: set[str]
    headings: set[str]


def facts_of(source: bytes) -> PageFacts:
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8")
    root = lxml_html.document_fromstring(source, parser=parser)
    titles: set[str] = set()
    raw_titles = [element.text_content() for element in root.iter("title")]
    raw_titles += [
        meta.get("content", "") for meta in root.iter("meta") if meta.get("property") in ("og:title",)
    ]
    for value in raw_titles:
        titles.add(norm(value))
        parts = [p for p in re.split(r"\s+[-|–—:·]\s+", value) if p.strip()]
        if parts:
            titles.add(norm(max(parts, key=len)))
    headings = {norm(element.text_content()) for element in root.iter(*_HEADING_TAGS)}
    titles.discard("")
    headings.discard("")
    return PageFacts(titles, headings)


def _paragraph(line: str) -> bool:
    """Running text, also in a script written without spaces between words."""
    return is_prose(line) or (len(line.split()) <= 3 and len(line.strip()) >= _CJK_PARAGRAPH)


def refine(lines: list[str], labels: list[str], facts: PageFacts) -> list[str]:
    """The labels with the page-level rules the module docstring lists (content Readability drops)."""
    result = list(labels)
    paragraphs = [i for i, label in enumerate(labels) if label == "content" and _paragraph(lines[i])]
    if not paragraphs:
        return result
    first, last = paragraphs[0], paragraphs[-1]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    position = {i: n for n, i in enumerate(filled)}

    def following_prose(i: int, reach: int, label: str = "content") -> bool:
        after = filled[position[i] + 1 : position[i] + 1 + reach]
        return any(labels[j] == label and _paragraph(lines[j]) for j in after)

    for i, label in enumerate(labels):
        if label != "furniture":
            continue
        line = lines[i]
        key = norm(line)
        short = len(key.split()) <= 15
        if key in facts.titles and len(key.split()) >= _TITLE_WORDS:
            result[i] = "content"
        elif i < first and short and position[i] >= position[first] - _BYLINE_REACH and (
            _DATED.search(line) or _BYLINE.search(line)
        ):
            result[i] = "unsure"  # the article's byline or dateline
        elif first < i < last and key in facts.headings and following_prose(i, 1):
            result[i] = "unsure"  # a heading of the article Readability leaves out, its paragraph after it
        elif (
            short
            and _DATED.search(line)
            and not _COPYRIGHT.search(line)
            and following_prose(i, _COMMENT_REACH, "unsure")
        ):
            result[i] = "unsure"  # a reader's comment: its author and date
    return result


def truth_of(expected: bytes, metadata: dict[str, object]) -> Truth:
    root = lxml_html.fromstring(expected.decode("utf-8"))
    blocks: set[str] = set()
    pieces: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "img" and element.get("alt"):
            pieces.append(element.get("alt", ""))
            blocks.add(norm(element.get("alt", "")))
        if element.tag in _TRUTH_BLOCKS:
            # A block, and each of its lines (a <br> inside a paragraph of verse).
            block = element.text_content()
            blocks.add(norm(block))
            for br_line in _lines_of(element):
                blocks.add(norm(br_line))
    pieces.append(root.text_content())
    for key in ("title", "byline", "excerpt"):
        value = metadata.get(key)
        if isinstance(value, str) and value:
            pieces.append(value)
            blocks.add(norm(value))
            parts = [p for p in re.split(r"\s+[-|–—:]\s+", value) if p.strip()]
            if parts:
                longest = max(parts, key=len)
                blocks.add(norm(longest))
    blocks.discard("")
    return Truth(blocks, " " + " ".join(norm(p) for p in pieces) + " ")


def _lines_of(element: lxml_html.HtmlElement) -> Iterator[str]:
    """The lines of a block broken by <br>."""
    copy = lxml_html.fromstring(lxml_html.tostring(element))
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    yield from copy.text_content().split("\n")


def visible_text(source: bytes) -> str:
    """The page's text as a user copies it from a browser: hidden elements left out."""
    return visible_capture(source)[0]


def _navigation(element: lxml_html.HtmlElement) -> bool:
    """An element the page itself declares its navigation: HTML's <nav> or ARIA's navigation landmark."""
    return element.tag == "nav" or (element.get("role") or "").strip().lower() == "navigation"


def visible_capture(source: bytes) -> tuple[str, frozenset[int]]:
    """The page's visible text, and its lines that stand wholly inside its navigation landmarks."""
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8")
    root = lxml_html.document_fromstring(source, parser=parser)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        style = element.get("style") or ""
        hidden = element.get("hidden") is not None or _HIDDEN_STYLE.search(style)
        if hidden or element.tag in ("select", "option"):
            element.drop_tree()
    # render's labels come from data-f, which a real page has none of: here it marks the page's own
    # navigation landmarks, whose lines ``navigation`` labels.
    for element in root.iter():
        if isinstance(element.tag, str) and "data-f" in element.attrib:
            del element.attrib["data-f"]
    for element in root.iter():
        if isinstance(element.tag, str) and _navigation(element):
            element.set("data-f", "")
    capture = render(etree.tostring(root, encoding="unicode", method="html"))
    return capture.text, capture.furniture


def navigation(lines: list[str], labels: list[str], inside: frozenset[int]) -> list[str]:
    """The labels with the page's navigation landmarks as furniture (the docstring's last rule): a short
    line wholly inside a <nav> or role="navigation" element that Readability kept (Wikipedia's
    navigation boxes under the article, their "v t e" links)."""
    return [
        "furniture" if label == "content" and i in inside and not _paragraph(lines[i]) else label
        for i, label in enumerate(labels)
    ]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unsure: int = 0
    unsure_removed: int = 0
    errors: list[str] = field(default_factory=list)
    # Furniture lines missed, by where they stand: before the article's first paragraph, after its last,
    # or between (the article's paragraphs are the lines labelled content that are running prose).
    missed_zones: dict[str, int] = field(default_factory=lambda: {"lead": 0, "inside": 0, "tail": 0})

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.unsure += other.unsure
        self.unsure_removed += other.unsure_removed
        for zone, count in other.missed_zones.items():
            self.missed_zones[zone] += count

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(
    text: str, truth: Truth, facts: PageFacts | None = None, inside_navigation: frozenset[int] = frozenset()
) -> Score:
    found = furniture(text)
    result = Score()
    lines = text.split("\n")
    labels = [truth.label(line) for line in lines]
    if facts is not None:
        labels = refine(lines, labels, facts)
    if inside_navigation:
        labels = navigation(lines, labels, inside_navigation)
    paragraphs = [i for i, label in enumerate(labels) if label == "content" and _paragraph(lines[i])]
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (len(lines), len(lines))
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label == "blank":
            continue
        removed = i in found
        if label == "unsure":
            result.unsure += 1
            result.unsure_removed += removed
            if removed:
                result.errors.append(f"    unsure, removed ({found[i]}) line {i + 1}: {line[:100]!r}")
        elif label == "furniture" and removed:
            result.tp += 1
        elif label == "content" and removed:
            result.fp += 1
            result.errors.append(f"    FALSE REMOVAL ({found[i]}) line {i + 1}: {line[:100]!r}")
        elif label == "furniture":
            result.missed_zones["lead" if i < first else "tail" if i > last else "inside"] += 1
            result.fn += 1
            result.errors.append(f"    MISSED line {i + 1}: {line[:100]!r}")
    return result


@dataclass
class Page:
    """One saved page of a set: its bytes, and what the set says its article is."""

    name: str
    source: bytes
    truth: Truth


class Dataset:
    """A set of real saved pages with their articles, read in place from a mirrored git directory."""

    name = ""
    mirror = Path()

    def available(self) -> bool:
        return (self.mirror / "HEAD").exists()

    def git(self, *args: str) -> bytes:
        command = ["git", f"--git-dir={self.mirror}", *args]
        return subprocess.run(command, check=True, capture_output=True).stdout

    def names(self) -> list[str]:
        raise NotImplementedError

    def page(self, name: str) -> Page | None:
        raise NotImplementedError


class ReadabilitySet(Dataset):
    """Mozilla Readability's test pages: ``source.html`` and Readability's ``expected.html``."""

    name = "readability"
    mirror = MIRROR

    def names(self) -> list[str]:
        return page_names()

    def page(self, name: str) -> Page | None:
        try:
            source = read(name, "source.html")
            expected = read(name, "expected.html")
            metadata = json.loads(read(name, "expected-metadata.json") or b"{}")
        except subprocess.CalledProcessError:
            return None
        return Page(name, source, truth_of(expected, metadata))


class ScrapinghubSet(Dataset):
    """Zyte's (scrapinghub's) article-extraction-benchmark: 181 pages saved from as many news sites and
    blogs in 2019 (``html/<hash>.html.gz``) and each article's body as plain text written by hand
    (``ground-truth.json``: paragraphs split by newlines; no title or byline, which ``refine`` reads from
    the page itself)."""

    name = "scrapinghub"
    mirror = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")

    def __init__(self) -> None:
        self._truth: dict[str, dict[str, str]] | None = None

    def _bodies(self) -> dict[str, dict[str, str]]:
        if self._truth is None:
            self._truth = json.loads(self.git("show", "HEAD:ground-truth.json"))
        return self._truth

    def names(self) -> list[str]:
        return sorted(self._bodies())

    def page(self, name: str) -> Page | None:
        try:
            source = gzip.decompress(self.git("show", f"HEAD:html/{name}.html.gz"))
        except subprocess.CalledProcessError:
            return None
        return Page(name, source, truth_of_body(self._bodies()[name]["articleBody"]))


def truth_of_body(body: str) -> Truth:
    """The article as plain text: each of its lines a block (a paragraph, a heading, a list item)."""
    blocks = {norm(line) for line in body.split("\n")}
    blocks.discard("")
    return Truth(blocks, " " + norm(body) + " ")


DATASETS: dict[str, type[Dataset]] = {"readability": ReadabilitySet, "scrapinghub": ScrapinghubSet}


def main() -> None:
    show = "--show" in sys.argv
    raw_labels = "--raw-labels" in sys.argv
    no_navigation = "--no-navigation" in sys.argv
    only = sys.argv[sys.argv.index("--page") + 1] if "--page" in sys.argv else None
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    dataset = DATASETS[sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "readability"]()
    modes = ("html", "text")
    if "--mode" in sys.argv:
        modes = (sys.argv[sys.argv.index("--mode") + 1],)
    if not dataset.available():
        print(f"the {dataset.name} pages are not mirrored at {dataset.mirror}: nothing measured")
        return
    totals = {mode: Score() for mode in modes}
    for number, name in enumerate(dataset.names()):
        if (only and name != only) or (half == "dev" and number % 2) or (half == "test" and not number % 2):
            continue
        page = dataset.page(name)
        if page is None:
            continue
        source, truth = page.source, page.truth
        for mode in modes:
            if mode == "html":
                try:
                    text = import_html(f"{name}.html", source).text
                except SourceRejected as error:
                    print(f"{name:40} {mode}: not imported ({error})")
                    continue
                inside: frozenset[int] = frozenset()  # trafilatura's text has no lines of the source's
            else:
                text, inside = visible_capture(source)
            if raw_labels or no_navigation:
                inside = frozenset()
            result = score(text, truth, None if raw_labels else facts_of(source), inside)
            totals[mode].add(result)
            print(
                f"{name:40} {mode:4}  furniture {result.tp + result.fn:4}  "
                f"removed {result.tp + result.fp:4}  "
                f"P {result.precision:.3f}  R {result.recall:.3f}  unsure {result.unsure:3} "
                f"(removed {result.unsure_removed})"
            )
            if show:
                print("\n".join(result.errors))
    for mode, total in totals.items():
        print(
            f"{'all (' + mode + ')':40}       precision {total.precision:.3f}  recall {total.recall:.3f}  "
            f"({total.tp} of {total.tp + total.fn} furniture lines, {total.fp} false removals; "
            f"{total.unsure} unsure lines, {total.unsure_removed} of them removed)"
        )
        zones = ", ".join(f"{zone} {count}" for zone, count in total.missed_zones.items())
        print(f"{'missed furniture (' + mode + ')':40}       {zones}")


if __name__ == "__main__":
    main()
