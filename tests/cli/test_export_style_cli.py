"""``annotator export --style``: CSL styles, the project's default style, and DOCX footnotes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from annotator.services.project import Project
from tests.helpers.excerpts import build_sample


@pytest.fixture
def sample_project(project_path: Path) -> Path:
    with Project.open(project_path) as project:
        build_sample(project)
    return project_path


def _citations(path: Path) -> list[str]:
    return [row["Citation"] for row in csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())]


def test_the_project_default_style_is_used_until_another_is_given(  # type: ignore[no-untyped-def]
    cli, sample_project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    assert cli("export", "--format", "csv", "--out", out).code == 0
    assert _citations(out)[0] == "Petrov, Report on the harvest (1932), p. 1, ¶ 2"  # short, as before
    result = cli("export", "--format", "csv", "--out", out, "--style", "apa", "--default-style")
    assert result.code == 0, result.err
    assert cli("export", "--format", "csv", "--out", out).code == 0  # no --style: the project's, now APA
    assert _citations(out)[0] == "(Petrov, 1932, p. 1)"
    with Project.open(sample_project) as project:
        assert project.exports.citation_style() == "apa"
    result = cli("export", "--format", "csv", "--out", out, "--default-style")
    assert (result.code, result.err) == (
        2, "annotator: --default-style needs --style: the style to make the project's default\n"
    )  # fmt: skip


def test_docx_footnotes_and_no_footnotes(cli, sample_project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.docx"
    for flags, notes in (((), True), (("--no-footnotes",), False)):
        result = cli("export", "--format", "docx", "--out", out, "--style", "chicago-notes", *flags)
        assert result.code == 0, result.err
        document = docx.Document(io.BytesIO(out.read_bytes()))
        assert any(r.reltype == RT.FOOTNOTES for r in document.part.rels.values()) is notes
        cited = [p.text for p in document.paragraphs if p.style.name == "Excerpt Citation"]
        assert len(cited) == (0 if notes else 6)
