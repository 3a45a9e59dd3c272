"""Figures read together: what is counted passed on from one figure to the next where one does not
say it ("from 3.5 million to 20 million", "a third of them"), parts of a whole, lists and tables of figures,
bracketed counts, Russian lists and year entries, populations and tolls, and bills of mortality.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key, unit_family
from annotator.domain.figures.numbers.counted_cues import _OF_THESE_OPENING, _QUALS
from annotator.domain.figures.numbers.nouns import (
    _STOP,
    _TIME_WORDS,
    _WORD,
    _is_people,
    _plural_nouns,
    _singular,
)
from annotator.domain.figures.numbers.russian import (
    _RU_AND_PEOPLE,
    _RU_BREAKDOWN,
    _RU_FROM_PLACE,
    _RU_PLACE_DASH,
    _RU_YEAR_DASH,
    _russian_second_of_pair,
)
from annotator.domain.figures.numbers.subjects import _EVENT_CONCEPTS
from annotator.domain.figures.numbers.verbs import _is_verb_like
from annotator.domain.figures.numbers.words import (
    _ESTIMATED,
    _GENERIC,
    _MERE,
    _PART,
    _ROUGH,
    _SAYS_NOTHING,
    _WORD_RE,
    _phrase,
    _qualifiers,
    _set,
)
from annotator.domain.figures.text import YEAR

# A pronoun that a change moves: "taking it from under 3% to above", "it rose to" (fig3)
_PRONOUN_CHANGED = re.compile(
    r"\b(?:it|them)\s+(?:(?:has|had|have|will|would)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:from|to)\s+(?:[^.;]{0,40}?\s+to\s+)?" + _QUALS + r"[$€£₽]?\s*$"
    r"|\b(?:it|they)\s+(?:(?:has|had|have|will|would)\s+)?(?:been\s+)?"
    r"(?:rose|risen|rises|fell|fallen|falls|grew|grown|grows|climbed|dropped|reached|reaches)\s+(?:from|to)?\s*"
    + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
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
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
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
_WERE_WHO = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:were|was)\s+(?:all\s+)?([A-Z][\w’'-]+s)\b")
_THE_NUMBER = re.compile(
    r"\s+(?:of\s+)?(?:the|that|its)\s+(?:[\w-]+\s+)?(?:number|level|figure|total|amount|size)\b",
    re.IGNORECASE,
)
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


_SET_AGAINST = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|up\s+from|down\s+from|versus|vs\.|"
    r"(?:the\s+)?(?:[^\W\d_]+\s+)?(?:figure|estimate)\s+of)\s+"
    + _qualifiers("only|about|some|roughly|nearly|just|over|almost|barely") + r"$",
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
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower|above|below)\s+than\b", re.IGNORECASE)
_FIGURE_FOR_X = re.compile(
    rf"\b(?:figure|total|number|count|tally)\s+for\s+(?:the\s+)?({_phrase(3, lazy=True)})"
    r"(?:\s+(?:in|for|of)\s+(?:the\s+)?[^\s,;]+)?\s+(?:was|were|is|stood\s+at|reached|came\s+to|amounted\s+to)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|at least|more than") + r"$",
    re.IGNORECASE,
)
_CHANGE_SPAN_AFTER = re.compile(
    r"\s*,?\s+from\s+(?:[^;.]|\.(?=\d)){0,30}?\b(1\d{3}|20\d{2})\b[^;]{0,40}?\bto\s+(?:[^;.]|\.(?=\d)){0,30}?"
    r"\b(1\d{3}|20\d{2})\b",
    re.IGNORECASE,
)
_QUALIFIER_KEYS = frozenset({"famine", "gulag", "terror"})


_COMPARED_TO = re.compile(r"\s+(?:the|that\s+of|those\s+of|as\s+(?:much|many|high|large)\s+as)\s", re.I)
# A table copied out as lines: a heading ("Coal output, million tonnes", "Population (thousands)"), then rows
# of a year, a word or two ("census") and a figure ("1913: 29.1", "1926 census    6,025", "1939 — 50,502").
_ROW_BEFORE = re.compile(
    rf"[ \t]*(?P<year>{YEAR})(?:[ \t]+[^\W\d_][\w.’'-]*){{0,2}}[ \t]*(?:[:—–-][ \t]*|\t[ \t]*|[ ]+)"
)
_ROW_LINE = re.compile(
    rf"[ \t]*{YEAR}(?:[ \t]+[^\W\d_][\w.’'-]*){{0,2}}[ \t]*[:—–-]?[ \t]*\d[\d,. \u00a0]*[ \t]*"
)


_FIGURE_FOR = re.compile(r"(?:figure|total|number|count|tally)\s+(?:for|in)\b", re.IGNORECASE)
_TO_END_OF_CHANGE = re.compile(r"\bfrom\s+(?:[^.;]|\.(?=\d)){1,80}?\bto\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_AS_MANY_AS = re.compile(r"\s+as\s+(?:many|much)\s+as\b", re.IGNORECASE)
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


class _Inherit:
    """Figures read together; mixed into ``_Detector``, which holds the state read here."""


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
