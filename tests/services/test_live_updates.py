"""Live updates of a team project (issue 21): another client's committed edit reaches my event bus, and my
search index follows it.

Two Project objects (two engines, two connections, as two coders' apps) on one database of the tests'
PostgreSQL cluster; the edit is made through one, the other's ``live()`` publishes it. The waits are
generous and only say that the event arrived, not how fast (tests/benchmarks/bench_team.py measures that).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from annotator.services.events import (
    AnnotationsChanged,
    Change,
    Event,
    LinksChanged,
    SourcesChanged,
    TaxonomyChanged,
)
from annotator.services.live import events_for
from annotator.services.project import Project
from annotator.storage.live import Notice, parse

TEXT = "Comrades, the kulak saboteurs have been routed. The harvest is saved.\n"
WAIT = 30.0  # seconds: generous, for a loaded machine


class Received:
    """The events a project's bus published, with a wait for one that matches."""

    def __init__(self, project: Project) -> None:
        self.events: list[Event] = []
        self._arrived = threading.Condition()
        project.events.subscribe(self._on)

    def _on(self, event: Event) -> None:
        with self._arrived:
            self.events.append(event)
            self._arrived.notify_all()

    def wait_for(self, match: type, **fields: object) -> Event:
        def found() -> Event | None:
            for e in self.events:
                if isinstance(e, match) and all(getattr(e, k) == v for k, v in fields.items()):
                    return e
            return None

        with self._arrived:
            assert self._arrived.wait_for(lambda: found() is not None, timeout=WAIT), (
                match,
                fields,
                self.events,
            )
            return found()  # type: ignore[return-value]


@pytest.fixture
def two(server_url: str) -> Iterator[tuple[Project, Project]]:
    with Project.open(server_url) as mine, Project.open(server_url) as theirs:
        yield mine, theirs


def test_another_clients_edits_reach_my_event_bus(two: tuple[Project, Project]) -> None:
    mine, theirs = two
    live = mine.live()
    assert live is not None
    received = Received(mine)
    live.start()
    source = theirs.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    received.wait_for(SourcesChanged, change=Change.ADDED, source_ids=(source,))

    made = theirs.annotations.create(source, 14, 29, ["bias/loaded-language"], note="zeppelin")
    added = received.wait_for(AnnotationsChanged, change=Change.ADDED, annotation_ids=(made.id,))
    assert added.source_ids == (source,)  # type: ignore[attr-defined]
    assert [a.note for a in mine.annotations.get_many([made.id])] == ["zeppelin"]

    theirs.annotations.update(made.id, tags=["claim-type/factual"])
    received.wait_for(AnnotationsChanged, change=Change.UPDATED, annotation_ids=(made.id,))

    other = theirs.annotations.create(source, 0, 8)
    link = theirs.links.create(made.id, other.id, "corroborates")
    received.wait_for(LinksChanged, change=Change.ADDED, link_ids=(link.id,))

    theirs.taxonomy.add_tag("bias", "Invented")
    received.wait_for(TaxonomyChanged)

    theirs.annotations.delete(made.id)
    received.wait_for(
        AnnotationsChanged, change=Change.REMOVED, annotation_ids=(made.id,), source_ids=(source,)
    )


def test_my_own_edits_are_not_published_twice(two: tuple[Project, Project]) -> None:
    mine, theirs = two
    live = mine.live()
    assert live is not None
    received = Received(mine)
    source = mine.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    made = mine.annotations.create(source, 14, 29)
    theirs.annotations.create(source, 0, 8)  # the other's edit, after mine: once it is here, mine was too
    assert live.poll(timeout=WAIT)  # waits for the first notice
    while not any(
        isinstance(e, AnnotationsChanged) and e.annotation_ids != (made.id,) for e in received.events
    ):
        assert live.poll(timeout=WAIT)
    own = [e for e in received.events if isinstance(e, AnnotationsChanged) and made.id in e.annotation_ids]
    assert len(own) == 1  # the one the service published itself, not the server's echo of it


def test_my_search_index_follows_another_clients_edit(two: tuple[Project, Project]) -> None:
    mine, theirs = two
    source = theirs.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    assert not mine.search.search("zeppelin").hits  # the index exists, in step
    live = mine.live()
    assert live is not None
    received = Received(mine)
    live.start()
    made = theirs.annotations.create(source, 14, 29, note="a zeppelin over the fields")
    received.wait_for(AnnotationsChanged, annotation_ids=(made.id,))
    # Followed, edit by edit: the index is in step without being built again.
    assert not mine.search.needs_rebuild()
    hits = mine.search.search("zeppelin").hits
    assert [h.annotation_id for h in hits] == [made.id]


def test_notices_become_events_once_each() -> None:
    def n(
        table: str, op: str, ids: tuple[int, ...], sources: tuple[int, ...] = (), client: str = "b"
    ) -> Notice:
        return Notice(table, op, ids, sources, False, client)

    events = events_for(
        [
            n("annotations", "insert", (5,), (1,)),
            n("annotation_tags", "insert", (5,), (1,)),  # the new one's tags: still "added"
            n("annotation_tags", "delete", (3,), (1,)),  # another's tags changed: "updated"
            n("annotations", "delete", (4,), (2,)),
            n("annotations", "update", (9,), (2,), client="a"),  # my own: left out
            n("tags", "insert", (77,)),
        ],
        own_client="a",
    )
    assert events == [
        TaxonomyChanged(),
        AnnotationsChanged(Change.REMOVED, (4,), (1, 2)),
        AnnotationsChanged(Change.ADDED, (5,), (1, 2)),
        AnnotationsChanged(Change.UPDATED, (3,), (1, 2)),
    ]
    assert parse("not json") is None
    assert parse(
        '{"t": "links", "op": "update", "ids": [2], "sources": [], "more": false, "client": ""}'
    ) == (Notice("links", "update", (2,), (), False, ""))
