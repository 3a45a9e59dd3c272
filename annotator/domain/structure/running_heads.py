"""Running heads and page numbers in text extracted from a printed book, found without a list of titles.

A PDF copied out as text keeps each page's furniture among the lines: ``184 STALINIST SOCIALISM`` at the top
of an even page, ``THE POLITICS OF STALINISM 185`` at the top of an odd one, a bare ``23`` at the foot of a
chapter's first page. What gives them away is the book's own regularity, not their wording:

- a number at the start or end of a short line (or alone on it) that is not a sentence;
- the same words (numbers aside) repeated on many such lines: a running head;
- numbers that rise through the text at a steady pace, about one page's worth of lines apart.

A line with a number is taken only when it fits the chain of page numbers the document itself sets up:
a repeated head that keeps a steady page pace makes the chain; a single head or a bare number is taken when
it falls between two links of the chain with the right number. Chapter headings ("CHAPTER 5") repeat but
far slower than pages, lists and tables do not rise one per page: both stay text.

Each piece of furniture says which page the text after it is on (a head at the top of page 185: 185; a
number at the foot of page 23: 24, and the text since the previous break was 23). Only printed numbers
are used: a page that shows none stays unknown rather than guessed from line counts.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import median

from annotator.domain.pages import roman, roman_value

RUNNING_HEAD, PAGE_NUMBER = "running head", "page number"

_BARE = re.compile(r"^[\[(—–-]?\s*(\d{1,4})\s*[\])—–-]?$")
_NUMBER_FIRST = re.compile(r"^(\d{1,4})\s+(\S.*)$")
_NUMBER_LAST = re.compile(r"^(.*\S)\s+(\d{1,4})$")
# Front matter is numbered in lower-case roman (a bare "xii", or "xii PREFACE"); capitals are parts,
# chapters and kings ("Part II", "Henry VIII") and are never taken.
_ROMAN_BARE = re.compile(r"^[\[(—–-]?\s*([ivxlc]{1,8})\s*[\])—–-]?$")
_ROMAN_FIRST = re.compile(r"^([ivxlc]{1,8})\s+(\S.*)$")
_ROMAN_LAST = re.compile(r"^(.*\S)\s+([ivxlc]{1,8})$")
_MAX_HEAD_WORDS = 12
_MAX_HEAD_CHARS = 80
MIN_REPEATS = 3  # a running head's words appear on at least this many pages
MIN_PAGE_LINES, MAX_PAGE_LINES = 12, 120  # the text lines of a printed page, from a pocket book to a folio


@dataclass(frozen=True, slots=True)
class Furniture:
    """A line of page furniture: its 0-based line number, the line, why, and the page that follows it."""

    line: int
    text: str
    reason: str  # RUNNING_HEAD or PAGE_NUMBER
    number: int  # the page number printed on it
    page_after: str | None  # the label of the page the text after this line is printed on
    page_before: str | None = None  # for a number at the foot of a page: that page, since the last break


@dataclass(frozen=True, slots=True)
class _Candidate:
    line: int
    number: int
    key: str  # the words without the number, casefolded; "" for a bare number
    text: str
    content: int  # how many non-blank, non-candidate lines come before it


def _key(words: str) -> str | None:
    """The repeated part of a running head, or None when ``words`` read like a sentence, not a head."""
    words = " ".join(words.split())
    if not words[:1].isalpha() or len(words) > _MAX_HEAD_CHARS or len(words.split()) > _MAX_HEAD_WORDS:
        return None
    if words.endswith((",", ";", "-", "—")):
        return None
    return words.casefold()


def _roman_candidate(index: int, stripped: str, content: int) -> _Candidate | None:
    """A line that may carry a front-matter page number in lower-case roman numerals."""
    first, last = _ROMAN_FIRST.match(stripped), _ROMAN_LAST.match(stripped)
    # A head's words begin with a capital: "xii Preface", "PREFACE xiii".
    if match := _ROMAN_BARE.match(stripped):
        numeral, key = match.group(1), ""
    elif first and first.group(2)[:1].isupper() and (key := _key(first.group(2))):
        numeral = first.group(1)
    elif last and last.group(1)[:1].isupper() and (key := _key(last.group(1))):
        numeral = last.group(2)
    else:
        return None
    value = roman_value(numeral)
    return _Candidate(index, value, key, stripped, content) if value else None


def _candidates(lines: list[str], romans: list[_Candidate] | None = None) -> list[_Candidate]:
    """Lines that may carry a page number in arabic figures; those in roman numerals go to ``romans``."""
    found: list[_Candidate] = []
    content = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        candidate = None
        if romans is not None and (roman_candidate := _roman_candidate(index, stripped, content)):
            romans.append(roman_candidate)
            continue
        if match := _BARE.match(stripped):
            candidate = _Candidate(index, int(match.group(1)), "", stripped, content)
        elif (match := _NUMBER_FIRST.match(stripped)) and (key := _key(match.group(2))):
            candidate = _Candidate(index, int(match.group(1)), key, stripped, content)
        elif (match := _NUMBER_LAST.match(stripped)) and (key := _key(match.group(1))):
            candidate = _Candidate(index, int(match.group(2)), key, stripped, content)
        if candidate is None:
            content += 1
        else:
            found.append(candidate)
    return found


def _pace(members: list[_Candidate]) -> float | None:
    """Lines of text per page between consecutive members whose numbers rise; None if they do not."""
    rates = []
    rising = 0
    for a, b in itertools.pairwise(members):
        if b.number > a.number:
            rising += 1
            rates.append((b.content - a.content) / (b.number - a.number))
    if len(members) < MIN_REPEATS or rising < 0.8 * (len(members) - 1) or not rates:
        return None
    return median(rates)


def _chain(candidates: list[_Candidate]) -> tuple[list[_Candidate], float] | None:
    """The running heads that set the page pace, or None when no repeated head keeps a page's pace."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in candidates:
        groups[candidate.key].append(candidate)
    paces = {key: _pace(members) for key, members in groups.items() if key}
    steady = {key: pace for key, pace in paces.items() if pace and MIN_PAGE_LINES <= pace <= MAX_PAGE_LINES}
    if not steady:
        # A book with page numbers alone: the bare numbers must keep the pace themselves.
        pace = _pace(groups.get("", []))
        if pace is None or not MIN_PAGE_LINES <= pace <= MAX_PAGE_LINES:
            return None
        steady = {"": pace}
    # The pace of a page: that of the head seen most often (chapter headings repeat far slower).
    main = max(steady, key=lambda key: len(groups[key]))
    page = steady[main]
    chain = sorted(
        (c for key, pace in steady.items() if 0.4 * page <= pace <= 2.5 * page for c in groups[key]),
        key=lambda c: c.line,
    )
    return _rising(chain), page


def _rising(chain: list[_Candidate]) -> list[_Candidate]:
    """The longest run of ``chain`` whose numbers rise with the lines (drops a stray early or late one)."""
    if not chain:
        return chain
    # Longest increasing subsequence by number, O(n log n).
    tails: list[int] = []
    tail_index: list[int] = []
    parent = [-1] * len(chain)
    for i, c in enumerate(chain):
        k = bisect_left(tails, c.number)
        if k == len(tails):
            tails.append(c.number)
            tail_index.append(i)
        else:
            tails[k] = c.number
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k > 0 else -1
    out = []
    i = tail_index[-1]
    while i >= 0:
        out.append(chain[i])
        i = parent[i]
    return out[::-1]


def _fits(c: _Candidate, before: _Candidate | None, after: _Candidate | None, page: float) -> bool:
    """Whether ``c`` falls between two links of the chain with a number and a place that fit a page."""
    if before is None or after is None:
        # Before the first link or after the last: only the very next (or previous) page's number, with
        # no text between them (the foot of the page before the first head).
        link = after if before is None else before
        if link is None or abs(link.number - c.number) != 1 or link.content != c.content:
            return False
        return (c.number < link.number) == (before is None)
    if not before.number < c.number < after.number or after.number - before.number > 4:
        return False
    expected = before.content + (c.number - before.number) * page
    # A page number sits at a page break: within a third of a page of where the pace puts one.
    return abs(c.content - expected) <= max(page / 3, 3) or c.content in (before.content, after.content)


@dataclass(frozen=True, slots=True)
class Pages:
    """The furniture found, and where pages begin: 0-based line numbers and the label of the page that
    begins after each (a piece of furniture, or the blank lines of a page break)."""

    furniture: tuple[Furniture, ...] = ()
    starts: dict[int, str] = field(default_factory=dict)


def find_pages(lines: list[str]) -> Pages:
    """The furniture among ``lines`` and the page starts it shows.

    A head says its page begins after it. A number at the foot of page N says page N + 1 begins after it,
    and page N after the previous break: right after the previous number if that was at the foot of page
    N - 1; after a head of page N - 1, at the only page break (blank lines) that leaves neither page longer
    than a page. Where the break cannot be told, and where pages go by with no number printed (after the
    last one, or a jump in the numbers), the page is marked unknown ("") from the earliest place a new page
    can have begun: citations there give no page rather than a wrong one.
    """
    furniture, page = _find(lines)
    starts: dict[int, str] = {}
    previous: Furniture | None = None
    for item in furniture:
        if previous is not None and item.page_before is not None and previous.number == item.number - 1:
            if previous.page_before is not None:  # the foot of the page before
                starts.setdefault(previous.line, item.page_before)
            else:
                breaks = _breaks(lines, previous.line, item.line, page, 1)
                if len(breaks) > 1:  # a chapter's first page begins with its heading
                    breaks = [b for b in breaks if _heading_after(lines, b)] or breaks
                if len(breaks) == 1:
                    starts[breaks[0]] = item.page_before
                elif breaks:
                    starts[breaks[0]] = ""
        elif previous is not None and previous.page_after is not None:
            # Pages with no number printed between the two: unknown after the first page's worth.
            shown = int(previous.page_after) if previous.page_after.isdigit() else 0
            missing = item.number - shown - (0 if item.page_before is not None else 1) if shown else 0
            if missing >= 1:
                breaks = _breaks(lines, previous.line, item.line, page, missing)
                if breaks:
                    starts[breaks[0]] = ""
        if item.page_after is not None:
            starts[item.line] = item.page_after
        previous = item
    if furniture and furniture[-1].page_after is not None:
        rest = _breaks(lines, furniture[-1].line, len(lines), page, None)
        if rest:
            starts[rest[0]] = ""
    return Pages(tuple(furniture), starts)


def _breaks(lines: list[str], first: int, last: int, page: float, after: int | None) -> list[int]:
    """The blank lines between lines ``first`` and ``last`` where the page begun at ``first`` can end: at
    most a page of text (and a little) before them, and at most ``after`` pages' worth after them (no
    bound when ``after`` is None: then only the first blank line past a full page is given)."""
    limit = 1.15 * page
    total = sum(1 for index in range(first + 1, last) if lines[index].strip())
    out = []
    content = 0
    for index in range(first + 1, last):
        if lines[index].strip():
            content += 1
            continue
        if not lines[index - 1].strip() or content == 0:
            continue  # only the first of a run of blank lines, and not before any text
        if after is None:
            if content > limit:
                return [index]
            continue
        if content > limit:
            break
        if total - content <= after * limit:
            out.append(index)
    return out


def _heading_after(lines: list[str], blank: int) -> bool:
    """Whether the first line of text after the blank line ``blank`` looks like a heading: no lower-case
    letter, or short and not ending a sentence or a clause."""
    line = next((line.strip() for line in lines[blank + 1 :] if line.strip()), "")
    if not line or not line[:1].isupper():
        return False
    capitals = line.upper() == line and line.lower() != line
    return capitals or (len(line) < 50 and not line.endswith((".", ",", ";", ":", "!", "?", "”", '"')))


def find_furniture(lines: list[str]) -> list[Furniture]:
    """The running heads and page numbers among ``lines`` (see the module docstring), in line order."""
    return _find(lines)[0]


def _find(lines: list[str]) -> tuple[list[Furniture], float]:
    romans: list[_Candidate] = []
    candidates = _candidates(lines, romans)
    found = _chain(candidates) if len(candidates) >= MIN_REPEATS else None
    if found is None:
        front = _front_matter(romans, None, len(lines))
        return front[0], front[1]
    chain, page = found
    in_chain = {c.line for c in chain}
    accepted = list(chain)
    links = chain
    position = 0
    for c in candidates:
        if c.line in in_chain:
            continue
        while position < len(links) and links[position].line < c.line:
            position += 1
        before = links[position - 1] if position > 0 else None
        after = links[position] if position < len(links) else None
        if _fits(c, before, after, page):
            accepted.append(c)
    accepted.sort(key=lambda c: c.line)
    front, _ = _front_matter(romans, page, accepted[0].line if accepted else len(lines))
    return front + _placed(accepted, page), page


def _front_matter(romans: list[_Candidate], page: float | None, before: int) -> tuple[list[Furniture], float]:
    """The lower-case roman page numbers of the front matter (before line ``before``, where the arabic
    numbers begin): two or more that rise at about the pace of the book's pages (three, at a page's pace of
    their own, where the book shows no arabic numbers)."""
    # A head's words come back on its pages ("PREFACE xiii", "xiv PREFACE"); an entry of a table of
    # contents ("Introduction ix") is there once.
    keys = Counter(c.key for c in romans if c.line < before)
    chain = _rising([c for c in romans if c.line < before and (not c.key or keys[c.key] >= 2)])
    least = 2
    if page is None:
        pace = _pace(chain) if len(chain) >= MIN_REPEATS else None
        if pace is None or not MIN_PAGE_LINES <= pace <= MAX_PAGE_LINES:
            return [], 0.0
        page, least = pace, MIN_REPEATS
    chain = _steady_run(chain, page)
    if len(chain) < least:
        return [], page if least == 2 else 0.0
    return [
        Furniture(
            f.line,
            f.text,
            f.reason,
            f.number,
            roman(int(f.page_after)) if f.page_after else None,
            roman(int(f.page_before)) if f.page_before else None,
        )
        for f in _placed(chain, page)
    ], page


def _steady_run(chain: list[_Candidate], page: float) -> list[_Candidate]:
    """The longest run of ``chain`` rising a page at a time at about a page's pace: from a quarter of a
    page of text a page (front matter has short pages) to a page and a half, or none between a number at
    a page's foot and the next page's head. Numerals a line apart are a table of contents ("Preface vii",
    "Introduction ix")."""
    best: list[_Candidate] = []
    run = chain[:1]
    for a, b in itertools.pairwise(chain):
        rise, lines = b.number - a.number, b.content - a.content
        adjacent = lines == 0 and rise == 1 and "" in (a.key, b.key)
        if 1 <= rise <= 4 and (adjacent or 0.25 * page * rise <= lines <= 1.5 * page * rise):
            run.append(b)
            continue
        best = run if len(run) >= len(best) else best
        run = [b]
    return run if len(run) >= len(best) else best


def _placed(accepted: list[_Candidate], page: float) -> list[Furniture]:
    """Each piece of furniture with the page the text after it (and, at a foot, before it) is on.

    A number with no text between it and the next page's number (N, then N + 1) is at the foot of page N;
    with no text between it and the previous page's (N - 1, then N), at the head of page N. Heads with
    words are at the top unless shown otherwise; a bare number decided by neither takes the majority of
    the bare numbers that were decided, or if none was, the foot when a page of text comes before the
    first one.
    """
    foot: list[bool | None] = []
    for i, c in enumerate(accepted):
        after = accepted[i + 1] if i + 1 < len(accepted) else None
        before = accepted[i - 1] if i > 0 else None
        if after is not None and after.number == c.number + 1 and after.content == c.content:
            foot.append(True)
        elif before is not None and before.number == c.number - 1 and before.content == c.content:
            foot.append(False)
        else:
            foot.append(None if not c.key else False)
    decided = [f for c, f in zip(accepted, foot, strict=True) if not c.key and f is not None]
    if decided:
        bare_at_foot = sum(decided) > len(decided) / 2
    else:
        # Nothing to tell by: numbers alone at a page's foot have a page of text before the first one.
        first = next((c for c in accepted if not c.key), None)
        bare_at_foot = first is not None and first.content >= 0.5 * page
    out: list[Furniture] = []
    for c, at_foot in zip(accepted, foot, strict=True):
        if at_foot is None:
            at_foot = bare_at_foot
        reason = PAGE_NUMBER if not c.key else RUNNING_HEAD
        if at_foot:
            out.append(Furniture(c.line, c.text, reason, c.number, str(c.number + 1), str(c.number)))
        else:
            out.append(Furniture(c.line, c.text, reason, c.number, str(c.number)))
    return out
