"""Snippets: a short, exact excerpt of a document around its first match, for result lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT_BEFORE = 60
WIDTH = 200
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Snippet:
    """``text`` is exactly ``document[start:start + len(text)]``, in the coordinates of the hit's matches."""

    text: str
    start: int
    clipped_before: bool
    clipped_after: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def display(self) -> str:
        """One line, with an ellipsis where the excerpt was cut (line breaks become spaces)."""
        body = self.text.replace("\n", " ").replace("\x1e", " ")
        return f"{ELLIPSIS if self.clipped_before else ''}{body}{ELLIPSIS if self.clipped_after else ''}"


def _word_start(text: str, i: int, limit: int) -> int:
    """``i`` moved forward (not past ``limit``) to the start of a whole word."""
    if i <= 0:
        return 0
    while i < limit and text[i - 1].isalnum() and text[i].isalnum():
        i += 1
    while i < limit and not text[i].isalnum():
        i += 1
    return i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    while i > 0 and text[i - 1].isalnum() and text[i].isalnum():
        i -= 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def make_snippet(text: str, offset: int, matches: Sequence[tuple[int, int]], width: int = WIDTH) -> Snippet:
    """An excerpt of ``text`` (at ``offset`` in the coordinates of ``matches``) around the first match."""
    if matches:
        first_start, first_end = matches[0][0] - offset, matches[0][1] - offset
    else:
        first_start = first_end = 0
    first_start = max(0, min(first_start, len(text)))
    first_end = max(first_start, min(first_end, len(text)))
    start = (
        0 if first_start <= CONTEXT_BEFORE else _word_start(text, first_start - CONTEXT_BEFORE, first_start)
    )
    end = max(first_end, min(len(text), start + width))
    if end < len(text):
        end = max(first_end, _word_end(text, end))
    return Snippet(text[start:end], offset + start, start > 0, end < len(text))
