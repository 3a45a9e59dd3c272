"""View › Overview: the project's charts in a window (issue 20), each mark a way to the passages behind it.

Tabs Tags per source (profile) / Tags × sources (matrix) / Tags together (co-occurrence) / Where in the
source (code line) / Links / Sources in time, each a Matplotlib QtAgg canvas in a scroll area (the
canvas is as large as the chart needs: a matrix of 80 sources is wider than the window). A click on a bar, a
cell or a matrix row header lists the passages behind it below the chart, with their citations; a
double-click on one opens it in the reader (``passage_requested``). Matplotlib is imported when the window
is first made, never when the app starts.

The same widget serves View › Overview dock: made with ``docked=True`` it is a plain child widget (a
QMainWindow nests as one) that the main window puts in a QDockWidget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.excerpts import Excerpt, ExcerptFilter, cite
from annotator.domain.overview import caption
from annotator.ui import threads
from annotator.ui.dialogs.index_progress import build_index_for_query
from annotator.ui.errors import show_error

if TYPE_CHECKING:
    from annotator.io.charts import Mark
    from annotator.services.project import Project
    from annotator.ui.dialogs.source_picker import SourcePicker

TABS = ("profile", "matrix", "cooccurrence", "codeline", "links", "timeline")
# The tabs in a historian's words; the keys above stay those of the code and of `annotator chart KIND`.
TAB_TITLES = (
    "Tags per source", "Tags × sources", "Tags together", "Where in the source", "Links", "Sources in time",
)  # fmt: skip
KINDS = ("", "primary", "secondary", "tertiary")
PASSAGE_ROLE = Qt.ItemDataRole.UserRole
CLICK_HINT = "Click a bar, a cell or a row header to list its passages."
log = logging.getLogger(__name__)


class OverviewWindow(QMainWindow):
    """The Overview of one project. ``passage_requested(source_id, annotation_id)`` on a double-click on a
    passage, ``statement_requested(DateRecord)`` on one on a timeline's dated event."""

    passage_requested = Signal(int, int)
    statement_requested = Signal(object)
    # (token, "found" | "done" | "error", payload): from the worker detecting the timeline's dates.
    def __init__(self, project: Project, parent: QWidget | None = None, *, docked: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Widget if docked else Qt.WindowType.Window)
        self.project = project
        self.docked = docked
        self.setWindowTitle(f"Overview — {project.name}")
        self.canvases: dict[str, Any] = {}
        self.data: dict[str, Any] = {}
        self.mark: Mark | None = None
        self._generation = project.generation()  # the project's change counter when the charts were read
        self._dates_token = 0
        self._dates_stop = threading.Event()
        self._dates_found: list[Any] = []  # DateRecords the worker detected, until it is done

        self.facet = QComboBox()
        self.facet.setToolTip("The facet whose tags “Tags per source” stacks")
        self.per_words = QCheckBox("per 10,000 words")
        self.sort = QComboBox()
        self.sort.setToolTip("The order of the sources in “Tags per source”: “most polemical first”")
        self.kind = QComboBox()
        self.kind.addItems(["all kinds", *KINDS[1:]])
        self.tag = QComboBox()
        self.tag.setToolTip("Only the passages carrying this tag (or one of its children)")
        self.year_from, self.year_to = QSpinBox(), QSpinBox()
        for box, tip in ((self.year_from, "in or after"), (self.year_to, "in or before")):
            box.setRange(0, 2100)
            box.setSpecialValueText("any")  # 0: no bound
            box.setToolTip(f"Only sources dated {tip} this year")
        # Who made the annotations: offered only when the project has several coders (issue 21).
        self.coder = QComboBox()
        self.coder.setToolTip("Only the passages this coder annotated")
        self.coder_label = QLabel("Coder:")
        self.query = QLineEdit()
        self.query.setPlaceholderText("search…")
        self.query.setClearButtonEnabled(True)
        self.query.setToolTip(
            "Only the passages overlapping a hit of this search (as in the export dialog); Enter to apply"
        )
        self.query.setMinimumWidth(120)
        self.source = QComboBox()
        self.source.setToolTip("The source that “Where in the source” shows")
        # Sources chosen by hand (the command line's --source); empty: every source.
        self.sources_button = QPushButton("Sources…")
        self.sources_button.setToolTip("Show only the sources checked in a list (with a box to find them)")
        self.source_picker: SourcePicker | None = None
        self._chosen: tuple[int, ...] = ()
        self.export_button = QPushButton("Export chart…")
        # Long titles and tag paths must not widen the window past a laptop's screen.
        for box, chars in (
            (self.facet, 10),
            (self.sort, 14),
            (self.tag, 16),
            (self.source, 18),
            (self.coder, 10),
        ):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(chars)
        # Two rows: what the charts show, then which passages they count (fits a 1366-pixel screen).
        chart_bar, filter_bar = QHBoxLayout(), QHBoxLayout()
        rows = (
            (chart_bar, (("Facet:", self.facet), ("", self.per_words), ("Sort:", self.sort))),
            (filter_bar, (("Sources:", self.kind), ("", self.sources_button), ("Tag:", self.tag),
                          ("Years:", self.year_from),
                          ("–", self.year_to), ("Search:", self.query), ("", self.coder_label),
                          ("", self.coder))),
        )  # fmt: skip
        for row, widgets in rows:
            for text, widget in widgets:
                if text:
                    row.addWidget(QLabel(text))
                row.addWidget(widget)
        chart_bar.addWidget(QLabel("Code line of:"))
        chart_bar.addWidget(self.source, 1)
        filter_bar.addStretch()
        filter_bar.addWidget(self.export_button)

        self.tabs = QTabWidget()
        for name, title in zip(TABS, TAB_TITLES, strict=True):
            area = QScrollArea()
            area.setObjectName(name)
            area.setWidgetResizable(False)
            area.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(area, title)
        self.heading = QLabel(CLICK_HINT)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long title must not widen the passages' pane
        self.passages = QListWidget()
        self.passages.setWordWrap(True)
        self.passages.setAlternatingRowColors(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.passages, 1)
        # Docked, the passages stand right of the chart: a dock is wide and low (at 1366×768 the chart had
        # some 150 pixels of height between the controls and the passages below it).
        splitter = QSplitter(Qt.Orientation.Horizontal if docked else Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        if docked:  # a third of the width for the passages (the chart's size hint would leave them 200 px)
            splitter.setSizes([2000, 1000])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(chart_bar)
        layout.addLayout(filter_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)

        self._fill_choices()
        self.facet.currentIndexChanged.connect(lambda _: (self._fill_sort(), self._redraw("profile")))
        self.sort.currentIndexChanged.connect(lambda _: self._redraw("profile"))
        self.per_words.toggled.connect(lambda _: self._redraw("profile"))
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.tag.currentIndexChanged.connect(lambda _: self.refresh())
        self.coder.currentIndexChanged.connect(lambda _: self.refresh())
        self.year_from.editingFinished.connect(self.refresh)
        self.year_to.editingFinished.connect(self.refresh)
        self.query.editingFinished.connect(self._query_changed)
        self._applied_query = ""
        self.source.currentIndexChanged.connect(lambda _: self._redraw("codeline"))
        self.tabs.currentChanged.connect(lambda _: self._draw_current())
        self.passages.itemActivated.connect(self._open_item)
        self.export_button.clicked.connect(self._export_dialog)
        self.sources_button.clicked.connect(self._pick_sources)
        self.resize(1200, 760)
        self._draw_current()

    # --- State -------------------------------------------------------------------------------------------

    @property
    def current(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def excerpt_filter(self) -> ExcerptFilter:
        """The filter the bar describes: the export dialog's filter model, as every chart reads it."""
        tag = self.tag.currentData()
        first, last = self.year_from.value() or None, self.year_to.value() or None
        if first is not None and last is not None and first > last:
            first, last = last, first
        return ExcerptFilter(
            kind=KINDS[self.kind.currentIndex()] or None,
            tags=(tag,) if tag is not None else (),
            year_from=first,
            year_to=last,
            query=self._applied_query,
            source_ids=self._chosen,
            coders=(coder,) if (coder := self.coder.currentData()) else (),
        )

    def set_sources(self, source_ids: Sequence[int]) -> None:
        """Show only these sources (none: every source), as checking them under “Sources…” does."""
        chosen = tuple(sorted(set(source_ids)))
        self.sources_button.setText(f"Sources ({len(chosen)})…" if chosen else "Sources…")
        if chosen != self._chosen:
            self._chosen = chosen
            self.refresh()

    def _pick_sources(self) -> None:
        from annotator.ui.dialogs.source_picker import SourcePicker

        self.source_picker = SourcePicker(self.project.sources.list(), self._chosen, self)
        self.source_picker.accepted.connect(lambda p=self.source_picker: self.set_sources(p.chosen()))
        self.source_picker.open()

    def set_query(self, text: str) -> None:
        """Filter by a search query (as typing it and pressing Enter does)."""
        self.query.setText(text)
        self._query_changed()

    def _query_changed(self) -> None:
        text = " ".join(self.query.text().split())
        if text == self._applied_query:
            return
        if text and not self._index_ready():
            self.query.setText(self._applied_query)
            return
        self._applied_query = text
        self.refresh()

    def _index_ready(self) -> bool:
        """A query needs the search index: when it is missing or out of step it is built first, with
        progress and Cancel (as the export dialog does), rather than freeze the charts while a search
        builds it."""
        search = self.project.search
        if not search.needs_rebuild():
            return True
        return build_index_for_query(search, self)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def refresh(self) -> None:
        """Read and draw again (after a change of the filter, or of the project)."""
        if self._generation != self.project.generation():
            self._fill_coders()  # a coder's first annotation, made since
        self._generation = self.project.generation()
        self._stop_detecting()
        self.data.clear()
        self.canvases.clear()
        # The passages listed were a mark's under the old filter or data: they may no longer be its.
        self.mark = None
        self.passages.clear()
        self.heading.setText(CLICK_HINT)
        self._draw_current()

    def refresh_if_changed(self) -> bool:
        """Read and draw again if the project changed since the charts were read (annotations made in the
        main window while this one stood aside); whether it did."""
        if self.project.generation() == self._generation:
            return False
        self.refresh()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_detecting()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_changed()

    def _fill_choices(self) -> None:
        taxonomy = self.project.taxonomy.taxonomy()
        for facet in sorted(taxonomy.facets, key=lambda f: (f.position, f.slug)):
            self.facet.addItem(facet.name, facet.slug)
        for source in self.project.sources.list():
            self.source.addItem(source.title, source.id)
        self._fill_coders()
        self.tag.addItem("all tags", None)
        for facet in sorted(taxonomy.facets, key=lambda f: (f.position, f.slug)):
            for _, tag in taxonomy.walk(facet.id):
                self.tag.addItem(taxonomy.shown_name(tag), tag.id)
        self._fill_sort()

    def _fill_coders(self) -> None:
        """Every coder, or one: shown only when there are several (one coder's filter would select all)."""
        coders = sorted(self.project.coders.list(), key=lambda c: c.shown.casefold())
        chosen = self.coder.currentData()
        self.coder.blockSignals(True)
        self.coder.clear()
        self.coder.addItem("all coders", None)
        for coder in coders:
            self.coder.addItem(coder.shown, coder.login)
        self.coder.setCurrentIndex(max(0, self.coder.findData(chosen)))
        self.coder.blockSignals(False)
        several = len(coders) > 1
        self.coder.setVisible(several)
        self.coder_label.setVisible(several)

    def _fill_sort(self) -> None:
        """Sort by title, by all the facet's tags, or by one of them (highest first)."""
        self.sort.blockSignals(True)
        self.sort.clear()
        self.sort.addItem("by title", None)
        self.sort.addItem("most annotations first", 0)
        slug = self.facet.currentData()
        taxonomy = self.project.taxonomy.taxonomy()
        if slug:
            for _, tag in taxonomy.walk(taxonomy.facet(slug).id):
                self.sort.addItem(f"most {tag.name.lower()} first", tag.id)
        self.sort.blockSignals(False)

    # --- Drawing -----------------------------------------------------------------------------------------

    def _redraw(self, name: str) -> None:
        self.data.pop(name, None)
        self.canvases.pop(name, None)
        if self.current == name:
            self._draw_current()

    def _draw_current(self) -> None:
        name = self.current
        if name in self.canvases:
            return
        try:
            # Data kept when only the drawing went (the timeline's, once its dates are detected).
            data = self.data[name] if name in self.data else self._read(name)
        except AnnotatorError as e:
            show_error(self, "Cannot draw the chart", str(e))
            return
        self.data[name] = data
        if name == "timeline" and data is not None and data.undetected and not self._detecting():
            self._detect_dates(data)
        if name == "timeline" and data is not None and data.undetected and self._detecting():
            data = replace(data, detecting=True)  # drawn so: its title says they are on their way
        area = self.tabs.widget(TABS.index(name))
        if data is None:
            area.setWidget(QLabel("No source to show."))
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from annotator.io.charts import figure_for

        figure = figure_for(data, per_words=self.per_words.isChecked())
        canvas = FigureCanvasQTAgg(figure)
        width, height = figure.get_size_inches() * figure.dpi
        canvas.setFixedSize(int(width / canvas.device_pixel_ratio), int(height / canvas.device_pixel_ratio))
        canvas.mpl_connect("pick_event", self._picked)
        area.setWidget(canvas)
        self.canvases[name] = canvas

    def _read(self, name: str) -> Any:
        overview, f = self.project.overview, self.excerpt_filter()
        if name == "profile":
            profile = overview.profile(self.facet.currentData() or "bias", f)
            key = self.sort.currentData()
            if key is None:
                return profile
            return profile.sorted_by(key or None, per_words=self.per_words.isChecked())
        if name == "matrix":
            return overview.matrix(f)
        if name == "cooccurrence":
            return overview.cooccurrence(f)
        if name == "links":
            return overview.link_map(f)
        if name == "timeline":  # what is stored: the rest is detected in a worker (``_detect_dates``)
            return overview.timeline(f, detect=0)
        source_id = self.source.currentData()
        return None if source_id is None else overview.code_line(source_id, f)

    # --- The timeline's dates, detected off the window's thread ---------------------------------------

    def _detecting(self) -> bool:
        return self._dates_token > 0 and not self._dates_stop.is_set()

    def _stop_detecting(self) -> None:
        self._dates_stop.set()
        self._dates_token += 1  # what the stopped worker still sends is dropped
        self._dates_found = []

    def _detect_dates(self, timeline: Any) -> None:
        """Detect in a worker thread the dated statements of the timeline's sources not detected yet (10-25
        ms a source: for 500, seconds the window froze); each source's are stored as they arrive on this
        thread (as the claims table does), and the chart is drawn again with them when all are in."""
        self._stop_detecting()
        token, stop = self._dates_token, threading.Event()
        self._dates_stop = stop
        figures = self.project.figures
        ids = [d.source.id for d in timeline.sources]
        # Never a signal of this window from the worker: the window may be deleted while it emits.
        to_window = threads.Channel(self._dates_arrived)

        def send(what: str, payload: Any) -> bool:
            to_window.send((token, what, payload))
            return to_window.alive()  # the window is gone: stop detecting

        def work() -> None:
            try:
                _, _, stale = figures.stored(ids)
                for source_id in stale:
                    if stop.is_set():
                        return
                    _, dates, found = figures.detect_unstored(source_id, offload=True)
                    if not send("found", (dates, found)):
                        return
                send("done", None)
            except Exception as e:  # derived data: said in the log, the chart stays as it is
                if not stop.is_set():
                    send("error", e)

        threading.Thread(target=work, name="overview-dates", daemon=True).start()

    def _dates_arrived(self, arrived: tuple[int, str, Any]) -> None:
        token, what, payload = arrived
        if token != self._dates_token:
            return
        if what == "found":
            dates, found = payload
            self._dates_found += dates
            try:
                self.project.figures.store(found)
            except AnnotatorError as e:  # derived: found again next time
                log.warning("dates of source %s not stored: %s", found.source_id, e)
            return
        self._dates_stop.set()
        if what == "error":
            log.error("the timeline's dates were not detected", exc_info=payload)
            return
        timeline = self.data.get("timeline")
        if timeline is None:
            return
        shown = {d.source.id for d in timeline.sources}
        told: dict[int, list[Any]] = {s: list(e) for s, e in timeline.events.items()}
        for record in self._dates_found:
            if record.source_id in shown:
                told.setdefault(record.source_id, []).append(record.statement)
        self._dates_found = []
        events = {s: tuple(sorted(e, key=lambda d: (d.date_start, d.start))) for s, e in told.items()}
        self.data["timeline"] = replace(timeline, events=events, undetected=0)
        self.canvases.pop("timeline", None)
        if self.current == "timeline":
            self._draw_current()

    # --- Click-through -----------------------------------------------------------------------------------

    def _picked(self, event: Any) -> None:
        from annotator.io.charts import mark_of

        mark = mark_of(event.artist, event.mouseevent, getattr(event, "ind", None))
        if mark is not None:
            self.show_passages(mark)

    def show_passages(self, mark: Mark) -> list[Excerpt]:
        """List the passages behind ``mark`` below the chart."""
        self.mark = mark
        overview, f = self.project.overview, self.excerpt_filter()
        taxonomy = self.project.taxonomy.taxonomy()
        names = {t.id: taxonomy.shown_name(t) for t in taxonomy.tags}
        if mark.kind == "bar":
            excerpts = overview.passages(f, source_id=mark.first, tag_id=mark.second)
            what = f"{names.get(mark.second, '?')} in {self._title(mark.first)}"
        elif mark.kind == "cell":
            excerpts = overview.passages(f, source_id=mark.second, tag_id=mark.first)
            what = f"{names.get(mark.first, '?')} in {self._title(mark.second)}"
        elif mark.kind == "row":
            excerpts = overview.passages(f, tag_id=mark.first)
            what = f"{names.get(mark.first, '?')} in every source"
        elif mark.kind == "source":  # a source on the timeline: its passages
            excerpts = overview.passages(f, source_id=mark.first)
            what = f"every passage of {self._title(mark.first)}"
        elif mark.kind == "link":
            excerpts = overview.linked_passages(mark.first, mark.second, mark.relation, f)
            what = f"{mark.relation} between {self._title(mark.first)} and {self._title(mark.second)}"
        elif mark.kind == "event":  # a dated event on the timeline: it, to open where the source tells it
            return self._show_event(mark.first, mark.second)
        elif mark.kind == "pair":
            excerpts = overview.passages(f, tag_id=mark.first, other_tag_id=mark.second)
            what = f"{names.get(mark.first, '?')} with {names.get(mark.second, '?')}"
        else:  # a code line's segment: that one passage, and the reader scrolled to it
            excerpts = [e for e in overview.passages(f, tag_id=mark.second) if e.id == mark.first]
            what = names.get(mark.second, "?")
            if excerpts:
                self.passage_requested.emit(excerpts[0].source.id, excerpts[0].id)
        self.passages.clear()
        for excerpt in excerpts:
            source = excerpt.source
            kind = f" ({source.metadata.kind.value})" if source.metadata.kind else ""
            quote = " ".join(excerpt.quote.split())
            item = QListWidgetItem(f"“{quote}”\n— {cite(excerpt)}{kind}")
            item.setData(PASSAGE_ROLE, (source.id, excerpt.id))
            self.passages.addItem(item)
        count = len(excerpts)
        self.heading.setText(f"{count} passage{'s' if count != 1 else ''}: {what} (double-click to read)")
        return excerpts

    def _show_event(self, source_id: int, start: int) -> list[Excerpt]:
        from annotator.services.figures import DateRecord
        from annotator.ui.widgets.timeline import date_text

        timeline = self.data.get("timeline")
        told = [] if timeline is None else [s for s in timeline.events.get(source_id, ()) if s.start == start]
        self.passages.clear()
        for statement in told:
            record = DateRecord("", source_id, "", statement)
            item = QListWidgetItem(f"{date_text(record)}: {' '.join(statement.event.split())}\n"
                                   f"— {self._title(source_id)}")  # fmt: skip
            item.setData(PASSAGE_ROLE, (source_id, record))
            self.passages.addItem(item)
        self.heading.setText(
            f"An event {self._title(source_id)} dates (double-click to read where it says so)"
        )
        return []

    def listed_ids(self) -> list[int]:
        """The annotations listed (not a timeline's events)."""
        listed = (self.passages.item(i).data(PASSAGE_ROLE)[1] for i in range(self.passages.count()))
        return [i for i in listed if isinstance(i, int)]

    def _title(self, source_id: int) -> str:
        index = self.source.findData(source_id)
        return self.source.itemText(index) if index >= 0 else f"source {source_id}"

    def _open_item(self, item: QListWidgetItem) -> None:
        source_id, what = item.data(PASSAGE_ROLE)
        if isinstance(what, int):
            self.passage_requested.emit(source_id, what)
        else:  # a dated event's record
            self.statement_requested.emit(what)

    # --- Export ------------------------------------------------------------------------------------------

    def export_chart(self, path: Path) -> Path:
        """Write the current chart to ``path`` (.svg, .pdf or .png) with its caption."""
        from datetime import date

        from annotator.io.charts import write_chart

        data = self.data.get(self.current)
        if data is None:
            raise AnnotatorError("there is no chart to export")
        if self.project.owns(path):
            raise AnnotatorError(f"{path} is this project's own file: a chart there would replace it")
        text = caption(self.project.name, self.excerpt_filter(), date.today())
        return write_chart(data, path, text, per_words=self.per_words.isChecked())

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chart", f"{self.current}.svg", "SVG (*.svg);;PDF (*.pdf);;PNG (*.png)"
        )
        if not path:
            return
        try:
            self.export_chart(Path(path))
        except (AnnotatorError, OSError) as e:
            show_error(self, "Cannot export the chart", str(e))
