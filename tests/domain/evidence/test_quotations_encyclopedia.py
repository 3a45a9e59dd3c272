"""Quotations in encyclopedia articles about 20th-century politics (issue 16), in texts written for each
case: titles after a preposition of the work, translations of italic foreign terms."""

from __future__ import annotations

from tests.domain.evidence.test_quotations import real, scare


def test_a_title_after_in_or_on_is_a_title_even_before_a_verb_of_saying():
    text = (
        'In 1931, in "The Tasks of Business Executives" he wrote, "We are fifty or a hundred years behind." '
        'The library holds an essay on "Dialectics of Nature" written by Engels.'
    )
    assert scare(text) == ['"The Tasks of Business Executives"', '"Dialectics of Nature"']
    assert real(text) == ['"We are fifty or a hundred years behind."']


def test_a_sentence_after_in_and_a_phrase_of_lower_case_words_are_still_words_said():
    # Guards: a title-cased sentence that ends like one, and reported words after "in"
    text = (
        'He replied in "No Surrender!" terms. '
        'Trotsky wrote that the state was in "deep and irreversible decline".'
    )
    assert real(text) == ['"No Surrender!"', '"deep and irreversible decline"']


def test_the_translation_of_an_italic_foreign_term_is_a_label_even_in_reported_speech():
    text = (
        "Hitler told his generals that Germany needed _Lebensraum_ ('living space'). The journal "
        "_Novy Mir_ (\"New World\") printed the story. Stalin told them: \"The NEP is over.\""
    )
    assert scare(text) == ["'living space'", '"New World"']
    assert real(text) == ['"The NEP is over."']


def test_labels_credited_or_defined_and_a_speech_named_by_its_words_before_a_note_call():
    text = (
        "The decade was later defined as a \"time of stagnation\".[41] The pilot has been credited as "
        "\"the man who stopped the war\".[42] Her \"We are not afraid!\" speech was broadcast twice. "
        "Brezhnev said: \"We are not afraid!\"[43]"
    )
    assert scare(text) == ['"time of stagnation"', '"the man who stopped the war"', '"We are not afraid!"']
    assert real(text) == ['"We are not afraid!"']


def test_a_wikipedia_note_call_after_a_short_label_backs_the_sentence_not_the_words():
    text = (
        "The region was then subjected to the \"final pacification\".[88] "
        "Stalin ordered the \"immediate and complete removal of all kulak families\".[89]"
    )
    # Guard: a longer phrase before the note is still somebody's words
    assert scare(text) == ['"final pacification"']
    assert real(text) == ['"immediate and complete removal of all kulak families"']


def test_a_straight_mark_after_a_stray_space_before_punctuation_closes_the_open_one():
    text = (
        'Plato held that the city was possible only "by the abstraction from _eros_ ".[43] Then he went on '
        'with "another topic".'
    )
    assert real(text) + scare(text) == ['"by the abstraction from _eros_ "', '"another topic"']


def test_three_short_terms_listed_in_marks_are_labels_but_slogans_demanded_are_said():
    text = (
        "Historians of the purges speak of three schools: \"totalitarian\" accounts, \"revisionism\", and "
        "\"post-revisionism\".[12] Kotkin draws a line between \"the plan\", \"the market\", and \"the "
        "state\".[13] The strikers marched again, demanding \"bread and work\", \"no curfew\", and \"free "
        "unions\"."
    )
    # Guard: slogans after a verb of demanding stay somebody's words
    assert real(text) == ['"bread and work"', '"no curfew"', '"free unions"']
