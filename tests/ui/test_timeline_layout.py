"""The timeline of many statements (issue 17: 500 sources hold some 50,000) is laid out off the window's
thread and drawn a slice per turn of the event loop: set_statements returns before the rows are made, the
drawing that arrives is the layout lay_out makes for the same statements, a newer set replaces one still
being laid out, and closing the window while it draws stops it with Python's collector running again.
Real widgets, driven by qtbot; records made here."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtWidgets import QGraphicsPathItem

from annotator.domain.figures import DatedStatement
from annotator.services.figures import DateRecord
from annotator.ui.threads import deliver_pending
from annotator.ui.widgets import timeline
from annotator.ui.widgets.timeline import AT_ONCE, TimelineView, aligned, lay_out, timeline_order


def statements(sources: int, per_source: int, tag: str = "") -> list[DateRecord]:
    made = []
    for s in range(sources):
        for k in range(per_source):
            year = 1917 + (s * 7 + k * 3) % 37
            day = f"{year}-{1 + k % 12:02d}-01"
            end = day if k % 3 else f"{year}-12-31"
            statement = DatedStatement(0, 4, day, end, f"event {k % 25} {tag}happened")
            made.append(DateRecord(f"{tag}{s}-{k}", s, str(year), statement))
    return timeline_order(made)


def view_of(qtbot) -> TimelineView:  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_many_statements_are_laid_out_off_the_window_thread_as_lay_out_makes_them(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    records = statements(52, 100)
    assert len(records) > AT_ONCE
    view = view_of(qtbot)
    view.set_statements(records, lambda s: f"source {s}", aligned(records))
    # Returned at once: no row is made yet (they were, on the window's thread, before).
    assert not view.is_laid_out()
    assert view.lane_spans == [] and view.items_placed == []
    qtbot.waitUntil(view.is_laid_out, timeout=120_000)
    made = lay_out(records, float(max(100, view.viewport().width() - 20)), None)
    assert view.lane_spans == made.lane_spans
    assert len(view.items_placed) == len(records)
    for i in (0, len(records) // 2, len(records) - 1):
        item = view.items_placed[i]
        assert item.placed.record is records[i]
        lane = [sid for sid, _ in view.lanes].index(records[i].source_id)
        assert made.lane_spans[lane][0] <= item.pos().y() < sum(made.lane_spans[lane])
    # An event told by several sources is joined by one path, not an item per joint.
    paths = [i for i in view.scene().items() if isinstance(i, QGraphicsPathItem)]
    assert len(paths) == len(view.events)
    assert view.viewport().updatesEnabled()
    assert gc.isenabled()


def test_a_newer_set_replaces_one_still_being_laid_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = statements(52, 100, "a"), statements(60, 100, "b")
    view = view_of(qtbot)
    view.set_statements(first, lambda s: f"source {s}", aligned(first))
    view.set_statements(second, lambda s: f"source {s}", aligned(second))
    qtbot.waitUntil(view.is_laid_out, timeout=120_000)
    qtbot.wait(50)  # the first layout's result, if it came late, is delivered and must change nothing
    assert len(view.items_placed) == len(second)
    assert all(item.placed.record.id.startswith("b") for item in view.items_placed)
    assert len(view.lanes) == 60


def test_closing_while_drawing_stops_and_the_collector_runs_again(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # One step of the drawing per turn of the event loop: on a fast machine a 25 ms slice drew all 5,200
    # items at once, and there was no drawing left to stop when the view closed.
    monkeypatch.setattr(timeline, "SLICE_S", 0.0)
    records = statements(52, 100)
    view = view_of(qtbot)
    view.set_statements(records, lambda s: f"source {s}", aligned(records))
    qtbot.waitUntil(lambda: len(view.items_placed) > 0, timeout=120_000)
    view.close()
    qtbot.wait(50)
    assert gc.isenabled()
    placed = len(view.items_placed)
    qtbot.wait(100)
    assert len(view.items_placed) == placed < len(records)


def test_a_few_statements_are_still_laid_out_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    records = statements(3, 10)
    view = view_of(qtbot)
    view.set_statements(records, lambda s: f"source {s}")
    assert view.is_laid_out() and len(view.items_placed) == len(records)


def test_the_layout_thread_sends_its_layout_through_the_relay(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The layout thread never emits on the view (which a closed window may be deleting meanwhile): what it
    made arrives through annotator.ui.threads, delivered in the window's thread."""
    records = statements(52, 100)
    view = view_of(qtbot)
    view.set_statements(records, lambda s: f"source {s}", aligned(records))
    for thread in [t for t in threading.enumerate() if t.name == "timeline-layout"]:
        thread.join(120)
    assert view.lane_spans == []
    deliver_pending()
    assert len(view.lane_spans) == 52  # the layout arrived (drawn a slice per turn of the loop from here)
    qtbot.waitUntil(view.is_laid_out, timeout=120_000)
    assert len(view.items_placed) == len(records)


def test_a_view_deleted_before_its_layout_arrives_lets_the_collector_run_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The collector is paused while a large layout is made; a view deleted (not closed) meanwhile never
    draws it, and the collector must not stay paused for the rest of the program."""
    records = statements(52, 100)
    view = TimelineView()
    view.resize(1200, 500)
    try:
        view.set_statements(records, lambda s: f"source {s}", aligned(records))
        assert not gc.isenabled()
        shiboken6.delete(view)
        for thread in [t for t in threading.enumerate() if t.name == "timeline-layout"]:
            thread.join(120)
        deliver_pending()
        assert gc.isenabled()
    finally:
        gc.enable()
