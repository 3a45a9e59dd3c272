"""Code points (how the database counts) ↔ UTF-16 units (how Qt's text cursor counts).

The one place that converts. Characters outside the Basic Multilingual Plane take two UTF-16 units; all
others one, so the mapping needs only the positions of those characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    def __init__(self, text: str) -> None:
        # Code-point offsets of astral characters, and their UTF-16 offsets. Most texts have none, which
        # the UTF-16 length tells faster than a regular-expression scan.
        has_astral = len(text.encode("utf-16-le")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        self._astral_utf16 = [cp + i for i, cp in enumerate(self._astral)]
        self.length = len(text)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def to_code_point(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; a position inside a surrogate pair rounds down."""
        whole_pairs_before = bisect_right(self._astral_utf16, position - 2)
        index = whole_pairs_before
        inside_pair = index < len(self._astral_utf16) and self._astral_utf16[index] == position - 1
        return position - whole_pairs_before - (1 if inside_pair else 0)

    def utf16_length(self) -> int:
        return self.length + len(self._astral)
