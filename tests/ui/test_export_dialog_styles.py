"""The export dialog's citation styles: the project's default chosen on opening, CSL citations previewed."""

from __future__ import annotations

from annotator.domain.excerpts import CitationStyle
from annotator.services.project import Project
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.settings import AppSettings
from tests.helpers.excerpts import build_sample


def test_the_dialog_opens_on_the_projects_style_and_previews_it(  # type: ignore[no-untyped-def]
    qtbot, project: Project, settings: AppSettings
) -> None:
    build_sample(project)
    project.exports.set_citation_style("apa")
    dialog = ExportDialog(project, None, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.style_choice.currentData() == CitationStyle.APA  # Qt hands back the string
    qtbot.waitUntil(lambda: "(Petrov, 1932, p. 1)" in dialog.preview.toPlainText())
    dialog.style_choice.setCurrentIndex(dialog.style_choice.findData(CitationStyle.CHICAGO_NOTES))
    qtbot.waitUntil(lambda: "Ivan Petrov, “Report on the Harvest" in dialog.preview.toPlainText())
    assert dialog.options().style is CitationStyle.CHICAGO_NOTES
    dialog.close()
