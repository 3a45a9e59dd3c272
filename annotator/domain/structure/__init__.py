"""The structure of a stored text: what its author wrote besides the running words.

Marks lie over the stored text and never change it: a note call glued to a word (``flourish.54``), a
reference mark (``[12]``), a page anchor, a heading, a note. They are derived data: recomputed from the
stored text (and the original bytes) by the detectors of this package, and stored with the source together
with ``STRUCTURE_VERSION``, so that a better detector can redo them.

Offsets are code points of the stored text; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Raised whenever a detector's output can change for the same text, so stored structure is recomputed.
STRUCTURE_VERSION = 4


class MarkKind(StrEnum):
    NOTE_CALL = "note-call"  # a call to a numbered note: "flourish.54", "terror.¹¹⁰"
    REFERENCE_MARK = "reference-mark"  # a bracketed reference of a web page or encyclopedia: "[12]", "[i]"
    PAGE = "page"  # where a printed page begins (label: the page number as printed)
    HEADING = "heading"  # a heading line (label: its level, "1", "2", …)
    NOTE = "note"  # the text of a note in a notes section (label: its number)


@dataclass(frozen=True, slots=True)
class Mark:
    kind: MarkKind
    start: int
    end: int  # exclusive
    label: str  # the call's number, the page label, the heading level, the note's number
    target_start: int | None = None  # the resolved note of a call (or the call of a note), when found
    target_end: int | None = None

    def as_dict(self, text: str) -> dict[str, object]:
        """The record of ``annotator marks --json``."""
        return {
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": text[self.start : self.end],
            "target_start": self.target_start,
            "target_end": self.target_end,
        }
