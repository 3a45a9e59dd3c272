"""Pronouns and carry-over: a pronoun's antecedent, the speaker carried over from an earlier quotation, what
makes a candidate plausible, the subject of a nearby clause."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.domain.evidence import Evidence, Speaker
from annotator.domain.evidence._words import (
    BODY_DOCUMENTS,
    BODY_NOUNS,
    DETERMINERS,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PRONOUNS,
    VIEW_OF,
    WORD,
    is_saying_word,
)
from annotator.domain.evidence.speakers.documents import _named
from annotator.domain.evidence.speakers.people import (
    _ADDRESSED,
    _AFTER_PREPOSITION,
    _ASKED_PERSON,
    _BODY_PARTS,
    _DOCUMENT_AFTER_VERB,
    _FEMALE,
    _GROUPS,
    _INSERTED,
    _LATE_PRONOUN,
    _LEADING_BRACKET,
    _MAIN_BEFORE,
    _NATIONALITIES,
    _NUMBER_WORD,
    _OPENING_PHRASE,
    _OPENING_PREPOSITIONS,
    _PAIR,
    _PLURAL_PRONOUNS,
    _RELATED,
    _ROLE_APPOSITION,
    _ROLE_NAMED,
    _SENTENCE_BREAK,
    _SENTENCE_END,
    _STANDALONE_LINE,
    _SUBORDINATE_BEFORE,
    _TURN_LABEL,
    _agrees,
    _gender_agrees,
    _named_persons,
    _People,
    _plural,
    _sentence_subject,
    _spoken_between,
)
from annotator.domain.evidence.speakers.roles import _INNER_PRONOUN, _OBJECT_PRONOUN, _OPENERS

# "…, said Mr Thomas.", "…, Prof Lovenduski said.": the verb of saying and its subject close the sentence.
_SAID_NAME_AT_END = re.compile(
    r",\s+(?:(?P<verb>[a-z]+)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof|Lord|Lady)\.?\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+"
    r"(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})|(?P<name2>(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof|Lord|Lady)\.?\s+)?"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})\s+(?P<verb2>[a-z]+))\s*\.?$"
)


def _carry_over(
    text: str, at: int, pronoun: str, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """Whom "he", "she" or "they" at ``at`` refers to: whoever was named or quoted last, sentence by sentence
    back from the pronoun — the speaker of a quotation in a sentence, its subject, or (in the sentence just
    before) the last person it names. "she" prefers a name the text shows to be a woman's; "he" never
    takes one; "they" takes a body or "X and Y"; "it" only a body.

    Each "he" or "she" so resolved teaches the gender of the name it stood for, for the pronouns after it:
    "When Darius saw this, he …" makes a later "she" look past Darius."""
    found = _resolve(text, at, pronoun, spoken, people)
    if found is not None and pronoun in _GENDERED:
        people.learn_gender(found.name, _GENDERED[pronoun])
    return found


_GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _resolve(
    text: str, at: int, pronoun: str, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    plural = pronoun in {"they", "them", "we", "sie", "ils", "elles", "они"}
    neuter = pronoun in {"it", "es", "оно"}  # "It added": a body, never a person
    barred = _barred(text, at)
    # Groups described ("these judges", "those who …") stand for a subject "they", not for a "them" that a
    # rule reading an introduction may try ("“We have the power to tax them,” said one of the ministry")
    groups = pronoun.lower() in {"they", "sie", "ils", "elles", "они"}
    found = _candidates(text, at, plural, neuter, spoken, people, barred, groups)
    candidates = [name for name, _, _ in found]
    body = _body_just_quoted(at, spoken, people) if neuter else None
    if body is not None:
        return body
    if plural or neuter:
        return Speaker(candidates[0], None, None) if candidates else None
    best = _ranked(text, at, pronoun, found, people)
    if best is None:
        recent = _last_speaker_before(text, at, pronoun, spoken, people)
        if recent is not None:
            return recent
        # Nobody in the window can be meant: the one the whole text is about ("Nina Petrovna Lugovskaya …
        # died on Sunday" in an obituary, whose "she" may stand a dozen sentences from her name)
        topic = people.topic(pronoun, at)
        return Speaker(topic, None, None) if topic else None
    # "Dr. Jenner’s advice was sound. He said": the owner of a possessive subject is the person meant
    chosen = re.sub(r"(?<=[A-Za-zÀ-ÿ])[’']s$", "", found[best][0])
    # a kin or a role after a possessive ("Strauss's daughter") is named after it like one after "the"
    if chosen.split()[0].lower() in DETERMINERS or re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ][\w-]+[’']s\s+[a-z]+", chosen):
        # "The brigade leader there was a former tank commander called Ilyin": the role named in its sentence
        role_at = text.rfind(chosen, max(0, at - 600), at)
        after_role = role_at + len(chosen)
        named = _ROLE_NAMED.match(text, after_role, after_role + 120) if role_at >= 0 else None
        # "Strauss's daughter, Jenny Strauss Clay, defended …": the name set in commas after the role
        if named is None and role_at >= 0:
            named = _ROLE_APPOSITION.match(text, after_role, after_role + 140)
        if named and named.group("name").split()[0].lower() not in NOT_NAMES:
            return Speaker(named.group("name"), None, None)
    if chosen.split()[-1].islower() and len(chosen.split()) <= 3:
        # "CIA director John A. McCone was suspicious. …, he reasoned": the name after the role
        role_at = text.rfind(chosen, max(0, at - 600), at)
        named = _NAME_AFTER_ROLE.match(text, role_at + len(chosen)) if role_at >= 0 else None
        if named is None and role_at >= 0:
            # "His wife Jennifer plans …": one given name after the kin or role
            named = _GIVEN_NAME_AFTER_ROLE.match(text, role_at + len(chosen))
            named = named if named and _given(named.group("name"), people) else None
        if named and named.group("name").split()[0].lower() not in NOT_NAMES:
            return Speaker(named.group("name"), None, None)
    # The fullest form the window gives of the same person: "Alexandra Mikhailovna Kollontai", not "Kollontai"
    surname = chosen.split()[-1]
    # ("Peggy Tolland" is not "William Tolland": the fuller form ends with the whole name chosen)
    fuller = [name for name, _, _ in found if name.split()[-1] == surname and len(name) > len(chosen)
              and name.endswith(" " + chosen) and all(_given(w, people) for w in name.split()[:-1])]
    return Speaker(max(fuller, key=len) if fuller else chosen, None, None)


_BARE_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mme", "Mlle", "Mr.", "Mrs.", "Ms.", "Dr."}
_FEMALE_TITLES = {"mrs", "miss", "ms", "mme", "madame", "lady", "aunt", "mistress", "dame"}
_MALE_TITLES = {"mr", "sir", "uncle", "master", "lord"}
_TITLE_RIGHT_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


# A Markdown heading ("## 28.", "# Early life"): a section break. Who was speaking or named above it is not
# carried below it (a short line without a sentence's end may be a heading or not: the look-back passes it,
# but takes no subject from it).
_HEADING_LINE = re.compile(r"(?:^|\n)[ \t]*#{1,6}[ \t][^\n]*\n")
# A name written as one of two people joined by "and": "between Charles Fox and Sheridan".
_PAIRED_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z]\.\s+)?(?!I\b)[A-ZÀ-ÞА-ЯЁ][\w’'-]")
_PAIRED_BEFORE = re.compile(r"(?<![\w’'-])(?!I\s)[A-ZÀ-ÞА-ЯЁ][\w’'-]*\s+(?:and|&)\s+$")


def _ranked(
    text: str, at: int, pronoun: str, found: list[tuple[str, int, bool]], people: _People
) -> int | None:
    """Which of ``found`` a "he" or "she" at ``at`` stands for (its index), or None when none can be meant.

    Ranked, not first come: a nearer sentence beats a farther one, its subject (or a speaker) beats a
    name merely mentioned in it, and a name the text shows to be of the pronoun's gender beats one of
    unknown gender ("Our neighbour Klavdia Petrovna … put her shawl around my mother's shoulders … In the
    morning she brought us bread. “…,” she said" is the neighbour: the subject, though "mother" is surely
    a woman). A name of the other gender, a people, a described plural or one of a pair is never taken."""
    female = pronoun in {"she", "her", "elle", "она", "sie"}
    best: tuple[float, int] | None = None
    for order, (name, back, subject) in enumerate(found):
        if not (_agrees(pronoun, name) and _gender_agrees(pronoun, people, name)):
            continue
        if name in _BARE_TITLES or name in {"I", "We", "we"}:
            continue  # "Mrs" of "Mrs. Vance" is nobody's name; "he" is never "I"
        titled = _known_title_gender(text, at, name, people)
        if titled == ("m" if female else "f"):
            continue  # "Aunt Zelpha … He said to her": a title shows the other gender
        if " " not in name and name.endswith("s") and name.lower() in people._lowercase:
            continue  # "Patients were …": a plural noun opening a sentence is no "he" or "she"
        if _group(text, at, name, people):
            continue  # a people, a described plural or one of a pair is "they", never "he" or "she"
        if people.heading(name):
            continue  # "The Big Question" on a line of its own is a report's cross-heading
        if " " not in name and people.body(name):
            continue  # "The Courier says that …, he has": a paper the source writes with "the" is no "he"
        last_word = name.split()[-1]
        if name.split()[0].lower() in DETERMINERS and last_word.islower() and re.search(r"[^s]s$", last_word):
            continue  # "The reforms were …": a plural described is no "he" or "she"
        known = people.gender(name) == "f" or name.split()[-1].lower() in _FEMALE or titled == "f"
        score = -2.0 * back + (1.5 if subject else -1.0 if back == 0 else 0.0)
        score += 4.5 if female and known else 0.0
        if female and name.split()[0].lower() in DETERMINERS and back <= 1:
            score += 1.0  # "Our librarian kept the copy … she said": a person named by what she is, nearby
        # Of two names merely mentioned in the same sentence, one after a preposition ranks below one that is
        # not ("Later Cato regretted the loss of Brutus … “…,” said he" is Cato, not Brutus)
        tied_mention = (best is not None and score == best[0] and not subject and not found[best[1]][2]
                        and back == found[best[1]][1] and _after_preposition(text, at, found[best[1]][0])
                        and not _after_preposition(text, at, name))
        if best is None or score > best[0] or tied_mention:
            best = (score, order)
    return best[1] if best is not None else None


def _candidates(
    text: str, at: int, plural: bool, neuter: bool, spoken: list[tuple[int, Speaker, str]], people: _People,
    barred: set[str], groups: bool = False,
) -> list[tuple[str, int, bool]]:
    """The plausible antecedents of a pronoun at ``at`` (see ``_antecedents``)."""
    return [(name, back, subject) for name, back, subject in _antecedents(text, at, plural, neuter, spoken,
                                                                           people, groups)
            if _plausible(name, people) and not (back == 0 and name.split()[-1] in barred)]


def _after_preposition(text: str, at: int, name: str) -> bool:
    """Whether ``name``, as last written before ``at``, follows a preposition ("the loss of Brutus")."""
    where = text.rfind(name, max(0, at - 600), at)
    return where > 0 and bool(_AFTER_PREPOSITION.search(text[max(0, where - 20) : where]))


def _group(text: str, at: int, name: str, people: _People) -> bool:
    """Whether ``name`` stands for more than one person, so that "he" or "she" cannot refer to it: a plural
    ("the judges"), a people the text names with "the" ("the Greeks"), a phrase described by a plural noun
    ("The officers made"), or a name written as one of a pair ("Fox and Sheridan" are "they")."""
    if _plural(name) or name in people.the_plurals():
        return True
    words = name.split()
    if words[0].lower() in DETERMINERS and any(_plural(w) for w in words[1:]):
        return True
    where = text.rfind(name, max(0, at - 600), at)
    if where < 0:
        return False
    after = where + len(name)
    paired_before = _PAIRED_BEFORE.search(text, max(0, where - 40), where)
    return bool(paired_before or _PAIRED_AFTER.match(text, after, after + 40))


def _title_gender(text: str, at: int, name: str) -> str:
    """ "f" or "m" when a title goes with ``name`` ("Aunt Hester", "Mrs. Vance" as last written before
    ``at``), else ""."""
    first = name.split()[0].rstrip(".").lower()
    if first in _FEMALE_TITLES or first in _MALE_TITLES:
        return "f" if first in _FEMALE_TITLES else "m"
    # Every title the name has in the window: "Mr. Auld" and "Mrs. Auld" both there tell nothing
    titles = set()
    for m in re.finditer(re.escape(name) + r"\b", text[max(0, at - 2000) : at]):
        where = max(0, at - 2000) + m.start()
        title = _TITLE_RIGHT_BEFORE.search(text, max(0, where - 10), where)
        word = title.group(1).lower() if title else ""
        titles.add("f" if word in _FEMALE_TITLES else "m" if word in _MALE_TITLES else "")
    return titles.pop() if len(titles) == 1 else ""


def _known_title_gender(text: str, at: int, name: str, people: _People) -> str:
    """``_title_gender``, remembered per (at, name) for the text ``people`` reads: every candidate of every
    pronoun at ``at`` asks again, and each answer scans 2,000 characters."""
    if text is not people.text:
        return _title_gender(text, at, name)
    known = people.title_genders.get((at, name))
    if known is None:
        known = people.title_genders[(at, name)] = _title_gender(text, at, name)
    return known


def _barred(text: str, at: int) -> set[str]:
    """Names a pronoun subject at ``at`` cannot stand for: a name in a phrase fronted before it ("Yet to
    another Menshevik leader, Fyodor Dan, he confided": not Dan) or the one a relative pronoun right before it
    stands for ("Pasternak, whom he described as": not Pasternak)."""
    window = text[max(0, at - 300) : at]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    local = window[cut:]
    barred: set[str] = set()
    fronted = _FRONTED_PHRASE.match(local)
    relative = _RELATIVE_BEFORE.search(local)
    for m in (fronted, relative):
        if m is not None:
            words = re.findall(r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+", m.group("np"))
            barred.update(w for w in words if w.lower() not in NOT_NAMES)
    return barred


# "Yet to another Menshevik leader, Fyodor Dan, he": a prepositional phrase opening the sentence; "Asked
# whether Dr Hale could stay, he": the question put to the subject.
_FRONTED_PHRASE = re.compile(
    r"\s*(?:(?:Yet|But|And|So|Then|Later|Also|Still)\s+)?(?:[Tt]o|[Ww]ith|[Ff]or|[Aa]bout|[Oo]f|[Ff]rom|[Tt]owards?|"
    r"(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\s+(?:if|whether|about|how|why|what|when|who|on))\s+"
    r"(?P<np>[^.;:“”\"«»]{1,120}?),\s*(?:(?:he|she)\s+)?$"
)
# "Pasternak, whom he", "Kamenev, to whom he": the relative pronoun's antecedent.
_RELATIVE_BEFORE = re.compile(
    r"(?P<np>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)*),\s+(?:(?:to|with|for|of|from|about)\s+)?whom\s+"
    r"(?:(?:he|she)\s+)?$"
)


_NAME_AFTER_ROLE = re.compile(
    r"[ \t]+(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t]+(?:[A-ZÀ-ÞА-ЯЁ]\.|[A-ZÀ-ÞА-ЯЁ][\w’'-]+))*"
    r"[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)"
)

_GIVEN_NAME_AFTER_ROLE = re.compile(r"[ \t]+(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+)(?=[ \t]+[a-z])")


# Adverbs of time that open a sentence without a comma and look like names: "Late last summer he …",
# "Early next morning she …"
_TIME_OPENERS = {"late", "early"}


def _given(word: str, people: _People) -> bool:
    """Whether ``word`` before a surname is part of the name ("Alexandra", "Mikhailovna"), not a word the text
    also writes in lower case ("Historian Marina Lebedeva", "For Robert Conquest")."""
    w = word.lower()
    people.kind(0, word)  # reads the text's words once
    return word[:1].isupper() and w not in NOT_NAMES and (w in FIRST_NAMES or w not in people._lowercase)


def _plausible(name: str, people: _People, start: int | None = None, end: int | None = None) -> bool:
    """Whether ``name`` can be a speaker at all: not a capitalised word that only opens a sentence ("Asked",
    "Born", "Decades", "Within"), not a place ("Sweden", "in Voronezh"), not a modifier of the noun after it
    ("British" of "British ambassador"), not a phrase ending in a pronoun ("his trial he"), not "I'm"."""
    if start is None:
        # By name alone the answer is the text's, the same for every pronoun that looks back at it
        known = people.plausible.get(name)
        if known is None:
            known = people.plausible[name] = _plausible_here(name, people, None, None)
        return known
    return _plausible_here(name, people, start, end)


def _headline_words(name: str, people: _People) -> bool:
    """Whether ``name`` is a run of words in capitals that the text also writes in lower case: a headline
    ("FIRST TIME ON STEAM CARS"), not a name ("JAMES WILSON") or an acronym."""
    words = [w.strip(".,;:!?").lower() for w in name.split()]
    if not name.isupper() or len(words) < 2:
        return False
    people.kind(0, name)  # reads the text's words once
    return all(w in people._lowercase for w in words)


def _plausible_here(name: str, people: _People, start: int | None, end: int | None) -> bool:
    words = name.split()
    if not words:
        return False
    lower = [w.lower().strip(".,;:") for w in words]
    if _NUMBER_WORD.fullmatch(lower[0]) or (len(lower) == 2 and lower[0] in {"his", "her", "their", "my"}
                                            and lower[1] in _BODY_PARTS):
        return False  # "Forty-three sets of remains …", "shook his head": no one who speaks
    if len(words) > 1 and lower[-1] in {"he", "she", "they", "i", "we", "it"}:
        return False
    if re.match(r"i[’']", lower[0]):
        return False
    if _headline_words(name, people):
        return False
    if len(words) == 1 and words[0][:1].isupper():
        w = lower[0]
        if w in NOT_NAMES or w in _OPENING_PREPOSITIONS or w in _OPENERS:
            return False
        people.kind(0, name)  # reads the text's words once
        person, place = people._elsewhere().get(words[0], (0, 0))
        noun = w in BODY_NOUNS or w.endswith(("ers", "ors", "ists", "ians", "ants", "ents"))
        if not person and w in people._lowercase and not noun and w not in FIRST_NAMES:
            return False  # a word the text also writes in lower case, capitalised only at a sentence's start
        if not person and (w.endswith(("ly", "ish", "ese")) or w in _NATIONALITIES) and w not in FIRST_NAMES:
            return False  # "Visibly tired, he …", "The British ambassador": an adverb or an adjective
        if person < 2 and w in _TIME_OPENERS:
            # "Late last summer, he …" (one vote as a person may be a sentence's end read past: "a veteran
            # journalist. Late last summer"); General Early, a person by his title again and again, stays one
            return False
        if re.search(r"[a-z](?:ism|isms|ist\s+doctrine)$", w) and len(w) > 6:
            return False  # "Stalinism", "Trotskyism": a doctrine named after a man speaks for nobody
        if place > person:
            return False
    if start is not None:
        possessive = end is not None and re.match(r"[’']s?\b", people.text[end : end + 3])
        if people.kind(start, name) == "place" and not possessive:  # "In Lenin’s own words" is no place
            return False
        if end is not None:
            after = re.match(r"[ \t]+([a-z]+)\b", people.text[end : end + 30])
            noun = after.group(1) if after else ""
            noun_after = noun in BODY_NOUNS and not noun.endswith("ed")
            if noun_after and name[:1].isupper() and len(words) == 1:  # "Pravda accused" is a verb
                return False  # "British ambassador": the noun after is the head
    return True


# The agent of a passive verb: "were hotly scored tonight by Billy Sunday"
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+){0,3}?[a-z]+ed\b[^.;:“”\"]{0,80}?\bby\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Dr)\.\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?![’'\w])"
)


def _body_just_quoted(at: int, spoken: list[tuple[int, Speaker, str]], people: _People) -> Speaker | None:
    """The body an "it" stands for right after its quotation: "“…,” said KCNA. “…,” it added" is the agency
    quoted in the sentence before, not a body or document the paragraph before names ("The report comes
    after …"). Only a body (an organisation word, an acronym) quoted within 300 characters."""
    for end, speaker, _ in reversed(spoken):
        if end > at:
            continue
        last = speaker.name.split()[-1]
        acronym = last.isupper() and len(last) >= 2
        body = acronym or last.lower() in ORGANISATION_WORDS or (
            speaker.start is not None and people.kind(speaker.start, speaker.name) == "organisation"
        )
        return Speaker(speaker.name, None, None, speaker.role) if at - end <= 300 and body else None
    return None


def _last_speaker_before(
    text: str, at: int, pronoun: str, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """Whom a "he" or "she" with nobody in its window stands for in a report: the one last quoted, a few
    paragraphs back ("… hotly scored tonight by Billy Sunday … “…,” he said. [three paragraphs on the
    sermon] He said: “…”"), when the pronoun agrees with them."""
    for end, speaker, _ in reversed(spoken):
        if end > at:
            continue
        if at - end > 2000 or (text.find("#", end, at) >= 0 and _HEADING_LINE.search(text, end, at)):
            return None  # a heading between opens another section: its people are not carried into it
        if speaker.name in {"I", "we", "We"} or speaker.role == "author" or _group(text, at, speaker.name,
                                                                                    people):
            continue
        if _agrees(pronoun, speaker.name) and _gender_agrees(pronoun, people, speaker.name):
            return Speaker(speaker.name, None, None, speaker.role)
        return None
    return None


def _antecedents(
    text: str, at: int, plural: bool, neuter: bool, spoken: list[tuple[int, Speaker, str]], people: _People,
    groups: bool = False,
) -> Iterator[tuple[str, int, bool]]:
    """The names a pronoun at ``at`` may stand for, the nearest first, each with how many sentences back
    and whether it is a subject or a speaker there (True) or only named in the sentence (False)."""
    window_start = max(0, at - 600)
    if window_start:
        # The window opens where its first sentence does: a long sentence cut in the middle would give the
        # first capitalised word after the cut as a subject ("… distorted the Leninism of the wise Lenin,
        # but Volkogonov also lamented …" is Volkogonov's sentence, not Lenin's)
        back = max(0, window_start - 1000)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, back, window_start)]
        if breaks:
            window_start = breaks[-1]
    # A heading between opens another section: nobody above it is carried below it
    if text.find("#", window_start, at) >= 0:  # (most texts have no Markdown heading: no scan)
        headings = [m.end() for m in _HEADING_LINE.finditer(text, window_start, at)]
        if headings:
            window_start = headings[-1]
    before = text[window_start:at]
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(before)]
    # Names inside quotations are not whom a pronoun outside them stands for.
    unquoted = people.unquoted(window_start, at)
    ends = [*starts[1:], len(before)]
    # A sentence whose subject is itself a pronoun ("She remembered the same evening.") carries the chain on:
    # it does not put the one it stands for a sentence farther away.
    chained = 0
    for nearest, (s, sentence_end) in enumerate(reversed(list(zip(starts, ends, strict=True)))):
        sentence_at = window_start + s
        if nearest == 0 and not plural and not neuter:
            # "…, and though Stalin took a lenient view (…), he said": the subject of the clause the pronoun
            # comes right after is whom it stands for, before the sentence's own subject
            clause = _SUBORDINATE_BEFORE.search(unquoted, s, len(before)) or _MAIN_BEFORE.search(
                unquoted, s, len(before)
            )
            if clause and clause.group("name").split()[0].lower() not in NOT_NAMES and people.kind(
                window_start + clause.start("name"), clause.group("name")
            ) in ("person", "unknown"):
                yield clause.group("name"), 0, True
        if not neuter:
            # "Stalin was not, Roberts argues, “…”. He …": a speaker set in commas inside the sentence
            # leaves its subject the topic
            inserted = [q for q in _spoken_between(spoken, sentence_at, at) if q.start is not None
                        and _INSERTED.match(text, q.start - 2, q.start) and q.start < sentence_at + 200]
            topic = _sentence_subject(unquoted[s:]) if inserted and not plural else None
            if topic is not None and people.kind(sentence_at + topic[1], topic[0]) in ("person", "unknown"):
                yield topic[0], nearest - chained, True
            # "Vinogradskaya accused her of “…”": the one the speaker spoke to or of is the topic, not
            # the speaker, for a "she" (a "he") after it
            for q in reversed(_spoken_between(spoken, sentence_at, at)):
                addressed = not plural and q.start is not None and _ADDRESSED.match(
                    text, q.end or q.start, (q.end or q.start) + 60
                )
                # "His colleague Alexander Daniel recalled …": the colleague is not "he"
                related = not plural and q.start is not None and _RELATED.search(
                    text, max(0, q.start - 40), q.start
                )
                body = q.start is not None and people.kind(q.start, q.name) == "organisation"
                if not plural and body:
                    continue  # "Pravda accused …": a paper or a body is no "he" or "she"
                if (not plural or _plural(q.name)) and not addressed and not related:
                    yield q.name, nearest - chained, True
        if nearest and not _SENTENCE_END.search(before, s, sentence_end):
            continue  # a heading ("5.3 The Great Terror") has no subject to carry over (one ending in words
            # quoted, "… a man said, “We want a Dictator.”", is a sentence: its closing mark counts)
        sentence = unquoted[s:sentence_end]
        view = VIEW_OF.match(sentence)
        if view and not plural and not neuter and people.kind(sentence_at + view.start("who"), view.group(
            "who"
        )) in ("person", "unknown"):
            # "For Krasnova, the work is personal. She keeps …": whose view the sentence gives is its topic
            yield view.group("who"), nearest - chained, True
        if neuter and nearest:
            placed = _DOCUMENT_AFTER_VERB.search(sentence)
            if placed:
                # "Among the papers was a letter from a teacher in Poltava.": the subject after the verb
                yield placed.group("np"), nearest - chained, True
                continue
        closing = _SAID_NAME_AT_END.search(sentence.rstrip()[-90:]) if not plural and not neuter else None
        if closing and is_saying_word(closing.group("verb") or closing.group("verb2"), after_name=True):
            # "Jackson's ability … meant AEG could not see it, Putnam said. “…,” he said": the one who closes
            # the sentence with its verb of saying is its main subject, whom the next "he" goes on with
            said_by = closing.group("name") or closing.group("name2")
            if said_by.split()[0].lower() not in NOT_NAMES:
                yield said_by, nearest - chained, True
        later = _LATER_CLAUSE_SUBJECT.search(sentence) if not plural and not neuter else None
        if later and later.group("name").split()[0].lower() not in NOT_NAMES and people.kind(
            sentence_at + later.start("name"), later.group("name")
        ) in ("person", "unknown"):
            # "Cossutianus began, and then Marcellus exclaimed …": the subject of the last clause is nearer
            # than the sentence's first
            yield later.group("name"), nearest - chained, True
        subject = _sentence_subject(unquoted[s:])
        if subject is not None:
            name, offset = subject
            kind = people.kind(sentence_at + offset, name)
            body = _plural(name) or kind == "organisation"
            # "The latest study (…) sets … what it calls": a book or a document is an "it"
            body = body or (neuter and name.split()[-1].lower() in BODY_DOCUMENTS)
            person = kind in ("person", "unknown") and not _plural(name)
            after_name = s + offset + len(name)
            addressed = not plural and _ADDRESSED.match(unquoted, after_name, after_name + 60)
            related = _RELATED.search(unquoted, max(0, s + offset - 40), s + offset)
            # "His colleague Razumov recalled that Dmitriev …": the "his" NP is not "he" when its sentence
            # names the one "his" stands for; "His brother Viktor … is less willing to talk." is about him
            related = related and re.search(r"\b[A-ZÀ-ÞА-ЯЁ][\w’'-]+", unquoted[after_name:sentence_end])
            addressed = addressed or (not plural and related)
            if (body if plural or neuter else person) and not addressed:
                yield name, nearest - chained, True
        agent = _PASSIVE_AGENT.search(sentence) if not plural and not neuter else None
        agent_kind = people.kind(sentence_at + agent.start("name"), agent.group("name")) if agent else ""
        if agent and agent_kind in ("person", "unknown"):
            # "… were hotly scored tonight by Billy Sunday before 14,000 people. He warmly praised …": the one
            # who acts in a passive sentence is its topic as much as its grammatical subject
            yield agent.group("name"), nearest - chained, True
        if plural:
            pairs = list(_PAIR.finditer(sentence))
            if pairs:
                # "a view that Davies and Wheatcroft reject. As they note, …"
                yield pairs[-1].group(), nearest - chained, True
            elif groups and nearest - chained <= 1:
                # "Those who stayed, on the other hand, …": a group named by whom it is
                those = _THOSE_WHO.search(sentence)
                if those:
                    yield those.group("who").lower(), nearest - chained, True
                # "The envoys put the question to the elders, and they answered": a group of people described
                # in the sentence before or the pronoun's own, the nearest last
                described = [m for m in _GROUP_NP.finditer(sentence) if _plural(m.group("noun"))]
                if described:
                    yield described[-1].group().strip(), nearest - chained, False
            continue
        turn = _TURN_LABEL.match(sentence)  # "Gavrilov: He was at the front.": the turn's label is no name
        if turn and not neuter and sentence.rstrip().endswith("?"):
            # "Interviewer: And your father?" / "Gavrilov: He was at the front.": whom the question names
            asked = [m for m in _ASKED_PERSON.finditer(sentence, turn.end())
                     if m.group("noun") in BODY_NOUNS and m.group("noun") not in BODY_DOCUMENTS]  # fmt: skip
            if asked:
                yield asked[-1].group(), nearest - chained, True
        # "(See App. III, Sect. 5) He accused …": a reference in brackets left before the sentence's subject
        referred = _LEADING_BRACKET.match(sentence)
        begin = turn.end() if turn else referred.end() if referred else 0
        opening = _OPENING_PHRASE.match(sentence, begin)
        first = WORD.match(sentence, opening.end() if opening else begin)
        late = _LATE_PRONOUN.match(sentence, opening.end() if opening else 0)
        if late and not (first and first.group().lower() in PRONOUNS):
            # "But two days later he sent a letter … in return for an American promise": the pronoun is
            # the subject after a short phrase without a comma; the names after it are mentions
            first = WORD.match(sentence, late.start("pronoun"))
        # "They were written by our grandfather, Pyotr Volkov, …. In one of them he writes": a pronoun of
        # another number carries no chain for this one; the sentence's names are candidates
        other = first is not None and (first.group().lower() in _PLURAL_PRONOUNS) != plural
        if first and first.group().lower() in PRONOUNS - {"i", "we"} and nearest and not other:
            if opening is not None and nearest - chained <= 1 and not neuter:
                # "When Lenin introduced NEP, he presented it …": the name in the opening clause is the
                # pronoun's own antecedent
                opener = WORD.match(sentence)  # "Asked whether …, he": the clause's first word is no name
                begin = s + (opener.end() if opener else 0)
                # the clause's own subject first: "When Yeltsin met Gorbachev after the coup, he was cold"
                named = list(_named_persons(unquoted, begin, s + opening.end(), window_start, 1, people))
                for name in reversed(named):
                    yield name, nearest - chained, True
            if nearest - chained <= 1 and not neuter and not plural:
                # "He asked me … to tell his daughter …": those it names are mentions, still candidates
                for name in _named_persons(unquoted, s + first.end(), sentence_end, window_start, 1, people):
                    if name.split()[0].lower() in DETERMINERS:
                        yield name, nearest - chained, False
            chained += 1
            continue  # "From 1923 she served abroad, in Norway …": she is someone named earlier still
        if nearest and not plural and not neuter and _OBJECT_PRONOUN.search(sentence) and (
            subject is None or subject[0].split()[0].lower() in {"i", "we"}
            or people.kind(sentence_at + subject[1], subject[0]) not in ("person", "unknown")
        ):
            # "I told him Kiev.": the sentence speaks of the same one through "him"; names in it are
            # mentions, and the one meant was named before
            chained += 1
            continue
        if nearest and not plural and not neuter and subject is None and _INNER_PRONOUN.search(sentence):
            # "Once, in 1974, just before he was expelled.": a sentence without a subject of its own that
            # speaks of "he" inside a clause carries the chain on to the one named before
            chained += 1
            continue
        if nearest - chained <= 1 and not neuter:
            for name in _named_persons(unquoted, s, sentence_end, window_start, nearest, people):
                yield name, nearest - chained, False


# A group of people described: "these judges", "the royal judges", "certain Indians" is capitalised and named.
_GROUP_NP = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|his|her|their|its|[Cc]ertain|[Ss]ome|[Ss]everal|[Bb]oth|[Aa]ll\s+the)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+[^s\W]s)\b"
)


# "Those who thought …", "some who had found …", "Those, on the other hand, who …", "some there were who …".
_THOSE_WHO = re.compile(
    r"\b(?P<who>[Tt]hose|[Ss]ome|[Mm]any|[Oo]thers)(?:,[^,;:.“”\"]{1,40},|\s+there\s+(?:were|are|was))?\s+who\b"
)
# The subject of a clause joined after the first: "Cossutianus made a beginning, and then Marcellus in more
# violent tones exclaimed", "…; whereupon Cambyses, full of rage, made answer".
_LATER_CLAUSE_SUBJECT = re.compile(
    r"[,;]\s+(?:and|but|whereupon|whereon)\s+(?:then\s+|afterwards\s+|at\s+last\s+)?"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})"
    r"(?:\s+(?:in|with)\s+[^,;:.“”\"]{1,40}?|,[^,;:.“”\"]{1,40},)?\s+[a-z]+\b"
)


def _one_person(phrase: str) -> bool:
    """ "a young man", "the old woman", "my neighbour": one person described, not a group or a document."""
    words = phrase.lower().split()
    return (
        len(words) >= 2 and words[0] in {"a", "an", "the", "my", "his", "her", "our", "their"}
        and words[-1] in BODY_NOUNS and words[-1] not in BODY_DOCUMENTS and words[-1] not in _GROUPS
        and not words[-1].endswith("s")
    )


def _paragraph_start(text: str, position: int) -> int:
    blank = text.rfind("\n\n", 0, position)
    return 0 if blank < 0 else blank + 2


# A document and the body it is of: "a short communiqué of the Ministry of Internal Affairs", "a statement
# by the Central Committee", "an appeal from the Writers' Union".
_DOCUMENT_OF_BODY = re.compile(
    r"\b(?:communiqu[eé]|statement|declaration|announcement|report|resolution|decree|letter|telegram|appeal|"
    r"order|note|protest|message|directive|instruction|circular|notice|proclamation|diary|diaries|memoirs|"
    r"journal)s?\s+(?:of|from|by)\s+(?:(?:his|her|their|its)\s+(?:[a-z]+\s+){0,2})?"
    r"(?P<body>(?:the\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-ZÀ-ÞА-ЯЁ][\w’'-]*)*"
    # "a note from Marshal Tukhachevsky's wife": whose kin or aide wrote it
    r"(?:(?<=[’']s)\s+(?!and\b|or\b|in\b|on\b|at\b|to\b|from\b)[a-z]+)?)"
)
# A document as the subject of a passive verb: "The letter was written in the ghetto", "The note was found
# on his desk". Who wrote it is not said, and the document itself is no speaker.
_DOCUMENT_PASSIVE = re.compile(
    r"(?:The|A|An|This|That|One)\s+(?:[a-z]+\s+){0,2}(?:letter|note|telegram|diary|message|postcard|leaflet|"
    r"appeal|manuscript|document|memorandum|memo|report|statement|entry)s?\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:\w+(?:ed|en|t)|found|held|hid|read|made|brought|sold|bought|lost)\b(?![^,;:]*\bby\b)"
)
# Verbs that put words in the mouth of their subject without being plain verbs of saying.
_STANCE_VERBS = {"accused", "accuses", "called", "calls", "described", "describes", "found", "finds", "spoke",
                 "speaks", "read", "reads", "demanded", "demands", "denounced", "denounces", "accepts",
                 "accepted", "agreed", "agrees", "insisted", "insists", "recalled", "recalls", "remembered",
                 "used", "shouted", "asked", "asks", "replied", "answered", "promised", "warned", "dismissed",
                 "praised", "condemned", "branded", "labelled", "mocked", "printed", "carried", "announced",
                 # "no interest in Savoy, considering it neither “…”": a judgement in the subject's terms
                 "considering", "considered", "regarding", "regarded", "deeming", "deemed"}
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b(?![^,;:]*\bby\b)"
)
_DESCRIBED_SUBJECT = re.compile(
    r"(?:The|A|An|My|His|Her|Our|Their|One|Its)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w’'-]*)?(?=\s*,|\s+(?:[a-z]+ed|[a-z]+s|was|were|had|has|would|could|did|"
    r"said|told|wrote|read|kept|found|spoke|put|gave|took|sat|stood|came|went|ran|made|saw|knew|thought)\b)"
)
_NEARBY_THRESHOLD = 4.0
# A verb of reading or finding and the document read: "found the verdict on him:", "read the charge:".
_READ_DOCUMENT = re.compile(
    r"(?:read|reads|found|finds|saw|sees|discovered|discovers|copied|came\s+across)\s+"
    r"(?:the|a|an|his|her|their|its|this|that)\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)\b"
)
_WRITTEN_THINGS = {"charge", "charges", "sentence", "record", "records", "entry", "inscription", "list",
                   "words", "text", "line", "lines", "notice", "certificate", "form", "indictment",
                   "accusation"}
# Verbs of reading or finding a document: their subject is its reader, not the one whose words it holds.
_READER_VERB = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:read|reads|found|finds|saw|sees|discovered|discovers|copied|came\s+across)\b"
)


# A version or a verdict nobody owns in the sentence: "The official version was", "A common excuse was".
_UNOWNED_VERSION = re.compile(
    r"\s*(?:The|An?)\s+(?:[a-z][\w-]*\s+){0,2}(?:version|explanation|verdict|formula|formulation|answer|reply|"
    r"response|excuse|slogan|motto|wording|diagnosis|euphemism|pretext|line)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:was|is|were|are|remained|became|read|ran)\s+"
)


def _nearby(
    text: str, q: Evidence, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """When no rule names the speaker: candidates from the quotation's sentence and the two sentences
    before it (in the paragraph, or the paragraph before for a quotation opening its own), each the subject
    of its sentence (a name, a person or body described, a pronoun resolved), ranked by features that hold
    across genres — the nearer sentence, a verb of saying or of stance in it, a colon introducing the words,
    a person rather than an organisation — and the best taken only above a threshold: below it the words
    stay unattributed."""
    if _UNOWNED_VERSION.fullmatch(lead):
        return None  # "The official version was “…”": whose version the sentence does not say
    sentences: list[tuple[str, int, int]] = []  # (sentence, where it starts, how many sentences back)
    if lead.strip():
        sentences.append((lead, lead_at, 0))
    paragraph = _paragraph_start(text, lead_at if lead.strip() else q.start)
    floor = paragraph
    if not text[paragraph:q.start].strip() and paragraph >= 2:
        floor = _paragraph_start(text, paragraph - 2)  # a line standing alone: the paragraph before
        if _STANDALONE_LINE.fullmatch(text[floor:paragraph].strip()):
            return None  # an exchange of lines: the dialogue rules have had their say
    end = lead_at if lead.strip() else q.start
    before = people.unquoted(floor, end)
    breaks = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(before)]
    pieces = [(before[a:b], floor + a) for a, b in zip(breaks, [*breaks[1:], len(before)], strict=True)
              if before[a:b].strip()]
    for back, (sentence, at) in enumerate(reversed(pieces[-2:]), start=1):
        sentences.append((sentence, at, back))
    best: tuple[float, Speaker] | None = None
    for sentence, at, back in sentences:
        if back == 0 and _PASSIVE_BEFORE.search(sentence):
            continue  # "Officials were accused of “…”": a passive names nobody who speaks
        found = _clause_subject(text, sentence, at, spoken, people)
        if found is None:
            continue
        speaker, kind, after = found
        if back == 0 and _READER_VERB.match(sentence, after):
            continue  # "I read the charge against him: “…”": who reads a document does not say its words
        score = {0: 3.0, 1: 1.5}.get(back, 0.5)
        rest = WORD.findall(sentence[after:])
        if any(is_saying_word(w) or w.lower() in _STANCE_VERBS for w in rest):
            score += 2.0
        if back == 0 and sentence.rstrip().endswith(":"):
            score += 1.0
        if kind == "person":
            score += 1.0
        if best is None or score > best[0]:
            best = (score, speaker)
    return best[1] if best is not None and best[0] >= _NEARBY_THRESHOLD else None


def _clause_subject(
    text: str, sentence: str, at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> tuple[Speaker, str, int] | None:
    """The subject of ``sentence`` (at ``at`` in the text) as a candidate speaker, its kind and where its
    words end in the sentence; None for a place, a word capitalised only at a sentence's start, or nothing."""
    stripped = sentence.lstrip()
    skip = len(sentence) - len(stripped)
    opening = _OPENING_PHRASE.match(stripped)
    first = WORD.match(stripped, opening.end() if opening else 0)
    if first is None:
        return None
    word = first.group().lower()
    offset = skip + first.start()
    if word in {"i", "we"}:
        author = Speaker(first.group(), at + offset, at + offset + len(first.group()), "author")
        return author, "person", offset + 1
    if word in {"he", "she", "they"}:
        found = _carry_over(text, at + offset, word, spoken, people)
        return (found, "person", offset + len(word)) if found is not None else None
    subject = _sentence_subject(sentence)
    if subject is not None:
        name, where = subject
        start = at + where
        kind = people.kind(start, name)
        if kind in ("place", "common") or not _plausible(name, people, start, start + len(name)):
            return None
        return _named(text, start, start + len(name)), kind, where + len(name)
    described = _DESCRIBED_SUBJECT.match(sentence, offset)
    if described and described.group().split()[-1].lower() not in NOT_NAMES:
        s, e = at + described.start(), at + described.end()
        kind = "person" if _one_person(described.group()) else "unknown"
        return Speaker(text[s:e], s, e), kind, described.end()
    # "When I asked her, shortly before her death, whether she had been frightened, she thought": a
    # subordinate clause with commas of its own, then the pronoun
    if re.match(r"(?:When|While|After|Before|As|If|Although|Though|Once|Since|Until|Because)\b", stripped):
        main = re.search(r",\s+(he|she|they)\s+(?!(?:had|was|were|would)\s+\w+\s+(?:that|whether))[a-z]",
                         stripped)
        if main:
            where = skip + main.start(1)
            found = _carry_over(text, at + where, main.group(1), spoken, people)
            return (found, "person", where + len(main.group(1))) if found is not None else None
    # "After a long silence she spoke.": an opening phrase without a comma, then the pronoun
    late = re.match(r"(?:[\w’'-]+\s+){1,5}?(he|she|they)\s+[a-z]", stripped)
    if late and WORD.match(stripped).group()[:1].isupper():
        where = skip + late.start(1)
        found = _carry_over(text, at + where, late.group(1), spoken, people)
        return (found, "person", where + len(late.group(1))) if found is not None else None
    return None
