"""DOCX with a notes style: real Word footnotes, read back with python-docx and with LibreOffice itself."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from tests.helpers.excerpts import SCRIPT_QUOTE
from tests.io.exporters.conftest import MakeDocument, render


def _footnotes(data: bytes) -> tuple[docx.document.Document, etree._Element]:
    document = docx.Document(io.BytesIO(data))
    part = next(r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES)
    assert part.content_type.endswith("wordprocessingml.footnotes+xml")
    return document, etree.fromstring(part.blob)


def _note_texts(root: etree._Element) -> dict[str, str]:
    return {
        n.get(qn("w:id")): "".join(t.text or "" for t in n.iter(qn("w:t"))).strip()
        for n in root.findall(qn("w:footnote"))
        if n.get(qn("w:type")) is None
    }


def test_a_notes_style_makes_each_citation_a_word_footnote(make_document: MakeDocument) -> None:
    data = render("docx", make_document(style="chicago-notes"))
    document, root = _footnotes(data)
    kinds = [(n.get(qn("w:type")), n.get(qn("w:id"))) for n in root.findall(qn("w:footnote"))][:2]
    assert kinds == [("separator", "-1"), ("continuationSeparator", "0")]
    notes = _note_texts(root)
    assert list(notes) == [str(n) for n in range(1, 7)]  # one per excerpt, numbered from 1
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    for number, quote in enumerate(quotes, start=1):
        references = quote._p.findall(f".//{qn('w:footnoteReference')}")
        assert [r.get(qn("w:id")) for r in references] == [str(number)]
        run = references[0].getparent()
        assert run.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) == "FootnoteReference"
    assert not [p for p in document.paragraphs if p.style.name == "Excerpt Citation"]
    script = next(i for i, q in enumerate(quotes, start=1) if q.text == SCRIPT_QUOTE)
    # The first note of a source is Chicago's full note (a manuscript: its shelfmark, then the page).
    assert notes[str(script)].startswith("Ivan Petrov, “Report on the Harvest")
    assert "f. 12, p. 1, Regional archive" in notes[str(script)]
    assert document.styles["Footnote Text"].type == 1 and document.styles["Footnote Reference"].type == 2
    settings = document.settings.element.find(qn("w:footnotePr"))
    assert [f.get(qn("w:id")) for f in settings.findall(qn("w:footnote"))] == ["-1", "0"]
    paragraphs = [p.text for p in document.paragraphs]
    bibliography = paragraphs[paragraphs.index("Bibliography") + 1 :]
    # The memoir, an unpublished document in no archive, is left out as Chicago (CMOS 18 14.114) says.
    assert len(bibliography) == 1 and bibliography[0].startswith("Petrov, Ivan. “Report on the Harvest")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert 'PartName="/word/footnotes.xml"' in types


def test_without_footnotes_or_with_another_style_citations_follow_each_excerpt(
    make_document: MakeDocument,
) -> None:
    for options in ({"style": "chicago-notes", "footnotes": False}, {"style": "apa"}):
        document = docx.Document(io.BytesIO(render("docx", make_document(**options))))
        assert not [r for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES]
        citations = [p.text for p in document.paragraphs if p.style.name == "Excerpt Citation"]
        assert len(citations) == 6
    assert "— (Petrov, 1932, p. 1)" in citations


@pytest.mark.slow
def test_libreoffice_reads_and_places_the_footnotes(make_document: MakeDocument, tmp_path: Path) -> None:
    """LibreOffice (headless) opens the file, keeps each note as a footnote (its own document format, ODT,
    has them as text:note elements), and prints them at the foot of the page: the PDF's text has the note
    texts after the body's. (resources/screenshots/docx-footnotes.png is such a page, of the sample
    project.)"""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (bash .ci/setup test installs it)")
    import pypdfium2

    source = tmp_path / "excerpts.docx"
    source.write_bytes(render("docx", make_document(style="chicago-notes")))
    _, root = _footnotes(source.read_bytes())
    expected = _note_texts(root)
    profile = (tmp_path / "profile").as_uri()
    for target in ("odt", "pdf"):
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
             "--outdir", str(tmp_path), str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    with zipfile.ZipFile(tmp_path / "excerpts.odt") as odt:
        content = etree.fromstring(odt.read("content.xml"))
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    notes = content.findall(f".//{{{text_ns}}}note")
    assert [n.get(f"{{{text_ns}}}note-class") for n in notes] == ["footnote"] * len(expected)
    bodies = [" ".join("".join(n.find(f"{{{text_ns}}}note-body").itertext()).split()) for n in notes]
    assert bodies == [" ".join(t.split()) for t in expected.values()]

    pdf = pypdfium2.PdfDocument(tmp_path / "excerpts.pdf")
    first = pdf[0]
    page_text = " ".join(first.get_textpage().get_text_range().split())
    quote_at = page_text.index("committee & its")  # the first quote
    first_note = " ".join(next(iter(expected.values())).split())
    assert page_text.index("1 " + first_note[:40]) > quote_at  # at the foot of the page, after the body
    assert first.render(scale=0.5).to_pil().getbbox() is not None
