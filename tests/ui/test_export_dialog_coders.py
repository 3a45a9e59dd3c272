"""The export dialog's coder choice (issue 21): offered only when the project has several coders (as the
Overview's coder filter), and an export made with it holds that coder's excerpts only, read back from the
written file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.settings import AppSettings
from tests.helpers.excerpts import build_sample

pytestmark = pytest.mark.gui


def _open(qtbot, project: Project, settings: AppSettings, **kwargs: object) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(project, None, settings=settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_coder_choice_shows_with_several_coders_and_the_export_keeps_theirs(  # type: ignore[no-untyped-def]
    qtbot, project: Project, settings: AppSettings, tmp_path: Path
) -> None:
    sample = build_sample(project)
    one = _open(qtbot, project, settings)
    panel = one.filter_panel
    assert panel.coder.isHidden() and panel.coder_label.isHidden()  # one coder: nothing to choose
    assert panel.excerpt_filter().coders == ()
    one.close()

    me = project.coders.current().login
    project.coders.act_as("bob")
    text = project.sources.text(sample.memoir)
    start = text.index(" ") + 1
    theirs = project.annotations.create(sample.memoir, start, start + 12, note="bob's reading")
    dialog = _open(qtbot, project, settings)
    panel = dialog.filter_panel
    assert not panel.coder.isHidden() and not panel.coder_label.isHidden()
    assert panel.coder.itemText(0) == "all coders" and panel.coder.count() == 3
    everyone = dialog.matching()

    panel.coder.setCurrentIndex(panel.coder.findData("bob"))
    dialog.refresh()
    assert panel.excerpt_filter().coders == ("bob",) and dialog.matching() == 1
    dialog.set_format("csv")
    assert dialog.export_to(tmp_path / "bob.csv") is not None
    with (tmp_path / "bob.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(int(r["Excerpt"]), r["Note"]) for r in rows] == [(theirs.id, "bob's reading")]

    panel.coder.setCurrentIndex(panel.coder.findData(me))
    dialog.refresh()
    assert dialog.matching() == everyone - 1  # the rest are mine
    panel.reset()
    dialog.refresh()  # at once, not after the debounce
    assert panel.coder.currentIndex() == 0 and dialog.matching() == everyone
    dialog.close()

    # A filter given from elsewhere (the Overview, the command line) opens with its coder chosen.
    given = _open(qtbot, project, settings, initial_filter=ExcerptFilter(coders=("bob",)))
    assert given.filter_panel.coder.currentData() == "bob" and given.matching() == 1
