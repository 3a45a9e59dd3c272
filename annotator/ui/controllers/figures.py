"""Figures and dates in the window (issue 17): the claims table (the Claims dock, and View › Claims table as
a window of its own) and the timeline (View › Timeline, a window).

Reading is done in a worker thread, never the window's: the stored records of the sources, a batch at a
time (the rows appear as they come), then the records of stale sources detected afresh, then the figures
grouped across sources with their citations. The worker waits for the window to take each batch before it
reads the next: while both run Python, every call Qt makes into the window's Python (a row filtered, a
cell painted) waits for the worker to let go of the interpreter, and the window stalled for over a second
on 500 sources. The worker writes nothing; what it detected is stored from
the window's thread, as the evidence is (annotator/ui/controllers/evidence.py says why). Another project,
new sources or new texts make the tables read again, when they are shown.

From the table: a double-click opens the figure's passage in the reader; two figures open side by side in
the compare view; a group with a wide spread proposes a `contradicts` link between two of its passages (a
close one `corroborates`), accepted as one undoable step; S tags the figure's passage
`claim-type/statistical`, one undoable step too. A figure's passage is the sentence that holds it.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from annotator.domain.errors import AnnotatorError, NotFound
from annotator.domain.timeline import Event
from annotator.services.annotations import Passage
from annotator.services.figures import DateRecord, FigureGroup, FigureRecord
from annotator.services.project import Project
from annotator.ui import commands, threads
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.compare import CompareController
from annotator.ui.controllers.host import Host
from annotator.ui.errors import show_error
from annotator.ui.models.figures import ClaimsModel, GroupsModel, Proposal, passage_around
from annotator.ui.widgets.claims_table import ClaimsPanel
from annotator.ui.widgets.timeline import TimelineView, aligned, date_text, timeline_order

log = logging.getLogger(__name__)
BATCH = 25  # sources read per batch: the first rows show within a fraction of a second
STATISTICAL = "claim-type/statistical"


class FiguresController(QObject):
    def __init__(self, host: Host, compare: CompareController) -> None:
        super().__init__(host.window_widget())
        self.host = host
        self.compare = compare
        self._names: dict[int, str] = {}
        self.claims = ClaimsModel(self.source_name)
        self.groups = GroupsModel(self.source_name)
        self.dates: list[DateRecord] = []  # in the timeline's order once all are read
        self.events: list[Event] | None = None  # aligned across sources, in the worker
        self.group_list: list[FigureGroup] = []
        self.panel = self._make_panel()
        self.dock: QDockWidget | None = None
        self.window: QMainWindow | None = None
        self.window_panel: ClaimsPanel | None = None
        self.timeline_window: QMainWindow | None = None
        self.timeline: TimelineView | None = None
        self._timeline_hint: QLabel | None = None
        self._token = 0
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._loaded_for: Project | None = None  # the project whose records the models hold
        self._stale = True
        self._tag_filter: int | None = None
        owner = host.window_widget()
        self.claims_action = make_action(
            owner, "Cl&aims table…", self.show_window, "Ctrl+Shift+T",
            "Every figure of the project, filtered or grouped across sources, in a window of its own",
        )  # fmt: skip
        self.timeline_action = make_action(
            owner, "&Timeline…", self.show_timeline, "Ctrl+Shift+Y",
            "The dated statements of every source on a year axis, one lane per source",
        )  # fmt: skip

    def _make_panel(self) -> ClaimsPanel:
        panel = ClaimsPanel(self.claims, self.groups)
        panel.passage_requested.connect(self.open_passage)
        panel.compare_requested.connect(self.compare_figures)
        panel.tag_requested.connect(self.tag_statistical)
        panel.link_accepted.connect(self.accept_link)
        panel.export_requested.connect(lambda fmt, p=panel: self.export_dialog(fmt, p))
        panel.tag_filter_changed.connect(self.set_tag_filter)
        return panel

    def panels(self) -> list[ClaimsPanel]:
        return [p for p in (self.panel, self.window_panel) if p is not None]

    def dock_panel(self) -> QDockWidget:
        self.dock = self.host.dock("Claims", "claims", self.panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.visibilityChanged.connect(lambda visible: visible and self.load_if_stale())
        return self.dock

    def show_window(self) -> QMainWindow:
        """View › Claims table: the table in a window of its own (beside the reader on a second screen)."""
        if self.window is None:
            self.window_panel = self._make_panel()
            self.window = QMainWindow(self.host.window_widget(), Qt.WindowType.Window)
            self.window.setWindowTitle(f"Claims table — {self.host.project.name}")
            self.window.setCentralWidget(self.window_panel)
            self.window.resize(1200, 640)
            self._fill_choices(self.window_panel)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.load_if_stale()
        return self.window

    def show_timeline(self) -> QMainWindow:
        """View › Timeline: the dated statements of every source on a year axis, in a window."""
        if self.timeline_window is None:
            self.timeline = TimelineView()
            self.timeline.statement_clicked.connect(self.open_statement)
            self._timeline_hint = QLabel()
            self._timeline_hint.setTextFormat(Qt.TextFormat.PlainText)
            body = QWidget()
            layout = QVBoxLayout(body)
            layout.setContentsMargins(4, 4, 4, 4)
            layout.addWidget(self._timeline_hint)
            layout.addWidget(self.timeline, 1)
            self.timeline_window = QMainWindow(self.host.window_widget(), Qt.WindowType.Window)
            self.timeline_window.setCentralWidget(body)
            self.timeline_window.resize(1200, 560)
        self.timeline_window.setWindowTitle(f"Timeline — {self.host.project.name}")
        self.timeline_window.show()
        self.timeline_window.raise_()
        self.timeline_window.activateWindow()
        if not self.load_if_stale():
            self._fill_timeline()
        return self.timeline_window

    def _shown(self) -> bool:
        windows = [self.window, self.timeline_window]
        return any(w is not None and w.isVisible() for w in windows) or (
            self.dock is not None and self.dock.isVisible()
        )

    # --- keeping up -------------------------------------------------------------------------------------

    def project_opened(self) -> None:
        """Another project (or the same one again): everything is read again when shown."""
        self.wait()
        self._loaded_for = None
        self.mark_stale()

    def mark_stale(self, *_args: object) -> None:
        """Sources or texts changed: read again now if a table or the timeline is shown, else when it is."""
        self._stale = True
        if self._shown():
            self.load()

    def annotations_changed(self, *_args: object) -> None:
        if self._tag_filter is not None:
            self.set_tag_filter(self._tag_filter)

    def taxonomy_changed(self) -> None:
        for panel in self.panels():
            self._fill_choices(panel)

    def load_if_stale(self) -> bool:
        if self._stale or self._loaded_for is not self.host.project:
            self.load()
            return True
        return False

    def source_name(self, source_id: int) -> str:
        return self._names.get(source_id, f"source {source_id}")

    def _fill_choices(self, panel: ClaimsPanel) -> None:
        try:
            sources = self.host.project.sources.list()
        except AnnotatorError:
            sources = []
        self._names = {s.id: s.title for s in sources}
        panel.set_sources(sources)
        taxonomy = self.host.taxonomy
        panel.set_tags([(t.id, taxonomy.path(t)) for t in taxonomy.tags])

    # --- reading (in the worker) ------------------------------------------------------------------------

    def load(self) -> None:
        """Read every figure and date again: stored ones in batches, stale ones detected, then grouped."""
        self.wait()
        self._token += 1
        self._stale = False
        project = self.host.project
        self._loaded_for = project
        for panel in self.panels():
            self._fill_choices(panel)
        for window, what in ((self.window, "Claims table"), (self.timeline_window, "Timeline")):
            if window is not None:
                window.setWindowTitle(f"{what} — {project.name}")
        ids = list(self._names)
        self.claims.clear()
        self.groups.set_groups([])
        self.dates = []
        self.events = None
        self.group_list = []
        self._busy("Reading the figures…", 0, max(1, len(ids)))
        token, stop = self._token, self._stop
        # The worker holds this, not the controller (annotator/ui/threads.py says why).
        to_window = threads.Channel(self._arrived)

        def emit(what: str, payload: Any) -> None:
            taken = threading.Event()
            to_window.send((token, what, payload, taken))
            while not taken.wait(0.05) and not stop.is_set():
                if not to_window.alive():  # the window is gone without wait(): nobody will take it
                    stop.set()

        def read() -> None:
            # Python's full collections, set off by the records made here (50,000 figures and as many
            # dates for 500 sources), stop every thread: the window stalled 0.4–0.6 s three times while the
            # table filled. None while reading (the records hold no cycles); collected as usual after.
            collecting = gc.isenabled()
            gc.disable()
            try:
                figures: list[FigureRecord] = []
                dates_read: list[DateRecord] = []
                stale: list[int] = []
                for n in range(0, len(ids), BATCH):
                    if stop.is_set():
                        return
                    found, dates, missing = project.figures.stored(ids[n : n + BATCH])
                    figures += found
                    dates_read += dates
                    stale += missing
                    emit("rows", (found, dates, min(n + BATCH, len(ids)), len(ids)))
                for n, source_id in enumerate(stale, 1):
                    if stop.is_set():
                        return
                    found, dates, detected = project.figures.detect_unstored(source_id, offload=True)
                    figures += found
                    dates_read += dates
                    emit("found", (found, dates, detected, n, len(stale)))
                groups = project.figures.group(figures)
                ordered = timeline_order(dates_read)
                emit("groups", (groups, ClaimsModel.by_record(groups), GroupsModel.flatten(groups),
                                ordered, aligned(ordered)))  # fmt: skip
            except Exception as e:  # said in the panel: derived data must never end the program
                emit("error", e)
            finally:
                if collecting:
                    gc.enable()

        self._worker = threading.Thread(target=read, name="figures", daemon=True)
        self._worker.start()

    def _arrived(self, arrived: tuple[int, str, Any, threading.Event]) -> None:
        token, what, payload, taken = arrived
        try:
            if token == self._token:
                self._take(what, payload)
        finally:
            taken.set()  # the worker goes on (or, after the last, ends)
        if token == self._token and what in ("groups", "error"):
            self._finish()

    def _take(self, what: str, payload: Any) -> None:
        if what == "rows":
            figures, dates, done, total = payload
            self.claims.add(figures)
            self.dates += dates
            self._busy("Reading the figures…", done, total)
        elif what == "found":
            figures, dates, detected, done, total = payload
            self.claims.add(figures)
            self.dates += dates
            if not self.host.project.read_only:
                try:
                    self.host.project.figures.store(detected)
                except AnnotatorError as e:  # derived: found again next time
                    log.warning("figures of source %s not stored: %s", detected.source_id, e)
            self._busy("Finding figures and dates in new sources…", done, total)
        elif what == "groups":
            groups, by_record, rows, self.dates, self.events = payload
            self.group_list = list(groups)
            self.claims.set_groups(self.group_list, by_record)
            self.groups.set_groups(self.group_list, rows)
            self._busy("", 0, 0)
            self._fill_timeline()
        elif what == "error":
            if not isinstance(payload, AnnotatorError):
                log.error("figures not read", exc_info=payload)
            self._busy(f"The figures could not be read: {payload}", 0, 0)
            self._fill_timeline()

    def _finish(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    def wait(self) -> None:
        """Stop reading (before the project is closed or replaced, or the window closes)."""
        if self._worker is not None:
            self._stop.set()
            self._worker.join()
            self._worker = None
            self._stop = threading.Event()
        self._token += 1

    def wait_until_read(self, timeout_s: float = 60.0) -> bool:
        """For tests and screenshots: deliver everything read; False when nothing was being read."""
        worker = self._worker
        if worker is None:
            return False
        deadline = time.monotonic() + timeout_s
        while self._worker is not None and time.monotonic() < deadline:
            threads.deliver_pending()  # each batch taken lets the worker read the next
            worker.join(0.02)
        threads.deliver_pending()
        return True

    def _busy(self, text: str, done: int, total: int) -> None:
        for panel in self.panels():
            panel.set_busy(text, done, total)

    # --- the timeline -----------------------------------------------------------------------------------

    def _fill_timeline(self) -> None:
        if self.timeline is None or self.timeline_window is None or not self.timeline_window.isVisible():
            return
        if self.events is None:  # not read to the end (an error): aligned here
            self.dates = timeline_order(self.dates)
        records = self.dates
        self.timeline.set_statements(records, self.source_name, self.events)
        flagged = len({id(e) for e in self.timeline.events if e.disagree})
        assert self._timeline_hint is not None
        self._timeline_hint.setText(
            f"{len(records):,} dated statements in {len(self.timeline.lanes)} sources; "
            f"{len(self.timeline.events)} events told by several sources, {flagged} with dates that "
            "disagree (red). Ctrl+wheel zooms the years; a click opens the passage."
        )

    # --- acting on figures ------------------------------------------------------------------------------

    def _go_to(self, source_id: int, start: int, end: int) -> None:
        host = self.host
        host.show_single_view()
        host.open_source(source_id)
        if host.current_source_id != source_id:
            return
        host.set_active(host.reader)
        host.reader.select_range(start, end)
        host.reader.scroll_to(start, end)
        window = host.window_widget()
        window.raise_()
        window.activateWindow()

    def open_passage(self, record: FigureRecord) -> None:
        """The figure in the reader, selected and scrolled into view."""
        self._go_to(record.source_id, record.figure.start, record.figure.end)
        self.host.statusBar().showMessage(
            f"{' '.join(record.text.split())} — {record.figure.counted or 'what is counted: not found'}", 6000
        )

    def open_statement(self, record: DateRecord) -> None:
        self._go_to(record.source_id, record.statement.start, record.statement.end)
        self.host.statusBar().showMessage(f"{date_text(record)}: {record.statement.event}", 6000)

    def compare_figures(self, a: FigureRecord, b: FigureRecord) -> None:
        """The two figures side by side in the compare view, each selected."""
        self.compare.show_compare(a.source_id, b.source_id)
        view = self.compare.view
        for reader, record in ((view.left, a), (view.right, b)):
            reader.select_range(record.figure.start, record.figure.end)
            reader.scroll_to(record.figure.start, record.figure.end)
        window = self.host.window_widget()
        window.raise_()
        window.activateWindow()

    def passage_of(self, record: FigureRecord) -> Passage:
        """The sentence holding the figure."""
        text = self.host.project.sources.text(record.source_id)
        return Passage(record.source_id, *passage_around(text, record.figure.start, record.figure.end))

    def accept_link(self, proposal: Proposal) -> bool:
        """Link the proposal's two passages: one step on the window's undo stack."""
        try:
            a, b = self.passage_of(proposal.a), self.passage_of(proposal.b)
        except AnnotatorError as e:
            show_error(self.host.window_widget(), "Not linked", str(e))
            return False
        command = commands.LinkPassages(self.host.project, a, b, proposal.relation, proposal.note())
        if not self.host.run(command):
            return False
        self.host.statusBar().showMessage(
            f"Linked as “{proposal.relation}” (Ctrl+Z undoes it; see the Links panel)", 8000
        )
        return True

    def tag_statistical(self, record: FigureRecord) -> bool:
        """Tag the figure's passage claim-type/statistical: one undoable step."""
        host = self.host
        try:
            tag = host.taxonomy.resolve(STATISTICAL)
        except NotFound:
            show_error(host.window_widget(), "Not tagged", f"The taxonomy has no tag {STATISTICAL}.")
            return False
        try:
            passage = self.passage_of(record)
        except AnnotatorError as e:
            show_error(host.window_widget(), "Not tagged", str(e))
            return False
        command = commands.ApplyTag(host.project, tag, record.source_id, (passage.start, passage.end))
        if not host.run(command):
            return False
        host.statusBar().showMessage(f"{command.text()} (Ctrl+Z undoes it)", 6000)
        return True

    def set_tag_filter(self, tag_id: int | None) -> None:
        """Only the figures inside annotations of this tag (None: any)."""
        self._tag_filter = tag_id
        ids: frozenset[str] | None = None
        if tag_id is not None:
            try:
                annotations = self.host.project.annotations.list(tags=[tag_id])
            except AnnotatorError as e:
                show_error(self.host.window_widget(), "Not filtered", str(e))
                annotations = []
            spans: dict[int, list[tuple[int, int]]] = {}
            for a in annotations:
                spans.setdefault(a.source_id, []).append((a.start, a.end))
            ids = frozenset(
                r.id for r in self.claims.records()
                if any(s <= r.figure.start and r.figure.end <= e for s, e in spans.get(r.source_id, ()))
            )  # fmt: skip
        for panel in self.panels():
            if panel.tag.currentData() != tag_id:
                panel.tag.blockSignals(True)
                panel.tag.setCurrentIndex(max(0, panel.tag.findData(tag_id)))
                panel.tag.blockSignals(False)
            panel.set_record_ids(ids)

    def export_dialog(self, fmt: str, panel: ClaimsPanel | None = None) -> None:
        suffix = f".{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            panel or self.host.window_widget(), "Export the claims table", f"claims{suffix}",
            "Excel workbook (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)",
        )  # fmt: skip
        if path:
            chosen = panel.source.currentData() if panel is not None else None
            target = Path(path if path.endswith(suffix) else path + suffix)
            self.export(target, None if chosen is None else [chosen])

    def export(self, path: Path, source_ids: Sequence[int] | None = None) -> int | None:
        """Write the claims table to ``path`` (CSV or XLSX by its suffix); how many rows, None when not."""
        if self.host.project.owns(path):
            show_error(
                self.host.window_widget(), "Not exported",
                f"{path} is this project's own file: an export there would replace it.",
            )  # fmt: skip
            return None
        try:
            count = self.host.project.figures.export(path, "figures", source_ids)
        except AnnotatorError as e:
            show_error(self.host.window_widget(), "Not exported", str(e))
            return None
        self.host.statusBar().showMessage(f"{count:,} figures written to {path}", 8000)
        return count
