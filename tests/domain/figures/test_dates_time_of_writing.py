"""Dated statements told from the time of writing (dates.py ``_Writing``): "last December", "this past
spring", "next year", "yesterday", "on Friday", and a news item's days without a year. The writing date
comes from a heading line or a dateline of the text's opening, else from the source's own date; unknown,
nothing is guessed. Sentences written for these tests; each failed before its rule unless it is a guard."""

from __future__ import annotations

from annotator.domain.figures.dates import find_dates
from annotator.domain.structure.detect import detect


def _dates(text: str, written: tuple[str, str] | None = None) -> dict[str, tuple[str, str, str]]:
    return {
        " ".join(text[d.start : d.end].split()): (d.date_start, d.date_end, d.event)
        for d in find_dates(text, detect(text), written)
    }


DAY = ("2011-03-16", "2011-03-16")  # a Wednesday
MONTH = ("2011-03-01", "2011-03-31")
YEAR = ("2011-01-01", "2011-12-31")


def test_last_and_next_months_from_the_day_of_writing() -> None:
    text = (
        "The mill closed last November and the council reopened the ferry last February. "
        "It sails again next May."
    )
    found = _dates(text, DAY)
    assert found["last November"][:2] == ("2010-11-01", "2010-11-30")
    assert found["last February"][:2] == ("2011-02-01", "2011-02-28")
    assert found["next May"][:2] == ("2011-05-01", "2011-05-31")
    assert "mill closed" in found["last November"][2]


def test_a_month_of_writing_is_enough_for_months_a_year_is_not() -> None:
    text = "The union struck last April over the new rota."
    assert _dates(text, MONTH)["last April"][:2] == ("2010-04-01", "2010-04-30")
    assert "last April" not in _dates(text, YEAR)  # 2010 or 2011: not guessed
    assert "last April" not in _dates(text)  # guard: no writing date, no record


def test_a_year_of_writing_dates_last_december_and_next_year() -> None:
    text = "Prices doubled last December, and the board expects a surplus next year."
    found = _dates(text, YEAR)
    assert found["last December"][:2] == ("2010-12-01", "2010-12-31")
    assert found["next year"][:2] == ("2012-01-01", "2012-12-31")


def test_seasons_and_days_told_from_the_day() -> None:
    text = "The pier was repaired this past summer. The mayor resigned yesterday and the vote is on Friday."
    found = _dates(text, DAY)
    assert found["this past summer"][:2] == ("2010-06-01", "2010-08-31")
    assert found["yesterday"][:2] == ("2011-03-15", "2011-03-15")


def test_weekdays_before_and_after_the_day_of_writing() -> None:
    text = "The strikers marched on Monday. The committee will meet on Friday to decide."
    found = _dates(text, DAY)
    assert found["Monday"][:2] == ("2011-03-14", "2011-03-14")
    assert found["Friday"][:2] == ("2011-03-18", "2011-03-18")
    assert "Monday" not in _dates(text, MONTH)  # guard: a weekday needs the day


def test_a_heading_date_of_the_opening_is_the_day_of_writing() -> None:
    text = (
        "Weekly bulletin\n\nApril 8, 2011 | Page 2\n\n"
        "The dockers voted on April 2 and strike on April 20. Talks failed last March."
    )
    found = _dates(text)
    assert found["April 2"][:2] == ("2011-04-02", "2011-04-02")
    assert found["last March"][:2] == ("2011-03-01", "2011-03-31")


def test_a_dateline_takes_the_source_s_year() -> None:
    text = "LYON, Jan 4 (Wire) - The carmaker said on Monday that it cut 300 jobs on December 29."
    found = _dates(text, YEAR)
    assert found["Monday"][:2] == ("2011-01-03", "2011-01-03")
    assert found["December 29"][:2] == ("2010-12-29", "2010-12-29")  # the nearest to the writing


def test_a_news_day_after_an_older_year_is_the_nearest_to_the_writing() -> None:
    text = "The firm lost a tender in March 2010.\n\nIts shareholders meet on May 14."
    assert _dates(text, DAY)["May 14"][:2] == ("2011-05-14", "2011-05-14")


def test_a_history_s_days_keep_their_story_s_year() -> None:
    # guard: a book written in 2011 about 1917
    text = "In 1917 the capital starved. On October 25 the cruiser fired its blank shot."
    assert _dates(text, DAY)["October 25"][:2] == ("1917-10-25", "1917-10-25")


def test_the_story_s_next_year_and_a_weekday_without_on_are_no_writing_dates() -> None:
    # guards: "the next year" is the story's; "Friday" alone is a name here
    text = "The dam failed in 1889; the next year the valley was rebuilt. Friday Street flooded again."
    found = _dates(text, DAY)
    assert "next year" not in found and "Friday" not in found


def test_a_span_of_years_of_writing_dates_nothing_told_from_it() -> None:
    # guard: a source dated "1929–1930" names no one year
    text = "The plant closed last December and opened again in May."
    assert _dates(text, ("1929-01-01", "1930-12-31")) == {}


# A day or month the clause tells as past, nearest the writing only in the year to come, is of the year before
# (a wire of March 2011 on "the mill reopened in June" means June 2010); one to come, a perfect's
# participle or an infinitive after the past verb keep the nearest year.
def test_a_month_told_in_the_past_tense_is_before_the_writing() -> None:
    text = "The co-operative reported its figures today. Its mill reopened in June after the floods."
    assert _dates(text, MONTH)["June"][:2] == ("2010-06-01", "2010-06-30")
    text = "The strike ended quietly. The union won a new contract on May 3 after a long vote."
    assert _dates(text, DAY)["May 3"][:2] == ("2010-05-03", "2010-05-03")


def test_a_month_to_come_keeps_the_nearest_year() -> None:
    # guards: a future verb, a perfect ("has called for"), an infinitive after the past verb
    text = "The co-operative reported its figures today. Its mill will reopen in June after the repairs."
    assert _dates(text, MONTH)["June"][:2] == ("2011-06-01", "2011-06-30")
    text = "The league has called for a march on June 12 across the county."
    assert _dates(text, MONTH)["June 12"][:2] == ("2011-06-12", "2011-06-12")
    text = "The council voted last night to close the depot by May 30 at the latest."
    assert _dates(text, DAY)["May 30"][:2] == ("2011-05-30", "2011-05-30")


def test_a_past_month_before_the_writing_is_of_the_writing_year() -> None:
    # guard: "in February" told as past in a text of March is already the nearest, this year's
    text = "The co-operative reported its figures today. Its mill reopened in February after the floods."
    assert _dates(text, MONTH)["February"][:2] == ("2011-02-01", "2011-02-28")
