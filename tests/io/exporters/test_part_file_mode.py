"""An export gets the permissions of an ordinary new file (the user's umask), not the part file's 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from annotator.io.exporters.part_files import PartFile

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def _write(target: Path) -> int:
    part = PartFile(target)
    try:
        part.stream.write(b"excerpts")
        part.commit()
    finally:
        part.discard()
    return stat.S_IMODE(target.stat().st_mode)


def test_a_new_export_follows_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        assert _write(tmp_path / "a.md") == 0o644
        os.umask(0o027)
        assert _write(tmp_path / "b.md") == 0o640
        (tmp_path / "a.md").chmod(0o600)  # the historian made it private: a new export of it stays so
        assert _write(tmp_path / "a.md") == 0o600
    finally:
        os.umask(previous)
