"""The quick path of indexing (plain_terms) gives exactly the analyzer's terms, or leaves the text to it."""

from __future__ import annotations

import pytest

from annotator.search.analysis import LANGUAGES, analyze, plain_terms

PLAIN = (
    "The committee resolved to collectivize every village; the ‘kulaks’ — so the report said — resisted.",
    "Die Häuser der Bauern wurden beschlagnahmt. L'été, les réunions étaient tendues.",
    "Крестьяне не хотели вступать в колхоз, но председатель колхоза настаивал.",
    "U.S.S.R and the five-year plan; 3x more bombers were counted",
    "",
)
NOT_PLAIN = (
    "In 1928, the plan.",  # a word ending in a digit: a note call may be cut off
    "flourish.54 and more",
    "B52 bombers, 3.5 million",
    "terror¹¹⁰ came",
    "Bukharin.[i] said",
    "title\x1eauthor",
    "the kolkhoz③ was",  # a digit that is no decimal digit
)


@pytest.mark.parametrize("text", PLAIN)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_text_has_the_analyzers_terms(text: str, language: str) -> None:
    assert plain_terms(language, text) == [term for term, *_ in analyze(language, text)]


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_other_texts_are_left_to_the_analyzer(text: str) -> None:
    assert plain_terms("en", text) is None
