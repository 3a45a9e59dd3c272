"""Dated statements: the date or period with the event it dates, as an inclusive ISO range; partial and
approximate dates keep their whole range; years inside citations date nothing."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates


def only(text: str) -> tuple[str, str, str, str]:
    found = find_dates(text)
    assert len(found) == 1, [text[d.start : d.end] for d in found]
    d = found[0]
    return text[d.start : d.end], d.date_start, d.date_end, d.event


@pytest.mark.parametrize(
    ("sentence", "written", "start", "end", "event"),
    [
        (
            "On December 1, 1934, Sergei Kirov was assassinated.",
            "December 1, 1934",
            "1934-12-01",
            "1934-12-01",
            "Sergei Kirov was assassinated",
        ),
        (
            "Kirov was assassinated on 1 December 1934.",
            "1 December 1934",
            "1934-12-01",
            "1934-12-01",
            "Kirov was assassinated",
        ),
        ("Then came the Great Terror of 1937–38.", "1937–38", "1937-01-01", "1938-12-31", "the Great Terror"),
        ("The famine of 1932-1933 was hidden.", "1932-1933", "1932-01-01", "1933-12-31", "The famine"),
        (
            "In the early 1930s collectivisation raged.",
            "the early 1930s",
            "1930-01-01",
            "1933-12-31",
            "collectivisation raged",
        ),
        (
            "Kronstadt rose in the spring of 1921.",
            "the spring of 1921",
            "1921-03-01",
            "1921-05-31",
            "Kronstadt rose",
        ),
        (
            "In August 1936 Zinoviev and Kamenev were tried.",
            "August 1936",
            "1936-08-01",
            "1936-08-31",
            "Zinoviev and Kamenev were tried",
        ),
        (
            "By the end of 1927, Stalin had eliminated the Left Opposition.",
            "the end of 1927",
            "1927-09-01",
            "1927-12-31",
            "Stalin had eliminated the Left Opposition",
        ),
        ("In the 1930s the camps grew.", "the 1930s", "1930-01-01", "1939-12-31", "the camps grew"),
        (
            "By 1926-7 NEP had restored output.",
            "1926-7",
            "1926-01-01",
            "1927-12-31",
            "NEP had restored output",
        ),
        ("1 декабря 1934 г. убит Киров.", "1 декабря 1934 г.", "1934-12-01", "1934-12-01", "убит Киров"),
        (
            "Голод 1932–1933 гг. унёс миллионы жизней.",
            "1932–1933 гг.",
            "1932-01-01",
            "1933-12-31",
            "Голод унёс миллионы жизней",
        ),
    ],
)
def test_dated_statements(sentence: str, written: str, start: str, end: str, event: str) -> None:
    assert only(sentence) == (written, start, end, event)


def test_a_day_without_a_year_takes_the_year_before_it_in_the_paragraph() -> None:
    text = "In August 1936 the Sixteen were tried. On August 24, the death sentences were announced."
    _, second = find_dates(text)
    assert (second.date_start, second.event) == ("1936-08-24", "the death sentences were announced")
    assert find_dates("On August 24, the death sentences were announced.") == []
    text = "Khrushchev spoke in 1956. The speech of February 24-25 was secret."
    _, days = find_dates(text)
    assert (text[days.start : days.end], days.date_start, days.date_end) == (
        "February 24-25",
        "1956-02-24",
        "1956-02-25",
    )


def test_each_clause_keeps_its_own_event() -> None:
    text = "In the early 1930s collectivisation raged; the spring of 1921 saw Kronstadt."
    early, spring = find_dates(text)
    assert early.event == "collectivisation raged"
    assert spring.event == "saw Kronstadt"


def test_years_of_citations_and_quantities_are_not_dates() -> None:
    text = "Small industries fell to 6 percent (Davies 1989, 1029). The plan needed 1500 tonnes of steel."
    assert find_dates(text) == []


def test_a_date_split_across_a_line_break() -> None:
    written, start, end, _ = only("Kirov was killed on December\n1, 1934.")
    assert (written, start, end) == ("December\n1, 1934", "1934-12-01", "1934-12-01")


@pytest.mark.parametrize("text", ["1656 Words7 Pages", "Essay, 1656 words, 7 pages.", "1656 Words\n7 Pages"])
def test_a_count_of_words_glued_to_the_next_number_is_no_year(text: str) -> None:
    """A saved essay page's counter "1656 Words7 Pages" (two counters glued by the copy) put an event in
    1656 on the corpus timeline: a count is not a year, whatever follows the counted word."""
    assert find_dates(text) == []
