"""What a sum of money is, read from its clause (numbers/money.py): the subject of a verb of amount whose
complement the sum is, across an aside or a helper verb, and the object a change sets to the sum.
Sentences written for these tests; each rule test failed on main before the rule, the guards passed."""

from __future__ import annotations

from tests.domain.figures.helpers import at, has_key


def test_the_subject_of_was_across_a_dash_aside() -> None:
    text = ("Back then the weekly pay of a mill girl in Lowell--before the strike, at least, and in a good\n"
            "month--was only $2.")
    assert has_key(at(text, "$2"), "weekly pay"), at(text, "$2")


def test_the_subject_of_a_helper_verb_and_reach_across_a_comma_aside() -> None:
    text = "The total bill for the new harbour works, as the engineers admitted, could reach $12 million."
    assert has_key(at(text, "$12 million"), "bill harbour works"), at(text, "$12 million")


def test_steady_at_and_a_time_opening() -> None:
    text = "After the war the yearly value of the wool clip was steady at £2,000,000."
    assert has_key(at(text, "£2,000,000"), "value wool clip"), at(text, "£2,000,000")


def test_the_subject_after_a_relative_clause_and_an_aside_between_commas() -> None:
    text = "The endowment of the abbey which paid no rates, local or national, amounted to $400,000."
    assert has_key(at(text, "$400,000"), "endowment abbey"), at(text, "$400,000")


def test_averaged_names_what_was_averaged() -> None:
    text = "Prices were low, and as rents averaged about 9 shillings a week the lodgers stayed."
    f = at(text, "9 shillings")
    assert has_key(f, "rents") and not has_key(f, "averaged"), f


def test_cost_keeps_cost_and_names_what_cost_it() -> None:
    text = "That winter a sack of coal cost more than 100 roubles."
    assert has_key(at(text, "100 roubles"), "cost sack coal"), at(text, "100 roubles")


def test_the_object_a_change_sets_to_the_sum() -> None:
    text = "The council voted to raise the daily allowance for jurors to $5."
    assert has_key(at(text, "$5"), "allowance jurors"), at(text, "$5")


def test_a_second_clause_after_a_figure_and_and() -> None:
    text = "The fare for adults is now $3.50 per ride and the reduced fare for pensioners is $1.25 per ride."
    f = at(text, "$1.25")
    assert has_key(f, "reduced fare pensioners") and not has_key(f, "adults"), f


def test_the_money_a_participle_names() -> None:
    text = "The money lent by the bank to the railway company, from 1881 to 1885, was $2,450,000."
    assert has_key(at(text, "$2,450,000"), "money lent"), at(text, "$2,450,000")


# --- guards: looks like it, but isn't ---------------------------------------------------------------------

def test_a_pronoun_subject_names_nothing() -> None:
    text = "The debt of the county grew every year. By 1880 it was $1,200,000."
    assert not has_key(at(text, "$1,200,000"), "1880"), at(text, "$1,200,000")
    assert at(text, "$1,200,000").counted in ("", "debt of the county", "debt")


def test_the_total_says_nothing() -> None:
    text = "The total was $5 million."
    assert at(text, "$5 million").counted in ("", "total"), at(text, "$5 million")


def test_a_phrase_after_the_sum_still_wins() -> None:
    text = "Each year the port brought the crown $4 million in customs duties."
    assert has_key(at(text, "$4 million"), "customs duties"), at(text, "$4 million")


def test_a_time_and_a_place_are_no_subject() -> None:
    text = "In the port of Hull, after 1850, dock wages were 4 shillings a day."
    f = at(text, "4 shillings")
    assert has_key(f, "dock wages") and not has_key(f, "hull"), f
