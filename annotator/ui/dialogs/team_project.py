"""Where a team project is: host, port, database and user, made into a PostgreSQL URL (File › Open team
project…, Publish to team server…, Clone team project…).

No password field: libpq reads it from the PostgreSQL password file (``~/.pgpass``) or the keyring gives it
(see storage/server.py), so the app never holds one. A host beginning with ``/`` is a socket folder.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from urllib.parse import quote, urlencode

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.dialogs.source_tools import ERROR_STYLE, file_row

PROJECT_FILTER = "Annotator projects (*.annotator)"


def server_url(host: str, port: int, database: str, user: str) -> str:
    """A libpq URL: ``postgresql://USER@HOST:PORT/DB``, or the socket folder in the query."""
    who = f"{quote(user, safe='')}@" if user else ""
    name = quote(database, safe="")
    if host.startswith("/"):
        return f"postgresql://{who}/{name}?{urlencode({'host': host, 'port': port}, safe='/')}"
    where = f"[{host}]" if ":" in host else host
    return f"postgresql://{who}{where or 'localhost'}:{port}/{name}"


class TeamProjectDialog(QDialog):
    """Host, port, database and user of a team project; ``local`` adds the new file a clone goes to."""

    def __init__(
        self, parent: QWidget | None, title: str, action: str, *, local: bool = False, folder: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.host = QLineEdit("localhost")
        self.host.setPlaceholderText("db.example.org, or a socket folder such as /run/postgresql")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("the project's database, e.g. seminar")
        self.user = QLineEdit(_login())
        form = QFormLayout()
        form.addRow("&Host:", self.host)
        form.addRow("&Port:", self.port)
        form.addRow("&Database:", self.database)
        form.addRow("&User:", self.user)
        self.local = QLineEdit() if local else None
        self._folder = folder
        if self.local is not None:
            self.local.setPlaceholderText("the new project file, NAME.annotator")
            form.addRow("Save as:", file_row(self.local, self._choose))  # a row of two: no buddy for a key
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            "The password comes from your PostgreSQL password file (~/.pgpass) or the system keyring; "
            "Annotator never stores it."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def url(self) -> str:
        host, database, user = (f.text().strip() for f in (self.host, self.database, self.user))
        return server_url(host, self.port.value(), database, user)

    def local_path(self) -> Path | None:
        if self.local is None or not self.local.text().strip():
            return None
        path = Path(self.local.text().strip()).expanduser()
        return path if path.suffix == ".annotator" else path.with_name(path.name + ".annotator")

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Clone into", self._folder, PROJECT_FILTER)
        if path and self.local is not None:
            self.local.setText(path)

    def _accept(self) -> None:
        missing = [
            name
            for name, field in (("host", self.host), ("database", self.database), ("user", self.user))
            if not field.text().strip()
        ]
        if self.local is not None and not self.local.text().strip():
            missing.append("the new file")
        if missing:
            self.problem.setText(f"Give the {', '.join(missing)}.")
            self.problem.show()
            return
        self.accept()


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return ""
