"""Plain-text tables whose header row names the years: each column's cells are of that column's year or span.

PDF extraction, OCR and text captures give a statistical table as lines: a caption ("Wheat imports (in
thousands of quarters)"), a header row of years ("1851. 1861. 1871.", "| 1880 | 1890 |", "1881-91  1891-1901")
and rows of a label and one cell per column ("Number of patients   7,619   10,414"), the columns parted
by runs of spaces, tabs or "|" -- or, in a capture that lost the alignment, by single spaces. A row's cells
are read from its right end, one per header year, so a label that holds a number of its own ("Proportion
in 100,000") does not shift them. The row's label says what its cells count, the caption their scale and unit.

Not tables: a line of years with no row of as many numbers under it (a list of years, a chronology), and
lines of a name and one year (no header row of years over them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers.nouns import _is_people
from annotator.domain.figures.numbers.values import _value
from annotator.domain.figures.text import YEAR

# A header cell: a year, or a span of years ("1881-91", "1891–1901"), with old print's full stop after it
_YEAR_CELL = rf"{YEAR}(?:[ \t]?[-–—][ \t]?\d{{2,4}})?\.?"
_HEADER = re.compile(
    rf"^[ \t|]*(?:[^\W\d][^\n\d|]{{0,40}}?[ \t|]+)?(?:{_YEAR_CELL}[ \t|]+)+{_YEAR_CELL}[ \t|]*$", re.MULTILINE
)
_YEAR_IN_CELL = re.compile(rf"(?P<first>{YEAR})(?:[ \t]?[-–—][ \t]?(?P<last>\d{{2,4}}))?")
# A cell of a row: a number (thousands with commas, a decimal), or the dash or dots of an empty cell
_NUMERIC_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-–—]|\.{2,}|…")
_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")
_SCALE = (
    (re.compile(r"\bmillions?\b", re.I), 1e6),
    (re.compile(r"\bthousands?\b|'000|000's\s+omitted", re.I), 1e3),
)
_PER_CENT = re.compile(r"\bper\s*cent\b|\bpercentages?\b|%", re.I)
_LEADER = re.compile(r"[\s.:…·_-]+$")  # the dots old print runs from a row's label to its first cell
_CAPTION_TAIL = re.compile(r"\s*(?:\(|,|\bin\s+(?:thousands|millions)\b|\bper\s*cent\b).*$", re.I)
_NUMBER_OF = re.compile(r"^(?:the\s+)?numbers?\s+of\s+", re.I)


@dataclass(frozen=True)
class Cell:
    """One number cell of a table: its end, its column's years, its row's label, its table's scale, unit."""

    end: int
    first: int
    last: int
    label: str
    scale: float
    unit: str


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of ``line``: by "|", else by runs of spaces, else by single spaces."""
    if "|" in line:
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", line)]
    elif _WIDE_GAP.search(line.strip()):
        parts = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ ](?! )\S+)*", line)]
    else:
        parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    cells = []
    for s, e in parts:
        cell = line[s:e]
        stripped = cell.strip()
        if stripped:
            s += len(cell) - len(cell.lstrip())
            cells.append((offset + s, offset + s + len(stripped), stripped))
    return cells


def _row_cells(line: str, offset: int, columns: int) -> tuple[str, list[tuple[int, int, str]]] | None:
    """(label, the ``columns`` number cells at its right end) of a table's row, or None if it is no row."""
    tries = [_cells(line, offset)]
    if "|" not in line and _WIDE_GAP.search(line.strip()):
        tries.append([(offset + m.start(), offset + m.end(), m.group()) for m in re.finditer(r"\S+", line)])
    for cells in tries:
        if len(cells) < columns or not all(_NUMERIC_CELL.fullmatch(c[2]) for c in cells[-columns:]):
            continue
        before = cells[:-columns]
        if before and _NUMERIC_CELL.fullmatch(before[-1][2]):
            continue  # more numbers than columns: not this table's row
        label = _LEADER.sub("", " ".join(c[2] for c in before)).strip()
        return label, cells[-columns:]
    return None


def _periods(header: str) -> list[tuple[int, int]]:
    found = []
    for m in _YEAR_IN_CELL.finditer(header):
        first = int(m.group("first"))
        last = m.group("last")
        if last is None:
            found.append((first, first))
        else:
            # "1881-91": the end year written short takes the century of the first
            end = int(str(first)[: 4 - len(last)] + last)
            found.append((first, end if end >= first else first))
    return found


def _counted(label: str, caption_noun: str) -> str:
    """What a row's cells count: its label ("Number of patients in Hospitals" -> "patients in Hospitals"); a
    label that is only a name ("Russia", "United States") counts what the caption names, of that name."""
    label = _NUMBER_OF.sub("", label)
    if caption_noun and not re.search(r"\b[a-z]{3,}", label):
        return f"{caption_noun} ({label})" if label else caption_noun
    return label


def _caption(text: str, header_start: int) -> tuple[int, str]:
    """(start, text) of the caption over a table's header row: the line above it, or above a blank line; ""
    when that line is prose that introduces the table rather than names it."""
    end = header_start - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip() and end > header_start - 4:
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return 0, ""
    start = text.rfind("\n", 0, end) + 1
    caption = text[start:end]
    if len(caption) > 160 or not caption.strip():
        return 0, ""
    return start, caption


# A table whose rows open on their year, its lines run together into one as Hansard's and OCR's text gives
# them (rows on lines of their own are ``inherit._table_row``'s): "Year. Increases. Decreases. £ £ 1914
# 53,000 40,000 1915 823,000 15,000 …"
_ROW_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_YEAR_ROWS = re.compile(
    rf"(?<![\d,.])(?:{YEAR}(?:[ \t]+{_ROW_NUMBER})+[ \t]+){{2,}}{YEAR}(?:[ \t]+{_ROW_NUMBER})+(?![\d,]|\.\d)"
)
_YEAR_THEN_NUMBER = re.compile(r"(?<![\d,.])(?:1\d{3}|20\d{2})[ \t]+\d")
_YEAR_TOKEN = re.compile(r"1\d{3}|20\d{2}")
_HEAD_NAME = re.compile(r"[^\W\d_][^.†*|\n]*?(?=\s*[.†*|]|\s*$)")


def _year_rows(text: str, found: dict[int, Cell]) -> None:
    """The cells of run-together rows that open on their year: each number takes its row's year, and its
    column's name where the line before the first row names as many columns as the rows have numbers."""
    done = 0
    for candidate in _YEAR_THEN_NUMBER.finditer(text):
        # (a cheap scan for a year and a number after it, then the whole run matched there: the book's
        # prose has few such places)
        if candidate.start() < done:
            continue
        run = _YEAR_ROWS.match(text, candidate.start())
        if run is None:
            continue
        done = run.end()
        tokens = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in re.finditer(_ROW_NUMBER, run.group())]
        for k in range(1, 9):
            if len(tokens) % (k + 1):
                continue
            years = [tokens[i][2] for i in range(0, len(tokens), k + 1)]
            if not all(_YEAR_TOKEN.fullmatch(y) for y in years):
                continue
            numbers = [int(y) for y in years]
            if not (all(a < b for a, b in pairwise(numbers)) or all(a > b for a, b in pairwise(numbers))):
                continue  # the years of a table's rows run in order
            line_start = text.rfind("\n", 0, run.start()) + 1
            head = text[line_start : run.start()]
            names = [n.group().strip() for n in _HEAD_NAME.finditer(head)]
            names = [n for n in names if n.lower() not in ("year", "years")]
            money = "pounds" if head.count("£") == k else ""
            for i in range(0, len(tokens), k + 1):
                year = int(tokens[i][2])
                for column, (start, end, _) in enumerate(tokens[i + 1 : i + 1 + k]):
                    label = names[column] if len(names) == k else ""
                    found[start] = Cell(end, year, year, label, 1.0, money)
            break


def table_cells(text: str) -> tuple[dict[int, Cell], list[tuple[int, int]]]:
    """Every number cell of the text's plain-text tables with a header row of years, by its start; and the
    spans of the tables' captions (their "thousands" is a scale, not a figure)."""
    found: dict[int, Cell] = {}
    scales: list[tuple[int, int]] = []
    for header in _HEADER.finditer(text):
        periods = _periods(header.group())
        if len(periods) < 2:
            continue
        caption_start, caption = _caption(text, header.start())
        if caption:
            scales.append((caption_start, caption_start + len(caption)))
        scale = next((k for p, k in _SCALE if p.search(caption)), 1.0)
        caption_unit = "per cent" if _PER_CENT.search(caption) else ""
        # ("Rates of increase per cent.", "Exports, in thousands of pounds"): the noun before unit or scale
        caption_noun = _CAPTION_TAIL.sub("", caption).strip().rstrip(".:—-").strip()
        pos = header.end() + 1
        blanks = 0
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            pos = line_end + 1
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    break
                continue
            blanks = 0
            row = _row_cells(line, pos - len(line) - 1, len(periods))
            if row is None:
                if len(line) <= 60 and not re.search(r"\d", line):
                    continue  # a sub-heading of the rows under it ("Males.")
                break
            label, cells = row
            unit = "per cent" if _PER_CENT.search(label) else caption_unit
            counted = _counted(label, caption_noun)
            for (start, end, cell), (first, last) in zip(cells, periods, strict=True):
                if cell[0].isdigit():
                    found[start] = Cell(end, first, last, counted, scale, unit)
    _year_rows(text, found)
    return found, scales


def cell_figure(m: re.Match[str], cell: Cell) -> Figure | None:
    """The figure of one table cell (``m``: the number as matched by ``_NUMBER``, cut to the cell)."""
    value, _, _, _ = _value(m)
    if value is None:
        return None
    unit = cell.unit or ("people" if _is_people(cell.label) else "count")
    if unit not in ("per cent", "pounds"):
        value *= cell.scale
    period = str(cell.first) if cell.first == cell.last else f"{cell.first}-{cell.last}"
    kind = "percent" if unit == "per cent" else "count"
    return Figure(m.start(), m.end(), value, None, None, "", unit, cell.label, period, cell.first, cell.last,
                  kind)


_ENUMERATOR = re.compile(r"\(?[a-z0-9]{1,3}[.)]|\[\d+\]")
_YEARISH_CELL = re.compile(rf"{YEAR}(?:[ \t]?[-–—/][ \t]?\d{{1,4}})?\.?")


def headless_row_label(text: str, line_start: int, pos: int) -> str:
    """What a "|" table with no header rule says the number at ``pos`` counts (a text capture drops the rule):
    the text cell left of its cell ("| (c) | Life Insurance Premiums | 10,500,000 |"); in a row that opens on
    its year ("| 1893-4 | £673,700,000 |"), the table's caption, the short line over its first row that is not
    a bracketed source ("GROSS PROFITS ASSESSED TO INCOME TAX" over "(From Inland Revenue Report)"); or ""."""
    line_end = text.find("\n", pos)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    cells = [c.strip() for c in line[: pos - line_start].split("|")[1:-1]]
    for cell in reversed(cells):
        if re.search(r"[^\W\d_]{3,}", cell) and not _ENUMERATOR.fullmatch(cell):
            return _LEADER.sub("", cell)
        if cell and not (_NUMERIC_CELL.fullmatch(cell.lstrip("£$€")) or _ENUMERATOR.fullmatch(cell)
                         or _YEARISH_CELL.fullmatch(cell)):
            return ""
    if not cells or not _YEARISH_CELL.fullmatch(cells[0]):
        return ""
    at = line_start
    for _ in range(200):  # up through the rows to the caption
        if at == 0:
            return ""
        above = text.rfind("\n", 0, at - 1) + 1
        row = text[above : at - 1].strip()
        at = above
        if row.startswith("|"):
            continue
        if row.startswith(("(", "[")) and len(row) <= 80:
            continue  # "(From Inland Revenue Report)[1]": the table's source
        if not row or len(row) > 80 or row.endswith((".", ":", ":—", ",")):
            return ""
        return _CAPTION_TAIL.sub("", row).strip()
    return ""
