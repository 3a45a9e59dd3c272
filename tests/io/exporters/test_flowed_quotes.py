"""A quote's line breaks in exports, decided per source: joined where the stored text is hard-wrapped (the
file's width), kept as paragraph ends where the text is written a paragraph to a line."""

from __future__ import annotations

import io

import docx

from annotator.domain.excerpts import ExcerptFilter
from annotator.domain.importing import ImportOptions
from annotator.io.exporters.base import ExportOptions
from annotator.services.project import Project
from tests.io.exporters.conftest import render

# Two paragraphs, one to a line, each ending a sentence: a quote over both is two paragraphs (¶ 2–3).
PER_LINE = (
    "Minutes of the district committee, autumn 1932.\n"
    "The committee met on the morning of the ninth and heard the secretary read the figures for the "
    "district, which nobody believed.\n"
    "Nobody asked about the seed grain, and the meeting closed before noon.\n"
    "The chairman signed the report.\n"
)
# The same prose wrapped at 40 characters, as an old e-text is, kept so by declining reflow at import.
WRAPPED = (
    "The committee met on the morning of the\n"
    "ninth and heard the secretary read the\n"
    "figures for the district, which nobody\n"
    "believed. The brigades had come twice\n"
    "that month and taken what they found in\n"
    "the barns and under the floors of the\n"
    "houses near the river, and the teacher\n"
    "wrote in his diary that the village was\n"
    "quiet.\n"
    "\n"
    "Nobody asked about the seed grain, and\n"
    "the meeting closed before noon.\n"
)


def _quotes(project: Project, source: int, first: str, last: str, fmt: str) -> str:
    text = project.sources.text(source)
    project.annotations.create(source, text.index(first), text.index(last) + len(last))
    document = project.exports.document(ExcerptFilter(source_ids=(source,)), ExportOptions())
    if fmt == "docx":
        opened = docx.Document(io.BytesIO(render("docx", document)))
        return "|".join(p.text for p in opened.paragraphs if p.style.name == "Quote")
    return render(fmt, document).decode("utf-8")


def test_a_quote_over_two_paragraphs_of_a_text_written_a_paragraph_to_a_line_stays_two(  # type: ignore[no-untyped-def]
    project: Project, write_file
) -> None:
    # Before: flowed() joined every single line break, so ¶ 2 and ¶ 3 became one paragraph in the export.
    source = project.sources.import_file(write_file("minutes.txt", PER_LINE)).source_id
    quote = _quotes(project, source, "The committee", "before noon.", "docx")
    assert quote == (
        "The committee met on the morning of the ninth and heard the secretary read the figures for the "
        "district, which nobody believed.\n\nNobody asked about the seed grain, and the meeting closed "
        "before noon."
    )
    markdown = _quotes(project, source, "The committee", "before noon.", "md")
    assert "which nobody believed.\n>\n> Nobody asked" in markdown


def test_a_quote_of_a_hard_wrapped_text_is_joined_within_its_paragraphs(  # type: ignore[no-untyped-def]
    project: Project, write_file
) -> None:
    source = project.sources.import_file(
        write_file("etext.txt", WRAPPED), options=ImportOptions(reflow=False)
    ).source_id
    assert "of the\nninth" in project.sources.text(source)  # stored as the file had it
    quote = _quotes(project, source, "The committee", "before noon.", "docx")
    assert quote == (
        "The committee met on the morning of the ninth and heard the secretary read the figures for the "
        "district, which nobody believed. The brigades had come twice that month and taken what they found "
        "in the barns and under the floors of the houses near the river, and the teacher wrote in his diary "
        "that the village was quiet.\n\nNobody asked about the seed grain, and the meeting closed before "
        "noon."
    )
