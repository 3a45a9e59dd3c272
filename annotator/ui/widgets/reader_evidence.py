"""Proposals in the reader: the citations, quotations and other voices detected in the source, drawn faintly
(a dotted underline in the colour of the facet of the tag they suggest) until the historian accepts them
(Enter), rejects them (X) or walks past them (Alt+Down / Alt+Up).

The layer only shows and finds proposals and says what a key asked for (``accept_requested``,
``reject_requested``); deciding is the evidence controller's, on the undo stack. Like the highlights, only
the proposals on the lines in view are painted: they are kept sorted by start with a running maximum of
their ends, so those touching a range are found by bisection however many the source has.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

if TYPE_CHECKING:
    from annotator.services.evidence import EvidenceItem
    from annotator.ui.widgets.reader import ReaderView

UNKNOWN_FACET = QColor("#9E9E9E")  # a suggested tag the taxonomy no longer has
UNDERLINE_ALPHA = 200  # faint beside the highlights' solid underlines, still readable on the cream page
KIND_NAMES = {
    "citation": "Citation",
    "note-call": "Note call",
    "reference-mark": "Reference mark",
    "quotation": "Quotation",
    "comment": "Comment",
}


class ProposalLayer(QObject):
    """The proposals of the source in one reader (items the historian has not decided on)."""

    accept_requested = Signal(str)  # the id of the proposal under the cursor (Enter)
    reject_requested = Signal(str)  # (X)
    walked = Signal(str)  # Alt+Down / Alt+Up reached this proposal
    message = Signal(str)  # something to say in the status bar

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self._reader = reader
        self.visible = True
        self._items: list[EvidenceItem] = []
        self._starts: list[int] = []
        self._max_end: list[int] = []  # max end of _items[0..i]
        self._colors: dict[str, QColor] = {}  # item id -> underline colour
        self._facet_colors: Mapping[str, str] = {}  # facet slug -> colour
        self._tags: Mapping[str, tuple[str, str]] = {}  # tag path -> (name, colour)

    # Contents

    def set_items(
        self,
        items: Iterable[EvidenceItem],
        facet_colors: Mapping[str, str],
        tags: Mapping[str, tuple[str, str]],
    ) -> None:
        """Show these proposals; ``facet_colors`` maps a facet's slug to its colour, ``tags`` a tag's path
        to its name and colour (for the tooltip)."""
        self._facet_colors, self._tags, self._colors = facet_colors, tags, {}
        self._index(sorted(items, key=lambda i: (i.start, i.end, i.id)))

    def remove(self, ids: Iterable[str]) -> None:
        """These are decided: no longer shown (the others' colours and order are kept, not worked out)."""
        gone = set(ids) & self._colors.keys()
        if not gone:
            return
        # The others' order and colours stand: only the lists are made again, in C where it can be (a key
        # press on a book's thousands of proposals).
        self._items = [i for i in self._items if i.id not in gone]
        self._starts = [i.start for i in self._items]
        self._max_end = list(itertools.accumulate((i.end for i in self._items), max))
        for item_id in gone:
            del self._colors[item_id]
        self._reader.viewport().update()

    def insert(self, items: Iterable[EvidenceItem]) -> None:
        """These are proposed again (a decision undone)."""
        new = [i for i in items if i.id not in self._colors]
        if new:
            self._index(sorted([*self._items, *new], key=lambda i: (i.start, i.end, i.id)))

    def _index(self, ordered: list[EvidenceItem]) -> None:
        self._items = ordered
        self._starts = [i.start for i in ordered]
        self._max_end = list(itertools.accumulate((i.end for i in ordered), max))
        colors = {}
        by_facet: dict[str, QColor] = {}  # one colour a facet, shared: a book has thousands of proposals
        for item in ordered:
            color = self._colors.get(item.id)
            if color is None:
                facet = item.proposed_tags[0].split("/", 1)[0] if item.proposed_tags else ""
                color = by_facet.get(facet)
                if color is None:
                    known = self._facet_colors.get(facet)
                    color = by_facet[facet] = QColor(known) if known else QColor(UNKNOWN_FACET)
                    color.setAlpha(UNDERLINE_ALPHA)
            colors[item.id] = color
        self._colors = colors
        self._reader.viewport().update()

    def clear(self) -> None:
        self.set_items([], {}, {})

    def items(self) -> list[EvidenceItem]:
        """The proposals shown, in text order."""
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self._reader.viewport().update()

    def color_of(self, item_id: str) -> QColor | None:
        return self._colors.get(item_id)

    # Finding

    def overlapping(self, start: int, end: int) -> list[EvidenceItem]:
        """Proposals with some part inside [start, end), in text order."""
        found = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._max_end[i] > start:
            if self._items[i].end > start:
                found.append(self._items[i])
            i -= 1
        return found[::-1]

    def at(self, offset: int) -> EvidenceItem | None:
        """The innermost proposal holding code point ``offset``; one ending just there when none holds it
        (a click just after "(Sakwa, 37)" puts the cursor at its end)."""
        inside = [i for i in self.overlapping(offset, offset + 1) if i.start <= offset < i.end]
        if inside:
            return min(inside, key=lambda i: i.end - i.start)
        ending = [i for i in self.overlapping(offset - 1, offset) if i.end == offset]
        return min(ending, key=lambda i: i.end - i.start) if ending else None

    def under_cursor(self) -> EvidenceItem | None:
        """The proposal the reader's cursor is in. With a selection, only the proposal it covers exactly (as
        Alt+Down selects it): any other selection is the historian's own passage."""
        if not self.visible or not self._items:
            return None
        cursor = self._reader.textCursor()
        positions = self._reader._positions
        if cursor.hasSelection():
            span = (
                positions.to_code_point(cursor.selectionStart()),
                positions.to_code_point(cursor.selectionEnd()),
            )
            return next((i for i in self.overlapping(*span) if (i.start, i.end) == span), None)
        return self.at(positions.to_code_point(cursor.position()))

    def _index_of(self, item: EvidenceItem) -> int:
        i = bisect_left(self._starts, item.start)
        while self._items[i].id != item.id:
            i += 1
        return i

    def neighbour(self, step: int) -> tuple[EvidenceItem, bool] | None:
        """The next (``step`` 1) or previous (-1) proposal from the cursor, and whether the walk went round
        the end of the source to get there; None when there are none."""
        if not self._items:
            return None
        cursor = self._reader.textCursor()
        positions = self._reader._positions
        anchor = positions.to_code_point(
            cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        )
        current = self.under_cursor() if cursor.hasSelection() else None
        if current is not None:
            index = self._index_of(current) + step
        elif step > 0:
            # From a bare cursor the proposal starting right there is the next one (a cursor put at the start
            # of a decided item reaches what was nested in it).
            index = bisect_left(self._starts, anchor if not cursor.hasSelection() else anchor + 1)
        else:
            index = bisect_left(self._starts, anchor) - 1
        wrapped = not 0 <= index < len(self._items)
        return self._items[index % len(self._items)], wrapped

    # Keys

    def walk(self, step: int) -> EvidenceItem | None:
        """Select the next or previous proposal and bring it into view."""
        if not self.visible:
            return None
        found = self.neighbour(step)
        if found is None:
            self.message.emit("No proposals to walk to in this source.")
            return None
        item, wrapped = found
        reader = self._reader
        reader.select_range(item.start, item.end)
        if reader.y_of(item.start) is None or reader.y_of(max(item.start, item.end - 1)) is None:
            reader.scroll_to(item.start, item.end)
        if wrapped:
            self.message.emit(
                "Back at the first proposal of the source."
                if step > 0
                else "At the last proposal of the source."
            )
        self.walked.emit(item.id)
        reader.viewport().update()
        return item

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle Enter, X, Alt+Down and Alt+Up when they concern a proposal; False leaves the key to the
        reader (Enter then confirms a selection of the historian's own, as before)."""
        if not self.visible or not self._items:
            return False
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.walk(1 if key == Qt.Key.Key_Down else -1)
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier or key not in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_X,
        ):
            return False
        item = self.under_cursor()
        if item is None:
            return False
        if key == Qt.Key.Key_X:
            self.reject_requested.emit(item.id)
        else:
            self.accept_requested.emit(item.id)
        return True

    # Showing

    def tooltip_at(self, offset: int) -> str:
        """Rich text naming what the proposals under the pointer suggest; empty when there are none."""
        if not self.visible:
            return ""
        shown = [i for i in self.overlapping(offset, offset + 1) if i.start <= offset < i.end]
        parts = [self.describe(item) for item in sorted(shown, key=lambda i: i.end - i.start)[:3]]
        if not parts:
            return ""
        keys = "<i style='color:#555'>Enter accepts · X rejects · Alt+↓ next</i>"
        # Whole lines: a tooltip wraps rich text at its own width (it broke a tag's name in two).
        return "<p style='white-space:pre'>" + "<hr>".join(parts) + "<br>" + keys + "</p>"

    def describe(self, item: EvidenceItem) -> str:
        """What a proposal is and what accepting it records — “Quotation by Khrushchev”, “Citation of
        “Sakwa, 37”” — then each tag it suggests (its colour and name, as the Tags panel shows it: the
        path "provenance/quotation" is the CLI's, not words a historian reads)."""
        lines = [f"<b>Proposed: {escape(headline(item))}</b>"]
        for path in item.proposed_tags:
            name, color = self._tags.get(path, (path, UNKNOWN_FACET.name()))
            lines.append(f'<span style="color:{escape(color)}">■</span> {escape(name)}')
        return "<br>".join(lines)

    def paint(self, painter: QPainter, clip: QRect) -> None:
        """A dotted underline under each proposal on the lines inside ``clip``."""
        if not self.visible or not self._items:
            return
        reader = self._reader
        offset = reader.contentOffset()
        descent = reader.fontMetrics().descent()
        block = reader.firstVisibleBlock()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        while block.isValid():
            geometry = reader.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > clip.bottom():
                break
            if geometry.bottom() >= clip.top() and block.isVisible():
                lo, hi = reader._shown_range(block, geometry.top(), clip)
                for item in self.overlapping(lo, hi) if hi > lo else ():
                    pen = QPen(self._colors[item.id], 2)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    pen.setDashPattern([1.5, 1.5])  # in pen widths: 3-pixel dots, 3-pixel gaps
                    painter.setPen(pen)
                    start, end = max(item.start, lo), min(item.end, hi)
                    for rect in reader._range_rects(block, geometry.topLeft(), start, end):
                        # Just below the baseline, above the highlights' underlines at the line's foot.
                        y = round(rect.bottom() - max(2.0, descent * 0.5))
                        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            block = block.next()
        painter.restore()


def headline(item: EvidenceItem) -> str:
    """“Citation of “Sakwa, 37””, “Block quotation by Nikita Khrushchev”, “Quotation, unattributed”."""
    kind = KIND_NAMES.get(item.kind, item.kind)
    ref = item.proposal.evidence_ref
    if item.kind in ("quotation", "comment"):
        if item.evidence.form.value == "block":
            kind = f"Block {kind.lower()}"
        described = item.evidence.details.get("described", "")
        if item.speaker:
            said = f" by {item.speaker}"
        elif described:  # "A brigade member later recalled": somebody, but nobody the text names
            said = f" by someone unnamed (“{described}”)"
        else:
            said = ", unattributed (the text names nobody)"
        return kind + said + (f" (“{ref}”)" if ref else "")
    if not ref:
        return kind
    return f"{kind} ({ref})" if ref.startswith("note ") else f"{kind} of “{ref}”"


def proposals(items: Sequence[EvidenceItem]) -> list[EvidenceItem]:
    """The items still to decide that have something to propose (a scare quote is nobody's words)."""
    from annotator.services.evidence import PROPOSED  # here: the reader paints before the services load

    return [i for i in items if i.state == PROPOSED and i.proposal.tags]
