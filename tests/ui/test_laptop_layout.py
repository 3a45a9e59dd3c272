"""The main window on a laptop's screen (1366×768, 1280×800) and a big one, through its real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton, QTabBar

from annotator.services.sample import build_sample_project
from annotator.ui.main_window import MainWindow, default_window_size
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui

LONG_TITLE = (
    "Report of the district committee for collectivisation on the progress of the spring sowing campaign "
    "and on the liquidation of the kulaks as a class, with appendices"
)
# The screens, less a task bar or a menu bar.
LAPTOPS = [QSize(1366, 768 - 40), QSize(1280, 800 - 40)]


@pytest.fixture
def window(qtbot, tmp_path: Path, write_file, settings: AppSettings):  # type: ignore[no-untyped-def]
    """The sample project, one source with a very long title, a passage with three long tag names selected."""
    project = build_sample_project(tmp_path / "sample.annotator")
    long_one = project.sources.import_file(
        write_file("long.txt", "The committee met. Forty-two households joined.\n"), {"title": LONG_TITLE}
    ).source_id
    annotation = project.annotations.create(
        long_one,
        0,
        18,
        ["bias/selective-evidence", "provenance/official-document", "claim-type/counterfactual"],
    )
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_source(long_one)
    window.select_annotation(annotation.id)
    yield window
    window.close()
    project.close()


def _lay_out(window: MainWindow, size: QSize) -> None:
    window.resize(size)
    window.fit_docks(size)
    for _ in range(3):
        QApplication.processEvents()


def _docks_on_screen(window: MainWindow) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.isVisible() and not d.visibleRegion().isEmpty()]


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_window_and_every_dock_fit_a_laptop_screen(window: MainWindow, screen: QSize) -> None:
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= screen.height()
    fitted = default_window_size(screen)
    assert fitted.width() <= screen.width() and fitted.height() <= screen.height()
    for show_compare in (False, True):
        if show_compare:
            sources = window.project.sources.list()
            window.show_compare(sources[0].id, sources[1].id)
        _lay_out(window, screen)
        assert window.width() <= screen.width()
        inside = QRect(0, 0, screen.width(), screen.height())
        docks = _docks_on_screen(window)
        names = {d.objectName() for d in docks}
        assert {"tags", "inspector"} <= names
        assert names & {"library", "search", "outline"} and names & {"annotations", "links", "similar"}
        for dock in docks:
            assert inside.contains(dock.geometry()), (dock.objectName(), dock.geometry())
            assert dock.width() >= dock.widget().minimumSizeHint().width(), dock.objectName()
        reader = window.compare_view.left if show_compare else window.reader
        assert reader.width() >= (300 if show_compare else 600)  # the text keeps a readable column


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_labels_are_whole_at_laptop_size(window: MainWindow, screen: QSize) -> None:
    _lay_out(window, screen)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and not bar.visibleRegion().isEmpty():
            names = [bar.tabText(i) for i in range(bar.count())]
            assert bar.sizeHint().width() <= bar.width(), names  # no tab is cut to "An…"
    table = window.library.table
    columns = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert 0 in columns and table.columnWidth(0) >= 180  # the title has room; the rest gave way
    last = columns[-1]
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    index = table.model().index(
        next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == LONG_TITLE), 0
    )
    assert LONG_TITLE in index.data(Qt.ItemDataRole.ToolTipRole)  # the elided title is whole in its tooltip
    assert window.inspector.width() >= window.inspector.minimumSizeHint().width()
    assert window.inspector.minimumSizeHint().width() <= 300  # three long tag chips wrap


def test_a_big_screen_gives_the_text_the_room(window: MainWindow) -> None:
    for screen in (QSize(1920, 1040), QSize(2560, 1400)):
        fitted = default_window_size(screen)
        assert 0.8 * screen.width() <= fitted.width() <= screen.width()
        _lay_out(window, fitted)
        assert window.reader.width() >= fitted.width() * 0.5
        assert window.library_dock.width() >= 340 and window.annotations_dock.width() >= 340


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_evidence_and_people_panels_fit_when_brought_forward(
    qtbot, window: MainWindow, screen: QSize
) -> None:  # type: ignore[no-untyped-def]
    """Tabbed behind the Inspector and the Library, the two panels get those docks' laptop widths: their
    buttons and column headers must still read whole there."""
    qtbot.waitUntil(lambda: window.evidence.source_id == window.current_source_id, timeout=20_000)
    for dock in (window.evidence_dock, window.people_dock):
        dock.raise_()
        _lay_out(window, screen)
        assert not dock.visibleRegion().isEmpty(), dock.objectName()
        assert dock.width() >= dock.widget().minimumSizeHint().width(), dock.objectName()
        for button in dock.widget().findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), (dock.objectName(), button.text())
    header = window.people.panel.tree.header()
    for column in (1, 2):  # "Annotations", "To decide"
        label = window.people.panel.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(label), label


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_tag_chip_of_the_inspector_is_in_sight_on_a_laptop(window: MainWindow, screen: QSize) -> None:
    """Three long tag names wrap onto lines of their own in the inspector, each whole inside its row: on a
    laptop's short dock the row was given one line's height and the other chips were cut off."""
    _lay_out(window, screen)
    window.inspector_dock.raise_()
    _lay_out(window, screen)
    box = window.inspector.tags
    chips = [c for c in box.findChildren(QPushButton) if not c.isHidden()]
    assert len(chips) == 3
    lines = {chip.geometry().top() for chip in chips}
    assert len(lines) >= 2  # wrapped, not three side by side past the dock's edge
    for chip in chips:
        assert box.rect().contains(chip.geometry()), chip.text()
        assert not chip.visibleRegion().isEmpty(), chip.text()
