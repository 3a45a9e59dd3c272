"""Importing a REFI-QDA project (.qdpx) from another QDA tool, or from another Annotator project.

Everything happens in one transaction: the archive is read and checked first (``io/qdpx_reader``), then
sources, codebook, annotations and links are written together, so a refusal at any point leaves the
project as it was. The codebook is mapped onto the taxonomy: a top-level non-codable code is a facet, the
codes under it are its tags, and a code matches an existing tag by uuid, slug or name within its facet
before a new tag is made. Codable codes at the top level (tools without facets) match a tag by name in any
facet, or go to a facet "Imported codes".
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from annotator.domain.anchors import quote_for
from annotator.domain.dates import parse_date
from annotator.domain.errors import AnnotatorError, Duplicate, InvalidInput, SourceRejected
from annotator.domain.excerpts import cite_source
from annotator.domain.metadata import apply_changes
from annotator.domain.model import Facet, SourceMetadata, Tag
from annotator.domain.taxonomy import check_color, slugify
from annotator.io.language import detect_language
from annotator.services.annotations import set_speaker
from annotator.services.events import (
    AnnotationsChanged,
    Change,
    EventBus,
    LinksChanged,
    SourcesChanged,
    TaxonomyChanged,
)
from annotator.services.links import parse_relation
from annotator.services.taxonomy import DEFAULT_TAG_COLOR
from annotator.storage import (
    annotations_repo,
    coders_repo,
    exchange_repo,
    links_repo,
    sources_repo,
    taxonomy_repo,
)
from annotator.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from annotator.io.qdpx_reader import QdaCode, QdaCodebook, QdaProject, QdaSelection, QdaSource

IMPORTED_FACET = "Imported codes"
# How a codebook (.qdc) joins the taxonomy: its categories matched to facets by name and its codes to their
# tags ("merge"), or all of it, categories as parent tags, in one facet of its own ("new-facet").
CODEBOOK_MODES = ("merge", "new-facet")
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024


@cache
def _field_of_variable() -> dict[str, str]:
    """Source fields by REFI-QDA variable name: ours, and those other tools use (compared in lower case)."""
    # Imported here, like the reader below: lxml is not needed until someone imports an archive.
    from annotator.io.exporters.refi_qda import SOURCE_VARIABLES

    return {name.lower(): field for field, name in SOURCE_VARIABLES.items()} | {
        "authors": "authors",
        "author(s)": "authors",
        "creator": "authors",
        "year": "date_text",
        "source date": "date_text",
    }


_DETAIL = re.compile(r"^(confidence|evidence):\s*(.*)$", re.IGNORECASE)
# "speaker: Khrushchev (quoted)", as our REFI-QDA export writes it in a selection's description.
_SPEAKER = re.compile(r"^speaker:\s*(.+?)\s*\((author|quoted|cited|commenter)\)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ExchangeReport:
    """What an import of a .qdpx made."""

    file: str
    source_ids: tuple[int, ...]
    annotations: int
    links: int
    facets_created: tuple[str, ...]
    tags_created: tuple[str, ...]
    tags_matched: int
    warnings: tuple[str, ...] = ()
    placed: tuple[str, ...] = ()  # where notes without an annotation went: "journal: …", "memo of …: …"


class ExchangeService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def read(self, path: Path | str) -> QdaProject:
        """Read and check an archive without changing the project (for a preview before importing)."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise SourceRejected(f"{path}: no such file") from None
        except OSError as e:
            raise SourceRejected(f"{path}: cannot be read ({e.strerror or e})") from None
        if size > MAX_ARCHIVE_BYTES:
            raise SourceRejected(f"{path.name}: the archive is {size / 2**20:,.0f} MB, too large to import")
        from annotator.io.qdpx_reader import read_qdpx

        return read_qdpx(path, path.name)

    def import_qdpx(self, path: Path | str, merge: bool = False) -> ExchangeReport:
        """Import sources, codebook, codings, notes and links of a .qdpx; all or nothing. A source whose text
        the project has already refuses the import, unless ``merge``: then the file's codings (another
        coder's, who keeps being their coder) are added to it — how several coders' files become one project
        for inter-coder agreement."""
        qda = self.read(path)
        with self._uow.write() as session:
            importer = _Importer(session, qda, merge)
            report = importer.run()
        if report.tags_created or report.facets_created:
            self._events.publish(TaxonomyChanged())
        if report.source_ids:
            self._events.publish(SourcesChanged(Change.ADDED, report.source_ids))
        if importer.annotation_ids:
            self._events.publish(
                AnnotationsChanged(Change.ADDED, tuple(importer.annotation_ids.values()), report.source_ids)
            )
        if importer.link_ids:
            self._events.publish(LinksChanged(Change.ADDED, tuple(importer.link_ids)))
        return report

    def read_codebook(self, path: Path | str) -> QdaCodebook:
        from annotator.io.qdpx_reader import read_qdc

        return read_qdc(path)

    def import_codebook(self, path: Path | str, mode: str = "merge", facet_name: str = "") -> ExchangeReport:
        """Import a .qdc codebook into the taxonomy, merged (``merge``) or as one new facet (``new-facet``,
        named ``facet_name`` or after the file); all or nothing, and no source is made."""
        if mode not in CODEBOOK_MODES:
            raise InvalidInput(f"{mode!r} is not a way to import a codebook; choose merge or new-facet")
        codebook = self.read_codebook(path)
        from annotator.io.qdpx_reader import QdaProject

        qda = QdaProject(codebook.file, "", codebook.origin, codebook.codes, (), {}, ())
        with self._uow.write() as session:
            importer = _Importer(session, qda)
            if mode == "merge":
                importer.map_codebook()
            else:
                name = " ".join(facet_name.split()) or Path(codebook.file).stem or "Codebook"
                taken = {f.name.casefold() for f in importer.facets}
                unique, n = name, 2
                while unique.casefold() in taken:
                    unique, n = f"{name} ({n})", n + 1
                facet = importer.add_facet(unique, "", "", f"Codebook imported from {codebook.file}")
                importer.map_tags(codebook.codes, facet, None)
            report = ExchangeReport(
                file=codebook.file,
                source_ids=(),
                annotations=0,
                links=0,
                facets_created=tuple(importer.facets_created),
                tags_created=tuple(importer.tags_created),
                tags_matched=importer.tags_matched,
                warnings=tuple(importer.warnings),
            )
        if report.tags_created or report.facets_created:
            self._events.publish(TaxonomyChanged())
        return report


def _fresh(preferred: str, taken: set[str]) -> str:
    """``preferred`` if no row uses it yet (identity survives the exchange), else a new uuid."""
    value = preferred if preferred and preferred not in taken else str(uuid.uuid4())
    taken.add(value)
    return value


def _safe_file_name(name: str) -> str:
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "source"
    return stem[:100] + ".txt"


class _Importer:
    """One import, inside the caller's transaction."""

    def __init__(self, session: Session, qda: QdaProject, merge: bool = False) -> None:
        self.session = session
        self.qda = qda
        self.merge = merge  # a source already in the project gets the file's codings instead of refusing it
        self.existing: dict[str, int] = {}  # sha256 -> the project's source of that text (merge)
        self.warnings = list(qda.warnings)
        taxonomy = taxonomy_repo.load(session)
        self.taxonomy = taxonomy
        self.facets: list[Facet] = list(taxonomy.facets)
        self.tags: list[Tag] = list(taxonomy.tags)
        self.taxonomy_uuids = {f.uuid for f in self.facets} | {t.uuid for t in self.tags}
        self.code_tag: dict[str, int] = {}
        self.facets_created: list[str] = []
        self.tags_created: list[str] = []
        self.tags_matched = 0
        self.annotation_ids: dict[str, int] = {}  # selection guid -> annotation id
        # The annotations to insert, with their selection guids: one batch after the sources (Core
        # executemany), as a coded project brings thousands.
        self.pending: list[tuple[str, annotations_repo.NewAnnotation]] = []
        self.coders: dict[str, int] = {}  # the file's User guid -> coder id
        self.speakers: dict[str, tuple[str, str]] = {}  # selection guid -> (name, role)
        self.link_ids: list[int] = []
        self.placed: list[str] = []
        self.unknown_variables: set[str] = set()

    def refuse_duplicates(self) -> list[tuple[QdaSource, str]]:
        """The sources with their sha256; refuses the import if any is already in the project."""
        found = []
        for source in self.qda.sources:
            sha256 = hashlib.sha256(source.data).hexdigest()
            existing = sources_repo.find_by_sha256(self.session, sha256)
            if existing is not None and self.merge:
                self.existing[sha256] = existing[0]
            elif existing is not None:
                raise Duplicate(
                    f"{self.qda.file}: its source “{source.name}” is already in the project as source "
                    f"{existing[0]}, “{existing[1]}” (identical text); nothing imported"
                )
            found.append((source, sha256))
        return found

    def run(self) -> ExchangeReport:
        sources = self.refuse_duplicates()
        self.map_codebook()
        self.taxonomy = taxonomy_repo.load(self.session)  # with the tags just made
        source_ids = self.add_sources(sources)
        self.add_links()
        journal_id = self.add_journal()
        if journal_id is not None:
            source_ids.append(journal_id)
        return ExchangeReport(
            file=self.qda.file,
            source_ids=tuple(dict.fromkeys(source_ids)),
            annotations=len(self.annotation_ids),
            links=len(self.link_ids),
            facets_created=tuple(self.facets_created),
            tags_created=tuple(self.tags_created),
            tags_matched=self.tags_matched,
            warnings=tuple(self.warnings),
            placed=tuple(self.placed),
        )

    # --- Codebook -------------------------------------------------------------------------------------

    def map_codebook(self) -> None:
        for code in self.qda.codes:
            if not code.codable:
                self.map_tags(code.children, self.facet_for(code), None)
                continue
            existing = self.match_anywhere(code)
            if existing is not None:
                self.code_tag[code.guid] = existing.id
                self.tags_matched += 1
                facet = next(f for f in self.facets if f.id == existing.facet_id)
                self.map_tags(code.children, facet, existing.id)
            else:
                self.map_tags([code], self.imported_facet(), None)

    def map_tags(self, codes: Iterable[QdaCode], facet: Facet, parent_id: int | None) -> None:
        for code in codes:
            suffix = f" ({facet.name})"
            if code.name.endswith(suffix) and len(code.name) > len(suffix):
                # "Other (Bias)" in facet Bias: our export's name for a tag whose name another facet shares
                code = replace(code, name=code.name[: -len(suffix)])
            tag = self.match_in_facet(code, facet)
            if tag is None:
                tag = self.add_tag(code, facet, parent_id)
            else:
                self.tags_matched += 1
            self.code_tag[code.guid] = tag.id
            self.map_tags(code.children, facet, tag.id)

    @staticmethod
    def _slug(name: str) -> str:
        try:
            return slugify(name)
        except AnnotatorError:
            return ""

    def match_in_facet(self, code: QdaCode, facet: Facet) -> Tag | None:
        in_facet = [t for t in self.tags if t.facet_id == facet.id]
        slug, name = self._slug(code.name), code.name.casefold()
        return (
            next((t for t in in_facet if t.uuid == code.guid), None)
            or next((t for t in in_facet if slug and t.slug == slug), None)
            or next((t for t in in_facet if t.name.casefold() == name), None)
        )

    def match_anywhere(self, code: QdaCode) -> Tag | None:
        by_uuid = next((t for t in self.tags if t.uuid == code.guid), None)
        if by_uuid is not None:
            return by_uuid
        slug, name = self._slug(code.name), code.name.casefold()
        found = [t for t in self.tags if (slug and t.slug == slug) or t.name.casefold() == name]
        return found[0] if len(found) == 1 else None

    def facet_for(self, code: QdaCode) -> Facet:
        slug, name = self._slug(code.name), code.name.casefold()
        found = (
            next((f for f in self.facets if f.uuid == code.guid), None)
            or next((f for f in self.facets if slug and f.slug == slug), None)
            or next((f for f in self.facets if f.name.casefold() == name), None)
        )
        return (
            found if found is not None else self.add_facet(code.name, code.guid, code.color, code.description)
        )

    def imported_facet(self) -> Facet:
        slug = slugify(IMPORTED_FACET)
        found = next((f for f in self.facets if f.slug == slug), None)
        return (
            found if found is not None else self.add_facet(IMPORTED_FACET, "", "", "Codes from another tool")
        )

    def _color(self, value: str, fallback: str) -> str:
        try:
            return check_color(value) if value else fallback
        except AnnotatorError:
            return fallback

    def _unique_slug(self, base: str, taken: set[str]) -> str:
        base = base or "code"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def add_facet(self, name: str, guid: str, color: str, description: str) -> Facet:
        slug = self._unique_slug(self._slug(name) or "imported", {f.slug for f in self.facets})
        facet = taxonomy_repo.add_facet(
            self.session,
            uuid=_fresh(guid, self.taxonomy_uuids),
            slug=slug,
            name=name,
            description=description,
            color=self._color(color, DEFAULT_TAG_COLOR),
            position=max((f.position for f in self.facets), default=-1) + 1,
        )
        self.facets.append(facet)
        self.facets_created.append(slug)
        return facet

    def add_tag(self, code: QdaCode, facet: Facet, parent_id: int | None) -> Tag:
        slug = self._unique_slug(self._slug(code.name), {t.slug for t in self.tags if t.facet_id == facet.id})
        siblings = [t for t in self.tags if t.facet_id == facet.id and t.parent_id == parent_id]
        tag = taxonomy_repo.add_tag(
            self.session,
            uuid=_fresh(code.guid, self.taxonomy_uuids),
            facet_id=facet.id,
            parent_id=parent_id,
            slug=slug,
            name=code.name,
            description=code.description,
            color=self._color(code.color, facet.color),
            shortcut="",
            position=max((t.position for t in siblings), default=-1) + 1,
        )
        self.tags.append(tag)
        self.tags_created.append(f"{facet.slug}/{slug}")
        return tag

    # --- Sources and annotations ----------------------------------------------------------------------

    def metadata(self, source: QdaSource) -> SourceMetadata:
        metadata = SourceMetadata(title=source.name)
        for name, value in source.variables.items():
            field = _field_of_variable().get(name.strip().lower())
            if field is None:
                if name not in self.unknown_variables:
                    self.unknown_variables.add(name)
                    self.warnings.append(
                        f"variable {name!r}: not a field of Annotator's sources; not imported"
                    )
                continue
            try:
                metadata = apply_changes(metadata, {field: value})
            except AnnotatorError as e:
                self.warnings.append(f"source “{source.name}”: variable {name!r} not used ({e})")
        if not metadata.language:
            metadata = apply_changes(metadata, {"language": detect_language(source.text)})
        return metadata

    def with_memos(
        self, source: QdaSource, metadata: SourceMetadata
    ) -> tuple[SourceMetadata, list[tuple[int, str]] | None]:
        """The source's memo and its notes on the whole source, added to its provenance note; and the page
        map our export keeps in a note of its own."""
        from annotator.io.exporters.refi_qda import PAGE_MAP_NOTE

        parts, page_map = [], None
        # Our own export writes the full citation as the memo: nothing to keep twice.
        if source.description and source.description.splitlines()[0] != cite_source(metadata, "full"):
            parts.append(f"Memo: {source.description}")
        for guid in source.note_guids:
            note = self.qda.notes.get(guid)
            if note is not None and note.name == PAGE_MAP_NOTE and page_map is None:
                page_map = _page_map(note.text, len(source.text))
                if page_map is not None:
                    continue
            if note is not None and note.text:
                parts.append(f"{note.name}: {note.text}" if note.name else note.text)
        if not parts:
            return metadata, page_map
        self.placed.append(
            f"source “{source.name}”: its memo and notes ({len(parts)}) are in its provenance note"
        )
        joined = "\n\n".join([metadata.provenance_note, *parts]).strip()
        return replace(metadata, provenance_note=joined), page_map

    def add_journal(self) -> int | None:
        """The project's memo and journal (notes nothing refers to) as one text source, "Journal of …"."""
        entries = []
        if self.qda.description and not self.qda.origin.startswith("Annotator"):
            entries.append(("Project memo", "", self.qda.description))
        entries += [(n.name, n.created, n.text) for n in self.qda.journal]
        if not entries:
            return None
        title = f"Journal of {self.qda.name or self.qda.file}"
        if self.qda.origin:
            title += f" ({self.qda.origin})"
        text = "\n\n".join(
            f"{name}{f' ({created[:10]})' if created else ''}\n\n{body}" for name, created, body in entries
        ) + "\n"
        data = text.encode("utf-8")
        sha256 = hashlib.sha256(data).hexdigest()
        existing = sources_repo.find_by_sha256(self.session, sha256)
        if existing is not None:
            self.placed.append(f"journal: already in the project as source {existing[0]}, “{existing[1]}”")
            return None
        metadata = SourceMetadata(title=title, genre="research journal")
        metadata = apply_changes(metadata, {"language": detect_language(text)})
        source_id = sources_repo.add(
            self.session,
            uuid=str(uuid.uuid4()),
            metadata=metadata,
            date_range=None,
            text=text,
            encoding="utf-8",
            file_name=_safe_file_name(title),
            media_type="text/plain",
            sha256=sha256,
            data=data,
        )
        count = f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}"
        self.placed.append(f"journal: {count} in the source “{title}”")
        return source_id

    def add_sources(self, sources: list[tuple[QdaSource, str]]) -> list[int]:
        from annotator.io.qdpx_reader import QdaSelection  # loaded already: the archive was read with it

        source_uuids = exchange_repo.taken_uuids(self.session, "source", [s.guid for s, _ in sources])
        selection_guids = [sel.guid for s, _ in sources for sel in s.selections]
        annotation_uuids = exchange_repo.taken_uuids(self.session, "annotation", selection_guids)
        by_sha: dict[str, int] = {}
        ids = []
        for source, sha256 in sources:
            if sha256 in by_sha:
                # The same text twice in one archive: one source carries the selections of both.
                self.warnings.append(f"source “{source.name}” has the same text as another; merged with it")
                source_id = by_sha[sha256]
            elif sha256 in self.existing:
                # Another coder's file of a source the project has: their codings join it; a selection
                # already imported (its guid an annotation's uuid here) is not made twice.
                source_id = by_sha[sha256] = self.existing[sha256]
                source = replace(source, selections=tuple(
                    s for s in source.selections if s.guid not in annotation_uuids
                ))  # fmt: skip
            else:
                metadata, page_map = self.with_memos(source, self.metadata(source))
                source_id = sources_repo.add(
                    self.session,
                    uuid=_fresh(source.guid, source_uuids),
                    metadata=metadata,
                    date_range=parse_date(metadata.date_text),
                    text=source.text,
                    encoding="utf-8-sig" if source.data.startswith(b"\xef\xbb\xbf") else "utf-8",
                    file_name=_safe_file_name(source.name),
                    media_type="text/plain",
                    sha256=sha256,
                    data=source.data,
                    page_map=page_map,
                )
                by_sha[sha256] = source_id
            ids.append(source_id)
            # Notes on passages (QualCoder's annotations): joined to the coded selection on the same passage,
            # else an annotation of their own.
            positioned: dict[tuple[int, int], list[str]] = {}
            for note_guid, start, end in source.positioned_notes:
                text = self.qda.notes[note_guid].text
                if text and text not in positioned.setdefault((start, end), []):
                    positioned[(start, end)].append(text)
            for selection in source.selections:
                extra = positioned.pop((selection.start, selection.end), [])
                self.add_annotation(source, source_id, selection, annotation_uuids, extra)
            for (start, end), texts in positioned.items():
                # uuid5 of the archive's note: the same note imported twice gets the same (taken) uuid.
                guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:qdpx:{source.guid}:note:{start}:{end}"))
                note = QdaSelection(guid, start, end, "", "", (), ())  # a passage without codes
                self.add_annotation(source, source_id, note, annotation_uuids, texts)
        created = annotations_repo.add_many(self.session, self.taxonomy, [new for _, new in self.pending])
        for (guid, _), annotation in zip(self.pending, created, strict=True):
            self.annotation_ids[guid] = annotation.id
            if guid in self.speakers:
                set_speaker(self.session, annotation.id, None, self.speakers[guid])
        self.pending.clear()
        self.speakers.clear()
        return ids

    def add_annotation(
        self,
        source: QdaSource,
        source_id: int,
        selection: QdaSelection,
        taken: set[str],
        extra_notes: Iterable[str] = (),
    ) -> None:
        tag_ids = [self.code_tag[g] for g in selection.code_guids if g in self.code_tag]
        if len(tag_ids) < len(selection.code_guids):
            self.warnings.append(
                f"source “{source.name}”: a coding refers to a code not in the codebook; dropped"
            )
        notes = [self.qda.notes[g].text for g in selection.note_guids if g in self.qda.notes]
        confidence, evidence, description = _details(selection.description)
        description, speaker = _speaker_of(description)
        if speaker is not None:
            self.speakers[selection.guid] = speaker
        # The same note may come three ways (a NoteRef, the Description, a positioned note on the source,
        # as our export writes it for QualCoder and MAXQDA): each text once.
        for text in [description, *extra_notes]:
            if text and text not in notes:
                notes.append(text)
        new = annotations_repo.NewAnnotation(
            uuid=_fresh(selection.guid, taken),
            source_id=source_id,
            start=selection.start,
            end=selection.end,
            quote=quote_for(source.text, selection.start, selection.end),
            note="\n\n".join(n for n in notes if n),
            confidence=confidence,
            evidence_ref=evidence,
            tag_ids=tag_ids,
            coder_id=self.coder_for(selection.creator),
        )
        self.pending.append((selection.guid, new))

    def coder_for(self, user_guid: str) -> int | None:
        """The coder of the file's User ``user_guid`` (made on first use: the same guid, else the same name,
        is the same coder), so a project merged from several coders' files keeps who coded what; None (the
        importer) when the selection names no known User."""
        name = self.qda.users.get(user_guid)
        if not name:
            return None
        found = self.coders.get(user_guid)
        if found is None:
            known = coders_repo.list_coders(self.session)
            match = next((c for c in known if c.uuid == user_guid), None) or next(
                (c for c in known if c.login == name), None
            )
            if match is None:
                match = coders_repo.add(self.session, name, coder_uuid=user_guid)
            found = self.coders[user_guid] = match.id
        return found

    def add_links(self) -> None:
        taken = exchange_repo.taken_uuids(self.session, "link", [link.guid for link in self.qda.links])
        for link in self.qda.links:
            a, b = self.annotation_ids.get(link.origin), self.annotation_ids.get(link.target)
            if a is None or b is None or a == b:
                self.warnings.append(f"link “{link.name}”: its ends are not two imported passages; skipped")
                continue
            try:
                relation = parse_relation(link.name)
            except AnnotatorError:
                self.warnings.append(f"link “{link.name}”: not a relation Annotator knows; skipped")
                continue
            if links_repo.find(self.session, a, b, relation) is not None:
                continue
            note = "\n\n".join(self.qda.notes[g].text for g in link.note_guids if g in self.qda.notes)
            self.link_ids.append(
                links_repo.add(
                    self.session, uuid=_fresh(link.guid, taken), a_id=a, b_id=b, relation=relation, note=note
                )
            )


def _page_map(text: str, length: int) -> list[tuple[int, str]] | None:
    """The pages of a "Page map" note as our export writes it ("37: 1200" a line), or None if it is not one
    (then it stays a note)."""
    pages = []
    for line in text.splitlines()[1:]:
        label, _, start = line.rpartition(":")
        if not start.strip().isdigit() or not label.strip():
            return None
        pages.append((int(start), "" if label.strip() == "?" else label.strip()))
    starts = [p[0] for p in pages]
    if not pages or starts != sorted(starts) or starts[-1] > length:
        return None
    return pages


def _details(description: str) -> tuple[int | None, str, str]:
    """Confidence and evidence lines as our exports write them; the rest of a description stays text."""
    confidence: int | None = None
    evidence = ""
    rest = []
    for line in description.splitlines():
        match = _DETAIL.match(line.strip())
        key, value = (match.group(1).lower(), match.group(2).strip()) if match else ("", "")
        if key == "confidence" and value in {"1", "2", "3", "4", "5"}:
            confidence = int(value)
        elif key == "evidence":
            evidence = value
        else:
            rest.append(line)
    return confidence, evidence, "\n".join(rest).strip()


def _speaker_of(description: str) -> tuple[str, tuple[str, str] | None]:
    """The "speaker: Name (role)" line our exports write, taken out of a description (the last one wins)."""
    speaker = None
    rest = []
    for line in description.splitlines():
        found = _SPEAKER.match(line.strip())
        if found:
            speaker = (found.group(1).strip(), found.group(2).lower())
        else:
            rest.append(line)
    return "\n".join(rest).strip(), speaker
