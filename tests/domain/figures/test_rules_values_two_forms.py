"""Two figures that the range reading must not join (fig17q): a count and its share side by side ("a rise of
4,512 or 6.3%": one quantity written two ways), and a part "out of" a large whole ("12,000 out of 85,000
islanders": the whole is a figure of its own). Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_a_count_or_its_share_is_no_range() -> None:
    text = "The count of 1921 showed a rise of 4,512 or 6.3% over the count of 1911.\n"
    assert at(text, "4,512").value == 4_512
    assert at(text, "6.3%").value == 6.3


def test_guard_a_count_or_another_count_is_still_a_range() -> None:
    text = "In 1921 the epidemic killed 4,000 or 5,000 people in the province.\n"
    f = at(text, "4,000")
    assert (f.value, f.low, f.high) == (None, 4_000, 5_000)


def test_guard_a_share_or_another_share_is_still_a_range() -> None:
    text = "In 1921 the tax took 20% or 25% of the harvest.\n"
    f = at(text, "20%")
    assert (f.low, f.high) == (20, 25)


def test_a_part_out_of_a_large_whole_leaves_the_whole_a_figure() -> None:
    text = "In 1853, about 12,000 out of 85,000 islanders died of typhoid.\n"
    assert at(text, "12,000").value == 12_000
    whole = at(text, "85,000")
    assert whole.value == 85_000 and has_key(whole, "islanders")


def test_guard_a_small_part_of_a_small_whole_stays_one_figure() -> None:
    text = "In 1853, 13 out of 15 members of the council voted for the loan.\n"
    f = at(text, "13")
    assert f.value == 13 and f.total == 15


def test_a_change_to_an_approximate_end_is_two_figures() -> None:
    text = "Between 1929 and 1932 unemployment rose from 3 percent to nearly 25 percent of the workers.\n"
    assert at(text, "3 percent").value == 3
    assert at(text, "25 percent").value == 25


def test_guard_a_range_to_an_approximate_end_stays_a_range() -> None:
    text = "Estimates of the dead of the 1921 flood range from 3,000 to nearly 5,000.\n"
    f = at(text, "3,000")
    assert (f.low, f.high) == (3_000, 5_000)
