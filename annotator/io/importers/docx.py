"""Word documents (.docx): paragraphs and headings in order, tables as tab-separated lines, notes at the end.

python-docx opens the package and gives the core properties and the parts; the text of each paragraph is
read from its XML here, because python-docx's ``paragraph.text`` leaves out footnote and endnote marks,
content controls and text boxes. A note mark becomes "[1]" (footnotes) or "[i]" (endnotes, as Word numbers
them) where it stands, and the notes follow the body under "Notes" and "Endnotes", numbered in the order
of their first mark. Deleted tracked changes and field codes are left out; their results are kept.

A DOCX file is a ZIP archive, so it is checked before python-docx inflates anything: a damaged archive,
too many entries, more than MAX_UNCOMPRESSED bytes in all or an entry inflating more than MAX_RATIO
times (a zip bomb) are refused. zipfile never inflates an entry past its declared size (a lie fails the
CRC check), so the declared sizes are a safe bound.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from annotator.domain.errors import SourceRejected
from annotator.domain.importing import ImportContext, ImportSteps
from annotator.domain.model import ImportedDocument
from annotator.io.importers.decoding import normalize_text

DOCX_EXTENSIONS = (".docx", ".docm", ".dotx")
MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200  # for entries over 1 MB: real Word XML inflates 5–30 times

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Subtrees whose text is not the document's: deletions, moved-away text, duplicate fallbacks, properties.
_SKIP = {f"{{{_W}}}{t}" for t in ("del", "moveFrom", "pPr", "rPr", "instrText", "fldData")}
_SKIP.add(f"{{{_MC}}}Fallback")
# Default author names of templates and Office installations: the typist's machine, not the source's author.
_GENERIC_AUTHORS = {"python-docx", "microsoft office user", "windows user", "user", "admin", "administrator"}


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def check_archive(data: bytes, file_name: str) -> None:
    """Refuse a damaged archive or a zip bomb before anything is inflated (beyond the CRC test)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SourceRejected(
            f"{file_name}: the file is damaged or incomplete (a DOCX file is a ZIP archive, and this one "
            "cannot be opened); save it again from Word"
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise SourceRejected(f"{file_name}: the archive holds {len(entries)} files; refused as unsafe")
        total = sum(entry.file_size for entry in entries)
        bomb = total > MAX_UNCOMPRESSED or any(
            entry.file_size > 2**20 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
            for entry in entries
        )
        if bomb:
            raise SourceRejected(
                f"{file_name}: the archive would inflate to {total / 2**20:.0f} MB (a zip bomb?); refused"
            )
        if "word/document.xml" not in archive.namelist() and "[Content_Types].xml" not in archive.namelist():
            raise SourceRejected(f"{file_name}: this ZIP archive is not a Word document")
        try:
            damaged = archive.testzip()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, ValueError):
            damaged = "?"  # ValueError: an entry's offset points before the file (its start cut off)
        if damaged is not None:
            raise SourceRejected(f"{file_name}: the file is damaged (a part of it fails its checksum)")


class _Notes:
    """Footnotes and endnotes by id, numbered in the order the body first refers to them."""

    def __init__(self, footnotes: dict[str, etree._Element], endnotes: dict[str, etree._Element]) -> None:
        self.bodies = {"footnote": footnotes, "endnote": endnotes}
        self.order: dict[str, list[str]] = {"footnote": [], "endnote": []}

    def mark(self, kind: str, note_id: str) -> str:
        if note_id not in self.bodies[kind]:
            return ""
        order = self.order[kind]
        if note_id not in order:
            order.append(note_id)
        number = order.index(note_id) + 1
        return f"[{number if kind == 'footnote' else _roman(number)}]"


def _roman(number: int) -> str:
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"))
    values += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _runs_text(element: etree._Element, notes: _Notes | None, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("t"):
            out.append(child.text or "")
        elif tag == _w("tab") and element.tag == _w("r"):
            out.append("\t")
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
        elif tag == _w("noBreakHyphen"):
            out.append("-")
        elif tag == _w("sym") and child.get(_w("char")):
            with contextlib.suppress(ValueError):
                out.append(chr(int(child.get(_w("char"), ""), 16)))
        elif tag in (_w("footnoteReference"), _w("endnoteReference")) and notes is not None:
            kind = "footnote" if tag == _w("footnoteReference") else "endnote"
            out.append(notes.mark(kind, child.get(_w("id"), "")))
        elif tag == _w("txbxContent"):
            out.append(" " + " ".join(_blocks(child, notes)) + " ")
        else:
            _runs_text(child, notes, out)


def _paragraph(element: etree._Element, notes: _Notes | None) -> str:
    out: list[str] = []
    _runs_text(element, notes, out)
    lines = "".join(out).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def _blocks(container: etree._Element, notes: _Notes | None) -> Iterator[str]:
    """Paragraphs and tables in document order, looking into content controls and custom XML."""
    for child in container:
        tag = child.tag
        if tag == _w("p"):
            text = _paragraph(child, notes)
            if text:
                yield text
        elif tag == _w("tbl"):
            rows = [_row(row, notes) for row in child.iter(_w("tr"))]
            rows = [row for row in rows if row.strip()]
            if rows:
                yield "\n".join(rows)
        elif tag in (_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")):
            yield from _blocks(child, notes)


def _row(row: etree._Element, notes: _Notes | None) -> str:
    cells = []
    for cell in row:
        if cell.tag == _w("tc"):
            cells.append(" ".join(" ".join(b.split()) for b in _blocks(cell, notes)))
        elif cell.tag == _w("sdt"):
            content = cell.find(_w("sdtContent"))
            if content is not None:
                cells.extend(" ".join(_blocks(tc, notes)) for tc in content.iter(_w("tc")))
    return "\t".join(cells)


def _note_part(document: Any, reltype: str, tag: str) -> dict[str, etree._Element]:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            root = getattr(part, "element", None)
            if root is None:
                parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
                root = etree.fromstring(part.blob, parser=parser)
            return {
                note.get(_w("id"), ""): note
                for note in root.iter(_w(tag))
                if note.get(_w("type")) in (None, "normal")
            }
    return {}


def _notes_section(notes: _Notes) -> list[str]:
    sections: list[str] = []
    for kind, heading in (("footnote", "Notes"), ("endnote", "Endnotes")):
        if not notes.order[kind]:
            continue
        sections.append(heading)
        for position, note_id in enumerate(notes.order[kind], start=1):
            # Without notes: the note's own number mark (w:footnoteRef) is written as "[n]" here instead.
            body = [_paragraph(p, None) for p in notes.bodies[kind][note_id].iter(_w("p"))]
            text = "\n\n".join(b for b in body if b)
            label = position if kind == "footnote" else _roman(position)
            sections.append(f"[{label}] {text}".rstrip())
    return sections


def import_docx(file_name: str, data: bytes, context: ImportContext | None = None) -> ImportedDocument:
    check_archive(data, file_name)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        notes = _Notes(
            _note_part(document, RT.FOOTNOTES, "footnote"), _note_part(document, RT.ENDNOTES, "endnote")
        )
        blocks = list(_blocks(body, notes))
        blocks += _notes_section(notes)
        properties = document.core_properties
        title, author = (properties.title or "").strip(), (properties.author or "").strip()
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile) as e:
        raise SourceRejected(f"{file_name}: the Word document is damaged and cannot be read ({e})") from None
    if not blocks:
        raise SourceRejected(f"{file_name}: the Word document holds no text")
    authors = tuple(a.strip() for a in author.split(";") if a.strip() and a.lower() not in _GENERIC_AUTHORS)
    return ImportedDocument(
        text=normalize_text("\n\n".join(blocks)) + "\n",
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        encoding="",
        title=title,
        authors=authors,
        steps=ImportSteps(format="docx"),
    )
