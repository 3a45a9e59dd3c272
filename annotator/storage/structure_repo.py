"""The stored structure of sources (marks with the detectors' version), read and replaced whole."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from annotator.domain.structure import Mark, MarkKind
from annotator.storage.orm import SourceRow, SourceStructureRow


def get(session: Session, source_id: int) -> tuple[int, list[Mark]] | None:
    """(version, marks) as stored for the source, or None when its structure was never stored."""
    row = session.execute(
        select(SourceStructureRow.version, SourceStructureRow.marks).where(
            SourceStructureRow.source_id == source_id
        )
    ).first()
    if row is None:
        return None
    version, stored = row
    return int(version), [_mark(item) for item in stored]


def get_many(session: Session, source_ids: Sequence[int]) -> dict[int, tuple[int, list[Mark]]]:
    """``get`` for several sources in one query (an export cites dozens): those never stored are absent."""
    found: dict[int, tuple[int, list[Mark]]] = {}
    ids = list(source_ids)
    for at in range(0, len(ids), 500):  # under SQLite's limit of bound parameters
        rows = session.connection().execute(
            select(SourceStructureRow.source_id, SourceStructureRow.version, SourceStructureRow.marks).where(
                SourceStructureRow.source_id.in_(ids[at : at + 500])
            )
        )
        for source_id, version, stored in rows:
            found[source_id] = int(version), [_mark(item) for item in stored]
    return found


def stale(session: Session, version: int) -> list[int]:
    """Sources whose structure is not stored, or was stored by detectors of another version."""
    rows = session.execute(
        select(SourceRow.id)
        .outerjoin(SourceStructureRow, SourceStructureRow.source_id == SourceRow.id)
        .where((SourceStructureRow.version.is_(None)) | (SourceStructureRow.version != version))
        .order_by(SourceRow.id)
    ).all()
    return [int(r[0]) for r in rows]


def versions(session: Session) -> dict[int, int]:
    """The stored structure version of every source that has one."""
    rows = session.execute(select(SourceStructureRow.source_id, SourceStructureRow.version)).all()
    return {int(source_id): int(version) for source_id, version in rows}


def put(session: Session, source_id: int, version: int, marks: Sequence[Mark]) -> None:
    """Replace the source's stored structure."""
    session.execute(delete(SourceStructureRow).where(SourceStructureRow.source_id == source_id))
    session.add(
        SourceStructureRow(
            source_id=source_id,
            version=version,
            marks=[[m.kind.value, m.start, m.end, m.label, m.target_start, m.target_end] for m in marks],
        )
    )
    session.flush()


def _mark(item: Sequence[object]) -> Mark:
    kind, start, end, label, target_start, target_end = item
    return Mark(
        MarkKind(str(kind)),
        int(start),  # type: ignore[call-overload]
        int(end),  # type: ignore[call-overload]
        str(label),
        None if target_start is None else int(target_start),  # type: ignore[call-overload]
        None if target_end is None else int(target_end),  # type: ignore[call-overload]
    )
