"""A site's own repetition across several captures: the lines a site prints on every page (its menus,
footer, promotions, share and comment dialogs, the labels and headlines of its teaser columns) are furniture
wherever they stand outside the article, however much they read like prose.

A historian often saves several pages of one site. Each capture is first read alone (``clean._read``);
its **article zone** is the span from the first to the last line of the article's prose. A line of the
capture goes when, outside that zone, another capture of the site says it outside its own article (or its
own rules found it furniture), and no capture of the site says it among its article's lines (a line an
article quotes, a section's heading articles use). Within the zone, a run of lines the site says again
that opens or closes the zone goes too (a column of teasers whose headlines read as prose; a unique line
amid it, if no sentence), and so does a control the site prints on every page (a button's words, a counter
with another count). What the site's repetition never takes: a dated line, the title and byline above the
article, a heading whose section this page alone says. Lines are compared by their normalised text (case,
spaces and numbers aside), hashed: the cost is one pass over each capture's lines, never a comparison of
pages character by character.

Two captures are of the **same site** when the hosts of their addresses agree (when both are known;
different hosts are different sites, whatever they share), else when they share enough lines of two words
or more outside both articles, interface words aside ("Share", "Log in" and single words such as
"Politics" are every site's). A capture that says the opening of this capture's article is **the same
article** (saved twice, or a longer version): it is no evidence of furniture, since everything in it
repeats.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

from annotator.io.importers.webclean.guards import _BYLINE
from annotator.io.importers.webclean.lines import _LETTER_WORDS, _YEAR, _key, _sentence, _ui, _words, is_prose
from annotator.io.importers.webclean.page import _article, _Page
from annotator.io.importers.webclean.words import FURNITURE

# Distinct lines of two words or more, outside both articles, that make two captures of unknown host one
# site. Single words are every news site's sections ("Politics", "World", "Health"): on 36 captures of 9
# news sites, counting them called 168 pairs of different sites one site; these lines, none.
_SHARED_LINES = 4
_SHARED_WORDS = 2
_SAME_ARTICLE = 0.5  # share of the article's opening lines another capture says: the same article
_OPENING = 6  # the article's first long lines: its opening
_ARTICLE_WORDS = 6  # an article's line of this many words or more counts for the same-article test
_EDGE_RUN = 2  # lines of a repeated run at the zone's edge that are no article's
_DATED_WORDS = 6  # a dated line of a few words: when the article was published ("Published April 6, 2017")
_TITLE_WORDS = 4  # a headline right above the article: its title
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_HEAD_LINES = 8  # lines right above the article: its title, standfirst, byline, date


# The stored form of a capture's lines (``SiteCapture.to_json``): recomputed from the original bytes when
# it was made by another version (raise it whenever what ``capture_of`` keeps, or a rule of the page read
# alone that decides it, changes).
SITE_LINES_VERSION = 2
# A line's flags (``SiteLine.flags``). _REMOVED came with SITE_LINES_VERSION 2: a capture stored by version 1
# is read again from its original bytes when its own site's pages are imported, and gives other sites no
# evidence until then (missing, never wrong).
_INNER, _PROSE, _LONG, _SHARED, _REMOVED = 1, 2, 4, 8, 16
_HASH_BITS = 53  # keys stay exact numbers in any JSON reader


class SiteLine(NamedTuple):
    """One filled line of a capture as its siblings need it: no text, only keys and what the page read alone
    made of it. A named tuple: a project's captures are rebuilt from their stored form at every import, tens
    of thousands of lines, which a frozen dataclass builds several times slower."""

    index: int  # the line's 0-based index in the capture
    key: int  # its normalised text, hashed (``_site_key``)
    written: int  # its text as written, numbers and all, hashed (a counter's other count)
    # _INNER: in the article's zone and kept; _PROSE: prose or a sentence; _LONG: a long line of the article
    # (the same-article test); _SHARED: two words or more, no interface words (same site by shared lines);
    # _REMOVED: furniture by the rules of the page alone, or, once stored after cleaning with its own site's
    # pages, by its site's repetition too (``others.as_cleaned``): what other sites learn from it
    flags: int


@dataclass(frozen=True, slots=True, eq=False)
class SiteCapture:
    """A capture read alone, as its siblings need it: its filled lines' keys (``lines``) and the sets drawn
    from them. ``page`` is the reading itself, kept only while the capture is being cleaned in this process
    (a capture rebuilt from its stored form has none: a sibling is never read again)."""

    host: str | None
    lines: tuple[SiteLine, ...]
    first_article: int  # index of the article's first line of prose (-1: none)
    page: _Page | None = None
    outside: frozenset[int] = frozenset()  # outside the article's zone, or furniture by the page's rules
    inside: frozenset[int] = frozenset()  # lines of the zone the rules of the page alone keep
    article: tuple[tuple[int, int], ...] = ()  # the article's long prose lines, by index (same article)
    head: frozenset[int] = frozenset()  # the lines right above the article (its title, or the site's bar)
    written: frozenset[int] = frozenset()  # every line as written, numbers and all
    shared: frozenset[int] = frozenset()  # outside lines that count for "same site by shared lines"
    position: dict[int, int] | None = None  # line index -> its place among the filled lines
    removed: frozenset[int] = frozenset()  # lines flagged _REMOVED: what the capture tells other sites

    @classmethod
    def of(
        cls, host: str | None, lines: tuple[SiteLine, ...], first_article: int, page: _Page | None = None
    ) -> SiteCapture:
        # One pass over the lines (a project's captures are rebuilt from their stored form at every import).
        position: dict[int, int] = {}
        outside: set[int] = set()
        inside: set[int] = set()
        article: list[tuple[int, int]] = []
        written: set[int] = set()
        shared: set[int] = set()
        removed: set[int] = set()
        for k, line in enumerate(lines):
            index, key, flags = line.index, line.key, line.flags
            position[index] = k
            written.add(line.written)
            if flags & _INNER:
                inside.add(key)
            else:
                outside.add(key)
                if flags & _SHARED:
                    shared.add(key)
            if flags & _LONG:
                article.append((index, key))
            if flags & _REMOVED:
                removed.add(key)
        # the lines right above the article (``_in_head``), found by their place rather than line by line
        start = position.get(first_article)
        above = lines[max(0, start - _HEAD_LINES) : start] if start is not None else ()
        return cls(
            host,
            lines,
            first_article,
            page,
            frozenset(outside),
            frozenset(inside),
            tuple(article),
            frozenset(line.key for line in above),
            frozenset(written),
            frozenset(shared),
            position,
            frozenset(removed),
        )

    def to_json(self) -> dict[str, object]:
        """The capture's stored form (derived data, kept with its source's import report)."""
        return {
            "version": SITE_LINES_VERSION,
            "host": self.host,
            "first_article": self.first_article,
            "lines": [[line.index, line.key, line.written, line.flags] for line in self.lines],
        }

    @classmethod
    def from_json(cls, data: object) -> SiteCapture | None:
        """The capture ``to_json`` stored, or None when it is missing, damaged or of another version (then
        it is read again from the source's original bytes)."""
        if not isinstance(data, dict) or data.get("version") != SITE_LINES_VERSION:
            return None
        try:
            lines = tuple([SiteLine(int(i), int(k), int(w), int(f)) for i, k, w, f in data["lines"]])
            host = data.get("host")
            return cls.of(host if isinstance(host, str) else None, lines, int(data["first_article"]))
        except (KeyError, TypeError, ValueError):
            return None


def _hash(text: str) -> int:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> (64 - _HASH_BITS)


def _site_text(line: str) -> str:
    """A line's text as compared across captures: spaces and case aside, and its numbers, which a counter
    changes from page to page ("reader comments 85", "Facebook0 Twitter0")."""
    return _DIGITS.sub("0", _key(line))


def _site_key(line: str) -> int:
    """``_site_text`` hashed: what is stored and compared (two captures never compare their text)."""
    return _hash(_site_text(line))


def _written_key(line: str) -> int:
    return _hash(_key(line))


def host_of(url: str | None) -> str | None:
    """The host of a page's address, without "www." ("https://www.example.org/a" → "example.org")."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip() if "//" in url else f"//{url.strip()}").hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _zone(page: _Page) -> range:
    """The article's zone: from its first to its last line of prose (none on a page without prose)."""
    if page.last_article < 0:
        return range(0)
    return range(page.first_article, page.last_article + 1)


def capture_of(page: _Page, host: str | None) -> SiteCapture:
    """``page`` (read alone, its furniture found) as a capture of its site."""
    zone = _zone(page)
    article = set(_article(page))
    lines = []
    for i in page.filled:
        line = page.lines[i]
        text = _site_text(line)
        inner = i in zone and i not in page.reasons
        flags = (_INNER if inner else 0) | (_PROSE if is_prose(line) or _sentence(line) else 0)
        flags |= _REMOVED if i in page.reasons else 0
        if i in article and _words(line) >= _ARTICLE_WORDS:
            flags |= _LONG
        if _ui(text) not in FURNITURE and _words(text) >= _SHARED_WORDS:
            flags |= _SHARED
        lines.append(SiteLine(i, _hash(text), _written_key(line), flags))
    return SiteCapture.of(host_of(host), tuple(lines), page.first_article, page)


def _in_head(position: dict[int, int], i: int, start: int) -> bool:
    """Line ``i`` is among the lines right above ``start``, the article's first line of prose (``position``:
    the place of each filled line among them)."""
    return i < start and start in position and position[start] - position[i] <= _HEAD_LINES


def same_site(capture: SiteCapture, other: SiteCapture) -> str | None:
    """How ``other`` is known to be of ``capture``'s site ("same host", "shared lines"), or None."""
    if capture.host and other.host:
        return "same host" if capture.host == other.host else None
    return "shared lines" if len(capture.shared & other.shared) >= _SHARED_LINES else None


def same_article(capture: SiteCapture, other: SiteCapture) -> bool:
    """``other`` says the opening of ``capture``'s article, or ``capture`` of ``other``'s: one article (saved
    twice, or a longer version). The opening is its first long lines past the runs at the zone's top that
    the other capture also says (a promotion above every article); the rest of a zone may hold the site's
    teasers and dialogs written as sentences, which every page of the site says."""
    for one, two in ((capture, other), (other, capture)):
        said_by_two = two.outside | two.inside
        edges = _repeated_edges(one, lambda key, said=said_by_two: key in said)
        opening = [key for i, key in one.article if i not in edges][:_OPENING]
        said = sum(1 for key in opening if key in said_by_two)
        if opening and said >= max(2, _SAME_ARTICLE * len(opening)):
            return True
    return False


def _guarded(page: _Page, i: int, start: int, repeated: Counter[int], heads: set[int]) -> bool:
    """A line the site's repetition never takes: a dated line (when the article was published, however many
    of the site's pages were published that day); right above the article its byline (an author writes
    several of the site's articles) or its title (other pages list it among their teasers, not above their
    own article: ``heads``, where a share bar stands on every page); a heading whose section, below it,
    this page alone says. ``start`` is where the article begins, past the site's lines opening its zone."""
    line = page.lines[i]
    if _YEAR.search(line) and _LETTER_WORDS.search(line) and _words(line) <= _DATED_WORDS:
        return True
    if _in_head(page.position, i, start) and _BYLINE.match(line.strip()):
        return True
    headline = _words(line) >= _TITLE_WORDS and not _sentence(line)
    if _in_head(page.position, i, start) and headline and _site_key(line) not in heads:
        return True
    if _words(line) > _HEAD_LINES or is_prose(line) or _DIGIT.search(line) or _ui(line) in FURNITURE:
        return False  # no heading: a sentence, a counter ("reader comments 85"), a button ("Share this")
    k = page.position[i] + 1
    while k < len(page.filled) and page.filled[k] in page.reasons:
        k += 1
    after = page.filled[k] if k < len(page.filled) else None
    if after is None:
        return False
    following = page.lines[after]
    return is_prose(following) and after not in page.stray and not repeated[_site_key(following)]


def _control(line: str, key: int, peers: Sequence[SiteCapture]) -> bool:
    """Among the article's lines, a control the site prints on its other pages: a button's words ("Share
    this story"), or a counter, the same words with another count ("reader comments 45" / "… 7")."""
    if is_prose(line) or not any(key in other.outside or key in other.inside for other in peers):
        return False
    if _ui(line) in FURNITURE:
        return True
    written = _written_key(line)
    return bool(_DIGIT.search(line)) and any(
        written not in other.written for other in peers if key in other.outside or key in other.inside
    )


def _repeated_edges(capture: SiteCapture, said: Callable[[int], bool]) -> dict[int, bool]:
    """Runs the site says again that open or close the article's zone, by line, with whether the site says
    the line itself: a column of teasers whose headlines read as prose, a promotion above the title. Their
    lines are counted as the zone's because they read as prose, but no article ends with a run of lines
    another article also has (a line an article quotes stands among lines of its own). A run may hold a
    line the site does not say (a teaser of that day), if no sentence, and it ends, towards the article,
    at a line the site says: what stands between the article and the run is the article's."""
    inner = [line for line in capture.lines if line.flags & _INNER]
    found: dict[int, bool] = {}
    for order in (inner, inner[::-1]):
        run: list[tuple[int, bool]] = []
        for line in order:
            known = said(line.key)
            if not known and line.flags & _PROSE:
                break
            run.append((line.index, known))
        while run and not run[-1][1]:
            run.pop()
        known_lines = sum(1 for _, known in run if known)
        if known_lines >= _EDGE_RUN and known_lines * 2 >= len(run) and len(run) < len(inner):
            found.update(run)
    return found


def _articles_of(peers: Sequence[SiteCapture], said: Counter[int]) -> tuple[set[int], set[int]]:
    """What the peers' articles say, and the lines right above where each begins. An article's lines are
    its zone's, less the runs at the zone's edges that the other captures also say (a teaser column or a
    promotion a sibling's zone took in is no article's); it begins past the run at the top, and the lines
    above that are its title and byline, or the site's bar printed above every article. ``said`` counts
    the captures that say a line, the peers among them."""
    quoted: set[int] = set()
    heads: set[int] = set()
    for other in peers:
        own = other.outside | other.inside
        edges = _repeated_edges(other, lambda key, own=own: said[key] - (key in own) > 0)
        lines = [line for line in other.lines if line.flags & _INNER and line.index not in edges]
        quoted.update(line.key for line in lines)
        start = lines[0].index if lines else other.first_article
        position = other.position or {}
        heads |= other.head | {line.key for line in other.lines if _in_head(position, line.index, start)}
    return quoted, heads


def _titles_kept(page: _Page, start: int, said: Counter[int], heads: set[int]) -> int:
    """The article's title that the page alone took for a banner (said at its top and again in its column
    of most-read stories) stays when the site's other pages list it among their teasers, not above their
    own article: it is this page's headline. Returns how many lines changed."""
    kept = 0
    for i in [i for i, reason in page.reasons.items() if reason == "repeated banner" and i < start]:
        line = page.lines[i]
        key = _site_key(line)
        headline = _words(line) >= _TITLE_WORDS and not _sentence(line)
        if headline and _in_head(page.position, i, start) and said[key] and key not in heads:
            del page.reasons[i]
            kept += 1
    return kept


def site_furniture(
    capture: SiteCapture,
    siblings: Sequence[SiteCapture],
    settle: Callable[[_Page], None],
    close: Callable[[_Page], None],
) -> dict[int, str]:
    """The furniture of ``capture``: what the page's own rules found, and the lines other captures of its
    site say again outside their articles. ``settle`` lets the rules of neighbours read the new evidence
    (a teaser column's headlines between its repeated label and footer), ``close`` ends the reading."""
    page = capture.page
    if page is None:
        raise ValueError("a capture is cleaned from its reading (site_capture), not from its stored form")
    peers: list[tuple[SiteCapture, str]] = []
    seen = {capture.written}  # a capture given twice (or this one among its siblings) counts once
    for other in siblings:
        if other.written in seen:
            continue
        seen.add(other.written)
        how = same_site(capture, other)
        if how is not None and not same_article(capture, other):
            peers.append((other, how))
    if not peers:
        return page.reasons
    repeated: Counter[int] = Counter()  # captures saying the line outside their article
    anywhere: Counter[int] = Counter()  # captures saying it at all
    for other, _ in peers:
        repeated.update(other.outside)
        anywhere.update(other.outside | other.inside)
    others = [other for other, _ in peers]
    quoted, heads = _articles_of(others, anywhere + Counter(capture.outside | capture.inside))
    how = "same host" if all(h == "same host" for _, h in peers) else "shared lines"
    zone = _zone(page)
    edges = _repeated_edges(capture, lambda key: anywhere[key] > 0)
    start = next((i for i in page.filled if i in zone and i not in edges and i not in page.reasons), -1)
    added = _titles_kept(page, start, anywhere, heads)
    for i in page.filled:
        if i in page.reasons or _guarded(page, i, start, repeated, heads):
            continue
        key = _site_key(page.lines[i])
        if i in zone and i not in edges:
            if not _control(page.lines[i], key, others):
                continue
            page.reasons[i] = "a control repeated on other pages of this site"
        elif i in edges and not edges[i]:
            page.reasons[i] = "among lines repeated on other pages of this site"
        elif i in edges or (repeated[key] and key not in quoted):
            page.reasons[i] = (
                f"repeated on {(anywhere if i in edges else repeated)[key] + 1} pages of this site ({how})"
            )
        else:
            continue
        added += 1
    if added:
        page.find_prose()
        settle(page)
        close(page)
    return page.reasons
