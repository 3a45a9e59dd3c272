"""Opening a project safely: a damaged file offers its latest backup or a read-only view; a project held
by another window offers a read-only view; one in a read-only folder opens read-only, and says so. Shared by
start-up and File › Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from annotator.domain.errors import AnnotatorError, PasswordRequired, ProjectDamaged, ProjectLocked
from annotator.services.project import Project, default_project_path, list_backups, restore_backup
from annotator.ui.errors import show_error

READ_ONLY_ADVICE = "To change it, copy the project file to a folder you can write to and open the copy."


def ask(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """A message box with ``choices`` as buttons (and Cancel); the chosen label, or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text names the file: never markup
    box.setText(text)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): label for label in choices}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def open_project(parent: QWidget | None, path: Path | None) -> Project | None:
    """The project at ``path`` (the default one if None), or None when it could not be opened.

    A project in a folder that cannot be written to (a read-only share, a CD) opens read-only: said once.
    The backup a project gets on opening is left to the window, which takes it once it is shown.
    """
    try:
        project = Project.open(path, backup=False)
        if project.read_only:
            show_error(parent, "Opened read-only", project.read_only_reason or "", READ_ONLY_ADVICE)
        return project
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
                return Project.open(target, backup=False)
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
    except PasswordRequired as e:
        return _open_with_password(parent, str(path), e)
    except AnnotatorError as e:
        show_error(parent, "Cannot open the project", str(e), "Check the file, or open another project.")
        return None


def _open_with_password(parent: QWidget | None, url: str, wanted: PasswordRequired) -> Project | None:
    """Ask for the password the team server wants and try once more with it; None when cancelled (nothing
    said) or refused again (said why). The password is given to this session's connections only: never
    to the settings, the recent projects or a message."""
    password, ok = QInputDialog.getText(
        parent,
        "Password for the team project",
        f"The server asks for the password of {wanted.who}:",
        QLineEdit.EchoMode.Password,
    )
    if not ok or not password:
        return None
    try:
        return Project.open(url, backup=False, password=password)
    except AnnotatorError as e:
        show_error(parent, "Cannot open the team project", str(e), "Check the password, or ask the owner.")
        return None
