"""Live updates of a team project under load (issue 21): several clients write at once through the services,
and every new annotation reaches another client's event bus, as "added" (or "removed" when its maker
deleted it before the listener read the notices).

Four writer projects (their own engines and connections, as four coders' apps) create and delete
annotations in threads while a fifth project's ``live()`` thread publishes what arrives. The test waits
until the writers are done and the received ids stop changing (or a generous deadline), then compares:
no time is asserted (tests/benchmarks/bench_team.py measures delays).
"""

from __future__ import annotations

import threading
import time

from annotator.services.events import AnnotationsChanged, Change, Event
from annotator.services.project import Project

TEXT = "Comrades, the kulak saboteurs have been routed. The harvest is saved in every district.\n"
WRITERS = 4
PER_WRITER = 60
QUIET = 5.0
DEADLINE = 300.0


def _write(url: str, source: int, writer: int, started: threading.Barrier, made: list[int]) -> None:
    with Project.open(url) as project:
        started.wait()
        for n in range(PER_WRITER):
            start = (writer * 7 + n) % 60
            annotation = project.annotations.create(source, start, start + 5, note=f"w{writer} n{n}")
            made.append(annotation.id)
            if n % 10 == 9:  # now and then one deleted at once: it may arrive as removed
                project.annotations.delete(annotation.id)


def test_every_new_annotation_of_several_writers_reaches_a_listener(server_url: str) -> None:
    with Project.open(server_url) as setup:
        source = setup.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    seen: list[int] = []

    def on_event(event: Event) -> None:
        if isinstance(event, AnnotationsChanged) and event.change is not Change.UPDATED:
            seen.extend(event.annotation_ids)

    with Project.open(server_url) as mine:
        mine.events.subscribe(on_event)
        live = mine.live()
        assert live is not None
        live.start()
        started = threading.Barrier(WRITERS)
        made: list[list[int]] = [[] for _ in range(WRITERS)]
        writers = [
            threading.Thread(target=_write, args=(server_url, source, w, started, made[w]), daemon=True)
            for w in range(WRITERS)
        ]
        for w in writers:
            w.start()
        count, last_change = 0, time.monotonic()
        deadline = last_change + DEADLINE
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = time.monotonic()
            if len(seen) != count:
                count, last_change = len(seen), now
            elif not any(w.is_alive() for w in writers) and now - last_change > QUIET:
                break
    expected = {a for ids in made for a in ids}
    assert len(expected) == WRITERS * PER_WRITER
    missing = expected - set(seen)
    assert not missing, (len(missing), sorted(missing)[:20])
