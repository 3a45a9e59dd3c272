"""The command line and a full disk (a real one: a small tmpfs, filled to the last byte).

A project there opens read-only: commands that only read work, one that would change it is refused in one
line saying why. An export to a
full disk is one line and exit 2: no "Exception ignored in ZipFile.__del__" traceback after it (python-docx
and openpyxl left their ZipFile to be finalized on a closed file), and no part file left behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.io.exporters.registry import format_names
from annotator.services.project import Project
from tests.helpers.excerpts import build_sample
from tests.helpers.small_disk import fill, small_disk

REPO = Path(__file__).parent.parent.parent
TEXT = "The district committee met in the schoolhouse.\nThe quota for seed grain was read out.\n"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path) as mounted:
        yield mounted


def test_a_project_on_a_full_disk_is_read_and_not_changed(cli, disk: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    path = disk / "thesis.annotator"
    with Project.open(path) as project:
        project.sources.import_file(write_file("minutes.txt", TEXT))
    fill(disk)
    before = path.read_bytes()
    reason = (
        f"{path} is open read-only: its disk is full (there is no space for its lock file); "
        "changes are not saved"
    )

    listed = cli("sources", project=path)
    assert listed.code == 0
    assert "minutes" in listed.out
    assert listed.err == ""  # the output alone, as from a read-only folder
    shown = cli("show", 1, project=path)
    assert (shown.code, shown.out) == (0, TEXT)

    refused = cli("tag-add", "bias", "Rumour", project=path)
    assert refused.code == 2
    assert refused.err.splitlines() == [f"annotator: {reason}"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", format_names())
def test_an_export_to_a_full_disk_is_one_line_and_leaves_nothing(
    project_path: Path, disk: Path, name: str
) -> None:
    with Project.open(project_path) as project:
        build_sample(project)
    fill(disk)
    out = disk / f"excerpts.{name}"
    command = ["export", "--format", name, "--out", str(out), "--project", str(project_path)]
    result = subprocess.run(
        [sys.executable, "-m", "annotator", *command],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"annotator: {out}: cannot be written (No space left on device)"]
    assert sorted(os.listdir(disk)) == ["filler"]
