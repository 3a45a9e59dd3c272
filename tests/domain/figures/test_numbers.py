"""The figures detector on sentences written for each form: ranges, numbers in words, approximations,
percentages and ratios, units, what is counted, periods (carried from the sentence before), figures split
across a line break, Russian; and the numbers that are not figures."""

from __future__ import annotations

import pytest

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure import Mark, MarkKind
from annotator.domain.structure.detect import detect

M = 1e6


def only(text: str) -> tuple[str, Figure]:
    found = find_figures(text, detect(text))
    assert len(found) == 1, [text[f.start : f.end] for f in found]
    return text[found[0].start : found[0].end], found[0]


@pytest.mark.parametrize(
    ("sentence", "written", "low", "high"),
    [
        ("The famine of 1932–33 killed 5–7 million people.", "5–7 million", 5 * M, 7 * M),
        ("Estimates of the dead run from 5 to 30 million.", "from 5 to 30 million", 5 * M, 30 * M),
        ("Between 1.5 and 2 million kulaks were deported.", "Between 1.5 and 2 million", 1.5 * M, 2 * M),
        ("Five or six million peasants starved.", "Five or six million", 5 * M, 6 * M),
        (
            "between a million and a million and a half died",
            "between a million and a million and a half",
            1 * M,
            1.5 * M,
        ),
    ],
)
def test_ranges_have_low_and_high(sentence: str, written: str, low: float, high: float) -> None:
    text, figure = only(sentence)
    assert (text, figure.value, figure.low, figure.high, figure.kind) == (written, None, low, high, "range")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The Gulag contained three million inmates.", 3 * M, "people"),
        ("A quarter of the delegates survived.", 0.25, "share"),
        ("Two-thirds of the households joined the kolkhoz.", 2 / 3, "share"),
        ("The average wage fell by half.", 0.5, "share"),
        ("Three-quarters of the high command were killed.", 0.75, "share"),
        ("Output rose by a factor of three.", 3, "times"),
        ("There was a tenfold increase in electricity production.", 10, "times"),
        ("The camps held one hundred and fifty thousand prisoners.", 150_000, "people"),
    ],
)
def test_numbers_in_words(sentence: str, value: float, unit: str) -> None:
    _, figure = only(sentence)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_vague_magnitudes_are_ranges_with_their_words_as_the_approximation() -> None:
    text, figure = only("Tens of thousands of peasants fled to the towns.")
    assert (text, figure.low, figure.high, figure.approx, figure.kind) == (
        "Tens of thousands",
        20_000,
        99_999,
        "Tens of",
        "vague",
    )
    _, hundreds = only("As a result, hundreds of thousands of ordinary peasants were branded as kulaks.")
    assert (hundreds.low, hundreds.high, hundreds.counted) == (200_000, 999_999, "ordinary peasants")


@pytest.mark.parametrize(
    ("sentence", "approx"),
    [
        ("About two million peasants were deported.", "About"),
        ("The Gulag held nearly three million inmates.", "nearly"),
        ("At least 680,000 people were shot.", "At least"),
        ("Over half the peasantry were collectivised.", "Over"),
        ("Some 40,000 households were resettled.", "Some"),
        ("It held more than 100,000 workers.", "more than"),
    ],
)
def test_approximation_words(sentence: str, approx: str) -> None:
    assert only(sentence)[1].approx == approx


def test_percentages_ratios_and_parts_of_a_whole() -> None:
    text = "In 1931 some 5 per cent of the 836 enterprises met the plan, one deputy for every 25,000 voters."
    percent, whole, ratio = find_figures(text)
    assert (percent.value, percent.unit, percent.counted, percent.kind) == (
        5,
        "per cent",
        "enterprises",
        "percent",
    )
    assert (whole.value, whole.counted) == (836, "enterprises")
    assert (text[ratio.start : ratio.end], ratio.unit, ratio.counted) == (
        "one deputy for every 25,000",
        "ratio",
        "deputy per voters",  # both things of the ratio (session 5; "voters" alone before)
    )
    assert ratio.value == pytest.approx(1 / 25_000)
    _, churches = only("By the end of the 1930s, only 1 in 40 churches was still open.")
    assert (churches.value, churches.unit, churches.counted) == (pytest.approx(1 / 40), "ratio", "churches")
    text, generals = only("In 1937, 13 of 15 generals were shot.")
    assert (text, generals.value, generals.total, generals.counted) == ("13 of 15", 13, 15, "generals shot")


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "counted"),
    [
        ("In 1935 Stakhanov mined 102 tons of coal in one shift.", 102, "tonnes", "coal"),
        ("Grain output fell to 70 million tonnes in 1932.", 70 * M, "tonnes", "Grain output"),
        ("The plan spent 4 billion roubles of capital investment.", 4e9, "roubles", "capital investment"),
        ("They sowed 12,000 hectares of wheat.", 12_000, "hectares", "wheat"),
        ("By 1923 cereal production had risen 23% on 1920.", 23, "per cent", "cereal production"),
    ],
)
def test_units_and_what_is_measured(sentence: str, value: float, unit: str, counted: str) -> None:
    _, figure = only(sentence)
    assert (figure.value, figure.unit, figure.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        (
            "There is no accounting of how many died in the famine, but the best estimate is around six "
            "million "
            "people.",
            "famine deaths",
        ),
        ("By the end of the 1930s, the Gulag contained nearly three million inmates.", "Gulag inmates"),
        ("It is estimated that about eight million were arrested in 1936-1938.", "arrests"),
        ("Of these, perhaps 700,000 were executed.", "executions"),
        ("Some 14 million passed through the gulags from 1929 to 1953.", "Gulag inmates"),
        ("About two million peasants, classified as kulaks, were deported.", "peasants deported"),
        ("A total quota of 72,950 executions was ordered.", "executions quota"),
        ("Officially recorded executions alone number 681,692.", "Officially recorded executions"),
        ("In 1937 the NKVD seized millions of victims.", "terror victims"),
        ("In 1938, only five percent had been members since the Revolution.", "members"),
        ("During the Great Purge the NKVD arrested 1,548,366 people.", "terror arrests"),
        ("At its peak in 1950 the camp population reached about 1.8 million.", "camp population"),
        (
            # the event with its noun (session 7: what is counted is the noun and the event done to it)
            "More than 100,000 young factory and office workers were promoted.",
            "young factory and office workers promoted",
        ),
    ],
)
def test_what_is_counted(sentence: str, counted: str) -> None:
    assert only(sentence)[1].counted == counted


def test_an_apposition_between_a_figure_and_its_verb() -> None:
    text = "In 1930 some 381,000 kulak households, about 1.8 million people, were deported."
    households, people = find_figures(text)
    assert (households.counted, people.counted) == ("kulak households deported", "deportations")


def test_a_part_counts_what_its_whole_counts() -> None:
    text = "Of the 1,966 delegates to the Congress, 1,108 were arrested in 1937."
    delegates, arrested = find_figures(text)
    assert (delegates.counted, arrested.counted) == ("delegates", "delegates arrests")


def test_the_period_is_the_sentences_or_carried_from_the_previous_one() -> None:
    text = (
        "The famine of 1932-1933 was the worst. Perhaps six million people died.\n\n"
        "A new paragraph: 150,000 prisoners dug the canal. In the 1930s grain output was 70 million tonnes. "
        "By the end of the 1930s the Gulag held three million inmates."
    )
    died, prisoners, grain, inmates = find_figures(text)
    assert (died.period_start, died.period_end) == (1932, 1933)  # carried from the sentence before
    assert (prisoners.period, prisoners.period_start) == ("", None)  # nothing to carry over a paragraph
    assert (grain.period, grain.period_start, grain.period_end) == ("the 1930s", 1930, 1939)
    assert (inmates.period_start, inmates.period_end) == (1937, 1939)
    _, span = only("Some 14 million passed through the camps from 1929 to 1953.")
    assert (span.period_start, span.period_end) == (1929, 1953)
    _, by = only("By 1936 perhaps 150,000 party members had been purged.")
    assert (by.period_start, by.period_end, by.counted) == (1936, 1936, "party members purged")


def test_a_year_measured_against_is_not_the_period() -> None:
    _, members = only("In 1934, about 40 percent of the party's members had joined before 1917.")
    assert (members.period_start, members.period_end) == (1934, 1934)
    _, named = only("During the first Five-Year Plan, more than 100,000 workers were promoted.")
    assert (named.period_start, named.period_end) == (1928, 1932)


def test_a_change_from_one_figure_to_another_is_two_figures() -> None:
    text = (
        "The share of students from working-class families fell from 40 to 25 percent between 1940 and 1950."
    )
    before, after = find_figures(text)
    assert (before.value, after.value, before.unit, after.unit) == (40, 25, "per cent", "per cent")
    # each end of the change is of its end of the span (this round; the change was of 1940 both before)
    ends = (before.period_start, before.period_end, after.period_start, after.period_end)
    assert ends == (1940, 1940, 1950, 1950)


def test_figures_split_across_a_line_break_are_whole() -> None:
    text = "By the end of the 1930s the Gulag held nearly\nthree\nmillion inmates, and 5–7\nmillion had died."
    three, range_ = find_figures(text)
    assert (text[three.start : three.end], three.value) == ("three\nmillion", 3 * M)
    assert (range_.low, range_.high) == (5 * M, 7 * M)


def test_russian_numerals_and_units() -> None:
    text = "В 1933 году от голода погибло около 3 млн человек, а десятки тысяч были арестованы."
    deaths, arrests = find_figures(text)
    assert (text[deaths.start : deaths.end], deaths.value, deaths.approx, deaths.counted) == (
        "3 млн",
        3 * M,
        "около",
        "famine deaths",
    )
    assert (deaths.period_start, arrests.low, arrests.high, arrests.counted) == (
        1933,
        20_000,
        99_999,
        "arrests",
    )
    _, words = only("Голод унёс жизни трёх миллионов человек.")
    assert words.value == 3 * M
    _, thousands = only("Было выселено 300 тысяч семей.")
    assert thousands.value == 300_000


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1937 the terror reached its height; by 1938-39 it abated.",  # years and spans of years
        "The 1920s were the decade of the NEP.",
        "He wrote in New Politics, number 62, winter 2017.",  # an article number
        "Article 58 of the criminal code was used against them.",
        "The Five-Year Plan was announced; a three-year prison term followed.",  # compound adjectives
        "They were sentenced to prison for five to ten years.",  # a duration
        "the Pioneers for ages 9-14, and the Komsomol for ages 15-26.",  # ages
        "This is the last of three articles; one of the worst atrocities.",  # small numbers in words
        "Kirov was assassinated on 1 December 1934.",  # a date's day
        "Sakwa sees it as a revolution. (Sakwa, 37) McAuley (50) provides a definition.",  # page references
        "1. The New Economic Policy was an attempt to mollify the peasants.",  # a list number
        "We must make good this lag in ten years or they will crush us.”5",  # a note call glued to a stop
        "Stalin's bizarre 1,2,3 system (noted by Service, 228).",
    ],
)
def test_not_figures(sentence: str) -> None:
    found = find_figures(sentence, detect(sentence))
    assert [sentence[f.start : f.end] for f in found] == []


def test_structure_marks_are_not_figures() -> None:
    text = "The famine killed millions. Some 150 prisoners died in the camp."
    call = Mark(MarkKind.NOTE_CALL, text.index("150"), text.index("150") + 3, "150")
    assert [text[f.start : f.end] for f in find_figures(text)] == ["millions", "150"]
    assert [text[f.start : f.end] for f in find_figures(text, [call])] == ["millions"]


def test_a_long_text_in_one_pass() -> None:
    paragraph = "In 1933 about six million people died of famine; 5–7 million, others say.\n\n"
    found = find_figures(paragraph * 2000)
    assert len(found) == 4000
