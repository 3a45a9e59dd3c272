"""A "|" table copied without its header rule (a text capture): a cell's row label is what it counts, and in
rows that open on their year, the table's caption (numbers/tables.py headless_row_label); a change of money
("a total decrease of £N", "a net rise of £N") counts the change (counted.py _CHANGE_OF_BEFORE). Sentences and
tables written for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key, years

ROWS_BY_YEAR = (
    "RAILWAY RECEIPTS OF THE COMPANY\n"
    "(From the Half-yearly Accounts)\n"
    "| 1881-2 | £4,210,000 | |\n"
    "| 1882-3 | 4,385,000 | |\n"
    "| 1883-4 | 4,502,000 | |\n"
)

ROWS_BY_LABEL = (
    "The charges on the fund in 1884 were these:\n"
    "| (a) | Pensions to retired servants | £31,400 |\n"
    "| (b) | Repairs of stations | 12,750 |\n"
)


def test_a_row_opening_on_its_year_counts_the_caption() -> None:
    f = at(ROWS_BY_YEAR, "4,385,000")
    assert has_key(f, "railway receipts")
    assert years(f) == (1882, 1883)


def test_a_row_label_cell_is_what_is_counted() -> None:
    assert has_key(at(ROWS_BY_LABEL, "12,750"), "repairs of stations")
    assert has_key(at(ROWS_BY_LABEL, "£31,400"), "pensions")


def test_a_total_change_of_money_counts_the_change() -> None:
    text = "In 1887 the wages of miners showed a total decrease of £12,300 a week."
    assert has_key(at(text, "£12,300"), "decrease")


def test_a_rise_of_money_counts_the_rise() -> None:
    text = "The returns of 1889 show an aggregate rise of £45,600 a week over the year before."
    assert has_key(at(text, "£45,600"), "rise")


# --- guards ------------------------------------------------------------------------------------------------

def test_a_caption_that_is_prose_names_nothing() -> None:
    text = (
        "The receipts of the company grew slowly in these years, as the table shows.\n"
        "| 1881-2 | £4,210,000 | |\n"
        "| 1882-3 | 4,385,000 | |\n"
    )
    assert not has_key(at(text, "4,385,000"), "receipts of the company grew")


def test_a_sum_named_after_it_keeps_its_name() -> None:
    text = "In 1890 there was an increase of £3,000 in customs duties."
    assert has_key(at(text, "£3,000"), "customs duties")


# --- a measure named before "of" (counted_cues._NAMED_BEFORE) -----------------------------------------------

def test_a_membership_of_n_counts_the_membership() -> None:
    text = "In 1890 there were 210 lodges in the county, with a membership of 12,400."
    assert has_key(at(text, "12,400"), "membership")


def test_a_circulation_of_n_counts_the_circulation() -> None:
    assert has_key(at("In 1890 the paper had a circulation of 80,000.", "80,000"), "circulation")


def test_a_membership_followed_by_its_noun_keeps_the_noun() -> None:
    text = "In 1890 the union had a membership of 12,400 miners."
    assert has_key(at(text, "12,400"), "miners")
