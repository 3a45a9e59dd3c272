"""Re-anchoring: finding each annotation's passage again in a new version of its source's text.

An annotation is moved only when its place is certain, in the order of the W3C model's advice:

- ``exact``: the quote with its whole stored context (prefix and suffix, as far as the text goes),
  character for character, in exactly one place;
- ``loose``: the same ignoring whitespace and hyphens (what reflow changes: joined lines and split words);
- ``partial``: no place has the whole context, but exactly one has the quote with at least half of its
  context (or one whole side of it), or has the whole context around the quote with pieces taken out of
  it, and lies where the annotations placed around it say it should be (a running head or furniture line
  removed next to the passage or inside it).

Everything else becomes an orphan that stays where it was: the quote is nowhere (``not found``), it occurs
but nowhere with its own context (``context gone``: its paragraph was deleted; a look-alike elsewhere is
never taken for it), several places agree equally (``ambiguous``), or there is a likely place the historian
must confirm (``uncertain``: a fuzzy match of the quote and context near the old place, after a
correction, or a partly agreeing context far from the old place).

Every occurrence of the quote is considered (no candidate limit): the whole-context searches look for the
quote with its context in one pass over the text, and only the annotations whose context changed score the
quote's occurrences one by one.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from annotator.domain.anchors import QuoteSelector

FUZZY_THRESHOLD = 0.8  # similarity of the best fuzzy match to the quote with its context
FUZZY_MARGIN = 0.05  # a second match this close to the best makes the quote ambiguous
CONTEXT_SHARE = 0.5  # of the prefix+suffix that must agree for a partly agreeing context to count
WHOLE_SIDE = 8  # loose characters a wholly agreeing prefix or suffix needs to count on its own
NEAR = 2000  # characters from the expected place (or 2% of the text) that still count as "its old place"
NEAR_SHARE = 0.02
CANDIDATES_SHOWN = 20  # equally good places reported for an ambiguous quote (the decision sees them all)
_LOOSE_DROP = re.compile(r"[\s\-\u00ad\u2010]+")


class Method(StrEnum):
    EXACT = "exact"  # the quote and its whole context, character for character
    LOOSE = "loose"  # the same, ignoring whitespace and hyphens
    PARTIAL = "partial"  # the quote with part of its context, at its old place
    FUZZY = "fuzzy"  # a close match near the old position (only ever suggested)


class OrphanReason(StrEnum):
    NOT_FOUND = "not found"
    CONTEXT_GONE = "context gone"
    AMBIGUOUS = "ambiguous"
    UNCERTAIN = "uncertain"  # a suggestion to confirm


@dataclass(frozen=True, slots=True)
class Placed:
    start: int
    end: int
    method: Method


@dataclass(frozen=True, slots=True)
class Orphan:
    reason: OrphanReason
    candidates: tuple[int, ...] = ()  # starts of the equally good places, when ambiguous
    suggestion: Placed | None = None  # the likely place, when uncertain


@dataclass(frozen=True, slots=True)
class Anchor:
    """An annotation's old place, as the re-anchoring needs it."""

    start: int
    end: int
    quote: QuoteSelector


class _Loose:
    """A text without whitespace and hyphens, with the offset in the original of each kept character."""

    def __init__(self, text: str) -> None:
        kept: list[str] = []
        offsets = array("q")  # a list of ints would take 36 bytes per character of a long text
        position = 0
        for match in _LOOSE_DROP.finditer(text):
            kept.append(text[position : match.start()])
            offsets.extend(range(position, match.start()))
            position = match.end()
        kept.append(text[position:])
        offsets.extend(range(position, len(text)))
        self.text = "".join(kept)
        self.offsets = offsets

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the loose characters ``start..end`` (end exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def loose(text: str) -> str:
    return _LOOSE_DROP.sub("", text)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _whole_context(text: str, exact: str, prefix: str, suffix: str) -> list[int]:
    """Starts of the occurrences of ``exact`` with the whole ``prefix`` before and ``suffix`` after.

    Near either end of the text the context is cut short; there what there is must agree (the new version
    may start or end closer to the quote). Found by searching the quote with its context, so a quote that
    occurs thousands of times costs one pass; at most CANDIDATES_SHOWN are returned (two decide).
    """
    found: set[int] = set()
    needle = prefix + exact + suffix
    at = text.find(needle)
    while at != -1 and len(found) < CANDIDATES_SHOWN:
        found.add(at + len(prefix))
        at = text.find(needle, at + 1)
    if prefix:  # occurrences with less than the whole prefix before them
        limit = len(prefix) - 1 + len(exact)
        at = text.find(exact, 0, limit)
        while at != -1:
            after = text[at + len(exact) : at + len(exact) + len(suffix)]
            if prefix.endswith(text[:at]) and suffix.startswith(after) and (
                after == suffix or at + len(exact) + len(after) == len(text)
            ):
                found.add(at)
            at = text.find(exact, at + 1, limit)
    if suffix:  # occurrences with less than the whole suffix after them
        at = text.find(exact, max(len(prefix), len(text) - len(exact) - len(suffix) + 1))
        while at != -1:
            if suffix.startswith(text[at + len(exact) :]) and text[at - len(prefix) : at] == prefix:
                found.add(at)
            at = text.find(exact, at + 1)
    return sorted(found)[:CANDIDATES_SHOWN]


@dataclass(frozen=True, slots=True)
class _Partial:
    """The best-agreeing occurrences (loose offsets) of a quote whose whole context is nowhere."""

    winners: tuple[int, ...]
    adequate: bool  # the best agrees with enough of the context to stand for the annotation
    occurs: bool  # the quote occurs at all


def _partial(loose_text: str, exact: str, prefix: str, suffix: str) -> _Partial:
    """Score the occurrences of ``exact`` by how much of ``prefix`` and ``suffix`` they have around them.

    The winners are the best and every occurrence it does not clearly beat: one within WHOLE_SIDE
    characters of it, or one that also has a whole side of the context (a repeated passage, one copy of
    which was deleted, leaves two places that each keep one side).
    """
    occurs = loose_text.find(exact) != -1
    if not occurs:
        return _Partial((), False, False)
    # Only occurrences with the last few characters of the prefix or the first few of the suffix can
    # matter unless the context is short or the best is weak (see _settled); found in C by str.find, so a
    # quote such as "the" that occurs 20,000 times costs a few passes instead of 20,000 comparisons.
    starts: set[int] = set()
    if len(prefix) >= _SIDE_PROBE:
        starts.update(p + _SIDE_PROBE for p in _find_all(loose_text, prefix[-_SIDE_PROBE:] + exact))
    if len(suffix) >= _SIDE_PROBE:
        starts.update(_find_all(loose_text, exact + suffix[:_SIDE_PROBE]))
    scored = _scores(loose_text, exact, prefix, suffix, sorted(starts))
    if not _settled(scored, len(prefix) + len(suffix)):
        scored = _scores(loose_text, exact, prefix, suffix, _find_all(loose_text, exact))
    best = max((score for score, _, _ in scored), default=0)
    best_whole = any(whole for score, whole, _ in scored if score == best)
    total = len(prefix) + len(suffix)
    adequate = best > 0 and (best >= CONTEXT_SHARE * total or best_whole)
    winners = tuple(at for score, whole, at in scored if score > best - WHOLE_SIDE or (whole and best_whole))
    return _Partial(winners, adequate, occurs)


_SIDE_PROBE = 4  # characters of context an occurrence must share on one side to be scored at first


def _find_all(text: str, needle: str) -> list[int]:
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _scores(
    loose_text: str, exact: str, prefix: str, suffix: str, starts: list[int]
) -> list[tuple[int, bool, int]]:
    """(agreeing characters of context, whether one side agrees whole, start) of each occurrence."""
    scored = []
    for at in starts:
        before = loose_text[max(0, at - len(prefix)) : at]
        after = loose_text[at + len(exact) : at + len(exact) + len(suffix)]
        left, right = _common_suffix(prefix, before), _common_prefix(suffix, after)
        whole = (left == len(prefix) and left >= WHOLE_SIDE) or (right == len(suffix) and right >= WHOLE_SIDE)
        if left or right:
            scored.append((left + right, whole, at))
    return scored


def _settled(scored: list[tuple[int, bool, int]], total: int) -> bool:
    """Whether the occurrences not scored (fewer than _SIDE_PROBE characters agreeing on either side, so
    at most 2 * (_SIDE_PROBE - 1) in all, and no whole side) can change the outcome: they cannot be
    adequate unless the context is that short, nor contend with a best that beats them by WHOLE_SIDE."""
    unscored_best = 2 * (_SIDE_PROBE - 1)
    if unscored_best >= CONTEXT_SHARE * total:
        return False
    best = max((score for score, _, _ in scored), default=0)
    adequate = best >= CONTEXT_SHARE * total or any(whole for score, whole, _ in scored if score == best)
    return not adequate or unscored_best <= best - WHOLE_SIDE


class _Guide:
    """Where an old offset should fall in the new text, by the annotations placed with their whole context
    around it (or, with none, by scaling the offset to the new length)."""

    def __init__(self, pairs: list[tuple[int, int]], old_length: int, new_length: int) -> None:
        pairs = sorted(pairs)
        self.old = [0] + [old for old, _ in pairs] + [max(old_length, 1)]
        self.new = [0] + [new for _, new in pairs] + [new_length]
        self.radius = max(NEAR, round(NEAR_SHARE * new_length))

    def expected(self, old_start: int) -> tuple[int, int, int]:
        """(expected new offset, lowest, highest new offset between the neighbours placed around it)."""
        i = min(max(bisect_right(self.old, old_start), 1), len(self.old) - 1)
        o1, o2, n1, n2 = self.old[i - 1], self.old[i], self.new[i - 1], self.new[i]
        expected = n1 + round((old_start - o1) * (n2 - n1) / max(o2 - o1, 1))
        return expected, min(n1, n2), max(n1, n2)

    def near(self, old_start: int, new_start: int) -> bool:
        expected, low, high = self.expected(old_start)
        slack = 200  # the neighbours' own places may have shifted a little
        return low - slack <= new_start <= high + slack and abs(new_start - expected) <= self.radius


def _map(opcodes: list[tuple[str, int, int, int, int]], position: int) -> int:
    """Where index ``position`` of sequence b falls in sequence a, by the opcodes aligning a with b."""
    for tag, a1, a2, b1, b2 in opcodes:
        if b1 <= position < b2:
            if tag == "equal":
                return a1 + position - b1
            if tag == "replace":
                return a1 + round((position - b1) * (a2 - a1) / (b2 - b1))
            return a1  # inserted in b: nothing in a stands for it
    return opcodes[-1][2] if opcodes else 0


def _fuzzy(text: str, anchor: Anchor, expected: int) -> Orphan | None:
    """The best close match of the quote with its context near ``expected``, as a suggestion to confirm;
    None when nothing is close enough. A fuzzy match is never applied by itself: a corrected passage may
    also be a different one."""
    q = anchor.quote
    needle = q.prefix + q.exact + q.suffix
    if len(q.exact.strip()) < 4:
        return None
    radius = max(2000, 4 * len(needle))
    window_start = max(0, expected - radius)
    window = text[window_start : expected + len(needle) + radius]
    matches: list[tuple[float, int, int]] = []
    blocked: list[tuple[int, int]] = []
    for _ in range(2):
        found = _best_alignment(window, needle, blocked)
        if found is None:
            break
        matches.append(found)
        blocked.append((found[1], found[2]))
    if not matches or matches[0][0] < FUZZY_THRESHOLD:
        return None
    score, a1, a2 = matches[0]
    if len(matches) > 1 and matches[1][0] >= score - FUZZY_MARGIN:
        return Orphan(OrphanReason.AMBIGUOUS, (window_start + a1, window_start + matches[1][1]))
    region = window[a1:a2]
    opcodes = SequenceMatcher(None, region, needle, autojunk=False).get_opcodes()
    start = a1 + _map(opcodes, len(q.prefix))
    end = a1 + _map(opcodes, len(q.prefix) + len(q.exact))
    if end <= start:
        return None
    if SequenceMatcher(None, window[start:end], q.exact, autojunk=False).ratio() < FUZZY_THRESHOLD:
        return None
    place = Placed(window_start + start, window_start + end, Method.FUZZY)
    return Orphan(OrphanReason.UNCERTAIN, suggestion=place)


def _best_alignment(
    window: str, needle: str, blocked: list[tuple[int, int]]
) -> tuple[float, int, int] | None:
    """(similarity, start, end) of the stretch of ``window`` most like ``needle``, avoiding ``blocked``."""
    matcher = SequenceMatcher(None, window, needle, autojunk=False)
    best: tuple[float, int, int] | None = None
    tried: set[int] = set()
    for a, b, size in matcher.get_matching_blocks():
        if size < 3:
            continue
        start = max(0, a - b)
        if start in tried or any(s - len(needle) < start < e for s, e in blocked):
            continue
        tried.add(start)
        end = min(len(window), start + len(needle))
        score = SequenceMatcher(None, window[start:end], needle, autojunk=False).ratio()
        if best is None or score > best[0]:
            best = (score, start, end)
    return best


def reanchor(text: str, anchors: Sequence[Anchor], old_length: int) -> list[Placed | Orphan]:
    """The new place of each anchor in ``text`` (a new version of a text ``old_length`` long), in order.

    First every anchor whose whole context is found (``exact``, ``loose``); these then guide where the
    others are expected (``partial`` placements and suggestions are judged by that).
    """
    loose_text: _Loose | None = None
    results: list[Placed | Orphan | None] = []
    for anchor in anchors:
        q = anchor.quote
        if not q.exact:
            results.append(Orphan(OrphanReason.NOT_FOUND))
            continue
        found = _whole_context(text, q.exact, q.prefix, q.suffix)
        if len(found) == 1:
            results.append(Placed(found[0], found[0] + len(q.exact), Method.EXACT))
            continue
        if found:
            results.append(Orphan(OrphanReason.AMBIGUOUS, tuple(found)))
            continue
        if loose_text is None:
            loose_text = _Loose(text)
        exact = loose(q.exact)
        found = _whole_context(loose_text.text, exact, loose(q.prefix), loose(q.suffix)) if exact else []
        if len(found) == 1:
            results.append(Placed(*loose_text.span(found[0], found[0] + len(exact)), Method.LOOSE))
        elif found:
            results.append(Orphan(OrphanReason.AMBIGUOUS, tuple(loose_text.offsets[f] for f in found)))
        else:
            results.append(None)  # decided below, once the certain places are known
    if all(r is not None for r in results):
        return [r for r in results if r is not None]
    assert loose_text is not None
    guide = _Guide(
        [(a.start, r.start) for a, r in zip(anchors, results, strict=True) if isinstance(r, Placed)],
        old_length,
        len(text),
    )
    return [
        r if r is not None else _uncertain(text, loose_text, anchor, guide)
        for anchor, r in zip(anchors, results, strict=True)
    ]


def _shortened(loose_text: str, exact: str, prefix: str, suffix: str) -> tuple[int, int] | None:
    """The loose span between the one place with the whole ``prefix`` and the whole ``suffix`` close
    after it, when what lies between is the quote with pieces taken out of it (a running head or a page
    number removed from a passage across a page break); None otherwise."""
    if len(prefix) < WHOLE_SIDE or len(suffix) < WHOLE_SIDE or not exact:
        return None
    found: tuple[int, int] | None = None
    at = loose_text.find(prefix)
    while at != -1:
        start = at + len(prefix)
        end = loose_text.find(suffix, start + 1, start + len(exact) + len(suffix))
        if end != -1:
            if found is not None:
                return None  # two such places: not told apart
            found = (start, end)
        at = loose_text.find(prefix, at + 1)
    if found is None:
        return None
    kept = loose_text[found[0] : found[1]]
    if 2 * len(kept) < len(exact):
        return None
    opcodes = SequenceMatcher(None, exact, kept, autojunk=False).get_opcodes()
    if any(tag not in ("equal", "delete") for tag, *_ in opcodes):
        return None  # something was added or changed, not only taken out
    return found


def _uncertain(text: str, loose_text: _Loose, anchor: Anchor, guide: _Guide) -> Placed | Orphan:
    """The place of an anchor whose whole context is nowhere: a partly agreeing context at its old place,
    or an orphan (with a suggestion when there is a likely place)."""
    q = anchor.quote
    exact = loose(q.exact)
    partial = _partial(loose_text.text, exact, loose(q.prefix), loose(q.suffix)) if exact else None
    if partial is not None and partial.adequate:
        if len(partial.winners) > 1:
            shown = partial.winners[:CANDIDATES_SHOWN]
            return Orphan(OrphanReason.AMBIGUOUS, tuple(loose_text.offsets[w] for w in shown))
        winner = partial.winners[0]
        place = Placed(*loose_text.span(winner, winner + len(exact)), Method.PARTIAL)
        if guide.near(anchor.start, place.start):
            return place
        return Orphan(OrphanReason.UNCERTAIN, suggestion=place)  # the context agrees, the place does not
    shortened = _shortened(loose_text.text, exact, loose(q.prefix), loose(q.suffix))
    if shortened is not None:
        place = Placed(*loose_text.span(*shortened), Method.PARTIAL)
        if guide.near(anchor.start, place.start):
            return place
        return Orphan(OrphanReason.UNCERTAIN, suggestion=place)
    expected, _, _ = guide.expected(anchor.start)
    suggested = _fuzzy(text, anchor, expected)
    if suggested is not None:
        return suggested
    if partial is not None and partial.occurs:
        return Orphan(OrphanReason.CONTEXT_GONE)
    return Orphan(OrphanReason.NOT_FOUND)
