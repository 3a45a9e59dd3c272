"""Where one capture holds several articles: proposals ``{start, title}`` for splitting it into sources.

A saved hub or aggregator page often holds two or more articles, each introduced by a label line naming
where it comes from ("from Wikipedia", "via Britannica"), often under the same title ("Stalinism" twice).
An article start is proposed only on evidence of the page's own making, never on a list of sites:

- a **label line** ("from X", "via X"; lower-case "from", or the same shape at least twice, or ", the free
  encyclopedia") followed within a few lines by a title line and running prose;
- an **encyclopedic opening**: a title line followed by a lead sentence that begins with the title
  ("Stalinism" / "Stalinism is the means of governing…"), where the same title opens another article
  of the capture, or where the end of an article (a references list, "Retrieved from…") comes before it.

A section heading inside one article has neither (its first sentence may repeat it, but no label line,
no second opening with that title, and no article ending come before it), so nothing is proposed for a
text that holds one article. Proposals are made only when at least two articles are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "from Wikipedia", "From Wikipedia, the free encyclopedia", "via Grokipedia", "from the Great Soviet
# Encyclopedia": a preposition and a capitalised name of at most four words, nothing else.
SOURCE_LABEL = re.compile(
    r"(?P<prep>from|via|From|Via|FROM|VIA)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,3})"
    r"(?P<tagline>,\s+the\s+free\s+encyclopedia)?\s*:?"
)
# Headings that end an article: its notes, references, links out, and the revision line under it.
_ENDINGS = re.compile(
    r"(?:references|notes|footnotes|sources|bibliography|further reading|external links|citations|"
    r"works cited|notes and references)\s*(?:\[edit\])?|retrieved from\b.*|this page was last edited\b.*|"
    r"(?:read (?:more|the full article)|continue reading|view (?:the )?(?:original|full article|source))"
    r"(?:\s+(?:on|at|in)\s+\S+(?:\s+\S+)?)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_LOOKAHEAD = 4  # non-blank lines between a label and the prose of its article
_ENDING_REACH = 60  # how many non-blank lines back an article's ending may be


@dataclass(frozen=True, slots=True)
class ArticleProposal:
    start: int  # code point where the article begins (its label line, or its title)
    title: str  # the article's title, with its source when two articles share a title
    line: int = 0  # 0-based line of ``start``
    label: str = ""  # the source named by the label line, when there is one

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "title": self.title}


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    """A line of running text: a sentence of some length (headings, labels and buttons are not)."""
    words = _words(line)
    return words >= 20 or (words >= 8 and bool(_SENTENCE_END.search(line)))


def is_title(line: str) -> bool:
    """A short line that can be a title: a few words, no sentence ending, starting with a capital."""
    stripped = line.strip()
    return (
        0 < _words(stripped) <= 12
        and not _SENTENCE_END.search(stripped.removesuffix("[edit]"))
        and (stripped[:1].isupper() or stripped[:1].isdigit())
    )


def source_label(line: str) -> str | None:
    """The source a label line names ("from Wikipedia" → "Wikipedia"), or None."""
    if "\t" in line:
        return None  # a table's cell: "from the United Kingdom" in a row of a list of members
    match = SOURCE_LABEL.fullmatch(line.strip())
    return match.group("name") if match else None


def strong_label(line: str) -> bool:
    """A label line no heading is written like: lower-case "from X", or "From X, the free encyclopedia"."""
    return _strong_label(line)


def _strong_label(line: str) -> bool:
    match = SOURCE_LABEL.fullmatch(line.strip())
    return bool(match and (match.group("prep").islower() or match.group("tagline")))


def _key(line: str) -> str:
    return " ".join(re.sub(r"\[[^\]]{0,12}\]", "", line).split()).casefold()


def _opens_with(title: str, prose: str) -> bool:
    """The lead sentence begins with the title (or with its first words): "Stalinism is…"."""
    head = _key(title)
    lead = _key(prose)
    lead = re.sub(r"^(?:the|a|an)\s+", "", lead)
    head = re.sub(r"^(?:the|a|an)\s+", "", head)
    if not head:
        return False
    first = " ".join(head.split()[:3])
    return lead.startswith(head) or (len(first) >= 4 and lead.startswith(first))


@dataclass(frozen=True, slots=True)
class _Start:
    line: int  # where the article begins (label or title)
    title_line: int | None
    label: str
    subject: str = ""  # without a title line: what the lead sentence is about


def propose_articles(text: str) -> tuple[ArticleProposal, ...]:
    """Article starts in ``text`` (at least two, or none), with a title for each."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    position = {i: k for k, i in enumerate(filled)}

    def following(i: int, count: int) -> list[int]:
        k = position[i]
        return filled[k + 1 : k + 1 + count]

    def title_then_prose(i: int) -> int | None:
        """The title line among the few after ``i`` that is followed by prose, or None."""
        for j in following(i, _LOOKAHEAD):
            if is_prose(lines[j]):
                return None
            if is_title(lines[j]):
                after = following(j, _LOOKAHEAD)
                return j if any(is_prose(lines[n]) for n in after) else None
        return None

    labels = [i for i in filled if source_label(lines[i]) is not None]
    shape_repeats = len(labels) >= 2
    starts: dict[int, _Start] = {}
    for i in labels:
        if not (_strong_label(lines[i]) or shape_repeats):
            continue
        title = title_then_prose(i)
        if title is not None:
            starts[i] = _Start(i, title, source_label(lines[i]) or "")
        elif (nxt := following(i, 1)) and is_prose(lines[nxt[0]]):
            # No title line: the article opens on its lead ("from Grokipedia" / "Stalinism refers to…").
            starts[i] = _Start(i, None, source_label(lines[i]) or "", _subject(lines[nxt[0]]))

    # Encyclopedic openings: title line + lead sentence that begins with the title.
    openings: list[int] = []
    for i in filled:
        if not is_title(lines[i]) or source_label(lines[i]) is not None:
            continue
        # The lead comes next, or after one section heading ("Stalinism" / "Overview" / "Stalinism is…").
        nxt = following(i, 2)
        if nxt and not is_prose(lines[nxt[0]]) and is_title(lines[nxt[0]]):
            nxt = nxt[1:]
        if nxt and is_prose(lines[nxt[0]]) and _opens_with(lines[i], lines[nxt[0]]):
            openings.append(i)
    labelled_titles = {s.title_line for s in starts.values()}
    by_title: dict[str, list[int]] = {}
    for i in openings:
        by_title.setdefault(_key(lines[i]), []).append(i)
    for i in openings:
        if i in labelled_titles:
            continue
        repeated = len(by_title[_key(lines[i])]) >= 2
        k = position[i]
        before = filled[max(0, k - _ENDING_REACH) : k]
        endings = [j for j in before if _ENDINGS.fullmatch(lines[j].strip())]
        ended = bool(endings) and not any(
            j in starts or j in labelled_titles for j in before if j > endings[-1]
        )
        if repeated or ended:
            starts[i] = _Start(i, i, "")
    # The capture's first opening begins the first article when another article follows it.
    if starts and openings and openings[0] < min(starts) and openings[0] not in labelled_titles:
        starts[openings[0]] = _Start(openings[0], openings[0], "")
    if len(starts) < 2:
        return ()
    ordered = [starts[i] for i in sorted(starts)]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    titles = [
        _clean_title(lines[s.title_line]) if s.title_line is not None else (s.subject or s.label)
        for s in ordered
    ]
    proposals = []
    for number, (s, title) in enumerate(zip(ordered, titles, strict=True), 1):
        if titles.count(title) > 1:
            title = f"{title} ({s.label})" if s.label else f"{title} (article {number})"
        proposals.append(ArticleProposal(offsets[s.line], title, s.line, s.label))
    return tuple(proposals)


_COPULA = re.compile(
    r"^(?:The\s+)?(?P<subject>[A-Z][\w'’–-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z0-9][\w'’–-]*){0,5})"
    r"(?:\s*\([^)]{0,60}\))?,?\s+(?:is|was|are|were|refers?\s+to|denotes|describes|designates)\b"
)


def _subject(lead: str) -> str:
    """What a lead sentence defines: "Stalinism refers to…" → "Stalinism"; "" when it does not say."""
    match = _COPULA.match(lead.strip())
    return match.group("subject") if match else ""


def _clean_title(line: str) -> str:
    return " ".join(re.sub(r"\[\s*edit\s*\]", "", line, flags=re.IGNORECASE).split())
