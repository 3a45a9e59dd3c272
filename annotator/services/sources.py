"""Importing sources, listing them, reading their text, editing their metadata."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from annotator.domain.dates import parse_date
from annotator.domain.errors import Duplicate, SourceRejected
from annotator.domain.metadata import apply_changes
from annotator.domain.model import Source, SourceMetadata, SourceSummary
from annotator.io.importers.registry import import_document
from annotator.io.language import detect_language
from annotator.services.events import Change, EventBus, SourcesChanged
from annotator.storage import sources_repo
from annotator.storage.unit_of_work import UnitOfWork

MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What became of one imported file."""

    file: str
    source_id: int
    title: str
    length: int
    encoding: str
    language: str
    media_type: str
    warnings: tuple[str, ...] = field(default=())


class SourceService:
    def __init__(self, uow: UnitOfWork, events: EventBus) -> None:
        self._uow = uow
        self._events = events

    def import_file(self, path: Path | str, metadata: Mapping[str, Any] | None = None) -> ImportReport:
        """Import one file as a new source; ``metadata`` overrides what the file suggests.

        Raises SourceRejected or Duplicate with a message naming the file; nothing is written then.
        """
        path = Path(path)
        try:
            if path.is_dir():
                raise SourceRejected(f"{path}: this is a folder, not a file")
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise SourceRejected(f"{path.name}: the file is {size / 2**20:.0f} MB, too large to import")
            data = path.read_bytes()
        except FileNotFoundError:
            raise SourceRejected(f"{path}: no such file") from None
        except OSError as e:
            raise SourceRejected(f"{path}: cannot be read ({e.strerror or e})") from None
        return self.import_bytes(path.name, data, metadata)

    def import_bytes(
        self, file_name: str, data: bytes, metadata: Mapping[str, Any] | None = None
    ) -> ImportReport:
        sha256 = hashlib.sha256(data).hexdigest()
        self._refuse_duplicate(file_name, sha256)
        document = import_document(file_name, data)
        suggested = SourceMetadata(
            title=document.title or Path(file_name).stem or file_name,
            authors=document.authors,
            date_text=document.date_text,
            url=document.url,
            language=document.language or detect_language(document.text),
        )
        chosen = apply_changes(suggested, metadata or {})
        with self._uow.write() as session:
            try:
                source_id = sources_repo.add(
                    session,
                    uuid=str(uuid.uuid4()),
                    metadata=chosen,
                    date_range=parse_date(chosen.date_text),
                    text=document.text,
                    encoding=document.encoding,
                    file_name=file_name,
                    media_type=document.media_type,
                    sha256=sha256,
                    data=data,
                )
            except IntegrityError:
                # Another process imported the same bytes between our check and this insert.
                session.rollback()
                self._refuse_duplicate(file_name, sha256)
                raise
        self._events.publish(SourcesChanged(Change.ADDED, (source_id,)))
        return ImportReport(
            file=file_name,
            source_id=source_id,
            title=chosen.title,
            length=len(document.text),
            encoding=document.encoding,
            language=chosen.language,
            media_type=document.media_type,
            warnings=document.warnings,
        )

    def _refuse_duplicate(self, file_name: str, sha256: str) -> None:
        with self._uow.read() as session:
            existing = sources_repo.find_by_sha256(session, sha256)
        if existing is not None:
            source_id, title = existing
            raise Duplicate(
                f"{file_name}: already in the project as source {source_id}, “{title}” (identical bytes)"
            )

    def list(self) -> list[SourceSummary]:
        with self._uow.read() as session:
            return sources_repo.list_summaries(session)

    def get(self, source_id: int) -> Source:
        with self._uow.read() as session:
            return sources_repo.get(session, source_id)

    def text(self, source_id: int) -> str:
        with self._uow.read() as session:
            return sources_repo.text_of(session, source_id)

    def original_bytes(self, source_id: int) -> bytes:
        with self._uow.read() as session:
            return sources_repo.original_bytes(session, source_id)

    def update_metadata(self, source_id: int, changes: Mapping[str, Any]) -> Source:
        """Validate and apply metadata changes; returns the updated source. The text never changes."""
        with self._uow.write() as session:
            current = sources_repo.get(session, source_id)
            metadata = apply_changes(current.metadata, changes)
            updated = sources_repo.update_metadata(
                session, source_id, metadata, parse_date(metadata.date_text)
            )
        self._events.publish(SourcesChanged(Change.UPDATED, (source_id,)))
        return updated

    def delete(self, source_id: int) -> None:
        """Delete a source with its annotations and their links."""
        with self._uow.write() as session:
            sources_repo.delete(session, source_id)
        self._events.publish(SourcesChanged(Change.REMOVED, (source_id,)))
