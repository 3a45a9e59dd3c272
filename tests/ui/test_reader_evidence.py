"""Proposals in the reader and the Evidence panel, through real widgets on a real project: detected in a
worker when the source opens, drawn as dotted underlines, accepted with Enter, rejected with X, walked with
Alt+Down/Up, accepted or rejected a whole kind at a time from the panel, each one undo step."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QTableWidget

from annotator.services.project import Project
from annotator.ui.dialogs.shortcuts import ShortcutsDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.models.evidence import COUNT_ROLE, ITEM_ROLE
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.evidence_panel import _button_rects, elide_left_words
from annotator.ui.widgets.reader import ReaderView

FILLER = (
    "The archive of the regional committee was opened to readers only in the 1990s, and much of what it "
    "holds has still not been read by anyone outside the building.\n\n"
)
TEXT = (
    "Memoirs of the Thaw\n\n"
    "Historians no longer describe the party state as a monolith (Sakwa, 37). The regional committees "
    "bargained with Moscow over every figure (Service, 155), and the bargaining left its own records.\n\n"
    "Khrushchev later wrote, “We were all his prisoners, and none of us dared to say what we saw.” "
    "The sentence was struck from the first edition.\n\n"
    + FILLER * 30
    + "The speech ended with a passage that few in the hall forgot:\n\n"
    "We must abolish the cult of the individual decisively, once and for all, and draw the proper "
    "conclusions concerning both ideological-theoretical and practical work.\n"
    "— Nikita Khrushchev, 1956\n\n"
    "The so-called “enemies of the people” were rehabilitated slowly (Davies 1989, 1029).\n"
)
SAKWA = (TEXT.index("(Sakwa, 37)"), TEXT.index("(Sakwa, 37)") + len("(Sakwa, 37)"))
QUOTE = TEXT.index("“We were all")
BLOCK = TEXT.index("We must abolish")
DAVIES = TEXT.index("(Davies 1989")


@pytest.fixture
def source(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    path = write_file("thaw.txt", TEXT)
    return project.sources.import_file(path, {"title": "Memoirs of the Thaw"}).source_id


def _open(qtbot, project: Project, settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    _wait_for_items(qtbot, window, window.current_source_id)
    return window


def _wait_for_items(qtbot, window: MainWindow, source: int | None) -> None:  # type: ignore[no-untyped-def]
    """Until the evidence of ``source`` read in the worker has arrived."""
    qtbot.waitUntil(
        lambda: window.evidence.source_id == source and bool(window.evidence.items()), timeout=20_000
    )


def _other_source(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    path = write_file("other.txt", "A short note (Conquest, 12).\n")
    return project.sources.import_file(path, {}).source_id


@pytest.fixture
def window(qtbot, project: Project, source: int, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = _open(qtbot, project, settings)
    yield main
    main.close()


def _cursor_at(reader: ReaderView, offset: int) -> None:
    reader.setFocus()
    reader.select_range(offset, offset)


def _proposed(window: MainWindow) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in window.reader.proposals.items()]


def _states(project: Project, source: int) -> dict[int, str]:
    return {i.start: i.state for i in project.evidence.items(source)}


def _annotation_at(project: Project, source: int, span: tuple[int, int]):  # type: ignore[no-untyped-def]
    return next((a for a in project.annotations.list(source_id=source) if (a.start, a.end) == span), None)


def test_proposals_are_read_in_a_worker_and_arrive_in_the_reader_and_the_panel(
    qtbot, project: Project, source: int, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    assert source in project.evidence.stale()  # never detected: opening the source detects it
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    # The window was built and the source opened without waiting: nothing has arrived yet; just after the
    # first paint (what the event loop runs next) the worker starts and the status bar says it is being found.
    assert len(window.reader.proposals) == 0
    assert window.evidence._worker is None
    # The worker only reads and detects: what it found is stored from the window's thread, where every
    # other write is made (a second writer can make a historian's tag fail as "database is locked").
    storing: list[str] = []
    store = project.evidence._store

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        storing.append(threading.current_thread().name)
        return store(*args, **kwargs)

    project.evidence._store = spy  # type: ignore[method-assign]
    window.finish_loading()
    assert not window.evidence.progress.isHidden()
    qtbot.waitUntil(lambda: bool(storing) or window.evidence._worker is not None)  # once shown a moment
    window.show()
    qtbot.waitUntil(lambda: len(window.reader.proposals) > 0, timeout=20_000)
    assert window.evidence.progress.isHidden()
    assert source not in project.evidence.stale()  # stored for next time
    assert storing == [threading.main_thread().name]
    starts = [start for start, _ in _proposed(window)]
    # Citations and quotations with something to propose; the scare quote “enemies of the people” is not.
    assert starts == [SAKWA[0], TEXT.index("(Service"), QUOTE, BLOCK, DAVIES]
    panel = window.evidence.panel
    assert (panel.count("citation"), panel.count("quotation"), panel.count()) == (3, 2, 5)
    assert "1 scare quote left out" in panel.summary.text()
    window.close()


def test_a_proposal_is_underlined_in_its_facets_colour_with_a_tooltip_naming_the_tags(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    reader.scroll_to(*SAKWA)
    qtbot.wait(50)
    facet = QColor(window.taxonomy.facet("provenance").color)
    assert _dots_under(reader, *SAKWA, facet)
    assert not _dots_under(reader, SAKWA[0] - 20, SAKWA[0] - 8, facet)  # plain text beside it: none

    tip = reader.proposals.tooltip_at(SAKWA[0] + 2)
    assert "Cited scholarship" in tip and "Sakwa, 37" in tip
    tip = reader.proposals.tooltip_at(QUOTE + 5)
    assert "Quotation of a named person" in tip and "Khrushchev" in tip
    assert "provenance/" not in tip  # tags by name, as the Tags panel shows them
    assert "Nikita Khrushchev" in reader.proposals.tooltip_at(BLOCK + 5)
    assert "Block quotation by Nikita Khrushchev" in reader.proposals.tooltip_at(BLOCK + 5)


def _dots_under(reader: ReaderView, start: int, end: int, colour: QColor) -> bool:
    """Whether pixels close to ``colour`` are drawn in the lower part of the line holding start..end."""
    image: QImage = reader.viewport().grab().toImage()
    cursor = reader.textCursor()
    cursor.setPosition(reader._positions.to_utf16(start))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader._positions.to_utf16(end))
    right = reader.cursorRect(cursor)
    ratio = image.devicePixelRatio()
    for y in range(left.center().y(), left.bottom() + 3):
        for x in range(left.left() + 1, right.left() - 1):
            pixel = image.pixelColor(int(x * ratio), int(y * ratio))
            if (
                abs(pixel.red() - colour.red()) < 60
                and abs(pixel.green() - colour.green()) < 60
                and abs(pixel.blue() - colour.blue()) < 60
            ):
                return True
    return False


def test_enter_accepts_the_proposal_under_the_cursor_undo_takes_it_back_redo_makes_it_again(
    qtbot, window: MainWindow, project: Project, source: int
) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    _cursor_at(reader, SAKWA[0] + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Return)

    made = _annotation_at(project, source, SAKWA)
    assert made is not None
    assert [t.path for t in made.tags] == ["provenance/cited-scholarship"]
    assert made.evidence_ref == "Sakwa, 37"
    assert SAKWA not in _proposed(window)
    assert reader.annotation(made.id) is not None  # painted as an annotation now
    assert _states(project, source)[SAKWA[0]] == "accepted"
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert _annotation_at(project, source, SAKWA) is None
    assert reader.annotation(made.id) is None
    assert SAKWA in _proposed(window)
    assert _states(project, source)[SAKWA[0]] == "proposed"
    assert window.evidence.panel.count("citation") == 3

    window.undo_stack.redo()
    again = _annotation_at(project, source, SAKWA)
    assert again is not None and again.id == made.id
    assert SAKWA not in _proposed(window)
    assert window.evidence.panel.count("citation") == 2


def test_enter_on_a_selection_of_ones_own_still_finishes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    reader.setFocus()
    reader.select_range(SAKWA[0] - 8, SAKWA[0] + 4)  # part of a proposal and the words before it
    with qtbot.waitSignal(reader.passage_selected, timeout=1000):
        qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 0
    assert SAKWA in _proposed(window)
    # Nor does a key on plain text do anything to proposals.
    _cursor_at(reader, 5)
    qtbot.keyClick(reader, Qt.Key.Key_X)
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 0 and len(_proposed(window)) == 5


def test_x_rejects_undo_and_redo_and_a_rejected_proposal_stays_hidden_after_reopening(
    qtbot, window: MainWindow, project: Project, source: int, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    end = TEXT.index("”", QUOTE) + 1
    _cursor_at(reader, QUOTE + 10)
    qtbot.keyClick(reader, Qt.Key.Key_X)
    assert (QUOTE, end) not in _proposed(window)
    assert _states(project, source)[QUOTE] == "rejected"
    assert project.annotations.list(source_id=source) == []  # rejecting makes nothing

    window.undo_stack.undo()
    assert (QUOTE, end) in _proposed(window)
    assert _states(project, source)[QUOTE] == "proposed"
    window.undo_stack.redo()
    assert (QUOTE, end) not in _proposed(window)

    # Another source, then this one again: still not proposed.
    other = _other_source(project, write_file)
    window.open_source(other)
    _wait_for_items(qtbot, window, other)
    window.open_source(source)
    _wait_for_items(qtbot, window, source)
    assert (QUOTE, end) not in _proposed(window) and len(_proposed(window)) == 4
    window.close()
    # And in a window opened on the project afresh.
    reopened = _open(qtbot, project, settings)
    assert (QUOTE, end) not in _proposed(reopened) and len(_proposed(reopened)) == 4
    reopened.close()


def test_alt_down_and_up_walk_the_proposals_selecting_each_and_bringing_it_into_view(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    spans = _proposed(window)
    _cursor_at(reader, 0)

    def selected() -> tuple[int, int]:
        cursor = reader.textCursor()
        return (
            reader._positions.to_code_point(cursor.selectionStart()),
            reader._positions.to_code_point(cursor.selectionEnd()),
        )

    alt = Qt.KeyboardModifier.AltModifier
    for span in spans:
        qtbot.keyClick(reader, Qt.Key.Key_Down, alt)
        assert selected() == span
        assert reader.y_of(span[0]) is not None  # in view (the block quotation is screens down)
    qtbot.keyClick(reader, Qt.Key.Key_Down, alt)
    assert selected() == spans[0]  # round to the first again
    qtbot.keyClick(reader, Qt.Key.Key_Up, alt)
    assert selected() == spans[-1]
    assert reader.y_of(spans[-1][0]) is not None
    qtbot.keyClick(reader, Qt.Key.Key_Up, alt)
    assert selected() == spans[-2]
    # The panel follows the walk.
    current = window.evidence.panel.current_item()
    assert current is not None and (current.start, current.end) == spans[-2]
    # What was walked to is what Enter accepts.
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    assert spans[-2] not in _proposed(window)
    # From a bare cursor at the start of a decided item the walk goes on to the next.
    qtbot.keyClick(reader, Qt.Key.Key_Down, alt)
    assert selected() == spans[-1]


def test_accept_all_of_a_kind_from_the_panel_is_one_undo_step(
    qtbot, window: MainWindow, project: Project, source: int
) -> None:  # type: ignore[no-untyped-def]
    panel = window.evidence.panel
    panel.rows.setCurrentIndex(panel.row_of(_item_id(window, SAKWA[0])))
    assert panel.current_kind() == "citation"
    # The kind is in the label where the dock has room for it, and always in the tooltip.
    assert panel.accept_kind_button.text() in ("Accept all citations", "Accept all")
    assert "3 proposed citations" in panel.accept_kind_button.toolTip()
    qtbot.mouseClick(panel.accept_kind_button, Qt.MouseButton.LeftButton)

    annotations = project.annotations.list(source_id=source)
    assert len(annotations) == 3
    assert {a.evidence_ref for a in annotations} == {"Sakwa, 37", "Service, 155", "Davies 1989, 1029"}
    assert [s for s, _ in _proposed(window)] == [QUOTE, BLOCK]
    assert panel.count("citation") == 0 and panel.count() == 2
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert project.annotations.list(source_id=source) == []
    assert len(window.reader.annotations()) == 0
    assert panel.count("citation") == 3 and len(_proposed(window)) == 5
    window.undo_stack.redo()
    assert len(project.annotations.list(source_id=source)) == 3
    assert len(window.reader.annotations()) == 3 and len(_proposed(window)) == 2


def test_reject_all_of_a_kind_is_one_undo_step(
    qtbot, window: MainWindow, project: Project, source: int
) -> None:  # type: ignore[no-untyped-def]
    panel = window.evidence.panel
    panel.rows.setCurrentIndex(panel.row_of(_item_id(window, QUOTE)))
    assert panel.reject_kind_button.text() in ("Reject all quotations", "Reject all")
    assert "2 proposed quotations" in panel.reject_kind_button.toolTip()
    qtbot.mouseClick(panel.reject_kind_button, Qt.MouseButton.LeftButton)
    assert [s for s, _ in _proposed(window)] == [SAKWA[0], TEXT.index("(Service"), DAVIES]
    states = _states(project, source)
    assert (states[QUOTE], states[BLOCK]) == ("rejected", "rejected")
    assert window.undo_stack.count() == 1
    assert panel.model.kinds() == ["citation"]  # the kind's group goes with its last row
    window.undo_stack.undo()
    assert len(_proposed(window)) == 5
    assert panel.model.kinds() == ["citation", "quotation"]
    heading = panel.model.heading_of("quotation")
    assert heading is not None and heading.data(COUNT_ROLE) == 2 and heading.data(ITEM_ROLE) is None
    rows = [panel.model.index(heading.row() + 1 + r, 0).data(ITEM_ROLE) for r in range(2)]
    assert [item.start for item in rows] == [QUOTE, BLOCK]
    assert panel.model.rowCount() == 1 + 3 + 1 + 2  # each kind's heading and its rows
    window.undo_stack.redo()
    assert len(_proposed(window)) == 3


def test_accepting_hundreds_at_once_lists_them_again_whole_and_undoes_in_one_step(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    cited = "".join(f"The committee met again in spring (Author{n:03d}, {n + 1}). " for n in range(250))
    source = project.sources.import_file(write_file("many.txt", cited + "\n"), {}).source_id
    window = _open(qtbot, project, settings)
    assert window.current_source_id == source
    panel = window.evidence.panel
    assert panel.count("citation") == 250 and len(window.reader.proposals) == 250
    window.evidence.accept_kind("citation")
    assert len(project.annotations.list(source_id=source)) == 250
    assert panel.count() == 0 and len(window.reader.proposals) == 0 and panel.model.kinds() == []
    window.undo_stack.undo()
    assert project.annotations.list(source_id=source) == []
    assert panel.count("citation") == 250 and len(window.reader.proposals) == 250
    assert window.undo_stack.count() == 1
    window.close()


def _item_id(window: MainWindow, start: int) -> str:
    return next(i.id for i in window.evidence.items() if i.start == start)


def test_a_panel_row_goes_to_its_proposal_and_its_buttons_accept_or_reject_it(
    qtbot, window: MainWindow, project: Project, source: int
) -> None:  # type: ignore[no-untyped-def]
    window.evidence_dock.show()
    window.evidence_dock.raise_()
    panel = window.evidence.panel
    view = panel.rows
    index = panel.row_of(_item_id(window, BLOCK))
    view.scrollTo(index)
    rect = view.visualRect(index)
    text_part = QPoint(rect.left() + 20, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=text_part)
    cursor = window.reader.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (BLOCK, TEXT.index("\n", BLOCK))
    assert window.reader.y_of(BLOCK) is not None

    accept, reject = _button_rects(view.visualRect(index), view.fontMetrics())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=accept.center())
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=2000)
    made = _annotation_at(project, source, (BLOCK, TEXT.index("\n", BLOCK)))
    assert made is not None and made.speaker is not None and made.speaker.name == "Nikita Khrushchev"

    index = panel.row_of(_item_id(window, DAVIES))
    view.scrollTo(index)
    accept, reject = _button_rects(view.visualRect(index), view.fontMetrics())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=reject.center())
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=2000)
    assert _states(project, source)[DAVIES] == "rejected"
    assert panel.row_of(_item_id(window, DAVIES)) is None


def test_show_proposals_off_hides_them_in_the_reader_and_is_remembered(
    qtbot, window: MainWindow, project: Project, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    reader.scroll_to(*SAKWA)
    qtbot.wait(50)
    facet = QColor(window.taxonomy.facet("provenance").color)
    assert window.evidence.show_action.isChecked()
    assert _dots_under(reader, *SAKWA, facet)

    window.evidence.show_action.trigger()
    assert not window.evidence.show_action.isChecked()
    qtbot.wait(50)
    assert not _dots_under(reader, *SAKWA, facet)
    assert reader.proposals.tooltip_at(SAKWA[0] + 2) == ""
    _cursor_at(reader, SAKWA[0] + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Return)  # hidden proposals are not accepted
    assert window.undo_stack.count() == 0
    assert window.evidence.panel.count() == 5  # the panel still lists them
    assert not settings.show_proposals()
    window.close()

    reopened = _open(qtbot, project, settings)
    assert not reopened.evidence.show_action.isChecked() and not reopened.reader.proposals.visible
    reopened.evidence.show_action.trigger()
    assert reopened.reader.proposals.visible and settings.show_proposals()
    reopened.close()


def test_the_view_menu_has_the_toggle_and_the_dock_sits_with_the_right_hand_docks(window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.evidence.show_action in view.actions()
    assert window.evidence_dock.toggleViewAction() in view.actions()
    assert window.dockWidgetArea(window.evidence_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.evidence_dock in window.tabifiedDockWidgets(window.inspector_dock)


def test_the_evidence_read_for_a_source_no_longer_shown_is_dropped(
    qtbot, project: Project, source: int, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    other = _other_source(project, write_file)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.open_source(other)  # before the first source's evidence arrived
    qtbot.waitUntil(lambda: bool(window.evidence.items()), timeout=20_000)
    qtbot.wait(100)
    assert window.evidence.source_id == other
    assert [i.text for i in window.evidence.items()] == ["(Conquest, 12)"]
    assert [i.text for i in window.reader.proposals.items()] == ["(Conquest, 12)"]
    window.close()


def test_a_recoloured_facet_recolours_the_underlines(qtbot, window: MainWindow, project: Project) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    reader.scroll_to(*SAKWA)
    provenance = window.taxonomy.facet("provenance")
    project.taxonomy.update_facet(provenance.id, color="#E65100")
    qtbot.wait(50)
    assert reader.proposals.color_of(_item_id(window, SAKWA[0])).name() == "#e65100"
    assert _dots_under(reader, *SAKWA, QColor("#E65100"))


def test_a_read_only_project_shows_proposals_and_refuses_accepting_with_a_message(
    qtbot, project_path: Path, source: int, project: Project, settings: AppSettings, shown_messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    project.close()
    with Project.open(project_path, read_only=True) as read_only:
        window = _open(qtbot, read_only, settings)
        assert len(_proposed(window)) == 5  # detected, not stored
        _cursor_at(window.reader, SAKWA[0] + 3)
        qtbot.keyClick(window.reader, Qt.Key.Key_Return)
        assert len(shown_messages) == 1 and "read-only" in shown_messages[0].lower()
        assert read_only.annotations.list(source_id=source) == []
        assert SAKWA in _proposed(window) and window.undo_stack.count() == 0
        window.close()


def test_the_layer_finds_the_proposals_touching_a_range_as_a_scan_of_all_would(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Painting asks only for the proposals on the lines in view; nested and long ones (a note call in a
    quotation, a comment of many paragraphs) must not be missed."""
    import random

    from annotator.domain.evidence import Evidence, EvidenceKind
    from annotator.services.evidence import EvidenceItem, Proposal

    rng = random.Random(16)
    text = "x" * 5000
    items = []
    for n in range(400):
        start = rng.randrange(0, 4990)
        end = start + rng.choice([1, 3, 12, 40, 400, 2000])
        kind = EvidenceKind.QUOTATION
        items.append(
            EvidenceItem(
                f"i{n}", "quotation", start, min(end, 5000), text[start:end], "proposed",
                Proposal(("provenance/quotation",)), Evidence(kind, start, min(end, 5000)),
            )
        )  # fmt: skip
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_document(text, [], {})
    reader.proposals.set_items(items, {"provenance": "#2471A3"}, {})
    for _ in range(300):
        a = rng.randrange(0, 5000)
        b = a + rng.randrange(1, 300)
        found = {i.id for i in reader.proposals.overlapping(a, b)}
        assert found == {i.id for i in items if i.start < b and i.end > a}
        inside = [i for i in items if i.start <= a < i.end]
        at = reader.proposals.at(a)
        if inside:
            assert at is not None and at.end - at.start == min(i.end - i.start for i in inside)
    gone = [i.id for i in items[::3]]
    reader.proposals.remove(gone)
    assert {i.id for i in reader.proposals.overlapping(0, 5000)} == {i.id for i in items} - set(gone)
    reader.proposals.insert(items[::3])
    assert len(reader.proposals) == len(items)


def test_a_and_x_on_the_panels_current_row_accept_or_reject_it_from_the_keyboard(
    qtbot, window: MainWindow, project: Project, source: int
) -> None:  # type: ignore[no-untyped-def]
    """The row's Accept and Reject are painted buttons Tab cannot reach: the keys decide the current row."""
    window.evidence_dock.show()
    window.evidence_dock.raise_()
    view = window.evidence.panel.rows
    view.setFocus()
    view.setCurrentIndex(window.evidence.panel.row_of(_item_id(window, BLOCK)))
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=2000)
    assert _annotation_at(project, source, (BLOCK, TEXT.index("\n", BLOCK))) is not None

    view.setCurrentIndex(window.evidence.panel.row_of(_item_id(window, DAVIES)))
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=2000)
    assert _states(project, source)[DAVIES] == "rejected"
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # Ctrl+A is not "accept"
    qtbot.wait(50)
    assert window.undo_stack.count() == 2


def test_ctrl_shift_e_brings_the_evidence_panel_from_behind_the_inspector_with_the_keyboard_in_it(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Tabbed behind the Inspector, the View toggle would hide the panel: a key brings it forward instead."""
    window.inspector_dock.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader, Qt.Key.Key_E, ctrl_shift)
    rows = window.evidence.panel.rows
    qtbot.waitUntil(lambda: rows.hasFocus())
    assert not window.evidence_dock.visibleRegion().isEmpty()
    assert rows.currentIndex().data(ITEM_ROLE) is not None  # a row to decide with A or X at once
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.evidence.focus_action in view.actions()


def test_f1_lists_the_evidence_keys_of_the_reader_the_panel_and_the_view_menu(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(i, 0).text(): table.item(i, 1).text() for i in range(table.rowCount())}
    assert "Evidence panel" in rows["A / X"]
    assert "Alt + Down / Alt + Up" in rows and "X" in rows
    assert rows["Ctrl+Shift+E"] == "Go to the Evidence panel"
    assert rows["Ctrl+Shift+P"] == "Go to the People panel"
    assert rows["F2"].startswith("People panel: rename") and "Shift+F10" in " ".join(rows)


NOTES = (
    "The Turn of 1929\n\nBy the autumn Stalin had decided to abandon the New Economic Policy.12 The grain "
    "crisis had shown him that the market could not feed the towns.13\n\n"
    "Notes\n\n12. Davies 1989, 1029.\n13. Service 1997, 155.\n"
)


def test_a_note_call_is_listed_after_the_words_it_follows_not_as_a_bare_number(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    """A row reading "12" gave the historian nothing to accept or reject it on."""
    project.sources.import_file(write_file("turn.txt", NOTES), {"title": "The Turn of 1929"})
    window = _open(qtbot, project, settings)
    window.evidence_dock.show()
    window.evidence_dock.raise_()
    panel = window.evidence.panel
    call = next(i for i in window.evidence.items() if i.kind == "note-call" and i.text == "12")
    shown = panel.row_of(call.id).data()
    assert shown.endswith("abandon the New Economic Policy.¹²")
    assert shown.startswith("By the autumn")  # its paragraph's words, not the heading's
    later = next(i for i in window.evidence.items() if i.kind == "note-call" and i.text == "13")
    lead = panel.row_of(later.id).data()
    assert lead.endswith("could not feed the towns.¹³")
    assert lead.split()[0] in NOTES.split()  # whole words at the left, no half of one
    window.close()


def test_an_empty_evidence_panel_says_whether_nothing_was_found_or_all_is_decided(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    """"0 proposals to decide" over an empty list left the historian wondering whether it had worked."""
    plain = project.sources.import_file(
        write_file("plain.txt", "The committee met in the spring. Forty-two households joined.\n"), {}
    ).source_id
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_source(plain)
    panel = window.evidence.panel
    qtbot.waitUntil(lambda: "found" in panel.summary.text() and "Finding" not in panel.summary.text())
    assert panel.summary.text() == "No citations, notes or quotations found in this source."
    assert "No citations, notes or quotations" in window.statusBar().currentMessage()

    source = project.sources.import_file(write_file("thaw.txt", TEXT), {}).source_id
    window.open_source(source)
    _wait_for_items(qtbot, window, source)
    assert window.evidence.accept(panel.listed_ids())
    assert panel.summary.text().startswith("Every proposal decided · ")
    window.close()


def test_a_note_calls_words_are_cut_on_the_left_at_a_words_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's left elision cut “…ght, so as not to demoralize”: half a word reads as a typo in the source."""
    metrics = QFontMetrics(QFont())
    text = "Stalin ordered the grain to be bought, so as not to demoralize city dwellers.⁴"
    whole = metrics.horizontalAdvance(text)
    for width in range(whole // 4, whole, 7):
        shown = elide_left_words(metrics, text, width)
        assert shown.endswith("dwellers.⁴")  # the call is kept
        assert metrics.horizontalAdvance(shown) <= width
        words = shown.lstrip("….").split()
        assert not words or words[0] in text.split(), shown  # whole words only
    assert elide_left_words(metrics, text, whole + 10) == text
    qt_cut = [metrics.elidedText(text, Qt.TextElideMode.ElideLeft, w) for w in range(whole // 4, whole, 7)]
    assert any(cut.lstrip("….").split()[0] not in text.split() for cut in qt_cut)  # what Qt alone did
