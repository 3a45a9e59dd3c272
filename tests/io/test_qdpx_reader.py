"""The .qdpx reader alone: dialects of other tools, positions, and what it refuses (no project needed)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator.domain.errors import SourceRejected
from annotator.io.qdpx_reader import norm_guid, quote_matches, read_qdpx

NS = 'xmlns="urn:QDA-XML:project:1.0"'
G = "{:08d}-0000-4000-8000-000000000000".format


def archive(path: Path, qde: str, files: dict[str, bytes] | None = None, name: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(name, qde)
        for entry, data in (files or {}).items():
            z.writestr(entry, data)
    return path


def test_guids_compare_without_case_or_braces() -> None:
    assert norm_guid("{ABCDEF01-2345-6789-ABCD-EF0123456789}") == "abcdef01-2345-6789-abcd-ef0123456789"
    assert norm_guid("not-a-guid") == "" and norm_guid(None) == ""


def test_stored_quotes_may_be_cut_short_or_differently_spaced() -> None:
    assert quote_matches("the harvest failed", "the harvest failed")
    assert quote_matches("the harvest\nfailed badly", "the harvest failed…")
    assert quote_matches("the harvest failed badly", "the harvest fa...")
    assert quote_matches("anything", "")
    assert not quote_matches("the weather", "the sunshine")


def test_positions_in_crlf_text_are_read_either_way_and_mapped_to_the_normalized_text(tmp_path: Path) -> None:
    text = "Line one\r\nLine two has the passage.\r\n"
    plain_start = text.index("the passage")  # counting both CR and LF
    atlas_start = text.replace("\r\n", "\n").index("the passage")  # CRLF counted once
    qde = f"""<Project {NS} name="p"><Sources>
      <TextSource guid="{G(1)}" name="A" plainTextPath="internal://{G(1)}.txt">
        <PlainTextSelection guid="{G(2)}" name="the passage" startPosition="{plain_start}"
          endPosition="{plain_start + 11}"/>
        <PlainTextSelection guid="{G(3)}" name="the passage" startPosition="{atlas_start}"
          endPosition="{atlas_start + 11}"/>
      </TextSource></Sources></Project>"""
    project = read_qdpx(archive(tmp_path / "a.qdpx", qde, {f"sources/{G(1)}.txt": text.encode()}))
    (source,) = project.sources
    assert source.text == "Line one\nLine two has the passage.\n"
    assert [source.text[s.start : s.end] for s in source.selections] == ["the passage", "the passage"]
    assert project.warnings == ()


def test_pdf_sources_are_read_through_their_text_representation(tmp_path: Path) -> None:
    qde = f"""<Project {NS} name="p"><Sources>
      <PDFSource guid="{G(1)}" name="Scanned report" path="internal://{G(1)}.pdf">
        <Representation guid="{G(2)}" plainTextPath="internal://{G(2)}.txt">
          <PlainTextSelection guid="{G(3)}" startPosition="0" endPosition="4"/>
        </Representation>
      </PDFSource>
      <TextSource guid="{G(4)}" name="Elsewhere" plainTextPath="relative://notes/{G(4)}.txt"/>
    </Sources></Project>"""
    files = {f"sources/{G(1)}.pdf": b"%PDF-1.4", f"sources/{G(2)}.txt": b"Some text."}
    project = read_qdpx(archive(tmp_path / "b.qdpx", qde, files))
    assert [(s.name, s.text) for s in project.sources] == [("Scanned report", "Some text.")]
    assert project.warnings == (
        f"source 'Elsewhere': its text is outside the archive (relative://notes/{G(4)}.txt); skipped",
    )


def test_any_single_qde_is_accepted_and_a_wrong_root_refused(tmp_path: Path) -> None:
    assert (
        read_qdpx(archive(tmp_path / "c.qdpx", f'<Project {NS} name="Named"/>', name="Other.QDE")).name
        == "Named"
    )
    with pytest.raises(SourceRejected, match=r"d\.qdpx: project\.qde is not a REFI-QDA project"):
        read_qdpx(archive(tmp_path / "d.qdpx", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'))


def test_a_text_that_is_not_utf8_is_skipped_with_a_warning(tmp_path: Path) -> None:
    qde = f'<Project {NS} name="p"><Sources><TextSource guid="{G(1)}" name="Latin" plainTextPath="internal://{G(1)}.txt"/></Sources></Project>'
    project = read_qdpx(archive(tmp_path / "e.qdpx", qde, {f"sources/{G(1)}.txt": "Café".encode("latin-1")}))
    assert project.sources == () and project.warnings == (
        "source 'Latin': its text is not UTF-8 (byte 3); skipped",
    )


def test_dropped_parts_are_reported_and_an_nvivo_note_linked_to_a_passage_joins_it(tmp_path: Path) -> None:
    qde = f"""<Project {NS} name="p"><Sources>
      <PDFSource guid="{G(1)}" name="Scan" path="internal://{G(1)}.pdf">
        <Representation guid="{G(2)}" plainTextPath="internal://{G(2)}.txt">
          <PlainTextSelection guid="{G(3)}" startPosition="0" endPosition="4"/>
        </Representation>
        <PDFSelection guid="{G(4)}" page="0" firstX="1" firstY="1" secondX="9" secondY="9"/>
      </PDFSource></Sources>
      <Notes><Note guid="{G(5)}" name="Annotation" plainTextPath="internal://{G(5)}.txt"/></Notes>
      <Links><Link guid="{G(6)}" originGUID="{G(5)}" targetGUID="{G(3)}"/></Links>
    </Project>"""
    files = {f"sources/{G(1)}.pdf": b"%PDF-1.4", f"sources/{G(2)}.txt": b"Some text.",
             f"sources/{G(5)}.txt": b"Read this first."}  # fmt: skip
    project = read_qdpx(archive(tmp_path / "n.qdpx", qde, files))
    (selection,) = project.sources[0].selections
    assert [project.notes[g].text for g in selection.note_guids] == ["Read this first."]
    assert project.links == () and project.journal == ()  # the note's link is not a link between passages
    assert project.warnings == (
        "PDF 'Scan': 1 area selection(s) not imported (only its text representation's selections are)",
    )
