"""Rules for "the war" in a text about another war (numbers/events.py ``_war_years``): a text that names a
war of the known-events table and never the Second World War means that war by "the war", even where it
names the Soviet Union; two such wars leave "the war" undated. A text that names the Second World War (or
the Great Patriotic War) keeps the conventions it had. Sentences written for these tests; each failed
before its rule unless it is a guard."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, years


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # the Soviet Union is named, but the text is about the Korean War
        ("The Vietnam War drew arms from the Soviet Union and China. "
         "Over the whole of the war some 4,000 Soviet advisers served in the north.", "4,000", (1955, 1975)),
        ("Moscow sent pilots to the Korean War in secret. By the end of the war 120 Soviet pilots had died.",
         "120", (1953, 1953)),
    ],
)
def test_the_war_of_a_text_about_another_war_is_that_war(
    text: str, snippet: str, period: tuple[int, int]
) -> None:
    assert years(at(text, snippet)) == period


def test_two_other_wars_leave_the_war_undated() -> None:
    text = ("Stalin armed the north in the Korean War and Hanoi in the Vietnam War. "
            "During the war 3,500 Soviet officers were posted abroad.")
    assert years(at(text, "3,500")) is None


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # guards: the Great Patriotic War, or the Second World War named beside another war, keep 1941–1945
        ("The Great Patriotic War cost the Soviet Union dearly. During the war 1,700 towns were razed.",
         "1,700", (1941, 1945)),
        ("Soviet veterans of the Second World War later trained the Korean War's pilots. "
         "During the war 900 Soviet factories moved east.", "900", (1941, 1945)),
    ],
)
def test_a_text_naming_the_second_world_war_keeps_its_war(
    text: str, snippet: str, period: tuple[int, int]
) -> None:
    assert years(at(text, snippet)) == period


def test_an_event_the_sentence_names_wins_over_the_part_of_the_war() -> None:
    # guard (it passed before: "the war" of a First World War text had no years then)
    text = ("Three million men served in the First World War. "
            "In the last months of the war the Spanish flu killed 12,000 people in the city.")
    assert years(at(text, "12,000")) == (1918, 1920)
