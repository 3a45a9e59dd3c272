"""What the figure rule tests share: the figures of a text as the app finds them, the one at a snippet, its
years, whether what it counts holds a label's words."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect


def figures(text: str) -> list[Figure]:
    return find_figures(text, detect(text))


def at(text: str, snippet: str, year: int | None = None) -> Figure:
    """The first figure overlapping ``snippet``'s first occurrence in ``text`` (``year``: of the writing)."""
    start = text.index(snippet)
    found = find_figures(text, detect(text), year=year)
    hits = [f for f in found if f.start <= start < f.end or start <= f.start < start + len(snippet)]
    assert hits, f"no figure at {snippet!r}: {found}"
    return hits[0]


def years(f: Figure) -> tuple[int, int] | None:
    return None if f.period_start is None else (f.period_start, f.period_end or f.period_start)


def has_key(f: Figure, label: str) -> bool:
    """Whether what ``f`` counts holds every word of ``label``'s key (as the measure counts it right)."""
    return bool(f.counted) and set(counted_key(label).split()) <= set(counted_key(f.counted).split())


def counted(text: str, snippet: str) -> str:
    return at(text, snippet).counted


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in figures(text)]
