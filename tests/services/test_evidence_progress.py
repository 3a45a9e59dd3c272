"""Detection tells its progress: the share done, from 0 to 1 a percent at a time, through the service to
whoever detects (the window's worker shows it in the status bar)."""

from __future__ import annotations

from pathlib import Path

from annotator.services.evidence import detect
from annotator.services.project import Project
from tests.services.test_evidence import ARTICLE

FILLER = "The regional archive was opened to readers only in the 1990s (Service, 155).\n\n"


def _check(told: list[float]) -> None:
    assert told[0] == 0.0 and told[-1] == 1.0
    assert told == sorted(told)
    assert len(set(told)) > 20  # more than a step a detector: the scans tell how far they got


def test_detect_tells_its_progress_from_nought_to_one(project: Project) -> None:
    text = ARTICLE + FILLER * 1_000  # ~80,000 characters: several pieces a scan
    told: list[float] = []

    found = detect(text, [], told.append)

    _check(told)
    assert found == detect(text, [])  # telling changes nothing found


def test_the_service_tells_the_progress_of_what_it_detects(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("book.txt", ARTICLE + FILLER * 1_000)).source_id
    told: list[float] = []

    found = project.evidence.detect_unstored(source, told.append)

    _check(told)
    assert found is not None
    project.evidence.store(source, found)
    again: list[float] = []
    assert project.evidence.detect_unstored(source, again.append) is None  # stored: nothing to detect
    assert project.evidence.items(source, progress=again.append) and again == []
