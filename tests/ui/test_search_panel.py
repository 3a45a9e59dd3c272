"""From a query to the highlighted words in the reader, through the real search panel and index."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from annotator.search.schema import Kind
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.search_panel import HTML_ROLE, row_height, snippet_html
from tests.helpers.failing_disk import disk_full_on_insert

pytestmark = pytest.mark.gui

REPORT = (
    "The Five-Year Plan was announced in October 1928.\n"
    "Nobody believed the five year plan could be fulfilled, wrote the <engineer> & his wife.\n"
    "Колхозы создавались весной 1930 года.\n"
)


@pytest.fixture
def searching(qtbot, project: Project, write_file, settings: AppSettings):  # type: ignore[no-untyped-def]
    project.sources.import_file(write_file("report.txt", REPORT), {"title": "Report", "language": "en"})
    project.sources.import_file(write_file("other.txt", "Nothing about plans here."), {"title": "Other"})
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    window.close()


def test_query_to_highlighted_words_and_f3(qtbot, searching: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = searching.search_panel
    panel.query.setEditText('"Five-Year Plan"')
    qtbot.keyClick(panel.query.lineEdit(), Qt.Key.Key_Return)
    hits = panel.hits()
    assert len(hits) == 2 and all(h.kind is Kind.TEXT for h in hits)
    assert panel.model.rowCount() == 1  # grouped by source
    assert "(2)" in panel.model.item(0).text()
    panel.hit_activated.emit(hits[0])
    reader = searching.reader
    assert searching.current_source_id == hits[0].source_id
    marked = [REPORT[s:e] for s, e in reader._marks]
    assert marked == ["Five-Year Plan", "five year plan"]
    first = reader.selected_range()
    searching.find_next_action.trigger()
    assert reader.selected_range() != first
    searching.find_previous_action.trigger()
    assert reader.selected_range() == first
    assert panel.history()[0] == '"Five-Year Plan"'


def test_malformed_query_is_one_line_in_the_panel(qtbot, searching: MainWindow) -> None:  # type: ignore[no-untyped-def]
    searching.run_search('"unclosed AND (')
    assert searching.search_panel.status.text()
    assert "Traceback" not in searching.search_panel.status.text()
    assert searching.search_panel.model.rowCount() == 0


def test_filter_chips_become_field_filters(searching: MainWindow) -> None:
    panel = searching.search_panel
    panel.query.setEditText("plan")
    panel.kind.setCurrentIndex(1)
    panel.year_from.setValue(1928)
    panel.tag.setCurrentIndex(panel.tag.findData("tag:bias/polemical"))
    assert panel.full_query() == "plan tag:bias/polemical kind:primary year:1928.."


def test_tag_every_hit_in_one_undoable_step(searching: MainWindow) -> None:
    searching.run_search("plan")
    hits = searching.search_panel.hits()
    tag = searching.taxonomy.resolve("claim-type/factual")
    assert searching.tag_hits(hits, tag.id) == 3  # "plans" in the other source too (stemming)
    annotations = searching.project.annotations.list()
    quotes = sorted(a.quote.exact.lower() for a in annotations)
    assert quotes == ["plan", "plan", "plans"]
    assert all([t.path for t in a.tags] == ["claim-type/factual"] for a in annotations)
    searching.undo_action.trigger()
    assert searching.project.annotations.list() == []


def test_russian_stemming_through_the_panel(searching: MainWindow, write_file) -> None:  # type: ignore[no-untyped-def]
    text = "Колхозы создавались весной 1930 года. Председатель колхоза писал в район.\n"
    searching.project.sources.import_file(write_file("ru.txt", text), {"language": "ru"})
    searching.run_search("колхоз")
    [hit] = searching.search_panel.hits()
    assert [text[s:e] for s, e in hit.matches] == ["Колхозы", "колхоза"]


def test_snippets_are_escaped(searching: MainWindow) -> None:
    searching.run_search("engineer")
    [hit] = searching.search_panel.hits()
    html = snippet_html(hit)
    assert "&lt;" in html and "&amp;" in html and "<engineer>" not in html


def test_rebuild_index_from_the_menu(searching: MainWindow) -> None:
    searching.reindex_action.trigger()
    assert not searching.project.search.needs_rebuild()
    searching.run_search("plan")
    assert len(searching.search_panel.hits()) == 3


def test_tagging_hits_on_a_full_disk_tags_none_and_says_so_once(  # type: ignore[no-untyped-def]
    searching: MainWindow, shown_messages: list[str]
) -> None:
    searching.run_search("plan")
    hits = searching.search_panel.hits()
    tag = searching.taxonomy.resolve("claim-type/factual")
    steps = searching.undo_stack.count()
    disk_full_on_insert(searching.project, "annotations", once_rows=1)  # the first fits, the second not
    assert searching.tag_hits(hits, tag.id) == 0
    assert len(shown_messages) == 1 and "the disk is full" in shown_messages[0], shown_messages
    assert searching.project.annotations.list() == []
    assert searching.undo_stack.count() == steps


LONG_PARAGRAPH = (
    "In the spring the district committee reported that the grain procurement plan had been fulfilled "
    "ahead of time, although the teachers of three villages wrote that the seed stock had been taken "
    "as well and that the households which refused to join were named kulaks and sent away by night.\n"
)


def test_hits_take_two_lines_in_a_narrow_dock_and_the_whole_hit_is_in_the_tooltip(  # type: ignore[no-untyped-def]
    qtbot, searching: MainWindow, write_file
) -> None:
    searching.project.sources.import_file(write_file("long.txt", LONG_PARAGRAPH), {"title": "District"})
    searching.focus_search()
    searching.resizeDocks([searching.search_dock], [280], Qt.Orientation.Horizontal)
    searching.run_search("seed")
    panel = searching.search_panel
    qtbot.waitUntil(lambda: panel.results.viewport().width() > 0)
    [hit] = panel.hits()
    index = panel.model.index(0, 0, panel.model.index(0, 0))
    lines = panel.results.fontMetrics().lineSpacing()
    rect = panel.results.visualRect(index)
    assert 2 * lines <= rect.height() <= 2 * lines + 8  # two lines: many hits fit, none is cut mid-line
    option = QStyleOptionViewItem()
    option.rect, option.font = rect, panel.results.font()
    drawn = panel.results.itemDelegate()._document(option, index.data(HTML_ROLE))
    assert drawn.firstBlock().layout().lineCount() == 2 and drawn.toPlainText().endswith("…")
    tooltip = unescape(re.sub("<[^>]+>", "", index.data(Qt.ItemDataRole.ToolTipRole)))
    assert "District" in tooltip and " ".join(hit.snippet.text.split()) in " ".join(tooltip.split())


def test_the_search_panel_undocks_wide_and_docks_back(qtbot, searching: MainWindow) -> None:  # type: ignore[no-untyped-def]
    searching.focus_search()
    dock, panel = searching.search_dock, searching.search_panel
    docked = dock.width()
    qtbot.mouseClick(panel.wide_button, Qt.MouseButton.LeftButton)
    assert dock.isFloating()
    screen = dock.screen().availableGeometry()
    assert dock.width() >= min(900, 0.85 * screen.width()) and dock.width() > 2 * docked
    assert screen.contains(dock.frameGeometry().center())
    qtbot.mouseClick(panel.wide_button, Qt.MouseButton.LeftButton)
    assert not dock.isFloating()
    qtbot.waitUntil(lambda: dock.width() < 500)  # back in its narrow place


def test_on_a_laptop_the_search_results_get_the_room_for_several_hits(  # type: ignore[no-untyped-def]
    qtbot, searching: MainWindow
) -> None:
    size = QSize(1366, 768 - 40)
    searching.resize(size)
    searching.fit_docks(size)
    searching.focus_search()
    panel = searching.search_panel
    hit_row = row_height(panel.results.fontMetrics(), 2)
    qtbot.waitUntil(lambda: panel.results.viewport().height() >= 6 * hit_row)  # beside the tag palette
