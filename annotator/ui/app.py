"""Starting the GUI on a project: the last one used, the one named, or the default project."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.services.project import APP_NAME
from annotator.ui.errors import install_exception_hook, setup_logging
from annotator.ui.main_window import MainWindow
from annotator.ui.opening import open_project
from annotator.ui.settings import AppSettings

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app  # type: ignore[return-value]


def open_window(project_path: Path | None, settings: AppSettings | None = None) -> MainWindow | None:
    """The main window on ``project_path``; without one, the last project used, else the default."""
    settings = settings or AppSettings()
    if project_path is None:
        last = settings.last_project()
        project_path = last if last is not None and last.exists() else None
    project = open_project(None, project_path)
    if project is None:
        return None
    return MainWindow(project, settings)


def run_gui(project_path: Path | None) -> int:
    """Open the project in a window and run until it closes."""
    app = application()
    setup_logging()
    window: MainWindow | None = open_window(project_path)
    if window is None:
        return 2
    install_exception_hook(lambda: window)
    window.show()
    try:
        return app.exec()
    finally:
        window.project.close()
