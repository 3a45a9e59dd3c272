"""Rules for dated statements (figures/dates.py, `find_dates`): a date's event is its own clause, a winter
across two years, bibliographies and word counts that date nothing. Sentences written for these tests; each
failed before its rule unless it is a guard."""

from __future__ import annotations

from annotator.domain.figures.dates import find_dates
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import figures


def test_a_dates_event_is_its_own_clause() -> None:
    text = ("Between 1937 and 1938 some 700,000 prisoners arrived, and on 1 January 1939 the camps held 1.6 "
            "million.")
    dated = next(d for d in find_dates(text) if d.date_start == "1939-01-01")
    assert dated.event == "the camps held 1.6 million"


def test_a_winter_across_two_years_is_one() -> None:
    text = "Collectivization began in earnest in the winter of 1929–30."
    (dated,) = find_dates(text)
    assert (dated.date_start, dated.date_end) == ("1929-12-01", "1930-02-28")
    assert "30" not in dated.event


def test_a_bibliography_run_into_a_paragraph_dates_nothing() -> None:
    text = (
        "In 1937 the share of small industry had fallen to 6 percent.\n\nConquest, Robert. 1990. The Great "
        "Terror: A Reassessment. Oxford: Oxford University Press. Getty, J. Arch, and Gabor T. Rittersporn. "
        "1993. \"Victims of the Soviet Penal System.\" American Historical Review 1017-1049. Khrushchev, "
        "Nikita. 1956. \"On the Cult of Personality.\" February 24-25. Accessed May 07, 2014.\n"
    )
    assert [text[d.start : d.end] for d in find_dates(text, detect(text))] == ["1937"]
    assert [text[f.start : f.end] for f in figures(text)] == ["6 percent"]


def test_a_word_count_is_no_year() -> None:
    text = "Stalinism essay\n1656 Words 7 Pages\nStalin's rule lasted from the 1920s to 1953."
    assert [text[d.start : d.end] for d in find_dates(text)] == ["the 1920s", "1953"]
