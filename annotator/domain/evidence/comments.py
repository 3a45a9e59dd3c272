"""Other voices in a text: reader comments under a web article, letters to the editor, interview turns.

Each voice is one ``Evidence`` of kind COMMENT spanning what that voice wrote or said (not its heading
line), with ``speaker`` the name as the text writes it (role "commenter") and, where the text gives one,
``details["date"]``. ``details["voice"]`` says which kind: "comment", "letter" or "interview" (with
``details["turn"]`` "question" or "answer").

Decisions:

- A comments section starts at a heading: "3 comments on “…”", "Comments", "Responses", "12 Replies",
  "Leave a reply"/"Leave a comment" (WordPress prints it above or below the comments). Below it, a comment
  begins at a commenter line: "Bennett Muraskin says:", "1. Jane Roe says:", "Jane Roe on 3 May 2018 at
  4:12 pm said:", or a short name line directly followed by a date line ("Jane Roe" / "May 3, 2018 at
  4:12 pm"). Without a heading, only commenter lines that carry a date count, and only two or more of
  them: a lone "Khrushchev says:" introduces a quotation, not a reader.
- A comment runs to the next commenter line or the end of the section ("Leave a reply", "Post a comment",
  "Related posts", …); trailing "Reply"/"Like"/"Report" buttons are left out.
- Letters: under a "Letters"/"Letters to the editor" heading, a letter ends at its signature, a short line of
  capitalised words after the letter's prose ("— Jane Roe, Leeds" or "Jane Roe" then "Leeds").
- Interviews: turns marked "Q:"/"A:" (or "Q."/"A."), "Interviewer:", "Question:"/"Answer:", or name plus
  colon when at least two names each speak at least twice, so a list of views ("Ponton: Revisionist…",
  "Volkov: Totalitarianism is…") or of labels ("Note:", "Source:") is not an interview.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind, Speaker, scan

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)"
    r"(?:\s*(?:at|,|@|-|–|·)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?"
)
_COUNT = r"(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|No)"
_SECTION_HEAD = re.compile(
    rf"^[ \t]*(?:{_COUNT}\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:on|to)\b[^\n]*)?"
    r"|(?:reader\s+)?comments(?:[ \t]*\(\d+\))?|responses|leave\s+a\s+(?:reply|comment)"
    r"|join\s+the\s+discussion)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SECTION_END = re.compile(
    r"^[ \t]*(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|cancel\s+reply|"
    r"related\s+(?:posts|articles|stories)|you\s+may\s+also\s+like|subscribe\b|newer\s+posts?|older\s+posts?|"
    r"previous\s+post|next\s+post|share\s+this)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_WORDS = r"[^\s:\n][^\n:]{0,59}?"
# "  1. Bennett Muraskin says:", "Jane Roe on May 3, 2018 at 4:12 pm said:", "jdoe77 wrote:".
_SAYS = re.compile(
    rf"^[ \t]*(?:\d{{1,4}}[.)][ \t]*)?(?P<name>{_NAME_WORDS})"
    rf"(?:[ \t]+(?:on|[·•|-])[ \t]+(?P<date1>{_DATE}))?[ \t]+"
    r"(?:says|said|writes|wrote|commented|replied|comments)(?:\.\.\.|…)?[ \t]*:?"
    rf"(?:[ \t]*(?P<date2>{_DATE}))?[ \t]*$",
    re.MULTILINE,
)
# "Jane Roe" then "May 3, 2018 at 4:12 pm" on the next line; "Jane Roe · 3 years ago".
_NAME_DATE = re.compile(
    rf"^[ \t]*(?:\d{{1,4}}[.)][ \t]*)?(?P<name>[^\s\n][^\n]{{0,59}}?)"
    rf"(?:[ \t]*\n[ \t]*|[ \t]+[·•|][ \t]+)(?P<date1>{_DATE})[ \t]*(?:\|[^\n]*)?$",
    re.MULTILINE,
)
_DATE_LINE = re.compile(rf"[ \t]*(?P<date>{_DATE})[ \t]*(?:\|[^\n]*)?\n")
_BUTTON = r"(?:reply|log\s+in\s+to\s+reply|like|report|flag|permalink|share|reply\s*↓|↓|\d+\s+likes?)"
# Lines of buttons under a comment: "Reply", "Reply · Report", "Like | Reply".
_BUTTONS = re.compile(
    rf"(?:\s*\n[ \t]*{_BUTTON}(?:[ \t]*[·•|][ \t]*{_BUTTON})*[ \t]*)+\s*$",
    re.IGNORECASE,
)
_TRAILING_DATE = re.compile(rf"\n[ \t]*(?P<date>{_DATE})[ \t]*$", re.IGNORECASE)
_LETTERS_HEAD = re.compile(
    r"^[ \t]*(?:letters?(?:\s+to\s+the\s+editor)?|readers['’]?\s+letters|your\s+letters|correspondence)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]?[ \t]*(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev)\.?[ \t]+)?"
    r"(?:[A-Z][\w'’-]*\.?[ \t]+){1,3}[A-Z][\w'’-]+)"
    r"(?:,[ \t]*(?P<place>[A-Z][^\n]{0,60}))?[ \t]*$",
    re.MULTILINE,
)
# A letter's own heading: a short line without a full stop, then a blank line.
_PLACE_LINE = re.compile(r"\n[ \t]*(?P<place>[A-Z][^\n.!?]{0,40}?)[ \t]*(?=\n|$)")
_LETTER_TITLE = re.compile(r"(?P<title>[^\n.!?]{1,60})[ \t]*\n[ \t]*\n\s*")
# "Dr Lena Marsh (Bristol West) (Lab): …": Hansard sets the member's seat and party in brackets before the
# colon; "The Minister for Ports (Mr Owen Tate): …": an office, and its holder in brackets.
# A web copy sets the label in Markdown bold: "**Mr. Howard:** …", "**Q:** …".
_TURN = re.compile(
    r"^[ \t]*(?P<bold>\*\*|__)?"
    r"(?P<label>Q|A|Question|Answer|Interviewer|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*"
    r"|The[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}(?=[ \t]*\())"
    r"(?P<seat>(?:[ \t]*\([^()\n]{1,60}\)){1,2})?"
    r"[ \t]*(?::|(?<=\bQ)\.|(?<=\bA)\.|(?P<bare>(?<=\bQ)(?=[ \t]+[A-Z—–(“\"])))(?(bold)(?P=bold))"
    r"[ \t]+(?=\S)",
    re.MULTILINE,
)
# The Congressional Record's turns: "Mr. McCONNELL. Mr. President, I rise …", "Ms. KAPTUR of Ohio. …", "The
# PRESIDING OFFICER. …": a title and a surname in capitals, then a full stop, opening a line. Distinctive
# enough that one is a voice (a page often holds a single speech).
_RECORD_TURN = re.compile(
    r"^[ \t]*(?P<label>(?:Mr|Mrs|Ms|Miss|Dr)\.[ \t]+(?:[A-Z][a-z]?)?[A-Z]{2,}[A-Z'’-]*"
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    r"|The[ \t]+(?:SPEAKER|PRESIDENT|PRESIDING[ \t]+OFFICER|CHAIRMAN|CHAIR|ACTING[ \t]+PRESIDENT|CLERK)"
    r"(?:[ \t]+pro[ \t]+tempore)?)\.[ \t]+(?=[A-Z])",
    re.MULTILINE,
)
# What ends the last speech of a Record page: a rule line of underscores or dashes.
_RECORD_END = re.compile(r"\n[ \t]*[_-]{8,}[ \t]*(?:\n|$)")
_NOT_SPEAKERS = {
    "Note", "Notes", "Source", "Sources", "Example", "Figure", "Table", "Update", "Chapter", "Warning",
    "Conclusion", "Summary", "Abstract", "Keywords", "Title", "Author", "Date", "Subject", "Re", "Tags",
    "Category", "Categories", "Posted", "Filed", "Photo", "Image", "Caption", "See", "Ibid", "Translation",
    "Editor's note", "Editor’s note", "Disclaimer", "Correction", "Read more", "Step", "Part", "Section",
}  # fmt: skip
_FULL_NAME = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness|Dame|The)\.?[ \t]+\S.*"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
)
_QUESTION_LABELS = {"Q", "Question", "Interviewer"}
_ANSWER_LABELS = {"A", "Answer"}


def find_comments(text: str) -> list[Evidence]:
    """Reader comments, letters and interview turns of ``text``, in text order (see the module's notes)."""
    found = _web_comments(text) + _letters(text) + _interview(text)
    found.sort(key=lambda e: (e.start, e.end))
    kept: list[Evidence] = []
    for evidence in found:  # one voice per stretch of text: the first detector that claimed it wins
        if kept and evidence.start < kept[-1].end:
            continue
        kept.append(evidence)
    return kept


def _web_comments(text: str) -> list[Evidence]:
    heads = list(scan.finditer(_SECTION_HEAD, text))
    sections: list[tuple[int, int]] = []
    if heads:
        start = heads[0].end()
        sections.append((start, len(text)))
    heads_found = bool(sections)
    scan_from = sections[0][0] if sections else 0
    starts = _commenter_lines(text, scan_from)
    if not heads_found:
        starts = [s for s in starts if s[3]]  # without a heading, only dated commenter lines…
        if len(starts) < 2:  # …and only several of them
            return []
    found = []
    for index, (_, body_start, name_span, date) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        end_match = next(scan.finditer(_SECTION_END, text, body_start, limit), None)
        end = end_match.start() if end_match else limit
        body = text[body_start:end]
        trimmed = _BUTTONS.sub("", body).rstrip()
        # Blogger prints the date under the comment: "John Smith said..." / text / "March 3, 2010 at 4:12 PM".
        date_after = _TRAILING_DATE.search(trimmed)
        if date_after:
            date = date or " ".join(date_after.group("date").split())
            trimmed = _BUTTONS.sub("", trimmed[: date_after.start()]).rstrip()
        lead = len(trimmed) - len(trimmed.lstrip())
        if not trimmed.strip():
            continue
        name = text[name_span[0] : name_span[1]]
        details = {"voice": "comment"}
        if date:
            details["date"] = date
        found.append(_voice(body_start + lead, body_start + len(trimmed), name, name_span[0], details))
    return found


def _commenter_lines(text: str, scan_from: int) -> list[tuple[int, int, tuple[int, int], str]]:
    """(line start, where the comment's text begins, the name's span, date) of each commenter line."""
    lines: dict[int, tuple[int, int, tuple[int, int], str]] = {}
    for match in scan.finditer(_SAYS, text, scan_from):
        name = match.group("name").strip()
        if not _plausible_name(name):
            continue
        date = match.group("date1") or match.group("date2") or ""
        body_start = match.end()
        after = _DATE_LINE.match(text, body_start + 1) if not date else None
        if after:
            date, body_start = after.group("date"), after.end()
        name_span = (match.start("name"), match.start("name") + len(name))
        lines[match.start()] = (match.start(), body_start, name_span, " ".join(date.split()))
    for match in scan.finditer(_NAME_DATE, text, scan_from):
        name = match.group("name").strip()
        initial = re.search(r"\b\w\.$", name) is not None
        sentence_end = name.endswith(("?", "!", ",")) or (name.endswith(".") and not initial)
        if match.start() in lines or not _plausible_name(name) or sentence_end:  # "Anna K." is a name
            continue
        name_span = (match.start("name"), match.start("name") + len(name))
        lines[match.start()] = (match.start(), match.end(), name_span, " ".join(match.group("date1").split()))
    return [lines[k] for k in sorted(lines)]


def _plausible_name(name: str) -> bool:
    """A commenter's name as printed: a handle or up to six words, not a sentence."""
    words = name.split()
    if not words or len(words) > 6:
        return False
    return not re.search(r"(?<!\b[A-Z])\.\s|[!?;]\s|[“”\"]", name)  # "M. Kowalenko" is a name


def _letters(text: str) -> list[Evidence]:
    head = next(scan.finditer(_LETTERS_HEAD, text), None)
    if not head:
        return []
    found = []
    start = head.end()
    for signature in scan.finditer(_SIGNATURE, text, head.end()):
        letter = text[start : signature.start()]
        paragraph = re.split(r"\n[ \t]*\n", letter.strip())[-1]
        if len(paragraph) < 60 or not re.search(r"[.!?…][”\"’)]?\s*$", paragraph):
            continue  # a title or a place line, not the end of a letter's prose
        body_start = start + len(letter) - len(letter.lstrip())
        title = _LETTER_TITLE.match(text, body_start)
        details = {"voice": "letter"}
        if title:
            details["title"] = title.group("title")
            body_start = title.end()
        if signature.group("place"):
            details["place"] = signature.group("place").strip()
        end = start + len(letter.rstrip())
        found.append(_voice(body_start, end, signature.group("name"), signature.start("name"), details))
        start = signature.end()
        place = _PLACE_LINE.match(text, start)
        if place and not signature.group("place"):  # "Olga Danilova" / "London": the place under the name
            details["place"] = place.group("place")
            start = place.end()
    return found


def interview_turns(text: str) -> list[Evidence]:
    """The turns of an interview, a briefing, a debate or a Record page in ``text`` (voices of kind COMMENT,
    ``details["voice"]`` "interview"), in text order; none when the text has no turns."""
    return _interview(text)


def _interview(text: str) -> list[Evidence]:
    turns = [t for t in scan.finditer(_TURN, text) if t.group("label") not in _NOT_SPEAKERS]
    if sum(1 for t in turns if t.group("bare")) < 2:  # "Q Street was closed": one bare Q is no briefing
        turns = [t for t in turns if not t.group("bare")]
    labels = [t.group("label") for t in turns]
    distinct = set(labels)
    has_qa = bool(distinct & _QUESTION_LABELS) and (bool(distinct & _ANSWER_LABELS) or len(distinct) > 1)
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    speakers = {label for label, count in counts.items() if count >= 2}
    if len({t.group("label") for t in turns if t.group("seat")}) >= 2:
        # a debate: members named with their seat (and party), most speaking once, a minister by name later
        speakers |= distinct
    interview = has_qa or len(speakers) >= 2
    if interview:
        # in a transcript a member who speaks once is a turn too, named in full or by a title: "Mr.
        # Speaker:", "David Burnside:", "Mr. Michael Howard (Folkestone and Hythe) (Con):"
        speakers |= {t.group("label") for t in turns if t.group("seat") or _FULL_NAME.fullmatch(t["label"])}
    keep = _QUESTION_LABELS | _ANSWER_LABELS | speakers if interview else set()
    turns = [t for t in turns if t.group("label") in keep]
    record = list(scan.finditer(_RECORD_TURN, text))
    if record:
        starts = {r.start() for r in record}
        return _record_turns(text, record + [t for t in turns if t.start() not in starts])
    if not turns:
        return []
    found = []
    for index, turn in enumerate(turns):
        limit = turns[index + 1].start() if index + 1 < len(turns) else len(text)
        body_end = limit
        if index + 1 == len(turns):  # the last turn ends with its paragraph
            blank = text.find("\n\n", turn.end())
            body_end = blank if blank != -1 else len(text)
        body = text[turn.end() : body_end].rstrip()
        if not body:
            continue
        label = turn.group("label")
        question = label in _QUESTION_LABELS or (label not in _ANSWER_LABELS and body.endswith("?"))
        details = {"voice": "interview", "turn": "question" if question else "answer"}
        found.append(_voice(turn.end(), turn.end() + len(body), label, turn.start("label"), details))
    return found


def _record_turns(text: str, turns: list[re.Match[str]]) -> list[Evidence]:
    """The speeches of a Congressional Record page, each to the next turn, the last to a rule line or the
    text's end."""
    turns.sort(key=lambda t: t.start())
    found = []
    for index, turn in enumerate(turns):
        if index + 1 < len(turns):
            body_end = turns[index + 1].start()
        else:
            rule = _RECORD_END.search(text, turn.end())
            body_end = rule.start() if rule else len(text)
        body = text[turn.end() : body_end].rstrip()
        if body:
            details = {"voice": "interview", "turn": "question" if body.endswith("?") else "answer"}
            label, at = turn.group("label"), turn.start("label")
            found.append(_voice(turn.end(), turn.end() + len(body), label, at, details))
    return found


def _voice(start: int, end: int, name: str, name_start: int, details: dict[str, str]) -> Evidence:
    speaker = Speaker(name, name_start, name_start + len(name), role="commenter")
    return Evidence(EvidenceKind.COMMENT, start, end, speaker=speaker, details=details)
