"""Rules for what a figure counts from elsewhere in its clause (numbers/subjects.py, counted_cues.py): the
subject of a measure or a copula, "put at", "the number of", labels of lists, boxes, tables and dash entries,
a lead or heading naming what a table counts, the owner of a share. Sentences written for these tests; each
failed before its rule unless it is a guard."""

from __future__ import annotations

import pytest

from annotator.domain.figures.grouping import counted_key
from tests.domain.figures.helpers import at, counted, figures, has_key


@pytest.mark.parametrize(
    ("text", "snippet", "counted", "value"),
    [
        # a duration that measures something is a figure
        ("In 1995 life expectancy for women fell to 71.6 years.", "71.6 years", "life expectancy", 71.6),
        # what the estimates are of
        ("Estimates of military deaths range from 8.7 million to 11 million.", "8.7 million",
         "military deaths", 8.7e6),
        # the noun inside a ratio, where nothing follows it
        ("In 1990 one marriage in two ended in divorce.", "one marriage in two", "marriage", 0.5),
    ],
)
def test_counted_measures_s4(text: str, snippet: str, counted: str, value: float) -> None:
    f = at(text, snippet)
    assert set(counted_key(counted).split()) <= set(counted_key(f.counted).split()), f.counted
    assert f.value == value or f.low == value


@pytest.mark.parametrize(
    ("text", "snippet", "unit", "counted"),
    [
        # a measure in kilograms, grams, kilowatt-hours: the unit is no noun counted; the subject is
        ("Sugar consumption per head of the rural population fell to 4 kg a year in 1933.", "4 kg", "kg",
         "sugar consumption"),
        ("The daily ration of a worker in the camp was cut to 400 grams.", "400 grams", "grams",
         "ration"),
        ("Electricity output in the Urals reached 9.5 billion kilowatt-hours in 1940.", "9.5 billion", "kWh",
         "electricity output"),
        # "per head", "per inhabitant": the measure, not the heads
        ("Living space per inhabitant of Kharkov shrank from 6.1 square metres in 1926 to 4.4 in 1940.",
         "6.1 square", "square metres", "living space"),
    ],
)
def test_a_measure_counts_its_subject_not_its_unit(text: str, snippet: str, unit: str, counted: str) -> None:
    f = at(text, snippet)
    assert f.unit == unit
    assert has_key(f, counted), f.counted


@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        # «составило N человек»: the subject before the verb is what is counted, not the people
        ("По переписи 1959 года население Казахстана составило 9,3 млн человек.", "9,3 млн", "население"),
        ("In 1940 the workforce of the trust amounted to 46,000 people.", "46,000", "workforce"),
    ],
)
def test_people_after_a_verb_of_amount_count_the_subject(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet).counted


@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        # "put/set/estimated … at N": what is put at the figure
        ("Later studies put the loss of cattle during collectivization at about 45 per cent.",
         "45 per cent", "loss of cattle"),
        ("The Third Plan set the output of oil for 1942 at 54 million tonnes.", "54 million",
         "output of oil"),
        ("Military deaths in the Winter War are usually put at 126,000.", "126,000", "military deaths"),
        ("Rural emigrants are estimated at 9 to 12 million.", "9 to 12", "rural emigrants"),
        # estimates of X in a span of years range between …
        ("Estimates of excess mortality in 1946–47 range between 1 and 1.5 million.", "between 1 and 1.5",
         "excess mortality"),
    ],
)
def test_what_is_put_at_a_figure_is_what_it_counts(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet).counted


@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        # "the number of X … rose from A to B": X, however long the subject
        ("The number of special settlers in the northern territories of the Union fell from 1.3 million "
         "to 938,000.", "1.3 million", "special settlers"),
        ("Справка о численности ссыльных на 1 апреля 1935 г.: всего 512 тыс. человек.", "512 тыс",
         "ссыльных"),
        # a part named before an approximation: «из них трудоспособных около 300 тыс.»
        ("Всего 900 тыс. человек, из них детей около 300 тыс.", "300 тыс", "детей"),
    ],
)
def test_the_number_of_what_is_counted(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet).counted


def test_a_heading_by_places_counts_its_noun_for_each_place() -> None:
    text = "Grain procurements by region, 1931: Ukraine 7.7 million tonnes, North Caucasus 2.6 million tonnes"
    for snippet, place in (("7.7 million", "Ukraine"), ("2.6 million", "North Caucasus")):
        f = at(text, snippet)
        assert has_key(f, "grain procurements") and has_key(f, place), f.counted


@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        # verbs of nearing and passing a figure: their subject is counted
        ("By 1950 the membership of the trade unions approached 29 million.", "29 million", "membership"),
        ("In 1939 the sown area of the kolkhozes exceeded 117 million hectares.", "117 million", "sown area"),
    ],
)
def test_verbs_of_nearing_and_passing(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet).counted


def test_a_second_subject_after_and_from_does_not_fail() -> None:
    # ", and that of sheep from 97 million": the pattern's second branch has no verb (it raised
    # AttributeError before, for every text with such a sentence)
    text = (
        "Between 1929 and 1933 the number of goats fell from 9.7 million to 3.3 million, and that of sheep "
        "from 97 million to 37 million."
    )
    assert [text[f.start : f.end] for f in figures(text)][:2] == ["9.7 million", "3.3 million"]
    assert at(text, "97 million").value == 97e6


# Class 2, the subject of a measure: a figure whose own words say nothing counts what the sentence's subject
# names when that subject is a quantity ("the population of X was", "the mortality of 1933 was N times",
# "aircraft production … was three times Germany's"), and a figure set against another ("compared with",
# "the official figure of", "as against") counts what that one counts.
@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        ("The urban population of Russia was 18 million in 1920.", "18 million", "urban population"),
        ("In the Kiev region the mortality of 1933 was 4.5 times that of 1931.", "4.5 times", "mortality"),
        ("Soviet aircraft production in 1943 was nearly three times Germany's.", "three times",
         "aircraft production"),
        ("Pig iron output reached 15 million tonnes in 1940, compared with 3.3 million in 1928.",
         "3.3 million", "pig iron output"),
        ("The 1933 harvest is variously estimated at 68 to 70 million tonnes, above the official figure of "
         "89.8 million.", "89.8 million", "harvest"),
        ("Coal output rose to 166 million tonnes in 1940, as against 35.5 million in 1928.", "35.5 million",
         "coal output"),
    ],
)
def test_subject_or_comparand_of_a_measure(text: str, snippet: str, counted: str) -> None:
    f = at(text, snippet)
    assert has_key(f, counted), f.counted


def test_a_bare_was_after_a_subject_that_is_no_quantity_is_not_read() -> None:
    # "the reason was": no quantity, so the figure's own words (none here) stand
    f = at("The reason for the delay was 3,000 missing wagons in 1931.", "3,000")
    assert "reason" not in f.counted.lower()


# Class 6, the second part of a comparison of two things: ", and that of goats from 10 million" counts the
# goats; "from 1.6 million inhabitants in 1926 to 3.2 million" counts the inhabitants at both ends.
def test_that_of_x_counts_x() -> None:
    text = ("Between 1929 and 1933 the number of sheep fell from 97 million to 37 million, and that of goats "
            "from 10 million to 3 million.")
    assert has_key(at(text, "10 million"), "goats") and has_key(at(text, "3 million"), "goats")
    assert has_key(at(text, "37 million"), "sheep")


# Class 2 again, in the forms of reports: "N more than …" is set against the figure before it; a quantity
# subject with its time ("actual output that year was") is still a quantity; "the figure for executions
# was" counts the executions.
@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        ("In 1936 the state farms sowed 12.1 million hectares, 0.8 million more than in the year before.",
         "0.8 million", "sown"),
        ("The plan set the output of cement for 1937 at 7.5 million tonnes; actual output that year was "
         "5.5 million.", "5.5 million", "output"),
        ("In Belorussia the figure for arrests in 1937 was about 60,000.", "60,000", "arrests"),
    ],
)
def test_report_forms_of_a_measure(text: str, snippet: str, counted: str) -> None:
    f = at(text, snippet)
    assert has_key(f, counted), f.counted


# From the third unseen set (s7c), sentences written for this test: the subject of a change is the whole
# noun phrase before its verb, however long ("The sown area of the collective farms of the Ukraine more
# than doubled … from"); "took N per cent of" gives a share like "made up".
def test_the_subject_of_a_change_is_its_whole_noun_phrase() -> None:
    text = ("The sown area of the collective farms of Ukraine more than doubled between 1929 and 1932, "
            "rising from 9.1 million to 19.6 million hectares.")
    assert has_key(at(text, "9.1 million"), "sown area")


def test_a_share_taken() -> None:
    f = at("Heavy industry took 46 per cent of all investment in 1932.", "46 per cent")
    assert has_key(f, "heavy industry"), f.counted


# Class 5: a list's label before a colon names what its figures count: "Horses: 30 million → 15 million",
# "Camp deaths: 1.5 million".
@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        ("Livestock, 1929 to 1934:\n- Goats: 9 million → 4 million\n- Camels: 1.2 million → 0.5 million\n",
         "4 million", "goats"),
        ("Livestock, 1929 to 1934:\n- Goats: 9 million → 4 million\n- Camels: 1.2 million → 0.5 million\n",
         "1.2 million", "camels"),
        ("Losses by kind:\n- Exile deaths: ~240,000\n- Camp deaths: 1.5 million\n", "~240,000",
         "exile deaths"),
        ("**Teachers purged**: 8,000\n", "8,000", "teachers purged"),
    ],
)
def test_a_list_label_before_a_colon_names_what_is_counted(text: str, snippet: str, counted: str) -> None:
    assert has_key(at(text, snippet), counted), at(text, snippet)


def test_a_list_label_does_not_replace_the_figures_own_noun() -> None:
    text = "**Human cost**: about 8 million Soviet civilians killed\n"
    assert has_key(at(text, "8 million"), "Soviet civilians")


def test_words_before_a_colon_that_open_with_a_preposition_are_no_label() -> None:
    text = "In the end: 30,000 had been arrested in the city.\n"
    assert has_key(at(text, "30,000"), "arrested")


# Class 13: a table or list of estimates without a noun of its own counts what its lead line names ("Death
# Toll Estimates:") or, failing that, its section's heading ("### Executions by region (1937-1938)").
def test_a_table_under_a_lead_naming_deaths_counts_deaths() -> None:
    text = ("### The Kazakh famine\n\n**Death Toll Estimates**:\n| Source | Estimate |\n|---|---|\n"
            "| Pianciola | 1.3 million |\n| UN statement (25 states) | 2 million |\n")
    assert has_key(at(text, "1.3 million"), "deaths")
    assert has_key(at(text, "2 million"), "deaths")


def test_a_list_under_a_heading_naming_executions_counts_executions() -> None:
    text = "### Executions by region (1937-1938)\n\n- Leningrad: over 40,000\n- Moscow: 29,000\n"
    f = at(text, "29,000")
    assert has_key(f, "Moscow executions") or has_key(f, "executions"), f


def test_a_lead_that_names_no_event_gives_nothing() -> None:
    text = "**Sources consulted**:\n| Archive | Files |\n|---|---|\n| GARF | 1,200 |\n"
    assert not has_key(at(text, "1,200"), "deaths")


# Class 16: the subject of a measure across a span of years and after "that": "an audit finds that military
# aid to Egypt between 1979 and 2010 totaled $60 billion"; "has been" after a quantity like "was".
@pytest.mark.parametrize(
    ("text", "snippet", "counted"),
    [
        ("An audit finds that military aid to Egypt between 1979 and 2010 totaled $60 billion.",
         "$60 billion", "military aid"),
        ("Total Soviet assistance to Cuba has been roughly $40 billion.", "$40 billion", "Soviet assistance"),
    ],
)
def test_the_subject_of_a_measure_across_years_and_that(text: str, snippet: str, counted: str) -> None:
    f = at(text, snippet)
    assert has_key(f, counted) and "audit" not in f.counted and "finds" not in f.counted, f


# Class 21: a markdown table's column header names what its figures count ("| Source | Executions |"); under
# a header that says nothing ("| Metric | Number |") the row's first cell does.
def test_a_tables_column_header_names_what_is_counted() -> None:
    text = "| Source | Executions |\n|---|---|\n| NKVD summary | 681,692 |\n| Memorial | 724,000 |\n"
    assert has_key(at(text, "724,000"), "executions")


def test_a_metric_tables_row_name_names_what_is_counted() -> None:
    text = "| Metric | Number |\n|---|---|\n| Camps in 1940 | 53 |\n| Labour colonies | 423 |\n"
    assert has_key(at(text, "423"), "labour colonies")


# Round 2 (helper fig2): a share "of GDP" measures what the clause speaks of, not the economy.
@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        ("By March the state's debt amounted to 41% of GDP, the ministry said.", "41%", "debt"),
        ("Arms spending exceeded 7% of quarterly GDP in the spring.", "7%", "arms spending"),
        ("Most small states spend under 1% of GDP on their navies.", "1%", "navies"),
        ("The province, with a budget deficit of only 2% of GDP, borrowed little.", "2%", "budget deficit"),
    ],
)
def test_a_share_of_gdp_counts_what_it_measures(text: str, snippet: str, label: str) -> None:
    assert has_key(at(text, snippet), label)


# "a 1920 harvest of 40 million tons": the measure named before "of".
def test_harvest_of_names_what_a_tonnage_measures() -> None:
    f = at("The board had hoped for a 1920 harvest of 40 million tons.", "40 million")
    assert has_key(f, "harvest")


# A summary box's row: its label says what the figure counts, not the next row's words.
def test_summary_box_row_label_names_what_is_counted() -> None:
    text = (
        "Ormen famine\nPeriod 1902–04\nTotal deaths 80,000 to 120,000\nObservations Drought, war\n\nText.\n"
    )
    f = at(text, "80,000")
    assert has_key(f, "deaths") and "observations" not in f.counted.lower()


def test_prose_line_is_no_box_row() -> None:
    # guard: a prose line that ends in a figure and runs on is no row
    text = "Prisoners numbered 80,000\nin the camps of the north.\n"
    assert has_key(at(text, "80,000"), "prisoners")


# The subject of a copular clause names what its figure counts, when the number's own words name nothing,
# also with a long prepositional phrase between the head and the verb.
def test_copular_subject_far_from_the_number() -> None:
    text = "The population of the valley on the eve of the drought was about 2.4 million people."
    assert has_key(at(text, "2.4 million"), "population")


def test_copular_subject_then_pronoun() -> None:
    text = ("The herd of the northern estates in the last good year was roughly 90,000; "
            "by 1890, it was just 30,000.")
    assert has_key(at(text, "90,000"), "herd")
    assert has_key(at(text, "30,000"), "herd")


def test_copular_subject_with_participle_after_total() -> None:
    text = "The total evacuated by the post-1/2 river fleets could be closer to 40,000–55,000."
    assert has_key(at(text, "40,000"), "evacuated")


def test_copular_guard_adverb_alone_is_no_subject() -> None:
    # guard: "and perhaps as many as" has no subject of its own
    text = "The floods drove out 20,000 people—and perhaps as many as 35,000."
    assert (at(text, "35,000").counted or "").lower() != "perhaps"


def test_verbless_small_clause_with_as_high_as() -> None:
    text = "Families moved south, with unemployment in the mill towns as high as 30% in some months."
    assert has_key(at(text, "30%"), "unemployment")


def test_copular_guard_own_noun_wins() -> None:
    # guard: the number's own noun names what is counted; the subject does not replace it
    text = "The garrison of the fort in that winter was 4,000 soldiers."
    assert has_key(at(text, "4,000"), "soldiers")


# "N persons were refugees": a generic noun's predicate noun names what is counted.
def test_generic_noun_with_predicate_noun() -> None:
    text = "By the end of the year some 3.1 million persons were refugees, most of them in camps."
    assert has_key(at(text, "3.1 million"), "refugees")


def test_generic_noun_predicate_guard_participle() -> None:
    # guard: a participle after "were" is the event ("were deported"), as before
    text = "In 1931 some 30,000 people were deported from the valley."
    assert has_key(at(text, "30,000"), "deported")


# A summary box's label glued to its values by an extraction names what they count.
GLUED = (
    "Varden famine\n\n"
    "Deaths40,000 or 55,000–60,000[1]to 90,000[2]\n"
    "Total deathsInitial est.: 1.5 million; current est. 2.1 million\n"
    "Cause drought\n"
)


def test_glued_label_number_is_found() -> None:
    assert at(GLUED, "40,000").value == 40_000


def test_glued_label_names_the_rows_figures() -> None:
    assert has_key(at(GLUED, "90,000"), "deaths")
    assert has_key(at(GLUED, "1.5 million"), "deaths")
    assert has_key(at(GLUED, "2.1 million"), "deaths")


def test_or_before_a_range_is_no_range() -> None:
    f = at(GLUED, "55,000–60,000")
    assert (f.low, f.high) == (55_000, 60_000)


def test_note_call_glued_to_a_word_is_no_figure() -> None:
    assert not [f for f in figures(GLUED) if f.value == 1]


def test_glued_label_guard_of_phrase_wins() -> None:
    # guard: a figure with its own "of" phrase keeps it ("between 1/4 and 1/3 of their population")
    text = "Varden famine\n\nDeaths1,000 herders, or between 1/4 and 1/3 of their total population\n"
    assert has_key(at(text, "1/4"), "population")


def test_glued_digits_guard_no_comma() -> None:
    # guard: letters glued to digits without thousands ("covid19", "H1N1") are no figures
    text = "In 1871 the covid19 cases were few."
    assert not [f for f in figures(text) if f.value == 19]


def test_copular_subject_after_a_dated_opening() -> None:
    text = "In 1871, from the 15th of June to the 31st October the cases in the town were 9142."
    assert has_key(at(text, "9142"), "cases")


def test_copular_guard_figure_before_in_the_clause() -> None:
    # guard: "as many as" after a clause with its own figure has no subject of its own
    text = ("By July 1931 the farms held 57.5 per cent of households in the north and as many as 90 per cent "
            "in the south.")
    assert "north" not in (at(text, "90 per cent").counted or "").lower()


# "reported his loss at 1,636", "reported the enemy's strength at 40,955": what is reported at the figure.
def test_reported_at() -> None:
    text = "In 1799 the colonel reported his loss at 1,636, and the enemy's strength at 9,000."
    assert counted_key(at(text, "1,636").counted) == counted_key("losses")


# Guard: "reported 300 killed at the fort" keeps its own words.
def test_reported_count_guard() -> None:
    text = "In 1799 the paper reported 300 killed at the fort."
    assert counted_key(at(text, "300").counted) == counted_key("killed")


# A register's entry "Label - N" on its own line counts what its label says, not the next line's words.
_REGISTER = ("The clerk's register for that week reads:\n\n"
             "Burnt in the market - 4\n"
             "Drowned at the quay - 5\n"
             "Frighted - 6\n"
             "Kill'd by a fall, one at the mill - 2\n"
             "Suddenly - 1\n\n"
             "Nothing more was written.")


def test_dash_entry_counts_its_own_label() -> None:
    assert at(_REGISTER, "4\n").counted == "Burnt"
    assert at(_REGISTER, "5\n").counted == "Drowned"
    assert at(_REGISTER, "2\n").counted == "Kill'd"


def test_dash_entry_single_word_label() -> None:
    assert at(_REGISTER, "6\n").counted == "Frighted"
    assert at(_REGISTER, "1\n").counted == "Suddenly"


# Guards: a sentence with a dash before its figure is no register entry; a range keeps its value.
def test_dash_in_a_sentence_is_no_entry_guard() -> None:
    text = "The toll was grim - 40 sailors drowned that night."
    assert at(text, "40").counted != "The toll was grim"


def test_dash_range_is_no_entry_guard() -> None:
    text = "Deaths in the years 1850 - 1860\n\nThe town counted 300 - 400 dead."
    f = at(text, "300")
    assert (f.low, f.high) == (300, 400)


# A share of GDP whose owner is named as "X's share of GDP" (or "its share", the sentence's subject), before
# the figure with any verb of change, or after it when the figure stands in an opening clause.
@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        ("Household spending's share of GDP crept up to 41% in 2012.", "41%", "household spending"),
        ("Before peaking at 40% of GDP in 2008, household debt's share of GDP had grown steadily.", "40%",
         "household debt"),
        # (a guard: the subject already gave "Exports")
        ("Exports of the region grew quickly in the 1990s, with their share of GDP rising from 20% to 35%.",
         "35%", "exports"),
        ("The weight of the farm sector fell, its share of GDP dropping from 31% to 12%.", "31%",
         "farm sector"),
    ],
)
def test_a_share_of_gdp_counts_its_owner(text: str, snippet: str, label: str) -> None:
    assert has_key(at(text, snippet), label)


def test_a_sum_that_something_costs_counts_the_cost() -> None:
    text = ("It costs the city about $400 to house one family for a month; in the capital, the cost is at "
            "least $900.")
    assert has_key(at(text, "$400"), "cost")
    assert has_key(at(text, "$900"), "cost")


def test_what_figures_of_a_quantity_are_of() -> None:
    text = "For 1600 scholars give population figures from as high as 3 million to as low as 2 million."
    assert "population" in at(text, "3 million").counted
    assert "population" in at(text, "2 million").counted
    # guard: an estimate of someone is not of a quantity
    text = "The governor's estimate of 3 million was far too low."
    assert "governor" not in at(text, "3 million").counted


@pytest.mark.parametrize(
    ("text", "snippet", "key"),
    [
        # a share of a level measured against counts what fell to it
        ("By 1894 wool exports had fallen to 15% of the pre-war level.", "15%", "wool exports"),
        ("By 1894 the tilled area had shrunk to 58% of the pre-war area.", "58%", "tilled area"),
        ("In 1894 timber output stood at 30% of its 1880 figure.", "30%", "timber output"),
        # guard: a share of a whole keeps the whole
        ("In 1894 about 30% of the population lived in towns.", "30%", "population"),
    ],
)
def test_a_share_of_a_level(text: str, snippet: str, key: str) -> None:
    assert counted(text, snippet) == key


def test_the_subject_of_a_change_in_price_is_counted_with_its_measure() -> None:
    f = at("In 1871 coal increased in price 240 per cent within the year.", "240 per cent")
    assert f.counted == "coal price"


def test_the_subject_of_gone_up_is_counted() -> None:
    f = at("By 1873 the mill owners' rents had gone up 60 per cent.", "60 per cent")
    assert "rents" in f.counted.split()
    g = at("By 1873 the mill owners' rents had gone up _60 per cent._", "60 per cent")
    assert "rents" in g.counted.split()


def test_slightly_more_than_before_a_change() -> None:
    f = at("In 1906 the dockers' pay increased slightly more than 30 per cent.", "30 per cent")
    assert "pay" in f.counted.split()


def test_guard_a_change_of_a_named_quantity_keeps_its_noun() -> None:
    # the "price of" phrase names what changed already; no measure is added
    f = at("In 1920 the price of salt increased 300 per cent.", "300 per cent")
    assert f.counted == "price of salt"


# --- a share whose whole is named far before it (fig17r) --------------------------------------------------
# A whole shared out ("the budget was allocated 38 percent to the roads, 25 percent to schools"): each share
# counts the whole and what it went to; a share in brackets closing a comparison counts what the clause
# compares. Sentences written for these tests.


def test_each_share_of_an_allotted_whole_counts_the_whole_and_its_part() -> None:
    text = ("The county budget was allocated 38 percent to the roads, 25 percent to schools, "
            "and 9 percent for the poorhouse.\n")
    assert has_key(at(text, "38 percent"), "budget roads")
    assert has_key(at(text, "25 percent"), "budget schools")
    assert has_key(at(text, "9 percent"), "budget poorhouse")


def test_a_divided_grant_after_an_opening_phrase() -> None:
    text = "Under the charter, the grant was divided 60 percent to the city and 40 percent to the shire.\n"
    assert has_key(at(text, "60 percent"), "grant city")
    assert has_key(at(text, "40 percent"), "grant shire")


def test_a_share_in_brackets_after_a_comparison_counts_what_is_compared() -> None:
    text = "In his terms, more families owned cars than ever before in the nation’s history (58 percent).\n"
    assert has_key(at(text, "58 percent"), "cars")


def test_shares_without_a_whole_shared_out_are_left_alone() -> None:
    # guards: a change "to a record" is no part; a bracketed share after its own word counts that word
    assert "budget" not in counted("Sales rose 20 percent to a record; the budget was cut.\n", "20 percent")
    text = "The grid drew on three sources: coal (61%), gas (22%) and hydro (17%).\n"
    for share, source in (("61%", "coal"), ("22%", "gas"), ("17%", "hydro")):
        assert has_key(at(text, share), source)
