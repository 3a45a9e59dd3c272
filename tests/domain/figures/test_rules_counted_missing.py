"""The missing counted with the dead: "6,300 Ostrians died or went missing", "about 25,000 were killed or
missing in action" count the dead or missing, not the deaths alone. Sentences written for these tests
(fig17p)."""

from __future__ import annotations

from annotator.domain.figures.grouping import counted_key
from tests.domain.figures.helpers import at


def _key(text: str, snippet: str) -> set[str]:
    return set(counted_key(at(text, snippet).counted).split())


def test_people_who_died_or_went_missing() -> None:
    text = "In the two winters, 6,300 Ostrians died or went missing in the marshes.\n"
    assert _key(text, "6,300") >= {"death", "missing", "ostrian"}


def test_killed_or_missing_after_the_figure() -> None:
    text = "In the two winters, about 25,000 were killed or missing in action.\n"
    assert _key(text, "25,000") >= {"death", "missing"}


def test_guard_died_alone_counts_deaths() -> None:
    text = "In the two winters, 6,300 Ostrians died in the marshes.\n"
    assert "missing" not in _key(text, "6,300")


def test_guard_a_second_clause_with_missing_is_not_the_first_figures() -> None:
    text = "In the two winters, 6,300 Ostrians died, and 800 more went missing.\n"
    assert "missing" not in _key(text, "6,300")


def test_the_event_after_a_verb_of_recording_is_counted() -> None:
    # ("were confirmed dead", "were documented to have died": the dead, not the confirming)
    text = "In the two winters, at least 7,400 were confirmed dead in the marshes.\n"
    assert "death" in _key(text, "7,400")
    text = "Of the prisoners, at least 2,150 were documented to have died in the camps.\n"
    assert "death" in _key(text, "2,150")


def test_guard_a_recording_verb_without_an_event_is_no_death() -> None:
    text = "In the two winters, at least 7,400 were recorded in the parish books.\n"
    assert "death" not in _key(text, "7,400")
