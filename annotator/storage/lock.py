"""One writer per project file: an OS lock on a file beside it, held for as long as the project is open.

SQLite alone would let two Annotator windows write the same file in turn, each one's caches and search index
silently out of step with the other's edits. So ``Project.open`` opens ``NAME.annotator.lock`` and takes an
exclusive OS lock on it (``flock`` on POSIX, ``msvcrt.locking`` on Windows), which it holds until it closes:

- taking the lock is one atomic call, so two processes can never both hold it (checking a process id and
  then removing a "stale" file is not: two processes could each remove the other's fresh lock);
- the OS drops the lock when its process ends, however it ends (a crash, a kill), so a lock file left
  behind is simply free; no process id is ever guessed at, and one reused by another program means nothing;
- the file holds the holder's process id and host only to name the holder in messages;
- re-entrant within one process: opening the same path twice in one process (tests, the CLI run in-process)
  shares the lock, counted; the file is removed when the last holder releases it (while still locked: an
  opener that locks the removed file sees it is no longer the one at the path, and tries again);
- a folder that cannot be written to, or a full disk, raise FolderNotWritable or NoSpace, so that the
  project can still be opened read-only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from annotator.domain.errors import ProjectError, ProjectLocked

LOCK_SUFFIX = ".lock"
# What a folder that cannot be written to answers: a read-only share or medium, or no permission.
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
_ATTEMPTS = 20  # opens that may each find the file just removed by a holder releasing it


class FolderNotWritable(ProjectError):
    """No lock file can be made beside the project: its folder cannot be written to (a share, a CD)."""


class NoSpace(ProjectError):
    """No lock file can be written beside the project: its disk (or the user's quota there) is full."""


class HeldElsewhere(ProjectLocked):
    """Another process holds the project; ``pid`` (None if it has not written it yet) and ``host`` name it."""

    def __init__(self, project_path: Path, pid: int | None, host: str) -> None:
        self.project_path, self.pid, self.host = project_path, pid, host
        super().__init__(f"{self.holder_phrase()}; open it read-only or close the other one")

    def holder_phrase(self) -> str:
        """``PATH is open in another Annotator window (process N)``: the start of every message about it."""
        where = f" on {self.host}" if self.host and self.host != socket.gethostname() else ""
        process = f" (process {self.pid}{where})" if self.pid is not None else ""
        return f"{self.project_path} is open in another Annotator window{process}"


@dataclass
class _Hold:
    fd: int  # the open lock file; the OS lock lives as long as it is open
    count: int  # opens in this process that share it


_held: dict[str, _Hold] = {}  # real path of the lock file -> this process's hold on it
_guard = threading.Lock()


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def _key(project_path: Path) -> str:
    return os.path.realpath(lock_path_for(project_path))


def held_here(project_path: Path) -> bool:
    """Whether this process has the project open (for writing)."""
    with _guard:
        return _key(project_path) in _held


def acquire(project_path: Path) -> None:
    """Take the lock, or raise HeldElsewhere (a ProjectLocked) naming the process that has it."""
    key = _key(project_path)
    with _guard:
        if key in _held:
            _held[key].count += 1
            return
        lock = lock_path_for(project_path)
        for _attempt in range(_ATTEMPTS):
            fd = _open(lock, project_path)
            kept = False
            try:
                if not _try_lock(fd, project_path):
                    pid, host = _recorded(lock)
                    raise HeldElsewhere(project_path, pid, host)
                if not _still_at(fd, lock):
                    continue  # a holder removed it as it let go; the next open makes a fresh one
                _record(fd, lock, project_path)
                _probe_folder(fd, lock, project_path)
                _held[key] = _Hold(fd, 1)
                kept = True
                return
            finally:
                if not kept:
                    os.close(fd)
        raise ProjectLocked(f"cannot lock {project_path}: its lock file {lock} keeps being replaced")


def release(project_path: Path) -> None:
    key = _key(project_path)
    with _guard:
        hold = _held.get(key)
        if hold is None:
            return
        if hold.count > 1:
            hold.count -= 1
            return
        del _held[key]
        _let_go(hold.fd, lock_path_for(project_path))


def _open(lock: Path, project_path: Path) -> int:
    try:
        return os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as e:
        raise _refusal(e, project_path) from e


def _refusal(e: OSError, project_path: Path) -> ProjectError:
    message = f"cannot lock {project_path} for writing: {e.strerror or e}"
    if e.errno in _NOT_WRITABLE:
        return FolderNotWritable(message)
    if e.errno in _NO_SPACE:
        return NoSpace(message)
    return ProjectError(message)


def _still_at(fd: int, lock: Path) -> bool:
    """Whether the file we locked is still the one at ``lock`` (not removed by a holder letting go)."""
    try:
        here = os.stat(lock)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (here.st_dev, here.st_ino)


def _record(fd: int, lock: Path, project_path: Path) -> None:
    """Write our process id and host into the locked file; on failure give the lock up again."""
    content = f"{os.getpid()}\n{socket.gethostname()}\n".encode()
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        if os.write(fd, content) != len(content):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    except OSError as e:
        _let_go(fd, lock, close=False)  # the caller closes it
        raise _refusal(e, project_path) from e


def _probe_folder(fd: int, lock: Path, project_path: Path) -> None:
    """Make sure a file can be created beside the project; on failure give the lock up again.

    An existing lock file (left by a crash) can be opened and locked in a folder that has since become
    read-only (a share, a copy on a CD); writing the project there would fail on its journal instead.
    """
    probe = lock.with_name(f"{lock.name}.{os.getpid()}.probe")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        probe.unlink()
    except OSError as e:
        _let_go(fd, lock, close=False)  # the caller closes it
        raise _refusal(e, project_path) from e


def _recorded(lock: Path) -> tuple[int | None, str]:
    """The process id and host the holder wrote (None when it has not yet, or the file is unreadable)."""
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        return int(lines[0]), (lines[1] if len(lines) > 1 else "")
    except (OSError, IndexError, ValueError):
        return None, ""


if os.name == "nt":  # pragma: no cover - Windows only; not run by this test suite
    import msvcrt

    # A byte far past the content: Windows locks are mandatory, and readers must still read the pid.
    _WINDOWS_LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int, project_path: Path) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _let_go(fd: int, lock: Path, close: bool = True) -> None:
        # Windows cannot remove a file another process has open: unlock and close first, then remove it
        # if nobody opened it meanwhile (if somebody did, they lock the same file, which stays).
        with contextlib.suppress(OSError):
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        if close:
            os.close(fd)
            with contextlib.suppress(OSError):
                lock.unlink()

else:
    import fcntl

    def _try_lock(fd: int, project_path: Path) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as e:  # e.g. a network share without locks
            raise ProjectError(f"cannot lock {project_path} for writing: {e.strerror or e}") from e
        return True

    def _let_go(fd: int, lock: Path, close: bool = True) -> None:
        # Removed while still locked, so that no one can lock this file and take it for the current one.
        # (If its folder has become read-only meanwhile it stays: the next opener locks it as it is.)
        with contextlib.suppress(OSError):
            lock.unlink()
        if close:
            os.close(fd)


def _forget_after_fork() -> None:
    """A forked child does not hold its parent's projects: close its copies, so the lock dies with the parent
    (an flock belongs to the open file, which the child's copy would otherwise keep alive)."""
    global _guard
    _guard = threading.Lock()
    for hold in _held.values():
        with contextlib.suppress(OSError):
            os.close(hold.fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
