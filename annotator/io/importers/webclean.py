"""Web-capture clean-up: removing obvious page furniture from text copied or saved from a web page.

Optional and previewed (the UI shows every line it would remove, with the reason), because no rule can be
sure: a line is removed only when it is whole-line furniture ("Share", "Back to top", "[edit]"), a bar of
navigation links ("Home | About | Contact"), a hosting or copyright banner, or a short line repeated at
both the top and the bottom of the capture (a site banner). Everything else is left exactly as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole lines that are buttons, links or labels of a web page, compared case-insensitively.
FURNITURE = frozenset(
    {
        "[edit]",
        "edit",
        "open search",
        "search",
        "close search",
        "share",
        "share this",
        "share this article",
        "share this story",
        "tweet",
        "print",
        "print this page",
        "email",
        "email this",
        "back to top",
        "top",
        "skip to content",
        "skip to main content",
        "jump to navigation",
        "jump to search",
        "menu",
        "main menu",
        "navigation menu",
        "toggle navigation",
        "open menu",
        "close menu",
        "log in",
        "login",
        "sign in",
        "sign up",
        "register",
        "subscribe",
        "advertisement",
        "sponsored",
        "cookie settings",
        "accept cookies",
        "accept all cookies",
        "accept all",
        "reject all",
        "manage cookies",
        "read more",
        "continue reading",
        "open document",
        "download",
        "download pdf",
        "related articles",
        "related posts",
        "you may also like",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "reply",
        "permalink",
        "hide",
        "show",
        "(top)",
    }
)

_BANNER_PREFIXES = (
    "make your own free website",
    "create your own free website",
    "create a free website",
    "powered by ",
    "proudly powered by",
    "this site uses cookies",
    "this website uses cookies",
    "we use cookies",
    "skip to ",
    "more about ",
)
_PATTERNS = (
    (re.compile(r"\d[\d,.]*\s*words?\s*\d+\s*pages?", re.IGNORECASE), "word and page count"),
    (re.compile(r"(?:©|\(c\)|copyright\b).{0,120}", re.IGNORECASE), "copyright line"),
    (re.compile(r".{0,80}\ball rights reserved\.?", re.IGNORECASE), "copyright line"),
    (re.compile(r"(?:share|follow us) on \w+(?:\s*(?:,|and|or|\|)\s*\w+)*", re.IGNORECASE), "share button"),
)
_EDIT_LINK = re.compile(r"\s*\[edit\]\s*$", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s+[|·•»›]\s+|\s*\|\s*")
_EDGE_LINES = 15  # how far from the top and the bottom a repeated banner is looked for
_BANNER_WORDS = 12


@dataclass(frozen=True, slots=True)
class RemovedLine:
    number: int  # 1-based line number in the text before clean-up
    text: str  # what was removed (the whole line, or the "[edit]" at its end)
    reason: str


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    removed: tuple[RemovedLine, ...]


def _key(line: str) -> str:
    return " ".join(line.split()).casefold().strip(" \t•·›»×:")


def _nav_bar(line: str) -> bool:
    """Three or more short items separated by bars or bullets: a row of navigation links."""
    if not re.search(r"[|·•»›]", line):
        return False
    parts = [p for p in _NAV_SEPARATORS.split(line.strip()) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts)


def _reason(line: str) -> str | None:
    key = _key(line)
    if not key:
        return None
    if key in FURNITURE:
        return "page furniture"
    if key.startswith(_BANNER_PREFIXES) and len(key.split()) <= _BANNER_WORDS:
        return "site banner"
    for pattern, reason in _PATTERNS:
        if pattern.fullmatch(key):
            return reason
    if _nav_bar(line):
        return "navigation links"
    return None


def _repeated_banners(lines: list[str]) -> set[int]:
    """Indexes of short lines that occur both near the top and near the bottom of the capture."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    top, bottom = filled[:_EDGE_LINES], filled[-_EDGE_LINES:]
    found: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for i in top:
        by_key.setdefault(_key(lines[i]), []).append(i)
    for j in bottom:
        key = _key(lines[j])
        if len(key.split()) > _BANNER_WORDS:
            continue
        earlier = [i for i in by_key.get(key, ()) if i < j]
        if earlier:
            found.update(earlier)
            found.add(j)
    return found


def clean_web(text: str) -> CleanResult:
    """``text`` without the lines that are web-page furniture, and what was removed."""
    lines = text.split("\n")
    banners = _repeated_banners(lines)
    kept: list[str] = []
    removed: list[RemovedLine] = []
    for index, line in enumerate(lines):
        reason = "repeated banner" if index in banners else _reason(line)
        if reason is not None:
            removed.append(RemovedLine(index + 1, line, reason))
            continue
        edit = _EDIT_LINK.search(line)
        if edit and edit.start() > 0:
            removed.append(RemovedLine(index + 1, edit.group().strip(), "edit link"))
            line = line[: edit.start()]
        kept.append(line)
    if not removed:
        return CleanResult(text, ())
    # Removed furniture at the very top or bottom should not leave the text starting with blank lines.
    while kept and not kept[0].strip():
        kept.pop(0)
    result = "\n".join(kept).rstrip("\n")
    return CleanResult(result + "\n" if text.endswith("\n") else result, tuple(removed))
