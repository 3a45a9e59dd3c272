"""The site's own prose that closes a page: membership and donation appeals, subscription and newsletter
pitches written as sentences ("Support our journalism: become a member today."). They are sentences, so
the prose clusters take them for the article's last paragraphs and every tail rule keeps them. What
marks them is their address and their topic together: they speak to the reader ("you") or for the
site ("we", "our") and ask for a subscription, a membership, a donation or a sign-up, in words the
article around them does not use."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.lines import _stems_of, _words, is_prose
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.zone import _article_span, _paragraphs
from annotator.io.importers.webcontext import stoplist_for

# The reader spoken to, or the site speaking of itself.
_ADDRESS = re.compile(r"\b(?:you|your|yours|we|our|us|Sie|Ihre?n?|wir|unsere?[nmrs]?)\b", re.IGNORECASE)
# What such prose asks for: the words of a subscription, a membership, a donation or a newsletter.
_APPEAL = re.compile(
    r"\b(?:subscri(?:be|bed|ber|bers|bing|ption|ptions)|donat(?:e|es|ed|ion|ions|ing)|memberships?|"
    r"become a member|members[- ]only|newsletters?|sign(?:ing)? up|sign-up|free trial|unlimited access|"
    r"paywall|inbox|support (?:us|our \w+)|abonnieren|Abonnement|Abos?|Mitglied(?:schaft)?|spenden)\b",
    re.IGNORECASE,
)
# A note of the article's own that may speak to the reader: a correction, the sources, a quotation.
_OWN_NOTE = re.compile(
    r"\b(?:correct(?:ion|ed)|clarif(?:ication|ied)|earlier version|editor['’]s note|sources?|"
    r"interview(?:s|ed)?|contributed|reporting|wrote|said|says)\b",
    re.IGNORECASE,
)
_QUOTE_OPENERS = ('"', "“", "„", "«", "‘", "'")

_APPEAL_WORDS = 120  # an appeal is a paragraph of a few sentences, not a page of them
_APPEAL_LEAST = 4  # words (stopwords left out) an appeal holds at least, to judge its vocabulary
_APPEAL_SHARE = 4  # an appeal shares at most one in so many of its words with the article
_KEEP_PARAGRAPHS = 2  # prose paragraphs of the article that must stay above the appeals
_CALL_WORDS = 8  # words of a call without a full stop after the article: no button's or menu's


def _appeal(text: str, vocabulary: set[str], stopwords: frozenset[str]) -> bool:
    """``text`` (a paragraph) asks the reader for a subscription, a membership, a donation or a sign-up,
    in words the article does not use; a closing quotation, a correction or a note on sources is the
    article's."""
    if len(text.split()) > _APPEAL_WORDS or text.lstrip().startswith(_QUOTE_OPENERS):
        return False
    if _OWN_NOTE.search(text):
        return False
    asks = {m.casefold() for m in _APPEAL.findall(text)}
    if not asks or not (_ADDRESS.search(text) or len(asks) >= 2):
        return False
    # Stricter than ``_foreign``'s half: an article's last paragraph may bring half its words new (a
    # closing thought), an appeal shares at most the odd "news" or "story" with it.
    stems = _stems_of(text, stopwords)
    shared = sum(1 for w in stems if w in vocabulary)
    return len(stems) >= _APPEAL_LEAST and shared * _APPEAL_SHARE <= len(stems)


def _candidate(page: _Page, i: int, end: int) -> bool:
    """Line ``i`` may be an appeal's: prose not yet found furniture, or after the article's ``end`` a line of
    a sentence's length without its full stop ("Subscribe to our letter to get the stories first")."""
    if i in page.reasons:
        return False
    line = page.lines[i]
    return i in page.prose or is_prose(line) or (i > end and _words(line) >= _CALL_WORDS)


def _site_appeals(page: _Page) -> None:
    """The prose paragraphs that close the article's span, read from its end up, and those after it, that
    are appeals of the site (``_appeal``): they go, and the span ends above them, so the tail rules reach
    what stands among them. The walk up stops at the first prose paragraph that is no appeal: the
    article's own last paragraph, whatever follows it, stays. Two prose paragraphs always stay above."""
    # Cheap first: most pages hold no line of an appeal's words beside the buttons already found.
    if not any(i not in page.reasons and _APPEAL.search(page.lines[i]) for i in page.filled):
        return
    span = _article_span(page)
    if span is None:
        return
    start, end = span
    paragraphs = [p for p in _paragraphs(page, start, page.filled[-1]) if p]
    prose = [p for p in paragraphs if any(_candidate(page, i, end) for i in p)]
    if len(prose) <= _KEEP_PARAGRAPHS:
        return
    # A paragraph's words without its lines already found furniture (a "Subscribe" button beside a line
    # of small print is no appeal of that line's).
    texts = [" ".join(page.lines[i].strip() for i in p if i not in page.reasons) for p in prose]
    stopwords = frozenset[str]()
    stems: list[set[str]] = []
    found: list[int] = []
    for n in range(len(prose) - 1, _KEEP_PARAGRAPHS - 1, -1):
        if not _APPEAL.search(texts[n]):
            if prose[n][0] <= end:
                break  # the article's own last paragraph
            continue  # after the span: a comment or a teaser, left to the other rules
        if not stems:  # read only once a paragraph asks: the walk mostly stops at the article's end
            stopwords = stoplist_for(texts)
            stems = [set(_stems_of(t, stopwords)) for t in texts]
        # The article's words: its span's other paragraphs, not the teasers and comments after it.
        article = (m for m in range(len(prose)) if m != n and m not in found and prose[m][0] <= end)
        vocabulary = set().union(*(stems[m] for m in article))
        if _appeal(texts[n], vocabulary, stopwords):
            found.append(n)
        elif prose[n][0] <= end:
            break
    for n in found:
        for i in prose[n]:
            # A line of its own words beside the appeal (a disclaimer, a copyright) is not the appeal's.
            if _candidate(page, i, end) and (_APPEAL.search(page.lines[i]) or _ADDRESS.search(page.lines[i])):
                page.reasons.setdefault(i, "site appeal")
