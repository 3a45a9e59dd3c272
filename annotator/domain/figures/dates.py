"""Dated statements: every date or period in running text with the event it dates, as an ISO range.

"On December 1, 1934, Sergei Kirov was assassinated" → 1934-12-01, "Sergei Kirov was assassinated"; "the
Great Terror of 1937–38" → 1937-01-01…1938-12-31, "the Great Terror"; partial and approximate dates keep
their whole range: "the spring of 1921" → 1921-03-01…1921-05-31, "early 1930s" → 1930…1933. A day and month
without a year ("On August 24, the sentences were announced") takes the year of the date before it in the
same paragraph. Years inside citations ("(Davies 1989, 1029)") date nothing.

The ranges come from ``annotator.domain.dates.parse_date``, the project's reading of historians' dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from annotator.domain.dates import MONTHS, SEASONS, parse_date
from annotator.domain.figures import DatedStatement
from annotator.domain.figures.text import MONTH_NAMES, RU_MONTHS, YEAR, layout, scan
from annotator.domain.structure import Mark

_RU_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(RU_MONTHS.split("|"))}
_SEASON = r"spring|summer|autumn|fall|winter"

_DATE = re.compile(
    rf"""
    (?P<mdy>(?P<mdy_m>{MONTH_NAMES})\.?\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>{YEAR}))
  | (?P<dmy>(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{MONTH_NAMES})\.?,?\s+
        (?P<dmy_y>{YEAR}))
  | (?P<ru>(?P<ru_d>\d{{1,2}})\s+(?P<ru_m>{RU_MONTHS})\s+(?P<ru_y>{YEAR})(?:\s*(?:г\.|года))?)
  | (?P<from>(?:from|between)\s+(?P<from_a>(?:{MONTH_NAMES}\s+)?{YEAR})\s+(?:to|and|until|till)\s+
        (?P<from_b>(?:{MONTH_NAMES}\s+)?{YEAR}))
  | (?P<my>(?:(?P<my_part>early|mid|late)[\s-]+)?(?P<my_m>{MONTH_NAMES})\.?,?\s+(?:of\s+)?(?P<my_y>{YEAR}))
  | (?P<season>(?:the\s+)?(?:(?P<s_part>early|late)\s+)?(?P<s_name>{_SEASON})\s+(?:of\s+)?(?P<s_y>{YEAR})
        (?:[-–/](?:\d{{4}}|\d{{2}})(?!\d))?)
  | (?P<decade>(?:(?:the\s+)?(?P<d_part>early|mid|middle|late|end\s+of|beginning\s+of|start\s+of)[\s-]+)?
        (?:the\s+)?(?P<d_y>(?:1\d|20)\d)0[’']?s\b)
  | (?P<span>(?P<span_a>{YEAR})\s*[-–—/]\s*(?P<span_b>\d{{4}}|\d{{2}}|\d)(?![\d%])(?:\s*гг?\.)?)
  | (?P<md>(?P<md_m>{MONTH_NAMES})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<md_d2>\d{{1,2}}))?
        (?![\d,.]?\d))
  | (?P<year>(?:(?P<y_part>early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?P<y>{YEAR})
        (?![’']?s\b)(?:\s*(?:г\.|года|году|год))?)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# The words a date can begin with; only there is the pattern tried (see text.scan).
_DATE_STARTS = frozenset(
    {name.lower() for name in MONTH_NAMES.split("|")}
    | {"from", "between", "the", "early", "mid", "middle", "late", "end", "beginning", "start", "spring",
       "summer", "autumn", "fall", "winter"}
)

_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|by|during|since|from|until|till|of|at|after|before|around|about|circa|as\s+early\s+as|"
    r"as\s+late\s+as|throughout|through|between|starting|beginning|in\s+the|by\s+the\s+end\s+of|at\s+the\s+end\s+of|"
    r"the\s+end\s+of|by\s+the|in\s+the\s+summer\s+of)|(?<!\w)(?:в|с|до|к|на))\s+$",
    re.IGNORECASE,
)
# "the Great Terror of 1937–38", "the famine of 1932-1933": the phrase before "of" is the event.
_EVENT_OF = re.compile(r"\b((?:the|a)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+of\s+$", re.IGNORECASE)
_NOT_EVENTS = re.compile(
    r"\b(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|years?|turn|course|half|months?|"
    r"decades?|part|time|period|days?|rest)$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:and|but|while|whereas|although|though|yet)\s|\s[—–-]\s")
_DATE_PARTS = {"early": (0, 3), "beginning": (0, 3), "start": (0, 3), "mid": (4, 6), "middle": (4, 6),
               "late": (7, 9), "end": (7, 9)}


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_number(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _range(m: re.Match[str], year_before: int | None) -> tuple[str, str] | None:
    g = m.groupdict()
    written = " ".join(m.group().split())
    if g["mdy"] or g["dmy"]:
        r = parse_date(written.replace(" of ", " "))
        return (r.start, r.end) if r else None
    if g["ru"]:
        y, mo, d = int(g["ru_y"]), _RU_MONTH_NUMBER[g["ru_m"].lower()], int(g["ru_d"])
        return (_iso(y, mo, d), _iso(y, mo, d)) if 1 <= d <= _last(y, mo) else None
    if g["from"]:
        a, b = parse_date(g["from_a"]), parse_date(g["from_b"])
        return (a.start, b.end) if a and b and a.start <= b.end else None
    if g["my"]:
        y, mo = int(g["my_y"]), _month_number(g["my_m"])
        if not mo:
            return None
        part = (g["my_part"] or "").lower()
        parts = {"early": (1, 10), "mid": (11, 20), "late": (21, _last(y, mo))}
        first, last = parts.get(part, (1, _last(y, mo)))
        return _iso(y, mo, first), _iso(y, mo, last)
    if g["season"]:
        y = int(g["s_y"])
        first, last = SEASONS[g["s_name"].lower()]
        end_year = y + 1 if last < first else y
        return _iso(y, first, 1), _iso(end_year, last, _last(end_year, last))
    if g["decade"]:
        decade = int(g["d_y"]) * 10
        lo, hi = _DATE_PARTS.get((g["d_part"] or "").lower().split()[0] if g["d_part"] else "", (0, 9))
        return _iso(decade + lo, 1, 1), _iso(decade + hi, 12, 31)
    if g["span"]:
        a = int(g["span_a"])
        written_b = g["span_b"]
        b = int(written_b) if len(written_b) == 4 else a - a % 10 ** len(written_b) + int(written_b)
        return (_iso(a, 1, 1), _iso(b, 12, 31)) if a < b < a + 100 else None
    if g["md"]:
        if year_before is None:
            return None
        mo, d = _month_number(g["md_m"]), int(g["md_d"])
        d2 = int(g["md_d2"]) if g["md_d2"] else d  # "February 24-25"
        if not (mo and 1 <= d <= d2 <= _last(year_before, mo)):
            return None
        return _iso(year_before, mo, d), _iso(year_before, mo, d2)
    y = int(g["y"])
    part = " ".join((g["y_part"] or "").lower().split())
    if part in ("early", "the beginning of"):
        return _iso(y, 1, 1), _iso(y, 4, 30)
    if part == "mid":
        return _iso(y, 5, 1), _iso(y, 8, 31)
    if part in ("late", "the end of"):
        return _iso(y, 9, 1), _iso(y, 12, 31)
    return _iso(y, 1, 1), _iso(y, 12, 31)


def _event(text: str, s_start: int, s_end: int, start: int, end: int) -> str:
    """The event a date at ``start``–``end`` dates: the noun phrase it is "of", or its clause without it."""
    before = text[max(s_start, start - 60) : start]
    of = _EVENT_OF.search(before)
    if of and not _NOT_EVENTS.search(of.group(1)):
        return " ".join(of.group(1).split())
    # The date's own clause: "… arrived, and on 1 January 1939 the camps held 1,672,438 people" dates the
    # camps' holding, not the arrivals.
    head = text[s_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    head = head[breaks[-1].end() :] if breaks else head
    prep = _PREPOSITION_BEFORE.search(head[-40:])
    if prep:
        head = head[: len(head) - len(prep.group())]
    tail = text[end:s_end]
    cut = _CLAUSE_BREAK.search(tail)
    tail = tail[: cut.start()] if cut else tail
    clause = f"{head.rstrip(' ,;:(')} {tail.lstrip(' ,;:)')}"
    clause = " ".join(clause.split()).strip(" ,;:.")
    clause = re.sub(r"^(?:and|but|then|so|thus)\s+", "", clause, flags=re.IGNORECASE)
    if len(clause) > 120:
        clause = clause[:120].rsplit(" ", 1)[0] + "…"
    return clause


def find_dates(text: str, marks: Sequence[Mark] = ()) -> list[DatedStatement]:
    """Every dated statement of ``text`` (with its structure ``marks``), in text order."""
    lay = layout(text, marks)
    found: list[DatedStatement] = []
    year_before: int | None = None
    paragraph = -1
    for m in scan(_DATE, text, _DATE_STARTS):
        if lay.is_excluded(m.start(), m.end()):
            continue
        p = lay.paragraph(m.start())
        if p != paragraph:
            paragraph, year_before = p, None
        if m.group("year") and _quantity_after(text, m.end()):
            continue
        dates = _range(m, year_before)
        if dates is None:
            continue
        year_before = int(dates[1][:4])
        _, s_start, s_end = lay.sentence(m.start())
        start, end = m.start(), m.end()
        found.append(DatedStatement(start, end, dates[0], dates[1], _event(text, s_start, s_end, start, end)))
    return found


# Not followed by a letter, but a digit may follow: counters glued by a copy ("1656 Words7 Pages").
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|million|thousand|tonnes|tons|roubles|people|prisoners|человек|words?|pages?|"
    r"characters|copies|votes)(?![^\W\d_])",
    re.I,
)


def _quantity_after(text: str, end: int) -> bool:
    return bool(_QUANTITY_AFTER.match(text, end))
