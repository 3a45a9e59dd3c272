"""Clear error dialogs, a log file, and a last-resort handler so no exception kills the window silently."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.services.log_file import LOGGER, file_handler, log_path

log = logging.getLogger(LOGGER)

__all__ = ["install_exception_hook", "log_path", "setup_logging", "show_error"]


def setup_logging() -> Path:
    """Log to the user's log file (shared with the command line) from now on; its path."""
    handler = file_handler()
    root = logging.getLogger(LOGGER)
    if handler is not None:
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path()


def show_error(parent: QWidget | None, what: str, detail: str, advice: str = "") -> None:
    """What went wrong, which file, what to do: one dialog, and the same in the log."""
    log.warning("%s: %s", what, detail)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(what)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and titles: never markup
    box.setText(what)
    # Not capitalized: messages often begin with a file name, which must stay as it is.
    box.setInformativeText(f"{detail}\n\n{advice}" if advice else detail)
    box.exec()


def install_exception_hook(parent_getter) -> None:  # type: ignore[no-untyped-def]
    """Log any uncaught exception and show it, instead of letting the app vanish."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            show_error(
                parent_getter(),
                "Something went wrong",
                f"{kind.__name__}: {error}",
                f"Your work up to the last edit is saved. The details are in {log_path()}.",
            )
        except Exception:  # the dialog itself failed: the log still has it
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook
