"""The capture read as a page (``_Page``): its lines, where its running prose begins and ends, the chrome
around it, what is already found; and the structures rules must not cut through: a record's fields and a
table copied one cell per line."""

from __future__ import annotations

import copy
import re
from itertools import pairwise

from annotator.io.importers.webclean.lines import (
    _LETTER_WORDS,
    _SHORT,
    _SHORT_LINK,
    _key,
    _sentence,
    _stem,
    _ui,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.words import _FIELD_LABELS, FURNITURE


def _fields(lines: list[str], filled: list[int]) -> frozenset[int]:
    """Lines of a record's fields: a field's name on its own line ("Author", "Published:") with the value
    on the next line, the two kept together, two such pairs at least (one "Notes" heading is no record)."""
    position = {i: k for k, i in enumerate(filled)}
    pairs: list[tuple[int, int]] = []
    for a, b in pairwise(filled):
        label = _key(lines[a]).rstrip(":")
        value = _key(lines[b]).rstrip(":")
        named = label in _FIELD_LABELS and not lines[a].rstrip().endswith((".", "!", "?"))
        if named and value not in _FIELD_LABELS and value not in FURNITURE and _words(lines[b]) <= 20:
            pairs.append((a, b))
    # Pairs one after the other (a value may run to a second line): a menu's "Collection" is alone.
    found: set[int] = set()
    for (a, b), (c, d) in pairwise(pairs):
        if position[c] - position[b] <= 2:
            found.update((a, b, c, d))
    # A field of a name no list holds ("Object number" / "MEL.1998.44.2") right above or below the record's
    # known fields is one of them: a short label without digits or a sentence's end, then its value.
    known = set(found)
    for a, b in pairwise(filled):
        if a in known or b in known or _ui(lines[a]) in FURNITURE or _ui(lines[b]) in FURNITURE:
            continue
        label = lines[a].strip()
        if _words(label) > 3 or re.search(r"[\d.!?]", label) or not label[:1].isupper():
            continue
        k = position[a]
        beside = filled[k + 2 : k + 3] + filled[max(0, k - 1) : k]
        if _words(lines[b]) <= 20 and any(j in known for j in beside):
            found.update((a, b))
    # A known field right after those ("Kategorie:" / "Markt", then "Anschrift:" / the address).
    for a, b in pairs:
        if a not in found and filled[max(0, position[a] - 1)] in found:
            found.update((a, b))
    return frozenset(found)


_FULL_LINE = 0.7  # of the page's wrapping width: a line that long may break a sentence
_WIDTH_QUANTILE = 0.9


def _wrap_width(lines: list[str], filled: list[int]) -> int:
    """How wide the page's lines of running text are: the length most of its long lines stay within (the
    width a hard-wrapped text is wrapped at; in a copy from a browser, the length of a paragraph)."""
    lengths = sorted(len(lines[i].strip()) for i in filled if _words(lines[i]) >= 8)
    if not lengths:
        return 0
    return lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))]


_TABLE_CELLS = 6  # short lines in a row that may hold a table's cells, one per line
_NUMBER_CELL = re.compile(r"[^\W\d_]")  # a letter: a cell without one (and with a digit) is a number
_CELL_INTEGER = re.compile(r"[+-]?\D?(\d{1,4})\.?")


def _number_cell(line: str) -> bool:
    cell = line.strip()
    return any(c.isdigit() for c in cell) and not _NUMBER_CELL.search(cell)


def _table_cells(lines: list[str], filled: list[int]) -> frozenset[int]:
    """Lines of tables copied one cell per line ("Rank" / "Name" / "Pop." / "1" / "Auckland" /
    "1,628,900"): a run of short lines that mixes words with numbers, at least a fifth of each, the
    numbers mostly different and not a series (a pager's "1 2 3", a chart's axis "100 80 60 40", a ranked
    list's "1." "2."), and not a record's "Label:" fields. Such a run is the article's table, not a column
    of links, when it stands among the article's prose."""
    found: set[int] = set()
    run: list[int] = []

    def close() -> None:
        cells = [lines[j].strip() for j in run]
        numbers = [cell for cell in cells if _number_cell(cell)]
        values = [int(m.group(1)) for cell in numbers if (m := _CELL_INTEGER.fullmatch(cell))]
        steps = [b - a for a, b in pairwise(values)]
        series = steps.count(1) + sum(1 for s, t in pairwise(steps) if s == t)
        fields = sum(1 for cell in cells if cell.endswith(":"))
        if (
            len(cells) >= _TABLE_CELLS
            and len(numbers) >= 3
            and min(len(numbers), len(cells) - len(numbers)) * 5 >= len(cells)
            and len(set(numbers)) * 3 >= len(numbers) * 2
            and series * 2 < len(numbers)
            and fields * 5 < len(cells)
        ):
            found.update(run)
        run.clear()

    for i in filled:
        if _words(lines[i]) <= _SHORT_LINK and not is_prose(lines[i]):
            run.append(i)
        else:
            close()
    close()
    return frozenset(found)


class _Page:
    """The capture's lines, where its running prose begins and ends, and what is already found."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.filled = [i for i, line in enumerate(lines) if line.strip()]
        self.position = {i: k for k, i in enumerate(self.filled)}
        self.reasons: dict[int, str] = {}
        self.stray: set[int] = set()  # prose of the page's chrome, not of the article
        self.prose = [i for i in self.filled if is_prose(lines[i])]
        self._body: str | None = None
        self.fields = _fields(lines, self.filled)
        self.tables = _table_cells(lines, self.filled)  # cells of the article's tables, one per line
        self.headings: set[int] = set()  # headings that the page's table of contents lists
        self.said_again: set[int] = set()  # lines above the article that its head or body says again
        self._stems: dict[int, frozenset[str]] = {}
        # The article's words above a label of other stories' cards, by the label: ``_foreign_to_article``
        self.card_words: dict[int, tuple[frozenset[str], set[str]] | None] = {}
        self.first_prose, self.last_prose = len(lines), -1
        self.first_article, self.last_article = len(lines), -1
        self.width = _wrap_width(lines, self.filled)
        self.find_prose()

    def copy(self) -> _Page:
        """A copy whose findings (reasons, stray prose, headings, lines said again) grow apart from this
        one's: a capture read once serves as its site's sibling and is then cleaned itself."""
        other = copy.copy(self)
        other.reasons = dict(self.reasons)
        other.stray = set(self.stray)
        other.headings = set(self.headings)
        other.said_again = set(self.said_again)
        other.card_words = dict(self.card_words)
        return other

    def find_prose(self) -> None:
        """Where the running prose begins and ends, leaving out lines already found to be furniture (a
        long cookie or licence banner is not the article)."""
        prose = [i for i in self.prose if i not in self.reasons]
        self.first_prose = prose[0] if prose else len(self.lines)
        self.last_prose = prose[-1] if prose else -1
        article = [i for i in prose if i not in self.stray]
        self.first_article = article[0] if article else len(self.lines)
        self.last_article = article[-1] if article else -1

    def stems(self, i: int) -> frozenset[str]:
        """The stemmed words of line ``i`` if it has six words or more (a line of some length), else none:
        read once, as the vocabulary of the article is asked for again after each round of rules."""
        stems = self._stems.get(i)
        if stems is None:
            line = self.lines[i]
            found = _LETTER_WORDS.findall(line) if _words(line) >= 6 else []
            stems = self._stems[i] = frozenset(_stem(w) for w in found)
        return stems

    def body(self) -> str:
        """The running prose of the page, lower-cased: the words the article uses."""
        if self._body is None:
            self._body = " ".join(self.lines[i] for i in self.prose).casefold()
        return self._body

    def chrome(self, i: int) -> bool:
        """Before the first or after the last line of prose: the page's head or tail. A text without
        prose (a list of names, a table) has no chrome to tell apart."""
        return self.last_prose >= 0 and (i < self.first_prose or i > self.last_prose)

    def outside(self, i: int) -> bool:
        """Before or after the article's prose, the chrome's own sentences ("stray" prose) left out. Only
        the rules that need furniture next to a line use it: a reader's comment can be such a sentence."""
        return self.last_article >= 0 and (i < self.first_article or i > self.last_article)

    def continues(self, i: int) -> bool:
        """Line ``i`` goes on with the sentence of the line before (a hard-wrapped text: "…the data came"
        / "from Moscow"), as a label or a button never does."""
        k = self.position[i]
        if k == 0 or self.filled[k - 1] != i - 1:
            return False
        before = self.lines[i - 1]
        # A line that begins in lower case goes on; one in capitals only under a line as long as the
        # page's wrapped lines: in a copy from a browser a paragraph is one line, and a headline of ten
        # words above another headline is no sentence going on.
        full = len(before.strip()) >= _FULL_LINE * self.width or self.lines[i].lstrip()[:1].islower()
        return _words(before) >= 8 and not _sentence(before) and full

    def wrapped(self, i: int) -> bool:
        """Line ``i`` goes on in lower case with the sentence above: "document authors. All rights
        reserved." under "Copyright (c) 2015 IETF Trust and the persons identified as the"."""
        return self.continues(i) and self.lines[i].lstrip()[:1].islower()

    def above(self, i: int, reach: int = 1) -> list[int]:
        """The ``reach`` non-blank lines right above line ``i`` (fewer at the top of the page)."""
        k = self.position[i]
        return self.filled[max(0, k - reach) : k]

    def below(self, i: int, reach: int = 1) -> list[int]:
        """The ``reach`` non-blank lines right below line ``i`` (fewer at the bottom of the page)."""
        k = self.position[i]
        return self.filled[k + 1 : k + 1 + reach]

    def neighbours(self, i: int) -> tuple[int | None, int | None]:
        k = self.position[i]
        before = self.filled[k - 1] if k > 0 else None
        after = self.filled[k + 1] if k + 1 < len(self.filled) else None
        return before, after

    def short_run(self, i: int) -> list[int]:
        """The run of short non-prose lines ``i`` stands in (blank lines do not break a run)."""
        k = self.position[i]
        run = [i]
        for step in (-1, 1):
            n = k + step
            while 0 <= n < len(self.filled) and self._short(self.filled[n]):
                run.append(self.filled[n])
                n += step
        return sorted(run)

    def _short(self, i: int) -> bool:
        line = self.lines[i]
        return _words(line) <= _SHORT and not _sentence(line)


def _record_fields(page: _Page) -> None:
    """A record's fields named with a colon (a field's name over its value, two pairs at least) stay
    whatever rule took them for a label or a menu ("Kategorie:" / "Markt", "Anlass:" / the event's title); a
    button's words stay furniture. Names without a colon may be a masthead's ("Editors" / "Publisher")."""
    for i in sorted(page.fields):
        if not page.lines[i].rstrip().endswith(":"):
            continue
        _, value = page.neighbours(i)
        for j in (i, value):
            if j in page.fields and j in page.reasons and _ui(page.lines[j]) not in FURNITURE:
                del page.reasons[j]


def _prose(page: _Page) -> set[int]:
    return {i for i in page.prose if i not in page.reasons}


def _article(page: _Page) -> set[int]:
    return _prose(page) - page.stray
