"""An encyclopedia article without a title line opens with its subject and the subject's year ("The
Harbour Strike of 1873 began …", "The 1906 Census of Natal was …"): its later paragraphs that name no time
of their own are of that year, as under a title "Harbour Strike of 1873" (fig17q). Sentences written for
these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

_STRIKE = (
    "The HARBOUR STRIKE OF 1873 began on 3 May 1873 when 1,200 dockers left the quays of Leith.\n\n"
    "Background\n\n"
    "Wages had fallen after the crash of 1866, and the men earned 18 shillings a week.\n\n"
    "Strike\n\n"
    "Within ten days the strike had spread to 14 other ports. Some 4,000 carters joined them.\n"
)


def test_later_paragraphs_take_the_year_of_the_lead_subject() -> None:
    assert years(at(_STRIKE, "14 other")) == (1873, 1873)
    assert years(at(_STRIKE, "4,000")) == (1873, 1873)


def test_a_census_named_with_its_year_first() -> None:
    text = (
        "The 1906 CENSUS OF NATAL was the third count of the colony. It found 1,108,754 people.\n\n"
        "Of the people whose birthplace was stated, 97,109 were born in Europe.\n"
    )
    assert years(at(text, "97,109")) == (1906, 1906)


def test_guard_a_paragraph_with_its_own_year_keeps_it() -> None:
    assert years(at(_STRIKE, "18 shillings")) == (1866, 1866)


def test_guard_an_essay_opening_with_a_time_gives_no_lead_year() -> None:
    text = (
        "In 1873 the harbour was busy and 1,200 dockers worked on the quays.\n\n"
        "Today about 300 people work in the port.\n\n"
        "Many of its 40 warehouses are flats.\n"
    )
    assert years(at(text, "40 warehouses")) is None


def test_guard_a_subject_with_two_years_gives_none() -> None:
    text = (
        "The Harbour Strikes of 1873 and 1889 were the largest on the coast.\n\n"
        "Some 4,000 carters joined the dockers.\n"
    )
    assert years(at(text, "4,000")) is None


def test_a_lead_subject_in_ordinary_title_case() -> None:
    text = (
        "The Harbour Strike of 1873 began in Leith when 1,200 dockers left the quays.\n\n"
        "Aftermath\n\n"
        "Within a month some 300 of them had found work elsewhere.\n"
    )
    assert years(at(text, "300")) == (1873, 1873)


# --- an event of days in one year, dated in its lead (fig17r) -------------------------------------------
# "The SIEGE OF X (…) was a siege … from 3 to 9 March 1871": its tolls that name no time in later paragraphs
# are of that year. Sentences written for these tests.

_ONE_YEAR_LEAD = (
    "The RAID ON HOLMPORT (, the Holmport Affair) was a cavalry raid fought between two rebel columns and "
    "the "
    "garrison of the town. It unfolded in three engagements, from 3 March to 9 March 1871, along the river. "
    "It was the largest raid of that rising.\n\n"
    "{second}\n"
)


def test_a_toll_without_a_time_takes_the_year_its_lead_dates_the_days_in() -> None:
    text = _ONE_YEAR_LEAD.format(second="Two bridges and the mill burned, with a total of 412 casualties.")
    f = at(text, "412")
    assert (f.period_start, f.period_end) == (1871, 1871)


def test_a_lead_with_a_second_year_or_without_days_dates_nothing() -> None:
    # guards: another year in the lead's first sentences ("after the 1869 raid"), or a bare year without a day
    second = "Two bridges and the mill burned, with a total of 412 casualties."
    text = _ONE_YEAR_LEAD.format(second=second).replace("the largest raid", "larger than the 1869 raid and")
    assert at(text, "412").period_start is None
    text = _ONE_YEAR_LEAD.format(second=second).replace("from 3 March to 9 March 1871", "in 1871")
    assert at(text, "412").period_start is None


def test_a_statement_other_than_a_toll_keeps_no_time() -> None:
    # guard: only a toll is of the lead's event; a place's figure is not
    text = _ONE_YEAR_LEAD.format(second="The town lies on a river about 300 metres wide.")
    assert at(text, "300").period_start is None
