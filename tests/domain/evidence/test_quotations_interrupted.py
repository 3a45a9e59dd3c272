"""Interrupted quotations (issue 16, session 13, the lead's ruling): “I shall go,” he said, “and you
will stay.” is TWO quotations, the tag between them the author's words, and both halves are the words of
whom the tag names — also when the whole is set off as a block (a Markdown "> " line, a paragraph under a
colon), after a full stop or a colon, with single marks or guillemets, and with the tag in other orders
("said he", "cries the uncle, kissing him", "Mitya roared suddenly"). Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence import Evidence, Form
from annotator.domain.evidence._words import INTERRUPTED_BEFORE
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute


def _outer(text: str) -> list[Evidence]:
    return [q for q in attribute(text, find_quotations(text), []) if q.details.get("depth", "0") == "0"]


def _items(text: str) -> list[tuple[str, str, str | None]]:
    """(first words, form, speaker) of each outermost quotation."""
    return [
        (text[q.start : q.start + 14], q.form.value, q.speaker.name if q.speaker else None)
        for q in _outer(text)
    ]


# --- the finder: a block that is one interrupted quotation is two items ---


def test_a_markdown_block_interrupted_by_its_tag_is_two_quotations():
    text = (
        "Marcus rose in the council and spoke against the new tax for an hour.\n\n"
        "> “Friends,” he said, “we have paid enough for the harbour wall, and the fishermen will not pay "
        "again for a wall that the winter storms have already broken twice.”\n\n"
        "Then the council voted.\n"
    )
    assert _items(text) == [
        ("“Friends,” he ", "inline", "Marcus"),
        ("“we have paid ", "inline", "Marcus"),
    ]


def test_a_block_under_a_colon_interrupted_with_an_inverted_tag_is_two_quotations():
    text = (
        "Helena Brandt wrote to the mayor about the flooded cellars of the lower town. She wrote:\n\n"
        "“You promised us drains,” wrote she, “and you have given us speeches, which do not carry the water "
        "away from our doors, however long they are.”\n\n"
        "The mayor did not answer.\n"
    )
    found = _outer(text)
    assert [text[q.start : q.start + 12] for q in found] == ["“You promise", "“and you hav"]
    assert all(q.form is Form.INLINE and not q.scare for q in found)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Helena Brandt", "Helena Brandt"]


def test_a_block_of_quotations_with_only_their_tags_between_and_after_is_split():
    text = (
        "Suddenly the witness cried to the judge:\n\n"
        "“There is one more paper I must show you, now, at once!” she pointed to the prisoner. “He wrote "
        "it the night before, and he signed it himself!” she kept crying out.\n\n"
        "The clerk took the paper.\n"
    )
    assert [t for t, _, _ in _items(text)] == ["“There is one ", "“He wrote it t"]


def test_a_block_quotation_holding_quotations_and_the_authors_narration_stays_one_block():
    # guard: a diary quoted at length, with words said inside it and the diarist's own sentences between them
    text = (
        "Her diary for that week reads as follows.\n\n"
        "> “Papa came home late,” I wrote that night, and then I sat by the window for an hour and watched "
        "the carts go by to the market, until the lamps were lit along the whole street and mother called "
        "“Supper is ready!”\n\n"
        "She was twelve.\n"
    )
    assert [q.form for q in _outer(text)] == [Form.BLOCK]


def test_a_block_that_is_one_quotation_stays_one_block():
    # guard: the whole block between marks, no tag inside it
    text = (
        "Marcus rose in the council and spoke against the new tax.\n\n"
        "> “Friends, we have paid enough for the harbour wall, and the fishermen will not pay again for a "
        "wall that the winter storms have already broken twice.”\n\n"
        "Then the council voted.\n"
    )
    assert [q.form for q in _outer(text)] == [Form.BLOCK]


# --- the speakers: both halves are the tag's ---


def test_the_second_half_after_an_inverted_tag_with_a_described_speaker_is_the_tags():
    text = (
        "The colonel poured the wine and looked at his nephew for a long time. "
        "“Well, Tom,” said the old gentleman, “and are you really going back to sea in the spring?”"
    )
    assert [s for _, _, s in _items(text)] == ["the old gentleman", "the old gentleman"]


def test_the_second_half_is_not_spoken_by_a_name_inside_the_first():
    text = (
        "Arkady Petrov stood up in the dock and the hall went quiet. "
        "“Prisoner,” cried the Governor, “one more word and you will be taken out.”"
    )
    assert [s for _, _, s in _items(text)] == ["Governor", "Governor"]


def test_a_tag_with_a_present_tense_verb_and_a_participle_joins_the_halves():
    text = (
        "Mr. Pollard came in late. “My dear girl,” cries Pollard, laughing at her, “you have done nothing "
        "wrong at all.”"
    )
    assert [s for _, _, s in _items(text)] == ["Pollard", "Pollard"]


def test_a_name_before_its_verb_and_an_adverb_joins_the_halves():
    text = (
        "Dmitri and the clerk waited by the door. “That is a lie, Anna,” Dmitri roared suddenly, “and "
        "everybody here knows it.”"
    )
    assert [s for _, _, s in _items(text)] == ["Dmitri", "Dmitri"]


def test_halves_in_single_marks_and_in_guillemets_are_the_tags():
    for opening, closing in (("‘", "’"), ("«", "»")):
        text = (
            f"Sergeant Kell walked into the mess at noon. {opening}We march at dawn,{closing} replied Kell, "
            f"{opening}and nobody stays behind.{closing}"
        )
        assert [s for _, _, s in _items(text)] == ["Kell", "Kell"], opening


def test_a_capitalised_pronoun_after_a_question_opens_a_sentence_not_a_tag():
    # guard: "“…?” He answered, “…”" — a new sentence, a new voice, not a tag joining two halves; a name
    # before its verb joins them only after a comma
    assert INTERRUPTED_BEFORE.search("she asked “which one was fuller?” He answered, ") is None
    assert INTERRUPTED_BEFORE.search("“Why not?” Anna said, ") is None
    assert INTERRUPTED_BEFORE.search("“That is a lie, Anna,” Dmitri shouted suddenly, ") is not None


# --- the first half is somebody's words, however short ---


def _scare_at(text: str, opening: str) -> bool:
    at = text.index(opening)
    return next(q.scare for q in find_quotations(text) if q.start == at)


def test_a_one_word_first_half_before_a_tag_of_people_asking_is_a_quotation():
    text = "The harvest failed again that year. “Why,” men asked, “should we sow what the tax-farmer reaps?”"
    assert _scare_at(text, "“Why,”") is False


def test_a_word_named_before_another_word_named_stays_a_label():
    # guard: no tag between the two, only the author's sentence going on
    text = "After the revolution nobody used the word “sir,” the word “citizen” was heard in every shop."
    assert _scare_at(text, "“sir,”") is True


def test_a_half_going_on_into_a_markdown_block_paragraph_runs_to_its_paragraphs_end():
    text = (
        "The younger officers were for marching at once, “before,” they said, “the rebels in the hills can "
        "gather their strength.\n\n"
        "> “If we wait for the spring, we shall be fighting them in the streets of our own town.”\n\n"
        "The general listened to them.\n"
    )
    starts = [text[q.start : q.start + 10] for q in _outer(text)]
    assert "“the rebel" in starts


def test_an_older_tag_verb_makes_the_words_said():
    # "ejaculated", "expostulated": older fiction's verbs of saying after the words
    text = "The inspector put down his pen. “It was murder, then,” I ejaculated. “Not at all,” said he."
    assert _scare_at(text, "“It was murder") is False
    assert _items(text)[0][2] == "I"


def test_an_epithet_before_the_name_in_an_inverted_tag_is_no_speaker():
    text = (
        "The two men sat over the chessboard until midnight. “Check,” replies young Harding, “and mate, "
        "unless I am much mistaken.”"
    )
    assert [s for _, _, s in _items(text)] == ["Harding", "Harding"]


def test_a_tag_with_a_manner_after_the_speaker_joins_the_halves():
    text = (
        "Mrs. Pell rose from the table. “Leave the girl alone,” said Mrs. Pell with some heat; “she has "
        "done nothing to you.”"
    )
    assert [s for _, _, s in _items(text)] == ["Mrs. Pell", "Mrs. Pell"]


def test_an_adjective_in_a_tag_before_a_common_noun_stays_the_noun_phrase():
    # guard: the epithet is dropped only before a capitalised name
    text = "The crowd grew restless. “Go home,” cried a young soldier, “there is nothing to see here.”"
    assert [q.details.get("described") for q in _outer(text)] == ["a young soldier", "a young soldier"]


def test_words_with_their_own_pronoun_tag_are_not_the_paragraph_before_going_on():
    # "he answered" is not I, even when nothing before says who he is
    text = (
        "“I am afraid,” said I, “that there is little to be learned from the ledger.”\n\n"
        "“There is nothing so misleading as an honest ledger,” he answered, laughing. “Look again.”\n"
    )
    assert [s for _, _, s in _items(text)][2] != "I"


def test_quoth_is_a_verb_of_saying_and_joins_the_halves():
    text = "Aunt Bridget laid down her knitting. “Never,” quoth my aunt, “not while I live under this roof.”"
    assert _scare_at(text, "“Never,”") is False
    assert [s for _, _, s in _items(text)][1] == _items(text)[0][2] is not None


def test_an_aside_in_brackets_after_the_tag_still_joins_the_halves():
    text = (
        "Walter Hale looked at the letter for a long time. “Too late,” said Hale, (turning it over in his "
        "hands) “far too late for any of us.”"
    )
    assert [s for _, _, s in _items(text)] == ["Hale", "Hale"]


def test_a_bracket_after_a_quotation_with_no_tag_joins_nothing():
    # guard: a bracketed reference between two quotations is no tag
    assert INTERRUPTED_BEFORE.search("the “new course,” (see above) ") is None


# --- ruling 2 (already the code's reading; kept here so it stays so) ---


def test_words_an_actor_calls_for_demands_or_promises_are_the_actors():
    for verb in ("called for", "demanded", "promised"):
        text = f"That spring the dockers’ committee {verb} “a shorter shift and a warm meal” at every gate."
        found = _outer(text)
        assert (found[0].scare, found[0].speaker.name if found[0].speaker else None) == (
            False, "the dockers’ committee",
        ), verb  # fmt: skip


def test_a_slogan_said_is_a_quotation_and_a_term_kept_at_a_distance_a_scare_quote():
    slogan = "The marchers carried the slogan “Nobody goes hungry here!” past the mill."
    assert _scare_at(slogan, "“Nobody") is False
    assert _scare_at("The so-called “modernisation” of the mills cost many jobs.", "“modernisation”") is True


def test_a_slogan_carried_by_a_pronoun_later_in_the_sentence_is_its_antecedents():
    text = (
        "Senator Ames won again in 1912. Although he ran with the slogan, “A Farm for Every Family,” the "
        "farms went to the banks."
    )
    assert _items(text)[0][2] == "Senator Ames"
