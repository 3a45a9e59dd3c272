"""The current source's annotations, in text order, as a list model."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.domain.model import Annotation
from annotator.ui.text import literal

Index = QModelIndex | QPersistentModelIndex
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _order(annotation: Annotation) -> tuple[int, int, int]:
    return (annotation.start, annotation.end, annotation.id)


class AnnotationListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._annotations: list[Annotation] = []
        # Each listed annotation by id: its row is found by its place in the order (a scan of 5,000 rows,
        # three at each tag key, was a twentieth of the key).
        self._by_id: dict[int, Annotation] = {}

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._annotations = sorted(annotations, key=_order)
        self._by_id = {a.id: a for a in self._annotations}
        self.endResetModel()

    def upsert(self, annotations: list[Annotation]) -> None:
        """Add or replace a few annotations with row signals, not a reset (views keep their place)."""
        self.remove([a.id for a in annotations])
        for annotation in sorted(annotations, key=_order):
            row = bisect_left(self._annotations, _order(annotation), key=_order)  # keys of log n rows
            self.beginInsertRows(QModelIndex(), row, row)
            self._annotations.insert(row, annotation)
            self._by_id[annotation.id] = annotation
            self.endInsertRows()

    def remove(self, annotation_ids: list[int]) -> None:
        for annotation_id in annotation_ids:
            row = self.row_of(annotation_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._annotations[row]
                del self._by_id[annotation_id]
                self.endRemoveRows()

    def annotation_at(self, row: int) -> Annotation:
        return self._annotations[row]

    def row_of(self, annotation_id: int) -> int | None:
        annotation = self._by_id.get(annotation_id)
        if annotation is None:
            return None
        return bisect_left(self._annotations, _order(annotation), key=_order)  # (start, end, id) is unique

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._annotations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        annotation = self._annotations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(annotation.quote.exact.split())
        if role == ANNOTATION_ROLE:
            return annotation
        if role == ID_ROLE:
            return annotation.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = ", ".join(t.name for t in annotation.tags) or "no tags"
            return literal(f"{tags}\n\n{annotation.note}" if annotation.note else tags)
        return None
