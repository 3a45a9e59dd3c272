"""The command line while the app (another process) has the project open for writing.

Commands that only read open the project read-only and work; commands that change it exit 2 naming the
process that holds it. Before, every command was refused with "open it read-only", which the CLI offers no
way to do.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli.main import build_parser
from annotator.search.index import STAMP_FILE
from annotator.services.project import Project
from tests.helpers.holder import holding

TEXT = "The district committee met in the schoolhouse.\nThe quota for seed grain was read out.\n"
# The app: opens the project for writing and keeps it open, also holding its search index's write lock (as
# while it updates the index after an edit), until it is told to close or is killed.
APP = """
import sys
from whoosh.index import open_dir
from annotator.search.index import INDEX_NAME
from annotator.services.project import Project
project = Project.open(sys.argv[1])
index_lock = open_dir(str(project.search.index_path), indexname=INDEX_NAME).lock("WRITELOCK")
assert index_lock.acquire(blocking=False)
print("open", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def app(project_path: Path, write_file) -> Iterator[subprocess.Popen[str]]:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("minutes.txt", TEXT)).source_id
        project.annotations.create(source, 4, 22, ["bias/polemical"], note="a loaded phrase")
        project.search.search("quota")  # the index the app holds a lock on
    with holding(project_path, APP) as process:
        yield process


def test_reading_commands_work_while_the_app_holds_the_project(  # type: ignore[no-untyped-def]
    cli, app: subprocess.Popen[str], project_path: Path, tmp_path: Path
) -> None:
    before = project_path.read_bytes()
    for args in (("sources",), ("info", 1), ("annotations",), ("tags",), ("links",)):
        result = cli(*args)
        assert (result.code, result.err) == (0, ""), args
    assert "minutes" in cli("sources").out
    assert cli("show", 1).out == TEXT
    assert "a loaded phrase" in cli("annotations").out
    out = tmp_path / "excerpts.md"
    exported = cli("export", "--format", "md", "--out", out)
    assert (exported.code, exported.err) == (0, "")
    assert "a loaded phrase" in out.read_text(encoding="utf-8")
    assert project_path.read_bytes() == before


def test_search_rebuilds_an_out_of_step_index_while_the_app_holds_its_lock(  # type: ignore[no-untyped-def]
    cli, app: subprocess.Popen[str], project_path: Path
) -> None:
    with Project.open(project_path, read_only=True) as project:
        index = project.search.index_path
    (index / STAMP_FILE).unlink()  # out of step: the next search must rebuild it
    result = cli("search", "quota", "--json")
    assert (result.code, result.err) == (0, "")
    assert [hit["source_id"] for hit in result.json()] == [1]


@pytest.mark.parametrize(
    "args",
    [
        ("tag-add", "bias", "Rumour"),
        ("annotate", "1", "--start", "0", "--end", "3", "--note", "mine"),
        ("delete-source", "1"),
        ("import", "FILE"),
    ],
)
def test_changing_commands_are_refused_naming_the_app(  # type: ignore[no-untyped-def]
    cli, app: subprocess.Popen[str], project_path: Path, write_file, args: tuple[str, ...]
) -> None:
    args = tuple(str(write_file("more.txt", "Another text.")) if a == "FILE" else a for a in args)
    before = project_path.read_bytes()
    result = cli(*args)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"annotator: {project_path} is open in another Annotator window (process {app.pid}); close it "
        "first (commands that only read, such as `sources`, `search` and `export`, work meanwhile)"
    ]
    assert project_path.read_bytes() == before


def test_every_reading_command_exists() -> None:
    from annotator.cli.access import READING_COMMANDS

    (commands,) = (a.choices for a in build_parser()._actions if a.dest == "command")
    assert set(commands) >= READING_COMMANDS
