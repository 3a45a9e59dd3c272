"""Quotations, speakers and turns in political sources (issue 16): the Congressional Record's plain text with
its doubled apostrophes for quotation marks, a speaker's spoken "quote, … end quote", press-briefing turns.
Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.comments import find_comments
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


def test_a_spoken_quote_before_the_words_does_not_hide_the_speaker():
    text = "Former Governor Lena Ames said the memo, quote, “misstates the law and the facts,” end quote.\n"
    assert speakers(text)["misstates the law"] == "Lena Ames"
    text = "Here is what Mayor Lund said to the council: Quote, “We expect the fares to stay as they are.”\n"
    assert speakers(text)["We expect the"] == "Mayor Lund"


def test_a_spoken_quote_before_one_word_marks_somebodys_word():
    text = "The auditors looked at the budget, and the chief auditor called it, quote, “reckless.”\n"
    e = next(e for e in find_quotations(text))
    assert not e.scare


def test_and_i_quote_still_reads_the_speaker_before_it():
    # guard: "I quote" is the one quoting, not blanked away; the one quoted is named before
    text = "The minister wrote to the board, and I quote, “We will not close a single station this year.”\n"
    assert speakers(text)["We will not"] == "The minister"


def test_a_briefings_bare_q_opens_a_question_turn():
    text = (
        "MS. LANE: Good afternoon. I have one announcement about the floods.\n\n"
        "Q Thank you. When will the aid reach the valley?\n\n"
        "MS. LANE: The first trucks left this morning.\n\n"
        "Q And how many families are still without power?\n\n"
        "MS. LANE: About four hundred, as of noon.\n"
    )
    voices = [(e.speaker.name, e.details["turn"]) for e in find_comments(text)]
    assert voices == [
        ("MS. LANE", "answer"), ("Q", "question"), ("MS. LANE", "answer"), ("Q", "question"),
        ("MS. LANE", "answer"),
    ]


def test_one_line_opening_with_q_is_no_turn():
    # guard: a street or a fever named Q opening a line of prose is no briefing
    text = "The march went west.\n\nQ Street was closed for the parade, and the crowd moved on.\n"
    assert find_comments(text) == []


def test_a_congressional_record_speech_is_a_voice():
    text = (
        "Mr. HALVORSEN of Maine. Mr. Speaker, I rise today to honor the lobstermen of Stonington.\n\n"
        "They have fished these waters for two hundred years.\n"
    )
    (voice,) = find_comments(text)
    assert voice.speaker.name == "Mr. HALVORSEN of Maine"
    assert text[voice.start : voice.end].endswith("two hundred years.")


def test_a_name_in_ordinary_case_with_a_full_stop_is_no_record_turn():
    # guard: "Mr. Halvorsen." ends a sentence of prose; only the Record's capitals make a turn
    text = "The letter was signed by Mr. Halvorsen.\nMr. Halvorsen. He came late that day, they said.\n"
    assert find_comments(text) == []


def test_a_turn_label_is_not_the_speaker_of_the_words_quoted_in_the_turn():
    text = (
        "MS. LANE: The governor committed to the hearing.\n\n"
        "Q — he could have asked the committee —\n\n"
        "MS. LANE: He did not.\n\n"
        "Q — like, “Can we wait another week?”\n\n"
        "MS. LANE: He wanted to testify.\n"
    )
    assert speakers(text)["Can we wait"] != "Q"


def test_after_an_inverted_verb_a_names_possessive_determines_the_role():
    text = "“He never missed a shift,” says Daniel’s mother, Ilse Marten, who raised him alone.\n"
    assert speakers(text)["He never missed"] == "Ilse Marten"
    text = "“He never missed a shift,” says Daniel’s mother.\n"
    assert speakers(text)["He never missed"] == "Daniel’s mother"


def test_after_an_inverted_verb_a_plain_name_stays():
    # guard: a name with no role after it is the speaker, possessive or not around
    text = "“He never missed a shift,” says Ilse Marten, Daniel’s mother.\n"
    assert speakers(text)["He never missed"] == "Ilse Marten"


def test_she_after_a_kin_word_and_one_given_name_is_the_name():
    text = (
        "The company named a scholarship after him.\n\n"
        "His sister Marguerite keeps his letters in a drawer.\n\n"
        "“He wrote every week, even from the desert,” she says.\n"
    )
    assert speakers(text)["He wrote every"] == "Marguerite"


def test_she_after_a_kin_word_without_a_name_stays_the_kin():
    # guard: a capitalised word that is no name after the kin ("His sister Monday …" does not occur; a
    # sentence's next word in capitals does) leaves the kin
    text = (
        "His sister came to the hearing. Nobody else did.\n\n"
        "“He wrote every week, even from the desert,” she says.\n"
    )
    assert speakers(text)["He wrote every"] == "His sister"


def test_questions_put_in_lower_case_are_words_asked_not_labels():
    text = (
        "In the interview he was being asked about boxes in a garage and “where did they come from” and "
        "“who packed them” and so on.\n"
    )
    assert [e.scare for e in find_quotations(text)] == [False, False]


def test_a_question_named_as_a_term_or_a_capitalised_title_stays_a_label():
    # guard: "the phrase “what is that”" names a phrase; a title keeps its capitals
    phrase = "The phrase “who packed them” became a joke in the office.\n"
    title = "A pamphlet called “what is to be done” appeared in 1902.\n"
    assert [e.scare for e in find_quotations(phrase)] == [True]
    assert [e.scare for e in find_quotations(title)] == [True]


def test_a_debates_members_named_with_seat_and_party_are_turns_though_each_speaks_once():
    text = (
        "Harbour Dredging\n\n"
        "Dr Lena Marsh (Bristol West) (Lab): Will the Minister say when the dredging will resume?\n\n"
        "The Minister for Ports (Mr Owen Tate): The contract is signed and work starts in May.\n\n"
        "Sir Alan Pryce (Dorset South) (Con): Will he publish the costs?\n\n"
        "Mr Owen Tate: I will place them in the Library.\n"
    )
    names = [e.speaker.name for e in find_comments(text)]
    assert names == ["Dr Lena Marsh", "The Minister for Ports", "Sir Alan Pryce", "Mr Owen Tate"]


def test_one_name_with_a_place_in_brackets_before_a_colon_is_no_debate():
    # guard: "Lena Marsh (Bristol): a teacher …" once, in a list of people, is no debate
    text = "Contributors\n\nLena Marsh (Bristol): teaches history.\n\nAlan Pryce: writes on ports.\n"
    assert find_comments(text) == []


def test_i_in_a_spokespersons_turn_is_the_spokesperson():
    text = (
        "MS. LANE: Good afternoon.\n\n"
        "Q Did you say three inspections?\n\n"
        "MS. LANE: When I said “only three,” I meant the visits to the site.\n\n"
        "Q Thank you.\n\n"
        "MS. LANE: Sure.\n"
    )
    assert speakers(text)["only three,”"] == "MS. LANE"


def test_i_in_a_reporters_question_or_in_plain_prose_stays_i():
    # guard: a bare "Q" names nobody; without turns "I" is the text's author
    question = (
        "MS. LANE: Good afternoon.\n\nQ Yesterday I said “not enough,” and you agreed?\n\n"
        "MS. LANE: I did.\n\nQ Thank you.\n"
    )
    assert speakers(question)["not enough,”"] == "I"
    assert speakers("In my notes I said “only three,” and meant the visits.\n")["only three,”"] == "I"


def test_a_doubled_mark_holding_a_single_one_and_closing_after_it():
    text = "''In the end,'' the column went on, '''we paid,' said the mayor, 'and we paid again.' ''\n"
    spans = _spans(text)
    assert spans[1].startswith("'''we paid") and spans[1].endswith("again.' ''")


def test_inserted_material_printed_double_spaced_keeps_its_quotations_whole():
    lines = [
        " The harbour board met on Tuesday and heard that the dredging ",
        " contract had ''run out of money before it ran out of mud,'' ",
        " the auditor's report said. The chairman, Owen Tate, told ",
        " reporters that ''nobody saw the bills until the spring.'' ",
    ] * 4
    text = "Mr. HALVORSEN. Mr. Speaker, I insert this article.\n\n\n\n" + "\n\n\n".join(lines) + "\n"
    found = speakers(text)
    assert found["'run out of"] == "the auditor's report"
    assert found["'nobody saw the"] == "Owen Tate"


def test_lines_apart_by_two_blank_lines_a_few_times_are_separate_paragraphs():
    # guard: a poem or a list set with wide spacing a few times is not joined
    text = "The motto read:\n\n\n ''Work and hope.''\n\n\n ''Hope and work.''\n"
    assert _spans(text) == ["''Work and hope.''", "''Hope and work.''"]


def test_a_paragraph_naming_the_document_read_gives_the_words_to_it():
    text = "The mayor spoke next.\n\nLet me read the editorial:\n\n“The bridge will not be finished soon.”\n"
    assert speakers(text)["The bridge will"] == "the editorial"


def test_after_the_words_a_document_with_its_article_says_them():
    text = "Suppliers were met “with silence and delay,” the inspectors' report said on Friday.\n"
    assert speakers(text)["with silence and"] == "the inspectors' report"


def test_one_or_another_before_a_verb_of_saying_is_still_the_subject():
    # guard: "another replies" is a subject and its verb; only an article or a possessive makes a noun
    text = '"Where is the ferry?" asks one. "Gone," another replies.'
    assert speakers(text) == {"Where is the": "[one]", 'Gone,"': "[another]"}


def test_it_after_a_fronted_phrase_naming_a_document_is_the_document():
    text = "We read it twice. On page 40 of the report, it says, “The pier was never inspected.”\n"
    assert speakers(text)["The pier was"] == "the report"


def test_it_after_a_fronted_phrase_of_time_stays_unresolved():
    # guard: "In the morning, it says" names no document
    assert speakers("In the morning, it says, “The pier was never inspected.”\n")["The pier was"] is None


def test_a_source_named_after_the_words_read_out_speaks_them():
    text = (
        "Here is their pledge: “We will repair every bridge in the county by spring.” That was two years "
        "ago. That's from Councillor Ruth Adeyemi, at the launch of the plan.\n\n"
        "“The county has repaired four of its thirty bridges.” That comes from the Valley Courier.\n"
    )
    found = speakers(text)
    assert found["We will repair"] == "Councillor Ruth Adeyemi"
    assert found["The county has"] == "the Valley Courier"


def test_a_source_after_another_quotation_or_paragraph_is_not_taken():
    # guard: "That's from X" belongs to the words right before it, not to earlier ones
    text = (
        "She promised “lower fares”.\n\nAnd then “more trains on Sundays.” That's from the timetable.\n"
    )
    assert speakers(text).get("lower fares”.") != "the timetable"


def test_markdown_bold_turn_labels_of_a_debate():
    text = (
        "**Ann Hollis:** Will the Minister answer the question?\n\n"
        "**The Minister:** I have answered it twice.\n\n"
        "**Mr. Pryce (Dorset South) (Con):** Then will he answer it a third time?\n\n"
        "**The Minister:** The answer has not changed.\n\n"
        "**Ann Hollis:** Then the House will draw its conclusions.\n\n"
        "**Mr. Speaker:** Order.\n"
    )
    names = [e.speaker.name for e in find_comments(text)]
    assert names == ["Ann Hollis", "The Minister", "Mr. Pryce", "The Minister", "Ann Hollis", "Mr. Speaker"]


def test_bold_words_with_a_colon_in_an_article_are_no_turns():
    # guard: bold run-in headings of an article ("**Background:**") once each are no transcript
    text = "**Background:** The bridge was built in 1911.\n\n**Cost:** Nobody knows.\n"
    assert find_comments(text) == []


def test_a_soft_hyphen_after_the_introductions_colon_hides_nothing():
    text = (
        "The inspector reported on the quay. She wrote: \u00ad\n\n"
        "         \"The north wall has moved four inches since the winter.\" \u00ad\n\n"
        "Nobody answered the report.\n"
    )
    (quotation,) = find_quotations(text)
    assert quotation.form == Form.BLOCK  # set off after "She wrote:", as without the soft hyphen
    assert speakers(text)["The north wall"] == "The inspector"


_EXCHANGE = (
    "**Mrs. Ellis (Hove) (Con):** Will the Minister confirm the closure of the pier?\n\n"
    "**The Minister:** I will not confirm a rumour.\n\n"
    "**Mrs. Ellis:** Last month he said that the pier was \"beyond repair\". Which is it?\n\n"
    "**The Minister:** The hon. Lady should read what she said in March: \"the pier must close\".\n\n"
    "**Mr. Speaker:** Order.\n\n"
    "**Mrs. Ellis:** The right hon. Gentleman told the town \"nothing will close\".\n"
)


def test_in_a_debate_he_and_the_hon_lady_are_the_member_answered():
    found = speakers(_EXCHANGE)
    assert found['beyond repair"'] == "The Minister"
    assert found['the pier must'] == "Mrs. Ellis"
    assert found['nothing will close"'] == "The Minister"  # past the chair's "Order."


def test_outside_turns_the_hon_gentleman_is_left_as_the_text_names_him():
    # guard: a report of a debate, not a transcript, keeps its own reading
    text = 'In the debate the hon. Gentleman said "the pier must close", and the Minister disagreed.\n'
    assert speakers(text)["the pier must"] != "The Minister"


def test_a_doubled_mark_opening_an_indented_paragraph_keeps_it_one_paragraph():
    paragraph = [
        " ''The pier has been closed since the storm of last winter and ",
        " will not open before the summer,'' the harbour master said on ",
        " Friday, adding that the repairs had cost twice the estimate ",
        " and that the council had not yet paid the contractors. ",
    ]
    text = "\n\n\n\n".join("\n\n\n".join(paragraph) for _ in range(4)) + "\n"
    assert _spans(text)[0].endswith("before the summer,''")
    assert " ".join((speakers(text)["'The pier has"] or "").split()) == "the harbour master"


def test_a_party_and_state_tag_in_brackets_between_name_and_verb():
    text = "The hearing ended late. “The contract was a gift to warlords,” Rep. Ann Kessler (D-Ore.) wrote.\n"
    assert speakers(text)["The contract was"] == "Ann Kessler"


def test_a_bracket_that_is_no_party_tag_keeps_the_speaker_unread_there():
    # guard: "(in 2009)" between name and verb is no party tag: no name is made of the bracket's words
    text = "The hearing ended late. “The contract was a gift to the warlords,” Ann Kessler (in 2009) wrote.\n"
    assert speakers(text)["The contract was"] != "2009"


def test_a_source_line_with_a_date_right_after_the_words():
    text = "They admitted it: “The bypass will not be built this decade,” Valley Courier, March 3, 2009.\n"
    assert speakers(text)["The bypass will"] == "Valley Courier"


def test_thats_what_someone_promised_after_the_words():
    text = (
        "“In the first year every village in the valley will have its own doctor,” that's what the then "
        "candidate Mara\nLind promised us.\n"
    )
    assert speakers(text)["In the first"] == "Mara Lind"


def test_a_date_line_with_no_name_names_no_source():
    # guard: "“…,” he said on March 3, 2009" keeps its verb; a lower-case phrase before a date is no source
    text = "“The bypass will not be built this decade,” he said on March 3, 2009, to the council.\n"
    assert speakers(text)["The bypass will"] != "March"


def test_a_document_described_before_the_closing_verb_speaks_the_fragment():
    text = "The contracts “undermine every goal” of the mission in the east, a report released Monday said.\n"
    assert speakers(text)["undermine every goal”"] == "[a report]"


def test_a_person_described_before_the_closing_verb_stays_described():
    # guard: only a document's noun is taken; a man described keeps his description
    text = "The contracts “undermine every goal” of the mission in the south, a man living nearby said.\n"
    assert speakers(text)["undermine every goal”"] == "[a man living nearby]"


def test_headlines_read_out_in_title_case_are_titles():
    text = "Then the papers turned. “Mayor versus Council Heats Up.” “Harbour Plans are Stalling Again.”\n"
    assert [e.scare for e in find_quotations(text)] == [True, True]


def test_a_sentence_said_with_is_stays_words_said():
    # guard: "is" no longer counts against a title, but a sentence in lower case is still somebody's words
    text = "The mayor stood up. “The harbour is closed until the spring,” she told the council.\n"
    assert [e.scare for e in find_quotations(text)] == [False]


def test_you_said_in_a_reporters_question_is_the_one_answering():
    text = (
        "MS. LANE: Go ahead.\n\n"
        "Q Last spring you said, “We will have the bridge open by June.” Is that still the plan?\n\n"
        "MS. LANE: It is.\n\n"
        "Q Thank you.\n"
    )
    assert speakers(text)["We will have"] == "MS. LANE"


def test_you_said_outside_a_transcript_is_left_alone():
    # guard: in a letter "you said" is the one written to, whom the text does not name here
    text = "Dear editor,\n\nLast spring you said, “We will have the bridge open by June.” It is still shut.\n"
    assert speakers(text)["We will have"] != "MS. LANE"
