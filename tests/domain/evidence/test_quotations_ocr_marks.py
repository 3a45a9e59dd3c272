"""Quotation marks as OCR'd newspapers and older typesetting print them: a double mark as two single
marks ("‘‘", "``", "’’"), marks after or before a stray space, straight and curly marks mixed, a turned mark.
All sentences are written for these tests."""

from annotator.domain.evidence.quotations import find_quotations


def _outer(text: str) -> list[tuple[str, bool]]:
    return [(text[e.start : e.end], e.scare) for e in find_quotations(text) if e.details["depth"] == "0"]


def _starts(text: str) -> list[int]:
    return [e.start for e in find_quotations(text) if e.details["depth"] == "0" and not e.scare]


def test_two_single_marks_are_one_double_mark_at_either_end() -> None:
    text = "‘‘I never touched the purse,’’ said the lodger, ‘‘nor the key.’’"
    assert _outer(text) == [
        ("‘‘I never touched the purse,’’", False),
        ("‘‘nor the key.’’", False),
    ]


def test_a_pair_of_single_marks_with_a_stray_space_between() -> None:
    text = "The mate told the court: ‘ ‘We sailed at dawn and saw no light. ’ ’ He was not asked again."
    assert _starts(text) == [text.index("‘ ‘We")]


def test_backtick_openings_closed_by_two_apostrophes() -> None:
    text = "``The bridge is down,'' said the porter. ``Nobody crosses tonight.''"
    assert _starts(text) == [0, text.index("``Nobody")]


def test_an_opening_pair_before_an_elided_word() -> None:
    text = "‘‘'Tis a hard winter,” said the shepherd to the bench."
    assert _starts(text) == [0]


def test_a_closing_mark_after_a_stray_space() -> None:
    text = "“I cannot say, sir. ” “Then who can?” asked the clerk."
    assert _starts(text) == [0, text.index("“Then")]


def test_a_straight_opening_closed_by_a_curly_mark() -> None:
    text = 'She leaned over. "Were you at the fair on Monday ?” “Yes, all day.”'
    assert _starts(text) == [text.index('"Were'), text.index("“Yes")]


def test_single_marks_spaced_on_both_sides() -> None:
    text = "‘ Where were you at nine ? ’ asked the sergeant. ‘ At home with my sister, ’ said the carter."
    assert _starts(text) == [0, text.index("‘ At home")]


def test_a_spaced_straight_opening_after_a_comma_and_a_stray_closing_at_the_paragraph_end() -> None:
    text = 'The first question put to him was, " Are the mills to open again? "\n\nHe did not answer.'
    assert _starts(text) == [text.index('" Are')]


def test_a_turned_mark_opening_before_a_word() -> None:
    text = 'The clerk read the charge. ”I want my money back," the widow said.'
    assert _starts(text) == [text.index("”I want")]


# Looks like it, but is not


def test_guard_feet_and_inches_are_no_quotation() -> None:
    assert _outer("He stood 5’ 10’’ in his boots and weighed twelve stone when he enlisted.") == []


def test_guard_a_plural_possessive_before_an_elision_is_no_pair() -> None:
    assert _outer("The drovers’ ’baccy was wet through by the time they reached the ford.") == []


def test_guard_a_single_quotation_nested_in_a_double_one_stays_nested() -> None:
    text = "“He said ‘no’ twice,” the porter’s boy recalled."
    found = [(text[e.start : e.end], e.details["depth"]) for e in find_quotations(text)]
    assert found == [("“He said ‘no’ twice,”", "0"), ("‘no’", "1")]


def test_guard_doubled_apostrophes_of_a_transcript_keep_their_reading() -> None:
    text = "''It's my job to read the bill,'' she says, ''and I have.''"
    assert _outer(text) == [("''It's my job to read the bill,''", False), ("''and I have.''", False)]


def test_guard_a_spaced_single_mark_without_a_spaced_closing_opens_nothing() -> None:
    text = "Mark the ‘ sign on the map where the road forks, and the church’s spire beyond it."
    assert _outer(text) == []


def test_guard_a_spaced_straight_mark_before_a_small_word_opens_nothing() -> None:
    text = 'The sign read " closed for the season and the ferry was gone.'
    assert _outer(text) == []


def test_a_straight_closing_mark_after_a_stray_space_before_the_tag() -> None:
    text = 'The jury leaned in. "Can you swear to it? " asked the coroner. "I can."'
    assert _outer(text) == [('"Can you swear to it? "', False), ('"I can."', False)]


def test_a_spaced_straight_opening_before_a_small_word() -> None:
    text = '"Gone," said the boatman; " gone for good, and the nets with it."'
    assert _starts(text) == [0, text.index('" gone')]


def test_a_curly_closing_mark_after_a_space_without_punctuation() -> None:
    text = "“Did you know him?” “I never saw him ” The constable shrugged and sat down."
    assert _outer(text)[1] == ("“I never saw him ”", False)


def test_words_whose_closing_mark_was_lost_end_at_the_tag() -> None:
    text = "“Yes, I was in the yard, continued the witness, firmly; “I saw the whole of it.”"
    assert _outer(text) == [("“Yes, I was in the yard,", False), ("“I saw the whole of it.”", False)]


def test_short_answers_between_the_turns_of_a_dialogue_are_said() -> None:
    text = "The sergeant questioned the boy. “Were you in the yard?” “Yes.” “Alone?” “No, sir.”"
    assert [scare for _, scare in _outer(text)] == [False, False, False, False]


def test_guard_a_title_after_a_blank_line_is_no_turn_of_the_dialogue_before() -> None:
    text = "He ended: “We shall carry the vote.”\n\n“Notes on the Budget,” his pamphlet, page 3, says more."
    assert _outer(text)[1] == ("“Notes on the Budget,”", True)


def test_guard_two_terms_side_by_side_stay_terms() -> None:
    text = "The banners read the words “liberty” “equality” in red letters."
    assert [scare for _, scare in _outer(text)] == [True, True]


def test_guard_backticks_closed_by_backticks_are_code_markup() -> None:
    text = "Call ``reset`` before the import; ``load_all`` reads the rest."
    assert _outer(text) == []
