"""A count with no noun of its own that stands as the complement of a copula counts its clause's subject
(numbers/complement.py count_subject), and a change's noun right before its size is what the size counts
("an increase of …"). Sentences written for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_the_subject_of_would_be_with_a_hedge() -> None:
    text = "Set against the parish registers, the shortfall in baptisms would most probably be about 3,400."
    assert has_key(at(text, "3,400"), "shortfall baptisms"), at(text, "3,400")


def test_the_antecedent_of_which_was() -> None:
    text = ("The guild, broadly defined, had some 900 masters, which is twice the membership of the weavers' "
            "company, which was about 450 in 1702.")
    assert has_key(at(text, "450"), "membership weavers company"), at(text, "450")


def test_an_estimate_of_a_rate_after_a_participle_aside() -> None:
    text = (
        "An estimate of the infant mortality rate for the parish, following the drainage, is 14%.")
    assert has_key(at(text, "14%"), "infant mortality rate"), at(text, "14%")


def test_an_increase_of_names_the_change_not_the_total() -> None:
    text = "The census of 1871 counted 3,120,000 souls, an overall increase of 214,500 people over 1861."
    assert has_key(at(text, "214,500"), "increase"), at(text, "214,500")


def test_a_deficit_of() -> None:
    text = "Against the expected births the registers show a deficit of some 12,000 in the famine years."
    assert has_key(at(text, "12,000"), "deficit"), at(text, "12,000")


# --- guards ------------------------------------------------------------------------------------------------

def test_the_figure_for_x_is_left_to_its_own_rule() -> None:
    text = "Across the province, the figure for desertions was about 8,000."
    assert has_key(at(text, "8,000"), "desertions"), at(text, "8,000")


def test_a_total_alone_names_nothing() -> None:
    text = "The flood struck the valley towns in spring. The final total was more than 2,300."
    assert at(text, "2,300").counted in ("", "total", "final total"), at(text, "2,300")


def test_a_change_with_its_own_noun_keeps_it() -> None:
    text = "The strike ended with a gain of 4,000 members for the union."
    assert has_key(at(text, "4,000"), "members"), at(text, "4,000")
