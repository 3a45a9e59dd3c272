"""Rules of session 9 (helper fig17e) for issue 17, from the classes a fresh real set showed (encyclopedia
openings and history pages on famines, the Gulag and dekulakization). The sentences are written for this
test; each failed before its rule unless marked as a guard."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers import find_figures
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import years


def at(text: str, snippet: str) -> Figure:
    start = text.index(snippet)
    hits = [f for f in find_figures(text, detect(text)) if f.start <= start < f.end]
    assert hits, snippet
    return hits[0]


def has_key(f: Figure, label: str) -> bool:
    return bool(f.counted) and set(counted_key(label).split()) <= set(counted_key(f.counted).split())


# An event's title line ("The Varden famine of 1871–1872") dates the text's paragraphs that name no time, also
# where a line under it (an encyclopedia's "From …") is the heading they stand under.
TITLED = (
    "The Varden famine of 1871–1872\n\n"
    "From the Valley Almanac, a local reference\n\n"
    "The Varden famine was a famine in the northern valleys. It followed two failed harvests.\n\n"
    "The dead were many. Recent work puts the dead at 40,000, most of them children.\n"
)


def test_title_of_an_event_dates_paragraphs_without_a_time() -> None:
    assert years(at(TITLED, "40,000")) == (1871, 1872)


def test_title_without_an_event_year_gives_no_period() -> None:
    # guard: a title with no "of YEAR" leaves the paragraph without a period, as before
    text = TITLED.replace("The Varden famine of 1871–1872\n", "The Varden famine\n", 1)
    assert years(at(text, "40,000")) is None


def test_paragraph_with_its_own_year_keeps_it() -> None:
    # guard
    text = TITLED.replace("Recent work puts", "In 1880 a survey put", 1)
    assert years(at(text, "40,000")) == (1880, 1880)


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


# Years offered in each other's stead ("the years 1880 or 1884") are no time the next sentence goes on with.
def test_alternative_years_are_not_carried() -> None:
    text = (
        "The Tarn famine lasted from 1881 to 1883. Some writers also count the years 1880 or 1884. "
        "It killed perhaps 60,000 villagers."
    )
    assert years(at(text, "60,000")) == (1881, 1883)


def test_two_years_joined_by_and_are_still_a_period() -> None:
    # guard: "the years 1880 and 1884" stays what it was
    text = "Counts were taken in the years 1880 and 1884. They found 60,000 villagers."
    assert years(at(text, "60,000")) == (1880, 1884)


# A chronology's year alone on its line dates the entries under it.
def test_year_alone_on_its_line_dates_the_entries_under_it() -> None:
    text = (
        "Resettlement in the north, 1880-1885\n\n"
        "The plan moved whole villages.\n\n"
        "1881\n\n"
        "12 MARCH\n\n"
        "A first order named 9,000 households for removal.\n"
    )
    assert years(at(text, "9,000")) == (1881, 1881)


# An encyclopedia summary box's "Period" row dates the text's figures that name no time.
def test_period_row_of_a_summary_box() -> None:
    text = (
        "Ormen famine\n"
        "Country | Ormenland |\n"
        "Period | 1902–1904 |\n"
        "Cause | Drought |\n\n"
        "The famine struck the upland districts.\n\n"
        "Relief came late. The dead numbered at least 80,000 villagers.\n"
    )
    assert years(at(text, "80,000")) == (1902, 1904)


# "(1958 to 1962)": two years joined by "to" without "from" are a span.
def test_two_years_joined_by_to_in_brackets_are_a_span() -> None:
    text = "The drive (1880 to 1884) sent thousands of herders to the mines."
    assert years(at(text, "thousands")) == (1880, 1884)


def test_plural_magnitude_is_not_read_after_a_year() -> None:
    # guard: "in 1880 to 1884 millions of …": the year is no number of millions
    f = at("In 1880 to 1884 millions of herders left the plain.", "millions")
    assert f.low == 2e6 and f.value is None


# A passive's participle after "being" or "were", in quotes too, says what the people counted underwent.
def test_participle_after_being_names_what_is_counted() -> None:
    f = at("Some 3 million served in the camps, with a further 2 to 3 million being exiled east.", "2 to 3")
    assert has_key(f, "exiled")


def test_participle_in_quotes_after_were() -> None:
    f = at("All told, around 4 million people were “dispossessed” by the police.", "4 million")
    assert has_key(f, "dispossessed")


# Thousands whose comma an extraction followed with a space.
def test_thousands_split_after_the_comma() -> None:
    text = "In the north, 61, 000 prisoners were held in 1950."
    assert at(text, "61, 000").value == 61_000


def test_list_of_small_numbers_is_not_thousands() -> None:
    # guard
    text = "The camps held groups of 5, 100 and 200 men."
    assert all(f.value != 5100 for f in find_figures(text, detect(text)))


# A citation's year is no period of the figure after it.
def test_year_of_a_citation_is_no_period() -> None:
    text = (
        "Estimates of the famine's dead vary widely. They include the 3.1 million given by a demographer "
        "(quoted in R. Dale, 1997), and 2 million in T. Ross (1984, 255)."
    )
    assert years(at(text, "2 million")) is None


# "a 1920 harvest of 40 million tons": the measure named before "of".
def test_harvest_of_names_what_a_tonnage_measures() -> None:
    f = at("The board had hoped for a 1920 harvest of 40 million tons.", "40 million")
    assert has_key(f, "harvest")


# A death that dates: "on Stalin's death" is 1953.
def test_stalins_death_dates_a_figure() -> None:
    f = at("On Stalin's death there were more than 1,900,000 exiles in the settlements.", "1,900,000")
    assert years(f) == (1953, 1953)


# Estimates that name nothing are of what the figure before counts.
def test_bare_estimates_count_what_the_figure_before_counts() -> None:
    text = "About 2 million people died in the famine. Generally the estimates are between 1.2 and 3 million."
    assert has_key(at(text, "1.2 and 3"), "died")


def test_estimates_of_x_vary_ranging_from() -> None:
    text = "The estimates of victim numbers vary, ranging from 300,000 to 2 million."
    assert has_key(at(text, "300,000"), "victims")


# "people suffered X deaths": the deaths.
def test_people_who_suffered_deaths_count_the_deaths() -> None:
    f = at("Some three to four million people suffered premature deaths in those years.", "three to four")
    assert has_key(f, "premature deaths")


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


# A table's rows written without an opening pipe ("Location | … |") are units of their own.
def test_pipe_rows_without_an_opening_pipe_are_units() -> None:
    text = (
        "Ormen famine | |\n---|---|\nLocation | Worst in Ardel (21% dead) and Bevin (17%). |\n"
        "Period | 1902–1904 |\nTotal deaths | 80,000 |\n"
        "Ormen famine was a famine. Some writers also count the years 1901 or 1905.\n"
    )
    assert years(at(text, "21%")) == (1902, 1904)


# A comma before "to" in a range opened by "from".
def test_range_with_a_comma_before_to() -> None:
    f = at("Estimates range from upwards of 20 million, to 35 million people.", "20 million")
    assert (f.low, f.high) == (20e6, 35e6)


def test_comma_and_to_without_from_is_no_range() -> None:
    # guard
    text = "The war killed 20 million, to 35 million more in the famine after it."
    assert at(text, "20 million").value == 20e6


# "A total of N were arrested": what the verb says, not "total".
def test_a_total_of_people_arrested_counts_arrests() -> None:
    f = at("A total of 120,000 were arrested in the national operations.", "120,000")
    assert has_key(f, "arrests")


def test_people_who_lost_their_jobs() -> None:
    f = at("About 3 million people lost their jobs that winter.", "3 million")
    assert has_key(f, "jobs lost")


def test_sent_into_exile() -> None:
    f = at("About another four million were sent into exile in the steppe.", "four million")
    assert has_key(f, "exiled")


# A bracketed aside's years are its own: not the figure's outside it, nor the next sentence's.
ASIDE = (
    "During 1937 and 1938 the police held 900,000 people, an average of 1,200 arrests a day (in comparison, "
    "from 1866 to 1900 the old regime arrested 4,100 people for political crimes). Deaths in the camps came "
    "to 700,000 to 1 million."
)


def test_years_of_a_bracketed_aside_are_not_the_figures_outside_it() -> None:
    assert years(at(ASIDE, "1,200")) == (1937, 1938)
    assert years(at(ASIDE, "4,100")) == (1866, 1900)


def test_years_of_a_bracketed_aside_are_not_carried() -> None:
    assert years(at(ASIDE, "700,000")) == (1937, 1938)


def test_bracketed_years_alone_are_no_aside() -> None:
    # guard
    text = "The purge swept the army. The Terror (1937–38) cost the officer corps 35,000 men."
    assert years(at(text, "35,000")) == (1937, 1938)


# Round 3 (from the second held-out set, C, after its one measured run).
# A body's founding year ("a commission, set up in 1943,") is no period of the figures it gives.
def test_founding_year_of_a_body_is_no_period() -> None:
    text = "A commission, set up in 1950, arrived at a total of 31,000 civilian deaths during the blockade."
    assert years(at(text, "31,000")) is None


# A year in a clause after a semicolon, with a figure of its own, is that clause's.
def test_year_after_a_semicolon_belongs_to_its_clause() -> None:
    text = "The famine began in 1870. The population was about 3.2 million; by 1900, it was just 2.1 million."
    assert years(at(text, "3.2 million")) == (1870, 1870)
    assert years(at(text, "2.1 million")) == (1900, 1900)


def test_year_of_a_consequence_clause_belongs_to_its_figure() -> None:
    text = (
        "The Hunger of the Tarn, also known as the Black Years, was a famine lasting from 1881 to 1884. "
        "During the Black Years, some 40,000 people fled, causing the population to fall by 12% between "
        "1880 and 1890."
    )
    assert years(at(text, "40,000")) == (1881, 1884)
    assert years(at(text, "12%")) == (1880, 1890)


# A name the text gives years to dates its later mentions.
def test_name_with_bracketed_years_dates_its_mentions() -> None:
    text = (
        "The Lean Decade (1921–1930) was hard.\n\nIn 1950 a survey counted the dead. During the Lean Decade "
        "roughly 70,000 people died."
    )
    assert years(at(text, "70,000")) == (1921, 1930)


# "between the 1930s and the 1950s" is a span of decades.
def test_span_between_two_decades() -> None:
    f = at("The transfers moved several million people between the 1920s and the 1940s.", "several")
    assert years(f) == (1920, 1949)


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


# A bracketed sentence of its own with a count in thousands is no citation.
def test_bracketed_claim_with_a_count_is_a_figure() -> None:
    text = "The toll is disputed.\n(Local sources claim 90,000 perished)[2]\nOther text.\n"
    assert at(text, "90,000").value == 90_000


# "N more" with a verb or an event of its own.
def test_more_with_its_own_verb() -> None:
    text = "Roughly 90,000 people died and over 80,000 more fled the valley."
    assert has_key(at(text, "80,000"), "fled")


def test_more_after_an_event_of_its_own() -> None:
    text = "It caused the deaths of 90,000 villagers and the evacuation of 50,000 more, mostly children."
    assert has_key(at(text, "50,000"), "evacuations")


# Round 4 (from the third held-out set, D, after its one measured run).
# "Of the total killed, about N were X, another M were Y, and the remaining K were Z": each part is its own.
def test_parts_of_a_total_count_what_their_predicates_name() -> None:
    text = (
        "In 1920 the guards shot 9,000 prisoners. Of the total killed, about 4,000 were officers, another "
        "3,000 were police officers, and the remaining 2,000 were clergy the guards deemed dangerous."
    )
    assert has_key(at(text, "4,000"), "officers") and "total" not in at(text, "4,000").counted.lower()
    assert has_key(at(text, "3,000"), "police officers")
    assert has_key(at(text, "2,000"), "clergy")


# The year of a relative clause (", where … in 1943") is not handed on.
def test_year_of_a_relative_clause_is_not_carried() -> None:
    text = (
        "The shootings took place between April and May 1920. The place is named after the Olen forest, "
        "where the graves were first found by a patrol in 1923. Nearly 9,000 prisoners were shot by the "
        "guards."
    )
    assert years(at(text, "9,000")) == (1920, 1920)


# A change without years after one the text dated at both ends takes the same two years.
def test_change_after_a_dated_change_takes_its_years() -> None:
    text = (
        "The censuses show that the herders dropped from 900,000 in 1926 to 600,000 in 1937. Other groups "
        "suffered too. The settlers decreased from 80,000 to 55,000."
    )
    assert years(at(text, "80,000")) == (1926, 1926)
    assert years(at(text, "55,000")) == (1937, 1937)


def test_change_with_its_own_years_keeps_them() -> None:
    # guard
    text = (
        "The herders dropped from 900,000 in 1926 to 600,000 in 1937. The settlers decreased from 80,000 in "
        "1930 to 55,000 in 1935."
    )
    assert years(at(text, "80,000")) == (1930, 1930)


# Guard (after the fourth held-out set, E): splitting rows at their closing pipe lost a box's "Date" row
# written with months, which the code before read with the whole table as one sentence; the row's year is
# now read past the months. Passes before this session's rules, failed after them until this fix.
def test_date_row_with_months_dates_the_boxs_rows() -> None:
    text = (
        "Removal of the Olen people | |\n---|---|\nLocation | Olen valley |\n"
        "Date | September–October 1921 |\n"
        "Victims | 12,000 Olen deported to the north |\n"
    )
    assert years(at(text, "12,000")) == (1921, 1921)


# Round 5 (from set E, after its one measured run).
def test_range_between_a_vague_magnitude_and_a_number() -> None:
    f = at("The toll varied between several hundred thousand and two million in 1880.", "several")
    assert (f.low, f.high) == (2e5, 2e6)


def test_item_numbers_inside_a_line_are_no_figures() -> None:
    text = "Deaths | Several estimates 1) 16,500 2) 28,200 3) 40,000 |\n"
    assert [f.value for f in find_figures(text, detect(text))] == [16_500, 28_200, 40_000]
