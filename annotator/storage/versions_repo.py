"""Versions of sources and their import reports, and moving annotations from one source to another.

A new version (a re-import with other options, a corrected file) and each part of a split source are new
sources: a source's text never changes. What moves is the annotations, keeping their ids, uuids, tags and
links, with new offsets and a quote read from the new text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from annotator.domain.anchors import QuoteSelector
from annotator.storage.orm import AnnotationRow, SourceFileRow, SourceImportRow, SourceRow


@dataclass(frozen=True, slots=True)
class VersionInfo:
    source_id: int
    version: int
    previous_version_id: int | None
    next_version_ids: tuple[int, ...]
    report: dict[str, Any]  # empty for sources imported before reports were kept


def add(
    session: Session,
    source_id: int,
    report: dict[str, Any],
    previous_version_id: int | None = None,
    version: int = 1,
) -> None:
    session.add(
        SourceImportRow(
            source_id=source_id, previous_version_id=previous_version_id, version=version, report=report
        )
    )
    session.flush()


def update_report(session: Session, source_id: int, changes: dict[str, Any]) -> None:
    """Merge ``changes`` into the source's stored import report (a row is made for older sources)."""
    row = session.get(SourceImportRow, source_id)
    if row is None:
        session.add(SourceImportRow(source_id=source_id, previous_version_id=None, version=1, report=changes))
    else:
        row.report = {**row.report, **changes}  # a new dict: JSON columns do not track changes inside
    session.flush()


def info(session: Session, source_id: int) -> VersionInfo:
    row = session.get(SourceImportRow, source_id)
    following = session.scalars(
        select(SourceImportRow.source_id)
        .where(SourceImportRow.previous_version_id == source_id)
        .order_by(SourceImportRow.source_id)
    ).all()
    if row is None:
        return VersionInfo(source_id, 1, None, tuple(following), {})
    return VersionInfo(source_id, row.version, row.previous_version_id, tuple(following), dict(row.report))


@dataclass(frozen=True, slots=True)
class AnchorRow:
    annotation_id: int
    start: int
    end: int
    quote: QuoteSelector


def anchors(session: Session, source_id: int) -> list[AnchorRow]:
    rows = session.execute(
        select(
            AnnotationRow.id,
            AnnotationRow.start_pos,
            AnnotationRow.end_pos,
            AnnotationRow.exact,
            AnnotationRow.prefix,
            AnnotationRow.suffix,
        )
        .where(AnnotationRow.source_id == source_id)
        .order_by(AnnotationRow.start_pos, AnnotationRow.id)
    ).all()
    return [AnchorRow(r[0], r[1], r[2], QuoteSelector(r[3], r[4], r[5])) for r in rows]


def move_annotations(session: Session, moves: Sequence[tuple[int, int, int, int, QuoteSelector]]) -> None:
    """Put each annotation ``(id, source_id, start, end, quote)`` on its new source and place.

    ``modified_at`` is left alone: the historian's annotation did not change, only where its text is.
    """
    for annotation_id, source_id, start, end, quote in moves:
        session.execute(
            update(AnnotationRow)
            .where(AnnotationRow.id == annotation_id)
            .values(
                source_id=source_id,
                start_pos=start,
                end_pos=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
            )
        )
    session.flush()


@dataclass(frozen=True, slots=True)
class HeldCapture:
    """A source imported as a web capture: where its original file is, its address, and the lines it gives
    other captures of its site as their sibling, as stored with its import report (None: not stored)."""

    source_id: int
    file_name: str
    url: str
    site: Any


def web_captures(session: Session, site_key: str) -> Iterator[HeldCapture]:
    """Sources imported as web captures (cleaned, or detected as one), newest first, none of them a version
    a newer one replaced; ``site_key`` is the report's key of their stored sibling lines. Rows are read as
    they are asked for: a caller that needs a few reads a few. SQLite picks the flags and the stored lines
    out of each report (``json_extract``): the rest of a report (its removed lines' text, its structure) is
    never decoded, which a project holding hundreds of captures would otherwise pay at every import."""
    replaced = select(SourceImportRow.previous_version_id).where(
        SourceImportRow.previous_version_id.is_not(None)
    )
    report = SourceImportRow.report
    rows = session.execute(
        select(
            SourceImportRow.source_id,
            func.json_extract(report, f"$.{site_key}"),
            SourceFileRow.name,
            SourceRow.url,
        )
        .join(SourceFileRow, SourceFileRow.source_id == SourceImportRow.source_id)
        .join(SourceRow, SourceRow.id == SourceImportRow.source_id)
        .where(SourceImportRow.source_id.not_in(replaced))
        .where(
            or_(
                func.json_extract(report, "$.clean_web") == 1,
                func.json_extract(report, "$.web_capture_detected") == 1,
            )
        )
        .order_by(SourceImportRow.source_id.desc())
    )
    for source_id, site, name, url in rows:
        yield HeldCapture(source_id, name, url or "", _json_value(site))


def _json_value(text: Any) -> Any:
    """A JSON object ``json_extract`` gave as text, decoded (None when missing or damaged)."""
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
