"""An empty or truncated project file is damage, never a new project (issue 13, item 3).

A zero-byte file used to be taken for "no project yet": a new, empty project was created over it (exit 0),
with the real project's backups beside it. Now opening it, for work or read-only, through the services or
the command line, is ProjectDamaged naming the newest backup, and the file's bytes stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.domain.errors import ProjectDamaged
from annotator.services.project import Project, list_backups
from annotator.storage import backups


def _project_with_a_backup(path: Path) -> Path:
    with Project.open(path) as project:
        for i in range(3):
            data = (f"Letter {i}: the harvest was poor and the quota was raised.\n" * 400).encode()
            project.sources.import_bytes(f"letter{i}.txt", data, {"title": f"Letter {i}"})
    return backups.take_backup(path)


def _cut(path: Path, size: int) -> bytes:
    data = path.read_bytes()[:size]
    path.write_bytes(data)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return data


@pytest.mark.parametrize("size", [0, 10, 4096, 64 * 1024], ids=["empty", "10-bytes", "4-kB", "64-kB"])
def test_an_empty_or_truncated_file_is_damage_offering_the_latest_backup(tmp_path: Path, size: int) -> None:
    path = tmp_path / "letters.annotator"
    backup = _project_with_a_backup(path)
    left = _cut(path, size)
    for read_only in (False, True):
        with pytest.raises(ProjectDamaged) as caught:
            Project.open(path, read_only=read_only)
        message = str(caught.value)
        assert str(path) in message and "damaged" in message and str(backup) in message, message
        assert "\n" not in message
        assert path.read_bytes() == left  # never created, upgraded or written over
    assert list_backups(path)[0].path == backup
    with Project.open(backup, read_only=True) as copy:  # the backup still holds the project
        assert len(copy.sources.list()) == 3


def test_the_cli_exits_2_on_an_empty_file_and_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letters.annotator"
    backup = _project_with_a_backup(path)
    _cut(path, 0)
    for argv in (["sources"], ["tags"], ["check", str(path)]):
        code = main([*argv, "--project", str(path)])
        err = capsys.readouterr().err
        assert code == 2, (argv, err)
        assert err.count("\n") == 1 and str(path) in err and str(backup) in err, err
        assert "empty" in err
    assert path.read_bytes() == b""


def test_an_empty_file_without_backups_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "letters.annotator"
    path.write_bytes(b"")
    with pytest.raises(ProjectDamaged, match="no automatic backup"):
        Project.open(path)
    assert path.read_bytes() == b""


def test_a_missing_file_is_still_a_new_project(tmp_path: Path) -> None:
    with Project.open(tmp_path / "new.annotator") as project:
        assert project.created
