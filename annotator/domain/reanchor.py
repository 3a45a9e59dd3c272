"""Re-anchoring: finding each annotation's passage again in a new version of its source's text.

In the order of the W3C model's advice: the exact quote, disambiguated by its prefix and suffix; then the
same ignoring whitespace and hyphens (what reflow and clean-up change); then a fuzzy match of the quote
with its context near the old position (the text was corrected). A quote that matches nowhere, or in more
than one place equally well, becomes an orphan for the historian to place: it is never silently moved to
another occurrence, and never dropped.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from annotator.domain.anchors import QuoteSelector

FUZZY_THRESHOLD = 0.8  # similarity of the best fuzzy match to the quote with its context
FUZZY_MARGIN = 0.05  # a second match this close to the best makes the quote ambiguous
CONTEXT_SHARE = 0.5  # of the prefix+suffix that must match to tell one occurrence from others
_LOOSE_DROP = re.compile(r"[\s\-\u00ad\u2010]+")


class Method(StrEnum):
    EXACT = "exact"  # the quote and its context, character for character
    LOOSE = "loose"  # the same, ignoring whitespace and hyphens
    FUZZY = "fuzzy"  # a close match near the old position


class OrphanReason(StrEnum):
    NOT_FOUND = "not found"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class Placed:
    start: int
    end: int
    method: Method


@dataclass(frozen=True, slots=True)
class Orphan:
    reason: OrphanReason
    candidates: tuple[int, ...] = ()  # starts of the equally good places, when ambiguous


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


def _occurrences(text: str, needle: str, limit: int = 1000) -> list[int]:
    found: list[int] = []
    start = text.find(needle)
    while start != -1 and len(found) < limit:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


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


def _pick(
    text: str, exact: str, prefix: str, suffix: str, starts: list[int]
) -> tuple[int | None, tuple[int, ...]]:
    """The one occurrence the context designates, or None with the occurrences it cannot tell apart.

    An occurrence whose surroundings agree with the whole prefix and suffix (as far as the text goes: an
    occurrence near the start has less before it) is a full match; two full matches are ambiguous. With
    no full match, the best partial agreement wins if it covers half the context and nothing ties with it.
    """
    if len(starts) <= 1:
        return (starts[0] if starts else None), ()
    scores, full = [], []
    for s in starts:
        before = text[max(0, s - len(prefix)) : s]
        after = text[s + len(exact) : s + len(exact) + len(suffix)]
        left, right = _common_suffix(prefix, before), _common_prefix(suffix, after)
        scores.append(left + right)
        if left == min(len(prefix), len(before)) and right == min(len(suffix), len(after)):
            full.append(s)
    if len(full) == 1:
        return full[0], ()
    if len(full) > 1:
        return None, tuple(full)
    best = max(scores)
    winners = [s for s, score in zip(starts, scores, strict=True) if score == best]
    if best >= CONTEXT_SHARE * (len(prefix) + len(suffix)) and len(winners) == 1:
        return winners[0], ()
    return None, tuple(winners if best > 0 else starts)


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


def _fuzzy(text: str, anchor: Anchor, old_length: int) -> Placed | Orphan:
    """The best close match of the quote with its context near where it was (scaled to the new length)."""
    q = anchor.quote
    needle = q.prefix + q.exact + q.suffix
    if len(q.exact.strip()) < 4:
        return Orphan(OrphanReason.NOT_FOUND)
    expected = round(anchor.start * len(text) / max(old_length, 1))
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
        return Orphan(OrphanReason.NOT_FOUND)
    score, a1, a2 = matches[0]
    if len(matches) > 1 and matches[1][0] >= score - FUZZY_MARGIN:
        return Orphan(OrphanReason.AMBIGUOUS, (window_start + a1, window_start + matches[1][1]))
    region = window[a1:a2]
    opcodes = SequenceMatcher(None, region, needle, autojunk=False).get_opcodes()
    start = a1 + _map(opcodes, len(q.prefix))
    end = a1 + _map(opcodes, len(q.prefix) + len(q.exact))
    if end <= start:
        return Orphan(OrphanReason.NOT_FOUND)
    if SequenceMatcher(None, window[start:end], q.exact, autojunk=False).ratio() < FUZZY_THRESHOLD:
        return Orphan(OrphanReason.NOT_FOUND)
    return Placed(window_start + start, window_start + end, Method.FUZZY)


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
    """The new place of each anchor in ``text`` (a new version of a text ``old_length`` long), in order."""
    loose_text: _Loose | None = None
    results: list[Placed | Orphan] = []
    for anchor in anchors:
        q = anchor.quote
        if not q.exact:
            results.append(Orphan(OrphanReason.NOT_FOUND))
            continue
        start, tied = _pick(text, q.exact, q.prefix, q.suffix, _occurrences(text, q.exact))
        if start is not None:
            results.append(Placed(start, start + len(q.exact), Method.EXACT))
            continue
        if tied:
            results.append(Orphan(OrphanReason.AMBIGUOUS, tied))
            continue
        if loose_text is None:
            loose_text = _Loose(text)
        exact = loose(q.exact)
        if exact:
            starts = _occurrences(loose_text.text, exact)
            found, tied = _pick(loose_text.text, exact, loose(q.prefix), loose(q.suffix), starts)
            if found is not None:
                results.append(Placed(*loose_text.span(found, found + len(exact)), Method.LOOSE))
                continue
            if tied:
                results.append(Orphan(OrphanReason.AMBIGUOUS, tuple(loose_text.offsets[t] for t in tied)))
                continue
        results.append(_fuzzy(text, anchor, old_length))
    return results
