"""AnnotationService.first_screen: the annotations a reader needs before its first paint (issue 23)."""

from __future__ import annotations

from annotator.services.annotations import Passage
from annotator.services.project import Project


def _source(project: Project, spans: list[tuple[int, int]]) -> int:
    source_id = project.sources.import_bytes("a.txt", ("word " * 2_000).encode("utf-8")).source_id
    project.annotations.tag_passages("bias/polemical", [Passage(source_id, s, e) for s, e in spans])
    return source_id


def test_the_range_keeps_those_sharing_a_character_with_it(project: Project) -> None:
    # Ends at 100 (touches, shares nothing), crosses 100, starts at 99, starts at 100 (outside).
    spans = [(90, 100), (95, 105), (99, 101), (100, 110), (5000, 5010)]
    source_id = _source(project, spans)
    shown, complete = project.annotations.first_screen(source_id, 100, whole_below=2)
    assert not complete
    assert [(a.start, a.end) for a in shown] == [(90, 100), (95, 105), (99, 101)]
    assert all(a.tags for a in shown)


def test_a_source_with_few_annotations_is_read_whole(project: Project) -> None:
    spans = [(0, 4), (5000, 5010)]
    source_id = _source(project, spans)
    shown, complete = project.annotations.first_screen(source_id, 100)
    assert complete
    assert shown == project.annotations.list(source_id)
