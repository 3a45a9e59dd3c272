"""Before an import: per file, the format found, whether the text looks hard-wrapped, and the cleaning steps.

Reflow is on where the text is detected as hard-wrapped (as in the CLI); web clean-up is proposed (ticked)
where the file looks like a saved web page, its preview listing every line it removes, and off otherwise.
A capture that holds several articles offers to split them, one source each (one click: the Split box).
A PDF is previewed only on request,
since reading every page takes a moment. The dialog returns the chosen ``ImportOptions`` per file; the
import itself is ``import_runner.run_import``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.importing import CancelCheck, ImportCancelled, ImportOptions, Progress
from annotator.io.importers.registry import ImportPreview, preview, sniff
from annotator.services.project import Project
from annotator.ui.dialogs.import_report import FORMAT_NAMES
from annotator.ui.import_runner import ImportProgress, read_site_captures
from annotator.ui.text import literal
from annotator.ui.widgets.import_preview import PreviewPane

if TYPE_CHECKING:
    from annotator.io.importers.webclean import SiteCapture

Previewer = Callable[[ImportOptions, Progress | None, CancelCheck | None], ImportPreview]
REFLOW_FORMATS = ("text", "markdown", "pdf")
CLEAN_FORMATS = ("text", "markdown", "html")
FILE, FORMAT, WRAPPED, REFLOW, CLEAN, SPLIT = range(6)


@dataclass
class FileRow:
    """A file about to be imported, as far as a first look at it tells."""

    name: str
    previewer: Previewer
    format: str = ""  # a key of FORMAT_NAMES; "" when the file is refused
    detected: bool = False  # hard-wrapped text (a PDF's lines always are)
    refused: str = ""
    detail: str = ""  # what a first look found (the contents of a REFI-QDA project)
    web_capture: bool = False  # looks like a saved web page: clean-up is proposed
    articles: tuple[str, ...] = ()  # titles of the articles the capture holds (two or more), to split
    previews: dict[ImportOptions, ImportPreview | str] = field(default_factory=dict)  # str: refused

    @property
    def can_reflow(self) -> bool:
        return self.format in REFLOW_FORMATS

    @property
    def can_clean(self) -> bool:
        return self.format in CLEAN_FORMATS

    def options(self, reflow: bool, clean_web: bool, split: bool = False) -> ImportOptions:
        """The options the checkboxes say. Left as they came (reflow ticked where detected), they are the
        CLI's defaults, ``reflow=None``; otherwise the tick is followed: web clean-up may change what is
        detected, and a box the historian ticked or unticked must mean what it shows."""
        clean_web = clean_web and self.can_clean
        split = split and len(self.articles) >= 2
        if not self.can_reflow or (reflow == self.detected and not clean_web):
            return ImportOptions(reflow=None, clean_web=clean_web, split_articles=split)
        return ImportOptions(reflow=reflow, clean_web=clean_web, split_articles=split)


def probe(name: str, head: bytes, previewer: Previewer) -> FileRow:
    """The format and the reflow detection of one file; a PDF is not read yet (see the module docstring)."""
    row = FileRow(name, previewer)
    if name.lower().endswith(".qdpx"):
        row.format = "qdpx"  # read by probe_path
    elif name.lower().endswith(".qdc"):
        row.format = "qdc"  # a codebook, read by probe_path: it joins the taxonomy
    elif sniff(head) == ".pdf":
        row.format, row.detected = "pdf", True
    else:
        try:
            preview = previewer(ImportOptions(), None, None)
        except AnnotatorError as e:
            row.refused = str(e)
            return row
        row.format, row.detected = preview.document.steps.format, preview.document.steps.reflow_detected
        row.web_capture = preview.web_capture
        row.articles = tuple(a.title for a in preview.articles)
        row.previews[ImportOptions()] = preview
    return row


def probe_path(
    project: Project, path: Path, siblings: Callable[[], Sequence[SiteCapture]] | None = None
) -> FileRow:
    """The file's row; its previews with web clean-up also clean it with ``siblings()`` (the other files
    chosen and the project's captures: what the import will do)."""
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError:
        head = b""  # the preview says why the file cannot be read

    def previewer(
        options: ImportOptions, progress: Progress | None, cancel: CancelCheck | None
    ) -> ImportPreview:
        others = siblings() if siblings is not None and options.clean_web else ()
        return project.sources.preview_file(path, options, progress=progress, cancel=cancel, siblings=others)

    row = probe(path.name, head, previewer)
    if row.format == "qdpx":
        try:
            qda = project.exchange.read(path)
        except AnnotatorError as e:
            row.refused = str(e)
        else:
            codes = sum(1 for _ in qda.walk_codes())
            origin = f", from {qda.origin}" if qda.origin else ""
            row.detail = (
                f"{len(qda.sources):,} source(s), {codes:,} code(s), {len(qda.links):,} link(s){origin}"
            )
    elif row.format == "qdc":
        try:
            codebook = project.exchange.read_codebook(path)
        except AnnotatorError as e:
            row.refused = str(e)
        else:
            origin = f", from {codebook.origin}" if codebook.origin else ""
            row.detail = f"{codebook.count():,} code(s){origin}"
    return row


def probe_bytes(
    name: str, data: bytes, siblings: Callable[[], Sequence[SiteCapture]] | None = None
) -> FileRow:
    """The same first look at bytes already in hand (a source's original, kept in the project); its
    previews with web clean-up also clean it with ``siblings()``, as ``probe_path``'s."""

    def previewer(
        options: ImportOptions, progress: Progress | None, cancel: CancelCheck | None
    ) -> ImportPreview:
        others = siblings() if siblings is not None and options.clean_web else ()
        return preview(name, data, options, progress=progress, cancel=cancel, siblings=others)

    return probe(name, data[:1024], previewer)


def show_row_preview(pane: PreviewPane, row: FileRow, options: ImportOptions) -> None:
    """The preview of ``row`` with ``options``, made now unless the file is a PDF not yet previewed."""
    if row.refused:
        pane.show_message(row.refused, error=True)
        return
    if row.format == "qdpx":
        pane.show_message(
            f"A REFI-QDA project with {row.detail}. Its sources, codebook, annotations and links are "
            "imported together, as they are (no cleaning step)."
        )
        return
    if row.format == "qdc":
        pane.show_message(
            f"A REFI-QDA codebook with {row.detail}. It joins the taxonomy and makes no source: merged "
            "(its categories matched to facets by name, its codes to their tags, new ones added), or, "
            f"with New facet ticked, as one new facet named “{Path(row.name).stem}”."
        )
        return
    if options not in row.previews and row.format == "pdf":
        pane.show_message(
            "A PDF is previewed on request: every page is read, which takes a moment for a long book.",
            can_request=True,
        )
        return
    options = replace(options, split_articles=False)  # splitting does not change the preview
    if options not in row.previews:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            row.previews[options] = row.previewer(options, None, None)
        except AnnotatorError as e:
            row.previews[options] = str(e)
        finally:
            QApplication.restoreOverrideCursor()
    shown = row.previews[options]
    if isinstance(shown, str):
        pane.show_message(shown, error=True)
    else:
        pane.show_preview(shown, options)


def request_preview(parent: QWidget, pane: PreviewPane, row: FileRow, options: ImportOptions) -> None:
    """Make a PDF's preview, with a progress bar that can cancel."""
    progress = ImportProgress(parent, 1, "Previewing")
    progress.start(0, row.name)
    try:
        row.previews[options] = row.previewer(options, progress.step, progress.cancelled)
    except ImportCancelled:
        pass
    except AnnotatorError as e:
        row.previews[options] = str(e)
    finally:
        progress.finish()
    show_row_preview(pane, row, options)


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(literal(tip or text))  # file names and messages from the file
    return item


def _check(on: bool, enabled: bool, tip: str) -> QTableWidgetItem:
    if not enabled:
        return _item("—", "Does not apply to this format")
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    item.setToolTip(tip)
    return item


class ImportDialog(QDialog):
    """The files to import, one row each, and the preview of the selected one."""

    def __init__(self, project: Project, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import sources")
        self.paths = [Path(p) for p in paths]
        self.project = project
        self._siblings: tuple[SiteCapture, ...] | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rows = [probe_path(project, path, self._site_captures) for path in self.paths]
        finally:
            QApplication.restoreOverrideCursor()
        self.table = QTableWidget(len(self.rows), 6)
        self.table.setHorizontalHeaderLabels(
            ["File", "Format", "Hard-wrapped", "Reflow", "Web clean-up", "Split articles"]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for column in (FORMAT, WRAPPED, REFLOW, CLEAN, SPLIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for i, row in enumerate(self.rows):
            self._fill(i, row)
        self.table.itemChanged.connect(self._option_changed)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table_height = min(self.table.verticalHeader().length() + header.sizeHint().height() + 4, 260)
        self.table.setFixedHeight(table_height)
        self.articles_note = QLabel()
        self.articles_note.setWordWrap(True)
        self.articles_note.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the file
        self.articles_note.hide()
        self.preview = PreviewPane()
        self.preview.requested.connect(self.make_preview)
        note = QLabel(
            "Tick <b>Reflow</b> to join hard-wrapped lines and split words, <b>Web clean-up</b> to drop "
            "page furniture such as “Share” or “Back to top” (ticked for files that look like saved web "
            "pages), <b>Split articles</b> to import each article of a capture as its own source. The "
            "original file is always kept in the project: you can import it again with other options "
            "later, as a new version."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        importable = sum(1 for r in self.rows if not r.refused)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Import {importable} file{'s' if importable != 1 else ''}")
        ok.setEnabled(importable > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.articles_note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(1180, 760)
        if self.rows:
            self.table.selectRow(0)
            self._show_current()

    def _fill(self, i: int, row: FileRow) -> None:
        self.table.setItem(i, FILE, _item(row.name))
        if row.refused:
            refused = _item("refused", row.refused)
            refused.setForeground(QColor("#B71C1C"))
            self.table.setItem(i, FORMAT, refused)
        else:
            self.table.setItem(i, FORMAT, _item(FORMAT_NAMES.get(row.format, row.format)))
        if row.format == "pdf":
            wrapped = "lines of pages"
        elif row.can_reflow:
            wrapped = "detected" if row.detected else "no"
        else:
            wrapped = "—"
        self.table.setItem(i, WRAPPED, _item(wrapped))
        self.table.setItem(
            i, REFLOW, _check(row.detected, row.can_reflow, "Join hard-wrapped lines and split words")
        )
        clean_tip = (
            "This looks like a saved web page: its furniture is removed (see the preview)"
            if row.web_capture
            else "Remove web-page furniture (see the preview)"
        )
        self.table.setItem(i, CLEAN, _check(row.web_capture, row.can_clean, clean_tip))
        if row.format == "qdc":
            new_facet = _check(False, True, "Import the codebook as a facet of its own instead of merging it")
            new_facet.setText("New facet")
            self.table.setItem(i, SPLIT, new_facet)
        elif len(row.articles) >= 2:
            titles = "\n".join(f"• {title}" for title in row.articles)
            split = _check(False, True, literal(f"Import one source per article:\n{titles}"))
            split.setText(f"{len(row.articles)} articles")
            self.table.setItem(i, SPLIT, split)
        else:
            self.table.setItem(i, SPLIT, _item("—", "One article (nothing to split)"))

    def checked(self, i: int, column: int) -> bool:
        item = self.table.item(i, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_option(
        self, i: int, reflow: bool | None = None, clean_web: bool | None = None, split: bool | None = None
    ) -> None:
        """Tick or untick a file's options, as a click on its checkboxes does."""
        for column, on in ((REFLOW, reflow), (CLEAN, clean_web), (SPLIT, split)):
            item = self.table.item(i, column)
            if on is not None and item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def options_for(self, i: int) -> ImportOptions:
        if self.rows[i].format == "qdc":  # the last column is the codebook's "New facet" there
            return ImportOptions(codebook_new_facet=self.checked(i, SPLIT))
        return self.rows[i].options(self.checked(i, REFLOW), self.checked(i, CLEAN), self.checked(i, SPLIT))

    def _site_captures(self) -> tuple[SiteCapture, ...]:
        """The chosen files and the project's captures, read once, for previews with web clean-up: each
        capture is previewed as the import will clean it, with the others of its site."""
        if self._siblings is None:  # a cancel previews without them, and asks again for the next preview
            read = read_site_captures(self, self.project, self.paths)
            if read is None:
                return ()
            self._siblings = read
        return self._siblings

    def options_by_path(self) -> dict[Path, ImportOptions]:
        """The chosen options of every file that can be imported (refused files are left out)."""
        return {path: self.options_for(i) for i, path in enumerate(self.paths) if not self.rows[i].refused}

    def _option_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (REFLOW, CLEAN, SPLIT):
            if item.row() != self.table.currentRow():
                self.table.selectRow(item.row())
            self._show_current()

    def _show_current(self) -> None:
        i = self.table.currentRow()
        if 0 <= i < len(self.rows):
            for other in self.rows:  # keep one file's texts in memory, but a PDF's preview made on request
                if other is not self.rows[i] and other.format != "pdf":
                    other.previews.clear()
            self._show_articles(i)
            show_row_preview(self.preview, self.rows[i], self.options_for(i))

    def _show_articles(self, i: int) -> None:
        """Above the preview: the articles a capture holds, and whether they become one source each."""
        titles = self.rows[i].articles
        if len(titles) < 2:
            self.articles_note.hide()
            return
        listed = "; ".join(f"“{t}”" for t in titles)
        if self.checked(i, SPLIT):
            said = f"This file holds {len(titles)} articles ({listed}): each becomes its own source."
        else:
            said = (
                f"This file holds {len(titles)} articles ({listed}). Tick Split articles to import "
                "each as its own source."
            )
        self.articles_note.setText(said)
        self.articles_note.show()

    def make_preview(self) -> None:
        """The preview of the selected file that is made only on request (a PDF's)."""
        i = self.table.currentRow()
        if 0 <= i < len(self.rows):
            request_preview(self, self.preview, self.rows[i], self.options_for(i))


def choose_import_options(
    parent: QWidget | None, project: Project, paths: Sequence[Path]
) -> dict[Path, ImportOptions] | None:
    """Ask for the options of each file; None when the historian cancels. Files the dialog found
    refused (and showed why) are not in the answer: import ``list(answer)``."""
    dialog = ImportDialog(project, paths, parent)
    return dialog.options_by_path() if dialog.exec() == QDialog.DialogCode.Accepted else None
