"""The year a scholar said or wrote something is not the time of the figures said: "X estimated in 1997 that
…", "In 2006, the historian Y wrote that …". The figures take the time of the story instead (here the defining
war's span). A speaker of the time ("In 1944, the minister claimed that …") keeps the year. Sentences written
for these tests (fig17p)."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

_LEAD = (
    "The Marsh War was a conflict fought between Veldland and its northern neighbour from 1911 to 1914.\n\n"
)


def test_estimated_in_a_year_that_is_the_estimates_year() -> None:
    text = _LEAD + (
        "Losses on the northern side were never counted with care. "
        "The demographer Anna Rask estimated in 1989 that about 41,000 soldiers were killed.\n"
    )
    assert years(at(text, "41,000")) == (1911, 1914)


def test_the_scholars_year_is_not_handed_on_to_the_next_sentence() -> None:
    text = _LEAD + (
        "Losses in the Marsh War were never counted with care. "
        "Later writers stated in 2004 that at least 52,000 had died. "
        "The number of prisoners was put at about 9,000.\n"
    )
    assert years(at(text, "52,000")) == (1911, 1914)
    # (the next sentence is not of 2004; the war's name dated its own sentence only, so it has no time here)
    assert years(at(text, "9,000")) != (2004, 2004)


def test_a_year_before_the_writer_and_a_writing_verb() -> None:
    text = _LEAD + (
        "The siege of the port is told in many memoirs. "
        "In 2008, the author Ivo Lindqvist wrote that 6,500 civilians starved in the port.\n"
    )
    assert years(at(text, "6,500")) == (1911, 1914)


def test_guard_a_speaker_of_the_time_keeps_the_year() -> None:
    # (no writing verb and no scholar's noun: the minister spoke in the war, and of his year)
    text = _LEAD + "In 1913, Minister Dahl claimed that 3,000 deserters had been caught.\n"
    assert years(at(text, "3,000")) == (1913, 1913)


def test_guard_a_year_after_estimated_without_that_keeps_the_year() -> None:
    text = _LEAD + "The harvest was estimated in 1912 at 80,000 tonnes.\n"
    assert years(at(text, "80,000")) == (1912, 1912)
