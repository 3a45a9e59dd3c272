"""``speaker:`` in the query language: parsed like the other filters, named in the messages."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InvalidInput
from annotator.search.query import And, Filter, Not, Word, parse


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("speaker:Khrushchev", Filter("speaker", "Khrushchev")),
        ('speaker:"Nikita Khrushchev"', Filter("speaker", "Nikita Khrushchev", quoted=True)),
        ("SPEAKER:khrush", Filter("speaker", "khrush")),
        ("camps speaker:Khrushchev", And((Word("camps"), Filter("speaker", "Khrushchev")))),
        ("camps NOT speaker:Stalin", And((Word("camps"), Not(Filter("speaker", "Stalin"))))),
    ],
)
def test_speaker_filters_parse(query: str, tree: object) -> None:
    assert parse(query) == tree


def test_the_unknown_filter_message_lists_speaker() -> None:
    with pytest.raises(InvalidInput, match=r"filters are source:, author:, tag:, facet:, speaker:, kind:"):
        parse("spaeker:Khrushchev")


def test_a_speaker_filter_without_a_value_is_explained() -> None:
    with pytest.raises(InvalidInput, match=r"speaker: at character 1 has no value .* speaker:Khrushchev"):
        parse("speaker: Khrushchev")
