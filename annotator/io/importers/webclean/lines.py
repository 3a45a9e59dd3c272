"""What every rule asks of a line: its words (Chinese and Japanese counted by characters), whether it is a
sentence, running prose, a date or a name, its key as an interface word, and the line measures the rules
share."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.structure.articles import is_prose as _spaced_prose

_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source| source)?\s*\]\s*$", re.IGNORECASE)


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O")
_EDGE_LINES = 15  # how far from the top and the bottom a repeated banner is looked for
_SHORT = 5  # words of a short line (a list item, a link)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold().strip(" \t•·›»×:*")


# Pictographs after a button's words ("antworten ✍️", "Reply 💬"), with their joiners and variation marks.
_EMOJI_TAIL = re.compile(r"[\s\u200d\ufe0e\ufe0f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]+$")


def _ui(line: str) -> str:
    """The words of a button or label, without the dots or a pictograph after it ("Add a comment…",
    "Read more...", "antworten ✍️")."""
    key = _key(line)
    if key and key[-1] > "\u2000":
        key = _EMOJI_TAIL.sub("", key)
    return key.removesuffix("...").strip("…!›»→←‹«<>▾▼▸►◂◀▶ ")


# Chinese and Japanese are written without spaces between words: their characters are counted instead, two
# to a word (words of these languages are one to three characters long), so that a menu item ("意識調査")
# is a short line and a paragraph a long one, as in languages that put spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_UNSPACED_PROSE = 40  # characters of such a line ending a sentence that make running prose
_UNSPACED_SENTENCE = re.compile(r"[。！？](?:[」』”）)]|（[^（）]{1,30}）)?\s*$")  # "…上。（编译/林靖东）"


@lru_cache(maxsize=1 << 16)
def _words(line: str) -> int:
    unspaced = len(_UNSPACED.findall(line))
    if not unspaced:
        return len(line.split())
    return len(_UNSPACED.sub(" ", line).split()) + (unspaced + 1) // 2


def _sentence(line: str) -> bool:
    return bool(re.search(r"[.!?…]\s*[\"”’)]?\s*$", line.strip()) or _UNSPACED_SENTENCE.search(line))


def _capital(line: str) -> bool:
    """The line begins as a link's or a heading's text does: in capitals, or with a letter of a script
    without capitals ("科技"), or with no letter."""
    first = line.lstrip()[:1]
    return first.isupper() or not first.isalpha() or first.lower() == first.upper()


@lru_cache(maxsize=1 << 16)
def is_prose(line: str) -> bool:
    """Running text (``articles.is_prose``), also in a script written without spaces: a line of forty
    such characters or more that ends a sentence ("。"); a headline ("…背后有哪些原因？") is shorter or ends
    none."""
    if _spaced_prose(line):
        return True
    if not _UNSPACED_SENTENCE.search(line):
        return False
    return len(_UNSPACED.findall(line)) >= _UNSPACED_PROSE


def _wordy(line: str) -> bool:
    """Words, as a banner or a link has, not code or data ("{", "},", '"Source": "user",', "^^^^")."""
    if re.fullmatch(r"\s*[\w-]+:\s.*", line) and not re.search(r"\s[|·•]\s", line):
        return False  # a header field ("MIME-Version: 1.0", "Next chapter: …"), not a banner
    return bool(re.search(r"[^\W\d_]{3,}", line)) and not re.search(r"[{}\[\]\"=\\;<>*_|$^]|--|::", line)


# A person named by initials and surname ("F. Kooman", "J. R. Smith"): no site's banner.
_PERSON = re.compile(r"(?:[A-Z]\.\s?){1,3}\s*[A-Z][\w'’-]+")


def _wrapped(lines: list[str], i: int) -> bool:
    """Line ``i`` is a piece of a hard-wrapped paragraph: a line of some words that does not end its
    sentence with the next line going on, or one that begins in lower case under such a line."""
    line = lines[i]
    if _words(line) >= 6 and not _sentence(line) and i + 1 < len(lines) and lines[i + 1].strip():
        return not lines[i + 1].lstrip()[:1].isupper() or line.rstrip().endswith((",", ";"))
    before = lines[i - 1] if i > 0 else ""
    return bool(line.lstrip()[:1].islower()) and _words(before) >= 6 and not _sentence(before)


_NUMBERED = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+([^\W\d_][\w ,'’&–-]*)")
_TIME_STAMP = re.compile(r"\bago\b|\b(?:1[5-9]|20)\d\d\b", re.IGNORECASE)
_MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# When a post was written: a day with its year ("13 February 2023 at 09:14", "June 2, 2021", "2021-06-02")
# or a time ago ("5 years ago"); a month and year alone ("March 2023") is an archive's link.
_STAMP = re.compile(
    # "3 May 2024", "21. Februar 2024", "14 marca 2024": months of any language, in either case
    r"\b\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,12}\.?,?\s+(?:1[5-9]|20)\d\d\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[5-9]|20)\d\d\b"
    r"|\b(?:1[5-9]|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./](?:1[5-9]|20)?\d\d\b|\bago\b"
    # A day without its year, the whole line ("Feb 9", "9 March at 14:05", "Yesterday at 21:14"): a post of
    # this year, as sites print it; only English months' names tell such a day from "Issue 106".
    rf"|^\s*(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*$"
    r"|^\s*(?:[Yy]esterday|[Tt]oday)(?:\s+at)?\s+\d{1,2}[:.]\d\d\b",
)


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_LETTER_WORDS = re.compile(r"[^\W\d_]{3,}")


_LINK_TEXT = re.compile(r"[^\W\d_][^\d.!?:;,\t]*\??")  # a link's text: words, no digits or sentence marks


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _stems_of(line: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
    """The stemmed words of ``line`` (of three letters or more), the language's ``stopwords`` left out."""
    return [_stem(w) for w in _LETTER_WORDS.findall(line) if w.casefold() not in stopwords]


def _foreign(line: str, words: set[str], stopwords: frozenset[str], least: int = 1) -> bool:
    """``line`` speaks of other things than the text ``words`` were read from: it has ``least`` words or
    more (``stopwords`` left out), and most of them are not among ``words``."""
    stems = _stems_of(line, stopwords)
    return len(stems) >= least and sum(1 for w in stems if w in words) * 2 < len(stems)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    # German and French archives: "März 2019", "juin 2019"
    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\.?"
)


_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:1[5-9]|20)\d\d\b")


_SHORT_LINK = 6  # words of such a line


_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")


# A line that is a date and nothing else ("December 17, 2021", "3 May 2024 09:14"): a card's date in a
# list of other stories when a headline, not a reader's words, follows it.
_DATE_ONLY = re.compile(rf"(?:{_STAMP.pattern})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?")


_URL = re.compile(r"https?://\S+")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪◦]|\d{1,3}[.)]|[a-z][.)])\s")


_NAMES_JOINED = re.compile(r"\s*(?:,|&|\+|\band\b|\bund\b|\bet\b|\by\b|\bi\b)\s*")


def _named(line: str, stopwords: frozenset[str]) -> bool:
    """``line`` has a name's shape (two or three capitalised words, or initials and a surname), or is two
    or more such names joined by "&", "and" or commas (an article's authors), and none of its words is one
    of the language's stopwords: "Denis Ward", "Ann Roe & Bo Lind", not "Top Stories" or "Do Not Track"."""
    names = [part for part in _NAMES_JOINED.split(line.strip()) if part]
    if not names or not all(_NAME.fullmatch(part) or _PERSON.fullmatch(part) for part in names):
        return False
    line = " ".join(names)  # the joining words are stopwords ("and"), the names' words are not
    return not any(w.casefold() in stopwords for w in _LETTER_WORDS.findall(line))


# Where the article's facts come from, as a page prints it under the text: "Quelle: Vivaldi", "Source: AP",
# a name of up to six words (a headline "Sources: Despite Huge Sales, …" says more).
_SOURCE_LINE = re.compile(
    r"\s*(?:sources?|quellen?|fuentes?|fontes?|źródło)\s*:\s*\S+(?:\s+\S+){0,5}\s*$", re.IGNORECASE
)
