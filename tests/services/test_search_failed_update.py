"""An update of the search index whose commit fails part-way (the folder swapped away under it by a copy's
rebuild, which shares the project's uuid and so its cache folder; a full disk) leaves the index out of step
and releases every file the writer held: Whoosh leaves them open, and the collector's ResourceWarning about
them then failed whichever test ran next (filterwarnings = error). A real project and index on disk; the
folder's loss is made to happen between the writer's additions and its commit."""

from __future__ import annotations

import gc
import shutil
import sys
from typing import Any

import pytest

from annotator.services.project import Project

TEXT = "The kulaks of the village were deported in the spring of 1930, and their houses were given away. "


def test_an_update_whose_commit_fails_leaves_no_index_file_open(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = project.sources.import_bytes("village.txt", (TEXT * 20).encode()).source_id
    assert project.search.search("kulak").hits
    search = project.search
    applied = search._apply_changes

    def then_the_folder_goes(writer: Any, session: Any, events: Any) -> None:
        applied(writer, session, events)  # the writer reads the index (deletions) and writes a segment
        shutil.rmtree(search.index_path)  # ...and the folder goes before its commit

    monkeypatch.setattr(search, "_apply_changes", then_the_folder_goes)
    project.annotations.create(source, 4, 10, ["bias/loaded-language"])
    search.flush()  # never raises: the index is left behind, to be rebuilt
    monkeypatch.undo()

    unraisable: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: unraisable.append(str(u.exc_value)))
    gc.collect()
    assert unraisable == []
    assert [h.source_id for h in project.search.search("kulak").hits] == [source]  # rebuilt
