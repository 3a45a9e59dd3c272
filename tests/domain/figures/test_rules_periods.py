"""Rules for a figure's own period from its sentence (numbers/periods.py, period_for.py): years of its clause,
spans, decades and centuries, old-style years, relative years ("five years later"), and the years that are not
the figure's (a citation, a base year, a scholar's saying, an aside, a name's dates). Sentences written for
these tests; each failed before its rule unless it is a guard."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, figures, has_key, years


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # the figure's own clause first: the later clause's years are another figure's
        ("Purges thinned the Party: 60% of 1931 recruits had gone by 1937; 45% of delegates to the 1934 "
         "Congress had been arrested before the 1939 one.", "45%", (1934, 1939)),
        # (the Soviet figure: the Soviet Union's Second World War is its war, 1941–1945; fig17k)
        ("The Soviet Union lost an estimated 26 million citizens in the Second World War, and the famine of "
         "the 1930s left gaps of its own.", "26 million", (1941, 1945)),
        # two years joined by "and"
        ("In 1937 and 1938 the NKVD arrested 1,575,000 people.", "1,575,000", (1937, 1938)),
        # a note call glued to a year's full stop leaves the year a year
        ("Some 18 million people passed through the camps between 1930 and 1953.4 Others died in exile.",
         "18 million", (1930, 1953)),
        # a time measured against is not carried into the next sentence
        ("The tax, abolished prior to the end of the Civil War, returned. There were thousands of "
         "collectors in the villages.", "thousands", None),
        # a sentence that sets its own time by the one before takes that year (session 4: this expected None,
        # which was wrong; the held-out gold labels the same construction 1934)
        ("In 1929 the camps held some 23,000 prisoners. Five years later they held over 500,000.",
         "500,000", (1934, 1934)),
        ("The state has paid a birth bonus since 2007. It is currently about 450,000 roubles.",
         "450,000", None),
        # a period set off by commas before the figure is not nearer than one right after it
        ("The report, written in 1956, lists 18,000 officers shot in 1937 and 1938.", "18,000", (1937, 1938)),
        # "N times the number of YEAR": the year is measured against
        ("In 1933 the camps recorded 67,000 deaths, over six times the number of 1931.", "six times",
         (1933, 1933)),
        ("In 1933 there were about 500,000 births, less than half the number of 1929.", "half", (1933, 1933)),
        # found by the sixth set (AFTER4_S3): the period of the event the sentence is about, handed on
        ("The Kazakh famine of 1930–1933 began in the winter of 1930 and killed about 1.5 million.",
         "1.5 million", (1930, 1933)),
        ("The Kazakh famine of 1930–1933 began in the winter of 1930. At its height 2 million were hungry.",
         "2 million", (1930, 1933)),
        ("The Kazakh famine of 1930–1933 began in 1930 and killed 1.5 million in 1933 alone.",
         "1.5 million", (1933, 1933)),
        # found by the seventh set (AFTER5_S3): each end of a change over a span is of its end of the span
        ("Between 1928 and 1932 steel output grew from 4 million tonnes to 6 million tonnes.", "4 million",
         (1928, 1928)),
        ("Between 1928 and 1932 steel output grew from 4 million tonnes to 6 million tonnes.", "6 million",
         (1932, 1932)),
        ("Between 1926 and 1939 the number of towns rose from 31 to 82.", "82", (1939, 1939)),
        # found by the eighth set (AFTER6_S3): a span written with its days; a clause without a year
        ("The blockade lasted from 8 September 1941 to 27 January 1944. Some 600,000 civilians died.",
         "600,000", (1941, 1944)),
        ("By May 1930 the share had reached 50 per cent; it then fell to 21 per cent, and only in 1936 did "
         "it pass 90 per cent.", "21 per cent", (1930, 1930)),
        # a total over several periods takes none either
        ("About 680,000 were shot in 1937–38. Estimates of the total death toll of collectivisation and "
         "terror run from 3.5 million to 20 million.", "3.5 million", None),
    ],
)  # fmt: skip
def test_periods(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


HEADED = """The purge of the Komsomol, 1937–38

Local committees expelled some 70,000 members, most of them for 'links with enemies'.

Appeals were rarely heard: perhaps 8,000 were reinstated.
"""


HEADED_WITHOUT_YEARS = """Life in the barracks

The barracks held some 3,000 workers.
"""


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # the section heading's period holds for paragraphs without years of their own
        (HEADED, "some 70,000", (1937, 1938)),
        (HEADED, "perhaps 8,000", (1937, 1938)),
        (HEADED_WITHOUT_YEARS, "some 3,000", None),
        # a year named by the year before
        ("In 1931 the trust built 12 blast furnaces. The following year it built 19 more furnaces.",
         "19 more", (1932, 1932)),
        ("The strike of 1953 involved 16,000 prisoners. Some 40,000 had refused to work the year before.",
         "Some 40,000", (1952, 1952)),
        ("The mine opened in 1936. Three years later it produced 2.4 million tonnes of coal.", "2.4 million",
         (1939, 1939)),
        # (guards, right before too) a year named by the year before is not handed on; "War Communism" is
        # no war of 1941–1945; a heading without years gives none
        ("In 1936 Kamenev was tried. A year later, Radek was tried too. Under Yezhov the police seized "
         "thousands of officials.", "thousands", (1936, 1936)),
        # "later" inside a sentence does not stop its paragraph's period
        ("The Plan of 1928–1932 was declared fulfilled early. Economists later put the growth of output at "
         "60 per cent.", "60 per cent", (1928, 1932)),
        # the year a source gave or signed something is not the figure's
        ("Soviet losses in 1941–1945 were put at 20 million, the figure Khrushchev gave in 1961.",
         "20 million", (1941, 1945)),
        ("The Latvian operation lasted from 1937 to 1938. Under an order signed on 23 November 1937, 21,300 "
         "people were sentenced.", "21,300", (1937, 1938)),
        # a year right after another figure is that figure's
        ("LONDON, May 2, 2019 — A survey found that 51 per cent of Russians approved of him, up from 39 per "
         "cent in 2008.", "51 per cent", (2019, 2019)),
        # "the war" of a Soviet history
        ("Of the 4 million Soviet soldiers captured during the war, about 2.5 million died.", "about 2.5",
         (1941, 1945)),
        ("Hunger killed many: in the days of War Communism, in 1920, 3 million typhus cases were counted.",
         "3 million", (1920, 1920)),
    ],
)
def test_periods_s4(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a time of its own without a year
        ("The mine, which produced 2 million tonnes of coal in 1970, now has fewer than 300 miners.",
         "fewer than 300", None),
        ("The plant made 40,000 tractors in 1988 and barely 2,000 last year.", "2,000", None),
        # the first months of the war (the Soviet war, in a text about the Soviet side; fig17k)
        ("In the first three months of the war some 2 million Red Army soldiers were captured.", "2 million",
         (1941, 1941)),
        # a rate of change against a year compared with is of the span from it (the lead's ruling, session
        # 13; this case gave the current year, 1936, before)
        ("In 1936 output rose by 14 per cent compared with 1935.", "14 per cent", (1935, 1936)),
    ],
)
def test_periods_more_s4(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


def test_the_year_of_a_comparison_is_the_compared_figure_s() -> None:
    text = "Cement output reached 5.7 million tonnes in 1937, three times the 1.8 million tonnes of 1928."
    f = at(text, "three times")
    assert (f.period_start, f.period_end) == (1937, 1937)


@pytest.mark.parametrize(
    ("text", "snippet", "period", "counted"),
    [
        # "N per cent of 1928", "of the 1928 level": the base year is not the figure's period
        ("Gross output of the light industry in 1933, by the plan's own count, was 92 per cent of 1929.",
         "92 per cent", (1933, 1933), "gross output"),
        ("In 1934 the herd of pigs was 43 per cent of the 1928 level.", "43 per cent", (1934, 1934), ""),
    ],
)
def test_the_base_year_of_a_percentage_is_not_its_period(
    text: str, snippet: str, period: tuple[int, int], counted: str
) -> None:
    f = at(text, snippet)
    assert (f.period_start, f.period_end) == period
    assert not counted or has_key(f, counted), f.counted


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a year of publishing is not the figure's
        ("The 1989 census, whose results were published in 1991, counted 286.7 million people.", "286.7",
         (1989, 1989)),
        # the year of another figure ("up from 22 per cent in 2015") is not handed on to the next sentence
        ("KYIV, 3 June 2021 — The survey found that 41 per cent of Ukrainians trust the courts, up from 22 "
         "per cent in 2015. Only 9 per cent trust the police.", "9 per cent", (2021, 2021)),
        # (guard) a year of publishing where the sentence has no other: the count is of then
        ("When the census results were published in 2003, the country counted 145 million people.", "145",
         (2003, 2003)),
    ],
)
def test_years_that_are_not_the_figure_s(text: str, snippet: str, period: tuple[int, int]) -> None:
    f = at(text, snippet)
    assert (f.period_start, f.period_end) == period


def test_the_same_period_is_the_span_of_the_sentence_s_years() -> None:
    text = (
        "Wages rose from 70 roubles in 1928 to 289 roubles in 1938, while bread prices rose tenfold over the "
        "same period."
    )
    f = at(text, "tenfold")
    assert (f.period_start, f.period_end) == (1928, 1938)


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # "a year earlier", "two years later" right after a figure: the sentence's year moved
        ("In 1940 the union had 3.1 million members, against 2.6 million a year earlier.", "2.6 million",
         (1939, 1939)),
        ("The camp held 9,000 prisoners in 1936 and 23,000 two years later.", "23,000", (1938, 1938)),
    ],
)
def test_years_earlier_after_a_figure(text: str, snippet: str, period: tuple[int, int]) -> None:
    f = at(text, snippet)
    assert (f.period_start, f.period_end) == period
    assert has_key(f, "members" if "members" in text else "prisoners"), f.counted


def test_a_relative_year_after_a_year_in_the_same_sentence() -> None:
    text = "In 1926 the town had some 40,000 inhabitants; five years later there were over 90,000."
    assert years(at(text, "90,000")) == (1931, 1931)
    assert years(at(text, "40,000")) == (1926, 1926)


def test_what_a_change_reaches_over_a_span_is_of_its_last_year() -> None:
    text = "The number of doctors rose sharply between 1928 and 1940, reaching 155,000."
    assert years(at(text, "155,000")) == (1940, 1940)
    text = "Between 1928 and 1940 the number of doctors rose to 155,000."
    assert years(at(text, "155,000")) == (1940, 1940)


def test_a_colon_ends_the_clause_of_a_year() -> None:
    text = "A new law of 1936 raised the birth rate: 5.4 million children were born in 1938."
    assert years(at(text, "5.4 million")) == (1938, 1938)


def test_a_share_of_a_change_is_of_its_span() -> None:
    text = "The number of pigs fell by more than half, from 26 million in 1928 to 12 million in 1933."
    assert years(at(text, "half")) == (1928, 1933)


# Class 12: periods a figure does not own. A period after a second figure of a clause joined by "and" is
# that figure's; a name's years are handed on to the next sentence only; another country's civil war is
# not Russia's; a sentence on the total number of a ruler's victims is of no year before it.
def test_a_period_after_another_joined_figure_is_that_figures() -> None:
    text = ("Some 400,000 peasants died on the way and perhaps 100,000 were shot during the Great Terror of "
            "the late 1930s.")
    assert years(at(text, "400,000")) is None
    assert years(at(text, "100,000")) in ((1936, 1938), (1937, 1939))


# Class 14 (from the second real set's errors): a span of years in brackets after a name is a period, not a
# citation ("McAuley (50)"): "during the Virgin Lands campaign (1954-60)".
def test_a_bracketed_span_of_years_after_a_name_is_a_period() -> None:
    text = "In 1950 the harvest was poor. Some 40 million hectares were sown in the Virgin Lands (1954-60)."
    assert years(at(text, "40 million")) == (1954, 1960)


# "(1958 to 1962)": two years joined by "to" without "from" are a span.
def test_two_years_joined_by_to_in_brackets_are_a_span() -> None:
    text = "The drive (1880 to 1884) sent thousands of herders to the mines."
    assert years(at(text, "thousands")) == (1880, 1884)


# A citation's year is no period of the figure after it.
def test_year_of_a_citation_is_no_period() -> None:
    text = (
        "Estimates of the famine's dead vary widely. They include the 3.1 million given by a demographer "
        "(quoted in R. Dale, 1997), and 2 million in T. Ross (1984, 255)."
    )
    assert years(at(text, "2 million")) is None


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


# "between the 1930s and the 1950s" is a span of decades.
def test_span_between_two_decades() -> None:
    f = at("The transfers moved several million people between the 1920s and the 1940s.", "several")
    assert years(f) == (1920, 1949)


# An English year before 1752 was often written old style and new, "1740/1" (the civil year ran from March):
# a span of two such years runs from the first's first year to the second's last.
def test_old_style_span_of_years() -> None:
    text = "A look at the bills from 1740/1-1745/6 shows that 412 aged deaths were recorded."
    assert years(at(text, "412")) == (1740, 1746)


def test_old_style_span_from_and() -> None:
    text = "Between 1740/1 and 1745/6 the bills recorded 9,000 aged deaths."
    assert years(at(text, "9,000")) == (1740, 1746)


# Guard (as on main): one old-style year alone is its two civil years, "1665/6" is 1665-1666.
def test_old_style_single_year_guard() -> None:
    text = "In 1665/6 the parish buried 380 people."
    assert years(at(text, "380")) == (1665, 1666)


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


def test_spans_of_centuries_and_decades_with_their_parts() -> None:
    text = "In the 18th and early 19th centuries, over 20,000 Welsh settled in Pennsylvania."
    assert years(at(text, "20,000")) == (1700, 1839)
    text = "Between the 1830s and 1890s, approximately 250,000 Cornish miners left for the Americas."
    assert years(at(text, "250,000")) == (1830, 1899)


def test_a_years_peak_measured_against_is_no_period() -> None:
    text = "By 1911 the county's population was about two-thirds of its 1841 high."
    assert years(at(text, "two-thirds")) == (1911, 1911)


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


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a century that ranks the event is no time of the figure: the years before go on
        ("The uprising was put down in 1896-1898. Some 8,000 villagers were killed, the worst massacre of "
         "the 19th century in the region.", "8,000", (1896, 1898)),
        # a span opened by "from" is the time the next sentences go on with, not a year measured from
        ("The drought lasted from 1876-1879. Some 9 million peasants starved.", "9 million", (1876, 1879)),
        # guards: a century as the time of a figure, and a single year after "from" measured against
        ("In the 18th century some 300,000 settlers crossed the sea.", "300,000", (1700, 1799)),
        ("Grain exports fell from 1913. By 1921 they were 3 million tonnes.", "3 million tonnes",
         (1921, 1921)),
    ],
)
def test_ranking_centuries_and_spans_from(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a writer's aside in square brackets hands its year on to no later sentence
        ("The strike began in 1926. [Its union had been founded after about 1890 by dockers.] The owners "
         "were alarmed. Some 2,000 men were dismissed.", "2,000", (1926, 1926)),
        ("The purge of the guild came in 1924. [A rival guild had formed in 1901.] On the night of May 3 "
         "some 400 members were seized.", "400", (1924, 1924)),
        # guard: the same sentence without brackets hands its year on
        ("The strike began in 1926. By 1930 the union had shrunk. Some 2,000 men were dismissed.", "2,000",
         (1930, 1930)),
        # and a figure inside the aside keeps the aside's year
        ("The strike began in 1926. [In 1901 the union had 600 members.] The owners were alarmed.", "600",
         (1901, 1901)),
    ],
)
def test_a_square_bracketed_aside(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


def test_a_date_in_a_bracketed_reference_is_not_the_tolls() -> None:
    text = (
        "The Varnish famine of 1871–1874 struck the river provinces. About 50,000 people died, most of them "
        "children.[Ana Perel, [http://example.org/varnish \"Hunger on the river\"], \"Coast Herald\", "
        "May 2, 2004]\n"
    )
    assert years(at(text, "50,000")) == (1871, 1874)


def test_guard_a_bracket_without_a_reference_still_dates_its_sentence() -> None:
    text = "Relief was slow to arrive. About 50,000 people died [most of them in the winter of 1872].\n"
    assert years(at(text, "50,000")) == (1872, 1872)


def test_the_year_of_a_population_a_share_is_of_is_not_the_shares() -> None:
    text = (
        "The Orlavian purge, waged from 1951 to 1956, took the lives of about 90,000 people, "
        "or 6 to 8 percent of the island's 1950 population.\n"
    )
    assert years(at(text, "6 to 8 percent")) == (1951, 1956)


def test_guard_a_population_figure_of_its_year_keeps_it() -> None:
    text = "The island counted 1,200,000 people in its 1950 population census.\n"
    assert years(at(text, "1,200,000")) == (1950, 1950)


# --- a part of a decade named before the figure (fig17r) --------------------------------------------------
# "During the 1920s …, and at the end of the decade 64 percent …": the part of the decade, as dates17
# reads "the late 1920s". Sentences written for these tests.


def test_the_end_of_a_decade_named_before_is_its_last_years() -> None:
    text = "During the 1920s the mills grew, and at the end of the decade 64 percent of weavers were women.\n"
    f = at(text, "64 percent")
    assert (f.period_start, f.period_end) == (1927, 1929)


def test_the_middle_of_a_decade_carried_from_the_sentence_before() -> None:
    text = "During the 1920s the mills grew fast. By the middle of the decade, 12,000 looms were running.\n"
    f = at(text, "12,000")
    assert (f.period_start, f.period_end) == (1924, 1926)


def test_a_year_after_the_decade_part_wins() -> None:
    # guard: the year written between the part and the figure is the figure's own
    text = "During the 1920s the mills grew fast, and at the end of the decade, in 1931, 64 percent were.\n"
    f = at(text, "64 percent")
    assert (f.period_start, f.period_end) == (1931, 1931)


def test_no_decade_part_keeps_the_whole_decade() -> None:
    # guard: without a part named, the figure is of the whole decade; after a single year, of that year
    text = "During the 1920s the mills grew fast, and 64 percent of the weavers were women.\n"
    assert (at(text, "64 percent").period_start, at(text, "64 percent").period_end) == (1920, 1929)
    text = "In 1925 the mills grew fast, and at the end of the decade 64 percent of the weavers were women.\n"
    assert (at(text, "64 percent").period_start, at(text, "64 percent").period_end) == (1925, 1925)


# --- a year the next sentence gives the one before it (fig17r) ---------------------------------------------
# "…; the town never recovered. This was in 1911.": the sentence after dates the figure's sentence.


def test_the_next_sentence_dates_the_figure_s_sentence() -> None:
    text = "The mill closed, and 4,000 weavers lost their work; the town never recovered. This was in 1911."
    assert years(at(text, "4,000")) == (1911, 1911)
    text = "Some 4,000 weavers lost their work. This was in March 1911, before the strike.\n"
    assert years(at(text, "4,000")) == (1911, 1911)


def test_a_cleft_two_years_or_another_paragraph_date_nothing() -> None:
    # guards: "It was in 1911 that …" speaks of something else; two years; a new paragraph
    for text in ("Some 4,000 weavers lost their work. It was in 1911 that the union formed.\n",
                 "Some 4,000 weavers lost their work. This was in 1911 and 1912 again.\n",
                 "Some 4,000 weavers lost their work.\n\nThis was in 1911.\n"):
        assert years(at(text, "4,000")) is None
    # the figure's own sentence's year stays
    text = "In 1905 some 4,000 weavers lost their work. This was in 1911.\n"
    assert years(at(text, "4,000")) == (1905, 1905)
