"""The compare view driven through its widgets: linking, undo, connectors, sync scrolling, find similar."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from tests.helpers.failing_disk import disk_full_on_insert
from tests.search.test_similar import MEMOIR, REPORT

pytestmark = pytest.mark.gui

FILLER = "\n".join(f"Line {i} of the surrounding text, which says nothing in particular." for i in range(80))
LEFT = REPORT + FILLER
RIGHT = FILLER + "\n" + MEMOIR + FILLER


@pytest.fixture
def pair(project: Project, write_file) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    left = project.sources.import_file(write_file("report.txt", LEFT), {"title": "Report", "language": "en"})
    right = project.sources.import_file(
        write_file("memoir.txt", RIGHT), {"title": "Memoir", "language": "en"}
    )
    return left.source_id, right.source_id


@pytest.fixture
def comparing(qtbot, project: Project, pair, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    window.show_compare(*pair)
    yield window
    window.close()


def _select(reader, text: str, phrase: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = text.index(phrase)
    reader.select_range(start, start + len(phrase))
    return start, start + len(phrase)


def test_compare_view_shows_both_sources(comparing: MainWindow, pair) -> None:  # type: ignore[no-untyped-def]
    view = comparing.compare_view
    assert comparing.central.currentWidget() is view
    assert view.left.toPlainText() == LEFT and view.right.toPlainText() == RIGHT
    assert view.left_combo.currentData() == pair[0] and view.right_combo.currentData() == pair[1]
    view.swap()
    assert (view.left_source, view.right_source) == (pair[1], pair[0])


def test_link_by_selecting_on_both_sides_and_undo(comparing: MainWindow, pair) -> None:  # type: ignore[no-untyped-def]
    view = comparing.compare_view
    left = _select(view.left, LEFT, "Sergei Kirov was shot")
    right = _select(view.right, RIGHT, "Nikolaev fired at Kirov")
    assert comparing.link_sides("same-event", "two tellings")
    [link] = comparing.project.links.list()
    assert (link.a.source_id, link.a.start, link.a.end) == (pair[0], *left)
    assert (link.b.source_id, link.b.start, link.b.end) == (pair[1], *right)
    assert (link.relation.value, link.note) == ("same-event", "two tellings")
    assert comparing.links_panel.model.rowCount() == 1
    comparing.undo_action.trigger()  # one step undoes the link and the two annotations it made
    assert comparing.project.links.list() == [] and comparing.project.annotations.list() == []
    comparing.redo_action.trigger()
    assert len(comparing.project.links.list()) == 1 and len(comparing.project.annotations.list()) == 2


def test_link_an_existing_annotation(comparing: MainWindow, pair) -> None:  # type: ignore[no-untyped-def]
    start = LEFT.index("The harvest of 1932")
    existing = comparing.project.annotations.create(pair[0], start, start + 19, ["claim-type/factual"])
    view = comparing.compare_view
    view.left.select_annotation(existing.id)
    _select(view.right, RIGHT, "the brigades came for the seed grain in 1932")
    assert comparing.link_sides("corroborates", "")
    [link] = comparing.project.links.list()
    assert link.a.annotation_id == existing.id
    assert len(comparing.project.annotations.list()) == 2


def test_connector_geometry_for_visible_links(qtbot, comparing: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = comparing.compare_view
    view.sync.setChecked(False)
    _select(view.left, LEFT, "Sergei Kirov was shot")
    _select(view.right, RIGHT, "Nikolaev fired at Kirov")
    comparing.link_sides("same-event", "")
    [link] = comparing.project.links.list()
    comparing.show_link(link)
    lines = view.gutter.visible_lines()
    assert len(lines) == 1
    connector, left_y, right_y = lines[0]
    assert connector.link_id == link.id
    left_point = view.left.viewport().mapToGlobal(QPointF(0, view.left.y_of(link.a.start)))
    expected_left = view.gutter.mapFromGlobal(left_point).y()
    assert abs(left_y - expected_left) < 1
    assert 0 <= left_y <= view.gutter.height() and 0 <= right_y <= view.gutter.height()
    view.right.verticalScrollBar().setValue(0)  # the right end (after 80 lines) scrolls out of view
    assert view.right.y_of(link.b.start) is None
    assert view.gutter.visible_lines() == []


def test_sync_scrolling_aligns_the_nearest_link(qtbot, comparing: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = comparing.compare_view
    _select(view.left, LEFT, "Sergei Kirov was shot")
    _select(view.right, RIGHT, "Nikolaev fired at Kirov")
    comparing.link_sides("same-event", "")
    [link] = comparing.project.links.list()
    view.sync.setChecked(True)
    view.left.verticalScrollBar().setValue(2)  # scrolling the left side moves the right one
    view.left.verticalScrollBar().setValue(0)
    left_y = view.left.y_of(link.a.start)
    right_y = view.right.y_of(link.b.start)
    assert left_y is not None and right_y is not None
    assert abs(left_y - right_y) <= view.right.fontMetrics().lineSpacing()


def test_proportional_sync_without_links(comparing: MainWindow) -> None:
    view = comparing.compare_view
    view.sync.setChecked(True)
    left_bar, right_bar = view.left.verticalScrollBar(), view.right.verticalScrollBar()
    left_bar.setValue(left_bar.maximum() // 2)
    assert abs(right_bar.value() - right_bar.maximum() // 2) <= max(2, right_bar.maximum() // 20)


def test_find_similar_ranks_the_retelling_first(comparing: MainWindow) -> None:
    view = comparing.compare_view
    comparing.set_active(view.left)
    _select(view.left, LEFT, REPORT.splitlines()[1])  # the harvest of 1932
    comparing.find_similar()
    model = comparing.similar_panel.model
    assert model.rowCount() >= 1
    top = comparing.similar_panel.current()
    assert "Poltava" in RIGHT[top.start : top.end]
    assert view.right._marks and all(RIGHT[s:e] in top.terms for s, e in view.right._marks)


def test_overview_suggests_parallels_and_one_is_accepted(comparing: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.dialogs.link import LinkDialog

    monkeypatch.setattr(LinkDialog, "exec", lambda self: 1)
    comparing.run_overview()
    view = comparing.compare_view
    assert view.suggestions
    comparing.similar_panel.list.setCurrentIndex(comparing.similar_panel.model.index(0, 0))
    comparing.similar_panel._link()
    assert len(comparing.project.links.list()) == 1


def test_drag_a_source_onto_a_pane(comparing: MainWindow, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    third = project.sources.import_file(write_file("third.txt", "A third account.")).source_id
    view = comparing.compare_view
    data = QMimeData()
    data.setData("application/x-annotator-source", str(third).encode())
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.right.dropEvent(event)
    assert view.right_source == third
    assert view.right.toPlainText() == "A third account."


def test_compare_layout_comes_back(qtbot, project: Project, pair, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(project, settings)
    qtbot.addWidget(first)
    first.show()
    first.show_compare(pair[1], pair[0])
    first.close()
    again = MainWindow(project, settings)
    qtbot.addWidget(again)
    assert again.central.currentWidget() is again.compare_view
    assert (again.compare_view.left_source, again.compare_view.right_source) == (pair[1], pair[0])
    again.close_compare()
    assert again.central.currentIndex() == 1
    again.close()


def test_linking_on_a_full_disk_leaves_nothing_and_says_so_once(  # type: ignore[no-untyped-def]
    comparing: MainWindow, shown_messages: list[str]
) -> None:
    view = comparing.compare_view
    left = _select(view.left, LEFT, "Sergei Kirov was shot")
    _select(view.right, RIGHT, "Nikolaev fired at Kirov")
    steps = comparing.undo_stack.count()
    disk_full_on_insert(comparing.project, "links")  # both annotations would fit; the link does not
    assert not comparing.link_sides("same-event", "")
    assert len(shown_messages) == 1 and "the disk is full" in shown_messages[0]
    assert comparing.project.annotations.list() == [] and comparing.project.links.list() == []
    assert comparing.undo_stack.count() == steps  # no undo step for what did not happen
    assert view.left.selected_range() == left  # the selections stay, to try again


def test_overview_lists_confident_parallels_at_a_threshold_the_panel_remembers(  # type: ignore[no-untyped-def]
    qtbot, project: Project, write_file, settings: AppSettings
) -> None:
    from tests.search.test_similar import ARTICLE, BOOK, PARALLELS

    book = project.sources.import_file(write_file("book.txt", BOOK), {"language": "en"}).source_id
    article = project.sources.import_file(write_file("article.txt", ARTICLE), {"language": "en"}).source_id
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show_compare(book, article)
    window.run_overview()
    panel, view = window.similar_panel, window.compare_view
    # Before: every paragraph got a "likely parallel", acknowledgements and archive anecdotes included.
    shown = panel.shown_pairs()
    assert panel.model.rowCount() == len(shown) == len(PARALLELS)
    assert [p.strength for p in shown] == sorted((p.strength for p in shown), reverse=True)
    assert len(view.suggestions) == len(shown)
    assert f"{len(shown)} parallels" in panel.title.text()

    panel.threshold.setValue(math.floor(shown[2].strength * 100) / 100)  # as typed in the spin box
    assert 3 <= panel.model.rowCount() < len(shown)
    assert len(view.suggestions) == panel.model.rowCount()
    panel.threshold.setValue(0.05)
    assert panel.model.rowCount() >= len(shown)  # weaker ones come back without a new search
    panel.threshold.setValue(0.4)
    window.close()

    again = MainWindow(project, settings)
    qtbot.addWidget(again)
    assert again.similar_panel.threshold.value() == pytest.approx(0.4)
    again.close()
