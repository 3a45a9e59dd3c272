"""The period of one figure: which of its sentence's periods is its own (clauses, asides,
citations' years, years a figure is measured against, present and past tense, other figures' years), with the
time of writing as the last resort.
"""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.carried import _EVENT_SUBJECT, _FIGURES_OWN_YEAR, _FROM_BEFORE
from annotator.domain.figures.numbers.periods import _SAYING_NOW, _SMALL_COUNTS
from annotator.domain.figures.numbers.russian import _RU_DOCUMENT_DATE
from annotator.domain.figures.numbers.values import _NUMBER, _YEAR_WHOLE, _is_year
from annotator.domain.figures.numbers.verbs import _of_an_event, _pair_with_next
from annotator.domain.figures.numbers.words import (
    _CHANGE_NOUN,
    _LIMITS,
    _MERE,
    _ROUGH,
    _WORD_RE,
    _last_match,
    _qualifiers,
)
from annotator.domain.figures.text import MONTH_NAMES

# The size of a change just before the figure: "an overall increase of", "was reduced by nearly", "rose by"
_CHANGE_SIZE_BEFORE = re.compile(
    r"\b(?:(?:an?|the|this|that)\s+(?:[^\W\d_]+\s+){0,2}?" + _CHANGE_NOUN + r"\s+of|"
    r"(?:increased|decreased|reduced|rose|fell|grew|dropped|declined|risen|fallen|grown|gained)\s+(?:[^\W\d_]+\s+){0,2}?by)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|an estimated", "*") + r"[$£€]?\s*$",
    re.IGNORECASE,
)
# After a figure, a comparison that makes it the size of a change: "10 per cent higher in 1912 than in 1911",
# "4,000 more than in 1901", "18.05% over the 1901 census" ("over" only before a year: "over the age of 60" is
# none; "up to"/"down to" are limits, not comparisons)
_COMPARED_AFTER = re.compile(
    # (old print's comma after "per cent,": "17 per cent, higher"; not "more or less")
    r"\s*,?\s*(?:(?:higher|lower|greater|more|less|fewer|larger|smaller|above|below)\b(?!\s+or\s+less)"
    r"|over\s+(?:the\s+)?(?:1[5-9]\d\d|20\d\d)\b)",
    re.IGNORECASE,
)
# A figure that leaves out the verb of the change before it in its sentence ("rose by 14 per cent compared
# with 1935, and wages by 6 per cent"; "an increase of 21.7 per cent in Victoria, and 10 per cent in
# Queensland"): ", and" with at most four words (and "by") before it, and its clause ending right after it
# (not "and 40 per cent of the men were", which has a verb of its own)
_GAPPED_CHANGE_BEFORE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:[^\W\d_][\w'-]*\s+){0,4}?(?:by\s+)?(?:(?:about|nearly|some|almost|over)\s+)?[£$]?$",
    re.IGNORECASE,
)
_GAPPED_CHANGE_AFTER = re.compile(r"\s*(?:[,.;]|$)")
_IN_PER_CENT = re.compile(r"\s*(?:%|per\s*cent\b\.?|percent\b)", re.IGNORECASE)
# Before a change's baseline year: "Before 1350", "over the 1901 census", "from $34 million in 1958"
_BASELINE_CUE = re.compile(
    r"\b(?:from|over|upon|before|since|compared\s+(?:with|to)|than|above|below)\b[^.;:]{0,60}$", re.IGNORECASE
)
# A decade named by its end or start year: "in the decennium preceding 1901", "the ten years ending 1880",
# "the decade following 1815" (an intercensal period, as census reports name it)
_DECADE_BY_YEAR = re.compile(
    r"\b(?:decade|decennium|ten\s+years|intercensal\s+period)\s+(?P<dir>preceding|before|ending(?:\s+(?:in|with))?|"
    r"up\s+to|following|after|succeeding)\s+(?:the\s+(?:census\s+of\s+)?)?(?P<y>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|over|upon)\b[^.;:]{0,60}$", re.IGNORECASE)
# A rate or change a census calls decennial or intercensal: of the ten years from its baseline census on
_DECENNIAL = re.compile(r"\b(?:decennial|intercensal)\b", re.IGNORECASE)
# (its baseline census named at more length than other baselines: "upon the number returned at the preceding
# enumeration in April, 1891")
_DECENNIAL_BASE = re.compile(r"\b(?:from|over|upon|since|compared\s+(?:with|to)|than)\b[^.;:]{0,90}$", re.I)
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
# A year named as a baseline the figure is set against: "froze production at 1980 levels", "an increase over
# the 1911 census figure" (fig17q); the year alone after the preposition ("at 1980") is no baseline.
_BASELINE_BEFORE = re.compile(
    r"\b(?:at|over|above|below|under|than|to|from|with|on|of)\s+(?:the\s+|pre-?war\s+)?$", re.IGNORECASE
)
_BASELINE_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:levels?|figures?|baseline|totals?)\b", re.IGNORECASE)
# (a census compared with: "an increase of 681,204, 18.05% over the 1901 "Federation" Census"; not "in" or
# "of" the census, which is the figure's own time)
_BASELINE_CENSUS = re.compile(
    r"\b(?:over|above|below|than|since|compared\s+(?:with|to))\s+(?:the\s+)?$", re.IGNORECASE
)
_CENSUS_AFTER = re.compile(r"(?:\s+[\"“]?[^\W\d_]+[\"”]?)?\s+(?:census|count)\b", re.IGNORECASE)
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
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b"
    rf"|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+(?P<y2>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
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
# "The 2021 census, whose results were released in 2022": the year of publishing, where the sentence names
# another that is not measured against (when it names none, the count is taken as of its publication: "were
# published in 2003, Russia counted 145.2 million …, fewer than in 1989").
_SAME_PERIOD = re.compile(
    r"[^.;,]{0,50}?\b(?:over|in|during|for|across)\s+(?:the\s+same|this|that|these|those)\s+"
    r"(?:period|years|decade|time|span)\b",
    re.IGNORECASE,
)
# "63 per cent …, up from 28 per cent in 2012": a year right after another figure is that figure's.
_OTHER_FIGURES_YEAR = re.compile(
    r"[^;]*?(?<![\d.,])(?!(?:1\d{3}|20\d{2})(?!\d))\d[^;]*?\s+(?:in|by)\s+", re.IGNORECASE
)
# "Later, …" sets its own time; "economists later put the growth at 60 per cent" speaks of the plan's.
_LATER_OPENING = re.compile(r"\s*(?:later|afterwards|thereafter|eventually)\b", re.IGNORECASE)
# What makes a bracket a reference to a publication: a web address, an ISBN, a quoted title
_CITATION_MARK = re.compile(r"https?://|www\.|\bISBN\b|[\"“][A-Z][^\"”]{3,120}[\"”]")
# A share or a toll "out of a 1975 population", "of the country's 1975 population": that year is the
# base's, not the figure's (fig17o)
_BASE_POPULATION_YEAR = re.compile(
    r"[^;.\d]{0,30}?\b(?:out\s+)?of\s+(?:(?:a|the|its|their)\s+)?(?:[\w’'-]+['’]s\s+)?", re.IGNORECASE
)
_POPULATION_AFTER = re.compile(r"\s+population\b")
# A capitalised name's last word before its bracket, and a relative clause that leads to it
_NAME_END = re.compile(r"\b[A-Z][\w’'-]+\s*$")
_RELATIVE_TO_NAME = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+)?[a-z]+\b[^,;()]{0,60}$")
# "2.6 million a year earlier", "23,000 two years later": the sentence's year moved
_YEARS_MOVED = re.compile(
    r"\s+(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)\s+"
    r"(?P<dir>earlier|before|later|after)\b",
    re.IGNORECASE,
)
# A report's "the year" ("during the year", "for the past year") and the one before ("last year", "the
# previous year"), not a year named further ("the year of the famine", "the year before the war").
_THE_YEAR = re.compile(
    r"\b(?:(?P<last>last|previous|preceding)\s+year|(?:during|for|in|through(?:out)?)\s+the\s+(?:past\s+)?year)"
    r"\b(?!\s+(?:of|before|after|when|in|that|which|\d))",
    re.IGNORECASE,
)
_TITLE_YEAR = re.compile(r"(?<![\d/.-])(1[5-9]\d\d|20\d\d)(?![\d/-])")
_PER_YEAR_AFTER = re.compile(
    rf"(?:\s+{_WORD_RE}){{0,4}}?\s+(?:each\s+year|per\s+year|a\s+year|every\s+year|annually|per\s+annum)\b",
    re.IGNORECASE,
)
# (", causing the population to fall by 20–25% between 1841 and 1871": a clause of the consequence)
_JOINED_CLAUSE = re.compile(
    r"\s(?:and|but|while|whereas|whilst)\s|;\s|,(?:\[\d+\])*\s+(?:causing|leading|bringing|resulting\s+in)\s",
    re.IGNORECASE,
)


# Gapping: "rose by about 12 per cent., and in the weaving trade by about 18 per cent. as between 1904 and
# 1911": the figure's own preposition, the joined clause's (a place or branch, the same preposition, no verb)
# and the time that closes both
_GAP_ROUGH = r"(?:(?:about|nearly|some|almost|over|only|under)\s+)?"
_GAP_OWN = re.compile(rf"\b(?P<prep>by|to|of)\s+{_GAP_ROUGH}[£$]?\d[\d,.]*(?:\s*(?:per\s*cent|%))?\.?$", re.I)
_GAPPED = re.compile(
    rf"\s*(?:in|among|for|at|on)\s+(?:[^\W\d_][\w'-]*\s+){{1,4}}?(?P<prep>by|to|of)\s+{_GAP_ROUGH}[£$]?", re.I
)
_GAP_TO_TIME = re.compile(
    r"(?:\s*(?:per\s*cent|%))?\.?,?\s*(?:as\s+)?(?:(?:between|in|during|from|over)\s+)?", re.I
)
# A part of "the decade" the sentence speaks of, the decade itself named before ("during the 1960s …; at the
# end of the decade"): its years as dates17 reads "the late 1960s" (fig17r)
_DECADE_PART = re.compile(
    r"\b(?:at|by|towards?|near|in|around)\s+the\s+(?P<part>end|close|beginning|start|middle)\s+of\s+the\s+decade\b",
    re.IGNORECASE,
)
_DECADE_PARTS = {"end": (7, 9), "close": (7, 9), "beginning": (0, 3), "start": (0, 3), "middle": (4, 6)}


# A sentence that gives the one before it its time: "Some 4,000 weavers struck. This was in 1911." (fig17r)
_DATED_AFTER = re.compile(
    # (not a cleft, "It was in 1911 that the union formed", nor a sentence with a second number)
    rf"\s*(?:This|That|All\s+(?:of\s+)?this)\s+(?:was|happened|took\s+place|occurred)\s+"
    rf"(?:in\s+(?:(?:{MONTH_NAMES})\s+)?|during\s+)(?P<y>1[5-9]\d\d|20\d\d)\b(?!\s+that\b)[^\d\n]{{0,80}}$"
)


class _PeriodFor:
    """The period of one figure; mixed into ``_Detector``, which holds the state read here."""


    def period_for(self, start: int, end: int, counted: str = "") -> tuple[str, int | None, int | None]:
        period, first, last = self._period_moved(start, end, counted)
        if first is not None and last is not None and last - first == 9 and first % 10 == 0:
            # "during the 1960s, …; at the end of the decade, 70 percent …": the part of the decade named
            # before the figure in its sentence, with no other year between (dates17's decade parts, fig17r)
            _, s_start, _ = self.layout.sentence(start)
            part = _last_match(_DECADE_PART, self.text, s_start, start)
            if part is not None and not _YEAR_WHOLE.search(self.text, part.end(), start):
                low, high = _DECADE_PARTS[part.group("part").lower()]
                return f"{period} {' '.join(part.group().split())}", first + low, first + high
        if first is not None and first == last:
            spanned = self._decade_of(start, end, first) or self._change_span(start, end, first)
            if spanned is not None:
                return spanned
        return period, first, last

    def _decade_of(self, start: int, end: int, year: int) -> tuple[str, int, int] | None:
        """The ten years a figure of one ``year`` is of, when its sentence names them by that year: "the rate
        rose in the decennium preceding 1901 to 12.2 per cent" (1891-1901); "a decennial rate of increase of
        9.1 per cent upon the census of 1881" (1881-1891: the baseline census and the ten years after it)."""
        _, s_start, s_end = self.layout.sentence(start)
        for named in _DECADE_BY_YEAR.finditer(self.text, s_start, s_end):
            if int(named.group("y")) == year:
                back = named.group("dir").lower().startswith(("preced", "before", "ending", "up"))
                low, high = (year - 10, year) if back else (year, year + 10)
                return " ".join(named.group().split()), low, high
        if not _DECENNIAL.search(self.text, s_start, s_end):
            return None
        for found in re.finditer(rf"\b{year}\b", self.text[s_start:s_end]):
            at = s_start + found.start()
            span_end = re.search(r"\d\s*[-–—]\s*$", self.text[max(s_start, at - 8) : at])  # "1881-1891"
            if at > end and not span_end and _DECENNIAL_BASE.search(self.text, max(s_start, at - 100), at):
                return f"{year}–{year + 10}", year, year + 10
        return None

    def _change_span(self, start: int, end: int, year: int) -> tuple[str, int, int] | None:
        """The span from a change's baseline to ``year`` when the figure at ``start`` is the size of a change
        ("reduced by nearly 40,000 by 1450" after "Before 1350, …"; "an increase of 681,204 … over the 1901
        census"; "increased by $100 million …, from $34 million in 1958 to …"): the change is of both ends'
        time, not of the year its sentence gives it; None when it is no change or names no baseline."""
        i, s_start, _ = self.layout.sentence(start)
        if not self._is_change_size(start, end, s_start):
            return None
        # (a rate of change as an absolute one: "In 1936 output rose by 14 per cent compared with 1935" is of
        # 1935-1936, the lead's ruling of session 13, which replaced the s4 convention of the current year)
        bases = [p for p in self.periods_in(i) if p[3] == p[4] != year and p[0] >= s_start
                 and _BASELINE_CUE.search(self.text, max(s_start, p[0] - 60), p[0])]
        if not bases:
            return None
        base = min(bases, key=lambda p: abs(p[0] - start))
        low, high = sorted((base[3], year))
        return f"{low}–{high}", low, high

    def _is_change_size(self, start: int, end: int, s_start: int, gapped: bool = True) -> bool:
        """Whether the figure at ``start``-``end`` is the size of a change, in per cent or absolute: named so
        before it ("an increase of", "rose by"), compared after it ("higher … than", "over the 1901 …"), or
        (``gapped``) standing for the change before it in its sentence with the verb left out."""
        if (_CHANGE_SIZE_BEFORE.search(self.text, max(s_start, start - 80), start) is not None
                or _COMPARED_AFTER.match(self.text, end) is not None):
            return True
        if not gapped or "and" not in self.text[max(s_start, start - 60) : start]:
            return False
        gap = _GAPPED_CHANGE_BEFORE.search(self.text, max(s_start, start - 60), start)
        if gap is None or not _GAPPED_CHANGE_AFTER.match(self.text, self._unit_end(end)):
            return False
        earlier = [m for m in _NUMBER.finditer(self.text, s_start, gap.start()) if not _is_year(m)]
        if not earlier:
            return False
        other = earlier[-1]
        other_end = self._unit_end(other.end())
        # (a change in per cent and one in numbers are not one change: both or neither in per cent)
        if self._in_per_cent(other.start(), other.end()) != self._in_per_cent(start, end):
            return False
        return self._is_change_size(other.start(), other_end, s_start, gapped=False)

    def _unit_end(self, end: int) -> int:
        """Where a figure's "per cent" written after it ends (the figure's own end when it has none)."""
        unit = _IN_PER_CENT.match(self.text, end)
        return unit.end() if unit is not None else end

    def _in_per_cent(self, start: int, end: int) -> bool:
        """Whether the figure at ``start``-``end`` (its number alone, or with its unit) is in per cent."""
        return _IN_PER_CENT.search(self.text, start, self._unit_end(end)) is not None

    def _period_moved(self, start: int, end: int, counted: str = "") -> tuple[str, int | None, int | None]:
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

    def _report_year(self, start: int, s_start: int, s_end: int) -> tuple[str, int, int] | None:
        """The year a report's figure is of where its sentence says "during the year" or "last year" and
        writes no year: the one year of the report's title line ("Report of the Medical Officer of Health
        for Willesden, 1895." ¶ "… during the year was 1,084" → 1895, "the rate last year" → 1894); None
        where the sentence does not speak of the year or the text opens with no such title."""
        said = [m for m in _THE_YEAR.finditer(self.text, s_start, s_end)]
        if not said:
            return None
        title = self._title_year()
        if title is None:
            return None
        nearest = min(said, key=lambda m: min(abs(m.start() - start), abs(m.end() - start)))
        year = title - 1 if nearest.group("last") else title
        return nearest.group().strip(), year, year

    def _title_year(self) -> int | None:
        """The one year the text's first line writes, where that line is a title: a paragraph of its own of
        at most fifteen words ("Report … for Willesden, 1895.", "Volume 23, 1890"); None otherwise."""
        if self._title_year_found == 0:
            self._title_year_found = None
            line_end = self.text.find("\n", 0, 400)
            line = self.text[: line_end] if line_end > 0 else ""
            if line.strip() and len(line.split()) <= 15 and self.text.startswith("\n", line_end + 1):
                years = _TITLE_YEAR.findall(line)
                self._title_year_found = int(years[0]) if len(years) == 1 else None
        return self._title_year_found

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
            # ("a rise of 4,512 over the 1911 census figure": the baseline's year is no time of the figure)
            and not self._baseline_year(p)
            and not self._change_baseline(p, start, end, s_start)
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
            # The figure's own year written right after it wins over another figure's before it: "produced
            # £18,000 worth in 1867 and £150,000 worth in 1868" (fig17p)
            own_after = [p for p in own if p[0] >= end and self._reference_year(p) == 0
                         and (m := _FIGURES_OWN_YEAR.search(self.text, start, p[0])) is not None
                         and m.start() < end]
            if own_after and any(p[1] <= start for p in own):
                return own_after[0][2], own_after[0][3], own_after[0][4]
            # The nearest period of the sentence; one after the figure wins a tie ("6 million in 1933").
            best = min(own, key=lambda p: (self._reference_year(p), self._distance(p, start, end),
                                           p[0] < start))
            return best[2], best[3], best[4]
        reported = self._report_year(start, s_start, s_end)
        if reported is not None:
            return reported
        per_year = _PER_YEAR_AFTER.match(self.text, end)
        if per_year is not None and _FROM_BEFORE.search(self.text[max(s_start, start - 24) : start]):
            per_year = None  # "fell from 41,000 a year to barely 3,000": the change's start, of its time
        told_after = self._dated_after(i, s_start)
        if told_after is not None:
            return told_after
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

    def _dated_after(self, i: int, s_start: int) -> tuple[str, int, int] | None:
        """The year the next sentence of the paragraph gives the one before it: "Some 4,000 weavers struck.
        This was in 1911." (fig17r); None when it opens otherwise."""
        if i + 1 >= len(self.layout.sentence_starts):
            return None
        n_start, n_end = self.layout.sentence_at(i + 1)
        if self.layout.paragraph(n_start) != self.layout.paragraph(s_start):
            return None
        told = _DATED_AFTER.match(self.text, n_start, n_end)
        if told is None:
            return None
        year = int(told.group("y"))
        return told.group("y"), year, year

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
        others = [m for m in _NUMBER.finditer(self.text, joined.end(), p_start) if not _is_year(m)]
        if others:
            return not self._gapped_with(end, joined.end(), others, p_start)
        if joined.group().strip() != ";":
            return False
        # "was about 8.5 million; by 1901, it was just 4.4 million": a clause after a semicolon whose year
        # comes before its own figure
        _, _, s_end = self.layout.sentence(p_start)
        stop = self.text.find(";", p_start, s_end)
        stop = s_end if stop < 0 else stop
        return any(not _is_year(m) for m in _NUMBER.finditer(self.text, p_start, stop))

    def _gapped_with(self, end: int, at: int, others: list[re.Match[str]], p_start: int) -> bool:
        """Whether the clause joined after a figure leaves out its verb and repeats the figure's preposition,
        so that the time closing it is both figures': "rose by about 12 per cent., and in the weaving trade by
        about 18 per cent. as between 1904 and 1911" (statistical writing's gapping)."""
        text = self.text
        if len(others) != 1:
            return False
        other = others[0]
        own = _GAP_OWN.search(text, max(0, end - 80), end)
        gap = _GAPPED.fullmatch(text, at, other.start())
        if own is None or gap is None or gap.group("prep").lower() != own.group("prep").lower():
            return False
        return _GAP_TO_TIME.fullmatch(text, other.end(), p_start) is not None

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

    def _baseline_year(self, p: tuple[int, int, str, int, int]) -> bool:
        """Whether ``p`` is a year named as a baseline: "at 1980 levels", "over the 1911 census figure"."""
        before = max(0, p[0] - 20)
        return bool(
            (_BASELINE_BEFORE.search(self.text, before, p[0]) and _BASELINE_AFTER.match(self.text, p[1]))
            or (_BASELINE_CENSUS.search(self.text, before, p[0]) and _CENSUS_AFTER.match(self.text, p[1]))
        )

    def _change_baseline(self, p: tuple[int, int, str, int, int], start: int, end: int, s_start: int) -> bool:
        """Whether ``p`` is the baseline a change, absolute or in per cent, is measured from, and so no time
        of the change: "Compared with the preceding enumeration in 1861 the present return shows an absolute
        increase of 2,238", "an increase of 3,284 over the number in 1851", "a rise of 12 per cent compared
        with 1861" (the change is of the time the text speaks of, carried from before; ``_change_span`` then
        spans the two)."""
        if p[3] != p[4] or not self._is_change_size(start, end, s_start):
            return False
        if not re.search(r"\d", self.text[start:end]):
            return False  # (a share, "risen by a third", is left as it was)
        # ("Since 1995 … has risen by 3,000": since opens a span to the time of writing, no baseline)
        return _COMPARED_WITH.search(self.text, max(s_start, p[0] - 60), p[0]) is not None

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
        if self._baseline_year(p):
            return 2
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
