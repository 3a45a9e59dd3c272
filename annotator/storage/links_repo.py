"""Links between annotations: rows <-> domain records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from annotator.domain.errors import NotFound
from annotator.domain.model import Link, LinkEnd, Relation
from annotator.storage.orm import AnnotationRow, LinkRow, utcnow


def _end(row: AnnotationRow) -> LinkEnd:
    return LinkEnd(row.id, row.source_id, row.start_pos, row.end_pos, row.exact)


def _query():  # type: ignore[no-untyped-def]
    a, b = aliased(AnnotationRow), aliased(AnnotationRow)
    query = (
        select(LinkRow, a, b).join(a, a.id == LinkRow.a_id).join(b, b.id == LinkRow.b_id).order_by(LinkRow.id)
    )
    return query, a, b


def _to_link(link: LinkRow, a: AnnotationRow, b: AnnotationRow) -> Link:
    return Link(
        id=link.id,
        uuid=link.uuid,
        relation=Relation(link.relation),
        note=link.note,
        a=_end(a),
        b=_end(b),
        created_at=link.created_at,
        modified_at=link.modified_at,
    )


def get(session: Session, link_id: int) -> Link:
    query, _, _ = _query()
    found = session.execute(query.where(LinkRow.id == link_id)).first()
    if found is None:
        raise NotFound(f"no link with id {link_id} (see `annotator links`)")
    return _to_link(*found)


def list_links(
    session: Session, *, source_id: int | None = None, annotation_ids: Sequence[int] | None = None
) -> list[Link]:
    query, a, b = _query()
    if source_id is not None:
        query = query.where(or_(a.source_id == source_id, b.source_id == source_id))
    if annotation_ids is not None:
        query = query.where(or_(LinkRow.a_id.in_(annotation_ids), LinkRow.b_id.in_(annotation_ids)))
    return [_to_link(*row) for row in session.execute(query)]


def find(session: Session, a_id: int, b_id: int, relation: Relation) -> int | None:
    return session.scalar(
        select(LinkRow.id).where(
            or_(
                (LinkRow.a_id == a_id) & (LinkRow.b_id == b_id),
                (LinkRow.a_id == b_id) & (LinkRow.b_id == a_id),
            ),
            LinkRow.relation == relation.value,
        )
    )


def add(
    session: Session,
    *,
    uuid: str,
    a_id: int,
    b_id: int,
    relation: Relation,
    note: str,
    link_id: int | None = None,
    created_at: datetime | None = None,
) -> int:
    now = utcnow()
    row = LinkRow(
        uuid=uuid,
        a_id=a_id,
        b_id=b_id,
        relation=relation.value,
        note=note,
        created_at=created_at or now,
        modified_at=now,
    )
    if link_id is not None:
        row.id = link_id
    session.add(row)
    session.flush()
    return row.id


def update(session: Session, link_id: int, *, relation: Relation | None, note: str | None) -> None:
    row = session.get(LinkRow, link_id)
    if row is None:
        raise NotFound(f"no link with id {link_id}")
    if relation is not None:
        row.relation = relation.value
    if note is not None:
        row.note = note
    row.modified_at = utcnow()
    session.flush()


def delete_row(session: Session, link_id: int) -> None:
    row = session.get(LinkRow, link_id)
    if row is None:
        raise NotFound(f"no link with id {link_id}")
    session.delete(row)
    session.flush()


def restore(session: Session, link: Link) -> None:
    """Put a deleted link back as it was: same id, uuid, ends, relation, note and creation time (undo)."""
    add(
        session,
        uuid=link.uuid,
        link_id=link.id,
        a_id=link.a.annotation_id,
        b_id=link.b.annotation_id,
        relation=link.relation,
        note=link.note,
        created_at=link.created_at,
    )
