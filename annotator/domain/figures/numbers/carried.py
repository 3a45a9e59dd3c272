"""Periods carried from elsewhere: a figure's sentence without a year of its own takes one from the
sentence before, from its paragraph, list, heading, table row or title; and the two ends of a change
("grew from 26 million in 1928 to 56 million in 1940") each keep their own year.
"""

from __future__ import annotations

import bisect
import re

from annotator.domain.figures.numbers.events import _TITLE_LINE
from annotator.domain.figures.numbers.nouns import _STOP, _WORD, _bracketed_years
from annotator.domain.figures.numbers.values import _YEAR_WHOLE
from annotator.domain.figures.numbers.verbs import _is_verb_like
from annotator.domain.figures.numbers.words import _MERE, _ROUGH, _SAYS_NOTHING, _last_match, _qualifiers
from annotator.domain.figures.text import MONTH_NAMES, YEAR

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
# The end a change reaches, with no start given: "average tonnage decreased, falling slightly to 143 tons"
# (fig17q)
_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:rose|rising|fell|falling|grew|growing|increased|increasing|declined|declining|decreased|decreasing|"
    r"dropped|dropping|climbed|climbing|sank|sinking|jumped|soared|plunged|shrank|shrinking|dipped)\s+"
    r"(?:[^\W\d_]+ly\s+)?to\s+" + _qualifiers("about|some|over|nearly|almost|just|only") + r"$",
    re.I,
)
_FROM_TO_BEFORE = re.compile(
    # (a decimal point is no sentence's end: "from 1.8 to 5.5 million"; nor the stop of shillings or pence:
    # "from 26s. to 5s. 6d.")
    r"\bfrom\s+[\d](?:[^;.]|\.(?=\d)|(?<=\d[sd])\.){0,30}?\s+to\s+" + _qualifiers(_CHANGE_END_WORDS) + r"$",
    re.I
)
_BARE_DAY_TEXT = re.compile(
    r"[^\W\d_]+\s+the\s+\d{1,2}(?:st|nd|rd|th|d)(?:\s+of\s+[^\W\d_]+)?", re.IGNORECASE
)
# A line that ends with a footnote's mark ("… sent a message*")
_FOOTNOTE_MARK_END = re.compile(r"[^\W\d_][*†‡]\s*$")
# A paragraph's end that introduces what follows: a colon, or the colon and dash of older print (":—")
_INTRODUCES = re.compile(r":[ \t]*(?:—|--|-)?\s*$")
_FIGURES_OWN_YEAR = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:%|per\s*cent|percent)?(?:\s+(?:million|billion|thousand))?(?:\s+[^\W\d_]+)?"
    # ("235 aircraft in July 1941 and 384 by September 1944": a month may stand before the year (fig17p))
    rf"\s+(?:in|by)\s+(?:(?:{MONTH_NAMES})\s+)?$",
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
# The years an event's title ends with: "Soviet famine of 1946–1947", "Bengal famine of 1943", "Special
# settlements, 1930-1933"
_TITLE_EVENT_YEARS = re.compile(
    rf"(?:\s+of|,)\s+(?P<a>{YEAR})(?:\s*[-–—]\s*(?P<b>\d{{2,4}}))?\s*$"
)
# An encyclopedia article's opening sentence naming its subject with the subject's year, up to its first
# verb: "The Harbour Strike of 1873 began on …", "The 1906 Census of Natal was the …" (fig17q)
_LEAD_SUBJECT = re.compile(
    r"\s*(?:The\s+)?(?!(?:In|On|By|During|From|After|Before|Since|At|As|For|Between|Until)\b)"
    rf"(?P<subject>(?:{YEAR}\s+)?[A-Z][^\n.;:()\[\]]{{0,100}}?)\s+"
    r"(?:was|were|began|started|took\s+place|occurred|broke\s+out|lasted)\b"
)
_CHANGE_IN_CLAUSE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|increasing|declined|declining|"
    r"decreased|dropped|climbed|sank|jumped|soared|plummeted|shrank|shrunk|expanded|multiplied|doubled|"
    r"swell|swelled|swollen|swelling|plunged|skyrocketed|surged|tumbled|slumped|dipped|"
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
# ("As a result of these pressures, American exports soared": a cause's phrase too (fig17q))
_OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:in|by|between|from|during|after|before|over|under|as\s+a\s+result\s+of|because\s+of|due\s+to|"
    r"owing\s+to|thanks\s+to|despite|following)\s+[^,]*?,\s*",
    re.IGNORECASE,
)
# A change that reaches its figure: "rose sharply between 1928 and 1940, reaching 155,000", "rose to".
_REACHING_BEFORE = re.compile(
    r"\b(?:reaching|to\s+reach|reached|to)\s+" + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than") + r"$",
    re.IGNORECASE,
)
_TOTAL_OF_ALL = re.compile(
    r"\btotal\s+number\s+of\s+(?:[A-Z]\w+['’]s\s+)?(?:victims|deaths|dead)\b", re.IGNORECASE
)
_MD_HEADING = re.compile(r"[ \t]*(#{1,6})[ \t]")
# "started in Europe in 1347, and lasted until 1351": one event's span written as its start and its end
_LASTED_UNTIL = re.compile(
    rf"\bin\s+(?P<a>{YEAR})(?!\d),?\s+and\s+(?:it\s+)?(?:lasted|continued|raged|went\s+on)\s+"
    rf"(?:until|till|to|into)\s+(?P<b>{YEAR})(?!\d)",
    re.IGNORECASE,
)


# A paragraph opening on a person's pronoun as its subject ("He was told", "She then wrote"): it goes on
# with the one before, whose person it names
_GOES_ON_ABOUT_HIM = re.compile(r"\s*(?:He|She)\s+(?!is\b|are\b)[a-z]")
_TWO_YEARS_WRITTEN = re.compile(
    # ("from 1797 to 1834", "between 1801 and 1851": the same span in words)
    r"(?:(?:from|between)\s+)?(?:1\d{3}|20\d{2})\s*(?:[-–—]|\s(?:to|and)\s)\s*(?:1\d{3}|20\d{2})",
    re.IGNORECASE,
)
# A part of the span the text speaks of, named in the figure's sentence before it: "At the beginning of the
# period the worker could buy 120 pounds of flour", "by the end of the period", "…; at the end only 40" (its
# first or its last year; not "at the end of the war", another time)
_SPAN_PART_BEFORE = re.compile(
    r"\b(?:at|by|towards?|near)\s+the\s+(?P<part>beginning|start|outset|end|close)"
    r"(?:\s+of\s+(?:the|this|that)\s+(?:period|span|years)\b|(?!\s+of\b))",
    re.IGNORECASE,
)


class _Carried:
    """Periods carried from other sentences; mixed into ``_Detector``, which holds the state read here."""


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
            # (nor does a year that names a treaty or a border, nor a war the sentence speaks of as a thing:
            # "to redress the balance of the 1940 treaty", "to force Finland out of the war" (fig17p))
            own = [p for p in own if not self._in_square_aside(p) and not self._document_year(p[0], p[1])
                   and not self._named_as_thing(p)]
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

    def _times_side_by_side(self, j: int) -> bool:
        """Whether the last sentence with a period, at or before sentence ``j`` in its paragraph, sets two
        times side by side, each its own figure's ("The air force had 235 aircraft in July 1941 and 384 by
        September 1944"): the paragraphs after it go on in neither (fig17p)."""
        first = self.layout.paragraph_starts[self.layout.paragraph(self.layout.sentence_at(j)[0])]
        while j > 0 and not self.periods_in(j) and self.layout.sentence_at(j)[0] > first:
            j -= 1
        periods = self.periods_in(j)
        a = self.layout.sentence_at(j)[0]
        return (len(periods) > 1 and len({(p[3], p[4]) for p in periods}) > 1
                and all(_FIGURES_OWN_YEAR.search(self.text, max(a, p[0] - 40), p[0]) for p in periods))

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
        intro = i - 1
        while intro > 0 and self.text.startswith("|", self.layout.sentence_at(intro)[0]):
            intro -= 1  # (the rows of a table above this one are introduced with it)
        if intro >= 0 and (heading is None or heading[1] <= self.layout.sentence_at(intro)[0]) and (
            _INTRODUCES.search(self.text, *self.layout.sentence_at(intro))
        ):
            # "The following table shows these values:—" ¶ "| All Methodists | $132,132,304 |": a paragraph
            # that ends with a colon introduces the next one (a table, a list, a quotation), which goes on in
            # its time, whatever heading stands over both (fig17h; the colon and dash of older print, fig17p)
            return self.carried(intro)
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
            if before is not None and _GOES_ON_ABOUT_HIM.match(self.text, start):
                # "When Arthur Young visited Manchester in 1769, he found …" ¶ "He was told that there were
                # 30,000 …": a paragraph that opens on a person's pronoun goes on telling the one before
                return before
            if _INTRODUCES.search(self.text, b_start, start) or (
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
        if title is None:
            return self._lead_subject_period(pos)
        if title.end() > pos:
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

    def _lead_subject_period(self, pos: int) -> tuple[str, int, int] | None:
        """The year of the subject an article without a title line opens with ("The Harbour Strike of 1873
        began on 3 May 1873 …", "The 1906 Census of Natal was …"): the period of its later paragraphs that
        name no time, as a title's would be; or None. Only one year in the subject, and only past its first
        paragraph (``pos`` there goes on with the sentences before it)."""
        lead = _LEAD_SUBJECT.match(self.text)
        if lead is None or self.layout.paragraph(pos) == self.layout.paragraph(0):
            return None
        subject = lead.group("subject")
        years = _YEAR_WHOLE.findall(subject)
        if len(years) != 1 or not re.search(r"[A-Z][^\W\d_]{2,}", subject.replace(years[0], "")):
            return None
        return years[0], int(years[0]), int(years[0])

    def _headings_own_period(self, heading: tuple[int, int]) -> tuple[str, int, int] | None:
        """The period a heading writes: its years in brackets, or else its own best period; or None."""
        if _FOOTNOTE_MARK_END.search(self.text, heading[0], heading[1]):
            # "In 1875 President Grant sent a message*" ¶ "*By Rev. …" ¶ "to Congress on …": a sentence that
            # a footnote breaks off, read as a heading, is no section's time (fig17p)
            return None
        bracketed = _bracketed_years(self.text[heading[0] : heading[1]])
        if bracketed is not None:
            # "### Collectivization (1928-1933)": the years the heading writes out in brackets (which the
            # period scan leaves, as "McAuley (50)", to citations) over a name's ("Russian Civil War
            # (1918-1922)" is 1918–1922 as written)
            return bracketed
        h_i = self.layout.sentence(heading[0])[0]
        # (a well-known event's name read from the table is no section's time: "Winter War" over a paragraph
        # on the peace after it (known_events))
        own = [p for p in self.periods_in(h_i) if heading[0] <= p[0] and p[1] <= heading[1]
               and p[0] not in self._table_starts]
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
        if verb is not None and verb.group().lower().endswith("ing"):
            # "As a result of these growing pressures, exports skyrocketed, from …": an -ing word before the
            # verb of the clause is an adjective (fig17q)
            finite = [m for m in _CHANGE_IN_CLAUSE.finditer(self.text, verb.end(), pos)
                      if not m.group().lower().endswith("ing")]
            verb = finite[-1] if finite else verb
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
        if first is None or last is None or (not 0 < last - first <= 30 and not (
            # ("During the one hundred years 1801-1901 the population increased from 8,892,536 to …": a long
            # span written as its two years has ends as a decade does, not a century's "1300-1399")
            last - first <= 120 and _TWO_YEARS_WRITTEN.fullmatch(period.strip())
        )):
            return period, first, last
        text = self.text
        i, s_start, _ = self.layout.sentence(start)
        part = _last_match(_SPAN_PART_BEFORE, text, s_start, start)
        if part is not None:
            # ("At the end of the period, it was only 40 pounds of flour": the span's last year)
            year = first if part.group("part").lower() in ("beginning", "start", "outset") else last
            return f"{period} ({' '.join(part.group().split())})", year, year
        if _FROM_BEFORE.search(text, max(0, start - 24), start) and _TO_AFTER.match(text, end):
            return str(first), first, first
        if _FROM_TO_BEFORE.search(text, max(0, start - 60), start):
            return str(last), last, last
        span_before = any(p[1] <= start and (p[3], p[4]) == (first, last) for p in self.periods_in(i))
        if span_before and _REACHING_BEFORE.search(text, max(s_start, start - 40), start) and (
            _CHANGE_IN_CLAUSE.search(text, s_start, start)
        ):
            # "rose sharply between 1928 and 1940, reaching 155,000": where the change ended (the span
            # written before it in its sentence; one carried from before, or its own after it, is kept)
            return str(last), last, last
        return period, first, last
