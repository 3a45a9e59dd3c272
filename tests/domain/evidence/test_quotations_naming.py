"""Words a named person gives something as its name are that person's quotation (issue 16, the lead's
convention of session 11): "X said, called, named, described, labelled or referred to something with it"
makes X the speaker, one word included; "so-called", "known as", "what historians call",
a word nobody in the sentence uses stay labels. Sentences written for these tests."""

from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute


def read(text: str) -> dict[str, tuple[bool, str | None]]:
    """Each quotation's first words → (scare, speaker name or None)."""
    return {
        text[q.start + 1 : q.end - 1].strip(",.”\""): (q.scare, q.speaker.name if q.speaker else None)
        for q in attribute(text, find_quotations(text), [])
    }


def test_referred_to_as_one_word_is_the_referrers():
    found = read("After the vote, Bevin referred to his rival as a “weathercock” in public.")
    assert found["weathercock"] == (False, "Bevin")


def test_the_namer_is_the_subject_not_the_object_of_referred_to():
    text = (
        "Asquith had dismissed the admiral in May. Churchill never forgave him. "
        "Churchill referred to the admiral as a “windbag” and left the room."
    )
    assert read(text)["windbag"] == (False, "Churchill")


def test_a_role_describing_a_crowd_as_gives_the_role():
    found = read("The mayor described the marchers as “hooligans” on the radio.")
    assert found["hooligans"] == (False, "The mayor")


def test_two_names_given_in_a_row_are_both_the_namers():
    found = read("Roosevelt referred to the judge as a “clown” and a “bully,” and walked out.")
    assert found["clown"] == (False, "Roosevelt")
    assert found["bully"] == (False, "Roosevelt")


def test_whom_he_called_a_word_is_his():
    found = read("Gandhi wrote to Nehru, whom he called a “son,” almost every week.")
    assert found["son"] == (False, "Gandhi")


def test_what_a_person_called_opening_a_sentence_is_theirs():
    found = read("What Gorbachev called the “new thinking” changed the ministry.")
    assert found["new thinking"] == (False, "Gorbachev")


def test_a_clause_opening_before_the_name_is_no_part_of_it():
    found = read("When Churchill called the plan a “folly” the room went quiet.")
    assert found["folly"] == (False, "Churchill")


def test_guard_so_called_known_as_and_historians_call_stay_labels():
    text = (
        "The so-called “kulaks” were deported in 1930. The period known as the “Thaw” began in 1956. "
        "What historians call the “Great Terror” began in 1936. Critics dubbed him a “traitor”."
    )
    found = read(text)
    assert all(found[k][0] for k in ("kulaks", "Thaw", "Great Terror", "traitor"))


def test_guard_a_lone_word_with_no_verb_of_naming_stays_a_label():
    found = read("The “reform” left the villages poorer, and the “enemies of the people” were shot.")
    assert found["reform"][0] and found["enemies of the people"][0]


def test_guard_an_adverb_or_an_imperative_before_called_is_nobody():
    text = "Euphemistically called “rest homes,” the camps held thousands. Stop calling it “progress” now."
    found = read(text)
    assert found["rest homes"][0] and found["progress"][0]


def test_guard_the_name_after_with_is_no_namer_and_a_possessive_call_is_a_noun():
    text = (
        "In 1931 Kuibyshev in a talk with Anna Kerr called the plan “the only way forward”. "
        "Smith’s call for a “Fair Society” in 1990 came to nothing."
    )
    found = read(text)
    assert found["the only way forward"] == (False, "Kuibyshev")
    assert found["Fair Society"][0]


def test_guard_examples_of_words_and_generic_plurals_name_nobody():
    text = (
        "The guards called the prisoners words such as “vermin.” The villagers called them “outsiders” too."
    )
    found = read(text)
    assert found["vermin"][0] and found["outsiders"][0]


def test_guard_calls_for_is_a_demand_not_a_name():
    text = "In the school the method calls for readers to use “a slow and literal reading of each text”."
    assert read(text)["a slow and literal reading of each text"][1] != "the method"


def test_a_phrase_in_commas_between_the_namer_and_the_verb():
    text = (
        "Indeed, in a 1958 talk, Ida Kent, speaking of the teachings of her mentor, John Ross, referred to "
        "bankers as “vultures” twice."
    )
    assert read(text)["vultures"] == (False, "Ida Kent")
