"""People: the People panel (everyone who speaks or is cited, with counts by role), the Annotations panel
filtered to the person chosen there, a search for their passages across the sources, renaming and merging
people (each one undoable step), and the inspector's type-ahead over the project's names.

Counting reads every annotation's speaker and the evidence stored for each source, so it is done when the
panel is shown, and again a moment after annotations change (once for a burst of edits) while it is shown;
the inspector's names are cheap and follow every change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance, Slot
from PySide6.QtWidgets import QDockWidget, QInputDialog

from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, Person, SpeakerRole
from annotator.services.events import AnnotationsChanged
from annotator.services.people import Merged, PersonCounts
from annotator.services.project import Project
from annotator.ui import commands
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.widgets.annotation_panel import AnnotationPanel
from annotator.ui.widgets.inspector import Inspector
from annotator.ui.widgets.people_panel import PeoplePanel, role_summary

REFRESH_DELAY_MS = 400


class PeopleController:
    def __init__(
        self,
        host: Host,
        annotation_panel: AnnotationPanel,
        inspector: Inspector,
        search: Callable[[str], None],
    ) -> None:
        self.host = host
        self.annotation_panel = annotation_panel
        self.inspector = inspector
        self._search = search
        self.panel = PeoplePanel()
        self.panel.person_chosen.connect(self.choose)
        annotation_panel.filter_cleared.connect(self.panel.clear_choice)
        self.panel.search_requested.connect(self._search)
        self.panel.refresh_requested.connect(self.refresh)
        self.panel.rename_requested.connect(self._ask_rename)
        self.panel.merge_requested.connect(self._ask_merge)
        self.dock: QDockWidget | None = None
        self._stale = True
        self._timer = QTimer(self.panel)  # goes with the window
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._relay = _Relay(self._changed, self.panel)
        # Tabbed behind the Library, the panel's View toggle would hide it rather than bring it up.
        self.focus_action = make_action(
            host.window_widget(), "&Go to the People panel", self.focus_panel, "Ctrl+Shift+P",
            tip="Bring the People panel forward and put the keyboard in its filter box",
        )

    def dock_panel(self) -> QDockWidget:
        self.dock = self.host.dock("People", "people", self.panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.visibilityChanged.connect(lambda visible: visible and self._refresh_if_stale())
        return self.dock

    def focus_panel(self) -> None:
        """The People panel in front with the keyboard in its filter box (Tab then reaches the names)."""
        if self.dock is None:
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- keeping up -------------------------------------------------------------------------------------

    def project_opened(self) -> None:
        """Another project: nothing chosen, names and counts read again."""
        self.panel.clear_choice()
        self._stale = True
        self.update_names()
        self._refresh_if_shown()

    def annotations_changed(self, event: AnnotationsChanged) -> None:
        # Names come with speakers: a change whose annotations are all known and speak for no one (a tag
        # key) adds none, and reading them again was a twentieth of a key press.
        if not event.annotations or any(a.speaker is not None for a in event.annotations):
            self.update_names()
        self._changed()

    def watch(self, signal: SignalInstance) -> None:
        """Count again a moment after ``signal`` (evidence read for a source, a decision on a proposal),
        in the window's thread whatever thread emits it."""
        signal.connect(self._relay.poke)

    def _changed(self) -> None:
        self._stale = True
        self._timer.start()

    def update_names(self) -> None:
        with contextlib.suppress(AnnotatorError):  # the names are a convenience: typing one still works
            self.inspector.set_people(self.host.project.people.names())

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.dock is not None and self.dock.isVisible():
            self.refresh()
        else:
            self._stale = True  # counted when next shown

    def refresh(self) -> None:
        """Count again, now."""
        try:
            lines = self.host.project.people.counts()
        except AnnotatorError as e:
            self.panel.set_status(f"The people could not be counted: {e}")
            return
        self._stale = False
        self.panel.set_counts(lines)
        chosen = self.panel.chosen
        if chosen is not None:
            self._show_filter(*chosen)

    # --- choosing ---------------------------------------------------------------------------------------

    def choose(self, line: PersonCounts | None, role: str | None) -> None:
        """Show only ``line``'s annotations (as ``role``, when given) in the Annotations panel; None: all."""
        if line is None:
            self.annotation_panel.set_filter(None)
            return
        person_id = None if line.person is None else line.person.id

        def shown(annotation: Annotation) -> bool:
            speaker = annotation.speaker
            return (
                speaker is not None
                and speaker.person_id == person_id
                and (role is None or speaker.role.value == role)
            )

        self.annotation_panel.set_filter(shown, line.name if role is None else f"{line.name} ({role})")
        self._show_filter(line, role)

    def _show_filter(self, line: PersonCounts, role: str | None) -> None:
        here = len(self.annotation_panel.visible_ids())
        who = line.name if role is None else f"{line.name} ({role})"
        if line.person is None:
            proposed = role_summary(line.proposed)
            text = (
                f"{who} is in no annotation yet, only in evidence proposals ({proposed}): accept them "
                "in the Evidence panel."
            )
        else:
            counts = line.annotations
            total = sum(counts.values()) if role is None else counts.get(SpeakerRole(role), 0)
            text = (
                f"Annotations panel: only {who}, {here} in this source of {total} in all. "
                "“Search” finds them in every source."
            )
        self.panel.set_status(text)

    # --- renaming and merging (each one undoable step) ----------------------------------------------------

    def _ask_rename(self, line: PersonCounts) -> None:
        name, ok = QInputDialog.getText(
            self.host.window_widget(), "Rename", f"New name for {line.name}:", text=line.name
        )
        if ok and name.strip() and name.strip() != line.name:
            self.rename(line, name)

    def _ask_merge(self, line: PersonCounts) -> None:
        others = [o.name for o in self.panel.lines() if o.person is not None and o.name != line.name]
        into, ok = QInputDialog.getItem(
            self.host.window_widget(),
            "Merge",
            f"{line.name} is the same as (their annotations move there; {line.name} goes):",
            others,
            0,
            False,
        )
        if ok and into:
            self.merge(line, into)

    def rename(self, line: PersonCounts, name: str) -> bool:
        assert line.person is not None
        done = self.host.run(RenamePerson(self.host.project, line.person, name))
        self.refresh()
        return done

    def merge(self, line: PersonCounts, into: str) -> bool:
        target = self.panel.find(into)
        assert line.person is not None and target is not None and target.person is not None
        done = self.host.run(MergePeople(self.host.project, line.person, target.person))
        self.refresh()
        return done


class _Relay(QObject):
    """A receiver living in the window's thread, so a signal from a worker arrives queued."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    @Slot(object)
    @Slot(int)
    def poke(self, *_args: object) -> None:
        self._callback()


class RenamePerson(commands.ServiceCommand):
    def __init__(self, project: Project, person: Person, name: str) -> None:
        super().__init__(f"Rename {person.name} to {' '.join(name.split())}")
        self._project = project
        self._id, self._before, self._after = person.id, person.name, name

    def do(self) -> None:
        self._project.people.rename(self._id, self._after)

    def undo_it(self) -> None:
        self._project.people.rename(self._id, self._before)


class MergePeople(commands.ServiceCommand):
    def __init__(self, project: Project, person: Person, into: Person) -> None:
        super().__init__(f"Merge {person.name} into {into.name}")
        self._project = project
        self._ids = (person.id, into.id)
        self._merged: Merged | None = None

    def do(self) -> None:
        self._merged = self._project.people.merge(*self._ids)

    def undo_it(self) -> None:
        assert self._merged is not None
        self._project.people.unmerge(self._merged)
