"""Coders on the command line: `coder` names you, `annotations --coder` filters, every record carries its
coder, and `agreement --json` prints {facet, tag, alpha, kappa, units, coders}."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from annotator.services.project import Project

TEXT = "abcdefghij"


def _two_coders(path: Path) -> int:
    with Project.open(path) as project:
        project.taxonomy.add_facet("Tone")
        project.taxonomy.add_tag("tone", "X")
        source = project.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
        project.coders.act_as("ann")
        project.annotations.create(source, 0, 4, ["tone/x"])
        project.coders.act_as("ben")
        project.annotations.create(source, 2, 6, ["tone/x"])
    return source


def test_coder_names_and_lists(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_coders(project_path)
    me = cli("coder", "--name", "Ada Lovelace", "--json").json()
    assert me[0]["login"] == getpass.getuser() and me[0]["name"] == "Ada Lovelace" and me[0]["current"]
    listed = cli("coder", "--list", "--json").json()
    assert {c["login"] for c in listed} >= {"ann", "ben", getpass.getuser()}
    assert "* Ada Lovelace" in cli("coder", "--list").out


def test_annotations_carry_and_filter_by_coder(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_coders(project_path)
    everyone = cli("annotations", "--json").json()
    assert sorted(a["coder"] for a in everyone) == ["ann", "ben"]
    assert all(a["version"] == 1 for a in everyone)
    bens = cli("annotations", "--coder", "BEN", "--json").json()
    assert [(a["start"], a["coder"]) for a in bens] == [(2, "ben")]
    refused = cli("annotations", "--coder", "zoe")
    assert refused.code == 2 and "no coder 'zoe'" in refused.err and "Traceback" not in refused.err


def test_agreement_json_records(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    _two_coders(project_path)
    records = cli("agreement", "--coders", "ann", "ben", "--facet", "tone", "--json").json()
    assert [(r["facet"], r["tag"]) for r in records] == [("tone", None), ("tone", "tone/x")]
    tag = records[1]
    assert set(tag) == {"facet", "tag", "alpha", "kappa", "units", "coders"}
    assert tag["alpha"] == pytest.approx(5 / 24) and tag["kappa"] == pytest.approx(1 / 6)
    assert (tag["units"], tag["coders"]) == (10, ["ann", "ben"])
    text = cli("agreement", "--coders", "ann", "ben", "--facet", "tone", "--disagreements")
    assert text.code == 0 and "ann: X" in text.out and "ben: —" in text.out
    one = cli("agreement", "--coders", "ann")
    assert one.code == 2 and "two different coders" in one.err
