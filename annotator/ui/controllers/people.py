"""People: the People panel (everyone who speaks or is cited, with counts by role), the Annotations panel
filtered to the person chosen there, a search for their passages across the sources, and the inspector's
type-ahead over the project's names.

Counting reads every annotation's speaker and the evidence stored for each source, so it is done when the
panel is shown, and again a moment after annotations change (once for a burst of edits) while it is shown;
the inspector's names are cheap and follow every change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.model import Annotation, SpeakerRole
from annotator.services.events import AnnotationsChanged
from annotator.services.people import PersonCounts
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
        self.panel.search_requested.connect(self._search)
        self.panel.refresh_requested.connect(self.refresh)
        self.dock: QDockWidget | None = None
        self._stale = True
        self._timer = QTimer(self.panel)  # goes with the window
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)

    def dock_panel(self) -> QDockWidget:
        self.dock = self.host.dock("People", "people", self.panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock.visibilityChanged.connect(lambda visible: visible and self._refresh_if_stale())
        return self.dock

    # --- keeping up -------------------------------------------------------------------------------------

    def project_opened(self) -> None:
        """Another project: nothing chosen, names and counts read again."""
        self.panel.clear_choice()
        self._stale = True
        self.update_names()
        self._refresh_if_shown()

    def annotations_changed(self, _event: AnnotationsChanged) -> None:
        self.update_names()
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

        self.annotation_panel.set_filter(shown)
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
