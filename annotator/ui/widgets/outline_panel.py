"""The outline of the open source: its headings, nested by level; a click brings one into view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from annotator.services.structure import OutlineEntry

START_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QWidget):
    heading_activated = Signal(int)  # code point where the heading starts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.empty = QLabel("No headings were found in this source.")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def set_outline(self, entries: Sequence[OutlineEntry]) -> None:
        self.tree.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []  # (level, item) of the open ancestors
        for entry in entries:
            while parents and parents[-1][0] >= entry.level:
                parents.pop()
            item = QTreeWidgetItem([entry.title])
            item.setData(0, START_ROLE, entry.start)
            item.setToolTip(0, "")  # titles are shown as text only, never as rich text
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append((entry.level, item))
        self.tree.expandAll()
        self._stack.setCurrentWidget(self.tree if entries else self.empty)

    def titles(self) -> list[str]:
        """Every heading shown, depth first (for tests and accessibility)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item.text(0))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.heading_activated.emit(int(item.data(0, START_ROLE)))
