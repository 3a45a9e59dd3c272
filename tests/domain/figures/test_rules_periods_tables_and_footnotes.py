"""Tables and older print (fig17p): a paragraph that ends with a colon, or with the colon and dash of older
print (":—"), introduces the table under it, whose rows go on in its time, whatever heading stands over both;
a line that a footnote's mark breaks off ("… sent a letter*") is no heading whose year the paragraphs under it
take. Money in a table row counts its row; money after a subject set off by commas counts the subject.
Sentences written for these tests."""

from __future__ import annotations

from annotator.domain.figures.grouping import counted_key
from tests.domain.figures.helpers import at, years

_ESSAY = (
    "In 1882 Governor Hale sent a letter*\n\n"
    "*By a correspondent of the Weekly Review.\n\n"
    "to the assembly on the question of the town's debts. He said nothing of the mills.\n\n"
    "The survey of 1880 has put the value of the mills and their land at $6,120,400. "
    "The following table shows these values by county:—\n\n"
    "|  Item | Value  |\n"
    "| --- | --- |\n"
    "|  Ashford | $2,310,000  |\n"
    "|  Brenton | 1,905,200  |\n"
    "|  Corley | 1,905,200  |\n\n"
    "These figures leave out the warehouses.\n"
)


def test_the_rows_of_a_table_introduced_by_colon_and_dash_take_its_time() -> None:
    assert years(at(_ESSAY, "1,905,200")) == (1880, 1880)


def test_money_in_a_table_row_counts_its_row() -> None:
    f = at(_ESSAY, "$2,310,000")
    assert years(f) == (1880, 1880)
    assert counted_key(f.counted) == counted_key("Ashford")


def test_guard_a_paragraph_without_a_colon_does_not_hand_on() -> None:
    text = (
        "The survey of 1880 has put the value of the mills at $6,120,400.\n\n"
        "Other ventures\n\n"
        "The ferry company holds some 40 boats.\n"
    )
    assert years(at(text, "40 boats")) != (1880, 1880)


def test_a_line_broken_by_a_footnote_mark_is_no_heading() -> None:
    text = _ESSAY.replace("These figures leave out the warehouses.\n", "") + (
        "\nThe bishop bought the old mill lands for $90,000.\n"
    )
    assert years(at(text, "$90,000")) != (1882, 1882)


def test_money_after_a_subject_set_off_by_commas() -> None:
    text = "The assessed value of the town's church lands, leaving out the rectories, is $1,240,300.\n"
    # (compared as sets of words: the keys are strings, whose ">=" compared them as words in a dictionary and
    # let "rectories" pass; fig17w)
    found = set(counted_key(at(text, "$1,240,300").counted).split())
    assert found >= set(counted_key("assessed value").split())
