"""A comment area: the author above a post's date, the reader's words under it, a user's name beside the
avatar, and the comment widget's prompts ("Write a comment…")."""

from __future__ import annotations

import re

from annotator.io.importers.webclean.lines import _LETTER_WORDS, _STAMP, _sentence, _ui, _words
from annotator.io.importers.webclean.page import _Page
from annotator.io.importers.webclean.words import _PROMPT, FURNITURE


def _chrome_prompts(page: _Page) -> None:
    """Prompts of a comment widget in the page's chrome, or beside other furniture without a sentence's
    end: "Start the discussion", "Write a comment…". In the body such a line can be the author's ("Start
    the discussion with the class."), so it stays."""
    for i in page.filled:
        line = page.lines[i]
        beside = any(j is not None and j in page.reasons for j in page.neighbours(i))
        if i in page.reasons or _words(line) > 10 or not _PROMPT.fullmatch(_ui(line)):
            continue
        if page.chrome(i) or (beside and not _sentence(line.rstrip().rstrip("…"))):
            page.reasons[i] = "empty prompt"  # "Write a comment…" under the comment widget's tabs


_OWNER = re.compile(
    r"(?:(?P<a>\S+?(?:\s\S+?){0,3})['’]s\s+(?:user\s+)?avatar|avatar\s+(?:of|for)\s+(?P<b>\S+))",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"@?[a-z][\w.]*(?:\d|_)[\w.]*|@\w+")


def _user_names(page: _Page) -> None:
    """Beside an avatar, the user's name: the name the avatar's text gives ("kolya1917's avatar" …
    "kolya1917"), or a handle ("@ivan", "ivan_h", "kolya1917"). A title beside an avatar stays."""
    for i, reason in list(page.reasons.items()):
        if reason != "avatar":
            continue
        owner = _OWNER.fullmatch(page.lines[i].strip())
        name = (owner.group("a") or owner.group("b")) if owner else None
        k = page.position[i]
        for j in page.filled[max(0, k - 2) : k + 3]:
            line = page.lines[j].strip()
            if j in page.reasons or _words(line) > 4:
                continue
            if (name and line.casefold() == name.casefold()) or (
                abs(page.position[j] - k) == 1 and _HANDLE.fullmatch(line)
            ):
                page.reasons[j] = "user name"


_AUTHOR_REACH = 5  # lines from a post's author down to its date


def _author(page: _Page, i: int) -> bool:
    """Line ``i`` is the name above the date of a post or comment ("nadia_s" / "5 years ago"), or above
    the short lines of a forum's post head that come before the date ("archivrat" / "Member" / "Posts:
    412" / "Tue Mar 05, 2013 7:41 pm"): then the first of them, after the furniture or text before it."""
    if _words(page.lines[i]) > 3:
        return False
    k = page.position[i]
    name = page.lines[i].strip()
    unmarked = 0
    # Up to five lines down: a forum's post head can hold a rank and the profile's lines found as furniture
    # ("Joined: Feb 2024", "Messages: 3") between the name and the date; still only one line not found.
    for n, after in enumerate(page.filled[k + 1 : k + 1 + _AUTHOR_REACH]):
        if _words(page.lines[after]) <= 8 and _STAMP.search(page.lines[after]):
            if n == 0:
                return True
            above = page.lines[page.filled[k + n]].strip()
            if page.filled[k + n] not in page.reasons:
                # The name is the line right above the date ("Search Comments" / "kamil"), unless that line
                # is the comment's head saying the name again with whom it answers ("Patrick Allanjnovo22"):
                # then the name is the profile card of the one who wrote it.
                return _glued_after(name, above)
            before = page.filled[k - 1] if k > 0 else None
            return before is None or before in page.reasons or _words(page.lines[before]) > 3
        unmarked += after not in page.reasons
        said = _glued_after(name, page.lines[after])
        if (_words(page.lines[after]) > 3 and not said) or unmarked > 1:
            return False  # more than a rank between the name and the date: the lines of a menu
    return False


def _glued_after(name: str, line: str) -> bool:
    """``line`` says ``name`` again with more glued to it: a reply's head, the name of whom it answers
    after it without a space ("Patrick Allanjnovo22"), not a teaser's byline ("Anna Berg in Archives")."""
    line = line.strip()
    glued = len(line) > len(name) and not line[len(name)].isspace()
    return len(name) >= 4 and glued and line.startswith(name)


def _after_stamp(page: _Page, i: int) -> bool:
    """Line ``i`` is the text of a post or comment: it comes right under its date ("15 February 2023 at
    08:05", "5 years ago") and is words, not a control of the page ("Reply" is found by its shape)."""
    before, _ = page.neighbours(i)
    if before is None or _words(page.lines[before]) > 8 or not _STAMP.search(page.lines[before]):
        return False
    return _ui(page.lines[i]) not in FURNITURE and bool(_LETTER_WORDS.search(page.lines[i]))
