"""Speakers in encyclopedia articles and history writing about 20th-century politics (issue 16), read
from texts written for each case: Markdown block quotations ("> ") after an introduction, a source's
description of someone quoted as the predicate of the author's sentence, ..."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute
from tests.domain.evidence.test_speakers import speakers


def _blocks(text: str) -> list[tuple[str, str | None]]:
    """The first three words of each block quotation → the name of its speaker."""
    return [
        (" ".join(text[e.start : e.end].split()[:3]), e.speaker.name if e.speaker else None)
        for e in attribute(text, find_quotations(text))
        if e.form == Form.BLOCK and not e.scare
    ]


def test_a_markdown_block_after_a_blank_line_is_spoken_by_whom_the_introduction_names():
    # The "> " markers and the blank line between introduction and block are not the introduction's end
    text = (
        "The congress met in a cold hall in the spring of 1927.\n\n"
        "In a letter to the regional committee, Kirov wrote:\n\n"
        "> The grain must reach the towns before the thaw. Every district answers for its own carts.\n\n"
        "The committee answered within the week.\n"
    )
    assert _blocks(text) == [("The grain must", "Kirov")]


def test_a_markdown_block_after_a_pronoun_introduction_and_one_after_a_plain_sentence():
    text = (
        "Zhdanov spoke last. He told the writers:\n\n"
        "> Literature cannot stand apart from the tasks of the day. A writer is an engineer of souls.\n\n"
        "The hall was full of smoke by then.\n\n"
        "> Nobody in the hall raised a hand against the resolution, and nobody left before the end.\n"
    )
    # Guard: the second block follows a sentence that introduces nobody's words
    assert _blocks(text) == [("Literature cannot stand", "Zhdanov"), ("Nobody in the", None)]


def test_a_document_introducing_a_block_is_its_writers_and_an_unsigned_one_nobodys():
    text = (
        "Among the papers handed to the commission was the note from Marshal Tukhachevsky's wife, "
        "smuggled out of the camp:\n\n"
        "> They have taken the children somewhere. Nobody here will tell me where.\n\n"
        "The second note was found in a coat lining:\n\n"
        "> Do not believe what they say about him at the meeting.\n"
    )
    # Guard: a document in the passive whose writer the text does not name speaks for nobody
    assert _blocks(text) == [("They have taken", "Marshal Tukhachevsky's wife"), ("Do not believe", None)]


def test_a_sources_account_of_someone_quoted_as_the_authors_predicate_is_nobodys_words():
    text = (
        "Yagoda was vain about his uniforms. As a young officer he “once refused to wear boots that had "
        "been mended”.[12] He made peace with Gorky in 1931, but “kept a file on every visitor to the "
        "house”.[13] After the trial opened, “he slept in his office and ate nothing but bread”.[14]"
    )
    assert speakers(text) == {
        "once refused to": None,
        "kept a file": None,
        "he slept in": None,
    }


def test_a_predicate_of_saying_or_a_reported_clause_still_has_its_speaker():
    # Guards: the quoted predicate of a reporter, a clause after a verb of saying, a verb of estimating
    text = (
        "Conquest argues that Yezhov “had merely carried out orders”. "
        "Bukharin told his wife that “he would write to Koba once more”. "
        "Khlevniuk “estimated the toll at seven hundred thousand”."
    )
    assert speakers(text) == {
        "had merely carried": "Conquest",
        "he would write": "Bukharin",
        "estimated the toll": "Khlevniuk",
    }


def test_who_one_talked_with_and_a_remark_noun_do_not_speak():
    text = (
        "In 1936, Litvinov in an interview with Walter Duranty called collective security “the only road "
        "left open”. Voroshilov dismissed the warning with the remark “Our border is locked.” "
        "The Patriarch acclaimed the marshal as “the saviour of the fatherland”. "
        "The party expelled him (its chairman, the former trade minister Alexei Petrov, declared that he "
        "was “a traitor to the class”)."
    )
    assert speakers(text) == {
        "the only road": "Litvinov",
        "Our border is": "Voroshilov",
        "the saviour of": "Patriarch",
        "a traitor to": "Alexei Petrov",
    }


def test_a_conversation_with_someone_who_then_speaks_is_still_theirs():
    # Guard: the one talked with speaks when the verb is theirs
    text = "After a conversation with Litvinov, Walter Duranty wrote that he was “tired of Geneva”."
    assert speakers(text) == {"tired of Geneva”": "Walter Duranty"}


def test_a_diary_or_a_report_speaks_for_whoever_kept_or_prepared_it():
    text = (
        "The best account of the night comes from the diary of his press secretary Ivan Sorokin:\n\n"
        "> The minister did not sleep. At four he asked for the maps again.\n\n"
        "A memorandum drawn up by the head of the Odessa police, Colonel Markov, describes the port:\n\n"
        "> Three ships are loading grain under guard and a fourth waits in the roads.\n\n"
        "A report from Odessa, sent in May, claimed that the harbour was “quiet and fully in hand”. "
        "Kamenev recognised that the plan had been “too hasty by a year”."
    )
    # Guard: where a report came from ("from Odessa") does not write it
    assert _blocks(text) == [("The minister did", "Ivan Sorokin"), ("Three ships are", "Colonel Markov")]
    assert speakers(text)["quiet and fully"] == "[A report]"
    assert speakers(text)["too hasty by"] == "Kamenev"


def test_an_approximate_number_opening_a_sentence_is_no_antecedent():
    text = (
        "Kirov returned to Leningrad in the autumn. Fewer than two hundred workers met him at the station. "
        "In a speech that evening he said, “The second plan will be fulfilled in four years.”"
    )
    assert speakers(text) == {"The second plan": "Kirov"}


def test_words_expressed_by_someone_before_or_after_them_are_theirs():
    text = (
        "The avant-garde demanded “a theatre of machines and loudspeakers”, as expressed by Vsevolod "
        "Meyerhold in 1920. Mayakovsky expressed his contempt for “the dead and dusty rubbish of the "
        "academies”."
    )
    assert speakers(text) == {
        "a theatre of": "Vsevolod Meyerhold",
        "the dead and": "Mayakovsky",
    }


def test_a_judging_participle_gives_the_words_to_its_sentences_subject_not_to_a_writer_before():
    text = (
        "Molotov, the foreign commissar, wrote down the terms in his notebook on 2 May. "
        "Stalin showed no interest in the Baltic ports, considering them “too exposed and too cold”."
    )
    assert speakers(text) == {"too exposed and": "Stalin"}


def test_a_capitalised_name_is_no_verb_and_an_absolute_phrase_names_its_own_speaker():
    text = (
        "Eden told the United States that Nasser was “a new Mussolini on the Nile”. "
        "Zhukov earlier explained to Bulganin that “the tanks cannot move before the bridges are built.” "
        "Washington had decided against a summit, with George Kennan warning the cabinet “we shall regret "
        "this within a year.”"
    )
    assert speakers(text) == {
        "a new Mussolini": "Eden",
        "the tanks cannot": "Zhukov",
        "we shall regret": "George Kennan",
    }


def test_a_people_named_in_the_plural_is_never_he():
    text = (
        "Kennan sent the long telegram from Moscow in February. The Soviets answered it within a week. "
        "“They will not negotiate in good faith,” he wrote."
    )
    assert speakers(text) == {"They will not": "Kennan"}


def test_the_next_paragraph_of_one_markdown_block_keeps_its_speaker_and_a_new_block_does_not():
    text = (
        "Bukharin wrote to the Politburo:\n\n"
        "> The peasant must be allowed to grow rich. Only then will he sell his grain to the state at a "
        "price the state can pay, and only then will the towns be fed without requisitions and without "
        "the detachments that the villages remember from the civil war.\n"
        "> Without him the towns will starve within two winters, and no decree of ours will make the "
        "grain appear in the warehouses of Moscow and Leningrad where it is needed.\n\n"
        "Nothing came of it that year.\n\n"
        "> Every ration card in the city was checked twice that spring.\n"
    )
    # Guard: a block after a paragraph of the author's is not the letter's
    assert _blocks(text) == [
        ("The peasant must", "Bukharin"),
        ("Without him the", "Bukharin"),
        ("Every ration card", None),
    ]


def test_words_seen_by_a_body_as_something_are_that_bodys():
    text = (
        "Removing the monuments is seen by the Polish foreign ministry as \"vandalism\" and \"an insult to "
        "the memory of the fallen\". The plan was viewed by Gorbachev as \"a step back into the past\"."
    )
    assert speakers(text) == {
        "an insult to": "Polish foreign ministry",
        "a step back": "Gorbachev",
    }


def test_referring_to_someone_as_words_in_marks_quotes_the_one_who_refers():
    text = (
        "Tito, irritated by the Soviet advisers in Belgrade, referred to the Soviet ambassador as a "
        "“policeman in a diplomat's coat”."
    )
    assert speakers(text) == {"policeman in a": "Tito"}


def test_a_role_and_a_time_adverb_around_the_name_in_what_someone_called():
    text = (
        "The airlift lasted eleven months, which pilot Gail Morrow later described as \"just a long bus "
        "route in the sky.\"[12]"
    )
    assert speakers(text) == {"just a long": "Gail Morrow"}


def test_a_block_after_a_caption_and_a_passive_introduction_is_the_agents():
    text = (
        "The night of the surrender was recorded by Major Ernst Keller, the duty officer, in his "
        "notebook:\n\n"
        "Keller (right) with the staff of the division in December 1942.\n\n"
        "> 2 February, 6 a.m. The cellar is quiet. The general has burned his papers and asks for tea. "
        "At the door a Russian lieutenant says: 'It is over now.'\n"
    )
    assert _blocks(text) == [("2 February, 6", "Major Ernst Keller")]


def test_a_caption_after_a_plain_sentence_gives_the_block_no_speaker():
    # Guard: no introduction before the caption, so nobody is named for the block
    text = (
        "The division held out for another week in the ruins of the tractor works.\n\n"
        "Soldiers of the division in the ruins, January 1943.\n\n"
        "> The cellar is quiet. The general has burned his papers and asks for tea. Nobody speaks of "
        "the morning, and the guards at the door have stopped looking at their watches.\n"
    )
    assert _blocks(text) == [("The cellar is", None)]


def test_an_office_in_capitals_after_a_name_is_skipped_but_a_title_with_a_name_is_the_name():
    text = (
        "In March 1961 John B. Whitman, Jr., Deputy Secretary of State for European Affairs, told the "
        "committee: \"The talks have stalled.\" The secretary of the farm \"Iskra\", Comrade Lebedev, "
        "wrote to the district: \"Send us seed before April.\""
    )
    # Guard: "Comrade Lebedev" in commas is the name itself
    assert speakers(text) == {"The talks have": "John B. Whitman", "Send us seed": "Comrade Lebedev"}


def test_half_of_a_compound_adjective_is_no_antecedent():
    text = (
        "However, the Germans stayed in Memel through the spring. On 2 April, former Czech foreign minister "
        "Jan Masaryk delivered his famous \"Munich\" lecture calling for a Franco-British guarantee against "
        "the Germans, whom he accused of building a \"ring of steel and fear\" around Prague."
    )
    assert speakers(text) == {"ring of steel": "Jan Masaryk"}


def test_an_assumption_that_is_the_subjects_expectation_in_words():
    text = (
        "The Attlee government, in agreement with the press and Parliament, withdrew from Palestine with "
        "the assumption that \"the Arab states [would] accept partition within a year\"."
    )
    assert speakers(text) == {"the Arab states": "Attlee government"}


def test_words_someone_refers_to_are_that_ones():
    text = (
        "This is wrong, as Kirov's family was never rich and Orlando Figes refers to his \"unusually modest "
        "background\" .[9]"
    )
    assert speakers(text) == {"unusually modest background\"": "Orlando Figes"}


def test_a_source_telling_of_someone_by_name_is_not_that_ones_words():
    text = (
        "Tito had written in 1948: \"The Russians will pay for this.\"[31] \"Tito hoped for a socialist "
        "Yugoslavia that would be free of Moscow and of the West alike\".[32]"
    )
    # Guard: the words he wrote are his
    assert speakers(text) == {"The Russians will": "Tito", "Tito hoped for": None}


def test_a_document_named_by_its_writers_possessive_and_a_nearer_in_the_words_of():
    text = (
        "According to Isaac Deutscher's 1949 biography, Stalin \"never forgot an insult\". "
        "Trotsky considered one of the great moments of the revolution the argument that workers could "
        "not hold power without the peasants,[3] who, in the words of Lenin, were \"the reserve of the "
        "revolution.\"[4]"
    )
    assert speakers(text) == {"never forgot an": "Isaac Deutscher", "the reserve of": "Lenin"}


def test_a_people_written_after_the_is_no_he_and_a_reported_teaching_is_the_reporters():
    text = (
        "Toynbee criticized modern nationalism, which he saw as a product of industry, for its narrowness "
        "and for its tendency to undermine the authority of tradition.[12]\n\nTo overcome the crisis of the "
        "West, Toynbee proposed a return to the universal histories of the ancient Romans and the medieval "
        "chroniclers, who he believed had a wider view of human society. He urged a slow and careful "
        "reading of the old texts, arguing that their authors wrote in a veiled manner, which he called "
        "\"the long memory of cities\". "
        "Carr argues that Namier taught that \"ideas are the mere surface of interests\"."
    )
    assert speakers(text) == {"the long memory": "Toynbee", "ideas are the": "Carr"}


def test_she_after_a_kin_named_in_commas_is_the_name():
    text = (
        "Trotsky's daughter, Nora Volkow, defended him against the charge that he was the \"true "
        "father of the purges that killed his own followers.\" \"He was a revolutionary\", she says, \"not a "
        "jailer.\""
    )
    assert speakers(text)["He was a"] == "Nora Volkow"


def test_a_second_quotation_joined_by_and_to_the_first_is_the_same_voice():
    text = (
        "Deutscher, in his view, misread Trotsky, whereas Trotsky believed \"the bureaucracy would not "
        "survive the next war\" and \"the workers would sweep it away within a decade.\"[8]"
    )
    found = speakers(text)
    assert found["the bureaucracy would"] == "Trotsky"
    assert found["the workers would"] == "Trotsky"


def test_the_words_on_a_poster_saying_them_are_the_posters_even_title_cased():
    text = '1946 poster saying "Glory to the Victorious Red Army" in Russian\n\nThe station was rebuilt.\n'
    assert speakers(text) == {"Glory to the": "poster"}
