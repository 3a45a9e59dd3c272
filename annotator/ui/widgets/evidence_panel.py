"""The Evidence panel: the current source's proposals by kind (citations, note calls, reference marks,
quotations, comments) with their counts; a click goes to one in the reader, Accept and Reject decide one,
and the buttons below accept or reject every proposal of the chosen kind in one step (one undo).

The panel only lists and asks (signals); the evidence controller decides, on the undo stack.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services.evidence import ACCEPTED, PROPOSED, REJECTED, EvidenceItem
from annotator.ui.models.evidence import (
    CALL_KINDS,
    COUNT_ROLE,
    ITEM_ROLE,
    KIND_PLURALS,
    KIND_ROLE,
    EvidenceModel,
    detail_of,
)
from annotator.ui.widgets.reader_evidence import proposals

NOTHING_FOUND = "No citations, notes or quotations found in this source."
PADDING = 6
BUTTON_GAP = 4


def elide_left_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut on the left to ``width`` at a word's start ("…so as not to"), never inside one
    ("…ght, so as not to"), which Qt's own left elision does."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, width)
    if elided == text:
        return text
    kept = next((k for k in range(len(elided), 0, -1) if text.endswith(elided[-k:])), 0)
    mark, tail = elided[: len(elided) - kept], elided[len(elided) - kept :]
    if tail and not text[-len(tail) - 1].isspace() and " " in tail:
        tail = tail.split(" ", 1)[1]
    return mark + tail


def _button_rects(rect: QRect, metrics: QFontMetrics) -> tuple[QRect, QRect]:
    """Where a row's Accept and Reject buttons are, at its right."""
    width = max(metrics.horizontalAdvance("Accept"), metrics.horizontalAdvance("Reject")) + 14
    height = metrics.height() + 8
    top = rect.top() + (rect.height() - height) // 2
    reject = QRect(rect.right() - PADDING - width, top, width, height)
    accept = QRect(reject.left() - BUTTON_GAP - width, top, width, height)
    return accept, reject


class _Delegate(QStyledItemDelegate):
    """Heading rows: the kind and its count. Item rows: a colour bar, the text, what it records, and (on the
    row pointed at, and the current one) the Accept and Reject buttons. Every row is as high as an item's
    two lines: the list then never measures its rows one by one."""

    def __init__(self, colour_of: Callable[[str], QColor | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._colour_of = colour_of

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(100, QFontMetrics(option.font).lineSpacing() * 2 + 2 * PADDING + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: EvidenceItem | None = index.data(ITEM_ROLE)
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(option.font)
        if item is None:
            painter.fillRect(rect, QColor("#E9E6DC") if selected else QColor("#F3F1EA"))
            rect = rect.adjusted(0, rect.height() // 3, 0, 0)  # on the line of the rows it heads
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#333333"))
            text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), index.data())
            painter.setFont(option.font)
            painter.setPen(QColor("#6B675C"))
            count = index.data(COUNT_ROLE)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), f"{count:,}"
            )
            painter.restore()
            return
        painter.fillRect(rect, QColor("#E3E8F4") if selected else QColor("#FFFFFF"))
        colour = self._colour_of(item.id) or QColor("#9E9E9E")
        painter.fillRect(QRectF(rect.left(), rect.top() + 4, 3, rect.height() - 8), colour)
        painter.setPen(QColor("#E6E3DA"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        accept, reject = _button_rects(rect, metrics)
        # The buttons on the row pointed at and the current one only: the others give their width to the
        # text (a laptop's dock cut every quotation to its first few words).
        buttons = selected or bool(option.state & QStyle.StateFlag.State_MouseOver)
        left = rect.left() + PADDING + 2
        width = (accept.left() - BUTTON_GAP if buttons else rect.right() - PADDING) - left
        line = metrics.lineSpacing()
        painter.setPen(QColor("#222222"))
        # A note call ends its line (the words before it, then the call): cut on the left to keep the call.
        text = index.data() or ""
        shown = (
            elide_left_words(metrics, text, width)
            if item.kind in CALL_KINDS
            else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        )
        painter.drawText(
            QRectF(left, rect.top() + PADDING, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(QColor("#5F5B52"))
        painter.drawText(
            QRectF(left, rect.top() + PADDING + line, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(detail_of(item), Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        style = QApplication.style()
        for button_rect, label in ((accept, "Accept"), (reject, "Reject")) if buttons else ():
            button = QStyleOptionButton()
            button.rect = button_rect
            button.text = label
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            button.fontMetrics = metrics
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter)
        painter.restore()


class _Rows(QListView):
    """A click on a row's Accept or Reject button decides it instead of selecting the row."""

    button_clicked = Signal(str, str)  # item id, "accept" or "reject"

    def _button_at(self, point: QPoint) -> tuple[str, str] | None:
        index = self.indexAt(point)
        item: EvidenceItem | None = index.data(ITEM_ROLE) if index.isValid() else None
        if item is None:
            return None
        accept, reject = _button_rects(self.visualRect(index), QFontMetrics(self.font()))
        if accept.contains(point):
            return item.id, "accept"
        if reject.contains(point):
            return item.id, "reject"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button_at(event.position().toPoint()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = (
            self._button_at(event.position().toPoint())
            if event.button() == Qt.MouseButton.LeftButton
            else None
        )
        if hit is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        # After the event: deciding rebuilds the rows, which must not happen inside the view's own handler.
        QTimer.singleShot(0, lambda: self.button_clicked.emit(*hit))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The row's buttons are painted, not widgets, so Tab never reaches them: A and X decide the current
        # row from the keyboard (X as in the reader; Enter stays "go to it in the text").
        key = event.key()
        which = "accept" if key == Qt.Key.Key_A else "reject" if key == Qt.Key.Key_X else None
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        item: EvidenceItem | None = current.data(ITEM_ROLE) if current.isValid() else None
        if which is None or modifiers != Qt.KeyboardModifier.NoModifier or item is None:
            super().keyPressEvent(event)
            return
        event.accept()
        chosen = item.id
        QTimer.singleShot(0, lambda: self.button_clicked.emit(chosen, which))


class EvidencePanel(QWidget):
    item_activated = Signal(str)  # go to this proposal in the reader
    accept_requested = Signal(str)
    reject_requested = Signal(str)
    accept_kind_requested = Signal(str)  # every proposal of this kind, in one step
    reject_kind_requested = Signal(str)

    def __init__(
        self, colour_of: Callable[[str], QColor | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.summary = QLabel("Open a source to see the evidence found in it.")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(PADDING, PADDING, PADDING, 0)
        self.model = EvidenceModel(self)
        self.rows = _Rows()
        self.rows.setModel(self.model)
        self.rows.setUniformItemSizes(True)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setItemDelegate(_Delegate(colour_of or (lambda _id: None), self.rows))
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows.setMouseTracking(True)  # the row pointed at shows its Accept and Reject buttons
        self.rows.setToolTip(
            "Click or Enter: go to it in the text · A: accept it as an annotation · X: reject it"
        )
        self.rows.clicked.connect(self._on_clicked)
        self.rows.activated.connect(self._on_clicked)  # Enter on a row
        self.rows.button_clicked.connect(self._on_button)
        self.rows.selectionModel().currentChanged.connect(lambda *_: self._update_kind_buttons())
        self.accept_kind_button = QPushButton("Accept all")
        self.reject_kind_button = QPushButton("Reject all")
        self.accept_kind_button.clicked.connect(lambda: self._kind_asked(self.accept_kind_requested))
        self.reject_kind_button.clicked.connect(lambda: self._kind_asked(self.reject_kind_requested))
        self._buttons = buttons = QHBoxLayout()
        buttons.setContentsMargins(PADDING, 0, PADDING, PADDING)
        buttons.addWidget(self.accept_kind_button)
        buttons.addWidget(self.reject_kind_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addLayout(buttons)
        self._update_kind_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_kind_buttons()

    # Contents

    def set_status(self, text: str) -> None:
        self.summary.setText(text)

    def set_items(self, items: Sequence[EvidenceItem], text: str = "") -> None:
        """List the source's items still to decide (scare quotes, nobody's words, are left out), grouped by
        kind; the summary counts the decided ones too. Keeps the row worked on and the scroll position.
        ``text`` is the source's, to show a note call after the words it follows."""
        self.model.source_text = text
        current = self.current_item()
        current_kind = self.current_kind()
        scroll = self.rows.verticalScrollBar().value()
        self.model.set_items(proposals(items))
        keep = self.model.index_of(current.id) if current is not None else None
        if keep is None and current_kind is not None:
            keep = self.model.heading_of(current_kind)
        if keep is not None:
            self.rows.selectionModel().setCurrentIndex(keep, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.rows.verticalScrollBar().setValue(scroll)
        self._summarize(items)

    def update_items(
        self, items: Sequence[EvidenceItem], gone: Iterable[str], back: Iterable[EvidenceItem]
    ) -> None:
        """After a decision: ``gone`` are no longer proposed, ``back`` are again (an undo); only their rows
        change. ``items`` are all the source's items now, for the summary."""
        self.model.remove(gone)
        self.model.insert(proposals(list(back)))
        self._summarize(items)

    def _summarize(self, items: Sequence[EvidenceItem]) -> None:
        decided = Counter(i.state for i in items)
        scare = sum(1 for i in items if i.state == PROPOSED and not i.proposal.tags)
        self.summary.setText(_summary(self.model.count(), decided[ACCEPTED], decided[REJECTED], scare))
        self._update_kind_buttons()

    def clear(self, text: str = "Open a source to see the evidence found in it.") -> None:
        self.set_items([])
        self.summary.setText(text)

    def count(self, kind: str | None = None) -> int:
        """How many proposals are listed (of one kind)."""
        return self.model.count(kind)

    def row_of(self, item_id: str) -> QModelIndex | None:
        return self.model.index_of(item_id)

    def listed_ids(self, kind: str | None = None) -> list[str]:
        kinds = self.model.kinds() if kind is None else [kind]
        return [i.id for k in kinds for i in self.model.items_of(k)]

    def current_item(self) -> EvidenceItem | None:
        index = self.rows.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def current_kind(self) -> str | None:
        """The kind the Accept all / Reject all buttons act on: the current row's, else the first listed."""
        index = self.rows.currentIndex()
        kind = index.data(KIND_ROLE) if index.isValid() else None
        kinds = self.model.kinds()
        if kind in kinds:
            return kind
        return kinds[0] if kinds else None

    def show_item(self, item_id: str) -> None:
        """Make the proposal reached in the reader the current row (without going to it again)."""
        index = self.row_of(item_id)
        if index is None:
            return
        self.rows.blockSignals(True)
        try:
            self.rows.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self.rows.blockSignals(False)
        self.rows.scrollTo(index)
        self._update_kind_buttons()

    # Asking

    def _on_clicked(self, index: QModelIndex) -> None:
        item: EvidenceItem | None = index.data(ITEM_ROLE)
        if item is not None:
            self.item_activated.emit(item.id)
        self._update_kind_buttons()

    def _on_button(self, item_id: str, which: str) -> None:
        (self.accept_requested if which == "accept" else self.reject_requested).emit(item_id)

    def _kind_asked(self, signal: Signal) -> None:  # type: ignore[type-arg]
        kind = self.current_kind()
        if kind is not None:
            signal.emit(kind)  # type: ignore[attr-defined]

    def _update_kind_buttons(self) -> None:
        kind = self.current_kind()
        enabled = kind is not None
        plural = KIND_PLURALS.get(kind or "", "")
        self.accept_kind_button.setEnabled(enabled)
        self.reject_kind_button.setEnabled(enabled)
        # "Accept all reference marks" twice side by side is wider than a laptop's dock: the short labels
        # then (the tooltip names the kind), never a wider panel or cut words.
        room = (self.width() - 2 * PADDING - self._buttons.spacing()) // 2
        for button, verb in ((self.accept_kind_button, "Accept"), (self.reject_kind_button, "Reject")):
            button.setText(f"{verb} all {plural}")
            if not enabled or button.sizeHint().width() > room:
                button.setText(f"{verb} all")
        if enabled:
            count = self.model.count(kind)
            self.accept_kind_button.setToolTip(
                f"Accept the {count:,} proposed {plural} of this source as annotations, in one step "
                "(Ctrl+Z undoes it)"
            )
            self.reject_kind_button.setToolTip(
                f"Reject the {count:,} proposed {plural}: they are not proposed again (Ctrl+Z undoes it)"
            )


def _summary(proposed: int, accepted: int, rejected: int, scare: int) -> str:
    parts = [f"<b>{proposed:,}</b> proposal{'' if proposed == 1 else 's'} to decide"]
    if not proposed:  # an empty list says why: everything found is decided, or nothing was found
        parts = ["Every proposal decided" if accepted or rejected else NOTHING_FOUND]
    if accepted:
        parts.append(f"{accepted:,} accepted")
    if rejected:
        parts.append(f"{rejected:,} rejected")
    text = " · ".join(parts)
    if scare:
        quotes = f"{scare:,} scare quote{'' if scare == 1 else 's'}"
        text += f"<br><span style='color:#6B675C'>{quotes} left out (nobody's words)</span>"
    return text
