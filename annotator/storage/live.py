"""Listening to a team server's change notifications (sent by the triggers of migration 0011).

A dedicated connection LISTENs on ``annotator_changes``; ``fileno`` is its socket (for a Qt socket
notifier, or ``select``), and ``receive`` reads what has arrived — without waiting, or up to ``timeout``
seconds for the first one — as ``Notice`` records. Nothing here knows the app's events: services/live.py
turns notices into them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from annotator.storage import server

log = logging.getLogger(__name__)

CHANNEL = "annotator_changes"


@dataclass(frozen=True)
class Notice:
    """One statement's committed changes to one table, as the trigger announced them."""

    table: str
    operation: str  # insert, update, delete
    ids: tuple[int, ...]
    source_ids: tuple[int, ...]
    more: bool  # some ids or sources were left out (a large batch)
    client: str  # the writing client's id ('' for psql or a script)


def parse(payload: str) -> Notice | None:
    """The notice in a payload, None (logged) for one this version does not understand."""
    try:
        data = json.loads(payload)
        return Notice(
            str(data["t"]),
            str(data["op"]),
            tuple(int(i) for i in data.get("ids") or ()),
            tuple(int(i) for i in data.get("sources") or ()),
            bool(data.get("more")),
            str(data.get("client") or ""),
        )
    except (ValueError, KeyError, TypeError):
        log.info("a change notification not understood: %.200s", payload)
        return None


class Listener:
    """LISTEN on the project's database through a connection of its own; close when done."""

    def __init__(self, address: server.ServerAddress) -> None:
        self._connection: Any = server.listen_connection(address)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def receive(self, timeout: float = 0.0) -> list[Notice]:
        """The notices that have arrived; waits up to ``timeout`` seconds for the first one if none has."""
        payloads = [n.payload for n in self._connection.notifies(timeout=timeout, stop_after=1)]
        if payloads:  # then whatever else is already here, without waiting again
            payloads += [n.payload for n in self._connection.notifies(timeout=0)]
        return [notice for p in payloads if (notice := parse(p)) is not None]

    def close(self) -> None:
        try:
            self._connection.close()
        except Exception:  # a server gone away: nothing to close cleanly
            log.debug("closing the listening connection failed", exc_info=True)
