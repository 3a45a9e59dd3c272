"""Speakers in newspaper reports (issue 16): an interview printed as questions and answers, the dateline's
place before a report. Texts written for these tests."""

from __future__ import annotations

from tests.domain.evidence.test_speakers import speakers


def test_questions_put_to_someone_are_nobodys_and_the_lines_between_them_are_the_answers():
    text = (
        "The widow of the explorer received us in her parlour on Tuesday.\n\n"
        '"Will you publish his diaries?" Mrs. Lindqvist was asked.\n'
        '"Every page of them, in the spring."\n'
        '"Did he expect to come back?"\n'
        '"He always expected to. That was his way," she answered quietly.\n'
        '"What will you do now?"\n'
        '"Go home to Uppsala and rest."\n'
    )
    assert speakers(text) == {
        "Will you publish": None,
        "Every page of": "Mrs. Lindqvist",
        "Did he expect": None,
        "He always expected": "Mrs. Lindqvist",
        "What will you": None,
        "Go home to": "Mrs. Lindqvist",
    }


def test_a_question_someone_asked_is_theirs():
    # "asked" in the active with its subject after it: the one named asks, nobody is interviewed
    text = (
        '"Is the bridge safe?" asked Mayor Tolland at the meeting.\n'
        '"The engineers say so."\n'
        "The council moved on to the school budget.\n"
    )
    assert speakers(text)["Is the bridge"] == "Mayor Tolland"


def test_the_place_of_a_dateline_is_nobody():
    text = (
        "BOY FINDS OLD COINS\n"
        "Salem, Ore.Digging in his father's garden\n"
        "last week, a boy of ten struck an iron box.\n"
        "Inside it were forty Spanish dollars.\n"
        '"I thought it was a stone," he said.\n'
    )
    assert speakers(text)["I thought it"] is None


def test_a_headline_in_capitals_is_nobody():
    # its words are the text's common words, written in capitals
    text = (
        "OLD SOLDIER VISITS CITY\n"
        "The old soldier visits the city once a year.\n"
        '"We marched on bread and coffee," he\n'
        "said.\n"
    )
    assert speakers(text)["We marched on"] == "The old soldier"


def test_a_place_named_before_the_subject_is_passed_over():
    # "At the Union depot Mr. Hale waited": the depot is where, Mr. Hale who
    text = (
        "Senator Greer spoke first. At the Union\n"
        "depot Mr. Hale waited with his nephew.\n"
        '"We marched on bread and coffee," he\n'
        "said.\n"
    )
    assert speakers(text)["We marched on"] == "Hale"


def test_a_name_in_capitals_stays_a_name():
    text = (
        "The committee heard one witness on Monday. HENRY COLE, a miller of the\n"
        "town, spoke for an hour against the new dam.\n"
        '"The river is all we have," he said.\n'
    )
    assert speakers(text)["The river is"] == "HENRY COLE"


def test_words_a_passive_naming_verb_gives_to_its_agent_before_them():
    text = (
        'The senator has long been called by his enemies "a menace to the republic" in every campaign.'
    )
    assert speakers(text) == {"a menace to": "his enemies"}


def test_a_name_given_by_nobody_stays_a_label():
    text = 'For twenty years the canal has been called "the Big Ditch" by everyone in the valley.'
    assert speakers(text) == {}


def test_the_next_paragraphs_of_words_go_on_with_the_one_quoted_before():
    text = (
        '"The harbour must be dredged this year," declared Thomas R.\n'
        "Bell, president of the Shippers' Association, at the dinner.\n\n"
        '"Every month we wait, the larger boats go to Portland instead.\n\n'
        '"The railway has promised a siding if the town does its part."\n\n'
        "The mayor answered that the council had no money for it.\n\n"
        '"We shall find it," said a councilman from the floor.\n'
    )
    assert speakers(text) == {
        "The harbour must": "Thomas R.\nBell",
        "Every month we": "Thomas R.\nBell",
        "The railway has": "Thomas R.\nBell",
        "We shall find": "[a councilman]",
    }


def test_a_paragraph_after_narration_of_other_things_is_not_taken_to_go_on():
    text = (
        '"The harbour must be dredged," declared Thomas Bell at the dinner.\n'
        "The mayor spoke next. He said the council had no money. The dinner ended at ten.\n"
        '"Nobody asked the farmers."\n'
    )
    assert speakers(text)["Nobody asked the"] is None


def test_the_agent_of_a_passive_sentence_is_whom_the_next_he_stands_for():
    text = (
        "The saloons of the city were hotly attacked last night by Amos Granger before a crowd. "
        "According to the preacher there is not a saloon in the county that pays its way. "
        '"Close them all," he said.'
    )
    assert speakers(text)["Close them all,\""] == "Amos Granger"


def test_a_he_far_from_any_name_is_the_one_last_quoted_in_the_report():
    filler = "The hall was cold and the band played twice between the hymns that evening. " * 9
    text = (
        'The preacher Amos Granger spoke at the fair grounds. "Close the saloons," Granger said.\n'
        + filler
        + 'He said: "The town will thank us in ten years."\n'
    )
    assert speakers(text)["The town will"] == "Granger"


def test_a_document_reprinted_speaks_for_the_source_its_introduction_names():
    text = (
        "MILL TOWN NEWS\n\n"
        "We reprint the following editorial from the Valley Farmer of May 3:\n\n"
        '"The mills must pay a fair price for the grain of this valley.\n\n'
        '"No farmer can live on the price of last year."\n\n'
        "The grange passed the following resolution on Friday:\n\n"
        "In Memoriam\n\n"
        '"Resolved, That the grange mourns its late master."\n'
    )
    assert speakers(text) == {
        "The mills must": "Valley Farmer",
        "No farmer can": "Valley Farmer",
        "Resolved, That the": "The grange",
    }


def test_a_colon_after_other_words_names_no_source():
    text = 'The following day was cold. The farmers said the same thing at every meeting:\n\n"No more."\n'
    # no document is named: no "following" source is guessed from "The following day"
    assert speakers(text)["No more.\""] in (None, "The farmers")


def test_a_verb_of_saying_broken_over_a_line_end_still_tags_the_words():
    text = (
        "The new school opened on Monday with\n"
        'ninety pupils. "We need two more rooms." de\n'
        "clared Mr. Ostrander, the principal.\n"
    )
    assert speakers(text)["We need two"] == "Mr. Ostrander"


def test_two_words_over_a_line_end_stay_two_words():
    text = (
        "The new school opened on Monday. Its principal\n"
        'spoke to the board in the evening: "We need two more rooms." He\n'
        "said the money was there.\n"
    )
    assert speakers(text)["We need two"] != "He\nsaid"


def test_a_column_rule_read_as_a_letter_is_no_narrator():
    text = (
        "FLOOD IN THE VALLEY\n"
        "Albany, N. Y.The rain that began on\n"
        "Sunday had not stopped by last night\n"
        "and the river was over its banks at\n"
        "every town from the falls to the bay.\n"
        '"The river rose four feet in the\n'
        'night," the dispatch said.\n'
        'I "Not one bridge below the falls is\n'
        'standing and the mills are shut."\n'
    )
    assert speakers(text)["Not one bridge"] != "I"


def test_the_narrators_i_before_words_stays():
    text = 'I said to the clerk: "Two tickets to Albany."\n'
    assert speakers(text)["Two tickets to"] == "I"


def test_a_name_after_a_title_and_its_office_is_the_subject():
    text = (
        "Secretary of the Interior Lane today declared that the survey was done. "
        '"The maps will be printed in June," he said.'
    )
    assert speakers(text)["The maps will"] == "Lane"


def test_a_scan_reading_e_as_o_has_ho_for_he():
    text = (
        "Tho mayor of tho town spoke to tho council, and tho clerk read tho minutes of tho last meeting. "
        "Mayor Dunning listened. "
        '"There is no money for tho bridge," ho said.'
    )
    assert speakers(text)["There is no"] == "Mayor Dunning"


def test_ho_in_a_clean_text_is_left_alone():
    text = 'The sailors sang "Ho, the wind!" as the ship left the harbour.'
    assert speakers(text).get("Ho, the wind!\"") != "the ship"


def test_the_line_under_words_in_a_scanned_column_is_the_column_going_on_not_their_signature():
    # A quotation opening a line of a narrow column and closing at its end: the next line is the column's
    # next headline or sentence, not an attribution line as on a page of collected quotations (merge of
    # quote16k's attribution lines with speaker16j's scanned columns)
    text = (
        "The board met at noon in the old court\n"
        "house and heard the report of the canal\n"
        "engineers, who had walked the whole line\n"
        "from the lock to the mill in three days.\n"
        '"The banks will not hold another flood."\n'
        "Harbour Company Asks\n"
        "The company wrote to the board that the\n"
        "work could not begin before the spring,\n"
        "and the chairman read its letter aloud\n"
        "to the members before they adjourned.\n"
    )
    assert speakers(text)["The banks will"] != "Harbour Company Asks"


def test_a_headline_in_capitals_under_words_is_nobodys_signature():
    text = (
        "From the collected sayings of the harbour master.\n\n"
        '"The tide keeps no calendar."\n'
        "SHIPPING NEWS FROM LIVERPOOL\n\n"
        "The steamer left on Monday.\n"
    )
    assert speakers(text)["The tide keeps"] is None
