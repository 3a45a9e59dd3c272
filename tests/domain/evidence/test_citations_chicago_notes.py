"""Citations in the text (issue 16), Chicago notes–bibliography: who a note cites when its reference is a full
note with the author's name inverted ("Marsh, Elinor J. Title (…, 1994)"), a short note after a lead ("For the
grain trade, see Okafor, Bread and Empire, 41–58."), a short note that ends a discursive note, or a letter;
and what a note's author does not make of the running text."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations
from annotator.domain.structure.detect import detect


def _calls(body: str, notes: list[str]) -> list[tuple[str, str, str]]:
    """(author, year, locator) of each note call of ``body`` with ``notes`` under "Notes"."""
    text = body + "\n\nNotes\n\n" + "\n".join(f"{i}. {note}" for i, note in enumerate(notes, 1)) + "\n"
    return [(e.cited_author, e.year, e.locator) for e in find_citations(text, detect(text))
            if "mark" in e.details]  # fmt: skip


_BODY = "The mills closed in the winter.1 The weavers left for the towns.2 Few of them came back.3"


def test_a_full_note_with_the_author_s_name_inverted_names_the_author_not_the_title():
    notes = [
        "Marsh, Elinor J. A Nation, Not a Parish: Weavers and the State (Leeds: Tarn Press, 1994), 12.",
        "For the strikes, see Brandt, Otto. “The Loom Riots of 1826.” Northern History 9 (1971): 40–61.",
        "See also: Quist, Amos Harvest and Hunger (Bristol: Mere Books, 2003).",
    ]
    assert _calls(_BODY, notes) == [("Marsh", "1994", "12"), ("Brandt", "1971", ""), ("Quist", "2003", "")]


def test_a_short_note_after_a_lead_or_at_the_end_of_a_discursive_note_names_its_author():
    notes = [
        "For the grain trade, see Okafor, Bread and Empire, 41–58.",
        "The parish books are silent on this. Lindqvist and Mora, “Poor Relief,” 112.",
        "Rents are a harder case than wages; see Ferrante, Landlords, 9.",
    ]
    assert _calls(_BODY, notes) == [("Okafor", "", "41–58"), ("Lindqvist", "", "112"), ("Ferrante", "", "9")]


def test_a_letter_in_a_note_names_its_writer_and_its_year():
    notes = [
        "Edith Harrow to Samuel Pike 3 May 1862, Harrow Papers, Box 4, County Record Office.",
        "Okafor, Bread and Empire, 41.",
        "Okafor, Bread and Empire, 44.",
    ]
    assert _calls(_BODY, notes)[0] == ("Harrow", "1862", "")


def test_a_discursive_note_cites_nobody():
    notes = [
        "The counties are Lancashire, Cheshire and Derbyshire. However, the returns are incomplete.",
        "Illinois, Ohio, Indiana and Michigan are counted as one region here.",
        "The figures for 1851 are estimates. See the appendix for the method.",
    ]
    assert _calls(_BODY, notes) == [("", "", ""), ("", "", ""), ("", "", "")]


def test_a_full_note_with_the_given_name_first_keeps_its_year_and_page():
    notes = [
        "Ruth Okafor, Bread and Empire: Grain in the Atlantic World (Accra: Sankofa, 2011), 77.",
        "Ruth Okafor, Bread and Empire, 80.",
        "Paul Quist, The Mill Towns 2nd ed. (London: Harker, 1958).",
    ]
    assert _calls(_BODY, notes) == [("Okafor", "2011", "77"), ("Okafor", "2011", "80"), ("Quist", "1958", "")]


def test_the_writer_of_a_source_cited_in_a_note_is_still_an_actor_in_the_text():
    body = (
        "Senator Harrow spoke against the treaty.1 Harrow argued that it bound the country to Europe, "
        "and Harrow felt sure of a majority. The vote went against him (4)."
    )
    notes = ["Harrow, E.J. “Against the Treaty.” Senate Journal 12, pt. 3: 441."]
    text = body + "\n\nNotes\n\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(notes, 1)) + "\n"
    found = [(text[e.start : e.end], e.cited_author) for e in find_citations(text, detect(text))]
    assert found == [("1", "Harrow")]
