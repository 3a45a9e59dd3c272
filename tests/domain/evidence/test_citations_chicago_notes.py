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
    # (a journal's pages after its year's colon are the note's locator: "(1971): 40–61")
    assert _calls(_BODY, notes) == [("Marsh", "1994", "12"), ("Brandt", "1971", "40–61"),
                                    ("Quist", "2003", "")]  # fmt: skip


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


def test_an_archive_s_initials_and_shelf_mark_name_the_archive():
    notes = [
        "KRO, undated draft of a petition to the mayor, MS 14/2/116.",
        "Letter of the guild to the bishop, Norfolk Record Office (henceforth NRO), DN/VIS 3/12.",
        "For the tithe dispute, see KRO, Q/SO 4/77, 12 May 1781.",
    ]
    assert [author for author, _, _ in _calls(_BODY, notes)] == ["KRO", "NRO", "KRO"]


def test_a_state_s_initials_or_a_season_with_a_slash_are_no_archive():
    notes = [
        "UK, that is England and Wales, for 1850/51 only.",
        "The harvests of 1845/46 were the worst of the decade.",
        "Okafor, Bread and Empire, 12.",
    ]
    assert [author for author, _, _ in _calls(_BODY, notes)] == ["", "", "Okafor"]


def test_a_british_house_s_short_notes_put_a_colon_after_the_name():
    notes = ["Okafor: Bread, p. 62.", "Cf. Lindqvist: ‛Poor Relief’, pp. 4–9.", "‛Umari: Masalik, p. 7."]
    assert _calls(_BODY, notes) == [("Okafor", "", "p. 62"), ("Lindqvist", "", "pp. 4–9"),
                                    ("Umari", "", "p. 7")]


def test_a_single_name_or_an_owner_before_the_title_and_the_imprint_s_year():
    notes = [
        "Taliesin, The Book of the Mill (Cardiff, 1911), p. 3.",
        "See also Okafor’s ‛Grain Riots’, in Bread and Empire (Accra, 2011), pp. 4–6.",
        "Quist, Amos, The Weavers’ Risings, 1826–1848 (Leeds, 1998), p. 40.",
    ]
    assert [(a, y) for a, y, _ in _calls(_BODY, notes)] == [("Taliesin", "1911"), ("Okafor", "2011"),
                                                           ("Quist", "1998")]


def test_ibid_cites_the_note_before_at_its_own_page():
    notes = ["KRO, undated petition, MS 14/2/116.", "Ibid.", "Okafor: Bread, p. 62."]
    body = "The mills closed.1 The weavers left.2 Few came back.3 The rest stayed.4"
    notes.append("Ibid., p. 64.")
    assert _calls(body, notes) == [("KRO", "", ""), ("KRO", "", ""), ("Okafor", "", "p. 62"),
                                   ("Okafor", "", "p. 64")]


def test_a_short_note_before_a_later_full_one_is_the_note_s_reference():
    notes = [
        "Okafor: Bread, pp. 12–13. For the poor law, see Marsh, Elinor J. Parish Relief (Leeds, 1994).",
        "Ruth Okafor, Bread and Empire 2nd ed. (Accra, 2011).",
        "Okafor: Bread, p. 9.",
    ]
    found = [(a, y) for a, y, _ in _calls(_BODY, notes)]
    assert found == [("Okafor", ""), ("Okafor", "2011"), ("Okafor", "2011")]


def test_initials_and_a_surname_before_the_title_with_no_comma_name_the_author():
    notes = [
        "On the mills, see R.J. Marsh 'The Loom and the Parish' in Northern History 9 (1971), pp. 4-9.",
        "See also A. Quist Harvest and Hunger (Bristol, 2003), p. 12.",
        "U.S. Department of Labor, Wages in the Mills (Washington, 1931), p. 4.",
    ]
    assert [(a, y) for a, y, _ in _calls(_BODY, notes)] == [("Marsh", "1971"), ("Quist", "2003"), ("", "")]
