"""The annotations panel: the open source's annotations in text order, as cards.

Each card shows the quote, the tags as coloured chips, who speaks and the start of the note. A click
selects the annotation (the reader scrolls to it). A filter (the People panel's) can hide the cards that do
not pass it.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotator.domain.model import Annotation
from annotator.ui.models.annotations import ANNOTATION_ROLE, ID_ROLE, AnnotationListModel
from annotator.ui.text import in_quotes, literal

PADDING = 8
SCROLL_RETRIES = 100  # tries, SCROLL_RETRY_MS apart, to reach a card once a long list is laid out
SCROLL_RETRY_MS = 30
CHIP_HEIGHT = 18


def chip_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#111111") if luminance > 150 else QColor("#FFFFFF")


def chip_rows(tags, max_x: float, font: QFont) -> int:  # type: ignore[no-untyped-def]
    """How many rows ``paint_chips`` needs for ``tags`` between PADDING and ``max_x``."""
    metrics = QFontMetrics(font)
    x, rows = PADDING, 1 if tags else 0
    for tag in tags:
        width = metrics.horizontalAdvance(tag.name) + 12
        if x + width > max_x and x > PADDING:
            x = PADDING
            rows += 1
        x += width + 4
    return rows


def paint_chips(painter: QPainter, tags, x: float, y: float, max_x: float, font: QFont) -> float:  # type: ignore[no-untyped-def]
    """Draw tag chips left to right from (x, y); returns the y below the last row."""
    metrics = QFontMetrics(font)
    painter.setFont(font)
    row_top = y
    for tag in tags:
        width = metrics.horizontalAdvance(tag.name) + 12
        if x + width > max_x and x > PADDING:
            x = PADDING
            row_top += CHIP_HEIGHT + 4
        rect = QRectF(x, row_top, width, CHIP_HEIGHT)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        background = QColor(tag.color)
        painter.fillPath(path, background)
        painter.setPen(chip_text_color(background))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), tag.name)
        x += width + 4
    return row_top + (CHIP_HEIGHT if tags else 0)


class AnnotationDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Card heights by annotation id, for one width and font: the list lays every card out again after
        # each insertion (cards differ in height), which measured 5,000 cards' chips at every key press.
        # An entry counts only for the very annotation object it was measured for (an edit replaces it).
        self._heights: dict[int, tuple[Annotation, QSize]] = {}
        self._measured_for: tuple[int, float] = (-1, -1.0)
        self._fonts_for: tuple[str, tuple[QFont, QFont, QFont]] = ("", (QFont(), QFont(), QFont()))

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        # Made once per panel font: sizeHint runs for every card of a source (5,000 at a time), and making
        # three fonts each time was a third of measuring a card.
        key = option.font.key()
        if self._fonts_for[0] != key:
            quote = QFont(option.font)
            quote.setItalic(True)
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.85)
            self._fonts_for = (key, (quote, small, QFont(small)))
        return self._fonts_for[1]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        annotation: Annotation = index.data(ANNOTATION_ROLE)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        if self._measured_for != (width, option.font.pointSizeF()):
            self._heights, self._measured_for = {}, (width, option.font.pointSizeF())
        known = self._heights.get(annotation.id)
        if known is not None and known[0] is annotation:
            return known[1]
        quote, chip_font, note = self._fonts(option)
        height = PADDING + QFontMetrics(quote).lineSpacing() * 2 + 4
        rows = chip_rows(annotation.tags, width - PADDING, chip_font)
        if rows:
            height += rows * (CHIP_HEIGHT + 4)
        if annotation.speaker is not None:
            height += QFontMetrics(note).lineSpacing() + 2
        if annotation.note.strip():
            height += QFontMetrics(note).lineSpacing() + 2
        size = QSize(200, height + PADDING)
        self._heights[annotation.id] = (annotation, size)
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        annotation: Annotation = index.data(ANNOTATION_ROLE)
        quote_font, chip_font, note_font = self._fonts(option)
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#E3E8F4") if selected else QColor("#FFFFFF"))
        bar = QColor(annotation.tags[0].color) if annotation.tags else QColor("#BDBDBD")
        painter.fillRect(QRectF(rect.left(), rect.top() + 4, 3, rect.height() - 8), bar)
        painter.setPen(QColor("#E6E3DA"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        left = rect.left() + PADDING + 2
        width = rect.width() - 2 * PADDING - 2
        painter.setFont(quote_font)
        painter.setPen(QColor("#222222"))
        metrics = QFontMetrics(quote_font)
        quote = " ".join(annotation.quote.exact.split())
        lines = 2
        text_rect = QRectF(left, rect.top() + PADDING, width, metrics.lineSpacing() * lines)
        elided = metrics.elidedText(quote, Qt.TextElideMode.ElideRight, int(width * lines - 20))
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), in_quotes(elided))
        y = text_rect.bottom() + 4
        if annotation.tags:
            painter.translate(rect.left(), 0)
            y = paint_chips(painter, annotation.tags, PADDING + 2, y, rect.width() - PADDING, chip_font) + 4
            painter.translate(-rect.left(), 0)
        if annotation.speaker is not None:
            painter.setFont(note_font)
            painter.setPen(QColor("#3F5A7A"))
            speaker_metrics = QFontMetrics(note_font)
            painter.drawText(
                QRectF(left, y, width, speaker_metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft),
                speaker_metrics.elidedText(
                    "Speaker: " + annotation.speaker.label, Qt.TextElideMode.ElideRight, int(width)
                ),
            )
            y += speaker_metrics.lineSpacing() + 2
        note = " ".join(annotation.note.split())
        if note:
            painter.setFont(note_font)
            painter.setPen(QColor("#5F5B52"))
            note_metrics = QFontMetrics(note_font)
            painter.drawText(
                QRectF(left, y, width, note_metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft),
                note_metrics.elidedText("✎ " + note, Qt.TextElideMode.ElideRight, int(width)),
            )
        painter.restore()


class AnnotationPanel(QListView):
    annotation_activated = Signal(int)
    filter_cleared = Signal()  # "show all" in the filter's banner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = AnnotationListModel()
        self.setModel(self.list_model)
        self.setItemDelegate(AnnotationDelegate(self))
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        # Lay out thousands of cards in batches, so a long list never freezes the window.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setWordWrap(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self._scroll_target = QPersistentModelIndex()
        self._scroll_tries = 0
        self.clicked.connect(lambda index: self.annotation_activated.emit(index.data(ID_ROLE)))
        self.activated.connect(lambda index: self.annotation_activated.emit(index.data(ID_ROLE)))
        self._shown: Callable[[Annotation], bool] | None = None
        # Whether a filter may have hidden rows: without one, filling the panel with a source's thousands of
        # cards asked each row whether it was hidden (a tenth of the time the rest of a source took).
        self._hid_rows = False
        # Says what the filter keeps, above the cards: it stays when another source is opened, and three
        # cards must not pass for all of them. (The dock's title would widen its tab past a laptop's dock.)
        self.banner = QLabel(self)
        self.banner.setWordWrap(False)
        self.banner.setStyleSheet("background: #FFF4CC; color: #333; padding: 3px 6px;")
        self.banner.linkActivated.connect(lambda _link: self.filter_cleared.emit())
        self.banner.hide()
        self.list_model.modelReset.connect(self._apply_filter)
        self.list_model.rowsInserted.connect(lambda _parent, first, last: self._apply_filter(first, last))

    def set_filter(self, shown: Callable[[Annotation], bool] | None, description: str = "") -> None:
        """Show only the cards of annotations for which ``shown`` is true (None: every card), with a banner
        saying so: "Only <description>'s annotations"."""
        self._shown = shown
        if shown is None:
            self.banner.hide()
            self.setViewportMargins(0, 0, 0, 0)
        else:
            metrics = self.banner.fontMetrics()
            name = metrics.elidedText(description, Qt.TextElideMode.ElideRight, max(60, self.width() - 150))
            self.banner.setText(f"Only {html.escape(name)} · <a href='all'>show all</a>")
            self.banner.setToolTip(literal(f"Only the annotations {description} speaks in (People panel)"))
            self.setViewportMargins(0, self.banner.sizeHint().height(), 0, 0)
            self._place_banner()
            self.banner.show()
        self._apply_filter()

    def _place_banner(self) -> None:
        frame = self.frameWidth()
        self.banner.setGeometry(frame, frame, self.width() - 2 * frame, self.banner.sizeHint().height())

    def visible_ids(self) -> list[int]:
        """The ids of the cards not hidden by the filter, in order."""
        model = self.list_model
        return [
            model.index(row, 0).data(ID_ROLE)
            for row in range(model.rowCount())
            if not self.isRowHidden(row)
        ]

    def _apply_filter(self, first: int = 0, last: int | None = None) -> None:
        if self._shown is None and first == 0 and last is None:
            if self._hid_rows:
                for row in range(self.list_model.rowCount()):
                    if self.isRowHidden(row):
                        self.setRowHidden(row, False)
                self._hid_rows = False
            return
        shown = self._shown
        if shown is None:
            if self._hid_rows:  # rows inserted among hidden ones: shown (as they would be anyway)
                for row in range(first, (self.list_model.rowCount() - 1 if last is None else last) + 1):
                    self.setRowHidden(row, False)
            return
        self._hid_rows = True
        model = self.list_model
        last = model.rowCount() - 1 if last is None else last
        for row in range(first, last + 1):
            self.setRowHidden(row, not shown(model.annotation_at(row)))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # card heights depend on the width (chips wrap)
        if self.banner.isVisible():
            self._place_banner()

    def set_annotations(self, annotations: list[Annotation], selected_id: int | None) -> None:
        self.list_model.set_annotations(annotations)
        self.select(selected_id)

    def upsert(self, annotations: list[Annotation], selected_id: int | None) -> None:
        self.list_model.upsert(annotations)
        self.select(selected_id)

    def remove(self, annotation_ids: list[int]) -> None:
        self.list_model.remove(annotation_ids)

    def select(self, annotation_id: int | None) -> None:
        row = self.list_model.row_of(annotation_id) if annotation_id is not None else None
        if row is None:
            self.clearSelection()
            return
        index = self.list_model.index(row, 0)
        self.setCurrentIndex(index)
        self._scroll_target = QPersistentModelIndex(index)
        self._scroll_tries = 0
        self._scroll_to_target()

    def _scroll_to_target(self) -> None:
        """Scroll to the selected card. A list of thousands is laid out in batches, and a card not laid out
        yet has no place to scroll to: try again until it has one (or another card was selected)."""
        target = self._scroll_target
        if not target.isValid() or QModelIndex(target) != self.currentIndex():
            return
        index = QModelIndex(target)
        self.scrollTo(index)
        last = self.list_model.index(self.list_model.rowCount() - 1, 0)
        laid_out = self.visualRect(last).isValid()  # cards not laid out yet have no rectangle
        if not self.isVisible() or (laid_out and self.viewport().rect().intersects(self.visualRect(index))):
            return
        # While the batched layout is still running, wait for it however long it takes (a loaded machine lays
        # out slowly); once it has finished, a few more tries let the scroll settle.
        if laid_out:
            self._scroll_tries += 1
        if self._scroll_tries < SCROLL_RETRIES:
            QTimer.singleShot(SCROLL_RETRY_MS, self._scroll_to_target)
