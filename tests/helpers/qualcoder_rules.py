"""Reading a .qdpx by QualCoder's rules, to check what QualCoder would make of our exports without QualCoder.

Written for the tests from what QualCoder's REFI-QDA importer (src/qualcoder/refi.py) looks at, not copied
from it: element names and attributes, in its order of reading, with the limits that lose data:

- Codes: a non-codable Code is a category, any other a code; names are unique in its database, so a second
  code of the same name is not inserted and its GUID maps to no code: its codings arrive without a code.
- A TextSource's text is the file as read (UTF-8, the BOM kept); its memo is its ``Description``.
- Each PlainTextSelection with Codings gives one coding per Coding (the Coding's first child is the
  CodeRef); the selection's ``Description`` is each coding's memo. A selection without Codings is an
  annotation whose memo is its ``Description``.
- A NoteRef of a TextSource names a Note holding a ``PlainTextContent`` and a ``PlainTextSelection``: an
  annotation at the Note's positions.
- A Note with a ``plainTextPath`` and a name that is no annotation is a journal entry.
- Its annotation table is unique on (file, start, end, owner): a second annotation of one coder on the same
  passage raises an IntegrityError that ends the whole import there (``stopped`` says so; what came after
  is not read).

``tests/helpers/qualcoder_real.py`` runs QualCoder's own importer where a checkout of it is at hand.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

Q = "{urn:QDA-XML:project:1.0}"


@dataclass
class QualCoderCoding:
    code: str | None  # None: the CodeRef named no code QualCoder made (a duplicate name)
    source: str
    start: int
    end: int
    text: str
    memo: str


@dataclass
class QualCoderAnnotation:
    source: str
    start: int
    end: int
    memo: str


@dataclass
class QualCoderProject:
    categories: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    source_memos: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    codings: list[QualCoderCoding] = field(default_factory=list)
    annotations: list[QualCoderAnnotation] = field(default_factory=list)
    journal: dict[str, str] = field(default_factory=dict)
    stopped: str = ""  # why QualCoder's import would stop half-way, if it would


class _Stopped(Exception):
    pass


def read_as_qualcoder(archive: bytes | Path) -> QualCoderProject:
    data = archive.read_bytes() if isinstance(archive, Path) else archive
    zipped = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(zipped.read("project.qde"))
    found = QualCoderProject()
    try:
        _read(zipped, root, found)
    except _Stopped as stop:
        found.stopped = str(stop)
    return found


def _read(zipped: zipfile.ZipFile, root: etree._Element, found: QualCoderProject) -> None:
    annotated: set[tuple[str, int, int, str]] = set()

    def annotate(annotation: QualCoderAnnotation, owner: str) -> None:
        key = (annotation.source, annotation.start, annotation.end, owner)
        if key in annotated:
            raise _Stopped(f"IntegrityError: a second annotation of {owner} at {key[:3]}")
        annotated.add(key)
        found.annotations.append(annotation)

    users = {u.get("guid"): u.get("name") for u in root.iterfind(f"{Q}Users/{Q}User")}
    code_of_guid: dict[str, str] = {}

    def codes(element: etree._Element) -> None:
        name = element.get("name")
        if element.get("isCodable") == "false":
            if name not in found.categories:
                found.categories.append(name)
        elif name not in found.codes:  # the unique name constraint: a second one is not inserted
            found.codes.append(name)
            code_of_guid[element.get("guid")] = name
        for child in element.iterchildren(f"{Q}Code"):
            codes(child)

    for code in root.iterfind(f"{Q}CodeBook/{Q}Codes/{Q}Code"):
        codes(code)

    def internal(path: str) -> str:
        name = path.split("internal:/")[1].lstrip("/")
        return zipped.read(f"sources/{name}").decode("utf-8")

    notes = {n.get("guid"): n for n in root.iterfind(f"{Q}Notes/{Q}Note")}
    annotation_notes: dict[str, str] = {}  # note guid -> source name
    for source in root.iterfind(f"{Q}Sources/{Q}TextSource"):
        name = source.get("name")
        text = internal(source.get("plainTextPath"))
        found.texts[name] = text
        found.source_memos[name] = source.findtext(f"{Q}Description") or ""
        for selection in source.iterfind(f"{Q}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            memo = selection.findtext(f"{Q}Description") or ""
            codings = list(selection.iterfind(f"{Q}Coding"))
            for coding in codings:
                ref = next(iter(coding))  # the Coding's first child, as QualCoder reads it
                found.codings.append(
                    QualCoderCoding(
                        code_of_guid.get(ref.get("targetGUID")), name, start, end, text[start:end], memo
                    )
                )
            if not codings:
                owner = users.get(selection.get("creatingUser") or selection.get("modifyingUser"), "default")
                annotate(QualCoderAnnotation(name, start, end, memo), owner)
        for ref in source.iterfind(f"{Q}NoteRef"):
            annotation_notes[ref.get("targetGUID")] = name

    for guid, note in notes.items():
        if guid in annotation_notes:
            memo = note.findtext(f"{Q}PlainTextContent")
            selection = note.find(f"{Q}PlainTextSelection")
            if selection is None or memo is None:
                continue  # QualCoder skips it: no positions or no text
            owner = users.get(note.get("modifyingUser")) or users.get(note.get("creatingUser")) or "default"
            annotate(
                QualCoderAnnotation(
                    annotation_notes[guid],
                    int(selection.get("startPosition")),
                    int(selection.get("endPosition")),
                    memo,
                ),
                owner,
            )
        elif note.get("plainTextPath") and note.get("name"):
            found.journal[note.get("name")] = internal(note.get("plainTextPath"))
