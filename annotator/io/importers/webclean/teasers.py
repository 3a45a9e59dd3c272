"""Other stories on the page: "Related …" blocks and their cards, a series of teasers each ending with "Read
more", headlines said twice (a card's picture and link), a series of teasers between the article's
paragraphs, and lists of other stories' headlines outside the article."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from annotator.io.importers.webclean.guards import _SERIES_HEADLINE_WORDS, _headline, _kept, _titles
from annotator.io.importers.webclean.lines import (
    _LETTER_WORDS,
    _MONTH_YEAR,
    _STAMP,
    _foreign,
    _key,
    _named,
    _sentence,
    _stems_of,
    _ui,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _article, _Page
from annotator.io.importers.webclean.shapes import _ARROWS
from annotator.io.importers.webclean.words import _MORE_BUTTON, _MORE_OF_SITE, _RELATED
from annotator.io.importers.webclean.zone import _article_span
from annotator.io.importers.webcontext import stoplist_for

_CARD_ARTICLE_LINES = 40  # paragraphs above a label of cards that the article's words are read from
_CARDS = 2  # other stories' cards (a headline and its sentence) that make a block of teasers
_BLURB_WORDS = 60


def _card_blurb(page: _Page, label: int, above: int, j: int, foreign: Callable[[int, int], bool]) -> bool:
    """Line ``j`` is the sentence of another story's card, under its headline ``above``: a short line of
    prose that ends as a sentence does (a long headline does not), and both it and the headline speak of
    other things than the article (most of their words, the language's common ones left out, are not the
    article's)."""
    if not _card_headline(page, above):
        return False
    line = page.lines[j]
    return _words(line) <= _BLURB_WORDS and _sentence(line) and foreign(label, above) and foreign(label, j)


def _card_headline(page: _Page, i: int) -> bool:
    """Line ``i`` may head another story's card: up to sixteen words, no sentence, no prose, not found."""
    headline = page.lines[i]
    return not (_words(headline) > 16 or _sentence(headline) or is_prose(headline) or i in page.reasons)


def _signed_card(page: _Page, above: int, j: int, stopwords: Callable[[], frozenset[str]]) -> bool:
    """Line ``j`` is the sentence of another piece's card signed by its authors: under its headline
    ``above``, a sentence, then a line of names only ("Ann Roe, Bo Lind"; none of the language's
    ``stopwords``). The shape of a list of other pieces whatever their words: a review's related essays
    speak of its subject."""
    line = page.lines[j]
    if not _card_headline(page, above) or _words(line) > _BLURB_WORDS or not _sentence(line):
        return False
    _, after = page.neighbours(j)
    return after is not None and after not in page.reasons and _named(page.lines[after], stopwords())


_STORY_LINES = 3  # filled lines of another story's teaser between two of its buttons (headline, blurb)
_STORY_BUTTONS = 3  # teasers in a row that make a series
_STORY_BUTTONS_ALONE = 5  # ... under an article too short to tell its words from theirs


def _read_the_rest(page: _Page) -> None:
    """After the article, other stories each ending with the same button: a headline, a sentence or
    two, "READ THE REST", three times at least and as regular as a template. The first teaser is as long
    as the second. Each teaser's headline speaks of other things than the article above the series (a
    blog's front page of excerpts, whose posts share its words, stays), and the article comes first:
    prose above the series. Under an article of one paragraph, too short to compare words with, five
    teasers at least make the series."""
    words = [
        i for i in page.filled if _words(page.lines[i]) <= 5 and _MORE_BUTTON.fullmatch(_ui(page.lines[i]))
    ]
    arrows = [i for i in page.filled if _ARROWS.fullmatch(page.lines[i].strip())]  # "»»»", "→" alone
    for buttons in (words, arrows):  # one kind of button in a series
        if len(buttons) >= _STORY_BUTTONS:
            _story_series(page, buttons)


def _story_series(page: _Page, buttons: list[int]) -> None:
    runs: list[list[int]] = [[buttons[0]]]
    for b in buttons[1:]:
        gap = page.position[b] - page.position[runs[-1][-1]] - 1
        if 1 <= gap <= _STORY_LINES:
            runs[-1].append(b)
        else:
            runs.append([b])
    foreign = _foreign_to_article(page)
    for run in runs:
        if len(run) < _STORY_BUTTONS:
            continue
        first = page.position[run[0]]
        start = first - (page.position[run[1]] - first - 1)
        if start < 0:
            continue
        label = page.filled[start]
        above = sum(1 for i in page.prose if i < label and i not in page.reasons)
        if above < 1:
            continue  # a blog's front page: its first excerpt opens the series
        heads = [page.filled[start]] + [page.filled[page.position[b] + 1] for b in run[:-1]]
        if above >= 2 and not all(foreign(label, h) for h in heads):
            continue
        if above < 2 and len(run) < _STORY_BUTTONS_ALONE:
            continue  # an article of one paragraph has too few words to compare: a longer series only
        for k in range(start, page.position[run[-1]] + 1):
            page.reasons.setdefault(page.filled[k], "teaser series")


def _related_blocks(page: _Page) -> None:
    """A "Related Hubs" heading and the short links under it, when no prose follows it; a table row or a
    line whose words the article uses (its title above an infobox) ends the block. Other stories' cards
    under such a label (a headline, then a sentence of its own on other things than the article's) are
    the block's too: two of them make it one, whatever follows."""
    foreign = _foreign_to_article(page)
    read: list[frozenset[str]] = []

    def stopwords() -> frozenset[str]:
        """The article's language's common words, read once, when a signed card is first tried."""
        if not read:
            read.append(stoplist_for(page.lines[n] for n in _article(page)))
        return read[0]

    for i in page.filled:
        line = page.lines[i].strip()
        # "More Soviet Archives Wiki": more of a site, named in capitals, after the article.
        more = page.outside(i) and _MORE_OF_SITE.fullmatch(line)
        if _words(line) > 8 or not (more or _RELATED.fullmatch(_key(line))):
            continue
        block = []
        cards = 0
        first_card: tuple[int, int] | None = None  # where the first card's sentence stands: (k, len(block))
        k = page.position[i] + 1
        while k < len(page.filled):
            j = page.filled[k]
            line = page.lines[j]
            # a headline may ask or exclaim: "Why did medieval armies…?", "Flag on the Play!"
            headline = _words(line) <= 16 and line.rstrip().endswith(("?", "!"))
            if not headline and (is_prose(line) or (_sentence(line) and j not in page.reasons)):
                card = block and block[-1] == page.filled[k - 1]
                if card and (
                    _card_blurb(page, i, block[-1], j, foreign) or _signed_card(page, block[-1], j, stopwords)
                ):
                    cards += 1  # another story's card: its headline, then a sentence of its own
                    first_card = first_card or (k, len(block))
                    block.append(j)
                    k += 1
                    continue
                break
            if _words(line) > (10 if _sentence(line) and not headline else 16) or "\t" in line:
                break
            if j not in page.reasons and _titles(page, j):
                break
            block.append(j)
            k += 1
        if first_card is not None and cards < _CARDS:
            k, size = first_card  # one sentence under a headline is no series of cards: the block ends there
            block = block[:size]
        # Other furniture or the end of the page ends the block; so does prose after the article (the
        # page's tail). Before the article, the prose it reaches is the article's, under its title.
        tail = page.chrome(i) and i > page.last_prose
        ended = k >= len(page.filled) or page.filled[k] in page.reasons or tail or cards >= _CARDS
        if not ended:
            continue  # a heading the author wrote, with prose under it
        page.reasons.setdefault(i, "related links")
        for j in block:
            page.reasons.setdefault(j, "related links")


def _foreign_to_article(page: _Page) -> Callable[[int, int], bool]:
    """Whether most of line ``j``'s words (the language's common ones left out) are not those of the
    article above line ``label``: its prose before the label (the cards of other stories follow it), two
    paragraphs at least, or no line is foreign. The article is read in its last paragraphs before the
    label (a long capture holds many pages), once per label for the whole clean-up."""
    vocabularies = page.card_words

    def foreign(label: int, j: int) -> bool:
        if label not in vocabularies:
            above = [n for n in page.prose if n < label and n not in page.reasons and n not in page.stray]
            article = above[-_CARD_ARTICLE_LINES:]
            if len(article) < 2:
                vocabularies[label] = None
            else:
                words: set[str] = set()
                for n in article:
                    words |= set(_stems_of(page.lines[n]))
                # the page's language, read once: from the article above the first label asked about
                stopwords = next((read[0] for read in vocabularies.values() if read is not None), None)
                if stopwords is None:
                    stopwords = stoplist_for(page.lines[n] for n in article)
                vocabularies[label] = (stopwords, words)
        read = vocabularies[label]
        if read is None:
            return False
        stopwords, words = read
        return _foreign(page.lines[j], words, stopwords)

    return foreign


def _doubled_cards(page: _Page) -> None:
    """Cards of other stories: a headline of three words or more said twice in a row (the picture's text
    and the link's), three such cards on the page at least. A title the article's prose follows stays, and
    so does one in the words of the article's prose."""
    pairs = []
    for a, b in pairwise(page.filled):
        line = page.lines[a]
        if not 3 <= _words(line) <= 14 or is_prose(line) or "\t" in line or _key(line) != _key(page.lines[b]):
            continue  # a headline, not a word a page may well say twice ("link" / "link")
        if not _LETTER_WORDS.search(line) or a in page.fields:
            continue
        pairs.append((a, b))
    if len({_key(page.lines[a]) for a, _ in pairs}) < 3:
        return
    # The article's own title may be said twice too (its picture's text and its heading): most of its
    # words are those of the article's prose, which the cards' headlines, of other stories, are not.
    article = _article(page)
    vocabulary: set[str] = set()
    for i in article:
        vocabulary |= page.stems(i)
    stopwords = stoplist_for(page.lines[i] for i in article)
    for a, b in pairs:
        if not _kept(page, b, vocabulary, stopwords) and not _kept(page, a, vocabulary, stopwords):
            page.reasons.setdefault(a, "related links")
            page.reasons.setdefault(b, "related links")
    _doubled_questions(page, stopwords)


_QUESTION_WORDS = (3, 14)


def _heads_prose(page: _Page, i: int) -> bool:
    """The first line after ``i`` that is not furniture is prose said once: ``i`` is a section's title."""
    following = next((j for j in page.filled[page.position[i] + 1 :] if j not in page.reasons), None)
    if following is None or not is_prose(page.lines[following]):
        return False
    _, after = page.neighbours(following)
    return after is None or _key(page.lines[after]) != _key(page.lines[following])


def _doubled_questions(page: _Page, stopwords: frozenset[str]) -> None:
    """A card said twice whose headline reads as a sentence ("Is the archive still open?", "And then
    what...") goes when it stands right beside another card of the column: the doubling is the card's
    shape, the punctuation is its headline's. A line ending in a full stop stays, and so does a line said
    twice with no card beside it (the article's closing question), and so does the article's title said
    twice among the cards (most of its words those of the article's prose said once, or such prose
    follows it). The article's zone is no guard here: its span often runs over such a column, whose
    headlines read as prose."""
    pairs = pairwise(page.filled)
    doubled = {i for a, b in pairs if _key(page.lines[a]) == _key(page.lines[b]) for i in (a, b)}
    vocabulary: set[str] = set()
    for i in _article(page) - doubled:  # the cards' headlines read as prose: their words are no evidence
        vocabulary |= page.stems(i)
    found = True
    while found:
        found = False
        for a, b in pairwise(page.filled):
            line = page.lines[a].strip()
            if a in page.reasons or b in page.reasons or _key(line) != _key(page.lines[b]):
                continue
            stop = line.endswith("。") or (line.endswith(".") and not line.endswith(".."))
            if stop or not _QUESTION_WORDS[0] <= _words(line) <= _QUESTION_WORDS[1]:
                continue  # a sentence's full stop, not a headline trailing off ("…", "...")
            if "\t" in line or a in page.fields or _STAMP.search(line) or _heads_prose(page, b):
                continue
            stems = _stems_of(line, stopwords)
            if stems and sum(1 for w in stems if w in vocabulary) * 2 > len(stems):
                continue
            beside = page.above(a, 1) + page.below(b, 1)
            if any(page.reasons.get(j) == "related links" for j in beside):
                page.reasons[a] = page.reasons[b] = "related links"
                found = True


_SERIES_LABEL_WORDS = 4  # "Czytaj także", "Související", "Other People Are Reading", "Read more:"
_SERIES_HEADLINES = (2, 5)  # teasers of other stories a series shows


def _teaser_series(page: _Page) -> None:
    """Inside the article, between two of its paragraphs, a series of teasers of other stories: a label
    of a few words ("Czytaj także", "Related") and two to five headlines under it, then the article goes
    on (its prose, or a heading and its prose). One heading and a subtitle above a paragraph stay, as does
    any line the article's paragraphs follow closely in another shape (a date, a table, a sentence)."""
    span = _article_span(page)
    if span is None:
        return
    start, end = span

    def paragraph(j: int | None) -> bool:
        return j is not None and j not in page.reasons and is_prose(page.lines[j]) and j not in page.stray

    # Another story's headline speaks of other things: most of its words (the language's common ones left
    # out) are not the article's. A list, a caption or a heading of the article uses the article's words.
    vocabulary: list[tuple[frozenset[str], set[str]]] = []  # read once, when a series is first found

    def foreign(j: int) -> bool:
        if not vocabulary:
            article = [n for n in page.prose if start <= n <= end and paragraph(n)]
            stems_of = {stem for n in article for stem in _stems_of(page.lines[n])}
            vocabulary.append((stoplist_for(page.lines[n] for n in article), stems_of))
        stopwords, words = vocabulary[0]
        return _foreign(page.lines[j], words, stopwords)

    for k, i in enumerate(page.filled):
        if not start < i < end or i in page.reasons:
            continue
        label = page.lines[i].strip()
        if not (1 <= _words(label) <= _SERIES_LABEL_WORDS) or any(c.isdigit() for c in label):
            continue
        if _sentence(label.removesuffix(":")) or "\t" in page.lines[i] or i in page.fields:
            continue
        before = page.filled[k - 1] if k > 0 else None
        if not paragraph(before):
            continue  # the series stands right under a paragraph of the article
        series: list[int] = []
        for j in page.filled[k + 1 : k + 2 + _SERIES_HEADLINES[1]]:
            if j in page.reasons or not _headline(page, j) or page.continues(j) or page.wrapped(j):
                break
            series.append(j)
        if len(series) < _SERIES_HEADLINES[0]:
            continue
        n = page.position[series[-1]] + 1
        after = page.filled[n] if n < len(page.filled) else None
        if after is None or after > end:
            continue
        if paragraph(after):
            series.pop()  # the line right above a paragraph is its heading, however much it looks a teaser
        else:
            # The article goes on under a heading of its own (a line too long or too short for a
            # headline, or ending a sentence, is no such heading: no series ends there).
            later = page.filled[n + 1] if n + 1 < len(page.filled) else None
            if not (_words(page.lines[after]) <= _SERIES_HEADLINE_WORDS[1] and paragraph(later)):
                continue
        if len(series) < _SERIES_HEADLINES[0] or not all(foreign(j) for j in series):
            continue
        for j in (i, *series):
            page.reasons.setdefault(j, "teaser series")


_LISTED_HEADLINES = 4  # other stories' headlines in a row, outside the article, that make a list of them
_LISTED_HEADLINE_WORDS = (4, 16)
_NOT_HEADLINE = re.compile(r"\s*\d{1,4}\s*[.:)]|.*\((?:1[5-9]|20)\d\d\)|.*,.*,")


def _listed_headline(page: _Page, i: int) -> bool:
    """Line ``i`` may be another story's headline: a line of four to sixteen words outside the article,
    no sentence, no table row, no field, no dated or numbered entry ("1932: …", "3. Kapitel") and no
    reference ("Conquest, Robert (1986) …")."""
    line = page.lines[i]
    low, high = _LISTED_HEADLINE_WORDS
    if not low <= _words(line) <= high or _sentence(line) or "\t" in line or i in page.fields:
        return False
    if _NOT_HEADLINE.match(line) or _STAMP.search(line) or _MONTH_YEAR.search(line):
        return False
    first = line.lstrip()[:1]
    return page.outside(i) and (first.isupper() or first.isdigit() or first in "\"'“‘„«")


def _headline_lists(page: _Page) -> None:
    """Outside the article, four or more lines in a row that are headlines of other stories: each of a few
    words, no sentence, and most of them in words the article does not use (a report's contents use its
    words, a chronology is dated, a list of sources names authors and years), beside furniture or the
    page's edge. The lists of "Most read", "Top stories" and the sections' latest stories, often under a
    label no list holds or none."""
    article = [n for n in page.prose if n not in page.reasons and n not in page.stray]
    if len(article) < 2:
        return
    stopwords = stoplist_for(page.lines[n] for n in article)
    words = {stem for n in article for stem in _stems_of(page.lines[n])}

    def foreign(j: int) -> bool:
        return _foreign(page.lines[j], words, stopwords, least=2)

    run: list[int] = []

    def close() -> None:
        if len(run) >= _LISTED_HEADLINES and sum(1 for j in run if foreign(j)) * 4 >= len(run) * 3:
            k0, k1 = page.position[run[0]], page.position[run[-1]]
            ends = page.above(run[0]) + page.below(run[-1])
            # beside furniture, the page's edge, or a label or menu item of a few words
            short = any(_words(page.lines[j]) <= 3 and not _sentence(page.lines[j]) for j in ends)
            if k0 == 0 or k1 == len(page.filled) - 1 or short or any(j in page.reasons for j in ends):
                for j in run:
                    if foreign(j):
                        page.reasons.setdefault(j, "other stories")
        run.clear()

    for i in page.filled:
        if i not in page.reasons and _listed_headline(page, i):
            run.append(i)
        else:
            close()
    close()
