"""``annotator export`` and ``annotator import FILE.qdpx``: the command-line contract."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.helpers.excerpts import SCRIPT_QUOTE, build_sample

FORMATS = {"md": "md", "html": "html", "docx": "docx", "csv": "csv", "xlsx": "xlsx", "w3c": "json",
           "qdpx": "qdpx", "qdc": "qdc"}  # fmt: skip


@pytest.fixture
def sample_project(project_path: Path) -> Path:
    with Project.open(project_path) as project:
        build_sample(project)
    return project_path


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_is_written_and_reported(cli, sample_project: Path, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"x.{FORMATS[name]}"
    result = cli("export", "--format", name, "--out", out)
    assert result.code == 0, result.err
    what = "the codebook" if name == "qdc" else "6 excerpts"
    assert result.out == f"exported {what} to {out} ({name}, {out.stat().st_size:,} bytes)\n"
    assert out.stat().st_size > 0


def test_filters_group_and_style_options(cli, sample_project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.csv"
    tags = ("--tag", "bias/polemical", "--tag", "bias/apologetic")
    result = cli(
        "export", "--format", "csv", "--out", out, *tags, "--kind", "primary", "--style", "full", "--json"
    )
    assert result.code == 0, result.err
    assert result.json() == [{"format": "csv", "path": str(out), "excerpts": 1, "bytes": out.stat().st_size}]
    (row,) = csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    assert row["Quote"] == SCRIPT_QUOTE and row["Citation"].endswith("characters 74–117.")

    counts = {}
    both = ("--tag", "bias/polemical", "--tag", "claim-type/factual", "--all-tags")
    for options in (
        ("--source", 2),
        ("--facet", "bias"),
        ("--relation", "cites"),
        ("--relation", "any"),
        ("--from", 1960),
        ("--to", 1940),
        both,
        ("--group-by", "tag"),
    ):
        result = cli("export", "--format", "md", "--out", tmp_path / "x.md", *options, "--json")
        assert result.code == 0, result.err
        counts[options[0] if len(options) == 2 else options[-1]] = result.json()[0]["excerpts"]
    assert counts == {"--source": 2, "--facet": 2, "--relation": 4, "--from": 2, "--to": 4, "--all-tags": 1,
                      "--group-by": 6}  # fmt: skip


def test_bad_options_are_refused_in_one_line(cli, sample_project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args, message in (
        (("--format", "md", "--tag", "bias/nonsense"), "annotator: no tag 'bias/nonsense'"),
        (("--format", "md", "--kind", "quaternary"), "annotator: kind 'quaternary' is not one of"),
        (("--format", "md", "--from", 1940, "--to", 1930), "annotator: the year range 1940–1930 ends before"),
        (("--format", "md", "--relation", "agrees"), "annotator: relation 'agrees' is not one of"),
        (("--format", "md", "--source", 42), "annotator: no source with id 42"),
    ):
        result = cli("export", *args, "--out", tmp_path / "x.md")
        assert result.code == 2 and result.err.startswith(message), result.err
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert not (tmp_path / "x.md").exists()
    result = cli("export", "--format", "pdf", "--out", tmp_path / "x.pdf")
    assert result.code == 2 and result.err == (
        "annotator: 'pdf' is not an export format; choose one of md, html, docx, csv, xlsx, w3c, qdpx, qdc\n"
    )


def test_a_qdpx_export_imports_into_a_fresh_project_with_the_same_annotations(  # type: ignore[no-untyped-def]
    cli, sample_project: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "x.qdpx"
    assert cli("export", "--format", "qdpx", "--out", archive).code == 0
    fresh = tmp_path / "fresh.annotator"
    result = cli("import", archive, "--json", project=fresh)
    assert result.code == 0, result.err
    (record,) = result.json()
    assert record["status"] == "imported" and record["annotations"] == 6 and record["links"] == 2
    before = cli("annotations", "--json").json()
    after = cli("annotations", "--json", project=fresh).json()

    def key(a: dict) -> tuple:
        return a["start"], a["end"], a["quote"], tuple(a["tags"]), a["note"]

    assert sorted(map(key, after)) == sorted(map(key, before))
    again = cli("import", archive, project=fresh)
    assert again.code == 2 and again.err.startswith("annotator: x.qdpx: its source")


def test_an_unsafe_archive_is_refused_by_import_in_one_line(cli, project_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "evil.qdpx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                  '<Project xmlns="urn:QDA-XML:project:1.0" name="&e;"/>')  # fmt: skip
    result = cli("import", archive)
    assert result.code == 2
    assert result.err.startswith("annotator: evil.qdpx: project.qde declares a DTD or entities")
    assert result.err.count("\n") == 1 and "root:" not in result.err
    assert cli("sources", "--json").json() == []


def test_the_w3c_export_is_json_with_code_point_offsets(cli, sample_project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.json"
    assert cli("export", "--format", "w3c", "--out", out, "--source", 1).code == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4 + 2
