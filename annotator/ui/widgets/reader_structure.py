"""What the reader shows of a source's structure: note calls as small raised marks, headings set as
headings, and the note behind each call.

Only the look of the characters changes (a character format over the mark's range): the text, its offsets
and everything selected or copied stay exactly as stored. Formats are applied once per source and cost in
proportion to the number of marks, not to the length of the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument

from annotator.domain.structure import Mark, MarkKind
from annotator.ui.positions import PositionMap

CALL_COLOR = QColor("#6A4C93")
HEADING_SCALE = {1: 1.35, 2: 1.2, 3: 1.1}
NOTE_PREVIEW = 600  # characters of a note shown on hover
CALLS = (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK)


class StructureLayer:
    """The marks of the source in a reader, and their formats in its document."""

    def __init__(self) -> None:
        self._text = ""
        self._calls: list[Mark] = []
        self._call_starts: list[int] = []
        self._notes: list[Mark] = []
        self._note_starts: list[int] = []
        self.headings: list[Mark] = []
        self.pages: list[Mark] = []  # where printed pages begin (label: the page number)

    def apply(
        self, document: QTextDocument, positions: PositionMap, text: str, marks: Sequence[Mark], font: QFont
    ) -> None:
        """Format the marks of ``text`` (already set in ``document``)."""
        self._text = text
        self._calls = sorted((m for m in marks if m.kind in CALLS), key=lambda m: m.start)
        self._call_starts = [m.start for m in self._calls]
        self._notes = sorted((m for m in marks if m.kind is MarkKind.NOTE), key=lambda m: m.start)
        self._note_starts = [m.start for m in self._notes]
        self.headings = sorted((m for m in marks if m.kind is MarkKind.HEADING), key=lambda m: m.start)
        self.pages = sorted((m for m in marks if m.kind is MarkKind.PAGE and m.label), key=lambda m: m.start)
        undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)  # formats are not edits: nothing to undo
        try:
            call_format = QTextCharFormat()
            call_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            call_format.setForeground(CALL_COLOR)
            for mark in self._calls:
                _format(document, positions, mark.start, mark.end, call_format)
            for mark in self.headings:
                heading_format = QTextCharFormat()
                heading_format.setFontWeight(QFont.Weight.Bold)
                level = int(mark.label) if mark.label.isdigit() else 1
                heading_format.setFontPointSize(font.pointSizeF() * HEADING_SCALE.get(level, 1.0))
                _format(document, positions, mark.start, mark.end, heading_format)
        finally:
            document.setUndoRedoEnabled(undo)

    def call_at(self, offset: int) -> Mark | None:
        """The note call or reference mark covering code point ``offset`` (or just before it)."""
        index = bisect_right(self._call_starts, offset) - 1
        if index >= 0:
            mark = self._calls[index]
            if mark.start <= offset <= mark.end:
                return mark
        return None

    def note_at(self, offset: int) -> Mark | None:
        """The note (in a notes section) whose text holds ``offset``."""
        index = bisect_right(self._note_starts, offset) - 1
        if index >= 0 and self._notes[index].start <= offset < self._notes[index].end:
            return self._notes[index]
        return None

    def call_of(self, note: Mark) -> Mark | None:
        """The first call that refers to ``note``."""
        for call in self._calls:
            if call.target_start == note.start:
                return call
        return None

    def tooltip(self, call: Mark) -> str:
        """Rich text for hovering over a call: its note, or why there is none."""
        name = "Reference" if call.kind is MarkKind.REFERENCE_MARK else "Note"
        if call.target_start is None or call.target_end is None:
            if not self._notes:
                why = "the notes are not in this source"
            else:
                why = "no note with this number was found in the source"
            return f"<b>{name} {escape(call.label)}</b><br><i>{why}</i>"
        note = " ".join(self._text[call.target_start : call.target_end].split())
        note = note.removeprefix(call.label).lstrip(" .)]")  # the note's own number is in the title
        if len(note) > NOTE_PREVIEW:
            note = note[: NOTE_PREVIEW - 1] + "…"
        return f"<b>{name} {escape(call.label)}</b><br>{escape(note)}<br><i>Click to go to the note</i>"


def _format(
    document: QTextDocument, positions: PositionMap, start: int, end: int, fmt: QTextCharFormat
) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(positions.to_utf16(start))
    cursor.setPosition(positions.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)
