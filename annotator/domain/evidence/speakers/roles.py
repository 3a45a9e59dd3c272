"""Roles and titles: a person named around a role ("the minister, Ivan Petrov"), roles given before a name,
example names."""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.domain.evidence import Speaker
from annotator.domain.evidence._words import DETERMINERS, NOT_NAMES, ORGANISATION_WORDS, TITLES
from annotator.domain.evidence.speakers.cast import names_a_holder
from annotator.domain.evidence.speakers.people import _ROLE_APPOSITION, _People, _role_noun


def _appositive_name(text: str, speaker: Speaker) -> Speaker:
    """A speaker found as a role ("The secretary", "the old Bolshevik") that the text names in apposition
    right after it is the name ("The secretary …, comrade Gusev,", "one of whom, the old Bolshevik Anna
    Garaseva, told")."""
    if speaker.start is None or speaker.end is None or speaker.role != "quoted":
        return speaker
    first = speaker.name.split()[0].lower()
    # "Rasputin's daughter, Maria,": a kin or a role after a possessive is a determined role too
    possessed = len(speaker.name.split()) == 2 and re.search(r"[’']s$", speaker.name.split()[0]) is not None
    # "said the Hungarian poet, Maurus Jókai,": the determiner left before a role read from its adjective on
    determined = text[max(0, speaker.start - 4) : speaker.start].lower() == "the "
    if (first not in DETERMINERS and not possessed and not determined) or (
        speaker.name.split()[-1][:1].isupper()
    ):
        return speaker
    m = _ROLE_APPOSITION.match(text, speaker.end, speaker.end + 140)
    if m is None or (m.group("title") and m.group("title") not in TITLES):
        return speaker
    if m.group("name").split()[0].lower() in NOT_NAMES:
        return speaker
    return Speaker(m.group("name"), m.start("name"), m.end("name"))

# A document found as the speaker and whose it is, right after it: "the letter from Viktor Shtrum's mother",
# "the diary of Count Ciano", "the telegram of General Lebedev".
_DOCUMENT_NOUN = re.compile(
    r"(?:the|a|an|this|that|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:letter|note|telegram|cable|diary|diaries|"
    r"memoirs?|message|postcard|memorandum|memo|notebook|journal|report|dossier)s?",
    re.IGNORECASE,
)
_WRITER_AFTER = re.compile(
    r",?\s+(?:from|of|by|(?:prepared|written|drawn\s+up|compiled|signed|sent)\s+by)\s+"
    r"(?:(?:his|her|their|the)\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w-]+)*(?:[’']s\s+[a-z]+)?)"
)


# A document named by its writer's possessive: "Allan Bloom's 1974 obituary", "Kennan's long telegram".
_POSSESSED_DOCUMENT_NAME = re.compile(
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w-]+){0,2})[’']s\s+(?:\d{4}\s+)?(?:[a-z]+\s+)?"
    r"(?:obituary|letter|diary|memoirs?|report|review|article|essay|telegram|memorandum|speech|testimony|"
    r"biography|book|study|account|interview)"
)


def _writer_of_document(text: str, speaker: Speaker, people: _People) -> Speaker:
    """A speaker found as a document ("the letter") that the text says right after whose it is ("the letter
    from Viktor Shtrum's mother", "the diary of his Foreign Minister Ciano") is the writer; where it came
    from ("A report from Leningrad") is no writer."""
    possessed = _POSSESSED_DOCUMENT_NAME.fullmatch(speaker.name)
    writer = possessed.group("name") if possessed else ""
    if possessed and speaker.start is not None and writer.split()[0].lower() not in NOT_NAMES:
        # "According to Allan Bloom's 1974 obituary, Strauss “…”": the obituary's writer
        return Speaker(possessed.group("name"), speaker.start, speaker.start + possessed.end("name"))
    if speaker.start is None or speaker.end is None or not _DOCUMENT_NOUN.fullmatch(speaker.name):
        return speaker
    m = _WRITER_AFTER.match(text, speaker.end, speaker.end + 120)
    if m is None or m.group("name").split()[0].lower() in NOT_NAMES:
        return speaker
    if people.kind(m.start("name"), m.group("name")) in ("place", "common"):
        return speaker
    named = _ROLE_APPOSITION.match(text, m.end("name"), m.end("name") + 140)
    if named and named.group("name").split()[0].lower() not in NOT_NAMES:
        # "a report prepared by the Inspector-General of Public Security in Milan, G. Gasti,": the person
        return Speaker(named.group("name"), named.start("name"), named.end("name"))
    return Speaker(m.group("name"), m.start("name"), m.end("name"))


def _person_around_role(text: str, speaker: Speaker) -> Speaker:
    """A speaker found as a title-cased role or body that names the person speaking next to it: "Green Party
    spokesman for transport Omar Kelly said", "Ruth Alder, Harbourside Traders Association said"."""
    if speaker.start is None or speaker.end is None or speaker.role != "quoted":
        return speaker
    words = speaker.name.split()
    if len(words) > 1 and words[-1].islower() and _role_noun(words[-1]):
        m = _NAME_AFTER_ROLE_FOR.match(text, speaker.end, speaker.end + 80)
        if m and m.group("name").split()[0].lower() not in NOT_NAMES:
            return Speaker(m.group("name"), m.start("name"), m.end("name"))
    if words[-1].lower() in ORGANISATION_WORDS and words[0][:1].isupper():
        m = _NAME_BEFORE_BODY.search(text, max(0, speaker.start - 60), speaker.start)
        if m and m.group("name").split()[0].lower() not in NOT_NAMES:
            return Speaker(m.group("name"), m.start("name"), m.end("name"))
    return speaker


# "spokesman for transport Omar Kelly said": the role's field, then the name and its verb
_NAME_AFTER_ROLE_FOR = re.compile(
    r"[ \t]+(?:for|on)[ \t]+(?:the[ \t]+)?[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){0,2}[ \t]+"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){1,2})(?=[ \t]+[a-z]+\b)"
)
# "Ruth Alder, Harbourside Traders Association said": a full name opening the sentence, then its body
_NAME_BEFORE_BODY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’»]\s)|(?<=\n))"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){1,2}),[ \t]+$"
)


def _without_emphasis(speaker: Speaker) -> Speaker:
    """A name set in italics as Markdown marks them ("_Deutsche Welle_", "_Pravda_"), without the marks."""
    name = speaker.name.strip("_*")
    if name == speaker.name or not name:
        return speaker
    start = None if speaker.start is None else speaker.start + speaker.name.index(name)
    return replace(speaker, name=name, start=start, end=None if start is None else start + len(name))


def _example_name(text: str, speaker: Speaker) -> Speaker:
    """A group found as the speaker ("Older historians", "critics") that the text exemplifies by a name right
    after it ("… such as Richard Pipes", "… like Max Eastman") is that name: the one whose words they are."""
    if speaker.start is None or speaker.end is None or speaker.name.split()[-1][:1].isupper():
        return speaker
    m = _EXAMPLE_NAME.match(text, speaker.end, speaker.end + 80)
    if m is None or m.group("name").split()[0].lower() in NOT_NAMES:
        return speaker
    return Speaker(m.group("name"), m.start("name"), m.end("name"))


_EXAMPLE_NAME = re.compile(
    r",?\s+(?:such\s+as|like|including|notably|namely)\s+"
    r"(?P<name>(?:[A-ZÀ-ÞА-ЯЁ]\.\s+)*[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:[A-ZÀ-ÞА-ЯЁ]\.\s+)*[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3})"
)

# Roles a person holds, which a definite description repeats for the one the text gave them to.
_PERSON_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "chairman", "senator",
    "congressman", "congresswoman", "envoy",
    "chairwoman", "director", "prosecutor", "judge", "lawyer", "historian", "writer", "journalist",
    "correspondent", "commander", "general", "ambassador", "governor", "mayor", "premier", "leader", "head",
    "chief", "editor", "archivist", "professor", "priest", "deputy", "commissar", "investigator",
    "interrogator", "defendant", "critic", "poet", "novelist", "speaker", "chancellor", "founder", "curator",
    "academician", "dissident", "marshal", "colonel", "captain", "lieutenant", "inspector", "procurator",
}


def _role_given_before(text: str, speaker: Speaker) -> Speaker:
    """A speaker found as a definite role ("the speaker", "The director") that the text tied to a name
    before ("Council speaker Andrei Kholodov", "Lev Gudkov, the centre's former director,") is that name:
    the nearest such name before, within a few paragraphs. An indefinite role ("a spokesman") is nobody
    named, and a role never tied to a name stays as it is."""
    if speaker.start is None or speaker.role != "quoted":
        return speaker
    words = speaker.name.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in _PERSON_ROLES:
        return speaker
    role = re.escape(words[-1].lower())
    window_start = max(0, speaker.start - 2500)
    window = text[window_start : speaker.start]
    name = r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})"
    before = re.compile(rf"\b(?i:{role})\s+{name}(?=[\s,.;:])")  # "Council speaker Andrei Kholodov"
    after = re.compile(  # "Lev Gudkov, the centre's former director,"
        rf"{name},\s+(?:the|its|his|her|their|a|an)\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{role})\b"
    )
    found = [m for pattern in (before, after) for m in pattern.finditer(window)]
    found = [m for m in found if m.group("name").split()[0].lower() not in NOT_NAMES and names_a_holder(
        window, m.start() if m.start() < m.start("name") else m.end() - len(words[-1]), m.group("name")
    )]
    if not found:
        return speaker
    m = max(found, key=lambda m: m.start("name"))
    return Speaker(m.group("name"), window_start + m.start("name"), window_start + m.end("name"))


# Words that open a sentence and are no one's name ("Next to me on the bunks was an old engineer").
_OPENERS = {"next", "soon", "only", "just", "perhaps", "maybe", "nearby", "opposite", "meanwhile", "last",
            "first", "every", "each", "that", "this",
            "afterwards", "elsewhere", "everyone", "everybody", "nobody", "somebody", "someone", "anyone",
            "nothing", "everything", "something", "anything",
            "yes", "no"}

# An object pronoun that carries a chain on: "I told him Kiev.", "I found her in 1962".
# "he" as the subject of an adverbial clause: "just before he was expelled" (not of a relative clause:
# "Not everything she did was welcomed" names its own subject)
_INNER_PRONOUN = re.compile(
    r"\b(?:before|after|when|while|since|until|because|although|though|once|whenever)\s+(?:he|she)\s+[a-z]"
)
_OBJECT_PRONOUN = re.compile(r"\b(?:told|asked|found|saw|gave|showed|answered|met|followed)\s+(?:him|her)\b")

_PARTICIPLE_ASIDE = re.compile(r"(?<=\band),\s+[a-z]+(?:ing|ed)\b[^,;:“”\"«»]{1,100},\s*$")
# A document's name and "which" right before the verb: "the United Nations Charter which", "the Belgrade
# Declaration, which".
_NAME_WHICH = re.compile(
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,4}),?\s+which\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# A name and "who" right before the verb: "… a covering letter by Karutsky, who asked for"; an adverbial
# phrase may stand between "who" and the verb when no comma or other clause opens there ("cite Dzerzhinsky,
# who during the struggle against the Whites in the Civil War exclaimed:"), unless a subject pronoun does.
_NAME_WHO = re.compile(
    r"\b((?:[A-ZÀ-ÞА-ЯЁ]\.\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2}),\s+who\s+"
    r"(?:(?!(?:he|she|they|it|we|I|you|that|and|but)\s)[\w’'-]+\s+){0,14}$"
)
