"""Dialogue and turns: interview turns, turn-taking in a run of dialogue, exchanges of questions and answers,
the interviewee of a headline, introductions of a speaker a paragraph before."""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, Form, Speaker
from annotator.domain.evidence._words import (
    BODY_NOUNS,
    DETERMINERS,
    NOT_NAMES,
    PRONOUNS,
    WORD,
    frame_verb,
    is_saying_word,
    tail_verb,
)
from annotator.domain.evidence.quotations import COORDINATED, sentence_lead
from annotator.domain.evidence.speakers.documents import _named, _outer_quotation, _with_speaker
from annotator.domain.evidence.speakers.introductions import _SPEECH_OF
from annotator.domain.evidence.speakers.people import (
    _LEADING_PRONOUN,
    _NAME_ASIDE_VERB,
    _OPENING_PHRASE,
    _PARAGRAPH_END,
    _SENTENCE_BREAK,
    _STANDALONE_LINE,
    _People,
    _person_noun,
    _plural,
    _role_noun,
    _sentence_subject,
)
from annotator.domain.evidence.speakers.pronouns import (
    _DOCUMENT_OF_BODY,
    _carry_over,
    _one_person,
    _paragraph_start,
)
from annotator.domain.evidence.speakers.subjects import _QUESTIONED
from annotator.domain.evidence.speakers.tags import _GAP_SENTENCE_END

# "“…?” Mrs. Obregon was asked.": a question put to the one named, in the passive, by nobody the text names
_PUT_TO = re.compile(
    r"[ \t\n]*(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Miss|Senora|Senor|Madame|General|Senator|Judge)\.?[ \t\n]+)?"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t\n]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})[ \t\n]+(?:was|were)[ \t\n]+asked\b"
)
# The speaker evidence of a tag that names who speaks, which a run of questions and answers leaves alone
_TAGGED = {"verb after", "verb before"}


def _interview_turns(text: str, result: list[Evidence]) -> list[Evidence]:
    """An interview printed as questions and answers: after a question put to someone ("“…?” Mrs. Obregon
    was asked."), the lines that follow it with at most a short tag between are questions, unattributed
    (the reporter is nobody the text names), and the answers of the one asked. A line whose own tag names
    the one asked keeps it; the run ends at narration longer than a tag."""
    out = list(result)
    interviewee: Speaker | None = None
    last_end = -1
    for index, e in enumerate(out):
        if not _outer_quotation(e):
            continue
        question = text[e.start : e.end].rstrip("”\"' \n").endswith("?")
        put = _PUT_TO.match(text, e.end) if question else None
        if put is not None:
            interviewee = Speaker(put.group("name"), put.start("name"), put.end("name"))
            out[index] = _with_speaker(e, None, "question put")
        elif interviewee is not None and _next_turn(text, last_end, e.start):
            tagged = e.details.get("speaker_evidence") in _TAGGED and e.speaker is not None and (
                e.speaker.name.split()[-1] == interviewee.name.split()[-1]
            )
            if not tagged:
                answer = None if question else Speaker(interviewee.name, None, None)
                out[index] = _with_speaker(e, answer, "interview answer" if answer else "interview question")
        else:
            interviewee = None
        last_end = e.end
    return out


def _next_turn(text: str, last_end: int, start: int) -> bool:
    """Whether a quotation opening at ``start`` follows the turn ending at ``last_end`` in the same run: at
    most a short tag between them ("was the prompt answer."), or an answer the marks of a scanned page left
    unpaired, opening a line of its own (its words, a picture's caption set into them)."""
    gap = text[last_end:start]
    if "\n\n" in gap or len(gap) > 1200:
        return False
    return len(gap) <= 60 or re.search(r"\n[ \t]*[“\"]", gap) is not None


# Who addresses, hails or accosts someone, the words after a colon that ends the same clause: "he met a
# colored man, and addressed him in the usual manner of speaking …: “…”" (the verb far from the colon).
_ACCOSTED = re.compile(
    r"\b(?P<who>[Hh]e|[Ss]he|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,3}?[^.;!?“”\"«»„:]{0,60}?"
    r"\b(?:addressed|accosted|hailed|greeted)\s+(?:him|her|them|(?:the|a|an)\s+[a-z]+)\b"
    r"[^.;!?“”\"«»„:]{0,140}:\s*$"
)


# Between two lines of an exchange run into one paragraph: nothing, or the line before's own short tag
# ("replied the slave.", "was the ready reply.").
_TURN_GAP = re.compile(r"\s*(?:[^“”\"«»„.!?]{1,40}[.!?])?\s*")


def _run_in_turn(text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]]) -> Speaker | None:
    """An untagged line in an exchange run into one paragraph, after two lines of two different speakers
    with only a short tag or nothing between them: the other one's turn ("“Whose man are you?” asked the
    colonel. “Harwood's,” replied the man. “Does he feed you well?”" — the colonel's). News-style "“…,”
    said Lin. “…”" keeps its one speaker: it has no second speaker's line just before."""
    if q.form != Form.INLINE or len(spoken) < 2 or text[q.start] not in "“\"":
        return None
    (end_1, last, how_1), (end_2, other, how_2) = spoken[-1], spoken[-2]
    if "citation" in (how_1, how_2) or not end_2 < end_1 <= q.start:
        return None
    if last.name.lower() == other.name.lower() or text[end_1 - 1] not in "”\"":
        return None
    if not _TURN_GAP.fullmatch(text, end_1, q.start) or re.search(r"\n\s*\n", text[end_2 : q.start]):
        return None
    opened = max(text.rfind("“", end_2, end_1), text.rfind('"', end_2, end_1 - 1))
    if opened < 0 or not _TURN_GAP.fullmatch(text, end_2, opened):
        return None  # the line before must itself follow the other one's line at once
    return Speaker(other.name, None, None, other.role)


def _continued(text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]]) -> Speaker | None:
    """The speaker of the quotation just before, when only its attribution stands between the two:
    "“…,” said Volkov, the centre’s director. “…”"."""
    if not spoken:
        return None
    end, speaker, how = spoken[-1]
    gap = text[end : q.start]
    if how == "citation" or "\n\n" in gap or len(gap) > 160 or end > q.start:
        return None
    if COORDINATED.fullmatch(gap) or re.fullmatch(r"[ \t]*[,;][ \t]*", gap):
        # "accused it of “…” and of “…”"; a list: "demanding “…”, “…”, and “…”"
        return Speaker(speaker.name, None, None, speaker.role)
    if how == "introduction" and "\n" not in gap and not _SENTENCE_BREAK.search(gap):
        # "… of the Ministry: the doctors had been arrested “…”, and their confessions obtained by “…”": what
        # the colon introduces runs to the end of the sentence
        return Speaker(speaker.name, None, None, speaker.role)
    if how == "closing attribution" and "\n" not in gap and len(re.findall(r"[.!?]\s", gap + " ")) == 1 and (
        re.search(r"[.!?]\s*$", gap)
    ):
        # "“…” are ignored, Senate Whip Dana Rourke said on the floor. “…”": the next sentence, more of hers
        return Speaker(speaker.name, None, None, speaker.role)
    framed = how in ("verb before", "verb after", "introduction", "possessor", "continued")
    goes_on = "\n" not in gap and _SAME_CLAUSE_GOES_ON.match(gap) and not _SENTENCE_BREAK.search(gap)
    if framed and goes_on and frame_verb(gap) is None:
        # "contends that “…” and that some specialists … are “…” and instead “…”": the reported clause goes on
        # in the same sentence, with no other verb of saying
        return Speaker(speaker.name, None, None, speaker.role)
    ended = re.search(r"[.!?][”\"»’]?\s*$", text[max(0, end - 3) : end] + gap)
    if framed and ended and re.fullmatch(r"[”\"»’]?\s*[.!?]?[ \t]+", gap):
        # "said those who argue it are “dead wrong”. “Collectivization only seemed necessary …”": the next
        # sentence is nothing but more of the same words
        return Speaker(speaker.name, None, None, speaker.role)
    # Only the previous quotation's own attribution between: "“…,” he told her. “…”"
    aside = _NAME_ASIDE_VERB.match(gap)  # "“…,” Senate Whip Dana Rourke, D-Ore., said. “…”"
    attributed = tail_verb(gap, False) is not None or (
        aside is not None and is_saying_word(aside.group("verb"), after_name=True)
    )
    if len(_GAP_SENTENCE_END.findall(gap + " ")) > 1 or not attributed:
        return None
    if not re.search(r"[.!?,]\s*$", gap):
        return None  # "“…,” the brigade wrote in its letter, “…”": one quotation interrupted by who says it
    return Speaker(speaker.name, None, None, speaker.role)


# Between a paragraph of a quotation that runs on unclosed and the next one, which opens with the mark again.
_RUNS_ON = re.compile(r"[ \t\r]*\n\s*")
# Another version of the same words in brackets: "“…” (or, in another version, “…”)".
# Nothing but "and" or "or" between two quotations: "believed “…” and “…”".
_AND_NEXT = re.compile(r"[ \t]*,?[ \t]+(?:and|or)[ \t]+")
_ALTERNATIVE = re.compile(r"[ \t]*\([ \t]*(?:or|also|alternatively)\b[^()“”\"«»]{0,40}?[,:]?[ \t]*")
# A gap between two quotations that goes on with the same sentence by a conjunction: " and that …", ", and".
_SAME_CLAUSE_GOES_ON = re.compile(r"[”\"»’]?[ \t]*,?[ \t]*(?:and|but|or|while)\b")


def _beat(
    text: str, q: Evidence, lead: str, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """A line of dialogue standing as its own sentence takes the person of the sentence right after or
    before it in the paragraph ("“The trams aren't running.” Pavel hung his coat on the nail.")."""
    inner = text[q.start + 1 : q.end - 1].rstrip()
    if q.form != Form.INLINE or lead.strip() or not re.search(r"[.!?…]\W?$", inner):
        return None
    paragraph_end = text.find("\n\n", q.end)
    following = text[q.end : paragraph_end if paragraph_end >= 0 else len(text)]
    sentence = re.match(r"\s+([^“”\"«»„]{3,200}?[.!?])(?=\s|$)", following)
    candidates = []
    if sentence:
        candidates.append((q.end + sentence.start(1), sentence.group(1)))
    paragraph_start = text.rfind("\n\n", 0, q.start)
    preceding = text[paragraph_start + 2 if paragraph_start >= 0 else 0 : q.start].rstrip()
    if preceding.endswith((".", "!", "?")) and not preceding.endswith(("”", '"', "»", "“")):
        before = sentence_lead(preceding, len(preceding) - 1)
        if not re.search(r"[“”\"«»„]", before):
            candidates.append((q.start - len(text[: q.start]) + len(preceding) - len(before) - 1, before))
            if sentence and re.match(r"\s*[“\"«„]", following[sentence.end() :]):
                # "X looked at her. “…” Y shrugged. “…”": the beat after leads to the reply, which is Y's;
                # the line itself is the person of the beat before it
                candidates.reverse()
    for at, words in candidates:
        said = _SPEECH_OF.match(words.lstrip())
        if said:
            return Speaker(said.group(1), None, None)  # "Stalin's own explanation was that …"
        opening = _OPENING_PHRASE.match(words.lstrip())  # "Asked when …, she laughed."
        first = WORD.match(words.lstrip(), opening.end() if opening else 0)
        if first and first.group().lower() in {"he", "she"}:
            return _carry_over(text, q.start, first.group().lower(), spoken, people)
        subject = _sentence_subject(words)
        # Only a person, named or described ("a young man in a parka read"), not a described group ("Urban
        # Bolshevik activists descended …", "The crowd fell silent")
        if (
            subject is not None and people.kind(at + subject[1], subject[0]) == "person"
            and (all(w[:1].isupper() for w in subject[0].split()) or _one_person(subject[0]))
            and not _plural(subject[0])
        ):
            return Speaker(subject[0], None, None)
    return None


def _dialogue(
    text: str, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """A line of dialogue set as its own paragraph with no attribution: the person the paragraph before
    ends on ("… He did not look up when I came in." / "“Sit down.”"), or, in an exchange of such lines,
    the speaker of the line before the last (A, B, A)."""
    if q.form != Form.INLINE:
        return None
    start = _paragraph_start(text, q.start)
    if text[start : q.start].strip() or not _PARAGRAPH_END.match(text, q.end):
        return None
    if start < 2:
        return None
    previous_start = _paragraph_start(text, start - 2)
    previous = text[previous_start : start].rstrip()
    if _STANDALONE_LINE.fullmatch(previous.strip()):
        exchange = _exchange(text, start, spoken)
        if exchange and exchange[0] is None and exchange[1]:
            # the exchange's second voice has not spoken a quoted line yet: the other one the narration
            # before the run of lines names ("The applicant told him, …" / "“Do you drink?”" / "“No.”")
            return _other_before_lines(text, previous_start, exchange[1], people)
        return exchange[0] if exchange else None
    dialogue_line = previous.lstrip()[:1] in "“\"«„" and "\n" not in previous.strip()
    ends_on_words = re.search(r"[”\"»“’]\s*$", previous) is not None
    if (ends_on_words or dialogue_line) and spoken and previous_start <= spoken[-1][0] <= start:
        # "My mother put down the plate. “When?”" / "“This morning.”": a paragraph ending on one speaker's
        # words is answered by the other one of the exchange
        answered = spoken[-1][1].name
        floor = start - 1500
        for end, speaker, how in reversed(spoken[:-1]):
            if end < floor:
                break
            if how != "citation" and speaker.name.lower() != answered.lower():
                return Speaker(speaker.name, None, None, speaker.role)
            if speaker.name.lower() == answered.lower():
                # A long speech of several paragraphs by the one answered: the other one spoke before it
                floor = min(floor, end - 1500)
        # The exchange's first reply: whom the line before addressed by name ("“Citizen Orlov, …?” the man
        # asked." / "“Yes.”")
        addressed = _ADDRESSED_BY_NAME.match(previous.strip())
        if addressed and addressed.group("name").lower() not in NOT_NAMES and (
            addressed.group("name").lower() != answered.split()[-1].lower()
        ):
            at = previous_start + len(previous) - len(previous.lstrip()) + addressed.start("name")
            return Speaker(addressed.group("name"), at, at + len(addressed.group("name")))
        # Or the one the short paragraph before the tagged line is about ("The girl stopped." / "“What
        # now?” said the woman." / "“Look--yonder!”"): the exchange's other person
        if dialogue_line and previous_start >= 2:
            beat_start = _paragraph_start(text, previous_start - 2)
            beat = text[beat_start:previous_start].strip()
            if beat and len(beat) <= 200 and not re.search(r"[“”\"«»„]", beat) and beat.endswith("."):
                subject = _sentence_subject(beat)
                if subject is not None and subject[0].split()[-1].lower() not in NOT_NAMES:
                    name = subject[0]
                    at = beat_start + text[beat_start:previous_start].find(beat) + subject[1]
                    if (
                        name.lower() != answered.lower() and people.kind(at, name) == "person"
                        and not _plural(name)
                    ):
                        return Speaker(name, at, at + len(name))
        return None
    tagged = spoken and previous_start <= spoken[-1][0] <= start
    if tagged and text[spoken[-1][0] : start].strip(" \t\n.,;"):
        # "The adjutant waited by the door. “…,” said the colonel at last." / "“Then we must burn it.”": the
        # paragraph ends on a tagged line; the answer is the other one the scene has in it
        other = _other_in_scene(text, previous_start, spoken[-1][0], spoken[-1][1].name, people)
        if other is not None:
            return other
    sentences = [m.end() for m in _SENTENCE_BREAK.finditer(previous)]
    last_at = previous_start + (sentences[-1] if sentences and sentences[-1] < len(previous) else 0)
    last = text[last_at : previous_start + len(previous)]
    pronoun = _LEADING_PRONOUN.match(last)
    if pronoun:
        return _carry_over(text, last_at + pronoun.start(1), pronoun.group(1).lower(), spoken, people)
    subject = _sentence_subject(last)
    if subject is not None and subject[0].split()[-1].lower() not in NOT_NAMES:
        name, offset = subject
        if people.kind(last_at + offset, name) == "person" and not _plural(name):
            return Speaker(name, last_at + offset, last_at + offset + len(name))
    return None


_DESCRIBED_PERSON = re.compile(
    r"\s*(?:The|A|An|My|Our|His|Her|Their)\s+(?P<first>[a-z-]+)\s+(?P<second>[a-z]+)"
)


def _person_described(sentence: str) -> tuple[str, int] | None:
    """A sentence opening with a person named by what they do or are, by the noun's ending ("The adjutant
    waited by the door.", "The old sergeant sat down."): its noun phrase and where it starts, or None."""
    m = _DESCRIBED_PERSON.match(sentence)
    if m is None:
        return None
    start = len(sentence) - len(sentence.lstrip())
    for noun in ("first", "second"):
        if _person_noun(m.group(noun)):
            return sentence[start : m.end(noun)], start
    return None


def _other_before_lines(text: str, start: int, answered: str, people: _People) -> Speaker | None:
    """The other person (``_other_in_scene``) in the last narrative paragraph before the run of standalone
    lines of dialogue that ends with the paragraph at ``start``."""
    at = start
    for _ in range(12):
        if at < 2:
            return None
        at = _paragraph_start(text, at - 2)
        paragraph = text[at : _PARAGRAPH_END.search(text, at).start()].strip()
        if paragraph and not _STANDALONE_LINE.fullmatch(paragraph):
            return _other_in_scene(text, at, at + len(paragraph), answered, people)
    return None


def _other_in_scene(text: str, start: int, said_end: int, answered: str, people: _People) -> Speaker | None:
    """The person a paragraph's narration (``start`` to the end of the words said there) names as a sentence's
    subject, the last first, who is not the one who said the words (``answered``): the other one of an
    exchange that the next, untagged line answers with."""
    narration = people.unquoted(start, said_end)
    breaks = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(narration))]
    said_by = answered.split()[-1].lower()
    for at in reversed(breaks):
        subject = _sentence_subject(narration[at:]) or _person_described(narration[at:])
        first = subject[0].split()[0] if subject else ""
        if subject is None or first.lower() in PRONOUNS or (first.lower() in NOT_NAMES - DETERMINERS):
            continue
        name, offset = subject
        if name.split()[-1].lower() == said_by or _plural(name):
            continue
        where = start + at + offset
        head = name.split()[-1]
        if people.kind(where, name) == "person" or _role_noun(head) or _person_noun(head):
            return Speaker(name, where, where + len(name))
    return None


# A line opening with whom it addresses: "“Citizen Orlov, Sergei Pavlovich?”", "“Comrade Belov, …”".
_ADDRESSED_BY_NAME = re.compile(
    r"[“\"«„]\s*(?:(?:Citizen|Comrade|Mr\.?|Mrs\.?|Miss|Dr\.?|Doctor|Professor|Colonel|Captain|Lieutenant)"
    r"\s+)?(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+)(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+)?\s*[,!?]"
)


def _exchange(
    text: str, start: int, spoken: list[tuple[int, Speaker, str]]
) -> tuple[Speaker | None, str | None] | None:
    """For a paragraph at ``start`` after a line of dialogue standing alone: (who speaks now, who spoke that
    line) — in an exchange of lines, the one before the last (A, B, A), or the last other speaker; None when
    the paragraph before is no such line."""
    if start < 2:
        return None
    previous_start = _paragraph_start(text, start - 2)
    if not _STANDALONE_LINE.fullmatch(text[previous_start:start].strip()) or previous_start < 2:
        return None
    before_start = _paragraph_start(text, previous_start - 2)
    answered = None  # who spoke the line before this one
    floor = start - 1500
    for end, speaker, how in reversed(spoken):
        if how == "citation":
            continue
        if previous_start <= end <= start:
            answered = speaker.name
        elif answered is not None and speaker.name == answered and text[end - 1] not in "”\"»’" and (
            end < previous_start
        ):
            # One speech over several paragraphs, each opening with the mark and none closed but the last:
            # the other one spoke before it
            floor, before_start = min(floor, end - 1500), -1
        elif before_start <= end <= previous_start:
            return Speaker(speaker.name, None, None, speaker.role), answered  # A, B, A
        elif answered is not None and speaker.name != answered and end > floor:
            # "… Anna said." / "“No parcels.”" / "“But last month—”": the other one in the exchange
            return Speaker(speaker.name, None, None, speaker.role), answered
        elif end < before_start and answered is None:
            break
    return None, answered


# A question standing as its own paragraph in an interview printed without "Q:"/"A:" labels.
_BARE_QUESTION = re.compile(r"[^“”\"«»„\n]{3,200}\?")
# A headline quoting the one a piece is about: "“…”: a retired forester remembers".
_HEADLINE_WHOSE = re.compile(
    r"[”\"»“’][ \t]*:[ \t]*(?:an?|the)[ \t]+[^\n.]{0,60}\b"
    r"(?:remembers|recalls|speaks|tells|says|looks\s+back)\b[^\n]{0,40}\n"
)


def _interview_answer(text: str, q: Evidence, lead: str, people: _People) -> Speaker | None:
    """An answer in an interview printed without turn labels — a quoted paragraph right after a question
    standing as its own paragraph — or a headline quoting the one interviewed ("“…”: a retired forester
    remembers"): the person the piece introduces, named by its heading ("an interview with X") or as the
    subject of its first paragraph ("Anatoly Grebnev, 79, spent forty years …")."""
    if q.form != Form.INLINE or lead.strip():
        return None
    start = _paragraph_start(text, q.start)
    headline = start == 0 and _HEADLINE_WHOSE.match(text, q.end - 1)
    if not headline:
        if start < 2 or text[start : q.start].strip():
            return None
        previous = text[_paragraph_start(text, start - 2) : start].strip()
        if not _BARE_QUESTION.fullmatch(previous):
            return None
    return _interviewee(text, people)


def _interviewee(text: str, people: _People) -> Speaker | None:
    """Whom a piece of questions and answers interviews: named in its heading, or the person its first
    paragraphs open with."""
    questioned = _QUESTIONED.search(text, 0, 600)
    if questioned:
        return _named(text, questioned.start("name"), questioned.end("name"))
    for paragraph in re.finditer(r"[^\n]+", text[:1500]):
        subject = _sentence_subject(paragraph.group())
        if subject is None or paragraph.group().lstrip()[:1] in "“\"«„":
            continue
        name, offset = subject
        at = paragraph.start() + offset
        if len(name.split()) >= 2 and people.kind(at, name) in ("person", "unknown") and not _plural(name):
            return _named(text, at, at + len(name))
    return None


def _introduction(
    text: str, lead: str, lead_at: int, q: Evidence, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """A colon (or a comma before a whole sentence) introducing the quotation: its subject speaks."""
    stripped = lead.rstrip()
    colon = stripped.rfind(":")
    if colon >= 0 and q.form == Form.INLINE and len(WORD.findall(stripped[colon:])) <= 12:
        # "Trotsky's verdict, written in exile, was harsh: the failure … was “…”"
        stripped = stripped[: colon + 1]
        lead = lead[: colon + 1]
    if not stripped.endswith(":") and not (
        stripped.endswith(",") and q.form == Form.INLINE and text[q.start + 1 : q.start + 2].isupper()
    ):
        return None
    opening = WORD.match(lead.lstrip())
    if opening and opening.group() == "I" and stripped.endswith(":"):
        at = lead_at + len(lead) - len(lead.lstrip())  # "I ventured to expostulate:": the author
        return Speaker("I", at, at + 1, "author")
    if opening and opening.group().lower() in PRONOUNS and stripped.endswith(":"):
        # "He put the charge in terms the delegates could not mistake:" — the one named before
        at = lead_at + len(lead) - len(lead.lstrip())
        return _carry_over(text, at, opening.group().lower(), spoken, people)
    behind = list(_DOCUMENT_OF_BODY.finditer(lead))[-1:] if stripped.endswith(":") else []
    if behind:
        # "Pravda printed a short communiqué of the Ministry of Internal Affairs:": the body speaks
        start = lead_at + behind[0].start("body")
        return Speaker(behind[0].group("body"), start, lead_at + behind[0].end("body"))
    subject = _sentence_subject(lead)
    if subject is None:
        return None
    name, offset = subject
    start = lead_at + offset
    kind = people.kind(start, name)
    if kind in ("place", "common") or name.split()[-1].lower() in NOT_NAMES:
        return None
    if kind == "unknown" and not stripped.endswith(":"):
        return None
    # "Kirov was a potential rival of Stalin, “…”" names Kirov but not as a speaker: only a short
    # introduction (a name, or a body and what it printed) is taken.
    # "The historian Oleg Khlevniuk, who has spent more time in these archives than anyone, is blunt
    # about it:": the relative clause says nothing of whether the name introduces the words
    rest = WORD.findall(re.sub(r",\s+(?:who|whose|which)\b[^,:;]*,", ",", lead[offset + len(name) :]))
    if len(rest) > (8 if stripped.endswith(":") else 4) and not any(w.lower() in BODY_NOUNS for w in rest):
        return None
    return _named(text, start, start + len(name))  # "Molotov's first words were:" is Molotov


# Evidence that names who speaks a line itself: the anchors of a run of turns. Anything weaker (a line read
# as going on from the one before, the nearest subject, the other one of an exchange) may be re-read.
_TURN_ANCHORS = {"verb after", "verb before", "tag inside", "tag of its first words"}
_TURN_REREAD = {"none", "nearby", "continued", "paragraph goes on", "turn", "dialogue", "exchange", "beat"}
# Between two quotations of one turn: the first one's tag, in the same paragraph ("“…,” he answered. “…”").
_SAME_TURN_TAG = re.compile(r"[^“”\"«»„\n]{0,60}?(?:\n[^“”\"«»„\n]{0,60}?)?")
# After a paragraph break, before the next turn: nothing, or a short action ("I shook my head.").
_SHORT_ACTION = re.compile(r"\s*(?:[^“”\"«»„\n]{1,40}[.!?]\s+)?")


def _anchor(e: Evidence) -> str | None:
    """The speaker a quotation's own tag names (lower case), or None when only weaker evidence gave one."""
    if e.speaker is None or e.details.get("speaker_evidence") not in _TURN_ANCHORS:
        return None
    return e.speaker.name.lower()


def _turns_of_runs(text: str, result: list[Evidence]) -> list[list[list[int]]]:
    """The runs of dialogue in ``result``: each run a list of turns, each turn the indexes of the outer
    quotations it is made of. A new turn opens right after the last one's words (run in: "“…?” “…”"), or
    in the next paragraph after at most the last one's short tag and a short action; a paragraph whose
    words run on unclosed into the next is one turn; anything longer between is narration and ends the run."""
    runs: list[list[list[int]]] = []
    turns: list[list[int]] = []
    last: Evidence | None = None
    for index, e in enumerate(result):
        if not _outer_quotation(e):
            continue
        if e.form != Form.INLINE or last is None:
            runs.append(turns)
            turns = [] if e.form != Form.INLINE else [[index]]
            last = e if e.form == Form.INLINE else None
            continue
        gap = text[last.end : e.start]
        closed = text[last.end - 1] in "”\"’"
        if "\n\n" not in re.sub(r"[ \t]+\n", "\n", gap):
            if not gap.strip() and closed:
                turns.append([index])  # "“It is, sir.” “And were you drunk?”": the next voice
            elif _SAME_TURN_TAG.fullmatch(gap) and not gap.strip().endswith(":"):
                # "“…,” he answered, laughing. “Besides, …”": the same voice goes on, unless the next words'
                # own tag names another ("“Is it yours?” asked the clerk. “It is,” said Ames.") or the words
                # before the tag asked something ("“Is it yours?” asked the clerk. “It is.”": the answer), or
                # the exchange run into one paragraph already made it the other one's turn (``_run_in_turn``)
                asked = text[last.start : last.end].rstrip("”\"’ \n").endswith("?")
                other = _anchor(e) is not None and _anchor(e) != _anchor(last)
                if asked or other or e.details.get("speaker_evidence") == "turn":
                    turns.append([index])
                elif turns:
                    turns[-1].append(index)
            else:
                # Narration within the paragraph ends the run. Words after it with no tag of their own are no
                # turn of the next run: they may be the same voice's, interrupted by a longer clause ("“Here
                # we are,” said the bearer of the coat, coming in through the window, “fairly muddy …”")
                runs.append(turns)
                turns = [[index]] if _anchor(e) is not None else []
        else:
            tag, _, after = gap.partition("\n\n")
            if not closed and not gap.strip() and turns:
                turns[-1].append(index)  # one speech over paragraphs, the mark reopened: the same voice
            elif len(tag.strip()) <= 60 and not re.search(r"[“”\"«»„]", tag) and (
                _SHORT_ACTION.fullmatch(after)
            ):
                turns.append([index])
            else:
                runs.append(turns)
                turns = [[index]]
        last = e
    runs.append(turns)
    return [run for run in runs if len(run) >= 3]


def _alternating_turns(text: str, result: list[Evidence]) -> list[Evidence]:
    """Turn-taking in a run of dialogue: where the lines whose own tags name their speakers give two people
    who alternate (every even turn one of them, every odd turn the other), the lines no tag names alternate
    the same way ("“Are you the carrier?” asked the clerk." / "“I am,” said Ames." / "“Since when?”" — the
    clerk's). Only in an exchange (a run that asks something), and only where the tags agree: a third voice
    or one person tagged on both sides leaves the lines as they were."""
    out = list(result)
    for run in _turns_of_runs(text, result):
        asks = (text[out[i].start : out[i].end].rstrip("”\"’ \n").endswith("?") for turn in run for i in turn)
        if not any(asks):
            continue  # a run of statements ("“…,” said Smith." / "“…,” said Jones." / "“…”") is no exchange
        voices: list[dict[str, Speaker]] = [{}, {}]
        for number, turn in enumerate(run):
            for i in turn:
                e = out[i]
                if e.speaker is not None and _anchor(e) is not None:
                    voices[number % 2].setdefault(_anchor(e), e.speaker)
        if len(voices[0]) != 1 or len(voices[1]) != 1 or voices[0].keys() == voices[1].keys():
            continue
        (even,), (odd,) = voices[0].values(), voices[1].values()
        for number, turn in enumerate(run):
            who = even if number % 2 == 0 else odd
            for i in turn:
                e = out[i]
                if e.details.get("speaker_evidence") in _TURN_REREAD and (
                    e.speaker is None or e.speaker.name.lower() != who.name.lower()
                ):
                    out[i] = _with_speaker(e, Speaker(who.name, None, None, who.role), "alternating turn")
    return out
