"""Rules of fig17n: an encyclopaedia-style lead that names its event ("The Siege of X was …") and writes the
event's span a sentence or two later, under a title line. The event's later mentions ("during the siege")
take that span. Sentences written for these tests."""

from __future__ import annotations

from tests.domain.figures.helpers import at, years

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


# A reprinted news article: its headline has no full stop, so the layout joins headline, reprint note and
# first sentence into one sentence; the reprint's date is when the article was written, not the figures' time.
_REPRINT = (
    "Over 4,000 dockers were deported from the island, records show\n"
    "Originally published by the Harbour Gazette on March 3, 2021\n"
    "LONDON - Dockers from the island were sent to labour camps between 1940 and 1944.\n"
)


def test_a_reprint_notes_date_is_not_the_headlines_time() -> None:
    assert years(at(_REPRINT, "4,000")) == (1940, 1944)


def test_guard_a_publication_date_stays_the_time_where_the_sentence_has_no_other() -> None:
    text = "The survey, published on May 5, 2019, counted 4,000 families without a home.\n"
    assert years(at(text, "4,000")) == (2019, 2019)


def test_a_part_of_whom_were_children_counts_the_children() -> None:
    text = "The flood drove out 9,300 villagers, 2,450 of whom were children, from the valley in 1931.\n"
    assert "children" in at(text, "2,450").counted


def test_a_part_of_whom_were_women_counts_the_women() -> None:
    text = "In 1946 the camp held 4,100 prisoners, 730 of whom were women.\n"
    assert "women" in at(text, "730").counted


def test_guard_a_part_of_whom_were_killed_is_no_noun() -> None:
    text = "In 1946 the camp held 4,100 prisoners, 730 of whom were killed.\n"
    # (a participle is no plural noun: the part keeps the whole's noun)
    assert at(text, "730").counted == at(text, "4,100").counted
