"""A real full disk: a 2 MB tmpfs mounted for one test, filled to the last byte when the test says so.

Mounting needs root (or CAP_SYS_ADMIN); where the machine does not allow it, the test is skipped with the
reason printed (``-ra``).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SIZE = "2m"


@contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on a disk of its own, 2 MB in all (for a test module's fixture)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0755", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"no small disk to fill here: mount -t tmpfs failed: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> None:
    """Fill ``disk`` until the file system says there is no space left (ENOSPC)."""
    block = b"\0" * 4096
    with open(disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(block)
        except OSError as e:
            assert e.errno == 28, e  # ENOSPC
