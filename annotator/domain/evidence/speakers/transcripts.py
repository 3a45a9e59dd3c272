"""Quotations inside a transcript's turns: who "I", "you", "he" and "the right hon. Gentleman" are there.

In a briefing, a debate or an interview printed with turn labels ("MS. LANE: … I said “only three” …"), the
"I" of a turn is the member or spokesperson the label names, not the author of the text; a reporter's bare
"Q" names nobody, so an "I" in a question stays the text's "I", and a question's "you said, “…”" is the one
answering the questions (the last named turn). In a debate a member speaks of the one he answers in the third
person — "he said", "the right hon. and learned Gentleman said" — never of himself: words given that way to
the turn's own speaker, or to "the hon. Gentleman", are the previous speaker's (the chair aside).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from annotator.domain.evidence import Evidence, Speaker
from annotator.domain.evidence.comments import interview_turns

_ANONYMOUS_TURNS = {"Q", "Question", "Interviewer", "A", "Answer"}
# "the right hon. and learned Gentleman", "the hon. Member for Taunton", "my hon. Friend": the member answered
_HONOURABLE = re.compile(
    r"(?:(?:the|my)\s+)?(?:(?:right\s+)?hon\.?(?:\s+and\s+(?:learned|gallant|noble))?\s+)?"
    r"(?:Gentleman|Lady|Member|Friend)\b",
    re.IGNORECASE,
)
_YOU_SAID = re.compile(
    r"\byou\s+(?:[a-z]+ly\s+)?(?:said|told|wrote|called|answered|replied)\b[^.?!“”\"]{0,40}$"
)
_CHAIR = re.compile(r"\b(?:Speaker|Chair|Chairman|PRESIDING|SPEAKER)\b")


def _i_of_the_turn(text: str, result: list[Evidence]) -> list[Evidence]:
    """``result`` with the speakers of quotations inside named turns read as the turns say (see above)."""
    if not result:
        return result
    turns = [t for t in interview_turns(text) if t.speaker is not None]
    if not turns:
        return result
    starts = [t.start for t in turns]
    out = []
    for e in result:
        index = bisect.bisect_right(starts, e.start) - 1
        if index >= 0 and turns[index].start <= e.start < turns[index].end:
            e = _read_in_turn(text, e, turns, index)
        out.append(e)
    return out


def _read_in_turn(text: str, e: Evidence, turns: list[Evidence], index: int) -> Evidence:
    """``e``, inside ``turns[index]``, with "I", "you", "he" or "the hon. Gentleman" read as the turn says."""
    label = turns[index].speaker
    if label is None:
        return e
    if label.name in _ANONYMOUS_TURNS:
        if e.speaker is None and _YOU_SAID.search(text, max(turns[index].start, e.start - 120), e.start):
            answering = next((t.speaker for t in reversed(turns[:index]) if t.speaker is not None and (
                t.speaker.name not in _ANONYMOUS_TURNS)), None)
            if answering is not None:
                return _given(e, Speaker(answering.name, answering.start, answering.end), "you in a question")
        return e
    if e.speaker is None:
        return e
    if _said_by_i(e):
        return _given(e, Speaker(label.name, label.start, label.end), "turn")
    if _HONOURABLE.fullmatch(e.speaker.name) or _same(e.speaker.name, label.name):
        answered = _answered(turns, index)
        if answered is not None:
            return _given(e, answered, "member answered")
    return e


def _answered(turns: list[Evidence], index: int) -> Speaker | None:
    """The speaker of the last turn before ``index`` by someone else than its speaker, not the chair."""
    own = turns[index].speaker
    for turn in reversed(turns[:index]):
        other = turn.speaker
        if other is None or other.name in _ANONYMOUS_TURNS or _CHAIR.search(other.name):
            continue
        if own is not None and _same(other.name, own.name):
            continue
        return Speaker(other.name, other.start, other.end)
    return None


def _same(one: str, other: str) -> bool:
    """Whether two names are one member's: "Howard" and "Mr. Michael Howard", "Mr. McCONNELL", "McConnell"."""
    return one.split()[-1].lower() == other.split()[-1].lower()


def _given(e: Evidence, speaker: Speaker, why: str) -> Evidence:
    details = {**e.details, "speaker_evidence": e.details.get("speaker_evidence", "") + ", " + why}
    return replace(e, speaker=speaker, details=details)


def _said_by_i(e: Evidence) -> bool:
    return e.speaker is not None and e.speaker.role == "author" and e.speaker.name == "I"
