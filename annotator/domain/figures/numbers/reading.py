"""One number read in its context: its range ("5–7 million", "between 1.5 and 2 million"), part of a
whole ("13 of 15 generals") or ratio ("1 in 40"), ranges written in words, rates, "respectively", and what
makes a number no figure (labels, durations, dates, clock times, compound adjectives).
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers.counted_cues import _QUALS
from annotator.domain.figures.numbers.inherit import _OF_THEM, _OF_WHICH, _TO_END_OF_CHANGE
from annotator.domain.figures.numbers.nouns import _STOP, _heading, _is_people, _strip_determiners
from annotator.domain.figures.numbers.values import (
    _APPROX,
    _CARD,
    _CURRENCY_BEFORE,
    _MAGNITUDE,
    _is_year,
    _parse_number,
    _unit,
    _value,
)
from annotator.domain.figures.numbers.words import _WORD_RE, _phrase, _qualifiers
from annotator.domain.figures.text import MONTH_NAMES, RU_MONTHS, YEAR

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

# ("from 1.8 million to more than 2.4 million": the second end may be approximate)
_NOTE_CALLS = re.compile(r"(?:\[\d{1,3}\])+")
_RANGE_GAP = re.compile(
    r"\s*(?:–|—|-|,?\s*to|or|and|until|till|до|или|и)\s*"
    + _qualifiers(
        "more than|over|about|around|some|nearly|almost|at least|perhaps|possibly|as many as|well over"
    ),
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def _is_share_at(text: str, pos: int) -> bool:
    """Whether a share's sign or word ("%", "per cent") is written right at ``pos``."""
    return _SHARE_AFTER.match(text, pos) is not None


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
# An underscore that opens or closes a word: a plain-text book's italics ("_3,500 recruits_ were"), not a
# part of the word (fig17m)
_ITALIC_MARK = re.compile(r"_+(?=\s|$)|(?:(?<=\s)|^)_+")
# A number in words with its magnitude, "three\nhundred", and a number in words with "or" just before it
# ("two or three hundred"): the two ends of a range in words (fig17m)
_WORD_MAGNITUDE = re.compile(rf"({_CARD})\s+(?:hundred|thousand|million)", re.IGNORECASE)
_CARD_OR_BEFORE = re.compile(rf"(?<![\w-])({_CARD})\s+or\s+$", re.IGNORECASE)
# A rate right after a figure: "3,200 per month", "41,000 a year" (fig3)
_RATE_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*(?:%|per\s*cent|percent))?,?\s+respectively\b", re.IGNORECASE)
# Two things named before a pair of figures: "annual GDP growth and inflation at about" (fig3)
_TWO_NAMED = re.compile(
    rf"(?P<a>{_phrase(3)})\s+and\s+"
    rf"(?P<b>{_phrase(3, lazy=True)})\s+"
    r"(?:(?:at|of|were|was|are|is|stood\s+at|reached|rose\s+to|fell\s+to|to|by)\s+)"
    + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
_PRESENT_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:last|this)\s+year\b|\s+(?:today|nowadays)\b", re.I)
_PRESENT_BEFORE = re.compile(
    r"\b(?:now|today|currently|at\s+present)\s+(?:has|have|is|are|stands?|numbers?|employs?|holds?|counts?)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$"
    r"|\b(?:currently|nowadays|at\s+present)\s+" + _qualifiers("about|some|around|nearly|over") + r"$",
    re.IGNORECASE,
)
_NOW_BEFORE = re.compile(rf"\b(?:now|at\s+present|currently|today)\s+(?:{_WORD_RE}\s+){{0,3}}$", re.I)
_LIFESPAN = re.compile(r"\blife\s+expectancy\b|\blive\s+(?:on\s+average|an\s+average\s+of)\b|\blifespans?\b",
                       re.IGNORECASE)
# The least number in words that is a figure without a magnitude word ("two hundred wagons"; not "two sons",
# "thirty more cases") (fig17h)
_WORDS_FIGURE_FROM = 100
# "(thousands)", "(in millions)": a table's scale, not a vague figure
_SCALE_IN_BRACKETS = re.compile(r"\(\s*(?:in\s+)?$")
_WHOLE_OPENS = re.compile(r"\s*(?:Of|Out\s+of)\s+(?:the\s+)?\d[\d,.]*\s+[^\W\d_]", re.IGNORECASE)


_MORE_END = re.compile(r"[ \t]+more\b(?=[ \t]*(?:[.;,:)]|$|--|—))")
_NUMBER_NOUN = re.compile(r"(?<![\w.,])\d[\d,]*[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*s\b")


class _Reading:
    """One number read in its context; mixed into ``_Detector``, which holds the state read here."""


    def _with_rate(self, f: Figure) -> Figure:
        """A figure per unit of time counts its noun per that time: "around 3,200 per month - died" counts
        deaths per month, not deaths (fig3); one whose noun already says a rate is left as it is."""
        rate = _RATE_AFTER.match(self.text, f.end)
        if rate is None or not f.counted or "per" in f.counted.lower().split():
            return f
        return replace(f, counted=f"{f.counted} per {rate.group(1).lower()}")

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

    def _more_after_figure(self, start: int, end: int) -> bool:
        """ "… lists 6 frightening deaths, and the bill after it lists 5 more": "N more" ending its clause
        after a number with a noun earlier in the sentence is a figure of that noun (``_inherit`` gives it)
        (fig17i)."""
        if not _MORE_END.match(self.text, end):
            return False
        _, s_start, _ = self.layout.sentence(start)
        return bool(_NUMBER_NOUN.search(self.text, s_start, start))

    def _part_of_before(self, start: int) -> bool:
        """A small number that ends a change ("fell from 12.5 kg … to barely 7") or is a part of the whole a
        sentence opens with ("Out of 2,600 mosques …, just 64 were open"): a figure, not a label."""
        _, s_start, _ = self.layout.sentence(start)
        return bool(_TO_END_OF_CHANGE.search(self.text, max(s_start, start - 120), start)
                    or _WHOLE_OPENS.match(self.text, s_start, start))  # fmt: skip

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
        k = index + 1
        # ("from 632,253[59] to 1,042,000": a note call right after the first end is passed over (fig17p))
        while (k < len(matches) and self.layout.is_excluded(matches[k].start(), matches[k].end())
               and _NOTE_CALLS.fullmatch(text, end, matches[k].end() + 1)):
            k += 1
        nxt = matches[k] if k < len(matches) else None
        if nxt is not None and self.layout.is_excluded(nxt.start(), nxt.end()):
            nxt = None
        if nxt is not None and not fraction and kind != "vague":
            gap = text[end:nxt.start()]
            notes = _NOTE_CALLS.match(gap)
            gap = gap[notes.end():] if notes else gap
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
            if ranged and gap.strip().lower() in ("or", "или") and not unit_both and _is_share_at(
                text, nxt.end()
            ):
                ranged = None  # "a rise of 4,512 or 6.3%": one quantity as a count and as a share (fig17q)
            if v2 is not None and k2 == "count" and not _is_year(nxt) and ranged:
                connector = gap.strip().lower().lstrip(",").strip()
                # ("rose from 3 percent to nearly 19 percent": the connector, not the second end's qualifier
                # (fig17q))
                connector = connector.split()[0] if connector else connector
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
                # (so is a large whole "out of": "12,000 out of 85,000 islanders" (fig17q))
                own_whole = v2 >= 1000 and re.search(r"\bthe\b|\bout\s+of\b", gap, re.I)
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
