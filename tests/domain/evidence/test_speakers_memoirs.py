"""Speakers in the reported conversation of diaries, memoirs and letters (issue 16, session 11): the one asked
answers, turns taken in an exchange run into one paragraph, the diarist's own "I" before a colon, a tag that
interrupts one sentence after an exclamation, "I began". Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.quotations import find_quotations
from tests.domain.evidence.test_speakers import speakers


def _real(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_quotations(text) if not e.scare]


# --- the one asked answers ---------------------------------------------------------------------------------


def test_he_answered_after_asking_a_named_man_is_the_man_asked():
    text = (
        "The mill stood idle all week. When we asked Tolland what the owners meant to do, he answered, "
        "“Oh, they mean to wait it out.” Nobody believed it.\n"
    )
    assert speakers(text)["Oh, they mean"] == "Tolland"


def test_she_replied_after_asking_a_named_woman():
    text = (
        "At the station I asked Mrs. Dunmore whether the train would run, and she replied, "
        "“Not before noon.”\n"
    )
    assert speakers(text)["Not before noon.”"] == "Mrs. Dunmore"


def test_guard_asked_without_an_answering_pronoun_keeps_the_subject():
    text = "Colonel Pratt asked Webber for the maps and said, “We march at dawn.”\n"
    assert speakers(text)["We march at"] == "Colonel Pratt"


def test_guard_a_woman_asked_is_not_he():
    text = (
        "Captain Orr came to dinner. When I asked Lucy Marsh about the ball, he answered, "
        "“She will not go.”\n"
    )
    assert speakers(text)["She will not"] != "Lucy Marsh"


# --- turns in an exchange run into one paragraph ------------------------------------------------------------


def test_a_line_right_after_another_is_the_other_persons_turn():
    text = (
        "I called on Mrs. Ashby about the rooms. I ventured to ask: “Might the front room be free?” "
        "She looked at me a long time. “A teacher,” she exclaimed; “would he read to us in the evenings?” "
        "“Oh, gladly, every evening.” “Well, come back on Monday.”\n"
    )
    found = speakers(text)
    assert found["Might the front"] == "I"
    assert found["A teacher,”"] == "Mrs. Ashby"
    assert found["Oh, gladly, every"] == "I"
    assert found["Well, come back"] == "Mrs. Ashby"


def test_guard_a_list_of_cries_is_no_exchange():
    text = (
        "The colonel spoke first. “Hold the bridge,” said Colonel Fane. Then the crowd took it up: "
        "“Bread,” “Land,” were the cries.\n"
    )
    found = speakers(text)
    assert "Colonel Fane" not in (found["Bread,”"], found["Land,”"])


def test_guard_one_voice_only_is_not_alternated():
    text = "The judge wrote in his diary: “The court rose at four.” “I walked home alone.”\n"
    found = speakers(text)
    assert found["I walked home"] != "I"


# --- the diarist before a colon -----------------------------------------------------------------------------


def test_i_before_a_colon_is_the_author_not_a_woman_named_earlier():
    text = (
        "The widow with the large house had no rooms for anyone. Nothing daunted, I went on next door. "
        "I ventured to suggest: “Perhaps your sister might take us in.”\n"
    )
    assert speakers(text)["Perhaps your sister"] == "I"


def test_guard_he_before_a_colon_is_still_carried_over():
    text = "Major Quill rode up at noon. He put it plainly: “The ford is lost.”\n"
    assert speakers(text)["The ford is"] == "Major Quill"


# --- an inverted tag interrupting one sentence after "!" or "?" ---------------------------------------------


def test_said_he_after_an_exclamation_interrupts_one_sentence():
    text = (
        "Captain Reese came in unannounced. He stood by the door with his hat pushed back.\n\n"
        "“What!” said he, “you are not dressed yet? The carriage is below.”\n"
    )
    found = speakers(text)
    assert found["What!”"] == "Captain Reese"
    assert found["you are not"] == "Captain Reese"


def test_he_said_after_a_question_interrupts_one_sentence():
    text = "Captain Reese came in unannounced.\n\n“Ready?” he said, “then we go at once.”\n"
    found = speakers(text)
    assert found["Ready?”"] == "Captain Reese"
    assert found["then we go"] == "Captain Reese"


def test_guard_a_new_sentence_after_the_verb_introduces_the_next_words():
    text = "“We are lost!” Harlow wrote, “Send the boats to the north shore.”\n"
    assert speakers(text)["Send the boats"] == "Harlow"


# --- "I began" --------------------------------------------------------------------------------------------


def test_i_began_tags_the_words_as_said():
    text = "My brother came in and called for his coat. “It is nearly supper,” I began. He did not listen.\n"
    assert _real(text) == ["“It is nearly supper,”"]
    assert speakers(text)["It is nearly"] == "I"


def test_guard_a_title_that_began_a_season_is_no_speech():
    text = "“The Rivals” began the season at the Walnut Street theatre.\n"
    assert _real(text) == []


# --- "she" answering the diarist: the one the diarist called on -------------------------------------------


def test_she_after_my_words_is_the_lady_i_called_on_with_her_name_suppressed():
    text = (
        "After two refusals I walked on to Pine Street, and laid my case before Mrs. –––. She hesitated. "
        "I said: “We should need two rooms.” “Two rooms is more than I have,” she said.\n"
    )
    assert speakers(text)["Two rooms is"] == "Mrs. –––"


def test_guard_he_after_my_words_is_not_the_lady_i_called_on():
    text = (
        "I called on Mrs. Lyle about the school. Her brother Tom sat by the fire. "
        "I said: “We should need a teacher.” “Not in this town,” he said.\n"
    )
    assert speakers(text)["Not in this"] != "Mrs. Lyle"


# --- a sentence that ends in words quoted still has a subject for the next "she" ---------------------------


def test_she_after_a_sentence_ending_in_a_strangers_words_is_its_subject():
    text = (
        "Kitty Vane called in the morning.\n"
        "Mrs. Orme, the doctor's sister, says that on the boat a stranger said, “We want a king.” "
        "She replied, “The people will never have one.”\n"
    )
    assert speakers(text)["The people will"] == "Orme"


def test_guard_a_heading_still_carries_no_subject():
    text = "Mrs. Orme kept the accounts.\n\nThe Harbour Accounts\n\nShe wrote, “The books are closed.”\n"
    assert speakers(text)["The books are"] == "Orme"


# --- "… when the carter came in, and said:" ----------------------------------------------------------------


def test_said_after_a_when_clause_is_its_subjects():
    text = (
        "I was sitting by the fire. I was not much surprised when the carter came to the door an hour later, "
        "and said: “The bridge is down.” We waited.\n"
    )
    assert speakers(text)["The bridge is"] in ("the carter", "[the carter]")


def test_called_out_after_a_when_clause_with_a_name():
    text = "We were at supper when Colonel Hart rode up to the porch, and called out: “Put out the lights!”\n"
    assert speakers(text)["Put out the"] == "Colonel Hart"


def test_guard_waiting_until_someone_looked_up_and_said_is_mine():
    text = "I waited until the clerk looked up, and said: “Is there a letter for me?”\n"
    assert speakers(text)["Is there a"] == "I"


def test_guard_a_when_clause_before_my_own_verb():
    text = "When Colonel Hart rode up to the porch, I went out and said: “Put out your pipe.”\n"
    assert speakers(text)["Put out your"] == "I"


def test_said_after_a_when_clause_with_the_words_in_their_own_paragraph():
    text = (
        "I was sitting by the fire. I was not much surprised when the carter came to the door an hour later, "
        "and said:\n\n\"The bridge is down. We must wait.\"\n\nWe waited.\n"
    )
    assert speakers(text)["The bridge is"] in ("the carter", "[the carter]")


# --- a note quoted whole with its signature: the signer speaks ---------------------------------------------


def test_a_note_quoted_with_its_signature_is_the_signers():
    text = (
        "In his pocket the guard found a slip of paper:\n\n"
        "     “Let the bearer pass the lines at once. \n          J. B. HALLORAN.”\n\n"
        "He was released at noon.\n"
    )
    assert speakers(text)["Let the bearer"] == "J. B. HALLORAN"


def test_guard_a_last_line_in_ordinary_case_is_no_signature():
    text = (
        "On the back of the map was scrawled a note: \n\n"
        "     “The ford is deep below the mill. \n          Go by the upper road.”\n\nWe went.\n"
    )
    assert speakers(text)["The ford is"] != "Go by the upper road"
