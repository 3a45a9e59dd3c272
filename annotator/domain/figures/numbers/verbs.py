"""The event a verb names: "700,000 were executed" counts executions, "3,000 villagers fled" counts who
fled; death verbs, passive participles and intransitive verbs of an event after a figure or its noun, and the
verbs that say what the source did rather than what happened (``_is_verb_like``, ``_event_after``).
"""

from __future__ import annotations

import re

from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers.words import _ESTIMATED, _qualifiers, _set

_VICTIM_CONCEPTS = frozenset({"death", "execution", "arrest", "deportation", "sentence", "victim", "repress",
                              "repression", "kill", "shot"})


def _of_an_event(counted: str) -> bool:
    """Whether a figure counts an event's victims ("victims", "deaths", "repressed", "executions")."""
    return bool(set(counted_key(counted).split()) & _VICTIM_CONCEPTS) if counted else False
# The event a verb after the counted noun names (issue 17: what is counted is the noun with its qualifiers
# and the event made its noun). One pattern for every form the held-out sets showed: a death verb ("died",
# "perished", "starved to death": the noun's deaths), a passive participle ("were evacuated", "had been
# collectivized", "were arrested or expelled": the noun and what was done to it) and an intransitive verb of
# an event ("fled"), after an optional "who"/"that" and adverb.
_DEATH_VERB = (r"died|perished|starved(?:\s+to\s+death)?|(?:were|was)\s+killed|lost\s+their\s+lives|"
               r"умерл\w*|погибл\w*")
_EVENT_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*|(?:--|—|–)\s[^-—–\n]{1,40}?\s(?:--|—|–)\s*)?,?\s*(?:(?:who|that)\s+)?(?:(?:may|might|could|would)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:(?:also|then|later|eventually|all|soon)\s+)?"
    # ("were confirmed dead", "were documented to have died", "have been estimated to have been wounded": the
    # event after a verb of saying or recording, not that verb (fig17p))
    r"(?P<said>(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:reported|confirmed|documented|estimated|"
    r"believed|known|thought|said|listed|recorded|presumed)\s+(?:to\s+have\s+(?:been\s+)?|to\s+be\s+|as\s+)?)?"
    rf"(?:(?P<death>{_DEATH_VERB}|(?(said)(?:dead|killed)|(?!)))\b"
    r"|(?P<aux>(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|also|then|later|all|soon)\s+)?)?"
    r"(?P<verb>[^\W\d_]+ed|shot|sent|fled|taken|caught|brought|held|driven|thrown|born)\b"
    r"(?:\s+(?P<conj>or|and)\s+(?:(?:were|was)\s+)?(?P<verb2>[^\W\d_]+ed|shot|sent|fled|exiled)\b)?)",
    re.IGNORECASE,
)
# "… died or went missing": the missing counted with the dead (fig17p)
_OR_MISSING_AFTER = re.compile(r"\s+or\s+(?:went\s+|were\s+|was\s+|are\s+)?missing\b", re.IGNORECASE)
# Out of work after a figure's people: "13 million Americans were jobless / out of work".
_JOBLESS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+)?(?:were|was|are|is|had\s+been|have\s+been|has\s+been|became|remained)\s+"
    r"(?:(?:still|also|then|all|now)\s+)?(?:jobless|out\s+of\s+work|without\s+work)\b",
    re.IGNORECASE,
)
# Where a bare participle ends its clause: the end, a stop, or a preposition (no object of its own).
_CLAUSE_END_AFTER = re.compile(
    r"\s*(?:$|[\n;,.)(]|\s(?:by|to|in|into|from|at|for|under|during|after|before|on|without|as\s+a|"
    r"between|across|through(?:out)?|within)\b)",
    re.IGNORECASE,
)
# Verbs after a number that tell what the source did, not what happened to the counted ("were estimated",
# "were employed"), and words in -ed that are no verbs.
_NOT_EVENTS = _set(
    "estimated reported recorded registered counted listed included involved needed required expected "
    "supposed considered believed thought said known given put found located based concentrated "
    "housed engaged used owned produced worked lived remained stayed numbered totalled totaled amounted "
    "reached exceeded increased decreased declined rose fell grew doubled tripled halved dropped climbed "
    "compared added combined named called classified described reckoned calculated assumed claimed "
    "mentioned noted quoted cited published printed issued planned scheduled intended aimed hundred "
    "red bed seed need speed feed shed breed creed bleed wed armed skilled unskilled married qualified "
    "educated organised organized followed existed"
)
# Intransitive verbs of an event, taken without "were": "3,000 villagers fled".
_ACTS = _set(
    "fled escaped emigrated deserted disappeared vanished gathered returned defected died perished voted"
)


def _event_after(after: str, pos: int) -> tuple[str, bool] | None:
    """The event the verb at ``after[pos:]`` names, as (words, is a death), or None: ("deaths", True) for
    "died", ("evacuated", False) for "were evacuated", ("arrested or expelled", False)."""
    if _JOBLESS_AFTER.match(after, pos):
        # "13 million Americans were out of work": the unemployed, qualified by the people (fig17g)
        return "unemployed", False
    m = _EVENT_AFTER.match(after, pos)
    if m is None:
        return None
    if m.group("death"):
        # "63,200 Finns died or went missing", "250,000 were killed or missing in action": the missing are
        # counted with the dead (fig17p)
        return ("deaths or missing" if _OR_MISSING_AFTER.match(after, m.end()) else "deaths"), True
    verb = m.group("verb").lower()
    if verb in _NOT_EVENTS:
        return None
    if not (m.group("aux") or m.group("said")) and verb not in _ACTS and not _CLAUSE_END_AFTER.match(
        after, m.end()
    ):
        # "12,000 engineers arrested" closing a note's bullet, "admirals executed by the NKVD": a passive
        # without "were", as notes write it; a verb with an object ("peasants slaughtered their cattle")
        # is the noun's own act
        return None
    if re.match(r"\s+as\b", after[m.end("verb"):]):
        return None  # "were branded as kulaks", "classified as": what they were called, no event
    verb2 = (m.group("verb2") or "").lower()
    if verb2 and verb2 not in _NOT_EVENTS:
        return f"{verb} {m.group('conj').lower()} {verb2}", False
    return verb, False


def _recorded_event(after: str, pos: int) -> bool:
    """Whether the event at ``after[pos:]`` follows a verb of saying or recording ("were confirmed dead",
    "were documented to have died"): the event is what is counted, not the saying (fig17p)."""
    m = _EVENT_AFTER.match(after, pos)
    return m is not None and m.group("said") is not None


# Where or which people a verb's subject are, between it and its verb: "children in Yemen died", "children
# under the age of five have died", "peasants across the province were deported" (fig17k)
_PLACE_OF_PEOPLE = re.compile(r"\s+(?:in|under|across|aged|below|from|throughout)\s+")
_PLACE_WORD = re.compile(r"\s*[^\W\d_][\w’'-]*")


def _event_within(after: str, at: int, most: int) -> tuple[str, bool] | None:
    """The event of a verb after one to ``most`` words from ``at`` (the words being the people's noun or a
    phrase of place), or None."""
    for _ in range(most):
        word = _PLACE_WORD.match(after, at)
        if word is None:
            return None
        at = word.end()
        event = _event_after(after, at)
        if event is not None:
            return event
    return None


def _event_after_place(after: str, pos: int) -> tuple[str, bool] | None:
    """The event of the verb after a short phrase of place or age (up to five words, no comma) that follows
    the people counted, or None."""
    m = _PLACE_OF_PEOPLE.match(after, pos)
    if m is None:
        return None
    return _event_within(after, m.end(), 5)
# The second of two figures joined by "and" that share their verb: "65,000 Herero and 10,000 Nama were
# killed" (fig17k); the words between the first figure's noun and "and" (none here) are checked apart
_PAIR_NEXT = re.compile(r"\s+and\s+" + _qualifiers(_ESTIMATED) + r"\d[\d,.]*(?:\s+(?:million|thousand))?")


def _pair_with_next(text: str, end: int, and_at: int) -> bool:
    """Whether the figure ending at ``end`` is joined at ``and_at`` to a second figure that shares its verb:
    at most three words between (its noun), none a verb, and a figure right after "and". Figures listed with
    commas before the "and" share it too: "The 150 boats, 2 minelayers and 4 steamers … had been stationed on
    the lake since August 1941" (fig17p)."""
    first, *items = _LIST_COMMA.split(text[end:and_at])
    if any(_LIST_ITEM.fullmatch(item) is None for item in items):
        return False
    words = first.split() + [w for item in items for w in item.split()[1:]]
    return (len(first.split()) <= 3 and not any(_is_verb_like(w.lower()) for w in words)
            and "," not in first and _PAIR_NEXT.match(text, and_at) is not None)


# A list's later items before its "and": ", 2 minelayers", ", 4 light cruisers"
_LIST_COMMA = re.compile(r",\s+")
_LIST_ITEM = re.compile(r"\d[\d,.]*(?:\s+[^\W\d_][\w-]*){1,3}")


def _event_after_pair(after: str, pos: int) -> tuple[str, bool] | None:
    """The event of the verb after a second figure and its noun joined by "and" ("… and 10,000 Nama were
    killed"), or None."""
    m = _PAIR_NEXT.match(after, pos)
    if m is None:
        return None
    return _event_within(after, m.end(), 3)


def _is_event_noun(noun: str) -> bool:
    return bool(noun) and noun.split()[-1].lower() in _QUALIFIED
_QUALIFIED = frozenset({"deaths", "inmates", "arrests", "executions", "deportations", "prisoners", "victims",
                        "dead"})


_VERBISH = re.compile(
    r"(?:ed|ing)$|^(?:died|dead|were|was|had|passed|went|fell|rose|left|became|made|took|got|lost|won|"
    r"came|saw|gave|put|ran|sat|stood|held|kept|built|sent|shot|killed|seized|met|paid|fed|led|fled|bought|"
    r"brought|caught|fought|sought|thought|spent|meant|began|began|took|got|said|told|sold|found|struck|knew|"
    r"grew|threw|drew|wrote|drove|chose|spoke|broke|stole|wore|bore|tore|forgot|won|lost|fell|rose|remained|"
    r"survived|joined|starved|worked|lived|fled)$"
)
_NOT_VERBS = frozenset({"red", "bed", "seed", "need", "speed", "feed", "hundred", "thing", "king", "building",
                        "ring", "wing", "evening", "morning", "spring", "clothing", "ceiling", "farming",
                        "mining", "housing", "landing", "shed", "breed", "creed", "sled", "reed", "bleed",
                        "wedding", "funding", "pudding", "herring", "shilling", "offspring", "uprising",
                        "schooling", "dwelling", "dwellings", "wed", "embed", "armed", "skilled", "unskilled",
                        "retired", "married", "employed", "unemployed", "qualified", "educated",
                        "collectivised",
                        "collectivized", "registered", "recorded", "estimated", "organised", "organized"})


def _is_verb_like(word: str) -> bool:
    # "high-ranking", "working-class": compound adjectives are not verbs
    return bool(word) and "-" not in word and word not in _NOT_VERBS and bool(_VERBISH.search(word))
