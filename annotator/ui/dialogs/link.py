"""Choosing a link's relation and note."""

from __future__ import annotations

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
        quotes = QLabel(f"<i>“{_short(left_quote)}”</i><br>and<br><i>“{_short(right_quote)}”</i>")
        quotes.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Relation", self.relation)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quotes)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def chosen(self) -> tuple[str, str]:
        return self.relation.currentData(), self.note.toPlainText().strip()
