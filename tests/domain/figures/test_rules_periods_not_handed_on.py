"""What time the next sentences and paragraphs go on in (fig17p). Not handed on: the year of a treaty or a
border a sentence names ("the balance of the 1940 treaty"), a war the sentence speaks of as a thing ("to force
the enemy out of the war"), the year of a part in a relative clause (", 5,000 of whom were taken in 1942"),
two figures' own times set side by side ("had 200 guns in May 1941 and 350 by June 1943"). A toll in a
paragraph told by dates keeps the year of its dates rather than the whole war's span. Sentences written for
these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

_LEAD = (
    "The Fen War was a conflict fought between Ostria and the Morland republic from 1940 to 1945.\n\n"
)
# A story told by dates without their years, as a war's narrative is: its paragraphs without a year go on in
# the year of the last dated paragraph before them
_TOLD_BY_DATES = (
    "In the spring of 1941, Ostria prepared its army for the coming campaign. "
    "On 12 May the general staff met in the capital. On 20 May it chose the river front. "
    "On 2 June the reserves were called up. "
    "Ostria meant to undo the terms of the March 1939 Peace Treaty.\n\n"
)


def test_a_treatys_year_is_not_the_time_the_next_paragraph_goes_on_in() -> None:
    text = _LEAD + _TOLD_BY_DATES + (
        "The Morland leaders wanted only to restore the balance of the 1939 treaty.\n\n"
        "Forces\n\n"
        "The Ostrian army numbered about 240,000 soldiers in 12 divisions.\n"
    )
    assert years(at(text, "240,000")) == (1941, 1941)


def test_guard_a_treatys_own_sentence_keeps_its_year() -> None:
    text = _LEAD + "The 1939 treaty took 12 percent of the land from Morland.\n"
    assert years(at(text, "12 percent")) == (1939, 1939)


def test_a_war_spoken_of_as_a_thing_does_not_reset_the_time() -> None:
    text = _LEAD + (
        "On 3 June 1944, the Morland army opened its summer offensive. "
        "Its aim was to force Ostria out of the war. "
        "The army brought up 2,400 guns for the attack.\n"
    )
    assert years(at(text, "2,400")) == (1944, 1944)


def test_guard_during_the_war_is_still_the_time_handed_on() -> None:
    text = _LEAD + (
        "On 3 June 1944, the Morland army opened its summer offensive. "
        "During the war, the navy lost its best ships. "
        "The navy had 14 cruisers left.\n"
    )
    assert years(at(text, "14 cruisers")) == (1940, 1945)


def test_the_year_of_a_part_in_a_relative_clause_is_not_handed_on() -> None:
    text = _LEAD + (
        "Prisoners of the Fen War were held in camps on both sides. "
        "Morland held about 30,000 Ostrian prisoners, 21,000 of whom were taken in 1941. "
        "About 1,200 of the prisoners were sent home in exchange for 900 Morlanders.\n"
    )
    assert years(at(text, "21,000")) == (1941, 1941)
    assert years(at(text, "1,200")) == (1940, 1945)


def test_two_figures_own_times_side_by_side_are_not_the_next_paragraphs_time() -> None:
    text = _LEAD + _TOLD_BY_DATES + (
        "The air arm had 200 aircraft in May 1941 and 350 by June 1943, despite its losses.\n\n"
        "The northern army group comprised 5 divisions totalling 60,000 soldiers.\n"
    )
    assert years(at(text, "60,000")) == (1941, 1941)


def test_guard_a_change_from_one_year_to_another_still_carries_within_its_paragraph() -> None:
    text = (
        "The output of the mills grew from 1.2 million tons in 1928 to 3.4 million tons in 1932. "
        "The mills employed 90,000 workers.\n"
    )
    assert years(at(text, "90,000")) == (1932, 1932)


def test_a_toll_after_a_sentence_with_a_date_keeps_the_campaigns_year() -> None:
    text = _LEAD + (
        "The autumn campaign of 1942 began on 4 September. "
        "The Ostrians took the river crossings in October. "
        "Their advance stopped on 30 November. "
        "During the campaign, the Ostrians suffered 18,000 casualties, of whom 4,100 were killed.\n"
    )
    assert years(at(text, "18,000")) == (1942, 1942)
    assert years(at(text, "4,100")) == (1942, 1942)
