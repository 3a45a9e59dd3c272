"""A project in a folder that cannot be written to (a read-only share, a CD): a read-only view, or one line.

SQLite reads a WAL database only with its ``-shm`` index beside it, which it cannot create there; and no lock
file can be made. Each case runs in a child that cannot write read-only folders (root gives up its
capabilities first, tests/helpers/unprivileged.py), as the historian's own account would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.helpers.unprivileged import REPO, run_unprivileged

TEXT = "The district committee met in the schoolhouse.\nThe quota for seed grain was read out.\n"

# The historian's session: open the project (for writing, as the app does), look at it, try one edit.
LOOK = """
import json, sys
from annotator.domain.errors import AnnotatorError
from annotator.services.project import Project
seen = {}
try:
    with Project.open(sys.argv[1], read_only=sys.argv[2] == "read-only") as project:
        seen["read_only"] = project.read_only
        seen["reason"] = project.read_only_reason
        seen["notes"] = sorted(a.note for a in project.annotations.list())
        seen["text"] = project.sources.text(project.sources.list()[0].id)
        seen["hits"] = len(project.search.search("quota").hits)
        try:
            project.annotations.create(project.sources.list()[0].id, 0, 5, note="after")
            seen["edit"] = "saved"
        except AnnotatorError as e:
            seen["edit"] = f"{type(e).__name__}: {e}"
except AnnotatorError as e:
    seen["refused"] = f"{type(e).__name__}: {e}"
print(json.dumps(seen))
"""

# The app killed after a commit: the commit is still in NAME-wal (and NAME-shm), not yet in the file.
CRASH_AFTER_COMMIT = """
import os, sys
from annotator.services.project import Project
project = Project.open(sys.argv[1])
project.annotations.create(project.sources.list()[0].id, 4, 12, note="in the WAL only")
os._exit(0)
"""


@pytest.fixture
def share(tmp_path: Path, write_file) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """A project with one source and annotation; its folder is made read-only by the test and restored."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "thesis.annotator"
    with Project.open(path) as project:
        source = project.sources.import_file(write_file("minutes.txt", TEXT)).source_id
        project.annotations.create(source, 0, 12, ["bias/polemical"], note="saved before")
    try:
        yield path
    finally:
        os.chmod(folder, 0o755)


def look(path: Path, mode: str = "write") -> dict:  # type: ignore[type-arg]
    folder_before = sorted(os.listdir(path.parent))
    os.chmod(path.parent, 0o555)
    try:
        result = run_unprivileged("-c", LOOK, str(path), mode)
    finally:
        os.chmod(path.parent, 0o755)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert sorted(os.listdir(path.parent)) == folder_before  # nothing was (or could be) left there
    return json.loads(result.stdout)


@pytest.mark.parametrize("mode", ["write", "read-only"])
def test_a_closed_project_opens_read_only_and_says_why(share: Path, mode: str) -> None:
    assert os.listdir(share.parent) == [share.name]  # closed: no -wal, no -shm
    seen = look(share, mode)
    assert seen["read_only"] is True
    assert seen["notes"] == ["saved before"] and seen["text"] == TEXT and seen["hits"] == 1
    if mode == "write":  # asked for writing: the view says why it is read-only
        why = f"{share} is open read-only: its folder cannot be written to; changes are not saved"
    else:
        why = f"{share} is open read-only; changes are not saved"
    assert seen["reason"] == why
    assert seen["edit"] == f"ReadOnlyProject: {why}"
    with Project.open(share) as project:  # nothing changed
        assert [a.note for a in project.annotations.list()] == ["saved before"]


def test_commits_still_in_the_wal_are_shown(share: Path) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_COMMIT, str(share)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert crashed.returncode == 0, crashed.stderr
    wal = share.with_name(share.name + "-wal")
    assert wal.stat().st_size > 32 and share.with_name(share.name + "-shm").exists()
    seen = look(share)
    assert seen["read_only"] is True and "folder cannot be written to" in seen["reason"]
    assert seen["notes"] == ["in the WAL only", "saved before"]
    with Project.open(share) as project:  # once writable again, the commit is there for good
        assert sorted(a.note for a in project.annotations.list()) == ["in the WAL only", "saved before"]


def test_a_wal_without_its_index_is_one_clear_message(share: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_COMMIT, str(share)],
        check=True,
        capture_output=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    share.with_name(share.name + "-shm").unlink()  # copied without it: the WAL cannot be read in place
    seen = look(share)
    message = (
        f"cannot open {share} read-only: its folder cannot be written to, and the latest changes are still "
        f"in {share.name}-wal beside it; copy both files to a folder you can write to"
    )
    assert seen == {"refused": f"ProjectError: {message}"}
    os.chmod(share.parent, 0o555)
    try:
        cli = run_unprivileged("-m", "annotator", "sources", "--project", str(share))
    finally:
        os.chmod(share.parent, 0o755)
    assert cli.returncode == 2 and cli.stdout == "", cli
    assert cli.stderr == f"annotator: {message}\n"


def test_the_cli_lists_read_only_and_refuses_a_change_in_one_line(share: Path) -> None:
    os.chmod(share.parent, 0o555)
    try:
        listed = run_unprivileged("-m", "annotator", "sources", "--json", "--project", str(share))
        changed = run_unprivileged(
            "-m", "annotator", "annotate", "1", "--start", "0", "--end", "5", "--project", str(share)
        )
    finally:
        os.chmod(share.parent, 0o755)
    assert (listed.returncode, listed.stderr) == (0, ""), listed
    assert [s["file_name"] for s in json.loads(listed.stdout)] == ["minutes.txt"]
    assert changed.returncode == 2 and changed.stdout == "", changed
    assert changed.stderr == (
        f"annotator: {share} is open read-only: its folder cannot be written to; changes are not saved\n"
    )


def test_a_new_project_cannot_be_made_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        cli = run_unprivileged("-m", "annotator", "sources", "--project", str(folder / "new.annotator"))
    finally:
        os.chmod(folder, 0o755)
    assert cli.returncode == 2 and cli.stdout == "", cli
    assert cli.stderr.startswith(f"annotator: cannot lock {folder / 'new.annotator'} for writing: ")
    assert cli.stderr.count("\n") == 1 and os.listdir(folder) == []
