"""``annotator marks``, ``outline`` and ``upgrade-sources`` on real project files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.helpers.texts import WRAPPED_MINUTES

ARTICLE = """The Grain Front

The requisitions of the winter left the villages without seed, and the committee wrote that the peasants
would not sow what they could not keep.1 Its own figures show how little was left.2

Notes

1 District committee minutes, 4 February 1930.
2 Report to the regional committee, March 1930.
"""


def test_marks_lists_every_mark_with_its_text_and_target(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    imported = cli("import", write_file("article.txt", ARTICLE), "--json").json()[0]
    assert (imported["note_calls"], imported["notes_resolved"]) == (2, 2)
    source = imported["source_id"]

    marks = cli("marks", source, "--json").json()
    text = cli("show", source).out
    assert {m["kind"] for m in marks} >= {"note-call", "note", "heading"}
    for mark in marks:
        assert set(mark) == {"kind", "start", "end", "label", "text", "target_start", "target_end"}
        assert text[mark["start"] : mark["end"]] == mark["text"]
    calls = cli("marks", source, "--kind", "note-call", "--json").json()
    assert [(c["label"], c["text"]) for c in calls] == [("1", "1"), ("2", "2")]
    for call in calls:
        assert text[call["target_start"] : call["target_end"]].startswith(call["label"] + " ")

    outline = cli("outline", source, "--json").json()
    assert outline[0]["title"] == "The Grain Front"
    assert cli("marks", 99, "--json").code == 2


def test_upgrade_sources_lists_then_reimports_older_sources(
    cli, write_file, project_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wrapped = WRAPPED_MINUTES
    source = cli("import", write_file("wrapped.txt", wrapped), "--no-reflow", "--json").json()[0]["source_id"]
    assert cli("upgrade-sources", "--list", "--json").json() == []
    with sqlite3.connect(project_path) as connection:
        connection.execute(
            "UPDATE source_imports SET report = json_set(json_remove(report, '$.pipeline'), '$.reflow', NULL)"
        )
    listed = cli("upgrade-sources", "--list", "--json").json()
    assert [c["source_id"] for c in listed] == [source]

    done = cli("upgrade-sources", "--json")
    assert done.code == 0, done.err
    (result,) = done.json()
    assert result["new_source_id"] is not None and result["old_removed"]
    assert "\n" not in cli("show", result["new_source_id"]).out.strip()
    assert json.loads(cli("upgrade-sources", "--list", "--json").out) == []
