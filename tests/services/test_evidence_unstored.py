"""Evidence detected in a worker thread: ``detect_unstored`` reads and detects but writes nothing (the
window's thread stores it with ``store``), and says None when what is stored is current."""

from __future__ import annotations

from annotator.services.project import Project

TEXT = (
    "Historians no longer describe the party state as a monolith (Sakwa, 37). Khrushchev later wrote, "
    "“We were all his prisoners.”\n"
)


def test_detect_unstored_writes_nothing_and_store_makes_it_current(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("thaw.txt", TEXT), {}).source_id
    project.structure.marks(source)  # as the window does on opening, before the worker starts
    assert source in project.evidence.stale()

    found = project.evidence.detect_unstored(source)
    assert found is not None
    assert {TEXT[e.start : e.end] for e in found} >= {"(Sakwa, 37)", "“We were all his prisoners.”"}
    assert source in project.evidence.stale()  # nothing was stored

    project.evidence.store(source, found)
    assert source not in project.evidence.stale()
    assert project.evidence.detect_unstored(source) is None
    assert [(i.start, i.end) for i in project.evidence.items(source)] == sorted(
        (e.start, e.end) for e in found
    )
