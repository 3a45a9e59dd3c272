"""Links between two annotations: corroborates, contradicts, cites, paraphrases, same event."""

from __future__ import annotations

import uuid

from annotator.domain.errors import Duplicate, InvalidInput
from annotator.domain.model import Link, Relation
from annotator.services.events import Change, EventBus, LinksChanged
from annotator.storage import annotations_repo, links_repo
from annotator.storage.unit_of_work import UnitOfWork


def parse_relation(value: str | Relation) -> Relation:
    if isinstance(value, Relation):
        return value
    try:
        return Relation(value.strip().lower().replace(" ", "-").replace("_", "-"))
    except ValueError:
        known = ", ".join(r.value for r in Relation)
        raise InvalidInput(f"relation {value!r} is not one of {known}") from None


class LinkService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def create(self, a_id: int, b_id: int, relation: str | Relation, note: str = "") -> Link:
        relation = parse_relation(relation)
        if a_id == b_id:
            raise InvalidInput("a passage cannot be linked to itself")
        with self._uow.write() as session:
            annotations_repo.get_row(session, a_id)
            annotations_repo.get_row(session, b_id)
            existing = links_repo.find(session, a_id, b_id, relation)
            if existing is not None:
                raise Duplicate(
                    f"annotations {a_id} and {b_id} are already linked as {relation.value} (link {existing})"
                )
            link_id = links_repo.add(
                session, uuid=str(uuid.uuid4()), a_id=a_id, b_id=b_id, relation=relation, note=note
            )
            link = links_repo.get(session, link_id)
        self._events.publish(LinksChanged(Change.ADDED, (link_id,)))
        return link

    def get(self, link_id: int) -> Link:
        with self._uow.read() as session:
            return links_repo.get(session, link_id)

    def list(self, source_id: int | None = None) -> list[Link]:
        """All links, or those with an end in ``source_id``."""
        with self._uow.read() as session:
            return links_repo.list_links(session, source_id=source_id)

    def update(
        self, link_id: int, *, relation: str | Relation | None = None, note: str | None = None
    ) -> Link:
        new_relation = parse_relation(relation) if relation is not None else None
        with self._uow.write() as session:
            links_repo.update(session, link_id, relation=new_relation, note=note)
            link = links_repo.get(session, link_id)
        self._events.publish(LinksChanged(Change.UPDATED, (link_id,)))
        return link

    def delete(self, link_id: int) -> Link:
        """Delete a link; returns it so that ``restore`` can undo the deletion."""
        with self._uow.write() as session:
            link = links_repo.get(session, link_id)
            links_repo.delete_row(session, link_id)
        self._events.publish(LinksChanged(Change.REMOVED, (link_id,)))
        return link

    def restore(self, link: Link) -> Link:
        with self._uow.write() as session:
            links_repo.add(
                session,
                uuid=link.uuid,
                link_id=link.id,
                a_id=link.a.annotation_id,
                b_id=link.b.annotation_id,
                relation=link.relation,
                note=link.note,
                created_at=link.created_at,
            )
            restored = links_repo.get(session, link.id)
        self._events.publish(LinksChanged(Change.ADDED, (link.id,)))
        return restored
