"""Quotations in a stored text: inline ones between quotation marks, block ones set off as paragraphs.

Inline quotations are paired mark by mark with a stack per paragraph, so nesting works and the marks of
English (“…” ‘…’ "…" '…'), Russian and French («…» „…“), and German („…“ ‚…‘ »…«) pair with their own
kind. Whether a mark opens or closes is read from its neighbours (a space or bracket before an opening mark,
a letter after it), so the apostrophes of "Stalin’s", "didn’t", "the ‘20s" and, inside single marks, "the
peasants’ grain" are not taken for marks. A paragraph is a run of hard-wrapped lines, or one line when the
lines are not wrapped (web text); a mark left open at its end is no quotation.

Block quotations carry no marks: they are paragraphs set off from the running text. One counts as a
quotation when the text says so: an attribution line under it (``— Nikita Khrushchev, 1956``), "> " before
its lines, or an indentation the surrounding paragraphs do not have together with an introduction ending in
a colon, a citation or note call at its end, or an introduction with a verb of saying; or an unindented
paragraph after an introduction that ends in a colon and either has a verb of saying ("Khrushchev told the
delegates:") or is followed by a citation at the paragraph's end. Form is BLOCK for these (marked or not),
INLINE for quotations between marks inside a paragraph of running text.

Scare quotes (``so-called ‘enemies of the people’``, a single label like “kulaks”) are flagged ``scare``:
a word or short phrase built into the author's own sentence ("the “liquidation of the kulaks as a class”
went …"), with no verb of saying framing it, no colon before it and no citation after it; titles ("Dizzy
with Success") count with them, being nobody's words in the sentence. Somebody's words are: a quotation
framed by a verb of saying on either side or by "according to", one after a colon, one followed by a
citation or note call, a whole sentence, or a line of dialogue standing as its own sentence. A fragment in
reported speech ("screamed that they were “mad dogs”") is somebody's words; a single word between marks is
a label even there.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from annotator.domain.evidence import Evidence, EvidenceKind, Form, continental
from annotator.domain.evidence._words import (
    ACCORDING,
    AGENT_AFTER,
    AGENT_BEFORE,
    AS_PUT,
    BODY_NOUNS,
    FRENCH_INVERSION,
    INTERRUPTED_BEFORE,
    INVERTED_ASIDE,
    LOST_CLOSE_TAG,
    NOT_NAMES,
    PASSIVE_NAMING,
    SAID_LIST_AFTER,
    SAYING_NOUN_THAT,
    SLOGAN_BEFORE,
    VIEW_AFTER_COLON,
    VIEW_OF,
    WORD,
    WORDS_OF_AFTER,
    frame_verb,
    is_naming_word,
    is_saying_word,
    opens_with_verb,
    tail_verb,
)
from annotator.domain.structure import Mark, MarkKind

# Each opening mark and the closing marks that end it.
_CLOSERS = {
    # English; German „…“ is handled below, its closing “ being an English opening mark. A straight mark
    # closes “ too: scanned and converted books mix them ("“ Neighbor," said he)
    "“": "”\"",
    "„": "“”\"",  # „…" as German is often typed on the web: the straight mark closes it
    "«": "»",
    "»": "«",  # German »…«
    "‹": "›",
    "›": "‹",
    "‘": "’",
    "‚": "‘’",
    '"': '"”',  # OCR and converted text mix them too: "Have you been here long ?”
    "'": "'",
}
_MARKS = set("“”„«»‹›‘’‚\"'")
# "_" and "*": Markdown's emphasis around a title in marks (_"Permanent Revolution"_)
_OPEN_BEFORE = set(" \t\n\u00a0\u202f([{—–-/_*") | set("“„«‘‚\"'‹")
_CLOSE_AFTER = set(" \t\n\u00a0\u202f.,;:!?)]}…—–-/") | set("”“»’‘\"'›«‹")
# "So-called", "known as", "entitled": a label or a title follows, not somebody's words.
_LABEL_BEFORE = re.compile(
    r"\b(?:so[- ]called|self[- ]styled|called|termed|dubbed|known\s+as|labell?ed(?:\s+as)?|branded(?:\s+as)?|"
    r"classified\s+as|described\s+as|referred\s+to\s+as|credited\s+as|defined\s+as|nicknamed|entitled|titled|"
    r"the\s+(?:word|term|"
    r"phrase|label|slogan|epithet|notion|concept|name|title|expression)s?(?:\s+of)?|"
    r"euphemistically(?:\s+\w+)?|what\s+(?:he|she|they|was|were|is|are)\s+(?:called|termed|dubbed)|"
    # "shot as alleged “enemies of the state”", "called them words such as “…”": a label
    r"(?:as\s+)?(?:alleged|supposed|purported|would-be)|(?:words|terms|names|epithets|labels)\s+(?:such\s+as|like))"
    r"[\s,:]*(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
# An attribution set in commas a few words after the quotation: "“…” who had, it claimed, set out".
PARENTHETICAL_AFTER = re.compile(
    r"[”\"»’]?\s*(?:[a-z]+\s+){0,3}?[a-z]+,\s+(?P<pronoun>it|he|she|they)\s+(?:later\s+)?"
    r"(?:claimed|claims|said|says|alleged|alleges|wrote|writes|insisted|insists|added|adds|reported|reports),"
)
# A gloss naming the quoted word a term: "“dystrophy”, a medical term that" (not "a formula", "a charge":
# see _CHARGED_AFTER).
_GLOSSED_AFTER = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:term|word|phrase|euphemism|expression|label|neologism|"
    r"coinage|epithet)\b"
)
# A title: every word capitalised except short function words ("Dizzy with Success").
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "with", "for", "at", "by", "its",
                "from", "as", "but", "into", "under", "de", "la", "le", "der", "die", "das", "und",
                # headlines: "Pelosi versus Dingell Heats Up", "Aides are Derailing Corruption Cases"
                "versus", "vs", "vs.", "v.", "is", "are"}
# The noun of a speech or a document right after the marks: the words name it.
_WORK_NOUN_AFTER = re.compile(
    r"\s+(?:speech|address|telegram|memorandum|doctrine|manifesto|broadcast|editorial)\b"
)
# A poster, a banner or a sign and the verb of what it says: its words follow, title-cased or not.
_DISPLAYED_WORDS_BEFORE = re.compile(
    r"\b(?:posters?|placards?|banners?|signs?|leaflets?|billboards?)\s+(?:saying|reading|that\s+(?:read|said)|"
    r"which\s+(?:read|said))\s*:?\s*$",
    re.IGNORECASE,
)
# A term set in Markdown italics and the bracket of its translation: "_spazio vitale_ (", "_La Mia Vita_ (".
_ITALIC_TERM_BEFORE = re.compile(r"\w[_*]\s*\(\s*$")
# A preposition before a title-cased phrase: the work the words are in or about ("in “The Doctrine of
# Fascism” he wrote", "an essay on “…”").
_WORK_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|from|about)\s+$", re.IGNORECASE)
# "under the headline “…”" names an article; "carried banner headlines, “Shoot the mad dogs!”" quotes them.
_HEADLINE_BEFORE = re.compile(
    r"\bunder\s+the\s+(?:headline|heading|caption|title)\s*[:,]?\s*$", re.IGNORECASE
)
_TITLE_CONTEXT = re.compile(
    r"(?:book|article|essay|speech|poem|novel|film|play|song|pamphlet|report|letter|chapter|story|"
    r"paper|entitled|titled|called|named|headed|statement|volume|part|series)\W*$",
    re.IGNORECASE,
)
# A citation right after a quotation: "(Sakwa, 37)", "(Davies 1989, 1029)", "(ibid, 31)", a note call.
# ("(Engels, in his book on the State)", "(Engels in his letter to Bebel …)": an author and a work, no year)
_CITATION_AFTER = re.compile(
    r"^[\s.,;:]{0,3}(?:\((?:[A-Z][^()]{0,80}?\d[^()]{0,40}|ibid[^()]{0,20}|loc\.? ?cit\.?"
    r"|op\.? ?cit[^()]{0,20}"
    r"|(?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w’'-]+,?\s+in\s+(?:his|her|their|a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:book|letter|article|speech|essay|pamphlet|preface|introduction|address|report|notes|diary|review|"
    r"lecture|memoirs|manuscript)\b[^()]{0,80})\)"
    r"|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}(?=\s|$))"
)
# An author-date citation (or a page, as a review cites the book under review) closing the sentence the
# quotation stands in: "… that X could not admit (Hessler 2004, 287).", "… in the first winter (p. 88)."
_CITATION_CLOSES = re.compile(
    r"[^.!?“”\"«»()\n]{0,160}\((?:[A-Z][^()]{0,60}?\b(?:1[5-9]\d\d|20\d\d)[^()]{0,30}|pp?\.\s?\d[\d–-]*)\)"
    r"\s*[.;,]"  # "… (p. 88), and that officials knew it": the clause's end, the sentence going on
)
_CITATION_END = re.compile(
    r"\((?:[A-Z][^()]{0,80}?\d[^()]{0,20}|ibid[^()]{0,20})\)\s*\.?\s*$|[a-z.;:!?”\"’]\d{1,3}$"
)
_SENTENCE_END = re.compile(r"[.!?…]")
_ATTRIBUTION = re.compile(r"^\s*(?:[—–―]|--?)\s*(?P<name>[^\W\d_][^,;(\n]{1,60}?)\s*(?:[,;(].*)?$")
_ATTRIBUTED_DOCUMENTS = {"letter", "report", "note", "telegram", "diary", "petition", "leaflet", "resolution",
                         "inscription", "statement", "speech", "appeal", "complaint", "from", "anonymous"}
_COMMENT_HEADER = re.compile(
    # "A friend writes:", "He wrote:" are a sentence of the text introducing words, not a comment's user name
    r"^\s*(?:\d+\.\s*)?(?!(?:a|an|the|my|our|one|another|his|her|their|he|she|they|we|i)\s)"
    r"[\w .'’-]{1,40}\s+(?:says|said|writes|wrote)\s*:\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪–]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
# A sentence's end, past its closing marks (French spacing too: "… tous. » Pour") and note calls; not an
# initial's full stop ("the evacuee Sidorenko P. K., aged 52, said:" is one sentence), nor a title's ("the
# hon. Member for Aberdeen", "Mr. Boothby").
_SENTENCE_START = re.compile(
    # the class first, then the look-behinds: the engine jumps from one candidate to the next
    r"[.!?…](?<!\b[A-ZА-ЯЁ]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bhon\.)(?<!\bProf\.)"
    # abbreviated titles before a name: "Sen. Keating", "Gen. Taylor", "Gov. Stevenson"
    r"(?<!\bSen\.)(?<!\bGen\.)(?<!\bGov\.)(?<!\bRep\.)(?<!\bCol\.)(?<!\bCapt\.)(?<!\bAdm\.)(?<!\bLt\.)"
    r"(?:[ \u00a0\u202f]?[”\"’»)])*(?:\[\w{1,4}\]|\d{1,3})*\s+(?=[A-Z“\"‘«(„]|$)"
    r"|\)\s+(?=[A-Z]|$)"
)
_SUBJECT_PRONOUNS = {"he", "she", "they", "who", "we", "i"}
_FOLLOWS = re.compile(r"\b(?:as follows|the following|in these words|thus|these words)\b", re.IGNORECASE)


def find_quotations(text: str, marks: Sequence[Mark] = ()) -> list[Evidence]:
    """The quotations of ``text``, inline and block, each flagged ``scare`` when it is a scare quote.

    ``marks`` are the structure marks of the text (note calls); a note call right after a quotation is
    evidence that it is someone's words. Nested quotations are kept too, with ``details["depth"]`` above 0.
    """
    calls = {m.start for m in marks if m.kind in (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK)}
    printed, text = text, reading_view(text)
    paragraphs = _paragraphs(text)
    found: list[Evidence] = []
    for start, end, depth, outer in nesting(_pairs(text, paragraphs)):
        scare, use = _scare(text, start, end, calls, outer)
        found.append(
            Evidence(
                EvidenceKind.QUOTATION, start, end, Form.INLINE, scare=scare,
                details={"depth": str(depth), "use": use},
            )
        )
    starts = [e.start for e in found]  # found is in order of its opening marks
    removed: set[int] = set()
    blocks = _blocks(text, paragraphs)
    for block in blocks:
        # A paragraph set off as a block that is itself between marks is one quotation, in block form;
        # marks inside a block quotation are quotations nested in it.
        for index in range(bisect.bisect_left(starts, block.start), bisect.bisect_left(starts, block.end)):
            e = found[index]
            if e.end > block.end:
                continue
            if e.details["depth"] == "0" and e.start - block.start <= 1 and block.end - e.end <= 2:
                removed.add(index)
                block.details["marked"] = "1"
                continue
            deeper = str(int(e.details["depth"]) + 1)
            found[index] = replace(e, details={**e.details, "depth": deeper})
    blocks = _interrupted_blocks_split(text, blocks, found, starts)
    for index in range(1, len(found)):
        # "accused the archive of “…” and of “…”": the second is what the first is
        e, before = found[index], found[index - 1]
        if e.scare and not before.scare and e.details["depth"] == before.details["depth"] == "0" and (
            COORDINATED.fullmatch(text, before.end, e.start)
        ) and (
            # "as “the rewriting of history” and “Russophobia”": one word after a phrase stays a label; but
            # "wrote “nonsense” and “ha-ha” in the margins": words written, one as the other
            len(WORD.findall(text[e.start + 1 : e.end - 1])) >= 2
            or len(WORD.findall(text[before.start + 1 : before.end - 1])) == 1
        ):
            found[index] = replace(e, scare=False, details={**e.details, "use": "quotation"})
        elif e.scare and e.details["depth"] == before.details["depth"] == "0" and _parallel_as(
            text, before, e
        ):
            # "describes the strikes as “sabotage” and the strikers as “people misled by enemies”": the
            # naming verb names the second object too; one word stays a label
            found[index] = replace(e, scare=False, details={**e.details, "use": "quotation"})
        elif e.scare != before.scare and _GLOSS.fullmatch(text, before.end, e.start) and text.startswith(
            ")", e.end
        ):
            # «Стереть с лица земли» ("Wipe them from the face of the earth"): a translation is what the
            # original is
            found[index] = replace(e, scare=before.scare, details={**e.details, "use": before.details["use"]})
    for index in _dialogue_turns(text, found):
        # "“Don’t you know anybody?” “No, I don’t.”": a short answer between the turns of a dialogue is said
        e = found[index]
        found[index] = replace(e, scare=False, details={**e.details, "use": "quotation"})
    for index in _enumerated_terms(text, found):
        # "three approaches: “orthodox” accounts, “revisionism”, and “post-revisionism”": terms listed
        found[index] = replace(found[index], scare=True, details={**found[index].details, "use": "label"})
    last_real: Evidence | None = None
    for index, e in enumerate(found):
        if e.details["depth"] != "0" or index in removed:
            continue
        if e.scare and last_real is not None and _goes_on(text, last_real, e):
            # "characterised him as “…” who had committed a “…”", "accused him of “…” and of staging “…”":
            # a phrase quoted later in the sentence of somebody's words is more of them
            details = {**e.details, "use": "quotation", "goes_on": "1"}
            e = found[index] = replace(e, scare=False, details=details)
        if not e.scare:
            last_real = e
    kept = [_over_doubled(printed, text, e) for index, e in enumerate(found) if index not in removed]
    return sorted(kept + blocks, key=lambda e: (e.start, -e.end))


# The words between the halves of one quotation interrupted by its tag: "he said,", "said he,", "Capito
# further added:", "it was asserted,", "she pointed to him." — a few words, ending as a tag ends.
_TAG_BETWEEN = re.compile(r"[ \t]*[^“”\"«»‘’\n]{2,80}?[,:;.!?—–][ \t]*")
_NOTE_AFTER_CLOSE = re.compile(r"[ \t]*(?:\[\^?\d{1,3}\]|\d{1,3})?[ \t]*")
_TAG_PRONOUN = re.compile(r"[ \t]*(?:he|she|they|I|we)\s+[a-z]+", re.IGNORECASE)


def _tag_between(gap: str) -> bool:
    """Whether ``gap``, the text after a quotation (before the next one or the paragraph's end), is its tag:
    a few words with a verb of saying, or a pronoun and its verb ("she pointed to the prisoner.")."""
    if not _TAG_BETWEEN.fullmatch(gap):
        return False
    words = WORD.findall(gap)
    if not 1 <= len(words) <= 10:
        return False
    if _TAG_PRONOUN.match(gap) and len(words) <= 6:
        return True
    return "went on" in gap or any(is_saying_word(w, after_name=True) for w in words)


def _interrupted_blocks_split(
    text: str, blocks: list[Evidence], found: list[Evidence], starts: list[int]
) -> list[Evidence]:
    """The blocks kept: a block that is one quotation interrupted by its tag (`> “…,” he said, “…”`), or
    quotations with only their tags between and after them ("“…!” she pointed to him. “…” she cried."), is
    dropped and its quotations, each its own item, are raised to the outer level (the tags are the author's
    words, as in running text)."""
    kept: list[Evidence] = []
    for block in blocks:
        first, last = bisect.bisect_left(starts, block.start), bisect.bisect_left(starts, block.end)
        inner = [i for i in range(first, last) if found[i].end <= block.end]
        halves = [i for i in inner if found[i].details["depth"] == "1"]
        tail = text[found[halves[-1]].end : block.end] if halves else ""
        if (
            len(halves) < 2
            or found[halves[0]].start - block.start > 1
            or not (_NOTE_AFTER_CLOSE.fullmatch(tail) or _tag_between(tail))
            or not all(
                _tag_between(text[found[a].end : found[b].start]) for a, b in itertools.pairwise(halves)
            )
        ):
            kept.append(block)
            continue
        for i in inner:
            e = found[i]
            found[i] = replace(e, details={**e.details, "depth": str(int(e.details["depth"]) - 1)})
    return kept


# The plain text of the Congressional Record (and of other typed transcripts) prints each quotation mark as
# two apostrophes: ''It's my job,'' she says. A doubled mark opens before a word and closes after one, or
# after a sentence's end and a stray space ("on his face. ''"), the mark then read on the space.
# "'''I can say,' said he": a doubled mark, then a single one nested in it.
_DOUBLED_OPEN = re.compile(r"(?:(?<=[\s(\[—–-])|^)''(?=[^\s']|'[^\s'])")
_DOUBLED_CLOSE = re.compile(r"(?<=[^\s'])''(?=[\s.,;:!?)\]—–-]|$)")
_DOUBLED_SPACED_CLOSE = re.compile(r"(?<=[.!?,'’]) ''(?=\s|$)")  # "… 'deal with Iran.' ''" too


_ASKED_QUESTION = re.compile(
    r"(?:how|what|why|where|when|who|whom)\s+(?:did|do|does|is|are|was|were|would|could|can|will|should|has|"
    r"have|had|am)\b"
)
_TERM_NAMED_BEFORE = re.compile(
    r"\b(?:term|terms|phrase|phrases|word|words|expression|slogan|title|headline|label|name|called|entitled|"
    r"titled|dubbed)\s*$",
    re.IGNORECASE,
)
# A transcript prints the speaker's own "quote" before the words quoted ("he said, quote, “…,” end quote"):
# whoever says "quote" says what follows is someone's words.
SPOKEN_QUOTE = re.compile(r"(?<![Ii] )\b(?:[Qq]uote|QUOTE)\b[,:]?[ \t\n]*$")


_SPOKEN_QUOTE_WORDS = re.compile(
    r"(?<![Ii] )\b(?:[Qq]uote|QUOTE)\b[,:]?(?=[ \t\n]*[“\"'])"
    r"|(?<=[”\"'])[ \t,]*\b(?:[Ee]nd[ -]quote|unquote)\b"
)


def without_spoken_quote(text: str) -> str:
    """``text`` with a transcript's spoken "quote," before a quotation and "end quote" after it blanked, of
    the same length: "he said, quote, “…”" is read as "he said, “…”"."""
    if "uote" not in text and "UOTE" not in text:
        return text
    return _SPOKEN_QUOTE_WORDS.sub(lambda m: " " * len(m.group()), text)


# Material inserted into the Congressional Record is printed with two blank lines between its lines and three
# between its paragraphs, each line indented: "\n\n\n Afghanistan, indirectly paying …".
_SPACED_LINE_BREAK = re.compile(r"(?<=[^\n])\n\n\n(?=[ \t][^\s])")


# Characters a web copy leaves that print as nothing: a soft hyphen after a colon ("He also said: \u00ad"),
# zero-width spaces and joiners.
_INVISIBLE = {0x00AD: " ", 0x200B: " ", 0x200C: " ", 0x200D: " ", 0x2060: " ", 0xFEFF: " "}


def reading_view(text: str, *, outer: bool = False) -> str:
    """``text`` as the quotations and their speakers are read, of the same length so every position stays
    the text's: invisible characters as spaces, the Record's doubled apostrophes as curly marks
    (``doubled_apostrophes``, ``outer`` as there) and its double-spaced inserted lines joined."""
    if any(chr(code) in text for code in _INVISIBLE):
        text = text.translate(_INVISIBLE)
    return spaced_lines_joined(doubled_apostrophes(ocr_doubled_marks(text, outer=outer), outer=outer))


def spaced_lines_joined(text: str) -> str:
    """``text`` with the lines of double-spaced inserted material (``_SPACED_LINE_BREAK``, a dozen at least)
    joined into paragraphs, of the same length: a quotation running over a line is no longer cut at it."""
    if "\n\n\n " not in text or len(_SPACED_LINE_BREAK.findall(text)) < 12:
        return text
    return _SPACED_LINE_BREAK.sub("  \n", text)


# Scanned newspapers and older typesetting print a double quotation mark as two single ones: an opening "‘‘"
# or "``" (with a stray space maybe, "‘ ‘The"), a closing "’’" ("done. ’ ’" after a stray space): read as one
# double mark next to the words, the other as a space. The pair is found by its marks alone (a fast scan), its
# place then checked where it stands.
_OCR_PAIR = re.compile(r"‘ ?‘|``|’ ?’")
_OCR_OPENS_BEFORE = re.compile(r" ?[^\W\d_'‘’`\"“”]|[.…'’]")  # a word (after a space maybe), an elision
_OCR_CLOSES_AFTER = re.compile(r"[\s.,;:!?)\]—–-]|$")
_OCR_DOUBLED_HINT = ("‘‘", "’’", "``", "‘ ‘", "’ ’")
_RST_LITERAL_END = re.compile(r"[^`'’\"”\n]{1,200}?[^\s`]``")


def ocr_doubled_marks(text: str, *, outer: bool = False) -> str:
    """``text`` with the double quotation marks that OCR and old typesetting print as two single marks
    (``_OCR_PAIR`` where ``_ocr_pair_opens``/``_ocr_pair_closes``) written as one curly mark and spaces, of
    the same length. An opening mark stands on the last of the two, next to the words (``_over_doubled``
    widens the quotation back); a closing one on the first, next to the words, so the marks pair — or with
    ``outer`` on the last (a quotation then spans both, as ``find_quotations`` gives it)."""
    if not any(hint in text for hint in _OCR_DOUBLED_HINT):
        return text
    pieces, at = [], 0
    for m in _OCR_PAIR.finditer(text):
        pad = " " * (m.end() - m.start() - 1)
        if m.group()[0] != "’" and _ocr_pair_opens(text, m.start(), m.end()):
            mark = pad + "“"
        elif m.group()[0] == "’" and _ocr_pair_closes(text, m.start(), m.end()):
            mark = pad + "”" if outer else "”" + pad
        else:
            continue
        pieces += [text[at : m.start()], mark]
        at = m.end()
    return "".join(pieces) + text[at:] if pieces else text


def _ocr_pair_opens(text: str, start: int, end: int) -> bool:
    """An opening pair stands after a space or the paragraph's start, before a word (or a space and one).
    Backticks closed by backticks after a word are reStructuredText's code (```strip```), no mark."""
    if (start > 0 and text[start - 1] not in " \t\n([—–-") or _OCR_OPENS_BEFORE.match(text, end) is None:
        return False
    return text[start] != "`" or _RST_LITERAL_END.match(text, end) is None


def _ocr_pair_closes(text: str, start: int, end: int) -> bool:
    """A closing pair stands after a word ("dirty,’’ said"), or after a sentence's end with a stray space
    ("done. ’ ’"); "the boys’ ’cause" is no pair (a word follows), nor "5’ 10’’" (a digit before)."""
    before = text[start - 1] if start else " "
    if before.isspace():
        return start >= 2 and text[start - 2] in ".,!?;"
    if before.isdigit() or before in "'‘’`":
        return False
    return end - start == 2 or (before in ".,!?;" and _OCR_CLOSES_AFTER.match(text, end) is not None)


def doubled_apostrophes(text: str, *, outer: bool = False) -> str:
    """``text`` with each doubled apostrophe that stands as a quotation mark ('' … '') written as one curly
    mark and a space, of the same length so positions stay the text's. An opening pair is "“ " (a spaced
    opening mark, the paragraph's indentation kept); a closing one "” " to pair the marks (the mark after
    the words) and " ”" to read around a quotation that spans both apostrophes, as ``find_quotations``
    gives it."""
    if "''" not in text:
        return text
    closing = " ”" if outer else "” "
    text = _DOUBLED_SPACED_CLOSE.sub("  ”" if outer else "”  ", text)

    def opening(m: re.Match[str]) -> str:
        # before a single mark that opens too, the curly mark stands next to it
        return " “" if not outer and m.string.startswith("'", m.end()) else "“ "

    return _DOUBLED_CLOSE.sub(closing, _DOUBLED_OPEN.sub(opening, text))


def _over_doubled(printed: str, read: str, e: Evidence) -> Evidence:
    """``e`` widened over the other apostrophe of a doubled mark at either end, as the text prints it
    (``read``: the text as the marks were paired, a doubled mark read as one curly mark)."""
    start, end = e.start, e.end
    if read[e.start] == "“" and e.start > 0 and printed.startswith("''", e.start - 1):
        start = e.start - 1  # the mark read on the second apostrophe, before a single mark opening too
    elif read[e.start] == "“" and printed[e.start] in "‘`":
        first = re.search(r"[‘`] ?$", printed[max(0, e.start - 2) : e.start])  # OCR's "‘‘", "‘ ‘", "``"
        start = e.start - (len(first.group()) if first else 0)
    if read[e.end - 1] == "”" and printed.startswith("''", e.end - 1):
        end = e.end + 1
    elif read[e.end - 1] == "”" and printed.startswith(" ''", e.end - 1):
        end = e.end + 2  # "on his face. ''"
    elif read[e.end - 1] == "”" and printed[e.end - 1] == "’":
        second = re.match(r" ?’", printed[e.end : e.end + 2])  # "’’", "’ ’": OCR's doubled closing mark
        end = e.end + (second.end() if second else 0)
    return e if (start, end) == (e.start, e.end) else replace(e, start=start, end=end)


# Between two terms of a list: a comma (and "and"/"or"), a noun the first term qualifies maybe ("“orthodox”
# accounts, “revisionism”").
_LIST_GAP = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


_CLAUSE_END = re.compile(r"[.!?,]\W*$")
_TURN_GAP = re.compile(r"[ \t]*\n?[ \t]*")  # in one paragraph: a blank line ends the dialogue


def _dialogue_turns(text: str, found: list[Evidence]) -> list[int]:
    """The indexes of short quotations read as labels that are turns of a dialogue: a sentence or a clause of
    their own ("“Yes.”", "“Good morning.”", "“I never saw him ”"), with nothing but a space (in the same
    paragraph) between them and the words said before or after them."""
    turns = []
    for index, e in enumerate(found):
        if not e.scare or e.details["depth"] != "0":
            continue
        inner = text[e.start + 1 : e.end - 1]
        sentence = inner.strip()[:1].isupper() and len(WORD.findall(inner)) >= 3  # its end mark lost maybe
        if not sentence and not _CLAUSE_END.search(inner):
            continue
        neighbours = [found[j] for j in (index - 1, index + 1) if 0 <= j < len(found)]
        if any(
            not n.scare and n.details["depth"] == "0"
            and _TURN_GAP.fullmatch(text, min(n.end, e.end), max(n.start, e.start)) is not None
            for n in neighbours
        ):
            turns.append(index)
    return turns


def _enumerated_terms(text: str, found: list[Evidence]) -> list[int]:
    """The indexes of the quotations that stand in a list of three or more short terms in marks, one after
    another with only commas and "and" between: terms named, each a label, not words anyone says."""
    def short(e: Evidence) -> bool:
        inner = text[e.start + 1 : e.end - 1]
        words = len(WORD.findall(inner))
        return e.details["depth"] == "0" and words <= 3 and not re.search(r"[.!?;:]", inner)

    runs: list[list[int]] = []
    for index, e in enumerate(found):
        follows = bool(runs) and runs[-1][-1] == index - 1
        joined = follows and _LIST_GAP.fullmatch(text, found[index - 1].end, e.start)
        if short(e) and joined:
            runs[-1].append(index)
        elif short(e):
            runs.append([index])
    listed = []
    for run in runs:
        if len(run) < 3:
            continue
        verb = frame_verb(sentence_lead(text, found[run[0]].start))
        if verb is not None and verb.group().lower() not in _TALKING_OF:
            continue  # "marched, again demanding “bread and peace”, “no war”, and “…”": slogans said
        listed.extend(run)
    return listed


# Verbs of talking about things: the terms after them are named, not said ("speak of three approaches").
_TALKING_OF = {"speak", "speaks", "spoke", "talk", "talks", "talked", "distinguish", "distinguishes"}


def _goes_on(text: str, before: Evidence, e: Evidence) -> bool:
    """Whether the label ``e`` is a phrase quoted later in the sentence of the real quotation ``before``."""
    inner = text[e.start + 1 : e.end - 1].strip()
    words = WORD.findall(inner)
    gap = text[before.end : e.start]
    if len(words) < 2 or not inner[:1].islower() or len(gap) > 140 or e.details.get("use") == "title":
        return False
    if re.search(r"[.!?;:][”\"’»)\]\d]*\s|\n\s*\n|[“”\"«»„]", gap):
        return False  # another sentence, or other marks between
    if re.search(r"[.!?…]\W?$", text[before.start : before.end - 1]) and re.match(r"\s+[A-ZÀ-ÞА-ЯЁ]", gap):
        return False  # “… nobody protested.” She was sent …: the words before ended their sentence
    lead = sentence_lead(text, e.start)
    return not _LABEL_BEFORE.search(lead) and not re.search(r"\b[A-Z][a-z]+\s+$", gap)


def _parallel_as(text: str, before: Evidence, e: Evidence) -> bool:
    """Whether ``e`` is a second "… as “…”" of the naming verb that framed ``before``."""
    if len(WORD.findall(text[e.start + 1 : e.end - 1])) < 2:
        return False
    if not _PARALLEL_AS.fullmatch(text, before.end, e.start):
        return False
    lead = sentence_lead(text, before.start)
    verb = frame_verb(lead)
    return verb is not None and is_naming_word(verb.group()) and re.search(r"\bas\s+$", lead) is not None


# "… as “…” and the strikers as “…”": a second object of the same naming verb, and its "as".
_PARALLEL_AS = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:[^\s,:;.()“”\"«»]+[ \t]+){1,6}as[ \t]+")


def nesting(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, depth, where the quotation holding it opens or -1) of each pair, in order of start."""
    result: list[tuple[int, int, int, int]] = []
    open_: list[tuple[int, int]] = []
    for start, end in sorted(pairs, key=lambda p: (p[0], -p[1])):
        while open_ and open_[-1][1] < end:
            open_.pop()
        result.append((start, end, len(open_), open_[-1][0] if open_ else -1))
        open_.append((start, end))
    return result


def _paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, indented) of each paragraph.

    A paragraph is a run of non-blank lines of the same indentation when its lines are hard-wrapped (all
    but the last of a similar, printed width); otherwise, as web pages and word processors give text, each
    line is a paragraph of its own.
    """
    runs: list[tuple[bool, list[tuple[int, int]]]] = []
    pos = 0
    current: list[tuple[int, int]] = []
    indent_of_run = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.lstrip()
        if not stripped:
            if current:
                runs.append((indent_of_run, current))
                current = []
        else:
            indent = len(body) - len(stripped) >= 2 or body.startswith("\t")
            marker = re.match(r">+\s*", stripped)  # "> …": a quotation as e-mail and Markdown mark it
            if marker:
                indent, stripped = True, stripped[marker.end() :]
                if not stripped:
                    pos += len(line)
                    continue
            if current and indent != indent_of_run:
                runs.append((indent_of_run, current))
                current = []
            if not current:
                indent_of_run = indent
            current.append((pos + len(body) - len(stripped), pos + len(body.rstrip())))
        pos += len(line)
    if current:
        runs.append((indent_of_run, current))
    result: list[tuple[int, int, bool]] = []
    for indented, lines in runs:
        # The last line of a paragraph is short; so is the one before an attribution line under it.
        body = lines[:-2] if _attribution(text[lines[-1][0] : lines[-1][1]]) else lines[:-1]
        widths = [end - start for start, end in body]
        if not widths or (max(widths) <= 110 and min(widths) >= 30):
            result.extend((start, end, indented) for start, end in _narrower_block_split(text, lines))
        elif columns := _column_paragraphs(text, lines):
            result.extend((start, end, indented) for start, end in columns)
        else:
            result.extend((start, end, indented) for start, end in lines)
    return result


# A citation closing a line: "(p. 112)", "(pp. 4–5)", "(Hessler 2004, 287)"
_CITED_LINE_END = re.compile(r"\((?:pp?\.\s?\d[\d–-]*|[A-Z][^()]{0,80}?\d[^()]{0,20})\)\s*\.?\s*$")


def _narrower_block_split(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph of hard-wrapped ``lines`` as one (start, end), or split in three where text extracted
    from a PDF runs a block quotation on without a blank line or an indent: after a line ending in a colon,
    lines set to a narrower measure (at most nine tenths of the lines' before), the last closed by a citation
    ("… nothing but new taxes. (p. 112)"), then the author's measure again."""
    whole = [(lines[0][0], lines[-1][1])]
    if len(lines) < 5:
        return whole
    widths = [end - start for start, end in lines]
    for i in range(1, len(lines) - 2):
        if text[lines[i][1] - 1] != ":":
            continue
        # the author's measure: the upper median of the lines up to the colon (of two, the shorter)
        before = sorted(widths[: i + 1])
        measure = before[i // 2 + 1] if i > 1 else before[0]
        j = i + 1
        while j < len(lines) and widths[j] <= 0.9 * measure and not _CITED_LINE_END.search(text, *lines[j]):
            j += 1
        if j == len(lines) or j - i < 2 or not _CITED_LINE_END.search(text, *lines[j]):
            continue  # no citation closing narrower lines: the author's own lines (a list, a short paragraph)
        if widths[j] > 0.9 * measure:
            continue
        split = [(lines[0][0], lines[i][1]), (lines[i + 1][0], lines[j][1])]
        return split + ([(lines[j + 1][0], lines[-1][1])] if j + 1 < len(lines) else [])
    return whole


# A line opening with a quotation mark after one ending a sentence starts a paragraph of its own
_SENTENCE_ENDED = re.compile(r"[.!?:;][”\"’'*]*\s*$")


def _column_width(text: str, lines: Sequence[tuple[int, int]]) -> int | None:
    """The width of the column ``lines`` are printed in, or None when they are not a column's: lines of about
    the same narrow width, most of them broken in mid-sentence."""
    widths = sorted(end - start for start, end in lines)
    median = widths[len(widths) // 2]
    if not 20 <= median <= 110:
        return None
    near = sum(0.75 * median <= width <= 1.25 * median for width in widths)
    broken = sum(end > start and (text[end - 1].isalpha() or text[end - 1] in ",;-") for start, end in lines)
    if near < 0.6 * len(lines) or broken < 0.6 * len(lines):
        return None
    return median


def in_column(text: str, at: int, reach: int = 4) -> bool:
    """Whether the line at ``at`` is one of a column printed without blank lines (a scanned newspaper page):
    judged on the ``reach`` lines before and after it."""
    start = at
    for _ in range(reach):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0:
            break
    end = at
    for _ in range(reach + 1):
        nl = text.find("\n", end + 1)
        if nl < 0:
            end = len(text)
            break
        end = nl
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return len(lines) >= 6 and _column_width(text, lines) is not None


def _column_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The paragraphs of a newspaper column printed without blank lines between them (OCR'd page text), or
    None when the lines are not such a column.

    A column is many lines of about the same narrow width, most of them broken in mid-sentence. Its
    paragraphs, headlines among them, end at a line falling short of the width, or before a line that
    opens a quotation after a finished sentence ("… he said:" / "“One night …").
    """
    if len(lines) < 8:
        return None
    median = _column_width(text, lines)
    if median is None:
        return None
    result: list[tuple[int, int]] = []
    first = lines[0][0]
    for k, (start, end) in enumerate(lines):
        following = text[lines[k + 1][0]] if k + 1 < len(lines) else ""
        short = end - start < 0.75 * median
        quotation_next = following in "“\"" and _SENTENCE_ENDED.search(text, start, end) is not None
        if short or quotation_next or not following:
            result.append((first, end))
            first = lines[k + 1][0] if following else end
    return result


def _pairs(text: str, paragraphs: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of each pair of quotation marks; a pair never crosses a paragraph."""
    pairs: list[tuple[int, int]] = []
    for p_start, p_end, _ in paragraphs:
        stack: list[tuple[str, int]] = []
        for i in range(p_start, p_end):
            c = text[i]
            if c not in _MARKS:
                continue
            before = text[i - 1] if i > p_start else " "
            after = text[i + 1] if i + 1 < p_end else " "
            opens = before in _OPEN_BEFORE and (not after.isspace() or _spaced_opening(text, c, i, p_end))
            # A closing mark may carry a note call: "…crush us.”5"
            closes = not before.isspace() and (after in _CLOSE_AFTER or not after.isalpha())
            # "… abstraction from _eros_ ".[43]": a straight mark after a stray space, punctuation after it,
            # closes the one open (a web copy's Markdown leaves a space after italics)
            stray = c == '"' and before == " " and after in ".,;[)"
            closes = closes or (stray and any(o == c for o, _ in stack))
            closes = closes or _german_stray_close(text, i, p_end, stack)
            closes = closes or _stray_close(text, i, p_end, stack)  # "know. ” “Is", "craps, ’ protested"
            if c in "’'" and before.isalpha() and after.isalpha():
                continue  # an apostrophe: "Stalin’s", "didn’t"
            if c in "‘'" and re.match(r"\d\ds\b|(?:tis|twas|em)\b", text[i + 1 : i + 5], re.IGNORECASE):
                continue  # an elision: "the ‘20s", "‘tis"
            if c in "’'" and before in "sS" and closes and _possessive(text, i, p_end):
                continue  # "the peasants’ grain" inside a quotation that closes later
            if c in "«»‹›":
                # Guillemets open and close by their shape, French spacing or not: « mot », «mot».
                closes = (c in "»›" and any(o in "«‹" for o, _ in stack)) or (c in "«‹" and any(
                    o in "»›" for o, _ in stack
                ))
                opens = not closes
            if c == "”" and not closes and before.isspace() and after.isalnum():
                c = "“"  # a turned mark opening before a word: OCR's " ”1 want to stop here.""
            match = _match(stack, c) if closes else None
            if match is not None:
                opener_at = stack[match][1]
                del stack[match:]
                pairs.append((opener_at, i + 1))
            elif opens and c not in "”’":
                lost = _lost_close(text, stack, c, i)
                if lost is not None:
                    pairs.append((stack.pop()[1], lost))
                elif c in "\"'" and stack and stack[-1][0] == c:
                    stack.pop()  # the same straight mark never nests: the open one was never closed
                stack.append((c, i))
        reopened = stack and _reopening(text[p_end : p_end + 10], stack[0][0])
        if reopened and stack[0][0] in "“\"":
            # A quotation going on over paragraphs closes only in its last one; each paragraph before opens
            # and runs to its end, and the next opens with the same mark again (in Markdown, after "> ":
            # "…, “before,” they said, “the feeble treason …" / "> “Otho himself …”")
            pairs.append((stack[0][1], p_end))
        elif _left_open_to_paragraph_end(text, stack, p_end):
            pairs.append((stack[0][1], p_end))
    return pairs


_NEXT_OPENING = re.compile(r"[^“”\"«»‘’\n]{1,80}?[“\"«‘']")


def _first_half(text: str, end: int) -> bool:
    """Whether the quotation closing at ``end`` is the first half of one interrupted by its tag, the next
    quotation opening right after the tag: "“Why,” men asked, “…”", "“Well,” said he, “…”"."""
    if end < 2 or text[end - 2] not in ",!?":
        return False  # the first half closes with its comma, "!" or "?" before the mark
    after = _NEXT_OPENING.match(text, end)
    if after is None:
        return False
    tag = INTERRUPTED_BEFORE.search(text, max(0, end - 2), after.end() - 1)
    return tag is not None and tag.start() == end - 2


def _reopening(paragraph_head: str, mark: str) -> bool:
    """Whether the next paragraph (its first characters) opens with ``mark`` again, after a Markdown "> "."""
    return re.match(r"\s*\n\s*(?:>[ \t]*)?" + re.escape(mark), paragraph_head) is not None


def _german_stray_close(text: str, i: int, p_end: int, stack: list[tuple[str, int]]) -> bool:
    """ "„Der Krieg ist zu Ende. “" at the end of its line: a German closing mark after a stray space closes
    the „ open (web pages of collected quotations leave a space before it)."""
    if text[i] not in "“\"" or text[i - 1] != " " or not any(o == "„" for o, _ in stack):
        return False
    return i + 1 >= p_end or text[i + 1] in "\n.,;"


def _left_open_to_paragraph_end(text: str, stack: list[tuple[str, int]], p_end: int) -> bool:
    """Whether the one mark left open in a hard-wrapped paragraph runs to its end: a scanned page lost the
    closing mark ("… remarked to him: “Then there is no use waiting. Dewey will sail." and a new paragraph).
    The paragraph is printed over lines, ends a sentence, and nothing else opened after the mark."""
    if len(stack) != 1 or stack[0][0] not in "“\"":
        return False
    opened = stack[0][1]
    return "\n" in text[opened:p_end] and re.search(r"[.!?]$", text[opened:p_end]) is not None


# A closing mark after a stray space, as scanned pages print it: "… don’t know. ” “Is this", "craps, ’
# protested", "keeping? "" at the paragraph's end. It follows a sentence's or a clause's end; no word follows.
_STRAY_CLOSE_BEFORE = re.compile(r"[.,!?;] $")
# A single closing mark after a stray space later in the paragraph: the text prints its single marks spaced.
_SPACED_SINGLE_CLOSE = re.compile(r"[.,!?;] ’(?![^\W\d_])")


def _stray_close(text: str, i: int, p_end: int, stack: list[tuple[str, int]]) -> bool:
    """Whether the mark at ``i``, after a stray space (``_STRAY_CLOSE_BEFORE``), closes the one open: a
    curly closing mark before a space, punctuation or the paragraph's end; a straight one only at the
    paragraph's end (elsewhere a spaced straight mark may as well open)."""
    mark = text[i]
    if mark not in "”’\"" or not stack or text[i - 1] != " ":
        return False
    after = text[i + 1] if i + 1 < p_end else "\n"
    if mark == "”":  # a closing mark only ("No, I don’t ” The maid"), unless it opens a word (turned)
        return not after.isalnum()
    if _STRAY_CLOSE_BEFORE.search(text, max(0, i - 2), i) is None:
        return False
    if mark == '"':
        # at the paragraph's end, or before the tag ("yes? " asked the judge"); before a capital it opens
        return re.match(r"\s*$|\s+[a-z]", text[i + 1 : min(p_end, i + 4)]) is not None
    return not after.isalnum()


def _lost_close(text: str, stack: list[tuple[str, int]], mark: str, i: int) -> int | None:
    """Where the words open before ``i`` end when a scanned page lost their closing mark: a double mark opens
    again at ``i`` right after a tag ("“Yes, may it please your honor, continued the defendant, calmly ; “I
    desire …"); the end is the tag's comma (``LOST_CLOSE_TAG``)."""
    if mark not in "“\"" or not stack or stack[-1][0] not in "“\"" or i - stack[-1][1] > 600:
        return None
    tag = LOST_CLOSE_TAG.search(text, stack[-1][1] + 1, i)
    return tag.start() + 1 if tag else None


def _spaced_opening(text: str, mark: str, i: int, p_end: int) -> bool:
    """Whether the opening mark at ``i`` opens though a space follows it, as scanned books and newspapers
    print it ("“ Neighbor," said he, “ I bring you …”): a letter comes right after the space. A single mark
    only where the paragraph closes a single mark after a space too ("‘ How about it, officer ? ’ asked the
    court"); a straight mark after a space ("was, " How is …? "", "; " sure, sure."): where one is open
    already, ``_stray_close`` decides first whether it closes."""
    if re.match(r" (?:[^\W\d_]|[’'][^\W\d_])", text[i + 1 : min(p_end, i + 4)]) is None:
        return False
    if mark == "“":
        return text[i + 2] != "’"
    if mark == "‘":
        return _SPACED_SINGLE_CLOSE.search(text, i + 2, p_end) is not None
    if mark == '"':
        return i == 0 or text[i - 1].isspace()
    return False


def _possessive(text: str, i: int, p_end: int) -> bool:
    """Whether the mark at i after an "s" is a plural possessive ("the peasants’ grain"): a word follows
    it, and the same mark closes something later in the sentence."""
    if not re.match(r"[ \t\n]+[a-z]", text[i + 1 : i + 4]):
        return False
    rest = text[i + 1 : min(p_end, i + 300)]
    sentence_end = re.search(r"[.!?](?=\s+[“\"‘'«„(]*[A-Z]|\s*$)", rest)
    window = rest[: sentence_end.end() + 1] if sentence_end else rest
    return bool(re.search(rf"\S{re.escape(text[i])}(?![^\W\d_])", window))


def _match(stack: list[tuple[str, int]], closer: str) -> int | None:
    """The index of the innermost open mark that ``closer`` ends, if any."""
    for index in range(len(stack) - 1, -1, -1):
        if closer in _CLOSERS[stack[index][0]]:
            return index
    return None


def sentence_lead(text: str, start: int) -> str:
    """The words of the sentence before ``start`` (back to the sentence's or the paragraph's start)."""
    window = text[max(0, start - 300) : start]
    # A paragraph ends at a blank line; a single line break is a hard-wrapped line, inside the sentence.
    cut = max((m.end() for m in re.finditer(r"\n[ \t]*\n", window)), default=0)
    # The window ends where the quotation opens, so a sentence may end right before it.
    # A reference mark or note call may stand between the full stop and the next sentence: "socialism.[4] Her"
    for m in _SENTENCE_START.finditer(window):
        cut = max(cut, m.end())
    return window[cut:]


def _scare(text: str, start: int, end: int, calls: set[int], outer: int = -1) -> tuple[bool, str]:
    """Whether the quotation start..end is a scare quote (or a title), and what it is used as.

    ``outer`` is where the quotation this one is nested in opens: the sentence it belongs to starts there.
    """
    inner = text[start + 1 : end - 1].strip()
    words = WORD.findall(inner)
    lead = sentence_lead(text, start)
    if outer >= 0:
        lead = lead[max(0, len(lead) - (start - outer - 1)) :]
    after = text[end : end + 60]
    if _HEADLINE_BEFORE.search(lead):
        return True, "title"  # "a short report under the headline “Vicious spies and killers …”"
    if SPOKEN_QUOTE.search(lead):
        return False, "quotation"  # "the report says, quote, “clear”": a speaker saying "quote" marks words
    if _first_half(text, end):
        return False, "quotation"  # "“Why,” men asked, “…”": the first words of one interrupted by its tag
    if _ASKED_QUESTION.match(inner) and not _TERM_NAMED_BEFORE.search(lead):
        # "asked about file folders and “how did they get there” and “what is that”": a question put in
        # lower case is somebody's words; a title ("What Is to Be Done?") is capitalised, a term is named
        return False, "quotation"
    if _DISPLAYED_WORDS_BEFORE.search(lead):
        return False, "quotation"  # "a poster saying “The Gift of the American People”": the words it bears
    if re.search(r"\(\s*see(?:\s+also)?\s*$", lead, re.IGNORECASE):
        return True, "title"  # "(see “Deportations of peoples in the Soviet Union.”)": a cross-reference
    if re.fullmatch(r"([_*])[^_*]+\1[.,]?", inner) and not (
        # "“_Own nothing;_” and “_Own nothing!_” said we all": words said, set in italics for stress
        inner.rstrip(".,")[-2:-1] == ";"
        or (lead.rstrip().endswith(":") and len(words) >= 3)  # "addressed the meeting as follows: “_…_”"
        or tail_verb(after, bool(re.search(r"[.!?…]\W?$", inner))) is not None
    ):
        return True, "title"  # "“_To the Citizens of Russia_”": Markdown's emphasis sets a title in italics
    if _WORK_NOUN_AFTER.match(after) and not _framed(lead, after, False):
        return True, "title"  # "the “Tear down this wall!” speech", "his “Long Telegram”": a work's name
    if _ITALIC_TERM_BEFORE.search(lead) and re.match(r"\s*\)", after):
        return True, "label"  # "_spazio vitale_ (‘living space’)": the translation of a foreign term
    if _is_title(words) and _INSTITUTION_BEFORE.search(lead):
        return True, "title"  # "In the kolkhoz „Red Plough“ the farmer … stated": the farm's name
    if len(words) >= 2 and _INTERVIEW_AFTER.match(after):
        return False, "quotation"  # "“The archive is no court”: a conversation with …": the one interviewed
    if len(words) == 1 and _GLOSSED_AFTER.match(after):
        # "“dystrophy”, a medical term that …": the author names the word ("term" is no verb of saying
        # here); a phrase so glossed may still be somebody's ("“half nun, half harlot”, a phrase he had
        # taken from a critic")
        return True, "label"
    if len(words) >= 3 and inner[:1].islower() and opens_with_verb(words[0]) and re.search(
        r"\b[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s+$", lead
    ):
        return False, "quotation"  # "Antony Beevor “reckons the toll at …”": the words open with its verb
    if len(words) >= 2 and inner[:1].islower() and words[0].lower().endswith("ly") and (
        opens_with_verb(words[1]) or words[1].lower().endswith("ed")
    ) and re.search(r"\S\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s+$", lead) and re.match(r"\s+[a-z]", after):
        # "Richard Thomas “totally condemned” the deletion": the name's predicate in its own words, an adverb
        # before the verb
        return False, "quotation"
    if SLOGAN_BEFORE.search(lead) and (len(words) >= 3 or re.search(r"!\W?$", inner)):
        return False, "quotation"  # "his slogan to peasants, “Enrich yourselves!”": a slogan's words
    if len(words) >= 2 and PASSIVE_NAMING.search(lead) and (agent := AGENT_AFTER.match(after)) and (
        agent.group("agent").split()[0].lower() not in NOT_NAMES
    ):
        return False, "quotation"  # "was described as “…” by Sir Norman Birkett": the agent's words
    if AGENT_BEFORE.search(lead):
        return False, "quotation"  # "has been called by his enemies “a menace to peace”": theirs
    if named_by_subject(lead, after):
        return False, "quotation"  # "Roosevelt referred to him as a “fathead”": the namer's own word
    if _LABEL_BEFORE.search(lead) and not named_caller(lead):
        said = len(words) >= 3 and inner[:1].isupper() and re.search(r"[.!?]\W?$", inner) is not None
        if said and not _is_title(words):
            # "The broadcast closed with the words “Stay calm. Help is coming.”": sentences said, no label
            return False, "quotation"
        return True, "title" if _is_title(words) else "label"
    if INTERRUPTED_BEFORE.search(text, max(0, start - 90), start):
        return False, "quotation"  # "“…,” said Harlan, still smiling; “give me a better one.”": still said
    if SAID_LIST_AFTER.match(text, end, end + 400):
        return False, "quotation"  # "“Bread!” “Peace!” were the cries of the crowd": named as said
    if WORDS_OF_AFTER.match(after):
        return False, "quotation"  # "“Till sunset” were the words used by Alexander II": named as his words
    if _IN_HIS_PHRASE_AFTER.match(after):
        return False, "quotation"  # "the “tawney serpents,” of Cotton Mather's phrase": named as his words
    if _TALKED_OF_AS_WORDS_AFTER.match(after):
        return True, "label"  # "“pure democracy” is not only an ignorant phrase": the words talked about
    if _CRIES_OF.search(lead):
        return False, "quotation"  # "as shouts of “Sell! Sell!” drowned it out", "Cries of “Treason”"
    if _object_of_saying(lead, inner, words):
        return False, "quotation"  # "ran out crying “Halt!”", "toured the mills, denouncing “this war of …”"
    if len(words) >= 2 and PARENTHETICAL_AFTER.match(after):
        return False, "quotation"  # "a group of “saboteur doctors” who had, it claimed, set out to …"
    if _CHARGED_AFTER.match(after) and (len(words) >= 2 or after.lstrip()[:2] in ("of", "fo", "wi")):
        return False, "quotation"  # "“forgery of documents”, a charge that …"; one word stays a label
    ended = bool(re.search(r"[.!?…]\W?$", inner))
    broken = bool(re.search(r"[—–…-]$", inner))  # "“But last month—”": a line broken off
    if not lead.strip() and (ended or broken) and words and _WHOLE_PARAGRAPH.match(after):
        return False, "quotation"  # a line of dialogue as its own paragraph: "“Kozlov, Andrei Ivanovich?”"
    # "with the text: “Freedom for Sinyavsky and Daniel! Respect the Soviet Constitution!”": sentences
    sentences = bool(re.search(r"[.!?]\s+[A-ZА-ЯЁ]", inner)) and lead.rstrip().endswith(":")
    if _is_title(words) and not sentences and re.search(r"\b(?:the|their|his|her|its|our)\s+$", lead, re.I):
        return True, "title"  # "published their “Declaration on …”", "victims of the “White Terror”": a name
    if _is_title(words) and len(words) >= 2 and not ended and _WORK_PREPOSITION_BEFORE.search(lead):
        return True, "title"  # "In 1930, in “The Doctrine of Fascism” he wrote", "an essay on “…” written by"
    titled = _TITLE_CONTEXT.search(lead) or not _framed(lead, after, ended)
    if _is_title(words) and not sentences and titled:
        return True, "title"
    if len(words) == 1 and inner[:1].islower() and _NOUN_SLOT.search(lead):
        # "new laws against “hooliganism” (Dobson 2009: 109)": the citation is the sentence's, not the word's
        return True, "label"
    if (_CITATION_AFTER.match(after) or any(end <= c <= end + 2 for c in calls)) and not (
        # "called Dan a “Jesuit”,[12]": a note call after one word in a noun's slot proves nothing
        len(words) == 1 and not re.search(r"[.!?]\W?$", inner) and _NOUN_SLOT.search(lead)
    ) and not _note_backs_sentence(words, inner, lead, after):
        return False, "quotation"
    charge = _PUNISHED_FOR.search(lead) and not _OBJECT_AFTER.match(after)
    if len(words) >= 2 and inner[:1].islower() and charge:
        # "expelled from the party for “lack of vigilance”", "sentenced … for “counter-revolutionary
        # Trotskyist activity”": the charge's own wording, somebody's words even where nobody is named
        return False, "quotation"
    if lead.rstrip().endswith(":"):
        return False, "quotation"  # "the charge against him: “…”", "written in pencil: “agreed”"
    if len(words) >= 2 and _SAYING_NOUN_WAS.search(lead):
        return False, "quotation"  # "The official version was “an accident while cleaning his weapon”"
    exclaimed = bool(re.search(r"[!?]\W?$", inner))  # "“Now!”", "“Why?”": a word said, not a label
    if not lead.strip() and ended and inner[:1].isupper() and (len(words) >= 2 or exclaimed):
        return False, "quotation"  # a sentence of its own: "“They say.” She laughed."
    if _REPLY_AFTER.match(after):
        return False, "quotation"  # "“No, sir,” was the ready reply": a reply, even of one word
    paired = _PAIRED_AFTER.match(text, end, end + 260)
    said_after = paired and tail_verb(text[paired.end() : paired.end() + 60], False) is not None
    if said_after and re.search(r"[.!?;,]\W?$", inner.rstrip("_*")):
        return False, "quotation"  # "“_Own nothing;_” and “_Own nothing!_” said we all": both are said
    if len(words) == 1 and tail_verb(after, ended) is None:
        verb = frame_verb(lead)
        if verb is not None and not lead[verb.end() :].strip() and verb.group().lower() in _WRITTEN:
            return False, "quotation"  # "Stalin wrote “Agreed” across the top": the word written
        return True, "label"  # a single word between marks is a label even in reported speech
    if len(words) >= 2 and inner[:1].islower() and _CITATION_CLOSES.match(text, end, end + 260) and (
        frame_verb(lead) or _THAT_CLAUSE.search(lead)
    ):
        # "Hessler has argued that trade rested on a “tolerated informality” that the state could neither
        # abolish nor admit (Hessler 2004, 287).": the citation closing the reported clause is the term's
        return False, "quotation"
    if len(words) <= 3 and inner[:1].islower() and not ended and _NOUN_SLOT.search(lead):
        verb = frame_verb(lead)
        naming = verb is not None and is_naming_word(verb.group())  # "called the society a “…”"
        clause = verb is not None and _THAT_CLAUSE.search(lead, verb.end())
        # "argued that the state had become a “…”": the claim's own wording
        predicate = REPORTED_PREDICATE.search(lead)
        if verb is not None and not naming and clause and len(WORD.findall(lead[verb.end() :])) >= 3 and (
            not predicate
        ):
            # "ruled that the archive had failed to mark them as those of a “foreign agent”", "said
            # that files concerning “operational methods” could not be shown": a label in the reported
            # clause's noun phrase, not the words reported
            return True, "label"
    verb = frame_verb(lead)
    if verb is not None and is_naming_word(verb.group()) and _DENIED.search(lead, 0, verb.start()):
        return True, "label"  # "She never called it “the past”": words the subject did not use
    if _framed(lead, after, ended):
        return False, "quotation"
    if ":" in lead and len(words) >= 3:
        return False, "quotation"  # "Trotsky's verdict was harsh: the failure was “the greatest mistake …”"
    if inner[:1].islower() and (_COORDINATED_WORDS.search(inner) or _GERUND_WITH_OBJECT.match(inner)):
        # "teams of “energetic and ideological” sailors", "a “reasonable and probably moderate” estimate",
        # "the duty of “extinguishing the resistance of exploiters”": a phrase built as somebody wrote it
        # (coordinated words, a gerund and its object) is borrowed wording, not a name for a thing
        return False, "quotation"
    predicate = REPORTED_PREDICATE.search(lead)
    if predicate and len(words) >= 2 and inner[:1].islower() and not ended and any(
        is_saying_word(w.group(), after_name=True) and not is_naming_word(w.group())
        for w in WORD.finditer(lead, 0, predicate.start())
    ):
        # "said the cost was being evaluated, but it was an “increasingly high priority”", "saying … that it
        # was all a “silly fuss”": what the reported clause says a thing is, in the reported words
        return False, "quotation"
    if re.search(r"\b(?:the|a|an|this|that|these|those|his|her|their|its|our)\s+$", lead, re.IGNORECASE) and (
        inner[:1].islower() and not ended
    ):
        return True, "label"  # a noun phrase of the author's sentence: "why the “liquidation of …” went"
    if len(words) >= 2 and inner[:1].islower() and not ended and _closed_by_saying(text, end):
        # "AEG executives are “ruthless guys” who ignored …, a family lawyer argued Monday.": news style, the
        # one whose verb of saying closes the sentence owns the phrases quoted in it
        return False, "quotation"
    if continental.spoken_voice(words):
        return False, "quotation"  # « J’ai demandé cela », «не основаны на документах»: somebody's voice
    sentence_inside = len(words) >= 3 and inner[:1].isupper() and _SENTENCE_END.search(inner[-2:] or "")
    if len(words) >= 7 or sentence_inside or re.search(r"[.!?]\s+[A-Z]", inner):
        return False, "quotation"
    return True, "label"


# The quotation named right after it as someone's words: "“…,” of Cotton Mather's phrase", "“…”, in Lincoln's
# words", "“…” (to borrow Veblen's expression)".
_IN_HIS_PHRASE_AFTER = re.compile(
    r"[.,]?[”\"»’]?[.,]?\s*\(?(?:in|of|to\s+use|to\s+borrow)\s+(?:[A-ZÀ-ÞА-ЯЁ][\w.’'-]*\s+){0,3}"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]*?[’']s\s+(?:own\s+)?(?:phrase|words|expression|coinage)\b"
)
# The quotation as the subject of a sentence calling it a phrase or a word: "“pure democracy” is not only an
# ignorant phrase", "“Progress” was a mere slogan" — the words are talked about, whoever used them ("… was
# the phrase he used", "… the words of Lenin" stay his: see WORDS_OF_AFTER, checked first).
_TALKED_OF_AS_WORDS_AFTER = re.compile(
    r"[.,]?[”\"»’]?[.,]?\s+(?:is|was|are|were)\s+(?:(?:not\s+)?(?:only|merely|just|simply|but|nothing\s+but)\s+)?"
    r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:phrase|word|term|expression|slogan|catchword|catch-phrase|"
    r"euphemism|cliché|cliche|label|buzzword|formula)\b(?!\s+(?:he|she|they|I|we|used|coined|of|by)\b)"
)


# A verb of saying right before the words, with no comma, colon or "that" between: "crying “Halt!”",
# "shouted “Fire!” at them", "denouncing “this government of hunger”" — its object is what was said.
_SAYING_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:to\s+)?(?:them|him|her|us|me|it)\s+)?$")


def _object_of_saying(lead: str, inner: str, words: list[str]) -> bool:
    """Whether the quotation is the object of a verb of saying right before it (see ``_SAYING_VERB_BEFORE``):
    a cry (ending in "!") or words of three or more; a naming verb ("called it “…”") names, it does not
    quote, and one word without a cry stays a label ("shouted “traitor”" is read as the other rules say)."""
    verb = _SAYING_VERB_BEFORE.search(lead)
    if verb is None or is_naming_word(verb.group("verb")) or not is_saying_word(verb.group("verb")):
        return False
    return bool(re.search(r"!\W?$", inner)) or len(words) >= 3


# "what Shalamov called “…”", "a price that Wheatcroft (1996) rightly called “…”", "what one Kiev newspaper
# called", "what prosecutors called": a naming verb in a relative clause whose subject is named.
CALLED_BY = re.compile(
    # "what Stalin's daughter Svetlana Alliluyeva called": a relation by a possessive before the name
    r"\b(?:[Ww]hat|that|which|whom)\s+(?P<who>(?:(?:the|one|an?)\s+)?(?:[A-ZÀ-ÞА-ЯЁ][\w'-]+[’']s\s+[a-z]+\s+)?"
    # "which astronaut Frank Borman later described as": a role before the name, an adverb of time after
    r"(?:[a-z]+\s+(?=[A-ZÀ-ÞА-ЯЁ]))?(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s+){0,3}"
    r"(?:[a-z]+\s+)?)(?:\([^()]{1,40}\)\s+)?(?:(?:[a-z]+ly|later|also|once|first|then)\s+)?"
    r"(?:called|calls|termed|terms|dubbed|dubs|labell?ed|labels|branded|brands|(?:described|describes|"
    r"referred\s+to|refers\s+to)\s+as)\s+(?:the\s+|an?\s+)?$"
)


# A predicate noun's slot right before the quotation: "it was an “…”", "it was all a “…”".
REPORTED_PREDICATE = re.compile(
    r"\b(?:is|was|were|are|been|become|became|becomes|remained|remains)\s+(?:all\s+|just\s+|only\s+)?"
    r"(?:a|an|the)\s+$"
)


_CLOSING_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\b[A-Z])[.!?](?=\s|$)")
_INVERTING = {"said", "says", "wrote", "writes", "added", "adds"}


def _closed_by_saying(text: str, end: int) -> bool:
    """Whether the sentence the quotation ending at ``end`` stands in closes with a verb of saying and its
    subject after a comma ("…, Marvin Putnam said.", "…, a family lawyer argued Monday."), with no other
    quotation between."""
    limit = min(len(text), end + 300)
    paragraph = text.find("\n\n", end, limit)
    stop = _CLOSING_SENTENCE_END.search(text, end, paragraph if paragraph >= 0 else limit)
    if stop is None:
        return False
    tail = text[end : stop.start()]
    comma = tail.rfind(",")
    if comma < 0 or re.search(r"[“”\"«»„]", tail):
        return False
    found = tail_verb(tail[comma:] + ".", False)
    if found is None:
        return False
    words, index, _ = found
    return index > 0 or (words[0].group().lower() in _INVERTING and len(words) > 1)


# A naming verb whose subject is one person named, "he"/"she"/"I"/"we", or "the" and one singular role, with
# the quotation as the name given (the lead's convention, session 11): "Roosevelt referred to the president as
# a “…”", "Lenin called them “…”", "the governor described the strikers as “…”", "whom he called a “…”". The
# name giver used those words, so they are a quotation, one word included; "so-called", "known as", "what
# historians call", "critics called it" have no such subject and stay labels (see ``named_subject``).
NAMED_BY_SUBJECT = re.compile(
    r"(?:^|(?<=[\s(]))(?P<who>(?:[Tt]he\s+[a-z]+|(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*\s+){0,3}[A-ZÀ-ÞА-ЯЁ][\w’'-]*|he|she|I|we))"
    # "Malcolm X, speaking of …, referred to …": a phrase set in commas between the subject and its verb, with
    # no verb of its own ("Mussolini had affairs with Sarfatti, called …" is no such phrase)
    r"(?:,(?:(?!\b(?:that|had|has|have|was|were|is|are|said|says|did)\b)[^;:“”\"«»()]){1,120},)?\s+"
    r"(?:(?:[a-z]+ly|later|also|once|then|always|often|even|had|has|have|would)\s+){0,2}"
    # "the method calls for …", "called on the workers to …": a demand, no name given
    r"(?P<verb>(?:called|calls|call|calling|named|dubbed|dubs|nicknamed|labell?ed|labels|branded|brands)"
    r"(?!\s+(?:for|on|upon|off|up|out|back|in|to)\b)(?:\s+[^\s,;:.!?“”\"«»]+){0,5}"
    r"|(?:described|describes|describing|referred\s+to|refers\s+to|referring\s+to|addressed|addresses|"
    r"addressing|characteri[sz]ed|characteri[sz]es|labell?ed|branded|greeted|greets)"
    # ("referred to the cleric Anwar al-Awlaki, who was killed in 2011, as a “…”": a clause in commas)
    r"(?:\s+[^\s,;:.!?“”\"«»]+){1,8}?(?:,[^,;:!?“”\"«»]{1,100},)?\s+as)\s+(?:the\s+|an?\s+)?$"
)
# After the quotation, what the name is given to: "called the “Bay of Pigs” a disaster" names the thing
# quoted.
_NAMED_THING_AFTER = re.compile(r"[”\"»’]?\s+(?:a|an|as)\s")
# A name just quoted and "and"/"or" or a comma (a note call between) before the next: "referred to him as a
# “…” and a “…”", "called Dan a “…”,[12] a “…”".
_FIRST_NAME_GIVEN = re.compile(
    r"[“\"«][^”\"»\n]{1,60}[”\"»](?:(?:,|\[\d{1,3}\])*\s+(?:and|or)|(?:\[\d{1,3}\])*,(?:\[\d{1,3}\])*)"
    r"\s+(?:the\s+|an?\s+)?$"
)
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:with|to|by|of|for|from|about|at|on|in|against|and)\s+(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*\s+)*$"
)
_GENERIC_PLURAL = re.compile(r"(?:ians|ists|ers|ics|ars|ors|ents)$")


def named_subject(lead: str) -> re.Match[str] | None:
    """The subject of a naming verb right before a quotation when it is someone the text names (see
    ``NAMED_BY_SUBJECT``): not a vague plural ("Historians called it", "Critics dubbed him") or a non-name.
    A candidate that is no subject ("Indeed, in an interview, Malcolm X, …, referred") gives way to the
    next."""
    if re.search(r"\b(?:such\s+as|like)\s+$", lead):
        return None  # "called the traders words such as “…”": examples of a kind of word, a label
    end = len(lead)
    if NAMED_BY_SUBJECT.search(lead) is None and (first := _FIRST_NAME_GIVEN.search(lead)):
        end = first.start()  # "as a “fathead” and a “…”": the second name too
    pos = 0
    while (m := NAMED_BY_SUBJECT.search(lead, pos, end)) is not None:
        if not lead[: m.start("who")].strip() and m.group("verb").split()[0].endswith("ing"):
            return None  # "Stop calling it “…”": an imperative opening the sentence, nobody named
        if _subject_names(lead, m):
            return m
        pos = m.start("who") + len(m.group("who").split()[0])
    return None


def _subject_names(lead: str, m: re.Match[str]) -> bool:
    """Whether the candidate subject ``m`` of ``named_subject`` is someone named."""
    who = m.group("who")
    head = who.split()[-1]
    if _OBJECT_OF_PREPOSITION.search(lead, 0, m.start("who")):
        return False  # "Litvinov in an interview with Walter Duranty called …": Duranty is no subject
    if who[:1] in "Tt" and " " in who:  # "the governor", "the press": one role or body, not "the villagers"
        return not head.endswith("s") or head.endswith("ss")
    if who.lower() in ("he", "she", "i", "we"):
        return True
    # "Historians called it", "Johnson’s call for a “…”", "Euphemistically called “…”"
    return not (head.lower() in NOT_NAMES or _GENERIC_PLURAL.search(head) or re.search(r"[’']s$|ly$", head))


def named_by_subject(lead: str, after: str) -> bool:
    """Whether the quotation is the name a named subject gave something (``named_subject``)."""
    return named_subject(lead) is not None and not _NAMED_THING_AFTER.match(after)


def named_caller(lead: str) -> bool:
    """Whether the naming verb right before the quotation has a named subject in its relative clause: then
    the words are that subject's (the lead's decision), while "what they called “…”" and "so-called" stay
    labels — the author's use of a name, not anyone's quoted words."""
    m = CALLED_BY.search(lead)
    if m is None:
        return False
    words = m.group("who").split()
    if not words:
        return False
    named = any(w[0].isupper() and w.lower() not in NOT_NAMES for w in words)
    last = words[-1].lower()
    if len(words) == 1 and last in ("he", "she"):
        return True  # "what he called “…”": one person the text has named, unlike a vague "they"
    role = last in BODY_NOUNS or (last.endswith("s") and last[:-1] in BODY_NOUNS)
    return named or (role and last not in {"they", "we", "he", "she"})


# An institution named right before its quoted name: "the kolkhoz „Red Plough“", "the Krasny Oktyabr factory".
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:kolkhoz|sovkhoz|collective\s+farm|state\s+farm|artel|factory|plant|works|mine|combine|"
    r"cooperative|co-operative|ship|steamer|club|cinema|hotel|camp|sanatorium|school|brigade|society|"
    r"operation)\s*$",
    re.IGNORECASE,
)
# A headline's quoted words and then whose: "“…”: a conversation with the archivist Nina Volkova".
_INTERVIEW_AFTER = re.compile(
    r"[ \t]*[:—–-][ \t]*(?:an?[ \t]+)?(?:interview|conversation)[ \t]+with\b", re.IGNORECASE
)


# Only a conjunction (and a preposition) between two quotations: "“…” and of “…”", "“…”, or “…”".
COORDINATED = re.compile(
    r"[ \t]*,?[ \t]+(?:and|or|but|nor|as\s+well\s+as)(?:[ \t]+(?:of|that|to|for|as))?"
    # "some calling it “…” and others “…”": the verb left out before the second
    r"(?:[ \t]+(?:others|some|many|most|the\s+others|their\s+opponents))?[ \t]+"
)
_GLOSS = re.compile(r"[ \t]*\([ \t]*")
# A punishment and "for" right before the quotation: what follows is the charge.
_PUNISHED_FOR = re.compile(
    r"\b(?:expelled|sentenced|arrested|convicted|dismissed|condemned|executed|punished|fined|imprisoned|"
    r"deported|exiled|prosecuted|indicted|reprimanded|removed|purged|excluded|tried|shot)\b"
    r"[^.;:“”\"«»„]{0,100}\bfor\s+$"
)
# A noun of saying or of a verdict as the subject of "was": what it was is somebody's wording.
_SAYING_NOUN_WAS = re.compile(
    r"\b(?:version|explanation|verdict|formula|formulation|answer|reply|response|excuse|slogan|motto|"
    r"wording|diagnosis|euphemism|pretext|charge|accusation|official\s+line|party\s+line)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:was|is|were|are|remained|became|read|ran)\s+$",
    re.IGNORECASE,
)
# A negation right before a naming verb: "never called it", "did not call it", "refused to call it".
_DENIED = re.compile(r"\b(?:never|not|n[’']t|no\s+longer|refused\s+to|refuses\s+to)\s+$", re.IGNORECASE)
# "for “failing to denounce” a colleague": the marks cut into the author's own phrase, which goes on.
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its)\b")
_THAT_CLAUSE = re.compile(r"\b(?:that|whether|dass|que|что)\b", re.IGNORECASE)
# "the “hare-brained schemes” of which he was accused": the charge is somebody's words
_CHARGED_AFTER = re.compile(
    r"\s*(?:of|for|with)\s+which\s+(?:\w+\s+){1,3}?(?:accused|charged|critici[sz]ed|blamed|condemned|"
    r"denounced)\b"
    r"|[,;]?\s*[—–]?\s*(?:a|the)\s+(?:charge|accusation|formula|verdict)\b"
)
# The end of a paragraph right after a quotation: it stands alone.
_REPLY_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:was|came)\s+(?:the|his|her|their|my|our)\s+(?:[a-z]+\s+){0,2}"
    r"(?:reply|answer|response|retort|rejoinder)\b"
)
_PAIRED_AFTER = re.compile(r"[ \t]*(?:and|or)[ \t]*\n?[ \t]*[“\"][^”\"\n]{1,200}[”\"]")
_WHOLE_PARAGRAPH = re.compile(r"[ \t]*(?:\n[ \t]*\n|\Z)")
# Verbs that put a word on paper or into the air as it was: "wrote “Agreed”", "shouted “No”".
_WRITTEN = {"wrote", "writes", "write", "typed", "scrawled", "scribbled", "pencilled", "penciled", "said",
            "says", "shouted", "cried", "replied", "answered", "whispered", "screamed"}
# A noun phrase's slot right before the quotation: an article or a preposition.
def _note_backs_sentence(words: list[str], inner: str, lead: str, after: str) -> bool:
    """An encyclopedia's note call ("[304]") after two or three lower-case words in a noun's slot: the note
    backs the sentence, not the words ("dub the war “the Soviets' Vietnam”.[304]", "the “gradual
    liquidation” of the population.[127]")."""
    return (
        2 <= len(words) <= 3
        and not re.search(r"[.!?]\W?$", inner)
        and _NOUN_SLOT.search(lead) is not None
        and re.match(r"[”\"’']?[.,;]?\[\d{1,3}\]", after) is not None
    )


_NOUN_SLOT = re.compile(
    r"\b(?:a|an|the|of|concerning|regarding|about|under|into|for|against)\s+$", re.IGNORECASE
)


# Words coordinated inside the marks ("energetic and ideological", "peace, land, and bread").
_COORDINATED_WORDS = re.compile(
    r"\w[ \t]+(?:and|or|but|nor)[ \t]+(?:\w+ly[ \t]+|even[ \t]+|an?[ \t]+)?\w|\w,[ \t]+\w"
)
# A gerund and its object: "extinguishing the resistance of exploiters".
_GERUND_WITH_OBJECT = re.compile(r"[a-z]+ing[ \t]+(?:the|a|an|all|their|his|her|its|our)[ \t]+\w")


def _is_title(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(big) and all(w[0].isupper() for w in big) and words[0][0].isupper()


def _framed(lead: str, after: str, ended: bool) -> bool:
    """Whether a verb of saying frames the quotation: "X said, “…”", "notes that “…”", "“…,” wrote X"."""
    if frame_verb(lead) is not None:
        return True
    tail = tail_verb(after, ended)
    if tail is not None:
        words, index, start = tail
        # "In “Second Inaugural Address”, the president declares that …": the verb's own clause follows, the
        # words before it are no object of it ("“…,” he said that night" still is)
        return _CLAUSE_OF_ITS_OWN.match(after, start + words[index].end()) is None
    return bool(
        ACCORDING.search(lead) or AS_PUT.search(lead) or VIEW_OF.match(lead) or VIEW_AFTER_COLON.search(lead)
        or SAYING_NOUN_THAT.search(lead) or INVERTED_ASIDE.search(lead) or _french_inversion(after)
        or _continental_tag(lead, after)
    )


# "… declares that “I see …”", "… states that the plan": a clause opener after "that" ("said that lady" is a
# demonstrative, the speaker)
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\s+that\s+(?:[“\"‘«]|(?:the|a|an|he|she|they|it|we|I|you|his|her|their|its|our|this|these|there)\b)"
)


def _continental_tag(lead: str, after: str) -> bool:
    """A German, French or Russian tag after the words (continental.py) frames words that open their sentence
    ("«…», — заключил Громов"); after words of the author's sentence a name in marks stays a name ("произнес
    речь и «Обращение к гражданам», уверяет Миронов"), while "…, so X" closes a sentence quoting phrases."""
    opens_sentence = not lead.strip() or lead.rstrip().endswith(":")
    if opens_sentence and continental.tag_after(after) is not None:
        return True
    return continental.closing_so(after) is not None


def _french_inversion(after: str) -> bool:
    """ "« … », dit-il", "me répétait-elle": a French verb of saying inverted with its pronoun."""
    m = FRENCH_INVERSION.match(after)
    return m is not None and is_saying_word(m.group("verb"))


def _blocks(text: str, paragraphs: list[tuple[int, int, bool]]) -> list[Evidence]:
    blocks: list[Evidence] = []
    unindented = sum(not indented for _, _, indented in paragraphs)
    mostly_flat = unindented >= len(paragraphs) / 2
    # (by characters too: a poem's short indented lines are many paragraphs but little of the text)
    flat_text = sum(end - start for start, end, indented in paragraphs if not indented) >= sum(
        end - start for start, end, _ in paragraphs
    ) / 2
    taken: set[int] = set()
    for k, (start, end, indented) in enumerate(paragraphs):
        if k in taken:
            continue
        body = text[start:end]
        if k and (sayings := _sayings_listed(text, paragraphs, k)):
            # "Some eternal words from the social reformer:" / "- Men, their rights, …" / "- I distrust …"
            blocks.extend(_block(text, s_start, s_end, how="listed") for s_start, s_end in sayings[0])
            taken.update(range(k, sayings[1] + 1))
            continue
        # "- Men, their rights, …" between other dash lines is an item of a list, not an attribution line
        attribution = "" if _in_dash_list(text, paragraphs, k) else _attribution(body)
        if attribution and k > 0:
            # "— Nikita Khrushchev, 1956": the paragraph(s) above are the quotation.
            first = k - 1
            while first > 0 and paragraphs[first][2] and paragraphs[first - 1][2] and first - 1 not in taken:
                first -= 1
            q_start, q_end = paragraphs[first][0], paragraphs[k - 1][1]
            if _prose(text[q_start:q_end]) and not any(j in taken for j in range(first, k)):
                blocks.append(
                    _block(text, q_start, q_end, name=attribution, name_at=start, how="attribution")
                )
                taken.update(range(first, k + 1))
            elif blocks and k - 1 in taken and blocks[-1].end <= start and not blocks[-1].details.get(
                "attribution"
            ):
                # An indented block taken already, its attribution line set off below it
                named = _block(text, blocks[-1].start, blocks[-1].end, name=attribution, name_at=start,
                               how=blocks[-1].details.get("how", ""))  # fmt: skip
                blocks[-1] = named
                taken.add(k)
            continue
        # An attribution as the paragraph's own last line.
        lines = body.splitlines()
        if len(lines) > 1 and (own := _attribution(lines[-1])):
            last_line_at = start + body.rfind(lines[-1])
            if _prose(text[start:last_line_at]):
                blocks.append(
                    _block(text, start, last_line_at, name=own, name_at=last_line_at, how="attribution")
                )
                taken.add(k)
                continue
        document = (
            _document_under_heading(text, paragraphs, k) or _letter(text, paragraphs, k)
            or _voice_under_heading(text, paragraphs, k)
        ) if (k and k - 1 not in taken) else None
        if document is not None:
            block, last = document
            blocks.append(block)
            taken.update(range(k, last + 1))
            continue
        under_flat = k > 0 and indented and (mostly_flat or flat_text) and not paragraphs[k - 1][2]
        announced = k > 0 and text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].rstrip().endswith(":")
        if under_flat and (run := _noted_run(text, paragraphs, k, announced)) is not None:
            # an indented run under the author's paragraph closed by a plain-text note call, its first line no
            # sentence of its own: a petition's numbered articles, a verse ("… the hero of the ballad, who" /
            # "     many Indians slew," / "     And some … flew.[46:2]"); or verse lines under a colon ("One
            # of his poems begins:" / "    Neath the lindens" / … / "    Sweet sings the nightingale.")
            blocks.append(_block(text, start, paragraphs[run][1], how="indented"))
            taken.update(range(k, run + 1))
            continue
        if not _prose(body) or k == 0:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip().startswith(">"):
            blocks.append(_block(text, start, end, how="marked"))
            taken.add(k)
            continue
        intro = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]]
        colon = intro.rstrip().endswith(":") and not _COMMENT_HEADER.match(intro)
        lead_in = sentence_lead(intro, len(intro.rstrip())) if colon else ""
        saying = colon and (_intro_says(intro) or _SOURCE_LEAD.search(lead_in) is not None) and not (
            _PASSIVE_SAYING.search(intro)
        )
        # "So he wrote this, instead:": the words announced are his even where they open with a colon line
        # (a paragraph opening with a mark carries its own: read as the other rules say)
        pointed = colon and _POINTS_FORWARD.search(lead_in) is not None and body.lstrip()[:1] not in _MARKS
        cited = bool(_CITATION_END.search(body))
        # "historian Sidney Milkis writes," and the paragraph he wrote under it, as a saying colon does
        said_comma = intro.rstrip().endswith(",") and _SAID_COMMA_END.search(intro) is not None
        # "One of his fireside chats is provided below:", "Below is an excerpt from …": a textbook sets its
        # source off under a sentence pointing below
        said_comma = said_comma or (
            "elow" in intro and _POINTS_BELOW.search(sentence_lead(intro, len(intro))) is not None
        )
        if indented and mostly_flat and not paragraphs[k - 1][2] and not _tabular(body):
            if colon or cited or _intro_says(intro) or _NOTED_END.search(body) or (
                _set_off(intro, body) and text.count("\n", paragraphs[k - 1][1], start) >= 2
            ):
                last = k
                while last + 1 < len(paragraphs) and paragraphs[last + 1][2] and _prose(
                    text[paragraphs[last + 1][0] : paragraphs[last + 1][1]]
                ):
                    last += 1
                blocks.append(_block(text, start, paragraphs[last][1], how="indented"))
                taken.update(range(k, last + 1))
        elif not indented and ((colon and (saying or cited)) or said_comma) and not _authors_own(
            intro, body, announced=pointed
        ):
            blocks.append(_block(text, start, end, how="colon"))
            taken.add(k)
    return blocks


# A lead-in announcing someone's sayings listed below it: "Some eternal words from the social reformer:",
# "Famous quotes by Lincoln:", "Among her sayings:".
_SAYINGS_LEAD = re.compile(
    r"\b(?:words|sayings|quotes|quotations|remarks|maxims|aphorisms|utterances)\b[^:.!?]{0,80}:\s*$",
    re.IGNORECASE,
)
_DASH_ITEM = re.compile(r"[ \t]*[-–•*][ \t]+")


def _in_dash_list(text: str, paragraphs: list[tuple[int, int, bool]], k: int) -> bool:
    """Whether paragraph ``k`` opens with a dash or a bullet as its neighbour does: an item of a list."""
    def dashed(j: int) -> bool:
        if not 0 <= j < len(paragraphs):
            return False
        line_start = text.rfind("\n", 0, paragraphs[j][0]) + 1
        return _DASH_ITEM.match(text, line_start) is not None

    return dashed(k) and (dashed(k - 1) or dashed(k + 1))


def _sayings_listed(
    text: str, paragraphs: list[tuple[int, int, bool]], k: int
) -> tuple[list[tuple[int, int]], int] | None:
    """The sayings listed as dash or bullet items from paragraph ``k`` on, under a lead-in announcing
    someone's words (``_SAYINGS_LEAD``): each item's words (start, end) and the index of the last paragraph;
    None when the lead-in does not announce words or the items are no sentences ("- Timeline", "- 1917")."""
    intro = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].rstrip()
    if not intro.endswith(":") or not _SAYINGS_LEAD.search(sentence_lead(intro, len(intro))):
        return None
    items: list[tuple[int, int]] = []
    last = k - 1
    for j in range(k, len(paragraphs)):
        p_start, p_end, _ = paragraphs[j]
        found = False
        for line in re.finditer(r"[^\n]+", text[p_start:p_end]):
            bullet = _DASH_ITEM.match(line.group())
            words = line.group()[bullet.end() :].rstrip() if bullet else ""
            if not bullet or len(words) < 20 or not re.search(r"[.!?…]$", words):
                return (items, last) if items else None
            at = p_start + line.start() + bullet.end()
            items.append((at, at + len(words)))
            found = True
        if found:
            last = j
    return (items, last) if items else None


# A document set out under its own heading in a narrative: a proclamation read out ("… under a street-light
# read:" / "To the Citizens of Russia!" / its paragraphs) or an order addressed and signed ("To All Soviets
# of Workers' Deputies" / its paragraphs / "Muraviov.").
_HEADING = re.compile(r"[A-ZÀ-ÞА-ЯЁ][^\n]{2,90}")
_ADDRESS_HEADING = re.compile(r"To\s+(?:the\s+|all\s+|All\s+)?[A-ZÀ-ÞА-ЯЁ][^\n.]{2,90}[!]?")
_SIGNATURE_LINE = re.compile(r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*){0,3})\.?")
_READ_OUT_INTRO = re.compile(r"\b(?:read|reads|ran|runs)\s*:\s*$")


def _document_under_heading(
    text: str, paragraphs: list[tuple[int, int, bool]], k: int
) -> tuple[Evidence, int] | None:
    """A document whose heading is paragraph ``k``: after an introduction ending in a colon that says or reads
    it out, or addressed ("To …") and signed under its paragraphs. Returns the block (heading and paragraphs,
    the signature as its attribution) and the index of its last paragraph, or None."""
    start, end, _ = paragraphs[k]
    heading = text[start:end].strip()
    if "\n" in heading or (_prose(heading) and not heading.endswith("!")) or not _HEADING.fullmatch(heading):
        return None
    intro = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].rstrip()
    # read out ("read:", "ran:"), not any colon with a verb of saying: "Anna says:" heads a web comment, and a
    # section heading may follow an essay's colon
    introduced = _READ_OUT_INTRO.search(intro) is not None
    # "The Law in Regard / To Registration": a "To …" line after a heading line goes on with the headline
    addressed = _ADDRESS_HEADING.fullmatch(heading) is not None and not _headline_line(intro)
    if not introduced and not addressed:
        return None  # decided before reading on, so a text of short lines is not read again for each
    last = k
    # its paragraphs, and the cries that close a proclamation ("Long live the Revolutionary Army!")
    while last + 1 < len(paragraphs) and (
        _prose(body := text[paragraphs[last + 1][0] : paragraphs[last + 1][1]]) or body.strip().endswith("!")
    ):
        last += 1
    if last == k:
        return None  # a heading with no paragraphs under it is the text's own
    signature = None
    if last + 1 < len(paragraphs):
        line = text[paragraphs[last + 1][0] : paragraphs[last + 1][1]].strip()
        signed = _SIGNATURE_LINE.fullmatch(line)
        if signed and signed.group("name").split()[0].lower() not in NOT_NAMES:
            signature = (signed.group("name").rstrip("."), paragraphs[last + 1][0])  # "Muraviov."
    if not introduced and not signature:
        return None
    name, name_at = signature if signature else ("", -1)
    return _block(text, start, paragraphs[last][1], name=name, name_at=name_at, how="document"), last


def _headline_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is one short line of a headline: no sentence in it, nothing closing it."""
    line = paragraph.strip()
    return "\n" not in line and len(line) <= 60 and re.search(r"[.!?:;,\"”]$", line) is None


# A letter set into the narrative without marks: its salutation ("Dear Sir,", "My dear Mother,", "Sir,"), its
# paragraphs, its closing ("Yours faithfully," "Your obedient servant,") and the name signed under it.
_SALUTATION = re.compile(
    r"(?:(?:My\s+)?(?:[Dd]ear(?:est)?|Honou?red|Respected)\s+[^\n,]{1,50}|Sir|Madam|Sirs|Gentlemen|Friends)[,:]"
)
_CLOSING = re.compile(
    r"(?:(?:Yours|Your\s+(?:most\s+)?(?:obedient|affectionate|loving|humble|faithful|sincere)[^\n,]{0,30})"
    r"[^\n,]{0,30}|(?:Very\s+)?(?i:faithfully|sincerely|respectfully|affectionately|truly)(?:\s+yours)?|"
    r"Ever\s+yours|With\s+love)[,.]?\s*(?:\n\s*(?P<name>[A-ZÀ-ÞА-ЯЁ][^\n]{1,60}))?"
)


# A source box's heading naming whose words follow and on what: "Caroline Henderson on the Dust Bowl", "Mary
# McLeod Bethune on Racial Justice" (a name of two to four words, "on", a title; no full stop).
# (initials may stand in the name, "Mary M. Bethune"; "Chapter Four. The Office on Ilyinka Street" is no name)
_VOICE_HEADING = re.compile(
    r"(?!(?:The|A|An|Chapter|Part|Book|Section|Notes|Letter|Report|Essay)\b)"
    r"(?P<name>[A-Z](?:[\w’'-]+|\.)(?:\s+[A-Z](?:[\w’'-]+|\.)){1,3})\s+on\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[\w’'-]+){0,5}"
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
_FIRST_SENTENCE = re.compile(r"\s*.{0,300}?(?:[.!?](?=\s+[A-Z])|$)", re.DOTALL)


def _voice_under_heading(
    text: str, paragraphs: list[tuple[int, int, bool]], k: int
) -> tuple[Evidence, int] | None:
    """A source's own words set under a heading that names them ("Caroline Henderson on the Dust Bowl"), the
    paragraph ``k`` after it speaking in the first person: the block, the heading's name its attribution."""
    start, end, _ = paragraphs[k]
    h_start, h_end, _ = paragraphs[k - 1]
    if h_end - h_start > 120 or " on " not in text[h_start:h_end]:
        return None
    heading = _VOICE_HEADING.fullmatch(text[h_start:h_end].strip())
    body = text[start:end]
    if heading is None or not _prose(body) or not _FIRST_PERSON.search(body):
        return None
    if re.search(rf"\b{re.escape(heading.group('name').split()[-1])}\b", _FIRST_SENTENCE.match(body).group()):
        # "Barton Swaim on …" / "I meant to mention a review written by Barton Swaim.": a blog post about
        # him (a source's own text may name them later, in the author's words after it)
        return None
    name_at = h_start + (len(text[h_start:h_end]) - len(text[h_start:h_end].lstrip())) + heading.start("name")
    return _block(text, start, end, name=heading.group("name"), name_at=name_at, how="heading"), k


def _letter(text: str, paragraphs: list[tuple[int, int, bool]], k: int) -> tuple[Evidence, int] | None:
    """A letter whose salutation is paragraph ``k`` (``_SALUTATION``), closed and signed (``_CLOSING``): the
    block from the salutation to its last paragraph, the name signed its attribution, and the index of the
    closing's paragraph (or of the name's, on a paragraph of its own). None when it is not closed so."""
    start, end, _ = paragraphs[k]
    if not _SALUTATION.fullmatch(text[start:end].strip()):
        return None
    last = k
    while last + 1 < len(paragraphs) and _prose(text[paragraphs[last + 1][0] : paragraphs[last + 1][1]]):
        last += 1
    if last == k or last + 1 >= len(paragraphs):
        return None
    closing_at = paragraphs[last + 1][0]
    closing = _CLOSING.fullmatch(text[closing_at : paragraphs[last + 1][1]].strip())
    if closing is None:
        return None
    used = last + 1
    name, name_at = closing.group("name"), closing_at
    if name is None and used + 1 < len(paragraphs):
        # the name on a paragraph of its own under the closing
        signed = _SIGNATURE_LINE.fullmatch(text[paragraphs[used + 1][0] : paragraphs[used + 1][1]].strip())
        if signed:
            used, name, name_at = used + 1, signed.group("name"), paragraphs[used + 1][0]
    if not name or name.split()[0].lower() in NOT_NAMES:
        return None
    name = name.strip().rstrip(".,")
    return _block(text, start, paragraphs[last][1], name=name, name_at=name_at, how="letter"), used


def _block(text: str, start: int, end: int, name: str = "", name_at: int = -1, how: str = "") -> Evidence:
    """A block quotation start..end, its citation at the end left outside it for the speaker detector."""
    body = text[start:end]
    cited = re.search(r"\s*\((?:[A-Z][^()]{0,80}?\d[^()]{0,20}|ibid[^()]{0,20})\)\s*\.?\s*$", body)
    if cited:
        end = start + cited.start()
    end = start + len(text[start:end].rstrip())
    details = {"depth": "0", "use": "quotation", "how": how}
    if name:
        details["attribution"] = name
        details["attribution_start"] = str(name_at + text[name_at:].find(name))
    return Evidence(EvidenceKind.QUOTATION, start, end, Form.BLOCK, details=details)


def _attribution(line: str) -> str:
    """The name of an attribution line ("— Nikita Khrushchev, 1956"), or ""."""
    if "\n" in line.strip() or len(line.strip()) > 90:
        return ""
    m = _ATTRIBUTION.match(line)
    if not m:
        return ""
    name = m.group("name").strip()
    words = name.split()
    # "— letter of kolkhozniks of the “…” kolkhoz, 1936": a document described in lower case names it too
    described = bool(words) and words[0].lower() in _ATTRIBUTED_DOCUMENTS
    if not words or len(words) > (10 if described else 6) or not (words[0][0].isupper() or described):
        return ""
    return name


def _prose(body: str) -> bool:
    """A paragraph of running sentences: not a heading, a list item or a line of furniture."""
    stripped = body.strip()
    if len(stripped) < 40 or _LIST_ITEM.match(stripped):
        return False
    # An encyclopedia's note calls after the last sentence ("… triumph.[7]", "….[12][13]") end it as well
    stripped = _NOTE_CALLS_AT_END.sub("", stripped)
    # ("… it was the last one.'": a straight single mark closing the last sentence's quotation ends it too)
    return bool(re.search(r"[.!?…:;”\"’)»\d]\s*$|[.!?…]'\s*$", stripped))


# ("[12]", and a plain-text edition's page and note "[59:1]")
_NOTE_CALLS_AT_END = re.compile(r"(?:\[\d{1,3}(?::\d{1,3})?\])+$")
# A run of text ending a sentence and its note call: "… a Generall War.[48:1]"
_NOTED_END = re.compile(r"[.!?…;”\"’)]\[\d{1,3}(?::\d{1,3})?\]\s*$")


# Columns of a table in plain text: words apart by three spaces or more
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def _tabular(body: str) -> bool:
    """Whether an indented paragraph is a table rather than sentences: columns apart by runs of spaces, or
    figures making up a third of its words ("1741 12 sacks 4s. 6d." as a PDF gives a row)."""
    words = body.split()
    figures = sum(any(c.isdigit() for c in word) for word in words)
    return _COLUMN_GAP.search(body.strip()) is not None or 3 * figures >= len(words)


# A paragraph's end as a sentence ends, past closing marks and a note call: "… the parish.", "… bay.”3"
_ENDS_AS_SENTENCE = re.compile(r"[.!?…][”\"’')\]]*(?:\d{1,3}|\[\d{1,3}(?::\d{1,3})?\])?\s*$")


def _set_off(intro: str, body: str) -> bool:
    """Whether the indented paragraph ``body`` under the author's paragraph ``intro`` is a passage set off
    as a block quotation though no colon or verb announces it (a book's blocks, as the PDF import keeps
    them indented): running sentences ending as a sentence ends, under a paragraph that stops in
    mid-sentence ("… whom he recommends to") or closes a sentence of its own ("The description of the
    player is delightful."). Not under a heading (a short line of no sentence); and (the caller sees to it)
    only apart from it by a blank line: a note's hanging indent runs on under its first line."""
    return _ENDS_AS_SENTENCE.search(body) is not None and (
        len(intro.strip()) >= 40 or _ENDS_AS_SENTENCE.search(intro) is not None
    )


def _noted_run(
    text: str, paragraphs: list[tuple[int, int, bool]], k: int, announced: bool = False
) -> int | None:
    """The index of the last paragraph of the indented run from ``k`` when its first paragraph alone is no
    sentence (otherwise the other block rules judge it) and the run is running prose ending in a note call,
    or, ``announced`` by a colon, lines of verse (words only: a table's columns and brackets are none)."""
    if _prose(text[paragraphs[k][0] : paragraphs[k][1]]):
        return None
    last = k
    while last + 1 < len(paragraphs) and paragraphs[last + 1][2]:
        last += 1
    run = text[paragraphs[k][0] : paragraphs[last][1]]
    if not _prose(run):
        return None
    if _NOTED_END.search(run):
        return last
    lines = [line.strip() for line in run.splitlines() if line.strip()]
    verse = announced and all(_VERSE_LINE.fullmatch(line) for line in lines)
    return last if verse else None


# A line of verse: words, single spaces and punctuation, no brackets, figures or columns ("Hush! my lover--")
_VERSE_LINE = re.compile(r"(?!.*[ \t]{3})[^\W\d_][^\d\[\]{}|=]{0,70}")


def _authors_own(intro: str, body: str, announced: bool = False) -> bool:
    """Whether an unindented paragraph after a saying colon goes on in the author's voice (a text whose block
    quotations were lost in conversion): it opens a quotation of its own (ends in a colon), or it names the
    one the introduction has speak in the third person ("Swain argues that:" and then "Swain explains")."""
    if _NOTE_CALLS_AT_END.sub("", body.strip()).endswith(":") and not announced:
        return True  # (unless the introduction pointed forward: "he wrote this:" / "Compare these two:")
    words = WORD.findall(sentence_lead(intro, len(intro)))
    if _tags_introduced_name(words, body):
        return True
    for i, w in enumerate(words):
        if i == 0 or not is_saying_word(w, after_name=True):
            continue
        k = i - 1
        while k > 0 and (words[k].lower().endswith("ly") or words[k].lower() in _ADVERBS):
            k -= 1  # "Trotsky later explained", "Varga also wrote"
        name = words[k]
        if name[0].isupper() and len(name) > 2 and name.lower() not in NOT_NAMES:
            return re.search(rf"\b{re.escape(name)}\b(?![’']s)", body) is not None
        return False
    return False


_ADVERBS = {"later", "also", "once", "then", "again", "himself", "herself", "still", "famously", "too"}
# A tag of saying in a paragraph: "…,” Lewinsky said.", "She added:" after the name — the paragraph reports
# the introduced person's words in marks, it is not their words set off.
_TAG_AFTER_NAME = r"\s+(?:said|says|added|adds|told|wrote|writes|explained|recalled)\b"


def _tags_introduced_name(intro_words: list[str], body: str) -> bool:
    """Whether ``body`` holds quotation marks and a tag of saying after a capitalised name of the introduction
    ("Monica Lewinsky, on that day:" / "I was … until” the day …, Lewinsky said. She added: “…”")."""
    if not any(mark in body for mark in "“”\"«»"):
        return False
    names = {w for w in intro_words if w[:1].isupper() and len(w) > 2 and w.lower() not in NOT_NAMES}
    return any(re.search(rf"\b{re.escape(name)}{_TAG_AFTER_NAME}", body) for name in names)


# A lead-in naming where the words below come from, with no verb of saying: "This was in The Washington Post
# this morning:", "From Paul Halsall, a review of a new book:", "… when I got to this paragraph:".
_SOURCE_NOUNS = (
    r"(?:post|blog|article|column|review|editorial|essay|letter|report|book|paper|story|piece|passage|excerpt|"
    r"paragraph|speech|statement|memo|e-?mail|interview|dispatch|diary|entry|preface|introduction|lecture|"
    r"note|message|newsletter|press\s+release|transcript|testimony)s?"
)
_SOURCE_LEAD = re.compile(
    rf"^(?:From\s+[^:]*\b{_SOURCE_NOUNS}\b[^:]*"
    r"|(?:This|Here|That|It)\s+(?:is|was|comes|came)\s+(?:in|from)\s+[^:]*"
    rf"|.*\b(?:this|these|the\s+following)\s+(?:\w+\s+)?{_SOURCE_NOUNS})\s*:\s*$"
)
# "he wrote this, instead:", "put it this way:": the words announced follow
_POINTS_FORWARD = re.compile(r"\b(?:this|these\s+words|this\s+way|the\s+following)(?:\s*,\s*[a-z]+)?\s*:\s*$")


# "… the aftermath must be remarked:", "It should be noted:": the author announcing a remark of their own
_POINTS_BELOW = re.compile(
    r"\b(?:[Bb]elow\s+(?:is|are)\b|(?:is|are)\s+(?:provided|given|reproduced|printed|excerpted|quoted)\s+below)"
)
# An introduction ending in a verb of saying and a comma, the words set off below it: "Milkis writes,".
_SAID_COMMA_END = re.compile(
    r"\b(?:writes|wrote|argues|argued|observes|observed|notes|noted|explains|explained|says|said|declares|"
    r"declared|remarks|remarked|concludes|concluded)\s*,\s*$"
)
# Cries named as such right before the words: "shouts of “Sell! Sell!”", "Cries of “Treason”".
_CRIES_OF = re.compile(r"\b(?:[Ss]houts|[Cc]ries|[Cc]hants|[Yy]ells|[Cc]heers|[Ss]creams)\s+of\s+$")
_PASSIVE_SAYING = re.compile(
    r"\b(?:be|been|is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:remarked|noted|observed|stated|added|mentioned|said)"
    r"\s*:\s*$"
)


def _intro_says(intro: str) -> bool:
    """Whether the introduction's last sentence has a verb of saying or "as follows"."""
    last = sentence_lead(intro, len(intro))
    if _FOLLOWS.search(last):
        return True
    words = WORD.findall(last)
    after_name = [i > 0 and (words[i - 1][0].isupper() or words[i - 1].lower() in _SUBJECT_PRONOUNS)
                  for i in range(len(words))]
    return any(is_saying_word(w, after_name=after_name[i]) for i, w in enumerate(words))
