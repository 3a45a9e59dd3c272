"""Full-text search in the main window: running queries, opening hits, walking matches, tagging hits.

A mixin of MainWindow. The index lives outside the project; when it must be (re)built first, a progress
dialog with Cancel is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.search.schema import Kind
from annotator.services.annotations import Passage
from annotator.services.search import IndexRebuildCancelled
from annotator.services.search_results import SearchHit
from annotator.ui import commands
from annotator.ui.errors import show_error
from annotator.ui.widgets.tag_picker import TagPicker

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

SEARCH_LIMIT = 500


class SearchMixin(_Base):
    def _index_progress(self, title: str) -> QProgressDialog:
        progress = QProgressDialog("Building the search index…", "Cancel", 0, 100, self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        return progress

    def _report_to(self, progress: QProgressDialog):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            QApplication.processEvents()

        return report

    def run_search(self, query: str) -> None:
        self.settings.set_search_history(self.search_panel.history())
        progress = self._index_progress("Search") if self.project.search.needs_rebuild() else None
        try:
            results = self.project.search.search(
                query,
                limit=SEARCH_LIMIT,
                progress=self._report_to(progress) if progress else None,
                cancel_check=progress.wasCanceled if progress else None,
            )
        except (InvalidInput, IndexRebuildCancelled) as e:
            self.search_results = None  # its hits are no longer listed
            self.search_panel.show_error(str(e))
            return
        except AnnotatorError as e:
            show_error(self, "Search failed", str(e))
            return
        finally:
            if progress is not None:
                progress.close()
        self.search_results = results
        self.search_panel.show_results(results)
        self.search_dock.raise_()

    def rebuild_index(self) -> None:
        progress = self._index_progress("Rebuild the search index")
        try:
            report = self.project.search.reindex(self._report_to(progress), progress.wasCanceled)
        except AnnotatorError as e:
            show_error(self, "The search index was not rebuilt", str(e))
            return
        finally:
            progress.close()
        message = "cancelled; the old index is kept" if report.cancelled else "rebuilt"
        self.statusBar().showMessage(f"Search index {message}.", 5000)

    def open_hit(self, hit: SearchHit) -> None:
        """Open the hit's source at the hit, its words marked; F3 and Shift+F3 walk the source's matches."""
        if self.central.currentWidget() is self.compare_view:
            self.close_compare()
        self.open_source(hit.source_id)
        if hit.kind is Kind.NOTE and hit.annotation_id is not None:
            self.select_annotation(hit.annotation_id, scroll=True)
            return
        if hit.kind is not Kind.TEXT:
            return
        results = self.search_results
        hits = results.hits if results is not None else (hit,)
        same_source = [h for h in hits if h.kind is Kind.TEXT and h.source_id == hit.source_id]
        spans = sorted(span for h in same_source for span in h.matches) or list(hit.matches)
        self.reader.set_marks(spans)
        self._walk = spans
        self._walk_index = spans.index(hit.matches[0]) if hit.matches and hit.matches[0] in spans else 0
        self._show_walk()

    def _show_walk(self) -> None:
        start, end = self._walk[self._walk_index]
        self.reader.select_range(start, end)
        self.reader.scroll_to(start, end)
        self.statusBar().showMessage(
            f"Match {self._walk_index + 1} of {len(self._walk)} (F3 / Shift+F3)", 4000
        )

    def walk_matches(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) search match in the reader; False when none are marked."""
        walk = getattr(self, "_walk", None)
        if not walk or self.central.currentIndex() != 1 or not self.reader._marks:
            return False
        self._walk_index = (self._walk_index + step) % len(walk)
        self._show_walk()
        return True

    def find_next(self) -> None:
        if not self.walk_matches(1):
            self.find_bar.find_next()

    def find_previous(self) -> None:
        if not self.walk_matches(-1):
            self.find_bar.find_previous()

    def tag_hits(self, hits: list[SearchHit], tag_id: int | None = None) -> int:
        """Tag every matched passage of ``hits`` (and the annotations of note hits), as one undo step."""
        if tag_id is None:
            picker = TagPicker(self.taxonomy, self)
            picker.setWindowTitle(f"Tag {len(hits)} hit(s) as…")
            if not picker.exec() or picker.chosen_tag_id is None:
                return 0
            tag_id = picker.chosen_tag_id
        tag = self.taxonomy.tag_by_id(tag_id)
        passages = [
            Passage(hit.source_id, start, end)
            for hit in hits
            if hit.kind is Kind.TEXT
            for start, end in hit.matches
        ]
        notes = [hit.annotation_id for hit in hits if hit.kind is Kind.NOTE and hit.annotation_id is not None]
        # One command, one transaction: on a failing disk nothing is tagged and one message says so.
        command = commands.TagPassages(
            self.project, tag, passages, notes, f"Tag {len(hits)} search hit(s) as {tag.name}"
        )
        if not self._run(command) or command.tagging is None:
            return 0
        tagged = command.tagging.count
        self.statusBar().showMessage(f"Tagged {tagged} passage(s) as {tag.name}.", 5000)
        return tagged
