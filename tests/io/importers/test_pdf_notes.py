"""Note calls, notes and block quotations of a typeset book: a superscript call does not end its paragraph,
the notes at a page's foot do not cut the paragraph (and the quotation in it) running on to the next page,
and a block quotation keeps an indent after reflow, even where it runs over a page."""

import io

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from annotator.io.importers.pdf import import_pdf

WIDTH, HEIGHT, MARGIN, NOTES_ROOM = 420, 600, 54, 70
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.5, alignment=TA_JUSTIFY,
                      firstLineIndent=14)  # fmt: skip
BLOCK = ParagraphStyle("block", parent=BODY, fontSize=9.5, leading=11.5, leftIndent=22, rightIndent=22,
                       firstLineIndent=0, spaceBefore=5, spaceAfter=5)  # fmt: skip
EPIGRAPH = ParagraphStyle("epigraph", parent=BLOCK, alignment=TA_LEFT, leftIndent=120, rightIndent=0)
NOTE = ParagraphStyle("note", fontName="Times-Roman", fontSize=8.5, leading=10, firstLineIndent=8)

# Sentences of my own, long enough to fill lines; each paragraph different (a repeated line is furniture).
FILLER = [
    "The parish registers of the upland villages were kept by the same clerk for thirty years, and his "
    "hand changes only when his eyes began to fail him in the winter of his last illness.",
    "Every entry names the child, the father, the farm and the godparents, and from the godparents one "
    "can follow the alliances of the larger households across three generations of marriages.",
    "The lowland parishes kept their books less carefully, and whole years are missing where the church "
    "roof let in the rain or the curate took the volumes with him to his next living.",
    "What the registers cannot tell us is how many families left the valley without a word, selling "
    "their stock at the autumn fair and walking down to the ports with the drovers.",
]


class _Call(Flowable):
    """Puts its note at the foot of the page the paragraph above ends on."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _pending.append(self.number)


_pending: list[int] = []


def _book(story: list[Flowable], notes: dict[int, str]) -> bytes:
    """A justified book of ``story`` with the ``notes`` called by its ``_Call``s at the feet of the pages."""

    def foot(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        y = MARGIN + NOTES_ROOM - 8
        for number in _pending:
            note = Paragraph(f"<super>{number}</super> {notes[number]}", NOTE)
            _, height = note.wrap(WIDTH - 2 * MARGIN, 100)
            note.drawOn(canvas, MARGIN, y - height)
            y -= height + 2
        _pending.clear()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(WIDTH, HEIGHT))
    frame = Frame(MARGIN, MARGIN + NOTES_ROOM, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN - NOTES_ROOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=foot)])
    doc.build(story)
    return buffer.getvalue()


def _paragraphs(pdf: bytes) -> list[str]:
    return import_pdf("book.pdf", pdf).text.rstrip("\n").split("\n\n")


def test_a_superscript_note_call_inside_a_line_does_not_end_the_paragraph() -> None:
    text = (
        "The census of that year counted the households of the valley twice over, once for the tax and "
        "once for the militia, and the two counts differ by almost a fifth<super>1</super> so that neither "
        "can be taken as it stands by anyone who wants to know how many people lived there."
    )
    pdf = _book([Paragraph(FILLER[0], BODY), Paragraph(text, BODY), _Call(1)], {1: "County archive, box 12."})
    paragraphs = _paragraphs(pdf)
    assert "almost a fifth1 so that neither can be taken as it stands" in paragraphs[1]
    assert paragraphs[1].endswith("how many people lived there.")


def test_a_quotation_running_on_to_the_next_page_is_not_cut_by_the_notes_at_the_foot() -> None:
    quoted = (
        "The steward wrote to his master that the tenants had paid nothing since Michaelmas and that "
        "\u201cthe poorer sort have sold their beds and their pots to buy seed corn, and there is not a "
        "sound roof between the mill and the ford, so that I dare not press them further this year "
        "without the certain ruin of the whole estate and of your rents for ten years to come, which "
        "I beg your honour to consider before the next quarter day\u201d, and he asked for time."
    )
    for count in range(6, 20):  # as many paragraphs before it as put the page break inside the letter
        story: list[Flowable] = []
        for i in range(count):
            story.append(Paragraph(FILLER[i % 4].replace("The ", f"In the year {1700 + i} the ", 1), BODY))
            story.append(_Call(i + 1))
        story += [Paragraph(quoted, BODY), Paragraph(FILLER[3], BODY)]
        notes = {i + 1: f"Estate papers, bundle {i + 20}, letter of {1700 + i}." for i in range(count)}
        document = import_pdf("book.pdf", _book(story, notes))
        second_page = document.page_map[1][0] if len(document.page_map) > 1 else 0
        at = document.text.find("The steward wrote")
        if at < second_page < at + len(quoted):
            break
    else:
        raise AssertionError("no page break inside the letter")
    paragraphs = document.text.rstrip("\n").split("\n\n")
    assert quoted in paragraphs
    # The notes of the first page are kept: after the paragraph that ran on past them.
    after = paragraphs[paragraphs.index(quoted) + 1 :]
    assert any("Estate papers, bundle 20, letter of 1700." in p for p in paragraphs)
    assert any(p.startswith("Estate papers") for p in after)


def test_a_block_quotation_in_small_type_at_a_page_foot_stays_where_it_stands() -> None:
    # Small type near the foot, but no note: a block quotation, not opening with a note's number.
    story: list[Flowable] = [Paragraph(FILLER[i % 4] + f" (part {i})", BODY) for i in range(6)]
    block = (
        "We have neither bread nor seed, and the bailiff has taken the last cow from the common; we ask "
        "the court to hear us before the assizes and to stay the sale of our tools until the harvest."
    )
    story += [Paragraph("The petition of the cottagers ran:", BODY), Paragraph(block, BLOCK)]
    story += [Paragraph(FILLER[i % 4] + f" (again {i})", BODY) for i in range(6)]
    paragraphs = _paragraphs(_book(story, {}))
    at = paragraphs.index("The petition of the cottagers ran:")
    assert paragraphs[at + 1] == "    " + block


def test_an_epigraph_in_small_type_and_a_numbered_list_keep_their_places() -> None:
    epigraph = "Who keeps the register keeps the parish, and who loses it loses the parish too."
    items = [
        "1. The baptisms, entered by the curate on the day.",
        "2. The burials, entered by the sexton and signed later.",
    ]
    story: list[Flowable] = [Paragraph(epigraph, EPIGRAPH), Paragraph(FILLER[0], BODY)]
    story += [Paragraph("The books hold two kinds of entry:", BODY)]
    story += [Paragraph(item, BODY) for item in items]
    story += [Paragraph(FILLER[1] + " It was written in 1917", BODY), Paragraph(FILLER[2], BODY)]
    paragraphs = _paragraphs(_book(story, {}))
    assert paragraphs[0] == "    " + epigraph  # set off as a block
    assert paragraphs[3:5] == items
    # A paragraph's short last line ending in a year is no note call: the next paragraph stays apart.
    assert paragraphs[5].endswith("It was written in 1917")
    assert paragraphs[6] == FILLER[2]


def test_a_block_quotation_run_on_from_the_authors_sentence_keeps_its_indent_over_a_page_break() -> None:
    block = (
        "a barn with a roof of good slate, two fields of clover beside the brook, a pew in the church and "
        "the right to cut turf on the common for as long as the family should keep the farm in good order, "
        "which the family did for three generations after him, until the enclosure of the common in the "
        "year of the great frost put an end to the turf and to much else besides in the parish."
    )
    for count in range(6, 24):  # as many paragraphs before it as leave one line of the block on the next page
        story: list[Flowable] = [Paragraph(FILLER[i % 4] + f" (number {i})", BODY) for i in range(count)]
        story += [Paragraph("The will left to the younger son", BODY), Paragraph(block, BLOCK)]
        story += [Paragraph(FILLER[i % 4] + f" (after {i})", BODY) for i in range(3)]
        document = import_pdf("book.pdf", _book(story, {}))
        second_page = document.page_map[1][0] if len(document.page_map) > 1 else 0
        at = document.text.find(block[:30])
        if at >= 0 and at + len(block) - 110 < second_page < at + len(block):  # its last line
            break
    else:
        raise AssertionError("no page break in the block's last line")
    paragraphs = document.text.rstrip("\n").split("\n\n")
    at = paragraphs.index("The will left to the younger son")
    assert paragraphs[at + 1] == "    " + block
    assert paragraphs[at + 2] == FILLER[0] + " (after 0)"


def test_a_centred_title_and_a_short_indented_line_are_not_indented() -> None:
    title = ParagraphStyle("title", parent=BODY, alignment=1, firstLineIndent=0)
    story: list[Flowable] = [Paragraph("CHAPTER SEVEN", title), Paragraph("THE PARISH BOOKS", title)]
    story += [Paragraph(FILLER[i], BODY) for i in range(3)]
    paragraphs = _paragraphs(_book(story, {}))
    assert not any(p.startswith(" ") for p in paragraphs), paragraphs
