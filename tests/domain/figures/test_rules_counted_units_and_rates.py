"""A unit or a rate written after a figure is not what it counts (fig17q): "a toll of 25 shillings per week
starting from May" counts the toll, "2250 MW of generating capacity" the capacity, "£2 to £4 a week" and
"$4.10 an hour" the fee or wage named before them. Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_a_sum_in_shillings_with_its_rate_counts_the_fee_before_it() -> None:
    text = "In 1799 the trustees fixed a bridge toll of 25 shillings per week starting from 1 May 1799.\n"
    f = at(text, "25 shillings")
    assert f.value == 25 and has_key(f, "bridge toll")


def test_both_ends_of_a_raised_fee_count_the_fee() -> None:
    # (after "triple", a number word, the fee was read as nothing on main)
    text = (
        "In May the board said it meant to triple the harbour fee from £2 to £6 a month, from 1 June 1911.\n"
    )
    assert has_key(at(text, "£2"), "harbour fee")
    assert has_key(at(text, "£6"), "harbour fee")


def test_a_wage_by_the_hour_counts_the_wage() -> None:
    text = "In 1979 the city set a minimum wage of $4.10 an hour for its cleaners.\n"
    assert has_key(at(text, "$4.10"), "minimum wage")


def test_megawatts_of_a_participle_and_noun_count_the_noun() -> None:
    text = (
        "By 1975 the dam had 2250 MW of generating capacity, and the grid reached 6100 MW of installed "
        "capacity.\n"
    )
    assert has_key(at(text, "6100 MW"), "installed capacity")
    assert at(text, "6100 MW").value == 6100


def test_guard_a_rate_of_people_still_reads_the_people() -> None:
    text = "In 1921 some 2,000 refugees a week crossed the river.\n"
    assert has_key(at(text, "2,000"), "refugees")


def test_guard_a_sum_with_its_thing_after_the_rate_keeps_the_thing() -> None:
    text = "In 1975 the state spent $30 million a year in subsidies for the mines.\n"
    assert has_key(at(text, "$30 million"), "subsidies")


def test_a_sum_put_into_something_counts_what_it_went_into() -> None:
    text = "In 1936 the ministry directed £120,000 into a scheme to build cottage hospitals.\n"
    assert has_key(at(text, "£120,000"), "scheme")


def test_guard_a_sum_put_into_a_place_is_not_the_place() -> None:
    text = "In 1936 the ministry directed £120,000 into Wales.\n"
    assert not has_key(at(text, "£120,000"), "Wales")


def test_a_sum_with_its_rate_counts_the_subject_of_is_past_a_phrase_and_an_adverb() -> None:
    # (fig17r) the wage named as the subject, past "for …" and "currently", not the rate after the sum
    text = "The minimum wage for cleaners on city contracts is currently $10.95 per hour.\n"
    assert has_key(at(text, "$10.95"), "minimum wage")
    text = "The minimum wage is $10.95 per hour and the tipped wage is $7.65 per hour.\n"
    assert has_key(at(text, "$7.65"), "tipped wage")


def test_a_subject_that_is_no_sum_leaves_the_rate() -> None:
    # guard: no money noun is the subject of "is" here: the paid rate stays what is counted
    assert "hour" in at("The contractors paid their cleaners $10.95 per hour.\n", "$10.95").counted
