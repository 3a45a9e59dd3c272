"""Rules of session 9 (helper fig17g) for issue 17: what a memoir of a nineteenth-century war showed (days
written without their year, "the war" of another century, "missing" in a list of losses) and the convention
that what happened to people is what is counted, the people a qualifier. The sentences are written for this
test; each failed before its rule unless marked as a guard."""

from __future__ import annotations

from annotator.domain.figures.grouping import counted_key, group_figures
from tests.domain.figures.helpers import at, figures


# A day without a year ("on the 6th", "the morning of the 7th") is of the last date written in full before
# it, also paragraphs later and past a bare year written between.
def test_bare_day_takes_the_last_full_dates_year() -> None:
    text = ("The column left the river on the 3d of May, 1798, in good order.\n\n"
            "Long afterwards, in 1820, I went back to the valley.\n\n"
            "On the morning of the 5th the column had 12,000 men. Ross brought 3,000 more.")
    f = at(text, "12,000")
    assert (f.period_start, f.period_end) == (1798, 1798)
    g = at(text, "3,000")
    assert (g.period_start, g.period_end) == (1798, 1798)


def test_bare_day_month_first_full_date() -> None:
    text = ("The siege began on March 9, 1847.\n\n"
            "By the 20th of March the garrison had lost 400 men.")
    f = at(text, "400")
    assert (f.period_start, f.period_end) == (1847, 1847)


# Guards: no full date before, no year; an ordinal of a unit is no day.
def test_bare_day_without_full_date_guard() -> None:
    text = "On the morning of the 5th the column had 12,000 men."
    assert at(text, "12,000").period_start is None


def test_unit_ordinal_is_no_day_guard() -> None:
    text = ("The column left on the 3d of May, 1798.\n\n"
            "Later the 4th division counted 6,000 men.")
    assert at(text, "6,000").period_start is None


# "the war" of a text that writes years before 1900 only and names no side of the Second World War is not
# 1941-1945.
def test_the_war_of_another_century() -> None:
    text = ("The rising of 1798 failed.\n\n"
            "Later in the war the farmers put the deserters from the southern army at 20,000.")
    assert at(text, "20,000").period_start is None


def test_the_war_of_a_soviet_text_guard() -> None:
    text = "During the war the Soviet camps held 1.2 million prisoners."
    f = at(text, "1.2 million")
    assert (f.period_start, f.period_end) == (1941, 1945)


# "missing" at the end of a list of losses is what the last figure counts, not the deaths before it.
def test_missing_in_a_list_of_losses() -> None:
    text = "In 1799 the regiment lost 120 killed, 340 wounded and 95 missing."
    assert "missing" in counted_key(at(text, "95").counted)


def test_missing_before_a_noun_guard() -> None:
    text = "In 1799 the delay was blamed on 300 missing carts."
    assert "cart" in counted_key(at(text, "300").counted).split()


# "at the time" is the time the story is at, not a time of its own: the sentence before's year goes on.
def test_at_the_time_carries_the_year() -> None:
    text = ("The fever reached the port in 1721. "
            "It killed around 40% of the population of the town at the time.")
    f = at(text, "40%")
    assert (f.period_start, f.period_end) == (1721, 1721)


def test_at_the_time_of_writing_guard() -> None:
    text = ("The fever reached the port in 1721. "
            "At the time of writing, 300 households had moved away.")
    assert at(text, "300").period_start is None


# The convention: what happened to people is what is counted ("unemployed", "deported", "died"); the people
# noun qualifies it. "unemployed" joins "Americans unemployed" of the same year; two peoples stay apart.
def test_unemployment_is_one_key() -> None:
    assert counted_key("unemployment") == counted_key("the unemployed") == counted_key("jobless")


def test_fate_joins_the_one_qualified_group() -> None:
    text = ("In 1932, 13 million farmhands were unemployed. "
            "In 1932, the unemployed numbered 15 million.")
    figs = figures(text)
    groups = group_figures(figs)
    assert any(len(g.members) == 2 for g in groups)


def test_fate_with_two_peoples_stays_apart_guard() -> None:
    text = ("In 1932, 13 million farmhands were unemployed. In 1932, 2 million miners were unemployed. "
            "In 1932, the unemployed numbered 15 million.")
    groups = group_figures(figures(text))
    assert all(len(g.members) == 1 for g in groups)


# Guard: a key whose extra word is no people ("arrest quotas") is no qualified host of the fate.
def test_fate_does_not_join_a_quota_guard() -> None:
    text = "In 1938 the arrest quotas were 30,000. In 1938 the arrests numbered 52,000."
    groups = group_figures(figures(text))
    assert all(len(g.members) == 1 for g in groups)


# "a total loss of 10,699": the loss is what is counted; losses and casualties are one key, not deaths.
def test_total_loss_of() -> None:
    text = "In 1799 the general reported a total loss of 4,210, of whom 610 were killed."
    assert counted_key(at(text, "4,210").counted) == counted_key("losses")
    assert counted_key("casualties") == counted_key("losses") != counted_key("deaths")


# A narrative told day by day goes on, in the next paragraph, in the year of the day the paragraph before
# ended with.
def test_day_by_day_narrative_next_paragraph() -> None:
    text = ("The column left the river on the 3d of May, 1798.\n\n"
            "On the 5th the column reached the ford. On the 6th Ross came up.\n\n"
            "Our loss in the two days was 410 killed.")
    f = at(text, "410")
    assert (f.period_start, f.period_end) == (1798, 1798)


# Guard: a paragraph after one that ended with a year (not a day) takes no period from it.
def test_paragraph_after_a_year_guard() -> None:
    text = ("The column left the river on the 3d of May, 1798.\n\n"
            "The province was quiet again in 1805.\n\n"
            "Our loss in the two days was 410 killed.")
    assert at(text, "410").period_start is None


# "reported his loss at 1,636", "reported the enemy's strength at 40,955": what is reported at the figure.
def test_reported_at() -> None:
    text = "In 1799 the colonel reported his loss at 1,636, and the enemy's strength at 9,000."
    assert counted_key(at(text, "1,636").counted) == counted_key("losses")


# Guard: "reported 300 killed at the fort" keeps its own words.
def test_reported_count_guard() -> None:
    text = "In 1799 the paper reported 300 killed at the fort."
    assert counted_key(at(text, "300").counted) == counted_key("killed")


# The convention in the detector: "out of work" and "jobless" people are the unemployed, qualified by the
# people.
def test_out_of_work_is_unemployed() -> None:
    text = "In 1931, 4 million miners were out of work and 900,000 people were jobless in the ports."
    assert has_fate(at(text, "4 million").counted, "unemployed")
    assert has_fate(at(text, "900,000").counted, "unemployed")


def has_fate(counted: str, fate: str) -> bool:
    return counted_key(fate) in counted_key(counted).split()
