"""The import dialog with several captures of one site: the preview with web clean-up shows what the import
will do (each capture cleaned with the others), and the import does it."""

from __future__ import annotations

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from annotator.ui.dialogs.import_options import ImportDialog
from annotator.ui.import_runner import run_import
from tests.helpers.site_pages import APPEAL, page

SITE = ("ferry", "rope", "flood")


def test_captures_chosen_together_are_previewed_and_imported_with_each_other(
    qtbot, project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    paths = [write_file(f"{name}.txt", page(name)) for name in SITE]
    dialog = ImportDialog(project, paths)
    qtbot.addWidget(dialog)
    for i in range(len(paths)):
        dialog.set_option(i, clean_web=True)
    chosen = dialog.options_by_path()
    options = chosen[paths[0]]
    assert options.clean_web
    preview = dialog.rows[0].previewer(options, None, None)
    assert {r.text for r in preview.removed} >= set(APPEAL)
    alone = dialog.rows[0].previewer(ImportOptions(), None, None)
    assert alone.removed == ()  # without clean-up nothing goes, and no sibling is read
    outcomes = run_import(None, project, list(chosen), chosen, report=False)
    for outcome in outcomes:
        assert APPEAL[0] not in project.sources.text(outcome.source_ids[0])


def test_pages_chosen_without_clean_up_still_serve_the_cleaned_one_as_the_preview_shows(
    qtbot, project: Project, write_file
) -> None:  # type: ignore[no-untyped-def]
    # one page of three cleaned, the other two kept whole: they are pages of the site all the same, so the
    # import cleans the first with them, as the preview (which reads every file chosen) showed
    paths = [write_file(f"{name}.txt", page(name)) for name in SITE]
    dialog = ImportDialog(project, paths)
    qtbot.addWidget(dialog)
    dialog.set_option(0, clean_web=True)
    dialog.set_option(1, clean_web=False)
    dialog.set_option(2, clean_web=False)
    chosen = dialog.options_by_path()
    previewed = dialog.rows[0].previewer(chosen[paths[0]], None, None).document.text
    assert APPEAL[0] not in previewed
    outcomes = run_import(None, project, list(chosen), chosen, report=False)
    assert project.sources.text(outcomes[0].source_ids[0]) == previewed
    assert APPEAL[0] in project.sources.text(outcomes[2].source_ids[0])  # a page kept whole
