"""Rules made from the errors of fig17j's first run on economic and demographic history (an encyclopedia
page on a medieval pandemic): centuries as periods, shares of a population that died, rates named before
their figure, a lead's name in capitals, and the year a scholar said something. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, figures, years

# --- centuries ---------------------------------------------------------------------------------------------


def test_a_century_dates_the_figures_of_its_sentence() -> None:
    text = "Famine and war may have cut the duchy's population from 900,000 to 600,000 in the 15th century."
    assert years(at(text, "600,000")) == (1400, 1499)


def test_a_century_written_as_an_adjective_or_in_words() -> None:
    text = "More than 2 million deaths resulted from the epidemics of 16th-century Castile."
    assert years(at(text, "2 million")) == (1500, 1599)
    text = "In the eighteenth century some 40,000 weavers worked in the valley."
    assert years(at(text, "40,000")) == (1700, 1799)


def test_a_part_of_a_century_and_two_centuries() -> None:
    text = "In the second half of the 18th century, typhus claimed some 300,000 victims in the kingdom."
    assert years(at(text, "300,000")) == (1750, 1799)
    text = "During the 17th and 18th centuries the port handled about 4,000 ships a year."
    assert years(at(text, "4,000")) == (1600, 1799)
    text = "Cholera killed roughly 60,000 people in the city in the mid-19th century."
    assert years(at(text, "60,000")) == (1840, 1869)


def test_years_inside_the_century_the_sentence_names_are_the_figures() -> None:
    # guard: the span of years is the finer time
    text = "The cholera wave (1831–1833) reached the town in the 19th century and killed 3,000 of its people."
    assert years(at(text, "3,000")) == (1831, 1833)


def test_a_century_number_is_no_figure_and_four_centuries_no_period() -> None:
    # guard: "14th" counts nothing; a span of four centuries is too long to date a figure
    text = "From the 14th to the 17th centuries, the town was struck by plague again and again."
    assert figures(text) == []
    text = "Throughout the 14th to 17th centuries about 30 epidemics struck the town."
    assert years(at(text, "30")) is None


# --- a share of a population that died ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # the death after the population
        ("In 1720 about half of the port's population of 90,000 people died.", "half"),
        ("By the spring of 1720 a quarter of the town's population had already perished.", "a quarter"),
        ("In 1720 it was not rare for 40% of a village's population to die.", "40%"),
        ("In 1720 sometimes half of its population has been wiped out.", "half"),
        # a killing verb before the share
        ("An epidemic in 1720 took as much as 12% of the population and claimed a fifth of Toulon's people.",
         "12%"),
        ("An epidemic in 1720 took as much as 12% of the population and claimed a fifth of Toulon's people.",
         "a fifth"),
        # the share set after the death toll it restates
        ("The plague of 1720 killed 45,000 in the city, nearly half of the population.", "nearly half"),
        ("In 1720 between 40,000 and 50,000 people died, 45–55% of its population.", "45–55%"),
        ("In 1720 the fever claimed some 20,000 victims, or about 9% of the population.", "9%"),
    ],
)
def test_a_share_of_a_population_that_died_counts_deaths(text: str, share: str) -> None:
    assert "deaths" in at(text, share).counted


def test_a_share_of_a_population_that_lived_or_fled_is_no_death() -> None:
    # guards: other verbs, a share after a count of the living, a toll that names who died
    text = "In 1720 a third of the population lived in towns, and 10% of the population were Protestants."
    assert "death" not in at(text, "a third").counted
    assert "death" not in at(text, "10%").counted
    text = "In 1720, 5,000 people lived there, 17% of its population."
    assert "death" not in at(text, "17%").counted
    text = "In 1720 the fever killed 5,000 people; 40% of the population fled."
    assert "death" not in at(text, "40%").counted
    text = "In 1720 the tax took a third of the harvest."
    assert "death" not in at(text, "a third").counted


# --- rates -------------------------------------------------------------------------------------------------


def test_a_rate_named_before_its_figure() -> None:
    text = "In 1720 a death rate as high as 35% in the suburbs has been proposed."
    assert at(text, "35%").counted == "death rate"
    text = "For the villages of 1720 the usual estimate is a death rate of about a fifth."
    assert at(text, "a fifth").counted == "death rate"
    text = "In 1720 the death rate of the epidemic may have been as high as 25%."
    assert at(text, "25%").counted == "death rate"
    text = "The pneumonic form was feared, with a mortality rate near 100%."
    assert at(text, "100%").counted == "mortality rate"


def test_deaths_without_a_rate_stay_deaths() -> None:
    # guard
    text = "In 1720 the epidemic killed 35% of the garrison."
    assert "rate" not in at(text, "35%").counted


# --- the lead's name, a scholar's year ---------------------------------------------------------------------


def test_a_lead_name_in_capitals_dates_its_later_mentions() -> None:
    text = (
        "The GREAT PESTILENCE, also known as the GREAT MORTALITY, was an epidemic that struck the region "
        "from 1629 to 1631.\n\nThe Great Pestilence killed about 30% of the valley's inhabitants."
    )
    assert years(at(text, "30%")) == (1629, 1631)


def test_the_year_a_scholar_said_it_is_not_the_figures() -> None:
    text = (
        "According to economic historian Jan de Vries in 1984, the towns lost about 20% of their people. "
        "Some 12,000 households left the province."
    )
    assert years(at(text, "20%")) != (1984, 1984)
    assert years(at(text, "12,000")) != (1984, 1984)
    # guard: a census's year is the count's
    text = "According to the census of 1891, the county had 120,000 inhabitants."
    assert years(at(text, "120,000")) == (1891, 1891)


# --- what a verb of harm or change counts, and what figures are of ----------------------------------------


def test_a_verb_of_harm_after_a_killing_counts_its_own_harm() -> None:
    text = "In 1911 the fever swept the port, killing 300 people and infecting thousands."
    assert at(text, "thousands").counted == "infected"
    text = "In 1911 the riots killed 40 and wounded 250."
    assert at(text, "250").counted == "wounded"
    # guard: the killing's own figure stays deaths
    assert at(text, "40").counted == "deaths"


def test_the_object_of_a_change_from_one_figure_to_another() -> None:
    text = "The war reduced the kingdom's herds from an estimated 9 million to 5–6 million by 1815."
    assert at(text, "9 million").counted == "kingdom's herds"
    assert at(text, "5–6 million").counted == "kingdom's herds"


def test_what_figures_of_a_quantity_are_of() -> None:
    text = "For 1600 scholars give population figures from as high as 3 million to as low as 2 million."
    assert "population" in at(text, "3 million").counted
    assert "population" in at(text, "2 million").counted
    # guard: an estimate of someone is not of a quantity
    text = "The governor's estimate of 3 million was far too low."
    assert "governor" not in at(text, "3 million").counted


# --- sentences and the dates of names ---------------------------------------------------------------------


def test_the_dates_of_a_name_in_a_relative_clause_are_not_the_figures() -> None:
    text = (
        "In 1665–1666, an epidemic that followed the Second Anglo-Dutch War (1665–1667, England v. the "
        "Dutch Republic) killed about 70,000 in the capital. It also killed a fifth of the people of Hull."
    )
    assert years(at(text, "70,000")) == (1665, 1666)
    assert years(at(text, "a fifth")) == (1665, 1666)
    # guard: a name's dates that are the subject's own still date the figure
    text = "The Second Anglo-Dutch War (1665–1667) cost the navy about 4,000 seamen."
    assert years(at(text, "4,000")) == (1665, 1667)


# --- where counted people come from (the second set: emigration and ancestry) -------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "origin"),
    [
        ("In 1991 some 300,000 people of Welsh ancestry lived in the province.", "300,000", "Welsh ancestry"),
        ("In 1991, 120,500 Chileans with full or partial Basque descent were counted.", "120,500",
         "Basque descent"),
        ("In 1991 about 2 million people worldwide claimed some Cornish descent.", "2 million",
         "Cornish descent"),
        ("In 1991, 40,000 people identified as having Breton heritage.", "40,000", "Breton heritage"),
        ("In 1991 about 1 million people in the state have a Welsh-born grandparent.", "1 million",
         "Welsh-born grandparent"),
        ("The 1991 census found 75,312 people born in Portugal in the city.", "75,312", "born in Portugal"),
        ("In 1991 around 60,000 people in Paris were born in Algeria.", "60,000", "born in Algeria"),
        ("In 1991 a further 12,803 declared to have been born in the Azores.", "12,803",
         "born in the Azores"),
    ],
)
def test_where_counted_people_come_from(text: str, figure: str, origin: str) -> None:
    assert origin in at(text, figure).counted


def test_people_with_things_are_no_origin() -> None:
    # guards: "with" a thing, "of" a workplace
    assert at("In 1930, 5,000 peasants with horses fled.", "5,000").counted == "peasants"
    assert at("In 1930 the city had 50,000 people with a Party card.", "50,000").counted == "people"
    assert "Putilov" in at("In 1930, 300 workers of the Putilov plant struck.", "300").counted


# --- periods and values of the second set -------------------------------------------------------------------


def test_spans_of_centuries_and_decades_with_their_parts() -> None:
    text = "In the 18th and early 19th centuries, over 20,000 Welsh settled in Pennsylvania."
    assert years(at(text, "20,000")) == (1700, 1839)
    text = "Between the 1830s and 1890s, approximately 250,000 Cornish miners left for the Americas."
    assert years(at(text, "250,000")) == (1830, 1899)


def test_a_years_peak_measured_against_is_no_period() -> None:
    text = "By 1911 the county's population was about two-thirds of its 1841 high."
    assert years(at(text, "two-thirds")) == (1911, 1911)


def test_thousands_parted_with_full_stops() -> None:
    assert at("The town has a population of over 300.000 inhabitants.", "300.000").value == 300_000
    assert at("In 1990 the region had 1.250.000 residents.", "1.250.000").value == 1_250_000
    # guards: decimals
    assert at("In 1931, 1.500 tonnes were lost.", "1.500").value == 1.5
    assert at("In 1931 output rose by 2.5 per cent.", "2.5").value == 2.5


# --- the third set: a narrative of one epidemic ------------------------------------------------------------


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = "The fever came to the port in 1720. Some 400 people of St. Ferréol parish died in 1721."
    assert years(at(text, "400")) == (1721, 1721)
    text = "The war began in 1700. About 300 men of Gen. Lewenhaupt's corps deserted in 1708."
    assert years(at(text, "300")) == (1708, 1708)


def test_a_weekly_total_is_no_total_over_periods() -> None:
    text = "The fever reached the port in 1720. Total deaths per week rose to 1,000 by August."
    assert years(at(text, "1,000")) == (1720, 1720)
    # guard: a total toll of several years takes no year from the sentence before
    text = "The fever reached the port in 1720. The total death toll reached 50,000."
    assert years(at(text, "50,000")) is None


def test_a_lead_name_with_its_years_set_off_by_commas() -> None:
    text = (
        "The GREAT FEVER, lasting from 1720 to 1722, was the last epidemic of plague in the kingdom.\n\n"
        "The Great Fever killed an estimated 50,000 people—nearly half of the port's population."
    )
    assert years(at(text, "50,000")) == (1720, 1722)
    assert "deaths" in at(text, "nearly half").counted


def test_a_share_after_a_death_or_a_toll_that_varied() -> None:
    text = "In 1720 the cost to the village was the death of around 70% of its inhabitants."
    assert "deaths" in at(text, "70%").counted
    text = "In 1720 plague deaths varied between 20% and over 40% of the total population."
    assert "deaths" in at(text, "between 20%").counted


def test_a_month_opening_a_section_is_of_the_narratives_last_year() -> None:
    text = (
        "By June 1720 the rich had fled the city.\n\nPanic\n\n"
        "In the first week of August, the registers showed 2,150 burials."
    )
    assert years(at(text, "2,150")) == (1720, 1720)
    # guard: a ratio's number is no year
    text = "The ration was 1/1400 of the store.\n\nIn August, the registers showed 2,150 burials."
    assert years(at(text, "2,150")) is None


def test_a_month_takes_the_year_a_month_before_it_was_given() -> None:
    text = (
        "By June 1720 the rich had fled the city.\n\nPanic\n\n"
        "In the first week of August, the registers showed 2,150 burials.\n\nBurial pits\n\n"
        # (more than 4,000 characters without a year between)
        + "The carts went out every night, the bells were silent, the pits at the edge of the town were "
        "filled with lime, and the magistrates met in the open air to hear the reports of the wards. " * 30
        + "\n\nThe weekly burials rose to over 5,000 in September."
    )
    assert years(at(text, "5,000")) == (1720, 1720)


# --- the fourth set: reckonings of a population's losses ----------------------------------------------------


def test_a_people_a_population_or_a_census_counts_is_that_population() -> None:
    text = "The 1970 census that counted 412,300 Fijians was thought too low."
    assert "population" in at(text, "412,300").counted
    text = "Demographers start from a base population of 500,000 Fijians in 1960."
    assert "population" in at(text, "500,000").counted
    # guard: a people counted without a population or a census
    text = "In 1960 some 5,000 Fijians left for New Zealand."
    assert "population" not in at(text, "5,000").counted


def test_a_toll_with_nothing_after_it_counts_deaths() -> None:
    text = "One scholar thinks a toll of 90,000 is likely, another argues for a toll of 40,000 or less."
    assert at(text, "90,000").counted == "deaths"
    assert at(text, "40,000").counted == "deaths"
    # guard: a road toll's sum is no deaths
    text = "The bridge charged a toll of $5 in 1990."
    assert at(text, "$5").counted != "deaths"


def test_a_modal_may_is_no_month() -> None:
    text = "One demographer concluded that as many as 90,000 may have died in the war."
    assert at(text, "90,000").counted == "deaths"
    text = "In 1933 perhaps 5 million peasants may have perished."
    assert "deaths" in at(text, "5 million").counted
    # guard: the month still is a date's, not a figure
    assert figures("On 9 May 1945 the war ended; 12 May was a holiday.") == []
