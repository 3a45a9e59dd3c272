"""Passages read for search hits: the same code points whether cut by SQLite or from the cached text."""

from __future__ import annotations

from annotator.services.project import Project
from annotator.storage import sources_repo

TEXT = "Отчёт 𝔖ome 𠜎 — «колхоз»\n\nSecond paragraph with “quotes” and 𝔖 again.\n"


def test_a_slice_is_exact_the_first_time_and_once_cached(project: Project) -> None:
    source_id = project.sources.import_bytes("r.txt", TEXT.encode(), {}).source_id
    source = project.sources.get(source_id)
    sources_repo._TEXTS._texts.pop(source.uuid, None)  # as after a restart: nothing cached yet
    start, end = TEXT.index("𠜎"), TEXT.index("quotes") + len("quotes")
    with project._uow.read() as session:
        read = [sources_repo.text_slice(session, source_id, source.uuid, start, end) for _ in range(3)]
    # First by substr, then (asked again) by loading the whole text into the cache, then from the cache.
    assert read == [TEXT[start:end]] * 3
    assert sources_repo._TEXTS.get(source.uuid) == TEXT
