"""The listening connection of a team project (storage/live.py) under load: every notice arrives, once.

Several writer connections (psycopg, autocommit: each NOTIFY its own transaction, as each edit is) send
many notices on the project's channel at once, while one ``Listener`` receives them the way the app's
thread does (``receive`` with a short timeout, again and again). The test counts what arrived: exactly the
notices sent, none twice. No time is asserted: the listener reads until the count stops changing (or a
generous deadline passes), then the counts are compared.
"""

from __future__ import annotations

import json
import select
import threading
import time
from collections import Counter

import psycopg
import pytest

from annotator.storage import live, server

WRITERS = 6
PER_WRITER = 1000
QUIET = 3.0  # seconds without a new notice, once all writers are done: the listener has read everything
DEADLINE = 180.0


def _payload(writer: int, n: int) -> str:
    return json.dumps({"t": "annotations", "op": "insert", "ids": [writer * 1_000_000 + n], "client": ""})


def _write(url: str, writer: int, started: threading.Barrier) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        started.wait()
        for n in range(PER_WRITER):
            connection.execute("SELECT pg_notify(%s, %s)", (live.CHANNEL, _payload(writer, n)))


def _receive_all(listener: live.Listener, writers: list[threading.Thread], way: str) -> Counter[int]:
    arrived: Counter[int] = Counter()
    last_change = time.monotonic()
    deadline = last_change + DEADLINE
    while time.monotonic() < deadline:
        if way == "thread":  # as LiveUpdates.start's thread: short waits, many ending with nothing read yet
            notices = listener.receive(timeout=0.05)
        else:  # as the window: the socket readable (a Qt socket notifier), then what has arrived, no wait
            readable, _, _ = select.select([listener.fileno()], [], [], 0.05)
            notices = listener.receive() if readable else []
        for notice in notices:
            arrived.update(notice.ids)
        now = time.monotonic()
        if notices:
            last_change = now
        elif not any(w.is_alive() for w in writers) and now - last_change > QUIET:
            break
    return arrived


@pytest.mark.parametrize("way", ["thread", "socket"])
def test_every_notice_from_several_writers_arrives_once(server_url: str, way: str) -> None:
    listener = live.Listener(server.ServerAddress.parse(server_url))
    try:
        started = threading.Barrier(WRITERS)
        writers = [
            threading.Thread(target=_write, args=(server_url, w, started), daemon=True)
            for w in range(WRITERS)
        ]
        for w in writers:
            w.start()
        arrived = _receive_all(listener, writers, way)
        for w in writers:
            w.join(timeout=60)
    finally:
        listener.close()
    sent = {w * 1_000_000 + n for w in range(WRITERS) for n in range(PER_WRITER)}
    missing = sent - set(arrived)
    twice = {i: c for i, c in arrived.items() if c > 1}
    assert (len(missing), len(twice), len(arrived)) == (0, 0, len(sent)), sorted(missing)[:20]
