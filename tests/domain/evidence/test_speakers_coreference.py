"""Whom a "he", "she" or "they" a sentence or a paragraph away stands for (issue 16, session 12): number
agreement (a people, a plural described, one of a pair is "they"), a group described for "they", the gender a
resolved pronoun teaches, a name after a preposition ranking below another mention, a possessive's owner, a
Markdown heading resetting the look-back, and a tag in brackets inside the words. Texts written for these
tests."""

from __future__ import annotations

from tests.domain.evidence.test_speakers import speakers

# --- a tag in brackets inside the words ---------------------------------------------------------------------


def test_bracketed_said_he_carries_the_pronoun_over():
    text = (
        "Dr. Ferrand walked with me down to the pier in the rain. “The tide, Sir, (said he,) waits for no "
        "man, and least of all for a physician.”\n"
    )
    assert speakers(text)["The tide, Sir,"] == "Ferrand"


def test_bracketed_continued_he_without_comma():
    text = (
        "Lattimer laughed at my fears. “There is no danger (continued he) in a little rain.”\n"
    )
    assert speakers(text)["There is no"] == "Lattimer"


def test_bracketed_said_i_is_the_author():
    text = "Pelham praised the quiet of the country. “Then, Sir, (said I,) the hermit is happiest of all.”\n"
    assert speakers(text)["Then, Sir, (said"] == "I"


def test_guard_a_bracket_late_in_the_words_is_the_speakers_aside():
    text = (
        "Colonel Marsh said, “We crossed at Dover and rode all night through the villages, stopping only to "
        "water the horses at every inn we passed, and at last, tired beyond telling, we reached the house of "
        "my cousin (said he was glad to see us) at dawn.”\n"
    )
    assert speakers(text)["We crossed at"] == "Colonel Marsh"


# --- number agreement: a people, a plural described, one of a pair ---------------------------------------


def test_a_people_quoted_before_is_no_he():
    text = (
        "Darius ruled the coast for many years.\n\n“The king was drowned in the river,” the Thracians say. "
        "But the Thracians tell it as a tale.\n\nHe said, “Bring me the boats.”\n"
    )
    assert speakers(text)["Bring me the"] != "Thracians"


def test_one_of_a_pair_is_no_he():
    text = (
        "Palmer spoke long of his school days, and of how friends drift apart.\n\n"
        "“A man who rises leaves his old friends behind,” he said. Palmer’s remark was shrewd. By this was "
        "ended the old friendship between Hartley and Orme; and other cases could be named.\n\n"
        "He said, “It is a weak man who marries for love.”\n"
    )
    assert speakers(text)["It is a"] == "Palmer"


def test_guard_a_pair_with_i_keeps_the_other_man():
    text = "Hartley and I dined at the inn by the bridge. He said, “The mutton is tough tonight.”\n"
    assert speakers(text)["The mutton is"] == "Hartley"


def test_they_is_a_group_described_in_the_sentence():
    text = (
        "When the envoy put his question to the village elders, they gave him an answer at once. "
        "“We keep no such law,” they said.\n"
    )
    assert speakers(text)["We keep no"] == "the village elders"


# --- what a pronoun teaches, which mention ranks above, a possessive ---------------------------------------


def test_a_name_read_as_he_is_no_she_later():
    text = (
        "Tarquin sat at table with his sister. When Tarquin saw the tears, he asked her what grieved her. "
        "“Nothing that you can mend,” she said.\n"
    )
    assert speakers(text)["Nothing that you"] != "Tarquin"


def test_of_two_mentions_the_one_after_a_preposition_ranks_below():
    text = (
        "Not long afterwards Cato regretted the loss of Brutus, and the servants let him know that he lived. "
        "“I am glad of it,” said he.\n"
    )
    assert speakers(text)["I am glad"] == "Cato"


def test_the_owner_of_a_possessive_subject():
    text = (
        "The scheme for the canal came before the board in March. Dr. Hale’s verdict on it was harsh. "
        "He said, “It will never pay for its digging.”\n"
    )
    assert speakers(text)["It will never"] == "Hale"


# --- a heading resets the look-back; guards -------------------------------------------------------------


def test_a_markdown_heading_stops_the_look_back():
    text = (
        "“We hold the line until the spring,” said Colonel Marsh.\n\n"
        "## The Second Campaign\n\n"
        "The roads dried late that year, and the river rose twice. He said, “Nobody expected the floods.”\n"
    )
    assert speakers(text)["Nobody expected the"] is None


def test_guard_he_after_two_men_is_the_subject():
    text = "Carver met Dobbs at the inn after dark. He said, “The road north is closed.”\n"
    assert speakers(text)["The road north"] == "Carver"


def test_guard_the_words_own_he_is_not_the_speaker():
    text = "Hobbs waited an hour for Grant at the gate. “He will not come now,” he said.\n"
    assert speakers(text)["He will not"] == "Hobbs"


# --- a block of marked speech whose tag falls inside it -----------------------------------------------------


def test_a_block_opening_with_tagged_words_is_the_tags():
    text = (
        "Marcus waited a long time in the hall of the palace, and nobody came.\n"
        "> “I came in peace,” he said, “and I shall leave in peace, whatever the king decides.”\n"
    )
    assert speakers(text)["I came in"] == "Marcus"


def test_guard_a_block_introduced_by_a_named_speaker_keeps_the_name():
    text = (
        "Ludlow opened the debate, and then Harcourt in a louder voice declared that the treaty was lost.\n"
        "> “It is,” he said, “the weakness of the ministry that has lost it.”\n"
    )
    # (an interrupted quotation is two, both the tag's: the lead's ruling, session 13)
    found = speakers(text)
    assert (found["It is,”"], found["the weakness of"]) == ("Harcourt", "Harcourt")


def test_a_block_tagged_they_after_one_named_takes_the_group():
    text = (
        "When the governor put the question to the village elders, they gave him a plain answer—\n"
        "> “We know of no such custom,” they said, “in any valley of these hills.”\n"
    )
    assert speakers(text)["We know of"] == "the village elders"


# --- the last clause's subject, groups named by whom they are ----------------------------------------------


def test_the_subject_of_the_last_clause_is_nearer_than_the_first():
    text = (
        "Ludlow opened the debate, and then Harcourt in a louder voice rose to his feet. "
        "“The treaty is lost,” he said.\n"
    )
    assert speakers(text)["The treaty is"] == "Harcourt"


def test_they_after_those_who():
    text = (
        "Some of the councillors wished to fight at once. Those, on the other hand, who feared the winter "
        "urged delay. “Wait for the spring,” they said.\n"
    )
    assert speakers(text)["Wait for the"] == "[those]"  # a group described, no person named


# --- a closed quotation followed by narration with words of its own -------------------------------------


def test_a_sentence_reporting_its_own_words_after_a_closed_quotation_is_no_tag():
    text = (
        "Halloran. “Why, Sir, a wise man keeps his debts small.” I said, I was afraid my uncle would "
        "think otherwise.\n"
    )
    assert speakers(text)["Why, Sir, a"] != "I"  # the next sentence's "I said" is not its tag


def test_guard_a_closed_quotation_then_i_said_with_a_participle_is_the_tag():
    text = "Nobody spoke for a while. “We should go home.” I said, looking at the clock.\n"
    assert speakers(text)["We should go"] == "I"
