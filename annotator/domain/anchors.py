"""Anchoring passages: code-point offsets plus a W3C-style quote selector.

Python ``str`` indexes by code point, so offsets here are code points by construction; this module is the
one place that computes and validates them.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.domain.errors import InvalidInput

QUOTE_CONTEXT = 32  # characters of prefix and suffix kept with each quote, as the W3C model suggests


@dataclass(frozen=True, slots=True)
class QuoteSelector:
    exact: str
    prefix: str
    suffix: str


def validate_range(length: int, start: int, end: int) -> None:
    """Raise InvalidInput unless ``0 <= start < end <= length``."""
    if start < 0 or end > length or start >= end:
        raise InvalidInput(
            f"the range {start}–{end} is not a passage of this text (it has {length} characters; "
            "start must be below end, both inside the text)"
        )


def quote_for(text: str, start: int, end: int, context: int = QUOTE_CONTEXT) -> QuoteSelector:
    """The quote selector of ``text[start:end]`` with up to ``context`` characters either side."""
    validate_range(len(text), start, end)
    return QuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
