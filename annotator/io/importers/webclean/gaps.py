"""Lines a run of furniture left behind outside the article: a menu item the article happens to use
("money" among forty section links), a headline ending in "?" or naming a year in a column of other
stories. Inside the article nothing is filled in: there a line between two furniture lines is as often a
heading or a caption."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.comments import _after_stamp, _author
from annotator.io.importers.webclean.guards import _TAIL_WORDS, _titles
from annotator.io.importers.webclean.lines import _SOURCE_LINE, _STAMP, _YEAR, _key, _words, is_prose
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.zone import _article_span

_SURROUND = 3  # furniture lines right above and right below a lone line
_GAP_SURROUND = 2  # … and around a gap of two or three lines after the article
_TAIL_GAP = 4
_HEAD_WORDS = 4  # a menu item: a title above the article is longer or is followed by its prose
_CAPITALISED = re.compile(r"[A-Z]")
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_FIGURE = re.compile(r"[%$€£]?\d")
_FIGURE_WORDS = 3
# Reasons of a comment's or a post's controls: a line between them is more often a reader's words
# ("As long as you're saving for it ;)") than a menu item or a headline.
_POST_CONTROLS = frozenset(
    {"avatar", "user name", "comment buttons", "counter", "share button", "box printed twice", "empty prompt"}
)
_QUOTE_OPENINGS = ('"', "“", "„", "«", "'", "‘")


def _headline_case(line: str) -> bool:
    """Most longer words capitalised, as a headline is ("Has the Damage Been Exaggerated?"), not a
    reader's question ("is this still true?")."""
    words = _TITLE_WORD.findall(line)
    return bool(words) and sum(1 for w in words if _CAPITALISED.match(w)) * 3 >= len(words) * 2


def _left_behind(page: _Page, i: int, tail: bool, titles: set[str]) -> bool:
    """Line ``i`` may be filled in: short enough, no sentence of its own (in the tail a headline may ask),
    no date, no quotation, no table row or field, no reader's name or words, no title of prose, nothing
    the article's head says (``titles``)."""
    line = page.lines[i].strip()
    words = _words(line)
    if not re.search(r"\w", line) or "\t" in page.lines[i] or words > (_TAIL_WORDS if tail else _HEAD_WORDS):
        return False
    if line.endswith((".", "。", ":", ";", ",", "…")) or line.startswith(_QUOTE_OPENINGS):
        return False
    if _FIGURE.match(line) and words <= _FIGURE_WORDS:
        return False  # a figure and its noun ("24 votes", "%34"): a poll's or a table's data, not a link
    if line.endswith(("?", "!")) and not (tail and _headline_case(line)):
        return False
    if _SOURCE_LINE.match(line) or (not tail and _YEAR.search(line)):
        return False  # a source ("Quelle: …"); above the article, a title with years ("Survey, 1929–1932")
    if _STAMP.search(line) or i in page.fields or i in page.tables or _key(line) in titles:
        return False
    return not (_author(page, i) or _after_stamp(page, i) or _titles(page, i))


_HEAD_LINES = 8  # the article's head above its first paragraph: title, standfirst, byline, picture


def _head_titles(page: _Page) -> set[str]:
    """What the article's head says (its title above the first paragraph): a line saying it again among
    the menus is the page's title in its header or breadcrumb, not one more menu item."""
    if page.first_prose >= len(page.lines):
        return set()
    return {_key(page.lines[j]) for j in page.above(page.first_prose, _HEAD_LINES) if j not in page.reasons}


def _heads_prose(page: _Page, k: int) -> bool:
    """The first line from ``page.filled[k]`` on that is not furniture is prose: the gap above it heads it."""
    following = next((j for j in page.filled[k:] if j not in page.reasons), None)
    return following is not None and is_prose(page.lines[following])


def _gaps_outside_article(page: _Page) -> None:
    """Before or after the article, a line with three furniture lines right above and three right below
    goes with them; after the article, also a gap of two to four headlines with two on either side. A
    gap near a dated line stays: in a comment area the reader's words stand between the buttons."""
    span = _article_span(page)
    if span is None:
        return
    # A headline said twice in a column reads as the title of its second copy until that copy goes.
    for _ in range(_ROUNDS):
        if not _fill_gaps(page, *span):
            return


_ROUNDS = 3


def _fill_gaps(page: _Page, start: int, end: int) -> bool:
    filled = page.filled
    titles = _head_titles(page)
    found = False
    k = 0
    while k < len(filled):
        if filled[k] in page.reasons:
            k += 1
            continue
        first = k
        while k < len(filled) and filled[k] not in page.reasons:
            k += 1
        gap = filled[first:k]
        # Before the page's first paragraph, or after the article's span with no paragraph right after
        # the gap: the span is the longest run of prose, and a heading above a later run is the article's.
        tail = gap[0] > end and not _heads_prose(page, k)
        if not (tail or gap[-1] < min(start, page.first_prose)):
            continue
        reach = _SURROUND if len(gap) == 1 else _GAP_SURROUND
        if len(gap) > (_TAIL_GAP if tail else 1) or first < reach or k + reach > len(filled):
            continue
        around = filled[first - reach : first] + filled[k : k + reach]
        if not all(j in page.reasons for j in around):
            continue
        if any(page.reasons[j] in _POST_CONTROLS for j in around):
            continue  # a post's controls and counts around it: the reader's words stand between them
        near = filled[max(0, first - _SURROUND) : k + _SURROUND]
        if len(gap) > 1 and any(_STAMP.search(page.lines[j]) for j in near):
            continue
        if all(_left_behind(page, j, tail, titles) for j in gap):
            for j in gap:
                page.reasons[j] = "among furniture outside the article"
            found = True
    return found
