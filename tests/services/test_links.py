import pytest

from annotator.domain.errors import Duplicate, InvalidInput, NotFound, WriteFailed
from annotator.domain.model import Relation
from annotator.services.annotations import Passage
from annotator.services.project import Project
from tests.helpers.failing_disk import disk_full_on_insert


@pytest.fixture
def pair(project: Project, write_file) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = project.sources.import_file(write_file("a.txt", "Grain procurement was fulfilled in full.")).source_id
    b = project.sources.import_file(write_file("b.txt", "The villages starved that winter.")).source_id
    return project.annotations.create(a, 0, 17).id, project.annotations.create(b, 0, 12).id


@pytest.mark.both_engines
def test_create_and_list_with_both_ends(project: Project, pair: tuple[int, int]) -> None:
    a, b = pair
    link = project.links.create(a, b, "same event", note="compare figures")
    assert link.relation is Relation.SAME_EVENT
    assert (link.a.annotation_id, link.b.annotation_id) == (a, b)
    assert (link.a.quote, link.b.quote) == ("Grain procurement", "The villages")
    assert project.links.list() == [link]
    assert project.links.list(source_id=link.b.source_id) == [link]
    assert project.links.get(link.id) == link


@pytest.mark.parametrize("relation", ["corroborates", "contradicts", "cites", "paraphrases", "same-event"])
def test_every_relation_slug(project: Project, pair: tuple[int, int], relation: str) -> None:
    assert project.links.create(*pair, relation).relation.value == relation


def test_refusals(project: Project, pair: tuple[int, int]) -> None:
    a, b = pair
    project.links.create(a, b, "contradicts")
    with pytest.raises(Duplicate):
        project.links.create(b, a, "contradicts")
    with pytest.raises(InvalidInput, match="itself"):
        project.links.create(a, a, "cites")
    with pytest.raises(InvalidInput, match="relation 'refutes'"):
        project.links.create(a, b, "refutes")
    with pytest.raises(NotFound):
        project.links.create(a, 999, "cites")
    assert len(project.links.list()) == 1


@pytest.mark.both_engines
def test_update_delete_restore(project: Project, pair: tuple[int, int]) -> None:
    link = project.links.create(*pair, "cites")
    updated = project.links.update(link.id, relation="paraphrases", note="loosely")
    assert (updated.relation, updated.note) == (Relation.PARAPHRASES, "loosely")
    deleted = project.links.delete(link.id)
    assert project.links.list() == []
    assert project.links.restore(deleted).id == link.id
    with pytest.raises(NotFound):
        project.links.delete(12345)


# --- Link passages: new annotations and the link, one transaction -------------------------------------


@pytest.mark.both_engines
def test_link_passages_annotates_fresh_passages_and_links_them_in_one_undoable_step(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("a.txt", "The harvest failed in 1932.")).source_id
    right = project.sources.import_file(write_file("b.txt", "They took the seed grain.")).source_id
    existing = project.annotations.create(right, 14, 24)
    before = project.generation()
    linked = project.links.link_passages(Passage(left, 4, 11), existing.id, "corroborates", "same year")
    assert project.generation() == before + 1  # one transaction
    [made] = linked.created
    assert (made.source_id, made.quote.exact, made.tags) == (left, "harvest", ())
    assert (linked.link.a.annotation_id, linked.link.b.annotation_id) == (made.id, existing.id)
    assert project.links.list() == [linked.link]

    project.links.unlink_passages(linked)
    assert project.links.list() == [] and [a.id for a in project.annotations.list()] == [existing.id]
    relinked = project.links.relink_passages(linked)
    [link] = project.links.list()
    assert (link.id, link.uuid, link.a, link.b, link.note) == (
        linked.link.id, linked.link.uuid, linked.link.a, linked.link.b, "same year"
    )
    assert relinked.created == linked.created and project.annotations.get(made.id) == made


def test_link_passages_on_a_full_disk_saves_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("a.txt", "The harvest failed in 1932.")).source_id
    right = project.sources.import_file(write_file("b.txt", "They took the seed grain.")).source_id
    disk_full_on_insert(project, "links")  # the annotations go in; the link, last, fails
    with pytest.raises(WriteFailed, match="the disk is full"):
        project.links.link_passages(Passage(left, 4, 11), Passage(right, 14, 24), "corroborates")
    assert project.annotations.list() == [] and project.links.list() == []


def test_link_passages_refused_saves_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("a.txt", "The harvest failed in 1932.")).source_id
    with pytest.raises(InvalidInput):  # the second end lies outside its text: found after the first is made
        project.links.link_passages(Passage(left, 4, 11), Passage(left, 20, 400), "corroborates")
    assert project.annotations.list() == []


def test_link_passages_takes_a_passage_with_an_annotations_exact_range_as_that_annotation(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("a.txt", "The harvest failed in 1932.")).source_id
    right = project.sources.import_file(write_file("b.txt", "They took the seed grain.")).source_id
    existing = project.annotations.create(left, 4, 11, ["bias/polemical"])
    linked = project.links.link_passages(Passage(left, 4, 11), Passage(right, 14, 24), "corroborates")
    [made] = linked.created  # only the right end was new
    assert (linked.link.a.annotation_id, linked.link.b.annotation_id) == (existing.id, made.id)
    assert len(project.annotations.list()) == 2
    project.links.unlink_passages(linked)
    assert [a.id for a in project.annotations.list()] == [existing.id]  # undo keeps what was there
