"""Filling source metadata from a Zotero (CSL-JSON) or BibTeX file.

Entries are matched to sources by title or file name, or one entry is applied to the current source. The
matches are shown before anything changes (read with the same functions the service uses), and the fields
each source received afterwards. Not undoable, like the CLI's ``metadata-import``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.io.bibliography import Match, match_entries, read_bibliography
from annotator.services.project import Project
from annotator.services.sources import MetadataImportReport
from annotator.ui.dialogs.source_tools import ERROR_STYLE, file_row
from annotator.ui.text import literal, plain_label

BIBLIOGRAPHY_FILTER = "Bibliographies (*.json *.bib *.bibtex *.biblatex);;All files (*)"


class MetadataImportDialog(QDialog):
    """Fill source metadata from a CSL-JSON or BibTeX file: matched by title or file name, or one entry
    applied to the current source. The matches are shown before anything changes, the fields after."""

    KEY, TITLE, SOURCE, BY, FIELDS = range(5)

    def __init__(self, project: Project, source_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.source_id = project, source_id
        self.report: MetadataImportReport | None = None
        self.matches: list[Match] = []
        self.setWindowTitle("Metadata from a bibliography")
        self.path = QLineEdit()
        self.path.setPlaceholderText("a CSL-JSON (.json) or BibTeX (.bib) export from Zotero")
        self.path.editingFinished.connect(
            lambda: self.path.text().strip() and self.load(Path(self.path.text().strip()))
        )
        self.by_match = QRadioButton("Match each entry to a source by its title or file name")
        self.by_match.setChecked(True)
        current = project.sources.get(source_id).title if source_id is not None else ""
        self.to_current = QRadioButton(f"Apply the selected entry to the current source, “{current}”")
        self.to_current.setEnabled(source_id is not None)
        self.by_match.toggled.connect(lambda _: self._show_matches())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Key", "Entry title", "Source", "Matched by", "Fields applied"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            wide = column in (self.TITLE, self.SOURCE, self.FIELDS)
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            )
        self.status = plain_label()  # messages quote file names and entries
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row(self.path, self._choose))
        layout.addWidget(self.by_match)
        layout.addWidget(self.to_current)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(980, 460)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Bibliography", "", BIBLIOGRAPHY_FILTER)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file and show which source each entry would go to; nothing changes yet."""
        self.path.setText(str(path))
        self.report = None
        try:
            entries = read_bibliography(path.name, path.read_bytes()).entries
        except (AnnotatorError, OSError) as e:
            self.matches = []
            self._fill([])
            self._say(
                str(e) if isinstance(e, AnnotatorError) else f"{path}: cannot be read ({e})", error=True
            )
            return
        self.matches = match_entries(entries, self.project.sources.list())
        self._show_matches()

    def _titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.project.sources.list()}

    def _show_matches(self) -> None:
        if self.report is not None:
            return
        self._fill(self.matches)
        if self.to_current.isChecked():
            self.apply_button.setEnabled(bool(self.matches))
            self._say("Select the entry to apply to the current source, then Apply.")
        else:
            found = sum(1 for m in self.matches if m.source_id is not None)
            self.apply_button.setEnabled(found > 0)
            advice = "Apply fills their metadata." if found else "Choose one for the current source instead."
            self._say(f"{found} of {len(self.matches)} entries match a source. {advice}")

    def _fill(self, matches: list[Match], applied: dict[int, tuple[str, ...]] | None = None) -> None:
        titles = self._titles()
        self.table.setRowCount(len(matches))
        for i, m in enumerate(matches):
            source = (
                f"{m.source_id}: {titles.get(m.source_id, '')}" if m.source_id is not None else m.note or "—"
            )
            fields = "—"
            if applied is not None and m.source_id in applied:
                fields = ", ".join(f.replace("_", " ") for f in applied[m.source_id]) or "nothing new"
            for column, value in enumerate((m.entry.key, m.entry.title, source, m.by or "—", fields)):
                item = QTableWidgetItem(value)
                item.setToolTip(literal(value))
                self.table.setItem(i, column, item)
        if matches and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def apply(self) -> None:
        """Apply through the service, then show the fields each source received."""
        path = Path(self.path.text().strip())
        chosen: tuple[int | None, str | None] = (None, None)
        if self.to_current.isChecked():
            row = self.table.currentRow()
            if not 0 <= row < len(self.matches):
                self._say("Select an entry first.", error=True)
                return
            chosen = (self.source_id, self.matches[row].entry.key)
        try:
            self.report = self.project.sources.import_metadata(path, source_id=chosen[0], key=chosen[1])
        except AnnotatorError as e:
            self._say(str(e), error=True)
            return
        self._fill(list(self.report.matches), self.report.applied)
        warnings = "".join(f"\nWarning: {w}" for w in self.report.warnings)
        self._say(f"Metadata applied to {len(self.report.applied)} source(s).{warnings}")
        self.apply_button.setEnabled(False)
