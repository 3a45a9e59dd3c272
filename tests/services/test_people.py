"""Speakers as data: an annotation's speaker set, changed, cleared and undone through the service, the
project's people listed with counts by role (annotations and proposals), renamed and merged, and evidence
accepted with its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.model import PersonKind, SpeakerRole
from annotator.services.annotations import DeletedAnnotation
from annotator.services.project import Project
from tests.services.test_evidence import ARTICLE

TEXT = "Khrushchev said: 'We will bury you.' The Central Committee declared the plan fulfilled. Hm."


@pytest.fixture
def source(project: Project) -> int:
    return project.sources.import_bytes("k.txt", TEXT.encode(), {}).source_id


def test_a_speaker_is_set_read_back_and_reused_whatever_the_case(project: Project, source: int) -> None:
    first = project.annotations.create(source, 17, 36, ["provenance/quotation"])
    second = project.annotations.create(source, 37, 87, [])
    changed = project.annotations.set_speaker(first.id, "Khrushchev", "quoted")
    assert changed.speaker is not None
    assert (changed.speaker.name, changed.speaker.role) == ("Khrushchev", SpeakerRole.QUOTED)
    project.annotations.set_speaker(second.id, "  KHRUSHCHEV ", SpeakerRole.AUTHOR)
    assert [p.name for p in project.people.list()] == ["Khrushchev"]  # one person, the first spelling
    again = project.annotations.get(second.id)
    assert again.speaker is not None and again.speaker.role is SpeakerRole.AUTHOR
    assert [a.id for a in project.annotations.list(source)] == [first.id, second.id]
    assert project.annotations.list(source)[0].speaker == changed.speaker


def test_a_body_is_told_from_a_person_by_its_name(project: Project, source: int) -> None:
    annotation = project.annotations.create(source, 37, 87, [])
    spoken = project.annotations.set_speaker(annotation.id, "the Central Committee", "author")
    assert spoken.speaker is not None and spoken.speaker.kind is PersonKind.BODY


def test_clearing_the_last_passage_of_a_person_removes_them_and_undo_puts_them_back(
    project: Project, source: int
) -> None:
    annotation = project.annotations.create(source, 17, 36, [])
    before = project.annotations.get(annotation.id)
    project.annotations.update(annotation.id, speaker=("Khrushchev", "quoted"))
    project.annotations.update(annotation.id, speaker=None)  # what an undo of the edit above calls
    assert project.annotations.get(annotation.id).speaker is None
    assert project.people.list() == []  # no stale name in the type-ahead
    assert before.speaker is None


def test_a_wrong_role_is_refused_and_nothing_changes(project: Project, source: int) -> None:
    annotation = project.annotations.create(source, 17, 36, [])
    with pytest.raises(InvalidInput, match="speaker role 'orator' is not one of author, quoted"):
        project.annotations.set_speaker(annotation.id, "Khrushchev", "orator")
    with pytest.raises(InvalidInput, match="needs a name"):
        project.annotations.set_speaker(annotation.id, " “ ” ", "quoted")
    assert project.annotations.get(annotation.id).speaker is None
    assert project.people.list() == []


def test_deleting_and_restoring_an_annotation_keeps_its_speaker(project: Project, source: int) -> None:
    annotation = project.annotations.create(source, 17, 36, [])
    project.annotations.set_speaker(annotation.id, "Khrushchev", "quoted")
    deleted = project.annotations.delete(annotation.id)
    assert project.people.list() == []
    restored = project.annotations.restore(DeletedAnnotation(deleted.annotation, deleted.links))
    assert restored.speaker is not None and restored.speaker.name == "Khrushchev"
    assert project.annotations.get(annotation.id).speaker == restored.speaker


def test_annotations_are_listed_by_speaker_name_or_unique_beginning(project: Project, source: int) -> None:
    quoted = project.annotations.create(source, 17, 36, [])
    other = project.annotations.create(source, 37, 87, [])
    project.annotations.set_speaker(quoted.id, "Nikita Khrushchev", "quoted")
    project.annotations.set_speaker(other.id, "Central Committee", "author")
    assert [a.id for a in project.annotations.list(speaker="nikita khrushchev")] == [quoted.id]
    assert [a.id for a in project.annotations.list(speaker="khrush")] == [quoted.id]  # a word's beginning
    assert project.people.annotation_ids("central", role="author") == [other.id]
    assert project.people.annotation_ids("central", role="quoted") == []
    with pytest.raises(NotFound, match="nobody called 'Stalin'"):
        project.annotations.list(speaker="Stalin")
    project.annotations.set_speaker(other.id, "Nikolai Bukharin", "quoted")
    with pytest.raises(InvalidInput, match="could be several people: Nikita Khrushchev, Nikolai Bukharin"):
        project.annotations.list(speaker="ni")


def test_rename_merge_and_unmerge(project: Project, source: int) -> None:
    first = project.annotations.create(source, 17, 36, [])
    second = project.annotations.create(source, 37, 87, [])
    project.annotations.set_speaker(first.id, "Khrushchev", "quoted")
    project.annotations.set_speaker(second.id, "N. S. Khrushchev", "author")
    short, full = sorted(project.people.list(), key=lambda p: len(p.name))
    renamed = project.people.rename(full.id, "Nikita Khrushchev")
    assert project.annotations.get(second.id).speaker.name == "Nikita Khrushchev"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="someone else already"):
        project.people.rename(short.id, "nikita khrushchev")

    merged = project.people.merge(short.id, renamed.id)
    assert [p.name for p in project.people.list()] == ["Nikita Khrushchev"]
    speaker = project.annotations.get(first.id).speaker
    assert speaker is not None and (speaker.name, speaker.role) == ("Nikita Khrushchev", SpeakerRole.QUOTED)
    project.people.unmerge(merged)
    assert project.annotations.get(first.id).speaker.name == "Khrushchev"  # type: ignore[union-attr]
    assert project.people.resolve("khrushchev").id == short.id


def test_counts_by_role_from_annotations_and_proposals(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "thaw.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    source = project.sources.import_file(path).source_id
    assert project.people.counts() == []  # evidence not analysed yet: nothing is detected for the list
    items = {i.text[:12]: i for i in project.evidence.items(source)}
    counts = {c.name: c for c in project.people.counts()}
    assert counts["Khrushchev"].proposed == {SpeakerRole.QUOTED: 1}
    assert counts["Sakwa"].proposed == {SpeakerRole.CITED: 1}
    assert counts["Jane Roe"].proposed == {SpeakerRole.COMMENTER: 1}
    assert counts["Khrushchev"].person is None

    project.evidence.accept(source, [items["“a crime aga"].id, items["(Sakwa, 37)"].id])
    counts = {c.name: c for c in project.people.counts()}
    assert counts["Khrushchev"].annotations == {SpeakerRole.QUOTED: 1}
    assert counts["Khrushchev"].proposed == {}
    assert counts["Sakwa"].annotations == {SpeakerRole.CITED: 1}
    assert counts["Khrushchev"].person is not None
    assert counts["Khrushchev"].as_dict()["annotations"] == {"quoted": 1}


def test_accepting_evidence_sets_the_speaker_and_undo_redo_keep_it_right(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "thaw.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    source = project.sources.import_file(path).source_id
    items = {i.text[:12]: i for i in project.evidence.items(source)}
    quote, comment = items["“a crime aga"], items["My grandfath"]
    decided = project.evidence.accept(source, [quote.id, comment.id])
    speakers = {a.quote.exact[:12]: a.speaker for a in project.annotations.list(source)}
    assert speakers["“a crime aga"].name == "Khrushchev"  # type: ignore[union-attr]
    assert speakers["My grandfath"].role is SpeakerRole.COMMENTER  # type: ignore[union-attr]
    project.evidence.unaccept(decided)
    assert project.annotations.list(source) == [] and project.people.list() == []
    project.evidence.redo(decided)
    speakers = {a.quote.exact[:12]: a.speaker for a in project.annotations.list(source)}
    assert speakers["“a crime aga"].name == "Khrushchev"  # type: ignore[union-attr]


def test_accepting_onto_an_annotation_without_a_speaker_gives_it_one_and_undo_takes_it_back(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "thaw.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    source = project.sources.import_file(path).source_id
    quote = next(i for i in project.evidence.items(source) if i.speaker == "Khrushchev")
    there = project.annotations.create(source, quote.start, quote.end, ["bias/polemical"])
    decided = project.evidence.accept(source, [quote.id])
    assert project.annotations.get(there.id).speaker.name == "Khrushchev"  # type: ignore[union-attr]
    project.evidence.unaccept(decided)
    assert project.annotations.get(there.id).speaker is None
    assert project.people.list() == []


def test_people_whose_source_was_deleted_are_no_longer_listed(project: Project, source: int) -> None:
    other = project.sources.import_bytes("other.txt", b"Stalin said: 'Life has become better.'", {})
    kept = project.annotations.create(source, 17, 36, [])
    project.annotations.set_speaker(kept.id, "Khrushchev", "quoted")
    gone = project.annotations.create(other.source_id, 13, 38, [])
    project.annotations.set_speaker(gone.id, "Stalin", "quoted")
    assert project.people.names() == ["Khrushchev", "Stalin"]
    project.sources.delete(other.source_id)
    assert project.people.names() == ["Khrushchev"]
    assert [c.name for c in project.people.counts()] == ["Khrushchev"]
    with pytest.raises(NotFound, match="nobody called 'Stalin'"):
        project.annotations.list(speaker="Stalin")
    other_kept = project.annotations.create(source, 37, 87, [])
    again = project.annotations.set_speaker(other_kept.id, "STALIN", "author")  # the name is taken up again
    assert again.speaker is not None and again.speaker.name == "Stalin"
    project.annotations.set_speaker(other_kept.id, None)
    # A name left only by a deleted source is free for a rename (it is listed nowhere to merge with).
    molotov_source = project.sources.import_bytes("m.txt", b"Molotov wrote it.", {}).source_id
    said = project.annotations.create(molotov_source, 0, 7, [])
    project.annotations.set_speaker(said.id, "Molotov", "author")
    project.sources.delete(molotov_source)
    assert project.people.names() == ["Khrushchev"]
    khrushchev = project.people.resolve("Khrushchev")
    assert project.people.rename(khrushchev.id, "molotov").name == "molotov"


def test_counts_follow_decisions_on_proposals_read_once_per_change(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "thaw.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    source = project.sources.import_file(path).source_id
    sakwa = next(i for i in project.evidence.items(source) if i.evidence.cited_author == "Sakwa")

    def proposed(name: str) -> dict[SpeakerRole, int]:
        return next((c.proposed for c in project.people.counts() if c.name == name), {})

    assert proposed("Sakwa") == {SpeakerRole.CITED: 1}
    decided = project.evidence.reject(source, [sakwa.id])
    assert proposed("Sakwa") == {}
    project.evidence.unreject(decided)
    assert proposed("Sakwa") == {SpeakerRole.CITED: 1}
    accepted = project.evidence.accept(source, [sakwa.id])
    assert proposed("Sakwa") == {}
    project.evidence.unaccept(accepted)
    assert proposed("Sakwa") == {SpeakerRole.CITED: 1}
    project.evidence.redo(accepted)
    assert proposed("Sakwa") == {}
