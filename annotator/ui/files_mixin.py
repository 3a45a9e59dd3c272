"""Files in the main window: importing (dialog, drag and drop, progress with cancel) and projects
(new, open, recent, the sample project, File › Check project…).

A mixin of MainWindow, kept apart so that each file stays readable.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from annotator.domain.errors import AnnotatorError
from annotator.io.importers.registry import supported_extensions
from annotator.services.project_check import ProjectCheck, check_project
from annotator.services.sample import build_sample_project
from annotator.ui.dialogs.import_options import choose_import_options
from annotator.ui.errors import show_error
from annotator.ui.import_runner import run_import
from annotator.ui.opening import ask

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

log = logging.getLogger(__name__)
PROJECT_FILTER = "Annotator projects (*.annotator);;All files (*)"


class FilesMixin(_Base):
    def import_dialog(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in supported_extensions())
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import sources", self.settings.last_folder(), f"Sources ({patterns});;All files (*)"
        )
        if paths:
            self.settings.set_last_folder(str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path], ask: bool = True) -> list[int]:
        """Options per file (reflow, web clean-up, with a preview), then the import with progress and
        cancel, then the import report. ``ask=False`` imports with the defaults the CLI uses."""
        options = choose_import_options(self, self.project, paths) if ask else {}
        if options is None:
            return []
        outcomes = run_import(
            self, self.project, list(options) if ask else paths, options, on_open=self.open_source
        )
        imported = [i for outcome in outcomes for i in outcome.source_ids]
        if imported:
            self.open_source(imported[0])
            self.statusBar().showMessage(f"Imported {len(imported)} source(s).", 5000)
        return imported

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # After the drop has finished: the options dialog is modal.
            QTimer.singleShot(0, lambda: self.import_files(paths))

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "New project", self.settings.last_folder(), PROJECT_FILTER
        )
        if path:
            target = Path(path) if path.endswith(".annotator") else Path(path + ".annotator")
            if target.exists():
                show_error(
                    self, "Not created", f"{target} already exists.", "Open it, or choose another name."
                )
                return
            self.switch_project(target)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open project", self.settings.last_folder(), PROJECT_FILTER
        )
        if path:
            self.switch_project(Path(path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects():
            action = self.recent_menu.addAction(str(path), lambda p=path: self.switch_project(p))
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def open_sample_project(self) -> None:
        path = self.settings.sample_project_path()
        if not path.exists():
            try:
                build_sample_project(path).close()
            except AnnotatorError as e:
                show_error(self, "Cannot create the sample project", str(e))
                return
        self.switch_project(path)

    def check_project_dialog(self) -> ProjectCheck:
        """File › Check project…: the full check (as ``annotator check``), and the way back to a backup in
        which what is damaged is intact."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = check_project(self.project.path)
        finally:
            QApplication.restoreOverrideCursor()
        if result.ok:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle("Check project")
            box.setTextFormat(Qt.TextFormat.PlainText)  # names files and titles: never markup
            box.setText(result.summary())
            box.exec()
            return result
        lines = [*result.problems, *(f"Source {d.id} “{d.title}”: {d.problem}." for d in result.damaged)]
        backup = result.intact_backup
        offer = (
            f"\n\nThe newest backup in which {'they are' if result.damaged else 'it is'} intact was taken "
            f"{backup.taken_at:%Y-%m-%d %H:%M} UTC. Restoring it keeps the current file as another backup."
            if backup is not None
            else "\n\nNo automatic backup holds it intact."
        )
        text = f"{self.project.path} is damaged:\n" + "\n".join(lines[:12]) + offer
        choices = ["Restore that backup"] if backup is not None else []
        if ask(self, "The project failed its check", text, choices) == "Restore that backup" and backup:
            self.put_back(backup.path)
        return result

