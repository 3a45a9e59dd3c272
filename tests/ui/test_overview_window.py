"""View › Overview through real widgets: the window opens from the menu, its tabs draw, and a real mouse
click on a bar or a cell lists exactly the passages behind it (checked against bare sqlite3)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.domain.overview import describe_filter
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.overview import TABS, OverviewWindow
from tests.helpers.overview_project import Independent, OverviewSample, build_overview_sample


@pytest.fixture
def sample(project: Project) -> OverviewSample:
    return build_overview_sample(project, per_source=12)


@pytest.fixture
def main(qtbot, project: Project, sample: OverviewSample, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _click_artist(qtbot, overview: OverviewWindow, gid: str) -> None:  # type: ignore[no-untyped-def]
    """A real left click on the middle of the mark whose gid is ``gid`` (an artist's, or a heat map's cell),
    through the canvas widget."""
    canvas = overview.canvases[overview.current]
    canvas.draw()
    artist = next((a for a in canvas.figure.findobj() if a.get_gid() == gid), None)
    # A mark of a collection (a timeline's bars): its own path's middle.
    many = next((a for a in canvas.figure.findobj() if gid in getattr(a, "annotator_marks", ())), None)
    if many is not None:
        path = many.get_paths()[many.annotator_marks.index(gid)]
        box = path.get_extents(many.get_transform())
    elif artist is None:  # a cell of a heat map's image: its centre, found by the name the chart gives it
        image = next(a for a in canvas.figure.findobj() if hasattr(a, "annotator_grid"))
        rows, columns, cell = image.annotator_grid
        r, c = next((r, c) for r in range(rows) for c in range(columns) if cell(r, c) == gid)
        cx, cy = image.axes.transData.transform((c, r))
        box = type("Box", (), {"x0": cx, "x1": cx, "y0": cy, "y1": cy})
    else:
        box = artist.get_window_extent()
    ratio = canvas.device_pixel_ratio
    x, y = (box.x0 + box.x1) / 2 / ratio, canvas.height() - (box.y0 + box.y1) / 2 / ratio
    overview.tabs.currentWidget().ensureVisible(int(x), int(y))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))


def test_the_menu_opens_the_overview_and_every_tab_draws(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert main.overview_action.text() == "&Overview…"
    main.overview_action.trigger()
    overview = main.overview_window
    qtbot.waitExposed(overview)
    for name in TABS:
        overview.show_tab(name)
        assert name in overview.canvases, name
        assert overview.tabs.currentWidget().widget() is overview.canvases[name]
    assert set(overview.data) == set(TABS)


def test_a_click_on_a_matrix_cell_lists_its_passages(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("matrix")
    db = Independent(project.path)
    tag, source = db.tag_id("bias/polemical"), sample.source_ids[2]
    _click_artist(qtbot, overview, f"cell:{tag}:{source}")
    expected = {a for a, (s, _, _) in db.annotations.items() if s == source and tag in db.tags_of.get(a, ())}
    assert expected and set(overview.listed_ids()) == expected and len(overview.listed_ids()) == len(expected)
    assert overview.heading.text().startswith(f"{len(expected)} passage")


def test_a_click_on_a_row_header_lists_the_tag_everywhere(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("matrix")
    db = Independent(project.path)
    tag = db.tag_id("claim-type/statistical")
    _click_artist(qtbot, overview, f"row:{tag}:0")
    assert set(overview.listed_ids()) == {a for a in db.annotations if tag in db.tags_of.get(a, ())}


def test_profile_bar_and_cooccurrence_cell_list_their_passages(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    db = Independent(project.path)
    apologetic, source = db.tag_id("bias/apologetic"), sample.source_ids[0]
    overview.show_tab("profile")
    _click_artist(qtbot, overview, f"bar:{source}:{apologetic}")
    assert set(overview.listed_ids()) == {
        a for a, (s, _, _) in db.annotations.items() if s == source and apologetic in db.tags_of.get(a, ())
    }
    overview.show_tab("cooccurrence")
    eyewitness = db.tag_id("provenance/eyewitness")
    _click_artist(qtbot, overview, f"pair:{apologetic}:{eyewitness}")
    assert set(overview.listed_ids()) == db.cooccurring(apologetic, eyewitness)


def test_a_double_click_opens_the_passage_in_the_reader(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("matrix")
    db = Independent(project.path)
    tag, source = db.tag_id("provenance/eyewitness"), sample.source_ids[1]
    _click_artist(qtbot, overview, f"cell:{tag}:{source}")
    item = overview.passages.item(0)
    annotation_id = overview.listed_ids()[0]
    rect = overview.passages.visualItemRect(item)
    # A double-click is a press and release, then the double-click (Qt's item views need the first press).
    qtbot.mouseClick(overview.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overview.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_source_id == source
    assert (
        main.annotation_panel.selected_id() == annotation_id
        if hasattr(main.annotation_panel, "selected_id")
        else True
    )
    assert main.reader.selected_annotation_id == annotation_id


def test_the_profile_sorts_by_a_chosen_tag(qtbot, main: MainWindow, project: Project, sample) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("profile")
    db = Independent(project.path)
    polemical = db.tag_id("bias/polemical")
    overview.sort.setCurrentIndex(overview.sort.findData(polemical))
    assert overview.sort.currentText() == "most polemical first"
    shown = [s.id for s in overview.data["profile"].sources]
    counts = db.matrix()
    assert [counts[(polemical, s)] for s in shown] == sorted(
        (counts[(polemical, s)] for s in shown), reverse=True
    )
    assert "profile" in overview.canvases  # drawn again in the new order


def test_a_click_on_a_code_line_opens_the_passage_in_the_reader(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    source = sample.source_ids[3]
    overview.source.setCurrentIndex(overview.source.findData(source))
    overview.show_tab("codeline")
    db = Independent(project.path)
    annotation = next(
        a for a in sorted(db.annotations) if db.annotations[a][0] == source and db.tags_of.get(a)
    )
    tag = min(db.tags_of[annotation])
    _click_artist(qtbot, overview, f"segment:{annotation}:{tag}")
    assert overview.listed_ids() == [annotation]
    assert main.current_source_id == source and main.reader.selected_annotation_id == annotation


def test_the_filter_bar_narrows_every_chart(qtbot, main: MainWindow, project: Project, sample) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("matrix")
    db = Independent(project.path)
    overview.kind.setCurrentText("primary")
    primary = {s for s, k in db.kinds.items() if k == "primary"}
    assert dict(overview.data["matrix"].counts) == dict(db.matrix(primary))
    overview.kind.setCurrentText("all kinds")
    polemical = db.tag_id("bias/polemical")
    overview.tag.setCurrentIndex(overview.tag.findData(polemical))
    assert dict(overview.data["matrix"].counts) == {k: n for k, n in db.matrix().items() if k[0] == polemical}
    overview.tag.setCurrentIndex(0)
    overview.year_from.setValue(1960)
    overview.year_from.editingFinished.emit()
    assert {s.id for s in overview.data["matrix"].sources} == {sample.source_ids[1], sample.source_ids[3]}


def test_the_charts_are_read_again_after_the_project_changed(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("matrix")
    assert not overview.refresh_if_changed()
    source = sample.source_ids[0]
    polemical = project.taxonomy.taxonomy().resolve("bias/polemical").id
    before = overview.data["matrix"].count(polemical, source)
    project.annotations.create(source, 0, 12, tags=["bias/polemical"])
    assert overview.refresh_if_changed()
    assert overview.data["matrix"].count(polemical, source) == before + 1


def test_a_click_on_a_link_map_edge_lists_the_linked_passages(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    ids = sample.annotation_ids
    first, second = sample.source_ids[0], sample.source_ids[2]
    project.links.create(ids[0], ids[24], "contradicts")
    project.links.create(ids[1], ids[25], "contradicts")
    project.links.create(ids[26], ids[2], "contradicts")
    project.links.create(ids[3], ids[27], "cites")
    overview = main.show_overview()
    overview.show_tab("links")
    assert dict(overview.data["links"].edges) == {
        (first, second, "contradicts"): 3,
        (first, second, "cites"): 1,
    }
    canvas = overview.canvases["links"]
    canvas.draw()
    gid = f"link:{first}:{second}:contradicts"
    edges = next(a for a in canvas.figure.findobj() if gid in getattr(a, "annotator_marks", ()))
    middle = edges.get_segments()[edges.annotator_marks.index(gid)][1]  # the edge's middle vertex
    x, y = edges.axes.transData.transform(middle)
    ratio = canvas.device_pixel_ratio
    pos = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    overview.tabs.currentWidget().ensureVisible(pos.x(), pos.y())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert set(overview.listed_ids()) == {ids[0], ids[24], ids[1], ids[25], ids[26], ids[2]}


def test_a_click_on_a_source_on_the_timeline_lists_its_passages(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    overview = main.show_overview()
    overview.show_tab("timeline")
    db = Independent(project.path)
    source = sample.source_ids[1]
    _click_artist(qtbot, overview, f"source:{source}:0")
    assert set(overview.listed_ids()) == {a for a, (s, _, _) in db.annotations.items() if s == source}


def test_a_chart_is_never_written_over_the_project(qtbot, main: MainWindow, project: Project) -> None:  # type: ignore[no-untyped-def]
    from annotator.domain.errors import AnnotatorError

    main.overview_action.trigger()
    overview = main.overview_window
    qtbot.waitExposed(overview)
    overview.show_tab("profile")
    before = project.path.read_bytes()
    with pytest.raises(AnnotatorError, match="this project's own file"):
        overview.export_chart(project.path)
    assert project.path.read_bytes() == before


def test_tabs_are_named_in_words_and_tags_by_name_with_the_facet_where_names_repeat(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    project.taxonomy.add_tag("provenance", "Polemical")  # "Polemical" now in Bias and in Provenance
    overview = main.show_overview()
    titles = [overview.tabs.tabText(i) for i in range(overview.tabs.count())]
    assert titles == ["Tags per source", "Tags × sources", "Tags together", "Where in the source", "Links",
                      "Sources in time"]  # fmt: skip
    db = Independent(project.path)
    combo = [overview.tag.itemText(i) for i in range(overview.tag.count())]
    assert "Polemical (Bias)" in combo and "Polemical (Provenance)" in combo
    assert set(combo[1:]) == set(db.names.values()) and not set(combo) & set(db.paths.values())
    overview.show_tab("matrix")
    canvas = overview.canvases["matrix"]
    rows = {t.get_text() for t in canvas.figure.axes[0].get_yticklabels()}
    assert "Polemical (Bias)" in rows and "Eyewitness testimony" in rows and not rows & set(db.paths.values())
    tag, source = db.tag_id("bias/polemical"), sample.source_ids[2]
    _click_artist(qtbot, overview, f"cell:{tag}:{source}")
    assert "Polemical (Bias) in" in overview.heading.text()


def test_the_search_box_narrows_the_charts_to_passages_overlapping_a_hit(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    import re

    overview = main.show_overview()
    overview.show_tab("matrix")
    db = Independent(project.path)
    hits = {s: [m.span() for m in re.finditer(r"\bfamine\b", t)] for s, t in db.texts.items()}
    matching = {a for a, (s, b, e) in db.annotations.items() if any(hb < e and b < he for hb, he in hits[s])}
    expected: dict[tuple[int, int], int] = {}
    for a in matching:
        for t in db.tags_of.get(a, ()):
            key = (t, db.annotations[a][0])
            expected[key] = expected.get(key, 0) + 1
    qtbot.keyClicks(overview.query, "famine")
    qtbot.keyClick(overview.query, Qt.Key.Key_Return)
    assert overview.excerpt_filter().query == "famine"
    assert expected and dict(overview.data["matrix"].counts) == expected
    tag, source = next(iter(expected))
    _click_artist(qtbot, overview, f"cell:{tag}:{source}")
    assert set(overview.listed_ids()) == {
        a for a in matching if db.annotations[a][0] == source and tag in db.tags_of.get(a, ())
    }
    overview.set_query("")
    assert dict(overview.data["matrix"].counts) == dict(db.matrix())
    assert overview.listed_ids() == [] and overview.mark is None  # not the query's passages any more


def test_the_overview_dock_shows_the_same_charts_and_follows_the_project(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    action = main.overview_dock_action
    assert action.text() == "Overview doc&k" and action.isCheckable() and not action.isChecked()
    action.trigger()
    dock = main.overview_dock
    qtbot.waitUntil(dock.isVisible)
    assert action.isChecked() and main.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    charts = dock.widget()
    assert isinstance(charts, OverviewWindow) and charts.docked and not charts.isWindow()
    db = Independent(project.path)
    charts.show_tab("matrix")
    assert dict(charts.data["matrix"].counts) == dict(db.matrix())
    tag, source = db.tag_id("bias/polemical"), sample.source_ids[0]
    _click_artist(qtbot, charts, f"cell:{tag}:{source}")
    expected = {a for a, (s, _, _) in db.annotations.items() if s == source and tag in db.tags_of.get(a, ())}
    assert set(charts.listed_ids()) == expected
    # An annotation made in the main window: the visible dock draws again.
    before = charts.data["matrix"].count(tag, source)
    project.annotations.create(source, 0, 12, tags=["bias/polemical"])
    qtbot.waitUntil(
        lambda: "matrix" in charts.data and charts.data["matrix"].count(tag, source) == before + 1
    )
    # A double-click on a listed passage opens it in the main window's reader.
    _click_artist(qtbot, charts, f"cell:{tag}:{source}")
    rect = charts.passages.visualItemRect(charts.passages.item(0))
    annotation_id = charts.listed_ids()[0]
    qtbot.mouseClick(charts.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(charts.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_source_id == source and main.reader.selected_annotation_id == annotation_id
    action.trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not action.isChecked()


def test_the_timeline_detects_dates_off_the_window_thread_and_redraws_when_they_arrive(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from tests.services.test_overview import DATED

    told = project.sources.import_bytes("minutes.txt", DATED.encode(), {"title": "Minutes"}).source_id
    overview = main.show_overview()
    detecting: list[str] = []
    real = project.figures.detect_unstored

    def spy(source_id: int, **options):  # type: ignore[no-untyped-def]
        detecting.append(threading.current_thread().name)
        return real(source_id, **options)

    project.figures.detect_unstored = spy  # type: ignore[method-assign]
    overview.show_tab("timeline")
    first = overview.data["timeline"]
    # Drawn from what is stored: nothing is detected on the window's thread.
    assert not first.events and first.undetected == len(project.sources.list())
    drawn = overview.canvases["timeline"]
    titles = [t.get_text() for a in drawn.figure.axes for t in (a.title,)]
    assert any("finding the events of" in t for t in titles)  # not "not detected yet" while it detects
    assert not any("not detected yet" in t for t in titles)
    qtbot.waitUntil(lambda: told in overview.data["timeline"].events, timeout=60_000)
    assert detecting and threading.main_thread().name not in detecting
    assert overview.data["timeline"].undetected == 0
    assert overview.canvases["timeline"] is not drawn  # drawn again, with the events
    assert overview.tabs.currentWidget().widget() is overview.canvases["timeline"]
    figure = overview.canvases["timeline"].figure
    marks = [m for a in figure.findobj() for m in getattr(a, "annotator_marks", ())]
    assert any(m.startswith(f"event:{told}:") for m in marks)
    assert told not in project.figures.stored([told])[2]  # and kept


def test_a_click_on_a_dated_event_on_the_timeline_lists_it_and_opens_it_in_the_reader(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_overview import DATED

    told = project.sources.import_bytes(
        "minutes.txt", DATED.encode(), {"title": "Minutes", "kind": "primary", "date_text": "14 March 1933"}
    ).source_id
    overview = main.show_overview()
    overview.show_tab("timeline")
    qtbot.waitUntil(lambda: told in overview.data["timeline"].events, timeout=60_000)  # detected in a worker
    january = next(s for s in overview.data["timeline"].events[told] if s.date_start == "1933-01-01")
    canvas = overview.canvases["timeline"]
    canvas.draw()
    gid = f"event:{told}:{january.start}"
    dots = next(a for a in canvas.figure.findobj() if gid in getattr(a, "annotator_marks", ()))
    x, y = dots.get_offset_transform().transform(dots.get_offsets()[dots.annotator_marks.index(gid)])
    ratio = canvas.device_pixel_ratio
    pos = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    overview.tabs.currentWidget().ensureVisible(pos.x(), pos.y())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert overview.passages.count() == 1 and overview.listed_ids() == []
    assert overview.passages.item(0).text().startswith("1933-01-01 – 1933-01-31: ")
    rect = overview.passages.visualItemRect(overview.passages.item(0))
    qtbot.mouseClick(overview.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overview.passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_source_id == told
    cursor = main.reader.textCursor()
    assert cursor.selectedText() == DATED[january.start : january.end]


def test_the_coder_filter_shows_with_several_coders_and_narrows_the_charts(
    qtbot, main: MainWindow, project: Project, sample
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    overview = main.show_overview()
    overview.show_tab("matrix")
    assert overview.coder.isHidden() and overview.coder_label.isHidden()  # one coder: nothing to choose
    project.coders.act_as("bob")
    source = sample.source_ids[0]
    for start in (0, 40, 80):
        project.annotations.create(source, start, start + 20, tags=["bias/polemical", "claim-type/factual"])
    assert overview.refresh_if_changed()
    assert not overview.coder.isHidden()
    assert overview.coder.itemText(0) == "all coders" and overview.coder.count() == 3
    overview.coder.setCurrentIndex(overview.coder.findData("bob"))
    assert overview.excerpt_filter().coders == ("bob",)
    assert describe_filter(overview.excerpt_filter()) == "coded by bob"  # the charts' caption says so
    connection = sqlite3.connect(project.path)
    try:
        rows = connection.execute(
            "SELECT t.tag_id, a.source_id, count(*) FROM annotations a"
            " JOIN annotation_tags t ON t.annotation_id = a.id JOIN coders c ON c.id = a.coder_id"
            " WHERE c.login = 'bob' GROUP BY 1, 2"
        ).fetchall()
    finally:
        connection.close()
    assert len(rows) == 2 and dict(overview.data["matrix"].counts) == {(t, s): n for t, s, n in rows}
    overview.coder.setCurrentIndex(0)
    assert sum(overview.data["matrix"].counts.values()) > 6


def test_sources_chosen_by_hand_narrow_every_chart(qtbot, main: MainWindow, project: Project, sample) -> None:  # type: ignore[no-untyped-def]
    """The “Sources…” button: a checkable list of the sources with a box that narrows it by title; the
    charts are read and drawn again for the sources checked (the command line's ``--source``)."""
    overview = main.show_overview()
    overview.show_tab("matrix")
    assert {s.id for s in overview.data["matrix"].sources} == set(sample.source_ids)
    qtbot.mouseClick(overview.sources_button, Qt.MouseButton.LeftButton)
    picker = overview.source_picker
    qtbot.waitExposed(picker)
    titles = {s.id: s.title for s in project.sources.list()}
    first, second = sample.source_ids[0], sample.source_ids[2]
    word = titles[first].split()[0]
    qtbot.keyClicks(picker.find, word)
    shown = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert shown and all(word.casefold() in i.text().casefold() for i in shown)
    for item in (picker.list.item(i) for i in range(picker.list.count())):
        if item.data(Qt.ItemDataRole.UserRole) in (first, second):
            item.setCheckState(Qt.CheckState.Checked)
    picker.accept()
    assert overview.excerpt_filter().source_ids == tuple(sorted((first, second)))
    assert {s.id for s in overview.data["matrix"].sources} <= {first, second}
    assert overview.tabs.currentWidget().widget() is overview.canvases["matrix"]
    assert "2" in overview.sources_button.text()
    overview.show_tab("profile")
    assert {s.id for s in overview.data["profile"].sources} <= {first, second}
    overview.set_sources(())  # every source again
    assert {s.id for s in overview.data["profile"].sources} == set(sample.source_ids)


def test_the_dock_on_a_laptop_screen_lists_passages_beside_the_chart_not_below_it(
    qtbot, main: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 the dock's chart had some 150 pixels of height under two bars of controls and above the
    passages: docked, the passages stand right of the chart, which keeps the dock's height."""
    main.resize(1366, 768)
    main.toggle_overview_dock(True)
    charts = main.overview_dock.widget()
    qtbot.waitUntil(charts.isVisible)
    charts.show_tab("matrix")
    qtbot.wait(50)
    area, listed = charts.tabs.currentWidget(), charts.passages
    assert listed.mapTo(charts, QPoint(0, 0)).x() > area.mapTo(charts, QPoint(0, 0)).x() + area.width() // 2
    assert area.height() > listed.height() // 2 and area.width() > listed.width()
