"""The library's list of sources, for a command that does nothing else: read without the project's services.

``list_sources(path)`` gives what ``Project.open(path).sources.list()`` gives, opening the project the same
way — the lock (read-only when another window holds it), the quick check, the schema at the head revision,
the automatic backup when one is due — but through ``storage.direct``, so a script calling
``annotator sources`` does not wait for SQLAlchemy to load (issue 23). When the file needs more than
reading (a new file, an upgrade, a folder that cannot be written to, damage) it gives None and changes
nothing: the caller opens the project as usual, which does that work or says what is wrong.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from annotator.domain.errors import ProjectError
from annotator.domain.model import SourceSummary
from annotator.services.paths import default_project_path
from annotator.storage import backups, direct, lock, server
from annotator.storage.database import check_location

# The warnings of opening a project, under the name Project.open logs them with: the log reads the same.
log = logging.getLogger("annotator.services.project")


def list_sources(path: Path | str | None = None) -> list[SourceSummary] | None:
    """Every source of the project at ``path`` (the default project if None), or None (see the module; a
    team project on a server is always None: its services read it)."""
    if server.is_server_url(path):
        return None
    if path is None:
        path = default_project_path()
        if not path.is_file():
            return None  # to be created: Project.open does that
    path = Path(path).expanduser().absolute()
    try:
        check_location(path)
        lock.acquire(path)
    except lock.HeldElsewhere:
        read_only = True  # as `annotator sources` reads a project another window holds
    except ProjectError:  # a folder that cannot be written to, a full disk: Project.open knows what to do
        return None
    else:
        read_only = False
    try:
        connection = direct.open_current(path, read_only=read_only)
        if connection is None:
            return None
        try:
            if not read_only:
                _backup_if_due(path)
            return direct.source_summaries(connection)
        except sqlite3.Error:
            return None  # Project.open meets it too and says what it is
        finally:
            connection.close()
    finally:
        if not read_only:
            lock.release(path)


def _backup_if_due(path: Path) -> None:
    """As ``Project.open`` does on opening for writing."""
    try:
        backups.backup_if_due(path)
    except ProjectError:  # a full disk or read-only folder must not keep the project shut
        log.warning("no automatic backup of %s", path, exc_info=True)
