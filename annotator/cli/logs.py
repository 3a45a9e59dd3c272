"""Logging while a command runs: everything to the user's log file, a warning as one line on stderr.

A service that carries on after a problem (an automatic backup that failed on a full disk or a read-only
folder) logs a warning with its traceback. Unhandled, Python would print that traceback on stderr; here the
traceback goes to the log file and the terminal gets one line naming the file and the problem.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.services.log_file import LOGGER, file_handler, log_path


class _OneLine(logging.Formatter):
    """``annotator: warning: MESSAGE: PROBLEM`` — the first line of each, never a traceback."""

    def __init__(self, details: Path | None) -> None:
        super().__init__()
        self.details = f" (details in {details})" if details is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        parts = [record.getMessage()]
        if record.exc_info and record.exc_info[1] is not None:
            parts.append(str(record.exc_info[1]))
        text = ": ".join(part.strip().splitlines()[0] for part in parts if part.strip())
        return f"annotator: {record.levelname.lower()}: {text}{self.details}"


@contextmanager
def command_logging() -> Iterator[None]:
    """Attach the handlers for one command and take them off after it (main() may run many times)."""
    logger = logging.getLogger(LOGGER)
    log_file = file_handler()
    terminal = logging.StreamHandler(sys.stderr)  # the stderr of this run (tests swap it)
    terminal.setLevel(logging.WARNING)
    terminal.setFormatter(_OneLine(log_path() if log_file is not None else None))
    handlers: list[logging.Handler] = [terminal] + ([log_file] if log_file is not None else [])
    level = logger.level
    logger.setLevel(logging.INFO)
    for handler in handlers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for handler in handlers:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(level)
