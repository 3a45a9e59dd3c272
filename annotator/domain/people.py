"""People (persons and bodies) as speakers: how names are compared, and how a typed name is read."""

from __future__ import annotations

import re
import unicodedata

from annotator.domain.errors import InvalidInput
from annotator.domain.model import PersonKind, SpeakerRole

MAX_NAME = 200

# Words that make a speaker a body rather than a person ("the Central Committee declared").
_BODY_WORDS = re.compile(
    r"\b(committee|commission|council|board|party|ministry|institute|office|department|bureau|union|"
    r"society|association|academy|government|soviet|congress|agency|press|newspaper|editors?|politburo|"
    r"center|centre|comintern|cheka|nkvd|ogpu|kgb|tass|pravda|izvestia|army|court|presidium|"
    r"комитет|совет|партия|правительство|редакция|министерство|политбюро|цк|обком|райком|горком|"
    r"наркомат|газета)\b",
    re.IGNORECASE,
)


def clean_name(name: str) -> str:
    """A name as stored: NFC, spaces collapsed, no quotes or punctuation around it; InvalidInput if empty."""
    # Control characters (a pasted form feed, a NUL) are no part of a name and break XML exports. Invisible
    # format characters (bidi marks and overrides, zero-width spaces, a BOM) would make a name that looks
    # empty, or reversed, or the same as another yet a different person; the joiners (ZWJ, ZWNJ) stay,
    # as they spell words in Persian and Indic scripts.
    printable = "".join(
        " " if unicodedata.category(c) == "Cc" else "" if _invisible(c) else c for c in name
    )
    cleaned = " ".join(unicodedata.normalize("NFC", printable).split()).strip(" \"'“”«»„,;:")
    if not cleaned:
        raise InvalidInput("a speaker needs a name")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"the name {cleaned[:40]!r}… is longer than {MAX_NAME} characters")
    return cleaned


def _invisible(c: str) -> bool:
    return unicodedata.category(c) == "Cf" and c not in "\u200c\u200d"


def name_key(name: str) -> str:
    """What makes two names the same person: case-folded (Unicode, not ASCII only), spaces collapsed,
    a leading "the" dropped ("the Central Committee" is "Central Committee")."""
    key = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return key[4:] if key.startswith("the ") else key


def guess_kind(name: str) -> PersonKind:
    """A body when the name says so ("the Central Committee", "Levada Center"), else a person."""
    return PersonKind.BODY if _BODY_WORDS.search(name) else PersonKind.PERSON


def role(value: object) -> SpeakerRole:
    """``value`` as a SpeakerRole ("Quoted" -> quoted), or InvalidInput listing the roles."""
    if isinstance(value, SpeakerRole):
        return value
    text = str(value).strip().lower()
    try:
        return SpeakerRole(text)
    except ValueError:
        known = ", ".join(r.value for r in SpeakerRole)
        raise InvalidInput(f"speaker role {value!r} is not one of {known}") from None


def kind(value: object) -> PersonKind:
    if isinstance(value, PersonKind):
        return value
    try:
        return PersonKind(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(f"kind {value!r} is not 'person' or 'body'") from None
