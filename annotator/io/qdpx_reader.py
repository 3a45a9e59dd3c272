"""Reading REFI-QDA project archives (.qdpx) written by other QDA tools into plain records.

An archive from elsewhere is untrusted input: ``qdpx_archive`` checks its entries and sizes and parses its
XML without DTDs, entities or network access before anything here looks at it. Nothing is written to the
project (the exchange service does that) and nothing is extracted to disk.

Text positions: the standard counts code points of the ``.txt`` file. QualCoder writes a BOM its positions
do not count (hence ``utf-8-sig``), and ATLAS.ti counts ``\\r\\n`` as one position. Each selection is
checked against the quote tools store in its ``name``; if the plain reading does not match, the CRLF
reading is tried, and mismatches that remain are reported as warnings. Positions returned are those of the
normalized text (``\\n`` newlines, NFC) that the project stores.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from annotator.domain.errors import SourceRejected
from annotator.io.importers.decoding import normalize_text
from annotator.io.qdpx_archive import MAX_RATIO, MAX_TOTAL_BYTES, SafeArchive, parse_xml

_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")


@dataclass(frozen=True, slots=True)
class QdaCode:
    guid: str
    name: str
    codable: bool
    color: str
    description: str
    children: tuple[QdaCode, ...] = ()


@dataclass(frozen=True, slots=True)
class QdaNote:
    guid: str
    name: str
    text: str
    # The passages a positioned note is on (QualCoder's annotations), as the note's own
    # PlainTextSelections give them: positions in the text of the source whose NoteRef names the note.
    spans: tuple[tuple[int, int, str], ...] = ()
    created: str = ""


@dataclass(frozen=True, slots=True)
class QdaSelection:
    guid: str
    start: int  # code points of the source's normalized text
    end: int
    name: str
    description: str
    code_guids: tuple[str, ...]
    note_guids: tuple[str, ...]
    creator: str = ""  # the guid of the User who made it (its creatingUser, else its first Coding's)


@dataclass(frozen=True, slots=True)
class QdaSource:
    guid: str
    name: str
    file_name: str  # the text file inside the archive ("" for inline text)
    data: bytes  # the text file's bytes: the source's original
    text: str  # normalized: "\n" newlines, NFC
    selections: tuple[QdaSelection, ...]
    variables: dict[str, str]  # variable name -> value as text
    note_guids: tuple[str, ...] = ()  # notes on the whole source
    description: str = ""  # the source's memo
    # Notes on a passage, named by a NoteRef of the source: (note guid, start, end) in the normalized text.
    positioned_notes: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class QdaLink:
    guid: str
    name: str
    direction: str
    origin: str
    target: str
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QdaProject:
    file: str
    name: str
    origin: str
    codes: tuple[QdaCode, ...]
    sources: tuple[QdaSource, ...]
    notes: dict[str, QdaNote]
    links: tuple[QdaLink, ...]
    warnings: tuple[str, ...] = field(default=())
    description: str = ""  # the project's memo
    journal: tuple[QdaNote, ...] = ()  # notes nothing refers to: QualCoder's journal entries, and the like
    users: dict[str, str] = field(default_factory=dict)  # User guid -> name: the coders of the file

    def walk_codes(self) -> Iterator[QdaCode]:
        def visit(codes: tuple[QdaCode, ...]) -> Iterator[QdaCode]:
            for code in codes:
                yield code
                yield from visit(code.children)

        yield from visit(self.codes)


def norm_guid(value: str | None) -> str:
    """GUIDs compare case-insensitively with braces stripped; "" for anything that is not one."""
    match = _GUID.fullmatch((value or "").strip())
    return match.group(1).lower() if match else ""


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name]


def _child(element: etree._Element, name: str) -> etree._Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _child_text(element: etree._Element, name: str) -> str:
    child = _child(element, name)
    return (child.text or "") if child is not None else ""


def _refs(element: etree._Element, name: str) -> tuple[str, ...]:
    return tuple(g for ref in _children(element, name) if (g := norm_guid(ref.get("targetGUID"))))


# --- Offsets --------------------------------------------------------------------------------------------


class _Positions:
    """Maps positions in the file's text (plain, or with CRLF counted once) to the normalized text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = normalize_text(raw)
        self.has_cr = "\r" in raw
        self._crlf = [m.start() for m in re.finditer("\r\n", raw)] if self.has_cr else []
        collapsed = raw.replace("\r\n", "\n").replace("\r", "\n")
        self._collapsed = collapsed
        self._nfc_same = len(self.text) == len(collapsed)

    def _from_collapsed(self, offset: int) -> int:
        if self._nfc_same:
            return offset
        return len(unicodedata.normalize("NFC", self._collapsed[:offset]))

    def plain(self, offset: int) -> int | None:
        if not 0 <= offset <= len(self.raw):
            return None
        return self._from_collapsed(offset - bisect_left(self._crlf, offset - 1) if self._crlf else offset)

    def crlf_once(self, offset: int) -> int | None:
        if not 0 <= offset <= len(self._collapsed):
            return None
        return self._from_collapsed(offset)


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def quote_matches(quote: str, name: str) -> bool:
    """Whether a selection's stored name agrees with the text it points at (tools may cut it short)."""
    name, quote = _flat(name), _flat(quote)
    if not name:
        return True
    if name == quote:
        return True
    for ellipsis in ("…", "..."):
        if name.endswith(ellipsis):
            return quote.startswith(name[: -len(ellipsis)].rstrip())
    return len(name) >= 8 and quote.startswith(name)


# --- Reading --------------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, archive: SafeArchive | None, root: etree._Element, file: str = "") -> None:
        self.archive = archive  # None for a codebook (.qdc), which is XML alone
        self.file = archive.file if archive is not None else file
        self.root = root
        self.warnings: list[str] = []
        self.notes: dict[str, QdaNote] = {}
        self.linked_notes: dict[str, list[str]] = {}  # selection guid -> guids of notes linked to it

    def guid(self, element: etree._Element, what: str) -> str:
        guid = norm_guid(element.get("guid"))
        if not guid:
            raise SourceRejected(f"{self.file}: a {what} has no valid guid ({element.get('guid')!r})")
        return guid

    def check_unique_guids(self) -> None:
        """The schema cannot say that GUIDs are unique; a reference to a repeated one would be ambiguous."""
        seen: set[str] = set()
        for element in self.root.iter():
            guid = norm_guid(element.get("guid")) if isinstance(element.tag, str) else ""
            if guid in seen:
                raise SourceRejected(f"{self.file}: the GUID {guid} is used twice in project.qde")
            if guid:
                seen.add(guid)

    def code(self, element: etree._Element, notes: dict[str, QdaNote]) -> QdaCode:
        # A code's notes (its memo in some tools) join its description: a tag has no other place for them.
        texts = [_child_text(element, "Description").strip()]
        texts += [notes[g].text for g in _refs(element, "NoteRef") if g in notes]
        return QdaCode(
            guid=self.guid(element, "code"),
            name=" ".join((element.get("name") or "").split()) or "Unnamed code",
            codable=(element.get("isCodable") or "true").strip().lower() in ("true", "1"),
            color=(element.get("color") or "").strip(),
            description="\n\n".join(t for t in texts if t),
            children=tuple(self.code(c, notes) for c in _children(element, "Code")),
        )

    def text_file(self, path: str, owner: str) -> tuple[str, bytes] | None:
        """The entry name and bytes behind ``internal://…``; None (with a warning) for anything else."""
        scheme, _, rest = path.partition("://")
        if scheme.lower() != "internal" or not rest:
            self.warnings.append(f"{owner}: its text is outside the archive ({path}); skipped")
            return None
        entry = self.archive.find_internal(rest) if self.archive is not None else None
        if entry is None:
            self.warnings.append(f"{owner}: the archive has no file {rest!r}; skipped")
            return None
        assert self.archive is not None
        return entry, self.archive.read(entry)

    def decode(self, data: bytes, owner: str) -> str | None:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            self.warnings.append(f"{owner}: its text is not UTF-8 (byte {e.start}); skipped")
            return None

    def note(self, element: etree._Element) -> QdaNote:
        guid = self.guid(element, "note")
        name = element.get("name") or "Note"
        text = _child_text(element, "PlainTextContent")
        path = element.get("plainTextPath")
        if not text and path:
            found = self.text_file(path, f"note {name!r}")
            if found is not None:
                text = self.decode(found[1], f"note {name!r}") or ""
        spans = []
        for selection in _children(element, "PlainTextSelection"):
            try:
                start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
            except ValueError:
                self.warnings.append(f"note {name!r}: its passage has no valid positions; kept as a note")
                continue
            spans.append((start, end, selection.get("name") or ""))
        created = element.get("creationDateTime") or element.get("modifiedDateTime") or ""
        return QdaNote(guid, name, normalize_text(text).strip(), tuple(spans), created)

    def source(self, element: etree._Element) -> QdaSource | None:
        guid = self.guid(element, "source")
        name = " ".join((element.get("name") or "").split()) or f"Source {guid[:8]}"
        owner = f"source {name!r}"
        path = element.get("plainTextPath")
        inline = _child(element, "PlainTextContent")
        if path and inline is not None:
            self.warnings.append(f"{owner}: has both a text file and inline text; the file is used")
        if path:
            found = self.text_file(path, owner)
            if found is None:
                return None
            file_name, data = found
        elif inline is not None:
            file_name, data = "", (inline.text or "").encode("utf-8")
        else:
            self.warnings.append(f"{owner}: has no plain text; skipped")
            return None
        raw = self.decode(data, owner)
        if raw is None:
            return None
        positions = _Positions(raw)
        if not positions.text.strip():
            self.warnings.append(f"{owner}: its text is empty; skipped")
            return None
        selections = [
            s for e in _children(element, "PlainTextSelection") if (s := self.selection(e, positions, owner))
        ]
        whole = [
            g for coding in _children(element, "Coding") if (g := norm_guid(_child_ref(coding, "CodeRef")))
        ]
        if whole:
            # Codings of the whole source become one annotation over all of its text.
            end = len(positions.text.rstrip())
            selections.append(QdaSelection(guid + "-whole", 0, end, "", "", tuple(whole), ()))
        positioned, whole_notes = [], []
        for note_guid in _refs(element, "NoteRef"):
            note = self.notes.get(note_guid)
            if note is None or not note.spans:
                whole_notes.append(note_guid)
                continue
            for start, end, quote in note.spans:
                span = self.span(positions, start, end, quote)
                if span is None:
                    self.warnings.append(
                        f"{owner}: note {note.name!r} ({start}–{end}) is not on a passage of the text; "
                        "kept as a note on the source"
                    )
                    whole_notes.append(note_guid)
                else:
                    positioned.append((note_guid, *span))
        variables = {}
        for value in _children(element, "VariableValue"):
            ref = norm_guid(_child_ref(value, "VariableRef"))
            typed = next((c for c in value if _local(c).endswith("Value")), None)
            if ref and typed is not None and (typed.text or "").strip():
                variables[ref] = typed.text.strip()
        return QdaSource(
            guid=guid,
            name=name,
            file_name=file_name,
            data=data,
            text=positions.text,
            selections=tuple(selections),
            variables=variables,
            note_guids=tuple(dict.fromkeys(whole_notes)),
            description=_child_text(element, "Description").strip(),
            positioned_notes=tuple(positioned),
        )

    @staticmethod
    def span(positions: _Positions, start: int, end: int, name: str) -> tuple[int, int] | None:
        """The passage in the normalized text: the plain reading, or the CRLF one where that matches the
        quote; None where neither is a passage."""
        readings = [(positions.plain(start), positions.plain(end))]
        if positions.has_cr:
            readings.append((positions.crlf_once(start), positions.crlf_once(end)))
        valid = [(s, e) for s, e in readings if s is not None and e is not None and s < e]
        if not valid:
            return None
        return next((r for r in valid if quote_matches(positions.text[r[0] : r[1]], name)), valid[0])

    def selection(self, element: etree._Element, positions: _Positions, owner: str) -> QdaSelection | None:
        guid = self.guid(element, "selection")
        name = element.get("name") or ""
        try:
            start, end = int(element.get("startPosition", "")), int(element.get("endPosition", ""))
        except ValueError:
            self.warnings.append(f"{owner}: selection {guid} has no valid positions; skipped")
            return None
        chosen = self.span(positions, start, end, name)
        if chosen is None:
            self.warnings.append(
                f"{owner}: selection {guid} ({start}–{end}) is not a passage of the text; skipped"
            )
            return None
        if not quote_matches(positions.text[chosen[0] : chosen[1]], name):
            self.warnings.append(
                f"{owner}: selection {guid} ({start}–{end}) does not match its stored quote "
                f"“{name[:40]}”; kept at its positions"
            )
        codes = [
            g for coding in _children(element, "Coding") if (g := norm_guid(_child_ref(coding, "CodeRef")))
        ]
        notes = list(_refs(element, "NoteRef"))
        for coding in _children(element, "Coding"):
            notes += _refs(coding, "NoteRef")
        notes += self.linked_notes.get(guid, [])  # NVivo: a Link from a Note to the selection
        codings = _children(element, "Coding")
        creators = [element.get("creatingUser")] + [c.get("creatingUser") for c in codings]
        creator = next((g for value in creators if (g := norm_guid(value))), "")
        return QdaSelection(
            guid=guid,
            start=chosen[0],
            end=chosen[1],
            name=name,
            description=_child_text(element, "Description").strip(),
            code_guids=tuple(dict.fromkeys(codes)),
            note_guids=tuple(dict.fromkeys(notes)),
            creator=creator,
        )

    def read(self) -> QdaProject:
        root = self.root
        if _local(root) != "Project":
            raise SourceRejected(
                f"{self.file}: project.qde is not a REFI-QDA project (its root is {_local(root)!r})"
            )
        self.check_unique_guids()
        notes_element = _child(root, "Notes")
        notes = (
            {n.guid: n for n in (self.note(e) for e in _children(notes_element, "Note"))}
            if (notes_element is not None)
            else {}
        )
        self.notes = notes
        codebook = _child(root, "CodeBook")
        codes_element = _child(codebook, "Codes") if codebook is not None else None
        codes = (
            tuple(self.code(c, notes) for c in _children(codes_element, "Code"))
            if codes_element is not None
            else ()
        )
        link_elements = _children(_child(root, "Links"), "Link") if _child(root, "Links") is not None else []
        for element in link_elements:
            origin, target = norm_guid(element.get("originGUID")), norm_guid(element.get("targetGUID"))
            if origin in notes:
                self.linked_notes.setdefault(target, []).append(origin)
        variables = {}
        container = _child(root, "Variables")
        for variable in _children(container, "Variable") if container is not None else []:
            variables[self.guid(variable, "variable")] = (variable.get("name") or "").strip()
        sources: list[QdaSource] = []
        skipped: dict[str, int] = {}
        container = _child(root, "Sources")
        for element in list(container) if container is not None else []:
            kind = _local(element)
            if kind == "TextSource":
                found = self.source(element)
            elif kind == "PDFSource" and (representation := _child(element, "Representation")) is not None:
                found = self.source(representation)
                areas = len(_children(element, "PDFSelection"))
                if areas:
                    self.warnings.append(
                        f"PDF {element.get('name') or element.get('guid')!r}: {areas} area selection(s) "
                        "not imported (only its text representation's selections are)"
                    )
                if found is not None and element.get("name"):
                    found = _renamed(found, " ".join(element.get("name", "").split()))
            else:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            if found is not None:
                sources.append(_with_variable_names(found, variables))
        for kind, count in skipped.items():
            self.warnings.append(f"{count} {kind} source(s) skipped: only text can be imported")
        links = []
        for element in link_elements:
            if norm_guid(element.get("originGUID")) in notes:
                continue  # a note's link to its passage: the note went to the passage's annotation
            links.append(
                QdaLink(
                    guid=self.guid(element, "link"),
                    name=(element.get("name") or "").strip(),
                    direction=(element.get("direction") or "").strip(),
                    origin=norm_guid(element.get("originGUID")),
                    target=norm_guid(element.get("targetGUID")),
                    note_guids=_refs(element, "NoteRef"),
                )
            )
        for part, what in (("Cases", "case"), ("Sets", "set"), ("Graphs", "graph")):
            element = _child(root, part)
            if element is not None and len(element):
                self.warnings.append(
                    f"{len(element)} {what}(s) not imported: Annotator has no {what}s "
                    "(their sources and codings are imported)"
                )
        found = root.xpath("//@targetGUID | //@originGUID")
        referenced = {norm_guid(value) for value in found if isinstance(value, str)}
        journal = tuple(n for g, n in notes.items() if g not in referenced and n.text)
        memo = "\n\n".join(
            t for t in [_child_text(root, "Description").strip()]
            + [notes[g].text for g in _refs(root, "NoteRef") if g in notes] if t
        )
        users = {}
        container = _child(root, "Users")
        for user in _children(container, "User") if container is not None else []:
            user_guid = norm_guid(user.get("guid"))
            user_name = " ".join((user.get("name") or "").split())
            if user_guid:
                users[user_guid] = user_name or f"user {user_guid[:8]}"
        return QdaProject(
            users=users,
            file=self.file,
            name=(root.get("name") or "").strip(),
            origin=(root.get("origin") or "").strip(),
            codes=codes,
            sources=tuple(sources),
            notes=notes,
            links=tuple(links),
            warnings=tuple(self.warnings),
            description=memo,
            journal=journal,
        )


def _child_ref(element: etree._Element, name: str) -> str:
    child = _child(element, name)
    return (child.get("targetGUID") or "") if child is not None else ""


def _renamed(source: QdaSource, name: str) -> QdaSource:
    return replace(source, name=name)


def _with_variable_names(source: QdaSource, names: dict[str, str]) -> QdaSource:
    return replace(source, variables={names[g]: v for g, v in source.variables.items() if names.get(g)})


def read_qdpx(
    archive: Path | str | BinaryIO,
    file_name: str | None = None,
    *,
    max_total: int = MAX_TOTAL_BYTES,
    max_ratio: float = MAX_RATIO,
) -> QdaProject:
    """Read a .qdpx archive into records; raises SourceRejected (naming the file) for anything unsafe."""
    file = file_name or (Path(archive).name if isinstance(archive, str | Path) else "archive.qdpx")
    try:
        zip_file = zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise SourceRejected(f"{file}: no such file") from None
    except (zipfile.BadZipFile, OSError, EOFError):
        raise SourceRejected(
            f"{file}: not a REFI-QDA project (a .qdpx file is a ZIP archive; this is not one)"
        ) from None
    with zip_file:
        checked = SafeArchive(zip_file, file, max_total, max_ratio)
        projects = [n for n in checked.files if n.lower().endswith(".qde")]
        if len(projects) > 1:
            projects = [n for n in projects if n.lower() == "project.qde"] or projects
        if not projects:
            raise SourceRejected(f"{file}: there is no project.qde inside; not a REFI-QDA project")
        if len(projects) > 1:
            raise SourceRejected(
                f"{file}: it holds several .qde files ({', '.join(projects[:3])}); which is the project?"
            )
        root = parse_xml(checked.read(projects[0]), file, projects[0])
        return _Reader(checked, root).read()


@dataclass(frozen=True, slots=True)
class QdaCodebook:
    """A REFI-QDA codebook (.qdc): the codes alone."""

    file: str
    origin: str
    codes: tuple[QdaCode, ...]

    def count(self) -> int:
        def visit(codes: tuple[QdaCode, ...]) -> int:
            return sum(1 + visit(c.children) for c in codes)

        return visit(self.codes)


MAX_CODEBOOK_BYTES = 64 * 1024 * 1024


def read_qdc(path: Path | str, file_name: str | None = None) -> QdaCodebook:
    """Read a .qdc codebook (plain XML, not zipped); raises SourceRejected, naming the file, for anything
    else."""
    path = Path(path)
    file = file_name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_CODEBOOK_BYTES:
            raise SourceRejected(f"{file}: {size / 2**20:,.0f} MB is too large for a codebook")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceRejected(f"{file}: no such file") from None
    except OSError as e:
        raise SourceRejected(f"{file}: cannot be read ({e.strerror or e})") from None
    root = parse_xml(data, file, "the codebook")
    if _local(root) != "CodeBook":
        raise SourceRejected(
            f"{file}: not a REFI-QDA codebook (its root is {_local(root)!r}, a .qdc file's is CodeBook)"
        )
    reader = _Reader(None, root, file)
    reader.check_unique_guids()
    codes_element = _child(root, "Codes")
    found = _children(codes_element, "Code") if codes_element is not None else []
    codes = tuple(reader.code(c, {}) for c in found)
    if not codes:
        raise SourceRejected(f"{file}: the codebook has no codes; nothing imported")
    return QdaCodebook(file=file, origin=(root.get("origin") or "").strip(), codes=codes)
