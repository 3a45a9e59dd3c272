"""Sources imported by older import steps, brought up to the current ones: offered, never done silently.

When the import steps change what they make of a file (``IMPORT_PIPELINE``: paragraphs reflowed from the
document's own statistics, running heads turned into pages, web furniture), the sources imported before keep
their text until the historian agrees. Each is then imported again from its original bytes, with the options
it was imported with, as a new version: its annotations are re-anchored (those that cannot be placed
without doubt stay on the old version and are listed). The old version is removed only when no annotation
is left on it; a backup is taken before anything changes. A source whose text would come out the same is
only marked as up to date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.errors import AnnotatorError
from annotator.domain.importing import IMPORT_PIPELINE, ImportOptions, Progress
from annotator.io.importers.registry import import_document
from annotator.services.sources import ImportReport, SourceService
from annotator.storage import meta_repo, versions_repo
from annotator.storage.unit_of_work import UnitOfWork

OFFERED_KEY = "upgrade_offered_pipeline"  # the pipeline version the historian was last asked about
# Imports of these media types go through the steps that changed; .qdpx imports keep the text they carried.
UPGRADABLE = ("text/plain", "text/markdown", "text/html", "application/pdf")


@dataclass(frozen=True, slots=True)
class UpgradeCandidate:
    source_id: int
    title: str
    file_name: str
    pipeline: int  # the import steps' version the source was made with (1: before versions were kept)
    annotations: int


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    source_id: int  # the source as it was
    title: str
    new_source_id: int | None = None  # None when the text came out the same (or the re-import failed)
    report: ImportReport | None = None  # re-anchoring counts and orphans of the new version
    old_removed: bool = False  # every annotation moved, so the old version was deleted
    unchanged: bool = False
    error: str | None = None


class SourceUpgrades:
    def __init__(self, uow: UnitOfWork, sources: SourceService, backup: Callable[[], object]) -> None:
        self._uow = uow
        self._sources = sources
        self._backup = backup

    def candidates(self) -> list[UpgradeCandidate]:
        """The newest version of every source made by older import steps, in library order."""
        found = []
        for summary in self._sources.list():
            info = self._sources.version_info(summary.id)
            if info.next_version_ids:
                continue  # an old version: its newest version speaks for it
            pipeline = int(info.report.get("pipeline", 1))
            source = self._sources.get(summary.id)
            if pipeline >= IMPORT_PIPELINE or source.original.media_type not in UPGRADABLE:
                continue
            found.append(
                UpgradeCandidate(
                    summary.id, summary.title, summary.file_name, pipeline, summary.annotation_count
                )
            )
        return found

    def should_offer(self) -> bool:
        """True once per project and pipeline version: there are candidates and nobody was asked yet."""
        if self._uow.read_only_reason is not None:
            return False
        with self._uow.read() as session:
            asked = meta_repo.get(session, OFFERED_KEY)
        return (asked is None or int(asked) < IMPORT_PIPELINE) and bool(self.candidates())

    def mark_offered(self) -> None:
        """Remember that the historian answered (yes or not now): the offer is not repeated."""
        with self._uow.write() as session:
            meta_repo.put(session, OFFERED_KEY, str(IMPORT_PIPELINE))

    def upgrade(
        self, source_ids: list[int] | None = None, progress: Progress | None = None
    ) -> list[UpgradeResult]:
        """Re-import these sources (default: every candidate) with the current steps; one result each.

        A backup is taken first. Each source is its own transaction: a failure (reported in its result)
        leaves that source as it was and the others are still done. ``progress(done, total)`` follows.
        """
        ids = [c.source_id for c in self.candidates()] if source_ids is None else source_ids
        if not ids:
            return []
        self._backup()
        results = []
        for done, source_id in enumerate(ids, start=1):
            results.append(self._upgrade_one(source_id))
            if progress is not None:
                progress(done, len(ids))
        return results

    def _upgrade_one(self, source_id: int) -> UpgradeResult:
        source = self._sources.get(source_id)
        report = self._sources.version_info(source_id).report
        options = ImportOptions(reflow=report.get("reflow"), clean_web=bool(report.get("clean_web", False)))
        try:
            # Cleaned with the site's other captures, as a new import is: a web capture cleaned with them
            # must not get its site's furniture back (itself among them counts for nothing).
            siblings = (
                self._sources.site_captures(hosts=_hosts(source.metadata.url)) if options.clean_web else ()
            )
            data = self._sources.original_bytes(source_id)
            document = import_document(source.original.name, data, options, siblings=siblings)
            if document.text == self._sources.text(source_id) and list(document.page_map) == list(
                self._sources.page_map(source_id)
            ):
                with self._uow.write() as session:
                    versions_repo.update_report(session, source_id, {"pipeline": IMPORT_PIPELINE})
                return UpgradeResult(source_id, source.title, unchanged=True)
            new = self._sources.import_bytes(
                source.original.name, data, options=options, new_version_of=source_id, siblings=siblings
            )
        except AnnotatorError as e:
            return UpgradeResult(source_id, source.title, error=str(e))
        removed = False
        if not new.orphans:
            with self._uow.read() as session:
                left = versions_repo.anchors(session, source_id)
            if not left:
                self._sources.delete(source_id)
                removed = True
        return UpgradeResult(source_id, source.title, new.source_id, new, old_removed=removed)


def _hosts(url: str) -> set[str] | None:
    """The host of a source's address, for its site's captures (None: unknown, any capture may be one)."""
    from annotator.io.importers.webclean import host_of  # the clean-up's modules: only an upgrade needs them

    host = host_of(url)
    return {host} if host else None
