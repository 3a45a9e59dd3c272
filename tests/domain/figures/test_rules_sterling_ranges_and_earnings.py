"""British social history's wages (fig17w, set H): sums in shillings and pence as ranges ("8s. to 9s. 6d.",
"5s. or 6s.") and after a stop with punctuation ("27s.,"), spelled sums ("7 shillings 9 pence"), the earner as
what a wage counts ("a wool-comber, who earned 12s."), old print's "per cent." and a comparison after a
share, "per cent" run on to its number, and the years of a change's ends or of a part of the period spoken of.
Sentences written for these tests; each rule test failed on main, the guards passed."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, figures, has_key, years

# --- sums in shillings and pence (numbers/sterling.py) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("In 1912 the boys at the rope-walk were paid 8s. to 9s. 6d. a week.", "8s. to 9s. 6d.", 0.4, 0.475),
        ("In 1840 a stocking-knitter made 5s. or 6s. a week.", "5s. or 6s.", 0.25, 0.3),
        ("In 1889 a porter's family lived on between 18s. and 21s. a week.", "18s. and 21s.", 0.9, 1.05),
    ],
)
def test_two_sums_joined_as_a_range_are_one_figure(text: str, written: str, low: float, high: float) -> None:
    found = figures(text)
    assert [text[f.start : f.end] for f in found if f.unit == "pounds"] == [written.split(" a week")[0]]
    f = next(f for f in found if f.unit == "pounds")
    assert f.value is None and f.low == pytest.approx(low) and f.high == pytest.approx(high)


def test_a_sum_before_a_comma_or_an_ellipsis_is_read() -> None:
    text = "In 1851 the rent of the room was 4s., paid on Mondays, and the coal cost no more than 3s..."
    found = [f for f in figures(text) if f.unit == "pounds"]
    assert [round(f.value, 4) for f in found] == [0.2, 0.15]


def test_a_sum_spelled_in_shillings_and_pence_is_one_figure_in_pounds() -> None:
    text = "In 1830 the hand-loom weaver's wage was 7 shillings 9 pence a week."
    f = at(text, "7 shillings")
    assert text[f.start : f.end] == "7 shillings 9 pence"
    assert f.unit == "pounds" and f.value == pytest.approx(0.3875)


def test_guard_shillings_alone_keep_their_unit() -> None:
    text = "In 1830 the hand-loom weaver's wage was 26 shillings a week."
    f = at(text, "26 shillings")
    assert f.unit == "shillings" and f.value == 26


def test_guard_a_change_from_one_sum_to_another_is_two_figures() -> None:
    text = "In the years 1800-1830 the weaver's wage fell from 30s. to 22s. a week."
    assert [text[f.start : f.end] for f in figures(text) if f.unit == "pounds"] == ["30s.", "22s."]


# --- what a wage counts: its earner (numbers/complement.py _EARNED_VERB) ------------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        ("In 1850 a Leeds wool-comber, who earned 12s. a week, had five children.", "12s.", "wool-comber"),
        ("In 1850 the Leeds wool-combers earned 10 to 14 shillings a week.", "10 to 14", "wool-combers"),
        ("In 1850 a carter, for example, could earn £1 2s a week.", "£1 2s", "carter"),
        ("In 1850 the apprentices received 2s. 6d. a week.", "2s. 6d.", "apprentices"),
    ],
)
def test_a_wage_counts_its_earner(text: str, snippet: str, label: str) -> None:
    assert has_key(at(text, snippet), label)


def test_guard_a_pronoun_earner_leaves_the_verb() -> None:
    text = "In 1850 he earned 12s. a week."
    assert has_key(at(text, "12s."), "earned")


# --- per cent (numbers/counted.py) --------------------------------------------------------------------------


def test_old_prints_per_cent_with_a_stop_still_reads_its_phrase() -> None:
    text = "In 1899, 31.6 per cent. of the dockers were casual hands."
    assert has_key(at(text, "31.6"), "dockers")


def test_a_comparison_after_a_share_counts_the_subject() -> None:
    text = "Rents in the borough were 8 per cent higher in 1907 than in 1905."
    assert has_key(at(text, "8 per cent"), "rents")


def test_guard_a_comparison_before_a_noun_counts_the_noun() -> None:
    text = "In 1907 the union had 30 per cent more members than in 1905."
    assert has_key(at(text, "30 per cent"), "members")


def test_per_cent_run_on_to_its_number_is_read() -> None:
    text = "In 1872 the masons won a 25per cent rise."
    f = at(text, "25per")
    assert f.unit == "per cent" and f.value == 25


# --- the years of a change's ends and of a part of the period (numbers/carried.py) --------------------------

SPAN = "The returns give weavers' wages from 1800 to 1840. "


def test_a_change_carried_a_span_written_in_words_takes_its_ends() -> None:
    text = SPAN + "The wage fell from 24 shillings to 9 shillings."
    assert years(at(text, "24 shillings")) == (1800, 1800)
    assert years(at(text, "9 shillings")) == (1840, 1840)


def test_a_sum_in_shillings_and_pence_at_a_changes_end_takes_its_year() -> None:
    text = SPAN + "The wage fell from 24s. to 9s. 6d."
    assert years(at(text, "9s. 6d.")) == (1840, 1840)


def test_the_beginning_and_the_end_of_the_period_are_its_first_and_last_years() -> None:
    text = SPAN + "At the beginning of the period a weaver bought 90 lb of flour; at the end only 30 pounds."
    assert years(at(text, "90")) == (1800, 1800)
    assert years(at(text, "30 pounds")) == (1840, 1840)


def test_guard_a_figure_of_the_whole_period_keeps_the_span() -> None:
    text = SPAN + "Over the period some 4,000 weavers left the town."
    assert years(at(text, "4,000")) == (1800, 1840)


def test_guard_the_end_of_another_time_is_no_part_of_the_period() -> None:
    text = SPAN + "At the end of the war some 4,000 weavers left the town."
    assert years(at(text, "4,000")) != (1840, 1840)


# --- vulgar fractions, pence written out, a price per measure (numbers/values.py, counted.py) -------------


@pytest.mark.parametrize(
    ("text", "snippet", "value"),
    [
        ("In 1834 a weaver's family ate 1 ½ pounds of meat a week.", "1 ½", 1.5),
        ("In 1850 the cottager rented 2½ acres of glebe.", "2½", 2.5),
        ("In 1850 the cottager rented 3¼ acres of glebe.", "3¼", 3.25),
    ],
)
def test_a_whole_number_with_a_vulgar_fraction_is_one_value(text: str, snippet: str, value: float) -> None:
    assert at(text, snippet).value == pytest.approx(value)


def test_pence_written_out_are_a_price_of_what_the_subject_names() -> None:
    text = "In 1800 oatmeal was at 3 ½ pence the pound in Preston."
    f = at(text, "3 ½")
    assert f.unit == "pence" and f.value == pytest.approx(3.5)
    assert has_key(f, "oatmeal")


def test_guard_a_weight_in_pounds_is_no_price() -> None:
    text = "In 1800 a Preston family bought 14 pounds of oatmeal a week."
    f = at(text, "14 pounds")
    assert f.unit != "pence" and has_key(f, "oatmeal")


# --- a paragraph that goes on about the person of the one before (numbers/carried.py) ---------------------


def test_a_paragraph_opening_on_he_goes_on_in_the_time_of_the_one_before() -> None:
    text = ("When the surveyor came to Bolton in 1788, he found the looms busy.\n\n"
            "He was told that 4,000 hands worked in the town.\n")
    assert years(at(text, "4,000")) == (1788, 1788)


def test_guard_a_paragraph_opening_on_another_subject_takes_no_time_from_before() -> None:
    text = ("When the surveyor came to Bolton in 1788, he found the looms busy.\n\n"
            "The town now has some 4,000 hands in its mills.\n")
    assert years(at(text, "4,000")) != (1788, 1788)


# --- the stroke, bare shillings beside other sums, ranges in one currency, "for a …" (sterling, detector)


@pytest.mark.parametrize(
    ("text", "written", "pounds"),
    [
        ("In 1909 the box-makers took home 9/- a week.", "9/-", 0.45),
        ("In 1909 the allowance left for food was 6/4½ that week.", "6/4½", 0.31875),
        ("In 1909 the rent of two rooms was 4/6 a week.", "4/6", 0.225),
    ],
)
def test_shillings_and_pence_with_a_stroke_are_a_sum(text: str, written: str, pounds: float) -> None:
    f = at(text, written)
    assert text[f.start : f.end] == written and f.unit == "pounds" and f.value == pytest.approx(pounds)


def test_guard_a_date_or_a_fraction_with_a_stroke_is_no_sum() -> None:
    text = "On 9/11 the council met, and a 3/4 majority passed the rates in 1909."
    assert all(f.unit != "pounds" for f in figures(text))


def test_bare_shillings_beside_another_sum_are_sums() -> None:
    text = "In 1870 farm wages ran from 9s to 12s a week, against 20s to 25s and even 40s in the mills."
    found = [(text[f.start : f.end], f.low, f.high, f.value) for f in figures(text) if f.unit == "pounds"]
    assert found == [
        ("9s to 12s", 0.45, 0.6, None), ("20s to 25s", 1.0, 1.25, None), ("40s", None, None, 2.0)
    ]


def test_guard_a_decade_beside_a_sum_stays_a_decade() -> None:
    text = "In the 60s a porter earned 18s. a week."
    assert [text[f.start : f.end] for f in figures(text) if f.unit == "pounds"] == ["18s."]


def test_two_sums_in_pounds_joined_as_a_range_are_one_figure() -> None:
    text = "In 1760 a cook could be hired for between £9 and £12 a year, and a groom for £15 to £18."
    found = [(text[f.start : f.end], f.low, f.high) for f in figures(text)]
    assert found == [("£9 and £12", 9, 12), ("£15 to £18", 15, 18)]


def test_guard_the_two_ends_of_a_raised_fee_stay_two_figures() -> None:
    text = "In 1760 the vestry meant to double the sexton's fee from £2 to £4 a year."
    assert [text[f.start : f.end] for f in figures(text)] == ["£2", "£4"]


def test_guard_sums_of_very_different_size_are_no_range() -> None:
    text = "In 1990 the repairs cost $2 to $3 million."
    assert all(f.low != 2 for f in figures(text))


def test_a_wage_for_a_person_named_after_it_counts_that_person() -> None:
    text = "In 1760 wages ran up to £20 per annum for a butler."
    assert has_key(at(text, "£20"), "butler")


def test_a_weight_run_on_to_its_number_is_read() -> None:
    text = "In 1857 the week's food was 6lbs of bread and 2lbs of bacon."
    assert [text[f.start : f.end] for f in figures(text)] == ["6", "2"]
    assert has_key(at(text, "6lbs"), "bread")


# --- old print's dated span, more verbs of earning, openings and asides before the earner -----------------


def test_a_span_of_months_with_old_prints_commas_is_the_span() -> None:
    text = "The family was visited from March, 1908, till May, 1909, and owed 12s. for rent."
    assert years(at(text, "12s.")) == (1908, 1909)


@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        ("In 1760, by contrast, a groom could expect £10 per year.", "£10", "groom"),
        ("By contrast a groom could expect £10 per year in 1760.", "£10", "groom"),
        ("In 1844 lads of fourteen, working beside the men, got 6s. a week.", "6s.", "lads"),
        ("In 1909 the box-makers took home 9/- a week.", "9/-", "box-makers"),
    ],
)
def test_more_verbs_and_shapes_of_earning_count_the_earner(text: str, snippet: str, label: str) -> None:
    assert has_key(at(text, snippet), label)


def test_a_subject_beginning_with_working_men_is_no_participles_aside() -> None:
    text = "In 1844 the working men of the town earned 15s. a week."
    assert has_key(at(text, "15s."), "working men")


# --- OCR's raised decimal point in a paragraph of percentages (numbers/values.py british_decimals) ---------

# (a line longer than a table's row: 200 characters and more)
LONG = ("The inquiry of the guardians went from street to street through the winter and the spring of the "
        "year, and their clerks wrote down every family's earnings and rent as the visitors came in. ")


def test_a_raised_point_beside_a_percentage_in_a_long_paragraph_is_a_decimal() -> None:
    text = LONG + "In 1899, 12'40 per cent. of the men were out of work, or 3'15 of the whole town.\n"
    assert at(text, "3'15").value == pytest.approx(3.15)


def test_guard_two_raised_points_in_a_long_line_without_a_percentage_stay_apart() -> None:
    text = LONG + "In 1899 the sergeant, 5'6 in his boots, led 40 men, and the corporal, 5'9, led 30 more.\n"
    assert all(f.value != pytest.approx(5.6) for f in figures(text))


def test_guard_a_decade_after_another_beside_a_sum_stays_a_decade() -> None:
    text = "In the 1930s and 40s a porter earned 48s. a week, and in the 20s and 30s a carter 30s."
    assert [text[f.start : f.end] for f in figures(text) if f.unit == "pounds"] == ["48s.", "30s"]
