"""Running an import of several files: a progress dialog that can cancel, then the import report.

Each file is its own transaction, so a refusal or a cancel leaves the files before it imported and writes
nothing of the file being read. Cancel is checked between files and, inside a long PDF, after each page
through the service's ``progress``/``cancel`` hooks. ``.qdpx`` files (REFI-QDA projects) go to the
exchange service, which brings their codebook, annotations and links along.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.importing import ImportCancelled, ImportOptions
from annotator.services.project import Project
from annotator.ui.dialogs.import_report import FileOutcome, ImportReportDialog, Placer, show_report
from annotator.ui.errors import show_error
from annotator.ui.text import literal

if TYPE_CHECKING:
    from annotator.io.importers.webclean import SiteCapture

log = logging.getLogger(__name__)

STEPS = 1000  # progress units per file, subdivided by the pages of a PDF
QDPX = ".qdpx"
QDC = ".qdc"  # a REFI-QDA codebook: into the taxonomy, not a source


class ImportProgress:
    """One progress dialog for a run of files; ``step`` and ``cancelled`` are the service's hooks."""

    def __init__(self, parent: QWidget | None, count: int, verb: str = "Importing") -> None:
        self.count, self.verb = count, verb
        self.dialog = QProgressDialog(f"{verb}…", "Cancel", 0, max(count, 1) * STEPS, parent)
        self.dialog.setWindowTitle("Import")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)  # a finished PDF must not reset the bar before the next file
        self.dialog.setAutoClose(False)
        self._index = 0
        self._name = ""

    def start(self, index: int, name: str) -> None:
        self._index, self._name = index, name
        of = f" ({index + 1} of {self.count})" if self.count > 1 else ""
        self.dialog.setLabelText(literal(f"{self.verb} {name}…{of}"))
        self.dialog.setValue(index * STEPS)
        QApplication.processEvents()

    def step(self, done: int, total: int) -> None:
        self.dialog.setLabelText(literal(f"{self.verb} {self._name}… page {done:,} of {total:,}"))
        self.dialog.setValue(self._index * STEPS + STEPS * done // max(total, 1))
        QApplication.processEvents()  # let a click on Cancel through

    def siblings(self, done: int, total: int) -> None:
        """The service's hook while the site's other pages are read, before the first file is imported."""
        self.dialog.setLabelText(literal(f"Reading this site's other pages… {done:,} of {total:,}"))
        QApplication.processEvents()  # let a click on Cancel through

    def cancelled(self) -> bool:
        return self.dialog.wasCanceled()

    def finish(self) -> None:
        self.dialog.setValue(self.dialog.maximum())
        self.dialog.close()
        self.dialog.deleteLater()  # not left behind as a hidden child of the window


def read_site_captures(
    parent: QWidget | None,
    project: Project,
    paths: Sequence[Path] = (),
    hosts: set[str] | None = None,
) -> tuple[SiteCapture, ...] | None:
    """``site_captures`` read under a progress dialog that can cancel (None then): the files chosen are
    parsed, the project's captures cost a query (or a reading, once, for those imported before)."""
    progress = ImportProgress(parent, 1, "Reading this site's other pages")
    progress.dialog.setLabelText(literal("Reading this site's other pages…"))
    try:
        return project.sources.site_captures(
            paths, hosts=hosts, progress=progress.siblings, cancel=progress.cancelled
        )
    except ImportCancelled as e:
        log.info("%s", e)
        return None
    finally:
        progress.finish()


def import_one(
    project: Project,
    path: Path,
    options: ImportOptions | None,
    progress: ImportProgress,
    new_version_of: int | None = None,
    siblings: Sequence[SiteCapture] = (),
) -> FileOutcome:
    """Import one file; a refusal becomes the outcome's message. ImportCancelled is left to the caller."""
    try:
        if path.suffix.lower() == QDPX:
            if new_version_of is not None:
                return FileOutcome(path, refused=f"{path.name}: a REFI-QDA project cannot be a new version")
            return FileOutcome(path, project.exchange.import_qdpx(path))
        if path.suffix.lower() == QDC:
            if new_version_of is not None:
                return FileOutcome(path, refused=f"{path.name}: a REFI-QDA codebook cannot be a new version")
            mode = "new-facet" if options is not None and options.codebook_new_facet else "merge"
            return FileOutcome(path, project.exchange.import_codebook(path, mode))
        report = project.sources.import_file(
            path,
            options=options,
            new_version_of=new_version_of,
            progress=progress.step,
            cancel=progress.cancelled,
            siblings=siblings,
        )
    except ImportCancelled:
        raise
    except AnnotatorError as e:
        log.info("import refused: %s", e)
        return FileOutcome(path, refused=str(e))
    return FileOutcome(path, report)


def run_import(
    parent: QWidget | None,
    project: Project,
    paths: Sequence[Path],
    options_by_path: dict[Path, ImportOptions] | None = None,
    *,
    new_version_of: int | None = None,
    on_open: Callable[[int], None] | None = None,
    report: bool = True,
) -> list[FileOutcome]:
    """Import ``paths`` (each with its options; the defaults otherwise) and show what became of them.

    The report dialog opens without blocking when anything was imported; when nothing was, the reasons
    are shown with ``show_error``. ``on_open(source_id)`` is called for a click on a source in the report.
    """
    paths = [Path(p) for p in paths]
    options_by_path = options_by_path or {}
    progress = ImportProgress(parent, len(paths))
    outcomes: list[FileOutcome] = []
    # Web captures cleaned together: each with the others and the project's own (``site_captures``), read
    # under the progress dialog (the files chosen are parsed; the project's own cost a query), cancellable.
    # Every file chosen is a page of its site, cleaned or not (as the import dialog's preview reads them).
    cleaned = any((o := options_by_path.get(p)) is not None and o.clean_web for p in paths)
    siblings: Sequence[SiteCapture] = ()
    if cleaned:
        progress.dialog.setLabelText(literal("Reading this site's other pages…"))
        try:
            siblings = project.sources.site_captures(
                paths, progress=progress.siblings, cancel=progress.cancelled
            )
        except ImportCancelled as e:
            log.info("%s", e)
            outcomes = [FileOutcome(p, cancelled=True) for p in paths]
            paths = []
    for i, path in enumerate(paths):
        if progress.cancelled():
            outcomes += [FileOutcome(p, cancelled=True) for p in paths[i:]]
            break
        progress.start(i, path.name)
        try:
            outcomes.append(
                import_one(project, path, options_by_path.get(path), progress, new_version_of, siblings)
            )
        except ImportCancelled as e:
            log.info("%s", e)
            outcomes += [FileOutcome(p, cancelled=True) for p in paths[i:]]
            break
    progress.finish()
    if report:
        show_outcomes(parent, outcomes, on_open)
    return outcomes


def show_outcomes(
    parent: QWidget | None,
    outcomes: list[FileOutcome],
    on_open: Callable[[int], None] | None = None,
    placer: Placer | None = None,
) -> ImportReportDialog | None:
    """The report when something was imported; otherwise one error dialog with every refusal.
    ``placer`` confirms an orphan's suggested place (see ``ImportReportDialog.confirm``)."""
    if any(o.report is not None for o in outcomes):
        return show_report(parent, outcomes, on_open, placer)
    reasons = [o.refused for o in outcomes if o.refused]
    cancelled = [o for o in outcomes if o.cancelled]
    if reasons:  # a cancel alone needs no dialog: the historian asked for it
        if cancelled:
            reasons.append(
                f"Cancelled before {cancelled[0].path.name}: {len(cancelled)} file(s) not imported."
            )
        show_error(
            parent,
            "Nothing was imported",
            "\n".join(reasons),
            "The project is unchanged. Fix or convert the files and import them again.",
        )
    return None
