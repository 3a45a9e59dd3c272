"""The failure classes the second held-out set and the corpus showed (issue 17, second round), each with
sentences written for this test (not from those texts): when a period is carried and when not, spans
measured against a later year, what is counted named elsewhere in the sentence or the sentence before, the
notes and references sections, and dated statements' events. Each failed before its rule."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates
from annotator.domain.figures.grouping import counted_key
from annotator.domain.structure.detect import detect
from tests.domain.figures.helpers import at, figures, years

# --- periods ----------------------------------------------------------------------------------------------

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


def test_a_year_after_since_before_a_noun_of_people_is_a_year() -> None:
    text = "Since 1992 deaths have exceeded births by 700,000 a year."
    assert [text[f.start : f.end] for f in figures(text)] == ["700,000"]
    assert years(at(text, "700,000")) == (1992, 1992)


def test_one_thing_in_so_many_is_a_ratio() -> None:
    text = "In the late 1990s one death in four among men was linked to alcohol."
    assert at(text, "one death").value == 0.25


def test_a_number_before_in_and_a_year_is_no_ratio() -> None:
    text = "The fertility rate was 2.1 children per woman in 1990 and reached 1.78 in 2015."
    assert all(f.value is None or f.value > 0.01 for f in figures(text))


# --- what is counted --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "snippet", "label"),
    [
        ("In 1942, 248,000 prisoners died in the camps.", "248,000", "death"),
        ("On 1 January 1941 the camps and colonies held 1,930,000 people.", "1,930,000", "inmate"),
        ("The 1926 census counted 147 million people.", "147 million", "population"),
        ("The grain quota for the Volga was set at 2.3 million tonnes in 1931.", "2.3 million",
         "grain quota"),
        ("In May 1938 the execution quotas were extended by 20,000.", "20,000", "execution quota"),
        ("Out of 9 admirals, 8 were shot.", "8 were", "admiral execution"),
        ("In 1938 about 30,000 officers were dismissed.", "30,000", "officer dismissed"),
        ("Deaths in Kharkiv in May 1933 were six times the usual level.", "six times", "death"),
        # the figure before in the sentence names it
        ("Most accounts give 1.8 million kulak deportations (Smith, 12), a few give 3 million (Jones, 47).",
         "3 million", "kulak deportations"),
        ("In March 1930 some 58 per cent of peasant households were in collective farms, but by the summer "
         "the share fell to 24 per cent.", "24 per cent", "peasant household"),
        ("About 35,000 officers were dismissed, and a third of them were later reinstated.", "a third",
         "officer"),
        # the figure after names it
        ("Perhaps four million out of the six million dead were Ukrainians.", "four million",
         "death ukrainian"),
        # the sentence before names it
        ("The new farms needed tractors. In 1929 there were only 30,000 in the whole country.", "30,000",
         "tractor"),
        # who announced a figure is not what it counts: the figure before says it
        ("The 1926 census counted 147 million people, fewer than the 160 million Lenin had promised.",
         "160 million", "population"),
        ("Belarus lost an estimated 2.2 million citizens under the occupation.", "2.2 million", "deaths"),
        # "of them" with no figure before: the people named before
        ("Young workers gained promotion in these years — around 300,000 of them entered the administration.",
         "300,000", "workers"),
        ("За 1930–1953 гг. через лагеря прошло около 18 млн человек.", "18 млн", "inmates"),
        # found by the third set (AFTER_S3): deportees and peoples named by a plural die; a share of those
        # deported is of deportations; a subject after an approximation; an elliptic second change
        ("In 1930 about 40,000 deportees died in the settlements.", "40,000", "deaths"),
        ("By 1945 more than 50,000 Kalmyks had died.", "50,000", "deaths"),
        ("In 1944 some 100,000 died, roughly a tenth of those deported.", "a tenth", "deportations"),
        ("Real incomes fell by roughly a third between 1928 and 1932.", "a third", "real incomes"),
        ("Steel output was to rise from 4 million tonnes to 10 million tonnes, and oil from 11 million to 22 "
         "million tonnes.", "11 million", "oil"),
        ("In Leningrad the living space per person fell to 5 square metres.", "5 square", "living space"),
        # found by the fourth set (AFTER2_S3)
        ("In 1933 about 42 per cent of all Kalmyks died.", "42 per cent", "Kalmyks"),
        ("In 1929 the republic had 20 million sheep, but by 1933 only 2 million remained.", "2 million",
         "sheep"),
        ("Moscow demanded 6 million tonnes of grain. By March only 3.1 million tonnes had been delivered.",
         "3.1 million", "grain"),
        ("In 1933 there were about 500,000 births, less than half the number of 1929.", "half", "births"),
        ("В 1943 г. было выселено 68 938 человек калмыцкой национальности.", "68 938", "deportations"),
        ("В 1941 г. было депортировано около 400 тыс. поволжских немцев.", "400 тыс", "deportations"),
        ("Всего депортации подверглись более 3 млн человек.", "3 млн", "deportations"),
        # found by the fifth set (AFTER3_S3)
        ("По данным НКВД, в 1938 г. в лагерях умерло 90 546 заключённых.", "90 546", "deaths"),
        ("На 1 января 1941 г. в лагерях и колониях содержалось около 1,9 млн человек.", "1,9 млн", "inmates"),
        ("In 1942 coal output fell to 75 million tonnes, less than half of the pre-war level.", "half",
         "coal output"),
        ("Prisoners dug the canal in 1931-33: about 170,000 worked on it.", "170,000", "prisoners"),
        ("В 1958 г. урожай зерна в Казахстане составил 22 млн тонн.", "22 млн", "урожай зерна"),
        ("В мае 1933 г. ежедневно умирало до 17 тыс. человек.", "17 тыс", "deaths"),
        ("In 1929 only 2 per cent of peasant households were collectivized. By 1931 the figure had reached "
         "52 per cent.", "52 per cent", "peasant households"),
        ("В 1933 г. было построено около 1200 предприятий.", "1200", "предприятий"),
        ("Выплавка стали выросла с 4,3 млн т в 1928 г. до 5,9 млн т в 1932 г.", "4,3 млн", "выплавка стали"),
        # the verb of the clause it is joined to
        ("Many officers perished, along with millions of ordinary soldiers.", "millions", "death"),
        # Russian: the verb before the number, digits grouped by spaces
        ("В 1938 г. было арестовано 638 509 человек, из них расстреляно 328 618.", "638 509", "arrest"),
        ("В 1938 г. было арестовано 638 509 человек, из них расстреляно 328 618.", "328 618",
         "execution"),
    ],
)  # fmt: skip
def test_what_is_counted(text: str, snippet: str, label: str) -> None:
    """Right as the measure counts it: the detector's key holds every word of the label's key."""
    assert set(counted_key(label).split()) <= set(counted_key(at(text, snippet).counted).split()), (
        at(text, snippet)
    )


def test_russian_numbers_grouped_by_spaces_and_with_decimal_commas() -> None:
    text = "В 1938 г. было арестовано 638 509 человек. От голода погибло от 3,5 до 5 млн человек."
    assert at(text, "638 509").value == 638_509
    ranged = at(text, "3,5")
    assert (ranged.low, ranged.high) == (3.5e6, 5e6)


def test_another_verb_after_the_number_is_not_the_deaths_before() -> None:
    text = "Perhaps 2 million died in 1933, and hundreds of thousands fled abroad."
    assert "death" not in counted_key(at(text, "hundreds of thousands").counted)


def test_a_total_over_several_is_not_the_terrors() -> None:
    text = ("Estimates for total death tolls of collectivisation, famine and terror range from 3.5 million "
            "to 20 million.")
    assert "terror" not in counted_key(at(text, "3.5 million").counted)


# --- notes and references ---------------------------------------------------------------------------------

BOOK = (
    "The Camps\n\nIn 1930 the camps held 179,000 prisoners, and by 1938 over a million.1 The number of "
    "deaths rose with them, to some 90,000 in 1938.2 The labour colonies held as many again, and the "
    "special settlements held hundreds of thousands more.\n\nNotes\n\n1. Smith, History of the Camps "
    "(London, 1994), pp. 401-415.\n2. Jones, \"Camp Mortality\", Slavic Review 98 (1993): 1017-1049.\n"
)


def test_the_notes_section_has_no_figures_nor_dated_statements() -> None:
    notes = BOOK.index("Notes")
    assert [BOOK[f.start : f.end] for f in figures(BOOK) if f.start > notes] == []
    assert [BOOK[d.start : d.end] for d in find_dates(BOOK, detect(BOOK)) if d.start > notes] == []
    assert [BOOK[f.start : f.end] for f in figures(BOOK)][:2] == ["179,000", "a million"]


# --- dated statements -------------------------------------------------------------------------------------

def test_a_dates_event_is_its_own_clause() -> None:
    text = ("Between 1937 and 1938 some 700,000 prisoners arrived, and on 1 January 1939 the camps held 1.6 "
            "million.")
    dated = next(d for d in find_dates(text) if d.date_start == "1939-01-01")
    assert dated.event == "the camps held 1.6 million"


def test_a_winter_across_two_years_is_one() -> None:
    text = "Collectivization began in earnest in the winter of 1929–30."
    (dated,) = find_dates(text)
    assert (dated.date_start, dated.date_end) == ("1929-12-01", "1930-02-28")
    assert "30" not in dated.event


def test_several_million_and_an_elliptic_change() -> None:
    several = at("Others suggested several million deaths.", "several million")
    assert (several.low, several.high) == (2e6, 9_999_999)
    text = ("Steel output was to rise from 4 million tonnes to 10 million tonnes, and oil from 11 million to "
            "22 million tonnes.")
    assert (at(text, "11 million").value, at(text, "22").value) == (11e6, 22e6)
    assert at(text, "22").unit == "tonnes"


def test_convictions_and_sentences_are_one_key() -> None:
    assert counted_key("convictions") == counted_key("people sentenced") != ""


def test_a_web_pages_reference_mark_after_the_stop_ends_the_sentence() -> None:
    from annotator.domain.figures.text import layout

    text = "Livestock numbers collapsed.[3] Some 400,000 people fled, around 100,000 of them abroad."
    assert layout(text).sentence(text.index("400,000"))[1] == text.index("Some")


def test_a_bibliography_run_into_a_paragraph_dates_nothing() -> None:
    text = (
        "In 1937 the share of small industry had fallen to 6 percent.\n\nConquest, Robert. 1990. The Great "
        "Terror: A Reassessment. Oxford: Oxford University Press. Getty, J. Arch, and Gabor T. Rittersporn. "
        "1993. \"Victims of the Soviet Penal System.\" American Historical Review 1017-1049. Khrushchev, "
        "Nikita. 1956. \"On the Cult of Personality.\" February 24-25. Accessed May 07, 2014.\n"
    )
    assert [text[d.start : d.end] for d in find_dates(text, detect(text))] == ["1937"]
    assert [text[f.start : f.end] for f in figures(text)] == ["6 percent"]


def test_a_word_count_is_no_year() -> None:
    text = "Stalinism essay\n1656 Words 7 Pages\nStalin's rule lasted from the 1920s to 1953."
    assert [text[d.start : d.end] for d in find_dates(text)] == ["the 1920s", "1953"]


def test_an_item_of_a_list_takes_no_period_from_the_item_before() -> None:
    text = ("Gulag notes\n\n• In 1939 the camps produced 46.5% of the nickel. (Gregory, 8)\n"
            "• One prisoner produced roughly half as much as a free worker.\n")
    assert years(at(text, "half")) is None
    assert years(at(text, "46.5%")) == (1939, 1939)
