"""Opening a source with many annotations: the first screen's highlights at once, all of them just after
(issue 23, "the visible range first"); the reader's selection and scroll position survive the rest."""

from __future__ import annotations

from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.ui.main_window import FIRST_SCREEN_CHARS, MainWindow
from annotator.ui.settings import AppSettings

LINE = "The district committee reported on grain procurement in the village of Kharkiv.\n"


def _many(project: Project, count: int) -> int:
    text = LINE * (FIRST_SCREEN_CHARS * 5 // len(LINE))
    source_id = project.sources.import_bytes("long.txt", text.encode("utf-8")).source_id
    tag = next(
        f"{f.slug}/{t.slug}"
        for f in project.taxonomy.taxonomy().facets
        for _, t in project.taxonomy.taxonomy().walk(f.id)
    )
    step = len(text) // count
    project.annotations.tag_passages(tag, [Passage(source_id, i * step, i * step + 12) for i in range(count)])
    return source_id


def test_many_annotations_first_screen_then_all(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    source_id = _many(project, 800)
    window = MainWindow(project, settings)  # opens the project's only source, as at start-up
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.current_source_id == source_id
    reader = window.reader
    # Before the event loop runs: the first screen's annotations, not the others.
    first = reader.annotations()
    assert 0 < len(first) < 800
    assert all(a.start < FIRST_SCREEN_CHARS for a in first)
    assert reader.annotations_at(3), "the first highlight is there to paint"
    assert window.annotation_panel.list_model.rowCount() == 0  # the panel fills in with the rest
    window.show()
    qtbot.waitExposed(window)
    window.finish_loading()  # what the event loop runs just after the first paint
    assert len(reader.annotations()) == 800
    assert window.annotation_panel.list_model.rowCount() == 800
    assert window.count_label.text() == "800 annotations"


def test_the_rest_keeps_selection_and_scroll(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    _many(project, 800)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    reader = window.reader
    reader.select_range(4, 22)  # "district committee"
    reader.verticalScrollBar().setValue(5)
    # The scroll value counts wrapped lines, which change when the shown window lays the reader out at its
    # width (and with the fonts a machine has): the passage at the top is what must stay.
    top = reader.firstVisibleBlock().blockNumber()
    assert top > 0
    assert len(reader.annotations()) < 800
    window.show()
    qtbot.waitUntil(lambda: len(reader.annotations()) == 800)
    assert window.annotation_panel.list_model.rowCount() == 800
    assert reader.selected_range() == (4, 22)
    assert reader.firstVisibleBlock().blockNumber() == top
    late = max(reader.annotations(), key=lambda a: a.start)
    assert late.start > FIRST_SCREEN_CHARS and reader.annotations_at(late.start + 1)


def test_few_annotations_are_all_there_at_once(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    _many(project, 100)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    assert len(window.reader.annotations()) == 100  # no event loop needed
    assert window.annotation_panel.list_model.rowCount() == 100


def test_annotation_made_before_the_rest_stays(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    source_id = _many(project, 800)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    made = project.annotations.create(source_id, 30, 38, [window.taxonomy.tags[0].id])
    assert window.reader.annotation(made.id) is not None
    window.finish_loading()
    assert window.reader.annotation(made.id) is not None
    assert len(window.reader.annotations()) == 801
    assert window.annotation_panel.list_model.row_of(made.id) is not None
    assert window.count_label.text() == "801 annotations"


def test_closing_the_window_drops_the_rest(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    _many(project, 800)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.close()
    window.finish_loading()  # what the pending timer runs: nothing, the project is closed next
    assert len(window.reader.annotations()) < 800


def test_the_evidence_is_read_just_after_the_first_paint(
    qtbot, project: Project, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    """Reading (or detecting) the evidence runs in a thread that shares the interpreter with the window:
    started before the first paint, it held that paint up (issue 23). It starts just after, and arrives."""
    text = "Historians no longer describe the party state as a monolith (Sakwa, 37).\n\n" + LINE * 50
    cited = project.sources.import_bytes("cited.txt", text.encode("utf-8")).source_id
    other = project.sources.import_bytes("other.txt", (LINE * 20).encode("utf-8")).source_id
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.open_source(cited)
    assert window.evidence._worker is None  # nothing competes with the first paint
    assert window.reader.proposals.items() == []
    window.show()
    evidence = window.evidence
    qtbot.waitUntil(lambda: evidence.source_id == cited and bool(evidence.items()), timeout=20_000)
    assert [i.text for i in window.evidence.items()] == ["(Sakwa, 37)"]
    assert [i.text for i in window.reader.proposals.items()] == ["(Sakwa, 37)"]
    window.open_source(other)
    window.finish_loading()  # what the event loop runs just after the first paint: the evidence too
    qtbot.waitUntil(lambda: window.evidence.source_id == other, timeout=20_000)
    qtbot.wait(50)
    assert window.evidence.items() == [] and window.reader.proposals.items() == []


def test_a_tag_key_right_after_opening_tags_and_the_rest_keeps_it(
    qtbot, project: Project, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    source_id = _many(project, 800)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_source(source_id)  # already open: nothing read again
    reader = window.reader
    reader.select_range(4, 22)  # "district committee", before the rest of the annotations arrived
    qtbot.keyClick(reader, Qt.Key.Key_1)
    made = [a for a in project.annotations.list(source_id=source_id) if (a.start, a.end) == (4, 22)]
    assert len(made) == 1
    window.finish_loading()
    assert len(reader.annotations()) == 801
    assert reader.annotation(made[0].id) is not None
    assert made[0].id in {a.id for a in reader.annotations_at(10)}
    assert window.annotation_panel.list_model.rowCount() == 801
    assert window.count_label.text() == "801 annotations"
    # Past the first screen: the rest is highlighted too.
    late = max(reader.annotations(), key=lambda a: a.start)
    assert late.start > FIRST_SCREEN_CHARS and late in reader.annotations_at(late.start + 1)


def test_clicking_through_sources_detects_only_the_one_stayed_on(
    qtbot, project: Project, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    """A detection takes seconds of the interpreter the window shares: it starts once a source was shown for
    a moment, not for every source passed on the way (issue 23)."""
    text = "Historians no longer describe the party state as a monolith (Sakwa, 37).\n\n" + LINE * 50
    passed = project.sources.import_bytes("a-passed.txt", text.encode("utf-8")).source_id
    stayed = project.sources.import_bytes("b-stayed.txt", (text + "The end.\n").encode("utf-8")).source_id
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.open_source(passed)
    window.finish_loading()
    assert window.evidence._worker is None  # not yet
    window.open_source(stayed)
    window.finish_loading()
    evidence = window.evidence
    qtbot.waitUntil(lambda: evidence.source_id == stayed and bool(evidence.items()), timeout=20_000)
    assert [i.text for i in evidence.items()] == ["(Sakwa, 37)"]
    assert stayed not in project.evidence.stale()
    assert passed in project.evidence.stale()  # never detected: opening it again will


def test_the_window_module_paints_a_first_screen_without_the_storage_layer() -> None:
    """The first screen is painted before SQLAlchemy is imported (services/first_screen.py): the window's
    module must not pull it in (an import of services.structure at its top once cost a second at start-up)."""
    import subprocess
    import sys

    code = "import sys, annotator.ui.main_window, annotator.ui.app; print('sqlalchemy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
