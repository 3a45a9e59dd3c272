"""A project indexed in the background: the window stays usable, says how far the index is, shows the hits
in what is indexed, and searches again when the index is ready (real window, project and index)."""

from __future__ import annotations

import threading

import pytest

from annotator.search.index import Rebuild
from annotator.services.project import Project
from annotator.ui.controllers import search as search_controller
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui

SOURCES = 4


def test_searching_while_the_index_is_built(
    qtbot, project: Project, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(search_controller, "BACKGROUND_CHARS", 1)  # this small project counts as large
    monkeypatch.setattr(Rebuild, "SEGMENT_CHARS", 1)  # a segment per source: searchable as they come
    text = "The harvest report of district {}.\n\nThe committee counted the grain.\n"
    for i in range(SOURCES):
        project.sources.import_bytes(f"report-{i}.txt", text.format(i).encode(), {"language": "en"})
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    half_way, go_on = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:  # the build waits half-way until the test has looked
        if done >= 2 * len(text.format(0)) and not go_on.is_set():
            half_way.set()
            go_on.wait(30)

    project.search.start_indexing(progress=hold)
    try:
        assert half_way.wait(30)
        panel = window.search_panel
        panel.query.setEditText("harvest")
        panel.submit()
        sources = {hit.source_id for hit in panel.hits()}
        assert 0 < len(sources) < SOURCES
        assert "indexing" in panel.status.text()
        qtbot.waitUntil(lambda: "Indexing the sources for search" in window.statusBar().currentMessage())
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: len({hit.source_id for hit in panel.hits()}) == SOURCES, timeout=30_000)
    assert "indexing" not in panel.status.text()
    assert not project.search.needs_rebuild()
    window.close()
