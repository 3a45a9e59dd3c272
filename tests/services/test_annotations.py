import pytest

from annotator.domain.errors import InvalidInput, NotFound, WriteFailed
from annotator.services.annotations import Passage
from annotator.services.events import AnnotationsChanged, Change
from annotator.services.project import Project
from tests.helpers.failing_disk import disk_full_on_insert

TEXT = "Café 𐌰 — the assassination of Kirov on 1 December 1934 began the terror, said the textbook.\n" * 3


@pytest.fixture
def source_id(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    return project.sources.import_file(write_file("textbook.txt", TEXT)).source_id


@pytest.mark.both_engines
def test_create_computes_quote_selector_in_code_points(project: Project, source_id: int) -> None:
    start = TEXT.index("assassination of Kirov")
    annotation = project.annotations.create(
        source_id,
        start,
        start + 22,
        ["claim-type/factual", "Provenance/Unattributed"],
        note="*who* says?",
        confidence=3,
        evidence_ref=" textbook, p. 4 ",
    )
    assert annotation.quote.exact == "assassination of Kirov"
    assert annotation.quote.prefix == TEXT[max(0, start - 32) : start]
    assert annotation.quote.suffix == TEXT[start + 22 : start + 54]
    assert [t.path for t in annotation.tags] == ["provenance/unattributed", "claim-type/factual"]
    assert annotation.note == "*who* says?"
    assert annotation.evidence_ref == "textbook, p. 4"
    assert annotation.confidence == 3
    assert project.annotations.get(annotation.id) == annotation


def test_range_at_the_very_start_and_end(project: Project, source_id: int) -> None:
    first = project.annotations.create(source_id, 0, 4)
    assert (first.quote.exact, first.quote.prefix) == ("Café", "")
    last = project.annotations.create(source_id, len(TEXT) - 9, len(TEXT))
    assert (last.quote.exact, last.quote.suffix) == ("extbook.\n", "")


def test_astral_character_is_one_offset(project: Project, source_id: int) -> None:
    annotation = project.annotations.create(source_id, 5, 6)
    assert annotation.quote.exact == "𐌰"


def _count(project: Project) -> tuple[int, int]:
    return len(project.annotations.list()), project.generation()


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (9, 3), (0, len(TEXT) + 1)])
def test_bad_offsets_are_refused_and_nothing_written(
    project: Project, source_id: int, start: int, end: int
) -> None:
    before = _count(project)
    with pytest.raises(InvalidInput):
        project.annotations.create(source_id, start, end, ["bias/polemical"])
    assert _count(project) == before


def test_unknown_tag_source_and_confidence_are_refused(project: Project, source_id: int) -> None:
    before = _count(project)
    with pytest.raises(NotFound, match="bias/nonsense"):
        project.annotations.create(source_id, 0, 4, ["bias/nonsense"])
    with pytest.raises(NotFound, match="no source"):
        project.annotations.create(999, 0, 4)
    with pytest.raises(InvalidInput, match="confidence"):
        project.annotations.create(source_id, 0, 4, confidence=7)
    assert _count(project) == before


@pytest.mark.both_engines
def test_update_fields_and_range(project: Project, source_id: int) -> None:
    annotation = project.annotations.create(source_id, 0, 4, ["bias/polemical"], confidence=2)
    start = TEXT.index("Kirov")
    updated = project.annotations.update(
        annotation.id,
        start=start,
        end=start + 5,
        tags=["bias/hindsight"],
        note="changed",
        confidence=None,
        evidence_ref="note 5",
    )
    assert updated.quote.exact == "Kirov"
    assert [t.path for t in updated.tags] == ["bias/hindsight"]
    assert (updated.note, updated.confidence, updated.evidence_ref) == ("changed", None, "note 5")
    assert updated.modified_at >= annotation.modified_at
    assert updated.created_at == annotation.created_at
    with pytest.raises(InvalidInput):
        project.annotations.update(annotation.id, end=10_000)
    assert project.annotations.get(annotation.id) == updated


@pytest.mark.both_engines
def test_add_and_remove_tags(project: Project, source_id: int) -> None:
    annotation = project.annotations.create(source_id, 0, 4, ["bias/polemical"])
    project.annotations.add_tags(annotation.id, ["claim-type/causal", "bias/polemical"])
    assert [t.path for t in project.annotations.get(annotation.id).tags] == [
        "bias/polemical",
        "claim-type/causal",
    ]
    project.annotations.remove_tags(annotation.id, ["bias/polemical"])
    assert [t.path for t in project.annotations.get(annotation.id).tags] == ["claim-type/causal"]


def test_list_in_text_order_filtered_by_source_and_tag(project: Project, source_id: int, write_file) -> None:  # type: ignore[no-untyped-def]
    other = project.sources.import_file(write_file("other.txt", "another text entirely")).source_id
    late = project.annotations.create(source_id, 50, 60, ["bias/polemical"])
    early = project.annotations.create(source_id, 10, 20, ["claim-type/factual"])
    elsewhere = project.annotations.create(other, 0, 7, ["bias/polemical"])
    assert [a.id for a in project.annotations.list(source_id=source_id)] == [early.id, late.id]
    assert [a.id for a in project.annotations.list(tags=["bias/polemical"])] == [late.id, elsewhere.id]
    assert [a.id for a in project.annotations.list(source_id=other, tags=["claim-type/factual"])] == []


@pytest.mark.both_engines
def test_delete_and_restore_with_links(project: Project, source_id: int) -> None:
    a = project.annotations.create(source_id, 0, 4, ["bias/polemical"], note="n")
    b = project.annotations.create(source_id, 10, 20)
    link = project.links.create(a.id, b.id, "corroborates", "same story")
    deleted = project.annotations.delete(a.id)
    assert deleted.links == (link,)
    assert project.links.list() == []
    with pytest.raises(NotFound):
        project.annotations.get(a.id)
    restored = project.annotations.restore(deleted)
    assert restored == a
    assert [x.id for x in project.links.list()] == [link.id]


def test_events_carry_ids(project: Project, source_id: int) -> None:
    seen = []
    project.events.subscribe(seen.append)
    a = project.annotations.create(source_id, 0, 4)
    project.annotations.update(a.id, note="x")
    project.annotations.delete(a.id)
    assert [e.change for e in seen if isinstance(e, AnnotationsChanged)] == [
        Change.ADDED,
        Change.UPDATED,
        Change.REMOVED,
    ]


def test_events_carry_the_annotations_as_committed(project: Project, source_id: int) -> None:
    seen: list[AnnotationsChanged] = []
    project.events.subscribe(lambda e: seen.append(e) if isinstance(e, AnnotationsChanged) else None)
    a = project.annotations.create(source_id, 0, 4, ["bias/polemical"])
    assert seen[0].annotations == tuple(project.annotations.get_many([a.id]))  # what a window would read
    updated = project.annotations.update(a.id, note="x")
    deleted = project.annotations.delete(a.id)
    restored = project.annotations.restore(deleted)
    assert [e.annotations for e in seen] == [(a,), (updated,), (updated,), (restored,)]
    assert project.annotations.get(a.id) == restored


@pytest.mark.both_engines
def test_a_rehearsed_creation_leaves_no_trace(project: Project, source_id: int, project_location) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    project.events.subscribe(seen.append)
    first = project.annotations.create(source_id, 0, 4)
    generation, listed = project.generation(), project.annotations.list()
    project.annotations.rehearse_create(source_id)
    assert seen[1:] == [] and project.generation() == generation and project.annotations.list() == listed
    if not project.on_server:  # PostgreSQL's sequences are not rolled back: an id may be used up there
        assert project.annotations.create(source_id, 5, 9).id == first.id + 1  # no id used up
    with Project.open(project_location, read_only=True) as read_only:
        read_only.annotations.rehearse_create(source_id)  # refused quietly: nothing to warm up for


# --- Tag hits: many passages tagged in one transaction ------------------------------------------------


@pytest.mark.both_engines
def test_tag_passages_tags_existing_annotations_and_makes_the_others_in_one_undoable_step(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "The plan, the plan, the plan.")).source_id
    same_range = project.annotations.create(source, 4, 8, ["bias/polemical"])
    noted = project.annotations.create(source, 0, 3, note="a note that matched")
    before = project.generation()
    tagging = project.annotations.tag_passages(
        "claim-type/factual",
        [Passage(source, 4, 8), Passage(source, 14, 18), Passage(source, 24, 28), Passage(source, 24, 28)],
        [noted.id],
    )
    assert project.generation() == before + 1  # one transaction
    assert tagging.count == 4
    tags = {a.start: [t.path for t in a.tags] for a in project.annotations.list()}
    assert tags == {
        0: ["claim-type/factual"],
        4: ["bias/polemical", "claim-type/factual"],
        14: ["claim-type/factual"],
        24: ["claim-type/factual"],
    }

    project.annotations.untag_passages(tagging)
    assert [(a.id, [t.path for t in a.tags]) for a in project.annotations.list()] == [
        (noted.id, []),
        (same_range.id, ["bias/polemical"]),
    ]
    project.annotations.retag_passages(tagging)
    assert {a.start: [t.path for t in a.tags] for a in project.annotations.list()} == tags


def test_tag_passages_on_a_full_disk_saves_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "The plan, the plan, the plan.")).source_id
    disk_full_on_insert(project, "annotations", once_rows=1)  # the first new annotation fits, the second not
    with pytest.raises(WriteFailed, match="the disk is full"):
        project.annotations.tag_passages(
            "claim-type/factual", [Passage(source, 4, 8), Passage(source, 14, 18), Passage(source, 24, 28)]
        )
    assert project.annotations.list() == []
