"""Sums in pounds, shillings and pence (numbers/sterling.py): one figure each, in pounds, with what it is and
its year; decades, ages and American ordinals stay no money. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, figures, years


@pytest.mark.parametrize(
    ("text", "written", "pounds"),
    [
        ("In 1908 a carter at the Bristol docks was paid 24s. a week.", "24s.", 1.2),
        ("In 1908 a carter at the Bristol docks was paid 24s. 6d. a week.", "24s. 6d.", 1.225),
        ("In 1908 the rent of the cottage came to £1 2s. 6d. a month.", "£1 2s. 6d.", 1.125),
        ("In 1908 the carters asked for £1 10s a week.", "£1 10s", 1.5),
        ("In 1908 a quartern loaf cost 5½d. in Bristol.", "5½d.", 0.022917),
        ("In 1908 coal sold at 2d a hundredweight in the yard.", "2d", 0.008333),
    ],
)
def test_a_sum_in_shillings_and_pence_is_one_figure_in_pounds(text: str, written: str, pounds: float) -> None:
    found = figures(text)
    assert [text[f.start : f.end] for f in found] == [written]
    assert found[0].unit == "pounds" and found[0].value == pytest.approx(pounds, abs=1e-6)
    assert years(found[0]) == (1908, 1908)


def test_a_wage_in_shillings_says_what_it_is() -> None:
    text = "In 1908 the average weekly wage of a Bristol carter was 24s. 6d., against 30s. in London."
    assert "wage" in at(text, "24s. 6d.").counted
    assert [text[f.start : f.end] for f in figures(text)] == ["24s. 6d.", "30s."]


@pytest.mark.parametrize(
    "text",
    [
        "Trade in the port grew in the 60s. and the docks were widened.",
        "The harbour master, then in his 40s., kept 12 pilots.",
        "The quays were rebuilt after the ‘20s. when 12 pilots remained.",
        "The 2d Division held the line with 12 guns.",
        "He had 3 sons and 12 pilots.",
    ],
)
def test_decades_ages_and_ordinals_are_no_shillings_or_pence(text: str) -> None:
    # guards: only the 12 (and the 3 sons) are figures, never "60s", "40s", "20s" or "2d"
    assert all("s" not in text[f.start : f.end] and "d" not in text[f.start : f.end] for f in figures(text))
