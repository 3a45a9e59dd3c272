"""Where the app keeps its things, without opening anything: its name and the default project's path.

A module of its own, so that what needs only these (the log file, a command answered without the project's
services) does not import the services and SQLAlchemy with them (issue 23).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from annotator.storage.database import PROJECT_SUFFIX

APP_NAME = "Annotator"


def default_project_path() -> Path:
    """The project used when none is named: in the user's data directory (created on first use)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / f"default{PROJECT_SUFFIX}"
