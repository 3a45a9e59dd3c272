"""Brackets that hold a whole reference of their own form, read before the author–date and author–page
rules: a verse of the Bible "(Matthew 22:21 KJV)", a reference as a note prints it "(Ryan P. Jordan, Title.
Place: Publisher, 2007. p. 51)", a short title after its author's possessive "(Woolman's Journal, p. 15)", a
body and a page "(World Bank, 12)", a manuscript's identifier after words quoted from it "(HC10-10002_053)";
and the quoted title that MLA gives a work without an author ("“Obituary” 136").
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind, scan
from annotator.domain.evidence.citations.names import _MONTHS, _NOT_NAMES, _given_name, _place_names
from annotator.domain.evidence.citations.references import (
    _CORPORATE,
    _QUOTE_BEFORE,
    _body_by_its_words,
    _clean_loc,
)
from annotator.domain.evidence.citations.shapes import _IMPRINT_PLACE, _LOC, _NAME, _YEAR

# The books of the Bible as a verse is cited, whole or cut short ("Rom.", "1 Cor."), then the chapter and
# verse and the translation: "(Romans 13:7)", "(Hebrews 13: 3)", "(1 Corinthians 13:4-7 KJV)"; a book alone,
# "(Genesis to Deuteronomy)", or a name and a number, "(Mark 12)", is none
_BIBLE_BOOKS = (
    r"Genesis|Gen|Exodus|Exod?|Leviticus|Lev|Numbers|Num|Deuteronomy|Deut|Joshua|Josh|Judges|Judg|Ruth|Samuel|"
    r"Sam|Kings|Kgs|Chronicles|Chron|Ezra|Nehemiah|Neh|Esther|Esth|Job|Psalms?|Pss?|Proverbs|Prov|"
    r"Ecclesiastes|Eccl|Song\s+of\s+(?:Solomon|Songs)|Isaiah|Isa|Jeremiah|Jer|Lamentations|Lam|Ezekiel|Ezek|"
    r"Daniel|Dan|Hosea|Hos|Joel|Amos|Obadiah|Jonah|Micah|Mic|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Zech|"
    r"Malachi|Mal|Matthew|Matt|Mark|Mk|Luke|Lk|John|Jn|Acts|Romans|Rom|Corinthians|Cor|Galatians|Gal|"
    r"Ephesians|Eph|Philippians|Phil|Colossians|Col|Thessalonians|Thess|Timothy|Tim|Titus|Philemon|Hebrews|"
    r"Heb|James|Jas|Peter|Pet|Jude|Revelation|Rev|Sirach|Ecclesiasticus|Wisdom|Tobit|Judith|Maccabees|Macc"
)
_VERSE = re.compile(
    rf"\(\s*(?P<book>(?:[1-4]\s*)?(?:{_BIBLE_BOOKS})\.?)\s+(?P<loc>\d{{1,3}}\s*:\s*\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?"
    r"(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*(?:\s+(?:KJV|AV|NIV|RSV|NRSV|ESV|NKJV|ASV|NEB|Vulg\.?))?)\s*\)"
)
# A whole reference as a note prints it: the author's given names or initials and surname, the title, the
# place and publisher, the year, the page (a publisher opens with a capital: "… for Boston: flour, 1851" is
# none)
_FULL_REFERENCE = re.compile(
    rf"\(\s*(?:(?:[Ss]ee|[Cc]f\.)\s+)?(?P<names>(?:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+|[A-ZÀ-ÞА-ЯЁ]\.)"
    rf"(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+|[A-ZÀ-ÞА-ЯЁ]\.)){{0,2}}\s+{_NAME})\s*,\s*"
    rf"[^()\n]{{3,160}}?[.,]\s+{_IMPRINT_PLACE.pattern}\s*:\s*[A-Z][^():\n]{{1,80}}?,\s*"
    rf"(?P<year>{_YEAR})(?:[.,]\s*(?P<loc>{_LOC}))?\.?\s*\)"
)
# A work by its owner's possessive and a short title, with its page: "(Woolman's Journal, p. 15)"
_OWNED_TITLE = re.compile(
    rf"\(\s*(?P<title>(?P<owner>{_NAME})['’]s\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|on|in)\s+)?[A-Z][\w’'-]*){{0,4}})"
    r"\s*,?\s*(?P<loc>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?|\d+(?:\s*[-–]\s*\d+)?)\s*\)"
)
# A body as the author of a work, with a page and no year, as MLA cites it: "(Freedmen's Relief
# Association, 15)"
# ("(European Union, 2012)": a body's year, read by the author–date rule)
_BODY_PAGE = re.compile(rf"\(\s*(?P<body>{_CORPORATE})\s*,\s*(?!{_YEAR}\b)(?P<loc>{_LOC})\s*\)")
# A manuscript's identifier after words quoted from it, a collection's letters and digits in three parts at
# least: "… unto me” (HC10-10002_053)" ("(B-52)", "(COVID-19)" are no such thing)
_SHELFMARK = re.compile(r"\(\s*(?P<id>[A-Z][A-Za-z]{0,5}\d*(?:[-_./]\d+[A-Za-z]?){2,})\s*\)")
# A title in quotation marks standing for a work without an author, and its page: "“Obituary” 136"
_QUOTED_WORK = re.compile(
    rf"[\"“](?P<title>[A-ZÀ-ÞА-ЯЁ][^\"“”\n]{{0,100}}?)[\"”](?:\s*,?\s*(?P<loc>{_LOC}))?"
)


# A record of a body named by what it is, and its date: "Minutes of the Philadelphia Yearly Meeting, September
# 23, 1696", "Minutes of School Committee, Reporting Jonathan Evans' Death, 1911", "Records of the Mercer
# Street Hall, 1840"
_RECORD = re.compile(
    r"(?P<title>(?:Minutes|Records|Proceedings|Papers|Transactions|Register|Journals?)\s+of\s+(?:the\s+)?"
    r"[A-Z][^;()\n]{2,120}?),\s*(?:(?:January|February|March|April|May|June|July|August|September|October|"
    rf"November|December)\s+\d{{1,2}},\s*)?(?P<year>{_YEAR})"
)


def _titled_part(text: str, start: int, end: int, works: bool) -> tuple[str, str, str] | None:
    """A part of a bracket that cites a work by its title, as (title, year, locator): MLA's title in quotation
    marks for a work without an author, with its page or beside another work ("“Obituary” 136"), or a
    body's record named by what it is and dated ("Minutes of the Yearly Meeting, September 23, 1696")."""
    quoted = _QUOTED_WORK.fullmatch(text, start, end)
    if quoted is not None and (quoted.group("loc") or works):
        return quoted.group("title"), "", _clean_loc(quoted.group("loc"))
    record = _RECORD.fullmatch(text, start, end)
    if record is not None:
        return record.group("title"), record.group("year"), ""
    return None


def _whole_form(text: str, bracket: re.Match[str]) -> Evidence | None:
    """The citation of a bracket that is a verse, a whole reference, a possessive's short title, a body and a
    page, or a manuscript's identifier after a quotation, if it is one (the bracket is then read no further).
    Each pattern is tried only on brackets holding the character it needs (most brackets hold none)."""
    inner = bracket.group(0)
    at, end = bracket.start(), bracket.end()
    details = {"style": "title", "group": "1"}
    colon, comma = ":" in inner, "," in inner
    if colon and (verse := _VERSE.fullmatch(text, at, end)) is not None:
        author, year, locator = " ".join(verse.group("book").split()), "", verse.group("loc")
        details["style"] = "verse"
    elif colon and comma and (full := _FULL_REFERENCE.fullmatch(text, at, end)) is not None:
        author, year, locator = " ".join(full.group("names").split()), full.group("year"), full.group("loc")
        details["style"] = "full-reference"
    elif (
        ("'s" in inner or "’s" in inner)
        and (owned := _OWNED_TITLE.fullmatch(text, at, end)) is not None
        and _given_name(owned.group("owner"))
    ):
        author, year, locator = owned.group("title"), "", owned.group("loc")
    elif comma and (body := _BODY_PAGE.fullmatch(text, at, end)) is not None and (
        _body_by_its_words(body.group("body"))  # (a body's word decides; no search of the text)
    ):
        author, year, locator = body.group("body"), "", body.group("loc")
        details["style"] = "author-page"
        details["corporate"] = "1"
    elif (
        sum(inner.count(sign) for sign in "-_./") >= 2
        and (mark := _SHELFMARK.fullmatch(text, at, end)) is not None
        and _QUOTE_BEFORE.search(text, max(0, at - 4), at)
    ):
        author, year, locator = mark.group("id"), "", ""
        details["style"] = "archive"
    else:
        return None
    return Evidence(EvidenceKind.CITATION, at, end, cited_author=author, year=year,
                    locator=_clean_loc(locator), details=details)  # fmt: skip


# A heading that names the work a section reviews, its authors, a colon, its title and its year: "### Lund and
# Okafor: Grain and the State (2011)", "## Berg: Two Essays (2004, 2009)"
_HEADING_WORK = re.compile(
    rf"^[ \t]*#{{1,6}}[ \t]+(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME}){{0,3}})"
    rf"[ \t]*:[ \t]+"
    rf"[^\n()]{{1,150}}?[ \t]*\((?P<year>{_YEAR}(?:,[ \t]*{_YEAR})*)\)[ \t]*$",
    re.MULTILINE,
)


def _heading_works(text: str, cited: set[str]) -> list[Evidence]:
    """The works that Markdown headings name by authors, title and year (_HEADING_WORK), where the first
    author is among the surnames ``cited`` in the text's brackets: a review cites the work it heads a section
    with ("## Background: Land Reform (1861)", "## Germany: The Weimar Years (1919)" name no author)."""
    if "#" not in text:
        return []
    found = []
    for match in scan.finditer(_HEADING_WORK, text):
        first = match.group("names").split()[0].rstrip(",")
        if first not in cited or first in _NOT_NAMES or first in _MONTHS or first in _place_names():
            continue
        found.append(Evidence(EvidenceKind.CITATION, match.start("names"), match.end("year") + 1,
                              cited_author=match.group("names"), year=match.group("year"),
                              details={"style": "author-date", "heading": "1"}))  # fmt: skip
    return found
