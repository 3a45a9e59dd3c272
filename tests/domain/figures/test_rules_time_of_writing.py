"""Rules for the time of writing (numbers/periods.py `_dated`, period_for.py `_writing_year`): "now", the
present and the next decade are of the year a text was written; a reprint's or a publication's date. Sentences
written for these tests; each failed before its rule unless it is a guard."""

from __future__ import annotations

import pytest

from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import at, years

REPORT_NOW = """Report of the trust to the regional Party conference (1935)

In 1933 the mines raised 4.1 million tonnes of coal. The trust now employs 18,000 workers, and its mines
now supply 40 per cent of the region's fuel.
"""


@pytest.mark.parametrize("snippet", ["18,000", "40 per cent"])
def test_now_in_a_dated_report_is_its_heading_s_year(snippet: str) -> None:
    f = at(REPORT_NOW, snippet)
    assert (f.period_start, f.period_end) == (1935, 1935)


def test_a_month_without_a_year_is_of_the_year_of_writing() -> None:
    text = "In July, 4,000 migrants reached the island. Last week, police found 12 bodies."
    assert years(at(text, "4,000", 2014)) == (2014, 2014)
    assert years(at(text, "12 bodies", 2014)) == (2014, 2014)
    assert years(at(text, "4,000")) is None  # guard: no date known, none taken


def test_a_span_ahead_is_not_carried_into_the_present() -> None:
    text = "The plan sets 40 goals for the next ten years. About 9% of the world's people live in slums."
    assert years(at(text, "9%", 2014)) == (2014, 2014)


def test_what_it_costs_now_and_the_next_decade_are_of_the_time_of_writing() -> None:
    text = "In 1990 the fund was small. It costs the city about $400 to house one family for a month."
    f = find_figures(text, detect(text), year=2014)[-1]
    assert years(f) == (2014, 2014), f
    text = "The sector should climb toward a larger share over the next decade, reaching 60%."
    assert years(at(text, "60%", 2014)) == (2014, 2024)


# A reprinted news article: its headline has no full stop, so the layout joins headline, reprint note and
# first sentence into one sentence; the reprint's date is when the article was written, not the figures' time.
_REPRINT = (
    "Over 4,000 dockers were deported from the island, records show\n"
    "Originally published by the Harbour Gazette on March 3, 2021\n"
    "LONDON - Dockers from the island were sent to labour camps between 1940 and 1944.\n"
)


def test_a_reprint_notes_date_is_not_the_headlines_time() -> None:
    assert years(at(_REPRINT, "4,000")) == (1940, 1944)


def test_guard_a_publication_date_stays_the_time_where_the_sentence_has_no_other() -> None:
    text = "The survey, published on May 5, 2019, counted 4,000 families without a home.\n"
    assert years(at(text, "4,000")) == (2019, 2019)
