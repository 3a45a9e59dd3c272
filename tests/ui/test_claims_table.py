"""The claims table and the timeline (issue 17) through real widgets on a real project: three invented
sources whose famine and Gulag figures disagree and that date Kirov's murder differently. The table is
filled by its worker, filtered, grouped across sources; a double-click opens the passage; two figures open
in the compare view; a proposed `contradicts` link is accepted and undone; S tags a figure's passage
statistical and Ctrl+Z undoes it; the timeline aligns the events and flags the disagreeing date, and a
click opens the passage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsSceneHoverEvent

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.models.figures import proposal_for
from annotator.ui.settings import AppSettings
from annotator.ui.threads import deliver_pending
from annotator.ui.widgets.claims_table import ClaimsPanel
from annotator.ui.widgets.timeline import PER_YEAR

pytestmark = pytest.mark.gui

CONQUEST = (
    "The Famine and the Camps\n\n"
    "The famine of 1932–33 killed between 5 and 7 million people in Ukraine and Kazakhstan "
    "(Conquest 1986, 306). Grain procurements had been raised again in the autumn.\n\n"
    "On December 1, 1934, Sergei Kirov was assassinated in Leningrad. "
    "By the end of the 1930s the Gulag held nearly three million inmates.\n"
)
ARCHIVES = (
    "A Revisionist View\n\n"
    "In 1932–33 about 3.5 million people died in the famine, a figure drawn from the archives. "
    "The harvest of 1932 was poor.\n\n"
    "Sergei Kirov was assassinated on December 1, 1935, and the arrests began at once. "
    "In 1938 the Gulag held 1.5 million inmates.\n"
)
NOTES = (
    "Notes on the Terror\n\n"
    "The famine of 1932-33 claimed 3.6 million victims. "
    "Kirov was assassinated in December 1934 by Leonid Nikolaev.\n"
)


@pytest.fixture
def sources(project: Project, write_file) -> dict[str, int]:  # type: ignore[no-untyped-def]
    made = {}
    for name, text, title in (
        ("conquest.txt", CONQUEST, "The Famine and the Camps"),
        ("archives.txt", ARCHIVES, "A Revisionist View"),
        ("notes.txt", NOTES, "Notes on the Terror"),
    ):
        made[name] = project.sources.import_file(write_file(name, text), {"title": title}).source_id
    return made


@pytest.fixture
def window(qtbot, project: Project, sources: dict[str, int], settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(project, settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _open_table(qtbot, window: MainWindow) -> ClaimsPanel:  # type: ignore[no-untyped-def]
    window.figures.claims_action.trigger()
    assert window.figures.window is not None and window.figures.window.isVisible()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    panel = window.figures.window_panel
    assert panel is not None
    return panel


def _texts(panel: ClaimsPanel, column: int = 1) -> list[str]:
    model = panel.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _row(panel: ClaimsPanel, figure: str) -> int:
    return _texts(panel, 1 if not panel.is_grouped() else 5).index(figure)


def test_the_table_lists_every_figure_read_in_the_worker_and_filters_them(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    figures = _texts(panel)
    assert set(figures) >= {"between 5 and 7 million", "3.5 million", "3.6 million", "three million",
                            "1.5 million"}  # fmt: skip
    row = _row(panel, "between 5 and 7 million")
    cells = [panel.table.model().index(row, c).data() for c in range(9)]
    assert cells[0] == "The Famine and the Camps"
    assert cells[2] == "5–7 million" and cells[5] == "famine deaths" and cells[6] == "1932–1933"
    assert cells[7].startswith("yes: ") and "Conquest 1986" in cells[7]  # cited, by whom
    assert cells[8].startswith("1 (")  # its group, with the spread
    # The records were detected by the worker and stored from the window's thread: none is stale now.
    assert window.project.figures.stale() == []

    panel.counted.setText("inmates")
    assert sorted(_texts(panel)) == ["1.5 million", "three million"]
    panel.period.setText("1938")
    assert sorted(_texts(panel)) == ["1.5 million", "three million"]  # the end of the 1930s overlaps 1938
    panel.period.setText("1932–33")
    assert _texts(panel) == []
    panel.counted.clear()
    panel.period.clear()
    panel.source.setCurrentIndex(panel.source.findText("Notes on the Terror"))
    assert _texts(panel) == ["3.6 million"]
    panel.source.setCurrentIndex(0)
    panel.kind.setCurrentIndex(panel.kind.findData("range"))
    assert _texts(panel) == ["between 5 and 7 million"]
    panel.kind.setCurrentIndex(0)
    assert len(_texts(panel)) == len(figures)


def test_grouped_across_sources_with_the_spread_side_by_side(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    panel.grouped.setChecked(True)
    model = panel.table.model()
    rows = [[model.index(r, c).data() for c in range(8)] for r in range(model.rowCount())]
    famine = [r for r in rows if r[0] == rows[0][0]]
    assert rows[0][1] == "famine deaths" and rows[0][2] == "1932–1933" and rows[0][3] == "2×"
    assert sorted(r[5] for r in famine) == ["3.5 million", "3.6 million", "between 5 and 7 million"]
    assert {r[4] for r in famine} == {"The Famine and the Camps", "A Revisionist View", "Notes on the Terror"}
    gulag = [r for r in rows if r[1] == "Gulag inmates"]
    assert sorted(r[5] for r in gulag) == ["1.5 million", "three million"] and gulag[0][3] == "2×"
    assert panel.table.rowSpan(0, 3) == len(famine)  # the spread spans the group's rows


def test_a_double_click_opens_the_passage_in_the_reader(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    row = _row(panel, "3.5 million")
    index = panel.table.model().index(row, 1)
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    # A double-click is a press, a release and a second press: the view opens what the press was on.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_source_id == sources["archives.txt"]
    start = ARCHIVES.index("3.5 million")
    assert window.reader.selected_range() == (start, start + len("3.5 million"))


def test_two_figures_open_in_the_compare_view(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    panel.select_rows([_row(panel, "between 5 and 7 million"), _row(panel, "3.5 million")])
    assert panel.compare_button.isEnabled()
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    view = window.compare_view
    assert window.central.currentWidget() is view
    assert (view.left_source, view.right_source) == (sources["conquest.txt"], sources["archives.txt"])
    start = ARCHIVES.index("3.5 million")
    assert view.right.selected_range() == (start, start + len("3.5 million"))


def test_a_wide_spread_proposes_contradicts_accepted_in_one_step_and_undone(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    panel.grouped.setChecked(True)
    panel.select_rows([0])
    assert panel.proposal_box.isVisible() and panel.proposal is not None
    assert panel.proposal.relation == "contradicts"
    assert "between 5 and 7 million" in panel.proposal_label.text()
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    links = window.project.links.list()
    assert len(links) == 1 and links[0].relation.value == "contradicts"
    quotes = {links[0].a.quote, links[0].b.quote}
    # The passages are the figures' sentences, each with what it says.
    assert any(q.startswith("The famine of 1932–33 killed between 5 and 7 million") for q in quotes)
    assert any("3.5 million people died in the famine" in q for q in quotes)
    assert window.undo_stack.count() == steps + 1  # ONE step: the link and both annotations
    window.undo_action.trigger()
    assert window.project.links.list() == []
    assert window.project.annotations.list() == []  # the annotations made for the link went with it
    window.redo_action.trigger()
    assert len(window.project.links.list()) == 1


def test_s_tags_the_figures_passage_statistical_and_undo_takes_it_back(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    panel.select_rows([_row(panel, "1.5 million")])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    made = window.project.annotations.list(source_id=sources["archives.txt"])
    assert len(made) == 1
    assert made[0].quote.exact == "In 1938 the Gulag held 1.5 million inmates."
    assert [t.path for t in made[0].tags] == ["claim-type/statistical"]
    # The tag filter now finds it, and only it.
    panel.tag.setCurrentIndex(panel.tag.findText("claim-type/statistical"))
    assert _texts(panel) == ["1.5 million"]
    window.undo_action.trigger()
    assert window.project.annotations.list() == []
    assert _texts(panel) == []
    panel.tag.setCurrentIndex(0)


def test_the_claims_table_exports_to_csv_and_xlsx(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    _open_table(qtbot, window)
    assert window.figures.export(tmp_path / "claims.csv") == 5
    assert "famine deaths" in (tmp_path / "claims.csv").read_text(encoding="utf-8")
    assert window.figures.export(tmp_path / "claims.xlsx") == 5
    assert (tmp_path / "claims.xlsx").stat().st_size > 0


def test_the_claims_dock_shows_the_same_table(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    window.claims_dock.show()
    qtbot.waitUntil(lambda: window.figures._worker is None and window.figures.claims.rowCount() > 0)
    assert "3.6 million" in _texts(window.figures.panel)


def test_the_timeline_aligns_the_events_flags_the_disagreeing_date_and_opens_a_passage(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    window.figures.timeline_action.trigger()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    timeline = window.figures.timeline
    assert timeline is not None and window.figures.timeline_window.isVisible()
    assert [name for _sid, name in timeline.lanes] == [
        "The Famine and the Camps", "A Revisionist View", "Notes on the Terror"
    ]
    flagged = timeline.flagged()
    assert sorted(i.placed.record.text for i in flagged) == ["December 1, 1934", "December 1, 1935",
                                                              "December 1934"]  # fmt: skip
    tip = next(i for i in flagged if i.placed.record.text == "December 1, 1935").placed.tooltip()
    assert "Sources disagree on the date" in tip and "December 1, 1934" in tip
    famine = [i for i in timeline.items_placed if "famine" in i.placed.record.statement.event.lower()]
    assert len({i.placed.event for i in famine}) == 1 and not any(i.placed.disagree for i in famine)
    # An approximate date is drawn as the range it covers: "the end of the 1930s" is years wide.
    late = next(i for i in timeline.items_placed if i.placed.record.text == "the end of the 1930s")
    assert late.rect().width() == pytest.approx(3 * PER_YEAR)  # 1937–1939
    day = next(i for i in timeline.items_placed if i.placed.record.text == "December 1, 1934")
    assert day.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations  # a mark, at any zoom

    item = next(i for i in flagged if i.placed.record.text == "December 1, 1935")
    timeline.centerOn(item)
    point = timeline.mapFromScene(item.middle)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_source_id == sources["archives.txt"]
    start = ARCHIVES.index("December 1, 1935")
    assert window.reader.selected_range() == (start, start + len("December 1, 1935"))


def test_the_timelines_year_labels_are_whole_when_a_years_tick_is_just_left_of_the_view(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    window.figures.timeline_action.trigger()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    timeline = window.figures.timeline
    assert timeline is not None
    window.figures.timeline_window.resize(1366, 768)
    qtbot.waitUntil(lambda: timeline.width() > 1000)
    axis = timeline._axis
    # Scroll so that the first labelled year's tick is 5 pixels left of the view (where "1916" showed "16").
    x, _where, year = next(t for t in axis.ticks() if t[0] >= 0)
    bar = timeline.horizontalScrollBar()
    bar.setValue(bar.value() + int(x) + 5)
    assert timeline.x_of_year(int(year)) < 0
    labels = [(where, text) for _x, where, text in axis.ticks() if where is not None]
    assert labels and all(axis.rect().toRectF().contains(where) for where, _text in labels)
    assert int(labels[0][1]) > int(year)  # the cut year is not labelled; the next is, whole


def test_ctrl_wheel_zooms_the_years(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.figures.timeline_action.trigger()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    timeline = window.figures.timeline
    assert timeline is not None
    before = timeline.transform().m11()
    timeline.zoom(2)
    assert timeline.transform().m11() == pytest.approx(before * 1.25**2)
    assert timeline.transform().m22() == 1  # the lanes keep their height


def test_proposals_need_two_sources_and_a_wide_or_close_spread(window: MainWindow) -> None:
    groups = window.project.figures.compare()
    famine = next(g for g in groups if g.counted == "famine deaths")
    assert proposal_for(famine) is not None and proposal_for(famine).relation == "contradicts"  # type: ignore[union-attr]



def test_ctrl_wheel_over_the_timeline_zooms_and_a_plain_wheel_does_not(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    window.figures.timeline_action.trigger()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    timeline = window.figures.timeline
    assert timeline is not None
    before = timeline.transform().m11()

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        centre = QPointF(timeline.viewport().rect().center())
        where = timeline.viewport().mapToGlobal(centre)
        event = QWheelEvent(centre, where, QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(timeline.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert timeline.transform().m11() == pytest.approx(before)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert timeline.transform().m11() == pytest.approx(before * 1.25)


def test_a_source_imported_while_the_table_is_open_is_read_into_it(
    qtbot, window: MainWindow, write_file  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    assert "four million" not in _texts(panel)
    later = write_file("later.txt", "In 1937–38 some four million people were arrested.\n")
    window.import_files([later], ask=False)
    qtbot.waitUntil(lambda: not window.figures._worker and "four million" in _texts(panel), timeout=30_000)
    assert window.project.figures.stale() == []  # detected in the worker, stored by the window


def test_enter_opens_the_selected_figure(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    panel = _open_table(qtbot, window)
    panel.select_rows([_row(panel, "3.6 million")])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.current_source_id == sources["notes.txt"]
    start = NOTES.index("3.6 million")
    assert window.reader.selected_range() == (start, start + len("3.6 million"))


def test_a_read_only_project_lists_its_figures_and_stores_nothing(
    qtbot, project_path: Path, project: Project, sources: dict[str, int], settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    project.close()
    with Project.open(project_path, read_only=True) as read_only:
        assert read_only.figures.stale()  # nothing was stored when the sources were imported
        main = MainWindow(read_only, settings)
        qtbot.addWidget(main)
        main.show()
        panel = _open_table(qtbot, main)
        assert "3.5 million" in _texts(panel)  # detected in the worker, shown
        assert len(read_only.figures.stale()) == 3  # and not stored
        main.close()


def test_a_title_that_looks_like_html_stays_text_in_the_tooltips(
    qtbot, window: MainWindow, sources  # type: ignore[no-untyped-def]
) -> None:
    hostile = 'Minutes <img src="/dev/zero">'
    window.project.sources.update_metadata(sources["notes.txt"], {"title": hostile})
    panel = _open_table(qtbot, window)
    row = _row(panel, "3.6 million")
    tip = panel.table.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert _shown_as_text(tip)
    window.figures.timeline_action.trigger()
    qtbot.waitUntil(lambda: window.figures._worker is None, timeout=30_000)
    timeline = window.figures.timeline
    assert timeline is not None
    item = next(i for i in timeline.items_placed if i.placed.record.source_id == sources["notes.txt"])
    item.hoverEnterEvent(QGraphicsSceneHoverEvent())
    assert hostile in item.placed.tooltip() and _shown_as_text(item.toolTip())


def _shown_as_text(tip: str) -> bool:
    """Qt shows a tooltip as plain text, or as rich text in which the markup was escaped."""
    return not GuiQt.mightBeRichText(tip) or "<img" not in tip


def test_the_claims_table_is_never_written_over_the_project(
    qtbot, window: MainWindow, shown_messages: list[str]  # type: ignore[no-untyped-def]
) -> None:
    _open_table(qtbot, window)
    path = window.project.path
    before = path.read_bytes()
    assert window.figures.export(path.with_name(path.name + "-wal")) is None
    assert window.figures.export(path) is None
    assert len(shown_messages) == 2 and "this project's own file" in shown_messages[1]
    assert path.read_bytes() == before


def test_the_workers_batches_arrive_through_the_relay(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The worker sends each batch through annotator.ui.threads, never on the controller (which a closed
    window may be deleting meanwhile): delivering the relay's messages is what lets it read on."""
    figures = window.figures
    figures.load()
    worker = figures._worker
    assert worker is not None
    for _ in range(3000):  # a bound on a hang, not a timing: each turn delivers what was sent
        deliver_pending()
        worker.join(0.01)
        if not worker.is_alive():
            break
    deliver_pending()
    assert not worker.is_alive() and figures._worker is None
    assert "3.6 million" in [record.text for record in figures.claims.records()]


def test_a_worker_whose_window_is_deleted_stops(
    qtbot, project: Project, sources, settings: AppSettings  # type: ignore[no-untyped-def]
) -> None:
    """Deleted without being closed (nobody calls wait()), the window's worker finds its receiver gone and
    stops instead of waiting for ever for the batch to be taken."""
    main = MainWindow(project, settings)
    qtbot.waitUntil(lambda: main._evidence_due is None)  # what the window queued for itself has run
    reading_evidence = main.evidence._worker
    main.figures.load()
    worker = main.figures._worker
    assert worker is not None
    shiboken6.delete(main)
    worker.join(30)
    assert not worker.is_alive()
    if reading_evidence is not None:
        reading_evidence.join(30)
    deliver_pending()  # what it sent is dropped
