"""Citations in the text (issue 16), a source's own notes as its style guide: the works its earlier notes
cite explain its short notes ("Haldane, p. 41.", "Verlaine. Op. cit., p. 7.", a short title), an imprint's
publisher or place is no author, and "Ibid." opens a note whatever follows it."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations
from annotator.domain.evidence.citations.source_notes import SourceNotes
from annotator.domain.structure.detect import detect

_PLACES = ["Skerrow", "Fetlar", "Unst", "Yell", "Foula", "Whalsay", "Bressay", "Papa Stour", "Noss", "Mousa"]


def _calls(notes: list[str], bracketed: bool = False) -> list[tuple[str, str, str]]:
    """(author, year, locator) of each note call, in order, the calls and notes numbered "1" / "1." or
    "[1]" / "[1]"."""
    call = "[{}]" if bracketed else "{}"
    body = " ".join(
        f"The keepers on {_PLACES[n - 1]} wrote to the board again that spring.{call.format(n)}"
        for n in range(1, len(notes) + 1)
    )
    listed = "\n".join(f"[{i}] {note}" if bracketed else f"{i}. {note}" for i, note in enumerate(notes, 1))
    text = f"{body}\n\nNotes\n\n{listed}\n"
    found = find_citations(text, detect(text))
    return [(e.cited_author, e.year, e.locator) for e in found if "mark" in e.details]


def test_an_author_and_a_page_cite_the_work_an_earlier_note_gave_in_full():
    notes = ["Ingrid Haldane, THE NORTHERN LIGHTS BOARD (Edinburgh: Skerry Press, 1959), p. 12.",
             "Haldane, p. 41.", "Haldane, pp. 50-52."]  # fmt: skip
    assert _calls(notes) == [("Haldane", "1959", "p. 12"), ("Haldane", "1959", "p. 41"),
                             ("Haldane", "1959", "pp. 50-52")]  # fmt: skip


def test_a_place_and_a_page_are_no_short_note_when_no_earlier_note_named_that_author():
    # guard: "Lisbon, p. 4." names no author this source has cited
    notes = [
        "Ingrid Haldane, THE NORTHERN LIGHTS BOARD (Edinburgh: Skerry Press, 1959), p. 12.",
        "Lisbon, p. 4.",
    ]
    assert _calls(notes)[1][0] == ""


def test_a_name_before_op_cit_or_ibid_is_the_author_of_a_work_cited_before():
    notes = [
        "Verlaine, Odile Marthe. Lamps and Lenses. Beacon House: Leith, 1966, p. 30.",
        "Corbett, Amos. Keepers' Wives. Tideway Books: Oban, 1971, p. 8.",
        "Verlaine. Op. cit., p. 7.",
        "Corbett. Ibid.",
        "On the storm of that winter, see Corbett, op. cit., 56.",
    ]
    assert [author for author, _, _ in _calls(notes)] == [
        "Verlaine",
        "Corbett",
        "Verlaine",
        "Corbett",
        "Corbett",
    ]
    assert _calls(notes)[2] == ("Verlaine", "1966", "p. 7")


def test_a_short_title_cites_the_work_whose_earlier_note_printed_it():
    notes = [
        "Pryce, Arthur. Harbour Records of Tynemouth. Coble Press: Alnwick, 1961, p. 3.",
        "Logbook of the Skerrow Light: Entries of the Principal Keeper. Edited by Dora Venn. Gannet Books: "
        "Hull, 1990. Tuesday, May 3, 1881.",
        "Harbour Records of Tynemouth, p. 12.",
        "Logbook of the Skerrow Light, Monday, May 9, 1881.",
    ]
    calls = _calls(notes)
    assert calls[2] == ("Pryce", "1961", "p. 12")
    # a work the source cites by its title alone has no author: not "Light", not the publisher's "Books"
    assert calls[1][0] == "" and calls[3][0] == ""


def test_a_name_in_order_stays_the_author_where_an_earlier_note_printed_that_name():
    # guard: "Sara Quist, Pearl Divers, 14." is Quist's work, though note 1 names her inside Vakil's note
    notes = ["Noor Vakil, Ports of the Gulf (Leiden, 1980), 3; Sara Quist, Pearl Divers (Oxford, 1991), 9.",
             "Sara Quist, Pearl Divers, 14."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Vakil", "Quist"]


def test_a_discursive_sentence_is_no_short_title():
    # guard: "In the Context of …" opens a sentence, not a title seen before
    notes = ["Brandt, Otto. Weavers of the Fens. Reed Press: Ely, 1950, p. 2.",
             "In the context of the strikes, see Brandt, Weavers, 9."]  # fmt: skip
    assert _calls(notes)[1][0] == "Brandt"


def test_an_imprint_publisher_is_no_author():
    notes = ["The Skerrow Papers. Translated by Ruth Okafor with Lena Marr. Gannet Books: Hull, 1990, p. 5."]
    assert _calls(notes)[0][0] == ""


def test_a_weekday_is_no_author_of_a_newspaper_note():
    notes = ["Shetland Times. Friday, Aug. 9, 1912, p. 7."]
    assert _calls(notes)[0][0] == ""


def test_ibid_opens_a_note_whatever_follows():
    notes = ["Verlaine, Odile Marthe. Lamps and Lenses. Beacon House: Leith, 1966, p. 30.",
             "Ibid., entry for March 4th.", "Ibid. Later that year the board closed the light."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Verlaine", "Verlaine", "Verlaine"]


def test_bracketed_notes_read_ibid_and_an_author_with_a_page():
    notes = ["Ingrid Haldane, THE NORTHERN LIGHTS BOARD (Edinburgh: Skerry Press, 1959), p. 12.",
             "Ibid., p. 19.", "Haldane, p. 41."]  # fmt: skip
    assert _calls(notes, bracketed=True) == [("Haldane", "1959", "p. 12"), ("Haldane", "1959", "p. 19"),
                                             ("Haldane", "1959", "p. 41")]  # fmt: skip


def test_a_discursive_note_cites_a_known_author_in_brackets():
    notes = ["Ingrid Haldane, THE NORTHERN LIGHTS BOARD (Edinburgh: Skerry Press, 1959), p. 12.",
             "The board never answered the keepers, who wrote twice more (Haldane, p. 88)."]  # fmt: skip
    assert _calls(notes)[1] == ("Haldane", "1959", "p. 88")


def test_a_letter_is_cited_by_its_writer_with_the_date_it_bears():
    notes = [
        "Harwell to Director, Board of Lights, 8 January 1921. File 22 - 7/3. (NLA)",
        "Tamsin Orr to the Secretary 25 March 1923.",
        "Rev. Amos Lutton, Chairman, Fens Circuit, to Gribble, 15 February 1930. Lutton had written twice.",
        "Harwell to Board of Lights, op. cit.",
    ]
    assert _calls(notes) == [("Harwell", "1921", ""), ("Orr", "1923", ""), ("Lutton", "1930", ""),
                             ("Harwell", "1921", "")]  # fmt: skip


def test_a_place_to_a_place_is_no_letter():
    # guard: "Leith to Oban, in May 1921" is a voyage, not a letter by Leith: "to" needs its writer's surname
    # and its date, and a place is no surname
    notes = ["Ingrid Haldane, THE NORTHERN LIGHTS BOARD (Edinburgh: Skerry Press, 1959), p. 12.",
             "The route from London to Oban, in May 1921, took the keepers four days."]  # fmt: skip
    assert _calls(notes)[1][0] != "London"


def test_a_note_that_quotes_its_source_before_op_cit_cites_that_author():
    notes = ["Ronald Williams, The Keepers' Church (Lerwick, 1972), 108.",
             "“After the war the lights were short of men.”, Williams, op. cit., 156."]  # fmt: skip
    assert _calls(notes)[1] == ("Williams", "1972", "156")


def test_a_translator_named_after_by_is_no_author():
    notes = [
        "Published in the Skerrow Gazette, Vol. 2 (1911), pp. 1-6 (in Gaelic; provisional translation by "
        "Dr. Ewan Macrae, May, 1988)."
    ]
    assert _calls(notes)[0][0] == ""


def test_an_author_named_before_his_translator_stays_the_author():
    # guard: the translator comes after the author's own name
    notes = [
        "Ingrid Haldane, THE NORTHERN LIGHTS BOARD, trans. by Ewan Macrae (Edinburgh: Skerry Press, 1959)."
    ]
    assert _calls(notes)[0][0] == "Haldane"


def test_a_writers_diary_or_papers_is_cited_by_the_writer():
    notes = ["Diary of Agnes Harcourt (unpublished): Entry Tue, March 3.",
             "Papers of Sir John Lennox, box 4."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Harcourt", "Lennox"]


def test_a_name_and_an_honorific_are_the_author_together():
    notes = ["Enver Pasha, MEMOIRS OF THE WAR (Istanbul: Kitap Evi, 1921), p. 5.",
             "The board's reply is lost (Ruhiyyih Khanum, THE PEARL, p. 40)."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Enver Pasha", "Ruhiyyih Khanum"]


def test_a_discursive_note_cites_a_short_note_in_brackets():
    notes = [
        "The keepers had asked for a relief boat (Odile Verlaine, Lamps and Lenses, p. 30), but none came."
    ]
    assert _calls(notes)[0] == ("Verlaine", "", "p. 30")


def test_a_persian_name_joined_by_the_ezafe_is_one_author():
    notes = ["Hasan-i Tabrizi, The Lamp Book (Tabriz: Nur Press, 1931), 4.",
             "Hasan-i Tabrizi, The Lamp Book, 9."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Hasan-i Tabrizi", "Hasan-i Tabrizi"]


def test_a_letter_whose_writer_has_an_arabic_given_name():
    notes = ["Abu’l-Fadl Nuri to Author, March 2, 1990. Private papers."]
    assert _calls(notes) == [("Nuri", "1990", "")]


def test_a_discursive_note_cites_a_known_author_after_according_to_or_quoted_in():
    notes = [
        "Ingrid Haldane, “The Lights,” Northern Review 4 (1961), 1–20.",
        "The count is low, according to Haldane, “The Lights,” 12.",
        "The keepers’ wives kept the books. Quoted in Haldane, “The Lights,” 15, from a letter of 1880.",
    ]
    assert _calls(notes)[1:] == [("Haldane", "1961", "12"), ("Haldane", "1961", "15")]


def test_a_discursive_note_cites_a_full_reference_in_brackets():
    notes = ["The bill of sale still exists (Odile Verlaine, Lamps and Lenses: A History (Leith: Beacon "
             "House, 1966 [1980]), 30). It was not shown to me."]  # fmt: skip
    assert _calls(notes) == [("Verlaine", "1966", "30")]


def test_what_a_person_told_the_author_is_cited_by_that_person():
    notes = ["Macrae, personal conversation with the author.", "Ewan Macrae, pers. comm."]
    assert [author for author, _, _ in _calls(notes)] == ["Macrae", "Macrae"]


def test_a_discursive_notes_first_reference_is_its_citation():
    notes = [
        "Ingrid Haldane, “The Lights,” Northern Review 4 (1961), 1–20.",
        "A keeper earned little (Haldane, “The Lights,” 18). For the wages of 1900, see Amos Corbett, Pay "
        "and Lights (Oban: Tideway, 1971), 8.",
    ]
    assert _calls(notes)[1] == ("Haldane", "1961", "18")


def test_a_discursive_note_without_an_earlier_bracket_keeps_its_see_reference():
    # guard: "(in 1900)" is no reference; the "see" reference stays the note's citation
    notes = ["The wages rose twice (in 1900 and 1910). For the wages, see Amos Corbett, Pay and Lights "
             "(Oban: Tideway, 1971), 8."]  # fmt: skip
    assert _calls(notes) == [("Corbett", "1971", "8")]


def test_an_author_date_short_note_cites_the_bibliographys_work():
    notes = ["Haldane, 1959, pp. 12-14.", "See, for example, Corbett, 1971.", "Van der Berg, 2001, p. 113.",
             "Ibidem, p. 20."]  # fmt: skip
    assert _calls(notes) == [
        ("Haldane", "1959", "pp. 12-14"), ("Corbett", "1971", ""), ("Van der Berg", "2001", "p. 113"),
        ("Van der Berg", "2001", "p. 20"),
    ]  # fmt: skip


def test_a_place_or_a_month_and_a_year_are_no_author_date_note():
    # guard: "London, 1851." and "May, 1921." name no author
    notes = ["London, 1851.", "May, 1921, a hard winter."]
    assert [author for author, _, _ in _calls(notes)] == ["", ""]


def test_an_archive_after_a_lead_or_a_documents_quoted_title():
    notes = ["See, for example, RGIA, f. 1405, op. 2, d. 77, l. 4.",
             "“Prošenie žitelej g. Oša”: GARF, f. 19, op. 1, d. 12, ll. 3-5."]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["RGIA", "GARF"]


def test_a_report_is_cited_by_the_officer_who_signed_it():
    notes = ["Harbour Reports Lerwick 1931-32. North Isles. W.E. Tomason. June 1932, Lights, 4. (NAS)",
             "Harbour Report 2 of 1940/41. Unst. R.G. Saxby, Keepers, p 12. (NAS)"]  # fmt: skip
    assert [author for author, _, _ in _calls(notes)] == ["Tomason", "Saxby"]


def test_an_editor_after_ed_is_no_signing_officer():
    # guard: "ed. and trans. Edward G. Browne (…)" names the editor, not a report's writer
    notes = ["A Keeper's Narrative. Ed. and trans. Edward G. Brownlee (Lerwick: Isle Press, 1891)."]
    assert _calls(notes)[0][0] != "Brownlee"


def test_a_short_title_skips_a_discursive_note_that_only_mentions_it():
    notes = [
        "Ingrid Haldane, The Northern Lights Board (Edinburgh: Skerry Press, 1959), p. 12.",
        "More of her letters can be found in The Northern Lights Board.",
        "The Northern Lights Board, pp. 40-41.",
    ]
    assert _calls(notes)[2] == ("Haldane", "1959", "pp. 40-41")


def test_a_journal_named_before_is_no_short_title_of_its_article():
    # a journal that held an earlier article ("“The Last Keeper,” Harbour Gazette, 3 …") names no work of
    # that article's author when a later note opens on it
    source = SourceNotes()
    source.learn(
        "2. Amos Corbett, “The Last Keeper,” Harbour Gazette, 3, No. 2 (1912), p. 3.", "Corbett", "1912"
    )
    assert source.by_title("5. Harbour Gazette, 4, No. 1 (6 Oct. 1913), p. 207.", "") is None
    assert source.by_title("6. The Last Keeper, p. 4.", "") == ("Corbett", "1912", "p. 4")


def test_a_note_that_opens_quoted_in_cites_the_quoting_work():
    notes = ["Quoted in Ingrid Haldane, The Lights Board, p. 58.", "Cited in Corbett, Pay and Lights, 9."]
    assert [author for author, _, _ in _calls(notes)] == ["Haldane", "Corbett"]


def test_a_writers_unpublished_notes_are_cited_by_the_writer():
    notes = ["Unpublished notes of Agnes Harcourt, Lerwick Archives."]
    assert _calls(notes)[0][0] == "Harcourt"
