"""Text from a project or a file, shown by Qt as the characters it is.

Qt guesses the format of tooltips, message boxes and labels left at ``Qt.AutoText``: a string whose first
line holds something tag-like (``Qt.mightBeRichText``) is rendered as HTML. A source title such as
``Minutes <img src="/dev/zero">`` would then be drawn as markup, and Qt would read the file it names (a FIFO
hangs the app, ``/dev/zero`` eats its memory). Labels that show such text are made ``PlainText``; where
the format cannot be chosen (tooltips, the labels inside QInputDialog and QProgressDialog), ``literal``
escapes it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def literal(text: str) -> str:
    """``text`` for a place where Qt guesses the format: it is shown exactly, line breaks and spaces kept.

    Left as it is when Qt would show it as plain text anyway (a plain tooltip keeps its own layout);
    otherwise escaped inside an element Qt always takes for rich text, so an ``&amp;`` stays ``&amp;`` too.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    return f'<qt><p style="white-space:pre-wrap">{escape(text, quote=False)}</p></qt>'


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as text, whatever it looks like."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


OPENING_MARKS = "“‘«„‚\"'‹「"
CLOSING_MARKS = "”’»“‘\"'›」"


def in_quotes(text: str) -> str:
    """``text`` between “ and ”, unless it already is between quotation marks of its own (a quotation
    accepted from the Evidence panel keeps its marks): ““We were all…”” read as a stutter."""
    if len(text) > 1 and text[0] in OPENING_MARKS:
        if text[-1] in CLOSING_MARKS:
            return text
        if text.endswith("…"):  # its own closing mark was cut off with the rest
            return f"{text}”"
    return f"“{text}”"
