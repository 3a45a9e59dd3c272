"""Note calls, reference marks and notes, measured against the hand-labelled texts of structure_gold.py."""

from __future__ import annotations

import pytest

from annotator.domain.structure import Mark, MarkKind
from annotator.domain.structure.detect import detect
from annotator.domain.structure.notes import note_marks
from annotator.io.importers.docx import import_docx
from tests.domain.structure_gold import CALL_FORMS, CHAPTER, CHAPTER_FOUR, ENCYCLOPEDIA, gold
from tests.helpers.docx_files import make_docx

CALLS = (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK)


def _calls(marks: list[Mark]) -> list[Mark]:
    return [m for m in marks if m.kind in CALLS]


def _found_and_wanted(template: str) -> tuple[str, list[Mark], set[tuple[int, int]]]:
    text, labelled = gold(template)
    return text, _calls(detect(text)), {(start, end) for start, end, _ in labelled}


def test_every_call_of_a_chapter_and_nothing_else_is_a_call() -> None:
    text, calls, wanted = _found_and_wanted(CHAPTER)
    assert len(wanted) == 62
    found = {(m.start, m.end) for m in calls}
    # Listed rather than counted, so a failure names the calls missed and the numbers mistaken for calls.
    assert sorted(text[s - 20 : e] for s, e in found - wanted) == []
    assert sorted(text[s - 20 : e] for s, e in wanted - found) == []
    assert [m.label for m in calls] == [str(n) for n in range(1, 63)]
    assert all(m.kind == MarkKind.NOTE_CALL for m in calls)


def test_a_year_followed_by_its_call_is_both() -> None:
    text, calls, _ = _found_and_wanted(CHAPTER)
    by_label = {m.label: text[m.start - 5 : m.end] for m in calls}
    assert by_label["5"] == "1927,5"
    assert by_label["7"] == "–33).7"
    assert by_label["37"] == "1930,37"
    # Alone, with no calls around to say otherwise, the same shapes are a year and a number.
    assert _calls(detect("The returns for 1930.60 The same returns for 1927,5 and 2.50.\n")) == []


def test_each_call_is_linked_to_its_note_and_each_note_to_its_first_call() -> None:
    text, _ = gold(CHAPTER)
    marks = detect(text)
    notes = {m.label: m for m in marks if m.kind == MarkKind.NOTE}
    assert sorted(notes, key=int) == [str(n) for n in range(1, 63)]
    for call in _calls(marks):
        note = notes[call.label]
        assert (call.target_start, call.target_end) == (note.start, note.end)
        assert (note.target_start, note.target_end) == (call.start, call.end)
    # A note without the full stop after its number, and the last note, end where they should.
    assert (
        text[notes["7"].start : notes["7"].end]
        == '7 The plan was adopted in its "optimal" variant in April 1929.'
    )
    assert text[notes["62"].start : notes["62"].end] == "62. Ibid., 318."
    assert text[notes["3"].start : notes["3"].end] == "3. Ibid.,45."


def test_numbers_in_the_notes_and_a_numbered_list_in_the_body_are_no_calls_and_no_notes() -> None:
    text, _ = gold(CHAPTER)
    marks = detect(text)
    notes_start = text.index("\nNotes\n")
    assert all(m.start < notes_start for m in _calls(marks))
    list_item = text.index('1. the "counter-revolutionary aktiv"')
    assert not [m for m in marks if m.kind == MarkKind.NOTE and m.start < notes_start]
    assert list_item < notes_start


def test_every_form_of_a_call_without_notes_is_found_and_left_unresolved() -> None:
    text, calls, wanted = _found_and_wanted(CALL_FORMS)
    assert {(m.start, m.end) for m in calls} == wanted
    assert [m.label for m in calls] == [str(n) for n in range(101, 112)]
    assert all(m.target_start is None for m in calls)
    assert not [m for m in detect(text) if m.kind == MarkKind.NOTE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harvest fell by 1.25 million tons.",
        "The plan ran from 1928–31 and then 1933-37.",
        "The 3rd Army and the 21st Division held.",
        "He was tried under Article 58 (§ 2 and §3).",
        "At 4:15 the train left; at 10.30 p.m. it arrived.",
        "They paid $2.50 a day, 42% more, and £3.10 for bread.",
        "Order No. 7 and order No.7 and p.54 and vol.3 and pp.12–14.",
        "Some 30,000 men and 1,500,000 women.",
        "On 12.3.1937 he wrote.",
        "It covered 400 km² and 10¹² atoms.",
        "The T-34 tank, the Il-2 and the MiG-3.",
        "1. The first item of a list.\n2. The second item.",
        "184 STALINIST SOCIALISM\nThe text goes on.",
        "As Sakwa shows (Sakwa,37) and Service argues (Service:155–6), it was so.",
        "The text is at www.example.org/issue.12 and example.com/page.5 today.",
        "РГАСПИ, ф.17, оп.3, д.45, л.12; гл.6, стр.54 и т.3.",
        "Vgl. Bd.2, S.45, Anm.3 und Kap.4 dazu.",
    ],
)
def test_numbers_that_are_not_calls(sentence: str) -> None:
    assert _calls(detect(sentence)) == []


def test_reference_marks_of_a_page_holding_two_articles_resolve_to_each_articles_references() -> None:
    text, calls, wanted = _found_and_wanted(ENCYCLOPEDIA)
    assert {(m.start, m.end) for m in calls} == wanted
    assert all(m.kind == MarkKind.REFERENCE_MARK for m in calls)
    second = text.index("Moscow Trials\n")
    targets = {
        (m.label, m.start < second): text[m.target_start : m.target_end] for m in calls if m.target_start
    }
    assert targets[("1", True)].startswith("^ a b Conquest, Robert (1968)")
    assert targets[("10", True)].startswith("^ Solomon, Peter")
    assert targets[("a", True)].startswith("^ Peasants were targeted")
    assert targets[("b", True)].startswith("^ The article had fourteen")
    assert targets[("1", False)].startswith("^ Conquest, The Great Terror, p. 85.")
    assert targets[("4", False)].startswith("^ Vaksberg")
    unresolved = [m.label for m in calls if m.target_start is None]
    assert unresolved == ["citation needed"]
    # "[sic]", "[1937]" (a year) and "[i]t" (an editor's letter) are no marks.
    assert not [m for m in calls if m.label in ("sic", "1937", "i")]


def test_docx_footnotes_and_endnotes_are_resolved_as_the_importer_writes_them() -> None:
    data = make_docx(
        [
            ("heading", "The Great Turn"),
            ("p", "The decision was taken in 1929.[^1] Nobody expected it,[^2] least of all Bukharin.[^e1]"),
            ("p", "The harvest failed[^3] and the decree[^e2] followed.[^1]"),
        ],
        footnotes=["Davies, Socialist Offensive, 147.", "Cohen, Bukharin, 286.", "Ibid., 290."],
        endnotes=["An endnote.", "Another endnote."],
    )
    text = import_docx("turn.docx", data).text
    marks = detect(text, notes_hint="docx")
    calls = _calls(marks)
    assert [(m.kind, m.label) for m in calls] == [
        (MarkKind.NOTE_CALL, label) for label in ("1", "2", "i", "3", "ii", "1")
    ]
    assert [text[m.target_start : m.target_end] for m in calls] == [
        "[1] Davies, Socialist Offensive, 147.",
        "[2] Cohen, Bukharin, 286.",
        "[i] An endnote.",
        "[3] Ibid., 290.",
        "[ii] Another endnote.",
        "[1] Davies, Socialist Offensive, 147.",
    ]
    assert len([m for m in marks if m.kind == MarkKind.NOTE]) == 5
    # Without the hint, the same marks are reference marks, still resolved.
    assert {m.kind for m in _calls(detect(text))} == {MarkKind.REFERENCE_MARK}


def test_notes_at_the_foot_of_each_page_resolve_on_their_own_page() -> None:
    page = (
        "The commission met twice in the spring of that year.{a} Its minutes were lost, but the\n"
        "chairman's letters survive in the regional archive.{b}\n"
        "{a} Letter of 4 May, file 17.\n"
        "{b} Ibid., file 18.\n"
    )
    text = page.format(a=1, b=2) + page.format(a=1, b=2).replace("commission", "committee")
    marks = detect(text)
    calls = _calls(marks)
    assert [m.label for m in calls] == ["1", "2", "1", "2"]
    second_page = text.index("The committee")
    for call in calls:
        assert (call.target_start > second_page) == (call.start > second_page)
        assert text[call.target_start : call.target_end].startswith(call.label + " ")


def test_notes_at_the_end_of_a_book_resolve_chapter_by_chapter() -> None:
    chapter = (
        "Chapter text says this.1 And that,2 and the other.3 A long enough sentence to be body text.\n\n"
    )
    notes = "1. Note {c}.1\n2. Note {c}.2\n3. Note {c}.3\n\n"
    text = (
        f"CHAPTER ONE\n\n{chapter}CHAPTER TWO\n\n{chapter}Notes\n\nChapter One\n\n{notes.format(c='one')}"
        f"Chapter Two\n\n{notes.format(c='two')}"
    )
    calls = _calls(detect(text))
    assert len(calls) == 6
    assert [text[m.target_start : m.target_end] for m in calls] == [
        "1. Note one.1",
        "2. Note one.2",
        "3. Note one.3",
        "1. Note two.1",
        "2. Note two.2",
        "3. Note two.3",
    ]


def test_a_numbered_list_in_the_body_is_not_taken_for_the_notes() -> None:
    text = (
        "The resolution had three points.1 They were these:\n"
        "1. Grain for the towns.\n2. Machines for the villages.\n3. Order.\n"
        "Nobody believed in the second.2 Nor in the third.3\n\n"
        "1. Pravda, 5 January 1930.\n2. Ibid.\n3. Ibid.\n"
    )
    calls = _calls(note_marks(text))
    assert [text[m.target_start : m.target_end] for m in calls] == [
        "1. Pravda, 5 January 1930.",
        "2. Ibid.",
        "3. Ibid.",
    ]


def test_a_numbered_list_shorter_than_the_calls_before_it_is_not_taken_for_their_notes() -> None:
    sentence = "The harvest of that year was poor, and the procurements fell short of the plan.{n}\n"
    body = "".join(sentence.format(n=n) for n in range(1, 5))
    body += "1. Grain for the towns.\n2. Machines for the villages.\n3. Order in the party.\n"
    body += "".join(sentence.format(n=n) for n in range(5, 7))
    notes = "".join(f"{n}. Source number {n}.\n" for n in range(1, 7))
    text = f"{body}\nNotes\n\n{notes}"
    calls = _calls(detect(text))
    assert [text[m.target_start : m.target_end] for m in calls] == [
        f"{n}. Source number {n}." for n in range(1, 7)
    ]


def test_a_call_after_a_roman_numeral_is_taken_when_the_sequence_expects_it() -> None:
    text = "Trade grew under Henry VII.127 It fell under Edward III.128 It rose.129 See Part II.3 below."
    assert [m.label for m in _calls(detect(text))] == ["127", "128", "129"]
    text = "Крестьяне сопротивлялись террору.110 Это было в 1930 г.111 Так писал Сталин.112 См. раздел A.3."
    assert [m.label for m in _calls(detect(text))] == ["110", "111", "112"]


def test_a_chapter_that_goes_on_numbering_from_an_earlier_one_resolves_its_calls() -> None:
    line = "The peasants resisted the brigades in district {n}, as the report of that year says.{n}\n"
    body = "".join(line.format(n=n) for n in range(49, 56))
    notes = "".join(f"{n} Report of the district committee, file {n}.\n" for n in range(49, 56))
    for text in (f"CHAPTER FOUR\n\n{body}\nNotes\n\n{notes}", f"CHAPTER FOUR\n\n{body}\n{notes}"):
        calls = _calls(detect(text))
        assert [text[m.target_start : m.target_end] for m in calls] == [
            f"{n} Report of the district committee, file {n}." for n in range(49, 56)
        ]


def test_notes_at_the_foot_of_each_page_numbered_on_through_the_chapter() -> None:
    page = (
        "The commission met twice in the spring of that year.{a} Its minutes were lost, but the\n"
        "chairman's letters survive in the regional archive.{b}\n"
        "{a} Letter of {a} May, file 17.\n"
        "{b} Ibid., file {b}.\n"
    )
    text = page.format(a=1, b=2) + page.format(a=3, b=4) + page.format(a=5, b=6)
    calls = _calls(detect(text))
    assert [m.label for m in calls] == ["1", "2", "3", "4", "5", "6"]
    for call in calls:
        note = text[call.target_start : call.target_end]
        assert note.startswith(call.label + " ") and call.target_start > call.start
        assert call.target_start - call.start < 150  # the note on its own page, not a later one


def test_calls_numbered_on_from_an_earlier_chapter_after_years_and_decimals() -> None:
    text, calls, wanted = _found_and_wanted(CHAPTER_FOUR)
    found = {(m.start, m.end) for m in calls}
    assert sorted(text[s - 20 : e] for s, e in found - wanted) == []
    assert sorted(text[s - 20 : e] for s, e in wanted - found) == []
    assert [m.label for m in calls] == [str(n) for n in range(49, 86)]


def _scanned_article(notes: str, lost: int = 0) -> str:
    """Ten sentences with their calls (the call ``lost`` by the scan: its sentence ends without one), then
    ``notes``."""
    body = " ".join(
        f"The mill at Harlow Bend changed hands again in {1850 + n}, as the parish clerk recorded."
        + ("" if n == lost else str(n))
        for n in range(1, 11)
    )
    return f"The Mill at Harlow Bend\n\n{body}\n\nNotes\n\n{notes}"


def _targets(text: str) -> dict[str, str]:
    """Each call's label and the opening of the note it is linked to ("" when none)."""
    return {
        m.label: text[m.target_start : m.target_start + 12] if m.target_start is not None else ""
        for m in note_marks(text)
        if m.kind == MarkKind.NOTE_CALL
    }


def test_a_note_number_printed_twice_does_not_cut_the_notes_off_from_their_calls() -> None:
    # a scan: the call of note 5 lost in the text, "6." printed twice in the notes, then 7 to 10 as usual
    notes = "\n".join(
        [*(f"{n}. Parish book, f. {n * 3}." for n in range(1, 6)),
         "6. Ames, Mills of Essex, p. 30.", "6. Crowe, The Lea Valley, p. 2.",
         *(f"{n}. Parish book, f. {n * 3}." for n in range(7, 11))]
    )
    targets = _targets(_scanned_article(notes, lost=5))
    assert targets["6"] == "6. Ames, Mil"  # the first of the two keeps the number
    assert targets["7"] == "7. Parish bo" and targets["10"] == "10. Parish b"


def test_a_note_run_on_into_the_line_of_the_note_before_is_its_own_note() -> None:
    notes = "\n".join(
        ["1. Ames, Mills of Essex, p. 4.", "2. Ibid., p. 9.",
         "3. Parish book, f. 12. 4. Crowe, The Lea Valley, p. 2.",
         *(f"{n}. Parish book, f. {n * 3}." for n in range(5, 11))]
    )
    targets = _targets(_scanned_article(notes))
    assert targets["3"] == "3. Parish bo" and targets["4"] == "4. Crowe, Th"
    assert targets["10"] == "10. Parish b"


def test_a_number_inside_a_note_that_no_section_waits_for_opens_no_note() -> None:
    # guard: "vol. 2. Second" inside note 2 is no note 2 again, nor note 3
    notes = "\n".join(
        ["1. Ames, Mills of Essex, vol. 2. Second edition, p. 4.", "2. Ibid., p. 9. 7. Odd aside.",
         *(f"{n}. Parish book, f. {n * 3}." for n in range(3, 11))]
    )
    targets = _targets(_scanned_article(notes))
    assert targets["1"] == "1. Ames, Mil" and targets["2"] == "2. Ibid., p."
    assert targets["3"] == "3. Parish bo" and targets["7"] == "7. Parish bo"


def _bracketed_article(notes: str) -> str:
    """Ten sentences with bracketed reference marks "[n]", then ``notes``."""
    body = " ".join(
        f"The ferry at Coldwater ran again in {1880 + n}, the harbour log says.[{n}]" for n in range(1, 11)
    )
    return f"The Ferry at Coldwater\n\n{body}\n\nNotes\n\n{notes}"


def _mark_targets(text: str) -> dict[str, str]:
    return {
        m.label: text[m.target_start : m.target_start + 12] if m.target_start is not None else ""
        for m in note_marks(text)
        if m.kind in (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK) and m.start < text.index("Notes")
    }


def test_a_bracketed_note_run_on_into_the_line_before_with_its_bracket_misread_is_its_own_note() -> None:
    # "[6] … p. 9. [7) Quist, …": the scan printed note 7 inside note 6's line and read its "]" as ")"
    notes = "\n".join(
        [*(f"[{n}] Harbour log, f. {n * 3}." for n in range(1, 6)),
         "[6] Ibid., p. 9. [7) Quist, The Coldwater Ferry, p. 2.",
         *(f"[{n}] Harbour log, f. {n * 3}." for n in range(8, 11))]
    )
    text = _bracketed_article(notes)
    targets = _mark_targets(text)
    assert targets["6"] == "[6] Ibid., p" and targets["7"] == "[7) Quist, T"
    assert targets["1"] == "[1] Harbour " and targets["10"] == "[10] Harbour"


def test_a_bracketed_number_inside_a_note_that_no_section_waits_for_opens_no_note() -> None:
    # guard: "[7]" inside note 2 is no note 7: the section waits for note 3 there
    notes = "\n".join(
        ["[1] Harbour log, f. 3.", "[2] Ibid., p. 9. [7) Odd aside.",
         *(f"[{n}] Harbour log, f. {n * 3}." for n in range(3, 11))]
    )
    targets = _mark_targets(_bracketed_article(notes))
    assert targets["2"] == "[2] Ibid., p" and targets["3"] == "[3] Harbour "
    assert targets["7"] == "[7] Harbour "


def test_a_body_line_opening_on_a_large_number_does_not_cut_the_page_notes_off() -> None:
    # footnotes at each page's foot; on page two a line of the body opens on "315 thousand …"
    page_one = (
        "The envoy reached the city in spring.1 The governor wrote back.2\n\n1 Harbour log, f. 3.\n2 Ibid."
    )
    page_two = (
        "He promised riders.3 His letter said:\n315 thousand riders will join you.4 Nobody came.\n\n"
        "3 Quist, The Coldwater Ferry, p. 2.\n4 Ibid., p. 5."
    )
    text = f"The Envoy\n\n{page_one}\n\n{page_two}\n"
    targets = _targets(text)
    assert targets["1"] == "1 Harbour lo"
    assert targets["3"] == "3 Quist, The" and targets["4"] == "4 Ibid., p. "


def test_bracketed_marks_link_to_the_numbered_notes_under_a_notes_heading() -> None:
    # a web copy: "[1]" marks in the body, "1." notes under its "Notes" heading
    body = " ".join(f"The ferry at Coldwater ran again in {1880 + n}.[{n}]" for n in range(1, 5))
    notes = "\n".join(f"{n}. Harbour log, f. {n * 3}." for n in range(1, 5))
    targets = _mark_targets(f"The Ferry at Coldwater\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {str(n): f"{n}. Harbour l" for n in range(1, 5)}


def test_bracketed_marks_do_not_link_to_a_numbered_list_without_a_notes_heading() -> None:
    # guard: a numbered list in the body is no notes section of "[n]" marks
    body = " ".join(f"The ferry at Coldwater ran again in {1880 + n}.[{n}]" for n in range(1, 5))
    listed = "\n".join(f"{n}. Harbour log, f. {n * 3}." for n in range(1, 5))
    targets = _mark_targets(f"The Ferry at Coldwater\n\n{body}\n\nThe crossings:\n\n{listed}\n\nNotes\n")
    assert set(targets.values()) == {""}


def test_a_note_number_glued_to_its_first_word_goes_on_the_notes_section() -> None:
    # a web copy or a PDF's text lost the space after one note's number: "4Harbour log, …"
    places = ("Coldwater", "Ashby", "Marsh End", "Tilford", "Oakham", "Brede")
    body = " ".join(f"The ferry ran again to {place}.{n}" for n, place in enumerate(places, start=1))
    notes = "\n".join(f"{n}{'' if n == 4 else ' '}Harbour log of Coldwater, f. {n * 3}." for n in range(1, 7))
    targets = _targets(f"The Ferry at Coldwater\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets["4"] == "4Harbour log"
    assert targets["5"] == "5 Harbour lo" and targets["6"] == "6 Harbour lo"


def test_a_line_opening_on_a_number_glued_to_a_word_opens_no_notes_section_by_itself() -> None:
    # guard: "3D" or "2Pac" at a line's start is no note, and no section waits for it
    body = "They bought a press in spring.1 It broke.2\n3D models came later."
    text = f"The Printers\n\n{body}\n\n1 Ledger, f. 2.\n2 Ibid."
    marks = note_marks(text)
    assert not any(m.kind == MarkKind.NOTE and m.label == "3" for m in marks)
    assert _targets(text) == {"1": "1 Ledger, f.", "2": "2 Ibid."}


def test_calls_a_scan_printed_after_a_space_count_with_the_glued_ones() -> None:
    # superscripts that lost their raise and got a space: "in winter. 2 The …", "the miners) 4; and …"
    body = (
        "The mill opened in spring.1 Wages fell in winter. 2 The strike began in March.3 "
        "It was broken by the owners and the miners) 4; and nobody won.5"
    )
    notes = "\n".join(f"{n} Mill ledger, f. {n * 7}." for n in range(1, 6))
    targets = _targets(f"The Mill\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {str(n): f"{n} Mill ledge" for n in range(1, 6)}


def test_a_number_after_an_abbreviation_and_a_space_is_no_call() -> None:
    # guard: "see p. 2 Below" and "No. 3 Squadron" are a page and a name, whatever the calls around them
    body = "The mill opened in spring.1 See p. 2 Below the weir stood No. 3 Squadron's hut.\nWages fell.2"
    text = f"The Mill\n\n{body}\n\nNotes\n\n1 Mill ledger, f. 7.\n2 Ibid., f. 9.\n"
    calls = [text[m.start - 3 : m.end] for m in note_marks(text) if m.kind == MarkKind.NOTE_CALL]
    assert calls == ["ng.1", "ll.2"]


def test_page_foot_notes_do_not_run_over_the_next_page_whose_call_a_scan_garbled() -> None:
    # page two's first call came out of the scan as a letter ("riverbank.s"): its note 3 must still open a
    # new page's notes instead of going on the section of page one across page two's body
    page_one = "The envoy reached the city.1 The governor wrote back.2\n\n1 Harbour log, f. 3.\n2 Ibid."
    page_two = (
        "He camped by the riverbank.s The riders came at dawn.4 Nobody paid them.5\n\n"
        "3 Quist, The Coldwater Ferry, p. 2.\n4 Ibid., p. 5.\n5 Ibid., p. 9."
    )
    targets = _targets(f"The Envoy\n\n{page_one}\n\n{page_two}\n")
    assert targets["1"] == "1 Harbour lo" and targets["2"].startswith("2 Ibid.")
    assert targets["4"] == "4 Ibid., p. " and targets["5"] == "5 Ibid., p. "


def test_one_number_inside_a_long_endnote_does_not_break_the_notes_section() -> None:
    # guard: "Quist, Harbours,45" inside note 2 of a book's notes is no page's body
    body = " ".join(
        f"The ferry ran again to {place}.{n}"
        for n, place in enumerate(("Ashby", "Tilford", "Oakham", "Brede"), 1)
    )
    notes = (
        "1 Harbour log, f. 3.\n2 See the survey in Quist, Harbours,45 and the log.\n"
        "3 Ibid., f. 6.\n4 Ibid., f. 8."
    )
    targets = _targets(f"The Ferry\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {"1": "1 Harbour lo", "2": "2 See the su", "3": "3 Ibid., f. ", "4": "4 Ibid., f. "}


def test_calls_around_calls_a_scan_garbled_still_count_on() -> None:
    # calls 4 and 5 came out as "•" and "s"; the spaced 2 and 3 count on from call 1 by themselves
    body = (
        "The mill opened in spring.1 Wages fell in winter. 2 The strike began in March. 3 "
        "It was broken in May.• The owners won.s The town forgot.6"
    )
    notes = "\n".join(f"{n} Mill ledger, f. {n * 7}." for n in range(1, 7))
    targets = _targets(f"The Mill\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {str(n): f"{n} Mill ledge" for n in (1, 2, 3, 6)}


def test_a_call_printed_after_a_space_follows_a_page_cited_in_brackets() -> None:
    # MLA author-page citations in the body, the call after the sentence's stop: "(Quist 44). 3 In …"
    body = (
        "The mill opened in spring.1 Wages fell in winter.2 The strike began (Quist 44). 3 In May it was "
        "broken (Ames 102–3). 4 Nobody won.5"
    )
    notes = "\n".join(f"{n}. Mill ledger, f. {n * 7}." for n in range(1, 6))
    targets = _targets(f"The Mill\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {str(n): f"{n}. Mill ledg" for n in range(1, 6)}


def _bracketed_paragraph(n: int) -> str:
    """A paragraph of a plain-text book calling note [n], its note set right after it, Gutenberg-style."""
    body = f"The parish kept its old custom of the bonfire.[{n}] Nobody recalls when it began."
    return f"{body}\n\n[{n}] Parish book, f. {n}."


def test_a_body_line_opening_on_a_date_does_not_hide_a_bracketed_call_from_its_note() -> None:
    # notes set after their paragraphs; between call [4] and note [4] two lines open on a day of the month
    record = "The court's register reads:\n\n3 March, 1768. The riders were named.\n24 May, 1768. They rode."
    paragraphs = [_bracketed_paragraph(n) for n in range(1, 4)]
    paragraphs.append(f"The riders met at the mill.[4]\n\n{record}\n\n[4] Court register, f. 9.")
    paragraphs += [_bracketed_paragraph(n) for n in range(5, 7)]
    text = "The Parish\n\n" + "\n\n".join(paragraphs) + "\n"
    targets = {
        m.label: text[m.target_start : m.target_start + 9] if m.target_start is not None else ""
        for m in note_marks(text)
        if m.kind == MarkKind.REFERENCE_MARK
    }
    assert targets["4"] == "[4] Court" and targets["5"] == "[5] Paris"


def test_a_bracketed_note_number_alone_above_its_verse_and_the_notes_after_it_link() -> None:
    # the note of [3] is a verse set on the lines under its bare "[3]"
    places = ("mill", "inn", "forge", "church", "smithy")
    body = " ".join(f"The carol was sung at the {place} door.[{n}]" for n, place in enumerate(places, 1))
    verse = "    Open your purse,\n    and shut it then."
    notes = f"[1] Parish book, f. 1.\n[2] Ibid., f. 2.\n[3]\n\n{verse}\n\n[4] Ibid., f. 4.\n[5] Ibid., f. 5."
    text = f"The Carol\n\n{body}\n\nNotes\n\n{notes}\n"
    targets = {
        m.label: text[m.target_start : m.target_start + 7] if m.target_start is not None else ""
        for m in note_marks(text)
        if m.kind == MarkKind.REFERENCE_MARK
    }
    assert targets == {"1": "[1] Par", "2": "[2] Ibi", "3": "[3]\n\n  ", "4": "[4] Ibi", "5": "[5] Ibi"}


def test_the_notes_after_a_note_that_lost_its_number_still_link() -> None:
    # the extraction dropped note 4's number: notes 5 and 6 go on the section all the same
    places = ("Ashby", "Tilford", "Oakham", "Brede", "Rye", "Hythe")
    body = " ".join(f"The ferry ran again to {place}.{n}" for n, place in enumerate(places, start=1))
    notes = "1 Harbour log, f. 3.\n2 Ibid., f. 4.\n3 Ibid., f. 5.\nQuist, The Coldwater Ferry, p. 2.\n"
    notes += "5 Ibid., p. 3.\n6 Ibid., p. 4."
    targets = _targets(f"The Ferry\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets["3"] == "3 Ibid., f. "
    assert targets["5"] == "5 Ibid., p. " and targets["6"] == "6 Ibid., p. "
    assert targets["4"] == ""


def test_a_numbered_list_with_a_gap_does_not_swallow_the_page_that_follows_it() -> None:
    # guard: a lost number is bridged only where no page's body (calls of later notes) lies between
    page_one = "The envoy came.1 He wrote.2 He left.3\n\n1 Harbour log, f. 3.\n2 Ibid.\n3 Ibid., f. 4."
    page_two = "He returned by sea.4 The riders came.5 Nobody paid.6\n\n5 Quist, p. 2.\n6 Ibid., p. 5."
    targets = _targets(f"The Envoy\n\n{page_one}\n\n{page_two}\n")
    assert targets["5"] == "5 Quist, p. " and targets["6"] == "6 Ibid., p. "
    assert targets["3"] == "3 Ibid., f. "


def test_a_page_whose_last_note_lost_its_call_still_holds_only_its_own_calls() -> None:
    # page one's second call was not found (a heading's call, a garbled one): its notes 1 and 2 still close
    # page one, and page two's calls 3 and 4 link to page two's notes
    page_one = "THE FERRY AT ASHBY\n\nThe ferry ran again in spring.1 The riders came by the ford.\n\n"
    page_one += "1 Harbour log, f. 3.\n2 Reprinted from the parish book."
    page_two = "The envoy wrote back.3 Nobody paid the toll.4\n\n3 Quist, p. 2.\n4 Ibid., p. 5."
    targets = _targets(f"{page_one}\n\n{page_two}\n")
    assert targets == {"1": "1 Harbour lo", "3": "3 Quist, p. ", "4": "4 Ibid., p. "}


def test_a_heading_in_capitals_ending_on_its_call_is_a_call_where_the_sequence_wants_it() -> None:
    # the reprint's heading carries the call of its source note: "THE FERRY AT ASHBY2"
    body = "The ferry ran again in spring.1\n\nTHE FERRY AT ASHBY2\n\nThe riders came.3 Nobody paid.4"
    notes = "\n".join(f"{n} Harbour log, f. {n * 3}." for n in range(1, 5))
    targets = _targets(f"The Ferry\n\n{body}\n\nNotes\n\n{notes}\n")
    assert targets == {str(n): f"{n} Harbour lo" for n in range(1, 5)}


def test_capitals_glued_to_a_number_inside_a_line_and_letters_an_editor_supplied_are_no_marks() -> None:
    # guard: "COVID19 cases" and "the friend[s] of the mill" call nothing
    body = "The mill closed in spring.1 Then COVID19 cases rose.2 The friend[s] of the mill wr[o]te.3"
    text = f"The Mill\n\n{body}\n\nNotes\n\n1 Ledger, f. 2.\n2 Ibid.\n3 Ibid., f. 4.\n"
    marks = [text[m.start : m.end] for m in note_marks(text) if m.kind in CALLS]
    assert marks == ["1", "2", "3"]
