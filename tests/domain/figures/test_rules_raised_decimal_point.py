"""Old British print's raised decimal point, and OCR's apostrophe for it (numbers/values.py british_decimals):
"16·40 per cent", "16'40 per cent" and a row of such numbers are decimals, not two numbers. Sentences written
for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, spans


def test_a_raised_point_is_a_decimal_point() -> None:
    f = at("The death-rate of the town fell to 16·40 per cent. of the former figure.", "16")
    assert f.value == 16.40


def test_an_apostrophe_before_per_cent_is_a_decimal_point() -> None:
    text = "Pauperism rose by 7'25 per cent. between 1861 and 1871."
    f = at(text, "7'25")
    assert f.value == 7.25
    assert f.end - f.start == len("7'25 per cent")


def test_a_row_of_apostrophe_decimals() -> None:
    text = "Yearly rates of increase.\n\n1871-81  1881-91\nTowns    2'31     1'84\n"
    assert at(text, "1'84").value == 1.84


# --- guards ------------------------------------------------------------------------------------------------

def test_a_decade_with_an_apostrophe_is_no_decimal() -> None:
    text = "In the 1860's the mill employed 420 hands."
    assert at(text, "420").value == 420
    assert not any(s.startswith("1860") for s in spans(text))


def test_a_short_year_alone_is_no_decimal() -> None:
    text = "After the strike of '06 only 85 men came back."
    assert at(text, "85").value == 85


def test_a_quoted_number_is_no_decimal() -> None:
    text = "The crier called '12' twice, and 300 people answered."
    assert at(text, "300").value == 300
