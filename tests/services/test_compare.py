import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.services.project import Project
from tests.search.test_similar import MEMOIR, REPORT


def test_similar_between_two_sources(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("report.txt", REPORT), {"language": "en"}).source_id
    memoir = project.sources.import_file(write_file("memoir.txt", MEMOIR), {"language": "en"}).source_id
    start = REPORT.index("The harvest")
    end = REPORT.index("\n", start)
    results = project.compare.similar(report, start, end, memoir, top=2)
    assert results[0].source_id == memoir
    assert "Poltava" in MEMOIR[results[0].passage.start : results[0].passage.end]
    with pytest.raises(InvalidInput):
        project.compare.similar(report, 10, 5, memoir)
    with pytest.raises(NotFound):
        project.compare.similar(report, 0, 5, 999)


def test_similar_within_one_source_skips_the_passage_itself(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(
        write_file("both.txt", REPORT + MEMOIR), {"language": "en"}
    ).source_id
    start = REPORT.index("On 1 December")
    end = REPORT.index("\n", start)
    best = project.compare.similar(source, start, end, source, top=1)[0].passage
    assert best.start >= len(REPORT)


def test_overview_reports_progress(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("report.txt", REPORT), {"language": "en"}).source_id
    memoir = project.sources.import_file(write_file("memoir.txt", MEMOIR), {"language": "en"}).source_id
    seen: list[tuple[int, int]] = []
    pairs = project.compare.overview(
        report, memoir, threshold=0.05, progress=lambda i, n: seen.append((i, n))
    )
    assert pairs and seen[-1] == (4, 4)
