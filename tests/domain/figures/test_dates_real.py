"""Dated statements as a narrative history writes them (dates17, measured on a chapter of a general history):
days and months without their year, month pairs and spans of days, parts of a year and of a month, and the
event phrase of a long sentence or of a sentence with two dates. Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotator.domain.figures.dates import find_dates


def dates(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (" ".join(text[d.start : d.end].split()), d.date_start, d.date_end, d.event) for d in find_dates(text)
    ]


def at(text: str, written: str) -> tuple[str, str, str]:
    found = [(s, e, ev) for w, s, e, ev in dates(text) if w == written]
    assert len(found) == 1, dates(text)
    return found[0]


# --- the year of a date written without one ---------------------------------------------------------------


def test_a_day_takes_the_year_of_the_narrative_across_paragraphs() -> None:
    text = "The sailors rose on March 1, 1921, and held the fortress.\n\nOn March 18, the last forts fell."
    assert at(text, "March 18")[:2] == ("1921-03-18", "1921-03-18")


def test_a_year_the_text_looks_back_to_does_not_move_the_narrative_back() -> None:
    text = (
        "The strike began on May 3, 1926.\n\nIt recalled the defeat of 1921 and the lockout of 1919.\n\n"
        "On May 12, the union called it off."
    )
    assert at(text, "May 12")[0] == "1926-05-12"


def test_a_later_year_moves_the_narrative_on() -> None:
    text = "The congress met on June 2, 1905.\n\n=The Elections of 1906.=\n\nOn April 27, the Duma opened."
    assert at(text, "April 27")[0] == "1906-04-27"


def test_days_before_the_first_full_date_of_their_paragraph_take_its_year() -> None:
    text = "On February 3, strikes began; on March 8, women marched; on March 15, 1917, the Tsar abdicated."
    assert at(text, "February 3")[0] == "1917-02-03"
    assert at(text, "March 8")[0] == "1917-03-08"


def test_a_day_later_in_the_year_than_the_full_date_after_it_is_not_given_its_year() -> None:
    assert dates("On December 3, the talks broke down; a truce was signed on March 15, 1917.")[0][0] == (
        "March 15, 1917"
    )


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The push began in April 1943. In July, the armour clashed.", "July", "1943-07-01", "1943-07-31"),
        ("The front held in 1917. Early in November, the lines broke.", "Early in November", "1917-11-01",
         "1917-11-10"),
        ("The front held through 1917. The lines broke late in November.", "late in November", "1917-11-21",
         "1917-11-30"),
        ("The troops landed in 1944; by September, Paris was free.", "September", "1944-09-01", "1944-09-30"),
    ],
)
def test_a_month_without_a_year_after_a_preposition(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The March on Rome came in 1922.",  # a march, not a month
        "In 1922 they said that June would be quiet.",  # no preposition: not a dated statement
        "In March, the snow melted.",  # no year anywhere before
    ],
)
def test_months_that_are_not_dated_statements(text: str) -> None:
    assert [w for w, *_ in dates(text) if not w[0].isdigit()] == []


def test_the_ordinal_day_of_a_month_without_a_year() -> None:
    text = "The last offensive began in September 1918. On the 6th of November, a division reached Sedan."
    assert at(text, "the 6th of November")[:2] == ("1918-11-06", "1918-11-06")


def test_a_span_of_days_without_a_year() -> None:
    text = "The blockade tightened in January 1917. Between February 26 and April 2, six ships were sunk."
    assert at(text, "Between February 26 and April 2") == ("1917-02-26", "1917-04-02", "six ships were sunk")


def test_two_months_of_one_year() -> None:
    assert at("The enemy attacked in June and July, 1918, along the river.", "June and July, 1918")[:2] == (
        "1918-06-01",
        "1918-07-31",
    )


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The first assembly met late in 1920.", "late in 1920", "1920-09-01", "1920-12-31"),
        ("Prices rose early in 1947.", "early in 1947", "1947-01-01", "1947-04-30"),
    ],
)
def test_early_and_late_in_a_year(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


# --- years that are counts ----------------------------------------------------------------------------------


def test_a_count_of_people_is_no_year_but_a_year_before_them_is() -> None:
    assert dates("The liner went down carrying 1153 persons.") == []
    assert [d[:3] for d in dates("In 1917 men were drafted.")] == [("1917", "1917-01-01", "1917-12-31")]
    assert [d[0] for d in dates("By 1932 people were starving.")] == ["1932"]


# --- the event phrase ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("On the morning of May 1, 1915, the papers printed a warning.", "the papers printed a warning"),
        ("On the night of 9 November 1938 synagogues burned.", "synagogues burned"),
    ],
)
def test_the_time_of_day_before_a_date_is_not_the_event(text: str, event: str) -> None:
    assert dates(text)[0][3] == event


def test_each_date_of_a_sentence_has_its_own_clause() -> None:
    text = "In May 1940 the army retreated to the coast, which was evacuated in June 1940 by small boats."
    may, june = dates(text)
    assert "June" not in may[3] and "small boats" not in may[3]
    assert "May 1940" not in june[3] and "evacuated" in june[3] and "by small boats" in june[3]


def test_a_long_sentence_keeps_the_words_next_to_its_date() -> None:
    text = (
        "The delegates, weary after months of argument over frontiers, reparations, colonies, mandates and "
        "the "
        "future of the defeated empires, finally signed the treaty on June 28, 1919."
    )
    event = dates(text)[0][3]
    assert "signed the treaty" in event and len(event) <= 121


def test_a_list_with_its_last_comma_is_not_a_clause_break() -> None:
    text = "In the summer of 1918 the railways, mines, and shipyards passed under federal control."
    assert dates(text)[0][3] == "the railways, mines, and shipyards passed under federal control"


def test_a_clause_after_a_comma_and_still_is_one() -> None:
    text = "In the spring of 1921 the sailors rose, and the party answered with troops."
    assert dates(text)[0][3] == "the sailors rose"


def test_a_run_in_heading_is_not_part_of_the_event() -> None:
    text = "=The Armistice.=--In November, 1918, the guns fell silent on the western front."
    assert dates(text)[0][3] == "the guns fell silent on the western front"


def test_a_month_of_the_following_year() -> None:
    text = "The first law was passed in June, 1917, and a harsher one in May of the following year."
    assert at(text, "May of the following year")[:2] == ("1918-05-01", "1918-05-31")


def test_an_old_date_quoted_in_passing_does_not_change_the_narratives_year() -> None:
    text = (
        "The garrison rose on October 25, 1917.\n\nIts banner still bore the battle honour “Borodino, "
        "26 August 1812”.\n\nOn November 2, the last cadets surrendered.\n\nThe congress met on "
        "November 7, 1917."
    )
    assert at(text, "November 2")[0] == "1917-11-02"


# --- centuries ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("Monks copied gospels in the 4th century A.D.", "the 4th century A.D.", "0300-01-01", "0399-12-31"),
        ("In the mid-16th century, the sultans took the coast.", "the mid-16th century", "1540-01-01",
         "1569-12-31"),
        ("Towns grew along the river in the fourteenth century.", "the fourteenth century", "1300-01-01",
         "1399-12-31"),
        ("The traders were driven out in the late 1600s.", "the late 1600s", "1670-01-01", "1699-12-31"),
        ("The mills closed in the early 1900s.", "the early 1900s", "1900-01-01", "1939-12-31"),
    ],
)
def test_a_century_and_its_parts(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


def test_decades_that_are_no_centuries() -> None:
    assert dates("Prices doubled in the 2000s.")[0][1:3] == ("2000-01-01", "2009-12-31")
    assert dates("Prices doubled in the late 1930s.")[0][1:3] == ("1937-01-01", "1939-12-31")


def test_a_century_before_christ_is_given_its_years_before_him() -> None:
    # 500-401 BC, astronomical years (was: not read at all, session 11)
    found = dates("The city was founded in the 5th century B.C. by traders.")
    assert [d[1:3] for d in found] == [("-0499-01-01", "-0400-12-31")]


def test_dates_joined_by_and_share_their_event() -> None:
    text = "The opposition lost the elections of 1992 and 1997, which were marred by fraud."
    assert [d[3] for d in dates(text)] == ["the elections", "the elections"]
    text = "The opposition lost in 1992 and 1997, which were years of fraud."
    first, second = dates(text)
    assert first[3] == "The opposition lost"
    assert second[3].startswith("The opposition lost")


def test_a_short_subject_is_kept_when_the_clause_is_long() -> None:
    text = (
        "A line of kings ruled the highlands from 1270 to 1855, when the princes of the north united the "
        "provinces in an empire under a soldier of fortune."
    )
    assert dates(text)[0][3].startswith("A line of kings ruled the highlands")


def test_a_page_date_above_the_story_does_not_date_its_days() -> None:
    text = (
        "Release Date: December 16, 2000\n\nThe soviets met on September 12, 1917.\n\n"
        "On September 14, the delegates left."
    )
    assert at(text, "September 14")[0] == "1917-09-14"


def test_a_century_or_a_far_year_does_not_move_the_narrative() -> None:
    text = (
        "The garrison rose on October 25, 1917.\n\nIt was the strangest day of the twentieth century, and "
        "its story was retold in 1967.\n\nOn November 2, the last cadets surrendered."
    )
    assert at(text, "November 2")[0] == "1917-11-02"
    decade = "The war ended in the 1940s. On May 5, the city was freed."
    assert [w for w, *_ in dates(decade)] == ["the 1940s"]


# --- older prose: days in words, parts of a month or year, years that look away --------------------------


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("On the twelfth of June, 1812, we left.", "the twelfth of June, 1812", "1812-06-12", "1812-06-12"),
        ("The treaty was signed in 1807. On the twenty-fourth of June the envoys dined.",
         "the twenty-fourth of June", "1807-06-24", "1807-06-24"),
        ("The envoys met in 1807; on the first of May the army moved.", "the first of May", "1807-05-01",
         "1807-05-01"),
        ("The estate was sold in 1809. In the middle of May he came.", "the middle of May", "1809-05-11",
         "1809-05-20"),
        ("The estate was sold in 1809. It was the beginning of June when he left.", "the beginning of June",
         "1809-06-01", "1809-06-10"),
        ("From the close of the year 1811 the armies gathered.", "the close of the year 1811", "1811-09-01",
         "1811-12-31"),
        ("By the end of May 1921 the rising was over.", "the end of May 1921", "1921-05-21", "1921-05-31"),
        ("He came to the capital in August, 1809. That same August the minister fell.", "August",
         "1809-08-01", "1809-08-31"),
        ("BOOK SIX: 1808 --10", "1808 --10", "1808-01-01", "1810-12-31"),
    ],
)
def test_dates_of_older_prose(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


def test_a_year_that_names_a_thing_or_a_beginning_does_not_date_the_days_after_it() -> None:
    text = "The regiment had served in the 1805 campaign.\n\nIn April the regiment was stationed."
    assert [w for w, *_ in dates(text)] == ["1805"]
    text = "He had not served since 1805.\n\nOn the first of May he was called."
    assert [w for w, *_ in dates(text)] == ["1805"]
    # a year the story is in still does
    assert at("The regiment fought in 1805.\n\nIn April the regiment rested.", "April")[0] == "1805-04-01"


def test_a_year_naming_the_event_dates_the_days_of_its_paragraph() -> None:
    text = "The siege was the 1870 blockade of the city, from the battle on September 19 to late January."
    assert at(text, "September 19")[0] == "1870-09-19"


def test_a_year_something_has_lasted_since_dates_no_day() -> None:
    text = "A strike began in January 1928.\n\nThe policy, kept since 1921, ended. In October it changed."
    assert at(text, "October")[0] == "1928-10-01"


def test_a_middle_initial_does_not_end_the_sentence_of_a_date() -> None:
    text = "On June 13, 1917, General John J. Pershing reached Paris."
    assert dates(text)[0][3] == "General John J. Pershing reached Paris"
    assert dates("It ended World War I. On June 28, 1919, peace was signed.")[0][3] == "peace was signed"


# --- encyclopedic prose: spans written with their months, days before months, days that recur ----------


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The port was shut from October 1956 to March 1957.", "from October 1956 to March 1957",
         "1956-10-01", "1957-03-31"),
        ("Crowds filled the squares from 24 April to 1 May 1974.", "from 24 April to 1 May 1974",
         "1974-04-24", "1974-05-01"),
        ("The talks ran between 3 and 5 March 1921.", "between 3 and 5 March 1921", "1921-03-03",
         "1921-03-05"),
    ],
)
def test_spans_with_their_months(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


def test_a_span_of_years_does_not_move_the_narrative() -> None:
    text = (
        "Troops landed on 5 November 1956.\n\nThe port was shut from October 1956 to March 1957.\n\n"
        "On 6 November the government called a ceasefire."
    )
    assert at(text, "6 November")[0] == "1956-11-06"


@pytest.mark.parametrize(
    "text",
    [
        "The shooting took place in March 1960. Today 21 March is commemorated as a public holiday.",
        "The coup came in April 1974. Freedom Day (25 April) is a national holiday.",
        "The town was founded in 1850. Every 4 July, the town holds a parade.",
    ],
)
def test_a_day_that_comes_back_every_year_is_no_dated_statement(text: str) -> None:
    assert len(dates(text)) == 1  # the first sentence's date only


def test_an_apposition_is_dropped_from_a_long_event() -> None:
    text = (
        "On 12 January 1897, Admiral Harry Rawson, commander of the fleet at the Cape of Good Hope and the "
        "west coast station, was appointed to lead the force."
    )
    event = dates(text)[0][3]
    assert "was appointed" in event and "commander of the fleet" not in event


def test_two_days_before_their_month() -> None:
    assert at("Talks were held on 6–7 February 1920 in the city.", "6–7 February 1920")[:2] == (
        "1920-02-06",
        "1920-02-07",
    )
    assert at("The army retreated in 1920. On 6–7 February the leaders were shot.", "6–7 February")[:2] == (
        "1920-02-06",
        "1920-02-07",
    )


@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("The empire took the coast from the 1820s to the 1880s.", "from the 1820s to the 1880s",
         "1820-01-01", "1889-12-31"),
        ("A second kingdom flourished (from about A.D. 1070 to 1200).", "from about A.D. 1070 to 1200",
         "1070-01-01", "1200-12-31"),
    ],
)
def test_spans_of_decades_and_approximate_spans(text: str, written: str, start: str, end: str) -> None:
    assert at(text, written)[:2] == (start, end)


def test_the_second_end_of_a_comparison_has_its_event() -> None:
    text = "Grain exports rose to 7.4 million tonnes in 1927 from 4.3 million tonnes in 1926."
    first, second = dates(text)
    assert "Grain exports rose" in first[3] and "Grain exports rose" in second[3]
    assert "from 4.3 million tonnes" in second[3]
    text = "The debt fell to 20 pct in 1931, from about 50 pct in 1926."
    assert "The debt fell" in dates(text)[1][3]
