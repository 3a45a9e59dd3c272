"""Quotations, speakers and turns in political sources (issue 16): the Congressional Record's plain text with
its doubled apostrophes for quotation marks, a speaker's spoken "quote, … end quote", press-briefing turns.
Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.quotations import find_quotations
from tests.domain.evidence.test_speakers import speakers


def _spans(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_quotations(text) if e.details.get("depth", "0") == "0"]


def test_doubled_apostrophes_are_one_quotation_mark_each():
    text = (
        "Mr. President, I want to speak about a teacher from Ohio.\n\n"
        "''She never missed a day,'' says Ruth Okafor, her principal. ''Not one.''\n"
    )
    assert _spans(text) == ["''She never missed a day,''", "''Not one.''"]
    found = speakers(text)
    assert found["'She never missed"] == "Ruth Okafor"
    assert found["'Not one.''"] == "Ruth Okafor"


def test_a_doubled_mark_after_a_stray_space_closes():
    text = "''We planted the orchard together. I still walk there every morning. '' her neighbor said.\n"
    assert _spans(text) == ["''We planted the orchard together. I still walk there every morning. ''"]


def test_quotations_over_paragraphs_with_doubled_marks():
    text = (
        "''The mill closed in the spring,'' Daniel Ferris recalls. ''Nobody had work.\n\n"
        "''We drove to the capital to ask for help.''\n"
    )
    found = speakers(text)
    assert found["'The mill closed"] == "Daniel Ferris"
    assert found["'We drove to"] == "Daniel Ferris"


def test_feet_and_inches_are_no_quotation_marks():
    # guard: the inch sign typed as two apostrophes closes nothing, beside a quotation or not
    assert _spans("The beam was 12' 6'' long and the door 7' 2'' high, he said.\n") == []
    assert _spans("The beam was 12' 6'' long and ''sound,'' the surveyor said.\n") == ["''sound,''"]
