"""detect(): the one entry point, its order and the records ``annotator marks --json`` prints."""

from __future__ import annotations

from annotator.domain.structure import MarkKind
from annotator.domain.structure.detect import detect
from tests.domain.structure_gold import CHAPTER, ENCYCLOPEDIA, gold


def test_marks_of_every_kind_come_sorted_by_start() -> None:
    text, _ = gold(CHAPTER)
    marks = detect(text)
    assert [m.start for m in marks] == sorted(m.start for m in marks)
    assert {m.kind for m in marks} == {MarkKind.NOTE_CALL, MarkKind.NOTE, MarkKind.HEADING}
    assert all(0 <= m.start < m.end <= len(text) for m in marks)


def test_the_json_record_of_a_call_names_its_note() -> None:
    text, _ = gold(CHAPTER)
    call = next(m for m in detect(text) if m.kind == MarkKind.NOTE_CALL and m.label == "54")
    record = call.as_dict(text)
    assert record["kind"] == "note-call"
    assert record["text"] == "54"
    assert text[record["target_start"] : record["target_end"]] == "54. Ibid., 3–4."  # type: ignore[misc]


def test_no_heading_is_found_inside_the_notes() -> None:
    text, _ = gold(ENCYCLOPEDIA)
    marks = detect(text)
    notes = [(m.start, m.end) for m in marks if m.kind == MarkKind.NOTE]
    headings = [m for m in marks if m.kind == MarkKind.HEADING]
    assert not [h for h in headings for start, end in notes if start <= h.start < end]


def test_a_text_without_structure_has_no_marks() -> None:
    assert detect("") == []
    assert detect("Just one sentence, with 1.25 million and the year 1930.") == []


def test_the_notes_hint_of_a_word_document_makes_its_bracketed_marks_note_calls() -> None:
    text = "The decision came in 1929.[1]\n\nNotes\n\n[1] Davies, Socialist Offensive, 147.\n"
    assert [m.kind for m in detect(text) if m.label == "1" and m.start < 30] == [MarkKind.REFERENCE_MARK]
    assert [m.kind for m in detect(text, notes_hint="docx") if m.label == "1" and m.start < 30] == [
        MarkKind.NOTE_CALL
    ]
