"""Coders in the window (issue 21): View › Annotations shown (everyone's, with each coder's colour in the
margin; mine; one coder's), Tools › Inter-coder agreement… and Tools › Your coder name…, and a refused edit
or undo (another coder changed the annotation meanwhile) told to the historian with the other's version
shown in its place."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu

from annotator.domain.coders import Coder
from annotator.domain.errors import AnnotatorError, EditConflict
from annotator.domain.model import Annotation
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.errors import show_error

EVERYONE, MINE, ONE = "everyone", "mine", "one"


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CodersController:
    def __init__(self, host: Host, undo_stack: QUndoStack) -> None:
        self.host = host
        window = host.window_widget()
        self.mode = EVERYONE
        self.coder_id: int | None = None
        self.filter_menu = QMenu("Annotations s&hown", window)
        self.filter_menu.setStatusTip("Everyone's annotations, yours, or one coder's")
        self.filter_menu.aboutToShow.connect(self.fill_menu)
        self.agreement_action = make_action(
            window, "Inter-coder &agreement…", self.show_agreement, None,
            "Krippendorff's alpha and Cohen's kappa per facet and tag, and the passages coders disagree on",
        )  # fmt: skip
        self.name_action = make_action(
            window, "Your &coder name…", self.ask_name, None, "The name your annotations are shown with"
        )
        self._stack = undo_stack
        undo_stack.indexChanged.connect(self._report_refused_step)
        self.dialog = None

    # View › Annotations shown

    def coders(self) -> list[Coder]:
        try:
            return self.host.project.coders.list()
        except AnnotatorError:
            return []

    def my_ids(self) -> frozenset[int]:
        login = self.host.project.coders.login()
        return frozenset(c.id for c in self.coders() if c.login == login)

    def fill_menu(self) -> None:
        menu = self.filter_menu
        menu.clear()
        group = QActionGroup(menu)

        def add(text: str, mode: str, coder: Coder | None = None) -> QAction:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.mode == mode and (coder is None or coder.id == self.coder_id))
            if coder is not None:
                action.setIcon(_swatch(coder.color))
            action.triggered.connect(lambda _=False: self.show(mode, coder.id if coder else None))
            group.addAction(action)
            return action

        add("&Everyone's (coder's colour in the margin)", EVERYONE)
        add("&Mine", MINE)
        menu.addSeparator()
        for coder in self.coders():
            add(coder.shown.replace("&", "&&"), ONE, coder)

    def show(self, mode: str, coder_id: int | None = None) -> None:
        """Show everyone's annotations, mine, or one coder's (``coder_id``) in every reader."""
        self.mode, self.coder_id = mode, coder_id
        self.apply()

    def apply(self) -> None:
        if self.mode == EVERYONE:
            ids, bars = None, len(self.coders()) > 1
        elif self.mode == MINE:
            ids, bars = self.my_ids(), False
        else:
            ids, bars = frozenset({self.coder_id}) if self.coder_id is not None else frozenset(), False
        host = self.host
        # The readers only: the Annotations panel and the counts keep every annotation of the source.
        for reader in {host.reader, host.compare_view.left, host.compare_view.right}:
            reader.set_coder_filter(ids, bars)

    # Tools

    def show_agreement(self):  # type: ignore[no-untyped-def]
        from annotator.ui.dialogs.agreement import AgreementDialog

        dialog = AgreementDialog(self.host.project, self.host.window_widget())
        dialog.passage_requested.connect(self.open_passage)
        dialog.resize(900, 640)
        dialog.show()
        if len(dialog.checked(dialog.coder_list)) >= 2:
            dialog.compute()
        self.dialog = dialog
        return dialog

    def open_passage(self, source_id: int, start: int, end: int) -> None:
        host = self.host
        host.show_single_view()  # type: ignore[attr-defined]
        host.open_source(source_id)
        host.reader.scroll_to(start, end)
        host.reader.select_range(start, end)
        window = host.window_widget()
        window.raise_()
        window.activateWindow()

    def ask_name(self) -> None:
        project = self.host.project
        current = next((c for c in project.coders.list() if c.login == project.coders.login()), None)
        name, ok = QInputDialog.getText(
            self.host.window_widget(),
            "Your coder name",
            f"The name your annotations are shown with (you are {project.coders.login()!r}; empty: that):",
            text=current.name if current is not None else "",
        )
        if not ok:
            return
        try:
            project.coders.set_name(name)
        except AnnotatorError as e:
            show_error(self.host.window_widget(), "Name not changed", str(e))

    # Edits refused because another coder came first

    def _report_refused_step(self, index: int) -> None:
        """After an undo or redo: a step the services refused (another coder's edit since) is told, once,
        and the other's version put in the readers in place of what this window showed."""
        if not shiboken6.isValid(self._stack):  # the window is going: its stack says so while it goes
            return
        for at in (index, index - 1):
            command = self._stack.command(at) if 0 <= at < self._stack.count() else None
            error = getattr(command, "error", None)
            if error is None:
                continue
            command.error = None  # type: ignore[union-attr]
            self.report(error)

    def report(self, error: AnnotatorError) -> None:
        if isinstance(error, EditConflict) and isinstance(error.current, Annotation):
            current = error.current
            for reader in {self.host.reader, self.host.compare_view.left, self.host.compare_view.right}:
                if self.host.source_of(reader) == current.source_id:
                    reader.upsert_annotations([current])
            self.host.select_annotation(current.id, scroll=True)
        title = "Changed by another coder" if isinstance(error, EditConflict) else "Not done"
        show_error(self.host.window_widget(), title, str(error))
