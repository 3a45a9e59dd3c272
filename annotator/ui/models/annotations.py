"""The current source's annotations, in text order, as a list model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.domain.model import Annotation

Index = QModelIndex | QPersistentModelIndex
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class AnnotationListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._annotations: list[Annotation] = []

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._annotations = sorted(annotations, key=lambda a: (a.start, a.end, a.id))
        self.endResetModel()

    def row_of(self, annotation_id: int) -> int | None:
        return next((i for i, a in enumerate(self._annotations) if a.id == annotation_id), None)

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
            return f"{tags}\n\n{annotation.note}" if annotation.note else tags
        return None
