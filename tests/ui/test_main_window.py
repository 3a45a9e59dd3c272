"""The main window driven through its real widgets, against a real project file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from tests.ui.conftest import TEXT

pytestmark = pytest.mark.gui


def _select(window: MainWindow, phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    window.reader.select_range(start, start + len(phrase))
    window.reader.setFocus()
    return start, start + len(phrase)


def _only_annotation(project: Project):  # type: ignore[no-untyped-def]
    annotations = project.annotations.list()
    assert len(annotations) == 1
    return annotations[0]


def test_opens_on_the_first_source_with_paragraph_numbers(window: MainWindow) -> None:
    assert window.central.currentIndex() == 1
    assert window.reader.toPlainText() == TEXT
    assert window.reader._paragraph_of_block == {0: 1, 2: 2, 3: 3}
    assert "District report" in window.windowTitle()


def test_digit_key_tags_the_selection_with_the_active_facet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start, end = _select(window, "Forty-two households")
    qtbot.keyClick(window.reader, Qt.Key.Key_3)  # bias: the third tag is loaded language
    annotation = _only_annotation(window.project)
    assert (annotation.start, annotation.end) == (start, end)
    assert [t.path for t in annotation.tags] == ["bias/loaded-language"]
    assert [a.id for a in window.reader.annotations()] == [annotation.id]  # the highlight is there
    assert window.inspector.annotation is not None and window.inspector.annotation.id == annotation.id


def test_tab_cycles_facets(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "the report")
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    assert window.active_facet == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert [t.path for t in _only_annotation(window.project).tags] == ["provenance/official-document"]


def test_a_tags_own_shortcut_works(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "voluntarily")
    qtbot.keyClick(window.reader, Qt.Key.Key_C)
    qtbot.keyClick(window.reader, Qt.Key.Key_5)  # "C, 5": claim-type/evaluative
    assert [t.path for t in _only_annotation(window.project).tags] == ["claim-type/evaluative"]


def test_undo_and_redo_an_annotation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    created = _only_annotation(window.project)
    window.undo_action.trigger()
    assert window.project.annotations.list() == []
    assert window.reader.annotations() == []
    window.redo_action.trigger()
    assert _only_annotation(window.project) == created
    assert [a.id for a in window.reader.annotations()] == [created.id]


def test_same_range_gets_the_tag_added_not_a_duplicate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "Forty-two households")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    _select(window, "Forty-two households")
    qtbot.keyClick(window.reader, Qt.Key.Key_7)
    assert [t.path for t in _only_annotation(window.project).tags] == ["bias/ideological", "bias/hindsight"]


def test_a_tag_the_range_has_already_leaves_no_undo_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "Forty-two households")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    _select(window, "Forty-two households")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # the service finds it tagged: nothing to do, nothing to undo
    assert window.undo_stack.count() == 1
    assert [t.path for t in _only_annotation(window.project).tags] == ["bias/ideological"]
    window.undo_action.trigger()
    assert window.project.annotations.list() == []


def test_palette_click_toggles_a_tag_on_the_selected_annotation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    annotation = _only_annotation(window.project)
    window.reader.clear_selection()
    window.select_annotation(annotation.id)
    factual = window.taxonomy.resolve("claim-type/factual")
    index = window.palette.taxonomy_model.index_of_tag(factual.id)
    window.palette.scrollTo(index)
    qtbot.mouseClick(
        window.palette.viewport(), Qt.MouseButton.LeftButton, pos=window.palette.visualRect(index).center()
    )
    assert [t.path for t in _only_annotation(window.project).tags] == [
        "bias/ideological",
        "claim-type/factual",
    ]
    window.palette.tag_clicked.emit(factual.id)  # again: removes it
    assert [t.path for t in _only_annotation(window.project).tags] == ["bias/ideological"]


def test_inspector_edits_are_undoable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    annotation = _only_annotation(window.project)
    window.inspector.note.setPlainText("Who wrote the *minutes*?")
    window.inspector._commit_note()
    window.inspector.evidence.setText("minutes, f. 3")
    window.inspector.evidence.editingFinished.emit()
    window.inspector.confidence.setCurrentIndex(4)
    window.inspector.confidence.activated.emit(4)
    stored = window.project.annotations.get(annotation.id)
    assert (stored.note, stored.evidence_ref, stored.confidence) == (
        "Who wrote the *minutes*?",
        "minutes, f. 3",
        4,
    )
    for _ in range(3):
        window.undo_action.trigger()
    stored = window.project.annotations.get(annotation.id)
    assert (stored.note, stored.evidence_ref, stored.confidence) == ("", "", None)


def test_delete_annotation_and_undo_brings_back_its_link(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    _select(window, "the report")
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    first, second = window.project.annotations.list()
    link = window.project.links.create(first.id, second.id, "corroborates")
    window.select_annotation(first.id)
    window.inspector.delete_button.click()
    assert [a.id for a in window.project.annotations.list()] == [second.id]
    assert window.project.links.list() == []
    window.undo_action.trigger()
    assert [a.id for a in window.project.annotations.list()] == [first.id, second.id]
    assert [x.id for x in window.project.links.list()] == [link.id]


def test_clicking_a_highlight_selects_the_annotation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    window.select_annotation(None)
    annotation = _only_annotation(window.project)
    cursor = window.reader.textCursor()
    cursor.setPosition(annotation.start + 3)
    point = window.reader.cursorRect(cursor).center()
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reader.selected_annotation_id == annotation.id
    assert window.annotation_panel.currentIndex().row() == 0


def test_mouse_selection_snaps_to_words_unless_alt(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    start = TEXT.index("households") + 3  # inside "households"
    end = TEXT.index("joined") + 2  # inside "joined"

    def point(offset: int) -> QPoint:
        cursor = reader.textCursor()
        cursor.setPosition(reader._positions.to_utf16(offset))
        return reader.cursorRect(cursor).center()

    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(reader.viewport(), point(end))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, pos=point(end))
    selection = reader.selected_range()
    assert selection is not None
    assert TEXT[selection[0] : selection[1]] == "households joined"


def test_non_bmp_offsets_round_trip(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start, end = _select(window, "farm 😀 voluntarily")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    annotation = _only_annotation(window.project)
    assert (annotation.start, annotation.end) == (start, end)
    assert annotation.quote.exact == "farm 😀 voluntarily"
    _select(window, "Кулаки")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    cyrillic = next(a for a in window.project.annotations.list() if a.id != annotation.id)
    assert TEXT[cyrillic.start : cyrillic.end] == "Кулаки"


def test_sticky_tag_tags_every_new_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sticky_tag_id = window.taxonomy.resolve("bias/polemical").id
    _select(window, "committee")
    window.reader.passage_selected.emit()
    _select(window, "teacher")
    window.reader.passage_selected.emit()
    assert [[t.path for t in a.tags] for a in window.project.annotations.list()] == [["bias/polemical"]] * 2


def test_tag_picker_filters_and_applies(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.widgets.tag_picker import TagPicker

    picker = TagPicker(window.taxonomy, window)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "hearsay")
    assert picker.proxy.rowCount() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen_tag_id == window.taxonomy.resolve("provenance/hearsay").id


def test_find_in_source(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.field, "teacher")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.reader.textCursor().selectedText() == "teacher"


def test_restart_restores_source_and_layout(
    qtbot, sourced_project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    second = sourced_project.sources.import_file(write_file("second.txt", "Line\n" * 400)).source_id
    first = MainWindow(sourced_project, settings)
    qtbot.addWidget(first)
    first.show()
    first.open_source(second)
    first.reader.verticalScrollBar().setValue(120)
    first.inspector_dock.hide()
    first.close()
    again = MainWindow(sourced_project, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_source_id == second
    qtbot.waitUntil(lambda: again.reader.verticalScrollBar().value() == 120)
    assert again.inspector_dock.isHidden()
    again.close()


def test_drop_files_imports_them(qtbot, window: MainWindow, write_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.dialogs.import_options import ImportDialog

    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self.accept(), self.result())[1])
    path = write_file("dropped.md", "# A dropped note\n\nText.")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        window.rect().center().toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: "dropped" in [s.title for s in window.project.sources.list()])
    assert window.reader.toPlainText() == "# A dropped note\n\nText."


def test_bad_file_gets_a_clear_dialog_and_changes_nothing(
    window: MainWindow, write_file, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    before = window.project.generation()
    window.import_files(
        [write_file("broken.txt", b"\x00\x01\x02" * 50), write_file("empty.txt", b"")], ask=False
    )
    assert len(shown_messages) == 1
    assert "broken.txt: this is a binary file" in shown_messages[0]
    assert "empty.txt: the file is empty" in shown_messages[0]
    assert window.project.generation() == before


def test_welcome_pane_and_sample_project(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.central.currentWidget() is window.welcome
    window.welcome.sample_requested.emit()
    assert window.project.path.name == "Sample project.annotator"
    assert len(window.project.sources.list()) == 4
    assert window.central.currentIndex() == 1
    window.close()


def test_metadata_edit_is_validated_and_undoable(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.dialogs.metadata import MetadataDialog

    source = window.project.sources.get(window.current_source_id)
    dialog = MetadataDialog(source, window)
    qtbot.addWidget(dialog)
    dialog.url.setText("not a url")
    dialog._accept()
    assert dialog.result() == 0 and "web address" in dialog.error.text()
    dialog.url.setText("https://archive.example/report")
    dialog.date.setText("c. 1930")
    assert "approximate" in dialog.date_hint.text()
    dialog._accept()
    assert dialog.changes == {"url": "https://archive.example/report", "date_text": "c. 1930"}
    from annotator.ui import commands

    commands.push(
        window.undo_stack, commands.EditMetadata(window.project, source.id, source.metadata, dialog.changes)
    )
    assert window.project.sources.get(source.id).metadata.url == "https://archive.example/report"
    window.undo_action.trigger()
    assert window.project.sources.get(source.id).metadata == source.metadata


def test_uncaught_exception_is_logged_and_shown(window: MainWindow, shown_messages) -> None:  # type: ignore[no-untyped-def]
    import sys

    from annotator.ui.errors import install_exception_hook, log_path, setup_logging

    saved = sys.excepthook
    setup_logging()
    install_exception_hook(lambda: window)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as e:
            sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.excepthook = saved
    assert "RuntimeError: boom" in shown_messages[0]
    assert "boom" in log_path().read_text(encoding="utf-8")


def test_open_project_switches_and_remembers_it(
    window: MainWindow, tmp_path: Path, settings: AppSettings
) -> None:
    other = tmp_path / "other.annotator"
    assert window.switch_project(other)
    assert window.project.path == other
    assert window.central.currentWidget() is window.welcome
    assert settings.recent_projects()[0] == other


def test_alt_drag_keeps_the_exact_range(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    start, end = TEXT.index("households") + 3, TEXT.index("joined") + 2

    def point(offset: int) -> QPoint:
        cursor = reader.textCursor()
        cursor.setPosition(reader._positions.to_utf16(offset))
        return reader.cursorRect(cursor).center()

    alt = Qt.KeyboardModifier.AltModifier
    qtbot.mousePress(reader.viewport(), Qt.MouseButton.LeftButton, alt, point(start))
    qtbot.mouseMove(reader.viewport(), point(end))
    qtbot.mouseRelease(reader.viewport(), Qt.MouseButton.LeftButton, alt, point(end))
    assert reader.selected_range() == (start, end)


def test_hovering_a_highlight_describes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.widgets.reader import tooltip_for

    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    window.inspector.note.setPlainText("A <b>bold</b> claim & more")
    window.inspector._commit_note()
    offset = TEXT.index("committee") + 2
    hits = window.reader.annotations_at(offset)
    text = tooltip_for(hits)
    assert "Ideological / partisan framing" in text
    assert "A &lt;b&gt;bold&lt;/b&gt; claim &amp; more" in text  # notes are shown as text, never as markup


def test_import_can_be_cancelled_between_files(
    window: MainWindow, write_file, monkeypatch, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog

    answers = iter([False, True])
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: next(answers))
    from annotator.ui.dialogs.import_report import open_reports

    imported = window.import_files(
        [write_file("one.txt", "first file"), write_file("two.txt", "second file")], ask=False
    )
    assert len(imported) == 1
    assert any("Cancelled before two.txt" in d.browser.toPlainText() for d in open_reports())
    assert [s.title for s in window.project.sources.list()] == ["District report", "one"]


def test_a_broken_project_file_gets_a_dialog_and_the_window_stays(
    window: MainWindow, tmp_path, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.annotator"
    broken.write_bytes(b"this is not a database at all" * 10)
    before = window.project.path
    assert not window.switch_project(broken)
    assert "not an Annotator project" in shown_messages[0]
    assert window.project.path == before
    assert broken.read_bytes() == b"this is not a database at all" * 10


def test_recent_projects_menu(window: MainWindow, tmp_path, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.annotator"
    window.switch_project(other)
    window.files.fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0] == str(other)
    assert len(labels) == 2


# ~18 s on CI: Qt lays out the 200,000-character note the test needs to overflow the "disk".
@pytest.mark.slow
def test_a_failing_write_shows_a_message_and_the_window_goes_on(
    qtbot, window: MainWindow, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    engine = window.project._uow.engine
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
    engine.dispose()
    _select(window, "committee")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    annotation = _only_annotation(window.project)  # tagging itself still fitted
    window.inspector.note.setPlainText("x" * 200_000)  # more than the "disk" can take
    window.inspector._commit_note()
    assert any("not saved" in m and "disk is full" in m for m in shown_messages)
    assert window.project.annotations.get(annotation.id).note == ""
    assert window.undo_stack.count() == 1  # the refused edit is not on the stack
    window.undo_action.trigger()  # and the window goes on working
    assert window.project.annotations.list() == []


def test_the_view_menus_own_entries_have_letters_of_their_own(window: MainWindow) -> None:
    """Alt+V then a letter: "Text size" shared S with "Find similar passages", the People panel P with
    "Show proposals", so the letter only cycled between them."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    letters: dict[str, list[str]] = {}
    for action in view.actions():
        found = re.search(r"&(\w)", action.text())
        if found:
            letters.setdefault(found.group(1).lower(), []).append(action.text())
    shared = {k: v for k, v in letters.items() if len(v) > 1}
    ours = {"Te&xt size", "Show &proposals", "Go to the &Evidence panel", "&Go to the People panel"}
    assert ours <= {a.text() for a in view.actions()}
    assert not [v for v in shared.values() if ours & set(v) or "Find &similar passages" in v], shared
