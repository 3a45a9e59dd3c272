"""Rules for a figure's value (numbers/values.py, words.py and the ranges of reading.py): numbers in digits
and in words, magnitudes (vague, plural, glued to digits), thousands' separators, fractions and shares, ratios
and multiples, ranges and the two ends of a change, units and currency. Sentences written for these tests;
each failed before its rule unless it is a guard."""

from __future__ import annotations

import pytest

from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import at, figures, has_key, spans, years


def test_one_thing_in_so_many_is_a_ratio() -> None:
    text = "In the late 1990s one death in four among men was linked to alcohol."
    assert at(text, "one death").value == 0.25


def test_a_number_before_in_and_a_year_is_no_ratio() -> None:
    text = "The fertility rate was 2.1 children per woman in 1990 and reached 1.78 in 2015."
    assert all(f.value is None or f.value > 0.01 for f in figures(text))


def test_several_million_and_an_elliptic_change() -> None:
    several = at("Others suggested several million deaths.", "several million")
    assert (several.low, several.high) == (2e6, 9_999_999)
    text = ("Steel output was to rise from 4 million tonnes to 10 million tonnes, and oil from 11 million to "
            "22 million tonnes.")
    assert (at(text, "11 million").value, at(text, "22").value) == (11e6, 22e6)
    assert at(text, "22").unit == "tonnes"


@pytest.mark.parametrize(
    ("text", "snippet", "value", "low", "high"),
    [
        # a range written with a hyphen, and one whose first end has no magnitude of its own but is large
        ("In 1921, 4-6 million people starved.", "4-6 million", None, 4e6, 6e6),
        ("Between 400,000 to 1 million herders fled.", "400,000", None, 400_000, 1e6),
        ("Estimates range from 850,000 to 1.1 million dead.", "850,000", None, 850_000, 1.1e6),
        # magnitudes in words
        ("Births fell short of deaths by half a million in 1993.", "half a million", 500_000, None, None),
        ("The city had a quarter of a million inhabitants in 1920.", "a quarter", 250_000, None, None),
        ("In 1939 a further million lived in the settlements.", "a further million", 1e6, None, None),
        ("In 1953 several hundred prisoners were shot.", "several hundred", None, 200, 999),
    ],
)
def test_values_s4(
    text: str, snippet: str, value: float | None, low: float | None, high: float | None
) -> None:
    f = at(text, snippet)
    assert (f.value, f.low, f.high) == (value, low, high)


@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        # a ratio "one X for every N Y" counts X per Y; "one for every M" after it the same
        ("In 1937 there was one hospital bed for every 250 townspeople, against one for every 900 in 1913.",
         "one hospital bed", "bed per townspeople"),
        ("In 1937 there was one hospital bed for every 250 townspeople, against one for every 900 in 1913.",
         "one for every 900", "bed per townspeople"),
    ],
)
def test_a_ratio_counts_both_of_its_things(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet).counted


def test_a_range_whose_second_end_is_approximate() -> None:
    f = at("Estimates of the exiles vary from 1.2 million to more than 1.6 million.", "1.2 million")
    assert (f.value, f.low, f.high) == (None, 1.2e6, 1.6e6)


@pytest.mark.parametrize(
    ("text", "snippet", "value", "counted"),
    [
        # "N times as much X as", "twice as many X", "half as many as" (the figure before's thing)
        ("By 1940 the republic mined 3.5 times as much coal as in 1928.", "3.5 times", 3.5, "coal"),
        ("The new mills rolled twice as much steel plate as the old.", "twice", 2, "steel plate"),
        ("The camp held some 12,000 prisoners in 1939, half as many as a year before.", "half", 0.5,
         "prisoners"),
    ],
)
def test_multiples_as_much_as(text: str, snippet: str, value: float, counted: str) -> None:
    f = at(text, snippet)
    assert f.value == pytest.approx(value)
    assert has_key(f, counted), f.counted


@pytest.mark.parametrize(
    ("text", "snippet", "unit", "counted"),
    [
        # centners are a unit; a subject "per head of …" longer than the words looked at
        ("The harvest in the district came to 6.3 centners per hectare.", "6.3", "centners", "harvest"),
        ("Milk available per head of the urban population in the Donbass fell to between 60 and 80 litres.",
         "between 60 and 80", "", "milk available"),
    ],
)
def test_units_and_per_head_subjects(text: str, snippet: str, unit: str, counted: str) -> None:
    f = at(text, snippet)
    assert not unit or f.unit == unit
    assert has_key(f, counted), f.counted


@pytest.mark.parametrize(
    ("text", "snippet", "value", "counted"),
    [
        # a small number at the end of a change "from … to" is the same measure
        ("Bread sold per worker fell from 12.5 kg a month in 1931 to barely 7 in 1933.", "barely 7", 7,
         "bread sold"),
        # a small number after a whole "Out of N X" is a part of it
        ("Out of 2,600 mosques in the republic in 1928, just 64 were open in 1940.", "just 64", 64,
         "mosques"),
        # "a few hundred", like "several hundred"
        ("A few hundred of the monks survived the camps.", "A few hundred", None, "monks"),
    ],
)
def test_small_numbers_that_are_figures(text: str, snippet: str, value: float | None, counted: str) -> None:
    f = at(text, snippet)
    assert f.value == value
    assert has_key(f, counted), f.counted


# Class 3, "from X to Y" of a change: a verb of change anywhere in the clause before it ("went up … between
# 1928 and 1937, from 1.8 to 5.5 million tonnes") makes two figures, each of its end of the span, the first
# with the second's magnitude; estimates that "range from X to Y" stay one range.
def test_from_to_after_a_change_verb_in_the_clause_is_two_figures() -> None:
    text = "Cement production went up almost threefold between 1928 and 1937, from 1.8 to 5.5 million tonnes."
    first, second = at(text, "1.8"), at(text, "5.5 million")
    assert (first.value, years(first)) == (1.8e6, (1928, 1928))
    assert (second.value, years(second)) == (5.5e6, (1937, 1937))
    assert has_key(first, "cement production") and has_key(second, "cement production")


def test_from_to_of_estimates_stays_a_range() -> None:
    f = at("Estimates of the losses grew more cautious; they now range from 5 to 7 million.", "5 to 7")
    assert (f.low, f.high) == (5e6, 7e6)


# Class 2: a year closing a bullet does not open a span with the next bullet's number: "by 1936" and
# "- 12 million" on the next line are a year and a figure, not "1936-12".
def test_a_year_span_does_not_reach_across_a_line_break_into_the_next_bullet() -> None:
    text = "- The colonies grew to 400,000 by 1936\n- 12 million people were exiled (1930-1950)\n"
    assert "12 million" in spans(text)


def test_a_year_span_split_after_its_dash_is_still_one_span() -> None:
    text = "During the famine of 1946–\n47 about 1 million people died."
    assert spans(text) == ["1 million"]
    assert years(at(text, "1 million")) == (1946, 1947)


# Class 19 (from the third real set): "swelled from X to Y", "shrank from", "soared from" are changes, two
# figures of the subject, not a range.
@pytest.mark.parametrize(
    "text",
    [
        "- The camp's labour force swelled from 9,000 to 30,000 with the new convoys\n",
        # (already right before: "shrank" was a verb of change)
        "The party's membership shrank from 3.5 million to 1.9 million after the purge.",
    ],
)
def test_swell_and_shrink_from_x_to_y_are_changes(text: str) -> None:
    found = figures(text)
    assert len(found) == 2 and all(f.kind != "range" for f in found), found


def test_trillion_is_a_magnitude() -> None:
    f = at("The war cost the Soviet Union some 2.6 trillion roubles.", "2.6")
    assert f.value == pytest.approx(2.6e12)


# Class 26 (from the fifth real set, after its one measurement): a range with its unit at both ends
# ("between 12% and 15%") is one range; a fraction with a non-breaking hyphen ("one‑fifth") is a fraction.
def test_a_range_with_the_unit_at_both_ends() -> None:
    f = at("Grain exports took between 12% and 15% of the harvest in 1931.", "12%")
    assert (f.low, f.high, f.value) == (12, 15, None)


def test_a_fraction_with_a_non_breaking_hyphen() -> None:
    f = at("Output fell by one\u2011fifth in 1932.", "one")
    assert f.value == pytest.approx(0.2)


# A vague magnitude as the first end of a range.
def test_range_from_a_vague_magnitude_to_a_number() -> None:
    f = at("Counts of the dead range from several hundred thousand to 2 million.", "several")
    assert (f.value, f.low, f.high) == (None, 2e5, 2e6)


def test_range_of_two_vague_magnitudes() -> None:
    f = at("Published counts go from hundreds of thousands to tens of millions of deaths.", "hundreds")
    assert (f.low, f.high) == (2e5, 99_999_999)


def test_vague_magnitude_changing_is_no_range() -> None:
    # guard: a change from one to the other is two figures
    text = "The garrison grew from several hundred to 4,000 men over the winter."
    assert at(text, "several").high == 999


# A magnitude written in the plural after digits, or glued to them.
def test_plural_magnitude_after_digits() -> None:
    f = at("Between 3-4 millions passed through the labour colonies.", "3-4")
    assert (f.low, f.high) == (3e6, 4e6)


def test_magnitude_glued_to_digits() -> None:
    f = at("More than 2.3million peasants were moved in 1931.", "2.3million")
    assert f.value == 2.3e6 and has_key(f, "peasants")


# A list of places, each with its share in brackets: a comma after the bracket is no number of a whole.
def test_bracketed_shares_of_a_list_count_what_the_first_counts() -> None:
    text = "Losses were worst in Ardel (21% dead), Bevin (17%), Corran (12%) and Dunmore (9%)."
    f = at(text, "17%")
    assert f.value == 17 and has_key(f, "deaths") and "corran" not in f.counted.lower()


def test_share_of_a_numbered_whole_still_counts_after_it() -> None:
    # guard: "5 per cent of the 836 enterprises" still reads past the whole's number
    f = at("Only 5 per cent of the 836 enterprises met the plan.", "5 per cent")
    assert has_key(f, "enterprises")


def test_plural_magnitude_is_not_read_after_a_year() -> None:
    # guard: "in 1880 to 1884 millions of …": the year is no number of millions
    f = at("In 1880 to 1884 millions of herders left the plain.", "millions")
    assert f.low == 2e6 and f.value is None


# Thousands whose comma an extraction followed with a space.
def test_thousands_split_after_the_comma() -> None:
    text = "In the north, 61, 000 prisoners were held in 1950."
    assert at(text, "61, 000").value == 61_000


def test_list_of_small_numbers_is_not_thousands() -> None:
    # guard
    text = "The camps held groups of 5, 100 and 200 men."
    assert all(f.value != 5100 for f in find_figures(text, detect(text)))


# A comma before "to" in a range opened by "from".
def test_range_with_a_comma_before_to() -> None:
    f = at("Estimates range from upwards of 20 million, to 35 million people.", "20 million")
    assert (f.low, f.high) == (20e6, 35e6)


def test_comma_and_to_without_from_is_no_range() -> None:
    # guard
    text = "The war killed 20 million, to 35 million more in the famine after it."
    assert at(text, "20 million").value == 20e6


# Shares written with a slash, a range of two shares, and a share before a verb.
def test_range_of_slash_fractions() -> None:
    f = at("It killed between 1/5 and 1/4 of the valley's people in 1880.", "1/5")
    assert (f.low, f.high) == (0.2, 0.25)


def test_range_of_word_fractions() -> None:
    f = at("Between one half and three fourths of the tenants were in debt in 1880.", "one half")
    assert (f.low, f.high) == (0.5, 0.75)


def test_share_before_a_verb_is_a_figure() -> None:
    text = "Of the 30,000 herders who were moved, at least a third perished."
    assert at(text, "a third").value == 1 / 3


# Round 5 (from set E, after its one measured run).
def test_range_between_a_vague_magnitude_and_a_number() -> None:
    f = at("The toll varied between several hundred thousand and two million in 1880.", "several")
    assert (f.low, f.high) == (2e5, 2e6)


# "five and a half million": a half after a number in words.
def test_words_and_a_half_million() -> None:
    text = "They estimate that almost seven and a half million people were killed in the wars."
    f = at(text, "seven and a half million")
    assert f.value == 7.5e6


# A four-digit number between a count and a count noun ("the 994 fatalities in 1848 cases") is a count set
# against a count, not a year.
def test_count_in_four_digit_cases_is_no_year() -> None:
    text = ("The fever reached the port in 1871. The 612 deaths in 1544 cases were unlike any fever known "
            "there. The total for the year came to 9,020 cases.")
    assert at(text, "1544").value == 1544
    assert years(at(text, "9,020")) == (1871, 1871)


def test_count_noun_after_year_guard() -> None:
    # guard: "120 deaths in 1933 villages" keeps 1933 a year (villages are no count noun here)
    text = "There were 120 deaths in 1933 villages."
    assert years(at(text, "120")) == (1933, 1933)


# A number in words of a hundred or more is a figure as digits are; below a hundred it stays none, as the
# earlier labels' convention has it ("two sons", "thirty more cases").
def test_hundreds_in_words_are_figures() -> None:
    text = "In 1700 they took two hundred wagons and thirty pieces of artillery."
    f = at(text, "two hundred")
    assert (f.value, f.counted) == (200, "wagons")
    g = at("In 1700 the column had forty-two hundred soldiers.", "forty-two hundred")
    assert (g.value, g.counted) == (4200, "soldiers")


def test_words_below_a_hundred_guard() -> None:
    from tests.domain.figures.helpers import figures
    assert figures("In 1700 twenty men died and two sons fled.") == []
    assert figures("The war lasted two hundred years.") == []


# Guard: "hundred" alone (a category's name: "the Ninety & a Hundred category") is no figure in words.
def test_lone_hundred_guard() -> None:
    from tests.domain.figures.helpers import figures
    assert figures("The clerks renamed the Ninety & a Hundred category.") == []


def test_a_currency_sign_set_apart_by_a_space() -> None:
    f = at("Housing one family there costs about € 2,500 a year.", "2,500")
    assert f.unit == "euros" and has_key(f, "cost"), f


def test_thousands_parted_with_full_stops() -> None:
    assert at("The town has a population of over 300.000 inhabitants.", "300.000").value == 300_000
    assert at("In 1990 the region had 1.250.000 residents.", "1.250.000").value == 1_250_000
    # guards: decimals
    assert at("In 1931, 1.500 tonnes were lost.", "1.500").value == 1.5
    assert at("In 1931 output rose by 2.5 per cent.", "2.5").value == 2.5


@pytest.mark.parametrize(
    ("text", "snippet", "value"),
    [
        # a decimal comma before "million", and a share written with a hyphen
        ("As many as 2,5 million settlers arrived after 1880.", "2,5 million", 2_500_000),
        ("It was once a port of 60-percent Greek population.", "60-percent", 60),
    ],
)
def test_number_spellings(text: str, snippet: str, value: float) -> None:
    assert at(text, snippet).value == value


@pytest.mark.parametrize(
    ("text", "snippet", "value"),
    [
        # guards: thousands with a comma, and a compound adjective
        ("Some 2,500 million roubles were spent in 1931.", "2,500 million", 2_500_000_000),
        ("The 60-year lease ended with 4,000 tenants evicted.", "4,000", 4000),
    ],
)
def test_number_spellings_guards(text: str, snippet: str, value: float) -> None:
    assert at(text, snippet).value == value


def test_a_hyphenated_half_million() -> None:
    text = "In 1921 the union's weekly ran to a half-million copies."
    f = at(text, "half-million")
    assert f.value == 500_000
    assert years(f) == (1921, 1921)


def test_a_figure_in_a_plain_text_books_italics() -> None:
    # Project Gutenberg's plain text marks italics with underscores
    text = "By 1910 the mill's dividends had risen _400 per cent._ while wages stood still."
    assert at(text, "400 per cent").value == 400
    f = at("In 1862 about _3,500 recruits_ were mustered at the camp.", "3,500")
    plain = at("In 1862 about 3,500 recruits were mustered at the camp.", "3,500")
    assert f.counted == plain.counted
    assert "_" not in f.counted


def test_two_numbers_in_words_joined_by_or_are_a_range() -> None:
    f = at("In 1866 two or three hundred settlers left the valley.", "three hundred")
    assert (f.value, f.low, f.high) == (None, 200, 300)
    g = at("By 1870 some four or five thousand miners had come.", "five thousand")
    assert (g.low, g.high) == (4000, 5000)


def test_guard_a_larger_number_before_or_is_no_range() -> None:
    f = at("The hold took nine or three hundred crates in 1880, the clerk wrote.", "three hundred")
    assert f.value == 300
