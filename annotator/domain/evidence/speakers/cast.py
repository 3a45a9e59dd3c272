"""The cast of a source: the people it introduces with an office or rank ("Emperor Francis Joseph", "Eden,
the Foreign Secretary,", "the Prime Minister, Mr. Asquith,", "Mrs. Smith, his widow,"), so that a later
description by that office alone ("replied the Emperor", "the Foreign Secretary said", "she asked" carried
over to "The Countess") names the person the source gave it to.

A historian's sources name their people once with their office and then by the office: "Countess Sztaray
hurried on … The Countess was unaware … “Is Your Majesty ill?” she asked". The office alone is no speaker a
reader would index; the person is. Where the source never names a holder, the description stays the speaker
("the governess", "the prisoner").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from annotator.domain.evidence import Speaker
from annotator.domain.evidence._words import (
    BODY_DOCUMENTS,
    BODY_NOUNS,
    DETERMINERS,
    NOT_NAMES,
    ORGANISATION_WORDS,
)

# Offices and ranks a source gives to one person at a time. Not kin ("the mother" is someone's mother, not
# one person of the source) and not trades anyone may have ("the waiter"), which a text rarely names.
_OFFICES = {
    "emperor", "empress", "king", "queen", "prince", "princess", "duke", "duchess", "archduke",
    "archduchess", "count", "countess", "baron", "baroness", "marquis", "marquess", "earl", "viscount",
    "tsar", "czar", "tsarina", "czarina", "kaiser", "sultan", "shah", "khan", "pope", "cardinal",
    "archbishop", "bishop", "abbot", "abbess", "general", "colonel", "captain", "major", "admiral", "marshal",
    "lieutenant", "sergeant", "commander", "professor", "doctor", "judge", "magistrate", "coroner", "sheriff",
    "recorder", "president", "chancellor", "premier", "minister", "secretary", "ambassador", "envoy",
    "consul", "governor", "mayor", "senator", "chairman", "chairwoman", "speaker", "prosecutor",
    "attorney", "commissioner", "inspector", "superintendent", "detective", "constable", "procurator",
    "commissar", "director", "editor", "spokesman", "spokeswoman", "widow", "widower", "vizier", "pasha",
    "dictator", "regent", "tribune", "legate", "prefect", "chaplain", "headmaster", "warden",
}
# People by their calling, whom a source may introduce by name once ("Alfred Joseph, a waiter employed at …",
# "Bridget, an Irish cook,") and then by the calling alone ("said the waiter"): the person nouns of
# BODY_NOUNS in the singular, without kin (someone's mother), bodies, documents and the merely generic.
_NOT_CALLINGS = {
    "man", "woman", "one", "someone", "somebody", "everyone", "everybody", "child", "boy", "girl",
    "gentleman", "lady", "fellow", "stranger", "visitor", "friend", "colleague", "member", "mother", "father",
    "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "grandmother",
    "grandfather", "playmate", "neighbour", "neighbor", "people", "press", "crowd", "crew", "children",
    "many", "some", "head", "defence", "defense", "advertisement", "leaflet", "placard", "poster",
}
_CALLINGS = {
    w for w in BODY_NOUNS - BODY_DOCUMENTS - _NOT_CALLINGS
    if w.isascii() and w.isalpha() and not (w.endswith("s") and not w.endswith("ss"))
}
# Kin, resolved only through an apposition the source writes ("Alice Grey, his widow,", "his daughter,
# Ruth,"): "the sister" the source never names stays a description, and "Sister Agathe" is no one's sister
_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister",
        "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter"}
# Abbreviated titles before a name ("Gen. Grant", "Dr. Johnson") and the office each stands for.
_ABBREVIATED = {
    "gen": "general", "col": "colonel", "capt": "captain", "maj": "major", "adm": "admiral",
    "lt": "lieutenant", "sgt": "sergeant", "dr": "doctor", "prof": "professor", "gov": "governor",
    "sen": "senator",
    "supt": "superintendent", "insp": "inspector", "det": "detective", "pres": "president",
}
# Words that make one office of two ("the Foreign Secretary", "the Prime Minister", "the Crown Prince").
_OFFICE_MODIFIERS = {"foreign", "home", "prime", "crown", "chief", "vice", "deputy", "grand", "attorney",
                     "colonial", "war", "first", "lord", "police", "district", "state", "finance", "defence",
                     "defense", "interior", "press", "general"}

# A name of up to three words, on one line or wrapped once (never across a blank line: "Rudolf\n\nNot")
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = (
    rf"(?:[A-ZÀ-Þ]\.{_SPACE}?){{0,2}}[A-ZÀ-Þ][\w’'-]+"
    rf"(?:{_SPACE}(?:[A-ZÀ-Þ]\.{_SPACE}?|(?:von|van|de|d’|du){_SPACE})?[A-ZÀ-Þ][\w’'-]+){{0,2}}"
)
# Around one mention of an office (read only where the office is mentioned, so that a source is scanned once
# per office a speaker is described by, not at every capital):
# "Emperor Francis Joseph", "Foreign Secretary Eden", "Dr. Johnson": the name right after the title
_NAME_AFTER_TITLE = re.compile(rf"\.?[ \t]+(?P<name>{_NAME})")
# "Eden, the Foreign Secretary,", "Lev Gudkov, the centre’s former director,", "Mrs. Smith, his widow,": the
# name before, and the office closing the apposition
_NAME_COMMA_BEFORE = re.compile(
    rf"(?P<name>{_NAME}),[ \t\n]+(?:the|his|her|their|its|a|an)[ \t\n]+(?:[\w’'-]+[ \t\n]+){{0,4}}$"
)
_WORD = re.compile(r"\w+")
# (the apposition may go on: "Alfred Joseph, a waiter employed at the Great Western Hotel,")
_APPOSITION_ENDS = re.compile(r"[ \t\n]+(?:of|at|in|from|employed|working|serving|who)\b|[,.;]")
# "the Prime Minister, Mr. Asquith,", "her lady-in-waiting, the Countess Sztaray": a determiner before the
# office, the name in commas after it
_DETERMINED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t\n]+(?:[\w’'-]+[ \t\n]+){0,3}$"
)
# "Walter Brock was selected out of 100 applicants for the job of fitter", "Hale had been appointed as the
# commissioner", "Dunn was elected mayor": the one given the office by the sentence's verb
_APPOINTED_BEFORE = re.compile(
    rf"(?P<name>{_NAME})[ \t\n]+(?:was|had[ \t\n]+been|has[ \t\n]+been)[ \t\n]+(?:[a-z]+[ \t\n]+)?"
    r"(?:selected|appointed|chosen|elected|engaged|employed|made|named|hired)\b"
    r"(?:[^.;:!?“”\"()]{0,100}?\b(?:as|of|to[ \t\n]+be)\b)?[ \t\n]+(?:an?[ \t\n]+|the[ \t\n]+)?$"
)
_APPOINTING = re.compile(r"\b(?:selected|appointed|chosen|elected|engaged|employed|made|named|hired)\b")
# "the Prime Minister (Mr Whitlam)", "the magistrate (Mr Hannay)": the name in brackets after the office
_BRACKETED_NAME_AFTER = re.compile(
    r"[ \t]*\((?:(?:the[ \t]+)?(?:Rt\.?[ \t]+|Right[ \t]+)?(?:Hon\.?[ \t]+)?"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|M)\.?[ \t]+)?"
    rf"(?P<name>{_NAME})\)"
)
_COMMA_NAME_AFTER = re.compile(
    rf",[ \t\n]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|M)\.?[ \t]+)?(?P<name>{_NAME})(?=[,.;])"
)
# Two words naming another office than their last ("Secretary General", "Attorney General")
_OTHER_OFFICES = {"secretary general", "attorney general", "solicitor general", "postmaster general",
                  "surgeon general", "governor general", "inspector general", "auditor general",
                  "secretary-general", "governor-general"}
# Words of a place, a building or a firm named after an office ("King Street", "General Motors")
_PLACE_AND_FIRM_WORDS = {
    "street", "road", "avenue", "square", "lane", "place", "terrace", "hotel", "hospital", "bridge", "park",
    "motors", "electric", "hall", "house", "island", "islands", "river", "bay", "county", "station",
    "baseball", "company", "corporation", "mills", "airlines", "school", "church", "chapel", "theatre",
    "railway", "estate", "land", "sound", "strait", "cape", "lake", "mountains", "range", "dock", "docks",
}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "jr", "sr"}
# Manner adverbs a tag puts after the speaker ("replied the Emperor kindly"); nouns ending so are kept
_NOUNS_IN_LY = {"family", "ally", "assembly", "monopoly", "supply", "rally", "bully", "folly", "lily",
                "jelly", "belly", "italy", "sally", "molly", "holly", "emily"}


def _office_key(words: list[str], callings: bool = True) -> str | None:
    """The office words name ("Foreign Secretary" → "foreign secretary", "Emperor" → "emperor",
    "Gen." → "general", "waiter"), or None when the last word is no office (nor a calling, unless
    ``callings`` is False)."""
    if not words:
        return None
    last = words[-1].lower().rstrip(".")
    last = _ABBREVIATED.get(last, last)
    if last not in _OFFICES and not (callings and last in _CALLINGS):
        return None
    if len(words) > 1 and words[-2].lower() in _OFFICE_MODIFIERS:
        return f"{words[-2].lower()} {last}"
    return last


def _holder_name(name: str) -> tuple[int, str] | None:
    """Where in ``name`` the holder's name starts and the name, one-spaced; None when it is no person's
    ("Assembly", "The")."""
    words = list(re.finditer(r"\S+", re.sub(r"[’']s?$", "", name)))  # "Sophie’s": without its possessive
    while len(words) > 1 and words[-1].group().lower() in NOT_NAMES:
        words = words[:-1]  # "Princess Elizabeth One": the sentence's next word
    while len(words) > 1 and _office_key([words[0].group()], callings=False) is not None:
        words = words[1:]  # "Prince Archbishop Rauscher": the last office before the name
    if not words or words[0].group().lower().rstrip(".") in NOT_NAMES:
        return None
    if any(w.group().lower() in ORGANISATION_WORDS | _PLACE_AND_FIRM_WORDS for w in words):
        return None  # "General Assembly", "President Street", "General Motors", "Queen Victoria Hospital"
    if len(words) == 1 and _office_key([words[0].group()], callings=False) is not None:
        return None  # "Prince Regent": an office, no name
    return words[0].start(), " ".join(w.group() for w in words)


def names_a_holder(text: str, office_at: int, name: str) -> bool:
    """Whether ``name`` after (or before) the office word at ``office_at`` is a person holding it: not a
    place or a firm ("General Motors", "King Street") and not another office's holder ("Secretary General
    Keita" is no general)."""
    before = text[max(0, office_at - 20) : office_at].split()[-1:]
    office = _WORD.match(text, office_at)
    if office is not None and " ".join([*before, office.group()]).lower() in _OTHER_OFFICES:
        return False
    return _holder_name(name) is not None


def _any_calling(word: str) -> bool:
    """Whether a lower-case noun a speaker is described by may be what the source called a person it
    named: not generic, kin, a body, a document or a plural."""
    return (
        word.isalpha() and word.islower() and len(word) > 3 and not word.endswith("s")
        and word not in _NOT_CALLINGS | BODY_DOCUMENTS | ORGANISATION_WORDS | NOT_NAMES
    )


@lru_cache(maxsize=64)
def _holders(text: str, key: str) -> list[tuple[int, str]]:
    """Where the text names each person it gives the office ``key`` to ("emperor", "foreign secretary"), and
    the name, in order."""
    word = key.split()[-1]
    abbreviations = [a.capitalize() for a, full in _ABBREVIATED.items() if full == word]
    found: list[tuple[int, str]] = []

    def add(at: int, name: str) -> None:
        holder = _holder_name(name)
        if holder is not None:
            found.append((at + holder[0], holder[1]))

    spellings = (word, word.capitalize(), *abbreviations)
    for start in sorted(at for spelling in spellings for at in _words_at(text, spelling)):
        m = _WORD.match(text, start)
        if m is None:
            continue
        words = [*text[max(0, m.start() - 20) : m.start()].split()[-1:], m.group()]
        plain = m.group() == key and _office_key([key]) is None  # a calling of the source's own ("fitter")
        if not plain and _office_key(words) != key and _office_key(words[-1:]) != key:
            continue  # "the Home Secretary" is no holder of "foreign secretary"
        if " ".join(words).lower() in _OTHER_OFFICES:
            continue  # "Secretary General Guterres" is no general
        titled = m.group()[0].isupper() and word in _OFFICES and _NAME_AFTER_TITLE.match(text, m.end())
        if titled and (text[m.end()] != "." or m.group().lower() in _ABBREVIATED):
            add(titled.start("name"), titled.group("name"))  # not "… the Emperor. Franz …": a sentence's end
            continue
        if _APPOSITION_ENDS.match(text, m.end()) and text.find(",", max(0, m.start() - 160), m.start()) >= 0:
            named = _NAME_COMMA_BEFORE.search(text[max(0, m.start() - 160) : m.start()])
            if named:
                add(max(0, m.start() - 160) + named.start("name"), named.group("name"))
                continue
        before = text[max(0, m.start() - 200) : m.start()]
        appointed = _APPOINTED_BEFORE.search(before) if _APPOINTING.search(before) else None
        if appointed:
            add(max(0, m.start() - 200) + appointed.start("name"), appointed.group("name"))
            continue
        bracketed = _BRACKETED_NAME_AFTER.match(text, m.end())
        if bracketed:
            add(bracketed.start("name"), bracketed.group("name"))
            continue
        after = _COMMA_NAME_AFTER.match(text, m.end())
        if after and _DETERMINED_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
            add(after.start("name"), after.group("name"))
    return found


def _mention_key(name: str) -> str:
    """The word of a holder's name that later mentions repeat: the surname ("Joseph" of "Francis Joseph"),
    the given name before an ordinal ("Ludwig" of "Ludwig Second")."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    if len(words) > 1 and words[-1].lower().rstrip(".") in _ORDINALS:
        return words[-2]
    return words[-1] if words else name


def _office_described(name: str) -> str | None:
    """The office a speaker found as a description names ("the Emperor", "Emperor kindly", "the old
    general", "the Foreign Secretary"); None for anything else (a name, "a spokesman", "his wife")."""
    words = name.split()
    while len(words) > 1 and words[-1].islower() and words[-1].endswith("ly") and (
        words[-1] not in _NOUNS_IN_LY
    ):
        words = words[:-1]  # "the Emperor kindly"
    definite = bool(words) and words[0].lower() == "the"
    if definite:
        words = words[1:]
    if not words or len(words) > 3:
        return None
    possessed = words[0].lower() in {"his", "her", "their"}
    if words[-1].lower() in _KIN and len(words) <= 2 and (definite or possessed):
        return words[-1].lower()  # "his widow", "the daughter": whom the source named so in apposition
    key = _office_key(words)
    if key is None and definite and len(words) <= 2 and _any_calling(words[-1]):
        return words[-1]  # "the fitter": whatever the source called someone, it may have named them so
    if key is None:
        return None
    rest = words[: -len(key.split())]
    if any(w.lower() in DETERMINERS for w in rest):
        return None  # "a spokesman", "his secretary": someone else than the one the source gave the office to
    if any(w[:1].isupper() for w in rest):
        return None  # "Danish general": a nation's adjective or a name before it, not the office alone
    return key


@lru_cache(maxsize=64)
def _words_at(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word in the text, in order (a literal search: a pattern opening with
    ``\\b`` would be tried at every position of a book)."""
    found, at, size = [], text.find(word), len(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(word, end)
    return found


def cast_holder(text: str, speaker: Speaker, at: int) -> Speaker:
    """A speaker found as an office alone ("the Emperor", "the Countess") is the person the source introduced
    with that office: the one introduced, when one; of several, the one whose name the text mentions most in
    the 3,000 characters before ``at`` (then in all the text before it, then the latest introduced). Holders
    introduced before ``at`` come first; a source that names its only holder later still names them ("the
    Empress … the Empress Elizabeth"). A source that names no holder leaves the description as it is."""
    key = _office_described(speaker.name)
    if key is None:
        return speaker
    holders = _holders(text, key)
    if not holders:
        return speaker
    earlier = [h for h in holders if h[0] < at]
    pool = earlier or holders
    names = {name for _, name in pool}
    if len(names) > 1:
        latest = {name: where for where, name in pool}

        def weight(name: str) -> tuple[int, int, int]:
            # of several emperors, the one the text is speaking of near here, else the one it is about
            mentions = _words_at(text, _mention_key(name))
            before = bisect_left(mentions, at)
            return before - bisect_left(mentions, at - 3000), before, latest[name]

        chosen = max(names, key=weight)
    else:
        chosen = next(iter(names))
    where = max(w for w, name in pool if name == chosen)
    return Speaker(chosen, where, where + len(chosen), speaker.role)
