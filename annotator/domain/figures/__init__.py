"""Figures and dates of a stored text: every quantitative statement and every dated statement, as records.

A *figure* is a number that counts or measures something ("nearly three million inmates", "5–7 million",
"20 percent of Russian agriculture", "thousands of tractors"), with its value (or low and high for a range
or a vague magnitude), the approximation word, the unit, *what is counted* and the *period* it refers to,
in years. A *dated statement* is a date or period with the event it dates ("On December 1, 1934, Sergei
Kirov was assassinated"), normalised to an inclusive ISO range.

Both are derived data, like the structure marks they read: computed by ``find_figures`` and ``find_dates``
from the stored text (pure and fast: linear regular expressions), stored per source with ``FIGURES_VERSION``
and recomputed when it changes. Offsets are code points of the stored text; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Raised whenever the detectors' output can change for the same text, so stored records are recomputed.
FIGURES_VERSION = 14


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int  # exclusive
    value: float | None  # None for a range or a vague magnitude ("thousands"): see low and high
    low: float | None
    high: float | None
    approx: str  # the approximation word as written ("about", "nearly", "at least", "tens of"), or ""
    unit: str  # "people", "per cent", "tonnes", "roubles", "hectares", "times", "share", "ratio", "count"…
    counted: str  # what is counted: "famine deaths", "Gulag inmates", "individual farms", or ""
    period: str  # the period as written ("1932-1933", "the 1930s"), or ""
    period_start: int | None  # years, inclusive
    period_end: int | None
    kind: str = "count"  # count, range, vague, percent, ratio, fraction, multiple
    total: float | None = None  # the whole a part is of: "13 of 15 generals" → 15

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approx": self.approx,
            "unit": self.unit,
            "counted": self.counted,
            "period": self.period,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "kind": self.kind,
            "total": self.total,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(
            int(d["start"]), int(d["end"]), d.get("value"), d.get("low"), d.get("high"),
            str(d.get("approx", "")), str(d.get("unit", "")), str(d.get("counted", "")),
            str(d.get("period", "")), d.get("period_start"), d.get("period_end"),
            str(d.get("kind", "count")), d.get("total"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatedStatement:
    start: int
    end: int  # exclusive: the date as written
    date_start: str  # ISO, inclusive
    date_end: str
    event: str  # the event phrase the date dates ("Sergei Kirov was assassinated", "the Great Terror")

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "event": self.event,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DatedStatement:
        return cls(int(d["start"]), int(d["end"]), str(d["date_start"]), str(d["date_end"]), str(d["event"]))
