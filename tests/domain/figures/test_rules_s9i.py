"""Rules of session 9 (helper fig17i) for issue 17: counts in brackets after the names of a list of places
("St Mary Woolnoth (2), St Botolph Aldgate (4)"), and the figures of a quotation set off as a block. The
sentences are written for this test; each failed before its rule unless marked as a guard."""

from __future__ import annotations

from tests.domain.figures.helpers import at, figures, years


# A list of names, each with a count in brackets, after a sentence that says what is counted: each bracket
# is a figure of that thing.
def test_bracketed_counts_after_names_in_a_list() -> None:
    text = ("During the plague of 1603 the clerks noted that these seven frightened deaths fell in the "
            "parishes of St Mary Woolnoth (2), St Botolph Aldgate (4); and St Giles Cripplegate (1).")
    for snippet, value in (("Woolnoth (2)", 2), ("Aldgate (4)", 4), ("Cripplegate (1)", 1)):
        f = at(text, snippet)
        assert f.value == value
        assert "deaths" in f.counted
        assert years(f) == (1603, 1603)


# Guards: a note call "(3)" after a word in a legal text, list numbers opening an item, and a year in
# brackets after a name are no counts; nor a list of names with brackets where nothing counted is named.
def test_note_call_in_a_legal_text_guard() -> None:
    text = "The tenant may appeal under the Housing Act (3), as the court held in Smith v Jones (4)."
    assert [f for f in figures(text) if f.value in (3, 4)] == []


def test_list_numbers_opening_items_guard() -> None:
    text = "The order lists the duties:\n(1) Keep the register.\n(2) Report each death.\n(3) Close the gates."
    assert [f for f in figures(text) if f.value in (1, 2, 3)] == []


def test_year_in_brackets_after_a_name_guard() -> None:
    text = "Three plague tracts are known: Dekker (1603), Vincent (1665) and Defoe (1722)."
    assert [f for f in figures(text) if f.value in (1603, 1665, 1722)] == []


# Guard (passes on main too): a block quotation (Markdown ">") keeps its figures, with the time of the line
# that introduces it - the quoted source's figures are figures of the text.
def test_figures_in_a_block_quotation_guard() -> None:
    text = ("The bill for the week of the blast in 1650 reads:\n\n"
            "> Buried 31 more people than the week before, 12 of them drowned in the river.\n\n"
            "The clerk added nothing.")
    f = at(text, "31 more")
    assert f.value == 31
    assert years(f) == (1650, 1650)


# Guard: the count that names what the brackets count must stand in the list's own sentence.
def test_bracketed_counts_need_their_own_sentence_guard() -> None:
    text = ("The bill gave 40 plague deaths. The wardens came from St Mary Woolnoth (2), St Botolph "
            "Aldgate (4) and St Giles Cripplegate (1).")
    assert [f for f in figures(text) if f.value in (1, 2, 4)] == []


# An English year before 1752 was often written old style and new, "1740/1" (the civil year ran from March):
# a span of two such years runs from the first's first year to the second's last.
def test_old_style_span_of_years() -> None:
    text = "A look at the bills from 1740/1-1745/6 shows that 412 aged deaths were recorded."
    assert years(at(text, "412")) == (1740, 1746)


def test_old_style_span_from_and() -> None:
    text = "Between 1740/1 and 1745/6 the bills recorded 9,000 aged deaths."
    assert years(at(text, "9,000")) == (1740, 1746)


# Guard (as on main): one old-style year alone is its two civil years, "1665/6" is 1665-1666.
def test_old_style_single_year_guard() -> None:
    text = "In 1665/6 the parish buried 380 people."
    assert years(at(text, "380")) == (1665, 1666)


# A bill's entry opens on its fate and the number ("Kild 28."), and the numbers after it in the entry that
# name nothing of their own are parts of it ("27 by the fall of the wall, whereof 9 found at ..., and 11 more
# within ..."): all count the fate; the quoted bill takes the time of the line that introduces it.
def test_bill_entry_opening_on_its_fate() -> None:
    text = ("The week after the storm of 1703 the clerk wrote:\n\n"
            "> Kild 30. two by a falling chimney in Fleet-street, and 28 by the fall of the wall, whereof 9 "
            "found at St Dunstans, and 11 more lodging within the court.\n\n"
            "Nothing else is known.")
    for snippet, value in (("Kild 30", 30), ("28 by the fall", 28), ("9 found", 9), ("11 more", 11)):
        f = at(text, snippet)
        assert f.value == value
        assert f.counted == "killed"
        assert years(f) == (1703, 1703)


def test_bill_entry_drowned_on_its_own_line() -> None:
    text = "Entries of the bill for 1712:\n\nDrowned 4\nFound dead in the street 2\n"
    f = at(text, "Drowned 4")
    assert f.value == 4 and f.counted == "drowned"


# Guards: a line of prose whose numbers name nothing keeps them out; a fate line whose figure names what it
# counts keeps that; a fate word inside the sentence is not a bill's opening.
def test_prose_line_without_a_fate_opening_guard() -> None:
    text = "The wall fell in 1703, and the clerk listed 28 by the river and 9 at the gate."
    assert [f for f in figures(text) if f.value in (28, 9)] == []


def test_fate_line_with_its_own_noun_guard() -> None:
    text = "Killed 28 soldiers of the guard, and 9 horses.\n"
    assert at(text, "28 soldiers").counted != "killed"


# "N more" after a figure of the same sentence counts what that figure counts: "the next bill lists 4 more".
def test_n_more_after_a_figure_in_the_sentence() -> None:
    text = "In 1665 the first bill lists 7 drowned persons, and the next bill lists 4 more."
    f = at(text, "4 more")
    assert f.value == 4 and "drowned" in f.counted


# Guard: "N more" with no figure before it in the sentence stays out.
def test_n_more_alone_guard() -> None:
    text = "In 1665 the clerk wrote little. The next bill lists 4 more."
    assert [f for f in figures(text) if f.value == 4] == []
