"""While a source's evidence is detected in the worker, the status bar says how far it got, in percent."""

from __future__ import annotations

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.threads import deliver_pending

TEXT = "Historians no longer describe the party state as a monolith (Sakwa, 37).\n\n" + (
    "The archive of the regional committee was opened to readers only in the 1990s (Service, 155).\n\n" * 600
)


def test_the_status_bar_shows_the_detections_progress_in_percent(
    qtbot, project: Project, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("long.txt", TEXT), {}).source_id
    assert source in project.evidence.stale()
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.finish_loading()  # detecting starts just after the first paint (what the event loop runs next)
    evidence = window.evidence
    assert not evidence.progress.isHidden()
    assert evidence.progress_label.text().endswith(" 0 %") or evidence.progress_bar.value() > 0
    shown: list[int] = []
    evidence.progress_bar.valueChanged.connect(shown.append)

    qtbot.waitUntil(lambda: evidence._worker is not None)  # once the source was shown for a moment
    worker = evidence._worker
    assert worker is not None
    worker.join(30)
    deliver_pending()  # what the worker told, in order, then what it found (sent through the relay)

    assert shown and shown[-1] == 100 and shown == sorted(shown)
    assert len(shown) > 10  # a percent at a time, not only a busy bar
    assert evidence.progress_label.text() == "Finding citations and quotations… 100 %"
    qtbot.waitUntil(lambda: evidence.source_id == source and bool(evidence.items()), timeout=20_000)
    assert evidence.progress.isHidden()
    window.close()
