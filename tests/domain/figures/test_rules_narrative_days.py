"""Rules for a narrative told by dates (numbers/periods.py, "told by dates"): a day or a month without its
year takes the year the narrative wrote last, a paragraph without a time goes on in the narrative's year;
guards where it must not. Sentences written for these tests; each failed before its rule unless it is a
guard."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years


# A day without a year ("on the 6th", "the morning of the 7th") is of the last date written in full before
# it, also paragraphs later and past a bare year written between.
def test_bare_day_takes_the_last_full_dates_year() -> None:
    text = ("The column left the river on the 3d of May, 1798, in good order.\n\n"
            "Long afterwards, in 1820, I went back to the valley.\n\n"
            "On the morning of the 5th the column had 12,000 men. Ross brought 3,000 more.")
    f = at(text, "12,000")
    assert (f.period_start, f.period_end) == (1798, 1798)
    g = at(text, "3,000")
    assert (g.period_start, g.period_end) == (1798, 1798)


def test_bare_day_month_first_full_date() -> None:
    text = ("The siege began on March 9, 1847.\n\n"
            "By the 20th of March the garrison had lost 400 men.")
    f = at(text, "400")
    assert (f.period_start, f.period_end) == (1847, 1847)


# Guards: no full date before, no year; an ordinal of a unit is no day.
def test_bare_day_without_full_date_guard() -> None:
    text = "On the morning of the 5th the column had 12,000 men."
    assert at(text, "12,000").period_start is None


def test_unit_ordinal_is_no_day_guard() -> None:
    text = ("The column left on the 3d of May, 1798.\n\n"
            "Later the 4th division counted 6,000 men.")
    assert at(text, "6,000").period_start is None


# A narrative told day by day goes on, in the next paragraph, in the year of the day the paragraph before
# ended with.
def test_day_by_day_narrative_next_paragraph() -> None:
    text = ("The column left the river on the 3d of May, 1798.\n\n"
            "On the 5th the column reached the ford. On the 6th Ross came up.\n\n"
            "Our loss in the two days was 410 killed.")
    f = at(text, "410")
    assert (f.period_start, f.period_end) == (1798, 1798)


# Guard: a paragraph after one that ended with a year (not a day) takes no period from it.
def test_paragraph_after_a_year_guard() -> None:
    text = ("The column left the river on the 3d of May, 1798.\n\n"
            "The province was quiet again in 1805.\n\n"
            "Our loss in the two days was 410 killed.")
    assert at(text, "410").period_start is None


def test_a_month_opening_a_section_is_of_the_narratives_last_year() -> None:
    text = (
        "By June 1720 the rich had fled the city.\n\nPanic\n\n"
        "In the first week of August, the registers showed 2,150 burials."
    )
    assert years(at(text, "2,150")) == (1720, 1720)
    # guard: a ratio's number is no year
    text = "The ration was 1/1400 of the store.\n\nIn August, the registers showed 2,150 burials."
    assert years(at(text, "2,150")) is None


def test_a_month_takes_the_year_a_month_before_it_was_given() -> None:
    text = (
        "By June 1720 the rich had fled the city.\n\nPanic\n\n"
        "In the first week of August, the registers showed 2,150 burials.\n\nBurial pits\n\n"
        # (more than 4,000 characters without a year between)
        + "The carts went out every night, the bells were silent, the pits at the edge of the town were "
        "filled with lime, and the magistrates met in the open air to hear the reports of the wards. " * 30
        + "\n\nThe weekly burials rose to over 5,000 in September."
    )
    assert years(at(text, "5,000")) == (1720, 1720)


# A memoir of a strike told day by day: one year at the start, then days of the month without it.
_DIARY = (
    "Early in March, 1889, I came to the harbour town to write about the dockers.\n\n"
    "On March 4th the first gangs put down their hooks at the grain wharf.\n\n"
    "The owners sent word that they would hear no committee. Nobody believed them.\n\n"
    "By the evening some six thousand dockers had walked out of the yards.\n\n"
    "On March 6th the churches opened their halls. The bakers sent bread.\n\n"
    "On March 9th about 1,200 carters joined them, and the trams stood still.\n\n"
    "The relief committee fed about 3,000 families a day from its kitchens.\n"
)


def test_a_paragraph_without_a_time_goes_on_in_the_narratives_year() -> None:
    assert years(at(_DIARY, "six thousand")) == (1889, 1889)
    assert years(at(_DIARY, "3,000 families")) == (1889, 1889)


def test_a_day_of_the_month_without_its_year_takes_the_narratives_year() -> None:
    assert years(at(_DIARY, "1,200 carters")) == (1889, 1889)


def test_a_day_far_from_the_narratives_year_still_takes_it() -> None:
    # many sentences between the year and the day: a book writes its year seldom
    text = ("In 1905 I travelled to the mill towns of the north.\n\n"
            + "".join("We walked by the canal and talked of the lockout. It rained.\n\n" for _ in range(75))
            + "On October 12th the mills stood idle. "
            + "On October 14th about 9,000 spinners were locked out.\n\n"
            + "On October 20th the owners gave way.\n")
    assert years(at(text, "9,000 spinners")) == (1905, 1905)


def test_guard_an_essay_without_days_of_the_month_stays_without_a_time() -> None:
    # an essay that dates a paragraph by a year only does not hand it on to the next paragraph
    text = ("The canal was dug in 1802 by the county's labourers.\n\n"
            "Today about 4,000 boats a year pass its locks, most of them for pleasure.\n")
    assert years(at(text, "4,000 boats")) is None


def test_guard_a_span_before_stops_the_narratives_year() -> None:
    text = ("On May 2d the riders left the fort. On May 5th they reached the river. "
            "On May 8th they turned.\n\n"
            "The campaign lasted from 1866 to 1868 in all.\n\n"
            "Some 700 horses were lost along the way.\n")
    assert years(at(text, "700 horses")) is None


def test_guard_a_narrative_with_no_year_at_all_gives_none() -> None:
    text = ("On May 2d the riders left the fort.\n\nOn May 5th they reached the river.\n\n"
            "On May 8th they turned.\n\nSome 700 horses were lost along the way.\n")
    assert years(at(text, "700 horses")) is None


def test_a_names_year_is_not_the_year_a_later_day_takes() -> None:
    text = ("In the spring of 1848 the couriers rode west.\n\n"
            "On April 3d the town held its fair. On April 9th the riders passed.\n\n"
            "The crowd carried the banner of the Charter of 1791 through the square.\n\n"
            "On April 12th about 2,000 weavers marched on the town hall.\n")
    assert years(at(text, "2,000 weavers")) == (1848, 1848)


def test_quoted_years_and_named_periods_are_not_the_narratives_year() -> None:
    text = ("On May 2d, 1871, the column left the fort.\n\n"
            "On May 4th the scouts came back. On May 5th they rode on. On May 6th it rained.\n\n"
            "In the mess hung two prints, “The Charge of 16 June 1815” and “Lake Erie, 1813”.\n\n"
            "The sergeant said: “We lost more men in the war than we ever buried.”\n\n"
            "About 300 horses were watered at the ford that evening.\n")
    assert years(at(text, "300 horses")) == (1871, 1871)


def test_a_chapter_long_stretch_without_years_keeps_the_narratives_year() -> None:
    talk = "".join(f"“Where is the {w}?” he asked.\n\n“Gone,” said the guard.\n\n"
                   for w in ["bread", "coal", "oil", "salt", "tea"] * 20)
    text = ("On March 3d, 1905, the strike began at the shipyards.\n\n"
            "On March 5th the tramways stopped. On March 6th the gas went out. "
            "On March 7th the bakers joined.\n\n"
            + talk + "Some 8,000 riveters marched to the square.\n")
    assert years(at(text, "8,000 riveters")) == (1905, 1905)


def test_guard_a_narrative_more_than_a_chapter_away_from_its_year() -> None:
    filler = "The rain fell on the roofs of the quarter all night long, and nobody spoke of it.\n\n" * 900
    days = "".join(f"On March {d}th the pickets stood at the gates.\n\n" for d in range(4, 14))
    text = ("On March 3d, 1905, the strike began.\n\n" + days + filler
            + "Some 8,000 riveters marched to the square.\n")
    assert years(at(text, "8,000 riveters")) is None
