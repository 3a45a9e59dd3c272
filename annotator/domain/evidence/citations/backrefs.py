"""Back-references resolved once every citation is found: "ibid." takes the citation before it, a
review's bare page is the reviewed book's, a bare year after quoted words is the author named before, and a
bare page the work cited last within a few paragraphs.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind
from annotator.domain.evidence.citations.names import _DEMONYMS, _NOT_NAMES, _place_names
from annotator.domain.evidence.citations.references import _QUOTE_BEFORE
from annotator.domain.evidence.citations.shapes import _NAME

_OWNER_BEFORE = re.compile(rf"(?<![\w’'-])(?P<owner>{_NAME})[’']s\b")

# How far back a bare page looks for the work it cites: a few paragraphs of an author-page text
_BARE_PAGE_REACH = 2500


def _resolve_bare_years(text: str, found: list[Evidence]) -> list[Evidence]:
    """"“…” (2018, 101)": the author of a bare year and page is the one cited last in the same paragraph, or
    else the last owner named there ("Tom Froese’s chapter … “…” (2018, 173)"); with neither, no citation.
    "… (Sims, 248). … (247).": a bare page is the work cited last within a few paragraphs, its year too."""
    resolved: list[Evidence] = []
    paged = False  # a work cited with its page so far
    for evidence in found:
        paged = paged or bool(resolved and resolved[-1].locator)
        page = bool(evidence.details.get("bare_page"))
        if not evidence.details.get("bare_year") and not page:
            resolved.append(evidence)
            continue
        since = evidence.start - _BARE_PAGE_REACH if page else text.rfind("\n\n", 0, evidence.start) + 1
        author = year = ""
        for before in reversed(resolved):
            if before.start < since:
                break
            if before.cited_author and before.details.get("form") != "chicago":
                # (a Chicago note's reference is no work a bare page goes on: the notes hold the pages)
                author, year = before.cited_author, before.year
                break
        if page:
            quoted = _QUOTE_BEFORE.search(text, max(0, evidence.start - 4), evidence.start)
            if author and year and not paged and not evidence.details.get("page_only") and not quoted:
                # "techniques anywhere (2), and more (3–4)": an author-date text that has printed no page yet
                # reads a number in brackets as the sentence's count, not the page of a dated work
                continue
            if author:
                resolved.append(Evidence(EvidenceKind.CITATION, evidence.start, evidence.end,
                                         cited_author=author, year=year, locator=evidence.locator,
                                         details=evidence.details))  # fmt: skip
            continue
        if not author:
            owners = [m.group("owner") for m in _OWNER_BEFORE.finditer(text, since, evidence.start)]
            places = _place_names()
            owners = [o for o in owners if o not in _NOT_NAMES and o not in _DEMONYMS and o not in places]
            author = owners[-1] if owners else ""
        if author:
            resolved.append(Evidence(EvidenceKind.CITATION, evidence.start, evidence.end, cited_author=author,
                                     year=evidence.year, locator=evidence.locator,
                                     details=evidence.details))  # fmt: skip
    return resolved


# A review's heading names the book under review and its author ("Review: Stalin's Library, by G. Roberts").
# ("**Review Essay: … by Joel Mokyr**": the heading in Markdown's bold or after a heading's "#")
_REVIEWED = re.compile(
    r"\s*(?:[*_#]+\s*)?(?:Review|Book\s+review)\b[^\n]{0,200}?\bby\s+"
    r"(?P<author>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}?)[*_]*"
    r"(?:\s*\([^()\n]{0,60}\))?[ \t]*(?:\n|$)"  # "by Anna Kovaleva (Toronto, 2022)": the imprint too
)


def _resolve_ibid(found: list[Evidence], reviewed: str = "") -> list[Evidence]:
    """"ibid." takes the author (and, without its own locator, the locator) of the citation before it; in a
    review, a bare page "(p. 214)" is the book under review's (``reviewed``: its author's surname)."""
    resolved: list[Evidence] = []
    previous: Evidence | None = None
    for evidence in found:
        if reviewed and evidence.details.get("page_only") and not evidence.cited_author:
            evidence = Evidence(EvidenceKind.CITATION, evidence.start, evidence.end, cited_author=reviewed,
                                locator=evidence.locator, details=evidence.details)  # fmt: skip
        elif evidence.details.get("style") == "ibid" and not evidence.cited_author and previous is not None:
            locator = evidence.locator or previous.locator
            evidence = Evidence(EvidenceKind.CITATION, evidence.start, evidence.end,
                                cited_author=previous.cited_author, year=previous.year, locator=locator,
                                details=evidence.details)  # fmt: skip
        resolved.append(evidence)
        if evidence.cited_author:
            previous = evidence
    return resolved
