"""Page maps: where each printed page of a paginated source (a PDF) begins in the stored text.

Stored with the source as a JSON list of ``[start_offset, label]`` pairs sorted by offset, the label
being the printed page label ("iv", "37") where the PDF has labels, else the 1-based page number.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

PageMap = Sequence[tuple[int, str]]


def _start(page: tuple[int, str]) -> int:
    return page[0]


def page_at(page_map: PageMap | None, offset: int) -> str | None:
    """The label of the page on which ``offset`` lies, or None for sources without pages.

    None too where the page is not known: before the first page start of a map that begins after the
    text does (a text's front matter before its first running head) and after an entry labelled ""
    (a stretch whose printed page number the file does not show): a page is never guessed.
    """
    if not page_map:
        return None
    # By key, not a list of the starts: an export locates thousands of passages in the same map.
    index = bisect_right(page_map, offset, key=_start) - 1
    if index < 0 and page_map[0][0] > 0:
        return None
    return page_map[max(index, 0)][1] or None


def page_range(page_map: PageMap | None, start: int, end: int) -> str | None:
    """The page label, or "37–38" for a passage over two pages; None for sources without pages (or where
    the page of either end is not known)."""
    first, last = page_at(page_map, start), page_at(page_map, max(start, end - 1))
    if first is None or last is None:
        return None
    return first if first == last else f"{first}–{last}"


_ROMAN_VALUES = (
    (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")
)


def roman(number: int) -> str:
    """``number`` (1–399) in lower-case roman numerals, as front matter is numbered."""
    out = []
    for value, letters in _ROMAN_VALUES:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def roman_value(text: str) -> int | None:
    """The value of a well-formed lower-case roman numeral ("xiv": 14), else None ("iiii", "vx", "mix")."""
    value, rest = 0, text
    for number, letters in _ROMAN_VALUES:
        while rest.startswith(letters):
            value, rest = value + number, rest[len(letters) :]
    return value if value and not rest and roman(value) == text else None
