"""Passages read for search hits: the same code points whether cut by SQLite or from the cached text."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from annotator.services.project import Project
from annotator.storage import sources_repo

TEXT = "Отчёт 𝔖ome 𠜎 — «колхоз»\n\nSecond paragraph with “quotes” and 𝔖 again.\n"


def test_a_slice_is_exact_the_first_time_and_once_cached(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.annotator") as project:
        source_id = project.sources.import_bytes("r.txt", TEXT.encode(), {}).source_id
    # Opened afresh in a new file name: nothing of it is in the cache yet.
    shutil.move(tmp_path / "p.annotator", tmp_path / "moved.annotator")
    with Project.open(tmp_path / "moved.annotator") as project:
        uuid = project.sources.get(source_id).uuid
        start, end = TEXT.index("𠜎"), TEXT.index("quotes") + len("quotes")
        with project._uow.read() as session:
            read = [sources_repo.text_slice(session, source_id, uuid, start, end) for _ in range(3)]
            # First by substr, then (asked again) by loading the whole text into the cache, then from it.
            assert read == [TEXT[start:end]] * 3
            assert sources_repo._TEXTS.get(sources_repo._text_key(session, uuid)) == TEXT


def test_two_projects_with_a_source_of_the_same_uuid_keep_their_own_texts(tmp_path: Path) -> None:
    first, second = tmp_path / "first.annotator", tmp_path / "second.annotator"
    with Project.open(first) as project:
        source_id = project.sources.import_bytes("r.txt", b"The original wording.", {}).source_id
    shutil.copy(first, second)
    with sqlite3.connect(second) as connection:  # another project's source that shares the uuid
        connection.execute(
            "UPDATE source_texts SET text = 'A different wording.', text_sha256 = ?",
            (hashlib.sha256(b"A different wording.").hexdigest(),),
        )
    connection.close()
    for path, (start, end), expected in (
        (first, (4, 12), "original"),
        (second, (2, 11), "different"),
        (first, (4, 12), "original"),
    ):
        with Project.open(path) as project:
            assert project.annotations.create(source_id, start, end).quote.exact == expected
