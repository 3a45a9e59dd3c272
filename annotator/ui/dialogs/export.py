"""The export dialog: choose excerpts with the shared filter, see how many match and the first few, export.

Counting and previewing run in the GUI thread, a moment after the last change (a debounce timer): both are
cheap queries (about 100 ms together for 5,000 excerpts; a search query adds its search, under a second).
A query needs the search index, so when the index is missing or out of step it is built first behind its
own progress dialog (once; about 10 s for 2.4 MB of text). The export runs in the GUI thread too, behind a
progress dialog whose Cancel the exporter checks before every excerpt; a cancelled or failed export leaves
nothing at the chosen path (the service writes through a temporary file).
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.excerpts import (
    CitationStyle,
    Excerpt,
    ExcerptFilter,
    ExportCancelled,
    GroupBy,
)
from annotator.io.exporters.base import ExportFormat, ExportOptions
from annotator.services.export import CHART_FORMAT, ExportResult
from annotator.services.project import Project
from annotator.ui.dialogs.export_filter import FilterPanel
from annotator.ui.dialogs.index_progress import build_index_for_query
from annotator.ui.errors import show_error
from annotator.ui.settings import AppSettings
from annotator.ui.text import literal, plain_label

log = logging.getLogger(__name__)
PREVIEW_SIZE = 5
DEBOUNCE_MS = 250
GROUPED_FORMATS = {"md", "html", "docx"}  # the formats that write a heading per group
CITING_FORMATS = {"md", "html", "docx", "csv", "xlsx"}  # the formats that write a citation per excerpt
_ERROR_COLOR = "#B71C1C"


def _ink_for(color: str) -> str:
    """Black or white, whichever reads better on a tag colour (#RRGGBB)."""
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#FFFFFF"


def preview_html(excerpts: list[Excerpt], style: CitationStyle) -> str:
    """The first excerpts as the preview shows them: quote, citation, tag chips (all text escaped)."""
    # Here, not at the top: the main window imports this module, and citeproc-py brings lxml with it.
    from annotator.io.citations import Citations

    parts = []
    citations = Citations(style, [e.source for e in excerpts])
    for excerpt in excerpts:
        quote = excerpt.flowed_quote  # as the exports write it (a hard-wrapped source's line breaks joined)
        if len(quote) > 400:
            quote = quote[:399].rstrip() + "…"
        shown = html.escape(quote).replace("\n", "<br>")
        chips = " ".join(
            f'<span style="background-color:{html.escape(t.color)}; color:{_ink_for(t.color)}">'
            f"&nbsp;{html.escape(t.name)}&nbsp;</span>"
            for t in excerpt.tags
        )
        parts.append(
            f'<p style="margin: 10px 0 2px 12px; font-size: 11pt">“{shown}”</p>'
            f'<p style="margin: 0 0 2px 12px; color: #5f6368">— {html.escape(citations.cite(excerpt))}</p>'
            + (f'<p style="margin: 2px 0 0 12px">{chips}</p>' if chips else "")
        )
    return "".join(parts)


def _file_name(text: str) -> str:
    """``text`` made safe as a file name on every system."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .") or "excerpts"


class ExportDialog(QDialog):
    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        initial_filter: ExcerptFilter | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Export excerpts — {project.name}")
        self.project = project
        self.settings = settings
        self.formats: list[ExportFormat] = list(project.exports.formats())
        self.last_result: ExportResult | None = None
        self._matching = 0
        self._error = ""
        self._busy = False
        self._declined_query = ""  # a query for which the person cancelled building the search index

        self.filter_panel = FilterPanel(project)
        self.format = QComboBox()
        for export_format in self.formats:
            self.format.addItem(f"{export_format.label} ({export_format.extension})", export_format.name)
        self.group_by = QComboBox()
        self.group_by.addItem("by source", GroupBy.SOURCE)
        self.group_by.addItem("by tag", GroupBy.TAG)
        self.style_choice = QComboBox()
        self.style_choice.addItem("Chicago notes and bibliography (DOCX: footnotes)",
                                  CitationStyle.CHICAGO_NOTES)  # fmt: skip
        self.style_choice.addItem("Chicago author-date", CitationStyle.CHICAGO_AUTHOR_DATE)
        self.style_choice.addItem("MLA", CitationStyle.MLA)
        self.style_choice.addItem("APA", CitationStyle.APA)
        self.style_choice.addItem("short — author, title (date), page, ¶", CitationStyle.SHORT)
        self.style_choice.addItem(
            "full — every bibliographic field and the character range", CitationStyle.FULL
        )
        self.style_choice.setCurrentIndex(self.style_choice.findData(project.exports.citation_style()))
        self.charts = QCheckBox("Charts: tags per source and tags × sources, as images in the page")
        self.charts.setToolTip(
            "The Overview's profile (of the filter's facet, else the first) and code matrix of the exported "
            "excerpts, at the top of the HTML file as inline SVG (no separate files)"
        )
        self.count_label = plain_label()  # errors quote the query
        self.count_label.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.count_label.setWordWrap(True)
        self.format_note = QLabel()
        self.format_note.setStyleSheet("color: #5f6368")
        self.format_note.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.status = plain_label()  # names the file written
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(self.export_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.export_button.setDefault(True)  # after the button box, which would pick its own default
        buttons.rejected.connect(self.reject)

        output_box = QGroupBox("Output")
        output = QFormLayout(output_box)
        output.addRow("Format", self.format)
        output.addRow("Group", self.group_by)
        output.addRow("Citations", self.style_choice)
        output.addRow("", self.charts)
        output.addRow("", self.format_note)
        right = QVBoxLayout()
        right.addWidget(output_box)
        right.addWidget(self.count_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        columns = QHBoxLayout()
        columns.addWidget(self.filter_panel, 4)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(1180, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter_panel.changed.connect(self._timer.start)
        self.style_choice.currentIndexChanged.connect(self._timer.start)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._restore_format()
        if initial_filter is not None:
            self.filter_panel.set_filter(initial_filter)
        self._format_changed()
        self.refresh()

    # Choices

    def current_format(self) -> ExportFormat:
        return self.formats[max(0, self.format.currentIndex())]

    def set_format(self, name: str) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(name)))

    def options(self) -> ExportOptions:
        charts = self.charts.isChecked() and self.current_format().name == CHART_FORMAT
        return ExportOptions(
            group_by=self.group_by.currentData(), style=self.style_choice.currentData(), charts=charts
        )

    def _restore_format(self) -> None:
        if self.settings is not None:
            remembered = self.settings.project_value(self.project.uuid, "export_format")
            if remembered:
                self.set_format(str(remembered))

    def _format_changed(self) -> None:
        name = self.current_format().name
        self.group_by.setEnabled(name in GROUPED_FORMATS)
        self.style_choice.setEnabled(name in CITING_FORMATS)
        self.charts.setVisible(name == CHART_FORMAT)
        notes = {
            "csv": "One row per excerpt, a column per facet; opens in any spreadsheet.",
            "xlsx": "One row per excerpt, a column per facet.",
            "w3c": "Offsets count Unicode code points; links become annotations with purpose “linking”.",
            "qdpx": "For QualCoder, MAXQDA, ATLAS.ti or NVivo: the excerpts with the full texts of their "
            "sources. With no filter, the whole project.",
            "qdc": "The codebook only: the taxonomy, without excerpts, so the filter does not apply.",
        }
        self.format_note.setText(notes.get(name, ""))
        self.format_note.setVisible(name in notes)
        self.preview.setVisible(self.current_format().needs_excerpts)
        self._show_count()

    # Count and preview

    def refresh(self) -> None:
        """Count and preview the excerpts the filter selects (at once; edits wait for the timer)."""
        self._timer.stop()
        if self._busy:  # an index build or an export is running its progress dialog: later
            self._timer.start()
            return
        first: list[Excerpt] = []
        try:
            excerpt_filter = self.filter_panel.excerpt_filter()
            if self._index_ready(excerpt_filter):
                self._matching = self.project.exports.count(excerpt_filter)
                first = self.project.exports.preview(excerpt_filter, PREVIEW_SIZE) if self._matching else []
                self._error = ""
            else:
                self._error = (
                    "The search index was not built, so the query is not applied; change it to try again"
                )
        except AnnotatorError as e:
            self._error = str(e)
        if self._error:
            self._matching = 0
        self.preview.setHtml(preview_html(first, self.style_choice.currentData()))
        self._show_count()

    def _index_ready(self, excerpt_filter: ExcerptFilter) -> bool:
        """A query needs the search index: when it is missing or out of step, build it first, with progress
        and Cancel, rather than freeze the dialog while the search does it (10 s for 2.4 MB of text)."""
        if not excerpt_filter.query or self.project.exports.search is None:
            return True
        search = self.project.search
        if not search.needs_rebuild():
            return True
        if excerpt_filter.query == self._declined_query:  # asked once for this query: do not insist
            return False
        self._busy = True
        try:
            built = build_index_for_query(search, self)
        finally:
            self._busy = False
        self._declined_query = "" if built else excerpt_filter.query
        return built

    def _show_count(self) -> None:
        export_format = self.current_format()
        if self._error:
            self.count_label.setStyleSheet(f"font-size: 11pt; font-weight: bold; color: {_ERROR_COLOR}")
            self.count_label.setText(self._error[:1].upper() + self._error[1:])
            self.export_button.setEnabled(False)
            return
        n = self._matching
        self.count_label.setStyleSheet("font-size: 13pt; font-weight: bold")
        if not export_format.needs_excerpts:
            taxonomy = self.filter_panel.taxonomy
            text = f"The codebook: {len(taxonomy.facets)} facets, {len(taxonomy.tags)} tags"
        elif n == 0:
            text = "No excerpt matches"
        else:
            text = f"{n:,} excerpt{'s match' if n != 1 else ' matches'}"
            if n > PREVIEW_SIZE:
                text += f"; the first {PREVIEW_SIZE}:"
        self.count_label.setText(text)
        # The codebook needs no excerpt, and a project exchange carries its sources even without any.
        needs_some = export_format.needs_excerpts and not export_format.needs_texts
        self.export_button.setEnabled(n > 0 or not needs_some)

    def matching(self) -> int:
        return self._matching

    # Exporting

    def suggested_path(self) -> Path:
        export_format = self.current_format()
        folder = Path(self.settings.last_folder()) if self.settings is not None else Path.home()
        name = _file_name(self.project.name)
        stem = {"qdpx": name, "qdc": f"{name} codebook"}.get(export_format.name, f"{name} excerpts")
        return folder / f"{stem}{export_format.extension}"

    def export_dialog(self) -> ExportResult | None:
        """Ask where to write, then export there."""
        export_format = self.current_format()
        pattern = f"{export_format.label} (*{export_format.extension});;All files (*)"
        chosen, _ = QFileDialog.getSaveFileName(self, "Export excerpts", str(self.suggested_path()), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != export_format.extension:
            path = path.with_name(path.name + export_format.extension)
        if self.settings is not None:
            self.settings.set_last_folder(str(path.parent))
        return self.export_to(path)

    def export_to(self, path: Path | str) -> ExportResult | None:
        """Export the selected excerpts to ``path`` in the chosen format, with progress and Cancel.

        Returns the result, or None when cancelled or refused (the reason is shown; nothing is written).
        """
        path = Path(path)
        export_format = self.current_format()
        self.status.clear()
        if self.project.owns(path):  # the save dialog offers the project file like any other
            show_error(
                self, "Not exported", f"{path} is this project's own file: an export there would replace it.",
                "Nothing was written. Choose another file name.",
            )  # fmt: skip
            return None
        try:
            excerpt_filter = self.filter_panel.excerpt_filter()
        except AnnotatorError as e:
            show_error(
                self, "Not exported", str(e), "Nothing was written. Correct the filter and export again."
            )
            return None
        if not self._index_ready(excerpt_filter):
            self.status.setText("Export cancelled while the search index was built; nothing was written.")
            return None
        progress = QProgressDialog("Reading the excerpts…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoReset(False)
        progress.setAutoClose(False)

        def report(done: int, total: int) -> None:
            if progress.maximum() != total:
                progress.setMaximum(total)
                progress.setLabelText(literal(f"Writing {path.name}…"))
            progress.setValue(done)
            QApplication.processEvents()  # paints the bar and lets Cancel be clicked

        self._busy = True
        try:
            result = self.project.exports.export(
                excerpt_filter,
                export_format.name,
                path,
                options=self.options(),
                progress=report,
                cancelled=progress.wasCanceled,
            )
        except ExportCancelled:
            self.status.setText("Export cancelled; nothing was written.")
            return None
        except AnnotatorError as e:
            show_error(self, "Not exported", str(e), "Nothing was written. Choose another file or folder.")
            return None
        except Exception as e:  # a writer's own failure: say so, keep the details in the log
            log.exception("export to %s failed", path)
            show_error(self, "Not exported", f"{path}: the export failed ({type(e).__name__}: {e})")
            return None
        finally:
            self._busy = False
            progress.close()
            progress.deleteLater()
        self.last_result = result
        if self.settings is not None:
            self.settings.set_project_value(self.project.uuid, "export_format", export_format.name)
        what = (
            f"{result.excerpts:,} excerpt{'s' if result.excerpts != 1 else ''}"
            if export_format.needs_excerpts
            else "The codebook"
        )
        self.status.setText(f"{what} exported to {path} ({result.size:,} bytes).")
        return result
