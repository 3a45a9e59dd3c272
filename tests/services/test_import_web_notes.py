"""A saved web page imported into a project keeps its notes: every reference mark of an encyclopedia page and
every footnote call of a blog post is resolved to its note, through the sources and structure services."""

from __future__ import annotations

import pytest

from annotator.domain.importing import ImportOptions
from annotator.domain.structure import MarkKind
from annotator.services.project import Project
from tests.io.importers.web_notes_pages import BLOG_PAGE, CITATIONS, WIKI_PAGE

CALLS = (MarkKind.REFERENCE_MARK, MarkKind.NOTE_CALL)


def _calls(project: Project, source: int) -> list[tuple[str, str | None]]:
    """Each call's label and the text of the note it resolves to (None when it resolves to none)."""
    text = project.sources.text(source)
    return [
        (m.label, text[m.target_start : m.target_end] if m.target_start is not None else None)
        for m in project.structure.marks(source, CALLS)
    ]


@pytest.mark.parametrize("clean_web", [False, True])
def test_every_reference_mark_of_a_saved_wiki_page_is_resolved(
    project: Project, write_file, clean_web: bool
) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(
        write_file("grain.html", WIKI_PAGE), options=ImportOptions(clean_web=clean_web)
    )
    calls = _calls(project, report.source_id)

    expected = {str(n): f"[{n}] {citation}" for n, citation in enumerate(CITATIONS, start=1)}
    expected["a"] = "[a] The directive of 22 January 1933 was signed by Stalin and Molotov."
    numbered = [(label, note) for label, note in calls if label in expected]
    assert [label for label, _ in numbered] == ["1", "2", "2", "3", "4", "a", "5", "6"]
    assert all(note == expected[label] for label, note in numbered)
    # What stays unresolved calls no note of the page: "[citation needed]", and MediaWiki's "[n 1]",
    # whose note the page does carry ("[n 1] The campaign…"), but the detector reads no group names.
    assert sorted(label for label, note in calls if note is None) == ["citation needed", "n 1"]
    notes = project.structure.marks(report.source_id, (MarkKind.NOTE,))
    assert len(notes) == 7  # six references and the lower-alpha note


def test_every_footnote_call_of_a_saved_blog_post_is_resolved(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("report.html", BLOG_PAGE)).source_id

    assert _calls(project, source) == [
        ("1", "[1] District committee minutes, 4 February 1930, fol. 12."),
        ("2", "[2] Letter of the instructor, 9 February 1930. Quoted in full in the second volume of the "
              "collection."),
        ("3", "[3] Covering letter to the regional committee, March 1930."),
        ("1", "[1] District committee minutes, 4 February 1930, fol. 12."),
    ]
    summary = project.structure.summary(source)
    assert (summary.notes, summary.notes_resolved) == (3, 4)
