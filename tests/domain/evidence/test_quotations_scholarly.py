"""Block quotations without marks in scholarly and textbook prose (issue 16): a paragraph under an
introduction ending in a verb of saying and a comma ("historian Anna Weller writes,"), a source's own words
under a heading that names them ("Martha Keller on the Long Drought"). Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute


def _blocks(text: str) -> list[str]:
    return [text[q.start : q.start + 20] for q in find_quotations(text) if q.form == Form.BLOCK]


def _block_speaker(text: str) -> str | None:
    found = [e for e in attribute(text, find_quotations(text), []) if e.form == Form.BLOCK]
    return found[0].speaker.name if found and found[0].speaker else None


def test_a_paragraph_under_an_introduction_ending_in_writes_and_a_comma_is_a_block():
    text = (
        "The Election of 1880\n\n"
        "In her 1990 article on the 1880 election, historian Anna Weller writes,\n\n"
        "The Liberal Party’s defeat points to the limits of reform in the provinces. It was neither the "
        "Tories nor the Radicals who set the tone.\n\n"
        "It is worth asking how the result might have differed.\n"
    )
    assert _blocks(text) == ["The Liberal Party’s "]
    assert _block_speaker(text) == "Anna Weller"


def test_a_paragraph_after_a_sentence_ending_in_a_comma_without_a_verb_of_saying_is_prose():
    # guard: only a verb of saying before the comma introduces words set off below
    text = (
        "The harvest failed in the north and in the east,\n\n"
        "and the government did nothing for a year. The ministers argued about the budget instead.\n"
    )
    assert _blocks(text) == []


def test_a_first_person_paragraph_under_a_heading_naming_its_writer_is_a_block():
    text = (
        "The drought went on for years.\n\n"
        "Martha Keller on the Long Drought\n\n"
        "Now we are facing a fifth year without rain. Our wells are dry and the cattle are sold.\n\n"
        "The letter was printed in a farm journal.\n"
    )
    assert _blocks(text) == ["Now we are facing a "]
    assert _block_speaker(text) == "Martha Keller"


def test_a_chapter_heading_with_on_is_no_writer_of_the_narrative_below():
    # guard: "Chapter Four. The Office on Ilyinka Street" heads a memoir's chapter, not a source's words
    text = (
        "Chapter Four. The Office on Ilyinka Street\n\n"
        "In the spring of 1950 my father was called to the ministry. He had waited for this for months.\n"
    )
    assert _blocks(text) == []


def test_words_named_as_shouts_or_cries_are_said_not_labels():
    text = 'No one heard the bell, as shouts of "Buy! Buy!" drowned it out. Cries of "Shame" followed.\n'
    found = {text[q.start : q.start + 6]: q.scare for q in find_quotations(text)}
    assert found == {'"Buy! ': False, '"Shame': False}


def test_a_word_after_a_noun_of_that_is_no_cry_stays_a_label():
    # guard: "the cry of" is a cry; "a supply of “fresh” goods" is no cry
    text = 'The traders brought a supply of "fresh" goods to the market.\n'
    assert [q.scare for q in find_quotations(text)] == [True]


def test_a_source_set_off_under_a_sentence_pointing_below_is_a_block_of_its_writer():
    text = (
        "Hale was the most admired essayist of his day. Below is an excerpt from “The Long Fall,” a personal "
        "essay by Hale printed in a weekly, in which he describes his years of fame.\n\n"
        "It seemed a fine thing to be a writer then; you were never going to be rich, but I was sure that "
        "you were free.\n\n"
        "How does Hale describe his fame?\n"
    )
    assert _blocks(text) == ["It seemed a fine thi"]
    assert _block_speaker(text) == "Hale"


def test_one_of_his_speeches_provided_below_is_his_block():
    text = (
        "Grant spoke to the nation often by radio. One of his speeches is provided below:\n\n"
        "I know that the many rules from the capital must be explained for the benefit of every citizen, and "
        "I owe this to you.\n"
    )
    assert _blocks(text) == ["I know that the many"]
    assert _block_speaker(text) == "Grant"


def test_a_paragraph_opening_with_below_as_a_place_is_no_pointer():
    # guard: "Below the bridge …" is a place, and the paragraph after it is prose
    text = (
        "Below the bridge the river ran fast and brown in the spring floods.\n\n"
        "The mill stood on the far bank, and the miller kept his boats tied to it for the whole season.\n"
    )
    assert _blocks(text) == []
