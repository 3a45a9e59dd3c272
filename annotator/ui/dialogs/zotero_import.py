"""File › Import from Zotero…: the items of Zotero's own library, searchable, to import or match to sources.

The library is read from a copy of ``zotero.sqlite`` (Zotero may be running; nothing of Zotero's is ever
changed). Each row says which source the item would fill (matched by title or attached file name, with the
same functions the service uses) before anything changes. "Fill matching sources" fills the fields those
sources have empty (a field already set stays, unless "Replace fields already set" is ticked); "Import as
new sources" imports the chosen items' attached files with their metadata. Not undoable, like the CLI's
``zotero-import``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.io.bibliography import Match, match_entries
from annotator.io.zotero import CSL_TYPES, ZoteroItem
from annotator.services.project import Project
from annotator.services.sources import ZoteroImportReport
from annotator.ui.dialogs.metadata import TYPES
from annotator.ui.dialogs.source_tools import ERROR_STYLE, file_row
from annotator.ui.text import literal, plain_label


def default_data_dir() -> Path | None:
    """Zotero's default data directory (~/Zotero) when there is one."""
    folder = Path.home() / "Zotero"
    return folder if (folder / "zotero.sqlite").is_file() else None


TYPE_LABELS = dict(TYPES)


def type_label(zotero_type: str) -> str:
    """Zotero's item type as the metadata dialog names it ("bookSection" -> "Book chapter"); a type it does
    not offer in words ("tvBroadcast" -> "Tv broadcast"), never the schema's camel-case name."""
    label = TYPE_LABELS.get(CSL_TYPES.get(zotero_type, zotero_type))
    if label:
        return label
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", zotero_type).lower()
    return words[:1].upper() + words[1:]


class ZoteroImportDialog(QDialog):
    KEY, TYPE, YEAR, CREATORS, TITLE, FILES, SOURCE = range(7)

    def __init__(self, project: Project, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.items: list[ZoteroItem] = []
        self.matches: dict[str, Match] = {}
        self.report: ZoteroImportReport | None = None
        self.setWindowTitle("Import from Zotero")
        self.path = QLineEdit()
        self.path.setPlaceholderText("Zotero's data directory (the folder holding zotero.sqlite)")
        self.path.editingFinished.connect(
            lambda: self.path.text().strip() and self.load(Path(self.path.text().strip()))
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Search the items: title, creator, year or key")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            ["Key", "Type", "Year", "Creators", "Title", "Attached files", "Matches source"]
        )
        # Zotero's item keys are its database's, never shown in Zotero itself: in the title's tooltip instead.
        self.table.setColumnHidden(self.KEY, True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(7):
            wide = column in (self.TITLE, self.SOURCE)
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.itemSelectionChanged.connect(self._enable)
        self.overwrite = QCheckBox("Replace fields already set")
        self.overwrite.setToolTip("Otherwise a field the source already has is kept, and listed afterwards")
        self.match_button = QPushButton("Fill matching sources")
        self.match_button.setToolTip(
            "The selected items (or, with none selected, all) fill the sources they match"
        )
        self.match_button.clicked.connect(self.fill_matching)
        self.create_button = QPushButton("Import as new sources")
        self.create_button.setToolTip("Import the selected items' attached files, each with its metadata")
        self.create_button.clicked.connect(self.import_selected)
        self.status = plain_label()  # messages quote titles and paths
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.overwrite)
        actions.addStretch(1)
        actions.addWidget(self.match_button)
        actions.addWidget(self.create_button)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row(self.path, self._choose))
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(1100, 520)
        self._enable()
        if (folder := data_dir or default_data_dir()) is not None:
            self.load(folder)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Zotero data directory", str(Path.home()))
        if folder:
            self.load(Path(folder))

    def load(self, folder: Path) -> None:
        """Read the library (from a copy) and show its items with the source each would fill."""
        self.path.setText(str(folder))
        self.report = None
        try:
            self.items = self.project.sources.zotero_items(folder)
        except AnnotatorError as e:
            self.items, self.matches = [], {}
            self._fill()
            self._say(str(e), error=True)
            return
        self._match()
        self._fill()
        found = sum(1 for m in self.matches.values() if m.source_id is not None)
        self._say(
            f"{len(self.items)} items; {found} match a source of this project. Select items to import them "
            "as new sources, or fill the sources they match."
        )

    def _match(self) -> None:
        matches = match_entries([item.entry() for item in self.items], self.project.sources.list())
        self.matches = {m.entry.key: m for m in matches}

    def _fill(self) -> None:
        titles = {s.id: s.title for s in self.project.sources.list()}
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            match = self.matches.get(item.key)
            source = "—"
            if match is not None and match.source_id is not None:
                source = f"{match.source_id}: {titles.get(match.source_id, '')} (by {match.by})"
            if self.report is not None and match is not None and match.source_id in self.report.applied:
                filled = ", ".join(f.replace("_", " ") for f in self.report.applied[match.source_id])
                source += f" — filled: {filled}"
            if self.report is not None and item.key in self.report.created:
                source = f"{self.report.created[item.key]}: imported"
            values = (
                item.key,
                type_label(item.zotero_type),
                item.year,
                item.creators,
                item.title,
                ", ".join(item.file_names),
                source,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                tip = f"{value}\n(Zotero item {item.key})" if column == self.TITLE else value
                cell.setToolTip(literal(tip))
                self.table.setItem(row, column, cell)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row, item in enumerate(self.items):
            fields = (item.key, item.title, item.creators, item.year, item.zotero_type)
            haystack = " ".join((*fields, type_label(item.zotero_type))).casefold()
            self.table.setRowHidden(row, not all(w in haystack for w in words))

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row].key for row in rows if not self.table.isRowHidden(row)]

    def _enable(self) -> None:
        self.create_button.setEnabled(bool(self.items) and bool(self.selected_keys()))
        self.match_button.setEnabled(bool(self.items))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def fill_matching(self) -> None:
        keys = self.selected_keys() or [
            item.key for row, item in enumerate(self.items) if not self.table.isRowHidden(row)
        ]
        self._run(keys, match=True)

    def import_selected(self) -> None:
        self._run(self.selected_keys(), match=False)

    def _run(self, keys: list[str], match: bool) -> None:
        if not keys:
            return
        try:
            report = self.project.sources.import_zotero(
                self.path.text().strip(),
                keys,
                match=match,
                overwrite=self.overwrite.isChecked(),
                items=self.items,
            )
        except AnnotatorError as e:
            self._say(str(e), error=True)
            return
        self.report = report
        self._match()
        self._fill()
        kept = sum(len(fields) for fields in report.kept.values())
        done = (
            f"Filled {len(report.applied)} source(s)" + (f"; kept {kept} field(s) they had" if kept else "")
            if match
            else f"Imported {len(report.created)} source(s)"
        )
        problems = (
            f" {len(report.warnings)} not done: " + "; ".join(report.warnings) if report.warnings else ""
        )
        self._say(
            done + "." + problems, error=bool(report.warnings) and not (report.applied or report.created)
        )
