"""Sums in pounds, shillings and pence, as British writing before 1971 gives wages, prices and rents: "£1 5s.
6d.", "18s. 6d.", "38s.", "7½d.", "30s a week". Each is one figure in pounds (20 shillings, 240 pence to the
pound), so that a wage of 38s. and one of £2 compare; the text keeps the sum as written. Older print writes
the pound as "l." after its number ("2l. 10s.", "5l. 5s. 6d.", "100l."), read the same way."""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.words import _MEASURE_WORDS

_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_PENCE = r"\d{1,2}(?:[½¼¾])?"
# (a conversion in brackets may stand between the sum and its rate: "7s (35p) a week")
_PER = (r"(?=(?:\s*\([^()\n]{1,12}\))?\s+(?:a|per|each|the)\s+"
        r"(?:week|day|month|year|annum|hour|" + _MEASURE_WORDS.replace(" ", "|") + r"))")
# After a bare "38s." or "5d.": its stop and then a space, the end, or the stop of a sentence or an ellipsis
# ("an income of 27s., and", "more than 2s...", "(6d.)")
_ABBREVIATION_END = r"(?=[\s,;:)\]]|\.|$)"
# The pound written "l." after its number, as print before about 1850 has it: "2l. 10s.", "5l. 5s. 6d.",
# "100l.". Without its stop only before a rate or a comma and shillings ("50l a year", "50l, 10s."), since a
# bare "1l" is as often an OCR slip for "11". A line reference puts "l." BEFORE its number ("l. 12", "ll.
# 3-5") and is never matched here.
_LIBRA = (rf"""(?P<p>\d{{1,3}}(?:,\d{{3}})+|\d+)l
        (?:\.?,?\s*(?P<ps>\d{{1,2}})s\b\.?(?:\s*(?P<pd>{_PENCE})d\b\.?)?
          |\.?,?\s*(?P<pd2>{_PENCE})d\b\.?
          |\.{_ABBREVIATION_END}
          |{_PER})""")
_POUND_HINT = re.compile(r"\dl\b")
_STERLING = re.compile(
    rf"""
    (?<![\w£$.,])
    (?:
        £\s?(?P<l>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:(?P<ls>\d{{1,2}})s\.?(?:\s*(?P<ld>{_PENCE})d\b\.?)?
                                              |(?P<ld2>{_PENCE})d\b\.?)
      | {_LIBRA}
      | (?P<s>\d{{1,3}})s\.?\s*(?P<d>{_PENCE})d\b\.?
      | (?P<s2>\d{{1,3}})s(?:\.{_ABBREVIATION_END}|{_PER})
      | (?P<d2>{_PENCE})d(?:\.{_ABBREVIATION_END}|{_PER})
      | (?P<ws>\d{{1,3}})\s+shillings?\s+(?:and\s+)?(?P<wd>{_PENCE})\s*(?:pence|penny)\b
      # shillings and pence with a stroke: "14/-", "7/0½", "7/6 a week" (not a date or a fraction, "9/11",
      # "3/4": pence after the stroke need a dash, a fraction of a penny or a rate after them)
      | (?P<sl>\d{{1,3}})/(?:-|(?P<sld>\d{{1,2}}[½¼¾])|(?P<sld2>\d{{1,2}}){_PER})
    )
    """,
    re.VERBOSE,
)
# Before a bare "60s." or "3d.": a decade, an age or an ordinal ("the 60s.", "in her 40s.", "the 3d.
# Division")
_NOT_MONEY_BEFORE = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|my|your|early|late|mid)\s+|mid-|[’'‘])$", re.IGNORECASE
)
# Before a pound "2l.": a volume, number, page or chapter, where "2l." is OCR for "21." ("Vol. 2l.")
_REFERENCE_BEFORE = re.compile(r"\b(?:vol|no|nos|p|pp|ch|chap|art|sect|fol|ff?)\.\s*$|§\s*$", re.IGNORECASE)
# After a bare "2d": a unit of an army or a session, as American writing numbers them ("the 2d Division",
# "3d Infantry", "the 42d Congress"), is an ordinal
_ORDINAL_AFTER = re.compile(
    r"\.?\s+(?:Division|Infantry|Regiment|Battalion|Brigade|Corps|Army|Cavalry|Artillery|Marines|Squadron|"
    r"Fleet|Congress|Session|Street|Avenue|Edition|ed\.)\b"
)


def _pence(written: str | None) -> float:
    if not written:
        return 0.0
    half = _FRACTIONS.get(written[-1], 0.0)
    return float(written.rstrip("½¼¾") or 0) + half


def sterling_sums(text: str) -> list[tuple[int, int, float]]:
    """The sums in pounds, shillings and pence of ``text``: (start, end, value in pounds), in text order. A
    sum in pounds alone ("£5") is not one of them (the figures read it as any currency)."""
    if ("s." not in text and "d." not in text and "s " not in text and "d " not in text and "/" not in text
            and _POUND_HINT.search(text) is None):
        return []
    found = []
    in_one_unit: list[tuple[int, float]] = []
    for m in _STERLING.finditer(text):
        g = m.groupdict()
        bare = g["s2"] is not None or g["d2"] is not None
        if g["p"] is not None and _REFERENCE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if bare and (_NOT_MONEY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                     or _ORDINAL_AFTER.match(text, m.end() - (1 if text[m.end() - 1] == "." else 0))):
            continue
        pounds = float((g["l"] or g["p"] or "0").replace(",", ""))
        shillings = float(g["ls"] or g["ps"] or g["s"] or g["s2"] or g["ws"] or g["sl"] or 0)
        pence = _pence(g["ld"] or g["ld2"] or g["pd"] or g["pd2"] or g["d"] or g["d2"] or g["wd"] or g["sld"]
                       or g["sld2"])
        end = m.end()
        if text[end - 1 : end] == "." and (end == len(text) or text[end : end + 1] in "\n" or (
            re.match(r"\s+[A-Z]", text[end : end + 3]) is not None
        )):
            end -= 1  # "… was 38s. The next year": the stop ends the sentence as well as the abbreviation
        found.append((m.start(), end, round(pounds + shillings / 20 + pence / 240, 10)))
        if g["s2"] is not None:
            in_one_unit.append((m.start(), 1 / 20))
        elif g["p"] is not None and g["ps"] is None and g["pd"] is None and g["pd2"] is None:
            in_one_unit.append((m.start(), 1.0))
    return _with_bare_shillings(text, _with_shared_units(text, found, in_one_unit))


# A bare number before a sum in one unit, joined as a range, shares its unit: "from 30 to 40s.", "3 or 4l.",
# "550 or 600l." (the first end no greater than the second, at most three digits: no year)
_SHARED_FIRST = re.compile(r"(?<![\w£$.,/'’-])(?P<n>\d{1,3})(?:\s*(?:to|or|-|–|—)\s*|\s+and\s+)$")


def _with_shared_units(text: str, found: list[tuple[int, int, float]],
                       in_one_unit: list[tuple[int, float]]) -> list[tuple[int, int, float]]:
    more = []
    for start, scale in in_one_unit:
        m = _SHARED_FIRST.search(text, max(0, start - 12), start)
        if m is None or (m.start() > 0 and text[m.start() - 1].isdigit()):
            continue
        second = next(v for a, _, v in found if a == start)
        first = float(m.group("n")) * scale
        if 0 < first < second and joins_as_range(text, m.start(), m.end("n"), start):
            more.append((m.start(), m.end("n"), round(first, 10)))
    return sorted(found + more) if more else found


# Shillings written "7s" with neither a stop nor a rate after them ("from 7s to 10s a week", "30s to 40s and
# even 60s"): shillings only near another sum of the kind, so that a decade ("the 60s") or a plural ("in
# 1860s") stays none
_BARE_SHILLINGS = re.compile(r"(?<![\w£$.,'’‘/])(?P<s>\d{1,3})s(?![\w'’/])")
_NEAR = 150
# ("the 1930s and 40s", "the 20s and 30s": a decade after another; not "20s to 25s", shillings)
_DECADE_BEFORE = re.compile(r"(?:(?:1\d|20)\d0|\bthe\s+\d0)['’]?s\s*(?:and|or|to|-|–)\s*$", re.IGNORECASE)


def _with_bare_shillings(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    if not found:
        return found
    near = [(max(0, a - _NEAR), b + _NEAR) for a, b, _ in found]
    taken = [(a, b) for a, b, _ in found]
    more = []
    for lo, hi in near:
        for m in _BARE_SHILLINGS.finditer(text, lo, min(len(text), hi)):
            if (any(a <= m.start() < b for a, b in taken)
                    or _NOT_MONEY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    or _DECADE_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                continue
            taken.append((m.start(), m.end()))
            more.append((m.start(), m.end(), float(m.group("s")) / 20))
    return sorted(found + more) if more else found


# Between two sums that make one range: "1s. to 1s. 6d.", "6s. or 7s.", "18s.-21s.", "between £6 and £8"
_RANGE_JOIN = re.compile(r"(?:\s*\([^()\n]{1,12}\))?(?:\s*(?:to|or|-|–|—)\s*|\s+and\s+)")
# Before the first: a change's verb and "from" make the two the ends of a change ("fell from 26s. to 5s.
# 6d."), not a range ("ranged from 7s to 10s"); "between" is what lets "and" join two sums
_FROM_BEFORE = re.compile(
    r"\b(?:r[io]se|risen|rising|f[ae]ll|fallen|falling|increas\w*|decreas\w*|reduc\w*|dropp\w*|declin\w*|"
    r"gr[eo]w\w*|rais\w*|lower\w*|cut|went\s+(?:up|down)|changed|doubl\w*|tripl\w*|halv\w*|\w+fold)\b"
    r"[^.;]{0,30}?\bfrom\s+$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def joins_as_range(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """Whether two sums, the first at ``first_start``-``first_end`` and the next at ``second_start``, are one
    range: "1s. to 1s. 6d.", "5s. or 6s.", "between £6 and £8", "from 7s to 10s a week" (not the two ends of a
    change: "fell from 26s. to 5s. 6d.")."""
    join = _RANGE_JOIN.fullmatch(text, first_end, second_start)
    lead = text[max(0, first_start - 60) : first_start]
    return (join is not None and not _FROM_BEFORE.search(lead)
            and ("and" not in join.group() or _BETWEEN_BEFORE.search(lead) is not None))
