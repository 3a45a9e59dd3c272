"""The structure service: marks computed from the stored text, stored with their version, recomputed when the
detectors change, never stored in a read-only project, and listed by ``annotator marks``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.structure import STRUCTURE_VERSION, MarkKind
from annotator.services.project import Project
from annotator.services.structure import compute

ARTICLE = """The Grain Front

The requisitions of the winter left the villages without seed, and the district committee wrote that the
peasants would not sow what they could not keep.1 The committee's own figures, sent to the region in
March, show how little was left.2

Notes

1 District committee minutes, 4 February 1930.
2 Report to the regional committee, March 1930.
"""


def _pdf(pages: list[str]) -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    for page in pages:
        canvas.drawString(72, 720, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _generation(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT value FROM project_meta WHERE key = 'generation'").fetchone()[0]


def _stored(path: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT source_id, version FROM source_structure ORDER BY source_id")
        return rows.fetchall()


def test_marks_are_computed_from_the_text_and_stored_with_their_version(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    text = project.sources.text(source)

    marks = project.structure.marks(source)

    assert marks == compute(text, project.sources.page_map(source))
    assert _stored(project_path) == [(source, STRUCTURE_VERSION)]
    calls = project.structure.marks(source, {MarkKind.NOTE_CALL})
    assert [(text[m.start : m.end], m.label) for m in calls] == [("1", "1"), ("2", "2")]
    notes = {m.label: text[m.start : m.end] for m in project.structure.marks(source, {MarkKind.NOTE})}
    for call in calls:
        assert call.target_start is not None and call.target_end is not None
        assert text[call.target_start : call.target_end].startswith(call.label)
        assert "1930" in notes[call.label]
    summary = project.structure.summary(source)
    assert (summary.note_calls, summary.notes_resolved, summary.calls_without_notes) == (2, 2, False)


def test_structure_of_another_version_is_recomputed_and_stored_again(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    expected = project.structure.marks(source)
    with sqlite3.connect(project_path) as connection:
        connection.execute("UPDATE source_structure SET version = ?, marks = '[]'", (STRUCTURE_VERSION - 1,))
    assert project.structure.stale() == [source]

    assert project.structure.marks(source) == expected
    assert _stored(project_path) == [(source, STRUCTURE_VERSION)]
    assert project.structure.stale() == []


def test_storing_marks_leaves_the_search_index_in_step(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    generation = _generation(project_path)  # the counter every edit advances, and the index compares
    assert project.structure.refresh([source]) == 1
    assert _stored(project_path) == [(source, STRUCTURE_VERSION)]
    assert _generation(project_path) == generation


def test_a_read_only_project_gets_its_marks_without_storing_them(project_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    with sqlite3.connect(project_path) as connection:
        connection.execute("DELETE FROM source_structure")
    with Project.open(project_path, read_only=True) as project:
        assert project.structure.summary(source).note_calls == 2
    assert _stored(project_path) == []


def test_pdf_pages_are_page_marks_and_a_page_range_is_known_only_where_printed(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    pdf = project.sources.import_file(
        write_file("three.pdf", _pdf(["First page text.", "Second page text.", "Third page text."]))
    ).source_id
    text = project.sources.text(pdf)
    pages = project.structure.marks(pdf, {MarkKind.PAGE})
    assert [m.label for m in pages] == ["1", "2", "3"]
    start, end = project.structure.page_range(pdf, "2")
    assert text[start:end].strip() == "Second page text."
    with pytest.raises(InvalidInput, match="no page '9'"):
        project.structure.page_range(pdf, "9")
    plain = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    with pytest.raises(InvalidInput, match="no known pages"):
        project.structure.page_range(plain, "1")


BOOK = """Stalinist Socialism

CHAPTER FIVE
The Year of the Great Break

The plan of 1929 asked for more than the factories could give, and the planners knew it from the first
month. Every ministry reported success all the same.

CHAPTER SIX
The Politics of Stalinism

The party's leaders met rarely after 1934, and the decisions that mattered were taken by a handful of men
in the dacha at Kuntsevo rather than in the Politburo's meeting room.
"""


def test_a_full_citation_names_the_chapter_a_passage_stands_in(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    from annotator.domain.excerpts import CitationStyle, cite

    source = project.sources.import_file(write_file("book.txt", BOOK)).source_id
    text = project.sources.text(source)
    for quote in ("more than the factories could give", "dacha at Kuntsevo"):
        start = text.index(quote)
        project.annotations.create(source, start, start + len(quote))

    five, six = project.exports.excerpts()

    assert five.location.section == "chapter 5, ‘The Year of the Great Break’"
    assert six.location.section == "chapter 6, ‘The Politics of Stalinism’"
    assert "chapter 6, ‘The Politics of Stalinism’, ¶ " in cite(six, CitationStyle.FULL)
    assert "chapter" not in cite(six, CitationStyle.SHORT)
