"""Reflow: hard-wrapped lines joined into paragraphs, and words split at line ends made whole again.

Books extracted from PDFs and old e-texts break every line at a fixed width. We join a line to the next
only when the line is "full" (the next line's first word would not have fitted on it), so paragraph
breaks (blank lines, indents), headings, list items and short verse-like lines stay as they are. Only
whitespace at the seams and split-word hyphens are touched: not a word is lost or changed otherwise.

Whether a line-end hyphen belongs to the word ("self-" + "realization") or only splits it ("inter-" +
"national") is decided by the document's own vocabulary: how often it writes "self-realization" and
"selfrealization" elsewhere. Without evidence a capitalized second part ("Marxist-" + "Leninist"), digits
("1929-" + "30") or a first part the document uses in other compounds ("self-criticism") keep the hyphen;
anything else is taken for a split word, as it usually is in typeset text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

MIN_LINES = 8  # fewer non-blank lines than this never count as hard-wrapped
MIN_WIDTH, MAX_WIDTH = 40, 160  # wrap widths seen in e-texts and PDF extractions

_HEAD = re.compile(r"(\w+)[-\u2010]$")  # a word fragment ending a line with a hyphen
_TAIL = re.compile(r"(\w+)")
_WORD = re.compile(r"\w+(?:[-\u2010]\w+)*")
_LIST_ITEM = re.compile(r"\s*(?:[-*•▪◦]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|\(?[ivxlcdmIVXLCDM]{1,6}[.)]\s)")
# Lines that are Markdown structure, or start one: never joined to anything.
_STRUCTURE = re.compile(r"\s*(?:#{1,6}\s|>|\||```|~~~|(?:[-*_]\s*){3,}$)")
_DASHES = ("—", "–")


@dataclass(frozen=True, slots=True)
class ReflowResult:
    text: str
    detected: bool  # the text looked hard-wrapped
    lines_joined: int = 0
    hyphens_joined: int = 0
    hyphens_kept: int = 0
    joined_lines: tuple[int, ...] = ()  # 1-based numbers of the input lines joined to the line before


class Vocabulary:
    """Words and hyphenated compounds as the document writes them elsewhere, lowercased, with counts."""

    def __init__(self, words: Counter[str], compounds: Counter[str], prefixes: Counter[str]) -> None:
        self.words = words
        self.compounds = compounds
        self.prefixes = prefixes  # first parts of hyphenated compounds ("self" from "self-criticism")

    @classmethod
    def of_lines(cls, lines: Sequence[str]) -> Vocabulary:
        """Count every word except the two halves of each word split at a line end (they are the question)."""
        words: Counter[str] = Counter()
        compounds: Counter[str] = Counter()
        prefixes: Counter[str] = Counter()
        masked = list(lines)
        for i in range(len(lines) - 1):
            left = lines[i].rstrip()
            if _HEAD.search(left) and _TAIL.match(lines[i + 1].lstrip()):
                masked[i] = _HEAD.sub("", masked[i].rstrip())
                masked[i + 1] = _TAIL.sub("", masked[i + 1].lstrip(), count=1)
        for token in _WORD.findall("\n".join(masked).lower()):
            if "-" in token or "\u2010" in token:
                parts = re.split(r"[-\u2010]", token)
                compounds["-".join(parts)] += 1
                prefixes[parts[0]] += 1
                words.update(parts)
            else:
                words[token] += 1
        return cls(words, compounds, prefixes)

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-" at a line end and "tail" on the next line form a hyphenated word."""
        if any(c.isdigit() for c in head + tail):
            return True
        joined = self.words[(head + tail).lower()]
        hyphenated = self.compounds[f"{head}-{tail}".lower()]
        if joined != hyphenated:
            return hyphenated > joined
        return tail[:1].isupper() or self.prefixes[head.lower()] > 0


@dataclass(slots=True)
class Joiner:
    """Joins two lines at a seam and counts what it did with split words."""

    vocabulary: Vocabulary
    lines_joined: int = 0
    hyphens_joined: int = 0
    hyphens_kept: int = 0

    def seam(self, left: str, right: str) -> str:
        """``left`` and ``right`` as one line: a space between them, or nothing after a split word."""
        self.lines_joined += 1
        left, right = left.rstrip(), right.lstrip()
        if left.endswith("\u00ad"):  # a soft hyphen only ever marks a possible split
            self.hyphens_joined += 1
            return left[:-1] + right
        head, tail = _HEAD.search(left), _TAIL.match(right)
        if head and tail:
            if self.vocabulary.keeps_hyphen(head.group(1), tail.group(1)):
                self.hyphens_kept += 1
                return left + right
            self.hyphens_joined += 1
            return left[:-1] + right
        if left.endswith(_DASHES) and len(left) > 1 and not left[-2].isspace():
            return left + right  # "peasants—" + "not": an unspaced dash stays unspaced
        return left + " " + right


def is_split_word(left: str, right: str) -> bool:
    left = left.rstrip()
    return left.endswith("\u00ad") or bool(_HEAD.search(left) and _TAIL.match(right.lstrip()))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it does not look hard-wrapped.

    Hard-wrapped: enough lines, most of them within 70–110 % of a width between 40 and 160 characters,
    few far longer, many lines running straight into the next, and many of those continuing in lower case
    (mid-sentence), which sets wrapped prose apart from verse and from lists of short lines.
    """
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_LINES:
        return None
    runs = [(a, b) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    if len(runs) < 0.3 * len(lengths):
        return None
    ordered = sorted(lengths)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    if not MIN_WIDTH <= p90 <= MAX_WIDTH:
        return None
    near = sum(1 for n in lengths if 0.7 * p90 <= n <= 1.1 * p90)
    over = sum(1 for n in lengths if n > 1.25 * p90)
    lower = sum(1 for _, b in runs if b.lstrip()[:1].islower())
    if near < 0.5 * len(lengths) or over > 0.05 * len(lengths) or lower < 0.2 * len(runs):
        return None
    return max(n for n in lengths if n <= 1.25 * p90)


def _heading_like(line: str, width: int) -> bool:
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and len(stripped) < 0.7 * width


def _continues(left: str, right: str, width: int, base_indent: int) -> bool:
    """Whether ``right`` continues the paragraph of the full line ``left``."""
    if not left.strip() or not right.strip():
        return False
    if _STRUCTURE.match(left) or _STRUCTURE.match(right) or _LIST_ITEM.match(right):
        return False
    if _indent(right) > base_indent or _heading_like(right, width) or "\f" in left + right:
        return False
    left = left.rstrip()
    if is_split_word(left, right):
        return len(left) >= 0.5 * width or right.lstrip()[:1].islower()
    first_word = right.split(None, 1)[0]
    return len(left) + 1 + len(first_word) > width or len(left) >= 0.9 * width


def reflow(text: str, force: bool = False) -> ReflowResult:
    """Join hard-wrapped lines of ``text`` if it looks hard-wrapped (or if ``force``)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    detected = width is not None
    if width is None:
        if not force:
            return ReflowResult(text, False)
        width = max((len(line.rstrip()) for line in lines), default=0)
    indents = Counter(_indent(line) for line in lines if line.strip())
    base_indent = indents.most_common(1)[0][0] if indents else 0
    joiner = Joiner(Vocabulary.of_lines(lines))
    out: list[str] = []
    joined: list[int] = []
    fenced = False
    for number, line in enumerate(lines, start=1):
        if out and not fenced and _continues(lines[number - 2], line, width, base_indent):
            out[-1] = joiner.seam(out[-1], line)
            joined.append(number)
        else:
            out.append(line)
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
    return ReflowResult(
        "\n".join(out),
        detected,
        joiner.lines_joined,
        joiner.hyphens_joined,
        joiner.hyphens_kept,
        tuple(joined),
    )
