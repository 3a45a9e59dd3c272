from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.excerpts import ExcerptFilter, ExportCancelled
from annotator.io.exporters.base import ExportOptions
from annotator.services.project import Project
from tests.helpers.excerpts import Sample, build_sample


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def ids(project: Project, **criteria: object) -> list[int]:
    return [e.id for e in project.exports.excerpts(ExcerptFilter(**criteria))]  # type: ignore[arg-type]


def test_every_excerpt_in_source_and_text_order(project: Project, sample: Sample) -> None:
    s = sample
    assert ids(project) == [s.script, s.formula, s.across, s.famine, s.granaries, s.denial]
    assert project.exports.count() == 6
    assert [e.id for e in project.exports.preview(limit=2)] == [s.script, s.formula]


@pytest.mark.both_engines
def test_filters_by_source_tags_facet_and_links(project: Project, sample: Sample) -> None:
    s = sample
    assert ids(project, source_ids=[s.memoir]) == [s.granaries, s.denial]
    assert ids(project, tags=["bias/polemical", "bias/apologetic"]) == [s.script, s.denial]
    assert ids(project, tags=["bias/polemical", "claim-type/factual"], tag_match="all") == [s.script]
    assert ids(project, tags=["bias/polemical", "provenance/eyewitness"], tag_match="all") == []
    assert ids(project, tags=["theme/famine"]) == [s.famine]  # the parent tag takes its children along
    assert ids(project, facet="bias") == [s.script, s.denial]
    assert ids(project, relation="contradicts") == [s.script, s.granaries]
    assert ids(project, relation="cites") == [s.famine, s.denial]
    assert ids(project, linked=True) == [s.script, s.famine, s.granaries, s.denial]
    assert ids(project, facet="bias", relation="cites") == [s.denial]  # every criterion must hold


def test_filters_by_kind_and_date_range_of_the_source(project: Project, sample: Sample) -> None:
    s = sample
    assert ids(project, kind="secondary") == [s.granaries, s.denial]
    assert ids(project, year_from=1960) == [s.granaries, s.denial]  # "c. 1968"
    assert ids(project, year_to=1940) == [s.script, s.formula, s.across, s.famine]
    assert ids(project, year_from=1933, year_to=1960) == []
    undated = project.sources.import_bytes("undated.txt", b"An undated leaflet about the harvest.\n")
    project.annotations.create(undated.source_id, 3, 10)
    assert len(ids(project)) == 7 and len(ids(project, year_to=2000)) == 6  # undated left out


def test_unknown_names_are_refused(project: Project, sample: Sample) -> None:
    with pytest.raises(NotFound, match="no tag 'bias/nonsense'"):
        project.exports.count(ExcerptFilter(tags=("bias/nonsense",)))
    with pytest.raises(NotFound, match="no facet 'mood'"):
        project.exports.count(ExcerptFilter(facet="mood"))
    with pytest.raises(NotFound, match="no source with id 99"):
        project.exports.count(ExcerptFilter(source_ids=(99,)))


def test_a_query_needs_search(project: Project, sample: Sample) -> None:
    project.exports.search = None
    with pytest.raises(InvalidInput, match="search is not available"):
        project.exports.count(ExcerptFilter(query="granaries"))


def test_a_query_keeps_the_passages_its_exact_matches_overlap(project: Project, sample: Sample) -> None:
    s = sample
    assert ids(project, query="famine") == [s.famine, s.denial]
    # "Witnesses" shares a paragraph with the granaries passage but lies outside it.
    assert ids(project, query="witnesses") == []
    assert ids(project, query="witnesses OR granaries") == [s.granaries]  # by its second match
    assert ids(project, query="teacher") == []  # only in the memoir's title: metadata locates no passage
    assert ids(project, query="granaries", kind="primary") == []
    # Filters alone match whole paragraphs (and notes): every passage in them.
    assert ids(project, query="kind:secondary") == [s.granaries, s.denial]


def test_a_query_runs_on_the_project_search_index(project: Project, sample: Sample) -> None:
    assert ids(project, query="granaries") == [sample.granaries]
    assert ids(project, query='"famine passage"') == [sample.famine]
    assert ids(project, query="Contradicts") == [sample.granaries]  # found in its note


@pytest.mark.both_engines
def test_excerpts_carry_location_citation_fields_and_links(project: Project, sample: Sample) -> None:
    script, formula, across, famine, granaries, _ = project.exports.excerpts()
    assert (
        script.source.metadata.authors == ("Ivan Petrov",) and script.source.metadata.kind.value == "primary"
    )
    assert (script.location.paragraph, script.location.page) == (2, "1")
    assert (across.location.paragraph, across.location.last_paragraph, across.location.page) == (4, 5, "2")
    assert granaries.location.page is None  # the memoir has no page map
    (link,) = script.links
    assert (link.relation.value, link.outgoing, link.annotation_id) == ("contradicts", True, sample.granaries)
    assert link.location.paragraph == 1 and link.source_title == "Memoir of a teacher"
    assert [(p.outgoing, p.verb) for p in famine.links] == [(False, "cited by")]
    assert (
        famine.links[0].describe() == "cited by “denies that there was a famine” (Memoir of a teacher, ¶ 2)"
    )
    assert formula.links == ()


def test_export_writes_the_file_whole_and_reports_progress(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "excerpts.md"
    calls: list[tuple[int, int]] = []
    result = project.exports.export(
        ExcerptFilter(),
        "md",
        out,
        options=ExportOptions(group_by="tag"),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert result.path == out and result.excerpts == 6 and result.size == out.stat().st_size
    assert calls[-1] == (8, 8)  # grouped by tag, two excerpts appear twice
    assert out.read_text(encoding="utf-8").startswith("# Excerpts from test")
    assert list(out.parent.iterdir()) == [out]


def test_a_cancelled_export_leaves_the_old_file_untouched(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "excerpts.docx"
    out.write_bytes(b"an earlier export")
    seen: list[int] = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 3

    with pytest.raises(ExportCancelled, match="cancelled"):
        project.exports.export(ExcerptFilter(), "docx", out, cancelled=cancelled)
    assert out.read_bytes() == b"an earlier export"
    assert list(out.parent.iterdir()) == [out]  # no partial file left behind


def test_unwritable_destinations_are_refused_in_one_line(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        project.exports.export(ExcerptFilter(), "csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(InvalidInput, match="this is a folder"):
        project.exports.export(ExcerptFilter(), "csv", tmp_path)
    with pytest.raises(InvalidInput, match="not an export format"):
        project.exports.export(ExcerptFilter(), "pdf", tmp_path / "x.pdf")


@pytest.mark.both_engines
def test_a_whole_project_exchange_carries_every_source(project: Project, sample: Sample) -> None:
    empty = project.sources.import_bytes("empty.txt", b"A source nobody has annotated yet.\n").source_id
    stream = io.BytesIO()
    result = project.exports.export(ExcerptFilter(), "qdpx", stream)
    assert result.path is None and result.size == len(stream.getvalue())
    assert len(zipfile.ZipFile(stream).namelist()) == 1 + 3
    filtered = io.BytesIO()
    project.exports.export(ExcerptFilter(source_ids=(empty,)), "qdpx", filtered)
    assert len(zipfile.ZipFile(filtered).namelist()) == 1 + 1  # the named source, though it has no excerpts
