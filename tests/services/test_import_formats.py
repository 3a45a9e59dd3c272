"""Importing PDFs, web pages, Word files and wrapped text through the service: text, metadata, report."""

import textwrap

import pytest

from annotator.domain.importing import ImportCancelled, ImportOptions
from annotator.domain.pages import page_at
from annotator.services.events import SourcesChanged
from annotator.services.project import Project
from tests.helpers.docx_files import make_docx
from tests.helpers.pdfs import Book, make_book
from tests.io.importers.test_html import EXPECTED as PAGE_TEXT
from tests.io.importers.test_html import PAGE
from tests.io.importers.test_pdf import SPLITS, paragraphs
from tests.io.importers.test_reflow import PARAGRAPHS


def _state(project: Project) -> tuple[int, int]:
    return len(project.sources.list()), project.generation()


@pytest.fixture(scope="module")
def book_pdf() -> bytes:
    return make_book(Book(paragraphs(60), splits=SPLITS, front_matter=["The Grain Question"]))


def test_pdf_text_page_map_and_report_are_stored(project: Project, write_file, book_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("The Grain Question.pdf", book_pdf))
    assert report.format == "pdf" and report.media_type == "application/pdf"
    assert report.pages_mapped >= 8 and report.furniture_removed > 0 and report.hyphens_joined > 0
    text = project.sources.text(report.source_id)
    assert text.startswith("The Grain Question\n\nCHAPTER ONE\n\nParagraph 1. ")
    page_map = project.sources.page_map(report.source_id)
    assert page_map[0] == (0, "i") and page_map[1][1] == "1"
    assert page_at(page_map, text.index("Paragraph 1.")) == "1"
    assert page_at(page_map, len(text) - 2) == page_map[-1][1]
    stored = project.sources.version_info(report.source_id)
    assert stored.version == 1 and stored.report["format"] == "pdf"
    assert stored.report["pages_mapped"] == report.pages_mapped
    assert project.sources.original_bytes(report.source_id) == book_pdf


def test_web_page_prefills_metadata(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("saved.html", PAGE))
    source = project.sources.get(report.source_id)
    assert project.sources.text(report.source_id) == PAGE_TEXT
    assert source.metadata.title == "Grain and hunger"
    assert source.metadata.authors == ("B. Writer",)
    assert source.metadata.date_text == "2019-03-04"
    assert source.date_range is not None and source.date_range.start == "2019-03-04"
    assert source.metadata.publisher == "Daily Past"
    assert source.metadata.url == "https://dailypast.example/grain-and-hunger"
    assert source.metadata.language == "en"
    assert report.format == "html" and report.encoding == "utf-8"


def test_metadata_given_at_import_overrides_the_pages(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("saved.htm", PAGE), {"title": "Mine", "authors": ["Me"]})
    source = project.sources.get(report.source_id)
    assert (source.metadata.title, source.metadata.authors) == ("Mine", ("Me",))


def test_a_bad_url_in_a_page_is_dropped_with_a_warning(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.replace("https://dailypast.example/grain-and-hunger", "/grain-and-hunger")
    report = project.sources.import_file(write_file("saved.html", page))
    assert project.sources.get(report.source_id).metadata.url == ""
    assert any("url" in w for w in report.warnings)


def test_word_document_with_notes(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    data = make_docx([("heading", "Minutes"), ("p", "The committee met.[^1]")], ["Fond 17."], title="Minutes")
    report = project.sources.import_file(write_file("minutes.docx", data))
    assert (
        project.sources.text(report.source_id)
        == "Minutes\n\nThe committee met.[1]\n\nNotes\n\n[1] Fond 17.\n"
    )
    assert report.format == "docx" and report.title == "Minutes"


def test_wrapped_text_is_reflowed_by_default_and_kept_on_request(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    wrapped = "\n\n".join(textwrap.fill(p, 64) for p in PARAGRAPHS) + "\n"
    default = project.sources.import_file(write_file("wrapped.txt", wrapped))
    assert project.sources.text(default.source_id) == "\n\n".join(PARAGRAPHS) + "\n"
    assert default.reflow is None and default.reflow_detected and default.lines_reflowed > 0
    kept = project.sources.import_bytes(
        "wrapped.md", (wrapped + "\n").encode(), options=ImportOptions(reflow=False)
    )
    assert project.sources.text(kept.source_id) == wrapped + "\n"
    assert kept.reflow is False and kept.reflow_detected and kept.lines_reflowed == 0


def test_web_clean_up_only_when_asked(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    capture = "Skip to content\nThe harvest was taken in full.\nShare\nBack to top\n"
    plain = project.sources.import_file(write_file("capture.txt", capture))
    assert project.sources.text(plain.source_id) == capture and plain.furniture_removed == 0
    cleaned = project.sources.import_bytes(
        "capture2.txt", capture.encode() + b"\n", options=ImportOptions(clean_web=True)
    )
    assert project.sources.text(cleaned.source_id) == "The harvest was taken in full.\n"
    assert cleaned.clean_web and cleaned.furniture_removed == 3


def test_preview_writes_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("capture.txt", "Open search\nThe harvest was taken in full.\n")
    before = _state(project)
    shown = project.sources.preview_file(path, ImportOptions(clean_web=True))
    assert shown.document.text == "The harvest was taken in full.\n"
    assert [r.text for r in shown.removed] == ["Open search"]
    assert _state(project) == before


def test_a_cancelled_import_writes_nothing(project: Project, write_file, book_pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    path = write_file("book.pdf", book_pdf)
    events = []
    project.events.subscribe(events.append)
    before = _state(project)
    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled, match=r"^book\.pdf: import cancelled"):
        project.sources.import_file(
            path,
            progress=lambda done, total: progress.append((done, total)),
            cancel=lambda: len(progress) >= 3,
        )
    assert _state(project) == before
    assert progress and not [e for e in events if isinstance(e, SourcesChanged)]
    # and the same file imports once not cancelled, with the progress reaching the end
    progress.clear()
    project.sources.import_file(path, progress=lambda done, total: progress.append((done, total)))
    assert progress[-1][0] == progress[-1][1]
