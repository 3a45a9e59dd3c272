"""Furniture known by a site's pattern said over and over, in whatever language: a slot's label printed
at each of its places ("Advertisement - story continues below" between paragraphs), a column of cards
each signed with a name and a date, and a teaser box whose headline the picture and the link each say
again inside the article. Each rule reads only repetition and shape, so its guards matter more than its
words: a heading of the article is said once, a reader's comment ends as a sentence, a caption is a
sentence or stands alone."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import groupby, pairwise

from annotator.io.importers.webclean.comments import _HANDLE
from annotator.io.importers.webclean.lines import (
    _DATE_ONLY,
    _LETTER_WORDS,
    _NAME,
    _STAMP,
    _YEAR,
    _foreign,
    _key,
    _sentence,
    _stems_of,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.shapes import _SHAPE_REASONS
from annotator.io.importers.webclean.zone import _article_span
from annotator.io.importers.webcontext import stoplist_for

# Words that name an advertising slot or a sharing service, never a word of a refrain or a chorus: with
# three identical copies of its line on the page they mark the slot, not the article ("Share P  Email").
_SLOT_WORDS = frozenset(
    {
        *("advertisement", "advertising", "anzeige", "werbung", "publicité", "publicidad", "sponsored"),
        *("share", "teilen", "partager", "email", "e-mail", "tweet", "facebook", "twitter", "pinterest"),
        *("linkedin", "whatsapp", "reddit", "telegram", "flipboard"),
    }
)
_SLOT_COPIES = 3
_SLOT_WORDS_MAX = 12


def _slot_labels(page: _Page) -> None:
    """A short line (not prose, not a sentence) that the page prints three times or more, word for word,
    and that names an ad slot or a sharing service: the slot's label or bar at each of its places."""
    copies: dict[str, list[int]] = defaultdict(list)
    for i in page.filled:
        line = page.lines[i]
        if 2 <= _words(line) <= _SLOT_WORDS_MAX and not is_prose(line) and "\t" not in line:
            copies[_key(line)].append(i)
    for key, where in copies.items():
        if len(where) < _SLOT_COPIES or _sentence(page.lines[where[0]]):
            continue
        if any(w.casefold() in _SLOT_WORDS for w in re.findall(r"[^\W\d_][\w-]*", key)):
            for i in where:
                page.reasons.setdefault(i, "repeated page furniture")


# A card's signature: names (a writer, a publication) then the day it was posted, perhaps with the hour.
_SIGNATURE_NAMES = re.compile(r"[A-Z][\w'’.-]*(?:(?:,\s*|\s+|\s*[&|·]\s*)[A-Z][\w'’.-]*){0,6}")
_CARD_TIME = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)
_SIGNATURE_CHARS = 120
_CARDS = 3  # signatures of different cards: two could be an article's own pair of quoted posts
_CARD_GAP = 4  # lines of one card between two signatures: headline, count, the signature said again
_HEADLINE_WORDS = 5
_LABEL_WORDS = 4
_CARD_WORDS = 25  # a headline's most: a longer line is a reader's words


def _signature(line: str) -> bool:
    """``line`` is names followed by a date ("Ann Roe, The Daily Post August 7, 2022 at 5:15pm"): every
    word before the date capitalised, so a chronology's entry ("signed on 3 May 1945") is none."""
    if len(line) > _SIGNATURE_CHARS:
        return False  # a paragraph that mentions a date
    stamp = _STAMP.search(line)
    if stamp is None or not _CARD_TIME.fullmatch(line[stamp.end() :]):
        return False
    names = line[: stamp.start()].strip(" ,|·–—-")
    return bool(names) and _SIGNATURE_NAMES.fullmatch(names) is not None


# A card signed with its author and how long it takes to read ("By Ann Roe    4 min read"): the time alone,
# without an author, is a line of the article's own header, said once.
_READING_TIME = re.compile(r"\s*\S.{0,60}?\s{2,}\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*", re.IGNORECASE)


def _reader_words(line: str) -> bool:
    """A sentence, as a reader's comment ends; a headline may ask ("How excited should we be?")."""
    return _sentence(line) and bool(_LETTER_WORDS.search(line)) and not line.rstrip().endswith("?")


def _card_signature(page: _Page, i: int) -> str | None:
    """Line ``i`` signs a card: names and a date on one line, a date alone under a line of names ("Tom
    Clark" / "August 10, 2022"), or an author and a reading time. The signature's words, to tell the cards
    apart, or None."""
    line = page.lines[i]
    if _signature(line) or _READING_TIME.fullmatch(line):
        return _key(line)
    above = page.above(i)
    if above and _DATE_ONLY.fullmatch(line.strip()):
        names = page.lines[above[0]].strip()
        if _words(names) <= _LABEL_WORDS and _SIGNATURE_NAMES.fullmatch(names) and "&" not in names:
            return _key(names) + " " + _key(line)
    return None


def _signed_card_columns(page: _Page) -> None:
    """A column of cards of other stories each signed by names and a date: three signatures or more, at
    most a few lines between each two (a headline, a count, the signature said again) and none of them a
    sentence, so a column of reader comments (their words under each signature) stays; and headlines
    of five words or more, mostly not the words of the page's paragraphs, for half the cards at least."""
    signed = {i: key for i in page.filled if i not in page.reasons and (key := _card_signature(page, i))}
    signatures = list(signed)
    if len(set(signed.values())) < _CARDS:
        return
    # The article's words: its paragraphs are sentences, which a card's headline of many words is not.
    paragraphs = [page.lines[i] for i in page.prose if _sentence(page.lines[i])]
    vocabulary = {w for line in paragraphs for w in _stems_of(line)}
    stopwords = stoplist_for(paragraphs)
    column: list[int] = []
    headlines = 0

    def close() -> None:
        cards = {signed[i] for i in column if i in signed}
        if len(cards) >= _CARDS and headlines * 2 >= len(cards):
            for i in column:
                page.reasons.setdefault(i, "related links")
            # the column's label right above its first card ("Popular Now"), a few words, no sentence
            for i in page.above(column[0]):
                if (
                    _words(page.lines[i]) <= _LABEL_WORDS
                    and not _sentence(page.lines[i])
                    and i not in page.prose
                ):
                    page.reasons.setdefault(i, "related links")

    for a, b in pairwise(signatures):
        column.append(a)
        between = page.filled[page.position[a] + 1 : page.position[b]]
        lines = [page.lines[j] for j in between]
        if len(between) > _CARD_GAP or any(
            _words(line) > _CARD_WORDS or _reader_words(line) for line in lines
        ):
            close()  # a reader's words under the signature (a comment, not a card), or the column ends
            column, headlines = [], 0
            continue
        column.extend(between)  # a card's headline, its count, the signature said again under it
        foreign = [line for line in lines if _foreign(line, vocabulary, stopwords, least=3)]
        headlines += sum(1 for line in foreign if _words(line) >= _HEADLINE_WORDS)
    column.append(signatures[-1])
    close()


_BOX_WORDS = (3, 14)  # a teaser's headline


def _teaser_boxes(page: _Page) -> None:
    """Inside the article, between two of its paragraphs, a teaser box of another story: three short
    lines, no sentences, the last two the same headline (the picture's text and the link's) and the first
    its kicker in most of the same words ("Corona in Hamburg – the mayor's review" / the same twice). The
    article's heading is said once; a picture's caption said twice ends as a sentence or has no third."""
    for k in range(1, len(page.filled) - 3):
        above, a, b, c = page.filled[k - 1 : k + 3]
        below = page.filled[k + 3] if k + 3 < len(page.filled) else None
        if below is None or not (is_prose(page.lines[above]) and is_prose(page.lines[below])):
            continue
        if not page.first_article <= above < below <= page.last_article:
            continue
        box = [page.lines[j] for j in (a, b, c)]
        low, high = _BOX_WORDS
        if any(is_prose(line) or _sentence(line) or "\t" in line for line in box):
            continue
        if not all(low <= _words(line) <= high for line in box):
            continue
        if _key(box[1]) != _key(box[2]):
            continue
        kicker, headline = set(_stems_of(box[0])), set(_stems_of(box[1]))
        if kicker and len(kicker & headline) * 2 > len(kicker):
            for j in (a, b, c):
                page.reasons.setdefault(j, "related links")


_ORDINAL = re.compile(r"\s*(\d{1,2})[.)]?\s*")
_RANKED = 3  # items of a ranking: "1." / a headline, "2." / a headline, …


def _ranked_lists(page: _Page) -> None:
    """After the article's last paragraph, a ranking of other stories printed as its numbers on lines of
    their own, each over a headline: "1.", "2.", "3." in order from one, every headline no sentence and
    most of them not in the words of the article's paragraphs. The article's own numbered list, inside
    it or in its words, stays."""
    if page.last_article < 0:
        return
    tail = [i for i in page.filled if i > page.last_article]
    if sum(1 for i in tail if _ORDINAL.fullmatch(page.lines[i])) < _RANKED:
        return  # most pages: no ranking, and the article's words need not be read
    paragraphs = [page.lines[i] for i in page.prose if _sentence(page.lines[i])]
    vocabulary = {w for line in paragraphs for w in _stems_of(line)}
    stopwords = stoplist_for(paragraphs)
    items: list[tuple[int, int]] = []

    def close() -> None:
        foreign = sum(1 for _, h in items if _foreign(page.lines[h], vocabulary, stopwords, least=2))
        if len(items) >= _RANKED and foreign * 2 > len(items):
            for number, headline in items:
                page.reasons.setdefault(number, "other stories")
                page.reasons.setdefault(headline, "other stories")
        items.clear()

    for a, b in pairwise(tail):
        ordinal = _ORDINAL.fullmatch(page.lines[a])
        if ordinal is None:
            continue
        headline, number = page.lines[b], int(ordinal.group(1))
        # the next item right under the last one's headline, or a ranking beginning at one
        if not (items and number == len(items) + 1 and page.position[a] == page.position[items[-1][1]] + 1):
            close()
            if number != 1:
                continue
        if _sentence(headline) or _ORDINAL.fullmatch(headline) or not 3 <= _words(headline) <= _CARD_WORDS:
            close()
            continue
        items.append((a, b))
    close()


# A card's kicker and headline on one line, parted by a spaced bar or colon ("Malaria | Vaccine trial shows
# promise", "Ökologie :  Auch Parasiten brauchen Schutz"): the kicker a topic of a few words without digits.
_KICKED = re.compile(r"\s*([^\W\d_][^\d|:]{0,40}?)\s+[|:]\s+(\S.*\S)\s*")
_KICKED_CARDS = 3


def _kicked(line: str) -> bool:
    if "|" not in line and " :" not in line and ": " not in line:
        return False
    match = _KICKED.fullmatch(line)
    if match is None or _words(match.group(1)) > _LABEL_WORDS or _reader_words(line):
        return False
    return 2 <= _words(match.group(2)) <= _CARD_WORDS


def _kicked_headlines(page: _Page) -> None:
    """A column of cards of other stories, each its kicker and headline on one line parted by a spaced bar
    or colon, whatever their words: three such lines right one under another at least, and a card's blurb
    (one line) between two of them goes with them. Captions "Name | what the picture shows" stand each
    between the article's paragraphs, never three in a row; a reference "Cai, L. et al.: Title" has no
    spaced colon."""
    run: list[int] = []  # the cards, and the blurbs between them

    def close() -> None:
        cards = [i for i in run if _kicked(page.lines[i])]
        adjacent = max((len(list(group)) for _, group in groupby(run, key=lambda i: i in cards)), default=0)
        if len(cards) >= _KICKED_CARDS and adjacent >= _KICKED_CARDS:
            for i in run[: run.index(cards[-1]) + 1]:
                page.reasons.setdefault(i, "other stories")
        run.clear()

    for i in page.filled:
        if _kicked(page.lines[i]):
            run.append(i)
        elif run and _kicked(page.lines[run[-1]]) and _words(page.lines[i]) <= _CARD_WORDS * 2:
            run.append(i)  # a blurb under the card; kept unless another card follows
        else:
            close()
    close()


_MENU_ITEM_WORDS = 3
_MENU_AGAIN = 3  # items of the shorter menu


def _menu_item(line: str) -> bool:
    """A link of a menu: a few words, no sentence, no digits (a chart's axis says "300", "’25", "6.6%")."""
    if not 1 <= _words(line) <= _MENU_ITEM_WORDS or _sentence(line) or "\t" in line:
        return False
    return bool(_LETTER_WORDS.search(line)) and not re.search(r"\d", line)


def _menus_said_again(page: _Page) -> None:
    """Above the article, a run of three menu items or more (a few words each) that the page printed
    before in the same order with other items between: a site's sections said again as a compact bar
    ("Politics", "Economics", "World" under the full menu that lists each section's topics), both copies
    furniture. Only items above the article's first paragraph, and none the article says as a line of its
    own, so its headings and lists stay."""
    span = _article_span(page)  # the longest cluster of prose: teasers above it are prose too
    if span is None:
        return
    head = [i for i in page.filled if i < span[0]]
    menu = [i for i in head if _menu_item(page.lines[i])]
    at = {i: n for n, i in enumerate(menu)}
    own: set[str] | None = None
    k = 0
    while k < len(menu):
        end = k + 1
        while end < len(menu) and page.position[menu[end]] == page.position[menu[end - 1]] + 1:
            end += 1
        if end - k >= _MENU_AGAIN and k > 0:
            if own is None:  # the article's headings: its lines below the head, and lines prose follows
                own = {_key(page.lines[i]) for i in page.filled if i >= span[0] or _over_prose(page, i)}
            # an item that the article says as a line of its own is its heading too ("Add-ons" over a part)
            run = [i for i in menu[k:end] if _key(page.lines[i]) not in own]
            if len(run) >= _MENU_AGAIN:
                for i in _in_order(page, menu[: at[menu[k]]], run):
                    page.reasons.setdefault(i, "menu said again")
        k = end


def _over_prose(page: _Page, i: int) -> bool:
    """Line ``i`` is a heading: one of the two lines under it is running prose."""
    return any(is_prose(page.lines[j]) for j in page.below(i, 2))


def _in_order(page: _Page, before: list[int], run: list[int]) -> list[int]:
    """The items of ``run`` that ``before`` (menu items) says in the same order (their longest such
    sequence), with the lines that say them there; none unless three items and half of the run are found
    so, and unless the earlier copy has other items between (a menu printed twice word for word is the
    repeated menus' rule)."""
    a = [_key(page.lines[i]) for i in run]
    keys = set(a)  # the earlier items of other words have no part in the common sequence
    items = [i for i in before if _key(page.lines[i]) in keys]
    b = [_key(page.lines[i]) for i in items]
    # longest common subsequence, by the table of its lengths for the suffixes of both
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for x in range(len(a) - 1, -1, -1):
        for y in range(len(b) - 1, -1, -1):
            table[x][y] = table[x + 1][y + 1] + 1 if a[x] == b[y] else max(table[x + 1][y], table[x][y + 1])
    found: list[int] = []
    said: list[int] = []
    x = y = 0
    while x < len(a) and y < len(b):
        if a[x] == b[y]:
            found.append(run[x])
            said.append(items[y])
            x, y = x + 1, y + 1
        elif table[x + 1][y] >= table[x][y + 1]:
            x += 1
        else:
            y += 1
    if len(found) < _MENU_AGAIN or len(found) * 2 < len(run):
        return []
    spread = page.position[said[-1]] - page.position[said[0]] + 1
    return found + said if spread > len(said) else []


# A comment's buttons glued on one line ("Report Reply", "Like Reply Share"): every word capitalised, as
# buttons are, never a diary's "Nothing to report" under its dates.
_BAR_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BAR_WORDS = (2, 6)
_BAR_LINK_WORDS = 12  # the bar with a link glued before it: "Read the 2 replies Report Reply"
_BAR_REACH = 2  # lines from a comment's date down to its bar (the reader's words may stand between)


def _stamped(page: _Page, i: int) -> bool:
    """Line ``i`` comes within two lines under a short dated line: a comment's date."""
    return any(_words(page.lines[j]) <= 8 and _STAMP.search(page.lines[j]) for j in page.above(i, _BAR_REACH))


def _comment_bars(page: _Page) -> None:
    """The bar of buttons under each reader's comment: the same line of capitalised words, printed three
    times or more, each time just under a comment's date. A line that ends with that bar under a date
    ("Read the 2 replies Report Reply") is the bar with a link before it."""
    copies: dict[str, list[int]] = defaultdict(list)
    for i in page.filled:
        line = page.lines[i].strip()
        if not line[:1].isupper() or not _BAR_WORDS[0] <= line.count(" ") + 1 <= _BAR_WORDS[1]:
            continue  # cheap test first: most lines are no bar
        words = _BAR_WORD.findall(line)
        if line == " ".join(words) and all(w[0].isupper() for w in words) and not _sentence(line):
            copies[line].append(i)
    # Where the page dates its comments: the dates are asked for only of lines printed three times.
    bars = [bar for bar, where in copies.items() if sum(_stamped(page, i) for i in where) >= _SLOT_COPIES]
    if not bars:
        return
    ends = tuple(f" {bar}" for bar in bars)
    for i in page.filled:
        line = page.lines[i].strip()
        bar = line in bars or (line.endswith(ends) and _words(line) <= _BAR_LINK_WORDS)
        if i not in page.reasons and bar and _stamped(page, i):
            page.reasons[i] = "comment buttons"


_PREVIEW_WORDS = 3  # a title said again: a name alone ("Kristen Wiig") may be a heading said twice
_PREVIEW_HEAD = 8  # lines from the article's title down to its first paragraph (standfirst, byline, picture)


def _head_said_again(page: _Page) -> None:
    """The article's title and first paragraph said again together further down, word for word: the
    preview a share or e-mail dialog prints of the page. The first copy stays; only the article's first
    paragraph under a title above it counts, and no prose may follow the copy, so a plan or a list that
    repeats its own items stays, and so do a chapter said again and a pull quote (one line said alone)."""
    lead = page.first_article
    if lead >= len(page.lines):
        return
    above = [j for j in page.above(lead, _PREVIEW_HEAD) if _preview_title(page, j)]
    titles = {_key(page.lines[j]) for j in above}
    key = _key(page.lines[lead])
    for title, again in pairwise(page.filled[page.position[lead] + 1 :]):
        if _key(page.lines[again]) != key or _key(page.lines[title]) not in titles:
            continue
        _, after = page.neighbours(again)
        if after is not None and is_prose(page.lines[after]):
            continue  # the text goes on: a chapter said again, not a preview of one paragraph
        if title not in page.reasons and again not in page.reasons:
            page.reasons[title] = page.reasons[again] = "title and lead said again"


def _preview_title(page: _Page, i: int) -> bool:
    line = page.lines[i]
    return _words(line) >= _PREVIEW_WORDS and not _sentence(line) and not page.continues(i)


_BLOCK_LINES = 4  # lines of a widget printed twice: fewer may be a heading and its caption said again
_BLOCK_FOUND = 3  # of them known as furniture in one copy or the other, at least one in three


def _blocks_said_twice(page: _Page) -> None:
    """A widget printed twice, line for line (a "what's this?" box at the top and at the foot of the
    article): four lines or more in the same order at two places, none of them prose, a third of them
    found to be furniture in one copy or the other. The rest of the box goes with them; a title block
    said twice (a kicker, the title, a caption) has no furniture in it and stays, and so does the head of
    two posts by one member (a name, a rank, when they joined)."""
    filled = page.filled
    keys = [_key(page.lines[i]) for i in filled]
    where: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        where[key].append(k)
    for k in range(len(filled)):
        for m in where[keys[k]]:
            if m <= k or (k > 0 and m > 0 and keys[k - 1] == keys[m - 1]):
                continue  # only the start of a pair of copies, each pair once
            n = 0
            while m + n < len(filled) and k + n < m and keys[k + n] == keys[m + n]:
                n += 1
            block = filled[k : k + n] + filled[m : m + n]
            if n < _BLOCK_LINES or any(_personal(page, i) for i in block):
                continue
            # Each copy holds a control known by its own shape ("Share this"): a title block printed twice
            # may have its kicker taken for a menu item in one copy, and "said again" in the other.
            copies = (filled[k : k + n], filled[m : m + n])
            if not all(any(page.reasons.get(i) in _SHAPE_REASONS for i in copy) for copy in copies):
                continue
            if sum(1 for i in block if i in page.reasons) * _BLOCK_FOUND >= len(block):
                for i in block:
                    page.reasons.setdefault(i, "box printed twice")


def _personal(page: _Page, i: int) -> bool:
    """Line ``i`` is prose, a date or a person's name or handle the rules did not take ("Ann Roe",
    "greenarcher02"): what a post's head or the article says, never a widget's words."""
    line = page.lines[i]
    if is_prose(line) or _YEAR.search(line) or _STAMP.search(line):
        return True
    named = _NAME.fullmatch(line.strip()) or _HANDLE.fullmatch(line.strip())
    return i not in page.reasons and named is not None
