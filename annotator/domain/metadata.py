"""Validation of source metadata edits, shared by import, the metadata dialog and the CLI."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from annotator.domain.errors import InvalidInput
from annotator.domain.model import SourceKind, SourceMetadata

_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
URL_SCHEMES = ("http", "https", "ftp", "file")


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


def apply_changes(metadata: SourceMetadata, changes: Mapping[str, Any]) -> SourceMetadata:
    """``metadata`` with ``changes`` applied, each value validated and normalized."""
    unknown = set(changes) - set(SourceMetadata.field_names())
    if unknown:
        raise InvalidInput(f"unknown source field(s): {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "authors":
            clean[name] = normalize_authors(value)
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
    result = replace(metadata, **clean)
    if not result.title:
        raise InvalidInput("a source needs a title")
    return result
