"""Rules of fig17k: the wars' periods by the side a text is about (the lead's convention). The Second World
War is 1939–1945, except in a text about the Soviet side, where it is the Soviet war, 1941–1945; "the war"
and its parts, and "the Civil War", take their Soviet years only in a Soviet text. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.domain.figures.helpers import at, years


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


def counted(text: str, snippet: str) -> str:
    return at(text, snippet).counted


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
    ("text", "snippet", "key"),
    [
        # a scholar's guess that names nothing counts what the figure before counts
        ("Estimates of the hangings vary from 300 to 5,000. Professor Lund suspected that there were about "
         "1,200.", "1,200", "hangings"),
        ("Estimates of the hangings vary from 300 to 5,000. Dr Okafor believed that there were more than "
         "700, and less than 2,000.", "less than 2,000", "hangings"),
    ],
)
def test_a_guess_counts_what_came_before(text: str, snippet: str, key: str) -> None:
    assert key in counted(text, snippet)


def test_a_guess_of_a_named_thing_keeps_it() -> None:
    # guard: "there were about 400 rebels" names its own thing
    text = "Estimates of the hangings vary from 300 to 5,000. Lund believed that there were about 400 rebels."
    assert "rebels" in counted(text, "400")


@pytest.mark.parametrize(
    ("text", "snippet", "key"),
    [
        # what happened to the people is counted, past a phrase of where or which they were
        ("In 1892 about 7,000 infants in the delta died of fever.", "7,000", "death"),
        ("In 1892 about 7,000 infants under the age of two had died of fever.", "7,000", "death"),
        ("In 1892 some 12,000 crofters across the northern isles were evicted.", "12,000", "evicted"),
    ],
)
def test_the_fate_past_a_phrase_of_place(text: str, snippet: str, key: str) -> None:
    assert key in counted(text, snippet)


@pytest.mark.parametrize(
    ("text", "snippet", "key"),
    [
        # guards: a state or an act is no fate
        ("In 1892 the 3,000 weavers in the town were women.", "3,000", "weavers"),
        ("In 1892 some 3,000 weavers in the town were making cloth.", "3,000", "weavers"),
    ],
)
def test_no_fate_past_a_phrase_of_place(text: str, snippet: str, key: str) -> None:
    assert counted(text, snippet) == key


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


@pytest.mark.parametrize(
    ("text", "snippet", "key", "period"),
    [
        # two figures joined by "and" share the verb and the time after the second
        ("Some 3,000 dockers and 1,200 carters were dismissed in 1889.", "3,000", "dismissed", (1889, 1889)),
        ("An estimated 9,000 Finns and 4,000 Karelians were evacuated in 1944.", "9,000", "evacuated",
         (1944, 1944)),
    ],
)
def test_a_pair_shares_its_verb(text: str, snippet: str, key: str, period: tuple[int, int]) -> None:
    f = at(text, snippet)
    assert key in f.counted and years(f) == period


def test_two_clauses_keep_their_own_verbs() -> None:
    # guard: the first figure has its own verb, so the second clause's verb and year are not its
    f = at("Some 3,000 dockers struck and 1,200 carters were dismissed in 1889.", "3,000")
    assert "dismissed" not in f.counted and years(f) is None


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
    ("text", "snippet", "key"),
    [
        # people lost to migration are no deaths
        ("In the 1880s the county lost 12,000 people to emigration.", "12,000", "emigration"),
        # people transported: the transport is counted, the people qualify it
        ("The company shipped some 40,000 convicts to the colony in 1790.", "40,000", "convicts transported"),
        ("Its vessels forcibly transported an estimated 300,000 captives across the ocean.", "300,000",
         "captives transported"),
    ],
)
def test_lost_to_migration_and_transported(text: str, snippet: str, key: str) -> None:
    assert counted(text, snippet) == key


def test_lost_people_are_still_deaths() -> None:
    # guard: "lost N people" with no migration after is a death toll
    assert "death" in counted("In 1880 the county lost 12,000 people to cholera.", "12,000")


@pytest.mark.parametrize(
    ("text", "snippet", "value"),
    [
        # a decimal comma before "million", and a share written with a hyphen
        ("As many as 2,5 million settlers arrived after 1880.", "2,5 million", 2_500_000),
        ("It was once a port of 60-percent Greek population.", "60-percent", 60),
    ],
)
def test_number_spellings(text: str, snippet: str, value: float) -> None:
    assert at(text, snippet).value == value


@pytest.mark.parametrize(
    ("text", "snippet", "value"),
    [
        # guards: thousands with a comma, and a compound adjective
        ("Some 2,500 million roubles were spent in 1931.", "2,500 million", 2_500_000_000),
        ("The 60-year lease ended with 4,000 tenants evicted.", "4,000", 4000),
    ],
)
def test_number_spellings_guards(text: str, snippet: str, value: float) -> None:
    assert at(text, snippet).value == value


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
