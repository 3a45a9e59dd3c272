"""What a feature controller may use of the window that composes it.

A Protocol, so that no controller imports annotator.ui.main_window (the mixins did, a circular import);
the project is read through the host each time because opening another project replaces it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QStatusBar, QWidget

from annotator.domain.model import SourceSummary
from annotator.domain.taxonomy import Taxonomy
from annotator.services.project import Project
from annotator.ui import commands
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.compare_view import CompareView
from annotator.ui.widgets.reader import ReaderView


class Host(Protocol):
    """The main window as its controllers see it (a QMainWindow, so also a parent for dialogs)."""

    project: Project
    settings: AppSettings
    taxonomy: Taxonomy
    facet_of_tag: dict[int, int]
    current_source_id: int | None
    active_reader: ReaderView
    reader: ReaderView
    central: QStackedWidget
    compare_view: CompareView
    palette_dock: QDockWidget

    def window_widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs and the owner of docks and actions."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def run(self, command: commands.ServiceCommand) -> bool:
        """Push ``command`` on the undo stack; False (and one message shown) when it failed."""
        ...

    def open_source(self, source_id: int) -> None: ...

    def switch_project(self, path: Path) -> bool:
        """Open the project at ``path`` in this window instead (False when it was not opened)."""
        ...

    def put_back(self, backup: Path) -> None:
        """Put ``backup`` in place of the project and open it again."""
        ...

    def select_annotation(self, annotation_id: int | None, scroll: bool = False) -> None: ...

    def source_of(self, reader: ReaderView) -> int | None: ...

    def set_active(self, reader: ReaderView) -> None: ...

    def show_count(self) -> None: ...

    def show_single_view(self) -> None: ...

    def split_source(self, offset: int | None = None) -> None: ...

    def refresh_library(self) -> list[SourceSummary]:
        """List the sources again (after their titles or metadata changed); returns them."""
        ...

    def dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget: ...
