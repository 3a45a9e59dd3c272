"""The evidence service: citations, quotations and other voices detected once per source and stored with the
detectors' version, proposed with their tags, accepted into annotations in one transaction, rejected for
good, and undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput, ReadOnlyProject, WriteFailed
from annotator.domain.evidence import EVIDENCE_VERSION
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services.evidence import EvidenceItem
from annotator.services.project import Project
from tests.helpers.failing_disk import disk_full_on_insert

ARTICLE = """The Thaw and its Critics

The reforms of the late 1950s were narrower than their champions claimed (Sakwa, 37). Khrushchev later
wrote that the camps had been “a crime against the party and the people”, and the so-called “enemies of the
people” came home in their thousands (Davies 1989, 1029).

Historians still disagree about how far the change went (Conquest 1990; Wheatcroft 1996).

2 comments on “The Thaw and its Critics”

Jane Roe says:
May 3, 2018 at 4:12 pm
My grandfather came back from Vorkuta in 1956 and never spoke of it.

John Smith says:
May 4, 2018 at 9:30 am
The article forgets how many never came back at all.
"""


def _by_text(items: list[EvidenceItem]) -> dict[str, EvidenceItem]:
    return {" ".join(item.text.split()): item for item in items}


def _stored(path: Path) -> list[tuple[int, int, int]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT source_id, version, structure_version FROM source_evidence ORDER BY source_id"
        )
        return rows.fetchall()


def _generation(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT value FROM project_meta WHERE key = 'generation'").fetchone()[0]


@pytest.fixture
def article(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    return project.sources.import_file(write_file("thaw.txt", ARTICLE)).source_id


def test_evidence_is_detected_once_and_stored_with_its_version_leaving_the_search_index_in_step(
    project: Project, project_path: Path, article: int
) -> None:
    generation = _generation(project_path)

    first = project.evidence.items(article)

    assert _stored(project_path) == [(article, EVIDENCE_VERSION, STRUCTURE_VERSION)]
    assert _generation(project_path) == generation  # a derived write
    assert project.evidence.stale() == []
    assert project.evidence.items(article) == first  # read back as stored
    assert [i.kind for i in first].count("citation") == 4
    assert [i.kind for i in first].count("comment") == 2


def test_evidence_of_another_version_is_detected_again_and_decisions_survive_it(
    project: Project, project_path: Path, article: int
) -> None:
    items = _by_text(project.evidence.items(article))
    rejected = [items["(Sakwa, 37)"].id, items["“enemies of the people”"].id]
    project.evidence.reject(article, rejected)
    with sqlite3.connect(project_path) as connection:
        connection.execute("UPDATE source_evidence SET version = ?, items = '[]'", (EVIDENCE_VERSION - 1,))
    assert project.evidence.stale() == [article]

    again = project.evidence.items(article)

    assert _stored(project_path) == [(article, EVIDENCE_VERSION, STRUCTURE_VERSION)]
    assert {i.id for i in again} == {i.id for i in items.values()}  # the same ids for the same text
    assert {i.id: i.state for i in again if i.state != "proposed"} == {r: "rejected" for r in rejected}
    accepted = project.evidence.accept_kind(article, "citation")
    assert items["(Sakwa, 37)"].id not in accepted.ids  # a rejected item does not come back
    assert len(accepted.ids) == 3


def test_proposals_name_the_cited_work_and_the_speaker_and_scare_quotes_propose_nothing(
    project: Project, article: int
) -> None:
    items = _by_text(project.evidence.items(article))

    sakwa, davies = items["(Sakwa, 37)"], items["(Davies 1989, 1029)"]
    assert sakwa.proposed_tags == ("provenance/cited-scholarship",)
    assert (sakwa.proposal.evidence_ref, davies.proposal.evidence_ref) == ("Sakwa, 37", "Davies 1989, 1029")
    assert items["Conquest 1990"].proposal.evidence_ref == "Conquest 1990"
    crime = items["“a crime against the party and the people”"]
    assert (crime.kind, crime.speaker) == ("quotation", "Khrushchev")
    assert crime.proposed_tags == ("provenance/quotation",)
    assert crime.proposal.note == ""  # the speaker is the annotation's own data
    scare = items["“enemies of the people”"]
    assert scare.evidence.scare and scare.proposed_tags == ()
    comment = items["My grandfather came back from Vorkuta in 1956 and never spoke of it."]
    assert (comment.kind, comment.speaker) == ("comment", "Jane Roe")
    assert comment.proposal.note == "Posted May 3, 2018 at 4:12 pm"


def test_a_speaker_the_text_only_describes_is_no_person_but_the_note_keeps_the_description(
    project: Project, write_file  # type: ignore[no-untyped-def]
) -> None:
    text = (
        "The Convoy\n\nThe carts left the village at dawn. A brigade member later recalled, “Nobody looked "
        "back.” One of them said, “We were told nothing.”\n"
    )
    source = project.sources.import_file(write_file("convoy.txt", text)).source_id
    items = _by_text(project.evidence.items(source))
    recalled, told = items["“Nobody looked back.”"], items["“We were told nothing.”"]
    assert (recalled.speaker, told.speaker) == (None, None)
    assert recalled.proposal.note == "Speaker: unnamed, described as “A brigade member”"
    assert told.proposal.note == "Speaker: unnamed, described as “One of them”"
    assert [line.name for line in project.people.counts()] == []  # the People panel lists nobody


@pytest.mark.both_engines
def test_accept_makes_annotations_with_the_proposed_tags_and_evidence_reference(
    project: Project, article: int
) -> None:
    items = _by_text(project.evidence.items(article))
    chosen = [items["(Sakwa, 37)"], items["“a crime against the party and the people”"]]

    decided = project.evidence.accept(article, [i.id for i in chosen])

    made = project.annotations.list(article)
    assert [(a.start, a.end) for a in made] == [(i.start, i.end) for i in chosen]
    assert [[t.path for t in a.tags] for a in made] == [
        ["provenance/cited-scholarship"],
        ["provenance/quotation"],
    ]
    assert [(a.evidence_ref, a.note) for a in made] == [
        ("Sakwa, 37", ""),
        ("", ""),
    ]
    after = {i.id: i for i in project.evidence.items(article)}
    assert [(after[i.id].state, after[i.id].annotation_id) for i in chosen] == [
        ("accepted", made[0].id),
        ("accepted", made[1].id),
    ]
    assert project.evidence.accept(article, [chosen[0].id]).ids == ()  # accepted once only
    assert decided.count == 2


def test_accept_saves_nothing_when_the_disk_fails(project: Project, article: int) -> None:
    items = project.evidence.items(article)  # detected and stored before the disk fails
    ids = [i.id for i in items if i.kind == "citation"]
    # The decisions are written after the annotations, in the same transaction.
    disk_full_on_insert(project, "evidence_decisions")

    with pytest.raises(WriteFailed, match="disk is full"):
        project.evidence.accept(article, ids)

    assert project.annotations.list(article) == []
    assert {i.state for i in project.evidence.items(article)} == {"proposed"}


@pytest.mark.both_engines
def test_unaccept_unreject_and_redo(project: Project, article: int) -> None:
    items = _by_text(project.evidence.items(article))
    comments = project.evidence.accept_kind(article, "comment")
    made = project.annotations.list(article)
    assert [(a.note, a.speaker and (a.speaker.name, a.speaker.role.value)) for a in made] == [
        ("Posted May 3, 2018 at 4:12 pm", ("Jane Roe", "commenter")),
        ("Posted May 4, 2018 at 9:30 am", ("John Smith", "commenter")),
    ]

    project.evidence.unaccept(comments)
    assert project.annotations.list(article) == []
    assert {i.state for i in project.evidence.items(article, ["comment"])} == {"proposed"}
    project.evidence.redo(comments)
    assert [a.id for a in project.annotations.list(article)] == [a.id for a in made]
    assert {i.state for i in project.evidence.items(article, ["comment"])} == {"accepted"}

    rejected = project.evidence.reject(article, [items["Wheatcroft 1996"].id])
    project.evidence.unreject(rejected)
    assert {i.id: i.state for i in project.evidence.items(article)}[items["Wheatcroft 1996"].id] == "proposed"


def test_accepting_a_passage_already_annotated_adds_the_tags_to_that_annotation(
    project: Project, article: int
) -> None:
    sakwa = _by_text(project.evidence.items(article))["(Sakwa, 37)"]
    mine = project.annotations.create(article, sakwa.start, sakwa.end, ["bias/polemical"])

    decided = project.evidence.accept(article, [sakwa.id])

    (annotation,) = project.annotations.list(article)
    assert annotation.id == mine.id
    assert [t.path for t in annotation.tags] == ["bias/polemical", "provenance/cited-scholarship"]
    project.evidence.unaccept(decided)
    (annotation,) = project.annotations.list(article)
    assert [t.path for t in annotation.tags] == ["bias/polemical"]


def test_bad_ids_kinds_and_scare_quotes_are_refused_naming_them(project: Project, article: int) -> None:
    scare = _by_text(project.evidence.items(article))["“enemies of the people”"]
    with pytest.raises(InvalidInput, match="no evidence item 'nope'"):
        project.evidence.accept(article, ["nope"])
    with pytest.raises(InvalidInput, match="no evidence kind 'footnote'"):
        project.evidence.items(article, ["footnote"])
    with pytest.raises(InvalidInput, match=f"{scare.id} .* is a scare quote"):
        project.evidence.accept(article, [scare.id])
    assert project.annotations.list(article) == []


def test_a_read_only_project_lists_evidence_without_storing_it(project_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("thaw.txt", ARTICLE)).source_id
    with Project.open(project_path, read_only=True) as project:
        items = project.evidence.items(source)
        assert len(items) == 9
        with pytest.raises(ReadOnlyProject):
            project.evidence.accept(source, [items[0].id])
    assert _stored(project_path) == []


def test_an_accepted_item_whose_annotation_was_deleted_stays_accepted_and_can_be_accepted_again(
    project: Project, article: int
) -> None:
    sakwa = _by_text(project.evidence.items(article))["(Sakwa, 37)"]
    (made,) = project.evidence.accept(article, [sakwa.id]).tagging.created
    project.annotations.delete(made.id)

    after = {i.id: i for i in project.evidence.items(article)}[sakwa.id]
    assert (after.state, after.annotation_id) == ("accepted", None)
    project.evidence.accept(article, [sakwa.id])
    (again,) = project.annotations.list(article)
    assert {i.id: i for i in project.evidence.items(article)}[sakwa.id].annotation_id == again.id


def test_evidence_read_from_marks_of_another_structure_version_is_detected_again(
    project: Project, project_path: Path, article: int
) -> None:
    expected = project.evidence.items(article)
    with sqlite3.connect(project_path) as connection:
        connection.execute(
            "UPDATE source_evidence SET structure_version = ?, items = '[]'", (STRUCTURE_VERSION - 1,)
        )
    assert project.evidence.stale() == [article]

    assert project.evidence.items(article) == expected
    assert project.evidence.stale() == []
