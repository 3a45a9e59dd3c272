import pytest

from annotator.domain.errors import Duplicate, InvalidInput, NotFound
from annotator.domain.model import Relation
from annotator.services.project import Project


@pytest.fixture
def pair(project: Project, write_file) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = project.sources.import_file(write_file("a.txt", "Grain procurement was fulfilled in full.")).source_id
    b = project.sources.import_file(write_file("b.txt", "The villages starved that winter.")).source_id
    return project.annotations.create(a, 0, 17).id, project.annotations.create(b, 0, 12).id


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


def test_update_delete_restore(project: Project, pair: tuple[int, int]) -> None:
    link = project.links.create(*pair, "cites")
    updated = project.links.update(link.id, relation="paraphrases", note="loosely")
    assert (updated.relation, updated.note) == (Relation.PARAPHRASES, "loosely")
    deleted = project.links.delete(link.id)
    assert project.links.list() == []
    assert project.links.restore(deleted).id == link.id
    with pytest.raises(NotFound):
        project.links.delete(12345)
