"""Reflow: hard-wrapped lines joined into paragraphs, split words made whole, page furniture set aside.

Books extracted from PDFs and old e-texts break every line: at a fixed width in a monospaced e-text, at a
width that varies by ±15 % in characters in a proportional font. Where a paragraph ends is decided from the
document's own statistics, not a fixed width: the typical length of the lines that certainly run on (they
do not end a sentence and the next line goes on in lower case), sentence-final punctuation, blank lines,
indentation and the case of the next line. A line is "full" when it, with the next line's first word,
reaches about that typical length; only full lines (and split words) run on within a block of lines.
Across blank lines, which PDF extractions put both between paragraphs and around page breaks, a line runs
on only when it is full and does not end a sentence, or the next line goes on in lower case. Headings,
list items, tables (columns set apart by runs of spaces), verse (short lines) and Markdown structure are
never joined. Where no blank lines set paragraphs apart and the indents were lost (a PDF's text copied
out as it comes), lines are measured by their printed width (``printed_width``: "mill" takes a third of
the room of "MWMW"), a line ending a sentence runs on only when the next word would not have fitted after
it, and a next line that stopped short with room for its own next word was a paragraph's indented first
line. The PDF importer reads the page's geometry instead, which tells these for certain.

Running heads and page numbers ("184 STALINIST SOCIALISM", a bare "23") are found by
``annotator.domain.structure.running_heads`` and taken out of the text (a paragraph broken by a page break
is joined across it); the page each one announces becomes an anchor of the source's page map.

Not a word is changed. A line-end hyphen is dropped only when the document writes the joined word
elsewhere and never the hyphenated one ("inter-" + "national" where "international" occurs); otherwise
it is kept ("wage-" + "labour" → "wage-labour"), as a historian quoting the text needs. Every split word
joined is listed in the result, with the form it was written in.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.domain.structure.running_heads import Furniture, find_pages
from annotator.domain.wrapping import MIN_LINES, ends_sentence, wrap_width

# Where blank lines do not set paragraphs apart, a line ending a sentence (before a capital) runs on only
# when, with the next word, its printed width passes this share of the typical line's: a paragraph's last
# line can be as long as a full one, and merging two paragraphs costs the historian more than one split in
# two. (Measured on books typeset and extracted again, measure_reflow.py: 1.03 halves the merges of 1.0 and
# still joins over 99 % of the wrapped lines.)
STRICT = 1.03

_HEAD = re.compile(r"(\w+)[-\u2010]$")  # a word fragment ending a line with a hyphen
_TAIL = re.compile(r"(\w+)")
_WORD = re.compile(r"\w+(?:[-\u2010]\w+)*")
_LIST_ITEM = re.compile(
    r"\s*(?:[-*•▪◦–—]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|\(?[ivxlcdmIVXLCDM]{1,6}[.)]\s|\[\d{1,3}\]\s)"
)
# Lines that are Markdown structure, or start one: never joined to anything.
_STRUCTURE = re.compile(r"\s*(?:#{1,6}\s|>|\||```|~~~|(?:[-*_]\s*){3,}$)")
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")  # a table: columns set apart by runs of spaces or a tab
_DASHES = ("—", "–")
_TITLE = re.compile(r"(?:^|[\s(“\"])(?:Mr|Mrs|Messrs|Ms|Dr|St|Mme|Mlle|Prof|Rev|Gen|Col|Capt|Lt|Hon)\.$")
_SPEECH_END = re.compile(r"[.!?…][”’\"»]\d{0,3}$")
_OPENING = "“‘\"'«„(["


# Advance widths in thousandths of an em of the printable ASCII characters (space to tilde), halfway
# between Times and Helvetica: the fonts (serif and sans) most books are set in have about these shares.
_ASCII_WIDTHS = (
    264, 306, 382, 528, 528, 861, 722, 186, 333, 333, 444, 574, 264, 333, 264, 278, 528, 528, 528, 528,
    528, 528, 528, 528, 528, 528, 278, 278, 574, 574, 574, 500, 968, 694, 667, 694, 722, 639, 583, 750,
    722, 306, 444, 694, 583, 861, 722, 750, 611, 750, 694, 611, 611, 722, 694, 944, 694, 694, 611, 306,
    278, 306, 469, 528, 333, 500, 528, 472, 528, 500, 306, 528, 528, 250, 250, 500, 250, 806, 528, 528,
    528, 528, 333, 444, 278, 528, 500, 722, 500, 500, 472, 407, 230, 407, 562,
)
_WIDTHS = {chr(32 + code): width for code, width in enumerate(_ASCII_WIDTHS)}
_WIDTHS.update({"“": 389, "”": 389, "‘": 278, "’": 278, "—": 1000, "–": 528, "…": 1000})


def printed_width(text: str) -> float:
    """About how wide ``text`` prints, in ems: a proportional font gives "mill" a third of "MWMW"'s room."""
    return sum(map(_WIDTHS.get, text, itertools.repeat(528))) / 1000


@dataclass(frozen=True, slots=True)
class ReflowResult:
    text: str
    detected: bool  # the text looked hard-wrapped
    lines_joined: int = 0
    hyphens_joined: int = 0
    hyphens_kept: int = 0
    joined_lines: tuple[int, ...] = ()  # 1-based numbers of the input lines joined to the line before
    split_words: tuple[tuple[str, str], ...] = ()  # (joined, as written) of every split word joined
    removed: tuple[Furniture, ...] = ()  # running heads and page numbers taken out (0-based line numbers)
    page_map: tuple[tuple[int, str], ...] = ()  # (offset in ``text``, page label) from the furniture


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
            split = left.endswith(("-", "\u2010")) and _HEAD.search(left[-80:])
            if split and _TAIL.match(lines[i + 1].lstrip()):
                masked[i] = _HEAD.sub("", masked[i].rstrip())
                masked[i + 1] = _TAIL.sub("", masked[i + 1].lstrip(), count=1)
        for token in _WORD.findall("\n".join(masked).lower()):
            if "-" in token or "\u2010" in token:
                parts = re.split(r"[-\u2010]", token)
                compounds["-".join(parts)] += 1
                prefixes[parts[0]] += 1
            else:
                words[token] += 1
        return cls(words, compounds, prefixes)

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-" at a line end and "tail" on the next line keep their hyphen.

        The hyphen goes only when the document writes the joined word elsewhere and never the hyphenated
        one: without that evidence a historian's quotation must show what is printed.
        """
        if any(c.isdigit() for c in head + tail):
            return True
        joined = self.words[(head + tail).lower()]
        hyphenated = self.compounds[f"{head}-{tail}".lower()]
        return not (joined > 0 and hyphenated == 0)


@dataclass(slots=True)
class Joiner:
    """Joins two lines at a seam and counts what it did with split words."""

    vocabulary: Vocabulary
    lines_joined: int = 0
    hyphens_joined: int = 0
    hyphens_kept: int = 0
    split_words: list[tuple[str, str]] = field(default_factory=list)

    def seam(self, left: str, right: str) -> str:
        """``left`` and ``right`` as one line: a space between them, or nothing after a split word."""
        self.lines_joined += 1
        left, right = left.rstrip(), right.lstrip()
        if left.endswith("\u00ad"):  # a soft hyphen only ever marks a possible split
            self._joined(left[:-1], "\u00ad", right)
            return left[:-1] + right
        # Only the end of ``left`` matters: it may be a whole paragraph by now (searching it is quadratic).
        head, tail = _HEAD.search(left[-80:]), _TAIL.match(right)
        if head and tail:
            if self.vocabulary.keeps_hyphen(head.group(1), tail.group(1)):
                self.hyphens_kept += 1
                return left + right
            self._joined(left[:-1], left[-1], right)
            return left[:-1] + right
        if left.endswith(_DASHES) and len(left) > 1 and not left[-2].isspace():
            return left + right  # "peasants—" + "not": an unspaced dash stays unspaced
        typed_dash = left.endswith("--") and not left[:-2].endswith(" ") and right[:1].isalnum()
        if typed_dash or (left.endswith("-") and right[:1] == "-"):
            return left + right  # "passages--" + "the", "passages-" + "-the": a typed dash, unspaced
        return left + " " + right

    def _joined(self, left: str, hyphen: str, right: str) -> None:
        self.hyphens_joined += 1
        head = re.search(r"\w+$", left[-80:])
        tail = _TAIL.match(right)
        first, second = head.group(0) if head else "", tail.group(0) if tail else ""
        self.split_words.append((first + second, f"{first}{hyphen}\n{second}"))


def is_split_word(left: str, right: str) -> bool:
    left = left[-80:].rstrip()
    if not left.endswith(("-", "\u2010", "\u00ad")):
        return False
    return left.endswith("\u00ad") or bool(_HEAD.search(left) and _TAIL.match(right.lstrip()))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


@dataclass(frozen=True, slots=True)
class _Measure:
    """The document's own line statistics."""

    typical: float  # the median length of the lines that certainly run on
    base_indent: int
    blank_paragraphs: bool = True  # blank lines set the paragraphs apart (not only page breaks)
    typical_width: float = 0.0  # the median printed width (``printed_width``) of the lines that run on
    full_width: float = 0.0  # the width of the measure: nearly the widest of those lines

    @classmethod
    def of(cls, lines: Sequence[str], width: int) -> _Measure:
        running = sorted(
            len(a.rstrip())
            for a, b in itertools.pairwise(lines)
            if a.strip() and b.strip() and b.lstrip()[:1].islower() and not ends_sentence(a)
        )
        typical = running[len(running) // 2] if len(running) >= MIN_LINES else 0.9 * width
        widths = sorted(
            printed_width(a)
            for a, b in itertools.pairwise(lines)
            if a.strip() and b.strip() and b.lstrip()[:1].islower() and not ends_sentence(a)
        )
        enough = len(widths) >= MIN_LINES
        typical_width = widths[len(widths) // 2] if enough else printed_width("n" * int(typical))
        indents = Counter(_indent(line) for line in lines if line.strip())
        # The certain paragraph ends (a short line ending a sentence, a capital after it): are most of
        # them followed by a blank line?
        ends = after_blank = 0
        gap, last = 0, ""
        for line in lines:
            if not line.strip():
                gap += 1
                continue
            short = len(last.rstrip()) < 0.7 * typical
            if last and short and ends_sentence(last) and line.lstrip()[:1].isupper():
                ends += 1
                after_blank += gap > 0
            gap, last = 0, line
        blank_paragraphs = ends == 0 or after_blank >= 0.5 * ends
        full_width = widths[int(0.95 * (len(widths) - 1))] if len(widths) >= MIN_LINES else typical_width
        return cls(
            float(typical),
            indents.most_common(1)[0][0] if indents else 0,
            blank_paragraphs,
            typical_width,
            full_width,
        )

    def full(self, left: str, right: str) -> bool:
        """Whether ``left`` was ended by the width: with ``right``'s first word it would pass the typical
        length of a line (proportional fonts fit 15 % fewer or more characters on a line)."""
        first_word = right.split(None, 1)[0] if right.strip() else ""
        if len(left) >= 0.85 * self.typical or len(left) + 1 + len(first_word) > 0.9 * self.typical:
            return True
        # Counted in characters a line of wide letters looks short ("MW" takes the room of "illi").
        return printed_width(left + " " + first_word) > 0.95 * self.typical_width > 0


def _indented(line: str, after: str, measure: _Measure) -> bool:
    """Whether ``line``, going on into ``after``, stopped short of the measure by more than the next word
    needed: a first line, indented in print (the indent lost in the extraction), so a paragraph begins."""
    stripped, following = line.strip(), after.strip()
    if not following or is_split_word(stripped, following) or _never_joined(after, measure):
        return False
    goes_on = following[:1].islower() or not ends_sentence(stripped)
    if not goes_on:
        return False
    room = printed_width(stripped) + printed_width(" " + following.split(None, 1)[0])
    return room < measure.full_width


def _capitals(line: str) -> bool:
    """Letters, none of them lower case: a heading, a title in a table of contents."""
    stripped = line.strip()
    return stripped.upper() == stripped and sum(c.isalpha() for c in stripped) >= 2


def _heading_like(line: str, measure: _Measure) -> bool:
    stripped = line.strip()
    capitals = stripped.upper() == stripped and stripped.lower() != stripped  # letters, none lower case
    return capitals and len(stripped) < 0.8 * measure.typical


def _never_joined(line: str, measure: _Measure) -> bool:
    columns = ("   " in line.strip() or "\t" in line.strip()) and _COLUMNS.search(line.strip())
    return bool(_STRUCTURE.match(line) or columns) or _heading_like(line, measure)


def _continues(
    left: str,
    right: str,
    measure: _Measure,
    gap: int,
    page_break: bool,
    local: int = 0,
    after: str | None = None,
) -> bool:
    """Whether ``right`` continues the paragraph of ``left``, ``gap`` blank lines (and perhaps a page
    break) apart; ``local`` is the longest line of their block (a block quotation is set narrower)."""
    if _never_joined(left, measure) or _never_joined(right, measure) or _LIST_ITEM.match(right):
        return False
    if "\f" in left + right:
        return False
    capitals = _capitals(left)
    if capitals != _capitals(right) or (capitals and ends_sentence(left)):
        return False  # a heading in capitals begins or ends, or a title of contents ends ("… IN MONEY.")
    left, stripped = left.rstrip(), right.strip()
    lower = stripped[:1].islower()
    split = is_split_word(left, stripped)
    full = measure.full(left, stripped)
    if gap == 0 and not page_break:
        if _indent(right) > measure.base_indent and _indent(right) > _indent(left):
            return False  # a first-line indent, or a block quotation begins
        if split:
            return len(left) >= 0.5 * measure.typical or lower
        if not measure.blank_paragraphs and stripped[:1] in _OPENING:
            if left.endswith((":", "--", *_DASHES)):
                return False  # "she said,--" / "“I have …": a speech in a paragraph of its own
            if ends_sentence(left) and re.search(r"[”\"»’]\d{0,3}$", left):
                return False  # one speaker's "…it.”" and the next "“Is …": dialogue, a paragraph each
            if ends_sentence(left) and stripped.startswith("["):
                return False  # "[Illustration: …]", "[Footnote …]": an editor's insert stands apart
        if not measure.blank_paragraphs and not lower and _SPEECH_END.search(left):
            # A speech ending a line ("…yourself.”") before a capital: in dialogue each speech and the
            # narration after it are paragraphs of their own far more often than one paragraph going on.
            return False
        if not measure.blank_paragraphs and not lower and ends_sentence(left):
            # Nothing but the width tells a paragraph's last line from a full one: be strict. And a next
            # line that stopped short with room for its own next word was indented: a paragraph's first.
            first_word = stripped.split(None, 1)[0]
            if _TITLE.search(left[-8:]):
                return full  # "Mr." + "Collins": a title before a name ends no sentence
            if printed_width(left) + printed_width(" " + first_word) <= STRICT * measure.typical_width:
                return False
            return after is None or not _indented(right, after, measure)
        if not full and lower and len(left) >= 0.6 * measure.typical and local < 0.95 * measure.typical:
            # A narrower measure of its own (a block quotation): full by that measure, going on in lower
            # case. Verse has its short lines of all lengths and seldom a lower-case start.
            return len(left) + 1 + len(stripped.split(None, 1)[0]) > 0.9 * local
        return full
    # Blank lines, or a page break: go on only where the paragraph cannot have ended.
    narrow_full = (
        len(left) >= 0.6 * measure.typical and len(left) + 1 + len(stripped.split(None, 1)[0]) > 0.9 * local
    )
    if lower and (full or split or (page_break and narrow_full)):
        return True
    if left.endswith((":", "--", *_DASHES)):
        return False  # "she said,--" before a blank line: what follows is a paragraph of its own
    if not page_break and stripped[:1] in _OPENING:
        return False  # a blank line, then a quotation opens: a new paragraph (dialogue)
    return (full or split) and not ends_sentence(left)


def reflow(text: str, force: bool = False) -> ReflowResult:
    """Join hard-wrapped lines of ``text`` if it looks hard-wrapped (or if ``force``)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    detected = width is not None
    if width is None:
        if not force:
            return ReflowResult(text, False)
        width = max((len(line.rstrip()) for line in lines), default=0)
    pages = find_pages(lines)
    furniture = pages.furniture
    removed = {item.line for item in furniture}
    anchors_after = pages.starts
    kept = [line for number, line in enumerate(lines) if number not in removed]
    local = _block_widths(lines, removed)
    window = _window_widths(lines, removed)
    measure = _Measure.of(kept, width)
    joiner = Joiner(Vocabulary.of_lines(kept))
    out: list[str] = []
    joined: list[int] = []
    anchors: list[tuple[int, int, str]] = []  # (line of ``out``, column, page label)
    between: list[str] = []  # blank lines since the last line of text
    page_break = False
    label: str | None = None
    previous: str | None = None
    previous_number = 0
    fenced = False
    for number, line in enumerate(lines):
        if number in removed:
            page_break = True
            label = anchors_after.get(number, label)
            continue
        if not line.strip():
            between.append(line)
            if number in anchors_after:  # a page break shown by blank lines alone
                page_break, label = True, anchors_after[number]
            continue
        if (
            previous is not None
            and not fenced
            and _continues(
                previous,
                line,
                measure,
                len(between),
                page_break,
                # A block set narrower: its lines between blank lines, or without them the line before,
                # the two lines and the one after.
                min(max(local[number], local[previous_number]), window[number]),
                _next_line(lines, number, removed),
            )
        ):
            before = len(out[-1].rstrip())
            out[-1] = joiner.seam(out[-1], line)
            if label is not None:
                column = before + (1 if out[-1][before : before + 1] == " " else 0)
                anchors.append((len(out) - 1, column, label))
            joined.append(number + 1)
        else:
            if page_break:  # the blank lines around furniture taken out: one is enough, none at the top
                between = between[:1] if out else []
            out.extend(between)
            if label is not None:
                anchors.append((len(out), 0, label))
            out.append(line)
        between, page_break, label, previous, previous_number = [], False, None, line, number
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
    out.extend(between)
    if label is not None:
        anchors.append((len(out), 0, label))
    return ReflowResult(
        "\n".join(out),
        detected,
        joiner.lines_joined,
        joiner.hyphens_joined,
        joiner.hyphens_kept,
        tuple(joined),
        tuple(joiner.split_words),
        tuple(furniture),
        _offsets(out, anchors),
    )


def _window_widths(lines: list[str], removed: set[int]) -> list[int]:
    """For each line, the length of the longest of it, the two lines of text before it and the one after
    (furniture skipped; a blank line in the window counts for nothing)."""
    text = [i for i in range(len(lines)) if i not in removed]
    lengths = [len(lines[i].rstrip()) for i in text]
    widths = [0] * len(lines)
    for k, i in enumerate(text):
        if lengths[k]:
            widths[i] = max(lengths[max(0, k - 2) : k + 2])
    return widths


def _next_line(lines: list[str], number: int, removed: set[int]) -> str | None:
    """The line of text right after line ``number`` (furniture skipped), None after a blank line."""
    for index in range(number + 1, min(number + 4, len(lines))):
        if index not in removed:
            return lines[index] if lines[index].strip() else None
    return None


def _block_widths(lines: list[str], removed: set[int]) -> list[int]:
    """For each line, the length of the longest line of its block (lines with no blank line between)."""
    widths = [0] * len(lines)
    start = 0
    for number in range(len(lines) + 1):
        if number == len(lines) or (not lines[number].strip() and number not in removed):
            block = (len(lines[i].rstrip()) for i in range(start, number) if i not in removed)
            longest = max(block, default=0)
            widths[start:number] = [longest] * (number - start)
            start = number + 1
    return widths


def _offsets(out: list[str], anchors: list[tuple[int, int, str]]) -> tuple[tuple[int, str], ...]:
    """The anchors as offsets into ``"\n".join(out)``; a later anchor at the same place wins."""
    starts = list(itertools.accumulate((len(line) + 1 for line in out), initial=0))
    by_offset: dict[int, str] = {}
    for line, column, label in anchors:
        by_offset[min(starts[line] + column, max(starts[-1] - 1, 0))] = label
    return tuple(sorted(by_offset.items()))
