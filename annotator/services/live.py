"""Other coders' edits, live: a team server's change notifications become the app's own events.

Every committed change on the server is announced (migration 0011's triggers); ``LiveUpdates`` receives
the announcements on a connection of its own, leaves out this client's own (its services published those
already), and publishes the others' as ``SourcesChanged``, ``AnnotationsChanged``, ``LinksChanged`` and
``TaxonomyChanged`` on the project's event bus — so the reader, the panels and the local search index (a
per-client cache listening to the same bus) follow them as they follow one's own edits.

Two ways to drive it: the UI watches ``fileno()`` with a Qt socket notifier and calls ``poll()`` on the
main thread; a script or a test calls ``start()``, a thread that publishes as notices arrive (its
listeners then run on that thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from annotator.services.events import (
    AnnotationsChanged,
    Change,
    Event,
    EventBus,
    LinksChanged,
    SourcesChanged,
    TaxonomyChanged,
)
from annotator.storage import live, server

log = logging.getLogger(__name__)

_CHANGES = {"insert": Change.ADDED, "update": Change.UPDATED, "delete": Change.REMOVED}


class _Changes:
    """What one batch of notices changed, per kind of thing and id (added and removed win over updated)."""

    def __init__(self) -> None:
        self.by_id: dict[int, Change] = {}
        self.sources: set[int] = set()

    def note(self, change: Change, ids: Sequence[int], sources: Sequence[int]) -> None:
        for i in ids:
            before = self.by_id.get(i)
            if before is None or before is Change.UPDATED or change is Change.REMOVED:
                self.by_id[i] = change
        self.sources.update(sources)

    def ids(self, change: Change) -> tuple[int, ...]:
        return tuple(sorted(i for i, c in self.by_id.items() if c is change))


def events_for(notices: Sequence[live.Notice], own_client: str) -> list[Event]:
    """The events that ``notices`` mean, leaving out the ones ``own_client`` wrote (in a stable order:
    sources, taxonomy, annotations removed / added / updated, links)."""
    annotations, links, sources = _Changes(), _Changes(), _Changes()
    taxonomy = False
    refresh: set[int] = set()  # sources of a batch too large to name every annotation
    for n in notices:
        if own_client and n.client == own_client:
            continue
        change = _CHANGES.get(n.operation, Change.UPDATED)
        if n.table == "annotations":
            annotations.note(change, n.ids, n.source_ids)
        elif n.table in ("annotation_tags", "annotation_speakers"):
            annotations.note(Change.UPDATED, n.ids, n.source_ids)
        elif n.table == "links":
            links.note(change, n.ids, ())
        elif n.table == "sources":
            sources.note(change, n.ids, n.source_ids)
        elif n.table in ("tags", "facets", "coders"):
            taxonomy = True
        if n.more and n.table != "links":
            refresh.update(n.source_ids)
    events: list[Event] = []
    for change in (Change.ADDED, Change.UPDATED, Change.REMOVED):
        ids = sources.ids(change)
        if change is Change.UPDATED:
            ids = tuple(sorted(set(ids) | (refresh - set(sources.by_id))))
        if ids:
            events.append(SourcesChanged(change, ids))
    if taxonomy:
        events.append(TaxonomyChanged())
    touched = tuple(sorted(annotations.sources))
    for change in (Change.REMOVED, Change.ADDED, Change.UPDATED):
        if ids := annotations.ids(change):
            events.append(AnnotationsChanged(change, ids, touched))
    for change in (Change.ADDED, Change.UPDATED, Change.REMOVED):
        if ids := links.ids(change):
            events.append(LinksChanged(change, ids))
    return events


class LiveUpdates:
    """Other clients' committed changes to a team project, published on ``events``; close when done."""

    def __init__(self, address: server.ServerAddress, own_client: str, events: EventBus) -> None:
        self._listener = live.Listener(address)
        self._own = own_client
        self._events = events
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # one reader of the connection at a time

    def fileno(self) -> int:
        """The listening connection's socket: readable when a notice arrived (for a Qt socket notifier)."""
        return self._listener.fileno()

    def poll(self, timeout: float = 0.0) -> list[Event]:
        """Publish the changes that have arrived (waiting up to ``timeout`` seconds for some); the events.

        Never raises for a listener's fault: a failing listener is logged, and the edit stands."""
        with self._lock:
            if self._stop.is_set():
                return []
            notices = self._listener.receive(timeout)
        events = events_for(notices, self._own)
        for event in events:
            try:
                self._events.publish(event)
            except Exception:
                log.warning("a listener failed on another coder's change", exc_info=True)
        return events

    def start(self) -> None:
        """Publish from a thread of its own, as notices arrive (until ``close``)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="team-live-updates", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll(timeout=0.25)
            except Exception:  # the server went away: say so once and stop; the app keeps working
                if not self._stop.is_set():
                    log.warning("live updates from the team server stopped", exc_info=True)
                return

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        with self._lock:
            self._listener.close()
