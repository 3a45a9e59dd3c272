"""Tags after the words: "…,” said X", an attribution line below a block, continental tags, a closing
attribution, the source cited after the words."""

from __future__ import annotations

import dataclasses
import re

from annotator.domain.evidence import Evidence, Speaker, continental
from annotator.domain.evidence._words import (
    BODY_DOCUMENTS,
    DETERMINERS,
    FRENCH_INVERSION,
    NOT_NAMES,
    is_saying_word,
    tail_verb,
)
from annotator.domain.evidence.quotations import in_column
from annotator.domain.evidence.speakers.documents import _named
from annotator.domain.evidence.speakers.memoirs import _author_called_on
from annotator.domain.evidence.speakers.people import (
    _NAME_ASIDE_VERB,
    _PARTICLES,
    _PHRASE_PREPOSITIONS,
    _ROLE_COMMA_NAME,
    _TITLED_ROLES,
    _addressee,
    _gender_agrees,
    _People,
    _role_noun,
)
from annotator.domain.evidence.speakers.pronouns import _carry_over
from annotator.domain.evidence.speakers.subjects import _subject_before

_FALLBACK_CITATION = re.compile(
    r"\(\s*(?P<author>[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)?|ibid\.?|loc\.?\s?cit\.?|op\.?\s?cit\.?)"
    r"[\s,]*(?:\d{4}[a-z]?[,:]?\s*)?(?:pp?\.\s*)?[\divxlc\-–]*[^()]{0,20}\)",
    re.IGNORECASE,
)


_QUOTED_IN = re.compile(r"\(\s*(?:as\s+)?(?:quoted|cited|reprinted|translated)\s+(?:in|by)\b", re.IGNORECASE)


_IBID = re.compile(r"(?:ibid|loc|op)\b", re.IGNORECASE)


# After words that closed their sentence, a sentence whose verb of saying takes words of its own: a clause
# after a comma ("I said, I was afraid …"), "that …" ("He maintained that …") or "against" ("She argued
# against it") — narration going on, not the tag of the words before ("I inquired of the clerk" is one).
_NARRATION_AFTER = re.compile(
    r"[ \t]+(?:I|We|He|She|They)[ \t]+[a-z]+"
    r"(?:,[ \t]+(?:I|we|he|she|they|that)\b|[ \t]+(?:that|against)\b)"
)


def _after_quote(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "“…,” wrote Service", "“…” Khrushchev later wrote", "“…,” he added"."""
    after = text[q.end : q.end + 120]
    ended = bool(re.search(r"[.!?…]\W?$", text[q.start : q.end - 1]))
    if ended and _NARRATION_AFTER.match(after):
        return None  # "“…independence.” I said, I was afraid my father …": the next sentence's own words
    expressed = _AS_EXPRESSED_BY.match(after)
    if expressed and expressed.group("name").split()[0].lower() not in NOT_NAMES:
        # "argued for “a school for physical courage”, as expressed by Marinetti in 1919": the agent's words
        return _named(text, q.end + expressed.start("name"), q.end + expressed.end("name"))
    named = _ROLE_COMMA_NAME.match(after)
    if named and is_saying_word(named.group("verb"), after_name=True):
        # "“…,” the publisher, Alexei Grinev, told The Associated Press": the name in the appositive
        return _named(text, q.end + named.start("name"), q.end + named.end("name"))
    aside = _NAME_ASIDE_VERB.match(after)
    if aside and is_saying_word(aside.group("verb"), after_name=True):
        name_at = q.end + aside.start("name")
        words = list(re.finditer(r"[\w’'.-]+", aside.group("name")))
        # "House Whip Steny Hoyer": the name after the last role word ("Senate Majority Leader Ann Roe")
        roles = [
            i for i, w in enumerate(words[:-1]) if _role_noun(w.group().lower()) or w.group() in _TITLED_ROLES
        ]
        first = words[roles[-1] + 1] if roles else words[0]
        return _named(text, name_at + first.start(), name_at + words[-1].end())
    french = FRENCH_INVERSION.match(after)
    if french and is_saying_word(french.group("verb")):
        # "« … », me répétait-elle": the pronoun inverted after the verb
        pronoun = {"il": "he", "elle": "she"}.get(french.group("pronoun"), "they")
        return _carry_over(text, q.end + french.start("pronoun"), pronoun, spoken, people)
    found = tail_verb(after, ended)
    tag = continental.tag_after(after) or continental.closing_so(after)
    german_name = (
        tag is not None and tag.verb in continental.GERMAN_TAG_VERBS and tag.subject[:1].isupper()
        and not re.search(r"\b(?:der|die|das|den|dem|des)\s+(?:\w+\s+){0,2}$", after[: tag.start])
    )
    if tag is not None and (found is None or not german_name):
        # "„…“, rief der Sozialdemokrat", "« … », a dit Nicolas Sarkozy", "«…», — сказал он"; the English
        # reading of a German name right after the verb stays ("„…“, sagte Historiker Karl Schlögel")
        return _continental_speaker(text, q.end, tag, spoken, people)
    if found is None:
        return None
    words, index, _ = found
    at = q.end
    if index == 0 and len(words) > 1 and words[1].group() == "I":
        # "“No,” thought I": the author
        start = at + found[2] + words[1].start()
        return Speaker("I", start, start + 1, "author")
    previous = spoken[-1] if spoken else None
    pronoun = words[1 - index] if index in (0, 1) and len(words) > 1 - index else None
    if pronoun is not None and pronoun.group().lower() in {"he", "she"} and previous and (
        previous[1].name in {"I", "we", "We"} and not re.search(r"\n\s*\n", text[previous[0] : q.start])
    ):
        # "I … said, “We are betrayed!” “Well,” said he": "he" right after words I said is not I, but most
        # likely the one I said them to ("I turned to Sandy … and said", "“…?” I asked of the clerk")
        addressed = _addressee(text, previous[0], q.start) or _author_called_on(
            text, previous[0], pronoun.group().lower(), people
        )
        if addressed is not None and _gender_agrees(pronoun.group().lower(), people, addressed.name):
            return addressed  # ("I said to Anna, “…” … “…,” he said": not Anna)
        return _carry_over(text, at + found[2] + pronoun.start(), pronoun.group().lower(), spoken, people)
    if index == 0 and len(words) > 1 and words[1].group() in {"he", "she", "they"}:
        # "“Sir,” said he, “…”": an inverted pronoun (older prose) is carried over like "he said"
        return _carry_over(text, at + found[2] + words[1].start(), words[1].group(), spoken, people)
    if index == 0:  # inverted: "wrote Service", "said the prosecutor"
        return _noun_phrase_forward(text, [w for w in words[1:]], at + (found[2]))
    verb_at = at + found[2] + words[index].start()
    return _subject_before(text, verb_at, at + found[2], spoken, people)


# The line under a quotation set on a line of its own, naming whose words they are without a dash, as pages
# of collected quotations print it: "Kaiser Wilhelm II., September 1918", "Charles de GAULLE (1890-1970),
# Mémoires de guerre", "Norman Stone, Historiker". The name runs to a comma, a parenthesis or the line's end.
_LINE_BELOW = re.compile(
    r"[ \t]*\d{0,5}[ \t]*\n(?:[ \t]*\n(?=[^\n]{3,60}\(\d{3,4}))?"
    r"(?P<name>(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*|(?:von|van|de|du|d’|d')(?=[ \t]))"
    r"(?:[ \t]+(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*|von|van|de|du|der|d’|d')){0,5})[ \t]*(?:[,(]|\n|$)"
)


def _attribution_line_below(text: str, q: Evidence) -> Speaker | None:
    """A quotation alone on its line, and under it a line opening with a name (``_LINE_BELOW``)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start : q.start].strip():
        return None
    if in_column(text, q.start):
        return None  # a scanned column's lines: the line under the words is the column going on
    m = _LINE_BELOW.match(text, q.end)
    if m is None:
        return None
    line_end = text.find("\n", m.start("name"))
    line = text[m.start("name") : line_end if line_end >= 0 else len(text)]
    if len(line) > 160 or re.search(r"[“”\"«»„]", line[:1]) or line.rstrip().endswith((":", "?")):
        return None
    if not any(c.islower() for c in m.group("name")):
        return None  # "WEATHER FORECAST": a scanned page's next headline, nobody's name
    name = m.group("name").rstrip(".") if not re.search(r"\b[IVX]+\.$", m.group("name")) else m.group("name")
    words = name.split()
    if len(words) < 2 and not re.match(r"[ \t]*\(\d{3,4}", text[m.end("name") :]):
        return None  # one capitalised word opens a sentence as often as it names someone
    return _named(text, m.start("name"), m.start("name") + len(name))


def _continental_before(
    text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """A German, French or Russian verb of saying before the words (continental.subject_before)."""
    tag = continental.subject_before(lead)
    return _continental_speaker(text, lead_at, tag, spoken, people) if tag is not None else None


def _continental_speaker(
    text: str, at: int, tag: continental.Tag, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker:
    """The speaker a German, French or Russian tag names (continental.py), its positions counted from ``at``:
    "„…“, sagte er" (the pronoun carried over), "« … », a dit Nicolas Sarkozy", "«…», — заключил Черников"."""
    if tag.pronoun:
        return _carry_over(text, at + tag.start, tag.pronoun, spoken, people)
    return _named(text, at + tag.start, at + tag.end)


_AS_EXPRESSED_BY = re.compile(
    r"[.,]?\s*,?\s+as\s+(?:[a-z]+ly\s+)?(?:expressed|stated|put|formulated|phrased|written|declared|proclaimed)\s+"
    r"by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3})"
)


# Sentence ends in a gap, not counting the full stop of an abbreviated title ("Dr. Ella Marsh said.").
_GAP_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bGov)[.!?]\s")
_ABBREVIATED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Gov|Rep|Gen|Col|Capt|Lt|Prof|No|[A-Z])\.$")


def _closing_attribution(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """News style: a sentence that closes with its verb of saying ("…, Marvin Putnam said.", "… are ignored,
    Senate Whip Dana Rourke, D-Ore., said on the floor.") gives the words quoted anywhere in it."""
    if re.search(r"[.!?…]\W?$", text[q.start : q.end - 1]):
        return None  # the quotation closes its own sentence: what follows is a new one
    limit = min(len(text), q.end + 320)
    paragraph = text.find("\n\n", q.end, limit)
    limit = paragraph if paragraph >= 0 else limit
    end = None
    for m in re.finditer(r"[.!?](?=[”\"’]?(?:\s|$))", text[q.end : limit]):
        stop = q.end + m.start() + 1
        if not _ABBREVIATED.search(text, max(0, stop - 8), stop):
            end = q.end + m.start()
            break
    if end is None:
        return None
    tail = text[q.end : end]
    if re.search(r"[“”\"«»„]", tail):
        return None  # another quotation in between owns whatever attribution follows
    for comma in (m.start() for m in re.finditer(",", tail)):
        rest = tail[comma:]
        aside = _NAME_ASIDE_VERB.match(rest)
        if aside and is_saying_word(aside.group("verb"), after_name=True) and "," not in rest[aside.end() :]:
            return _after_quote(text, dataclasses.replace(q, end=q.end + comma), spoken, people)
    comma = tail.rfind(",")
    if comma < 0:
        return None
    found = tail_verb(tail[comma:] + ".", False)
    if found is None:
        return None
    words, index, start = found
    at = q.end + comma
    if index == 0 and not (words[0].group().lower() in {"said", "says", "wrote", "writes", "added", "adds"}
                           and len(words) > 1 and words[1].group()[:1].isupper()):
        # "…, Heeringa's grandfather, Roman Homrich, told Mlive.com": no inversion; the subject stands before
        return _subject_before(text, at + start + words[0].start(), q.end, spoken, people)
    if index == 0:
        return _noun_phrase_forward(text, words[1:], at + start)
    verb_at = at + start + words[index].start()
    document = _document_before(text, at + start, verb_at)
    return document or _subject_before(text, verb_at, at + start, spoken, people)


# "…, a report released late Monday said.": a document, its article and its noun (one word may come between),
# then what describes it.
_DOCUMENT_NP = re.compile(r"[ \t\n]*(?:the|a|an|this|its|their)[ \t\n]+([\w’'-]+)(?:[ \t\n]+([a-z]+))?")


def _document_before(text: str, start: int, verb_at: int) -> Speaker | None:
    """The document that opens the clause from ``start`` to the verb at ``verb_at`` (``_DOCUMENT_NP``)."""
    m = _DOCUMENT_NP.match(text, start, verb_at)
    if m is None:
        return None
    group = next((g for g in (1, 2) if m.group(g) in BODY_DOCUMENTS), None)
    if group is None:
        return None
    begin = start + len(text[start : m.end()]) - len(text[start : m.end()].lstrip())
    return Speaker(" ".join(text[begin : m.end(group)].split()), begin, m.end(group))


# Words that end a described speaker after an inverted verb: whom it was said to ("said the spider to the
# fly") and what the speaker did next ("said the old man and turned away", "said the clerk as he wrote").
_PHRASE_ENDS = {"to", "and", "but", "or", "as", "when", "while", "then", "before", "after", "without"}


_POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*[’']s")


# An epithet older fiction puts before a name after an inverted verb: "replies young Nightingale"; and the
# age news reports put there: "said 13-year-old Ana Kovac".
_EPITHETS = {"young", "old", "little", "poor", "good", "honest", "brave"}
# (the words start at a letter: "13-year-old" is read as "year-old")
_AGE_EPITHET = re.compile(r"(?:[a-z]+(?:-[a-z]+)?-)?(?:year|month)-old")


def _without_epithet(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """``words`` without an epithet opening them before a capitalised name ("young Nightingale")."""
    first = words[0].group() if words else ""
    epithet = first in _EPITHETS or _AGE_EPITHET.fullmatch(first) is not None
    if len(words) > 1 and epithet and words[1].group()[:1].isupper():
        return words[1:]
    return words


def _noun_phrase_forward(text: str, words: list[re.Match[str]], at: int) -> Speaker | None:
    """The speaker named after an inverted verb: "Service", "the chief prosecutor", "Lenin in 1922"."""
    words = _without_epithet(words)
    chosen: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        # "says Tatjana's mother": a name's possessive before the role determines it, as "his" would
        determined = bool(chosen) and (chosen[0].group().lower() in DETERMINERS or _POSSESSIVE_NAME.fullmatch(
            chosen[0].group()
        ) is not None)
        described = determined and word.islower()
        if (
            word[0].isupper()
            or (word.lower() in _PARTICLES and chosen)
            or (not chosen and word.lower() in DETERMINERS)
            or (described and len(chosen) < 5 and word.lower() not in _PHRASE_PREPOSITIONS | _PHRASE_ENDS)
        ):
            chosen.append(w)
        else:
            break
    if len(chosen) == 1 and chosen[0].group().lower() in {"one", "another"} and re.match(
        r"[.,;!?]", text[at + chosen[0].end() : at + chosen[0].end() + 1]
    ):
        return Speaker(chosen[0].group(), at + chosen[0].start(), at + chosen[0].end())  # "asks one."
    partitive = _PARTITIVE.match(text, at + chosen[-1].end()) if len(chosen) == 1 else None
    if partitive and chosen[0].group().lower() in _QUANTITIES:
        # "said one of the ministry", "declared several of the delegates": those of the body speak
        return _named(text, at + chosen[0].start(), partitive.end())
    if not chosen or chosen[-1].group().lower() in DETERMINERS:
        return None
    owner = _POSSESSIVE_NAME.fullmatch(chosen[0].group())
    possessed = owner is not None and len(chosen) > 1 and chosen[1].group().islower()
    named = [index for index, w in enumerate(chosen) if index and w.group()[0].isupper()]
    if possessed and not named:
        return _named(text, at + chosen[0].start(), at + chosen[-1].end())  # "Tatjana's mother"
    if named and (chosen[0].group().lower() in DETERMINERS or possessed):
        chosen = chosen[named[0] :]  # "said his colleague Irina Shcherbakova": the name
    start, end = at + chosen[0].start(), at + chosen[-1].end()
    initial = _SURNAME_AFTER_INITIAL.match(text, end) if re.fullmatch(r"[A-Z]", chosen[-1].group()) else None
    if initial:
        end = initial.end()  # "declared Frank P.\nWalsh, chairman …": the surname after the initial's stop
    return _named(text, start, end)


# The body one or some of whom speak after an inverted verb: "one| of the ministry", "two| of his officers".
_PARTITIVE = re.compile(r"\s+of\s+(?:the|his|her|their|its|our)\s+(?:[a-z]+[ \t]+)?[a-z]+(?=[,.;:!?])")
_QUANTITIES = {"one", "some", "several", "many", "two", "three", "few", "most", "each", "another"}
# The surname after a middle initial, over a line break: "Frank P.\nWalsh"
_SURNAME_AFTER_INITIAL = re.compile(r"\.[ \t]*\n?[ \t]*[A-Z][\w’'-]+")


def _cited_after(text: str, end: int, cites: list[Evidence]) -> Speaker | None:
    """The author of the citation right after the quotation ("“…” (Sakwa, 37)"), ibid resolved."""
    gap = re.match(r"[\s.,;:]{0,4}", text[end : end + 6])
    at = end + (gap.end() if gap else 0)
    if cites:
        # One bracket may cite several works, each its own citation inside it: "(Sakwa, 46; McAuley, 42)".
        index = _first_at_or_after(cites, at)
        if index < len(cites) and cites[index].start <= at + 1 and text[at : at + 1] in "([" + text[
            cites[index].start : cites[index].start + 1
        ]:
            c = cites[index]
            if _QUOTED_IN.search(text[at : c.end + 2]):
                return None  # "(quoted in Ward, 112)": Ward is the source, not the one who spoke
            author = c.cited_author
            if not author or _IBID.match(author):
                earlier = [p.cited_author for p in cites[:index] if p.cited_author]
                earlier = [a for a in earlier if not _IBID.match(a)]
                author = earlier[-1] if earlier else ""
            return Speaker(author, c.start, c.end, "cited") if author else None
    # A bracket the citation detector does not count, "(Applebaum 2017: xxvi, emphasis added)", still
    # says whose the words are.
    m = _FALLBACK_CITATION.match(text, at)
    if not m or _QUOTED_IN.search(text[at : at + 20]):
        return None
    if not re.search(r"\d", m.group()) and not _IBID.match(m.group("author")):
        return None  # "(Prolonged applause.)", "(Laughter.)": a stage direction, no citation
    author = m.group("author")
    if _IBID.match(author):
        earlier = [c for c in _FALLBACK_CITATION.finditer(text, max(0, at - 3000), at)
                   if not _IBID.match(c.group("author"))]
        if not earlier:
            return None
        author = earlier[-1].group("author")
    return Speaker(author, m.start(), m.end(), "cited")


def _first_at_or_after(cites: list[Evidence], at: int) -> int:
    low, high = 0, len(cites)
    while low < high:
        middle = (low + high) // 2
        if cites[middle].end <= at:
            low = middle + 1
        else:
            high = middle
    return low


# A tag set in brackets inside the words, in older prose: "“Why, Sir, (said he,) I suppose …”", "“There is
# nothing (continued he) in this …”", "“Then, Sir, (said I,) …”", "“Great abilities (said he) are not …”".
_BRACKETED_TAG = re.compile(
    r"\(\s*(?:(?:said|says|continued|added|replied|answered|cried|observed|rejoined|returned|resumed|exclaimed)"
    r"\s+(?P<who>he|she|I|[A-Z][\w’'-]+)|(?P<who2>he|she|I)\s+(?:said|continued|added|replied|answered|cried|"
    r"observed|rejoined))\s*,?\s*\)"
)


def _bracketed_tag(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """Who says words whose own first sentence holds its tag in brackets: "he" carried over from before the
    words, "I" the author, a name as named. Only in the first 200 characters: a bracket later on is the
    speaker's own aside."""
    limit = min(q.end, q.start + 200)
    tag = _BRACKETED_TAG.search(text, q.start, limit) if text.find("(", q.start, limit) >= 0 else None
    if tag is None:
        return None
    group = "who" if tag.group("who") else "who2"
    who = tag.group(group)
    if who == "I":
        return Speaker("I", tag.start(group), tag.end(group), "author")
    if who in ("he", "she"):
        return _carry_over(text, q.start, who, spoken, people)
    return _named(text, tag.start(group), tag.end(group))
