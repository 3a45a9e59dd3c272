"""Page furniture: only lines that recur at the top or bottom of many pages are left out, and each is listed.

Issue 13, item 9: a 3-page diary lost its "Entry N of the diary…" lines, and a 3-page PDF was refused as
"nothing is left of the text after the clean-up".
"""

import pytest

from annotator.domain.importing import ImportOptions, RemovedFurniture
from annotator.io.importers.pdf import import_pdf
from annotator.io.importers.registry import import_document
from tests.helpers.page_pdfs import diary, pages_pdf
from tests.helpers.pdfs import Book, book_pages, make_book
from tests.io.importers.test_pdf import SPLITS, paragraphs

PLACES = ["Poltava", "Kharkiv", "Sumy", "Vinnytsia", "Odesa", "Kyiv", "Chernihiv", "Uman", "Lubny", "Romny"]
PLACES += ["Myrhorod", "Pryluky", "Konotop", "Nizhyn"]


def _body(n: int) -> list[str]:
    """Six lines of page ``n`` that no other page repeats, digits aside (as in real text)."""
    return [
        f"At {PLACES[n]} the {word} met to discuss the harvest." for word in ("council", "party", "soviet")
    ] + [f"{PLACES[n]} reported {thing}." for thing in ("grain", "seed", "hunger")]


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_a_three_page_diary_keeps_every_entry_heading_and_every_line() -> None:
    pages = diary(3)
    document = import_document("diary.pdf", pages_pdf(pages), ImportOptions(reflow=False))
    assert _lines(document.text) == [line for page in pages for line in page]
    assert document.steps.furniture_removed == 0 and document.steps.removed_lines == ()


def test_a_three_page_pdf_of_headings_and_page_numbers_is_imported_not_refused() -> None:
    entries = [f"Entry {n} of the diary of Anna Kovalenko." for n in (1, 2, 3)]
    data = pages_pdf([[entry] for entry in entries], foot=[f"Page {n} of 3" for n in (1, 2, 3)])
    document = import_document("short.pdf", data, ImportOptions(reflow=False))
    assert _lines(document.text) == entries
    assert document.steps.removed_lines == tuple(
        RemovedFurniture(str(n), f"Page {n} of 3", "page number") for n in (1, 2, 3)
    )


def test_when_every_line_looks_like_furniture_nothing_is_removed() -> None:
    entries = [f"Entry {n} of the diary of Anna Kovalenko." for n in range(1, 7)]
    data = pages_pdf([[entry] for entry in entries], foot=[str(n) for n in range(1, 7)])
    document = import_document("all-furniture.pdf", data)
    for n, entry in enumerate(entries, start=1):
        assert entry in document.text and f"\n{n}" in document.text
    assert document.steps.furniture_removed == 0 and document.steps.removed_lines == ()
    assert any("every line looked like page furniture" in w for w in document.warnings)


def test_a_book_lists_each_running_head_and_page_number_with_its_page() -> None:
    book = Book(paragraphs(60), splits=SPLITS, front_matter=["The Grain Question", "A test book"])
    numbered = len(book_pages(book))
    removed = import_pdf("book.pdf", make_book(book)).steps.removed_lines
    expected = []
    for n in range(1, numbered + 1):
        head = book.chapter_head if n % 2 else f"{n} {book.running_head}"
        expected += [
            RemovedFurniture(str(n), head, "running head"),
            RemovedFurniture(str(n), str(n), "page number"),
        ]
    assert sorted(removed, key=lambda r: (int(r.page), r.reason)) == sorted(
        expected, key=lambda r: (int(r.page), r.reason)
    )


def _with_head(count: int, head_on: set[int], head: str = "MINUTES OF THE DISTRICT COMMITTEE") -> bytes:
    return pages_pdf([([head] if n in head_on else []) + _body(n) for n in range(count)])


@pytest.mark.parametrize(
    ("count", "head_on", "removed"),
    [
        (3, {0, 1, 2}, False),  # three pages are too few to tell furniture from text
        (4, {0, 1, 2, 3}, True),  # four are enough
        (10, {0, 1, 2, 3}, False),  # four of ten pages, on both sides: less than half
        (10, {0, 1, 2, 3, 4}, True),  # five of ten: half
        (10, {0, 2, 4, 6}, True),  # four of the five left-hand pages: a book's alternating head
        (10, {0, 2, 4}, True),  # three of every other page: a short article's verso head
        (10, {0, 2}, False),  # two are too few
        (4, {0, 2}, False),  # even when they are all the left-hand pages
        (3, {0, 2}, False),  # a 3-page PDF keeps every line
        (10, {0, 4, 7}, False),  # three pages on both sides are too few
        (6, {1, 3, 5}, True),  # the right-hand pages of a 6-page article
        (12, {0, 2, 4}, True),  # three of the six left-hand pages: half
        (13, {0, 2, 4}, False),  # three of the seven left-hand pages: less than half
    ],
)
def test_a_running_head_needs_enough_pages_and_half_of_its_side(
    count: int, head_on: set[int], removed: bool
) -> None:
    document = import_pdf("minutes.pdf", _with_head(count, head_on))
    assert ("MINUTES OF THE DISTRICT COMMITTEE" in document.text) is not removed
    assert document.steps.furniture_removed == (len(head_on) if removed else 0)
    assert all(r.reason == "running head" for r in document.steps.removed_lines)
    assert all(f"{PLACES[n]} reported hunger." in document.text for n in range(count))


def test_a_year_alone_atop_each_page_is_text_but_page_numbers_are_not() -> None:
    pages = [["1917", *_body(n)] for n in range(5)]
    document = import_pdf("letters.pdf", pages_pdf(pages, foot=[f"- {n + 11} -" for n in range(5)]))
    assert document.text.count("1917") == 5
    # The PDF has no page labels: its pages are the numbers printed on them, 11 to 15.
    assert [(r.page, r.text, r.reason) for r in document.steps.removed_lines] == [
        (str(n + 11), f"- {n + 11} -", "page number") for n in range(5)
    ]
    assert "- 11 -" not in document.text
