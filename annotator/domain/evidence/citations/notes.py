"""Note calls and reference marks (from the structure marks) as citations, the author, year and locator
read from a note that reads as a reference; and the entries of a reference list, whose authors count as cited
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.domain.evidence import Evidence, EvidenceKind
from annotator.domain.evidence.citations.names import _NOT_NAMES
from annotator.domain.evidence.citations.references import _ARCHIVAL, _clean_loc
from annotator.domain.evidence.citations.shapes import _LETTER, _LOC, _LOWER, _NAME, _YEAR
from annotator.domain.structure import Mark, MarkKind

# "Viola, Lynne. 1996." / "Getty, J. Arch, and Gabor T. Rittersporn. 1993." — a reference-list entry.
_BIBLIO_ENTRY = re.compile(
    rf"(?P<surname>[A-ZÀ-ÖØ-ÞА-ЯЁ](?:(?<![^\n].)|(?<=[.\n] .))[{_LETTER}’'\-]*[{_LOWER}]),"
    rf"\s+(?:[A-Z][{_LETTER}.]*\s*){{1,4}}"
    rf"(?:[^.\n]|\b[A-Z]\.)*?\.\s*{_YEAR}\."
)
# "Vasily Grossman, Forever Flowing (…)", "… in J. Arch Getty and Oleg Naumov, The Road to Terror (…)".
_NOTE_AUTHOR = re.compile(
    rf"(?<![\w.])(?:[A-Z][{_LETTER}]*\.?\s+){{1,3}}(?P<surname>{_NAME})"
    rf"(?:\s+and\s+(?:[A-Z][{_LETTER}]*\.?\s+){{1,3}}{_NAME})?(?:\s+et\s+al\.)?,\s"
)
# A reference list's "Surname, Given (Year)." as encyclopedias print it, and its page.
_NOTE_INVERTED = re.compile(
    rf"\s*(?:\d+\.?\s*)?(?:\^\s*(?:[a-z]\s+)*)?(?P<surname>{_NAME}),\s+[A-Z][^()]{{0,80}}?\((?P<year>{_YEAR})\)"
)
# Short notes: "Kuromiya (2008), p. 670." and "Viola, Peasant Rebels, 8." (author, short title, page).
_NOTE_ARCHIVE = re.compile(
    rf"\s*(?:\d+\.?\s*)?(?:\^\s*(?:[a-z]\s+)*)?(?P<archive>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{{1,15}})\s*,?\s*"
    rf"(?P<fond>{_ARCHIVAL})"
)
# "^ Garrard & Garrard (1996), p. 171.": the first of two authors too
_NOTE_SHORT_YEAR = re.compile(
    rf"\s*(?:\d+\.?\s*)?(?:\^\s*(?:[a-z]\s+)*)?(?P<surname>{_NAME})(?:\s+(?:and|&)\s+{_NAME})?"
    rf"\s*\((?P<year>{_YEAR})\)"
    rf"(?:\s*,\s*(?P<loc>{_LOC}))?\.?\s*$"
)
_NOTE_SHORT_TITLE = re.compile(
    rf"\s*(?:\d+\.?\s*)?(?P<surname>{_NAME})(?:\s+(?:and|&)\s+{_NAME})?,\s+[A-Z][^,.()\n]{{1,80}},"
    rf"\s*(?P<loc>{_LOC})\.?\s*$"
)
_NOTE_PAGE = re.compile(r"\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?")
_NOTE_YEAR = re.compile(rf"\b(?P<year>{_YEAR})\)(?:\s*,\s*(?P<loc>{_LOC}))?")


def _calls(text: str, marks: Sequence[Mark]) -> Iterable[Evidence]:
    years: dict[str, str] = {}  # the year of each author's first full note, for the short notes after it
    for mark in marks:
        if mark.kind not in (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK):
            continue
        details = {"mark": mark.kind.value, "label": mark.label, "style": "note"}
        author = year = locator = ""
        if mark.target_start is not None and mark.target_end is not None:
            note = text[mark.target_start : mark.target_end]
            details["note_start"], details["note_end"] = str(mark.target_start), str(mark.target_end)
            author, year, locator = _note_reference(note)
            if author and year:
                years.setdefault(author, year)
            elif author:
                year = years.get(author, "")  # "Viola, Peasant Rebels, 8.": the work of the full note above
        yield Evidence(EvidenceKind.CITATION, mark.start, mark.end, cited_author=author, year=year,
                       locator=locator, details=details)  # fmt: skip


def _note_reference(note: str) -> tuple[str, str, str]:
    """Author, year and locator of a note that reads as a reference: "Vasily Grossman, Forever Flowing
    (Northwestern Univ., 2000), 145." Discursive notes give nothing."""
    first_sentence = note[:300]
    archive = _NOTE_ARCHIVE.match(first_sentence)
    if archive:  # "2. GARF, f. 9401, op. 2, d. 450, l. 12.": the archive and its file
        return archive.group("archive"), "", _clean_loc(archive.group("fond"))
    inverted = _NOTE_INVERTED.match(first_sentence)
    if inverted:  # "^ Conquest, Robert (1986). The Harvest of Sorrow. Oxford University Press. p. 306."
        page = _NOTE_PAGE.search(first_sentence)
        return inverted.group("surname"), inverted.group("year"), _clean_loc(page.group(0) if page else "")
    short = _NOTE_SHORT_YEAR.match(first_sentence)
    if short:  # "^ Kuromiya (2008), p. 670."
        return short.group("surname"), short.group("year"), _clean_loc(short.group("loc"))
    year_match = _NOTE_YEAR.search(first_sentence)
    if not year_match:
        titled = _NOTE_SHORT_TITLE.match(note[:160])
        if titled and titled.group("surname") not in _NOT_NAMES:  # "Viola, Peasant Rebels, 8."
            return titled.group("surname"), "", _clean_loc(titled.group("loc"))
        return "", "", ""
    author_match = _NOTE_AUTHOR.search(first_sentence, 0, year_match.start())
    if not author_match or author_match.group("surname") in _NOT_NAMES:
        return "", "", ""
    return author_match.group("surname"), year_match.group("year"), _clean_loc(year_match.group("loc"))


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end
