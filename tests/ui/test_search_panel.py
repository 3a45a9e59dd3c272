"""From a query to the highlighted words in the reader, through the real search panel and index."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.search.schema import Kind
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.search_panel import snippet_html
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
