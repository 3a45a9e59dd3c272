"""Plain-Python change events: services publish them after each commit; the UI bridges them to Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from annotator.domain.model import Annotation


class Change(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class SourcesChanged:
    change: Change
    source_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AnnotationsChanged:
    change: Change
    annotation_ids: tuple[int, ...]
    source_ids: tuple[int, ...]
    # The annotations as committed (as they were, for REMOVED), when the service had every one of them at
    # hand: a window then patches itself without reading them back. Empty when not given.
    annotations: tuple[Annotation, ...] = ()


@dataclass(frozen=True, slots=True)
class TaxonomyChanged:
    pass


@dataclass(frozen=True, slots=True)
class LinksChanged:
    change: Change
    link_ids: tuple[int, ...]


Event = SourcesChanged | AnnotationsChanged | TaxonomyChanged | LinksChanged
Listener = Callable[[Event], None]


class EventBus:
    """Synchronous publish/subscribe. Listeners run after the transaction committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)
