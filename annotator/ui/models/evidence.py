"""The Evidence panel's rows: each kind of evidence found in a source (a heading row) and its proposals
(the rows after it, in text order)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

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


CALL_KINDS = ("note-call", "reference-mark")  # a bare "12" or "*": shown after the words it is glued to
LEAD_IN = 120  # characters before a call: more than a laptop's row shows (it is elided on the left)
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def lead_in(text: str, item: EvidenceItem) -> str:
    """A note call or reference mark as it reads in the text: the words before it, then the call raised
    (``the New Economic Policy (NEP),¹``). A bare "1" in a list tells the historian nothing to decide on."""
    if item.start > len(text):
        return item.text
    before = text[max(0, item.start - LEAD_IN) : item.start]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]  # its own paragraph's words, not a heading's
    elif item.start > LEAD_IN and " " in before:
        before = before.split(" ", 1)[1]  # no half word at the left
    return " ".join(before.split()) + item.text.strip().translate(SUPERSCRIPT)


class EvidenceModel(QAbstractListModel):
    """One flat list: each kind's heading row (in ``ITEM_KINDS`` order) followed by its proposals (in text
    order). Flat, with rows of one height, so that the view never asks for every row: a tree laid out a
    book's 7,000 rows (Python calls for each) whenever the current row was set, a quarter of a second. A
    decision removes or puts back only its own rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: list[str] = []
        self._rows: dict[str, list[EvidenceItem]] = {}
        self._keys: dict[str, list[tuple[int, int, str]]] = {}  # per kind, for bisection
        self._placed: dict[str, tuple[str, tuple[int, int, str]]] = {}  # item id -> its kind and key
        self._heads: list[int] = []  # the row of each kind's heading
        self.source_text = ""  # the source's text, for the words before a note call

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
        self._count_heads()
        self.endResetModel()

    def _count_heads(self) -> None:
        heads, row = [], 0
        for kind in self._kinds:
            heads.append(row)
            row += 1 + len(self._rows[kind])
        self._heads = heads

    def remove(self, ids: Iterable[str]) -> None:
        for item_id in ids:
            placed = self._placed.pop(item_id, None)
            if placed is None:
                continue
            kind, key = placed
            group = self._kinds.index(kind)
            keys, listed = self._keys[kind], self._rows[kind]
            at = bisect_left(keys, key)
            row = self._heads[group] + 1 + at
            if len(listed) == 1:  # the kind's last: its heading goes with it
                self.beginRemoveRows(QModelIndex(), row - 1, row)
                del self._kinds[group], self._rows[kind], self._keys[kind]
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del listed[at], keys[at]
            self._count_heads()
            self.endRemoveRows()

    def insert(self, items: Iterable[EvidenceItem]) -> None:
        """Put these proposals in their places, with their kind's heading when it is missing."""
        for item in items:
            if item.id in self._placed:
                continue
            kind, key = item.kind, _key(item)
            if kind not in self._rows:
                group = bisect_left([_kind_order(k) for k in self._kinds], _kind_order(kind))
                row = self._heads[group] if group < len(self._heads) else self.rowCount()
                self.beginInsertRows(QModelIndex(), row, row + 1)
                self._kinds.insert(group, kind)
                self._rows[kind], self._keys[kind] = [item], [key]
            else:
                group = self._kinds.index(kind)
                at = bisect_left(self._keys[kind], key)
                row = self._heads[group] + 1 + at
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows[kind].insert(at, item)
                self._keys[kind].insert(at, key)
            self._placed[item.id] = (kind, key)
            self._count_heads()
            self.endInsertRows()

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def items_of(self, kind: str) -> list[EvidenceItem]:
        return list(self._rows.get(kind, ()))

    def index_of(self, item_id: str) -> QModelIndex | None:
        placed = self._placed.get(item_id)
        if placed is None:
            return None
        kind, key = placed
        return self.index(self._heads[self._kinds.index(kind)] + 1 + bisect_left(self._keys[kind], key), 0)

    def heading_of(self, kind: str) -> QModelIndex | None:
        return self.index(self._heads[self._kinds.index(kind)], 0) if kind in self._rows else None

    def count(self, kind: str | None = None) -> int:
        return len(self._rows.get(kind, ())) if kind is not None else len(self._placed)

    # The model

    def _at(self, row: int) -> tuple[str, EvidenceItem | None]:
        """The kind of a row, and its item (None for the kind's heading)."""
        group = bisect_right(self._heads, row) - 1
        kind = self._kinds[group]
        at = row - self._heads[group] - 1
        return kind, (None if at < 0 else self._rows[kind][at])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kinds) + len(self._placed)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        kind, item = self._at(index.row())
        if role == KIND_ROLE:
            return kind
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return KIND_PLURALS.get(kind, kind).capitalize()
            if role == COUNT_ROLE:
                return len(self._rows[kind])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind in CALL_KINDS and self.source_text:
                return lead_in(self.source_text, item)
            return " ".join(item.text.split())[:200]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{detail_of(item)}\nClick to go to it in the reader"
        return None


def _key(item: EvidenceItem) -> tuple[int, int, str]:
    return (item.start, item.end, item.id)


def _kind_order(kind: str) -> int:
    return ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS)
