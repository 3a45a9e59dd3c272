"""Label-value lists: a run of items "LABEL [sep] VALUE" where each value is of its own item's label.

Wage lists, price lists and vital statistics put a label before each figure and join the items by semicolons,
commas or line breaks ("Butlers, £40 to £100; Footmen, £20 to £40", "Carpenters .... 36s." on one line and
"Masons .... 30s." on the next, "males, 500; females, 584", '"Anne," £2; "Cook," 7 guineas'). The words after
such a figure belong to the next item and the sentence's subject is the list's lead-in, so neither says what
the figure counts: its own label does. One item alone is no list (a sentence's "Meanwhile, 500 …"), so a
label is only taken where the item before or after has the same shape.
"""

from __future__ import annotations

import re

from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers.nouns import _APPROX_WORDS, _STOP
from annotator.domain.figures.numbers.verbs import _is_verb_like
from annotator.domain.figures.numbers.words import _set
from annotator.domain.figures.text import MONTH_NAMES

# A label's word: Latin letters first ("Parlour-maids", "Lady's", "“Sarah”"), no digits at its start (the
# joints and lead words read here are English ones).
_WORD = r"[\"“‘']?[A-Za-z\u00c0-\u024f][\w'’-]*[\"”’']?"
# The label: up to six words on one line, with an aside in brackets ("Tinsmiths (per week)"; not a book's
# "(Northwestern Univ., 2000)": a note's page number is no item's value).
_LABEL = rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,5}}?)(?:[ \t]*\((?![^()\n]*\d{{4}})[^()\n]{{1,40}}\))?"
# A rate between a price's label and its value, with a word that sorts the goods before it ("Beef, per lb.,
# 6d.", "Butter, fresh, per lb., 1s. 6d.", "Shepherds per annum £20").
_RATE = r"(?P<rate>(?:,[ \t]+[a-z]+)?[ \t]*,?[ \t]+per[ \t]+[A-Za-z]+\.?(?:[ \t]+[A-Za-z]+\.?)?)?"
# What joins a label to its value: a comma (inside a closing quote too: '"Old Becky," £1'), a colon, a stop,
# leader dots, a dash, or spaces alone.
_SEP = (
    r"(?:(?P<comma>[ \t]*,[\"”’']?[ \t]+)|(?P<colon>[ \t]*:[ \t]*)|(?P<stop>[ \t]*\.(?:[ \t]*[-–—]+)?[ \t]+)|"
    r"(?P<leaders>[ \t]*\.{2,}[. \t]*)|(?P<dash>[ \t]*[-–—]+[ \t]*)|(?P<space>[ \t]+))"
)
# A verb of receiving between a name and its sum ('"Sarah" receives £4 19s.', "the housekeeper received").
_RECEIVED = r"(?P<verb>(?:receives?|received|earns?|earned|gets|got|is[ \t]+paid|was[ \t]+paid)[ \t]+)?"
# Words before the value that keep it the label's ("From £60 to £100", "average 31s. 6d.", "about 10s.").
_LEAD_WORDS = r"(?:(?:from|average|about|say|at|only)[ \t]+)*"
# Where an item starts: a line or a sentence, or a semicolon, comma, colon, dash or bracket before it, then
# "and", an article ("…, a lady's maid 20 guineas") or a ditto ("do., salt, 1s. 4d.").
_ITEM_HEAD = r"(?:and[ \t]+)?(?:(?:the|a|an)[ \t]+)?(?:(?:do|ditto)\.?,?[ \t]+)?"
_ITEM_START = rf"(?:^|(?<=[;:\n—(,])|(?<=[.!?] ))[ \t]*{_ITEM_HEAD}"
# Words that keep a value its label's, between the two ("From £60", "receives £4 19s.").
_BEFORE_VALUE = _set(
    "from average about say at only receives receive received earns earn earned gets got paid"
)
_BOUNDARY = re.compile(r"[;:\n—(,]|[.!?] ")
_ITEM_BEFORE = re.compile(rf"{_ITEM_START}{_LABEL}{_RATE}{_SEP}{_RECEIVED}{_LEAD_WORDS}\Z", re.IGNORECASE)
# A whole item starting at a position: label, joint, and a value's first digit (or its currency sign).
_ITEM_AT = re.compile(
    rf"[ \t]*{_ITEM_HEAD}{_LABEL}{_RATE}{_SEP}{_RECEIVED}{_LEAD_WORDS}[£$]?[ \t]?\d",
    re.IGNORECASE,
)
# A whole item ending at a position (the item before this one): its value and what follows the value up to
# the separator, which holds no other separator ("1,084" keeps its comma).
_ITEM_ENDING = re.compile(
    rf"(?<![\w'’-]){_ITEM_HEAD}{_LABEL}{_RATE}{_SEP}{_RECEIVED}{_LEAD_WORDS}[£$]?[ \t]?\d"
    r"(?:[^;\n,]|,\d){0,50}[;\n,][ \t]*\Z",
    re.IGNORECASE,
)
# The rest of a figure's item after the figure, up to the separator before the next item (a blank line ends
# a list: "… for ages 15-26." ¶ "THE WEALTH OF NATIONS 191", a book's running head, is no next item).
_ITEM_REST = re.compile(r"(?:[^;\n,]|,\d){0,60}?(?:[;,][ \t]*\n?|\n)")
_OF_AFTER = re.compile(r"\.?[ \t]+of[ \t]")
_NAMED_AFTER = re.compile(r"[ \t]+[a-z]{3,}[ \t]+of[ \t]")
_DATE_VALUE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{MONTH_NAMES})\b|(?:1[5-9]|20)\d\d(?![\d,.]?\d)",
    re.IGNORECASE,
)
# Words that open a clause, not a label, though they may stand before a comma and a number.
_NOT_FIRST = _STOP - {"under", "over"}
# Words before a comma that open a line item ("Reapers, mowers and threshers"): letters only.
_LINE_HEAD = re.compile(r"[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2},?[ \t]*")
# The measures a lead-in shares with its items, with up to two words before ("weekly earnings", "Urban
# population"), not across a function word ("number of deaths" → "deaths").
_MEASURE_HEADS = (
    "wages|earnings|pay|incomes?|salar(?:y|ies)|prices?|costs?|rates|population|deaths|births|marriages|"
    "expenditure|receipts|rents?"
)
_MEASURE = re.compile(
    r"\b(?P<measure>(?:(?!(?:the|a|an|of|in|for|by|and|or)\b)[^\W\d_][\w-]*[ \t]+){0,2}"
    rf"(?:{_MEASURE_HEADS}))\b",
    re.IGNORECASE,
)
# A sentence of prose between a lead-in's colon and the figure: the list ended before it.
_PROSE = re.compile(r"[.!?][ \t]+[A-Z][a-z]+(?:[ \t]+[a-z]+){3}")
_CLAUSE_WORDS = _set("was were is are had has have be been being would will could should")
_CALENDAR = _set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _label_ok(label: str) -> bool:
    """A label names a thing: no clause's opening word first, no verb in it ("the cost was high"), no
    function word last, no hedge ("approximately"), no date ("May, 20")."""
    written = [w.strip("\"“”‘’'") for w in label.split()]
    words = [w.lower() for w in written]
    if not words or words[0] in _NOT_FIRST or words[-1] in _STOP or max(len(w) for w in words) < 3:
        # (an archive's "f. 17, op. 3, d. 1003, l. 85" is a reference, its abbreviations no labels)
        return False
    return not any(
        w in _CALENDAR or w in _CLAUSE_WORDS or w in _APPROX_WORDS or _verb_in_label(w, as_written)
        for w, as_written in zip(words, written, strict=True)
    )


def _verb_in_label(word: str, as_written: str) -> bool:
    # a capitalised word is a name or a label's noun ("Ned", "Fred"), and "shepherd", "cowherd" are no verbs
    return not as_written[:1].isupper() and _is_verb_like(word) and not word.endswith("herd")


def _joint(item: re.Match[str]) -> str:
    """The kind of joint between an item's label and its value: punctuation (a print's comma, stop, colon
    or dash vary in one list: "maids, £10 to £25; Parlour-maids. £12 to £30") or a rate, leader dots, or
    spaces."""
    if item.group("leaders") is not None:
        return "leaders"
    # (a rate sets the value off as punctuation does: "Beef, per lb., 6d. ; … lard, per lb. 7d.")
    return "space" if item.group("space") is not None and item.group("rate") is None else "punctuation"


def _dated(text: str, item: re.Match[str]) -> bool:
    """Whether an item's value is a date ("Moscow State University, 12 March 1949"), not a quantity."""
    value = text.rfind("£", item.start(), item.end()) < 0 and text.rfind("$", item.start(), item.end()) < 0
    digit = re.search(r"\d", text[item.start() : item.end()])
    return value and digit is not None and bool(_DATE_VALUE.match(text, item.start() + digit.start()))


def _same_shape(item: re.Match[str], neighbour: re.Match[str], *, neighbour_after: bool) -> bool:
    """Whether two items are of one list. The first item may carry the verb the later ones leave out
    ('"Sarah" receives £4 19s.; "Anne," £2', "the housekeeper received 24 guineas, a lady's maid 20"); a
    verb in a later item is a clause of its own ("…, and the bloc's candidates received 99.2 per cent")."""
    if not _label_ok(neighbour.group("label")) or neighbour.group("verb") is not None:
        return False
    if _dated(neighbour.string, neighbour):
        return False
    if item.group("verb") is not None:
        return neighbour_after
    return _joint(item) == _joint(neighbour)


def _has_neighbour(text: str, item: re.Match[str], item_start: int, end: int) -> bool:
    """Whether the item before ``item_start`` or the one after the figure ending at ``end`` is an item of
    the same shape (label, joint, value)."""
    rest = _ITEM_REST.match(text, end, min(len(text), end + 80))
    if rest is not None:
        after = _ITEM_AT.match(text, rest.end(), min(len(text), rest.end() + 80))
        if after is not None and _same_shape(item, after, neighbour_after=True):
            return True
    before = _ITEM_ENDING.search(text, max(0, item_start - 140), item_start)
    return before is not None and _same_shape(item, before, neighbour_after=False)


def _after_function_word(text: str, start: int) -> bool:
    """Whether the last word before the value at ``start`` (past its joint and the words that keep a value
    the label's) is a function word: "was 1,084", "of 500". No label ends so, and most prose is cut here
    before the item patterns are tried."""
    words = text[max(0, start - 40) : start].rstrip(" \t,:.-–—\"”’'").split()
    while words and words[-1].lower() in _BEFORE_VALUE:
        words.pop()
    return bool(words) and words[-1].lower() in _STOP


def _item_before(text: str, start: int) -> re.Match[str] | None:
    """The item whose joint ends at ``start``, tried from the nearest few item boundaries before it (an
    item's label holds no boundary; a comma may be its joint, "Boys, 28", and a rate's, "Beef, per lb.,")."""
    lo = max(0, start - 120)
    window = text[lo:start]
    starts = {lo + m.end() for m in _BOUNDARY.finditer(window)}
    if lo == 0:
        starts.add(0)
    # (the farthest of the nearest six first, as a search from the left would: "cheese, fresh, per lb., 9d."
    # is cheese's, not "fresh")
    for at in sorted(sorted(starts, reverse=True)[:6]):
        item = _ITEM_BEFORE.match(text, at, start)
        if item is not None:
            return item
    return None


def list_item_label(text: str, start: int, end: int) -> str:
    """The label of the item whose value is the figure at ``start``–``end`` in a label-value list
    ("Footmen, £20 to £40" → "Footmen", '"Old Becky," £1' → "Old Becky"); "" where the figure is no such
    item's value or its item has no neighbour of the same shape."""
    if start == 0 or text[start - 1] not in " \t.,:-–—" or _OF_AFTER.match(text, end) or _NAMED_AFTER.match(
        text, end
    ):
        # ("… 99.2 per cent of the votes", "Present: 146 members of the union": the phrase after the figure
        # names what it is, or what it is of)
        return ""
    if _after_function_word(text, start):
        return ""
    item = _item_before(text, start)
    if item is None:
        return ""
    label = item.group("label")
    item_start = item.start()
    line_start = text.rfind("\n", 0, item_start) + 1
    head = text[line_start:item_start]
    if item_start > line_start and text[item_start - 1] == "," and _LINE_HEAD.fullmatch(head):
        # "Reapers, mowers and threshers 25s. to 40s." on its own line: the words before the comma are the
        # label's too, and the item starts with the line
        label, item_start = f"{head.strip()} {label}", line_start
    if not _label_ok(label) or not _has_neighbour(text, item, item_start, end):
        return ""
    return " ".join(w.strip("\"“”‘’'") for w in label.split())


def with_lead_noun(text: str, label: str, noun: str, start: int, end: int) -> str:
    """A list item's label with the noun the list's lead-in shares ("Urban population by republic, 1939:
    RSFSR 33.1 million" → "RSFSR urban population"; "The weekly earnings … are as follows:" over "Masons
    average 30s." → "Masons weekly earnings"). The shared noun is the measure the lead-in names before its
    colon, else ``noun`` (what the figure's sentence says it counts) where its words stand before the figure
    in the paragraph and not in the items after it (there it would be the next item's label: "Footman From
    £18 to £40\nCoachman …")."""
    own = set(counted_key(label).split())
    key = set(counted_key(noun).split())
    if own and own < key:
        return noun  # ("Ukraine grain procurements": the sentence's reading already holds the label)
    measure = _lead_measure(text, start)
    if measure:
        return label if set(counted_key(measure).split()) & own else f"{label} {measure}"
    if key and not key & own:
        paragraph = text.rfind("\n\n", 0, start) + 1
        lead = set(counted_key(text[max(paragraph, start - 400) : start]).split())
        following = set(counted_key(text[end : end + 150]).split())
        if key <= lead and not key & following:
            return f"{label} {noun}"
    return label


def _lead_measure(text: str, start: int) -> str:
    """The measure a list's lead-in names before its colon ("The wages paid in 1867 were:", "Urban
    population by republic:"), where only items stand between that colon and ``start``; or ""."""
    colon = text.rfind(":", max(0, start - 600), start)
    if colon < 0 or _PROSE.search(text, colon + 1, start):
        return ""
    line_start = text.rfind("\n", 0, colon) + 1
    sentence = max(line_start, text.rfind(". ", line_start, colon) + 1)
    measure = _MEASURE.search(text, sentence, colon)
    return " ".join(measure.group("measure").split()) if measure is not None else ""
