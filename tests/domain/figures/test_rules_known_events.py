"""Rules for well-known events named without their years (figures/known_events.py): "veterans of the Korean
War" is of 1950–1953, world knowledge the text assumes. The text's own dates for the event win; names of
several events ("the Civil War", "the Revolution") get nothing; a name used as an attribute ("Vietnam War era
veterans") or in a heading hands on no time. Sentences written for these tests; each failed before its rule
unless it is a guard."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, years


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        ("Some 1.4 million men fought for the republic in the Korean War.", "1.4 million", (1950, 1953)),
        ("During the Crimean War about 18,000 French soldiers died of disease.", "18,000", (1853, 1856)),
        ("The Thirty Years War cost the duchy 40 percent of its people.", "40 percent", (1618, 1648)),
        ("The Napoleonic Wars left 300,000 widows in the kingdom.", "300,000", (1803, 1815)),
        ("In the Spanish flu the town buried 2,300 of its people.", "2,300", (1918, 1920)),
        ("The partition of India uprooted 12 million people.", "12 million", (1947, 1947)),
        ("During the Cultural Revolution 17 million youths were sent to the villages.", "17 million",
         (1966, 1976)),
        # (journalism writes the head noun in lower case)
        ("The Korean war left 2,000 orphans in the port.", "2,000", (1950, 1953)),
        ("Во время Крымской войны погибло 45 тысяч солдат.", "45 тысяч", (1853, 1856)),
    ],
)
def test_a_well_known_event_gives_its_standard_years(
    text: str, snippet: str, period: tuple[int, int]
) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # guards: the text dates the event itself, in brackets, after "of" or before the name
        ("The Korean War (1951–1953) cost 36,000 lives.", "36,000", (1951, 1953)),
        ("The Crimean War of 1854–1856 killed 25,000 Britons.", "25,000", (1854, 1856)),
        # a year of the sentence wins over the event's span
        ("In 1952, during the Korean War, 9,000 prisoners were held.", "9,000", (1952, 1952)),
    ],
)
def test_the_texts_own_dates_win(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # guards: names of several events are not resolved from the table
        ("During the Civil War some 20,000 men deserted.", "20,000"),
        ("After the Revolution the city lost 30 percent of its people.", "30 percent"),
        ("The Great Famine killed 800,000 people.", "800,000"),
        # the name as an attribute of a present-tense noun
        ("Today 6 million Vietnam War era veterans live in the country.", "6 million"),
    ],
)
def test_ambiguous_names_and_attributes_get_no_period(text: str, snippet: str) -> None:
    assert years(at(text, snippet)) is None


def test_an_events_name_dates_its_own_sentence_only() -> None:
    # guard: the next sentence goes on with the story's time, not the war's
    text = "The town was proud of its men in the Crimean War. Its mill employs 900 workers."
    assert years(at(text, "900")) is None
