"""Named events and wars: the events a text defines with their years ("the Great Purge of 1936–1938")
and the aliases it gives them, the lead's event and war, and the conventions for "the war" and "Civil War"
(a Soviet text's war is 1941–1945; any other text's Second World War is 1939–1945).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from annotator.domain.figures import Figure
from annotator.domain.figures.known_events import find_known_events, known_event_years
from annotator.domain.figures.numbers.words import _qualifiers
from annotator.domain.figures.text import (
    MONTH_NAMES,
    PERIOD,
    PERIOD_STARTS,
    YEAR,
    named_years,
    period_of,
    scan,
    war_part,
)

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
# What a toll counts (the fate of people: killed, executed, deported, lost): see _of_the_lead_event
_TOLL_COUNTED = re.compile(
    r"\b(?:deaths?|dead|died|dying|killed|killings?|executions?|executed|shot|murder(?:ed|s)?|massacred|"
    r"casualties|victims|deported|deportations?|perished|losses)\b",
    re.IGNORECASE,
)
# Any year a text writes, and the Soviet war's own name: whether a Soviet text's "the war" can be that war
_ANY_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d%])")
_GREAT_PATRIOTIC = re.compile(r"Great\s+Patriotic|Великой\s+Отечественной", re.IGNORECASE)
# A name of the known-events table that is a war's, and the one that is no fighting war
_WAR_WORD = re.compile(r"\bwars?\b", re.IGNORECASE)
_COLD_WAR = re.compile(r"\bcold\s+war\b", re.IGNORECASE)
# "the war" and its parts in a text about another war: that war's years, its first or its last
_PART_OF = {"whole": lambda first, last: (first, last), "first": lambda first, last: (first, first),
            "last": lambda first, last: (last, last)}
_WW1_NAMED = re.compile(r"First\s+World\s+War|World\s+War\s+(?:I|One)\b|\bWWI\b|Great\s+War\b")
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
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAMES})\b")
_ALIAS = re.compile(r"(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})")
# An event the text names with its years, by its head noun: "The partition of India in 1947 divided …",
# "The Bengal famine of 1943", "the Great Famine … lasting from 1845 to 1852"; a later "the partition",
# "the famine" is of those years (fig17f).
_EVENT_DEFINED = re.compile(
    rf"\b[Tt]he\s+(?:[A-Z][\w’'-]+\s+){{0,3}}(?:[a-z][\w’'-]+\s+)?(?P<head>{_EVENT_HEADS})"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})?"
    rf"\s+(?:of|in)\s+(?P<span>{YEAR}(?:\s*[-–—]\s*\d{{2,4}}|\s+to\s+{YEAR})?)(?!\d)"
)


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
# (", 56,000 of whom were captured in 1941": a part's own time, not the one the sentence hands on (fig17p))
_RELATIVE_OPEN = re.compile(
    r",\s+(?:where|whose|which\s+was|which\s+were|(?:\d[\d,.]*\s+|[a-z]+\s+)?of\s+(?:whom|which))\s(?![^,]*,\s)"
)
_OR_YEAR_AFTER = re.compile(rf",?[ \t]+or[ \t]+{YEAR}")
_YEAR_OR_BEFORE = re.compile(rf"{YEAR},?[ \t]+or[ \t]+$")
# A well-known event the text dates itself where it names it: "the Crimean War (1853–1856)", "the Korean War
# of 1950–53", "the Vietnam War, 1965–1973", "the 1950–53 Korean War": its own years, not the table's
_DATED_AFTER = re.compile(rf"\s*(?:\(\s*|,\s*|\s+(?:of|in|from|between|lasting\s+from)\s+){YEAR}")
_DATED_BEFORE = re.compile(rf"{YEAR}(?:\s*[-–—]\s*\d{{2,4}})?\s+$")
# An event's name used as an attribute of a noun: "6 million Vietnam War era veterans who are with us today",
# "the Korean War memorial": the noun's time is not the event's
_NAME_AS_ATTRIBUTE = re.compile(
    r"\s+(?:era|veterans?|memorials?|monuments?|museums?|generation|novels?|films?|literature|historians?|"
    r"scholars?|studies|records?|archives?)\b"
)
_TITLE_LINE = re.compile(r"[ \t]*([^\n]{3,150}?(?<![.!?:;,]))[ \t]*\n[ \t]*\n")


class _Events:
    """Named events, their aliases and wars; mixed into ``_Detector``, which holds the state read here."""


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

    def _war_years(self, m: re.Match[str], a: int, b: int) -> tuple[int, int] | None:
        """The years of a match of ``NAMED_PERIOD`` in the sentence from a to b: the lead's own war, else the
        one other war the text names for its "the war", else the conventions of ``text.named_years``."""
        years = self._lead_war_years(m)
        if years is not None:
            return years
        part = war_part(m)
        wars = self._other_wars_named()
        if part in _PART_OF and wars:
            # "The Korean war … China … the Soviet Union … the war": a text about another war that never names
            # the Second World War means that war by "the war", or (two such wars) no war it can tell
            # ("In the last months of the war, the Spanish flu killed …": an event the sentence names itself
            # dates it, not the war's part)
            if len(wars) > 1 or self.known_events(a, b):
                return None
            return _PART_OF[part](*next(iter(wars)))
        return named_years(m, *self._war_kind())

    def _other_wars_named(self) -> set[tuple[int, int]]:
        """The years of the wars of the known-events table this text names ("the Korean War"), or none at all
        when it names the Second World War (the Great Patriotic War included): then its "the war" keeps the
        conventions of ``_war_kind``. Left out: the Cold War, which has no "the war" of its own, and the
        First World War, whose texts keep the convention of ``_war_kind`` (no years outside a Soviet text,
        and a Soviet text's war is the one it lived through, fig17g)."""
        if self._other_wars is None:
            self._other_wars = set()
            if not (_WW2_NAMED.search(self.text) or _GREAT_PATRIOTIC.search(self.text)):
                self._other_wars = {
                    known_event_years(k) for k in find_known_events(self.text)
                    if _WAR_WORD.search(k.group()) and not _COLD_WAR.search(k.group())
                    and not _WW1_NAMED.search(k.group())
                }
        return self._other_wars

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
            if lead is not None and not spans:
                # "The BATTLE OF X (…) was a battle … from 31 May to 1 June 1916, off …": an event of days
                # in one year, dated in its lead's first sentences, is the time of the tolls that name none
                # ("with a total of 9,823 casualties" in the next paragraph) (fig17r)
                day_year = self._lead_day_year(first)
                if day_year is not None:
                    self._lead_event = (lead.group("name"), (day_year, day_year))
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

    def known_events(self, a: int, b: int) -> list[tuple[int, int, str, int, int]]:
        """(start, end, name, first year, last year) of the well-known events named between a and b with their
        standard years (known_events: "during the Korean War" is 1950–1953), for the events this text never
        dates itself where it names them ("the Korean War (1950–1953)" anywhere leaves the table out for
        that event: the text's own years are read as its named spans)."""
        if self._known is None:
            # (one scan of the text for the table's single pattern, sliced by sentence as periods_in does)
            matches = find_known_events(self.text)
            dated = {
                m.lastgroup for m in matches
                if _DATED_AFTER.match(self.text, m.end())
                or _DATED_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
            }
            self._known = [(m.start(), m.end(), " ".join(m.group().split()), *known_event_years(m))
                           for m in matches
                           if m.lastgroup not in dated and not _NAME_AS_ATTRIBUTE.match(self.text, m.end())]
            self._known_starts = [k[0] for k in self._known]
        starts = self._known_starts
        return self._known[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def _lead_day_year(self, first: int) -> int | None:
        """The one year the lead's first three sentences (from sentence ``first``, in its paragraph) date its
        event's days in ("from 31 May to 1 June 1916"), or None: no day with a month, or another year too
        ("in 1905", "(1904)")."""
        paragraph = self.layout.paragraph(self.layout.sentence_at(first)[0])
        years: set[int] = set()
        dated = False
        for j in range(first, min(first + 3, len(self.layout.sentence_starts))):
            c, d = self.layout.sentence_at(j)
            if self.layout.paragraph(c) != paragraph:
                break
            for m in scan(PERIOD, self.text, PERIOD_STARTS, c, d):
                y = period_of(m)
                if y is None:
                    continue
                years.update(y)
                # (the scan reads the year of "1 June 1916" alone: its month is just before it)
                dated = dated or _MONTH_WORD.search(self.text, max(c, m.start() - 16), m.end()) is not None
        return next(iter(years)) if dated and len(years) == 1 else None

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
        # (so is a month the sentence right before names: "… their advance had halted by 6 December. During
        # the five-month campaign, the Finns suffered 75,000 casualties" is of that year's campaign (fig17p))
        if _MONTH_WORD.search(self.text, *self.layout.sentence_at(i - 1)):
            return f
        self.defined_names()
        if self._lead_event is None:
            return f
        name, (first, last) = self._lead_event
        if first == last or not first <= f.period_start <= last:
            return f
        return replace(f, period=name, period_start=first, period_end=last)
