"""Rules for named events and wars (numbers/events.py): an event the text dates (a lead, a title line, a name
with its years) dates its later mentions; "the war" by the side a text is about (the Soviet war 1941-1945 or
1939-1945), civil wars, the eve and end of a war. Sentences written for these tests; each failed before its
rule unless it is a guard."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, has_key, years


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # the eve of the war is 1941, its end 1945 (as "the war" of a Soviet history is 1941–1945; the text
        # names the Soviet side, fig17k)
        ("On the eve of the war the Soviet colonies held some 430,000 convicts.", "430,000", (1941, 1941)),
        ("By the end of the war the Red Army had lost some 27,000 tanks.", "27,000", (1945, 1945)),
        ("In the last year of the war the plants of the USSR built 29,000 tanks.", "29,000", (1945, 1945)),
    ],
)
def test_the_eve_and_the_end_of_the_war(text: str, snippet: str, period: tuple[int, int]) -> None:
    f = at(text, snippet)
    assert (f.period_start, f.period_end) == period


def test_another_countrys_civil_war_is_not_russias() -> None:
    text = "The English Civil War killed perhaps 200,000 people."
    # (not Russia's 1918–1921; its own standard years come from the table of well-known events, fig17s)
    assert years(at(text, "200,000")) == (1642, 1651)


# A death that dates: "on Stalin's death" is 1953.
def test_stalins_death_dates_a_figure() -> None:
    f = at("On Stalin's death there were more than 1,900,000 exiles in the settlements.", "1,900,000")
    assert years(f) == (1953, 1953)


# A name the text gives years to dates its later mentions.
def test_name_with_bracketed_years_dates_its_mentions() -> None:
    text = (
        "The Lean Decade (1921–1930) was hard.\n\nIn 1950 a survey counted the dead. During the Lean Decade "
        "roughly 70,000 people died."
    )
    assert years(at(text, "70,000")) == (1921, 1930)


# An event the text names with its years dates its later mentions by head noun ("the partition", "the
# drought"); "on the eve of" it is its first year.
def test_event_named_with_year_dates_later_mention() -> None:
    text = ("The partition of Varden in 1871 split the valley in two.\n\n"
            "The partition displaced about 40,000 people, most of them herders.")
    assert years(at(text, "40,000")) == (1871, 1871)


def test_on_the_eve_of_a_named_event() -> None:
    text = ("The Great Drought, also known as the Dry Years, was a period of failed rains in Varden lasting "
            "from 1881 to 1884. The worst year of the drought was 1883. The population of Varden on the "
            "eve of the drought was about 300,000.")
    f = at(text, "300,000")
    assert years(f) == (1881, 1881) and has_key(f, "population")


def test_event_alias_guard_year_written_first_wins() -> None:
    # guard: a year written before the mention in the sentence dates the figure
    text = ("The Great Drought, also known as the Dry Years, was a period of failed rains in Varden lasting "
            "from 1881 to 1884. In 1883 the drought killed 20,000 people.")
    assert years(at(text, "20,000")) == (1883, 1883)


def test_event_alias_guard_two_spans_for_one_head() -> None:
    # guard: two famines with different years: "the famine" alone says neither
    text = ("The famine of 1871 struck the north. The famine of 1892 struck the south.\n\n"
            "Estimates vary. The famine killed 5,000 people, by one count.")
    assert years(at(text, "5,000")) not in ((1871, 1871),)


# "the war" of a text that writes years before 1900 only and names no side of the Second World War is not
# 1941-1945.
def test_the_war_of_another_century() -> None:
    text = ("The rising of 1798 failed.\n\n"
            "Later in the war the farmers put the deserters from the southern army at 20,000.")
    assert at(text, "20,000").period_start is None


def test_the_war_of_a_soviet_text_guard() -> None:
    text = "During the war the Soviet camps held 1.2 million prisoners."
    f = at(text, "1.2 million")
    assert (f.period_start, f.period_end) == (1941, 1945)


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


def test_a_lead_name_in_capitals_dates_its_later_mentions() -> None:
    text = (
        "The GREAT PESTILENCE, also known as the GREAT MORTALITY, was an epidemic that struck the region "
        "from 1629 to 1631.\n\nThe Great Pestilence killed about 30% of the valley's inhabitants."
    )
    assert years(at(text, "30%")) == (1629, 1631)


def test_a_lead_name_with_its_years_set_off_by_commas() -> None:
    text = (
        "The GREAT FEVER, lasting from 1720 to 1722, was the last epidemic of plague in the kingdom.\n\n"
        "The Great Fever killed an estimated 50,000 people—nearly half of the port's population."
    )
    assert years(at(text, "50,000")) == (1720, 1722)
    assert "deaths" in at(text, "nearly half").counted


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a text about the Soviet side: its Second World War is the Soviet war
        ("Stalin's state mobilised 34 million men and women during the Second World War.", "34 million",
         (1941, 1945)),
        ("The Red Army buried roughly 8 million of its soldiers in World War II.", "8 million", (1941, 1945)),
        ("In the Great Patriotic War the USSR evacuated some 1,500 factories to the east.", "1,500",
         (1941, 1945)),
        ("Soviet railways moved 12 million evacuees in the first months of the war.", "12 million",
         (1941, 1941)),
        ("On the eve of the war the Soviet camps held about 1.9 million prisoners.", "1.9 million",
         (1941, 1941)),
        ("The Bolsheviks' Soviet state lost perhaps 8 million people in the Civil War.", "8 million",
         (1918, 1921)),
        # a Soviet institution in Russian words names the side
        ("On the eve of the war the NKVD's camps held about 1.5 million prisoners.", "1.5 million",
         (1941, 1941)),
        # Russian words make it a Soviet text
        ("В годы войны погибли 27 миллионов человек.", "27 миллионов", (1941, 1945)),
    ],
)
def test_soviet_text_keeps_the_soviet_war(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # another country's Second World War is 1939–1945
        ("Britain lost some 384,000 servicemen in the Second World War.", "384,000", (1939, 1945)),
        ("About 6,000 Dutch sailors died at sea during World War II.", "6,000", (1939, 1945)),
        ("Polish losses in WWII reached nearly 6 million citizens.", "nearly 6 million", (1939, 1945)),
        # "the war" of a text that names the Second World War, and its parts
        ("The Second World War reached the island late. During the war some 40,000 refugees passed through "
         "its harbour.", "40,000", (1939, 1945)),
        ("Hitler's regime had grown. On the eve of the war the party counted about 5 million members.",
         "5 million", (1939, 1939)),
        ("The Nazi occupation was harsh. By the end of the war some 70,000 of the town's people had been "
         "deported.", "70,000", (1945, 1945)),
        ("World War Two closed the ports. In the first months of the war some 200,000 children were sent "
         "to the countryside.", "200,000", (1939, 1939)),
        # a named Russian Civil War is Russia's in any text
        ("Some 2 million emigrants left Russia during the Russian Civil War.", "2 million", (1918, 1921)),
    ],
)
def test_other_texts_follow_1939_to_1945(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # "the Civil War" of a text that names no Russian side has no Russian years
        ("The Civil War cost the republic about 500,000 lives.", "500,000"),
        ("Farmers in the hills lost nearly 30,000 horses in the Civil War.", "30,000"),
        # "the war" and its parts of a text about another war (the First World War, or none named)
        ("The First World War emptied the villages. By the end of the war some 1.3 million men had fallen.",
         "1.3 million"),
        ("The Great War began in August. In the first months of the war 300,000 soldiers were wounded.",
         "300,000"),
        ("During the war the city fed about 90,000 refugees.", "90,000"),
    ],
)
def test_other_wars_take_no_soviet_years(text: str, snippet: str) -> None:
    assert years(at(text, snippet)) is None


def test_a_civil_war_the_text_dates_keeps_its_years() -> None:
    f = at("The Civil War (1861–1865) killed some 620,000 soldiers.", "620,000")
    assert years(f) == (1861, 1865)


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a text whose first sentence dates its own war: "the war" and "the Civil War" are that war, its end
        # its last year, though the text names the Soviet side
        ("The NORTHERN CIVIL WAR (; 3 March 1918 – 9 May 1920) was fought between the Soviet government "
         "and the Whites. About 40,000 people fled during the war.", "40,000", (1918, 1920)),
        ("The NORTHERN CIVIL WAR (; 3 March 1918 – 9 May 1920) was fought between the Soviet government "
         "and the Whites. The Civil War left some 90,000 orphans.", "90,000", (1918, 1920)),
        ("The Lake War (1919–1923) was a conflict on the Red Army's flank. By the end of the war 12,000 "
         "villagers had left.", "12,000", (1923, 1923)),
        # a span written with its days: "5 May 1918 – 2 June 1921" is 1918–1921, not 1918–1905
        ("The siege, from 5 May 1918 – 2 June 1921, cost the town 7,000 lives.", "7,000", (1918, 1921)),
    ],
)
def test_a_war_the_text_dates_is_its_war(text: str, snippet: str, period: tuple[int, int]) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # another country's civil war, in a text that names the Soviet side too
        ("Soviet advisers left early. Some 2,500 clinics closed during the Yemeni Civil War.", "2,500", None),
        # guards: "the Civil War" of a Soviet text, and a sentence that opens with a capitalised word
        ("Soviet power was young. During the Civil War 9 million people died of hunger and disease.",
         "9 million", (1918, 1921)),
        ("Soviet power was young. Russia's Civil War cost 9 million lives.", "9 million", (1918, 1921)),
        # a lead that dates a war that is no civil war leaves "the Civil War" to its Soviet years
        ("The Winter War (1939–1940) was fought by the Soviet Union and Finland. In the Civil War some "
         "60,000 Finns had died.", "60,000", (1918, 1921)),
    ],
)
def test_civil_wars_of_other_countries(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a toll with no time of its own is of the event the text's first sentence dates
        ("The HILL REBELLION (; 2 April 1871 – 30 June 1874) was a rising of upland farmers. Reprisals were "
         "harsh. Estimates of the executions run from 900 to 4,000.", "900 to 4,000", (1871, 1874)),
        ("The Hill Rebellion (1871–1874) was a rising of upland farmers. Some 6,000 rebels were killed by "
         "the militia.", "6,000", (1871, 1874)),
        # guards: a toll dated in its sentence keeps its year; a figure that is no toll takes nothing
        ("The Hill Rebellion (1871–1874) was a rising of upland farmers. In 1872 some 2,000 were shot.",
         "2,000", (1872, 1872)),
        ("The Hill Rebellion (1871–1874) was a rising of upland farmers. The valley has 80,000 inhabitants.",
         "80,000", None),
    ],
)
def test_a_toll_of_the_lead_event(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


@pytest.mark.parametrize(
    ("text", "snippet", "period"),
    [
        # a year in brackets after a name with its article is the year of what it names
        ("The Marne (1914) cost the French army 80,000 dead.", "80,000", (1914, 1914)),
        # guard: an author's year in brackets is a citation, not the figure's time
        ("Horne (1962) put the French dead at 80,000.", "80,000", None),
    ],
)
def test_the_year_of_a_named_event(text: str, snippet: str, period: tuple[int, int] | None) -> None:
    assert years(at(text, snippet)) == period


def test_the_war_of_a_soviet_text_written_before_1939_is_not_the_soviet_war() -> None:
    # A Bolshevik text that writes only years of the Revolution: its "the war" is the one Russia was
    # leaving, not 1941–1945 (fig17m's set: a contemporary account of 1917)
    text = (
        "In October 1917 the Bolsheviks took the Winter Palace. "
        "By then some 2 million soldiers had deserted the front during the war."
    )
    assert years(at(text, "2 million")) != (1941, 1945)
    # … while a Soviet text that reaches the Second World War's years keeps it
    later = "In 1942 the Soviet state moved its plants east. Some 2 million soldiers fell during the war."
    assert years(at(later, "2 million")) == (1941, 1945)


_LEAD = (
    "Siege of Corvallen\n"
    "The Siege of Corvallen was the blockade of a river port by the northern league. "
    "Cut off from the sea, the port was starved by the league's fleet from 3 March 1921 to 14 June 1923. "
    "Its walls were never breached.\n\n"
    "About 2,300 townspeople died during the siege, most of them from hunger.\n"
)


def test_a_lead_with_a_title_line_and_its_span_in_the_next_sentence_defines_its_event() -> None:
    assert years(at(_LEAD, "2,300")) == (1921, 1923)


def test_a_name_joined_by_of_is_the_leads_subject() -> None:
    text = (
        "The Siege of Corvallen was a blockade that lasted from 1921 to 1923 and emptied the port.\n\n"
        "Nearly 2,300 townspeople died during the siege.\n"
    )
    assert years(at(text, "2,300")) == (1921, 1923)


def test_a_span_two_sentences_on_still_belongs_to_the_lead() -> None:
    text = (
        "The Siege of Corvallen was the blockade of a river port. It was the longest of the war. "
        "The port was shut from 1921 to 1923.\n\n"
        "About 2,300 townspeople died during the siege.\n"
    )
    assert years(at(text, "2,300")) == (1921, 1923)


def test_guard_a_span_in_the_next_paragraph_is_not_the_leads() -> None:
    text = (
        "Siege of Corvallen\n"
        "The Siege of Corvallen was the blockade of a river port by the northern league.\n\n"
        "Traders had used the port from 1880 to 1890 for timber.\n\n"
        "About 2,300 townspeople died during the siege.\n"
    )
    assert years(at(text, "2,300")) is None


def test_guard_a_span_three_sentences_on_is_not_the_leads() -> None:
    text = (
        "The Siege of Corvallen was the blockade of a river port. It was long. It was cruel. "
        "Traders had used the port from 1880 to 1890 for timber.\n\n"
        "About 2,300 townspeople died during the siege.\n"
    )
    assert years(at(text, "2,300")) is None


def test_guard_a_first_sentence_that_names_no_event_defines_nothing() -> None:
    text = (
        "In the spring the river rose over the quays. "
        "Traders had used the port from 1880 to 1890 for timber.\n\n"
        "About 2,300 townspeople died during the siege.\n"
    )
    assert years(at(text, "2,300")) is None


_PURGE = (
    "Orlavian purge\n\n"
    "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956 against "
    "teachers and clergy. In 1953, the council moved the capital to the coast. "
    "Its police emptied the old quarter and sent its people to quarries in the hills. "
    "This left about 30 percent of the clergy dead. "
    "Some 12,000 prisoners were held in the quarry camps.\n"
)


def test_a_title_then_an_adjective_and_head_noun_lead_defines_the_event() -> None:
    text = (
        "Varnish famine\n\n"
        "The Varnish famine was a famine in the river provinces that lasted from 1871 to 1874. "
        "Relief came late.\n\n"
        "Estimates of the deaths range from 40,000 to 60,000.\n"
    )
    f = at(text, "40,000")
    assert years(f) == (1871, 1874)


def test_a_toll_dated_by_a_year_carried_from_far_back_takes_the_events_span() -> None:
    assert years(at(_PURGE, "30 percent")) == (1951, 1956)


def test_guard_a_count_that_is_no_toll_keeps_the_carried_year() -> None:
    # (how many were held is no toll: the rule leaves the carried year alone)
    assert years(at(_PURGE, "12,000")) == (1953, 1953)


def test_guard_a_year_from_the_sentence_right_before_stays() -> None:
    text = (
        "Orlavian purge\n\n"
        "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956. "
        "Its worst months came early in 1953. About 900 teachers were executed that spring.\n"
    )
    assert years(at(text, "900")) == (1953, 1953)


def test_guard_a_carried_year_outside_the_span_stays() -> None:
    text = (
        "Orlavian purge\n\n"
        "The Orlavian purge was a campaign of arrests waged by the ruling council from 1951 to 1956. "
        "In 1958, the council fell. Its archives were burned by the new government. "
        "About 900 teachers were found to have been executed.\n"
    )
    assert years(at(text, "900")) == (1958, 1958)
