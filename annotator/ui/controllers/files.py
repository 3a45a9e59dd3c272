"""Files: importing (dialog, drag and drop, progress with cancel), exporting, projects (new, open, recent,
the sample project), File › Check project… and File › Restore backup….

Opening another project or putting a backup in place of this one is the window's (it re-attaches itself
to the project); this controller decides which file and asks the host to do it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from annotator.domain.errors import AnnotatorError
from annotator.io.importers.registry import supported_extensions
from annotator.services.project import list_backups
from annotator.services.project_check import ProjectCheck, check_project
from annotator.services.sample import build_sample_project
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.dialogs.import_options import choose_import_options
from annotator.ui.errors import show_error
from annotator.ui.import_runner import run_import
from annotator.ui.opening import ask

log = logging.getLogger(__name__)
PROJECT_FILTER = "Annotator projects (*.annotator);;All files (*)"


class FilesController:
    def __init__(self, host: Host) -> None:
        self.host = host
        owner = host.window_widget()
        key = QKeySequence.StandardKey
        self.new_action = make_action(owner, "&New project…", self.new_project_dialog, key.New)
        self.open_action = make_action(owner, "&Open project…", self.open_project_dialog, key.Open)
        self.import_action = make_action(
            owner, "&Import…", self.import_dialog, "Ctrl+I", "Import text or Markdown files"
        )
        self.export_action = make_action(
            owner,
            "&Export excerpts…",
            self.export_dialog,
            "Ctrl+E",
            "Export annotated excerpts with citations",
        )
        self.restore_action = make_action(owner, "Restore &backup…", self.restore_from_backup)
        self.check_action = make_action(
            owner,
            "&Check project…",
            self.check_project_dialog,
            tip="Check the file's structure and every stored text and original file against its checksum",
        )
        self.recent_menu = QMenu("&Recent projects", owner)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def import_dialog(self) -> None:
        settings = self.host.settings
        patterns = " ".join(f"*{ext}" for ext in supported_extensions())
        paths, _ = QFileDialog.getOpenFileNames(
            self.host.window_widget(),
            "Import sources",
            settings.last_folder(),
            f"Sources ({patterns});;All files (*)",
        )
        if paths:
            settings.set_last_folder(str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path], ask: bool = True) -> list[int]:
        """Options per file (reflow, web clean-up, with a preview), then the import with progress and
        cancel, then the import report. ``ask=False`` imports with the defaults the CLI uses."""
        host, owner = self.host, self.host.window_widget()
        options = choose_import_options(owner, host.project, paths) if ask else {}
        if options is None:
            return []
        outcomes = run_import(
            owner, host.project, list(options) if ask else paths, options, on_open=host.open_source
        )
        imported = [i for outcome in outcomes for i in outcome.source_ids]
        if imported:
            host.open_source(imported[0])
            host.statusBar().showMessage(f"Imported {len(imported)} source(s).", 5000)
        return imported

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # After the drop has finished: the options dialog is modal.
            QTimer.singleShot(0, lambda: self.import_files(paths))

    def export_dialog(self) -> None:
        ExportDialog(self.host.project, self.host.window_widget(), settings=self.host.settings).exec()

    def new_project_dialog(self) -> None:
        owner = self.host.window_widget()
        path, _ = QFileDialog.getSaveFileName(
            owner, "New project", self.host.settings.last_folder(), PROJECT_FILTER
        )
        if path:
            target = Path(path) if path.endswith(".annotator") else Path(path + ".annotator")
            if target.exists():
                show_error(
                    owner, "Not created", f"{target} already exists.", "Open it, or choose another name."
                )
                return
            self.host.switch_project(target)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.host.window_widget(), "Open project", self.host.settings.last_folder(), PROJECT_FILTER
        )
        if path:
            self.host.switch_project(Path(path))

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.host.settings.recent_projects():
            action = self.recent_menu.addAction(str(path), lambda p=path: self.host.switch_project(p))
            action.setEnabled(path.exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def open_sample_project(self) -> None:
        path = self.host.settings.sample_project_path()
        if not path.exists():
            try:
                build_sample_project(path).close()
            except AnnotatorError as e:
                show_error(self.host.window_widget(), "Cannot create the sample project", str(e))
                return
        self.host.switch_project(path)

    def restore_from_backup(self) -> None:
        """File › Restore backup…: choose one of the automatic backups and put it in place of the project."""
        owner = self.host.window_widget()
        path = self.host.project.path
        backups = list_backups(path)
        if not backups:
            show_error(
                owner,
                "Restore backup",
                f"There is no backup of {path.name} yet.",
                "A backup is made when a project that changed since its last backup is opened, and every "
                "10 minutes while it changes.",
            )
            return
        labels = [f"{b.taken_at:%Y-%m-%d %H:%M} UTC — {b.size / 1024:,.0f} KB" for b in backups]
        label, ok = QInputDialog.getItem(
            owner, "Restore backup", "Put this backup in place of the project:", labels, 0, False
        )
        if not ok:
            return
        self.host.put_back(backups[labels.index(label)].path)

    def check_project_dialog(self) -> ProjectCheck:
        """File › Check project…: the full check (as ``annotator check``), and the way back to a backup in
        which what is damaged is intact."""
        owner, project = self.host.window_widget(), self.host.project
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = check_project(project.path)
        finally:
            QApplication.restoreOverrideCursor()
        if result.ok:
            box = QMessageBox(owner)
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
        text = f"{project.path} is damaged:\n" + "\n".join(lines[:12]) + offer
        choices = ["Restore that backup"] if backup is not None else []
        if ask(owner, "The project failed its check", text, choices) == "Restore that backup" and backup:
            self.host.put_back(backup.path)
        return result
