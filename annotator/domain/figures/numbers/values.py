"""Numbers and their values: the one pattern that finds every number (digits, words, magnitudes,
fractions, vague magnitudes, «3 млн»), reading its value or its low and high, its approximation word and its
unit, and telling years and spans of years from quantities.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from number_parser import parse_number

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers.russian import (
    _RU_BARE_MAG_AFTER,
    _RU_CARD,
    _RU_CARD_WORDS,
    _RU_DOTTED_THOUSANDS,
    _RU_HALF,
    _in_russian,
)
from annotator.domain.figures.numbers.words import _GENERIC, _SAYS_NOTHING, _set
from annotator.domain.figures.text import YEAR

# Cues whose list is shorter than these keep their own words, as first written (``_FROM_BEFORE`` has no
# "almost", ``_CENSUS_BEFORE`` five words): a word added to a list changes which figures the cue reads.


_CARD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
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
                 # ("a 33per cent increase", "4lbs of meat": a "per cent" or a weight run on to its number;
                 # "1 ½ pounds of meat", "2½ acres": a vulgar fraction after the whole number)
                 |\d+(?:\.\d+|\x20?[½¼¾])?)(?![\d]|[.,]\d|(?!(?:million|billion)(?![\w-])|per\x20?cent\b|lbs?\b)[^\W\d_%$]))
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
    # ("a licence fee of 30 shillings per month", "reached 3914 MW of installed capacity": the unit of the
    # fee and of the capacity, not what is counted (fig17q))
    (re.compile(r"\s+(?:shillings)\b", re.I), "shillings"),
    # ("at 1 ½ pence the pound": pence written out, as shillings are; sums in "s." and "d." are in pounds)
    (re.compile(r"\s+(?:pence)\b", re.I), "pence"),
    (re.compile(r"\s*(?:MW|megawatts?|GW|gigawatts?)(?!\w)"), "MW"),
    # Weights and energy: "51 kg a year", "125 grams of bread", "38 billion kilowatt-hours" measure what the
    # sentence's subject names (meat consumption, the ration, electricity output), not kilograms.
    (re.compile(r"\s*(?:kilogrammes|kilograms|kilogram|kgs?|кг)(?!\w)", re.I), "kg"),
    (re.compile(r"\s+(?:grammes|grams|gramme|gram|гр\.)(?!\w)", re.I), "grams"),
    (re.compile(r"\s+(?:kilowatt-hours|kilowatt\s+hours|kWh|кВт[·.]?ч)(?!\w)", re.I), "kWh"),
    (re.compile(r"\s+(?:people|persons|individuals|souls|человека?|чел\.)(?!\w)", re.I), "people"),
)
_CURRENCY_BEFORE = {"$": "dollars", "£": "pounds", "€": "euros", "₽": "roubles"}
_YEAR_WHOLE = re.compile(rf"{YEAR}")


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


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _num(text: str) -> float | None:
    t = re.sub(r"[,\x20\u00a0\u202f\u2009]", "", text)
    part = _VULGAR.get(t[-1:], 0.0) if t else 0.0
    try:
        return float(t[:-1] if part else t) + part
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
        r"people|persons|prisoners|inmates|peasants|workers|deaths|executions|arrests|households|человек|"
        # (a price list's "per 2000 lbs.", "about 2000 bushels of wheat": weights and measures)
        r"lbs?\b|bushels?\b|acres\b|cwt\b|yards\b|gallons\b|feet\b|miles\b|loaves\b)",
        after, re.IGNORECASE,
    ))


# Old British print sets the decimal point raised ("18·06 per cent"), and OCR reads the raised point as an
# apostrophe ("18'06 per cent."): a point between digits, when the number is a percentage or stands in a line
# of such numbers (a table's row). Never a decade's "1860's" (a letter after it) or a year's "'06" alone.
_RAISED_POINT = re.compile(r"(?<![\d,.·'’])(\d{1,3})·(\d{1,3})(?![\d·'’])")
_OCR_POINT = re.compile(r"(?<![\d,.·'’])(\d{1,3})['’](\d{1,3})(?![\d'’]|[^\W\d_])")
_QUOTE_BEFORE_DIGIT = re.compile(r"['’](?=\d)")
_PERCENT_AFTER = re.compile(r"\s*(?:per\s*cent|%|p\.\s?c\.)", re.IGNORECASE)


def british_decimals(text: str) -> str:
    """``text`` with old print's raised decimal points as full stops, of the same length (every offset
    stays): "18·06" -> "18.06"; "18'06 per cent" -> "18.06 per cent", and "18'06" in a line with another
    number so written."""
    points = [m.end(1) for m in _RAISED_POINT.finditer(text)] if "·" in text else []
    for quote in _QUOTE_BEFORE_DIGIT.finditer(text):
        # (the apostrophes first, then the digits before each: a scan for digits would stop at every number)
        at = quote.start()
        while at > 0 and quote.start() - at < 3 and text[at - 1].isdigit():
            at -= 1
        m = _OCR_POINT.match(text, at)
        if m is None or m.end(1) != quote.start():
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if _PERCENT_AFTER.match(text, m.end()) or (len(_OCR_POINT.findall(line)) >= 2 and (
            # (a table's row, or a paragraph where another is a percentage: "… 17'93 per cent. of the
            # population", "or 9'91 of the total city population")
            len(line) <= 200 or any(_PERCENT_AFTER.match(line, o.end()) for o in _OCR_POINT.finditer(line))
        )):
            points.append(m.end(1))
    if not points:
        return text
    chars = list(text)
    for at in points:
        chars[at] = "."
    return "".join(chars)

