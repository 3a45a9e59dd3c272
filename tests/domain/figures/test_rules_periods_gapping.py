"""Gapping: a clause joined after a figure that leaves out its verb and repeats the figure's preposition
shares the time that closes it ("rose by about 12 per cent., and in the weaving trade by about 18 per cent. as
between 1904 and 1911"; numbers/period_for.py _gapped_with). Sentences written for these tests; the rule test
failed on main, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

GAPPED = ("In March 1913 the report was laid. The earnings of spinners rose by about 12 per cent., and in "
          "the weaving trade by about 18 per cent. as between 1904 and 1911.")


def test_the_gapped_clauses_time_is_both_figures() -> None:
    assert years(at(GAPPED, "12 per cent")) == (1904, 1911)
    assert years(at(GAPPED, "18 per cent")) == (1904, 1911)


# --- guards ------------------------------------------------------------------------------------------------

def test_a_joined_clause_with_its_own_verb_keeps_its_time() -> None:
    text = ("The earnings of spinners rose by about 12 per cent. in 1908, and in 1911 the weavers gained "
            "18 per cent.")
    assert years(at(text, "12 per cent")) == (1908, 1908)


def test_a_joined_clause_with_another_preposition_is_no_gap() -> None:
    text = ("In 1902 the wages of spinners were 12 per cent. of the total, and in the weaving trade rose by "
            "about 18 per cent. as between 1904 and 1911.")
    assert years(at(text, "12 per cent")) == (1902, 1902)
