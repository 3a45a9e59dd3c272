"""Speakers in the reported conversation of memoirs, diaries and letters (issue 16, session 11).

Two turn-taking rules the tag rules do not cover:

- the one a question was put to answers it: "When we asked Harlan what he meant, he answered, “…”" — "he" is
  Harlan, the person asked, not the sentence's subject ("we") nor a name further back;
- "she" after the diarist's words is the one the diarist called on or told her story to earlier in the
  paragraph ("I called on Mrs. Ashby … I ventured to ask: “…” … “…,” she exclaimed"), a name suppressed with
  dashes ("Mrs. –––") included;
- in an exchange run into one paragraph, a line that follows another line at once, with nothing between the
  closing and the opening mark, is the other person's turn: "“A governess,” she exclaimed. “…?” “Oh,
  certainly.” “Then come on Monday.”" — the third line is the diarist's, the fourth hers again.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, Form, Speaker
from annotator.domain.evidence._words import NOT_NAMES
from annotator.domain.evidence.speakers.people import _gender_agrees, _People

_TITLE = (
    r"(?:(?:Mr|Mrs|Miss|Dr|Gen|General|Col|Colonel|Capt|Captain|Major|Judge|Aunt|Uncle|Sister|Brother)\.?\s+)"
)
# "asked Brewster what …, he answered,": the person asked (a title and up to two capitalised words), then the
# rest of the question without a quotation or a sentence of its own, then "he"/"she" and a verb of answering
# closing the lead.
_ASKED_THEN_ANSWER = re.compile(
    rf"\b(?:asked|questioned|inquired\s+of|pressed|begged)\s+"
    rf"(?P<name>{_TITLE}?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\b"
    r"[^“”\"\n.!?;:]{0,160}?[\s,]"
    r"(?P<pronoun>he|she)\s+(?:\w+ly\s+)?(?:answered|replied|rejoined|returned|responded|said)\s*[,:]?\s*$"
)


def _asked_one_answers(lead: str, lead_at: int, people: _People) -> Speaker | None:
    """The person asked in the lead's sentence, when "he"/"she" then answers: "When we asked Brewster what
    Sam meant to do, he answered, “…”" → Brewster (the pronoun must agree with what the text shows of the
    name)."""
    asked = _ASKED_THEN_ANSWER.search(lead)
    if asked is None:
        return None
    name = asked.group("name")
    if name.split()[0].lower() in NOT_NAMES or not _gender_agrees(asked.group("pronoun"), people, name):
        return None
    start = lead_at + asked.start("name")
    return Speaker(name, start, start + len(name))


# Between two lines of one exchange: nothing but spaces (a hard-wrapped line's break at most).
_NOTHING_BETWEEN = re.compile(r"[ \t]*\n?[ \t]*")


def _next_turn(text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]]) -> Speaker | None:
    """The other person of the exchange, for a line opening right after a finished line ("…?” “Oh,
    certainly.”") whose speaker is known: the last one before who is not that speaker, in the same paragraph.
    Nobody when the paragraph has had one voice only ("He wrote: “…” “…”" is left to the next rules)."""
    if q.form != Form.INLINE or text[q.start] not in "“\"" or not spoken:
        return None
    end, last, how = spoken[-1]
    if how == "citation" or end > q.start or text[end - 1] not in "”\"":
        return None
    finished = re.search(r"[.!?]\W{0,2}$", text[end - 4 : end])
    if not _NOTHING_BETWEEN.fullmatch(text, end, q.start) or not finished:
        return None  # "“Bread,” “Peace,”": a list of cries, not turns; a tag between is read by the tag rules
    paragraph = max(text.rfind("\n\n", 0, q.start), q.start - 1200)
    for other_end, other, other_how in reversed(spoken[:-1]):
        if other_end < paragraph or other_how == "citation":
            return None
        if other.name.lower() != last.name.lower():
            return Speaker(other.name, None, None, other.role)
    return None


_FEMALE_TITLE = re.compile(r"(?:Mrs|Miss|Aunt|Sister)\b")
_MALE_TITLE = re.compile(r"(?:Mr|Gen|General|Col|Colonel|Capt|Captain|Major|Judge|Uncle|Brother)\b")
# "I called on Mrs. Ashby", "explained my object to Mrs. –––", "laid my case before …": whom the author went
# to or spoke to, by name (one the diarist suppresses with dashes after a title as well).
_AUTHOR_CALLED_ON = re.compile(
    r"\bI\s+[^.!?;:“”\"]{0,60}?\b(?:called\s+on|went\s+to\s+see|visited|turned\s+to|spoke\s+to|wrote\s+to|"
    r"told|asked|begged|explained\s+(?:[a-z]+\s+){0,3}?to|(?:laid|put)\s+(?:[a-z]+\s+){0,3}?before)\s+"
    rf"(?P<name>{_TITLE}(?:[–—-]{{2,}}|[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)|[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
)


def _author_called_on(text: str, said_at: int, pronoun: str, people: _People) -> Speaker | None:
    """The last person the author called on or spoke to by name in the paragraph before the author's words
    ending at ``said_at``, for a "he"/"she" answering them (``_AUTHOR_CALLED_ON``); the title or what the text
    shows of the name must agree with the pronoun."""
    paragraph = max(text.rfind("\n\n", 0, said_at), said_at - 800, 0)
    found = [m for m in _AUTHOR_CALLED_ON.finditer(text, paragraph, said_at)
             if m.group("name").split()[0].lower() not in NOT_NAMES]
    if not found:
        return None
    name = found[-1].group("name")
    other_title = _MALE_TITLE if pronoun == "she" else _FEMALE_TITLE
    if other_title.match(name) or not _gender_agrees(pronoun, people, name):
        return None
    return Speaker(name, found[-1].start("name"), found[-1].end("name"))


# "I was not surprised when the leader came into the garden, and said:": a verb of saying joined by "and" to
# the verb of a "when" clause after a state ("was", "were", "had") is that clause's subject's; "I waited until
# the clerk looked up, and said:" is mine (the main verb goes on).
_CLAUSE_OF_TIME_THEN_SAID = re.compile(
    r"\b(?:was|were|had)\b[^.;:!?“”\"]{0,60}?\bwhen\s+"
    r"(?P<who>(?:the|a|an|my|our|his|her|their)\s+(?:[a-z-]+\s+)?[a-z]+|"
    rf"{_TITLE}?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|came|went|rode|ran|stood|sat|took|rose|drew|got)\b"
    r"[^.;:!?“”\"]{0,120}?,?\s+and\s+(?:then\s+)?"
    r"(?:said|asked|replied|answered|added|cried|exclaimed|called\s+out|whispered|shouted)\s*[,:]?\s*$"
)


def _clause_of_time_speaker(text: str, end: int) -> Speaker | None:
    """The subject of a clause of time whose verb the verb of saying goes on with
    (``_CLAUSE_OF_TIME_THEN_SAID``): "… when the leader came into the garden a little later, and said:" → the
    leader."""
    # The words before ``end``, where the quotation's introduction ends: the lead, or the paragraph before a
    # quotation set in its own paragraph ("…, and said:\n\n“…”")
    window_at = max(0, end - 300)
    clause = _CLAUSE_OF_TIME_THEN_SAID.search(text[window_at:end].rstrip())
    if clause is None or clause.group("who").split()[0].lower() in NOT_NAMES - {"the", "a", "an"}:
        return None
    start = window_at + clause.start("who")
    return Speaker(clause.group("who"), start, start + len(clause.group("who")))


# A signature as the quoted note's own last line: a name in capitals, with initials or a shortened given name
# ("ROB’T MITCHELL.", "J. B. HOOD"), alone on its line right before the closing mark.
_SIGNED_LAST_LINE = re.compile(
    r"\n[ \t]*(?P<name>(?:[A-Z]\.[ \t]*){0,3}[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2})\.?[ \t]*[”\"]$"
)


def _signed_inside(text: str, q: Evidence) -> Speaker | None:
    """The signer of a note or letter quoted whole, its signature the last line inside the marks: "On one of
    them was found a note:\n“Kill a sheep and give Jerry the half.\n ROB’T MITCHELL.”" → ROB’T MITCHELL. One
    word in capitals alone ("AMEN.") is no signature."""
    signed = _SIGNED_LAST_LINE.search(text, q.start, q.end)
    if signed is None or (" " not in signed.group("name") and "." not in signed.group("name")):
        return None
    return Speaker(signed.group("name"), signed.start("name"), signed.end("name"))
