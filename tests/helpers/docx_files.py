"""Word documents made for the tests with python-docx, footnotes and endnotes included.

python-docx writes no notes, so they are added as Word does: a footnotes (endnotes) part related to the
document part, holding the separator notes and one ``w:footnote`` per note, and a ``w:footnoteReference``
run where each mark stands. The parts go through python-docx's own packaging (content types, relationships).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _notes_xml(kind: str, notes: Sequence[str]) -> bytes:
    """footnotes.xml / endnotes.xml: the two separators Word always writes, then the notes (ids from 1)."""
    tag = kind  # "footnote" or "endnote"
    body = [
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
        f'<w:{tag} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>",
    ]
    for number, text in enumerate(notes, start=1):
        paragraphs = "".join(
            f'<w:p><w:pPr><w:pStyle w:val="{tag.capitalize()}Text"/></w:pPr>'
            + (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>' if i == 0 else "")
            + f'<w:r><w:t xml:space="preserve"> {escape(part)}</w:t></w:r></w:p>'
            for i, part in enumerate(text.split("\n\n"))
        )
        body.append(f'<w:{tag} w:id="{number}">{paragraphs}</w:{tag}>')
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:{tag}s xmlns:w="{W_NS}">{"".join(body)}</w:{tag}s>'
    )
    return xml.encode("utf-8")


def add_note_reference(paragraph, kind: str, note_id: int) -> None:  # type: ignore[no-untyped-def]
    """Append a superscript note mark (``w:footnoteReference`` or ``w:endnoteReference``) to a paragraph."""
    run = paragraph.add_run()
    run.font.superscript = True
    reference = OxmlElement(f"w:{kind}Reference")
    reference.set(qn("w:id"), str(note_id))
    run._r.append(reference)


def make_docx(
    blocks: Sequence[tuple[str, object]],
    footnotes: Sequence[str] = (),
    endnotes: Sequence[str] = (),
    title: str = "",
    author: str = "",
) -> bytes:
    """A document from blocks: ("heading", text), ("p", text with [^n] / [^en] marks), ("table", rows).

    ``[^2]`` in a paragraph becomes a reference to footnote 2, ``[^e1]`` to endnote 1.
    """
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    for kind, content in blocks:
        if kind == "heading":
            document.add_heading(str(content), level=1)
        elif kind == "p":
            paragraph = document.add_paragraph()
            for piece in str(content).replace("[^", "\x00[^").split("\x00"):
                if piece.startswith("[^"):
                    mark, rest = piece[2:].split("]", 1)
                    if mark.startswith("e"):
                        add_note_reference(paragraph, "endnote", int(mark[1:]))
                    else:
                        add_note_reference(paragraph, "footnote", int(mark))
                    piece = rest
                if piece:
                    paragraph.add_run(piece).font.size = Pt(11)
        elif kind == "table":
            rows = list(content)  # type: ignore[call-overload]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    package_part = document.part
    for kind, notes, content_type, reltype in (
        ("footnote", footnotes, CT.WML_FOOTNOTES, RT.FOOTNOTES),
        ("endnote", endnotes, CT.WML_ENDNOTES, RT.ENDNOTES),
    ):
        if notes:
            part = Part(
                PackURI(f"/word/{kind}s.xml"), content_type, _notes_xml(kind, notes), package_part.package
            )
            package_part.relate_to(part, reltype)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb(inflated_mb: int = 40) -> bytes:
    """A "DOCX" whose document part inflates a thousandfold: megabytes of zeros compress to kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\x00" * (1 << 20)
            for _ in range(inflated_mb):
                entry.write(chunk)
    return buffer.getvalue()


def many_parts_bomb(parts: int = 300, each_mb: int = 1) -> bytes:
    """A "DOCX" of many parts that each look harmless but together inflate past the total limit."""
    buffer = io.BytesIO()
    chunk = b"<w:t>grain</w:t>" * (each_mb * (1 << 20) // 16)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(parts):
            archive.writestr(f"word/media/part{i}.xml", chunk)
    return buffer.getvalue()
