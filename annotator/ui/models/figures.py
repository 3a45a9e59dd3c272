"""The claims table's rows: every figure of the project (``ClaimsModel``), or the figures grouped across
sources with each group's spread (``GroupsModel``), each filtered by ``ClaimsFilter``; and what a group
proposes (a `contradicts` or `corroborates` link between two of its passages).

Both models are flat tables of one row per figure: a project of 500 sources has some 50,000 figures, and a
view asks a table model only for the rows on screen."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from annotator.domain.historical_dates import years_text
from annotator.services.figures import FigureGroup, FigureRecord
from annotator.ui.text import literal

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the FigureRecord of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the FigureGroup of a row (GroupsModel), or its number
KINDS = ("count", "range", "vague", "percent", "fraction", "ratio", "multiple")
# A group whose highest figure is this many times its lowest proposes `contradicts`; one within CLOSE,
# `corroborates`. Historians call a factor of two between estimates a disagreement, not a rounding.
WIDE = 2.0
CLOSE = 1.2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_WIDE_COLOUR = QColor("#b3261e")
_CLOSE_COLOUR = QColor("#1b6e3a")


def number(x: float | None) -> str:
    """A figure's value as a historian writes it: 3.5 million, 700,000, 0.25."""
    if x is None:
        return ""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{x / size:.3g} {word}"
    if abs(x) >= 1000 and not float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.3g}"


def value_text(record: FigureRecord) -> str:
    f = record.figure
    if f.unit == "share" and f.value is not None:  # "a third", "half": of a whole, as per cent
        return f"{f.value * 100:.3g} %"
    if f.value is not None:
        shown = number(f.value)
    elif f.low is not None and f.high is not None:
        # A vague magnitude's top is one short of the next ("thousands": 2,000–9,999): said as the next.
        top = f.high + 1 if f.kind == "vague" and float(f.high + 1) % 10 == 0 else f.high
        low, high = number(f.low), number(top)
        word = high.rpartition(" ")[2]
        # "5–7 million", as one writes it, where both ends are millions.
        if " " in low and low.endswith(f" {word}"):
            low = low.rpartition(" ")[0]
        shown = f"{low}–{high}"
    elif f.low is not None or f.high is not None:
        shown = f"{number(f.low)}–{number(f.high)}"
    else:
        shown = ""
    if f.unit in ("per cent", "percent") and shown:
        shown += " %"
    return shown


def period_text(start: int | None, end: int | None) -> str:
    """A figure's period as years a reader writes ("1932–1933", "480 BC", "27 BC – AD 14"), or ""."""
    return "" if start is None else years_text(start, end)


def cited_text(record: FigureRecord) -> str:
    if record.cited is None:
        return ""
    if not record.cited:
        return "no"
    citation = " ".join(record.citation.split())
    return f"yes: note {citation}" if citation.isdigit() else f"yes: {citation}"


def _low(record: FigureRecord) -> float:
    f = record.figure
    v = f.low if f.low is not None else f.value
    return v if v is not None else 0.0


def _high(record: FigureRecord) -> float:
    f = record.figure
    v = f.high if f.high is not None else f.value
    return v if v is not None else 0.0


def across(groups: Sequence[FigureGroup]) -> list[FigureGroup]:
    """The groups with figures of two sources or more."""
    return [g for g in groups if len({r.source_id for r in g.figures}) > 1]


@dataclass(frozen=True, slots=True)
class Proposal:
    """A link a group proposes between two of its figures' passages (of two sources)."""

    relation: str  # "contradicts" or "corroborates"
    a: FigureRecord
    b: FigureRecord
    group: FigureGroup

    def note(self) -> str:
        return (
            f"Figures for {self.group.counted or 'the same count'}: {self.a.text.strip()} vs "
            f"{self.b.text.strip()} (spread {self.group.spread:g}×)"
        )


def proposal_for(group: FigureGroup) -> Proposal | None:
    """``contradicts`` between the lowest and the highest figure of two sources in a group with a wide
    spread; ``corroborates`` between two sources' figures in a close one; None otherwise."""
    if group.spread is None or len(group.sources) < 2:
        return None
    exact = [r for r in group.figures if r.figure.kind != "vague" and (_low(r) > 0 or _high(r) > 0)]
    pairs = [(a, b) for a in exact for b in exact if a.source_id != b.source_id and _low(a) > 0]
    if not pairs:
        return None
    if group.spread >= WIDE:
        a, b = max(pairs, key=lambda p: _high(p[1]) / _low(p[0]))
        if _high(b) / _low(a) >= WIDE:
            return Proposal("contradicts", a, b, group)
    elif group.spread <= CLOSE:
        a, b = pairs[0]
        return Proposal("corroborates", a, b, group)
    return None


_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[A-ZА-ЯЁ0-9])|\n[ \t]*\n")


def passage_around(text: str, start: int, end: int, reach: int = 600) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (within ``reach`` characters each side): what a link or a
    tag of a figure is about, the figure with what it says."""
    lo = max(0, start - reach)
    begin = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        begin = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    # The full stop and its closing quotes are the sentence's; a blank line is not.
    finish = min(len(text), end + reach) if m is None else m.start() + len(m.group().rstrip())
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(finish, end)


class ClaimsModel(QAbstractTableModel):
    """Every figure: source, the figure as written, value or low–high, approximation, unit, what is counted,
    period, cited, group."""

    HEADERS = ("Source", "Figure", "Value", "Approx.", "Unit", "What is counted", "Period", "Cited", "Group")

    def __init__(self, source_name: Callable[[int], str]) -> None:
        super().__init__()
        self._name = source_name
        self._rows: list[FigureRecord] = []
        self._groups: dict[str, tuple[FigureGroup, FigureRecord]] = {}  # record id -> its group, as grouped

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._groups = {}
        self.endResetModel()

    def add(self, records: Sequence[FigureRecord]) -> None:
        if not records:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._rows.extend(records)
        self.endInsertRows()

    @staticmethod
    def by_record(groups: Sequence[FigureGroup]) -> dict[str, tuple[FigureGroup, FigureRecord]]:
        """What ``set_groups`` keeps, made beforehand (in a worker: 50,000 figures take a while): the
        groups of two sources or more, as the grouped view shows them."""
        return {r.id: (g, r) for g in across(groups) for r in g.figures}

    def set_groups(
        self,
        groups: Sequence[FigureGroup],
        made: dict[str, tuple[FigureGroup, FigureRecord]] | None = None,
    ) -> None:
        self._groups = made if made is not None else self.by_record(groups)
        if self._rows:
            self.dataChanged.emit(self.index(0, 7), self.index(len(self._rows) - 1, 8))

    def records(self) -> list[FigureRecord]:
        return list(self._rows)

    def record_at(self, row: int) -> FigureRecord:
        return self._rows[row]

    def group_of(self, record_id: str) -> FigureGroup | None:
        found = self._groups.get(record_id)
        return None if found is None else found[0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == RECORD_ROLE:
            return r
        if role == SORT_ROLE:
            if column == 2:
                return _low(r)
            if column == 6:
                return r.figure.period_start if r.figure.period_start is not None else 99999
            if column == 8:
                g = self.group_of(r.id)
                return g.group if g is not None else 99999
            return self._text(r, column).lower()
        if role == GROUP_ROLE:
            g = self.group_of(r.id)
            return None if g is None else g.group
        # Tooltips of a project's text are literal: a title or quote that looks like HTML stays text.
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and r.figure.period:
            return literal(f"As written: {r.figure.period}")
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1, 5, 7):
            return literal(self._text(r, column)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 8):
            return _RIGHT
        return None

    def _text(self, r: FigureRecord, column: int) -> str:
        f = r.figure
        if column == 0:
            return self._name(r.source_id)
        if column == 1:
            return " ".join(r.text.split())
        if column == 2:
            return value_text(r)
        if column == 3:
            return f.approx
        if column == 4:
            return f.unit
        if column == 5:
            return f.counted
        if column == 6:  # in years, comparable across sources (as written in the tooltip)
            return period_text(f.period_start, f.period_end) or f.period
        grouped = self._groups.get(r.id)
        if column == 7:  # found with the figure; or, for records stored without it, when grouped
            return cited_text(r if r.cited is not None or grouped is None else grouped[1])
        if grouped is None:
            return ""
        g = grouped[0]
        return f"{g.group}" + (f" ({g.spread:g}×)" if g.spread is not None else "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                2: "The value, or low–high for a range or a vague magnitude",
                7: "Whether the source cites anyone for the figure (a citation or note call after it)",
                8: "The group of figures counting the same thing across sources, with its spread "
                "(highest ÷ lowest)",
            }.get(section)
        return None


class GroupsModel(QAbstractTableModel):
    """The figures grouped across sources, side by side: a group's rows follow one another, the first
    carrying what is counted, the period and the spread (the view spans them over the group's rows)."""

    HEADERS = ("Group", "What is counted", "Period", "Spread", "Source", "Figure", "Value", "Cited")

    def __init__(self, source_name: Callable[[int], str]) -> None:
        super().__init__()
        self._name = source_name
        self._rows: list[tuple[FigureGroup, FigureRecord, bool]] = []  # (group, figure, first of its group)
        self._groups: list[FigureGroup] = []

    @staticmethod
    def flatten(groups: Sequence[FigureGroup]) -> list[tuple[FigureGroup, FigureRecord, bool]]:
        """The rows of ``groups``, made beforehand (in a worker: 50,000 figures take a while)."""
        return [
            (g, r, i == 0)
            for g in across(groups)
            for i, r in enumerate(sorted(g.figures, key=lambda r: (r.source_id, _low(r))))
        ]

    def set_groups(
        self,
        groups: Sequence[FigureGroup],
        rows: list[tuple[FigureGroup, FigureRecord, bool]] | None = None,
    ) -> None:
        """The groups of figures of two sources or more (a source that repeats its own figure is no
        comparison); ``rows``: ``flatten(groups)`` made beforehand."""
        groups = across(groups)
        self.beginResetModel()
        self._groups = list(groups)
        self._rows = rows if rows is not None else self.flatten(groups)
        self.endResetModel()

    def groups(self) -> list[FigureGroup]:
        return list(self._groups)

    def spans(self) -> list[tuple[int, int]]:
        """(first row, rows) of each group."""
        found, row = [], 0
        for g in self._groups:
            found.append((row, len(g.figures)))
            row += len(g.figures)
        return found

    def record_at(self, row: int) -> FigureRecord:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        g, r, _first = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(g, r, column)
        if role == RECORD_ROLE:
            return r
        if role == GROUP_ROLE:
            return g
        if role == SORT_ROLE:
            return (g.group, _low(r))
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and g.spread is not None:
            if g.spread >= WIDE:
                return _WIDE_COLOUR
            if g.spread <= CLOSE:
                return _CLOSE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and g.spread is not None:
            proposal = proposal_for(g)
            said = f"highest ÷ lowest = {g.spread:g}"
            return said + (f"; proposes a “{proposal.relation}” link" if proposal else "")
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5, 7):
            return literal(self._text(g, r, column)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 6):
            return _RIGHT
        return None

    def _text(self, g: FigureGroup, r: FigureRecord, column: int) -> str:
        if column == 0:
            return str(g.group)
        if column == 1:
            return g.counted
        if column == 2:
            return period_text(g.period_start, g.period_end)
        if column == 3:
            return "" if g.spread is None else f"{g.spread:g}×"
        if column == 4:
            return self._name(r.source_id)
        if column == 5:
            return " ".join(r.text.split())
        if column == 6:
            return value_text(r)
        return cited_text(r)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 3:
            return "Highest ÷ lowest; red: wide (proposes “contradicts”), green: close (“corroborates”)"
        return None


@dataclass(slots=True)
class Filter:
    counted: str = ""  # words, each to be found in what is counted
    years: tuple[int, int] | None = None  # the period must overlap these years
    source_id: int | None = None
    kind: str = ""
    record_ids: frozenset[str] | None = None  # only these (the figures inside annotations of a tag)


def parse_years(text: str) -> tuple[int, int] | None:
    """"1932", "1930-1939", "1930–39", "1930s" as inclusive years; None for nothing or nonsense."""
    text = text.strip()
    if m := re.fullmatch(r"(\d{4})s", text):
        return int(m[1]), int(m[1]) + 9
    if m := re.fullmatch(r"(\d{4})\s*(?:[-–—]|to|\.\.)\s*(\d{2,4})", text):
        first, second = int(m[1]), m[2]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return (first, last) if last >= first else None
    if m := re.fullmatch(r"\d{4}", text):
        return int(text), int(text)
    return None


class ClaimsFilter(QSortFilterProxyModel):
    """Keeps the figures that match every filter set; sorts values as numbers and periods as years."""

    def __init__(self) -> None:
        super().__init__()
        self.filter = Filter()
        self._any = True  # no filter set: every row is kept without looking at it
        self.setSortRole(SORT_ROLE)
        # Groups arriving change two columns of every row, which decide no filter: 50,000 rows must not be
        # filtered again for it. A filter set filters again (set_filter), new rows are filtered anyway.
        self.setDynamicSortFilter(False)

    def set_filter(self, chosen: Filter) -> None:
        self.beginFilterChange()
        self.filter = chosen
        self._any = chosen == Filter()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # type: ignore[override]
        if self._any:
            return True
        model = self.sourceModel()
        r: FigureRecord = model.record_at(source_row)  # type: ignore[attr-defined]
        chosen = self.filter
        f = r.figure
        if chosen.source_id is not None and r.source_id != chosen.source_id:
            return False
        if chosen.kind and f.kind != chosen.kind:
            return False
        if chosen.record_ids is not None and r.id not in chosen.record_ids:
            return False
        if chosen.counted:
            counted = f.counted.lower()
            if not all(word in counted for word in chosen.counted.lower().split()):
                return False
        if chosen.years is not None:
            if f.period_start is None:
                return False
            end = f.period_end if f.period_end is not None else f.period_start
            if f.period_start > chosen.years[1] or end < chosen.years[0]:
                return False
        return True
