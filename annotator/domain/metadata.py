"""Validation of source metadata edits, shared by import, the metadata dialog and the CLI."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from annotator.domain.errors import InvalidInput
from annotator.domain.model import SourceKind, SourceMetadata

_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
URL_SCHEMES = ("http", "https", "ftp", "file")

# Every bibliographic field under its CSL-JSON name (the names Zotero, citeproc and `annotator info
# --json` use) -> our field. Provenance and reliability are the historian's own and have none.
CSL_FIELDS: dict[str, str] = {
    "type": "item_type",
    "title": "title",
    "author": "authors",
    "editor": "editors",
    "translator": "translators",
    "issued": "date_text",
    "original-date": "original_date",
    "container-title": "container_title",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "edition": "edition",
    "genre": "genre",
    "URL": "url",
    "accessed": "date_accessed",
    "DOI": "doi",
    "ISBN": "isbn",
    "language": "language",
    "archive": "archive",
    "archive_location": "archive_location",
    "call-number": "call_number",
    "note": "extra",
}
NAME_LISTS = ("authors", "editors", "translators")
# CSL 1.0.2's item types.
ITEM_TYPES = (
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference",
    "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
    "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty",
    "webpage",
)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
ARCHIVAL_PARTS = ("archival_collection", "archival_file", "archival_folio")
# The reference's fields a source is found by besides its title, authors and date, in the library's filter
# and the search index: what a historian remembers of a reference ("the Slavic Review article", "f. 17",
# the DOI). Numbers without words (volume, issue, pages, edition) and the type code are left out.
REFERENCE_FIELDS = (
    "genre", "container_title", "publisher", "publisher_place", "editors", "translators", "archive",
    "archive_location", *ARCHIVAL_PARTS, "call_number", "doi", "isbn", "original_date", "extra",
)  # fmt: skip


def reference_values(field: Callable[[str], Any]) -> list[tuple[str, str]]:
    """The ``REFERENCE_FIELDS`` with a value, as (name, value); ``field(name)`` reads one (from a
    ``SourceMetadata``, a database row…); name lists are joined with "; ".

    An archival part already inside the whole shelfmark (which is usually what the parts join to) is
    left out: the same words would be found, and shown, twice.
    """
    values = []
    location = field("archive_location") or ""
    for name in REFERENCE_FIELDS:
        value = field(name)
        if name in NAME_LISTS and not isinstance(value, str):
            value = "; ".join(value or ())
        if not value or not value.strip() or (name in ARCHIVAL_PARTS and value in location):
            continue
        values.append((name, value))
    return values


def reference_text(field: Callable[[str], Any]) -> str:
    """``reference_values`` as one line, for a filter that looks for words in it."""
    return " · ".join(value for _, value in reference_values(field))


def field_name(name: str) -> str:
    """Our field for ``name``, which may be its CSL-JSON name ("container-title") or ours
    ("container_title"); InvalidInput names the unknown field."""
    if name in CSL_FIELDS:
        return CSL_FIELDS[name]
    if name in SourceMetadata.field_names():
        return name
    lowered = {key.lower(): value for key, value in CSL_FIELDS.items()}
    if name.lower() in lowered:
        return lowered[name.lower()]
    raise InvalidInput(
        f"{name!r} is not a source field; the bibliographic ones are {', '.join(CSL_FIELDS)}"
    )


def _text(name: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be text")
    return value.strip()


def normalize_authors(value: Any) -> tuple[str, ...]:
    """Authors as a tuple; a single string may list several separated by semicolons."""
    if value is None:
        return ()
    items = value.split(";") if isinstance(value, str) else list(value)
    return tuple(a.strip() for a in items if isinstance(a, str) and a.strip())


def check_url(value: str) -> str:
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme.lower() not in URL_SCHEMES or (parts.scheme.lower() != "file" and not parts.netloc):
        raise InvalidInput(f"{value!r} is not a web address; write it in full, like https://example.org/page")
    return value


def check_iso_date(value: str, name: str) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidInput(f"{name} {value!r} is not a date; write it as YYYY-MM-DD") from None


def check_kind(value: Any) -> SourceKind | None:
    if value in (None, ""):
        return None
    try:
        return SourceKind(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(f"kind {value!r} is not one of primary, secondary, tertiary") from None


def check_rating(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        rating = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"reliability rating {value!r} is not a whole number from 1 to 5") from None
    if not 1 <= rating <= 5:
        raise InvalidInput(f"reliability rating {rating} is not between 1 and 5")
    return rating


def check_language(value: Any) -> str:
    text = _text("language", value).lower()
    if text and not _LANGUAGE.fullmatch(text):
        raise InvalidInput(f"language {value!r} is not a language code such as en, ru, de or fr")
    return text


def check_doi(value: Any) -> str:
    """A DOI as CSL keeps it, bare ("10.1017/S0020859000000407"); a doi.org address or "doi:" is cut."""
    text = _DOI_PREFIX.sub("", _text("DOI", value))
    if text and not _DOI.fullmatch(text):
        raise InvalidInput(f"DOI {value!r} is not a DOI; it looks like 10.1234/something")
    return text


def _isbn_ok(digits: str) -> bool:
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
    return False


def check_isbn(value: Any) -> str:
    """One ISBN or several (Zotero keeps "978-0-19-… 0-19-…" in one field); each 10 or 13 digits with a
    right check digit, hyphens kept as written."""
    text = " ".join(_text("ISBN", value).replace(",", " ").replace(";", " ").split())
    for isbn in text.split():
        digits = isbn.replace("-", "").upper()
        if not _isbn_ok(digits):
            raise InvalidInput(f"ISBN {isbn!r} is not an ISBN (10 or 13 digits with a right check digit)")
    return text


def check_item_type(value: Any) -> str:
    text = _text("type", value).lower()
    if text and text not in ITEM_TYPES:
        raise InvalidInput(
            f"type {value!r} is not a CSL item type such as article-journal, book, chapter, manuscript"
        )
    return text


def _single_line(name: str, value: Any) -> str:
    return " ".join(_text(name, value).split())


def joined_parts(metadata: SourceMetadata) -> str:
    """The shelfmark the older archival parts make: "fond 17, delo 1003, list 4"."""
    return ", ".join(p for p in (getattr(metadata, name) for name in ARCHIVAL_PARTS) if p)


def _keep_shelfmark_in_step(before: SourceMetadata, after: SourceMetadata) -> SourceMetadata:
    """Editing the parts (``--collection``, the dialog's row of three) changes the whole shelfmark when
    it was theirs (empty, or what they joined to) and was not itself edited; a shelfmark typed whole is
    never overwritten by its parts."""
    parts_changed = any(getattr(before, n) != getattr(after, n) for n in ARCHIVAL_PARTS)
    if (
        parts_changed
        and after.archive_location == before.archive_location
        and before.archive_location in ("", joined_parts(before))
    ):
        return replace(after, archive_location=joined_parts(after))
    return after


def apply_changes(metadata: SourceMetadata, changes: Mapping[str, Any]) -> SourceMetadata:
    """``metadata`` with ``changes`` applied, each value validated and normalized."""
    unknown = set(changes) - set(SourceMetadata.field_names())
    if unknown:
        raise InvalidInput(f"unknown source field(s): {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name in NAME_LISTS:
            clean[name] = normalize_authors(value)
        elif name == "item_type":
            clean[name] = check_item_type(value)
        elif name == "doi":
            clean[name] = check_doi(value)
        elif name == "isbn":
            clean[name] = check_isbn(value)
        elif name == "page":
            # "299-320" and BibTeX's "299--320" are one range: written with an en dash, as CSL prints it.
            clean[name] = re.sub(r"(\d)\s*(?:--?|–|—)\s*(\d)", "\\1–\\2", _single_line(name, value))
        elif name in ("volume", "issue", "edition", "call_number", "original_date"):
            clean[name] = _single_line(name.replace("_", " "), value)
        elif name == "kind":
            clean[name] = check_kind(value)
        elif name == "reliability_rating":
            clean[name] = check_rating(value)
        elif name == "url":
            clean[name] = check_url(_text(name, value))
        elif name == "date_accessed":
            clean[name] = check_iso_date(_text(name, value), "date accessed")
        elif name == "language":
            clean[name] = check_language(value)
        else:
            clean[name] = _text(name, value)
    result = _keep_shelfmark_in_step(metadata, replace(metadata, **clean))
    if not result.title:
        raise InvalidInput("a source needs a title")
    return result
