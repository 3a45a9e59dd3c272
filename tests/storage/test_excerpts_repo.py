"""Exports read their texts through ``excerpts_repo``, which hashes and decodes each text once per process
(issue 23): a text damaged since it was verified must still be caught, in the same process."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import ProjectDamaged
from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from tests.helpers.damage import VICTIMS, build, change_a_letter


def test_a_text_changed_after_an_export_verified_it_is_caught_by_the_next_export(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    with Project.open(path) as project:
        project.annotations.create(ids[VICTIMS[0]], 0, 40, ["bias/polemical"])
        project.annotations.create(ids[0], 0, 40, ["bias/polemical"])
        first = project.exports.export(ExcerptFilter(), "csv", tmp_path / "first.csv")
    assert first.excerpts == 2
    change_a_letter(path, VICTIMS[0])  # the checksum stays as it was: the same key, other bytes
    with Project.open(path) as project, pytest.raises(ProjectDamaged, match=f"“Register {VICTIMS[0]}”"):
        project.exports.export(ExcerptFilter(), "csv", tmp_path / "second.csv")
    assert not (tmp_path / "second.csv").exists()
