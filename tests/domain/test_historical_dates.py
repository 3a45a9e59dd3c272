"""Dates across the eras (annotator.domain.historical_dates): astronomical ISO years sorted, compared,
placed on an axis and shown as a reader writes them."""

from __future__ import annotations

import pytest

from annotator.domain.historical_dates import (
    axis_label,
    axis_years,
    decimal_year,
    iso,
    overlaps,
    parts,
    same_month,
    shown,
    sort_key,
    year_of,
)


def test_iso_and_parts_round_trip_across_the_era() -> None:
    assert iso(-489, 1, 1) == "-0489-01-01"
    assert iso(0, 12, 31) == "0000-12-31"
    assert iso(14, 8, 19) == "0014-08-19"
    assert parts("-0489-09-30") == (-489, 9, 30)
    assert year_of("-0062-09-23") == -62 and year_of("1917-03-08") == 1917


def test_dates_sort_before_after_and_across_the_era() -> None:
    days = ["1917-03-08", "0014-08-19", "-0489-01-01", "0000-06-01", "-0500-12-31", "-0062-09-23",
            "-0489-12-31"]  # fmt: skip
    expected = ["-0500-12-31", "-0489-01-01", "-0489-12-31", "-0062-09-23", "0000-06-01", "0014-08-19",
                "1917-03-08"]  # fmt: skip
    assert sorted(days, key=sort_key) == expected
    assert sorted(days) != expected  # (as text they do not)


def test_ranges_overlap_across_the_era() -> None:
    century = ("-0499-01-01", "-0400-12-31")  # the 5th century BC
    assert overlaps(*century, "-0489-01-01", "-0489-12-31")  # 490 BC (as text: not)
    assert not overlaps(*century, "-0399-01-01", "-0399-12-31")  # 400 BC
    assert overlaps("-0026-01-01", "0014-12-31", "0009-01-01", "0009-12-31")  # 27 BC – AD 14 holds AD 9
    assert not overlaps("-0026-01-01", "-0026-12-31", "0026-01-01", "0026-12-31")  # 27 BC is not AD 26
    assert same_month("-0489-09-01", "-0489-09-30") and not same_month("-0489-01-01", "-0489-09-30")


def test_a_position_on_a_year_axis() -> None:
    assert decimal_year("-0489-01-01") == -489.0
    assert decimal_year("-0489-12-31", end=True) == -488.0
    assert decimal_year("0000-01-01") == 0.0
    assert 1932.49 < decimal_year("1932-07-01") < 1932.5


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        ("-0489-01-01", "-0489-12-31", "490 BC"),
        ("0000-01-01", "0000-12-31", "1 BC"),
        ("0014-01-01", "0014-12-31", "AD 14"),
        ("-0499-01-01", "-0400-12-31", "5th century BC"),
        ("-0430-01-01", "-0403-12-31", "431–404 BC"),
        ("-0026-01-01", "0014-12-31", "27 BC – AD 14"),
        ("-0489-09-01", "-0489-09-30", "September 490 BC"),
        ("-0062-09-23", "-0062-09-23", "23 September 63 BC"),
        ("1917-03-08", "1917-03-08", "1917-03-08"),
        ("1937-01-01", "1938-12-31", "1937-01-01 – 1938-12-31"),
    ],
)
def test_shown_as_a_reader_writes_it(start: str, end: str, text: str) -> None:
    assert shown(start, end) == text


def test_an_axis_marks_the_round_years_a_reader_counts() -> None:
    assert [axis_label(y) for y in axis_years(-520, 130, 100)] == [
        "500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "AD 100"]  # fmt: skip
    assert [axis_label(y) for y in axis_years(-2.5, 2, 1)] == ["2 BC", "1 BC", "AD 1", "AD 2"]
    assert axis_years(1910, 1935, 5) == [1910, 1915, 1920, 1925, 1930, 1935]


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (1932, None, "1932"),
        (1932, 1933, "1932–1933"),
        (-479, -479, "480 BC"),
        (-263, -240, "264–241 BC"),
        (-26, 14, "27 BC – AD 14"),
        (79, 79, "AD 79"),
        (900, 1100, "AD 900–1100"),
        (0, 0, "1 BC"),
    ],
)
def test_a_span_of_years_is_shown_with_its_era_where_a_reader_needs_it(
    first: int, last: int | None, text: str
) -> None:
    from annotator.domain.historical_dates import years_text

    assert years_text(first, last) == text
