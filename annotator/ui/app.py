"""Starting the GUI: a plain main window over a project (the reader replaces its centre later)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.domain.errors import AnnotatorError
from annotator.domain.model import SourceSummary
from annotator.services.events import Event, SourcesChanged
from annotator.services.project import APP_NAME, Project

_Index = QModelIndex | QPersistentModelIndex


class SourceTableModel(QAbstractTableModel):
    """The library as a table: title, author(s), date, kind, annotation count."""

    HEADERS = ("Title", "Author", "Date", "Kind", "Annotations")

    def __init__(self, sources: list[SourceSummary] | None = None) -> None:
        super().__init__()
        self._sources = sources or []

    def set_sources(self, sources: list[SourceSummary]) -> None:
        self.beginResetModel()
        self._sources = sources
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self._sources[index.row()]
        column = index.column()
        if column == 0:
            return s.title
        if column == 1:
            return "; ".join(s.authors)
        if column == 2:
            return s.date_text
        if column == 3:
            return s.kind.value if s.kind else ""
        return s.annotation_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class MainWindow(QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.setWindowTitle(f"{project.name} — {APP_NAME}")
        self.resize(1100, 720)
        self.model = SourceTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setMargin(12)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._build_menus()
        self._unsubscribe = project.events.subscribe(self._on_event)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        import_action = QAction("&Import…", self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_files)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Annotator", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        sources = self.project.sources.list()
        self.model.set_sources(sources)
        if sources:
            self.hint.setText(f"{len(sources)} source(s) in {self.project.path}")
        else:
            self.hint.setText(
                "This project has no sources yet. Use File › Import… (Ctrl+I) to add text or Markdown files."
            )
        self.statusBar().showMessage(str(self.project.path))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SourcesChanged):
            self.refresh()

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import sources",
            str(Path.home()),
            "Text and Markdown (*.txt *.text *.md *.markdown);;All files (*)",
        )
        problems = []
        for path in paths:
            try:
                self.project.sources.import_file(path)
            except AnnotatorError as e:
                problems.append(str(e))
        if problems:
            QMessageBox.warning(self, "Some files were not imported", "\n".join(problems))

    def _about(self) -> None:
        QMessageBox.about(
            self, "About Annotator", f"Annotator {__version__}\nA workbench for source criticism."
        )

    def closeEvent(self, event: object) -> None:
        self._unsubscribe()
        super().closeEvent(event)  # type: ignore[arg-type]


def run_gui(project_path: Path | None) -> int:
    """Open the project (the default one if None) in a window and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    try:
        project = Project.open(project_path)
    except AnnotatorError as e:
        QMessageBox.critical(None, "Cannot open the project", str(e))
        return 2
    window = MainWindow(project)
    window.show()
    try:
        return app.exec()
    finally:
        project.close()
