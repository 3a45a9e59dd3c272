"""A Zotero data directory made by the tests: ``zotero.sqlite`` with the tables of Zotero's published schema
that hold items (the CREATE TABLE statements of Zotero's ``userdata.sql`` and ``system.sql``, as Zotero 7
has them, trimmed to those tables; the lookup rows are Zotero's own ids and names) and ``storage/KEY/`` with
the attached files."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA = """
CREATE TABLE version (schema TEXT PRIMARY KEY, version INT NOT NULL);
CREATE TABLE libraries (
    libraryID INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    editable INT NOT NULL,
    filesEditable INT NOT NULL,
    version INT NOT NULL DEFAULT 0,
    storageVersion INT NOT NULL DEFAULT 0,
    lastSync INT NOT NULL DEFAULT 0,
    archived INT NOT NULL DEFAULT 0
);
CREATE TABLE itemTypes (
    itemTypeID INTEGER PRIMARY KEY,
    typeName TEXT,
    templateItemTypeID INT,
    display INT DEFAULT 1
);
CREATE TABLE itemTypesCombined (
    itemTypeID INT NOT NULL,
    typeName TEXT NOT NULL,
    display INT DEFAULT 1 NOT NULL,
    custom INT NOT NULL,
    PRIMARY KEY (itemTypeID)
);
CREATE TABLE fields (
    fieldID INTEGER PRIMARY KEY,
    fieldName TEXT,
    fieldFormatID INT
);
CREATE TABLE fieldsCombined (
    fieldID INT NOT NULL,
    fieldName TEXT NOT NULL,
    label TEXT,
    fieldFormatID INT,
    custom INT NOT NULL,
    PRIMARY KEY (fieldID)
);
CREATE TABLE creatorTypes (
    creatorTypeID INTEGER PRIMARY KEY,
    creatorType TEXT
);
CREATE TABLE items (
    itemID INTEGER PRIMARY KEY,
    itemTypeID INT NOT NULL,
    dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    libraryID INT NOT NULL,
    key TEXT NOT NULL,
    version INT NOT NULL DEFAULT 0,
    synced INT NOT NULL DEFAULT 0,
    UNIQUE (libraryID, key),
    FOREIGN KEY (libraryID) REFERENCES libraries(libraryID) ON DELETE CASCADE
);
CREATE TABLE itemDataValues (
    valueID INTEGER PRIMARY KEY,
    value UNIQUE
);
CREATE TABLE itemData (
    itemID INT,
    fieldID INT,
    valueID,
    PRIMARY KEY (itemID, fieldID),
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,
    FOREIGN KEY (fieldID) REFERENCES fieldsCombined(fieldID),
    FOREIGN KEY (valueID) REFERENCES itemDataValues(valueID)
);
CREATE TABLE itemNotes (
    itemID INTEGER PRIMARY KEY,
    parentItemID INT,
    note TEXT,
    title TEXT,
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,
    FOREIGN KEY (parentItemID) REFERENCES items(itemID) ON DELETE CASCADE
);
CREATE TABLE itemAttachments (
    itemID INTEGER PRIMARY KEY,
    parentItemID INT,
    linkMode INT,
    contentType TEXT,
    charsetID INT,
    path TEXT,
    syncState INT DEFAULT 0,
    storageModTime INT,
    storageHash TEXT,
    lastProcessedModificationTime INT,
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,
    FOREIGN KEY (parentItemID) REFERENCES items(itemID) ON DELETE CASCADE
);
CREATE TABLE creators (
    creatorID INTEGER PRIMARY KEY,
    firstName TEXT,
    lastName TEXT,
    fieldMode INT,
    UNIQUE (lastName, firstName, fieldMode)
);
CREATE TABLE itemCreators (
    itemID INT NOT NULL,
    creatorID INT NOT NULL,
    creatorTypeID INT NOT NULL DEFAULT 1,
    orderIndex INT NOT NULL DEFAULT 0,
    PRIMARY KEY (itemID, creatorID, creatorTypeID, orderIndex),
    UNIQUE (itemID, orderIndex),
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE,
    FOREIGN KEY (creatorID) REFERENCES creators(creatorID) ON DELETE CASCADE,
    FOREIGN KEY (creatorTypeID) REFERENCES creatorTypes(creatorTypeID)
);
CREATE TABLE deletedItems (
    itemID INTEGER PRIMARY KEY,
    dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL,
    FOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE
);
"""
# Zotero's ids for the types, fields and creator types used here.
ITEM_TYPES = {
    "note": 1,
    "book": 2,
    "bookSection": 3,
    "journalArticle": 4,
    "manuscript": 9,
    "thesis": 11,
    "letter": 10,
    "webpage": 14,
    "attachment": 3 + 100,  # attachment's id differs between versions; any free id serves
}
FIELDS = {
    "title": 1,
    "abstractNote": 2,
    "date": 6,
    "volume": 19,
    "pages": 32,
    "publicationTitle": 38,
    "issue": 76,
    "url": 13,
    "accessDate": 27,
    "publisher": 8,
    "place": 7,
    "ISBN": 11,
    "DOI": 26,
    "archive": 28,
    "archiveLocation": 29,
    "callNumber": 18,
    "extra": 22,
    "language": 87,
    "edition": 15,
    "bookTitle": 115,
    "university": 69,
    "thesisType": 68,
    "manuscriptType": 64,
    "websiteTitle": 91,
    "originalDate": 300,
}
CREATOR_TYPES = {
    "author": 1,
    "contributor": 2,
    "editor": 3,
    "translator": 4,
    "seriesEditor": 5,
    "bookAuthor": 29,
}


@dataclass
class Item:
    key: str
    type: str
    fields: dict[str, str]
    creators: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # (type, first, last); first "" = one field
    files: dict[str, bytes] = field(default_factory=dict)  # stored attachments: name -> bytes
    linked: list[str] = field(default_factory=list)  # linked files' paths
    deleted: bool = False


def make_library(folder: Path, items: list[Item]) -> Path:
    """A Zotero data directory holding ``items``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "zotero.sqlite")
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO version VALUES ('userdata', 120)")
    connection.execute(
        "INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1)"
    )
    for name, number in ITEM_TYPES.items():
        connection.execute("INSERT INTO itemTypes (itemTypeID, typeName) VALUES (?, ?)", (number, name))
        connection.execute("INSERT INTO itemTypesCombined VALUES (?, ?, 1, 0)", (number, name))
    for name, number in FIELDS.items():
        connection.execute("INSERT INTO fields (fieldID, fieldName) VALUES (?, ?)", (number, name))
        connection.execute(
            "INSERT INTO fieldsCombined (fieldID, fieldName, custom) VALUES (?, ?, 0)", (number, name)
        )
    for name, number in CREATOR_TYPES.items():
        connection.execute("INSERT INTO creatorTypes VALUES (?, ?)", (number, name))
    attachment_number = 0
    for item in items:
        item_id = _item(connection, item.key, item.type)
        for name, value in item.fields.items():
            connection.execute("INSERT OR IGNORE INTO itemDataValues (value) VALUES (?)", (value,))
            (value_id,) = connection.execute(
                "SELECT valueID FROM itemDataValues WHERE value = ?", (value,)
            ).fetchone()
            connection.execute("INSERT INTO itemData VALUES (?, ?, ?)", (item_id, FIELDS[name], value_id))
        for order, (kind, first, last) in enumerate(item.creators):
            mode = 0 if first else 1
            connection.execute(
                "INSERT OR IGNORE INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, ?)",
                (first, last, mode),
            )
            (creator_id,) = connection.execute(
                "SELECT creatorID FROM creators WHERE firstName = ? AND lastName = ? AND fieldMode = ?",
                (first, last, mode),
            ).fetchone()
            connection.execute(
                "INSERT INTO itemCreators VALUES (?, ?, ?, ?)",
                (item_id, creator_id, CREATOR_TYPES[kind], order),
            )
        for name, data in item.files.items():
            attachment_number += 1
            key = f"ATT{attachment_number:05d}"
            attachment = _item(connection, key, "attachment")
            connection.execute(
                "INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) "
                "VALUES (?, ?, 0, 'application/pdf', ?)",
                (attachment, item_id, f"storage:{name}"),
            )
            (folder / "storage" / key).mkdir(parents=True)
            (folder / "storage" / key / name).write_bytes(data)
        for path in item.linked:
            attachment_number += 1
            attachment = _item(connection, f"ATT{attachment_number:05d}", "attachment")
            connection.execute(
                "INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) "
                "VALUES (?, ?, 2, 'text/plain', ?)",
                (attachment, item_id, path),
            )
        if item.deleted:
            connection.execute("INSERT INTO deletedItems (itemID) VALUES (?)", (item_id,))
    connection.commit()
    connection.close()
    return folder


def _item(connection: sqlite3.Connection, key: str, kind: str) -> int:
    cursor = connection.execute(
        "INSERT INTO items (itemTypeID, libraryID, key) VALUES (?, 1, ?)", (ITEM_TYPES[kind], key)
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def historians_library(folder: Path) -> Path:
    """A small library: an article with its PDF's name, a chapter with editors, an archival document with a
    stored text file, a thesis, a web page, and an item in the trash."""
    return make_library(
        folder,
        [
            Item(
                "8ZQFJ2KT",
                "journalArticle",
                {
                    "title": "Ascribing Class: The Construction of Social Identity in Soviet Russia",
                    "publicationTitle": "The Journal of Modern History",
                    "volume": "65",
                    "issue": "4",
                    "pages": "745-770",
                    "date": "1993-12-00 December 1993",
                    "DOI": "10.1086/244724",
                    "url": "https://www.jstor.org/stable/2124683",
                    "accessDate": "2024-03-01 10:15:00",
                    "language": "en",
                    "abstractNote": "Not one of our fields.",
                },
                [("author", "Sheila", "Fitzpatrick")],
                linked=["/home/historian/Papers/fitzpatrick-ascribing-class.pdf"],
            ),
            Item(
                "Q7V2M4CE",
                "bookSection",
                {
                    "title": "The Peasant Nightmare",
                    "bookTitle": "Stalinism: New Directions",
                    "publisher": "Routledge",
                    "place": "London",
                    "pages": "286–308",
                    "ISBN": "978-0-19-505791-1",
                    "date": "2000-00-00 2000",
                },
                [
                    ("author", "Lynne", "Viola"),
                    ("editor", "Sheila", "Fitzpatrick"),
                    ("editor", "Karl", "Schlögel"),
                    ("bookAuthor", "Somebody", "Else"),
                ],
            ),
            Item(
                "R2D9AA1N",
                "manuscript",
                {
                    "title": "Spravka o khode khlebozagotovok",
                    "manuscriptType": "memorandum",
                    "archive": "RGASPI",
                    "archiveLocation": "f. 17, op. 3, d. 1003, l. 4–4 ob.",
                    "callNumber": "17/3/1003",
                    "date": "1932-11-07 7 November 1932",
                    "language": "ru",
                    "extra": "original-date: 1932\nTypescript copy.",
                },
                [("author", "", "OGPU")],
                files={
                    "spravka-1932.txt": b"Spravka. Grain procurement stands at 61 per cent of the plan.\n"
                },
            ),
            Item(
                "T9H3ZK2W",
                "thesis",
                {
                    "title": "Grain and Power in the Soviet Village",
                    "thesisType": "PhD Thesis",
                    "university": "University of Chicago",
                    "place": "Chicago",
                    "date": "1991-00-00 c. 1991",
                },
                [("author", "James R.", "Hughes")],
            ),
            Item(
                "W4B8NE6S",
                "webpage",
                {
                    "title": "Dekulakization",
                    "websiteTitle": "Seventeen Moments in Soviet History",
                    "url": "https://soviethistory.msu.edu/1929-2/dekulakization/",
                    "accessDate": "2025-01-15 09:00:00",
                },
            ),
            Item("ZZTRASH1", "book", {"title": "A book in the trash"}, deleted=True),
        ],
    )
