"""Rules of fig17m: book-length narrative history told by dates ("On October 29th I went …"), which writes
its year seldom. A day of the month without its year takes the year the narrative wrote last, a few hundred
sentences back if need be; a paragraph without a time of its own goes on in the year of the nearest
paragraph before it that has one. Sentences written for these tests."""

from __future__ import annotations

from annotator.domain.figures.numbers import find_figures
from tests.domain.figures.helpers import at, years

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


def test_a_hyphenated_half_million() -> None:
    text = "In 1921 the union's weekly ran to a half-million copies."
    f = at(text, "half-million")
    assert f.value == 500_000
    assert years(f) == (1921, 1921)


def test_a_figure_in_a_plain_text_books_italics() -> None:
    # Project Gutenberg's plain text marks italics with underscores
    text = "By 1910 the mill's dividends had risen _400 per cent._ while wages stood still."
    assert at(text, "400 per cent").value == 400
    f = at("In 1862 about _3,500 recruits_ were mustered at the camp.", "3,500")
    plain = at("In 1862 about 3,500 recruits were mustered at the camp.", "3,500")
    assert f.counted == plain.counted
    assert "_" not in f.counted


def test_guard_a_number_inside_an_identifier_is_no_figure() -> None:
    assert [f for f in find_figures("The file report_1912_final lists the crew.") if f.value == 1912] == []
    assert find_figures("The variable snake_case_40 holds nothing.") == []


def test_a_names_year_is_not_the_year_a_later_day_takes() -> None:
    text = ("In the spring of 1848 the couriers rode west.\n\n"
            "On April 3d the town held its fair. On April 9th the riders passed.\n\n"
            "The crowd carried the banner of the Charter of 1791 through the square.\n\n"
            "On April 12th about 2,000 weavers marched on the town hall.\n")
    assert years(at(text, "2,000 weavers")) == (1848, 1848)


def test_the_subject_of_a_change_in_price_is_counted_with_its_measure() -> None:
    f = at("In 1871 coal increased in price 240 per cent within the year.", "240 per cent")
    assert f.counted == "coal price"


def test_the_subject_of_gone_up_is_counted() -> None:
    f = at("By 1873 the mill owners' rents had gone up 60 per cent.", "60 per cent")
    assert "rents" in f.counted.split()
    g = at("By 1873 the mill owners' rents had gone up _60 per cent._", "60 per cent")
    assert "rents" in g.counted.split()


def test_slightly_more_than_before_a_change() -> None:
    f = at("In 1906 the dockers' pay increased slightly more than 30 per cent.", "30 per cent")
    assert "pay" in f.counted.split()


def test_guard_a_change_of_a_named_quantity_keeps_its_noun() -> None:
    # the "price of" phrase names what changed already; no measure is added
    f = at("In 1920 the price of salt increased 300 per cent.", "300 per cent")
    assert f.counted == "price of salt"


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


def test_two_numbers_in_words_joined_by_or_are_a_range() -> None:
    f = at("In 1866 two or three hundred settlers left the valley.", "three hundred")
    assert (f.value, f.low, f.high) == (None, 200, 300)
    g = at("By 1870 some four or five thousand miners had come.", "five thousand")
    assert (g.low, g.high) == (4000, 5000)


def test_guard_a_larger_number_before_or_is_no_range() -> None:
    f = at("The hold took nine or three hundred crates in 1880, the clerk wrote.", "three hundred")
    assert f.value == 300
