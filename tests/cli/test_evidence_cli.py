"""``annotator evidence``: the detected items as a JSON contract, accepting, accepting a kind and rejecting,
bad ids refused with one line, and listing (not deciding) while the app holds the project."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.helpers.holder import holding

ARTICLE = """Grain and Terror

The procurement crisis of 1928 was, in the words of one historian, a crisis of prices (Davies 1989, 1029).
Stalin told the Central Committee that “the kulak will not give up his grain of his own accord”, and the
so-called “extraordinary measures” followed within weeks (Service, 155).
"""
FIELDS = [
    "id", "kind", "start", "end", "text", "speaker", "scare", "form", "cited_author", "year", "locator",
    "proposed_tags", "state",
]  # fmt: skip


@pytest.fixture
def source(project_path: Path, write_file) -> int:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        return project.sources.import_file(write_file("grain.txt", ARTICLE)).source_id


def test_json_lists_each_item_with_exactly_the_contract_fields(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    result = cli("evidence", source, "--json")

    assert (result.code, result.err) == (0, "")
    items = result.json()
    assert all(list(item) == FIELDS for item in items)
    by_text = {item["text"]: item for item in items}
    assert by_text["(Davies 1989, 1029)"] | {"id": "", "start": 0, "end": 0} == {
        "id": "", "kind": "citation", "start": 0, "end": 0, "text": "(Davies 1989, 1029)", "speaker": None,
        "scare": False, "form": "inline", "cited_author": "Davies", "year": "1989", "locator": "1029",
        "proposed_tags": ["provenance/cited-scholarship"], "state": "proposed",
    }  # fmt: skip
    kulak = by_text["“the kulak will not give up his grain of his own accord”"]
    assert (kulak["kind"], kulak["speaker"], kulak["scare"], kulak["proposed_tags"]) == (
        "quotation", "Stalin", False, ["provenance/quotation"],
    )  # fmt: skip
    scare = by_text["“extraordinary measures”"]
    assert (scare["scare"], scare["proposed_tags"], scare["speaker"]) == (True, [], None)
    text = cli("show", source).out
    assert all(text[item["start"] : item["end"]] == item["text"] for item in items)
    citations = cli("evidence", source, "--kind", "citation", "--json").json()
    assert [c["text"] for c in citations] == ["(Davies 1989, 1029)", "(Service, 155)"]


def test_accept_accept_kind_and_reject(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    items = {item["text"]: item for item in cli("evidence", source, "--json").json()}
    kulak = items["“the kulak will not give up his grain of his own accord”"]
    davies, service = items["(Davies 1989, 1029)"], items["(Service, 155)"]

    accepted = cli("evidence", source, "--accept", kulak["id"], "--json")
    rejected = cli("evidence", source, "--reject", davies["id"])
    by_kind = cli("evidence", source, "--accept-kind", "citation", "--json")

    assert (accepted.code, rejected.code, by_kind.code) == (0, 0, 0)
    assert [(i["id"], i["state"]) for i in accepted.json()] == [(kulak["id"], "accepted")]
    assert rejected.out == f"rejected {davies['id']} (citation {davies['start']}–{davies['end']})\n"
    assert [i["id"] for i in by_kind.json()] == [service["id"]]  # the rejected one is left
    annotations = cli("annotations", "--json").json()
    assert [(a["quote"], a["tags"], a["evidence_ref"], a["note"], a["speaker"]) for a in annotations] == [
        (kulak["text"], ["provenance/quotation"], "", "", "Stalin"),
        ("(Service, 155)", ["provenance/cited-scholarship"], "Service, 155", "", "Service"),
    ]
    states = {i["id"]: i["state"] for i in cli("evidence", source, "--json").json()}
    assert (states[kulak["id"]], states[davies["id"]], states[service["id"]]) == (
        "accepted", "rejected", "accepted",
    )  # fmt: skip


def test_an_unknown_id_or_kind_exits_2_with_one_line_and_changes_nothing(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    real = cli("evidence", source, "--json").json()[0]["id"]

    unknown = cli("evidence", source, "--accept", real, "no-such-id")
    no_source = cli("evidence", 99)

    assert unknown.code == 2
    assert unknown.err == (
        f"annotator: source {source} has no evidence item 'no-such-id' (see `annotator evidence {source}`)\n"
    )
    assert (no_source.code, len(no_source.err.splitlines())) == (2, 1)
    assert cli("annotations", "--json").json() == []
    assert {i["state"] for i in cli("evidence", source, "--json").json()} == {"proposed"}
    with pytest.raises(SystemExit) as bad_kind:  # argparse's own refusal: usage and one line
        cli("evidence", source, "--accept-kind", "footnote")
    assert bad_kind.value.code == 2


@pytest.fixture
def held(project_path: Path, source: int) -> Iterator[subprocess.Popen[str]]:
    with holding(project_path) as process:
        yield process


def test_listing_works_while_the_app_holds_the_project_and_deciding_is_refused(  # type: ignore[no-untyped-def]
    cli, held: subprocess.Popen[str], source: int
) -> None:
    listed = cli("evidence", source, "--json")
    assert (listed.code, listed.err) == (0, "")
    first = listed.json()[0]["id"]

    refused = cli("evidence", source, "--accept", first)

    assert refused.code == 2
    assert f"(process {held.pid}); close it first" in refused.err
    assert cli("evidence", source, "--json").json()[0]["state"] == "proposed"
