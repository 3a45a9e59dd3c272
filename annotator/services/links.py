"""Links between two annotations: corroborates, contradicts, cites, paraphrases, same event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from annotator.domain.errors import Duplicate, InvalidInput
from annotator.domain.model import Annotation, Link, Relation
from annotator.services.annotations import DeletedAnnotation, Passage, add_annotation, put_back
from annotator.services.events import AnnotationsChanged, Change, EventBus, LinksChanged
from annotator.storage import annotations_repo, links_repo, taxonomy_repo
from annotator.storage.unit_of_work import UnitOfWork

PassageEnd = int | Passage  # an annotation's id, or a passage to annotate (without tags) as part of linking


@dataclass(frozen=True, slots=True)
class LinkedPassages:
    """What ``link_passages`` did, for undo and redo: the link, and the annotations it made for its ends."""

    link: Link
    created: tuple[Annotation, ...]


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
            link = _add_link(session, a_id, b_id, relation, note)
        self._events.publish(LinksChanged(Change.ADDED, (link.id,)))
        return link

    def link_passages(
        self, a: PassageEnd, b: PassageEnd, relation: str | Relation, note: str = ""
    ) -> LinkedPassages:
        """Link two passages, annotating first those that are not annotations yet — one user action, so ONE
        transaction: the link and its new annotations are all saved, or (a failing disk, a refusal) none.
        A passage with exactly an annotation's range is that annotation (no duplicate is made).
        ``unlink_passages`` undoes it and ``relink_passages`` redoes it."""
        relation = parse_relation(relation)
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            created: list[Annotation] = []
            ids: list[int] = []
            for end in (a, b):
                if isinstance(end, Passage):
                    span = (end.start, end.end)
                    same = annotations_repo.list_annotations(
                        session, taxonomy, source_id=end.source_id, span=span
                    )
                    if same:
                        ids.append(same[0].id)
                        continue
                    created.append(add_annotation(session, taxonomy, end.source_id, end.start, end.end))
                    ids.append(created[-1].id)
                else:
                    ids.append(end)
            link = _add_link(session, ids[0], ids[1], relation, note)
        linked = LinkedPassages(link, tuple(created))
        self._publish(Change.ADDED, linked)
        return linked

    def unlink_passages(self, linked: LinkedPassages) -> None:
        """Undo ``link_passages`` in one transaction: the link and the annotations it made are deleted."""
        with self._uow.write() as session:
            links_repo.delete_row(session, linked.link.id)
            for annotation in linked.created:
                annotations_repo.delete_row(session, annotation.id)
        self._publish(Change.REMOVED, linked)

    def relink_passages(self, linked: LinkedPassages) -> LinkedPassages:
        """Redo ``link_passages`` after ``unlink_passages``, in one transaction, with the same ids."""
        with self._uow.write() as session:
            taxonomy = taxonomy_repo.load(session)
            created = tuple(put_back(session, taxonomy, DeletedAnnotation(a, ())) for a in linked.created)
            link = _restore_link(session, linked.link)
        relinked = LinkedPassages(link, created)
        self._publish(Change.ADDED, relinked)
        return relinked

    def _publish(self, change: Change, linked: LinkedPassages) -> None:
        if linked.created:
            ids = tuple(a.id for a in linked.created)
            sources = tuple(dict.fromkeys(a.source_id for a in linked.created))
            self._events.publish(AnnotationsChanged(change, ids, sources))
        self._events.publish(LinksChanged(change, (linked.link.id,)))

    def get(self, link_id: int) -> Link:
        with self._uow.read() as session:
            return links_repo.get(session, link_id)

    def list(self, source_id: int | None = None) -> list[Link]:
        """All links, or those with an end in ``source_id``."""
        with self._uow.read() as session:
            return links_repo.list_links(session, source_id=source_id)

    def update(
        self,
        link_id: int,
        *,
        relation: str | Relation | None = None,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> Link:
        """Change the relation or note; ``expected_version`` as for annotations (EditConflict if stale)."""
        new_relation = parse_relation(relation) if relation is not None else None
        with self._uow.write() as session:
            links_repo.update(
                session, link_id, relation=new_relation, note=note, expected_version=expected_version
            )
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
            restored = _restore_link(session, link)
        self._events.publish(LinksChanged(Change.ADDED, (link.id,)))
        return restored


def _add_link(session: Session, a_id: int, b_id: int, relation: Relation, note: str) -> Link:
    if a_id == b_id:
        raise InvalidInput("a passage cannot be linked to itself")
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
    return links_repo.get(session, link_id)


def _restore_link(session: Session, link: Link) -> Link:
    links_repo.restore(session, link)
    return links_repo.get(session, link.id)
