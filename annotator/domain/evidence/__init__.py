"""Evidence in a stored text: who speaks, on what evidence — citations, quotations, speakers, other voices.

Detected items are proposals over the text, never changes to it: derived data, recomputed from the stored
text (and its structure marks) by the detectors of this package and stored with ``EVIDENCE_VERSION``, so a
better detector can redo them. Offsets are code points of the stored text; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Raised whenever a detector's output can change for the same text, so stored evidence is recomputed.
EVIDENCE_VERSION = 14


class EvidenceKind(StrEnum):
    CITATION = "citation"  # "(Sakwa, 37)", "(Davies 1989, 1029)", "As Fitzpatrick describes,"
    QUOTATION = "quotation"  # an inline or block quotation (or a scare quote: see ``scare``)
    COMMENT = "comment"  # a reader's comment, a letter, an interview answer: another voice in the source


# The kinds an item is listed and decided as: citations are split by what found them (the running text, a
# note call, a reference mark), as the historian accepts them apart. Here, not in the evidence service, so
# the command line can offer them without importing the storage layer (issue 23).
ITEM_KINDS = ("citation", "note-call", "reference-mark", "quotation", "comment")


class Form(StrEnum):
    INLINE = "inline"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # as the text names them: "Khrushchev", "the Central Committee"
    start: int | None = None  # where the text names them (None when carried over or implied)
    end: int | None = None
    role: str = "quoted"  # author, quoted, cited, commenter


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: EvidenceKind
    start: int
    end: int  # exclusive
    form: Form = Form.INLINE
    speaker: Speaker | None = None  # who says it (quotations, comments); None: unattributed
    scare: bool = False  # a scare quote or label in quotation marks, not someone's words
    cited_author: str = ""  # citations: "Sakwa", "Conquest"
    year: str = ""  # citations: "1989"
    locator: str = ""  # citations: "37", "1029", "ch. 3"
    details: dict[str, str] = field(default_factory=dict)  # anything else a detector wants to keep
