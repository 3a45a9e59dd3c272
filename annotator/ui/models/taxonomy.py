"""The taxonomy as a tree model: facets at the top, their tags below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from annotator.domain.model import Facet, Tag
from annotator.domain.taxonomy import Taxonomy
from annotator.ui.text import literal

Index = QModelIndex | QPersistentModelIndex
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACET_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class _Node:
    __slots__ = ("children", "facet", "parent", "row", "tag")

    def __init__(
        self, parent: _Node | None, row: int, facet: Facet | None = None, tag: Tag | None = None
    ) -> None:
        self.parent, self.row, self.facet, self.tag = parent, row, facet, tag
        self.children: list[_Node] = []


class TaxonomyModel(QAbstractItemModel):
    """Columns: name (with a colour swatch), shortcut, and how many annotations carry the tag."""

    HEADERS = ("Tag", "Key", "Uses")

    def __init__(self) -> None:
        super().__init__()
        self._root = _Node(None, 0)
        self.taxonomy = Taxonomy((), ())
        self._usage: dict[int, int] = {}
        self.active_facet_id: int | None = None

    def set_taxonomy(self, taxonomy: Taxonomy, usage: dict[int, int]) -> None:
        self.beginResetModel()
        self.taxonomy, self._usage = taxonomy, usage
        self._root = _Node(None, 0)
        for facet_row, facet in enumerate(taxonomy.facets):
            facet_node = _Node(self._root, facet_row, facet=facet)
            self._root.children.append(facet_node)
            self._add_children(facet_node, facet.id, None)
        self.endResetModel()

    def _add_children(self, node: _Node, facet_id: int, parent_id: int | None) -> None:
        for row, tag in enumerate(self.taxonomy.children(facet_id, parent_id)):
            child = _Node(node, row, tag=tag)
            node.children.append(child)
            self._add_children(child, facet_id, tag.id)

    def usage(self) -> dict[int, int]:
        """A copy of the counts shown: annotations carrying each tag id (tags in none are absent)."""
        return dict(self._usage)

    def set_usage(self, usage: dict[int, int]) -> None:
        """New counts for the Uses column, after annotations changed (the tree stays as it is). Only the
        cells whose count changed are announced: the palette sizes that column to its contents, and
        announcing every row made it measure the whole tree at each key press (~30 ms with 5,000 uses)."""
        if usage == self._usage:
            return
        old = self._usage
        changed = {tag_id for tag_id in usage.keys() | old.keys() if usage.get(tag_id) != old.get(tag_id)}
        self._usage = usage
        nodes = [self._root]
        while nodes:
            node = nodes.pop()
            if node.tag is not None and node.tag.id in changed:
                cell = self.createIndex(node.row, 2, node)
                self.dataChanged.emit(cell, cell)
            nodes.extend(node.children)

    def set_active_facet(self, facet_id: int | None) -> None:
        self.active_facet_id = facet_id
        if self._root.children:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._root.children) - 1, 0))

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children)) or not (0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if node.facet is not None:
            return self._facet_data(node.facet, index.column(), role)
        assert node.tag is not None
        return self._tag_data(node.tag, index.column(), role)

    def _facet_data(self, facet: Facet, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            active = "   ◂ keys 1–9" if facet.id == self.active_facet_id else ""
            return facet.name + active
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = "Tab in the reader makes the next facet active."
            return literal(f"{facet.name}: {facet.description}\n{hint}")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(facet.color)
        if role == FACET_ID_ROLE:
            return facet.id
        return None

    def _tag_data(self, tag: Tag, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, tag.shortcut, self._usage.get(tag.id, 0) or "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            key = f"\nShortcut: {tag.shortcut}" if tag.shortcut else ""
            return literal(f"{tag.name} ({self.taxonomy.path(tag)})\n{tag.description}{key}")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(tag.color)
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 2):
            return QColor("#777777")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TAG_ID_ROLE:
            return tag.id
        if role == FACET_ID_ROLE:
            return tag.facet_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def index_of_tag(self, tag_id: int) -> QModelIndex:
        def find(node: _Node) -> _Node | None:
            for child in node.children:
                if child.tag is not None and child.tag.id == tag_id:
                    return child
                found = find(child)
                if found is not None:
                    return found
            return None

        node = find(self._root)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()
