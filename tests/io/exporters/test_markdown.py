from __future__ import annotations

import re

from annotator.domain.excerpts import ExcerptFilter
from tests.helpers.excerpts import Sample
from tests.io.exporters.conftest import MakeDocument, render


def test_excerpts_are_block_quotes_with_citation_tags_note_and_links(make_document: MakeDocument) -> None:
    text = render("md", make_document()).decode("utf-8")
    assert text.startswith("# Excerpts from test\n")
    assert "6 excerpts: all excerpts" in text and "Unicode code points" in text
    assert "## Report on the harvest: district committee minutes" in text
    assert "> full granaries in 1932" in text
    assert "— Petrov, Report on the harvest (1932), p. 1, ¶ 2" in text
    assert "— Smirnova and Volkov, Memoir of a teacher (c. 1968), ¶ 1" in text
    assert "**Tags:** Polemical (`bias/polemical`), Factual (`claim-type/factual`)" in text
    assert "**Evidence:** Minutes, f. 3" in text
    assert "**Evidence:** Minutes, f. 3\n\n**Confidence:** 4 of 5" in text
    assert re.search(
        r"\*\*Linked:\*\* contradicts “full granaries in 1932” \(Memoir of a teacher, ¶ 1\)", text
    )


def test_source_text_is_escaped_and_notes_stay_markdown_without_raw_html(make_document: MakeDocument) -> None:
    text = render("md", make_document()).decode("utf-8")
    assert "> The" not in text  # only passages are quoted, not whole paragraphs
    assert r"\<script\>alert('x')\</script\> committee \& its" in text
    assert "<script>" not in text
    assert "**Note:** a &lt;note> & *more*" in text  # Markdown emphasis kept, the tag neutralized
    assert r'> \=HYPERLINK("http://evil.example")' in text  # "=" at a line start would be a heading rule


def test_a_passage_over_two_paragraphs_is_quoted_as_two(make_document: MakeDocument) -> None:
    # The sample's text is written a paragraph to a line: the line break in the quote ends ¶ 4.
    text = render("md", make_document()).decode("utf-8")
    assert "> begins here\fwith a form feed.\n>\n> A letter 𝔊" in text
    assert "p. 2, ¶ 4–5" in text


def test_grouped_by_tag_an_excerpt_appears_under_each_of_its_tags(
    make_document: MakeDocument, sample: Sample
) -> None:
    text = render("md", make_document(ExcerptFilter(source_ids=(sample.report,)), group_by="tag")).decode()
    assert text.count(r"\<script\>alert") == 2  # polemical and factual
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings == [
        "Bias › Polemical",
        "Provenance › Archival evidence",
        "Claim type › Factual",
        "Claim type › Statistical / quantitative",
        "Theme › Famine › Grain requisition",
        "Untagged",
    ]


def test_full_style_cites_every_field_and_the_code_point_range(make_document: MakeDocument) -> None:
    text = render("md", make_document(style="full")).decode("utf-8")
    assert (
        "— Ivan Petrov. Report on the harvest: district committee minutes. District committee. 1932. "
        "Regional archive, f. 12. https://example.org/report. p. 1, ¶ 2, characters 74–117." in text
    )
