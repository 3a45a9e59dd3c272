"""Dates across the eras: ISO 8601 strings with astronomical years, compared, placed and shown.

Dated statements keep their days as ISO strings. A year before the Common Era is written in the expanded
form with its sign and astronomical number: 1 BC is year 0 (``0000``), 490 BC is year -489
(``-0489-01-01``); years of our era are unchanged, so nothing stored before means anything else. Such
strings no longer sort as text ("-0489" < "-0500" as text, and a year before the era after any of ours when
the sign is ignored), and Python's ``datetime.date`` holds no year below 1: everything that sorts, compares,
overlaps, groups or draws dates goes through this module.
"""

from __future__ import annotations

import calendar

_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip


def iso(year: int, month: int, day: int) -> str:
    """The ISO string of a day of an astronomical year: (1917, 3, 8) → "1917-03-08", (-489, 1, 1) →
    "-0489-01-01"."""
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month:02d}-{day:02d}"


def parts(value: str) -> tuple[int, int, int]:
    """(year, month, day) of an ISO date with an optional sign ("-0489-01-01" → (-489, 1, 1)); a year or
    a month alone ("1917", "-0489-09") takes its first month and day."""
    negative = value.startswith("-")
    numbers = [int(p) for p in value.lstrip("+-").split("-") if p]
    year = -numbers[0] if negative else numbers[0]
    month = numbers[1] if len(numbers) > 1 else 1
    day = numbers[2] if len(numbers) > 2 else 1
    return year, month, day


def sort_key(value: str) -> str:
    """What dates sort by, a string: 490 BC before 479 BC before AD 14 before 1917. A year of our era keeps
    its ISO form behind a "1" (a timeline compares tens of thousands of them: no parsing); a year before it
    is counted up from -9999 behind a "0": "-0489-01-01" → "09511-01-01"."""
    if not value.startswith("-"):
        return "1" + value
    year, month, day = parts(value)
    return f"0{10000 + year:04d}-{month:02d}-{day:02d}"


def same_month(start: str, end: str) -> bool:
    """Whether two ISO dates fall in one month of one year."""
    return sort_key(start)[:8] == sort_key(end)[:8]


def year_of(value: str) -> int:
    """The astronomical year of an ISO date: "-0489-01-01" → -489."""
    return parts(value)[0]


def overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether two inclusive ranges of ISO dates share a day."""
    return sort_key(a_start) <= sort_key(b_end) and sort_key(b_start) <= sort_key(a_end)


def decimal_year(value: str, end: bool = False) -> float:
    """An ISO date as a year with its fraction (the end of its day with ``end``), a position on a year
    axis: "1932-07-01" → 1932.497…, "-0489-01-01" → -489.0. The proleptic Gregorian calendar's leap years
    (year 0 is one)."""
    year, month, day = parts(value)
    length = 366 if calendar.isleap(year) else 365
    before = sum(calendar.monthrange(year, m)[1] for m in range(1, month))
    return year + (before + day - (0 if end else 1)) / length


def era_year(year: int) -> str:
    """An astronomical year as a reader writes it: -489 → "490 BC", 0 → "1 BC", 14 → "AD 14", 1917 →
    "1917" (the era is named for our first millennium only, where a bare number could be either)."""
    if year <= 0:
        return f"{1 - year} BC"
    return f"AD {year}" if year < 1000 else str(year)


def years_text(first: int, last: int | None = None) -> str:
    """A span of astronomical years for a reader, as a figure's period is shown: 1932 → "1932", (1932, 1933)
    → "1932–1933", -479 → "480 BC", (-263, -240) → "264–241 BC", (-26, 14) → "27 BC – AD 14", 79 → "AD 79"."""
    if last is None or last == first:
        return era_year(first)
    if first >= 1000 or (first > 0 and last >= 1000):
        return f"{era_year(first)}–{last}"
    if last <= 0:
        return f"{1 - first}–{1 - last} BC"
    if first > 0:
        return f"AD {first}–{last}"
    return f"{era_year(first)} – {era_year(last)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _whole_years(start: tuple[int, int, int], end: tuple[int, int, int]) -> bool:
    return start[1:] == (1, 1) and end[1:] == (12, 31)


def _day_text(year: int, month: int, day: int) -> str:
    return f"{day} {_MONTH_NAMES[month]} {era_year(year)}"


def shown(start: str, end: str, joiner: str = " – ") -> str:
    """A range of ISO dates for a reader. Ranges of our era from the year 1000 keep their ISO form, as the
    app has always shown them ("1917-03-08", "1937-01-01 – 1938-12-31"); earlier ones name their era:
    "490 BC", "5th century BC", "September 490 BC", "23 September 63 BC", "27 BC – AD 14"."""
    a, b = parts(start), parts(end)
    if a[0] >= 1000:
        return start if start == end else f"{start}{joiner}{end}"
    if _whole_years(a, b):
        if a[0] == b[0]:
            return era_year(a[0])
        if b[0] <= 0 and (1 - a[0]) % 100 == 0 and b[0] - a[0] == 99:  # 500–401 BC: the 5th century BC
            return f"{_ordinal((1 - a[0]) // 100)} century BC"
        if b[0] <= 0:
            return f"{1 - a[0]}–{1 - b[0]} BC"
        return f"{era_year(a[0])} – {era_year(b[0])}"
    if a[0] == b[0] and a[1] == b[1] and a[2] == 1 and b[2] == calendar.monthrange(b[0], b[1])[1]:
        return f"{_MONTH_NAMES[a[1]]} {era_year(a[0])}"
    if a == b:
        return _day_text(*a)
    return f"{_day_text(*a)} – {_day_text(*b)}"


def axis_years(left: float, right: float, step: int) -> list[int]:
    """The years a year axis marks between ``left`` and ``right`` (astronomical, as ``decimal_year``
    places them), every ``step`` years counted as a reader counts them: 1917, 1920…; before our era the
    round years BC ("500 BC" is astronomical -499), so that labelled with ``era_year`` they read "500 BC",
    "400 BC", "AD 100"."""
    found = []
    year = int(left) // step * step
    while year <= right:
        if year > 0:
            found.append(year)
        if year <= 0 and 1 - year >= step:  # (the round year BC whose start is this year's end)
            found.append(year + 1)
        year += step
    return sorted(y for y in set(found) if left <= y <= right)


def axis_label(year: int) -> str:
    """A year axis's label for the start of ``year``: "500 BC", "AD 1", "1917"."""
    return era_year(year) if year <= 0 or year >= 1000 else f"AD {year}"
