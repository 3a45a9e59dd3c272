"""The main window: library, reader, annotations, tag palette and inspector around one project.

Each feature is a controller the window composes (annotator/ui/controllers: files, search, compare,
tagging, sources, backups), owning its widgets and actions; the window lays them out, keeps the project and
the readers, and keeps the controllers' methods that others call on it as thin delegates."""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, Link, SourceSummary, Tag
from annotator.domain.structure import Mark, MarkKind
from annotator.domain.taxonomy import Taxonomy
from annotator.services.events import AnnotationsChanged, Change, SourcesChanged
from annotator.services.paths import APP_NAME
from annotator.ui.bridge import EventBridge
from annotator.ui.errors import show_error
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.find_bar import FindBar
from annotator.ui.widgets.reader import DEFAULT_POINT_SIZE, ReaderView

if TYPE_CHECKING:
    from annotator.services.first_screen import FirstScreen
    from annotator.services.project import Project
    from annotator.services.search_results import SearchHit, SearchResults
    from annotator.ui import commands

# A window given a first screen paints it with the modules above; the controllers, panels and dialogs, and
# through them the project's services and SQLAlchemy (~0.5 s), are imported by the methods that make them,
# once that screen is painted (issue 23).

log = logging.getLogger(__name__)

# How much text the first screen of a source covers, at most (about five screens of a large window at the
# smallest zoom): its annotations are read before the first paint, the others just after it.
FIRST_SCREEN_CHARS = 20_000


def default_window_size(available: QSize) -> QSize:
    """The size of a window with no saved geometry on a screen with ``available`` room: all of a laptop's
    screen, most of a big one. A screen narrower than a laptop's cannot hold the window anyway (nor can an
    unknown one): it gets the size the layout was drawn for."""
    if available.width() < 1280:
        return QSize(1400, 880)
    if available.width() < 1600:
        return available
    wide = QSize(max(1400, int(available.width() * 0.85)), max(880, int(available.height() * 0.88)))
    return wide.boundedTo(available)


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, each once, and Ctrl+Y where the platform leaves it out (a historian coming
    from a word processor presses it); binding Ctrl+Shift+Z beside QKeySequence.Redo made it ambiguous."""
    keys = list(dict.fromkeys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)))
    if QKeySequence("Ctrl+Y") not in keys:
        keys.append(QKeySequence("Ctrl+Y"))
    return keys


# The docks, in the order they are added (a tabbed group's tabs follow it): title, object name, area.
_DOCKS = (
    ("Library", "library", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("Search", "search", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("Outline", "outline", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("Tags", "tags", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("Annotations", "annotations", Qt.DockWidgetArea.RightDockWidgetArea),
    ("Inspector", "inspector", Qt.DockWidgetArea.RightDockWidgetArea),
    ("Links", "links", Qt.DockWidgetArea.RightDockWidgetArea),
    ("Similar passages", "similar", Qt.DockWidgetArea.RightDockWidgetArea),
    ("Evidence", "evidence", Qt.DockWidgetArea.RightDockWidgetArea),
    ("People", "people", Qt.DockWidgetArea.LeftDockWidgetArea),
    ("Claims", "claims", Qt.DockWidgetArea.BottomDockWidgetArea),
)



@contextlib.contextmanager
def _lasting() -> Iterator[None]:
    """Make objects that last (a project opened, a source's annotations) without the cyclic collector, then
    put them and everything made before out of its reach (``gc.freeze``): a full collection walks only what
    was made since. One walked the whole heap (100,000-150,000 objects, 40-420 ms) while a project opened or
    in the middle of a tag key (tests/benchmarks/bench_ui.py, keyboard)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()

class MainWindow(QMainWindow):
    def __init__(
        self, project: Project | None, settings: AppSettings | None = None, first: FirstScreen | None = None
    ) -> None:
        """The window on ``project``. Or, given ``first`` (a source read before the project's services were
        loaded; ``project`` None), the window painting that source at once and opening the project at
        ``first.path`` right after that first paint (or at ``finish_opening``). Until then the docks are
        empty and there is nothing to edit: keys pressed in the reader meanwhile wait, and are handled once
        the project is open."""
        super().__init__()
        self.settings = settings or AppSettings()
        self.project: Project = project  # type: ignore[assignment]  # None until a first screen's opens
        self.taxonomy = Taxonomy((), ())
        self.facet_of_tag: dict[int, int] = {}
        self.current_source_id: int | None = None
        self._loading_source: int | None = None  # the source whose annotations past its first screen are due
        self._evidence_due: int | None = None  # the source whose evidence is read just after its first paint
        self._structure_message = ""  # said once per source, e.g. that its notes are missing
        self.upgrade_offer: QMessageBox | None = None  # the offer to re-import older sources, once shown
        self.upgrade_results: QMessageBox | None = None
        self._first = first  # the first screen whose project is still to be opened
        self._adopting: FirstScreen | None = None  # the first screen open_source takes over (not re-read)
        self._opening_due = False
        self._early_keys: list[QKeyEvent] = []

        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self._build_shell()
        if first is None:
            assert project is not None, "a window needs a project or a first screen"
            self._complete(project)
        else:
            self._show_first_screen(first)

    # Building

    def _build_shell(self) -> None:
        """What a first screen paints: the reader, the docks where the saved layout puts them (empty until
        the project is open), the menu bar and the status bar, so that nothing moves when the rest comes."""
        self.reader = ReaderView()
        self.find_bar = FindBar(self.reader)
        self.find_bar.hide()
        reading = QWidget()
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.reader)
        self.central = QStackedWidget()
        self.central.addWidget(reading)  # the welcome pane comes before it, the compare view after
        self.setCentralWidget(self.central)
        self.active_reader = self.reader
        self._empty_docks: dict[str, QDockWidget] = {}
        for title, name, area in _DOCKS:
            dock = QDockWidget(title, self)
            dock.setObjectName(name)  # saveState() needs names
            self.addDockWidget(area, dock)
            self._empty_docks[name] = dock
        self._arrange_docks(self._empty_docks)
        bar = self.menuBar()
        for title in ("&File", "&Edit", "&Source", "&Tag", "&View", "T&ools", "&Help"):  # see _build_menus
            bar.addMenu(title)
        # Kept up to date on every change (a message would go stale, or vanish under the next one).
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.reader.set_point_size(self.settings.reader_point_size() or DEFAULT_POINT_SIZE)
        self.restore_window()

    def _arrange_docks(self, docks: dict[str, QDockWidget]) -> None:
        """Tab and stack the docks as a window without a saved layout shows them."""
        self.splitDockWidget(docks["library"], docks["tags"], Qt.Orientation.Vertical)
        self.tabifyDockWidget(docks["library"], docks["search"])
        self.tabifyDockWidget(docks["search"], docks["outline"])
        self.splitDockWidget(docks["annotations"], docks["inspector"], Qt.Orientation.Vertical)
        self.tabifyDockWidget(docks["annotations"], docks["links"])
        self.tabifyDockWidget(docks["links"], docks["similar"])
        # With the inspector: a fourth tab above would cut the tabs' labels on a laptop's 300-pixel dock.
        self.tabifyDockWidget(docks["inspector"], docks["evidence"])
        # Everyone who speaks, across the sources: with the Library, Search and Outline, so that choosing
        # a person filters the Annotations panel on the right with the Inspector still in view.
        self.tabifyDockWidget(docks["outline"], docks["people"])
        # Figures of every source (issue 17): a wide table under the text, shown when asked for (View).
        docks["claims"].hide()
        for name in ("library", "inspector", "annotations"):
            docks[name].raise_()
        self.library_dock, self.palette_dock = docks["library"], docks["tags"]
        self.annotations_dock, self.inspector_dock = docks["annotations"], docks["inspector"]
        self.fit_docks(QSize(1400, 880))

    def _complete(self, project: Project) -> None:
        """Everything else, on the open ``project``: controllers, panels, actions, menus; then its state."""
        from annotator.ui.controllers.backups import BackupsController
        from annotator.ui.controllers.files import FilesController
        from annotator.ui.controllers.tagging import TaggingController

        self.project = project
        self.bridge = EventBridge(project.events, self, project.live)
        self.undo_stack = QUndoStack(self)
        self.backups = BackupsController(self)
        self.files = FilesController(self)
        self.tagging = TaggingController(self)
        self.palette = self.tagging.palette
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._apply_zoom(self.reader.point_size())
        self._connect_project()
        _geometry, state = self.settings.window_geometry()
        if state:  # again, now that the docks hold their panels (their sizes may need more room)
            self.restoreState(QByteArray(state))
        else:
            self.fit_docks(self.size())
        self.load_project_state()

    def _show_first_screen(self, first: FirstScreen) -> None:
        """Show ``first`` in the reader as ``open_source`` would; its project is opened once it is painted."""
        order = {facet.id: i for i, facet in enumerate(first.taxonomy.facets)}
        facet_of_tag = {tag.id: order.get(tag.facet_id, 0) for tag in first.taxonomy.tags}
        self.reader.set_document(first.text, first.annotations, facet_of_tag)
        if first.marks:
            self.reader.set_structure(first.marks)
        scroll = self.settings.project_value(first.uuid, "scroll")
        if scroll is not None and str(scroll).isdigit():
            self.reader.verticalScrollBar().setValue(int(scroll))
        self.current_source_id = first.source_id
        self.setWindowTitle(f"{first.title} — {first.name} — {APP_NAME}")
        self.statusBar().showMessage(f"{first.title}: {len(first.text):,} characters")
        self.count_label.setText("opening the project…")
        self.reader.viewport().installEventFilter(self)
        self.reader.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Until a first screen's project is open: open it once the reader has been painted, and keep the
        keys pressed in the reader (a tag key) for when it is."""
        if self._first is not None:
            painted = event.type() == QEvent.Type.Paint and watched is self.reader.viewport()
            if painted and not self._opening_due:
                self._opening_due = True
                QTimer.singleShot(0, self, self.finish_opening)  # after this paint reached the screen
            elif event.type() == QEvent.Type.KeyPress and watched is self.reader:
                key = QKeyEvent(event)  # type: ignore[arg-type]  # a copy: Qt reuses the event's memory
                self._early_keys.append(key)
                return True
        return super().eventFilter(watched, event)

    def finish_opening(self) -> bool:
        """Open the project of the first screen painted (at once, if its paint has not come yet); nothing to
        do when it is open. False when it could not be opened (said in a message): the window then closes.
        Tests and callers that need the whole window at once may call it."""
        first, self._first = self._first, None
        if first is None:
            return self.project is not None
        with _lasting():  # the project's services, the panels and the taxonomy last as long as the window
            from annotator.ui.opening import open_project

            try:
                project = open_project(self, first.path)
            finally:
                first.release()  # the project holds the lock now (or no one does)
            self.reader.viewport().removeEventFilter(self)
            self.reader.removeEventFilter(self)
            if project is None:
                self.close()
                return False
            # As a window opening the project would be until open_source (which takes over the first
            # screen): showing no source yet, so that the taxonomy's arrival does not read its annotations a
            # third time.
            self.current_source_id, self._adopting = None, first
            self._complete(project)
            self._adopting = None
        keys, self._early_keys = self._early_keys, []
        for key in keys:  # as if pressed now: the tag keys tag the passage selected
            QApplication.sendEvent(self.reader, key)
        return True

    def _build_central(self) -> None:
        from annotator.ui.controllers.compare import CompareController
        from annotator.ui.widgets.welcome import WelcomePane

        self.welcome = WelcomePane()
        self.welcome.import_requested.connect(self.files.import_dialog)
        self.welcome.sample_requested.connect(self.files.open_sample_project)
        self.central.insertWidget(0, self.welcome)
        self.compare = CompareController(self)
        self.compare_view, self.links_panel, self.similar_panel = (
            self.compare.view,
            self.compare.links_panel,
            self.compare.similar_panel,
        )
        self.central.addWidget(self.compare_view)
        self.active_reader = self.reader
        for reader in (self.reader, self.compare_view.left, self.compare_view.right):
            self._wire_reader(reader)

    def _wire_reader(self, reader: ReaderView) -> None:
        def activate() -> None:
            self.set_active(reader)

        reader.focused.connect(activate)
        reader.annotation_clicked.connect(
            lambda annotation_id: (activate(), self.select_annotation(annotation_id))
        )
        reader.zoom_requested.connect(self.zoom_reader)
        reader.note_followed.connect(
            lambda label: self.statusBar().showMessage(f"Note {label} — Alt+Left goes back to the call", 8000)
        )
        self.tagging.wire_reader(reader, activate)

    def window_widget(self) -> QMainWindow:
        return self

    def run(self, command: commands.ServiceCommand) -> bool:
        """Push ``command`` on the undo stack; False (and one message shown) when it failed."""
        from annotator.ui import commands

        error = commands.push(self.undo_stack, command)
        if error is not None:
            self.coders.report(error)  # another coder's change, if that was why, shown in its place
            return False
        return True

    def set_active(self, reader: ReaderView) -> None:
        if reader is self.active_reader:
            return
        self.active_reader = reader
        source = self.source_of(reader)
        self.annotation_panel.set_annotations(reader.annotations(), reader.selected_annotation_id)
        self.inspector.show_annotation(reader.annotation(reader.selected_annotation_id))
        if source is not None:
            self.library.mark_current(source)
        self.show_count()

    def source_of(self, reader: ReaderView) -> int | None:
        if reader is self.reader:
            return self.current_source_id
        return self.compare_view.source_of(reader)

    def _readers(self) -> list[ReaderView]:
        """Every reader on screen, with a source."""
        if self.central.currentWidget() is self.compare_view:
            return [r for r in (self.compare_view.left, self.compare_view.right) if self.source_of(r)]
        return [self.reader] if self.current_source_id is not None else []

    def dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """The dock ``name`` holding ``widget``: one of the window's, laid out already, or a new one."""
        dock = self._empty_docks.pop(name, None)
        if dock is None:
            dock = QDockWidget(title, self)
            dock.setObjectName(name)  # saveState() needs names
            self.addDockWidget(area, dock)
        dock.setWidget(widget)
        return dock

    def _build_docks(self) -> None:
        from annotator.ui.controllers.evidence import EvidenceController
        from annotator.ui.controllers.figures import FiguresController
        from annotator.ui.controllers.people import PeopleController
        from annotator.ui.controllers.search import SearchController
        from annotator.ui.widgets.annotation_panel import AnnotationPanel
        from annotator.ui.widgets.inspector import Inspector
        from annotator.ui.widgets.outline_panel import OutlinePanel
        from annotator.ui.widgets.side_panels import LibraryPanel

        self.library = LibraryPanel()
        self.library.source_activated.connect(self.open_source)
        self.annotation_panel = AnnotationPanel()
        self.annotation_panel.annotation_activated.connect(lambda a: self.select_annotation(a, scroll=True))
        self.inspector = Inspector()
        self.tagging.wire_inspector(self.inspector)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.library_dock = self.dock("Library", "library", self.library, left)
        self.search = SearchController(self, self.find_bar)
        self.search_panel, self.search_dock = self.search.panel, self.search.dock
        self.outline_panel = OutlinePanel()
        # A heading goes a third of the way down (what follows it is what one came for); passages are centred.
        self.outline_panel.heading_activated.connect(
            lambda start: self.reader.align_offset_at(start, self.reader.viewport().height() / 3)
        )
        self.outline_dock = self.dock("Outline", "outline", self.outline_panel, left)
        self.palette_dock = self.tagging.dock_palette()
        self.annotations_dock = self.dock("Annotations", "annotations", self.annotation_panel, right)
        self.inspector_dock = self.dock("Inspector", "inspector", self.inspector, right)
        self.links_dock, self.similar_dock = self.compare.dock_panels()
        self.evidence = EvidenceController(self)  # proposals in the reader and the Evidence panel
        self.evidence_dock = self.evidence.dock_panel()
        # Everyone who speaks, across the sources (with the Library, Search and Outline: _arrange_docks).
        self.people = PeopleController(self, self.annotation_panel, self.inspector, self._search_for)
        self.people_dock = self.people.dock_panel()
        # Figures of every source (issue 17): a wide table under the text, shown when asked for (View).
        self.figures = FiguresController(self, self.compare)
        self.claims_dock = self.figures.dock_panel()
        self.people.watch(self.evidence.found)  # proposals read for a source name people too
        self.people.watch(self.undo_stack.indexChanged)  # a proposal rejected, or any step undone

    def _search_for(self, query: str) -> None:
        """Search every source for ``query`` as if typed in the Search panel (the People panel's Search)."""
        self.search_panel.query.setCurrentText(query)
        self.search.run_search(query)

    def fit_docks(self, size: QSize) -> None:
        """Share a window of ``size`` between the docks and the text: on a laptop the docks get just what
        their labels need, on a big screen more, and the reader the rest."""
        width, height = size.width(), size.height()
        left, right = max(300, min(460, int(width * 0.25))), max(300, min(440, int(width * 0.21)))
        self.resizeDocks([self.library_dock, self.annotations_dock], [left, right], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.library_dock, self.palette_dock],
            [int(height * 0.4), int(height * 0.6)],
            Qt.Orientation.Vertical,
        )
        # On a short screen the inspector (its fields scroll when they do not fit) gets the larger share:
        # the annotations list scrolls through its cards anyway, and the note stays in sight.
        inspector = 0.56 if height < 900 else 0.45
        self.resizeDocks(
            [self.annotations_dock, self.inspector_dock],
            [int(height * (1 - inspector)), int(height * inspector)],
            Qt.Orientation.Vertical,
        )

    def _action(  # type: ignore[no-untyped-def]
        self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False
    ) -> QAction:
        from annotator.ui.controllers.actions import make_action

        return make_action(self, text, slot, shortcut, tip, checkable)

    def _build_actions(self) -> None:
        from annotator.ui.controllers.coders import CodersController
        from annotator.ui.controllers.sources import SourcesController

        key = QKeySequence.StandardKey
        files = self.files
        self.new_action, self.open_action, self.import_action = (
            files.new_action,
            files.open_action,
            files.import_action,
        )
        self.export_action, self.restore_action, self.check_action = (
            files.export_action,
            files.restore_action,
            files.check_action,
        )
        self.sources = SourcesController(self, self.undo_stack)
        # Whose annotations the readers show, inter-coder agreement, refused edits told (issue 21).
        self.coders = CodersController(self, self.undo_stack)
        sources = self.sources
        self.metadata_action, self.reimport_action = sources.metadata_action, sources.reimport_action
        self.split_action, self.bibliography_action = sources.split_action, sources.bibliography_action
        self.reclean_action = sources.reclean_action
        self.quit_action = self._action("&Quit", self.close, key.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(redo_keys())
        self.find_action = self._action("&Find in source…", self.find_bar.open_bar, key.Find)
        self.find_next_action, self.find_previous_action = (
            self.search.find_next_action,
            self.search.find_previous_action,
        )
        self.search_action, self.reindex_action = self.search.search_action, self.search.reindex_action
        self.picker_action, self.sticky_action, self.delete_action = (
            self.tagging.picker_action,
            self.tagging.sticky_action,
            self.tagging.delete_action,
        )
        self.taxonomy_action = self._action("Edit ta&xonomy…", self.edit_taxonomy)
        self.compare_action, self.link_action, self.similar_action = (
            self.compare.compare_action,
            self.compare.link_action,
            self.compare.similar_action,
        )
        self.zoom_in_action = self._action("Zoom &in", lambda: self.zoom_reader(1))
        # Ctrl+= too: where + needs Shift, Ctrl+Shift+= is what the keys say.
        self.zoom_in_action.setShortcuts([QKeySequence(key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action("Zoom &out", lambda: self.zoom_reader(-1), key.ZoomOut)
        self.zoom_reset_action = self._action("&Actual size", lambda: self.zoom_reader(0), "Ctrl+0")
        self.shortcuts_action = self._action("&Keyboard shortcuts", self.show_shortcuts, "F1")
        self.about_action = self._action("&About Annotator", self.about)

    def _build_menus(self) -> None:
        from annotator.ui.controllers.actions import make_action

        bar = self.menuBar()
        bar.clear()  # the shell's empty menus
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.files.recent_menu
        file_menu.addMenu(self.recent_menu)
        # Team projects on a PostgreSQL server (issue 21).
        team = self.files
        file_menu.addActions([team.open_team_action, team.publish_action, team.clone_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.sources.zotero_action, self.export_action])
        file_menu.addAction(self.metadata_action)
        file_menu.addSeparator()
        file_menu.addActions([self.check_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        edit_menu.addActions([self.search_action, self.reindex_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.taxonomy_action])
        source_menu = bar.addMenu("&Source")
        source_menu.addActions(
            [
                self.metadata_action,
                self.reimport_action,
                self.reclean_action,
                self.split_action,
                self.bibliography_action,
            ]
        )
        self.tag_menu = self.tagging.tag_menu
        bar.addMenu(self.tag_menu)
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.compare_action, self.link_action, self.similar_action])
        view_menu.addSeparator()
        zoom_menu = view_menu.addMenu("Te&xt size")
        zoom_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addAction(self.evidence.show_action)
        view_menu.addActions([self.evidence.focus_action, self.people.focus_action])
        view_menu.addActions([self.figures.claims_action, self.figures.timeline_action])
        # The Overview's charts (issue 20): a window of its own, made (with Matplotlib) on first use.
        self.overview_action = make_action(
            self, "&Overview…", self.show_overview, "Ctrl+Shift+O",
            "Tags per source, tags × sources, tags together, where in the source, links and sources in time",
        )  # fmt: skip
        view_menu.addAction(self.overview_action)
        # The same charts in a dock beside the reader, made on first use (Matplotlib is not loaded at start).
        self.overview_dock_action = make_action(
            self, "Overview doc&k", self.toggle_overview_dock, None,
            "The Overview's charts in a dock of the main window", checkable=True,
        )  # fmt: skip
        view_menu.addAction(self.overview_dock_action)
        view_menu.addMenu(self.coders.filter_menu)
        view_menu.addSeparator()
        for dock in (
            self.library_dock,
            self.annotations_dock,
            self.palette_dock,
            self.inspector_dock,
            self.links_dock,
            self.similar_dock,
            self.outline_dock,
            self.evidence_dock,
            self.people_dock,
            self.claims_dock,
        ):
            view_menu.addAction(dock.toggleViewAction())
        tools_menu = bar.addMenu("T&ools")
        tools_menu.addActions([self.coders.agreement_action, self.coders.name_action])
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.about_action])

    # Project

    def _connect_project(self) -> None:
        self.bridge.sources_changed.connect(self._on_sources_changed)
        self.bridge.annotations_changed.connect(self._on_annotations_changed)
        self.bridge.taxonomy_changed.connect(self._on_taxonomy_changed)
        self.bridge.links_changed.connect(lambda _event: self.compare.refresh_links())
        self.bridge.annotations_changed.connect(self.people.annotations_changed)
        self.bridge.sources_changed.connect(self.figures.mark_stale)
        self.bridge.annotations_changed.connect(self.figures.annotations_changed)

    def switch_project(self, path: Path | str) -> bool:
        """Open another project in this window (the current one is closed)."""
        from annotator.ui.opening import open_project

        if Path(path).absolute() == self.project.path:
            return True
        project = open_project(self, path)
        if project is None:
            return False
        self.save_project_state()
        self.wait_for_opening_backup()
        self.bridge.detach()
        self.project.close()
        self._attach(project)
        return True

    def _attach(self, project: Project) -> None:
        self.project = project
        self.bridge = EventBridge(project.events, self, project.live)
        self._connect_project()
        if getattr(self, "overview_dock", None) is not None and self.overview_dock.isVisible():
            self.toggle_overview_dock(True)  # the new project's charts (a hidden dock's wait to be shown)
        self.undo_stack.clear()
        self.current_source_id = None
        self.load_project_state()

    def load_project_state(self) -> None:
        self.settings.add_recent_project(self.project.path or self.project.location)
        self.search.project_opened(self.settings.search_history())
        self.people.project_opened()
        self.figures.project_opened()
        self.setWindowTitle(f"{self.project.name}{self._read_only_mark()} — {APP_NAME}")
        self._on_taxonomy_changed()
        sources = self.refresh_library()
        remembered = self.settings.project_value(self.project.uuid, "source")
        source_id = int(remembered) if remembered and str(remembered).isdigit() else None
        if source_id not in {s.id for s in sources}:
            source_id = sources[0].id if sources else None
        if source_id is not None:
            self.open_source(source_id)
            scroll = self.settings.project_value(self.project.uuid, "scroll")
            if scroll is not None:
                QTimer.singleShot(0, self, lambda: self.reader.verticalScrollBar().setValue(int(scroll)))
        else:
            self.show_welcome()
        self.compare.refresh_links()
        pair = str(self.settings.project_value(self.project.uuid, "compare") or "")
        if sources and "," in pair:
            known = {s.id for s in sources}
            left, right = (int(x) if x.isdigit() and int(x) in known else 0 for x in pair.split(",", 1))
            self.show_compare(left, right)
        # After the window is up: the offer must not hold up opening the project.
        from annotator.ui.upgrade_offer import offer_source_upgrade

        self._soon(lambda: offer_source_upgrade(self))
        self._soon(self._rehearse_tagging)
        self.backups.project_opened()

    def _soon(self, action: Callable[[], object]) -> None:
        """``action`` once the window is up, unless this project was closed or replaced meanwhile (run on a
        closed team project, it opened a connection to the server that nobody closed)."""
        project = self.project

        def run() -> None:
            if self.project is project and not project.closed:
                action()

        QTimer.singleShot(0, self, run)  # with the window as context: not run once it is deleted

    def _rehearse_tagging(self) -> None:
        """Run a tag's statements once, stored nowhere: the first tag after opening then costs what the
        others cost (it took 3× as long: SQLAlchemy compiles a statement the first time it runs)."""
        if self.current_source_id is not None and not self.project.read_only:
            self.project.annotations.rehearse_create(self.current_source_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.project is not None:  # else the project is opened after the first paint, the window shown
            self.backups.window_shown()

    def wait_for_opening_backup(self) -> None:
        """Let the backup of the project just opened finish (before the project is closed or replaced), and
        the evidence being read from it."""
        self.backups.wait_for_opening_backup()
        self.evidence.wait()
        self.figures.wait()

    def save_project_state(self) -> None:
        comparing = self.central.currentWidget() is self.compare_view
        pair = (
            f"{self.compare_view.left_source or 0},{self.compare_view.right_source or 0}" if comparing else ""
        )
        self.settings.set_project_value(self.project.uuid, "compare", pair)
        self._save_reading_position()

    def _save_reading_position(self) -> None:
        if self.current_source_id is not None:
            uuid = self.project.uuid  # read from the project file each time
            self.settings.set_project_value(uuid, "source", self.current_source_id)
            self.settings.set_project_value(uuid, "scroll", self.reader.verticalScrollBar().value())

    def refresh_library(self) -> list[SourceSummary]:
        sources = self.project.sources.list()
        self.library.set_sources(sources, self.current_source_id)
        self.search_panel.set_choices(sources, self.taxonomy)
        return sources

    def _read_only_mark(self) -> str:
        return " (read-only)" if getattr(self.project, "read_only", False) else ""

    def put_back(self, backup: Path) -> None:
        """Close the project, put ``backup`` in its place and open it again (the replaced file is kept)."""
        from annotator.services.project import Project, restore_backup
        from annotator.ui.opening import open_project

        path = self.project.path
        self.save_project_state()
        self.wait_for_opening_backup()
        self.bridge.detach()
        self.project.close()
        try:
            kept = restore_backup(path, backup)
        except AnnotatorError as e:
            show_error(self, "The backup was not restored", str(e))
            kept = None
        project = open_project(self, path)
        if project is None:
            project = Project.open(path, read_only=True)
        self._attach(project)
        if kept is not None:
            self.statusBar().showMessage(
                f"Backup restored; the file it replaced was kept as {kept.name}.", 8000
            )

    def _periodic_backup(self) -> None:
        self.backups.periodic_backup()

    def zoom_reader(self, step: int) -> None:
        """View › Text size: a point larger (1) or smaller (-1), or back to the usual size (0); remembered."""
        size = DEFAULT_POINT_SIZE if step == 0 else self.reader.point_size() + step
        size = self._apply_zoom(size)
        self.settings.set_reader_point_size(size)
        self.statusBar().showMessage(f"Text size {size} pt (Ctrl+0: {DEFAULT_POINT_SIZE} pt)", 3000)

    def _apply_zoom(self, size: int) -> int:
        for reader in (self.reader, self.compare_view.left, self.compare_view.right):
            size = reader.set_point_size(size)
        return size

    def show_count(self) -> None:
        """The number of annotations of the source being worked on, in the status bar."""
        reader = self.active_reader
        if self.source_of(reader) is None:
            self.count_label.clear()
            return
        if reader is self.reader and self._loading_source == self.current_source_id:
            self.count_label.setText("loading annotations…")
            return
        count = len(reader.annotations())
        self.count_label.setText(f"{count:,} annotation{'' if count == 1 else 's'}")

    # The files controller's, on the window for its callers (tests, drag and drop).

    def import_files(self, paths: list[Path], ask: bool = True) -> list[int]:
        return self.files.import_files(paths, ask)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.project is not None:  # else nothing can be imported yet: refused (the project opens next)
            self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    def select_annotation(self, annotation_id: int | None, scroll: bool = False) -> None:
        """Select the annotation in the reader worked in, the annotations list and the inspector."""
        reader = self.active_reader
        reader.select_annotation(annotation_id, scroll=scroll)
        self.annotation_panel.select(annotation_id)
        self.inspector.show_annotation(reader.annotation(annotation_id))

    # The tagging controller's, on the window for its callers (tests, benchmarks).

    @property
    def active_facet(self) -> int:
        return self.tagging.active_facet

    @property
    def sticky_tag_id(self) -> int | None:
        return self.tagging.sticky_tag_id

    @sticky_tag_id.setter
    def sticky_tag_id(self, tag_id: int | None) -> None:
        self.tagging.sticky_tag_id = tag_id

    @property
    def _tag_actions(self) -> list[QAction]:
        return self.tagging.tag_actions

    def _active_facet_tags(self) -> list[Tag]:
        return self.tagging.active_facet_tags()

    def apply_tag(self, tag_id: int) -> None:
        self.tagging.apply_tag(tag_id)

    def delete_annotation(self, annotation_id: int) -> None:
        self.tagging.delete_annotation(annotation_id)

    # The compare controller's, on the window for its callers (tests, screenshots, the upgrade offer).

    def show_compare(self, left: int, right: int) -> None:
        self.compare.show_compare(left, right)

    def close_compare(self) -> None:
        self.compare.close_compare()

    def show_link(self, link: Link) -> None:
        self.compare.show_link(link)

    def link_sides(self, relation: str | None = None, note: str | None = None) -> bool:
        return self.compare.link_sides(relation, note)

    def find_similar(self) -> None:
        self.compare.find_similar()

    def run_overview(self) -> None:
        self.compare.run_overview()

    # The search controller's, on the window for its callers (tests, screenshots, the upgrade offer).

    @property
    def search_results(self) -> SearchResults | None:
        return self.search.results

    def run_search(self, query: str) -> None:
        self.search.run_search(query)

    def open_hit(self, hit: SearchHit) -> None:
        self.search.open_hit(hit)

    def tag_hits(self, hits: list[SearchHit], tag_id: int | None = None) -> int:
        return self.search.tag_hits(hits, tag_id)

    def focus_search(self) -> None:
        self.search.focus_search()

    def show_overview(self) -> QWidget:
        """View › Overview: the charts window; a double-clicked passage opens in the reader."""
        from annotator.ui.widgets.overview import OverviewWindow

        window = getattr(self, "overview_window", None)
        if window is None or window.project is not self.project:
            window = self.overview_window = OverviewWindow(self.project, self)
            window.passage_requested.connect(self._open_overview_passage)
            window.statement_requested.connect(self.figures.open_statement)
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def toggle_overview_dock(self, shown: bool = True) -> QDockWidget | None:
        """View › Overview dock: show (made on first use) or hide the Overview's charts in a dock."""
        dock = getattr(self, "overview_dock", None)
        if not shown:
            if dock is not None:
                dock.hide()
            return dock
        if dock is None or dock.widget().project is not self.project:
            from annotator.ui.widgets.overview import OverviewWindow

            if dock is not None:  # another project's: replaced
                self.removeDockWidget(dock)
                dock.deleteLater()
            charts = OverviewWindow(self.project, docked=True)
            charts.passage_requested.connect(self._open_overview_passage)
            charts.statement_requested.connect(self.figures.open_statement)
            dock = self.overview_dock = self.dock(
                "Overview", "overview", charts, Qt.DockWidgetArea.BottomDockWidgetArea
            )
            dock.visibilityChanged.connect(self._overview_dock_shown)
            for signal in (self.bridge.annotations_changed, self.bridge.sources_changed,
                           self.bridge.taxonomy_changed, self.bridge.links_changed):  # fmt: skip
                signal.connect(lambda *_: self._overview_dock_stale())
            self.resizeDocks([dock], [max(320, self.height() // 2)], Qt.Orientation.Vertical)
        dock.show()
        dock.raise_()
        return dock

    def _overview_dock_shown(self, visible: bool) -> None:
        self.overview_dock_action.setChecked(visible)
        if visible:
            self.overview_dock.widget().refresh_if_changed()

    def _overview_dock_stale(self) -> None:
        """The project changed: a visible dock draws again (a hidden one when it is shown again)."""
        dock = getattr(self, "overview_dock", None)
        if dock is not None and dock.isVisible():
            dock.widget().refresh_if_changed()

    def _open_overview_passage(self, source_id: int, annotation_id: int) -> None:
        self.show_single_view()
        self.open_source(source_id)
        self.select_annotation(annotation_id, scroll=True)
        self.raise_()
        self.activateWindow()

    def show_single_view(self) -> None:
        """Leave the compare view, if it is showing, for the one reader."""
        if self.central.currentWidget() is self.compare_view:
            self.close_compare()

    def show_welcome(self) -> None:
        self.current_source_id = None
        self._evidence_due = None
        self.evidence.source_opened(None)
        self.central.setCurrentWidget(self.welcome)
        self.annotation_panel.set_annotations([], None)
        self.inspector.show_annotation(None)
        self.show_count()
        self.sources.source_shown(False)

    # Sources

    def open_source(self, source_id: int) -> None:
        if self.central.currentWidget() is self.compare_view:
            # In the compare view the library fills the side last worked in.
            left, right = self.compare_view.left_source, self.compare_view.right_source
            if self.active_reader is self.compare_view.right:
                self.show_compare(left or 0, source_id)
            else:
                self.show_compare(source_id, right or 0)
            return
        # The first screen painted before the project was open: the reader keeps its text (laid out and
        # painted already) and its highlights; what the project's services read replaces them just after.
        first, self._adopting = self._adopting, None
        adopting = first is not None and first.source_id == source_id
        if not adopting:
            if source_id == self.current_source_id and self.central.currentIndex() == 1:
                return
            self._save_reading_position()
        try:
            if adopting:
                text, annotations, complete = "", [], False
            else:
                text = self.project.sources.text(source_id)
                # The visible range first: reading thousands of annotations took 7× the time Qt takes to
                # lay out and paint the text (issue 23); the rest comes just after the first paint.
                annotations, complete = self.project.annotations.first_screen(source_id, FIRST_SCREEN_CHARS)
            source = self.project.sources.get(source_id)
        except AnnotatorError as e:
            show_error(self, "Cannot open the source", str(e))
            return
        self.current_source_id = source_id
        self._loading_source = None if complete else source_id
        self.active_reader = self.reader
        if not adopting:
            self.reader.set_document(text, annotations, self.facet_of_tag)
        self._show_structure(source_id, first.marks if first is not None and adopting else None)
        # Read (or detected) in a worker thread, started just after the first paint: that thread shares the
        # interpreter with this one, and a detection running beside the opening made it 1.5–2× slower.
        # (The reader shows no proposals meanwhile: set_document cleared them.)
        self.evidence.source_opened(source_id, read=False)
        self._evidence_due = source_id
        # The panel fills in with the rest: laying out the first screen's cards only to replace them would
        # cost a fifth of the first paint.
        self.annotation_panel.set_annotations(annotations if complete else [], None)
        self.inspector.show_annotation(None)
        self.library.mark_current(source_id)
        self.central.setCurrentIndex(1)
        self.sources.source_shown(True)
        self.setWindowTitle(f"{source.title} — {self.project.name}{self._read_only_mark()} — {APP_NAME}")
        self.statusBar().showMessage(
            f"{source.title}: {source.length:,} characters"
            + (f"; {self._structure_message}" if self._structure_message else "")
        )
        self.show_count()
        QTimer.singleShot(0, self, self.finish_loading)

    def finish_loading(self) -> None:
        """Read the rest of the shown source's annotations (due after its first screen was painted) into the
        reader and the annotations panel, keeping the selection and the scroll position, then start reading
        its evidence; nothing to do when all that is done. Tests and callers that need every annotation at
        once may call it."""
        self._load_rest()
        due, self._evidence_due = self._evidence_due, None
        if due is not None and due == self.current_source_id and self.evidence.source_id == due:
            self.evidence.read_evidence()

    def _load_rest(self) -> None:
        source_id, self._loading_source = self._loading_source, None
        if source_id is None or source_id != self.current_source_id:
            return
        # The source's thousands of annotations live as long as it is shown (and are freed by their counts
        # when the next source replaces them: they make no cycles): read and shown with the collector paused
        # (a full collection landing in the read doubled it, bench_ui's reader_read).
        with _lasting():
            try:
                annotations = self.project.annotations.list(source_id=source_id)
            except AnnotatorError as e:
                log.warning("annotations of source %s not loaded: %s", source_id, e)
                return
            self.reader.set_annotations(annotations, self.facet_of_tag)
            if self.active_reader is self.reader:
                self.annotation_panel.set_annotations(annotations, self.reader.selected_annotation_id)
        self.show_count()

    def _show_structure(self, source_id: int, shown: list[Mark] | None = None) -> None:
        """Note calls, headings and the outline of the source just opened (derived: never fatal); ``shown``:
        the marks the reader shows already (a first screen's), not applied again when they are the same."""
        try:
            marks = self.project.structure.marks(source_id)
            if shown is None or marks != shown:
                self.reader.set_structure(marks)
            # The summary and the outline from these marks: each read them again (a millisecond apiece
            # before the first paint), and the outline read the text again too, for a source without headings.
            from annotator.services.structure import summarize  # here: it imports the storage layer, which
            # the first screen paints without (services/first_screen.py)

            headings = any(m.kind is MarkKind.HEADING for m in marks)
            self.outline_panel.set_outline(self.project.structure.outline(source_id) if headings else [])
            summary = summarize(marks)
        except AnnotatorError as e:
            log.warning("structure of source %s not shown: %s", source_id, e)
            self.outline_panel.set_outline([])
            return
        if summary.calls_without_notes:
            self._structure_message = (
                f"{summary.note_calls} note calls; the notes themselves are not in this source"
            )
        else:
            self._structure_message = ""

    def _reload_annotations(self) -> None:
        """All annotations again (after a taxonomy change renamed or recoloured tags)."""
        for reader in {self.reader, self.compare_view.left, self.compare_view.right}:
            source = self.source_of(reader)
            if source is None:
                continue
            reader.set_annotations(self.project.annotations.list(source_id=source), self.facet_of_tag)
        reader = self.active_reader
        self.annotation_panel.set_annotations(reader.annotations(), reader.selected_annotation_id)
        self.inspector.show_annotation(reader.annotation(reader.selected_annotation_id))

    def _on_sources_changed(self, event: SourcesChanged) -> None:
        sources = self.refresh_library()
        if self.current_source_id in event.source_ids and event.change is Change.REMOVED:
            self.current_source_id = None
        if self.current_source_id is None:
            if sources:
                self.open_source(sources[0].id)
            else:
                self.show_welcome()
        elif event.change is Change.UPDATED and self.current_source_id in event.source_ids:
            title = self.project.sources.get(self.current_source_id).title
            self.setWindowTitle(f"{title} — {self.project.name} — {APP_NAME}")

    def _on_annotations_changed(self, event: AnnotationsChanged) -> None:
        """Patch every reader showing an affected source with just the changed annotations, once per edit:
        taken from the event when it carries them all (a key press then reads nothing back)."""
        ids = list(event.annotation_ids)
        if event.change is Change.REMOVED:
            fetched = []
        elif event.annotations and {a.id for a in event.annotations} >= set(ids):
            fetched = list(event.annotations)
        else:
            fetched = self.project.annotations.get_many(ids)
        usage = self._usage_after(event, fetched)  # before the readers are patched: they hold what was
        for reader in {self.reader, self.compare_view.left, self.compare_view.right}:
            source = self.source_of(reader)
            if source is None or source not in event.source_ids:
                continue
            changed = [a for a in fetched if a.source_id == source]
            kept = {a.id for a in changed}
            gone = [i for i in ids if i not in kept]
            if gone:
                reader.remove_annotations(gone)
            if changed:
                reader.upsert_annotations(changed)
            if reader is self.active_reader:
                if gone:
                    self.annotation_panel.remove(gone)
                if changed:
                    self.annotation_panel.upsert(changed, reader.selected_annotation_id)
                if self.inspector.annotation is not None and self.inspector.annotation.id in ids:
                    self.inspector.show_annotation(reader.annotation(self.inspector.annotation.id))
        if event.change is not Change.UPDATED:
            self._update_counts(event.source_ids)
            self.show_count()
        # Adding or removing a tag is an update: the palette's Uses column follows every change.
        self.palette.taxonomy_model.set_usage(usage if usage is not None else self.project.taxonomy.usage())

    def _usage_after(self, event: AnnotationsChanged, fetched: list[Annotation]) -> dict[int, int] | None:
        """The palette's counts after ``event``, patched with the tags it took away and added: counting them
        again in the project took a tenth of a key press with 5,000 annotations. None when the tags before
        or after are not all known here (an annotation of a source no reader shows): then they are read."""
        ids = set(event.annotation_ids)
        before: dict[int, Annotation] = {}
        after = {a.id: a for a in fetched} if event.change is not Change.REMOVED else {}
        if event.change is Change.REMOVED:
            before = {a.id: a for a in event.annotations}
        elif event.change is Change.UPDATED:
            readers = (self.reader, self.compare_view.left, self.compare_view.right)
            for annotation_id in ids:
                for reader in readers:
                    old = reader.annotation(annotation_id)
                    if old is not None:
                        before[annotation_id] = old
                        break
        known_before = event.change is Change.ADDED or set(before) >= ids
        known_after = event.change is Change.REMOVED or set(after) >= ids
        if not (known_before and known_after):
            return None
        usage = self.palette.taxonomy_model.usage()
        for annotation in before.values():
            for tag in annotation.tags:
                usage[tag.id] = usage.get(tag.id, 0) - 1
        for annotation in after.values():
            for tag in annotation.tags:
                usage[tag.id] = usage.get(tag.id, 0) + 1
        return {tag_id: count for tag_id, count in usage.items() if count > 0}

    def _update_counts(self, source_ids: tuple[int, ...]) -> None:
        """The library's annotation counts of these sources (nothing else in it changed): counted in a reader
        showing the source, which holds every annotation of it, else read again."""
        readers = (self.reader, self.compare_view.left, self.compare_view.right)
        shown = {self.source_of(reader): reader for reader in readers}
        if all(source in shown for source in source_ids):
            for source in source_ids:
                self.library.model.set_annotation_count(source, len(shown[source].annotations()))
        else:
            self.library.set_sources(self.project.sources.list(), self.current_source_id)

    def _on_taxonomy_changed(self) -> None:
        self.taxonomy = self.project.taxonomy.taxonomy()
        order = {facet.id: i for i, facet in enumerate(self.taxonomy.facets)}
        self.facet_of_tag = {tag.id: order.get(tag.facet_id, 0) for tag in self.taxonomy.tags}
        self.tagging.taxonomy_changed()
        self.search_panel.set_choices(self.project.sources.list(), self.taxonomy)
        self._reload_annotations()
        self.evidence.taxonomy_changed()  # proposals are underlined in their facets' colours
        self.figures.taxonomy_changed()

    # Dialogs

    def split_source(self, offset: int | None = None) -> None:
        self.sources.split_source(offset)

    def edit_taxonomy(self) -> None:
        from annotator.ui.dialogs.taxonomy_editor import TaxonomyEditor

        TaxonomyEditor(self.project, self.undo_stack, self).exec()

    def show_shortcuts(self) -> None:
        from annotator.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Annotator",
            f"<b>Annotator {__version__}</b><p>A workbench for source criticism: who says this, on what "
            "evidence, with what slant, and what kind of claim is it?</p>"
            f"<p>Project: {escape(self.project.location)}</p>",
        )

    # Window state

    def restore_window(self) -> None:
        geometry, state = self.settings.window_geometry()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(default_window_size(self.screen().availableGeometry().size()))
        if state:
            self.restoreState(QByteArray(state))
        else:
            self.fit_docks(self.size())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.project is None:  # closed before its project was opened: nothing of it to keep
            if self._first is not None:
                self._first.release()
                self._first = None
            super().closeEvent(event)
            return
        if self.project.closed:  # closed again after its project was: reading it would reopen a connection
            self.bridge.detach()
            super().closeEvent(event)
            return
        self.inspector.show_annotation(None)  # commit a note still being typed
        self.save_project_state()
        self.settings.set_window_geometry(bytes(self.saveGeometry().data()), bytes(self.saveState().data()))
        self.settings.set_last_project(self.project.path or self.project.location)
        self.settings.sync()
        self.wait_for_opening_backup()  # the project is closed next: the copy must be complete
        self._loading_source = self._evidence_due = None  # nor read the rest of the annotations from it
        self.bridge.detach()
        super().closeEvent(event)
