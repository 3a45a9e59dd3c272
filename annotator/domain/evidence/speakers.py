"""Who says each quotation: the speaker read from the text around it, or nobody when the text names nobody.

Rules, not a model: the evidence a reader uses, tried from the strongest to the weakest.

1. An attribution line under a block quotation (``— Nikita Khrushchev, 1956``).
2. A verb of saying right after the quotation, in either order: "“…,” wrote Service", "“…” he added".
3. A verb of saying before it in the same sentence, framing it ("Khrushchev later wrote that “…”",
   "Stalin declared, “…”", "as Service comments, “…”"), or "according to Gill"; for a block quotation,
   the introduction above it ("Khrushchev told the delegates:"). Its subject is the speaker: the name right
   before the verb, past an appositive ("Brzezhinski, hardly an admirer of Stalin, notes"), a parenthesis
   ("McAuley (50) writes") or an adverb ("later"); a pronoun is carried over from the sentences before
   ("He added" → the last person named as a subject or speaker), never to a place or an organisation.
4. A citation right after the quotation: "“…” (Sakwa, 37)". An author–page citation after quoted words says
   whose words they are, so the cited author is the speaker, with the role ``cited`` (``ibid.`` is the
   author cited before). A speaker named by rules 1–3 wins over the citation ("Khrushchev told them, “…”
   (Taubman, 270)" is Khrushchev's; ``details["source"]`` keeps "Taubman").
5. A colon introduction without a verb of saying, whose subject is a person or a body ("Lenin in 1922:
   “…”", "Soviet newspapers carried banner headlines, “Shoot the mad dogs!”").
6. Otherwise unattributed (``speaker`` None): the nearest capitalised word is not evidence.

Organisations speak only as the subject of a verb of saying ("the Central Committee declared"); a name
after a place preposition ("in India") or ending in an organisation word ("Levada Center") is never taken
for a person when a pronoun is carried over. A note call after a quotation is not a speaker: the note names
the source, which may not be the speaker. Scare quotes get no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from annotator.domain.evidence import Evidence, EvidenceKind, Form, Speaker
from annotator.domain.evidence._words import (
    BODY_NOUNS,
    DETERMINERS,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    TAIL_SUBJECT_WORDS,
    TITLES,
    WORD,
    is_saying_word,
)
from annotator.domain.evidence.quotations import _sentence_lead

# Words between a subject and its verb of saying: "Khrushchev later wrote", "Service who says".
_SKIPPED = TAIL_SUBJECT_WORDS | {"who", "which", "that", "even", "further", "first", "last", "will", "did",
                                 "does", "was", "is", "had", "has", "have", "would", "could", "might",
                                 "may", "must", "should", "not", "never", "too", "however", "indeed",
                                 "once", "openly", "privately", "publicly", "angrily", "proudly", "rightly",
                                 "wrongly", "correctly", "memorably", "repeatedly", "often", "always",
                                 "explicitly", "bitterly", "quietly", "loudly", "frankly", "plainly", "now",
                                 "only", "actually", "certainly", "clearly", "therefore", "thus", "so"}
_TAIL_WORDS = TAIL_SUBJECT_WORDS | DETERMINERS
_PARTICLES = {"von", "van", "de", "der", "den", "la", "le", "di", "da", "du", "del", "bin", "ibn", "al", "el"}
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|On|At|By|After|Before|During|From|However|Moreover|Indeed|Then|Later|Yet|Still|"
    r"Even|Thus|So|But|And|Finally|Meanwhile)\b[^,]{0,40},\s*)"
)
_FALLBACK_CITATION = re.compile(
    r"\(\s*(?P<author>[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)?|ibid\.?|loc\.?\s?cit\.?|op\.?\s?cit\.?)"
    r"[\s,]*(?:\d{4}[a-z]?[,:]?\s*)?(?:pp?\.\s*)?[\divxlc\-–]*[^()]{0,20}\)",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by|quoting)\s+"
    r"(?P<np>(?:the\s+)?[\w’'.\- ]{2,60}?)"
    r"(?=\s*(?:[,:;(]|$|\s(?:who|in|at|on|when)\b))",
    re.IGNORECASE,
)


def attribute(
    text: str, quotations: Sequence[Evidence], citations: Sequence[Evidence] = ()
) -> list[Evidence]:
    """``quotations`` with ``speaker`` set where the text says who speaks (see the module's rules).

    ``citations`` are the citations of the text (``find_citations``); without them the parenthetical
    author–page citations right after a quotation are read here.
    """
    cites = sorted((c for c in citations if c.kind == EvidenceKind.CITATION), key=lambda c: c.start)
    result: list[Evidence] = []
    spoken: list[tuple[int, Speaker]] = []  # (where the quotation ends, its speaker) for pronouns
    for q in sorted(quotations, key=lambda e: e.start):
        if q.scare or q.kind != EvidenceKind.QUOTATION:
            result.append(q)
            continue
        speaker, how, source = _speaker(text, q, cites, spoken, quotations)
        details = dict(q.details)
        details["speaker_evidence"] = how
        if source:
            details["source"] = source
        if speaker is not None:
            spoken.append((q.end, speaker))
        result.append(replace(q, speaker=speaker, details=details))
    return result


def _speaker(
    text: str,
    q: Evidence,
    cites: list[Evidence],
    spoken: list[tuple[int, Speaker]],
    quotations: Sequence[Evidence],
) -> tuple[Speaker | None, str, str]:
    cited = _cited_after(text, q.end, cites)
    source = cited.name if cited else ""
    if name := q.details.get("attribution"):
        at = int(q.details.get("attribution_start", "-1"))
        where = (at, at + len(name)) if at >= 0 else (None, None)
        return Speaker(name, *where), "attribution", source
    if q.form == Form.INLINE and (found := _after_quote(text, q.end, spoken)):
        return found, "verb after", source
    lead, lead_at = _lead(text, q, quotations)
    if found := _before_quote(text, lead, lead_at, spoken):
        return found, "verb before", source
    if cited is not None:
        return cited, "citation", ""
    if found := _introduction(text, lead, lead_at, q):
        return found, "introduction", source
    return None, "none", source


def _lead(text: str, q: Evidence, quotations: Sequence[Evidence]) -> tuple[str, int]:
    """The sentence before the quotation (for a block: the introduction's last sentence), and where it is."""
    if q.form == Form.BLOCK:
        before = text[: q.start].rstrip()
        lead = _sentence_lead(before, len(before))
        return lead, len(before) - len(lead)
    lead = _sentence_lead(text, q.start)
    outer = [o.start for o in quotations if o.start < q.start and q.end <= o.end and o is not q]
    if outer:  # a quotation inside another: its sentence starts inside the outer one
        lead = lead[max(0, len(lead) - (q.start - max(outer) - 1)) :]
    return lead, q.start - len(lead)


def _after_quote(text: str, end: int, spoken: list[tuple[int, Speaker]]) -> Speaker | None:
    """ "“…,” wrote Service", "“…” Khrushchev later wrote", "“…,” he added"."""
    clause = re.match(r"^[,.!?]?\s+([^.,;:!?“”\"«»()]{0,80})", text[end : end + 90])
    if not clause:
        return None
    first = WORD.match(clause.group(1))
    if re.search(r"[.!?…][”\"’»]*$", text[max(0, end - 3) : end]) and first and (
        first.group().lower() in NOT_NAMES | PRONOUNS and first.group()[0].isupper()
    ):
        return None  # "“Shoot the mad dogs!” They reported …": a new sentence, not an attribution
    at = end + clause.start(1)
    words = list(WORD.finditer(clause.group(1)))[:7]
    for index, word in enumerate(words):
        before = [w.group() for w in words[:index]]
        subject_like = all(w[0].isupper() or w.lower() in _TAIL_WORDS for w in before) or (
            bool(before) and before[0].lower() in DETERMINERS
        )
        if not subject_like:
            return None
        if not is_saying_word(word.group(), after_name=True):
            continue
        if index == 0:  # inverted: "wrote Service", "said the prosecutor"
            rest = words[1:]
            return _noun_phrase_forward(text, rest, at)
        return _subject_before(text, at + word.start(), at, spoken)
    return None


def _noun_phrase_forward(text: str, words: list[re.Match[str]], at: int) -> Speaker | None:
    """The speaker named after an inverted verb: "Service", "the chief prosecutor", "Lenin in 1922"."""
    chosen: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        described = bool(chosen) and chosen[0].group().lower() in DETERMINERS and word.islower()
        if (
            word[0].isupper()
            or (word.lower() in _PARTICLES and chosen)
            or (not chosen and word.lower() in DETERMINERS)
            or (described and len(chosen) < 5)
        ):
            chosen.append(w)
        else:
            break
    if not chosen or chosen[-1].group().lower() in DETERMINERS:
        return None
    start, end = at + chosen[0].start(), at + chosen[-1].end()
    return Speaker(text[start:end], start, end)


def _before_quote(text: str, lead: str, lead_at: int, spoken: list[tuple[int, Speaker]]) -> Speaker | None:
    """The subject of the verb of saying (or "according to X") that frames the quotation."""
    for m in _ACCORDING.finditer(lead):
        np = m.group("np").strip()
        if np[:1].isupper() or np.lower().startswith("the "):
            start = lead_at + m.start("np")
            return Speaker(np, start, start + len(np))
    words = list(WORD.finditer(lead))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        prev = words[index - 1].group() if index else ""
        after_name = prev[:1].isupper() or prev.lower() in PRONOUNS | _SKIPPED
        if not is_saying_word(word, after_name=after_name):
            continue
        between = lead[words[index].end() :]
        if not re.search(r"\bthat\b|[,:]\s*$|^\s*$|^\s*(?:\([^)]*\)\s*)?[,:]?\s*$", between):
            continue
        if word.lower() in {"quoted", "quoting", "quotes", "quote"} and re.match(r"\s+[A-Z]", between):
            # "Service quotes Lenin: “…”": the one quoted speaks
            m = re.match(r"\s+((?:[A-Z][\w’'\-]+\s?)+)", between)
            if m:
                s = lead_at + words[index].end() + m.start(1)
                return Speaker(m.group(1).strip(), s, s + len(m.group(1).strip()))
        found = _subject_before(text, lead_at + words[index].start(), lead_at, spoken)
        if found is not None:
            return found
    return None


def _subject_before(text: str, verb_at: int, floor: int, spoken: list[tuple[int, Speaker]]) -> Speaker | None:
    """The subject written before the verb at ``verb_at``: a name, a noun phrase, or a pronoun resolved."""
    chunk = text[floor:verb_at]
    # Parentheses ("McAuley (50) writes", "Vyshinsky (a former Menshevik) screamed") hide nothing.
    chunk = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), chunk)
    stripped = chunk.rstrip()
    if stripped.endswith(","):
        # "Brzezhinski, hardly the most ardent admirer of Stalin, notes": skip the appositive
        body = stripped[:-1]
        comma = body.rfind(",")
        if comma >= 0:
            tail_words = WORD.findall(body[comma + 1 :])
            if tail_words and (tail_words[0].islower() or tail_words[0].lower() in DETERMINERS):
                stripped = body[:comma]
            else:
                stripped = body
        else:
            stripped = body
    words = list(WORD.finditer(stripped))
    while words and words[-1].group().lower() in _SKIPPED and not words[-1].group()[0].isupper():
        words.pop()
    if not words:
        return None
    last = words[-1].group()
    if last.lower() in PRONOUNS:
        if len(words) >= 3 and words[-2].group().lower() == "of" and words[-3].group().lower() in {
            "one", "some", "many", "most", "all", "two", "each", "several", "none"
        }:
            s, e = floor + words[-3].start(), floor + words[-1].end()
            return Speaker(text[s:e], s, e)
        return _carry_over(text, floor + words[-1].start(), last.lower(), spoken)
    if last[0].isupper() and last.lower() not in NOT_NAMES:
        run = [words[-1]]
        for w in reversed(words[:-1]):
            g = w.group()
            gap = stripped[w.end() : run[0].start()]
            if gap.strip() not in ("", ".") or not (g[0].isupper() or g.lower() in _PARTICLES):
                break
            if g.lower() in NOT_NAMES:
                break
            run.insert(0, w)
        s, e = floor + run[0].start(), floor + run[-1].end()
        # "the Central Committee", "the NKVD": keep the article with a body's name
        article = re.search(r"\bthe\s+$", text[max(floor, s - 4) : s], re.IGNORECASE)
        if article and _kind(text, s, text[s:e]) == "organisation":
            s -= len(article.group())
        return Speaker(text[s:e], s, e)
    # A described speaker: "A brigade member", "the chief prosecutor", "Soviet newspapers".
    if last.lower() not in BODY_NOUNS:
        return None
    first = len(words) - 1
    for back in range(len(words) - 2, max(-1, len(words) - 6), -1):
        g = words[back].group()
        if stripped[words[back].end() : words[back + 1].start()].strip():
            break  # punctuation between: another clause
        if g.lower() in DETERMINERS:
            first = back
            break
        if not (g[0].isupper() or (g.islower() and (g.lower() in BODY_NOUNS or _adjective(g) or back > 0))):
            break
        first = back
    if words[first].group().lower() not in DETERMINERS and not words[first].group()[0].isupper():
        first = len(words) - 1
    s, e = floor + words[first].start(), floor + words[-1].end()
    return Speaker(text[s:e], s, e)


def _adjective(word: str) -> bool:
    return word.endswith(("al", "ive", "ous", "ic", "ful", "ed", "ish", "ary", "ent", "ant", "ior", "ist"))


def _carry_over(text: str, at: int, pronoun: str, spoken: list[tuple[int, Speaker]]) -> Speaker | None:
    """Whom "he", "she" or "they" at ``at`` refers to: the last speaker, or the last person named before."""
    window_start = max(0, at - 600)
    recent = [s for end, s in spoken if window_start <= end <= at]
    plural = pronoun in {"they", "them", "we"}
    if recent and (not plural or _plural(recent[-1].name)):
        last = recent[-1]
        return Speaker(last.name, None, None, "quoted")
    # The subject of each earlier sentence, the nearest first.
    before = text[window_start:at]
    starts = [0] + [m.end() for m in re.finditer(r"[.!?][”\"’)]*\s+", before)]
    for s in reversed(starts[:-1] if len(starts) > 1 else starts):
        sentence = before[s:]
        subject = _sentence_subject(sentence)
        if subject is None:
            continue
        name, offset = subject
        kind = _kind(text, window_start + s + offset, name)
        if plural and (_plural(name) or kind == "organisation"):
            return Speaker(name, None, None)
        if not plural and kind == "person":
            return Speaker(name, None, None)
    return None


def _plural(name: str) -> bool:
    last = name.split()[-1].lower()
    return (last.endswith("s") and last in BODY_NOUNS) or last in ORGANISATION_WORDS or last.endswith("ers")


def _sentence_subject(sentence: str) -> tuple[str, int] | None:
    """The subject at the start of a sentence, past an opening phrase ("In 1937, …", "However, …")."""
    offset = 0
    m = _OPENING_PHRASE.match(sentence)
    if m:
        offset = m.end()
    words = list(WORD.finditer(sentence[offset:]))
    if not words:
        return None
    chosen: list[re.Match[str]] = []
    for w in words[:6]:
        g = w.group()
        if (g[0].isupper() and g.lower() not in NOT_NAMES) or (g.lower() in _PARTICLES and chosen):
            chosen.append(w)
        elif not chosen and g.lower() in {"the", "a", "an"}:
            continue
        elif chosen and g.lower() in BODY_NOUNS:
            chosen.append(w)
            break
        else:
            break
    if not chosen:
        return None
    s, e = chosen[0].start(), chosen[-1].end()
    return sentence[offset + s : offset + e], offset + s


def _kind(text: str, start: int, name: str) -> str:
    """person, organisation, place or unknown, from the evidence around the name in the text."""
    words = name.split()
    lower = [w.lower().strip(".,") for w in words]
    if any(w in ORGANISATION_WORDS for w in lower) or (name.isupper() and len(name) <= 6):
        return "organisation"
    before = WORD.findall(text[max(0, start - 30) : start])
    prev = before[-1].lower() if before else ""
    if lower[0] in FIRST_NAMES or lower[0] in TITLES or prev in TITLES:
        return "person"
    if prev in PLACE_PREPOSITIONS:
        return "place"
    verb_after = rf"\b{re.escape(words[0])}\s+(?:\(\d[^)]*\)\s+)?\w+s\b"
    if len(words) == 1 and re.search(verb_after, text[start : start + 60]):
        # "Sakwa argues", "McAuley (50) provides": a one-word name as the subject of a verb
        return "person"
    if len(words) >= 2 and lower[-1] in BODY_NOUNS:
        return "organisation"
    return "person" if _named_as_person(text, words[-1]) else "unknown"


def _named_as_person(text: str, surname: str) -> bool:
    """Whether the text elsewhere gives ``surname`` a first name, a title or a verb of saying."""
    pattern = re.compile(rf"\b(\w+)\s+{re.escape(surname)}\b(?:\s+(\w+))?")
    for m in pattern.finditer(text):
        if m.group(1).lower() in FIRST_NAMES or m.group(1).lower() in TITLES:
            return True
        if m.group(2) and is_saying_word(m.group(2), after_name=True):
            return True
    return False


def _cited_after(text: str, end: int, cites: list[Evidence]) -> Speaker | None:
    """The author of the citation right after the quotation ("“…” (Sakwa, 37)"), ibid resolved."""
    gap = re.match(r"[\s.,;:]{0,4}", text[end : end + 6])
    at = end + (gap.end() if gap else 0)
    if cites:
        previous = ""
        for c in cites:
            author = c.cited_author
            if c.start == at or (c.start <= at < c.end and text[c.start] == "("):
                if not author or re.match(r"(?:ibid|loc|op)\b", author, re.IGNORECASE):
                    author = previous
                return Speaker(author, c.start, c.end, "cited") if author else None
            if c.start > at:
                break
            if author and not re.match(r"(?:ibid|loc|op)\b", author, re.IGNORECASE):
                previous = author
        return None
    m = _FALLBACK_CITATION.match(text, at)
    if not m:
        return None
    author = m.group("author")
    if re.match(r"(?:ibid|loc|op)\b", author, re.IGNORECASE):
        earlier = [c for c in _FALLBACK_CITATION.finditer(text, max(0, at - 3000), at)
                   if not re.match(r"(?:ibid|loc|op)\b", c.group("author"), re.IGNORECASE)]
        if not earlier:
            return None
        author = earlier[-1].group("author")
    return Speaker(author, m.start(), m.end(), "cited")


def _introduction(text: str, lead: str, lead_at: int, q: Evidence) -> Speaker | None:
    """A colon (or a comma before a whole sentence) introducing the quotation: its subject speaks."""
    stripped = lead.rstrip()
    if not stripped.endswith(":") and not (
        stripped.endswith(",") and q.form == Form.INLINE and text[q.start + 1 : q.start + 2].isupper()
    ):
        return None
    subject = _sentence_subject(lead)
    if subject is None:
        return None
    name, offset = subject
    start = lead_at + offset
    kind = _kind(text, start, name)
    if kind == "place" or name.split()[-1].lower() in NOT_NAMES:
        return None
    if kind == "unknown" and not stripped.endswith(":"):
        return None
    # "Kirov was a potential rival of Stalin, “…”" names Kirov but not as a speaker: only a short
    # introduction (a name, or a body and what it printed) is taken.
    rest = WORD.findall(lead[offset + len(name) :])
    if len(rest) > 4 and not any(w.lower() in BODY_NOUNS for w in rest):
        return None
    return Speaker(name, start, start + len(name))
