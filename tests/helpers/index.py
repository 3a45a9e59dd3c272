"""A real Whoosh index on disk holding one English text, and the spans a query matches in it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotator.domain.paragraphs import paragraphs
from annotator.search.compile import compile_query
from annotator.search.documents import text_documents
from annotator.search.index import IndexFolder
from annotator.search.query import parse
from annotator.search.searching import RawHit, run

# index folder -> the text index_of indexed in it (the index keeps no text; matches are found in it)
_TEXTS: dict[Path, str] = {}


class NoCatalog:
    """These queries have no filters, so nothing may ask the project."""

    def sources(self) -> Sequence[object]:
        raise AssertionError("no filter should need the sources")

    taxonomy = tagged_annotations = sources


def index_of(folder_path: Path, text: str) -> IndexFolder:
    """An index in ``folder_path`` of ``text`` as source 1, in English."""
    folder = IndexFolder(folder_path / "p", "p")
    rebuild = folder.start_rebuild()
    for doc in text_documents(1, "en", text, paragraphs(text)):
        rebuild.add(doc, len(doc["body_en"]))
    rebuild.commit(1)
    _TEXTS[folder.path] = text
    return folder


class OneText:
    """The texts of an index of one source (searching.Texts): matches are found in them."""

    def __init__(self, text: str) -> None:
        self.text = text

    def paragraph(self, source_id: int, start: int, end: int) -> str:
        return self.text[start:end]

    def note(self, annotation_id: int) -> str:
        raise AssertionError("an index of one text has no notes")

    metadata = note


def hits_of(folder: IndexFolder, query: str) -> list[RawHit]:
    """Every hit of a query without filters (in an index made by index_of)."""
    ix, _ = folder.open()
    with ix.searcher() as searcher:
        compiled = compile_query(parse(query), NoCatalog(), searcher)  # type: ignore[arg-type]
        return list(run(searcher, compiled, None, OneText(_TEXTS[folder.path])).hits)
