"""The last held-out set of session 5 for the figures detector (issue 17), written in our own words and
labelled by hand BEFORE the detector was run on it, after all of the session's rules (commit 3057baf): the
honest figure on unseen text for the session's final detector. Conventions as in figures_heldout_s4 and
figures_heldout_s5 ("the late 1930s" is 1937–1939, a census's "people" count the population).

First run (detector of 3057baf): measure_figures stopped with an AttributeError on the passage "livestock"
(", and that of cattle from 60.1 million": the subject pattern's second branch has no verb; the same error
at the session's start, 1e7dd0b, so any source with such a sentence failed its figures). Fixed with a test,
no rule changed, then run once: 42 labelled, found 1.000, fully right 0.643 (27/42; fair the same),
precision 0.977 (42 of 43; extra: the "millions" of a table heading "…, millions"). Wrong: what is counted
where a share's subject is before "jumped from" and across a participle ("the share of collectivized
households jumped"), "and that of cattle from …" taking the horses, people with no noun after a verb of
employing, a unit not known ("kopecks"), "children were evacuated" without the event, "four times
Germany's", «родилось — 470 тыс.» taken for deaths, "another 95,000 followed"; one period (a dateline's
year not handed to "now holds").
"""

# Paragraphs as one line each: long lines on purpose.
# ruff: noqa: E501
from __future__ import annotations

from tests.benchmarks.figures_gold import Label

M = 1e6


def _range(text: str, low: float, high: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, None, counted, period, low, high)


def _l(text: str, value: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, value, counted, period)


HELDOUT_S5C: list[tuple[str, str, list[Label]]] = [
    ("tempo", """In the Middle Volga the share of collectivized households jumped from 10.8 per cent in October 1929 to 56.4 per cent by 1 March 1930, then sank to about 25 per cent after Stalin's article of that month.
""", [
        _l("10.8 per cent", 10.8, "collectivized households", (1929, 1929)),
        _l("56.4 per cent", 56.4, "collectivized households", (1930, 1930)),
        _l("about 25 per cent", 25, "collectivized households", (1930, 1930)),
    ]),
    ("livestock", """Between 1929 and 1933 the number of horses in the USSR fell from 34 million to 16.6 million, and that of cattle from 60.1 million to 33.5 million.
""", [
        _l("34 million", 34 * M, "horses", (1929, 1929)),
        _l("16.6 million", 16.6 * M, "horses", (1933, 1933)),
        _l("60.1 million", 60.1 * M, "cattle", (1929, 1929)),
        _l("33.5 million", 33.5 * M, "cattle", (1933, 1933)),
    ]),
    ("canal", """Some 126,000 prisoners worked on the White Sea–Baltic Canal in 1931–33; the camp administration recorded 12,300 deaths, a figure historians regard as too low.
""", [
        _l("Some 126,000", 126_000, "prisoners", (1931, 1933)),
        _l("12,300", 12_300, "deaths", (1931, 1933)),
    ]),
    ("urban-table", """Urban population of the USSR, millions
1926   26.3
1939   56.1
1959   100.0
""", [
        _l("26.3", 26.3 * M, "urban population", (1926, 1926)),
        _l("56.1", 56.1 * M, "urban population", (1939, 1939)),
        _l("100.0", 100 * M, "urban population", (1959, 1959)),
    ]),
    ("kolkhoz-ru", """К концу 1937 г. в колхозах состояло 18,5 млн крестьянских хозяйств, или 93 % всех хозяйств.
""", [
        _l("18,5 млн", 18.5 * M, "крестьянских хозяйств", (1937, 1937)),
        _l("93 %", 93, "хозяйств", (1937, 1937)),
    ]),
    ("nkvd-staff", """At its peak in 1939 the NKVD employed roughly 366,000 people, among them about 25,000 in the state security directorate.
""", [
        _l("roughly 366,000", 366_000, "employed", (1939, 1939)),
        _l("about 25,000", 25_000, "state security", (1939, 1939)),
    ]),
    ("bread-price", """On the free market the price of a kilogram of bread in Moscow reached 4 roubles in 1933, against 8 kopecks at the state ration price.
""", [
        _l("4 roubles", 4, "price of bread", (1933, 1933)),
        _l("8 kopecks", 8, "price", (1933, 1933)),
    ]),
    ("children", """In the summer of 1941 about 390,000 children were evacuated from Leningrad, but many were sent towards the advancing front and some 175,000 had to be brought back.
""", [
        _l("about 390,000", 390_000, "children evacuated", (1941, 1941)),
        _l("some 175,000", 175_000, "brought back", (1941, 1941)),
    ]),
    ("income", """Collective farmers' income from the kolkhoz made up only 20 to 25 per cent of their cash income in the late 1930s; the rest came from private plots.
""", [
        _range("20 to 25 per cent", 20, 25, "income", (1937, 1939)),
    ]),
    ("guards", """In the camps of Kolyma there was one guard for every 40 prisoners in 1938.
""", [
        _l("one guard for every 40", 1 / 40, "guard", (1938, 1938)),
    ]),
    ("tanks", """Soviet tank production in 1942 was almost four times Germany's.
""", [
        _l("almost four times", 4, "tank production", (1942, 1942)),
    ]),
    ("censuses", """The 1937 census found 162.0 million people; the 1939 census, 170.6 million.
""", [
        _l("162.0 million", 162 * M, "population", (1937, 1937)),
        _l("170.6 million", 170.6 * M, "population", (1939, 1939)),
    ]),
    ("kharkiv", """In Kharkiv oblast alone registered deaths in the first half of 1933 exceeded 400,000, about four times the number of births.
""", [
        _l("400,000", 400_000, "deaths", (1933, 1933)),
        _l("about four times", 4, "deaths", (1933, 1933)),
    ]),
    ("plants-east", """By the end of 1942 some 2,600 enterprises were working in the east, 1,523 of them evacuated from the western regions.
""", [
        _l("some 2,600", 2_600, "enterprises", (1942, 1942)),
        _l("1,523", 1_523, "enterprises", (1942, 1942)),
    ]),
    ("kgb-ru", """По данным КГБ, в 1930–1953 гг. по политическим обвинениям было осуждено 3 778 234 человека, из них 786 098 расстреляно.
""", [
        _l("3 778 234", 3_778_234, "осуждено", (1930, 1953)),
        _l("786 098", 786_098, "расстреляно", (1930, 1953)),
    ]),
    ("memoir-brigade", """Our brigade of 30 men cut timber all winter; by March only 11 of us could still stand.
""", [
        _l("30", 30, "men", None),
        _l("only 11", 11, "men", None),
    ]),
    ("news-names", """MOSCOW, 30 October 2019 — Volunteers read out about 3,000 names at the Solovetsky Stone this year, organisers said, while the Memorial database now holds over 3.1 million entries.
""", [
        _l("about 3,000", 3_000, "names", (2019, 2019)),
        _l("over 3.1 million", 3.1 * M, "entries", (2019, 2019)),
    ]),
    ("exports-range", """Soviet grain exports in 1930–31 came to between 4.8 and 5.2 million tonnes a year.
""", [
        _range("between 4.8 and 5.2 million", 4.8 * M, 5.2 * M, "grain exports", (1930, 1931)),
    ]),
    ("rooms", """In 1935 a Moscow family occupied on average 1.3 rooms; 40 per cent of families lived in a single room or less.
""", [
        _l("1.3 rooms", 1.3, "rooms", (1935, 1935)),
        _l("40 per cent", 40, "families", (1935, 1935)),
    ]),
    ("ukr-1933-ru", """В 1933 г. в УССР умерло около 1,9 млн человек, родилось — 470 тыс.
""", [
        _l("около 1,9 млн", 1.9 * M, "умерло", (1933, 1933)),
        _l("470 тыс", 470_000, "родилось", (1933, 1933)),
    ]),
    ("balts", """In June 1941 some 40,000 people were deported from the three Baltic republics; in March 1949 another 95,000 followed.
""", [
        _l("some 40,000", 40_000, "deported", (1941, 1941)),
        _l("another 95,000", 95_000, "deported", (1949, 1949)),
    ]),
]

FIRST_RUN_S5C = "42 labelled, found 1.000, fully right 0.643 (27/42; fair 0.643), precision 0.977"
