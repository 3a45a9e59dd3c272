"""``annotator check``: the full check from the command line (issue 13, items 3 and 4), on real files."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.services.project import Project, list_backups
from tests.cli.conftest import Result
from tests.helpers.damage import SOURCES, VICTIMS, build, change_a_letter


def test_a_sound_project_exits_0(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    build(path)
    result: Result = cli("check", path, project=None)
    assert result.code == 0 and result.err == ""
    assert f"{SOURCES} stored texts and {SOURCES} original files match their checksums" in result.out


def test_a_changed_text_exits_2_naming_the_source_and_the_backup_holding_it_intact(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    good = list_backups(path)[0].path
    change_a_letter(path, VICTIMS[0])
    victim = ids[VICTIMS[0]]

    result = cli("check", project=path)  # --project works as for every command
    assert result.code == 2
    assert (
        f"damaged: source {victim} “Register {VICTIMS[0]}”: the stored text no longer matches its checksum"
        in result.out
    )
    assert f"intact in backup: {good}" in result.out
    assert result.err.count("\n") == 1 and result.err.startswith("annotator: ")
    assert f"{victim} “Register {VICTIMS[0]}”" in result.err and str(good) in result.err

    shown = cli("show", victim, project=path)  # reading it is refused the same way
    assert shown.code == 2 and f"source {victim}" in shown.err and "checksum" in shown.err
    assert cli("show", ids[0], project=path).code == 0

    record = cli("check", path, "--json", project=None).json()[0]
    assert record["ok"] is False and record["intact_backup"] == str(good)
    assert [d["id"] for d in record["damaged_sources"]] == [victim]


def test_a_project_open_in_a_window_can_be_checked(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    with Project.open(path) as project:  # holds the lock, edits still in the WAL
        project.sources.import_bytes("r.txt", b"The register of the parish.", {"title": "Register"})
        result = cli("check", path, "--json", project=None)
    assert result.code == 0, result.err
    assert json.loads(result.out)[0]["texts_checked"] == 1


def test_a_missing_file_is_an_error(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("check", tmp_path / "nothing.annotator", project=None)
    assert result.code == 2 and "no such file" in result.err
    assert not (tmp_path / "nothing.annotator").exists()
