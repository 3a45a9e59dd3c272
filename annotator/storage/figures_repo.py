"""Detected figures and dated statements of sources (with the detectors' versions), read and replaced
whole.

The records are stored as the service made them (JSON lists of objects) and read back as the JSON text, not
decoded here: listing every figure of a project decodes 51,000 records, which the service does straight
into its record classes (one pass in C) instead of into dictionaries first. Only current rows are decoded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, literal, select
from sqlalchemy.orm import Session

from annotator.storage import dialects
from annotator.storage.orm import SourceFiguresRow, SourceRow


@dataclass(frozen=True, slots=True)
class Stored:
    version: int
    structure_version: int
    figures: str  # the stored JSON text (a list of records); "[]" when not read
    dates: str


def get_many(
    session: Session, source_ids: Sequence[int] | None = None, *, figures: bool = True, dates: bool = True
) -> dict[int, Stored]:
    """The stored records of these sources (default: every source that has them), by source id, as JSON
    text; ``figures`` or ``dates`` False leaves that column unread ("[]")."""
    f = SourceFiguresRow
    query = select(
        f.source_id, f.version, f.structure_version,
        dialects.json_text(session, f.figures) if figures else literal("[]"),
        dialects.json_text(session, f.dates) if dates else literal("[]"),
    )  # fmt: skip
    if source_ids is not None:
        query = query.where(f.source_id.in_(list(source_ids)))
    return {
        int(source_id): Stored(int(version), int(structure_version), figures_json, dates_json)
        for source_id, version, structure_version, figures_json, dates_json in session.execute(query).all()
    }


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
    figures: Sequence[Any],
    dates: Sequence[Any],
) -> None:
    """Replace the source's stored records (JSON-ready: lists of objects)."""
    session.execute(delete(SourceFiguresRow).where(SourceFiguresRow.source_id == source_id))
    session.add(
        SourceFiguresRow(
            source_id=source_id,
            version=version,
            structure_version=structure_version,
            figures=list(figures),
            dates=list(dates),
        )
    )
    session.flush()
