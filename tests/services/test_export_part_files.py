"""Part files of exports: one a killed export left behind is removed by the next export into that folder;
one an export still running writes, and other programs' ``.part`` files, are left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from tests.helpers.excerpts import build_sample

REPO = Path(__file__).parent.parent.parent
# An export (from a read-only view, as a second window could) that stops at its first progress report,
# with its part file open, until told to go on (or killed).
EXPORTER = """
import sys
from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
paused = []
def pause(done, total):
    if not paused:
        paused.append(True)
        print("writing", flush=True)
        sys.stdin.readline()
with Project.open(sys.argv[1], read_only=True) as project:
    project.exports.export(ExcerptFilter(), "md", sys.argv[2], progress=pause)
print("exported", flush=True)
"""


def _exporter(project_path: Path, out: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", EXPORTER, str(project_path), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert process.stdout is not None and process.stdout.readline() == "writing\n"
    return process


def _parts(folder: Path, name: str) -> list[str]:
    return [p.name for p in folder.glob(f".{name}.*part")]


def test_the_next_export_removes_what_a_killed_export_left(project_path: Path, tmp_path: Path) -> None:
    with Project.open(project_path) as project:
        build_sample(project)
    folder = tmp_path / "exports"
    folder.mkdir()
    others = [folder / "film.mkv.part", folder / ".film.mkv.part"]  # another program's downloads
    for other in others:
        other.write_bytes(b"not ours")

    killed = _exporter(project_path, folder / "killed.md")
    killed.kill()
    killed.communicate()
    assert len(_parts(folder, "killed.md")) == 1  # what SIGKILL left
    running = _exporter(project_path, folder / "running.md")
    try:
        (running_part,) = _parts(folder, "running.md")

        with Project.open(project_path) as project:
            result = project.exports.export(ExcerptFilter(), "md", folder / "next.md")
        assert result.excerpts > 0 and (folder / "next.md").is_file()

        assert _parts(folder, "killed.md") == []
        assert _parts(folder, "running.md") == [running_part]  # still being written: kept
        assert all(other.read_bytes() == b"not ours" for other in others)

        assert running.stdin is not None and running.stdout is not None
        running.stdin.write("go on\n")
        running.stdin.flush()
        assert running.stdout.readline() == "exported\n"
    finally:
        running.kill()
        running.communicate()
    def lines(name: str) -> int:
        return len((folder / name).read_text(encoding="utf-8").splitlines())

    assert lines("running.md") == lines("next.md") > 0  # complete (the same excerpts)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["next.md", "running.md", *(other.name for other in others)]
    )
