"""Inter-coder agreement: the units two or more coders are compared on, and Cohen's kappa.

**Units are characters.** Every character of every chosen source is one unit, and each coder gives it a
value: for a tag, whether one of their annotations with the tag covers it; for a facet, which of the
facet's tags do (none, one, or — when their annotations of two tags of the facet overlap — that
combination, a category of its own). Why characters rather than segments: coders choose their own spans,
and two readings of the same sentence rarely start and end on the same character, so segment units would
first need a rule for when two spans "are the same segment" (any overlap? half?), which decides the result
more than the coders do; on characters a partial overlap counts as exactly as much agreement as it is, and
nothing is matched by hand. This is the character-level reduction of Krippendorff's unitizing alpha that
QDA packages also report. Characters that nobody coded count as agreement on "not coded", as they are:
reading a passage and leaving it is a decision too (alpha corrects for the chance agreement this brings).

Characters with the same values for every coder are kept as one run (``Segment``) with its length as its
weight, so a book costs its annotations' boundaries, not its characters. Krippendorff's alpha (nominal) and
Cohen's kappa are computed here from those weighted runs: the coincidence matrix summed over the distinct
rows, each times its characters. The ``krippendorff`` package is the reference the tests and
tests/benchmarks/bench_agreement.py check the figures against (equal to 1e-9); it is not called at run time
because it wants one row per unit and builds a units × values × values array: on three 200,000-character
sources its process passed 5 GB before it was stopped, where these runs take a few megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

TagSet = frozenset[int]


@dataclass(frozen=True, slots=True)
class CodedSpan:
    """One coder's annotation as agreement reads it: its range and the chosen tags it carries."""

    coder_id: int
    start: int
    end: int
    tag_ids: TagSet


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of characters of one source over which every coder's value stays the same: ``values[i]`` are
    the chosen tags coder ``i`` applied there (empty: none)."""

    source_id: int
    start: int
    end: int
    values: tuple[TagSet, ...]

    @property
    def length(self) -> int:
        return self.end - self.start


def segments(
    source_id: int, length: int, coder_ids: Sequence[int], spans: Iterable[CodedSpan], tag_ids: Iterable[int]
) -> list[Segment]:
    """The source's characters ``[0, length)`` cut at every boundary of the coders' annotations that carry a
    chosen tag, each run with each coder's tags there. Spans of other coders, other tags, or beyond the
    text are ignored (clipped to it)."""
    chosen = frozenset(tag_ids)
    index = {c: i for i, c in enumerate(coder_ids)}
    kept: list[tuple[int, int, int, TagSet]] = []
    cuts = {0, length}
    for span in spans:
        tags = span.tag_ids & chosen
        start, end = max(0, span.start), min(length, span.end)
        if span.coder_id not in index or not tags or start >= end:
            continue
        kept.append((index[span.coder_id], start, end, tags))
        cuts.update((start, end))
    bounds = sorted(cuts)
    # A sweep over the boundaries: what each coder has open at each run.
    opening: dict[int, list[tuple[int, int, TagSet]]] = {}
    for coder, start, end, tags in kept:
        opening.setdefault(start, []).append((coder, end, tags))
    open_spans: list[tuple[int, int, TagSet]] = []
    result: list[Segment] = []
    for start, end in pairwise(bounds):
        open_spans = [s for s in open_spans if s[1] > start] + opening.get(start, [])
        values: list[set[int]] = [set() for _ in coder_ids]
        for coder, _, tags in open_spans:
            values[coder] |= tags
        result.append(Segment(source_id, start, end, tuple(frozenset(v) for v in values)))
    return result


@dataclass(frozen=True, slots=True)
class UnitTable:
    """Units with one value per coder, as category indexes into ``categories``, each row weighted by how
    many characters it stands for."""

    categories: tuple[Hashable, ...]
    rows: tuple[tuple[int, tuple[int, ...]], ...]  # (weight, category index of each coder)

    @property
    def units(self) -> int:
        return sum(weight for weight, _ in self.rows)

    def value_counts(self) -> list[tuple[int, list[int]]]:
        """(weight, how many coders gave each category): the form ``krippendorff.alpha`` reads per unit."""
        counts = []
        for weight, values in self.rows:
            row = [0] * len(self.categories)
            for value in values:
                row[value] += 1
            counts.append((weight, row))
        return counts


def unit_table(runs: Iterable[Segment], value: Callable[[TagSet], Hashable]) -> UnitTable:
    """The runs as units, each coder's tags there mapped to a category by ``value`` (for a tag: whether it
    is among them; for a facet: which of its tags are). Adjacent rows with the same values are merged."""
    categories: dict[Hashable, int] = {}
    merged: dict[tuple[TagSet, ...], int] = {}
    for run in runs:  # most runs repeat a few combinations: each is mapped once, below
        merged[run.values] = merged.get(run.values, 0) + run.length
    rows: dict[tuple[int, ...], int] = {}
    for values, weight in merged.items():
        key = tuple(categories.setdefault(value(v), len(categories)) for v in values)
        rows[key] = rows.get(key, 0) + weight
    return UnitTable(tuple(categories), tuple((w, k) for k, w in rows.items() if w > 0))


def nominal_alpha(table: UnitTable) -> float | None:
    """Krippendorff's alpha, nominal level: ``1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k`` from the
    coincidence matrix ``o`` (each unit's pairs of values, ``n_uc·(n_uk - [c=k]) / (m_u - 1)``, summed with
    the unit's weight) and its margins ``n_c``. None when undefined: fewer than two pairable values, or one
    value everywhere (no disagreement is possible)."""
    size = len(table.categories)
    o = [[0.0] * size for _ in range(size)]
    for weight, values in table.rows:
        m = len(values)
        if m < 2:
            continue  # a unit one coder coded has no pairs
        counts: dict[int, int] = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_k - 1 if c == k else n_k)
                if pairs:
                    o[c][k] += weight * pairs / (m - 1)
    margins = [sum(row) for row in o]
    n = sum(margins)
    expected = n * n - sum(x * x for x in margins)  # the sum of n_c·n_k over c != k
    if n <= 1 or expected <= 0:
        return None
    observed = sum(o[c][k] for c in range(size) for k in range(size) if c != k)
    return 1.0 - (n - 1) * observed / expected


def cohen_kappa(table: UnitTable) -> float | None:
    """Cohen's kappa of the table's two coders, each unit weighted by its characters:
    ``(p_o - p_e) / (1 - p_e)``, ``p_o`` the share of units they agree on and ``p_e`` the chance of it from
    each one's own category shares. None when it is undefined (both always chose one and the same
    category: ``p_e`` = 1) or the table is empty."""
    total = table.units
    if total == 0:
        return None
    agreed = 0
    first = [0] * len(table.categories)
    second = [0] * len(table.categories)
    for weight, values in table.rows:
        if len(values) != 2:
            raise ValueError("Cohen's kappa compares exactly two coders")
        a, b = values
        first[a] += weight
        second[b] += weight
        if a == b:
            agreed += weight
    p_o = agreed / total
    p_e = sum(f * s for f, s in zip(first, second, strict=True)) / (total * total)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1 - p_e)


@dataclass(frozen=True, slots=True)
class DisagreedPassage:
    """A stretch of a source where the coders' values differ, with each coder's tags there."""

    source_id: int
    start: int
    end: int
    values: tuple[TagSet, ...]  # per coder, every chosen tag they applied anywhere in the stretch


def disagreements(runs: Sequence[Segment], value: Callable[[TagSet], Hashable]) -> list[DisagreedPassage]:
    """Adjacent runs on which the coders differ (by ``value``), joined into passages."""
    passages: list[DisagreedPassage] = []
    current: list[Segment] = []

    def close() -> None:
        if current:
            values = tuple(
                frozenset().union(*(r.values[i] for r in current)) for i in range(len(current[0].values))
            )
            passages.append(DisagreedPassage(current[0].source_id, current[0].start, current[-1].end, values))
            current.clear()

    for run in runs:
        differ = len({value(v) for v in run.values}) > 1
        if differ and current and (current[-1].source_id != run.source_id or current[-1].end != run.start):
            close()
        if differ:
            current.append(run)
        else:
            close()
    close()
    return passages
