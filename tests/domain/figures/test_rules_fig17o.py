"""Rules of fig17o: the period of a toll in a text that opens by defining its event. A lead whose subject is
an adjective and an event's head noun ("The Varnish famine was …") under a title set off by a blank line
defines the event; a single year carried from two or more sentences back, inside the event's span, gives way
to the span for a toll; a reference in square brackets dates the publication, not the figure. Sentences
written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

_PURGE = (
    "Orlavian purge\n\n"
    "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956 against "
    "teachers and clergy. In 1953, the council moved the capital to the coast. "
    "Its police emptied the old quarter and sent its people to quarries in the hills. "
    "This left about 30 percent of the clergy dead. "
    "Some 12,000 prisoners were held in the quarry camps.\n"
)


def test_a_title_then_an_adjective_and_head_noun_lead_defines_the_event() -> None:
    text = (
        "Varnish famine\n\n"
        "The Varnish famine was a famine in the river provinces that lasted from 1871 to 1874. "
        "Relief came late.\n\n"
        "Estimates of the deaths range from 40,000 to 60,000.\n"
    )
    f = at(text, "40,000")
    assert years(f) == (1871, 1874)


def test_a_toll_dated_by_a_year_carried_from_far_back_takes_the_events_span() -> None:
    assert years(at(_PURGE, "30 percent")) == (1951, 1956)


def test_guard_a_count_that_is_no_toll_keeps_the_carried_year() -> None:
    # (how many were held is no toll: the rule leaves the carried year alone)
    assert years(at(_PURGE, "12,000")) == (1953, 1953)


def test_guard_a_year_from_the_sentence_right_before_stays() -> None:
    text = (
        "Orlavian purge\n\n"
        "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956. "
        "Its worst months came early in 1953. About 900 teachers were executed that spring.\n"
    )
    assert years(at(text, "900")) == (1953, 1953)


def test_guard_a_carried_year_outside_the_span_stays() -> None:
    text = (
        "Orlavian purge\n\n"
        "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956. "
        "In 1958, the council fell. Its archives were burned by the new government. "
        "About 900 teachers were found to have been executed.\n"
    )
    assert years(at(text, "900")) == (1958, 1958)


def test_a_date_in_a_bracketed_reference_is_not_the_tolls() -> None:
    text = (
        "The Varnish famine of 1871–1874 struck the river provinces. About 50,000 people died, most of them "
        "children.[Ana Perel, [http://example.org/varnish \"Hunger on the river\"], \"Coast Herald\", "
        "May 2, 2004]\n"
    )
    assert years(at(text, "50,000")) == (1871, 1874)


def test_guard_a_bracket_without_a_reference_still_dates_its_sentence() -> None:
    text = "Relief was slow to arrive. About 50,000 people died [most of them in the winter of 1872].\n"
    assert years(at(text, "50,000")) == (1872, 1872)


def test_the_year_of_a_population_a_share_is_of_is_not_the_shares() -> None:
    text = (
        "The Orlavian purge, waged from 1951 to 1956, took the lives of about 90,000 people, "
        "or 6 to 8 percent of the island's 1950 population.\n"
    )
    assert years(at(text, "6 to 8 percent")) == (1951, 1956)


def test_guard_a_population_figure_of_its_year_keeps_it() -> None:
    text = "The island counted 1,200,000 people in its 1950 population census.\n"
    assert years(at(text, "1,200,000")) == (1950, 1950)
