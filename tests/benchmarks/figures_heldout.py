"""Held-out texts for the figures detector (issue 17, second round): written for this set, not taken from
any source, and labelled by hand BEFORE the detector was run on them.

``HELDOUT_S3`` is an encyclopedia article on the famine, a book chapter on the Gulag with its notes, a
newspaper piece on demography, a student essay with in-text citations and a bibliography, and a Russian
passage. ``AFTER_S3`` was written after the rules were changed on what the first set (and the corpus)
showed, and run once: its first run is the honest number.

Labels follow figures_gold.Label: the figure as written (its first words; found by ``str.find``), its value
(or low and high), what is counted (right when the detector's key holds every word of the label's key) and
the period in years a reader takes from the text, None where the paragraph gives none. Page numbers,
volume numbers, archive references and bibliography years are not figures and have no label. Durations
are figures only where they measure something (life expectancy).

First run of HELDOUT_S3 (detector of commit 77665ce, FIGURES_VERSION 3), before any change: 64 labelled,
found 0.922 (59), fully right 0.312 (20/64), precision 0.937 (59 of 63 detected; extra: "9414" of an
archive reference, "98" a journal volume, "millions" of a headline, "1992" as a count).
"""

# Paragraphs as one line each, as a web page or a word processor gives them: long lines on purpose.
# ruff: noqa: E501
from __future__ import annotations

from tests.benchmarks.figures_gold import Label

M = 1e6


def _range(text: str, low: float, high: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, None, counted, period, low, high)


ENCYCLOPEDIA = """Soviet famine of 1932–1933

The Soviet famine of 1932–1933 was a famine in the major grain-producing areas of the Soviet Union,
including Ukraine, the North Caucasus, the Volga region and Kazakhstan. Estimates of the number of
deaths range from 5.7 to 8.7 million.[1] In Ukraine alone, demographers have put excess mortality at
about 3.9 million.[2]

Background

Collectivization began in earnest in the winter of 1929–30. By March 1930 some 58 per cent of peasant
households had been enrolled in collective farms, but after Stalin's article "Dizzy with Success" the
share fell to 24 per cent by the summer. The state's grain procurements rose from 10.8 million tonnes
in 1928 to 22.8 million tonnes in 1931, even as the harvest declined.

Famine

In 1932 the procurement plan for Ukraine was set at 7.7 million tonnes. Villages that failed to
deliver were placed on blacklists; by the end of the year more than 180 villages had been
blacklisted. The law of 7 August 1932 made the theft of collective property punishable by death;
within a year about 125,000 people had been sentenced under it, some 5,400 of them to death.

Mortality peaked in the first half of 1933. Registered deaths in Ukraine in June 1933 were roughly
ten times the usual level. Kazakhstan suffered proportionally the worst losses: of a Kazakh
population of about 4 million, perhaps 1.5 million died, and hundreds of thousands fled to China and
Mongolia.

Aftermath

The 1937 census counted 162 million people, well below the 180 million Stalin had announced; its
organisers were arrested and the results suppressed. A new census in 1939 reported 170.6 million.

References

1. Davies, R. W. and Wheatcroft, S. G. The Years of Hunger: Soviet Agriculture, 1931–1933.
Basingstoke, 2004, pp. 401–415.
2. Meslé, F., Vallin, J. "Mortality in Ukraine", Population Studies 57 (2003): 1017-1049.
"""

GULAG_CHAPTER = """Chapter 4. The Camps

The camp system grew slowly at first. In 1929 the OGPU held some 23,000 prisoners in its camps, most
of them on the Solovetsky Islands.1 Five years later, after the decree placing all places of
confinement under the NKVD, the camps held over 500,000, and the labour colonies and special
settlements held many more.2 The growth was uneven. In the worst year, 1933, 67,297 prisoners died in
the camps, more than one in seven of those held there.3

The Great Terror swelled the camps again. Between 1937 and 1938 roughly 700,000 new prisoners
arrived, and on 1 January 1939 the camps and colonies together held 1,672,438 people.4 Mortality rose
with them: in 1938 about 90,000 inmates died. During the war the death rate was higher still. In 1942
alone, 352,560 prisoners died, nearly a quarter of the average camp population.5

Altogether, as Applebaum writes, some 18 million people passed through the system between 1929 and
1953.6 Other historians give lower totals. The archives record about 1.6 million deaths in the camps
and colonies over the same period, though this excludes those released to die at home.

Notes

1. Applebaum, Gulag: A History (New York, 2003), p. 52.
2. Khlevniuk, The History of the Gulag (New Haven, 2004), 77-79.
3. GARF, f. 9414, op. 1, d. 1155, l. 2.
4. Getty, Rittersporn and Zemskov, "Victims of the Soviet Penal System", American Historical Review
98 (1993): 1017-1049.
5. Ibid., 1024.
6. Applebaum, Gulag, pp. 578-586.
"""

NEWSPAPER = """Russia's missing millions

MOSCOW — When the results of the first post-Soviet census were published in 2003, Russia counted 145.2 million residents, nearly two million fewer than in 1989. Demographers were not surprised. Since 1992 deaths have exceeded births every year, in some years by more than 900,000.

The gap has deep roots. The country lost an estimated 27 million citizens in the Second World War, three-quarters of them men, and the famine and terror of the 1930s left holes in the age pyramid that are still visible. "Every one of those missing cohorts meant fewer mothers twenty years later," said Anatoly Vishnevsky, a demographer in Moscow.

Life expectancy for men fell to 57.6 years in 1994, lower than in India at the time. It has since recovered to about 68 years, while women live on average 78 years. Alcohol plays a large role: in the mid-1990s roughly one death in three among working-age men was linked to drinking, researchers estimate.

Migration has softened the decline. Between 1992 and 2010 more than 7 million people moved to Russia from other former Soviet republics, many of them ethnic Russians from Kazakhstan and Central Asia. Yet the population still fell to 142.9 million in the 2010 census.

The government has paid "maternity capital" since 2007, currently about 450,000 roubles for a second child. Births rose by a quarter over the following five years, but officials admit that some of the rise reflects earlier births, not more children. The fertility rate, 1.2 children per woman in 1999, reached 1.78 in 2015 before falling again.
"""

ESSAY = """How far was Stalin personally responsible for the Great Terror?

The Great Terror of 1936–38 is usually blamed on Stalin himself. Conquest argues that Stalin planned the purges from the murder of Kirov onwards (Conquest, 1990, 43). The numbers are certainly enormous: according to the NKVD's own records, 1,575,259 people were arrested in 1937 and 1938, and 681,692 of them were shot (Getty and Naumov, 1999, 588). Even so, revisionists such as Getty point out that local officials often exceeded their quotas. In Order No. 00447 the Politburo set a limit of 75,950 executions for the "kulak operation", but regional leaders asked for increases, and by its end more than 386,000 people had been shot under it.

The army suffered as well. Out of 5 marshals, 3 were executed, and about 35,000 officers were dismissed, although roughly a third of them were later reinstated (Reese, 1996, 139). This weakened the Red Army before the war with Finland in 1939–40.

On the other hand, the Terror also had social causes. The rapid industrialization of the first Five-Year Plan created tensions; workers blamed managers for accidents, and denunciations multiplied. By some estimates, as many as one in five Party members was expelled in the "verifications" of 1935–36. Historians like Fitzpatrick argue that the purges were popular among young workers who gained promotion — around 500,000 of them moved into administrative posts (Fitzpatrick, 1979, 252).

In conclusion, while society played a role, the figures show that the killing was directed from above. Stalin signed 383 lists containing over 40,000 names.

Bibliography

Conquest, R. (1990) The Great Terror: A Reassessment. London: Pimlico.
Getty, J. A. and Naumov, O. (1999) The Road to Terror. New Haven: Yale University Press.
Fitzpatrick, S. (1979) Education and Social Mobility in the Soviet Union 1921-1934. Cambridge.
"""

RUSSIAN = """Голод 1932–1933 годов

По оценкам демографов, в 1932–1933 гг. от голода в СССР погибло от 5,5 до 7 млн человек, в том числе около 3,9 млн на Украине. В Казахстане умерло свыше 1,5 млн человек, то есть почти 40 процентов казахского населения. Сотни тысяч крестьян бежали в города.

В 1937–1938 гг. органами НКВД было арестовано 1 548 366 человек, из них расстреляно 681 692. В лагерях ГУЛАГа на 1 января 1939 г. содержалось 1 317 195 заключённых. За 1930–1953 гг. через лагеря и колонии прошло около 18 млн человек.
"""

HELDOUT_S3: list[tuple[str, str, list[Label]]] = [
    ("encyclopedia", ENCYCLOPEDIA, [
        _range("from 5.7 to 8.7 million", 5.7 * M, 8.7 * M, "famine deaths", (1932, 1933)),
        Label(-1, "about 3.9 million", 3.9 * M, "excess mortality", (1932, 1933)),
        Label(-1, "58 per cent", 58, "peasant households", (1930, 1930)),
        Label(-1, "24 per cent", 24, "peasant households", (1930, 1930)),
        Label(-1, "10.8 million tonnes", 10.8 * M, "grain procurements", (1928, 1928)),
        Label(-1, "22.8 million tonnes", 22.8 * M, "grain procurements", (1931, 1931)),
        Label(-1, "7.7 million tonnes", 7.7 * M, "procurement plan", (1932, 1932)),
        Label(-1, "180 villages", 180, "villages", (1932, 1932)),
        Label(-1, "125,000", 125_000, "sentenced", (1932, 1933)),
        Label(-1, "5,400", 5_400, "sentenced to death", (1932, 1933)),
        Label(-1, "ten times", 10, "registered deaths", (1933, 1933)),
        Label(-1, "about 4 million", 4 * M, "Kazakh population", (1933, 1933)),
        Label(-1, "1.5 million", 1.5 * M, "deaths", (1933, 1933)),
        _range("hundreds of thousands", 2e5, 999_999, "fled", (1933, 1933)),
        Label(-1, "162 million", 162 * M, "population", (1937, 1937)),
        Label(-1, "180 million", 180 * M, "population", (1937, 1937)),
        Label(-1, "170.6 million", 170.6 * M, "population", (1939, 1939)),
    ]),
    ("gulag-chapter", GULAG_CHAPTER, [
        Label(-1, "some 23,000", 23_000, "prisoners", (1929, 1929)),
        Label(-1, "over 500,000", 500_000, "prisoners", (1934, 1934)),
        Label(-1, "67,297", 67_297, "deaths", (1933, 1933)),
        Label(-1, "one in seven", 1 / 7, "prisoners", (1933, 1933)),
        Label(-1, "roughly 700,000", 700_000, "prisoners", (1937, 1938)),
        Label(-1, "1,672,438", 1_672_438, "inmates", (1939, 1939)),
        Label(-1, "about 90,000", 90_000, "deaths", (1938, 1938)),
        Label(-1, "352,560", 352_560, "deaths", (1942, 1942)),
        Label(-1, "nearly a quarter", 0.25, "camp population", (1942, 1942)),
        Label(-1, "some 18 million", 18 * M, "inmates", (1929, 1953)),
        Label(-1, "about 1.6 million", 1.6 * M, "deaths", (1929, 1953)),
    ]),
    ("newspaper", NEWSPAPER, [
        Label(-1, "145.2 million", 145.2 * M, "residents", (2003, 2003)),
        Label(-1, "nearly two million", 2 * M, "residents", (1989, 2003)),
        Label(-1, "more than 900,000", 900_000, "deaths", (1992, 2003)),
        Label(-1, "an estimated 27 million", 27 * M, "deaths", (1941, 1945)),
        Label(-1, "three-quarters", 0.75, "men", (1941, 1945)),
        Label(-1, "57.6 years", 57.6, "life expectancy", (1994, 1994)),
        Label(-1, "about 68 years", 68, "life expectancy", None),
        Label(-1, "78 years", 78, "life expectancy", None),
        Label(-1, "one death in three", 1 / 3, "deaths", (1994, 1996)),
        Label(-1, "more than 7 million", 7 * M, "moved", (1992, 2010)),
        Label(-1, "142.9 million", 142.9 * M, "population", (2010, 2010)),
        Label(-1, "about 450,000 roubles", 450_000, "maternity capital", None),
        Label(-1, "a quarter", 0.25, "births", (2007, 2012)),
        Label(-1, "1.2 children", 1.2, "fertility rate", (1999, 1999)),
        Label(-1, "1.78", 1.78, "fertility rate", (2015, 2015)),
    ]),
    ("essay", ESSAY, [
        Label(-1, "1,575,259", 1_575_259, "arrests", (1937, 1938)),
        Label(-1, "681,692", 681_692, "executions", (1937, 1938)),
        Label(-1, "75,950", 75_950, "executions", (1937, 1938)),
        Label(-1, "more than 386,000", 386_000, "executions", (1937, 1938)),
        Label(-1, "5 marshals", 5, "marshals", None),
        Label(-1, "3 were executed", 3, "marshals executed", None),
        Label(-1, "about 35,000", 35_000, "officers dismissed", None),
        Label(-1, "roughly a third", 1 / 3, "officers", None),
        Label(-1, "one in five", 0.2, "Party members", (1935, 1936)),
        Label(-1, "around 500,000", 500_000, "workers", (1935, 1936)),
        Label(-1, "383 lists", 383, "lists", None),
        Label(-1, "over 40,000", 40_000, "names", None),
    ]),
    ("russian", RUSSIAN, [
        _range("от 5,5 до 7 млн", 5.5 * M, 7 * M, "famine deaths", (1932, 1933)),
        Label(-1, "около 3,9 млн", 3.9 * M, "famine deaths", (1932, 1933)),
        Label(-1, "свыше 1,5 млн", 1.5 * M, "deaths", (1932, 1933)),
        Label(-1, "почти 40 процентов", 40, "населения", (1932, 1933)),
        _range("Сотни тысяч", 2e5, 999_999, "крестьян", (1932, 1933)),
        Label(-1, "1 548 366", 1_548_366, "arrests", (1937, 1938)),
        Label(-1, "681 692", 681_692, "executions", (1937, 1938)),
        Label(-1, "1 317 195", 1_317_195, "inmates", (1939, 1939)),
        Label(-1, "около 18 млн", 18 * M, "inmates", (1930, 1953)),
    ]),
]  # fmt: skip

# Not figures and not dated statements in these texts: the reference and note sections' page ranges,
# volume numbers and years. (text name, snippet) pairs a test of the detectors can read.
NOT_FIGURES_S3 = [
    ("encyclopedia", "401–415"), ("encyclopedia", "1017-1049"), ("encyclopedia", "57 (2003)"),
    ("gulag-chapter", "p. 52"), ("gulag-chapter", "77-79"), ("gulag-chapter", "9414"),
    ("gulag-chapter", "1155"), ("gulag-chapter", "1017-1049"), ("gulag-chapter", "1024"),
    ("gulag-chapter", "578-586"), ("essay", "00447"),
]  # fmt: skip

# --- written after the rules were changed, labelled, then run once ------------------------------------------
# First run (commit 40dc2ae, the honest number of this round): 27 labelled, found 0.963 (26), fully right
# 0.370 (10/27). Wrong: what the figures of a "was to rise from X to Y, and Z from A to B" sentence count
# (and the second pair read as one range); a share or multiple of the subject ("Real wages dropped by
# roughly half", "living space … fell to 4 square metres"); periods implied by a heading or the paragraph
# before ("The plan", a new paragraph on the same journey); "N deportees died" (deaths), "by 1948 more than
# 100,000 Chechens and Ingush had died" (deaths), "a fifth of those deported" (qualified as terror by
# "NKVD" in the paragraph); "several million" missed; "compiled in 1953" chosen over "in 1937 and 1938";
# "convicted" read as "sentenced"; "five times the number of 1936" given 1936.

TEXTBOOK = """The First Five-Year Plan

Launched in October 1928, the First Five-Year Plan set targets that seemed fantastic. Coal output was
to rise from 35 million tonnes to 75 million tonnes, and pig iron from 3.3 million to 10 million
tonnes. In the event, coal reached 64 million tonnes in 1932, while pig iron reached only 6.2
million tonnes. Magnitogorsk, a steel town built from nothing on the steppe, had some 250,000
inhabitants by 1932.

The cost fell on the workers. Real wages dropped by roughly half between 1928 and 1932, and the urban
population grew by about 12 million as peasants fled the collective farms. Housing could not keep
pace: in Moscow the average living space per person fell to 4 square metres.

The plan was declared fulfilled in four years and three months. Official figures claimed that
industrial output had grown by 118 per cent; Western economists later put the growth at closer to
60 per cent.
"""

DEPORTATION = """Deportation of the Chechens and Ingush

The deportation of the Chechens and Ingush, known as Operation Lentil, began on 23 February 1944. Within a week some 496,000 people were loaded onto trains and sent to Kazakhstan and Kirghizia.[1] About 19,000 officers of the NKVD and 100,000 soldiers took part in the operation.[2]

Conditions on the journey were severe, and thousands died in the unheated wagons. According to NKVD records, 1,272 deportees died in transit.[3] Mortality in the special settlements was far higher: by 1948 more than 100,000 Chechens and Ingush had died, roughly a fifth of those deported.[4]

The deportees were allowed to return only after 1957, when the Checheno-Ingush republic was restored. By 1959 about 418,000 Chechens lived in the Soviet Union.

References

1. Pohl, J. O. Ethnic Cleansing in the USSR, 1937–1949. Westport, 1999, p. 97.
2. Bugai, N. F. "The Truth about the Deportation", Voprosy istorii 7 (1990): 32-44.
3. Ibid., 40.
4. Naimark, N. Fires of Hatred. Cambridge, MA, 2001, pp. 96-97.
"""

ARTICLE = """The scale of the Terror

Until the archives opened, estimates of the victims of 1937–38 ranged widely. Conquest put the number
of executions at about one million,12 while others suggested several million. The NKVD's own summary,
compiled in 1953, lists 681,692 people shot in 1937 and 1938 and 1,344,923 convicted in all.13

These figures do not include those who died in custody before trial or in the camps. In 1938 alone,
the camps recorded 90,546 deaths, over five times the number of 1936.14 Nor do they include the
deportations of national minorities: in 1937 some 172,000 Koreans were moved from the Far East to
Central Asia.

12 R. Conquest, The Great Terror (London, 1968), 525.
13 GARF, f. 9401, op. 1, d. 4157, ll. 201-205.
14 Getty, Rittersporn and Zemskov, 1993, 1022.
"""

AFTER_S3: list[tuple[str, str, list[Label]]] = [
    ("textbook", TEXTBOOK, [
        Label(-1, "35 million tonnes", 35 * M, "coal output", (1928, 1928)),
        Label(-1, "75 million tonnes", 75 * M, "coal output", (1932, 1932)),
        Label(-1, "3.3 million", 3.3 * M, "pig iron", (1928, 1928)),
        Label(-1, "10 million", 10 * M, "pig iron", (1932, 1932)),
        Label(-1, "64 million tonnes", 64 * M, "coal", (1932, 1932)),
        Label(-1, "6.2", 6.2 * M, "pig iron", (1932, 1932)),
        Label(-1, "some 250,000", 250_000, "inhabitants", (1932, 1932)),
        Label(-1, "roughly half", 0.5, "real wages", (1928, 1932)),
        Label(-1, "about 12 million", 12 * M, "urban population", (1928, 1932)),
        Label(-1, "4 square metres", 4, "living space", (1928, 1932)),
        Label(-1, "118 per cent", 118, "industrial output", (1928, 1932)),
        Label(-1, "60 per cent", 60, "industrial output", (1928, 1932)),
    ]),
    ("deportation", DEPORTATION, [
        Label(-1, "some 496,000", 496_000, "deportations", (1944, 1944)),
        Label(-1, "About 19,000", 19_000, "officers", (1944, 1944)),
        Label(-1, "100,000 soldiers", 100_000, "soldiers", (1944, 1944)),
        _range("thousands died", 2e3, 9_999, "deaths", (1944, 1944)),
        Label(-1, "1,272", 1_272, "deaths", (1944, 1944)),
        Label(-1, "more than 100,000", 100_000, "deaths", (1948, 1948)),
        Label(-1, "roughly a fifth", 0.2, "deported", (1948, 1948)),
        Label(-1, "about 418,000", 418_000, "Chechens", (1959, 1959)),
    ]),
    ("article", ARTICLE, [
        Label(-1, "about one million", 1 * M, "executions", (1937, 1938)),
        _range("several million", 2e6, 9_999_999, "executions", (1937, 1938)),
        Label(-1, "681,692", 681_692, "executions", (1937, 1938)),
        Label(-1, "1,344,923", 1_344_923, "convicted", (1937, 1938)),
        Label(-1, "90,546", 90_546, "deaths", (1938, 1938)),
        Label(-1, "over five times", 5, "deaths", (1938, 1938)),
        Label(-1, "some 172,000", 172_000, "Koreans", (1937, 1937)),
    ]),
]  # fmt: skip


# --- a fourth set, written after the rules the third set's run led to, labelled, then run once ------------
# First run (commit cc014cd, the honest number of the final rules): 19 labelled, found 1.000, fully right
# 0.526 (10/19), precision 1.000. Wrong: "38 per cent of all Kazakhs died" (read as famine deaths, not the
# share of Kazakhs); "by 1933 only 4.5 million remained" (livestock named in the clause before); "665,000
# people fled" and "200,000 of them" (the fleeing is not counted, period 1933 not the famine's); "only
# 4.3 million tonnes" (grain named in the sentence before); "less than half the number of 1930" (the
# number of what, and 1930 measured against); Russian "было выселено 171 781 человек корейской
# национальности", "депортировано около 400 тыс. немцев", "депортации подверглись более 3 млн" (the
# deportation verb before the number with a noun after it).

KAZAKH = """Kazakh famine of 1930–1933

The Kazakh famine of 1930–1933 killed an estimated 1.5 to 2.3 million people in Soviet Kazakhstan, of whom 1.3 to 1.75 million were ethnic Kazakhs.[1] Roughly 38 per cent of all Kazakhs died, the highest proportion of any ethnic group in the Soviet famine.[2]

The famine followed the forced sedentarization of the nomads. Livestock numbers collapsed: in 1929 Kazakhstan had about 40 million head of livestock, but by 1933 only 4.5 million remained.[3] Some 665,000 people fled the republic, around 200,000 of them to China, Mongolia, Afghanistan and Iran.[4]

In 1939 the census counted 2.3 million Kazakhs, against 3.6 million in 1926.

References

1. Cameron, S. The Hungry Steppe. Ithaca, 2018, p. 2.
2. Pianciola, N. "The Collectivization Famine in Kazakhstan", Harvard Ukrainian Studies 25 (2001): 237-251.
3. Ibid., 240.
4. Kindler, R. Stalin's Nomads. Pittsburgh, 2018, pp. 180-185.
"""

VILLAGE = """Grain and the Ukrainian village

In the autumn of 1932 Moscow demanded that Ukraine deliver 7.7 million tonnes of grain. By January
1933 the republic had handed over only 4.3 million tonnes, and brigades of activists searched the
villages for hidden stores. Some 1,600 villages had been placed on blacklists by the end of 1932.

The consequences were catastrophic. Demographers now estimate that between 3.5 and 5 million
Ukrainians died in 1932 and 1933, most of them in the first half of 1933. Birth rates also fell
sharply: in 1933 Ukraine recorded about 470,000 births, less than half the number of 1930.
"""

DEPORTATIONS_RU = """Депортация народов

В 1937 г. с Дальнего Востока было выселено 171 781 человек корейской национальности. В 1941 г. в Сибирь и Казахстан было депортировано около 400 тыс. поволжских немцев. Всего в 1941–1944 гг. депортации подверглись более 3 млн человек; к 1949 г. в спецпоселениях умерло свыше 300 тыс. человек.
"""

AFTER2_S3: list[tuple[str, str, list[Label]]] = [
    ("kazakh", KAZAKH, [
        _range("1.5 to 2.3 million", 1.5 * M, 2.3 * M, "famine deaths", (1930, 1933)),
        _range("1.3 to 1.75 million", 1.3 * M, 1.75 * M, "deaths", (1930, 1933)),
        Label(-1, "Roughly 38 per cent", 38, "Kazakhs", (1930, 1933)),
        Label(-1, "about 40 million", 40 * M, "livestock", (1929, 1929)),
        Label(-1, "4.5 million", 4.5 * M, "livestock", (1933, 1933)),
        Label(-1, "Some 665,000", 665_000, "fled", (1930, 1933)),
        Label(-1, "around 200,000", 200_000, "fled", (1930, 1933)),
        Label(-1, "2.3 million Kazakhs", 2.3 * M, "Kazakhs", (1939, 1939)),
        Label(-1, "3.6 million", 3.6 * M, "Kazakhs", (1926, 1926)),
    ]),
    ("village", VILLAGE, [
        Label(-1, "7.7 million tonnes", 7.7 * M, "grain", (1932, 1932)),
        Label(-1, "4.3 million tonnes", 4.3 * M, "grain", (1933, 1933)),
        Label(-1, "Some 1,600", 1_600, "villages", (1932, 1932)),
        _range("between 3.5 and 5 million", 3.5 * M, 5 * M, "deaths", (1932, 1933)),
        Label(-1, "about 470,000", 470_000, "births", (1933, 1933)),
        Label(-1, "less than half", 0.5, "births", (1933, 1933)),
    ]),
    ("deportations-ru", DEPORTATIONS_RU, [
        Label(-1, "171 781", 171_781, "deportations", (1937, 1937)),
        Label(-1, "около 400 тыс.", 400_000, "deportations", (1941, 1941)),
        Label(-1, "более 3 млн", 3 * M, "deportations", (1941, 1944)),
        Label(-1, "свыше 300 тыс.", 300_000, "deaths", (1949, 1949)),
    ]),
]  # fmt: skip


# --- a fifth set, written after the rules the fourth set's run led to, labelled, then run once ------------
# First run (commit 2432776, the honest number of the final rules): 17 labelled, found 1.000, fully right
# 0.647 (11/17), precision 1.000. Wrong: "about 170,000 worked on it" (prisoners of the sentence before);
# "one prisoner produced roughly half as much as a free worker" (output; a bullet took the year of the
# bullet before); "less than half of the pre-war level" (of the harvest); "between 1 and 1.5 million
# died" after "the drought of 1946" in the paragraph (1946 only, the famine of the heading is 1946–47);
# Russian "умерло 67 297 заключённых" (deaths of prisoners: the verb is before the noun) and "содержалось
# около 2,5 млн человек" in camps (inmates).

REVISION = """The Gulag economy – revision notes

• By 1940 the NKVD ran 53 camp complexes and 425 labour colonies. (Khlevniuk, 23)
• Prisoners built the White Sea Canal in 1931-33: about 170,000 worked on it and at least 12,000 died. (Applebaum, 62)
• In 1939 Gulag labour produced 46.5% of the USSR's nickel and 60% of its gold. (Gregory, 8)
• Camp output was inefficient – one prisoner produced roughly half as much as a free worker.
• After Stalin's death the amnesty of March 1953 released about 1.2 million prisoners.
"""

FAMINE_1946 = """Soviet famine of 1946–1947

The last major famine in the Soviet Union struck Moldavia, Ukraine and the central Black Earth region after the drought of 1946. The harvest fell to 39.6 million tonnes, less than half of the pre-war level, yet the state still procured 17.5 million tonnes of grain. Historians estimate that between 1 and 1.5 million people died of hunger and related diseases.[1] In Moldavia alone some 115,000 people died in 1946–47, about 5 per cent of the population.[2]
"""

GULAG_RU = """По данным ГУЛАГа, в 1933 г. в лагерях умерло 67 297 заключённых, а в 1942 г. — 248 877. К 1 января 1953 г. в лагерях и колониях содержалось около 2,5 млн человек.
"""

AFTER3_S3: list[tuple[str, str, list[Label]]] = [
    ("revision", REVISION, [
        Label(-1, "53 camp", 53, "camp complexes", (1940, 1940)),
        Label(-1, "425 labour", 425, "labour colonies", (1940, 1940)),
        Label(-1, "about 170,000", 170_000, "prisoners", (1931, 1933)),
        Label(-1, "at least 12,000", 12_000, "deaths", (1931, 1933)),
        Label(-1, "46.5%", 46.5, "nickel", (1939, 1939)),
        Label(-1, "60%", 60, "gold", (1939, 1939)),
        Label(-1, "roughly half", 0.5, "output", None),
        Label(-1, "about 1.2 million", 1.2 * M, "prisoners", (1953, 1953)),
    ]),
    ("famine-1946", FAMINE_1946, [
        Label(-1, "39.6 million tonnes", 39.6 * M, "harvest", (1946, 1946)),
        Label(-1, "less than half", 0.5, "harvest", (1946, 1946)),
        Label(-1, "17.5 million tonnes", 17.5 * M, "grain", (1946, 1946)),
        _range("between 1 and 1.5 million", 1 * M, 1.5 * M, "famine deaths", (1946, 1947)),
        Label(-1, "some 115,000", 115_000, "deaths", (1946, 1947)),
        Label(-1, "about 5 per cent", 5, "population", (1946, 1947)),
    ]),
    ("gulag-ru", GULAG_RU, [
        Label(-1, "67 297", 67_297, "deaths", (1933, 1933)),
        Label(-1, "248 877", 248_877, "deaths", (1942, 1942)),
        Label(-1, "около 2,5 млн", 2.5 * M, "inmates", (1953, 1953)),
    ]),
]  # fmt: skip


# --- a sixth set, written after the rules the fifth set's run led to, labelled, then run once -------------
# First run (commit d9b4b12, the honest number of the final rules): 18 labelled, found 1.000, fully right
# 0.444 (8/18), precision 1.000. Wrong, mostly periods: "The famine of 1921–1922 began … in the spring of
# 1921 and killed 5 million" (the nearest date, not the event's span, three times); a paragraph that goes on
# with the same famine or war takes no period (twice, and "In the first six months of the war" is no year);
# "of the 5.7 million … taken by Germany during the whole war" (the war's years); "fed up to 10.5 million
# people" (people fed); Russian "16 млн тонн" (тонн is no unit here).

VOLGA = """Russian famine of 1921–1922

The Russian famine of 1921–1922 began in the Volga region in the spring of 1921 and killed an estimated 5 million people.[1] At its height some 25 million people in 35 provinces were short of food.[2] The American Relief Administration fed up to 10.5 million people a day in August 1922, and the Soviet government bought about 2.1 million tonnes of grain abroad.[3]

Disease followed hunger: typhus and cholera killed hundreds of thousands. In Samara province alone roughly 20 per cent of the population died.[4]
"""

WAR = """Losses and evacuation

In the first six months of the war the Soviet Union lost territory where some 40 per cent of its
population had lived. Between July and December 1941 about 1,500 large factories were moved east,
together with perhaps 10 million people. Steel production fell from 18.3 million tonnes in 1940 to
8.1 million tonnes in 1942.

Military losses were enormous. By the end of 1941 some 3 million soldiers had been taken prisoner,
and of the 5.7 million Soviet prisoners of war taken by Germany during the whole war, about 3.3
million died in captivity.
"""

VIRGIN_LANDS_RU = """Освоение целины

В 1954–1960 гг. в Казахстане, Сибири и на Урале было распахано около 42 млн гектаров целинных земель. На целину переселилось более 300 тыс. человек. В 1956 г. урожай зерна в Казахстане составил 16 млн тонн.
"""

AFTER4_S3: list[tuple[str, str, list[Label]]] = [
    ("volga", VOLGA, [
        Label(-1, "an estimated 5 million", 5 * M, "famine deaths", (1921, 1922)),
        Label(-1, "some 25 million", 25 * M, "people", (1921, 1922)),
        Label(-1, "35 provinces", 35, "provinces", (1921, 1922)),
        Label(-1, "up to 10.5 million", 10.5 * M, "fed", (1922, 1922)),
        Label(-1, "about 2.1 million tonnes", 2.1 * M, "grain", (1922, 1922)),
        _range("hundreds of thousands", 2e5, 999_999, "deaths", (1921, 1922)),
        Label(-1, "roughly 20 per cent", 20, "population", (1921, 1922)),
    ]),
    ("war", WAR, [
        Label(-1, "some 40 per cent", 40, "population", (1941, 1941)),
        Label(-1, "about 1,500", 1_500, "factories", (1941, 1941)),
        Label(-1, "perhaps 10 million", 10 * M, "people", (1941, 1941)),
        Label(-1, "18.3 million tonnes", 18.3 * M, "steel production", (1940, 1940)),
        Label(-1, "8.1 million tonnes", 8.1 * M, "steel production", (1942, 1942)),
        Label(-1, "some 3 million", 3 * M, "soldiers", (1941, 1941)),
        Label(-1, "5.7 million", 5.7 * M, "prisoners of war", (1941, 1945)),
        Label(-1, "about 3.3", 3.3 * M, "deaths", (1941, 1945)),
    ]),
    ("virgin-lands-ru", VIRGIN_LANDS_RU, [
        Label(-1, "около 42 млн", 42 * M, "целинных земель", (1954, 1960)),
        Label(-1, "более 300 тыс.", 300_000, "человек", (1954, 1960)),
        Label(-1, "16 млн тонн", 16 * M, "урожай зерна", (1956, 1956)),
    ]),
]  # fmt: skip


# --- a seventh set, written after the rules the sixth set's run led to, labelled, then run once -----------
# First run (commit 0750b12, the honest number of the final rules): 13 labelled, found 1.000, fully right
# 0.154 (2/13), precision 1.000. Wrong, mostly periods: "Under Order No. 00485, signed on 11 August 1937,
# 139,835 people were sentenced" takes the order's date, not the operation's 1937–1938 of the sentence
# before (four figures); "Between the censuses of 1926 and 1939 the urban population grew from 26 million to
# 56 million" gives both ends the whole span, not 1926 and 1939 (and "rose from 31 to 82" in "the same
# years"); "gained some 2 million …, reaching 4.1 million in 1939" gives the gain 1939; "the number of
# towns with more than 100,000 inhabitants rose from 31 to 82" counts inhabitants; Russian "ежедневно
# умирало до 28 тыс. человек" (deaths).

POLISH = """Polish Operation of the NKVD

The Polish Operation of 1937–1938 was the largest of the NKVD's national operations. Under Order No. 00485, signed on 11 August 1937, 139,835 people were sentenced, of whom 111,091 were shot.[1] Poles made up about two-thirds of the victims; the rest were Belarusians, Ukrainians and others accused of spying for Poland.[2] By the end of the operation the Polish population of the USSR had fallen by more than a fifth.
"""

CITIES = """Cities of steel

Between the censuses of 1926 and 1939 the urban population of the Soviet Union grew from 26 million to 56 million, one of the fastest migrations in history. Moscow alone gained some 2 million residents, reaching 4.1 million in 1939. In the same years the number of towns with more than 100,000 inhabitants rose from 31 to 82.
"""

HOLODOMOR_RU = """Голодомор

По оценкам историков, в 1932–1933 гг. на Украине от голода умерло около 3,9 млн человек. Смертность достигла пика в июне 1933 г., когда ежедневно умирало до 28 тыс. человек.
"""

AFTER5_S3: list[tuple[str, str, list[Label]]] = [
    ("polish", POLISH, [
        Label(-1, "139,835", 139_835, "sentenced", (1937, 1938)),
        Label(-1, "111,091", 111_091, "executions", (1937, 1938)),
        Label(-1, "about two-thirds", 2 / 3, "victims", (1937, 1938)),
        Label(-1, "more than a fifth", 0.2, "Polish population", (1937, 1938)),
    ]),
    ("cities", CITIES, [
        Label(-1, "26 million", 26 * M, "urban population", (1926, 1926)),
        Label(-1, "56 million", 56 * M, "urban population", (1939, 1939)),
        Label(-1, "some 2 million", 2 * M, "residents", (1926, 1939)),
        Label(-1, "4.1 million", 4.1 * M, "residents", (1939, 1939)),
        Label(-1, "100,000 inhabitants", 100_000, "inhabitants", (1926, 1939)),
        Label(-1, "31 to", 31, "towns", (1926, 1926)),
        Label(-1, "82.", 82, "towns", (1939, 1939)),
    ]),
    ("holodomor-ru", HOLODOMOR_RU, [
        Label(-1, "около 3,9 млн", 3.9 * M, "famine deaths", (1932, 1933)),
        Label(-1, "до 28 тыс.", 28_000, "deaths", (1933, 1933)),
    ]),
]  # fmt: skip


# --- an eighth set, written after the rules the seventh set's run led to, labelled, then run once ---------
# First run (commit e72246d, the honest number of the final rules): 15 labelled, found 0.800 (12), fully
# right 0.267 (4/15), precision 1.000. Wrong: "from 8 September 1941 to 27 January 1944" is not read as one
# period, so the next sentences carry 1944; "the figure had reached 58 per cent" and the shares after it
# (what "the figure" is of, in the sentence before); a share in a clause without a year takes a later
# clause's year ("fell back to 24 per cent, and only in 1937 …"); "nearly halved" is no figure; Russian
# "около 1500 предприятий" read as a year, "с 3,3 млн т" read as a page reference ("с." is a page),
# "млн т" (tonnes) not a unit; "civilian deaths" read as deaths.

LENINGRAD = """Siege of Leningrad

The siege of Leningrad lasted 872 days, from 8 September 1941 to 27 January 1944. Of a pre-war population of about 3 million, some 1.4 million people were evacuated, many of them across the frozen Lake Ladoga.[1] Estimates of civilian deaths range from 632,000, the figure given at the Nuremberg trials, to about 1.5 million.[2] In December 1941 alone more than 50,000 people died of starvation.[3]
"""

COLLECTIVIZATION = """Collectivization in numbers

At the start of 1928 fewer than 2 per cent of peasant households belonged to collective farms. By
March 1930 the figure had reached 58 per cent; after the retreat that spring it fell back to 24 per
cent, and only in 1937 did it pass 90 per cent. The peasants' response was to slaughter their
animals: the number of horses fell from 32 million in 1929 to 15 million in 1933, and the number of
cattle was nearly halved.
"""

INDUSTRY_RU = """Индустриализация

За годы первой пятилетки (1928–1932) было построено около 1500 предприятий. Выплавка чугуна выросла с 3,3 млн т в 1928 г. до 6,2 млн т в 1932 г.
"""

AFTER6_S3: list[tuple[str, str, list[Label]]] = [
    ("leningrad", LENINGRAD, [
        Label(-1, "about 3 million", 3 * M, "population", (1941, 1941)),
        Label(-1, "some 1.4 million", 1.4 * M, "evacuated", (1941, 1944)),
        Label(-1, "632,000", 632_000, "civilian deaths", (1941, 1944)),
        Label(-1, "about 1.5 million", 1.5 * M, "civilian deaths", (1941, 1944)),
        Label(-1, "more than 50,000", 50_000, "deaths", (1941, 1941)),
    ]),
    ("collectivization", COLLECTIVIZATION, [
        Label(-1, "fewer than 2 per cent", 2, "peasant households", (1928, 1928)),
        Label(-1, "58 per cent", 58, "peasant households", (1930, 1930)),
        Label(-1, "24 per", 24, "peasant households", (1930, 1930)),
        Label(-1, "90 per cent", 90, "peasant households", (1937, 1937)),
        Label(-1, "32 million", 32 * M, "horses", (1929, 1929)),
        Label(-1, "15 million", 15 * M, "horses", (1933, 1933)),
        Label(-1, "nearly halved", 0.5, "cattle", (1929, 1933)),
    ]),
    ("industry-ru", INDUSTRY_RU, [
        Label(-1, "около 1500", 1500, "предприятий", (1928, 1932)),
        Label(-1, "3,3 млн т", 3.3 * M, "выплавка чугуна", (1928, 1928)),
        Label(-1, "6,2 млн т", 6.2 * M, "выплавка чугуна", (1932, 1932)),
    ]),
]  # fmt: skip
