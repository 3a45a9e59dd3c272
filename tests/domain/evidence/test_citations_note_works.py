"""Citations in the text (issue 16), notes that cite several works: every work of a note is a citation over
its own stretch of the note (the call carries the first), whatever parts them ("; ", "See also", "Cf.", a
sentence ending on a page); and older British notes that put no comma between the author and the title."""

from __future__ import annotations

from annotator.domain.evidence import Evidence
from annotator.domain.evidence.citations import find_citations
from annotator.domain.structure.detect import detect

_BODY = "The mills closed in the winter.1 The weavers left for the towns.2 Few of them came back.3"


def _text(notes: list[str], body: str = _BODY) -> str:
    return body + "\n\nNotes\n\n" + "\n".join(f"{i}. {note}" for i, note in enumerate(notes, 1)) + "\n"


def _found(notes: list[str], body: str = _BODY) -> tuple[str, list[Evidence]]:
    text = _text(notes, body)
    return text, find_citations(text, detect(text))


def _works(notes: list[str], body: str = _BODY) -> list[tuple[str, str, str, str]]:
    """(call label, author, year, locator) of every note call and every further work, in text order."""
    _, found = _found(notes, body)
    return [(e.details.get("label") or e.details.get("note_work", ""), e.cited_author, e.year, e.locator)
            for e in found if "mark" in e.details or "note_work" in e.details]  # fmt: skip


def test_each_work_of_a_note_parted_by_semicolons_is_a_citation():
    notes = [
        "Marsh, Looms and Lords (Leeds: Tarn Press, 1994), 12; Quist, Harvest and Hunger (Bristol: Mere "
        "Books, 2003), 88; Okafor, Bread and Empire (Accra: Sankofa, 2011), 41.",
        "Brandt, Weavers, 3.",
        "Brandt, Weavers, 9.",
    ]
    assert _works(notes) == [
        ("1", "Marsh", "1994", "12"), ("2", "Brandt", "", "3"), ("3", "Brandt", "", "9"),
        ("1", "Quist", "2003", "88"), ("1", "Okafor", "2011", "41"),
    ]  # fmt: skip


def test_each_further_work_is_its_own_stretch_of_the_note():
    notes = ["Marsh, Looms and Lords (Leeds: Tarn Press, 1994), 12; see also Quist, Harvest (Bristol, 2003).",
             "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]  # fmt: skip
    text, found = _found(notes)
    further = [e for e in found if "note_work" in e.details]
    assert [text[e.start : e.end] for e in further] == ["Quist, Harvest (Bristol, 2003)"]
    call = next(e for e in found if e.details.get("label") == "1")
    assert int(call.details["note_start"]) < further[0].start < int(call.details["note_end"])


def test_see_also_cf_and_a_lead_sentence_part_the_works_of_a_note():
    notes = [
        "On the riots see Lindqvist, Machine Breakers, 40. See also Ferrante, Landlords, 9; cf. Mora, Poor "
        "Relief, 17.",
        "Okafor, Bread and Empire, 41–58. For the later strikes, see Quist, Harvest and Hunger, 102.",
        "Brandt, Weavers, 9.",
    ]
    assert [(label, author) for label, author, _, _ in _works(notes)] == [
        ("1", "Lindqvist"), ("2", "Okafor"), ("3", "Brandt"),
        ("1", "Ferrante"), ("1", "Mora"), ("2", "Quist"),
    ]  # fmt: skip


def test_idem_takes_the_author_of_the_work_before():
    notes = ["Moore, Enclosure Acts (Hull, 1988), 4; idem, Common Fields (Hull, 1992), 7.",
             "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]  # fmt: skip
    assert ("1", "Moore", "1992", "7") in _works(notes)


def test_ibid_then_see_also_keeps_the_note_before_as_the_first_work():
    notes = ["Marsh, Looms and Lords (Leeds: Tarn Press, 1994), 12.",
             "Ibid., 15; see also Quist, Harvest and Hunger (Bristol: Mere Books, 2003), 30.",
             "Brandt, Weavers, 9."]  # fmt: skip
    works = _works(notes)
    assert works[1] == ("2", "Marsh", "1994", "15")
    assert ("2", "Quist", "2003", "30") in works


def test_an_older_british_note_without_a_comma_between_author_and_title():
    # (the short note takes the year of the author's full note above)
    notes = [
        "See Tobias Renner Mills and Masters: Cotton in Lancashire (Manchester, 1961), pp. 40-52.",
        "Compare Anselm Voigt 'The Weavers' Revolt' in Hedda Lund (ed.) Essays on Labour (Oslo, 1977).",
        "Renner Mills and Masters, p. 60.",
    ]
    assert _works(notes) == [("1", "Renner", "1961", "pp. 40-52"), ("2", "Voigt", "1977", ""),
                             ("3", "Renner", "1961", "p. 60")]  # fmt: skip


def test_a_full_note_with_several_given_names_in_their_order():
    notes = ["For the valley, see Maria Luisa Ferrante, “Tithes and Terraces,” Rural History 8 (1997): 5–30.",
             "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]  # fmt: skip
    assert _works(notes)[0] == ("1", "Ferrante", "1997", "5–30")


def test_a_semicolon_inside_a_title_or_an_imprint_parts_nothing():
    notes = [
        "Marsh, “Looms; or, the Masters Undone,” Northern History 9 (1971): 40–61.",
        "Quist, Harvest and Hunger (London; New York: Mere Books, 2003), 88.",
        "Brandt, Weavers, 9.",
    ]
    assert _works(notes) == [("1", "Marsh", "1971", "40–61"), ("2", "Quist", "2003", "88"),
                             ("3", "Brandt", "", "9")]  # fmt: skip


def test_a_page_list_of_one_work_is_one_citation():
    notes = ["Okafor, Bread and Empire, pp. 4; 7; 19.", "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]
    assert [w for w in _works(notes) if w[0] == "1"] == [("1", "Okafor", "", "pp. 4")]


def test_a_note_of_commentary_cites_no_work():
    notes = [
        "The returns for Cheshire are lost; those for Derbyshire survive only in part. New figures: "
        "Lancashire, Yorkshire, Durham.",
        "Wages fell by a third; rents did not. The parish clerk, Amos Pike, kept no accounts after 1830.",
        "Brandt, Weavers, 9.",
    ]
    assert _works(notes) == [("1", "", "", ""), ("2", "", "", ""), ("3", "Brandt", "", "9")]


def test_a_colon_opens_only_a_dated_reference():
    notes = [
        "Two studies have appeared since: Tobias Renner Mills and Masters (Manchester, 1961).",
        "The northern counties are these: Durham, Northumberland, Cumberland and Westmorland.",
        "Brandt, Weavers, 9.",
    ]
    assert [w[1] for w in _works(notes)] == ["Renner", "", "Brandt"]


def test_authors_of_one_work_parted_by_a_semicolon_are_one_work():
    body = "Grain fell short.1 Bread was dear.2 Many left.3"
    notes = ["Lund, K. M.; Okafor, Ruth (2011). Grain and the State. Tarn Press. p. 12.",
             "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]  # fmt: skip
    assert [w for w in _works(notes, body) if w[0] == "1"] == [("1", "Lund", "2011", "p. 12")]


def test_a_full_note_with_names_in_their_order_still_makes_its_author_cited_in_the_body():
    # (the body's weaker sign, "…, who …, found", needs the author cited elsewhere; a Chicago-read author is
    # not)
    body = ("The looms stopped in the winter.1 Tobias Renner, who talked to many weavers in the 1960s, found "
            "that few came back. The mills closed.2 Prices rose.3")  # fmt: skip
    notes = ["Tobias Renner, Mills and Masters (Manchester, 1961), 40.", "Brandt, Weavers, 3.",
             "Brandt, Weavers, 9."]  # fmt: skip
    _, found = _found(notes, body)
    assert [e.cited_author for e in found if "mark" not in e.details and "note_work" not in e.details] == [
        "Tobias Renner"
    ]


def test_a_page_before_the_next_inverted_name_parts_two_works():
    notes = ["For examples see Marsh, Elinor. Looms (Leeds: Tarn Press, 1994), p. 12, Quist, Amos. Harvest "
             "(Bristol: Mere Books, 2003), pp. 4-9 and Okafor, Ruth. Bread (Accra: Sankofa, 2011).",
             "Brandt, Weavers, 3.", "Brandt, Weavers, 9."]  # fmt: skip
    assert [w[1] for w in _works(notes) if w[0] == "1"] == ["Marsh", "Quist", "Okafor"]


def test_a_reference_mark_s_note_opens_on_its_bracketed_number():
    text = ("The looms stopped in the winter.[1] The weavers left for the towns.[2] Few came back.[3]\n\n"
            "Notes:\n\n[1] Renner Mills and Masters, pp. 40-52. The figures he gives are too low.\n"
            "[2] Brandt Weavers, p. 3.\n[3] Brandt Weavers, p. 9.\n")  # fmt: skip
    found = find_citations(text, detect(text))
    assert [(e.cited_author, e.locator) for e in found if "mark" in e.details] == [
        ("Renner", "pp. 40-52"), ("Brandt", "p. 3"), ("Brandt", "p. 9"),
    ]  # fmt: skip


def test_two_authors_in_their_order_and_a_transliterated_title():
    notes = ["Karim Haddad and Leila Haddad, “The Grain Tax,” Mashriq Studies 4 (1977): 10-19.",
             "Yusuf Nasr, al-Kharaj wa'l-ard (Beirut: Dar al-Ilm, 1962), p. 33.",
             "Brandt, Weavers, 9."]  # fmt: skip
    assert _works(notes)[:2] == [("1", "Haddad", "1977", "10-19"), ("2", "Nasr", "1962", "p. 33")]
