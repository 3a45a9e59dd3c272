"""Building the search index a query needs, with progress and Cancel, before a window filters by it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    from annotator.services.search import SearchService


def build_index_for_query(search: SearchService, parent: QWidget) -> bool:
    """Build the missing or out-of-step index in front of ``parent`` (a dialog with progress and Cancel,
    rather than a window frozen while a search builds it: 10 s for 2.4 MB of text); whether it is built."""
    text = "Building the search index (needed once for a query)…"
    progress = QProgressDialog(text, "Cancel", 0, 1000, parent)
    progress.setWindowTitle("Search index")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        progress.setValue(int(1000 * done / total) if total else 0)
        QApplication.processEvents()

    try:
        return not search.reindex(report, progress.wasCanceled).cancelled
    finally:
        progress.close()
        progress.deleteLater()
