"""Zotero's own library read from its zotero.sqlite (a copy, read-only), each item mapped to CSL as Zotero's
schema maps it, and so to our metadata."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.domain.errors import SourceRejected
from annotator.domain.metadata import apply_changes
from annotator.domain.model import SourceMetadata
from annotator.io.zotero import read_library
from tests.helpers.zotero_library import historians_library


def test_items_are_read_with_their_fields_creators_and_files(tmp_path: Path) -> None:
    folder = historians_library(tmp_path / "Zotero")
    items = {item.key: item for item in read_library(folder)}
    assert set(items) == {"8ZQFJ2KT", "Q7V2M4CE", "R2D9AA1N", "T9H3ZK2W", "W4B8NE6S"}  # not the trash
    article = apply_changes(SourceMetadata(title="?"), items["8ZQFJ2KT"].entry().changes)
    assert article.container_title == "The Journal of Modern History"
    assert (article.volume, article.issue, article.page, article.doi) == (
        "65",
        "4",
        "745–770",
        "10.1086/244724",
    )
    assert (article.date_text, article.date_accessed, article.item_type) == (
        "1993-12",
        "2024-03-01",
        "article-journal",
    )
    assert items["8ZQFJ2KT"].file_names == ("fitzpatrick-ascribing-class.pdf",)
    chapter = apply_changes(SourceMetadata(title="?"), items["Q7V2M4CE"].entry().changes)
    # bookTitle: a book section's publicationTitle, its base field
    assert chapter.container_title == "Stalinism: New Directions"
    assert chapter.editors == ("Fitzpatrick, Sheila", "Schlögel, Karl")
    assert chapter.authors == ("Viola, Lynne",)  # the book's author is not the chapter's
    assert (chapter.publisher, chapter.publisher_place, chapter.date_text) == ("Routledge", "London", "2000")
    document = apply_changes(SourceMetadata(title="?"), items["R2D9AA1N"].entry().changes)
    assert (document.archive, document.archive_location) == ("RGASPI", "f. 17, op. 3, d. 1003, l. 4–4 ob.")
    assert (document.call_number, document.genre, document.authors) == ("17/3/1003", "memorandum", ("OGPU",))
    assert (document.date_text, document.original_date, document.extra) == (
        "1932-11-07",
        "1932",
        "Typescript copy.",
    )
    assert items["R2D9AA1N"].files == (folder / "storage" / "ATT00002" / "spravka-1932.txt",)
    thesis = apply_changes(SourceMetadata(title="?"), items["T9H3ZK2W"].entry().changes)
    assert (thesis.publisher, thesis.genre, thesis.date_text) == (
        "University of Chicago",
        "PhD Thesis",
        "c. 1991",
    )
    page = apply_changes(SourceMetadata(title="?"), items["W4B8NE6S"].entry().changes)
    assert (page.container_title, page.item_type) == ("Seventeen Moments in Soviet History", "webpage")


def test_a_library_zotero_holds_locked_is_read_from_a_copy_and_never_changed(tmp_path: Path) -> None:
    folder = historians_library(tmp_path / "Zotero")
    database = folder / "zotero.sqlite"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    zotero = sqlite3.connect(database)  # Zotero running: an exclusive lock held on its database
    zotero.execute("PRAGMA locking_mode = EXCLUSIVE")
    zotero.execute("BEGIN EXCLUSIVE")
    try:
        assert len(read_library(folder)) == 5
        assert len(read_library(database)) == 5  # the file itself names the library too
    finally:
        zotero.rollback()
        zotero.close()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["storage", "zotero.sqlite"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: None, "no zotero.sqlite here"),
        (
            lambda folder: (folder / "zotero.sqlite").write_bytes(b"not a database at all" * 100),
            "not a Zotero database",
        ),
        (
            lambda folder: (
                sqlite3.connect(folder / "zotero.sqlite").execute("CREATE TABLE x (y)").connection.commit()
            ),
            r"not a Zotero database we can read \(no creatorTypes",
        ),
    ],
)
def test_what_is_not_a_zotero_library_is_refused_naming_it(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Zotero"
    folder.mkdir()
    make(folder)
    with pytest.raises(SourceRejected, match=message) as raised:
        read_library(folder)
    assert str(folder) in str(raised.value)


def test_what_zotero_has_only_in_its_write_ahead_log_is_read_too(tmp_path: Path) -> None:
    folder = historians_library(tmp_path / "Zotero")
    zotero = sqlite3.connect(folder / "zotero.sqlite")
    zotero.execute("PRAGMA journal_mode = WAL")
    zotero.execute("PRAGMA wal_autocheckpoint = 0")
    zotero.execute("INSERT INTO items (itemTypeID, libraryID, key) VALUES (2, 1, 'NEWINWAL')")
    zotero.execute("INSERT INTO itemDataValues (value) VALUES ('Written a moment ago')")
    zotero.execute(
        "INSERT INTO itemData SELECT i.itemID, 1, v.valueID FROM items i, itemDataValues v "
        "WHERE i.key = 'NEWINWAL' AND v.value = 'Written a moment ago'"
    )
    zotero.commit()
    try:
        assert (folder / "zotero.sqlite-wal").stat().st_size > 0
        titles = {item.key: item.title for item in read_library(folder)}
        assert titles["NEWINWAL"] == "Written a moment ago"
    finally:
        zotero.close()
