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


CHAPTER = (
    "The Kirov affair\n\n"
    "On 1 December 1934 Sergei Kirov was shot in a corridor of the Smolny Institute in Leningrad by Leonid "
    "Nikolaev.1 The murder was used to justify the arrests that followed.\n\n"
    "The harvest of 1932 fell short; procurement brigades took the seed grain from the villages of "
    "Poltava.2\n\n"
    "Notes\n\n"
    "1. On the murder of Kirov in the Smolny Institute by Nikolaev in December 1934 see Robert Conquest, "
    "Stalin and the Kirov Murder (Oxford, 1989).\n"
    "2. On the brigades in the villages of Poltava in 1932 see Lynne Viola, Peasant Rebels under Stalin "
    "(Oxford, 1996).\n"
)


def test_notes_and_headings_the_structure_pass_found_are_not_passages(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    # Before, a note citing a book on the murder was a passage of its own and matched the retelling as well
    # as the body text did: the overview offered notes, and Find similar listed them.
    chapter = project.sources.import_file(write_file("chapter.txt", CHAPTER), {"language": "en"}).source_id
    memoir = project.sources.import_file(write_file("memoir.txt", MEMOIR), {"language": "en"}).source_id
    text = project.sources.text(chapter)
    notes = text.index("\n1. ")
    start = MEMOIR.index("My uncle")
    found = project.compare.similar(memoir, start, MEMOIR.index("\n", start), chapter, top=5)
    assert found and text[found[0].passage.start :].startswith("On 1 December")
    assert all(r.passage.end <= notes for r in found)
    pairs = project.compare.overview(chapter, memoir, threshold=0.05)
    assert pairs and all(p.left_end <= notes for p in pairs)
