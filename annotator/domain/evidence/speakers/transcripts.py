"""Quotations inside a transcript's turns: the one whose turn it is says "I".

In a briefing, a debate or an interview printed with turn labels ("MS. LANE: … I said “only three” …"), the
"I" of a turn is the member or spokesperson the label names, not the author of the text; a reporter's bare
"Q" names nobody, so an "I" in a question stays the text's "I".
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from annotator.domain.evidence import Evidence, Speaker
from annotator.domain.evidence.comments import interview_turns

_ANONYMOUS_TURNS = {"Q", "Question", "Interviewer", "A", "Answer"}


def _i_of_the_turn(text: str, result: list[Evidence]) -> list[Evidence]:
    """``result`` with each quotation whose speaker is the author's "I" given to the speaker of the turn it
    stands in, where the text is printed in turns."""
    if not any(_said_by_i(e) for e in result):
        return result
    turns = interview_turns(text)
    if not turns:
        return result
    starts = [t.start for t in turns]
    out = []
    for e in result:
        index = bisect.bisect_right(starts, e.start) - 1
        turn = turns[index] if index >= 0 else None
        inside = turn is not None and turn.start <= e.start < turn.end
        if _said_by_i(e) and inside and turn is not None and turn.speaker is not None:
            label = turn.speaker
            if label.name not in _ANONYMOUS_TURNS:
                details = {**e.details, "speaker_evidence": e.details.get("speaker_evidence", "") + ", turn"}
                e = replace(e, speaker=Speaker(label.name, label.start, label.end), details=details)
        out.append(e)
    return out


def _said_by_i(e: Evidence) -> bool:
    return e.speaker is not None and e.speaker.role == "author" and e.speaker.name == "I"
