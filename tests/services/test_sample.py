from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.services.sample import build_sample_project


def test_sample_project_has_marked_texts_annotations_and_links(tmp_path: Path) -> None:
    with build_sample_project(tmp_path / "sample.annotator") as project:
        sources = project.sources.list()
        assert len(sources) == 4
        for source in sources:
            assert project.sources.text(source.id).startswith("[Invented teaching material")
        annotations = project.annotations.list()
        assert len(annotations) >= 10
        for annotation in annotations:
            text = project.sources.text(annotation.source_id)
            assert text[annotation.start : annotation.end] == annotation.quote.exact
            assert annotation.tags
        assert {link.relation.value for link in project.links.list()} == {"contradicts", "cites"}
        assert project.name.startswith("Sample project")


def test_sample_project_never_overwrites(tmp_path: Path) -> None:
    existing = tmp_path / "mine.annotator"
    existing.write_bytes(b"precious")
    with pytest.raises(InvalidInput):
        build_sample_project(existing)
    assert existing.read_bytes() == b"precious"
