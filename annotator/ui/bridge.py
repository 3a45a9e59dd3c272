"""The one place where the services' plain-Python events become Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from annotator.services.events import (
    AnnotationsChanged,
    Event,
    EventBus,
    LinksChanged,
    SourcesChanged,
    TaxonomyChanged,
)


class EventBridge(QObject):
    sources_changed = Signal(object)  # SourcesChanged
    annotations_changed = Signal(object)  # AnnotationsChanged
    taxonomy_changed = Signal()
    links_changed = Signal(object)  # LinksChanged

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = events.subscribe(self._relay)

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
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
