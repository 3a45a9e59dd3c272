"""A web page in the library cleaned again with the pages of its site the project holds: offered for a web
capture only, previewed line by line (the site's lines with their reason) before anything is written, made
as a new version with its annotations re-anchored, the old version kept. And the import's reading of the
site's pages happens under the progress dialog, which can cancel it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from annotator.ui.dialogs.source_tools import OTHER_SITES_REASON, SITE_REASON, ReimportDialog
from annotator.ui.import_runner import ImportProgress, run_import
from annotator.ui.main_window import MainWindow
from tests.helpers.other_sites import HOST, PARAGRAPHS, PASS_ON, lone_page, other_page
from tests.helpers.site_pages import APPEAL, ARTICLES, FOOTER, page

pytestmark = pytest.mark.gui

CLEAN = ImportOptions(clean_web=True, reflow=False)


def _held_site(project: Project, write_file) -> int:  # type: ignore[no-untyped-def]
    """The ferry page imported alone (the site's appeal kept), then two more pages of its site."""
    ferry = project.sources.import_file(write_file("ferry.txt", page("ferry")), options=CLEAN).source_id
    for name in ("rope", "flood"):
        project.sources.import_file(write_file(f"{name}.txt", page(name)), options=CLEAN)
    assert APPEAL[0] in project.sources.text(ferry)
    return ferry


def test_a_web_page_is_cleaned_again_with_its_site_as_a_new_version(
    qtbot, project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    ferry = _held_site(project, write_file)
    quote = ARTICLES["ferry"][3][1]
    start = project.sources.text(ferry).index(quote)
    note = project.annotations.create(ferry, start, start + len(quote), tags=[]).id
    before = project.sources.text(ferry)
    dialog = ReimportDialog(project, ferry, reclean=True)
    qtbot.addWidget(dialog)
    assert dialog.original.isChecked() and dialog.clean.isChecked()
    assert "Clean again with this site's pages" in dialog.windowTitle()
    # the preview lists the site's lines with their reason before anything is written
    changes = [dialog.preview.changes.item(i).text() for i in range(dialog.preview.changes.count())]
    assert any(APPEAL[0][:30] in c and SITE_REASON in c for c in changes), changes
    assert APPEAL[0] not in dialog.preview.after.toPlainText()
    said = dialog.site.text()
    assert "that version 1 kept would go now" in said and "repeated on other pages of this site" in said
    assert project.sources.text(ferry) == before and len(project.sources.list()) == 3
    dialog.reimport()
    assert dialog.result() == QDialog.DialogCode.Accepted
    report = dialog.outcome.report
    assert (report.version, report.previous_version_id, report.reanchored) == (2, ferry, 1)
    text = project.sources.text(report.source_id)
    assert APPEAL[0] not in text and FOOTER[0] not in text and ARTICLES["ferry"][3][0] in text
    assert project.sources.text(ferry) == before  # never rewritten in place
    assert [a.id for a in project.annotations.list(source_id=report.source_id)] == [note]


def test_cancelling_the_dialog_writes_nothing(qtbot, project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    ferry = _held_site(project, write_file)
    dialog = ReimportDialog(project, ferry, reclean=True)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert len(project.sources.list()) == 3 and project.sources.version_info(ferry).next_version_ids == ()


def test_the_action_is_offered_for_a_web_capture_only(qtbot, window: MainWindow, write_file) -> None:  # type: ignore[no-untyped-def]
    ferry = _held_site(window.project, write_file)
    plain = next(s.id for s in window.project.sources.list() if s.title == "District report")
    window.open_source(plain)
    assert not window.reclean_action.isEnabled()
    window.open_source(ferry)
    assert window.reclean_action.isEnabled()
    assert window.reclean_action in window.menuBar().actions()[2].menu().actions()


def test_the_site_s_pages_are_read_under_the_progress_dialog_which_can_cancel(
    qtbot, project: Project, write_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    paths = [write_file(f"{name}.txt", page(name)) for name in ("ferry", "rope", "flood")]
    seen: list[tuple[int, int]] = []
    real = ImportProgress.siblings

    def cancel_after_first(self: ImportProgress, done: int, total: int) -> None:
        real(self, done, total)
        seen.append((done, total))
        assert "Reading this site's other pages" in self.dialog.labelText()
        self.dialog.cancel()

    monkeypatch.setattr(ImportProgress, "siblings", cancel_after_first)
    outcomes = run_import(None, project, paths, dict.fromkeys(paths, CLEAN), report=False)
    assert seen == [(1, 3)]
    assert all(o.cancelled for o in outcomes) and project.sources.list() == []


def test_a_lone_page_is_cleaned_again_with_what_other_sites_removed(
    qtbot, project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    text = lone_page(inside=PARAGRAPHS[1])
    lone = project.sources.import_file(
        write_file("leat.txt", text), {"url": f"https://{HOST}/leat"}, options=CLEAN
    )
    assert PASS_ON in project.sources.text(lone.source_id)  # imported first: no other site to tell
    for name in ("Ferrybridge", "Saltings"):
        path = write_file(f"{name}.txt", other_page(name))
        project.sources.import_file(path, {"url": f"https://{name.lower()}.example.org/a"}, options=CLEAN)
    dialog = ReimportDialog(project, lone.source_id, reclean=True)
    qtbot.addWidget(dialog)
    changes = [dialog.preview.changes.item(i).text() for i in range(dialog.preview.changes.count())]
    assert any(PASS_ON in c and OTHER_SITES_REASON in c for c in changes), changes
    assert "the other sites' pages the project holds show 1 of them to be furniture" in dialog.site.text()
    assert PASS_ON in project.sources.text(lone.source_id)  # nothing written before OK
