"""The welcome pane shown on an empty project: how to begin, and the sample project."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

WELCOME_TEXT = """
<h2 style="font-weight: normal">This project has no sources yet</h2>
<p>Import the texts you want to examine — plain text, Markdown, web pages (HTML), PDF (its text
layer) or Word (.docx) files: use <b>File › Import…</b> (Ctrl+I), or drag files from your file
manager onto this window.
The original files are kept unchanged inside the project.</p>
<p>Then read, select a passage and tag it: press <b>1–9</b> for a tag of the active facet
(<b>Tab</b> changes facet), click a tag in the palette, or press <b>Ctrl+T</b> and type.
Everything is saved as you go, and <b>Ctrl+Z</b> undoes any edit.</p>
<p>To try everything first, open the sample project: four short invented sources about
collectivisation in 1930, already annotated and linked.</p>
"""


class WelcomePane(QWidget):
    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(WELCOME_TEXT)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMaximumWidth(620)
        text.setStyleSheet("font-size: 11pt; color: #333; line-height: 140%;")
        import_button = QPushButton("Import files…")
        import_button.setDefault(True)
        import_button.clicked.connect(self.import_requested)
        sample_button = QPushButton("Open sample project")
        sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(sample_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(text)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self.setStyleSheet("WelcomePane { background: #FCFBF7; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
