"""Headings: which lines name the parts of a text, at which level, and how a citation names them."""

from __future__ import annotations

import pytest

from annotator.domain.structure import MarkKind
from annotator.domain.structure.detect import detect
from annotator.domain.structure.headings import citation_name, heading_marks
from tests.domain.structure_gold import CHAPTER, gold

BODY = (
    "The commission met in the spring and took its decisions quickly, as such commissions did in those "
    "years, without asking the districts what they could deliver."
)


def headings(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in heading_marks(text)]


def test_a_chapter_label_and_its_title_are_one_heading_above_its_sections() -> None:
    text, _ = gold(CHAPTER)
    assert headings(text) == [
        ("CHAPTER SIX\nThe politics of Stalinism", "1"),
        ("The Urals–Siberian method", "2"),
        ("The great turn", "2"),
        ("The retreat that was not one", "2"),
        ("The cost", "2"),
        ("Notes", "2"),
    ]
    chapter = next(m for m in detect(text) if m.kind == MarkKind.HEADING)
    assert citation_name(text[chapter.start : chapter.end]) == "chapter 6, ‘The politics of Stalinism’"


def test_parts_chapters_numbered_sections_and_plain_headings_have_their_levels() -> None:
    text = "\n\n".join(
        [
            "Part II",
            "Chapter 3: The Terror",
            "3.1 The arrests",
            BODY,
            "3.1.2 The quotas",
            BODY,
            "What the archives show",
            BODY,
            "PART THREE",
            "Chapter Four",
            BODY,
        ]
    )
    assert headings(text) == [
        ("Part II", "1"),
        ("Chapter 3: The Terror", "2"),
        ("3.1 The arrests", "3"),
        ("3.1.2 The quotas", "4"),
        ("What the archives show", "5"),
        ("PART THREE", "1"),
        ("Chapter Four", "2"),
    ]


def test_markdown_headings_keep_their_levels() -> None:
    assert headings(f"# The Purge\n\n{BODY}\n\n## The trials\n\n{BODY}\n") == [
        ("# The Purge", "1"),
        ("## The trials", "2"),
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (f"{BODY}\n\nThe line ends with a full stop.\n\n{BODY}", "final punctuation"),
        (f"{BODY}\n\n1. The first point\n2. The second point\n3. The third point\n\n{BODY}", "a list"),
        (f"{BODY}\n\n- A bulleted item\n\n{BODY}", "a bullet"),
        (f"{BODY} the\n\n184 STALINIST SOCIALISM\n\nwhole of it.", "a running head in a sentence"),
        (f"{BODY} and then\n\nTHE GREAT TURN 185\n\nThey went on.", "a page number at its end"),
        (f"{BODY}\n\nA short line\n\nAnother short line\n", "no body text follows"),
        (f"{BODY[:-1]} and\nthe committee was told\n{BODY}", "the rest of a sentence"),
        (f"{BODY}\n\nService (210) says the terror was planned\n\n{BODY}", "a cited page"),
        (f"{BODY}\n\nIt was 1937. Nobody was safe\n\n{BODY}", "two sentences"),
        (f"{BODY}\n\nwhat came after\n\n{BODY}", "lower case"),
        (f"{BODY}\n\n“Is he married or single?”\n\n{BODY}", "dialogue"),
        (f"{BODY}\n\n“He came down to see the place”\n\n{BODY}", "a quotation"),
        (f"{BODY}\n\nAverage    2  19   1\n\n{BODY}", "a table row"),
        (f"{BODY}\n\nMexico dollars ........ 22\n\n{BODY}", "dot leaders"),
        (f"{BODY}\n\nWhen the ladies had gone, he said to Elizabeth,--\n\n{BODY}", "a dash"),
        (f"{BODY}\n\nAfter the meeting the secretary turned to the\n\n{BODY}", "a broken line"),
    ],
)
def test_lines_that_are_no_headings(text: str, why: str) -> None:
    assert headings(text) == [], why


def test_chapter_labels_with_a_full_stop_and_titles_in_capitals_over_several_lines() -> None:
    text = (
        f"CHAPTER XII.\n\n\n[Illustration]\n\n{BODY}\n\n"
        "BOOK I. OF THE CAUSES OF IMPROVEMENT IN THE PRODUCTIVE\n"
        f"POWERS OF LABOUR, AND OF THE ORDER IN WHICH\nITS PRODUCE IS DISTRIBUTED.\n\n{BODY}"
    )
    assert headings(text) == [
        ("CHAPTER XII.", "2"),
        (
            "BOOK I. OF THE CAUSES OF IMPROVEMENT IN THE PRODUCTIVE\nPOWERS OF LABOUR, AND OF THE ORDER IN "
            "WHICH\nITS PRODUCE IS DISTRIBUTED.",
            "1",
        ),
    ]
    assert citation_name(headings(text)[1][0]) == (
        "book 1, ‘Of the causes of improvement in the productive powers of labour, and of the order in which "
        "its produce is distributed’"
    )


def test_a_running_head_repeated_with_page_numbers_is_no_heading() -> None:
    pages = [f"{BODY}\n\nSTALINIST SOCIALISM {n}\n\n{BODY}" for n in (183, 185, 187)]
    assert headings("\n\n".join(pages)) == []


def test_a_first_line_title_sits_above_the_sections() -> None:
    text = f"The Complete Negation\n\n\n{BODY}\n\nThe Gulag\n\n{BODY}\n\nThe Purge\n\n{BODY}"
    assert headings(text) == [("The Complete Negation", "1"), ("The Gulag", "2"), ("The Purge", "2")]


def test_a_heading_carrying_a_note_call_is_still_a_heading() -> None:
    assert headings(f"{BODY}\n\nIntroduction¹\n\n{BODY}\n\nThe sources[2]\n\n{BODY}") == [
        ("Introduction¹", "1"),
        ("The sources[2]", "1"),
    ]


def test_a_sentence_its_footnote_cuts_in_two_is_no_heading() -> None:
    # Older print sets a note under the page: the sentence stops at the call and goes on after the note.
    text = (
        f"{BODY}\n\nIn 1902 the governor wrote a long letter*\n\n"
        "*The letter survives in two drafts, both kept in the provincial archive with his diary.\n\n"
        f"to the minister about the harvest, which he thought the worst in memory.\n\n{BODY}"
    )
    assert headings(text) == []
    numbered = text.replace("letter*", "letter7").replace("*The letter", "7 The letter")
    assert headings(numbered) == []


def test_a_heading_with_a_starred_note_on_its_source_is_still_a_heading() -> None:
    text = (
        f"{BODY}\n\nThe Harvest of 1902*\n\n"
        "*First read to the county history society in the winter of 1931, printed with few changes.\n\n"
        f"{BODY}"
    )
    assert headings(text) == [("The Harvest of 1902*", "1")]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("CHAPTER SIX\nThe politics of Stalinism", "chapter 6, ‘The politics of Stalinism’"),
        ("Chapter 12: The Terror", "chapter 12, ‘The Terror’"),
        ("PART TWO\nTHE GREAT TURN", "part 2, ‘The great turn’"),
        ("Part IV", "part 4"),
        ("3.2 The quotas", "section 3.2, ‘The quotas’"),
        ("The Gulag", "‘The Gulag’"),
        ("## The trials", "‘The trials’"),
    ],
)
def test_citation_names(heading: str, name: str) -> None:
    assert citation_name(heading) == name


def test_a_chapter_number_alone_over_its_title_starts_a_chapter_imported_on_its_own() -> None:
    text = f"6\n\nThe politics of Stalinism\n\n{BODY}\n\nThe purge of the party\n\n{BODY}"
    found = headings(text)
    assert found == [("6\n\nThe politics of Stalinism", "1"), ("The purge of the party", "2")]
    assert citation_name(found[0][0]) == "chapter 6, ‘The politics of Stalinism’"
    # Further into a text, a bare number over a title is a page number unless such numbers count up.
    assert headings(f"{BODY}\n\n23\n\nThe next part\n\n{BODY}") == [("The next part", "1")]
