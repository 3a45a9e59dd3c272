"""Failing writes: a clear message, the change rolled back whole, everything saved before intact."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import WriteFailed
from annotator.services.project import Project
from annotator.storage import database
from tests.helpers.unprivileged import run_unprivileged


def _fill_up(project: Project) -> None:
    """Make the database "full": SQLite then fails exactly as on a full disk (SQLITE_FULL)."""
    engine = project._uow.engine  # the project's own engine: the limit must apply to its connections
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    # Every pooled connection must see the limit, so set it on connect from now on.
    from sqlalchemy import event

    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
    engine.dispose()


def test_full_disk_refuses_the_change_and_keeps_the_rest(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Words of the source. " * 50)).source_id
    kept = project.annotations.create(source, 0, 5, ["bias/polemical"], note="saved before")
    _fill_up(project)
    before = project.generation()
    with pytest.raises(WriteFailed, match="the disk is full") as error:
        for i in range(2000):  # until the last free page is used up
            project.annotations.create(source, 10, 20, note="x" * 4000 + str(i))
    assert "\n" not in str(error.value) and str(error.value).startswith(
        f"{project.path}: the change was not saved"
    )
    assert project.annotations.get(kept.id).note == "saved before"
    assert project.generation() >= before
    with sqlite3.connect(project.path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_a_lock_held_too_long_is_a_clear_message(tmp_path: Path, write_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_file(write_file("a.txt", "Words of the source.")).source_id
        other = sqlite3.connect(path, timeout=0.1)
        other.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
        try:
            with pytest.raises(WriteFailed, match="locked") as error:
                project.annotations.create(source, 0, 5)
            assert str(error.value).startswith(f"{path}: the change was not saved because another program")
        finally:
            other.rollback()
            other.close()
        assert project.annotations.create(source, 0, 5).quote.exact == "Words"  # usable again


# The historian's session: open the project, check what was saved, try one edit.
EDIT = """
import sys
from annotator.domain.errors import AnnotatorError
from annotator.services.project import Project
try:
    with Project.open(sys.argv[1]) as project:
        print("kept:", project.annotations.get(int(sys.argv[2])).note, flush=True)
        project.annotations.create(int(sys.argv[3]), 0, 5, note="after")
        print("saved", flush=True)
except AnnotatorError as e:
    print(f"refused: {type(e).__name__}: {e}", flush=True)
"""


@pytest.mark.parametrize("folder_writable", [True, False], ids=["read-only file", "read-only folder too"])
def test_a_read_only_project_file_is_a_clear_message(
    tmp_path: Path, write_file, folder_writable: bool
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "p.annotator"
    with Project.open(path) as project:
        source = project.sources.import_file(write_file("a.txt", "Words of the source.")).source_id
        kept = project.annotations.create(source, 0, 5, ["bias/polemical"], note="saved before")
    os.chmod(path, 0o444)
    if not folder_writable:
        os.chmod(folder, 0o555)
    try:
        edit = run_unprivileged("-c", EDIT, str(path), str(kept.id), str(source))
        cli = run_unprivileged(
            "-m", "annotator", "annotate", str(source), "--start", "0", "--end", "5", "--project", str(path)
        )
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)

    assert (edit.returncode, edit.stderr) == (0, ""), edit.stderr
    lines = edit.stdout.splitlines()
    if folder_writable:  # it opens, shows what was saved, and refuses the edit
        assert lines[0] == "kept: saved before"
        assert lines[1].startswith(f"refused: WriteFailed: {path}: ") and "read-only" in lines[1], lines
        assert "what was saved before is safe" in lines[1]
    else:  # no lock file can be made beside it (a share, a CD): a read-only view, which refuses the edit
        assert lines[0] == "kept: saved before"
        assert lines[1] == (
            f"refused: ReadOnlyProject: {path} is open read-only: its folder cannot be written to; "
            "changes are not saved"
        ), lines
    assert len(lines) == 2, lines

    assert cli.returncode == 2 and cli.stdout == "", cli
    assert cli.stderr.startswith("annotator: ") and cli.stderr.count("\n") == 1, cli.stderr
    assert cli.stderr.startswith(f"annotator: {path}") and "read-only" in cli.stderr, cli.stderr

    with Project.open(path) as project:  # nothing saved before was lost, and nothing half-written
        assert [a.note for a in project.annotations.list(source)] == ["saved before"]
        assert [t.path for t in project.annotations.get(kept.id).tags] == ["bias/polemical"]
        assert project.sources.text(source) == "Words of the source."
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
