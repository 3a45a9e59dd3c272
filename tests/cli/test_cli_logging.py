"""Commands and the log file: a warning or an internal error is one line on stderr, details in the log."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from annotator.cli import main as main_module
from annotator.services.log_file import LOGGER, log_path
from annotator.services.project import Project
from tests.helpers.unprivileged import run_unprivileged


def _log_since(size: int) -> str:
    with log_path().open(encoding="utf-8") as f:
        f.seek(size)
        return f.read()


def _log_size() -> int:
    return log_path().stat().st_size if log_path().exists() else 0


def test_a_failed_backup_is_one_line_on_stderr_and_a_traceback_in_the_log(
    cli, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:  # a new project is not backed up: the next open is
        project.sources.import_file(write_file("minutes.txt", "The quota was read out."))
    folder = project_path.with_name(project_path.name + "-backups")
    folder.write_text("a file where the backups folder should be")  # the backup cannot be made
    handlers = list(logging.getLogger(LOGGER).handlers)
    size = _log_size()

    result = cli("sources")

    assert result.code == 0 and "  minutes  " in result.out
    assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
    assert result.err == (
        f"annotator: warning: no automatic backup of {project_path}: cannot back up {project_path} "
        f"into {folder}: File exists (details in {log_path()})\n"
    )
    logged = _log_since(size)
    assert f"WARNING annotator.services.project: no automatic backup of {project_path}" in logged
    assert "Traceback" in logged and "FileExistsError" in logged
    assert logging.getLogger(LOGGER).handlers == handlers  # taken off again after the command


def test_a_read_only_backups_folder_is_one_line_on_stderr(tmp_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "thesis.annotator"
    with Project.open(path) as project:
        project.sources.import_file(write_file("minutes.txt", "The quota was read out."))
    folder = path.with_name(path.name + "-backups")
    folder.mkdir()
    size = _log_size()
    os.chmod(folder, 0o555)
    try:
        result = run_unprivileged("-m", "annotator", "sources", "--project", str(path))
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 0 and "  minutes  " in result.stdout, result
    assert result.stderr.startswith(f"annotator: warning: no automatic backup of {path}: cannot back up ")
    assert result.stderr.count("\n") == 1 and "Permission denied" in result.stderr, result.stderr
    assert list(folder.iterdir()) == []
    logged = _log_since(size)
    assert "Traceback" in logged and "PermissionError" in logged


def test_an_unexpected_error_exits_2_with_one_line_and_its_traceback_in_the_log(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # A command that fails in a way no service foresaw (as a RecursionError or a raw OSError once did).
    def fail(project: Project, args: argparse.Namespace) -> int:
        raise RuntimeError("an unforeseen failure\nwith a second line")

    def register(command) -> None:  # type: ignore[no-untyped-def]
        command("fail", fail, "fails")

    groups = (*main_module.COMMAND_GROUPS, SimpleNamespace(register=register))
    monkeypatch.setattr(main_module, "COMMAND_GROUPS", groups)
    size = _log_size()

    result = cli("fail")

    assert result.code == 2 and result.out == ""
    assert result.err == (
        f"annotator: internal error: RuntimeError: an unforeseen failure (details in {log_path()})\n"
    )
    logged = _log_since(size)
    assert "ERROR annotator: internal error in a command" in logged
    assert "Traceback" in logged and "with a second line" in logged
