"""The one entry point of structure detection: every mark of a stored text, in text order."""

from __future__ import annotations

from annotator.domain.structure import Mark
from annotator.domain.structure.headings import heading_marks
from annotator.domain.structure.notes import note_marks

# Formats whose importer writes bracketed marks for the author's own footnotes (see io/importers/docx.py).
_BRACKETED_NOTE_FORMATS = ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def detect(text: str, *, notes_hint: str | None = None) -> list[Mark]:
    """Note calls, reference marks, notes and headings of ``text``, sorted by start.

    ``notes_hint`` is the source's format or media type when known: a Word document's "[1]" marks are
    its footnote calls (note calls), a web page's are reference marks. Pure and fast: no I/O, linear
    regular expressions over the text.
    """
    brackets_are_notes = (notes_hint or "").lower() in _BRACKETED_NOTE_FORMATS
    marks = note_marks(text, brackets_are_notes=brackets_are_notes)
    notes = [(m.start, m.end) for m in marks if m.kind == "note"]
    marks += heading_marks(text, exclude=notes)
    marks.sort(key=lambda m: (m.start, m.end, m.kind))
    return marks
