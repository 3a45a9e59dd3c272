"""The context layer's gate and guards: whether the shape rules found a web page (only then does jusText's
reading of the lines, ``webcontext``, run), the lines that are content as surely as prose, and the lines the
context layer never removes."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.guards import _kept
from annotator.io.importers.webclean.lines import (
    _LETTER_WORDS,
    _LIST_ITEM,
    _SHORT_LINK,
    _URL,
    _YEAR,
    _sentence,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.words import _LIST_LABEL


def _web_capture(reasons: dict[int, str]) -> bool:
    """The shape rules found a web page's furniture: of two kinds, or three lines not all copyright lines
    (as ``looks_like_web_capture`` tells). Plain texts get no context layer."""
    kinds = set(reasons.values())
    return len(kinds) >= 2 or (len(reasons) >= 3 and kinds != {"copyright line"})


def _anchors(page: _Page) -> set[int]:
    """Lines that are content as surely as prose: a table row, a dated line, a list item, a line of verse."""
    return {
        i
        for i in page.filled
        if i not in page.reasons
        and (
            "\t" in page.lines[i]
            or _URL.search(page.lines[i])  # a source the article gives: "https://nodejs.org/api/…"
            or (_YEAR.search(page.lines[i]) and _LETTER_WORDS.search(page.lines[i]))
            or _LIST_ITEM.match(page.lines[i])
            or page.lines[i].rstrip().endswith((",", ";"))
        )
    }


_LABELLED_LINES = 5  # lines under a label with a colon that close the article ("Anfahrt:" / an address)


def _under_article_label(page: _Page, i: int) -> bool:
    """Line ``i`` is a label with a colon right under the article's prose, or one of the few short lines
    under it: what the article closes with ("Anfahrt:" / the place's address, "Timetable:" / its hours)."""
    k = page.position[i]
    for n in range(k, max(-1, k - _LABELLED_LINES - 1), -1):
        j = page.filled[n]
        line = page.lines[j]
        if j != i and (j in page.reasons or _words(line) > _SHORT_LINK):
            return False
        if line.rstrip().endswith(":") and 1 <= _words(line) <= 4 and not _LIST_LABEL.fullmatch(line.strip()):
            above = page.filled[n - 1] if n > 0 else None
            return above is not None and above not in page.reasons and is_prose(page.lines[above])
    return False


def _removable(page: _Page, i: int, vocabulary: set[str], stopwords: frozenset[str]) -> bool:
    """The guards of the context layer: every line that evidence around it never removes (``_kept``; the
    article's words counted without its stopwords, so that "Yes" / "No" of a feedback widget is no
    name the article discusses), prose, a line going on with the sentence above, a list item, verse."""
    line = page.lines[i]
    if i in page.reasons or not re.search(r"\w", line) or is_prose(line) or _LIST_ITEM.match(line):
        return False
    if i in page.said_again:
        return False  # the article's title said above it, in a column of other stories
    if page.continues(i) or _kept(page, i, vocabulary, stopwords) or _under_article_label(page, i):
        return False
    if _sentence(line) and _words(line) >= 3:
        return False  # a sentence, however short, can be a reader's ("Thanks, that is very helpful.")
    return not line.rstrip().endswith((",", ";"))  # a line of verse or of a hard-wrapped sentence
