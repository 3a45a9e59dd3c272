"""Detected evidence of sources (items with the detectors' versions, read and replaced whole) and the
historian's decisions on them (accepted or rejected, by the item's stable key)."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import JSON, delete, insert, select
from sqlalchemy.orm import Session

from annotator.domain.evidence import Evidence, EvidenceKind, Form, Speaker
from annotator.storage import dialects
from annotator.storage.orm import EvidenceDecisionRow, SourceEvidenceRow, SourceRow, UTCDateTime, utcnow

ACCEPTED, REJECTED = "accepted", "rejected"
_CHUNK = 500  # keys bound in one statement


@dataclass(frozen=True, slots=True)
class Stored:
    version: int
    structure_version: int
    items: list[Evidence]


@dataclass(frozen=True, slots=True)
class Decision:
    state: str  # ACCEPTED or REJECTED
    annotation_id: int | None  # the annotation an acceptance made (None once it is deleted)


def get(session: Session, source_id: int) -> Stored | None:
    """The source's evidence as stored, or None when it was never stored."""
    row = session.execute(
        select(SourceEvidenceRow.version, SourceEvidenceRow.structure_version, SourceEvidenceRow.items).where(
            SourceEvidenceRow.source_id == source_id
        )
    ).first()
    if row is None:
        return None
    version, structure_version, items = row
    return Stored(int(version), int(structure_version), [_evidence(item) for item in items])


def fingerprint(session: Session, source_id: int) -> tuple[int, int, int] | None:
    """What tells one stored row of the source's evidence from another without reading its items: the
    versions and the length of the items' text (None when nothing is stored)."""
    e = SourceEvidenceRow
    row = session.execute(
        select(e.version, e.structure_version, dialects.json_length(session, e.items)).where(
            e.source_id == source_id
        )
    ).first()
    return None if row is None else (int(row[0]), int(row[1]), int(row[2]))


def stale(session: Session, version: int, structure_version: int) -> list[int]:
    """Sources whose evidence is not stored, or was stored by other detectors or from other marks."""
    e = SourceEvidenceRow
    rows = session.execute(
        select(SourceRow.id)
        .outerjoin(e, e.source_id == SourceRow.id)
        .where(e.version.is_(None) | (e.version != version) | (e.structure_version != structure_version))
        .order_by(SourceRow.id)
    ).all()
    return [int(r[0]) for r in rows]


def encode(items: Sequence[Evidence]) -> str:
    """The items as ``put`` stores them (the JSON the column's type would write): made beforehand where it
    holds nobody up — a book's thousands of items took a tenth of a second in the window's thread."""
    return json.dumps([_item(e) for e in items])


def put(
    session: Session,
    source_id: int,
    version: int,
    structure_version: int,
    items: Sequence[Evidence],
    encoded: str | None = None,
) -> None:
    """Replace the source's stored evidence (``encoded``: the items as ``encode`` gave them, if made)."""
    session.execute(delete(SourceEvidenceRow).where(SourceEvidenceRow.source_id == source_id))
    session.connection().execute(
        insert(SourceEvidenceRow.__table__).values(items=dialects.text_bind(session, "encoded", JSON())),
        {
            "source_id": source_id,
            "version": version,
            "structure_version": structure_version,
            "encoded": encode(items) if encoded is None else encoded,
        },
    )


def decisions(session: Session, source_id: int, keys: Collection[str] | None = None) -> dict[str, Decision]:
    """The decisions taken on the source's items (only on ``keys`` when given), by item key."""
    d = EvidenceDecisionRow
    query = select(d.item_key, d.state, d.annotation_id).where(d.source_id == source_id)
    if keys is None:
        rows = session.execute(query).all()
    else:
        listed = list(keys)
        rows = []
        for i in range(0, len(listed), _CHUNK):
            rows += session.execute(query.where(d.item_key.in_(listed[i : i + _CHUNK]))).all()
    return {str(key): Decision(str(state), annotation_id) for key, state, annotation_id in rows}


def decide(session: Session, source_id: int, made: Mapping[str, Decision]) -> None:
    """Record these decisions (item key → decision), replacing any taken before on the same items."""
    forget(session, source_id, list(made))
    if not made:
        return
    # One executemany on the connection, the time bound as the text SQLite's DateTime stores (as
    # ``annotations_repo.add_many`` does): accepting a whole kind decides thousands of items at once, and
    # the ORM's bulk insert and the column type's conversion cost 10× what SQLite does a row.
    stamp = utcnow().astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    table = EvidenceDecisionRow.__table__
    session.connection().execute(
        insert(table).values(decided_at=dialects.text_bind(session, "stamp", UTCDateTime())),
        [
            {"source_id": source_id, "item_key": key, "state": d.state, "annotation_id": d.annotation_id,
             "stamp": stamp}
            for key, d in made.items()
        ],
    )  # fmt: skip


def forget(session: Session, source_id: int, keys: Collection[str]) -> None:
    """Drop the decisions on these items: they are proposals again."""
    listed = list(keys)
    for i in range(0, len(listed), _CHUNK):  # SQLite limits the values bound in one statement
        session.execute(
            delete(EvidenceDecisionRow).where(
                EvidenceDecisionRow.source_id == source_id,
                EvidenceDecisionRow.item_key.in_(listed[i : i + _CHUNK]),
            )
        )


def _item(e: Evidence) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": e.kind.value, "start": e.start, "end": e.end}
    if e.form is not Form.INLINE:
        item["form"] = e.form.value
    if e.speaker is not None:
        item["speaker"] = [e.speaker.name, e.speaker.start, e.speaker.end, e.speaker.role]
    if e.scare:
        item["scare"] = True
    for name in ("cited_author", "year", "locator"):
        if getattr(e, name):
            item[name] = getattr(e, name)
    if e.details:
        item["details"] = dict(e.details)
    return item


def _evidence(item: Mapping[str, Any]) -> Evidence:
    speaker = item.get("speaker")
    return Evidence(
        EvidenceKind(str(item["kind"])),
        int(item["start"]),
        int(item["end"]),
        Form(str(item.get("form", Form.INLINE.value))),
        None if speaker is None else Speaker(str(speaker[0]), speaker[1], speaker[2], str(speaker[3])),
        bool(item.get("scare", False)),
        str(item.get("cited_author", "")),
        str(item.get("year", "")),
        str(item.get("locator", "")),
        {str(k): str(v) for k, v in item.get("details", {}).items()},
    )
