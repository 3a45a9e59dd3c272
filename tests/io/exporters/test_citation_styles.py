"""Markdown, HTML and the tables in the CSL styles: each excerpt cited, and a bibliography at the end."""

from __future__ import annotations

import csv

import lxml.html

from tests.io.exporters.conftest import MakeDocument, render


def test_markdown_cites_in_author_date_and_ends_with_a_bibliography(make_document: MakeDocument) -> None:
    text = render("md", make_document(style="chicago-author-date")).decode("utf-8")
    assert "— (Petrov 1932, 1)" in text
    assert "— (Smirnova and Volkov \\[1968?\\], para. 1)" in text  # "c. 1968", Chicago's way
    _, bibliography = text.split("\n## Bibliography\n")
    entries = [e for e in bibliography.split("\n") if e]
    assert len(entries) == 2  # each cited source once, in the style's order
    assert entries[0].startswith("Petrov, Ivan. 1932.") and entries[1].startswith("Smirnova, Anna, and Boris")


def test_html_in_mla_and_tables_in_apa(make_document: MakeDocument) -> None:
    tree = lxml.html.fromstring(render("html", make_document(style="mla")))
    citations = [c.text_content() for c in tree.xpath("//p[@class='citation']")]
    assert "— (Petrov, “Report on the Harvest: District Committee Minutes” 1)" in citations
    section = tree.xpath("//section[@class='bibliography']")[0]
    assert section.xpath("h2")[0].text == "Bibliography" and len(section.xpath("p")) == 2
    rows = list(csv.DictReader(render("csv", make_document(style="apa")).decode("utf-8-sig").splitlines()))
    assert rows[0]["Citation"] == "(Petrov, 1932, p. 1)"
