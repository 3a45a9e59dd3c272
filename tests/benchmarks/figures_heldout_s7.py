"""Held-out texts for the figures detector (issue 17, session 7): written for this set in our own words
(scholarly books and articles on the famine, the Gulag, the terror, collectivisation, industrial output,
elections and population; encyclopedia pages; student essays with their slips; four Russian passages), not
taken from any source, and labelled by hand BEFORE the detector was run on them.

Conventions as in figures_heldout_s4 and figures_heldout_s5 (the figure's first words, its value or low
and high, what is counted, the period in years a reader takes from the text or None). What is counted is
the thing counted with its qualifiers, an event verb made its noun: "prisoners died" is "prisoner deaths",
"were deported" is "deported"; "the Great Patriotic War" is 1941–1945; "three years later" is the year it
points to; a table's heading unit ("thousands") multiplies its values.

First run (detector of commit 3263e5f, FIGURES_VERSION 7), before any change: see FIRST_RUN_S7 below.
"""

# Paragraphs as one line each, as a web page or a word processor gives them: long lines on purpose.
# ruff: noqa: E501
from __future__ import annotations

from tests.benchmarks.figures_gold import MILLIONS, Label

M = 1e6
B = 1e9


def _range(text: str, low: float, high: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, None, counted, period, low, high)


def _l(text: str, value: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, value, counted, period)


HELDOUT_S7: list[tuple[str, str, list[Label]]] = [
    ("famine-essay", """The famine of 1932–33 was a catastrophe for the countryside. Historians today think that between 3.5 and 3.9 million people perished in Ukraine alone, while in Kazakhstan about 1.5 million died.
""", [
        _range("between 3.5 and 3.9 million", 3.5 * M, 3.9 * M, "deaths", (1932, 1933)),
        _l("about 1.5 million", 1.5 * M, "deaths", (1932, 1933)),
    ]),
    ("gulag-encyclopedia", """On 1 January 1941 the camps and colonies of the GULAG held 1,929,729 prisoners. The number of prisoners who died in the camps between 1930 and 1953 is officially given as 1,606,748.
""", [
        _l("1,929,729", 1_929_729, "prisoners", (1941, 1941)),
        _l("1,606,748", 1_606_748, "prisoner deaths", (1930, 1953)),
    ]),
    ("terror-book", """During the Great Terror of 1937–38 the NKVD arrested 1,548,366 people, of whom 681,692 were shot.
""", [
        _l("1,548,366", 1_548_366, "arrested", (1937, 1938)),
        _l("681,692", 681_692, "shot", (1937, 1938)),
    ]),
    ("dekulak-article", """In 1930–31 some 381,000 kulak families, about 1.8 million people, were deported to special settlements in the North, the Urals and Siberia.
""", [
        _l("some 381,000", 381_000, "kulak families deported", (1930, 1931)),
        _l("about 1.8 million", 1.8 * M, "deported", (1930, 1931)),
    ]),
    ("steel", """Steel output rose from 4.3 million tonnes in 1928 to 18.1 million tonnes in 1940.
""", [
        _l("4.3 million tonnes", 4.3 * M, "steel output", (1928, 1928)),
        _l("18.1 million tonnes", 18.1 * M, "steel output", (1940, 1940)),
    ]),
    ("elections-1937", """In the elections to the Supreme Soviet of 12 December 1937, 96.8 per cent of the 94 million registered voters took part, and 98.6 per cent of those voting supported the candidates of the bloc of communists and non-party people.
""", [
        _l("96.8 per cent", 96.8, "registered voters", (1937, 1937)),
        _l("94 million", 94 * M, "registered voters", (1937, 1937)),
        _l("98.6 per cent", 98.6, "voting", (1937, 1937)),
    ]),
    ("census-1926", """According to the census of 1926 the population of the USSR was 147 million, of whom 82 per cent lived in the countryside.
""", [
        _l("147 million", 147 * M, "population", (1926, 1926)),
        _l("82 per cent", 82, "countryside", (1926, 1926)),
    ]),
    ("golod-kz-ru", """По оценкам демографов, от голода 1932–1933 гг. в Казахстане погибло около 1,5 млн человек.
""", [
        _l("около 1,5 млн", 1.5 * M, "погибло", (1932, 1933)),
    ]),
    ("gulag-1950-ru", """На 1 января 1950 г. в лагерях и колониях ГУЛАГа содержалось 2 561 351 заключённый.
""", [
        _l("2 561 351", 2_561_351, "заключённые", (1950, 1950)),
    ]),
    ("pig-iron", """The First Five-Year Plan set a target of 10 million tonnes of pig iron for 1932; actual output that year was 6.2 million tonnes.
""", [
        _l("10 million tonnes", 10 * M, "pig iron", (1932, 1932)),
        _l("6.2 million tonnes", 6.2 * M, "output", (1932, 1932)),
    ]),
    ("tractors", """By 1940 there were 523,000 tractors working in Soviet agriculture, most of them attached to the 7,000 machine-tractor stations.
""", [
        _l("523,000", 523_000, "tractors", (1940, 1940)),
        _l("7,000", 7_000, "machine-tractor stations", (1940, 1940)),
    ]),
    ("student-gulag", """Its estimated that around 18 million people passed through the Gulag between 1930 and 1953, and at least 1.5 million of them died there.
""", [
        _l("around 18 million", 18 * M, "passed through the Gulag", (1930, 1953)),
        _l("at least 1.5 million", 1.5 * M, "Gulag deaths", (1930, 1953)),
    ]),
    ("war-losses", """Soviet losses in the Great Patriotic War are now estimated at 26.6 million, of whom some 8.7 million were soldiers and officers of the armed forces.
""", [
        _l("26.6 million", 26.6 * M, "losses", (1941, 1945)),
        _l("some 8.7 million", 8.7 * M, "soldiers and officers", (1941, 1945)),
    ]),
    ("collectivized", """By July 1931 52.7 per cent of peasant households had been collectivized, and by 1937 the figure was 93 per cent.
""", [
        _l("52.7 per cent", 52.7, "peasant households collectivized", (1931, 1931)),
        _l("93 per cent", 93, "households collectivized", (1937, 1937)),
    ]),
    ("procurements", """Grain procurements in 1931 reached 22.8 million tonnes, almost a third of the harvest.
""", [
        _l("22.8 million tonnes", 22.8 * M, "grain procurements", (1931, 1931)),
        _l("almost a third", 1 / 3, "harvest", (1931, 1931)),
    ]),
    ("kirov", """In Leningrad alone some 40,000 people were arrested or expelled from the city in the spring of 1935, after Kirov's murder.
""", [
        _l("some 40,000", 40_000, "arrested or expelled", (1935, 1935)),
    ]),
    ("raskulach-ru", """В 1930 г. было раскулачено более 320 тыс. крестьянских хозяйств.
""", [
        _l("более 320 тыс", 320_000, "раскулачено хозяйств", (1930, 1930)),
    ]),
    ("moscow", """Moscow grew from 2.0 million inhabitants in 1926 to 4.1 million in 1939.
""", [
        _l("2.0 million", 2 * M, "inhabitants", (1926, 1926)),
        _l("4.1 million", 4.1 * M, "inhabitants", (1939, 1939)),
    ]),
    ("harvest-1932", """The 1932 harvest is variously estimated at 55 to 60 million tonnes, well below the official figure of 69.9 million.
""", [
        _range("55 to 60 million tonnes", 55 * M, 60 * M, "harvest", (1932, 1932)),
        _l("69.9 million", 69.9 * M, "harvest", (1932, 1932)),
    ]),
    ("ration", """Prisoners who failed to meet their norm received as little as 400 grams of bread a day.
""", [
        _l("400 grams", 400, "bread", None),
    ]),
    ("pows", """Of the roughly 3 million German prisoners of war held in the Soviet Union, about 380,000 died in captivity.
""", [
        _l("roughly 3 million", 3 * M, "German prisoners of war", None),
        _l("about 380,000", 380_000, "prisoner of war deaths", None),
    ]),
    ("chechens", """In February 1944 about 478,000 Chechens and Ingush were deported to Kazakhstan and Kirgizia within a week.
""", [
        _l("about 478,000", 478_000, "Chechens and Ingush deported", (1944, 1944)),
    ]),
    ("coal-essay", """Coal production went up more than four times between 1928 and 1940, from 35 to 166 million tonnes.
""", [
        _l("more than four times", 4, "coal production", (1928, 1940)),
        _l("35", 35 * M, "coal production", (1928, 1928)),
        _l("166 million tonnes", 166 * M, "coal production", (1940, 1940)),
    ]),
    ("electricity", """Electricity generation reached 48.3 billion kilowatt-hours in 1940, compared with 5.0 billion in 1928.
""", [
        _l("48.3 billion", 48.3 * B, "electricity generation", (1940, 1940)),
        _l("5.0 billion", 5 * B, "electricity generation", (1928, 1928)),
    ]),
    ("party-purge", """Between 1933 and 1935 the party lost some 1.1 million members through purges and the halt on admissions.
""", [
        _l("some 1.1 million", 1.1 * M, "party members", (1933, 1935)),
    ]),
    ("gulag-table", """Gulag population on 1 January (thousands)
1935   965
1938   1,882
1941   1,930
""", [
        _l("965", 965_000, "Gulag population", (1935, 1935)),
        _l("1,882", 1_882_000, "Gulag population", (1938, 1938)),
        _l("1,930", 1_930_000, "Gulag population", (1941, 1941)),
    ]),
    ("vybory-ru", """В выборах 1937 г. приняли участие 91,1 млн избирателей.
""", [
        _l("91,1 млн", 91.1 * M, "избирателей", (1937, 1937)),
    ]),
    ("magnitogorsk", """Magnitogorsk, built on the bare steppe from 1929, had 250,000 inhabitants by 1932, half of them living in tents and barracks.
""", [
        _l("250,000", 250_000, "inhabitants", (1932, 1932)),
        _l("half", 0.5, "living in tents and barracks", (1932, 1932)),
    ]),
    ("wage", """The average monthly wage of an industrial worker was 339 roubles in 1940.
""", [
        _l("339 roubles", 339, "average monthly wage", (1940, 1940)),
    ]),
    ("special-settlers", """In 1932 the special settlements held 1,317,022 people, and 89,754 special settlers died that year.
""", [
        _l("1,317,022", 1_317_022, "special settlements", (1932, 1932)),
        _l("89,754", 89_754, "special settler deaths", (1932, 1932)),
    ]),
    ("arest-ru", """В 1937–1938 гг. органами НКВД было арестовано 1 575 259 человек.
""", [
        _l("1 575 259", 1_575_259, "арестовано", (1937, 1938)),
    ]),
    ("kazakhs", """Kazakhstan suffered worst in relative terms. In 1930 the republic had some 4.1 million Kazakhs; three years later there were fewer than 3 million.
""", [
        _l("some 4.1 million", 4.1 * M, "Kazakhs", (1930, 1930)),
        _l("fewer than 3 million", 3 * M, "Kazakhs", (1933, 1933)),
    ]),
    ("purges-essay", """stalin's purges killed about 750,000 people in 1937 and 1938 alone, and millions more were sent to the camps.
""", [
        _l("about 750,000", 750_000, "purge deaths", (1937, 1938)),
        Label(-1, "millions", None, "sent to the camps", (1937, 1938), *MILLIONS),
    ]),
    ("teachers", """The number of teachers in the Soviet Union doubled between 1928 and 1940, reaching 1.2 million.
""", [
        _l("1.2 million", 1.2 * M, "teachers", (1940, 1940)),
    ]),
    ("famine-oblast", """In the Kiev oblast the mortality of 1933 was 4.5 times that of 1931; by the summer some 9,000 children had been placed in orphanages.
""", [
        _l("4.5 times", 4.5, "mortality", (1933, 1933)),
        _l("some 9,000", 9_000, "children placed in orphanages", (1933, 1933)),
    ]),
]

FIRST_RUN_S7 = "62 labelled, found 1.000, fully right 0.548 (34/62; fair 0.548), precision 1.016 (61 detected: \"from 35 to 166 million tonnes\" one figure over two labels)"
