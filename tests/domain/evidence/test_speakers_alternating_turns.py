"""Turn-taking in a run of dialogue (issue 16, session 13): in a run of lines that are each one speaker's
turn, where the lines' own tags give two people on alternating turns, the lines no tag names alternate too.
A third voice, one person tagged on both sides, a speech running on over paragraphs, a run that asks nothing
or narration between leave the lines as they were. Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute
from tests.domain.evidence.test_speakers import speakers


def _alternated(text: str) -> list[str]:
    """The first words of the quotations the turn-taking rule gave a speaker to."""
    return [
        text[e.start + 1 : e.start + 16]
        for e in attribute(text, find_quotations(text))
        if e.details.get("speaker_evidence") == "alternating turn"
    ]

# --- the rule -------------------------------------------------------------------------------------------


def test_paragraph_turns_alternate_between_the_two_tagged_voices():
    # The second voice is tagged only on its second line: the untagged lines around it still take turns
    text = (
        "“The ferry has stopped for the winter,” said I.\n\n"
        "“Every year at the first frost.”\n\n"
        "“Then how do the farmers cross with their carts?”\n\n"
        "“By the ice road,” said Marlow, “once it holds.”\n\n"
        "“And before it holds?”\n\n"
        "“They wait, and they grumble.”\n"
    )
    found = speakers(text)
    assert found["Every year at"] == "Marlow"
    assert found["Then how do"] == "I"
    assert found["And before it"] == "I"
    assert found["They wait, and"] == "Marlow"


def test_run_in_turns_of_a_scanned_column_alternate():
    # A newspaper column prints the exchange as one paragraph: the answer after a question and its tag is the
    # other voice's, and so on down the run
    text = (
        "Court opened at ten. “Where were you on Saturday night?” asked the magistrate. "
        "“At my sister’s, sir.” “Can she say so?” “She can, sir,” answered Doyle.\n"
    )
    found = speakers(text)
    assert found["At my sister’s,"] == "Doyle"
    assert found["Can she say"] == "the magistrate"


# --- looks like it but isn't ----------------------------------------------------------------------------


def test_a_third_voice_leaves_the_run_alone():
    text = (
        "“Is the mill open today?” asked the carter.\n\n"
        "“It is not,” said the miller.\n\n"
        "“Nor tomorrow,” said his wife.\n\n"
        "“Then where shall I take the grain?”\n"
    )
    assert _alternated(text) == []


def test_a_speech_running_on_over_paragraphs_is_one_turn():
    # The first paragraph of the miller's answer never closes its mark: the next paragraph is still his words
    text = (
        "“Is the mill open today?” asked the carter.\n\n"
        "“It is not,” said the miller. “The wheel broke on Monday; the wright comes after the fair.\n\n"
        "“Until then the valley must grind by hand.”\n\n"
        "“And what shall I do with the grain?”\n"
    )
    found = speakers(text)
    assert found["Until then the"] == "the miller"
    assert found["And what shall"] == "the carter"


def test_statements_without_a_question_are_no_exchange():
    # News paragraphs quoting two officials in turn: the untagged paragraph goes on with the last one named,
    # it is not handed back to the first
    text = (
        "“The budget is balanced for the first time in a decade,” said Treasurer Ana Ruiz.\n\n"
        "“We will scrutinise every line of it,” said opposition leader Tom Blake.\n\n"
        "“The figures for the hospitals do not add up.”\n"
    )
    assert _alternated(text) == []


def test_one_person_tagged_on_both_sides_is_a_monologue():
    text = (
        "“Has anyone seen the dog?” asked Nell.\n\n"
        "“I looked for him by the gate,” Nell went on.\n\n"
        "“Perhaps he ran down to the river.”\n"
    )
    assert _alternated(text) == []


def test_words_after_a_long_interrupting_clause_are_no_new_turn():
    # The porter's words are interrupted by more than a short tag: their second half is still his, not a turn
    # of the exchange that follows (where the guard would fall on it)
    text = (
        "“Here we are,” said the porter, lifting the lamp high over the wet boards of the platform, "
        "“safe and dry. Who was that on the bridge?”\n\n"
        "“A stranger,” said Hester.\n\n"
        "“He asked the way to the inn,” said the guard.\n"
    )
    assert speakers(text)["safe and dry."] == "the porter"
