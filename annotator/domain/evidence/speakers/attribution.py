"""The orchestrating pass: ``attribute()`` and ``_speaker``, which tries the rules of the other modules in
order for each quotation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from annotator.domain.evidence import Evidence, EvidenceKind, Form, Speaker
from annotator.domain.evidence._words import (
    AGENT_AFTER,
    AGENT_BEFORE,
    INTERRUPTED_BEFORE,
    NOT_NAMES,
    PASSIVE_NAMING,
    SAID_LIST_AFTER,
    WORDS_OF_AFTER,
)
from annotator.domain.evidence.quotations import (
    PARENTHETICAL_AFTER,
    nesting,
    reading_view,
    without_spoken_quote,
)
from annotator.domain.evidence.speakers.cast import cast_holder
from annotator.domain.evidence.speakers.dialogue import (
    _ACCOSTED,
    _ALTERNATIVE,
    _AND_NEXT,
    _RUNS_ON,
    _alternating_turns,
    _beat,
    _continued,
    _dialogue,
    _exchange,
    _interview_answer,
    _interview_turns,
    _introduction,
    _run_in_turn,
)
from annotator.domain.evidence.speakers.documents import (
    _document_subject,
    _documents_following,
    _joined_saying_verbs,
    _letter_signer,
    _named,
    _named_after,
    _paragraphs_go_on,
    _read_out,
    _source_after,
)
from annotator.domain.evidence.speakers.introductions import (
    _BLOCK_GOES_ON,
    _LINKING_BEFORE,
    _SAYING_THING,
    _THIRD_PERSON_TAG,
    _account_before,
    _before_quote,
    _body_in,
    _entrance_before,
    _lead,
    _possessor,
    _predicate_subject,
    _reply_to_author,
    _reported_paragraph_before,
    _reporter_of_predicate,
    _slogan_of,
    _source_describes,
    _statement_before,
    _subjectless_introduction,
)
from annotator.domain.evidence.speakers.memoirs import (
    _asked_one_answers,
    _clause_of_time_speaker,
    _next_turn,
    _signed_inside,
)
from annotator.domain.evidence.speakers.people import (
    _COLON_FRAMED,
    _ENDED,
    _INTERVIEW_WITH,
    _SAID_IT,
    _described,
    _People,
    _plural,
)
from annotator.domain.evidence.speakers.pronouns import (
    _DOCUMENT_PASSIVE,
    _carry_over,
    _nearby,
    _paragraph_start,
    _plausible,
)
from annotator.domain.evidence.speakers.roles import (
    _appositive_name,
    _example_name,
    _person_around_role,
    _role_given_before,
    _without_emphasis,
    _writer_of_document,
)
from annotator.domain.evidence.speakers.tags import (
    _after_quote,
    _attribution_line_below,
    _bracketed_tag,
    _cited_after,
    _closing_attribution,
    _continental_before,
)
from annotator.domain.evidence.speakers.transcripts import _i_of_the_turn


def attribute(
    text: str, quotations: Sequence[Evidence], citations: Sequence[Evidence] = ()
) -> list[Evidence]:
    """``quotations`` with ``speaker`` set where the text says who speaks (see the module's rules).

    ``citations`` are the citations of the text (``find_citations``); without them the parenthetical
    author–page citations right after a quotation are read here. Nested quotations are attributed within
    the quotation that holds them.
    """
    printed = text
    text = _joined_saying_verbs(without_spoken_quote(reading_view(text, outer=True)))
    cites = sorted(
        (c for c in citations if c.kind == EvidenceKind.CITATION and "mark" not in c.details),
        key=lambda c: c.start,
    )
    people = _People(text, sorted((q.start, q.end) for q in quotations))
    holder = {start: outer for start, _, _, outer in nesting([(q.start, q.end) for q in quotations])}
    result: list[Evidence] = []
    spoken: list[tuple[int, Speaker, str]] = []  # (where the quotation ends, its speaker, how) for pronouns
    for q in sorted(quotations, key=lambda e: e.start):
        if q.scare or q.kind != EvidenceKind.QUOTATION:
            result.append(q)
            continue
        speaker, how, source = _speaker(text, q, cites, spoken, holder.get(q.start, -1), people)
        details = dict(q.details)
        details["speaker_evidence"] = how
        if source:
            details["source"] = source
        if speaker is not None:
            speaker = _appositive_name(text, speaker)
            speaker = _writer_of_document(text, speaker, people)
            speaker = _example_name(text, speaker)
            speaker = _role_given_before(text, speaker)
            speaker = cast_holder(text, speaker, q.start)
            speaker = _person_around_role(text, speaker)
            speaker = _without_emphasis(speaker)
        if speaker is not None and q.details.get("depth", "0") == "0":
            spoken.append((q.end, speaker, how))
        result.append(replace(q, speaker=speaker, details=details))
    result = _first_words_tagged(text, _paragraphs_go_on(text, _documents_following(text, result)))
    result = _alternating_turns(text, _interview_turns(text, result))
    return [_described(e) for e in _i_of_the_turn(printed, result)]


_STRONGER_THAN_A_TAG = {"attribution", "signature", "tag inside"}
_THEY_TAG = re.compile(r"\s*(?:they\s+[a-z]+|[a-z]+\s+they)\b")


def _first_words_tagged(text: str, result: list[Evidence]) -> list[Evidence]:
    """A quotation whose words open with words in marks followed by their tag ("> “I am glad,” said he, “that
    …”", a block of marked speech whose tag falls inside it): the tag of its first words names its speaker
    when the lines before it named nobody, or named one person where the tag says "they" (or a group where
    it says "he" or "she") — otherwise the one the introduction names is kept ("Marcellus exclaimed that …:
    “It is,” he said, “…”")."""
    firsts: dict[int, Evidence] = {}
    for e in result:
        if e.details.get("depth", "0") == "1" and e.details.get("speaker_evidence") == "verb after":
            firsts.setdefault(e.start, e)
    if not firsts:
        return result
    changed = []
    for e in result:
        first = firsts.get(e.start) if e.details.get("depth", "0") == "0" and not e.scare else None
        tagged = first is not None and first.end < e.end
        if not tagged or e.details.get("speaker_evidence") in _STRONGER_THAN_A_TAG or first is None:
            changed.append(e)
            continue
        tag_plural = bool(_THEY_TAG.match(text, first.end, first.end + 30))
        if e.speaker is not None and _plural(e.speaker.name) == tag_plural:
            changed.append(e)
            continue
        details = {**e.details, "speaker_evidence": "tag of its first words"}
        if "described" in first.details:
            details["described"] = first.details["described"]
        changed.append(replace(e, speaker=first.speaker, details=details))
    return changed


def _speaker(
    text: str,
    q: Evidence,
    cites: list[Evidence],
    spoken: list[tuple[int, Speaker, str]],
    outer: int,
    people: _People,
) -> tuple[Speaker | None, str, str]:
    cited = _cited_after(text, q.end, cites)
    source = cited.name if cited else ""
    if name := q.details.get("attribution"):
        at = int(q.details.get("attribution_start", "-1"))
        where = (at, at + len(name)) if at >= 0 else (None, None)
        return Speaker(name, *where), "attribution", source
    interview = _INTERVIEW_WITH.match(text, q.end)
    if interview:
        return _named(text, interview.start("name"), interview.end("name")), "interview", source

    def ok(found: Speaker | None) -> bool:
        # A candidate the evidence gives is still checked for being one who can speak ("Asked", "Sweden",
        # "British" of "British ambassador" cannot): if not, the next evidence is tried
        if found is None:
            return False
        if _SAYING_THING.fullmatch(found.name + " "):
            return True  # "put in the proverb, that “…”": a saying, never a place
        return found.role in ("author", "cited") or _plausible(found.name, people, found.start, found.end)

    if q.form == Form.BLOCK and spoken and _BLOCK_GOES_ON.fullmatch(text, spoken[-1][0], q.start):
        # "> The nation has not disappeared. …\n> The class struggle is …": the next line of one Markdown
        # block quotation (no blank line between) is the same voice
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role), "continued", source
    if q.form == Form.INLINE and (signer := _letter_signer(text, q)):
        return signer, "signature", source
    if signer := _signed_inside(text, q):
        return signer, "signature", source  # "“Kill a sheep …\n ROB’T MITCHELL.”": a note and its signer
    if ok(found := _bracketed_tag(text, q, spoken, people)):
        return found, "tag inside", source  # "“Why, Sir, (said he,) I suppose …”": the tag within the words
    if spoken and _RUNS_ON.fullmatch(text, spoken[-1][0], q.start) and text[q.start] in "“\"" and (
        text[spoken[-1][0] - 1] not in "”\"»’"
    ):
        # “… the next paragraph opens with the mark again, the one before never closed: one quotation going on
        # over paragraphs, one voice
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role), "continued", source
    if q.form == Form.INLINE and spoken and spoken[-1][0] <= q.start and _AND_NEXT.fullmatch(
        text, spoken[-1][0], q.start
    ):
        # "whereas Nietzsche believed “…” and “…”": the second words of the same verb, the same voice
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role), "continued", source
    if spoken and spoken[-1][0] <= q.start and _ALTERNATIVE.fullmatch(text, spoken[-1][0], q.start):
        # "Stalin declared, “…” (or, in another version, “…”)": the same words in another version
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role), "continued", source
    if q.details.get("goes_on") and spoken and q.start - 300 <= spoken[-1][0] <= q.start and not re.search(
        r"[.!?]\s+[A-Z]|\n\s*\n", text[spoken[-1][0] : q.start]
    ):
        # "characterised him as “…” who had committed a “…”": a phrase going on with the words before it in
        # the sentence is the same voice's (the quotation detector checked the sentence)
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role), "goes on", source
    interrupted = INTERRUPTED_BEFORE.search(text, max(0, q.start - 90), q.start)
    if interrupted:
        # "“Well,” said he, “that thought …”": one sentence interrupted by who says it, one voice (and never a
        # word of the first part as its subject)
        if spoken and spoken[-1][0] == interrupted.start() + 2:
            return _tag_speaker(spoken[-1][1], interrupted.start(), q.start), "continued", source
        return None, "none", source
    lead, lead_at = _lead(text, q, outer)
    if lead.rstrip().endswith(":") and _DOCUMENT_PASSIVE.match(lead.lstrip()):
        # "The letter was written in the ghetto:": a document whose writer the text does not name (one the
        # text gives a writer, "the note from his wife,", is read by the rules below)
        return None, "unsigned document", source
    if ok(found := _asked_one_answers(lead, lead_at, people)):
        return found, "answer", source  # "When we asked Brewster …, he answered, “…”": the one asked
    if ok(found := _clause_of_time_speaker(text, lead_at + len(lead))):
        return found, "verb before", source  # "… when the leader came in, and said:": the clause's subject
    if q.form == Form.INLINE and ok(found := _attribution_line_below(text, q)):
        return found, "attribution", source
    if found := _source_after(text, q) or _named_after(text, q):
        return found, "source after", source  # "“…” That's from Roll Call.": the speaker names the source
    introduced = q.form == Form.INLINE and _ENDED.search(text, q.start, q.end) and _COLON_FRAMED.search(lead)
    if q.form == Form.INLINE and not introduced and ok(found := _after_quote(text, q, spoken, people)):
        return found, "verb after", source  # but "Mother … says: „…“ Father says nothing." is hers
    if ok(found := _continental_before(text, lead, lead_at, spoken, people)):
        return found, "verb before", source
    listed = SAID_LIST_AFTER.match(text, q.end, q.end + 400)
    agent = listed.group("agent") if listed else None
    if agent and listed and ok(found := _named(text, listed.start("agent"), listed.end("agent"))):
        return found, "agent after", source  # "“Bread!” “Peace!” were the cries of the crowd"
    named_words = WORDS_OF_AFTER.match(text, q.end)
    if named_words and ok(found := _named(text, named_words.start("agent"), named_words.end("agent"))):
        return found, "agent after", source  # "“Till sunset” were the words used by Alexander II"
    agent = AGENT_AFTER.match(text, q.end) if PASSIVE_NAMING.search(lead) else None
    if agent and ok(found := _named(text, agent.start("agent"), agent.end("agent"))):
        return found, "agent after", source  # "was described as “…” by Sir Norman Birkett"
    agent = AGENT_BEFORE.search(lead)
    if agent and ok(found := _named(text, lead_at + agent.start("agent"), lead_at + agent.end("agent"))):
        return found, "agent before", source  # "has been called by his enemies “…”"
    if ok(found := _possessor(text, lead, lead_at, spoken, people)):
        return found, "possessor", source
    if q.form == Form.INLINE and ok(found := _predicate_subject(text, q, lead, lead_at)):
        return found, "predicate", source
    if q.form == Form.INLINE and ok(found := _slogan_of(text, lead, lead_at, spoken, people)):
        return found, "slogan", source
    if ok(found := _entrance_before(text, lead, lead_at)):
        return found, "verb before", source
    if q.form == Form.INLINE and ok(found := _reply_to_author(text, lead, q, spoken, people)):
        return found, "verb before", source
    if q.form == Form.INLINE and ok(found := _subjectless_introduction(text, lead, lead_at, spoken, people)):
        return found, "introduction", source
    if ok(found := _before_quote(text, q, lead, lead_at, spoken, people)):
        return found, "verb before", source
    accosted = _ACCOSTED.search(lead) if q.form == Form.INLINE else None
    if accosted and ok(found := (
        _carry_over(text, lead_at + accosted.start("who"), accosted.group("who").lower(), spoken, people)
        if accosted.group("who") in ("he", "she", "He", "She")
        else _named(text, lead_at + accosted.start("who"), lead_at + accosted.end("who"))
    )):
        return found, "verb before", source  # "he met a man, and addressed him in the usual manner …: “…”"
    if q.form == Form.INLINE and ok(found := _closing_attribution(text, q, spoken, people)):
        return found, "closing attribution", source
    parenthetical = PARENTHETICAL_AFTER.match(text, q.end)
    if parenthetical and ok(found := _carry_over(
        text, q.end + parenthetical.start("pronoun"), parenthetical.group("pronoun"), spoken, people
    ) or (_body_in(lead, lead_at, people) if parenthetical.group("pronoun") == "it" else None)):
        return found, "parenthetical", source  # "“…” who had, it claimed, …": whom the pronoun stands for
    if cited is not None:
        return cited, "citation", ""
    if not lead.strip() and ok(found := _run_in_turn(text, q, spoken)):
        return found, "turn", source
    if not lead.strip() and ok(found := _next_turn(text, q, spoken)):
        return found, "turn", source  # "…?” “Oh, certainly.”": a line right after another's is the other's
    if ok(found := _continued(text, q, spoken)):
        return found, "continued", source
    if found := _read_out(text, q):
        return found, "read out", source
    if q.form == Form.INLINE and ok(found := _reporter_of_predicate(text, lead, lead_at, spoken, people)):
        return found, "reported clause", source
    reported = _reported_paragraph_before(text, q, spoken, people) if not lead.strip() else None
    if q.form == Form.INLINE and ok(found := reported):
        return found, "reported before", source
    if not lead.strip() and q.form == Form.INLINE and (found := _account_before(text, q, people)):
        return found, "account before", source
    if ok(found := _beat(text, q, lead, spoken, people)):
        exchange = _exchange(text, _paragraph_start(text, q.start), spoken) if not lead.strip() else None
        if exchange and exchange[0] is not None and exchange[1] == found.name:
            # "“But last month—”" / "“Last month is last month.” She pushed it back": a new line in an
            # exchange is the other one's, whom "she" then stands for
            return exchange[0], "exchange", source
        return found, "beat", source
    if ok(found := _introduction(text, lead, lead_at, q, spoken, people)):
        return found, "introduction", source
    if ok(found := _interview_answer(text, q, lead, people)):
        return found, "interview", source
    if ok(found := _dialogue(text, q, spoken, people)):
        return found, "dialogue", source
    said_it = _SAID_IT.match(text, q.end, q.end + 160)
    if said_it and said_it.group("who").split()[0].lower() not in NOT_NAMES:
        # "Everyone knew “…”. Stalin said it in 1935": the next sentence owns the words
        return Speaker(said_it.group("who"), said_it.start("who"), said_it.end("who")), "said it", source
    if not lead.strip() and q.form == Form.INLINE and (found := _statement_before(text, q, spoken, people)):
        return found, "statement before", source
    if q.form == Form.INLINE and (found := _document_subject(text, lead, lead_at)):
        return found, "document subject", source  # "It imposed penalties upon any person who used “…”"
    if q.form == Form.INLINE and _source_describes(text, q, lead):
        # "As a boy he “once refused to go to Mass”", "After the treaty, “he banned more papers …”": a
        # source's account of someone, its writer unnamed; the one it is about does not say it
        return None, "described subject", source
    if _LINKING_BEFORE.search(lead):
        # "Beria reportedly appeared “radiant” and “glistening with …”": words that describe the subject,
        # whoever wrote them; the subject does not say them
        return None, "described subject", source
    if (found := _nearby(text, q, lead, lead_at, spoken, people)) and not (
        found.name in {"I", "we", "We"} and _THIRD_PERSON_TAG.match(text, q.end)
    ):  # "“Why not?” she asked.": whoever she is, not I
        return found, "nearby", source
    return None, "none", source


def _tag_speaker(first: Speaker, tag_start: int, tag_end: int) -> Speaker:
    """The speaker of the second half of an interrupted quotation: the first half's; where the tag between
    them names the speaker ("“…,” Shcherbakov said, “…”"), that name is where both halves' speaker stands."""
    if first.start is not None and tag_start <= first.start < tag_end:
        return first
    return Speaker(first.name, None, None, first.role)
