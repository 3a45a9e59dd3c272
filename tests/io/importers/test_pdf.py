"""PDFs made with reportlab: text in reading order, furniture gone, paragraphs joined, pages mapped."""

import random

import pytest

from annotator.domain.errors import SourceRejected
from annotator.domain.importing import ImportCancelled, ImportContext, ImportOptions
from annotator.domain.pages import page_at
from annotator.io.importers.pdf import import_pdf
from tests.helpers.pdfs import Book, book_pages, encrypted, image_only_pdf, make_book, two_column_pdf

SPLITS = {
    "international": 5,
    "self-realization": 5,
    "Marxist-Leninist": 8,
    "households": 5,
    "collectivization": 7,
    "requisitioned": 6,
    "instructions": 5,
}
_SENTENCES = (
    "The district committee met again to discuss the international instructions from the centre.",
    "Self-criticism was demanded of every member, and self-realization was named as the aim.",
    "The secretary praised the Marxist-Leninist method and the collectivization of the village.",
    "Forty-two households had joined the farm, and the grain was requisitioned in full that autumn.",
    "Nobody in the room believed the figures, but everybody signed the report in the end.",
    "The teacher wrote in his diary that the households near the river had hidden their seed grain.",
)


def paragraphs(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    found = ["CHAPTER ONE"]
    for i in range(count):
        found.append(
            f"Paragraph {i + 1}. " + " ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(3, 7)))
        )
    return found


@pytest.fixture(scope="module")
def book() -> Book:
    return Book(paragraphs(60), splits=SPLITS, front_matter=["The Grain Question", "A test book"])


@pytest.fixture(scope="module")
def pdf(book: Book) -> bytes:
    return make_book(book)


def test_text_is_the_paragraphs_exactly(book: Book, pdf: bytes) -> None:
    document = import_pdf("book.pdf", pdf)
    assert document.text == "The Grain Question\n\nA test book\n\n" + "\n\n".join(book.paragraphs) + "\n"
    assert document.media_type == "application/pdf"


def test_running_heads_page_numbers_and_split_words_are_counted(book: Book, pdf: bytes) -> None:
    pages = book_pages(book)
    assert len(pages) >= 7
    line_ends = [line for page in pages for _, line in page if line.endswith("-")]
    kept = [line for line in line_ends if line.rsplit(" ", 1)[-1] in ("self-", "Marxist-")]
    assert kept and len(line_ends) > len(kept)  # the book really has both kinds of split
    steps = import_pdf("book.pdf", pdf).steps
    assert (steps.hyphens_joined, steps.hyphens_kept) == (len(line_ends) - len(kept), len(kept))
    assert steps.furniture_removed == 2 * len(pages)  # a running head and a page number on each page
    assert steps.pages_mapped == len(pages) + 1
    assert steps.lines_reflowed == sum(len([x for x in p if x[1]]) for p in pages) - (len(book.paragraphs))


def test_page_map_uses_the_printed_labels(book: Book, pdf: bytes) -> None:
    document = import_pdf("book.pdf", pdf)
    labels = [label for _, label in document.page_map]
    assert labels == ["i"] + [str(n) for n in range(1, len(book_pages(book)) + 1)]
    offsets = [offset for offset, _ in document.page_map]
    assert offsets == sorted(offsets) and offsets[0] == 0
    for (offset, label), page in zip(document.page_map[1:], book_pages(book), strict=True):
        first_line = page[0][1]
        assert document.text[offset:].startswith(first_line.rstrip("-").split(" ")[0])
        assert page_at(document.page_map, offset) == label


def test_labels_can_start_anywhere_and_default_to_page_numbers() -> None:
    labelled = import_pdf("a.pdf", make_book(Book(paragraphs(3), first_number=37)))
    assert [label for _, label in labelled.page_map] == ["37"]
    unlabelled = import_pdf("b.pdf", make_book(Book(paragraphs(3), labels=False, front_matter=["Title"])))
    assert [label for _, label in unlabelled.page_map] == ["1", "2"]


def test_without_reflow_every_line_stays(book: Book, pdf: bytes) -> None:
    document = import_pdf("book.pdf", pdf, ImportContext(ImportOptions(reflow=False)))
    body_lines = [line for page in book_pages(book) for _, line in page if line]
    assert document.text == "\n".join(["The Grain Question", "A test book", *body_lines]) + "\n"
    assert document.steps.lines_reflowed == 0


def test_two_columns_are_read_column_by_column() -> None:
    left = [f"Left column line {i} about the grain." for i in range(1, 9)]
    right = [f"Right column line {i} about the farm." for i in range(1, 9)]
    document = import_pdf("columns.pdf", two_column_pdf(left, right, "A PAGE IN TWO COLUMNS"))
    lines = [line for line in document.text.split("\n") if line]
    assert lines[0] == "A PAGE IN TWO COLUMNS"
    text = document.text
    assert text.index("Left column line 8") < text.index("Right column line 1")


def test_progress_is_reported_and_cancel_stops(pdf: bytes) -> None:
    seen: list[tuple[int, int]] = []
    import_pdf("book.pdf", pdf, ImportContext(progress=lambda done, total: seen.append((done, total))))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) == seen[-1][1] + 1
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled, match=r"^book\.pdf: import cancelled"):
        import_pdf("book.pdf", pdf, ImportContext(cancel=cancel))


def test_a_scan_without_text_layer_needs_ocr() -> None:
    with pytest.raises(SourceRejected, match=r"^scan\.pdf: the PDF has no text layer .*OCR"):
        import_pdf("scan.pdf", image_only_pdf())


def test_an_encrypted_pdf_says_so(pdf: bytes) -> None:
    with pytest.raises(SourceRejected, match=r"^locked\.pdf: the PDF is encrypted"):
        import_pdf("locked.pdf", encrypted(pdf))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d[: len(d) // 2], "the PDF is incomplete"),
        (lambda d: d[:-40], "the PDF is incomplete"),
        (lambda d: d[:200] + b"\x00garbage" * 500 + d[-30:], "the PDF is damaged"),
        (lambda d: b"Just some text, not a PDF at all.", "this is not a PDF file"),
    ],
)
def test_damaged_pdfs_are_refused_naming_the_file(pdf: bytes, damage, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceRejected, match=rf"^bad\.pdf: {message}"):
        import_pdf("bad.pdf", damage(pdf))
