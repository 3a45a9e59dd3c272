"""Furniture other sites tell: the first page a historian saves of a site has no sibling of its own, but the
project's captures of other sites know what pages say around their articles. News and blog sites print the
same interface in the same words ("Share this story", "Most read", "Sign up for our newsletter", "Leave a
comment", "Privacy policy"): a line of this capture that the pages of two other sites or more removed as
furniture, and that no other site's article keeps, is furniture here too, outside the article's zone. In the
zone (where the article's own lists and headings stand) only a line of a few words and no sentence goes, and
only when three other sites or more removed it.

What this never takes, whatever the other sites say: the lines the site's repetition never takes either
(``siblings._guarded``: a dated line, the title and byline right above the article, a heading whose section
follows it). The evidence is the other captures' stored lines (``SiteCapture``: hashed keys and flags, no
text); sites are told apart by host, and captures of no known host by the lines they share
(``siblings.same_site``), so that five pages of one site count as one site, not five.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from annotator.io.importers.webclean.lines import _sentence, _words, is_prose
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.siblings import (
    _INNER,
    _PROSE,
    _REMOVED,
    SiteCapture,
    _guarded,
    _site_key,
    _zone,
    same_site,
)

_SITES = 2  # other sites whose pages removed a line: outside the article's zone it goes here too
_SITES_IN_ZONE = 3  # the same among the article's lines, for a line of a few words and no sentence
_ZONE_WORDS = 6  # a line in the zone this short at most (a button, a label, not a heading's sentence)
_BARE_NUMBER = re.compile(r"[\s\d.,:+()-]*\d[\s\d.,:+()-]*$")


_REASON = "removed as furniture on {} other sites' pages"
_REASON_START = _REASON.split("{")[0]


@dataclass(frozen=True, slots=True)
class OtherSites:
    """What the captures of other sites say of a line key: how many sites removed it as furniture, how many
    kept it among their article's short lines (a heading, a list's item, or a menu the page misread), and
    whether an article says it as a sentence of its own (its body)."""

    removed: Counter[int]
    kept: Counter[int]
    body: frozenset[int]


def other_sites(capture: SiteCapture, captures: Sequence[SiteCapture]) -> OtherSites:
    """The evidence of ``captures`` that are of other sites than ``capture`` (the same site's captures are
    its siblings, ``siblings.site_furniture``). A site is a host; captures of no known host are one site
    when they share lines (``same_site``)."""
    sites: dict[str | int, tuple[set[int], set[int]]] = {}  # a site: what its pages removed, and kept short
    hostless: list[tuple[int, SiteCapture]] = []  # the first capture of each site of no known host
    body: set[int] = set()
    for n, other in enumerate(captures):
        if other.written == capture.written or same_site(capture, other) is not None:
            continue
        site: str | int | None = other.host
        if site is None:
            site = next((k for k, first in hostless if same_site(first, other)), None)
            if site is None:
                hostless.append((n, other))
                site = n
        removed, kept = sites.setdefault(site, (set(), set()))
        removed |= other.removed
        for line in other.lines:
            if line.flags & _INNER:
                (body if line.flags & _PROSE else kept).add(line.key)
    removed_by: Counter[int] = Counter()
    kept_by: Counter[int] = Counter()
    for removed, kept in sites.values():
        removed_by.update(removed)
        kept_by.update(kept)
    return OtherSites(removed_by, kept_by, frozenset(body))


def other_sites_furniture(
    capture: SiteCapture,
    captures: Sequence[SiteCapture],
    settle: Callable[[_Page], None],
    close: Callable[[_Page], None],
) -> dict[int, str]:
    """The furniture of ``capture`` (its reading, with what its own site told already) and the lines other
    sites' captures removed as furniture (``other_sites``); ``settle`` and ``close`` as in
    ``site_furniture``."""
    page = capture.page
    if page is None:
        raise ValueError("a capture is cleaned from its reading (site_capture), not from its stored form")
    evidence = other_sites(capture, captures)
    if not evidence.removed:
        return page.reasons
    zone = _zone(page)
    start = next((i for i in page.filled if i in zone and i not in page.reasons), -1)
    found = {i: sites for i in page.filled if i not in page.reasons and (sites := _said(page, i, evidence))}
    nothing: Counter[int] = Counter()
    able = {
        i: sites
        for i, sites in found.items()
        if _enough(page, i, sites, i in zone) and not _guarded(page, i, start, nothing, set())
    }
    added = 0
    # Furniture stands beside furniture (a menu, a share bar, a form's fields, a footer): a run of such lines
    # is taken from its ends inwards, and a short line alone amid the article's own (an item of its list, a
    # card's label in a comparison) stays, whatever other sites did with the same word. Two such lines in a
    # row are a run of their own (a menu or a share bar the page's rules did not see).
    changed = True
    while changed:
        changed = False
        for i, sites in able.items():
            if i not in page.reasons and _beside_furniture(page, i, set(able)):
                page.reasons[i] = _REASON.format(sites)
                added += 1
                changed = True
    if added:
        page.find_prose()
        settle(page)
        close(page)
    return page.reasons


def _said(page: _Page, i: int, evidence: OtherSites) -> int:
    """How many other sites removed line ``i`` as furniture, when no article of theirs says it as a sentence,
    fewer of them keep it among their article's short lines, and it has words (a bare number is a count, a
    rank or a figure of the article as often as a pager's)."""
    line = page.lines[i]
    key = _site_key(line)
    sites = evidence.removed[key]
    if not sites or key in evidence.body or evidence.kept[key] >= sites:
        return 0
    return sites if not _BARE_NUMBER.match(line) else 0


def _enough(page: _Page, i: int, sites: int, in_zone: bool) -> bool:
    """Enough sites removed line ``i`` for it to go where it stands: two outside the article's zone; three
    among the article's lines, and only for a line of a few words and no sentence (a button, a label)."""
    if not in_zone:
        return sites >= _SITES
    line = page.lines[i]
    short = _words(line) <= _ZONE_WORDS and not is_prose(line) and not _sentence(line)
    return short and sites >= _SITES_IN_ZONE


def _beside_furniture(page: _Page, i: int, also: set[int]) -> bool:
    """The filled line before or after line ``i`` is furniture, or one of ``also``."""
    k = page.position[i]
    around = [page.filled[n] for n in (k - 1, k + 1) if 0 <= n < len(page.filled)]
    return any(n in page.reasons or n in also for n in around)


def as_cleaned(capture: SiteCapture, reasons: Mapping[int, str]) -> SiteCapture:
    """``capture`` (read alone) whose lines also say what its cleaning with its own site's pages removed
    (``reasons``): what it tells other sites, once stored. Lines other sites' evidence removed are left out,
    so that no evidence is counted back to the sites it came from."""
    removed = {i for i, reason in reasons.items() if not reason.startswith(_REASON_START)}
    lines = tuple(
        line._replace(flags=line.flags | _REMOVED) if line.index in removed else line
        for line in capture.lines
    )
    if lines == capture.lines:
        return capture
    return SiteCapture.of(capture.host, lines, capture.first_article, capture.page)
