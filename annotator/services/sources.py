"""Importing sources, listing them, reading their text, editing their metadata; versions and splits.

An import runs the format's importer and the cleaning steps chosen (see ``io/importers/registry.py``),
then stores the text, the original bytes, the page map and the import report in one transaction. A
failure anywhere (bad input, a duplicate, a cancelled import) writes nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.domain.dates import parse_date
from annotator.domain.errors import Duplicate, InvalidInput, NotFound, SourceRejected
from annotator.domain.importing import IMPORT_PIPELINE, CancelCheck, ImportCancelled, ImportOptions, Progress
from annotator.domain.metadata import CSL_FIELDS, apply_changes
from annotator.domain.model import ImportedDocument, Source, SourceMetadata, SourceSummary
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.io.bibliography import (
    CiteKeys,
    Match,
    match_entries,
    read_bibliography,
    write_bibtex,
    write_csl_json,
)
from annotator.io.importers.registry import (
    ImportPreview,
    preview,
    process,
    read_capture,
    supported_extensions,
)
from annotator.io.language import detect_language
from annotator.io.zotero import ZoteroItem, read_library
from annotator.services.events import AnnotationsChanged, Change, EventBus, SourcesChanged
from annotator.services.source_versions import (
    OrphanedAnnotation,
    PlacedAnnotation,
    PlacedOrphan,
    SplitReport,
    carry_annotations,
    place_annotation,
    split_source,
)
from annotator.services.structure import StructureSummary, compute, summarize
from annotator.storage import sources_repo, structure_repo, versions_repo
from annotator.storage.unit_of_work import UnitOfWork
from annotator.storage.versions_repo import VersionInfo

if TYPE_CHECKING:  # the clean-up loads jusText and lxml: only an import needs them
    from annotator.io.importers.webclean import SiteCapture

MAX_FILE_BYTES = 512 * 1024 * 1024

__all__ = [
    "BibliographyExport",
    "ImportReport",
    "MetadataImportReport",
    "OrphanedAnnotation",
    "PlacedAnnotation",
    "PlacedOrphan",
    "SourceService",
    "SplitReport",
    "ZoteroImportReport",
]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What became of one imported file: detection, cleaning, pages, and for a new version, re-anchoring."""

    file: str
    source_id: int
    title: str
    length: int
    encoding: str
    language: str
    media_type: str
    warnings: tuple[str, ...] = field(default=())
    format: str = "text"
    reflow: bool | None = None  # the option: None = when detected
    clean_web: bool = False
    reflow_detected: bool = False
    lines_reflowed: int = 0
    hyphens_joined: int = 0
    hyphens_kept: int = 0
    furniture_removed: int = 0
    pages_mapped: int = 0
    # The reflow of a text (issue 14): paragraphs of the stored text, running heads and page numbers taken
    # out, page anchors they gave, and every split word joined ({joined, as_written}) for checking.
    paragraphs: int = 0
    running_heads_removed: int = 0
    pages_anchored: int = 0
    split_words_joined: tuple[dict[str, str], ...] = ()
    # Web captures (issue 14): whether the text looks like one (clean-up is then proposed), the lines the
    # clean-up removed ({text, reason}), the article starts proposed ({start, title}), and the sources
    # the file became when it was split into its articles (the first is ``source_id``).
    web_capture_detected: bool = False
    removed_lines: tuple[dict[str, Any], ...] = ()
    articles: tuple[dict[str, Any], ...] = ()
    split_into: tuple[int, ...] = ()
    pipeline: int = IMPORT_PIPELINE  # the import steps' version (see domain/importing.py)
    # The structure found in the stored text (its marks are kept with the source: `annotator marks`).
    note_calls: int = 0
    reference_marks: int = 0
    notes_resolved: int = 0
    headings: int = 0
    version: int = 1
    previous_version_id: int | None = None
    reanchored: int = 0  # annotations moved onto this version
    orphans: tuple[OrphanedAnnotation, ...] = ()  # annotations left on the previous version
    placed: tuple[PlacedAnnotation, ...] = ()  # the annotations moved, each with how sure its place is

    @property
    def methods(self) -> dict[str, int]:
        """How many annotations each method placed ("exact", "loose", "partial")."""
        counts: dict[str, int] = {}
        for p in self.placed:
            counts[p.method] = counts.get(p.method, 0) + 1
        return counts

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["warnings"] = list(self.warnings)
        data["orphans"] = [{**asdict(o), "candidates": list(o.candidates)} for o in self.orphans]
        data["placed"] = [asdict(p) for p in self.placed]
        data["methods"] = self.methods
        return data


@dataclass(frozen=True, slots=True)
class MetadataImportReport:
    file: str
    matches: tuple[Match, ...]
    applied: dict[int, tuple[str, ...]]  # source id -> the fields changed
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BibliographyExport:
    format: str  # "csl-json" or "bibtex"
    path: Path | None
    keys: dict[int, str]  # source id -> its citation key (the CSL id) in the file
    text: str


@dataclass(frozen=True, slots=True)
class ZoteroImportReport:
    """What a Zotero import did: items matched to sources (``matches``; fields filled per source in
    ``applied``, fields the historian had set and the item would change in ``kept``), sources created from
    items' attached files (``created``: key -> source id), and why anything else was not done."""

    library: str
    matches: tuple[Match, ...] = ()
    applied: dict[int, tuple[str, ...]] = field(default_factory=dict)
    kept: dict[int, tuple[str, ...]] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


BIBLIOGRAPHY_FORMATS = ("csl-json", "bibtex")
HELD_CAPTURES = 24  # the project's newest web captures that serve as siblings of a new one
# The project's newest captures of other sites whose stored lines tell the furniture every site prints
# (``webclean.others``): a lone capture's only evidence beyond its own page. Stored lines only, never read
# again from their original bytes: a query each, and cheap to compare (hashed keys).
OTHER_SITES_CAPTURES = 200
SITE_LINES = "site_lines"  # the import report's key of what a web capture gives its site's other captures


def _read(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise SourceRejected(f"{path}: this is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceRejected(
                f"{path.name}: the file is {size / 2**20:.0f} MB, too large to import "
                f"(the limit is {MAX_FILE_BYTES // 2**20} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceRejected(f"{path}: no such file") from None
    except OSError as e:
        raise SourceRejected(f"{path}: cannot be read ({e.strerror or e})") from None


def _suggested(file_name: str, document: ImportedDocument) -> tuple[SourceMetadata, tuple[str, ...]]:
    """The metadata the file suggests; a value that does not validate is dropped with a warning."""
    metadata = SourceMetadata(title=document.title.strip() or Path(file_name).stem or file_name)
    warnings: list[str] = []
    suggestions = {
        "authors": document.authors,
        "date_text": document.date_text,
        "url": document.url,
        "publisher": document.publisher,
        "language": document.language or detect_language(document.text),
    }
    for name, value in suggestions.items():
        if value:
            try:
                metadata = apply_changes(metadata, {name: value})
            except InvalidInput as e:
                warnings.append(f"the file's {name.replace('_', ' ')} was not used: {e}")
    return metadata, tuple(warnings)


class SourceService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def import_file(
        self,
        path: Path | str,
        metadata: Mapping[str, Any] | None = None,
        *,
        options: ImportOptions | None = None,
        new_version_of: int | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        siblings: Sequence[SiteCapture] = (),
    ) -> ImportReport:
        """Import one file as a new source (or as a new version of source ``new_version_of``).

        ``metadata`` overrides what the file suggests; ``options`` choose the cleaning steps; ``progress``
        and ``cancel`` serve the UI's progress bar for long (PDF) imports; ``siblings`` are other captures
        of web pages (``site_captures``): the web clean-up also removes what their site repeats. Raises
        SourceRejected, Duplicate or ImportCancelled with a message naming the file; nothing is written then.
        """
        path = Path(path)
        return self.import_bytes(
            path.name,
            _read(path),
            metadata,
            options=options,
            new_version_of=new_version_of,
            progress=progress,
            cancel=cancel,
            siblings=siblings,
        )

    def is_web_capture(self, source_id: int) -> bool:
        """The source was imported as a web page (cleaned, or detected as one)."""
        report = self.version_info(source_id).report
        return bool(report.get("clean_web") or report.get("web_capture_detected"))

    def site_captures(
        self,
        paths: Sequence[Path | str] = (),
        *,
        held: bool = True,
        hosts: Collection[str] | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> tuple[SiteCapture, ...]:
        """The web captures that serve as siblings when ``paths`` are imported with the web clean-up: those
        files (each is cleaned with the others), and with ``held`` the newest ``HELD_CAPTURES`` the project
        already holds (their own sources stay as they are). Which of them are of a file's site is decided
        for each file (``webclean.siblings``).

        A held capture costs a query: what it gives its siblings was stored with its import report
        (``SITE_LINES``). Only one imported before that, or by another version of the rules, is read from its
        original bytes, once: what it gives is then stored. Held captures are only those of ``hosts`` (or of
        an unknown host); by default of the hosts of the files, when every file's host is known. With them
        come the newest ``OTHER_SITES_CAPTURES`` captures of other hosts whose lines are stored: what they
        removed as furniture is evidence for a page whose site the project does not hold yet.
        ``progress(done, total)`` follows the files read; ``cancel`` is asked between them (ImportCancelled).
        """
        found = [
            capture
            for capture in self._read_captures(
                [(Path(path).name, lambda path=path: _read(Path(path))) for path in paths], progress, cancel
            )
            if capture is not None
        ]
        if not held:
            return tuple(found)
        if hosts is None and found and all(capture.host for capture in found):
            hosts = {capture.host for capture in found if capture.host}
        stored, unread, others = self._held_captures(set(hosts) if hosts else None)
        read = self._read_captures(
            [
                (name, lambda source_id=source_id: self.original_bytes(source_id))
                for source_id, name in unread
            ],
            progress,
            cancel,
            done=len(paths),
        )
        if self._uow.read_only_reason is None and any(capture is not None for capture in read):
            with self._uow.write() as session:  # derived data, stored so that it is not read again
                for (source_id, _), capture in zip(unread, read, strict=True):
                    if capture is not None:
                        versions_repo.update_report(session, source_id, {SITE_LINES: capture.to_json()})
        return (*found, *stored, *(capture for capture in read if capture is not None), *others)

    @staticmethod
    def _read_captures(
        files: Sequence[tuple[str, Callable[[], bytes]]],
        progress: Progress | None,
        cancel: CancelCheck | None,
        done: int = 0,
    ) -> list[SiteCapture | None]:
        """Each file (its name, and how to get its bytes) read as a capture of its site, or None."""
        captures: list[SiteCapture | None] = []
        for name, data in files:
            if cancel is not None and cancel():
                raise ImportCancelled(
                    "import cancelled while this site's other pages were read; nothing was imported"
                )
            try:
                captures.append(read_capture(name, data()))
            except SourceRejected:
                captures.append(None)  # its own import says why
            if progress is not None:
                progress(done + len(captures), done + len(files))
        return captures

    def _held_captures(
        self, hosts: set[str] | None
    ) -> tuple[list[SiteCapture], list[tuple[int, str]], list[SiteCapture]]:
        """The newest ``HELD_CAPTURES`` web captures of ``hosts`` (None: any) the project holds: those whose
        lines were stored, and (source id, file name) of those to read from their original bytes; and the
        newest ``OTHER_SITES_CAPTURES`` of other hosts whose lines were stored (with no host known, those
        past the first ``HELD_CAPTURES``). A capture's host is its page's own address's, else the address
        its source was given."""
        from annotator.io.importers.webclean.siblings import SiteCapture, host_of

        stored: list[SiteCapture] = []
        unread: list[tuple[int, str]] = []
        others: list[SiteCapture] = []
        with self._uow.read() as session:
            for held in versions_repo.web_captures(session, SITE_LINES):
                site_full = len(stored) + len(unread) >= HELD_CAPTURES
                if site_full and len(others) >= OTHER_SITES_CAPTURES:
                    break
                if site_full and hosts is not None and host_of(held.url) in hosts:
                    continue  # more of the site than are kept: not even parsed
                capture = SiteCapture.from_json(held.site)
                host = (capture.host if capture is not None else None) or host_of(held.url)
                another = bool(hosts is not None and host and host not in hosts)
                if another or site_full:
                    # another site (or, no host being known, beyond the newest of the site): its stored lines
                    # only, never read again, known by its source's host; the clean-up tells which site it is
                    if (
                        capture is not None
                        and len(others) < OTHER_SITES_CAPTURES
                        and (another or hosts is None)
                    ):
                        others.append(replace(capture, host=host) if capture.host is None else capture)
                elif capture is None:
                    unread.append((held.source_id, held.file_name))
                else:
                    stored.append(capture)
        return stored, unread, others

    def import_bytes(
        self,
        file_name: str,
        data: bytes,
        metadata: Mapping[str, Any] | None = None,
        *,
        options: ImportOptions | None = None,
        new_version_of: int | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        siblings: Sequence[SiteCapture] = (),
    ) -> ImportReport:
        options = options or ImportOptions()
        sha256 = hashlib.sha256(data).hexdigest()
        previous = self.get(new_version_of) if new_version_of is not None else None
        if previous is None:
            self._refuse_duplicate(file_name, sha256)
        processed = process(file_name, data, options, progress=progress, cancel=cancel, siblings=siblings)
        document = processed.document
        if previous is not None:
            # A new version keeps what the historian wrote about the source.
            suggested, warnings = previous.metadata, document.warnings
        else:
            suggested, dropped = _suggested(file_name, document)
            warnings = document.warnings + dropped
        chosen = apply_changes(suggested, metadata or {})
        marks = compute(document.text, document.page_map or (), document.media_type)
        with self._uow.write() as session:
            if previous is None:
                self._refuse_duplicate(file_name, sha256, session)
            source_id = sources_repo.add(
                session,
                uuid=str(uuid.uuid4()),
                metadata=chosen,
                date_range=parse_date(chosen.date_text),
                text=document.text,
                encoding=document.encoding,
                file_name=file_name,
                media_type=document.media_type,
                sha256=sha256,
                data=data,
                page_map=document.page_map,
            )
            structure_repo.put(session, source_id, STRUCTURE_VERSION, marks)
            placed: tuple[PlacedAnnotation, ...] = ()
            orphans: tuple[OrphanedAnnotation, ...] = ()
            version = 1
            if previous is not None:
                version = versions_repo.info(session, previous.id).version + 1
                placed, orphans = carry_annotations(
                    session, previous.id, source_id, document.text, previous.length
                )
            report = self._report(file_name, source_id, chosen, document, options, warnings)
            report = _with_structure(report, summarize(marks))
            report = _with_version(report, version, previous, placed, orphans)
            report = _with_capture(report, processed)
            versions_repo.add(
                session,
                source_id,
                {**report.to_json(), **_site_lines(processed)},
                previous_version_id=previous.id if previous else None,
                version=version,
            )
            if options.split_articles and previous is None and len(processed.articles) >= 2:
                report = _split_articles(session, report, processed, "title" in (metadata or {}))
        self._events.publish(SourcesChanged(Change.ADDED, report.split_into or (source_id,)))
        if placed and previous is not None:
            self._events.publish(
                AnnotationsChanged(Change.UPDATED, self._ids_on(source_id), (previous.id, source_id))
            )
        return report

    @staticmethod
    def _report(
        file_name: str,
        source_id: int,
        chosen: SourceMetadata,
        document: ImportedDocument,
        options: ImportOptions,
        warnings: tuple[str, ...],
    ) -> ImportReport:
        steps = document.steps
        return ImportReport(
            file=file_name,
            source_id=source_id,
            title=chosen.title,
            length=len(document.text),
            encoding=document.encoding,
            language=chosen.language,
            media_type=document.media_type,
            warnings=warnings,
            format=steps.format,
            reflow=options.reflow,
            clean_web=options.clean_web,
            reflow_detected=steps.reflow_detected,
            lines_reflowed=steps.lines_reflowed,
            hyphens_joined=steps.hyphens_joined,
            hyphens_kept=steps.hyphens_kept,
            furniture_removed=steps.furniture_removed,
            pages_mapped=steps.pages_mapped,
            paragraphs=steps.paragraphs,
            running_heads_removed=steps.running_heads_removed,
            pages_anchored=steps.pages_anchored,
            split_words_joined=tuple(
                {"joined": w.joined, "as_written": w.as_written} for w in steps.split_words_joined
            ),
        )

    def _ids_on(self, source_id: int) -> tuple[int, ...]:
        with self._uow.read() as session:
            return tuple(a.annotation_id for a in versions_repo.anchors(session, source_id))

    def _refuse_duplicate(self, file_name: str, sha256: str, session: Any = None) -> None:
        if session is None:
            with self._uow.read() as reading:
                existing = sources_repo.find_by_sha256(reading, sha256)
        else:
            existing = sources_repo.find_by_sha256(session, sha256)
        if existing is not None:
            source_id, title = existing
            raise Duplicate(
                f"{file_name}: already in the project as source {source_id}, “{title}” (identical bytes; "
                "to import it again with other options, make it a new version of that source)"
            )

    def preview_file(
        self,
        path: Path | str,
        options: ImportOptions | None = None,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        siblings: Sequence[SiteCapture] = (),
    ) -> ImportPreview:
        """What importing ``path`` with ``options`` (and ``siblings``, as ``import_file`` takes them) would
        give (text before and after the optional steps, the lines web clean-up removes, the lines reflow
        joins), without writing anything."""
        path = Path(path)
        return preview(path.name, _read(path), options, progress=progress, cancel=cancel, siblings=siblings)

    def list(self) -> list[SourceSummary]:
        with self._uow.read() as session:
            return sources_repo.list_summaries(session)

    def get(self, source_id: int) -> Source:
        with self._uow.read() as session:
            return sources_repo.get(session, source_id)

    def text(self, source_id: int) -> str:
        with self._uow.read() as session:
            return sources_repo.text_of(session, source_id)

    def original_bytes(self, source_id: int) -> bytes:
        with self._uow.read() as session:
            return sources_repo.original_bytes(session, source_id)

    def page_map(self, source_id: int) -> list[tuple[int, str]]:
        """Where each printed page begins, ``[(offset, label), ...]``; empty for sources without pages."""
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)
            return sources_repo.page_map_of(session, source_id)

    def version_info(self, source_id: int) -> VersionInfo:
        """The source's version number, its previous and next versions, and its stored import report."""
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)
            return versions_repo.info(session, source_id)

    def update_metadata(self, source_id: int, changes: Mapping[str, Any]) -> Source:
        """Validate and apply metadata changes; returns the updated source. The text never changes."""
        with self._uow.write() as session:
            current = sources_repo.get(session, source_id)
            metadata = apply_changes(current.metadata, changes)
            updated = sources_repo.update_metadata(
                session, source_id, metadata, parse_date(metadata.date_text)
            )
        self._events.publish(SourcesChanged(Change.UPDATED, (source_id,)))
        return updated

    def delete(self, source_id: int) -> None:
        """Delete a source with its annotations and their links."""
        with self._uow.write() as session:
            sources_repo.delete(session, source_id)
        self._events.publish(SourcesChanged(Change.REMOVED, (source_id,)))

    def place_orphan(
        self, annotation_id: int, source_id: int, start: int | None = None, end: int | None = None
    ) -> PlacedOrphan:
        """Put an annotation on another version ``source_id`` of its source, at ``start..end`` or, without
        them, at the place that version's import suggested (an orphan's ``suggested_start..end``).

        How the historian confirms an uncertain re-anchoring or places an orphan by hand; one transaction.
        Returns the new and the previous place: placing it back there undoes it. Refused (InvalidInput)
        for a source that is not a version of the annotation's, a range outside the text, or no suggestion.
        """
        with self._uow.write() as session:
            placed = place_annotation(session, annotation_id, source_id, start, end)
        self._events.publish(
            AnnotationsChanged(Change.UPDATED, (annotation_id,), (placed.from_source_id, source_id))
        )
        return placed

    def split(self, source_id: int, at: int, second_title: str | None = None) -> SplitReport:
        """Split a source at offset ``at`` into two new sources; annotations go with their text.

        The first part keeps the metadata; the second gets ``second_title`` (default: the title with
        "(part 2)"). Both keep the original file. The split source is removed. Refused (InvalidInput)
        when an annotation runs across ``at`` or a part would be empty.
        """
        with self._uow.write() as session:
            split, moved = split_source(session, source_id, at, second_title)
        self._events.publish(SourcesChanged(Change.ADDED, (split.first_id, split.second_id)))
        self._events.publish(SourcesChanged(Change.REMOVED, (source_id,)))
        if moved:
            self._events.publish(
                AnnotationsChanged(Change.UPDATED, moved, (source_id, split.first_id, split.second_id))
            )
        return split

    def import_metadata(
        self, path: Path | str, source_id: int | None = None, key: str | None = None
    ) -> MetadataImportReport:
        """Apply a CSL-JSON or BibTeX file's entries to the sources they match (by title or file name),
        or one entry (the only one, or ``key``) to source ``source_id``. Fields the entry does not have
        are left as they are; unmatched entries are reported, not guessed."""
        path = Path(path)
        bibliography = read_bibliography(path.name, _read(path))
        entries = bibliography.entries
        if not entries:
            raise SourceRejected(f"{path.name}: no bibliographic entries in the file")
        if key is not None:
            entries = tuple(e for e in entries if e.key == key)
            if not entries:
                raise InvalidInput(f"{path.name}: no entry with the key {key!r}")
        if source_id is not None:
            self.get(source_id)
            if len(entries) > 1:
                keys = ", ".join(e.key for e in entries[:10])
                raise InvalidInput(
                    f"{path.name} holds {len(entries)} entries; choose one with --key ({keys})"
                )
            matches = [Match(entries[0], source_id, "chosen")]
        else:
            matches = match_entries(entries, self.list())
        applied: dict[int, tuple[str, ...]] = {}
        warnings = list(bibliography.warnings)
        if all(match.source_id is None for match in matches):
            return MetadataImportReport(path.name, tuple(matches), applied, tuple(warnings))
        with self._uow.write() as session:
            for match in matches:
                if match.source_id is None:
                    continue
                current = sources_repo.get(session, match.source_id)
                metadata, fields = _apply_entry(
                    current.metadata, match.entry.changes, match.entry.key, warnings
                )
                if not fields:
                    continue
                sources_repo.update_metadata(
                    session, match.source_id, metadata, parse_date(metadata.date_text)
                )
                applied[match.source_id] = fields
        if applied:
            self._events.publish(SourcesChanged(Change.UPDATED, tuple(applied)))
        return MetadataImportReport(path.name, tuple(matches), applied, tuple(warnings))

    def export_bibliography(
        self, format_name: str, out: Path | str | None = None, source_ids: Sequence[int] | None = None
    ) -> BibliographyExport:
        """The sources' references (all, or ``source_ids`` in that order) as CSL-JSON or BibTeX, each under
        a citation key made of author, year and title; written to ``out`` when given (whole or not at all)."""
        if format_name not in BIBLIOGRAPHY_FORMATS:
            raise InvalidInput(
                f"bibliography format {format_name!r} is not one of {', '.join(BIBLIOGRAPHY_FORMATS)}"
            )
        with self._uow.read() as session:  # one read for all: one per source took 20 s for 5,000
            metadata = sources_repo.metadata_many(session, source_ids or None)
        ids = list(dict.fromkeys(source_ids)) if source_ids else list(metadata)
        missing = next((source_id for source_id in ids if source_id not in metadata), None)
        if missing is not None:
            raise NotFound(f"no source with id {missing} (see `annotator sources`)")
        cite_key = CiteKeys()
        keys = {source_id: cite_key(metadata[source_id]) for source_id in ids}
        pairs = [(keys[source_id], metadata[source_id]) for source_id in ids]
        text = write_csl_json(pairs) if format_name == "csl-json" else write_bibtex(pairs)
        path = Path(out).expanduser() if out is not None else None
        if path is not None:
            _write_text(path, text)
        return BibliographyExport(format_name, path, keys, text)

    def zotero_items(self, data_dir: Path | str) -> list[ZoteroItem]:
        """The items of a Zotero library (read from a copy of its database; Zotero may be running)."""
        return read_library(data_dir)

    def import_zotero(
        self,
        data_dir: Path | str,
        keys: Sequence[str] = (),
        *,
        match: bool = False,
        overwrite: bool = False,
        items: Sequence[ZoteroItem] | None = None,
    ) -> ZoteroImportReport:
        """Metadata from a Zotero library. With ``match``, the items (all, or ``keys``) are matched to
        sources by title or attached file name, and fill the fields a source has empty — a field the
        historian set is kept (and reported) unless ``overwrite``. Without it, each item of ``keys`` becomes
        a new source: its attached file (PDF, HTML, text…) imported with the item's metadata.
        ``items`` spares reading the library again (the dialog read it to list them)."""
        library = str(data_dir)
        chosen = list(items) if items is not None else read_library(data_dir)
        if keys:
            by_key = {item.key: item for item in chosen}
            unknown = [key for key in keys if key not in by_key]
            if unknown:
                raise InvalidInput(f"{library}: no Zotero item with the key {', '.join(unknown)}")
            chosen = [by_key[key] for key in dict.fromkeys(keys)]
        elif not match:
            raise InvalidInput(
                "choose the Zotero items to import (--item KEY), or match them to sources (--match)"
            )
        if match:
            return self._match_zotero(library, chosen, overwrite)
        return self._create_from_zotero(library, chosen)

    def _match_zotero(self, library: str, items: Sequence[ZoteroItem], overwrite: bool) -> ZoteroImportReport:
        matches = match_entries([item.entry() for item in items], self.list())
        applied: dict[int, tuple[str, ...]] = {}
        kept: dict[int, tuple[str, ...]] = {}
        warnings: list[str] = []
        with self._uow.write() as session:
            for found in matches:
                if found.source_id is None:
                    continue
                source = sources_repo.get(session, found.source_id)
                metadata, taken, held = source.metadata, [], []
                for name, value in found.entry.changes.items():
                    try:
                        changed = apply_changes(metadata, {name: value})
                    except InvalidInput as e:
                        warnings.append(f"item {found.entry.key}: {_label(name)} not applied ({e})")
                        continue
                    before = getattr(source.metadata, name)
                    if getattr(changed, name) == getattr(metadata, name):
                        continue
                    # A title the import took from the file name is no one's choice.
                    unset = _empty(before) or (name == "title" and before == Path(source.original.name).stem)
                    if unset or overwrite:
                        metadata = changed
                        taken.append(name)
                    else:
                        held.append(name)
                if held:
                    kept[found.source_id] = tuple(held)
                if taken:
                    sources_repo.update_metadata(
                        session, found.source_id, metadata, parse_date(metadata.date_text)
                    )
                    applied[found.source_id] = tuple(taken)
        if applied:
            self._events.publish(SourcesChanged(Change.UPDATED, tuple(applied)))
        return ZoteroImportReport(library, tuple(matches), applied, kept, {}, tuple(warnings))

    def _create_from_zotero(self, library: str, items: Sequence[ZoteroItem]) -> ZoteroImportReport:
        created: dict[str, int] = {}
        warnings: list[str] = []
        for item in items:
            files = sorted(
                (path for path in item.files if path.is_absolute() and path.is_file()), key=_attachment_rank
            )
            if not files:
                warnings.append(
                    f"item {item.key} “{item.title}”: no attached file to import; import the text and "
                    "use --match to give it this item's metadata"
                )
                continue
            metadata, _ = _apply_entry(
                SourceMetadata(title=item.title or files[0].stem), item.entry().changes, item.key, warnings
            )
            # Only what the item says: an empty field would wipe what the file tells (its language).
            changes = {
                n: getattr(metadata, n)
                for n in SourceMetadata.field_names()
                if not _empty(getattr(metadata, n))
            }
            try:
                report = self.import_file(files[0], changes)
            except (SourceRejected, Duplicate, InvalidInput) as e:
                warnings.append(f"item {item.key} “{item.title}”: {e}")
                continue
            created[item.key] = report.source_id
        return ZoteroImportReport(library, created=created, warnings=tuple(warnings))


def _apply_entry(
    current: SourceMetadata, changes: Mapping[str, Any], key: str, warnings: list[str]
) -> tuple[SourceMetadata, tuple[str, ...]]:
    """``current`` with an entry's fields; a field that does not validate (a mistyped ISBN in Zotero) is
    left out with a warning naming it, and the rest applied."""
    try:
        return apply_changes(current, changes), tuple(changes)
    except InvalidInput:
        pass
    metadata, applied = current, []
    for name, value in changes.items():
        try:
            metadata = apply_changes(metadata, {name: value})
            applied.append(name)
        except InvalidInput as e:
            warnings.append(f"entry {key}: {_label(name)} not applied ({e})")
    return metadata, tuple(applied)


_PREFERRED_ATTACHMENTS = (".pdf", ".docx", ".html", ".htm")


def _attachment_rank(path: Path) -> int:
    """A PDF or Word document first, then a web snapshot, then other files we import; others last."""
    suffix = path.suffix.lower()
    if suffix in _PREFERRED_ATTACHMENTS:
        return _PREFERRED_ATTACHMENTS.index(suffix)
    return len(_PREFERRED_ATTACHMENTS) + (suffix not in supported_extensions())


def _label(name: str) -> str:
    """A field as the CLI and CSL name it: "ISBN", "call-number"."""
    return _CSL_NAMES.get(name, name.replace("_", " "))


_CSL_NAMES = {ours: theirs for theirs, ours in CSL_FIELDS.items()}


def _empty(value: Any) -> bool:
    return value in ("", None, ())


def _write_text(path: Path, text: str) -> None:
    """Write through a part file beside ``path`` and rename it into place (never half a file)."""
    from annotator.io.exporters import part_files

    if path.is_dir():
        raise InvalidInput(f"{path}: this is a folder; give a file name to export to")
    if not path.parent.is_dir():
        raise InvalidInput(f"{path}: the folder {path.parent} does not exist")
    try:
        part = part_files.PartFile(path)
    except OSError as e:
        raise InvalidInput(f"{path}: cannot be written ({e.strerror or e})") from None
    try:
        part.stream.write(text.encode("utf-8"))
        part.commit()
    except OSError as e:
        raise InvalidInput(f"{path}: cannot be written ({e.strerror or e})") from None
    finally:
        part.discard()


def _with_structure(report: ImportReport, summary: StructureSummary) -> ImportReport:
    return replace(
        report,
        note_calls=summary.note_calls,
        reference_marks=summary.reference_marks,
        notes_resolved=summary.notes_resolved,
        headings=summary.headings,
    )


def _site_lines(processed: ImportPreview) -> dict[str, Any]:
    """What a web capture gives later captures of its site (``SITE_LINES``), stored with its report: derived
    data, versioned and recomputable from its original bytes (``site_captures``)."""
    return {SITE_LINES: processed.site.to_json()} if processed.site is not None else {}


def _with_capture(report: ImportReport, processed: ImportPreview) -> ImportReport:
    return replace(
        report,
        web_capture_detected=processed.web_capture,
        removed_lines=tuple({"text": r.text, "reason": r.reason} for r in processed.removed)
        + tuple(
            {"text": f.text, "reason": f.reason, "page": f.page}
            for f in getattr(processed.document.steps, "removed_lines", ())  # PDF heads, page numbers
        ),
        articles=tuple(a.as_dict() for a in processed.articles),
    )


def _split_articles(
    session: Any, report: ImportReport, processed: ImportPreview, title_given: bool
) -> ImportReport:
    """Split the source just imported at its article starts (one source per article), as Source › Split
    at cursor does, inside the import's transaction. What comes before the first article (the page's
    head, when clean-up is off) stays with the first; each article gets its proposed title."""
    articles = processed.articles
    current, later = report.source_id, []
    for article in reversed(articles[1:]):
        split, _ = split_source(session, current, article.start, article.title)
        current = split.first_id
        later.insert(0, split.second_id)
    if not title_given:
        first = sources_repo.get(session, current)
        metadata = apply_changes(first.metadata, {"title": articles[0].title})
        sources_repo.update_metadata(session, current, metadata, parse_date(metadata.date_text))
    title = sources_repo.get(session, current).metadata.title
    return replace(report, source_id=current, title=title, split_into=(current, *later))


def _with_version(
    report: ImportReport,
    version: int,
    previous: Source | None,
    placed: tuple[PlacedAnnotation, ...],
    orphans: tuple[OrphanedAnnotation, ...],
) -> ImportReport:
    return replace(
        report,
        version=version,
        previous_version_id=previous.id if previous else None,
        reanchored=len(placed),
        orphans=orphans,
        placed=placed,
    )
