"""Failing writes: a clear message, the change rolled back whole, everything saved before intact."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.domain.errors import WriteFailed
from annotator.services.project import Project
from annotator.storage import database


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
    assert "\n" not in str(error.value)
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
            with pytest.raises(WriteFailed, match="locked"):
                project.annotations.create(source, 0, 5)
        finally:
            other.rollback()
            other.close()
        assert project.annotations.create(source, 0, 5).quote.exact == "Words"  # usable again


# Root ignores permission bits only because it holds CAP_DAC_OVERRIDE. The launcher gives up every
# capability (the bounding set too, or exec would grant them back to uid 0) and then runs the command: the
# kernel applies the file's bits to it as to any owner. Staying uid 0 rather than becoming "nobody" keeps
# the interpreter readable, wherever it is installed (here under /root, mode 0700).
WITHOUT_PRIVILEGES = r"""
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
PR_CAPBSET_DROP, LINUX_CAPABILITY_VERSION_3 = 24, 0x20080522
with open("/proc/sys/kernel/cap_last_cap") as f:
    last = int(f.read())
for cap in range(last + 1):
    if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
        sys.exit(f"cannot drop capability {cap}: {os.strerror(ctypes.get_errno())}")
class Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
class Sets(ctypes.Structure):  # all three empty
    _fields_ = [(name, ctypes.c_uint32) for name in ("effective", "permitted", "inheritable")]
if libc.capset(ctypes.byref(Header(LINUX_CAPABILITY_VERSION_3, 0)), (Sets * 2)()) != 0:
    sys.exit(f"cannot drop capabilities: {os.strerror(ctypes.get_errno())}")
os.execv(sys.argv[1], sys.argv[1:])
"""
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
REPO = Path(__file__).parent.parent.parent
CAP_DAC_OVERRIDE = 1


def _overrides_permissions() -> bool:
    """Whether this process writes read-only files anyway: it holds CAP_DAC_OVERRIDE (root, normally)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return getattr(os, "geteuid", lambda: -1)() == 0
    found = re.search(r"^CapEff:\s*([0-9a-f]+)$", status, re.MULTILINE)
    return bool(found and int(found.group(1), 16) & 1 << CAP_DAC_OVERRIDE)


def _run_unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as a user who cannot write read-only files (root gives up its capabilities first)."""
    command = [sys.executable, *args]
    if _overrides_permissions():
        if not sys.platform.startswith("linux"):
            pytest.skip("this test gives up root's privileges only on Linux")
        command = [sys.executable, "-c", WITHOUT_PRIVILEGES, *command]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(REPO))
    )
    if result.returncode == 1 and result.stderr.startswith("cannot drop capabilit"):
        pytest.skip(f"cannot run a child without root's privileges here: {result.stderr.strip()}")
    return result


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
        edit = _run_unprivileged("-c", EDIT, str(path), str(kept.id), str(source))
        cli = _run_unprivileged(
            "-m", "annotator", "annotate", str(source), "--start", "0", "--end", "5", "--project", str(path)
        )
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)

    assert (edit.returncode, edit.stderr) == (0, ""), edit.stderr
    lines = edit.stdout.splitlines()
    if folder_writable:  # it opens, shows what was saved, and refuses the edit
        assert lines[0] == "kept: saved before"
        assert lines[1].startswith("refused: WriteFailed: ") and "read-only" in lines[1], lines
        assert "what was saved before is safe" in lines[1]
    else:  # no lock file can be made beside it: refused on opening, naming the file
        assert lines[0].startswith("refused: ProjectError: ") and str(path) in lines[0], lines
        assert "Permission denied" in lines[0]
    assert len(lines) == (2 if folder_writable else 1), lines

    assert cli.returncode == 2 and cli.stdout == "", cli
    assert cli.stderr.startswith("annotator: ") and cli.stderr.count("\n") == 1, cli.stderr
    assert ("read-only" if folder_writable else str(path)) in cli.stderr, cli.stderr

    with Project.open(path) as project:  # nothing saved before was lost, and nothing half-written
        assert [a.note for a in project.annotations.list(source)] == ["saved before"]
        assert [t.path for t in project.annotations.get(kept.id).tags] == ["bias/polemical"]
        assert project.sources.text(source) == "Words of the source."
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
