"""Writing an export through a hidden part file beside its target, and clearing the ones a killed export left.

An export is written to ``.NAME.XXXXXXXX.annotator.part`` in the target's folder and renamed over ``NAME``
only when complete, so a failed export never leaves half a file where an old one was. A process killed
mid-export cannot remove its part file; the next export into that folder does. To tell such a leftover
from the part file of an export still running (in another window or process), each export holds an OS
lock on its part file while it writes (``flock``): a part file nobody holds a lock on is stale. Only files
with our suffix are touched, never another program's ``.part`` downloads. On Windows, where an open file
cannot be removed, a leftover is removed when it is a day old and no process has it open.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".annotator.part"
_WINDOWS_STALE_SECONDS = 24 * 3600


def part_files(folder: Path) -> list[Path]:
    """The part files of Annotator exports in ``folder`` (running or left behind)."""
    return sorted(folder.glob(f".*{PART_SUFFIX}"))


class PartFile:
    """An open, locked part file for ``target``: ``commit`` puts it in place, ``discard`` drops it."""

    def __init__(self, target: Path) -> None:
        self.target = target
        for _attempt in range(5):
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX)
            _lock(fd)
            if _still_at(fd, Path(name)):
                break
            os.close(fd)  # a clean-up took it for a leftover between its creation and our lock: again
        else:
            raise OSError(f"part files in {target.parent} keep disappearing")
        self.path = Path(name)
        self.stream: BinaryIO = os.fdopen(fd, "wb")

    def commit(self) -> int:
        """Put the complete file in place of the target; its size in bytes.

        The file gets the permissions an ordinary new file would (0666 less the umask), or those of the
        export it replaces: ``mkstemp`` made the part file 0600, which kept a shared folder's readers out.
        """
        self.stream.flush()
        size = os.fstat(self.stream.fileno()).st_size
        if os.name != "nt":
            try:
                mode = os.stat(self.target).st_mode & 0o7777
            except OSError:
                mode = 0o666 & ~_umask()
            os.fchmod(self.stream.fileno(), mode)
        if os.name == "nt":  # pragma: no cover - Windows cannot rename an open file
            self.stream.close()
        os.replace(self.path, self.target)  # still locked (POSIX): no clean-up can take it meanwhile
        self.stream.close()
        return size

    def discard(self) -> None:
        """Remove the part file if it is still there; closes it (idempotent)."""
        if not self.stream.closed:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # before closing: while still ours
            with contextlib.suppress(OSError):  # a full disk may refuse the last flush; the file is gone
                self.stream.close()
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def _umask() -> int:
    """The process's umask, read without setting it (os.umask would change it for every thread meanwhile)
    where Linux tells it; elsewhere set and put back at once."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale(folder: Path) -> list[Path]:
    """Remove the part files in ``folder`` that no running export holds; the ones removed."""
    removed = []
    for path in part_files(folder):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove: leave it
            if _remove_if_stale(path):
                removed.append(path)
    return removed


def _still_at(fd: int, path: Path) -> bool:
    try:
        here = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (here.st_dev, here.st_ino)


if os.name == "nt":  # pragma: no cover - Windows only; not run by this test suite

    def _lock(fd: int) -> None:
        pass  # Windows refuses to remove an open file, which protects a running export's part file

    def _remove_if_stale(path: Path) -> bool:
        if time.time() - path.stat().st_mtime < _WINDOWS_STALE_SECONDS:
            return False
        path.unlink()  # PermissionError while an export still has it open
        return True

else:
    import fcntl

    def _lock(fd: int) -> None:
        # Blocking: a clean-up holds a part file's lock only for as long as it takes to remove it.
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _remove_if_stale(path: Path) -> bool:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # an export is writing it
            if not _still_at(fd, path):
                return False
            path.unlink()  # while locked: its writer, if it just made it, sees it gone and makes another
            return True
        finally:
            os.close(fd)
