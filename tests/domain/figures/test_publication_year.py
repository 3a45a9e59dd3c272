"""The source's publication year (issue 17, session 8, round 2): times named by the time of writing ("this
year", "last year", "Seventy years ago", "now") and present-tense statements are dated by it; without it the
detector reads as before. The texts are written for this test."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import years

PARADE = (
    "Seventy years ago, about 40,000 troops marched past the tribune. This year some 12,000 soldiers will "
    "take part, and last year 9,000 did. Two decades ago the parade had only 3,000 men."
)
BUDGET = (
    "In 2011 the ministry planned to lift spending to 4% of output. Most neighbouring states spend less than "
    "2% of output on their armies. Since 1995 the share of pensioners has risen by a third."
)
MEMORIAL = (
    "At least 300 guards were shot there in 1938, according to the museum that currently stands on the site. "
    "The museum now employs 45 people."
)


def at(text: str, snippet: str, year: int | None) -> Figure:
    start = text.index(snippet)
    hits = [f for f in find_figures(text, detect(text), year=year) if f.start <= start < f.end]
    assert hits, snippet
    return hits[0]


def test_times_named_by_the_time_of_writing_take_the_publication_year() -> None:
    assert years(at(PARADE, "40,000", 2015)) == (1945, 1945)
    assert years(at(PARADE, "12,000", 2015)) == (2015, 2015)
    assert years(at(PARADE, "9,000", 2015)) == (2014, 2014)
    assert years(at(PARADE, "3,000", 2015)) == (1995, 1995)


def test_a_month_after_years_ago_is_of_that_year() -> None:
    text = "And so, 70 years ago this November, some 300,000 soldiers were encircled on the Volga."
    assert years(at(text, "300,000", 2012)) == (1942, 1942)


def test_without_a_publication_year_they_have_no_period_as_before() -> None:
    for snippet in ("40,000", "12,000", "9,000", "3,000"):
        assert years(at(PARADE, snippet, None)) is None


def test_a_present_tense_statement_is_of_the_time_of_writing_not_of_the_year_before() -> None:
    assert years(at(BUDGET, "4%", 2015)) == (2011, 2011)
    assert years(at(BUDGET, "2%", 2015)) == (2015, 2015)
    # without a date the time of writing is unknown: no year, rather than the year of the sentence before
    assert years(at(BUDGET, "2%", None)) is None


def test_a_document_that_opens_with_its_date_is_written_then() -> None:
    text = (
        "Report of the district committee, 3 March 1933. The district had 41 collective farms in 1932. "
        "Today 17 farms have no seed grain left."
    )
    assert years(at(text, "17", None)) == (1933, 1933)
    assert years(at(text, "17", 2015)) == (2015, 2015)  # a publication year given is the time of writing


def test_a_count_of_an_events_victims_keeps_the_events_time_whatever_the_tense() -> None:
    text = (
        "The city has opened its files on the deportations of 1944. Archivists have so far found the names "
        "of about 60,000 victims, and the museum has 12 rooms."
    )
    assert years(at(text, "60,000", 2015)) == (1944, 1944)
    assert years(at(text, "60,000", None)) == (1944, 1944)
    assert years(at(text, "12", 2015)) == (2015, 2015)


def test_nouns_that_look_like_verbs_make_no_present_tense() -> None:
    text = "In 1994 the war raged for months. It claimed the lives of roughly 70% of the garrison."
    assert years(at(text, "70%", None)) == (1994, 1994)


def test_since_a_year_runs_to_the_time_of_writing() -> None:
    assert years(at(BUDGET, "a third", 2015)) == (1995, 2015)
    assert years(at(BUDGET, "a third", None)) == (1995, 1995)


def test_the_present_of_another_clause_does_not_date_a_past_figure() -> None:
    assert years(at(MEMORIAL, "300", 2018)) == (1938, 1938)
    assert years(at(MEMORIAL, "45", 2018)) == (2018, 2018)


def test_the_present_of_an_estimate_is_not_the_time_of_what_it_counts() -> None:
    text = "The famine of 1921 struck the Volga. Scholars today estimate that five million died."
    assert years(at(text, "five million", 2015)) == (1921, 1921)


def test_years_before_a_clause_are_no_year_counted_from_the_one_before() -> None:
    text = (
        "The fund was set up in 2008. With reserves of about 6% of output, the state can run a 3% deficit "
        "for less than two years before it has to cut pensions."
    )
    assert years(at(text, "3%", 2015)) == (2015, 2015)  # was 2013: "two years before" the publication year
    later = "In 1930 the plant made 9,000 tractors. Three years later the plant made 40,000 tractors."
    assert years(at(later, "40,000", None)) == (1933, 1933)  # guard


def test_the_next_or_past_years_span_from_or_to_the_time_of_writing() -> None:
    text = (
        "The ministry plans to house 30,000 families over the next five years. In the past ten years, some "
        "12,000 flats were built."
    )
    assert years(at(text, "30,000", 2015)) == (2015, 2020)
    assert years(at(text, "12,000", 2015)) == (2005, 2015)
    assert years(at(text, "30,000", None)) is None  # guard: no date, no span
