"""Work sent to a process of its own (services/offload.py): a book's evidence detected there, so that the
window's process is free meanwhile, finds what detection in the thread finds, tells its progress through
the pipe, and says what went wrong when the work fails."""

from __future__ import annotations

import pytest

from annotator.services.evidence import OFFLOAD_CHARS, detect
from annotator.services.offload import OffloadFailed, run_in_process
from annotator.services.project import Project
from tests.services.test_evidence import ARTICLE
from tests.services.test_evidence_progress import FILLER


def _fails(text: str, progress=None) -> None:  # type: ignore[no-untyped-def]
    if progress is not None:
        progress(0.5)
    raise ValueError(f"no evidence in {text!r}")


def test_a_long_source_is_detected_in_a_process_of_its_own_with_the_same_items(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    text = ARTICLE + FILLER * (OFFLOAD_CHARS // len(FILLER) + 1)
    source = project.sources.import_file(write_file("book.txt", text)).source_id
    told: list[float] = []

    found = project.evidence.detect_unstored(source, told.append, offload=True)

    stored_text = project.sources.text(source)
    assert found is not None
    assert found == detect(stored_text, project.structure.marks(source))
    assert told[0] == 0.0 and told[-1] == 1.0 and told == sorted(told)  # through the pipe, in order
    project.evidence.store(source, found)
    assert project.evidence.detect_unstored(source, offload=True) is None  # current now
    assert len(project.evidence.items(source)) > 1_000


def test_what_the_work_raises_is_raised_here_after_its_progress() -> None:
    told: list[float] = []

    with pytest.raises(ValueError, match="no evidence in 'a memoir'"):
        run_in_process(_fails, "a memoir", progress=told.append)

    assert told == [0.5]


def _dies(progress=None) -> None:  # type: ignore[no-untyped-def]
    import os

    os._exit(3)  # as a process killed for want of memory ends: no answer


def test_a_process_that_ends_without_an_answer_is_said_so() -> None:
    with pytest.raises(OffloadFailed, match="exit code 3"):
        run_in_process(_dies)


def test_a_long_sources_figures_are_detected_in_a_process_of_their_own_with_the_same_records(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    passage = (
        "By the end of 1933 some 1.8 million peasants had been deported (Conquest, 12), "
        "and in 1937–38 about 680,000 people were shot.\n\n"
    )
    text = passage * (OFFLOAD_CHARS // len(passage) + 1)
    source = project.sources.import_file(write_file("figures.txt", text)).source_id

    there = project.figures.detect_unstored(source, offload=True)
    here = project.figures.detect_unstored(source)

    assert there[0] == here[0] and there[1] == here[1]  # the same figure and date records
    assert there[2].citations == here[2].citations and there[2].figures == here[2].figures
    assert len(there[0]) > 1_000 and any(r.cited for r in there[0])


def _counts(n: int, progress=None) -> list[int]:  # type: ignore[no-untyped-def]
    return list(range(n))


def test_work_no_process_could_do_is_done_here(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.services import offload

    def no_process(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OffloadFailed("no worker process could start: too many processes")

    monkeypatch.setattr(offload, "run_in_process", no_process)
    assert offload.run_offloaded(_counts, 3) == [0, 1, 2]
