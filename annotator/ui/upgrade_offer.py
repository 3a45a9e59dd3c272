"""The offer, made once per project when it opens, to re-import sources made by older import steps.

Never done silently: the historian is told what will happen (new versions from the original files,
annotations re-anchored, orphans listed, a backup first) and chooses. The box is not modal, so the project
can be read while the question waits; answering either way means it is not asked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from annotator.domain.errors import AnnotatorError
from annotator.services.upgrade import UpgradeResult
from annotator.ui.errors import show_error
from annotator.ui.text import literal

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def offer_source_upgrade(window: MainWindow) -> QMessageBox | None:
    """Show the offer if this project has sources to bring up to date and was not asked yet."""
    try:
        if not window.project.upgrades.should_offer():
            return None
        candidates = window.project.upgrades.candidates()
    except AnnotatorError:
        return None  # a damaged or unreadable project has other messages to give
    box = QMessageBox(window)
    box.setWindowTitle("Re-import older sources?")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    count = len(candidates)
    box.setText(
        f"{count} source{'s were' if count != 1 else ' was'} imported before Annotator could read "
        "paragraphs, pages, running heads and web furniture as it now does."
    )
    box.setInformativeText(
        literal(
            "Re-import them from their original files? Each becomes a new version; its annotations follow "
            "their text, and any that cannot be placed without doubt stay on the old version and are "
            "listed for you. A backup of the project is taken first. You can also do it later for one "
            "source with Source › Import as new version…"
        )
    )
    listed = [f"{c.title} ({c.file_name}, {c.annotations} annotations)" for c in candidates]
    box.setDetailedText("\n".join(listed))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText("Re-import now")
    box.button(QMessageBox.StandardButton.No).setText("Not now")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.buttonClicked.connect(lambda button: _answered(window, box, button))
    box.show()
    window.upgrade_offer = box
    return box


def _answered(window: MainWindow, box: QMessageBox, button: object) -> None:
    accepted = button is box.button(QMessageBox.StandardButton.Yes)
    try:
        window.project.upgrades.mark_offered()
        if accepted:
            results = _run(window)
            _show_results(window, results)
    except AnnotatorError as e:
        show_error(window, "Re-import of older sources failed", str(e))


def _run(window: MainWindow) -> list[UpgradeResult]:
    progress = QProgressDialog("Re-importing older sources…", "", 0, 0, window)
    progress.setCancelButton(None)  # each source is one transaction; a half-done batch is still sound
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        return window.project.upgrades.upgrade(progress=step)
    finally:
        progress.close()


def _show_results(window: MainWindow, results: list[UpgradeResult]) -> None:
    redone = [r for r in results if r.new_source_id is not None]
    orphans = sum(len(r.report.orphans) for r in redone if r.report is not None)
    failed = [r for r in results if r.error is not None]
    lines = []
    for r in results:
        if r.error is not None:
            lines.append(f"{r.title}: not re-imported ({r.error})")
        elif r.unchanged:
            lines.append(f"{r.title}: text unchanged")
        elif r.report is not None:
            lines.append(
                f"{r.title}: {r.report.reanchored} annotations re-anchored, {len(r.report.orphans)} orphaned"
                + ("" if r.old_removed else " (kept on the old version, which stays in the library)")
            )
            lines += [f"    orphan: “{o.quote[:80]}” ({o.reason})" for o in r.report.orphans]
    box = QMessageBox(window)
    box.setWindowTitle("Older sources re-imported")
    box.setIcon(QMessageBox.Icon.Warning if failed or orphans else QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"{len(redone)} source(s) re-imported as new versions, {len(results) - len(redone) - len(failed)} "
        f"unchanged, {len(failed)} failed; {orphans} annotation(s) could not be placed and are listed."
    )
    box.setDetailedText("\n".join(lines))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    window.upgrade_results = box
