"""A historian's working day from the keyboard (issue 15): linking, redo, sticky tags with Shift+arrows,
trimmed keyboard selections, jumping to passages, sync scrolling, live counts, zoom and bad queries —
each through the real window, its keys and its menus."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from annotator.domain.structure import Mark, MarkKind
from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.ui.controllers.compare import CompareController
from annotator.ui.dialogs.shortcuts import ShortcutsDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.reader import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, ReaderView
from annotator.ui.widgets.reader_structure import HEADING_SCALE
from annotator.ui.widgets.tag_picker import TagPicker
from tests.search.test_similar import MEMOIR, REPORT
from tests.ui.conftest import TEXT

pytestmark = pytest.mark.gui

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
FILLER = "\n".join(f"Line {i} of the surrounding text, which says nothing in particular." for i in range(80))
# One long paragraph, as on an encyclopedia page: its start is many screens above most of its passages.
LONG = " ".join(f"Sentence {i} tells of the harvest in the district of number {i}." for i in range(600))


def _when_dialog_opens(qtbot, act: Callable[[QDialog], None]) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog as soon as it is up (the test drives it like a user)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _shift_select(reader: ReaderView, start: int, steps: int) -> None:
    """Put the cursor at ``start``, then as a hand does: Shift and Ctrl down, Right ``steps`` times, Ctrl and
    Shift up. (QTest's keyClick with modifiers would press and release Shift around every step.)"""
    cursor = reader.textCursor()
    cursor.setPosition(reader._positions.to_utf16(start))
    reader.setTextCursor(cursor)
    reader.setFocus()
    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    events = [QKeyEvent(press, Qt.Key.Key_Shift, SHIFT), QKeyEvent(press, Qt.Key.Key_Control, CTRL | SHIFT)]
    for _ in range(steps):
        events += [QKeyEvent(kind, Qt.Key.Key_Right, CTRL | SHIFT) for kind in (press, release)]
    events += [QKeyEvent(release, Qt.Key.Key_Control, SHIFT), QKeyEvent(release, Qt.Key.Key_Shift, NONE)]
    for event in events:
        QApplication.sendEvent(reader, event)


# 1. Link passages by keyboard and menu


@pytest.fixture
def comparing(qtbot, project: Project, write_file, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("report.txt", REPORT + FILLER), {"title": "Report"})
    right = project.sources.import_file(
        write_file("memoir.txt", FILLER + "\n" + MEMOIR + FILLER), {"title": "Memoir"}
    )
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_compare(left.source_id, right.source_id)
    yield window
    window.close()


def _select_both(window: MainWindow) -> None:
    view = window.compare_view
    start = view.left.text.index("Sergei Kirov was shot")
    view.left.select_range(start, start + 21)
    start = view.right.text.index("Nikolaev fired at Kirov")
    view.right.select_range(start, start + 23)
    view.left.setFocus()


def test_ctrl_l_links_two_fresh_selections(qtbot, comparing: MainWindow, shown_messages) -> None:  # type: ignore[no-untyped-def]
    _select_both(comparing)
    dialogs = _when_dialog_opens(qtbot, lambda dialog: dialog.accept())
    qtbot.keyClick(comparing.compare_view.left, Qt.Key.Key_L, CTRL)
    # The relation was once `False`: "'bool' object has no attribute 'strip'".
    assert dialogs and shown_messages == []
    [link] = comparing.project.links.list()
    assert {link.a.quote, link.b.quote} == {"Sergei Kirov was shot", "Nikolaev fired at Kirov"}
    comparing.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is comparing)
    qtbot.keyClick(comparing.compare_view.left, Qt.Key.Key_Z, CTRL)  # one step undoes all three
    assert comparing.project.links.list() == [] and comparing.project.annotations.list() == []


def test_view_menu_link_passages(qtbot, comparing: MainWindow, shown_messages) -> None:  # type: ignore[no-untyped-def]
    _select_both(comparing)
    _when_dialog_opens(qtbot, lambda dialog: dialog.accept())
    comparing.link_action.trigger()  # what View › Link passages… does: triggered(checked=False)
    assert shown_messages == [] and len(comparing.project.links.list()) == 1
    assert len(comparing.project.annotations.list()) == 2


def test_no_plain_action_hands_its_checked_state_to_its_slot(comparing: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    got: list[object] = []

    def link_sides(self, relation=None, note=None) -> bool:  # type: ignore[no-untyped-def]
        got.append(relation)
        return True

    monkeypatch.setattr(CompareController, "link_sides", link_sides)
    window = MainWindow(comparing.project, comparing.settings)
    try:
        window.link_action.trigger()  # QAction.triggered(bool) once gave the relation `False`
        assert got == [None]
    finally:
        window.bridge.detach()
        window.deleteLater()


# 2. Redo by keyboard


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)])
def test_redo_by_keyboard(qtbot, window: MainWindow, keys) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start = TEXT.index("committee")
    window.reader.select_range(start, start + 9)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    assert len(window.project.annotations.list()) == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert window.project.annotations.list() == []
    qtbot.keyClick(window.reader, *keys)
    assert len(window.project.annotations.list()) == 1


def test_f1_lists_every_redo_key_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    platform = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
    # Each once (twice is an "Ambiguous shortcut overload": the key does nothing), the platform's all.
    assert len(keys) == len(set(keys)) and platform | {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)
    every = [k.toString() for action in window.findChildren(QAction) for k in action.shortcuts()]
    assert [k for k in set(every) if every.count(k) > 1] == []  # no key bound twice in the window
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(i, 1).text(): table.item(i, 0).text() for i in range(table.rowCount())}
    assert "Ctrl+Y" in rows["Redo"] and "Ctrl+Shift+Z" in rows["Redo"]


# 3 and 4. Sticky tag with Shift+arrows; keyboard selections trimmed


def test_sticky_tag_with_shift_arrows_tags_once_shift_is_let_go(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, TagPicker)
        qtbot.keyClicks(dialog.search, "polemical")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, choose)
    qtbot.keyClick(window.reader, Qt.Key.Key_K, CTRL)
    assert window.sticky_tag_id == window.taxonomy.resolve("bias/polemical").id
    _shift_select(window.reader, TEXT.index("Forty-two"), 6)
    [annotation] = window.project.annotations.list()
    assert annotation.quote.exact == "Forty-two households joined the"  # Qt's words: Forty, -, two…
    assert [t.path for t in annotation.tags] == ["bias/polemical"]


def test_keyboard_selection_drops_the_trailing_space(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _shift_select(window.reader, TEXT.index("district"), 2)  # "district committee " by Qt's words
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    [annotation] = window.project.annotations.list()
    assert annotation.quote.exact == "district committee"


def test_keyboard_selection_keeps_closing_punctuation_and_quotes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("nobody dared")
    _shift_select(window.reader, start, 4)  # to after the closing quotation mark, and a space
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    [annotation] = window.project.annotations.list()
    assert annotation.quote.exact == "nobody dared to object”"


# 5. Jumping to a passage centres the passage


@pytest.fixture
def long_page(qtbot, project: Project, write_file, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("page.txt", LONG + "\n"), {"title": "Encyclopedia"})
    tag = project.taxonomy.taxonomy().resolve("bias/polemical")
    spots = [LONG.index(f"Sentence {i} ") for i in range(0, 600, 7)]
    project.annotations.tag_passages(tag.id, [Passage(source.source_id, s, s + 12) for s in spots])
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _visible(reader: ReaderView, start: int, end: int) -> bool:
    top, bottom = reader.y_of(start), reader.y_of(end)
    return top is not None and bottom is not None


def test_clicking_a_card_centres_its_passage_in_a_long_paragraph(qtbot, long_page: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel, reader = long_page.annotation_panel, long_page.reader
    annotations = reader.annotations()
    for annotation in (annotations[40], annotations[-3], annotations[17]):
        row = panel.list_model.row_of(annotation.id)
        panel.scrollTo(panel.list_model.index(row, 0))
        card = panel.visualRect(panel.list_model.index(row, 0)).center()
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=card)
        assert reader.selected_annotation_id == annotation.id
        assert _visible(reader, annotation.start, annotation.end)
        middle = reader.viewport().height() / 2
        assert abs(reader.y_of(annotation.start) - middle) < 3 * reader.fontMetrics().lineSpacing()


def test_search_hit_is_centred(qtbot, long_page: MainWindow) -> None:  # type: ignore[no-untyped-def]
    long_page.run_search('"number 555"')
    [hit] = long_page.search_panel.hits()
    long_page.open_hit(hit)
    start, end = hit.matches[0]
    assert _visible(long_page.reader, start, end)


@pytest.mark.slow
def test_panel_scrolls_to_the_card_among_5000(qtbot, project: Project, write_file, settings) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("page.txt", LONG + "\n"), {"title": "Encyclopedia"})
    tag = project.taxonomy.taxonomy().resolve("bias/polemical")
    words = [i for i in range(len(LONG) - 8) if LONG[i] == " "][:5000]
    project.annotations.tag_passages(tag.id, [Passage(source.source_id, w + 1, w + 5) for w in words])
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.finish_loading()  # the annotations past the first screen, due after the first paint
        annotations = window.reader.annotations()
        assert len(annotations) == 5000
        target = annotations[4200]
        window.select_annotation(target.id, scroll=True)  # as clicking its highlight in the reader does
        panel = window.annotation_panel
        index = panel.list_model.index(panel.list_model.row_of(target.id), 0)
        qtbot.waitUntil(lambda: panel.viewport().rect().intersects(panel.visualRect(index)), timeout=60000)
        assert panel.currentIndex() == index
    finally:
        window.close()


# 6. Sync scrolling never moves the side one works on


def test_find_similar_with_sync_on_leaves_the_working_side_where_it_is(comparing: MainWindow) -> None:
    view = comparing.compare_view
    view.sync.setChecked(True)
    comparing.set_active(view.left)
    line = REPORT.splitlines()[1]  # the harvest of 1932
    start = view.left.text.index(line)
    view.left.select_range(start, start + len(line))
    before = view.left.verticalScrollBar().value()
    comparing.find_similar()
    found = comparing.similar_panel.current()
    assert "Poltava" in view.right.text[found.start : found.end]
    QApplication.processEvents()
    assert view.left.verticalScrollBar().value() == before
    assert _visible(view.left, start, start + len(line))
    assert _visible(view.right, found.start, found.end)


# 7. Counts follow every change


def test_palette_uses_and_status_count_follow_each_change(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = window.palette.taxonomy_model
    tag = window._active_facet_tags()[0]  # what key 1 gives

    def uses() -> str:
        return str(model.index_of_tag(tag.id).siblingAtColumn(2).data() or "")

    assert uses() == "" and window.count_label.text() == "0 annotations"
    start = TEXT.index("committee")
    window.reader.select_range(start, start + 9)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    assert [t.id for t in window.project.annotations.list()[0].tags] == [tag.id]
    assert uses() == "1" and window.count_label.text() == "1 annotation"
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert uses() == "" and window.count_label.text() == "0 annotations"


def test_palette_uses_patched_from_each_change_stay_the_projects_counts(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The Uses column is patched from what each change took away and added (not counted again): after keys,
    a palette toggle, a tag added to many at once, a deletion, undo and redo it is what the project counts,
    for a source shown and for one that is not."""
    model, project = window.palette.taxonomy_model, window.project
    reader = window.reader

    def tag_key(word: str, key: Qt.Key) -> None:
        start = TEXT.index(word)
        reader.select_range(start, start + len(word))
        reader.setFocus()
        qtbot.keyClick(reader, key)

    tag_key("committee", Qt.Key.Key_1)
    tag_key("committee", Qt.Key.Key_2)  # a second tag on the same passage: an update
    tag_key("households", Qt.Key.Key_1)
    assert model.usage() == project.taxonomy.usage()
    first = project.annotations.list()[0]
    window.select_annotation(first.id)
    factual = window.taxonomy.resolve("claim-type/factual")
    window.palette.tag_clicked.emit(factual.id)  # toggled on, then off
    assert model.usage() == project.taxonomy.usage()
    window.palette.tag_clicked.emit(factual.id)
    assert model.usage() == project.taxonomy.usage()
    for key in (Qt.Key.Key_Z, Qt.Key.Key_Z, Qt.Key.Key_Z, Qt.Key.Key_Y):
        qtbot.keyClick(reader, key, CTRL)
        assert model.usage() == project.taxonomy.usage()
    other = project.sources.import_bytes("other.txt", b"The plenum met again in March.").source_id
    passages = [Passage(other, 4, 10), Passage(first.source_id, 0, 3)]
    project.annotations.tag_passages("bias/ideological", passages)
    assert model.usage() == project.taxonomy.usage()  # a source no reader shows: counted again
    project.annotations.delete(first.id)
    assert model.usage() == project.taxonomy.usage()


# 9. Reader zoom


def test_zoom_keys_menu_and_remembered(qtbot, window: MainWindow, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    assert reader.point_size() == DEFAULT_POINT_SIZE
    qtbot.keyClick(reader, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(reader, Qt.Key.Key_Plus, CTRL)
    assert reader.point_size() == DEFAULT_POINT_SIZE + 2
    qtbot.keyClick(reader, Qt.Key.Key_Minus, CTRL)
    assert reader.point_size() == DEFAULT_POINT_SIZE + 1
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    texts = [a.text() for a in view_menu.actions()]
    assert any("size" in t.lower() or "zoom" in t.lower() for t in texts)
    window.close()
    again = MainWindow(window.project, settings)
    qtbot.addWidget(again)
    assert again.reader.point_size() == DEFAULT_POINT_SIZE + 1
    assert again.compare_view.left.point_size() == DEFAULT_POINT_SIZE + 1
    again.show()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    qtbot.keyClick(again.reader, Qt.Key.Key_0, CTRL)
    assert again.reader.point_size() == DEFAULT_POINT_SIZE
    assert window.project.annotations.list() == []  # Ctrl+0 is no tag key
    again.close()


def test_zoom_scales_headings_with_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "The Grain Front\n\n" + "The harvest failed. " * 200 + "\n"
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_document(text, [], {})
    reader.set_structure([Mark(MarkKind.HEADING, 0, 15, "1")])
    heading = QTextCursor(reader.document())
    heading.setPosition(3)
    assert heading.charFormat().fontPointSize() == pytest.approx(DEFAULT_POINT_SIZE * HEADING_SCALE[1])
    assert reader.set_point_size(20) == 20
    heading = QTextCursor(reader.document())
    heading.setPosition(3)
    assert heading.charFormat().fontPointSize() == pytest.approx(20 * HEADING_SCALE[1])
    assert reader.set_point_size(99) == MAX_POINT_SIZE


def test_ctrl_wheel_zooms_like_the_keys(qtbot, window: MainWindow, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    centre = QPointF(reader.viewport().rect().center())
    for _ in range(2):  # one notch, in the four parts a touchpad sends it in
        for _ in range(4):
            wheel = QWheelEvent(
                centre,
                QPointF(reader.viewport().mapToGlobal(centre.toPoint())),
                QPoint(),
                QPoint(0, 30),
                Qt.MouseButton.NoButton,
                CTRL,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(reader.viewport(), wheel)
    assert reader.point_size() == DEFAULT_POINT_SIZE + 2
    assert window.compare_view.left.point_size() == DEFAULT_POINT_SIZE + 2  # every reader, remembered
    assert settings.reader_point_size() == DEFAULT_POINT_SIZE + 2


def test_enter_finishes_a_keyboard_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sticky_tag_id = window.taxonomy.resolve("bias/polemical").id
    reader = window.reader
    start = TEXT.index("teacher")
    cursor = reader.textCursor()
    cursor.setPosition(reader._positions.to_utf16(start))  # after an emoji: UTF-16 is one more
    reader.setTextCursor(cursor)
    reader.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # Shift held on
        QApplication.sendEvent(reader, QKeyEvent(kind, Qt.Key.Key_Right, CTRL | SHIFT))
    assert window.project.annotations.list() == []  # not finished yet
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    [annotation] = window.project.annotations.list()
    assert annotation.quote.exact == "teacher"


# 11. A bad query


def test_a_bad_query_clears_the_previous_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    window.run_search("households")
    assert panel.hits() and panel.tag_button.isEnabled()
    window.run_search('"unclosed AND (')
    assert panel.hits() == [] and not panel.tag_button.isEnabled()
    assert "B71C1C" in panel.status.text()

