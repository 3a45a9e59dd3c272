"""The import report lists the page furniture a PDF import left out (issue 13, item 9): a running head
once with the pages it stood on, the page numbers with theirs; a short diary loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.ui.dialogs.import_report import open_reports
from annotator.ui.import_runner import run_import
from tests.helpers.page_pdfs import diary, pages_pdf
from tests.helpers.pdfs import Book, book_pages, make_book
from tests.io.importers.test_pdf import paragraphs

pytestmark = pytest.mark.gui


def _report_text() -> str:
    (report,) = open_reports()
    return report.browser.toPlainText()


def test_a_books_running_heads_and_page_numbers_are_listed_with_their_pages(
    qtbot, project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    book = Book(paragraphs(60), running_head="THE GRAIN QUESTION", chapter_head="Chapter One: The Village")
    pages = len(book_pages(book))
    assert pages >= 8
    path = tmp_path / "book.pdf"
    path.write_bytes(make_book(book))
    (outcome,) = run_import(None, project, [path])
    assert outcome.report is not None
    text = _report_text()
    assert "Left out as page furniture (the original file keeps them):" in text
    odd = ", ".join(str(n) for n in range(1, pages + 1, 2))
    even = ", ".join(str(n) for n in range(2, pages + 1, 2))
    assert f"running head “Chapter One: The Village” — {len(range(1, pages + 1, 2))} pages: {odd}" in text
    assert f"running head “2 THE GRAIN QUESTION” — {len(range(2, pages + 1, 2))} pages: {even}" in text
    assert f"the page numbers — {pages} pages: {', '.join(str(n) for n in range(1, pages + 1))}" in text


def test_a_short_diary_reports_nothing_left_out(qtbot, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "diary.pdf"
    path.write_bytes(pages_pdf(diary(3)))
    (outcome,) = run_import(None, project, [path])
    assert outcome.report is not None
    text = _report_text()
    assert "0 lines of running heads and page numbers removed" in text
    assert "Left out as page furniture" not in text
    assert project.sources.text(outcome.report.source_id).count("of the diary of Anna Kovalenko") == 3
