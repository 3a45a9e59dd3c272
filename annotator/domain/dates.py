"""Historical dates as written, and the sortable range they stand for.

Sources are dated loosely ("c. 1931", "1929–1930", "spring 1932", "1930s"). We keep the text exactly as
written and derive an inclusive ISO range for sorting and filtering; an unparsable date keeps its text and
simply has no range.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_APPROX = re.compile(r"^(?:c\.|ca\.|circa|approx\.?|about|~)\s*|\s*(?:\?|~)$", re.IGNORECASE)
_RANGE_SEP = re.compile(r"\s*(?:–|—|-|/|\bto\b|\buntil\b|\.\.)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive range of ISO dates (``YYYY-MM-DD``), sortable as strings."""

    start: str
    end: str
    approximate: bool = False

    @property
    def start_year(self) -> int:
        return int(self.start[:4])

    @property
    def end_year(self) -> int:
        return int(self.end[:4])


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _single(text: str) -> tuple[str, str] | None:
    """Range of one date expression, or None."""
    t = text.strip().strip(",").lower()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
        y, mo, d = map(int, m.groups())
        return _day(y, mo, d)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        y, mo = map(int, m.groups())
        return _month(y, mo)
    if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", t):  # 02.05.1931, day first as in Europe
        d, mo, y = map(int, m.groups())
        return _day(y, mo, d)
    if m := re.fullmatch(r"(\d{1,4})", t):
        y = int(m.group(1))
        return (_iso(y, 1, 1), _iso(y, 12, 31)) if y >= 1 else None
    if m := re.fullmatch(r"(\d{3})0s", t):
        decade = int(m.group(1)) * 10
        return _iso(decade, 1, 1), _iso(decade + 9, 12, 31)
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", t):
        c = int(m.group(1))
        return (_iso((c - 1) * 100, 1, 1), _iso((c - 1) * 100 + 99, 12, 31)) if c >= 1 else None
    if m := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})", t):  # 2 May 1931
        d, name, y = m.groups()
        return _day(int(y), MONTHS.get(name, 0), int(d))
    if m := re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", t):  # May 2, 1931
        name, d, y = m.groups()
        return _day(int(y), MONTHS.get(name, 0), int(d))
    if m := re.fullmatch(r"([a-z]+)\.?,?\s+(\d{4})", t):  # May 1931, spring 1932
        name, y = m.group(1), int(m.group(2))
        if name in MONTHS:
            return _month(y, MONTHS[name])
        if name in SEASONS:
            first, last = SEASONS[name]
            end_year = y + 1 if last < first else y
            return _iso(y, first, 1), _iso(end_year, last, _last_day(end_year, last))
    return None


def _day(y: int, mo: int, d: int) -> tuple[str, str] | None:
    if not (1 <= mo <= 12 and y >= 1 and 1 <= d <= _last_day(y, mo)):
        return None
    return _iso(y, mo, d), _iso(y, mo, d)


def _month(y: int, mo: int) -> tuple[str, str] | None:
    if not (1 <= mo <= 12 and y >= 1):
        return None
    return _iso(y, mo, 1), _iso(y, mo, _last_day(y, mo))


def parse_date(text: str) -> DateRange | None:
    """The range a historical date expression covers, or None when it cannot be read.

    >>> parse_date("c. 1931")
    DateRange(start='1931-01-01', end='1931-12-31', approximate=True)
    >>> parse_date("1929–1930").end
    '1930-12-31'
    """
    t = " ".join(text.split())
    if not t:
        return None
    approximate = False
    stripped = _APPROX.sub("", t)
    while stripped != t:
        approximate, t = True, stripped
        stripped = _APPROX.sub("", t)
    whole = _single(t)
    if whole:
        return DateRange(whole[0], whole[1], approximate)
    parts = _RANGE_SEP.split(t)
    if len(parts) == 2:
        first, second = parts
        if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{2}", second):  # 1929/30
            second = first[:2] + second
        a, b = _single(first), _single(second)
        if a is None and b is not None and re.fullmatch(r"[a-z]+\.?", first.strip().lower()):
            # "May–June 1931": the year written once, after the second month
            a = _single(f"{first} {b[0][:4]}")
        if a and b and a[0] <= b[1]:
            return DateRange(a[0], b[1], approximate)
    return None
