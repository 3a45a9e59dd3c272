"""One refresh per edit (issue 23): a key press that tags a passage patches the reader's highlight index
instead of rebuilding it, takes the new annotation from the change event, leaves the search index update
to a worker (a search right after still finds the edit), and the first tag after opening was rehearsed."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from annotator.search.index import STAMP_FILE
from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.ui.highlights import HighlightIndex
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui

TEXT = "\n\n".join(
    f"Paragraph {i}: the district committee reported on the harvest and the grain quota of village {i}."
    for i in range(120)
)


@pytest.fixture
def window(qtbot, project: Project, write_file, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("report.txt", TEXT), {"title": "Report"}).source_id
    rng = random.Random(5)
    passages = [Passage(source, s, s + rng.randint(3, 60)) for s in rng.sample(range(len(TEXT) - 80), 200)]
    project.annotations.tag_passages("bias/ideological", passages)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_source_id == source and len(window.reader.annotations()) == 200
    yield window
    window.close()


def _same_as_fresh(index: HighlightIndex, text: str) -> None:
    fresh = HighlightIndex(text)
    fresh.set(index.all())
    assert [a.id for a in index.all()] == [a.id for a in fresh.all()]
    for block in range(text.count("\n") + 1):
        assert [a.id for a in index.in_block(block)] == [a.id for a in fresh.in_block(block)]


def test_tagging_by_key_patches_the_highlights_without_rebuilding_them(window: MainWindow) -> None:
    reader = window.reader
    rebuilds = reader._index.rebuilds
    start = TEXT.index("village 57")
    for block in range(reader._index.block_of(start) - 2, reader._index.block_of(start) + 3):
        reader._index.in_block(block)  # painted once: cached
    reader.select_range(start, start + len("village 57"))
    QTest.keyClick(reader, Qt.Key.Key_1)
    made = [a for a in reader.annotations() if (a.start, a.end) == (start, start + len("village 57"))]
    assert len(made) == 1 and len(reader.annotations()) == 201
    assert made[0] in reader._index.in_block(reader._index.block_of(start))  # the cached line was forgotten
    assert window.annotation_panel.list_model.row_of(made[0].id) is not None
    QTest.keySequence(window, QKeySequence.StandardKey.Undo)
    assert len(reader.annotations()) == 200 and reader.annotation(made[0].id) is None
    QTest.keySequence(window, QKeySequence("Ctrl+Y"))
    assert reader.annotation(made[0].id) is not None
    assert reader._index.rebuilds == rebuilds  # three edits, no rebuild
    _same_as_fresh(reader._index, TEXT)


def test_a_note_written_just_after_tagging_is_found_by_the_next_search(window: MainWindow) -> None:
    project = window.project
    window.run_search("harvest")  # the index exists and is in step
    project.search.update_delay = 60  # the worker waits: nothing but the search below applies the edits
    stamp = project.search.index_path / STAMP_FILE
    indexed = json.loads(stamp.read_text())["generation"]
    start = TEXT.index("village 88")
    window.reader.select_range(start, start + len("village 88"))
    QTest.keyClick(window.reader, Qt.Key.Key_1)
    annotation_id = window.reader.selected_annotation_id
    assert annotation_id is not None
    window.inspector.note_edited.emit(annotation_id, "Requisitioned by the plenipotentiary")
    assert json.loads(stamp.read_text())["generation"] == indexed  # the key press left the index alone
    window.run_search("plenipotentiary")
    assert window.search_results is not None
    assert [h.annotation_id for h in window.search_results.hits] == [annotation_id]


def test_the_first_tag_after_opening_is_rehearsed_without_a_trace(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.project
    qtbot.wait(50)  # the rehearsal runs once the window is up
    generation, count = project.generation(), len(project.annotations.list())
    window._rehearse_tagging()  # again, to be sure it is the one looked at
    assert (project.generation(), len(project.annotations.list())) == (generation, count)
    assert len(window.reader.annotations()) == 200  # no event reached the window
