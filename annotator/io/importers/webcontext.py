"""Context layer of the web clean-up: jusText's block classification, applied to the lines of a capture.

jusText (Pomikálek, "Removing Boilerplate and Duplicate Content from Web Corpora", 2011) classifies each
block of a page by its length, its density of stopwords and its density of link text as good, near-good,
short or bad, then settles the short and near-good blocks by their neighbours: a short block between
bad ones is bad. Copied text has no links; what stands in for link density here is the evidence the
shape rules of ``webclean`` already found (a line they mark counts as all link text, so bad).

The revision is stricter than jusText's, since precision comes first: jusText calls a short block bad
when either neighbour is bad and treats the page's edges as bad, which would take an infobox, a
byline or an object's details below the site's menu. Here a short or near-good line goes only when the
nearest good-or-bad lines on *both* sides are bad (the nearest line that is good is the article's:
running prose), or in the page's tail, after the article's last line, when furniture follows the run
(a footer's "Plan your visit" / "Book tickets" above its newsletter box). And a line goes only if the
caller's guards allow it: table rows, dated lines, headings followed by prose, lines mostly in the
article's words, and the article's own prose never go.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import justext
from justext.core import classify_paragraphs, revise_paragraph_classification

REASON = "among furniture"
# jusText's own thresholds (characters; stopwords as a share of words).
_LENGTH_LOW, _LENGTH_HIGH = 70, 200
_STOPWORDS_LOW, _STOPWORDS_HIGH = 0.30, 0.32
_WORD = re.compile(r"[^\W\d_]+")


class _Block:
    """A line as jusText sees a paragraph: its text, and how much of it is link text."""

    dom_path = ""  # no <select> in copied text
    is_heading = False  # a capture has no markup to tell a heading by

    def __init__(self, text: str, furniture: bool) -> None:
        self.text = " ".join(text.split())
        self.chars_count_in_links = len(self.text) if furniture else 0
        self.cf_class = ""
        self.class_type = ""

    def __len__(self) -> int:
        return len(self.text)

    def stopwords_density(self, stoplist: frozenset[str]) -> float:
        words = self.text.split()
        return sum(w.lower() in stoplist for w in words) / len(words) if words else 0.0

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0.0


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


def stoplist_for(texts: Iterable[str]) -> frozenset[str]:
    """The stoplist of the language the texts are written in: the one covering most of their words."""
    words = [w.casefold() for text in texts for w in _WORD.findall(text)][:3000]
    if not words:
        return _stoplists()["English"]
    return _best_stoplist(tuple(sorted(Counter(words).items())))


@lru_cache(maxsize=8)
def _best_stoplist(counts: tuple[tuple[str, int], ...]) -> frozenset[str]:
    # Each distinct word is looked up once per language (a long article says "the" thousands of times),
    # and the clean-up asks twice for the same article's words.
    return max(_stoplists().values(), key=lambda stoplist: sum(n for w, n in counts if w in stoplist))


def context_furniture(
    lines: list[str],
    found: dict[int, str],
    prose: set[int],
    article: set[int],
    anchors: set[int],
    removable: Callable[[int], bool],
) -> dict[int, str]:
    """Further furniture among the non-blank ``lines`` by their neighbours: ``found`` is what the shape
    rules already mark, ``prose`` the lines of running prose, ``article`` those of them that are the
    article's (not the chrome's own sentences), ``anchors`` other lines that are surely content (a table
    row, a dated line, a list item), ``removable`` the caller's guards: a line they keep that is no anchor
    (a heading, a line in the article's words) stays without telling anything of its neighbours. Returns
    the new lines with their reason."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not article or not filled:
        return {}
    blocks = [_Block(lines[i], i in found) for i in filled]
    stoplist = stoplist_for(lines[i] for i in article)
    classify_paragraphs(
        blocks, stoplist, _LENGTH_LOW, _LENGTH_HIGH, _STOPWORDS_LOW, _STOPWORDS_HIGH, max_link_density=0.2
    )
    for i, block in zip(filled, blocks, strict=True):
        block.class_type = block.cf_class
        if i in prose:
            # Running prose, however few its stopwords: the article's, or a description or a reader's
            # comment that a neighbour may belong to.
            block.class_type = "good"
        elif i in anchors:
            block.class_type = "good"  # content as sure as prose: its neighbours are read by it
        elif i not in found and not removable(i):
            # A line the guards keep (a title, a line in the article's words) is no evidence either way,
            # but the line right beside it is not among furniture on both sides: "Conquest, Robert."
            # under a book's title, above its "Available" / "Request item".
            block.class_type = "kept"
        elif block.class_type == "good":
            block.class_type = "neargood"  # a long line that is not running prose: settled by neighbours
        elif block.class_type == "bad" and i not in found:
            block.class_type = "neargood"  # few stopwords (a list of names): no evidence on its own

    def neighbour(k: int, step: int, past: set[int] = frozenset()) -> str | None:
        """The class of the nearest good or bad block from ``k`` on (None at the page's edge), the lines
        ``past`` passed over; a kept line right beside ``k`` is its own answer."""
        k += step
        if 0 <= k < len(blocks) and blocks[k].class_type == "kept":
            return "kept"
        while 0 <= k < len(blocks):
            if blocks[k].class_type in ("good", "bad") and filled[k] not in past:
                return blocks[k].class_type
            k += step
        return None

    last_good = max(k for k, i in enumerate(filled) if i in article)
    new: dict[int, str] = {}
    for k, (i, block) in enumerate(zip(filled, blocks, strict=True)):
        if block.class_type not in ("short", "neargood") or not removable(i):
            continue
        before, after = neighbour(k, -1) or "bad", neighbour(k, 1) or "bad"  # the edges count as bad
        # In the tail the chrome's own sentences ("Check for updates. Verify currency…") stay, but they
        # do not stop the run: furniture past them still tells the run is the page's.
        tail = k > last_good and neighbour(k, 1, prose - article) == "bad"
        if (before, after) == ("bad", "bad") or tail:
            new[i] = REASON
    return new


_ZONE_GAP = 6  # bad blocks between two runs of good ones that part the article from other prose


def article_zone(lines: list[str], found: dict[int, str], article: set[int]) -> tuple[int, int] | None:
    """The article's zone by jusText's own reading, context included: every non-blank line a block (the
    shape rules' furniture standing for link text), classified and then revised by its neighbours as
    jusText does (a short block between good ones is good); the good blocks fall into runs parted by six
    bad blocks or more, and the run with the most text is the article. Returns its first and last line,
    or None when no block is good."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None
    stoplist = stoplist_for(lines[i] for i in article) if article else stoplist_for(lines)
    blocks = _revised(lines, filled, found, stoplist, _LENGTH_HIGH)
    own = not any(block.class_type == "good" for block in blocks)
    if own:
        high = _own_length(lines, article)
        if high is None:
            return None
        blocks = _revised(lines, filled, found, stoplist, high)
    runs: list[list[int]] = []
    bad = _ZONE_GAP
    for k, block in enumerate(blocks):
        if block.class_type == "good":
            if bad >= _ZONE_GAP or not runs:
                runs.append([])
            runs[-1].append(k)
            bad = 0
        elif block.class_type == "bad":
            bad += 1
    if not runs:
        return None
    main = max(runs, key=lambda run: sum(len(blocks[k]) for k in run))
    if own and sum(blocks[k].cf_class == "good" for k in main) < _OWN_PARAGRAPHS:
        return (
            None  # one or two paragraphs long by the page's own measure: a post, a record, a review's blurb
        )
    return filled[main[0]], filled[main[-1]]


_OWN_SHARE = 0.8  # of the page's typical paragraph: the length over which a block is long by its measure
_OWN_PARAGRAPHS = 3  # long blocks by that measure the article's run must hold to be read as its zone


def _own_length(lines: list[str], article: set[int]) -> int | None:
    """A good block's length measured by the page itself, when none of its blocks is long by jusText's
    200 characters (a short article of paragraphs of 170 to 199): four fifths of its paragraphs' median
    length, never under jusText's length of a short block. None without paragraphs to measure."""
    lengths = sorted(len(" ".join(lines[i].split())) for i in article)
    if not lengths:
        return None
    high = int(_OWN_SHARE * lengths[len(lengths) // 2])
    return high if high > _LENGTH_LOW else None


def _revised(
    lines: list[str], filled: list[int], found: dict[int, str], stoplist: frozenset[str], high: int
) -> list[_Block]:
    """The non-blank lines as jusText's blocks, classified with ``high`` as a good block's length and
    revised by their neighbours."""
    blocks = [_Block(lines[i], i in found) for i in filled]
    classify_paragraphs(
        blocks, stoplist, _LENGTH_LOW, high, _STOPWORDS_LOW, _STOPWORDS_HIGH, max_link_density=0.2
    )
    revise_paragraph_classification(blocks)
    return blocks
