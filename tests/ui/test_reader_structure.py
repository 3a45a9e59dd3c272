"""The reader shows a source's structure without changing its text: note calls raised, headings as headings,
the note on hover, a click to the note and Alt+Left back; the outline panel lists the headings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox, QToolTip

from annotator.domain.importing import ImportOptions
from annotator.domain.structure import Mark, MarkKind
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.reader import ReaderView
from tests.helpers.texts import WRAPPED_MINUTES

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


def test_page_starts_are_drawn_where_the_printed_pages_begin(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 400)
    reader.show()
    qtbot.waitExposed(reader)
    reader.set_document(TEXT, [], {})
    page = TEXT.index("harvest")
    reader.set_structure([*_marks(), Mark(MarkKind.PAGE, page, page, "185")])
    assert [(m.start, m.label) for m in reader.structure.pages] == [(page, "185")]
    reader.scroll_to(page)
    before = reader.viewport().grab().toImage()
    reader.set_structure(_marks())  # the same text without the page: only the rule and label go
    after = reader.viewport().grab().toImage()
    assert before != after


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
    qtbot.waitUntil(lambda: "District committee minutes" in QToolTip.text(), timeout=30_000)

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


WRAPPED = WRAPPED_MINUTES


def _older_project(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    """A project whose one source looks imported by the first import steps (lines kept)."""
    import sqlite3

    kept_lines = ImportOptions(reflow=False)
    source = project.sources.import_file(write_file("wrapped.txt", WRAPPED), options=kept_lines)
    with sqlite3.connect(project.path) as connection:
        connection.execute(
            "UPDATE source_imports SET report = json_set(json_remove(report, '$.pipeline'), '$.reflow', NULL)"
        )
    text = project.sources.text(source.source_id)
    start = text.index("forty-two")
    project.annotations.create(source.source_id, start, start + len("forty-two households"))
    return source.source_id


def _window(qtbot, project: Project, settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_older_project_is_offered_the_reimport_once_and_it_runs_on_yes(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    old = _older_project(project, write_file)
    window = _window(qtbot, project, settings)
    qtbot.waitUntil(lambda: window.upgrade_offer is not None and window.upgrade_offer.isVisible())
    assert "1 source was imported before" in window.upgrade_offer.text()
    assert [s.id for s in project.sources.list()] == [old]  # nothing done before the answer

    window.upgrade_offer.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: window.upgrade_results is not None)
    (source,) = project.sources.list()
    assert source.id != old and "\n" not in project.sources.text(source.id).strip()
    (annotation,) = project.annotations.list(source_id=source.id)
    assert project.sources.text(source.id)[annotation.start : annotation.end] == "forty-two households"
    assert "1 source(s) re-imported" in window.upgrade_results.text()
    window.close()


def test_not_now_is_remembered_and_changes_nothing(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    old = _older_project(project, write_file)
    window = _window(qtbot, project, settings)
    qtbot.waitUntil(lambda: window.upgrade_offer is not None and window.upgrade_offer.isVisible())
    window.upgrade_offer.button(QMessageBox.StandardButton.No).click()
    assert [s.id for s in project.sources.list()] == [old]
    window.close()

    again = _window(qtbot, project, settings)
    qtbot.wait(50)
    assert again.upgrade_offer is None
    again.close()
