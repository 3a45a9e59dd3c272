"""The dated statements of several sources lined up: which of them tell of the same event, and where the
sources disagree about its date (issue 17's timeline).

Two statements of different sources tell of one event when their event phrases say the same (the words
that say what happened, stemmed, without the words that say nothing: "Kirov was assassinated" and "the
assassination of Kirov"; most of the shorter phrase's words, two at least, are the longer one's), or when
their dates overlap and the phrases share enough of those words ("the famine" and "people died in the
famine", both of 1932–33).
Events chain (a ~ b, b ~ c: one event). An event whose sources give dates that do not overlap is a
disagreement: "Kirov was assassinated" on 1 December 1934 in one source and in 1935 in another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.domain.historical_dates import same_month, sort_key

_WORD = re.compile(r"[^\W\d_]+")
_EMPTY = frozenset(
    str.split(
        "the a an of in on at by to for and or but with from into as was were is are be been had has have "
        "his her its their they he she it this that these those which who whom there then than also only "
        "not no all some more most very after before during until when while under over against between "
        "would could should will may might did does do so such one two three first second new began begun "
        "once people million millions thousand thousands figure year years time begin begins then normally"
    )
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ated", "ed", "ies", "es", "s")
# How much of the shorter phrase the longer one must hold (shared words ÷ the shorter's words): alone (and
# two words at least), and for dates that overlap.
SAME_KEY = 0.6
SAME_WHEN_OVERLAPPING = 0.6
# Words in more statements than this share of all (and at least 20) link nothing: "Stalin", "party".
COMMON = 0.05


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Words of one deed: "Kirov was murdered" and "the assassination of Kirov" tell one event.
_SAME = {"murder": "kill", "assassin": "kill", "kill": "kill", "slain": "kill", "shot": "execut",
         "execut": "execut", "arrest": "arrest", "detain": "arrest", "die": "death", "dead": "death",
         "died": "death", "death": "death", "perish": "death"}  # fmt: skip


def event_words(event: str) -> frozenset[str]:
    """The stemmed words that say what happened (lower case, without the words that say nothing)."""
    words = (w.lower() for w in _WORD.findall(event))
    stems = (_stem(w) for w in words if w not in _EMPTY and len(w) > 2)
    return frozenset(_SAME.get(w, w) for w in stems)


@dataclass(frozen=True, slots=True)
class Dated:
    """One dated statement as the timeline needs it."""

    source_id: int
    date_start: str  # ISO, inclusive
    date_end: str
    event: str


@dataclass(frozen=True, slots=True)
class Event:
    """Statements (indexes into the list aligned) of at least two sources telling of one event."""

    members: tuple[int, ...]
    disagree: bool  # two sources give dates that do not overlap


def _overlap(a: Dated, b: Dated) -> bool:
    # (through the era-aware key: "-0489" sorts after "-0500" as text, and before any year of ours)
    return sort_key(a.date_start) <= sort_key(b.date_end) and sort_key(b.date_start) <= sort_key(a.date_end)


def _to_the_month(d: Dated) -> bool:
    """Dated to the day or the month (not a year, a season or a decade)."""
    return same_month(d.date_start, d.date_end)


def _alike(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """The share of the shorter phrase's words the other holds, and how many they share."""
    if not a or not b:
        return 0.0, 0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared


def align(statements: Sequence[Dated]) -> list[Event]:
    """The events told by two sources or more, in the order of their first statement."""
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Statements with the same words and the same dates are one event whatever their sources: they are
    # compared once, through the first of them (a project of many editions of one text has few kinds).
    kinds: dict[tuple[frozenset[str], str, str], int] = {}
    words: list[frozenset[str]] = []
    firsts: list[int] = []
    for i, s in enumerate(statements):
        key = (event_words(s.event), s.date_start, s.date_end)
        if key in kinds:
            parent[i] = firsts[kinds[key]]
            continue
        kinds[key] = len(firsts)
        firsts.append(i)
        words.append(key[0])
    by_word: dict[str, list[int]] = {}
    for k, ws in enumerate(words):
        for w in ws:
            by_word.setdefault(w, []).append(k)
    common = max(20, int(len(firsts) * COMMON))
    for k, ws in enumerate(words):
        candidates: set[int] = set()
        for w in ws:
            found = by_word[w]
            if len(found) <= common:
                candidates.update(m for m in found if m > k)
        a = statements[firsts[k]]
        for m in candidates:
            b = statements[firsts[m]]
            alike, shared = _alike(ws, words[m])
            overlap = _overlap(a, b)
            # Two deeds of one day or month sharing two words are one ("Kirov … was assassinated" on 1
            # December 1934 and "the assassination of Kirov on 1 December 1934").
            same_day = overlap and shared >= 2 and _to_the_month(a) and _to_the_month(b)
            alike_enough = alike >= SAME_WHEN_OVERLAPPING and overlap
            if (alike >= SAME_KEY and shared >= 2) or alike_enough or same_day:
                parent[root(firsts[m])] = root(firsts[k])
    groups: dict[int, list[int]] = {}
    for i in range(len(statements)):
        groups.setdefault(root(i), []).append(i)
    events = []
    for members in groups.values():
        if len({statements[i].source_id for i in members}) < 2:
            continue
        events.append(Event(tuple(sorted(members)), _disagree([statements[i] for i in members])))
    events.sort(key=lambda e: e.members[0])
    return events


def _disagree(told: Sequence[Dated]) -> bool:
    """Whether two of these statements, of different sources, give dates that do not overlap: some
    statement ends before the latest start among the other sources' statements."""
    latest: list[tuple[str, int]] = []  # the two latest starts of different sources (era-aware keys)
    for s in told:
        start = sort_key(s.date_start)
        if not latest or start > latest[0][0]:
            if latest and latest[0][1] != s.source_id:
                latest = [(start, s.source_id), latest[0]]
            else:
                latest = [(start, s.source_id), *latest[1:]]
        elif s.source_id != latest[0][1] and (len(latest) < 2 or start > latest[1][0]):
            latest = [latest[0], (start, s.source_id)]
    for s in told:
        other = next((start for start, source in latest if source != s.source_id), None)
        if other is not None and other > sort_key(s.date_end):
            return True
    return False
