"""Label-value lists (fig17x, set K): a run of items "LABEL [joint] VALUE" joined by semicolons, commas or
line breaks, where each value counts its own item's label and the list's lead-in shares its measure
("The wages paid were: …", "Deaths by parish, 1850: …"). Sentences written for these tests; each rule test
failed on main but three kept as checks that main already read (Drovers, Carters, adults: a comma-joined
semicolon list without quotes), and "Trammers" (its own line's label); the guards passed there."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, counted, figures, has_key

# --- the item's own label ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        # semicolons, a comma between label and value
        ("The keeper's book gives the yearly wages: Ostlers, £14 to £20; Drovers, £10 to £16; Carters, £12.",
         "£10", "Drovers"),
        ("The keeper's book gives the yearly wages: Ostlers, £14 to £20; Drovers, £10 to £16; Carters, £12.",
         "£12.", "Carters"),
        # vital statistics after a total
        ("Vaccinations in the town during 1871 numbered 812: infants, 655; adults, 157.", "157", "adults"),
        # quoted names, the first with its verb
        ("At Michaelmas the steward paid out: \"Martha\" receives £3 4s.; \"Young Tom,\" £1 10s.; "
         "\"Ned the shepherd,\" £7.", "£1 10s.", "Young Tom"),
        ("At Michaelmas the steward paid out: \"Martha\" receives £3 4s.; \"Young Tom,\" £1 10s.; "
         "\"Ned the shepherd,\" £7.", "£3 4s.", "Martha"),
        # prose list whose later items leave the verb out
        ("In the rectory the cook received 18 guineas a year, a dairymaid 9 guineas, the groom 12 guineas.",
         "9 guineas", "dairymaid"),
        ("In the rectory the cook received 18 guineas a year, a dairymaid 9 guineas, the groom 12 guineas.",
         "12 guineas", "groom"),
    ],
)
def test_a_value_in_a_list_counts_its_own_label(text: str, snippet: str, label: str) -> None:
    assert has_key(at(text, snippet), label), counted(text, snippet)


LINES = """The rates paid at the quarry were these:

Hewers from 22s. 0d. to 27s. 0d.
Trammers average 18s. 6d.
Banksmen from 19s. 0d. to 21s. 0d.
Smiths (day work) 24s.
Boys, lads and trappers 9s. to 12s.
"""


@pytest.mark.parametrize(
    ("snippet", "label"),
    [("22s.", "Hewers"), ("18s. 6d.", "Trammers"), ("19s.", "Banksmen"), ("24s.", "Smiths"),
     ("9s. to 12s.", "Boys lads trappers")],
)
def test_a_line_list_counts_each_line_s_label_not_the_next_line_s(snippet: str, label: str) -> None:
    f = at(LINES, snippet)
    assert has_key(f, label), f.counted
    # the next line's label is not what this line's value counts
    assert "Trammers" not in f.counted or label == "Trammers"


LEADERS = "Tolls taken at the bridge:\nCarts .... 4d.\nHorses .... 1d.\nDroves of cattle .... 10d.\n"


def test_leader_dots_join_a_label_to_its_value() -> None:
    assert has_key(at(LEADERS, "1d."), "Horses")
    assert has_key(at(LEADERS, "10d."), "Droves of cattle")


# --- the lead-in's measure ----------------------------------------------------------------------------------


def test_a_caption_s_measure_goes_with_each_label() -> None:
    text = "Rural population by county, 1851: Devon 402,000, Dorset 141,000, Wiltshire 186,000.\n"
    f = at(text, "141,000")
    assert has_key(f, "Dorset rural population"), f.counted


def test_the_measure_before_the_colon_goes_with_the_items() -> None:
    text = "The weekly wages of the mill hands were as follows:\nSpinners 21s.\nPiecers 8s.\nCarders 14s.\n"
    f = at(text, "8s.")
    assert has_key(f, "Piecers weekly wages"), f.counted


# --- looks like it but isn't -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "not_label"),
    [
        # one item alone is no list
        ("Meanwhile, 400 weavers were out of work in the town that winter.", "400", "Meanwhile"),
        # a clause with its own verb after a comma is no later item
        ("In the 1868 ballot 61 per cent of the freeholders voted, and the Liberal men received 58 per cent "
         "of the votes.", "58 per cent", "Liberal men"),
        # a hedge before a number is no label
        ("The mill stood by the river, approximately 3 miles from the town, and the bleach works, roughly 5 "
         "miles from it.", "3 miles", "approximately"),
        # a clause's words before a comma are no label, though the items have the same shape
        ("In 1850, 300 men struck; in 1851, 120 men.", "120", "in"),
    ],
)
def test_what_only_looks_like_a_list_item_keeps_its_reading(text: str, snippet: str, not_label: str) -> None:
    assert not_label.lower() not in at(text, snippet).counted.lower().split()


def test_a_share_of_a_named_whole_keeps_what_follows_it() -> None:
    text = "At the 1910 count: Anglicans, 62 per cent of the parish; Dissenters, 31 per cent of the parish."
    assert has_key(at(text, "31 per cent"), "parish")



# --- price lists: a rate between label and value, dittos, and measures that are no years --------------------

MARKET = ("Retail prices: — Mutton, per lb., 5d. ; lamb, per lb., 7d. ; cheese, fresh, per lb., 9d. ; do., "
          "old, 11d. ; candles, per lb. 8d. ; oats, per bushel, 3s. 2d.")


@pytest.mark.parametrize(
    ("snippet", "label"),
    [("5d.", "Mutton"), ("7d.", "lamb"), ("9d.", "cheese"), ("11d.", "old"), ("8d.", "candles"),
     ("3s. 2d.", "oats")],
)
def test_a_rate_between_a_price_s_label_and_its_value_keeps_the_label(snippet: str, label: str) -> None:
    f = at(MARKET, snippet)
    assert has_key(f, label), f.counted
    assert f.period_start is None


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("The mill's price for fine flour was £21 per 2000 lbs. that week.", "£21"),
        ("The carrier took 3s. per 1000 bushels from the wharf.", "3s."),
    ],
)
def test_a_weight_or_measure_of_four_digits_is_no_year(text: str, snippet: str) -> None:
    assert at(text, snippet).period_start is None


def test_a_four_digit_year_before_a_measure_after_in_stays_a_year() -> None:
    text = "In 1850 acres of the common were enclosed, and the rent rose to £2 an acre."
    assert at(text, "£2").period_start == 1850


def test_an_archive_reference_is_no_list() -> None:
    text = "The order survives in the archive (TsGA, f. 41, op. 7, d. 2210, l. 93) and was read out."
    assert not any(f.counted in ("op", "d", "l", "f") for f in figures(text))


def test_a_value_that_names_its_own_noun_and_a_dated_neighbour_keep_their_reading() -> None:
    text = ("Minutes of the branch meeting of the Carters' Union, Leeds Town Hall, 14 May 1911\n\n"
            "Present: 212 members of the union. Chair: Brother Hollis.\n")
    assert has_key(at(text, "212"), "members of union")


def test_a_paragraph_break_ends_a_list() -> None:
    text = ("The guild took boys for ages 11-14, and journeymen for ages 18-30.\n\n"
            "A HISTORY OF THE CUTLERS 212\n\nOver all this the master presided with 40 apprentices.\n")
    assert not any("CUTLERS" in f.counted for f in figures(text))
