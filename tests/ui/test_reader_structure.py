"""The reader shows a source's structure without changing its text: note calls raised, headings as headings,
the note on hover, a click to the note and Alt+Left back; the outline panel lists the headings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QToolTip

from annotator.domain.structure import Mark, MarkKind
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.reader import ReaderView

BODY = "The grain was taken from every village, and the harvest failed to flourish.54 Nobody objected.\n"
TEXT = (
    "The Politics of the Grain Front\n\n"
    + BODY * 40
    + "\nNotes\n\n"
    + "54 District committee minutes, 4 February 1930.\n"
)


def _marks() -> list[Mark]:
    call = TEXT.index("flourish.54") + len("flourish.")
    note = TEXT.index("54 District")
    note_end = TEXT.index("\n", note)
    title_end = TEXT.index("\n")
    notes_heading = TEXT.index("\nNotes") + 1
    return [
        Mark(MarkKind.HEADING, 0, title_end, "1"),
        Mark(MarkKind.NOTE_CALL, call, call + 2, "54", note, note_end),
        Mark(MarkKind.HEADING, notes_heading, notes_heading + len("Notes"), "2"),
        Mark(MarkKind.NOTE, note, note_end, "54", call, call + 2),
    ]


def _point(reader: ReaderView, offset: int) -> QPoint:
    cursor = reader.textCursor()
    cursor.setPosition(reader._positions.to_utf16(offset))
    return reader.cursorRect(cursor).center()


def _format_at(reader: ReaderView, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(offset + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def test_calls_are_raised_and_headings_bold_while_the_text_stays_as_stored(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_document(TEXT, [], {})
    reader.set_structure(_marks())

    assert reader.toPlainText() == TEXT
    call = _marks()[1]
    raised = _format_at(reader, call.start)
    assert raised.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    before = _format_at(reader, call.start - 2)  # the "h" of flourish
    assert before.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignNormal
    assert _format_at(reader, 3).fontWeight() > _format_at(reader, TEXT.index("grain")).fontWeight()
    assert not reader.document().isUndoAvailable()


def test_hovering_a_call_shows_its_note_and_a_click_goes_there_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 300)
    reader.show()
    qtbot.waitExposed(reader)
    reader.set_document(TEXT, [], {})
    reader.set_structure(_marks())
    call = _marks()[1]
    assert "District committee minutes" in reader.structure.tooltip(call)

    reader.scroll_to(call.start)
    scrolled = reader.verticalScrollBar().value()
    qtbot.mouseMove(reader.viewport(), _point(reader, call.start + 1))
    qtbot.waitUntil(lambda: "District committee minutes" in QToolTip.text())

    with qtbot.waitSignal(reader.note_followed) as followed:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=_point(reader, call.start + 1))
    assert followed.args == ["54"]
    assert reader.selected_range() == (call.target_start, call.target_end)
    assert reader.verticalScrollBar().value() != scrolled

    qtbot.keyClick(reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.verticalScrollBar().value() == scrolled
    assert reader.selected_range() is None


def test_a_call_without_its_note_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_document(BODY, [], {})
    start = BODY.index("54")
    reader.set_structure([Mark(MarkKind.NOTE_CALL, start, start + 2, "54")])
    assert "the notes are not in this source" in reader.structure.tooltip(reader.structure.call_at(start))
    assert not reader.follow_call(reader.structure.call_at(start))


def test_the_outline_lists_the_headings_and_brings_one_into_view(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("grain.txt", TEXT)).source_id
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_source(source)
    marks = project.structure.marks(source)
    headings = [" ".join(TEXT[m.start : m.end].split()) for m in marks if m.kind is MarkKind.HEADING]
    assert window.outline_panel.titles() == headings
    assert "The Politics of the Grain Front" in headings

    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    item = window.outline_panel.tree.topLevelItem(0)
    window.outline_panel.tree.itemClicked.emit(item, 0)
    assert window.reader.verticalScrollBar().value() == 0
    window.close()
