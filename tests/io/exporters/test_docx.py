from __future__ import annotations

import io

import docx
from docx.shared import RGBColor

from annotator.services.project import Project
from tests.helpers.excerpts import NOTE, SCRIPT_QUOTE
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
    citation, tags, note, evidence, link = (p for p in paragraphs[index + 1 : index + 6])
    assert citation.style.name == "Excerpt Citation"
    assert citation.text == "— Petrov, Report on the harvest (1932), p. 1, ¶ 2"
    assert tags.text == "Tags: Polemical · Factual"
    polemical = project.taxonomy.taxonomy().resolve("bias/polemical")
    assert tags.runs[1].font.color.rgb == RGBColor.from_string(polemical.color[1:])
    assert note.text == f"Note: {NOTE}"
    assert evidence.text == "Evidence: Minutes, f. 3"
    assert link.text.startswith("Linked: #5 contradicts “full granaries in 1932”")


def test_characters_xml_forbids_do_not_break_the_document(make_document: MakeDocument) -> None:
    quotes = [p.text for p in _open(render("docx", make_document())).paragraphs if p.style.name == "Quote"]
    # The form feed of a PDF page break becomes a space; the rest of the passage is intact.
    assert "begins here with a form feed.\nA letter 𝔊" in quotes
    text = "\n".join(quotes)
    assert "\f" not in text
