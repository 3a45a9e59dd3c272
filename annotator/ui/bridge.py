"""The one place where the services' plain-Python events become Qt signals.

On a team project the bridge also watches the server's change notifications (``Project.live()``): a socket
notifier on the listening connection, on the main thread, so another coder's edit arrives as the same
events (and signals) as one's own and every panel follows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from annotator.services.events import (
    AnnotationsChanged,
    Event,
    EventBus,
    LinksChanged,
    SourcesChanged,
    TaxonomyChanged,
)

if TYPE_CHECKING:
    from annotator.services.live import LiveUpdates

log = logging.getLogger(__name__)


class EventBridge(QObject):
    sources_changed = Signal(object)  # SourcesChanged
    annotations_changed = Signal(object)  # AnnotationsChanged
    taxonomy_changed = Signal()
    links_changed = Signal(object)  # LinksChanged

    def __init__(
        self,
        events: EventBus,
        parent: QObject | None = None,
        live: Callable[[], LiveUpdates | None] | None = None,
    ) -> None:
        """``live``: the project's ``live`` (a team project's other coders' edits), None for a file."""
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = events.subscribe(self._relay)
        self._live: LiveUpdates | None = None
        self._notifier: QSocketNotifier | None = None
        try:
            self._live = live() if live is not None else None
        except Exception:  # the server refused a second connection: the app works, without live updates
            log.warning("no live updates from the team server", exc_info=True)
        if self._live is not None:
            self._notifier = QSocketNotifier(self._live.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._notified)

    def _notified(self) -> None:
        """Another client committed a change: publish it (the relay below turns it into signals)."""
        if self._live is None:
            return
        try:
            self._live.poll()
        except Exception:  # the server went away: stop listening, say so in the log
            log.warning("live updates from the team server stopped", exc_info=True)
            self._stop_listening()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._live = None

    def _relay(self, event: Event) -> None:
        if isinstance(event, SourcesChanged):
            self.sources_changed.emit(event)
        elif isinstance(event, AnnotationsChanged):
            self.annotations_changed.emit(event)
        elif isinstance(event, TaxonomyChanged):
            self.taxonomy_changed.emit()
        elif isinstance(event, LinksChanged):
            self.links_changed.emit(event)

    def detach(self) -> None:
        self._stop_listening()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
