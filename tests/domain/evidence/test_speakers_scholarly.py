"""Speakers in scholarly history prose quoting historical actors (issue 16): a plain-text book's run-in
headings, inverted tags of older prose ("solemnly announced the herald", "So spoke …", "said one of the
delegates", "runs the preamble"), the second part of a sentence interrupted by a described speaker. Texts
written for these tests."""

from __future__ import annotations

from tests.domain.evidence.test_speakers import speakers


def test_a_run_in_heading_of_a_plain_text_book_is_nobody_a_pronoun_stands_for():
    text = (
        "=Reception of the Envoy.=--The arrival of the envoy in\n"
        "Paris confirmed Count Vergennes in his belief that the alliance\n"
        'was near. "We are ready," he\nsaid with some satisfaction.\n'
    )
    assert speakers(text)["We are ready,\""] == "Count Vergennes"


def test_the_pronoun_after_a_run_in_heading_goes_on_with_the_subject_named_in_the_paragraph():
    text = (
        "=German Aims in the Treaty.=--In many speeches during the spring, Chancellor Hardt set out\n"
        "the purposes of his government. He first declared that it sought no land.\n"
        '"Our neighbours," he cried, "have nothing to fear from us."\n'
    )
    found = speakers(text)
    assert found["Our neighbours,\""] == "Chancellor Hardt"
    assert found["have nothing to"] == "Chancellor Hardt"


def test_a_name_between_equals_signs_inside_a_sentence_is_still_a_candidate():
    # guard: only a heading opening its line is blanked; the name in the sentence stays whom "he" means
    text = 'At the meeting Count Vergennes spoke last. "We are ready," he said.\n'
    assert speakers(text)["We are ready,\""] == "Count Vergennes"


def test_an_adverb_before_an_inverted_verb_of_saying_keeps_the_speaker_after_it():
    text = (
        "The crowd fell silent when the decree was brought out. "
        '"Long live the republic and its laws," solemnly announced the herald as he read it.\n'
    )
    assert speakers(text)["Long live the"] == "the herald"


def test_so_spoke_after_the_words_names_their_speaker():
    text = '"Words are cheap; what we need is deeds!" So spoke Thomas Vale of Norwich. He then left.\n'
    assert speakers(text)["Words are cheap;"] == "Thomas Vale"


def test_a_capitalised_word_and_a_verb_after_the_words_are_still_a_new_sentence():
    # guard: "So" + verb + object is the author's sentence, not an inverted tag
    text = 'The notice was read aloud: "The bridge is closed to carts." So ended the quarrel on tolls.\n'
    assert "quarrel" not in (speakers(text)["The bridge is"] or "")


def test_one_of_a_body_after_an_inverted_verb_speaks():
    text = (
        "The envoys waited in the hall while the council debated. "
        '"We shall not yield," said one of the delegates, "until the treaty is signed."\n'
    )
    found = speakers(text)
    assert found["We shall not"] == "[one of the delegates]"
    assert found["until the treaty"] == "[one of the delegates]"


def test_the_second_part_after_a_described_speaker_from_a_place_is_theirs_not_the_first_parts_words():
    text = '"Friends of the North," responded a deputy from Lyon, "you forget us entirely."\n'
    found = speakers(text)
    assert found["Friends of the"] == "[a deputy]"
    assert found["you forget us"] == "[a deputy]"


def test_runs_the_document_after_the_words_names_the_document():
    text = (
        "The charter was signed in the spring. "
        '"The aim of the union is lasting peace," runs the preamble to the charter, '
        '"and such peace needs justice."\n'
    )
    found = speakers(text)
    assert found["The aim of"] == "the preamble"
    assert found["and such peace"] == "the preamble"


def test_wailed_tags_the_words():
    text = (
        "Lord Hale was beaten in the Commons. The vote went against him. "
        '"The country must learn patience," he wailed, "or it will be ruined."\n'
    )
    found = speakers(text)
    assert found["The country must"] == "Lord Hale"
    assert found["or it will"] == "Lord Hale"


def test_a_span_of_time_opening_the_sentence_is_no_name_and_the_subject_after_it_speaks():
    text = (
        "The Austrian Emperor proposed talks in the winter.\n\n"
        "Three days after the news that the empire meant to go on with the blockade, President Hardwick "
        "severed relations with it. At the same time he told Congress that he wanted no war. "
        '"God grant," he said, "that we are not tested."\n'
    )
    found = speakers(text)
    assert found["God grant,\""] == "President Hardwick"
    assert found["that we are"] == "President Hardwick"


def test_the_subject_after_a_span_of_time_without_a_comma_owns_words_woven_in():
    text = (
        "The Austrian Emperor proposed talks in the winter. Two days later President Hardwick sent a note "
        'to the powers asking them to state "the terms upon which peace might be made."\n'
    )
    assert speakers(text)["the terms upon"] == "President Hardwick"


def test_what_the_subject_saw_in_an_event_is_in_their_own_words():
    text = (
        "The riot shook the capital. Guizot wrote in his journal that order would return. "
        'Thiers saw in the affair "the work of a handful of fanatics bent on ruin." '
        'The Chancellor saw in it "a victory for common sense and the crown."\n'
    )
    found = speakers(text)
    assert found["the work of"] == "Thiers"
    assert found["a victory for"] == "Chancellor"


def test_saw_in_a_place_with_a_name_after_is_no_frame():
    # guard: "saw in the paper" followed by its own object is the author's account, not the viewer's words
    text = 'He saw in the paper a notice headed "Lost and Found" and kept it.\n'
    assert "Lost and Found" not in " ".join(k for k, v in speakers(text).items() if v)


def test_a_name_with_a_role_and_a_second_appositive_before_the_verb_speaks():
    text = 'Guizot, the French minister, no friend of reform, said of the king: "He was a patient man."\n'
    assert speakers(text)["He was a"] == "Guizot"


def test_a_role_and_a_second_appositive_without_a_name_before_them_stay_the_role():
    # guard: an opening phrase before the role is no name; the role described stays the speaker
    text = 'In Paris, the minister, no friend of reform, said of the king: "He was a patient man."\n'
    assert speakers(text)["He was a"] != "Paris"


def test_a_name_in_apposition_after_an_opening_clause_is_whom_he_stands_for():
    text = (
        "While the bill was being debated, a cousin of Lord Grey, Major Hale, who knew India well, gave "
        'them a warning in the House. "Mark my words," he cried, "the army will not stand."\n'
    )
    found = speakers(text)
    assert found["Mark my words,\""] == "Major Hale"
    assert found["the army will"] == "Major Hale"


def test_uttered_frames_the_words_after_it():
    text = (
        "It was in defence of these laws that Sir Edward Cole uttered the famous words: "
        '"The house of every man is his castle."\n'
    )
    assert speakers(text)["The house of"] == "Edward Cole"


def test_a_participle_after_a_clause_opened_by_he_is_his_not_a_name_in_the_opening_phrase():
    text = (
        "Thomas Vale left Norwich in the spring. Helped by money from Southern friends, he gathered a band "
        'of men, saying to them: "We march at dawn and we do not turn back."\n'
    )
    assert speakers(text)["We march at"] == "Thomas Vale"


def test_a_new_sentence_with_its_pronoun_after_an_opening_phrase_is_no_tag_of_the_words_before():
    text = (
        "The reformers met in Leeds with Peel and Graham. In the course of his speech Cobden had uttered the "
        'saying that "free trade is the law of the Almighty. I believe it." At the same time he\n'
        "had accused Peel, Graham, and the Lords of acting in bad faith.\n"
    )
    assert speakers(text)["free trade is"] == "Cobden"


def test_a_short_tag_after_closed_words_still_attributes():
    # guard: "“…!” Vale shouted." and a pronoun tag right after the words stay tags
    text = 'Vale stood up. "Enough!" Vale shouted. "Sit down!" he cried to the clerks.\n'
    found = speakers(text)
    assert found["Enough!\""] == "Vale"
    assert found["Sit down!\""] == "Vale"


def test_the_sender_of_a_note_whose_words_follow_a_colon_speaks():
    text = (
        "Lord Grey was firm. Finally after much discussion and delay, the Austrian envoy on May 1, 1915, "
        'sent a brief note to the Foreign Secretary: "The ships will not be stopped without warning."\n'
    )
    assert speakers(text)["The ships will"] == "the Austrian envoy"


def test_a_day_without_its_year_after_the_subject_is_no_part_of_it():
    text = (
        "Lord Grey was firm. The Austrian envoy on May 1 sent a note to the Foreign Secretary: "
        '"The ships will not be stopped without warning."\n'
    )
    assert speakers(text)["The ships will"] == "The Austrian envoy"


def test_a_note_sent_without_a_colon_is_no_frame_for_later_words():
    # guard: the sender frames only words right after the colon of "sent a note to …:"
    text = 'The envoy sent a note to the minister. Crowds gathered, shouting "Down with the treaty!"\n'
    assert speakers(text).get("Down with the") != "The envoy"


def test_an_inverted_report_in_commas_right_before_the_words_names_the_reporter():
    text = (
        "The battle went on for weeks. On the 6th of May, reported General Haig, "
        '"a division of the first corps reached the river at dawn."\n'
    )
    assert speakers(text)["a division of"] == "General Haig"


def test_reported_inside_a_relative_clause_is_no_inverted_aside():
    # guard: "the losses, reported the ministry," is an aside; "that he reported" is no inversion
    text = 'The losses were heavy. The figures that he reported, "over four thousand men", were doubted.\n'
    assert speakers(text).get("over four thousand") != "figures"


def test_finished_tags_the_last_words_of_a_speech():
    text = 'Cries of "Shame" were calmly met by the speaker, who finished: "Let them say what they will."\n'
    assert speakers(text)["Let them say"] == "the speaker"


def test_finished_with_an_object_after_closed_words_is_a_new_sentence():
    # guard: "She finished the bread" after the words is what she did next, not a tag
    text = 'Anna Reiss sat down. "We shall see about that." She finished the bread and left the room.\n'
    assert speakers(text)["We shall see"] != "She"


def test_a_plain_text_double_hyphen_dash_does_not_glue_two_words_together():
    text = (
        "There were royalists, however, in the towns as in Paris--many of them of the official class--who "
        'denounced the bankers, lawyers, and liberal nobles as "seditious, factious and republican."\n'
    )
    assert speakers(text)["seditious, factious and"] == "royalists"


def test_a_list_of_objects_before_as_keeps_the_naming_frame():
    text = 'Thiers denounced the bankers, lawyers, and liberal nobles as "seditious and factious men."\n'
    assert speakers(text)["seditious and factious"] == "Thiers"


def test_a_hyphenated_word_is_still_one_word():
    # guard: a single hyphen joins a compound ("Hull-House", "well-known"); only "--" is a dash
    text = 'At Hull-House the well-known warden Jane Ellis said: "We open at nine."\n'
    assert speakers(text)["We open at"] == "Jane Ellis"


def test_a_law_as_the_subject_of_a_sentence_weaving_its_words_in_speaks_them():
    text = (
        "The Press act was still more severe in its terms. It imposed heavy fines upon any editor who "
        'printed "false news about the government or its ministers."\n'
    )
    assert speakers(text)["false news about"] == "Press act"


def test_it_stands_for_the_note_named_before_not_a_document_inside_quoted_words():
    text = (
        'The first note warned that "no excuse can be accepted for that act." '
        "It called upon the Austrian government to prevent "
        '"the recurrence of anything so plainly hostile."\n'
    )
    text = "On May 2 the Foreign Office made public the first of two notes on the case. " + text
    assert speakers(text)["the recurrence of"] == "the note"


def test_the_note_as_subject_with_a_past_verb_speaks():
    text = (
        "The note closed with a caution that the government would not "
        '"omit any word or any act needed to defend its citizens."\n'
    )
    assert speakers(text)["omit any word"] == "The note"


def test_an_impersonal_it_seemed_after_a_document_is_no_document_speaking():
    # guard: "It seemed …" is the author's sentence, not the report's
    text = 'The report was printed in May. It seemed "a hopeless cause" to most of the deputies.\n'
    assert speakers(text).get("a hopeless cause\"") != "the report"


def test_a_participle_after_a_clause_with_a_noun_subject_is_that_subjects_not_the_opening_phrases():
    text = (
        "In the face of the clamor for sympathy with one or the other of the powers of Europe, the Liberals "
        'chose a middle course, declaring that they would defend all rights "at home and abroad, by land '
        'and by sea."\n'
    )
    assert speakers(text)["at home and"] == "Liberals"


def test_a_name_its_role_and_a_participle_phrase_before_the_verb_speaks():
    # "Volkov, the director, speaking at the plenum, said": the name before both asides (main: the role)
    text = 'Volkov, the director, speaking at the plenum, said: "The plan is fulfilled."\n'
    assert speakers(text)["The plan is"] == "Volkov"


def test_a_verb_of_saying_opening_the_sentence_has_its_subject_after_it():
    text = (
        "Children begged at the doors of neighbours. Said one survivor of the famine years, "
        '"You get used to hunger after a while."\n'
    )
    assert speakers(text)["You get used"] == "[one survivor]"


def test_said_inside_a_sentence_is_no_inverted_opening():
    # guard: "Anna said, …" keeps its subject before the verb
    text = 'The doors were shut. Anna Reiss said, "You get used to hunger after a while."\n'
    assert speakers(text)["You get used"] == "Anna Reiss"


def test_a_feeling_opening_the_sentence_is_no_name_for_the_pronouns_after_it():
    text = (
        "Angry over this snub, in 1880, Gladstone left the party. When he survived the vote, he turned it "
        'to use. Insisting on speaking first, he told the crowd, "It takes more than a vote to stop us!"\n'
    )
    assert speakers(text)["It takes more"] == "Gladstone"


def test_an_imperative_to_the_reader_is_no_speaker():
    text = (
        "The letter is moving. Note in particular Keller’s references to \"dry wells\" and contrast them "
        'with her praise of the "careful and costly work" of her neighbours.\n'
    )
    assert speakers(text)["careful and costly"] != "Note"


def test_an_event_and_a_conjunction_opening_the_sentence_are_no_part_of_whom_he_stands_for():
    text = (
        "Although Hoover had long backed foreign aid, such as his relief work in Belgium during and after "
        "World War I, he believed the American character to be different. In a 1931 radio address, he said, "
        '"The spread of government destroys initiative."\n'
    )
    assert speakers(text)["The spread of"] == "Hoover"


def test_a_war_named_alone_is_still_no_speaker_but_a_general_in_it_is():
    # guard: "General Grant" stays a person; "the Civil War" is no antecedent for "he"
    text = 'General Grant had fought through the Civil War. "We shall not retreat," he said.\n'
    assert speakers(text)["We shall not"] == "General Grant"


def test_a_people_in_a_whereas_clause_is_not_whom_he_stands_for():
    text = (
        "Hoover hated handouts. Whereas Europeans might need help, such as his relief work in Belgium, he "
        'believed the American character to be different. In a radio address, he said, "The spread of '
        'government destroys initiative."\n'
    )
    assert speakers(text)["The spread of"] == "Hoover"


def test_a_gerund_after_a_possessive_object_of_of_is_no_verb_of_the_possessor():
    text = (
        "Not everyone liked his speeches. Lord Brant, the great critic of the day, wrote of Hale’s speaking, "
        '"It crawls out of the dark like a weary army of words."\n'
    )
    assert speakers(text)["It crawls out"] == "Lord Brant"


def test_blasted_as_an_epithet_and_the_words_names_them_as_the_subjects():
    text = (
        "His running mate, Tom Agner, blasted the Liberal ticket as fiscally reckless and "
        '"soft on crime and on its friends."\n'
    )
    assert speakers(text)["soft on crime"] == "Tom Agner"


def test_as_and_an_epithet_without_a_naming_verb_stays_a_label():
    # guard: "as tall and “handsome”" after a verb that names nothing is the author's description
    text = 'The portrait showed him as tall and "handsome" in the fashion of the day.\n'
    assert "handsome\"" not in speakers(text)


def test_words_in_a_relative_clause_reported_after_contended_are_the_contenders():
    text = (
        "Governor Pell promised to reform the court, which he contended had gone too far in "
        '"coddling thieves."\n'
    )
    assert speakers(text)["coddling thieves.\""] == "Governor Pell"


def test_posters_and_leaflets_named_with_a_capitalised_modifier_speak():
    text = (
        "Young people copied the films. Movie posters promised: "
        '"Brilliant men, beautiful girls, champagne baths." Campaign leaflets promised: "Bread for all."\n'
    )
    found = speakers(text)
    assert found["Brilliant men, beautiful"] == "Movie posters"
    assert found["Bread for all.\""] == "Campaign leaflets"
