"""Coders in the window: the reader shows everyone's annotations (each coder's colour in the margin), mine
or one coder's; an edit or undo that another coder's change overtook is told and shows theirs; Tools ›
Inter-coder agreement computes, lists the disagreements, and opens one in the reader on a double-click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import TEXT

pytestmark = pytest.mark.gui


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _two_coders(window: MainWindow) -> tuple[int, int]:
    """ann and ben (another Project on the same file, as two people would) annotate the report."""
    project = window.project
    source = window.current_source_id
    assert source is not None
    with Project.open(project.path) as theirs:
        theirs.coders.act_as("ann")
        ann = theirs.annotations.create(source, *_span("Forty-two households"), ["bias/loaded-language"]).id
        theirs.coders.act_as("ben")
        ben = theirs.annotations.create(source, *_span("district committee"), ["bias/loaded-language"]).id
        theirs.annotations.create(source, *_span("Forty-two"), ["bias/loaded-language"])
    window._reload_annotations()
    return ann, ben


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    window.coders.fill_menu()
    return next(a for a in window.coders.filter_menu.actions() if a.text().replace("&", "").startswith(text))


def _margin_colors(window: MainWindow) -> set[str]:
    image = window.reader._margin.grab().toImage()
    x_range = range(image.width() - 14, image.width())
    return {QColor(image.pixel(x, y)).name() for x in x_range for y in range(0, min(image.height(), 200))}


def test_the_reader_shows_everyones_mine_or_one_coders(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    mine = window.project.annotations.create(window.current_source_id, *_span("the report")).id  # type: ignore[arg-type]
    ann, ben = _two_coders(window)
    coders = {c.login: c for c in window.project.coders.list()}
    assert len(window.reader.shown_annotations()) == 4  # everyone's, the default

    _menu_action(window, "Everyone").trigger()
    qtbot.wait(50)
    colors = _margin_colors(window)
    assert coders["ann"].color in colors and coders["ben"].color in colors  # bars in the margin

    _menu_action(window, "Mine").trigger()
    assert [a.id for a in window.reader.shown_annotations()] == [mine]
    assert len(window.reader.annotations()) == 4  # the source's, for its counts and the panel
    assert coders["ann"].color not in _margin_colors(window)

    _menu_action(window, "ann").trigger()
    assert [a.id for a in window.reader.shown_annotations()] == [ann]
    assert window.reader.annotations_at(_span("Forty-two")[0]) == [window.project.annotations.get(ann)]
    assert _menu_action(window, "ann").isChecked()

    _menu_action(window, "ben").trigger()
    shown = window.reader.shown_annotations()
    assert ben in {a.id for a in shown} and len(shown) == 2
    window.open_source(window.current_source_id)  # type: ignore[arg-type]
    assert len(window.reader.shown_annotations()) == 2  # the choice stays while reading


def test_an_edit_overtaken_by_another_coder_is_told_and_shows_theirs(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown_messages: list[str]
) -> None:
    made = window.project.annotations.create(window.current_source_id, *_span("the report"))  # type: ignore[arg-type]
    window._reload_annotations()
    window.select_annotation(made.id)
    with Project.open(window.project.path) as theirs:
        theirs.coders.act_as("bob")
        theirs.annotations.update(made.id, note="bob's reading")
    window.inspector.note.setPlainText("my reading")
    window.inspector._commit_note()
    assert window.project.annotations.get(made.id).note == "bob's reading"  # never overwritten
    assert shown_messages and "changed by another coder" in shown_messages[-1]
    assert window.reader.annotation(made.id).note == "bob's reading"  # type: ignore[union-attr]


def test_undo_does_not_undo_another_coders_change(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown_messages: list[str]
) -> None:
    made = window.project.annotations.create(window.current_source_id, *_span("the report"))  # type: ignore[arg-type]
    window._reload_annotations()
    window.select_annotation(made.id)
    window.inspector.note.setPlainText("my reading")
    window.inspector._commit_note()
    window.inspector.evidence.setText("minutes, f. 3")
    window.inspector.evidence.editingFinished.emit()
    window.undo_action.trigger()  # my own last edit: undone
    assert window.project.annotations.get(made.id).evidence_ref == ""
    with Project.open(window.project.path) as theirs:
        theirs.coders.act_as("bob")
        theirs.annotations.update(made.id, note="bob's reading")
    window.undo_action.trigger()  # would put my note's "before" over bob's
    assert window.project.annotations.get(made.id).note == "bob's reading"
    assert shown_messages and "changed by another coder" in shown_messages[-1]


def test_agreement_dialog_lists_figures_and_opens_a_disagreement(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _two_coders(window)
    window.show_single_view()
    dialog = window.coders.show_agreement()
    qtbot.addWidget(dialog)
    coders = [dialog.coder_list.item(i) for i in range(dialog.coder_list.count())]
    for item in coders:  # ann and ben only
        keep = item.data(Qt.ItemDataRole.UserRole) in ("ann", "ben")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    dialog.facet_box.setCurrentIndex(dialog.facet_box.findData("bias"))
    report = dialog.compute()
    assert report is not None and [c.login for c in report.coders] == ["ann", "ben"]
    assert dialog.figures.rowCount() == len(report.figures)
    assert dialog.figures.item(0, 0).text() == "Bias"
    loaded = next(f for f in report.figures if f.tag == "bias/loaded-language")
    row = report.figures.index(loaded)
    assert dialog.figures.item(row, 1).text() == f"{loaded.alpha:.3f}"
    first = report.disagreements[0]
    assert dialog.disagreements.rowCount() == len(report.disagreements)
    assert dialog.disagreements.horizontalHeaderItem(2).text() == "ann"
    dialog._open_row(0)
    assert window.reader.selected_range() == (first.start, first.end)


def test_the_inspector_names_the_coder(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ann, _ = _two_coders(window)
    window.select_annotation(ann)
    assert window.inspector.coder.text() == "Coder: ann" and not window.inspector.coder.isHidden()
