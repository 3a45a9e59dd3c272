"""The rebuild's writer (BuildWriter) writes what Whoosh's own writer would read, merge and delete from."""

from __future__ import annotations

from pathlib import Path

from annotator.domain.paragraphs import paragraphs
from annotator.search.documents import text_documents
from annotator.search.index import IndexFolder, writer

TEXT = "The grain plan was announced.\n\nThe harvest failed in the district.\n\nA third line, with grain.\n"


def test_a_rebuilt_segment_merges_with_later_ones_and_keeps_every_posting(tmp_path: Path) -> None:
    folder = IndexFolder(tmp_path / "ix", "p")
    rebuild = folder.start_rebuild()
    for doc in text_documents(1, "en", TEXT, paragraphs(TEXT)):
        rebuild.add(doc, len(doc["body_en"]))
    rebuild.source_added(1, [])
    rebuild.commit(1)
    ix, _ = folder.open()
    # An update that merges its segment with the rebuilt one (Whoosh reads that one posting by posting:
    # its short posting lists are inlined, the keys' too, which once failed to merge).
    update = writer(ix)
    update.add_document(key="t:2:1", kind="text", source_id="2", pid="2:1", body_en="grain again")
    update.commit(optimize=True)
    assert len(ix._segments()) == 1
    with ix.searcher() as searcher:
        assert searcher.document(key="t:1:2") is not None
        grain = searcher.document_numbers(body_en="grain")
        assert sorted(searcher.stored_fields(n)["key"] for n in grain) == ["t:1:1", "t:1:3", "t:2:1"]
    update = writer(ix)
    update.delete_by_term("source_id", "1")
    update.commit(optimize=True)
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 1 and searcher.document(key="t:2:1") is not None
    ix.close()
