"""Opening a project safely: a damaged file offers its latest backup or a read-only view; a project held
by another window offers a read-only view. Shared by start-up and File › Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.domain.errors import AnnotatorError, ProjectDamaged, ProjectLocked
from annotator.services.project import Project, default_project_path, list_backups, restore_backup
from annotator.ui.errors import show_error


def ask(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """A message box with ``choices`` as buttons (and Cancel); the chosen label, or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): label for label in choices}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def open_project(parent: QWidget | None, path: Path | None) -> Project | None:
    """The project at ``path`` (the default one if None), or None when it could not be opened."""
    try:
        return Project.open(path)
    except ProjectDamaged as e:
        target = Path(path) if path is not None else default_project_path()
        backups = list_backups(target)
        choices = (["Restore the latest backup"] if backups else []) + ["Open read-only"]
        latest = f" The latest backup was taken {backups[0].taken_at:%Y-%m-%d %H:%M} UTC." if backups else ""
        answer = ask(parent, "The project file is damaged", f"{e}.{latest}", choices)
        try:
            if answer == "Restore the latest backup":
                kept = restore_backup(target, backups[0].path)
                show_error(parent, "Backup restored", f"The damaged file was kept as {kept.name}.")
                return Project.open(target)
            if answer == "Open read-only":
                return Project.open(target, read_only=True)
        except AnnotatorError as again:
            show_error(parent, "Cannot open the project", str(again))
        return None
    except ProjectLocked as e:
        if ask(parent, "The project is open elsewhere", str(e), ["Open read-only"]) == "Open read-only":
            try:
                return Project.open(path, read_only=True)
            except AnnotatorError as again:
                show_error(parent, "Cannot open the project", str(again))
        return None
    except AnnotatorError as e:
        show_error(parent, "Cannot open the project", str(e), "Check the file, or open another project.")
        return None
