"""Full-text search: the search panel and its dock, running queries, opening hits, walking matches (F3),
tagging hits.

The index lives outside the project; when it must be (re)built first, a progress dialog with Cancel is shown
for a small project. A larger one (BACKGROUND_CHARS) is indexed in the background: the status bar and the
panel say how far it is, a search meanwhile shows the hits in what is indexed, and runs again when the index
is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QProgressDialog

from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.search.schema import Kind
from annotator.services.annotations import Passage
from annotator.services.search_results import SearchHit, SearchResults
from annotator.ui import commands
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.errors import show_error
from annotator.ui.widgets.find_bar import FindBar
from annotator.ui.widgets.search_panel import SearchPanel
from annotator.ui.widgets.tag_picker import TagPicker

SEARCH_LIMIT = 500
# Projects with less text are indexed before the first search shows its hits (about a second); larger ones
# in the background.
BACKGROUND_CHARS = 2_000_000


class SearchController:
    def __init__(self, host: Host, find_bar: FindBar) -> None:
        self.host = host
        self.find_bar = find_bar
        self.results: SearchResults | None = None  # the last results, for walking matches
        self._walk: list[tuple[int, int]] = []
        self._walk_index = 0
        self.panel = SearchPanel()
        self.panel.search_requested.connect(self.run_search)
        self.panel.hit_activated.connect(self.open_hit)
        self.panel.tag_hits_requested.connect(self.tag_hits)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.dock: QDockWidget = host.dock("Search", "search", self.panel, left)
        key = QKeySequence.StandardKey
        owner = host.window_widget()
        self.find_next_action = make_action(owner, "Find &next", self.find_next, key.FindNext)
        self.find_previous_action = make_action(owner, "Find &previous", self.find_previous, key.FindPrevious)
        self.search_action = make_action(owner, "&Search all sources…", self.focus_search, "Ctrl+Shift+S")
        self.reindex_action = make_action(owner, "Rebuild search &index", self.rebuild_index)
        self._pending_query: str | None = None  # searched while indexing: searched again when it is done
        self._status = ""  # the panel's line about the results, before the indexing note
        self._indexing_timer = QTimer(owner)
        self._indexing_timer.setInterval(250)
        self._indexing_timer.timeout.connect(self._indexing_tick)

    def project_opened(self, history: list[str]) -> None:
        self.panel.set_history(history)
        self.results = None
        self._pending_query = None
        self._indexing_timer.stop()

    def _index_progress(self, title: str) -> QProgressDialog:
        progress = QProgressDialog("Building the search index…", "Cancel", 0, 100, self.host.window_widget())
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        return progress

    @staticmethod
    def _report_to(progress: QProgressDialog) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            QApplication.processEvents()

        return report

    def run_search(self, query: str) -> None:
        # Here, as the project makes its search service at first use: the window starts without it (numpy).
        from annotator.services.search import IndexRebuildCancelled

        host = self.host
        host.settings.set_search_history(self.panel.history())
        rebuild = host.project.search.needs_rebuild()
        if host.project.search.indexing() is not None or (rebuild and self._worth_indexing_in_background()):
            self._search_while_indexing(query)
            return
        progress = self._index_progress("Search") if rebuild else None
        try:
            results = host.project.search.search(
                query,
                limit=SEARCH_LIMIT,
                progress=self._report_to(progress) if progress else None,
                cancel_check=progress.wasCanceled if progress else None,
            )
        except (InvalidInput, IndexRebuildCancelled) as e:
            self.results = None  # its hits are no longer listed
            self.panel.show_error(str(e))
            return
        except AnnotatorError as e:
            show_error(host.window_widget(), "Search failed", str(e))
            return
        finally:
            if progress is not None:
                progress.close()
        self.results = results
        self.panel.show_results(results)
        self.dock.raise_()

    def _worth_indexing_in_background(self) -> bool:
        return sum(s.length for s in self.host.project.sources.list()) >= BACKGROUND_CHARS

    def _search_while_indexing(self, query: str) -> None:
        """Index in the background; meanwhile show the hits in what is indexed, and search again after."""
        from annotator.services.search import IndexBusy

        search = self.host.project.search
        search.start_indexing()
        self._pending_query = query
        self._indexing_timer.start()
        try:
            results = search.search(query, limit=SEARCH_LIMIT)
        except InvalidInput as e:
            self._pending_query = None
            self.results = None
            self.panel.show_error(str(e))
            return
        except IndexBusy:  # nothing indexed yet
            results = SearchResults(query, (), False)
        except AnnotatorError as e:
            self._pending_query = None
            show_error(self.host.window_widget(), "Search failed", str(e))
            return
        self.results = results
        self.panel.show_results(results)
        self._status = self.panel.status.text()
        self.dock.raise_()
        self._show_indexing()

    def _show_indexing(self) -> None:
        done = self.host.project.search.indexing()
        if done is None:
            return
        self.host.statusBar().showMessage(f"Indexing the sources for search… {done:.0%}")
        if self._pending_query is not None:
            note = f"indexing {done:.0%}; the rest follows when it is done"
            self.panel.status.setText(f"{self._status} — {note}")

    def _indexing_tick(self) -> None:
        search = self.host.project.search
        if search.indexing() is not None:
            self._show_indexing()
            return
        self._indexing_timer.stop()
        query, self._pending_query = self._pending_query, None
        if search.needs_rebuild():
            self.host.statusBar().clearMessage()
            if query is not None:
                self.panel.show_error("The search index could not be built; try Edit › Rebuild search index")
            return
        self.host.statusBar().showMessage("The search index is ready.", 4000)
        if query is not None:
            self.run_search(query)

    def rebuild_index(self) -> None:
        progress = self._index_progress("Rebuild the search index")
        try:
            report = self.host.project.search.reindex(self._report_to(progress), progress.wasCanceled)
        except AnnotatorError as e:
            show_error(self.host.window_widget(), "The search index was not rebuilt", str(e))
            return
        finally:
            progress.close()
        message = "cancelled; the old index is kept" if report.cancelled else "rebuilt"
        self.host.statusBar().showMessage(f"Search index {message}.", 5000)

    def open_hit(self, hit: SearchHit) -> None:
        """Open the hit's source at the hit, its words marked; F3 and Shift+F3 walk the source's matches."""
        host = self.host
        host.show_single_view()
        host.open_source(hit.source_id)
        if hit.kind is Kind.NOTE and hit.annotation_id is not None:
            host.select_annotation(hit.annotation_id, scroll=True)
            return
        if hit.kind is not Kind.TEXT:
            return
        hits = self.results.hits if self.results is not None else (hit,)
        same_source = [h for h in hits if h.kind is Kind.TEXT and h.source_id == hit.source_id]
        spans = sorted(span for h in same_source for span in h.matches) or list(hit.matches)
        host.reader.set_marks(spans)
        self._walk = spans
        self._walk_index = spans.index(hit.matches[0]) if hit.matches and hit.matches[0] in spans else 0
        self._show_walk()

    def _show_walk(self) -> None:
        start, end = self._walk[self._walk_index]
        reader = self.host.reader
        reader.select_range(start, end)
        reader.scroll_to(start, end)
        self.host.statusBar().showMessage(
            f"Match {self._walk_index + 1} of {len(self._walk)} (F3 / Shift+F3)", 4000
        )

    def walk_matches(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) search match in the reader; False when none are marked."""
        if not self._walk or self.host.central.currentIndex() != 1 or not self.host.reader._marks:
            return False
        self._walk_index = (self._walk_index + step) % len(self._walk)
        self._show_walk()
        return True

    def find_next(self) -> None:
        if not self.walk_matches(1):
            self.find_bar.find_next()

    def find_previous(self) -> None:
        if not self.walk_matches(-1):
            self.find_bar.find_previous()

    def focus_search(self) -> None:
        dock, host = self.dock, self.host
        dock.show()
        dock.raise_()
        if not dock.isFloating():
            # The results need the height more than the tag palette under them (a laptop has little).
            palette_dock = host.palette_dock
            height = dock.height() + palette_dock.height()
            if dock.height() < height * 0.55:
                host.window_widget().resizeDocks(
                    [dock, palette_dock], [int(height * 0.6), int(height * 0.4)], Qt.Orientation.Vertical
                )
        self.panel.query.setFocus()
        self.panel.query.lineEdit().selectAll()

    def tag_hits(self, hits: list[SearchHit], tag_id: int | None = None) -> int:
        """Tag every matched passage of ``hits`` (and the annotations of note hits), as one undo step."""
        host = self.host
        if tag_id is None:
            picker = TagPicker(host.taxonomy, host.window_widget())
            picker.setWindowTitle(f"Tag {len(hits)} hit(s) as…")
            if not picker.exec() or picker.chosen_tag_id is None:
                return 0
            tag_id = picker.chosen_tag_id
        tag = host.taxonomy.tag_by_id(tag_id)
        passages = [
            Passage(hit.source_id, start, end)
            for hit in hits
            if hit.kind is Kind.TEXT
            for start, end in hit.matches
        ]
        notes = [hit.annotation_id for hit in hits if hit.kind is Kind.NOTE and hit.annotation_id is not None]
        # One command, one transaction: on a failing disk nothing is tagged and one message says so.
        command = commands.TagPassages(
            host.project, tag, passages, notes, f"Tag {len(hits)} search hit(s) as {tag.name}"
        )
        if not host.run(command) or command.tagging is None:
            return 0
        tagged = command.tagging.count
        host.statusBar().showMessage(f"Tagged {tagged} passage(s) as {tag.name}.", 5000)
        return tagged
