"""What the text around a match says: the scans kept between the passes, spans asked whether
they hold a position, the bracketed sources of a sentence, sentence starts and ends, hard-wrapped lines and
headings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

from annotator.domain.evidence import Evidence
from annotator.domain.evidence.citations.names import _surname


class _Spans:
    """Sorted, non-nested spans, asked whether they hold a position: a bisection, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def holds(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._spans[index][1]


class _Sources:
    """The bracketed citations of a text (where each begins, its first author's surname), asked whether a
    sentence names a source other than the person its narrative sign names."""

    # A clause's end: a stop before a capital or a quotation, a semicolon ("For Getty, …; in Kotkin's reading
    # … (Kotkin 2017)": another clause, another scholar), or a paragraph's end
    _END = re.compile(r"[.!?][”\"’]?(?=\s+[A-Z“\"(]|\s*$)|;|\n[ \t]*\n")
    # "(cf. Graziosi 2005, 97)", "(see Cameron 2018)": a work to compare, not the source of the sentence
    _COMPARE = re.compile(r"\(?\s*(?:cf\.?|see|compare)\s", re.IGNORECASE)

    def __init__(self, text: str, found: Iterable[Evidence]) -> None:
        cited = sorted((e.start, _surname(e.cited_author)) for e in found
                       if (e.year or e.locator) and not self._COMPARE.match(text, e.start))  # fmt: skip
        self._starts = [start for start, _ in cited]
        self._surnames = [surname for _, surname in cited]

    def other_in_sentence(self, text: str, position: int, surnames: set[str]) -> bool:
        """Whether the brackets between ``position`` and its sentence's end cite others than ``surnames``, and
        none of them: "Ranke believed such work crude (Muir, 1987, p. 4)" gives Muir's account of Ranke, the
        past's actor."""
        end = self._END.search(text, position, position + 400)
        stop = end.start() if end else position + 400
        lo = bisect.bisect_left(self._starts, position)
        hi = bisect.bisect_left(self._starts, stop)
        named = set(self._surnames[lo:hi]) - {""}
        # ("in Kozlov's phrase, … (Kozlov 2002, 19; cf. Filtzer 2002)": cited for the words too, a scholar)
        return bool(named) and not named & surnames


# (a pattern's matches; for the capitals, one index of them by word)
_Scans = dict[re.Pattern[str], list[Any]]
# A sentence ends before the name: "…sexual. Lowe", "…“bisexual.” Hamilton", "…(Klein 2002). As Hughes"
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|\))[.?!][”\"’]?\s+[A-Z]")
# One capitalised word and a function word opening a sentence ("Back to "): a sentence, not a title
_SENTENCE_OPENING = re.compile(
    r"[A-Z][\w’'-]*\s+(?:of|the|and|in|on|for|to|with|under|from|a|an)\s+(?:the\s+)?"
)
_SENTENCE_START = re.compile(r"(?:\A|\n[ \t]*|[.!?][”\"’)]?[ \t]+)$")
_BLANK_AFTER = re.compile(r"\n[ \t]*(?:\n|\Z)|\s*\Z")

# Hard-wrapped prose breaks its lines before this width; a longer line ends a paragraph or a list's item
_WRAP_WIDTH = 100


def _after_long_line(text: str, gap_start: int, position: int) -> bool:
    """Whether a line break between ``gap_start`` and ``position`` ends a line longer than a wrapped one: the
    words before it end a paragraph or a bullet ("… the level" / "Lund et al. argue"), not a wrapped
    phrase."""
    newline = text.find("\n", gap_start, position)
    return newline >= 0 and newline - (text.rfind("\n", 0, newline) + 1) > _WRAP_WIDTH


def _heading_line(text: str, position: int) -> bool:
    """Whether ``position`` lies on a short line that ends without punctuation before a blank line."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].rstrip()
    if len(line) > 150 or not line or line[-1] in ".?!:;,”\"’)»…":
        return False
    if _SENTENCE_END.search(line, 0, max(0, position - line_start + 1)):
        return False  # "…to sexual. Lowe et al. (2019) have traced the word" cut by a page break: prose
    return line_end == len(text) or _BLANK_AFTER.match(text, line_end) is not None
