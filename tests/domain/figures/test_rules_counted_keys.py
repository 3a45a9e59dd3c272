"""Rules for the grouping keys of what is counted (figures/grouping.py, `counted_key`): words that name one
thing share a key (convictions and sentences, losses and casualties, the unemployed), and things that differ
keep theirs. Sentences written for these tests; each failed before its rule unless it is a guard."""

from __future__ import annotations

from annotator.domain.figures.grouping import counted_key, group_figures
from tests.domain.figures.helpers import at, figures


def test_convictions_and_sentences_are_one_key() -> None:
    assert counted_key("convictions") == counted_key("people sentenced") != ""


# Grouping of the composed phrases: the deaths of prisoners are the Gulag's deaths (the claims table sets
# "67,297 prisoners died" beside "Gulag deaths"); prisoners of war are not the Gulag's prisoners.
def test_prisoner_deaths_share_the_key_of_gulag_deaths_and_prisoners_of_war_their_own() -> None:
    gulag = counted_key("Gulag deaths")
    assert counted_key("prisoner deaths") == gulag == counted_key("Gulag prisoner deaths")
    assert counted_key("prisoner of war deaths") == counted_key("prisoners of war died")
    assert counted_key("prisoner of war deaths") != counted_key("Gulag deaths")
    assert counted_key("prisoners of war") != counted_key("prisoners")


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
