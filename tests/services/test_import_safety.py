"""Issue 13, items 9 and 10, through SourceService on real files: PDF furniture is removed only where it
recurs on many pages and is reported with its pages; UTF-32 and UTF-16 text without a byte-order mark is
imported (the refusals of text that is not text are in test_import_bad_input.py)."""

import codecs

import pytest

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from tests.helpers.page_pdfs import diary, pages_pdf
from tests.helpers.texts import ENGLISH, RUSSIAN

TEXT = ENGLISH + RUSSIAN + "Ukrainian: Київ — 1932–33.\n"
ENTRIES = [f"Entry {n} of the diary of Anna Kovalenko." for n in (1, 2, 3)]
SHORT = pages_pdf([[entry] for entry in ENTRIES], foot=[f"Page {n} of 3" for n in (1, 2, 3)])


def test_a_three_page_diary_keeps_its_entry_headings(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    pages = diary(3)
    report = project.sources.import_file(
        write_file("diary.pdf", pages_pdf(pages)), options=ImportOptions(reflow=False)
    )
    stored = project.sources.text(report.source_id)
    assert [line for line in stored.split("\n") if line] == [line for page in pages for line in page]
    assert (report.furniture_removed, report.pages_mapped) == (0, 3)


def test_a_pdf_of_headings_and_page_numbers_is_imported_and_its_removed_lines_reported(
    project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("short.pdf", SHORT), options=ImportOptions(reflow=False))
    assert project.sources.text(report.source_id) == "\n".join(ENTRIES) + "\n"
    removed = [{"text": f"Page {n} of 3", "reason": "page number", "page": str(n)} for n in (1, 2, 3)]
    assert [dict(line) for line in report.removed_lines] == removed
    assert project.sources.version_info(report.source_id).report["removed_lines"] == removed


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-32-le", b""),
        ("utf-32-be", b""),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_utf32_and_utf16_files_are_imported(project: Project, write_file, encoding: str, bom: bytes) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("letter.txt", bom + TEXT.encode(encoding)))
    assert project.sources.text(report.source_id) == TEXT
    assert report.encoding == encoding
