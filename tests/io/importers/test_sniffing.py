"""A file is judged by its content: a PDF or Word document under another name is imported as what it is."""

import pytest

from annotator.domain.errors import SourceRejected
from annotator.domain.importing import ImportOptions
from annotator.io.importers.registry import import_document, preview, supported_extensions
from tests.helpers.docx_files import make_docx
from tests.helpers.pdfs import Book, make_book


def test_all_formats_are_supported() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} <= set(supported_extensions())


@pytest.mark.parametrize("name", ["notes.txt", "notes.md", "notes", "notes.html"])
def test_a_pdf_under_another_name_is_a_pdf(name: str) -> None:
    # One page: a running head cannot be told from a title there, so the book has none; its page
    # number goes, being the page's label.
    data = make_book(Book(["A short paragraph of the book about the harvest of that year."], chapter_head=""))
    document = import_document(name, data)
    assert document.steps.format == "pdf"
    assert document.text == "A short paragraph of the book about the harvest of that year.\n"


@pytest.mark.parametrize("name", ["essay.txt", "essay.pdf", "essay"])
def test_a_word_document_under_another_name_is_a_word_document(name: str) -> None:
    document = import_document(name, make_docx([("p", "Words of the essay.")]))
    assert document.steps.format == "docx"
    assert document.text == "Words of the essay.\n"


def test_markup_in_a_text_file_stays_plain_text() -> None:
    html = "<html><body><nav>Home</nav><p>Text</p></body></html>\n"
    document = import_document("page.txt", html.encode())
    assert document.text == html
    assert document.steps.format == "text"
    assert import_document("page.md", html.encode()).steps.format == "markdown"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "this is a PNG image, not a text file"),
        ("archive.txt", b"PK\x03\x04" + b"\x00" * 64, "this is a ZIP archive"),
        ("book.pdf", b"Plain words, no PDF here.", "this is not a PDF file"),
    ],
)
def test_other_binary_content_is_refused(name: str, data: bytes, message: str) -> None:
    with pytest.raises(SourceRejected, match=rf"^{name}: {message}"):
        import_document(name, data)


def test_options_reach_text_imports_and_preview_shows_what_changes() -> None:
    body = (
        "The committee met in March and the secretary read out the instructions from the centre\n"
        "that had arrived the night before, while the teacher wrote down every word of them in\n"
        "his notebook for the minutes that nobody would ever read again after that spring.\n"
    )
    capture = "Open search\n" + body * 4 + "Back to top\n"
    plain = import_document("capture.txt", capture.encode())
    assert (
        plain.text.startswith("Open search\n") and plain.steps.reflow_detected and plain.steps.lines_reflowed
    )
    cleaned = preview("capture.txt", capture.encode(), ImportOptions(clean_web=True, reflow=False))
    assert cleaned.before == capture
    assert [(r.number, r.text) for r in cleaned.removed] == [(1, "Open search"), (14, "Back to top")]
    assert cleaned.joined_lines == ()
    assert cleaned.document.steps.furniture_removed == 2 and not cleaned.document.steps.reflowed
    both = preview("capture.txt", capture.encode(), ImportOptions(clean_web=True))
    assert both.document.text.count("\n") == 1 and both.joined_lines[:2] == (2, 3)
