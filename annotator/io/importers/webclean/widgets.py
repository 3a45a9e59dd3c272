"""Buttons, counters and labels: interface words as whole lines (in the body only beside other furniture or
repeated), a site's menu of weak words, buttons of a few words, tags, categories and archive lists with
their counts, a table of contents beside its widget, advertising labels, prev / next links with the titles
they name."""

from __future__ import annotations

import re
from collections import Counter

from annotator.io.importers.webclean.comments import _after_stamp, _author
from annotator.io.importers.webclean.guards import _candidate
from annotator.io.importers.webclean.lines import (
    _EDIT_LINK,
    _MONTH,
    _NUMBERED,
    _SOURCE_LINE,
    _key,
    _sentence,
    _ui,
    _words,
    is_prose,
)
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.shapes import _BARE_COUNT, _NOUN_OF_COUNT, _glued, _reason
from annotator.io.importers.webclean.words import (
    _AD_TOPICS,
    _BUTTON,
    _CHROME_LABELS,
    _CONTENTS_HEADINGS,
    _COUNT_NOUNS,
    _LIST_LABEL,
    _WEAK,
    _WIDE_BUTTON,
    FURNITURE,
)


def _chrome_buttons(page: _Page) -> None:
    """In the page's chrome, a button of a few words ("Edit hub", "Add a page"), but not the title that
    the article's prose follows."""
    for i in page.filled:
        line = page.lines[i]
        bare = line.strip().removesuffix("...").rstrip("…")
        if i in page.reasons or not page.chrome(i) or _words(line) > 3 or _sentence(bare):
            continue
        if not _BUTTON.fullmatch(_ui(line)):
            continue
        k = page.position[i]
        if any(is_prose(page.lines[j]) for j in page.filled[k + 1 : k + 2]):
            continue
        page.reasons[i] = "page furniture"


def _interface_words(page: _Page) -> None:
    """Whole-line interface words. In the body, not an item of a list of short lines ("Print" among
    "Radio", "Film"), and a single word ("Reply", "Share") only beside other furniture or as a button
    the page repeats: alone between two paragraphs it may be the author's ("Reply" in a transcript)."""
    short = {i: _ui(page.lines[i]) for i in page.filled if _words(page.lines[i]) <= 6}
    counts: dict[str, int] = {}
    for key in short.values():
        counts[key] = counts.get(key, 0) + 1
    found = {
        i
        for i, key in short.items()
        if i not in page.reasons
        and (key in FURNITURE or (key in _CHROME_LABELS and page.outside(i)) or _weak_pair(key))
    }
    # On a page with no other furniture (a plain text), a weak word beside another weak word only is a
    # document's list ("Kontakt" / "Impressum" closing a brochure's contents), unless their run is a
    # site's menu.
    weak = {i for i in found if _weak(short[i])}
    weak_alone = set() if len(page.reasons) + len(found - weak) >= _OTHER_FURNITURE else weak
    for i in sorted(found):
        key = short[i]
        if page.continues(i):
            continue  # the end of a wrapped sentence ("… in a way" / "like this:")
        if key != "[edit]":
            run = page.short_run(i)
            menu = _site_menu(page, i, run, short, weak)
            ui = sum(1 for j in run if j in page.reasons or j in found)
            # A list the author wrote, unless the page says the word again and again ("Advertisement"
            # between the paragraphs, "Undo" under every comment): no list repeats its items so.
            if len(run) >= 3 and ui * 2 < len(run) and not page.outside(i) and counts[key] < 3:
                continue
            before, after = page.neighbours(i)
            beside = any(
                j is not None
                and ((j in page.reasons and j not in weak_alone) or (j in found and not {i, j} <= weak_alone))
                for j in (before, after)
            )
            if (_words(key) == 1 or i in weak) and not beside and counts[key] < 2 and not menu:
                continue
        page.reasons[i] = "page furniture" if key in FURNITURE or i in weak else "section label"


_OTHER_FURNITURE = 2  # lines of other furniture that show a web page, where weak words beside weak words go
_SITE_MENU_WORDS = 3  # different weak words in one run of short lines outside the article: a site's menu


def _weak(key: str) -> bool:
    return key in _WEAK or _weak_pair(key)


def _weak_pair(key: str) -> bool:
    """Two footer links in one line: "Impressum/Datenschutz", "Kontakt | Impressum"."""
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*", key)]
    return len(parts) >= 2 and all(p in _WEAK for p in parts)


def _site_menu(page: _Page, i: int, run: list[int], short: dict[int, str], weak: set[int]) -> bool:
    """Line ``i``, outside the article, stands in a run of short lines with three different weak words
    ("Archive", "Hilfe", "Impressum/Datenschutz", "Kontakt"): a site's menu, though none of its words is
    furniture alone. A document's contents under its heading are no menu."""
    if i not in weak or not page.outside(i):
        return False
    keys = {short[j] for j in run if j in weak}
    if any(short.get(j) in _CONTENTS_HEADINGS for j in run):
        return False
    return len(keys) >= _SITE_MENU_WORDS


_TAG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")


def _labelled_lists(page: _Page) -> None:
    """A "Tags" or "Categories:" label with its items on lines of their own, beside other furniture or in
    the chrome (a "Topics" heading over a list the author wrote, in the middle of the text, stays)."""
    for i in page.filled:
        if i in page.reasons or not _LIST_LABEL.fullmatch(page.lines[i].strip()):
            continue
        k = page.position[i] + 1
        items = []
        while k < len(page.filled) and len(items) < 15:
            j = page.filled[k]
            line = page.lines[j].strip()
            if _words(line) > 4 or _sentence(line) or "\t" in line or is_prose(line):
                break
            if _author(page, j) or _after_stamp(page, j) or _SOURCE_LINE.match(line):
                break  # the list has ended: a reader's name above the date of a comment, the article's source
            items.append(j)
            k += 1
        if not items:
            continue
        before, _ = page.neighbours(i)
        after = page.filled[k] if k < len(page.filled) else None
        if (
            page.outside(i)
            or (before is not None and before in page.reasons)
            or (after is not None and after in page.reasons)
        ):
            for j in [i, *items]:
                page.reasons.setdefault(j, "label")


def _between_furniture(page: _Page, vocabulary: set[str]) -> None:
    """A short line with furniture on both sides ("Share" / "Improve this answer" / "Follow"); in the
    page's chrome, up to three such lines."""
    marked = set(page.reasons)
    filled = page.filled
    k = 0
    while k < len(filled):
        if filled[k] in marked:
            k += 1
            continue
        start = k
        while k < len(filled) and filled[k] not in marked:
            k += 1
        gap = filled[start:k]
        before = filled[start - 1] if start > 0 else None
        after = filled[k] if k < len(filled) else None
        if not all(_candidate(page, j, vocabulary) for j in gap):
            continue  # stray prose only moves the chrome's edge: it may be a reader's comment
        if before is None or after is None:
            continue  # the first or last lines of the text: a title above a copyright line stays
        chrome = all(page.outside(j) for j in gap)
        if len(gap) == 1 or (chrome and len(gap) <= 3):
            for j in gap:
                page.reasons[j] = "beside furniture"


def _contents_lists(page: _Page) -> None:
    """A page's table of contents: numbered short lines ("1 Background", "2.1 Requisitions") whose titles
    the page repeats further down as its headings, with furniture of the contents widget beside them
    ("hide", "Toggle the table of contents"). A list of chapters the author gives stays: its titles are
    not headings of the text, and a book's contents list has no such furniture."""
    keys = {}
    for i in page.filled:
        keys.setdefault(_key(_EDIT_LINK.sub("", page.lines[i])), []).append(i)
    entries = []
    headings = []
    for i in page.filled:
        match = _NUMBERED.fullmatch(page.lines[i].strip())
        if i in page.reasons or not match or _words(page.lines[i]) > 9:
            continue
        later = [j for j in keys.get(_key(match.group(1)), ()) if j > i]
        later = [j for j in later if not _sentence(page.lines[j]) and _words(page.lines[j]) <= 8]
        if later:
            entries.append(i)
            headings += later
    if len(entries) < 3:
        return  # one numbered line that a heading repeats is no contents list
    # A book's own contents list is the book's: the page's has its widget's furniture beside it.
    ends = page.above(entries[0], 2) + page.below(entries[-1], 2)
    if any(j in page.reasons for j in ends):
        for i in entries:
            page.reasons[i] = "table of contents"
        page.headings.update(headings)  # what the contents list names is the text's own


def _outer_shapes(page: _Page) -> None:
    """Shapes that are furniture in the chrome, tried again where the chrome reaches past its own
    sentences (a banner above the logo): a bar of two links, glued links, a button of a few words."""
    for i in page.filled:
        if i in page.reasons or not page.outside(i) or page.wrapped(i):
            continue  # a line of the chrome is tried again: the chrome was narrower when it was first tried
        line = page.lines[i]
        if (reason := _reason(line, page.lines, i, True)) is not None:
            page.reasons[i] = reason
        elif _glued(line.strip()):
            page.reasons[i] = "navigation links"
        elif _words(line) <= 3 and not _sentence(line) and _WIDE_BUTTON.fullmatch(_ui(line)):
            _, after = page.neighbours(i)
            if after is None or not is_prose(page.lines[after]):  # not the title of what follows
                page.reasons[i] = "page furniture"


def _buttons_beside(page: _Page, vocabulary: set[str]) -> None:
    """A button of a few words ("Save article", "Visit Stack Exchange") beside other furniture, or as the
    last line of the page's tail."""
    for i in page.filled:
        line = page.lines[i]
        if _words(line) > 3 or _sentence(line) or not _candidate(page, i, vocabulary):
            continue
        before, after = page.neighbours(i)
        last = after is None and page.outside(i)  # the page's last line: "View Mobile Site"
        if _WIDE_BUTTON.fullmatch(_ui(line)) and (last or any(j in page.reasons for j in (before, after))):
            page.reasons[i] = "page furniture"


def _tag_runs(page: _Page) -> None:
    """Tags as a site prints them, lower-case and hyphenated, three or more in a row beside furniture
    ("soviet-union" / "famine" / "1930s")."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3 and any("-" in page.lines[j] for j in run):
            ends = page.above(run[0]) + page.below(run[-1])
            if any(j in page.reasons for j in ends):
                for j in run:
                    page.reasons[j] = "label"
        run.clear()

    for i in page.filled:
        if i not in page.reasons and _TAG.fullmatch(page.lines[i].strip()):
            run.append(i)
        else:
            close()
    close()


# A sponsored card's label glued to its advertiser's name: "SponsoredIFC Markets", "IFC MarketsSponsored".
_GLUED_SPONSOR = re.compile(r"Sponsored(?=[A-Z])[\w.&'’ -]{2,40}|[\w.&'’ -]{2,40}[a-z.]Sponsored")


def _ad_labels(page: _Page) -> None:
    """Advertising's labels that their shape alone does not tell: said twice or more on the page, or
    glued to an advertiser's name."""
    said = Counter(_ui(page.lines[i]) for i in page.filled)
    for i in page.filled:
        line = page.lines[i].strip()
        if i in page.reasons:
            continue
        if (_ui(line) in _AD_TOPICS and said[_ui(line)] >= 2) or _GLUED_SPONSOR.fullmatch(line):
            page.reasons[i] = "advertisement label"


def _split_counters(page: _Page) -> None:
    """A count and its noun on two lines ("1,204" / "Views")."""
    for i in page.filled:
        _, after = page.neighbours(i)
        if after is None or i in page.reasons or not _BARE_COUNT.fullmatch(page.lines[i].strip()):
            continue
        if re.fullmatch(rf"(?:{_COUNT_NOUNS})", _key(page.lines[after]), re.IGNORECASE):
            page.reasons[i] = "counter"
            page.reasons.setdefault(after, "counter")


def _bare_counts(page: _Page) -> None:
    """A bare count beside furniture: a score or a reputation ("14", "64.2k") by a post's buttons, or a
    count of anything ("3 Restacks")."""
    for i in page.filled:
        line = page.lines[i].strip()
        if i in page.reasons or not (_BARE_COUNT.fullmatch(line) or _NOUN_OF_COUNT.fullmatch(line)):
            continue
        if any(j is not None and j in page.reasons and j not in page.stray for j in page.neighbours(i)):
            page.reasons[i] = "counter"


_PREV_NEXT = re.compile(r"[←‹«<]?\s*(?:previous|prev|next|older|newer)\b(?:\s+\w+)?\s*[→›»>]?")


# An archive's or a category list's link with its count: "March 2023", "► November (2)", "JavaScript (141)".
_COUNTED_LINK = re.compile(
    rf"[►▼▸▾•]?\s*(?:{_MONTH}\s+(?:1[5-9]|20)\d\d(?:\s*\(\d[\d,]*\))?"
    rf"|(?:1[5-9]|20)\d\d\s+{_MONTH}(?:\s*\(\d[\d,]*\))?"  # year first: "2010 Oktober"
    r"|[^\W\d_][\w .&'’-]{0,40}?\s*\(\d[\d,]*\)|(?:1[5-9]|20)\d\d\s*\(\d[\d,]*\))"
)


def _link_titles(page: _Page) -> None:
    """The title of another post under its "Previous post" / "Next post →" link: a line of a few words
    with the page's furniture after it (the next link, the comments' counter), not prose's title."""
    for i in page.filled:
        line = page.lines[i]
        if i not in page.reasons or _words(line) > 3 or not _PREV_NEXT.fullmatch(_key(line)):
            continue
        _, title = page.neighbours(i)
        if title is None or title in page.reasons or title in page.fields:
            continue
        line = page.lines[title]
        if _words(line) > 12 or is_prose(line) or _sentence(line) or "\t" in line:
            continue
        _, after = page.neighbours(title)
        if after is None or after in page.reasons:
            page.reasons[title] = "navigation links"


def _counted_lists(page: _Page) -> None:
    """Three or more links of an archive or a category list in a row, each a month or a name with its
    count ("March 2023", "► November (2)", "JavaScript (141)"), and the short heading above them."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            for j in run:
                page.reasons.setdefault(j, "label")
            before, _ = page.neighbours(run[0])
            if before is not None and before not in page.fields and _words(page.lines[before]) <= 3:
                line = page.lines[before]
                if not _sentence(line) and not re.search(r"\d", line) and "\t" not in line:
                    page.reasons.setdefault(before, "label")  # "Archives", "Blog archive", "Labels"
        run.clear()

    for i in page.filled:
        if i not in page.fields and _COUNTED_LINK.fullmatch(page.lines[i].strip()):
            run.append(i)
        else:
            close()
    close()
