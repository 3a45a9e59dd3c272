"""Scanning a text a piece at a time gives the matches ``re.finditer`` gives — across the pieces' edges, for
patterns anchored to lines, with look-behinds and look-aheads, overlapping — and tells the progress."""

from __future__ import annotations

import itertools
import re

import pytest

from annotator.domain.evidence import scan

TEXT = (
    "Jane Roe says:\nMay 3, 2018\nAs Fitzpatrick describes, the camps (Sakwa, 37) grew.\n\n"
    "(Davies 1989, 1029) and (Conquest 1990; Wheatcroft 1996) — writes Service, 155.\n"
) * 40
PATTERNS = [
    re.compile(r"\((?:[^()\n]|\n(?![ \t]*\n)){1,300}\)"),  # a bracket, maybe over a line's end
    re.compile(r"^[ \t]*(?P<name>[^\s\n][^\n]{0,59}?)[ \t]+says:[ \t]*$", re.MULTILINE),  # a line's start
    re.compile(r"(?<![\w.])[A-Z]\w+(?=,\s\d)"),  # a name before a page: look-behind and look-ahead
    re.compile(r"\d+[^\n]*$", re.MULTILINE),  # a greedy run to the line's end
    re.compile(r"\s+"),
]


@pytest.mark.parametrize("piece", [7, 50, 333, 25_000])
@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_the_matches_are_those_of_finditer_wherever_the_pieces_end(
    monkeypatch: pytest.MonkeyPatch, pattern: re.Pattern[str], piece: int
) -> None:
    monkeypatch.setattr(scan, "PIECE", piece)
    monkeypatch.setattr(scan, "REACH", 400)
    expected = [(m.start(), m.end(), m.groups()) for m in pattern.finditer(TEXT, 5)]

    found = [(m.start(), m.end(), m.groups()) for m in scan.finditer(pattern, TEXT, 5)]

    assert found == expected
    stop = len(TEXT) // 2
    within = [(m.start(), m.end()) for m in scan.finditer(pattern, TEXT, 0, stop)]
    assert within == [(m.start(), m.end()) for m in pattern.finditer(TEXT, 0, stop)]


def test_overlapping_matches_go_on_from_the_character_after_each_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scan, "PIECE", 10)
    pattern = re.compile(r"[A-Z]\w+(?:\s+[A-Z]\w+)*")
    text = "Others such as Davies and Wheatcroft, or Robert William Davies, argue. " * 3
    expected = []
    at = 0
    while (m := pattern.search(text, at)) is not None:
        expected.append((m.start(), m.end()))
        at = m.start() + 1

    assert [(m.start(), m.end()) for m in scan.finditer(pattern, text, overlapping=True)] == expected


def test_progress_moves_through_the_share_a_percent_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "PIECE", 100)
    told: list[float] = []
    pattern = re.compile(r"Sakwa")

    with scan.reporting(told.append, 0.2, 0.5, len(TEXT), scans=2):
        first = list(scan.finditer(pattern, TEXT))
        second = list(scan.finditer(pattern, TEXT))
    list(scan.finditer(pattern, TEXT))  # outside the block: nobody is told

    assert len(first) == len(second) == 40
    assert len(told) > 20 and told == sorted(told)
    assert told[0] >= 0.2 and told[-1] == pytest.approx(0.7)
    assert all(b - a >= 0.0099 for a, b in itertools.pairwise(told))
