"""Headings: the lines that name the parts of a text, with their level.

A heading is a line of its own that labels what follows: ``CHAPTER ONE`` or ``Part II`` (with the title
on the next line joined into the same heading), a numbered section (``3.2 Collectivization``), a Markdown
heading, or a short line without final punctuation that body text follows. A title in capitals set over
several lines after its label is one heading, and ``CHAPTER XII.`` may keep its full stop. Not headings:
list items (numbered lines next to each other), running heads (a page number at one end, or one line
repeated with changing numbers), a line between two halves of a sentence (a page head left in the text) or
straight after an unfinished one, table rows and dot leaders, dialogue in quotes, lines holding two
sentences or a cited page "(210)", lines ending on a word no title ends on ("the", "of", "and").

Levels (the mark's label) count from 1: parts, then chapters, then numbered sections by depth, then plain
headings; a plain title on the first line sits above everything else; plain headings in capitals above
plain headings in mixed case.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from annotator.domain.structure import Mark, MarkKind
from annotator.domain.structure.notes import NOTES_HEADING

_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_NUMERAL = r"(?:\d{1,3}|[IVXLC]{1,7}|[ivxlc]{1,7}|[A-Za-z]+(?:[- ][A-Za-z]+)?)"
_LABEL = re.compile(
    rf"(?P<kind>chapter|part|book|section|appendix|act|глава|часть|раздел|kapitel|teil|chapitre|partie)"
    rf"\s+(?P<number>{_NUMERAL})(?P<rest>\s*(?:[.:—–-]\s*(?:\S.*)?)?)$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"[1-9]\d?|[IVXL]{1,6}")
_ORDINAL_LABEL = re.compile(
    r"(?P<number>[a-z]+)\s+(?P<kind>part|book|chapter)$", re.IGNORECASE
)  # "First Part"
_NUMBERED = re.compile(r"(?P<number>[1-9]\d?(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZА-ЯЁ“\"‘'(].*)$")
_MARKDOWN = re.compile(r"(?P<hashes>#{1,6})\s+(?P<title>\S.*?)\s*#*$")
_LIST_START = re.compile(r"[-*•▪◦–—]\s|\(?[a-zA-Z0-9]{1,3}[.)]\s|\(\w{1,4}\)\s")
_FINAL = ".,;:!?…-—–"
_SENTENCE_END = tuple('.!?…:;”"’)]»') + tuple("0123456789")
_PAGE_AT_END = re.compile(r"(?:^\d{1,4}\s+\S|\S\s+\d{1,4}$)")
# Marks after a heading's last word, and what only sentences hold: a full stop inside, a cited page.
_TRAILING_CALL = re.compile(r"(?:\[[^\]\n]{1,20}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[a-z])\d{1,3})+$")
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{2}|(?<![\d.])\d{2,})[.!?][\]”\"’)]*\s+[A-Z]")
_CITED_PAGE = re.compile(r"\(\d{1,4}\)")
_TABLE_ROW = re.compile(r"\t|\S {3,}\S|\.{4,}")  # columns set apart by spaces, dot leaders
_CLOSING = "”\"’')]»"
_CANNOT_END = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "which",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "nor",
        "but",
        "said",
        "says",
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "et",
        "der",
        "die",
        "das",
        "und",
        "von",
        "zu",
    ]
)
MAX_WORDS = 14
MAX_CHARS = 100


def _number_value(word: str) -> int | None:
    """6 from "6", "VI", "six", "sixth", "Twenty-One"."""
    if word.isdigit():
        return int(word)
    lower = word.lower()
    if re.fullmatch(r"[ivxlc]+", lower):
        values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
        total, previous = 0, 0
        for char in reversed(lower):
            value = values[char]
            total += -value if value < previous else value
            previous = max(previous, value)
        return total
    if lower in _NUMBER_WORDS:
        return _NUMBER_WORDS.index(lower) + 1
    if lower in _ORDINALS:
        return _ORDINALS.index(lower) + 1
    parts = re.split(r"[- ]", lower)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _NUMBER_WORDS[:9]:
        return _TENS[parts[0]] + _NUMBER_WORDS.index(parts[1]) + 1
    if lower in _TENS:
        return _TENS[lower]
    return None


def _label(line: str) -> tuple[str, int, str] | None:
    """("chapter", 6, title) for "CHAPTER SIX", "Chapter 6: The politics of Stalinism", "Part II"."""
    match = _LABEL.fullmatch(line)
    if match is not None:
        number = _number_value(match.group("number"))
        if number is None:
            return None
        rest = match.group("rest").strip().lstrip(".:—–-").strip()
        return _kind(match.group("kind")), number, rest
    match = _ORDINAL_LABEL.fullmatch(line)
    if match is not None and match.group("number").lower() in _ORDINALS:
        return _kind(match.group("kind")), _ORDINALS.index(match.group("number").lower()) + 1, ""
    return None


def _kind(word: str) -> str:
    word = word.lower()
    return {
        "глава": "chapter",
        "kapitel": "chapter",
        "chapitre": "chapter",
        "часть": "part",
        "teil": "part",
        "partie": "part",
        "раздел": "section",
    }.get(word, word)


_DIGITS_AS_HASH = str.maketrans("0123456789", "##########")


def _shape(line: str) -> str:
    """A line with its numbers blotted out, to see a running head repeat with other page numbers."""
    return line.lower().translate(_DIGITS_AS_HASH)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), surrounding whitespace excluded."""
    found = []
    for match in re.finditer(r"[^\n]*\S[^\n]*", text):
        start, end = match.span()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        found.append((start, end))
    return found


def _is_body(line: str) -> bool:
    """A paragraph of running text (what a heading is followed by)."""
    return len(line) >= 90 or (len(line) >= 30 and line.endswith(_SENTENCE_END) and " " in line)


def _heading_shaped(line: str) -> bool:
    """Short, no final punctuation, starts like a title, has letters, ends on a word that can end one."""
    if len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS or _TABLE_ROW.search(line):
        return False
    if _ends_sentence(line) or not any(c.isalpha() for c in line):
        return False
    if line[0] in '“"' and line[-1] in '”"':
        return False  # a line of dialogue or a quotation
    if line.rsplit(None, 1)[-1].casefold() in _CANNOT_END:
        return False  # a line broken off a paragraph or a longer title: "OF THE RISE OF CITIES AND"
    first = line[0]
    return first.isupper() or (first in "“\"‘'(" and line[1:2].isupper())


_NOTE_SIGN_AT_END = re.compile(r"(?<=\w)(?:[*†‡]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$|(?<=[a-z])\d{1,3}$")


def _cut_by_its_note(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` is a sentence's first half: its note sits under it and the sentence goes on in lower case.

    Older print puts a note at the foot of the page, so a plain-text copy reads "…sent a message*", the
    note "*By …", then "to Congress on …". A title with a note on its source ("The Harvest of 1902*")
    has body text after its note, not the rest of a sentence.
    """
    start, end = lines[i]
    sign = _NOTE_SIGN_AT_END.search(text, start, end)
    if sign is None or i + 2 >= len(lines):
        return False
    note_start, note_end = lines[i + 1]
    note = text[note_start:note_end]
    if not (note.startswith(sign.group()) or (sign.group()[0].isdigit() and note[:1].isdigit())):
        return False
    after = text[lines[i + 2][0] : lines[i + 2][1]]
    return after[:1].islower()


def _ends_sentence(line: str) -> bool:
    """Final punctuation, also inside closing quotes and brackets: "Indeed!”", "(see below.)"."""
    return line.rstrip(_CLOSING)[-1:] in _FINAL


def heading_marks(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[Mark]:
    """Headings of ``text``, labelled with their level; lines inside ``exclude`` ranges are skipped."""
    lines = _lines(text)
    if not lines:
        return []
    shapes = Counter(
        _shape(text[s:e]) for s, e in lines if e - s <= MAX_CHARS
    )
    excluded = sorted(exclude)
    excluded_starts = [s for s, _ in excluded]

    def inside(offset: int) -> bool:
        i = bisect_right(excluded_starts, offset) - 1
        return i >= 0 and excluded[i][0] <= offset < excluded[i][1]

    found: list[tuple[int, int, str, int]] = []  # start, end, tier, depth
    skip_until = -1
    numbered_chapters = _bare_numbered_chapters(text, lines)
    for i, (start, end) in enumerate(lines):
        if start < skip_until or inside(start):
            continue
        if i in numbered_chapters:
            skip_until = lines[i + 1][1]
            found.append((start, skip_until, "chapter", 1))
            continue
        line = text[start:end]
        previous = text[lines[i - 1][0] : lines[i - 1][1]] if i > 0 else None
        following = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else None
        after_blank = i == 0 or text.count("\n", lines[i - 1][1], start) >= 2

        markdown = _MARKDOWN.fullmatch(line)
        if markdown is not None:
            found.append((start, end, "markdown", len(markdown.group("hashes"))))
            continue
        if _cut_by_its_note(text, lines, i):
            continue
        line = _TRAILING_CALL.sub("", line) or line  # "Introduction¹", "The Terror[3]"
        label = _label(line) if len(line) <= MAX_CHARS else None  # "CHAPTER XII." may end with a stop
        if label is None and (len(line) > MAX_CHARS or _ends_sentence(line) or _SENTENCE_INSIDE.search(line)):
            continue
        if NOTES_HEADING.fullmatch(line) and following is not None and _label(following) is None:
            found.append((start, end, "plain", 1))  # "Notes" over its notes, however short they are
            continue
        normalized = _shape(line)
        if "#" in normalized and shapes[normalized] >= 3:
            continue  # a running head: the same line again and again with another page number
        # A line between the two halves of a sentence is a page head left in the text, not a heading.
        mid_sentence = previous is not None and previous[-1].isalpha() and previous[-1].islower()
        if mid_sentence and following is not None and following[:1].islower():
            continue
        # Straight after a paragraph whose sentence goes on (no blank line between), a line is its rest.
        if (
            previous is not None
            and not after_blank
            and len(previous) >= 60
            and not previous.endswith(_SENTENCE_END)
        ):
            continue

        if label is not None:
            kind, _, rest = label
            end_of_heading = end
            # "CHAPTER SIX" and its title on the next line are one heading.
            if (
                not rest
                and following is not None
                and _heading_shaped(following)
                and _label(following) is None
            ):
                next_start, next_end = lines[i + 1]
                if text.count("\n", end, next_start) <= 2:
                    end_of_heading = next_end
                    skip_until = next_end
            # A title in capitals set over several lines ("BOOK I. OF THE CAUSES OF IMPROVEMENT IN THE
            # PRODUCTIVE / POWERS OF LABOUR…") goes on while the next line is capitals too.
            k = i
            while rest and k + 1 < len(lines) and k - i < 4 and rest.upper() == rest:
                next_start, next_end = lines[k + 1]
                more = text[next_start:next_end]
                if text.count("\n", lines[k][1], next_start) != 1 or more.upper() != more or _label(more):
                    break
                end_of_heading = skip_until = next_end
                k += 1
                if _ends_sentence(more):
                    break
            found.append((start, end_of_heading, kind, 1))
            continue
        if following is None or not _is_body(following) or following[:1].islower():
            continue
        if (_PAGE_AT_END.search(line) and not _NUMBERED.fullmatch(line)) or _CITED_PAGE.search(line):
            continue
        numbered = _NUMBERED.fullmatch(line)
        if numbered is not None:
            neighbours = [n for n in (previous, following) if n is not None and _LIST_START.match(n)]
            if neighbours or (len(numbered.group("number")) > 2 and "." not in numbered.group("number")):
                continue  # an item of a numbered list
            if not _heading_shaped(numbered.group("title")):
                continue
            found.append((start, end, "numbered", numbered.group("number").count(".") + 1))
            continue
        if _LIST_START.match(line) or not _heading_shaped(line):
            continue
        tier = "caps" if line.upper() == line else "plain"
        found.append((start, end, tier, 1))
    return _levelled(text, lines, found)


def _bare_numbered_chapters(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines holding only a chapter's number over its title ("6" / "The politics of Stalinism").

    A bare number is also a page number, so it is a chapter's only at the start of the text (a chapter
    imported on its own) or where such numbers over titles count up one by one through the text.
    """
    found: dict[int, int] = {}
    for i in range(len(lines) - 2):
        start, end = lines[i]
        number = _BARE_NUMBER.fullmatch(text[start:end])
        if number is None or (i > 0 and text.count("\n", lines[i - 1][1], start) < 2):
            continue
        title_start, title_end = lines[i + 1]
        title = text[title_start:title_end]
        body = text[lines[i + 2][0] : lines[i + 2][1]]
        if text.count("\n", end, title_start) <= 2 and _heading_shaped(title) and _label(title) is None:
            value = _number_value(number.group())
            if value is not None and value <= 60 and _is_body(body):
                found[i] = value
    values = set(found.values())
    first_body = next((i for i, (start, end) in enumerate(lines) if _is_body(text[start:end])), len(lines))
    return {i for i, value in found.items() if i < first_body or value - 1 in values or value + 1 in values}


def _levelled(text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str, int]]) -> list[Mark]:
    """Marks with levels: tiers present in the text, in order, numbered from 1."""
    if not found:
        return []
    # A plain first line above other headings is the text's title.
    title = found[0][0] == lines[0][0] and found[0][2] in ("plain", "caps") and len(found) > 1
    tiers: list[tuple[str, int]] = []
    order = {"title": 0, "markdown": 1, "part": 2, "book": 2, "chapter": 3, "appendix": 3, "act": 3}
    order |= {"section": 4, "numbered": 5, "caps": 6, "plain": 7}
    for k, (_, _, tier, depth) in enumerate(found):
        key = ("title", 1) if title and k == 0 else (tier, depth)
        if key not in tiers:
            tiers.append(key)
    tiers.sort(key=lambda t: (order[t[0]], t[1]))
    marks = []
    for k, (start, end, tier, depth) in enumerate(found):
        key = ("title", 1) if title and k == 0 else (tier, depth)
        # Markdown headings keep the level their author gave them.
        level = depth if tier == "markdown" else tiers.index(key) + 1
        marks.append(Mark(MarkKind.HEADING, start, end, str(level)))
    return marks


def citation_name(heading: str) -> str:
    """How a full citation names a heading: "chapter 6, ‘The politics of Stalinism’", "‘The Gulag’"."""
    lines = [line.strip() for line in heading.splitlines() if line.strip()]
    if not lines:
        return ""
    first = lines[0].lstrip("#").strip()
    label = _label(first)
    if label is not None:
        kind, number, rest = label
        title = " ".join([rest, *lines[1:]]).strip()
        name = f"{kind} {number}"
        return f"{name}, ‘{_title_case(title)}’" if title else name
    if _BARE_NUMBER.fullmatch(first) and len(lines) > 1 and (number := _number_value(first)) is not None:
        return f"chapter {number}, ‘{_title_case(' '.join(lines[1:]))}’"
    numbered = _NUMBERED.fullmatch(first)
    if numbered is not None:
        return f"section {numbered.group('number')}, ‘{_title_case(numbered.group('title'))}’"
    return f"‘{_title_case(' '.join([first, *lines[1:]]))}’"


def _title_case(title: str) -> str:
    """A title set in capitals, as a sentence: "THE POLITICS OF STALINISM" -> "The politics of stalinism"."""
    title = title.rstrip(" .")
    if title.upper() == title and any(c.isalpha() for c in title):
        return title[:1] + title[1:].lower()
    return title
