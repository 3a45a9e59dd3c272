"""What the rules of neighbours never take, and what a line is in its page: a title the prose follows, a
dated line, a record's field, a line in the article's words (``_kept``), where the article begins
(``_begins``), a headline of another story and an article's title above its byline."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.comments import _after_stamp, _author
from annotator.io.importers.webclean.lines import (
    _LETTER_WORDS,
    _SHORT,
    _SOURCE_LINE,
    _STAMP,
    _TIME_STAMP,
    _YEAR,
    _key,
    _sentence,
    _stems_of,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.shapes import _COUNTER


def _vocabulary(page: _Page) -> set[str]:
    """The words of the article: of its running prose (not of stray prose in the chrome) and of the other
    lines of some length that are not furniture (a post's "by archivrat » Tue Mar 05" names its author)."""
    vocabulary: set[str] = set()
    for i in page.filled:
        if i not in page.reasons and i not in page.stray:
            vocabulary |= page.stems(i)
    return vocabulary


def _titles(page: _Page, i: int) -> bool:
    """Line ``i`` is the title of prose that follows within a few lines and begins with its words
    ("Gosplan" / an infobox / "Gosplan (the State Planning Committee) was…")."""
    head = re.sub(r"^(?:the|a|an)\s+", "", _key(page.lines[i]))
    first = " ".join(head.split()[:3])
    if len(first) < 4:
        return False
    k = page.position[i]
    for j in page.filled[k + 1 : k + 8]:
        if j in page.reasons or not is_prose(page.lines[j]):
            continue
        lead = re.sub(r"^(?:the|a|an)\s+", "", _key(page.lines[j]))
        if lead.startswith(first):
            return True
    return False


def _kept(page: _Page, i: int, vocabulary: set[str], stopwords: frozenset[str] = frozenset()) -> bool:
    """Lines that evidence around them never removes: a table row, a title or heading that the article's
    prose follows, a line most of whose words the article uses (its title, a name it discusses), those
    words counted without ``stopwords`` when given (every text uses "No")."""
    line = page.lines[i]
    if "\t" in line or (is_prose(line) and i not in page.stray):
        return True
    if _YEAR.search(line) and _LETTER_WORDS.search(line):
        return True  # a dated line: when a post or a reply was written is part of the record
    if _words(line) <= _SHORT and _STAMP.search(line) and not _COUNTER.fullmatch(_key(line)):
        return True  # a post's date without its year ("Feb 9"): the record's too
    _, following = page.neighbours(i)
    stamp = following is not None and _words(page.lines[following]) <= 6
    if stamp and _words(line) <= 3 and _TIME_STAMP.search(page.lines[following]):
        return True  # who wrote a post, above when: "grain_and_ink" / "• 3y ago"
    if _after_stamp(page, i):
        return True  # what a reader wrote under the date, however short: "Thank you!"
    if i in page.fields or _SOURCE_LINE.match(line):
        return True  # a record's field and its value: "Author" / "Conquest, Robert."
    if _author(page, i):
        return True  # who wrote a post, above its rank and count and the date
    if i in page.headings:
        return True  # a heading the page's own table of contents lists
    k = page.position[i] + 1
    while k < len(page.filled) and page.filled[k] in page.reasons:
        k += 1
    after = page.filled[k] if k < len(page.filled) else None
    if after is not None and after not in page.stray and is_prose(page.lines[after]):
        return True  # a heading: the prose after it, past an "[edit]" or a button, is the article's
    words = _stems_of(line, stopwords)
    return bool(words) and sum(1 for w in words if w in vocabulary) * 2 > len(words)


def _candidate(page: _Page, i: int, vocabulary: set[str]) -> bool:
    line = page.lines[i]
    return (
        i not in page.reasons
        and i not in page.said_again
        and bool(re.search(r"\w", line))
        and _words(line) <= 8
        and (not is_prose(line))
        and not page.continues(i)
        and not _kept(page, i, vocabulary)
    )


def _begins(page: _Page, edge: int, after: bool) -> bool:
    """The line ``edge`` beside a run of links is content the run's unmarked end may belong to: a record's
    field, a reader's name or comment, the article's prose (before the run), or a line the article's
    prose follows closely, as it follows its title, subtitle and byline."""
    if edge in page.fields or _author(page, edge) or _after_stamp(page, edge):
        return True

    def article(j: int) -> bool:
        line = page.lines[j]
        if j in page.reasons or j in page.stray:
            return False
        # A page without a line of running prose is a short article of short sentences (or no article):
        # there a sentence of five words or more is where its text begins.
        return is_prose(line) or (page.last_prose < 0 and _sentence(line) and _words(line) >= 5)

    if not after and article(edge):
        return True
    # The article's prose within five lines that are not furniture: a title, its subtitle, a byline.
    seen = 0
    for j in page.filled[page.position[edge] :]:
        if j in page.reasons:
            continue
        if article(j):
            return True
        seen += 1
        if seen == 5:
            break
    return False


_TAIL_WORDS = 18  # a headline of another story, not running prose (that has twenty words or ends a sentence)


# A byline: "By" (or its German, French, Spanish, Dutch, Scandinavian word) and a name of two or three
# capitalised words ("By GILLIAN MOHNEY March 11, 2015"), not a menu's "By region".
_BYLINE = re.compile(
    r"(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR|Av|AV)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\b"
)
_HEADLINE_WORDS = 4


def _above_byline(page: _Page, i: int) -> bool:
    """Line ``i`` is a headline of four words or more right above a byline: an article's title, however far
    a video player's controls or a column of teasers put it from the article's prose."""
    k = page.position[i]
    after = page.filled[k + 1] if k + 1 < len(page.filled) else None
    if after is None or _words(page.lines[i]) < _HEADLINE_WORDS or _sentence(page.lines[i]):
        return False
    return _BYLINE.match(page.lines[after].strip()) is not None


_SERIES_HEADLINE_WORDS = (3, _TAIL_WORDS)


def _headline(page: _Page, i: int) -> bool:
    """Line ``i`` is a headline of another story as a teaser prints it: words, capitalised, no sentence
    end, no date, no cell of a table, no record's field."""
    line = page.lines[i].strip()
    words = _words(line)
    return (
        _SERIES_HEADLINE_WORDS[0] <= words <= _SERIES_HEADLINE_WORDS[1]
        and line[:1].isupper()
        and not line.endswith((".", "!", "?", ":", ";", ",", "…", "。"))
        and not is_prose(line)
        and "\t" not in page.lines[i]
        and not _YEAR.search(line)
        and not _STAMP.search(line)
        and i not in page.fields
        and i not in page.tables
    )
