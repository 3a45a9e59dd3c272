"""New versions of a source: annotations re-anchored by their quotes, orphans kept and listed, never moved."""

import textwrap

import pytest

from annotator.domain.errors import Duplicate, InvalidInput
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
    refrain = "Refrain: grain for the state.\n"
    old = "The first report counted forty-two households.\n" + refrain * 3 + "End of the report.\n"
    first = project.sources.import_file(write_file("report.txt", old))
    kept = annotate(project, first.source_id, "forty-two households")
    gone = annotate(project, first.source_id, "The first report")
    start = old.index("grain for the state", old.index(refrain) + len(refrain))
    ambiguous = project.annotations.create(first.source_id, start, start + 19).id  # the middle refrain
    corrected = "A corrected report counted forty-two households.\n" + refrain * 2 + "End of the report.\n"
    second = project.sources.import_file(
        write_file("report-corrected.txt", corrected), new_version_of=first.source_id
    )

    assert second.reanchored == 1
    assert [(p.annotation_id, p.method) for p in second.placed] == [(kept, "partial")]
    assert {(o.annotation_id, o.reason) for o in second.orphans} == {
        (gone, "not found"),
        (ambiguous, "ambiguous"),
    }
    assert [x.id for x in project.annotations.list(source_id=second.source_id)] == [kept]
    left = {x.id: x for x in project.annotations.list(source_id=first.source_id)}
    assert set(left) == {gone, ambiguous}  # never dropped, never moved: still on the old version
    assert left[gone].quote.exact == "The first report"
    assert len(project.annotations.list()) == 3


# Issue 13: re-anchoring never moves an annotation to the wrong passage, and says how sure each place is.

REQUISITION = (
    "In 1932 the requisition brigades took the grain before the harvest was even threshed, and the villages "
    "were left without seed for the spring."
)
NEWSPAPER = "The district newspaper praised the harvest of the model collective farm in glowing terms."
OTHER = "The chairman was replaced in the autumn, and nobody dared to object to the plan any longer."


def test_an_annotation_whose_paragraph_was_deleted_is_an_orphan_not_moved_to_a_look_alike(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", "\n\n".join([REQUISITION, NEWSPAPER, OTHER])))
    harvest = annotate(project, first.source_id, "harvest")  # the requisition paragraph's
    chairman = annotate(project, first.source_id, "The chairman was replaced")
    before = project.annotations.get(harvest)
    second = project.sources.import_file(
        write_file("b.txt", "\n\n".join([NEWSPAPER, OTHER])), new_version_of=first.source_id
    )

    assert second.reanchored == 1 and second.methods == {"exact": 1}
    assert [(o.annotation_id, o.reason, o.suggested_start) for o in second.orphans] == [
        (harvest, "context gone", None)
    ]
    after = project.annotations.get(harvest)
    assert (after.source_id, after.start, after.end, after.quote) == (
        first.source_id,
        before.start,
        before.end,
        before.quote,  # the selector keeps the requisition paragraph's context
    )
    assert [a.id for a in project.annotations.list(source_id=second.source_id)] == [chairman]
    stored = project.sources.version_info(second.source_id).report
    assert stored["orphans"][0]["reason"] == "context gone" and stored["methods"] == {"exact": 1}


def test_a_quote_occurring_thousands_of_times_keeps_its_own_place(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    entries = [f"Entry {i}: the grain of the district.\n" for i in range(1500)]
    entries.insert(3, "In 1933 the requisition took the seed grain of the village.\n")  # a look-alike
    entries.insert(1400, "In 1932 the requisition took the seed grain of the village.\n")
    old = "".join(entries)
    first = project.sources.import_file(write_file("register.txt", old))
    start = old.index("1932 the requisition took the") + len("1932 the requisition took ")
    the = project.annotations.create(first.source_id, start, start + 3).id
    second = project.sources.import_file(
        write_file("register-2.txt", "Preface of the editors.\n" + old), new_version_of=first.source_id
    )
    assert second.placed[0].method == "exact"
    moved = project.annotations.get(the)
    assert (moved.source_id, moved.start) == (second.source_id, start + len("Preface of the editors.\n"))


def test_a_reflowed_and_cleaned_version_places_every_annotation(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    capture = "Skip to content\n" + WRAPPED.replace("\n\n", "\nBack to top\n\n") + "Back to top\n"
    path = write_file("capture.txt", capture)
    first = project.sources.import_file(path, options=ImportOptions(reflow=False, clean_web=False))
    text = project.sources.text(first.source_id)
    phrases = [
        "The district committee met",  # the text's first words: "Skip to content" before them goes
        text[text.index("the spring") - 8 : text.index("the spring") + 10],  # across a line break
        "secretary read out",  # a line break in its suffix
        "Nobody in the room doubted",  # "Back to top" before it goes
        "forty-two households",
        "strike it out again.",  # "Back to top" after it goes
        "carry on one\ncart.",  # the text's last words
    ]
    ids = [annotate(project, first.source_id, phrase) for phrase in phrases]
    second = project.sources.import_file(
        path, options=ImportOptions(reflow=True, clean_web=True), new_version_of=first.source_id
    )

    assert second.furniture_removed == 4 and second.lines_reflowed > 0
    assert second.orphans == ()
    new_text = project.sources.text(second.source_id)
    for annotation_id, phrase in zip(ids, phrases, strict=True):
        moved = project.annotations.get(annotation_id)
        assert moved.source_id == second.source_id
        assert new_text[moved.start : moved.end] == phrase.replace("\n", " ")
    methods = {p.annotation_id: p.method for p in second.placed}
    assert [methods[i] for i in ids] == ["exact", "loose", "loose", "partial", "partial", "partial", "loose"]


def test_an_uncertain_place_is_suggested_and_moved_only_when_confirmed(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", "\n\n".join([REQUISITION, NEWSPAPER, OTHER])))
    objection = annotate(project, first.source_id, "nobody dared to object to the plan")
    before = project.annotations.get(objection)
    corrected = "\n\n".join([REQUISITION, NEWSPAPER, OTHER.replace("dared to object", "had dared object")])
    second = project.sources.import_file(write_file("b.txt", corrected), new_version_of=first.source_id)

    (orphan,) = second.orphans
    assert (orphan.annotation_id, orphan.reason, orphan.suggested_method) == (objection, "uncertain", "fuzzy")
    assert orphan.suggested_quote == "nobody had dared object to the plan"
    unconfirmed = project.annotations.get(objection)
    assert (unconfirmed.source_id, unconfirmed.quote) == (first.source_id, before.quote)  # untouched

    events = []
    project.events.subscribe(events.append)
    placed = project.sources.place_orphan(objection, second.source_id)  # the suggestion, confirmed
    moved = project.annotations.get(objection)
    assert (moved.source_id, moved.start, moved.end) == (
        second.source_id,
        orphan.suggested_start,
        orphan.suggested_end,
    )
    assert moved.quote.exact == "nobody had dared object to the plan"
    assert moved.quote.prefix == corrected[moved.start - 32 : moved.start]
    assert any(isinstance(e, AnnotationsChanged) and e.annotation_ids == (objection,) for e in events)

    project.sources.place_orphan(objection, placed.from_source_id, placed.from_start, placed.from_end)
    assert project.annotations.get(objection).quote == before.quote  # placing it back undoes it


def test_placing_by_hand_is_refused_where_it_makes_no_sense(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", "\n\n".join([REQUISITION, NEWSPAPER])))
    harvest = annotate(project, first.source_id, "harvest")
    second = project.sources.import_file(write_file("b.txt", NEWSPAPER), new_version_of=first.source_id)
    other = project.sources.import_file(write_file("c.txt", OTHER))
    before = project.annotations.get(harvest)
    for source_id, start, end, message in [
        (other.source_id, 0, 5, "is not a version of source"),
        (second.source_id, None, None, "suggested no place for annotation"),
        (second.source_id, 10, 5000, "is not a passage of this text"),
        (first.source_id, 0, 5, "is already on source"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            project.sources.place_orphan(harvest, source_id, start, end)
    assert project.annotations.get(harvest) == before
    at = NEWSPAPER.index("harvest")
    project.sources.place_orphan(harvest, second.source_id, at, at + 7)
    assert project.annotations.get(harvest).source_id == second.source_id
