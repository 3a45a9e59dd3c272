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
    # set off by its four-space indent, as plain text sets a block quotation off
    expected = [*paragraphs[:5], "    " + QUOTE, *paragraphs[5:]]
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


def _placed_pdf(pages: list[list[tuple[float, float, str, float]]]) -> bytes:
    """Pages of lines drawn where given: (x, y of the baseline, text, font size); full lines justified to
    the measure (a line ending "+" is drawn full, without the "+")."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 640))
    for lines in pages:
        for x, y, line, size in lines:
            text = canvas.beginText(x, y)
            text.setFont(FONT, size)
            if line.endswith("+"):
                line = line[:-1]
                room = LEFT + MEASURE - x - stringWidth(line, FONT, size)
                text.setWordSpace(room / max(line.count(" "), 1))
            text.textOut(line)
            canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _set(
    paragraph: str, left: float, top: float, first_indent: float = INDENT
) -> list[tuple[float, float, str, float]]:
    """A paragraph set in full lines from ``top`` down at ``left``, its first line indented."""
    out, current, room, y = [], "", LEFT + MEASURE - left - first_indent, top
    x = left + first_indent
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= room:
            current = candidate
            continue
        out.append((x, y, current + "+", SIZE))
        current, room, x, y = word, LEFT + MEASURE - left, left, y - LEADING
    out.append((x, y, current, SIZE))
    return out


def test_a_drop_capital_is_put_back_at_the_start_of_its_word() -> None:
    # "T" set three lines high at the margin, "O the committee…" beside it, indented around it.
    opening = (
        "O the committee the harvest of that year was a question of figures alone, and the figures were "
        "never in doubt: the quota was delivered to the station before the first snow."
    )
    body = _paragraphs(4, seed=8)
    lines = [(LEFT, TOP - 2 * LEADING, "T", 40.0)]
    beside = _set(opening, LEFT + 30, TOP, first_indent=0)
    lines += [(x if y >= TOP - 2 * LEADING else LEFT, y, text, size) for x, y, text, size in beside]
    y = beside[-1][1] - LEADING
    for paragraph in body:
        lines += _set(paragraph, LEFT, y)
        y = lines[-1][1] - LEADING
    document = import_pdf("chapter.pdf", _placed_pdf([lines]))
    # "TO": "to" is a word of the document ("I" + "HAD" would stay apart: "ihad" is none).
    assert document.text == "\n\n".join(["T" + opening, *body]) + "\n"


def test_an_inquest_set_with_hanging_indents_keeps_each_answer_whole() -> None:
    speeches = [
        "Witness: It conveyed no meaning to me. I thought that he was delirious, and I said so to the "
        "constable who came.",
        "The Coroner: What was the point upon which you and your father had this final quarrel that morning?",
        "Witness: I should prefer not to answer, for it has nothing to do with the tragedy which followed.",
    ]
    lines: list[tuple[float, float, str, float]] = []
    y = TOP
    for speech in speeches:
        # Set narrower, 30 points in; each speech's first line a further 16 points in.
        block = _set(speech, LEFT + 30, y, first_indent=16)
        lines += block
        y = block[-1][1] - LEADING
    body = _paragraphs(3, seed=9)
    for paragraph in body:
        lines += _set(paragraph, LEFT, y)
        y = lines[-1][1] - LEADING
    document = import_pdf("inquest.pdf", _placed_pdf([lines]))
    # the answers, set narrower than the text, keep a block's indent
    assert document.text == "\n\n".join([*("    " + speech for speech in speeches), *body]) + "\n"


def test_a_heading_atop_the_next_page_is_not_joined_to_a_full_line_before_it() -> None:
    first = _paragraphs(40, seed=10)
    pages: list[list[tuple[float, float, str, float]]] = [[]]
    y = TOP
    for paragraph in first:
        block = _set(paragraph, LEFT, y)
        if block[-1][1] < 60:
            break
        pages[0] += block
        y = block[-1][1] - LEADING
    # The page ends with a full line closing a sentence: make the last paragraph's last line full.
    last = pages[0][-1]
    pages[0][-1] = (last[0], last[1], last[2] + "+", last[3])
    story = _set("The next story begins here, at last.", LEFT, TOP - 2 * LEADING)
    pages.append([(LEFT, TOP, "Adventure Five", SIZE), *story])
    document = import_pdf("stories.pdf", _placed_pdf(pages))
    paragraphs = document.text.rstrip("\n").split("\n\n")
    assert paragraphs[-2:] == ["Adventure Five", "The next story begins here, at last."]
