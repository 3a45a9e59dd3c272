"""Rules of session 9 (helper fig17h) for issue 17: what a historian's article on a city fire showed (a
fire dated once and named again later, paragraphs that speak of that event without writing its year, lists
of bill entries "Label - N"). The sentences are written for this test; each failed before its rule unless
marked as a guard."""

from __future__ import annotations

from tests.domain.figures.helpers import at


# A fire is an event the text dates by its head noun, like a famine: "the blaze of 1790 … the fire".
def test_fire_is_an_event_head() -> None:
    text = ("Small blazes were common. Nothing matched the fire of 1790.\n\n"
            "Clerks said that 12 people had burned in the fire.")
    f = at(text, "12 people")
    assert (f.period_start, f.period_end) == (1790, 1790)


# "the Great Fire" (the head written capitalised, as a name) is a later mention of the dated fire.
def test_capitalised_event_head_is_an_alias() -> None:
    text = ("The worst was the fire of 1790, which burned for a week.\n\n"
            "After the Great Fire the wardens counted 450 houses lost.")
    f = at(text, "450 houses")
    assert (f.period_start, f.period_end) == (1790, 1790)


# A paragraph with no time of its own that names the dated event speaks of it: its figures without a year
# take the event's years, also in sentences that do not name it.
def test_paragraph_naming_the_event_takes_its_years() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "Before the Fire the registers were kept weekly. In the next week 9 more people were listed.")
    f = at(text, "9 more")
    assert (f.period_start, f.period_end) == (1790, 1790)


# Guards: a paragraph that names no event stays without a time; a paragraph with its own year keeps it; a
# fire named with two different years is no alias.
def test_paragraph_without_the_event_guard() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "Registers were kept weekly. In the next week 9 more people were listed.")
    assert at(text, "9 more").period_start is None


def test_paragraph_with_its_own_year_guard() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "In 1802 the Fire was remembered, and 40 houses were rebuilt.")
    f = at(text, "40 houses")
    assert (f.period_start, f.period_end) == (1802, 1802)


def test_two_fires_are_no_alias_guard() -> None:
    text = ("The fire of 1790 burned the docks and the fire of 1811 the market.\n\n"
            "After the Fire 450 houses were lost.")
    assert at(text, "450 houses").period_start is None
