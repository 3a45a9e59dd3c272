"""Rules made from the errors of fig17l's first run on Russian history writing (repressions, the camps,
deportations, a siege): inflected Russian words grouped by their stem and with their English synonyms,
Russian passive verbs before a figure, thousands written with full stops. Sentences written for these
tests."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key, group_figures

# --- counted words in their inflected forms, and their English synonyms ------------------------------------


def test_inflected_forms_of_one_russian_word_have_one_key() -> None:
    assert counted_key("погибших") == counted_key("погибшие") == counted_key("погибло")
    assert counted_key("погибших") == counted_key("deaths")
    assert counted_key("раскулаченных семей") == counted_key("раскулаченные семьи")
    assert counted_key("арестованных") == counted_key("арестовано") == counted_key("arrests")
    assert counted_key("жителей") == counted_key("жители")
    assert counted_key("освобождённых") == counted_key("освобождено")


def test_russian_and_english_names_of_one_thing_have_one_key() -> None:
    assert counted_key("заключённых") == counted_key("заключенные") == counted_key("inmates")
    assert counted_key("умерших заключённых") == counted_key("prisoners died") == counted_key("Gulag deaths")
    assert counted_key("выселенных") == counted_key("спецпереселенцев") == counted_key("deportations")
    assert counted_key("человеческих жизней") == ""


def test_russian_words_of_different_things_keep_different_keys() -> None:
    # guard: a nobleman is no household, the living are not the dead
    assert counted_key("дворян") != counted_key("дворов")
    assert counted_key("жителей") != counted_key("погибших")
    assert counted_key("арестованных") != counted_key("расстрелянных")


def _figure(counted: str, start: int, value: float) -> Figure:
    return Figure(start=0, end=1, value=value, low=None, high=None, approx="", unit="people", counted=counted,
                  period="", period_start=start, period_end=start)


def test_russian_and_english_figures_of_the_same_deaths_group_together() -> None:
    figs = [_figure("погибших", 1942, 350_000), _figure("deaths", 1942, 352_560),
            _figure("умерших заключённых", 1943, 267_000), _figure("Gulag deaths", 1943, 267_826)]
    groups = group_figures(figs, smallest=2)
    assert sorted(g.members for g in groups) == [[0, 1], [2, 3]]
