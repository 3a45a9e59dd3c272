"""Help › Keyboard shortcuts: every action with its keys, and the reader's own keys."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

READER_KEYS = (
    ("1 – 9", "Tag the selection (or the selected annotation) with a tag of the active facet"),
    ("Tab", "Make the next facet active"),
    ("Shift + arrows", "Select by keyboard; letting go of Shift (or Enter) finishes the selection"),
    ("Alt + drag", "Select an exact range (no snapping to whole words)"),
    ("Click a highlight", "Select that annotation"),
    ("Alt + Down / Alt + Up", "Go to the next / previous proposal (a citation or quotation found)"),
    ("Enter", "On a proposal: accept it as an annotation with the tags it suggests"),
    ("X", "On a proposal: reject it (it is not proposed again)"),
    ("A / X", "In the Evidence panel's list: accept / reject the chosen proposal (Enter: go to it)"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows: list[tuple[str, str]] = list(READER_KEYS)
        for action in parent.findChildren(QAction):
            keys = " or ".join(  # every key of the action (Redo has several), not only the first
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )
            if keys and action.text():
                rows.append((keys, action.text().replace("&", "").strip()))
        rows = list(dict.fromkeys(rows))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["Keys", "Does"])
        for i, (keys, text) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 520)
