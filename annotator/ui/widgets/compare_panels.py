"""Panels of the compare view: the links between the two sources, and similar passages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from annotator.domain.model import Link
from annotator.search.similar import SimilarPassage
from annotator.ui.models.links import LINK_ROLE, LinkListModel
from annotator.ui.widgets.compare_view import RELATION_COLORS

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
PAIR_ROLE = Qt.ItemDataRole.UserRole + 2


class LinksPanel(QWidget):
    link_activated = Signal(object)  # Link
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinkListModel(RELATION_COLORS)  # type: ignore[arg-type]
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.clicked.connect(lambda index: self.link_activated.emit(index.data(LINK_ROLE)))
        self.list.activated.connect(lambda index: self.link_activated.emit(index.data(LINK_ROLE)))
        edit = QPushButton("Edit…")
        edit.clicked.connect(lambda: self._emit(self.edit_requested))
        delete = QPushButton("Delete")
        delete.clicked.connect(lambda: self._emit(self.delete_requested))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def current(self) -> Link | None:
        return self.list.currentIndex().data(LINK_ROLE)

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        link = self.current()
        if link is not None:
            signal.emit(link)

    def set_links(self, links: list[Link]) -> None:
        self.model.set_links(links)


class SimilarPanel(QWidget):
    """Ranked similar passages (or the overview's parallels): click to look, Link to accept."""

    passage_activated = Signal(object)  # SimilarPassage, or an overview pair
    link_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Select a passage on one side of the compare view and press Find similar.")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #555")
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.clicked.connect(self._activated)
        self.list.activated.connect(self._activated)
        link = QPushButton("Link…")
        link.setToolTip("Link the selected passage with this one")
        link.clicked.connect(self._link)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def show_results(self, title: str, results: list[SimilarPassage], text: str) -> None:
        self.title.setText(title)
        self.model.clear()
        for rank, passage in enumerate(results, start=1):
            preview = " ".join(text[passage.start : passage.end].split())
            preview = preview if len(preview) <= 220 else preview[:219] + "…"
            item = QStandardItem(
                f"{rank}. score {passage.score:.1f} · {', '.join(passage.terms[:8])}\n{preview}"
            )
            item.setData(passage, PASSAGE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if results:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def show_pairs(self, title: str, pairs, left_text: str, right_text: str) -> None:  # type: ignore[no-untyped-def]
        self.title.setText(title)
        self.model.clear()
        for pair in pairs:
            left = " ".join(left_text[pair.left_start : pair.left_end].split())[:90]
            right = " ".join(right_text[pair.right.start : pair.right.end].split())[:90]
            item = QStandardItem(f"“{left}…”\n  ≈ “{right}…”  ({pair.right.strength:.2f})")
            item.setData(pair, PAIR_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def current(self) -> object | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return index.data(PASSAGE_ROLE) or index.data(PAIR_ROLE)

    def _activated(self, index: QModelIndex) -> None:
        found = index.data(PASSAGE_ROLE) or index.data(PAIR_ROLE)
        if found is not None:
            self.passage_activated.emit(found)

    def _link(self) -> None:
        found = self.current()
        if found is not None:
            self.link_requested.emit(found)
