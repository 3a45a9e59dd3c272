"""Building the search index in the background: searching while it is built, edits made meanwhile, and a
build that was stopped (the application quit) or killed being taken up again where it was.

Every index here is real, on disk; a build is stopped by its own cancel check, or killed for real (a
process that exits in the middle of it).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from annotator.search.index import PARTIAL_FILE, Rebuild
from annotator.services.project import Project

SOURCES = 6
DOCUMENTS = SOURCES * (1 + 4) + SOURCES // 2  # a metadata document and four lines each; half have a note


def _text(i: int) -> str:
    return (
        f"Report {i} from the district on the harvest.\n"
        "\n"
        f"The committee counted the grain of village number{i} and sent the figures on.\n"
        "The five-year\n"
        "plan demanded more.\n"
    )


@pytest.fixture(autouse=True)
def segment_per_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """A segment is written after every source, so a build stopped half-way has some to resume."""
    monkeypatch.setattr(Rebuild, "SEGMENT_CHARS", 1)


def _fill(project: Project) -> list[int]:
    ids = [
        project.sources.import_bytes(f"report-{i}.txt", _text(i).encode(), {"language": "en"}).source_id
        for i in range(SOURCES)
    ]
    for source_id in ids[::2]:
        project.annotations.create(source_id, 0, 6, ["bias/polemical"], note=f"doubtful figures {source_id}")
    return ids


def _found(project: Project, query: str) -> list[tuple[int, int | None, tuple[tuple[int, int], ...]]]:
    results = project.search.search(query, limit=None)
    return sorted((h.source_id, h.paragraph, h.matches) for h in results.hits)


QUERIES = ("harvest", '"five year plan"', "doubtful", "grain AND village", "fig*", "village number3")


def _partials(project: Project) -> list[Path]:
    folder = project.search.index_path
    return [p for p in folder.parent.glob(f".{folder.name}.new-*") if (p / PARTIAL_FILE).exists()]


def _stop_after(project: Project, sources: int):  # type: ignore[no-untyped-def]
    """A progress callback that stops the background build once ``sources`` sources are written."""
    total_per_source = len(_text(0))

    def progress(done: int, total: int) -> None:
        if done >= sources * total_per_source:
            project.search.stop_indexing()  # in the build's thread: it stops at its next check

    return progress


def _check_resumes(project: Project, ids: list[int]) -> None:
    """The partial build left is taken up again, and ends as a full build would."""
    partial = _partials(project)
    assert len(partial) == 1
    done = json.loads((partial[0] / PARTIAL_FILE).read_text(encoding="utf-8"))["sources"]
    assert 0 < len(done) < SOURCES
    # Edits after the stop: a source it holds is deleted, another gets a note, one is added.
    first, second = (int(sid) for sid in sorted(done, key=int)[:2])
    project.sources.delete(first)
    project.annotations.create(second, 10, 20, ["bias/polemical"], note="zeppelin sighted")
    project.sources.import_bytes("late.txt", b"A late harvest report.\n", {"language": "en"})

    report = project.search.reindex()
    assert not _partials(project)
    assert report.documents < DOCUMENTS, "it should not have indexed everything again"
    resumed = {q: _found(project, q) for q in (*QUERIES, "zeppelin")}
    assert resumed["zeppelin"] and all(hit[0] != first for hits in resumed.values() for hit in hits)

    project.search.reindex()  # from scratch this time
    assert {q: _found(project, q) for q in (*QUERIES, "zeppelin")} == resumed


def test_a_background_build_stopped_half_way_is_resumed(project: Project) -> None:
    ids = _fill(project)
    assert project.search.start_indexing(progress=_stop_after(project, 2))
    assert project.search.wait_for_indexing(timeout=60)
    assert project.search.indexing() is None
    assert project.search.needs_rebuild()
    _check_resumes(project, ids)


def test_a_build_killed_half_way_is_resumed(project_path: Path) -> None:
    with Project.open(project_path) as project:
        ids = _fill(project)
    script = textwrap.dedent(
        f"""
        import os
        from annotator.search.index import Rebuild
        from annotator.services.project import Project

        Rebuild.SEGMENT_CHARS = 1
        project = Project.open({str(project_path)!r})

        def progress(done, total):
            if done >= 3 * {len(_text(0))}:
                os._exit(9)  # killed: no clean-up of any kind

        project.search.reindex(progress)
        """
    )
    died = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], timeout=120)
    assert died.returncode == 9
    with Project.open(project_path) as project:
        assert project.search.needs_rebuild()
        _check_resumes(project, ids)


def test_searching_while_the_index_is_built_finds_what_is_indexed(project: Project) -> None:
    ids = _fill(project)
    half_way, go_on = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 3 * len(_text(0)) and not go_on.is_set():
            half_way.set()
            go_on.wait(30)

    assert project.search.start_indexing(progress=progress)
    try:
        assert half_way.wait(30)
        fraction = project.search.indexing()
        assert fraction is not None and 0 < fraction < 1
        so_far = _found(project, "harvest")
        assert 0 < len({source for source, _, _ in so_far}) < SOURCES
        # An edit made during the build is queued, and applied on top of the new index after it.
        project.annotations.create(ids[-1], 0, 6, ["bias/polemical"], note="zeppelin sighted")
    finally:
        go_on.set()
    assert project.search.wait_for_indexing(timeout=60)
    assert not project.search.needs_rebuild()
    assert len({source for source, _, _ in _found(project, "harvest")}) == SOURCES
    assert [source for source, _, _ in _found(project, "zeppelin")] == [ids[-1]]
    assert not project.search.start_indexing()  # in step: nothing to do


def test_worker_processes_build_the_same_index(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    import annotator.services.search as search_service

    _fill(project)
    project.search.reindex()
    alone = {q: _found(project, q) for q in QUERIES}
    monkeypatch.setattr(search_service, "PARALLEL_CHARS", 1)  # any project is built by the workers
    monkeypatch.setattr(search_service, "WORKERS", 2)
    report = project.search.reindex()
    assert report.documents == DOCUMENTS
    segments = {p.name.split(".")[0] for p in project.search.index_path.glob("MAIN_*.*")}
    assert len(segments) == SOURCES  # one per source here, each written by a worker and moved in
    assert {q: _found(project, q) for q in QUERIES} == alone


def test_a_rebuild_asked_for_during_a_background_build_waits_for_it(project: Project) -> None:
    _fill(project)
    half_way, go_on = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:
        if done >= 2 * len(_text(0)) and not go_on.is_set():
            half_way.set()
            go_on.wait(30)

    assert project.search.start_indexing(progress=hold)
    assert half_way.wait(30)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        go_on.set()  # the build goes on once the rebuild asked for is waiting for it

    report = project.search.reindex(progress)
    assert seen and 0 < seen[0][0] < seen[0][1]  # the background build's progress
    assert (report.cancelled, report.documents) == (False, DOCUMENTS)
    assert project.search.indexing() is None and not project.search.needs_rebuild()
    assert not _partials(project)


def test_a_source_deleted_during_a_build_is_not_among_the_hits(project: Project) -> None:
    ids = _fill(project)
    half_way, go_on = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:
        if done >= 3 * len(_text(0)) and not go_on.is_set():
            half_way.set()
            go_on.wait(30)

    assert project.search.start_indexing(progress=hold)
    try:
        assert half_way.wait(30)
        project.sources.delete(ids[0])  # indexed already, with its note
        assert ids[0] not in {source for source, _, _ in _found(project, "harvest")}
        assert ids[0] not in {source for source, _, _ in _found(project, "doubtful")}
        assert _found(project, "harvest")
    finally:
        go_on.set()
    assert project.search.wait_for_indexing(timeout=60)
    assert {source for source, _, _ in _found(project, "harvest")} == set(ids[1:])


def test_a_background_build_goes_to_the_worker_processes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the window's process a build holds the interpreter for frames of 130-190 ms; the workers do not.
    import annotator.services.search as search_service

    _fill(project)
    project.search.reindex()
    alone = {q: _found(project, q) for q in QUERIES}
    shutil.rmtree(project.search.index_path)
    monkeypatch.setattr(search_service, "BACKGROUND_PARALLEL_CHARS", 1)
    monkeypatch.setattr(search_service, "WORKERS", 2)
    used: list[int] = []
    real = search_service.SearchService._add_in_workers

    def spy(self, rebuild, todo, report, done):  # type: ignore[no-untyped-def]
        used.append(len(todo))
        return real(self, rebuild, todo, report, done)

    monkeypatch.setattr(search_service.SearchService, "_add_in_workers", spy)
    assert project.search.start_indexing()
    assert project.search.wait_for_indexing(60)
    assert used == [SOURCES]
    assert {q: _found(project, q) for q in QUERIES} == alone
