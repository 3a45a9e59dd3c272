"""The page's head and tail: a banner said at top and bottom, the logo and the site's name and motto above
its navigation, the footer's links beside a licence line, source labels, and the chrome's own sentences
(``_stray_prose``), which the chrome reaches past."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.domain.structure.articles import source_label, strong_label
from annotator.io.importers.webclean.comments import _author
from annotator.io.importers.webclean.guards import _titles
from annotator.io.importers.webclean.lines import (
    _EDGE_LINES,
    _GLUE,
    _PERSON,
    _key,
    _sentence,
    _stem,
    _words,
    _wordy,
    _wrapped,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page


def _repeated_banners(lines: list[str]) -> set[int]:
    """Indexes of short lines that occur both near the top and near the bottom of the capture.

    The two edges never overlap (a short capture has short edges), and a line that prose follows at the
    bottom is a title ("Stalinism" above the second article of a hub), not the site's banner."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge = min(_EDGE_LINES, len(filled) // 3)
    if edge == 0:
        return set()
    top, bottom = filled[:edge], filled[-edge:]
    # A site's banner stands above the text's first paragraph; below it, a short line said again near the
    # end is the article's own: an image's alt text, a caption, on a page too short for edges of chrome.
    first_prose = next((i for i in filled if is_prose(lines[i])), len(lines))
    found: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for i in top:
        by_key.setdefault(_key(lines[i]), []).append(i)
    for k, j in enumerate(bottom):
        key = _key(lines[j])
        if _words(key) > 12 or is_prose(lines[j]) or not _wordy(lines[j]) or re.match(r"\s*\d+\.", lines[j]):
            continue  # a numbered heading repeated from a table of contents is no banner
        if any(is_prose(lines[n]) for n in bottom[k + 1 : k + 4]):
            continue
        if _PERSON.fullmatch(lines[j].strip()):
            continue  # an author's name, in a paper's header and in its authors' addresses
        earlier = [i for i in by_key.get(key, ()) if i < j and not _wrapped(lines, i)]
        if earlier and not _wrapped(lines, j) and min(earlier) < first_prose:
            # The article's title at the top (its prose follows, a date between) said again in a list of
            # the section's stories at the bottom: the list's line goes, the title stays.
            found.update(i for i in earlier if not _titles_prose(lines, filled, i))
            found.add(j)
    return found


def _titles_prose(lines: list[str], filled: list[int], i: int) -> bool:
    """Line ``i`` is a title: prose follows it within two lines (a date or a byline between)."""
    k = filled.index(i)
    return any(is_prose(lines[n]) for n in filled[k + 1 : k + 3])


def _source_labels(page: _Page) -> None:
    """ "from Wikipedia": a label the page puts above an article. A capitalised one may be the author's
    heading ("From Kronstadt") or a source reader's attribution of an excerpt ("From Pravda"), so it goes
    only where no prose is (the page's chrome); the article starts it marks are proposed all the same."""
    labels = [
        i
        for i in page.filled
        if _words(page.lines[i]) <= 8 and source_label(page.lines[i]) and not page.continues(i)
    ]
    # Labels naming different sources above one title ("From Wikipedia" / "Stalinism", "From
    # Grokipedia" / "Stalinism") are a hub's, whatever their case; a reader's excerpts have their own titles.
    following = {}
    for i in labels:
        k = page.position[i]
        nxt = page.filled[k + 1] if k + 1 < len(page.filled) else None
        following[i] = _key(page.lines[nxt]) if nxt is not None else ""
    names = {source_label(page.lines[i]) for i in labels}
    hub = len(labels) >= 2 and len(names) >= 2 and len(set(following.values())) == 1
    for i in labels:
        line = page.lines[i]
        # "from the United Kingdom" is an infobox's value as often as a label: no strong one.
        strong = strong_label(line) and not _FROM_THE.match(line)
        if i not in page.reasons and (strong or page.chrome(i) or hub):
            page.reasons[i] = "source label"


_FROM_THE = re.compile(r"\s*from\s+the\s")


def _logo(page: _Page) -> None:
    """The first line, when it is a name the article never uses and more furniture follows it."""
    if not page.filled:
        return
    first = page.filled[0]
    line = page.lines[first]
    if first in page.reasons or _words(line) > 3 or is_prose(line) or first >= page.first_prose:
        return
    _, after = page.neighbours(first)
    if after is None or after not in page.reasons:
        return
    body = page.body()
    words = [w for w in re.findall(r"\w{3,}", line.casefold())]
    parts = [p.casefold() for p in _GLUE.split(line.strip()) if len(p) >= 4]
    if words and not any(w in body for w in words + parts):
        page.reasons[first] = "logo"


# Reasons that only page machinery gives: after such a line at the end of a page, short lines are its links.
_STRONG = frozenset({"copyright line", "site banner", "edit or revision link", "navigation links", "label"})


def _titles_sentence(page: _Page, i: int) -> bool:
    """On a page without running prose, the line right above a sentence of five words or more: the title of
    a short article of short sentences."""
    below = page.filled[page.position[i] + 1 : page.position[i] + 2]
    return bool(below) and _sentence(page.lines[below[0]]) and _words(page.lines[below[0]]) >= 5


def _footer_links(page: _Page) -> None:
    """At the end of the page, beside a licence, copyright or revision line, the run of short lines that
    follows or precedes it is the footer's links ("Privacy policy", "About Wikipedia", "Mobile view").

    On a page without a line of running prose (a short article of short sentences) where the article ends
    is not known, and "Skip to content" at the top counts: a run going down from it stops at the line the
    article's first sentence follows, its title ("Propaganda media" / "The ministry worked through…")."""
    for k, i in enumerate(page.filled):
        if i <= page.last_prose or page.reasons.get(i) not in _STRONG:
            continue
        for run in (page.filled[k + 1 :], reversed(page.filled[:k])):
            for j in run:
                line = page.lines[j]
                if j in page.reasons:
                    continue
                if j > i and page.last_prose < 0 and _titles_sentence(page, j):
                    break
                if j <= page.last_prose or _words(line) > 4 or _sentence(line) or re.search(r"\d", line):
                    break
                if "\t" in line or _author(page, j):
                    break  # a table row (a record's "Place" / "Kharkiv"), a reader's name above a date
                if not _wordy(line):
                    break
                page.reasons[j] = "footer links"


def _site_header(page: _Page) -> None:
    """Above the page's navigation, the site's name and motto: short lines the article's prose does not
    use ("History Notes", "Just another history blog"). The title comes after the navigation."""
    head = [i for i in page.filled[:_EDGE_LINES] if page.chrome(i) and i < page.first_prose]
    navigation = [i for i in head if page.reasons.get(i) == "navigation links"]
    if not navigation:
        return
    body = page.body()
    for i in page.filled:
        if i >= navigation[0]:
            break
        words = re.findall(r"\w{4,}", page.lines[i].casefold())
        if i in page.reasons or _words(page.lines[i]) > 6 or not words:
            continue
        if sum(1 for w in words if w in body) * 3 <= len(words):
            page.reasons[i] = "site name"


def _stray_prose(page: _Page) -> None:
    """Sentences of the page's own chrome that stand apart from the article ("Take your favorite fandoms
    with you…"): at least three furniture lines separate them from the article's prose on one side, none
    of the article's prose follows on that side, and they use few of its words. They are not removed for
    that, but the page's head or tail chrome reaches past them. The first or last line of the capture,
    eight lines or more from any other prose, needs no furniture between (a banner above the logo)."""
    page.stray = set()
    prose = [i for i in page.prose if i not in page.reasons]
    if len(prose) < 2:
        return
    edges = (page.filled[0], page.filled[-1])
    # found[k]: furniture lines among the first k non-blank lines, so that a gap is counted at once.
    found_before = [0]
    for i in page.filled:
        found_before.append(found_before[-1] + (i in page.reasons))
    for order in (prose, prose[::-1]):
        # Sentences with fewer than three furniture lines between them stand together.
        blocks: list[list[int]] = [[order[0]]]
        separations: list[int] = []  # furniture lines between a block and the next one inwards
        for previous, i in pairwise(order):
            low, high = sorted((page.position[previous], page.position[i]))
            between = high - low - 1
            found = found_before[high] - found_before[low + 1]
            lone_edge = len(blocks) == 1 and previous in edges and between >= 8
            if found >= 3 or lone_edge:
                separations.append(found)
                blocks.append([i])
            else:
                blocks[-1].append(i)
        for block, found in zip(blocks[:-1], separations, strict=True):
            if found < 3 and page.lines[block[0]].rstrip().endswith(":"):
                break  # "…listed them as follows:" introduces what comes after it
            rest = [j for j in prose if j not in block and j not in page.stray]
            if sum(_words(page.lines[j]) for j in block) * 2 > sum(_words(page.lines[j]) for j in rest):
                break  # the article is the bulk of the prose, never the smaller part
            others: set[str] = set()
            for j in prose:
                if j not in block and j not in page.stray:
                    others |= page.stems(j)  # prose has eight words or more: all its stems
            words = [_stem(w) for j in block for w in re.findall(r"[^\W\d_]{5,}", page.lines[j])]
            if not words or sum(1 for w in words if w in others) * 3 >= len(words):
                break
            page.stray.update(block)
    page.find_prose()


def _edge_banners(page: _Page) -> None:
    """The capture's first or last line, a sentence of the chrome (stray prose) with furniture next to
    it inwards: a banner ("Ask the publishers to restore access to 500,000+ books.")."""
    if not page.filled:
        return
    for edge, inward in ((page.filled[0], 1), (page.filled[-1], -1)):
        if edge not in page.stray or edge in page.reasons:
            continue
        k = page.position[edge] + inward
        if 0 <= k < len(page.filled) and page.filled[k] in page.reasons:
            page.reasons[edge] = "site banner"


def _doubled_names(page: _Page) -> None:
    """In the page's head, a short line said twice in a row before other furniture: a logo's alt text and
    the site's name ("The Archive Diver" / "The Archive Diver"), not the title of the prose."""
    for a, b in pairwise(page.filled):
        if b != page.filled[page.position[a] + 1] or a in page.reasons or b in page.reasons:
            continue
        if not page.outside(a) or a > page.first_article or _words(page.lines[a]) > 5:
            continue
        _, after = page.neighbours(b)
        if _key(page.lines[a]) == _key(page.lines[b]) and after in page.reasons and not _titles(page, b):
            page.reasons[a] = page.reasons[b] = "site name"
