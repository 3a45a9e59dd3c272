"""The user's log file, shared by the app and the command line: warnings keep their tracebacks there.

Without a handler, Python prints a logged warning's whole traceback on stderr; the app and the CLI each
attach this file instead (the CLI adds one short line on stderr, the app its dialogs).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from annotator.services.paths import APP_NAME  # not .project: that imports every service

LOGGER = "annotator"  # every module logs under it: annotator.services.project, annotator.ui, ...
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "annotator.log"


def file_handler() -> RotatingFileHandler | None:
    """A handler appending to the log file (a few rotated MB), or None if its folder cannot be made."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a home folder that cannot be written to must not stop the work
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler
