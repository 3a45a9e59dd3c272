"""Documents, letters and blocks: documents that follow their introduction, paragraphs that go on, a
letter's signer, words read out; newspaper and scanned-column rules (saying verbs broken by OCR, column
rules, datelines)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.domain.evidence import Evidence, EvidenceKind, Speaker
from annotator.domain.evidence._words import BODY_DOCUMENTS, NOT_NAMES, is_saying_word, tail_verb
from annotator.domain.evidence.speakers.people import _POSSESSIVE

# A document a report reprints, introduced with its source: "We reprint the following editorial from the
# Coast Seamen's Journal:", "The league passed the following resolutions …:", "… the resolution, as adopted
# by the convention:".
_DOCUMENT_NOUNS = (
    r"(?:editorial|article|letter|statement|resolutions?|telegram|dispatch|report|message|appeal|address|"
    r"platform|notice|proclamation|order)"
)
_FOLLOWING_FROM = re.compile(
    r"\bthe\s+following\s+(?:[a-z]+\s+){0,2}?" + _DOCUMENT_NOUNS + r"\s+(?:from|of|by|in)\s+(?:the\s+)?"
    r"(?P<source>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})"
)
_PASSED_FOLLOWING = re.compile(
    r"(?P<source>(?:[Tt]he\s+)?[A-Z]?[\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})\s+(?:has\s+|have\s+)?(?:passed|adopted|"
    r"issued|sent|voted)\s+the\s+following\s+(?:[a-z]+\s+){0,2}?" + _DOCUMENT_NOUNS + r"\b"
)
_ADOPTED_BY = re.compile(
    r"\b(?:adopted|passed|issued|signed|sent)\s+by\s+(?:the\s+)?(?P<source>[A-Za-z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,4})\s*:\s*$"
)
_WEAK_EVIDENCE = {"none", "introduction", "continued", "nearby", "beat"}


def _outer_quotation(e: Evidence) -> bool:
    """Whether ``e`` is a quotation of someone's words at the outer level: not a scare quote, not nested."""
    return not e.scare and e.kind == EvidenceKind.QUOTATION and e.details.get("depth", "0") == "0"


def _documents_following(text: str, result: list[Evidence]) -> list[Evidence]:
    """A document a report reprints after a colon, whose source the introduction names (``_FOLLOWING_FROM``,
    ``_PASSED_FOLLOWING``, ``_ADOPTED_BY``): the source speaks it, a heading line ("In Memoriam") between or
    not. Only where the other rules found nobody or only a weak reading."""
    out = list(result)
    source: Speaker | None = None
    last_end = -1
    for index, e in enumerate(out):
        if not _outer_quotation(e):
            continue
        how = e.details.get("speaker_evidence")
        if source is not None and how == "continued" and not text[last_end : e.start].strip():
            # the document's next paragraph, its mark opened again: the voice carried from the one before it
            out[index] = _with_speaker(e, Speaker(source.name, None, None), "document source")
        elif how in _WEAK_EVIDENCE and (found := _document_source(text, e.start)) is not None:
            out[index] = _with_speaker(e, found, "document source")
            source = found
        else:
            source = None
        last_end = e.end
    return out


def _document_source(text: str, start: int) -> Speaker | None:
    """The source named by the introduction ending in a colon right before ``start`` (a short heading line
    may stand between)."""
    colon = text.rfind(":", max(0, start - 80), start)
    if colon < 0 or len(text[colon + 1 : start].strip()) > 40:
        return None
    lead_at = max(0, colon - 300)
    lead = text[lead_at : colon + 1]
    sentence = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z])|\n[ \t]*\n", lead)[-1]
    sentence_at = lead_at + len(lead) - len(sentence)
    for pattern in (_ADOPTED_BY, _FOLLOWING_FROM, _PASSED_FOLLOWING):
        found = pattern.search(sentence)
        if found and found.group("source").split()[-1].lower() not in NOT_NAMES:
            return _named(text, sentence_at + found.start("source"), sentence_at + found.end("source"))
    return None


# How a quotation was attributed that the next paragraph of words may go on from
_GOES_ON_FROM = {
    "verb after", "verb before", "introduction", "continued", "paragraph goes on", "agent before",
}


def _paragraphs_go_on(text: str, result: list[Evidence]) -> list[Evidence]:
    """A news report's paragraphs of one speaker's words: a quotation opening a paragraph with nothing to say
    whose it is, right after a paragraph that gave someone's words and at most one sentence of their
    attribution ("“…,” declared Frank Walsh, chairman of the committee, in New York. / “The most dangerous
    …”"), is the same voice's, paragraph after paragraph."""
    out = list(result)
    previous: Evidence | None = None
    for index, e in enumerate(out):
        if not _outer_quotation(e):
            continue
        if previous is not None and e.speaker is None and e.details.get("speaker_evidence") == "none" and (
            _next_paragraph_of_words(text, previous.end, e.start)
        ) and not _own_tag_after(text, e):
            e = out[index] = _with_speaker(e, Speaker(previous.speaker.name, None, None), "paragraph goes on")
        named = e.speaker is not None and e.details.get("speaker_evidence") in _GOES_ON_FROM
        previous = e if named else None
    return out


def _own_tag_after(text: str, e: Evidence) -> bool:
    """Whether the words have their own tag after them ("“…,” he answered, laughing."): whoever "he" is
    (the tag's pronoun left unresolved), they are not the words of the paragraph before going on."""
    ended = re.search(r"[.!?…]\W?$", text[e.start : e.end - 1]) is not None
    return tail_verb(text[e.end : e.end + 120], ended) is not None


def _next_paragraph_of_words(text: str, end: int, start: int) -> bool:
    """Whether the quotation at ``start`` opens a paragraph next to the words ending at ``end``, with at most
    their attribution's sentence between and no other words quoted."""
    gap = text[end:start]
    if not gap.endswith("\n") or "\n\n" in gap.rstrip() or len(gap) > 300 or re.search(r"[“”\"]", gap):
        return False
    return len(_GAP_SENTENCE_ENDS.findall(gap.strip())) <= 1


# A sentence's end, not an initial's or a title's full stop ("Frank P. Walsh", "Mr. Darr")
_GAP_SENTENCE_ENDS = re.compile(r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bSt)[.!?](?:\s|$)")


# Two fragments of a word a scanned column broke over a line end without a hyphen: "de\nclared"
_BROKEN_WORD = re.compile(r"(?<![\w’'-])([a-z]{1,8})\n([a-z]{2,10})(?![\w’'-])")


def _joined_saying_verbs(text: str) -> str:
    """``text`` with each verb of saying a scanned column broke over a line end without a hyphen joined
    ("de\nclared Mr. Darr" → "declared  Mr. Darr"), the line break moved after it, column rules read as
    letters blanked, and a scan's "ho" for "he" read as "he": of the same length, so every position the
    speakers give stays the text's own."""
    def join(m: re.Match[str]) -> str:
        word = m.group(1) + m.group(2)
        return word + " " if is_saying_word(word, after_name=True) else m.group()

    if text.count("\n") * 50 > len(text):  # lines of a narrow column (under 50 characters on average)
        # A column rule the scan read as a letter before a line's opening mark ("I "There is thus left …") is
        # no "I" who speaks: blanked, of the same length
        text = _COLUMN_RULE.sub(lambda m: " " * len(m.group()), _BROKEN_WORD.sub(join, text))
    if text.count(" tho ") >= 5:
        # A scan that reads "e" as "o" ("tho court", "ho said") again and again: "ho" is "he"
        text = _OCR_HO.sub(lambda m: "He" if m.group() == "Ho" else "he", text)
    return text


_OCR_HO = re.compile(r"\b[Hh]o\b")


_COLUMN_RULE = re.compile(r"(?m)^[Iij|l](?=[ \t]+[“\"][A-Z])")


# A law, note or platform as the subject of the sentence that weaves its words in, with a past verb (an
# adverb may stand before it): "The note closed with a caution that …", "It imposed penalties upon any
# person who used “…”"; a phrase with its comma may open the sentence ("In the act of 1767, it authorized").
_DOCUMENT_KINDS = (
    r"note|act|law|bill|measure|treaty|resolution|platform|message|proclamation|decree|statute|ordinance|"
    r"charter|constitution|preamble"
)
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:(?:In|On|By|Under|Through)\s(?:[^,]|,\s*\d{4}\b){1,60},\s*)?"
    rf"(?:(?P<it>[Ii]t)|(?P<np>(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[A-Z][\w-]*\s+)?(?:{_DOCUMENT_KINDS})))"
    # (an impersonal "it seemed", "it happened" is no document acting)
    r"\s+(?:[a-z]+ly\s+)?(?!(?:seem|appear|happen|matter|remain|turn|look|sound|follow|need)ed\b)[a-z]+ed\b"
)
_QUOTED_WORDS = re.compile(r"“[^“”]*”|\"[^\"\n]*(?:\n[^\"\n]*){0,8}\"")
# The document an "it" stands for: the nearest one named before it, "the Sedition act", "three famous notes".
_DOCUMENT_NAMED = re.compile(rf"\b(?:[A-Z][\w-]*\s+)?(?P<noun>{_DOCUMENT_KINDS})s?\b")


def _document_subject(text: str, lead: str, lead_at: int) -> Speaker | None:
    """The document whose words a sentence weaves in when the document (or "it" standing for one named in the
    two sentences before) is the sentence's subject: "It called upon the government to prevent “…”"."""
    m = _DOCUMENT_SUBJECT.match(lead)
    if m is None:
        return None
    if m.group("np"):
        return Speaker(m.group("np"), lead_at + m.start("np"), lead_at + m.end("np"))
    it_at = lead_at + m.start("it")
    before = text[max(0, it_at - 400) : it_at]
    if before.count(". ") + before.count(".\n") > 2:
        before = before[before.rfind(". ", 0, before.rfind(". ")) :]  # the two sentences before, at most
    # a document named inside a quotation ("… for that act") is not what "it" stands for
    named = list(_DOCUMENT_NAMED.finditer(_QUOTED_WORDS.sub(lambda q: " " * len(q.group()), before)))
    if not named:
        return None
    last = named[-1]
    name = last.group() if last.group()[0].isupper() else f"the {last.group('noun')}"
    start = it_at - len(before) + last.start()
    return Speaker(name, start, start + len(last.group()))


def _with_speaker(e: Evidence, speaker: Speaker | None, how: str) -> Evidence:
    return replace(e, speaker=speaker, details={**e.details, "speaker_evidence": how})


def _named(text: str, start: int, end: int) -> Speaker:
    """A speaker named at start..end, without a possessive ending ("Bukharin’s" → "Bukharin")."""
    name = text[start:end]
    bare = _POSSESSIVE.sub("", name) if re.search(r"\w[’']s?$", name) and name[-2:] != "ss" else name
    return Speaker(bare, start, start + len(bare))


def _letter_signer(text: str, q: Evidence) -> Speaker | None:
    """A letter quoted paragraph by paragraph, each reopening the mark, and signed in its own last lines
    ("“U. S. GRANT, Lieutenant-General."): every paragraph of it is the signer's."""
    if not re.search(r"(?:^|\n[ \t]*\n)[ \t]*$", text[max(0, q.start - 4) : q.start]):
        return None
    at = q.start
    for _ in range(16):
        end = text.find("\n\n", at)
        paragraph = text[at : end if end >= 0 else len(text)]
        signature = _SIGNATURE.match(paragraph)
        if signature:
            return _named(text, at + signature.start("name"), at + signature.end("name"))
        if paragraph[:1] not in "“\"" or re.search(r"[”\"]\s*$", paragraph) or end < 0:
            return None  # the quotation closed, or the text went on, with no signature
        at = end + 2
        while at < len(text) and text[at] in " \t\n":
            at += 1
    return None


# A letter's signature as its own quoted line: a name in capitals and a rank or office
# ("“R. E. LEE, General.").
_SIGNATURE = re.compile(
    r"[“\"](?P<name>(?:[A-Z]\.[ \t]*){0,3}[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2}),[ \t]+"
    r"[A-Z][\w.-]*(?:[ \t-][A-Za-z][\w.-]*){0,3}\.?[ \t]*[”\"]?[ \t]*(?:\n|$)"
)


_PRINTED_PIECE = re.compile(
    r"\b(?:ran|runs|printed|prints|published|publishes|carried|carries)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:report|story|article|notice|item|headline|editorial|piece|obituary)\b[^.;:“”\"«»„]{0,80}$"
)
_PASSIVE_BY_COMMA = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\s+by\s+(?:the\s+)?"
    r"(?P<agent>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3}),\s*$"
)


# A document right before a participle of instruction: "a covering note asking", "a telegram urging".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:note|letter|telegram|memo|memorandum|message|circular|directive|order|instruction)\s+$"
)
# "closed with the words", "in these words:": the words of the sentence's subject
_WITH_THE_WORDS = re.compile(
    r"\b(?:with|in)\s+(?:the(?:se)?|those|a|an)\s+(?:words|remark|comment|observation|retort|quip)\s*[:,]?\s*$"
)
_LAST_CLAUSE = re.compile(r"(?:^|[,;]\s+(?:and\s+)?)(?=[^,;]*\bwords\s*,\s*$)")
_DESCRIBED_WITH_WORDS = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*))"
    r"\s+(?:[a-z]+\s+){1,2}(?:with|in)\s+(?:the(?:se)?|those)\s+words\s*:?\s*$"
)
# A verb of perception, its object, then the verb of saying: "heard him promise", "saw the commandant write".
_PERCEIVED = re.compile(
    r"\b(?:heard|hear|hears|saw|see|sees|watched|watches|overheard|noticed|listened\s+to)\s+"
    # "heard a slow, pleasant voice say:": adjectives before the noun, with their commas
    r"(?P<obj>him|her|them|(?:the|a|an|his|her|their|my|our)\s+(?:[a-z-]+,?\s+){0,3}[a-z]+|"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)*)"
    r"\s+$"
)
# Quoting someone's words by a possessive: "quotes Lenin's supposed remark to Gorky,", "cites Churchill's
# tribute:".
_QUOTES_WORDS_OF = re.compile(
    r"\b(?:quotes|quoted|quoting|cites|cited|citing|repeats|repeated|repeating)\s+"
    r"(?P<who>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)*)[’']s\s+(?:[a-z-]+\s+){0,3}"
    r"(?:remark|remarks|words|phrase|tribute|saying|line|lines|verdict|comment|dictum|description|quip|"
    r"slogan|warning|boast|claim)\b[^.;:“”\"«»„]{0,60}[,:]\s*$"
)
# "anonymous leaflets were found with the text:", "posters … bearing the words:": a document and its text.
_DOCUMENT_WITH_TEXT = re.compile(
    r"\b(?P<noun>leaflets?|posters?|placards?|banners?|inscriptions?|proclamations?|flyers?|notes?|"
    r"letters?|telegrams?|slogans?|signs?|graffiti)\b(?:[^.;:!?“”\"«»„]{0,60}?\b(?:with|bearing|carrying)\s+"
    r"(?:the\s+)?(?:text|inscription|words|slogans?|message)|\s+(?:saying|reading))\s*:?\s*$",
    re.IGNORECASE,
)
# "I will read it.", "I shall read it out:": a document read out in a meeting, a court, a debate
_READ_OUT = re.compile(r"\b(?:read|reads)\s+(?:it|this|them)(?:\s+(?:out|aloud|to\s+you))?\s*[.:]\s*$")
_READ_DOCUMENT = re.compile(
    r"\b(?:read|quote|enter|insert)\s+(?:out\s+|aloud\s+|into\s+the\s+Record\s+)?"
    r"(?P<document>(?:the|this|that|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+))\s*:\s*$"
)
# The document read out and whom it is from: "a letter from the trade union committee of the mill."
_DOCUMENT_FROM = re.compile(
    r"\b(?:letter|statement|declaration|appeal|petition|complaint|telegram|resolution|note|report|message)s?\s+"
    r"(?:from|of|by)\s+(?P<body>(?:the|a|an|our|their|its)\s+[^.,;:!?\n“”\"«»]{1,60}?|[A-Z][^.,;:!?\n“”\"«»]{1,60}?)"
    r"\s*[.,;:!?]"
)


def _read_out(text: str, q: Evidence) -> Speaker | None:
    """The body a document read out right before the quotation is from: "We have a letter from the shop
    committee. I will read it. “…”"."""
    floor = max(0, q.start - 300, text.rfind("\n\n", 0, q.start) + 2)
    before = text[floor : q.start]
    if not before.strip():
        # "Let me read the news story:" / "“…”": the document named by the paragraph introducing the words
        paragraph = text[max(0, floor - 300) : floor].rstrip()
        named = _READ_DOCUMENT.search(paragraph)
        if named and named.group("noun").lower() in BODY_DOCUMENTS:
            start = max(0, floor - 300) + named.start("document")
            return Speaker(named.group("document"), start, start + len(named.group("document")))
    if not _READ_OUT.search(before):
        return None
    documents = list(_DOCUMENT_FROM.finditer(before))
    if not documents:
        return None
    body = documents[-1]
    return Speaker(body.group("body"), floor + body.start("body"), floor + body.end("body"))


# "“…” That's coming up next week. That's from Speaker-elect Nancy Pelosi, at a press conference.", "“…” This
# is from an article in the Detroit News": a speaker who reads out words names their source after them.
_SOURCE_AFTER = re.compile(
    r"\b(?:That|This|It)(?:[’']s|\s+is|\s+was|\s+comes|\s+came)(?:\s+also)?\s+from\s+"
    r"(?P<source>(?:(?:the|The)\s+)?[A-Z][\w.’'&-]*(?:[ \t\n]+(?:[A-Z][\w.’'&-]*|of|de|van|von))*"
    r"|an?\s+(?:article|editorial|report|story|statement|speech|column|letter|interview|press\s+release))"
)
# Between the words and their source: at most two short sentences, no other quotation, no new paragraph.
_BEFORE_SOURCE = re.compile(r"(?:[^“”\"«»„\n]|\n(?![ \t]*\n)){0,200}")


def _source_after(text: str, q: Evidence) -> Speaker | None:
    """The source a speaker names right after the words read out (``_SOURCE_AFTER``)."""
    gap = _BEFORE_SOURCE.match(text, q.end)
    end = gap.end() if gap else q.end
    found = _SOURCE_AFTER.search(text, q.end, min(len(text), end + 160))
    if found is None or found.start() > end or "''" in text[q.end : found.start()]:
        return None
    # the name ends at its sentence's full stop (an initial's is kept: "the U.S. Senate")
    source = re.split(r"(?<![A-Z])\.(?=\s|$)|\n[ \t]*\n", found.group("source"))[0].rstrip(" \t\n,")
    start = found.start("source")
    return Speaker(" ".join(source.split()), start, start + len(source))

# "“…,” Congressional Daily, December 15, 2006.": a source line right after the words, a name then a date.
_DATED_SOURCE_AFTER = re.compile(
    r"[ \t]*(?:,|—|–|--)?[ \t\n]*(?P<source>(?:The[ \t]+)?[A-Z][\w&’'.-]*(?:[ \t\n]+[A-Z][\w&’'.-]*){0,4}),"
    r"[ \t\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t\n]+\d{1,2}\b"
)
# "“…,” that's what the then minority leader Nancy Pelosi promised": the name the clause gives.
_WHAT_SOMEONE_SAID = re.compile(
    r",?[ \t\n]+(?:that|this)(?:[’']s|[ \t]+is|[ \t]+was)[ \t\n]+what[ \t\n]+(?P<who>[^,.;:“”\"]{2,80}?)"
    r"[ \t\n]+(?P<verb>[a-z]+ed|said|wrote|told)\b"
)
_LAST_NAME_RUN = re.compile(r"[A-Z][\w’'-]+(?:[ \t\n]+[A-Z][\w’'-]+)*(?=[^A-Za-z]*$)")


def _named_after(text: str, q: Evidence) -> Speaker | None:
    """A source line or a "that's what X said" clause right after the words (the two patterns above)."""
    dated = _DATED_SOURCE_AFTER.match(text, q.end)
    if dated and dated.group("source").split()[0].lower() not in NOT_NAMES:
        return Speaker(" ".join(dated.group("source").split()), dated.start("source"), dated.end("source"))
    said = _WHAT_SOMEONE_SAID.match(text, q.end)
    if said is None or not is_saying_word(said.group("verb"), after_name=True):
        return None
    name = _LAST_NAME_RUN.search(said.group("who"))
    if name is None:
        return None
    start = said.start("who") + name.start()
    return Speaker(" ".join(name.group().split()), start, start + len(name.group()))
