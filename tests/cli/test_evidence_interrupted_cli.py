"""``annotator evidence`` on an interrupted quotation set off as a block (the lead's ruling, session 13): each
half is its own quotation item with its own span and the tag's speaker, in the same JSON contract; the tag
between them is the author's and belongs to no item."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.cli.test_evidence_cli import FIELDS

SPEECH = """The Harbour Tax

Marcus Vell rose in the council and spoke against the new tax for an hour.

> “Friends,” he said, “we have paid enough for the harbour wall, and the fishermen will not pay again.”

Then the council voted.
"""


@pytest.fixture
def source(project_path: Path, write_file) -> int:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        return project.sources.import_file(write_file("harbour.txt", SPEECH)).source_id


def test_each_half_is_its_own_item_with_the_tags_speaker(cli, source: int) -> None:  # type: ignore[no-untyped-def]
    items = [item for item in cli("evidence", source, "--json").json() if item["kind"] == "quotation"]

    assert all(list(item) == FIELDS for item in items)
    assert [item["text"][:12] for item in items] == ["“Friends,”", "“we have pai"]
    assert [(item["speaker"], item["scare"], item["form"]) for item in items] == [
        ("Marcus Vell", False, "inline"), ("Marcus Vell", False, "inline"),
    ]  # fmt: skip
    text = cli("show", source).out
    assert all(text[item["start"] : item["end"]] == item["text"] for item in items)
    assert "he said" not in "".join(item["text"] for item in items)
