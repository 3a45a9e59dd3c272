"""Noun phrases of what is counted: stop words, quantity nouns, people, plurals and singulars,
determiners, list entries that leave their verb out, tables' headings, "the number of …" and "per …" phrases.
"""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.russian import _RU_AMOUNT_VERB, _RU_PREPOSITIONS, _RU_ROUGH
from annotator.domain.figures.numbers.values import _UNITS
from annotator.domain.figures.numbers.verbs import _event_after, _is_verb_like
from annotator.domain.figures.numbers.words import _SAYS_NOTHING, _WORD_RE, _alt, _phrase, _set
from annotator.domain.figures.text import YEAR

# --- what is counted ---------------------------------------------------------------------------------------

_STOP = _set(
    "the a an of in on at by from to for with and or but were was had have has are is be been being would "
    "will could should might may can did do does that which who whom whose this these those their his her "
    "its our my your they them he she it we you there here than then as so if when while where after "
    "before during until since into onto over under through about around nearly almost some more less "
    "only just also even still yet not no all each every per alone out up down off again however "
    "thus perhaps such same other others another many much most few several both either neither what "
    "how why one two three four five six seven eight nine ten hundred thousand million billion "
    "who’d it’s between among within across against toward towards despite except like via without upon "
    "beyond behind near throughout whereas because although though whether ever never already "
    # time words end the phrase too: "from 145 million today to 121 million"
    "today now currently annually yearly daily trillion"
) | _set("в во на от из и а но что по за к с у о об при для до были был была было будет это их его её "
                                      "они он она")
_SUBJECT_TIME = re.compile(
    r"\s+(?:that|this|the\s+same|the\s+following|the\s+next|next|last)\s+(?:year|month|quarter|season)$", re.I
)
_TIME_WORDS = _set("year years month months quarter quarters period decade whole same first second last")
# Nouns of a quantity: a subject whose head is one is measured by the figure after "was" ("the urban
# population of Russia was 18 million", "grain exports were 4.8 million tonnes").
_QUANTITY_NOUNS = _set(
    "population populations output production harvest harvests mortality number numbers total share "
    "proportion wage wages price prices income incomes budget exports imports procurements procurement "
    "consumption yield yields membership workforce toll losses strength generation capacity turnover "
    "enrolment enrollment circulation deficit revenue revenues spending expenditure expenditures investment "
    "investments area acreage strength size count tally death-rate birth-rate rate deliveries supply aid "
    "assistance loans credits debt gdp "
    "население численность урожай производство выпуск добыча смертность"
)


def _is_quantity(subject: str) -> bool:
    """Whether the head of ``subject`` (its last word before "of") is a noun of a quantity."""
    # ("actual output that year": the year is the subject's time, not its head)
    subject = _SUBJECT_TIME.sub("", subject.strip())
    head = re.split(r"\s+(?:of|per|in|from)\s+", subject, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _QUANTITY_NOUNS


def _whole_phrase(text: str) -> str:
    """The noun phrase at the start of ``text`` (up to four words, "of" inside it), to its first empty word,
    verb or comma: "German prisoners of war held in …" → "German prisoners of war"."""
    kept: list[str] = []
    for w in _WORD.finditer(text):
        if text[(kept and kept[-1][1]) or 0 : w.start()].strip():
            break
        lw = w.group().lower()
        if lw == "of" and kept and "of" not in (k[0].lower() for k in kept):
            kept.append((w.group(), w.end()))
            continue
        if lw in _STOP or _is_verb_like(lw) or len(kept) == 5:
            break
        kept.append((w.group(), w.end()))
    while kept and kept[-1][0].lower() == "of":
        kept.pop()
    return " ".join(k[0] for k in kept)


_IRREGULAR_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "people"}


def _singular(noun: str) -> str:
    """The noun phrase with its head made singular, to stand before "deaths": "prisoners of war" → "prisoner
    of war", "special settlers" → "special settler", "schoolchildren" → "schoolchild"."""
    words = noun.split()
    head = next((i - 1 for i, w in enumerate(words) if w.lower() == "of" and i > 0), len(words) - 1)
    word = words[head]
    low = word.lower()
    for plural, single in _IRREGULAR_PLURALS.items():
        if low.endswith(plural):
            word = word[: len(word) - len(plural)] + single
            break
    else:
        if low.endswith("ies") and len(low) > 4:
            word = word[:-3] + "y"
        elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            word = word[:-1]
    words[head] = word
    return " ".join(words)
_SUBJECT_VERB_NEAR = re.compile(
    r"(?:\b(?:risen|rose|rise|fall|grow|fell|fallen|dropped|grew|grown|increased|declined|decreased|doubled|"
    r"tripled|went|gone|amounted|totall?ed|reached|stood|stands?|was|were|been|run|ran|range|ranged|vary|varied|"
    r"from|"
    r"shrank|"
    r"shrunk|cut|reduced|raised|lowered|climbed|came|approached|exceeded|topped|surpassed|passed)\b|"
    r"(?<!\w)(?:составил|достиг|выросл|вырос|снизил|сократил|увеличил|упал))",
    re.IGNORECASE,
)
_WORD = re.compile(rf"{_WORD_RE}")


_PEOPLE = re.compile(
    r"\b(?:deaths|dead|died|victims|inmates|prisoners|arrests|executions|deportations|people|peasants|"
    r"members|workers|persons|men|women|children|households|families|officers|generals|admirals|marshals|"
    r"Ukrainians|Russians|kulaks|students|delegates|activists|associates|homeless|purged|citizens|deportees|"
    r"exiles|settlers|refugees|convicts|residents|inhabitants|civilians|villagers|townspeople|townsfolk|"
    r"soldiers|party|человек|жертв\w*|заключ\w*)\b",
    re.IGNORECASE,
)


def _is_people(counted: str) -> bool:
    # "Chechens", "Koreans": a people named by a capitalised plural
    return bool(counted) and (bool(_PEOPLE.search(counted)) or bool(re.match(r"[A-Z][a-z]{2,}s\b", counted)))


def _plural_nouns(text: str, start: int, end: int) -> list[str]:
    """The plural common nouns between ``start`` and ``end``, in text order (a rough reading: words in -s)."""
    return [w.group() for w in _WORD.finditer(text, start, end)
            if w.group().endswith("s") and len(w.group()) > 3 and w.group().lower() not in _STOP
            and not _is_verb_like(w.group().lower()) and w.group()[0].islower()
            and w.group().lower() not in _TIMES]  # fmt: skip


_TIMES = frozenset({"years", "months", "days", "weeks", "decades", "centuries", "hours", "times", "minutes"})


def _after_determiner(phrase: str) -> str:
    """The noun phrase a determiner opens, at the end of words before a verb: "by the summer the share"
    → "the share"."""
    words = phrase.split()
    # a clause's opener is no word of its subject: "estimates that direct US aid" → "direct US aid"
    opener = max((i + 1 for i, w in enumerate(words) if w.lower() in ("that", "which", "whereas")
                  and (i + 1 == len(words) or words[i + 1].lower() not in _TIME_WORDS)), default=0)
    if opener and all(w.lower() in _MODAL_WORDS for w in words[opener:]):
        # "a death toll in Europe that would most likely have been": "that" stands for the words before it
        words = words[: opener - 1]
    else:
        words = words[opener:] or words
    # a determiner after a preposition is inside the phrase: "the average wage of a Soviet worker"
    last = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS and i > 0
                and words[i - 1].lower() not in _PREPOSITIONS), default=0)  # fmt: skip
    return " ".join(words[last:])


_MODAL_WORDS = frozenset({"would", "could", "might", "may", "must", "should", "will", "can", "most", "more",
                          "likely", "probably", "possibly", "perhaps", "certainly", "surely", "have", "has",
                          "had", "be", "also", "then", "still", "already", "not", "never"})
_PREPOSITIONS = frozenset({"of", "in", "for", "from", "to", "with", "on", "at", "by", "among", "per", "under",
                           "within", "during", "across", "throughout"})


_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "his", "her"})


# An entry of a list that leaves its verb out after the first: "…, Ukrainians 28.1 million and Belorussians
# 5.3 million", "first category, 75,950; second category, 186,500", «из них мужчин — 41,2 млн, женщин — …».
_LIST_ENTRY = re.compile(
    rf"(?P<open>^|[,;:]|\s(?:and|и))\s*(?P<name>{_phrase(3)})"
    r"(?P<sep>\s*[—–]|,|\s+from)?"
    r"(?P<approx>\s+" + _alt(f"about|some|nearly|over|almost|{_RU_ROUGH}") + r")?\s+$",
    re.IGNORECASE,
)
_LIST_OPENERS = frozenset({"них", "whom", "which", "them", "these", "those"})
_APPROX_WORDS = _set(
    "roughly approximately about around some nearly almost perhaps maybe possibly probably circa estimated "
    "just well only barely official officially около почти примерно более свыше"
)


_BRACKETED_YEARS = re.compile(
    rf"\((?:[^()\n]*?[\s(])?(?P<a>{YEAR})(?:[ \t]*[-–—][ \t]*(?P<b>\d{{2,4}}))?(?:[ \t]+[^()\n\d]*)?\)"
)


def _bracketed_years(heading: str) -> tuple[str, int, int] | None:
    """The last year or span of years a heading writes in brackets, as (period, first, last), or None."""
    found = list(_BRACKETED_YEARS.finditer(heading))
    if not found:
        return None
    m = found[-1]
    first = int(m.group("a"))
    last = first
    if m.group("b"):
        b = m.group("b")
        last = int(str(first)[: 4 - len(b)] + b) if len(b) < 4 else int(b)
        if last < first:
            return None
    period = m.group("a") + (f"-{m.group('b')}" if m.group("b") else "")
    return period, first, last


def _list_entry(before: str, at_start: bool) -> str:
    """The name of a list entry the figure is, or "": the name's words are no verb; a name written
    right before its number ("Ukrainians 28.1 million") or before "from" only after an earlier figure of the
    sentence (the entry whose verb the list leaves out); a name and a comma only after a colon or a
    semicolon (not "In the spring, 300 …")."""
    tail = before[-80:]
    m = _LIST_ENTRY.search(tail)
    if m is None or (m.group("open") == "" and not (at_start and len(tail) == len(before))):
        return ""  # "^" only at the sentence's start, not at the start of the words looked at
    words = m.group("name").split()
    named = len([w for w in words if w.lower() not in _LIST_OPENERS and w.lower() not in ("из", "of")])
    while words and (words[0].lower() in _STOP or words[0].lower() in _LIST_OPENERS):
        # "in camps, 1,500,524", "that of Kazakhstan from 6.1 million": a place, or the measure before of
        # another, not a name of what is counted ("из них", "of whom" open a list of parts)
        if words[0].lower() in _PREPOSITIONS | _RU_PREPOSITIONS and (
            len(words) < 2 or words[1].lower() not in _LIST_OPENERS
        ):
            return ""
        words = words[1:]
    if not words or any(
        w.lower() in _STOP or w.lower() in _APPROX_WORDS or _is_verb_like(w.lower()) for w in words
    ) or " ".join(words).lower() in _SAYS_NOTHING:
        return ""
    sep = (m.group("sep") or "").strip()
    opened = m.group("open").strip()
    earlier = before[: len(before) - len(tail) + m.start()]
    # "Grain procurements by region, 1931: Ukraine 7.7 million": the heading's noun, of each place
    by_place = (
        _BY_PLACE_HEAD.search(before, 0, len(before) - len(tail) + m.end("open"))
        if opened in (":", ",", ";", "and") else None
    )
    name = " ".join(words) if by_place is None else f"{by_place.group('head')} {' '.join(words)}"
    if sep in ("—", "–"):
        return name
    if sep == "," or (by_place and opened == ":"):
        return name if opened in (":", ";") else ""
    # "a few give 3 million": a name right before its number is the entry's whole phrase
    if opened in (",", "and", "и") and len(words) == named and re.search(r"\d", earlier):
        return name
    return ""
_HEADING_SCALE = (
    (re.compile(r"\b(?:billions?|bn|млрд)", re.I), 1e9),
    (re.compile(r"\b(?:millions?|mln|млн)", re.I), 1e6),
    (re.compile(r"\b(?:thousands?|тыс)|'000", re.I), 1e3),
)
_HEADING_NOUN = re.compile(r"[^,(\[:;]+")
_HEADING_TAIL = re.compile(r"\s+(?:by|per|in\s+each)\s+(?:year|years)\s*$|\s+by\s+year\b.*$", re.I)


def _heading(line: str) -> tuple[float, str, str]:
    """(scale, unit, what is counted) of a table's heading line."""
    scale = next((k for p, k in _HEADING_SCALE if p.search(line)), 1.0)
    starts = [w.start() - 1 for w in _WORD.finditer(line) if w.start() > 0]
    unit = next((name for pattern, name in _UNITS if name not in ("times", "people")
                 and any(pattern.match(line, at) for at in starts)), "")  # fmt: skip
    noun = _HEADING_NOUN.match(line.strip())
    counted = _HEADING_TAIL.sub("", noun.group()).strip() if noun else ""
    return scale, unit, counted
_NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:number|numbers|численност\w*|числ[оа]|количеств\w*)\s+(?:of\s+)?"
    # («число «беглых кулаков» составило»: the words in guillemets (fig17l))
    rf"[«“]?(?P<np>(?:{_WORD_RE}[»”]?\s*){{1,4}})",
    re.IGNORECASE,
)


def _number_of(before: str) -> str:
    """X of the last "the number of X" in ``before``, up to its first preposition or verb; "" if none."""
    found = None
    for found in _NUMBER_OF.finditer(before):  # noqa: B007 (the last one)
        pass
    if found is None:
        return ""
    kept: list[str] = []
    np = found.group("np").replace("»", " ").replace("”", " ").split()
    for i, word in enumerate(np):
        lw = word.lower()
        # "workers and employees": a noun joined by "and" goes on
        joined = lw in ("and", "or", "и") and kept and i + 1 < len(np) and np[i + 1].lower() not in _STOP
        # "the number of exiled kulaks": a participle before the noun qualifies it
        qualifies = not kept and lw.endswith("ed") and i + 1 < len(np) and np[i + 1].lower() not in _STOP
        # "the number of Soviet prisoners of war": one noun (fig17p)
        of_war = lw == "of" and kept and kept[-1].lower().startswith("prisoner") and (
            i + 1 < len(np) and np[i + 1].lower().rstrip(".,;:") == "war"
        )
        goes_on = joined or qualifies or of_war
        if not goes_on and (lw in _STOP or lw in _RU_PREPOSITIONS or _is_verb_like(lw)
                            or _SUBJECT_VERB_NEAR.fullmatch(word) or _RU_AMOUNT_VERB.match(lw)):
            break
        kept.append(word)
    noun = " ".join(kept)
    if kept:
        # "the number of prisoners who died": their deaths
        rest = before[found.start("np"):]
        at = re.match(r"\s*" + r"\s+".join(map(re.escape, kept)), rest)
        event = _event_after(rest, at.end()) if at else None
        if event and event[1]:
            return f"{_singular(noun)} deaths"
        if event:
            return f"{noun} {event[0]}"
    return noun
_BY_PLACE_HEAD = re.compile(
    rf"(?:^|[.;]\s+|\n)(?P<head>{_phrase(4)})\s+by\s+"
    r"(?:region|republic|province|oblast|city|district|country|nationality|territory|krai|area)s?"
    r"(?:,?\s*\d{4}(?:[–-]\d{2,4})?)?\s*:",
    re.IGNORECASE,
)
_PER_HEAD = re.compile(r"\s+(?:per|for\s+each|на\s+душу)\b", re.IGNORECASE)
_LAST_WORDS = re.compile(rf"({_phrase(3)})\s*$")


def _before_per(plain: str, subject: re.Match[str]) -> str:
    """The subject of ``_SUBJECT_BEFORE``; of "Meat consumption per head of the urban population stood at 51
    kg" the measure before "per" ("Meat consumption"), not the heads it is divided by."""
    group = 1 if subject.group(1) else 3
    phrase = subject.group(group)
    cut = _PER_HEAD.search(phrase)
    if not cut:
        # "Milk available per head of the urban population in the Donbass fell to": "per" before the words
        # ("per head" right before the seven words looked at)
        from_at = max(0, subject.start(group) - 30)
        per = re.search(r"\s+per(?:\s+[^\W\d_]+)?\s+$", plain[from_at : subject.start(group)])
        if per is None:
            return phrase
        head = _LAST_WORDS.search(plain, max(0, from_at - 60), from_at + per.start())
        return head.group(1) if head else phrase
    head = _LAST_WORDS.search(plain, max(0, subject.start(group) - 60), subject.start(group) + cut.start())
    return head.group(1) if head else phrase[: cut.start()]


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _STOP:
        words = words[1:]
    while words and words[-1].lower() in _STOP:
        words = words[:-1]
    return " ".join(words)
