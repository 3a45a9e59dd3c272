"""The pound written "l." after its number, as older British print has it ("2l. 10s.", "5l. 5s. 6d.", "100l.",
"3l. a week", "between 40l. and 50l."): one sum in pounds, as the "£" forms (fig17x's set L read "2l. 10s." as
10s. only). Guards: a line reference ("l. 12", "ll. 3-5") puts "l." before its number, "1l" inside a word or
without its stop is no sum, "Vol. 2l." is OCR for a volume number. Sentences written for these tests; each
rule test failed on main, the guards passed."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import figures


def _sums(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(text[f.start : f.end], f.value, f.low, f.high) for f in figures(text) if f.unit == "pounds"]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The carrier asked 3l. 15s. for bringing the boxes from Bristol.", "3l. 15s.", 3.75),
        ("For the new coat the tailor charged him 4l. 4s. 6d. at Michaelmas.", "4l. 4s. 6d.", 4.225),
        ("The vestry voted 250l. towards the new organ.", "250l.", 250.0),
        ("The curate lived on 60l a year and a house.", "60l", 60.0),
        ("His bill came to 12l, 7s. when all was counted.", "12l, 7s.", 12.35),
        ("The sexton was allowed 2l. a quarter for the clock.", "2l.", 2.0),
        ("A ploughman's cottage let for 1,200l. in the whole parish.", "1,200l.", 1200.0),
    ],
)
def test_a_pound_written_l_makes_one_figure_in_pounds(text: str, written: str, value: float) -> None:
    assert _sums(text) == [(written, value, None, None)]


def test_a_sum_in_l_ending_a_sentence_leaves_the_stop_to_the_sentence() -> None:
    text = "The whole voyage cost him 80l. The return was cheaper."
    assert [s[0] for s in _sums(text)] == ["80l"]


def test_two_sums_in_l_between_which_a_salary_lies_are_one_range() -> None:
    found = _sums("The new master was to have between 70l. and 90l. a year from the trustees.")
    assert found == [("70l. and 90l.", None, 70.0, 90.0)]


def test_a_range_from_one_l_sum_to_another() -> None:
    found = _sums("Good cart-horses fetched from 18l. to 25l. at the spring fair.")
    assert found == [("18l. to 25l.", None, 18.0, 25.0)]


# --- guards -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The quotation is at l. 12 of the second page.",
        "Compare ll. 3-5 with the reading of the older copy.",
        "See Vol. 2l. for the letters of that winter.",
        "The stamp read A1l.x on the reverse.",
        "He marked the 1l with a pencil cross.",
        "Take 50l of the liquid and stir it.",
    ],
)
def test_guard_no_sum_where_l_is_no_pound(text: str) -> None:
    assert _sums(text) == []


def test_guard_the_pound_sign_forms_are_unchanged() -> None:
    text = "He earned £1 2s. 6d. in the first week and 24s. 6d. in the second."
    assert [(s[0], s[1]) for s in _sums(text)] == [("£1 2s. 6d.", 1.125), ("24s. 6d.", 1.225)]


# --- a bare first end shares the second's unit --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("At the October fair the heifers went from 12 to 15l. a head.", "12 to 15l.", 12.0, 15.0),
        ("A day's hedging brought the men 2 or 3s. in the dry weeks.", "2 or 3s.", 0.1, 0.15),
        ("The old mill was thought worth 400 or 450l. by the agent.", "400 or 450l.", 400.0, 450.0),
    ],
)
def test_a_bare_number_before_a_sum_in_one_unit_is_the_range_s_first_end(
    text: str, written: str, low: float, high: float
) -> None:
    assert _sums(text) == [(written, None, low, high)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The weekly rent of the cottage fell from 30 to 25s. after the war.", "25s."),
        ("The dairyman's wage rose from 30 to 40s. when the common was enclosed.", "40s."),
        ("Between 1830 and 40s. a week was thought a fair wage.", "40s."),
        ("Page 6 and 7s. are the rates the carter charged.", "7s."),
    ],
)
def test_guard_no_shared_unit_for_a_change_a_year_or_a_list(text: str, written: str) -> None:
    assert [s[0] for s in _sums(text)] == [written]
