"""One writer per project file: a lock file beside it holding the owner's process id.

SQLite alone would let two Annotator windows write the same file in turn, each one's caches and search index
silently out of step with the other's edits. So ``Project.open`` takes ``NAME.annotator.lock`` first:

- created atomically (written to a temporary file, then hard-linked into place, so no reader ever sees an
  empty lock), holding ``pid`` and host name;
- a lock whose process is no longer running (the app crashed or was killed) is stale and taken over; a lock
  from another host cannot be checked, so it counts as held;
- re-entrant within one process: opening the same path twice in one process (tests, the CLI run in-process)
  shares the lock, counted; the file is removed when the last holder releases it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import threading
from pathlib import Path

from annotator.domain.errors import ProjectError, ProjectLocked

LOCK_SUFFIX = ".lock"
# What a folder that cannot be written to answers: a read-only share or medium, or no permission.
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


class FolderNotWritable(ProjectError):
    """No lock file can be made beside the project: its folder cannot be written to (a share, a CD)."""


_held: dict[str, int] = {}  # real path of the lock file -> how many opens in this process share it
_guard = threading.Lock()


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def _key(project_path: Path) -> str:
    return os.path.realpath(lock_path_for(project_path))


def held_here(project_path: Path) -> bool:
    """Whether this process has the project open (for writing)."""
    with _guard:
        return _held.get(_key(project_path), 0) > 0


def owner(project_path: Path) -> int | None:
    """The id of another live process holding the lock, or None if it is free or stale."""
    record = _read(lock_path_for(project_path))
    if record is None:
        return None
    pid, host = record
    if pid == os.getpid() and host == socket.gethostname():
        return None
    if host != socket.gethostname() or _alive(pid):
        return pid
    return None


def acquire(project_path: Path) -> None:
    """Take the lock or raise ProjectLocked naming the process that has it."""
    key = _key(project_path)
    with _guard:
        if _held.get(key, 0) > 0:
            _held[key] += 1
            return
        lock = lock_path_for(project_path)
        for _attempt in range(3):
            try:
                created = _create(lock)
            except OSError as e:
                kind = FolderNotWritable if e.errno in _NOT_WRITABLE else ProjectError
                raise kind(f"cannot lock {project_path} for writing: {e.strerror or e}") from e
            if created:
                _held[key] = 1
                return
            holder = owner(project_path)
            if holder is not None:
                raise ProjectLocked(
                    f"{project_path} is open in another Annotator window (process {holder}); "
                    "open it read-only or close the other one"
                )
            _remove(lock)  # stale: its process is gone, or it is ours from before a fork
        raise ProjectLocked(f"cannot lock {project_path}: the lock file {lock} keeps coming back")


def release(project_path: Path) -> None:
    key = _key(project_path)
    with _guard:
        count = _held.get(key, 0)
        if count > 1:
            _held[key] = count - 1
            return
        _held.pop(key, None)
        if count == 1:
            lock = lock_path_for(project_path)
            record = _read(lock)
            if record is not None and record[0] == os.getpid():
                _remove(lock)


def _create(lock: Path) -> bool:
    """Atomically create ``lock`` with our pid; False if it already exists."""
    content = f"{os.getpid()}\n{socket.gethostname()}\n".encode()
    temporary = lock.with_name(f"{lock.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(content)
        try:
            os.link(temporary, lock)
            return True
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation instead
            try:
                fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            return True
    finally:
        _remove(temporary)


def _read(lock: Path) -> tuple[int, str] | None:
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    except OSError:
        return (0, "")  # unreadable: treat as held by someone unknown
    try:
        return int(lines[0]), (lines[1] if len(lines) > 1 else socket.gethostname())
    except (IndexError, ValueError):
        return None  # garbled (a crash while writing a fallback lock): stale


def _alive(pid: int) -> bool:
    if pid <= 0:
        return True  # unknown owner: assume alive rather than risk two writers
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
