"""Word documents: paragraphs, headings and tables in order, notes as a section, bad archives refused."""

import io
import zipfile

import pytest

from annotator.domain.errors import SourceRejected
from annotator.io.importers.docx import import_docx
from tests.helpers.docx_files import make_docx, many_parts_bomb, zip_bomb

BLOCKS = [
    ("heading", "Report of the district committee"),
    ("p", "The committee met on 14 March 1930.[^1] Forty-two households had joined the farm.[^2]"),
    ("p", "The secretary’s figures were disputed[^e1] by the teacher, who kept a diary.[^1]"),
    ("table", [["Village", "Households", "Deported"], ["Ivanovka", "42", "11"], ["Petrovka", "17", ""]]),
    ("heading", "Resolution"),
    ("p", "The plan was adopted without a vote."),
]
FOOTNOTES = [
    "Minutes of the meeting, fond 17, file 4.",
    "According to the secretary.\n\nThe teacher says 40.",
]
ENDNOTES = ["See the diary entry for 15 March."]

EXPECTED = (
    "Report of the district committee\n\n"
    "The committee met on 14 March 1930.[1] Forty-two households had joined the farm.[2]\n\n"
    "The secretary’s figures were disputed[i] by the teacher, who kept a diary.[1]\n\n"
    "Village\tHouseholds\tDeported\n"
    "Ivanovka\t42\t11\n"
    "Petrovka\t17\t\n\n"
    "Resolution\n\n"
    "The plan was adopted without a vote.\n\n"
    "Notes\n\n"
    "[1] Minutes of the meeting, fond 17, file 4.\n\n"
    "[2] According to the secretary.\n\nThe teacher says 40.\n\n"
    "Endnotes\n\n"
    "[i] See the diary entry for 15 March.\n"
)


def test_text_with_notes_and_tables_is_extracted_exactly() -> None:
    data = make_docx(BLOCKS, FOOTNOTES, ENDNOTES, title="Report", author="Secretary of the committee")
    document = import_docx("report.docx", data)
    assert document.text == EXPECTED
    assert document.title == "Report"
    assert document.authors == ("Secretary of the committee",)
    assert document.steps.format == "docx"


def test_notes_are_numbered_in_the_order_of_their_first_mark() -> None:
    data = make_docx([("p", "Second note first.[^2] Then the first.[^1]")], ["one", "two"])
    assert (
        import_docx("n.docx", data).text
        == "Second note first.[1] Then the first.[2]\n\nNotes\n\n[1] two\n\n[2] one\n"
    )


def test_the_template_author_is_not_taken_for_the_sources() -> None:
    assert import_docx("a.docx", make_docx([("p", "Text.")], author="python-docx")).authors == ()


def test_deleted_text_and_field_codes_are_left_out() -> None:
    data = make_docx([("p", "Kept words.")])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode()
    extra = (
        '<w:del w:id="9" w:author="x" w:date="2020-01-01T00:00:00Z">'
        "<w:r><w:delText>Deleted words.</w:delText></w:r></w:del>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t xml:space="preserve"> Field result.</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    parts["word/document.xml"] = xml.replace("</w:p>", extra, 1).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    assert import_docx("t.docx", out.getvalue()).text == "Kept words. Field result.\n"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: make_docx(BLOCKS)[:-300], "the file is damaged or incomplete"),
        (lambda: b"PK\x03\x04" + b"\x00" * 100, "the file is damaged or incomplete"),
        (lambda: b"plain text pretending", "the file is damaged or incomplete"),
        (lambda: zip_bomb(40), r"the archive would inflate to 40 MB \(a zip bomb\?\); refused"),
        (lambda: many_parts_bomb(300), r"the archive would inflate to 300 MB \(a zip bomb\?\); refused"),
    ],
)
def test_bad_archives_are_refused_naming_the_file(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceRejected, match=rf"^bad\.docx: {message}"):
        import_docx("bad.docx", make())


def test_a_zip_that_is_not_a_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(SourceRejected, match=r"^x\.docx: this ZIP archive is not a Word document$"):
        import_docx("x.docx", buffer.getvalue())


def test_a_corrupt_part_is_refused() -> None:
    data = bytearray(make_docx(BLOCKS))
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for i in range(start + 40, start + 200):  # scramble the compressed document part
        data[i] ^= 0x5A
    with pytest.raises(SourceRejected, match=r"^bad\.docx: the file is damaged"):
        import_docx("bad.docx", bytes(data))
