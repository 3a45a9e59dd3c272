"""Rules of session 9 (helper fig17h) for issue 17: what a historian's article on a city fire showed (a
fire dated once and named again later, paragraphs that speak of that event without writing its year, lists
of bill entries "Label - N"). The sentences are written for this test; each failed before its rule unless
marked as a guard."""

from __future__ import annotations

from tests.domain.figures.helpers import at


# A fire is an event the text dates by its head noun, like a famine: "the blaze of 1790 … the fire".
def test_fire_is_an_event_head() -> None:
    text = ("Small blazes were common. Nothing matched the fire of 1790.\n\n"
            "Clerks said that 12 people had burned in the fire.")
    f = at(text, "12 people")
    assert (f.period_start, f.period_end) == (1790, 1790)


# "the Great Fire" (the head written capitalised, as a name) is a later mention of the dated fire.
def test_capitalised_event_head_is_an_alias() -> None:
    text = ("The worst was the fire of 1790, which burned for a week.\n\n"
            "After the Great Fire the wardens counted 450 houses lost.")
    f = at(text, "450 houses")
    assert (f.period_start, f.period_end) == (1790, 1790)


# A paragraph with no time of its own that names the dated event speaks of it: its figures without a year
# take the event's years, also in sentences that do not name it.
def test_paragraph_naming_the_event_takes_its_years() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "Before the Fire the registers were kept weekly. In the next week 9 more people were listed.")
    f = at(text, "9 more")
    assert (f.period_start, f.period_end) == (1790, 1790)


# Guards: a paragraph that names no event stays without a time; a paragraph with its own year keeps it; a
# fire named with two different years is no alias.
def test_paragraph_without_the_event_guard() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "Registers were kept weekly. In the next week 9 more people were listed.")
    assert at(text, "9 more").period_start is None


def test_paragraph_with_its_own_year_guard() -> None:
    text = ("The town burned in the fire of 1790.\n\n"
            "In 1802 the Fire was remembered, and 40 houses were rebuilt.")
    f = at(text, "40 houses")
    assert (f.period_start, f.period_end) == (1802, 1802)


def test_two_fires_are_no_alias_guard() -> None:
    text = ("The fire of 1790 burned the docks and the fire of 1811 the market.\n\n"
            "After the Fire 450 houses were lost.")
    assert at(text, "450 houses").period_start is None


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


# A paragraph that ends with a colon introduces the next one (a quotation, a list): that one goes on in its
# time; a second list right after the first goes on too.
_INTRODUCED = ("In March 1702 the clerks listed the week's deaths as follows:\n\n"
               "Burnt in the market - 4\n"
               "Drowned at the quay - 5\n"
               "Frighted - 6\n\n"
               "Next week\n"
               "Drowned at the mill - 3\n"
               "Suddenly - 2\n\n"
               "Some years later 70 houses stood empty.")


def test_paragraph_after_a_colon_goes_on_in_its_time() -> None:
    f = at(_INTRODUCED, "4\n")
    assert (f.period_start, f.period_end) == (1702, 1702)


def test_second_list_goes_on_in_the_time() -> None:
    f = at(_INTRODUCED, "3\n")
    assert (f.period_start, f.period_end) == (1702, 1702)


# Guard: a paragraph of prose after the lists stays without the time; a paragraph after a full stop too.
def test_prose_after_lists_guard() -> None:
    assert at(_INTRODUCED, "70 houses").period_start is None


def test_paragraph_after_full_stop_guard() -> None:
    text = "In March 1702 the clerks listed the week's deaths.\n\nFrighted - 6\nSuddenly - 2\nDrowned - 3"
    assert at(text, "6\n").period_start is None


# What happened to the people, after a copula, also when it is "burnt" or "drowned", in quotation marks,
# or after "are known to have been".
def test_people_were_burnt() -> None:
    assert at("In 1700, 4 people were burnt in the square.", "4").counted == "burnt"
    assert at('In 1700, 4 people were "Burnt at the mill" that week.', "4").counted == "burnt"
    assert at("In 1700, 9 people drowned at the ford.", "9").counted == "drowned"


def test_known_to_have_been_killed() -> None:
    assert at("In 1700, 27 people are known to have been killed.", "27").counted == "deaths"


# Guard: "burnt" of an object stays with the object.
def test_burnt_houses_guard() -> None:
    assert at("In 1700, 40 houses were burnt.", "40").counted == "houses"


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


# An army's "lost N men" are its losses (killed, wounded, missing, captured), not deaths (fig17g's
# convention); a country's or a town's lost people stay deaths.
def test_army_lost_men_are_losses() -> None:
    assert at("In 1758 the army lost 7,000 men at the river.", "7,000").counted == "losses"
    assert at("In 1758 Clive lost at least 900 soldiers.", "900").counted == "soldiers losses"


def test_country_lost_people_guard() -> None:
    assert at("In 1933 the country lost 7 million citizens.", "7 million").counted == "deaths"
    assert at("In 1933 the province lost 300,000 people.", "300,000").counted == "deaths"


# "It started in 1347, and lasted until 1351": the sentences after it go on in the span, not its first year.
def test_started_in_lasted_until_is_a_span() -> None:
    text = ("The sickness reached the coast in 1520, and lasted until 1524. This means about 40,000 people "
            "died of it.")
    f = at(text, "40,000")
    assert (f.period_start, f.period_end) == (1520, 1524)


# Guard: "until" of another thing (a reign's end named after an event's year) is no span of the event.
def test_until_of_another_clause_guard() -> None:
    text = "The town was taken in 1520; the king ruled until 1560. About 40,000 people lived there."
    f = at(text, "40,000")
    assert (f.period_start, f.period_end) != (1520, 1560)


# A four-digit number in a later cell of a pipe table's row is a count, not a year: the row's own year (its
# first cell) dates it and its neighbours.
_TABLE = ("Burials by year:\n\n"
          "| Year | Burials | Baptisms |\n"
          "|------|---------|----------|\n"
          "| 1731 | 2600    | 1950     |\n"
          "| 1732 | 1875    | 240      |\n")


def test_year_shaped_cell_is_a_count() -> None:
    f = at(_TABLE, "1950")
    assert f.value == 1950 and (f.period_start, f.period_end) == (1731, 1731)
    g = at(_TABLE, "240")
    assert (g.period_start, g.period_end) == (1732, 1732)


# Guard: the first cell's year stays a year, not a figure.
def test_first_cell_year_guard() -> None:
    from tests.domain.figures.helpers import figures
    assert not any(f.value == 1731 for f in figures(_TABLE))


# Guard: "hundred" alone (a category's name: "the Ninety & a Hundred category") is no figure in words.
def test_lone_hundred_guard() -> None:
    from tests.domain.figures.helpers import figures
    assert figures("The clerks renamed the Ninety & a Hundred category.") == []


# An adverb after the people noun is no part of what is counted: "killing 500 and 400 individuals
# respectively", "6 people really died".
def test_adverb_after_people_is_dropped() -> None:
    text = "In 1700 fever and consumption were deadly, killing 500 and 400 individuals respectively."
    assert at(text, "400").counted == "deaths"
    assert at("In 1700 only 6 people really died in the fire.", "6").counted == "deaths"


# "did die" is "died".
def test_did_die() -> None:
    assert at("In 1700 perhaps 6 people did die of fright.", "6").counted == "deaths"


# A short adverbial of time between the verb and the figure: "The army lost on that day at least 7,000 men."
def test_verb_then_adverbial_then_figure() -> None:
    assert at("In 1758 the army lost on that day at least 7,000 men.", "7,000").counted == "losses"
    assert at("In 1937 the police arrested on that day some 300 people.", "300").counted == "arrests"


# Guard: a place between them is no such adverbial ("lost at Ypres 7,000 men" is left as it was).
def test_place_between_guard() -> None:
    assert at("In 1758 the army lost at the river 7,000 men.", "7,000").counted != "losses"
