"""A change stated against an earlier year or census is of the span from that baseline to the time it speaks
of, a change in per cent as an absolute one (the lead's ruling of session 13; before it a rate took the
current year only): numbers/period_for.py ``_is_change_size``, ``_change_span``, ``_change_baseline``.
Sentences written for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years


def test_a_rate_of_increase_over_an_earlier_census_spans_from_it() -> None:
    text = "The parish counted 6,120 souls in 1881, an increase of 11.5 per cent over the census of 1871."
    assert years(at(text, "11.5 per cent")) == (1871, 1881)


def test_a_rate_higher_in_one_year_than_in_another_spans_the_two() -> None:
    text = "Rents in the borough were 8 per cent higher in 1907 than in 1905."
    assert years(at(text, "8 per cent")) == (1905, 1907)


def test_a_rate_with_old_prints_comma_before_its_comparison() -> None:
    text = "The price of coal at the pit was 12 per cent, lower in 1894 than in 1890."
    assert years(at(text, "12 per cent")) == (1890, 1894)


def test_a_rate_above_an_earlier_years_figure_spans_from_it() -> None:
    text = "The 1881 return gave 2,400 paupers in the union, 15 per cent above the 1871 figure."
    assert years(at(text, "15 per cent")) == (1871, 1881)


def test_an_absolute_change_more_than_in_an_earlier_year_spans_too() -> None:
    text = "In 1868 the mills employed 1,900 hands, or 350 more hands than in 1860."
    assert years(at(text, "350")) == (1860, 1868)


def test_a_gapped_rate_after_a_rate_of_change_spans_as_it_does() -> None:
    text = "In 1909 spinners' wages rose by 7 per cent compared with 1905, and weavers' wages by 4 per cent."
    assert years(at(text, "4 per cent")) == (1905, 1909)


# --- guards ------------------------------------------------------------------------------------------------

def test_guard_a_share_of_a_years_count_is_no_change() -> None:
    text = "In 1899 the survey found that 28 per cent of the town's wage-earners lived below the line."
    assert years(at(text, "28 per cent")) == (1899, 1899)


def test_guard_more_without_a_baseline_year_keeps_its_year() -> None:
    text = "In 1842 some 2,000 more weavers came out on strike in the valley."
    assert years(at(text, "2,000")) == (1842, 1842)


def test_guard_over_an_age_is_no_comparison() -> None:
    text = "In 1891 some 300 labourers over 65 years of age were on outdoor relief, against 280 in 1881."
    assert years(at(text, "300")) == (1891, 1891)


def test_guard_the_total_beside_the_rate_keeps_its_year() -> None:
    text = "The parish counted 6,120 souls in 1881, an increase of 11.5 per cent over the census of 1871."
    assert years(at(text, "6,120")) == (1881, 1881)


def test_guard_a_gapped_figure_in_another_unit_is_not_the_rates_change() -> None:
    text = "In 1909 spinners' wages rose by 7 per cent compared with 1905, and output by 9,000 bales."
    assert years(at(text, "9,000")) == (1909, 1909)


def test_guard_a_joined_share_with_a_verb_of_its_own_keeps_its_year() -> None:
    text = "In 1909 wages rose by 7 per cent compared with 1905, and 40 per cent of the spinners were women."
    assert years(at(text, "40 per cent")) == (1909, 1909)
