"""Dated statements: every date or period in running text with the event it dates, as an ISO range.

"On December 1, 1934, Sergei Kirov was assassinated" → 1934-12-01, "Sergei Kirov was assassinated"; "the
Great Terror of 1937–38" → 1937-01-01…1938-12-31, "the Great Terror"; partial and approximate dates keep
their whole range: "the spring of 1921" → 1921-03-01…1921-05-31, "early 1930s" → 1930…1933, "the middle of
May" → days 11–20, "late 1920" → September–December, "the mid-16th century" → 1540…1569, "the late 1600s" (a
century written as a decade, before 2000) → 1670…1699. A day or month without a year ("On August 24, the
sentences were announced", "In June", "the 6th of November") takes the narrative's year: see ``find_dates``.
Years inside citations ("(Davies 1989, 1029)"), counts ("1153 persons") and days that come back every year
("21 March is commemorated") date nothing. Dates told from the time of writing ("last December", "yesterday",
"on Friday") are read from the source's own date or the dateline of its opening, never guessed (see
``find_dates``); Old Style days are given in the Gregorian calendar when the text says which are which ("March
8 on the Western calendar", "O.S.") or the source is said to date in Old Style (``old_style``). Dates with
their era are read in astronomical years, ISO 8601's expanded form ("490 BC" → -0489-01-01…-0489-12-31, "the
5th century BC" → -0499…-0400, "from 27 BC to AD 14" → -0026…0014): see ``annotator.domain.historical_dates``,
through which they are sorted and compared.

The ranges come from ``annotator.domain.dates.parse_date``, the project's reading of historians' dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.domain.dates import MONTHS, SEASONS, parse_date
from annotator.domain.figures import DatedStatement
from annotator.domain.figures.text import (
    CENTURY,
    CENTURY_PART_WORDS,
    CENTURY_PARTS,
    ERA_AD_AFTER,
    ERA_AD_BEFORE,
    ERA_BC,
    MONTH_NAMES,
    PERIOD_STARTS,
    RU_MONTHS,
    YEAR,
    Layout,
    century_years,
    layout,
    scan,
)
from annotator.domain.historical_dates import iso, parts, year_of
from annotator.domain.structure import Mark

_RU_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(RU_MONTHS.split("|"))}
_SEASON = r"spring|summer|autumn|fall|winter"
# A month standing without a day or a year ("In June, the vanguard reached France") only written out in full:
# "Mar" and "Dec" alone are too often something else.
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A day written as a word, as older prose does: "the thirteenth of June", "the twenty-fourth of June, 1807"
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth",
)
_DAY_WORDS = {word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)}
_DAY_WORDS |= {f"twenty-{word}": 20 + _DAY_WORDS[word] for word in list(_DAY_WORDS)[:9]}
_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
# The day of a month before it: "6th", "6", "the 6th of", "the thirteenth of"
_DAY_OF = rf"(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?|(?:{_DAY_WORD})\s+of\s+)"
# A part of a month or a year written out: "the middle of May", "the close of the year 1811"
_PART_OF = r"(?:the\s+)?(?:beginning|start|middle|end|close)\s+of\s+(?:the\s+year\s+)?"

# The words a date beginning with "the" has next: "the" is the commonest word of a text, and the pattern is
# tried at every one (text.scan); this turns the others away at once.
_AFTER_THE = (
    r"\d|(?:early|mid|middle|late|end|beginning|start|close|spring|summer|autumn|fall|winter|first|second|third|"
    rf"last|latter|fourth|{_DAY_WORD})\b"
)

# Two capitals after a year of our time that are no era: "the 2017 BC election" (British Columbia), "its 2004
# CE marking", unlike "by 3000 BC the Sumerians" or "in 44 BC Caesar was killed": after a year from 1900, an
# era written without points followed by a word that goes on a noun phrase rather than beginning a clause.
_NO_ERA_AFTER = (
    r"\s*(?-i:BC|CE|BCE)\s+(?!(?:the|a|an|and|or|to|in|on|at|by|with|until|when|he|she|they|it|there|this|that|"
    r"his|her|its|their|was|were|had|is)\b)[A-Za-z]"
)
_MODERN_YEAR_NO_ERA = rf"(?!(?<=(?:19|20)\d\d){_NO_ERA_AFTER})"
# A year before the Christian era ("1200 B.C.", "1200 BCE") is read with its era (``_ERA_DATES``), never as
# the year 1200 of ours (unless the two capitals are British Columbia: "the 2017 BC election")
_NOT_BC = rf"(?!(?!{_NO_ERA_AFTER})\s*(?-i:B\.?\s?C(?:\.|E\b|\b)))"
# "from about A.D. 1070 to 1200": the approximation and the era written before a span's years
_CIRCA = r"(?:(?:about|around|circa|c\.)\s+)?(?:A\.D\.\s+|AD\s+)?"

# Eras (``figures.text``): a year of our era named with its era before the year 1000 is read too ("AD 14"): a
# bare number below 1000 is never a year (a count, a page), nor one marked BC by nothing.
_BC = ERA_BC
_AD_BEFORE = ERA_AD_BEFORE
_AD_AFTER = ERA_AD_AFTER
_ERA = rf"(?:{_BC}|{_AD_AFTER})"
_ERA_NUMBER = r"(?<![\d,.])\d{1,4}(?![\d,]\d|\.\d)"
_ERA_CIRCA = r"(?:(?:c\.|ca\.|circa|about|around|approx\.|approximately)\s*)?"
_ERA_SEP = r"\s*(?:--|[-–—]|\s(?:to|until|till)\s)\s*"
# (and "and" after "between": "between 218 and 217 BC"; "in 490 and 480 BC" names two years)
_ERA_SEP_OR_AND = rf"(?:{_ERA_SEP}|(?(es_btw)\s+and\s+|(?!)))"
# Ordinals of centuries and millennia before our era: "5th", "5", "fifth"
_ERA_ORDINAL_WORDS = {word: n for n, word in enumerate(_ORDINAL_WORDS, start=1)}
_ERA_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{'|'.join(sorted(_ERA_ORDINAL_WORDS, key=len, reverse=True))})"
_ERA_DATES = rf"""
    (?P<eraspan>(?:(?:from|(?P<es_btw>between))\s+)?(?:
        {_ERA_CIRCA}(?P<es_a>{_ERA_NUMBER})\s*(?P<es_bca>{_BC}){_ERA_SEP_OR_AND}{_ERA_CIRCA}
          (?:(?P<es_adb0>{_AD_BEFORE}|(?-i:ad\b))\s*)?(?P<es_b>{_ERA_NUMBER})
          (?:\s*(?P<es_bcb>{_BC})|\s*(?P<es_adb>{_AD_AFTER}|(?-i:ad\b)))?
      | {_ERA_CIRCA}(?P<es_a2>{_ERA_NUMBER}){_ERA_SEP_OR_AND}{_ERA_CIRCA}(?P<es_b2>{_ERA_NUMBER})\s*
          (?:(?P<es_bcb2>{_BC})|(?P<es_adb2>{_AD_AFTER}))
      | (?P<es_ada3>{_AD_BEFORE})\s*(?P<es_a3>{_ERA_NUMBER}){_ERA_SEP}(?P<es_b3>{_ERA_NUMBER})))
  | (?P<eraday>(?:(?P<ed_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<ed_m>{MONTH_NAMES})\.?
        |(?P<ed_m2>{MONTH_NAMES})\.?\s+(?P<ed_d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+{_ERA_CIRCA}
      (?:(?P<ed_ad0>{_AD_BEFORE})\s*(?P<ed_y0>{_ERA_NUMBER})|(?P<ed_y>{_ERA_NUMBER})\s*(?P<ed_era>{_ERA})))
  | (?P<eramonth>(?:(?P<em_m>{MONTH_NAMES})\.?,?|(?:the\s+)?(?P<em_s>{_SEASON}))\s+(?:of\s+)?
      (?:(?P<em_ad0>{_AD_BEFORE})\s*(?P<em_y0>{_ERA_NUMBER})|(?P<em_y>{_ERA_NUMBER})\s*(?P<em_era>{_ERA})))
  | (?P<eracent>(?:the\s+)?
      (?:(?P<ec_part>{CENTURY_PART_WORDS})(?:\s+(?:of|in)\s+the\s+|[\s-]+))?
      (?P<ec1>{_ERA_ORDINAL})(?:\s*(?:and|to|[-–])\s*(?:the\s+)?(?P<ec2>{_ERA_ORDINAL}))?[\s-]+
      (?P<ec_unit>centur(?:y|ies)|millenni(?:um|a))\s+(?P<ec_era>{_ERA})
      # a span of centuries across the eras: "1st Century B.C. - 3rd Century A.D.", "the 2nd century BC to
      # the 1st century AD"
      (?:{_ERA_SEP}(?:the\s+)?(?:(?P<ec3_part>{CENTURY_PART_WORDS})(?:\s+(?:of|in)\s+the\s+|[\s-]+))?
        (?P<ec3>{_ERA_ORDINAL})[\s-]+(?P<ec3_unit>centur(?:y|ies)|millenni(?:um|a))\s+(?P<ec3_era>{_ERA}))?)
  | (?P<eradecade>(?:the\s+)?(?P<edc>\d{{1,3}}0)[’']?s\s+(?P<edc_era>{_BC}))
  | (?P<erayear>{_ERA_CIRCA}(?:(?P<ey_ad0>{_AD_BEFORE})\s*(?P<ey_y0>{_ERA_NUMBER})(?![^\W\d_]|%)
      |(?P<ey_y>{_ERA_NUMBER}){_MODERN_YEAR_NO_ERA}\s*(?P<ey_era>{_ERA})))
"""

_DATE = re.compile(
    rf"""
    (?!the\s+(?!{_AFTER_THE}))(?:{_ERA_DATES}|
    (?P<mdy>(?P<mdy_m>{MONTH_NAMES})\.?\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>{YEAR}))
  | (?P<dmy>(?:(?P<dmy_d0>\d{{1,2}})\s*[-–]\s*)?(?P<dmy_d>{_DAY_OF})(?P<dmy_m>{MONTH_NAMES})\.?,?\s+
        (?P<dmy_y>{YEAR}))
  | (?P<ru>(?P<ru_d>\d{{1,2}})\s+(?P<ru_m>{RU_MONTHS})\s+(?P<ru_y>{YEAR})(?:\s*(?:г\.|года))?)
  | (?P<days>(?:from|between)\s+(?P<days_m1>{MONTH_NAMES})\.?\s+(?P<days_d1>{_DAY})\s+(?:to|and|until|till)\s+
        (?:(?P<days_m2>{MONTH_NAMES})\.?\s+)?(?P<days_d2>{_DAY})(?![\d,.]?\d)(?:,?\s+(?P<days_y>{YEAR}))?)
  | (?P<from>(?:from|between)\s+{_CIRCA}(?P<from_a>(?:(?:{MONTH_NAMES})\.?,?\s+)?{YEAR})\s+
        (?:to|and|until|till)\s+{_CIRCA}(?P<from_b>(?:(?:{MONTH_NAMES})\.?,?\s+)?{YEAR}))
  # two decades: "from the 1820s to the 1880s"
  | (?P<decades>(?:from|between)\s+the\s+(?P<dd_a>(?:1\d|20)\d)0[’']?s\s+(?:to|and|until|till)\s+(?:the\s+)?
        (?P<dd_b>(?:1\d|20)\d)0[’']?s\b)
  # the day before its month: "from 24 April to 1 May 1974", "between 3 and 5 March 1921"
  | (?P<bdays>(?:from|between)\s+(?P<bdays_d1>{_DAY})(?:\s+(?P<bdays_m1>{MONTH_NAMES})\.?)?\s+
        (?:to|and|until|till)\s+(?P<bdays_d2>{_DAY})\s+(?P<bdays_m2>{MONTH_NAMES})\b\.?(?:,?\s+(?P<bdays_y>{YEAR}))?)
  # dates told from the time of writing: "last December", "this past spring", "next year", "yesterday"
  | (?P<rel>(?P<rel_w>last|next|this\s+past|this\s+coming|this)\s+
        (?P<rel_m>{_FULL_MONTHS}|{_SEASON}|year|month)\b(?!\s*[,.]?\s*\d))
  | (?P<dayword>yesterday|tomorrow)\b
  | (?P<weekday>{_WEEKDAYS})\b(?!\s*[,.]?\s*(?:\d|{MONTH_NAMES}))
  | (?P<mm>(?P<mm_a>{_FULL_MONTHS})\s+(?:and|to|or|until|till|[-–])\s+(?P<mm_b>{_FULL_MONTHS}),?\s+
        (?P<mm_y>{YEAR}))
  | (?P<my>(?:(?P<my_part>early|mid|late|{_PART_OF})[\s-]*)?(?P<my_m>{MONTH_NAMES})\.?,?\s+(?:of\s+)?
        (?P<my_y>{YEAR}){_NOT_BC})
  | (?P<season>(?:the\s+)?(?:(?P<s_part>early|late)\s+)?(?P<s_name>{_SEASON})\s+(?:of\s+)?(?P<s_y>{YEAR})
        (?:[-–/](?:\d{{4}}|\d{{2}})(?!\d))?)
  | (?P<decade>(?:(?:the\s+)?(?P<d_part>early|mid|middle|late|end\s+of|beginning\s+of|start\s+of)[\s-]+)?
        (?:the\s+)?(?P<d_y>(?:1\d|20)\d)0[’']?s\b)
  | (?P<span>(?P<span_a>{YEAR})\s*(?:--|[-–—/])\s*(?P<span_b>\d{{2,4}}|\d)(?![\d%])(?:\s*гг?\.)?)
  | (?P<md>(?P<md_m>{MONTH_NAMES})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<md_d2>\d{{1,2}}))?
        (?![\d,.]?\d))
  | (?P<century>{CENTURY}(?:\s+(?:A\.D\.|AD|CE)(?!\w))?(?!\s+B\.?C))
  | (?P<dm>(?:(?P<dm_d0>\d{{1,2}})\s*[-–]\s*)?(?P<dm_d>{_DAY_OF})(?P<dm_m>{_FULL_MONTHS})\b(?!\s*[,.]?\s*\d))
  | (?P<mo>(?:(?P<mo_part>early|late|mid|{_PART_OF})(?:\s+in\s+|-|\s+|(?<=\sof\s)))?
        (?P<mo_m>{_FULL_MONTHS})\b(?!\s*[,.]?\s*\d)
        (?:\s+of\s+the\s+(?P<mo_next>following|next)\s+year)?)
  | (?P<year>(?:(?P<y_part>(?:early|late)(?:\s+in)?|mid|{_PART_OF})[\s-]*)?
        (?P<y>{YEAR})
        (?![’']?s\b){_NOT_BC}(?:\s*(?:г\.|года|году|год))?)
  # a span written downwards that is no year of ours ("664 - 332", "3000 - 2625"): read only before our era,
  # where the text says so (``_EraContext``)
  | (?P<bspan>(?<![\d,.])(?P<bs_a>[1-9]\d{{2,3}})\s*(?:--|[-–—])\s*(?P<bs_b>[1-9]\d{{1,3}})
        (?![\d%]|[,.]\d|\s*(?:%|per\b|{_BC}|{_AD_AFTER})))
    )""",
    re.VERBOSE | re.IGNORECASE,
)

# The words a date can begin with; only there is the pattern tried (see text.scan); a century's too.
_DATE_STARTS = PERIOD_STARTS | frozenset(
    {name.lower() for name in MONTH_NAMES.split("|")}
    | {"from", "between", "the", "early", "mid", "middle", "late", "end", "beginning", "start", "spring",
       "summer", "autumn", "fall", "winter", "next", "this", "yesterday", "tomorrow"}
    | {day.lower() for day in _WEEKDAYS.split("|")}
    # a date with its era: "AD 14", "c. 2500 BCE", "about 484 B.C.", "the fifth century BC"
    | {"ad", "a", "c", "ca", "circa", "about", "around", "approx", "approximately", "twenty"}
    | set(_ORDINAL_WORDS)
)
# The words a month without a year or a day follows when it dates something: "In June", "by September",
# "early in November" (not "the March on Rome", not the verb "may").
_MONTH_PREPOSITION = re.compile(
    r"(?:\b(?:in|by|during|until|till|since|before|after|from|through|throughout|of|early|late|mid|same)"
    r"[\s-]+)$",
    re.IGNORECASE,
)

_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|by|during|since|from|until|till|of|at|after|before|around|about|circa|as\s+early\s+as|"
    r"as\s+late\s+as|throughout|through|between|starting|beginning|in\s+the|by\s+the\s+end\s+of|at\s+the\s+end\s+of|"
    r"the\s+end\s+of|by\s+the|in\s+the\s+summer\s+of)|(?<!\w)(?:в|с|до|к|на))\s+$",
    re.IGNORECASE,
)
# "the Great Terror of 1937–38", "the famine of 1932-1933": the phrase before "of" is the event.
# (from the nearest article: "The opposition lost the elections of 1992" → "the elections")
_EVENT_OF = re.compile(
    r"\b((?:the|a)\s+(?:(?!(?:the|a)\s)[\w’'-]+\s+){0,3}?[\w’'-]+)\s+of\s+$", re.IGNORECASE
)
_NOT_EVENTS = re.compile(
    r"\b(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|years?|turn|course|half|months?|"
    r"decades?|part|time|period|days?|rest)$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:and|but|while|whereas|although|though|yet)\s|\s[—–-]\s")
_DATE_PARTS = {"early": (0, 3), "beginning": (0, 3), "start": (0, 3), "mid": (4, 6), "middle": (4, 6),
               "late": (7, 9), "end": (7, 9)}


def _iso(year: int, month: int, day: int) -> str:
    return iso(year, month, day)


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_number(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _month_part(y: int, mo: int, part: str) -> tuple[str, str]:
    """A month, or its early (days 1–10), mid (11–20) or late part (21 to its end)."""
    parts = {"early": (1, 10), "mid": (11, 20), "late": (21, _last(y, mo))}
    first, last = parts.get(part, (1, _last(y, mo)))
    return _iso(y, mo, first), _iso(y, mo, last)


def _day(y: int, mo: int, d: int, d2: int | None = None) -> tuple[str, str] | None:
    d2 = d if d2 is None else d2
    if not (mo and 1 <= d <= d2 <= _last(y, mo)):
        return None
    return _iso(y, mo, d), _iso(y, mo, d2)


def _digits(day: str) -> int:
    """The number of a day as written: "6th" → 6, "the 6th of" → 6, "the thirteenth of" → 13."""
    words = [w for w in day.lower().split() if w not in ("the", "of")]
    return _DAY_WORDS.get(words[0]) or int(re.sub(r"\D", "", words[0]))


# The part of a month or a year a word names: "the middle of May" is mid-May, "the close of 1811" late 1811.
_PART_NAMES = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
               "late": "late", "end": "late", "close": "late"}


def _part(written: str | None) -> str:
    """"the middle of " → "mid", "late in" → "late", None → ""."""
    words = (written or "").lower().replace("-", " ").split()
    return next((_PART_NAMES[w] for w in words if w in _PART_NAMES), "")


def _needs_year(m: re.Match[str]) -> bool:
    """A day or month written without its year ("On May 7", "In June", "the 6th of November"): its year is
    the narrative's (see ``find_dates``)."""
    yearless_days = any(m.group(k) and not m.group(f"{k}_y") for k in ("days", "bdays"))
    return bool(m.group("md") or m.group("dm") or m.group("mo") or yearless_days)


def _day_or_days(year: int, month: str, first: str | None, day: str) -> tuple[str, str] | None:
    """A day of ``month``, or days from ``first`` to it ("6–7 February")."""
    return _day(year, _month_number(month), int(first) if first else _digits(day), _digits(day))


def _days(written_year: str | None, year: int | None, month_a: str, day_a: str, month_b: str,
          day_b: str) -> tuple[str, str] | None:
    """A span of days of one year: its written year, else ``year`` (the narrative's)."""
    y = int(written_year) if written_year else year
    if y is None:
        return None
    a = _day(y, _month_number(month_a), _digits(day_a))
    b = _day(y, _month_number(month_b), _digits(day_b))
    return (a[0], b[1]) if a and b and a[0] <= b[1] else None


_LONGEST_SPAN = 200
# The dates that give no year to the days after them: a decade, a century
_NO_YEAR_AFTER = ("decade", "century", "eracent", "eradecade")
_ERA_KINDS = ("eraspan", "eraday", "eramonth", "eracent", "eradecade", "erayear")


def _astronomical(number: str, bc: bool) -> int | None:
    """The astronomical year of a year written with its era: 490 BC → -489, 1 BC → 0, AD 14 → 14."""
    n = int(number)
    if n == 0:
        return None  # (neither era has a year 0)
    return 1 - n if bc else n


def _is_bc(era: str | None) -> bool:
    return bool(era) and era.lstrip()[:1] in "Bb"


def _years(first: int | None, last: int | None) -> tuple[str, str] | None:
    if first is None or last is None or first > last:
        return None
    return iso(first, 1, 1), iso(last, 12, 31)


def _era_number(ordinal: str) -> int:
    """The number of a century's ordinal: "5th" → 5, "fifth" → 5."""
    word = ordinal.lower()
    return _ERA_ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))


def _era_century(ordinal: str, unit: str, bc: bool) -> tuple[int, int] | None:
    """The astronomical years of one century or millennium with its era: ("5th", "century", BC) → -499…-400,
    ("first", "century", AD) → 1…99, ("2nd", "millennium", BC) → -1999…-1000."""
    length = 1000 if unit.lower().startswith("millenn") else 100
    n = _era_number(ordinal)
    if n < 1:
        return None
    first = 1 - n * length if bc else max(1, (n - 1) * length)
    return first, first + length - 1 if bc or n > 1 else length - 1


def _era_centuries(g: dict[str, str | None]) -> tuple[str, str] | None:
    """"the 5th century BC" (500–401 BC: -499…-400), "the early 2nd millennium BC", "the second half of
    the 5th century BC" (450–401 BC), "the 5th and 4th centuries BCE", "the first century AD" (1–99, as the
    project reads centuries of our era: 1800–1899), "1st Century B.C. - 3rd Century A.D." (-99…299)."""
    unit, bc = g["ec_unit"] or "", _is_bc(g["ec_era"])
    spans = [_era_century(ordinal, unit, bc) for ordinal in filter(None, (g["ec1"], g["ec2"]))]
    if len(spans) == 1:
        spans = [_part_of(spans[0], g["ec_part"])]
    if g["ec3"]:
        to = _era_century(g["ec3"], g["ec3_unit"] or "", _is_bc(g["ec3_era"]))
        spans.append(_part_of(to, g["ec3_part"]))
    if None in spans:
        return None
    return _years(min(a for a, _ in spans), max(b for _, b in spans))


def _part_of(years: tuple[int, int] | None, part: str | None) -> tuple[int, int] | None:
    """The years of ``part`` ("early", "the second half of") of a century or millennium's ``years``."""
    if years is None or not part:
        return years
    lo, hi = CENTURY_PARTS[" ".join(part.lower().split())]
    first, length = years[0], years[1] - years[0] + 1
    return first + lo * length // 100, first + (hi + 1) * length // 100 - 1


def _era_range(g: dict[str, str | None]) -> tuple[str, str] | None:
    """The range of a date written with its era (see ``_ERA_DATES``), astronomical years."""
    if g["eraspan"]:
        if g["es_a"]:
            first = _astronomical(g["es_a"], True)
            if g["es_bcb"]:
                last = _astronomical(g["es_b"], True)
            elif g["es_adb0"] or g["es_adb"]:
                last = _astronomical(g["es_b"], False)
            else:  # "from 490 BC to 479" (a later year of its era), "from 980 B.C. to 1855" (of ours)
                last = _astronomical(g["es_b"], int(g["es_b"]) < int(g["es_a"]))
        elif g["es_a2"]:
            bc = bool(g["es_bcb2"])
            first, last = _astronomical(g["es_a2"], bc), _astronomical(g["es_b2"], bc)
        else:
            first, last = _astronomical(g["es_a3"], False), _astronomical(g["es_b3"], False)
        return _years(first, last)
    if g["eraday"]:
        y = _astronomical(g["ed_y0"] or g["ed_y"], _is_bc(g["ed_era"]))
        month, day = (g["ed_m"], g["ed_d"]) if g["ed_m"] else (g["ed_m2"], g["ed_d2"])
        return _day(y, _month_number(month), int(day)) if y is not None else None
    if g["eramonth"]:
        y = _astronomical(g["em_y0"] or g["em_y"], _is_bc(g["em_era"]))
        if y is not None and g["em_s"]:  # "the spring of 218 BC" (a winter runs into the next year)
            first, last = SEASONS[g["em_s"].lower()]
            end_year = y + 1 if last < first else y
            return _iso(y, first, 1), _iso(end_year, last, _last(end_year, last))
        month = _month_number(g["em_m"] or "")
        return _month_part(y, month, "") if y is not None and month else None
    if g["eracent"]:
        return _era_centuries(g)
    if g["eradecade"]:  # "the 490s BC": 499 to 490 BC
        decade = int(g["edc"])
        return _years(_astronomical(str(decade + 9), True), _astronomical(g["edc"], True))
    y = _astronomical(g["ey_y0"] or g["ey_y"], _is_bc(g["ey_era"]))
    return _years(y, y)


# Only the dates written with their era (``_ERA_DATES``), for the figures' periods (``era_periods``); compiled
# on first use, and only run over a text that has an era's letters at all.
_ERA_ONLY: re.Pattern[str] | None = None
_ERA_LETTERS = re.compile(r"(?-i:B\.?\s?C|A\.?D\b|A\.D\.|C\.?E\b|bce?\b|b\.c\.)")


def era_periods(text: str) -> list[tuple[int, int, str, int, int]]:
    """The years written with their era in ``text`` ("in 480 BC", "from 27 BC to AD 14", "the 5th century
    BC", "AD 79"), as a figure's period: (start, end, as written, first year, last year), astronomical years
    (480 BC is -479), in text order. Days and months give their year."""
    global _ERA_ONLY
    if _ERA_LETTERS.search(text) is None:
        return []
    if _ERA_ONLY is None:
        _ERA_ONLY = re.compile(_ERA_DATES, re.VERBOSE | re.IGNORECASE)
    found = []
    for m in _ERA_ONLY.finditer(text):
        dates = _era_range(m.groupdict())
        if dates is not None:
            written = " ".join(m.group().split())
            found.append((m.start(), m.end(), written, year_of(dates[0]), year_of(dates[1])))
    return found


def years_before_ours(text: str, lay: Layout) -> list[tuple[int, int, int, int]]:
    """The years, spans and centuries written without their era that ``text`` (laid out as ``lay``) says are
    before ours (see ``_EraContext``: "about 1200 B.C.; by 1150 …"), as (start, end, first year, last year),
    astronomical years, in text order: a figure's period reads them as the dates do."""
    if _ERA_LETTERS.search(text) is None:
        return []
    matches = [m for m in scan(_DATE, text, _DATE_STARTS) if _is_date(text, lay, m)]
    eras = _EraContext(text, matches, lay)
    return [
        (m.start(), m.end(), year_of(dates[0]), year_of(dates[1]))
        for i, m in enumerate(matches)
        if (dates := eras.before_ours(i)) is not None
    ]


def _range(m: re.Match[str], year: int | None, writing: _Writing | None = None) -> tuple[str, str] | None:
    """The inclusive ISO range of the date ``m``; ``year``: the one a date written without its year takes;
    ``writing``: when the text was written, which dates told from it ("last December", "yesterday") need."""
    g = m.groupdict()
    if g["bspan"]:
        return None  # (of no year of ours: see ``_bc_range``)
    if g["rel"] or g["dayword"] or g["weekday"]:
        return writing.relative(m) if writing is not None else None
    if any(g[k] for k in _ERA_KINDS):
        return _era_range(g)
    written = " ".join(m.group().split())
    if g["mdy"]:
        r = parse_date(written)
        return (r.start, r.end) if r else None
    if g["dmy"]:  # "1 December 1934", "6–7 February 1920"
        return _day_or_days(int(g["dmy_y"]), g["dmy_m"], g["dmy_d0"], g["dmy_d"])
    if g["ru"]:
        y, mo, d = int(g["ru_y"]), _RU_MONTH_NUMBER[g["ru_m"].lower()], int(g["ru_d"])
        return (_iso(y, mo, d), _iso(y, mo, d)) if 1 <= d <= _last(y, mo) else None
    if g["days"]:  # "Between February 26 and April 2": from the first day to the last
        first_month = g["days_m1"]
        return _days(g["days_y"], year, first_month, g["days_d1"], g["days_m2"] or first_month, g["days_d2"])
    if g["bdays"]:  # "from 24 April to 1 May 1974", "between 3 and 5 March"
        month_b = g["bdays_m2"]
        return _days(g["bdays_y"], year, g["bdays_m1"] or month_b, g["bdays_d1"], month_b, g["bdays_d2"])
    if g["from"]:
        a, b = parse_date(g["from_a"]), parse_date(g["from_b"])
        return (a.start, b.end) if a and b and a.start <= b.end else None
    if g["decades"]:
        a, b = int(g["dd_a"]) * 10, int(g["dd_b"]) * 10 + 9
        return (_iso(a, 1, 1), _iso(b, 12, 31)) if a < b else None
    if g["mm"]:  # "in June and July, 1918"
        y, a, b = int(g["mm_y"]), _month_number(g["mm_a"]), _month_number(g["mm_b"])
        return (_iso(y, a, 1), _iso(y, b, _last(y, b))) if a < b else None
    if g["my"]:
        y, mo = int(g["my_y"]), _month_number(g["my_m"])
        return _month_part(y, mo, _part(g["my_part"])) if mo else None
    if g["season"]:
        y = int(g["s_y"])
        first, last = SEASONS[g["s_name"].lower()]
        end_year = y + 1 if last < first else y
        return _iso(y, first, 1), _iso(end_year, last, _last(end_year, last))
    if g["century"]:
        a, b = century_years(m)
        return _iso(a, 1, 1), _iso(b, 12, 31)
    if g["decade"]:
        decade = int(g["d_y"]) * 10
        lo, hi = _DATE_PARTS.get((g["d_part"] or "").lower().split()[0] if g["d_part"] else "", (0, 9))
        if decade % 100 == 0 and decade < 2000:
            # "the late 1600s", "the early 1900s": a century, its parts scaled ("the 2000s" is a decade)
            return _iso(decade + lo * 10, 1, 1), _iso(decade + hi * 10 + 9, 12, 31)
        return _iso(decade + lo, 1, 1), _iso(decade + hi, 12, 31)
    if g["span"]:
        a, written_b = int(g["span_a"]), g["span_b"]
        if len(written_b) == 3:
            return None  # "1075 - 656" is read only before our era (``_bc_range``)
        b = _span_end(a, written_b)
        # (a span of two full years may be long: the Hundred Years' War, 1337–1453)
        return (_iso(a, 1, 1), _iso(b, 12, 31)) if a < b < a + _LONGEST_SPAN else None
    if g["md"]:
        if year is None:
            return None
        d2 = int(g["md_d2"]) if g["md_d2"] else None  # "February 24-25"
        return _day(year, _month_number(g["md_m"]), int(g["md_d"]), d2)
    if g["dm"]:
        return _day_or_days(year, g["dm_m"], g["dm_d0"], g["dm_d"]) if year is not None else None
    if g["mo"]:
        if year is None:
            return None
        # "in May of the following year"
        return _month_part(year + bool(g["mo_next"]), _month_number(g["mo_m"]), _part(g["mo_part"]))
    y = int(g["y"])
    first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(_part(g["y_part"]), (1, 12))
    return _iso(y, first, 1), _iso(y, last, _last(y, last))


# A clause that tells what is to come: "the meeting will be held on Friday" is the Friday after the writing
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled|planned|due|expected|set\s+to)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
# A clause that tells what is past: a verb in the past tense before the date ("received a boost in
# September"), not a participle of a perfect or a passive ("has called for protests on October 27", "is
# planned"), nor a clause that tells what is to come (``_FUTURE_BEFORE``)
_PAST_BEFORE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:[a-z]{2,}ed|was|were|had|did|rose|fell|grew|came|went|took|gave|made|said|told|saw|began|won|lost|"
    r"met|left|sent|paid|sold|bought|brought|spent|held|led|struck|broke|wrote|chose|drove|ran|froze)"
    # (the clause stays in the past up to the date: no infinitive or present verb after the verb, "reached
    # agreement …, this suit is against the desire to reach a settlement by April 15")
    r"\b(?:(?!\b(?:to|is|are|am|says?|will|shall|would)\b)[^.;:!?]){0,80}$",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {day.lower(): i for i, day in enumerate(_WEEKDAYS.split("|"))}


@dataclass(frozen=True)
class _Writing:
    """When a text was written: a day, or a month or a year when that is all that is known (``first`` to
    ``last``). Dates told from it are read only as far as it is known: "yesterday" needs its day, "last
    April" its month; "last December" and "next year" its year only."""

    first: dt.date
    last: dt.date
    text: str

    @property
    def day(self) -> bool:
        return self.first == self.last

    @property
    def month(self) -> bool:
        return (self.first.year, self.first.month) == (self.last.year, self.last.month)

    @property
    def year(self) -> bool:
        return self.first.year == self.last.year

    def relative(self, m: re.Match[str]) -> tuple[str, str] | None:
        """The range of the date ``m`` told from the time of writing, or None when that time is not known
        well enough to say it."""
        y, mo = self.first.year, self.first.month
        if not self.year:
            return None  # a span of years ("1929–1930"): no one year to tell from
        if m.group("dayword"):
            if not self.day:
                return None
            day = self.first + dt.timedelta(days=1 if m.group("dayword").lower() == "tomorrow" else -1)
            return day.isoformat(), day.isoformat()
        if m.group("weekday"):
            if not self.day:
                return None
            ahead = bool(_FUTURE_BEFORE.search(self.text, max(0, m.start() - 80), m.start()))
            shift = (_WEEKDAY_NUMBER[m.group("weekday").lower()] - self.first.weekday()) % 7
            day = self.first + dt.timedelta(days=(shift or 7) if ahead else shift - 7 * bool(shift))
            return day.isoformat(), day.isoformat()
        which = " ".join(m.group("rel_w").lower().split())
        way = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(which, 0)
        unit = m.group("rel_m").lower()
        if unit == "year":
            return _iso(y + way, 1, 1), _iso(y + way, 12, 31)
        if unit == "month":
            if not self.month:
                return None
            k = y * 12 + mo - 1 + way
            return _month_part(k // 12, k % 12 + 1, "")
        if unit in SEASONS:
            first, last = SEASONS[unit]
            span = (first, last + 12 if last < first else last)
            year = y if way == 0 else self._season_year(span, way)
            if year is None:
                return None
            end_year = year + 1 if last < first else year
            return _iso(year, first, 1), _iso(end_year, last, _last(end_year, last))
        month = _month_number(unit)
        year = y if way == 0 else self._season_year((month, month), way)
        return _month_part(year, month, "") if year is not None else None

    def _season_year(self, months: tuple[int, int], way: int) -> int | None:
        """The year of the last (``way`` -1) or next (+1) months ``months`` (first, last; the last may run
        into the next year, as 14 for February) before or after the writing; None when only its year is
        known and the answer turns on its month ("last April" in 1987: 1986 or 1987)."""
        y = self.first.year
        if not self.month:
            # a year alone is enough when no month of it can fall inside the span ("last December")
            if way < 0 and months[0] == 12:
                return y - 1
            if way > 0 and months == (1, 1):
                return y + 1
            return None
        mo = self.first.month
        if way < 0:
            return y if months[1] < mo else y - 1
        return y if months[0] > mo else y + 1

    def nearest_year(self, month: int, day: int) -> int:
        """The year that puts the day ``month``/``day`` nearest the writing: "on October 2" in a paper of
        19 October 2007 is of 2007, "on December 28" in one of 5 January 2008 of 2007."""
        def distance(year: int) -> int:
            return abs((dt.date(year, month, min(day, _last(year, month))) - self.first).days)

        return min((self.first.year - 1, self.first.year, self.first.year + 1), key=distance)


# A heading line dating the text in its opening: "October 19, 2007 | Page 3", "8-APR-1987 06:44"; a
# dateline of a news item, whose year is the source's: "HOUSTON, Jan 27 (Reuters) -"
_OPENING_CHARS = 600
_HEADING_DATE = re.compile(
    rf"^[ \t]*(?:[A-Z][A-Za-z .'-]{{0,30}},\s+)?"
    rf"(?:(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{YEAR})|"
    rf"(?P<d2>\d{{1,2}})[-\s](?P<m2>{MONTH_NAMES})\.?[-\s,]+(?P<y2>{YEAR}))\b[^\n\w]{{0,3}}"
    r"(?:\s*(?:\|[^\n]{0,30}|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z .'-]{{1,30}},\s+(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})\s*"
    r"(?:\([A-Za-z ]+\)\s*)?[-–—]",
    re.MULTILINE,
)


def _writing(text: str, written: tuple[str, str] | None) -> _Writing | None:
    """When ``text`` was written: the day a heading line of its opening or a news dateline names (a
    dateline's year is the source's), else the source's own date ``written`` (ISO start, end), else None."""
    given = (dt.date.fromisoformat(written[0]), dt.date.fromisoformat(written[1])) if written else None
    opening = text[:_OPENING_CHARS]
    heading = _HEADING_DATE.search(opening)
    day: dt.date | None = None
    if heading is not None:
        y = int(heading.group("y") or heading.group("y2"))
        mo = _month_number(heading.group("m") or heading.group("m2"))
        d = int(heading.group("d") or heading.group("d2"))
        day = dt.date(y, mo, d) if mo and 1 <= d <= _last(y, mo) else None
    elif given is not None and given[0].year == given[1].year and (line := _DATELINE.search(opening)):
        y, mo, d = given[0].year, _month_number(line.group("m")), int(line.group("d"))
        day = dt.date(y, mo, d) if mo and 1 <= d <= _last(y, mo) else None
    if day is not None and (given is None or given[0] <= day <= given[1]):
        return _Writing(day, day, text)
    return _Writing(given[0], given[1], text) if given else None


# A date is written in running text after these, or at a sentence's start: "in 1917 men were drafted"
# dates the drafting, "carrying 1153 persons" counts them.
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|during|of|until|till|from|after|before|around|circa|c\.|to|and|between)\s+|^\s*|[.;:(]\s*)$",
    re.IGNORECASE,
)
# The time of day a date is "of": "On the morning of May 1, 1915, …" dates what follows, not the morning.
_TIME_OF_DAY_BEFORE = re.compile(
    r"\b(?:on|in|at|during|by)\s+the\s+(?:morning|evening|afternoon|night|eve|day)\s+of\s+$", re.IGNORECASE
)
# A heading run into its paragraph, set off by emphasis marks: "=The Armistice.=--", "**The Armistice.**"
_RUN_IN_HEADING = re.compile(r"^\s*([=*_])\1?[^=*_\n]{1,80}?\1\1?\s*(?:--|—|:)?\s*")
_EVENT_CHARS = 120
# A name's apposition between commas before its verb, dropped from an event too long to keep whole
_APPOSITIVE = re.compile(r",\s[^,;:]{10,100},(?=\s+(?:was|were|had|has|is|are|became|did|then)\b)")
_WHOLE_HEAD = 80  # a clause's words before its date kept whole up to this length
# Dates joined by "and", "or" or a comma share the words before the first: "elections in 1992 and 1997";
# so do the two ends of a comparison: "rose to 7.4 billion in 1986 from 4.3 billion in 1985"
_AND = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
_COMPARED = re.compile(
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|against|compared\s+with|than|over)\s(?:[^.;:!?]|\.(?=\d)){0,50}"
)


def _clip(head: str, tail: str) -> str:
    """Head and tail of a date's clause in at most ``_EVENT_CHARS``. A short head (its subject) is kept whole
    and the tail loses its last words; a long one keeps the words next to the date and loses its first."""
    if len(head) + len(tail) + 1 <= _EVENT_CHARS:
        return f"{head} {tail}"
    tail = _APPOSITIVE.sub("", tail, count=1)  # "Rawson, commander of the …, was appointed"
    if len(head) + len(tail) + 1 <= _EVENT_CHARS:
        return f"{head} {tail}"
    tail_room = _EVENT_CHARS - len(head) if len(head) <= _WHOLE_HEAD else min(len(tail), 60)
    if len(tail) > tail_room:
        tail = tail[:tail_room].rsplit(" ", 1)[0] + "…"
    head_room = _EVENT_CHARS - len(tail)
    if len(head) > head_room:
        cut = head[len(head) - head_room :]
        head = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    return f"{head} {tail}"


# The last item of a list after its comma and "and": "the railways, mines, and shipyards passed" (an item
# before, a word after, and no verb of a clause of its own: "…, and the party was split" is a clause).
_ITEM_BEFORE = re.compile(r",\s[^,;:]{1,40}$")
_LAST_ITEM = re.compile(r"[^\W\d_]+(?:\s|[,.]|$)(?![^,;:]{0,40}\b(?:was|were|is|are|had|has|did)\b)")


_BEFORE_NEXT_DATE = re.compile(rf"(?:{_PREPOSITION_BEFORE.pattern}|\s(?:and|or)\s*$)", re.IGNORECASE)


def _clause_breaks(text: str) -> list[re.Match[str]]:
    """The clause breaks of ``text``, without the comma and "and" before the last item of a list."""
    return [
        b
        for b in _CLAUSE_BREAK.finditer(text)
        if not (
            b.group().startswith(",")
            and _ITEM_BEFORE.search(text, 0, b.start())
            and _LAST_ITEM.match(text, b.end())
        )
    ]


def _event(head: str, tail: str) -> str:
    """The event a date dates, from the words of its clause before it (``head``) and after it (``tail``):
    the noun phrase it is "of", or its clause without it."""
    before = head[-60:]
    of = _EVENT_OF.search(before)
    if of and not _NOT_EVENTS.search(of.group(1)) and not _TIME_OF_DAY_BEFORE.search(before):
        return " ".join(of.group(1).split())
    # The date's own clause: "… arrived, and on 1 January 1939 the camps held 1,672,438 people" dates the
    # camps' holding, not the arrivals.
    head = _RUN_IN_HEADING.sub("", head)
    breaks = _clause_breaks(head)
    head = head[breaks[-1].end() :] if breaks else head
    time_of_day = _TIME_OF_DAY_BEFORE.search(head[-40:])
    prep = time_of_day or _PREPOSITION_BEFORE.search(head[-40:])
    if prep:
        head = head[: len(head) - len(prep.group())]
    cut = _clause_breaks(tail)
    tail = tail[: cut[0].start()] if cut else tail
    trailing = _BEFORE_NEXT_DATE.search(tail[-40:])  # the next date's "in", "on", "and"
    if trailing:
        tail = tail[: len(tail) - len(trailing.group())]
    # (a bracket closed before the clause opens no event: "the Dark Years (…), the Geometric Period followed")
    head = " ".join(head.split()).strip(" ,;:(.").lstrip(" ,;:)")
    tail = " ".join(tail.split()).strip(" ,;:).")
    clause = _clip(head, tail).strip(" ,;:.")
    return re.sub(r"^(?:and|but|then|so|thus)\s+", "", clause, flags=re.IGNORECASE)


# A full date this many years or more away from the narrative's year, when the next full date of a later
# paragraph comes back to it, is a digression (a flag "inscribed 28 August 1813" in a story of 1917): the
# days after it keep the narrative's year. A bare year moves the narrative on by less than this only ("the
# Election of 1916" after 1915; not "retold in 1967").
_DIGRESSION_YEARS = 10


def find_dates(
    text: str, marks: Sequence[Mark] = (), written: tuple[str, str] | None = None, old_style: bool = False
) -> list[DatedStatement]:
    """Every dated statement of ``text`` (with its structure ``marks``), in text order; ``written``: the
    source's own date (ISO start and end, as its metadata holds it), or None; ``old_style``: the source is
    said to write its days in the Julian calendar (its setting): every day not marked New Style is given in
    the Gregorian one, as in a text that marks its New Style days (see ``_writes_old_style``).

    Dates told from the time of writing ("last December", "this past spring", "next year", "yesterday", "on
    Friday") are read from the day a heading line or a news dateline of the text's opening names, else from
    ``written``, as far as that is known (see ``_Writing``); never guessed: unknown, they date nothing. In a
    text whose time of writing is known to its month or day, a day or a month without a year whose narrative
    year is within a year of the writing takes the year that puts it nearest the writing (a news item's "on
    October 2", its coming "May 14"); one with no narrative year before it takes the writing's year.

    A date written without its year ("On May 7", "In June", "the 6th of November") takes the year of the
    narrative: that of the date before it in its paragraph; in a paragraph's first dates, that of the first
    full date after them in the paragraph when they come earlier in its year ("On January 28 …; on March 28
    …; on the morning of May 1, 1915, …"); else the year carried from the paragraphs before. A day or a
    month with its year sets the carried year (unless it is a digression, see ``_DIGRESSION_YEARS``); a
    bare year or a thing named with its year ("the vote of 1912") only moves it on, never back: a history
    looks back without its story going back."""
    lay = layout(text, marks)
    writing = _writing(text, written)
    old_style = old_style or _writes_old_style(text)
    matches = [m for m in scan(_DATE, text, _DATE_STARTS) if _is_date(text, lay, m)]
    eras = _EraContext(text, matches, lay)
    full = [
        (lay.paragraph(m.start()), year_of(r[1])) for m in matches if _is_full(m) and (r := _range(m, None))
    ]
    next_full = 0  # the index in ``full`` of the next full date of a later paragraph
    found: list[DatedStatement] = []
    carried: int | None = None
    year_before: int | None = None
    paragraph = -1
    for i, m in enumerate(matches):
        p = lay.paragraph(m.start())
        while next_full < len(full) and full[next_full][0] <= p:
            next_full += 1
        if p != paragraph:
            paragraph, year_before = p, None
        year = year_before
        if year is None and _needs_year(m):
            year = _year_after(matches, i, lay, p) or carried
        if writing is not None and _needs_year(m):
            year = _writing_year(m, year, writing)
        dates = eras.before_ours(i) or _range(m, year, writing)
        if dates is None:
            continue
        if _is_old_style(text, m, old_style):
            dates = _new_style(dates[0]), _new_style(dates[1])
        found.append(DatedStatement(m.start(), m.end(), dates[0], dates[1], ""))
        if any(m.group(k) for k in _NO_YEAR_AFTER) or _since(text, m):
            continue  # a decade, a century or "since 1921" gives no year to the days after it
        end_year = year_of(dates[1])
        year_before = end_year
        if _names_a_thing(text, m):
            continue  # its paragraph's days only: "the 1994 mass killing … from April 6 through mid-July"
        if carried is None:
            carried = end_year
        elif _is_full(m) or _needs_year(m):
            after = full[next_full][1] if next_full < len(full) else None
            digression = abs(end_year - carried) >= _DIGRESSION_YEARS and (
                after is not None and abs(after - carried) < abs(after - end_year)
            )
            carried = carried if digression else end_year
        elif m.group("year") or m.group("erayear"):  # (a span of years is a period, not a story's moment)
            carried = end_year if carried < end_year < carried + _DIGRESSION_YEARS else carried
    return [_with_event(text, lay, found, i) for i in range(len(found))]


# Years and centuries written without their era in a story told before ours ("Rome was founded in 753 BC.
# … By 1150 the Sea Peoples had settled", "pottery of the 16th century BC … as early as the 10th century",
# "(1750-1350)"): they are of the era of the date with its era before them in their paragraph, or, in a text
# that names no year of our era at all, of its era before ours. Never earlier than that date by more than a
# century (BC years count down: "the 5th century BC … in the 19th century, scholars" stays ours), nor than the
# earliest date of the text with its era, unless written downwards ("1750-1350", "the 9th and 8th
# centuries"): a span that has no reading in our era.
_ERA_MARK = re.compile(rf"(?P<bc>{_BC})|(?P<ad>{_AD_AFTER}|{_AD_BEFORE})")
_BC_LEEWAY = 100
# A text that says its dates are before ours ("all dates are BCE and approximate", "All years B.C. unless
# stated"): its dates without an era are, wherever no date of ours comes before them in their paragraph.
_SAYS_BEFORE_OURS = re.compile(
    r"\b(?:all\s+(?:the\s+)?(?:dates|years)\s+(?:(?:given|here|below|above|shown)\s+)?(?:are\s+)?"
    r"|(?:dates|years)\s+(?:(?:given|here|below|above|shown)\s+)?are\s+(?:all\s+)?)"
    rf"(?:in\s+)?{_BC}",
    re.IGNORECASE,
)
# (the era the text declares stands for a date with its era earlier than any)
_DECLARED = -10**6


class _EraContext:
    """The eras the dates of a text are written in (see above): which of its dates without an era are
    before ours."""

    def __init__(self, text: str, matches: list[re.Match[str]], lay: Layout) -> None:
        self._matches, self._lay = matches, lay
        # per date: the first year of a date written with its era before ours, 0 for one of ours, else None
        self._eras: list[int | None] = [_written_era(m) for m in matches]
        before = [y for y in self._eras if y is not None and y < 0]
        declared = bool(matches) and _SAYS_BEFORE_OURS.search(text) is not None
        self._bc_only = declared or (len(before) >= 2 and 0 not in self._eras)
        self._earliest = _DECLARED if declared else min(before, default=None)
        # the paragraphs with a date of our era
        self._ours = {
            lay.paragraph(m.start()) for m, era in zip(matches, self._eras, strict=True) if era == 0
        }

    def before_ours(self, i: int) -> tuple[str, str] | None:
        """The range of ``matches[i]`` as a date before our era, when its context says so (see above)."""
        m = self._matches[i]
        if self._earliest is None or self._eras[i] is not None:
            return None
        dates = _bc_range(m)
        if dates is None:
            return None
        anchor = self._era_before(i)
        if anchor is None and self._bc_only and self._lay.paragraph(m.start()) not in self._ours:
            anchor = self._earliest
        if anchor is None or anchor >= 0:
            return None
        # (a span written downwards has no reading in our era: its own mark, however early)
        downwards = _range(m, None) is None
        return dates if downwards or year_of(dates[0]) >= anchor - _BC_LEEWAY else None

    def _era_before(self, i: int) -> int | None:
        paragraph = self._lay.paragraph(self._matches[i].start())
        for j in range(i - 1, -1, -1):
            if self._lay.paragraph(self._matches[j].start()) != paragraph:
                return None
            if self._eras[j] is not None:
                return self._eras[j]
        return None


def _written_era(m: re.Match[str]) -> int | None:
    """The first year of ``m`` when it is written with its era before ours (astronomical, below 1), 0 when
    with ours, None when it names no era: the era its last mark names ("27 BC to AD 14" ends in ours)."""
    if not any(m.group(k) for k in _ERA_KINDS) and not m.group("century"):
        return None
    marks = list(_ERA_MARK.finditer(m.group()))
    if not marks:
        return None
    if marks[-1].group("ad"):
        return 0
    dates = _era_range(m.groupdict())
    return min(year_of(dates[0]), 0) if dates is not None else None


def _span_end(first: int, written: str) -> int:
    """The last year of a span of years: "1932–33" → 1933, "1200-975" → 975, "1926-7" → 1927."""
    return int(written) if len(written) >= 3 else first - first % 10 ** len(written) + int(written)


def _bc_range(m: re.Match[str]) -> tuple[str, str] | None:
    """``m``, a year, a span of years or a century written without its era, read as before ours: "1150" →
    -1149, "1750-1350" → -1749…-1349, "the middle of the 8th century" → -759…-730, "the 9th and 8th
    centuries" → -899…-700."""
    g = m.groupdict()
    if g["year"] and not g["y_part"]:
        y = _astronomical(g["y"], True)
        return _years(y, y)
    if (g["span"] and len(g["span_b"]) >= 3) or g["bspan"]:
        # ("1917-03" is a month: a shortened year only goes up)
        a, b = (int(g["span_a"]), int(g["span_b"])) if g["span"] else (int(g["bs_a"]), int(g["bs_b"]))
        return _years(1 - a, 1 - b) if b < a else None
    if g["century"]:
        spans = [_era_century(n, "century", True) for n in filter(None, (g["c1"], g["c2"]))]
        if len(spans) == 1:
            spans = [_part_of(spans[0], g["c_part"])]
        if None in spans:
            return None
        return _years(min(a for a, _ in spans), max(b for _, b in spans))
    return None


# Calendars. A text that marks its New Style days ("March 8 on the Western calendar", "(N.S.)") and none as
# Old Style writes its other days in the Julian calendar (a Russian history's "February 23, 1917"); a day
# marked Old Style ("25 October, O.S.") is Julian in any text. They are given in the Gregorian calendar, so
# that sources align on a timeline: February 23, 1917 O.S. is March 8, 1917.
_NEW_STYLE_MARK = r"(?:N\.\s?S\.|New\s+Style|(?:on|in|by)\s+the\s+(?:Western|Gregorian|new)\s+calendar)"
_OLD_STYLE_MARK = r"(?:O\.\s?S\.|Old\s+Style|(?:on|in|by)\s+the\s+(?:Julian|Russian|old)\s+calendar)"
_NEW_STYLE = re.compile(rf"\b{_NEW_STYLE_MARK}", re.IGNORECASE)
_OLD_STYLE = re.compile(rf"\b{_OLD_STYLE_MARK}", re.IGNORECASE)
_MARKED_NEW = re.compile(rf"[\s,(]*{_NEW_STYLE_MARK}", re.IGNORECASE)
_MARKED_OLD = re.compile(rf"[\s,(]*{_OLD_STYLE_MARK}", re.IGNORECASE)
_DAY_KINDS = ("mdy", "dmy", "md", "dm", "days", "bdays")
_GREGORIAN_SINCE, _JULIAN_UNTIL = "1582-10-15", "1918-02-13"  # Russia's last Julian day was 31 January 1918


# The words a calendar's mark holds, found at once in a book (the marks' pattern takes 25 ms to scan one)
_STYLE_CUES = ("alendar", "Style", "style", "STYLE", "N.S.", "O.S.", "N. S.", "O. S.")


def _writes_old_style(text: str) -> bool:
    """Whether ``text`` marks its New Style days and none as Old Style (its other days are Old Style)."""
    if not any(cue in text for cue in _STYLE_CUES):
        return False
    return bool(_NEW_STYLE.search(text)) and not _OLD_STYLE.search(text)


def _is_old_style(text: str, m: re.Match[str], old_style: bool) -> bool:
    """Whether the day ``m`` is written in the Julian calendar: marked so, or unmarked in a text whose
    written-out days are Old Style (``old_style``)."""
    if not any(m.group(k) for k in _DAY_KINDS):
        return False
    if _MARKED_OLD.match(text, m.end()):
        return True
    return old_style and not _MARKED_NEW.match(text, m.end())


def _new_style(day: str) -> str:
    """The Gregorian day of the Julian day ``day`` (ISO), for days between the two calendars' coexistence."""
    y, mo, d = parts(day)
    if y < 1582:
        return day
    a = (14 - mo) // 12
    yy, mm = y + 4800 - a, mo + 12 * a - 3
    julian_day = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    gregorian = dt.date.fromordinal(julian_day - 1721425).isoformat()
    return gregorian if _GREGORIAN_SINCE <= gregorian <= _JULIAN_UNTIL else day


def _writing_year(m: re.Match[str], year: int | None, writing: _Writing) -> int | None:
    """The year of a day or month written without one (``m``, its narrative's year ``year``) in a text
    written at ``writing``."""
    if year is None and not writing.month:
        return writing.first.year if writing.year else None
    if not writing.month or (year is not None and abs(year - writing.first.year) > 1):
        return year  # a history's own time, far from its writing
    own = _range(m, 2000)  # a leap year: any day a month has
    if own is None:
        return year
    month, day = int(own[0][5:7]), int(own[0][8:10])
    nearest = writing.nearest_year(month, day)
    after_writing = dt.date(nearest, month, min(day, _last(nearest, month))) > writing.last
    if after_writing and _told_as_past(writing.text, m):
        # "sentiment received a boost in September" in a wire of April 1987: what the clause tells as past
        # was before the writing, the September of 1986, not the nearer one to come
        return nearest - 1
    return nearest


def _told_as_past(text: str, m: re.Match[str]) -> bool:
    """Whether the clause before the date ``m`` tells it in the past tense and nothing in it is to come."""
    before = max(0, m.start() - 100)
    return bool(_PAST_BEFORE.search(text, before, m.start())) and not _FUTURE_BEFORE.search(
        text, before, m.start())


def _with_event(text: str, lay: Layout, found: list[DatedStatement], i: int) -> DatedStatement:
    """``found[i]`` with its event, read in the part of its sentence between its neighbours' dates. Dates
    joined by "and" ("in 1992 and 1997") share the words before the first; the second end of a comparison
    ("in 1986 from 4.3 billion in 1985") has them too, with the words after the first."""
    d = found[i]
    _, s_start, s_end = lay.sentence(d.start)
    joins: list[str] = []  # the words of the comparisons between this date and the first joined to it
    first = i
    while first > 0 and found[first - 1].end > s_start:
        between = text[found[first - 1].end : found[first].start]
        if _AND.fullmatch(between):
            joins.append("")
        elif _COMPARED.fullmatch(between):
            joins.append(between)
        else:
            s_start = found[first - 1].end
            break
        first -= 1
    head = text[s_start : found[first].start] + "".join(reversed(joins))
    tail_start = d.end
    if i + 1 < len(found) and found[i + 1].start < s_end:
        close = text.find(")", found[i + 1].end, s_end)
        if _RESTATED.fullmatch(text, d.end, found[i + 1].start) and close >= 0:
            # the day said again in brackets in another calendar: "On February 23, 1917 (March 8 on the
            # Western calendar), the strikes began" dates what follows the brackets
            tail_start = close + 1
            later = [f.start for f in found[i + 2 :] if tail_start <= f.start < s_end]
            s_end = later[0] if later else s_end
        else:
            s_end = found[i + 1].start
    return DatedStatement(d.start, d.end, d.date_start, d.date_end, _event(head, text[tail_start:s_end]))


_RESTATED = re.compile(r"\s*\(\s*")


# A year naming a thing ("served in the 1805 campaign", "the 2007 commission") dates the days of its own
# paragraph only; one a state began ("in place since 1921") not even those.
_THING_YEAR = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _names_a_thing(text: str, m: re.Match[str]) -> bool:
    """Whether the bare year ``m`` names a thing: "the 1805 campaign"."""
    if not m.group("year") or m.group("y_part"):
        return False
    before = text[max(0, m.start() - 10) : m.start()]
    return bool(_THING_YEAR.search(before) and re.match(r"\s+[^\W\d_]", text[m.end() : m.end() + 3]))


def _since(text: str, m: re.Match[str]) -> bool:
    return bool(m.group("year") and _SINCE.search(text, max(0, m.start() - 10), m.start()))


def _is_full(m: re.Match[str]) -> bool:
    """A day or a month (or a season) written with its year: the narrative's time, unlike a bare year, a
    decade or a century, which a history also names looking back or ahead."""
    kinds = ("mdy", "dmy", "ru", "mm", "my", "season", "eraday", "eramonth")
    return any(m.group(k) for k in kinds) or bool(m.group("days_y") or m.group("bdays_y"))


def _year_after(matches: list[re.Match[str]], i: int, lay: Layout, paragraph: int) -> int | None:
    """The year of the first full date after ``matches[i]`` in its paragraph, when ``matches[i]`` (a day or
    month without a year) falls before it in that year."""
    own = _range(matches[i], 2000)  # a leap year: any day a month has
    if own is None:
        return None
    for m in matches[i + 1 :]:
        if lay.paragraph(m.start()) != paragraph:
            return None
        if _needs_year(m) or m.group("bspan"):
            continue
        later = _range(m, None)
        if later is None or m.group("year") or m.group("span") or m.group("decade"):
            return None
        return year_of(later[0]) if parts(own[1])[1:] <= parts(later[0])[1:] else None
    return None


def _is_date(text: str, lay: Layout, m: re.Match[str]) -> bool:
    if m.group("bspan"):
        # only a span written downwards may be of years before ours; alone in brackets after a name it is
        # no page range ("Old Kingdom (2625 - 2130)"), which the layout sets aside as a citation's
        alone = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        downwards = int(m.group("bs_b")) < int(m.group("bs_a"))
        return downwards and (alone or not lay.is_excluded(m.start(), m.end()))
    if lay.is_excluded(m.start(), m.end()):
        return False
    if m.group("year") and _quantity_after(text, m.start(), m.end()):
        return False
    if m.group("mo"):
        # a month alone: written out with its capital, after the word a date follows
        before = text[max(0, m.start() - 20) : m.start()]
        after_preposition = m.group("mo_part") or _MONTH_PREPOSITION.search(before)
        return m.group("mo_m")[0].isupper() and bool(after_preposition)
    if m.group("dm") and not m.group("dm_m")[0].isupper():
        return False
    if m.group("rel") or m.group("weekday"):
        before = text[max(0, m.start() - 12) : m.start()]
        if m.group("weekday"):  # "on Friday", with its capital
            on = re.search(r"\b(?:on|last|next|this)\s+$", before, re.IGNORECASE)
            return m.group("weekday")[0].isupper() and bool(on)
        # "the next year" is the story's, "last year" the writer's
        return not re.search(r"\b(?:the|that|a|an|each|every|of\s+the)\s+$", before, re.IGNORECASE) and not (
            m.group("rel_m")[0].islower() and m.group("rel_m").lower() in _FULL_MONTHS.lower().split("|")
        )
    return not (_needs_year(m) and _every_year(text, m))


# A day that comes back every year: "21 March is commemorated as a public holiday", "Freedom Day (25 April)"
_EVERY_YEAR_BEFORE = re.compile(r"(?:\bDay\s*\(|\b(?:every|each)\s+)$", re.IGNORECASE)
_EVERY_YEAR_AFTER = re.compile(
    r"\)?,?\s+(?:is|are|has\s+been)\s+(?:(?:now|still)\s+)?(?:commemorated|celebrated|observed|marked|kept|"
    r"a\s+(?:national\s+|public\s+|bank\s+)?holiday)",
    re.IGNORECASE,
)


def _every_year(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(_EVERY_YEAR_BEFORE.search(before) or _EVERY_YEAR_AFTER.match(text, m.end()))


# Units a year is never followed by: "1500 tonnes", "1656 words".
_UNIT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|million|thousand|tonnes|tons|roubles|человек|words?|pages?|characters|copies|"
    r"votes)(?![^\W\d_])",
    re.I,
)
# What a year may be followed by as well as a count: "in 1917 men were drafted", "carrying 1153 persons".
_COUNTED_AFTER = re.compile(
    r"\s*(?:people|persons|prisoners|men|women|children|soldiers|troops|sailors|workers|families|deaths|lives|"
    r"miles|acres|feet|dollars|pounds)(?![^\W\d_])",
    re.I,
)


def _quantity_after(text: str, start: int, end: int) -> bool:
    """Whether the year-like number at ``start``–``end`` counts what follows it. Not followed by a letter, but
    a digit may follow: counters glued by a copy ("1656 Words7 Pages")."""
    if _UNIT_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    return bool(_COUNTED_AFTER.match(text, end)) and not _DATE_WORD_BEFORE.search(before)
