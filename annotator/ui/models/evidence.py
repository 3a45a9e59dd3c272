"""The Evidence panel's rows: the kinds of evidence found in a source (group rows) and their proposals
(rows under them, in text order)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotator.services.evidence import ITEM_KINDS, EvidenceItem

Index = QModelIndex | QPersistentModelIndex
KIND_PLURALS = {
    "citation": "citations",
    "note-call": "note calls",
    "reference-mark": "reference marks",
    "quotation": "quotations",
    "comment": "comments",
}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the EvidenceItem of a row
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind of a group row (and of its items)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: asked of every row


def detail_of(item: EvidenceItem) -> str:
    """The second line of a row: what accepting it records (the speaker, the reference cited)."""
    ref = item.proposal.evidence_ref
    if item.kind in ("quotation", "comment"):
        who = f"— {item.speaker}" if item.speaker else "— unattributed"
        block = " · block quotation" if item.evidence.form.value == "block" else ""
        return who + (f" · {ref}" if ref else "") + block
    if not ref:
        return item.proposed_tags[0]
    return ref if ref.startswith("note ") else f"cites {ref}"


class EvidenceModel(QAbstractItemModel):
    """Kinds (group rows, in ``ITEM_KINDS`` order) and their proposals (rows under them, in text order),
    over plain lists: thousands of rows are set in milliseconds, and a decision removes or puts back only
    its own rows (a QStandardItem each took a fifth of a second for a book's 6,600)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: list[str] = []
        self._rows: dict[str, list[EvidenceItem]] = {}
        self._keys: dict[str, list[tuple[int, int, str]]] = {}  # per kind, for bisection
        self._placed: dict[str, tuple[str, tuple[int, int, str]]] = {}  # item id -> its kind and key

    # Contents

    def set_items(self, proposed: Sequence[EvidenceItem]) -> None:
        self.beginResetModel()
        rows: dict[str, list[EvidenceItem]] = {}
        for item in sorted(proposed, key=_key):
            rows.setdefault(item.kind, []).append(item)
        self._kinds = sorted(rows, key=_kind_order)
        self._rows = rows
        self._keys = {kind: [_key(i) for i in listed] for kind, listed in rows.items()}
        self._placed = {i.id: (i.kind, _key(i)) for listed in rows.values() for i in listed}
        self.endResetModel()

    def remove(self, ids: Iterable[str]) -> None:
        for item_id in ids:
            placed = self._placed.pop(item_id, None)
            if placed is None:
                continue
            kind, key = placed
            group = self._kinds.index(kind)
            keys, listed = self._keys[kind], self._rows[kind]
            row = bisect_left(keys, key)
            if len(listed) == 1:  # the kind's last: its group goes
                self.beginRemoveRows(QModelIndex(), group, group)
                del self._kinds[group], self._rows[kind], self._keys[kind]
                self.endRemoveRows()
                continue
            self.beginRemoveRows(self.index(group, 0), row, row)
            del listed[row], keys[row]
            self.endRemoveRows()

    def insert(self, items: Iterable[EvidenceItem]) -> list[QModelIndex]:
        """Put these proposals in their places; their groups are made when missing (the caller expands
        them). Returns the indexes of groups made."""
        made: list[QModelIndex] = []
        for item in items:
            if item.id in self._placed:
                continue
            kind = item.kind
            if kind not in self._rows:
                group = bisect_left([_kind_order(k) for k in self._kinds], _kind_order(kind))
                self.beginInsertRows(QModelIndex(), group, group)
                self._kinds.insert(group, kind)
                self._rows[kind], self._keys[kind] = [], []
                self.endInsertRows()
                made.append(self.index(group, 0))
            group = self._kinds.index(kind)
            row = bisect_left(self._keys[kind], _key(item))
            self.beginInsertRows(self.index(group, 0), row, row)
            self._rows[kind].insert(row, item)
            self._keys[kind].insert(row, _key(item))
            self._placed[item.id] = (kind, _key(item))
            self.endInsertRows()
        return made

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def items_of(self, kind: str) -> list[EvidenceItem]:
        return list(self._rows.get(kind, ()))

    def index_of(self, item_id: str) -> QModelIndex | None:
        placed = self._placed.get(item_id)
        if placed is None:
            return None
        kind, key = placed
        return self.index(bisect_left(self._keys[kind], key), 0, self.index(self._kinds.index(kind), 0))

    def count(self, kind: str | None = None) -> int:
        return len(self._rows.get(kind, ())) if kind is not None else len(self._placed)

    # The model

    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._kinds) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._kinds):
            return QModelIndex()
        listed = self._rows[self._kinds[parent.row()]]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(listed) else QModelIndex()

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()  # type: ignore[return-value]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._kinds)
        if parent.internalId() != 0 or parent.row() >= len(self._kinds):
            return 0
        return len(self._rows[self._kinds[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            kind = self._kinds[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return KIND_PLURALS.get(kind, kind).capitalize()
            if role == KIND_ROLE:
                return kind
            if role == COUNT_ROLE:
                return len(self._rows[kind])
            return None
        kind = self._kinds[int(index.internalId()) - 1]
        item = self._rows[kind][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(item.text.split())[:200]
        if role == ITEM_ROLE:
            return item
        if role == KIND_ROLE:
            return kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{detail_of(item)}\nClick to go to it in the reader"
        return None


def _key(item: EvidenceItem) -> tuple[int, int, str]:
    return (item.start, item.end, item.id)


def _kind_order(kind: str) -> int:
    return ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS)
