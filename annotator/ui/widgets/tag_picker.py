"""Ctrl+T: a type-ahead tag picker over the whole taxonomy; Enter applies the highlighted tag."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from annotator.domain.taxonomy import Taxonomy
from annotator.ui.models.taxonomy import swatch
from annotator.ui.text import literal

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TagPicker(QDialog):
    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Apply a tag")
        self.chosen_tag_id: int | None = None
        model = QStandardItemModel(self)
        for facet in taxonomy.facets:
            for _, tag in taxonomy.walk(facet.id):
                item = QStandardItem(swatch(tag.color), f"{tag.name}   ·   {facet.name}")
                item.setData(tag.id, TAG_ID_ROLE)
                item.setToolTip(literal(tag.description))
                item.setEditable(False)
                model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Type part of a tag's name…")
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.resize(380, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        # Up/Down in the search box move through the list; Enter applies.
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < self.proxy.rowCount():
                    self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            self.chosen_tag_id = index.data(TAG_ID_ROLE)
            self.accept()
