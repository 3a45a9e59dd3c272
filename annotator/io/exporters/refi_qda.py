"""REFI-QDA: the project exchange archive (.qdpx) and the codebook alone (.qdc), valid against QDA-XML 1.0.

The taxonomy becomes the codebook (a facet is a non-codable Code holding its tags), each source an embedded
plain-text file, each annotation a PlainTextSelection with one Coding per tag and its note as a Note, and each
link between two exported passages a Link named after its relation. Positions count code points of the
exported UTF-8 text and are half-open, as QualCoder and qualitative-coding read them.

The schema leaves some rules to us (see FORMATS.md): GUIDs are unique, every reference resolves, empty
containers are left out and children come in schema order. Our uuids are used as GUIDs, so exchanged
entities keep their identity across renames; derived GUIDs (codings, notes) come from uuid5 and are stable.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Callable, Iterable
from typing import BinaryIO

from lxml import etree

from annotator import __version__
from annotator.domain.errors import InvalidInput
from annotator.domain.excerpts import Excerpt, cite_source
from annotator.domain.model import Annotation, Facet, Relation, Source, SourceMetadata
from annotator.domain.taxonomy import Taxonomy
from annotator.io.exporters.base import APP_ORIGIN, ExportDocument, Progress, utc_stamp
from annotator.io.exporters.common import FIGURES_DESCRIPTION, xml_safe

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"{APP_ORIGIN} {__version__}"
SOURCES_FOLDER = "sources"  # lower case: ATLAS.ti is said to reject "Sources/"

# Source metadata travels as Text variables (and comes back by these names on import).
SOURCE_VARIABLES: dict[str, str] = {
    "authors": "author",
    "date_text": "date",
    "kind": "kind",
    "genre": "genre",
    "publisher": "publisher",
    "url": "url",
    "language": "language",
    "date_accessed": "date accessed",
    "archive": "archive",
    "archival_collection": "archival collection",
    "archival_file": "archival file",
    "archival_folio": "archival folio",
    "provenance_note": "provenance note",
    "reliability_note": "reliability note",
    "reliability_rating": "reliability rating",
    # The reference as CSL has it, under CSL-JSON's names, so that a tool that cites can use them.
    "item_type": "type",
    "container_title": "container-title",
    "publisher_place": "publisher-place",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "edition": "edition",
    "editors": "editor",
    "translators": "translator",
    "doi": "DOI",
    "isbn": "ISBN",
    "archive_location": "archive_location",
    "call_number": "call-number",
    "original_date": "original-date",
    "extra": "note",
}

PAGE_MAP_NOTE = "Page map"  # the name of the note that keeps a paginated source's pages

# The one-way relations: "A cites B" is not "B cites A".
_ONE_WAY = {Relation.CITES, Relation.PARAPHRASES}

_GUID = re.compile(r"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?")
_NAMESPACE = uuid.UUID("6f3f3a52-9f0e-4d0b-9d4c-2c1b5e0f7a11")  # for GUIDs derived from our own ids


def variable_value(metadata: SourceMetadata, field: str) -> str:
    value = getattr(metadata, field)
    if field in ("authors", "editors", "translators"):
        return "; ".join(value)
    if field == "kind":
        return value.value if value else ""
    return "" if value is None else str(value)


class Guids:
    """Hands out unique GUIDs: an entity's own uuid when it is a valid, unused GUID, else a derived one."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, preferred: str, *salt: str) -> str:
        candidate = preferred.strip("{}").lower() if _GUID.fullmatch(preferred or "") else ""
        if salt or not candidate:
            candidate = str(uuid.uuid5(_NAMESPACE, "/".join((preferred, *salt))))
        while candidate in self._used:
            candidate = str(uuid.uuid5(_NAMESPACE, candidate))
        self._used.add(candidate)
        return candidate


def xml_bytes(root: etree._Element) -> bytes:
    """UTF-8 without a BOM, with the declaration in double quotes as the standard's examples have it."""
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(
        root, encoding="utf-8", pretty_print=True
    )


def _add(parent: etree._Element, tag: str, ns: str, **attributes: str | None) -> etree._Element:
    clean = {k: xml_safe(v) for k, v in attributes.items() if v not in (None, "")}
    return etree.SubElement(parent, f"{{{ns}}}{tag}", clean)


def _text_child(parent: etree._Element, tag: str, ns: str, text: str) -> etree._Element:
    element = _add(parent, tag, ns)
    element.text = xml_safe(text)
    return element


def code_names(taxonomy: Taxonomy, reserved: Iterable[str] = ()) -> dict[int, str]:
    """Each tag's code name: its own, or "Other (Bias)" where another tag has the same name.

    QualCoder keeps code names unique and maps a second "Other" onto the first, so the codings of one of
    them would arrive under the wrong code; the facet in brackets (then a number) keeps every name apart.
    """
    facet_names = {f.id: f.name for f in taxonomy.facets}
    counts: dict[str, int] = {}
    for name in [*reserved, *(t.name for t in taxonomy.tags)]:
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    names: dict[int, str] = {}
    taken = {n.casefold() for n in reserved}
    for tag in taxonomy.tags:
        name = tag.name
        if counts[name.casefold()] > 1:
            name = f"{tag.name} ({facet_names.get(tag.facet_id, '')})"
        candidate, n = name, 2
        while candidate.casefold() in taken:
            candidate, n = f"{name} {n}", n + 1
        taken.add(candidate.casefold())
        names[tag.id] = candidate
    return names


def codes(
    parent: etree._Element,
    ns: str,
    taxonomy: Taxonomy,
    guid_of: Callable[[str, int], str],
    reserved: Iterable[str] = (),
) -> None:
    """The taxonomy as Codes: each facet a non-codable Code, its tag tree as codable Codes inside it."""
    container = _add(parent, "Codes", ns)
    names = code_names(taxonomy, reserved)

    def tag_codes(element: etree._Element, facet: Facet, parent_id: int | None) -> None:
        for tag in taxonomy.children(facet.id, parent_id):
            code = _add(
                element,
                "Code",
                ns,
                guid=guid_of("tag", tag.id),
                name=names[tag.id],
                isCodable="true",
                color=_color(tag.color),
            )
            if tag.description:
                _text_child(code, "Description", ns, tag.description)
            tag_codes(code, facet, tag.id)

    for facet in taxonomy.facets:
        code = _add(
            container,
            "Code",
            ns,
            guid=guid_of("facet", facet.id),
            name=facet.name,
            isCodable="false",
            color=_color(facet.color),
        )
        if facet.description:
            _text_child(code, "Description", ns, facet.description)
        tag_codes(code, facet, None)


def _color(value: str) -> str | None:
    return value if re.fullmatch(r"#(?:[0-9A-Fa-f]{3}){1,2}", value or "") else None


def _taxonomy_guids(taxonomy: Taxonomy, guids: Guids) -> dict[tuple[str, int], str]:
    found = {("facet", f.id): guids.claim(f.uuid) for f in taxonomy.facets}
    found.update({("tag", t.id): guids.claim(t.uuid) for t in taxonomy.tags})
    return found


# --- .qdc -----------------------------------------------------------------------------------------------


def codebook_xml(taxonomy: Taxonomy) -> bytes:
    if not taxonomy.facets:
        raise InvalidInput("the taxonomy is empty: a codebook needs at least one facet")
    ids = _taxonomy_guids(taxonomy, Guids())
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=ORIGIN)
    codes(root, CODEBOOK_NS, taxonomy, lambda kind, key: ids[(kind, key)])
    return xml_bytes(root)


def write_codebook(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    stream.write(codebook_xml(document.taxonomy))
    progress(1, 1)


# --- .qdpx ----------------------------------------------------------------------------------------------


class _ProjectWriter:
    def __init__(self, document: ExportDocument) -> None:
        self.doc = document
        self.guids = Guids()
        self.ids = _taxonomy_guids(document.taxonomy, self.guids)
        self.user = self.guids.claim(document.project_uuid or "project", "user")
        # guid, name, text, created, and the passage (selection guid, start, end) a positioned note is on
        self.notes: list[tuple[str, str, str, str, tuple[str, int, int] | None]] = []
        self.page_notes = 0  # sources whose page map went into a note
        self.figures_code = ""  # the GUID of the "Figures" code, when figures are exported
        self.file_names: dict[int, str] = {}  # source id -> file name inside sources/
        self.coder_guids: dict[int, str] = {}  # coder id -> the guid of their User

    def guid_of(self, kind: str, key: int) -> str:
        return self.ids[(kind, key)]

    def creator(self, annotation: Annotation) -> str:
        """The guid of the User who made the annotation: its coder's, else the app's."""
        coder = annotation.coder
        return self.coder_guids.get(coder.id, self.user) if coder is not None else self.user

    def build(self, progress: Progress) -> etree._Element:
        doc, ns = self.doc, PROJECT_NS
        created = utc_stamp(doc.created)
        root = etree.Element(
            f"{{{ns}}}Project",
            nsmap={None: ns},
            name=xml_safe(doc.project_name) or "Annotator project",
            origin=ORIGIN,
            creatingUserGUID=self.user,
            creationDateTime=created,
            modifyingUserGUID=self.user,
            modifiedDateTime=created,
        )
        users = _add(root, "Users", ns)
        _add(users, "User", ns, guid=self.user, name=APP_ORIGIN)
        # Each coder a User of their own (their uuid as the guid, so importing the file again, or merging
        # several coders' files into one project, finds the same coder), the creator of their selections.
        for excerpt in doc.excerpts:
            coder = excerpt.annotation.coder
            if coder is not None and coder.id not in self.coder_guids:
                self.coder_guids[coder.id] = self.guids.claim(coder.uuid)
                _add(users, "User", ns, guid=self.coder_guids[coder.id], name=xml_safe(coder.shown))
        # Detected figures (``export --figures``) are coded with a Code of their own, "Figures".
        if any(e.figure is not None for e in doc.excerpts):
            self.figures_code = self.guids.claim("urn:annotator:code:figures", "code")
        if doc.taxonomy.facets or self.figures_code:
            codebook = _add(root, "CodeBook", ns)
            codes(codebook, ns, doc.taxonomy, self.guid_of, ["Figures"] if self.figures_code else [])
            if self.figures_code:
                container = codebook.find(f"{{{ns}}}Codes")
                code = _add(container, "Code", ns, guid=self.figures_code, name="Figures", isCodable="true")
                _text_child(code, "Description", ns, FIGURES_DESCRIPTION)

        exported = [doc.sources[i] for i in doc.texts if i in doc.sources]
        used_fields = [f for f in SOURCE_VARIABLES if any(variable_value(s.metadata, f) for s in exported)]
        variable_guids = {f: self.guids.claim(f"urn:annotator:variable:{f}", "variable") for f in used_fields}
        if used_fields:
            variables = _add(root, "Variables", ns)
            for f in used_fields:
                _add(
                    variables,
                    "Variable",
                    ns,
                    guid=variable_guids[f],
                    name=SOURCE_VARIABLES[f],
                    typeOfVariable="Text",
                )

        by_source: dict[int, list[Excerpt]] = {}
        for excerpt in doc.excerpts:
            by_source.setdefault(excerpt.source.id, []).append(excerpt)
        selection_guid = {e.id: self.guids.claim(e.annotation.uuid) for e in doc.excerpts}
        total, done = len(doc.excerpts), 0
        if exported:
            sources = _add(root, "Sources", ns)
            for source in exported:
                self._source(sources, source, by_source.get(source.id, []), selection_guid, variable_guids)
                done += len(by_source.get(source.id, []))
                progress(done, total)

        links = [
            link
            for link in doc.links
            if link.a.annotation_id in selection_guid and link.b.annotation_id in selection_guid
        ]
        link_guids = {link.id: self.guids.claim(link.uuid) for link in links}
        link_notes = {
            link.id: self._note(
                link.note, f"Note on link {link.relation.value}", utc_stamp(link.created_at), link.uuid
            )
            for link in links
            if link.note.strip()
        }
        if self.notes:
            notes = _add(root, "Notes", ns)
            for guid, name, text, when, span in self.notes:
                note = _add(
                    notes, "Note", ns, guid=guid, name=name, creatingUser=self.user, creationDateTime=when
                )
                _text_child(note, "PlainTextContent", ns, text)
                if span is not None:
                    _add(
                        note, "PlainTextSelection", ns, guid=span[0],
                        startPosition=str(span[1]), endPosition=str(span[2]),
                    )  # fmt: skip
        if links:
            container = _add(root, "Links", ns)
            for link in links:
                element = _add(
                    container,
                    "Link",
                    ns,
                    guid=link_guids[link.id],
                    name=link.relation.value,
                    direction="OneWay" if link.relation in _ONE_WAY else "Bidirectional",
                    originGUID=selection_guid[link.a.annotation_id],
                    targetGUID=selection_guid[link.b.annotation_id],
                )
                if link.id in link_notes:
                    _add(element, "NoteRef", ns, targetGUID=link_notes[link.id])
        _text_child(
            root,
            "Description",
            ns,
            f"{doc.title}: {doc.filter_description}. Exported by {ORIGIN}. "
            "Positions count Unicode code points of the UTF-8 text files; end positions are exclusive.",
        )
        return root

    def _note(
        self, text: str, name: str, created: str, owner: str, span: tuple[str, int, int] | None = None
    ) -> str:
        guid = self.guids.claim(owner, "note")
        self.notes.append((guid, name, text, created, span))
        return guid

    def _source(
        self,
        parent: etree._Element,
        source: Source,
        excerpts: Iterable[Excerpt],
        selection_guid: dict[int, str],
        variable_guids: dict[str, str],
    ) -> None:
        ns, guid = PROJECT_NS, self.guids.claim(source.uuid)
        length = len(self.doc.texts[source.id])
        self.file_names[source.id] = f"{guid}.txt"
        element = _add(
            parent,
            "TextSource",
            ns,
            guid=guid,
            name=source.title,
            plainTextPath=f"internal://{guid}.txt",
            creatingUser=self.user,
            creationDateTime=utc_stamp(source.imported_at),
            modifyingUser=self.user,
            modifiedDateTime=utc_stamp(source.modified_at),
        )
        memo = cite_source(source.metadata, "full")
        if self.doc.page_maps.get(source.id):
            memo += f"\nIts printed pages are in the note “{PAGE_MAP_NOTE}” on this source."
        _text_child(element, "Description", ns, memo)
        source_notes: list[str] = []
        # QualCoder makes an annotation of every uncoded selection and of every note a TextSource refers
        # to, allows one per passage and coder (its table is unique on file, start, end and owner) and
        # abandons the whole import at a second one. So uncoded passages on one span are written as one
        # selection, their notes joined, and a coded passage's note is referred to from the TextSource only
        # where QualCoder has no annotation on that span yet (it reaches QualCoder as the coding's memo).
        excerpts = list(excerpts)
        # (Per coder: QualCoder's owner is the selection's User. The notes are the app's, whoever wrote them.)
        uncoded: dict[tuple[int, int, str], list[Excerpt]] = {}
        for excerpt in excerpts:
            a = excerpt.annotation
            if not a.tags and excerpt.figure is None:
                uncoded.setdefault((a.start, a.end, self.creator(a)), []).append(excerpt)
        annotated_spans = {(start, end) for start, end, _ in uncoded}
        for excerpt in excerpts:
            a = excerpt.annotation
            if not 0 <= a.start <= a.end <= length:
                raise InvalidInput(
                    f"annotation {a.id} ({a.start}–{a.end}) lies outside the text of its source "
                    f"({length} characters)"
                )
            alone = a.tags or excerpt.figure is not None
            together = [] if alone else uncoded[(a.start, a.end, self.creator(a))]
            if together and together[0] is not excerpt:
                selection_guid[a.id] = selection_guid[together[0].id]  # its links go to the one selection
                continue
            selection = _add(
                element,
                "PlainTextSelection",
                ns,
                guid=selection_guid[a.id],
                name=a.quote.exact,
                startPosition=str(a.start),
                endPosition=str(a.end),
                creatingUser=self.creator(a),
                creationDateTime=utc_stamp(a.created_at),
                modifyingUser=self.creator(a),
                modifiedDateTime=utc_stamp(a.modified_at),
            )
            # The note goes three ways, as each tool reads one of them: the selection's Description
            # (QualCoder's coding memo, MAXQDA's memo), a NoteRef of the selection (the standard's own
            # place), and, for coded passages, a NoteRef of the TextSource to the same Note carrying its own
            # PlainTextSelection (QualCoder's annotations). An uncoded passage is already an annotation
            # in QualCoder through its Description; a source-level reference would make it twice.
            described = "\n\n".join(d for d in (_description(e) for e in together or [excerpt]) if d)
            if described:
                _text_child(selection, "Description", ns, described)
            for tag in a.tags:
                tag_guid = self.guid_of("tag", tag.id)
                coding = _add(
                    selection,
                    "Coding",
                    ns,
                    guid=self.guids.claim(a.uuid, tag_guid),
                    creatingUser=self.creator(a),
                    creationDateTime=utc_stamp(a.created_at),
                )
                _add(coding, "CodeRef", ns, targetGUID=tag_guid)
            if excerpt.figure is not None:
                coding = _add(
                    selection, "Coding", ns, guid=self.guids.claim(a.uuid, self.figures_code),
                    creatingUser=self.user, creationDateTime=utc_stamp(a.created_at),
                )  # fmt: skip
                _add(coding, "CodeRef", ns, targetGUID=self.figures_code)
            note = "\n\n".join(e.annotation.note for e in together or [excerpt] if e.annotation.note.strip())
            if note:
                name = f"Note on “{a.quote.exact[:40]}”"
                span = (self.guids.claim(a.uuid, "note-selection"), a.start, a.end)
                note_guid = self._note(note, name, utc_stamp(a.modified_at), a.uuid, span)
                _add(selection, "NoteRef", ns, targetGUID=note_guid)
                if (a.tags or excerpt.figure is not None) and (a.start, a.end) not in annotated_spans:
                    source_notes.append(note_guid)
                    annotated_spans.add((a.start, a.end))
        page_map = self.doc.page_maps.get(source.id)
        if page_map:
            # TextSource has no place for pages; a note on the source keeps the map, one page a line.
            text = "Page map (page label: first character, counted in code points of the text file)\n"
            text += "\n".join(f"{label or '?'}: {start}" for start, label in page_map)
            source_notes.append(self._note(text, PAGE_MAP_NOTE, utc_stamp(source.modified_at), source.uuid))
            self.page_notes += 1
        for note_guid in source_notes:
            _add(element, "NoteRef", ns, targetGUID=note_guid)
        for f, variable_guid in variable_guids.items():
            value = variable_value(source.metadata, f)
            if value:
                variable = _add(element, "VariableValue", ns)
                _add(variable, "VariableRef", ns, targetGUID=variable_guid)
                _text_child(variable, "TextValue", ns, value)


def _description(excerpt: Excerpt) -> str:
    """A passage's Description: its note, then what the standard has no place for, a line each."""
    a = excerpt.annotation
    lines = [a.note.strip()] if a.note.strip() else []
    if a.confidence is not None:
        lines.append(f"confidence: {a.confidence}")
    if a.evidence_ref:
        lines.append(f"evidence: {a.evidence_ref}")
    if a.speaker is not None:  # the standard has no speaker: a line of the description
        lines.append(f"speaker: {a.speaker.label}")
    if excerpt.figure is not None:
        lines.append(excerpt.figure.describe())
    return "\n".join(lines)


def write_project(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    writer = _ProjectWriter(document)
    root = writer.build(progress)
    xml = xml_bytes(root)
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for source_id, file_name in writer.file_names.items():
            archive.writestr(f"{SOURCES_FOLDER}/{file_name}", document.texts[source_id].encode("utf-8"))
