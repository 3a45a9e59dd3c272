"""A count of people whose own noun says nothing ("people", "persons") takes what befell them from the verb
past an aside or a relative pronoun, and a count of people after a copula is its subject's
(numbers/counted.py _ASIDE_AFTER_PEOPLE, complement.py count_subject). Sentences written for these tests;
each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_the_verb_past_a_dash_aside() -> None:
    text = "In the autumn some 40,000 people—nearly a tenth of the county—died in the outbreak."
    assert has_key(at(text, "40,000"), "deaths"), at(text, "40,000")


def test_the_verb_past_an_apposition_of_who_they_were() -> None:
    text = "In the flood about 3,000 people, men, women and children, lost their lives."
    assert has_key(at(text, "3,000"), "deaths"), at(text, "3,000")


def test_the_verb_of_a_relative_clause() -> None:
    text = "Of the 9,000 people who died in the outbreak, most were children."
    assert has_key(at(text, "9,000"), "deaths"), at(text, "9,000")


def test_people_after_a_copula_count_the_subject() -> None:
    text = "An 1840 estimate of the population of the island was 68,711 people."
    assert has_key(at(text, "68,711"), "population island"), at(text, "68,711")


# --- guards ------------------------------------------------------------------------------------------------

def test_people_who_lived_stay_people() -> None:
    text = "Some 9,000 people, who lived nearby, came to the fair."
    assert not has_key(at(text, "9,000"), "deaths"), at(text, "9,000")


def test_people_with_a_verb_right_after_are_unchanged() -> None:
    text = "Some 40,000 people died in the outbreak."
    assert has_key(at(text, "40,000"), "deaths"), at(text, "40,000")


def test_a_dash_aside_before_a_capital_is_no_aside() -> None:
    text = "About 2,000 people – Germans, Poles and Jews – Lived there, the register says."
    assert not has_key(at(text, "2,000"), "deaths"), at(text, "2,000")
