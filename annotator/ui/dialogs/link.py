"""Choosing a link's relation and note."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Relation


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class LinkDialog(QDialog):
    def __init__(
        self,
        left_quote: str,
        right_quote: str,
        parent: QWidget | None = None,
        relation: Relation = Relation.CORROBORATES,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Link passages")
        self.relation = QComboBox()
        for item in Relation:
            self.relation.addItem(item.label, item.value)
        self.relation.setCurrentIndex(self.relation.findData(relation.value))
        self.note = QPlainTextEdit(note)
        self.note.setPlaceholderText("Why are they linked? (optional)")
        self.note.setFixedHeight(80)
        left, right = escape(_short(left_quote)), escape(_short(right_quote))
        self.quotes = QLabel(f"<i>“{left}”</i><br>and<br><i>“{right}”</i>")
        self.quotes.setTextFormat(Qt.TextFormat.RichText)  # the quotes are escaped: a quote is only text
        self.quotes.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Relation", self.relation)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quotes)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def chosen(self) -> tuple[str, str]:
        return self.relation.currentData(), self.note.toPlainText().strip()
