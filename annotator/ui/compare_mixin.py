"""The compare view's behaviour in the main window: showing two sources, linking, similar passages.

A mixin of MainWindow (it uses the window's project, readers, panels and undo stack), kept apart so that
each file stays readable.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, Link
from annotator.services.annotations import Passage
from annotator.ui import commands
from annotator.ui.dialogs.link import LinkDialog
from annotator.ui.errors import show_error
from annotator.ui.widgets.compare_panels import WEAKEST
from annotator.ui.widgets.reader import ReaderView

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class CompareMixin(_Base):
    def toggle_compare(self, on: bool) -> None:
        if on:
            sources = [s.id for s in self.project.sources.list()]
            left = self.current_source_id or (sources[0] if sources else 0)
            right = next((s for s in sources if s != left), 0)
            self.show_compare(left, right)
        else:
            self.close_compare()

    def show_compare(self, left: int, right: int) -> None:
        """The compare view with ``left`` and ``right`` (source ids; 0 leaves a side empty)."""
        view = self.compare_view
        view.set_source_list(self.project.sources.list())
        for reader, source_id in ((view.left, left), (view.right, right)):
            if source_id and source_id != view.source_of(reader):
                try:
                    text = self.project.sources.text(source_id)
                    annotations = self.project.annotations.list(source_id=source_id)
                except AnnotatorError as e:
                    show_error(self, "Cannot open the source", str(e))
                    return
                reader.set_document(text, annotations, self.facet_of_tag)
                with contextlib.suppress(AnnotatorError):  # derived: a source reads without its marks
                    reader.set_structure(self.project.structure.marks(source_id))
            elif not source_id:
                reader.set_document("", [], self.facet_of_tag)
        view.mark_sources(left or None, right or None)
        view.set_suggestions([])
        self.central.setCurrentWidget(view)
        self.compare_action.setChecked(True)
        self.refresh_links()
        self.set_active(view.left)
        self.show_count()
        self.links_dock.raise_()

    def close_compare(self) -> None:
        self.compare_action.setChecked(False)
        if self.current_source_id is None and self.compare_view.left_source:
            self.current_source_id = None
            self.open_source(self.compare_view.left_source)  # falls through to single view below
        self.central.setCurrentIndex(1 if self.current_source_id is not None else 0)
        self.set_active(self.reader)
        self.refresh_links()

    def _dropped_on(self, reader: ReaderView, source_id: int) -> None:
        view = self.compare_view
        if reader is view.left:
            self.show_compare(source_id, view.right_source or 0)
        else:
            self.show_compare(view.left_source or 0, source_id)

    def refresh_links(self) -> None:
        """The links panel lists the links of what is on screen; the compare view draws its pair's."""
        if self.central.currentWidget() is self.compare_view:
            view = self.compare_view
            links = (
                [
                    link
                    for link in self.project.links.list(source_id=view.left_source)
                    if {link.a.source_id, link.b.source_id} == {view.left_source, view.right_source}
                ]
                if view.left_source and view.right_source
                else []
            )
            view.set_links(links)
        else:
            links = (
                self.project.links.list(source_id=self.current_source_id) if self.current_source_id else []
            )
        self.links_panel.set_links(links)

    def show_link(self, link: Link) -> None:
        """Both ends side by side: the compare view on the link's two sources, scrolled to them."""
        view = self.compare_view
        showing = {view.left_source, view.right_source}
        if self.central.currentWidget() is not view or showing != {link.a.source_id, link.b.source_id}:
            self.show_compare(link.a.source_id, link.b.source_id)
        view.show_link(link)

    def edit_link(self, link: Link) -> None:
        dialog = LinkDialog(link.a.quote, link.b.quote, self, link.relation, link.note)
        if dialog.exec():
            relation, note = dialog.chosen()
            if (relation, note) != (link.relation.value, link.note):
                self.run(commands.UpdateLink(self.project, link, relation, note))

    def _side_passage(self, reader: ReaderView) -> tuple[Annotation | None, tuple[int, int] | None]:
        """What one side offers for a link: a fresh selection, else its selected annotation."""
        selection = reader.selected_range()
        if selection is not None:
            same = next(
                (a for a in reader.annotations_at(selection[0]) if (a.start, a.end) == selection), None
            )
            return same, None if same else selection
        return reader.annotation(reader.selected_annotation_id), None

    def link_sides(self, relation: str | None = None, note: str | None = None) -> bool:
        """Link the passages chosen on the two sides; fresh selections become annotations first."""
        view = self.compare_view
        if self.central.currentWidget() is not view or not (view.left_source and view.right_source):
            show_error(self, "Nothing to link", "Open two sources in the compare view first (Ctrl+Shift+C).")
            return False
        ends = [self._side_passage(view.left), self._side_passage(view.right)]
        if any(annotation is None and selection is None for annotation, selection in ends):
            view.set_hint("Select a passage (or click a highlight) on each side first, then link them.")
            return False
        quotes = [
            a.quote.exact if a else reader.text[sel[0] : sel[1]]  # type: ignore[index]
            for (a, sel), reader in zip(ends, (view.left, view.right), strict=True)
        ]
        if relation is None:
            dialog = LinkDialog(quotes[0], quotes[1], self)
            if not dialog.exec():
                return False
            relation, note = dialog.chosen()
        # One command, one transaction: a failure leaves no stray annotation behind and shows one message.
        link_ends = [
            annotation.id if annotation is not None else Passage(source, *selection)  # type: ignore[misc]
            for (annotation, selection), source in zip(
                ends, (view.left_source, view.right_source), strict=True
            )
        ]
        if not self.run(commands.LinkPassages(self.project, *link_ends, relation, note or "")):
            return False
        view.left.clear_selection()
        view.right.clear_selection()
        view.set_hint()
        return True

    def find_similar(self) -> None:
        """Rank the other side's passages like the passage chosen on the side last worked in."""
        view = self.compare_view
        if self.central.currentWidget() is not view or not (view.left_source and view.right_source):
            show_error(
                self, "Find similar passages", "Open two sources in the compare view first (Ctrl+Shift+C)."
            )
            return
        reader = self.active_reader if self.active_reader in (view.left, view.right) else view.left
        annotation, selection = self._side_passage(reader)
        span = selection or ((annotation.start, annotation.end) if annotation else None)
        if span is None:
            view.set_hint("Select a passage on one side, then Find similar.")
            return
        other = view.other(reader)
        try:
            results = self.project.compare.similar(
                self.source_of(reader), span[0], span[1], self.source_of(other)
            )
        except AnnotatorError as e:
            show_error(self, "Find similar passages", str(e))
            return
        self._similar_from = (reader, span)
        self.similar_panel.show_results(
            f"Most like the selected passage, on the {view.side_of(other)}:",
            [r.passage for r in results],
            other.text,
        )
        self.similar_dock.raise_()
        if results:
            self._show_similar(results[0].passage)

    def _show_similar(self, found) -> None:  # type: ignore[no-untyped-def]
        view = self.compare_view
        if hasattr(found, "left_start"):  # an overview pair
            with view.unsynced():
                view.left.select_range(found.left_start, found.left_end)
                view.left.scroll_to(found.left_start, found.left_end)
                view.right.scroll_to(found.right.start, found.right.end)
            view.right.set_marks(list(found.right.matches))
            return
        reader, _ = getattr(self, "_similar_from", (view.left, None))
        other = view.other(reader)
        other.set_marks(list(found.matches))
        with view.unsynced():  # the side one works on stays where it is
            other.scroll_to(found.start, found.end)

    def _link_similar(self, found) -> None:  # type: ignore[no-untyped-def]
        """Accept a suggestion: its passage (and, for the overview, the left paragraph) become a link."""
        view = self.compare_view
        if hasattr(found, "left_start"):
            view.left.select_range(found.left_start, found.left_end)
            view.right.select_range(found.right.start, found.right.end)
        else:
            reader, span = getattr(self, "_similar_from", (view.left, None))
            if span is not None:
                reader.select_range(*span)
            view.other(reader).select_range(found.start, found.end)
        self.link_sides()

    def run_overview(self) -> None:
        view = self.compare_view
        if not (view.left_source and view.right_source):
            show_error(self, "Overview", "Open two sources in the compare view first.")
            return
        progress = QProgressDialog("Looking for parallel passages…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Overview")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()

        # Down to the weakest strength the panel offers, so moving its threshold needs no new search.
        pairs = self.project.compare.overview(
            view.left_source,
            view.right_source,
            threshold=WEAKEST,
            progress=report,
            cancelled=progress.wasCanceled,
        )
        progress.close()
        if pairs is None:
            view.set_hint("Overview cancelled.")
            return
        self.similar_panel.show_pairs(pairs, view.left.text, view.right.text)
        self._suggest_shown_pairs()
        self.similar_dock.raise_()

    def _suggest_shown_pairs(self) -> None:
        """The compare view draws the parallels the panel lists, no weaker ones."""
        shown = self.similar_panel.shown_pairs()
        self.compare_view.set_suggestions(
            [((p.left_start, p.left_end), (p.right.start, p.right.end)) for p in shown]
        )

    def _overview_threshold_changed(self, value: float) -> None:
        self.settings.set_overview_threshold(value)
        if self.similar_panel.showing_overview:
            self._suggest_shown_pairs()
