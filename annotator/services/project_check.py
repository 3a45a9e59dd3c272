"""The full check of a project (``annotator check``, File › Check project…), and where to recover from.

A project that fails names what is wrong: the file's structure (SQLite's integrity check), or the sources
whose stored text or original file's bytes differ from their checksums. For those it also names the newest
automatic backup in which they are intact, found by checking the same sources in each backup, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.storage import backups
from annotator.storage.backups import BackupInfo
from annotator.storage.checking import DamagedSource, FileCheck, check_file

__all__ = ["DamagedSource", "ProjectCheck", "check_project"]


@dataclass(frozen=True, slots=True)
class ProjectCheck:
    path: Path
    problems: tuple[str, ...]  # of the file as a whole (structure, unreadable)
    damaged: tuple[DamagedSource, ...]  # sources whose stored data differ from their checksums
    texts_checked: int
    originals_checked: int
    # The newest backup holding the damaged sources intact (the whole file, for structural damage); None
    # when the project is sound or no backup is.
    intact_backup: BackupInfo | None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.damaged

    def summary(self) -> str:
        """One line: the verdict, what is damaged, and where to recover it from."""
        if self.ok:
            return (
                f"{self.path} is sound: its structure passes SQLite's integrity check, and "
                f"{self.texts_checked} stored texts and {self.originals_checked} original files match their "
                "checksums"
            )
        parts = [f"{self.path} is damaged: {backups.describe(_as_file_check(self))}"]
        if self.intact_backup is not None:
            what = "they are intact" if self.damaged and not self.problems else "it passes its check"
            parts.append(
                f"the newest backup in which {what} was taken {self.intact_backup.taken_at:%Y-%m-%d %H:%M} "
                f"UTC: {self.intact_backup.path}"
            )
        else:
            parts.append("no automatic backup holds them intact" if self.damaged else "no backup passes")
        return "; ".join(parts)


def _as_file_check(check: ProjectCheck) -> FileCheck:
    return FileCheck(check.path, list(check.problems), list(check.damaged))


def check_project(path: Path | str) -> ProjectCheck:
    """Check the project file at ``path`` fully, read-only (it may be open in a window, or damaged)."""
    path = Path(path).expanduser().absolute()
    found = check_file(path, thorough=True)
    intact = None
    if not found.ok:
        uuids = None if found.problems or any(not d.uuid for d in found.damaged) else {
            d.uuid for d in found.damaged
        }
        intact = backups.newest_intact(path, uuids)
    return ProjectCheck(
        path,
        tuple(found.problems),
        tuple(found.damaged),
        found.texts_checked,
        found.originals_checked,
        intact,
    )
