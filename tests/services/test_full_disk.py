"""A project on a full disk (a real one: a small tmpfs, filled): it opens read-only and says why.

Before, no lock file could be written, so the project could not be opened at all, not even to read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.errors import ReadOnlyProject
from annotator.services.project import Project
from tests.helpers.small_disk import fill, small_disk

TEXT = b"The district committee met in the schoolhouse. The quota for seed grain was read out."


@pytest.fixture
def full_disk_project(tmp_path: Path) -> Iterator[Path]:
    """A project with one source and one annotation, on a disk then filled to the last byte."""
    with small_disk(tmp_path) as disk:
        path = disk / "thesis.annotator"
        with Project.open(path) as project:
            source = project.sources.import_bytes("minutes.txt", TEXT).source_id
            project.annotations.create(source, 4, 22, ["bias/polemical"], note="saved before")
        fill(disk)
        yield path


def test_a_project_on_a_full_disk_opens_read_only_and_says_why(full_disk_project: Path) -> None:
    path = full_disk_project
    before = path.read_bytes()
    with Project.open(path) as project:
        assert project.read_only
        assert project.read_only_reason == (
            f"{path} is open read-only: its disk is full (there is no space for its lock file); "
            "changes are not saved"
        )
        (source,) = project.sources.list()
        assert project.sources.text(source.id).encode() == TEXT
        assert [a.note for a in project.annotations.list()] == ["saved before"]
        assert [hit.source_id for hit in project.search.search("quota").hits] == [source.id]
        with pytest.raises(ReadOnlyProject, match="its disk is full"):
            project.annotations.create(source.id, 0, 3, note="after")
    assert path.read_bytes() == before
