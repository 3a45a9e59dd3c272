"""Files: importing (dialog, drag and drop, progress with cancel), exporting, projects (new, open, recent,
the sample project, team projects on a PostgreSQL server: open, publish, clone), File › Check project… and
File › Restore backup….

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
SERVER_CHECKS = (
    "A team project is checked by its PostgreSQL server (pg_amcheck), not by Annotator; "
    "Check project reads project files."
)
SERVER_BACKUPS = (
    "A team project is backed up on its server with pg_dump and restored with pg_restore (see the README); "
    "Annotator's automatic backups are of project files."
)


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
        self.open_team_action = make_action(
            owner, "Open &team project…", self.open_team_project_dialog,
            tip="Open a project on a PostgreSQL server that your team shares",
        )
        self.publish_action = make_action(
            owner, "&Publish to team server…", self.publish_dialog,
            tip="Copy this project into an empty PostgreSQL database for a team",
        )
        self.clone_action = make_action(
            owner, "C&lone team project…", self.clone_dialog,
            tip="Copy a team project from its PostgreSQL server into a new project file",
        )  # fmt: skip
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
            action.setEnabled(isinstance(path, str) or path.exists())  # a server is tried when chosen
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
        if path is None:
            show_error(owner, "Restore backup", SERVER_BACKUPS)
            return
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

    def check_project_dialog(self) -> ProjectCheck | None:
        """File › Check project…: the full check (as ``annotator check``), and the way back to a backup in
        which what is damaged is intact."""
        owner, project = self.host.window_widget(), self.host.project
        if project.path is None:
            show_error(owner, "Check project", SERVER_CHECKS)
            return None
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

    # --- team projects (PostgreSQL) -------------------------------------------------------------------

    def open_team_project_dialog(self) -> None:
        """File › Open team project…: host, database and user; the window then opens it."""
        from annotator.ui.dialogs.team_project import TeamProjectDialog

        dialog = TeamProjectDialog(self.host.window_widget(), "Open team project", "Open")
        if dialog.exec():
            self.host.switch_project(dialog.url())

    def publish_dialog(self) -> str | None:
        """File › Publish to team server…: this project into an empty database; its URL when published."""
        from annotator.services.transfer import publish
        from annotator.ui.dialogs.team_project import TeamProjectDialog

        owner, project = self.host.window_widget(), self.host.project
        if project.path is None:
            show_error(owner, "Publish", f"{project.location} is a team project on its server already.")
            return None
        dialog = TeamProjectDialog(owner, "Publish to team server", "Publish")
        dialog.database.setText(project.path.stem.lower().replace(" ", "_"))
        if not dialog.exec():
            return None
        url = dialog.url()
        report = self._busy(lambda: publish(project.path, url), "Not published")
        if report is None:
            return None
        if ask(owner, "Published", f"{report.summary()[0].upper()}{report.summary()[1:]}.",
               ["Open the team project"]) == "Open the team project":  # fmt: skip
            self.host.switch_project(url)
        return url

    def clone_dialog(self) -> Path | None:
        """File › Clone team project…: a team project into a new file; the file when made."""
        from annotator.services.transfer import clone
        from annotator.ui.dialogs.team_project import TeamProjectDialog

        owner = self.host.window_widget()
        dialog = TeamProjectDialog(
            owner, "Clone team project", "Clone", local=True, folder=self.host.settings.last_folder()
        )
        if not dialog.exec():
            return None
        url, path = dialog.url(), dialog.local_path()
        assert path is not None  # the dialog asks for it
        report = self._busy(lambda: clone(url, path), "Not cloned")
        if report is None:
            return None
        if ask(owner, "Cloned", f"{report.summary()[0].upper()}{report.summary()[1:]}.",
               ["Open the copy"]) == "Open the copy":  # fmt: skip
            self.host.switch_project(path)
        return path

    def _busy(self, work, title: str):  # type: ignore[no-untyped-def]
        """Run ``work`` under a wait cursor; its result, or None after showing why it failed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        except AnnotatorError as e:
            failed: AnnotatorError | None = e
        finally:
            QApplication.restoreOverrideCursor()
        show_error(self.host.window_widget(), title, str(failed))
        return None
