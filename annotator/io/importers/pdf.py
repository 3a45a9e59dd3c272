"""PDFs with a text layer: the text in reading order, cleaned of page furniture, with a page map.

pypdfium2 (PDFium, the engine of Chrome's viewer) reads the text: fast enough for a 300-page book in a
few seconds, tolerant of the odd files historians download, and it gives each character's box, so lines
can be judged by where they stand on the page rather than by counting characters:

- reading order is PDFium's, except that a page set in two columns is read column by column;
- running headers and footers (a line at the top or bottom that recurs, digits aside, on half of the
  pages of its side and on at least four pages, or three of every other page) and page numbers are
  removed, each listed in the import report with its page; a PDF that would lose every line this way
  keeps them all instead;
- a block quotation (two or more lines indented from the margin) keeps an indent of four spaces, as plain
  text sets one off, so that it is still told from the author's paragraphs after reflow;
- lines are joined into paragraphs: a line continues into the next unless it stops short of the right
  margin, the next is indented or set apart by extra space, or the next is a heading or list item;
- a word hyphenated at a line end is joined or keeps its hyphen by the document's own vocabulary (see
  ``reflow.py``); PDFium marks such hyphens with U+FFFE;
- the page map records where each page begins in the text, by its printed label ("iv", "37") where the
  PDF has page labels, else by its number.

A PDF without any text (a scan) is refused with the advice to run OCR first; an encrypted one is refused
as such; a damaged or truncated one is refused rather than imported in part.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium

from annotator.domain.errors import SourceRejected
from annotator.domain.importing import ImportContext, ImportSteps, RemovedFurniture
from annotator.domain.model import ImportedDocument
from annotator.domain.pages import roman, roman_value
from annotator.domain.wrapping import ends_sentence
from annotator.io.importers.reflow import Joiner, Vocabulary

PDF_EXTENSIONS = (".pdf",)
MAX_PDF_PAGES = 20_000

_SPLIT = "\ufffe"  # PDFium puts this where a hyphen ended a line and it joined the two lines itself
_PAGE_NUMBER = re.compile(
    r"(?:page\s+|p\.\s*)?[\[(\-–—]?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*[\])\-–—]?(?:\s*(?:of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"(?:[-*•▪◦]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_CLOSING = tuple(".,;:!?…”’\")]")  # what ends a paragraph's last line, where a heading has none
_EDGE = 2  # how many lines at the top and at the bottom of a page may be running heads or page numbers
_BLOCK_INDENT = "    "  # what opens a block quotation's paragraph in the text
_FURNITURE_MIN_PAGES = 4  # a running head recurs on at least this many pages (a 3-page PDF keeps every line)
_ALTERNATE_MIN_PAGES = 3  # or on this many of every other page only (a short article's verso head)


@dataclass(slots=True)
class _Line:
    text: str  # stripped
    left: float
    right: float
    y: float  # bottom of the first character's font box; larger is higher on the page
    height: float
    split_after: bool  # PDFium joined a hyphenated word at this line's end
    first_word: float = 0.0  # the width of the line's first word: did it fit at the end of the line before?
    block_right: float | None = None  # the right edge of the block quotation the line belongs to


@dataclass(slots=True)
class _Page:
    label: str
    lines: list[_Line]
    labelled: bool = True  # the label is the PDF's own (else the page's number in the file)


def _check_complete(data: bytes, file_name: str) -> None:
    if b"%PDF-" not in data[:1024]:
        raise SourceRejected(f"{file_name}: this is not a PDF file (it does not begin with %PDF)")
    if b"%%EOF" not in data[-2048:]:
        raise SourceRejected(
            f"{file_name}: the PDF is incomplete (truncated, perhaps an interrupted download); "
            "download or save it again"
        )


def _open(data: bytes, file_name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise SourceRejected(
                f"{file_name}: the PDF is encrypted (password-protected); "
                "open it with its password, save an unprotected copy and import that"
            ) from None
        raise SourceRejected(f"{file_name}: the PDF is damaged and cannot be read ({e})") from None


def _label(pdf: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
    """The PDF's label of the page, or its number in the file; and whether the PDF gave the label."""
    try:
        label = pdf.get_page_label(index)
    except pdfium.PdfiumError:
        label = ""
    label = " ".join((label or "").split())
    return (label, True) if label else (str(index + 1), False)


def _lines_of(textpage: pdfium.PdfTextPage) -> list[_Line]:
    """The physical lines of a page, with the box of each (from its first and last character)."""
    text = textpage.get_text_range()
    with_boxes = len(text) == textpage.count_chars()  # else characters and indexes do not line up
    lines: list[_Line] = []

    def emit(start: int, end: int, split: bool) -> None:
        segment = text[start:end]
        stripped = segment.strip()
        if not stripped:
            return
        first = start + (len(segment) - len(segment.lstrip()))
        last = start + len(segment.rstrip()) - 1
        word_end = first + len(stripped.split(None, 1)[0]) - 1
        if with_boxes:
            left, _, _, _ = textpage.get_charbox(first)
            _, _, right, _ = textpage.get_charbox(last)
            # The height from the font's box, not the glyph's: a line opening with "“" or "." would
            # otherwise sit higher than its neighbours and look set apart by extra space.
            _, bottom, _, top = textpage.get_charbox(first, loose=True)
            word = textpage.get_charbox(word_end)[2] - left
        else:  # no geometry: let character counts stand in for it
            left, right = float(first - start), float(last - start + 1)
            bottom, top = -float(len(lines)) * 12, -float(len(lines)) * 12 + 10
            word = float(word_end - first + 1)
        lines.append(_Line(stripped, left, right, bottom, max(top - bottom, 1.0), split, max(word, 0.0)))

    start = i = 0
    while i < len(text):
        c = text[i]
        if c in "\r\n" or c == _SPLIT:
            emit(start, i, c == _SPLIT)
            if c == "\r" and text[i + 1 : i + 2] == "\n":
                i += 1
            start = i + 1
        i += 1
    emit(start, len(text), False)
    return _column_order(_note_calls_rejoined(lines))


# A note call closing a piece of a line: "… as to mulattoes1", "… sold to us,”2"
_CALL_AT_END = re.compile(r"(?:[^\W\d_]|[”’\")\].,;:!?])\d{1,3}$")


def _note_calls_rejoined(lines: list[_Line]) -> list[_Line]:
    """``lines`` with the pieces of one printed line that a superscript note call cut apart joined again.

    PDFium ends a line where a raised character changes the baseline and begins another where the text
    comes back down, so "The figures as to mulattoes¹ have been …" came out as two lines, the first
    stopping short of the margin: the paragraph ended at every note call. The pieces: on one baseline
    (within a quarter of a line's height), the second starting where the first stops (a word space, not a
    column's gutter), the first ending in a note call.
    (A note's own number, raised before its text at the page's foot, stays a line apart: joined, "1 See …"
    would read as a foot carrying a page number.)"""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None:
            height = max(prev.height, line.height)
            gap = line.left - prev.right
            if (
                abs(prev.y - line.y) <= 0.25 * height
                and -0.5 <= gap <= 0.6 * height
                and _CALL_AT_END.search(prev.text)
            ):
                prev.text += (" " if gap > 0.15 * height else "") + line.text
                prev.right, prev.split_after = line.right, line.split_after
                continue
        out.append(line)
    return out


def _column_order(lines: list[_Line]) -> list[_Line]:
    """Lines of a two-column page column by column, whatever order the PDF drew them in.

    Two columns: a vertical gutter no line crosses, apart from lines spanning both (titles, running
    heads), with at least three lines on each side. Spanning lines above the columns come first.
    """
    if len(lines) < 6:
        return lines
    lefts = sorted({round(line.left) for line in lines})
    page_left, page_right = min(line.left for line in lines), max(line.right for line in lines)
    for gutter_start in lefts:
        if gutter_start - page_left < 0.3 * (page_right - page_left):
            continue
        g = gutter_start - 1
        left_col = [line for line in lines if line.right < g]
        right_col = [line for line in lines if line.left >= g]
        spanning = [line for line in lines if line.left < g <= line.right]
        if len(left_col) >= 3 and len(right_col) >= 3 and len(spanning) <= 0.2 * len(lines):
            top = min(min(line.y for line in left_col), min(line.y for line in right_col))
            above = [line for line in spanning if line.y > top]
            below = [line for line in spanning if line.y <= top]
            ordered = above + sorted(left_col, key=lambda x: -x.y) + sorted(right_col, key=lambda x: -x.y)
            return ordered + below
        break
    return lines


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _furniture(pages: list[_Page]) -> dict[tuple[int, int], str]:
    """(page, line) positions of running heads and feet and of page numbers, to leave out, with why.

    A running head or foot is a line at the top or bottom of a page that recurs, digits aside, on at least
    half of the pages of its side (a book's left-hand pages carry its title and its right-hand pages the
    chapter's, each on every other page) and on at least ``_FURNITURE_MIN_PAGES`` pages, or at least
    ``_ALTERNATE_MIN_PAGES`` where it stands on pages of one side only (text does not alternate like
    that). A line recurring on fewer pages is kept: three diary entries that each begin "Entry N of the
    diary of …" are text.
    A bare number is a page number where it is the page's label, or where it runs on with the pages (its
    difference from the page's index is the same on many pages); a year alone atop each page is not.
    """
    edges = {p: _edge_lines(page) for p, page in enumerate(pages) if page.lines}
    on_pages: Counter[str] = Counter()
    sides: dict[str, set[int]] = {}
    for p, (top, bottom) in edges.items():
        signatures = {_signature(pages[p].lines[i].text) for i in top | bottom}
        on_pages.update(signatures)
        for signature in signatures:
            sides.setdefault(signature, set()).add(p % 2)
    pages_on_side = Counter(p % 2 for p in edges)
    offsets: Counter[int] = Counter()
    for p, (top, bottom) in edges.items():
        offsets.update({n - p for i in top | bottom if (n := _printed_number(pages[p], i)) is not None})
    numbered = max(2, 0.3 * len(edges))
    if not any(page.labelled for page in pages):
        _printed_labels(pages, edges, offsets, numbered)

    def running(signature: str) -> bool:
        count, on = on_pages[signature], sides[signature]
        least = _FURNITURE_MIN_PAGES if len(on) == 2 else _ALTERNATE_MIN_PAGES
        return count >= least and 2 * count >= sum(pages_on_side[side] for side in on)

    found: dict[tuple[int, int], str] = {}
    for p, (top, bottom) in edges.items():
        page = pages[p]
        for i in top | bottom:
            line = page.lines[i]
            if _bare_number(page, i):
                n = _arabic_number(page, i)
                if line.text.lower() == page.label.lower() or (n is not None and offsets[n - p] >= numbered):
                    found[(p, i)] = "page number"
            elif len(line.text) < 200 and running(_signature(line.text)):
                found[(p, i)] = "running head" if i in top else "running foot"
            elif (n := _printed_number(page, i)) is not None and offsets[n - p] >= numbered:
                # A chapter's own head over a few pages, told by the page number it carries.
                found[(p, i)] = "running head" if i in top else "running foot"
            elif (printed := _roman_printed(line.text)) is not None and printed[1] == page.label:
                alone = printed[0]
                found[(p, i)] = "page number" if alone else "running head" if i in top else "running foot"
    return found


def _edge_lines(page: _Page) -> tuple[set[int], set[int]]:
    """Indexes of the highest and of the lowest lines of a page, where running heads and feet stand."""
    by_height = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].y)
    top = set(by_height[:_EDGE])
    return top, set(by_height[-_EDGE:]) - top


def _arabic_number(page: _Page, index: int) -> int | None:
    match = _PAGE_NUMBER.fullmatch(page.lines[index].text)
    return int(match.group(1)) if match is not None and match.group(1).isdigit() else None


_HEAD_NUMBER = re.compile(r"^(\d{1,4})\s+\D.*|.*\D\s+(\d{1,4})$")


def _printed_number(page: _Page, index: int) -> int | None:
    """The page number a line at a page's edge prints: alone ("79"), or opening or closing a running head
    ("78 THE WEALTH OF NATIONS", "CHAPTER II 79"), which sets the pace most pages keep."""
    bare = _arabic_number(page, index)
    if bare is not None:
        return bare
    match = _HEAD_NUMBER.fullmatch(page.lines[index].text)
    if match is None or len(page.lines[index].text) > 120:
        return None
    return int(match.group(1) or match.group(2))


_ROMAN_BARE = re.compile(r"[\[(\-–—]?\s*([ivxlc]{1,8})\s*[\])\-–—]?")
_ROMAN_HEAD = re.compile(r"([ivxlc]{1,8})\s+[^\sivxlc].*|.*[^\sivxlc]\s+([ivxlc]{1,8})")
def _roman_printed(text: str) -> tuple[bool, str] | None:
    """A lower-case roman page number on a line at a page's edge: (alone on the line, the numeral).

    Only lower case: front matter is numbered so, where "II" or "VIII" is a part, a chapter or a king.
    """
    if match := _ROMAN_BARE.fullmatch(text):
        numeral, alone = match.group(1), True
    elif (match := _ROMAN_HEAD.fullmatch(text)) and len(text) <= 120:
        numeral, alone = match.group(1) or match.group(2), False
    else:
        return None
    return (alone, numeral) if roman_value(numeral) is not None else None


def _printed_labels(
    pages: list[_Page], edges: dict[int, tuple[set[int], set[int]]], offsets: Counter[int], numbered: float
) -> None:
    """Label the pages of a PDF without page labels by the numbers printed on them.

    A printed number counts where it keeps a steady distance from the page's place in the file (arabic on
    ``numbered`` pages, roman on two or more pages before the first arabic one). A page printing none
    takes the number its neighbours give it when the two on either side keep the same distance; otherwise
    its page is unknown (""), never the file's count, which a citation would take for the printed page.
    Nothing changes when no number keeps a steady distance.
    """
    arabic: dict[int, int] = {}
    romans: dict[int, int] = {}
    for p, (top, bottom) in edges.items():
        for i in sorted(top | bottom):
            n = _printed_number(pages[p], i)
            if n is not None and offsets[n - p] >= numbered:
                arabic[p] = n - p
            elif (found := _roman_printed(pages[p].lines[i].text)) is not None:
                romans.setdefault(p, roman_value(found[1]) - p)  # type: ignore[operator]
    first_arabic = min(arabic, default=len(pages))
    steady = Counter(offset for p, offset in romans.items() if p < first_arabic)
    romans = {p: offset for p, offset in romans.items() if p < first_arabic and steady[offset] >= 2}
    if not arabic and not romans:
        return
    known = sorted(
        [(p, "arabic", offset) for p, offset in arabic.items()]
        + [(p, "roman", offset) for p, offset in romans.items()]
    )
    places = [p for p, _, _ in known]
    for p, page in enumerate(pages):
        k = bisect_left(places, p)
        printed = k < len(places) and places[k] == p
        if not printed and not (0 < k < len(places) and known[k - 1][1:] == known[k][1:]):
            page.label = ""
            continue
        _, kind, offset = known[k]
        page.label = str(p + offset) if kind == "arabic" else roman(p + offset)


def _bare_number(page: _Page, index: int) -> bool:
    match = _PAGE_NUMBER.fullmatch(page.lines[index].text)
    if match is None:
        return False
    # A roman numeral alone is a page number only where it is this page's label (else: a heading "II").
    return match.group(1).isdigit() or match.group(1).lower() == page.label.lower()


@dataclass(slots=True)
class _Layout:
    left: float
    right: float
    spacing: float
    char_width: float
    indent: float | None = None  # where a paragraph's first line begins, when the document indents it


def _layout(lines: list[_Line]) -> _Layout:
    lefts = Counter(round(line.left) for line in lines)
    rights = sorted(line.right for line in lines)
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if 0 < a.y - b.y < 4 * a.height]
    widths = [(line.right - line.left) / len(line.text) for line in lines if len(line.text) > 10]
    left = float(lefts.most_common(1)[0][0]) if lefts else 0.0
    char_width = statistics.median(widths) if widths else 5.0
    # A first-line indent is followed by a line at the margin; the lines of a block quotation by lines
    # indented as far as they are.
    firsts = Counter(
        round(a.left)
        for a, b in itertools.pairwise(lines)
        if a.left > left + char_width and abs(b.left - left) <= 0.5 * char_width
    )
    return _Layout(
        left=left,
        right=rights[int(0.9 * (len(rights) - 1))] if rights else 0.0,
        spacing=statistics.median(gaps) if gaps else 0.0,
        char_width=char_width,
        indent=float(firsts.most_common(1)[0][0]) if firsts else None,
    )


def _mark_blocks(lines: list[_Line], layout: _Layout) -> None:
    """Give the lines of each block quotation of a page the right edge of their block: they are full by
    that measure. A block: two or more lines one after the other, all indented from the margin but not
    at a paragraph's first-line indent (a run of one-line speeches is no block); its own lines may have a
    first-line indent or a hanging one (the witness's answers of an inquest)."""

    def near(x: float, y: float | None) -> bool:
        return y is not None and abs(x - y) <= 0.5 * layout.char_width

    def indented(line: _Line) -> bool:
        left = line.left
        return left > layout.left and not near(left, layout.left) and not near(left, layout.indent)

    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and indented(lines[end]):
            end += 1
        run = lines[start:end]
        if len(run) >= 2:
            right = max(line.right for line in run)
            for line in run:
                line.block_right = right
        start = max(end, start + 1)


# A note's first line: its number (or sign) and its text ("1 See Census reports", "* Ibid.")
_NOTE_START = re.compile(r"(?:\d{1,3}|[*†‡§¶])\.?(?:\s|$)")


def _notes_at_foot(lines: list[_Line], usual: float, spacing: float) -> int:
    """Where the notes at the foot of a page begin in its ``lines`` (their number when it has none): lines
    set smaller than the body's ``usual`` height down to the page's foot, the first opening with a note's
    number after a space wider than the body's line ``spacing`` (the rule and gap above a page's notes)."""
    small = len(lines)
    while small > 0 and lines[small - 1].height < 0.85 * usual:
        small -= 1
    if small == 0 or not spacing:
        return len(lines)  # a page all in small type (an index, the endnotes): nothing runs past its notes
    for j in range(small, len(lines)):
        if _NOTE_START.match(lines[j].text) and lines[j - 1].y - lines[j].y > 1.05 * spacing:
            return j
    return len(lines)


def _drop_caps(lines: list[_Line], layout: _Layout, words: set[str]) -> list[_Line]:
    """A page's lines with a drop capital ("T" set three lines high, "O Sherlock Holmes…" beside it) put
    back at the start of its word ("TO", a word of the document's ``words``; else "I HAD" apart), an
    opening quotation mark set beside it before them, and the lines beside it back at the margin."""
    heights = sorted(line.height for line in lines)
    usual = heights[len(heights) // 2] if heights else 0.0
    out = list(lines)
    for cap in lines:
        if not (len(cap.text) == 1 and cap.text.isalpha() and cap.height > 2.5 * usual > 0):
            continue
        beside = sorted(
            (line for line in out if line is not cap and cap.y - 0.5 * usual <= line.y <= cap.y + cap.height),
            key=lambda line: -line.y,
        )
        marks = [line for line in beside if not any(c.isalnum() for c in line.text) and len(line.text) <= 2]
        beside = [line for line in beside if line not in marks]
        if not beside or not beside[0].text[:1].isalpha():
            continue
        first = re.match(r"[^\W\d_]*", beside[0].text).group(0)  # type: ignore[union-attr]
        space = "" if (cap.text + first).lower() in words else " "
        beside[0].text = "".join(m.text for m in marks) + cap.text + space + beside[0].text
        for line in beside:
            line.left = layout.left
        for line in (cap, *marks):
            out.remove(line)
    return out


def _continues(a: _Line, b: _Line, layout: _Layout, same_page: bool) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a``."""
    if _LIST_ITEM.match(b.text) or (b.text.isupper() and len(b.text) < 60):
        return False
    char_width = layout.char_width
    first_line = layout.indent is not None and abs(b.left - layout.indent) <= 0.5 * char_width
    if b.block_right is None and first_line:
        return False  # indented as the document indents a paragraph's first line
    if b.left > layout.left + 1.5 * char_width and b.left - a.left > 0.5 * char_width:
        return False  # indented further than the line before: a new paragraph, or a block quotation
    # A block quotation running over a page: the part on one page may be a single line, too few to be
    # marked a block there; standing at the block's indent it goes on with the block's measure.
    if not same_page and abs(a.left - b.left) <= 0.5 * char_width and a.left > layout.left + 1.5 * char_width:
        if a.block_right is None:
            a.block_right = b.block_right
        elif b.block_right is None:
            b.block_right = a.block_right
    if a.block_right is not None and b.block_right is None:
        return False  # a block quotation ends
    if same_page and layout.spacing and a.y - b.y > 1.4 * layout.spacing:  # extra space between paragraphs
        return False
    short = b.right - layout.left < 0.6 * (layout.right - layout.left)
    if not same_page and short and ends_sentence(a.text) and not b.text.endswith(_CLOSING):
        return False  # a heading atop the next page ("Adventure V"), no extra space to show it
    if a.split_after:
        return True
    right = a.block_right if a.block_right is not None and b.block_right is not None else layout.right
    # Full: the next line's first word (as wide as it is printed), with a space, would not have fitted.
    return right - a.right < b.first_word + 1.5 * char_width


def import_pdf(file_name: str, data: bytes, context: ImportContext | None = None) -> ImportedDocument:
    context = context or ImportContext()
    _check_complete(data, file_name)
    pdf = _open(data, file_name)
    pages: list[_Page] = []
    try:
        total = len(pdf)
        if total > MAX_PDF_PAGES:
            raise SourceRejected(f"{file_name}: the PDF has {total} pages, more than {MAX_PDF_PAGES}")
        for index in range(total):
            context.step(file_name, index, total)
            try:
                page = pdf[index]
                textpage = page.get_textpage()
                lines = _lines_of(textpage)
                textpage.close()
                page.close()
            except pdfium.PdfiumError as e:
                raise SourceRejected(f"{file_name}: page {index + 1} of the PDF is damaged ({e})") from None
            label, labelled = _label(pdf, index)
            pages.append(_Page(label, lines, labelled))
        context.step(file_name, total, total)
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        raise SourceRejected(
            f"{file_name}: the PDF has no text layer (it is a scan or holds only images); "
            "run OCR on it first (for example with OCRmyPDF) and import the result"
        )
    return _assemble(pages, context, file_name)


def _assemble(pages: list[_Page], context: ImportContext, file_name: str) -> ImportedDocument:
    furniture = _furniture(pages)
    body = [
        [line for i, line in enumerate(page.lines) if (p, i) not in furniture] for p, page in enumerate(pages)
    ]
    notes: list[str] = []
    if furniture and not any(body):
        # A short PDF of nothing but headings and numbers: its text is what there is, so keep it all
        # rather than refuse the file as empty.
        notes.append(
            "every line looked like page furniture (running heads or page numbers), so none was removed"
        )
        furniture, body = {}, [list(page.lines) for page in pages]
    removed = tuple(
        RemovedFurniture(pages[p].label, pages[p].lines[i].text, reason)
        for (p, i), reason in sorted(furniture.items())
    )
    # One layout for the whole document: a book keeps its text block from page to page, and a page with
    # a few short lines (a title page, a chapter's last page) would mislead a layout of its own.
    layout = _layout([line for lines in body for line in lines])
    words = {w.lower() for lines in body for line in lines for w in re.findall(r"[^\W\d_]+", line.text)}
    body = [_drop_caps(lines, layout, words) for lines in body]
    # A page's notes at its foot are kept out of the paragraph running on to the next page (see below)
    heights = [line.height for lines in body for line in lines]
    usual = statistics.median(heights) if heights else 0.0
    cuts = [_notes_at_foot(lines, usual, layout.spacing) for lines in body]
    for lines, cut in zip(body, cuts, strict=True):
        _mark_blocks(lines[:cut], layout)
        _mark_blocks(lines[cut:], layout)
    vocabulary = Vocabulary.of_lines(
        [line.text + ("-" if line.split_after else "") for lines in body for line in lines]
    )
    joiner = Joiner(vocabulary)
    join = context.options.reflow is not False
    separator = "\n\n" if join else "\n"
    paragraphs: list[str] = []
    base = 0  # where the open paragraph ``current`` begins in the finished text
    current: str | None = None
    previous: _Line | None = None
    page_map: list[tuple[int, str]] = []
    waiting: list[str] = []  # labels of pages without text: they begin where the next text does
    # Notes at a page's foot wait until the paragraph open at the page's end has ended: a paragraph (and a
    # quotation in it) running on to the next page stays whole. They are read as the next page's text.
    deferred: list[_Line] = []

    def add_notes() -> None:
        """Begin a paragraph with the notes waiting (the paragraph before them has ended)."""
        nonlocal current, previous
        waiting_notes = deferred[:]
        deferred.clear()
        current, previous = None, None
        for k, note in enumerate(waiting_notes):
            add(note, same_page=k > 0, notes=True)

    def add(line: _Line, same_page: bool, notes: bool = False) -> int:
        """Add ``line`` to the paragraph open or begin one with it; where its text begins."""
        nonlocal current, previous, base
        text = line.text + ("-" if line.split_after else "")
        if join and current is not None and previous is not None and _continues(
            previous, line, layout, same_page
        ):
            current = joiner.seam(current, text)
            previous = line
            return base + len(current) - len(text)
        if current is not None:
            paragraphs.append(current)
            base += len(current) + len(separator)
        if deferred and not notes:
            add_notes()
            paragraphs.append(current)  # type: ignore[arg-type]
            base += len(current) + len(separator)  # type: ignore[arg-type]
        # A block quotation keeps its indent (four spaces), as plain text sets one off: after reflow it would
        # otherwise read as the author's paragraph. (Not a short line: a centred title is no block.)
        block = join and not notes and line.block_right is not None and len(text) >= 40
        indent = _BLOCK_INDENT if block else ""
        current, previous = indent + text, line
        return base + len(indent)

    for p, lines in enumerate(body):
        waiting.append(pages[p].label)
        for i, line in enumerate(lines[: cuts[p]]):
            start = add(line, same_page=i > 0)
            page_map.extend((start, label) for label in waiting)
            waiting.clear()
        if join:
            deferred.extend(lines[cuts[p] :])
        else:
            for line in lines[cuts[p] :]:
                add(line, same_page=True, notes=True)
    if current is not None:
        paragraphs.append(current)
    if deferred:
        add_notes()
        paragraphs.append(current)  # type: ignore[arg-type]
    text = separator.join(paragraphs) + "\n"
    page_map.extend((len(text), label) for label in waiting)
    blank = [str(p + 1) for p, lines in enumerate(body) if not pages[p].lines]
    if blank:
        notes.append(f"pages without text (scanned?): {', '.join(blank[:20])}")
    return ImportedDocument(
        text=text,
        media_type="application/pdf",
        encoding="",
        page_map=tuple(page_map),
        warnings=tuple(notes),
        steps=ImportSteps(
            format="pdf",
            reflow_detected=True,
            reflowed=join,
            lines_reflowed=joiner.lines_joined,
            hyphens_joined=joiner.hyphens_joined,
            hyphens_kept=joiner.hyphens_kept,
            furniture_removed=len(removed),
            pages_mapped=len(pages),
            removed_lines=removed,
        ),
    )
