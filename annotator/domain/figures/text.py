"""What the figure and date detectors share: sentences and paragraphs, the spans that are never figures
(note calls, reference marks, citations' page numbers, list numbers), and periods of years.

Texts may be hard-wrapped: every pattern allows any whitespace, a line break included, between words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.domain.structure import Mark, MarkKind

MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
RU_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
# A year a historian of the modern period writes: 1000–2099, never part of a longer number.
# A note call glued to a year's full stop ("between 1929 and 1953.6 Other") leaves the year a year.
YEAR = r"(?<![\d,.])(?:1\d{3}|20\d{2})(?!\d|,\d|\.\d(?!\d?(?:\s|$)))"
# Eras, written as historians write them: "490 BC", "490 B.C.", "2500 BCE", "B.C.E.", small capitals turned
# to lower case ("63 bc"); "AD 14", "A.D. 14", "14 AD", "79 CE". Case matters: "ad" and "ce" are words.
ERA_BC = r"(?-i:B\.\s?C\.(?:\s?E\.)?|BCE\b|BC\b|b\.c\.(?:e\.)?|bce\b|bc\b)"
ERA_AD_BEFORE = r"(?-i:A\.D\.|AD\b)"
ERA_AD_AFTER = r"(?-i:A\.D\.|AD\b|C\.E\.|CE\b)"

# A line that begins an item of a list, a table's row or a markdown heading: a bullet or a list number and a
# space ("• ", "- ", "2. "), a bullet sign alone on its line (a page converted to text puts the item's words
# on the next line, after the previous item's footnote number: "… 3 million.\n34\n•\nMost …"), a row
# ("| 1937 | …") or a heading ("### …"). A dash alone on its line is left out: it can be a word's hyphen.
_ITEM_START = (
    r"\n(?=[ \t]*(?:[•▪◦‣●*–-]|\d{1,2}[.)])[ \t]|[ \t]*[•▪◦‣●][ \t]*(?:\n|$)|[ \t]*\||#{1,6}[ \t])"
)

# Sentence ends: a stop (with closing quotes or brackets) before whitespace and a capital, a digit or an
# opening quote; or a blank line. Abbreviations ("c.", "p.") rarely end a line in running prose.
_SENTENCE_END = re.compile(
    # a web page's reference marks after the stop: "remained.[3] Some 665,000"
    # (markdown's emphasis before the capital: "in 2007. **Forty-seven percent** of")
    # (not after "v." and "vs." of a contest, "cf.", "e.g.", "i.e.": "the Great Northern War (1700–1721,
    # Sweden v. Russia and allies) killed about 100,000" is one sentence (fig17j))
    # (nor after a title before its name: "the parish of St. Giles", "Dr. Thomas Gumble")
    r"(?<=[.!?])(?<!\sv\.)(?<!\svs\.)(?<!\scf\.)(?<!e\.g\.)(?<!i\.e\.)(?<!\sSt\.)(?<!\sDr\.)(?<!\sMr\.)"
    r"(?<!\sMrs\.)(?<!\sGen\.)(?<!\sCol\.)(?<!\sCapt\.)(?<!\sRev\.)(?<!\sLt\.)(?<!\sSgt\.)(?<!\sFr\.)"
    # (nor after a name's initial: "General John J. Pershing reached Paris"; "World War I." ends one)
    r"(?<![a-z]\s[A-HJ-Z]\.)"
    r"[\"”’»)\]\d*_]*(?:\[\d{1,3}\])*\s+(?=(?:\*\*?|__?)?(?:[A-ZА-ЯЁ\"“«‘(]|\d{1,2}\s+[^\W\d_]))"
    # (nor after an era's abbreviation before a bracketed aside that the sentence goes on from: "After 479
    # B.C. (Plataea) the spirit of the Greeks …")
    r"(?!(?<=[BA]\.[CD]\.\s)\([^()\n]{1,60}\)\s*[a-z])(?!(?<=B\.C\.E\.\s)\([^()\n]{1,60}\)\s*[a-z])"
    r"|\n[ \t]*\n\s*"
    # an item of a list begins a sentence (and a paragraph: its period is its own), a numbered one ("2. ")
    # too, and so do a table's row ("| 1937 | …") and a heading ("### …") written as markdown
    r"|" + _ITEM_START +
    # a table's row written without its opening pipe ("Location | Half of the country. … |") ends at its
    # closing one
    r"|(?<=\|)[ \t]*\n\s*"
)
_PARAGRAPH_END = re.compile(
    r"\n[ \t]*\n\s*|" + _ITEM_START + r"|(?<=\|)[ \t]*\n\s*"
)

# A citation's page numbers in parentheses: "(Sakwa, 37)", "(Service, 222-3)", "(Davies 1989, 1029)",
# "(ibid, 31)", "(Sakwa, 46; McAuley, 42)", and a name's "(50)": "McAuley (50)". Their numbers are never
# figures, nor their years dates.
_CITATION = re.compile(
    rf"\((?!(?:{MONTH_NAMES})\b)(?:see\s+|cf\.\s+)?(?:[A-Z][\w’'.-]+|ibid|loc\.?\s*cit|op\.?\s*cit)"
    r"[^()\n]{0,80}?\d[^()\n]{0,40}\)"
    # (not a span of years: "the Great Leap Forward (1958-61)" is a period)
    r"|(?<=[A-Z][a-z]{2})(?:[a-z]*\s+)\((?!(?:1\d{3}|20\d{2})\s*[-–]\s*\d{2,4}\))\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)"
    # "с." is a Russian page only with its full stop: «с 3,3 млн т» is "from 3.3 million tonnes"
    r"|\b(?:pp?|pages?|стр)\.?\s+\d+(?:\s*[-–]\s*\d+)?|(?<!\w)с\.\s*\d+(?:\s*[-–]\s*\d+)?"
)
# "(Chechen sources claim 400,000 perished)": a count in thousands followed by a word is a figure, not a page
_COUNT_IN_PARENS = re.compile(r"\d{1,3}(?:,\d{3})+[ \t]+[^\W\d_]{3,}")
_CITATION_THEN_CAPITAL = re.compile(r"(?<=\d\))[ \t]+(?=[A-Z][a-z])")
# A year in brackets after a name with its article, "The Somme (1916)", is the year of what it names; an
# author's is without one, "Davies (1989)" (fig17k)
# ; so is one after the name of a battle, siege or treaty: "Battle of Agincourt (1415)"
_EVENT_YEAR = re.compile(
    r"(?:\b[Tt]he\s+(?:[A-Z][\w’'-]+\s+){1,3}|\b(?:Battle|Siege|Treaty|Peace|Sack|Fall|Congress|Council)\s+of\s+"
    r"(?:[A-Z][\w’'-]+\s+){1,2})\((?:1\d{3}|20\d{2})\)$"
)
_QUANTITY_IN_PARENS = re.compile(r"%|per\s*cent|percent|million|thousand|billion|млн|тыс", re.IGNORECASE)
# A list or note number opening a line ("1. The New Economic Policy", "  2. Bennett"), and a note call
# glued to the punctuation after a word ("NEP),1 which", "crush us.”5").
# An item number inside a line before a figure: "Several estimates 1) 16,500 2) 28,200 3) 40,000"
_INLINE_ITEM = re.compile(r"(?<![\w.,(])\d{1,2}\)(?=[ \t]+\d)")
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,3}[.)](?=[ \t]|$)|(?:\A|\n[ \t]*\n)[ \t]*\d{1,3}(?=[ \t]+[A-Z])")
_GLUED_CALL = re.compile(
    r"(?<=[^\d\s][.,;:”’\"\)\]])\d{1,3}(?=\s|$|[A-Z])"
    # a call after a year's full stop at a sentence's end: "between 1929 and 1953.6 Other historians"
    r"|(?<=(?<![\d,.])(?:1\d{3}|20\d{2})\.)\d{1,2}(?=\s+[A-Z“\"]|\s*$)"
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the sentences and paragraphs of a text begin, and the spans where no figure is."""

    text: str
    sentence_starts: list[int]
    paragraph_starts: list[int]
    excluded: list[tuple[int, int]]  # sorted, non-overlapping
    excluded_starts: list[int]
    headings: list[tuple[int, int]] = field(default_factory=list)  # the structure's headings, sorted

    def sentence(self, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the sentence holding ``pos``."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return i, self.sentence_starts[i], end

    def sentence_at(self, i: int) -> tuple[int, int]:
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[i], end

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def heading_before(self, pos: int) -> tuple[int, int] | None:
        """The heading the text at ``pos`` stands under: the last one ending before it."""
        i = bisect.bisect_right(self.headings, (pos, pos)) - 1
        while i >= 0 and self.headings[i][1] > pos:
            i -= 1
        return self.headings[i] if i >= 0 else None

    def is_excluded(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.excluded_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.excluded):
                a, b = self.excluded[j]
                if a < end and start < b:
                    return True
        return False


_NOT_FIGURE_MARKS = (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK, MarkKind.NOTE)
# A section of notes or references, from its heading line to the next heading (or the end): its page ranges,
# volume numbers and publication years are neither figures nor dated statements.
_APPARATUS_HEADING = re.compile(
    r"(?im)^[ \t]*(?:notes?|endnotes|footnotes|references|bibliography|select\s+bibliography|sources|"
    r"works\s+cited|further\s+reading|literature|примечания|литература|источники|список\s+литературы)"
    r"[ \t]*:?[ \t]*$"
)


# An author-date reference entry: "Getty, J. Arch, and Gabor T. Rittersporn. 1993.", "Viola, Lynne. 1996.",
# "Conquest, R. (1990) The Great Terror".
_ENTRY = re.compile(
    r"(?:(?<=[.!?\"”]\s)|(?<=\n)|^)[A-Z][\w’'-]+,\s+(?:[A-Z][\w’'-]*\.?\s*){1,3}"
    r"(?:,?\s*(?:and|&)\s+(?:[A-Z][\w’'-]*\.?\s*){1,4})?\.?\s*\(?(?:1\d{3}|20\d{2})[a-z]?\)?(?:[.,]|\s+[A-Z\"“])",
    re.MULTILINE,
)


def _bibliography(text: str) -> list[tuple[int, int]]:
    """Runs of two or more reference entries (a bibliography without a heading, or run into one paragraph,
    as a web page copies it): from the first entry to the end of the last one's paragraph (at most 400
    characters on)."""
    starts = [m.start() for m in _ENTRY.finditer(text)]
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    for at in [*starts, -1]:
        if run and (at < 0 or at - run[-1] > 400):
            if len(run) >= 2:
                end = _PARAGRAPH_END.search(text, run[-1])
                spans.append((run[0], min(end.start() if end else len(text), run[-1] + 400)))
            run = []
        if at >= 0:
            run.append(at)
    return spans


def _apparatus(text: str, marks: Sequence[Mark]) -> list[tuple[int, int]]:
    headings = sorted(m.start for m in marks if m.kind is MarkKind.HEADING)
    spans = []
    for m in _APPARATUS_HEADING.finditer(text):
        if m.start() < len(text) // 3:
            continue  # a "Sources" heading near the start introduces the body, not an apparatus
        after = [h for h in headings if h > m.end()]
        spans.append((m.start(), after[0] if after else len(text)))
    return spans


def layout(text: str, marks: Sequence[Mark] = ()) -> Layout:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    # Notes without a full stop after their citation: "… (Brzezhinski, 47) The Terror wrought havoc".
    ends += [m.end() for m in _CITATION_THEN_CAPITAL.finditer(text)]
    sentences = [0, *sorted(set(ends))]
    paragraphs = [0, *(m.end() for m in _PARAGRAPH_END.finditer(text))]
    spans = [(m.start, m.end) for m in marks if m.kind in _NOT_FIGURE_MARKS and m.end > m.start]
    for m in _CITATION.finditer(text):
        if _EVENT_YEAR.search(text, max(0, m.start() - 60), m.end()):
            continue  # "The Somme (1916) saw …": the year of a thing the text names, not a citation's
        if not _QUANTITY_IN_PARENS.search(m.group()) and not _COUNT_IN_PARENS.search(m.group()):
            spans.append((m.start(), m.end()))
    spans += [(m.start(), m.end()) for m in _LIST_NUMBER.finditer(text)]
    spans += [(m.start(), m.end()) for m in _INLINE_ITEM.finditer(text)]
    spans += [(m.start(), m.end()) for m in _GLUED_CALL.finditer(text)]
    spans += _apparatus(text, marks)
    spans += _bibliography(text)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    headings = sorted((m.start, m.end) for m in marks if m.kind is MarkKind.HEADING)
    return Layout(text, sentences, paragraphs, merged, [a for a, _ in merged], headings)


# --- scanning ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def scan(pattern: re.Pattern[str], text: str, starts: frozenset[str], start: int = 0,
         end: int | None = None) -> list[re.Match[str]]:
    """``pattern.finditer`` for a pattern whose matches begin at a number or at one of the words ``starts``
    (lower case): the pattern is tried only there. Python's ``re`` scans an alternation of many words with
    lookbehinds at every position of the text (seconds for a book); the words of a text are found ten
    times faster, and most are not worth trying."""
    found: list[re.Match[str]] = []
    last = start
    end = len(text) if end is None else end
    for token in _TOKEN.finditer(text, start, end):
        at = token.start()
        if at < last:
            continue
        word = token.group()
        if not word[0].isdigit() and word.lower() not in starts:
            continue
        m = pattern.match(text, at, end)
        if m is not None and m.end() > at:
            found.append(m)
            last = m.end()
    return found


# Centuries written in words ("the fourteenth century"), by their number
_CENTURY_WORDS = {
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
PERIOD_STARTS = frozenset(
    {"from", "between", "the", "early", "mid", "middle", "late", "end", "first", "second", "third", "last",
     "latter", "beginning", "start", "с", "со"} | {w.split("-")[0] for w in _CENTURY_WORDS}
)

# --- periods -------------------------------------------------------------------------------------------

_DECADE_PART = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9), "end": (7, 9)}
# The years of a century's part, from its first year: "the early 17th century" 1600–1639, "the second half"
# 1650–1699 (the decade's parts, scaled); a century before our era has the same parts from its first year
# ("the second half of the 5th century BC": 450–401 BC), so the dates' reading of eras shares them.
CENTURY_PARTS = {"early": (0, 39), "beginning": (0, 39), "start": (0, 39), "mid": (40, 69),
                 "middle": (40, 69), "late": (70, 99), "end": (70, 99), "first half": (0, 49),
                 "second half": (50, 99), "latter half": (50, 99),
                 "first quarter": (0, 24), "second quarter": (25, 49), "third quarter": (50, 74),
                 "last quarter": (75, 99), "fourth quarter": (75, 99)}
# The words of those parts, before "of the" or a hyphen: "the first half of the", "mid-"
CENTURY_PART_WORDS = (
    r"(?:first|second|latter)\s+half|(?:first|second|third|last|fourth)\s+quarter|"
    r"early|beginning|start|mid|middle|late|end"
)
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True)) + ")"

# A century, a part of one, or two: "the 14th century", "14th-century Spain", "the first half of the 17th
# century", "the mid-19th century", "the 16th and 17th centuries", "the fourteenth century" (fig17j); a
# pattern for re.VERBOSE, its years read by ``century_years``.
CENTURY = rf"""(?:the\s+)?(?:(?P<c_part>{CENTURY_PART_WORDS})(?:\s+of\s+the\s+|[\s-]+))?
      (?P<c1>{_ORDINAL})(?:(?:\s+(?:and|to|through)\s+(?:the\s+)?|\s*[-–]\s*)
        (?:(?P<c2_part>early|mid|middle|late)[\s-]+)?(?P<c2>{_ORDINAL}))?
      # (notes and older tables abbreviate it: "the 19th C.", "the 12th c.")
      (?:[\s-]+centur(?:y|ies)(?![\w-])|\s+[Cc]\.(?=[\s,;:)]|$))"""

# Before a year of a Russian span: a day and month, or the part of the year («начала», «конца», «середины»)
_RU_DAY_OR_PART = rf"(?:(?:\d{{1,2}}\s+(?:{RU_MONTHS})|начала|конца|середины|конец|середину)\s+)?"

PERIOD = re.compile(
    rf"""
    # old style and new, "1740/1-1745/6", "between 1740/1 and 1745/6": the first's first year to the second's
    # last (fig17i)
    (?:(?:from|between)\s+)?(?P<o1>{YEAR})/\d{{1,2}}(?:\s*[-–—]\s*|\s+(?:to|and|until|till)\s+)
      (?P<o2>{YEAR})/(?P<o3>\d{{1,2}})(?!\d)
  # (old print's commas: "from July, 1911, till September, 1912")
  | (?:from|between)\s+(?:\d{{1,2}}\s+)?(?:(?:{MONTH_NAMES})\.?,?\s+)?(?:\d{{1,2}},?\s+)?(?P<f1>{YEAR}),?\s+
      (?:to|and|until|till)\s+(?:\d{{1,2}}\s+)?(?:(?:{MONTH_NAMES})\.?,?\s+)?(?:\d{{1,2}},?\s+)?(?P<f2>{YEAR})
  | (?:the\s+years\s+)?(?P<y1>{YEAR})\s+(?:and|to|until|till)\s+(?P<y2>{YEAR})
  | (?P<r1>{YEAR})\s*[-–—/\u2212]\s*(?:(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?
      (?P<r2>\d{{4}}|\d{{2}}|\d)(?![\d%])(?!\s+(?:{MONTH_NAMES})\s+\d)
  | (?:between|from)\s+the\s+(?P<d1>(?:1\d|20)\d)0[’']?s\s+(?:and|to|until)\s+(?:the\s+)?
      (?P<d2>(?:1\d|20)\d)0[’']?s\b
  | (?:(?:the\s+)?(?P<part>early|mid|middle|late|end\s+of\s+the)[\s-]+)?(?:the\s+)?
      (?P<decade>(?:1\d|20)\d)0[’']?s\b
  | (?P<ru1>{YEAR})\s*[-–—]\s*(?P<ru2>{YEAR})\s*гг?\.
  # Russian spans and decades (fig17l): «с 1929 по 1953 год», «с начала 1930 года до 30 сентября 1931 года»,
  # «с 8 сентября 1941 по 27 января 1944 гг.»; «в 1930-е годы», «1930-х гг.»
  | (?<!\w)со?\s+{_RU_DAY_OR_PART}(?P<rf1>{YEAR})(?:\s*(?:г\.|года|году))?\s+(?:по|до)\s+{_RU_DAY_OR_PART}
      (?P<rf2>{YEAR})
  | (?P<rud>(?:1\d|20)\d)0-(?:е|х|ые|ых)(?!\w)
  # a century, a part of one, or two (fig17j)
  | {CENTURY}
  | (?P<single>{YEAR})(?![’']?s\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _second_year(first: int, written: str) -> int:
    """"1932–33" → 1933, "1926-7" → 1927, "1932-1933" → 1933."""
    if len(written) == 4:
        return int(written)
    base = 10 ** len(written)
    return first - first % base + int(written)


def _century(ordinal: str) -> int:
    """"14th" → 14, "fourteenth" → 14."""
    low = ordinal.lower()
    return _CENTURY_WORDS[low] if low in _CENTURY_WORDS else int(low[:-2])


def century_years(m: re.Match[str]) -> tuple[int, int]:
    """The years (inclusive) of a match of ``CENTURY``: "the mid-19th century" → 1840–1869."""
    first, last = _century(m.group("c1")), _century(m.group("c2") or m.group("c1"))
    part = " ".join((m.group("c_part") or "").lower().split())
    lo, hi = CENTURY_PARTS.get(part, (0, 99))
    # ("the 19th and early 20th centuries": the second's part ends the span)
    last_hi = CENTURY_PARTS.get((m.group("c2_part") or "").lower(), (0, 99))[1] if m.group("c2") else hi
    return (first - 1) * 100 + lo, (last - 1) * 100 + last_hi


def period_of(m: re.Match[str]) -> tuple[int, int] | None:
    """The years (inclusive) a match of ``PERIOD`` covers, or None when it is not a period after all."""
    g = m.groupdict()
    if g["o1"]:
        a = int(g["o1"])
        b = _second_year(int(g["o2"]), g["o3"])
    elif g["f1"]:
        a, b = int(g["f1"]), int(g["f2"])
    elif g["y1"]:
        a, b = int(g["y1"]), int(g["y2"])
    elif g["r1"]:
        a = int(g["r1"])
        b = _second_year(a, g["r2"])
    elif g["d1"]:
        # "between the 1930s and the 1950s": the first decade's first year to the second's last
        a, b = int(g["d1"]) * 10, int(g["d2"]) * 10 + 9
    elif g["decade"]:
        decade = int(g["decade"]) * 10
        part = (g["part"] or "").split()[0].lower() if g["part"] else ""
        lo, hi = _DECADE_PART.get(part, (0, 9))
        a, b = decade + lo, decade + hi
    elif g["ru1"]:
        a, b = int(g["ru1"]), int(g["ru2"])
    elif g["rf1"]:
        a, b = int(g["rf1"]), int(g["rf2"])
    elif g["rud"]:
        a = int(g["rud"]) * 10
        b = a + 9
    elif g["c1"]:
        a, b = century_years(m)
    else:
        a = b = int(g["single"])
    return (a, b) if a <= b and b - a < 200 else None


# Named periods of Soviet history, the tool's first field: a figure "during the first Five-Year Plan" is of
# 1928–1932. Years written in the sentence win over them (see numbers._Detector.period_for).
# Each entry: (pattern, its years in a text about the Soviet side, its years in any other text). The wars are
# the lead's convention (fig17k): the Second World War is 1939–1945, and the Soviet war, 1941–1945, only in
# a text about the Soviet side; "the war" and its parts are the Second World War's only in a text whose war
# is that war (``ANY``: a name whose years are the same everywhere; None: no period, "the Civil War" of
# another country).
ANY = "any"


@dataclass(frozen=True)
class _WarPart:
    """The years of "the war" or a part of it outside a Soviet text: the Second World War's, only where the
    text's war is that war (a text about 1914–1918 has its own "end of the war"); ``part`` says which part
    ("first", "last" year or the "whole" war), for a text that dates its war itself (numbers.lead_war)."""

    years: tuple[int, int]
    part: str = "whole"


_Elsewhere = tuple[int, int] | _WarPart | str | None
_NAMED: tuple[tuple[str, tuple[int, int], _Elsewhere], ...] = (
    (r"(?:the\s+)?first\s+five[\s-]year\s+plan", (1928, 1932), ANY),
    (r"(?:the\s+)?second\s+five[\s-]year\s+plan", (1933, 1937), ANY),
    (r"(?:the\s+)?third\s+five[\s-]year\s+plan", (1938, 1941), ANY),
    (r"(?:the\s+)?(?:period\s+of\s+the\s+)?(?<!second\s)(?<!third\s)(?<!fourth\s)five[\s-]year\s+plan",
     (1928, 1932), ANY),
    (r"(?:the\s+)?(?:Great\s+(?:Terror|Purges?)|Yezhovshchina)", (1936, 1938), ANY),
    (r"(?:the\s+)?(?:NEP\b|New\s+Economic\s+Policy)", (1921, 1928), ANY),
    (r"(?:the\s+)?Great\s+Depression", (1929, 1939), ANY),
    # (not another country's: "the seventeenth-century English Civil War"; a text that names no Soviet side
    # has another civil war in mind, unless it names Russia's)
    (r"(?:the\s+)?Russian\s+Civil\s+War", (1918, 1921), ANY),
    (r"(?:the\s+)?(?<!English\s)(?<!American\s)(?<!Spanish\s)(?<!Finnish\s)(?<!Chinese\s)"
     r"(?<!Greek\s)(?<!Irish\s)(?<!Syrian\s)(?<!Korean\s)(?<!Nigerian\s)(?<!Lebanese\s)Civil\s+War",
     (1918, 1921), None),
    (r"(?:the\s+)?Great\s+Patriotic\s+War", (1941, 1945), ANY),
    (r"(?:the\s+)?(?:Second\s+World\s+War|World\s+War\s+(?:II|Two)|WWII)", (1941, 1945), (1939, 1945)),
    (r"(?:the\s+)?Holodomor", (1932, 1933), ANY),
    # "On Stalin's death, there were 2.8 million special settlers": the year he died
    (r"(?:the\s+)?(?:death\s+of\s+Stalin|Stalin['’]s\s+death)(?!\s+(?:toll|rates?)\b)", (1953, 1953), ANY),
    # "In the first six months of the war": 1941 (1939 where the war is the Second World War elsewhere)
    (r"(?:the\s+)?(?:first|opening)\s+(?:\w+\s+)?(?:days|weeks|months)\s+of\s+the\s+war(?!\s+(?:with|against))",
     (1941, 1941), _WarPart((1939, 1939), "first")),
    # "On the eve of the war": 1941; "by the end of the war", "the last year of the war": 1945
    (r"(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?(?:war|German\s+invasion)(?!\s+(?:with|against))", (1941, 1941),
     _WarPart((1939, 1939), "first")),
    (r"(?:the\s+)?(?:end|last\s+(?:year|months?|weeks?|days))\s+of\s+the\s+war(?!\s+(?:with|against))",
     (1945, 1945), _WarPart((1945, 1945), "last")),
    # The same in Russian (a Russian text is of the Soviet side): «в гражданской войне» 1918–1921; «в годы
    # Великой Отечественной войны», «в войне» (not a war an adjective names: «финской», «японской», «Первой
    # мировой») 1941–1945
    (r"гражданск(?:ая|ой|ую)\s+войн[аеуы](?!\w)", (1918, 1921), ANY),
    # «за военные годы», «в военное время» (fig17l)
    (r"военн(?:ые|ых|ое|ого)\s+(?:год(?:ы|ах|ов)|врем(?:я|ени))(?!\w)", (1941, 1945), ANY),
    (r"Великой\s+Отечественной\s+войн(?:а|е|у|ы)(?!\w)"
     r"|(?<!ой\s)(?<!ей\s)войн(?:а|е|у|ы)(?!\w)(?!\s+(?:с|против)\s)", (1941, 1945), ANY),
    # "the war" of a Soviet history is the Second World War; another war is named ("the Civil War", "the
    # war with Finland", "War Communism").
    (r"(?<![\w-])(?:the\s+(?:whole\s+)?war|wartime)(?![\w-])(?!\s+(?:with|against|of|in|on|between|Communism)\b)",
     (1941, 1945), _WarPart((1939, 1945))),
)
NAMED_STARTS = frozenset(
    {"the", "first", "second", "third", "period", "five", "great", "yezhovshchina", "nep", "new", "russian",
     "civil", "world", "wwii", "holodomor", "wartime", "opening", "death", "stalin", "гражданская",
     "гражданской", "гражданскую", "великой", "война", "войне", "войну", "войны", "военные", "военных",
     "военное", "военного"}
)
NAMED_PERIOD = re.compile(
    "|".join(f"(?P<n{i}>{pattern})" for i, (pattern, _, _) in enumerate(_NAMED)), re.IGNORECASE
)


_CIVIL_WARS = frozenset(
    i for i, (pattern, _, _) in enumerate(_NAMED) if "Civil" in pattern or "гражданск" in pattern
)


def war_part(m: re.Match[str]) -> str | None:
    """Which part of a war a match of ``NAMED_PERIOD`` names: "whole", "first" or "last" for "the war" and
    its parts, "civil" for a civil war, None for any other name (a named world war included)."""
    i = next(i for i in range(len(_NAMED)) if m.group(f"n{i}"))
    if i in _CIVIL_WARS:
        return "civil"
    elsewhere = _NAMED[i][2]
    return elsewhere.part if isinstance(elsewhere, _WarPart) else None


def named_years(m: re.Match[str], soviet: bool = True, war_is_ww2: bool = True) -> tuple[int, int] | None:
    """The years of a match of ``NAMED_PERIOD``: its Soviet years in a text about the Soviet side
    (``soviet``); elsewhere the name's years in another text, the Second World War's part only where the
    text's war is that war (``war_is_ww2``), or None."""
    _, years, elsewhere = next(_NAMED[i] for i in range(len(_NAMED)) if m.group(f"n{i}"))
    if soviet and isinstance(elsewhere, _WarPart) and not war_is_ww2:
        return None  # "the war" of a Soviet text written before 1939: not the Soviet war
    if soviet or elsewhere == ANY:
        return years
    if isinstance(elsewhere, _WarPart):
        return elsewhere.years if war_is_ww2 else None
    return elsewhere if isinstance(elsewhere, tuple) else None
