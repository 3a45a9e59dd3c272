"""Tools for the current source, driven through their dialogs against a real project: a new version
(with its orphaned annotations listed), a split (refused through an annotation), metadata from a
bibliography."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from annotator.ui.dialogs.import_report import open_reports
from annotator.ui.dialogs.metadata_import import MetadataImportDialog
from annotator.ui.dialogs.source_tools import ReimportDialog, SplitDialog
from tests.helpers.import_samples import JOINED, SPLIT_TEXT, state

pytestmark = pytest.mark.gui


def annotate(project: Project, source_id: int, phrase: str, *tags: str) -> int:
    start = project.sources.text(source_id).index(phrase)
    return project.annotations.create(source_id, start, start + len(phrase), tags=list(tags)).id


def test_reimport_of_the_kept_original_with_other_options(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(samples["wrapped"], options=ImportOptions(reflow=False))
    kept = annotate(project, first.source_id, "nineteen households", "claim-type/statistical")
    opened: list[int] = []
    dialog = ReimportDialog(project, first.source_id, on_open=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.original.isChecked() and dialog.reflow.isChecked() and not dialog.clean.isChecked()
    assert dialog.preview.after.toPlainText() == JOINED
    dialog.reimport()

    assert dialog.result() == QDialog.DialogCode.Accepted
    report = dialog.outcome.report
    assert (report.version, report.previous_version_id, report.reanchored, report.orphans) == (
        2,
        first.source_id,
        1,
        (),
    )
    assert project.sources.text(report.source_id) == JOINED
    assert [a.id for a in project.annotations.list(source_id=report.source_id)] == [kept]
    text = dialog.report_dialog.browser.toPlainText()
    assert "(version 2)" in text
    assert "Version 2 of source 1: 1 annotation re-anchored (1 loose), 0 orphaned" in text  # lines joined


def test_reimport_from_another_file_lists_the_orphans(qtbot, project: Project, samples, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(samples["wrapped"])
    kept = annotate(project, first.source_id, "nineteen households")
    lost = annotate(project, first.source_id, "the secretary wrote")
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(JOINED.replace("the secretary wrote", "the clerk noted"), encoding="utf-8")
    dialog = ReimportDialog(project, first.source_id)
    qtbot.addWidget(dialog)
    dialog.choose_file(corrected)
    assert dialog.other.isChecked() and dialog.found.text() == "plain text"
    dialog.reimport()

    report = dialog.outcome.report
    assert [(o.annotation_id, o.reason) for o in report.orphans] == [(lost, "not found")]
    assert [a.id for a in project.annotations.list(source_id=report.source_id)] == [kept]
    assert [a.id for a in project.annotations.list(source_id=first.source_id)] == [lost]  # left, not lost
    text = dialog.report_dialog.browser.toPlainText()
    assert "To place by hand: these stay on the previous version (source 1):" in text
    assert f"annotation {lost}: “the secretary wrote” — not found" in text


def test_a_refused_new_version_stays_in_the_dialog(qtbot, project: Project, samples, qdpx) -> None:  # type: ignore[no-untyped-def]
    samples = {**samples, "qdpx": qdpx}
    first = project.sources.import_file(samples["capture"])
    before = state(project)
    dialog = ReimportDialog(project, first.source_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file(samples["broken"])
    dialog.reimport()
    assert dialog.isVisible() and dialog.outcome is None
    assert dialog.error.text() == (
        "broken.txt: this is a binary file, not text (it holds NUL bytes, the first at byte 0)"
    )
    dialog.choose_file(samples["qdpx"])
    dialog.reimport()
    assert "a REFI-QDA project cannot be a new version" in dialog.error.text()
    assert state(project) == before and open_reports() == []


def test_split_refuses_a_cut_through_an_annotation_then_splits(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_bytes("two.txt", SPLIT_TEXT.encode(), {"title": "Seed grain"}).source_id
    grain = annotate(project, source, "seed grain")
    comment = annotate(project, source, "her grandmother remembered")
    across = SPLIT_TEXT.index("grandmother")
    dialog = SplitDialog(project, source, across)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert (
        f"cannot split at {across}: annotation(s) {comment} run across that position" in dialog.error.text()
    )
    assert not ok.isEnabled()
    dialog.split()  # the service refuses it too, with the same words
    assert dialog.result_report is None and "run across that position" in dialog.error.text()
    assert [s.id for s in project.sources.list()] == [source]

    at = SPLIT_TEXT.index("Reader comments")
    dialog.position.setValue(at - 1)  # inside the blank line: the cut moves off the whitespace
    assert ok.isEnabled() and dialog.error.text() == ""
    assert "schoolhouse.<span" in dialog.context.text()
    assert dialog.first.text().endswith(
        f"{SPLIT_TEXT.index('schoolhouse.') + 12} characters, 1 annotation(s)"
    )
    dialog.second_title.setText("Reader comments")
    dialog.split()

    split = dialog.result_report
    assert dialog.result() == QDialog.DialogCode.Accepted
    titles = {s.id: s.title for s in project.sources.list()}
    assert titles == {split.first_id: "Seed grain", split.second_id: "Reader comments"}
    assert project.sources.text(split.second_id) == SPLIT_TEXT[at:]
    assert project.annotations.get(grain).source_id == split.first_id
    moved = project.annotations.get(comment)
    assert moved.source_id == split.second_id and moved.quote.exact == "her grandmother remembered"


def test_metadata_matches_are_shown_then_applied(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    minutes = project.sources.import_file(samples["wrapped"]).source_id
    other = project.sources.import_file(samples["capture"]).source_id
    dialog = MetadataImportDialog(project, other)
    qtbot.addWidget(dialog)
    dialog.load(samples["bibliography"])

    def column(c: int) -> list[str]:
        return [dialog.table.item(i, c).text() for i in range(dialog.table.rowCount())]

    assert column(0) == ["minutes1930", "unrelated"]
    assert column(2) == [
        f"{minutes}: minutes-of-the-krasnoye-village-soviet",
        "no source with this title or file name",
    ]
    assert column(4) == ["—", "—"]
    assert project.sources.get(minutes).title == "minutes-of-the-krasnoye-village-soviet"  # not yet
    dialog.apply()

    metadata = project.sources.get(minutes).metadata
    assert metadata.title == "Minutes of the Krasnoye village soviet"
    assert metadata.authors == ("Petrova, Anna",) and metadata.date_text.startswith("1930")
    applied = column(4)[0]
    assert "title" in applied and "authors" in applied and "date text" in applied
    assert dialog.status.text().startswith("Metadata applied to 1 source(s).")
    assert not dialog.apply_button.isEnabled()
    assert project.sources.get(other).title == "teacher-letter-capture"


def test_an_entry_applied_to_the_current_source(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(samples["capture"]).source_id
    dialog = MetadataImportDialog(project, source)
    qtbot.addWidget(dialog)
    dialog.load(samples["bibliography"])
    assert not dialog.apply_button.isEnabled()  # no entry matches a source by itself
    assert dialog.status.text().startswith("0 of 2 entries match a source.")
    dialog.to_current.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.apply()
    assert project.sources.get(source).title == "A book nobody imported"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "chosen"


def test_a_file_that_is_no_bibliography_is_refused_in_the_dialog(qtbot, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    dialog = MetadataImportDialog(project)
    qtbot.addWidget(dialog)
    dialog.load(write_file("notes.json", "{not json"))
    assert dialog.status.text().startswith("notes.json: ")
    assert not dialog.apply_button.isEnabled() and not dialog.to_current.isEnabled()


def test_reimport_of_a_web_capture_proposes_its_clean_up(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(samples["capture"])
    dialog = ReimportDialog(project, first.source_id)
    qtbot.addWidget(dialog)
    assert dialog.clean.isChecked()  # the kept original looks like a saved web page
    assert dialog.options().clean_web
