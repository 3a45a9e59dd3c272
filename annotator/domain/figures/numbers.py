"""Figures: every number in running text that counts or measures something, with what it counts and when.

One pass of one regular expression finds the numbers ("700,000", "3.5 million", "three million", "two-thirds",
"tens of thousands", «3 млн»); each is then read in its context: joined into a range with the number after
it ("5–7 million", "from 5 to 30 million", "between 1.5 and 2 million", "five or six"), or into a part of a
whole ("13 of 15 generals") or a ratio ("1 in 40 churches", "one deputy for every 25,000 electors"); given
its approximation word, its unit, what it counts (the noun phrase after it, or the event its verb names:
"700,000 were executed" counts executions) and the period of its sentence (or the previous one's).

Not figures: years standing alone and spans of years, dates' days, note calls and reference marks (the
structure's marks, and calls glued to punctuation), citations' page numbers, list and article numbers,
durations and ages ("ten years", "ages 9-14"), compound adjectives ("Five-Year Plan", "15-story"), and
small numbers written in words without a magnitude or unit ("one of", "two sons").

Numbers written in words are read by number-parser (English and Russian cardinals, inflected Russian
included); fractions and vague magnitudes by the tables here.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from number_parser import parse_number

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key, unit_family
from annotator.domain.figures.text import (
    MONTH_NAMES,
    NAMED_PERIOD,
    NAMED_STARTS,
    PERIOD,
    PERIOD_STARTS,
    RU_MONTHS,
    YEAR,
    Layout,
    layout,
    named_years,
    period_of,
    scan,
    war_part,
)
from annotator.domain.structure import Mark


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A word: a letter, then letters, digits, apostrophes or hyphens ("kulak's", "so-called", "Gulag"); the
# noun phrases the patterns below read are runs of it.
_WORD_RE = r"[^\W\d_][\w’'-]*"


def _phrase(words: int, lazy: bool = False) -> str:
    """A run of one to ``words`` words, as few as may be when ``lazy``: "executions", "Soviet grain
    exports"."""
    return rf"(?:{_WORD_RE}\s+){{0,{words - 1}}}{'?' if lazy else ''}{_WORD_RE}"


def _alt(phrases: str, sep: str = r"\s+") -> str:
    r"""``phrases`` written "about|more than|at least" as a non-capturing alternation, each space inside a
    phrase standing for ``sep`` (``[ \t]+`` where a pattern must not cross a line). No phrase of a list may
    begin with another's words ("at" beside "at least"), so the order of a list changes nothing it matches."""
    return "(?:" + "|".join(p.replace(" ", sep) for p in phrases.split("|")) + ")"


def _qualifiers(phrases: str, repeat: str = "?", sep: str = r"\s+", end: str | None = None) -> str:
    r"""Approximation and limit words between a cue and its number, each with the space after it (``end``,
    by default ``sep``): "(?:(?:about|some)\s+)?"; ``repeat`` "*" or "{0,2}" for a run of them ("only
    about")."""
    return f"(?:{_alt(phrases, sep)}{sep if end is None else end}){repeat}"


# The approximation words a cue before a number accepts. The core every long list has: "about 40,000", "some
# 3 million", "nearly half", "over a million", "almost 2%", "roughly 5,000", "around 700,000".
_ROUGH = "about|some|nearly|over|almost|roughly|around"
# Bounds of a count ("more than 2 million", "less than 1%", "at least 7,000", "up to 10 million") and a
# small amount stressed ("only 5%", "just 300").
_LIMITS = "more than|less than|at least|up to"
_MERE = "only|just"
# Before the victims of a verb or of an event's noun: "killed an estimated 27 million", "deported up to 2
# million", "the arrests of at least 7,000".
_ESTIMATED = f"{_ROUGH}|up to|more than|at least|an estimated"
# Before a part of a whole or of a list: "of which perhaps a third", "and the remaining 8,000".
_PART = f"{_ROUGH}|only|perhaps"
# Russian: «около», «более», «свыше», «почти».
_RU_ROUGH = "около|более|свыше|почти"
# Between a Russian verb and the number it counts (fig17l): «погибли примерно 100 тысяч», «прибыло ещё
# 489 822», «было вывезено, по разным данным, от 480 до 650 тысяч», «освобождено всего 3 тыс.».
_RU_VERB_QUALIFIERS = (
    r"(?:,?\s*по\s+(?:разным|различным|официальным|другим|некоторым|неполным)\s+(?:данным|оценкам),?\s+)?"
    + _qualifiers("ещё|еще|всего|только|лишь", "{0,2}")
    + _qualifiers(f"{_RU_ROUGH}|примерно|приблизительно|порядка|не менее|не более|до|от")
)
# A short phrase between a Russian verb and its number: «отправлено на спецпоселение», «осуждено к смертной
# казни» (fig17l)
_RU_VERB_OBJECT = r"(?:\s+(?:на|в|во|к|за)\s+[а-яё]+(?:\s+[а-яё]+)?)?"
# A Russian short passive participle or past verb of an event before its number, any verb (fig17l):
# «освобождено 327,4 тыс. человек», «отправлено на спецпоселение 381 026 семей». Not a verb of being or of
# amount («было», «составило»), whose number is the subject's.
_RU_ANY_EVENT = (
    r"(?<!\w)(?<!не\s)(?!(?:был|стал|состав[ли]|насчитыва|оказал|находил|имел|числил|достиг)\w*)"
    r"([а-яё]{4,}(?:ено|ёно|ано|яно|ены|ены|аны|яны|ил[оиа]|ел[оиа]|ал[оиа]|ял[оиа]|ыл[оиа]|ло|ли|ают|яют))"
    + _RU_VERB_OBJECT + r"\s*"
)
# Cues whose list is shorter than these keep their own words, as first written (``_FROM_BEFORE`` has no
# "almost", ``_CENSUS_BEFORE`` five words): a word added to a list changes which figures the cue reads.


_CARD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
# Russian cardinal words in all their cases («три», «трёх», «тремя»; «пятьсот», «пятисот»), read by
# number-parser (fig17l: the words joined, «сто двадцать тысяч», «трёхсот тысяч»)
_RU_CARD_WORDS = str.split(
    "один одна одно одного одной одному одним одном два две двух двум двумя три трёх трех трём трем тремя "
    "четыре четырёх четырех четырём четырем четырьмя пять пяти пятью шесть шести шестью семь семи семью "
    "восемь восьми восемью девять девяти девятью десять десяти десятью "
    "одиннадцать одиннадцати двенадцать двенадцати тринадцать тринадцати четырнадцать четырнадцати "
    "пятнадцать пятнадцати шестнадцать шестнадцати семнадцать семнадцати восемнадцать восемнадцати "
    "девятнадцать девятнадцати двадцать двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти "
    "шестьдесят шестидесяти семьдесят семидесяти восемьдесят восьмидесяти девяносто девяноста сто ста "
    "двести двухсот триста трёхсот трехсот четыреста четырёхсот четырехсот пятьсот пятисот шестьсот "
    "шестисот семьсот семисот восемьсот восьмисот девятьсот девятисот"
)
_RU_CARD = "(?:" + "|".join(sorted(_RU_CARD_WORDS, key=len, reverse=True)) + ")"
# «полтора миллиона», «полутора миллионов», «полмиллиона», «полумиллиона»: one and a half, a half
_RU_HALF = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "пол": 0.5, "полу": 0.5}
# A magnitude alone after an approximation word is one of it: «свыше миллиона», «около миллиона»
_RU_BARE_MAG_AFTER = "".join(
    rf"(?<={w}\s)" if i == 0 else rf"|(?<={w}\s)"
    for i, w in enumerate(("свыше", "около", "более", "почти", "порядка", "менее", "примерно", "до"))
)
# ("4-5 millions": a plural magnitude after digits, as some writers put it)
_MAG_EN = (
    r"(?:(?:millions|billions|thousands)(?!\s+of\b)|million|billion|trillion|thousand|mln|mn|bn)(?![\w-])"
)
_MAG_RU = r"(?:млн\.?|млрд\.?|тыс\.?|миллион(?:ов|а)?|миллиард(?:ов|а)?|тысяч[аи]?)(?!\w)"
_FRACTION_WORD = r"(?:halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|tenths|tenth)"

# "516, 841 prisoners", "69, 000 prisoners": thousands whose comma an extraction followed with a space (three
# digits, then a word; not a list: "5, 100 and 200", not after a list's comma)
_SPLIT_THOUSANDS = r"(?<!\d,\x20)\d{1,3},\x20\d{3}(?=\x20[^\W\d_])(?!\x20(?:and|or|to)\x20\d)"

# Thousands a continental writer parts with full stops: "1.250.000", and "500.000 inhabitants" (one group,
# three zeros, a word after), not a decimal "2.5" or "1.500" alone (fig17j)
_DOTTED_THOUSANDS = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)|\d{1,3}\.000(?=\x20[^\W\d_])"
_DOTTED = re.compile(_DOTTED_THOUSANDS)
# Russian writes its decimals with a comma («327,4 тыс.»): a full stop before three digits in Russian prose
# parts thousands, «умерло 46.665 человек», «в Ураллаге — 1.039» (fig17l)
_RU_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _in_russian(text: str, at: int) -> bool:
    """Whether the words just before ``at`` are Russian (Cyrillic letters and no Latin ones)."""
    window = text[max(0, at - 80) : at]
    return bool(_CYRILLIC.search(window)) and len(_LATIN.findall(window)) < 3

_NUMBER = re.compile(
    rf"""
    (?P<vague>(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions)|thousands|millions|
              several\s+(?:hundred\s+thousand|thousand|million|hundred)|hundreds|
              a\s+few\s+(?:hundred\s+thousand|thousand|million|hundred)|
              (?:десятки|десятков|сотни|сотен)\s+тысяч|тысячи|миллионы|миллионов|
              (?:несколько|нескольких)\s+(?:сотен\s+тысяч|тысяч|миллионов))(?![\w-])
  | (?P<onehalf>(?:a|one)\s+(?P<ohm>million|thousand|billion)\s+and\s+a\s+half
              |one\s+and\s+a\s+half\s+(?P<ohm2>million|thousand|billion)|полтора\s+(?P<ohm3>миллиона|млн\.?))
  | (?P<andhalf>(?<![\w-])(?P<ahn>{_CARD}(?:[\s-]+{_CARD})?)\s+and\s+a\s+half
              \s+(?P<ahm>million|thousand|billion)(?![\w-]))
  | (?P<halfmag>half\s+an?\s+(?P<hm>million|billion)|(?<![\w-])half-(?P<hm2>million|billion)(?![\w-])
              |a\s+quarter\s+(?:of\s+)?an?\s+(?P<qm>million|billion))
  | (?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)fold(?!\w)
            |twice(?=\s+(?:as|the|that)\b))
  | (?P<frac>(?:(?:a|one|two|three|four|five|nine)[\s\u2011-]+)?{_FRACTION_WORD})(?![\w-])
  | (?P<slash>(?<![\w./-])[1-9]/(?:[2-9]|1[0-2])(?![\d/])(?!\s+(?:attacks?|wars?|[Cc]ommission|era)\b))
  | (?:
      (?P<digits>(?:(?<![^\W_]|[.,/])(?<!\w_)|(?<=[a-z]{{3}})(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,])))(?<![^\d]-)(?:{_SPLIT_THOUSANDS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+
                 |\d{{1,3}}(?:\x20\d{{3}})+(?![\d]|[.,]\d)
                 |\d+,\d{{1,2}}(?=\s*(?:млн|млрд|тыс|%|процент)|\s*(?:до|–|-)\s*\d+(?:,\d+)?\s*(?:млн|млрд|тыс)
                                |\x20(?:million|billion)\b)
                 # a Russian decimal beside a Russian word: «с 2,4 до 13,9 человека» (fig17l)
                 |(?<=[а-яё]\x20)\d+,\d{{1,2}}(?![\d,])|\d+,\d{{1,2}}(?![\d,])(?=\x20[а-яё])
                 |{_DOTTED_THOUSANDS}
                 |\d+(?:\.\d+)?)(?![\d]|[.,]\d|(?!(?:million|billion)(?![\w-]))[^\W\d_%$]))
    | (?P<words>(?<![\w-]){_CARD}(?:(?:[\s-]+|\s+and\s+){_CARD})*(?![\w]))
    | (?P<ruwords>(?<!\w){_RU_CARD}(?:\s+{_RU_CARD}){{0,3}}(?P<ruhalf>\s+с\s+половиной)?(?=\s+{_MAG_RU}))
    | (?P<ruhalfmag>(?<!\w)(?P<rhw>полтора|полторы|полутора)(?=\s+{_MAG_RU})
                  |(?<!\w)(?P<rhp>полу?)(?=(?:миллион|миллиард)))
    | (?P<rubare>(?:{_RU_BARE_MAG_AFTER})(?=(?:миллиона|миллиарда|тысячи)(?!\w)))
    | (?P<a>(?<![\w-])(?:an?|another)(?:\s+(?:further|additional))?
           (?=\s+(?:million|thousand|billion|hundred)\b))
    )
    # («20-ти тысяч», «50-и тысяч»: a Russian case ending written after the digits (fig17l))
    (?:(?<=\d)-(?:ти|ми|х|и)(?=\s+{_MAG_RU}))?
    (?:\s*(?P<mag>{_MAG_EN}|{_MAG_RU})|(?<=\d)(?P<m>m)(?![\w]))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MAGNITUDE = {"million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
              "thousand": 1e3,
              "млн": 1e6, "млрд": 1e9, "тыс": 1e3, "миллион": 1e6, "миллиард": 1e9, "тысяч": 1e3}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
              "fourths": 4, "fifth": 5,
              "fifths": 5, "tenth": 10, "tenths": 10}
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "nine": 9}
# A plural magnitude means at least two of it and fewer than ten times it: "thousands" 2,000–9,999.
_VAGUE = {"tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
          "dozens of thousands": (2e4, 99_999), "tens of millions": (2e7, 99_999_999),
          "hundreds of millions": (2e8, 999_999_999), "dozens of millions": (2e7, 99_999_999),
          "thousands": (2e3, 9_999), "millions": (2e6, 9_999_999),
          "several thousand": (2e3, 9_999), "several million": (2e6, 9_999_999),
          "several hundred thousand": (2e5, 999_999), "several hundred": (200, 999), "hundreds": (200, 999),
          # "a few hundred" as "several hundred"
          "a few hundred": (200, 999), "a few thousand": (2e3, 9_999), "a few million": (2e6, 9_999_999),
          "a few hundred thousand": (2e5, 999_999),
          "десятки тысяч": (2e4, 99_999), "десятков тысяч": (2e4, 99_999), "сотни тысяч": (2e5, 999_999),
          "сотен тысяч": (2e5, 999_999), "тысячи": (2e3, 9_999), "миллионы": (2e6, 9_999_999),
          "миллионов": (2e6, 9_999_999),
          "несколько тысяч": (2e3, 9_999), "нескольких тысяч": (2e3, 9_999),
          "несколько миллионов": (2e6, 9_999_999), "нескольких миллионов": (2e6, 9_999_999),
          "несколько сотен тысяч": (2e5, 999_999), "нескольких сотен тысяч": (2e5, 999_999)}

_APPROX = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|"
    r"perhaps|maybe|as\s+many\s+as|close\s+to|fewer\s+than|less\s+than|under|at\s+most|just\s+over|"
    r"well\s+over|an\s+estimated|estimated|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of|"
    r"in\s+excess\s+of|possibly|probably|circa|c\.|ca\.|approx\.)"
    r"|(?<!\w)(?:около|почти|более|свыше|примерно|порядка|не\s+менее|до|приблизительно|чуть\s+ли\s+не))"
    r"\s+$",
    re.IGNORECASE,
)
_UNITS = (
    (re.compile(r"\s*(?:%|per\s*cent\b|-?percent\b|percentage\s+points?\b|процент\w*)", re.I), "per cent"),
    (re.compile(r"(?:\s*|-)fold\b|\s+times\b", re.I), "times"),
    (re.compile(r"\s+(?:metric\s+)?(?:tonnes|tons|tonne|ton|т\.?|тонн[аы]?)(?!\w)", re.I), "tonnes"),
    (re.compile(r"\s+(?:poods|puds|пудов|пуда)\b", re.I), "poods"),
    # «7 млн голов» (of livestock): a unit, not what is counted
    (re.compile(r"\s+голов(?!\w)", re.I), "head"),
    (re.compile(r"\s+(?:litres|liters|litre|liter|л\.)(?!\w)", re.I), "litres"),
    (re.compile(r"\s+(?:centners|centner|quintals|центнеров|центнера|ц\.)(?!\w)", re.I), "centners"),
    (re.compile(r"\s+(?:roubles|rubles|rouble|ruble|руб(?:лей|ля)?\.?)(?!\w)", re.I), "roubles"),
    (re.compile(r"\s+(?:hectares|hectare|ha|гектаров|га)\b", re.I), "hectares"),
    (re.compile(r"\s+(?:square\s+(?:metres|meters|metre|meter)|sq\.?\s*m|m²|m2)(?!\w)", re.I),
     "square metres"),
    (re.compile(r"\s+(?:square\s+(?:kilometres|kilometers|kilometre|kilometer)|km²|km2|кв\.\s*км)(?!\w)",
                re.I), "square km"),
    (re.compile(r"\s+(?:kilometres|kilometers|km|км)\b", re.I), "km"),
    (re.compile(r"\s+(?:miles)\b", re.I), "miles"),
    (re.compile(r"\s+(?:dollars|US\s+dollars)\b", re.I), "dollars"),
    # Weights and energy: "51 kg a year", "125 grams of bread", "38 billion kilowatt-hours" measure what the
    # sentence's subject names (meat consumption, the ration, electricity output), not kilograms.
    (re.compile(r"\s*(?:kilogrammes|kilograms|kilogram|kgs?|кг)(?!\w)", re.I), "kg"),
    (re.compile(r"\s+(?:grammes|grams|gramme|gram|гр\.)(?!\w)", re.I), "grams"),
    (re.compile(r"\s+(?:kilowatt-hours|kilowatt\s+hours|kWh|кВт[·.]?ч)(?!\w)", re.I), "kWh"),
    (re.compile(r"\s+(?:people|persons|individuals|souls|человека?|чел\.)(?!\w)", re.I), "people"),
)
_CURRENCY_BEFORE = {"$": "dollars", "£": "pounds", "€": "euros", "₽": "roubles"}

# Words right before a number that make it a label, not a quantity: "number 62", "Article 58", "No. 5".
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:no|nos|article|art|chapter|ch|vol|volume|part|section|sect|order|decree|issue|item|"
    r"page|pages|p|pp|point|paragraph|para|clause|figure|fig|table|session|ages?|aged|age\s+of|step|"
    r"plenum|line|lines|verse|room|cell|block|barrack|camp\s+no|resolutions?)\.?|№|§|статья|статьи|ст\.|приказ|"
    r"глава|пункт)\s*$",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"(?:\s+|-)(?:years?|months?|days?|hours?|weeks?|minutes?|seconds?|decades?|centuries|century|"
    r"years?\s+old|лет|года?|месяц\w*|дн\w*)(?!\w)",
    re.IGNORECASE,
)
# (the modal "may" is no month: "as many as 180,000 may have died" (fig17j))
_DATE_AROUND = re.compile(
    rf"\s*(?!(?-i:may)\b)(?:{MONTH_NAMES}|{RU_MONTHS})\b|(?:st|nd|rd|th)\b", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$", re.IGNORECASE)
# ("70-percent" is a share, not an adjective: fig17k)
_ADJECTIVE_AFTER = re.compile(r"-(?!fold\b)(?!percent\b|per[ -]cent\b)[^\W\d_]")
# The hour of a clock time right before its minutes ("9:45", "16:05"), not a ratio's "1:25,000"
_CLOCK_BEFORE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):$")
_OF_TIME_AFTER = re.compile(
    r"\s+of\s+(?:years|months|weeks|days|hours|decades|centuries|generations)\b", re.IGNORECASE
)
_YEAR_WHOLE = re.compile(rf"{YEAR}")

# ("from 1.8 million to more than 2.4 million": the second end may be approximate)
_RANGE_GAP = re.compile(
    r"\s*(?:–|—|-|,?\s*to|or|and|until|till|до|или|и)\s*"
    + _qualifiers(
        "more than|over|about|around|some|nearly|almost|at least|perhaps|possibly|as many as|well over"
    ),
    re.IGNORECASE,
)
_CHANGE_VERB = re.compile(
    r"\b(?:to\s+)?(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|increase|increased|decline|declined|drop|"
    r"dropped|swell|swelled|swollen|shrink|shrank|shrunk|jump|jumped|soar|soared|plunge|plunged)\s+from\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:fell|fallen|falling|rose|risen|rising|dropped|declined|increased|decreased|grew|grown|went|"
    r"climbed|sank|jumped|cut|reduced|raised|swelled|swollen|swell|shrank|shrunk|soared|plunged)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PART_GAP = re.compile(r"\s+(?:out\s+)?of(?:\s+(?:the|those|these))?(?:\s+[A-Z][\w’']*){0,3}\s+$|\s+из\s+$")
_RATIO_GAP = re.compile(
    r"\s+(?:in|per|out\s+of)\s+$|\s+(?:[^\W\d_]+\s+){1,2}(?:for|in)\s+every\s+$|\s+for\s+every\s+$"
    r"|\s+[^\W\d_]+\s+in\s+$",  # "one death in three"
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:announced|claimed|said|reported|gave|given|put|estimated|cited|quoted|promised|planned|"
    r"expected|demanded|wanted|forecast)\b",
    re.IGNORECASE,
)

# --- what is counted ---------------------------------------------------------------------------------------

_STOP = _set(
    "the a an of in on at by from to for with and or but were was had have has are is be been being would "
    "will could should might may can did do does that which who whom whose this these those their his her "
    "its our my your they them he she it we you there here than then as so if when while where after "
    "before during until since into onto over under through about around nearly almost some more less "
    "only just also even still yet not no all each every per alone out up down off again however "
    "thus perhaps such same other others another many much most few several both either neither what "
    "how why one two three four five six seven eight nine ten hundred thousand million billion "
    "who’d it’s between among within across against toward towards despite except like via without upon "
    "beyond behind near throughout whereas because although though whether ever never already "
    # time words end the phrase too: "from 145 million today to 121 million"
    "today now currently annually yearly daily trillion"
) | _set("в во на от из и а но что по за к с у о об при для до были был была было будет это их его её "
                                      "они он она")
_GENERIC = _set(
    "people persons individuals men women souls lives human humans human-beings citizens of them "
    "человек человека чел"
)
# The event a verb after a number names, as the noun that counts it: "700,000 were executed" → executions.
_EVENTS = (
    (re.compile(r"(?:died|dies|die|dying|perished|dead|starved|were\s+killed|killed(?!\s+(?:by|in|at|on)\b)|had\s+died|lost\s+their\s+lives|deaths?|"
                r"went\s+to\s+their\s+deaths|condemned\s+to\s+die|"
                r"погибл\w*|умерл\w*|умерших|погибших)\b", re.I), "deaths"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:executed|shot)\b", re.I), "executions"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?arrested\b|арестован\w*", re.I), "arrests"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:deported|exiled|resettled|выселен\w*|депортирован\w*)",
                re.I), "deportations"),
    (re.compile(r"passed\s+through|were\s+(?:sent|condemned)\s+to\s+(?:work\s+in\s+)?(?:the\s+)?"
                r"(?:camps|gulag)|were\s+imprisoned|were\s+in\s+(?:the\s+)?camps", re.I), "inmates"),
    (re.compile(r"(?:were\s+)?(?:left\s+homeless)|lost\s+their\s+homes", re.I), "left homeless"),
    # "5 million people lost their jobs", "six million were sent into exile"
    (re.compile(r"lost\s+their\s+jobs", re.I), "jobs lost"),
    (re.compile(r"(?:were\s+|had\s+been\s+)?sent\s+into\s+exile", re.I), "exiled"),
    (re.compile(r"(?:were\s+|had\s+been\s+)?(?:purged|expelled)\b", re.I), "purged"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:sentenced|convicted)\b", re.I), "sentenced"),
)
_VERB_AFTER = re.compile(
    # ("over one million more fled": the more of a figure before, and their own verb)
    r"^\s*,?\s*(?:more\s+)?(?:(?:people|persons|of\s+them|peasants|men|человек)\s+)?"
    # ("as many as 180,000 may have died" (fig17j))
    r"(?:(?:may|might|could|would)\s+(?=have\b))?(?:(?:were|was|had|have|are|did|были|был[аио]?)\s+)?"
    r"(?:(?:also|then|later|eventually|actually|reportedly|probably|all|thus)\s+)?(?:to\s+be\s+)?"
    # "27 people are known to have been killed" (fig17h)
    r"(?:(?:known|said|reported|believed|thought)\s+to\s+have\s+(?:been\s+)?)?",
    re.I,
)
# What people did or had done to them, after a figure that names nobody but people: what is counted.
_ACTED_AFTER = re.compile(
    r"\s*,?\s*(?:more\s+)?(?:(?:people|persons|individuals|men|women)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:also|then|later|eventually|reportedly|all)\s+)?"
    # ('4 people were "Burnt at several places"', "9 people drowned" (fig17h))
    r"[“\"]?(?P<verb>fled|moved|emigrated|escaped|evacuated|buried|fed|rescued|released|rehabilitated|wounded|"
    r"burnt|burned|drowned|"
    r"injured|mobili[sz]ed|conscripted|drafted|displaced|repressed|returned|resettled|starving|starved|"
    # "1,754 killed, 8,408 wounded and 2,885 missing" (not "3,000 missing wagons")
    r"missing(?!\s+(?!(?:and|or|in|at|on|from|during|after)\b)[^\W\d_]))\b",
    re.IGNORECASE,
)
_EVENT_WORDS = _set("died dies die perished dead starved deaths")
_DONE_TO = re.compile(
    r"(?:\s*,[^,;]{1,40}?,)?\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?[“\"]?"
    r"(?P<done>deported|exiled|arrested|executed|shot|killed|purged|expelled|resettled|repressed|dismissed|"
    r"sentenced|convicted|released|reinstated|rehabilitated)\b"
    # "the 6,000 prisoners shot at the range": a participle right after the noun, and a place or time after
    r"|(?P<participle>deported|exiled|arrested|executed|shot|killed|resettled|repressed)\s+"
    r"(?:at|in|on|during|between|by|from|to)\b)",
    re.IGNORECASE,
)
# "officially recorded executions alone number 681,692": what is counted comes first.
_NAMED_WORDS = "some|about|over"
_NAMED_BEFORE = re.compile(
    rf"({_phrase(3)})\s+(?:alone\s+)?(?:number(?:ed)?|totall?ed|amounted\s+to|"
    r"stood\s+at)\s+" + _qualifiers(_NAMED_WORDS) + r"$"
    # ("a 1931 harvest of 96 million tons", "grain exports of 5 million tonnes", "a total loss of 10,699")
    r"|\b((?:[A-Z][\w’'-]*\s+)?(?:population|output|production|budget|total|harvests?|crops?|exports|imports|"
    r"procurements?|loss(?:es)?))\s+of\s+" + _qualifiers(_NAMED_WORDS) + r"$"
    # "the procurement plan for Ukraine was set at 7.7 million tonnes"
    rf"|\b({_phrase(2)})\s+(?:for\s+(?:the\s+)?{_WORD_RE}\s+)?(?:was|were|is|had\s+been)\s+"
    r"(?:set|fixed)\s+at\s+" + _qualifiers(_NAMED_WORDS) + r"$"
    rf"|\b(?:puts?|estimates?|estimated|places?|placed|reports?|reported)\s+(?:the\s+)?({_phrase(3)})"
    r"\s+at\s+" + _qualifiers(f"{_NAMED_WORDS}|around") + r"$",
    re.IGNORECASE,
)
_INSERTION = re.compile(r"\[[^\]\n]{0,40}\]")
_BY_THE = re.compile(rf"\b({_WORD_RE})\s+(?:were\s+)?by\s+the\s+$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"\b(arrested|executed|shot|deported|exiled|killed|imprisoned|resettled|lost|fed|evacuated|buried|"
    r"repressed|rehabilitated|released|sentenced|convicted|transported|shipped|trafficked)\s+"
    r"(?:(?:forcibly|by\s+force)\s+)?"
    # ("lost on that day at least 7,000 men": a short adverbial of time between (fig17h))
    r"(?:(?:on|in|during)\s+(?:that|this|the)\s+(?:day|days|battle|fight|engagement|action|assault)\s+)?"
    + _qualifiers(_ESTIMATED) + r"$"
    # Russian puts the verb first: «было арестовано 1 548 366 человек, из них расстреляно 681 692»
    r"|(?<!\w)(арестован|расстрелян|выслан|выселен|депортирован|осужден|осуждён|раскулачен|репрессирован|"
    r"эвакуирован|мобилизован|сослан)\w*" + _RU_VERB_OBJECT + r"\s*"
    + _RU_VERB_QUALIFIERS + r"$"
    r"|(?<!\w)(депортаци|выселени)\w*\s+подверг\w*\s+" + _qualifiers(_RU_ROUGH) + r"$"
    r"|(?<!\w)(умерл|погибл|умира|гибл)\w*\s*" + _RU_VERB_QUALIFIERS + r"$"
    r"|" + _RU_ANY_EVENT + _RU_VERB_QUALIFIERS + r"$"
    # «погибших было от 8 до 10 тысяч», «умерших оказалось 900»: the participle is the subject (fig17l)
    r"|(?<!\w)([а-яё]{3,}(?:вших|ших|нных|тых))\s+(?:было|были|оказалось|насчитывалось|набралось)\s+"
    + _RU_VERB_QUALIFIERS + r"$",
    re.IGNORECASE,
)
_DONE_EVENTS = {
    "арестован": "arrests", "расстрелян": "executions", "выслан": "deportations", "выселен": "deportations",
    "депортирован": "deportations", "осужден": "sentenced", "осуждён": "sentenced",
    "депортаци": "deportations", "выселени": "deportations", "умерл": "deaths", "погибл": "deaths",
    "умира": "deaths", "гибл": "deaths",
    "arrested": "arrests", "executed": "executions", "shot": "executions", "deported": "deportations",
    "exiled": "deportations", "resettled": "deportations", "killed": "deaths", "imprisoned": "inmates",
    "lost": "deaths",  # "the country lost an estimated 27 million citizens"
    "fed": "fed", "evacuated": "evacuated", "buried": "buried", "repressed": "repressed",
    "rehabilitated": "rehabilitated", "released": "released", "sentenced": "sentenced",
    "convicted": "sentenced", "transported": "transported", "shipped": "transported",
    "trafficked": "trafficked",
}  # fmt: skip
# People lost to something other than death: "lost 440,000 people to migration" (fig17k)
_LOST_TO_AFTER = re.compile(r"\s+to\s+((?:out-?|e|im)?migration|emigration)\b", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(
    r"(?:^|[.;]\s+)(?:Out\s+of|Of)\s+(?:the\s+)?"
    + _qualifiers(f"{_ROUGH}|approximately|more than") +
    rf"(?:[\d,.]+\s+(?:(?:million|thousand|billion)\s+)?)?(?!(?:these|those|them|whom|which|all)\b)({_WORD_RE})[^,.;]{{0,60}},\s+(?:\w+\s+)?$"
)
_DEATH_BEFORE = re.compile(
    r"\b(?:died|deaths?|death\s+toll|perished|killed|dead|victims)\b|(?<!\w)(?:погибл|умерл|жертв)\w*", re.I
)
_DEATHS = frozenset({"deaths", "victims", "dead"})
_QUALIFIERS = (
    (re.compile(r"\b(?:famine|starvation|starve|starved|hunger)|(?<!\w)голод\w*", re.I), "famine", _DEATHS),
    (re.compile(r"\b(?:gulag|gulags|labou?r\s+camps?|prison\s+camps?|the\s+camps)|(?<!\w)(?:лагер\w*|ГУЛАГ)",
                re.I), "Gulag", _DEATHS | {"inmates", "prisoners"}),
    (re.compile(r"\b(?:terror|purges?|NKVD|Yezhov\w*|Yezhovshchina)|(?<!\w)(?:репресс\w*|террор\w*)", re.I),
     "terror", _DEATHS | {"arrests", "executions", "victims", "deportations"}),
)
# A sentence about an event of a period: "The Russian famine of 1921–1922 began…", "During the Great Purge
# of 1936–1938 the NKVD arrested…".
_EVENT_SUBJECT = re.compile(
    r"\s*(?:During\s+|In\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:famine|terror|purges?|war|deportations?|"
    r"collectivi[sz]ation|plan|campaign|operation|crisis|drought|epidemic|repressions?)\s+(?P<of>of\s+)"
    r"(?:(?:the\s+)?years\s+)?(?:1\d{3}|20\d{2})(?:\s*[-–—]\s*\d{2,4}|\s+(?:and|to)\s+\d{4})?",
    re.IGNORECASE,
)
# The two ends of a change: "grew from 26 million to 56 million", "rose from 31 to 82".
_CHANGE_END_WORDS = "about|some|over|nearly|roughly|around"
_FROM_BEFORE = re.compile(r"\bfrom\s+" + _qualifiers(_CHANGE_END_WORDS) + r"$", re.I)
_TO_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s+to\s+" + _qualifiers("about|some|over|nearly") + r"[\d]", re.I
)
_FROM_TO_BEFORE = re.compile(
    # (a decimal point is no sentence's end: "from 1.8 to 5.5 million")
    r"\bfrom\s+[\d](?:[^;.]|\.(?=\d)){0,30}?\s+to\s+" + _qualifiers(_CHANGE_END_WORDS) + r"$",
    re.I
)
# Where a clause of a sentence ends: its periods are not another clause's.
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|though|yet)\s|\s(?:while|whereas)\s|\s[-–—]\s"
    # (not the dash of a span of years written with spaces: «в 1937 - 1938 гг.» (fig17l))
    r"(?!(?<=\d{4}\s[-–—]\s)\d{4}(?!\d))"
)
# Before a period the figure is measured against: "before 1917", "prior to the end of the Civil War",
# "than in 1989", "different from 1917".
_MEASURED_AGAINST = re.compile(
    r"\b(?:before|after|since|until|on|prior\s+to|than(?:\s+in)?|from|form|compared\s+(?:with|to)|"
    r"as\s+against|against)\s+"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?$"
    r"|\b(?:times|twice|thrice)\s+(?:(?:the|that)\s+(?:[^\W\d_]+\s+){0,2})?(?:of|in)\s+$"
    r"|\b(?:half|third|quarter)\s+(?:the|that)\s+(?:[^\W\d_]+\s+){0,2}(?:of|in)\s+$",
    re.IGNORECASE,
)
# The date of a Russian document, «справка 1 спецотдела МВД СССР от 11 декабря 1953 г.», is when it was
# written, not the time its figures are of (fig17l)
_RU_DOCUMENT_DATE = re.compile(
    r"(?<!\w)(?:справк|письм|докладн|записк|приказ|постановлени|сообщени|спецсообщени|директив|телеграмм|"
    r"отчёт|отчет|доклад)\w*(?:\s+[^\s,.;]+){0,5}\s+от\s+(?:\d{1,2}\s+(?:" + RU_MONTHS + r")\s+)?$",
    re.IGNORECASE,
)
# A sentence that sets its own time without a year, or speaks of a total over several periods, takes no
# period from the sentence before: "Five years later…", "currently about 450,000 roubles", "Before
# collectivization…", "Estimates for total death tolls of collectivisation, industrialisation and terror…".
_NO_CARRY = re.compile(
    r"\b(?:(?:\w+\s+)?(?:years?|decades?|months?)\s+(?:later|earlier|before|after)|currently|today|nowadays|at\s+present|at\s+the\s+time\s+of\s+(?:writing|going\s+to\s+press)|before\s+(?:the\s+)?[a-z]+\w*,|"
    # (not a weekly or monthly total: "total deaths per week had risen from around 290 to 398" (fig17j))
    r"totals?\s+(?:number\s+of\s+|\w+\s+)?(?:[A-Z]\w+['’]s\s+)?(?:tolls?|losses|deaths|dead|victims)"
    r"(?!\s+(?:per|a|each|every)\s+(?:week|month|day))|in\s+all\b|"
    r"altogether|overall|in\s+any\s+(?:given\s+)?year|"
    # "During Mao's rule, an estimated 27 million died": the whole rule's time, no year of the one before
    r"(?:during|under|throughout)\s+[A-Z]\w+['’]s\s+(?:rule|reign|regime|lifetime|dictatorship|leadership))\b",
    re.IGNORECASE,
)
# A year named by the year before it: "The following year", "the year before", "Five years later".
_RELATIVE_YEAR = re.compile(
    r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years?\s+"
    # ("for less than two years before it has to", "two years after the war": a conjunction or a
    # preposition with its own object, not a year counted from the one before)
    r"(?P<dir>later|earlier|afterwards|on|(?:after|before)(?!\s+(?:it|he|she|they|we|I|you|the|a|an|this|"
    r"that|these|those|his|her|its|their|our|[A-Z]\w*)\b))\b"
    r"|\b(?:the|that)\s+(?P<next>following|next|subsequent)\s+year\b"
    r"|\b(?:the|that)\s+(?P<prev>previous|preceding)\s+year\b"
    r"|\bthe\s+year\s+(?P<after>before|after)\b"
    # "since 1884. In that year the number was 242,000": the year the sentence before named (fig17f)
    r"|\b(?:in|during|by)\s+(?P<same>that|the\s+same)\s+year\b(?!\s+(?:of|when|in|that)\b)",
    re.IGNORECASE,
)
# Times named by the time of writing, which only the source's publication year resolves: "this year", "last
# year", "Seventy years ago", "a decade ago", "This May's parade" (``find_figures(..., year=)``).
_TENS = {"six": 6, "seven": 7, "eight": 8, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90, "eleven": 11, "twelve": 12, "fifteen": 15,
         "a hundred": 100, "one hundred": 100}
_DATED = re.compile(
    r"\b(?P<which>this|last|next|the\s+current|the\s+past|the\s+coming)\s+year\b(?!['’]s\s+\d)"
    # "Last week, police found", "Last month, 107 people were": within the year of writing (fig3)
    r"|\b(?P<recent>last|this|next|the\s+past)\s+(?:week|month)\b(?!['’]s\s+\d)"
    rf"|\bthis\s+(?:(?:{MONTH_NAMES})\b\.?|spring|summer|autumn|fall|winter)(?=['’]s\b|\s)"
    r"|\b(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred)(?:[\s-]+(?P<units>one|two|three|four|"
    r"five|six|seven|eight|nine))?\s+(?P<unit>years?|decades?)\s+ago\b"
    # "70 years ago this November": the month of that year, not of this one
    rf"(?:\s+this\s+(?:(?:{MONTH_NAMES})\b|spring|summer|autumn|fall|winter))?"
    r"|\b(?P<quarter>a\s+quarter[\s-]century|half\s+a\s+century)\s+ago\b"
    # "over the next five years", "in the past ten years": the span from or to the time of writing
    r"|\b(?:over|in|within|during|for)\s+the\s+(?P<span>next|coming|past|last)\s+(?P<k>\d{1,2}|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+years\b"
    r"|\b(?:over|in|within|during|for)\s+the\s+(?P<dspan>next|coming|past|last)\s+decade\b",
    re.IGNORECASE,
)
# The present as the time of writing: "now spend less than 2%", "currently", "today's Russia". Not "now that",
# not "Scholars today estimate" (``_SAYING_NOW``: the time of the estimate), not a heading's "Then and Now".
_NOW = re.compile(
    r"\b(?:now(?!\s+that\b)|today(?!['’]s\s+(?:date|standards))|currently|at\s+present|nowadays|"
    r"these\s+days|so\s+far\s+this\s+year|to\s+(?:this|the\s+present)\s+day)\b",
    re.IGNORECASE,
)


# A superlative that ranks an event in its century ("the first genocide of the 20th century", "the
# deadliest pandemic of the twentieth century") (fig17k)
_SUPERLATIVE_OF_BEFORE = re.compile(
    r"\bthe\s+(?:first|last|only|worst|best|[^\W\d_]+est)\s+(?:[^\W\d_][\w’'-]*\s+){0,3}?(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A text about the Soviet side (fig17k, the lead's convention): its "the war" is the Soviet war, 1941–1945,
# its "Civil War" Russia's; any other text's Second World War is 1939–1945. The side is named ("Soviet",
# "Stalin", "the Red Army") or one of its institutions in Russian words ("the NKVD's control", "the Gulag").
_SOVIET_CONTEXT = re.compile(
    r"Great\s+Patriotic|Soviet|Stalin|Red\s+Army|USSR|Bolshevik|\b(?:NKVD|OGPU|Cheka|Gulag|Politburo|Komsomol|"
    r"Sovnarkom|kolkhoz\w*|kulaks?)\b|войн|СССР|совет",
    re.IGNORECASE,
)
# Outside it, "the war" is the Second World War in a text that names that war or its sides and not the
# First (fig17g: "Later in the war" of Grant's memoirs of 1862 is not 1941–1945).
_WW2_NAMED = re.compile(r"Second\s+World\s+War|World\s+War\s+(?:II|Two)\b|\bWWII\b|Hitler|Nazi|Wehrmacht")
# A country's adjective before "Civil War" (the named periods list the common ones): "the Yemeni Civil War"
_OTHER_CIVIL_WAR_BEFORE = re.compile(r"\b(?!Russian\b|Russia['’]s\b)[A-Z][\w’'-]*[ \t]+$")
# What a toll counts (the fate of people: killed, executed, deported, lost): see _of_the_lead_event
_TOLL_COUNTED = re.compile(
    r"\b(?:deaths?|dead|died|dying|killed|killings?|executions?|executed|shot|murder(?:ed|s)?|massacred|"
    r"casualties|victims|deported|deportations?|perished|losses)\b",
    re.IGNORECASE,
)
# Any year a text writes, and the Soviet war's own name: whether a Soviet text's "the war" can be that war
_ANY_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d%])")
_GREAT_PATRIOTIC = re.compile(r"Great\s+Patriotic|Великой\s+Отечественной", re.IGNORECASE)
_WW1_NAMED = re.compile(r"First\s+World\s+War|World\s+War\s+(?:I|One)\b|\bWWI\b|Great\s+War\b")
# A date written in full with a day, "the 6th of April, 1862", "April 6, 1862", "6 April 1862": the year a
# narrative's later days without a year ("on the 6th", "the 16th of May") are of (fig17g).
_DAY_FULL_DATE = re.compile(
    rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b\.?,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b"
    rf"|\b(?:{MONTH_NAMES})\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?,?\s+(?P<y2>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_BARE_DAY_TEXT = re.compile(
    r"[^\W\d_]+\s+the\s+\d{1,2}(?:st|nd|rd|th|d)(?:\s+of\s+[^\W\d_]+)?", re.IGNORECASE
)
# A day of the month without a year: "on the 6th", "the morning of the 7th", "the 16th of May" (not "the 4th
# division", "the 36th Indiana", "the 6th of April, 1862" which has its year).
_BARE_DAY = re.compile(
    rf"\b(?:on|during|until|till|by|after|before|since|of|from|to|and)\s+the\s+(?:[1-9]|[12]\d|3[01])"
    rf"(?:st|nd|rd|th|d)\b(?:\s+of\s+(?:{MONTH_NAMES})\b)?"
    r"(?!,?\s+\d{4})(?=\s*[,.;:!?)]|\s+(?:was|were|had|when|and|at|in|the|we|I|he|they|it|but|as|our|his|"
    r"their|there|with|to)\b)",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b"
    rf"|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+(?P<y2>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_VICTIM_CONCEPTS = frozenset({"death", "execution", "arrest", "deportation", "sentence", "victim", "repress",
                              "repression", "kill", "shot"})


def _of_an_event(counted: str) -> bool:
    """Whether a figure counts an event's victims ("victims", "deaths", "repressed", "executions")."""
    return bool(set(counted_key(counted).split()) & _VICTIM_CONCEPTS) if counted else False


_OF_GDP = re.compile(
    r"\s+of\s+(?:(?:its|their|the\s+country['’]s|quarterly|annual|national)\s+)*(?:GDP|gross\s+domestic\s+product|"
    r"national\s+income)\b",
    re.IGNORECASE,
)
_SPENT_ON = re.compile(rf"\s+on\s+({_phrase(3)})", re.IGNORECASE)
_SHARE_SUBJECT = re.compile(
    rf"(?P<np>{_phrase(3)})\s+"
    r"(?:(?:will|would|could|has|had|have|may)\s+)?(?:(?:been|be)\s+)?"
    r"(?:amount(?:ed|ing|s)?\s+to|exceed(?:ed|s|ing)?|remain(?:ed|s)?\s+at|st(?:ood|ands?|anding)\s+at|"
    r"reach(?:ed|es|ing)?|(?:rose|risen|fell|fallen|grew|grown|increase[sd]?|decline[sd]?)\s+(?:from\s+[\d.,]+%?\s+)?to|"
    r"was|were|is|are|of)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least|slightly|under|above|a|an", "*") + r"$",
    re.IGNORECASE,
)
# A plural noun next ("forcibly displaced people"): not a stop word, not a verb
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|and|or|of|in|on|at|to|by|for|from|with|were|was|are|is|had|have|has)\b)"
    rf"(?:{_WORD_RE}s|people)\b",
    re.IGNORECASE,
)
# "Of these, …", "Among them, …": a part of a group named before (fig3)
_OF_THESE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:these|them|those|whom)\s*,?\s*$", re.IGNORECASE)
# A sum something costs: "it costs the city about", "the cost is at least" (fig3)
_COST_BEFORE = re.compile(
    r"\b(?:costs?|costing)(?:\s+(?!" + _alt(f"{_ROUGH}|{_MERE}|at|up") + r"\b)"
    rf"{_WORD_RE}){{0,3}}\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|an estimated", "*") + r"[€$£₽]?\s*$"
    r"|\bcosts?\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|an estimated", "*") + r"[€$£₽]?\s*$",
    re.IGNORECASE,
)
# A sum per unit or time with no noun of its own: "$2 a day", "$30 per barrel"
_MONEY_RATE_AFTER = re.compile(
    r"\s*(?:a|an|per)\s+(day|week|month|year|barrel|ton|tonne|hour|head|person|capita|kilogram|kilo|litre|liter|"
    r"gallon|acre|hectare)\b",
    re.IGNORECASE,
)
# A month with no year: "In July,", "in late August" (not "July 1937", "July 14", "9 July")
_MONTH_ONLY = re.compile(
    rf"\b(?:in|by|since|until|during|through)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_NAMES})\b(?!\.?\s*\d)",
    re.IGNORECASE,
)
# A month written without its year or day, capitalised: "In the last week of July", "to over 7,000 per week in
# September" (fig17j)
_MONTH_NAMED = re.compile(
    r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![.,]?\s*\d)"
)
# An underscore that opens or closes a word: a plain-text book's italics ("_3,500 recruits_ were"), not a
# part of the word (fig17m)
_ITALIC_MARK = re.compile(r"_+(?=\s|$)|(?:(?<=\s)|^)_+")
# A capitalised name and "of" just before a year: "the Ikon of 1612", "the Revolution of 1905" (fig17m)
_NAME_OF_YEAR = re.compile(r"\b(?-i:[A-Z])[\w’'-]+\s+of\s+$")
# A number in words with its magnitude, "three\nhundred", and a number in words with "or" just before it
# ("two or three hundred"): the two ends of a range in words (fig17m)
_WORD_MAGNITUDE = re.compile(rf"({_CARD})\s+(?:hundred|thousand|million)", re.IGNORECASE)
_CARD_OR_BEFORE = re.compile(rf"(?<![\w-])({_CARD})\s+or\s+$", re.IGNORECASE)
# How far back (in characters: a chapter) a narrative's year is looked for (fig17m)
_NARRATIVE_REACH = 60_000
# How many days of the month without their year make a text a narrative told by dates (fig17m)
_TOLD_BY_DATES = 3
# ... and at least one in this many characters (Reed's Ten Days writes one every 6,000; the benchmark book,
# essays put end to end, one every 38,000) (fig17m)
_TOLD_BY_DATES_SPACING = 15_000
# How many sentences back such a narrative's last year is looked for, for a date without its year (fig17m)
_TOLD_BY_DATES_WINDOW = 400
# A month with its day but no year, as a narrative told day by day writes it: "On November 2d", "October
# 29th", "the 23d of October", "on 7 November" (not "November 2, 1917", which has its year) (fig17m)
_MONTH_DAY_NO_YEAR = re.compile(
    r"(?<![\w-])(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?"
    r"|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?\s+(?:of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    r"\b(?![.,]?\s*\d)"
)
# A change noun and what changed, just before the figure: "a steady rise in the urban saving rate to" (fig3)
_RISE_IN_TO = re.compile(
    r"\b(?:rise|increase|decline|fall|drop|jump|growth|reduction|cut)\s+in\s+"
    rf"(?P<np>{_phrase(5)})\s+(?:to|of|by)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least", "*") + r"$",
    re.IGNORECASE,
)
_OF_THESE_OPENING = re.compile(r"\s*(?:of|among)\s+(?:these|them|those)\s*,", re.IGNORECASE)
_QUALS = _qualifiers(
    f"{_ROUGH}|{_MERE}|{_LIMITS}|under|above|below|at most|slightly|a further|another|an estimated", "*"
)
# A verb of change, its object and "by": "cuts spending by about", "raising military spending by" (fig3)
_CHANGED_BY_VERB = re.compile(
    r"\b(?:rais|cut|increas|reduc|lower|boost|expand|slash|trim|lift|hik)(?:e|es|ed|ing|s|t|ting)?\s+"
    r"(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    rf"(?P<np>{_phrase(4)})\s+by\s+" + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
# A verb of change, its object and the two ends: "reduced the world population from an estimated 450 million
# to 350–375 million", "cut the island's population from 8 million to" (fig17j)
_CHANGED_FROM_TO = re.compile(
    r"\b(?:reduc|cut|rais|increas|lower|boost|expand|doubl|halv|push|driv|swell|shrink|shrank|brought|bring)"
    r"(?:e|es|ed|ing|s|t|ting|ling|led|ving|ed)?\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    rf"(?P<np>{_phrase(4)})\s+from\s+"
    r"(?:" + _QUALS + r"[$€£₽]?\s*\d(?:[^;.]|\.(?=\d)){0,30}?\s+to\s+)?" + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
# What figures or an estimate are of, named before them: "pre-incident population figures from as high as 7
# million to as low as 4 million", "a post-incident population figure as low as 2 million" (fig17j)
_AS_HIGH_AS = r"(?:as\s+(?:high|low|many|much)\s+as\s+)?"
_NOUN_FIGURES = re.compile(
    rf"(?P<np>{_phrase(3)})\s+(?:figures?|estimates?)\s+(?:(?:of|at|from|ranging\s+from|between)\s+)?"
    + _AS_HIGH_AS + r"(?:\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+(?:to|and)\s+" + _AS_HIGH_AS + r")?"
    + _QUALS + r"$",
    re.IGNORECASE,
)
# A measure "of" the share, with no noun after it: "annual inflation of at least 11%" (fig3)
_RATE_OF = re.compile(
    rf"(?:^|[\s(])(?P<np>(?:{_WORD_RE}\s+){{0,2}}(?:inflation|unemployment|growth|interest|turnout|"
    r"mortality|literacy|inflation\s+rate|unemployment\s+rate|growth\s+rate|rate|deficit|surplus|approval|"
    r"tax|tariff|yield))\s+of\s+" + _QUALS + r"$",
    re.IGNORECASE,
)
# A rate named right before its figure by a linking word or verb: "a death rate as high as 60%", "a death
# rate of about a third", "the death rate of the plague could have been as high as 20%", "a mortality rate
# near 100%" (fig17j; "of" alone is _RATE_OF's, for per cents)
_RATE_LINKED = re.compile(
    rf"(?:^|[\s(])(?P<np>(?:{_WORD_RE}\s+){{0,2}}rate)(?:\s+of\s+the\s+{_phrase(3, lazy=True)})?\s+"
    r"(?:(?:was|is|were|are|could\s+have\s+been|may\s+have\s+been|might\s+have\s+been|had\s+been|has\s+been|"
    r"reached|stood\s+at)\s+)?(?:of|near|at|around|approaching|as\s+(?:high|low)\s+as)?\s*" + _QUALS + r"$",
    re.IGNORECASE,
)
# A rate right after a figure: "3,200 per month", "41,000 a year" (fig3)
_RATE_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)
# A pronoun that a change moves: "taking it from under 3% to above", "it rose to" (fig3)
_PRONOUN_CHANGED = re.compile(
    r"\b(?:it|them)\s+(?:(?:has|had|have|will|would)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:from|to)\s+(?:[^.;]{0,40}?\s+to\s+)?" + _QUALS + r"[$€£₽]?\s*$"
    r"|\b(?:it|they)\s+(?:(?:has|had|have|will|would)\s+)?(?:been\s+)?"
    r"(?:rose|risen|rises|fell|fallen|falls|grew|grown|grows|climbed|dropped|reached|reaches)\s+(?:from|to)?\s*"
    + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*(?:%|per\s*cent|percent))?,?\s+respectively\b", re.IGNORECASE)
# Two things named before a pair of figures: "annual GDP growth and inflation at about" (fig3)
_TWO_NAMED = re.compile(
    rf"(?P<a>{_phrase(3)})\s+and\s+"
    rf"(?P<b>{_phrase(3, lazy=True)})\s+"
    r"(?:(?:at|of|were|was|are|is|stood\s+at|reached|rose\s+to|fell\s+to|to|by)\s+)"
    + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"it", "this", "that", "they", "which", "what", "these", "those"})
# "household debt's share of GDP", "its share of GDP": the share's owner, written before the figure (fig3)
_GDP_WORDS = (r"(?:(?:its|their|the\s+country['’]s|quarterly|annual|national)\s+)*(?:GDP|gross\s+domestic\s+"
              r"product|national\s+income)\b")
_OWNED_SHARE = re.compile(
    rf"(?:(?P<owner>{_phrase(3)})['’]s|\b(?P<pron>its|their))\s+share\s+of\s+"
    + _GDP_WORDS,
    re.IGNORECASE,
)
# A clause that opens the sentence on a participle or a time ("Before peaking at 40% of GDP in 2008, …")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:after|before|since|while|having|when|from)\s+[^\W\d_]+ing\b", re.I)
_SUBJECT_END_WORDS = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "fell", "rose", "grew", "can",
     "could", "may", "might", "remains", "remained"}
)
# A clause in the present tense, or of what will or can be done now; a past or conditional one is not.
_PRESENT_VERB = re.compile(
    # (not the nouns: "the lives of", "the remains of", "numbers of persons", "the will of the people")
    r"\b(?:is|are|has|have|remains?(?!\s+of)|stands?|accounts?\s+for|spends?|holds?|employs?|exceeds?|"
    r"amounts?\s+to|makes?\s+up|comprises?|owes?|earns?|receives?|represents?|will(?!\s+of)|can|"
    # "one billion people live on less than $1.25 a day" (fig3; not "the lives of", "live ammunition")
    r"live(?!\s+(?:ammunition|broadcast|coverage|fire))|(?<!the\s)(?<!their\s)lives(?!\s+of)|work|works|"
    r"(?<=\bit\s)costs)\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|been|would)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]{0,300}[\"”]")
# When a source said, wrote or signed something: the year of the saying, not of what it counts.
_REPORTED_BEFORE = re.compile(
    # ("a commission, set up in 1943, arrived at 649,000 deaths": the body's founding year)
    r"\b(?:gave|wrote|written|compiled|signed|issued|dated|declassified|set\s+up|founded|established)\s+"
    rf"(?:(?:on|in)\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:(?:{MONTH_NAMES})\.?\s+)?(?:\d{{1,2}},?\s+)?$"
    # "According to medieval historian Philip Daileader in 2007": when a scholar said it (fig17j)
    rf"|\baccording\s+to\s+(?:{_WORD_RE}\s+){{0,2}}(?:historian|scholar|economist|demographer|researcher|"
    r"professor|author|writer|journalist|expert)s?\s+(?:[A-Z][\w’'.-]*\s+){1,4}in\s+$",
    re.IGNORECASE,
)
# «погибли 100 тысяч чеченцев и 23 тысячи ингушей»: the people of the first figure, then «и» (fig17l)
_RU_AND_PEOPLE = re.compile(r"\s+[а-яё]+\s+(?:и|а\s+также)\s+", re.IGNORECASE)
_RU_EVENT_NOUNS = frozenset(_DONE_EVENTS[k] for k in _DONE_EVENTS if re.match(r"[а-яё]", k))


def _russian_second_of_pair(first: Figure, second: Figure) -> Figure:
    """The second figure of «100 тысяч чеченцев и 23 тысячи ингушей» after a verb: the same event, its own
    people ('ингушей deaths'), when the first figure's counted ends with the event and the second names only
    its people (fig17l)."""
    event = first.counted.split()[-1] if first.counted else ""
    own = second.counted.split()
    if event not in _RU_EVENT_NOUNS or len(own) != 1 or own[0] == event or own[0].lower() in _GENERIC:
        return second
    return replace(second, counted=f"{own[0]} {event}")


# A Russian breakdown of a whole: «в том числе», «из них»; its entries: «131,2 тысячи из стран Балтии»
_RU_BREAKDOWN = re.compile(r"(?<!\w)(?:в\s+том\s+числе|из\s+них)(?!\w)", re.IGNORECASE)
_RU_PLACE_DASH = re.compile(r"\s*:?\s*(?:в|во|на|из)\s[^–—-]{1,80}[–—-]\s*", re.IGNORECASE)
_RU_FROM_PLACE = re.compile(r"\s+(?:из|в|во|на)\s+[А-ЯЁа-яё]", re.IGNORECASE)
# The year a Russian writer said something: «в 1972 году считал», «в 1990 г. писал», «в 1989 году Земсков
# опубликовал» (fig17l)
_RU_SAID_AFTER = re.compile(
    r"\s*(?:г\.|году|год)?,?\s+(?:[А-ЯЁ][а-яё]+\s+|[А-ЯЁ]\.\s*){0,3}"
    r"(?:считал|писал|оценивал|оценил|полагал|утверждал|подсчитал|указывал|указал|заявил|сообщил|опубликовал|"
    r"называл|назвал)\w*(?!\w)"
)
# "The 2021 census, whose results were released in 2022": the year of publishing, where the sentence names
# another that is not measured against (when it names none, the count is taken as of its publication: "were
# published in 2003, Russia counted 145.2 million …, fewer than in 1989").
_SAME_PERIOD = re.compile(
    r"[^.;,]{0,50}?\b(?:over|in|during|for|across)\s+(?:the\s+same|this|that|these|those)\s+"
    r"(?:period|years|decade|time|span)\b",
    re.IGNORECASE,
)
_PUBLISHED_BEFORE = re.compile(
    r"\b(?i:published|released|announced|revealed|made\s+public)\s+"
    # (a reprint's note, "Originally published by the Agency on February 4, 2023", under a headline that
    # the layout joins to the article's first sentence (fig17n))
    r"(?:by\s+(?:the\s+)?[A-Z][^.;\n]{0,40}?\s+)?(?:(?i:in|on)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?$"
)
_FIGURES_OWN_YEAR = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:%|per\s*cent|percent)?(?:\s+(?:million|billion|thousand))?(?:\s+[^\W\d_]+)?"
    r"\s+(?:in|by)\s+$",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(r"(?:per\s*cent|percent|%|times|fold)\s+(?:of|that\s+of)\s+(?:the\s+)?$", re.I)
# ("about half of its 1840 high": the year of the peak measured against (fig17j))
_BASE_AFTER = re.compile(r"\s+(?:level|high|peak)\b", re.I)
# "63 per cent …, up from 28 per cent in 2012": a year right after another figure is that figure's.
_OTHER_FIGURES_YEAR = re.compile(
    r"[^;]*?(?<![\d.,])(?!(?:1\d{3}|20\d{2})(?!\d))\d[^;]*?\s+(?:in|by)\s+", re.IGNORECASE
)
# "Later, …" sets its own time; "economists later put the growth at 60 per cent" speaks of the plan's.
_LATER_OPENING = re.compile(r"\s*(?:later|afterwards|thereafter|eventually)\b", re.IGNORECASE)
_PRESENT_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:last|this)\s+year\b|\s+(?:today|nowadays)\b", re.I)
_PRESENT_BEFORE = re.compile(
    r"\b(?:now|today|currently|at\s+present)\s+(?:has|have|is|are|stands?|numbers?|employs?|holds?|counts?)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$"
    r"|\b(?:currently|nowadays|at\s+present)\s+" + _qualifiers("about|some|around|nearly|over") + r"$",
    re.IGNORECASE,
)
# A year alone on its line, a blank line (or the text's start) before it and a blank line after it
_YEAR_LINE = re.compile(rf"(?:\A|\n[ \t]*\n)[ \t]*({YEAR})[ \t]*\n[ \t]*\n")
# A summary box's row of the years: "Period | 1959–1961 |", "Period 1943–44", "Date: 1917–1933, …"
_PERIOD_ROW = re.compile(
    # ("Date | September–October 1937 |": the months and days before the year)
    rf"(?im)^[ \t|]*(?:period|date|dates)[ \t]*[|:]?[ \t]*"
    rf"(?:(?:\d{{1,2}}[ \t]+)?(?:{MONTH_NAMES})[ \t]*[-–—]?[ \t]*){{0,2}}(?P<span>(?P<a>{YEAR})"
    rf"(?:[ \t]*[-–—][ \t]*(?P<b>\d{{2,4}}))?)[ \t]*(?:\||[,;(][^\n]*)?[ \t]*$"
)
# A citation's year: after an author with initials or "et al." in a bracket ("(quoted in C. Li, 1997)",
# "(Davies et al., 2004)"), or "(1984, 255)" after a name, with its page
_CITED_YEAR_BEFORE = re.compile(
    r"\((?:[^()\n]{0,30}\s)?(?:(?:[A-Z]\.\s*)+[A-Z][\w’'-]+|[A-Z][\w’'-]+\s+et\s+al\.?),?\s+$"
)
_NAMED_BRACKET_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+\($")
_PAGE_AFTER = re.compile(r"[a-z]?,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)")
# Estimates or figures that name nothing: "Generally the estimates are between", "Estimates by foreign
# scholars include the", "with figures varying from"
_BARE_ESTIMATES = re.compile(
    rf"\b(?:estimates|figures)\s+(?:(?:by|from|of)\s+(?:{_WORD_RE}\s+){{1,3}}?)?(?:are|were|range|ranged|ranging|"
    r"vary|varied|varying|include|included|run|ran)\s+(?:(?:from|between|at|to|widely|generally|the)\s+){0,2}"
    + _qualifiers("about|some|around|roughly") + r"$",
    re.IGNORECASE,
)
# A scholar's guess that names nothing: "Chamberlin suspected that there were about 50,000" (fig17k)
_GUESSED_THERE_WERE = re.compile(
    r"\b(?:suspected|believed|estimated|claimed|thought|argued|reckoned|calculated|suggested|concluded|"
    r"guessed|assumed)\s+that\s+there\s+(?:were|was|had\s+been)\s+" + _qualifiers(f"{_ESTIMATED}|less than")
    + r"$",
    re.IGNORECASE,
)
_SUFFERED_DEATHS = re.compile(rf"\s+((?:(?:{_WORD_RE}|[\w-]+-caused)\s+){{0,2}}deaths?)\b", re.IGNORECASE)
# A summary box's row: "Total deaths 1.5 to 4 million", "Casualties | 15 million (official) |"
# (not a markdown row opening with a pipe: its table's header names what it counts)
# A register's entry on its own line: "Burnt at several places - 4" (fig17h)
_DASH_ENTRY = re.compile(r"[ \t]*(?P<label>[A-Z][^\n\d|]{1,90}?)[ \t]+[-–—][ \t]+")
_ENTRY_STOPS = frozenset({"at", "in", "on", "by", "of", "from", "with", "within", "without", "near", "and"})
_CARD_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_ROW_LABEL = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*\|?[ \t]*")
_ROW_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?(?:\[[^\]\n]{0,20}\])*[ \t]*\|?[ \t]*")
_EVENT_AFTER_TOTAL = re.compile(r"\s+(?:were|had\s+been)\s+[^\W\d_]+ed\b", re.IGNORECASE)
# A clause in a bracket: a verb of its own, or a "for comparison" opening
_ASIDE_CLAUSE = re.compile(
    r"\b(?:in\s+comparison|by\s+comparison|for\s+comparison|compared\s+with|[a-z]{3,}ed\s+\d|"
    r"(?:was|were|had|has|have)\s+[a-z]+)"
    # «681 692 человека (в том числе в 1937 г. — 353 074)»: the parts' years are not the whole's (fig17l)
    r"|\(\s*(?:в\s+том\s+числе|из\s+них|для\s+сравнения)",
    re.IGNORECASE,
)
# A name of two or more capitalised words with a bracketed span of years: "the Difficult Three Year Period
# (1959–1961)", "the Great Leap Forward (1958 to 1962)"
_NAME_BRACKETED_SPAN = re.compile(
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,4}})\s*\((?P<span>{YEAR}\s*(?:[-–—]|to)\s*\d{{2,4}})\)"
)
# The subject of a text's opening sentence and the names it is also known as: "The Great Famine, also known
# as the Great Hunger, the Famine and the Irish Potato Famine,[1] was a period …"
_EVENT_HEADS = (
    r"(?:famine|partition|war|revolution|deportations?|purges?|terror|uprising|pandemic|epidemic|genocide|"
    r"collectivi[sz]ation|occupation|siege|invasion|crisis|depression|drought|massacres?|rebellion|exodus|"
    r"expulsions?|evacuation|blockade|floods?|earthquake|outbreak|resettlement|fires?|plague)"
)
_LEAD_SUBJECT = re.compile(
    # (a page's title on its own line before the sentence: "Siege of X\nThe Siege of X was …" (fig17n))
    r"(?:[A-Z][^\n.!?]{0,60}\n)?"
    # (a name joined by "of": "The Siege of Sarajevo", "the Battle of the Somme" (fig17n))
    # (or a capitalised adjective before an event's head noun: "The Cambodian genocide was" (fig17o))
    rf"\s*(?:The\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){{0,4}}"
    rf"(?:\s+{_EVENT_HEADS}\b)?)"
    # ("The RUSSIAN CIVIL WAR (; 7 November 1917 – 25 October 1922) was": its years in brackets (fig17k))
    r"(?:\s*\([^()]{1,120}\))?"
    r"(?:,\s+also\s+(?:known|called)\s+as\s+(?P<aka>[^.;]{3,200}?),?(?:\[\d+\])*"
    # ("The GREAT PLAGUE, lasting from 1665 to 1666, was the last …": an aside of its years (fig17j))
    r"|,\s+(?:lasting|which\s+lasted|running|raging)\s+[^,.;]{3,60},)?\s+(?:was|is)\b"
)
# A page's title alone on its line(s): a few words with no full stop ("Cambodian genocide\n\n")
_TITLE_LINE = re.compile(r"[A-Z][^\n.!?]{0,60}\s*")
# What makes a bracket a reference to a publication: a web address, an ISBN, a quoted title
_CITATION_MARK = re.compile(r"https?://|www\.|\bISBN\b|[\"“][A-Z][^\"”]{3,120}[\"”]")
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAMES})\b")
# A share or a toll "out of a 1975 population", "of the country's 1975 population": that year is the
# base's, not the figure's (fig17o)
_BASE_POPULATION_YEAR = re.compile(
    r"[^;.\d]{0,30}?\b(?:out\s+)?of\s+(?:(?:a|the|its|their)\s+)?(?:[\w’'-]+['’]s\s+)?", re.IGNORECASE
)
_POPULATION_AFTER = re.compile(r"\s+population\b")
_ALIAS = re.compile(r"(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})")
# An event the text names with its years, by its head noun: "The partition of India in 1947 divided …",
# "The Bengal famine of 1943", "the Great Famine … lasting from 1845 to 1852"; a later "the partition",
# "the famine" is of those years (fig17f).
_EVENT_DEFINED = re.compile(
    rf"\b[Tt]he\s+(?:[A-Z][\w’'-]+\s+){{0,3}}(?:[a-z][\w’'-]+\s+)?(?P<head>{_EVENT_HEADS})"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})?"
    rf"\s+(?:of|in)\s+(?P<span>{YEAR}(?:\s*[-–—]\s*\d{{2,4}}|\s+to\s+{YEAR})?)(?!\d)"
)
# A capitalised name's last word before its bracket, and a relative clause that leads to it
_NAME_END = re.compile(r"\b[A-Z][\w’'-]+\s*$")
_RELATIVE_TO_NAME = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+)?[a-z]+\b[^,;()]{0,60}$")
_EVE_OF = re.compile(r"\bon\s+the\s+eve\s+of\s+$", re.IGNORECASE)


def _span_years(span: str) -> tuple[int, int] | None:
    m = re.match(r"(\d{4})\s*(?:[-–—]|to)\s*(\d{2,4})", span)
    if m is None:
        return None
    first, b = int(m.group(1)), m.group(2)
    last = int(str(first)[: 4 - len(b)] + b) if len(b) < 4 else int(b)
    return (first, last) if first < last <= first + 30 else None


_FROM_END = re.compile(r"\bfrom\s+" + _qualifiers("about|some") + r"$", re.IGNORECASE)
_TO_END = re.compile(
    r"\bfrom\s+" + _qualifiers("about|some") + r"[\d][\d,.]*(?:\s+(?:million|thousand))?\s+to\s+"
    + _qualifiers("about|some") + r"$",
    re.IGNORECASE,
)
_CHANGE_DATED = re.compile(
    rf"\bfrom\s+[\d][\d,.]*[^.;\d]{{0,30}}?\s+in\s+({YEAR})\s+to\s+[\d][\d,.]*[^.;\d]{{0,30}}?\s+in\s+({YEAR})"
)
_RELATIVE_OPEN = re.compile(r",\s+(?:where|whose|which\s+was|which\s+were)\s(?![^,]*,\s)")
_OR_YEAR_AFTER = re.compile(rf",?[ \t]+or[ \t]+{YEAR}")
_YEAR_OR_BEFORE = re.compile(rf"{YEAR},?[ \t]+or[ \t]+$")
_TITLE_LINE = re.compile(r"[ \t]*([^\n]{3,150}?(?<![.!?:;,]))[ \t]*\n[ \t]*\n")
# The years an event's title ends with: "Soviet famine of 1946–1947", "Bengal famine of 1943", "Special
# settlements, 1930-1933"
_TITLE_EVENT_YEARS = re.compile(
    rf"(?:\s+of|,)\s+(?P<a>{YEAR})(?:\s*[-–—]\s*(?P<b>\d{{2,4}}))?\s*$"
)
_NOW_BEFORE = re.compile(rf"\b(?:now|at\s+present|currently|today)\s+(?:{_WORD_RE}\s+){{0,3}}$", re.I)
_LIFESPAN = re.compile(r"\blife\s+expectancy\b|\blive\s+(?:on\s+average|an\s+average\s+of)\b|\blifespans?\b",
                       re.IGNORECASE)
_ESTIMATES_OF = re.compile(
    r"\b(?:estimates|figures|counts|guesses)\s+(?:of|for)\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+|total\s+)?"
    rf"({_phrase(3)})\s+(?:{_WORD_RE}\s+){{0,4}}?(?:range|ranged|ranging|"
    r"vary|varied|run|ran|go|went)(?:,?\s+ranging)?\s+(?:widely\s+)?(?:from\s+|between\s+)?"
    + _qualifiers("about|some|around") + r"$",
    re.IGNORECASE,
)
_PER_TIME = re.compile(
    r"\s*(?:a|per|each|every|last|this|next|that)\s+(?:year|month|week|day)\b(?:\s+(?:earlier|before|later))?,?"
    r"|\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:earlier|before|later)\b,?"
    r"|\s*(?:a|one|two|three)\s+decades?\s+(?:earlier|before|later)\b,?",
    re.IGNORECASE,
)
# "2.6 million a year earlier", "23,000 two years later": the sentence's year moved
_YEARS_MOVED = re.compile(
    r"\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)\s+"
    r"(?P<dir>earlier|before|later|after)\b",
    re.IGNORECASE,
)
# The least number in words that is a figure without a magnitude word ("two hundred wagons"; not "two sons",
# "thirty more cases") (fig17h)
_WORDS_FIGURE_FROM = 100
_SMALL_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
# A share of the figure before it: "…, of which 87 per cent", "…, of whom about a third".
_OF_WHICH = re.compile(
    r"\b(?:of\s+(?:which|whom)|among\s+(?:them|whom|these))"
    r"\s*,?\s*" + _qualifiers(_PART) + r"$",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"\s*\(\s*" + _qualifiers("or|about|some"))
# "4.8 million tonnes in 1930 and 5.2 million in 1931": a second figure of the same measure.
_ELLIPSIS = re.compile(
    r"(?:\s+(?:in|by)\s+(?:1\d{3}|20\d{2}))?\s*,?\s+(?:and|or|but|against|to|while)\s+"
    + _qualifiers(f"{_PART}|barely|just")
)
# What a figure counts that says nothing of its own: the share, the number…
# «в 1937 г. — 353 074 чел.», «В 1943-м — 267 826», «в 1939 году – 3898 человек»: a year and a dash before a
# Russian figure (fig17l)
_RU_YEAR_DASH = re.compile(
    r"(?<!\w)(?:[Вв]о?|[Зз]а)\s+(?P<year>1[5-9]\d\d|20\d\d)(?:\s*-\s*(?:м|й|е))?(?:\s*(?:г\.|году|год))?"
    r"\s*[-–—]\s*$"
)
_SAYS_NOTHING = frozenset({"share", "proportion", "number", "figure", "total", "level", "rate", "people"})
_ALONG_WITH = re.compile(
    r"\b(perished|died|were\s+killed|were\s+shot|were\s+executed|were\s+arrested|were\s+deported)\b"
    r"[^.;]{0,20}?,?\s+(?:along|together)\s+with\s+" + _qualifiers("some|about|many") + r"$",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
# The subject of a copular clause that holds a figure (fig17f): "The population of Ireland on the eve of the
# famine was about 8.5 million", "The total displaced by the wars could be closer to 48–59 million", "with
# unemployment during the Depression as high as 25%".
_COPULA_BEFORE = re.compile(
    r"^[ \t]*(?P<np>(?:\S+[ \t]+){1,16}?)(?:was|were|is|are|had[ \t]+been|has[ \t]+been|have[ \t]+been|"
    r"could[ \t]+be(?:[ \t]+closer[ \t]+to)?|would[ \t]+be|stood[ \t]+at|numbered|totall?ed|amounted[ \t]+to|"
    r"as[ \t]+(?:high|low|many|much)[ \t]+as)[ \t]+"
    + _qualifiers(
        f"{_ROUGH}|{_MERE}|approximately|under|perhaps|probably|closer to|at least|at most|more than|"
        "less than|fewer than|still|already", "{0,2}", sep=r"[ \t]+",
    ) + r"$",
    re.IGNORECASE,
)
_NP_OPENERS = _set("with and but while whereas yet so the a an its their his her our this these those")
_NP_ENDS = _set(
    "of on in at by during for from under over after before since until to across among within between "
    "who which that when where could would should will can may might must"
)
_SUBJECT_ADVERBS = _set("perhaps maybe possibly probably still even only also then now")
_PREPOSITIONS = _set("in on at by during after before since with for from under among within across")
_SUBJECT_SAYS_NOTHING = _set("number total figure amount size level count")
# "some 3.1 million persons were refugees": a generic noun's predicate noun (fig17f)
_WERE_NOUN = re.compile(
    r"\s+(?:were|are)\s+(?:(?:mostly|all|also|now|then)\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)"
    r"(?=\s*[,.;:)]|\s+(?:in|from|and|or|at|under|who|registered|abroad)\b)"
)
_NOT_PREDICATE_NOUNS = _set("always thus less perhaps was its his this nevertheless unless")
# "over a million Irish people, perhaps a million and a half, died", "At least 12.5 million frightened people,
# displaced from their ancestral homes, fled", "5 million people in China lost their jobs": people named by
# the verb of their clause, past a place, an apposition or a participle phrase (fig17f)
_PEOPLE_THEN_VERB = re.compile(
    rf"\s+(?P<np>(?:{_WORD_RE}\s+){{0,2}}?(?:people|persons|individuals))"
    rf"(?:\s+(?:in|from|of|along|across|on|at|inside|outside)\s+(?:the\s+)?(?:{_WORD_RE}\s+){{0,2}}?"
    rf"{_WORD_RE}(?=[\s,]))?"
    r"(?:\s*,\s*[^,.;:()\n]{3,70}?,)?"
    r"\s+(?:also\s+|then\s+|later\s+|eventually\s+)?(?P<verb>died|perished|starved|fled|left|emigrated|"
    r"lost\s+their\s+(?P<lost>lives|jobs|homes|land)|[a-z]+ed)\b(?!\s+(?:by|that)\b)"
)
_DIED_VERBS = _set("died perished starved")
# A share of a population that died is its deaths (the people noun qualifies what happened to them,
# fig17j): the death after the population ("half of Paris's population of 100,000 people died", "a third of
# the population had already perished", "for 50% of the population to die", "two-thirds of its population
# has been wiped out"), a killing verb before the share ("took as much as 10–15% of the population",
# "claimed a third of Stockholm's population"), or the share set after a death toll it restates ("killed
# 50,000 in Venice, almost a third of the population", "some 1.7 million victims, or about 14% of the
# population").
_POPULATION_NP = re.compile(
    r"^(?P<np>.*?\b(?:population|inhabitants|residents|people|citizens|populace))\b(?!\s+(?:deaths?|who)\b)",
    re.IGNORECASE,
)
_POPULATION_DIED_AFTER = re.compile(
    rf"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:{_WORD_RE}\s+){{0,3}}?"
    r"(?:population|inhabitants|residents|people|citizens|populace)"
    rf"(?:\s+of\s+[\d,.]+\s+(?:people|inhabitants|persons)|\s+of\s+{_phrase(3, lazy=True)})?\s+"
    r"(?:(?:had|has|have)\s+)?(?:(?:already|also|then|soon|all|probably)\s+)?(?:been\s+)?"
    r"(?:died|perished|starved|succumbed|(?:were\s+|was\s+)?killed|wiped\s+out|carried\s+off|to\s+die)\b",
    re.IGNORECASE,
)
# Where counted people come from, in a census's or a survey's words (fig17j): "people of Irish ancestry",
# "Canadians with full or partial Irish descent", "claimed some Irish descent", "identified as having Irish
# heritage", "have an Irish-born grandparent", "people born in Ireland", "were born in Ireland", "declared to
# have been born in Northern Ireland". Read in the figure's clause, before any other figure.
_ORIGIN_NOUNS = (
    r"(?:descent|ancestry|origin|origins|heritage|extraction|parentage|ancestors|grandparents?|parents?)"
)
_ORIGIN_AFTER = re.compile(
    r"(?P<link>(?:\s+[^\W\d_][\w’'-]*){0,3}?\s+(?:of|with)\s+|.{0,60}?\b(?:claim(?:ed|s|ing)?|report(?:ed|s)?|self-reported|identif(?:y|ies|ied)"
    r"\s+as\s+having|declared|have|has|had|having)\s+)"
    r"(?:(?:some|an?|full|partial|mixed|or|at\s+least\s+one|one|only)\s+)*"
    r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?P<what>" + _ORIGIN_NOUNS + r")\b"
    r"|(?P<born>.{0,40}?\bborn)\s+in\s+(?P<place>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
)
# Verbs a detector may take for what is counted that only say what the people declared (fig17j)
_ORIGIN_VERBS = _set("declared identified self-reported claimed reported born people persons worldwide")
# A population or a census before its count, and a toll before its figure (fig17j)
_POPULATION_OF_BEFORE = re.compile(
    r"(?:\bpopulation\s+of|\bcensus\b[^.;]{0,30}?\b(?:counted|recorded|enumerated|found))\s+" + _QUALS + r"$",
    re.IGNORECASE,
)
_TOLL_OF_BEFORE = re.compile(r"\btolls?\s+(?:of|at|was|is|close\s+to)\s+" + _QUALS + r"$", re.IGNORECASE)
_SHARE_QUALIFIERS = _qualifiers(f"{_ROUGH}|{_ESTIMATED}|perhaps|as much as|as many as|approximately", "*")
_KILLING_BEFORE_SHARE = re.compile(
    r"(?:\b(?:killed|killing|kills|claimed|claiming|claims|took|taking|carried\s+off|wiped\s+out|swept\s+away)"
    # ("the death of around 80% of its inhabitants", "plague deaths varied between 30% and over 50% of the
    # total population")
    r"|\bdeaths?\s+of|\b(?:deaths|death\s+toll|mortality)\s+(?:varied|ranged|was|were|reached|amounted\s+to|"
    r"stood\s+at)(?:\s+(?:between|from))?)\s+"
    + _SHARE_QUALIFIERS + r"$",
    re.IGNORECASE,
)
_DEATH_TOLL_APPOSED = re.compile(
    r"(?:\b(?:killed|killing|claimed|claiming|took|taking)\s+(?:[^,.;]|[.,](?=\d)){0,20}?\d"
    # (a toll that names who died, "352,560 prisoners died, about a quarter of the average camp population",
    # is those people's share of the whole, as the earlier sets label it)
    r"|\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:people\s+|persons\s+)?(?:died|perished|deaths|victims|dead)\b)"
    r"(?:[^,.;]|[.,](?=\d)){0,40}(?:,\s+|\s*[—–]\s*|\s+-\s+)(?:or\s+)?" + _SHARE_QUALIFIERS + r"$",
    re.IGNORECASE,
)
# A summary box's label glued to its row by an extraction ("Deaths390,000 or 530,000–600,000", "Total
# deathsInitial est.: 1.5 million; current est. 2.1 million"): the label names what the row's figures count
# (fig17f)
_GLUED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][a-z]{2,}(?:[ \t]+[a-z]{3,}){0,2})(?=[A-Z][a-z]|\d)")
_WERE_WHO = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:were|was)\s+(?:all\s+)?([A-Z][\w’'-]+s)\b")
_THE_NUMBER = re.compile(
    r"\s+(?:of\s+)?(?:the|that|its)\s+(?:[\w-]+\s+)?(?:number|level|figure|total|amount|size)\b",
    re.IGNORECASE,
)
# What an event counts: a figure after it with a verb of its own counts something else.
_EVENT_CONCEPTS = frozenset({"death", "execution", "arrest", "deportation", "inmate", "sentence"})
# "Of the total killed, about 8,000 were officers, another 6,000 were police officers, and the remaining 8,000
# were Polish intelligentsia": parts of a whole the sentence opens with, each named by its predicate
_OF_THE_TOTAL = re.compile(
    r"\s*of\s+the\s+total(?:\s+[^\W\d_]+)?\s*,\s*" + _qualifiers(_PART),
    re.IGNORECASE,
)
_PART_AFTER_PART = re.compile(
    r"(?:,|\band)\s+(?:and\s+)?(?:another|the\s+remaining|the\s+other|a\s+further)\s+" + _qualifiers(_PART)
    + r"$",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.IGNORECASE)
_THERE_WERE = re.compile(
    r"\bthere\s+(?:were|was|are|remained)\s+(?:still\s+)?"
    + _qualifiers("only|just|some|about|over|nearly|almost") + r"$",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\btotals?\s+(?:\w+\s+)?(?:tolls?|losses|deaths|dead|victims)\b", re.IGNORECASE)
_DIED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:had|have|has)\s+)?(?:also\s+|then\s+|later\s+)?(?:died|perished|starved\s+to\s+death|"
    r"lost\s+their\s+lives|were\s+killed|умерл\w*|погибл\w*)\b",
    re.IGNORECASE,
)
# The event a verb after the counted noun names (issue 17: what is counted is the noun with its qualifiers
# and the event made its noun). One pattern for every form the held-out sets showed: a death verb ("died",
# "perished", "starved to death": the noun's deaths), a passive participle ("were evacuated", "had been
# collectivized", "were arrested or expelled": the noun and what was done to it) and an intransitive verb of
# an event ("fled"), after an optional "who"/"that" and adverb.
_DEATH_VERB = (r"died|perished|starved(?:\s+to\s+death)?|(?:were|was)\s+killed|lost\s+their\s+lives|"
               r"умерл\w*|погибл\w*")
_EVENT_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*|(?:--|—|–)\s[^-—–\n]{1,40}?\s(?:--|—|–)\s*)?,?\s*(?:(?:who|that)\s+)?(?:(?:may|might|could|would)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:(?:also|then|later|eventually|all|soon)\s+)?"
    rf"(?:(?P<death>{_DEATH_VERB})\b"
    r"|(?P<aux>(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|also|then|later|all|soon)\s+)?)?"
    r"(?P<verb>[^\W\d_]+ed|shot|sent|fled|taken|caught|brought|held|driven|thrown|born)\b"
    r"(?:\s+(?P<conj>or|and)\s+(?:(?:were|was)\s+)?(?P<verb2>[^\W\d_]+ed|shot|sent|fled|exiled)\b)?)",
    re.IGNORECASE,
)
# Out of work after a figure's people: "13 million Americans were jobless / out of work".
_JOBLESS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+)?(?:were|was|are|is|had\s+been|have\s+been|has\s+been|became|remained)\s+"
    r"(?:(?:still|also|then|all|now)\s+)?(?:jobless|out\s+of\s+work|without\s+work)\b",
    re.IGNORECASE,
)
# Where a bare participle ends its clause: the end, a stop, or a preposition (no object of its own).
_CLAUSE_END_AFTER = re.compile(
    r"\s*(?:$|[\n;,.)(]|\s(?:by|to|in|into|from|at|for|under|during|after|before|on|without|as\s+a|"
    r"between|across|through(?:out)?|within)\b)",
    re.IGNORECASE,
)
# Verbs after a number that tell what the source did, not what happened to the counted ("were estimated",
# "were employed"), and words in -ed that are no verbs.
_NOT_EVENTS = _set(
    "estimated reported recorded registered counted listed included involved needed required expected "
    "supposed considered believed thought said known given put found located based concentrated "
    "housed engaged used owned produced worked lived remained stayed numbered totalled totaled amounted "
    "reached exceeded increased decreased declined rose fell grew doubled tripled halved dropped climbed "
    "compared added combined named called classified described reckoned calculated assumed claimed "
    "mentioned noted quoted cited published printed issued planned scheduled intended aimed hundred "
    "red bed seed need speed feed shed breed creed bleed wed armed skilled unskilled married qualified "
    "educated organised organized followed existed"
)
# Verbs of saying, planning or changing a figure: none says what a measure after it counts.
_REPORTING = _set(
    "estimated reported recorded registered counted listed given put found planned scheduled intended "
    "claimed mentioned noted quoted cited published printed issued reckoned calculated assumed numbered "
    "totalled totaled amounted reached exceeded increased decreased declined rose fell grew doubled tripled "
    "halved dropped climbed compared added combined named called classified described fixed set raised "
    "reduced lowered cut"
)
# English verbs whose past participle is not their past tense in -ed.
_PARTICIPLES = {"sowed": "sown", "mowed": "mown", "sewed": "sewn", "showed": "shown"}
# Intransitive verbs of an event, taken without "were": "3,000 villagers fled".
_ACTS = _set(
    "fled escaped emigrated deserted disappeared vanished gathered returned defected died perished voted"
)


def _event_after(after: str, pos: int) -> tuple[str, bool] | None:
    """The event the verb at ``after[pos:]`` names, as (words, is a death), or None: ("deaths", True) for
    "died", ("evacuated", False) for "were evacuated", ("arrested or expelled", False)."""
    if _JOBLESS_AFTER.match(after, pos):
        # "13 million Americans were out of work": the unemployed, qualified by the people (fig17g)
        return "unemployed", False
    m = _EVENT_AFTER.match(after, pos)
    if m is None:
        return None
    if m.group("death"):
        return "deaths", True
    verb = m.group("verb").lower()
    if verb in _NOT_EVENTS:
        return None
    if not m.group("aux") and verb not in _ACTS and not _CLAUSE_END_AFTER.match(after, m.end()):
        # "12,000 engineers arrested" closing a note's bullet, "admirals executed by the NKVD": a passive
        # without "were", as notes write it; a verb with an object ("peasants slaughtered their cattle")
        # is the noun's own act
        return None
    if re.match(r"\s+as\b", after[m.end("verb"):]):
        return None  # "were branded as kulaks", "classified as": what they were called, no event
    verb2 = (m.group("verb2") or "").lower()
    if verb2 and verb2 not in _NOT_EVENTS:
        return f"{verb} {m.group('conj').lower()} {verb2}", False
    return verb, False


# Where or which people a verb's subject are, between it and its verb: "children in Yemen died", "children
# under the age of five have died", "peasants across the province were deported" (fig17k)
_PLACE_OF_PEOPLE = re.compile(r"\s+(?:in|under|across|aged|below|from|throughout)\s+")
_PLACE_WORD = re.compile(r"\s*[^\W\d_][\w’'-]*")


def _event_within(after: str, at: int, most: int) -> tuple[str, bool] | None:
    """The event of a verb after one to ``most`` words from ``at`` (the words being the people's noun or a
    phrase of place), or None."""
    for _ in range(most):
        word = _PLACE_WORD.match(after, at)
        if word is None:
            return None
        at = word.end()
        event = _event_after(after, at)
        if event is not None:
            return event
    return None


def _event_after_place(after: str, pos: int) -> tuple[str, bool] | None:
    """The event of the verb after a short phrase of place or age (up to five words, no comma) that follows
    the people counted, or None."""
    m = _PLACE_OF_PEOPLE.match(after, pos)
    if m is None:
        return None
    return _event_within(after, m.end(), 5)


# The level a share is measured against ("62% of the pre-war area", "37% of normal") (fig17k)
_BASE_LEVELS = frozenset({"level", "levels", "area", "normal", "figure", "value", "peak", "average", "norm"})
# The second of two figures joined by "and" that share their verb: "65,000 Herero and 10,000 Nama were
# killed" (fig17k); the words between the first figure's noun and "and" (none here) are checked apart
_PAIR_NEXT = re.compile(r"\s+and\s+" + _qualifiers(_ESTIMATED) + r"\d[\d,.]*(?:\s+(?:million|thousand))?")


def _pair_with_next(text: str, end: int, and_at: int) -> bool:
    """Whether the figure ending at ``end`` is joined at ``and_at`` to a second figure that shares its verb:
    at most three words between (its noun), none a verb, and a figure right after "and"."""
    words = text[end:and_at].split()
    return (len(words) <= 3 and not any(_is_verb_like(w.lower()) for w in words)
            and "," not in text[end:and_at] and _PAIR_NEXT.match(text, and_at) is not None)


def _event_after_pair(after: str, pos: int) -> tuple[str, bool] | None:
    """The event of the verb after a second figure and its noun joined by "and" ("… and 10,000 Nama were
    killed"), or None."""
    m = _PAIR_NEXT.match(after, pos)
    if m is None:
        return None
    return _event_within(after, m.end(), 3)


_SET_AGAINST = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|up\s+from|down\s+from|versus|vs\.|"
    r"(?:the\s+)?(?:[^\W\d_]+\s+)?(?:figure|estimate)\s+of)\s+"
    + _qualifiers("only|about|some|roughly|nearly|just|over|almost|barely") + r"$",
    re.IGNORECASE,
)
_CHANGE_IN_CLAUSE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|increasing|declined|declining|"
    r"decreased|dropped|climbed|sank|jumped|soared|plummeted|shrank|shrunk|expanded|multiplied|doubled|"
    r"swell|swelled|swollen|swelling|plunged|"
    r"(?:may|might|will|would|could|to)\s+(?:rise|fall|grow|decline|increase|decrease|drop|shrink|double)|"
    r"tripled|trebled|quadrupled|halved|went\s+(?:up|down)|gone\s+(?:up|down)|"
    r"(?:a|the)\s+(?:rise|fall|growth|increase|decline|drop)\s+in)\b",
    re.IGNORECASE,
)
_RANGE_CUE = re.compile(
    r"\b(?:rang\w*|var(?:y|ied|ies)|estimat\w*|put\s+at|between\s+(?!1\d{3}\b|20\d{2}\b)[\d,.]+\s+and)\b",
    re.I,
)
_EARLIER_CHANGE = re.compile(r"\d[\d,.]*\s+(?:million|thousand|billion|per)")
_ADVERBS_BEFORE_VERB = re.compile(
    r"(?:\s+(?:more|less|than|almost|nearly|also|had|has|have|was|were|sharply|steadily|rapidly|quickly|"
    r"slowly|again|only|just|then))+\s*$",
    re.IGNORECASE,
)
_OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:in|by|between|from|during|after|before|over|under)\s+[^,]*?,\s*", re.IGNORECASE
)
_SAYING = (r"think|thinks|estimate|estimates|believe|believes|agree|agrees|put|puts|reckon|reckons|say|says|"
           r"consider|considers|accept|accepts|argue|argues|suggest|suggests|calculate|calculates|"
           r"generally\s+\w+|mostly\s+\w+")
_SAYING_NOW = re.compile(
    rf"\b(?:today|now|nowadays|currently)\s+(?:{_SAYING})\b"
    r"|\b(?:historians|scholars|researchers|demographers|experts|specialists|estimates|studies)\s+"
    r"(?:today|now|nowadays|currently)\b",
    re.IGNORECASE,
)
# A change that reaches its figure: "rose sharply between 1928 and 1940, reaching 155,000", "rose to".
_REACHING_BEFORE = re.compile(
    r"\b(?:reaching|to\s+reach|reached|to)\s+" + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than") + r"$",
    re.IGNORECASE,
)
_CHANGE_START_NOUN = re.compile(
    r"\bfrom\s+" + _qualifiers(_CHANGE_END_WORDS) + r"\d[\d,.]*\s+(?:(?:million|thousand|billion)\s+)?"
    rf"((?:{_WORD_RE}\s+)?{_WORD_RE})\s+(?:in\s+\d{{4}}\s+)?to\s+"
    + _qualifiers(f"{_CHANGE_END_WORDS}|more than|less than") + r"$",
    re.IGNORECASE,
)
# A list's label and its colon right before the figure, on the figure's line: "- Horses: 34 million → ",
# "**Gulag deaths**: ~", "1940s deportation deaths: ", "Official executions (1921-1953): " (a year or decade
# before the label is its time, no word of it).
_COLON_LABEL = re.compile(
    r"[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?[ \t]*(?:(?:1\d|20)\d\d(?:s|[-–]\d{2,4})?[ \t]+)?"
    r"(?P<name>[^\W\d_](?:[^\W\d_]|[’'/]){0,40}(?:[ \t-][^\W\d_](?:[^\W\d_]|[’'/])*){0,4})"
    r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?:[~≈]?[ \t]*\d[\d,.]*(?:[ \t]*(?:million|thousand|billion))?[ \t]*(?:→|->|=>|to|–|—)[ \t]*)?"
    # (the words may break a line inside, not after: the figure is on the label's line)
    + _qualifiers(f"{_ROUGH}|{_MERE}|at least|up to|more than", end=r"[ \t]+")
    + r"[~≈]?[ \t]*",
    re.IGNORECASE,
)
# Labels that say how a figure was got, not what it counts.
_NOT_LABELS = _set(
    "estimate estimates total totals note notes source sources result results figure figures number count "
    "range average sum value values official estimate scholarly estimate penalty impact success"
)
# "of the most odious perpetrators", "of the leading engineers": a part of a whole without a number
_PART_OF_THE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s+(?:(?:most|least|more|less|very)\s+)?"
    rf"(?P<np>[\"“‘']?{_WORD_RE}[\"”’']?(?:\s+[\"“‘']?{_WORD_RE}[\"”’']?){{0,2}}?)"
    r"(?=\s+(?:of|in|on|at|from|who|that|which|were|was|had|listed|named)\b|\s*[,.;:)\n]|\s*$)",
    re.IGNORECASE,
)
_TOTAL_OF_ALL = re.compile(
    r"\btotal\s+number\s+of\s+(?:[A-Z]\w+['’]s\s+)?(?:victims|deaths|dead)\b", re.IGNORECASE
)
_MONEY_UNITS = frozenset(
    {"dollars", "pounds", "euros", "roubles", "rubles", "francs", "marks", "yen", "yuan"}
)
_MONEY_NOUNS = (r"revenues?|fines?|aid|loans?|credits?|taxes|tax|subsidies|investments?|profits?|damages|"
                r"reparations|assets|debts?|bonds|cash|gold|exports|imports|spending|costs?|wages|savings|"
                r"deposits|funding|grants?|donations?|contributions?|income|GDP|budget|deficit|sum|fund|price|"
                r"salary|payments?|bills?|bonus|gifts?|assistance|expenditures?|outlays?|earnings|sales|bribes")
# "$100 million in revenues", "$3 billion per year in family-planning fines"
_MONEY_IN_AFTER = re.compile(
    rf"\s*(?:\)\s*)?(?:(?:a|per|each)\s+year\s+|annually\s+)?in\s+((?:{_WORD_RE}\s+){{0,2}}(?:{_MONEY_NOUNS}))\b",
    re.IGNORECASE,
)
# "a loan of $585 million", "a per capita income of $30,000", "GDP of"
_MONEY_OF_BEFORE = re.compile(
    rf"\b((?:per\s+capita\s+|{_WORD_RE}\s+)?(?:{_MONEY_NOUNS}))\s+(?:of|at)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}") + r"$",
    re.IGNORECASE,
)
# "to provide $215 million", "a debtor who owes $1,000", "helped raise the $760 million"
_MONEY_VERB_BEFORE = re.compile(
    r"\b(provide|provided|provides|providing|owe|owes|owed|raise|raised|raises|raising|spend|spends|spent|"
    r"spending|pay|pays|paid|paying|lend|lends|lent|lending|invest|invests|invested|investing|borrow|borrows|"
    r"borrowed|earn|earns|earned|receive|receives|received|collect|collects|collected|donate|donated|"
    r"pledge|pledged|allocate|allocated|grant|granted)\s+"
    + _qualifiers(f"the|an?|{_ROUGH}|{_MERE}|{_LIMITS}", "*") + r"$",
    re.IGNORECASE,
)
_BRACKET_LABEL = re.compile(
    r"\(\s*(population|pop\.|inhabitants|residents|members|strength|staff|workforce|garrison|membership)\s+"
    + _qualifiers(r"about|some|c\.|ca\.|approx\.") + r"$",
    re.IGNORECASE,
)
_ING_MODIFIER = re.compile(r"\s+(?!(?:of|in|on|at|to|for|from|with|by|the|a|an|their|his|her|its)\b)"
                           rf"{_WORD_RE}s\b(?!\s+(?:of|the|a|an|their|his|her|its)\b)", re.IGNORECASE)
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_TABLE_SAYS_NOTHING = frozenset({"estimate", "estimates", "number", "numbers", "value", "values", "count",
                                 "total", "figure", "figures", "amount", "data", "notes", "note", "range",
                                 "result"})
_TABLE_ROW_NAMES = frozenset({"metric", "category", "item", "indicator", "field", "measure", "type", "group",
                              "what", "variable"})
# A line of a list or of a table written as text
_BLOCK_LINE = re.compile(r"[ \t]*(?:[-*•▪◦‣●+][ \t]|\d{1,2}[.)][ \t]|\|)")
# A lead's or heading's bracketed aside, its "estimates" and its "by region": "Total Death Toll Estimates
# (Stalin Era)", "Executions by region"
_LEAD_TAIL = re.compile(r"\s*\([^()]*\)|\s+estimates?\b|\s+(?:by|per|in\s+each)\s+\w+.*$", re.IGNORECASE)
_PER_YEAR_AFTER = re.compile(
    rf"(?:\s+{_WORD_RE}){{0,4}}?\s+(?:each\s+year|per\s+year|a\s+year|every\s+year|annually|per\s+annum)\b",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"[ \t]*(#{1,6})[ \t]")
# (", causing the population to fall by 20–25% between 1841 and 1871": a clause of the consequence)
_JOINED_CLAUSE = re.compile(
    r"\s(?:and|but|while|whereas|whilst)\s|;\s|,(?:\[\d+\])*\s+(?:causing|leading|bringing|resulting\s+in)\s",
    re.IGNORECASE,
)
# What kills, its figure the object: "a famine that consumed millions", "claimed about 90,000 lives".
# Who lost the men: an army's (a fighting unit before "lost", or soldiers lost) (fig17h)
_ARMY_LOSS = re.compile(
    r"\b(?:army|armies|corps|division|brigade|regiment|battalion|garrison|column|force|forces|enemy|troops|"
    r"fleet)\b[^.;]{0,40}\blost\b|\blost\b.*\b(?:soldiers|troops|officers|effectives)\s*$",
    re.IGNORECASE,
)
# "started in Europe in 1347, and lasted until 1351": one event's span written as its start and its end
_LASTED_UNTIL = re.compile(
    rf"\bin\s+(?P<a>{YEAR})(?!\d),?\s+and\s+(?:it\s+)?(?:lasted|continued|raged|went\s+on)\s+"
    rf"(?:until|till|to|into)\s+(?P<b>{YEAR})(?!\d)",
    re.IGNORECASE,
)
# Adverbs that may follow what is counted and are no part of it (fig17h)
_TRAILING_ADVERBS = _set("respectively really alone altogether apiece")
_KILLED_BEFORE = re.compile(
    r"\b(?:claimed|claiming|claims|claim|consumed|consuming|consume|consumes|swallowed|killed|killing|kills|"
    r"carried\s+off|"
    r"wiped\s+out|took|taking|cost|costing)\s+(?:the\s+lives\s+of\s+)?"
    + _qualifiers(f"{_ESTIMATED}|perhaps|as many as") +
    # ("killing 5,257 and 4,808 individuals respectively": the second of two figures of the verb (fig17h))
    r"(?:\d[\d,]*\s+and\s+)?$",
    re.IGNORECASE,
)
# A verb of harm other than death right before its figure, by its stem: "infecting thousands", "wounded
# 5,000", "injuring 40,000", "displacing 2 million" (fig17j)
_HARMED_BEFORE = re.compile(
    r"\b(wound|injur|infect|displac|sicken|evacuat|hospitali[sz])(?:ed|ing|e|s)?\s+" + _qualifiers(_ESTIMATED)
    + r"$",
    re.IGNORECASE,
)
_ACTED_BEFORE = re.compile(
    r"\b([^\W\d_]+ed)\s+" + _qualifiers(_ESTIMATED) + r"$",
    re.IGNORECASE,
)
# ("6 to 7 million being deported", "5 million people were “dekulakized”": a passive's participle, in quotes
# where the writer keeps the regime's word)
_ACTED_AFTER_PEOPLE = re.compile(
    r"\s+(?:(?:also|then|later|all|being|were|had\s+been|have\s+been)\s+)?[“\"‘']?([^\W\d_]+ed)\b(?![’'])",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"\s*(?:"
    # (plurals without an s: "1,601 of whom were children", "of whom were women" (fig17n))
    rf"(?:were|was)\s+(?P<noun>(?:{_WORD_RE}\s+){{0,2}}?(?:{_WORD_RE}s|(?:intelligentsia|clergy|police|"
    rf"nobility|peasantry|gentry|children|(?:wo)?men|people)(?!\s+{_WORD_RE}s\b))"
    rf"(?:\s+(?:and|or)\s+{_WORD_RE}s)?(?:\s+of\s+war)?)(?=[\s,.;:)]|$)"
    r"|(?P<verb>(?:lived|living|worked|working|stayed|staying|housed|kept|served|serving)\s+(?:in|on|at|as)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:(?!(?:and|or)\b){_WORD_RE}\s+)?(?!(?:and|or)\b){_WORD_RE}"
    rf"(?:\s+(?:and|or)\s+{_WORD_RE})?))",
    re.IGNORECASE,
)
_SUBJECT_TIME = re.compile(
    r"\s+(?:that|this|the\s+same|the\s+following|the\s+next|next|last)\s+(?:year|month|quarter|season)$", re.I
)
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower|above|below)\s+than\b", re.IGNORECASE)
_FIGURE_FOR_X = re.compile(
    rf"\b(?:figure|total|number|count|tally)\s+for\s+(?:the\s+)?({_phrase(3, lazy=True)})"
    r"(?:\s+(?:in|for|of)\s+(?:the\s+)?[^\s,;]+)?\s+(?:was|were|is|stood\s+at|reached|came\s+to|amounted\s+to)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|at least|more than") + r"$",
    re.IGNORECASE,
)
_TIME_WORDS = _set("year years month months quarter quarters period decade whole same first second last")
_MADE_UP_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:In|By)\s+\d{{4}}\s+)({_phrase(3)})\s+"
    r"(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|constituted|comprised|"
    r"formed|represented|took|takes|absorbed|absorbs|received|receives|got|gets)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least") + r"$",
    re.IGNORECASE,
)
_TO_DEATH = re.compile(
    r"(?:[^.;:,\d]{0,40}?\s)?to\s+(?:death|be\s+shot|execution|the\s+(?:death\s+penalty|highest\s+measure))\b",
    re.IGNORECASE,
)
_EVENT_NOUN_OF = re.compile(
    r"\b(arrests?|executions?|deportations?|deaths?|evacuations?|exile|resettlement|imprisonment)\s+of\s+"
    + _qualifiers(_ESTIMATED) + r"$",
    re.IGNORECASE,
)
_CHANGE_SPAN_AFTER = re.compile(
    r"\s*,?\s+from\s+(?:[^;.]|\.(?=\d)){0,30}?\b(1\d{3}|20\d{2})\b[^;]{0,40}?\bto\s+(?:[^;.]|\.(?=\d)){0,30}?"
    r"\b(1\d{3}|20\d{2})\b",
    re.IGNORECASE,
)
_QUALIFIER_KEYS = frozenset({"famine", "gulag", "terror"})
# (and a span's: "aid to Israel between 1949 and 2006 totaled")
_YEAR_OF = re.compile(
    r"\s+(?:of|in|for|between|from)\s+(?:1\d{3}|20\d{2})(?:[–-]\d{2,4})?"
    r"(?:\s+(?:and|to)\s+(?:1\d{3}|20\d{2}))?(?=\s)"
)
# Nouns of a quantity: a subject whose head is one is measured by the figure after "was" ("the urban
# population of Russia was 18 million", "grain exports were 4.8 million tonnes").
_QUANTITY_NOUNS = _set(
    "population populations output production harvest harvests mortality number numbers total share "
    "proportion wage wages price prices income incomes budget exports imports procurements procurement "
    "consumption yield yields membership workforce toll losses strength generation capacity turnover "
    "enrolment enrollment circulation deficit revenue revenues spending expenditure expenditures investment "
    "investments area acreage strength size count tally death-rate birth-rate rate deliveries supply aid "
    "assistance loans credits debt gdp "
    "население численность урожай производство выпуск добыча смертность"
)


def _is_quantity(subject: str) -> bool:
    """Whether the head of ``subject`` (its last word before "of") is a noun of a quantity."""
    # ("actual output that year": the year is the subject's time, not its head)
    subject = _SUBJECT_TIME.sub("", subject.strip())
    head = re.split(r"\s+(?:of|per|in|from)\s+", subject, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _QUANTITY_NOUNS


def _is_event_noun(noun: str) -> bool:
    return bool(noun) and noun.split()[-1].lower() in _QUALIFIED


def _shifted(m: re.Match[str], first: int, last: int) -> int | None:
    """The year a ``_RELATIVE_YEAR`` match names from the period ``first``–``last`` it follows."""
    if m.group("same"):
        return first if first == last else None
    if m.group("next") or (m.group("after") and m.group("after").lower() == "after"):
        return last + 1
    if m.group("prev") or m.group("after"):
        return first - 1
    n_written = m.group("n").lower()
    n = 1 if n_written in ("a", "one") else (
        int(n_written) if n_written.isdigit() else _parse_number(n_written, "en")
    )
    if not isinstance(n, int) or not 0 < n < 50:
        return None
    later = m.group("dir").lower() in ("later", "after", "afterwards", "on")
    return last + n if later else first - n


def _whole_phrase(text: str) -> str:
    """The noun phrase at the start of ``text`` (up to four words, "of" inside it), to its first empty word,
    verb or comma: "German prisoners of war held in …" → "German prisoners of war"."""
    kept: list[str] = []
    for w in _WORD.finditer(text):
        if text[(kept and kept[-1][1]) or 0 : w.start()].strip():
            break
        lw = w.group().lower()
        if lw == "of" and kept and "of" not in (k[0].lower() for k in kept):
            kept.append((w.group(), w.end()))
            continue
        if lw in _STOP or _is_verb_like(lw) or len(kept) == 5:
            break
        kept.append((w.group(), w.end()))
    while kept and kept[-1][0].lower() == "of":
        kept.pop()
    return " ".join(k[0] for k in kept)


_IRREGULAR_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "people"}


def _singular(noun: str) -> str:
    """The noun phrase with its head made singular, to stand before "deaths": "prisoners of war" → "prisoner
    of war", "special settlers" → "special settler", "schoolchildren" → "schoolchild"."""
    words = noun.split()
    head = next((i - 1 for i, w in enumerate(words) if w.lower() == "of" and i > 0), len(words) - 1)
    word = words[head]
    low = word.lower()
    for plural, single in _IRREGULAR_PLURALS.items():
        if low.endswith(plural):
            word = word[: len(word) - len(plural)] + single
            break
    else:
        if low.endswith("ies") and len(low) > 4:
            word = word[:-3] + "y"
        elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            word = word[:-1]
    words[head] = word
    return " ".join(words)


# A camp (or prison) that held so many: its inmates.
_HELD_BEFORE = re.compile(
    r"\b(?:camps?|colonies|prisons?|gulag|labou?r\s+camps)\b[^.;]{0,40}?\b(?:held|housed|contained|"
    r"imprisoned|had\s+held)\s+" + _qualifiers("some|about|over|nearly|almost|roughly|more than") + r"$"
    r"|(?<!\w)через\s+(?:лагеря|ГУЛАГ)[^.;]{0,40}?прош\w+\s+" + _qualifiers(_RU_ROUGH) + r"$"
    r"|(?<!\w)(?:лагер|колони|тюрь)\w*[^.;]{0,40}?содерж\w*\s+" + _qualifiers(_RU_ROUGH) + r"$",
    re.IGNORECASE,
)
_CENSUS_BEFORE = re.compile(
    r"\bcensus\b[^.;]{0,40}?\b(?:counted|recorded|reported|found|showed|gave|registered|enumerated)\s+"
    + _qualifiers("some|about|only|over|nearly") + r"$",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(
    rf"({_phrase(3)})\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:extended|increased|raised|cut|reduced|lowered)\s+by\s+" + _qualifiers("some|about|another|a further")
    + r"$",
    re.IGNORECASE,
)
# A verb right after a number that says what the counted did, other than dying ("fled", "moved").
_OTHER_VERB = re.compile(
    r"(?!died|perished|starved|dead)(?:fled|left|moved|emigrated|escaped|joined|went|returned|worked|"
    r"lived|arrived|survived|remained|stayed|became|came|took|gained|were\s+(?!killed)\w+ed)\b",
    re.IGNORECASE,
)
_QUALIFIED = frozenset({"deaths", "inmates", "arrests", "executions", "deportations", "prisoners", "victims",
                        "dead"})
_SUBJECT_BEFORE = re.compile(
    rf"({_phrase(7)})\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    r"(?:actually\s+|also\s+|currently\s+|now\s+|still\s+)?(?:to\s+)?(?P<verb>(?:risen|rose)\s+by\s+a\s+factor\s+of|risen|rose|rise|fall|"
    r"grow|fell|fallen|dropped|grew|shrank|shrunk|cut|reduced|raised|lowered|climbed|came\s+to|approached|"
    r"exceeded|topped|surpassed|passed|"
    r"grown|increased|declined|decreased|doubled|tripled|went\s+up|went\s+down|amounted\s+to|totalled|"
    r"totaled|reached|stood\s+at|stands?\s+at|was|were|been|run|ran|range|ranged|vary|varied|составил\w*|"
    r"достиг\w*|gone\s+up|gone\s+down|"
    r"выросл\w*|вырос|снизил\w*|сократил\w*|увеличил\w*|упал\w*)"
    # "food increased in price 556 per cent": the measure of the subject that changed (fig17m)
    r"(?:\s+in\s+(?:price|prices|value|cost|size|number|numbers))?"
    r"\s+(?:by\s+|to\s+|на\s+|до\s+)?(?:from\s+[^,;]{1,30}?\s+to\s+|с\s+[^,;]{1,30}?\s+до\s+)?"
    r"(?:a\s+(?:whopping|mere|staggering|further)\s+)?"
    + _qualifiers(f"{_ROUGH}|only|from|approximately|more than|less than|at least|slightly more than|"
                  "slightly less than|с") + r"_?$"  # ("had gone up _900 per cent._": italics, fig17m)
    # "Coal output was to rise from 35 to 75 million tonnes, and pig iron from 3.3 million to 10 million"
    rf"|,\s+and\s+({_phrase(3)})\s+from\s+(?:[^,;]{{1,30}}?\s+to\s+)?$",
    re.IGNORECASE,
)
_PERCENT_WERE = re.compile(
    r"\s+(?:had\s+been|have\s+been|were|was|are|is)\s+(?:(?:all|still|already|now)\s+)?"
    rf"((?:{_WORD_RE}-(?-i:[A-Z])[\w’'-]*\s+|(?-i:[A-Z])[\w’'-]*\s+)?(?:{_WORD_RE}s|Chinese|Japanese|people))\b",
    re.IGNORECASE,
)
# A clause set off by commas, or a year's phrase, between a subject and its verb.
_INSERTED = re.compile(
    r",\s[^,;]{1,60}?,(?=\s)|\s+in\s+(?:1\d{3}|20\d{2})(?:[–-]\d{2,4})?(?=[\s,])"
    # an aside between dashes: "the old-age dependency ratio - the ratio of those aged 65 … - stands at"
    r"|\s(?:-|–|—|--)\s[^;]{1,120}?\s(?:-|–|—|--)(?=\s)"
)
# "was", "were": a count after them is rarely of the subject ("the victims were 700,000" is, "the reason was
# 3 million" is not), unless the figure has a unit; kept for units only, as before.
_BARE_VERBS = frozenset({"was", "were", "been", "run", "ran"})
_APPOSED = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))\s*(?:The\s+|the\s+)?({_phrase(4)}),\s+"
    + _qualifiers("about|some|roughly|only|nearly|around") + r"$"
)
# The measure a change verb names after itself: "food increased in price 556 per cent" (fig17m)
_IN_MEASURE = re.compile(r"\s+in\s+(price|prices|value|cost|size|number|numbers)\b", re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60},\s+(?:had|has|have|was|were|is|are|\w+ed|rose|fell|grew|reached)\b"
)
_SUBJECT_VERB_NEAR = re.compile(
    r"(?:\b(?:risen|rose|rise|fall|grow|fell|fallen|dropped|grew|grown|increased|declined|decreased|doubled|"
    r"tripled|went|gone|amounted|totall?ed|reached|stood|stands?|was|were|been|run|ran|range|ranged|vary|varied|"
    r"from|"
    r"shrank|"
    r"shrunk|cut|reduced|raised|lowered|climbed|came|approached|exceeded|topped|surpassed|passed)\b|"
    r"(?<!\w)(?:составил|достиг|выросл|вырос|снизил|сократил|увеличил|упал))",
    re.IGNORECASE,
)
# "Estimates … range from 3.5 million": the subject of these verbs is the estimates, not what is counted.
_ESTIMATE_VERBS = frozenset({"run", "ran", "range", "ranged", "vary", "varied"})
_NP_AFTER = re.compile(
    r"[+)]*\s*(?:(?:of|из)\s+)?(?:(?:the|their|these|those|all|his|her|its|our|an?)\s+)?(?:(?:other|more)\s+)?"
)
_WORD = re.compile(rf"{_WORD_RE}")


@functools.lru_cache(maxsize=4096)
def _parse_number(words: str, language: str) -> int | float | None:
    """number-parser's reading, remembered: a book repeats its numbers and each reading costs ~0.5 ms."""
    return parse_number(words, language=language)


# The words a number can begin with; only there is the pattern tried (see text.scan).
_NUMBER_STARTS = _set(
    "tens hundreds dozens thousands millions several a an another one two three four five six seven eight "
    "nine ten eleven "
    "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred zero half halves third thirds quarter quarters fifth fifths tenth tenths "
    "twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold twentyfold thirtyfold "
    "fortyfold fiftyfold hundredfold twice "
    "десятки десятков сотни сотен тысячи миллионы миллионов полтора полторы полутора "
    "полмиллиона полумиллиона полмиллиарда полумиллиарда миллиона миллиарда несколько нескольких "
) | frozenset(_RU_CARD_WORDS)


def _num(text: str) -> float | None:
    t = re.sub(r"[,\x20\u00a0\u202f\u2009]", "", text)
    try:
        return float(t)
    except ValueError:
        return None


def _value(m: re.Match[str]) -> tuple[float | None, float | None, float | None, str]:
    """(value, low, high, kind) of one number as matched by ``_NUMBER``."""
    g = m.groupdict()
    if g["vague"]:
        low, high = _VAGUE[" ".join(g["vague"].lower().split())]
        return None, low, high, "vague"
    if g["halfmag"]:
        # "half a million", "a daily half-million edition" (fig17m), "a quarter of a million"
        mag = (g["hm"] or g["hm2"] or g["qm"]).lower()
        return (0.5 if g["hm"] or g["hm2"] else 0.25) * _MAGNITUDE[mag], None, None, "count"
    if g["andhalf"]:
        # "five and a half million", "eleven and a half million" (fig17f)
        whole = _parse_number(g["ahn"], "en")
        if whole is not None:
            return (whole + 0.5) * _MAGNITUDE[g["ahm"].lower()], None, None, "count"
    if g["onehalf"]:
        mag = (g["ohm"] or g["ohm2"] or g["ohm3"] or "").lower().rstrip(".")
        mag = "million" if mag.startswith(("миллион", "млн")) else mag
        return 1.5 * _MAGNITUDE[mag], None, None, "count"
    if g["fold"]:
        # "twice as much steel" is a multiple as "twofold" is
        fold = g["fold"].lower()
        times = 2 if fold == "twice" else _parse_number(fold.removesuffix("fold"), "en")
        return (float(times), None, None, "multiple") if times else (None, None, None, "count")
    if g["slash"]:
        # "between 1/4 and 1/3 of their population"
        num, den = (int(x) for x in g["slash"].split("/"))
        return (num / den, None, None, "fraction") if num < den else (None, None, None, "count")
    if g["frac"]:
        words = re.split(r"[\s\u2011-]+", g["frac"].lower())
        n = _SMALL.get(words[0], 1) if len(words) == 2 else 1
        return n / _FRACTIONS[words[-1]], None, None, "fraction"
    if g["digits"]:
        raw = g["digits"]
        value = _num(raw.replace(",", ".")) if re.fullmatch(r"\d+,\d{1,2}", raw) else _num(raw)
        dotted = _DOTTED.match(m.string, m.start("digits"))
        if dotted is not None and dotted.end() == m.end("digits"):
            value = _num(raw.replace(".", ""))  # "500.000 inhabitants"
        elif (not g["mag"] and _RU_DOTTED_THOUSANDS.fullmatch(raw)
              and _in_russian(m.string, m.start("digits"))):
            value = _num(raw.replace(".", ""))  # «умерло 46.665 человек»
    elif g["words"]:
        value = _parse_number(" ".join(g["words"].lower().replace("-", " ").split()), "en")
    elif g["ruwords"]:
        words = g["ruwords"].lower()
        if g["ruhalf"]:
            words = words[: -len(g["ruhalf"])]
        value = _parse_number(words, "ru")
        if value is not None and g["ruhalf"]:
            value += 0.5  # «двух с половиной миллионов»
    elif g["ruhalfmag"]:
        value = _RU_HALF[(g["rhw"] or g["rhp"]).lower()]
    else:
        value = 1
    if value is None:
        return None, None, None, "count"
    mag = (g["mag"] or g["m"] or "").lower().rstrip(".")
    if mag:
        key = next((k for k in _MAGNITUDE if mag.startswith(k)), mag)
        value = value * _MAGNITUDE.get(key, 1)
    return float(value), None, None, "count"


def _is_year(m: re.Match[str]) -> bool:
    return bool(m.group("digits")) and not (m.group("mag") or m.group("m")) and bool(
        _YEAR_WHOLE.fullmatch(m.group("digits"))
    )


def _unit(text: str, pos: int) -> tuple[str, int]:
    """The unit written right after ``pos`` and where it ends; ("", pos) when none is."""
    for pattern, unit in _UNITS:
        u = pattern.match(text, pos)
        if u:
            return unit, u.end()
    return "", pos


class _Detector:
    def __init__(self, text: str, marks: Sequence[Mark], year: int | None = None) -> None:
        self.text = text
        self.year = year  # the source's publication year, when known: the time of writing
        self._dated_starts: set[int] = set()  # periods named by the time of writing ("this year")
        self._day_starts: set[int] = set()  # days without a year, of the last full date's year (fig17g)
        self._full_dates: list[tuple[int, int]] | None = None
        self._war_kinds: tuple[bool, bool] | None = None
        self._lead_war: tuple[str, tuple[int, int]] | None = None
        self._lead_event: tuple[str, tuple[int, int]] | None = None
        self._now_starts: set[int] = set()  # the present of the time of writing ("now", "currently")
        self._opening_year: int | None = 0  # the full date a document opens with (0: not looked for yet)
        self.layout: Layout = layout(text, marks)
        self._periods: dict[int, list[tuple[int, int, str, int, int]]] = {}
        self._carried: dict[int, tuple[str, int, int] | None] = {}
        self._told_by_dates: bool | None = None
        # the last sentence of a paragraph -> where the narrative's year before it was written, and that year
        self._narrative: dict[int, tuple[int, tuple[str, int, int] | None] | None] = {}
        self._carried_local: dict[int, tuple[str, int, int] | None] = {}
        self._relative_starts: set[int] = set()
        self._year_lines: list[tuple[int, str]] | None = None
        self._defined: list[tuple[re.Pattern[str], int, int]] | None = None
        self._aliases: list[tuple[re.Pattern[str], int, int]] | None = None
        self._defined_spans: dict[str, tuple[int, int]] = {}
        self._alias_starts: set[int] = set()
        self._all_periods: list[re.Match[str]] | None = None
        self._all_named: list[re.Match[str]] = []
        self._period_starts: list[int] = []
        self._named_starts: list[int] = []

    # --- periods ---------------------------------------------------------------------------------------

    def periods_in(self, i: int) -> list[tuple[int, int, str, int, int]]:
        """(start, end, text, first year, last year) of the periods written in sentence ``i``."""
        if i not in self._periods:
            a, b = self.layout.sentence_at(i)
            found = []
            if self._all_periods is None:
                # One scan of the text for each kind, sliced by sentence: a scan per sentence would read the
                # long sentences of a book many times.
                self._all_periods = scan(PERIOD, self.text, PERIOD_STARTS)
                self._all_named = scan(NAMED_PERIOD, self.text, NAMED_STARTS)
                self._period_starts = [m.start() for m in self._all_periods]
                self._named_starts = [m.start() for m in self._all_named]
            periods = self._all_periods[
                bisect.bisect_left(self._period_starts, a) : bisect.bisect_left(self._period_starts, b)
            ]
            named = self._all_named[
                bisect.bisect_left(self._named_starts, a) : bisect.bisect_left(self._named_starts, b)
            ]
            for m in periods:
                if m.end() > b:
                    continue
                years = period_of(m)
                if years is None or self.layout.is_excluded(m.start(), m.end()):
                    continue
                # "Since 1990, … has been halved": up to the time of writing
                since = m.group("single") and _SINCE_BEFORE.search(self.text, m.start() - 9, m.start())
                if since and self.year is not None and years[1] < self.year:
                    years = (years[0], self.year)
                if m.group("single") and _looks_like_quantity(self.text, m.end()):
                    continue
                if m.group("single") and (
                    _BASE_BEFORE.search(self.text, max(a, m.start() - 30), m.start())
                    or _BASE_AFTER.match(self.text, m.end())
                ):
                    continue  # "92 per cent of 1929", "of the 1928 level": the base, not the period
                if m.group("single") and (
                    _CITED_YEAR_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
                    or (_NAMED_BRACKET_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                        and _PAGE_AFTER.match(self.text, m.end()))
                ):
                    continue  # "(quoted in C. Li, 1997)", "L. R. Brown (1984, 255)": a citation's year
                if m.group("c1") and _SUPERLATIVE_OF_BEFORE.search(self.text, max(a, m.start() - 60),
                                                                    m.start()):
                    continue  # "the first genocide of the 20th century": what the event was, not its time
                if _REPORTED_BEFORE.search(self.text, max(a, m.start() - 80), m.start()) or (
                    _RU_SAID_AFTER.match(self.text, m.end())
                ):
                    # "the figure Khrushchev gave in 1961", "Order No. 00485, signed on 11 August 1937",
                    # «Ивницкий в 1972 году считал, что …» (fig17l)
                    continue
                found.append((m.start(), m.end(), " ".join(m.group().split()), *years))
            centuries = {(m.start(), m.end()) for m in periods if m.group("c1")}
            if centuries:
                # "The third plague pandemic (1855–1859) started in China in the mid-19th century": years
                # written inside a century the sentence names are the figure's finer time (fig17j)
                finer = [q for q in found if (q[0], q[1]) not in centuries]
                found = [p for p in found if (p[0], p[1]) not in centuries
                         or not any(p[3] <= q[3] and q[4] <= p[4] for q in finer)]
            published = [p for p in found if _PUBLISHED_BEFORE.search(self.text, max(a, p[0] - 80), p[0])]
            others = [p for p in found if p not in published and self._reference_year(p) < 2]
            if published and others:
                found = [p for p in found if p not in published]
            for m in named:
                if war_part(m) == "civil" and not m.group().lower().startswith("the") and (
                    _OTHER_CIVIL_WAR_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
                ):
                    continue  # "the Yemeni Civil War": another country's, whatever side the text names
                years = self._lead_war_years(m) or named_years(m, *self._war_kind())
                if years is None:
                    continue  # "Later in the war" of a text of another century's war
                if not any(p[0] < m.end() and m.start() < p[1] for p in found):
                    found.append((m.start(), m.end(), " ".join(m.group().split()), *years))
            for pattern, first, last in self.defined_names():
                # "During the Great Hunger, …": a name the text gave its years ("The Great Famine, also known
                # as the Great Hunger, … lasting from 1845 to 1852"; "the Difficult Three Year Period
                # (1959–1961)")
                for m in pattern.finditer(self.text, a, b):
                    if not any(p[0] < m.end() and m.start() < p[1] for p in found):
                        found.append((m.start(), m.end(), " ".join(m.group().split()), first, last))
            for pattern, first, last in self.event_aliases():
                # "The partition of India in 1947 …  The partition displaced …": the event's head noun,
                # where no year is written before it in the sentence
                for m in pattern.finditer(self.text, a, b):
                    if any(p[0] < m.end() for p in found):
                        continue
                    eve = _EVE_OF.search(self.text, max(a, m.start() - 20), m.start())
                    found.append((m.start(), m.end(), " ".join(m.group().split()), first,
                                  first if eve else last))
                    self._alias_starts.add(m.start())
            if not any(self._reference_year(p) < 2 for p in found):
                # "On the 6th Sherman lost …" of a memoir that wrote "the 6th of April, 1862" before: a day
                # without a year is of the last date written in full before it
                for m in _BARE_DAY.finditer(self.text, a, b):
                    year = self._last_full_date_year(m.start())
                    if year is not None:
                        found.append((m.start(), m.end(), " ".join(m.group().split()), year, year))
                        self._day_starts.add(m.start())
                        break
            if self.year is not None:
                found += self._dated(a, b, found)
                month = _MONTH_ONLY.search(self.text, a, b) if not found else None
                if month is not None and (i == 0 or self.carried(i - 1) is None):
                    # "In July, the number of migrants passed 100,000": a month with no year, where no year
                    # before gives one, is of the year of writing (fig3)
                    found.append((month.start(), month.end(), " ".join(month.group().split()), self.year,
                                  self.year))
                    self._dated_starts.add(month.start())
            elif not found and (month := self._month_without_year(a, b)) is not None and (
                i == 0 or self.carried(i - 1) is None
            ):
                # "In the last week of July, the Bill of Mortality showed 3,014 deaths" opening a section of a
                # narrative: the month is of the last year the text wrote before it (fig17j)
                year = self._last_year_before(i)
                if year is not None:
                    found.append((month.start(), month.end(), " ".join(month.group().split()), year, year))
            if not found and i > 0:
                relative = self._relative_year(i, a, b)
                if relative is not None:
                    found.append(relative)
                    self._relative_starts.add(relative[0])
            elif found:
                # "In 1926 the town had 40,000 inhabitants; five years later there were over 90,000": a
                # relative year counts from the year before it in the same sentence
                for m in _RELATIVE_YEAR.finditer(self.text, a, b):
                    base = [p for p in found if p[1] <= m.start() and self._reference_year(p) < 2]
                    year = _shifted(m, base[-1][3], base[-1][4]) if base else None
                    if not base and m.group("same") and i > 0 and self.periods_in(i - 1):
                        # "…since 1884. In that year the number was 242,000, while in 1900, …": the year the
                        # sentence before wrote last (a year since which counts too)
                        prev = self.periods_in(i - 1)[-1]
                        year = _shifted(m, prev[3], prev[4])
                    if year is not None and not any(p[0] < m.end() and m.start() < p[1] for p in found):
                        found.append((m.start(), m.end(), " ".join(m.group().split()), year, year))
                        self._relative_starts.add(m.start())
            found.sort()
            self._periods[i] = found
        return self._periods[i]

    def _month_without_year(self, a: int, b: int) -> re.Match[str] | None:
        """A month written without its year in ``text[a:b]``: alone ("In the last week of July", fig17j) or
        with its day ("On November 2d only fifteen delegates had arrived", fig17m)."""
        return _MONTH_NAMED.search(self.text, a, b) or _MONTH_DAY_NO_YEAR.search(self.text, a, b)

    def told_by_dates(self) -> bool:
        """Whether the text is a narrative told by dates: it writes days of the month without their year
        ("On October 29th", "the 23d of October") a few times, and one every few pages at least (a book of
        essays that dates a day twice in a chapter is not one)."""
        if self._told_by_dates is None:
            days = len(_MONTH_DAY_NO_YEAR.findall(self.text))
            self._told_by_dates = days >= _TOLD_BY_DATES and days * _TOLD_BY_DATES_SPACING >= len(self.text)
        return self._told_by_dates

    def _narrative_year(self, i: int) -> tuple[str, int, int] | None:
        """The year a narrative told by dates (``told_by_dates``) goes on in at paragraph ``i`` (its first
        sentence), which has no time of its own: that of the nearest paragraph before it, up to a chapter's
        length back, that has a single year or a dated day — "On November 2d only fifteen delegates had
        arrived." ¶ "The Petrograd garrison numbered about sixty thousand men" is of that November's year.
        Only the year is handed on, not the day; a span before stops it; a paragraph whose years are all
        names' or quoted ones, or whose time is a named period without a number ("the war"), is passed over
        (fig17m)."""
        if not self.told_by_dates():
            return None
        here = self.layout.sentence_at(i)[0]
        chain: list[int] = []
        j = i - 1
        result: tuple[int, tuple[str, int, int] | None] | None = None  # (where it was written, the year)
        while j >= 0:
            if j in self._narrative:
                result = self._narrative[j]
                break
            chain.append(j)
            found = self.carried(j, cross=False)
            start, stop = self.layout.sentence_at(j)
            first = self.layout.paragraph_starts[self.layout.paragraph(start)]
            # ("the war" of a named period is no date the narrative wrote: passed over like a name's year)
            written = found is not None and any(c.isdigit() for c in found[0])
            if found is not None and written and not self._only_names_years(first, stop):
                year = (str(found[1]), found[1], found[1]) if found[1] == found[2] else None
                result = (start, year)
                break
            j = self.layout.sentence(first)[0] - 1
        for k in chain:
            self._narrative[k] = result
        if result is None or here - result[0] > _NARRATIVE_REACH:
            return None
        return result[1]

    def _last_year_before(self, i: int) -> int | None:
        """The year of the last of the 60 sentences before sentence ``i`` that has a single year: its
        periods as found when it was read (a month it dated, too), else the years written in it (not a
        citation's, a quantity's or a ratio's "1/1400"); or None. A narrative told by dates ("On October
        29th I went …") writes its year seldom, so there the look goes back a few hundred sentences
        (fig17m)."""
        window = _TOLD_BY_DATES_WINDOW if self.told_by_dates() else 60
        for j in range(i - 1, max(-1, i - window - 1), -1):
            if j in self._periods:
                single = [p for p in self._periods[j] if p[3] == p[4] and self._reference_year(p) < 2
                          and not self._in_square_aside(p) and not self._names_year(p[0])
                          and not self._quoted_in_paragraph(p[0])]
                if single:
                    return single[-1][3]
                continue
            a, b = self.layout.sentence_at(j)
            k = bisect.bisect_left(self._period_starts, b)
            while k > 0 and self._period_starts[k - 1] >= a:
                k -= 1
                m = self._all_periods[k]
                ratio = self.text[max(0, m.start() - 1) : m.start()] == "/"
                if m.group("single") and not self.layout.is_excluded(m.start(), m.end()) and not (
                    ratio or _looks_like_quantity(self.text, m.end()) or self._names_year(m.start())
                    or self._quoted_in_paragraph(m.start())
                    or self._in_square_aside((m.start(), m.end(), "", 0, 0))
                ):
                    return int(m.group("single"))
        return None

    def _names_year(self, pos: int) -> bool:
        """Whether the year at ``pos`` is part of a name ("in honour of the Ikon of 1612", "the Revolution of
        1905"): the year of the thing named, not a time the story has come to, so no date after it takes it
        (fig17m)."""
        return _NAME_OF_YEAR.search(self.text, max(0, pos - 40), pos) is not None

    def _only_names_years(self, a: int, b: int) -> bool:
        """Whether every year written in the paragraph ``text[a:b]`` is part of a name ("the banner of the
        Charter of 1791") or inside quotation marks (a picture's title, "“6 November 1812”"; a speech, "“In
        1905, and in the Kornilov days, …"), so that the passage is of no time a narrative goes on in
        (fig17m)."""
        years = [m.start() for m in _YEAR_WHOLE.finditer(self.text, a, b)]
        return bool(years) and all(self._names_year(y) or self._quoted(a, y) for y in years)

    def _quoted(self, a: int, pos: int) -> bool:
        """Whether ``pos`` stands inside curly quotation marks opened after ``a`` (a paragraph's start)."""
        return self.text.count("“", a, pos) > self.text.count("”", a, pos)

    def _quoted_in_paragraph(self, pos: int) -> bool:
        """Whether ``pos`` stands inside curly quotation marks opened in its paragraph, in a narrative told by
        dates, where a quoted year is a title's or a speech's, not the story's (fig17m)."""
        if not self.told_by_dates():
            return False
        return self._quoted(self.layout.paragraph_starts[self.layout.paragraph(pos)], pos)

    def _last_full_date_year(self, pos: int) -> int | None:
        """The year of the last date written in full (with its day) before ``pos``, or None."""
        if self._full_dates is None:
            self._full_dates = [(m.start(), int(m.group("y") or m.group("y2")))
                                for m in _DAY_FULL_DATE.finditer(self.text)]
        k = bisect.bisect_left(self._full_dates, (pos, 0))
        return self._full_dates[k - 1][1] if k > 0 else None

    def _lead_war_years(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The years of "the war" (its first or last year for its parts), or of "the Civil War", in a text
        whose first sentence dates its own war: "The RUSSIAN CIVIL WAR (7 November 1917 – 25 October 1922)
        was …" makes its later "during the war" and "the Civil War" 1917–1922, not the tool's Soviet
        defaults."""
        self.defined_names()
        if self._lead_war is None:
            return None
        name, (first, last) = self._lead_war
        part = war_part(m)
        if part == "civil" and "civil" not in name.lower():
            return None
        return {"whole": (first, last), "civil": (first, last), "first": (first, first),
                "last": (last, last)}.get(part or "")

    def _war_kind(self) -> tuple[bool, bool]:
        """(whether the text is about the Soviet side, whether its "the war" is the Second World War): the
        years its named periods take (text.named_years)."""
        if self._war_kinds is None:
            soviet = bool(_SOVIET_CONTEXT.search(self.text))
            named = bool(_WW2_NAMED.search(self.text))
            if soviet:
                # A Soviet text's "the war" is the Soviet war unless its years all come before 1939 and it
                # names no Second World War: Reed's book of 1917 ("the war" is the one Russia was leaving)
                years = [int(y) for y in _ANY_YEAR.findall(self.text)]
                war_is_ww2 = (named or not years or max(years) >= 1939
                              or bool(_GREAT_PATRIOTIC.search(self.text)))
            else:
                war_is_ww2 = named and not _WW1_NAMED.search(self.text)
            self._war_kinds = (soviet, war_is_ww2)
        return self._war_kinds

    def _dated(
        self, a: int, b: int, found: list[tuple[int, int, str, int, int]]
    ) -> list[tuple[int, int, str, int, int]]:
        """The periods sentence ``a``..``b`` names by the time of writing (the publication year): "this
        year", "last year", "Seventy years ago"; and, where it names no other, its present ("now", "today",
        "currently"), which a year written in it outranks (``_reference_year``: the present is ranked as a
        name's time, handed on to the next sentence only)."""
        year = self.year
        assert year is not None
        made: list[tuple[int, int, str, int, int]] = []
        for m in _DATED.finditer(self.text, a, b):
            if any(p[0] < m.end() and m.start() < p[1] for p in found):
                continue
            which = (m.group("which") or "").lower()
            if m.group("span") or m.group("dspan"):
                k = (m.group("k") or "10").lower()  # "over the next decade": ten years (fig3)
                n = int(k) if k.isdigit() else _SMALL_COUNTS.get(k) or _TENS.get(k, 0)
                ahead = (m.group("span") or m.group("dspan")).lower() in ("next", "coming")
                first, last = (year, year + n) if ahead else (year - n, year)
                made.append((m.start(), m.end(), " ".join(m.group().split()), first, last))
                self._dated_starts.add(m.start())
                continue
            if m.group("n"):
                n = m.group("n").lower()
                count = int(n) if n.isdigit() else _SMALL_COUNTS.get(n) or _TENS.get(" ".join(n.split()), 0)
                count += _SMALL_COUNTS.get((m.group("units") or "").lower(), 0)
                y = year - count * (10 if m.group("unit").lower().startswith("decade") else 1)
            elif m.group("quarter"):
                y = year - (25 if "quarter" in m.group("quarter").lower() else 50)
            elif m.group("recent"):
                y = year
            else:
                y = year + {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(which, 0)
            made.append((m.start(), m.end(), " ".join(m.group().split()), y, y))
            self._dated_starts.add(m.start())
        if found or made:
            return made
        saying = [(m.start(), m.end()) for m in _SAYING_NOW.finditer(self.text, a, b)]
        for m in _NOW.finditer(self.text, a, b):
            if not any(s <= m.start() < e for s, e in saying):
                self._now_starts.add(m.start())
                return [(m.start(), m.end(), " ".join(m.group().split()), year, year)]
        return made

    def _relative_year(self, i: int, a: int, b: int) -> tuple[int, int, str, int, int] | None:
        """A year sentence ``i`` (from ``a`` to ``b``) names by the one before it: "The following year",
        "the year before", "Five years later" (from 1929: 1934), or None."""
        m = _RELATIVE_YEAR.search(self.text, a, b)
        if m is None:
            return None
        before = self.carried(i - 1)
        if before is None and m.group("same") and self.periods_in(i - 1):
            last_written = self.periods_in(i - 1)[-1]  # "…since 1884. In that year …" (fig17f)
            before = (last_written[2], last_written[3], last_written[4])
        if before is None:
            return None
        _, first, last = before
        year = _shifted(m, first, last)
        if year is None:
            return None
        return m.start(), m.end(), " ".join(m.group().split()), year, year

    def _in_aside(self, p: tuple[int, int, str, int, int], start: int = -1, end: int = -1) -> bool:
        """Whether a period stands in a bracketed aside of a clause of its own ("an average of 1,000
        executions a day (in comparison, from 1825 to 1910 the Tsarists executed 3,932 persons)") that
        does not hold the figure (``start``..``end``; none for the years handed on to the next sentences).
        A bracket of years alone ("the Terror (1937–38)") is no aside."""
        text = self.text
        _, a, b = self.layout.sentence(p[0])
        opened = text.rfind("(", a, p[0])
        if opened < 0 or text.find(")", opened, p[0]) >= 0:
            return False
        closed = text.find(")", p[1], b)
        if closed < 0 or closed - opened < 30 or not _ASIDE_CLAUSE.search(text, opened, closed):
            return False
        return not (opened < start < closed)

    def defined_names(self) -> list[tuple[re.Pattern[str], int, int]]:
        """The names this text gives a span of years: a name of two or more capitalised words before a
        bracketed span ("the Difficult Three Year Period (1959–1961)"), and the subject of the text's first
        sentence, with the names it is "also known as", where that sentence writes one span ("The Great
        Famine, also known as the Great Hunger, … was a period … lasting from 1845 to 1852")."""
        if self._defined is not None:
            return self._defined
        defined: dict[str, tuple[int, int]] = {}
        for m in _NAME_BRACKETED_SPAN.finditer(self.text):
            years = _span_years(m.group("span"))
            name = re.sub(r"^The\s+", "", m.group("name"))
            if years is not None and len(name.split()) >= 2:
                defined.setdefault(name, years)
        if self.layout.sentence_starts:
            a, b = self.layout.sentence_at(0)
            first = 0
            if _TITLE_LINE.fullmatch(self.text, a, b) and len(self.layout.sentence_starts) > 1:
                # (a title set off by a blank line is a sentence of its own: the lead is the next one,
                # "Cambodian genocide\n\nThe Cambodian genocide was …" (fig17o))
                first = 1
                b = self.layout.sentence_at(1)[1]
            lead = _LEAD_SUBJECT.match(self.text, a, b)
            spans = self._lead_spans(a, b)
            # (a lead that names its event in the first sentence and writes its span in the next one or two of
            # the same paragraph: "The Siege of X was the siege of … . After …, X was besieged … from 5 April
            # 1992 to 29 February 1996" (fig17n))
            j = first + 1
            while lead is not None and not spans and j <= first + 2 and j < len(self.layout.sentence_starts):
                c, d = self.layout.sentence_at(j)
                if self.layout.paragraph(c) != self.layout.paragraph(self.layout.sentence_at(first)[0]):
                    break
                spans = self._lead_spans(c, d)
                j += 1
            if lead is not None and len(spans) == 1:
                years = period_of(spans[0])
                names = [lead.group("name")]
                if lead.group("aka"):
                    names += [n for n in _ALIAS.findall(lead.group("aka"))]
                for name in names:
                    if len(name.split()) >= 2 and years is not None:
                        defined.setdefault(name, years)
                if years is not None:
                    self._lead_event = (lead.group("name"), years)
                    if lead.group("name").split()[-1].lower() == "war":
                        self._lead_war = self._lead_event
        self._defined_spans = defined
        # (a name in capitals is the lead's bold as a plain-text conversion writes it, "The BLACK DEATH, also
        # known as …": its later mentions are in any case, "the Black Death" (fig17j))
        self._defined = [
            (re.compile(rf"(?:\bthe\s+)?\b{re.escape(name)}\b", re.IGNORECASE if name.isupper() else 0),
             first, last)
            for name, (first, last) in defined.items()
        ]
        return self._defined

    def _lead_spans(self, a: int, b: int) -> list[re.Match[str]]:
        """The spans of more than one year written between a and b."""
        return [m for m in scan(PERIOD, self.text, PERIOD_STARTS, a, b)
                if (y := period_of(m)) is not None and y[0] < y[1]]

    def event_aliases(self) -> list[tuple[re.Pattern[str], int, int]]:
        """The head nouns of the events this text names with their years ("The partition of India in
        1947", "The Bengal famine of 1943", the defined names' last word: "Great Famine"), as patterns for
        their later mentions ("the partition", "the famine"); a head named with two different spans is
        left out (fig17f)."""
        if self._aliases is not None:
            return self._aliases
        heads: dict[str, set[tuple[int, int]]] = {}
        for m in _EVENT_DEFINED.finditer(self.text):
            span = m.group("span")
            years = _span_years(span) or (int(span[:4]), int(span[:4]))
            heads.setdefault(m.group("head").lower().rstrip("s"), set()).add(years)
        self.defined_names()
        for name, (first, last) in self._defined_spans.items():
            head = re.fullmatch(_EVENT_HEADS, name.split()[-1].lower())
            if head:
                heads.setdefault(head.group().rstrip("s"), set()).add((first, last))
        # (the head written capitalised is the event's name: "the Fire", "the Great Fire of London" (fig17h))
        self._aliases = [
            (re.compile(rf"\b[Tt]he\s+(?:(?:[a-z][\w’'-]+\s+)?{re.escape(head)}|(?:[A-Z][\w’'-]+\s+){{0,2}}"
                        rf"{re.escape(head.capitalize())})s?\b"), *next(iter(spans)))
            for head, spans in heads.items() if len(spans) == 1
        ]
        return self._aliases

    def _parallel_change(self, start: int, s_start: int, i: int) -> tuple[str, int, int] | None:
        """The year of a change's end without years of its own, from a change the sentence before dates at
        both ends: "dropped from 3,637,612 in 1926 to 2,181,520 in 1937. The Ukrainian population decreased
        from 859,396 to 549,859" (1926, then 1937); None where the figure is no such end."""
        head = self.text[s_start:start]
        first = _FROM_END.search(head)
        second = None if first else _TO_END.search(head)
        if first is None and second is None:
            return None
        dated = None
        for j in range(i - 1, max(-1, i - 3), -1):  # the sentence before, or the one before that
            a, b = self.layout.sentence_at(j)
            if self.layout.paragraph(a) != self.layout.paragraph(s_start):
                break
            dated = _CHANGE_DATED.search(self.text, a, b)
            if dated is not None or self.periods_in(j):
                break
        if dated is None or self.periods_in(i):
            return None
        year = dated.group(1) if first else dated.group(2)
        return year, int(year), int(year)

    def _in_relative_clause(self, p: tuple[int, int, str, int, int]) -> bool:
        """Whether a period stands in a relative clause set off by a comma (", where …", ", when …")."""
        _, a, _ = self.layout.sentence(p[0])
        clause = _RELATIVE_OPEN.search(self.text, max(a, p[0] - 100), p[0])
        return clause is not None and not re.search(r"[;:.]", self.text[clause.end() : p[0]])

    def _alternative_year(self, p: tuple[int, int, str, int, int]) -> bool:
        """Whether a year is one of two offered in its stead ("some scholars include the years 1958 or 1962"):
        neither is a time the next sentences go on with."""
        return p[3] == p[4] and bool(
            _OR_YEAR_AFTER.match(self.text, p[1])
            or _YEAR_OR_BEFORE.search(self.text, max(0, p[0] - 12), p[0])
        )

    def carried(self, i: int, cross: bool = True) -> tuple[str, int, int] | None:
        """The period sentence ``i`` speaks of as a whole: its own last one, or the one before it carried
        (in the same paragraph); at the paragraph's start, with ``cross``, the period of its section's
        heading or of the paragraph before (see ``_paragraph_fallback``)."""
        memo = self._carried if cross else self._carried_local
        if i in memo:
            return memo[i]
        # Iterative, so a long paragraph without years does not recurse deeply.
        chain = []
        j = i
        result: tuple[str, int, int] | None = None
        while j >= 0 and j not in memo:
            # A year named by the one before ("A year later, Yagoda was on trial") is its sentence's own: the
            # next sentences go on with the story's time, not with the trial's.
            # (an event's head noun, "the famine", dates its own sentence only: the sentences after it go
            # on with the time before it)
            own = [p for p in self.periods_in(j) if p[0] not in self._relative_starts
                   and p[0] not in self._alias_starts
                   and not self._alternative_year(p) and not self._in_aside(p)]
            own = self._without_name_dates(own, self.layout.sentence_at(j)[0], -1)
            # "[… after about 1905, the Federation came to the forefront.]": a writer's aside in square
            # brackets hands its years on to no sentence after it; its own figures have them still (fig17k)
            own = [p for p in own if not self._in_square_aside(p)]
            if own and all(self._in_relative_clause(p) for p in own):
                # "…named after the Katyn forest, where the graves were first discovered in 1943.": the year
                # of a relative clause is not the time the next sentences go on with
                own = []
            if own and all(p[0] in self._now_starts for p in own):
                # "…, according to the website of the memorial that currently stands there.": the present
                # of a clause is no time the next sentences go on with (a present-tense one is dated anyway)
                result = None
                break
            if own:
                # The sentence's last period that is not a year measured against ("on 1920").
                best_rank = min(self._reference_year(p) for p in own)
                main = [p for p in own if self._reference_year(p) == best_rank]
                a, _ = self.layout.sentence_at(j)
                event = _EVENT_SUBJECT.match(self.text, a)
                named = [p for p in own
                         if event is not None and p[0] >= event.start("of") and p[1] <= event.end()]
                if named:  # a sentence about the famine of 1921–1922 hands on the famine's years
                    main = named
                # "…, up from 28 per cent in 2012.": another figure's year is not the one handed on, when the
                # sentence has one of its own (a dateline's)
                main = [p for p in main if not _FIGURES_OWN_YEAR.search(self.text, max(a, p[0] - 40), p[0])
                        ] or main  # fmt: skip
                # "…abolished prior to the end of the Civil War": a time measured against is not the time
                # the next sentences speak of.
                result = (main[-1][2], main[-1][3], main[-1][4]) if best_rank < 2 else None
                lasted = _LASTED_UNTIL.search(self.text, a, self.layout.sentence_at(j)[1])
                if lasted is not None and result is not None:
                    # "It started in Europe in 1347, and lasted until 1351.": the sentences after it go on
                    # in the span, not in its first year (fig17h)
                    first, last = int(lasted.group("a")), int(lasted.group("b"))
                    if 0 < last - first <= 30 and result[1] in (first, last):
                        result = (f"{first}–{last}", first, last)
                ahead = (main[-1][0] in self._dated_starts and self.year is not None
                         and main[-1][4] > self.year)
                if ahead and j < i:
                    # "targets for the next 15 years": a span ahead of the time of writing is a plan's, handed
                    # on to no sentence after its own (fig3)
                    result = None
                if best_rank == 1 and j < i:
                    # a name's years ("ended the civil war") are handed on to the next sentence only, not
                    # through sentences without a time of their own
                    result = None
                break
            chain.append(j)
            start, stop = self.layout.sentence_at(j)
            if _TOTAL_OF_ALL.search(self.text, start, stop):
                # "Snyder's estimate of the total number of Stalin's victims …": a sentence of a whole rule's
                # toll; the sentences after it go on with that, not with a year before it
                result = None
                break
            before_start = self.layout.sentence_at(j - 1)[0] if j > 0 else 0
            if j == 0 or self.layout.paragraph(start) != self.layout.paragraph(before_start):
                result = self._paragraph_fallback(j) if cross else None
                break
            j -= 1
        else:
            result = memo.get(j) if j >= 0 else None
        memo[j] = memo.get(j, result)
        for k in chain:
            memo[k] = result
        memo[i] = result
        return result

    def _heading_period(self, pos: int) -> tuple[str, int, int] | None:
        """The period of the section heading over ``pos`` (a single year or span written in it), or of the
        text's title line (a first line without a full stop, a blank line after it), or None."""
        heading = self.layout.heading_before(pos)
        if heading is None:
            title = _TITLE_LINE.match(self.text)
            heading = (0, title.end(1)) if title is not None and title.end() <= pos else None
        if heading is None or heading[0] <= pos < heading[1]:
            return None
        h_i = self.layout.sentence(heading[0])[0]
        own = [p for p in self.periods_in(h_i) if heading[0] <= p[0] and p[1] <= heading[1]
               and self._reference_year(p) == 0]  # fmt: skip
        if own:
            return own[-1][2], own[-1][3], own[-1][4]
        # ("… to the Seventeenth Party Congress (1934)": a year the period scan leaves to the congress)
        years = list(_YEAR_WHOLE.finditer(self.text, heading[0], heading[1]))
        return (years[-1].group(), int(years[-1].group()), int(years[-1].group())) if years else None

    def _paragraph_fallback(self, i: int) -> tuple[str, int, int] | None:
        """The period a paragraph without years of its own (sentence ``i`` opens it) speaks of: its section
        heading's ("Famine toll of 1946–47", "The Great Terror in Leningrad"), or else the one the paragraph
        just before it ended with ("…began on 23 February 1944." ¶ "…thousands died in the wagons")."""
        start, _ = self.layout.sentence_at(i)
        if self.layout.is_excluded(start, start + 1):
            return None
        heading = self.layout.heading_before(start)
        if heading is not None and heading[0] <= start < heading[1]:
            # a heading takes no period from what stands before it; a summary box's row ("Total deaths |
            # 15–55 million |", read as a heading) takes the box's "Period" row
            return self._period_row(start)
        level = 7
        while heading is not None:
            found = self._headings_own_period(heading)
            if found is not None:
                return found
            # "# Rwandan Genocide (1994)" over "## Historical Context" over the paragraph: a markdown
            # heading without a period of its own is under the one of a higher level before it
            hashes = _MD_HEADING.match(self.text, heading[0])
            if hashes is None or len(hashes.group(1)) >= level:
                break
            level = len(hashes.group(1))
            heading = self.layout.heading_before(heading[0])
            while heading is not None:
                above = _MD_HEADING.match(self.text, heading[0])
                if above is not None and len(above.group(1)) < level:
                    break
                heading = self.layout.heading_before(heading[0])
        # Not the paragraph before: an essay's next paragraph turns to another time as often as not (the
        # corpus essays' figures without a year are of none). But a narrative told day by day ("On the 7th
        # Buell brought 20,000 more." ¶ "Our loss in the two days' fight was 1,754 killed") goes on in the
        # year of the day the paragraph before ended with (fig17g).
        if i > 0:
            before = self.carried(i - 1, cross=False)
            if before is not None and _BARE_DAY_TEXT.fullmatch(before[0]):
                return before
            # "…we come up with a list that looks like this:" ¶ "Burnt at several places - 4": a paragraph
            # that ends with a colon introduces the next one (a list, a quotation), which goes on in its
            # time; so does a list right after such a list (fig17h)
            b_start, _ = self.layout.sentence_at(i - 1)
            if self.text[b_start:start].rstrip().endswith(":") or (
                self._list_paragraph(start) and self._list_paragraph(b_start)
            ):
                return self.carried(i - 1)
        return (self._year_line_period(start) or self._title_period(start) or self._period_row(start)
                or self._paragraph_event(i) or self._narrative_year(i))

    def _list_paragraph(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` is a list: three or more short lines, at least two of them ending
        with a number ("Frighted - 6", "Suddenly - 2")."""
        paragraph = self.layout.paragraph(pos)
        starts = self.layout.paragraph_starts
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(self.text)
        lines = [ln.strip() for ln in self.text[starts[paragraph] : end].splitlines() if ln.strip()]
        return (len(lines) >= 3 and all(len(ln) <= 90 for ln in lines)
                and sum(1 for ln in lines if re.search(r"\s\d{1,6}$", ln)) >= 2)

    def _paragraph_event(self, i: int) -> tuple[str, int, int] | None:
        """The years of the one dated event (see ``event_aliases``) a paragraph without a time of its own
        names ("The town burned in the fire of 1790." ¶ "Before the Fire the registers were kept weekly. In
        the next week 9 more people were listed."), or None: a paragraph that names no event, or two, goes
        on in no time (fig17h)."""
        aliases = self.event_aliases()
        if not aliases:
            return None
        start, _ = self.layout.sentence_at(i)
        paragraph = self.layout.paragraph(start)
        starts = self.layout.paragraph_starts
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(self.text)
        named: dict[tuple[int, int], str] = {}
        for pattern, first, last in aliases:
            m = pattern.search(self.text, start, end)
            if m is not None:
                named.setdefault((first, last), " ".join(m.group().split()))
        if len(named) != 1:
            return None
        (first, last), name = next(iter(named.items()))
        return name, first, last

    def _year_line_period(self, pos: int) -> tuple[str, int, int] | None:
        """The year a chronology writes alone on a line, between blank lines, over the entries that follow
        it ("1930" ¶ "30 JANUARY" ¶ "This resolution …"): the last such line before ``pos``, or None."""
        if self._year_lines is None:
            self._year_lines = [(m.start(1), m.group(1)) for m in _YEAR_LINE.finditer(self.text)]
        k = bisect.bisect_left(self._year_lines, (pos, "")) - 1
        if k < 0:
            return None
        year = self._year_lines[k][1]
        return year, int(year), int(year)

    def _period_row(self, pos: int) -> tuple[str, int, int] | None:
        """The span of years an encyclopedia's summary box gives in its "Period" or "Date" row near the
        text's top ("Period | 1959–1961 |", "Period 1943–44"): the period of the text's paragraphs that name
        no time (after the title's, when it names one), or None."""
        m = _PERIOD_ROW.search(self.text, 0, min(len(self.text), 1500))
        if m is None:
            return None
        first = last = int(m.group("a"))
        if m.group("b"):
            b = m.group("b")
            last = int(str(first)[: 4 - len(b)] + b) if len(b) < 4 else int(b)
        if last < first or last - first > 30:
            return None
        return m.group("span"), first, last

    def _title_period(self, pos: int) -> tuple[str, int, int] | None:
        """The span of years an event's title line names ("Soviet famine of 1946–1947", "The Bengal famine of
        1943"): the period of the whole text's paragraphs without a time of their own, or None. Only a title
        of an event ("X of YEAR", "X, YEAR–YEAR"), not any first line with a year."""
        title = _TITLE_LINE.match(self.text)
        if title is None or title.end() > pos:
            return None
        m = _TITLE_EVENT_YEARS.search(title.group(1))
        if m is None:
            return None
        first = int(m.group("a"))
        last = first
        if m.group("b"):
            b = m.group("b")
            last = int(str(first)[: 4 - len(b)] + b) if len(b) < 4 else int(b)
        if last < first or last - first > 10:
            return None
        return m.group().lstrip(" ,").removeprefix("of").strip(), first, last

    def _headings_own_period(self, heading: tuple[int, int]) -> tuple[str, int, int] | None:
        """The period a heading writes: its years in brackets, or else its own best period; or None."""
        bracketed = _bracketed_years(self.text[heading[0] : heading[1]])
        if bracketed is not None:
            # "### Collectivization (1928-1933)": the years the heading writes out in brackets (which the
            # period scan leaves, as "McAuley (50)", to citations) over a name's ("Russian Civil War
            # (1918-1922)" is 1918–1922 as written)
            return bracketed
        h_i = self.layout.sentence(heading[0])[0]
        own = [p for p in self.periods_in(h_i) if heading[0] <= p[0] and p[1] <= heading[1]]
        ranked = [p for p in own if self._reference_year(p) < 2]
        if ranked:
            best = min(self._reference_year(p) for p in ranked)
            main = [p for p in ranked if self._reference_year(p) == best]
            return main[-1][2], main[-1][3], main[-1][4]
        return None

    def _change_subject(self, s_start: int, pos: int) -> str:
        """The words before the verb of change that opens the clause before ``pos``, up to three, after its
        determiner: "Cement production" of "Cement production went up … from"; "" if none."""
        clause_at = s_start + max(self.text.rfind(";", s_start, pos), self.text.rfind(":", s_start, pos),
                                  s_start - 1) - s_start + 1
        verb = _CHANGE_IN_CLAUSE.search(self.text, clause_at, pos)
        if verb is None or _EARLIER_CHANGE.search(self.text, verb.end(), pos):
            # a change before this one in the clause ("…, that of Kazakhstan from"): its subject is not this
            return ""
        # The whole subject, however long ("The sown area of the collective farms of Ukraine more than
        # doubled"), without the adverbs before the verb and a time phrase opening the clause
        phrase = _ADVERBS_BEFORE_VERB.sub("", self.text[clause_at : verb.start()])
        phrase = _OPENING_ADVERBIAL.sub("", phrase)
        phrase = re.sub(r"^.*\b(?:that|which)\s+(?=\S)", "", phrase, flags=re.S)  # "suggest that Russia's …"
        words = _WORD.findall(phrase)[-8:]
        if not words:
            return ""
        # "The population of the RSFSR grew": the population; "the number of tractors rose": the tractors
        if "of" in words[1:]:
            cut = words.index("of", 1)
            words = words[cut + 1 :] if words[cut - 1].lower() in _SAYS_NOTHING else words[:cut]
        words = [w for w in words if w.lower() not in _STOP and not _is_verb_like(w.lower())]
        return " ".join(words[-3:])

    def _changed_in_clause(self, pos: int) -> bool:
        """Whether a verb of change opens the clause before ``pos`` ("Cement production went up almost
        threefold between 1928 and 1937, from 1.8 to 5.5 million tonnes"): its "from X to Y" is the change's
        two ends, not a range, unless the clause speaks of estimates that range."""
        s_start = self.layout.sentence(pos)[1]
        clause = self.text[s_start:pos]
        cut = max(clause.rfind(";"), clause.rfind(":"))
        clause = clause[cut + 1 :]
        return bool(_CHANGE_IN_CLAUSE.search(clause)) and not _RANGE_CUE.search(clause)

    def _change_end(
        self, start: int, end: int, period: str, first: int | None, last: int | None
    ) -> tuple[str, int | None, int | None]:
        """The end of a span a change's end is of: "Between 1926 and 1939 the urban population grew from 26
        million to 56 million" is 26 million in 1926 and 56 million in 1939."""
        if first is None or last is None or not 0 < last - first <= 30:
            return period, first, last
        text = self.text
        if _FROM_BEFORE.search(text, max(0, start - 24), start) and _TO_AFTER.match(text, end):
            return str(first), first, first
        if _FROM_TO_BEFORE.search(text, max(0, start - 60), start):
            return str(last), last, last
        i, s_start, _ = self.layout.sentence(start)
        span_before = any(p[1] <= start and (p[3], p[4]) == (first, last) for p in self.periods_in(i))
        if span_before and _REACHING_BEFORE.search(text, max(s_start, start - 40), start) and (
            _CHANGE_IN_CLAUSE.search(text, s_start, start)
        ):
            # "rose sharply between 1928 and 1940, reaching 155,000": where the change ended (the span
            # written before it in its sentence; one carried from before, or its own after it, is kept)
            return str(last), last, last
        return period, first, last

    def period_for(self, start: int, end: int, counted: str = "") -> tuple[str, int | None, int | None]:
        moved = _YEARS_MOVED.match(self.text, end)
        if moved:
            period, first, last = self._period_for(start, end, counted)
            if first is not None and last is not None and first == last:
                n = _SMALL_COUNTS.get(moved.group("n").lower()) or int(moved.group("n"))
                n *= 10 if moved.group("unit").lower().startswith("decade") else 1  # "24% a decade earlier"
                n = -n if moved.group("dir").lower() in ("earlier", "before") else n
                return f"{period} {' '.join(moved.group().split())}", first + n, last + n
            return period, first, last
        return self._period_for(start, end, counted)

    def _writing_year(self) -> int | None:
        """The year the text was written: the publication year given, or else the full date its opening
        names (a document's "Order …, 30 July 1937", "As of 1 December 1932"); None when unknown."""
        if self.year is not None:
            return self.year
        if self._opening_year == 0:
            starts = self.layout.sentence_starts
            opening = self.text[: self.layout.sentence_at(min(1, len(starts) - 1))[1]] if starts else ""
            dated = _FULL_DATE.search(opening[:300])
            self._opening_year = int(dated.group("y") or dated.group("y2")) if dated else None
        return self._opening_year

    def _period_for(self, start: int, end: int, counted: str = "") -> tuple[str, int | None, int | None]:
        i, s_start, s_end = self.layout.sentence(start)
        if _SAME_PERIOD.match(self.text, end, min(s_end, end + 80)):
            # "rose tenfold over the same period": the span of the years the sentence names
            spans = [p for p in self.periods_in(i) if self._reference_year(p) < 2]
            if len(spans) > 1:
                return (" … ".join(p[2] for p in spans), min(p[3] for p in spans), max(p[4] for p in spans))
        own = [
            p for p in self.periods_in(i)
            if not (p[0] < end and start < p[1])
            # "from a third in 1913 to 6 percent": 1913 is the other end's year
            and not (p[1] <= start and re.fullmatch(r"\s*to\s+", self.text[p[1]:start])
                     and re.search(r"\bfrom\b", self.text[s_start:p[0]], re.I))
            and not (p[0] >= end and _OTHER_FIGURES_YEAR.fullmatch(self.text, end, p[0])
                     and not self._paired_ahead(end))
            and not (p[0] >= end and self._beyond_other_figure(end, p[0]))
            and not self._in_aside(p, start, end)
            and not self._in_citation(p, start)
            # ("died, 21 percent of the country's 1975 population": the year of the base the share is of)
            and not (p[0] >= end and _BASE_POPULATION_YEAR.fullmatch(self.text, end, p[0])
                     and _POPULATION_AFTER.match(self.text, p[1]))
        ]
        own = self._without_name_dates(own, s_start, start)
        if any(p[0] in self._now_starts for p in own):
            # "were executed during Stalin's purges, according to the website of the memorial that currently
            # stands there": the present is the time of its own clause only, and of no past one
            c_start, c_end = self._clause(start, end, s_start, s_end)
            past = self._clause_past(start, end, s_start, s_end)
            own = [p for p in own if p[0] not in self._now_starts or (c_start <= p[0] < c_end and not past)]
        if own:
            # Periods of the figure's own clause first: "56% of delegates to the 1934 Congress had been
            # arrested before the 1939 one …; 60% of 1931 Party activists had been purged by 1937".
            c_start, c_end = self._clause(start, end, s_start, s_end)
            inside = [p for p in own if c_start <= p[0] and p[1] <= c_end]
            # "By March 1930 it reached 58 per cent; it fell back to 24 per cent, and only in 1937 …": a
            # clause without a year is of the time the sentence had reached, not of a later clause's
            earlier = [p for p in own if p[1] <= c_start]
            own = inside or earlier or own
            # "The Russian famine of 1921–1922 began in the spring of 1921 and killed 5 million": the period
            # of the event the sentence is about, not the date of its beginning, unless a year follows the
            # figure.
            event = _EVENT_SUBJECT.match(self.text, s_start, start)
            if event is not None:
                named = [p for p in own if p[0] >= event.start("of") and p[1] <= event.end()]
                right_after = [p for p in own if 0 <= p[0] - end <= 20 and self._reference_year(p) == 0]
                if named and not right_after:
                    return named[0][2], named[0][3], named[0][4]
            ranks = [self._reference_year(p) for p in own]
            if min(ranks) == 2 and len(own) > 1:
                # Only years measured against: "56% of delegates to the 1934 Congress had been arrested before
                # the 1939 one" is of 1934–1939.
                return (" … ".join(p[2] for p in own), min(p[3] for p in own), max(p[4] for p in own))
            # The nearest period of the sentence; one after the figure wins a tie ("6 million in 1933").
            best = min(own, key=lambda p: (self._reference_year(p), self._distance(p, start, end),
                                           p[0] < start))
            return best[2], best[3], best[4]
        per_year = _PER_YEAR_AFTER.match(self.text, end)
        if per_year is not None and _FROM_BEFORE.search(self.text[max(s_start, start - 24) : start]):
            per_year = None  # "fell from 41,000 a year to barely 3,000": the change's start, of its time
        if self._present_tense(start, end, s_start, s_end) and not _of_an_event(counted):
            # "Most European countries spend less than 2% of GDP on defense": a statement about the time of
            # writing, not about the year of the sentence before. That time is the publication year, or the
            # date a document opens with ("As of 1 December 1932 …; 428 have not begun delivering"), or
            # unknown. (A count of an event's victims is of the event's time whatever the tense: "have so far
            # identified 880,000 victims" of the famine the sentence before names.)
            writing = self._writing_year()
            return ("", None, None) if writing is None else (str(writing), writing, writing)
        if per_year is None and not self._sets_own_time(s_start, s_end) and not _LATER_OPENING.match(
            self.text, s_start
        ):
            # ("13 million abortions each year", "six million per year" with no year of their own: a rate of
            # no one year, not of the year before)
            b = self.layout.sentence_at(i - 1)[0] if i > 0 else -1
            parallel = self._parallel_change(start, s_start, i) if i > 0 else None
            if parallel is not None:
                return parallel
            if i > 0 and self.layout.paragraph(s_start) == self.layout.paragraph(b):
                before = self.carried(i - 1)
            else:
                before = self._paragraph_fallback(i)
            if before is not None:
                return before
        return "", None, None

    def _without_name_dates(
        self, own: list[tuple[int, int, str, int, int]], s_start: int, start: int
    ) -> list[tuple[int, int, str, int, int]]:
        """``own`` without the dates of a name in a relative clause, when the sentence has other periods: "In
        1709–1713, a plague epidemic that followed the Great Northern War (1700–1721) killed about 100,000"
        is of 1709–1713, and so are the sentences that go on with it (fig17j)."""
        asides = [p for p in own if self._name_dates_in_relative(p, s_start, start)]
        return [p for p in own if p not in asides] if asides and len(asides) < len(own) else own

    def _name_dates_in_relative(self, p: tuple[int, int, str, int, int], s_start: int, start: int) -> bool:
        """Whether period ``p`` stands in brackets right after a capitalised name inside a relative clause
        that does not hold the figure at ``start``: "an epidemic that followed the Great Northern War
        (1700–1721, Sweden v. Russia)"."""
        text = self.text
        opened = text.rfind("(", s_start, p[0])
        if opened < 0 or text.find(")", opened, p[0]) >= 0 or opened < start < p[1]:
            return False
        if not _NAME_END.search(text, max(s_start, opened - 40), opened):
            return False
        return _RELATIVE_TO_NAME.search(text, s_start, opened) is not None

    def _in_square_aside(self, p: tuple[int, int, str, int, int]) -> bool:
        """Whether period ``p`` stands inside square brackets opened and closed in its paragraph (not a note
        call "[12]")."""
        text = self.text
        a = self.layout.paragraph_starts[self.layout.paragraph(p[0])]
        opened = text.rfind("[", a, p[0])
        if opened < 0 or text.find("]", opened, p[0]) >= 0:
            return False
        closed = text.find("]", p[1])
        return closed >= 0 and "\n" not in text[p[1]:closed] and closed - opened > 20

    def _in_citation(self, p: tuple[int, int, str, int, int], start: int) -> bool:
        """Whether period ``p`` stands in a reference in square brackets (which may hold brackets of their
        own) that does not hold the figure at ``start``: "… died in the famine.[Jane Roe, [http://example.org
        "Grain and hunger"], "Daily Post", March 3, 2004]" dates the article cited, not the deaths (fig17o).
        A reference is a bracket with a web address, an ISBN or a quoted title."""
        text = self.text
        a = self.layout.paragraph_starts[self.layout.paragraph(p[0])]
        depth = 0
        opened = -1
        for k in range(p[0] - 1, max(a, p[0] - 600) - 1, -1):
            if text[k] == "]":
                depth += 1
            elif text[k] == "[":
                if depth == 0:
                    opened = k
                    break
                depth -= 1
        if opened < 0 or opened < start < p[0]:
            return False
        depth = 0
        closed = -1
        for k in range(p[1], min(len(text), p[1] + 600)):
            if text[k] == "[":
                depth += 1
            elif text[k] == "]":
                if depth == 0:
                    closed = k
                    break
                depth -= 1
        if closed < 0 or opened < start < closed:
            return False
        return _CITATION_MARK.search(text, opened, closed) is not None

    def _paired_ahead(self, end: int) -> bool:
        """Whether the figure ending at ``end`` shares its verb and time with a second figure joined by "and"
        ("Some 4,000 miners and 2,000 weavers were arrested in 1921")."""
        and_at = self.text.find(" and ", end, end + 40)
        return and_at >= 0 and _pair_with_next(self.text, end, and_at)

    def _beyond_other_figure(self, end: int, p_start: int) -> bool:
        """Whether a period after a figure belongs to another figure of a clause joined after it: "2-3
        million died in the camps and perhaps a million were shot during the Great Terror of the late
        1930s" (the Terror's years are the million's)."""
        joined = _JOINED_CLAUSE.search(self.text, end, p_start)
        if joined is None:
            return False
        if self._paired_ahead(end):
            return False  # "Some 4,000 miners and 2,000 weavers were arrested in 1921": one verb, one time
        if any(not _is_year(m) for m in _NUMBER.finditer(self.text, joined.end(), p_start)):
            return True
        if joined.group().strip() != ";":
            return False
        # "was about 8.5 million; by 1901, it was just 4.4 million": a clause after a semicolon whose year
        # comes before its own figure
        _, _, s_end = self.layout.sentence(p_start)
        stop = self.text.find(";", p_start, s_end)
        stop = s_end if stop < 0 else stop
        return any(not _is_year(m) for m in _NUMBER.finditer(self.text, p_start, stop))

    def _present_tense(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether the figure's clause states something in the present tense (or of what will or can be
        done now): "accounts for roughly 55%", "will cover barely 120,000 people"; not a past or
        conditional clause ("was", "had been", "would")."""
        c_start, c_end = self._clause(start, end, s_start, s_end)
        clause = _QUOTED.sub(" ", self.text[c_start:c_end])
        return bool(_PRESENT_VERB.search(clause)) and not _PAST_VERB.search(clause)

    def _clause_past(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether the figure's clause is in the past tense ("were executed", "had been")."""
        c_start, c_end = self._clause(start, end, s_start, s_end)
        return bool(_PAST_VERB.search(_QUOTED.sub(" ", self.text[c_start:c_end])))

    def _sets_own_time(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence sets its own time without a year (``_NO_CARRY``); "Scholars today estimate
        that …" does not: the present is the time of the estimate, not of what it counts."""
        sentence = _SAYING_NOW.sub(" ", self.text[s_start:s_end])
        return bool(_NO_CARRY.search(sentence))

    def _distance(self, p: tuple[int, int, str, int, int], start: int, end: int) -> int:
        """How far a period is from a figure, a comma between counting as 30 characters: "The summary,
        compiled in 1953, lists 681,692 people shot in 1937 and 1938" is of 1937–38."""
        between = self.text[p[1] : start] if p[1] <= start else self.text[end : p[0]]
        return min(abs(p[0] - end), abs(start - p[1])) + 30 * between.count(",")

    def _clause(self, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
        """The stretch of the sentence between the clause breaks around a figure (";", ", and", " – ")."""
        c_start, c_end = s_start, s_end
        for m in _CLAUSE_BREAK.finditer(self.text, s_start, s_end):
            if m.end() <= start:
                c_start = m.end()
            elif m.start() >= end:
                c_end = m.start()
                break
        return c_start, c_end

    def _reference_year(self, p: tuple[int, int, str, int, int]) -> int:
        """0 for a period written in years; 1 for a named one ("the first Five-Year Plan"); 2 for a year the
        figure is measured against, not the time it is of: "joined before 1917", "risen 23% on 1920", "the
        1934 Party Congress". A lower rank wins over a nearer period."""
        if _RU_DOCUMENT_DATE.search(self.text, max(0, p[0] - 70), p[0]):
            return 2  # «согласно справке МВД СССР от 11 декабря 1953 г.»: the document's date (fig17l)
        if p[0] in self._day_starts:
            return 0  # "on the 6th": the day's own time
        measured = _MEASURED_AGAINST.search(self.text[max(0, p[0] - 40) : p[0]])
        if measured and p[3] < p[4] and re.fullmatch(r"from\s+", measured.group(), re.IGNORECASE):
            measured = None  # "from 1904-1908": a span's opening word, not a year measured from (fig17k)
        if p[0] in self._dated_starts:
            return 2 if measured else 0  # "last year" is a year, written by the time of writing
        if not self.text[p[0]].isdigit() and not re.search(r"\d", p[2]):
            return 2 if measured else 1
        before = self.text[max(0, p[0] - 12) : p[0]]
        return 2 if (
            measured
            or (
                re.search(r"\b(?:the|a|of)\s+$", before, re.I)
                and re.match(r"\s+[A-Z]", self.text[p[1] : p[1] + 2])
            )
        ) else 0

    # --- what is counted ---------------------------------------------------------------------------------

    def counted(self, start: int, end: int, unit: str) -> str:
        text = self.text
        _, s_start, s_end = self.layout.sentence(start)
        row = self._box_row_label(start, end) or self._dash_entry_label(start, end)
        if row:
            return row
        line_start = text.rfind("\n", 0, start) + 1
        glued = _GLUED_LABEL.match(text, line_start, start) if start - line_start <= 80 else None
        if glued is not None and not re.match(r"\s+of\b", text[end : end + 6]) and not any(
            w.lower() in _STOP for w in glued.group("label").split()
        ):
            return glued.group("label")
        if unit == "per cent" and (of_gdp := _OF_GDP.match(text, end)) is not None:
            # "the deficit will rise to 3.7% of GDP", "military expenditure exceeded 9% of quarterly GDP",
            # "countries spend less than 2% of GDP on defense": a share of the economy measures the thing
            # the clause speaks of, not the economy
            measured = self._share_of_gdp(start, of_gdp.end(), s_start)
            if measured:
                return measured
        if unit == "per cent":
            # "household spending's share of GDP crept up to 41%", "with its share of GDP rising from 20%":
            # the share's owner is what the figure measures
            owner = self._share_owner(start, s_start, s_end)
            if owner:
                return owner
        before = text[max(s_start, start - 200) : start]
        after = text[end : min(s_end, end + 120)]
        # "Thousands of other [non-Orthodox] Christian leaders": an editor's insertion is not the phrase's end
        after = _INSERTION.sub(lambda m: " " * len(m.group()), after)
        np_match = _NP_AFTER.match(after)
        pos = np_match.end() if np_match else 0
        # "5 per cent of the 836 enterprises": what is counted is after the whole's number.
        # (a digit first: "Bevin (17%), Corran (12%)" has no whole after its comma)
        whole = re.match(r"\d[\d,.]*\s+", after[pos:]) if unit == "per cent" else None
        pos += whole.end() if whole else 0
        rate = _PER_TIME.match(after)
        if rate:  # "41,000 a year", "barely 3,000 last year": a rate or a time, not what is counted
            np_match = _NP_AFTER.match(after, rate.end())
            pos = np_match.end() if np_match else rate.end()
        words: list[str] = []
        rest_at = pos
        as_much = _AS_MUCH.match(after) if unit in ("times", "share") else None
        if as_much:
            # "3.5 times as much coal as in 1928", "twice as much steel plate as the old": what is multiplied
            words = as_much.group("np").split()
            pos = rest_at = len(after)
        elif unit == "times" and re.match(r"\s*(?:the|that|as|those)\b|\s*[A-Z][\w-]*['’]s?\b", after):
            pos = len(after)  # "were roughly ten times the usual level": what is counted is the subject
        for w in _WORD.finditer(after, pos):
            if after[pos : w.start()].strip(" \t\n\r-“”\"‘’*_"):
                break  # punctuation between: the phrase ended (markdown's "**Over 1.3 million** people": not)
            lw = w.group().lower()
            if lw == "of" and words and len(words) < 3 and "of" not in (x.lower() for x in words):
                nxt_word = re.match(rf"\s+(?:the\s+)?({_WORD_RE})", after[w.end():])
                if nxt_word and nxt_word.group(1).lower() not in _STOP:
                    words.append("of")
                    pos = w.end()
                    continue  # "inhabitants of the countryside"
            if lw == "the" and words and words[-1] == "of":
                pos = w.end()
                continue
            joins = words and len(words) < 4 and words[-1].lower() not in ("and", "or", "of")
            if lw in ("and", "or") and joins and re.match(rf"\s+{_CARD}\b", after[w.end() :], re.I):
                break  # "two hundred wagons and thirty pieces": another count begins (fig17h)
            if lw in ("and", "or") and joins:
                words.append(w.group())
                pos = w.end()
                continue  # "factory and office workers"
            per_head = re.match(r"\s+capita\s+(?!(?:and|or|the|a|an|in|of|to|for|by|was|is)\b)[^\W\d_]",
                                after[w.end() :])
            if lw == "per" and not words and unit in _MONEY_UNITS and per_head:
                words.append("per")  # "$16,000 per capita income": the income per head
                pos = rest_at = w.end()
                continue
            if lw == "such" and not words:
                pos = w.end()
                continue  # "roughly 10 million such laborers"
            if lw in ("deaths", "dead") and words and words[-1].lower() not in ("and", "or", "of"):
                # "7 million total famine deaths", "27 million Soviet dead": the deaths of the words before
                words.append("deaths")
                pos = rest_at = w.end()
                break
            if lw.endswith("ing") and not words and _ING_MODIFIER.match(after, w.end()):
                # "113,000 bombing sites", "300 training camps": an -ing word before a plural noun modifies it
                words.append(w.group())
                pos = rest_at = w.end()
                continue
            adverb_participle = (
                words and words[-1].lower().endswith("ly") and lw.endswith("ed")
                and _NOUN_NEXT.match(after, w.end()) is not None
            )
            if (lw in _STOP or _is_verb_like(lw) or lw in _EVENT_WORDS) and not adverb_participle:
                # ("59 million forcibly displaced people": a participle after an adverb modifies the noun)
                break
            words.append(w.group())
            pos = rest_at = w.end()
            if len(words) == 5:
                break
        if not words and unit in ("count", "people", ""):
            part_of = _PART_OF_THE.match(after)
            if part_of:
                # "88 of the most 'odious' perpetrators": a part of a whole the text does not number
                words = [w for w in _WORD.findall(part_of.group("np")) if w.lower() not in _STOP][:3]
                pos = rest_at = part_of.end()
        if len(words) > 1 and words[-1].lower() in _TRAILING_ADVERBS:
            words.pop()  # "400 individuals respectively", "6 people really died" (fig17h)
        noun = " ".join(words)
        while words and words[-1].lower() in ("and", "or", "of"):
            words.pop()
        if words and all(w[0].isupper() for w in words) and _SAID_AFTER.match(after, rest_at):
            # "the 180 million Stalin had announced": who said it, not what is counted
            words, rest_at = [], pos
        made_up = _MADE_UP_BEFORE.search(before) if unit in ("per cent", "share") else None
        if made_up:
            # "Ukrainians made up 16 per cent of the camps' prisoners": the part is the subject, and the
            # whole after "of" what it is a share of: both ("Ukrainians of camps' prisoners")
            part = [w for w in made_up.group(1).split() if w.lower() not in _STOP]
            if part:
                words = [*part, "of", *words] if words else part
        noun = " ".join(words)
        if words and noun.lower() not in _GENERIC:
            # "two million peasants, classified as kulaks, were deported": the event says what is counted.
            done = _DONE_TO.match(after, rest_at)
            died = _DIED_AFTER.match(after, rest_at)
            event = _event_after(after, rest_at)
            if event is None:
                event = _event_after_place(after, rest_at) or _event_after_pair(after, rest_at)
            if died and _is_people(noun) and unit in ("per cent", "share"):
                noun = f"{noun} who died"  # "38 per cent of all Kazakhs died": a share of the Kazakhs
            elif event and event[1]:
                # "67,297 prisoners died": the prisoners' deaths (of the camps, below), not deaths alone
                noun = f"{_singular(noun)} deaths"
                words = noun.split()
            elif event and noun.lower().split()[-1] not in _QUALIFIED - {"prisoners", "inmates"}:
                # "2,500 teachers were evacuated": teachers evacuated ("executions were ordered": an event
                # noun already names its event)
                noun = f"{noun} {event[0]}"
            elif done:
                noun = f"{noun} {(done.group('done') or done.group('participle')).lower()}"
        if (not words or noun.lower() in _GENERIC or noun.lower() in ("prisoners", "inmates")) and (
            _HELD_BEFORE.search(before)
        ):
            noun, words = "inmates", ["inmates"]  # "the camps and colonies together held 1,672,438 people"
        elif (not words or noun.lower() in _GENERIC) and _CENSUS_BEFORE.search(before):
            noun, words = "population", ["population"]  # "The 1937 census counted 162 million people"
        elif not words and unit in ("count", "people", ""):
            changed = _CHANGED_BY.search(before)
            if changed:  # "the arrest quotas were extended by 57,200"
                noun = _strip_determiners(changed.group(1))
                words = noun.split()
        by_the = _BY_THE.search(before) if not words else None
        if by_the:
            word = by_the.group(1)
            event = next((e for p, e in _EVENTS if p.fullmatch(word)), None)
            noun = event or word
            words = [noun]
        only_people = bool(words) and unit == "people" and noun.lower() in _GENERIC
        if not words or only_people:
            # ("Estimates of excess mortality in 1946–47 range between": a span of years between; «Людские
            # потери … оцениваются в 26–27 млн человек»: people say nothing of what is counted, for "put at")
            estimated = None if only_people else _ESTIMATES_OF.search(_INSERTED.sub(" ", before))
            named = None if only_people else _NAMED_BEFORE.search(before)
            put = None if named or estimated else _PUT_AT.search(before, max(0, len(before) - 160))
            if named:
                noun = _strip_determiners(next(g for g in named.groups() if g))
                if noun.lower() == "total" and _EVENT_AFTER_TOTAL.match(after):
                    noun = ""  # "A total of 350,000 were arrested": what the verb after says (below)
            elif estimated:
                # "Estimates of civilian deaths range from 632,000": what the estimates are of
                noun = _strip_determiners(estimated.group(1))
            elif put:
                # "Later studies put the loss of cattle during collectivization at about 45 per cent",
                # "Military deaths … are usually put at 126,000": what is put at the figure, without its
                # time or place ("during collectivization", "for 1942", "in the Winter War")
                phrase = _PUT_TAIL.sub("", put.group("np") or put.group("subject") or put.group("ru"))
                noun = _strip_determiners(_after_determiner(phrase))
                words = noun.split() if unit == "people" else words
        if unit == "times" and words and words[0].lower() in ("increase", "rise", "growth", "fall", "drop"):
            # "a tenfold increase in electricity production": what grew
            grew = re.match(rf"\s*(?:increase|rise|growth|fall|drop)\s+in\s+((?:{_WORD_RE}\s+){{0,2}}"
                            rf"{_WORD_RE})", after, re.I)
            words = grew.group(1).split() if grew else []
            noun = " ".join(words)
        of_these = unit in ("", "count") and (
            _OF_THESE_BEFORE.search(before[-40:]) is not None
            or _OF_THESE_OPENING.match(text, s_start) is not None
        )
        if (unit in ("per cent", "share") or of_these) and not words:
            # "only five percent had been members since the Revolution": the share is of members ("about
            # one-quarter are non-Han Chinese"); a part of a group named before too ("Of these, 2.1 million
            # are refugees"; not "of whom 3.3 million were Ukrainians who died", the Ukrainians' deaths)
            were = _PERCENT_WERE.match(after)
            if were and of_these and re.match(r"\s+who\b", after[were.end() :]):
                were = None
            if were:
                words = [were.group(1)]
                noun = were.group(1)
        if not words and unit in ("", "count", "people"):
            # "Leningrad grew from 1.6 million inhabitants in 1926 to 3.2 million": the change's end counts
            # what its start counts
            start_noun = _CHANGE_START_NOUN.search(before)
            if start_noun and not any(w in _STOP for w in start_noun.group(1).lower().split()) and not _unit(
                before, start_noun.start(1) - 1
            )[0]:
                noun = start_noun.group(1)
                words = noun.split()
        if not words and unit in ("per cent", "share", "", "count"):
            # "a steady rise in China's urban saving rate to 30%": what the change noun says changed (fig3)
            rise_in = _RISE_IN_TO.search(before[-110:])
            if rise_in:
                noun = _strip_determiners(rise_in.group("np"))
                words = noun.split()
        if words and unit in ("per cent", "share") and len(words) <= 3 and words[-1].lower() in _BASE_LEVELS:
            # "cultivated land had shrunk to 62% of the pre-war area", "the harvest was only about 37% of
            # normal": a share of a level measured against counts what fell or stood at it, the subject
            plain = _YEAR_OF.sub(" ", _INSERTED.sub(" ", before))
            subject = _SUBJECT_BEFORE.search(plain) if _SUBJECT_VERB_NEAR.search(plain[-90:]) else None
            if subject is not None and subject.group(1):
                noun = _strip_determiners(_after_determiner(subject.group(1)))
                words = noun.split() or words
        if not words and unit != "times":
            # "reduced the world population from an estimated 450 million to 350–375 million": what the verb
            # changes; "population figures from as high as 7 million": what the figures are of (fig17j)
            changed_from = _CHANGED_FROM_TO.search(before[-140:])
            if changed_from is None and (figures_of := _NOUN_FIGURES.search(before[-120:])) is not None:
                # (a noun of a quantity only: not "Official estimates of", "the government's estimate of")
                changed_from = figures_of if _is_quantity(figures_of.group("np")) else None
            if changed_from:
                noun = _strip_determiners(changed_from.group("np"))
                words = noun.split()
        if not words and (unit in ("per cent", "share") or unit in _MONEY_UNITS):
            # "it cuts spending by about 2%", "proposed raising military spending by $600 billion": what the
            # verb changes by the figure; "given annual inflation of at least 11%": what is of it (fig3)
            changed_by = _CHANGED_BY_VERB.search(before[-110:])
            of_rate = _RATE_OF.search(before[-60:]) if unit == "per cent" else None
            found_np = changed_by or of_rate or _RATE_LINKED.search(before[-90:])
            if found_np:
                noun = _strip_determiners(found_np.group("np"))
                words = noun.split()
        nameless = not words or noun.lower() in _GENERIC
        from_subject = False
        subject = None
        # «население составило 170,6 млн человек», "the workforce amounted to 46,000 people": people after a
        # verb of amount are the subject's count.
        people_of = unit == "people" and (not words or noun.lower() in _GENERIC)
        if unit != "ratio" and (people_of or (unit != "people" and not words)):
            # "Grain exports, which had been negligible in 1929, reached 4.8 million tonnes", "gross output in
            # 1933 was 2.5 times": the subject across a clause set off by commas or a year's phrase.
            # (a year inside the subject, "the mortality of 1933 was", is no word of it)
            plain = _YEAR_OF.sub(" ", _INSERTED.sub(" ", before))
            # The long pattern only where its verb is near the figure: tried at every word of 200
            # characters before each figure it cost a book a second.
            subject = _SUBJECT_BEFORE.search(plain) if _SUBJECT_VERB_NEAR.search(plain[-90:]) else None
            verb = (subject.group("verb") or "").lower() if subject else ""
            if subject and not (
                unit in ("", "count", "people")
                # (", and X from …", the pattern's second branch, has no verb)
                and verb in _ESTIMATE_VERBS | _BARE_VERBS
                # "the urban population of Russia was 18 million": a bare "was" after a quantity is its
                # figure ("the reason was 3,000 missing wagons" is not)
                and not (verb in _BARE_VERBS and _is_quantity(_before_per(plain, subject)))
            ):
                noun = _strip_determiners(_after_determiner(_before_per(plain, subject)))
                noun = re.sub(r"(?:\s+(?:currently|now|still|also|actually))+$", "", noun, flags=re.I)
                # "Russia's $2.3 trillion GDP was 14%": the magnitude of a figure before is no word of it
                noun = re.sub(r"^(?:(?:million|billion|trillion|thousand)\s+)+", "", noun, flags=re.I)
                measure = _IN_MEASURE.match(plain, subject.end("verb")) if subject.group("verb") else None
                if measure and noun:
                    noun = f"{noun} {measure.group(1).lower()}"
                words = noun.split() if people_of and noun else words
                from_subject = True
        if nameless and unit != "ratio" and (not noun or noun.lower() in _GENERIC or from_subject):
            # "The number of special settlers in the northern territories … fell from 1.3 million",
            # «Справка о численности ссыльных на 1 апреля 1935 г.: всего 512 тыс. человек»: the number's
            # noun (the seven words before the verb are not all of so long a subject); an entry of a list
            # is its own
            # (", and that of goats from 10 million": the second thing compared, not the number's noun)
            second = from_subject and subject is not None and subject.group(3)
            listed = _list_entry(before, s_start >= start - 200)
            number_of = "" if second or listed else _number_of(before[-150:])
            if number_of:
                noun = number_of
                words = noun.split() if unit == "people" or not words else words
        rate_of = re.match(r"\s+(?:per|for\s+every|to\s+every)\b", after[rest_at:]) if words else None
        if not words and not noun and unit not in ("ratio", "times") and (
            _FROM_BEFORE.search(before[-24:]) or _FROM_TO_BEFORE.search(before[-60:])
        ):
            # "Cement production went up almost threefold between 1928 and 1937, from 1.8 to 5.5 million
            # tonnes": the two ends of a change count what changed, the subject of its verb
            noun = self._change_subject(s_start, start)
        if (not words and not noun) or rate_of:
            # "The Kazakh population, 3.97 million in 1926, had fallen": the subject the figure stands beside;
            # "The fertility rate, 1.2 children per woman, reached": the rate, not the children
            apposed = _APPOSED.search(text, s_start, start)
            if apposed and _SUBJECT_VERB_AFTER.match(text, end):
                noun = _strip_determiners(apposed.group(1))
        done_earlier = _EVENT_BEFORE.search(before)
        lost = done_earlier is not None and (done_earlier.group(1) or "").lower() == "lost"
        lost_to = _LOST_TO_AFTER.match(after, rest_at) if lost else None
        if lost_to:
            # "Oklahoma alone lost 440,000 people to migration": not deaths, the migration (fig17k)
            done_earlier = None
            kept = "" if noun.lower() in _GENERIC else f"{noun} "
            noun = f"{kept}{lost_to.group(1).lower()}"
            words = noun.split()
        if done_earlier and words and words[0].lower() in _GENERIC:
            noun = words[0]  # «выселено 171 781 человек корейской национальности»: people, the verb says what
        elif done_earlier and noun and noun.lower() not in _GENERIC and not _DONE_TO.match(after, rest_at):
            # "deported some 400,000 Volga Germans", «депортировано около 400 тыс. поволжских немцев»
            # (a Russian verb without an English event noun stays as written: «раскулачено»)
            stem = next(g for g in done_earlier.groups() if g).lower()
            event = _DONE_EVENTS.get(stem) or _WORD.search(done_earlier.group()).group().lower()
            if stem == "lost" and _ARMY_LOSS.search(f"{before[-80:]} {noun}"):
                event = "losses"  # "Clive lost 900 soldiers": the soldiers lost, not their deaths (fig17h)
            noun = f"{noun} {event}"
        killed = _KILLED_BEFORE.search(before[-60:]) if unit in ("people", "count", "") else None
        if killed and (not noun or noun.lower() in _GENERIC):
            # "a famine that consumed millions", "claimed 90,000 lives", "took the lives of 5,000": deaths
            # ("took 5,000 prisoners", "cost 2 million roubles": "took" and "cost" only with lives)
            weak = re.match(r"(?:took|taking|cost|costing)\b", killed.group(), re.I) and (
                "lives" not in killed.group()
            )
            if not weak or noun.lower() == "lives":
                noun = "deaths"
        elif killed and "lives" in killed.group() and _is_people(noun) and len(noun.split()) <= 5:
            # "claimed the lives of an estimated 800,000 Tutsis": the Tutsis' deaths
            first = noun.split(" and ")[0]
            noun = f"{_singular(first)} deaths"
        if not noun or noun.lower() in _GENERIC:
            # "700,000 were executed", "six million dead", "six million people died": the event counts.
            done_before = done_earlier
            # The verb after the number ("700,000 were executed", "of them were shot") or after the words
            # that open its phrase ("a fifth of those deported").
            for rest in (after[rest_at if noun else 0 :], after[rest_at:]):
                verb = _VERB_AFTER.match(rest)
                tail = rest[verb.end() if verb else 0 :]
                event_of = next((e for p, e in _EVENTS if p.match(tail)), None)
                if event_of:
                    break
            acted = _ACTED_AFTER.match(after, rest_at if noun else 0)
            both = _event_after(after, rest_at if noun else 0)
            if both and not both[1] and " " in both[0]:
                noun = both[0]  # "were arrested or deported": both events, not the first alone
            elif event_of:
                noun = event_of
            elif acted and not done_before:
                # "7 million people moved to Russia", "665,000 fled", "1.4 million people were evacuated"
                noun = acted.group("verb").lower()
            elif both and not both[1] and not done_before and unit in ("people", "count", ""):
                # "more than 1,600 people were prosecuted", "thousands of people are imprisoned": any event a
                # passive names, not only the ones listed
                noun = both[0]
            else:
                if done_before:
                    # "the NKVD arrested 1,548,366 people": the verb before the number
                    stem = next(g for g in done_before.groups() if g).lower()
                    army = stem == "lost" and _ARMY_LOSS.search(f"{before[-80:]} {noun}")
                    noun = _DONE_EVENTS.get(stem) or _WORD.search(done_before.group()).group().lower()
                    if army:
                        # "the army lost 7,000 men": an army's losses (killed, wounded, missing, captured),
                        # not deaths (fig17g's convention, fig17h)
                        noun = "losses"
                elif (
                    (other_event := _EVENT_NOUN_OF.search(before[-40:])) is not None
                    and not other_event.group(1).lower().startswith("death")
                ):
                    # "the deaths of 1.5 million … and the evacuation of 1.4 million more": the nearer event
                    noun = other_event.group(1).lower()
                    noun = noun if noun.endswith("s") or noun in ("exile", "resettlement") else f"{noun}s"
                elif (harmed := _HARMED_BEFORE.search(before[-40:])) is not None:
                    # "killing 170 people and infecting thousands", "killed 8,000 and wounded 5,000": the
                    # nearer verb's harm, not the deaths before it (fig17j)
                    noun = f"{harmed.group(1).lower()}ed"
                elif _DEATH_BEFORE.search(before[-90:]) and not _OTHER_VERB.match(tail):
                    noun = "deaths"  # "perhaps 1.5 million died, and hundreds of thousands fled": not deaths
            whole = _OF_THE_WHOLE.search(before)
            if whole and noun and noun.lower() not in _GENERIC:
                # "Of the 1,966 delegates to the Congress, 1,108 were arrested": delegates arrested; "Of the
                # 3 million prisoners of war held …, 380,000 died": the prisoners of war's deaths
                whole_np = _whole_phrase(before[whole.start(1):])
                if noun == "deaths" and whole_np:
                    noun = f"{_singular(whole_np)} deaths"
                else:
                    noun = f"{whole_np or whole.group(1)} {noun}"
        if not noun and unit not in ("people", "count", "", "per cent", "share", "times", "ratio"):
            # "the state farms sowed 12.1 million hectares", "the mines produced 64 million tonnes": a
            # measure after the verb that made it counts what the verb made
            acted_before = _ACTED_BEFORE.search(before[-40:])
            if acted_before and acted_before.group(1).lower() not in _REPORTING:
                # (as a participle: "sowed" → the area sown)
                verb = acted_before.group(1).lower()
                noun = _PARTICIPLES.get(verb, verb)
        event_of = _EVENT_NOUN_OF.search(before[-40:]) if unit in ("people", "count", "") else None
        if event_of and (not noun or noun.lower() in _GENERIC):
            # "ended in the arrest of 21,300 people": the event's noun, the people it befell
            noun = event_of.group(1).lower()
            noun = noun if noun.endswith("s") else f"{noun}s"
        elif event_of and _is_people(noun) and not _is_event_noun(noun) and len(noun.split()) <= 3:
            # "caused the deaths of some 40,000 Kalmyks": the Kalmyks' deaths, not the Kalmyks
            event = event_of.group(1).lower()
            if not event.endswith("s") and event not in ("exile", "resettlement", "imprisonment"):
                event = f"{event}s"
            noun = f"{_singular(noun)} {event}"
        if unit in ("people", "count", ""):
            own_words = noun.split()
            if len(own_words) > 1 and own_words[0].lower() in _GENERIC and own_words[1].lower() in (
                _PREPOSITIONS | {"along", "across", "of"}
            ):
                noun = own_words[0]  # "20 million people along religious lines": people
            clause_verb = _PEOPLE_THEN_VERB.match(after)
            if clause_verb and set(noun.lower().split()) <= set(clause_verb.group("np").lower().split()):
                verb = clause_verb.group("verb").lower()
                if verb in _DIED_VERBS or clause_verb.group("lost") == "lives":
                    noun = "deaths"
                elif clause_verb.group("lost"):
                    noun = f"lost {clause_verb.group('lost')}"
                elif verb not in _NOT_EVENTS | {"suffered", "experienced", "met"}:
                    noun = verb  # ("people suffered unnatural deaths": the deaths, below)
        if noun and noun.lower() in _GENERIC and unit in ("people", "count", ""):
            predicate = _WERE_NOUN.match(after, rest_at)
            if predicate and predicate.group(1).split()[-1].lower() not in _NOT_PREDICATE_NOUNS:
                noun = predicate.group(1)  # "some 3.1 million persons were refugees": the refugees
        says_nothing = not noun or noun.lower() in _GENERIC or noun.lower() == "total"
        if says_nothing and unit in ("people", "count", ""):
            # "the commissariat employed about 40,000 people", "some 2,000 people gathered": people named by
            # nothing but what they did or had done to them ("A total of 350,000 were arrested" too)
            acted_before = _ACTED_BEFORE.search(before[-40:])
            acted_after = _ACTED_AFTER_PEOPLE.match(after, rest_at if noun else 0)
            verb = (acted_after or acted_before).group(1).lower() if (acted_after or acted_before) else ""
            suffered = _SUFFERED_DEATHS.match(after, acted_after.end()) if acted_after else None
            if suffered and verb in ("suffered", "experienced", "met"):
                # "four to five million people suffered unnatural deaths": the deaths they suffered
                noun = " ".join(suffered.group(1).split())
            elif verb and verb not in _NOT_EVENTS and not _is_event_noun(noun):
                noun = verb
        if (not noun or noun.lower() in _GENERIC) and unit in ("people", "count", "", "per cent"):
            noun = self._copular_subject(before) or noun
        if not noun:
            noun = _list_entry(before, s_start >= start - 200)
        along = _ALONG_WITH.search(before) if noun else None
        if along and not any(p.match(after, rest_at) for p, _ in _EVENTS):
            # "Huge sections of the élite perished, along with millions of ordinary people"
            noun = f"{noun} {' '.join(along.group(1).lower().split())}"
        if noun.split()[-1:] == ["sentenced"] and _TO_DEATH.match(text, end, min(s_end, end + 60)):
            noun = f"{noun} to death"  # "sentenced 2,300 people to death": the sentence is part of the event
        labelled = _COLON_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
        if labelled and labelled.group("name").strip().lower() not in _NOT_LABELS and (
            labelled.group("name").split()[0].lower() not in _STOP  # "In the end: 3 million" is no label
        ):
            # "- Horses: 34 million → 16 million", "Gulag deaths: 1.5-1.7 million": a list's label names what
            # its figures count, where the figure's own words say less ("deaths" of "Dekulakization deaths")
            name = " ".join(labelled.group("name").split())
            own = set(counted_key(noun).split())
            if not noun or noun.lower() in _GENERIC or (own and own < set(counted_key(name).split())):
                # ("### Executions by region" over "- Leningrad: 40,000": its executions)
                named_event = set(counted_key(name).split()) & _EVENT_CONCEPTS
                lead = "" if named_event else self._block_lead(start)
                noun = f"{name} {lead}" if lead else name
        bracketed = not noun and unit in ("", "count", "people")
        bracket = _BRACKET_LABEL.search(before[-40:]) if bracketed else None
        if bracket and bracket.group(1).lower() not in _STOP:
            noun = bracket.group(1)  # "Slavutych (population 28,000)", "(pop. 12,000)"
        if not noun and unit in _MONEY_UNITS:
            # Money: "$100 million in revenues", "a loan of $585 million", "to provide $215 million"
            in_what = _MONEY_IN_AFTER.match(after)
            of_what = _MONEY_OF_BEFORE.search(before[-60:])
            paid = _MONEY_VERB_BEFORE.search(before[-40:])
            if in_what:
                noun = in_what.group(1)
            elif of_what:
                words = of_what.group(1).split()
                if len(words) == 2 and (words[0].lower() in _STOP or _is_verb_like(words[0].lower())):
                    words = words[1:]  # "a loan of", "with a loan of": the loan
                noun = " ".join(words)
            elif paid:
                noun = paid.group(1).lower()
            elif _COST_BEFORE.search(before[-60:]):
                noun = "cost"  # "it costs the city about $400", "the cost is at least $900" (fig3)
            elif (rate_after := _MONEY_RATE_AFTER.match(after)) is not None:
                # "lived on less than $2 a day", "oil sold at $30 per barrel": the rate is what is counted
                noun = f"per {rate_after.group(1).lower()}"
        if (not noun or noun.lower() in _GENERIC) and unit in ("people", "count", ""):
            # "**Death Toll Estimates**:" over a table of "| Conquest (1986) | 7 million |": what the block's
            # lead line or its section's heading names, where that is an event (deaths, executions …)
            noun = self._table_cell_noun(start) or self._block_lead(start) or noun
        low = noun.lower()
        if low in _QUALIFIED and noun:
            if re.search(r"\bquotas?\b", before, re.I):
                return f"{noun} quota"
            qualifier = self.qualifier(start, low)
            if qualifier:
                return f"{qualifier} {noun}"
        return noun

    @staticmethod
    def _copular_subject(before: str) -> str:
        """The head of the subject of the copular clause that ends at the figure: "The population of the
        valley on the eve of the drought was about" → "population"; "The total evacuated by the fleets could
        be closer to" → "evacuated"; "" for a pronoun, a quantity word alone, or no such clause (fig17f)."""
        clause = before[max(before.rfind(c) for c in ",;:()—–\n") + 1 :]
        m = _COPULA_BEFORE.search(clause)
        if m is None:
            return ""
        words = m.group("np").split()
        if any(re.fullmatch(r"\d[\d,.]*", w) and not re.fullmatch(r"1\d{3}|20\d{2}", w) for w in words):
            # "held 57.5 per cent of peasant households in the RSFSR and as many as 90 per cent": a clause
            # with a figure of its own before is no subject of the copula
            return ""
        if words and words[0].lower() in _PREPOSITIONS and words[0].lower() != "with":
            # "In that year the number of emigrants was": the subject starts at its determiner
            # ("From the 15th of June to the 31st October the cases in London were": not a date's "the")
            at_the = next((i for i, w in enumerate(words[:-1]) if w.lower() in ("the", "its", "their")
                           and not any(ch.isdigit() for ch in words[i + 1])), None)
            if at_the is None:
                return ""
            words = words[at_the:]
        openers = _NP_OPENERS | _SUBJECT_ADVERBS
        while words and (words[0].lower() in openers or words[0].lower().endswith("ly")):
            words = words[1:]  # "Generally the estimates are": no adverb opens the subject
        head: list[str] = []
        for w in words:
            lw = w.lower()
            if lw in _NP_ENDS or _PAST_VERB.fullmatch(lw):
                break
            head.append(w)
        rest = words[len(head) :]
        if not head or len(head) > 4 or head[0].lower() in _PRONOUNS | _GENERIC | {"there", "here"}:
            return ""
        if any(w.lower().startswith("estimate") for w in head):
            return ""  # "the estimates are between …": estimates name nothing (the figure before does)
        if any(ch.isdigit() for w in head for ch in w):
            return ""
        if head[0].lower() in _SUBJECT_SAYS_NOTHING:
            if len(head) > 1:
                return " ".join(head[1:])  # "The total displaced": the displaced
            if len(rest) > 1 and rest[0].lower() == "of":
                noun = rest[2] if rest[1].lower() == "the" and len(rest) > 2 else rest[1]
                return "" if noun.lower() in _NP_ENDS else noun  # "the number of emigrants"
            return ""
        return " ".join(head)

    def _box_row_label(self, start: int, end: int) -> str:
        """The label of a summary box's row the figure ends ("Total deaths 1.5 to 4 million", "Casualties
        15 million (official)"): a line of a few capitalised words, the figure and at most a bracket; what
        the next line says is no part of it. "" where the line is no such row."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0 or start - line_start > 40:
            return ""
        label = _ROW_LABEL.fullmatch(text, line_start, start)
        if label is None or not _ROW_TAIL.fullmatch(text, end, line_end):
            return ""
        words = label.group(1).split()
        if any(w.lower() in _STOP or w.lower() in _APPROX_WORDS or _is_verb_like(w.lower()) for w in words):
            return ""
        return " ".join(words)

    def _dash_entry_label(self, start: int, end: int) -> str:
        """What a register's entry counts, a line "Label - N" ending with the figure ("Burnt at several
        places - 4", "Frighted - 6", "Burnt two, one at St. Botolph Aldersgate - 2"): the label's words before
        its first comma or preposition (fig17h); "" where the line is no such entry."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if start - line_start > 100 or text[end:line_end].strip():
            return ""
        entry = _DASH_ENTRY.fullmatch(text, line_start, start)
        if entry is None:
            return ""
        words = []
        for w in entry.group("label").split(",")[0].split():
            if w.lower() in _ENTRY_STOPS or w.lower() in _CARD_WORDS:
                break
            words.append(w)
        if not words or len(words) > 3 or not words[0][0].isupper():
            return ""
        return " ".join(words)

    def _share_of_gdp(self, start: int, after: int, s_start: int) -> str:
        """What a share "of GDP" measures: what is spent "on" after it, or the subject before its verb
        ("non-defense spending amounted to", "its sovereign debt of only"); "" when neither is written (or
        the subject is a pronoun)."""
        spent_on = _SPENT_ON.match(self.text, after)
        if spent_on is not None:
            return _strip_determiners(spent_on.group(1))
        c_start = max(s_start, self.text.rfind(",", s_start, start) + 1,
                      self.text.rfind(";", s_start, start) + 1)
        subject = _SHARE_SUBJECT.search(self.text, max(c_start, start - 120), start)
        if subject is None:
            return ""
        phrase = _strip_determiners(_OPENING_ADVERBIAL.sub("", subject.group("np")))
        if not phrase or phrase.lower() in _PRONOUNS:
            return ""
        return phrase

    def _share_owner(self, start: int, s_start: int, s_end: int) -> str:
        """The owner of a share "of GDP" named in the figure's sentence: "X's share of GDP" (or "its/their
        share", then the sentence's subject) before the figure in its clause, or just after the opening
        participle clause the figure stands in ("Before peaking at 40% of GDP in 2008, household debt's share
        of GDP had grown"); "" when none is written."""
        text = self.text
        c_start = max(s_start, text.rfind(";", s_start, start) + 1)
        shares = list(_OWNED_SHARE.finditer(text, max(c_start, start - 160), start))
        owned = shares[-1] if shares else None
        if owned is None and _OPENING_PARTICIPLE.match(text, s_start) and "," not in text[s_start:start]:
            comma = text.find(",", start, s_end)
            if comma > 0:
                owned = _OWNED_SHARE.match(text, comma + 2) if text[comma + 1 : comma + 2] == " " else None
        if owned is None:
            return ""
        if owned.group("pron"):
            return self._sentence_subject(s_start, owned.start())
        words = owned.group("owner").split()
        while words and (words[0].lower() in _STOP or _is_verb_like(words[0].lower())):
            words = words[1:]  # "with household debt's share": not the preposition
        return " ".join(words)

    def _sentence_subject(self, s_start: int, end: int) -> str:
        """The words that open the sentence, up to its first verb (at most six): "The performance of the
        services sector has been …" → "performance of the services sector"; "" when a verb does not come."""
        words: list[str] = []
        prev_end = s_start
        for w in _WORD.finditer(self.text, s_start, end):
            lw = w.group().lower()
            if lw in _SUBJECT_END_WORDS or (words and _is_verb_like(lw)):
                return _strip_determiners(" ".join(words))
            if words and re.search(r"[,;:()]", self.text[prev_end : w.start()]):
                return ""  # an opening phrase, not the subject
            words.append(w.group())
            prev_end = w.end()
            if len(words) > 6:
                return ""
        return ""

    def _table_cell_noun(self, pos: int) -> str:
        """What a markdown table says the figure at ``pos`` counts: its column's header ("| Source | Deaths
        |"), or, under a header that says nothing ("Number"), the row's first cell where the first column
        names things ("| Metric | Number |" over "| Estimated prisoners | 20,000+ |"); or ""."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if not line.lstrip().startswith("|"):
            return ""
        at, header = line_start, None
        for _ in range(80):  # up through the rows to the separator under the header
            if at == 0:
                return ""
            above = text.rfind("\n", 0, at - 1) + 1
            row = text[above : at - 1]
            at = above
            if not row.lstrip().startswith("|"):
                return ""
            if _TABLE_RULE.fullmatch(row.strip()):
                head_start = text.rfind("\n", 0, max(0, above - 1)) + 1
                header = text[head_start : max(0, above - 1)]
                break
        if header is None:
            return ""
        heads = [c.strip().strip("*_ ") for c in header.strip().strip("|").split("|")]
        column = line[: pos - line_start].count("|") - 1
        if not 0 <= column < len(heads):
            return ""
        cells = [c.strip().strip("*_ ") for c in line.strip().strip("|").split("|")]
        head = heads[column]
        if head and head.lower() not in _TABLE_SAYS_NOTHING and counted_key(head):
            return head
        if column > 0 and heads[0].lower() in _TABLE_ROW_NAMES and cells and not re.search(r"\d", cells[0]):
            return cells[0]
        return ""

    def _block_lead(self, pos: int) -> str:
        """What the lead line ("… Estimates:") of the list or table holding ``pos``, or else its section's
        heading, names, when that is an event a figure counts ("Death Toll Estimates"); or ""."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        if not _BLOCK_LINE.match(text, line_start):
            return ""
        at = line_start
        for _ in range(40):  # up through the block's lines
            if at == 0:
                return ""
            above = text.rfind("\n", 0, at - 1) + 1
            line = text[above : at - 1]
            at = above
            if _BLOCK_LINE.match(line) or not line.strip():
                continue
            lead = line.strip().strip("*_ ").rstrip(":").strip("*_ ")
            if line.rstrip().endswith(":") and set(counted_key(lead).split()) & _EVENT_CONCEPTS:
                return _LEAD_TAIL.sub("", lead).strip()
            break
        heading = self.layout.heading_before(line_start)
        if heading is None:
            return ""
        name = _LEAD_TAIL.sub("", text[heading[0] : heading[1]].strip().lstrip("#").strip()).strip()
        return name if set(counted_key(name).split()) & _EVENT_CONCEPTS else ""

    def qualifier(self, pos: int, noun: str) -> str:
        """The famine, the Gulag or the terror, when the figure's sentence (or the one before it, in the same
        paragraph) speaks of one that can qualify ``noun``."""
        i, s_start, s_end = self.layout.sentence(pos)
        paragraph = self.layout.paragraph(s_start)
        if _TOTAL.search(self.text, s_start, s_end):
            # "Estimates for total death tolls of collectivisation, industrialisation and terror": a total
            # of several, not the terror's.
            return ""
        # The figure's own sentence first, then back through its paragraph: the nearest mention wins.
        candidates = [(p, q) for p, q, nouns in _QUALIFIERS if noun in nouns]
        found = [(m.start(), q) for p, q in candidates for m in p.finditer(self.text, s_start, s_end)]
        if found:
            return min(found, key=lambda f: abs(f[0] - pos))[1]
        j = i - 1
        while j >= 0 and i - j <= 8:
            a, b = self.layout.sentence_at(j)
            if self.layout.paragraph(a) != paragraph:
                break
            found = [(m.start(), q) for p, q in candidates for m in p.finditer(self.text, a, b)]
            if found:
                return max(found)[1]
            j -= 1
        return ""

    # --- one figure ----------------------------------------------------------------------------------------

    def figures(self) -> list[Figure]:
        text = self.text
        found: list[Figure] = []
        matches = scan(_NUMBER, text, _NUMBER_STARTS)
        skip_until = -1
        bracketed = self._bracketed_counts() if "(" in text else {}
        for index, m in enumerate(matches):
            if m.start() < skip_until:
                continue
            if m.start() in bracketed:
                found.append(bracketed[m.start()])
                skip_until = m.end()
                continue
            if self.layout.is_excluded(m.start(), m.end()):
                continue
            if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]" and re.fullmatch(
                r"\d{1,3}", m.group()
            ):
                continue  # "530,000–600,000[1]to 5,000,000": a note call, glued to the next word too (fig17f)
            if _is_year(m):
                # A year, and the span of years it opens ("1932-33", "1926-7"): never figures.
                # ("1939 — 50,502" is a table's row: a year and a figure, not a span)
                # (a line break only after the dash: "by 1936" closing a bullet and "- 12 million" opening
                # the next are no span)
                span = re.match(r"[ \t]*[-–—/]\s*\d{1,4}(?!\d|[,.]\d)", text[m.end():m.end() + 8])
                if not _looks_like_quantity(text, m.end()):
                    skip_until = m.end() + (span.end() if span else 0)
                    continue
            figure = self._read(m, matches, index)
            if figure is None:
                continue
            fig, consumed_to = figure
            skip_until = consumed_to
            found.append(fig)
        return [self._of_the_lead_event(self._with_rate(f)) for f in _same_value_again(self._inherit(found))]

    def _of_the_lead_event(self, f: Figure) -> Figure:
        """A toll with no time of its own, in a text whose first sentence names and dates its event ("The
        RUSSIAN CIVIL WAR (… 1917 – … 1922) was …"), is of that event: "estimates of executions range from
        12,733 to 1.7 million" in its section on casualties (fig17k). A statement of another kind ("100,000
        children are in the province") keeps none."""
        if f.period_start is not None:
            return self._carried_into_lead_span(f)
        if not _TOLL_COUNTED.search(f.counted):
            return f
        self.defined_names()
        if self._lead_event is None:
            return f
        name, (first, last) = self._lead_event
        return replace(f, period=name, period_start=first, period_end=last)

    def _carried_into_lead_span(self, f: Figure) -> Figure:
        """A toll whose sentence names no time, dated only by a single year carried from two or more sentences
        back that lies inside the span of the text's defining event, is of the whole event: "The purge lasted
        from 1960 to 1964. In 1962 the party renamed itself. … This left 40 percent of the clergy dead" counts
        the purge's dead, not 1962's (fig17o). A sentence with a time of its own, a year from the sentence
        right before, or a carried year outside the span keeps its period."""
        if f.period_start != f.period_end:
            return f
        i, s_start, s_end = self.layout.sentence(f.start)
        if self.periods_in(i) or not _TOLL_COUNTED.search(self.text, s_start, s_end):
            return f
        # (a year from the sentence right before, or a month the sentence names, is the story's own time:
        # "… the first months of 1665. By the end of April, deaths per week had risen to 398" (fig17j))
        if i == 0 or self.periods_in(i - 1) or _MONTH_WORD.search(self.text, s_start, s_end):
            return f
        self.defined_names()
        if self._lead_event is None:
            return f
        name, (first, last) = self._lead_event
        if first == last or not first <= f.period_start <= last:
            return f
        return replace(f, period=name, period_start=first, period_end=last)

    def _bracketed_counts(self) -> dict[int, Figure]:
        """Counts in brackets after the names of a list ("the parishes of St Mary Woolnoth (2), St Botolph
        Aldgate (4); and St Giles Cripplegate (1)"), which the structure reads as note calls: two or more such
        items in one sentence, after a count of something named before them in the sentence ("these seven
        frightened deaths"), are figures of that thing (fig17i). Not "(1603)" (a year), not "(3)" opening a
        line, not a list where nothing counted is named ("the Housing Act (3), … Smith v Jones (4)")."""
        text = self.text
        items = []
        after = 0
        for bracket in _BRACKET_COUNT.finditer(text):  # (the brackets first: a name search is slow on a book)
            item = _NAME_COUNT.search(text, max(after, bracket.start() - 80), bracket.end())
            after = bracket.end()
            if item is not None and item.end() == bracket.end() and _ITEM_END.match(text, item.end()):
                items.append(item)
        out: dict[int, Figure] = {}
        i = 0
        while i < len(items):
            run = [items[i]]
            while i + len(run) < len(items):
                nxt = items[i + len(run)]
                gap = text[run[-1].end() : nxt.start("name")]
                if not _NAME_LIST_GAP.fullmatch(gap):
                    break
                run.append(nxt)
            i += len(run)
            if len(run) < 2:
                continue
            sent_start = self.layout.sentence(run[0].start())[1]
            lead = text[sent_start : run[0].start()]
            noun = None
            for c in _COUNT_NOUN_BEFORE.finditer(lead):
                noun = c
            if noun is None:
                continue
            counted = " ".join(noun.group("noun").split()).lower()
            for item in run:
                a, b = item.span("n")
                period, p_start, p_end = self.period_for(a, b, counted)
                out[a] = Figure(a, b, float(item.group("n")), None, None, "", "people" if _is_people(counted)
                                else "count", counted, period, p_start, p_end, "count", None)
        return out

    def _with_rate(self, f: Figure) -> Figure:
        """A figure per unit of time counts its noun per that time: "around 3,200 per month - died" counts
        deaths per month, not deaths (fig3); one whose noun already says a rate is left as it is."""
        rate = _RATE_AFTER.match(self.text, f.end)
        if rate is None or not f.counted or "per" in f.counted.lower().split():
            return f
        return replace(f, counted=f"{f.counted} per {rate.group(1).lower()}")

    def _russian_year_entry(self, made: list[Figure], k: int, year_dash: re.Match[str]) -> Figure:
        """A Russian entry «в 1937 г. — 353 074», «В 1943-м — 267 826» (fig17l): the year before the dash is
        the figure's time, and a figure that names nothing counts what the figure before it counted (in its
        sentence or the one before)."""
        f = made[k]
        year = int(year_dash.group("year"))
        f = replace(f, period=year_dash.group("year"), period_start=year, period_end=year)
        if f.counted and f.counted.lower() not in _GENERIC | _SAYS_NOTHING:
            return f
        i_here = self.layout.sentence(f.start)[0]
        p_start = self.layout.sentence_at(i_here - 1)[0] if i_here > 0 else self.layout.sentence(f.start)[1]
        ref = made[k - 1] if k > 0 and made[k - 1].start >= p_start else None
        if ref is None or ref.counted.lower() in _GENERIC | _SAYS_NOTHING:
            return f
        return replace(f, counted=ref.counted, unit=ref.unit if f.unit in ("count", "") else f.unit)

    def _russian_list_whole(self, made: list[Figure], k: int, s_begin: int) -> Figure | None:
        """The whole of a Russian breakdown an entry belongs to: «406 тысяч немцев, в том числе: 131,2
        тысячи из стран Балтии, 137,2 тысячи из …» — an entry (a number after a dash, or before «из/в/на» and
        a place) counts what the whole before «в том числе» counts (fig17l)."""
        f = made[k]
        text = self.text
        opened = None
        for opened in _RU_BREAKDOWN.finditer(text, s_begin, f.start):  # noqa: B007 (the last one)
            pass
        if opened is None:
            return None
        whole = next((p for p in reversed(made[:k]) if p.end <= opened.start() and p.start >= s_begin), None)
        if whole is None or not whole.counted or whole.counted.lower() in _GENERIC | _SAYS_NOTHING:
            return None
        # («на Украине – 393 тыс.»: a place before the dash; not «кулаков – 45 559», which names its own)
        segment = text[max(opened.end(), text.rfind(",", s_begin, f.start) + 1) : f.start]
        entry = _RU_PLACE_DASH.fullmatch(segment) or _RU_FROM_PLACE.match(text, f.end)
        return whole if entry else None

    def _inherit(self, found: list[Figure]) -> list[Figure]:
        """What is counted, where a figure does not say it, from the figure it follows: "from 3.5 million
        (Milne…) to 20 to 40 million", "the share fell to 24 per cent", "a third of them were reinstated"
        (the figure before it in the sentence); "the kolkhozes would need tractors. But by the end of 1929,
        there were only 30,000" (the thing the sentence before named last)."""
        text = self.text
        made = list(found)
        for k, f in enumerate(made):
            # "less than half of the pre-war level": a level, a number say nothing of what a share is of
            head = f.counted.split()[-1].lower() if f.counted else ""
            s_begin = self.layout.sentence(f.start)[1]
            figure_for = _FIGURE_FOR_X.search(text, max(s_begin, f.start - 80), f.start)
            if figure_for and not f.counted and not any(
                w in _TIME_WORDS for w in figure_for.group(1).lower().split()
            ):
                # "the figure for executions was about 123,000": the executions
                f = made[k] = replace(f, counted=figure_for.group(1))
                continue
            if _FIGURE_FOR.match(f.counted):
                # "the figure for the whole year reached 41,500": the figure before says what it counts
                f = made[k] = replace(f, counted="")
            pair = self._respectively(made, k, s_begin)
            if pair is not None:
                made[k - 1], made[k] = pair
                continue
            pronoun = _PRONOUN_CHANGED.search(text, max(s_begin, f.start - 80), f.start) if k > 0 else None
            if pronoun is not None and (not f.counted or f.counted.lower() in _SAYS_NOTHING | {"gdp"}):
                # "raising military spending by $600 billion, taking it from under 3% to above 4% of GDP":
                # the pronoun stands for what the figure before it counts (in its sentence or the one
                # before) (fig3)
                i_here = self.layout.sentence(f.start)[0]
                p_start = self.layout.sentence_at(i_here - 1)[0] if i_here > 0 else s_begin
                ref = next((p for p in reversed(made[:k]) if p.end <= pronoun.start() and p.start >= p_start
                            and p.counted and p.counted.lower() not in _SAYS_NOTHING | {"gdp"}), None)
                if ref is not None:
                    made[k] = replace(f, counted=ref.counted)
                    continue
            year_dash = _RU_YEAR_DASH.search(text, max(0, f.start - 30), f.start)
            if year_dash is not None:
                f = made[k] = self._russian_year_entry(made, k, year_dash)
            if k > 0 and _RU_AND_PEOPLE.fullmatch(text, made[k - 1].end, f.start):
                f = made[k] = _russian_second_of_pair(made[k - 1], f)
            if k > 0 and (whole := self._russian_list_whole(made, k, s_begin)) is not None:
                f = made[k] = replace(f, counted=whole.counted)
            bare = _BARE_ESTIMATES.search(text, max(s_begin, f.start - 80), f.start) if k > 0 else None
            guessed = k > 0 and _GUESSED_THERE_WERE.search(text, max(s_begin, f.start - 60), f.start) and (
                re.match(r"\s*[,.;)]", text[f.end : f.end + 3])  # (not "there were about 400 deserters")
            )
            if guessed:
                f = replace(f, counted="")  # the speaker is not counted: what he guessed at is named before
            if (bare is not None or guessed) and not f.counted:
                # "Approximately 3 million people died. Generally the estimates are between 1.5 and 4
                # million": estimates that name nothing are of what the figure before counts (in its
                # sentence or the one before)
                i_here = self.layout.sentence(f.start)[0]
                p_start = self.layout.sentence_at(i_here - 1)[0] if i_here > 0 else s_begin
                ref = next((p for p in reversed(made[:k]) if p.start >= p_start and p.counted
                            and p.counted.lower() not in _SAYS_NOTHING), None)
                if ref is not None:
                    made[k] = replace(f, counted=ref.counted)
                    continue
            if f.counted and f.counted.lower() not in _SAYS_NOTHING and not (
                f.kind in ("fraction", "multiple") and head in _SAYS_NOTHING
            ):
                continue
            i, s_start, _ = self.layout.sentence(f.start)
            previous = made[k - 1] if k > 0 else None
            same_sentence = previous is not None and previous.end > s_start and previous.counted and (
                previous.counted.lower() not in _SAYS_NOTHING
            )
            following = made[k + 1] if k + 1 < len(made) else None
            if previous is not None and same_sentence and (
                _SET_AGAINST.search(text, max(previous.end, f.start - 60), f.start)
                # "12.1 million hectares, 0.8 million more than in the year before"
                or (_MORE_THAN_AFTER.match(text, f.end) and f.unit in ("count", ""))
            ):
                # "15 million tonnes in 1940, compared with 3.3 million in 1928", "the official figure of
                # 89.8 million": a figure set against the one before counts what it counts, in its unit
                made[k] = replace(f, counted=previous.counted,
                                  unit=previous.unit if f.unit in ("count", "") else f.unit)
                continue
            if not f.counted and following is not None and following.counted and (
                _OUT_OF.fullmatch(text, f.end, following.start)
            ):
                # "four million out of the six million dead were Ukrainians"
                who = _WERE_WHO.match(text, following.end)
                counted = following.counted if who is None else f"{who.group(1)} {following.counted}"
                made[k] = replace(f, counted=counted, unit=following.unit)
                continue
            if previous is not None and previous.counted and previous.end > s_start and not f.counted and (
                _OF_WHICH.search(text, max(previous.end, f.start - 30), f.start)
                or _IN_BRACKETS.fullmatch(text, previous.end, f.start)
            ):
                # "1,575,259 arrests, of which 87 per cent were political", "26.3 million (17.9 per cent)":
                # a share of the figure before
                made[k] = replace(f, counted=previous.counted)
                continue
            if previous is not None and previous.counted and previous.end > s_start and not f.counted and (
                f.unit in ("count", "") and unit_family(previous.unit) != "heads"
                and _ELLIPSIS.fullmatch(text, previous.end, f.start)
            ):
                # "4.8 million tonnes in 1930 and 5.2 million in 1931": the same measure, its unit left out
                made[k] = replace(f, counted=previous.counted, unit=previous.unit)
                continue
            if previous is not None and previous.counted and previous.end > s_start and not f.counted and (
                f.unit in ("count", "")
                and _TO_END_OF_CHANGE.search(text, max(s_start, previous.start - 20), f.start)
            ):
                # "fell from 12.5 kg a month in 1931 to barely 7 in 1933": the change's measure and unit
                made[k] = replace(f, counted=previous.counted, unit=previous.unit)
                continue
            if not f.counted and k > 0 and _OF_THESE_OPENING.match(text, s_start) and not _OF_THEM.match(
                text, f.end
            ):  # ("Of these, 204 were expelled, 61 of them as …": a part of the 204)
                # "… 59.5 million forcibly displaced people. Of these, 1.8 million are awaiting a decision":
                # a part of the group the figure before the sentence counts (fig3)
                group = next((p for p in reversed(made[:k]) if p.end <= s_start), None)
                if group is not None and group.counted and group.counted.lower() not in _SAYS_NOTHING and (
                    self.layout.paragraph(group.start) == self.layout.paragraph(s_start)
                ):
                    made[k] = replace(f, counted=group.counted)
                    continue
            of_them = _OF_THEM.match(text, f.end)
            verb = re.match(r"\s+([^\W\d_]+)", text[f.end : f.end + 30])
            event_before = previous is not None and counted_key(previous.counted).split()[:1] and any(
                w in _EVENT_CONCEPTS for w in counted_key(previous.counted).split()
            )
            if verb and not of_them and _is_verb_like(verb.group(1).lower()) and event_before:
                continue  # "2 million died, and hundreds of thousands fled": its own verb, not the deaths
            if verb and not f.counted and not same_sentence and _is_verb_like(verb.group(1).lower()):
                # "Prisoners built the canal: about 170,000 worked on it": the people named before
                people = [w.group() for w in _WORD.finditer(text, s_start, f.start)
                          if w.group().lower().endswith("s") and _is_people(w.group().lower())]  # fmt: skip
                if people:
                    made[k] = replace(f, counted=people[-1].lower(), unit="people")
                    continue
            of_the_number = f.kind in ("fraction", "multiple") and (
                _THE_NUMBER.match(text, f.end) or _AS_MANY_AS.match(text, f.end)  # "half as many as …"
            )
            if same_sentence and previous is not None and (
                of_them or of_the_number or unit_family(previous.unit) == unit_family(f.unit)
            ):
                made[k] = replace(f, counted=previous.counted)
                continue
            if of_them and not f.counted:
                # "young workers who gained promotion — around 500,000 of them": the people named before
                nouns = _plural_nouns(text, s_start, f.start)
                people = [n for n in nouns if _is_people(n)]
                if people or nouns:
                    made[k] = replace(f, counted=(people or nouns)[-1])
                continue
            measure = f.unit not in ("count", "people", "", "share", "times", "ratio")
            compared = f.unit == "times" and _COMPARED_TO.match(text, f.end)
            if (measure or compared) and (not f.counted or f.counted.lower() in _SAYS_NOTHING):
                # "Cement output reached 5.7 million tonnes in 1937, three times the 1.8 million tonnes of
                # 1928": the multiple and the figure it is compared with count the sentence's measure (the
                # nearest figure before of the same unit; for the multiple, the figure before), and the
                # multiple is of the figure before's year, not of the year compared with.
                same = next((p for p in reversed(made[:k]) if p.end > s_start and p.counted
                             and p.counted.lower() not in _SAYS_NOTHING
                             and (compared or p.unit == f.unit)), None)  # fmt: skip
                if same is not None and compared:
                    made[k] = replace(f, counted=same.counted, period=same.period,
                                      period_start=same.period_start, period_end=same.period_end)
                    continue
                if same is not None:
                    made[k] = replace(f, counted=same.counted)
                    continue
            if (not f.counted or f.counted.lower() in _SAYS_NOTHING) and measure and (
                previous is not None and previous.unit == f.unit and previous.counted
                and self.layout.paragraph(previous.start) == self.layout.paragraph(f.start)
                and self.layout.sentence(previous.start)[0] >= i - 1
            ):
                made[k] = replace(f, counted=previous.counted)
                continue
            if f.counted or not _THERE_WERE.search(text, max(s_start, f.start - 40), f.start) or i == 0:
                continue
            a, b = self.layout.sentence_at(i - 1)
            if self.layout.paragraph(a) != self.layout.paragraph(s_start):
                continue
            nouns = _plural_nouns(text, a, b)
            if nouns:
                made[k] = replace(f, counted=nouns[-1], unit="people" if _is_people(nouns[-1]) else f.unit)
        return self._word_ranges(self._predicates(made))

    def _word_ranges(self, made: list[Figure]) -> list[Figure]:
        """"two or three hundred men", "three or four thousand": the number in words before "or" is the low
        end of a range that shares the magnitude of the one after it, not a word the figure leaves out
        (fig17m)."""
        for k, f in enumerate(made):
            if f.value is None or f.low is not None:
                continue
            written = _WORD_MAGNITUDE.fullmatch(self.text, f.start, f.end)
            before = _CARD_OR_BEFORE.search(self.text, max(0, f.start - 20), f.start) if written else None
            if before is None:
                continue
            first, second = _parse_number(before.group(1), "en"), _parse_number(written.group(1), "en")
            if not first or not second or first >= second:
                continue
            low = f.value / second * first
            made[k] = replace(f, start=before.start(1), value=None, low=low, high=f.value, kind="range")
        return made

    def _respectively(self, made: list[Figure], k: int, s_begin: int) -> tuple[Figure, Figure] | None:
        """"GDP growth and inflation at about 2% and 5%, respectively": the two figures count the two things
        named before them, in order (fig3); None where the text does not pair them so."""
        text = self.text
        f = made[k]
        first = made[k - 1] if k > 0 else None
        if first is None or first.start < s_begin or not _RESPECTIVELY_AFTER.match(text, f.end):
            return None
        gap = text[first.end : f.start]
        if not re.fullmatch(r",?\s+and\s+" + _QUALS + r"[$€£₽]?\s*", gap, re.IGNORECASE):
            return None
        named = _TWO_NAMED.search(text, max(s_begin, first.start - 100), first.start)
        if named is None:
            return None
        a, b = _strip_determiners(named.group("a")), _strip_determiners(named.group("b"))
        if not a or not b:
            return None
        return replace(first, counted=a), replace(f, counted=b)

    def _predicates(self, made: list[Figure]) -> list[Figure]:
        """A part with a predicate of its own counts what the predicate names: "of whom 70 per cent lived in
        barracks" (the inhabitants who lived in barracks), "of whom some 2 million were prisoners of war",
        "half of them living in dugouts"."""
        text = self.text
        for k, f in enumerate(made):
            s_start = self.layout.sentence(f.start)[1]
            of_them = _OF_THEM.match(text, f.end)
            span = _CHANGE_SPAN_AFTER.match(text, f.end) if f.kind in ("fraction", "multiple") else None
            if span:
                # "fell by more than half, from 26 million in 1928 to 12 million in 1933": the change's span
                first, last = int(span.group(1)), int(span.group(2))
                f = made[k] = replace(f, period=f"{first}-{last}", period_start=first,
                                      period_end=last)
            previous = made[k - 1] if k > 0 else None
            if of_them and previous is not None and previous.end > s_start and previous.counted and (
                unit_family(previous.unit) == "heads"
                and set(counted_key(f.counted).split()) - _QUALIFIER_KEYS == {"death"}
                and "death" not in counted_key(previous.counted).split()
            ):
                # "200,000 Kazakh nomads crossed into China; tens of thousands of them perished": the deaths
                # of those named before (with the famine, the camps or the terror the sentence names)
                qualifiers = [w for w in f.counted.split()[:-1] if counted_key(w) in _QUALIFIER_KEYS]
                made[k] = replace(f, counted=" ".join([*qualifiers, f"{_singular(previous.counted)} deaths"]))
                continue
            opened = _OF_THE_TOTAL.fullmatch(text, s_start, f.start) or (
                _PART_AFTER_PART.search(text, max(s_start, f.start - 40), f.start)
                and _OF_THE_TOTAL.match(text, s_start)
            )
            if not (of_them or opened or _OF_WHICH.search(text, max(s_start, f.start - 30), f.start)):
                continue
            predicate = _PREDICATE.match(text, of_them.end() if of_them else f.end)
            if opened and predicate is not None and predicate.group("noun"):
                # the part is what its predicate names, not the whole the sentence opens with
                words = [w for w in predicate.group("noun").split() if w.lower() not in _STOP]
                if words:
                    made[k] = replace(f, counted=" ".join(words))
                continue
            if predicate is None:
                continue
            words = [w for w in (predicate.group("noun") or predicate.group("verb")).split()]
            while words and words[0].lower() in _STOP:
                words = words[1:]
            if not words or (_is_verb_like(words[0].lower()) and predicate.group("noun")):
                continue
            phrase = " ".join(words)
            if phrase.lower() not in f.counted.lower():
                made[k] = replace(f, counted=f"{f.counted} {phrase}".strip())
        return made

    def _more_after_figure(self, start: int, end: int) -> bool:
        """ "… lists 6 frightening deaths, and the bill after it lists 5 more": "N more" ending its clause
        after a number with a noun earlier in the sentence is a figure of that noun (``_inherit`` gives it)
        (fig17i)."""
        if not _MORE_END.match(self.text, end):
            return False
        _, s_start, _ = self.layout.sentence(start)
        return bool(_NUMBER_NOUN.search(self.text, s_start, start))

    def _population_or_toll(self, start: int, counted: str) -> str:
        """A people a population or a census counts is that population ("a base population of 700,000
        Timorese" → "Timorese population", "the census that counted 555,350 Timorese"); a toll with nothing
        after it counts deaths ("a toll of 150,000 is likely") (fig17j)."""
        _, s_start, _ = self.layout.sentence(start)
        before = self.text[max(s_start, start - 80) : start]
        if (not counted or counted.lower() in _GENERIC or re.fullmatch(r"[A-Z][\w’'-]*s?", counted)) and (
            _POPULATION_OF_BEFORE.search(before)
        ):
            return "population" if not counted or counted.lower() in _GENERIC else f"{counted} population"
        if not counted and _TOLL_OF_BEFORE.search(before):
            return "deaths"
        return counted

    def _with_origin(self, end: int, counted: str) -> str:
        """``counted`` with where its people come from, when the figure's clause says it ("1,000,000 people
        of Irish ancestry" → "people of Irish ancestry", "21,291 declared to have been born in Northern
        Ireland" → "born in Northern Ireland"); else as it is."""
        low = counted.lower()
        if counted and not (_is_people(counted) or low.split()[-1] in _ORIGIN_VERBS):
            return counted
        _, _, s_end = self.layout.sentence(end)
        clause = self.text[end : min(s_end, end + 120)]
        stop = re.search(r"[;:]|\d|,\s+(?:and|but|while|whereas)\s", clause)
        clause = clause[: stop.start()] if stop else clause
        origin = _ORIGIN_AFTER.match(clause)
        if origin is None:
            return counted
        base = " ".join(w for w in counted.split() if w.lower() not in _ORIGIN_VERBS)
        if origin.group("born"):
            said = f"born in {' '.join(origin.group('place').split())}"
        else:
            said = f"{origin.group('who')} {origin.group('what').lower()}"
        return f"{base} of {said}" if base and not origin.group("born") else f"{base} {said}".strip()

    def _population_deaths(self, start: int, end: int, counted: str) -> str:
        """``counted`` as deaths where a share of a population died ("half of Paris's population died" →
        "Paris's population deaths"); else as it is."""
        population = _POPULATION_NP.match(counted)
        if population is None or "death" in counted.lower():
            return counted
        _, s_start, s_end = self.layout.sentence(start)
        before = self.text[max(s_start, start - 120) : start]
        if (
            _POPULATION_DIED_AFTER.match(self.text, end, s_end)
            or _KILLING_BEFORE_SHARE.search(before)
            or _DEATH_TOLL_APPOSED.search(before)
        ):
            return f"{population.group('np')} deaths"
        return counted

    def _bill_fate(self, start: int) -> str:
        """The fate a bill's entry opens on, when the number at ``start`` stands in that entry's line: "Kild
        28." (and the parts after it, "27 by the blast, whereof 8 found at …"), "Drowned 4"; or ""."""
        line_start = self.text.rfind("\n", 0, start) + 1
        opening = _BILL_FATE.fullmatch(self.text, line_start, start)
        if opening is None:
            return ""
        word = opening.group("fate").lower().replace("'", "").replace("’", "")
        return _BILL_FATES.get(word, word)

    def _part_of_before(self, start: int) -> bool:
        """A small number that ends a change ("fell from 12.5 kg … to barely 7") or is a part of the whole a
        sentence opens with ("Out of 2,600 mosques …, just 64 were open"): a figure, not a label."""
        _, s_start, _ = self.layout.sentence(start)
        return bool(_TO_END_OF_CHANGE.search(self.text, max(s_start, start - 120), start)
                    or _WHOLE_OPENS.match(self.text, s_start, start))  # fmt: skip

    def _table_row(self, start: int, end: int) -> tuple[int, str] | None:
        """(year, heading line) when the figure is the number of a table's row copied out as a line."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if text[end : len(text) if line_end < 0 else line_end].strip():
            return None
        row = _ROW_BEFORE.fullmatch(text, line_start, start)
        if row is None:
            return None
        pos = line_start
        for _ in range(60):  # up through the rows above to the heading
            if pos == 0:
                return None
            above = text.rfind("\n", 0, pos - 1) + 1
            line = text[above : pos - 1]
            if not line.strip() or len(line) > 100 or line.rstrip().endswith("."):
                return None  # no heading: a blank line, or prose
            if not _ROW_LINE.fullmatch(line):
                return int(row.group("year")), line
            pos = above
        return None

    def _read(self, m: re.Match[str], matches: list[re.Match[str]], index: int) -> tuple[Figure, int] | None:
        text = self.text
        start, end = m.start(), m.end()
        value, low, high, kind = _value(m)
        if value is None and low is None:
            return None
        before = text[max(0, start - 40):start]
        label = _LABEL_BEFORE.search(before) or (
            re.search(r"\bnumber\s+$", before, re.I) and bool(m.group("digits")) and (value or 0) < 1000
        )
        if label or _MONTH_BEFORE.search(before) or _DATE_AROUND.match(text, end):
            return None
        if _ADJECTIVE_AFTER.match(text, end):
            return None
        if re.search(r"(?:1\d{3}|20\d{2})-(?:\d{1,2}-)?$", before) and re.fullmatch(r"\d{1,2}", m.group()):
            return None  # "2026-01-06": the month and day of an ISO date
        if re.search(r"\baged?\s+\d{1,3}\s*[-–]\s*$|\bages\s+\d{1,3}\s*[-–]\s*$", before, re.I):
            return None  # "aged 15-64": the second end of an age range
        if _CLOCK_BEFORE.search(before) and re.fullmatch(r"\d\d", m.group()):
            return None  # "at 9:45 PM", "16:05 CET": the minutes of a clock time
        if m.group("vague") and _OF_TIME_AFTER.match(text, end):
            return None  # "thousands of years": a duration, as "ten years" is
        has_magnitude = bool(
            m.group("mag") or m.group("m") or m.group("onehalf") or m.group("vague") or m.group("halfmag")
            or m.group("andhalf")
        )
        if kind == "vague" and _SCALE_IN_BRACKETS.search(before) and text.startswith(")", end):
            return None  # "(thousands)": a table's scale
        in_words = bool(m.group("words") or m.group("ruwords") or m.group("a")) and not has_magnitude
        fraction = kind == "fraction"
        approx = ""
        approx_m = _APPROX.search(before)
        if approx_m:
            approx = " ".join(approx_m.group().split())
        if kind == "vague":
            approx = approx or " ".join(m.group("vague").split()[:2]) if " of " in m.group() else approx
            first = m.group("vague").split()[0].lower()
            approx = approx or ("a few" if first == "a" else first)
        consumed = end
        ratio_noun = ""
        total: float | None = None
        change_unit = ""

        # A range, a part of a whole or a ratio with the next number.
        nxt = matches[index + 1] if index + 1 < len(matches) else None
        if nxt is not None and self.layout.is_excluded(nxt.start(), nxt.end()):
            nxt = None
        if nxt is not None and not fraction and kind != "vague":
            gap = text[end:nxt.start()]
            v2, _, _, k2 = _value(nxt)
            from_before = re.search(r"\b(?:from|between|от|с)\s+(?:upwards\s+of\s+|\w+\s+)?$", before, re.I)
            # "between 16% and 20%", "from 5 per cent to 7 per cent": the unit written at both ends
            unit_both = re.match(r"\s*(%|per\s*cent|percent)", gap, re.I)
            same_unit = unit_both and re.match(
                r"\s*" + re.escape(unit_both.group(1)), text[nxt.end() : nxt.end() + 12], re.I
            )
            if unit_both and same_unit:
                gap = gap[unit_both.end() :]
            # ("range from upwards of 30 million, to 55 million": a comma before "to" only after "from")
            comma_ok = "," not in gap or from_before is not None
            ranged = _RANGE_GAP.fullmatch(gap) and comma_ok
            or_range_after = re.match(r"[ \t]*[–—-][ \t]*\d", text[nxt.end() : nxt.end() + 8])
            if ranged and gap.strip().lower() in ("or", "или") and or_range_after:
                ranged = None  # "390,000 or 530,000–600,000": an estimate or a range, not one range (fig17f)
            if v2 is not None and k2 == "count" and not _is_year(nxt) and ranged:
                connector = gap.strip().lower().lstrip(",").strip()
                between = re.search(r"\bbetween\s+(?:\w+\s+)?$", before, re.I)
                # "between 1.5 and 2 million" is a range; "eight and ten years old", "X and Y" mostly not.
                and_ok = connector not in ("and", "и") or between is not None
                # "fell from 40 to 25 percent" is a change: two figures, not a range.
                change = (
                    connector in ("to", "до")
                    and from_before is not None
                    and (
                        _CHANGE_BEFORE.search(
                            text[max(0, start - 80) : max(0, start - 40) + from_before.start()]
                        )
                        or _CHANGE_VERB.search(text, self.layout.sentence(start)[1], start)
                        or self._changed_in_clause(max(0, start - 40) + from_before.start())
                    )
                )
                if change:
                    change_unit = _unit(text, nxt.end())[0]
                    change_mag = nxt.group("mag") or nxt.group("m")
                    if change_mag and not has_magnitude and value is not None and v2:
                        # "from 35 to 166 million tonnes": the first end in the second's magnitude, where
                        # read without it would be a thousandth of the other ("from 500 to 1.2 million" is
                        # 500)
                        key = change_mag.lower().rstrip(".")
                        key = next((k for k in _MAGNITUDE if key.startswith(k)), key)
                        scaled = value * _MAGNITUDE.get(key, 1)
                        if value / v2 < 1e-3 and 1 / 50 <= scaled / v2 <= 50:
                            value, has_magnitude = scaled, True
                second_plain = not (nxt.group("mag") or nxt.group("m"))
                words_only = in_words and bool(nxt.group("words")) and second_plain
                if and_ok and not change and not (words_only and not _unit(text, nxt.end())[0]):
                    second_mag = nxt.group("mag") or nxt.group("m")
                    v1 = value
                    # "5–7 million" is 5 million to 7; "600,000 to 1 million" is 600,000 to a million
                    if not has_magnitude and second_mag and value < 1000:
                        key = second_mag.lower().rstrip(".")
                        key = next((k for k in _MAGNITUDE if key.startswith(k)), key)
                        v1 = value * _MAGNITUDE.get(key, 1)
                    if v1 < v2 or connector in ("or", "или"):
                        low, high, value = min(v1, v2), max(v1, v2), None
                        kind = "range"
                        has_magnitude = has_magnitude or bool(second_mag)
                        in_words = in_words and not nxt.group("digits") and not second_mag
                        consumed = end = nxt.end()
                        if from_before is not None:
                            start = max(0, start - 40) + from_before.start()
            elif v2 is not None and k2 == "count" and not _is_year(nxt) and not has_magnitude and (
                _PART_GAP.fullmatch(gap + " ") or _PART_GAP.fullmatch(gap)
            ):
                # "2,700 of the 6,000 prisoners shot": a large whole with "the" is a figure of its own
                own_whole = v2 >= 1000 and re.search(r"\bthe\b", gap, re.I)
                if not (nxt.group("mag") or nxt.group("m")) and v2 >= value and not own_whole:
                    total = v2
                    consumed = end = nxt.end()
                    in_words = False  # "eight of nine admirals": a part of a whole is a figure even in words
            elif (
                v2 is not None
                and k2 == "count"
                and not _is_year(nxt)  # "1.78 in 2015"
                and (_RATIO_GAP.fullmatch(gap + " ") or _RATIO_GAP.fullmatch(gap))
                and value
                and v2
                and value <= 10
                and v2 > value
            ):
                value, kind = value / v2, "ratio"
                consumed = end = nxt.end()
                in_words = False
        elif nxt is not None and fraction and (nxt.group("slash") or nxt.group("frac")):
            # "between 1/4 and 1/3", "between one half and three fourths": a range of shares
            v2, _, _, k2 = _value(nxt)
            gap = text[end : nxt.start()]
            between = re.search(r"\bbetween\s+$", before, re.I) and re.fullmatch(r"\s+and\s+", gap)
            if v2 is not None and k2 == "fraction" and value is not None and v2 > value and (
                between or re.fullmatch(r"\s*(?:–|-|to)\s*", gap)
            ):
                low, high, value, kind = value, v2, None, "range"
                consumed = end = nxt.end()
        elif nxt is not None and kind == "vague" and low is not None:
            # "from several hundred thousand to 2 million", "hundreds of thousands to tens of millions": a
            # range whose first end is a vague magnitude (its lowest) and whose second is higher
            v2, _, h2, k2 = _value(nxt)
            top = v2 if k2 == "count" else h2 if k2 == "vague" else None
            if (
                top is not None
                and top > low
                and not _is_year(nxt)
                and (k2 == "vague" or nxt.group("mag") or nxt.group("m"))
                and (
                    re.fullmatch(r"\s*(?:to|–|—|-)\s*", text[end : nxt.start()], re.I)
                    # "varying between several hundred thousand and two million"
                    or (re.fullmatch(r"\s+and\s+", text[end : nxt.start()], re.I)
                        and re.search(r"\bbetween\s+$", before, re.I))
                )
                and not _CHANGE_VERB.search(text, self.layout.sentence(start)[1], start)
            ):
                high, kind = top, "range"
                consumed = end = nxt.end()

        unit, unit_end = _unit(text, end)
        if kind == "multiple" or re.search(r"\bby\s+a\s+factor\s+of\s+$", before, re.I):
            unit, kind, in_words = "times", "multiple", False
        if text[max(0, start - 1):start] in _CURRENCY_BEFORE:
            unit, start = _CURRENCY_BEFORE[text[start - 1]], start - 1
        elif start >= 2 and text[start - 2] in _CURRENCY_BEFORE and text[start - 1] in " \u00a0":
            # "€ 3,000": a sign set apart by a space (common in European print) is the sum's currency (fig3)
            unit, start = _CURRENCY_BEFORE[text[start - 2]], start - 2
        unit = unit or change_unit
        if unit == "per cent":
            kind = "percent" if kind in ("count", "range") and kind != "range" else kind
        elif unit == "times":
            kind = "multiple" if kind == "count" else kind
        if unit and unit != "people":
            end = consumed = max(consumed, unit_end)
        elif unit == "people":
            unit_end = end  # "six million people": "people" is read as what is counted, below
        if kind == "ratio":
            unit = "ratio"
            between = re.match(r"\s+((?:[^\W\d_]{3,}\s+)?[^\W\d_]{3,})\s+(?:in|for\s+every|per)\b",
                               text[m.end():consumed])
            if between and between.group(1).lower() not in _STOP:
                ratio_noun = between.group(1)
        if fraction:
            unit = unit or "share"
            after = text[end:end + 30]
            if re.match(r"\s+of\s+(?:an?\s+)?(?:hour|day|year|century|decade|the\s+(?:year|century|decade))"
                        r"\b|"
                        rf"\s+of\s+{YEAR}", after, re.I) or re.search(
                r"\b(?:first|second|latter|former|other)\s+$", before, re.I
            ):
                return None
            # ("at least a quarter perished": a share of the people before, as the verb after says)
            quantifies = re.match(r"\s+(?:of|the|a|an|his|their|its)\b|\s+[^\W\d_]+s\b|\s+(?:perished|died|"
                                  r"starved|survived|fled|emigrated|were|was)\b", after, re.I)
            if not quantifies and not re.search(
                r"\b(?:by|over|nearly|about|almost|than|some|only|roughly|from|at|to|under|fell|rose)\s+$",
                before, re.I,
            ):
                return None
        if in_words and not unit and not has_magnitude and not (
            # "two hundred wagons", "forty-two hundred soldiers", "more than one hundred operations": a
            # number in words of a hundred or more is a figure as digits are (fig17h)
            value is not None and value >= _WORDS_FIGURE_FROM and m.group("words")
            and re.search(r"[^\W\d_][\s-]+(?:and\s+)?[^\W\d_]", m.group("words"))  # not "a Hundred" alone
        ):
            return None  # "one of the", "two sons", "ten years": not a figure
        duration = _DURATION_AFTER.match(text, end) if not unit and not has_magnitude else None
        if duration and _LIFESPAN.search(text, self.layout.sentence(start)[1], start) and kind == "count" \
                and re.match(r"\s+years?\b", duration.group()):
            # "Life expectancy for men fell to 57.6 years": a duration that measures something
            _, _, p_end = self.layout.sentence(start)
            period, p_start, p_last = self._change_end(
                start, end, *self.period_for(start, end, "life expectancy")
            )
            return (
                Figure(start, duration.end(), value, low, high, approx, "years", "life expectancy", period,
                       p_start, p_last, kind, total),
                duration.end(),
            )
        if duration:
            return None
        if kind == "range" and _DURATION_AFTER.match(text, end):
            return None
        row = self._table_row(start, end) if m.group("digits") and kind in ("count", "range") else None
        heading_counted = ""
        if row is not None:
            scale, heading_unit, heading_counted = _heading(row[1])
            if not has_magnitude and scale != 1:
                value, low, high = (None if v is None else v * scale for v in (value, low, high))
                has_magnitude = True
            unit = unit or heading_unit
        # A lone small number with nothing after it is a label or a count too vague to compare.
        counted = heading_counted or self.counted(start, end if unit != "people" else unit_end, unit)
        if unit in ("per cent", "share") and counted:
            counted = self._population_deaths(start, end, counted)
        if unit in ("people", "count", "", "per cent", "share"):
            counted = self._with_origin(end if unit != "people" else unit_end, counted)
        if unit in ("people", "count", ""):
            counted = self._population_or_toll(start, counted)
        if ratio_noun and not counted:
            counted = ratio_noun.lower()  # "one death in three" (but "one deputy for every 25,000 electors")
        elif ratio_noun and re.match(r"(?:\s+\S+){1,2}\s+(?:for\s+every|per|to\s+every)\b",
                                     text[m.end():consumed]):
            # "one doctor for every 1,400 inhabitants": doctors per inhabitant, both things of the ratio
            counted = f"{ratio_noun.lower()} per {counted}"
        if (not counted or counted.lower() in ("whereof", "more")):
            fate = self._bill_fate(start)
            if fate:
                counted = fate  # "> Kild 28. one by …, and 27 by the blast, whereof 8 found at …" (fig17i)
        if unit == "people" and not counted:
            counted = "people"
        if not unit:
            unit = "people" if _is_people(counted) else "count"
        period, p_start, p_end = self._change_end(start, end, *self.period_for(start, end, counted))
        present = _PRESENT_AFTER.match(text, end) or _PRESENT_BEFORE.search(text, max(0, start - 50), start)
        if present or _NOW_BEFORE.search(text, max(self.layout.sentence(start)[1], start - 60), start):
            # "barely 3,000 last year", "now has fewer than 2,500": a time of its own, without a year; in a
            # report whose heading has one ("… to the Party conference (1935)"), that year; else the one
            # the publication year gives it (read with the sentence's periods), or none
            headed = self._heading_period(start)
            if headed is not None:
                period, p_start, p_end = headed
            elif present and self.year is None:
                period, p_start, p_end = "", None, None
        if row is not None:
            period, p_start, p_end = str(row[0]), row[0], row[0]  # the row's year
        if row is None and kind in ("count", "range") and total is None and approx_m is None \
                and not self._part_of_before(start) \
                and not has_magnitude \
                and not counted and unit == "count" and ((value if value is not None else high) or 0) < 1000 \
                and not _OF_THEM.match(text, end) and not _OF_WHICH.search(text, max(0, start - 30), start) \
                and not self._more_after_figure(start, end):
            return None  # a lone number with nothing counted: a page, a label, a count too vague to compare
        # "_1,200 men_": a plain-text book's underscores mark italics, not part of the words (fig17m)
        counted = _ITALIC_MARK.sub("", counted)
        return (
            Figure(start, end, value, low, high, approx, unit, counted, period, p_start, p_end, kind, total),
            consumed,
        )


_PEOPLE = re.compile(
    r"\b(?:deaths|dead|died|victims|inmates|prisoners|arrests|executions|deportations|people|peasants|"
    r"members|workers|persons|men|women|children|households|families|officers|generals|admirals|marshals|"
    r"Ukrainians|Russians|kulaks|students|delegates|activists|associates|homeless|purged|citizens|deportees|"
    r"exiles|settlers|refugees|convicts|residents|inhabitants|civilians|villagers|townspeople|townsfolk|"
    r"soldiers|party|человек|жертв\w*|заключ\w*)\b",
    re.IGNORECASE,
)


def _same_value_again(found: list[Figure]) -> list[Figure]:
    """A later mention of a value the text gave before, with nothing of its own, counts what the first
    mention counted: "51.2 million individuals were forcibly displaced … If these 51.2 million persons were
    a nation" (fig17f). Only large exact values (not ranges), so that small numbers do not meet by chance."""
    named: dict[tuple[float, str], str] = {}
    made = list(found)
    for k, f in enumerate(made):
        if f.value is None or f.value < 1000:
            continue
        key = (f.value, f.unit)
        says = f.counted.lower() if f.counted else ""
        if not says or says in _GENERIC or says in _SAYS_NOTHING:
            if key in named:
                made[k] = replace(f, counted=named[key])
        elif key not in named:
            named[key] = f.counted
    return made


def _is_people(counted: str) -> bool:
    # "Chechens", "Koreans": a people named by a capitalised plural
    return bool(counted) and (bool(_PEOPLE.search(counted)) or bool(re.match(r"[A-Z][a-z]{2,}s\b", counted)))


_VERBISH = re.compile(
    r"(?:ed|ing)$|^(?:died|dead|were|was|had|passed|went|fell|rose|left|became|made|took|got|lost|won|"
    r"came|saw|gave|put|ran|sat|stood|held|kept|built|sent|shot|killed|seized|met|paid|fed|led|fled|bought|"
    r"brought|caught|fought|sought|thought|spent|meant|began|began|took|got|said|told|sold|found|struck|knew|"
    r"grew|threw|drew|wrote|drove|chose|spoke|broke|stole|wore|bore|tore|forgot|won|lost|fell|rose|remained|"
    r"survived|joined|starved|worked|lived|fled)$"
)
_NOT_VERBS = frozenset({"red", "bed", "seed", "need", "speed", "feed", "hundred", "thing", "king", "building",
                        "ring", "wing", "evening", "morning", "spring", "clothing", "ceiling", "farming",
                        "mining", "housing", "landing", "shed", "breed", "creed", "sled", "reed", "bleed",
                        "wedding", "funding", "pudding", "herring", "shilling", "offspring", "uprising",
                        "schooling", "dwelling", "dwellings", "wed", "embed", "armed", "skilled", "unskilled",
                        "retired", "married", "employed", "unemployed", "qualified", "educated",
                        "collectivised",
                        "collectivized", "registered", "recorded", "estimated", "organised", "organized"})


def _is_verb_like(word: str) -> bool:
    # "high-ranking", "working-class": compound adjectives are not verbs
    return bool(word) and "-" not in word and word not in _NOT_VERBS and bool(_VERBISH.search(word))


def _plural_nouns(text: str, start: int, end: int) -> list[str]:
    """The plural common nouns between ``start`` and ``end``, in text order (a rough reading: words in -s)."""
    return [w.group() for w in _WORD.finditer(text, start, end)
            if w.group().endswith("s") and len(w.group()) > 3 and w.group().lower() not in _STOP
            and not _is_verb_like(w.group().lower()) and w.group()[0].islower()
            and w.group().lower() not in _TIMES]  # fmt: skip


_TIMES = frozenset({"years", "months", "days", "weeks", "decades", "centuries", "hours", "times", "minutes"})


def _after_determiner(phrase: str) -> str:
    """The noun phrase a determiner opens, at the end of words before a verb: "by the summer the share"
    → "the share"."""
    words = phrase.split()
    # a clause's opener is no word of its subject: "estimates that direct US aid" → "direct US aid"
    opener = max((i + 1 for i, w in enumerate(words) if w.lower() in ("that", "which", "whereas")
                  and (i + 1 == len(words) or words[i + 1].lower() not in _TIME_WORDS)), default=0)
    if opener and all(w.lower() in _MODAL_WORDS for w in words[opener:]):
        # "a death toll in Europe that would most likely have been": "that" stands for the words before it
        words = words[: opener - 1]
    else:
        words = words[opener:] or words
    # a determiner after a preposition is inside the phrase: "the average wage of a Soviet worker"
    last = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS and i > 0
                and words[i - 1].lower() not in _PREPOSITIONS), default=0)  # fmt: skip
    return " ".join(words[last:])


_MODAL_WORDS = frozenset({"would", "could", "might", "may", "must", "should", "will", "can", "most", "more",
                          "likely", "probably", "possibly", "perhaps", "certainly", "surely", "have", "has",
                          "had", "be", "also", "then", "still", "already", "not", "never"})
_PREPOSITIONS = frozenset({"of", "in", "for", "from", "to", "with", "on", "at", "by", "among", "per", "under",
                           "within", "during", "across", "throughout"})


_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his", "her"})


# An entry of a list that leaves its verb out after the first: "…, Ukrainians 28.1 million and Belorussians
# 5.3 million", "first category, 75,950; second category, 186,500", «из них мужчин — 41,2 млн, женщин — …».
_LIST_ENTRY = re.compile(
    rf"(?P<open>^|[,;:]|\s(?:and|и))\s*(?P<name>{_phrase(3)})"
    r"(?P<sep>\s*[—–]|,|\s+from)?"
    r"(?P<approx>\s+" + _alt(f"about|some|nearly|over|almost|{_RU_ROUGH}") + r")?\s+$",
    re.IGNORECASE,
)
_LIST_OPENERS = frozenset({"них", "whom", "which", "them", "these", "those"})
_RU_PREPOSITIONS = _set("в во на из за по у к с о при для до от")
_APPROX_WORDS = _set(
    "roughly approximately about around some nearly almost perhaps maybe possibly probably circa estimated "
    "just well only barely official officially около почти примерно более свыше"
)


_BRACKETED_YEARS = re.compile(
    rf"\((?:[^()\n]*?[\s(])?(?P<a>{YEAR})(?:[ \t]*[-–—][ \t]*(?P<b>\d{{2,4}}))?(?:[ \t]+[^()\n\d]*)?\)"
)


def _bracketed_years(heading: str) -> tuple[str, int, int] | None:
    """The last year or span of years a heading writes in brackets, as (period, first, last), or None."""
    found = list(_BRACKETED_YEARS.finditer(heading))
    if not found:
        return None
    m = found[-1]
    first = int(m.group("a"))
    last = first
    if m.group("b"):
        b = m.group("b")
        last = int(str(first)[: 4 - len(b)] + b) if len(b) < 4 else int(b)
        if last < first:
            return None
    period = m.group("a") + (f"-{m.group('b')}" if m.group("b") else "")
    return period, first, last


def _list_entry(before: str, at_start: bool) -> str:
    """The name of a list entry the figure is, or "": the name's words are no verb; a name written
    right before its number ("Ukrainians 28.1 million") or before "from" only after an earlier figure of the
    sentence (the entry whose verb the list leaves out); a name and a comma only after a colon or a
    semicolon (not "In the spring, 300 …")."""
    tail = before[-80:]
    m = _LIST_ENTRY.search(tail)
    if m is None or (m.group("open") == "" and not (at_start and len(tail) == len(before))):
        return ""  # "^" only at the sentence's start, not at the start of the words looked at
    words = m.group("name").split()
    named = len([w for w in words if w.lower() not in _LIST_OPENERS and w.lower() not in ("из", "of")])
    while words and (words[0].lower() in _STOP or words[0].lower() in _LIST_OPENERS):
        # "in camps, 1,500,524", "that of Kazakhstan from 6.1 million": a place, or the measure before of
        # another, not a name of what is counted ("из них", "of whom" open a list of parts)
        if words[0].lower() in _PREPOSITIONS | _RU_PREPOSITIONS and (
            len(words) < 2 or words[1].lower() not in _LIST_OPENERS
        ):
            return ""
        words = words[1:]
    if not words or any(
        w.lower() in _STOP or w.lower() in _APPROX_WORDS or _is_verb_like(w.lower()) for w in words
    ) or " ".join(words).lower() in _SAYS_NOTHING:
        return ""
    sep = (m.group("sep") or "").strip()
    opened = m.group("open").strip()
    earlier = before[: len(before) - len(tail) + m.start()]
    # "Grain procurements by region, 1931: Ukraine 7.7 million": the heading's noun, of each place
    by_place = (
        _BY_PLACE_HEAD.search(before, 0, len(before) - len(tail) + m.end("open"))
        if opened in (":", ",", ";", "and") else None
    )
    name = " ".join(words) if by_place is None else f"{by_place.group('head')} {' '.join(words)}"
    if sep in ("—", "–"):
        return name
    if sep == "," or (by_place and opened == ":"):
        return name if opened in (":", ";") else ""
    # "a few give 3 million": a name right before its number is the entry's whole phrase
    if opened in (",", "and", "и") and len(words) == named and re.search(r"\d", earlier):
        return name
    return ""


_COMPARED_TO = re.compile(r"\s+(?:the|that\s+of|those\s+of|as\s+(?:much|many|high|large)\s+as)\s", re.I)
# A table copied out as lines: a heading ("Coal output, million tonnes", "Population (thousands)"), then rows
# of a year, a word or two ("census") and a figure ("1913: 29.1", "1926 census    6,025", "1939 — 50,502").
_ROW_BEFORE = re.compile(
    rf"[ \t]*(?P<year>{YEAR})(?:[ \t]+[^\W\d_][\w.’'-]*){{0,2}}[ \t]*(?:[:—–-][ \t]*|\t[ \t]*|[ ]+)"
)
_ROW_LINE = re.compile(
    rf"[ \t]*{YEAR}(?:[ \t]+[^\W\d_][\w.’'-]*){{0,2}}[ \t]*[:—–-]?[ \t]*\d[\d,. \u00a0]*[ \t]*"
)
_HEADING_SCALE = (
    (re.compile(r"\b(?:billions?|bn|млрд)", re.I), 1e9),
    (re.compile(r"\b(?:millions?|mln|млн)", re.I), 1e6),
    (re.compile(r"\b(?:thousands?|тыс)|'000", re.I), 1e3),
)
_HEADING_NOUN = re.compile(r"[^,(\[:;]+")
_HEADING_TAIL = re.compile(r"\s+(?:by|per|in\s+each)\s+(?:year|years)\s*$|\s+by\s+year\b.*$", re.I)
# "(thousands)", "(in millions)": a table's scale, not a vague figure
_SCALE_IN_BRACKETS = re.compile(r"\(\s*(?:in\s+)?$")


def _heading(line: str) -> tuple[float, str, str]:
    """(scale, unit, what is counted) of a table's heading line."""
    scale = next((k for p, k in _HEADING_SCALE if p.search(line)), 1.0)
    starts = [w.start() - 1 for w in _WORD.finditer(line) if w.start() > 0]
    unit = next((name for pattern, name in _UNITS if name not in ("times", "people")
                 and any(pattern.match(line, at) for at in starts)), "")  # fmt: skip
    noun = _HEADING_NOUN.match(line.strip())
    counted = _HEADING_TAIL.sub("", noun.group()).strip() if noun else ""
    return scale, unit, counted


_FIGURE_FOR = re.compile(r"(?:figure|total|number|count|tally)\s+(?:for|in)\b", re.IGNORECASE)
_NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:number|numbers|численност\w*|числ[оа]|количеств\w*)\s+(?:of\s+)?"
    # («число «беглых кулаков» составило»: the words in guillemets (fig17l))
    rf"[«“]?(?P<np>(?:{_WORD_RE}[»”]?\s*){{1,4}})",
    re.IGNORECASE,
)


# Russian verbs of amount end the noun of «число ссыльных составило» (fig17l)
_RU_AMOUNT_VERB = re.compile(r"(?:состав[ли]|достиг|насчитыва|превыси|превыша)\w*")


def _number_of(before: str) -> str:
    """X of the last "the number of X" in ``before``, up to its first preposition or verb; "" if none."""
    found = None
    for found in _NUMBER_OF.finditer(before):  # noqa: B007 (the last one)
        pass
    if found is None:
        return ""
    kept: list[str] = []
    np = found.group("np").replace("»", " ").replace("”", " ").split()
    for i, word in enumerate(np):
        lw = word.lower()
        # "workers and employees": a noun joined by "and" goes on
        joined = lw in ("and", "or", "и") and kept and i + 1 < len(np) and np[i + 1].lower() not in _STOP
        # "the number of exiled kulaks": a participle before the noun qualifies it
        qualifies = not kept and lw.endswith("ed") and i + 1 < len(np) and np[i + 1].lower() not in _STOP
        if not joined and not qualifies and (lw in _STOP or lw in _RU_PREPOSITIONS or _is_verb_like(lw)
                                             or _SUBJECT_VERB_NEAR.fullmatch(word)
                                             or _RU_AMOUNT_VERB.match(lw)):  # fmt: skip
            break
        kept.append(word)
    noun = " ".join(kept)
    if kept:
        # "the number of prisoners who died": their deaths
        rest = before[found.start("np"):]
        at = re.match(r"\s*" + r"\s+".join(map(re.escape, kept)), rest)
        event = _event_after(rest, at.end()) if at else None
        if event and event[1]:
            return f"{_singular(noun)} deaths"
        if event:
            return f"{noun} {event[0]}"
    return noun


_PUT_AT = re.compile(
    r"(?:\b(?:put|puts|putting|set|sets|placed|places|fixed|fixes|estimated|estimates|estimate)\s+"
    rf"(?P<np>(?:the|a|an|its|their)\s+(?:{_WORD_RE}\s+|\d{{4}}(?:[–-]\d{{2,4}})?\s+){{0,9}}?)"
    rf"|(?P<subject>(?:{_WORD_RE}\s+){{1,7}}?)(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:now\s+|usually\s+|generally\s+|often\s+|commonly\s+|variously\s+|officially\s+)?"
    r"(?:put|set|placed|estimated|reckoned|calculated|fixed)\s+)"
    r"at\s+" + _qualifiers("between|about|around|some|roughly|nearly|over|more than|up to|at least") + r"$"
    # «Потери скота в войне оцениваются в 7 млн голов»
    rf"|(?P<ru>(?:{_WORD_RE}\s+){{1,6}}?)(?:оценива\w+|исчисля\w+|определя\w+)\s+в\s+"
    r"(?:около\s+|примерно\s+|более\s+)?$",
    re.IGNORECASE,
)
# The time or the place of what is put at a figure: not part of what it counts.
_PUT_TAIL = re.compile(r"\s+(?:during|in|for|from|between|since|by|under|on|в|во|за|на)\s.*$",
                       re.IGNORECASE | re.DOTALL)
_AS_MUCH = re.compile(
    rf"\s+as\s+(?:much|many)\s+(?P<np>(?:(?!as\b){_WORD_RE}\s+){{0,2}}?(?!as\b){_WORD_RE})\s+as\b",
    re.IGNORECASE,
)
_TO_END_OF_CHANGE = re.compile(r"\bfrom\s+(?:[^.;]|\.(?=\d)){1,80}?\bto\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_WHOLE_OPENS = re.compile(r"\s*(?:Of|Out\s+of)\s+(?:the\s+)?\d[\d,.]*\s+[^\W\d_]", re.IGNORECASE)
_AS_MANY_AS = re.compile(r"\s+as\s+(?:many|much)\s+as\b", re.IGNORECASE)
_BY_PLACE_HEAD = re.compile(
    rf"(?:^|[.;]\s+|\n)(?P<head>{_phrase(4)})\s+by\s+"
    r"(?:region|republic|province|oblast|city|district|country|nationality|territory|krai|area)s?"
    r"(?:,?\s*\d{4}(?:[–-]\d{2,4})?)?\s*:",
    re.IGNORECASE,
)
_PER_HEAD = re.compile(r"\s+(?:per|for\s+each|на\s+душу)\b", re.IGNORECASE)
_LAST_WORDS = re.compile(rf"({_phrase(3)})\s*$")


def _before_per(plain: str, subject: re.Match[str]) -> str:
    """The subject of ``_SUBJECT_BEFORE``; of "Meat consumption per head of the urban population stood at 51
    kg" the measure before "per" ("Meat consumption"), not the heads it is divided by."""
    group = 1 if subject.group(1) else 3
    phrase = subject.group(group)
    cut = _PER_HEAD.search(phrase)
    if not cut:
        # "Milk available per head of the urban population in the Donbass fell to": "per" before the words
        # ("per head" right before the seven words looked at)
        from_at = max(0, subject.start(group) - 30)
        per = re.search(r"\s+per(?:\s+[^\W\d_]+)?\s+$", plain[from_at : subject.start(group)])
        if per is None:
            return phrase
        head = _LAST_WORDS.search(plain, max(0, from_at - 60), from_at + per.start())
        return head.group(1) if head else phrase
    head = _LAST_WORDS.search(plain, max(0, subject.start(group) - 60), subject.start(group) + cut.start())
    return head.group(1) if head else phrase[: cut.start()]


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _STOP:
        words = words[1:]
    while words and words[-1].lower() in _STOP:
        words = words[:-1]
    return " ".join(words)


def _looks_like_quantity(text: str, end: int) -> bool:
    """A four-digit number followed by a magnitude or a unit is a quantity, not a year ("1500 tonnes"), but
    not after a preposition of time: "Since 1992 deaths have exceeded births"."""
    after = text[end:end + 24]
    line_start = text.rfind("\n", 0, end) + 1
    if (text.startswith("|", line_start) and text.count("|", line_start, end) >= 2
            and re.search(r"\|[ \t]*\d{4}$", text[line_start:end])
            and re.match(r"[ \t]*\|", after)):
        return True  # "| 1741/2 | 2132 | 1928 | 9 |": a later cell of a table's row is a count (fig17h)
    preposition = r"\b(?:since|in|by|until|till|before|after|during|of)\s+\d{4}$"
    if re.match(r"\s+(?!г\.|гг\.|год|году|года|годах|годы)[а-яё]{3,}", after):
        return True  # «около 1500 предприятий»: a count of something, not a year
    count_before = r"\d[\d,]*\s+[^\W\d_]+\s+(?:in|of|out\s+of|among)\s+\d{4}$"
    if re.search(count_before, text[max(0, end - 40) : end]) and (
        re.match(r"\s+(?:cases|patients|births|admissions|attacks|persons|people|inhabitants|households|families|"
                 r"children|adults|soldiers|prisoners|workers)\b", after)
    ):
        return True  # "the 994 fatalities in 1848 cases": a count set against a count, not a year (fig17f)
    dated = re.search(preposition, text[max(0, end - 16) : end], re.I)
    if dated and not re.match(rf"\s*(?:%|per\s*cent|percent|{_MAG_EN}|{_MAG_RU}|tonnes|tons)\b", after, re.I):
        return False
    return bool(re.match(
        rf"\s*(?:%|per\s*cent|percent|{_MAG_EN}|{_MAG_RU}|(?:metric\s+)?(?:tonnes|tons)\b|roubles|rubles|hectares|"
        r"people|persons|prisoners|inmates|peasants|workers|deaths|executions|arrests|households|человек)",
        after, re.IGNORECASE,
    ))


_MORE_END = re.compile(r"[ \t]+more\b(?=[ \t]*(?:[.;,:)]|$|--|—))")
_NUMBER_NOUN = re.compile(r"(?<![\w.,])\d[\d,]*[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*s\b")
# A bill's entry that opens on its fate and a number: "> Kild 28. one by …", "Drowned 4" (fig17i); the rest of
# the line may follow (its parts), but not a new sentence opening on a capital.
_BILL_FATE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?P<fate>Kild|Kil[l]?['’]d|Killed|Burnt|Burned|Drowned|Drownd|Slain|Executed|"
    r"Murthered|Murdered|Hanged|Hang['’]d)[ \t]+(?:\d[\d,]*\b(?:[^\n.]|\.(?!\s+[A-Z]))*)?"
)
_BILL_FATES = {"kild": "killed", "killd": "killed", "drownd": "drowned", "hangd": "hanged",
               "burned": "burnt", "murthered": "murdered"}
# A name (capitalised words) and a count in brackets, in a list: "St Botolph Aldgate (3)" (fig17i)
_NAME_COUNT = re.compile(
    r"(?P<name>\b[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|de|la|the))*)[ \t]+\((?P<n>\d{1,3})\)"
)
_BRACKET_COUNT = re.compile(r"[ \t]\(\d{1,3}\)")
_ITEM_END = re.compile(r"[ \t]*(?:[,;.:]|and\b|\n|$)")
_NAME_LIST_GAP = re.compile(r"[ \t]*[,;][ \t]*(?:and[ \t]+)?(?:the[ \t]+)?|[ \t]+and[ \t]+(?:the[ \t]+)?")
_COUNT_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred")
# "these latter five frightening deaths": a count and what it counts, before the list
_COUNT_NOUN_BEFORE = re.compile(
    rf"\b(?:\d[\d,]*|(?:{_COUNT_WORDS})(?:[ -](?:{_COUNT_WORDS}))?)\s+"
    r"(?P<noun>(?:[a-z][\w’'-]*\s+){0,2}(?:deaths|burials|births|baptisms|victims|dead|casualties|cases|"
    r"people|persons|men|women|children|houses|fires|accidents|suicides))\b",
    re.IGNORECASE,
)


def find_figures(text: str, marks: Sequence[Mark] = (), *, year: int | None = None) -> list[Figure]:
    """Every figure of ``text`` (with its structure ``marks``), in text order. ``year``: the source's
    publication year, when known; it resolves the times named by the time of writing ("this year", "Seventy
    years ago", "now") and dates present-tense statements. Without it they have no period of their own."""
    return _Detector(text, marks, year).figures()
