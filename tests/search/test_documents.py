"""Index documents: paragraphs with their bridges across line breaks, notes, metadata."""

from __future__ import annotations

from datetime import UTC, datetime

from annotator.domain.anchors import quote_for
from annotator.domain.model import Annotation, SourceMetadata
from annotator.domain.paragraphs import paragraphs
from annotator.search.analysis import FIELD_SEPARATOR, LANGUAGES
from annotator.search.documents import (
    BRIDGE_CHARS,
    bridge_range,
    metadata_text,
    note_document,
    text_documents,
)

WRAPPED = "The first Five-Year\nPlan was announced\nin 1928.\n\nA new paragraph after a blank line.\n"


def test_a_bridge_spans_a_single_line_break_but_not_a_blank_line() -> None:
    paras = paragraphs(WRAPPED)
    first = bridge_range(WRAPPED, paras, 0)
    assert first is not None
    assert WRAPPED[first[0] : first[1]] == "The first Five-Year\nPlan was announced\nin 1928."
    assert bridge_range(WRAPPED, paras, 2) is None  # a blank line follows
    assert bridge_range(WRAPPED, paras, 3) is None  # the last paragraph


def test_a_bridge_never_cuts_a_word() -> None:
    text = "x" * 10 + " " + "word " * 60 + "\n" + "next " * 60
    paras = paragraphs(text)
    start, end = bridge_range(text, paras, 0) or (0, 0)
    assert paras[0].end - BRIDGE_CHARS <= start < paras[0].end
    assert not (text[start - 1].isalnum() and text[start].isalnum())
    assert not (text[end - 1].isalnum() and text[end].isalnum())
    assert end - paras[0].end <= BRIDGE_CHARS


def test_paragraph_documents_hold_their_range_and_language_field() -> None:
    docs = list(text_documents(7, "ru", WRAPPED, paragraphs(WRAPPED)))
    assert [d["paragraph"] for d in docs] == [1, 2, 3, 4]
    assert docs[0]["body_ru"] == docs[0]["pairs_ru"] == "The first Five-Year"
    assert (docs[0]["start"], docs[0]["end"]) == (0, 19)
    assert docs[0]["pid"] == "7:1" and docs[0]["key"] == "t:7:1"
    assert "bridge_ru" in docs[0] and "bridge_ru" not in docs[3]
    assert WRAPPED[docs[0]["bridge_start"] :].startswith(docs[0]["bridge_ru"])


def test_metadata_text_joins_the_fields_and_says_where_each_is() -> None:
    metadata = SourceMetadata(title="Harvest", authors=("Conquest, Robert", "Other, A."), genre="history")
    text, ranges = metadata_text(metadata)
    assert text == f"Harvest{FIELD_SEPARATOR}Conquest, Robert; Other, A.{FIELD_SEPARATOR}history"
    assert [(r.name, text[r.start : r.end]) for r in ranges] == [
        ("title", "Harvest"),
        ("authors", "Conquest, Robert; Other, A."),
        ("genre", "history"),
    ]


def test_a_note_is_indexed_in_every_language_and_an_empty_one_not_at_all() -> None:
    now = datetime.now(UTC)
    text = "some text"
    note = Annotation(1, "u", 3, 0, 4, quote_for(text, 0, 4), "Коллективизация", None, "", (), now, now)
    doc = note_document(note)
    assert doc is not None
    assert all(
        doc[f"body_{language}"] == doc[f"pairs_{language}"] == "Коллективизация" for language in LANGUAGES
    )
    assert (doc["annotation_id"], doc["source_id"], doc["key"]) == ("1", "3", "n:1")
    blank = Annotation(2, "v", 3, 0, 4, quote_for(text, 0, 4), "  ", None, "", (), now, now)
    assert note_document(blank) is None
