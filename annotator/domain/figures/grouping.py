"""Figures of several sources grouped where they count the same thing over overlapping periods.

What is counted is compared by a key: its words stemmed, the synonyms of one thing made one word
(deaths/died/perished/victims/fatalities → death; inmates/prisoners/camp population → inmate), the words
that say nothing about what is counted dropped ("people", "the", "some"). "famine deaths", "people who
died of starvation" and "victims of the famine" have one key. A group holds figures with one key, of one
kind of unit (heads are not per cent), whose periods overlap (a figure without a period joins the group of
its key whose periods it cannot contradict: the first). The spread is the highest figure ÷ the lowest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.domain.figures import Figure

_SYNONYMS: dict[str, str] = {}
for _concept, _words in {
    "death": "death deaths died dead perished perish victims victim fatalities fatality killed toll lives "
             "starved mortality погибших погибло погибли умерло умерли умерших жертв жертвы смертей",
    "inmate": "inmates inmate prisoners prisoner convicts convict zeks zek zeki detainees detainee "
              "заключённых заключенных заключённые заключенные заключённый заключенный узников",
    "arrest": "arrests arrest arrested detained арестов арестованы арестовано арестованных",
    "execution": "executions execution executed shot shootings расстреляно расстрелянных расстрелов",
    "deportation": "deportations deportation deported deportees exiled exile resettled "
                   "выселено депортировано",
    "famine": "famine famines starvation hunger голод голода голодомор",
    "gulag": "gulag gulags camp camps лагеря лагерей гулаг",
    "terror": "terror purge purges purged террор репрессий",
    "household": "households household families family дворов хозяйств",
    "sentence": "sentenced sentences convicted convictions осуждено осуждённых осужденных",
    "kulak": "kulaks kulak кулаков кулаки",
    "peasant": "peasants peasant peasantry крестьян",
    # what happened to people, as the deaths above (fig17g): "13 million Americans were unemployed" counts the
    # unemployed, the Americans qualify them
    "unemployed": "unemployed unemployment jobless joblessness",
    "wounded": "wounded injured",
    "missing": "missing",
    "captured": "captured captives",
    # an army's losses (killed, wounded, missing and captured together) are no deaths
    "loss": "loss losses lost casualties",
}.items():
    for _w in _words.split():
        _SYNONYMS[_w] = _concept
# "camp population" and "people in the camps" are inmates; the camp alone qualifies them.
_PHRASES = (
    # prisoners of war are no camp's inmates: a concept of their own
    (re.compile(r"\bprisoners?\s+of\s+war\b|\bPOWs?\b|\bвоеннопленн\w*", re.I), "pow"),
    (re.compile(r"\bcamp\s+population\b|\bpopulation\s+of\s+the\s+(?:camps|gulag)\b", re.I), "inmate gulag"),
    (re.compile(r"\bdeath\s+tolls?\b", re.I), "death"),
)
_EMPTY = frozenset(
    str.split(
        "the a an of in on at by to for and or people persons individuals human souls lives men women "
        "citizens total some number numbers more estimated estimate who were was had been which that these "
        "those their its all over about alone officially official recorded registered reported documented "
        "known confirmed "
        "estimated total overall estimat figure человек всего"
    )
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "es", "s")

# Russian (fig17l): a word is compared by its stem, so «погибших», «погибшие» and «погибло» are one word and
# «раскулаченных семей» of one source meets «раскулаченные семьи» of another. The endings are those of the
# participles, adjectives and nouns that name counted people; verbs' «-ли/-ло» are left alone («жители» is
# no verb), their stems are listed among the concepts instead.
_RU_ENDINGS = tuple(sorted(str.split(
    "енного енному енными енных енные енный енная енное енным енной анного анному анными анных анные анный "
    "анная анное анным анной янных янные янный янным ующих ующие ующий ающих ающие ающий ших шие ший шим "
    "шими шая ого ему ому ими ыми ых их ые ый ий ую ая яя ое ее ым им ой ей ено ена ены ано ана аны яно "
    "яны ен иями иях ией ии ия ию ами ями ов ев ам ям ах ях ом ем ью ы и а я у ю е о ь"
), key=len, reverse=True))
# Stems (after the endings above) whose concept is one of the English ones: the same thing in either
# language groups together (умершие ↔ deaths, заключённые ↔ inmates). A stem ending in "-" is a prefix.
_RU_CONCEPTS: dict[str, str] = {}
for _concept, _stems in {
    "death": "погиб- погуб- умер- умир- жертв- смерт- гибел-",
    # the starving of a famine are not its dead: "starving" (stem "starv") in either language
    "starv": "голодал- голодающ- голодавш- голодают-",
    "inmate": "заключ- узник- зек- зэк-",
    "arrest": "арест-",
    "execution": "расстрел-",
    "deportation": "высел- депорт- высл- вывез- спецпересел- спецпоселен- ссыльн- сослан-",
    "sentence": "осужд-",
    "kulak": "кулак-",
    "peasant": "крестьян-",
    "famine": "голод-",
    "gulag": "лагер- гулаг-",
    "terror": "террор- репресс-",
    "household": "хозяйств двор сем семь семей семья",
}.items():
    for _s in _stems.split():
        _RU_CONCEPTS[_s] = _concept
# (the longest first: «голодающ-» before «голод-»)
_RU_PREFIXES = tuple(sorted((s[:-1] for s in _RU_CONCEPTS if s.endswith("-")), key=len, reverse=True))
# words that say nothing of what is counted: «человек», «жизней» (as "lives")
_RU_EMPTY = frozenset(str.split("человек человека человеку людей люди чел жизн человеческ всего общ из них"))


def _ru_stem(word: str) -> str:
    word = word.replace("ё", "е")
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _ru_concept(word: str) -> str | None:
    """The concept of a Russian word, "" for a word that names nothing counted, None for no Russian word."""
    if not ("а" <= word[0] <= "я" or word[0] == "ё"):
        return None
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    stem = _ru_stem(word)
    if word in _RU_EMPTY or stem in _RU_EMPTY:
        return ""
    if word in _RU_CONCEPTS or stem in _RU_CONCEPTS:
        return _RU_CONCEPTS.get(word) or _RU_CONCEPTS[stem]
    prefix = next((p for p in _RU_PREFIXES if word.replace("ё", "е").startswith(p)), None)
    return _RU_CONCEPTS[prefix + "-"] if prefix else stem


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            return stem + "y" if suffix == "ies" else stem
    return word


@functools.lru_cache(maxsize=65_536)
def counted_key(counted: str) -> str:
    """The comparable key of what is counted: ``"famine deaths"`` and ``"victims of the famine"`` alike."""
    text = counted.lower().replace("’", "'")
    concepts: list[str] = []
    for pattern, replacement in _PHRASES:
        if pattern.search(text):
            concepts += replacement.split()
            text = pattern.sub(" ", text)
    for word in re.findall(r"[^\W\d_]+(?:'s)?", text):
        word = word.removesuffix("'s")
        russian = _ru_concept(word)
        if russian is not None:
            if russian:
                concepts.append(russian)
            continue
        if word in _EMPTY or _stem(word) in _EMPTY:
            continue
        concepts.append(_SYNONYMS.get(word, _stem(word)))
    # The camp is where inmates are, the terror when arrests were made: "Gulag inmates" and "inmates" of
    # a sentence about the camps are one key; a qualifier alone ("the Gulag") counts nothing.
    # The deaths of inmates are the camps' deaths: "67,297 prisoners died" beside "Gulag deaths"
    if "death" in concepts and "inmate" in concepts:
        concepts = [("gulag" if c == "inmate" else c) for c in concepts]
    words = sorted(set(concepts))
    if words and all(w in ("famine", "gulag", "terror") for w in words):
        return ""
    return " ".join(words)


def unit_family(unit: str) -> str:
    return "heads" if unit in ("people", "count", "") else unit


@dataclass(slots=True)
class Group:
    key: str
    unit: str
    period_start: int | None
    period_end: int | None
    members: list[int] = field(default_factory=list)  # indexes into the figures grouped

    def spread(self, figures: Sequence[Figure]) -> float | None:
        """Highest ÷ lowest over the members (a range counts with both ends; vague magnitudes such as
        "millions" do not count); None for fewer than two such figures."""
        exact = [figures[i] for i in self.members if figures[i].kind != "vague"]
        if len(exact) < 2:
            return None
        highs = [f.high if f.high is not None else f.value for f in exact]
        lows = [f.low if f.low is not None else f.value for f in exact]
        hi = max((v for v in highs if v is not None), default=None)
        lo = min((v for v in lows if v is not None and v > 0), default=None)
        if hi is None or lo is None:
            return None
        return round(hi / lo, 2)


def _overlaps(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    if a[0] is None or b[0] is None:
        return True
    return a[0] <= (b[1] or b[0]) and b[0] <= (a[1] or a[0])


def group_figures(figures: Sequence[Figure], *, smallest: int = 1) -> list[Group]:
    """Groups of the figures (indexes into ``figures``) that count one thing over overlapping periods, in
    the order of their first member; figures with nothing counted, and ratios, are in no group. Only
    groups of at least ``smallest`` figures are returned."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(figures):
        if f.kind == "ratio" or f.unit == "ratio":
            continue
        key = counted_key(f.counted)
        if key:
            by_key.setdefault((key, unit_family(f.unit)), []).append(i)
    groups: list[Group] = []
    for (key, unit), members in by_key.items():
        dated = sorted((i for i in members if figures[i].period_start is not None),
                       key=lambda i: (figures[i].period_start, figures[i].period_end))
        undated = [i for i in members if figures[i].period_start is None]
        mine: list[Group] = []
        for i in dated:  # sweep: overlapping periods chain into one group
            f = figures[i]
            end = f.period_start if f.period_end is None else f.period_end  # (year 0 is 1 BC: no "or")
            last = mine[-1] if mine else None
            if last is not None and last.period_end is not None and f.period_start <= last.period_end:
                last.members.append(i)
                last.period_end = max(last.period_end, end)
            else:
                mine.append(Group(key, unit, f.period_start, end, [i]))
        if undated:
            if mine:
                mine[0].members.extend(undated)
            else:
                mine.append(Group(key, unit, None, None, undated))
        for g in mine:
            g.members.sort()
        groups += mine
    groups = _join_unqualified(groups, figures)
    groups.sort(key=lambda g: g.members[0])
    return [g for g in groups if len(g.members) >= smallest]


_QUALIFIER_CONCEPTS = frozenset({"famine", "gulag", "terror"})
# What happened to people is what a figure counts; the people it happened to qualify it (fig17g's
# convention): "unemployed" of 1932 joins "Americans unemployed" of 1932 when no other people's is beside it.
_FATE_CONCEPTS = frozenset({"death", "arrest", "execution", "deportation", "sentence", "unemployed",
                            "wounded", "missing", "captured", "loss"})


# The people a fate happened to, by their key's word: "american", "farmhand", "miner", "civilian",
# "refugee" (not "quota", "order", "rate": "arrest quotas" are no arrests).
_PEOPLE_WORD = re.compile(
    r"(?:ian|an|en|er|ant|ent|ist|ese|ee|man|men|ite|hand|troop|child|children|jew|pole|kulak|peasant|villag|"
    r"worker|soldier|officer)$"
)
_NOT_PEOPLE = frozenset({
    "order", "paper", "letter", "center", "centre", "border", "chapter", "register", "quarter", "number",
    "plan", "percent", "per", "water", "winter", "summer", "october", "november", "december", "september",
    "plant", "treatment", "settlement", "government", "document",
})


def _is_people(word: str) -> bool:
    return word not in _NOT_PEOPLE and word not in _FATE_CONCEPTS and word not in _QUALIFIER_CONCEPTS \
        and bool(_PEOPLE_WORD.search(word))


def _join_unqualified(groups: list[Group], figures: Sequence[Figure]) -> list[Group]:
    """"deaths" in 1932–33 of a paragraph that named the famine a sentence earlier are the famine's deaths:
    a group whose key is a qualified group's key without its qualifier joins it, when exactly one such
    group overlaps its period."""
    kept: list[Group] = []
    for g in groups:
        words = set(g.key.split())
        if words & _QUALIFIER_CONCEPTS:
            kept.append(g)
            continue
        hosts = [
            h for h in groups
            if h is not g and h.unit == g.unit and set(h.key.split()) - _QUALIFIER_CONCEPTS == words
            and len(set(h.key.split()) & _QUALIFIER_CONCEPTS) == 1
            and _overlaps((h.period_start, h.period_end), (g.period_start, g.period_end))
            and g.period_start is not None
        ]
        if not hosts and words and words <= _FATE_CONCEPTS:
            # "unemployed" beside "Americans unemployed": the fate is what both count, the people a qualifier
            hosts = [
                h for h in groups
                if h is not g and h.unit == g.unit and words < set(h.key.split())
                and all(_is_people(w) for w in set(h.key.split()) - words)
                and _overlaps((h.period_start, h.period_end), (g.period_start, g.period_end))
                and g.period_start is not None
            ]
        if len(hosts) == 1:
            hosts[0].members.extend(g.members)
            hosts[0].members.sort()
        else:
            kept.append(g)
    return kept
