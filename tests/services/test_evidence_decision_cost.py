"""What a decision on evidence reads and writes: one proposal accepted (a key press) reads only that item
and the annotations on its range, not the source's thousands of items; a whole kind accepted, undone and
redone costs the same statements for five paragraphs as for forty (the people named looked up at once,
the rows inserted in batches), and ends exactly as the one-by-one way did."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from annotator.domain.errors import InvalidInput
from annotator.domain.evidence import EVIDENCE_VERSION
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services.evidence import encode
from annotator.services.project import Project
from tests.services.test_evidence import ARTICLE

PARAGRAPH = """The reforms were narrower than their champions claimed (Sakwa, {n}). Khrushchev later wrote
that the camps had been “a crime against the party number {n}”, and many came home (Davies 1989, {n}).

Historians still disagree about how far the change went (Conquest 1990, {n}; Wheatcroft 1996, {n}).
"""


@contextmanager
def _statements(project: Project) -> Iterator[list[str]]:
    """The SQL the project's engine sends meanwhile (an executemany counts once)."""
    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        sent.append(" ".join(statement.split()))

    engine = project._uow.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _book(project: Project, write_file, paragraphs: int) -> int:  # type: ignore[no-untyped-def]
    text = "\n".join(PARAGRAPH.format(n=n + 10) for n in range(paragraphs))
    return project.sources.import_file(write_file(f"book{paragraphs}.txt", text)).source_id


def _annotations(project: Project, source: int) -> list[tuple[object, ...]]:
    return [
        (a.id, a.uuid, a.start, a.end, a.quote, a.note, a.evidence_ref, [t.path for t in a.tags],
         None if a.speaker is None else (a.speaker.name, a.speaker.role, a.speaker.kind),
         a.created_at, a.modified_at)
        for a in project.annotations.list(source)
    ]  # fmt: skip


def test_accepting_one_proposal_reads_neither_the_stored_items_nor_the_other_annotations(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = _book(project, write_file, 20)
    items = [i for i in project.evidence.items(source) if i.proposal.tags]
    project.evidence.accept(source, [i.id for i in items[:30]])  # annotations elsewhere in the source
    chosen = items[40]

    with _statements(project) as sent:
        decided = project.evidence.accept(source, [chosen.id])

    assert [(a.start, a.end) for a in decided.tagging.created] == [(chosen.start, chosen.end)]
    # The items as last read are used (their length tells whether the stored row is the same).
    assert not [s for s in sent if "source_evidence.items" in s.replace("length(source_evidence.items)", "")]
    listed = [s for s in sent if s.startswith("SELECT") and "annotations.source_id = ?" in s]
    assert listed and all("annotations.start_pos = ?" in s for s in listed)  # only those on its range
    decisions = [s for s in sent if s.startswith("SELECT") and "FROM evidence_decisions" in s]
    assert decisions and all("item_key IN" in s for s in decisions)  # only its own decision


def test_items_follow_the_stored_row_when_it_is_replaced_from_elsewhere(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("thaw.txt", ARTICLE)).source_id
    sakwa = next(i for i in project.evidence.items(source) if i.text == "(Sakwa, 37)")
    with sqlite3.connect(project_path) as connection:  # another process storing (other) items
        connection.execute(
            "UPDATE source_evidence SET items = '[]' WHERE version = ? AND structure_version = ?",
            (EVIDENCE_VERSION, STRUCTURE_VERSION),
        )

    assert project.evidence.items(source) == []
    with pytest.raises(InvalidInput, match="no evidence item"):
        project.evidence.accept(source, [sakwa.id])


def _accept_undo_redo(project: Project, source: int) -> tuple[list[int], list[object]]:
    """Statements sent by accepting every citation and quotation, undoing both and redoing them; and
    whether the annotations, the items' states and the people after the redo are those of the accept."""
    project.evidence.items(source)
    counts = []
    with _statements(project) as sent:
        citations = project.evidence.accept_kind(source, "citation")
    counts.append(len(sent))
    quotations = project.evidence.accept_kind(source, "quotation")
    accepted = (
        _annotations(project, source),
        [(i.id, i.state, i.annotation_id) for i in project.evidence.items(source)],
        [(p.name, p.kind) for p in project.people.list()],
    )
    project.evidence.unaccept(quotations)
    with _statements(project) as sent:
        project.evidence.unaccept(citations)
    counts.append(len(sent))
    assert project.annotations.list(source) == [] and project.people.list() == []
    with _statements(project) as sent:
        project.evidence.redo(citations)
    counts.append(len(sent))
    project.evidence.redo(quotations)
    redone = (
        _annotations(project, source),
        [(i.id, i.state, i.annotation_id) for i in project.evidence.items(source)],
        [(p.name, p.kind) for p in project.people.list()],
    )
    assert redone == accepted
    return counts, list(accepted[2])


def test_a_whole_kind_accepted_undone_and_redone_costs_the_same_statements_for_more_items(
    project_path: Path, tmp_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        few, people = _accept_undo_redo(project, _book(project, write_file, 5))
    with Project.open(tmp_path / "many.annotator") as project:
        many, _ = _accept_undo_redo(project, _book(project, write_file, 40))

    assert many == few  # statements for 20 citations as for 160: no statement an item
    assert [name for name, _ in people] == ["Conquest", "Davies", "Khrushchev", "Sakwa", "Wheatcroft"]


def test_items_detected_in_a_worker_and_stored_are_read_without_parsing_the_stored_row(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("thaw.txt", ARTICLE)).source_id
    found = project.evidence.detect_unstored(source)  # as the window's worker does
    assert found is not None
    project.evidence.store(source, found, encode(found))  # from the window's thread

    with _statements(project) as sent:
        items = project.evidence.items(source)

    assert len(items) == 9
    assert not [s for s in sent if "source_evidence.items" in s.replace("length(source_evidence.items)", "")]
