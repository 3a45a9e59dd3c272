"""What is counted (fig17p): the first of a bare pair takes the second's act ("… and 700 more in addition to
4,100 and 2,900 wounded, respectively"); "prisoners of war" after "the number of" is one noun; money "in war
indemnities", "in materials", "in supplies"; a money verb further back with a phrase of time or of whom
between ("received during the twelve years 1871 to 1882 inclusive, $93,400"). Sentences written for these
tests."""

from __future__ import annotations

from annotator.domain.figures.grouping import counted_key
from tests.domain.figures.helpers import at


def _key(text: str, snippet: str) -> set[str]:
    return set(counted_key(at(text, snippet).counted).split())


def test_the_first_of_a_bare_pair_takes_the_seconds_act() -> None:
    text = "In the battle 900 Ostrians and 700 Morlanders died, in addition to 4,100 and 2,900 wounded.\n"
    assert _key(text, "4,100") == {"wounded"}


def test_guard_a_figure_with_its_own_noun_before_and_keeps_it() -> None:
    text = "In the battle 900 Ostrians died, and 4,100 horses and 2,900 men were wounded.\n"
    assert _key(text, "4,100") >= {"hors"}  # (counted_key's stem of "horses")


def test_the_number_of_prisoners_of_war_is_one_noun() -> None:
    text = (
        "The number of Ostrian prisoners of war in Morland was estimated by historians to be around 12,000.\n"
    )
    assert _key(text, "12,000") >= {"pow"}


def test_guard_the_number_of_prisoners_in_a_place() -> None:
    text = "The number of prisoners of the fortress was estimated by historians to be around 1,200.\n"
    assert "pow" not in _key(text, "1,200")


def test_money_in_indemnities_and_materials() -> None:
    text = "The demand for $400 million in war indemnities was later halved.\n"
    assert _key(text, "$400 million") >= {"indemnity"}
    text = "Over the winter, almost $2 billion in materials reached the port.\n"
    assert _key(text, "$2 billion") >= {"material"}


def test_a_money_verb_further_back_with_a_phrase_between() -> None:
    text = "The city council granted to nine schools under the bishop's control $48,200.\n"
    assert _key(text, "$48,200") >= {"granted"}
    text = "The guilds received during the twelve years 1871 to 1882 inclusive, $93,400.\n"
    assert _key(text, "$93,400") >= {"received"}


def test_guard_a_money_verb_with_its_own_object_between_is_not_taken() -> None:
    # (a figure in the phrase between: the verb is that figure's, not this sum's)
    text = "The council received 40 petitions from nine schools and spent on repairs $48,200.\n"
    assert "received" not in _key(text, "$48,200")
