from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.shared import RGBColor

from annotator.domain.excerpts import ExcerptFilter
from annotator.io.exporters.base import ExportOptions
from annotator.services.project import Project
from tests.helpers.excerpts import SCRIPT_QUOTE
from tests.io.exporters.conftest import MakeDocument, render


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_a_heading_per_group_and_a_quote_paragraph_per_excerpt(make_document: MakeDocument) -> None:
    document = _open(render("docx", make_document()))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == "Excerpts from test"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Report on the harvest: district committee minutes", "Memoir of a teacher"]
    quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 6
    assert SCRIPT_QUOTE in quotes  # markup stays text
    assert document.core_properties.title == "Excerpts from test"


def test_citation_tags_and_note_follow_each_quote(make_document: MakeDocument, project: Project) -> None:
    paragraphs = _open(render("docx", make_document())).paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == SCRIPT_QUOTE)
    citation, tags, note, evidence, confidence, link = (p for p in paragraphs[index + 1 : index + 7])
    assert citation.style.name == "Excerpt Citation"
    assert citation.text == "— Petrov, Report on the harvest (1932), p. 1, ¶ 2"
    assert tags.text == "Tags: Polemical · Factual"
    polemical = project.taxonomy.taxonomy().resolve("bias/polemical")
    assert tags.runs[1].font.color.rgb == RGBColor.from_string(polemical.color[1:])
    assert note.text == "Note: a <note> & more"  # the note's Markdown rendered, its markup-like text kept
    assert evidence.text == "Evidence: Minutes, f. 3"
    assert confidence.text == "Confidence: 4 of 5"
    assert link.text.startswith("Linked: #5 contradicts “full granaries in 1932”")


def test_characters_xml_forbids_do_not_break_the_document(make_document: MakeDocument) -> None:
    quotes = [p.text for p in _open(render("docx", make_document())).paragraphs if p.style.name == "Quote"]
    # The form feed of a PDF page break becomes a space; the rest of the passage is intact (its two
    # paragraphs, ¶ 4–5 of a text written a paragraph to a line, stay two).
    assert "begins here with a form feed.\n\nA letter 𝔊" in quotes
    text = "\n".join(quotes)
    assert "\f" not in text


MARKDOWN_NOTE = (
    "Compare **the minutes** with *her* memoir, see `f. 12` and [the archive](https://example.org/f12).\n"
    "Read with ~~care~~ <b>caution</b>.\n\n"
    "- the harvest\n"
    "- the requisition\n\n"
    "3. first reason\n"
    "4. second reason\n"
)
WRAPPED = (
    "The committee met on the morning of the\n"
    "ninth and heard the secretary read the\n"
    "figures for the district.\n"
    "\n"
    "Nobody asked about the seed grain.\n"
)


def _note_paragraphs(document: docx.document.Document, first: str) -> list[docx.text.paragraph.Paragraph]:
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text.startswith(first))
    return paragraphs[index : index + 5]


def test_a_note_is_rendered_from_markdown_into_word_runs_and_lists(  # type: ignore[no-untyped-def]
    make_document: MakeDocument, project: Project, sample
) -> None:
    # Before: the note was one run of raw Markdown, "**the minutes**", "*her*", "- the harvest".
    project.annotations.update(sample.famine, note=MARKDOWN_NOTE)
    project.annotations.update(sample.denial, note="1. only reason\n2. another")
    document = _open(render("docx", make_document()))
    text, bullet_1, bullet_2, number_3, number_4 = _note_paragraphs(document, "Note: Compare")
    assert text.text == (
        "Note: Compare the minutes with her memoir, see f. 12 and the archive (https://example.org/f12). "
        "Read with care <b>caution</b>."
    )
    runs = {run.text: run for run in text.runs}
    assert runs["the minutes"].bold and not runs["the minutes"].italic
    assert runs["her"].italic and not runs["her"].bold
    assert runs["f. 12"].font.name == "Courier New"
    assert runs["care"].font.strike
    assert "*" not in text.text and "[" not in text.text
    assert [p.style.name for p in (bullet_1, bullet_2)] == ["List Bullet", "List Bullet"]
    assert [p.text for p in (bullet_1, bullet_2)] == ["the harvest", "the requisition"]
    assert [p.style.name for p in (number_3, number_4)] == ["List Number", "List Number"]
    assert [p.text for p in (number_3, number_4)] == ["first reason", "second reason"]
    # Each numbered list counts from its own start, not on from the last list in the document.
    numbering = document.part.numbering_part.element
    first_num = number_3._p.pPr.numPr.numId.val
    other = next(p for p in document.paragraphs if p.text == "only reason")
    assert other._p.pPr.numPr.numId.val != first_num
    starts = {
        n.get(qn("w:numId")): n.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val"))
        for n in numbering.findall(qn("w:num"))
        if n.find(qn("w:lvlOverride")) is not None
    }
    assert starts[str(first_num)] == "3" and starts[str(other._p.pPr.numPr.numId.val)] == "1"
    assert number_4._p.pPr.numPr.numId.val == first_num


def test_quotes_follow_the_reflowed_text(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    # Before: the quote kept the file's hard line breaks ("of the\nninth") while the preview joined them.
    source = project.sources.import_file(write_file("wrapped.txt", WRAPPED)).source_id
    text = project.sources.text(source)
    assert "of the\nninth" in text  # stored as the file had it
    project.annotations.create(source, text.index("The committee"), text.index("grain.") + 6)
    document = project.exports.document(ExcerptFilter(), ExportOptions())
    quotes = [p.text for p in _open(render("docx", document)).paragraphs if p.style.name == "Quote"]
    assert quotes == [
        "The committee met on the morning of the ninth and heard the secretary read the figures for the "
        "district.\n\nNobody asked about the seed grain."
    ]
