"""Starting on a project: the remembered source is painted before the project is opened (issue 23), then the
window opens it and becomes the usual one; a tag key pressed in between is kept for it. A project that needs
more than reading (held by another window, an upgrade due) is opened first, the usual way."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.services.project import Project
from annotator.storage import lock, migrate
from annotator.storage.database import create_project_engine
from annotator.ui.app import open_window
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from tests.helpers.holder import holding

TEXT = "\n\n".join(
    f"Paragraph {n}. The district committee reported on the grain procurement of 1932 in village {n}."
    for n in range(600)
)


def _project(path: Path, settings: AppSettings, annotations: int = 700) -> int:
    """A project whose long source (remembered as the one last read) has ``annotations`` annotations."""
    with Project.open(path) as project:
        project.sources.import_bytes("aside.txt", b"A short note on the harvest.")
        source = project.sources.import_bytes("long.txt", TEXT.encode()).source_id
        for i in range(annotations):
            start = (i * 89) % (len(TEXT) - 100)
            project.annotations.create(source, start, start + 15 + i % 60, ["bias/ideological"])
        settings.set_project_value(project.uuid, "source", source)
    return source


def _started(qtbot, path: Path, settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(path, settings)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_the_remembered_source_is_painted_first_and_the_project_opened_after(
    qtbot, tmp_path: Path, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    source = _project(path, settings)
    window = _started(qtbot, path, settings)
    assert window.project is None  # not opened yet: the first screen was read without it
    assert window.current_source_id == source and window.reader.text == TEXT
    early = window.reader.annotations()
    assert 0 < len(early) < 700  # the first screen's
    assert window.windowTitle() == "long — p — Annotator"
    assert lock.held_here(path)  # no other window can take the project meanwhile
    window.show()  # painted: the project is opened right after
    qtbot.waitUntil(lambda: window.project is not None, timeout=20_000)
    window.finish_loading()
    assert window.project.path == path and window.current_source_id == source
    assert window.reader.text == TEXT and len(window.reader.annotations()) == 700
    assert window.library.model.rowCount() == 2
    assert window.annotation_panel.list_model.rowCount() == 700
    assert all(dock.widget() is not None for dock in (window.library_dock, window.palette_dock))
    assert window.windowTitle() == "long — p — Annotator"
    window.close()
    window.project.close()
    assert not lock.held_here(path)


def test_the_window_opened_later_is_laid_out_as_one_opened_at_once(
    qtbot, tmp_path: Path, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    _project(path, settings, annotations=3)
    with Project.open(path) as project:  # the usual way, for comparison
        usual = MainWindow(project, settings)
        qtbot.addWidget(usual)
        usual.resize(1366, 768)
        usual.show()
        qtbot.waitExposed(usual)
        docks = {
            d.objectName(): (d.isVisible(), d.widget() is not None)
            for d in usual.findChildren(type(usual.library_dock))
        }
        menus = [a.text() for a in usual.menuBar().actions()]
        usual.close()
    window = _started(qtbot, path, settings)
    assert [a.text() for a in window.menuBar().actions()] == menus  # before the project is open too
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.project is not None, timeout=20_000)
    later = {
        d.objectName(): (d.isVisible(), d.widget() is not None)
        for d in window.findChildren(type(window.library_dock))
    }
    assert later == docks
    assert [a.text() for a in window.menuBar().actions()] == menus
    assert window.central.currentIndex() == 1 and window.central.currentWidget().isAncestorOf(window.reader)
    window.close()
    window.project.close()


def test_a_tag_key_pressed_before_the_project_is_open_tags_once_it_is(
    qtbot, tmp_path: Path, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    source = _project(path, settings, annotations=3)
    window = _started(qtbot, path, settings)
    start = TEXT.index("village 5.")
    window.reader.select_range(start, start + len("village 5"))
    QTest.keyClick(window.reader, Qt.Key.Key_1)  # before the project is open: kept
    assert window.project is None
    assert window.finish_opening()
    qtbot.waitUntil(lambda: len(window.reader.annotations()) == 4, timeout=10_000)
    with_the_tag = [a for a in window.project.annotations.list(source_id=source) if a.start == start]
    assert len(with_the_tag) == 1 and with_the_tag[0].end == start + len("village 5")
    window.close()
    window.project.close()


def test_closed_before_the_project_was_opened_the_lock_is_let_go(
    qtbot, tmp_path: Path, settings: AppSettings
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    _project(path, settings, annotations=3)
    window = _started(qtbot, path, settings)
    window.close()
    assert window.project is None and not lock.held_here(path)
    assert not window.finish_opening()  # nothing to open any more
    with Project.open(path) as project:  # nothing left over
        assert len(project.sources.list()) == 2


def test_a_project_needing_an_upgrade_is_opened_first_the_usual_way(
    qtbot, tmp_path: Path, settings: AppSettings, shown_messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    source = _project(path, settings, annotations=3)
    engine = create_project_engine(path)
    with engine.begin() as connection:  # as the previous version of Annotator left it
        command.downgrade(migrate.config(connection), migrate.revisions()[-2])
    engine.dispose()
    window = _started(qtbot, path, settings)
    assert window.project is not None  # opened (and upgraded) before the window was made
    assert window.current_source_id == source and len(window.reader.annotations()) == 3
    window.close()
    window.project.close()
    assert shown_messages == []


def test_a_project_another_window_holds_is_offered_read_only_as_before(
    qtbot, tmp_path: Path, settings: AppSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.annotator"
    _project(path, settings, annotations=3)
    asked: list[str] = []

    def answer(_parent, title: str, _text: str, choices: list[str]) -> str:  # type: ignore[no-untyped-def]
        asked.append(title)
        return "Open read-only"

    monkeypatch.setattr("annotator.ui.opening.ask", answer)
    with holding(path):
        window = _started(qtbot, path, settings)
        assert asked == ["The project is open elsewhere"]
        assert window.project is not None and window.project.read_only
        window.close()
        window.project.close()
