"""The second held-out set of session 7 for the figures detector (issue 17), written in our own words and
labelled by hand BEFORE the detector was run on it, after all of the session's rules: the honest figure on
unseen text for the session's final detector. Kinds as in figures_heldout_s7 (books and articles on the
famine, the Gulag, the terror, collectivisation, industrial output, elections and population; encyclopedia
pages; student essays; Russian passages); conventions as there.

First run: see FIRST_RUN_S7B below.
"""

# Paragraphs as one line each: long lines on purpose.
# ruff: noqa: E501
from __future__ import annotations

from tests.benchmarks.figures_gold import THOUSANDS, Label

M = 1e6
B = 1e9


def _range(text: str, low: float, high: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, None, counted, period, low, high)


def _l(text: str, value: float, counted: str, period: tuple[int, int] | None) -> Label:
    return Label(-1, text, value, counted, period)


HELDOUT_S7B: list[tuple[str, str, list[Label]]] = [
    ("koreans", """In the autumn of 1937 the entire Korean population of the Soviet Far East, some 172,000 people, was deported to Central Asia.
""", [
        _l("some 172,000", 172_000, "Koreans deported", (1937, 1937)),
    ]),
    ("famine-1946", """The post-war famine of 1946–47 is less well known. Recent estimates suggest that between 1 and 1.5 million people died of hunger and related diseases.
""", [
        _range("between 1 and 1.5 million", 1 * M, 1.5 * M, "deaths", (1946, 1947)),
    ]),
    ("kolyma-gold", """Gold output at Kolyma rose from 5.5 tonnes in 1934 to 66 tonnes in 1940, almost all of it mined by prisoners.
""", [
        _l("5.5 tonnes", 5.5, "gold output", (1934, 1934)),
        _l("66 tonnes", 66, "gold output", (1940, 1940)),
    ]),
    ("norilsk", """At its peak in 1951 the Norilsk camp complex held about 72,000 prisoners, and between 1935 and 1956 some 16,800 prisoners died there.
""", [
        _l("about 72,000", 72_000, "prisoners", (1951, 1951)),
        _l("some 16,800", 16_800, "prisoner deaths", (1935, 1956)),
    ]),
    ("army-purge", """Between 1937 and 1938 around 33,000 officers were discharged from the army; roughly 9,500 of them were arrested.
""", [
        _l("around 33,000", 33_000, "officers discharged", (1937, 1938)),
        _l("roughly 9,500", 9_500, "arrested", (1937, 1938)),
    ]),
    ("cars-essay", """The car plant at Gorky was opened in 1932 and by 1938 it was making more than 100,000 vehicles a year which was a huge step for a country that had hardly built any cars before.
""", [
        _l("more than 100,000", 100_000, "vehicles", (1938, 1938)),
    ]),
    ("elections-1946", """According to the official results of the 1946 elections, 99.7 per cent of the electorate voted, and the bloc's candidates received 99.2 per cent of the votes.
""", [
        _l("99.7 per cent", 99.7, "electorate voted", (1946, 1946)),
        _l("99.2 per cent", 99.2, "votes", (1946, 1946)),
    ]),
    ("census-1939-ru", """По переписи 1939 г. население СССР составило 170,6 млн человек, из них городское — 56,1 млн.
""", [
        _l("170,6 млн", 170.6 * M, "население", (1939, 1939)),
        _l("56,1 млн", 56.1 * M, "городское", (1939, 1939)),
    ]),
    ("poles-1940", """In four waves in 1940–41 the NKVD deported between 320,000 and 330,000 Polish citizens from the annexed eastern territories.
""", [
        _range("between 320,000 and 330,000", 320_000, 330_000, "Polish citizens deported", (1940, 1941)),
    ]),
    ("oil", """Oil extraction increased from 11.6 million tonnes in 1928 to 31 million in 1940, most of it from the fields around Baku.
""", [
        _l("11.6 million tonnes", 11.6 * M, "oil extraction", (1928, 1928)),
        _l("31 million", 31 * M, "oil extraction", (1940, 1940)),
    ]),
    ("cattle-encyc", """Collectivization (USSR). ... The number of cattle fell by almost half, from 70.5 million in 1928 to 38.4 million in 1933.
""", [
        _l("almost half", 0.5, "cattle", (1928, 1933)),
        _l("70.5 million", 70.5 * M, "cattle", (1928, 1928)),
        _l("38.4 million", 38.4 * M, "cattle", (1933, 1933)),
    ]),
    ("special-ru", """В 1932–1940 гг. в спецпоселках умерло 389 521 человек.
""", [
        _l("389 521", 389_521, "умерло", (1932, 1940)),
    ]),
    ("harbin", """The so-called Harbin operation of 1937–38 led to the arrest of 48,133 people, of whom 30,992 were sentenced to death.
""", [
        _l("48,133", 48_133, "arrests", (1937, 1938)),
        _l("30,992", 30_992, "sentenced to death", (1937, 1938)),
    ]),
    ("wages-essay", """By 1937 real wages were still lower than in 1928. A worker earned about 250 roubles a month, but prices had risen about five times.
""", [
        _l("about 250 roubles", 250, "earned", (1937, 1937)),
        _l("about five times", 5, "prices", (1937, 1937)),
    ]),
    ("births", """The ban on abortion in 1936 pushed births up: 5.6 million children were born in 1937, compared with 4.8 million in 1935.
""", [
        _l("5.6 million", 5.6 * M, "children born", (1937, 1937)),
        _l("4.8 million", 4.8 * M, "children born", (1935, 1935)),
    ]),
    ("magnitka-table", """Pig iron at Magnitogorsk (thousand tonnes)
1932   356
1935   1,552
1938   1,622
""", [
        _l("356", 356_000, "pig iron", (1932, 1932)),
        _l("1,552", 1_552_000, "pig iron", (1935, 1935)),
        _l("1,622", 1_622_000, "pig iron", (1938, 1938)),
    ]),
    ("gulag-share", """In 1940 prisoners made up about 1.1 per cent of the Soviet population, and the camps supplied roughly a third of the country's nickel.
""", [
        _l("about 1.1 per cent", 1.1, "prisoners", (1940, 1940)),
        _l("roughly a third", 1 / 3, "nickel", (1940, 1940)),
    ]),
    ("kazakh-flight", """Fleeing hunger, more than a million Kazakhs left the republic in 1931–33; tens of thousands of them perished on the road.
""", [
        _l("more than a million", 1 * M, "Kazakhs left", (1931, 1933)),
        Label(-1, "tens of thousands", None, "Kazakh deaths", (1931, 1933), 2e4, 99_999),
    ]),
    ("memoir-barrack", """There were 120 of us in the barrack that first winter. By spring some 40 had died.
""", [
        _l("120", 120, "us", None),
        _l("some 40", 40, "deaths", None),
    ]),
    ("kolkhozes", """By 1940 there were 236,900 collective farms in the USSR, with an average of 81 households each.
""", [
        _l("236,900", 236_900, "collective farms", (1940, 1940)),
        _l("81 households", 81, "households", (1940, 1940)),
    ]),
    ("rehab", """Between 1954 and 1961 some 737,000 people were rehabilitated, thousands of them after their death.
""", [
        _l("some 737,000", 737_000, "rehabilitated", (1954, 1961)),
        Label(-1, "thousands", None, "rehabilitated", (1954, 1961), *THOUSANDS),
    ]),
]

FIRST_RUN_S7B = "39 labelled, found 1.000, fully right 0.769 (30/39; fair 0.769), precision 1.000 (detector of commit 4b51286, FIGURES_VERSION 8)"
