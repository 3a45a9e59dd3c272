"""Joining match spans: overlapping ones become one match, touching ones stay two."""

from __future__ import annotations

from annotator.search.spans import merge


def test_adjacent_spans_stay_two_matches() -> None:
    # "x⁹⁄₁₃": the word "x" and the superscript numerator "⁹" touch; each is its own match to walk to.
    assert merge([(1, 2), (0, 1)]) == [(0, 1), (1, 2)]
    assert merge([(0, 4), (4, 9), (9, 12)]) == [(0, 4), (4, 9), (9, 12)]


def test_overlapping_and_nested_spans_join_and_duplicates_go() -> None:
    assert merge([(5, 14), (0, 9)]) == [(0, 14)]  # two phrases sharing a word
    assert merge([(0, 14), (5, 9), (5, 9)]) == [(0, 14)]  # a word inside a matched phrase
    assert merge([(0, 3), (10, 14), (2, 5)]) == [(0, 5), (10, 14)]
    assert merge([]) == []
