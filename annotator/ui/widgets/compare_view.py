"""The compare view: two readers side by side, with links drawn as connectors in the gutter between.

Each side is a full ReaderView (highlights, paragraph numbers, hover, tagging). The gutter draws a line
for every link whose two ends are both on screen, as a visual diff does, and faint lines for suggested
parallels (the overview). Scrolling can be synchronized: proportionally, or, where links exist, keeping
the linked passage nearest the middle of one side level with its partner on the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Link, Relation, SourceSummary
from annotator.ui.widgets.reader import ReaderView

GUTTER_WIDTH = 64
RELATION_COLORS = {
    Relation.CORROBORATES: "#2E7D32",
    Relation.CONTRADICTS: "#C62828",
    Relation.CITES: "#1565C0",
    Relation.PARAPHRASES: "#6A1B9A",
    Relation.SAME_EVENT: "#EF6C00",
}


@dataclass(frozen=True, slots=True)
class Connector:
    """One line in the gutter: a link (solid) or a suggested parallel (faint); offsets are code points."""

    left: tuple[int, int]
    right: tuple[int, int]
    color: str
    faint: bool = False
    link_id: int | None = None


class ConnectorGutter(QWidget):
    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view
        self.setFixedWidth(GUTTER_WIDTH)
        self.setAutoFillBackground(True)

    def visible_lines(self) -> list[tuple[Connector, float, float]]:
        """Connectors whose two ends are on screen, with their y in the gutter's coordinates."""
        view = self._view
        found = []
        for connector in view.connectors():
            left_y = view.left.y_of(connector.left[0])
            right_y = view.right.y_of(connector.right[0])
            if left_y is None or right_y is None:
                continue
            left_y = self.mapFromGlobal(view.left.viewport().mapToGlobal(QPointF(0, left_y))).y()
            right_y = self.mapFromGlobal(view.right.viewport().mapToGlobal(QPointF(0, right_y))).y()
            found.append((connector, float(left_y), float(right_y)))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#EFECE3"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        for connector, left_y, right_y in self.visible_lines():
            color = QColor(connector.color)
            if connector.faint:
                color.setAlpha(90)
            pen = QPen(color, 1.2 if connector.faint else 2.2)
            if connector.faint:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(0, left_y))
            path.cubicTo(QPointF(width * 0.5, left_y), QPointF(width * 0.5, right_y), QPointF(width, right_y))
            painter.drawPath(path)
            painter.setBrush(color)
            painter.drawEllipse(QRectF(-3, left_y - 3, 6, 6))
            painter.drawEllipse(QRectF(width - 3, right_y - 3, 6, 6))
        painter.end()


class CompareView(QWidget):
    sources_chosen = Signal(int, int)  # left source id, right source id (0 = none)
    close_requested = Signal()
    similar_requested = Signal()
    overview_requested = Signal()
    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = ReaderView()
        self.right = ReaderView()
        self.left_source: int | None = None
        self.right_source: int | None = None
        self.links: list[Link] = []
        self.suggestions: list[Connector] = []
        self._syncing = False
        self.gutter = ConnectorGutter(self)
        self.left_combo = QComboBox()
        self.right_combo = QComboBox()
        for combo in (self.left_combo, self.right_combo):
            # Short enough for a laptop (the combo's width follows the pane; long titles are elided).
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(self._combo_changed)
        swap = QToolButton()
        swap.setText("⇄")
        swap.setToolTip("Swap sides")
        swap.clicked.connect(self.swap)
        self.sync = QCheckBox("Sync")  # short labels: the bar must fit a laptop beside the docks
        self.sync.setChecked(True)
        self.sync.setToolTip("Sync scrolling: both sides scroll together; linked passages are kept level")
        link = QPushButton("Link…")
        link.setToolTip("Link passages: the one selected on the left with the one on the right (Ctrl+L)")
        link.clicked.connect(self.link_requested)
        similar = QPushButton("Find similar")
        similar.setToolTip("Rank the other side's passages like the selected one (Ctrl+Shift+F)")
        similar.clicked.connect(self.similar_requested)
        overview = QPushButton("Overview")
        overview.setToolTip("Suggest, for every paragraph on the left, its best match on the right")
        overview.clicked.connect(self.overview_requested)
        back = QPushButton("Single view")
        back.clicked.connect(self.close_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(self.left_combo, 1)
        bar.addWidget(swap)
        bar.addWidget(self.right_combo, 1)
        bar.addSpacing(12)
        for widget in (self.sync, link, similar, overview, back):
            bar.addWidget(widget)
        panes = QHBoxLayout()
        panes.setSpacing(0)
        panes.addWidget(self.left, 1)
        panes.addWidget(self.gutter)
        panes.addWidget(self.right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(panes, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666; padding: 2px 8px;")
        self.hint.setWordWrap(True)  # an unwrapped hint would set the window's minimum width
        layout.addWidget(self.hint)
        for reader in (self.left, self.right):
            reader.set_max_text_width(560)
            reader.verticalScrollBar().valueChanged.connect(lambda _=0, r=reader: self._scrolled(r))
            reader.updateRequest.connect(lambda *_: self.gutter.update())
        self.set_hint()

    def set_hint(self, text: str = "") -> None:
        self.hint.setText(
            text
            or "Select a passage on each side (or click two highlights), then Link… (Ctrl+L). "
            "Drag a source from the library onto a side to show it there."
        )

    # Sources

    def set_source_list(self, sources: list[SourceSummary]) -> None:
        for combo, current in ((self.left_combo, self.left_source), (self.right_combo, self.right_source)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("— choose a source —", 0)
            for source in sources:
                combo.addItem(source.title, source.id)
                combo.setItemData(combo.count() - 1, source.title, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current or 0)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _combo_changed(self) -> None:
        self.sources_chosen.emit(self.left_combo.currentData() or 0, self.right_combo.currentData() or 0)

    def swap(self) -> None:
        self.sources_chosen.emit(self.right_source or 0, self.left_source or 0)

    def side_of(self, reader: ReaderView) -> str:
        return "left" if reader is self.left else "right"

    def other(self, reader: ReaderView) -> ReaderView:
        return self.right if reader is self.left else self.left

    def source_of(self, reader: ReaderView) -> int | None:
        return self.left_source if reader is self.left else self.right_source

    def mark_sources(self, left: int | None, right: int | None) -> None:
        self.left_source, self.right_source = left, right
        for combo, current in ((self.left_combo, left), (self.right_combo, right)):
            index = combo.findData(current or 0)
            combo.setCurrentIndex(max(index, 0))
            combo.setToolTip(combo.currentText() if index > 0 else "")  # the whole title of an elided one

    # Links and connectors

    def set_links(self, links: list[Link]) -> None:
        """Keep the links between the two sources shown (either direction); markers and connectors follow."""
        pair = {self.left_source, self.right_source}
        self.links = [
            link for link in links if {link.a.source_id, link.b.source_id} == pair and None not in pair
        ]
        linked_left, linked_right = set(), set()
        for link in self.links:
            for end in (link.a, link.b):
                (linked_left if end.source_id == self.left_source else linked_right).add(end.annotation_id)
        if self.left_source == self.right_source:
            linked_left = linked_right = linked_left | linked_right
        self.left.set_link_marks(linked_left)
        self.right.set_link_marks(linked_right)
        self.gutter.update()

    def connectors(self) -> list[Connector]:
        found = []
        for link in self.links:
            left_end, right_end = (
                (link.a, link.b) if link.a.source_id == self.left_source else (link.b, link.a)
            )
            found.append(
                Connector(
                    (left_end.start, left_end.end),
                    (right_end.start, right_end.end),
                    RELATION_COLORS[link.relation],
                    link_id=link.id,
                )
            )
        return found + self.suggestions

    def set_suggestions(self, pairs: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
        self.suggestions = [Connector(left, right, "#5D6D7E", faint=True) for left, right in pairs]
        self.gutter.update()

    def show_link(self, link: Link) -> None:
        """Scroll both panes to the link's ends."""
        left_end, right_end = (link.a, link.b) if link.a.source_id == self.left_source else (link.b, link.a)
        self._syncing = True
        try:
            self.left.scroll_to(left_end.start, left_end.end)
            self.right.scroll_to(right_end.start, right_end.end)
            self.left.select_annotation(left_end.annotation_id, scroll=False)
            self.right.select_annotation(right_end.annotation_id, scroll=False)
        finally:
            self._syncing = False
        self.gutter.update()

    # Synchronized scrolling

    @contextmanager
    def unsynced(self) -> Iterator[None]:
        """Scroll a side without the other following: what the app scrolls to (a similar passage) must not
        push away the passage one is working on, on the other side."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False
        self.gutter.update()

    def _scrolled(self, reader: ReaderView) -> None:
        self.gutter.update()
        if self._syncing or not self.sync.isChecked():
            return
        self._syncing = True
        try:
            self.align(reader, self.other(reader))
        finally:
            self._syncing = False

    def align(self, leader: ReaderView, follower: ReaderView) -> None:
        """Keep ``follower`` in step with ``leader``: by the nearest visible link, else proportionally."""
        middle = leader.viewport().height() / 2
        best: tuple[float, float, int] | None = None  # distance to the middle, leader y, follower offset
        for connector in self.connectors():
            if connector.faint:
                continue
            lead, follow = (
                (connector.left, connector.right)
                if leader is self.left
                else (connector.right, connector.left)
            )
            y = leader.y_of(lead[0])
            if y is None:
                continue
            distance = abs(y - middle)
            if best is None or distance < best[0]:
                best = (distance, y, follow[0])
        if best is not None:
            follower.align_offset_at(best[2], best[1])
            return
        bar, other_bar = leader.verticalScrollBar(), follower.verticalScrollBar()
        if bar.maximum() > 0:
            other_bar.setValue(round(bar.value() / bar.maximum() * other_bar.maximum()))
