"""A decade named by its end or start year ("in the decennium preceding 1881", "the ten years ending 1850"),
and a census's decennial rate upon its baseline census (numbers/period_for.py _decade_of); "a rate of increase
of N per cent" counts the rate (counted.py _CHANGE_OF_BEFORE). Sentences written for these tests; each rule
test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key, years


def test_the_decade_preceding_a_year() -> None:
    text = "The rate of growth rose in the decennium preceding 1881 to 14.36 per cent."
    assert years(at(text, "14.36")) == (1871, 1881)


def test_the_ten_years_ending_a_year() -> None:
    text = "In the ten years ending 1850 the parish built 45 chapels."
    assert years(at(text, "45")) == (1840, 1850)


def test_the_decade_following_a_year() -> None:
    text = "In the decade following 1815 the county lost 3,100 weavers to the towns."
    assert years(at(text, "3,100")) == (1815, 1825)


def test_a_decennial_rate_upon_the_baseline_census() -> None:
    text = ("The returns showed 5,650,000 souls, a decennial rate of increase of 9.1 per cent., upon the "
            "number enumerated at the census of April, 1861.")
    f = at(text, "9.1")
    assert years(f) == (1861, 1871)
    assert has_key(f, "rate of increase")


# --- guards ------------------------------------------------------------------------------------------------

def test_a_rate_over_a_year_without_decennial_spans_from_it() -> None:
    # (no decade: the span from the year compared with, the lead's ruling of session 13; 1936 before)
    text = "In 1936 output rose by 14 per cent compared with 1935."
    assert years(at(text, "14")) == (1935, 1936)


def test_a_decade_named_by_another_year_is_not_this_ones() -> None:
    text = "In the decade following 1815 the county lost many weavers; in 1870 the parish had 640 paupers."
    assert years(at(text, "640")) == (1870, 1870)


def test_an_intercensal_sentence_with_a_span_is_no_baseline() -> None:
    text = "In 1901 the intercensal growth was smaller than in 1881-1891, when 2,900 houses were built."
    assert years(at(text, "2,900")) != (1891, 1901)


# --- the ends of a long span written as its two years (carried.py _change_end) -----------------------------

def test_a_change_over_a_long_written_span_gives_each_end_its_year() -> None:
    text = "Over the years 1750-1850 the town grew from 4,200 inhabitants to 61,000."
    assert years(at(text, "4,200")) == (1750, 1750)
    assert years(at(text, "61,000")) == (1850, 1850)


def test_a_centurys_span_keeps_its_figures_whole() -> None:
    text = "In the fourteenth century the town shrank from 12,000 inhabitants to 5,000."
    assert years(at(text, "12,000")) != (1300, 1300)


# --- a change's baseline year is no time of the change (period_for._change_baseline) -----------------------

def test_a_change_compared_with_a_baseline_spans_from_it_to_the_time_spoken_of() -> None:
    text = ("The number of looms at work on 1st May 1881 was 9,120. Compared with the count made in 1871 the "
            "present return shows an increase of 1,340 looms.")
    assert years(at(text, "1,340")) == (1871, 1881)


def test_a_rate_compared_with_a_year_spans_from_it() -> None:
    # (the lead's ruling of session 13; this test expected 1936 before)
    text = "In 1936 output rose by 14 per cent compared with 1935, and wages by 6 per cent."
    assert years(at(text, "14 per cent")) == (1935, 1936)
