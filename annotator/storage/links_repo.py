"""Links between annotations: rows <-> domain records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from annotator.domain.coders import Coder
from annotator.domain.errors import EditConflict, NotFound, NotPermitted
from annotator.domain.model import Link, LinkEnd, Relation
from annotator.storage import coders_repo
from annotator.storage.orm import AnnotationRow, LinkRow, utcnow


def _end(row: AnnotationRow) -> LinkEnd:
    return LinkEnd(row.id, row.source_id, row.start_pos, row.end_pos, row.exact)


def _query():  # type: ignore[no-untyped-def]
    a, b = aliased(AnnotationRow), aliased(AnnotationRow)
    query = (
        select(LinkRow, a, b).join(a, a.id == LinkRow.a_id).join(b, b.id == LinkRow.b_id).order_by(LinkRow.id)
    )
    return query, a, b


def _to_link(
    link: LinkRow, a: AnnotationRow, b: AnnotationRow, coders: dict[int, Coder] | None = None
) -> Link:
    return Link(
        id=link.id,
        uuid=link.uuid,
        relation=Relation(link.relation),
        note=link.note,
        a=_end(a),
        b=_end(b),
        created_at=link.created_at,
        modified_at=link.modified_at,
        coder=None if coders is None or link.coder_id is None else coders.get(link.coder_id),
        version=link.version,
    )


def get(session: Session, link_id: int) -> Link:
    query, _, _ = _query()
    found = session.execute(query.where(LinkRow.id == link_id)).first()
    if found is None:
        raise NotFound(f"no link with id {link_id} (see `annotator links`)")
    return _to_link(*found, coders_repo.by_id(session))


def list_links(
    session: Session, *, source_id: int | None = None, annotation_ids: Sequence[int] | None = None
) -> list[Link]:
    query, a, b = _query()
    if source_id is not None:
        query = query.where(or_(a.source_id == source_id, b.source_id == source_id))
    if annotation_ids is not None:
        query = query.where(or_(LinkRow.a_id.in_(annotation_ids), LinkRow.b_id.in_(annotation_ids)))
    coders = coders_repo.by_id(session)
    return [_to_link(*row, coders) for row in session.execute(query)]


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
    coder_id: int | None = None,
) -> int:
    """A new link (``coder_id`` None: the current coder's); its id."""
    now = utcnow()
    row = LinkRow(
        coder_id=coder_id if coder_id is not None else coders_repo.current_id(session),
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


def update(
    session: Session,
    link_id: int,
    *,
    relation: Relation | None,
    note: str | None,
    expected_version: int | None = None,
) -> None:
    """Change the relation or note; ``expected_version``: the version the caller read (EditConflict, with
    the link as it now is, when another coder's edit or deletion came first)."""
    row = session.get(LinkRow, link_id)
    if row is None:
        if expected_version is not None:
            raise EditConflict(f"link {link_id} was deleted by another coder meanwhile; nothing was changed")
        raise NotFound(f"no link with id {link_id}")
    if expected_version is not None and row.version != expected_version:
        raise EditConflict(
            f"link {link_id} was changed by another coder meanwhile; your change was not saved",
            get(session, link_id),
        )
    _check_yours(session, link_id)
    if relation is not None:
        row.relation = relation.value
    if note is not None:
        row.note = note
    row.modified_at = utcnow()
    try:
        session.flush()
    except StaleDataError as e:  # changed between the read and the write (a server's concurrent writer)
        raise EditConflict(
            f"link {link_id} was changed by another coder meanwhile; your change was not saved"
        ) from e


def delete_row(session: Session, link_id: int) -> None:
    row = session.get(LinkRow, link_id)
    if row is None:
        raise NotFound(f"no link with id {link_id}")
    _check_yours(session, link_id)
    session.delete(row)
    session.flush()


def _check_yours(session: Session, link_id: int) -> None:
    """On a team server, NotPermitted for a link row-level security keeps from this user's changes (its
    UPDATE or DELETE would change nothing, and the ORM would take that for a concurrent edit): a row that
    is there to read but not to lock FOR UPDATE is another coder's."""
    if session.get_bind().dialect.name != "postgresql":
        return
    c = LinkRow.__table__.c
    if session.connection().execute(select(c.id).where(c.id == link_id).with_for_update()).first() is None:
        raise NotPermitted(
            f"link {link_id} is another coder's: on this team project your role lets you change only your "
            "own links; nothing was saved"
        )


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
        coder_id=link.coder.id if link.coder is not None else None,
    )
