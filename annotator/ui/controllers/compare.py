"""Comparing two sources: the compare view, the links and similar-passages panels and their docks, linking
(one undo step: LinkPassages), Find similar and the overview of parallel passages.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QProgressDialog

from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, Link
from annotator.search.similar import OverviewPair, SimilarPassage
from annotator.services.annotations import Passage
from annotator.ui import commands
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.dialogs.link import LinkDialog
from annotator.ui.errors import show_error
from annotator.ui.widgets.compare_panels import WEAKEST, LinksPanel, SimilarPanel
from annotator.ui.widgets.compare_view import CompareView
from annotator.ui.widgets.reader import ReaderView


class CompareController:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.view = CompareView()
        self.view.sources_chosen.connect(self.show_compare)
        self.view.close_requested.connect(self.close_compare)
        self.view.link_requested.connect(self.link_sides)
        self.view.similar_requested.connect(self.find_similar)
        self.view.overview_requested.connect(self.run_overview)
        for side in (self.view.left, self.view.right):
            side.source_dropped.connect(lambda source_id, r=side: self._dropped_on(r, source_id))
        # The side a Find similar started from and its span: where an accepted suggestion links from.
        self._similar_from: tuple[ReaderView, tuple[int, int] | None] = (self.view.left, None)
        self.links_panel = LinksPanel()
        self.links_panel.link_activated.connect(self.show_link)
        self.links_panel.edit_requested.connect(self.edit_link)
        self.links_panel.delete_requested.connect(
            lambda link: host.run(commands.DeleteLink(host.project, link))
        )
        self.similar_panel = SimilarPanel()
        self.similar_panel.passage_activated.connect(self._show_similar)
        self.similar_panel.link_requested.connect(self._link_similar)
        if (threshold := host.settings.overview_threshold()) is not None:
            self.similar_panel.set_threshold(threshold)
        self.similar_panel.threshold_changed.connect(self._overview_threshold_changed)
        self.links_dock: QDockWidget | None = None
        self.similar_dock: QDockWidget | None = None
        owner = host.window_widget()
        self.compare_action = make_action(
            owner, "&Compare two sources", self.toggle_compare, "Ctrl+Shift+C", checkable=True
        )
        self.link_action = make_action(
            owner,
            "&Link passages…",
            self.link_sides,
            "Ctrl+L",
            "Link the passages selected on the two sides of the compare view",
        )
        self.similar_action = make_action(owner, "Find &similar passages", self.find_similar, "Ctrl+Shift+F")

    def dock_panels(self) -> tuple[QDockWidget, QDockWidget]:
        """The links and similar-passages docks (made when the window lays out its docks)."""
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.links_dock = self.host.dock("Links", "links", self.links_panel, right)
        self.similar_dock = self.host.dock("Similar passages", "similar", self.similar_panel, right)
        return self.links_dock, self.similar_dock

    def showing(self) -> bool:
        return self.host.central.currentWidget() is self.view

    def _raise(self, dock: QDockWidget | None) -> None:
        if dock is not None:
            dock.raise_()

    def toggle_compare(self, on: bool) -> None:
        if on:
            sources = [s.id for s in self.host.project.sources.list()]
            left = self.host.current_source_id or (sources[0] if sources else 0)
            right = next((s for s in sources if s != left), 0)
            self.show_compare(left, right)
        else:
            self.close_compare()

    def show_compare(self, left: int, right: int) -> None:
        """The compare view with ``left`` and ``right`` (source ids; 0 leaves a side empty)."""
        host, view = self.host, self.view
        project = host.project
        view.set_source_list(project.sources.list())
        for reader, source_id in ((view.left, left), (view.right, right)):
            if source_id and source_id != view.source_of(reader):
                try:
                    text = project.sources.text(source_id)
                    annotations = project.annotations.list(source_id=source_id)
                except AnnotatorError as e:
                    show_error(host.window_widget(), "Cannot open the source", str(e))
                    return
                reader.set_document(text, annotations, host.facet_of_tag)
                with contextlib.suppress(AnnotatorError):  # derived: a source reads without its marks
                    reader.set_structure(project.structure.marks(source_id))
            elif not source_id:
                reader.set_document("", [], host.facet_of_tag)
        view.mark_sources(left or None, right or None)
        view.set_suggestions([])
        host.central.setCurrentWidget(view)
        self.compare_action.setChecked(True)
        self.refresh_links()
        host.set_active(view.left)
        host.show_count()
        self._raise(self.links_dock)

    def close_compare(self) -> None:
        host = self.host
        self.compare_action.setChecked(False)
        if host.current_source_id is None and self.view.left_source:
            host.open_source(self.view.left_source)  # falls through to single view below
        host.central.setCurrentIndex(1 if host.current_source_id is not None else 0)
        host.set_active(host.reader)
        self.refresh_links()

    def _dropped_on(self, reader: ReaderView, source_id: int) -> None:
        view = self.view
        if reader is view.left:
            self.show_compare(source_id, view.right_source or 0)
        else:
            self.show_compare(view.left_source or 0, source_id)

    def refresh_links(self) -> None:
        """The links panel lists the links of what is on screen; the compare view draws its pair's."""
        project = self.host.project
        if self.showing():
            view = self.view
            links = (
                [
                    link
                    for link in project.links.list(source_id=view.left_source)
                    if {link.a.source_id, link.b.source_id} == {view.left_source, view.right_source}
                ]
                if view.left_source and view.right_source
                else []
            )
            view.set_links(links)
        else:
            current = self.host.current_source_id
            links = project.links.list(source_id=current) if current else []
        self.links_panel.set_links(links)

    def show_link(self, link: Link) -> None:
        """Both ends side by side: the compare view on the link's two sources, scrolled to them."""
        view = self.view
        ends = {link.a.source_id, link.b.source_id}
        if not self.showing() or {view.left_source, view.right_source} != ends:
            self.show_compare(link.a.source_id, link.b.source_id)
        view.show_link(link)

    def edit_link(self, link: Link) -> None:
        dialog = LinkDialog(link.a.quote, link.b.quote, self.host.window_widget(), link.relation, link.note)
        if dialog.exec():
            relation, note = dialog.chosen()
            if (relation, note) != (link.relation.value, link.note):
                self.host.run(commands.UpdateLink(self.host.project, link, relation, note))

    @staticmethod
    def _side_passage(reader: ReaderView) -> tuple[Annotation | None, tuple[int, int] | None]:
        """What one side offers for a link: a selection, else its selected annotation."""
        selection = reader.selected_range()
        if selection is not None:
            return None, selection
        return reader.annotation(reader.selected_annotation_id), None

    def _two_sources(self, title: str) -> bool:
        view = self.view
        if self.showing() and view.left_source and view.right_source:
            return True
        show_error(
            self.host.window_widget(), title, "Open two sources in the compare view first (Ctrl+Shift+C)."
        )
        return False

    def link_sides(self, relation: str | None = None, note: str | None = None) -> bool:
        """Link the passages chosen on the two sides; fresh selections become annotations first."""
        view = self.view
        if not self._two_sources("Nothing to link"):
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
            dialog = LinkDialog(quotes[0], quotes[1], self.host.window_widget())
            if not dialog.exec():
                return False
            relation, note = dialog.chosen()
        # One command, one transaction: a failure leaves no stray annotation behind and shows one message;
        # the service decides whether a selection is an annotation already (exactly its range) or a new one.
        link_ends = [
            annotation.id if annotation is not None else Passage(source, *selection)  # type: ignore[misc]
            for (annotation, selection), source in zip(
                ends, (view.left_source, view.right_source), strict=True
            )
        ]
        if not self.host.run(commands.LinkPassages(self.host.project, *link_ends, relation, note or "")):
            return False
        view.left.clear_selection()
        view.right.clear_selection()
        view.set_hint()
        return True

    def find_similar(self) -> None:
        """Rank the other side's passages like the passage chosen on the side last worked in."""
        host, view = self.host, self.view
        if not self._two_sources("Find similar passages"):
            return
        reader = host.active_reader if host.active_reader in (view.left, view.right) else view.left
        annotation, selection = self._side_passage(reader)
        span = selection or ((annotation.start, annotation.end) if annotation else None)
        if span is None:
            view.set_hint("Select a passage on one side, then Find similar.")
            return
        other = view.other(reader)
        try:
            results = host.project.compare.similar(
                host.source_of(reader), span[0], span[1], host.source_of(other)
            )
        except AnnotatorError as e:
            show_error(host.window_widget(), "Find similar passages", str(e))
            return
        self._similar_from = (reader, span)
        self.similar_panel.show_results(
            f"Most like the selected passage, on the {view.side_of(other)}:",
            [r.passage for r in results],
            other.text,
        )
        self._raise(self.similar_dock)
        if results:
            self._show_similar(results[0].passage)

    def _show_similar(self, found: SimilarPassage | OverviewPair) -> None:
        view = self.view
        if isinstance(found, OverviewPair):
            with view.unsynced():
                view.left.select_range(found.left_start, found.left_end)
                view.left.scroll_to(found.left_start, found.left_end)
                view.right.scroll_to(found.right.start, found.right.end)
            view.right.set_marks(list(found.right.matches))
            return
        reader, _ = self._similar_from
        other = view.other(reader)
        other.set_marks(list(found.matches))
        with view.unsynced():  # the side one works on stays where it is
            other.scroll_to(found.start, found.end)

    def _link_similar(self, found: SimilarPassage | OverviewPair) -> None:
        """Accept a suggestion: its passage (and, for the overview, the left paragraph) become a link."""
        view = self.view
        if isinstance(found, OverviewPair):
            view.left.select_range(found.left_start, found.left_end)
            view.right.select_range(found.right.start, found.right.end)
        else:
            reader, span = self._similar_from
            if span is not None:
                reader.select_range(*span)
            view.other(reader).select_range(found.start, found.end)
        self.link_sides()

    def run_overview(self) -> None:
        view = self.view
        if not (view.left_source and view.right_source):
            show_error(self.host.window_widget(), "Overview", "Open two sources in the compare view first.")
            return
        owner = self.host.window_widget()
        progress = QProgressDialog("Looking for parallel passages…", "Cancel", 0, 100, owner)
        progress.setWindowTitle("Overview")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()

        # Down to the weakest strength the panel offers, so moving its threshold needs no new search.
        pairs = self.host.project.compare.overview(
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
        self._raise(self.similar_dock)

    def _suggest_shown_pairs(self) -> None:
        """The compare view draws the parallels the panel lists, no weaker ones."""
        shown = self.similar_panel.shown_pairs()
        self.view.set_suggestions([((p.left_start, p.left_end), (p.right.start, p.right.end)) for p in shown])

    def _overview_threshold_changed(self, value: float) -> None:
        self.host.settings.set_overview_threshold(value)
        if self.similar_panel.showing_overview:
            self._suggest_shown_pairs()
