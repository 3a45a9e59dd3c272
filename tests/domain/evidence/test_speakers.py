"""Speakers read from texts written for each case of issue 16, including its failure cases: the nearest
capitalised word is a place or an organisation ("Soviet Union", "Levada Center", "India"), or a name inside
the quotation, and is not the speaker."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.citations import find_citations
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute


def speakers(text: str, with_citations: bool = False) -> dict[str, str | None]:
    """The first three words of each real outermost quotation → the name of its speaker, or its
    description in brackets when the text describes but does not name them ("[a woman]")."""
    citations = find_citations(text) if with_citations else []
    result = {}
    for e in attribute(text, find_quotations(text), citations):
        if not e.scare and e.details.get("depth", "0") == "0":
            # A speaker the text only describes ("a woman") is no person: "[a woman]", its description
            said = e.speaker.name if e.speaker else None
            if said is None and "described" in e.details:
                said = f"[{e.details['described']}]"
            result[" ".join(text[e.start + 1 : e.end].split()[:3])] = said
    return result


def test_verbs_of_saying_in_any_tense_and_order():
    text = (
        "“The cult did great harm,” Khrushchev later wrote. "
        "“Stalin was a great man and a terrible one,” wrote Service. "
        'According to Gill, "the party never recovered its claim to infallibility." '
        "Lenin insisted that “the kulak is the most savage exploiter.” "
        "Molotov says, “I do not regret it.”"
    )
    assert speakers(text) == {
        "The cult did": "Khrushchev",
        "Stalin was a": "Service",
        "the party never": "Gill",
        "the kulak is": "Lenin",
        "I do not": "Molotov",
    }


def test_the_speaker_is_named_where_the_text_names_it_as_a_span():
    text = "As the chief prosecutor Andrei Vyshinsky (a former Menshevik) screamed that they were “mad dogs”."
    (q,) = [e for e in attribute(text, find_quotations(text)) if not e.scare]
    assert q.speaker is not None
    assert (q.speaker.name, text[q.speaker.start : q.speaker.end]) == ("Andrei Vyshinsky", "Andrei Vyshinsky")
    assert q.details["speaker_evidence"] == "verb before"


def test_a_colon_introduction_and_an_attribution_line_name_the_speaker_of_a_block():
    text = (
        "Khrushchev told the delegates:\n\n"
        "    It is impermissible and foreign to the spirit of Marxism-Leninism to elevate one person.\n\n"
        "Outside the hall the speech travelled fast.\n\n"
        "We must abolish the cult of the individual decisively, once and for all.\n"
        "— Nikita Khrushchev, 1956\n"
    )
    blocks = [e for e in attribute(text, find_quotations(text)) if e.form == Form.BLOCK]
    assert [(b.speaker.name if b.speaker else None, b.details["speaker_evidence"]) for b in blocks] == [
        ("Khrushchev", "verb before"),
        ("Nikita Khrushchev", "attribution"),
    ]


def test_a_citation_right_after_the_quotation_names_the_cited_author_as_speaker():
    text = (
        '"The enormous central economic monopolies were broken up." (Sakwa, 37) '
        '"Bukharin argued that if they squeezed the peasantry they would kill the goose." (McAuley, 38) '
        '"Never before had such sacrifice been exacted for so little." (ibid., 31)'
    )
    for with_citations in (False, True):
        assert speakers(text, with_citations) == {
            "The enormous central": "Sakwa",
            # Not Bukharin, the nearest capitalised word: he is inside the quotation.
            "Bukharin argued that": "McAuley",
            "Never before had": "McAuley",
        }
    (first, *_) = attribute(text, find_quotations(text), find_citations(text))
    assert first.speaker is not None and first.speaker.role == "cited"


def test_a_named_speaker_wins_over_the_citation_which_is_kept_as_the_source():
    text = 'Khrushchev told the delegates, "Comrades, we must abolish the cult." (Taubman, 270)'
    (q,) = attribute(text, find_quotations(text), find_citations(text))
    assert q.speaker is not None and q.speaker.name == "Khrushchev" and q.speaker.role == "quoted"
    assert q.details["source"] == "Taubman"


def test_the_subject_is_carried_over_from_the_sentence_before():
    text = (
        "Davies is more cautious. He argues that the revolts were “local, uncoordinated and short-lived”. "
        "“Attitudes to Stalin are a barometer of attitudes to the state,” said Lev Gudkov. He added that "
        "the figures had “risen every single year since 2012”."
    )
    assert speakers(text) == {
        "local, uncoordinated and": "Davies",
        "Attitudes to Stalin": "Lev Gudkov",
        "risen every single": "Lev Gudkov",
    }


def test_places_and_organisations_near_the_quotation_are_not_the_speaker():
    text = (
        "The Levada Center, which has polled Russians since the 1990s, found that a majority approved. "
        "“People remember the stability, not the queues,” said Denis Volkov, the centre’s director.\n\n"
        "In India, where Soviet films were shown in every town, the memory is different. “My father "
        "learned Russian in Bombay,” recalled Anil Mehta, a retired engineer.\n\n"
        "A spokesman for the ministry of culture in the Soviet Union said only that “history is not a "
        "matter for opinion polls.”\n\n"
        "The line “Nobody wants the queues back in the Soviet Union” was scrawled on a wall in Moscow."
    )
    assert speakers(text) == {
        "People remember the": "Denis Volkov",
        "My father learned": "Anil Mehta",
        "history is not": "[A spokesman]",
        "Nobody wants the": None,
    }


def test_an_organisation_speaks_when_it_is_the_subject_of_a_verb_of_saying():
    text = (
        "The Central Committee declared on 30 June that “the cult of the individual was alien to the "
        "socialist system.” Soviet newspapers carried banner headlines, “Shoot the mad dogs!”"
    )
    assert speakers(text) == {
        "the cult of": "The Central Committee",
        "Shoot the mad": "Soviet newspapers",
    }


def test_unattributed_when_the_text_names_nobody():
    text = (
        "Kirov was a rival of Stalin in Leningrad. “Unofficial statistics suggest that fifteen million "
        "were left homeless by collectivisation.” Huge numbers of livestock also died."
    )
    assert speakers(text) == {"Unofficial statistics suggest": None}


def test_appositives_parentheses_and_described_speakers():
    text = (
        "Even Brzezhinski, hardly the most ardent admirer of Stalin, notes that “for many citizens the "
        "era was one of advancement.” McAuley (50) writes, “With terror any such rules go.” "
        "A brigade member later recalled, “It was terrible to watch them.” "
        "“They took everything, even the samovar,” a woman from the Kuban told the investigators."
    )
    assert speakers(text) == {
        "for many citizens": "Brzezhinski",
        "With terror any": "McAuley",
        "It was terrible": "[A brigade member]",
        "They took everything,": "[a woman]",
    }


def test_scare_quotes_get_no_speaker():
    text = "Lenin insisted that the so-called “kulaks” were enemies."
    (q,) = attribute(text, find_quotations(text))
    assert q.scare and q.speaker is None


def test_it_is_a_body_and_i_is_the_author():
    text = (
        "The Levada Center published its survey on Tuesday. Denis Volkov was away. It added that "
        "“the question was asked in the same words since 1992.” I told him, “That is not enough.”"
    )
    result = {
        " ".join(text[e.start + 1 : e.end].split()[:3]): (e.speaker.name, e.speaker.role)
        for e in attribute(text, find_quotations(text))
        if e.speaker
    }
    assert result == {
        "the question was": ("Levada Center", "quoted"),
        "That is not": ("I", "author"),
    }


def test_interrupted_quotations_relative_clauses_and_own_words():
    text = (
        "Kotkin's book is long. “The story of Stalin is the story of the state,” he writes, “and the two "
        "cannot be told apart.” Trotsky, who directed the assault across the ice, later wrote that the "
        "sailors were “completely demoralised elements”. In Lenin’s own words, the rising was “the flash "
        "which lit up reality”. The rebels demanded “soviets without Bolsheviks”."
    )
    assert speakers(text) == {
        "The story of": "Kotkin",
        "and the two": "Kotkin",
        "completely demoralised elements”": "Trotsky",
        "the flash which": "Lenin",
        "soviets without Bolsheviks”": "The rebels",
    }


def test_a_pronoun_after_dialogue_stands_for_the_person_it_can_be():
    text = (
        "“Where are you taking him?” my mother asked the officer. “Nowhere you need to know about,” he "
        "said.\n\nMy father put on his coat. “Don’t worry, Lida,” he told her. “I will be back by Friday.”"
    )
    assert speakers(text) == {
        "Where are you": "my mother",
        "Nowhere you need": "the officer",
        "Don’t worry, Lida,”": "My father",
        "I will be": "My father",
    }


def test_words_after_a_colon_are_somebodys_even_a_single_one():
    text = "Under the charge someone had written in pencil: “agreed”. The file was closed."
    (q,) = attribute(text, find_quotations(text))
    # Somebody's words, not a scare quote: said by "someone", whom the text does not name
    assert not q.scare and q.speaker is None and q.details["described"] == "someone"


def test_one_of_several_speaks_as_the_text_names_them():
    text = "The accused hung their heads. One of them said, “We were bandits and assassins.”"
    assert speakers(text) == {"We were bandits": "[One of them]"}


def test_debate_report_names_with_of_omitted_that_and_such_as():
    text = (
        "Opening the debate, the Minister of Culture said the law would “protect historical truth from "
        "falsification”. In a statement the Union of Archivists declared that “access is the only "
        "protection”. Others, such as Lewin, have called the letter “Lenin's last struggle”."
    )
    assert speakers(text) == {
        "protect historical truth": "Minister of Culture",
        "access is the": "the Union of Archivists",
        "Lenin's last struggle”": "Lewin",
    }


def test_a_pronoun_skips_a_woman_a_subordinate_clause_and_a_passive():
    text = (
        "Krupskaya kept the letter until after Lenin's death. When it was read to the Central Committee "
        "in May 1924, Stalin offered to resign. “I am rude, comrades,” he said. Trotsky's verdict, "
        "written in exile, was harsh: the failure to act was “the greatest mistake of the Opposition”.\n\n"
        "The passage on Stalin was added on 4 January:\n\n"
        "    Stalin is too rude, and this defect becomes intolerable in a Secretary-General of the party.\n"
    )
    assert speakers(text) == {
        "I am rude,": "Stalin",
        "the greatest mistake": "Trotsky",
        # Added in the passive: the text does not say here who speaks, and Stalin is not the speaker.
        "talin is too": None,
    }


def test_obituary_and_letters_participles_labels_and_a_distant_verb_before_a_block():
    text = (
        "Born in 1946 in Velsk, where his father was in exile, Roginsky studied in Tartu. In 1981 he was "
        "arrested. At his trial he told the court that “a historian who does not go to the archives is "
        "not a historian”. Later the authorities labelled Memorial a “foreign agent”.\n\n"
        "On 3 May 1938 Nikolai wrote to his wife from the transit camp at Vladivostok:\n\n"
        "    Dear Masha, I am well and working. The food is enough. Do not send money, it does not arrive.\n"
        "    Kiss the children for me and tell Petya to obey his grandmother.\n\n"
        "In a letter smuggled out by a released prisoner he wrote that “the winter here is a sentence”.\n"
    )
    assert speakers(text) == {
        "a historian who": "Roginsky",
        "foreign agent”": "the authorities",
        "ear Masha, I": "Nikolai",  # a block: the key drops its first letter, not a mark
        "the winter here": "Nikolai",
    }


def test_a_quotation_opening_a_sentence_is_not_framed_by_the_sentence_before():
    text = (
        "“He believed that the state had no right to decide,” said his colleague Irina Shcherbakova. "
        "“That was the whole of his politics.”"
    )
    assert speakers(text) == {
        "He believed that": "Irina Shcherbakova",
        "That was the": "Irina Shcherbakova",
    }


def test_encyclopedia_style_reference_marks_women_and_reported_speech():
    text = (
        "Alexandra Mikhailovna Kollontai (1872–1952) was a Russian revolutionary.[1] Kollontai argued that "
        "the family would “wither away” under socialism.[4] Lenin is reported to have told Clara Zetkin that "
        "such a theory was “completely un-Marxist”.[6]\n\n"
        "From 1923 she served abroad, in Norway, Mexico and Sweden. She later described her exile as "
        "“an honourable banishment”.[7]"
    )
    assert speakers(text) == {
        "wither away”": "Kollontai",
        "completely un-Marxist”": "Lenin",
        "an honourable banishment”": "Alexandra Mikhailovna Kollontai",
    }


def test_wire_report_possessives_relative_clauses_pairs_and_other_languages():
    text = (
        "“This is a political decision,” Memorial's lawyer Maria Eismont told reporters. "
        "“We will appeal.”\n\n"
        "Conquest (1986: 9) writes that it was “a deliberate act of mass murder”, a view that Davies and "
        "Wheatcroft reject. As they note (2004: 441), “the evidence does not support the claim”. The regime "
        "used it “to destroy the national movement” (Applebaum 2017: xxvi, emphasis added).\n\n"
        "Selon l'historien Nicolas Werth, la terreur fut « une opération planifiée au sommet ». "
        "Der Historiker Karl Schlögel schreibt, die Jahre seien „das Zentrum des Terrors“ gewesen."
    )
    assert speakers(text) == {
        "This is a": "Maria Eismont",
        "We will appeal.”": "Maria Eismont",
        "a deliberate act": "Conquest",
        "the evidence does": "Davies and Wheatcroft",
        "to destroy the": "Applebaum",
        "une opération planifiée": "Nicolas Werth",
        "das Zentrum des": "Karl Schlögel",
    }


def test_dialogue_takes_the_person_of_the_sentence_beside_it():
    text = (
        "“You're late,” said Vera, without turning round.\n\n"
        "“The trams aren't running.” Pavel hung his coat on the nail. "
        "“They say there's been an accident.”\n\n"
        "“They say.” She laughed, a short dry laugh. “They always say.”"
    )
    assert speakers(text) == {
        "You're late,”": "Vera",
        "The trams aren't": "Pavel",
        "They say there's": "Pavel",
        "They say.”": "Vera",
        "They always say.”": "Vera",
    }


def test_reviews_courts_and_quoted_lines_marked_with_a_bracket():
    text = (
        "The Economist was cooler, describing the argument as “ingenious but unproven”. Several reviewers "
        "accused him of “Russophobia”, a charge he rejected. The jury's citation spoke of “a history that "
        "reads like a novel”. The Government submitted that “the files cannot be disclosed”. As the "
        "Constitutional Court itself put it in an earlier case, the law “cannot serve to conceal crimes”.\n\n"
        "The letter was written in the ghetto:\n\n"
        "> I am writing this letter to you with great difficulty. I do not know whether it will reach you.\n"
    )
    found = attribute(text, find_quotations(text))
    assert {" ".join(text[e.start : e.end].strip("“”").split()[:2]): e.speaker.name if e.speaker else None
            for e in found if not e.scare} == {
        "ingenious but": "The Economist",
        "a history": "The jury's citation",
        "the files": "The Government",
        "cannot serve": "the Constitutional Court",
        "I am": None,
    }
    (block,) = [e for e in found if e.form == Form.BLOCK]
    assert text[block.start : block.end].startswith("I am writing")


def test_quoted_in_is_a_source_and_a_nearer_verb_beats_according_to():
    text = (
        "Stalin's own explanation was that the class struggle sharpened. “The further we advance, the "
        "greater the fury of the broken classes.” (quoted in Ward, 112)\n\n"
        "Bukharin wanted concessions to the peasants; in a famous phrase he urged them to “enrich "
        "yourselves”. As Davies has pointed out, the NEP economy “could not have financed rapid growth”.\n\n"
        "Stalin's reaction to the invasion is still debated. According to Mikoyan, he was so shaken that "
        "he withdrew to his dacha; when the Politburo came, he asked them “Why have you come?”"
    )
    result = attribute(text, find_quotations(text), find_citations(text))
    assert {" ".join(text[e.start + 1 : e.end].split()[:2]): e.speaker.name if e.speaker else None
            for e in result if not e.scare} == {
        "The further": "Stalin",
        "enrich yourselves”": "Bukharin",
        "could not": "Davies",
        "Why have": "Stalin",
    }


def test_a_name_in_apposition_and_a_time_phrase_before_the_pronoun():
    text = (
        "The British ambassador, Lord Chilston, was more cautious, reporting to London that the confessions "
        "were “difficult to credit”.\n\n"
        "Her son, the writer Vasily Aksyonov, was four when she was taken. Decades later he said in an "
        "interview: “My mother came back a different person.”"
    )
    assert speakers(text) == {
        "difficult to credit”": "Lord Chilston",
        "My mother came": "Vasily Aksyonov",
    }


def test_sentence_openings_without_a_comma_are_no_names():
    text = (
        "For thirty years Natalya Gorbanevskaya kept a list. It began in 1968 on Red Square. Within minutes "
        "they were arrested. “We knew we would be arrested,” she told an interviewer."
    )
    assert speakers(text) == {"We knew we": "Natalya Gorbanevskaya"}


# Failure classes found on the third held-out set (tests/benchmarks/evidence_heldout_s3.py); texts written
# for the tests, each failing before its fix.


def test_passive_introductions_name_the_speaker():
    text = (
        'Kaganovich was quoted as saying that "the plan is law". '
        'The decision was announced by Molotov: "The enemy will be defeated." '
        'It was announced by the People\'s Commissariat that "all grain reserves are adequate".'
    )
    assert speakers(text) == {
        "the plan is": "Kaganovich",
        "The enemy will": "Molotov",
        "all grain reserves": "the People's Commissariat",
    }


def test_accusations_and_verdicts_are_said_by_their_subject():
    text = (
        'Prosecutors had accused the archive of "distorting the memory of the war" and of "rehabilitating '
        'collaborators". The commission found the proposal "too rational by half".'
    )
    assert speakers(text) == {
        "distorting the memory": "Prosecutors",
        "rehabilitating collaborators\"": "Prosecutors",
        "too rational by": "The commission",
    }


def test_a_document_speaks_its_wording():
    text = (
        "On 2 May a meeting at the depot adopted the railwaymen's resolution. Its first point read: "
        '"All arrested delegates are to be released at once." '
        'The protocol of the Politburo meeting records only that the draft was "adopted with amendments".'
    )
    found = speakers(text)
    assert found["All arrested delegates"] == "the railwaymen's resolution"
    assert found["adopted with amendments\""] == "The protocol"


def test_a_role_before_a_name_and_a_participle_before_the_subject():
    text = (
        "Foreign Ministry spokeswoman Maria Zakharova called the report slander. Asked about it again "
        'at a briefing, she said: "We have nothing to add." '
        'Judge Pavlov said the appeal would fail. Asked whether he would resign, he smiled. "I will never '
        'resign," he said.'
    )
    assert speakers(text) == {"We have nothing": "Maria Zakharova", "I will never": "Judge Pavlov"}


def test_a_person_of_an_organisation_speaks_not_the_organisation():
    text = (
        "The reports were mocked by Malcolm Muggeridge of The Manchester Guardian, who wrote that "
        '"the famine is the work of the regime".'
    )
    assert speakers(text) == {"the famine is": "Malcolm Muggeridge"}


def test_periphrases_views_and_the_words_of_someone():
    text = (
        'Vera Figner used to say that "a prison is a school for those who survive it". '
        'For Boris Souvarine, the trials proved one thing: the regime "devoured its own children". '
        'I end with the words of Vasily Grossman, who saw it all: "Everything flows, everything changes." '
        'Some people in the village still say that the famine was "a punishment for our sins".'
    )
    assert speakers(text) == {
        "a prison is": "Vera Figner",
        "devoured its own": "Boris Souvarine",
        "Everything flows, everything": "Vasily Grossman",
        "a punishment for": "[people]",
    }


def test_french_view_frame():
    text = "Pour Boukharine, la NEP était « une voie lente mais sûre vers le socialisme »."
    assert speakers(text) == {"une voie lente": "Boukharine"}


def test_the_subject_of_a_first_verb_says_it_and_kin_carry_over():
    text = (
        'The old man put down his glass and said, "We were all afraid." '
        'I often think of my grandmother. She used to say, "Bread is holy."'
    )
    assert speakers(text) == {"We were all": "The old man", "Bread is holy.\"": "my grandmother"}


def test_he_shouted_after_a_paragraph_takes_the_person_of_the_paragraph_before():
    text = 'The guard stood in the doorway, red in the face.\n\n"Get out, all of you!" he shouted. "Now!"'
    assert speakers(text) == {"Get out, all": "The guard", "Now!\"": "The guard"}


def test_one_of_them_shouted_and_a_neighbour_with_her_name():
    text = (
        'The men came back at dawn. "Go back inside," one of them shouted. '
        'Our neighbour Klavdia Petrovna came out with a shawl. "Don\'t cry," she said.'
    )
    assert speakers(text) == {"Go back inside,\"": "[one of them]", "Don't cry,\"": "Klavdia Petrovna"}


def test_she_after_someone_accused_her_is_the_one_accused():
    text = (
        "Anna Larina published her memoir in 1988. Zinaida Orlova accused her of \"slandering the dead\". "
        'She answered only that "the dead cannot be slandered".'
    )
    assert speakers(text) == {"slandering the dead\"": "Zinaida Orlova", "the dead cannot": "Anna Larina"}


def test_a_verb_right_before_the_next_quotation_does_not_attribute_this_one():
    text = '"The Leningrad experience should be extended." Stalin wrote "Agreed" across the top.'
    found = speakers(text)
    assert found["The Leningrad experience"] is None
    assert found["Agreed\""] == "Stalin"


def test_a_name_given_after_a_relative_clause_is_the_subject():
    text = (
        "A small crowd gathered outside. One woman, who gave only her first name, Lyudmila, held a "
        'photograph of her grandfather. "He has no grave," she said.'
    )
    assert speakers(text) == {"He has no": "Lyudmila"}


# Failure classes found on the second held-out set of the third round; texts written for the tests, each
# failing before its fix.


def test_a_name_in_an_appositive_after_the_quotation():
    text = '"We were wrong, and we are sorry," the director, Anna Belova, told reporters.'
    assert speakers(text) == {"We were wrong,": "Anna Belova"}


def test_a_subject_with_a_relative_clause_and_a_body_with_a_possessive_appositive():
    text = (
        "Historian Pavel Orlov, who has read the camp files for a decade, said the diary was "
        '"a document of rare honesty". In 2016 the court fined Memorial, Russia\'s oldest human rights '
        'group, which had accused the state of "hiding the graves".'
    )
    assert speakers(text) == {"a document of": "Pavel Orlov", "hiding the graves\"": "Memorial"}


def test_a_naming_verb_with_a_long_object_frames_the_quotation():
    text = 'In one passage Lebedev describes the prisoners who died in the snow as "logs that could walk".'
    assert speakers(text) == {"logs that could": "Lebedev"}


def test_an_aside_between_the_verb_and_the_colon():
    text = (
        "On the stairs the guard, who was hardly twenty, said quietly, without turning his head: "
        '"Sign nothing."'
    )
    assert speakers(text) == {"Sign nothing.\"": "the guard"}


def test_dialogue_set_as_paragraphs_takes_the_person_the_narration_ends_on():
    text = (
        "The office was on the second floor, and the investigator, a man called Sorokin, sat at the "
        "window. He did not turn round when I came in.\n\n"
        '"Sit."\n\n'
        "I sat. He went on reading. Then he closed the file and looked at me.\n\n"
        '"You know why you are here?"\n\n'
        '"No."\n\n'
        '"Your brother has told us everything."'
    )
    found = speakers(text)
    assert found["Sit.\""] == "Sorokin"
    assert found["You know why"] == "Sorokin"
    assert found["Your brother has"] == "Sorokin"


def test_a_citation_opening_a_sentence_belongs_to_the_sentence_before():
    text = (
        'Suny argues that "the nations were made by the state". (Suny, 102) Martin agrees, though he '
        'stresses that "nobody planned it". (Martin, 15)'
    )
    assert speakers(text)["nobody planned it\""] == "Martin"


# Failure classes found on the third held-out set of this round; texts written for the tests, each failing
# before its fix.


def test_a_speaker_set_in_commas_leaves_the_subject_the_topic():
    text = (
        "Nobody knows what was in Stalin's head. Stalin was not, Kotkin argues, \"a cynic who believed "
        'nothing". He read with a pencil and wrote "rubbish" in the margins. On a page of Bukharin\'s '
        'letter he scrawled "traitor!" twice.'
    )
    found = speakers(text)
    assert found["a cynic who"] == "Kotkin"
    assert found["rubbish\""] == "Stalin"
    assert found["traitor!\""] == "Stalin"


def test_she_is_the_person_named_by_what_she_is_nearest_before():
    text = (
        'My grandmother used to say, "Walls have ears." In 1962 the story came out. Our librarian kept '
        'the only copy under the counter. When she lent it to me she said: "Bring it back tomorrow."'
    )
    assert speakers(text)["Bring it back"] == "Our librarian"


def test_a_court_finding_and_a_courts_view():
    text = (
        "In a judgment of 12 April 2016 the district court upheld the refusal, finding that the service "
        'had acted "within the limits of its discretion". In the Court\'s view, the domestic courts '
        '"failed to weigh the interests at stake".'
    )
    assert speakers(text) == {"within the limits": "the district court", "failed to weigh": "Court"}


# Failure classes found on the fourth held-out set of this round; texts written for the tests, each failing
# before its fix.


def test_she_is_the_woman_named_not_the_man_described_in_her_sentence():
    text = (
        "Among the mourners was Vera Smirnova, 90, whose brother, a village teacher, was shot in 1937. "
        '"I was a child," she said.'
    )
    assert speakers(text) == {"I was a": "Vera Smirnova"}


def test_a_role_before_a_name_followed_by_an_appositive():
    text = (
        "The archivist Olga Titova, one of the founders, speaks calmly. \"We lost the rooms, not the "
        'papers," she says.'
    )
    assert speakers(text) == {"We lost the": "Olga Titova"}


def test_a_beat_after_a_participle_and_a_described_person_beside_a_line():
    text = (
        "Titova does not expect to return soon. Asked when she might, she laughed. \"Ask me in ten "
        'years."\n\nAs dusk fell, a young man in a parka read the last names. "Orlov, Ivan, shot 1938."'
    )
    assert speakers(text) == {"Ask me in": "Titova", "Orlov, Ivan, shot": "[a young man]"}


def test_the_accused_do_not_speak_the_charge():
    text = 'Officials who used the word in their reports were accused of "spreading panic" and removed.'
    assert speakers(text) == {"spreading panic\"": None}


# Failure classes found on the fifth held-out set of this round; texts written for the tests, each failing
# before its fix.


def test_the_next_sentence_says_whose_words_they_were():
    text = (
        'Everyone knew "we must cover that distance in ten years or they will crush us". '
        "Stalin said it in 1931."
    )
    assert speakers(text) == {"we must cover": "Stalin"}


def test_a_joke_goes_and_a_described_writer_from_a_place():
    text = (
        'One joke went: "The plan is fulfilled, the shops are empty." A nurse in Kursk wrote to her '
        'brother in 1937: "How could they all have been spies?"'
    )
    assert speakers(text) == {"The plan is": "[One joke]", "How could they": "[A nurse]"}


def test_an_attribution_line_set_off_below_an_indented_block():
    text = (
        "The novel ends quietly, on a note the other writer found unbearable:\n\n"
        "    Shukhov went to sleep fully content. He had had many strokes of luck that day, and he had not\n"
        "    fallen ill.\n\n"
        "— Aleksandr Solzhenitsyn, 1962\n\n"
        "The quarrel between the two writers was never resolved, and neither of them forgot it.\n"
    )
    found = attribute(text, find_quotations(text))
    assert [(e.form, e.speaker.name if e.speaker else None) for e in found] == [
        (Form.BLOCK, "Aleksandr Solzhenitsyn")
    ]


# Failure classes found on the sixth held-out set of this round; texts written for the tests, each failing
# before its fix.


def test_an_appositive_after_an_opening_phrase_is_no_subject_and_his_trial_is_nobody():
    text = (
        "Yuri Dmitriev, who has spent thirty years searching for graves, is in prison again. As head of "
        "the Karelian branch, the regional human rights society, he found the Sandarmokh pits, and he "
        'says the work is not finished. "The dead are still waiting," he likes to say. At his trial he '
        'spoke for an hour. "I looked for bones," he told the court.'
    )
    assert speakers(text) == {"The dead are": "Yuri Dmitriev", "I looked for": "Yuri Dmitriev"}


def test_his_colleague_is_not_he():
    text = (
        'Dmitriev rarely spoke of himself. His colleague Anatoly Razumov recalled that Dmitriev "never '
        'rested". He was sceptical of speeches. Asked whether the graves would ever be marked, he replied: '
        '"Not in my lifetime."'
    )
    assert speakers(text)["Not in my"] == "Dmitriev"


def test_a_view_after_a_colon_with_a_pronoun():
    text = (
        "Stephen Kotkin comes close to saying exactly that: for him, Stalin was \"the driving force\" "
        "of the whole system."
    )
    assert speakers(text) == {"the driving force\"": "Stephen Kotkin"}


def test_a_line_broken_off_and_the_other_one_in_the_exchange():
    text = (
        "The clerk took the parcel without looking at it.\n\n"
        '"Name?"\n\n'
        '"Lebedev, Nikolai," Anna said.\n\n'
        "The clerk ran her finger down a list.\n\n"
        '"No parcels for Lebedev."\n\n'
        '"But last month—"\n\n'
        '"Last month is last month." She pushed the parcel back.'
    )
    found = speakers(text)
    assert found["But last month—\""] == "Anna"
    assert found["Last month is"] != "Anna"


def test_a_banner_over_the_gate_reads():
    text = 'They printed leaflets; a banner over the main gate read: "Long live the Constitution!"'
    assert speakers(text) == {"Long live the": "[a banner]"}


# Failure classes found on the seventh held-out set of this round; texts written for the tests, each
# failing before its fix.


def test_the_agent_of_a_passive_before_a_note_call_is_he():
    text = (
        "The case was driven personally by Beria, who read every protocol.2 He told the investigator that "
        'if he failed he would "answer with his head".'
    )
    assert speakers(text) == {"answer with his": "Beria"}


def test_a_french_view_after_a_closing_guillemet_with_french_spacing():
    text = (
        "Dans la préface, il rappela : « J'ai été seul contre tous. » Pour Souvarine, le stalinisme "
        "n'était pas une déviation mais « la négation même du socialisme »."
    )
    assert speakers(text)["la négation même"] == "Souvarine"


def test_an_announcement_that_is_its_makers():
    text = (
        "On 4 April Izvestia printed a short announcement that the engineers had been released and that "
        'their confessions had been obtained "by impermissible methods".'
    )
    assert speakers(text) == {"by impermissible methods\"": "Izvestia"}


def test_a_document_calls_someone_something():
    text = 'The announcement called them "monsters in human form" and "hired agents of foreign powers".'
    assert speakers(text) == {"monsters in human": "The announcement", "hired agents of": "The announcement"}


# Failure classes found on the eighth held-out set of this round; texts written for the tests, each
# failing before its fix.


def test_one_of_them_named_in_the_appositive():
    text = 'One of them, the poet Olga Berggolts, wrote in 1956 that she had "nothing left to forgive".'
    assert speakers(text) == {"nothing left to": "Olga Berggolts"}


def test_the_author_quoting_is_not_the_speaker():
    text = (
        "The chief defendant, Leonid Ramzin, gave a long speech in which he said, and I'm quoting from "
        'the transcript, "I fully admit my guilt before the working class."'
    )
    assert speakers(text) == {"I fully admit": "Leonid Ramzin"}


def test_spoken_of_as_and_warning_against():
    text = (
        'President Putin has spoken of the repressions as "a tragedy" while warning against "excessive '
        'demonization" of Stalin.'
    )
    assert speakers(text) == {"a tragedy\"": "President Putin", "excessive demonization\"": "President Putin"}


def test_russian_verbs_of_saying_in_the_present_and_a_described_russian_speaker():
    text = (
        "Историк Лидия Головкова, много лет изучавшая списки, пишет: «Бутово — это место памяти». "
        "Его сын вспоминал, что отец сказал при последней встрече: «Не бойтесь за меня». "
        "Настоятель говорит, что храм построен «на крови»."
    )
    assert speakers(text) == {
        "Бутово — это": "Историк Лидия Головкова",
        "Не бойтесь за": "отец",
        "на крови»": "Настоятель",
    }


# Candidate ranking (round 3b): features that hold across genres rather than one rule per case.


def test_a_pronoun_chain_keeps_the_woman_named_two_sentences_back():
    # "She remembered …" carries the chain on: Irina is not farther away for it, and is a woman
    text = (
        '"I told them everything," Kagan said. Years later I found Kagan\'s daughter, Irina, in Haifa. She '
        'remembered the same evening. "Papa said your father came to the station," she wrote to me.'
    )
    assert speakers(text) == {"I told them": "Kagan", "Papa said your": "Irina"}


def test_a_role_named_in_apposition_is_the_name():
    text = (
        "The secretary of the district party committee, comrade Gusev, reports that the plan cannot be "
        'fulfilled. In his letter he writes: "If we take the seed, there will be no sowing."'
    )
    assert speakers(text) == {"If we take": "Gusev"}


def test_a_pronoun_is_the_subject_before_rather_than_a_name_in_its_own_phrase():
    text = (
        "Stalin himself was impatient with the investigators. According to the testimony of the deputy "
        'minister, Sergei Goglidze, he told them to "beat, beat and beat again".'
    )
    assert speakers(text) == {'beat, beat and': "Stalin"}


def test_unnamed_voices_after_an_inverted_verb():
    text = (
        'Readers argue in the comments. "Where would we be without Stalin?" asks one. "In Europe," another '
        "replies."
    )
    assert speakers(text) == {"Where would we": "[one]", 'In Europe,"': "[another]"}


def test_without_a_rule_the_subject_of_the_sentence_before_a_line_speaks():
    text = (
        "The old teacher put down the book and looked at the class. After a long silence she spoke. "
        '"Remember this day, children. Nobody will tell you about it."'
    )
    assert speakers(text) == {"Remember this day,": "The old teacher"}


def test_an_adverb_opening_a_sentence_is_nobody():
    # "Visibly" opens the sentence before; "he" is Antipov, who was named before it
    text = (
        'Antipov said the appeal would be filed. Visibly tired after the hearing he shrugged. "I expect '
        'nothing," he said.'
    )
    assert speakers(text) == {"I expect nothing,\"": "Antipov"}


def test_the_name_in_an_opening_clause_is_the_pronoun_s():
    text = (
        "When Lenin introduced the New Economic Policy in 1921, he presented it as a concession. He admitted "
        'that the party had "gone too far" in requisitioning grain.'
    )
    assert speakers(text) == {'gone too far"': "Lenin"}


def test_an_object_pronoun_carries_the_chain_past_a_place():
    text = (
        "A young guard walked beside me, and he asked me quietly where I was from. I told him Kiev. "
        '"My mother is from Kiev," he said.'
    )
    assert speakers(text) == {"My mother is": "[A young guard]"}


def test_a_quotation_interrupted_by_its_attribution_goes_on_with_its_speaker():
    text = (
        '"We give our word to the party," the brigade wrote in its letter, "that we will fulfil the plan in '
        'four years."'
    )
    assert speakers(text) == {"We give our": "the brigade", "that we will": "the brigade"}


def test_a_stage_direction_in_brackets_is_no_citation():
    text = (
        "The Central Committee proposes that the Congress approve the directives. The main task of the plan "
        'is "to ensure a considerable rise in the level of the people". (Prolonged applause.)'
    )
    assert speakers(text) == {"to ensure a": None}


def test_a_role_then_a_man_named_in_apposition():
    text = (
        "The brigade leader, a former army officer named Kovalchuk, explained the rules on the first day: "
        '"Fulfil the norm and you eat."'
    )
    assert speakers(text) == {"Fulfil the norm": "Kovalchuk"}


def test_a_teaching_and_a_progressive_verb_of_saying_frame_the_words():
    text = (
        'Lenin taught us that "communism is Soviet power plus the electrification of the whole country". Our '
        'enemies abroad are writing that the Soviet system "cannot feed its own people".'
    )
    assert speakers(text) == {"communism is Soviet": "Lenin", "cannot feed its": "Our enemies abroad"}


def test_sentences_after_a_colon_are_no_title():
    text = (
        "Among the students leaflets have been found with the text: "
        '"Freedom for Sinyavsky and Daniel! Respect the Soviet Constitution!" The authors are being sought.'
    )
    found = [e for e in attribute(text, find_quotations(text))]
    assert len(found) == 1 and not found[0].scare


def test_who_stands_for_the_name_right_before_it():
    text = (
        "Sholokhov's speech provoked an open letter from Lydia Chukovskaya, who wrote that literature "
        '"does not come under the jurisdiction of the criminal court".'
    )
    assert speakers(text) == {"does not come": "Lydia Chukovskaya"}


def test_the_subject_of_the_clause_that_says_it():
    text = (
        "My father was at the ministry when the news came, and Sorokin stood up, straightened his tunic and "
        'said quietly, "Well, that is that."'
    )
    assert speakers(text) == {"Well, that is": "Sorokin"}


def test_a_time_without_a_comma_before_the_subject():
    text = 'Every evening my father came back and said the same thing to my mother: "Nothing new."'
    assert speakers(text) == {'Nothing new."': "my father"}


def test_a_mention_in_a_sentence_whose_subject_is_a_pronoun():
    text = (
        "Dobrov died in the winter. He asked me to tell his daughter, if I ever found her, that he had not "
        'signed anything. I found her in 1962. She listened to me without a word and then said, "I always '
        'knew he had not."'
    )
    assert speakers(text) == {"I always knew": "his daughter"}


def test_she_is_never_a_man_and_falls_back_on_the_one_the_text_is_about():
    # An obituary: Lugovskaya is named three times at the top, a man is quoted, and "she" speaks far below
    text = (
        "Nina Petrovna Lugovskaya, an archivist, died on Sunday in Moscow after a long illness. Lugovskaya "
        "joined the State Archive in 1962 as a junior clerk and spent twenty years in its reading rooms. "
        "Lugovskaya became known for her patience with visitors who could not read the files.\n\n"
        "The historian Oleg Budnitsky, who worked in the archive in the 1990s, described her as "
        '"never in a hurry". In those years the archive answered thousands of requests from the public, '
        "and the reading rooms were full from morning to night. There were visitors from every region of "
        "the country, many of them with photographs and lists of names, and the staff of the archive, who "
        "had never been trained for such work, learned to explain the language of the files to them. In 1995 "
        "a family was shown the name of the investigator who had signed a death sentence, and the archive "
        "was criticised in the press for it.\n\n"
        'Asked about it at the time, she was firm. "The victims have names," she said.'
    )
    assert speakers(text) == {"never in a": "Oleg Budnitsky", "The victims have": "Lugovskaya"}


def test_a_name_after_a_preposition_in_an_opening_phrase_is_no_subject():
    text = (
        "In Moscow, Khrushchev at first refused to back down. In a letter to Kennedy on 24 October he called "
        'the blockade "an act of aggression which pushes mankind toward the abyss".'
    )
    assert speakers(text) == {"an act of": "Khrushchev"}


def test_indefinite_pronouns_and_quantifiers_are_no_people():
    # The corpus had "ones", "One story", "One of them" in the People panel: none of them names anybody
    text = (
        "The strikers were brought before the tribunal in March. Some of them said, “We only asked for "
        "bread.” One pamphlet told of a village where “young ones, barely twelve, shouted with one voice, "
        "‘give us our fathers back. We beg you, give them back.’” Someone wrote on the factory gate, “The "
        "norms are a lie.” Two delegates replied, “We will not sign.”"
    )
    found = {" ".join(text[e.start + 1 : e.end].split()[:3]): e
             for e in attribute(text, find_quotations(text))}
    assert {k: e.speaker for k, e in found.items() if not e.scare} == {
        "We only asked": None,
        "young ones, barely": None,
        "give us our": None,
        "The norms are": None,
        "We will not": None,
    }


def test_a_role_with_an_indefinite_article_describes_an_unnamed_speaker():
    # Kept as unattributed but described: "a brigade member" is nobody the People panel can list, even when
    # the text names nobody else, while a definite role or a name still speaks
    text = (
        "The convoy left the village at dawn. A collective farm chairman later recalled, “Nobody looked "
        "back.” The district secretary, Ivan Gusev, told the meeting, “The plan was fulfilled.” "
        "An eyewitness added that “the carts were full of children.”"
    )
    assert speakers(text) == {
        "Nobody looked back.”": "[A collective farm chairman]",
        "The plan was": "Ivan Gusev",
        "the carts were": "[An eyewitness]",
    }


def test_round_four_subjects_coordinated_verbs_and_that_clauses():
    # Texts written for the error classes of round 4 (issue 16), found on the earlier held-out sets.
    text = (
        "Beria spoke to the delegates in the hall on the morning of 5 March and promised that “order will "
        "be kept”. "
        "In 1956, after the congress had closed and the delegates had gone home, Anastas Mikoyan thanked "
        "the staff and called the speech “a necessary operation”. "
        "Comrade Volkov rose next. He said that Professor Petrov had trained many engineers and that the "
        "charges were “invented from start to finish”. "
        "The NKVD administration of the camp refused, declaring that the rations “meet the norms”."
    )
    assert speakers(text) == {
        "order will be": "Beria",
        "a necessary operation”": "Anastas Mikoyan",
        "invented from start": "Comrade Volkov",
        "meet the norms”": "NKVD administration",
    }


def test_round_four_roles_before_names_initials_and_possessives():
    text = (
        "Their daughter Vera was my age. She told me the rules on the first evening: “The stove is ours. "
        "The kettle is yours.”\n\n"
        "The old Lebedev, the uncle of the poet, was the calmest of us. “We will outlive them,” he said.\n\n"
        "The secretary of the committee, comrade P. Orlov, spoke about the harvest. He named in "
        "particular Professor I. I. Sokolov and Associate Professor Ganin. He proposed that the meeting "
        "demand “a full explanation” from them.\n\n"
        "R. W. Davies and Stephen Wheatcroft reject the idea of a plan. Their conclusion is cautious: the "
        "famine was “the result of a reckless policy”.\n\n"
        "In Moscow, Bulganin refused at first. But two days later he sent a second letter in return for a "
        "French promise. “We are ready to talk,” he wrote."
    )
    assert speakers(text) == {
        "The stove is": "Vera",
        "We will outlive": "Lebedev",
        "a full explanation”": "P. Orlov",
        "the result of": "R. W. Davies and Stephen Wheatcroft",
        "We are ready": "Bulganin",
    }


def test_round_four_relatives_described_bodies_and_introductions_past_a_relative_clause():
    text = (
        "The plan was put forward by a group of veterans of the tank corps, who argue that the old name is "
        "“a symbol of victory”. "
        "Her retirement was announced by the library, which called her “the soul of the reading room”. "
        "One Western newspaper recently claimed that the plant would “never meet its targets”. "
        "In a statement, the society said the arrests followed “a clear pattern of intimidation”. "
        "The journal printed a letter signed by Tvardovsky in which he defended the editors and insisted "
        "that “a magazine is not a barracks”.\n\n"
        "The historian Elena Zubkova, who has read more of these letters than anyone, is plain about it: "
        "“They were written to be believed.”"
    )
    assert speakers(text) == {
        "a symbol of": "[a group of veterans of the tank corps]",
        "the soul of": "the library",
        "never meet its": "[One Western newspaper]",
        "a clear pattern": "the society",
        "a magazine is": "Tvardovsky",
        "They were written": "Elena Zubkova",
    }


def test_round_four_a_name_and_its_appositive_after_the_words_an_adverb_and_a_body_s_note():
    text = (
        "“The archive belongs to the people,” Roginsky, the chairman of Memorial, said in 2016. "
        "The delegates listened in silence. Then Kirov rose and said: “Comrades, we are living in a "
        "wonderful time.” "
        "The Soviet government rejected the charge. Its note of 1943 called the accusation “a slanderous "
        "fabrication”."
    )
    assert speakers(text) == {
        "The archive belongs": "Roginsky",
        "Comrades, we are": "Kirov",
        "a slanderous fabrication”": "The Soviet government",
    }


def test_round_four_passive_agents_papers_that_accuse_and_notebooks_that_record():
    text = (
        "The reforms were described by critics as “shock therapy without the therapy”. "
        "Pravda accused the writers of “rootless cosmopolitanism” and demanded their expulsion. "
        "The brigade leader's notebook records that the men “refused to go down the shaft”."
    )
    assert speakers(text) == {
        "shock therapy without": "critics",
        "rootless cosmopolitanism”": "Pravda",
        "refused to go": "The brigade leader's notebook",
    }


def test_round_four_he_is_neither_a_paper_nor_a_plural_described():
    text = (
        "Ivan Petrov returned to Moscow in 1947. The new laws were harsh. Pravda accused the returning "
        "officers of “softness towards the West”. In a letter to his wife he asked her to “burn everything "
        "I wrote in the camp”."
    )
    assert speakers(text)["burn everything I"] == "Ivan Petrov"



def test_round_four_a_pronoun_in_commas_and_tags_of_dialogue():
    text = (
        "In her diary Nina Lugovskaya wrote about her father's arrest. Her mother, she noted, “went grey in "
        "a single night”. "
        "Gorky returned in 1932. Romain Rolland found him tired. “I am a prisoner here,” Gorky confided "
        "to him."
    )
    assert speakers(text) == {"went grey in": "Nina Lugovskaya", "I am a": "Gorky"}


def test_round_four_an_embassy_cables():
    text = "The United States embassy cabled Washington that the purge was “far from over”."
    assert speakers(text) == {"far from over”": "The United States embassy"}


def test_round_four_a_line_answering_a_paragraph_that_ends_on_the_other_ones_words():
    text = (
        "My father came home late that night.\n\n"
        "“They have arrested Grisha,” he said.\n\n"
        "My mother put down the plate she was holding. “When?”\n\n"
        "“This morning. At the factory.”\n"
    )
    assert speakers(text) == {
        "They have arrested": "My father",
        "When?”": "My mother",
        "This morning. At": "My father",
    }


def test_round_four_and_that_goes_on_only_from_a_verb_with_that_and_a_pronoun_in_commas_after_a_semicolon():
    text = (
        "Asked about the vote, presidential spokesman Dmitry Peskov told reporters it was “a local matter” "
        "and that Moscow had “no position” on it. "
        "Andrei Lugovoi presented the bill. Sergei Shargunov supported it but proposed an amendment; the "
        "files, he argued, should be opened “to relatives without any conditions”."
    )
    assert speakers(text) == {
        "a local matter”": "Dmitry Peskov",
        "no position”": "Dmitry Peskov",
        "to relatives without": "Sergei Shargunov",
    }


def test_round_four_gapping_documents_instructions_bodies_and_openings():
    text = (
        "The decision divided the town, with some calling it “an act of remembrance” and others “a quiet "
        "rehabilitation of the dictator”. "
        "The regional branch of the party welcomed the vote. In a statement, it called the change “long "
        "overdue”. "
        "The ministry took the opposite view; its reports describe the market as a “breeding ground of "
        "speculation” (GARF, f. 9401, op. 2, d. 199, l. 14). "
        "The commandant told us to take food for a month and “nothing that you cannot carry yourselves”. "
        "In a letter of 1947 a schoolteacher from Tambov wrote that “the market is the only place where a "
        "person is paid”. "
        "The next morning the secretary of the committee, a tall boy called Rudakov, gathered our group and "
        "told us that the dean had been “unmasked as a spy”."
    )
    assert speakers(text, with_citations=True) == {
        "an act of": "[some]",
        "a quiet rehabilitation": "[some]",
        "long overdue”": "The regional branch",
        "breeding ground of": "its reports",
        "nothing that you": "The commandant",
        "the market is": "[a schoolteacher]",
        "unmasked as a": "Rudakov",
    }


def test_round_four_a_transcript_s_turn_label_is_no_subject_and_words_before_a_new_sentence_are_hers():
    text = (
        "Interviewer: And your mother?\n\n"
        "Gavrilov: She worked on the kolkhoz. In the evening she would sit at the table and say: “At least "
        "nobody is shooting here.” Father says nothing about it."
    )
    assert speakers(text) == {"At least nobody": "your mother"}
    letter = "Mother cries all the time and says: „This is how it was in 1915.“ Father says nothing."
    assert speakers(letter) == {"This is how": "Mother"}


def test_round_four_a_role_before_initials_and_a_headline_under_which_a_paper_printed():
    text = (
        "The critic L. Chukovskaya is collecting signatures; according to our source, she told a group of "
        "writers that “silence now would be complicity”. "
        "On 13 January Pravda published a short report under the headline “Vicious spies and killers under "
        "the mask of academic physicians”."
    )
    assert speakers(text) == {"silence now would": "L. Chukovskaya"}


def test_round_four_she_after_for_x_is_x():
    text = (
        "A spokeswoman, Irina Lavrova, said the museum was “a private initiative”.\n\n"
        "For Krasnova, the work is personal. She keeps her grandfather's only letter in a drawer. “He never "
        "saw it in summer,” she said."
    )
    assert speakers(text)["He never saw"] == "Krasnova"


def test_round_four_more_verbs_of_saying_in_russian_and_german():
    text = (
        "Солженицын писал о лагерях. Шаламов возражал ему: «Лагерь — отрицательная школа жизни». "
        "Ihr Bruder widersprach: „Das ist nicht wahr.“"
    )
    assert speakers(text) == {"Лагерь — отрицательная": "Шаламов", "Das ist nicht": "Ihr Bruder"}


def test_round_four_the_opening_clause_s_subject_and_a_possessive_introduction():
    text = (
        "When Yeltsin met Gorbachev after the coup, he was cold. “You have made your choice,” he said. "
        "Ribbentrop flew to Moscow on 23 August. According to the German interpreter, Molotov's first words "
        "were: “We have been waiting for you.”"
    )
    assert speakers(text) == {"You have made": "Yeltsin", "We have been": "Molotov"}


def test_round_four_headlines_of_interviews_letters_asking_phrases_and_dialogue_with_tags():
    text = (
        "“The archive is a conversation with the dead”: an interview with the historian Nikita Petrov\n\n"
        "Grossman wrote to Khrushchev asking for the manuscript: “There is no sense in my freedom while "
        "the book is in prison.” "
        "Their return was, in Miriam Dobson's phrase, “a social experiment nobody had planned”.\n\n"
        "I met Anna Akhmatova only once, in the winter of 1958.\n\n"
        "“You are the young man who writes poems,” she said.\n\n"
        "“I try,” I said.\n\n"
        "“Everyone tries. Read me something.”\n"
    )
    assert speakers(text) == {
        "The archive is": "Nikita Petrov",
        "There is no": "Grossman",
        "a social experiment": "Miriam Dobson",
        "You are the": "Anna Akhmatova",
        "I try,”": "I",
        "Everyone tries. Read": "Anna Akhmatova",
    }


def test_round_four_numbers_written_out_body_parts_and_capitals_turn_labels_are_nobody():
    memoir = (
        "The brigade leader was a quiet man called Ilyin, with burned hands.\n\n"
        "On my first morning he looked at my shoes and shook his head. “You will not last a week,” he said."
    )
    assert speakers(memoir) == {"You will not": "Ilyin"}  # not "his head", nor "The brigade leader"
    radio = (
        "PRESENTER: With me is Professor Elena Osipova.\n\n"
        "OSIPOVA: The estimates are high.\n\n"
        "PRESENTER: Boris, your grandmother survived it.\n\n"
        "KAGAN: She did. “Nobody wrote about it,” she said."
    )
    # Neither a turn label ("OSIPOVA") nor the one addressed ("Boris, your grandmother …")
    assert speakers(radio)["Nobody wrote about"] == "your grandmother"


def test_round_five_a_surname_before_its_initials_as_documents_write_it():
    # Soviet reports put the initials after the surname ("Sidorenko P. K."); the initials are no speaker,
    # and the line's opening words before a colon ("Typical remarks:") are no name either
    text = (
        "The mood among the evacuees is uneasy. Typical remarks: the evacuee Sidorenko P. K., aged 52, "
        "said: «We were promised bread and got a shed.» The worker Gurevich R. said: «Nobody asks us.» "
        "Work is being done among them."
    )
    assert speakers(text) == {"We were promised": "Sidorenko", "Nobody asks us.»": "Gurevich"}


def test_round_five_a_naming_verb_s_second_object_a_portrayal_and_a_version_nobody_gave():
    text = (
        "Its editors describe the famine as “shortages” and the deportations as “a regrettable necessity”. "
        "His pupils presented him as “the gardener of the nation”, and the press followed. "
        "The official explanation was “a wiring fault in the boiler room”. Nobody believed it."
    )
    assert speakers(text) == {
        "a regrettable necessity”": "Its editors",
        "the gardener of": "His pupils",
        "a wiring fault": None,
    }


def test_round_five_they_for_people_named_by_a_plural_role_and_it_for_a_book():
    text = (
        "The interrogators wrote the records up afterwards, from memory. They would write “the accused "
        "confessed in full” whatever had been said.\n\n"
        "The latest study (Barnes 2011) sets the camps within what it calls “a revolving door of labour”, "
        "and the figures bear this out."
    )
    assert speakers(text) == {
        "the accused confessed": "The interrogators",
        "a revolving door": "The latest study",
    }


def test_round_five_the_body_behind_a_document_and_a_verdict_s_passives_after_it():
    text = (
        "On 2 May Izvestiia printed a brief statement of the Ministry of Health: the nurses had been "
        "dismissed “without any basis in law”, and their records had been altered by “persons acting "
        "without authority”. Nobody was punished.\n\n"
        "The decree of the Presidium condemned the magazine for printing “alien and harmful stories”. "
        "Its editor was called a man who had “lost all sense of responsibility before the Soviet reader” "
        "and was removed."
    )
    assert speakers(text) == {
        "without any basis": "the Ministry of Health",
        "persons acting without": "the Ministry of Health",
        "alien and harmful": "The decree",
        "lost all sense": "The decree",
    }


def test_round_five_the_subject_of_an_infinitive_after_for_describes():
    text = (
        "Mr. Pryce (Leeds, North): Is it in order for the Member for Islington to describe the Minister's "
        "answer as “a scandal and a disgrace”?"
    )
    assert speakers(text) == {"a scandal and": "the Member for Islington"}


def test_round_five_a_title_s_full_stop_ends_no_sentence_before_an_infinitive_s_subject():
    text = (
        "Mr. Gale (Bath): Is it in order for the hon. Member for Leith to call our policy “starvation by "
        "committee”?"
    )
    assert speakers(text) == {"starvation by committee”": "the hon. Member for Leith"}


def test_round_five_a_relative_named_through_a_possessive_is_the_relative():
    text = (
        "Among those arrested was the surgeon Lev Petrov. Petrov's widow later remembered the search. "
        "She wrote: “They took the books and left the bread.”"
    )
    assert speakers(text) == {"They took the": "Petrov's widow"}


def test_round_five_plural_roles_possessive_claims_predicates_and_kept_saying():
    text = (
        "In their speeches prosecutors called the fire “a careless attitude to state property”.\n\n"
        "Maria Lenskaya has written the first history of the ration card. Her central claim is that the "
        "card was “the most important paper a citizen held”, more than the passport. Her claim that the "
        "blockade “changed every family for ever” needs more evidence.\n\n"
        "I know Orlov. He is a careful worker. But he said at the meeting, in front of everyone, that the "
        "plan was “drawn up by people who never saw a lathe”.\n\n"
        "When it was over Kolya said: “So it has begun.” Our neighbour Zoya Markovna came in crying; her son "
        "is at the front. She kept saying, “He promised to write every week.”"
    )
    assert speakers(text) == {
        "a careless attitude": "prosecutors",
        "the most important": "Maria Lenskaya",
        "changed every family": "Maria Lenskaya",
        "drawn up by": "Orlov",
        "So it has": "Kolya",
        "He promised to": "Zoya Markovna",
    }


def test_round_five_a_role_with_an_adjective_before_the_name_in_an_appositive():
    text = (
        "A witness for the defence, the Balkar elder Ruslan Tembotov, described how his family had been put "
        "on a lorry. “We had a quarter of an hour. My father took the clock and a sack of meal,” he said."
    )
    assert speakers(text) == {"We had a": "Ruslan Tembotov"}


def test_round_five_words_a_document_ends_with_and_a_letter_read_out_are_the_document_s():
    text = (
        "At noon the radio announcement closed with the words “Keep calm. Help is on its way. Stay at "
        "home.” Nobody in the courtyard moved.\n\n"
        "Chairman (Comrade Belov): We have received a letter from the trade union committee of the mill. I "
        "will read it. “We ask the bureau to look again at the case of the weaver Antonova.” Who wishes to "
        "speak?"
    )
    assert speakers(text) == {
        "Keep calm. Help": "the radio announcement",
        "We ask the": "the trade union committee of the mill",
    }


def test_round_five_a_sentence_opened_by_they_carries_no_chain_for_he():
    # "They" (the letters) is not the "he" looked for: the name the sentence gives is a candidate
    text = (
        "Last spring my cousin found a box of letters in the loft. They were written by our grandfather, "
        "Pyotr Volkov, from a camp near Vorkuta, and never posted. In one of them he writes to his wife: "
        "“Do not wait for me, but do not forget me.”"
    )
    assert speakers(text) == {"Do not wait": "Pyotr Volkov"}


def test_round_five_a_pronoun_opening_an_answer_stands_for_whom_the_question_named():
    text = (
        "Interviewer: What do you remember of the war?\n\n"
        "Orlova: Queues, mostly. My aunt Klava kept us alive.\n\n"
        "Interviewer: And your brother?\n\n"
        "Orlova: He was in the army. We had one letter from him. In it he wrote that he was “cold but alive "
        "and fed twice a day”. Then nothing."
    )
    assert speakers(text) == {"cold but alive": "your brother"}


def test_round_five_a_note_asking_is_its_sender_s():
    text = "Vlasov sent the report on to Gusev with a covering note asking him to “look into the matter”."
    assert speakers(text) == {"look into the": "Vlasov"}


def test_round_five_an_attribution_set_in_commas_after_the_quotation():
    text = (
        "On 2 May the Ministry announced the arrest of a group of “hostile engineers” who had, it claimed, "
        "planned to flood the mine."
    )
    assert speakers(text) == {"hostile engineers”": "the Ministry"}


def test_round_five_remembered_her_as_gives_the_one_remembering_words():
    text = "Her cellmate Olga Adamova, who survived, remembered her as “the calmest person in the barracks”."
    assert speakers(text) == {"the calmest person": "Olga Adamova"}


def test_round_seven_the_subject_is_found_past_several_fronted_phrases():
    # Each fronted phrase (a time, a participle's clause, a prepositional phrase with its own apposition)
    # is stripped in turn until the main clause's subject; the subject is then a pronoun carried over.
    text = (
        "Our neighbour Marfa Ilyinichna rarely spoke of the war. One summer, sorting apples in the yard, "
        "she stopped and said, “We buried the icons under this tree.”\n\n"
        "Kaganovich himself defended the campaign. In his report to the plenum, printed in full in "
        "March 1933, he blamed the district officials who had “lost their heads and forgotten that the "
        "peasant is no enemy”."
    )
    assert speakers(text) == {
        "We buried the": "Marfa Ilyinichna",
        "lost their heads": "Kaganovich",
    }


def test_round_seven_a_subordinate_clause_without_a_comma_before_the_subject():
    # "When I showed him the letter he read it": the main clause's subject is the pronoun after the
    # clause, not the "I" inside it.
    text = (
        "My cousin Fyodor, who was born in 1940, never believed the stories. "
        "When I showed him the letter he read it slowly and said: “Then it was all true.”"
    )
    assert speakers(text) == {"Then it was": "Fyodor"}


def test_round_seven_what_a_named_subject_called_gives_that_subject():
    text = (
        "The camp was what Shalamov called “a school of the negative”. It came at a price that "
        "Wheatcroft (1996) rightly called “a catastrophe without a plan”. He was fined for what "
        "prosecutors called “the glorification of collaborators”."
    )
    assert speakers(text, with_citations=True) == {
        "a school of": "Shalamov",
        "a catastrophe without": "Wheatcroft",
        "the glorification of": "prosecutors",
    }


def test_round_seven_in_his_account_gives_the_person_the_pronoun_stands_for():
    # "in his account", "in her view", like "in Medvedev's words", say whose words follow; the possessive
    # pronoun is resolved as a subject pronoun would be.
    text = (
        "Roy Medvedev wrote the first history of the terror. The local secretaries, in his account, were "
        "“the real organisers of the arrests”. "
        "Lydia Chukovskaya kept a diary of those years. The trials were, in her view, “a theatre for "
        "the deaf”."
    )
    assert speakers(text) == {
        "the real organisers": "Roy Medvedev",
        "a theatre for": "Lydia Chukovskaya",
    }


def test_round_seven_a_naming_verb_s_object_may_be_a_noun_with_its_of_phrase():
    # "called the mood of the population “…”": the object of a naming or judging verb is a noun phrase,
    # which may carry an "of" phrase; "considers X “…”" judges as "calls X “…”" does.
    text = (
        "The head of the district department, Captain Rudnev, called the mood of the collective "
        "farmers „in general healthy“. The procurator of the region, Comrade Lipatov, considers the work "
        "of the troika „insufficiently vigilant“."
    )
    assert speakers(text) == {
        "in general healthy“": "Captain Rudnev",
        "insufficiently vigilant“": "Comrade Lipatov",
    }


def test_round_seven_a_role_with_its_of_phrase_then_the_name_before_the_verb():
    # Archival reports write "The chairman of the kolkhoz Petrov S. I. declared": the role, where it
    # serves, and the name (with initials, or a first name) right before the verb; the name speaks.
    text = (
        "The chairman of the kolkhoz “Red Dawn” Petrov S. I. declared at the meeting that the plan was "
        "“a noose around the neck of every collective farmer”. "
        "The librarian of the district reading room Anna Sedova told the inspector that the banned books "
        "were “kept for the historians of the future”."
    )
    assert speakers(text) == {"a noose around": "Petrov", "kept for the": "Anna Sedova"}


def test_round_seven_a_document_found_with_its_text_speaks_it():
    # "leaflets were found with the text: “…”": the text is the leaflets' (a document's words), not the
    # place's or the finder's.
    text = (
        "In the dormitory of the Tomsk Polytechnic anonymous leaflets were found with the text: "
        "“Down with the new tsars! Bread for the workers!” "
        "Among workers of the Kirov plant posters have been pasted up bearing the words: "
        "“We are not slaves. Slaves are not us.”"
    )
    assert speakers(text) == {"Down with the": "leaflets", "We are not": "posters"}


def test_round_seven_a_line_between_two_beats_is_the_first_one_s_when_the_second_leads_to_a_reply():
    # "X looked up. “…” Y shrugged. “…”": the beat after the first line introduces the reply, so the first
    # line is the person of the beat before it.
    text = (
        "My aunt had said nothing all evening. My father, who had come in from the yard, looked at her. "
        "“Why are you so quiet?” Aunt Klava shrugged. “What is there to say?”"
    )
    assert speakers(text) == {"Why are you": "My father", "What is there": "Aunt Klava"}


def test_round_seven_a_participle_with_to_be_after_the_quotation_is_no_attribution():
    # "“…”, a confession later found to have been extracted": "found to have" is a passive participle
    # describing the noun, not a verb of saying after the words; the verb before frames them.
    text = (
        "Marshal Tukhachevsky was arrested on 22 May. Under interrogation he confessed to “a "
        "military-fascist plot against the Soviet state”, a confession later found to have been extracted "
        "by torture. "
    )
    assert speakers(text) == {"a military-fascist plot": "Marshal Tukhachevsky"}


def test_round_seven_one_heard_or_seen_saying_something_says_it():
    # "the crowd heard him promise “…”": a verb of perception's object does what the bare infinitive says;
    # the object speaks, not the one who hears.
    text = (
        "Sergei Kirov spoke in the Tauride Palace. The crowd heard him promise “bread and houses for every "
        "family”. Witnesses saw the commandant write “to be shot” across the list."
    )
    assert speakers(text) == {"bread and houses": "Sergei Kirov", "to be shot”": "the commandant"}


def test_round_seven_a_definite_role_stands_for_the_person_the_text_gave_that_role():
    # "Council speaker Andrei Kholodov … The speaker said", "Lev Gudkov, the centre's director, … The
    # director added": a definite description repeats a role the text has tied to a name; "a spokesman"
    # (indefinite) or a role never tied to a name stays as it is.
    text = (
        "Council speaker Andrei Kholodov opened the session at nine. Nobody expected a vote. "
        "Later the speaker told reporters that the decision was “final and not open to appeal”.\n\n"
        "Lev Gudkov, the centre's former director, presented the poll. The figures were stark. "
        "The director said they showed “a nostalgia for a country nobody remembers”.\n\n"
        "The guard, who had not been named, said the prisoners were “quiet as mice”."
    )
    assert speakers(text) == {
        "final and not": "Andrei Kholodov",
        "a nostalgia for": "Lev Gudkov",
        "quiet as mice”": "The guard",
    }


def test_round_seven_an_auxiliary_opening_a_question_is_no_name():
    # "Q: Did you ever meet Solzhenitsyn?": "Did" is capitalised only because it opens the question; "he"
    # in the answer stands for the one the question named, never for "Did".
    text = (
        "Q: Did you ever meet Solzhenitsyn?\n\n"
        "A: Once, in 1974, just before he was expelled. He said to me: “Write everything down. Everything.”"
    )
    assert speakers(text) == {"Write everything down.": "Solzhenitsyn"}


def test_round_seven_a_lowercase_phrase_in_commas_after_an_opening_phrase_is_fronted_too():
    # "At one of them, in Tbilisi, a young man stood up and shouted": past both phrases, the subject.
    text = (
        "The speech was read out at party meetings. At one of them, in Tbilisi, a young man stood up and "
        "shouted, “Stalin is our father!” He was arrested the next day."
    )
    assert speakers(text) == {"Stalin is our": "[a young man]"}


def test_round_seven_a_document_someone_wrote_speaks_for_its_writer():
    # "The last entry in her diary reads:", "One note in his hand reads:": the writer the possessive
    # stands for, not the document.
    text = (
        "Olga Berggolts kept a diary through the blockade. The last entry in her diary, dated 3 March 1953, "
        "reads: “They say he is ill. Nobody in the flat sleeps.”\n\n"
        "Stalin read every list. One note in his hand reads simply: “Increase to six thousand.”"
    )
    assert speakers(text) == {"They say he": "Olga Berggolts", "Increase to six": "Stalin"}


def test_round_seven_who_reads_a_document_does_not_say_its_words():
    # "Decades afterwards, in the reading room, I found the verdict: “…”": the reader (here the author,
    # reached past two fronted phrases) is not the verdict's speaker; the verdict names nobody.
    text = (
        "My grandfather was taken in 1938. Decades afterwards, in the reading room of the regional archive, "
        "I found the verdict on him: “participant in an anti-Soviet insurgent organisation of the clergy”."
    )
    assert speakers(text) == {"participant in an": None}


def test_round_seven_a_possessive_role_and_name_is_the_name():
    # "Gorbachev's adviser Anatoly Chernyaev kept a diary. … he wrote": the subject is the adviser named,
    # not the possessor; "he" then stands for him.
    text = (
        "Brezhnev's speechwriter Alexander Bovin kept a notebook. On 12 August 1968 he wrote: "
        "“Nobody here believes the tanks will solve anything.”"
    )
    assert speakers(text) == {"Nobody here believes": "Alexander Bovin"}


def test_round_seven_it_stands_for_a_document_named_after_its_verb():
    # "Among the papers was a letter from a teacher. “…,” it says.": the letter, the subject placed after
    # "was", is what "it" stands for — not a body named earlier.
    text = (
        "The decree of the regional committee was published on 3 May. Among the papers in the file was a "
        "letter from a teacher in Poltava. “The children faint in class,” it says."
    )
    assert speakers(text) == {"The children faint": "[a letter from a teacher in Poltava]"}


def test_round_seven_a_possessor_s_role_and_one_name_is_the_name():
    text = (
        "Molotov's grandson Vyacheslav later recalled the old man's evenings. “He read Lenin every night "
        "and never once mentioned the camps,” he wrote."
    )
    assert speakers(text) == {"He read Lenin": "Vyacheslav"}


def test_round_seven_a_negated_verb_after_the_words_is_no_attribution():
    # "When he quotes Lenin's supposed remark, “…”, he does not say that …": the negated verb after the
    # words says nothing of them; the one quoted (through the possessive) speaks.
    text = (
        "Kurginyan is not a careful reader. When he quotes Lenin's supposed remark to Gorky, “the "
        "intellectuals are not the brains of the nation but its excrement”, he does not mention that the "
        "letter is usually quoted without its context."
    )
    assert speakers(text) == {"the intellectuals are": "Lenin"}


def test_round_seven_a_past_participle_s_clause_before_the_pronoun_carries_the_chain():
    # "Arrested again in 1938, he spent ten years in the mines of Norilsk. He later wrote …": the second
    # sentence's subject is "he" past the participle's clause, so the chain goes on to the one named
    # before; the place the sentence mentions is no antecedent.
    text = (
        "Nikolai Zabolotsky was a poet of the Leningrad avant-garde. Arrested in 1938, he spent six years "
        "in the camps of Komsomolsk. He later wrote that the camp had been “a school of silence”."
    )
    assert speakers(text) == {"a school of": "Nikolai Zabolotsky"}


def test_round_seven_a_reply_to_a_line_addressing_someone_by_name_is_theirs():
    # "“Comrade Belov, Pyotr Ilyich?” the officer asked." / "“That is me.”": the first exchange of the
    # scene, so no earlier speaker to alternate with; the reply is the one the question addressed.
    text = (
        "The car stopped outside at two in the morning. My grandfather opened the door himself.\n\n"
        "“Comrade Belov, Pyotr Ilyich?” the officer asked.\n\n"
        "“That is me.”\n\n"
        "“Come with us.”"
    )
    assert speakers(text) == {
        "Comrade Belov, Pyotr": "the officer",
        "That is me.”": "Belov",
        "Come with us.”": "the officer",
    }


def test_round_seven_you_in_a_question_of_an_interrogation_or_interview_is_the_one_questioned():
    # "Question: … you said that …" in the record of an interrogation (or an interview) is the one
    # questioned, whom the heading names; also after another's testimony ("X testifies that you said:").
    text = (
        "Record of the interrogation of the accused Sorokin Pavel Ilyich, 3 May 1938\n\n"
        "Question: On 1 May you told the brigade that the new norms were «a noose for the collective "
        "farmer». Do you confirm it?\n\n"
        "Answer: No.\n\n"
        "Question: The witness Lapin testifies that you also said: «The kolkhoz is a second serfdom.»\n\n"
        "Answer: Lapin is lying."
    )
    assert speakers(text) == {"a noose for": "Sorokin Pavel Ilyich", "The kolkhoz is": "Sorokin Pavel Ilyich"}


def test_round_seven_an_inverted_aside_before_the_words_frames_them():
    # "This, says Kotkin, is “…”", "The plan, wrote Filtzer, was “…”": the aside set in commas inside the
    # sentence says whose the words after it are.
    text = (
        "The famine was not an accident. This, writes Graziosi, was “a policy pursued with full knowledge”. "
        "The decree, remarked one official, was “paper against hunger”."
    )
    assert speakers(text) == {"a policy pursued": "Graziosi", "paper against hunger”": "[one official]"}


def test_round_seven_his_brother_is_he_when_the_sentence_is_about_the_brother():
    # "His brother Viktor … is less willing to talk. “…,” he told us.": the sentence speaks of the brother
    # and names nobody else, so he is the "he" after it (unlike "His colleague X recalled that Dmitriev …").
    text = (
        "Anatoly Grebnev showed us the place. His brother Viktor, who also worked in the forestry, is less "
        "willing to talk. “What is there to say? It was a long time ago,” he told us."
    )
    assert speakers(text) == {"What is there": "Viktor"}


def test_round_seven_french_inversion_and_possessive_determiners():
    # « … », dit-il / me répétait-elle: the French inverted verb and its pronoun; "Ma mère", "Son amie
    # Irina Pavlovna" are subjects as "My mother", "Her friend Irina Pavlovna" are.
    text = (
        "Ma mère ne parlait jamais du camp. Un soir, elle m'a dit : « On comptait les jours à l'envers. »\n\n"
        "Son amie Irina Pavlovna venait chaque dimanche. « Ta mère était la plus courageuse », me "
        "répétait-elle."
    )
    assert speakers(text) == {"On comptait les": "Ma mère", "Ta mère était": "Irina Pavlovna"}


def test_round_seven_answers_quoted_after_unlabelled_questions_are_the_interviewee_s():
    # A newspaper interview: the questions stand as their own paragraphs without "Q:", the answers are
    # quoted paragraphs; the headline quotes the one interviewed ("“…”: a former miner remembers"). All are
    # the person the piece introduces.
    text = (
        "“The mine never gave back its dead”: a former miner remembers\n\n"
        "Pyotr Lisitsyn, 81, worked underground in Vorkuta for thirty years. We spoke in his kitchen.\n\n"
        "When did you arrive in Vorkuta?\n\n"
        "“In 1961, as a volunteer. The old prisoners were still working beside us.”\n\n"
        "Did they talk about the camp?\n\n"
        "“Never. One of them told me only: ‘Work, and keep your mouth shut.’”"
    )
    assert speakers(text) == {
        "The mine never": "Pyotr Lisitsyn",
        "In 1961, as": "Pyotr Lisitsyn",
        "Never. One of": "Pyotr Lisitsyn",
    }


def test_round_seven_the_censor_and_german_frames():
    # A role opening the clause after a partitive phrase ("On one of them the censor has written across
    # the top in red ink:"); German "sprach von einem „…“" (a naming verb with its object) and "sagte
    # dagegen, sein Haus werde „…“" (an adverb before the comma of the reported clause).
    text = (
        "Every letter was read in the camp. On one of them the censor has written across the top in red ink: "
        "“Passed.”\n\n"
        "Die Ministerin Anna Weber sprach von einem „bitteren Tag für die Forschung“. Der Archivleiter "
        "Peter Lang sagte dagegen, sein Archiv werde „offen bleiben, solange es geht“."
    )
    assert speakers(text) == {
        "Passed.”": "the censor",
        "bitteren Tag für": "Anna Weber",
        "offen bleiben, solange": "Peter Lang",
    }


def test_round_seven_a_two_word_title_in_the_apposition_and_a_ruling():
    # "The head of the department, military doctor Pimenov, explains": a title of two words before the
    # name in the apposition; "…, ruling that the book contained “…”": the participle's subject rules.
    text = (
        "The head of the medical section, military doctor Rogov, explains the deaths by “the arrival of "
        "exhausted transports”. The regional court upheld the ban on Tuesday, ruling that the book contained "
        "“scenes unsuitable for children”."
    )
    assert speakers(text) == {
        "the arrival of": "Rogov",
        "scenes unsuitable for": "The regional court",
    }


def test_round_seven_a_wire_dateline_is_no_subject():
    text = (
        "Court fines museum\n\n"
        "KAZAN, June 4 (Reuters) - A district court on Friday fined a local museum, ruling that its "
        "exhibition had shown “a distorted picture of the war years”."
    )
    assert speakers(text) == {"a distorted picture": "[A district court]"}


def test_a_name_whose_relative_clause_holds_a_long_phrase_before_the_verb_speaks():
    text = (
        "Defenders of the continuity thesis quote Felix Dzerzhinsky, who during the first winter of the war "
        "against the Whites in the Volga towns exclaimed: “We are for terror and we say so aloud.” "
        "Their opponents reply that a phrase proves nothing."
    )
    assert speakers(text) == {"We are for": "Felix Dzerzhinsky"}


def test_the_object_of_a_causative_verb_is_the_one_made_to_speak():
    text = (
        "The purge of the old cadres led Nadezhda Krupskaya to remark that “half the party sits in prison”. "
        "The clerk gave the parcel to the wrong cell, prompting the furious Orlov to declare, "
        "“Then burn it, and burn the letter too!” The arrests in the army led Trotsky to claim that a "
        "“wall of graves” stood between the two regimes."
    )
    assert speakers(text) == {
        "half the party": "Nadezhda Krupskaya", "Then burn it,": "Orlov", "wall of graves”": "Trotsky"
    }


def test_a_group_exemplified_by_a_name_is_that_name():
    text = (
        "Older historians such as Richard Pipes tend to see the purges as the fruit of the revolution "
        "itself, "
        "that Lenin “had built the machine that Stalin only drove”."
    )
    assert speakers(text) == {"had built the": "Richard Pipes"}


def test_seeing_someone_as_words_in_marks_quotes_the_one_who_sees():
    text = (
        "Many writers compare Stalin with Ivan the Terrible, although Brandt in particular views Stalin as "
        "“a crueller copy” of the tsar. Gorev relied on printed sources. He sees the dictator as a "
        "“lonely gambler” and plays down the elites. Kolesov in his memoirs mentioned the shooting as "
        "“a few shots over their heads”. The room had what Stalin's niece Kira Alliluyeva called "
        "“the smell of victory”."
    )
    assert speakers(text) == {
        "a crueller copy”": "Brandt",
        "lonely gambler”": "Gorev",
        "a few shots": "Kolesov",
        "the smell of": "Kira Alliluyeva",
    }


def test_a_reported_clause_that_goes_on_keeps_its_speaker():
    text = (
        "Some experts think the released figures are too low. Conversely, the demographer Anna Kessler, who "
        "spent a good part of her career in the regional archives, contends that, before the fall of the "
        "regime and the opening of the archives to researchers, “our picture of the scale of the camps was a "
        "guess and often a bad one” and that some writers who want to keep the old high totals are "
        "“reluctant to give up figures that the documents now plainly contradict in every region” and "
        "instead “go on counting with methods that multiply rumours by guesses and call the product a "
        "census”."
    )
    said = speakers(text)
    assert said["go on counting"] in ("Kessler", "Anna Kessler")


def test_a_participle_after_a_comma_is_said_by_the_pronoun_subject_not_the_object():
    text = (
        "In one case, Yagoda summoned Vera Petrova, a singer, under the pretence of an audition. Instead he "
        "drove her to his dacha, where he offered to free her brother if she obeyed. He then struck her, "
        "telling her: “Shout or not, nobody will come.”"
    )
    assert speakers(text) == {"Shout or not,": "Yagoda"}


def test_i_e_goes_on_with_the_sentence_and_a_doctrine_is_no_one_a_pronoun_stands_for():
    text = (
        "A third biographer, Dmitri Volkogonov, wrote lives of both men. After reading the files in the "
        "archives, he reached the conclusion that others had reached, i.e. that Lenin had built a state of "
        "which Stalinism was a logical extension. He lamented that whereas Stalin had long since fallen in "
        "his eyes, “Lenin was the last idol” to fall."
    )
    assert speakers(text) == {"Lenin was the": "Dmitri Volkogonov"}


def test_a_pronoun_after_a_long_sentence_and_a_long_gerund_phrase_keeps_its_chain():
    long_view = (
        "A third biographer, Nikolai Sorin, who wrote lives of both Lenin and Stalin, explained that "
        "from the nineteen-sixties to the late eighties a patriotic and reformist reading of the "
        "relation between the two men, the reading of the thaw and of the perestroika years alike, held "
        "that the coarse and suspicious Stalin had twisted the careful teaching of the wise old Lenin, "
        "who had warned the party against him in his last letters and had asked that he be removed from "
        "his post, but Sorin also lamented that this reading fell apart for people like him, who saw the"
        " files opened in the years just before and just after the end of the Union and read them for "
        "themselves. "
    )
    text = (
        long_view + "After reading every letter of the leadership kept in the party archive, he reached the "
        "conclusion that Lenin had built a state of terror. He lamented that whereas Stalin had fallen long "
        "ago in his eyes, “Lenin was the last idol” to fall."
    )
    assert speakers(text)["Lenin was the"] in ("Sorin", "Nikolai Sorin")


def test_an_adverb_between_the_subject_and_the_verb_of_saying():
    text = (
        "The word came into use in the mid-1930s when Lazar Kaganovich, a party secretary and friend of the "
        "leader, reportedly declared: “Let us replace one slogan with another!” The leader disliked it."
    )
    assert speakers(text) == {"Let us replace": "Lazar Kaganovich"}


def test_introduced_as_and_a_naming_participle_by_an_agent():
    text = (
        "At Yalta he sat beside Stalin, who introduced him to U.S. President Franklin D. Roosevelt as "
        "“our Fouché”. Yezhov was the first to kiss the dead man's hand (a gesture likened by the "
        "biographer Rayfield to “a courtier grabbing the seal before the body was cold”)."
    )
    assert speakers(text) == {"our Fouché”": "Stalin", "a courtier grabbing": "Rayfield"}


def test_a_pronoun_right_after_a_subordinate_clause_stands_for_its_subject():
    text = (
        "Yagoda's appetite for power was well known to the Politburo, and though Stalin took a lenient "
        "view (given Yagoda's usefulness), he said, “I do not trust Yagoda.” Later he changed his mind."
    )
    assert speakers(text) == {"I do not": "Stalin"}


def test_a_full_date_in_commas_after_the_subject_is_no_appositive():
    text = (
        "A cable from our Paris embassy dated June 18, 1941, stated, “As of now the ambassador is sure "
        "that war will begin within days.”"
    )
    assert speakers(text) == {"As of now": "[A cable]"}


def test_slogans_under_banners_and_demanded_by_marchers_are_the_marchers_words():
    text = (
        "In May some 80,000 dockers and sailors of Odessa, led by the anarchists, marched under banners "
        "reading “Bread and peace!” and “no more ministers!” The crowds grew. Two weeks later 200,000 "
        "dockers and sailors in Odessa marched, again demanding “bread and peace”, “no war”, and “no more "
        "ministers”."
    )
    said = speakers(text)
    assert len(said) == 5
    assert all(name == "sailors" for name in said.values()), said


def test_words_after_a_linking_verb_describe_the_subject_who_does_not_say_them():
    text = (
        "Soon after the leader's death, Yezhov boasted to the Politburo that he had “finished him off” and "
        "“saved us all”, according to Molotov's memoirs. "
        "After the leader's death, Yezhov's ambitions grew. In the silence after the last breath, Yezhov "
        "was the first to kiss the body (a move likened by Rayfield to “an heir taking the ring”). While "
        "the others wept over the body, Yezhov reportedly appeared “calm”, “rested”, and “almost cheerful, "
        "as if a weight had gone.” When Yezhov left the room, he shouted for his driver, his voice carrying "
        "what the leader's daughter Anna Petrova called “the ring of victory.”"
    )
    assert speakers(text)["almost cheerful, as"] is None


def test_a_kin_after_a_possessive_named_in_apposition_is_the_name():
    text = "According to Yagoda's niece, Vera, Yagoda did “look into” the sect, but rejected it."
    assert speakers(text) == {"look into”": "Vera"}


def test_a_quotation_after_a_sentence_in_which_someone_issued_a_statement_is_theirs():
    text = (
        "The purges went on. On March 21 Yuri Andropov, the KGB chairman, issued a grave statement "
        "concerning the reforms taking place in Prague. “The methods by which the work is progressing "
        "remind one of Hungary. It all began like this there too.” Ginsburg sought clarification."
    )
    assert speakers(text) == {"The methods by": "Yuri Andropov"}


def test_a_named_document_which_states_speaks():
    text = (
        "This is a clear violation of Article 2, Chapter 4 of the League Covenant which states, "
        "“All members shall refrain from the threat or use of force.”"
    )
    assert speakers(text) == {"All members shall": "League Covenant"}


def test_a_ruler_named_by_office_speaks():
    text = (
        "The tsar recorded the meeting in his diary, writing that he and his wife had “met a man of God "
        "from Tobolsk”."
    )
    assert speakers(text) == {"met a man": "The tsar"}


def test_a_second_verb_after_quoted_words_in_the_same_sentence_and_promising():
    text = (
        "In a mood of bitter resentment against the court, Orlov, at the opening of the assembly on "
        "2 November 1916, called the ministers “paid traitors” and “cowards”, and alleged that they were "
        "“led by the contemptible monk!” Lenin and his party were promising “bread, work, and an end to "
        "the war” to every town."
    )
    said = speakers(text)
    assert said["led by the"] == "Orlov"
    assert said["bread, work, and"] is not None


def test_an_aside_in_commas_before_the_verb_and_a_paper_that_ran_a_report():
    text = (
        "Taking a revolver from the prince, Yusupov returned to the cellar and, pointing to an icon that"
        " hung in the room, told the monk that he'd “better say a prayer”, then fired. Rumours spread. "
        "The evening paper, the _Courier_, even ran a report of the monk's death “after a dinner in one "
        "of the grandest houses in the city” that afternoon. In 1922 the commission was dissolved by the"
        " Central Committee, “with expressions of thanks for its long and heroic work.”"
    )
    said = speakers(text)
    assert said["with expressions of"] == "Central Committee"
    assert said["better say a"] == "Yusupov"
    assert said["after a dinner"] in ("Courier", "The evening paper")


def test_a_name_after_a_possessive_is_no_subject_and_another_version_in_brackets():
    text = (
        "After his return from exile, Orlov taught at a school by day and wrote at night. In his Nobel "
        "Prize acceptance speech he wrote that “during all those years I was sure I would never see a "
        "line of mine in print.” Stalin is said to have crossed a name off a list. According to Orlov, "
        "Stalin declared, “Do not touch this dreamer” (or, in another version, “Leave that holy fool "
        "alone!”) Orlov was never arrested."
    )
    said = speakers(text)
    assert said["during all those"] == "Orlov"
    assert said["Leave that holy"] == "Stalin"


def test_a_family_name_and_a_family_are_not_a_woman_nor_a_he():
    text = (
        "Boris Orlov was the son of the painter Leonid Orlov; his sister Josephine Orlov lived in Oxford. "
        "In 1912 Orlov fell in love with Ida Wissotzkaya. However, the Wissotzky family was disturbed by "
        "Orlov's poor prospects and persuaded Ida to refuse him. She turned him down and he told of his "
        "love and rejection in the poem “Marburg” (1917):\n\n"
        "  I quivered. I flared up, and then was extinguished. I shook. I had made a proposal, but late, "
        "too late.\n\n"
        "Another failed love affair inspired his first book.\n"
    )
    blocks = [e for e in attribute(text, find_quotations(text)) if e.form == Form.BLOCK]
    assert [e.speaker.name.split()[-1] for e in blocks if e.speaker] == ["Orlov"]


def test_a_quotation_after_a_sentence_given_as_someones_account_goes_on_with_it():
    text = (
        "The telephone rang. A voice said, “Comrade Stalin wishes to speak with you.” According to Ivanova, "
        "Orlov was struck dumb. “He was totally unprepared for such a call. But then he heard the voice of "
        "the Leader himself.” Flustered, Orlov denied everything."
    )
    assert speakers(text)["He was totally"] == "Ivanova"


def test_a_passive_naming_with_its_agent_after_the_words_is_the_agents():
    # "was described as “…” by X": the agent after the words named them; "by" alone after a label does not.
    text = (
        "The harvest of 1891 was described as “the worst the province has seen in a century” by Count "
        "Bobrinsky, the governor, in his report. The grain was called “reserve stock” by the clerks."
    )
    assert speakers(text) == {"the worst the": "Bobrinsky"}


def test_what_he_or_she_called_is_the_words_of_whom_the_pronoun_stands_for():
    # "they" stays vague ("what they called “…”" is a label), but "he" and "she" stand for one person named.
    text = (
        "The consul Pedro Aguirre, named to the post in March, was given what he called “the hardest task "
        "of my life”: finding ships for the refugees. The guards kept what they called “the list”."
    )
    assert speakers(text) == {"the hardest task": "Pedro Aguirre"}


def test_a_pronoun_never_stands_for_a_name_fronted_before_it_or_for_whom_it_acts_on():
    # "To Dan, he confided": "he" is not Dan; "Pasternak, whom he described as": "he" is not Pasternak.
    text = (
        "Osinsky spent the winter in Moscow. Yet to an old comrade from exile, the Menshevik Pavel Rudin, he "
        "confided that Stalin was “a house without a master”.\n\n"
        "Blok had stopped writing by then. Osinsky could not praise him in print, but he gave a long passage "
        "of his lecture to Blok, whom he described as “the last honest man in Petrograd, and the "
        "loneliest”."
    )
    assert speakers(text) == {"a house without": "Osinsky", "the last honest": "Osinsky"}


def test_a_verb_of_opinion_inside_a_reported_clause_leaves_the_words_to_the_one_reporting():
    # "X notes that few scholars consider him a “…”": the reporter's words, not the scholars'.
    text = (
        "Marta Kowal notes that very few scholars consider the reform to have been “a plan at all, rather "
        "than a mood”.\n\nThe harvest of 1931 failed. Pavel Lenk later wrote that he and other party leaders "
        "believed the harvest figures meant “the end of rationing within a year, and of the queues”."
    )
    assert speakers(text) == {"a plan at": "Marta Kowal", "the end of": "Pavel Lenk"}


def test_a_name_right_before_words_that_open_with_its_verb_is_their_speaker():
    # The quotation is the predicate: "Beevor “reckons that …”", "the Allies would “pursue them …”".
    text = (
        "The minutes of the meeting between Molotov and Eden at the embassy record that Sir Anthony Eden "
        "“said that he had never seen a city so badly damaged”. In his history of the war, Antony Beevor "
        "“reckons the toll at some 200,000 lives”. When the war was won, the Allies would “hunt them down "
        "in every country of the world”."
    )
    found = speakers(text)
    assert found["said that he"] is not None and found["said that he"].endswith("Eden")
    assert found["reckons the toll"] == "Antony Beevor"
    assert found["hunt them down"] == "Allies"


def test_a_name_opening_a_reported_clause_before_its_predicate_in_marks_is_not_the_reporter():
    text = (
        "Our teacher Vera Ilyinichna told us that Lenin “thinks about every child in the country”. A Paris "
        "weekly predicted that the Republic would “never pay its debts to the banks”."
    )
    found = speakers(text)
    assert found["thinks about every"] == "Vera Ilyinichna"
    assert found["never pay its"] != "Republic"


def test_a_participle_after_a_note_call_and_a_named_possessors_message():
    # "…, writing:" after a note call is still the sentence subject's; "X's last message to Y stated" is X's.
    text = (
        "In his diary, Korolenko described the governor as a decent man,[12] writing: “He listens, and "
        "then he does what Petersburg wants.”\n\n"
        "Orlov's last note to Yagoda stated “I have nothing left to confess”, and it was never answered."
    )
    found = speakers(text)
    assert found["He listens, and"] == "Korolenko"
    assert found["I have nothing"] == "Orlov"


def test_a_pronoun_opening_a_clause_after_its_main_clause_s_named_subject_stands_for_it():
    # "This showed how right Eden was when he said “…”": Eden, not the subject of the sentence before.
    text = (
        "Instead Ribbentrop had to return to Berlin. This proved how right Eden was when he said “the "
        "Spanish people will go their own way, whatever the outcome”."
    )
    assert speakers(text) == {"the Spanish people": "Eden"}


def test_a_slogan_given_in_marks_is_the_words_of_whose_slogan_it_is():
    text = (
        "Rykov defended the market for years. His slogan to the villages, “Grow rich and sow more!”, was "
        "mocked in Pravda.\n\n"
        "Martov returned to Geneva in 1915. He adopted the slogan of “bread, land and peace without "
        "annexations”, and the paper printed it on every page."
    )
    assert speakers(text) == {"Grow rich and": "Rykov", "bread, land and": "Martov"}


def test_a_title_in_markdown_italics_names_no_antecedent():
    text = (
        "In Mexico Serge wrote several books, including _The Case of Comrade Tulayev_ and _Memoirs of a "
        "Revolutionary_. He argued that the Soviet state had become a “totalitarian police machine” that "
        "no reform could touch."
    )
    assert speakers(text)["totalitarian police machine”"].endswith("Serge")


def test_a_phrase_going_on_with_the_words_before_it_in_the_sentence_is_the_same_speaker_s():
    text = (
        "The prosecutor Krylenko characterised Ramzin as “a cynical servant of foreign capital” who had "
        "planned a “long campaign of quiet wrecking” in the textile trusts. When Gorky came back, Rolland "
        "met him first (as Rolland's sister remembered, “with open arms and a long speech” before dragging "
        "the tired Gorky round the city “to see the new bookshops”)."
    )
    assert speakers(text) == {
        "a cynical servant": "Krylenko", "long campaign of": "Krylenko",
        "with open arms": "sister", "to see the": "sister",
    }


def test_an_abbreviated_title_does_not_end_the_sentence():
    text = (
        "On October 7 President Dorticós spoke at the Assembly: “We will defend ourselves.” On October 10 "
        "in another speech Sen. Keating repeated his warning and stated that, “Construction has begun on "
        "six launching sites.” Gen. Taylor was not convinced."
    )
    assert speakers(text)["Construction has begun"] == "Keating"


def test_a_name_after_in_which_is_the_subject_not_the_document_and_a_role_carries_its_name():
    text = (
        "That evening the radio read a telegram from Molotov to Eden in which Molotov warned that London's "
        "“open piracy” would lead to war.\n\n"
        "Navy secretary James Forrestal was worried. Sending the fleet north, he reasoned, “would leave the "
        "whole coast open to a raid”."
    )
    found = speakers(text)
    assert found["open piracy”"] == "Molotov"
    assert found["would leave the"].endswith("Forrestal")


def test_what_a_body_later_called_a_message_that_read_and_informing_its_allies():
    text = (
        "That evening, what the War Office later called “the longest night of the war”, began quietly. "
        "At noon the second letter was delivered. The message read, “We accept the terms as we understand "
        "them.” At midnight the Foreign Office informed its allies that “the time for talks is running out.”"
    )
    found = speakers(text)
    assert found["the longest night"].endswith("War Office")
    assert found["We accept the"].endswith("message")
    assert found["the time for"].endswith("Foreign Office")


def test_he_for_a_role_in_capitals_with_a_name_and_initial_after_it_is_the_name():
    text = (
        "NKVD chief Genrikh G. Yagoda was uneasy. Arresting the whole committee, he reasoned, “would empty "
        "the Leningrad party in a week”."
    )
    assert speakers(text)["would empty the"].endswith("Yagoda")


def test_a_quotation_running_on_over_paragraphs_keeps_its_speaker():
    # A quotation over several paragraphs leaves each paragraph but the last without a closing mark, and
    # opens the next with a mark again.
    text = (
        "The harbour master, Ellen Roper, said: “We have dredged the channel twice this winter.\n\n"
        "“The silt comes back faster than the council can pay for it.”\n\n"
        "The council did not reply. “Every spring the same promise,” said the ferryman Tom Ash.\n\n"
        "“If nothing changes, the boats will stop,” Ash added. “Then who will come here?\n\n"
        "“Not the tourists, and not the fish merchants either.”"
    )
    found = speakers(text)
    assert found["We have dredged"].endswith("Roper")
    assert found["The silt comes"].endswith("Roper")
    assert found["Every spring the"].endswith("Ash")
    assert found["Not the tourists,"].endswith("Ash")


def test_every_paragraph_of_a_quotation_running_on_is_the_speakers_own():
    text = (
        "Dredging stopped in March, said Ellen Roper.\n\n"
        "“The Kessel company sent a boat once.\n\n"
        "“Nobody from the Ministry has come since.\n\n"
        "“The silt wins every winter.”"
    )
    found = speakers(text)
    assert found["Nobody from the"].endswith("Roper")
    assert found["The silt wins"].endswith("Roper")


def test_a_person_named_around_a_title_cased_role_or_body_is_the_speaker():
    text = (
        "The Minister of State for the Railways, Joan Petrie, said: “The timetable will not change.” "
        "Green Party spokesman for transport Omar Kelly said: “Nobody believes that.” "
        "Ruth Alder, Harbourside Traders Association said: “We will lose the summer.”"
    )
    found = speakers(text)
    assert found["The timetable will"].endswith("Petrie")
    assert found["Nobody believes that.”"].endswith("Kelly")
    assert found["We will lose"].endswith("Alder")


def test_what_a_reported_clause_says_a_thing_was_is_the_reporters():
    text = (
        "Ellen Roper said the survey of the harbour wall was being repeated, but it was a “matter of some "
        "urgency”. Later Tom Ash told the paper that the photograph had been faked and that it was all a "
        "“harmless prank”."
    )
    found = speakers(text)
    assert found["matter of some"].endswith("Roper")
    assert found["harmless prank”"].endswith("Ash")


def test_a_letter_quoted_paragraph_by_paragraph_is_its_signers():
    text = (
        "That night the following note came across the lines:\n\n\n"
        '"May 2, 1812.\n\n'
        '"SIR:--The bridge at Ostrow is held by my rear-guard until noon.\n\n'
        '"I propose that neither side fire on the wounded while they are carried off.\n\n'
        '"A. B. KOVALSKY, Colonel.\n'
        '"COLONEL T. WARE."\n\n\n'
        "I agreed at once."
    )
    found = speakers(text)
    assert found["SIR:--The bridge at"].endswith("KOVALSKY")
    assert found["I propose that"].endswith("KOVALSKY")


def test_a_paragraph_opening_with_words_after_a_role_that_said_them_is_the_roles():
    text = (
        "The mayor had been saying the ferry would run, but that was not the plan, the harbour spokesman "
        "said.\n\n"
        "“What is happening is a pause, not an end.”"
    )
    assert speakers(text)["What is happening"].endswith("spokesman")


def test_he_after_a_fronted_question_asked_is_not_the_one_asked_about():
    text = (
        "Mayor Tom Alder said he had not yet read the report in detail.\n\nAsked if Dr Hale could return "
        "to the board at some point, he replied: “That is for the council to decide.”"
    )
    assert speakers(text)["That is for"].endswith("Alder")


# ---- speaker16e (session 9): US news and memoir text


def test_said_to_me_gives_the_subject_not_the_listener():
    text = (
        "After the meeting Anna Pell, the new harbour master, said to me, “That vote will change the town.”"
    )
    assert speakers(text)["That vote will"].endswith("Pell")


def test_a_party_and_state_tag_after_the_name_is_skipped():
    text = (
        "“We cannot fix one road and leave the rest to crumble,” Senate Whip Dana Rourke, D-Ore., said on "
        "the floor. “Let us fund them all.”"
    )
    found = speakers(text)
    assert found["We cannot fix"].endswith("Rourke")
    assert found["Let us fund"].endswith("Rourke")


def test_a_name_with_a_relative_clause_before_its_verb_of_saying():
    text = (
        "The market reopened on Monday.\n\n"
        "“It will take months before the stalls feel normal again,” Paul Derring, who sells fish there, "
        "said as he unloaded his van."
    )
    assert speakers(text)["It will take"].endswith("Derring")


def test_a_verb_of_saying_closing_the_sentence_gives_the_phrases_in_it():
    text = (
        "The council has to publish the harbour's “oldest, saddest secret” because the law obliges it to, "
        "the lawyer Ruth Amble said.\n\n"
        "“We ought not to dredge one channel while the others” are left to silt up, Councillor Ben Toller, "
        "who chairs the committee, said at the meeting."
    )
    found = speakers(text)
    assert found["oldest, saddest secret”"].endswith("Amble")
    assert found["We ought not"].endswith("Toller")


def test_a_sentence_closing_verb_does_not_take_a_quotation_with_its_own_attribution():
    text = "“The pier is safe,” Ann Roe said, and the engineers agreed, the paper reported."
    assert speakers(text)["The pier is"].endswith("Roe")


def test_he_after_a_sentence_closed_by_its_verb_of_saying_is_that_speaker():
    text = (
        "Harper's habit of keeping his debts private meant the bank saw no warning, Mr Lowell said.\n\n"
        "“They didn't see this coming,” he said. “Nobody did.”"
    )
    found = speakers(text)
    assert found["They didn't see"].endswith("Lowell")
    assert found["Nobody did.”"].endswith("Lowell")


def test_a_possessors_role_and_a_name_in_commas_after_the_words():
    text = (
        "Police said the search would go on.\n\n"
        "“We are very worried about her and we want her home,” Mara's uncle, Peter Klose, told the local "
        "radio on Monday."
    )
    assert speakers(text)["We are very"].endswith("Klose")


def test_an_abbreviated_title_before_the_name_after_the_words():
    text = (
        "He played a recording of one nurse who said she had warned the ward about it.\n\n"
        "“We thought the ward needed help at once,” Dr. Ella Marsh said. “We needed a new rota.”"
    )
    found = speakers(text)
    assert found["We thought the"].endswith("Marsh")
    assert found["We needed a"].endswith("Marsh")


def test_a_family_named_by_its_possessor_speaks_as_the_family():
    text = "“We are grateful to every one of you who searched,” Ravi's family said on Thursday."
    assert speakers(text)["We are grateful"] == "Ravi's family"


def test_an_abbreviated_title_opening_an_introduction_is_no_name():
    text = (
        "Many papers printed the speech. Mr. Ralph Kenning, the editor of the Harbour Gazette, wired to "
        "a paper in the capital, among other words, the following, “I do not exaggerate when I say the "
        "speech was the most notable of the year.”"
    )
    assert speakers(text)["I do not"].endswith("Kenning")


def test_a_surname_that_is_also_a_month_after_a_given_name():
    text = (
        "The Shadow Minister for Harbours, Ellen May, said: “This plan will not mend a single pier.” "
        "Later that week Robert June told reporters: “The money is already spent.”"
    )
    found = speakers(text)
    assert found["This plan will"] == "Ellen May"
    assert found["The money is"] == "Robert June"


def test_a_long_title_cased_role_before_the_name_in_commas():
    text = (
        "The Shadow Secretary of State for Harbours and Piers, Ellen May, said: “These plans were "
        "announced last spring and nothing has been built.”"
    )
    assert speakers(text)["These plans were"] == "Ellen May"


def test_a_title_shows_whom_he_or_she_can_stand_for():
    # speaker16f: "Aunt …" is no "he"; "Mrs. Vance" next to "Mr. Peter Vance" is hers, and a bare "Mrs" is
    # nobody's name
    text = (
        "Uncle Barnabas came home late. Aunt Zelpha was waiting at the door with the lamp. He said to her, "
        "“Where were you all evening?”"
    )
    assert speakers(text)["Where were you"] == "Uncle Barnabas"
    text = (
        "Across the road lived Mr. Peter Vance. He kept two horses and a boy. Mrs. Vance used to sit by the "
        "window with a stick at her side. The boys seldom passed her without her calling, “Walk faster, you "
        "idle boys!”"
    )
    assert speakers(text)["Walk faster, you"] in ("Mrs. Vance", "Vance")


def test_a_quotation_interrupted_by_said_he_goes_on_in_the_same_voice():
    # speaker16f: "“Well,” said he, “…”": the second part is the first part's, never a word inside it; and
    # "he" after words I said is the one I spoke to
    text = (
        "I turned to Tobias and said, “We are found out!” “Well,” said he, "
        "“that fear has just come to me too.” We said no more."
    )
    found = speakers(text)
    assert found["Well,”"] == "Tobias"
    assert found["that fear has"] == "Tobias"


def test_thought_i_frames_the_words_thought():
    # speaker16f: "“No,” thought I, “…”": an inverted "thought" with its pronoun frames inner speech
    text = "He never struck me again. “No,” thought I, “you will not dare to try it twice.”"
    found = speakers(text)
    assert found["No,”"] == "I"
    assert found["you will not"] == "I"


def test_a_maxim_a_proverb_or_a_passage_of_scripture_owns_its_words():
    # speaker16f: the saying the sentence names, not the one who lives by it or quotes it
    text = (
        "The steward kept to the maxim laid down by the owners,--“Better ten men flogged than one steward "
        "doubted.” I had something of the feeling that is put in the proverb, that “a hungry dog hunts best "
        "and a fed dog sleeps all day by the fire.” To excuse it, he would quote this passage of "
        "Scripture--“The idle shall be beaten.”"
    )
    found = speakers(text)
    assert found["Better ten men"] == "the maxim"
    assert found["a hungry dog"] == "the proverb"
    assert found["The idle shall"] == "this passage of\nScripture".replace("\n", " ")


def test_a_quotation_going_on_after_a_named_tag_and_a_semicolon():
    # speaker16f: "“…!” said Henry; “…”": one sentence, one voice
    text = "“Shoot, then!” said Tobias; “you can kill me only once, and I will not be tied by any of you.”"
    assert speakers(text)["you can kill"] == "Tobias"


def test_she_is_not_a_mans_first_name_alone_nor_a_surname_a_man_shares():
    # speaker16f: "Henry and John" are men; "Betsy Freeland" is a woman although William Freeland is a man
    text = (
        "Just as we were to leave, Peggy Tolland, mother of William Tolland, came to the door with bread, "
        "and divided it between Henry and John. She then made a speech; turning to me, she said, “It was you "
        "who put it into their heads to run away.”"
    )
    assert speakers(text)["It was you"] == "Peggy Tolland"


def test_the_one_a_text_is_about_is_no_he_before_the_text_names_him():
    # speaker16f: a "he" no name nearby explains is not the man the text is mostly about when he has not
    # yet been named ("Covey" of a later chapter)
    text = (
        "I went one day on the wharf. I told them I was a stranger there. He asked, “Are you a slave for "
        "life?” I told him that I was.\n\n"
        "The next year I was hired to Gorsuch. Gorsuch said, “You will work.” Gorsuch wrote, “He is idle.” "
        "Gorsuch added, “He will learn.” Gorsuch was a hard man."
    )
    assert speakers(text)["Are you a"] != "Gorsuch"


def test_with_the_words_and_a_comma_gives_the_clause_subject():
    # speaker16f: "…, Governor Bullock introduced me with the words, “…”": the subject of the clause that
    # ends with the words, not the sentence's first name
    text = (
        "After an ode by Albert Penn, and addresses by the President of the Fair, Governor Tallis introduced "
        "me with the words, “We have with us today a man who built a school out of nothing.”"
    )
    assert speakers(text)["We have with"] == "Governor Tallis"


def test_a_cleft_sentence_gives_the_one_it_was():
    # speaker16f: "It was Roger Wolcott, …, who had sprung to his feet and cried, “…”"
    text = (
        "The hall was still for a moment. It was Edwin Marle, as well as the mayor of the town, the "
        "people's own choice, who had sprung first to his feet and cried, “Three cheers for the builders!”"
    )
    assert speakers(text)["Three cheers for"] == "Edwin Marle"


def test_an_initial_is_nobody_a_text_is_about():
    # speaker16f: "William C. Taber", "J. W. C. Pennington": the initial "C" is no name for a lone "he"
    text = (
        "When I carried my wages home, he would look me in the face and ask, “Is this all?”\n\n"
        "Later I met William C. Taber. Mr. Taber introduced me to Rev. J. W. C. Pennington and to "
        "Ann C. Coffin, and Mr. Roy C. Heard said, “Welcome.”"
    )
    assert speakers(text).get("Is this all?”") != "C"


def test_a_run_of_untagged_lines_after_two_tagged_turns_alternates():
    # speaker16g: "“Whose man are you?” asked the colonel. “Harwood's,” replied the man. “Does he feed you
    # well?” “No, sir,” …": in an exchange run into one paragraph each new line is the other one's turn
    text = (
        "The colonel met a man on the road. “Whose man are you?” asked the colonel. “Mr. Harwood's,” "
        "replied the labourer. “Does he feed you well?” “Well enough, sir.” “And does he work you hard?” "
        "“From dawn to dark, sir.”\n\nThe colonel rode on."
    )
    found = speakers(text)
    assert found["Does he feed"] == "the colonel"
    assert found["Well enough, sir.”"] == "the labourer"
    assert found["And does he"] == "the colonel"
    assert found["From dawn to"] == "the labourer"


def test_a_tag_wins_over_the_turn():
    # speaker16g: a line with its own tag is its tag's, whatever the turn
    text = (
        "“Whose man are you?” asked the colonel. “Mr. Harwood's,” replied the labourer. “And his too,” "
        "added the labourer, “for the harvest.” “Is that so?”"
    )
    found = speakers(text)
    assert found["And his too,”"] == "the labourer"


def test_consecutive_paragraphs_of_lines_alternate():
    # speaker16g: each line its own paragraph, after two tagged lines: turns alternate
    text = (
        "The colonel stopped beside the field.\n\n"
        "“Whose man are you?” asked the colonel.\n\n"
        "“I belong to Mr. Harwood,” replied the labourer.\n\n"
        "“Does he feed you well?”\n\n"
        "“Well enough, sir.”\n\n"
        "The colonel rode on."
    )
    found = speakers(text)
    assert found["Does he feed"] == "the colonel"
    assert found["Well enough, sir.”"] == "the labourer"


def test_news_sentences_after_a_tag_stay_with_the_speaker():
    # speaker16g guard: "“…,” said Lin. “…”" in news is more of Lin's, and a second quotation paragraph
    # of one speaker is no turn of the other one quoted before
    text = (
        "“We cannot pay for everything,” Mayor Dana Lin said on Tuesday. “The roads come first.”\n\n"
        "Councillor Ortiz disagreed. “The bridge is falling down,” said Ortiz. “It needs money now.” "
        "“Nobody will use the roads if the bridge closes.”"
    )
    found = speakers(text)
    assert found["The roads come"] == "Mayor Dana Lin"
    assert found["It needs money"] == "Ortiz"


def test_addressed_him_far_from_the_colon_gives_the_subject():
    # speaker16g: "he met a colored man, and addressed him in the usual manner of speaking …: “…”"
    text = (
        "Judge Marsh rode out one morning. On the mill road he overtook a carter, and addressed him in "
        "the plain way he kept for strangers on the county roads: “Whose cart is that?” “Mr. Hale's,” "
        "answered the carter. “Is he a fair master?” “Fair enough.”"
    )
    found = speakers(text)
    assert found["Whose cart is"] == "Judge Marsh"
    assert found["Is he a"] == "Judge Marsh"
    assert found["Fair enough.”"] == "the carter"


def test_the_one_of_the_beat_before_a_tagged_line_answers_it():
    # speaker16g: "The girl stopped." / "“What now?” said the woman." / "“Look--yonder!”" / "“Yonder what?”":
    # the exchange's other person is the one the paragraph before its first tagged line is about
    text = (
        "The two walked on along the trail by the river.\n\n"
        "The boy stopped.\n\n"
        "“What is it now?” said the farmer, sharply.\n\n"
        "“Look over there!”\n\n"
        "“Over there at what? That is only a hill.”\n\n"
        "“It is the most beautiful hill I ever saw.”"
    )
    found = speakers(text)
    assert found["Look over there!”"] == "The boy"
    assert found["Over there at"] == "the farmer"
    assert found["It is the"] == "The boy"


def test_a_long_speech_of_several_paragraphs_is_answered_by_the_other_one():
    # speaker16g: the other one of an exchange spoke before a speech of several long paragraphs (each
    # opening with the mark, only the last closed: one voice)
    speech = "I have a great deal to tell you about the farm and the river and the winter. " * 8
    text = (
        "“Can I speak with you a minute?” asked the widow.\n\n"
        "“Yes, madam,” said the teacher.\n\n"
        f"“{speech}\n\n"
        f"“{speech}\n\n"
        f"“{speech}”\n\n"
        "“What a story that is, madam.”"
    )
    assert speakers(text)["What a story"] == "the teacher"


def test_a_long_speech_in_wrapped_lines_is_answered_by_the_other_one():
    # speaker16g: the same, with the paragraphs wrapped into lines as printed books have them
    speech = "I have a great deal to tell you about the farm\nand the river and the winter. " * 8
    text = (
        "“Can I speak with you a minute?” asked the widow.\n\n"
        "“Yes, madam,” said the teacher.\n\n"
        f"“{speech}\n\n"
        f"“{speech}\n\n"
        f"“{speech}”\n\n"
        "“What a story that is, madam.”"
    )
    assert speakers(text)["What a story"] == "the teacher"


def test_an_inverted_pronoun_after_the_words_is_carried_over_like_he_said():
    # speaker16h: memoirs of the nineteenth century invert the pronoun ("said he"); a role named in the
    # sentence before ("My landlord") is whom it stands for, as "he said" would be
    text = (
        "Captain Ames would not hear of the sale. “Madam,” said he, “the horse is not mine to sell.”\n\n"
        "My landlord counted the coins twice. “Too few,” said she, and pushed them back."
    )
    found = speakers(text)
    assert found["Madam,”"] == "Captain Ames"
    assert found["the horse is"] == "Captain Ames"
    assert found["Too few,”"] == "My landlord"


def test_a_pronoun_tag_going_on_with_whom_it_was_said_to_still_attributes_the_words():
    # speaker16h: "“…?” I asked of the clerk" — a pronoun and its verb of saying right after words ended by
    # their own question mark are their tag, though the clause goes on; and the reply after the author's
    # question is the one it was asked of, not the author
    text = (
        "The office was empty but for a clerk. “Where is the inspector?” I inquired of the clerk at the "
        "desk. "
        "“Gone to the river,” he answered, “and not back before dark.”"
    )
    found = speakers(text)
    assert found["Where is the"] == "I"
    assert found["Gone to the"] == "the clerk"
    assert found["and not back"] == "the clerk"


def test_words_after_a_pronoun_tag_that_report_the_reply_are_not_the_tag():
    # speaker16h, guard: "I told her to be quiet", "I said I had seen it" report what was said back: the
    # words before are the other one's
    text = (
        "Marta put down the letter and turned to me: “Do you trust him?” I told her to wait. "
        "The foreman came up the ladder. “You saw nothing.” I said I had seen the fire."
    )
    found = speakers(text)
    assert found["Do you trust"] == "Marta"
    assert found["You saw nothing.”"] == "The foreman"


def test_words_thought_by_the_narrator_are_theirs():
    # speaker16h: "“…,” I thought" frames inner speech as words (a memoir's), not a label
    text = "The bell rang at the gate. “Only a minute more,” I thought, and kept my eyes on the road."
    assert speakers(text) == {"Only a minute": "I"}


def test_a_name_described_by_a_role_in_commas_is_a_person_even_after_of():
    # speaker16h: "caught sight of X, reporter for …": the role in apposition shows a person, where a bare
    # name after "of" might be a place
    text = (
        "Near the bridge I caught sight of Orlik, clerk of the harbour office. "
        "“The ferry is gone,” he called out to us."
    )
    assert speakers(text) == {"The ferry is": "Orlik"}


def test_a_place_after_of_without_a_role_is_still_nobody():
    # speaker16h, guard: "the outskirts of Tula, which …": no role in apposition, no person
    text = "We reached the outskirts of Tula, which was burning. “Keep going,” he said."
    assert speakers(text)["Keep going,”"] != "Tula"


def test_an_older_adverb_of_time_and_a_role_open_the_sentence_a_pronoun_goes_back_to():
    # speaker16h: "At last my tormentor spoke." — "At last" fronted without a comma, a role noun as subject
    text = (
        "The stove had gone out. At last my tormentor spoke. “You will regret it,” said he, “all your life.”"
    )
    found = speakers(text)
    assert found["You will regret"] == "my tormentor"


def test_a_reference_in_brackets_and_a_named_place_before_the_subject_do_not_hide_it():
    # speaker16h: "(See App. II, Sect. 4) He accused …" is one sentence whose subject is the pronoun, so the
    # chain goes back to "In the Hall of the Duma Ilyin declared …", whose subject is Ilyin
    text = (
        "In the Hall of the Duma Ilyin declared that the council knew of the plot. "
        "(See App. II, Sect. 4) He accused the Gazette and the Courier of spreading it. "
        "“The press is free,” he added, “and so it lies.”"
    )
    found = speakers(text)
    assert found["The press is"] == "Ilyin"


def test_a_repeated_time_opening_the_sentence_leaves_its_subject_the_speaker():
    # speaker16h: "Day after day the orators …, denouncing “…”" — the fronted time without a comma is no
    # subject; the orators, who denounce, speak
    text = (
        "Week after week the union organisers visited the docks, loudly denouncing “this wage of hunger and "
        "fear.” Then the strike began."
    )
    assert speakers(text) == {"this wage of": "the union organisers"}


def test_a_description_with_a_capitalised_compound_adjective_is_kept_whole():
    # speaker16h: "A grey-bearded, Tatar-looking man who …, snapped, “…”": the description runs to its noun
    text = (
        "A grey-bearded, Tatar-looking man who sat across from us, wrapped in a sheepskin, snapped, "
        "“Sit still! The road is watched.” We sat still."
    )
    assert speakers(text) == {"Sit still! The": "[A grey-bearded, Tatar-looking man]"}


def test_an_adverb_of_frequency_between_the_name_and_its_verb_hides_nothing():
    # speaker16h: "Benny, who …, often inquired, “…”" — "often", "always" stand between subject and verb
    text = (
        "The stove smoked all winter; and Tomas, who was then barely six, often asked, “Why is it cold "
        "inside?” Our grandfather always said, “Because the chimney is older than you.”"
    )
    found = speakers(text)
    assert found["Why is it"] == "Tomas"
    assert found["Because the chimney"] == "Our grandfather"


def test_a_speaker_brought_on_by_an_inverted_verb_before_a_colon():
    # speaker16h: "Then came X, …: “…”" — the one who comes on says the words after the colon
    text = (
        "The hall was full. Then came Sorokin, pale, quick, furious: “No more waiting!” "
        "Next rose the delegate from the mines: “We are with you.”"
    )
    found = speakers(text)
    assert found["No more waiting!”"] == "Sorokin"
    assert found["We are with"] == "the delegate from the mines"


def test_a_thing_that_comes_before_a_colon_is_no_speaker():
    # speaker16h, guard: "Then came the storm: “…”" — a storm says nothing
    text = "We waited an hour. Then came the storm, sudden and black: “Everyone inside!”"
    assert speakers(text)["Everyone inside!”"] is None


def test_an_untagged_reply_after_a_tagged_line_is_the_other_one_in_the_scene():
    # speaker16h: "The attendant stood by the stove. “…,” said the major." / "“…”" / "“…”" / "“…”": the
    # first untagged line answers the major, so it is the other person the paragraph's narration names,
    # and the exchange goes on in turn
    text = (
        "The major came back from the river at dusk. The attendant stood by the stove. “The ice will not "
        "hold the guns,” said the major.\n\n"
        "“Then we wait for the frost.”\n\n"
        "“And the horses?”\n\n"
        "“They can eat the thatch.”"
    )
    found = speakers(text)
    assert found["Then we wait"] == "The attendant"
    assert found["And the horses?”"] == "the major"
    assert found["They can eat"] == "The attendant"


def test_a_thing_in_the_narration_is_not_the_other_one_of_an_exchange():
    # speaker16h, guard: "The wind rose." names no one to answer
    text = (
        "Night came down over the camp. The wind rose. “Bring the lamp,” said the major.\n\n"
        "“It is out of oil.”"
    )
    assert speakers(text)["It is out"] != "The wind"


def test_an_introduction_without_a_subject_is_the_one_the_sentence_before_is_about():
    # speaker16h: "Then, turning to me: “…”" has no subject; the sentence before has it (or its "he")
    text = (
        "General Hale heard the report in silence. He walked to the tent door and back. "
        "Then, turning to me: “We march at dawn.”\n\n"
        "The clerk looked up from his ledger. And, pointing at the stairs: “Second floor.”"
    )
    found = speakers(text)
    assert found["We march at"] == "General Hale"
    assert found["Second floor.”"] == "The clerk"


def test_a_reply_tagged_he_after_the_authors_words_is_the_one_they_were_said_to():
    # speaker16h: "… I said, “…, Anton, …” He replied, “…”" — he is the one called by name, or the person in
    # the clause that opens the author's sentence ("When the ferryman came back, I said")
    text = (
        "When the ferryman came back, I said, “Take us across before dark.” He replied, “Not for less than "
        "a rouble.”\n\n"
        "I gave him the coin and said, “Thank you, Anton, you are a good man.” He answered, “God keep you.”"
    )
    found = speakers(text)
    assert found["Not for less"] == "the ferryman"
    assert found["God keep you.”"] == "Anton"


def test_one_sentence_interrupted_by_a_longer_tag_keeps_its_speaker():
    # speaker16h: "“…,” said Epps, still laughing; “…”", "“…,” continued his companion; “…”", "“…,” he went
    # on with a grin, “…”"
    text = (
        "“That is no answer,” said Harlan, still smiling; “give me a better one.”\n\n"
        "“Listen, Harlan,” continued his neighbour; “the river does not wait for answers.”\n\n"
        "Old Moss looked at them both. “He tells me,” he went on with a grin, “that he can swim.”"
    )
    found = speakers(text)
    assert found["give me a"] == "Harlan"
    assert found["the river does"] == "his neighbour"
    assert found["He tells me,”"] == "Old Moss"
    assert found["that he can"] == "Old Moss"


def test_an_adjective_with_its_concessive_clause_opening_the_sentence_is_no_name():
    # speaker16h: "Weary as I was, I …" — "Weary" is no one a "she" can stand for
    text = (
        "Mrs. Dale came to the door with the lamp. Weary as I was, I got up to meet her. "
        "“You should be asleep,” replied she."
    )
    assert speakers(text)["You should be"] in ("Mrs. Dale", "Dale")


def test_the_saint_of_a_place_name_ends_no_sentence():
    # speaker16h: "the Germans of St. Louis in …" is one sentence: "Louis" opens none and speaks for nobody
    text = (
        "The governor warmly praised the loyal action of the farmers of St. Albans in the defence of Fort "
        "Reno. He always allowed that his critics might be honest men. He thought if the council had so "
        "far “muddled through,” as was said, it had at least muddled in the right direction."
    )
    assert speakers(text)["muddled through,”"] != "Albans"


def test_an_irregular_plural_is_never_he():
    # speaker16h: "The children ran out" is no "he"; the man named before them is
    text = (
        "Uncle Pavel came at noon with a sack of salt. The children ran out to meet the cart.\n\n"
        "“There will be no more salt this year,” he said."
    )
    assert speakers(text)["There will be"] == "Uncle Pavel"


def test_the_one_the_authors_words_call_by_title_and_name_answers():
    # speaker16h: "“…, Dr. Hale.” The Doctor sat up. “…,” he said." — he is Hale, not "Dr"
    text = (
        "“Well,” I said, “the man who told me the story was you, Dr. Hale.” The Doctor sat up with a start. "
        "“No jokes, please,” he said."
    )
    assert speakers(text)["No jokes, please,”"] in ("Hale", "The Doctor")


def test_whereupon_opens_a_sentence_and_names_nobody():
    # speaker16h: "Whereupon my old friend walked on to the stage … “…,” he went on" — the friend speaks
    text = (
        "Whereupon my old friend walked on to the stage and told the hall he had never heard of me. "
        "“He says,” he went on without a smile, “that he is famous.”"
    )
    assert speakers(text)["He says,”"] == "my old friend"


def test_he_after_the_authors_words_to_a_woman_is_not_her():
    # speaker16h, guard: "I said to Anna. Her brother looked up. “…,” he said" — not Anna
    text = "“I will go,” I said to Anna. Her brother looked up from the table. “You will not,” he said."
    assert speakers(text)["You will not,”"] != "Anna"


def test_a_demonstrative_and_a_persons_noun_after_the_verb_is_the_speaker():
    # speaker16h: "“…,” said that lady, sparring for time" — "that lady" is who speaks, not a "that"-clause;
    # guard: "The agent “Falcon” reports that fact." stays a cover name
    text = (
        "Mrs. Kerr held the cage behind her. “Oh, that is the doctor's parrot,” said that lady, sparring "
        "for time.\n\nThe agent “Falcon” reports that fact."
    )
    found = speakers(text)
    assert found["Oh, that is"] == "that lady"
    assert "Falcon”" not in found


def test_a_described_speaker_after_an_inverted_verb_ends_before_whom_and_what_next():
    # speaker16h: "said the spider to the fly", "said the old miller and turned away" — the speaker only
    text = (
        "“Walk into my parlour,” said the spider to the fly. "
        "“Go home now,” said the old miller and turned away."
    )
    found = speakers(text)
    assert found["Walk into my"] == "the spider"
    assert found["Go home now,”"] == "the old miller"


def test_a_question_answered_in_narration_then_a_run_of_bare_lines_alternates_from_the_asker():
    # speaker16h: "“…?” he said." / "The boy told him, and …" / "“Can you row?”" / "“Yes.”" / …: the one who
    # asked goes on, the one the narration names answers, in turn
    text = (
        "Captain Rudd looked him over. “Come aboard,” he said. “Where are you from?”\n\n"
        "The boy told him, and the two sat watching the water.\n\n"
        "“Can you row?”\n\n"
        "“Yes.”\n\n"
        "“Can you swim?”\n\n"
        "“No, sir.”"
    )
    found = speakers(text)
    assert [found[k] for k in ("Can you row?”", "Yes.”", "Can you swim?”", "No, sir.”")] == [
        "Captain Rudd", "The boy", "Captain Rudd", "The boy"
    ]


def test_feasts_halves_of_hyphened_names_and_i_are_never_she():
    # speaker16h: "she asked" after "… Christmas parties at Hull-House. I told her …" is neither
    # "Christmas", "House" nor "I" (the text does not say who she is here)
    text = (
        "Some days before Christmas, one of my school friends asked that I go with her to a party at "
        "Bell-House. I told her that I never went to Christmas parties.\n“Why not?” she asked."
    )
    assert speakers(text)["Why not?”"] not in ("Christmas", "House", "I")


def test_a_voice_heard_with_its_adjectives_is_who_speaks():
    # speaker16h: "he heard a low, hoarse voice say: “…”" — the voice described, not the one who heard it
    text = "Captain Rudd was reading by the stove when he heard a low, hoarse voice say: “Open the door.”"
    assert speakers(text)["Open the door.”"] == "[a low, hoarse voice]"


def test_occupations_of_older_memoirs_are_people_a_reply_can_come_from():
    # speaker16h: "The porter glanced at the ticket …" / "“…”": the porter, a person
    text = (
        "I showed my ticket at the gate.\n\n"
        "The porter glanced at it over his spectacles and handed it back.\n\n"
        "“Second class is at the rear.”"
    )
    assert speakers(text)["Second class is"] == "The porter"
