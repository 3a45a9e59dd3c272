import pytest

from annotator.domain.dates import DateRange, parse_date


@pytest.mark.parametrize(
    ("text", "start", "end", "approximate"),
    [
        ("1931", "1931-01-01", "1931-12-31", False),
        ("c. 1931", "1931-01-01", "1931-12-31", True),
        ("circa 1931", "1931-01-01", "1931-12-31", True),
        ("1931?", "1931-01-01", "1931-12-31", True),
        ("1929–1930", "1929-01-01", "1930-12-31", False),
        ("1929-1930", "1929-01-01", "1930-12-31", False),
        ("1929/30", "1929-01-01", "1930-12-31", False),
        ("1932-05", "1932-05-01", "1932-05-31", False),
        ("1932-02-29", "1932-02-29", "1932-02-29", False),
        ("2 May 1931", "1931-05-02", "1931-05-02", False),
        ("May 2, 1931", "1931-05-02", "1931-05-02", False),
        ("May 1931", "1931-05-01", "1931-05-31", False),
        ("Sept. 1939", "1939-09-01", "1939-09-30", False),
        ("spring 1932", "1932-03-01", "1932-05-31", False),
        ("winter 1932", "1932-12-01", "1933-02-28", False),
        ("May–June 1931", "1931-05-01", "1931-06-30", False),
        ("1930s", "1930-01-01", "1939-12-31", False),
        ("19th century", "1800-01-01", "1899-12-31", False),
        ("02.05.1931", "1931-05-02", "1931-05-02", False),
        ("c. 1929 – 1930", "1929-01-01", "1930-12-31", True),
    ],
)
def test_parse_date_ranges(text: str, start: str, end: str, approximate: bool) -> None:
    assert parse_date(text) == DateRange(start, end, approximate)


@pytest.mark.parametrize("text", ["", "   ", "undated", "1931-02-30", "1931-13", "1935–1930", "Smarch 1931"])
def test_unreadable_dates_have_no_range(text: str) -> None:
    assert parse_date(text) is None


def test_range_years() -> None:
    r = parse_date("1929–1934")
    assert r is not None
    assert (r.start_year, r.end_year) == (1929, 1934)
