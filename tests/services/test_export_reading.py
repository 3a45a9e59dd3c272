"""An export reads its excerpts' annotations whole in one query (``excerpts_repo.select_annotations``), a
preview reads the passages and then the first few (issue 23): both give the same excerpts, and the
annotations are those the annotation service gives."""

from __future__ import annotations

import pytest

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from tests.helpers.excerpts import build_sample

FILTERS = (
    {},
    {"tags": ("bias/polemical", "bias/apologetic")},
    {"tags": ("bias/polemical", "claim-type/factual"), "tag_match": "all"},
    {"facet": "bias"},
    {"relation": "contradicts"},
    {"linked": True},
    {"kind": "secondary"},
    {"year_to": 1940},
    {"query": "famine"},
)


@pytest.mark.parametrize("criteria", FILTERS, ids=lambda c: ",".join(c) or "everything")
def test_an_export_reads_what_a_preview_of_all_reads(project: Project, criteria: dict[str, object]) -> None:
    build_sample(project)
    f = ExcerptFilter(**criteria)  # type: ignore[arg-type]
    whole = project.exports.excerpts(f)
    assert whole == project.exports.preview(f, limit=1_000)
    assert len(whole) == project.exports.count(f) and whole
    for excerpt in whole:
        assert excerpt.annotation == project.annotations.get(excerpt.id)
    assert project.exports.document(f).excerpts == whole
