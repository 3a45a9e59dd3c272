"""Values and the times of figures written in lists and with note calls (fig17p): a range whose first end is
followed by a note call ("from 41,200[12] to 58,000"); figures listed with commas before "and" that share
their verb and its time ("The 120 barges, 3 tugs and 6 ferries … since May 1942"); a number after a slash is
a divisor, not a year ("(/1000)"); in "£12,000 worth in 1871 and £95,000 worth in 1872" each figure has
the year written right after it; a share alone in brackets counts the word before it ("wells (45%)").
Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years


def test_a_range_with_a_note_call_after_its_first_end() -> None:
    text = "Estimates of the civilian deaths in the city range from 41,200[12] to 58,000.[13]\n"
    f = at(text, "41,200")
    assert (f.value, f.low, f.high) == (None, 41_200, 58_000)


def test_guard_a_note_call_then_another_sentence_is_no_range() -> None:
    text = "The garrison numbered 41,200.[12] To the north, 5,000 more were posted.\n"
    assert at(text, "41,200").value == 41_200


def test_figures_listed_before_and_share_the_time_after_them() -> None:
    text = (
        "In 1950, the historian Olaf Berg wrote that the flotilla was poorly led.\n\n"
        "The 120 barges, 3 tugs and 6 ferries of the river flotilla had been moored at the port "
        "since May 1942.\n"
    )
    assert years(at(text, "120 barges")) == (1942, 1942)


def test_guard_a_list_with_a_clause_between_keeps_its_own_reading() -> None:
    # (the year belongs to the second clause's figure, after "and" with a verb of its own)
    text = "The town had 120 barges in 1938, and the port built 40 more in 1942.\n"
    assert years(at(text, "120 barges")) == (1938, 1938)


def test_a_number_after_a_slash_is_no_year() -> None:
    text = (
        "The reparations were fixed on 19 September 1944. "
        "The demand of $600 million (equivalent to ${{#expr:(/1000)}} billion) was later halved.\n"
    )
    assert years(at(text, "$600 million")) == (1944, 1944)


def test_a_figures_own_year_after_it_wins_over_the_year_of_the_figure_before() -> None:
    text = "The quarry yielded £12,000 worth of slate in 1871 and £95,000 worth in 1872.\n"
    assert years(at(text, "£95,000")) == (1872, 1872)
    assert years(at(text, "£12,000")) == (1871, 1871)


def test_guard_a_year_before_the_figure_alone_still_dates_it() -> None:
    text = "In 1871 the quarry yielded £12,000 worth of slate.\n"
    assert years(at(text, "£12,000")) == (1871, 1871)


def test_a_share_in_brackets_counts_the_word_before_the_bracket() -> None:
    from annotator.domain.figures.grouping import counted_key

    text = "The town's water comes from three sources: wells (45%), the river (40%) and rain tanks (15%).\n"
    assert counted_key(at(text, "45%").counted) == counted_key("wells")
    assert counted_key(at(text, "15%").counted) == counted_key("tanks")


def test_guard_a_share_in_brackets_after_a_figure_and_its_unit_is_not_the_units() -> None:
    text = "Of the 900 MW installed, only 600 MW (67%) was working.\n"
    assert at(text, "67%").counted != "MW"
