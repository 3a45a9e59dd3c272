"""What the figure rule tests share: the figures of a text as the app finds them, the one at a snippet, its
years."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect


def figures(text: str) -> list[Figure]:
    return find_figures(text, detect(text))


def at(text: str, snippet: str) -> Figure:
    """The first figure overlapping ``snippet``'s first occurrence in ``text``."""
    start = text.index(snippet)
    hits = [f for f in figures(text) if f.start <= start < f.end or start <= f.start < start + len(snippet)]
    assert hits, f"no figure at {snippet!r}: {figures(text)}"
    return hits[0]


def years(f: Figure) -> tuple[int, int] | None:
    return None if f.period_start is None else (f.period_start, f.period_end or f.period_start)
