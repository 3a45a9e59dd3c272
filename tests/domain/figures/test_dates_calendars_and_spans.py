"""Old Style days given in the Gregorian calendar (dates.py ``_is_old_style``, ``_new_style``), a day said
again in brackets, long spans of years and a battle's year in brackets. Sentences written for these tests;
each failed before its rule unless it is a guard."""

from __future__ import annotations

from annotator.domain.figures.dates import find_dates
from annotator.domain.structure.detect import detect


def _dates(text: str) -> dict[str, tuple[str, str, str]]:
    return {
        " ".join(text[d.start : d.end].split()): (d.date_start, d.date_end, d.event)
        for d in find_dates(text, detect(text))
    }


def test_a_text_marking_its_new_style_days_writes_the_others_in_old_style() -> None:
    text = (
        "On October 25, 1917 (November 7 on the Western calendar), the garrison went over. "
        "By October 27 the ministers were in the fortress."
    )
    found = _dates(text)
    assert found["October 25, 1917"][:2] == ("1917-11-07", "1917-11-07")
    assert found["November 7"][:2] == ("1917-11-07", "1917-11-07")  # marked New Style: kept
    assert found["October 27"][:2] == ("1917-11-09", "1917-11-09")
    assert "garrison went over" in found["October 25, 1917"][2]  # the event after the brackets


def test_a_day_marked_old_style_is_julian_in_any_text() -> None:
    text = "The squadron sailed on 14 March 1854 (O.S.) from the northern port."
    assert _dates(text)["14 March 1854"][:2] == ("1854-03-26", "1854-03-26")


def test_days_after_the_switch_and_texts_without_marks_stay_as_written() -> None:
    # guards: no calendar is named; after January 1918 Russia counted in New Style
    assert _dates("On October 25, 1917, the garrison went over.")["October 25, 1917"][:2] == (
        "1917-10-25", "1917-10-25")
    text = "On March 3, 1918 (New Style), the treaty was signed. On March 10, 1918 the capital moved."
    assert _dates(text)["March 10, 1918"][:2] == ("1918-03-10", "1918-03-10")


def test_a_long_war_s_span_of_years() -> None:
    text = "The long war between the two crowns lasted 1337–1453 and ruined the north."
    assert _dates(text)["1337–1453"][:2] == ("1337-01-01", "1453-12-31")


def test_a_battle_s_year_in_brackets_is_no_citation() -> None:
    text = "The Battle of Lepanto (1571) ended the galley age. The Siege of Rhodes (1522) came first."
    found = _dates(text)
    assert found["1571"][:2] == ("1571-01-01", "1571-12-31")
    assert found["1522"][:2] == ("1522-01-01", "1522-12-31")


def test_an_author_s_year_in_brackets_stays_a_citation() -> None:
    # guard: "Hobsbawm (1962)" is a book's year
    assert "1962" not in _dates("As Hobsbawm (1962) argued, the dual revolution shaped the age.")


def test_a_year_before_the_christian_era_is_read_before_it() -> None:
    # (session 11 only kept these from being read as years of our era; they are now read, astronomically)
    text = (
        "The citadel burned about 1200 B.C., and in March 1100 BCE its harbour silted up. "
        "It fell in 1150 BC."
    )
    found = _dates(text)
    assert found["about 1200 B.C."][:2] == ("-1199-01-01", "-1199-12-31")
    assert found["March 1100 BCE"][:2] == ("-1099-03-01", "-1099-03-31")
    assert found["1150 BC"][:2] == ("-1149-01-01", "-1149-12-31")
    assert not any(start[:1].isdigit() and start >= "1000" for start, _, _ in found.values())


def test_letters_after_a_year_that_are_no_era_keep_it() -> None:
    # guard: "BCCI" is a bank's name
    assert _dates("In 1988 BCCI opened a branch in the port.")["1988"][:2] == ("1988-01-01", "1988-12-31")


# --- the source's setting: its days are in Old Style (session 12) -------------------------------------------

_TSAR = (
    "On Sunday, January 9, 1905, the troops fired on the marchers. On the 17th of October 1905 the tsar "
    "promised a parliament. In March 1917 he gave up the throne."
)


def test_a_source_said_to_date_in_old_style_has_its_days_given_in_the_new() -> None:
    found = {
        " ".join(_TSAR[d.start : d.end].split()): (d.date_start, d.date_end)
        for d in find_dates(_TSAR, detect(_TSAR), old_style=True)
    }
    assert found["January 9, 1905"] == ("1905-01-22", "1905-01-22")
    assert found["the 17th of October 1905"] == ("1905-10-30", "1905-10-30")
    assert found["March 1917"] == ("1917-03-01", "1917-03-31")  # a month is not shifted


def test_without_the_setting_unmarked_days_stay_as_written() -> None:
    # guard: the same text, the setting off (session 11's reading)
    found = {_TSAR[d.start : d.end]: d.date_start for d in find_dates(_TSAR, detect(_TSAR))}
    assert found["January 9, 1905"] == "1905-01-09"


def test_the_setting_leaves_new_style_days_and_days_after_the_switch_alone() -> None:
    text = (
        "The strike began on February 23, 1917 (March 8, N.S.) in the capital. The new calendar came in, "
        "and on March 3, 1918, the treaty was signed. Caesar was killed on 15 March 44 BC."
    )
    found = {
        " ".join(text[d.start : d.end].split()): d.date_start
        for d in find_dates(text, detect(text), old_style=True)
    }
    assert found["February 23, 1917"] == "1917-03-08"
    assert found["March 8"] == "1917-03-08"  # said in New Style: as written
    assert found["March 3, 1918"] == "1918-03-03"  # after Russia's switch: no Julian day
    assert found["15 March 44 BC"] == "-0043-03-15"  # before the Gregorian calendar: as written
