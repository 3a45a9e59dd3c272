"""Starting the GUI on a project: the last one used, the one named, or the default project."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from annotator.services.first_screen import FirstScreen, read_first_screen
from annotator.services.paths import APP_NAME, default_project_path
from annotator.ui.errors import install_exception_hook, log_path, setup_logging, show_error
from annotator.ui.main_window import FIRST_SCREEN_CHARS, MainWindow
from annotator.ui.settings import AppSettings

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # The menu entry's name (packaging/linux/annotator.desktop): a desktop groups the window under it.
    app.setDesktopFileName("annotator")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The app's icon (resources/icons: the SVG's PNG sizes, drawn by packaging/render_icons.py)."""
    icon = QIcon()
    folder = files("annotator.resources").joinpath("icons")
    for size in (16, 32, 48, 64, 128, 256):
        png = folder.joinpath(f"annotator-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def load_bundled_fonts(folder: Traversable | None = None) -> list[str]:
    """Make the fonts shipped inside the app (resources/fonts: Gentium Plus in the installed packages, see
    packaging/annotator.spec) known to Qt; the families added. A development install has none and uses
    the system's (fonts-sil-gentiumplus on Debian, else the reader's next serif)."""
    folder = folder or files("annotator.resources").joinpath("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for font in sorted(folder.iterdir(), key=lambda f: f.name):
        if font.name.lower().endswith((".ttf", ".otf")):
            font_id = QFontDatabase.addApplicationFont(str(font))
            if font_id < 0:
                log.warning("font %s could not be loaded", font)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def open_window(project_path: Path | None, settings: AppSettings | None = None) -> MainWindow | None:
    """The main window on ``project_path``; without one, the last project used, else the default.

    A project file that needs nothing but reading (the usual case: see ``services/first_screen.py``) gets
    a window that paints its remembered source first and opens the project right after that paint, so
    that the window is not kept waiting for the project's services and SQLAlchemy (issue 23); any other
    is opened first, with the questions a damaged or held project asks, and then shown."""
    settings = settings or AppSettings()
    if project_path is None:
        last = settings.last_project()
        project_path = last if last is not None and last.exists() else None
    first = _first_screen(Path(project_path) if project_path else default_project_path(), settings)
    if first is not None:
        return MainWindow(None, settings, first)
    from annotator.ui.opening import open_project

    project = open_project(None, project_path)
    if project is None:
        return None
    return MainWindow(project, settings)


def _first_screen(path: Path, settings: AppSettings) -> FirstScreen | None:
    """The remembered source of the project at ``path`` read for the first paint, or None (see above)."""

    def remembered(uuid: str) -> tuple[int | None, bool]:
        source, scroll = settings.project_value(uuid, "source"), settings.project_value(uuid, "scroll")
        scrolled = scroll is not None and str(scroll).isdigit() and int(scroll) > 0
        return (int(source) if source and str(source).isdigit() else None), scrolled

    first = read_first_screen(path, remembered, FIRST_SCREEN_CHARS)
    if first is not None and "," in str(settings.project_value(first.uuid, "compare") or ""):
        first.release()  # the compare view was left open: two sources, shown the usual way
        return None
    return first


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


# Set by tests/packaging and the start benchmark: a picture of the screen once the window is ready, and
# quitting then (how long a start takes, without a person closing the window).
SCREENSHOT_ENV, QUIT_ENV = "ANNOTATOR_READY_SCREENSHOT", "ANNOTATOR_QUIT_WHEN_READY"


def _report_when_ready(window: MainWindow, every_ms: int = 50, settle_ms: int = 300) -> None:
    """Log which project the window shows and its pane once the project is open (the first paint may come
    before it, see open_window) and the window is on screen: the one line that says the start is over,
    which the install test and the start benchmark read."""

    def check() -> None:
        handle = window.windowHandle()
        if window.project is None or handle is None or not handle.isExposed():
            QTimer.singleShot(every_ms, check)
            return
        shown, source = window.central.currentWidget(), window.current_source_id
        pane = (
            "the welcome pane" if shown is window.welcome else f"source {source}" if source else "no source"
        )
        log.info("window ready: project %s, showing %s", window.project.location, pane)
        if os.environ.get(SCREENSHOT_ENV) or os.environ.get(QUIT_ENV):
            QTimer.singleShot(settle_ms, after)  # the first frame painted, not the X server's black

    def after() -> None:
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot:
            screen = QGuiApplication.primaryScreen()
            saved = screen is not None and screen.grabWindow(0).save(shot)
            log.info("screenshot %s %s", "saved to" if saved else "could not be saved to", shot)
        if os.environ.get(QUIT_ENV):
            window.close()

    QTimer.singleShot(0, check)


def run_gui(project_path: Path | None) -> int:
    """Open the project in a window and run until it closes."""
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    app = application()
    setup_logging()
    window: MainWindow | None = None
    # Before the window exists too: started from the menu there is no console to print a traceback on.
    install_exception_hook(lambda: window)
    try:
        window = open_window(project_path)
    except Exception as error:
        log.exception("the window could not be opened")
        show_error(
            None,
            "Annotator could not start",
            f"{type(error).__name__}: {error}",
            f"The details are in {log_path()}.",
        )
        return 2
    if window is None:
        return 2
    window.show()
    _report_when_ready(window)
    # What start-up made is moved out of the cyclic collector's reach by the window itself
    # (MainWindow.finish_opening), as it opens the project.
    try:
        return app.exec()
    finally:
        if window.project is not None:  # None: closed before its project was opened
            window.project.close()
