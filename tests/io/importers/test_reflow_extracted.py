"""Reflow of a book copied out of a PDF (issue 14): paragraphs from the document's own statistics, words as
printed, running heads out of the text and into the page map (and issue 13 item 11: line-oriented files
are never joined)."""

from __future__ import annotations

import random
import re

import pytest

from annotator.domain.importing import ImportOptions
from annotator.domain.pages import page_at
from annotator.domain.paragraphs import paragraphs
from annotator.io.importers.reflow import reflow
from annotator.io.importers.registry import import_document
from tests.helpers.extracted_books import COMPOUNDS, SENTENCES, extracted_book


def _paragraph_texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in paragraphs(text)]


def test_an_extracted_book_comes_back_paragraph_by_paragraph() -> None:
    book = extracted_book()
    result = reflow(book.text)
    assert result.detected
    got = _paragraph_texts(result.text)
    # Every real paragraph whole, and the heading, list, table and verse line by line: nothing merged.
    assert sorted(got) == sorted(book.paragraphs + book.structure)
    assert [p for p in got if p in book.paragraphs] == book.paragraphs


def test_words_are_those_of_the_file_and_compounds_keep_their_hyphen() -> None:
    book = extracted_book()
    result = reflow(book.text)
    for compound in COMPOUNDS:
        assert compound in result.text
        assert compound.replace("-", "") not in result.text
    # Apart from the split words listed and the running heads, the words are the file's, in order.
    written = book.text
    for head in book.heads:
        written = written.replace(head, "")
    for joined, as_written in result.split_words:
        assert joined == as_written.replace("-\n", "")
        assert re.search(rf"\b{joined}\b", book.text)  # the document writes the joined form elsewhere
        written = written.replace(as_written, joined, 1)
    assert result.text.split() == written.replace("-\n", "-").split()
    assert result.hyphens_joined == len(result.split_words) > 0


def test_a_split_word_without_evidence_keeps_its_hyphen() -> None:
    lines = [
        "The committee of the district discussed the wage-",
        "labour of the brigades and the requisitioning of the",
        "grain at length, while the secretary took down the minutes of",
        "the meeting in a notebook that has survived in the archive of",
        "the province, with the signatures of all the members present",
        "at the meeting and the stamp of the district committee on it.",
        "The inter-",
        "national situation was discussed as well, and so was the",
        "international press, which the teacher read out to the members.",
    ]
    result = reflow("\n".join(lines), force=True)
    assert "the wage-labour of the brigades" in result.text  # no "wagelabour" anywhere: kept as printed
    assert "The international situation" in result.text  # "international" is written elsewhere
    assert result.split_words == (("international", "inter-\nnational"),)


def test_running_heads_become_page_anchors_and_leave_the_text() -> None:
    book = extracted_book()
    result = reflow(book.text)
    assert len(result.removed) == len(book.heads)
    assert {item.reason for item in result.removed} == {"running head"}
    for head in book.heads:
        assert head not in result.text
    labels = [label for _, label in result.page_map]
    assert labels == [str(184 + i) for i in range(len(book.heads))]
    # Each page begins where the words printed after its head begin (mid-paragraph, as a rule).
    for head, (offset, label) in zip(book.heads, result.page_map, strict=True):
        after = book.text.split(f"{head}\n\n", 1)[1].split("\n", 1)[0]
        assert label in head
        assert result.text[offset:].startswith(after.rstrip("-")), head
        assert page_at(result.page_map, offset) == label
        if offset:
            assert page_at(result.page_map, offset - 1) == str(int(label) - 1)


def test_a_sentence_broken_by_a_page_break_is_joined_across_it() -> None:
    prose = " ".join(SENTENCES * 5)
    lines: list[str] = []
    current = ""
    for word in prose.split():
        if len(current) + 1 + len(word) > 64:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    # Pages of fourteen lines, each after a running head between blank lines.
    text_lines: list[str] = []
    for page, start in enumerate(range(0, len(lines), 14)):
        number = 184 + page
        head = f"{number} STALINIST SOCIALISM" if number % 2 == 0 else f"THE POLITICS OF STALINISM {number}"
        text_lines += ([""] if text_lines else []) + [head, ""] + lines[start : start + 14]
    result = reflow("\n".join(text_lines) + "\n")
    assert _paragraph_texts(result.text) == [prose]
    assert [label for _, label in result.page_map] == [str(184 + n) for n in range(len(result.page_map))]
    assert result.page_map[0] == (0, "184")


def test_a_number_at_the_foot_of_a_chapters_first_page() -> None:
    book = extracted_book(lines_per_page=24, paragraph_gap=False)
    lines = book.text.split("\n")
    # Page 186 opens a chapter: no head, its number printed at its foot instead.
    head = lines.index("186 STALINIST SOCIALISM")
    foot = lines.index("THE POLITICS OF STALINISM 187")
    first_on_186 = lines[head + 2]
    lines[foot - 1 : foot - 1] = ["", "186"]
    del lines[head]
    result = reflow("\n".join(lines))
    assert "186" in [item.text for item in result.removed]
    assert {item.reason for item in result.removed} == {"running head", "page number"}
    starts = {label: offset for offset, label in result.page_map}
    assert result.text[starts["186"] :].startswith(first_on_186.rstrip("-"))
    assert "187" in starts and "\n186\n" not in result.text


def test_where_a_page_break_cannot_be_told_the_page_is_unknown() -> None:
    book = extracted_book(lines_per_page=24)  # blank lines between paragraphs: many places to break
    lines = book.text.split("\n")
    head = lines.index("186 STALINIST SOCIALISM")
    foot = lines.index("THE POLITICS OF STALINISM 187")
    lines[foot - 1 : foot - 1] = ["", "186"]
    lines[head] = ""
    result = reflow("\n".join(lines))
    labels = [label for _, label in result.page_map]
    assert "186" not in labels and "" in labels  # never guessed: the stretch has no page
    unknown = dict((label, offset) for offset, label in result.page_map)[""]
    assert page_at(result.page_map, unknown) is None


def _words() -> list[str]:
    return [w.lower().strip(".,") for w in " ".join(SENTENCES).split()]


def _line_oriented(kind: str) -> str:
    rng = random.Random(3)
    words = _words()

    def phrase(low: int, high: int) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))

    n = 400
    if kind == "numbered list":
        return "\n".join(f"{i}. {phrase(4, 14).capitalize()}" for i in range(1, n))
    if kind == "bibliography":
        return "\n".join(
            f"{phrase(1, 2).title()}, {phrase(1, 1).title()}. {phrase(4, 9).title()}. London, {1850 + i}."
            for i in range(n)
        )
    if kind == "table":
        rows = (f"{phrase(1, 3):<30}{rng.randint(1, 99):>8}{rng.randint(1, 999):>8}" for _ in range(n))
        return "\n".join(rows)
    if kind == "index":
        return "\n".join(
            f"{phrase(1, 3)}, " + ", ".join(str(rng.randint(1, 400)) for _ in range(rng.randint(1, 12)))
            for _ in range(n)
        )
    if kind == "lower-case verse":  # lines of every length that run on in lower case
        return "\n".join("" if i % 9 == 8 else phrase(5, 10) + rng.choice([",", "", ""]) for i in range(n))
    return "\n".join(f"{phrase(8, 16).capitalize()}." for _ in range(n))  # one sentence a line


@pytest.mark.parametrize(
    "kind", ["numbered list", "bibliography", "table", "index", "lower-case verse", "sentence a line"]
)
def test_line_oriented_files_are_never_joined_by_default(kind: str) -> None:
    text = _line_oriented(kind)
    document = import_document("list.txt", text.encode(), ImportOptions())
    assert document.text == text
    assert (document.steps.lines_reflowed, document.steps.running_heads_removed) == (0, 0)
    assert document.page_map == ()


def test_the_import_reports_paragraphs_pages_and_split_words() -> None:
    book = extracted_book()
    document = import_document("book.txt", book.text.encode())
    steps = document.steps
    assert steps.paragraphs == len(book.paragraphs) + len(book.structure)
    assert steps.running_heads_removed == len(book.heads) == steps.pages_anchored
    assert [line.reason for line in steps.removed_lines] == ["running head"] * len(book.heads)
    assert [line.page for line in steps.removed_lines][:2] == ["184", "185"]
    assert steps.split_words_joined and all(
        w.joined == w.as_written.replace("-\n", "") for w in steps.split_words_joined
    )
    assert document.page_map[0] == (0, "184")
    # Without reflow every line stays, running heads too, and no page is made up.
    kept = import_document("book.txt", book.text.encode(), ImportOptions(reflow=False))
    assert kept.text == book.text and kept.page_map == () and kept.steps.running_heads_removed == 0
