"""Analyzers: stemming per language, accent folding, and exact code-point offsets of every token."""

from __future__ import annotations

import pickle

import pytest

from annotator.search.analysis import (
    FIELD_GAP,
    FIELD_SEPARATOR,
    NEUTRAL,
    analyze,
    analyzer,
    fold,
    language_key,
    pair_analyzer,
    pairs,
    words,
)


def tokens(text: str, language: str) -> list[tuple[str, int, int, int]]:
    return [
        (t.text, t.pos, t.startchar, t.endchar) for t in analyzer(language)(text, positions=True, chars=True)
    ]


def test_english_uses_porter2_not_the_old_porter_stemmer() -> None:
    # The old Porter stemmer makes "running" into "runn", so "run" would miss it.
    assert words("running runs run", "en") == ["run", "run", "run"]
    assert words("collectivize", "en") == words("collectivization", "en") == words("collectivized", "en")


def test_russian_forms_of_one_word_meet() -> None:
    assert words("колхоз колхозы колхозов колхоза Колхозами", "ru") == ["колхоз"] * 5
    assert words("ёлка", "ru") == words("елка", "ru")


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("de", "Häuser", "Haus"),
        ("de", "Straße", "Strasse"),
        ("fr", "réunions", "réunion"),
        ("fr", "réunion", "reunion"),
        ("fr", "collectivisation", "collectivisé"),
        ("en", "résumé", "resume"),
        (NEUTRAL, "Élan", "elan"),
    ],
)
def test_stemming_and_accent_folding(language: str, a: str, b: str) -> None:
    assert words(a, language) == words(b, language)


def test_the_neutral_analyzer_folds_but_does_not_stem() -> None:
    assert words("Running CAFÉ", NEUTRAL) == ["running", "cafe"]


def test_nothing_is_dropped_so_phrases_keep_every_word() -> None:
    assert words("the Five-Year Plan of a man", "en") == ["the", "five", "year", "plan", "of", "a", "man"]


def test_hyphens_apostrophes_dashes_and_line_breaks_only_separate_words() -> None:
    text = "Five-Year\nPlan — Stalin’s ‘kulaks’"
    found = tokens(text, "en")
    assert [t[0] for t in found] == ["five", "year", "plan", "stalin", "s", "kulak"]
    assert [t[1] for t in found] == [0, 1, 2, 3, 4, 5]  # consecutive positions: phrases match across


def test_offsets_are_code_points_into_the_analyzed_string() -> None:
    text = "«Колхоз» — 𝔖ome 𠜎 “quotes” and émigrés\u00a0end"
    for language in ("en", "ru", "de", "fr", NEUTRAL):
        spans = [text[s:e] for _, _, s, e in tokens(text, language)]
        assert spans == ["Колхоз", "𝔖ome", "𠜎", "quotes", "and", "émigrés", "end"]


def test_non_bmp_compatibility_letters_fold_to_plain_letters() -> None:
    assert fold("𝔖ome") == "some"
    assert words("𝔖ome", "en") == words("some", "en")


def test_a_field_separator_opens_a_gap_in_positions() -> None:
    found = tokens(f"Robert Conquest{FIELD_SEPARATOR}Harvest of Sorrow", NEUTRAL)
    assert [t[1] for t in found] == [0, 1, 1 + FIELD_GAP + 1, 1 + FIELD_GAP + 2, 1 + FIELD_GAP + 3]


@pytest.mark.parametrize(
    ("code", "key"),
    [("en", "en"), ("RU", "ru"), ("de-AT", "de"), ("fr", "fr"), ("uk", NEUTRAL), ("", NEUTRAL)],
)
def test_language_key(code: str, key: str) -> None:
    assert language_key(code) == key


def test_analyzers_survive_pickling_as_the_index_schema_does() -> None:
    for language in ("en", "ru", "de", "fr", NEUTRAL):
        again = pickle.loads(pickle.dumps(analyzer(language)))
        assert again == analyzer(language) != pair_analyzer(language)
        assert [t.text for t in again("Колхозы running Häuser")] == words("Колхозы running Häuser", language)


def test_word_pairs_span_both_words_and_skip_field_gaps() -> None:
    text = f"The Five-Year\nPlan{FIELD_SEPARATOR}next field"
    found = [
        (t.text, t.pos, text[t.startchar : t.endchar])
        for t in pair_analyzer("en")(text, positions=True, chars=True)
    ]
    assert found == [
        ("the five", 0, "The Five"),
        ("five year", 1, "Five-Year"),
        ("year plan", 2, "Year\nPlan"),
        ("next field", 4 + FIELD_GAP, "next field"),
    ]
    assert pairs(analyze("en", "one")) == []
