"""Item models (checked by qtmodeltester), the taxonomy editor, and start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.ui import commands
from annotator.ui.app import display_missing, open_window
from annotator.ui.dialogs.taxonomy_editor import TaxonomyEditor
from annotator.ui.models.annotations import AnnotationListModel
from annotator.ui.models.library import LibraryFilterModel, SourceTableModel
from annotator.ui.models.taxonomy import TaxonomyModel
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui


def test_library_model_and_filter(qapp, qtmodeltester, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_file(
        write_file("a.txt", "One source."), {"authors": ["A. Author"], "date_text": "1931"}
    )
    project.sources.import_file(
        write_file("b.txt", "Another."), {"kind": "secondary", "date_text": "c. 1920"}
    )
    model = SourceTableModel(project.sources.list())
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "A. Author"
    proxy = LibraryFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(2)
    assert proxy.index(0, 2).data() == "c. 1920"  # dates sort by their range, not their text
    proxy.set_filter_text("author 1931")
    assert proxy.rowCount() == 1


def test_annotation_and_taxonomy_models(qapp, qtmodeltester, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Some words of a source.")).source_id
    project.annotations.create(source, 5, 10, ["bias/polemical"], note="n")
    project.annotations.create(source, 0, 4)
    annotations = AnnotationListModel()
    annotations.set_annotations(project.annotations.list())
    qtmodeltester.check(annotations)
    assert annotations.index(0, 0).data() == "Some"
    taxonomy = TaxonomyModel()
    project.taxonomy.add_tag("bias", "Euphemism", parent="loaded-language")
    taxonomy.set_taxonomy(project.taxonomy.taxonomy(), project.taxonomy.usage())
    qtmodeltester.check(taxonomy)
    assert taxonomy.rowCount() == 3
    child = taxonomy.index_of_tag(project.taxonomy.taxonomy().resolve("bias/euphemism").id)
    assert child.parent().data() == "Loaded language"


def test_annotation_list_finds_rows_by_id_through_inserts_moves_and_removals(
    qapp, qtmodeltester, project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    text = "Some words of a source, and more of it."
    source = project.sources.import_file(write_file("a.txt", text)).source_id
    made = [project.annotations.create(source, start, start + 4) for start in (20, 5, 10, 5, 0)]
    annotations = AnnotationListModel()
    annotations.set_annotations(made[:3])
    annotations.upsert(made[3:])
    moved = project.annotations.update(made[1].id, start=30, end=34)  # to the end: its row changes
    annotations.upsert([moved])
    annotations.remove([made[2].id, 999_999])  # one listed, one never was
    qtmodeltester.check(annotations)
    listed = [annotations.annotation_at(row) for row in range(annotations.rowCount())]
    assert [(a.start, a.id) for a in listed] == sorted((a.start, a.id) for a in listed)
    assert {a.id for a in listed} == {made[0].id, made[1].id, made[3].id, made[4].id}
    for row, annotation in enumerate(listed):
        assert annotations.row_of(annotation.id) == row
    assert annotations.row_of(made[2].id) is None and annotations.row_of(999_999) is None


def test_taxonomy_editor_with_a_tag_in_use(qtbot, project: Project, write_file, shown_messages) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    source = project.sources.import_file(write_file("a.txt", "Some words of a source.")).source_id
    a = project.annotations.create(source, 0, 4, ["bias/polemical"])
    stack = QUndoStack()
    editor = TaxonomyEditor(project, stack)
    qtbot.addWidget(editor)
    polemical = project.taxonomy.taxonomy().resolve("bias/polemical")
    loaded = project.taxonomy.taxonomy().resolve("bias/loaded-language")
    assert not editor._push(commands.DeleteTag(project, polemical))  # in use and no choice: refused
    assert stack.count() == 0 and "choose" in shown_messages[0]
    assert editor._push(commands.DeleteTag(project, polemical, in_use="merge", merge_into=loaded.id))
    assert [t.path for t in project.annotations.get(a.id).tags] == ["bias/loaded-language"]
    stack.undo()
    assert [t.path for t in project.annotations.get(a.id).tags] == ["bias/polemical"]
    editor.select_tag(polemical.id)
    assert editor.current_tag() == polemical
    assert editor._push(commands.UpdateTag(project, polemical, {"name": "Polemic", "color": "#123456"}))
    assert editor._push(
        commands.MoveTag(
            project, project.taxonomy.taxonomy().tag_by_id(polemical.id), parent_id=loaded.id, index=0
        )
    )
    assert project.taxonomy.taxonomy().tag_by_id(polemical.id).parent_id == loaded.id
    stack.undo()
    stack.undo()
    assert project.taxonomy.taxonomy().tag_by_id(polemical.id) == polemical


def test_start_up_opens_the_last_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set_last_project(tmp_path / "last.annotator")
    Project.open(tmp_path / "last.annotator").close()
    window = open_window(None, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.project.path == tmp_path / "last.annotator"
    window.close()
    window.project.close()


def test_without_a_display_the_app_says_so_and_exits_2(tmp_path: Path) -> None:
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: Qt alone would abort (134) blaming libxcb-cursor0."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    project = tmp_path / "p.annotator"
    run = subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2, run.stderr
    assert "needs a graphical session" in run.stderr and "annotator --help" in run.stderr
    assert "xcb" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not project.exists()


def test_display_check_leaves_offscreen_xvfb_and_other_systems_to_qt() -> None:
    assert display_missing({}, "linux")
    assert display_missing({"DISPLAY": ""}, "linux")
    assert not display_missing({"DISPLAY": ":99"}, "linux")  # xvfb-run sets DISPLAY
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")
    assert not display_missing({}, "darwin")
