"""Paragraphs and pages of a PDF told from its geometry: first-line indents, block quotations, lines opening
with a quotation mark, and page numbers printed on pages that the PDF does not label."""

import io
import random

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from annotator.domain.pages import page_at, roman, roman_value
from annotator.io.importers.pdf import import_pdf

FONT, SIZE, LEADING = "Times-Roman", 11, 13.5
LEFT, MEASURE, INDENT = 50, 320, 14
TOP, LINES = 590, 36

QUOTE = (
    "The grain must be delivered in full before the first of November, and every household that has not "
    "delivered its share shall be entered on the black list of the district and reported to the centre."
)


def _wrap(text: str, width: float) -> list[str]:
    lines, current, available = [], "", width - INDENT
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= available:
            current = candidate
        else:
            lines.append(current)
            current, available = word, width
    return [*lines, current]


# Words opening with a descender ("g", "p", "q", "y", "j"): a line they begin reaches lower on the page
# than its baseline, and after a line opening with "“" (whose glyph sits high) the two looked far apart.
_WORDS = ["grain", "granary", "parish", "peasants", "quota", "yield", "journal", "gathering", "plough"]
_WORDS += ["years", "pledge", "gentry", "jury", "payment", "guards", "quarrel", "priest", "yard"]


def _paragraphs(count: int, seed: int = 3) -> list[str]:
    """Speeches and narration, each a paragraph, none alike (a repeated line would look like furniture)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 60)))
        sentence = f"The {words}, said the secretary of the district {i + 1}."
        out.append(f"“{sentence}”" if i % 3 else sentence)
    return out


def _book(paragraphs: list[str], quote_after: int, foot: list[str], head: list[str]) -> bytes:
    """A justified book page after page, no space between paragraphs, first lines indented, one block
    quotation set narrower; ``foot`` and ``head`` are printed on the pages in turn (no PDF page labels)."""
    laid: list[tuple[float, float, str, bool]] = []  # (left, measure, line, justified)
    for number, paragraph in enumerate(paragraphs):
        lines = _wrap(paragraph, MEASURE)
        for i, line in enumerate(lines):
            indent = INDENT if i == 0 else 0
            laid.append((LEFT + indent, MEASURE - indent, line, i < len(lines) - 1))
        if number == quote_after:  # a block quotation: narrower, no first-line indent
            quote = _wrap_plain(QUOTE, MEASURE - 50)
            laid.extend((LEFT + 25, MEASURE - 50, line, i < len(quote) - 1) for i, line in enumerate(quote))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 640))
    pages = [laid[i : i + LINES] for i in range(0, len(laid), LINES)]
    for p, lines in enumerate(pages):
        canvas.setFont(FONT, 9)
        if p < len(head) and head[p]:
            canvas.drawString(LEFT, TOP + 24, head[p])
        if p < len(foot) and foot[p]:
            canvas.drawCentredString(LEFT + MEASURE / 2, 40, foot[p])
        for row, (left, width, line, justified) in enumerate(lines):
            text = canvas.beginText(left, TOP - row * LEADING)
            text.setFont(FONT, SIZE)
            if justified and line.count(" "):
                text.setWordSpace((width - stringWidth(line, FONT, SIZE)) / line.count(" "))
            text.textOut(line)
            canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrap_plain(text: str, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current]


def test_speeches_opening_with_a_quotation_mark_are_joined_within_and_kept_apart() -> None:
    # The first character's glyph of "“" sits high: measured by it, every such line looked set apart.
    paragraphs = _paragraphs(60)
    document = import_pdf("book.pdf", _book(paragraphs, quote_after=-1, foot=[], head=[]))
    assert document.text == "\n\n".join(paragraphs) + "\n"


def test_a_block_quotation_is_one_paragraph_of_its_own() -> None:
    paragraphs = _paragraphs(12)
    document = import_pdf("book.pdf", _book(paragraphs, quote_after=4, foot=[], head=[]))
    expected = [*paragraphs[:5], QUOTE, *paragraphs[5:]]
    assert document.text == "\n\n".join(expected) + "\n"


def test_an_unlabelled_pdf_is_cited_by_the_numbers_printed_on_its_pages() -> None:
    paragraphs = _paragraphs(130)
    heads = [f"{n} THE GRAIN QUESTION" if n % 2 else f"CHAPTER II {n}" for n in range(2, 9)]
    pdf = _book(
        paragraphs,
        quote_after=-1,
        # A title page with nothing printed, front matter numbered xi, xii, xiii, then pages 2-8.
        foot=["", "xi", "xii", "xiii", "", "", "", "", "", "", ""],
        head=["", "", "", "", *heads],
    )
    document = import_pdf("book.pdf", pdf)
    assert [label for _, label in document.page_map][:9] == ["", "xi", "xii", "xiii", "2", "3", "4", "5", "6"]
    removed = [(r.page, r.text) for r in document.steps.removed_lines]
    assert {("xii", "xii"), ("4", "CHAPTER II 4"), ("3", "3 THE GRAIN QUESTION")} <= set(removed)
    assert "CHAPTER II" not in document.text and "xii" not in document.text
    assert page_at(document.page_map, 0) is None  # the title page
    assert document.text == "\n\n".join(paragraphs) + "\n"


def test_roman_numerals_are_read_strictly() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 399)] == ["i", "iv", "ix", "xiv", "xl", "xc", "cccxcix"]
    assert [roman_value(s) for s in ("xii", "xiv", "iiii", "vx", "mix", "ic", "")] == [
        12, 14, None, None, None, None, None
    ]
