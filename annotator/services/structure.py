"""The structure of each source: its marks, outline and pages, as the reader, citations and the CLI use them.

Marks are derived data. They are computed from the stored text (and the page map the import kept) by the
detectors of ``annotator.domain.structure``, stored with the detectors' version when the project can be
written, and recomputed whenever the stored version is not the current one. Storing them is a derived
write: it does not advance the project's change generation, so the search index stays in step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from annotator.domain.errors import InvalidInput, ReadOnlyProject, WriteFailed
from annotator.domain.structure import STRUCTURE_VERSION, Mark, MarkKind
from annotator.domain.structure.detect import detect
from annotator.domain.structure.headings import citation_name
from annotator.storage import sources_repo, structure_repo
from annotator.storage.unit_of_work import UnitOfWork


def compute(text: str, page_map: Sequence[tuple[int, str]], media_type: str | None = None) -> list[Mark]:
    """Every mark of a text: the detectors' marks and one page anchor per entry of the page map.

    ``media_type`` of the original file tells the detectors what bracketed numbers are (a Word document's
    footnote calls, a web page's reference marks).
    """
    pages = [Mark(MarkKind.PAGE, start, start, label) for start, label in page_map]
    marks = [*detect(text, notes_hint=media_type), *pages]
    return sorted(marks, key=lambda m: (m.start, m.end, m.kind.value))


def citation_sections(text: str, marks: Sequence[Mark]) -> list[tuple[int, str]]:
    """(start, name) of the headings a full citation names: the top level under the text's own title.

    A heading on the text's first line is its title (the source's title already says it); of the rest,
    the highest level present (chapters in a book, the main sections of an article) is what a reader
    cites ("chapter 6, ‘The politics of Stalinism’").
    """
    first_line = len(text) - len(text.lstrip())
    headings = [m for m in marks if m.kind is MarkKind.HEADING and m.start != first_line]
    if not headings:
        return []
    top = min(int(m.label) if m.label.isdigit() else 1 for m in headings)
    return [
        (m.start, citation_name(text[m.start : m.end]))
        for m in headings
        if (int(m.label) if m.label.isdigit() else 1) == top
    ]


def stored_or_computed(session: Session, source_id: int, text: str) -> list[Mark]:
    """The source's current stored marks, or (inside another transaction, without storing) fresh ones."""
    stored = structure_repo.get(session, source_id)
    if stored is not None and stored[0] == STRUCTURE_VERSION:
        return stored[1]
    source = sources_repo.get(session, source_id)
    return compute(text, sources_repo.page_map_of(session, source_id), source.original.media_type)


def stored_or_computed_many(session: Session, texts: dict[int, str]) -> dict[int, list[Mark]]:
    """``stored_or_computed`` for each source of ``texts`` (id -> text), the stored marks read at once."""
    stored = structure_repo.get_many(session, list(texts))
    return {
        source_id: found[1]
        if (found := stored.get(source_id)) is not None and found[0] == STRUCTURE_VERSION
        else stored_or_computed(session, source_id, text)
        for source_id, text in texts.items()
    }


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    level: int  # 1 for the top level
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StructureSummary:
    note_calls: int
    reference_marks: int
    notes: int  # notes found in the source's notes section(s)
    notes_resolved: int  # calls and marks linked to their note
    headings: int
    pages: int

    @property
    def calls_without_notes(self) -> bool:
        """The source has note calls but carries none of their notes (a chapter extracted without them)."""
        return self.note_calls > 0 and self.notes == 0

    def as_dict(self) -> dict[str, int]:
        return {
            "note_calls": self.note_calls,
            "reference_marks": self.reference_marks,
            "notes": self.notes,
            "notes_resolved": self.notes_resolved,
            "headings": self.headings,
            "pages": self.pages,
        }


def summarize(marks: Sequence[Mark]) -> StructureSummary:
    def count(kind: MarkKind) -> int:
        return sum(1 for m in marks if m.kind is kind)

    calls = (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK)
    return StructureSummary(
        note_calls=count(MarkKind.NOTE_CALL),
        reference_marks=count(MarkKind.REFERENCE_MARK),
        notes=count(MarkKind.NOTE),
        notes_resolved=sum(1 for m in marks if m.kind in calls and m.target_start is not None),
        headings=count(MarkKind.HEADING),
        pages=count(MarkKind.PAGE),
    )


class StructureService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def marks(self, source_id: int, kinds: Collection[MarkKind] | None = None) -> list[Mark]:
        """The source's marks in text order, only those of ``kinds`` when given."""
        found = self._current(source_id)
        return found if kinds is None else [m for m in found if m.kind in kinds]

    def summary(self, source_id: int) -> StructureSummary:
        return summarize(self._current(source_id))

    def outline(self, source_id: int) -> list[OutlineEntry]:
        """The source's headings, in order, with their level and the text of each."""
        headings = self.marks(source_id, (MarkKind.HEADING,))
        if not headings:
            return []
        with self._uow.read() as session:
            text = sources_repo.text_of(session, source_id)
        return [
            OutlineEntry(int(m.label) if m.label.isdigit() else 1, " ".join(text[m.start : m.end].split()),
                         m.start, m.end)
            for m in headings
        ]

    def page_range(self, source_id: int, label: str) -> tuple[int, int]:
        """Where page ``label`` begins and ends in the stored text; InvalidInput where it is not known."""
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)
            page_map = sources_repo.page_map_of(session, source_id)
            length = sources_repo.get(session, source_id).length
        if not page_map:
            raise InvalidInput(
                f"source {source_id} has no known pages (none were printed in the file or found in it)"
            )
        for index, (start, page) in enumerate(page_map):
            if page == label:
                end = page_map[index + 1][0] if index + 1 < len(page_map) else length
                return start, end
        known = ", ".join(page for _, page in page_map[:3])
        raise InvalidInput(
            f"source {source_id} has no page {label!r}; its pages are {known}"
            f"{'…' if len(page_map) > 3 else ''} ({len(page_map)} in all)"
        )

    def stale(self) -> list[int]:
        """Sources whose stored structure is missing or was made by other detectors than these."""
        with self._uow.read() as session:
            return structure_repo.stale(session, STRUCTURE_VERSION)

    def refresh(self, source_ids: Sequence[int] | None = None) -> int:
        """Recompute and store the structure of these sources (default: the stale ones); how many."""
        ids = self.stale() if source_ids is None else list(source_ids)
        for source_id in ids:
            with self._uow.read() as session:
                text = sources_repo.text_of(session, source_id)
                page_map = sources_repo.page_map_of(session, source_id)
                media_type = sources_repo.get(session, source_id).original.media_type
            self._store(source_id, compute(text, page_map, media_type))
        return len(ids)

    def _current(self, source_id: int) -> list[Mark]:
        with self._uow.read() as session:
            sources_repo.get_row(session, source_id)  # NotFound for an unknown source
            stored = structure_repo.get(session, source_id)
            if stored is not None and stored[0] == STRUCTURE_VERSION:
                return stored[1]
            text = sources_repo.text_of(session, source_id)
            page_map = sources_repo.page_map_of(session, source_id)
            media_type = sources_repo.get(session, source_id).original.media_type
        marks = compute(text, page_map, media_type)
        self._store(source_id, marks)
        return marks

    def _store(self, source_id: int, marks: Sequence[Mark]) -> None:
        """Keep recomputed marks; a project that cannot be written recomputes them next time instead."""
        if self._uow.read_only_reason is not None:
            return
        try:
            with self._uow.write(derived=True) as session:
                structure_repo.put(session, source_id, STRUCTURE_VERSION, marks)
        except (ReadOnlyProject, WriteFailed):
            return  # derived data: the marks are still right, only not kept
