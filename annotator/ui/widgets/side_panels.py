"""The library (sources with a filter box) and the tag palette (the taxonomy tree)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QTreeView, QVBoxLayout, QWidget

from annotator.domain.model import SourceSummary
from annotator.ui.models.library import ID_ROLE, LibraryFilterModel, SourceTableModel
from annotator.ui.models.taxonomy import TAG_ID_ROLE, TaxonomyModel

# On a narrow dock the title keeps this much room; date, author and kind give way, in that order of need.
TITLE_MIN_WIDTH = 180
COLUMNS_BY_PRIORITY = ((2, 84), (1, 96), (3, 66))
NOTES_COLUMN = 4


class LibraryPanel(QWidget):
    source_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourceTableModel()
        self.proxy = LibraryFilterModel()
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by title, author, date, kind, reference…")
        self.filter.setToolTip(
            "Keeps the sources with every word typed in their title, author, date or kind, or in their\n"
            "reference: container, publisher and place, editors, translators, archive, shelfmark,\n"
            "call number, DOI, ISBN, original date, extra."
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setDragEnabled(True)  # onto a pane of the compare view
        self.table.setDragDropMode(QTableView.DragDropMode.DragOnly)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column, width in ((1, 96), (2, 84), (3, 66), (4, 44)):
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole title is in the row's tooltip
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)  # its width is the room the columns share
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Show the columns the dock has room for beside a readable title; the rest give way in turn."""
        room = self.table.viewport().width() - self.table.horizontalHeader().sectionSize(NOTES_COLUMN)
        for column, width in COLUMNS_BY_PRIORITY:
            shown = room - width >= TITLE_MIN_WIDTH
            self.table.setColumnHidden(column, not shown)
            if shown:
                room -= width

    def set_sources(self, sources: list[SourceSummary], current_id: int | None) -> None:
        self.model.set_sources(sources)
        self.mark_current(current_id)

    def mark_current(self, source_id: int | None) -> None:
        row = self.model.row_of(source_id) if source_id is not None else None
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())

    def _activated(self, index: QModelIndex) -> None:
        self.source_activated.emit(index.data(ID_ROLE))


class TagPalette(QTreeView):
    """Click a tag to apply it to the selection (or toggle it on the selected annotation)."""

    tag_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy_model = TaxonomyModel()
        self.setModel(self.taxonomy_model)
        self.setHeaderHidden(False)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)  # the room goes to the tag names (the whole name is in the tooltip)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking a tag must not take the reader's selection
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Key and Uses sized to their contents by hand, not ResizeToContents: in that mode every changed
        # count (each tag key pressed) made the header measure every cell of the tree again (~4 ms a key).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.clicked.connect(self._clicked)
        self.taxonomy_model.modelReset.connect(self.expandAll)
        self.taxonomy_model.modelReset.connect(self._fit_columns)
        self.taxonomy_model.dataChanged.connect(self._fit_changed)

    def _fit_columns(self) -> None:
        """Key and Uses as wide as their widest cell or their title (a new taxonomy, new counts)."""
        header = self.header()
        for column in (1, 2):
            header.resizeSection(column, max(self.sizeHintForColumn(column), header.sectionSizeHint(column)))

    def _fit_changed(self, first: QModelIndex, last: QModelIndex, roles: object = None) -> None:
        """A count grown wider than its column (999 to 1,000 uses) widens it, measured from its cell alone."""
        if first.column() <= 2 <= last.column() and first == last:
            needed = self.sizeHintForIndex(first).width()
            if needed > self.header().sectionSize(2):
                self.header().resizeSection(2, needed)
        elif first.column() <= 2 <= last.column():
            self._fit_columns()

    def _clicked(self, index: QModelIndex) -> None:
        tag_id = index.data(TAG_ID_ROLE)
        if tag_id is not None:
            self.tag_clicked.emit(tag_id)
