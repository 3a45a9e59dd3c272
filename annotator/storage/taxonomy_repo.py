"""Facets and tags: rows <-> domain records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from annotator.domain.errors import NotFound
from annotator.domain.model import Facet, Tag
from annotator.domain.taxonomy import Taxonomy
from annotator.storage.orm import AnnotationRow, AnnotationTagRow, FacetRow, TagRow


def _facet(row: FacetRow) -> Facet:
    return Facet(row.id, row.uuid, row.slug, row.name, row.description, row.color, row.position)


def _tag(row: TagRow) -> Tag:
    return Tag(
        row.id,
        row.uuid,
        row.facet_id,
        row.parent_id,
        row.slug,
        row.name,
        row.description,
        row.color,
        row.shortcut,
        row.position,
    )


_FACET_COLUMNS = (
    FacetRow.id,
    FacetRow.uuid,
    FacetRow.slug,
    FacetRow.name,
    FacetRow.description,
    FacetRow.color,
    FacetRow.position,
)
_TAG_COLUMNS = (
    TagRow.id,
    TagRow.uuid,
    TagRow.facet_id,
    TagRow.parent_id,
    TagRow.slug,
    TagRow.name,
    TagRow.description,
    TagRow.color,
    TagRow.shortcut,
    TagRow.position,
)


def load(session: Session) -> Taxonomy:
    # Column selects, not ORM objects: every annotation edit loads the taxonomy, so this is a hot path.
    facets = session.execute(select(*_FACET_COLUMNS).order_by(FacetRow.position, FacetRow.id)).all()
    tags = session.execute(select(*_TAG_COLUMNS).order_by(TagRow.position, TagRow.id)).all()
    return Taxonomy(tuple(Facet(*f) for f in facets), tuple(Tag(*t) for t in tags))


def is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(FacetRow)) == 0


def add_facet(session: Session, **values: Any) -> Facet:
    row = FacetRow(**values)
    session.add(row)
    session.flush()
    return _facet(row)


def update_facet(session: Session, facet_id: int, **values: Any) -> Facet:
    row = session.get(FacetRow, facet_id)
    if row is None:
        raise NotFound(f"no facet with id {facet_id}")
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return _facet(row)


def delete_facet(session: Session, facet_id: int) -> None:
    session.execute(delete(FacetRow).where(FacetRow.id == facet_id))


def add_tag(session: Session, **values: Any) -> Tag:
    row = TagRow(**values)
    session.add(row)
    session.flush()
    return _tag(row)


def update_tag(session: Session, tag_id: int, **values: Any) -> Tag:
    row = session.get(TagRow, tag_id)
    if row is None:
        raise NotFound(f"no tag with id {tag_id}")
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return _tag(row)


def delete_tag(session: Session, tag_id: int) -> None:
    session.execute(delete(TagRow).where(TagRow.id == tag_id))


def usage_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(AnnotationTagRow.tag_id, func.count()).group_by(AnnotationTagRow.tag_id)
    ).all()
    return {tag_id: count for tag_id, count in rows}


def annotations_with_tag(session: Session, tag_id: int) -> list[int]:
    return list(
        session.scalars(select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id == tag_id))
    )


def remove_tag_from_annotations(session: Session, tag_id: int) -> None:
    session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.tag_id == tag_id))


def merge_tag(session: Session, tag_id: int, into_id: int) -> None:
    """Give every annotation carrying ``tag_id`` the tag ``into_id`` instead (once)."""
    already = select(AnnotationTagRow.annotation_id).where(AnnotationTagRow.tag_id == into_id)
    moving = select(AnnotationTagRow.annotation_id, into_id).where(
        AnnotationTagRow.tag_id == tag_id, AnnotationTagRow.annotation_id.not_in(already)
    )
    session.execute(insert(AnnotationTagRow).from_select(["annotation_id", "tag_id"], moving))
    remove_tag_from_annotations(session, tag_id)


def reparent_children(session: Session, tag_id: int, new_parent_id: int | None) -> None:
    session.execute(update(TagRow).where(TagRow.parent_id == tag_id).values(parent_id=new_parent_id))


def tag_annotations(session: Session, tag_id: int, annotation_ids: Sequence[int]) -> None:
    """Give the tag to these annotations (those that exist and lack it)."""
    have = set(annotations_with_tag(session, tag_id))
    rows = [{"annotation_id": a, "tag_id": tag_id} for a in dict.fromkeys(annotation_ids) if a not in have]
    existing = set(
        session.scalars(
            select(AnnotationRow.id).where(AnnotationRow.id.in_([r["annotation_id"] for r in rows]))
        )
    )
    rows = [r for r in rows if r["annotation_id"] in existing]
    if rows:
        session.execute(insert(AnnotationTagRow), rows)


def untag_annotations(session: Session, tag_id: int, annotation_ids: Sequence[int]) -> None:
    if annotation_ids:
        session.execute(
            delete(AnnotationTagRow).where(
                AnnotationTagRow.tag_id == tag_id, AnnotationTagRow.annotation_id.in_(annotation_ids)
            )
        )
