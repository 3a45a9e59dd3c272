"""The reader: a read-only text view with tag highlights and paragraph numbers.

Highlights are painted, not stored in the document: ``paintEvent`` draws only the annotations that touch
the visible blocks, under the text, so the cost follows what is on screen rather than the size of the
source (thousands of ExtraSelections cost 20–50× a bare layout; see SETUP.md). The view keeps every
annotation of the source in memory: scrolling and hovering never query the database.

Overlaps stay distinguishable: each annotation paints a translucent background (nested passages get
darker), and a thin underline per facet it carries, stacked one above the other in the facet's order.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.domain.model import Annotation
from annotator.domain.paragraphs import paragraphs
from annotator.domain.structure import Mark
from annotator.ui.highlights import HighlightIndex
from annotator.ui.positions import PositionMap
from annotator.ui.widgets.reader_evidence import ProposalLayer
from annotator.ui.widgets.reader_structure import StructureLayer

SOURCE_MIME = "application/x-annotator-source"
READER_FONTS = ["Gentium Plus", "Noto Serif", "Source Serif 4", "Liberation Serif", "DejaVu Serif", "serif"]
MAX_TEXT_WIDTH = 760  # pixels: about 75 characters a line at the reader's size
NUMBER_MARGIN = 56
BACKGROUND_ALPHA = 70
UNTAGGED = QColor("#9E9E9E")
PAGE_COLOR = QColor("#8D6E63")  # page numbers and page breaks: present, but quieter than the text
_WORD = re.compile(r"\w", re.UNICODE)
DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 32  # the reader's zoom range


def reader_font(point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(READER_FONTS)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


class _NumberMargin(QWidget):
    """Paragraph numbers beside the text (the numbers citations use)."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self._reader = reader

    def sizeHint(self) -> QSize:
        return QSize(NUMBER_MARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._reader.paint_numbers(self, event)


class ReaderView(QPlainTextEdit):
    annotation_clicked = Signal(int)  # annotation id
    tag_key_pressed = Signal(int)  # 1..9: the nth tag of the active facet
    facet_cycle_requested = Signal()
    passage_selected = Signal()  # a new selection finished (mouse release or keyboard)
    focused = Signal()
    source_dropped = Signal(int)  # a source dragged from the library onto this reader
    note_followed = Signal(str)  # the label of a note call followed to its note (Alt+Left comes back)
    zoom_requested = Signal(int)  # Ctrl+wheel (or a pinch): one step larger (1) or smaller (-1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFont(reader_font())
        self.setMouseTracking(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self.setStyleSheet("QPlainTextEdit { background: #FCFBF7; color: #1E1E1E; }")
        self._text = ""
        self._positions = PositionMap("")
        self._index = HighlightIndex()
        self._colors: dict[int, tuple[tuple[int, str], ...]] = {}
        self._paragraph_of_block: dict[int, int] = {}
        self._facet_order: dict[int, int] = {}
        self._selected_id: int | None = None
        self._press_pos: QPoint | None = None
        self._keyboard_selecting = False  # Shift+arrows are growing a selection not yet finished
        self._wheel_zoom = 0  # Ctrl+wheel turned, not yet a whole notch
        self._max_text_width = MAX_TEXT_WIDTH
        self._link_marks: set[int] = set()
        self._marks: list[tuple[int, int]] = []
        self.structure = StructureLayer()
        self._structure_marks: list[Mark] = []
        self.proposals = ProposalLayer(self)  # detected evidence not yet decided on (reader_evidence.py)
        self._way_back: list[int] = []  # scroll positions before following note calls
        self._pages_of_block: dict[int, list[tuple[int, str]]] = {}  # block -> (offset, page label)
        # Whose annotations are shown (None: everyone's), and whether a bar of each one's coder's colour
        # marks it in the margin (issue 21).
        self._coder_ids: frozenset[int] | None = None
        self._coder_bars = False
        self._margin = _NumberMargin(self)
        self.updateRequest.connect(self._on_update_request)
        self._update_margins()

    # Content

    def set_document(self, text: str, annotations: list[Annotation], facet_order: dict[int, int]) -> None:
        """Show ``text`` with ``annotations``; ``facet_order`` maps tag id -> facet index (for underlines)."""
        self._text = text
        self._positions = PositionMap(text)
        self._index = HighlightIndex(text)
        self._marks = []
        self.structure = StructureLayer()
        self._structure_marks = []
        self.proposals.clear()
        self._way_back = []
        self._pages_of_block = {}
        self.setPlainText(text)
        block_of = self._index.block_of
        self._paragraph_of_block = {block_of(p.start): p.number for p in paragraphs(text)}
        self._selected_id = None
        self.set_annotations(annotations, facet_order)

    def set_annotations(self, annotations: list[Annotation], facet_order: dict[int, int]) -> None:
        self._facet_order = facet_order
        self._colors = {}
        self._index.set(annotations)
        self._after_change()

    def set_structure(self, marks: list[Mark]) -> None:
        """Show the source's note calls as raised marks, its headings as headings and where its printed
        pages begin (in the margin); the text itself is unchanged."""
        self._structure_marks = list(marks)
        self.structure.apply(self.document(), self._positions, self._text, marks, self.font())
        self._pages_of_block = {}
        for page in self.structure.pages:
            block = self._index.block_of(page.start)
            self._pages_of_block.setdefault(block, []).append((page.start, page.label))
        self._margin.update()
        self.viewport().update()

    def point_size(self) -> int:
        return self.font().pointSize()

    def set_point_size(self, size: int) -> int:
        """Zoom the text to ``size`` points (kept within the zoom range), keeping the line in the middle of
        the view where it is (what one reads stays in sight); returns the size set."""
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size == self.point_size():
            return size
        middle = self.viewport().height() / 2
        reading = self._positions.to_code_point(self.cursorForPosition(QPoint(0, int(middle))).position())
        self.setFont(reader_font(size))
        if self._structure_marks:  # headings are set in points: scale them with the text
            self.set_structure(self._structure_marks)
        self.align_offset_at(reading, middle)
        self._margin.update()
        return size

    def follow_call(self, call: Mark) -> bool:
        """Go to the note a call refers to, remembering where we were; False when it has none."""
        if call.target_start is None or call.target_end is None:
            return False
        self._way_back.append(self.verticalScrollBar().value())
        self.scroll_to(call.target_start, call.target_end)
        self.select_range(call.target_start, call.target_end)
        self.note_followed.emit(call.label)
        return True

    def go_back(self) -> bool:
        """Return to where the last followed call was read; False when there is nowhere to return to."""
        if not self._way_back:
            return False
        self.clear_selection()
        self.verticalScrollBar().setValue(self._way_back.pop())
        return True

    def upsert_annotations(self, annotations: list[Annotation]) -> None:
        """Add or replace these annotations only."""
        for annotation in annotations:
            self._colors.pop(annotation.id, None)
        self._index.upsert(annotations)
        self._after_change()

    def remove_annotations(self, annotation_ids: list[int]) -> None:
        self._index.remove(annotation_ids)
        self._after_change()

    def _after_change(self) -> None:
        if self._selected_id is not None and self._index.get(self._selected_id) is None:
            self._selected_id = None
        self.viewport().update()

    def _facet_colors(self, annotation: Annotation) -> tuple[tuple[int, str], ...]:
        """(facet index, colour) per facet the annotation carries: one underline each."""
        colors = self._colors.get(annotation.id)
        if colors is None:
            seen: dict[int, str] = {}
            for tag in annotation.tags:
                seen.setdefault(self._facet_order.get(tag.id, 0), tag.color)
            colors = self._colors[annotation.id] = tuple(sorted(seen.items()))
        return colors

    @property
    def text(self) -> str:
        return self._text

    def annotations(self) -> list[Annotation]:
        """The source's annotations, in text order (all of them, whoever's the reader shows)."""
        return self._index.all()

    def shown_annotations(self) -> list[Annotation]:
        """The annotations the reader shows: all, or the chosen coders' (``set_coder_filter``)."""
        every = self._index.all()
        return every if self._coder_ids is None else [a for a in every if self._shown(a)]

    def set_coder_filter(self, coder_ids: frozenset[int] | None, bars: bool = False) -> None:
        """Show only the annotations these coders made (None: everyone's); ``bars``: a thin bar of each
        shown annotation's coder's colour beside its lines, in the margin."""
        self._coder_ids = coder_ids
        self._coder_bars = bars
        selected = self._index.get(self._selected_id) if self._selected_id is not None else None
        if selected is not None and not self._shown(selected):
            self._selected_id = None
        self.viewport().update()
        self._margin.update()

    def coder_filter(self) -> tuple[frozenset[int] | None, bool]:
        return self._coder_ids, self._coder_bars

    def _shown(self, annotation: Annotation) -> bool:
        if self._coder_ids is None:
            return True
        return annotation.coder is not None and annotation.coder.id in self._coder_ids

    def annotation(self, annotation_id: int | None) -> Annotation | None:
        return self._index.get(annotation_id)

    # Positions and selection (code points outside, UTF-16 inside)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection without the spaces around it, or None when nothing else is selected.

        Ctrl+Shift+Right selects up to the next word, so a keyboard selection ends in a space; a passage
        never does. The spaces are dropped here rather than from the selection on screen: taking them off
        there would put the cursor back before the space, and the next Ctrl+Shift+Right would never get past
        it. Punctuation and quotation marks stay, as in a mouse selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._positions.to_code_point(cursor.selectionStart())
        end = self._positions.to_code_point(cursor.selectionEnd())
        text = self._text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_utf16(start))
        cursor.setPosition(self._positions.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def scroll_to(self, offset: int, end: int | None = None) -> None:
        """Centre the passage ``offset``..``end`` (code points) in the view: the passage itself, not the start
        of its paragraph, which in a long paragraph can be screens away. A passage taller than the view
        starts near the top."""
        if not self.document().findBlock(self._positions.to_utf16(offset)).isValid():
            return
        middle = self.viewport().height() / 2
        self.align_offset_at(offset, middle)
        if end is None or end <= offset:
            return
        first, last = self._line_center(offset), self._line_center(max(offset, end - 1))
        if last > first:
            line_height = max(1, self.fontMetrics().lineSpacing())
            self.align_offset_at(offset, max(line_height / 2, middle - (last - first) / 2))

    def _line_center(self, offset: int) -> float:
        cursor = QTextCursor(self.document())
        cursor.setPosition(
            min(self._positions.to_utf16(offset), max(0, self.document().characterCount() - 1))
        )
        return float(self.cursorRect(cursor).center().y())

    def select_annotation(self, annotation_id: int | None, scroll: bool = True) -> None:
        self._selected_id = annotation_id
        annotation = self.annotation(annotation_id)
        if annotation is not None and scroll:
            self.scroll_to(annotation.start, annotation.end)
        self.viewport().update()

    @property
    def selected_annotation_id(self) -> int | None:
        return self._selected_id

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations shown containing code-point ``offset``, innermost first."""
        found = self._index.at(offset)
        return found if self._coder_ids is None else [a for a in found if self._shown(a)]

    def snap_to_words(self, start: int, end: int) -> tuple[int, int]:
        """Widen a selection to whole words and drop surrounding whitespace."""
        text = self._text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return start, end
        while start > 0 and _WORD.match(text[start - 1]) and _WORD.match(text[start]):
            start -= 1
        while end < len(text) and _WORD.match(text[end]) and _WORD.match(text[end - 1]):
            end += 1
        return start, end

    # Compare view support

    def set_max_text_width(self, width: int) -> None:
        self._max_text_width = width
        self._update_margins()

    def set_link_marks(self, annotation_ids: set[int]) -> None:
        """Annotations that are ends of links get a marker in the margin."""
        self._link_marks = set(annotation_ids)
        self._margin.update()

    def set_marks(self, spans: list[tuple[int, int]]) -> None:
        """Words to point out (matched terms of a similar passage), code-point ranges."""
        self._marks = list(spans)
        self.viewport().update()

    def y_of(self, offset: int) -> float | None:
        """Viewport y of the middle of the line holding ``offset``, or None when it is off screen."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(
            min(self._positions.to_utf16(offset), max(0, self.document().characterCount() - 1))
        )
        rect = self.cursorRect(cursor)
        y = rect.center().y()
        return float(y) if 0 <= y <= self.viewport().height() else None

    def align_offset_at(self, offset: int, y: float) -> None:
        """Scroll so that the line holding ``offset`` sits at viewport height ``y``.

        QPlainTextEdit scrolls by lines and lays lines out lazily, so a line number computed before the
        layout can be off; the offset is brought into view first, then corrected by its real position.
        """
        position = min(self._positions.to_utf16(offset), max(0, self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        line_height = max(1, self.fontMetrics().lineSpacing())
        block = self.document().findBlock(position)
        bar.setValue(max(0, block.firstLineNumber() - round(y / line_height)))
        for _ in range(4):
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            current = self.cursorRect(cursor).center().y()
            step = round((current - y) / line_height)
            if step == 0:
                break
            before = bar.value()
            bar.setValue(before + step)
            if bar.value() == before:  # at the top or the bottom: as close as it gets
                break

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(SOURCE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(SOURCE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(SOURCE_MIME):
            event.acceptProposedAction()
            self.source_dropped.emit(int(bytes(event.mimeData().data(SOURCE_MIME)).decode()))
        else:
            event.ignore()

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.focused.emit()

    # Events

    def event(self, event: object) -> bool:  # type: ignore[override]
        # Tab cycles the active facet instead of moving the focus.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers()
        ):
            self.facet_cycle_requested.emit()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.proposals.key_press(event):  # Enter, X, Alt+Down/Up on a proposal
            return
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.tag_key_pressed.emit(key - Qt.Key.Key_0)
            return
        if key == Qt.Key.Key_Left and event.modifiers() == Qt.KeyboardModifier.AltModifier and self.go_back():
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.textCursor().hasSelection():
            self._finish_keyboard_selection(explicit=True)  # Enter confirms a selection
            return
        before = (self.textCursor().anchor(), self.textCursor().position())
        super().keyPressEvent(event)
        after = (self.textCursor().anchor(), self.textCursor().position())
        if (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and after != before
            and self.textCursor().hasSelection()
        ):
            # Not finished yet: Shift+arrows grow it step by step, and a sticky tag must not make an
            # annotation of every step. Letting go of Shift finishes it.
            self._keyboard_selecting = True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        super().keyReleaseEvent(event)
        if event.key() == Qt.Key.Key_Shift and not event.isAutoRepeat():
            self._finish_keyboard_selection()

    def _finish_keyboard_selection(self, explicit: bool = False) -> None:
        """A keyboard selection is done: announce it (once, however many steps it took)."""
        if not (self._keyboard_selecting or explicit):
            return
        self._keyboard_selecting = False
        if self.selected_range() is not None:
            self.passage_selected.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # QPlainTextEdit zooms a read-only text itself on Ctrl+wheel, past the window's zoom: it would be
        # neither remembered nor shared with the other readers, and headings would keep their old size.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_zoom += event.angleDelta().y()  # a touchpad sends a notch in small parts
            while abs(self._wheel_zoom) >= 120:
                step = 1 if self._wheel_zoom > 0 else -1
                self._wheel_zoom -= 120 * step
                self.zoom_requested.emit(step)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (
            self._press_pos is not None
            and (event.position().toPoint() - self._press_pos).manhattanLength() > 3
        )
        selection = self.selected_range()
        if selection and moved:
            if not event.modifiers() & Qt.KeyboardModifier.AltModifier:  # Alt-drag keeps the exact range
                snapped = self.snap_to_words(*selection)
                if snapped != selection and snapped[0] < snapped[1]:
                    self.select_range(*snapped)
            self.passage_selected.emit()
            return
        if not moved:
            offset = self._offset_at(event.position().toPoint())
            call = self.structure.call_at(offset) if offset is not None else None
            if call is not None and self.follow_call(call):
                return
            note = self.structure.note_at(offset) if offset is not None else None
            if note is not None and offset is not None and offset < note.start + len(note.label) + 1:
                # The note's own number leads back to the call, as in a printed book's endnotes.
                if self.go_back():
                    return
                back = self.structure.call_of(note)
                if back is not None:
                    self.scroll_to(back.start, back.end)
                    self.select_range(back.start, back.end)
                    return
            hits = self.annotations_at(offset) if offset is not None else []
            if hits:
                self.annotation_clicked.emit(hits[0].id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        offset = self._offset_at(event.position().toPoint())
        call = self.structure.call_at(offset) if offset is not None else None
        if call is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.structure.tooltip(call), self.viewport())
            return
        hits = self.annotations_at(offset) if offset is not None else []
        proposed = self.proposals.tooltip_at(offset) if offset is not None and len(self.proposals) else ""
        tip = "<hr>".join(t for t in (tooltip_for(hits) if hits else "", proposed) if t)
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self.viewport())
        else:
            QToolTip.hideText()

    def _offset_at(self, point: QPoint) -> int | None:
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        rect = self.blockBoundingGeometry(block).translated(self.contentOffset())
        if not rect.contains(point.x(), point.y()):
            return None
        return self._positions.to_code_point(cursor.position())

    # Layout and painting

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Margins first: QPlainTextEdit lays the text out for the viewport width inside its resizeEvent.
        self._update_margins()
        super().resizeEvent(event)
        self._margin.setGeometry(
            QRect(
                self.contentsRect().left(),
                self.contentsRect().top(),
                self.viewportMargins().left(),
                self.contentsRect().height(),
            )
        )

    def _update_margins(self) -> None:
        spare = max(
            0, self.width() - NUMBER_MARGIN - MAX_TEXT_WIDTH - self.verticalScrollBar().sizeHint().width()
        )
        left = NUMBER_MARGIN + spare // 2
        self.setViewportMargins(left, 0, spare - spare // 2, 0)
        cr = self.contentsRect()
        self._margin.setGeometry(QRect(cr.left(), cr.top(), left, cr.height()))

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._margin.scroll(0, dy)
        else:
            self._margin.update(0, rect.y(), self._margin.width(), rect.height())

    def _paint_coder_bars(self, painter: QPainter, block, geometry: QRectF, width: int) -> None:  # type: ignore[no-untyped-def]
        """Beside each line of a shown annotation, a 2-pixel bar of its coder's colour at the margin's right
        edge; coders side by side (by id, three slots) where their annotations share lines."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for annotation in self._index.in_block(block.blockNumber()):
            coder = annotation.coder
            if coder is None or not self._shown(annotation):
                continue
            rects = self._rects(block, geometry.topLeft(), annotation)
            if not rects:
                continue
            top = min(r.top() for r in rects)
            bottom = max(r.bottom() for r in rects)
            x = width - 3 - 3 * (coder.id % 3)  # right of the paragraph numbers (they end 10 px short)
            painter.fillRect(QRectF(x, top + 1, 2, bottom - top - 2), QColor(coder.color))
        painter.restore()

    def paint_numbers(self, margin: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(margin)
        painter.fillRect(event.rect(), QColor("#F3F1EA"))
        painter.setPen(QColor("#9A968A"))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.72)
        painter.setFont(small)
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        right = margin.width() - 10
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > event.rect().bottom():
                break
            if self._link_marks and any(
                a.id in self._link_marks and a.start >= self._index.block_range(block.blockNumber())[0]
                for a in self._index.in_block(block.blockNumber())
            ):
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#EF6C00"))
                painter.drawEllipse(QRectF(6, geometry.top() + 6, 7, 7))
                painter.restore()
            if self._coder_bars:
                self._paint_coder_bars(painter, block, geometry, margin.width())
            for start, label in self._pages_of_block.get(block.blockNumber(), ()):
                y = geometry.top() + self._line_y(block, start)
                painter.save()
                painter.setPen(PAGE_COLOR)
                painter.drawText(
                    QRectF(0, y, right - 26, self.fontMetrics().lineSpacing()),  # left of ¶ numbers
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    f"p.{label}",
                )
                painter.restore()
            number = self._paragraph_of_block.get(block.blockNumber())
            if number is not None and block.isVisible():
                line_height = (
                    block.layout().lineAt(0).height() if block.layout().lineCount() else geometry.height()
                )
                painter.drawText(
                    QRectF(0, geometry.top(), right, line_height),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(number),
                )
            block = block.next()
        painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._index) or self._marks:
            painter = QPainter(self.viewport())
            self._paint_highlights(painter, event.rect())
            painter.end()
        super().paintEvent(event)
        if len(self.proposals):
            painter = QPainter(self.viewport())
            self.proposals.paint(painter, event.rect())
            painter.end()
        if self._pages_of_block:
            painter = QPainter(self.viewport())
            self._paint_page_breaks(painter, event.rect())
            painter.end()

    def _line_y(self, block, position_cp: int) -> float:  # type: ignore[no-untyped-def]
        """The y (within its block) of the line holding code point ``position_cp``."""
        layout = block.layout()
        at = self._positions.to_utf16(position_cp) - block.position()
        line = layout.lineForTextPosition(max(0, at))
        return line.y() if line.isValid() else 0.0

    def _paint_page_breaks(self, painter: QPainter, clip: QRect) -> None:
        """A thin rule where each printed page begins, so a quotation's page can be read off the text."""
        offset = self.contentOffset()
        painter.setPen(QPen(PAGE_COLOR, 1.2))
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > clip.bottom():
                break
            for start, _ in self._pages_of_block.get(block.blockNumber(), ()):
                layout = block.layout()
                at = self._positions.to_utf16(start) - block.position()
                line = layout.lineForTextPosition(max(0, at))
                if not line.isValid():
                    continue
                x = geometry.left() + _x(line.cursorToX(max(0, at))) - 1
                y = geometry.top() + line.y()
                painter.drawLine(QPointF(x, y + 2), QPointF(x, y + line.height() - 2))
            block = block.next()

    def _paint_highlights(self, painter: QPainter, clip: QRect) -> None:
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        selected_rects: list[QRectF] = []
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > clip.bottom():
                break
            if geometry.bottom() >= clip.top():
                shown = self._shown_range(block, geometry.top(), clip)
                for annotation in self._index.in_block(block.blockNumber()):
                    if annotation.end <= shown[0] or annotation.start >= shown[1]:
                        continue  # in a part of a long paragraph that is off screen
                    if self._coder_ids is not None and not self._shown(annotation):
                        continue
                    rects = self._rects(block, geometry.topLeft(), annotation)
                    colors = self._facet_colors(annotation) or ((0, UNTAGGED.name()),)
                    fill = QColor(colors[0][1])
                    fill.setAlpha(BACKGROUND_ALPHA)
                    for rect in rects:
                        painter.fillRect(rect, fill)
                        for stack, (_, color) in enumerate(colors):
                            y = rect.bottom() - 1.5 - 3 * stack
                            painter.fillRect(QRectF(rect.left(), y, rect.width(), 2), QColor(color))
                    if annotation.id == self._selected_id:
                        selected_rects.extend(rects)
            block = block.next()
        if self._marks:
            self._paint_marks(painter, clip)
        if selected_rects:
            painter.setPen(QPen(QColor("#1A237E"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in selected_rects:
                painter.drawRect(rect.adjusted(-1, 0, 1, 0))

    def _shown_range(self, block, top: float, clip: QRect) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        """Code points of ``block`` on lines inside ``clip``. An encyclopedia's paragraph can run for screens
        and hold thousands of annotations: measuring them all at every paint took seconds."""
        layout = block.layout()
        first = last = None
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if top + line.y() + line.height() < clip.top():
                continue
            if top + line.y() > clip.bottom():
                break
            first = line if first is None else first
            last = line
        if first is None or last is None:
            return (0, 0)
        position = block.position()
        start = self._positions.to_code_point(position + first.textStart())
        end = self._positions.to_code_point(position + last.textStart() + last.textLength())
        return start, end + 1

    def _paint_marks(self, painter: QPainter, clip: QRect) -> None:
        offset = self.contentOffset()
        color = QColor("#FFD54F")
        color.setAlpha(160)
        for start, end in self._marks:
            block = self.document().findBlock(self._positions.to_utf16(start))
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.bottom() < clip.top() or geometry.top() > clip.bottom():
                continue
            for rect in self._range_rects(block, geometry.topLeft(), start, end):
                painter.fillRect(rect, color)

    def _rects(self, block, origin, annotation: Annotation) -> list[QRectF]:  # type: ignore[no-untyped-def]
        """Rectangles (viewport coordinates) an annotation covers inside one block, line by line."""
        return self._range_rects(block, origin, annotation.start, annotation.end)

    def _range_rects(self, block, origin, start_cp: int, end_cp: int) -> list[QRectF]:  # type: ignore[no-untyped-def]
        layout = block.layout()
        block_start = block.position()
        block_end = block_start + block.length() - 1
        start = max(self._positions.to_utf16(start_cp), block_start) - block_start
        end = min(self._positions.to_utf16(end_cp), block_end) - block_start
        rects: list[QRectF] = []
        if end <= start:
            return rects
        first = layout.lineForTextPosition(start)  # not every line of a long paragraph: from the range's
        for i in range(first.lineNumber() if first.isValid() else 0, layout.lineCount()):
            line = layout.lineAt(i)
            line_start = line.textStart()
            line_end = line_start + line.textLength()
            if line_start >= end:
                break
            if line_end <= start:
                continue
            x1 = _x(line.cursorToX(max(start, line_start)))
            x2 = _x(line.cursorToX(min(end, line_end)))
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        return rects


def _x(value: object) -> float:
    # PySide returns either a float or (float, int) depending on the overload picked.
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[index, arg-type]


def tooltip_for(annotations: list[Annotation]) -> str:
    """Tags and the start of the note of each annotation under the pointer, innermost first."""
    from html import escape

    parts = []
    for annotation in annotations[:3]:
        tags = (
            " · ".join(f'<span style="color:{t.color}">■</span> {escape(t.name)}' for t in annotation.tags)
            or "<i>no tags</i>"
        )
        note = annotation.note.strip()
        if len(note) > 240:
            note = note[:239] + "…"
        parts.append(tags + (f"<br><span style='color:#444'>{escape(note)}</span>" if note else ""))
    return "<hr>".join(parts)
