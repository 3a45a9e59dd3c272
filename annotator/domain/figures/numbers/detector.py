"""The figure detector: ``find_figures``, the public entry point, and ``_Detector``, which holds a
text's state (its layout, the periods and events found so far) and assembles each figure's record from the
rules of the mixins it is made of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers.carried import _Carried
from annotator.domain.figures.numbers.counted import _Counted
from annotator.domain.figures.numbers.counted_cues import _MONEY_UNITS
from annotator.domain.figures.numbers.events import _Events
from annotator.domain.figures.numbers.inherit import _Inherit
from annotator.domain.figures.numbers.period_for import _PeriodFor
from annotator.domain.figures.numbers.periods import _Periods
from annotator.domain.figures.numbers.reading import _Reading
from annotator.domain.figures.numbers.sterling import joins_as_range, sterling_sums
from annotator.domain.figures.numbers.subjects import _Subjects
from annotator.domain.figures.numbers.tables import Cell, cell_figure, table_cells
from annotator.domain.figures.numbers.values import (
    _NUMBER,
    _NUMBER_STARTS,
    _is_year,
    _looks_like_quantity,
    _same_value_again,
    british_decimals,
)
from annotator.domain.figures.text import ERA_AD_AFTER, ERA_AD_BEFORE, ERA_BC, Layout, layout, scan
from annotator.domain.structure import Mark

# A number written with its era is a year, not a figure: "in 480 BC", "c. 2300 BCE", "79 CE", the first year
# of a span whose era follows the second ("from 218 to 201 BC", "between 218 and 217 BC", "264–241 BC"), and
# "AD 79" with the era before it.
_ERA_AFTER = re.compile(
    rf"(?:\s*(?:[-–—]|to|and|or)\s*(?:c\.\s*)?\d{{1,4}}(?![\d,]\d))?\s*(?:{ERA_BC}|{ERA_AD_AFTER})"
    # (a modern year is a year with or without them: "the 2017 BC election" needs no guard here)
)
_ERA_BEFORE = re.compile(rf"{ERA_AD_BEFORE}\s*(?:c\.\s*)?$")


class _Detector(_Periods, _Events, _Carried, _PeriodFor, _Subjects, _Counted, _Inherit, _Reading):
    def __init__(self, text: str, marks: Sequence[Mark], year: int | None = None) -> None:
        self.text = text
        self.year = year  # the source's publication year, when known: the time of writing
        self._dated_starts: set[int] = set()  # periods named by the time of writing ("this year")
        self._day_starts: set[int] = set()  # days without a year, of the last full date's year (fig17g)
        self._full_dates: list[tuple[int, int]] | None = None
        self._war_kinds: tuple[bool, bool] | None = None
        self._other_wars: set[tuple[int, int]] | None = None
        self._lead_war: tuple[str, tuple[int, int]] | None = None
        self._lead_event: tuple[str, tuple[int, int]] | None = None
        self._now_starts: set[int] = set()  # the present of the time of writing ("now", "currently")
        self._opening_year: int | None = 0  # the full date a document opens with (0: not looked for yet)
        self._title_year_found: int | None = 0  # the one year of a report's title line (0: not looked for)
        self.layout: Layout = layout(text, marks)
        self._periods: dict[int, list[tuple[int, int, str, int, int]]] = {}
        self._carried: dict[int, tuple[str, int, int] | None] = {}
        self._told_by_dates: bool | None = None
        # the last sentence of a paragraph -> where the narrative's year before it was written, and that year
        self._narrative: dict[int, tuple[int, tuple[str, int, int] | None] | None] = {}
        self._carried_local: dict[int, tuple[str, int, int] | None] = {}
        self._relative_starts: set[int] = set()
        self._year_lines: list[tuple[int, str]] | None = None
        self._defined: list[tuple[re.Pattern[str], int, int]] | None = None
        self._aliases: list[tuple[re.Pattern[str], int, int]] | None = None
        self._defined_spans: dict[str, tuple[int, int]] = {}
        self._alias_starts: set[int] = set()
        self._all_periods: list[re.Match[str]] | None = None
        self._eras: list[tuple[int, int, str, int, int]] = []  # (periods_in: years written with their era)
        self._era_starts: list[int] = []
        # (periods_in: years written without their era that the text says are before ours)
        self._before_ours: list[tuple[int, int, int, int]] = []
        self._before_ours_starts: list[int] = []
        self._all_named: list[re.Match[str]] = []
        self._period_starts: list[int] = []
        self._named_starts: list[int] = []
        self._known: list[tuple[int, int, str, int, int]] | None = None
        self._known_starts: list[int] = []
        self._table_starts: set[int] = set()  # the well-known events read from the table (known_events)

    # --- one figure ----------------------------------------------------------------------------------------

    def figures(self) -> list[Figure]:
        text = self.text
        found: list[Figure] = []
        matches = scan(_NUMBER, text, _NUMBER_STARTS)
        cells, captions = table_cells(text)
        if cells:
            matches = _cut_to_cells(text, matches, cells)
        skip_until = -1
        bracketed = self._bracketed_counts() if "(" in text else {}
        for index, m in enumerate(matches):
            if m.start() < skip_until:
                continue
            if m.start() in bracketed:
                found.append(bracketed[m.start()])
                skip_until = m.end()
                continue
            if self.layout.is_excluded(m.start(), m.end()):
                continue
            if m.group("vague") and any(a <= m.start() < b for a, b in captions):
                continue  # "Wheat imports (in thousands of quarters)": the table's scale
            cell = cells.get(m.start())
            if cell is not None:
                # a table's cell: its column's years, its row's label (the sentence's rules do not apply)
                read = cell_figure(m, cell)
                if read is not None:
                    found.append(read)
                skip_until = m.end()
                continue
            if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]" and re.fullmatch(
                r"\d{1,3}", m.group()
            ):
                continue  # "530,000–600,000[1]to 5,000,000": a note call, glued to the next word too (fig17f)
            if _ERA_AFTER.match(text, m.end()) or _ERA_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # a year named with its era ("480 BC", "AD 79", "from 218 to 201 BC"): no figure
            if _is_year(m):
                # A year, and the span of years it opens ("1932-33", "1926-7"): never figures.
                # ("1939 — 50,502" is a table's row: a year and a figure, not a span)
                # (a line break only after the dash: "by 1936" closing a bullet and "- 12 million" opening
                # the next are no span)
                span = re.match(r"[ \t]*[-–—/]\s*\d{1,4}(?!\d|[,.]\d)", text[m.end():m.end() + 8])
                if not _looks_like_quantity(text, m.end()):
                    skip_until = m.end() + (span.end() if span else 0)
                    continue
            figure = self._read(m, matches, index)
            if figure is None:
                continue
            fig, consumed_to = figure
            skip_until = consumed_to
            found.append(fig)
        found = _converted_sums(text, found)
        found = self._with_sterling(found)
        return [self._of_the_lead_event(self._with_rate(f)) for f in _same_value_again(self._inherit(found))]

    def _with_sterling(self, found: list[Figure]) -> list[Figure]:
        """``found`` with the sums in pounds, shillings and pence (``sterling_sums``) as figures in pounds,
        each in place of any figure read inside it ("£1" of "£1 5s. 6d."), and two sums of one currency that
        make a range as one figure (``_money_ranges``)."""
        sums = [s for s in sterling_sums(self.text) if not self.layout.is_excluded(s[0], s[1])]
        kept = [f for f in found if not any(s[0] <= f.start < s[1] for s in sums)]
        for a, b, value in sums:
            counted = self.counted(a, b, "pounds")
            # (a sum at an end of a change, as any figure: "fell from 26s. to 5s. 6d. between 1797 and 1834")
            period, first, last = self._change_end(a, b, *self.period_for(a, b, counted))
            kept.append(Figure(a, b, value, None, None, "", "pounds", counted, period, first, last, "count"))
        return self._money_ranges(sorted(kept, key=lambda f: f.start))

    def _money_ranges(self, found: list[Figure]) -> list[Figure]:
        """Two sums of one currency joined as a range one figure ("8s. to 9s. 6d. a week", "between £6 and
        £8 for a housemaid", "£15 to £20 per year"), with what the range is and its time read for the whole;
        not sums of very different size ("$2 to $3 million": the first is no sum of its own)."""
        made: list[Figure] = []
        k = 0
        while k < len(found):
            f = found[k]
            g = found[k + 1] if k + 1 < len(found) else None
            if (g is not None and f.unit in _MONEY_UNITS and g.unit == f.unit and f.kind == g.kind == "count"
                    and f.value is not None and g.value is not None and 0 < f.value < g.value <= 20 * f.value
                    and joins_as_range(self.text, f.start, f.end, g.start)):
                a, b = f.start, g.end
                counted = self.counted(a, b, f.unit)
                period, first, last = self._change_end(a, b, *self.period_for(a, b, counted))
                made.append(replace(f, end=b, value=None, low=f.value, high=g.value, counted=counted,
                                    period=period, period_start=first, period_end=last, kind="range"))
                k += 2
                continue
            made.append(f)
            k += 1
        return made


def _converted_sums(text: str, found: list[Figure]) -> list[Figure]:
    """A sum followed by its conversion into another currency in brackets ("£80,815 ($393,286) in 1898")
    is of the time the conversion reads after the bracket: the bracket stands between the sum and its year,
    and the sum would take the year before it."""
    made = list(found)
    for k in range(len(made) - 1):
        f, g = made[k], made[k + 1]
        if (f.unit in _MONEY_UNITS and g.unit in _MONEY_UNITS and f.unit != g.unit
                and re.fullmatch(r"\s*\(\s*", text[f.end : g.start]) and text.startswith(")", g.end)
                and g.period_start is not None):
            made[k] = replace(f, period=g.period, period_start=g.period_start, period_end=g.period_end)
    return made


def _cut_to_cells(text: str, matches: list[re.Match[str]], cells: dict[int, Cell]) -> list[re.Match[str]]:
    """The numbers, each cut to its table cell: a capture that parts its columns by single spaces gives
    "95 120", which the pattern reads as one number grouped by a space, for two cells."""
    cut: list[re.Match[str]] = []
    for m in matches:
        inside = [s for s in range(m.start(), m.end()) if s in cells] if m.start() in cells else []
        if not inside or cells[m.start()].end >= m.end():
            cut.append(m)
            continue
        for s in inside:
            piece = _NUMBER.match(text, s, cells[s].end)
            if piece is not None:
                cut.append(piece)
    return cut


def find_figures(text: str, marks: Sequence[Mark] = (), *, year: int | None = None) -> list[Figure]:
    """Every figure of ``text`` (with its structure ``marks``), in text order. ``year``: the source's
    publication year, when known; it resolves the times named by the time of writing ("this year", "Seventy
    years ago", "now") and dates present-tense statements. Without it they have no period of their own."""
    return _Detector(british_decimals(text), marks, year).figures()
