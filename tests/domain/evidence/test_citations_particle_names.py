"""Citations in the text (issue 16): authors whose names are not a plain "Given Surname" — lower-case
particles ("van der Linden", "de la Croix", "von Ranke"), the Arabic article ("al-Tahtawi", "ash-Sharabasi"),
"Ibn", an opening ʿayn or its apostrophe ("ʿAbduh", "'Abdu'l-Baha") — are read as one author with the
particle kept, in author–date brackets, narrative citations and notes; a scan's "lbid." is "Ibid."."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations
from annotator.domain.structure.detect import detect


def _cited(text: str) -> list[tuple[str, str, str]]:
    return [(e.cited_author, e.year, e.locator) for e in find_citations(text, detect(text))]


_BODY = "The mills closed in the winter.1 The weavers left for the towns.2 Few of them came back.3"


def _note_authors(notes: list[str]) -> list[tuple[str, str, str]]:
    text = _BODY + "\n\nNotes\n\n" + "\n".join(f"{i}. {note}" for i, note in enumerate(notes, 1)) + "\n"
    found = find_citations(text, detect(text))
    return [(e.cited_author, e.year, e.locator) for e in found if "mark" in e.details]


# Brackets


def test_a_bracket_reads_a_name_with_the_arabic_article():
    assert _cited("Grain prices doubled in the ports (al-Qasimi 1952, 71).") == [("al-Qasimi", "1952", "71")]
    assert _cited("The ulama resisted the new courts (ash-Shami 1977).") == [("ash-Shami", "1977", "")]


def test_a_bracket_reads_ibn_and_an_opening_ayn():
    assert _cited("The tribes rose and fell in turn (Ibn Haldun 1967, 88).") == [("Ibn Haldun", "1967", "88")]
    assert _cited("Reason and revelation agree (ʿAbdallah 1988, 14).") == [("ʿAbdallah", "1988", "14")]


def test_a_bracket_of_several_works_keeps_each_particle():
    assert _cited("The guilds kept prices steady (van den Berg 2008; al-Hakim 1991, 12).") == [
        ("van den Berg", "2008", ""), ("al-Hakim", "1991", "12"),
    ]  # fmt: skip


# Narrative


def test_as_a_name_with_particles_argued_keeps_the_particles():
    assert _cited("As de la Fosse argued (1979), the villages kept their common land.") == [
        ("de la Fosse", "1979", "")
    ]
    assert _cited("As al-Khatib noted (1961), the bazaar closed early.") == [("al-Khatib", "1961", "")]


def test_a_name_with_a_particle_and_a_year_is_the_whole_name():
    found = _cited("The reforms of 1840 are best read with von Stolberg (1911) on the tariffs.")
    assert found[0][0] == "von Stolberg"


def test_in_a_name_with_particles_words():
    found = _cited("The guilds held (van den Berg 2008). In van den Berg's words, the guild was a school.")
    assert ("van den Berg", "", "") in found


def test_a_sentence_opening_de_or_van_that_is_an_ordinary_word_is_no_author():
    assert _cited("De facto rule (1920) lasted until the treaty.") == []
    assert _cited("Van convoys (1950) carried the mail over the pass.") == []


def test_a_capitalised_particle_still_opens_a_surname():
    assert _cited("De Vos (1954) describes the harbour.") == [("De Vos", "1954", "")]


def test_al_inside_an_ordinary_hyphenated_word_is_no_article():
    assert _cited("The canal-Side warehouses (1902) burned down.") == []
    assert _cited("Prices rose in the postwar years (Fiscal-Reform 1950).")[0][0] != "al-Reform"


def test_a_dutch_title_s_van_is_no_particle_of_the_author_after_it():
    found = _cited("In Kroniek van Friesland (1911) the floods are told, as Hoekstra argued (1990).")
    assert ("van Friesland", "1911", "") not in found
    assert ("Hoekstra", "1990", "") in found


# Notes


def test_a_note_with_given_names_and_the_arabic_article():
    assert _note_authors([
        "Rifa'a al-Qasimi, Tarikh al-Sham (Damascus, 1952), 12.",
        "Mirza Habibu'llah al-Shirazi, Kitab al-Asrar (Cairo, 1911), 4.",
        "al-Qasimi, Tarikh, 40.",
    ]) == [("al-Qasimi", "1952", "12"), ("al-Shirazi", "1911", "4"), ("al-Qasimi", "1952", "40")]  # fmt: skip


def test_a_note_with_a_lower_case_title_before_the_particle():
    assert _note_authors([
        "Louis Henri vicomte de Brissac, Voyage en Perse (Paris: Didot, 1899), 12.",
        "Abd al-Karim Ibn Haldun, Kitab al-Ibar (Beirut, 1967), 5.",
        "Ibn Haldun, Kitab al-Ibar (Beirut, 1967), 9.",
    ]) == [
        ("de Brissac", "1899", "12"), ("Ibn Haldun", "1967", "5"), ("Ibn Haldun", "1967", "9"),
    ]  # fmt: skip


def test_a_scan_s_lbid_is_ibid():
    # (as "Ibid." alone, the bare one takes the work but no page)
    assert _note_authors([
        "Marsh, Looms and Lords (Leeds: Tarn Press, 1994), 12.", "lbid., 19.", "lbid.",
    ]) == [("Marsh", "1994", "12"), ("Marsh", "1994", "19"), ("Marsh", "1994", "")]  # fmt: skip


def test_a_note_whose_given_name_opens_on_an_ayn_and_whose_title_opens_on_the_article():
    assert _note_authors([
        "'Abdu'l-Karim Ibn Haldun, The Chronicle, trans. Mary Lane (London, 1967), 3.",
        "'Abdu’l-Wahid, al-Risala al-kubra (Cairo, 1911), 8.",
        "Marsh, Looms and Lords (Leeds: Tarn Press, 1994), 12.",
    ]) == [
        ("Ibn Haldun", "1967", "3"), ("'Abdu’l-Wahid", "1911", "8"), ("Marsh", "1994", "12"),
    ]  # fmt: skip
