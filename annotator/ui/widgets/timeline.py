"""The timeline: one lane per source, each dated statement drawn at its date on a year axis (a date known
only to the month, season, year or decade as the range it covers), the same event told by several sources
drawn in one colour and joined across the lanes, and an event whose sources give dates that do not
overlap flagged in red with both dates in its tooltip. A click opens the statement's passage.

Ctrl+wheel (and Ctrl++ / Ctrl+-) zooms the years; the lanes' names and the year axis stay in view."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from annotator.domain.timeline import Dated, Event, align
from annotator.services.figures import DateRecord
from annotator.ui import threads
from annotator.ui.text import literal

TRACK = 20  # pixels per row of a lane: statements whose marks (and labels) would overlap get rows apart
MAX_TRACKS = 12  # rows of one lane, at most (more crowd into them)
LANE_GAP = 8
LABELLED = 5_000  # statements labelled with their event, at most (a project of 500 sources has 50,000)
AT_ONCE = 5_000  # statements laid out and drawn at once; more are laid out in a thread, drawn in slices
SLICE_S = 0.025  # seconds of drawing per turn of the event loop, for more than AT_ONCE statements
LABEL_CHARS = 34
BAR = 14
AXIS = 26  # the year axis above the lanes
NAMES = 190  # the lanes' names, left
PER_YEAR = 60.0  # pixels per year at zoom 1
EVENT_COLOURS = ("#1f6fb2", "#8a4baf", "#2a8a5a", "#b06a00", "#00838f", "#6d6d00", "#ad1457", "#4e5ba6")
FLAG = QColor("#c62828")
PLAIN = QColor("#6b7785")
ZOOM_STEP = 1.25


MOST = 0.8  # the share of statements the opening view holds


def densest(years: Sequence[float], share: float) -> tuple[float, float]:
    """The shortest span of sorted ``years`` that holds ``share`` of them."""
    n = max(1, min(len(years), round(len(years) * share)))
    best = min(range(len(years) - n + 1), key=lambda i: years[i + n - 1] - years[i])
    return years[best], years[best + n - 1]


def _label(record: DateRecord) -> str:
    event = " ".join(record.statement.event.split()) or " ".join(record.text.split())
    return event if len(event) <= LABEL_CHARS else event[: LABEL_CHARS - 1].rstrip() + "…"


def look_of(colour: QColor, flagged: bool) -> tuple[QBrush, QBrush, QPen]:
    """The brushes (a day's, a range's) and the outline of a statement of this colour; made once per
    colour, not per statement (a project of 500 sources has 50,000)."""
    faint = QColor(colour)
    faint.setAlpha(110)
    pen = QPen(FLAG if flagged else colour.darker(130), 2.5 if flagged else 1)
    pen.setCosmetic(True)
    return QBrush(colour), QBrush(faint), pen


def _year_of(iso: str, end: bool = False) -> float:
    """An ISO date as a year with its fraction (the end of a day when ``end``)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return float(iso[:4]) if iso[:4].isdigit() else 0.0
    first = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - first).days
    return day.year + ((day - first).days + (1 if end else 0)) / length


def aligned(records: Sequence[DateRecord]) -> list[Event]:
    """The events the statements tell across sources (members index ``records``)."""
    return align([Dated(r.source_id, r.statement.date_start, r.statement.date_end, r.statement.event)
                  for r in records])  # fmt: skip


def timeline_order(records: Sequence[DateRecord]) -> list[DateRecord]:
    """The statements in the timeline's order: by source (its lane), then by date."""
    return sorted(records, key=lambda d: (d.source_id, d.statement.date_start))


def date_text(record: DateRecord) -> str:
    d = record.statement
    return d.date_start if d.date_start == d.date_end else f"{d.date_start} – {d.date_end}"


SHOWN_OTHERS = 8  # sources named in a statement's tooltip, at most


@dataclass(slots=True)
class Placed:
    record: DateRecord
    event: int | None  # the index of its event across sources, if any
    disagree: bool
    told: Event | None  # the event, with the statements of every source telling it
    records: Sequence[DateRecord]  # what the event's members index
    source_name: Callable[[int], str]

    def others(self) -> list[DateRecord]:
        """The same event told by other sources."""
        if self.told is None:
            return []
        mine = self.record.source_id
        return [self.records[j] for j in self.told.members if self.records[j].source_id != mine]

    def tooltip(self) -> str:
        r, name = self.record, self.source_name
        others = self.others()
        lines = [f"{' '.join(r.text.split())} ({date_text(r)})", r.statement.event or "(no event phrase)",
                 name(r.source_id)]  # fmt: skip
        if others:
            lines.append("Sources disagree on the date:" if self.disagree else "Also told by:")
            lines += [f"  {name(o.source_id)}: {' '.join(o.text.split())} ({date_text(o)})"
                      for o in others[:SHOWN_OTHERS]]  # fmt: skip
            if len(others) > SHOWN_OTHERS:
                lines.append(f"  and {len(others) - SHOWN_OTHERS} more")
        return "\n".join(lines)


POINT = 7  # pixels: the width of a single day's mark, whatever the zoom


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    """Where each statement goes, in scene units: made without Qt, so a thread can make it."""

    first_year: int
    lo: float  # the years the timeline opens on
    hi: float
    width: float
    height: float
    xs: list[tuple[float, float]]  # each statement's left and right, at zoom 1
    track_of: list[int]  # each statement's row in its lane
    labels: list[str]  # each statement's label ("" for none)
    lane_spans: list[tuple[float, float]]  # each lane's top and height


def lay_out(
    records: Sequence[DateRecord], room: float, label_width: Callable[[str], float] | None
) -> TimelineLayout:
    """The layout of ``records`` (lanes by source, in the order they come) for a view ``room`` pixels
    wide: the years it opens on and the rows within each lane at that zoom, a statement taking the first
    row free where its mark (and its label, measured by ``label_width``; none when None) begins."""
    order = list(dict.fromkeys(r.source_id for r in records))
    lane_of = {sid: i for i, sid in enumerate(order)}
    starts = [_year_of(r.statement.date_start) for r in records]
    years = sorted(starts)
    # The timeline opens on the fewest years that hold most statements: the years of a bibliography
    # (1984, 1996, 2014) would squeeze the 1930s into a corner. The others are a scroll away.
    lo, hi = densest(years, MOST) if years else (1900.0, 2000.0)
    lo, hi = lo - 0.5, hi + 0.5  # a little room at both ends
    first = int(min(years[0], lo) if years else lo) - 1
    last = int(max(years[-1], hi) if years else hi) + 2
    fitted = room / (max(1.0, hi - lo + 1) * PER_YEAR)
    xs = [((start - first) * PER_YEAR, (_year_of(r.statement.date_end, end=True) - first) * PER_YEAR)
          for start, r in zip(starts, records, strict=True)]  # fmt: skip
    labels = [_label(r) for r in records] if label_width is not None else [""] * len(records)
    track_of: list[int] = [0] * len(records)
    tracks_of_lane: dict[int, int] = {}
    ends: dict[int, list[float]] = {}
    for i in sorted(range(len(records)), key=lambda i: xs[i][0]):
        lane = lane_of[records[i].source_id]
        point = records[i].statement.date_start == records[i].statement.date_end
        left = (xs[i][0] + xs[i][1]) / 2 * fitted - POINT / 2 if point else xs[i][0] * fitted
        bare = max(left + POINT, xs[i][1] * fitted)
        right = bare + 6 + label_width(labels[i]) if labels[i] and label_width is not None else bare
        rows = ends.setdefault(lane, [])
        free = next((t for t, end in enumerate(rows) if end + 4 <= left), None)
        if free is None and len(rows) < MAX_TRACKS:
            rows.append(0.0)
            free = len(rows) - 1
        if free is None:  # the lane is full: the mark where it fits (else the row that frees first),
            labels[i] = ""  # without its label, which would cover others (the tooltip says it)
            right = bare
            free = next((t for t, end in enumerate(rows) if end + 2 <= left), None)
            if free is None:
                free = min(range(len(rows)), key=rows.__getitem__)
        rows[free] = max(rows[free], right)
        track_of[i] = free
        tracks_of_lane[lane] = len(rows)
    top = 0.0
    lane_spans = []
    for lane in range(len(order)):
        height = tracks_of_lane.get(lane, 1) * TRACK + LANE_GAP
        lane_spans.append((top, height))
        top += height
    return TimelineLayout(first, lo, hi, (last - first) * PER_YEAR, top, xs, track_of, labels, lane_spans)


class StatementItem(QGraphicsRectItem):
    """One dated statement: a bar over its date range, or a mark of a few pixels for a single day (it keeps
    its width as the years are zoomed)."""

    def __init__(
        self, placed: Placed, x0: float, x1: float, y: float, look: tuple[QBrush, QBrush, QPen]
    ) -> None:
        point = placed.record.statement.date_start == placed.record.statement.date_end
        super().__init__(QRectF(-POINT / 2, 0, POINT, BAR) if point else QRectF(0, 0, x1 - x0, BAR))
        self.setPos((x0 + x1) / 2 if point else x0, y)
        if point:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.placed = placed
        self.middle = QPointF((x0 + x1) / 2, y + BAR / 2)  # in the scene
        solid, faint, pen = look
        self.setBrush(solid if point else faint)  # a range is faint: how far the date reaches, not where
        self.setPen(pen)
        self.setAcceptHoverEvents(True)
        self.setZValue(2 if point else 1)

    def add_label(self, text: str) -> None:
        """The event's first words right of the mark, at the same size whatever the zoom."""
        label = QGraphicsSimpleTextItem(text, self)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        label.setBrush(QBrush(QColor("#2b3440")))
        height = label.boundingRect().height()
        right = self.rect().right()
        label.setPos(right + (3 if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
                              else 0), (BAR - height) / 2)  # fmt: skip
        self.label = label

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # Written when first pointed at: tens of thousands of statements need no tooltip made up front.
        if not self.toolTip():
            self.setToolTip(literal(self.placed.tooltip()))  # the sources' words, never markup
        super().hoverEnterEvent(event)


class TimelineView(QGraphicsView):
    statement_clicked = Signal(object)  # DateRecord
    laid_out = Signal()  # every statement is drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportMargins(NAMES, AXIS, 0, 0)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.lanes: list[tuple[int, str]] = []
        self.lane_spans: list[tuple[float, float]] = []  # each lane's top and height, in the scene
        self.items_placed: list[StatementItem] = []
        self.events: list[Event] = []
        self.first_year = 0
        self._generation = 0  # which layout the statements being added are for
        self._laid_out = True
        self._collector_paused = False
        self.laid_out.connect(lambda: setattr(self, "_laid_out", True))
        self._names = _Names(self)
        self._axis = _Axis(self)

    # --- contents --------------------------------------------------------------------------------------

    def set_statements(
        self,
        records: Sequence[DateRecord],
        source_name: Callable[[int], str],
        events: Sequence[Event] | None = None,
    ) -> None:
        """Lay out these statements: a lane per source (in the order given), events aligned (``events``:
        ``aligned(records)`` made beforehand, in a worker) and flagged. Up to ``AT_ONCE`` statements are
        laid out and drawn at once; more are laid out in a thread and drawn a little per turn of the event
        loop (``laid_out`` says when all are), the window answering meanwhile."""
        self._resume_collector()
        scene = self.scene()
        scene.clear()
        self.viewport().setUpdatesEnabled(True)
        self.items_placed = []
        self._laid_out = False
        self._generation += 1
        generation = self._generation
        order = list(dict.fromkeys(r.source_id for r in records))
        self.lanes = [(sid, source_name(sid)) for sid in order]
        self.lane_spans = []
        self.events = list(events) if events is not None else aligned(records)
        room = float(max(100, self.viewport().width() - 20))
        if len(records) <= AT_ONCE:
            metrics = QFontMetrics(self.font())
            made = lay_out(records, room, metrics.horizontalAdvance if len(records) <= LABELLED else None)
            self._draw(made, records, source_name, generation, at_once=True)
            return
        # 50,000 statements (500 sources): the rows alone took the window 1–3 s. Their layout needs no Qt
        # (no labels are drawn for so many), so it is made in a thread and drawn when it arrives.

        def work() -> None:
            made = lay_out(records, room, None)
            to_view.send((generation, made, records, source_name))

        # Nor collected until drawn: Python's full collections over the 100,000 objects made for the layout
        # and the items held every thread, the window's too, 0.4–1 s at a time (the objects hold no
        # cycles; collected as usual after).
        self._pause_collector()
        # The thread holds this, not the view (annotator/ui/threads.py says why); dropped if the view is gone,
        # and then the collector goes on (a view deleted without being hidden would leave it paused).
        paused = self._collector_paused

        def gone(_computed: object) -> None:
            if paused:
                gc.enable()

        to_view = threads.Channel(self._arrived, if_gone=gone)
        threading.Thread(target=work, name="timeline-layout", daemon=True).start()

    def _arrived(
        self, computed: tuple[int, TimelineLayout, Sequence[DateRecord], Callable[[int], str]]
    ) -> None:
        generation, made, records, source_name = computed
        if generation == self._generation:  # else laid out anew meanwhile
            self._draw(made, records, source_name, generation, at_once=False)

    def _draw(
        self,
        made: TimelineLayout,
        records: Sequence[DateRecord],
        source_name: Callable[[int], str],
        generation: int,
        *,
        at_once: bool,
    ) -> None:
        scene = self.scene()
        self.first_year = made.first_year
        self.lane_spans = made.lane_spans
        scene.setSceneRect(QRectF(0, 0, made.width, max(made.height, TRACK)))
        lane_of = {sid: i for i, (sid, _name) in enumerate(self.lanes)}
        event_of: dict[int, tuple[int, Event]] = {}
        for n, event in enumerate(self.events):
            for i in event.members:
                event_of[i] = (n, event)
        looks = {
            (n, flagged): look_of(QColor(EVENT_COLOURS[n]) if n >= 0 else PLAIN, flagged)
            for n in range(-1, len(EVENT_COLOURS))
            for flagged in (False, True)
        }
        self.resetTransform()
        self.fit_years(made.lo, made.hi)
        self._names.update()

        def place(i: int) -> None:
            r = records[i]
            n, event = event_of.get(i, (None, None))
            disagree = event is not None and event.disagree
            look = looks[(-1 if n is None else n % len(EVENT_COLOURS), disagree)]
            placed = Placed(r, n, disagree, event, records, source_name)
            x0, x1 = made.xs[i]
            lane_top = made.lane_spans[lane_of[r.source_id]][0]
            y = lane_top + LANE_GAP / 2 + made.track_of[i] * TRACK + (TRACK - BAR) / 2
            item = StatementItem(placed, x0, x1, y, look)
            if made.labels[i]:
                item.add_label(made.labels[i])
            scene.addItem(item)
            self.items_placed.append(item)

        def lines() -> Iterator[None]:
            for n, event in enumerate(self.events):  # the same event joined across its lanes
                members = sorted(event.members, key=lambda i: lane_of[records[i].source_id])
                pen = QPen(FLAG if event.disagree else QColor(EVENT_COLOURS[n % len(EVENT_COLOURS)]), 1)
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                # One path per event, not an item per joint: 500 sources made 50,000 line items, as many
                # again as the statements, each indexed and painted on its own.
                path = QPainterPath()
                for a, b in itertools.pairwise(members):
                    ma, mb = self.items_placed[a].middle, self.items_placed[b].middle
                    path.moveTo(ma.x(), ma.y() + BAR / 2)
                    path.lineTo(mb.x(), mb.y() - BAR / 2)
                joints = scene.addPath(path, pen)
                joints.setZValue(0)
                yield

        def steps() -> Iterator[None]:
            for i in range(len(records)):
                place(i)
                yield
            yield from lines()

        work = steps()
        if at_once:
            for _ in work:
                pass
            self.laid_out.emit()
            return

        def more() -> None:
            # A slice of the drawing per turn of the event loop, as much as fits in SLICE_S: the window
            # answers between (all the lines at once held it up for seconds, 1,000 items for 0.1–0.2 s).
            if generation != self._generation:
                return  # laid out anew meanwhile (which resumed the collector)
            until = time.perf_counter() + SLICE_S
            for _ in work:
                if time.perf_counter() > until:
                    QTimer.singleShot(0, more)
                    return
            self._resume_collector()
            self.viewport().setUpdatesEnabled(True)
            self.viewport().update()
            self.laid_out.emit()

        # Not painted while drawn: each slice's paint of tens of thousands of items took 0.1–0.3 s.
        self.viewport().setUpdatesEnabled(False)
        self._pause_collector()
        QTimer.singleShot(0, more)

    def hideEvent(self, event: QHideEvent) -> None:
        # Closed while drawing: the drawing stops, and the collector goes on.
        if not self._laid_out and not event.spontaneous():  # not when the window is minimised
            self._generation += 1
            self._resume_collector()
            self.viewport().setUpdatesEnabled(True)
        super().hideEvent(event)

    def _pause_collector(self) -> None:
        if not self._collector_paused and gc.isenabled():
            gc.disable()
            self._collector_paused = True

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    def is_laid_out(self) -> bool:
        return self._laid_out

    def _fitted_scale(self, lo: float, hi: float) -> float:
        room = max(100, self.viewport().width() - 20)
        return room / (max(1.0, hi - lo + 1) * PER_YEAR)

    def flagged(self) -> list[StatementItem]:
        return [item for item in self.items_placed if item.placed.disagree]

    # --- zoom ------------------------------------------------------------------------------------------

    def fit_years(self, lo: float, hi: float) -> None:
        """Zoom so that the years lo..hi fill the width, and show them."""
        factor = self._fitted_scale(lo, hi)
        self.resetTransform()
        self.scale(factor, 1)
        self.centerOn(QPointF((lo + (hi - lo + 1) / 2 - self.first_year) * PER_YEAR, 0))
        self.verticalScrollBar().setValue(0)
        self.viewport().update()
        self._axis.update()
        self._names.update()

    def zoom(self, steps: float) -> None:
        factor = ZOOM_STEP**steps
        scale = self.transform().m11() * factor
        if 0.002 < scale < 400:
            self.scale(factor, 1)
            self.viewport().update()
            self._axis.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus,
        ):  # fmt: skip
            self.zoom(-1 if event.key() == Qt.Key.Key_Minus else 1)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        moved = (event.position() - self._pressed_at).manhattanLength() if hasattr(self, "_pressed_at") else 0
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and moved < 4:
            item = self.itemAt(event.position().toPoint())
            if isinstance(item, QGraphicsSimpleTextItem):
                item = item.parentItem()
            if isinstance(item, StatementItem):
                self.statement_clicked.emit(item.placed.record)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def item_for(self, record_id: str) -> StatementItem | None:
        return next((i for i in self.items_placed if i.placed.record.id == record_id), None)

    # --- the lanes' names and the years, in view whatever is scrolled -------------------------------------

    def year_step(self) -> int:
        """Years between two labels of the axis, so that labels stay some 70 pixels apart."""
        per_year = self.transform().m11() * PER_YEAR
        return next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if s * per_year >= 70), 1000)

    def x_of_year(self, year: float) -> float:
        """Where ``year`` is on the view (pixels from the viewport's left)."""
        return self.mapFromScene(QPointF((year - self.first_year) * PER_YEAR, 0)).x()

    def visible_years(self) -> tuple[float, float]:
        left = self.mapToScene(0, 0).x() / PER_YEAR + self.first_year
        right = self.mapToScene(self.viewport().width(), 0).x() / PER_YEAR + self.first_year
        return left, right

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#ffffff"))
        step = self.year_step()
        pen = QPen(QColor("#e6e9ee"), 0)
        painter.setPen(pen)
        first = int(rect.left() / PER_YEAR + self.first_year) // step * step
        year = first
        while (year - self.first_year) * PER_YEAR <= rect.right():
            x = (year - self.first_year) * PER_YEAR
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            year += step
        pen = QPen(QColor("#d0d5dc"), 0)
        painter.setPen(pen)
        for lane_top, height in self.lane_spans:
            bottom = lane_top + height
            painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._names.update()
        self._axis.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.viewport().geometry()
        self._names.setGeometry(room.left() - NAMES, room.top(), NAMES, room.height())
        self._axis.setGeometry(room.left(), room.top() - AXIS, room.width(), AXIS)



class _Names(QWidget):
    """The lanes' names, beside the lanes whatever is scrolled."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f5f7"))
        metrics = QFontMetrics(self.font())
        # The lanes are known before their rows: laid out in a thread, their heights come later.
        spans = self.view.lane_spans if len(self.view.lane_spans) == len(self.view.lanes) else []
        for (_sid, name), (lane_top, height) in zip(self.view.lanes[: len(spans)], spans, strict=True):
            top = self.view.mapFromScene(QPointF(0, lane_top)).y()
            if top + height < 0 or top > self.height():
                continue
            painter.setPen(QColor("#d0d5dc"))
            painter.drawLine(0, int(top + height), self.width(), int(top + height))
            painter.setPen(QColor("#1d232b"))
            # The name word-wrapped over the lane's rows (two lines at least show), elided where it ends.
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, (self.width() - 12) * max(
                1, int(min(height, 3 * metrics.height()) // metrics.height())) - 20)  # fmt: skip
            painter.drawText(QRectF(6, top + 4, self.width() - 12, min(height, 3 * metrics.height() + 8) - 4),
                             Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, shown)  # fmt: skip
        painter.setPen(QColor("#c4c9d0"))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()


class _Axis(QWidget):
    """The years above the lanes, labelled every 1, 2, 5, 10… years as the zoom allows."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view

    def ticks(self) -> list[tuple[float, QRectF | None, str]]:
        """Each year's tick on the axis: its x, the rect its label takes (None when the label would be cut
        by either edge) and the label."""
        view = self.view
        step = view.year_step()
        left, right = view.visible_years()
        metrics = QFontMetrics(self.font())
        year = int(left) // step * step
        found = []
        while year <= right + step:
            x = view.x_of_year(year)
            text = str(year)
            where = QRectF(x + 3, 0, metrics.horizontalAdvance(text) + 2, self.height() - 2)
            # The first year's tick is often just left of the view: its label, drawn from there, showed
            # "16" for 1916. A label that does not fit whole is left out; the next one is a step away.
            fits = where.left() >= 0 and where.right() <= self.width()
            found.append((x, where if fits else None, text))
            year += step
        return found

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f5f7"))
        painter.setPen(QColor("#1d232b"))
        for x, where, text in self.ticks():
            painter.drawLine(int(x), self.height() - 6, int(x), self.height())
            if where is not None:
                painter.drawText(where, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, text)
        painter.setPen(QColor("#c4c9d0"))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()
