"""Plain-text tables whose header row names the years (numbers/tables.py): each cell takes its column's year
or span, its row's label is what it counts, the caption gives the scale; cells parted by single spaces are
cells, not one number grouped by a space. Sentences and tables written for these tests; each rule test failed
on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, figures, has_key, spans, years

SINGLE_SPACED = (
    "Vaccinations in the County.\n\n"
    "1871. 1881. 1891. 1901.\n"
    "Number of infants vaccinated 3,410 4,022 4,517 5,106\n"
    "Rate in 1,000 births 612 688 702 731\n"
)

WIDE = (
    "Coal shipped from the Tyne (in thousands of tons)\n\n"
    "                    1890      1895      1900\n"
    "Coastwise ........  4,210     4,475     4,902\n"
    "Foreign ..........  5,030     5,610     6,840\n"
)

PIPES = (
    "| Borough | 1881-91 | 1891-1901 |\n"
    "| Increase of houses per cent | 9.4 | 11.2 |\n"
)


def test_each_column_takes_its_header_year() -> None:
    assert years(at(SINGLE_SPACED, "3,410")) == (1871, 1871)
    assert years(at(SINGLE_SPACED, "4,517")) == (1891, 1891)
    assert years(at(SINGLE_SPACED, "5,106")) == (1901, 1901)


def test_the_rows_label_is_what_is_counted() -> None:
    assert has_key(at(SINGLE_SPACED, "4,022"), "infants vaccinated")


def test_cells_parted_by_one_space_are_not_one_number() -> None:
    assert "702" in spans(SINGLE_SPACED) and "731" in spans(SINGLE_SPACED)
    assert years(at(SINGLE_SPACED, "731")) == (1901, 1901)


def test_columns_parted_by_runs_of_spaces_and_the_captions_scale() -> None:
    f = at(WIDE, "4,475")
    assert years(f) == (1895, 1895)
    assert f.value == 4_475_000
    assert years(at(WIDE, "6,840")) == (1900, 1900)
    assert has_key(at(WIDE, "5,610"), "coal shipped Foreign")


def test_the_captions_thousands_is_no_figure() -> None:
    assert "thousands" not in spans(WIDE)


def test_pipe_table_of_spans_gives_each_cell_its_span() -> None:
    f = at(PIPES, "11.2")
    assert years(f) == (1891, 1901)
    assert f.unit == "per cent"
    assert years(at(PIPES, "9.4")) == (1881, 1891)


# --- guards ------------------------------------------------------------------------------------------------

def test_a_line_of_years_over_prose_is_no_table() -> None:
    text = (
        "1848. 1849. 1850.\n"
        "These were the worst years of the parish, when some 2,300 families left for the colonies.\n"
    )
    assert years(at(text, "2,300")) != (1848, 1848)


def test_a_list_of_names_and_years_gives_no_figures() -> None:
    text = "Masters of the school:\nHenry Dodd      1852\nAlfred Pike     1867\nJohn Earle      1879\n"
    assert figures(text) == []


def test_the_years_of_the_header_are_no_figures() -> None:
    assert not any(s.startswith(("1871", "1881")) for s in spans(SINGLE_SPACED))


# --- rows that open on their year, run together into one line (numbers/tables.py _year_rows) --------------

RUN_TOGETHER = (
    "The sums paid out by the society were these.\n"
    "Year. Sick pay. Burials. £ £ 1881 4,120 610 1882 4,380 655 1883 4,905 702 1884 5,230 688\n"
)


def test_run_together_rows_give_each_number_its_rows_year() -> None:
    assert years(at(RUN_TOGETHER, "610")) == (1881, 1881)
    assert years(at(RUN_TOGETHER, "4,905")) == (1883, 1883)
    assert years(at(RUN_TOGETHER, "688")) == (1884, 1884)


def test_run_together_rows_count_their_columns_names() -> None:
    assert has_key(at(RUN_TOGETHER, "4,380"), "sick pay")
    assert has_key(at(RUN_TOGETHER, "655"), "burials")


def test_years_out_of_order_are_no_rows() -> None:
    text = "Ships. Crews. 1914 53 400 1912 40 380 1913 12 90\n"
    assert not has_key(at(text, "380"), "crews")
