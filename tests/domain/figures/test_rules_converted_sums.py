"""A sum followed by its conversion into another currency in brackets takes the year read after the bracket
(numbers/detector.py _converted_sums). Sentences written for these tests; each rule test failed on main, the
guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key, years

TEXT = ("Exports of tin rose to £42,150 ($205,000) in 1885, against £38,900 ($189,300) in 1884 and "
        "£35,200 ($171,000) in 1883.")


def test_each_sum_takes_the_year_after_its_conversion() -> None:
    assert years(at(TEXT, "£38,900")) == (1884, 1884)
    assert years(at(TEXT, "£35,200")) == (1883, 1883)


def test_the_conversion_keeps_its_own_year() -> None:
    assert years(at(TEXT, "$189,300")) == (1884, 1884)


# --- guards ------------------------------------------------------------------------------------------------

def test_a_bracketed_sum_in_the_same_currency_is_no_conversion() -> None:
    text = "In 1880 the dock cost £90,000 (£12,000 of it for the gates), and in 1890 it was enlarged."
    assert years(at(text, "£90,000")) == (1880, 1880)


def test_sums_without_conversions_keep_their_years() -> None:
    text = "Exports of tin rose to £42,150 in 1885, against £38,900 in 1884."
    assert years(at(text, "£38,900")) == (1884, 1884)


# --- "was equal to" as a verb of amount (complement._AMOUNT_VERB) ------------------------------------------

def test_a_sum_the_subject_was_equal_to_counts_the_subject() -> None:
    text = "The net gain in wages for the year 1888 was equal to £9,400 per week, and the hours fell."
    assert has_key(at(text, "£9,400"), "gain in wages")


def test_a_sum_equal_to_another_thing_is_no_copula() -> None:
    text = "In 1888 the mill paid out £9,400 in wages, a sum equal to the rent of the whole town."
    assert has_key(at(text, "£9,400"), "wages")
