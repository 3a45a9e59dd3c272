"""The files the session's new commands write (claims tables, dated statements, charts, bibliographies) on a
full disk (a real one: a small tmpfs filled to the last byte): one line and exit 2, nothing left behind —
no half file, no part file, no "Exception ignored in ZipFile.__del__" after the line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.helpers.small_disk import fill, small_disk
from tests.helpers.texts import ENGLISH

REPO = Path(__file__).parent.parent.parent
FIGURES = "\nIn 1932 grain output was 69.9 million tons; by 1933 it had reached 89.8 million tons.\n"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path) as mounted:
        yield mounted


@pytest.mark.parametrize(
    "args",
    [
        ("figures", "--export", "claims.csv"),
        ("figures", "--export", "claims.xlsx"),
        ("dates", "--export", "dates.xlsx"),
        ("chart", "profile", "--out", "profile.png"),
        ("chart", "profile", "--out", "profile.pdf"),
        ("bibliography", "--format", "bibtex", "--out", "sources.bib"),
    ],
    ids=lambda a: " ".join(a),
)
def test_an_output_to_a_full_disk_is_one_line_and_leaves_nothing(  # type: ignore[no-untyped-def]
    project_path: Path, disk: Path, write_file, args: tuple[str, ...]
) -> None:
    # Before: the claims table and dates left half a file (XLSX with openpyxl's ZipFile traceback after the
    # line), a chart left half a file, and a PDF chart was an internal error (Matplotlib failing again on
    # its own error while closing the file).
    with Project.open(project_path) as project:
        project.sources.import_file(write_file("report.txt", ENGLISH + FIGURES))
    fill(disk)
    out = disk / args[-1]
    result = subprocess.run(
        [sys.executable, "-m", "annotator", *args[:-1], str(out), "--project", str(project_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"annotator: {out}: cannot be written (No space left on device)"]
    assert sorted(os.listdir(disk)) == ["filler"]
