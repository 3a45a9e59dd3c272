"""Note calls, reference marks and the notes they call.

A note call is a number the author glued to a word or to the punctuation after it (``flourish.54``,
``quantities”.56``, ``Germany;117``, ``on).94``, ``Judaism3``) or set as superscript (``terror¹¹⁰``). A
reference mark is bracketed (``[12]``, ``[i]``, ``[a]``, ``[citation needed]``), as web encyclopedias and
the DOCX importer write them.

Glued numbers are often something else: decimals (``1.25``), years, times, thousands (``30,000``),
"p.54". Candidates are therefore sorted into *strong* ones (a number glued to a word through punctuation
or a closing quote: hardly anything else looks like that) and *weak* ones (``1930.60``, ``1927,5``,
``Judaism3``, ``192878``, ``$2.50``). Strong candidates are calls unless they break an otherwise regular
run of numbers; weak ones are calls only where the sequence expects them: calls in a chapter go up one by
one, so a ``1930.60`` between calls 59 and 61 is the year 1930 and call 60, a ``2.50`` between calls 7 and
9 is money, and a run of weak candidates counting from one call up to the next is taken together.

A notes section is a run of lines that start with numbers counting up by one (``1. The New…``, ``7 This
was…`` without its full stop, ``[1] …`` as the DOCX importer writes footnotes under "Notes", ``[i] …``
under "Endnotes", ``¹ …``), from 1, from a number where the calls start (a chapter numbering on from the
last), or from anything under a "Notes" heading; or a bulleted list under a "Notes"/"References" heading
or of ``^`` items (a web page's references list, numbered by position). Calls are grouped (a new group
where the numbers start again, or after a notes section holding just their notes) and each group is
matched with the first unused notes section after it that holds at least half of its numbers, so notes at
the end of each chapter, at the end of a book (one section per chapter, in order), at the foot of each
page and the two reference lists of a page holding two articles all resolve. A numbered list in the body
is not mistaken for notes: the calls count on across it. "[1]" calls go with "[1]" notes or a references
list, bare calls with numbered notes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from annotator.domain.structure import Mark, MarkKind

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_CLOSERS = ")]’”\"»'"  # closing quotes and brackets between a word and its call
_STOPS = ".,;:!?…"
_BETWEEN = _CLOSERS + _STOPS

# Up to three digits glued to something that is neither space nor digit, and not running on into a word
# or a decimal. What precedes is judged in _judge_glued.
_GLUED = re.compile(r"(?<=[^\s\d])([1-9]\d{0,2})(?!\w|[.,:]\d)")
_SUPERSCRIPT = re.compile(rf"(?<=[^\s{SUPERSCRIPT_DIGITS}])([{SUPERSCRIPT_DIGITS}]+)(?![\w])")
_EDITORIAL = (
    r"citation needed|clarification needed|verification needed|better source needed|dubious|"
    r"failed verification|page needed|full citation needed|according to whom\??|by whom\??|who\?|"
    r"when\?|which\?|where\?|why\?|original research\??|not in citation given|unreliable source\??|"
    r"disputed|discuss|update"
)
_BRACKET = re.compile(
    rf"\[(?:(?P<num>[1-9]\d{{0,3}})|(?P<roman>[ivxlc]{{1,7}})|(?P<letter>[a-z])|"
    rf"(?P<named>(?:note|nb|n|lower-alpha|upper-alpha)\s?[0-9a-z]{{1,3}})|(?P<editorial>{_EDITORIAL}))\]"
    rf"(?![\w(])"
)
# Words after which a glued number is a page, volume, article or section number, not a call (the search
# analyzer keeps "p.54" whole by the same list); Russian archival references too ("ф.17, оп.3, д.45, л.12").
# fmt: off
ABBREVIATIONS = frozenset([
    "p", "pp", "no", "nos", "vol", "vols", "ch", "chap", "art", "arts", "fig", "figs", "sec", "sect", "para",
    "paras", "ed", "eds", "n", "nn", "op", "cit", "ff", "ll", "ca", "cf", "v", "vv", "ss", "pt", "pts", "bk",
    "col", "cols", "fol", "fols", "f", "l", "s", "c", "r", "t", "tab", "ibid", "id", "loc", "ps", "nr", "str",
    "bd", "hft", "anm", "vgl", "abs", "kap", "sp", "оп", "гл", "стр", "см", "ср", "вып", "тт", "лл", "об",
    "ст", "кн", "изд", "ред", "ф", "д", "л", "с", "т", "ч", "п",
])
# fmt: on
_UNITS = frozenset(["m", "km", "cm", "mm", "dm", "ft", "in", "yd", "mi", "sq", "cu", "s", "x", "y", "n", "r"])
_ROMAN_WORD = re.compile(r"[IVXLCDM]+")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_YEAR_GLUED = re.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20[0-4]\d)([1-9]\d{0,2})(?!\w|[.,]\d)")
# A superscript call that lost its raise and got a space before it in a PDF's text or a scan
# ("ablehnte. 12 Die Land-", "the war.) 14; and", "Islam” 66 to a world", "aufnahm. 7" ending its line):
# only ever weak.
_SPACED = re.compile(r"[.;:!?”\"’)][ \t]([1-9]\d{0,2})(?=[ \t]*[;,]?[ \t]+[^\W\d]|[ \t]*[;,]?[ \t]*\n)")
_RUNS_AHEAD = 200  # notes sections looked at after a group of calls (a book's notes, one per chapter)
_ENTRY_FAR_BEYOND = 99  # a line's number above this, with no call near it, opens no note
_TOO_FAR = 6000  # characters: one note (or the body between two notes) is never longer than this
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

# A line that opens a note: its number (or bracketed label, or superscript) and the note's first word.
_ENTRY = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?:(?P<num>[1-9]\d{{0,2}})(?:[.)](?![\d.])[ \t]*|[ \t]+)"
    rf"|\[(?P<br>[1-9]\d{{0,3}}|[ivxlc]{{1,7}}|[a-z])\][ \t]*|(?P<sup>[{SUPERSCRIPT_DIGITS}]+)[ \t]*)"
    rf"(?P<caret>\^[ \t]*)?(?=\S)",
    re.MULTILINE,
)
# A bulleted item, or a line of a references list copied from a web page ("^ a b Conquest…").
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•][ \t]+|(?=\^))(?P<item>(?P<caret>\^[ \t]*)?)(?=\S)", re.MULTILINE)
NOTES_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:notes?|end ?notes|foot ?notes|references|citations|sources|"
    r"notes and references|references and notes|notes and sources|explanatory notes|примечания|"
    r"сноски|anmerkungen|fußnoten|notes de bas de page)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Call:
    start: int
    end: int
    value: int  # the number called, roman and letter labels counted too ("iv" is 4, "c" is 3)
    label: str
    scheme: str  # how labels count: "arabic", "roman", "letter"; "" for marks that call no note
    strong: bool
    bracketed: bool


@dataclass(slots=True)
class NotesRun:
    """One notes section: its notes by value, in order."""

    scheme: str  # "arabic", "roman", "letter", or "any" for a bulleted list numbered by position
    notes: list[tuple[int, str, int, int]] = field(default_factory=list)  # value, label, start, end
    heading: bool = False  # follows a "Notes"/"References" heading
    bracketed: bool = False  # labelled "[1]", as the DOCX importer writes notes
    caret: bool = False  # "1. ^ Conquest…": a web page's references list copied as text

    @property
    def start(self) -> int:
        return self.notes[0][2]

    @property
    def end(self) -> int:
        return self.notes[-1][3]

    def values(self) -> set[int]:
        return {value for value, *_ in self.notes}

    def serves(self, call: Call) -> bool:
        """Whether this section can hold the note of ``call``: "[1]" calls go with "[1]" notes or a
        web page's references list, bare calls with numbered notes."""
        if self.scheme not in (call.scheme, "any"):
            return False
        if call.bracketed:
            # (a web copy's "[1]" marks over the numbered notes under its "Notes" heading: "1. Phelps, …")
            return self.bracketed or self.caret or self.scheme == "any" or self.heading
        return not self.bracketed


def roman_value(label: str) -> int | None:
    """The value of a lowercase roman numeral up to 399, or None for letters that are none."""
    total, previous = 0, 0
    for char in reversed(label):
        value = _ROMAN_VALUES.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total or None


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _judge_glued(text: str, start: int) -> bool | None:
    """Strong (True), weak (False) or no candidate (None) for glued digits starting at ``start``."""
    j = start
    while j > 0 and text[j - 1] in _BETWEEN and start - j < 3:
        j -= 1
    between = text[j:start]
    before = text[j - 1] if j > 0 else ""
    if not between:
        # Digits glued straight to letters ("Judaism3"): also model names ("T34"), so only weak. A heading
        # in capitals ending its line on its call ("THE DEMOCRATIC IDEAL5") is weak too; "COVID19 cases"
        # is none.
        word = _word_before(text, j)
        if before.isalpha() and before.islower():
            return False if len(word) >= 3 else None
        heading = before.isupper() and word.isupper() and len(word) >= 4 and _ends_line(text, start)
        return False if heading else None
    if before.isdigit() or before in "%°":
        # A year with its call ("1930.60", "1927,5") or a decimal, money, thousands: the sequence decides.
        # A time ("4:15") or a verse is never a call.
        return None if ":" in between else False
    if not before.isalpha():
        return None
    word = _word_before(text, j)
    token_start = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j)) + 1
    if any(mark in text[token_start:start] for mark in ("/", "@", "www.", "=")):
        return None  # part of an address: "example.org/issue.12"
    if between[0] in ".:" and word.casefold() in ABBREVIATIONS:
        return None  # "p.54", "No.7": a page, a number
    if between[0] in ".:" and len(word) == 1:
        return False  # "A.3" is a section, "1930 г.111" a call: the sequence decides
    if between[0] in ".:" and _ROMAN_WORD.fullmatch(word):
        return False  # "II.3" is a section, "Edward III.128" a call: the sequence decides
    if between in (",", ":") and text[start : start + 4].lstrip("0123456789")[:1] in (")", "]", "–", "-"):
        return False  # "(Sakwa,37)", "(Service:155–6)": a page cited in the text, unless the sequence says
    return between != ":"


def _ends_line(text: str, start: int) -> bool:
    """Whether the digits at ``start`` end their line."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[end : end + 1] in ("", "\n")


def _calls(text: str) -> list[Call]:
    found: list[Call] = []
    for match in _GLUED.finditer(text):
        strength = _judge_glued(text, match.start())
        if strength is None:
            continue
        if not strength and text[match.start() - 1] == "." and text[max(0, match.start() - 2)].isdigit():
            # A decimal goes on inside its sentence ("1.25 million"); a call mostly ends one.
            rest = text[match.end() : match.end() + 2]
            if rest and not (rest[0] == "\n" or (rest[0] == " " and rest[1:2].isupper()) or rest[0] in '“"‘'):
                continue
        digits = match.group(1)
        found.append(Call(match.start(), match.end(), int(digits), digits, "arabic", strength, False))
    for match in _YEAR_GLUED.finditer(text):
        # "the trial of 192878 was": a superscript call that lost its raise after a year.
        digits = match.group(1)
        found.append(Call(match.start(1), match.end(1), int(digits), digits, "arabic", False, False))
    for match in _SPACED.finditer(text):
        if _spaced_call(text, match.start(1) - 1):
            digits = match.group(1)
            found.append(Call(match.start(1), match.end(1), int(digits), digits, "arabic", False, False))
    superscripts = _SUPERSCRIPT.finditer(text) if any(d in text for d in SUPERSCRIPT_DIGITS) else ()
    for match in superscripts:
        before = text[match.start() - 1]
        word = _word_before(text, match.start())
        if word in _UNITS:
            continue  # km²
        digits = match.group(1).translate(_FROM_SUPERSCRIPT)
        if digits.startswith("0") or len(digits) > 3:
            continue
        # After a digit it is an exponent ("10¹²") unless the sequence wants it ("in 1930⁶⁰").
        strong = not before.isdigit()
        found.append(Call(match.start(), match.end(), int(digits), digits, "arabic", strong, False))
    found.sort(key=lambda c: c.start)
    return found


def _spaced_call(text: str, space: int) -> bool:
    """Whether the number after the space at ``space`` may be a call: not a page, number or section after its
    abbreviation ("p. 12 There", "No. 5 Squadron"), not a line's own opening number, and the punctuation
    before it ends a word, a quotation, a bracket or a sentence on a year or a page cited ("(Piggot 44). 19"),
    not a decimal ("1.5 4")."""
    line_start = text.rfind("\n", 0, space) + 1
    if not text[line_start:space].strip(_BETWEEN + " \t"):
        return False
    j = space
    while j > line_start and text[j - 1] in _BETWEEN:
        j -= 1
    before = text[j - 1] if j > line_start else ""
    if not before.isalpha() and not (before.isdigit() and text[j] in ".)"):
        return False  # ("1930. 12 men", "(Piggot 44). 19 In": a year or a page cited, then the call, as the
        # sequence decides)
    word = _word_before(text, j)
    return not (text[j] == "." and (word.casefold() in ABBREVIATIONS or len(word) == 1))


def _letters(text: str) -> bool:
    """Whether single bracketed letters count as letters ("[a]", "[b]": a web page's notes) or as roman
    numerals ("[i]", "[v]": Word's endnotes): letters when some are no roman numeral."""
    return any(m.group("letter") not in _ROMAN_VALUES for m in _BRACKET.finditer(text) if m.group("letter"))


def _brackets(text: str, letters: bool) -> list[Call]:
    glued: list[Call] = []
    spaced: list[Call] = []
    for match in _BRACKET.finditer(text):
        start = match.start()
        before = text[start - 1] if start > 0 else "\n"
        if before == "\n" or (before in " \t" and text[text.rfind("\n", 0, start) + 1 : start].strip() == ""):
            continue  # the label of a note at the start of its line
        label = match.group()[1:-1]
        if match.group("num"):
            value = int(label)
            if _YEAR.fullmatch(label):
                continue  # "[1917]": a year in brackets
            scheme = "arabic"
        elif match.group("roman") and not (letters and len(label) == 1):
            value, scheme = roman_value(label) or 0, "roman"
        elif match.group("roman") or match.group("letter"):
            value, scheme = ord(label) - ord("a") + 1, "letter"
        else:
            value, scheme = 0, ""
        call = Call(start, match.end(), value, label, scheme, True, True)
        (spaced if before.isspace() else glued).append(call)
    if not any(c.scheme == "letter" and c.value == 1 for c in glued + spaced):
        # Letters count from "[a]": a word's letters an editor supplied ("friend[s]", "wer[e]") are no marks.
        glued = [c for c in glued if c.scheme != "letter"]
        spaced = [c for c in spaced if c.scheme != "letter"]
    # "as shown [12]" with a space is a mark only in a text that marks its references so elsewhere too.
    if len(glued) >= 3:
        glued.extend(spaced)
        glued.sort(key=lambda c: c.start)
    return glued


def _sequence(candidates: list[Call]) -> list[Call]:
    """The candidates that are calls: strong ones fitting the run of numbers, weak ones it expects."""
    strong = [c for c in candidates if c.strong]
    kept: list[Call] = []
    for i, call in enumerate(strong):
        previous = strong[i - 1].value if i > 0 else None
        following = strong[i + 1].value if i + 1 < len(strong) else None
        # Neighbours that count on regularly around a number that does not fit: that number is no call.
        if (
            previous is not None
            and following is not None
            and 1 <= following - previous <= 2
            and not previous < call.value < following
            and call.value != 1
        ):
            continue
        kept.append(call)
    weak = [c for c in candidates if not c.strong]
    changed = True
    while weak and changed:
        changed = False
        starts = [c.start for c in kept]
        waiting = []
        for call in weak:
            i = bisect_left(starts, call.start)
            previous = kept[i - 1].value if i > 0 else None
            following = kept[i].value if i < len(kept) else None
            n = call.value
            fits = (
                (previous == n - 1 and (following is None or n < following <= n + 2))
                or (following == n + 1 and (previous is None or n - 3 <= previous < n))
                or (previous is None and n == 1 and following in (2, 3))
                or (previous is not None and previous > n and n == 1 and following == 2)
            )
            if fits:
                kept.insert(i, call)
                starts.insert(i, call.start)
                changed = True
            else:
                waiting.append(call)
        weak = waiting
        if not changed and weak:
            bridged = _bridges(kept, weak)
            if bridged:
                kept = sorted(kept + bridged, key=lambda c: c.start)
                weak = [c for c in weak if c not in bridged]
                changed = True
    return kept


def _bridges(kept: list[Call], weak: list[Call]) -> list[Call]:
    """Runs of weak candidates that count on from one call up to the next ("1931).61 … 1930,62 … 1917.63
    … 1929,64" between calls 60 and 65): each alone has one neighbour too few to be taken."""
    starts = [c.start for c in kept]
    between: dict[int, list[Call]] = {}
    for call in weak:
        between.setdefault(bisect_left(starts, call.start), []).append(call)
    taken: list[Call] = []
    for i, calls in between.items():
        if i == 0 or i == len(kept):
            continue  # before the first call or after the last: nothing to count to
        expected, goal = kept[i - 1].value + 1, kept[i].value
        run = []
        for call in calls:
            if call.value == expected:
                run.append(call)
                expected += 1
        if run and goal - 1 <= expected <= goal:
            taken.extend(run)
        else:
            taken.extend(_counting_runs(calls, kept[i - 1].value, goal))
    return taken


def _counting_runs(calls: list[Call], previous: int, goal: int) -> list[Call]:
    """Runs of weak candidates between calls ``previous`` and ``goal`` that count up by one and either touch a
    neighbour (they begin at ``previous`` + 1 or end at ``goal`` - 1) or are three long: a scan that garbled
    some calls ("Persienss", "ablehnte. n") leaves the ones around them counting on by themselves. A ``goal``
    not above ``previous`` (the numbers start again, or a garbled call "'9" for 19) bounds nothing."""
    if goal <= previous:
        goal = previous + len(calls) + 1
    runs: list[list[Call]] = []
    for call in calls:
        if not previous < call.value < goal:
            continue
        if runs and call.value == runs[-1][-1].value + 1:
            runs[-1].append(call)
        elif not runs or call.value > runs[-1][-1].value:
            runs.append([call])
    return [
        call
        for run in runs
        if run[0].value == previous + 1 or run[-1].value == goal - 1 or len(run) >= 3
        for call in run
    ]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _entry_value(match: re.Match[str], letters: bool) -> tuple[int, str, str] | None:
    if match.group("num"):
        return int(match.group("num")), match.group("num"), "arabic"
    if match.group("sup"):
        digits = match.group("sup").translate(_FROM_SUPERSCRIPT)
        return (int(digits), digits, "arabic") if not digits.startswith("0") else None
    label = match.group("br")
    if label.isdigit():
        return int(label), label, "arabic[]"
    roman = roman_value(label)
    if roman is not None and not (letters and len(label) == 1):
        return roman, label, "roman[]"
    return ord(label) - ord("a") + 1, label, "letter[]"


# A note run on into the line of the note before it, as a scan or an extraction prints it ("… p. 64. 19. Rida,
# Ta'rikh …", "… p. 298. [40) "Je n'ai …": a bracketed note, its bracket misread): taken only where a notes
# section waits for that very number on that line.
_RUN_ON_ENTRY = re.compile(
    r"(?<=[.)\]])[ \t]+(?:(?P<num>[1-9]\d{0,2})\.|(?P<bracket>\[)(?P<bnum>[1-9]\d{0,2})[\])])"
    r"[ \t]+(?=[A-Z'‘\"“])"
)


# A note whose number the extraction glued to its first word ("5Bahá'u'lláh, The Hidden Words", "12Ibid."):
# taken only where a notes section waits for that very number.
_GLUED_ENTRY = re.compile(r"\n[ \t]*([1-9]\d{0,2})(?=[A-Z][a-z'’]|[A-Z]{2,}\W)")  # ("\n", not "^": faster)
# A bracketed note number alone on its line, its note (a verse, a quotation) set on the lines below ("[14]"):
# taken only where a notes section waits for that very number.
_BARE_BRACKET_ENTRY = re.compile(r"\n[ \t]*(\[([1-9]\d{0,3})\])[ \t]*\n(?=[ \t]*\n?[ \t]*\S)")
_RUN_ON = "run on"  # an entry run on into the line of the note before
_GLUED_TO_NOTE = "glued"  # an entry glued to its note's first word, or alone on its line above its note


def _entries(text: str, letters: bool) -> list[tuple[int, int, str, str, bool, str]]:
    """The numbered entries of ``text`` that may open a note, in order: (where the note starts, value,
    label, scheme, caret, how it goes on a notes section only: run on into the line before, glued to its
    note, or "" for an entry that may also open one)."""
    found = []
    for match in _ENTRY.finditer(text):
        entry = _entry_value(match, letters)
        if entry is not None:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            found.append((start, *entry, match.group("caret") is not None, ""))
    if found:
        starts = [entry[0] for entry in found]
        run_on = []
        for match in _RUN_ON_ENTRY.finditer(text):
            number = match.group("num") or match.group("bnum")
            following = bisect_left(starts, match.start())
            if following < len(found) and found[following][1] == int(number):
                continue  # "vol. 2. Second edition" above the line "2. Ibid.": the next line is the note
            bracketed = match.group("bracket") is not None
            start = match.start("bracket") if bracketed else match.start("num")
            run_on.append((start, int(number), number, "arabic[]" if bracketed else "arabic", False, _RUN_ON))
        glued = [
            (m.start(1), int(m.group(1)), m.group(1), "arabic", False, _GLUED_TO_NOTE)
            for m in _GLUED_ENTRY.finditer(text)
        ]
        bare = [
            (m.start(1), int(m.group(2)), m.group(2), "arabic[]", False, _GLUED_TO_NOTE)
            for m in _BARE_BRACKET_ENTRY.finditer(text)
        ]
        found = sorted(found + run_on + glued + bare)
    return found


def _runs(
    text: str, strong_calls: list[tuple[int, int]], letters: bool, calls: list[tuple[int, int]] | None = None
) -> list[NotesRun]:
    """Notes sections: numbered lines counting up by one, and bulleted lists of references.

    ``calls`` are the calls the sequence kept, (start, value) in order; ``strong_calls`` all strong
    candidates."""
    calls = strong_calls if calls is None else calls
    chains: list[list[tuple[int, str, str, int, bool]]] = []  # (value, label, scheme, line start, caret)
    first_values = {
        v for (_, v), (_, before) in zip(strong_calls[1:], strong_calls, strict=False) if v != before + 1
    }
    first_values |= {strong_calls[0][1]} if strong_calls else set()
    expecting: dict[tuple[str, int], list[int]] = {}  # (scheme, next value) -> chains waiting for it
    # Where the last entry of each scheme stood: a body line opening on a date ("31 March, 1768.") between a
    # "[27]" call and its "[27]" note hides no call from the note.
    last_entry: dict[str, int] = {}
    for line_start, value, label, scheme, caret, run_on in _entries(text, letters):
        waiting = expecting.get((scheme, value), [])
        broken = False  # a notes section waited for this note, but a page's body lies between them
        for k in range(len(waiting) - 1, -1, -1):
            chain = chains[waiting[k]]
            last_start = chain[-1][3]
            if line_start - last_start > _TOO_FAR:
                continue
            if run_on == _RUN_ON and text.rfind("\n", 0, line_start) >= last_start:
                continue  # run on into the line of the note before, or it is no note
            # Notes at the foot of each page: the call of this note standing between it and the
            # previous note means body text lies between them, not one notes section.
            i = bisect_right(strong_calls, (last_start, 0))
            j = bisect_left(strong_calls, (line_start, 0))
            if any(value == call_value for _, call_value in strong_calls[i:j]):
                continue
            if _body_between(calls, last_start, line_start, chain[-1][0]):
                broken = True
                continue
            chain.append((value, label, scheme, line_start, caret))
            expecting.setdefault((scheme, value + 1), []).append(waiting.pop(k))
            break
        else:
            # Notes count from 1, or from where the calls of a chapter that goes on numbering begin
            # (calls 49 to 117, notes 49 to 117), or from whatever follows a "Notes" heading.
            # Notes at the foot of each page numbered on through the chapter start where that page's
            # calls start: with a call of their number since the notes of the page before.
            i = bisect_right(strong_calls, (last_entry.get(scheme, 0), 0))
            j = bisect_left(strong_calls, (line_start, 0))
            called = any(value == call_value for _, call_value in strong_calls[i:j])
            if run_on:
                continue
            if value == 1 or value in first_values or called or broken or _after_heading(text, line_start):
                chains.append([(value, label, scheme, line_start, caret)])
                expecting.setdefault((scheme, value + 1), []).append(len(chains) - 1)
            elif (lost := _past_a_lost_note(chains, expecting, scheme, value, line_start, calls)) is not None:
                chains[lost].append((value, label, scheme, line_start, caret))
                expecting[(scheme, value - 1)].remove(lost)
                expecting.setdefault((scheme, value + 1), []).append(lost)
            elif value > _ENTRY_FAR_BEYOND and not any(v >= value - 3 for _, v in strong_calls):
                # ("315 thousand Sikhs will join you" opening a line of the body: a number no call comes
                # near is no note, and the page's notes below it still start after that page's calls)
                continue
        last_entry[scheme] = line_start
    runs = []
    for chain in _joined_at_repeats(text, chains):
        scheme = chain[0][2]
        run = NotesRun(scheme.removesuffix("[]"), bracketed=scheme.endswith("[]"), caret=chain[0][4])
        for i, (value, label, _, start, _) in enumerate(chain):
            if i + 1 < len(chain):
                end = chain[i + 1][3]
                while end > start and text[end - 1].isspace():
                    end -= 1
            else:
                end = _line_end(text, start)
            run.notes.append((value, label, start, end))
        run.heading = _after_heading(text, run.start)
        runs.append(run)
    runs.extend(_listed_runs(text))
    runs.sort(key=lambda r: r.start)
    return runs


def _past_a_lost_note(
    chains: list[list[tuple[int, str, str, int, bool]]],
    expecting: dict[tuple[str, int], list[int]],
    scheme: str,
    value: int,
    start: int,
    calls: list[tuple[int, int]],
) -> int | None:
    """The notes section of three notes or more that waits for the number before note ``value``,
    close before ``start`` with no page's body between: its note was lost to the extraction (a number the
    scan dropped, a note set as a verse under its bare "[14]"), and the notes after it go on the section."""
    for k in reversed(expecting.get((scheme, value - 1), [])):
        chain = chains[k]
        last_start = chain[-1][3]
        if len(chain) < 3 or start - last_start > _TOO_FAR:
            continue
        if not _body_between(calls, last_start, start, value - 2):
            return k
    return None


def _body_between(calls: list[tuple[int, int]], start: int, end: int, last: int) -> bool:
    """Whether a page's body lies between two notes at ``start`` and ``end``: two calls or more of notes
    after note ``last`` stand there. (The notes at the foot of each page of a scan whose calls it garbled:
    "Persienss", ". 6 Er", "Frauen.8" between note 4 at one page's foot and note 5 at the next; one call
    alone may be a number inside a long note.)"""
    i = bisect_right(calls, (start, 0))
    j = bisect_left(calls, (end, 0))
    later = (k for k in range(i, j) if calls[k][1] > last)
    return next(later, None) is not None and next(later, None) is not None


def _joined_at_repeats(
    text: str, chains: list[list[tuple[int, str, str, int, bool]]]
) -> list[list[tuple[int, str, str, int, bool]]]:
    """The chains of notes, a chain that opens on the line right after another with the number that one
    ended on joined to it: a number printed twice ("6. Kashani …" / "6. Momen …" / "7. …") is one notes
    section, not two (the first of the two keeps the number: see ``resolve``)."""
    joined: list[list[tuple[int, str, str, int, bool]]] = []
    for chain in sorted(chains, key=lambda c: c[0][3]):
        if joined:
            last = joined[-1][-1]
            first = chain[0]
            if (first[0] == last[0] and first[2] == last[2]
                    and not text[_line_end(text, last[3]) : first[3]].strip()):
                joined[-1] = joined[-1] + chain
                continue
        joined.append(chain)
    return joined


def _after_heading(text: str, start: int) -> bool:
    """Whether the line before ``start`` (blank lines skipped) is a notes heading."""
    before = text[max(0, start - 200) : start].rstrip()
    last_line = before[before.rfind("\n") + 1 :]
    return NOTES_HEADING.fullmatch(last_line) is not None


def _listed_runs(text: str) -> list[NotesRun]:
    """Bulleted references lists (a web page's): under a notes heading, or of "^" items; numbered 1, 2, …"""
    lists: list[list[tuple[int, int, bool]]] = []  # items of adjacent lines: (start, end, caret)
    for match in _LIST_ITEM.finditer(text):
        start = match.start("item")  # the note, without the list's bullet
        item = (start, _line_end(text, start), bool(match.group("caret")))
        if lists and text.count("\n", lists[-1][-1][1], start) == 1:
            lists[-1].append(item)
        else:
            lists.append([item])
    runs = []
    for items in lists:
        heading = _after_heading(text, items[0][0])
        if heading or items[0][2]:
            run = NotesRun("any", [(n, str(n), s, e) for n, (s, e, _) in enumerate(items, start=1)])
            run.heading = heading
            runs.append(run)
    return runs


def _groups(calls: list[Call], runs: list[NotesRun]) -> list[list[Call]]:
    """Calls that share their notes: split where numbers start again or a notes section lies between.

    A numbered list in the body that the calls count on across is no notes section of theirs and
    splits nothing: after their notes, calls start again at 1 (the next chapter or page) or stop.
    """
    groups: list[list[Call]] = []
    by_kind: dict[tuple[str, bool], list[Call]] = {}
    for call in calls:
        if call.scheme:
            by_kind.setdefault((call.scheme, call.bracketed), []).append(call)
    for same in by_kind.values():
        serving = [run for run in runs if run.serves(same[0])]
        starts = [run.start for run in serving]
        group: list[Call] = []
        for call in same:
            if group:
                last = group[-1]
                between = serving[bisect_right(starts, last.start) : bisect_right(starts, call.start)]
                if call.bracketed:
                    # Web pages cite one reference again and again: numbers never start again.
                    split = bool(between)
                else:
                    # Numbers that go on counting across a numbered list went on in the same body,
                    # unless the list holds just the notes of the calls before it (a page's footnotes).
                    goes_on = last.value < call.value <= last.value + 3
                    values = {c.value for c in group}
                    notes_of_group = any(_holds_group(run, values, last.value, call.value) for run in between)
                    split = (
                        (call.value < last.value and call.value <= 2)
                        or (bool(between) and not goes_on)
                        or notes_of_group
                    )
                if split:
                    groups.append(group)
                    group = []
            group.append(call)
        if group:
            groups.append(group)
    groups.sort(key=lambda g: g[0].start)
    return groups


def _holds_group(run: NotesRun, values: set[int], last: int, following: int) -> bool:
    """Whether ``run`` holds the notes of a group of calls ending on call ``last``, the next call being
    ``following``: it holds the group's numbers, all of them but one in four (a scan's call misread "'9" for
    19 is no reason to read a page's footnotes as the body's), and ends on note ``last`` or on a later one
    whose call was not found before call ``following`` (a call glued to a heading's capitals, "IDEAL5")."""
    held = run.values()
    return last <= max(held) < max(following, last + 1) and len(values - held) * 4 <= len(values)


def resolve(calls: list[Call], runs: list[NotesRun]) -> dict[int, tuple[NotesRun, int]]:
    """For each call (by start), the notes run and the index of its note there."""
    resolved: dict[int, tuple[NotesRun, int]] = {}
    used: set[int] = set()
    starts = [run.start for run in runs]
    values = [run.values() for run in runs]
    for group in _groups(calls, runs):
        wanted = {c.value for c in group}
        chosen = None
        for i in range(
            bisect_right(starts, group[-1].start),
            min(len(runs), bisect_right(starts, group[-1].start) + _RUNS_AHEAD),
        ):
            if runs[i].serves(group[0]) and len(wanted & values[i]) * 2 >= len(wanted):
                if chosen is None:
                    chosen = i  # taken already, but better than nothing
                if i not in used:
                    chosen = i
                    break
        if chosen is None:
            continue
        used.add(chosen)
        run = runs[chosen]
        positions: dict[int, int] = {}
        for k, (value, *_) in enumerate(run.notes):
            positions.setdefault(value, k)  # a number printed twice: the first is the note
        for call in group:
            k = positions.get(call.value)
            if k is not None:
                resolved[call.start] = (run, k)
    return resolved


def note_marks(text: str, *, brackets_are_notes: bool = False) -> list[Mark]:
    """Note calls, reference marks and notes of ``text``, calls linked to their notes where found."""
    letters = _letters(text)
    candidates = _calls(text)
    brackets = _brackets(text, letters)
    strong = sorted((c.start, c.value) for c in candidates + brackets if c.strong)
    calls = sorted(_sequence(candidates) + brackets, key=lambda c: c.start)
    runs = _runs(text, strong, letters, [(c.start, c.value) for c in calls if c.scheme])
    resolved = resolve(calls, runs)
    # Numbers inside the notes themselves ("Univ.,2000") are no calls of the body: drop them and match
    # the calls with their notes again without them.
    outside = _outside(calls, _spans(runs, {id(run) for run, _ in resolved.values()}))
    if len(outside) < len(calls):
        calls = outside
        resolved = resolve(calls, runs)
    used_runs = {id(run) for run, _ in resolved.values()}
    marks: list[Mark] = []
    first_call: dict[tuple[int, int], tuple[int, int]] = {}
    for call in calls:
        kind = MarkKind.REFERENCE_MARK if call.bracketed and not brackets_are_notes else MarkKind.NOTE_CALL
        target = resolved.get(call.start)
        if target is None:
            marks.append(Mark(kind, call.start, call.end, call.label))
            continue
        run, k = target
        _, _, note_start, note_end = run.notes[k]
        first_call.setdefault((note_start, note_end), (call.start, call.end))
        marks.append(Mark(kind, call.start, call.end, call.label, note_start, note_end))
    for run in runs:
        if id(run) not in used_runs and not run.heading:
            continue
        for _, label, start, end in run.notes:
            call_start, call_end = first_call.get((start, end), (None, None))
            marks.append(Mark(MarkKind.NOTE, start, end, label, call_start, call_end))
    return marks


def _spans(runs: list[NotesRun], used: set[int]) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in runs if id(r) in used or r.heading)


def _outside(calls: list[Call], spans: list[tuple[int, int]]) -> list[Call]:
    """The calls that lie in none of ``spans`` (sorted, not overlapping)."""
    starts = [start for start, _ in spans]
    kept = []
    for call in calls:
        i = bisect_right(starts, call.start) - 1
        if not (i >= 0 and spans[i][0] <= call.start < spans[i][1]):
            kept.append(call)
    return kept
