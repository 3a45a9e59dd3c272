"""AnnotationService.apply_tag: what pressing a tag means, decided and done in one transaction."""

import pytest

from annotator.domain.errors import InvalidInput, WriteFailed
from annotator.services.events import AnnotationsChanged, Change
from annotator.services.project import Project
from tests.helpers.failing_disk import disk_full_on_insert

TEXT = "Sergei Kirov was shot in Leningrad on 1 December 1934; the terror followed.\n"
KIROV = (TEXT.index("Sergei Kirov"), TEXT.index("Sergei Kirov") + len("Sergei Kirov"))


@pytest.fixture
def source_id(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    return project.sources.import_file(write_file("kirov.txt", TEXT)).source_id


def _tags(project: Project, annotation_id: int) -> list[str]:
    return [t.path for t in project.annotations.get(annotation_id).tags]


def test_a_fresh_selection_becomes_an_annotation_with_the_tag(project: Project, source_id: int) -> None:
    seen: list[AnnotationsChanged] = []
    project.events.subscribe(lambda e: seen.append(e) if isinstance(e, AnnotationsChanged) else None)
    tagging = project.annotations.apply_tag("claim-type/factual", source_id, span=KIROV)
    [created] = tagging.created
    assert (created.quote.exact, [t.path for t in created.tags]) == ("Sergei Kirov", ["claim-type/factual"])
    assert project.annotations.list() == [created]
    # The event carries the annotation: a window patches its reader without reading it back.
    assert [(e.change, e.annotations) for e in seen] == [(Change.ADDED, (created,))]
    project.annotations.untag_passages(tagging)
    assert project.annotations.list() == []
    project.annotations.retag_passages(tagging)
    assert [a.id for a in project.annotations.list()] == [created.id]


def test_a_selection_with_exactly_an_annotations_range_tags_that_annotation(
    project: Project, source_id: int
) -> None:
    existing = project.annotations.create(source_id, *KIROV, ["bias/polemical"])
    tagging = project.annotations.apply_tag("claim-type/factual", source_id, span=KIROV)
    assert tagging.created == () and tagging.count == 1
    assert len(project.annotations.list()) == 1
    assert _tags(project, existing.id) == ["bias/polemical", "claim-type/factual"]
    again = project.annotations.apply_tag("claim-type/factual", source_id, span=KIROV)  # has it: left alone
    assert again.count == 0
    assert _tags(project, existing.id) == ["bias/polemical", "claim-type/factual"]
    project.annotations.untag_passages(tagging)
    assert _tags(project, existing.id) == ["bias/polemical"]


def test_a_selected_annotation_has_the_tag_toggled(project: Project, source_id: int) -> None:
    existing = project.annotations.create(source_id, *KIROV, ["bias/polemical"])
    added = project.annotations.apply_tag("claim-type/factual", source_id, annotation_id=existing.id)
    assert _tags(project, existing.id) == ["bias/polemical", "claim-type/factual"]
    removed = project.annotations.apply_tag("bias/polemical", source_id, annotation_id=existing.id)
    assert _tags(project, existing.id) == ["claim-type/factual"]
    project.annotations.untag_passages(removed)
    project.annotations.untag_passages(added)
    assert _tags(project, existing.id) == ["bias/polemical"]


def test_nothing_chosen_is_refused(project: Project, source_id: int) -> None:
    with pytest.raises(InvalidInput, match="nothing to tag"):
        project.annotations.apply_tag("claim-type/factual", source_id)


def test_a_failing_disk_leaves_no_annotation_without_its_tag(project: Project, source_id: int) -> None:
    disk_full_on_insert(project, "annotation_tags")  # the annotation's row fits, its tag does not
    with pytest.raises(WriteFailed, match="the disk is full"):
        project.annotations.apply_tag("claim-type/factual", source_id, span=KIROV)
    assert project.annotations.list() == []
