"""Every kind of bad input: one clear line naming the file, and the project left exactly as it was."""

import codecs
from pathlib import Path

import pytest

from annotator.domain.errors import NotFound, SourceRejected
from annotator.services import sources
from annotator.services.project import Project
from tests.helpers.docx_files import make_docx, many_parts_bomb, zip_bomb
from tests.helpers.pdfs import Book, encrypted, image_only_pdf, make_book
from tests.helpers.texts import ENGLISH, RUSSIAN

PDF = make_book(Book(["A paragraph about the harvest, long enough to be a paragraph of a book."] * 3))
# Text that is not text (issue 13, item 10): found anywhere in the file, and said what it is.
LETTER = ENGLISH + RUSSIAN
LATE_NUL = (ENGLISH * 400).encode()[:70_000] + b"\x00" + ENGLISH.encode()
CONTROLS = "".join(
    "\x07" if 70_000 <= i < 74_010 and i % 10 == 0 else c
    for i, c in enumerate(("The grain was taken. " * 4000)[:80_000])
).encode()
DOCX = make_docx([("p", "The committee met.[^1]")], ["Fond 17."])


def _state(project: Project) -> tuple[int, int]:
    return len(project.sources.list()), project.generation()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("truncated.pdf", PDF[: len(PDF) // 2], "the PDF is incomplete"),
        ("corrupt.pdf", PDF[:100] + b"\x00" * 2000 + PDF[-20:], "the PDF is damaged"),
        ("locked.pdf", encrypted(PDF), "the PDF is encrypted"),
        ("scan.pdf", image_only_pdf(), "the PDF has no text layer"),
        ("named-as-text.txt", PDF[: len(PDF) // 2], "the PDF is incomplete"),
        ("truncated.docx", DOCX[: len(DOCX) - 200], "the file is damaged or incomplete"),
        ("corrupt.docx", DOCX[:30] + bytes(200) + DOCX[230:], "the file is damaged"),
        ("bomb.docx", zip_bomb(40), "zip bomb"),
        ("bomb2.docx", many_parts_bomb(300), "zip bomb"),
        ("bomb.txt", zip_bomb(40), "zip bomb"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "this is a PNG image"),
        ("empty.html", b"<html><body><script>x()</script></body></html>", "no readable text"),
        (
            "late-nul.txt",
            LATE_NUL,
            "this is a binary file, not text (it holds NUL bytes, the first at byte 70,000)",
        ),
        (
            "controls.txt",
            CONTROLS,
            "401 of its 80,000 characters are control characters, the first at character 70,000",
        ),
        (
            "cut.txt",
            LETTER.encode("utf-16-le")[:-1],
            "looks like UTF-16 (little-endian) but is damaged at byte",
        ),
        ("cut.md", LETTER.encode("utf-32-be")[:-2], "looks like UTF-32 (big-endian) but is damaged at byte"),
        (
            "marked.txt",
            codecs.BOM_UTF32_BE + LETTER.encode("utf-32-be") + b"\x00\x11\x00\x00",
            "the file says it is UTF-32 (big-endian) but is damaged at byte",
        ),
        (
            "nul-char.txt",
            codecs.BOM_UTF16_LE + (ENGLISH + "\x00" + RUSSIAN).encode("utf-16-le"),
            "it holds NUL characters, the first at character",
        ),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(
    project: Project, write_file, name: str, data: bytes, message: str
) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_bytes("existing.txt", b"A source that is already there.")
    before = _state(project)
    with pytest.raises(SourceRejected) as refused:
        project.sources.import_file(write_file(name, data))
    assert str(refused.value).startswith(f"{name}: ")
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert _state(project) == before


def test_a_huge_file_is_refused_before_it_is_read(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:  # sparse: no disk space taken, but the size is what the limit sees
        f.truncate(sources.MAX_FILE_BYTES + 1)
    before = _state(project)
    with pytest.raises(SourceRejected, match=r"^huge\.pdf: the file is 512 MB, too large to import"):
        project.sources.import_file(path)
    assert _state(project) == before


def test_a_new_version_of_a_missing_source_writes_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    before = _state(project)
    with pytest.raises(NotFound):
        project.sources.import_file(write_file("a.txt", "Some text."), new_version_of=99)
    assert _state(project) == before
