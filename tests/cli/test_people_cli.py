"""Speakers on the command line: annotate/edit-annotation set them, annotations --json shows them and filters
by them, people lists everyone with counts, rename-person and merge-people change them; export --speaker."""

from __future__ import annotations

import csv

from tests.cli.test_project_held import app  # noqa: F401  (a fixture: another Annotator holds the project)
from tests.helpers.texts import ENGLISH


def _annotate(cli, source: int, phrase: str, *extra: str):  # type: ignore[no-untyped-def]
    start = ENGLISH.index(phrase)
    end = start + len(phrase)
    result = cli("annotate", str(source), "--start", str(start), "--end", str(end), *extra, "--json")
    assert result.code == 0, result.err
    return result.json()[0]


def test_speakers_through_the_command_line(cli, write_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = cli("import", write_file("report.txt", ENGLISH), "--json").json()[0]["source_id"]
    report = _annotate(cli, source, "According to the secretary's report", "--speaker", "the secretary")
    assert (report["speaker"], report["speaker_role"]) == ("the secretary", "quoted")
    teacher = _annotate(cli, source, "nobody dared to object", "--speaker", "A teacher", "--role", "author")
    plain = _annotate(cli, source, "spring sowing")
    assert (plain["speaker"], plain["speaker_role"]) == (None, None)

    listed = cli("annotations", "--speaker", "teach", "--json").json()
    assert [a["id"] for a in listed] == [teacher["id"]]
    assert "speaker: A teacher (author)" in cli("annotations").out

    edited = cli("edit-annotation", str(teacher["id"]), "--role", "quoted", "--json").json()[0]
    assert (edited["speaker"], edited["speaker_role"]) == ("A teacher", "quoted")
    edited = cli("edit-annotation", str(plain["id"]), "--speaker", "SECRETARY", "--json").json()
    assert edited[0]["speaker"] == "the secretary"  # the same person: any case, with or without "the"
    people = {p["name"]: p for p in cli("people", "--json").json()}
    assert people["the secretary"]["annotations"] == {"quoted": 2}
    assert people["A teacher"]["annotations"] == {"quoted": 1}
    cleared = cli("edit-annotation", str(plain["id"]), "--no-speaker", "--json").json()[0]
    assert cleared["speaker"] is None

    secretary = people["the secretary"]["id"]
    renamed = cli("rename-person", str(secretary), "Secretary Ivanov")
    assert renamed.code == 0 and "Secretary Ivanov (person)" in renamed.out
    merged = cli("merge-people", str(people["A teacher"]["id"]), str(secretary))
    assert merged.code == 0 and "1 annotation(s) moved" in merged.out
    assert [p["name"] for p in cli("people", "--json").json()] == ["Secretary Ivanov"]

    out = tmp_path / "ivanov.csv"
    assert cli("export", "--format", "csv", "--speaker", "ivanov", "--out", str(out)).code == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(int(r["Excerpt"]) for r in rows) == sorted([report["id"], teacher["id"]])
    assert {r["Speaker"] for r in rows} == {"Secretary Ivanov"}


def test_bad_speaker_input_is_one_line_and_exit_2(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    source = cli("import", write_file("report.txt", ENGLISH), "--json").json()[0]["source_id"]
    plain = _annotate(cli, source, "spring sowing")
    result = cli("edit-annotation", str(plain["id"]), "--role", "author")
    assert result.code == 2
    message = f"annotator: annotation {plain['id']} has no speaker to give a role (add --speaker)"
    assert result.err.strip() == message
    result = cli("annotations", "--speaker", "Stalin")
    assert result.code == 2 and "nobody called 'Stalin'" in result.err and len(result.err.splitlines()) == 1
    result = cli("export", "--format", "csv", "--speaker", "Stalin", "--out", "x.csv")
    assert result.code == 2 and "nobody called 'Stalin'" in result.err
    result = cli("merge-people", "1", "1")
    assert result.code == 2


def test_people_reads_only_so_it_works_while_the_app_holds_the_project(  # type: ignore[no-untyped-def]
    cli, app, project_path  # noqa: F811
) -> None:
    before = project_path.read_bytes()
    result = cli("people", "--json")
    assert (result.code, result.err) == (0, "")
    assert project_path.read_bytes() == before
