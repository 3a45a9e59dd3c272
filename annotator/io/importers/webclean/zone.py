"""The article's zone: the longest cluster of running prose (``_article_span``), and the runs of short
link-like lines before its start (menus, teasers) and after its end (other stories, the footer's columns)."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.io.importers.webclean.comments import _after_stamp, _author
from annotator.io.importers.webclean.guards import _TAIL_WORDS, _above_byline, _begins, _headline, _titles
from annotator.io.importers.webclean.lines import (
    _DATE_ONLY,
    _EDIT_LINK,
    _LETTER_WORDS,
    _LINK_TEXT,
    _NAME,
    _NUMBERED,
    _SHORT_LINK,
    _SOURCE_LINE,
    _STAMP,
    _UNSPACED,
    _YEAR,
    _capital,
    _foreign,
    _key,
    _sentence,
    _stems_of,
    _ui,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.words import _OTHER_STORIES, _RELATED, _WEAK, FURNITURE
from annotator.io.importers.webcontext import stoplist_for

_CLUSTER_GAP = 6  # lines between two paragraphs that, with furniture among them, part the article from more
_CLUSTER_EVIDENCE = 2  # furniture lines or interface words such a gap holds
_CLUSTER_COLUMN = 20  # short lines between two paragraphs that part them without other evidence


_TAIL_RUN = 3  # short lines after the article's end that go together when furniture is among them
_TAIL_RUN_BARE = 4  # ... and without it: no article goes on in a column of four link-like lines


_TAIL_SHORT_CHARS = 150
_LEAD_HEAD = 8  # lines above the article's first paragraph that may be its title, byline, date, caption


def _article_span(page: _Page) -> tuple[int, int] | None:
    """The first and last line of the article: the longest cluster of prose, clusters being parted by
    a gap of six lines or more with furniture in it, found or an interface word ("Share", "Tweet"): a
    "Related" block, a column of other stories, a footer's links.
    Prose past the article's end is a teaser, a reader's comment or the footer's small print."""
    prose = [i for i in page.prose if i not in page.reasons]
    if not prose:
        return None
    clusters = [[prose[0]]]
    for a, b in pairwise(prose):
        gap = page.filled[page.position[a] + 1 : page.position[b]]
        # A table's cells copied one per line are the article's, however long the column they make.
        evidence = sum(
            1 for j in gap if j not in page.tables and (j in page.reasons or _ui(page.lines[j]) in FURNITURE)
        )
        # A long column of short lines (a site's menus, a sidebar of headlines) parts two clusters by its
        # length alone: an article's own list or table stands beside its paragraphs, not over a page of links.
        column = longest = 0
        for j in gap:  # the lines of a column follow one another; a table's cells hold tabs between them
            short = _words(page.lines[j]) <= _SHORT_LINK and "\t" not in page.lines[j]
            short = short and j not in page.tables
            numbered = _NUMBERED.fullmatch(page.lines[j].strip())  # the article's contents: "3.1 Firefox"
            column = column + 1 if short and not numbered else 0
            longest = max(longest, column)
        # Headlines of other stories, four in a row ("Most Popular" and its list): evidence as a piece of
        # furniture is, no article's own run of headings being so long without a paragraph.
        headlines = 0
        undecided = len(gap) >= _CLUSTER_GAP and evidence < _CLUSTER_EVIDENCE and longest < _CLUSTER_COLUMN
        for j in gap if undecided else ():  # read only where the gap's other evidence does not decide
            headlines = headlines + 1 if j not in page.reasons and _headline(page, j) else 0
            if headlines == _TAIL_RUN_BARE:
                evidence += _CLUSTER_EVIDENCE
                break
        if (len(gap) >= _CLUSTER_GAP and evidence >= _CLUSTER_EVIDENCE) or longest >= _CLUSTER_COLUMN:
            clusters.append([b])
        else:
            clusters[-1].append(b)
    main = max(clusters, key=lambda cluster: sum(len(page.lines[i]) for i in cluster))
    return main[0], _before_teasers(page, main)


_TEASER_COLUMN = 3  # teaser paragraphs in a row that close the cluster: a column of other stories
_TEASER_WORDS = 45  # words a teaser paragraph (kicker, headline, a sentence) holds at most
_TEASER_HEAD_WORDS = 20  # words of its first line, a headline or a kicker


def _paragraphs(page: _Page, first: int, last: int) -> list[list[int]]:
    """The filled lines from ``first`` to ``last``, in paragraphs parted by blank lines."""
    paragraphs: list[list[int]] = []
    previous = None
    for i in page.filled[page.position[first] : page.position[last] + 1]:
        if previous is None or any(not page.lines[j].strip() for j in range(previous + 1, i)):
            paragraphs.append([])
        paragraphs[-1].append(i)
        previous = i
    return paragraphs


def _before_teasers(page: _Page, cluster: list[int]) -> int:
    """The cluster's last line, or, when it closes with a column of three or more teasers of other
    stories, the last prose line above that column. A teaser is a short paragraph led by a headline or a
    kicker (no sentence end), a sentence at most after it, whose words are mostly not the article's:
    long teasers count as prose, so the clusters alone take such a column for the article's end. The
    article's own last short paragraphs, its signature, its notes and the "Related" list it writes in
    its own words share its vocabulary, or are no column of three, and stay."""
    paragraphs = _paragraphs(page, cluster[0], cluster[-1])
    if len(paragraphs) <= _TEASER_COLUMN:
        return cluster[-1]

    def short(paragraph: list[int]) -> bool:
        head = page.lines[paragraph[0]].strip()
        return (
            len(paragraph) <= _TEASER_COLUMN
            and sum(_words(page.lines[j]) for j in paragraph) <= _TEASER_WORDS
            and _words(head) <= _TEASER_HEAD_WORDS
            and not head.endswith((".", "!", "?", ":", ";", ",", "…", "。", '"', "”", "“"))
            and not any("\t" in page.lines[j] or j in page.tables or j in page.fields for j in paragraph)
        )

    column = 0
    while column < len(paragraphs) - 1 and short(paragraphs[-1 - column]):
        column += 1
    if column < _TEASER_COLUMN:
        return cluster[-1]
    body = [i for paragraph in paragraphs[:-column] for i in paragraph if i in page.prose]
    stopwords = stoplist_for(page.lines[i] for i in body)
    vocabulary = {stem for i in body for stem in _stems_of(page.lines[i], stopwords)}
    # Read from the column's top down: the column begins at its first teaser foreign to the article.
    foreign = [
        _foreign(" ".join(page.lines[j] for j in paragraph), vocabulary, stopwords, least=3)
        for paragraph in paragraphs[-column:]
    ]
    while foreign and not foreign[0]:
        foreign.pop(0)
    if len(foreign) < _TEASER_COLUMN or sum(foreign) * 3 < len(foreign) * 2:
        return cluster[-1]
    top = paragraphs[-len(foreign)][0]
    kept = [i for i in cluster if i < top]
    return kept[-1] if kept else cluster[-1]


def _tail_guarded(page: _Page, i: int, lead: set[str]) -> bool:
    """Lines after the article's end that the tail's runs never take: anything longer than a link or a
    label, a sentence, a table row, a line going on from the one above, a record's field, a post's
    author, date or text, a title its prose follows, a name the page gave above the article (its author
    again in a bio card) or above prose (a commenter's)."""
    line = page.lines[i]
    if not re.search(r"\w", line) or _words(line) > _TAIL_WORDS or len(line.strip()) > _TAIL_SHORT_CHARS:
        return True
    if is_prose(line) or "\t" in line or page.continues(i) or i in page.fields or _SOURCE_LINE.match(line):
        return True
    if i in page.tables and page.first_article < i < page.last_article:
        return True  # a cell of the article's table, between its paragraphs
    if _sentence(line) and (_LETTER_WORDS.search(line) or _UNSPACED.search(line)):
        return True  # a sentence, not the number of an item of a list ("1.", "12.")
    if _YEAR.search(line) and _LETTER_WORDS.search(line):
        return True
    k = page.position[i]
    after = page.filled[k + 1 : k + 4]
    if _author(page, i) or _titles(page, i):
        return True
    # An article's title above its byline and its prose: another article of a hub, or the article itself
    # when the span took a column of blurbs for it.
    below = page.filled[k + 2 : k + 2 + _TAIL_RUN]
    if _above_byline(page, i) and any(is_prose(page.lines[j]) for j in below):
        return True
    if _after_stamp(page, i) and not (after and _STAMP.search(page.lines[after[0]])):
        return True  # a reader's words under the date, not a card's headline between two dates
    key = _key(line)  # a title said twice (a card's picture and link) is one title
    following = next(
        (j for j in page.filled[k + 1 :] if j not in page.reasons and _key(page.lines[j]) != key), None
    )
    if following is not None and is_prose(page.lines[following]):
        return True  # a heading of prose: another part of the article, a comment's title, a card's
    for n, j in enumerate(after):
        if _words(line) <= 3 and _STAMP.search(page.lines[j]) and all(m in page.reasons for m in after[:n]):
            return True  # a reader's name above the counts of their profile and the date: "Katya"
    if _NAME.fullmatch(line.strip()):
        return _key(line) in lead or any(is_prose(page.lines[j]) for j in after)
    return False


def _question(line: str) -> bool:
    """A short question or call ("Lactose Intolerant?", "Get our app!"): a teaser card's headline as often
    as a reader's words, so it stays but does not part a run of links around it."""
    return _words(line) <= 8 and line.rstrip().endswith(("?", "!", "？", "！"))


def _stories_label(line: str) -> bool:
    """A label heading a column of other stories: a "Related …" or ranking label of a few words."""
    key = _ui(line)
    return _words(line) <= 6 and bool(_RELATED.fullmatch(key) or _OTHER_STORIES.fullmatch(key))


def _card_date(page: _Page, i: int) -> bool:
    """Line ``i`` is only a date and the line after it a headline (a short line, no sentence, no prose):
    a teaser card's date, not the date of a reader's comment, whose words follow it."""
    if not _DATE_ONLY.fullmatch(page.lines[i].strip()):
        return False
    _, after = page.neighbours(i)
    if after is None:
        return True
    line = page.lines[after]
    return not (is_prose(line) or _sentence(line) or _words(line) > _TAIL_WORDS or "\t" in line)


def _interface_word(line: str) -> bool:
    """A button's or link's words; a weak footer word with a colon labels what follows instead ("Anfahrt:"
    over the directions that close an article, "Kontakt:" over an address)."""
    key = _ui(line)
    return key in FURNITURE and not (key in _WEAK and line.rstrip().endswith(":"))


def _tail_runs(page: _Page) -> None:
    """After the article's end, runs of short link-like lines: teasers of other stories, "Most read",
    sponsored links, a footer's columns. Three in a row with furniture among them go, or four without
    (the prose and dated lines of teaser cards between them do not part a run, and stay). Right after the
    article's end or under an encyclopedia's section heading ("External links[edit]") a run begins at its
    first furniture or interface word: the article may close with a list or its references."""
    span = _article_span(page)
    if span is None:
        return
    start, end = span
    lead = {_key(page.lines[j]) for j in page.filled if j < start}
    run: list[int] = []

    def continued(i: int) -> bool:
        """No furniture between the article's end (or a section heading of an encyclopedia) and line
        ``i``: a list closing the article, its "References", its "External links[edit]"."""
        for j in reversed(page.filled[: page.position[i]]):
            if j in page.reasons:
                return False
            if j <= end or _EDIT_LINK.search(page.lines[j]):
                return True
        return False

    def close() -> None:
        if run and continued(run[0]):
            while run and run[0] not in page.reasons and not _interface_word(page.lines[run[0]]):
                if _stories_label(page.lines[run[0]]):
                    break  # or at the label of a column of other stories ("Most Popular")
                run.pop(0)  # the run begins at its first furniture or interface word ("Share")
        evidence = any(j in page.reasons for j in run)
        if len(run) >= _TAIL_RUN_BARE or (len(run) >= _TAIL_RUN and evidence):
            for j in run:
                page.reasons.setdefault(j, "after the article")
        run.clear()

    for i in page.filled:
        if i <= end:
            continue
        line = page.lines[i]
        if i in page.reasons or not _tail_guarded(page, i, lead) or (run and _card_date(page, i)):
            run.append(i)
        elif not (is_prose(line) or (_YEAR.search(line) and _words(line) <= 8) or _question(line)):
            close()
    close()


def _lead_runs(page: _Page) -> None:
    """Before the article's start, runs of short link-like lines: the site's menus, teasers, section
    labels. What stands right above the article up to the nearest furniture (at most the eight lines of a
    title, standfirst, byline, date and picture caption) is the article's head and stays, as do the lines
    the tail's runs never take (a dated line, a name above a date, a heading of prose, a table row)."""
    span = _article_span(page)
    if span is None:
        return
    start = span[0]
    head: set[int] = set()
    counted = 0  # an infobox's rows (cells after tabs) and their labels are one piece of the head
    for j in reversed(page.filled[: page.position[start]]):
        if counted == _LEAD_HEAD:
            break
        if j not in page.reasons:
            head.add(j)
            after = j + 1 < len(page.lines) and "\t" in page.lines[j + 1]
            counted += "\t" not in page.lines[j] and not after
    # A line the article's head or the article says again is the page's: its title, the author's name
    # (a menu said twice, for the desktop and the phone, is not).
    said = {_key(page.lines[j]) for j in page.filled if (j in head or j >= start) and j not in page.reasons}
    run: list[int] = []

    end = span[1]
    words: set[str] = set()
    for j in page.prose:
        if start <= j <= end and j not in page.reasons:
            words |= page.stems(j)

    def k_far(i: int) -> bool:
        """Line ``i`` is no title of the article's (most of its words the article's prose uses: the page's
        title in a sticky header)."""
        stems = _stems_of(page.lines[i])
        return not stems or sum(1 for w in stems if w in words) * 2 <= len(stems)

    def foreign(i: int) -> bool:
        """Line ``i`` speaks of other things: three words or more, under a third of them the article's (an
        infobox's "New Zealand dollar ($) (NZD)" is the article's)."""
        stems = _stems_of(page.lines[i])
        return len(stems) >= _TAIL_RUN and sum(1 for w in stems if w in words) * 3 < len(stems)

    def close() -> None:
        edge = page.below(run[-1]) if run else []
        if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=True):
            # What begins a record ("Details" above its fields) or the article's head: the few lines at the
            # run's end, not a whole column of links above them.
            popped = 0
            while run and run[-1] not in page.reasons and popped < _TAIL_RUN:
                run.pop()
                popped += 1
        evidence = any(j in page.reasons for j in run)
        if len(run) >= _TAIL_RUN_BARE or (len(run) >= _TAIL_RUN and evidence):
            for j in run:
                page.reasons.setdefault(j, "above the article")
        run.clear()

    for i in page.filled:
        if i >= start:
            break
        line = page.lines[i].strip()
        capital = _capital(line)
        if i not in head and _key(line) in said:
            page.said_again.add(i)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line) and i not in page.said_again
        # Above the article's head and all prose, a headline or a label of the page's columns goes as a link
        # does; the tail's guards hold (a dated line, a heading of prose, a table row, a sentence). Between
        # clusters of prose only links do: the article may be the other cluster, its table's cells on lines
        # of their own.
        far = i < page.first_article and i not in head and i not in page.said_again and k_far(i)
        # Between clusters of prose above the article, a headline of another story (most of its words not
        # the article's) goes too: a mega-menu's teasers between its blurbs.
        far = far or (i not in head and i not in page.said_again and _headline(page, i) and foreign(i))
        far = far and not _above_byline(page, i)
        if i in page.reasons or ((link or far) and i not in head and not _tail_guarded(page, i, set())):
            run.append(i)
        else:
            close()
    close()


def _long_column(page: _Page) -> bool:
    """Outside the article's prose, twenty short lines in a row: a web page's menus or sidebar, which a
    book, a letter or a transcript does not print (their lists and verse stand among their prose)."""
    count = 0
    for i in page.filled:
        line = page.lines[i]
        short = _words(line) <= _SHORT_LINK and not _sentence(line) and "\t" not in line
        count = count + 1 if short and page.outside(i) else 0
        if count >= _CLUSTER_COLUMN:
            return True
    return False
