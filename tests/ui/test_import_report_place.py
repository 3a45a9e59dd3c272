"""The import report of a new version (issue 13): how each annotation was placed, the orphans with their
likely place, and a Confirm link that places one, undoably, through the window's undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QUndoStack

from annotator.services.project import Project
from annotator.ui.dialogs.source_tools import ReimportDialog
from tests.services.test_import_versions import NEWSPAPER, OTHER, REQUISITION

pytestmark = pytest.mark.gui

OLD = "\n\n".join([REQUISITION, NEWSPAPER, OTHER])


def annotate(project: Project, source_id: int, phrase: str) -> int:
    start = project.sources.text(source_id).index(phrase)
    return project.annotations.create(source_id, start, start + len(phrase)).id


def test_a_suggested_place_is_confirmed_in_the_report_and_undone(qtbot, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", OLD)).source_id
    harvest = annotate(project, first, "harvest")  # its paragraph is deleted below
    objection = annotate(project, first, "nobody dared to object to the plan")  # corrected below
    chairman = annotate(project, first, "The chairman was replaced")
    before = project.annotations.get(objection)
    corrected = "\n\n".join([NEWSPAPER, OTHER.replace("dared to object", "had dared object")])
    stack = QUndoStack()
    dialog = ReimportDialog(project, first, undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.choose_file(write_file("b.txt", corrected))
    dialog.reimport()

    report_dialog = dialog.report_dialog
    assert report_dialog is not None
    second = dialog.outcome.report.source_id
    text = report_dialog.browser.toPlainText()
    assert "Version 2 of source 1: 1 annotation re-anchored (1 partial), 2 orphaned" in text
    assert f"annotation {harvest}: “harvest” — context gone" in text
    quote = "“nobody dared to object to the plan”"
    assert f"annotation {objection}: {quote} — uncertain; likely place (fuzzy match)" in text
    assert "“nobody had dared object to the plan” Confirm" in text
    html = report_dialog.browser.toHtml()
    assert f"place:{objection}:{second}" in html and f"place:{harvest}:" not in html  # nothing to confirm
    assert project.annotations.get(objection).quote == before.quote  # not moved before the historian says
    assert project.annotations.get(chairman).source_id == second

    report_dialog.browser.anchorClicked.emit(QUrl(f"place:{objection}:{second}"))
    moved = project.annotations.get(objection)
    assert (moved.source_id, moved.quote.exact) == (second, "nobody had dared object to the plan")
    assert "placed on source 2 (Edit › Undo takes it back)" in report_dialog.browser.toPlainText()
    assert f"place:{objection}:{second}" not in report_dialog.browser.toHtml()
    assert stack.count() == 1 and stack.undoText() == f"Place annotation {objection} on source {second}"

    stack.undo()
    back = project.annotations.get(objection)
    assert (back.source_id, back.start, back.end) == (first, before.start, before.end)
    assert back.quote == before.quote
    stack.redo()
    assert project.annotations.get(objection).source_id == second


def test_a_refused_confirmation_is_said_in_the_report(qtbot, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", OLD)).source_id
    objection = annotate(project, first, "nobody dared to object to the plan")
    corrected = OLD.replace("dared to object", "had dared object")
    dialog = ReimportDialog(project, first, undo_stack=QUndoStack())
    qtbot.addWidget(dialog)
    dialog.choose_file(write_file("b.txt", corrected))
    dialog.reimport()
    second = dialog.outcome.report.source_id
    project.annotations.delete(objection)  # gone meanwhile (another window, the command line)

    dialog.report_dialog.confirm(objection, second)
    text = dialog.report_dialog.browser.toPlainText()
    assert f"not placed: no annotation with id {objection}" in text
