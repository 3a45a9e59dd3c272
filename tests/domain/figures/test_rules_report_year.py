"""A report's year (fig17x, the carried-year class): a sentence that speaks of "the year" or "last year"
and writes no year is of the one year the report's title line writes. Sentences written for these tests;
the rule tests failed on main, the guards passed there."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

REPORT = """Annual Report of the Sanitary Inspector for Brookfield, 1887.

The number of nuisances abated during the year was 342. This is more than the number last year, which was 290.

Of the houses inspected, 61 houses were found unfit for habitation.
"""


def test_during_the_year_is_the_title_s_year() -> None:
    assert years(at(REPORT, "342")) == (1887, 1887)


def test_last_year_is_the_year_before_the_title_s() -> None:
    assert years(at(REPORT, "290")) == (1886, 1886)


def test_a_sentence_that_does_not_speak_of_the_year_takes_none_from_the_title() -> None:
    assert years(at(REPORT, "61")) is None


def test_a_title_with_two_years_names_no_one_year() -> None:
    text = "Returns of the Parish of Allhallows, 1881 and 1891.\n\nDuring the year 45 paupers were fed.\n"
    assert years(at(text, "45")) is None


def test_a_first_line_that_is_no_title_gives_no_year() -> None:
    text = ("The parish of Allhallows had grown fast since the railway came in 1881, and its vestry met "
            "every month to settle the rates of the poor.\n\nDuring the year 45 paupers were relieved.\n")
    assert years(at(text, "45")) is None


def test_the_year_of_a_named_event_is_not_the_report_s() -> None:
    text = "Report of the Brookfield Dispensary, 1887.\n\nIn the year of the cholera 45 patients were lost.\n"
    assert years(at(text, "45")) is None
