"""Figures' shared vocabulary: the word and phrase patterns every other rule is built from, the
approximation words a cue accepts before a number, and the small word sets several kinds of rule read (generic
nouns, nouns that say nothing of what is counted).
"""

from __future__ import annotations

import re


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A word: a letter, then letters, digits, apostrophes or hyphens ("kulak's", "so-called", "Gulag"); the
# noun phrases the patterns below read are runs of it.
_WORD_RE = r"[^\W\d_][\w’'-]*"


def _phrase(words: int, lazy: bool = False) -> str:
    """A run of one to ``words`` words, as few as may be when ``lazy``: "executions", "Soviet grain
    exports"."""
    return rf"(?:{_WORD_RE}\s+){{0,{words - 1}}}{'?' if lazy else ''}{_WORD_RE}"


def _alt(phrases: str, sep: str = r"\s+") -> str:
    r"""``phrases`` written "about|more than|at least" as a non-capturing alternation, each space inside a
    phrase standing for ``sep`` (``[ \t]+`` where a pattern must not cross a line). No phrase of a list may
    begin with another's words ("at" beside "at least"), so the order of a list changes nothing it matches."""
    return "(?:" + "|".join(p.replace(" ", sep) for p in phrases.split("|")) + ")"


def _qualifiers(phrases: str, repeat: str = "?", sep: str = r"\s+", end: str | None = None) -> str:
    r"""Approximation and limit words between a cue and its number, each with the space after it (``end``,
    by default ``sep``): "(?:(?:about|some)\s+)?"; ``repeat`` "*" or "{0,2}" for a run of them ("only
    about")."""
    return f"(?:{_alt(phrases, sep)}{sep if end is None else end}){repeat}"


# The approximation words a cue before a number accepts. The core every long list has: "about 40,000", "some
# 3 million", "nearly half", "over a million", "almost 2%", "roughly 5,000", "around 700,000".
_ROUGH = "about|some|nearly|over|almost|roughly|around"
# Bounds of a count ("more than 2 million", "less than 1%", "at least 7,000", "up to 10 million") and a
# small amount stressed ("only 5%", "just 300").
_LIMITS = "more than|less than|at least|up to"
_MERE = "only|just"
# Before the victims of a verb or of an event's noun: "killed an estimated 27 million", "deported up to 2
# million", "the arrests of at least 7,000".
_ESTIMATED = f"{_ROUGH}|up to|more than|at least|an estimated"
# Before a part of a whole or of a list: "of which perhaps a third", "and the remaining 8,000".
_PART = f"{_ROUGH}|only|perhaps"
_GENERIC = _set(
    "people persons individuals men women souls lives human humans human-beings citizens of them "
    "человек человека чел"
)
_SAYS_NOTHING = frozenset({"share", "proportion", "number", "figure", "total", "level", "rate", "people"})
# The nouns of a change, one list for every rule that reads a change by its noun. A change over time ("an
# increase of 681,204", "a fall of 3,000 since 1900", "a tenfold rise in output") is of the span from its
# baseline; a gap ("a deficit of some 200,000", "a surplus of $230 billion in 2000") is a level of its own
# time, which is counted as a change is but takes no span. What is counted, and the "in" after a subject's
# head, read both (_CHANGE_OR_GAP_NOUN, _CHANGE_OR_GAP_NOUNS); a change's period and a multiple's growth
# ("a tenfold rise in …") only the changes (_CHANGE_NOUN, _CHANGE_NOUNS).
_CHANGE_NOUN_WORDS = "increase decrease rise fall drop decline gain growth reduction jump"
_GAP_NOUN_WORDS = "deficit surplus shortfall"
_CHANGE_NOUNS = _set(_CHANGE_NOUN_WORDS)
_CHANGE_OR_GAP_NOUNS = _set(f"{_CHANGE_NOUN_WORDS} {_GAP_NOUN_WORDS}")
_CHANGE_NOUN = _alt(_CHANGE_NOUN_WORDS.replace(" ", "|"))
_CHANGE_OR_GAP_NOUN = _alt(f"{_CHANGE_NOUN_WORDS} {_GAP_NOUN_WORDS}".replace(" ", "|"))


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``, or None (the nearest cue before a figure)."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is kept
        pass
    return found


# The measures a price is given per, after its sum: "1 ½ pence the pound", "5½d. a loaf", "30s. per ton"
_MEASURE_WORDS = (
    "head ton quarter lb pound loaf yard dozen hundredweight cwt bushel gallon pint quart stone acre mile "
    "share copy piece"
)
