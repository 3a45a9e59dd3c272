"""Quotations in newspaper pages as OCR gives them: narrow columns hard-wrapped with no blank line between
paragraphs, headlines run into the text. Sentences written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.quotations import find_quotations


def real(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_quotations(text) if not e.scare and e.details["depth"] == "0"]


COLUMN = (
    "FERRY RUNS AGROUND\n"
    "Captain Blames the Fog.\n"
    "Dover, Del.The steam ferry Nellie\n"
    "went aground on a mud bank near the\n"
    "landing last night with forty pas\n"
    "sengers aboard, none of them hurt.\n"
    '"We could not see the bow from the\n'
    'wheelhouse," said Captain Ames, who\n'
    "has run the ferry for nine years.\n"
    '"I rang for half speed and then the\n'
    "keel touched. Nobody was thrown\n"
    "down and the boats were ready.\n"
    '"The company will pay for every\n'
    'ticket," he added.\n'
    "The ferry was floated at high tide.\n"
)


def test_a_column_without_blank_lines_is_read_in_paragraphs():
    assert real(COLUMN) == [
        '"We could not see the bow from the\nwheelhouse,"',
        '"I rang for half speed and then the\nkeel touched. Nobody was thrown\n'
        "down and the boats were ready.",
        '"The company will pay for every\nticket,"',
    ]


def test_lines_of_free_width_stay_paragraphs_each():
    # A web text gives one paragraph a line, of any width: a mark left open on one line opens nothing below
    text = (
        'He said "the bridge was closed at noon\n'
        "Traffic went round by the old road for the rest of the day, and the shops by the river shut early.\n"
        'The mayor said the repairs "will take a week" at most.\n'
    )
    assert real(text) == ['"will take a week"']


def test_a_to_line_under_a_headline_line_is_no_address():
    # "To …" under a heading line is the headline going on, not a proclamation addressed to somebody
    text = (
        "The Rules in Respect\n\n"
        "To Road Repairs\n\n"
        "Under the act of last winter every county must keep its roads open, and the state engineer has "
        'written that "no county may close a road for more than ten days at one time."\n\n'
        "The county board will meet on Tuesday next to hear the engineer.\n\n"
        "John Harlow.\n"
    )
    assert [e.form.value for e in find_quotations(text)] == ["inline"]


def test_a_remark_announced_in_the_passive_is_the_authors_own():
    text = (
        "The bill passed the house by a vote of forty to twelve after a long debate in which the members "
        "from the north all spoke against it. It must be remarked:\n\n"
        "Most of the members who voted for it had opposed it a year ago, and some of them called it a "
        "robbery at the time.\n"
    )
    assert find_quotations(text) == []


def test_a_mark_a_scanned_page_left_open_runs_to_its_paragraphs_end():
    text = (
        "The mayor listened to the delegation\n"
        'and then told them plainly: "The bridge\n'
        "will be rebuilt this summer. The money\n"
        "is voted already.\n"
        "The delegation went home satisfied and\n"
        "work on the approaches begins in May,\n"
        "while the old ferry will run till then\n"
        "and its fares will not be raised for\n"
        "the farmers who cross it every week.\n"
    )
    assert real(text) == ['"The bridge\nwill be rebuilt this summer. The money\nis voted already.']


def test_a_mark_left_open_mid_sentence_opens_nothing():
    # the paragraph's words go on past the mark without ending a sentence: no quotation is guessed
    text = (
        "The mayor listened to the delegation\n"
        'and then told them plainly that "the\n'
        "bridge would be rebuilt, and the money\n"
        "for it was voted and the contract\n"
        "signed by the council and its clerk\n"
    )
    assert real(text) == []
