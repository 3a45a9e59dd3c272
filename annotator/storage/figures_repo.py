"""Detected figures and dated statements of sources (with the detectors' versions), read and replaced
whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from annotator.domain.figures import DatedStatement, Figure
from annotator.storage.orm import SourceFiguresRow, SourceRow


@dataclass(frozen=True, slots=True)
class Stored:
    version: int
    structure_version: int
    figures: list[Figure]
    dates: list[DatedStatement]
    # Each record's text as written, kept with it so that listing every figure of a project needs no text.
    figure_texts: list[str]
    date_texts: list[str]


def get_many(session: Session, source_ids: Sequence[int] | None = None) -> dict[int, Stored]:
    """The stored records of these sources (default: every source that has them), by source id."""
    f = SourceFiguresRow
    query = select(f.source_id, f.version, f.structure_version, f.figures, f.dates)
    if source_ids is not None:
        query = query.where(f.source_id.in_(list(source_ids)))
    return {
        int(source_id): Stored(
            int(version), int(structure_version),
            [Figure.from_dict(d) for d in figures], [DatedStatement.from_dict(d) for d in dates],
            [str(d.get("text", "")) for d in figures], [str(d.get("text", "")) for d in dates],
        )
        for source_id, version, structure_version, figures, dates in session.execute(query).all()
    }  # fmt: skip


def get(session: Session, source_id: int) -> Stored | None:
    return get_many(session, [source_id]).get(source_id)


def stale(session: Session, version: int, structure_version: int) -> list[int]:
    """Sources whose records are not stored, or were stored by other detectors or from other marks."""
    f = SourceFiguresRow
    rows = session.execute(
        select(SourceRow.id)
        .outerjoin(f, f.source_id == SourceRow.id)
        .where(f.version.is_(None) | (f.version != version) | (f.structure_version != structure_version))
        .order_by(SourceRow.id)
    ).all()
    return [int(r[0]) for r in rows]


def put(
    session: Session,
    source_id: int,
    version: int,
    structure_version: int,
    figures: Sequence[Figure],
    dates: Sequence[DatedStatement],
    text: str,
) -> None:
    """Replace the source's stored records (of ``text``, the source's stored text)."""
    session.execute(delete(SourceFiguresRow).where(SourceFiguresRow.source_id == source_id))
    session.add(
        SourceFiguresRow(
            source_id=source_id,
            version=version,
            structure_version=structure_version,
            figures=[{**f.as_dict(), "text": text[f.start : f.end]} for f in figures],
            dates=[{**d.as_dict(), "text": text[d.start : d.end]} for d in dates],
        )
    )
    session.flush()
