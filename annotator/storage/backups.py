"""Automatic backups of a project file, kept in ``NAME.annotator-backups/`` beside it.

Copies are made with SQLite's online backup API, so they are consistent even while the project is open and
include commits still in the WAL. Each is written under a temporary name, checked, and renamed when complete:
a crash mid-backup never leaves a partial file that looks like a backup.

A backup is taken only when the project changed since the newest one (an idle window must not rotate the
recovery points away), and the ones kept are a spread over time (``retained``): the newest ``KEEP``, the
newest of each of the last 7 days that have backups, and the newest of each of the last 4 weeks that do.

A copy that fails the check (SQLite's quick check and every text's and original file's checksum) is never a
backup: it is kept aside as ``NAME-TIMESTAMP.damaged.annotator`` (the newest ``KEEP_DAMAGED`` of those), not
listed, never counted in the rotation, so a damaged project can never push a good backup out.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.domain.errors import ProjectDamaged, ProjectError
from annotator.storage import lock
from annotator.storage.checking import FileCheck, check_file
from annotator.storage.database import PROJECT_SUFFIX, backup_file

log = logging.getLogger(__name__)

FOLDER_SUFFIX = "-backups"
KEEP = 10  # the newest backups, whatever their age
KEEP_DAILY = 7  # and the newest of each of the last 7 days that have one
KEEP_WEEKLY = 4  # and the newest of each of the last 4 weeks that have one
KEEP_DAMAGED = 3  # copies that failed their check, kept aside
MIN_INTERVAL = timedelta(minutes=10)
DAMAGED_MARK = ".damaged"
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
    """The backups of this project, newest first (damaged copies are not backups: not listed)."""
    return _listed(project_path, "")


def list_damaged_copies(project_path: Path) -> list[BackupInfo]:
    """Copies that failed their check when taken (kept aside, never offered as backups), newest first."""
    return _listed(project_path, DAMAGED_MARK)


def _listed(project_path: Path, mark: str) -> list[BackupInfo]:
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    prefix = _stem(project_path) + "-"
    found = []
    for path in folder.glob(f"*{mark}{PROJECT_SUFFIX}"):
        stamp = path.name.removeprefix(prefix).removesuffix(PROJECT_SUFFIX).removesuffix(mark)
        try:
            taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def retained(
    stamps: Iterable[datetime], keep: int = KEEP, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[datetime]:
    """Which backups (by time taken, UTC) the rotation keeps: a spread, as Time Machine and Zotero keep.

    The newest ``keep``; the newest of each of the ``daily`` most recent days (UTC) that have a backup; the
    newest of each of the ``weekly`` most recent ISO weeks that have one. Counting days *with* backups, not
    calendar days, means that a month away from a project leaves its recovery points alone. The newest
    backup is always kept. New backups are newer than all the others, so they can only push an old one out
    of a window, never bring one back in: a backup dropped once would never have been wanted later.
    """
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[: max(1, keep)])
    for count, bucket in ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2])):
        newest_of: dict[object, datetime] = {}
        for stamp in ordered:  # newest first: the first seen of a bucket is its newest
            newest_of.setdefault(bucket(stamp.astimezone(UTC)), stamp)
        kept.update(list(newest_of.values())[:count])
    return kept


def take_backup(project_path: Path, keep: int = KEEP) -> Path:
    """Back the project up now (a checked copy), then rotate (see ``retained``).

    A copy that fails its check is kept aside as a damaged copy instead (see the module's doc) and its path
    returned all the same: restoring a backup keeps the file it replaces this way, damaged or not.
    """
    return _take(project_path, keep)[0]


def _take(project_path: Path, keep: int) -> tuple[Path, FileCheck]:
    folder = backup_folder(project_path)
    moment = datetime.now(UTC)
    existing = {b.taken_at for b in list_backups(project_path) + list_damaged_copies(project_path)}
    while moment in existing:
        moment += timedelta(microseconds=1)
    stamp = f"{_stem(project_path)}-{moment.strftime(_STAMP)}"
    partial = folder / f"{stamp}{PROJECT_SUFFIX}.partial"
    wal = project_path.with_name(project_path.name + "-wal")
    try:
        folder.mkdir(exist_ok=True)
        raw_wal = False
        try:
            backup_file(project_path, partial)
        except sqlite3.DatabaseError:
            # A damaged file the backup API cannot read: keep its raw bytes (and WAL) all the same.
            _remove(partial)
            shutil.copyfile(project_path, partial)
            raw_wal = wal.exists()
        # The copy is checked, not the project: it is what a restore would put back, and checking it needs
        # no lock on the open project. Costs about as much as the copy itself (see the benchmark).
        check = check_file(partial, immutable=True)
        target = folder / f"{stamp}{'' if check.ok else DAMAGED_MARK}{PROJECT_SUFFIX}"
        if raw_wal:
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        os.replace(partial, target)
    except OSError as e:
        with contextlib.suppress(OSError):  # e.g. the folder is a file: there is nothing to remove
            partial.unlink()
        raise ProjectError(f"cannot back up {project_path} into {folder}: {e.strerror or e}") from e
    if check.ok:
        taken = list_backups(project_path)
        _rotate(taken, retained((b.taken_at for b in taken), keep))
    else:
        log.warning(
            "the copy of %s failed its check, kept aside as %s: %s",
            project_path,
            target.name,
            describe(check),
        )
        damaged = list_damaged_copies(project_path)
        _rotate(damaged, {b.taken_at for b in damaged[:KEEP_DAMAGED]})
    return target, check


def _rotate(backups: list[BackupInfo], keep: Collection[datetime]) -> None:
    for old in backups:
        if old.taken_at not in keep:
            _remove(old.path)
            _remove(old.path.with_name(old.path.name + "-wal"))


def describe(check: FileCheck) -> str:
    """One line: what a failed check found."""
    parts = list(check.problems[:2])
    if check.damaged:
        named = ", ".join(f"{d.id} “{_short(d.title)}”" for d in check.damaged[:5])
        more = f" and {len(check.damaged) - 5} more" if len(check.damaged) > 5 else ""
        parts.append(f"sources whose stored data differ from their checksums: {named}{more}")
    return "; ".join(parts) or "no problem found"


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def fingerprint(path: Path, immutable: bool = False) -> tuple[str, str, str] | None:
    """What says whether a project changed since a copy of it: (project uuid, change generation, schema).

    Every committed change advances the generation (see unit_of_work), and an upgrade changes the schema
    revision. Cheaper and steadier than the alternatives: hashing the file reads all of it; SQLite's header
    change counter is not advanced by commits in WAL mode; ``PRAGMA data_version`` is per connection. A
    change made by another program behind the app's back is not seen; neither is damage, which is right: a
    damaged state is not worth a backup. After a restore the restored file counts on from its own older
    generation, so it may reach the replaced file's number: that one state is then taken for the copy kept of
    the replaced file, until the next edit. None when it cannot be read.
    """
    try:
        connection = sqlite3.connect(
            f"{Path(path).absolute().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}", uri=True
        )
        try:
            meta = dict(
                connection.execute(
                    "SELECT key, value FROM project_meta WHERE key IN ('project_uuid', 'generation')"
                ).fetchall()
            )
            (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, TypeError):
        return None
    return (str(meta.get("project_uuid", "")), str(meta.get("generation", "0")), str(revision))


def backup_if_due(project_path: Path, interval: timedelta = MIN_INTERVAL, keep: int = KEEP) -> Path | None:
    """A backup if the project changed since the newest backup (or damaged copy) and that one is older
    than ``interval``; returns its path if one was taken.

    ProjectDamaged (after keeping the copy aside) when the copy fails its check: the caller should say so.
    """
    newest = list_backups(project_path) + list_damaged_copies(project_path)
    newest.sort(key=lambda b: b.taken_at, reverse=True)
    if newest:
        if datetime.now(UTC) - newest[0].taken_at < interval:
            return None
        now = fingerprint(project_path)
        if now is not None and now == fingerprint(newest[0].path, immutable=True):
            return None
    taken, check = _take(project_path, keep)
    if not check.ok:
        raise ProjectDamaged(
            f"{project_path} failed its check ({describe(check)}); no backup was made of it, the copy was "
            f"kept aside as {taken.name}; run File › Check project… or `annotator check`"
        )
    return taken


def newest_intact(project_path: Path, uuids: Collection[str] | None) -> BackupInfo | None:
    """The newest backup that passes its check, for these sources (by uuid) or whole when None."""
    for backup in list_backups(project_path):
        if check_file(backup.path, only=uuids, immutable=True).ok:
            return backup
    return None


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
        # Only one with frames in it: checking the backup read-only leaves an empty WAL beside it.
        if wal.exists() and wal.stat().st_size > 0:
            shutil.copyfile(wal, project_path.with_name(project_path.name + "-wal"))
    except OSError as e:
        raise ProjectError(f"cannot restore {backup} over {project_path}: {e.strerror or e}") from e
    finally:
        _remove(project_path.with_name(project_path.name + ".restoring"))
        lock.release(project_path)
    return kept


def _check_sound(path: Path) -> None:
    """Refuse to restore a file that fails the full check (structure, texts, original files)."""
    check = check_file(path)
    if not check.ok:
        raise ProjectError(f"cannot restore {path}: it is damaged too ({describe(check)})")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
