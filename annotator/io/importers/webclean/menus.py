"""Menus and navigation: links glued without spaces, a run of short lines the page prints twice, a control
said again, long menus above the article, runs of link texts in the chrome, the rest of a menu outside the
article's zone; and the article's title that these rules took with the menus around it, which stays."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.comments import _after_stamp, _author
from annotator.io.importers.webclean.guards import _begins, _candidate, _kept, _vocabulary
from annotator.io.importers.webclean.lines import (
    _EDIT_LINK,
    _GLUE,
    _LINK_TEXT,
    _NAME,
    _PERSON,
    _STAMP,
    _capital,
    _key,
    _named,
    _sentence,
    _ui,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _article, _Page, _prose
from annotator.io.importers.webclean.shapes import _ARROWS, _NAV_MARKS, _SHAPE_REASONS, _glued, _reason
from annotator.io.importers.webclean.words import _FORM_FIELDS, FURNITURE
from annotator.io.importers.webclean.zone import _LEAD_HEAD, _article_span
from annotator.io.importers.webcontext import article_zone, stoplist_for


def _glued_navigation(page: _Page, i: int) -> bool:
    """Glued links in the page's chrome; in the body only with a link repeated ("StalinismStalinismMain"),
    since a name in CamelCase alone on a line ("UnicodeDecodeException") is the author's."""
    line = page.lines[i].strip()
    if not _glued(line):
        return False
    if page.chrome(i):
        return True
    return any(len(set(p)) < len(p) for p in (_GLUE.split(t) for t in line.split()))


_MENU_RUN = 3  # short lines in a row that, said again in the same order elsewhere on the page, are a menu
_MENU_WORDS = 5


def _repeated_menus(page: _Page) -> None:
    """A run of three or more short lines that the page says again in the same order elsewhere: its menu
    printed twice (at the top and in the footer, or for the desktop and the phone), in any language. An
    article does not repeat a column of labels: its headings stand between paragraphs, its table rows have
    cells, a list of sources or a refrain is made of sentences or longer lines; a record's fields stay, and
    so do a post's head (a reader's name above a date, said again over each of their posts) and the name of
    the article's author, said again in the cards of its comments. Only the copies outside the article's
    prose go."""
    k0 = page.position.get(page.first_article, len(page.filled))
    head = {_key(page.lines[j]) for j in page.filled[max(0, k0 - _LEAD_HEAD) : k0]}

    def item(i: int) -> bool:
        line = page.lines[i]
        if not 1 <= _words(line) <= _MENU_WORDS or _sentence(line) or "\t" in line or i in page.fields:
            return False
        if not re.search(r"[^\W\d_]", line):
            return False  # a count or a date, not a link's text ("X" is one: the site formerly Twitter)
        k = page.position[i]
        after = page.filled[k + 1 : k + 4]
        if any(_STAMP.search(page.lines[j]) and _words(page.lines[j]) <= 8 for j in after):
            return False  # a post's head: its author, rank and count above the date
        return not ((_NAME.fullmatch(line.strip()) or _PERSON.fullmatch(line.strip())) and _key(line) in head)

    keys = [_key(page.lines[i]) if item(i) else None for i in page.filled]
    starts: dict[tuple[str, ...], list[int]] = {}
    for k in range(len(keys) - _MENU_RUN + 1):
        window = keys[k : k + _MENU_RUN]
        if all(window) and len(set(window)) == _MENU_RUN:
            starts.setdefault(tuple(window), []).append(k)  # type: ignore[arg-type]
    for found in starts.values():
        if len(found) < 2 or found[-1] - found[0] < _MENU_RUN:
            continue  # said once, or overlapping itself
        copies = [page.filled[k : k + _MENU_RUN] for k in found]
        # Among the article's paragraphs it may be a table's header said over each of its halves, or a table
        # the page's navigation box prints again: there a copy goes only when furniture is among its own
        # lines (a share bar said above and below the article: "Udostępnij" / "Facebook" / "X").
        for copy in copies:
            # ("Name" is a comment form's field and a table's column: no button)
            marked = any(_ui(page.lines[j]) in FURNITURE - _FORM_FIELDS for j in copy)
            for j in copy:
                if page.outside(j) or marked:
                    page.reasons.setdefault(j, "repeated menu")


def _said_again_as_furniture(page: _Page) -> None:
    """A short line whose very words the page's shape rules found to be a control elsewhere on the page
    goes too: the pager or the share bar printed above and below the article, where the rules that need
    the chrome around a line do not reach it. A line the guards keep (a heading of prose, a dated line,
    a reader's words, a line in the article's words) stays."""
    controls = {_key(page.lines[i]) for i, reason in page.reasons.items() if reason in _SHAPE_REASONS}
    vocabulary = _vocabulary(page)
    for i in page.filled:
        line = page.lines[i]
        if i in page.reasons or _words(line) > _MENU_WORDS or _key(line) not in controls:
            continue
        if not re.search(r"[^\W\d_]", line):
            continue  # a bare number: a rank or a count here, a page's number there
        if (
            _words(line) >= 2
            and _ui(line) not in FURNITURE
            and not (_NAV_MARKS.search(line) or _ARROWS.search(line))
            and i < page.first_article
            and page.first_article in page.filled[page.position[i] + 1 : page.position[i] + 3]
        ):
            continue  # the article's title, which the breadcrumb above ends with: the article follows
        if not _kept(page, i, vocabulary):  # nor a name the article discusses ("New Zealand")
            page.reasons[i] = "furniture said again"


def _said_below(page: _Page) -> dict[str, list[int]]:
    """The lines where the article begins (the few above its first paragraph, and the article), by their
    words: the article's title among the menus above is said again there."""
    k = page.position.get(page.first_article, len(page.filled))
    said: dict[str, list[int]] = {}
    for j in page.filled[max(0, k - _LEAD_HEAD) :]:
        if j not in page.reasons and (j >= page.first_article or not is_prose(page.lines[j])):
            said.setdefault(_key(page.lines[j]), []).append(j)
    return said


def _title_said_below(page: _Page, i: int, said: dict[str, list[int]]) -> bool:
    """Line ``i``, above the article, is its title: said again further down where the article begins (in
    an infobox's header, a heading right above its first paragraph), though it stands among the menus
    (between the site's bar and the article's tabs)."""
    return i < page.first_article and any(j > i for j in said.get(_key(page.lines[i]), ()))


def _head_menus(page: _Page) -> None:
    """Above the article, a long run of link texts (six or more short capitalised lines, a quarter of them
    found to be furniture already): the site's menus. Their items may be words the article uses ("News",
    "World", "Politics"), which keeps a short line elsewhere; here the run's length says what they are.
    The guards other than the article's words still hold (a dated line, a table row, a record's field, a
    title the prose follows), and the run's unmarked end that begins the article stays."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 6 and sum(1 for j in run if j in page.reasons) * 4 >= len(run):
            ends = page.above(run[0]) + page.below(run[-1])
            if any(j in page.reasons for j in run + ends):
                links = list(run)
                edge = page.below(run[-1])
                if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=True):
                    while links and links[-1] not in page.reasons:
                        links.pop()
                for j in links:
                    page.reasons.setdefault(j, "navigation links")
        run.clear()

    for i in page.filled:
        if i >= page.first_article:
            break
        line = page.lines[i].strip()
        capital = _capital(line)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line)
        free = i in page.reasons or (_candidate(page, i, set()) and i not in page.fields)
        if link and free:
            run.append(i)
        else:
            close()
    close()


def _link_runs(page: _Page, vocabulary: set[str]) -> None:
    """In the page's chrome, three or more link texts in a row (short capitalised lines without digits or
    sentence marks) next to other furniture: a menu, a sidebar, the footer's links."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            ends = page.above(run[0]) + page.below(run[-1])
            if any(j in page.reasons for j in run + ends):
                # A menu's last items border more furniture or the page's edge; where the run meets
                # lines that are not furniture, its unmarked end is what those lines begin: a title
                # under the menu, a "Details" heading and its "Author" label above their values.
                links = list(run)
                for end, edge in ((-1, page.below(run[-1])), (0, page.above(run[0]))):
                    if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=end == -1):
                        while links and links[end] not in page.reasons:
                            links.pop(end)
                for j in links:
                    page.reasons.setdefault(j, "navigation links")
        run.clear()

    for i in page.filled:
        line = page.lines[i].strip()
        capital = _capital(line)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line)
        if page.outside(i) and link and (i in page.reasons or _candidate(page, i, vocabulary)):
            run.append(i)
        else:
            close()
    close()


_ZONE_LINE_WORDS = 8  # words of a menu's item, a label or a headline outside the article's zone
_ZONE_RUN = 3  # short lines in a row that make a menu
_ZONE_TWICE_WORDS = (
    15  # words of another story's headline, said twice outside the zone (its picture's and its link's)
)
_BY = re.compile(r"(?:(?:written|posted|reviewed|published)\s+)?by\s", re.IGNORECASE)


_OWN_TITLE_WORDS = 4  # first words that tell the page's own title in its forms ("… 125 ml", "…  Zoom")
_OWN_TITLE_REACH = 8  # filled lines around a line where its other forms are looked for


def _title_stem(line: str) -> tuple[str, ...]:
    return tuple(w.strip(",.:;!?()") for w in line.casefold().split()[:_OWN_TITLE_WORDS])


def _own_title(page: _Page, i: int, start: int) -> bool:
    """Line ``i`` and two or more lines close to it above the article begin with the same words: the
    page's own title over its picture ("…  Zoom"), its heading and its crumb (a product's page, with and
    without its size); another story's headline is said twice, and a menu's items differ."""
    if i >= start or _words(page.lines[i]) < _OWN_TITLE_WORDS:
        return False
    k, stem = page.position[i], _title_stem(page.lines[i])
    near = page.filled[max(0, k - _OWN_TITLE_REACH) : k + _OWN_TITLE_REACH + 1]
    return sum(1 for j in near if j < start and _title_stem(page.lines[j]) == stem) >= 3


def _zone_menus(page: _Page) -> None:
    """Outside the article's zone, the rest of a menu: a short line (a link, a label, another story's
    headline) in a run of three lines or more of up to eight words, no sentence and no prose, one of
    them furniture already.

    The zone is the widest reading of where the article stands: from the first to the last line of
    jusText's main run of good blocks (``article_zone``) or of the longest cluster of prose
    (``_article_span``), whichever reaches further. A short article, whose paragraphs are all under
    jusText's 200 characters, has no good block and no zone: the longest cluster of prose alone may
    leave out its list or its title (tried: fourteen false removals on the invented pages).

    Outside the zone these stay: prose and sentences; a person's name, a title in capitals or a byline;
    an "[edit]" heading; the heading of prose or of a long line; the label of a record's fields or a
    line of a post's head (its date, author or text follows); a line with no furniture between it and
    the zone (the article's heading above its first short lines, a list closing it); and what the shape
    rules' guards keep (a dated line, a record's field, a line mostly in the words of the zone: those
    counted without the stopwords of the article's language, and only the zone's words, since a column
    of other stories' headlines would otherwise vouch for itself)."""
    span, zone = _article_span(page), article_zone(page.lines, page.reasons, _article(page))
    if span is None or zone is None:
        return  # no paragraph to read a zone by
    start, end = min(span[0], zone[0]), max(span[1], zone[1])
    vocabulary: set[str] = set()
    for i in page.filled:
        if start <= i <= end and i not in page.reasons:
            vocabulary |= page.stems(i)
    stopwords = stoplist_for(page.lines[i] for i in _article(page))
    found = set(page.reasons)
    joined = _joining_zone(page, start, end)
    read: list[set[str]] = []

    def paragraphs() -> set[str]:
        """The words of the page's paragraphs that stand beside another paragraph (an article's, wherever
        it is, even where the page's chrome takes it for stray prose; a teaser's one sentence stands between
        headlines): read once, when first asked."""
        if not read:
            article = _prose(page)
            words: set[str] = set()
            for k, j in enumerate(page.filled):
                beside = (k > 0 and page.filled[k - 1] in article) or (
                    k + 1 < len(page.filled) and page.filled[k + 1] in article
                )
                if j in article and beside:
                    words |= page.stems(j)
            read.append(words)
        return read[0]

    runs = _menu_runs(page)
    said: dict[str, list[int]] = {}
    for i in page.filled:
        if not start <= i <= end:
            said.setdefault(" ".join(page.lines[i].split()), []).append(i)
    head = page.position[start] - _LEAD_HEAD
    new: list[int] = []
    for i in page.filled:
        if i in found or start <= i <= end:
            continue
        line = page.lines[i].strip()
        # Said twice outside the zone, and neither time the article's own heading (joining the zone).
        again = said[" ".join(line.split())]
        twice = len(again) >= 2 and 2 <= _words(line) <= _ZONE_TWICE_WORDS and not joined.intersection(again)
        if (_words(line) > _ZONE_LINE_WORDS and not twice) or is_prose(line) or _sentence(line):
            continue
        if _named(line, stopwords) or _BY.match(line) or _EDIT_LINK.search(line):
            continue  # a person's name, or a title in capitals ("Stalin's Peasants")
        run = [j for j in runs.get(i, [i]) if not start <= j <= end]
        if not twice and (len(run) < _ZONE_RUN or not any(j in found for j in run)):
            continue
        # A headline said twice outside the zone heads a teaser's one sentence, not a section of prose.
        heads = _heads_good(page, i) and (not twice or _heads_paragraphs(page, i))
        if heads or _heads_record(page, i) or _kept(page, i, vocabulary, stopwords):
            continue
        if twice and _kept(page, i, paragraphs(), stopwords):
            continue  # the title of another article of the capture, in the words of its paragraphs
        if i in joined or (
            len(again) >= 2 and any(head <= page.position[j] < page.position[start] for j in again)
        ):
            continue  # the article's heading, or its title said again in its head (a hub's column, a crumb)
        if _own_title(page, i, start):
            continue
        new.append(i)
    for i in new:
        page.reasons[i] = "menu outside the article"


def _menu_runs(page: _Page) -> dict[int, list[int]]:
    """Each line of a menu or a column of headlines, with the run of such lines it stands in: up to eight
    words, no sentence and no prose (blank lines do not break a run). Read in one pass."""
    runs: dict[int, list[int]] = {}
    run: list[int] = []
    for i in page.filled:
        line = page.lines[i]
        if _words(line) <= _ZONE_LINE_WORDS and not _sentence(line) and not is_prose(line):
            run.append(i)
            runs[i] = run
        else:
            run = []
    return runs


def _heads_good(page: _Page, i: int) -> bool:
    """The first line after ``i`` that is not furniture nor ``i`` said again (a heading as its picture's
    text and its link) is running prose or a long line: ``i`` heads it."""
    k = page.position[i]
    after = [j for j in page.filled[k + 1 : k + 3] if j not in page.reasons]
    if after and page.lines[after[0]].strip() == page.lines[i].strip():
        after = [j for j in page.filled[k + 2 : k + 4] if j not in page.reasons]
    return bool(after) and (is_prose(page.lines[after[0]]) or len(page.lines[after[0]].strip()) >= 70)


def _heads_paragraphs(page: _Page, i: int) -> bool:
    """The two lines after ``i`` that are not furniture are both running prose: ``i`` heads a section of
    paragraphs, not a card's one sentence under its headline."""
    k = page.position[i]
    said = page.lines[i].strip()
    reach = page.filled[k + 1 : k + 9]  # a few lines: a card's headline and its sentence stand together
    after = [j for j in reach if j not in page.reasons and page.lines[j].strip() != said][:2]
    return len(after) == 2 and all(is_prose(page.lines[j]) for j in after)


def _joining_zone(page: _Page, start: int, end: int) -> set[int]:
    """Lines outside the zone with no furniture between them and it, or between them and an encyclopedia's
    section heading above them ("External links[edit]"): the article's heading above its first lines, or
    a list closing it. One pass each way: a capture of thousands of lines is read once."""
    joined: set[int] = set()
    for i in reversed([j for j in page.filled if j < start]):
        if i in page.reasons:
            break
        joined.add(i)
    open_ = True  # no furniture since the zone's end or the last section heading
    for i in (j for j in page.filled if j > end):
        if _EDIT_LINK.search(page.lines[i]):
            open_ = True
        elif i in page.reasons:
            open_ = False
        elif open_:
            joined.add(i)
    return joined


def _heads_record(page: _Page, i: int) -> bool:
    """The first line after ``i`` that is not furniture is a record's field, a post's author, date or
    text: ``i`` is the record's label ("Details" above "Author" / "Conquest, Robert.") or a line of the
    post's head ("rated it 4 of 5" above its date)."""
    k = page.position[i]
    after = next((j for j in page.filled[k + 1 :] if j not in page.reasons), None)
    if after is None:
        return False
    line = page.lines[after]
    dated = _words(line) <= 8 and bool(_STAMP.search(line))
    return after in page.fields or dated or _author(page, after) or _after_stamp(page, after)


def _titles_among_menus(page: _Page) -> None:
    """The article's title that the rules of neighbours took with the menus around it stays: a line of two
    words or more above the article, said again further down where the article begins."""
    said = _said_below(page)
    for j in sorted(page.fields):  # a record's value: "Anlass:" / the event's title, above the prose
        if j not in page.reasons:
            said.setdefault(_key(page.lines[j]), []).append(j)
    for i in [i for i in page.reasons if i < page.first_article]:
        line = page.lines[i]
        if _words(line) < 2 or _ui(line) in FURNITURE or _reason(line, page.lines, i, page.chrome(i)):
            continue  # a control by its own words ("report this ad", "Continue reading"), wherever it is
        if _title_said_below(page, i, said):
            del page.reasons[i]
