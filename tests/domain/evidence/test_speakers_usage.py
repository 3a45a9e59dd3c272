"""Places and bodies told from people by the source's own usage (issue 16, session 13): a capitalised name
the same source writes as a place ("ever since leaving Brantwick", "arrived at Kelso", "the people of
Varden", "Varden's streets") or as a body ("The Courier says", "the Clarion's reporter") is nobody a "he"
or "she" stands for; one it writes with a person's marks ("Tamsin Orr", "Orr's husband", "Orr said") is a
person. Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.speakers.people import _sentence_subject
from tests.domain.evidence.test_speakers import speakers


def surname(text: str, opening: str) -> str | None:
    """The last word of the speaker found for the quotation that opens with ``opening``."""
    name = speakers(text)[opening]
    return name.split()[-1] if name else None


# --- a place or a body by the source's usage -------------------------------------------------------------


def test_a_town_left_behind_is_no_antecedent():
    text = (
        "Mr Hallam Crewe, the harbour engineer, resigned in May. The Courier says that ever since leaving "
        "Brantwick, he has been in poor health. In June he admitted that \"the work had worn him out\".\n"
    )
    assert surname(text, "the work had") == "Crewe"


def test_a_town_arrived_at_elsewhere_in_the_source_is_no_antecedent():
    text = (
        "The column arrived at Kelso on the third day. Captain Ivo Marsh rode ahead with two scouts.\n\n"
        "Kelso was silent under the snow. \"We cross the ford at dawn,\" he told them.\n"
    )
    assert surname(text, "We cross the") == "Marsh"


def test_a_town_returned_to_is_no_antecedent():
    text = (
        "Colonel Anton Reyes returned to Marlow in April. Marlow had changed.\n\n"
        "Marlow greeted him coldly. \"We shall hold the bridge,\" he said.\n"
    )
    assert surname(text, "We shall hold") == "Reyes"


def test_the_people_of_a_town_make_it_a_place():
    text = (
        "The people of Varden had waited a week for the convoy. Teodor Lisk drove the first lorry.\n\n"
        "Varden was empty when the lorries came in. \"Nobody is left to feed,\" he wrote that night.\n"
    )
    assert surname(text, "Nobody is left") == "Lisk"


def test_the_streets_of_a_town_after_its_possessive_make_it_a_place():
    text = (
        "Teodor Lisk drove the first lorry. Varden's streets were empty.\n\n"
        "Varden had been shelled for a month. \"Nobody is left to feed,\" he wrote that night.\n"
    )
    assert surname(text, "Nobody is left") == "Lisk"


def test_a_paper_the_source_writes_with_the_is_no_he():
    text = (
        "Mr Oswin Tarrant was fined for breaking a window in the market. The Clarion says that since "
        "the fire at his shop he has been a changed man. He told the bench that \"a window is cheap\".\n"
    )
    assert surname(text, "a window is") == "Tarrant"


# --- guards: a person by the source's usage --------------------------------------------------------------


def test_a_surname_with_a_first_name_and_kin_stays_a_person():
    text = (
        "Tamsin Orr came to the inquiry with her husband. Orr's husband sat at the back.\n\n"
        "Orr stood up when the chairman called her. \"I saw the fire from my window,\" she said.\n"
    )
    assert surname(text, "I saw the") == "Orr"


def test_a_person_one_goes_to_is_still_a_person():
    text = (
        "Halvard Brun kept the ferry accounts. The clerks went to Brun with every question.\n\n"
        "Brun read the ledger twice. \"The figures do not add up,\" he said.\n"
    )
    assert surname(text, "The figures do") == "Brun"


def test_a_name_before_a_noun_after_the_stays_a_person():
    text = (
        "Senator Ada Quill led the committee. The Quill amendment failed in March.\n\n"
        "Quill did not give up. \"We will bring it back next year,\" she said.\n"
    )
    assert surname(text, "We will bring") == "Quill"


def test_a_paper_still_speaks_as_a_body():
    text = "The Clarion said on Monday that \"the council has lost its nerve\".\n"
    assert surname(text, "the council has") == "Clarion"


# --- a title and initials, British style -----------------------------------------------------------------


def test_the_title_and_initials_without_a_full_stop():
    # "Mr A. C. Vane" (British style, no full stop after the title) is Vane, not "Mr"
    sentence = "Mr A. C. Vane, the Dunmore (Kent) coroner, tendered his resignation on Friday."
    assert _sentence_subject(sentence) == ("A. C. Vane", 3)
    assert _sentence_subject("Mr. Clark Howell, the editor, telegraphed.") == ("Clark Howell", 4)
    assert _sentence_subject("Mr Vane tendered his resignation.") == ("Mr Vane", 0)


# --- a report's cross-heading; an age before the name after the verb -------------------------------------


def test_a_cross_heading_is_no_antecedent():
    text = (
        "Premier Lou Danvers met the miners' leaders at the pithead on Monday.\n"
        "The Long Winter\n"
        "As the talks went on into the evening, a reporter asked the Premier whether the mine would close.\n"
        "\u201cNot while I hold office,\u201d he replied.\n"
    )
    assert surname(text, "Not while I") == "Danvers"


def test_a_heading_word_the_source_gives_a_person_stays_a_person():
    text = (
        "Nell Carver\nNell Carver ran the ferry for forty years.\n"
        "\u201cThe river never sleeps,\u201d she said.\n"
    )
    assert surname(text, "The river never") == "Carver"


def test_an_age_before_the_name_after_the_verb():
    text = "\u201cThe roof fell in,\u201d said 12-year-old Mira Santic, who was sleeping upstairs.\n"
    assert surname(text, "The roof fell") == "Santic"


def test_an_epithet_is_still_read_before_a_description():
    text = "\u201cThe roof fell in,\u201d said the old porter.\n"
    assert speakers(text)["The roof fell"] in ("[the old porter]", "the old porter")


def test_a_senator_named_with_a_lower_case_office_then_the_office_alone():
    text = (
        "State senator Ruth Okonjo met the growers in Fresno on Friday. The senator stayed for an hour.\n"
        "\u201cWe will fund the canal,\u201d the senator promised.\n"
    )
    assert surname(text, "We will fund") == "Okonjo"


def test_a_senator_never_named_stays_a_description():
    text = "A senator from the valley spoke first. \u201cWe will fund the canal,\u201d the senator said.\n"
    assert speakers(text)["We will fund"] in ("the senator", "[the senator]")


def test_late_opening_a_sentence_is_no_name():
    text = (
        "Mara Iles is a veteran photographer. Late last winter, while covering the floods, she met a "
        "ferryman. He was tired. \u201cThe river took my house,\u201d he said.\n"
    )
    assert surname(text, "The river took") != "Late"


def test_general_early_named_again_and_again_stays_a_person():
    text = (
        "General Early held the pass. General Early sent two riders back. Early rode along the line at dusk. "
        "\u201cWe hold the line,\u201d he said.\n"
    )
    assert surname(text, "We hold the") == "Early"
