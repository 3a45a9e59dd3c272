"""The index folder: its stamp, the checks that make an index unusable, and rebuilds that swap in whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.paragraphs import paragraphs
from annotator.search.documents import text_documents
from annotator.search.index import STAMP_FILE, IndexFolder, IndexUnusable
from annotator.search.schema import SCHEMA_VERSION

TEXT = "The kolkhoz was formed in 1930.\n\nThe Five-Year Plan demanded grain.\n"


def build(folder: IndexFolder, generation: int = 5, text: str = TEXT) -> None:
    rebuild = folder.start_rebuild()
    for doc in text_documents(1, "en", text, paragraphs(text)):
        rebuild.add(doc, len(doc["body_en"]))
    rebuild.commit(generation)


@pytest.fixture
def folder(tmp_path: Path) -> IndexFolder:
    return IndexFolder(tmp_path / "index" / "project-uuid", "project-uuid")


def index_files(folder: IndexFolder) -> list[Path]:
    return [p for p in folder.path.iterdir() if p.name != STAMP_FILE and "LOCK" not in p.name]


def test_a_built_index_opens_with_its_stamp(folder: IndexFolder) -> None:
    build(folder)
    ix, stamp = folder.open()
    assert (stamp.schema, stamp.project, stamp.generation) == (SCHEMA_VERSION, "project-uuid", 5)
    assert ix.doc_count() == 2
    assert not list(folder.path.parent.glob(".*"))  # no rebuild folders left behind


def test_a_missing_folder_is_unusable(folder: IndexFolder) -> None:
    with pytest.raises(IndexUnusable, match="no index"):
        folder.open()


def test_an_index_of_another_schema_version_is_unusable(folder: IndexFolder) -> None:
    build(folder)
    stamp = json.loads((folder.path / STAMP_FILE).read_text())
    stamp["schema"] = SCHEMA_VERSION - 1
    (folder.path / STAMP_FILE).write_text(json.dumps(stamp))
    with pytest.raises(IndexUnusable, match="schema version"):
        folder.open()


def test_an_index_of_another_project_is_unusable(folder: IndexFolder) -> None:
    build(folder)
    with pytest.raises(IndexUnusable, match="another project"):
        IndexFolder(folder.path, "someone-else").open()


def test_a_garbled_stamp_makes_the_index_unusable(folder: IndexFolder) -> None:
    build(folder)
    (folder.path / STAMP_FILE).write_bytes(b"\x00{not json")
    with pytest.raises(IndexUnusable, match="stamp"):
        folder.open()


def test_a_truncated_index_file_makes_the_index_unusable(folder: IndexFolder) -> None:
    build(folder)
    victim = max(index_files(folder), key=lambda p: p.stat().st_size)
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    with pytest.raises(IndexUnusable):
        folder.open()


def test_a_garbled_index_file_of_the_same_size_makes_the_index_unusable(folder: IndexFolder) -> None:
    build(folder)
    victim = max(index_files(folder), key=lambda p: p.stat().st_size)
    data = bytearray(victim.read_bytes())
    data[len(data) // 3 : len(data) // 3 + 64] = b"\xff" * 64
    victim.write_bytes(bytes(data))
    with pytest.raises(IndexUnusable):
        folder.open()


def test_invalidating_marks_the_index_unusable(folder: IndexFolder) -> None:
    build(folder)
    folder.invalidate()
    with pytest.raises(IndexUnusable):
        folder.open()


def test_a_rebuild_replaces_the_index_only_when_committed(folder: IndexFolder) -> None:
    build(folder, generation=5)
    rebuild = folder.start_rebuild()
    rebuild.add({"key": "x", "kind": "text", "source_id": "2", "body_en": "something else"}, 14)
    rebuild.abort()
    ix, stamp = folder.open()
    assert stamp.generation == 5 and ix.doc_count() == 2

    build(folder, generation=9, text="Only one paragraph now.\n")
    ix, stamp = folder.open()
    assert stamp.generation == 9 and ix.doc_count() == 1
    assert not list(folder.path.parent.glob(".*"))


def test_an_index_built_for_a_copy_of_the_project_elsewhere_is_unusable(tmp_path: Path) -> None:
    mine = IndexFolder(tmp_path / "index" / "uuid", "uuid", "/projects/a.annotator")
    build(mine)
    with pytest.raises(IndexUnusable, match="copy of the project"):
        IndexFolder(mine.path, "uuid", "/elsewhere/a-copy.annotator").open()


def test_leftovers_of_a_crashed_rebuild_are_cleaned_up(folder: IndexFolder) -> None:
    build(folder)
    old = folder.path.parent / f".{folder.path.name}.old-deadbeef"
    old.mkdir()
    build(folder, generation=6)
    assert not old.exists()


def test_indexes_of_projects_gone_for_a_month_are_deleted(tmp_path: Path) -> None:
    import os
    import time

    from annotator.search.index import ORPHAN_SECONDS

    root = tmp_path / "index"
    kept_file = tmp_path / "still-here.annotator"
    kept_file.write_bytes(b"")
    month_ago = time.time() - ORPHAN_SECONDS - 3600

    def other(name: str, project_file: Path, old: bool) -> Path:
        index = IndexFolder(root / name, name, str(project_file))
        build(index)
        if old:
            for path in (index.path / STAMP_FILE, index.path):
                os.utime(path, (month_ago, month_ago))
        return index.path

    gone_long_ago = other("gone-long-ago", tmp_path / "deleted.annotator", old=True)
    gone_recently = other("gone-recently", tmp_path / "unplugged.annotator", old=False)
    old_but_present = other("old-but-present", kept_file, old=True)

    build(IndexFolder(root / "mine", "mine", str(kept_file)))  # any rebuild tidies the cache folder
    assert not gone_long_ago.exists()
    assert gone_recently.exists() and old_but_present.exists()
