"""Index documents made from the domain records: paragraphs, notes and metadata.

The texts themselves are not stored in the index (that would double its size): a hit is turned back into
words by reading the project, and every offset here is into the text the project stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh.searching import Searcher

from annotator.domain.metadata import REFERENCE_FIELDS, reference_values
from annotator.domain.model import Annotation, Source, SourceMetadata
from annotator.domain.paragraphs import Paragraph
from annotator.search.analysis import FIELD_SEPARATOR, LANGUAGES, language_key
from annotator.search.schema import Kind, body_field, bridge_field, pairs_field

# How far a bridge reaches on each side of a line break: phrases up to about this long match across it.
BRIDGE_CHARS = 120
# Notes and metadata sit in every language's field; this keeps their summed score comparable to a
# paragraph's, which sits in one.
SHARED_BOOST = 1 / len(LANGUAGES)

# Metadata a historian searches by words (kind, language, rating and dates as codes are filters instead):
# the title, authors and date, the reference's fields (domain/metadata.py's REFERENCE_FIELDS: container,
# publisher, editors, archive and shelfmark, DOI…), and the historian's own notes on the source.
METADATA_FIELDS = ("title", "authors", "date_text", *REFERENCE_FIELDS, "provenance_note", "reliability_note")
_WORD_CHAR = re.compile(r"\w")


def text_key(source_id: int, paragraph: int) -> str:
    return f"t:{source_id}:{paragraph}"


def note_key(annotation_id: int) -> str:
    return f"n:{annotation_id}"


def metadata_key(source_id: int) -> str:
    return f"m:{source_id}"


def paragraph_id(source_id: int, paragraph: int) -> str:
    return f"{source_id}:{paragraph}"


@dataclass(frozen=True, slots=True)
class FieldRange:
    """Where one metadata field's value sits in the joined metadata text."""

    name: str
    start: int
    end: int


def metadata_values(metadata: SourceMetadata) -> list[tuple[str, str]]:
    """The searchable metadata fields that have a value, in order; name lists are joined with "; ", and an
    archival part the whole shelfmark holds is left out (``reference_values``)."""

    def field(name: str) -> str:
        value = getattr(metadata, name)
        return "; ".join(value) if isinstance(value, tuple) else value

    head = [(name, field(name)) for name in METADATA_FIELDS[:3]]
    tail = [(name, field(name)) for name in METADATA_FIELDS[3 + len(REFERENCE_FIELDS) :]]
    values = [*head, *reference_values(field), *tail]
    return [(name, value) for name, value in values if value and value.strip()]


def metadata_text(metadata: SourceMetadata) -> tuple[str, tuple[FieldRange, ...]]:
    """The one string a metadata document indexes, and where each field's value lies in it."""
    parts, ranges, offset = [], [], 0
    for name, value in metadata_values(metadata):
        if parts:
            parts.append(FIELD_SEPARATOR)
            offset += len(FIELD_SEPARATOR)
        parts.append(value)
        ranges.append(FieldRange(name, offset, offset + len(value)))
        offset += len(value)
    return "".join(parts), tuple(ranges)


def _inside_word(text: str, index: int) -> bool:
    return (
        0 < index < len(text)
        and _WORD_CHAR.match(text, index - 1) is not None
        and _WORD_CHAR.match(text, index) is not None
    )


def bridge_range(text: str, paragraphs: Sequence[Paragraph], index: int) -> tuple[int, int] | None:
    """The stretch of text around the line break after paragraph ``index``, or None after a blank line.

    It starts up to BRIDGE_CHARS before the paragraph's end and runs up to BRIDGE_CHARS into the following
    lines (as long as only single line breaks separate them), never cutting a word in two.
    """
    if index + 1 >= len(paragraphs):
        return None
    here = paragraphs[index]
    if text.count("\n", here.end, paragraphs[index + 1].start) != 1:
        return None
    start = max(here.start, here.end - BRIDGE_CHARS)
    while _inside_word(text, start):
        start += 1
    limit = here.end + BRIDGE_CHARS
    k = index + 1
    while True:
        end = min(paragraphs[k].end, limit)
        if end >= limit or k + 1 >= len(paragraphs):
            break
        if text.count("\n", paragraphs[k].end, paragraphs[k + 1].start) != 1:
            break
        k += 1
    while _inside_word(text, end):
        end -= 1
    return (start, end) if end > here.end else None


def text_documents(
    source_id: int, language: str, text: str, paragraphs: Sequence[Paragraph]
) -> Iterator[dict[str, Any]]:
    """One document per paragraph, in the field of the source's language."""
    lang = language_key(language)
    body, pairs, bridge = body_field(lang), pairs_field(lang), bridge_field(lang)
    sid = str(source_id)
    for i, p in enumerate(paragraphs):
        doc: dict[str, Any] = {
            "key": text_key(source_id, p.number),
            "kind": Kind.TEXT.value,
            "source_id": sid,
            "pid": paragraph_id(source_id, p.number),
            "paragraph": p.number,
            "start": p.start,
            "end": p.end,
            "language": lang,
            body: text[p.start : p.end],
            pairs: text[p.start : p.end],
        }
        span = bridge_range(text, paragraphs, i)
        if span is not None:
            doc["bridge_start"], doc["bridge_end"] = span
            doc[bridge] = text[span[0] : span[1]]
        yield doc


def _shared(text: str) -> dict[str, Any]:
    fields = {body_field(language): text for language in LANGUAGES}
    fields |= {pairs_field(language): text for language in LANGUAGES}
    return fields | {"_boost": SHARED_BOOST}


def note_document(annotation: Annotation) -> dict[str, Any] | None:
    """The document of an annotation's note, or None when the note is empty."""
    if not annotation.note.strip():
        return None
    return {
        "key": note_key(annotation.id),
        "kind": Kind.NOTE.value,
        "source_id": str(annotation.source_id),
        "annotation_id": str(annotation.id),
        "modified": annotation.modified_at.isoformat(),
        **_shared(annotation.note),
    }


def layout_of(searcher: Searcher, source_id: int) -> tuple[list[int], list[int]] | None:
    """A source's paragraph starts and ends, as its metadata document keeps them (None if not indexed)."""
    stored = searcher.document(key=metadata_key(source_id))
    return None if stored is None else (stored["paragraph_starts"], stored["paragraph_ends"])


def metadata_document(source: Source, paragraphs: Sequence[Paragraph]) -> dict[str, Any]:
    """The source's metadata document; it also keeps the paragraph layout that tag filters need."""
    text, _ = metadata_text(source.metadata)
    return {
        "key": metadata_key(source.id),
        "kind": Kind.METADATA.value,
        "source_id": str(source.id),
        "language": language_key(source.metadata.language),
        "paragraph_starts": [p.start for p in paragraphs],
        "paragraph_ends": [p.end for p in paragraphs],
        "modified": source.modified_at.isoformat(),
        **_shared(text),
    }
