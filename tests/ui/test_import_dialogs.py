"""The import dialog (options and preview), the import with progress and cancel, and the import report,
driven through their widgets against a real project."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from annotator.ui.dialogs.import_options import CLEAN, REFLOW, SPLIT, ImportDialog, choose_import_options
from annotator.ui.dialogs.import_report import ImportReportDialog, open_reports
from annotator.ui.import_runner import run_import
from tests.helpers.import_samples import (
    CAPTURE,
    CAPTURE_CLEANED,
    JOINED,
    PARAGRAPHS,
    WRAPPED,
    make_book_pdf,
    state,
)
from tests.helpers.web_captures import hub_page, render

pytestmark = pytest.mark.gui


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return make_book_pdf(tmp_path / "files")


def cancel_when(monkeypatch: pytest.MonkeyPatch, words: str) -> None:
    """Cancel is pressed while the progress dialog says ``words`` (a file's name, a page number)."""
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: words in self.labelText())


def only_report() -> ImportReportDialog:
    reports = open_reports()
    assert len(reports) == 1
    return reports[0]


# --- Options and preview -------------------------------------------------------------------------------


def test_dialog_shows_formats_detection_and_the_clis_defaults(qtbot, project: Project, samples, qdpx) -> None:  # type: ignore[no-untyped-def]
    samples = {**samples, "qdpx": qdpx}
    keys = ["wrapped", "capture", "page", "qdpx", "broken"]
    before = state(project)
    dialog = ImportDialog(project, [samples[k] for k in keys])
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [[dialog.table.item(i, c).text() for c in (1, 2)] for i in range(len(keys))]
    assert cells == [
        ["plain text", "detected"],
        ["plain text", "no"],
        ["web page (HTML)", "—"],
        ["REFI-QDA project", "—"],
        ["refused", "—"],
    ]
    assert dialog.table.item(4, 1).toolTip().startswith("broken.txt: this is a binary file, not text")
    assert dialog.checked(0, REFLOW) and not dialog.checked(0, CLEAN)
    assert not dialog.checked(1, REFLOW)
    assert dialog.checked(1, CLEAN)  # it looks like a saved web page: clean-up is proposed
    assert dialog.options_by_path() == {  # the refused file is left out
        samples["wrapped"]: ImportOptions(reflow=None, clean_web=False),
        samples["capture"]: ImportOptions(reflow=False, clean_web=True),
        samples["page"]: ImportOptions(reflow=None, clean_web=False),
        samples["qdpx"]: ImportOptions(reflow=None, clean_web=False),
    }
    assert "1 source(s), " in dialog.rows[3].detail
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Import 4 files"
    dialog.table.selectRow(4)
    assert dialog.preview.message.text().startswith("broken.txt: this is a binary file, not text")
    assert state(project) == before  # looking writes nothing


def test_reflow_preview_marks_the_joined_lines_and_can_be_turned_off(
    qtbot, project: Project, samples
) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(project, [samples["wrapped"]])
    qtbot.addWidget(dialog)
    pane = dialog.preview
    assert pane.before.toPlainText() == WRAPPED
    assert pane.after.toPlainText() == JOINED
    assert "Reflow: 9 wrapped lines joined (0 split words joined, 0 hyphens kept)" in pane.summary.text()
    joined = [n for n, fmt in pane.marks.marks.items() if not fmt.fontStrikeOut()]
    assert len(joined) == 9 and 0 not in joined  # the first line of a paragraph is never joined
    assert WRAPPED.split("\n")[joined[0]] == textwrap.fill(PARAGRAPHS[0], 62).split("\n")[1]
    dialog.set_option(0, reflow=False)
    assert dialog.options_for(0) == ImportOptions(reflow=False, clean_web=False)
    assert pane.after.toPlainText() == WRAPPED
    assert pane.marks.marks == {}
    assert "Reflow off: every line kept as it is (the text looks hard-wrapped)" in pane.summary.text()


def test_web_clean_up_preview_lists_every_removed_line(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(project, [samples["wrapped"], samples["capture"]])
    qtbot.addWidget(dialog)
    assert dialog.checked(1, CLEAN)  # proposed: the file looks like a saved web page
    dialog.set_option(1, clean_web=False)
    dialog.set_option(1, clean_web=True)  # selects that file and previews it
    pane = dialog.preview
    assert dialog.table.currentRow() == 1
    assert dialog.options_for(1) == ImportOptions(reflow=False, clean_web=True)
    assert pane.before.toPlainText() == CAPTURE
    assert pane.after.toPlainText() == CAPTURE_CLEANED
    listed = [pane.changes.item(i).text() for i in range(pane.changes.count())]
    assert listed[:3] == [
        "Line 1: “The Krasnoye Chronicle” removed (repeated banner)",
        "Line 2: “Open search” removed (page furniture)",
        "Line 3: “Home | Archive | Letters | About” removed (navigation links)",
    ]
    assert "Line 5: “[edit]” removed (edit link)" in listed
    assert len(listed) == 7
    struck = sorted(n for n, fmt in pane.marks.marks.items() if fmt.fontStrikeOut())
    assert struck == [0, 1, 2, 10, 11, 12]
    pane.changes.setCurrentRow(4)  # "Share": the before pane goes to that line
    assert pane.before.textCursor().selectedText() == "Share"
    assert "Web clean-up: 7 lines of page furniture removed" in pane.summary.text()


def test_pdf_is_previewed_on_request_and_the_preview_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, project: Project, book: Path, monkeypatch
) -> None:
    dialog = ImportDialog(project, [book])
    qtbot.addWidget(dialog)
    assert [dialog.table.item(0, c).text() for c in (1, 2, 4)] == ["PDF", "lines of pages", "—"]
    assert dialog.preview.stack.currentIndex() == 1 and not dialog.preview.request_button.isHidden()
    cancelled = {"now": True}
    monkeypatch.setattr(
        QProgressDialog, "wasCanceled", lambda self: cancelled["now"] and "page 3 of" in self.labelText()
    )
    dialog.make_preview()
    assert dialog.preview.stack.currentIndex() == 1  # still waiting for a preview
    cancelled["now"] = False
    dialog.make_preview()
    pane = dialog.preview
    assert pane.stack.currentIndex() == 0
    assert pane.after.toPlainText().startswith("The Grain Question\n\nCHAPTER ONE\n\nParagraph 1. ")
    assert pane.before.toPlainText().count("\n") > pane.after.toPlainText().count("\n")
    assert (
        "pages mapped" in pane.summary.text()
        and "running heads and page numbers removed" in pane.summary.text()
    )
    assert project.sources.list() == []


def test_cancelling_the_dialog_imports_nothing(qtbot, project: Project, samples, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = state(project)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self.reject(), self.result())[1])
    assert choose_import_options(None, project, [samples["wrapped"], samples["capture"]]) is None
    assert state(project) == before


# --- Running the import, and the report ----------------------------------------------------------------


def test_files_are_imported_with_their_options_and_reported(qtbot, project: Project, samples, qdpx) -> None:  # type: ignore[no-untyped-def]
    samples = {**samples, "qdpx": qdpx}
    dialog = ImportDialog(project, [samples[k] for k in ("wrapped", "capture", "page", "qdpx", "broken")])
    qtbot.addWidget(dialog)
    dialog.set_option(1, clean_web=True)
    chosen = dialog.options_by_path()
    opened: list[int] = []
    outcomes = run_import(None, project, list(chosen), chosen, on_open=opened.append)

    assert [o.refused for o in outcomes] == ["", "", "", ""]
    wrapped, capture, page, qdpx = outcomes
    assert project.sources.text(wrapped.source_ids[0]) == JOINED
    assert project.sources.text(capture.source_ids[0]) == CAPTURE_CLEANED
    page_text = project.sources.text(page.source_ids[0])
    assert "The instructor read out the new quota" in page_text and "NOT TEXT" not in page_text
    assert project.sources.get(page.source_ids[0]).metadata.authors == ("A. Historian",)
    (instructor,) = qdpx.source_ids
    assert project.sources.get(instructor).title == "Instructor's note"
    assert [a.quote.exact for a in project.annotations.list(source_id=instructor)] == ["the quota"]
    stored = project.sources.version_info(capture.source_ids[0]).report
    assert (stored["clean_web"], stored["furniture_removed"], stored["reflow"]) == (True, 7, False)
    stored = project.sources.version_info(wrapped.source_ids[0]).report
    assert (stored["reflow"], stored["lines_reflowed"]) == (None, 9)

    report = only_report()
    text = report.browser.toPlainText()
    assert text.startswith("Imported 4 of 4 files")
    assert "Reflow: 9 wrapped lines joined (0 split words joined, 0 hyphens kept)" in text
    assert "Web clean-up: 7 lines of page furniture removed" in text
    assert "web page (HTML) · " in text and "encoding utf-8 · language en" in text
    assert "REFI-QDA project: 1 source, 1 annotation, 0 links" in text
    report.browser.anchorClicked.emit(QUrl(f"source:{page.source_ids[0]}"))
    assert opened == [page.source_ids[0]]


def test_a_pdf_import_is_reported_with_its_pages(qtbot, project: Project, book: Path) -> None:  # type: ignore[no-untyped-def]
    (outcome,) = run_import(None, project, [book])
    assert outcome.report is not None and outcome.report.pages_mapped >= 5
    text = only_report().browser.toPlainText()
    assert f"{outcome.report.pages_mapped} pages mapped" in text
    assert "lines joined into paragraphs" in text


def test_refusals_are_listed_and_a_duplicate_is_named(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    run_import(None, project, [samples["wrapped"]], report=False)
    before = state(project)
    outcomes = run_import(None, project, [samples["capture"], samples["wrapped"], samples["broken"]])
    assert [bool(o.report) for o in outcomes] == [True, False, False]
    assert "already in the project as source 1" in outcomes[1].refused
    text = only_report().browser.toPlainText()
    assert "Imported 1 of 3 files" in text and "2 refused (the project is unchanged for them)" in text
    assert "✗ broken.txt — not imported" in text and "broken.txt: this is a binary file, not text" in text
    assert state(project)[0] == before[0] + ["teacher-letter-capture"]


def test_nothing_imported_gets_one_error_dialog(
    qtbot, project: Project, samples, write_file, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    before = state(project)
    outcomes = run_import(None, project, [samples["broken"], write_file("empty.txt", b"")])
    assert [o.report for o in outcomes] == [None, None]
    assert len(shown_messages) == 1
    assert "broken.txt: this is a binary file" in shown_messages[0]
    assert "empty.txt: the file is empty" in shown_messages[0]
    assert open_reports() == []
    assert state(project) == before


def test_cancel_between_files_keeps_what_was_imported(
    qtbot, project: Project, write_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    files = [write_file(f"{name}.txt", f"The {name} file.") for name in ("one", "two", "three")]
    cancel_when(monkeypatch, "one.txt")  # pressed while the first file was being imported
    outcomes = run_import(None, project, files)
    assert [(o.path.name, bool(o.report), o.cancelled) for o in outcomes] == [
        ("one.txt", True, False),
        ("two.txt", False, True),
        ("three.txt", False, True),
    ]
    assert [s.title for s in project.sources.list()] == ["one"]
    assert "Cancelled before two.txt: 2 files not imported." in only_report().browser.toPlainText()


def test_cancel_inside_a_pdf_writes_nothing_of_it(
    qtbot, project: Project, write_file, book, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = write_file("first.txt", "The first file.")
    last = write_file("last.txt", "The last file.")
    cancel_when(monkeypatch, "page 3 of")
    outcomes = run_import(None, project, [first, book, last])
    assert [(bool(o.report), o.cancelled) for o in outcomes] == [(True, False), (False, True), (False, True)]
    assert [s.title for s in project.sources.list()] == ["first"]
    generation = project.generation()
    text = only_report().browser.toPlainText()
    assert "– The Grain Question.pdf — cancelled, not imported" in text
    assert project.generation() == generation


def test_a_cancel_alone_shows_no_error(qtbot, project: Project, samples, monkeypatch, shown_messages) -> None:  # type: ignore[no-untyped-def]
    cancel_when(monkeypatch, "Importing…")  # before the first file
    outcomes = run_import(None, project, [samples["wrapped"]])
    assert [o.cancelled for o in outcomes] == [True]
    assert shown_messages == [] and open_reports() == [] and project.sources.list() == []


def test_in_the_main_window_a_click_in_the_report_opens_the_source(qtbot, window, samples) -> None:  # type: ignore[no-untyped-def]
    (outcome,) = run_import(window, window.project, [samples["capture"]], on_open=window.open_source)
    report = only_report()
    assert report.parent() is window and report.isVisible()
    report.browser.anchorClicked.emit(QUrl(f"source:{outcome.source_ids[0]}"))
    assert window.current_source_id == outcome.source_ids[0]
    assert window.reader.toPlainText() == CAPTURE


# --- Web captures holding several articles (issue 14) --------------------------------------------------


def test_a_hub_capture_proposes_clean_up_and_a_split_taken_with_one_click(  # type: ignore[no-untyped-def]
    qtbot, project: Project, tmp_path: Path
) -> None:
    hub = tmp_path / "stalinism-hub.txt"
    hub.write_text(render(hub_page()).text, encoding="utf-8")
    dialog = ImportDialog(project, [hub])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checked(0, CLEAN) and not dialog.checked(0, SPLIT)
    assert dialog.table.item(0, SPLIT).text() == "2 articles"
    assert "Stalinism (Grokipedia)" in dialog.table.item(0, SPLIT).toolTip()
    assert dialog.articles_note.isVisible()
    note = dialog.articles_note.text()
    assert "holds 2 articles (“Stalinism (Wikipedia)”; “Stalinism (Grokipedia)”)" in note
    listed = [dialog.preview.changes.item(i).text() for i in range(dialog.preview.changes.count())]
    assert "Line 3: “StalinismStalinismMain” removed (navigation links)" in listed
    edit = dialog.preview.before.toPlainText().split("\n").index("[edit]")
    assert dialog.preview.marks.marks[edit].fontStrikeOut()  # a whole line of "[edit]" is struck out
    assert dialog.options_for(0) == ImportOptions(reflow=False, clean_web=True, split_articles=False)

    dialog.set_option(0, split=True)  # the one click
    assert "each becomes its own source" in dialog.articles_note.text()
    chosen = dialog.options_by_path()
    assert chosen[hub].split_articles
    (outcome,) = run_import(None, project, [hub], chosen)
    assert len(outcome.source_ids) == 2
    assert [project.sources.get(i).title for i in outcome.source_ids] == [
        "Stalinism (Wikipedia)",
        "Stalinism (Grokipedia)",
    ]
    text = only_report().browser.toPlainText()
    assert "Split into 2 sources, one per article" in text


def test_a_file_with_one_article_offers_no_split(qtbot, project: Project, samples) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(project, [samples["wrapped"], samples["capture"]])
    qtbot.addWidget(dialog)
    assert [dialog.table.item(i, SPLIT).text() for i in range(2)] == ["—", "—"]
    assert not dialog.articles_note.isVisible()
    dialog.set_option(1, split=True)  # not a checkbox: nothing happens
    assert not dialog.options_for(1).split_articles


def test_the_report_of_an_unsplit_capture_says_what_was_proposed(  # type: ignore[no-untyped-def]
    qtbot, project: Project, tmp_path: Path
) -> None:
    hub = tmp_path / "stalinism-hub.txt"
    hub.write_text(render(hub_page()).text, encoding="utf-8")
    (outcome,) = run_import(None, project, [hub], {hub: ImportOptions()})
    assert outcome.source_ids == (outcome.report.source_id,)
    text = only_report().browser.toPlainText()
    assert "This looks like a saved web page; web clean-up was off" in text
    assert "This file holds 2 articles (“Stalinism (Wikipedia)”; “Stalinism (Grokipedia)”)" in text


def test_a_codebook_is_offered_as_a_codebook_and_imported_into_a_new_facet(  # type: ignore[no-untyped-def]
    qtbot, project: Project, tmp_path: Path
) -> None:
    from tests.services.test_exchange_tools import CODEBOOK

    path = tmp_path / "grain.qdc"
    path.write_text(CODEBOOK, encoding="utf-8")
    dialog = ImportDialog(project, [path])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "REFI-QDA codebook"
    assert "6 code(s), from MAXQDA 24" in dialog.preview.message.text()
    assert dialog.options_for(0) == ImportOptions(codebook_new_facet=False)  # merged unless asked
    assert dialog.table.item(0, SPLIT).text() == "New facet"
    dialog.set_option(0, split=True)
    chosen = dialog.options_by_path()
    assert chosen == {path: ImportOptions(codebook_new_facet=True)}
    (outcome,) = run_import(None, project, list(chosen), chosen)
    assert outcome.refused == "" and outcome.source_ids == ()
    assert outcome.report.facets_created == ("grain",)
    assert project.sources.list() == []
    text = only_report().browser.toPlainText()
    assert "Codebook: 6 new tags" in text and "REFI-QDA project" not in text
