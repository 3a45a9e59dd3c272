"""Dates written without their era where the text says which (issue 17, session 13): a year or a century
after a date before our era in its paragraph, in a text that names no year of ours, or in one that says its
dates are BC; parts and spans of centuries before our era. Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect


def _dates(text: str) -> dict[str, tuple[str, str, str]]:
    return {
        " ".join(text[d.start : d.end].split()): (d.date_start, d.date_end, d.event)
        for d in find_dates(text, detect(text))
    }


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The walls were rebuilt in the second half of the 6th century BC by the tyrant.",
         "the second half of the 6th century BC", "-0549-01-01", "-0500-12-31"),
        ("The walls were rebuilt in the latter half of the 6th century B.C. by the tyrant.",
         "the latter half of the 6th century B.C.", "-0549-01-01", "-0500-12-31"),
        ("The walls were rebuilt in the first quarter of the 6th century BC by the tyrant.",
         "the first quarter of the 6th century BC", "-0599-01-01", "-0575-12-31"),
        ("The road was paved in the first half of the second century AD at great cost.",
         "the first half of the second century AD", "0100-01-01", "0149-12-31"),
    ],
)
def test_parts_of_a_century_before_our_era_are_those_of_ours(text: str, written: str, start: str,
                                                            end: str) -> None:
    assert _dates(text)[written][:2] == (start, end)


def test_the_latter_half_of_a_century_of_ours() -> None:
    found = _dates("The mills spread in the latter half of the 18th century along the river.")
    assert found["the latter half of the 18th century"][:2] == ("1750-01-01", "1799-12-31")


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The province was garrisoned (2nd Century B.C. - 4th Century A.D.) by auxiliaries.",
         "2nd Century B.C. - 4th Century A.D.", "-0199-01-01", "0399-12-31"),
        ("The shrine was used from the 3rd century BC to the 1st century AD by the valley's farmers.",
         "the 3rd century BC to the 1st century AD", "-0299-01-01", "0099-12-31"),
        ("The kiln was fired during the late 12th century BC to the early 10th century BC, the finds say.",
         "the late 12th century BC to the early 10th century BC", "-1129-01-01", "-0960-12-31"),
    ],
)
def test_a_span_of_centuries_each_with_its_era(text: str, written: str, start: str, end: str) -> None:
    assert _dates(text)[written][:2] == (start, end)


def test_a_year_after_one_before_our_era_in_its_paragraph_is_of_that_era() -> None:
    found = _dates("The raiders came about 1180 B.C.; by 1130 they had settled on the coast.")
    assert found["1130"][:2] == ("-1129-01-01", "-1129-12-31")
    assert "settled on the coast" in found["1130"][2]


def test_a_century_after_one_before_our_era_in_its_paragraph() -> None:
    found = _dates("The town was walled in the 6th century BC. In the 5th century its harbour was dug.")
    assert found["the 5th century"][:2] == ("-0499-01-01", "-0400-12-31")


def test_a_span_written_downwards_is_before_our_era() -> None:
    found = _dates("The oldest sherds date from 980 BC. The hut floors (1620-1410) lie deeper.")
    assert found["1620-1410"][:2] == ("-1619-01-01", "-1409-12-31")


def test_centuries_of_a_text_that_names_only_years_before_ours() -> None:
    text = (
        "Bronze tools reached the island in the 14th century BC.\n\n"
        "Traders from the east arrived as early as the 9th century, and by 600 BC the harbour was walled.\n"
    )
    assert _dates(text)["the 9th century"][:2] == ("-0899-01-01", "-0800-12-31")


def test_a_text_that_says_its_dates_are_before_ours() -> None:
    text = (
        "The reigns below are approximate (all dates are BCE).\n\n"
        "The first house ruled the valley (1540 - 1290), the second (1290 - 1070) after it.\n"
    )
    found = _dates(text)
    assert found["1540 - 1290"][:2] == ("-1539-01-01", "-1289-12-31")
    assert found["1290 - 1070"][:2] == ("-1289-01-01", "-1069-12-31")


# --- looks like it, but is not ---------------------------------------------------------------------------


def test_a_modern_century_after_an_ancient_one_stays_ours() -> None:
    # the 19th century BC would be far earlier than the date before it: the scholars are of ours
    found = _dates("The historian wrote in the 5th century BC; in the 19th century scholars doubted him.")
    assert found["the 19th century"][:2] == ("1800-01-01", "1899-12-31")


def test_a_modern_year_after_an_ancient_one_stays_ours() -> None:
    found = _dates("The city fell in 146 B.C. and its ruins were dug up in 1874 by a banker.")
    assert found["1874"][:2] == ("1874-01-01", "1874-12-31")


def test_a_year_after_one_of_our_era_in_its_paragraph_stays_ours() -> None:
    text = (
        "The colony was founded in 600 BC.\n\n"
        "The church was consecrated in AD 1040 and rebuilt in 1120 after a fire.\n"
    )
    assert _dates(text)["1120"][:2] == ("1120-01-01", "1120-12-31")


def test_a_text_with_years_of_ours_reads_its_other_paragraphs_as_ours() -> None:
    text = (
        "The temple was built in the 5th century BC and burned in AD 410.\n\n"
        "The abbey kept its relics from the 9th century until the war.\n"
    )
    assert _dates(text)["the 9th century"][:2] == ("0800-01-01", "0899-12-31")


def test_a_span_written_downwards_without_an_era_anywhere_is_no_date() -> None:
    assert "1620-1410" not in _dates("The hut floors (1620-1410) lie deeper than the walls of 1880.")


def test_years_before_our_era_are_no_declaration() -> None:
    # "years BC" names a length of time, not the text's era
    text = "Farming began some 9,000 years BC in the hills. The village was rebuilt in 1950 after the flood."
    assert _dates(text)["1950"][:2] == ("1950-01-01", "1950-12-31")


def test_a_three_digit_second_year_is_no_span_of_ours() -> None:
    # "1075 - 656" is read only before our era; in a text of ours it is no span
    assert "1075 - 656" not in _dates("The ledger for 1075 - 656 pages in all - was lost in 1920.")


def test_a_shortened_second_year_is_never_a_span_downwards() -> None:
    # "1987-03" goes up (a month, or 1987–2003), whatever the era of the date before it
    found = _dates("The pit was dated to 1200 BC in the survey of 1987-03 by the museum.")
    assert not found.get("1987-03", ("1987",))[0].startswith("-")


# --- a figure's period reads the same years ------------------------------------------------------------


def _periods(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {text[f.start : f.end]: (f.period_start, f.period_end) for f in find_figures(text, detect(text))}


def test_a_figure_in_a_year_the_text_says_is_before_ours() -> None:
    text = "The raiders came about 1180 B.C.; by 1130 they numbered 30,000 warriors on the coast."
    assert _periods(text)["30,000"] == (-1129, -1129)


def test_a_figure_in_a_century_after_one_before_ours() -> None:
    text = "The town was walled in the 6th century BC. In the 5th century its harbour held 300 ships."
    assert _periods(text)["300"] == (-499, -400)


def test_a_figure_in_a_modern_year_after_an_ancient_one_stays_ours() -> None:
    text = "The city fell in 146 B.C. and in 1874 the diggers counted 4,000 coins in its ruins."
    assert _periods(text)["4,000"] == (1874, 1874)


def test_spans_downwards_of_years_no_year_of_ours_has() -> None:
    text = (
        "The reigns are given in years BC throughout (all dates are BC).\n\n"
        "The old house (2680 - 2190) built the tombs; the late house (664 - 332) lost the delta.\n"
    )
    found = _dates(text)
    assert found["2680 - 2190"][:2] == ("-2679-01-01", "-2189-12-31")
    assert found["664 - 332"][:2] == ("-0663-01-01", "-0331-12-31")


def test_a_score_or_a_page_range_is_no_span_before_our_era() -> None:
    # no era anywhere: "218-212" is a vote, "(pp. 120-95)" nothing of ours either
    found = _dates("The bill passed 218-212 on May 7, 1915, after a debate (see 664-332 of the record).")
    assert list(found) == ["May 7, 1915"]
    # upwards, even beside a date before our era, it is a range of pages
    assert "120-180" not in _dates("The siege of 415 BC is told on pages 120-180 of the annals.")


def test_approx_before_a_year_with_its_era_is_part_of_the_date() -> None:
    found = _dates("Farming spread in the valley (approx. 5200 - 4100 B.C.) from the coast.")
    assert found["approx. 5200 - 4100 B.C."][:2] == ("-5199-01-01", "-4099-12-31")
    assert "(approx" not in found["approx. 5200 - 4100 B.C."][2]


def test_a_bracket_closed_before_the_clause_opens_no_event() -> None:
    text = "Lean years came first (1210 - 1130 B.C.), the age of new towns then followed (10th Century B.C.)."
    event = _dates(text)["10th Century B.C."][2]
    assert event == "the age of new towns then followed"


def test_a_century_abbreviated() -> None:
    found = _dates("During the 18th C., and into the 19th c. as well, the town grew.")
    assert found["the 18th C."][:2] == ("1700-01-01", "1799-12-31")
    assert found["the 19th c."][:2] == ("1800-01-01", "1899-12-31")
    # guard: a temperature has no ordinal
    assert _dates("On that day it was 19 C. at noon.") == {}
