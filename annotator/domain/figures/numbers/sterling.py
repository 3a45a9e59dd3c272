"""Sums in pounds, shillings and pence, as British writing before 1971 gives wages, prices and rents: "£1 5s.
6d.", "18s. 6d.", "38s.", "7½d.", "30s a week". Each is one figure in pounds (20 shillings, 240 pence to the
pound), so that a wage of 38s. and one of £2 compare; the text keeps the sum as written."""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.words import _MEASURE_WORDS

_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_PENCE = r"\d{1,2}(?:[½¼¾])?"
_PER = (r"(?=\s+(?:a|per|each|the)\s+"
        r"(?:week|day|month|year|annum|hour|" + _MEASURE_WORDS.replace(" ", "|") + r"))")
# After a bare "38s." or "5d.": its stop and then a space, the end, or the stop of a sentence or an ellipsis
# ("an income of 27s., and", "more than 2s...", "(6d.)")
_ABBREVIATION_END = r"(?=[\s,;:)\]]|\.|$)"
_STERLING = re.compile(
    rf"""
    (?<![\w£$.,])
    (?:
        £\s?(?P<l>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:(?P<ls>\d{{1,2}})s\.?(?:\s*(?P<ld>{_PENCE})d\b\.?)?
                                              |(?P<ld2>{_PENCE})d\b\.?)
      | (?P<s>\d{{1,3}})s\.?\s*(?P<d>{_PENCE})d\b\.?
      | (?P<s2>\d{{1,3}})s(?:\.{_ABBREVIATION_END}|{_PER})
      | (?P<d2>{_PENCE})d(?:\.{_ABBREVIATION_END}|{_PER})
      | (?P<ws>\d{{1,3}})\s+shillings?\s+(?:and\s+)?(?P<wd>{_PENCE})\s*(?:pence|penny)\b
    )
    """,
    re.VERBOSE,
)
# Before a bare "60s." or "3d.": a decade, an age or an ordinal ("the 60s.", "in her 40s.", "the 3d.
# Division")
_NOT_MONEY_BEFORE = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|my|your|early|late|mid)\s+|mid-|[’'‘])$", re.IGNORECASE
)
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
    if "s." not in text and "d." not in text and "s " not in text and "d " not in text:
        return []
    found = []
    for m in _STERLING.finditer(text):
        g = m.groupdict()
        bare = g["s2"] is not None or g["d2"] is not None
        if bare and (_NOT_MONEY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                     or _ORDINAL_AFTER.match(text, m.end() - (1 if text[m.end() - 1] == "." else 0))):
            continue
        pounds = float((g["l"] or "0").replace(",", ""))
        shillings = float(g["ls"] or g["s"] or g["s2"] or g["ws"] or 0)
        pence = _pence(g["ld"] or g["ld2"] or g["d"] or g["d2"] or g["wd"])
        end = m.end()
        if text[end - 1 : end] == "." and (end == len(text) or text[end : end + 1] in "\n" or (
            re.match(r"\s+[A-Z]", text[end : end + 3]) is not None
        )):
            end -= 1  # "… was 38s. The next year": the stop ends the sentence as well as the abbreviation
        found.append((m.start(), end, round(pounds + shillings / 20 + pence / 240, 6)))
    return found


# Between two sums that make one range: "1s. to 1s. 6d.", "6s. or 7s.", "18s.-21s.", "between 18s. and 21s."
_RANGE_JOIN = re.compile(r"\s*(?:to|or|-|–|—)\s*|\s+and\s+")
# Before the first: "from" makes the two the ends of a change ("fell from 26s. to 5s. 6d."), not a range;
# "between" is what lets "and" join two sums
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def sterling_ranges(text: str) -> list[tuple[int, int, float | None, float | None, float | None]]:
    """The sums of ``text`` (``sterling_sums``), a range of two sums taken as one: (start, end, value, low,
    high), with value None and low/high the two ends for a range ("4s. 6d. to 5s. per week"), else the
    sum's value and None, None."""
    sums = sterling_sums(text)
    found: list[tuple[int, int, float | None, float | None, float | None]] = []
    k = 0
    while k < len(sums):
        a, b, value = sums[k]
        if k + 1 < len(sums):
            c, d, other = sums[k + 1]
            join = _RANGE_JOIN.fullmatch(text, b, c)
            lead = text[max(0, a - 10) : a]
            if (join is not None and value < other and not _FROM_BEFORE.search(lead)
                    and ("and" not in join.group() or _BETWEEN_BEFORE.search(lead))):
                found.append((a, d, None, value, other))
                k += 2
                continue
        found.append((a, b, value, None, None))
        k += 1
    return found
