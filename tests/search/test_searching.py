"""Queries on a real index, without a project: exact spans, phrases across line breaks and hyphens."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.search.documents import metadata_key
from annotator.search.index import IndexFolder
from tests.helpers.index import hits_of, index_of

TEXT = (
    "The First Five-Year Plan was announced in 1928.\n"
    "\n"
    "Officials praised the five  year\tplan; the ‘kulaks’ — so the reports said — resisted.\n"
    "\n"
    "Committees were told to hurry, for the Five-Year\n"
    "Plan demanded grain that did not exist, and the five\n"
    "\n"
    "year plan after a blank line is not one phrase. 𝔖ome 𠜎 characters: five-year plans.\n"
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> IndexFolder:
    return index_of(Path(tmp_path_factory.mktemp("ix")), TEXT)


def matches(folder: IndexFolder, query: str) -> dict[int, list[str]]:
    """Paragraph number -> the matched text of each span."""
    hits = hits_of(folder, query)
    return {h.paragraph or 0: [TEXT[a:b] for a, b in h.spans] for h in hits}


def test_a_phrase_matches_across_hyphens_whitespace_and_a_line_break(folder: IndexFolder) -> None:
    assert matches(folder, '"five year plan"') == {
        1: ["Five-Year Plan"],
        2: ["five  year\tplan"],
        3: ["Five-Year\nPlan"],  # starts in paragraph 3, ends in 4: reported once, by paragraph 3
        5: ["five-year plans"],
    }


def test_a_hyphenated_word_is_the_same_phrase(folder: IndexFolder) -> None:
    assert matches(folder, "Five-Year Plan") == matches(folder, '"five year" plan')
    assert set(matches(folder, "Five-Year")) == {1, 2, 3, 5}


def test_a_phrase_does_not_cross_a_blank_line(folder: IndexFolder) -> None:
    # "and the five" ends paragraph 4, "year plan" begins paragraph 5 after a blank line: no match there.
    assert matches(folder, '"the five year"') == {2: ["the five  year"], 3: ["the Five-Year"]}


def test_words_next_to_curly_quotes_dashes_and_non_bmp_characters(folder: IndexFolder) -> None:
    assert matches(folder, "kulak") == {2: ["kulaks"]}
    assert matches(folder, '"reports said resisted"') == {2: ["reports said — resisted"]}
    assert matches(folder, "characters") == {5: ["characters"]}
    assert matches(folder, "some") == {5: ["𝔖ome"]}
    assert matches(folder, "𠜎") == {5: ["𠜎"]}


def test_every_occurrence_in_a_paragraph_is_a_match(folder: IndexFolder) -> None:
    assert matches(folder, "plan")[4] == ["Plan"]
    assert matches(folder, "plan")[5] == ["plan", "plans"]
    assert matches(folder, "the")[2] == ["the", "the", "the"]


def test_wildcards_and_fuzzy_terms_report_what_they_matched(folder: IndexFolder) -> None:
    assert matches(folder, "announ*") == {1: ["announced"]}
    assert matches(folder, "kulakz~") == {2: ["kulaks"]}
    assert matches(folder, "gr?in") == {4: ["grain"]}


def test_boolean_queries_report_only_the_words_that_select(folder: IndexFolder) -> None:
    assert matches(folder, "kulaks OR grain") == {2: ["kulaks"], 4: ["grain"]}
    assert matches(folder, "plan NOT kulaks").keys() == {1, 4, 5}
    assert matches(folder, "plan AND officials") == {2: ["Officials", "plan"]}


def test_the_metadata_key_is_not_a_paragraph(folder: IndexFolder) -> None:
    ix, _ = folder.open()
    with ix.searcher() as searcher:
        assert searcher.document(key=metadata_key(1)) is None


def test_a_wildcard_that_stands_for_too_many_words_is_refused(
    folder: IndexFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.search.compile.MAX_EXPANSION", 3)
    assert matches(folder, "c*")  # committees, characters
    with pytest.raises(InvalidInput, match="stands for over 3 different words"):
        matches(folder, "*e*")
