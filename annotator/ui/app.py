"""Starting the GUI on a project: the last one used, the one named, or the default project."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QTimer
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


NO_DISPLAY = (
    "annotator: Annotator needs a graphical session, and there is none here (DISPLAY and WAYLAND_DISPLAY"
    " are not set); the command line works without one: annotator --help"
)


def display_missing(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True on Linux when Qt would find no display to open a window on.

    Qt would abort there (SIGABRT) with advice to reinstall libxcb-cursor0, which is wrong and frightening.
    QT_QPA_PLATFORM set by hand (offscreen, xcb under xvfb-run, ...) is left to Qt.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def run_gui(project_path: Path | None) -> int:
    """Open the project in a window and run until it closes."""
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    app = application()
    setup_logging()
    window: MainWindow | None = open_window(project_path)
    if window is None:
        return 2
    install_exception_hook(lambda: window)
    window.show()
    # Everything made so far (modules, Qt wrappers, the ORM's registry, the first source) lives as long as the
    # app: moved out of the collector's reach once the window is up, a full collection later walks only what
    # was made since (one walked the whole heap for 270-420 ms, freezing the window while a book's evidence
    # was read).
    QTimer.singleShot(0, gc.freeze)
    try:
        return app.exec()
    finally:
        window.project.close()
