"""The library of sources as a table model, with a filter/sort proxy."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from annotator.domain.model import SourceSummary
from annotator.ui.text import literal

Index = QModelIndex | QPersistentModelIndex
SOURCE_MIME = "application/x-annotator-source"  # the same as the reader's
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SourceTableModel(QAbstractTableModel):
    """Title, author(s), date, kind and annotation count of every source."""

    HEADERS = ("Title", "Author", "Date", "Kind", "Notes")

    def __init__(self, sources: list[SourceSummary] | None = None) -> None:
        super().__init__()
        self._sources: list[SourceSummary] = sources or []

    def set_sources(self, sources: list[SourceSummary]) -> None:
        self.beginResetModel()
        self._sources = sources
        self.endResetModel()

    def set_annotation_count(self, source_id: int, count: int) -> None:
        """A new count for one source's row (after annotations were added or removed), without a reset."""
        row = self.row_of(source_id)
        if row is not None and self._sources[row].annotation_count != count:
            self._sources = list(self._sources)  # the list given to set_sources stays as it was
            self._sources[row] = replace(self._sources[row], annotation_count=count)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def source_at(self, row: int) -> SourceSummary:
        return self._sources[row]

    def row_of(self, source_id: int) -> int | None:
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._sources[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                s.title,
                "; ".join(s.authors),
                s.date_text,
                s.kind.value if s.kind else "",
                s.annotation_count,
            )
            return values[column]
        if role == SORT_ROLE:
            if column == 2:  # dates sort by the start of their range; undated sources last
                return s.date_range.start if s.date_range else "9999"
            if column == 4:
                return s.annotation_count
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).lower()
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            language = s.language or "language unknown"
            details = (
                f"{s.file_name} · {s.length:,} characters · {language} · {s.annotation_count} annotations"
            )
            return literal(f"{s.title}\n{details}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [SOURCE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def, override]
        """A dragged row carries its source id, so a compare pane can show that source."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(SOURCE_MIME, str(self._sources[rows[0]].id).encode())
        return data

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == 4:
            return "Number of annotations"
        return None


class LibraryFilterModel(QSortFilterProxyModel):
    """Keeps the sources whose title, author, date, kind or reference (container, publisher, editors,
    shelfmark, DOI…: ``SourceSummary.reference``) contain every word typed; sorts dates by range."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self._words = text.lower().split()
        self.setFilterFixedString(text)  # refilters; filterAcceptsRow below reads the words

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        shown = [str(model.index(source_row, column, source_parent).data() or "") for column in range(4)]
        reference = model.source_at(source_row).reference if isinstance(model, SourceTableModel) else ""
        haystack = " ".join([*shown, reference]).lower()
        return all(word in haystack for word in self._words)
