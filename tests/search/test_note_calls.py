"""Words carrying a note call are found, on a real index: the analyzer cuts the call off its word."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.search.analysis import analyze
from annotator.search.index import IndexFolder
from annotator.search.similar import PassageIndex
from tests.helpers.index import hits_of, index_of

TEXT = (
    "Few regimes have let such institutions flourish.54 The commissariat asked for planned quantities”.56\n"
    "Nobody was safe in the whirlwind of terror.110 and nobody knew it. In Germany;117 things went on.\n"
    "The returns for 1930.60 The harvest fell by 1.25 million tons, and Judaism3—though less—suffered.\n"
    "The purges took the army as well¹⁰⁸ and the navy with it.[7] So the debate went on).94 for years.\n"
    "See p.54 of the report; 30,000 men were paid $2.50 a day.\n"
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> IndexFolder:
    return index_of(Path(tmp_path_factory.mktemp("ix")), TEXT)


def spans(folder: IndexFolder, query: str) -> list[str]:
    hits = hits_of(folder, query)
    return sorted(TEXT[a:b] for h in hits for a, b in h.spans)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("flourish", ["flourish"]),
        ('"whirlwind of terror"', ["whirlwind of terror"]),
        ('"terror and nobody"', ["terror.110 and nobody"]),  # a phrase runs on across the call
        ("quantities", ["quantities"]),
        ('"Germany things"', ["Germany;117 things"]),
        ("1930", ["1930"]),
        ("Judaism", ["Judaism"]),
        ('"well and the navy"', ["well¹⁰⁸ and the navy"]),
        ('"went on for years"', ["went on).94 for years"]),
    ],
)
def test_a_word_carrying_a_note_call_is_found(folder: IndexFolder, query: str, found: list[str]) -> None:
    assert spans(folder, query) == found


@pytest.mark.parametrize(
    ("query", "found"),
    [("1.25", ["1.25"]), ("p.54", ["p.54"]), ("2.50", ["2.50"]), ('"1.25 million"', ["1.25 million"])],
)
def test_decimals_money_and_page_references_stay_whole(
    folder: IndexFolder, query: str, found: list[str]
) -> None:
    assert spans(folder, query) == found


def test_calls_and_reference_marks_are_no_numbers_to_search() -> None:
    indexed = {TEXT[s:e] for _, _, s, e in analyze("en", TEXT)}
    for call in ("54", "56", "110", "117", "60", "3", "108", "7", "94"):
        assert call not in indexed, call
    assert {"1930", "1.25", "p.54", "30", "000", "2.50"} <= indexed
    cited = "As Sakwa shows (Sakwa,37) and Service (Service:155–6)."
    assert [cited[s:e] for _, _, s, e in analyze("en", cited)][3:6] == ["Sakwa", "37", "and"]


def test_find_similar_does_not_take_a_reference_mark_for_a_number() -> None:
    # "[7]" and "terror.110" are marks: a passage about seven regions or 110 men shares no number with them.
    index = PassageIndex(
        "Arrests followed in the spring.[7] The terror.110 went on.\nHarvests were poor.\n", "en"
    )
    assert index.rank("Seven regions, 7 altogether, 110 men") == []


def test_a_fraction_keeps_its_superscript_numerator() -> None:
    text = "The loaf cost £ 2:1:6 ⁹⁄₁₃ in the terror¹¹⁰ years."
    assert [text[s:e] for _, _, s, e in analyze("en", text)] == [
        "The", "loaf", "cost", "2", "1", "6", "⁹", "₁₃", "in", "the", "terror", "years"
    ]  # fmt: skip
