"""A PDF-extracted book with a known answer: long prose typeset with reportlab, read back with PDFium.

``make_book(prose)`` typesets the paragraphs of a plain-text book (blank-line separated, as Project
Gutenberg writes them) in Times-Roman 11 pt, justified or ragged, about 40 lines a page, with running heads
("184 THE WEALTH OF NATIONS" / "OF THE DIVISION OF LABOUR 185"), chapter openings with the page number at
the foot, words hyphenated at syllables (pyphen when it is installed, else at a vowel-consonant seam),
compounds broken at their own hyphen, note calls glued to words ("profit.54"), a numbered list, a table and
block quotations set narrower. The text is then extracted page by page with pypdfium2, as a historian
copying it out would get it: ``style="gaps"`` puts a blank line wherever the vertical gap between lines is
larger than the leading (paragraph spacing, page breaks), like ``pdftotext``; ``style="raw"`` only between
pages. The gold answer says which paragraph every word belongs to, which page it is printed on, which line
ends split a word or a compound, and which lines are running heads. Used by measure_reflow.py and
bench_import.py; nothing here is part of the product.
"""

from __future__ import annotations

import io
import random
import re
import sys
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, "/tmp/rf/pylib")  # pyphen, when installed there for measuring; not a dependency
try:
    import pyphen

    _DIC = pyphen.Pyphen(lang="en_GB")
except ImportError:  # pragma: no cover
    _DIC = None

FONT, SIZE, LEADING = "Times-Roman", 11, 13.5
PAGE_W, PAGE_H, LEFT, MEASURE = 420, 640, 50, 320
TOP, LINES_PER_PAGE = 590, 38
PARA_SPACE = 6  # extra points between paragraphs ("gaps" style makes a blank line of it)


@dataclass
class Para:
    kind: str  # prose, heading, item, quote, table, chapter
    text: str


@dataclass
class Gold:
    paragraphs: list[str] = field(default_factory=list)  # the true paragraphs, words as the author wrote
    pages: list[list[str]] = field(default_factory=list)  # per paragraph, the page label of each word
    seams: int = 0  # line breaks inside paragraphs (what reflow should join)
    page_seams: int = 0  # of those, the ones across a page break
    split_words: list[str] = field(default_factory=list)  # words broken at a syllable ("inter-national")
    split_compounds: list[str] = field(default_factory=list)  # compounds broken at their own hyphen
    heads: list[str] = field(default_factory=list)  # running heads and page numbers as printed


def paragraphs_of(prose: str) -> list[Para]:
    """The paragraphs of a Gutenberg text: chapter titles, headings, tables (kept line by line), prose."""
    start = prose.find("*** START")
    end = prose.find("*** END")
    if start >= 0:
        prose = prose[prose.index("\n", start) + 1 : end if end > 0 else None]
    out: list[Para] = []
    for block in re.split(r"\n\s*\n", prose):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines:
            continue
        joined = " ".join(lines)
        if len(lines) > 1 and joined.upper() == joined:  # a table of contents: one entry a line
            out.extend(Para("table", line) for line in lines)
        elif re.match(r"(CHAPTER|BOOK|PART)\b", joined) and len(joined) < 120:
            out.append(Para("chapter", joined))
        elif len(lines) == 1 and len(joined) < 70 and not joined.endswith((".", ",", ";", '"', "”")):
            out.append(Para("heading", joined))
        elif (len(lines) > 2 and max(len(x) for x in lines) < 45) or "  " in lines[0]:
            out.extend(Para("table", line) for line in lines[:12])
        else:
            out.append(Para("prose", re.sub(r"\s+", " ", joined).replace("_", "")))
    return out


def decorate(paras: list[Para], rng: random.Random) -> list[Para]:
    """Note calls glued to words, real compounds, a numbered list and block quotations, as books have."""
    note = 1
    compounds = ["wage-labour", "world-outlook", "eight-hour", "half-hearted", "well-known", "self-interest"]
    out: list[Para] = []
    for i, para in enumerate(paras):
        if para.kind != "prose":
            out.append(para)
            continue
        words = para.text.split(" ")
        for j, word in enumerate(words):
            if rng.random() < 0.012 and word[-1:] in ".;,”)" and word[:-1].isalpha():
                words[j] = f"{word}{note}"
                note += 1
            elif rng.random() < 0.002 and word.isalpha() and word.islower():
                words[j] = rng.choice(compounds)
        text = " ".join(words)
        if i % 97 == 50:
            out.append(Para("prose", text))
            for n in range(1, rng.randint(3, 6)):
                item = " ".join(rng.sample(words, min(len(words), 6))).strip(".,;")
                out.append(Para("item", f"{n}. {item}"))
            continue
        out.append(Para("quote" if i % 61 == 30 and len(text) > 200 else "prose", text))
    return out


def _hyphenations(word: str) -> list[tuple[str, str]]:
    """Ways to break ``word`` at a line end, longest head first: (head with hyphen, tail)."""
    if "-" in word.strip("-"):
        head, _, tail = word.partition("-")
        if head and tail:
            return [(head + "-", tail)]
    core = re.match(r"^([A-Za-z]+)(.*)$", word)
    if not core or len(core.group(1)) < 6:
        return []
    letters, rest = core.groups()
    if _DIC is not None:
        cuts = [p for p in _DIC.positions(letters) if 2 < p < len(letters) - 2]
    else:
        vowel = "aeiou"
        cuts = [k for k in range(3, len(letters) - 2) if letters[k - 1] in vowel and letters[k] not in vowel]
    return [(letters[:k] + "-", letters[k:] + rest) for k in sorted(cuts, reverse=True)]


def _wrap(text: str, measure: float, indent: float) -> list[tuple[str, bool, str]]:
    """Lines of one paragraph: (line, ends with a break inside a word, the whole word so broken)."""
    words = text.split(" ")
    lines: list[tuple[str, bool, str]] = []
    current, width = "", measure - indent
    for word in words:
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= width:
            current = candidate
            continue
        for head, tail in _hyphenations(word):
            if stringWidth(f"{current} {head}", FONT, SIZE) <= width and current:
                lines.append((f"{current} {head}", True, word))
                current = tail
                break
        else:
            lines.append((current, False, ""))
            current = word
        width = measure
    lines.append((current, False, ""))
    return [line for line in lines if line[0]]


def make_book(
    prose: str,
    *,
    seed: int = 1,
    title: str = "THE WEALTH OF NATIONS",
    justified: bool = True,
    style: str = "gaps",
    max_paragraphs: int | None = None,
) -> tuple[str, Gold, bytes]:
    """The extracted text, the gold answer and the PDF bytes of ``prose`` typeset as a book."""
    rng = random.Random(seed)
    paras = decorate(paragraphs_of(prose), rng)[:max_paragraphs]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_W, PAGE_H))
    gold = Gold()
    page = rng.randint(1, 40) * 2 + 1  # a book's first page of text is seldom 1
    first_page = page
    chapter_title = title
    y = TOP
    heads_on_page: dict[int, str] = {}
    page_has_head = False

    def start_page(chapter_opening: bool) -> None:
        nonlocal y, page_has_head
        y = TOP
        page_has_head = not chapter_opening
        if chapter_opening:
            return
        canvas.setFont(FONT, 9)
        head = f"{page} {title}" if page % 2 == 0 else f"{chapter_title.upper()} {page}"
        if page % 2 == 0:
            canvas.drawString(LEFT, TOP + 24, f"{page}")
            canvas.drawString(LEFT + 40, TOP + 24, title)
        else:
            canvas.drawRightString(LEFT + MEASURE - 40, TOP + 24, chapter_title.upper())
            canvas.drawRightString(LEFT + MEASURE, TOP + 24, f"{page}")
        heads_on_page[page] = head
        gold.heads.append(head)

    def end_page() -> None:
        nonlocal page
        if not page_has_head:
            canvas.setFont(FONT, 9)
            canvas.drawCentredString(LEFT + MEASURE / 2, 40, f"{page}")
            gold.heads.append(f"{page}")
        canvas.showPage()
        page += 1

    start_page(chapter_opening=True)
    for index, para in enumerate(paras):
        if para.kind == "chapter" and index > 0:
            end_page()
            chapter_title = re.sub(r"^(CHAPTER|BOOK|PART)\s+\S+\s*", "", para.text)[:40] or title
            start_page(chapter_opening=True)
        indent, measure, left = 0.0, MEASURE, LEFT
        if para.kind == "prose":
            indent = 14
        elif para.kind == "quote":
            measure, left = MEASURE - 50, LEFT + 25
        lines = (
            [(para.text, False, "")]
            if para.kind in ("heading", "chapter", "table", "item")
            else _wrap(para.text, measure, indent)
        )
        pages: list[str] = []
        gold.paragraphs.append(para.text)
        gold.seams += len(lines) - 1
        if y < TOP:
            y -= PARA_SPACE
        for number, (line, split, whole) in enumerate(lines):
            if y < TOP - LEADING * (LINES_PER_PAGE - 1):
                end_page()
                start_page(chapter_opening=False)
                if number > 0:
                    gold.page_seams += 1
            text = canvas.beginText(left + (indent if number == 0 else 0), y)
            text.setFont(FONT, SIZE)
            last = number == len(lines) - 1
            if justified and not last and para.kind in ("prose", "quote") and line.count(" "):
                room = (measure - (indent if number == 0 else 0)) - stringWidth(line, FONT, SIZE)
                text.setWordSpace(max(0.0, room / line.count(" ")))
            text.textOut(line)
            canvas.drawText(text)
            if split:
                (gold.split_compounds if "-" in whole.strip("-") else gold.split_words).append(whole)
            # A word split over two lines (or pages) is cited by the page where it begins.
            count = len(line.split()) - (1 if number > 0 and lines[number - 1][1] else 0)
            pages.extend([str(page)] * count)
            y -= LEADING
        gold.pages.append(pages)
    end_page()
    canvas.save()
    data = buffer.getvalue()
    del first_page
    return extract(data, style), gold, data


def extract(data: bytes, style: str) -> str:
    """The text of every page as pypdfium2 gives it, with blank lines at vertical gaps ("gaps").

    PDFium reports a hyphen at a line end as U+FFFE and runs the next line on; a PDF viewer's copy gives
    "-" and a line break, and so do we.
    """
    document = pdfium.PdfDocument(data)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        raw = textpage.get_text_range()
        # (start index in the page's characters, line) for every printed line
        lines: list[tuple[int, str]] = []
        for match in re.finditer(r"[^\r\n\ufffe]*(?:\ufffe|\r\n|\r|\n|$)", raw):
            piece = match.group(0)
            if not piece:
                continue
            lines.append((match.start(), re.sub(r"[\r\n]", "", piece).replace("\ufffe", "-")))
        out: list[str] = []
        previous = None
        for start, line in lines:
            top = None
            if style == "gaps":
                for k, char in enumerate(line):
                    if not char.isspace():
                        top = textpage.get_charbox(start + k, loose=True)[1]
                        break
            if top is not None and previous is not None and previous - top > LEADING * 1.3:
                out.append("")
            out.append(line)
            if top is not None:
                previous = top
        pages.append("\n".join(out).strip("\n"))
        textpage.close()
        page.close()
    document.close()
    return "\n\n".join(pages) + "\n"
