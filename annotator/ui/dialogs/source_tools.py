"""Tools for the current source: import it again as a new version, split it in two (and, in
``metadata_import.py``, fill its metadata from a Zotero or BibTeX file).

None of these is undoable (they make new sources, as an import does), so each dialog says what will
happen before it runs, and the historian sees the result afterwards: the orphaned annotations of a new
version, the two parts of a split, the fields a bibliography entry changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.domain.importing import ImportCancelled, ImportOptions
from annotator.io.importers.registry import ImportPreview, supported_extensions
from annotator.services.project import Project
from annotator.services.source_versions import SplitReport, plan_cut
from annotator.ui import commands
from annotator.ui.dialogs.import_options import (
    FileRow,
    probe_bytes,
    probe_path,
    request_preview,
    show_row_preview,
)
from annotator.ui.dialogs.import_report import FORMAT_NAMES, FileOutcome, ImportReportDialog
from annotator.ui.import_runner import ImportProgress, import_one, read_site_captures, show_outcomes
from annotator.ui.text import plain_label
from annotator.ui.widgets.import_preview import PreviewPane

if TYPE_CHECKING:
    from annotator.io.importers.webclean import SiteCapture

ERROR_STYLE = "color: #B71C1C"
SITE_REASON = "of this site"  # what every reason of the site's repetition says (``webclean.siblings``)
OTHER_SITES_REASON = (
    "other sites' pages"  # what every reason of other sites' evidence says (``webclean.others``)
)


def _error_label() -> QLabel:
    label = plain_label()  # messages quote file names and titles
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def file_row(field: QLineEdit, choose: Callable[[], None]) -> QHBoxLayout:
    button = QPushButton("Choose…")
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class ReimportDialog(QDialog):
    """Import the current source again, from its kept original or another file, as a new version.

    With web clean-up the text is also cleaned with the site's other captures the project holds, as an
    import is (``site_captures``: their stored lines, a query). ``reclean`` opens it as "Clean again with
    this site's pages": the original, web clean-up ticked, the preview listing every line that would go.
    """

    def __init__(
        self,
        project: Project,
        source_id: int,
        parent: QWidget | None = None,
        on_open: Callable[[int], None] | None = None,
        undo_stack: QUndoStack | None = None,
        *,
        reclean: bool = False,
    ) -> None:
        super().__init__(parent)
        self.project, self.source_id, self.on_open = project, source_id, on_open
        self.undo_stack = undo_stack  # where confirming an orphan's suggested place goes, to be undone
        self.reclean = reclean
        self.source = project.sources.get(source_id)
        self.version = project.sources.version_info(source_id).version
        self.outcome: FileOutcome | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._siblings: tuple[SiteCapture, ...] | None = None
        self.setWindowTitle(
            f"Clean again with this site's pages: “{self.source.title}”"
            if reclean
            else f"New version of “{self.source.title}”"
        )
        self.original = QRadioButton(f"The original file kept in the project: {self.source.original.name}")
        self.original.setChecked(True)
        self.other = QRadioButton("Another file:")
        self.path = QLineEdit()
        self.path.setPlaceholderText("a corrected transcription, a better scan…")
        self.path.editingFinished.connect(
            lambda: self.path.text().strip() and self.choose_file(Path(self.path.text().strip()))
        )
        self.original.toggled.connect(lambda _: self._probe())
        self.reflow = QCheckBox("Reflow: join hard-wrapped lines and split words")
        self.clean = QCheckBox("Web clean-up: remove page furniture")
        self.found = plain_label()
        self.found.setStyleSheet("color: #555")
        self.site = plain_label()  # what the site's other pages add to the clean-up
        self.site.setWordWrap(True)
        for box in (self.reflow, self.clean):
            box.toggled.connect(lambda _: self._show())
        self.preview = PreviewPane()
        self.preview.requested.connect(lambda: request_preview(self, self.preview, self.row, self.options()))
        self.error = _error_label()
        site = (
            "Its original file is cleaned again with the pages of its site this project holds: lines the "
            "site prints on its other pages outside their articles (menus, appeals, share and comment "
            "boxes, teasers, footers) go too, and interface lines that the pages of other sites the "
            "project holds removed as furniture. Every line that would go is listed below with its reason. "
            if reclean
            else ""
        )
        intro = QLabel(
            f"Source {source_id}, “{escape(self.source.title)}”, is version {self.version}. {site}"
            "The new version keeps its metadata; its annotations move onto the new text by their quotes. "
            "Any that cannot be placed without doubt stay on this version and are listed afterwards, to be "
            "placed by hand. This version is kept as it is."
        )
        intro.setTextFormat(Qt.TextFormat.RichText)  # the title is escaped
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(f"Import as version {self.version + 1}")
        buttons.accepted.connect(self.reimport)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.original)
        other = file_row(self.path, self._choose)
        other.insertWidget(0, self.other)
        layout.addLayout(other)
        options = QHBoxLayout()
        options.addWidget(self.reflow)
        options.addWidget(self.clean)
        options.addStretch()
        options.addWidget(self.found)
        layout.addLayout(options)
        layout.addWidget(self.site)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self._probe()

    def _choose(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in supported_extensions())
        path, _ = QFileDialog.getOpenFileName(
            self, "New version from", "", f"Sources ({patterns});;All files (*)"
        )
        if path:
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> None:
        self.path.setText(str(path))
        if self.other.isChecked():
            self._probe()
        else:
            self.other.setChecked(True)  # toggled: probes

    def site_captures(self) -> tuple[SiteCapture, ...]:
        """The site's captures the project holds (its own among them counts for nothing), read once."""
        if self._siblings is None:
            from annotator.io.importers.webclean import host_of  # the clean-up: loaded when first asked for

            host = host_of(self.source.metadata.url)
            read = read_site_captures(self, self.project, hosts={host} if host else None)
            if read is None:
                return ()  # cancelled: previewed without them, asked again for the next preview or import
            self._siblings = read
        return self._siblings

    def _probe(self) -> None:
        """A first look at the chosen bytes: the format, and reflow ticked where the text is hard-wrapped."""
        if self.original.isChecked():
            data = self.project.sources.original_bytes(self.source_id)
            self.row = probe_bytes(self.source.original.name, data, self.site_captures)
        elif self.path.text().strip():
            self.row = probe_path(self.project, Path(self.path.text().strip()), self.site_captures)
        else:
            self.row = FileRow("", lambda *_: None, refused="Choose a file, or import the original again.")
        if self.row.format == "qdpx":
            self.row.refused = f"{self.row.name}: a REFI-QDA project cannot be a new version of a source"
        for box, applies, on in (
            (self.reflow, self.row.can_reflow, self.row.detected),
            # proposed for a saved web page, and asked for by "Clean again with this site's pages"
            (self.clean, self.row.can_clean, self.row.web_capture or self.reclean),
        ):
            box.blockSignals(True)
            box.setEnabled(applies)
            box.setChecked(on and applies)
            box.blockSignals(False)
        wrapped = ", hard-wrapped" if self.row.detected and self.row.format != "pdf" else ""
        self.found.setText(
            f"{FORMAT_NAMES.get(self.row.format, '')}{wrapped}" if not self.row.refused else ""
        )
        self._show()

    def options(self) -> ImportOptions:
        return self.row.options(self.reflow.isChecked(), self.clean.isChecked())

    def _show(self) -> None:
        self.error.setText("")
        show_row_preview(self.preview, self.row, self.options())
        self.site.setText(self._site_said())

    def _site_said(self) -> str:
        """How many of the lines that would go this version kept, and how many the site's other pages show
        to be its own: what cleaning again changes, before the list of every line."""
        options = replace(self.options(), split_articles=False)
        shown = self.row.previews.get(options)
        if not options.clean_web or not isinstance(shown, ImportPreview):
            return ""
        by_site = sum(1 for line in shown.removed if SITE_REASON in line.reason)
        by_others = sum(1 for line in shown.removed if OTHER_SITES_REASON in line.reason)
        if not by_site and not by_others:
            return "None of these lines is repeated on the other pages of its site this project holds."
        kept = {line.strip() for line in self.project.sources.text(self.source_id).split("\n")}
        now = sum(
            1 for line in shown.removed if line.whole and line.text.strip() and line.text.strip() in kept
        )
        others = (
            f"; the other sites' pages the project holds show {by_others} of them to be furniture "
            "(“… other sites' pages” below)"
            if by_others
            else ""
        )
        return (
            f"{now} line(s) that version {self.version} kept would go now. {by_site} of the "
            f"{len(shown.removed)} lines that would go are repeated on other pages of this site "
            f"(“… of this site” below){others}."
        )

    def reimport(self) -> None:
        """Import with the chosen options; on success close and show the report with its orphans."""
        if self.row.refused:
            self.error.setText(self.row.refused)
            return
        progress = ImportProgress(self, 1)
        progress.start(0, self.row.name)
        try:
            if self.original.isChecked():
                outcome = self._import_original(progress)
            else:
                options = self.options()
                siblings = self.site_captures() if options.clean_web else ()
                path = Path(self.path.text().strip())
                outcome = import_one(self.project, path, options, progress, self.source_id, siblings)
        except ImportCancelled:
            outcome = FileOutcome(Path(self.row.name), cancelled=True)
        finally:
            progress.finish()
        if outcome.report is None:
            self.error.setText(outcome.refused or "Cancelled: nothing was imported.")
            return
        self.outcome = outcome
        self.accept()
        self.report_dialog = show_outcomes(self.parentWidget(), [outcome], self.on_open, self.place)

    def place(self, annotation_id: int, source_id: int) -> str | None:
        """Confirm an orphan's suggested place (from the report's Confirm link); the refusal, if any."""
        command = commands.PlaceOrphan(self.project, annotation_id, source_id)
        if self.undo_stack is not None:
            error = commands.push(self.undo_stack, command)
        else:
            command.redo()
            error = command.error
        return str(error) if error else None

    def _import_original(self, progress: ImportProgress) -> FileOutcome:
        name = self.source.original.name
        try:
            options = self.options()
            report = self.project.sources.import_bytes(
                name,
                self.project.sources.original_bytes(self.source_id),
                options=options,
                new_version_of=self.source_id,
                progress=progress.step,
                cancel=progress.cancelled,
                siblings=self.site_captures() if options.clean_web else (),
            )
        except ImportCancelled:
            raise
        except AnnotatorError as e:
            return FileOutcome(Path(name), refused=str(e))
        return FileOutcome(Path(name), report)


def _context(text: str, at: int, width: int = 90) -> str:
    """The text either side of ``at``, line breaks shown, the position marked."""

    def shown(part: str) -> str:
        return escape(part).replace("\n", "<span style='color:#999'>↵</span><br>")

    before, after = text[max(0, at - width) : at], text[at : at + width]
    return (
        f"{'…' if at > width else ''}{shown(before)}"
        f"<b style='color:#B71C1C; font-size:large'>│</b>{shown(after)}"
        f"{'…' if at + width < len(text) else ''}"
    )


class SplitDialog(QDialog):
    """Split the current source in two at a position (a code point offset); annotations go with their text."""

    def __init__(
        self, project: Project, source_id: int, position: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project, self.source_id = project, source_id
        self.source = project.sources.get(source_id)
        self.text = project.sources.text(source_id)
        annotations = project.annotations.list(source_id=source_id)
        self.spans = [(a.id, a.start, a.end) for a in annotations]
        self.result_report: SplitReport | None = None
        self.setWindowTitle(f"Split “{self.source.title}”")
        self.position = QSpinBox()
        self.position.setRange(1, max(1, len(self.text) - 1))
        self.position.setValue(min(max(position, 1), max(1, len(self.text) - 1)))
        self.position.setSuffix(f"  of {len(self.text):,} characters")
        self.position.valueChanged.connect(lambda _: self._update())
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setStyleSheet("background: white; border: 1px solid #ccc; padding: 8px")
        self.first = QLabel()
        self.first.setTextFormat(Qt.TextFormat.RichText)  # the title is escaped
        self.first.setWordWrap(True)
        self.second_title = QLineEdit(f"{self.source.title} (part 2)")
        self.second = QLabel()
        self.error = _error_label()
        note = QLabel(
            "The source is replaced by its two parts: the first keeps the title and metadata, both keep the "
            "original file, and each annotation goes with its text. A split cannot be undone."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        form = QFormLayout()
        form.addRow("Split at", self.position)
        form.addRow("", self.context)
        form.addRow("Part 1", self.first)
        form.addRow("Part 2 title", self.second_title)
        form.addRow("", self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Split")
        self.buttons.accepted.connect(self.split)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(760, 0)
        self._update()

    def _update(self) -> None:
        at = self.position.value()
        self.context.setText(_context(self.text, at))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            cut = plan_cut(self.text, at, self.spans)
        except InvalidInput as e:
            self.error.setText(str(e))
            self.first.setText(f"“{escape(self.source.title)}”")
            self.second.setText("")
            ok.setEnabled(False)
            return
        self.error.setText("")
        ok.setEnabled(True)
        first = sum(1 for _, _, end in self.spans if end <= cut.first_end)
        self.first.setText(
            f"“{escape(self.source.title)}” — {cut.first_end:,} characters, {first} annotation(s)"
        )
        self.second.setText(
            f"{len(self.text) - cut.second_start:,} characters, {len(self.spans) - first} annotation(s)"
        )

    def split(self) -> None:
        try:
            self.result_report = self.project.sources.split(
                self.source_id, self.position.value(), self.second_title.text()
            )
        except AnnotatorError as e:
            self.error.setText(str(e))
            return
        self.accept()
