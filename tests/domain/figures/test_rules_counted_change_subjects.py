"""What a change counts is the subject of its verb, past what stands before it (fig17q): an opening phrase of
cause ("As a result of the tariff, wool imports soared …, from £3 million"), an -ing adjective before the verb
("these rising costs"), and a change that reaches its end without a start ("decreased …, falling to 120
tons"). Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_a_cause_phrase_and_an_ing_adjective_before_the_changing_subject() -> None:
    text = (
        "Because of these rising costs, British wool imports skyrocketed after the war, from £3 million in "
        "1920 to £9 million in 1925.\n"
    )
    assert has_key(at(text, "£3 million"), "wool imports")
    assert has_key(at(text, "£9 million"), "wool imports")


def test_a_change_that_reaches_its_end_without_a_start() -> None:
    text = "The average cargo decreased over the decade, falling slowly to 120.5 tons per barge in 1870.\n"
    assert has_key(at(text, "120.5 tons"), "average cargo")


def test_guard_the_subject_of_a_plain_change_is_kept() -> None:
    text = "Between 1920 and 1925 wool imports rose from £3 million to £9 million.\n"
    assert has_key(at(text, "£3 million"), "wool imports")


def test_guard_people_reached_by_a_change_are_still_people() -> None:
    text = "In 1921 the number of refugees in the camps rose to 40,000.\n"
    assert has_key(at(text, "40,000"), "refugees")


def test_a_deficit_from_close_to_a_sum_and_a_surplus_of_over_one() -> None:
    text = (
        "New taxes turned the yearly deficit from close to £90 million in 1921 to a surplus of over £40 "
        "million in 1925.\n"
    )
    assert has_key(at(text, "£90 million"), "deficit")
    assert has_key(at(text, "£40 million"), "surplus")


def test_a_rate_that_dipped_counts_its_subject() -> None:
    text = "In 1925 inflation dipped to 1.8 percent.\n"
    assert has_key(at(text, "1.8 percent"), "inflation")


def test_a_total_counted_as_counts_its_subject() -> None:
    text = "The census was taken on 4 May 1921. The total population of the colony was counted as 812,300.\n"
    assert has_key(at(text, "812,300"), "population")
