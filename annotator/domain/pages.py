"""Page maps: where each printed page of a paginated source (a PDF) begins in the stored text.

Stored with the source as a JSON list of ``[start_offset, label]`` pairs sorted by offset, the label
being the printed page label ("iv", "37") where the PDF has labels, else the 1-based page number.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

PageMap = Sequence[tuple[int, str]]


def page_at(page_map: PageMap | None, offset: int) -> str | None:
    """The label of the page on which ``offset`` lies, or None for sources without pages."""
    if not page_map:
        return None
    index = bisect_right([start for start, _ in page_map], offset) - 1
    return page_map[max(index, 0)][1]


def page_range(page_map: PageMap | None, start: int, end: int) -> str | None:
    """The page label, or "37–38" for a passage over two pages; None for sources without pages."""
    first, last = page_at(page_map, start), page_at(page_map, max(start, end - 1))
    if first is None:
        return None
    return first if first == last else f"{first}–{last}"
