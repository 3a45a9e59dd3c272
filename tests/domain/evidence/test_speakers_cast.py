"""People named by their office (issue 16, session 13): a source introduces someone with an office or rank
("Emperor Leopold Haas", "Marten Oduya, the Foreign Secretary,", "the Prime Minister, Mr. Callender,") and
later says only "the Emperor", "the Foreign Secretary said", or "she asked" of "the Countess": the speaker is
the person it gave the office to. A description the source never ties to a name stays a description. Texts
written for these tests."""

from __future__ import annotations

from tests.domain.evidence.test_speakers import speakers

# --- an office named with its holder, then alone ------------------------------------------------------------


def test_title_before_the_name_then_the_title_alone():
    text = (
        "Emperor Leopold Haas ruled the northern provinces for twenty years.\n\n"
        "When the envoys came to the winter palace they found him at the window.\n\n"
        "“We shall not give up the river,” said the Emperor.\n"
    )
    assert speakers(text)["We shall not"] == "Leopold Haas"


def test_apposition_after_the_name_then_the_office_as_subject():
    text = (
        "Marten Oduya, the Foreign Secretary, flew to Geneva on Tuesday for a second round of talks. The "
        "delegations met in a hotel by the lake. “The talks are over for this year,” the Foreign Secretary "
        "said on Thursday.\n"
    )
    assert speakers(text)["The talks are"] == "Marten Oduya"


def test_office_then_the_name_in_commas():
    text = (
        "The Prime Minister, Mr. Callender, opened the debate on the tariff. The benches were half empty. "
        "Members from the mill towns asked him to withdraw the bill. “I will not withdraw a single clause,” "
        "the Prime Minister replied.\n"
    )
    assert speakers(text)["I will not"] == "Callender"


def test_the_name_in_brackets_after_the_office():
    text = (
        "Kate Byrne was charged before the magistrate (Mr Ollerton) with stealing a coat from a stall.\n\n"
        "“You may go home this time,” said the magistrate.\n"
    )
    assert speakers(text)["You may go"] == "Ollerton"


def test_a_pronoun_carried_to_the_office_names_the_holder():
    text = (
        "Countess Varga hurried ahead to the landing stage to hold the boat. The Countess did not look back "
        "once.\n\n"
        "“Is the boat late again?” she asked.\n"
    )
    assert speakers(text)["Is the boat"] == "Varga"


def test_an_adverb_after_the_office_in_the_tag():
    text = (
        "Duke Anselm had spent the morning in his library.\n\n"
        "“Sit down, my boy,” replied the Duke warmly, “and tell me everything.”\n"
    )
    assert speakers(text)["Sit down, my"] == "Anselm"


def test_of_two_holders_the_one_the_text_is_speaking_of():
    text = (
        "General Brandt held the bridge at Ostrau while General Okafor held the hills to the south. For "
        "three days Okafor waited for news. Okafor sent riders down the valley; Okafor climbed the ridge "
        "himself at dusk to watch the road.\n\n"
        "“Hold the ridge until the rain stops,” the general ordered.\n"
    )
    assert speakers(text)["Hold the ridge"] == "Okafor"


def test_the_role_after_a_nationality_with_its_name_in_apposition():
    text = (
        "“The harvest failed three years in a row,” said the Danish historian, Karen Holm, in her lecture.\n"
    )
    assert speakers(text)["The harvest failed"] == "Karen Holm"


def test_a_calling_given_in_apposition_then_the_calling_alone():
    text = (
        "Alfred Marsh, a waiter at the Crown Hotel, was charged with keeping a guest’s purse.\n\n"
        "“I found it under the table,” said the waiter.\n"
    )
    assert speakers(text)["I found it"] == "Alfred Marsh"


def test_the_one_the_sentence_gives_the_office_or_job_to():
    text = (
        "Walter Brock was selected out of a hundred applicants for the job of fitter at a tin works. "
        "“Rather heavy, that bag,” said the officer. “Just a bit,” agreed the fitter.\n"
    )
    assert speakers(text)["Just a bit,”"] == "Walter Brock"
    text = (
        "Ada Hale was elected mayor of the town in 1921.\n\n"
        "“The trams will run on Sundays,” the mayor announced.\n"
    )
    assert speakers(text)["The trams will"] == "Ada Hale"


def test_a_calling_of_the_sources_own_in_commas_after_the_description():
    text = "The lodger, Henry Platt, paid his rent on Fridays. “I was out all night,” the lodger said.\n"
    assert speakers(text)["I was out"] == "Henry Platt"


def test_guard_appointed_by_the_office_is_not_its_holder():
    text = (
        "Tom Reed was appointed to the board by the governor in May.\n\n"
        "“The budget is sound,” said the governor.\n"
    )
    assert speakers(text)["The budget is"] == "the governor"


def test_kin_named_in_apposition_then_by_the_kin_alone():
    text = (
        "Alice Grey, his widow, wrote to the committee in 1921.\n\n"
        "“He never spoke of the war,” his widow recalled.\n"
    )
    assert speakers(text)["He never spoke"] == "Alice Grey"
    text = (
        "His daughter, Ruth, kept the letters in a tin box. The house was sold in 1950.\n\n"
        "“He wrote every Sunday,” the daughter said.\n"
    )
    assert speakers(text)["He wrote every"] == "Ruth"


def test_guard_kin_the_text_never_names_stays_a_description():
    text = "The sister took a lettuce and stripped its leaves. “Which is prettier now?” the sister asked.\n"
    assert speakers(text)["Which is prettier"] == "the sister"


def test_guard_another_of_the_calling_is_not_the_one_named():
    text = (
        "Alfred Marsh, a waiter at the Crown Hotel, was charged with keeping a guest’s purse.\n\n"
        "“He never left the dining room,” said another waiter.\n"
    )
    assert speakers(text)["He never left"] != "Alfred Marsh"


# --- a person described by an office is whom "he" stands for ---------------------------------------------


def test_he_after_an_indefinite_constable_is_the_constable_not_the_woman_named_before():
    text = (
        "Greta, a young cook, left the dance before midnight.\n\n"
        "A patient constable who found her asleep on a bench told the whole story. “She had been dancing all "
        "night,” he told the magistrate.\n"
    )
    assert speakers(text)["She had been"] == "[A patient constable]"


def test_he_after_the_magistrate_or_the_bishop():
    assert speakers("The magistrate looked up from his papers. “You again?” he asked.\n")[
        "You again?”"
    ] == "The magistrate"
    assert speakers("The bishop closed the book and rose from his chair. “We will pray,” he said.\n")[
        "We will pray,”"
    ] == "The bishop"


def test_they_after_a_group_the_text_described():
    text = "The partisans of the old king gathered in the square. “He was no usurper,” they said.\n"
    assert speakers(text)["He was no"] == "The partisans"


def test_guard_he_after_a_group_is_the_man_named():
    text = "The pilgrims rested at the well. Brother Anselm filled the jars. “The road is long,” he said.\n"
    assert speakers(text)["The road is"] == "Brother Anselm"


def test_guard_an_office_word_as_a_modifier_is_no_subject():
    text = (
        "Anna Holt found the station empty. The detective story she had bought lay unread on her lap. “Not "
        "yet,” she said.\n"
    )
    assert speakers(text)["Not yet,”"] == "Anna Holt"


def test_guard_the_office_as_an_object_leaves_the_subject():
    assert speakers("Ruth Kemp sat with the mayor for an hour. “The bridge will wait,” she said.\n")[
        "The bridge will"
    ] == "Ruth Kemp"


# --- looks like it but is not -------------------------------------------------------------------------------


def test_guard_an_office_the_text_never_names_stays_a_description():
    text = (
        "The crowd outside the bakery grew until it blocked the tram.\n\n"
        "“Move along there, all of you,” said the constable.\n"
    )
    assert speakers(text)["Move along there,"] == "the constable"


def test_guard_an_indefinite_spokesman_is_not_the_minister():
    text = (
        "Minister Tull left the building by a side door on Friday evening. “We have nothing to add to the "
        "statement,” a spokesman said.\n"
    )
    assert speakers(text)["We have nothing"] != "Tull"


def test_guard_kin_is_not_an_office():
    text = (
        "Sister Agathe ran the school in the valley for thirty years. Tomas came home late that night.\n\n"
        "“Where have you been?” asked his sister.\n"
    )
    assert speakers(text)["Where have you"] != "Agathe"


def test_guard_a_firm_named_after_an_office_is_no_holder():
    text = (
        "General Motors cut two thousand jobs in Ohio on Monday.\n\n"
        "“We will not retreat from the river,” said the general.\n"
    )
    assert speakers(text)["We will not"] == "the general"


def test_guard_the_holder_of_another_office_ending_in_the_same_word():
    text = (
        "The Secretary General Amadou Keita opened the session in the morning.\n\n"
        "“The lines must hold until spring,” said the general.\n"
    )
    assert speakers(text)["The lines must"] == "the general"


def test_guard_an_office_without_a_name_after_it():
    text = (
        "The Prince Regent opened the new bridge in the spring.\n\n"
        "“Let it stand a thousand years,” said the Prince.\n"
    )
    assert speakers(text)["Let it stand"] != "Regent"
