from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.ui.app import MainWindow, SourceTableModel

pytestmark = pytest.mark.gui


def test_source_table_model_passes_the_model_tester(qtmodeltester, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_file(
        write_file("a.txt", "One source."), {"authors": ["A. Author"], "date_text": "1931"}
    )
    project.sources.import_file(write_file("b.txt", "Another source."), {"kind": "secondary"})
    model = SourceTableModel(project.sources.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "A. Author"
    assert model.index(1, 3).data() == "secondary"


def test_main_window_lists_sources_and_follows_imports(qtbot, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 0
    assert "no sources yet" in window.hint.text()
    project.sources.import_file(write_file("a.txt", "A new source arrives."))
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "a"
    assert project.name in window.windowTitle()


def test_window_renders(qtbot, project: Project, tmp_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_file(
        write_file("report.txt", "Text."), {"title": "District report", "date_text": "1930"}
    )
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab()
    assert not image.isNull() and image.width() > 500
