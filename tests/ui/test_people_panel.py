"""Speakers in the window, through real widgets on a real project: the inspector's Speaker field (type-ahead
over the project's people, a role, undo and redo), the People panel's counts by role, its filter box, and
choosing a person filtering the Annotations panel and searching for their passages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QMenu

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from tests.ui.test_reader_evidence import QUOTE, TEXT, _wait_for_items

pytestmark = pytest.mark.gui


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def source(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    path = write_file("thaw.txt", TEXT)
    return project.sources.import_file(path, {"title": "Memoirs of the Thaw"}).source_id


@pytest.fixture
def window(qtbot, project: Project, source: int, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    spoken = project.annotations.create(source, *_span("Historians no longer describe"), ["bias/polemical"])
    project.annotations.set_speaker(spoken.id, "Richard Sakwa", "cited")
    bargained = project.annotations.create(source, *_span("bargained with Moscow"), [])
    project.annotations.set_speaker(bargained.id, "the Regional Committee", "author")
    project.annotations.create(source, *_span("The sentence was struck"), [])
    main = MainWindow(project, settings)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    _wait_for_items(qtbot, main, source)
    yield main
    main.close()


def _annotation_at(project: Project, phrase: str):  # type: ignore[no-untyped-def]
    span = _span(phrase)
    return next(a for a in project.annotations.list() if (a.start, a.end) == span)


def _select(window: MainWindow, phrase: str) -> None:
    window.select_annotation(_annotation_at(window.project, phrase).id)


def test_the_speaker_is_typed_in_the_inspector_with_a_role_and_undone_step_by_step(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    _select(window, "The sentence was struck")
    inspector = window.inspector
    assert inspector.speaker.text() == "" and inspector.speaker_role.currentData() == "quoted"
    inspector.speaker.setFocus()
    qtbot.keyClicks(inspector.speaker, "Nikita Khrushchev")
    qtbot.keyClick(inspector.speaker, Qt.Key.Key_Return)
    stored = _annotation_at(window.project, "The sentence was struck").speaker
    assert stored is not None and (stored.name, stored.role.value) == ("Nikita Khrushchev", "quoted")
    assert window.undo_stack.undoText() == "Set speaker Nikita Khrushchev"
    assert inspector.speaker.text() == "Nikita Khrushchev"  # shown back from the stored annotation

    inspector.speaker_role.setCurrentIndex(inspector.speaker_role.findData("author"))
    inspector.speaker_role.activated.emit(inspector.speaker_role.currentIndex())
    stored = _annotation_at(window.project, "The sentence was struck").speaker
    assert stored is not None and stored.role.value == "author"
    assert window.undo_stack.count() == 2  # one step per change, not one per signal

    window.undo_action.trigger()
    stored = _annotation_at(window.project, "The sentence was struck").speaker
    assert stored is not None and stored.role.value == "quoted"
    assert inspector.speaker_role.currentData() == "quoted"
    window.undo_action.trigger()
    assert _annotation_at(window.project, "The sentence was struck").speaker is None
    assert inspector.speaker.text() == ""
    assert "Nikita Khrushchev" not in window.project.people.names()  # no stale name left
    window.redo_action.trigger()
    stored = _annotation_at(window.project, "The sentence was struck").speaker
    assert stored is not None and stored.name == "Nikita Khrushchev"


def test_clearing_the_field_clears_the_speaker(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "bargained with Moscow")
    inspector = window.inspector
    assert inspector.speaker.text() == "the Regional Committee"
    assert inspector.speaker_role.currentData() == "author"
    inspector.speaker.clear()
    inspector.speaker.editingFinished.emit()
    assert _annotation_at(window.project, "bargained with Moscow").speaker is None
    assert window.undo_stack.undoText() == "Clear speaker"


def test_type_ahead_offers_the_projects_people(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "The sentence was struck")
    inspector = window.inspector
    # By name without a leading "the", as the project compares names.
    assert inspector.people_model.stringList() == ["the Regional Committee", "Richard Sakwa"]
    inspector.speaker.setFocus()
    qtbot.keyClicks(inspector.speaker, "sak")  # a part of the name, in any case
    completer = inspector.completer
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=2000)
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert offered == ["Richard Sakwa"]
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    stored = _annotation_at(window.project, "The sentence was struck").speaker
    assert stored is not None and stored.name == "Richard Sakwa"  # the same person, not a new one
    assert sorted(window.project.people.names()) == ["Richard Sakwa", "the Regional Committee"]
    assert window.undo_stack.count() == 1


def test_a_new_speaker_is_offered_at_once_on_the_next_annotation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _select(window, "The sentence was struck")
    window.inspector.speaker.setText("Nikita Khrushchev")
    window.inspector.speaker.editingFinished.emit()
    _select(window, "Historians no longer describe")
    assert "Nikita Khrushchev" in window.inspector.people_model.stringList()


def _show_people(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.people_dock.show()
    window.people_dock.raise_()
    qtbot.waitUntil(lambda: bool(window.people.panel.lines()), timeout=5000)


def test_the_people_panel_counts_annotations_and_proposals_by_role(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    panel = window.people.panel
    names = panel.visible_names()
    # The proposals of the source (detected when it opened) name people the annotations do not.
    assert {"Richard Sakwa", "the Regional Committee", "Khrushchev", "Sakwa", "Service"} <= set(names)
    assert panel.row_texts("Richard Sakwa") == [["Richard Sakwa", "1", "–"], ["cited", "1", "–"]]
    assert panel.row_texts("Khrushchev") == [["Khrushchev", "–", "1"], ["quoted", "–", "1"]]
    assert panel.row_texts("Sakwa") == [["Sakwa", "–", "1"], ["cited", "–", "1"]]

    # Accepting the quotation makes an annotation with its speaker: the counts follow.
    item = next(i for i in window.evidence.items() if i.start == QUOTE)
    window.project.evidence.accept(window.current_source_id, [item.id])
    qtbot.waitUntil(lambda: panel.row_texts("Khrushchev")[0][1] == "1", timeout=5000)
    assert panel.row_texts("Khrushchev") == [["Khrushchev", "1", "–"], ["quoted", "1", "–"]]


def test_the_filter_box_narrows_the_list_by_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    panel = window.people.panel
    qtbot.keyClicks(panel.filter_edit, "SAKW")
    assert panel.visible_names() == ["Richard Sakwa", "Sakwa"]
    panel.filter_edit.clear()
    assert len(panel.visible_names()) > 2


def test_choosing_a_person_filters_the_annotations_panel_and_show_all_undoes_it(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    _show_people(qtbot, window)
    panel, cards = window.people.panel, window.annotation_panel
    everyone = cards.visible_ids()
    assert len(everyone) == 3
    sakwa = _annotation_at(window.project, "Historians no longer describe")
    rows = [panel.proxy.index(r, 0) for r in range(panel.proxy.rowCount())]
    index = next(i for i in rows if i.data() == "Richard Sakwa")
    panel.tree.scrollTo(index)
    where = panel.tree.visualRect(index).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert cards.visible_ids() == [sakwa.id]
    assert "only Richard Sakwa, 1 in this source of 1 in all" in panel.status.text()
    assert cards.banner.isVisible() and "Only Richard Sakwa" in cards.banner.text()
    assert window.annotations_dock.windowTitle() == "Annotations"  # the tab keeps its short label

    # An edit while filtered: a card that gets the speaker appears, the filter stays.
    other = _annotation_at(window.project, "The sentence was struck")
    window.project.annotations.set_speaker(other.id, "richard sakwa", "quoted")
    assert cards.visible_ids() == [sakwa.id, other.id]
    panel.choose("Richard Sakwa", "quoted")  # one of their roles only
    assert cards.visible_ids() == [other.id]

    panel.show_all_button.click()
    assert cards.visible_ids() == everyone
    assert not cards.banner.isVisible()

    panel.choose("Richard Sakwa")
    cards.banner.linkActivated.emit("all")  # "show all" in the banner
    assert cards.visible_ids() == everyone and panel.chosen is None and not cards.banner.isVisible()


def test_a_person_only_proposed_shows_no_annotations_and_says_why(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    panel = window.people.panel
    panel.choose("Khrushchev")
    assert window.annotation_panel.visible_ids() == []
    assert "in no annotation yet" in panel.status.text()
    assert not panel.search_button.isEnabled()


def test_search_finds_the_persons_passages_in_every_source(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    panel = window.people.panel
    panel.choose("the Regional Committee")
    assert panel.search_button.isEnabled()
    panel.search_button.click()
    assert window.search_panel.query.currentText() == 'speaker:"the Regional Committee"'
    results = window.search.results
    assert results is not None
    texts = {TEXT[h.start : h.end] for h in results.hits}
    assert texts == {"bargained with Moscow"}


def test_rename_and_merge_from_the_panel_are_each_one_undo_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    people, panel = window.people, window.people.panel
    project = window.project
    before = window.undo_stack.count()
    assert people.rename(panel.find("Richard Sakwa"), "R. Sakwa")  # type: ignore[arg-type]
    assert "R. Sakwa" in panel.visible_names() and "Richard Sakwa" not in panel.visible_names()
    spoken = _annotation_at(project, "Historians no longer describe")
    assert spoken.speaker is not None and spoken.speaker.name == "R. Sakwa"
    _select(window, "Historians no longer describe")
    assert window.inspector.speaker.text() == "R. Sakwa"

    assert people.merge(panel.find("the Regional Committee"), "R. Sakwa")  # type: ignore[arg-type]
    assert "the Regional Committee" not in project.people.names()
    moved = _annotation_at(project, "bargained with Moscow").speaker
    assert moved is not None and (moved.name, moved.role.value) == ("R. Sakwa", "author")  # role kept
    assert window.undo_stack.count() == before + 2

    window.undo_action.trigger()  # the merge
    moved = _annotation_at(project, "bargained with Moscow").speaker
    assert moved is not None and moved.name == "the Regional Committee"
    qtbot.waitUntil(lambda: "the Regional Committee" in panel.visible_names(), timeout=5000)
    window.undo_action.trigger()  # the rename
    assert _annotation_at(project, "Historians no longer describe").speaker.name == "Richard Sakwa"  # type: ignore[union-attr]
    window.redo_action.trigger()
    assert _annotation_at(project, "Historians no longer describe").speaker.name == "R. Sakwa"  # type: ignore[union-attr]


def test_renaming_to_someone_elses_name_is_refused_with_a_message(
    qtbot, window: MainWindow, shown_messages: list[str]  # type: ignore[no-untyped-def]
) -> None:
    _show_people(qtbot, window)
    people, panel = window.people, window.people.panel
    before = window.undo_stack.count()
    assert not people.rename(panel.find("Richard Sakwa"), "THE REGIONAL COMMITTEE")  # type: ignore[arg-type]
    assert window.undo_stack.count() == before
    assert any("someone else already" in m for m in shown_messages)
    assert sorted(window.project.people.names()) == ["Richard Sakwa", "the Regional Committee"]


def test_the_export_dialog_filters_by_speaker(qtbot, project: Project, settings: AppSettings) -> None:  # type: ignore[no-untyped-def]
    from annotator.domain.excerpts import ExcerptFilter
    from annotator.ui.dialogs.export import ExportDialog

    source = project.sources.import_bytes("t.txt", TEXT.encode(), {}).source_id
    spoken = project.annotations.create(source, *_span("Historians no longer describe"), [])
    project.annotations.set_speaker(spoken.id, "Richard Sakwa", "cited")
    project.annotations.create(source, *_span("The sentence was struck"), [])
    dialog = ExportDialog(project, None, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.filter_panel
    assert [panel.speaker.itemData(i) for i in range(panel.speaker.count())] == [None, "Richard Sakwa"]
    dialog.refresh()
    assert dialog.matching() == 2
    panel.speaker.setCurrentIndex(panel.speaker.findData("Richard Sakwa"))
    dialog.refresh()
    assert dialog.matching() == 1
    assert panel.excerpt_filter().speaker == "Richard Sakwa"
    panel.set_filter(ExcerptFilter(speaker="sakwa"))  # as the command line may name them
    assert panel.speaker.currentData() == "sakwa"
    dialog.refresh()
    assert dialog.matching() == 1
    panel.reset()
    assert panel.speaker.currentData() is None
    dialog.close()


def test_the_counts_follow_proposals_read_and_rejected_without_a_refresh(
    qtbot, window: MainWindow, write_file  # type: ignore[no-untyped-def]
) -> None:
    _show_people(qtbot, window)
    panel = window.people.panel
    assert panel.find("Conquest") is None
    other = window.project.sources.import_file(write_file("other.txt", "A short note (Conquest, 12).\n"), {})
    window.open_source(other.source_id)  # its evidence is read in a worker
    qtbot.waitUntil(lambda: panel.find("Conquest") is not None, timeout=20_000)
    assert panel.row_texts("Conquest") == [["Conquest", "–", "1"], ["cited", "–", "1"]]
    item = next(i for i in window.evidence.items() if i.evidence.cited_author == "Conquest")
    assert window.evidence.reject([item.id])
    qtbot.waitUntil(lambda: panel.find("Conquest") is None, timeout=5000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.find("Conquest") is not None, timeout=5000)


def test_ctrl_shift_p_brings_the_people_panel_forward_with_the_keyboard_in_its_filter(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Tabbed behind the Library, the View toggle would hide the panel: a key brings it forward instead."""
    window.library_dock.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader, Qt.Key.Key_P, ctrl_shift)
    qtbot.waitUntil(lambda: window.people.panel.filter_edit.hasFocus())
    assert not window.people_dock.visibleRegion().isEmpty()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.people.focus_action in view.actions()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_columns_and_the_grey_names_say_what_they_mean_and_grey_is_readable(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _show_people(qtbot, window)
    panel = window.people.panel
    header = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Name", "Annotations", "To decide"]  # the Evidence panel's "proposals to decide"
    tip = Qt.ItemDataRole.ToolTipRole
    tips = [panel.model.headerData(c, Qt.Orientation.Horizontal, tip) for c in range(3)]
    assert all(tips) and "Evidence panel" in tips[2]
    row = panel.proxy.mapToSource(
        next(
            panel.proxy.index(r, 0)
            for r in range(panel.proxy.rowCount())
            if panel.proxy.index(r, 0).data() == "Khrushchev"
        )
    )
    grey = panel.model.itemFromIndex(row).foreground().color()
    assert _contrast(grey, panel.tree.palette().color(QPalette.ColorRole.Base)) >= 4.5  # WCAG AA for text
    assert "Grey: only in evidence still to decide" in panel.status.text()


def test_an_accepted_quotation_has_its_marks_once_in_the_inspector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Accepted from the Evidence panel, a quotation keeps its own marks: the inspector showed ““We…””."""
    item = next(i for i in window.evidence.items() if i.start == QUOTE)
    assert window.evidence.accept([item.id])
    made = next(a for a in window.project.annotations.list() if a.start == QUOTE)
    window.select_annotation(made.id)
    shown = window.inspector.quote.text()
    assert shown.startswith("“We were all") and not shown.startswith("““")
    assert not shown.endswith("””")


def test_f2_renames_and_shift_f10_opens_the_menu_of_the_current_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Rename and Merge were on the right click only."""
    _show_people(qtbot, window)
    panel = window.people.panel
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.tree.setFocus()
    row = next(
        panel.proxy.index(r, 0)
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data() == "Richard Sakwa"
    )
    panel.tree.setCurrentIndex(row)
    asked: list[str] = []

    def answer() -> None:  # the rename dialog, or the menu: note what it is, then close it
        modal, popup = QApplication.activeModalWidget(), QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            asked.append(popup.actions()[0].text())
            popup.close()
        elif modal is not None:
            asked.append(modal.windowTitle())
            modal.close()
        else:  # not open yet (a loaded machine): look again, never leave it open and the test waiting
            QTimer.singleShot(50, answer)

    with qtbot.waitSignal(panel.rename_requested, timeout=20_000):
        QTimer.singleShot(100, answer)
        qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    window.activateWindow()  # back from the dialog (offscreen, nothing gives the window back its focus)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.tree.setFocus()
    QTimer.singleShot(100, answer)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert asked[1] == "Rename Richard Sakwa…"


def test_the_inspectors_reference_field_is_not_named_like_the_evidence_panel(window: MainWindow) -> None:
    """"Evidence" beside an "Evidence" tab read as one thing: the field is the source the passage cites."""
    field = window.inspector.evidence
    form = next(f for f in window.inspector.findChildren(QFormLayout) if f.indexOf(field) >= 0)
    label = form.labelForField(field)
    assert label is not None and label.text() == "Source cited"
    assert window.evidence_dock.windowTitle() == "Evidence"
