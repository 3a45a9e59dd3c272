"""Reads an import from another tool needs: which of its GUIDs our tables already use."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.storage.orm import AnnotationRow, FacetRow, LinkRow, SourceRow, TagRow

_TABLES = {
    "source": SourceRow,
    "annotation": AnnotationRow,
    "link": LinkRow,
    "facet": FacetRow,
    "tag": TagRow,
}


def taken_uuids(session: Session, kind: str, candidates: Iterable[str]) -> set[str]:
    """Those of ``candidates`` already used as uuids of ``kind`` (source, annotation, link, facet, tag)."""
    row = _TABLES[kind]
    wanted = list(dict.fromkeys(candidates))
    taken: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        taken.update(session.scalars(select(row.uuid).where(row.uuid.in_(chunk))))  # type: ignore[attr-defined]
    return taken
