"""Dates before the Common Era and dates named with our era (issue 17, session 12): astronomical ISO years,
490 BC = -0489. Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates
from annotator.domain.structure.detect import detect


def _dates(text: str) -> dict[str, tuple[str, str, str]]:
    return {
        " ".join(text[d.start : d.end].split()): (d.date_start, d.date_end, d.event)
        for d in find_dates(text, detect(text))
    }


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The fleet sailed home in 412 BC after the defeat.", "412 BC", "-0411-01-01", "-0411-12-31"),
        ("The fleet sailed home in 412 B.C. after the defeat.", "412 B.C.", "-0411-01-01", "-0411-12-31"),
        ("The tomb was sealed c. 2300 BCE by the priests.", "c. 2300 BCE", "-2299-01-01", "-2299-12-31"),
        ("The tomb was sealed ca. 2300 B.C.E. by the priests.", "ca. 2300 B.C.E.", "-2299-01-01",
         "-2299-12-31"),
        ("The old king died in 1 BC, mourned by few.", "1 BC", "0000-01-01", "0000-12-31"),
        ("The colony was refounded in AD 58 by veterans.", "AD 58", "0058-01-01", "0058-12-31"),
        ("The colony was refounded in A.D. 58 by veterans.", "A.D. 58", "0058-01-01", "0058-12-31"),
        ("The colony was refounded in 58 AD by veterans.", "58 AD", "0058-01-01", "0058-12-31"),
        ("The bridge was rebuilt in 312 CE after the flood.", "312 CE", "0312-01-01", "0312-12-31"),
        ("The temple was struck by lightning in 76 bc, as the annals say.", "76 bc", "-0075-01-01",
         "-0075-12-31"),
    ],
)
def test_a_year_with_its_era(text: str, written: str, start: str, end: str) -> None:
    assert _dates(text)[written][:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The walls were raised in the 7th century BC by the tyrant.", "the 7th century BC", "-0699-01-01",
         "-0600-12-31"),
        ("The walls were raised in the seventh century B.C. by the tyrant.", "the seventh century B.C.",
         "-0699-01-01", "-0600-12-31"),
        ("The walls were raised late in the 7th century BC by the tyrant.", "late in the 7th century BC",
         "-0629-01-01", "-0600-12-31"),
        ("The mounds grew in the 3rd and 2nd centuries BCE across the plain.",
         "the 3rd and 2nd centuries BCE",
         "-0299-01-01", "-0100-12-31"),
        ("Farming reached the valley in the 6th millennium BC from the east.", "the 6th millennium BC",
         "-5999-01-01", "-5000-12-31"),
        ("The harbour silted up in the 320s BC as trade declined.", "the 320s BC", "-0328-01-01",
         "-0319-12-31"),
        ("The road was paved in the second century AD at great cost.", "the second century AD", "0100-01-01",
         "0199-12-31"),
    ],
)
def test_centuries_millennia_and_decades_bc(text: str, written: str, start: str, end: str) -> None:
    assert _dates(text)[written][:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The tyrant ruled from 27 BC to AD 14 without a rival.", "from 27 BC to AD 14", "-0026-01-01",
         "0014-12-31"),
        ("The tyrant ruled 27 BC – AD 14 without a rival.", "27 BC – AD 14", "-0026-01-01", "0014-12-31"),
        ("The league lasted 431–404 BC before it broke.", "431–404 BC", "-0430-01-01", "-0403-12-31"),
        ("The league lasted from 431 BC to 404 BC before it broke.", "from 431 BC to 404 BC", "-0430-01-01",
         "-0403-12-31"),
        ("The league lasted from 431 BC to 404 before it broke.", "from 431 BC to 404", "-0430-01-01",
         "-0403-12-31"),
        ("The dynasty held the land from 980 B.C. to 1270 when it fell.", "from 980 B.C. to 1270",
         "-0979-01-01",
         "1270-12-31"),
        ("The library stood (c. 290 bc–ad 48) by the harbour.", "c. 290 bc–ad 48", "-0289-01-01",
         "0048-12-31"),
    ],
)
def test_spans_within_and_across_the_eras(text: str, written: str, start: str, end: str) -> None:
    assert _dates(text)[written][:2] == (start, end)


def test_days_and_months_before_our_era() -> None:
    found = _dates("The consul was killed on 9 March 81 BC in the forum. The fleet was lost in June 81 BC.")
    assert found["9 March 81 BC"][:2] == ("-0080-03-09", "-0080-03-09")
    assert found["June 81 BC"][:2] == ("-0080-06-01", "-0080-06-30")
    found = _dates("The senator was born on October 3, 70 B.C., in the hills.")
    assert found["October 3, 70 B.C."][:2] == ("-0069-10-03", "-0069-10-03")
    assert _dates("The poet died on 2 May AD 17 in exile.")["2 May AD 17"][:2] == ("0017-05-02", "0017-05-02")


def test_a_day_without_a_year_takes_the_narrative_year_before_our_era() -> None:
    found = _dates("In 81 BC the consul returned. On 9 March he was killed in the forum.")
    assert found["9 March"][:2] == ("-0080-03-09", "-0080-03-09")


def test_the_event_of_a_date_before_our_era() -> None:
    assert _dates("In 412 BC the fleet sailed home.")["412 BC"][2] == "the fleet sailed home"


# --- guards: letters that are no era, numbers that are no years ---------------------------------------------


def test_british_columbia_after_a_place_or_a_modern_year_is_no_era() -> None:
    assert _dates("The mill near Vancouver, BC closed its doors.") == {}
    found = _dates("The party lost the 2017 BC election to its rival.")
    assert found["2017"][:2] == ("2017-01-01", "2017-12-31")
    assert not any(start.startswith("-") for start, _, _ in found.values())


def test_ad_and_ce_in_other_senses_are_no_era() -> None:
    assert _dates("The AD said that 14 men had left.") == {}
    assert _dates("The new AD-14 engine was tested at the plant.") == {}
    assert _dates("Windows CE 5 ran on the handheld.") == {}
    assert _dates("The boxes carry the CE mark and 300 labels.") == {}
    # a modern year before "CE" meaning a mark: our year, not a year named with its era
    assert _dates("Its 2004 CE marking was withdrawn.").get("2004", ("2004-01-01",))[0] == "2004-01-01"


def test_a_bare_number_is_no_year_before_our_era() -> None:
    assert _dates("The army of 480 marched at dawn; 300 stayed behind.") == {}
    assert _dates("The pottery (page 750) shows the same ware.") == {}


def test_years_of_our_era_are_unchanged() -> None:
    found = _dates("The treaty was signed in 1648 and the war ended in 1815.")
    assert found["1648"][:2] == ("1648-01-01", "1648-12-31")
    assert found["1815"][:2] == ("1815-01-01", "1815-12-31")


def test_a_season_before_our_era() -> None:
    found = _dates("The army moved in the spring of 302 BC and wintered by the lake in the winter of 302 BC.")
    assert found["the spring of 302 BC"][:2] == ("-0301-03-01", "-0301-05-31")
    assert found["the winter of 302 BC"][:2] == ("-0301-12-01", "-0300-02-28")


def test_between_two_years_before_our_era() -> None:
    found = _dates("The wall was built between 370 and 362 BC by the league.")
    assert found["between 370 and 362 BC"][:2] == ("-0369-01-01", "-0361-12-31")
    # guard: without "between", "and" joins two years, the first of which is a bare number
    found = _dates("The envoys came in 370 and 362 BC to the court.")
    assert list(found) == ["362 BC"] and found["362 BC"][:2] == ("-0361-01-01", "-0361-12-31")


def test_a_bracketed_aside_after_an_era_does_not_end_the_sentence() -> None:
    # "B.C." before "(Marathon) the …" is no sentence end: the event goes on after the aside
    found = _dates("After 371 B.C. (Leuctra) the power of the Spartans was broken for good.")
    assert "power of the Spartans was broken" in found["371 B.C."][2]


def test_an_era_still_ends_a_sentence_before_a_new_one() -> None:
    found = _dates("The harbour was walled in 371 B.C. (The walls stand today.) Merchants came later.")
    assert found["371 B.C."][2] == "The harbour was walled"
