"""Links between passages as a list model: both quotes, the relation and the note."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.domain.model import Link
from annotator.ui.models.taxonomy import swatch
from annotator.ui.text import literal

Index = QModelIndex | QPersistentModelIndex
LINK_ROLE = Qt.ItemDataRole.UserRole + 1


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class LinkListModel(QAbstractListModel):
    def __init__(self, colors: dict[object, str] | None = None) -> None:
        super().__init__()
        self._links: list[Link] = []
        self._colors = colors or {}

    def set_links(self, links: list[Link]) -> None:
        self.beginResetModel()
        self._links = list(links)
        self.endResetModel()

    def row_of(self, link_id: int) -> int | None:
        return next((i for i, link in enumerate(self._links) if link.id == link_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        link = self._links[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            note = f"\n✎ {_short(link.note, 80)}" if link.note else ""
            return f"“{_short(link.a.quote)}”\n   {link.relation.label} →  “{_short(link.b.quote)}”{note}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{link.a.quote}\n\n{link.relation.label}\n\n{link.b.quote}\n\n{link.note}"
            return literal(tip.strip())
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#222222")
        if role == Qt.ItemDataRole.DecorationRole:
            color = self._colors.get(link.relation)
            return swatch(color, 10) if color else None
        if role == LINK_ROLE:
            return link
        return None
