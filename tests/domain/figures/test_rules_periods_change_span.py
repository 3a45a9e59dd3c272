"""The size of a change is of the span from its baseline to its end, not of one year: "reduced by nearly 4,000
by 1880" after "Before 1850 …", "an increase of 600,300 over the 1901 census" (numbers/period_for.py
_change_span). Sentences written for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years


def test_reduced_by_after_a_before_year() -> None:
    text = "Before 1850 there were 9,000 looms in the valley, and this was reduced by nearly 4,000 by 1880."
    assert years(at(text, "4,000")) == (1850, 1880)


def test_an_increase_over_an_earlier_census() -> None:
    text = "The count of 1911 gave 4,000,500 souls, an increase of 600,300 people over the 1901 census."
    assert years(at(text, "600,300")) == (1901, 1911)


# --- guards ------------------------------------------------------------------------------------------------

def test_a_year_without_a_baseline_cue_is_no_baseline() -> None:
    text = "In 1898 the town, founded in 1850, increased by 300 people."
    assert years(at(text, "300")) == (1898, 1898)


def test_the_total_of_the_census_keeps_its_year() -> None:
    text = "The count of 1911 gave 4,000,500 souls, an increase of 600,300 people over the 1901 census."
    assert years(at(text, "4,000,500")) == (1911, 1911)


def test_a_rate_of_the_rise_spans_as_its_size_does() -> None:
    # (the lead's ruling of session 13: a change in per cent against an earlier census spans from it, as an
    # absolute one does; this test expected the count's year, 1921, before)
    text = ("The count was taken on the night of 4 May 1921. The colony's people were counted as 812,300, a "
            "rise of 70,114 people, 9.4% over the 1911 census.")
    assert years(at(text, "9.4%")) == (1911, 1921)
