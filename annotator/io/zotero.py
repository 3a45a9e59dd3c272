"""Zotero's own library: the items of a Zotero data directory (``zotero.sqlite``), read without Zotero.

Zotero holds its database locked while it runs, and nothing of ours may ever change it: the file (with its
``-wal`` and ``-journal`` companions, when there are any) is copied into a temporary folder and the copy is
opened read-only. Items are read from Zotero's tables — ``items`` with ``itemTypes``, ``itemData`` /
``itemDataValues`` / ``fields`` for their fields, ``itemCreators`` / ``creators`` / ``creatorTypes`` for
their people, ``itemAttachments`` for their files — and mapped to CSL-JSON with the field and creator names
of Zotero's published schema (github.com/zotero/zotero-schema, ``csl`` section), so the one CSL mapping of
``io/bibliography.py`` makes our metadata of them, as it does for Zotero's CSL-JSON exports.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from annotator.domain.errors import SourceRejected
from annotator.io.bibliography import BibEntry, csl_changes

DATABASE = "zotero.sqlite"
SKIPPED_TYPES = ("attachment", "note", "annotation")
# Zotero's item types -> CSL types (the schema's csl.types, inverted).
CSL_TYPES = {
    "preprint": "article",
    "journalArticle": "article-journal",
    "magazineArticle": "article-magazine",
    "newspaperArticle": "article-newspaper",
    "bill": "bill",
    "book": "book",
    "podcast": "broadcast",
    "tvBroadcast": "broadcast",
    "radioBroadcast": "broadcast",
    "bookSection": "chapter",
    "dataset": "dataset",
    "document": "document",
    "dictionaryEntry": "entry-dictionary",
    "encyclopediaArticle": "entry-encyclopedia",
    "artwork": "graphic",
    "hearing": "hearing",
    "interview": "interview",
    "case": "legal_case",
    "statute": "legislation",
    "manuscript": "manuscript",
    "map": "map",
    "film": "motion_picture",
    "videoRecording": "motion_picture",
    "conferencePaper": "paper-conference",
    "patent": "patent",
    "letter": "personal_communication",
    "email": "personal_communication",
    "instantMessage": "personal_communication",
    "forumPost": "post",
    "blogPost": "post-weblog",
    "report": "report",
    "computerProgram": "software",
    "audioRecording": "song",
    "presentation": "speech",
    "standard": "standard",
    "thesis": "thesis",
    "webpage": "webpage",
}
# A type-specific field stands for a base field (the schema's baseField): "bookTitle" is the
# "publicationTitle" of a book section, "university" the "publisher" of a thesis.
BASE_FIELDS = {
    **dict.fromkeys(
        [
            "blogTitle",
            "bookTitle",
            "dictionaryTitle",
            "encyclopediaTitle",
            "forumTitle",
            "proceedingsTitle",
            "programTitle",
            "sessionTitle",
            "websiteTitle",
        ],
        "publicationTitle",
    ),
    **dict.fromkeys(
        ["company", "distributor", "institution", "label", "network", "repository", "studio", "university"],
        "publisher",
    ),
    **dict.fromkeys(
        [
            "genre",
            "letterType",
            "manuscriptType",
            "mapType",
            "postType",
            "presentationType",
            "reportType",
            "thesisType",
            "websiteType",
        ],
        "type",
    ),
    **dict.fromkeys(["caseName", "nameOfAct", "subject"], "title"),
    **dict.fromkeys(["dateDecided", "dateEnacted", "issueDate"], "date"),
    **dict.fromkeys(["codeVolume", "reporterVolume"], "volume"),
    **dict.fromkeys(["codePages", "firstPage"], "pages"),
    "repositoryLocation": "place",
    "priorityDate": "originalDate",
}
# Zotero's base fields -> CSL variables (the schema's csl.fields), the ones our metadata keeps.
CSL_FIELDS = {
    "title": "title",
    "publicationTitle": "container-title",
    "publisher": "publisher",
    "place": "publisher-place",
    "volume": "volume",
    "issue": "issue",
    "pages": "page",
    "edition": "edition",
    "DOI": "DOI",
    "ISBN": "ISBN",
    "url": "URL",
    "language": "language",
    "archive": "archive",
    "archiveLocation": "archive_location",
    "callNumber": "call-number",
    "type": "genre",
    "extra": "note",
    "date": "issued",
    "accessDate": "accessed",
    "originalDate": "original-date",
}
# Creator types -> CSL names; a book section's book author or a series editor is not the source's author.
CSL_NAMES = {
    "author": "author",
    "creator": "author",
    "editor": "editor",
    "translator": "translator",
    "interviewee": "author",
    "presenter": "author",
    "programmer": "author",
    "sponsor": "author",
    "inventor": "author",
    "artist": "author",
    "cartographer": "author",
    "performer": "author",
    "director": "author",
    "podcaster": "author",
}


@dataclass(frozen=True, slots=True)
class ZoteroItem:
    """One item of the library: its key, Zotero type, the CSL item made of it and its attached files."""

    key: str
    zotero_type: str
    csl: dict[str, Any]
    files: tuple[Path, ...]  # where the attached files are (stored or linked), existing or not

    @property
    def title(self) -> str:
        return str(self.csl.get("title", ""))

    @property
    def creators(self) -> str:
        names = [p.get("family") or p.get("literal") or "" for p in self.csl.get("author", [])]
        return "; ".join(n for n in names if n)

    @property
    def year(self) -> str:
        issued = self.csl.get("issued") or {}
        return str(issued.get("raw", ""))[:4]

    def entry(self) -> BibEntry:
        return BibEntry(
            self.key, str(self.csl.get("type", "document")), csl_changes(self.csl), self.file_names
        )

    @property
    def file_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.files)


def _date(value: str) -> dict[str, str]:
    """Zotero stores dates as "YYYY-MM-DD originally typed" ("1932-11-07 7 November 1932", "1931-00-00 1931"):
    the ISO part with 00 for what is unknown, as CSL-JSON's "raw" (read back as our ISO date)."""
    head, _, typed = value.partition(" ")
    parts = head.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and parts[0] != "0000":
        known = "-".join(p for p in parts if p.strip("0"))
        circa = typed.strip().lower().startswith(("c.", "ca.", "circa", "~"))
        return {"raw": known, "circa": True} if circa else {"raw": known}
    return {"raw": value}


def _attachment_path(data_dir: Path, key: str, stored: str | None) -> Path | None:
    """Where an attachment's file is: "storage:x.pdf" in the data directory's storage/KEY/, a linked file's
    absolute path; None for a link to a web page (no path) or a path relative to a base folder we do not
    know ("attachments:…" — its name still serves for matching)."""
    if not stored:
        return None
    if stored.startswith("storage:"):
        return data_dir / "storage" / key / stored.removeprefix("storage:")
    if stored.startswith("attachments:"):
        return Path(PurePosixPath(stored.removeprefix("attachments:")).name)
    windows = PureWindowsPath(stored)
    return Path(stored) if not windows.drive else Path(windows.name)


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {
        r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }


def _copy(data_dir: Path, into: Path) -> Path:
    database = data_dir / DATABASE if data_dir.is_dir() else data_dir
    if not database.is_file():
        raise SourceRejected(
            f"{data_dir}: no {DATABASE} here (Zotero's data directory holds it; see Zotero's "
            "Settings › Advanced › Files and Folders)"
        )
    copy = into / DATABASE
    try:
        shutil.copyfile(database, copy)
        for suffix in ("-wal", "-journal"):
            companion = database.with_name(database.name + suffix)
            if companion.is_file():
                shutil.copyfile(companion, copy.with_name(copy.name + suffix))
    except OSError as e:
        raise SourceRejected(f"{database}: cannot be read ({e.strerror or e})") from None
    return copy


def read_library(data_dir: Path | str) -> list[ZoteroItem]:
    """The regular items (not attachments, notes or annotations; not in the trash) of the Zotero library at
    ``data_dir`` (the folder, or its ``zotero.sqlite``), each as CSL. SourceRejected names the problem."""
    data_dir = Path(data_dir).expanduser()
    folder = data_dir if data_dir.is_dir() else data_dir.parent
    with tempfile.TemporaryDirectory(prefix="annotator-zotero-") as temporary:
        copy = _copy(data_dir, Path(temporary))
        try:
            connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as e:
            raise SourceRejected(f"{data_dir}: {DATABASE} cannot be opened ({e})") from None
        try:
            return _items(connection, folder)
        except sqlite3.DatabaseError as e:
            raise SourceRejected(
                f"{data_dir}: {DATABASE} is not a Zotero database we can read ({e})"
            ) from None
        finally:
            connection.close()


def _items(connection: sqlite3.Connection, data_dir: Path) -> list[ZoteroItem]:
    tables = _tables(connection)
    needed = {"items", "itemData", "itemDataValues", "creators", "itemCreators", "creatorTypes"}
    if missing := needed - tables:
        raise sqlite3.DatabaseError(f"no {', '.join(sorted(missing))} table")
    # Zotero 5+ keeps its types and fields, custom ones included, in the *Combined tables.
    item_types = "itemTypesCombined" if "itemTypesCombined" in tables else "itemTypes"
    fields = "fieldsCombined" if "fieldsCombined" in tables else "fields"
    deleted = "WHERE i.itemID NOT IN (SELECT itemID FROM deletedItems)" if "deletedItems" in tables else ""
    rows = connection.execute(
        f"SELECT i.itemID, i.key, t.typeName FROM items i JOIN {item_types} t ON t.itemTypeID = i.itemTypeID "
        f"{deleted} ORDER BY i.itemID"
    ).fetchall()
    items = {item_id: (key, kind) for item_id, key, kind in rows if kind not in SKIPPED_TYPES}
    values: dict[int, dict[str, str]] = {item_id: {} for item_id in items}
    for item_id, name, value in connection.execute(
        f"SELECT d.itemID, f.fieldName, v.value FROM itemData d JOIN {fields} f ON f.fieldID = d.fieldID "
        "JOIN itemDataValues v ON v.valueID = d.valueID"
    ):
        if item_id in values and value is not None:
            values[item_id][BASE_FIELDS.get(name, name)] = str(value)
    people: dict[int, list[tuple[str, dict[str, str]]]] = {item_id: [] for item_id in items}
    for item_id, first, last, mode, role in connection.execute(
        "SELECT ic.itemID, c.firstName, c.lastName, c.fieldMode, t.creatorType FROM itemCreators ic "
        "JOIN creators c ON c.creatorID = ic.creatorID "
        "JOIN creatorTypes t ON t.creatorTypeID = ic.creatorTypeID "
        "ORDER BY ic.itemID, ic.orderIndex"
    ):
        if item_id in people and (csl_role := CSL_NAMES.get(role)):
            name = {"literal": last or ""} if mode == 1 else {"family": last or "", "given": first or ""}
            people[item_id].append((csl_role, name))
    files: dict[int, list[Path]] = {item_id: [] for item_id in items}
    if "itemAttachments" in tables:
        for parent, key, stored in connection.execute(
            "SELECT a.parentItemID, i.key, a.path FROM itemAttachments a JOIN items i ON i.itemID = a.itemID "
            "WHERE a.parentItemID IS NOT NULL ORDER BY a.itemID"
        ):
            if parent in files and (path := _attachment_path(data_dir, key, stored)) is not None:
                files[parent].append(path)
    return [
        ZoteroItem(key, kind, _csl(kind, values[item_id], people[item_id]), tuple(files[item_id]))
        for item_id, (key, kind) in items.items()
    ]


def _csl(kind: str, values: dict[str, str], people: Iterable[tuple[str, dict[str, str]]]) -> dict[str, Any]:
    item: dict[str, Any] = {"type": CSL_TYPES.get(kind, "document")}
    for field, value in values.items():
        if (name := CSL_FIELDS.get(field)) and value.strip():
            item[name] = _date(value) if name in ("issued", "original-date") else value
    if accessed := item.get("accessed"):  # "2024-03-01 10:15:00", UTC
        item["accessed"] = {"raw": str(accessed)[:10]}
    for role, name in people:
        item.setdefault(role, []).append(name)
    return item
