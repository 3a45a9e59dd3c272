"""Paragraphs: the unit of citation ("¶ 12"), of search documents and of the reader's margin numbers.

A paragraph is a line holding something other than whitespace; blank lines only separate. Importers
produce one paragraph per line (the reflow step joins hard-wrapped lines first), so this one definition
serves text, Markdown, HTML, PDF and DOCX sources alike. Offsets are code points; numbers start at 1.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int  # 1-based
    start: int
    end: int  # exclusive; the newline is not part of the paragraph


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line of ``text``, numbered from 1, trailing whitespace excluded."""
    found = []
    for number, match in enumerate(_LINE.finditer(text), start=1):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append(Paragraph(number, start, end))
    return found


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts (paragraph n at index n - 1): ``paragraphs`` without the
    objects and the trimmed ends, for locating thousands of passages in one text."""
    return [match.start() for match in _LINE.finditer(text)]


def paragraph_at(spans: Sequence[Paragraph], offset: int) -> Paragraph | None:
    """The paragraph containing ``offset``, or the nearest one before it (None before the first)."""
    index = bisect_right([p.start for p in spans], offset) - 1
    return spans[index] if index >= 0 else None
