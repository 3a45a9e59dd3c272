"""Rules for Russian text (numbers/russian.py and the Russian branches of the others): numbers grouped by
spaces or full stops, decimal commas, numbers in words in their cases, passive verbs before a number, years
and spans, and the grouping keys of inflected words. Sentences written for these tests; each failed before its
rule unless it is a guard."""

from __future__ import annotations

import pytest

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key, group_figures
from tests.domain.figures.helpers import at, figures, has_key


def test_russian_numbers_grouped_by_spaces_and_with_decimal_commas() -> None:
    text = "В 1938 г. было арестовано 638 509 человек. От голода погибло от 3,5 до 5 млн человек."
    assert at(text, "638 509").value == 638_509
    ranged = at(text, "3,5")
    assert (ranged.low, ranged.high) == (3.5e6, 5e6)


@pytest.mark.parametrize(
    ("text", "snippet", "period", "counted"),
    [
        # «в войне», «в годы Великой Отечественной войны» are 1941–1945; «оцениваются в» as "put at"
        ("Потери скота в войне оцениваются в 7 млн голов.", "7 млн", (1941, 1945), "потери скота"),
        ("Людские потери Белоруссии в войне оцениваются в 2,2 млн человек.", "2,2 млн", (1941, 1945),
         "людские потери"),
        ("В годы Великой Отечественной войны погибло 8,7 млн военнослужащих.", "8,7 млн", (1941, 1945), ""),
        # (guard) the Civil War is not the war
        ("В гражданской войне погибло около 2 млн человек.", "2 млн", (1918, 1921), ""),
    ],
)
def test_the_war_in_russian(text: str, snippet: str, period: tuple[int, int], counted: str) -> None:
    f = at(text, snippet)
    assert (f.period_start, f.period_end) == period
    assert not counted or has_key(f, counted), f.counted


def test_a_russian_singular_after_a_number_ending_in_one_is_the_plural_key() -> None:
    # «2 561 351 заключённый»: Russian puts the noun after 1 in the singular; the key is the inmates'
    assert counted_key("заключённый") == counted_key("заключённые") == counted_key("заключенный")


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


def test_a_full_stop_before_three_digits_parts_thousands_in_russian() -> None:
    text = "В 1938 г. в лагерях умерло 25.318 человек, а в одном Севвостлаге — 1.207."
    assert at(text, "25.318").value == 25_318
    assert at(text, "1.207").value == 1_207


def test_a_decimal_with_a_full_stop_outside_russian_stays_a_decimal() -> None:
    # guard: English writes decimals with a full stop; a Russian comma decimal is no thousands
    assert at("The index rose to 1.207 in 1938.", "1.207").value == 1.207
    assert at("В 1938 г. население края выросло до 7,5 млн человек.", "7,5").value == 7_500_000


def _key(text: str, snippet: str) -> str:
    return counted_key(at(text, snippet).counted)


def test_any_russian_passive_verb_before_a_number_is_what_is_counted() -> None:
    text = "За 1940 г. из колоний было освобождено 58,2 тыс. человек."
    assert _key(text, "58,2") == counted_key("освобождённые")
    text = "В 1933 г. в Нарымский край было направлено 41 200 семей."
    assert {"household", counted_key("направленные")} <= set(_key(text, "41 200").split())


def test_words_between_a_russian_verb_and_its_number() -> None:
    text = "В 1943 г. погибли примерно 40 тысяч калмыков."
    assert "death" in _key(text, "40 тысяч").split()
    text = "Весной 1944 г. было вывезено, по разным данным, от 180 до 200 тысяч крымских татар."
    assert "deportation" in _key(text, "от 180").split()


def test_verbs_of_being_or_of_amount_and_negated_verbs_are_no_events() -> None:
    # guard: the subject of «составило», not the verb, is counted; «не дожили» is no event of its own
    text = "В 1939 г. число ссыльных составило 12 300 человек."
    assert "составил" not in at(text, "12 300").counted
    text = "Всего в 1944 г. до места назначения не дожили 900 человек."
    assert "дожили" not in at(text, "900").counted


def _years(text: str, snippet: str) -> tuple[int, int] | None:
    f = at(text, snippet)
    return None if f.period_start is None else (f.period_start, f.period_end)


def test_a_year_and_a_dash_before_a_russian_figure_are_its_time_and_it_counts_what_came_before() -> None:
    text = "В 1941 г. в колониях умерло 12 400 заключённых. В 1942-м — 19 800, в 1943 г. — 15 100."
    assert _years(text, "19 800") == (1942, 1942)
    assert _years(text, "15 100") == (1943, 1943)
    assert counted_key(at(text, "19 800").counted) == counted_key("умершие заключённые")


def test_a_year_and_a_dash_do_not_hand_on_what_a_generic_figure_counted() -> None:
    # guard: a figure before that names nothing hands nothing on; a figure that names its own keeps it
    text = "В 1936 г. на стройке было 8 000 человек. В 1937 г. — 9 500."
    assert at(text, "9 500").counted == ""
    text = "В 1936 г. в лагерях умерло 8 000 человек. В 1937 г. — 9 500 тонн угля."
    assert at(text, "9 500").counted == "угля"


def test_the_years_of_a_breakdown_in_brackets_are_not_the_whole_figures() -> None:
    text = ("В 1921 - 1922 гг. было выслано 3 400 человек (в том числе в 1921 г. — 1 500 и в 1922 г. — "
            "1 900).")
    assert _years(text, "3 400") == (1921, 1922)
    assert _years(text, "1 500") == (1921, 1921)
    assert _years(text, "1 900") == (1922, 1922)


def test_a_russian_documents_date_is_not_its_figures_time() -> None:
    text = "Согласно докладной записке ОГПУ от 5 мая 1932 г., в 1930 - 1931 гг. было выселено 381 000 семей."
    assert _years(text, "381 000") == (1930, 1931)
    # guard: a plain date of an event stays the figure's time
    text = "К 1 января 1935 г. в спецпоселках находилось 973 700 человек."
    assert _years(text, "973 700") == (1935, 1935)


def test_russian_numbers_in_words_in_their_cases() -> None:
    assert at("В 1935 г. в лагерях содержалось семьсот тысяч заключённых.", "семьсот").value == 700_000
    assert at("В 1939 г. было освобождено сто тридцать тысяч человек.", "сто").value == 130_000
    assert at("В 1938 г. осуждено не менее четырёхсот тысяч человек.", "четырёхсот").value == 400_000
    assert at("К 1940 г. умерло около трёх с половиной миллионов человек.", "трёх").value == 3_500_000


def test_a_half_and_one_and_a_half_in_russian() -> None:
    assert at("В 1931 г. были высланы полутора миллионов крестьян.", "полутора").value == 1_500_000
    assert at("В 1937 г. было арестовано около полумиллиона человек.", "полумиллиона").value == 500_000


def test_a_magnitude_alone_after_an_approximation_word_is_one_of_it() -> None:
    f = at("В 1921 г. от голода погибло свыше миллиона человек.", "миллиона")
    assert (f.value, f.approx) == (1_000_000, "свыше")
    f = at("В 1946 г. умерло несколько тысяч детей.", "несколько")
    assert (f.low, f.high) == (2_000, 9_999)


def test_a_magnitude_alone_without_an_approximation_word_is_no_figure() -> None:
    # guard: «миллиона» of a phrase («из миллиона жителей») is no figure by itself
    assert not [f for f in figures("Из миллиона жителей города осталась половина.") if f.value == 1_000_000]


def test_russian_spans_from_one_year_to_another() -> None:
    assert _years("С 1934 по 1947 год через колонии прошло 2 млн человек.", "2 млн") == (1934, 1947)
    text = "С начала 1932 года до 1 мая 1933 года было выселено 71 200 семей."
    assert _years(text, "71 200") == (1932, 1933)


def test_russian_decades_and_the_war_years() -> None:
    assert _years("В 1920-е годы было выслано 20 тысяч человек.", "20 тысяч") == (1920, 1929)
    assert _years("В 1950-х гг. было освобождено 40 тысяч человек.", "40 тысяч") == (1950, 1959)
    assert _years("За военные годы в колониях умерло 90 тысяч человек.", "90 тысяч") == (1941, 1945)


def test_a_russian_preposition_before_a_single_year_is_no_span() -> None:
    # guard: «с 1936 г.» alone, and «до 1940 г.» alone, name one year
    assert _years("С 1936 г. в лагерях содержалось 820 тысяч человек.", "820 тысяч") == (1936, 1936)


def test_russian_nouns_in_ii_have_one_stem_and_the_starving_are_not_the_dead() -> None:
    assert counted_key("губерний") == counted_key("губернии")
    assert counted_key("голодало") == counted_key("голодающие") == counted_key("starving")
    assert counted_key("голодало") != counted_key("погибшие")
    assert counted_key("погубили") == counted_key("deaths")


def test_a_russian_decimal_comma_beside_a_russian_word() -> None:
    text = "В 1925 г. смертность составила 2,35 на сто жителей."
    assert at(text, "2,35").value == 2.35
    # guard: a comma between numbers of a list in English is no decimal
    assert not [f for f in figures("They won in 1,2 and 3 of the rounds.") if f.value == 1.2]


def test_a_russian_case_ending_after_digits() -> None:
    f = at("В 1943 г. было мобилизовано до 30-ти тысяч человек.", "30-ти")
    assert f.value == 30_000


def test_a_participle_before_a_verb_of_being_is_what_is_counted() -> None:
    text = "В 1938 г. умерших было около 9 тысяч человек."
    assert counted_key(at(text, "9 тысяч").counted) == counted_key("умершие")


def test_the_year_a_russian_writer_said_something_is_not_the_figures_time() -> None:
    text = ("Голод продолжался до 1934 года. Историк Н. Петров в 1996 году считал, что умерло 700 тысяч "
            "человек.")
    assert _years(text, "700 тысяч") == (1934, 1934)
    # guard: a year followed by an event's verb stays the figure's time
    text = "Голод продолжался до 1934 года. В 1933 году умерло 700 тысяч человек."
    assert _years(text, "700 тысяч") == (1933, 1933)


def test_the_second_people_of_a_russian_pair_share_the_event() -> None:
    text = "В 1944 г. погибли около 20 тысяч калмыков и 3 тысячи ногайцев."
    assert "death" in _key(text, "3 тысячи").split()
    # guard: a pair of things, not of people after an event, is left alone
    text = "В 1944 г. было собрано 20 тысяч тонн и 3 тысячи голов скота."
    assert "death" not in _key(text, "3 тысячи").split()


def test_entries_of_a_russian_breakdown_count_what_the_whole_counts() -> None:
    text = ("В 1940 г. было выселено 90 тысяч поляков, в том числе: 30 тысяч из Львовской области, "
            "на Волыни – 20 тысяч.")
    whole = counted_key(at(text, "90 тысяч").counted)
    assert counted_key(at(text, "30 тысяч").counted) == whole
    assert counted_key(at(text, "20 тысяч").counted) == whole
    # guard: an entry that names its own people before the dash keeps them
    text = "В 1930 г. арестовано 9 000 человек, из них кулаков – 4 000 и 5 000 прочих."
    assert "kulak" in counted_key(at(text, "4 000").counted).split()
