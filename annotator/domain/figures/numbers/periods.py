"""Periods: the years and spans a sentence names (``periods_in``), years named by the time of writing
("this year", "a decade ago", "now") or by the year before ("the following year"), and a narrative told by
days without their year (the year of the last full date).
"""

from __future__ import annotations

import bisect
import re

from annotator.domain.figures.dates import era_periods, years_before_ours
from annotator.domain.figures.numbers.russian import _RU_SAID_AFTER
from annotator.domain.figures.numbers.values import _YEAR_WHOLE, _looks_like_quantity, _parse_number
from annotator.domain.figures.numbers.words import _WORD_RE
from annotator.domain.figures.text import (
    MONTH_NAMES,
    NAMED_PERIOD,
    NAMED_STARTS,
    PERIOD,
    PERIOD_STARTS,
    period_of,
    scan,
    war_part,
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
# A country's adjective before "Civil War" (the named periods list the common ones): "the Yemeni Civil War"
_OTHER_CIVIL_WAR_BEFORE = re.compile(r"\b(?!Russian\b|Russia['’]s\b)[A-Z][\w’'-]*[ \t]+$")
# A date written in full with a day, "the 6th of April, 1862", "April 6, 1862", "6 April 1862": the year a
# narrative's later days without a year ("on the 6th", "the 16th of May") are of (fig17g).
_DAY_FULL_DATE = re.compile(
    rf"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b\.?,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b"
    rf"|\b(?:{MONTH_NAMES})\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?,?\s+(?P<y2>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
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
# A capitalised name and "of" just before a year: "the Ikon of 1612", "the Revolution of 1905" (fig17m)
_NAME_OF_YEAR = re.compile(r"\b(?-i:[A-Z])[\w’'-]+\s+of\s+$")
# A year that names a document or a line ("the balance of the 1940 treaty", "the March 1940 Moscow Peace
# Treaty", "the old 1939 border", "the 1921 Åland convention"): the thing's year, not a time the story has
# come to (fig17p)
_DOCUMENT_YEAR_BEFORE = re.compile(rf"(?:\bthe\s+(?:[a-z]+\s+|(?:{MONTH_NAMES})\s+)?|\bpre-)$")
_DOCUMENT_YEAR_AFTER = re.compile(
    r"\s+(?:[A-ZÅÄÖ][\w’'-]+\s+)?(?i:(?:peace\s+)?(?:treaty|treaties|pact|agreement|convention|accords?|border|"
    r"borders|frontier|frontiers|boundary|boundaries|constitution|armistice|charter|protocol))\b"
)
# A war named without a number ("the war", "World War II") after one of these is the time of its sentence
# ("during the war", "by the end of the war"); after another word it is a thing the sentence speaks of ("to
# force Finland out of the war", "once the war was over", "to re-enter World War II"), and the sentences after
# it go on in the time before it (fig17p)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?<!\bout\s)\b(?:in|during|throughout|through|after|before|since|until|till|by|over|at|for|from|between|"
    r"within|of|to|and)\s+$",
    re.IGNORECASE,
)
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
# The year a scholar said or wrote something, not the time of the figures said (fig17p): "Krivosheev
# estimated in 1997 that around 250,000 were killed", "in 2017, Alexis Peri wrote that the city …", "In
# 2006, American author Lisa A. Kirchenbaum wrote that". A year before the writer needs a writing verb, or a
# scholar's noun before the verb ("In 1944, Stalin claimed that …" keeps its year: a speaker of that time).
_SCHOLAR_NOUNS = (
    r"historians?|scholars?|economists?|demographers?|researchers?|professors?|authors?|writers?|journalists?"
)
_SAID_IN_BEFORE = re.compile(
    r"\b(?:estimated|stated|calculated|argued|asserted|claimed|concluded|suggested|noted|reckoned|maintained|"
    r"contended|wrote)\s+in\s+$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r",?\s+that\b")
_WRITER_AFTER = re.compile(
    rf",?\s+(?:(?:[A-Z][\w.’'-]*|{_SCHOLAR_NOUNS}|the|and|others)\s+){{1,6}}?"
    r"(?P<verb>wrote|argued|asserted|contended|refuted|described|stated|estimated|claimed|concluded|noted)\b"
)
_WRITING_VERBS = frozenset({"wrote", "argued", "asserted", "contended", "refuted", "described"})
_SCHOLAR_IN = re.compile(rf"\b(?:{_SCHOLAR_NOUNS})\b", re.IGNORECASE)
_PUBLISHED_BEFORE = re.compile(
    r"\b(?i:published|released|announced|revealed|made\s+public)\s+"
    # (a reprint's note, "Originally published by the Agency on February 4, 2023", under a headline that
    # the layout joins to the article's first sentence (fig17n))
    r"(?:by\s+(?:the\s+)?[A-Z][^.;\n]{0,40}?\s+)?(?:(?i:in|on)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?$"
)
_BASE_BEFORE = re.compile(r"(?:per\s*cent|percent|%|times|fold)\s+(?:of|that\s+of)\s+(?:the\s+)?$", re.I)
# ("about half of its 1840 high": the year of the peak measured against (fig17j))
_BASE_AFTER = re.compile(r"\s+(?:level|high|peak)\b", re.I)
# A citation's year: after an author with initials or "et al." in a bracket ("(quoted in C. Li, 1997)",
# "(Davies et al., 2004)"), or "(1984, 255)" after a name, with its page
_CITED_YEAR_BEFORE = re.compile(
    r"\((?:[^()\n]{0,30}\s)?(?:(?:[A-Z]\.\s*)+[A-Z][\w’'-]+|[A-Z][\w’'-]+\s+et\s+al\.?),?\s+$"
)
_NAMED_BRACKET_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+\($")
_PAGE_AFTER = re.compile(r"[a-z]?,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)")
# A clause in a bracket: a verb of its own, or a "for comparison" opening
_ASIDE_CLAUSE = re.compile(
    r"\b(?:in\s+comparison|by\s+comparison|for\s+comparison|compared\s+with|[a-z]{3,}ed\s+\d|"
    r"(?:was|were|had|has|have)\s+[a-z]+)"
    # «681 692 человека (в том числе в 1937 г. — 353 074)»: the parts' years are not the whole's (fig17l)
    r"|\(\s*(?:в\s+том\s+числе|из\s+них|для\s+сравнения)",
    re.IGNORECASE,
)
_EVE_OF = re.compile(r"\bon\s+the\s+eve\s+of\s+$", re.IGNORECASE)
_SMALL_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_SAYING = (r"think|thinks|estimate|estimates|believe|believes|agree|agrees|put|puts|reckon|reckons|say|says|"
           r"consider|considers|accept|accepts|argue|argues|suggest|suggests|calculate|calculates|"
           r"generally\s+\w+|mostly\s+\w+")
_SAYING_NOW = re.compile(
    rf"\b(?:today|now|nowadays|currently)\s+(?:{_SAYING})\b"
    r"|\b(?:historians|scholars|researchers|demographers|experts|specialists|estimates|studies)\s+"
    r"(?:today|now|nowadays|currently)\b",
    re.IGNORECASE,
)


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


class _Periods:
    """The periods a sentence names; mixed into ``_Detector``, which holds the state read here."""


    # --- periods ---------------------------------------------------------------------------------------

    def _before_ours_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The years before our era the dates read at ``start``…``end`` (see ``years_before_ours``)."""
        i = bisect.bisect_left(self._before_ours_starts, end) - 1
        if i >= 0 and start < self._before_ours[i][1]:
            return self._before_ours[i][2:]
        return None

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
                self._eras = era_periods(self.text)
                self._era_starts = [p[0] for p in self._eras]
                self._before_ours = years_before_ours(self.text, self.layout)
                self._before_ours_starts = [p[0] for p in self._before_ours]
            periods = self._all_periods[
                bisect.bisect_left(self._period_starts, a) : bisect.bisect_left(self._period_starts, b)
            ]
            named = self._all_named[
                bisect.bisect_left(self._named_starts, a) : bisect.bisect_left(self._named_starts, b)
            ]
            for m in periods:
                if m.end() > b:
                    continue
                # "about 1200 B.C.; by 1150 …": a year the text says is before ours, as the dates read it
                years = self._before_ours_at(m.start(), m.end()) or period_of(m)
                if years is None or self.layout.is_excluded(m.start(), m.end()):
                    continue
                # "Since 1990, … has been halved": up to the time of writing
                since = m.group("single") and _SINCE_BEFORE.search(self.text, m.start() - 9, m.start())
                if since and self.year is not None and years[1] < self.year:
                    years = (years[0], self.year)
                if m.group("single") and _looks_like_quantity(self.text, m.end()):
                    continue
                if m.group("single") and self.text[max(0, m.start() - 1) : m.start()] == "/":
                    continue  # "1/1000", "(/1000)": a divisor, not a year (fig17p)
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
                ) or (m.group("single") and self._said_in_year(m.start(), m.end())):
                    # "the figure Khrushchev gave in 1961", "Order No. 00485, signed on 11 August 1937",
                    # «Ивницкий в 1972 году считал, что …» (fig17l)
                    continue
                found.append((m.start(), m.end(), " ".join(m.group().split()), *years))
            # Years written with their era ("in 480 BC", "from 27 BC to AD 14"): astronomical years
            starts = self._era_starts
            eras = self._eras[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
            for p in eras:
                if p[1] <= b and not self.layout.is_excluded(p[0], p[1]):
                    found.append(p)
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
                years = self._war_years(m, a, b)
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
            for k in self.known_events(a, b):
                # "veterans of the Korean War": a well-known event the text names without its years, of its
                # standard years (known_events); any period the sentence already reads there wins. Like an
                # event's head noun, it dates its own sentence only: "… felt during the Winter War. [new
                # paragraph] 30,000 men were stationed" goes on with the story's time, not the war's
                if k[1] <= b and not any(p[0] < k[1] and k[0] < p[1] for p in found):
                    found.append(k)
                    self._alias_starts.add(k[0])
                    self._table_starts.add(k[0])
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

    def _said_in_year(self, start: int, end: int) -> bool:
        """Whether the year at ``text[start:end]`` is when a scholar said or wrote what the sentence reports
        ("… estimated in 1997 that", "In 2006, American author … wrote that"), not a time of its figures."""
        if _SAID_IN_BEFORE.search(self.text, max(0, start - 20), start):
            return _THAT_AFTER.match(self.text, end) is not None
        writer = _WRITER_AFTER.match(self.text, end)
        if writer is None:
            return False
        return writer.group("verb") in _WRITING_VERBS or (
            _SCHOLAR_IN.search(self.text, end, writer.start("verb")) is not None
        )

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
            # ("the war" of a named period is no date the narrative wrote: passed over like a name's year; so
            # is a paragraph that ends by setting two figures' own times side by side (fig17p))
            written = (found is not None and any(c.isdigit() for c in found[0])
                       and not self._times_side_by_side(j))
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
        (fig17m), or a year that names a document or a line ("the 1940 treaty", fig17p)."""
        named = _NAME_OF_YEAR.search(self.text, max(0, pos - 40), pos) is not None
        return named or self._document_year(pos, pos + 4)

    def _document_year(self, start: int, end: int) -> bool:
        """Whether the year (or month and year) at ``text[start:end]`` names a document or a line: "the 1940
        treaty", "the March 1940 Moscow Peace Treaty", "the old 1939 border" (fig17p). Its own sentence may be
        of that year; the sentences and paragraphs after it do not go on in it."""
        return (_DOCUMENT_YEAR_BEFORE.search(self.text, max(0, start - 20), start) is not None
                and _DOCUMENT_YEAR_AFTER.match(self.text, end) is not None)

    def _named_as_thing(self, p: tuple[int, int, str, int, int]) -> bool:
        """Whether ``p`` is a war named without a number that its sentence speaks of as a thing ("out of the
        war", "once the war was over"), not as its time (see ``_TIME_PREPOSITION_BEFORE``). (A policy's name,
        "to abandon the New Economic Policy", stays the time its sentence hands on.)"""
        return (not any(c.isdigit() for c in p[2]) and "war" in p[2].lower()
                and _TIME_PREPOSITION_BEFORE.search(self.text, max(0, p[0] - 20), p[0]) is None)

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
