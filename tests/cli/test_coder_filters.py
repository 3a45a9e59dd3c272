"""Exports and the Overview's charts select by coder: the same ExcerptFilter.coders in the services, and
--coder in `annotator export`, `annotator matrix` and `annotator chart`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotator.domain.errors import NotFound
from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project

TEXT = "The committee met. Forty-two households joined. Nobody objected, said the report.\n"


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def coded(project_path: Path) -> Path:
    with Project.open(project_path) as project:
        source = project.sources.import_bytes("r.txt", TEXT.encode(), {"title": "Report"}).source_id
        project.coders.act_as("ann")
        project.annotations.create(source, *_span("The committee met"), ["bias/loaded-language"])
        project.annotations.create(source, *_span("Nobody objected"), ["claim-type/factual"])
        project.coders.act_as("ben")
        project.annotations.create(source, *_span("Forty-two households"), ["bias/loaded-language"])
    return project_path


def test_excerpts_and_matrix_by_coder(coded: Path) -> None:
    with Project.open(coded) as project:
        anns = project.exports.excerpts(ExcerptFilter(coders=("ann",)))
        assert sorted(e.annotation.quote.exact for e in anns) == ["Nobody objected", "The committee met"]
        both = project.exports.excerpts(ExcerptFilter(coders=("ann", "BEN")))
        assert len(both) == 3
        matrix = project.overview.matrix(ExcerptFilter(coders=("ben",)), facet="bias")
        assert sum(matrix.counts.values()) == 1
        assert sum(project.overview.matrix(ExcerptFilter(), facet="bias").counts.values()) == 2
        with pytest.raises(NotFound, match="no coder 'zoe'"):
            project.exports.excerpts(ExcerptFilter(coders=("zoe",)))


def test_cli_export_and_matrix_take_coder(cli, coded: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ann.csv"
    result = cli("export", "--format", "csv", "--coder", "ann", "--out", out)
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2
    records = cli("matrix", "--coder", "ben", "--json").json()
    assert sum(r["count"] for r in records if r.get("count")) == 1
