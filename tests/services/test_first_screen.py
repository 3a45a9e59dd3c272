"""The window's first screen read through the stdlib sqlite3 (services/first_screen.py, direct_reads.py): the
same values the project's services give, and None — with nothing held — whenever the project must be opened
the usual way (an upgrade due, damage, another window holding it, a file that is no project)."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.model import Annotation
from annotator.services.first_screen import FirstScreen, read_first_screen
from annotator.services.project import Project
from annotator.storage import direct, direct_reads, lock, migrate
from tests.helpers.holder import holding

TEXT = "\n\n".join(
    f"Paragraph {n}. The district committee reported on the grain procurement of 1932 in village {n}."
    for n in range(400)
)
FIRST = 2_000  # characters of the first screen in these tests


def _without_coder(annotations: list[Annotation]) -> list[Annotation]:
    # Who made each annotation is left to the project's read after the first paint (see direct_reads).
    return [dataclasses.replace(a, coder=None) for a in annotations]


def _annotated(path: Path, count: int = 600) -> tuple[int, int]:
    """A project at ``path`` with a long source annotated ``count`` times (tags, notes, a speaker, a
    confidence, an evidence reference, one edited) and a short second one; the ids of both sources."""
    with Project.open(path) as project:
        long = project.sources.import_bytes("long.txt", TEXT.encode()).source_id
        short = project.sources.import_bytes("short.txt", b"A short note on the harvest.").source_id
        made = []
        for i in range(count):
            start = (i * 97) % (len(TEXT) - 200)
            tags = ["bias/ideological"] if i % 2 else ["provenance/eyewitness", "claim-type/factual"]
            note, confidence = f"note {i}" if i % 5 == 0 else "", (i % 5) + 1 if i % 3 == 0 else None
            evidence = "f. 17" if i % 7 == 0 else ""
            made.append(
                project.annotations.create(
                    long, start, start + 20 + i % 150, tags, note, confidence, evidence_ref=evidence
                )
            )
        project.annotations.set_speaker(made[0].id, "Maria Ivanivna")
        project.annotations.set_speaker(made[1].id, "The district committee", "author")
        project.annotations.update(made[2].id, note="edited later")
        project.structure.marks(long)  # stored, as opening a source stores them
        return long, short


def _read(path: Path, source: int | None, scrolled: bool = False) -> FirstScreen | None:
    return read_first_screen(path, lambda _uuid: (source, scrolled), FIRST)


def test_the_reads_give_what_the_services_give(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    long, _short = _annotated(path)
    with Project.open(path) as project:
        everything = project.annotations.list(source_id=long)
        shown, complete = project.annotations.first_screen(long, FIRST)
        marks = project.structure.marks(long)
        taxonomy = project.taxonomy.taxonomy()
        uuid, name = project.uuid, project.name
    assert not complete and 0 < len(shown) < len(everything)
    assert any(a.speaker is not None for a in everything) and any(a.version > 1 for a in everything)
    first = _read(path, long)
    assert first is not None
    try:
        assert (first.uuid, first.name, first.source_id, first.title) == (uuid, name, long, "long")
        assert first.text == TEXT
        assert first.taxonomy == taxonomy
        assert first.annotations == _without_coder(shown)
        assert not first.complete
        assert first.marks == marks
    finally:
        first.release()
    connection = direct.open_current(path)
    assert connection is not None
    try:  # every annotation, and a range in the middle, as the repository reads them
        assert direct_reads.annotations(connection, taxonomy, long) == _without_coder(everything)
        middle = [a for a in everything if a.start < 9_000 and a.end > 8_000]
        assert direct_reads.annotations(connection, taxonomy, long, (8_000, 9_000)) == _without_coder(middle)
    finally:
        connection.close()


def test_a_view_scrolled_down_gets_every_annotation_and_a_forgotten_source_the_first(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    long, short = _annotated(path)
    scrolled = _read(path, long, scrolled=True)
    assert scrolled is not None
    scrolled.release()
    assert scrolled.complete and len(scrolled.annotations) == 600
    small = _read(path, short)  # fewer than 500 annotations (none): read whole
    assert small is not None
    small.release()
    assert small.complete and small.annotations == [] and small.text == "A short note on the harvest."
    forgotten = _read(path, 999)  # a source deleted since
    assert forgotten is not None
    forgotten.release()
    assert forgotten.source_id == long


def test_the_lock_is_held_until_released_and_nothing_is_held_when_there_is_no_first_screen(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.annotator"
    long, _short = _annotated(path, count=3)
    first = _read(path, long)
    assert first is not None and lock.held_here(path)
    with Project.open(path) as project:  # the window opens the project meanwhile: its own hold
        first.release()
        first.release()  # once only
        assert lock.held_here(path)
        assert project.sources.text(long) == TEXT
    assert not lock.held_here(path)
    empty = tmp_path / "empty.annotator"
    Project.open(empty).close()
    assert _read(empty, None) is None  # no source: the welcome pane, shown the usual way
    assert not lock.held_here(empty)


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


@pytest.mark.parametrize("case", ["upgrade due", "newer version", "text changed", "damaged", "not a project"])
def test_a_project_needing_more_than_reading_has_no_first_screen(tmp_path: Path, case: str) -> None:
    path = tmp_path / "p.annotator"
    long, _short = _annotated(path, count=3)
    if case == "upgrade due":
        _set_revision(path, migrate.revisions()[-2])
    elif case == "newer version":
        _set_revision(path, "9999")
    elif case == "text changed":  # a letter changed under its checksum: the services say it is damaged
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("UPDATE source_texts SET text = replace(text, 'grain', 'grail')")
        connection.close()
    elif case == "damaged":
        data = bytearray(path.read_bytes())
        data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # a page of the file overwritten
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(b"Plain text, not a database at all. " * 200)
    before = path.read_bytes()
    assert _read(path, long) is None
    assert not lock.held_here(path)
    assert path.read_bytes() == before  # nothing written: Project.open does the work, or says what is wrong


def test_a_project_another_window_holds_has_no_first_screen(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    long, _short = _annotated(path, count=3)
    with holding(path):
        assert _read(path, long) is None  # the window asks whether to open it read-only
    assert not lock.held_here(path)
