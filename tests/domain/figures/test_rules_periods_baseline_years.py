"""A year named as the baseline a figure is set against is not the figure's time (fig17q): "held output at
1913 levels", "a rise of 4,512 over the 1906 census figure". Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years


def test_a_year_of_levels_is_a_baseline() -> None:
    text = (
        "The war went badly for the kingdom in 1916. To match its enemies, the ministry raised arms spending "
        "to 31% of the budget and held the output of cloth at 1913 levels.\n"
    )
    assert years(at(text, "31%")) == (1916, 1916)


def test_a_census_figure_of_an_earlier_year_is_a_baseline() -> None:
    text = (
        "The census of 1921 was taken on 19 June 1921. It counted a population of 1,212,400, a rise of "
        "4,512 over the 1911 census figure.\n"
    )
    assert years(at(text, "1,212,400")) == (1921, 1921)


def test_guard_the_years_figure_as_a_subject_keeps_its_year() -> None:
    text = "The 1911 figure was 1,207,888 people, counted in April.\n"
    assert years(at(text, "1,207,888")) == (1911, 1911)


def test_guard_at_a_year_alone_keeps_its_year() -> None:
    text = "The town's output stood at 1,200 tons in 1913 and at 900 tons in 1915.\n"
    assert years(at(text, "900 tons")) == (1915, 1915)


def test_a_census_compared_with_is_a_baseline() -> None:
    # (the rate of the rise spans from the baseline census to the count: the lead's ruling of session 13;
    # this test expected the count's year, 1921, before)
    text = (
        "The count was taken on the night of 4 May 1921. The colony's people were counted as 812,300, a "
        "rise of 70,114 people, 9.4% over the 1911 \"Dominion\" Census.\n"
    )
    assert years(at(text, "9.4%")) == (1911, 1921)


def test_guard_a_figure_of_a_census_keeps_its_year() -> None:
    text = "The results of the 1911 census showed 742,186 people in the colony.\n"
    assert years(at(text, "742,186")) == (1911, 1911)
