"""Numbers that are no figures (the not-figures of numbers/reading.py) and the layout that tells them apart:
clock times, durations, ISO dates, ages, resolution and item numbers, note calls and notes sections,
identifiers, "9/11"; with guards that keep real figures. Sentences written for these tests; each failed before
its rule unless it is a guard."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import at, figures, spans, years


def test_a_year_after_since_before_a_noun_of_people_is_a_year() -> None:
    text = "Since 1992 deaths have exceeded births by 700,000 a year."
    assert [text[f.start : f.end] for f in figures(text)] == ["700,000"]
    assert years(at(text, "700,000")) == (1992, 1992)


BOOK = (
    "The Camps\n\nIn 1930 the camps held 179,000 prisoners, and by 1938 over a million.1 The number of "
    "deaths rose with them, to some 90,000 in 1938.2 The labour colonies held as many again, and the "
    "special settlements held hundreds of thousands more.\n\nNotes\n\n1. Smith, History of the Camps "
    "(London, 1994), pp. 401-415.\n2. Jones, \"Camp Mortality\", Slavic Review 98 (1993): 1017-1049.\n"
)


def test_the_notes_section_has_no_figures_nor_dated_statements() -> None:
    notes = BOOK.index("Notes")
    assert [BOOK[f.start : f.end] for f in figures(BOOK) if f.start > notes] == []
    assert [BOOK[d.start : d.end] for d in find_dates(BOOK, detect(BOOK)) if d.start > notes] == []
    assert [BOOK[f.start : f.end] for f in figures(BOOK)][:2] == ["179,000", "a million"]


def test_a_web_pages_reference_mark_after_the_stop_ends_the_sentence() -> None:
    from annotator.domain.figures.text import layout

    text = "Livestock numbers collapsed.[3] Some 400,000 people fled, around 100,000 of them abroad."
    assert layout(text).sentence(text.index("400,000"))[1] == text.index("Some")


# Class 1: not figures. A clock time ("at 9:45 PM", "16:05 CET") is no count of minutes, and a vague
# magnitude of time ("thousands of years", "hundreds of millions of years") is a duration, like "ten years".
@pytest.mark.parametrize(
    "text",
    [
        "The order reached the front at 9:45 PM, and the guns opened fire at 10:15.",
        "Updated March 3, 2019 16:05 CET",
        "The steppe had been grazed for thousands of years before the collective farms came.",
        "Rocks formed over hundreds of millions of years hold the ore of the Urals.",
    ],
)
def test_clock_times_and_vague_durations_are_no_figures(text: str) -> None:
    assert spans(text) == []


def test_a_vague_magnitude_of_people_is_still_a_figure() -> None:
    text = "Thousands of families left the villages for the building sites."
    assert spans(text) == ["Thousands"]


# Class 18: a resolution's number is no figure; a share's predicate names what it counts ("about
# one-quarter are non-Russian Muslims").
def test_resolution_numbers_are_no_figures() -> None:
    assert spans("The preamble of resolution 242 termed it inadmissible.") == []


def test_an_iso_dates_month_and_day_are_no_figures() -> None:
    # (a guard: the markdown rule above made "06*" of "2026-01-06*" take the next line as its noun)
    assert spans("*Created: 2024-03-09*\n*Revised: 2024-11-21*\n") == []


def test_an_age_range_is_no_figure() -> None:
    text = "The ratio of the old to those of working age (aged 16-59) - now stands at 13%."
    assert spans(text) == ["13%"]


# A bracketed sentence of its own with a count in thousands is no citation.
def test_bracketed_claim_with_a_count_is_a_figure() -> None:
    text = "The toll is disputed.\n(Local sources claim 90,000 perished)[2]\nOther text.\n"
    assert at(text, "90,000").value == 90_000


def test_item_numbers_inside_a_line_are_no_figures() -> None:
    text = "Deaths | Several estimates 1) 16,500 2) 28,200 3) 40,000 |\n"
    assert [f.value for f in find_figures(text, detect(text))] == [16_500, 28_200, 40_000]


# "9/11" is the name of an event, not a share ("post-9/11 wars", "the 9/11 attacks").
def test_nine_eleven_is_no_share() -> None:
    text = "The post-9/11 wars have displaced at least 4 million people since the 9/11 attacks."
    assert [f.value for f in figures(text)] == [4e6]


def test_slash_share_guard() -> None:
    # guard: a slash share before "of" is still a share
    text = "In 1944 between 1/4 and 1/3 of the population died."
    assert at(text, "1/4").low == 0.25


def test_guard_a_number_inside_an_identifier_is_no_figure() -> None:
    assert [f for f in find_figures("The file report_1912_final lists the crew.") if f.value == 1912] == []
    assert find_figures("The variable snake_case_40 holds nothing.") == []


def test_a_five_digit_number_holds_no_year() -> None:
    # A document's number ("Order 14172", "file 19386") is no year with a digit glued to it.
    text = "Decree 14172 of the district council, signed in the spring, sent 300 families to new villages."
    assert [d for d in find_dates(text, []) if "1417" in d.date_start] == []
    assert all(f.period_start != 1417 for f in find_figures(text, []))


@pytest.mark.parametrize(
    "text",
    [
        "In 480 BC the fleet of the league held 370 ships.",
        "By 480 B.C. Xerxes had gathered 370 ships.",
        "The league kept 370 ships from 478 to 431 BC.",
        "Between 218 and 217 BC the garrison lost 370 ships.",
        "The harbour held 370 ships in AD 79.",
        "The harbour held 370 ships c. 2300 BCE.",
    ],
)
def test_a_year_written_with_its_era_is_no_figure(text: str) -> None:
    # a year before the Common Era (or one named with ours) is a year, as "1917" is: never a count
    assert [text[f.start : f.end] for f in figures(text)] == ["370"]


def test_british_columbia_after_a_place_leaves_the_figures_alone() -> None:
    # guard: "BC" after a place name, no number before it, is no era
    text = "Vancouver, BC had 600,000 people and 12 ferries."
    assert [text[f.start : f.end] for f in figures(text)] == ["600,000", "12"]


def test_a_figure_takes_the_year_written_with_its_era_as_its_period() -> None:
    text = "The census of 28 BC counted 4,063,000 citizens."
    assert [text[f.start : f.end] for f in figures(text)] == ["4,063,000"]
    assert years(at(text, "4,063,000")) == (-27, -27)
    text = "Between 218 and 217 BC the city lost 20,000 men; in AD 79 it lost 2,000 more."
    assert years(at(text, "20,000")) == (-217, -216)
    assert years(at(text, "2,000")) == (79, 79)
    text = "In the 5th century BC Athens held perhaps 250,000 people."
    assert years(at(text, "250,000")) == (-499, -400)
