"""A sum followed by its conversion into another currency in brackets takes the year read after the bracket
(numbers/detector.py _converted_sums). Sentences written for these tests; each rule test failed on main, the
guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

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
