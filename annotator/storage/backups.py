"""Automatic backups of a project file, kept in ``NAME.annotator-backups/`` beside it.

Copies are made with SQLite's online backup API, so they are consistent even while the project is open and
include commits still in the WAL. Each is written under a temporary name and renamed when complete: a crash
mid-backup never leaves a partial file that looks like a backup. Only the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.domain.errors import ProjectError
from annotator.storage import lock
from annotator.storage.database import PROJECT_SUFFIX, backup_file

FOLDER_SUFFIX = "-backups"
KEEP = 10
MIN_INTERVAL = timedelta(minutes=10)
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    size: int  # bytes


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + FOLDER_SUFFIX)


def _stem(project_path: Path) -> str:
    return project_path.name.removesuffix(PROJECT_SUFFIX)


def list_backups(project_path: Path) -> list[BackupInfo]:
    """The backups of this project, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    prefix = _stem(project_path) + "-"
    found = []
    for path in folder.glob(f"*{PROJECT_SUFFIX}"):
        stamp = path.name.removeprefix(prefix).removesuffix(PROJECT_SUFFIX)
        try:
            taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        found.append(BackupInfo(path, taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take_backup(project_path: Path, keep: int = KEEP) -> Path:
    """Back the project up now, then drop all but the newest ``keep`` backups."""
    folder = backup_folder(project_path)
    try:
        folder.mkdir(exist_ok=True)
        moment = datetime.now(UTC)
        existing = {b.taken_at for b in list_backups(project_path)}
        while moment in existing:
            moment += timedelta(microseconds=1)
        target = folder / f"{_stem(project_path)}-{moment.strftime(_STAMP)}{PROJECT_SUFFIX}"
        partial = target.with_name(target.name + ".partial")
        try:
            backup_file(project_path, partial)
        except sqlite3.DatabaseError:
            # A damaged file the backup API cannot read: keep its raw bytes (and WAL) all the same.
            _remove(partial)
            shutil.copyfile(project_path, partial)
            wal = project_path.with_name(project_path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        os.replace(partial, target)
    except OSError as e:
        raise ProjectError(f"cannot back up {project_path} into {folder}: {e.strerror or e}") from e
    for old in list_backups(project_path)[keep:]:
        _remove(old.path)
        _remove(old.path.with_name(old.path.name + "-wal"))
    return target


def backup_if_due(project_path: Path, interval: timedelta = MIN_INTERVAL, keep: int = KEEP) -> Path | None:
    """A backup unless the newest is younger than ``interval``; returns its path if one was taken."""
    backups = list_backups(project_path)
    if backups and datetime.now(UTC) - backups[0].taken_at < interval:
        return None
    return take_backup(project_path, keep)


def restore_backup(project_path: Path, backup: Path, keep: int = KEEP) -> Path | None:
    """Put ``backup`` in place of the project file; the current file is backed up first.

    Refused while any Annotator (this process included) has the project open. Returns the backup taken of
    the file that was replaced (None if there was no file).
    """
    project_path, backup = Path(project_path), Path(backup)
    if not backup.is_file():
        raise ProjectError(f"cannot restore {backup}: there is no such file")
    _check_sound(backup)
    if lock.held_here(project_path):
        raise ProjectError(f"close {project_path} before restoring a backup over it")
    lock.acquire(project_path)  # raises if another window has it; keeps others out while we work
    try:
        # Copied aside first: rotation after the safety backup below may remove ``backup`` itself.
        temporary = project_path.with_name(project_path.name + ".restoring")
        shutil.copyfile(backup, temporary)
        kept = take_backup(project_path, keep) if project_path.exists() else None
        # A WAL left by the replaced file would be replayed onto the restored one: drop it (it is in `kept`).
        for suffix in ("-wal", "-shm"):
            _remove(project_path.with_name(project_path.name + suffix))
        os.replace(temporary, project_path)
        wal = backup.with_name(backup.name + "-wal")  # a raw copy of a damaged file keeps its WAL beside it
        if wal.exists():
            shutil.copyfile(wal, project_path.with_name(project_path.name + "-wal"))
    except OSError as e:
        raise ProjectError(f"cannot restore {backup} over {project_path}: {e.strerror or e}") from e
    finally:
        _remove(project_path.with_name(project_path.name + ".restoring"))
        lock.release(project_path)
    return kept


def _check_sound(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"cannot restore {path}: it is not a sound project file ({e})") from e
    if result != ("ok",):
        raise ProjectError(f"cannot restore {path}: it is damaged too ({result[0] if result else 'empty'})")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
