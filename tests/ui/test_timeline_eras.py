"""The timeline draws statements before our era where their years are (issue 17, session 12): a range in
astronomical years ("-0499-01-01", which ``datetime.date`` cannot hold) is a bar over its centuries, the axis
names the years BC, the tooltip says "5th century BC". Real widget, driven by qtbot; records made here."""

from __future__ import annotations

from annotator.domain.figures import DatedStatement
from annotator.services.figures import DateRecord
from annotator.ui.widgets.timeline import PER_YEAR, TimelineView, aligned, date_text, timeline_order


def _record(rid: str, source: int, start: str, end: str, event: str) -> DateRecord:
    return DateRecord(rid, source, "written", DatedStatement(0, 7, start, end, event))


def test_a_range_before_our_era_is_drawn_over_its_years_and_named_bc(qtbot) -> None:  # type: ignore[no-untyped-def]
    records = timeline_order([
        _record("a", 1, "-0499-01-01", "-0400-12-31", "the city walls were raised"),
        _record("b", 1, "-0026-01-01", "0014-12-31", "the emperor ruled alone"),
        _record("c", 2, "-0489-09-01", "-0489-09-30", "the walls were raised"),
        _record("d", 2, "1917-03-08", "1917-03-08", "the strikes began"),
    ])  # fmt: skip
    # by source, then by date: the 5th century BC before 27 BC – AD 14 (as text, "-0499" came after "-0026")
    assert [r.id for r in records] == ["a", "b", "c", "d"]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_statements(records[:3], lambda s: f"source {s}", aligned(records[:3]))
    qtbot.waitUntil(view.is_laid_out, timeout=20_000)
    assert len(view.items_placed) == 3
    by_id = {item.placed.record.id: item for item in view.items_placed}
    century, reign, day = by_id["a"], by_id["b"], by_id["c"]
    # the century is a bar about a hundred years wide, left of the reign, the month inside the century
    bar = century.sceneBoundingRect()
    assert 95 * PER_YEAR <= bar.width() <= 105 * PER_YEAR
    assert bar.left() < day.sceneBoundingRect().center().x() < reign.sceneBoundingRect().left()
    assert view.first_year < -499
    # the axis names the years of the view as a reader counts them
    view.fit_years(-520, 20)
    labels = [text for _, _, text in view._axis.ticks()]
    assert "400 BC" in labels and "100 BC" in labels and not any(t.startswith("-") for t in labels)
    assert date_text(records[0]) == "5th century BC"
    assert date_text(records[1]) == "27 BC – AD 14"
    assert "5th century BC" in century.placed.tooltip()
