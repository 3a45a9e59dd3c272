from __future__ import annotations

import lxml.html

from annotator.services.project import Project
from tests.helpers.excerpts import SCRIPT_QUOTE
from tests.io.exporters.conftest import MakeDocument, render
from tests.io.exporters.test_docx import MARKDOWN_NOTE


def test_one_self_contained_printable_file(make_document: MakeDocument) -> None:
    page = render("html", make_document()).decode("utf-8")
    tree = lxml.html.fromstring(page)
    assert tree.find(".//style") is not None and "@media print" in page
    assert not tree.xpath("//link | //img | //iframe | //*[@src]")  # nothing fetched from elsewhere
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'"]
    assert [h.text_content() for h in tree.xpath("//h2")] == [
        "Report on the harvest: district committee minutes",
        "Memoir of a teacher",
    ]
    assert len(tree.xpath("//article")) == 6


def test_source_text_and_notes_are_inert_text(make_document: MakeDocument) -> None:
    page = render("html", make_document()).decode("utf-8")
    tree = lxml.html.fromstring(page)
    assert not tree.xpath("//script | //note")
    assert "<script>" not in page and "a <note>" not in page
    quotes = [q.text_content() for q in tree.xpath("//blockquote")]
    assert SCRIPT_QUOTE in quotes  # read back as the very characters of the source
    notes = tree.xpath("//div[@class='note rendered']")
    assert "Note a <note> & more" in [" ".join(n.text_content().split()) for n in notes]


def test_notes_are_rendered_from_markdown_and_quotes_follow_the_reflowed_text(  # type: ignore[no-untyped-def]
    make_document: MakeDocument, project: Project, sample
) -> None:
    # Before: the note's Markdown was shown raw ("**the minutes**") in a pre-wrapped block, and the quote
    # kept the file's hard line breaks.
    project.annotations.update(sample.famine, note=MARKDOWN_NOTE)
    tree = lxml.html.fromstring(render("html", make_document()))
    note = next(n for n in tree.xpath("//div[@class='note rendered']") if "Compare" in n.text_content())
    assert note.xpath(".//strong")[0].text_content() == "the minutes"
    assert note.xpath(".//em")[0].text_content() == "her"
    assert note.xpath(".//code")[0].text_content() == "f. 12"
    assert note.xpath(".//a/@href") == ["https://example.org/f12"]
    assert [li.text_content() for li in note.xpath(".//ul/li")] == ["the harvest", "the requisition"]
    assert note.xpath(".//ol/@start") == ["3"]
    assert not note.xpath(".//b") and "<b>caution</b>" in note.text_content()  # raw HTML stays text
    assert "**" not in note.text_content()
    quotes = [q.text_content() for q in tree.xpath("//blockquote")]
    assert "begins here\fwith a form feed.\n\nA letter 𝔊" in quotes  # ¶ 4–5: two paragraphs stay two


def test_tags_are_chips_in_their_colours_with_citation_and_links(make_document: MakeDocument) -> None:
    tree = lxml.html.fromstring(render("html", make_document()))
    chip = tree.xpath("//span[@class='tag'][@title='theme/grain-requisition']")[0]
    assert chip.text_content() == "Grain requisition"
    assert "background:#AA5522" in chip.get("style")
    citations = [c.text_content() for c in tree.xpath("//p[@class='citation']")]
    assert "— Petrov, Report on the harvest (1932), p. 2, ¶ 4–5" in citations
    assert "— Petrov, Report on the harvest (1932), p. 2, ¶ 5" in citations
    confidence = tree.xpath("//div[@class='note confidence']")
    assert [c.text_content() for c in confidence] == ["Confidence 4 of 5"]
    link = tree.xpath("//ul[@class='links']//a")[0]
    assert link.get("href").startswith("#excerpt-")
    assert tree.xpath(f"//article[@id='{link.get('href')[1:]}']")
