"""New versions of a source: annotations re-anchored by their quotes, orphans kept and listed, never moved."""

import textwrap

import pytest

from annotator.domain.errors import Duplicate
from annotator.domain.importing import ImportOptions
from annotator.services.events import AnnotationsChanged, SourcesChanged
from annotator.services.project import Project
from tests.io.importers.test_reflow import PARAGRAPHS

WRAPPED = "\n\n".join(textwrap.fill(p, 64) for p in PARAGRAPHS) + "\n"


def annotate(project: Project, source_id: int, quote: str, *tags: str) -> int:
    text = project.sources.text(source_id)
    start = text.index(quote)
    return project.annotations.create(source_id, start, start + len(quote), tags=list(tags)).id


def test_reimport_with_other_options_moves_every_annotation(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("wrapped.txt", WRAPPED)
    first = project.sources.import_file(path, options=ImportOptions(reflow=False))
    old_text = project.sources.text(first.source_id)
    assert old_text == WRAPPED
    crossing = old_text[old_text.index("the spring") - 8 : old_text.index("the spring") + 10]
    assert "\n" in crossing  # an annotation over a line break that reflow will remove
    a = annotate(project, first.source_id, crossing, "claim-type/factual")
    b = annotate(project, first.source_id, "forty-two households", "claim-type/statistical")
    link = project.links.create(a, b, "corroborates")
    project.sources.update_metadata(first.source_id, {"kind": "primary", "title": "Minutes"})
    events = []
    project.events.subscribe(events.append)

    with pytest.raises(Duplicate):  # the same bytes again are refused without the flag
        project.sources.import_file(path)
    second = project.sources.import_file(path, new_version_of=first.source_id)

    assert second.version == 2 and second.previous_version_id == first.source_id
    assert second.reanchored == 2 and second.orphans == ()
    new_text = project.sources.text(second.source_id)
    assert new_text == "\n\n".join(PARAGRAPHS) + "\n"
    moved = {x.id: x for x in project.annotations.list(source_id=second.source_id)}
    assert set(moved) == {a, b}
    assert new_text[moved[a].start : moved[a].end] == crossing.replace("\n", " ")
    assert moved[a].quote.exact == crossing.replace("\n", " ")
    assert [t.path for t in moved[b].tags] == ["claim-type/statistical"]
    assert project.links.get(link.id).a.source_id == second.source_id
    assert project.sources.get(second.source_id).metadata.title == "Minutes"  # the historian's metadata
    assert project.annotations.list(source_id=first.source_id) == []
    versions = project.sources.version_info(first.source_id)
    assert versions.next_version_ids == (second.source_id,)
    assert project.sources.version_info(second.source_id).report["reanchored"] == 2
    assert any(isinstance(e, SourcesChanged) for e in events)
    assert any(isinstance(e, AnnotationsChanged) and set(e.annotation_ids) == {a, b} for e in events)


def test_annotations_that_cannot_be_placed_stay_as_orphans(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    old = "The first report counted forty-two households. The grain was taken.\nThe grain was taken.\n"
    first = project.sources.import_file(write_file("report.txt", old))
    kept = annotate(project, first.source_id, "forty-two households")
    gone = annotate(project, first.source_id, "The first report")
    start = old.index("The grain was taken.", 30)
    ambiguous = project.annotations.create(first.source_id, start, start + 20).id
    corrected = (
        "A corrected report counted forty-two households.\nThe grain was taken.\nThe grain was taken.\n"
    )
    second = project.sources.import_file(
        write_file("report-corrected.txt", corrected), new_version_of=first.source_id
    )

    assert second.reanchored == 1
    assert {(o.annotation_id, o.reason) for o in second.orphans} == {
        (gone, "not found"),
        (ambiguous, "ambiguous"),
    }
    assert [x.id for x in project.annotations.list(source_id=second.source_id)] == [kept]
    left = {x.id: x for x in project.annotations.list(source_id=first.source_id)}
    assert set(left) == {gone, ambiguous}  # never dropped, never moved: still on the old version
    assert left[gone].quote.exact == "The first report"
    assert len(project.annotations.list()) == 3
