"""Introductions before the words: "X said:", entrances, subjectless introductions, statements, reported
paragraphs, accounts, verdicts and documents named before the words (``_before_quote``)."""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, Form, Speaker
from annotator.domain.evidence._words import (
    ACCORDING,
    AS_PUT,
    BODY_DOCUMENTS,
    DETERMINERS,
    INVERTED_ASIDE,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PASSIVE_AGENT,
    SAYING_NOUN_THAT,
    SLOGAN_BEFORE,
    VIEW_AFTER_COLON,
    VIEW_OF,
    WITH_DESCRIBED_DOING,
    WORD,
    frame_verb,
    is_naming_word,
    is_saying_word,
    opens_with_verb,
)
from annotator.domain.evidence.quotations import (
    CALLED_BY,
    REPORTED_PREDICATE,
    named_by_subject,
    named_caller,
    named_subject,
    sentence_lead,
)
from annotator.domain.evidence.speakers.documents import (
    _DESCRIBED_WITH_WORDS,
    _DOCUMENT_BEFORE,
    _DOCUMENT_WITH_TEXT,
    _LAST_CLAUSE,
    _PASSIVE_BY_COMMA,
    _PERCEIVED,
    _PRINTED_PIECE,
    _QUOTES_WORDS_OF,
    _WITH_THE_WORDS,
    _named,
)
from annotator.domain.evidence.speakers.people import (
    _AUTHOR_BEFORE,
    _CONJUNCTION_BEFORE,
    _LEADING_PRONOUN,
    _NAME_THEN_VERB,
    _OBJECT_NAME_BEFORE,
    _PHRASE_PREPOSITIONS,
    _POSSESSIVE,
    _SENTENCE_BREAK,
    _addressee,
    _gender_agrees,
    _People,
    _role_noun,
    _sentence_subject,
)
from annotator.domain.evidence.speakers.pronouns import (
    _READ_DOCUMENT,
    _SAID_NAME_AT_END,
    _STANCE_VERBS,
    _WRITTEN_THINGS,
    _carry_over,
    _paragraph_start,
    _plausible,
)
from annotator.domain.evidence.speakers.roles import _without_emphasis
from annotator.domain.evidence.speakers.subjects import _subject_before

_SPEECH_OF = re.compile(
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s+(?:own\s+|first\s+|last\s+|famous\s+)?(?:explanation|answer|reply|"
    r"response|view|argument|words|verdict|comment|claim|position|defence|defense|retort|message|warning|"
    r"advice|judgement|judgment|conclusion|account|version|theory|slogan|motto|instruction|order|promise)\b"
)


_QUOTING = {"quoted", "quoting", "quotes", "quote"}


# A tag after the words whose subject is "he", "she" or "they": the words are not the author's.
_THIRD_PERSON_TAG = re.compile(r"[,!?]?\s+(?:he|she|they)\s+[a-z]+")


# "Their conclusion is cautious:", "His explanation is that …", "His last words to the court … were:": the
# words are those of whom the possessive stands for.
_POSSESSED_WORDS = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:explanation|answer|reply|response|view|argument|words|verdict|"
    r"comment|claim|position|defence|defense|retort|message|warning|advice|judgement|judgment|conclusion|"
    r"account|version|theory|instruction|order|promise|excuse|complaint|request|thesis|summary)s?\b"
    # "Her claim that the region “…”": the noun's own clause
    r"[^“”\"«»„]*?(?:\b(?:is|was|were|are|that)\b[^“”\"«»„]*|:\s*)$"
)

# "The last entry in her diary, dated 3 March 1953, reads:", "One note in his hand reads simply:", "His
# letter of 4 May says:": what someone wrote, as the subject of a verb of a document's wording.
_POSSESSED_DOCUMENT = re.compile(
    r"\s*(?:(?:The|A|An|One|Another|Its|This)\s+(?:[a-z]+\s+){0,3}(?:in|of|from)\s+)?"
    r"(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:diary|diaries|letter|letters|note|notes|"
    r"notebook|notebooks|memoirs?|hand|handwriting|telegram|entry|entries|draft|manuscript|postcard|"
    r"journal|chats?|speech|speeches|address|addresses|essay|essays)\b[^“”\"«»„.;]*?"
    # "One of his fireside chats is provided below:": a textbook's pointer to the source set off below
    r"\b(?:reads?|ran|runs|says|said|records?|recorded|(?:is|are)\s+(?:provided|given|reproduced|printed)\s+below)"
    r"\b[^“”\"«»„.;]{0,20}:\s*$"
)


_NAMED_DOCUMENT = re.compile(
    r"(?:^|[\s(])(?P<name>[A-ZÀ-ÞА-ЯЁ][\w'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'-]+)*)[’']s\s+(?:[a-z]+\s+){0,2}"
    r"(?:message|note|letter|telegram|cable|memo|memorandum|diary|testament|statement|reply|answer|will)\b"
    r"[^“”\"«»„.;]{0,60}?\b(?:stated|states|read|reads|said|says|ran|runs|declared|declares|began|begins|"
    r"ended|ends)\b[^“”\"«»„.;]{0,20}?[:,]?\s*$"
)


def _possessor(
    text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "Their conclusion is cautious: the famine was “…”": whom "their" (or "his", "her") stands for."""
    named = _NAMED_DOCUMENT.search(lead)
    if named and named.group("name").split()[0].lower() not in NOT_NAMES:
        # "Bukharin's last message to Stalin stated “…”": the possessor wrote it, not the one written to
        return _named(text, lead_at + named.start("name"), lead_at + named.end("name"))
    m = _POSSESSED_WORDS.match(lead) or _POSSESSED_DOCUMENT.match(lead)
    if m is None:
        return None
    pronoun = {"his": "he", "her": "she", "their": "they"}[m.group("pronoun").lower()]
    return _carry_over(text, lead_at + m.start("pronoun"), pronoun, spoken, people)


def _slogan_of(
    text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "His slogan to the villages, “…”", "Rykov's slogan", "He adopted the slogan of “…”": whose slogan."""
    m = SLOGAN_BEFORE.search(lead)
    if m is None:
        return None
    if m.group("pronoun"):
        pronoun = {"his": "he", "her": "she"}.get(m.group("pronoun").lower(), "they")
        return _carry_over(text, lead_at + m.start("pronoun"), pronoun, spoken, people)
    if m.group("name") and m.group("name").lower() not in NOT_NAMES:
        return _named(text, lead_at + m.start("name"), lead_at + m.end("name"))
    opening = _SUBJECT_PRONOUN_OPENING.match(lead) or _CLAUSE_PRONOUN_WITH_SLOGAN.search(lead)
    if opening:
        return _carry_over(text, lead_at + opening.start("pronoun"), opening.group("pronoun").lower(), spoken,
                           people)
    subject = _sentence_subject(lead)
    if subject is not None and people.kind(lead_at + subject[1], subject[0]) in ("person", "unknown"):
        return Speaker(subject[0], lead_at + subject[1], lead_at + subject[1] + len(subject[0]))
    return None


# The subject of the clause that carries the slogan, later in the sentence: "Despite the fact that he ran for
# reelection with the slogan, “…”" — he, not the sentence's first word.
_CLAUSE_PRONOUN_WITH_SLOGAN = re.compile(
    r"\b(?P<pronoun>he|she|they)\s+(?:[a-z]+\s+){1,6}?(?:with|under|on|behind)\s+(?:the|a|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?:slogan|motto|watchword|battle[- ]cry|rallying[- ]cry)[\s,:]*$"
)


def _predicate_subject(text: str, q: Evidence, lead: str, lead_at: int) -> Speaker | None:
    """ "Antony Beevor “reckons that …”", "the Allies would “pursue them …”": words that open with the verb
    of the name right before them (a verb of saying, or any verb after a modal) are that name's."""
    m = _NAME_RIGHT_BEFORE.search(lead)
    first = re.match(r"\W*([a-z]\w*)", text[q.start + 1 : q.start + 40])
    if m is None or first is None or m.group("name").split()[0].lower() in NOT_NAMES:
        return None
    if not m.group("modal") and not opens_with_verb(first.group(1)):
        return None
    if re.search(r"\bthat\s+(?:the\s+)?$", lead[: m.start("name")]) and not is_saying_word(
        first.group(1), after_name=True
    ):
        return None  # "told us that Stalin “thinks about …”": the reported clause's subject, not the reporter
    return _named(text, lead_at + m.start("name"), lead_at + m.end("name"))


_NAME_RIGHT_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*|von|van|de))*)\s+"
    r"(?:(?P<modal>would|will|could|should|must|might|shall)\s+)?$"
)


def _lead(text: str, q: Evidence, outer: int) -> tuple[str, int]:
    """The sentence before the quotation (for a block: the introduction's last sentence), and where it is."""
    if q.form == Form.BLOCK:
        before = text[: _block_intro_end(text, q.start)]
        lead = sentence_lead(before, len(before))
        return lead, len(before) - len(lead)
    lead = sentence_lead(text, q.start)
    if outer >= 0:  # a quotation inside another: its sentence starts inside the outer one
        lead = lead[max(0, len(lead) - (q.start - outer - 1)) :]
    return lead, q.start - len(lead)


# Between two paragraphs of one Markdown block quotation: line breaks, each next line opening with ">".
_BLOCK_GOES_ON = re.compile(r"[ \t]*(?:\n[ \t]*>[ \t]*)+")
# The "> " that sets off each line of a block quotation in Markdown (and web text copied from it), with the
# blank lines around it: not part of the introduction, which ends before them.
_BLOCK_MARKERS_BEFORE = re.compile(r"(?:\s|>)+$")


# A short paragraph of one line standing right before a block, not ending in a colon: a caption.
_CAPTION_BEFORE = re.compile(r"\n[ \t]*\n(?P<caption>[^\n:]{10,250}[^\n:\s])[ \t]*$")


def _block_intro_end(text: str, start: int) -> int:
    """Where the introduction of the block quotation starting at ``start`` ends: before the blank lines and
    the "> " markers between it and the block ("Molotov wrote:\n\n> The harvest …" ends after the colon)."""
    found = _BLOCK_MARKERS_BEFORE.search(text, max(0, start - 200), start)
    end = found.start() if found else start
    # "… in his personal diary:\n\nPaulus (left) and his aides …, after their surrender.\n\n> …": a picture's
    # caption set between the introduction and the block (web copies of encyclopedias) is skipped
    caption = _CAPTION_BEFORE.search(text, max(0, end - 300), end)
    if caption and text[: caption.start()].rstrip().endswith(":"):
        return len(text[: caption.start()].rstrip())
    return end


_CLEFT = re.compile(
    r"(?:^|[.!?]\s+)It\s+was\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w’'-]+){0,3})"
    r"(?:,[^.!?;“”\"]{0,200},)?\s+(?P<who>who)\s+[^.!?;“”\"]{0,160}$"
)
_SAYING_THING = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?"
    r"(?:maxim|proverb|adage|motto|precept|passage\s+of\s+(?:the\s+)?(?:Scripture|Bible|Gospel)))\b"
    r"(?P<rest>[^.!?;:“”\"]{0,60})(?:[,:]|--|—)?\s*(?:that\s+)?$"
)


# A speaker brought on by an inverted verb of coming or rising, then the words after a colon: "Then came
# Petrovsky, slight, slow-voiced, implacable: “…”", "Next rose the delegate from Kiev:".
_ENTRANCE = re.compile(
    r"^\s*(?:(?:And\s+)?(?:then|next|now|after\s+(?:him|her|them))\s+)(?:came|rose|spoke|followed|stood\s+up)\s+"
    r"(?P<who>(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+(?:of\s+)?[A-Za-z][\w’'-]*){0,4}?)\s*[,:]",
    re.IGNORECASE,
)


# An introduction with no subject of its own, only a time and a participle: "Then, turning to me: “…”",
# "And, pointing at the map:" — whoever the sentence before is about says the words.
_SUBJECTLESS_INTRODUCTION = re.compile(
    r"\s*(?:(?:Then|And|Now|At\s+last|Finally|Suddenly)\b,?\s*)?(?:[a-z]+ing\b[^:;.!?“”\"«»]{0,60})?:\s*$"
)


def _subjectless_introduction(
    text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """The subject of the sentence before an introduction without one (``_SUBJECTLESS_INTRODUCTION``): a
    name or role there, or the person its pronoun stands for."""
    if not lead.strip() or not _SUBJECTLESS_INTRODUCTION.fullmatch(lead):
        return None
    before = people.unquoted(max(0, lead_at - 300), lead_at)
    breaks = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(before) if m.end() < len(before.rstrip()))]
    sentence_at = breaks[-1]
    pronoun = _LEADING_PRONOUN.match(before, sentence_at)
    if pronoun:
        return _carry_over(text, lead_at - len(before) + pronoun.start(1), pronoun.group(1).lower(), spoken,
                           people)
    subject = _sentence_subject(before[sentence_at:])
    if subject is None:
        return None
    at = lead_at - len(before) + sentence_at + subject[1]
    return Speaker(subject[0], at, at + len(subject[0]))


_REPLY_TAG = re.compile(r"\s*(?:He|She)\s+(?:replied|answered|rejoined|responded|returned|said)\s*[,:]\s*$")


def _reply_to_author(
    text: str, lead: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "… I said, “…” He replied, “…”": a reply tagged with "he" or "she" right after the author's words is
    the one they were said to (``_addressee``), never the author."""
    if not spoken or not _REPLY_TAG.fullmatch(lead) or spoken[-1][1].name not in {"I", "we", "We"}:
        return None
    said_at = spoken[-1][0]
    if not (q.start - 200 <= said_at <= q.start) or re.search(r"\n\s*\n", text[said_at : q.start]):
        return None
    addressed = _addressee(text, said_at, q.start)
    pronoun = lead.split()[0].lower()
    return addressed if addressed is not None and _gender_agrees(pronoun, people, addressed.name) else None


def _entrance_before(text: str, lead: str, lead_at: int) -> Speaker | None:
    """Who comes on in an inverted sentence that introduces the words with a colon (``_ENTRANCE``)."""
    if not lead.rstrip().endswith(":"):
        return None
    came = _ENTRANCE.match(lead)
    if came is None:
        return None
    words = came.group("who").split()
    if words[0].lower() == "the":
        # "the delegate from Kiev" speaks, "the storm" does not: a role noun heads the phrase
        following = [*words[2:], ""]
        head = next((w for w, after in zip(words[1:], following, strict=True)
                     if not after or after in _PHRASE_PREPOSITIONS), words[-1])
        if not _role_noun(head):
            return None
    elif not words[0][:1].isupper() or words[0].lower() in NOT_NAMES:
        return None
    return _named(text, lead_at + came.start("who"), lead_at + came.end("who"))


_CLAUSE_OPENERS = NOT_NAMES | {"what", "where", "which", "whom"}


def _name_giver(
    text: str, q: Evidence, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """Who gave the name quoted, by the lead's convention (``named_by_subject``): "Roosevelt referred to the
    president as a “…”" → Roosevelt, "He referred to …" → whom "he" stands for, "the governor described the
    strikers as “…”" → the governor — the naming verb's subject, not its object ("the sitting president")."""
    if not named_by_subject(lead, text[q.end : q.end + 60]):
        return None
    m = named_subject(lead)
    assert m is not None
    who = m.group("who")
    start = lead_at + m.start("who")
    # "When Churchill", "What Gorbachev", "The War Office": words opening the clause are no part of a name
    while " " in who and who.split()[1][:1].isupper() and who.split()[0].lower() in _CLAUSE_OPENERS:
        cut = who.index(" ") + 1
        who, start = who[cut:], start + cut
    if who.lower() in ("he", "she"):
        return _carry_over(text, start, who.lower(), spoken, people)
    if " " in who:  # "the governor", "Kira Alliluyeva": the role or name as the text gives it
        return Speaker(who, start, start + len(who))
    if who[:1].isupper() and who.lower() not in ("i", "we"):
        return _named(text, start, start + len(who))
    return None  # "I"/"we": the narrator, as the other rules read them


def _before_quote(
    text: str, q: Evidence, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """The subject of the verb of saying (or "according to X") that frames the quotation."""
    block = q.form == Form.BLOCK
    saying = _SAYING_THING.search(lead)
    if saying:
        # "the maxim laid down by slaveholders,--“…”", "the proverb, that “…”", "this passage of
        # Scripture--“…”": the saying the sentence names owns its words, not who lives by it or quotes it
        start = lead_at + saying.start("np")
        return Speaker(saying.group("np"), start, start + len(saying.group("np")))
    cleft = _CLEFT.search(lead)
    if cleft and cleft.group("name").split()[0].lower() not in NOT_NAMES:
        verb = frame_verb(lead)
        if verb is not None and verb.start() > cleft.start("who"):
            # "It was Roger Wolcott, as well as the Governor …, who had sprung to his feet and cried, “…”":
            # the one the cleft sentence names, not a word of its appositive
            start = lead_at + cleft.start("name")
            return _named(text, start, start + len(cleft.group("name")))
    inverted = _SAID_FIRST.match(lead)
    if inverted and inverted.group("who").split()[0].lower() not in {"he", "she", "they", "it", "i", "we"}:
        # "Said one survivor of the Depression, “…”": the verb opens the sentence, its subject after it
        start = lead_at + inverted.start("who")
        return Speaker(inverted.group("who"), start, start + len(inverted.group("who")))
    aside = INVERTED_ASIDE.search(lead)
    if aside and aside.group("who").split()[0].lower() not in {"he", "she", "they", "it", "i", "we"} | (
        _PHRASE_PREPOSITIONS | {"to"}
    ):  # "Anna Pell, the harbour master, said to me, “…”": "to me" is whom it was said to, no aside's subject
        # "This, writes Graziosi, was “…”": the aside's subject (a pronoun there is left to the rules below)
        start = lead_at + aside.start("who")
        return Speaker(aside.group("who"), start, start + len(aside.group("who")))
    quoted = _QUOTES_WORDS_OF.search(lead)
    if quoted:
        # "When he quotes Lenin's supposed remark to Gorky, “…”": the one whose words are quoted
        start = lead_at + quoted.start("who")
        return Speaker(quoted.group("who"), start, start + len(quoted.group("who")))
    carried = _DOCUMENT_WITH_TEXT.search(lead)
    if carried and not _MARCHED_UNDER.search(lead):  # "marched under banners reading": the marchers
        # "leaflets were found with the text: “…”", "posters … bearing the words:": the document's words
        start = lead_at + carried.start("noun")
        return Speaker(carried.group("noun"), start, start + len(carried.group("noun")))
    if named_caller(lead):
        # "Peasants practised what Scott called “…”": the naming verb's own subject in the relative clause,
        # not the main clause's; a body only described ("one Kiev newspaper") is left to ``_described``
        who = CALLED_BY.search(lead)
        assert who is not None
        name = re.sub(r"^(?:the|one|an?)\s+", "", who.group("who").strip())
        # "what the War Office later called": the adverb is no part of the name
        name = re.sub(r"\s+(?:later|also|once|first|then|subsequently|[a-z]{3,}ly)$", "", name)
        name = re.sub(r"^(?:the|one|an?)\s+", "", name)
        name = re.sub(r"^[A-ZÀ-ÞА-ЯЁ][\w'-]+[’']s\s+[a-z]+\s+", "", name)  # "Stalin's daughter Svetlana …"
        name = re.sub(r"^[a-z]+\s+(?=[A-ZÀ-ÞА-ЯЁ])", "", name)  # "astronaut Frank Borman": the name
        start = lead_at + who.start("who") + who.group("who").index(name)
        # "what Shalamov called", "what the Economist called"; one role, "what prosecutors called"; but
        # "what one observer described as" names nobody (the described speaker is kept by ``_described``)
        one_role = " " not in name and _role_noun(name)
        indefinite = re.match(r"(?:one|an?)\s", who.group("who").strip()) is not None
        if not indefinite and ((name[:1].isupper() and not _role_noun(name.split()[-1])) or one_role):
            return Speaker(name, start, start + len(name))
    namer = _name_giver(text, q, lead, lead_at, spoken, people)
    if namer is not None:
        return namer
    sent = _SENT_DOCUMENT.search(lead)
    if sent:
        # "the German ambassador on September 1 sent a brief note to the Secretary of State: “…”": the sender
        found = _subject_before(text, lead_at + sent.start("verb"), lead_at, spoken, people)
        if found is not None and _plausible(found.name, people, found.start, found.end):
            return found
    marched = _MARCHED_UNDER.search(lead) or _MARCHED_DEMANDING.search(lead)
    if marched:
        # "workers … demonstrated under banners reading “…”", "… marched, again demanding “…”": the slogans
        # are the marchers' words
        found = _subject_before(text, lead_at + marched.start("verb"), lead_at, spoken, people)
        if found is not None and _plausible(found.name, people, found.start, found.end):
            return found
    printed = _PRINTED_PIECE.search(lead)
    if printed:
        # "One newspaper, the Stock Exchange Gazette, even ran a report of his death “…”": the paper's words
        subject = _sentence_subject(lead)
        if subject is not None and people.kind(lead_at + subject[1], subject[0]) != "place":
            start = lead_at + subject[1]
            return _without_emphasis(Speaker(subject[0], start, start + len(subject[0])))
    agent = _PASSIVE_BY_COMMA.search(lead)
    if agent and agent.group("agent").split()[0].lower() not in NOT_NAMES:
        # "the Cheka was dissolved by VTsIK, “with expressions of gratitude …”": the agent's words
        start = lead_at + agent.start("agent")
        return _named(text, start, start + len(agent.group("agent")))
    likened = _LIKENED_BY.search(lead)
    if likened and likened.group("agent").split()[0].lower() not in NOT_NAMES:
        # "(a move likened by Sebag-Montefiore to “…”)", "an act described by the historian Pipes as “…”":
        # the agent of a naming participle, with or without an auxiliary
        start = lead_at + likened.start("agent")
        return _named(text, start, start + len(likened.group("agent")))
    verb = frame_verb(lead, anywhere=block)
    parallel = _PARALLEL_LEAD.search(lead) if verb is None and not block else None
    if parallel:
        # "describe the purges as “excesses” and the deportation as “…”": the verb of the first "as"
        verb = frame_verb(lead[: parallel.end(1)])
        verb = verb if verb is not None and is_naming_word(verb.group()) else None
    if verb is not None and any(
        m.start() > verb.end() and (m.group("np") or m.group("own")) for m in ACCORDING.finditer(lead)
    ):
        # "Strauss considered …, which, in the words of Aristotle, is that of “…”": the nearer "according to"
        # or "in the words of" frames the words, not a verb of the sentence before it
        verb = None
    with_words = _WITH_THE_WORDS.search(lead)
    if verb is not None and with_words and verb.start() >= with_words.start():
        # "blamed the revolution on “…” with the remark “…”": the noun is no verb; whose remark, below
        verb = None
    while verb is not None:
        between = lead[verb.end() :]
        if verb.group().lower() in _QUOTING and _AUTHOR_BEFORE.search(lead, 0, verb.start()):
            # "he said, and I'm quoting from the transcript, “…”": the author quotes; the verb before speaks
            verb = frame_verb(lead[: verb.start()], anywhere=block)
            continue
        if verb.group().lower() in _QUOTING and re.match(r"\s+[A-Z]", between):
            # "Service quotes Lenin: “…”": the one quoted speaks
            m = re.match(r"\s+((?:[A-Z][\w’'\-]+\s?)+)", between)
            if m:
                # "quotes Lenin's supposed remark, “…”": the possessor is the one quoted
                name = _POSSESSIVE.sub("", m.group(1).strip())
                s = lead_at + verb.end() + m.start(1)
                return Speaker(name, s, s + len(name))
        # "…, the Golden Boy of the party,[35] writing:": a note call after the comma hides nothing
        clause_before = re.sub(r"(?:\[\w{1,4}\])+(\s*)$", r"\1", lead[: verb.start()])
        if verb.group().lower().endswith("ing") and (
            clause_before.rstrip().endswith(",") or _CONJUNCTION_BEFORE.search(clause_before)
            # "Grossman wrote to Khrushchev asking for …": the one written to does not ask
            or _OBJECT_NAME_BEFORE.search(clause_before)
            # "Vyshinsky forwarded the report with a note asking him to “…”": the note's sender asks
            or _DOCUMENT_BEFORE.search(clause_before)
            or WITH_DESCRIBED_DOING.search(clause_before)
        ):  # "…, describing it as “…”", "… while warning against “…”"
            absolute = _WITH_NAME_DOING.search(clause_before)
            if absolute and absolute.group("name").split()[0].lower() not in NOT_NAMES:
                # "…, with Walter Bedell Smith telling General Eisenhower “…”": the one the "with" names
                start = lead_at + absolute.start("name")
                return _named(text, start, start + len(absolute.group("name")))
            described = WITH_DESCRIBED_DOING.search(clause_before)
            if described and not _DOCUMENT_BEFORE.search(clause_before):
                # "…, with one poster writing “…”": the absolute phrase's own subject, described, not the
                # sentence's subject (but "with a covering note asking" is the sender's note, below)
                start = lead_at + described.start("np")
                return Speaker(described.group("np"), start, start + len(described.group("np")))
            # "The Economist was cooler, describing the argument as “…”": the sentence's subject
            subject = _sentence_subject(lead)
            kind = people.kind(lead_at + subject[1], subject[0]) if subject else "place"
            if subject is not None and kind not in ("place", "common"):
                return Speaker(subject[0], lead_at + subject[1], lead_at + subject[1] + len(subject[0]))
            opening = _SUBJECT_PRONOUN_OPENING.match(lead)
            if subject is None and opening and not re.search(r"[;:]", lead[: verb.start()]):
                # "He then locked the door behind her, telling her: “…”": the clause's pronoun subject, not
                # the object before the comma
                at = lead_at + opening.start("pronoun")
                found = _carry_over(text, at, opening.group("pronoun").lower(), spoken, people)
                if found is not None:
                    return found
        agent = PASSIVE_AGENT.match(lead, verb.end())
        passive = re.search(r"\b(?:was|were|is|are|been|be)\s+$", lead[: verb.start()]) and not verb.group(
        ).lower().endswith("ing")  # "are writing that" is no passive
        if agent and passive:
            # "The decision was announced by Molotov:", "It was declared by the Central Committee that"
            s = lead_at + agent.start("agent")
            return Speaker(agent.group("agent"), s, s + len(agent.group("agent")))
        if passive:
            # "Officials were accused of “spreading panic”": the accused do not speak; but after a body's or
            # a document's words in the sentence before, the passive goes on with its verdict ("The decree
            # … condemned the magazine for “…”. Its editor was called a man who had “…”")
            return _verdict_before(text, lead_at, spoken, people)
        read = _READ_DOCUMENT.match(lead, verb.start())
        read_words = read.group("np").lower().split() if read else []
        if any(w in BODY_DOCUMENTS or w in _WRITTEN_THINGS for w in read_words):
            # "I found the verdict on him: “…”", "she read the charge:": who reads or finds a document does
            # not say its words; an earlier verb may still frame them
            verb = frame_verb(lead[: verb.start()], anywhere=block)
            continue
        perceived = _PERCEIVED.search(lead, 0, verb.start())
        if perceived:
            # "The crowd heard him promise “…”", "saw the commandant write “…”": the one heard speaks
            obj = perceived.group("obj")
            at = lead_at + perceived.start("obj")
            pronoun = {"him": "he", "her": "she", "them": "they"}.get(obj.lower())
            if pronoun:
                # an object pronoun is never its own clause's subject ("The crowd heard him"): it is resolved
                # from the sentence's start, so that subject is not among its antecedents
                found = _carry_over(text, lead_at, pronoun, spoken, people)
                if found is not None:
                    return found
            elif people.kind(at, obj) not in ("place", "common"):
                named = obj[:1].isupper()
                return _named(text, at, at + len(obj)) if named else Speaker(obj, at, at + len(obj))
        if verb.group().lower() in _OPINION_VERBS and (outer := _reporting_verb(lead, verb.start())):
            # "Payne notes that very few scholars consider him a “…”", "Lenin wrote that he and other leaders
            # believed … meant “…”": an opinion inside a reported clause is the reporter's account
            verb = outer
        found = _subject_before(text, lead_at + verb.start(), lead_at, spoken, people)
        if found is not None:
            return found
        verb = frame_verb(lead[: verb.start()], anywhere=block)
    if _NAMED_PASSIVE.search(lead):
        # "Its editor was called a man who had “…”": a passive naming, after a body's words, is its verdict
        found = _verdict_before(text, lead_at, spoken, people)
        if found is not None:
            return found
    if _WITH_THE_WORDS.search(lead):
        # "The announcement ended with the words “…”": the sentence's subject, a document or a person
        described = _DESCRIBED_WITH_WORDS.search(lead)
        if described and _role_noun(described.group("noun")):
            start = lead_at + described.start("np")
            return Speaker(described.group("np"), start, start + len(described.group("np")))
        clause = _LAST_CLAUSE.search(lead)
        if clause and lead.rstrip().endswith(","):
            # "…, and addresses by the President, Governor Bullock introduced me with the words, “…”": the
            # subject of the clause that ends with the words
            named = _NAME_THEN_VERB.match(lead, clause.end())
            if named and named.group(1).split()[0].lower() not in NOT_NAMES and people.kind(
                lead_at + named.start(1), named.group(1)
            ) in ("person", "unknown"):
                return _named(text, lead_at + named.start(1), lead_at + named.end(1))
        subject = _sentence_subject(lead)
        if subject is not None and people.kind(lead_at + subject[1], subject[0]) not in ("place", "common"):
            return Speaker(subject[0], lead_at + subject[1], lead_at + subject[1] + len(subject[0]))
    # No verb of saying nearer the quotation: "according to Gill, “…”", "As Davies has pointed out, …"
    for m in ACCORDING.finditer(lead):
        if m.group("pronoun"):
            # "The secretaries, in his account, were “…”": the one the possessive stands for
            pronoun = {"his": "he", "her": "she"}.get(m.group("pronoun").lower(), "they")
            found = _carry_over(text, lead_at + m.start("pronoun"), pronoun, spoken, people)
            if found is not None:
                return found
            continue
        group = "np" if m.group("np") else "own"  # "according to Gill", "in Kotkin’s own words"
        if group == "own" and lead[: m.start()].strip() and not re.search(r"[,;:]\s*$", lead[: m.start()]):
            continue  # "Viola saw in Fedorov's words evidence of …": words looked at, not a frame
        np = m.group(group).strip()
        start = lead_at + m.start(group)
        names = list(re.finditer(r"[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*)*", np))
        if names and not (np[:1].isupper() and names[0].start() == 0 and len(names) == 1):
            # "selon l'historien Nicolas Werth", "according to the historian Sheila Fitzpatrick": the name
            name = names[-1]
            return Speaker(name.group(), start + name.start(), start + name.end())
        if np[:1].isupper() or np.split()[0].lower() in DETERMINERS:
            return Speaker(np, start, start + len(np))
    for m in AS_PUT.finditer(lead):
        start = lead_at + m.start("who")
        return Speaker(m.group("who"), start, start + len(m.group("who")))
    view = VIEW_OF.match(lead) or VIEW_AFTER_COLON.search(lead)
    if view and view.group("who").lower() in {"him", "her"}:
        # "Kotkin comes close to saying exactly that: for him, Stalin was “…”"
        pronoun = "he" if view.group("who").lower() == "him" else "she"
        return _carry_over(text, lead_at + view.start("who"), pronoun, spoken, people)
    if view and people.kind(lead_at + view.start("who"), view.group("who")) in ("person", "unknown"):
        # "For Moshe Lewin, the retreat showed …; it “…”", "Pour Boukharine, …": whose view the sentence is
        start = lead_at + view.start("who")
        return Speaker(view.group("who"), start, start + len(view.group("who")))
    if SAYING_NOUN_THAT.search(lead):
        # "On 4 April Pravda printed a short announcement that … “…”": whoever made it
        subject = _sentence_subject(lead)
        if subject is not None and people.kind(lead_at + subject[1], subject[0]) not in ("place", "common"):
            return Speaker(subject[0], lead_at + subject[1], lead_at + subject[1] + len(subject[0]))
    return None


_OPINION_VERBS = {
    "believe", "believed", "believes", "consider", "considered", "considers", "think", "thought", "thinks",
    "regard", "regarded", "regards", "maintain", "maintained", "maintains", "feel", "felt", "feels", "hold",
    "held", "holds", "know", "knew", "knows", "view", "viewed", "views",
    # "Drury argues that Strauss teaches that “…”": a teaching reported is the reporter's account
    "teach", "teaches", "taught",
}


def _reporting_verb(lead: str, before: int) -> re.Match[str] | None:
    """The last verb of saying with "that" before ``before`` in the same sentence ("notes that"), if any."""
    outer = None
    for w in WORD.finditer(lead, 0, before):
        if re.match(r"\s+that\b", lead[w.end() :]) and is_saying_word(w.group(), after_name=True) and (
            w.group().lower() not in _OPINION_VERBS and not re.search(r"[.;:]", lead[w.end() : before])
        ):
            outer = w
    return outer


def _statement_before(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "Andropov, the KGB chairman, issued a grave statement on the reforms. “…”": a quotation opening a
    sentence right after one in which someone issued a statement (made a speech, wrote a letter) is its
    wording, and that someone's."""
    window_start = max(0, q.start - 400)
    stripped = text[window_start : q.start].rstrip()
    if not stripped.endswith((".", ":")):
        return None
    sentence = sentence_lead(stripped, len(stripped) - 1)
    sentence_at = window_start + len(stripped) - 1 - len(sentence)
    m = _STATEMENT_MADE.search(sentence)
    if m is None:
        return None
    found = _subject_before(text, sentence_at + m.start("verb"), sentence_at, spoken, people)
    if found is None or not _plausible(found.name, people, found.start, found.end):
        return None
    return found


def _reporter_of_predicate(
    text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "Ellen Roper said the survey was being repeated, but it was a “matter of some urgency”": what a
    reported clause says a thing is, in the reported words, is the reporter's, the subject of the verb of
    saying that opens the sentence."""
    predicate = REPORTED_PREDICATE.search(lead)
    if predicate is None:
        return None
    for w in WORD.finditer(lead, 0, predicate.start()):
        word = w.group()
        if word.lower() in _OPINION_VERBS or is_naming_word(word):
            continue
        if not is_saying_word(word, after_name=True):
            continue
        found = _subject_before(text, lead_at + w.start(), lead_at, spoken, people)
        if found is None or not _plausible(found.name, people, found.start, found.end):
            return None
        return found
    return None


def _reported_paragraph_before(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """ "… the content was what mattered, said Mr Thomas." then a paragraph opening with “…”: a quotation
    opening a paragraph, right after a paragraph whose last sentence reports someone's words without
    quoting them, goes on with that someone's account."""
    before = text[max(0, q.start - 600) : q.start]
    if not re.search(r"\n[ \t]*\n\s*$", before):
        return None
    stripped = before.rstrip()
    if not stripped.endswith("."):
        return None
    sentence = sentence_lead(stripped, len(stripped) - 1)
    if re.search(r"[“”\"«»„]", sentence) or "\n\n" in sentence:
        return None  # the sentence quotes someone itself: the rules for its own quotation have spoken
    sentence_at = max(0, q.start - 600) + len(stripped) - 1 - len(sentence)
    inverted = _SAID_NAME_AT_END.search(sentence)
    if inverted:
        verb, key = inverted.group("verb"), "name"
        if verb is None:
            verb, key = inverted.group("verb2"), "name2"
        if is_saying_word(verb, after_name=True) and verb.lower() not in _OPINION_VERBS:
            start = sentence_at + inverted.start(key)
            return _named(text, start, start + len(inverted.group(key)))
    role = _ROLE_SAID_AT_END.search(sentence)
    if role and _role_noun(role.group("noun")) and is_saying_word(role.group("verb"), after_name=True):
        # "…, the spokesman said.": a role closing the sentence with its verb of saying
        start = sentence_at + role.start("np")
        return Speaker(role.group("np"), start, start + len(role.group("np")))
    for w in WORD.finditer(sentence):
        if w.group().lower() in _OPINION_VERBS or not is_saying_word(w.group(), after_name=True):
            continue
        found = _subject_before(text, sentence_at + w.start(), sentence_at, spoken, people)
        if found is None or not _plausible(found.name, people, found.start, found.end):
            return None
        return _asker_after_reported_answer(text, sentence_at, found, spoken) or found
    return None


def _asker_after_reported_answer(
    text: str, sentence_at: int, reporter: Speaker, spoken: list[tuple[int, Speaker, str]]
) -> Speaker | None:
    """ "“What is your name?”" / "The applicant told him, and …" / "“Do you drink?”": a paragraph reporting
    the answer to a question asked just before, by someone else, leaves the next line to the one who asked."""
    if not spoken:
        return None
    asked_at, asker, _ = spoken[-1]
    paragraph = _paragraph_start(text, sentence_at)
    asked = text[max(0, asked_at - 3) : asked_at].rstrip("”\"’»").endswith("?")
    if not asked or asker.name.lower() == reporter.name.lower() or not 0 < paragraph - asked_at <= 4:
        return None
    return Speaker(asker.name, None, None, asker.role)


# "…, the spokesman said.", "…, his lawyer added.": a role and its verb of saying close the sentence.
_ROLE_SAID_AT_END = re.compile(
    r",\s+(?P<np>(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+))\s+(?P<verb>[a-z]+)\s*\.?$"
)


def _account_before(text: str, q: Evidence, people: _People) -> Speaker | None:
    """ "According to Ivinskaya, Pasternak was struck dumb. “He was totally unprepared …”": a quotation
    opening the sentence right after one given as someone's account goes on with that account."""
    window_start = max(0, q.start - 400)
    stripped = text[window_start : q.start].rstrip()
    if not stripped.endswith("."):
        return None
    sentence = sentence_lead(stripped, len(stripped) - 1)
    m = _ACCOUNT_OPENING.match(sentence)
    if m is None or m.group("name").split()[0].lower() in NOT_NAMES:
        return None
    start = window_start + len(stripped) - 1 - len(sentence) + m.start("name")
    if people.kind(start, m.group("name")) not in ("person", "unknown"):
        return None
    return _named(text, start, start + len(m.group("name")))


_ACCOUNT_OPENING = re.compile(
    r"\s*(?:According\s+to|In\s+the\s+(?:words|account|memoirs?|recollection)\s+of)\s+(?:(?:the\s+)?[a-z]+\s+)?"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2}),"
)
_STATEMENT_MADE = re.compile(
    r"\b(?P<verb>issued|issues|made|makes|gave|gives|delivered|delivers|published|publishes|released|releases|"
    r"sent|sends|wrote|writes)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:statement|speech|"
    r"declaration|address|warning|appeal|letter|report|memorandum|note|message|announcement|communiqu[eé])s?\b"
)
# A linking verb right before the quotation, or before a list of quoted words that ends with it.
# Quoted words that go on with the author's sentence as the predicate of someone outside the marks (an
# adverb, then a verb in the past: "he “once refused to …”", "reconciled with the Pope, but “took care to
# …”"), or that tell of someone in the third person ("“he confiscated more papers …”").
_ADVERB = (
    r"(?:once|often|never|always|later|also|even|still|then|soon|repeatedly|frequently|sometimes|usually|rarely)"
)
_QUOTED_PREDICATE = re.compile(rf"[“\"](?:{_ADVERB}\s+)?(?P<verb>[a-z]+)\b")
_QUOTED_THIRD_PERSON = re.compile(rf"[“\"](?:he|she|they)\s+(?:{_ADVERB}\s+)?[a-z]+\b")
_QUOTED_NAMED_SUBJECT = re.compile(
    rf"[“\"](?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)?)\s+(?:{_ADVERB}\s+)?(?P<verb>[a-z]+)\b"
)
_PAST_IRREGULAR = {
    "took", "had", "was", "were", "made", "kept", "gave", "went", "spent", "left", "found", "felt", "held",
    "grew", "fell", "became", "began", "came", "saw", "knew", "sought", "brought", "bought", "ran", "sat",
    "stood", "lost", "won", "led", "met", "paid", "sent", "built", "drew", "chose", "broke", "hid", "rose",
    "wore", "ate", "drank", "fought", "forgot", "threw", "slept", "lived",
}
# What stands right before such a predicate: its subject (a pronoun or a name, an adverb maybe) or a
# conjunction joining it to the clause before.
_SUBJECT_OR_JOIN_BEFORE = re.compile(
    rf"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|[A-ZÀ-ÞА-ЯЁ][\w'’-]+|(?:^|[\s,])(?:and|but|yet|although|though|while|whereas))"
    rf"\s+(?:{_ADVERB}\s+)?$"
)


def _source_describes(text: str, q: Evidence, lead: str) -> bool:
    """Whether the quoted words are a source's account of someone rather than anyone's words in the
    sentence: a predicate in the past going on from a subject or a conjunction outside the marks, not a verb
    of saying ("he “once refused …”", "but “took care to …”"), or a clause about "he" or "she" in a sentence
    with no verb of saying ("After the treaty, “he banned …”")."""
    opening = text[q.start : q.start + 40]
    named = _QUOTED_NAMED_SUBJECT.match(opening)
    verb = named.group("verb") if named else ""
    past = verb in _PAST_IRREGULAR or verb.endswith("ed")
    if named and past and named.group("name").split()[0].lower() not in NOT_NAMES:
        opening = "“he " + opening[named.end("name") :].lstrip()  # "“Castro dreamed of …”": as "he" would
    if _QUOTED_THIRD_PERSON.match(opening):
        clause = re.split(r"[,;:”\"]", lead)[-1]  # the clause the words stand in, not one quoted before
        return not any(is_saying_word(w) or w.lower() in _STANCE_VERBS for w in WORD.findall(clause))
    predicate = _QUOTED_PREDICATE.match(opening)
    if predicate is None or not _SUBJECT_OR_JOIN_BEFORE.search(lead) or _REPORTED_SUBJECT.search(lead):
        return False  # "… tend to see it so, that Lenin “had built …”": the reporter's reading, theirs
    verb = predicate.group("verb")
    past = verb in _PAST_IRREGULAR or (verb.endswith("ed") and len(verb) > 4)
    return past and not is_saying_word(verb) and verb not in _STANCE_VERBS and verb not in _ESTIMATED


_REPORTED_SUBJECT = re.compile(
    rf"\bthat\s+(?:(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+){{1,3}}|(?:he|she|they)\s+)(?:{_ADVERB}\s+)?$"
)
_ESTIMATED = {"reckoned", "estimated", "calculated", "believed", "thought", "considered", "concluded",
              "argued", "claimed", "noted", "observed", "admitted", "conceded", "suggested", "recalled"}
_LINKING_BEFORE = re.compile(
    r"\b(?:appeared|appears|seemed|seems|looked|looks|sounded|sounds|became|becomes)\s+"
    r"(?:(?:[a-z]+ly|more|most|very|quite|almost)\s+)?(?:[“\"«„][^“”\"«»„]{1,60}[”\"»“],?\s+(?:and\s+|or\s+)?)*$"
)
_MARCHING = (
    r"(?P<verb>demonstrated|demonstrate|demonstrates|marched|march|marches|paraded|protested|rallied|"
    r"gathered|assembled|struck|picketed|filled\s+the\s+streets)"
)
# A verb of saying opening the sentence, its subject after it, then the words: "Said one childhood survivor of
# the Great Depression, “…”", "Wrote the editor of the Times:" (the phrase after the noun is left out).
_SAID_FIRST = re.compile(
    r"\s*(?:Said|Wrote|Added|Declared|Recalled|Explained|Remarked|Observed|Replied|Answered)\s+"
    r"(?P<who>(?:(?:one|a|an|the|another|his|her|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"(?:\s+(?:of|from|in|at|during|who)\b[^,;:“”\"«»]{0,60})?\s*[,:]\s*$"
)
# A document sent, its words after a colon: "sent a brief note to the Secretary of State:", "addressed a
# telegram to the governor, dated May 3:".
_SENT_DOCUMENT = re.compile(
    r"\b(?P<verb>sent|addressed|dispatched|delivered|handed)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+){0,2}"
    r"(?:note|letter|telegram|message|cable|dispatch|memorandum|reply|ultimatum)\b[^:“”\"«».;]{0,100}:\s*$"
)
_MARCHED_UNDER = re.compile(
    rf"\b{_MARCHING}\b[^.;:“”\"«»„]{{0,60}}?\b(?:banners?|placards?|posters?|signs?|flags?|slogans?)\s+"
    r"(?:reading|saying|that\s+(?:read|said)|which\s+(?:read|said)|with\s+the\s+words)\s*:?\s*$"
)
_MARCHED_DEMANDING = re.compile(
    rf"\b{_MARCHING}\b(?:\s+(?:in|at|on|outside|through)\s+[^,.;:“”\"]{{1,40}})?,\s+"
    r"(?:(?:again|also|still|loudly|once\s+more)\s+)?(?:demanding|chanting|shouting|crying|calling\s+for)\s*:?\s*$"
)


_LIKENED_BY = re.compile(
    r"\b(?:likened|compared|described|characteri[sz]ed|portrayed|dismissed|denounced|branded|labell?ed|"
    r"termed|dubbed|hailed|praised|condemned|mocked|ridiculed|seen|viewed|regarded)\s+by\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}"
    # "seen by the Russian foreign ministry as": a body named by an adjective and its nouns
    r"(?P<agent>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3}(?:\s+(?!as\b|to\b)[a-z]+){0,2})\s+(?:as|to)\s+"
    r"(?:an?\s+|the\s+)?"
    # "… as “sacrilege” and “…”": the second of two words named so
    r"(?:[“\"][^“”\"]{1,40}[”\"]\s*,?\s+(?:and|or)\s+(?:an?\s+|the\s+)?)?$"
)
# A naming verb's first "as “…”" and a second object's "as": "… as “excesses” and the deportation as"
_PARALLEL_LEAD = re.compile(
    r"(\bas\s+)[“\"«][^“”\"«»]{1,80}[”\"»][ \t]*,?[ \t]+and[ \t]+(?:[^\s,:;.()“”\"«»]+[ \t]+){1,6}as[ \t]+$"
)


# A naming or accusing passive whose object runs on to the quotation: "was called a man who had".
_NAMED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:called|described|dismissed|branded|labell?ed|denounced|condemned|"
    r"accused|charged|declared|characteri[sz]ed|portrayed|presented)\b[^.;:!?“”\"«»]*$"
)


# A body's name in a sentence: "the Ministry", "the Central Committee", "Pravda".
_BODY_NAME = re.compile(r"\b(?:the\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+)*")


def _body_in(lead: str, lead_at: int, people: _People) -> Speaker | None:
    """The first body named in the sentence before a quotation, for an "it" set in commas after it."""
    for m in _BODY_NAME.finditer(lead):
        name = m.group()
        if name.split()[-1] in ORGANISATION_WORDS or people.kind(lead_at + m.start(), name) == "organisation":
            return Speaker(name, lead_at + m.start(), lead_at + m.end())
    return None


def _verdict_before(
    text: str, lead_at: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """The body or document whose words stand in the sentence before ``lead_at`` (same paragraph), if any."""
    if not spoken:
        return None
    end, speaker, how = spoken[-1]
    gap = text[end:lead_at]
    if end > lead_at or "\n\n" in gap or len(_SENTENCE_BREAK.findall(gap)) > 1 or how == "citation":
        return None
    last = speaker.name.split()[-1]
    body = last.lower() in BODY_DOCUMENTS or last in ORGANISATION_WORDS or (
        speaker.start is not None and people.kind(speaker.start, speaker.name) == "organisation"
    )
    return Speaker(speaker.name, None, None, speaker.role) if body else None


# "with Walter Bedell Smith" before a participle of saying: an absolute phrase, its own subject.
_WITH_NAME_DOING = re.compile(
    r"\bwith\s+(?:[a-z]+\s+){0,2}?(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*){0,3})\s+$"
)


_SUBJECT_PRONOUN_OPENING = re.compile(
    r"\s*(?:(?:But|And|Then|Instead|Later|Finally)\s+)?(?P<pronoun>He|She|They)\b"
)
