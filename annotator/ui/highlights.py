"""Which annotations touch which line of the reader, computed lazily (pure Python, code points).

Opening a source with thousands of annotations must cost about what laying out its text costs, so nothing
is indexed per annotation up front: annotations are kept sorted by start, with a running maximum of their
ends, and the annotations of a block (a line of the text) are found when that block is first painted or
hovered, then cached until the annotations change.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from annotator.domain.model import Annotation


class HighlightIndex:
    def __init__(self, text: str = "") -> None:
        self._length = len(text)
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._by_id: dict[int, Annotation] = {}
        self._sorted: list[Annotation] = []
        self._starts: list[int] = []
        self._max_end: list[int] = []  # max end of _sorted[0..i]
        self._blocks: dict[int, list[Annotation]] = {}

    # Contents

    def set(self, annotations: Iterable[Annotation]) -> None:
        self._by_id = {a.id: a for a in annotations}
        self._rebuild()

    def upsert(self, annotations: Iterable[Annotation]) -> None:
        for annotation in annotations:
            self._by_id[annotation.id] = annotation
        self._rebuild()

    def remove(self, annotation_ids: Iterable[int]) -> None:
        for annotation_id in annotation_ids:
            self._by_id.pop(annotation_id, None)
        self._rebuild()

    def _rebuild(self) -> None:
        self._sorted = sorted(self._by_id.values(), key=lambda a: (a.start, a.end, a.id))
        self._starts = [a.start for a in self._sorted]
        running, max_end = -1, []
        for annotation in self._sorted:
            running = max(running, annotation.end)
            max_end.append(running)
        self._max_end = max_end
        self._blocks = {}

    def get(self, annotation_id: int | None) -> Annotation | None:
        return self._by_id.get(annotation_id) if annotation_id is not None else None

    def all(self) -> list[Annotation]:
        """Every annotation, in text order."""
        return list(self._sorted)

    def __len__(self) -> int:
        return len(self._sorted)

    # Blocks (lines of the text, as the reader's document has them)

    def block_of(self, offset: int) -> int:
        return bisect_left(self._newlines, offset)

    def block_range(self, block: int) -> tuple[int, int]:
        """Code-point range of a block, without its newline."""
        start = self._newlines[block - 1] + 1 if block > 0 else 0
        end = self._newlines[block] if block < len(self._newlines) else self._length
        return start, end

    def in_block(self, block: int) -> list[Annotation]:
        """Annotations overlapping the block, longest first (so nested ones paint on top)."""
        cached = self._blocks.get(block)
        if cached is None:
            start, end = self.block_range(block)
            cached = self.overlapping(start, max(end, start + 1))
            cached.sort(key=lambda a: a.start - a.end)
            self._blocks[block] = cached
        return cached

    def overlapping(self, start: int, end: int) -> list[Annotation]:
        """Annotations with some part inside [start, end)."""
        found = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._max_end[i] > start:
            annotation = self._sorted[i]
            if annotation.end > start:
                found.append(annotation)
            i -= 1
        return found

    def at(self, offset: int) -> list[Annotation]:
        """Annotations containing ``offset``, innermost first."""
        found = [a for a in self.in_block(self.block_of(offset)) if a.start <= offset < a.end]
        return sorted(found, key=lambda a: a.end - a.start)
