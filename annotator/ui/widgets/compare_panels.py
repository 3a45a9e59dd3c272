"""Panels of the compare view: the links between the two sources, and similar passages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Link
from annotator.search.similar import CONFIDENT, OverviewPair, SimilarPassage
from annotator.ui.models.links import LINK_ROLE, LinkListModel
from annotator.ui.widgets.compare_view import RELATION_COLORS

PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
PAIR_ROLE = Qt.ItemDataRole.UserRole + 2
WEAKEST = 0.05  # the lowest strength the overview can be asked to show: below it nothing is a parallel


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
    threshold_changed = Signal(float)  # the overview's strength threshold, as the user set it

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
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(WEAKEST, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(CONFIDENT)
        self.threshold.setToolTip(
            "The overview lists parallels at least this strong: higher shows fewer and surer ones"
        )
        self.threshold.valueChanged.connect(self._threshold_changed)
        strength = QLabel("Strength ≥")  # short: the panel shares a narrow dock on a laptop
        strength.setToolTip(self.threshold.toolTip())
        strength.setBuddy(self.threshold)
        buttons = QHBoxLayout()
        buttons.addWidget(strength)
        buttons.addWidget(self.threshold)
        buttons.addStretch(1)
        buttons.addWidget(link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._pairs: list[OverviewPair] = []  # the overview's parallels down to WEAKEST, strongest first
        self._texts = ("", "")
        self._overview = False

    def set_threshold(self, value: float) -> None:
        """Show the overview's parallels at least ``value`` strong (without telling threshold_changed)."""
        self.threshold.blockSignals(True)
        self.threshold.setValue(value)
        self.threshold.blockSignals(False)
        if self._overview:
            self._fill_pairs()

    def show_results(self, title: str, results: list[SimilarPassage], text: str) -> None:
        self._overview = False
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

    def show_pairs(self, pairs: list[OverviewPair], left_text: str, right_text: str) -> None:
        """The overview's parallels (strongest first); those below the threshold are kept but not shown."""
        self._pairs, self._texts, self._overview = list(pairs), (left_text, right_text), True
        self._fill_pairs()

    @property
    def showing_overview(self) -> bool:
        return self._overview

    def shown_pairs(self) -> list[OverviewPair]:
        """The parallels listed now: the overview's, at least as strong as the threshold."""
        if not self._overview:
            return []
        return [pair for pair in self._pairs if pair.strength >= round(self.threshold.value(), 2)]

    def _fill_pairs(self) -> None:
        shown = self.shown_pairs()
        self.title.setText(
            f"Overview: {len(shown)} parallel{'s' if len(shown) != 1 else ''} of strength "
            f"≥ {self.threshold.value():.2f}, strongest first. Select one to look; Link… accepts it."
        )
        self.model.clear()
        left_text, right_text = self._texts
        for pair in shown:
            left = " ".join(left_text[pair.left_start : pair.left_end].split())[:90]
            right = " ".join(right_text[pair.right.start : pair.right.end].split())[:90]
            item = QStandardItem(f"“{left}…”\n  ≈ “{right}…”  ({pair.strength:.2f})")
            item.setData(pair, PAIR_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def _threshold_changed(self, value: float) -> None:
        if self._overview:
            self._fill_pairs()
        self.threshold_changed.emit(value)

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
