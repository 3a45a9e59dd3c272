"""Note calls and reference marks (from the structure marks) as citations, the author, year and locator
read from a note that reads as a reference; and the entries of a reference list, whose authors count as cited
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.domain.evidence import Evidence, EvidenceKind
from annotator.domain.evidence.citations.names import _MONTHS, _NOT_NAMES, _place_names
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

# Chicago notes–bibliography: where a note's reference may open. The note's start, after "see", "See also:",
# after a sentence (a discursive note that ends on its source: "… planter class. Oakes, The Ruling Race,
# 38."), or after a quotation the note gives ("… “the conservative turn,” Koistinen, Paul A.C. State …")
_REFERENCE_OPENS = re.compile(
    # (not after an initial: "Donald R. Kelley, …" is one name)
    r"\A\s*(?:\d+\.?\s*)?|\b[Ss]ee(?:\s+also)?\s*[:,]?\s+|(?<=[.?!”\"])(?<!\b[A-Z]\.)\s+(?=[A-Z])|(?<=,[”\"])\s+"
)
# "Thomas, Clarke. “Course …”", "Koistinen, Paul A.C. State of War (…, 2012)", "Pool, Keith T. and Rosenthal,
# Howard Ideology …", "Gross, H.R., speaking on …": a full note that inverts the first author's name as a
# bibliography does; the first year after it is the work's
_NOTE_INVERTED_FULL = re.compile(
    rf"(?P<surname>{_NAME}),\s+(?P<given>[A-Z][{_LOWER}]+|[A-Z]\.(?:\s?[A-Z]\.)*)(?:\s+(?:[A-Z]\.\s?)+|\s+[A-Z]\.)?"
    r"(?:\s*\([^()]{1,40}\))?(?:\.?\s+(?=[“\"‘A-Z])|,\s|(?<=\.)\s+and\s)"
)
# "Green, The Rise of the Trans-Atlantic Slave Trade, 177–207.", "Eltis, “Relative Importance,\" 237–249.",
# "Law, ed., The English in West Africa.", "Charles, Daudin, and Girard, \"The treatment …\"", "McCusker and
# Menard, The Economy …, 138;", "Donald R. Kelley, Faces of History, 223.": a short note, the author's surname
# (maybe after the given name) and the work's short title, maybe a page
_NOTE_SHORT_CHICAGO = re.compile(
    rf"(?:[A-Z][{_LOWER}]+\s+(?:[A-Z]\.\s*){{0,3}})?(?P<surname>{_NAME})(?:(?:,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME}|,?\s+et\s+al\.)?(?:,\s+eds?\.)?,\s+"
    r"(?:[“\"‘][^”\"’\n]{1,150}[”\"’],?|[A-Z][^,.()\n;:]{0,100}(?:,(?=\s*\d))?)"
    # (no bracket before its end: "Vasily Grossman, Forever Flowing (…, 2000)" is a full note)
    rf"(?:\s*(?P<loc>{_LOC})(?![\w’'-]))?[^;.\n(]{{0,100}}?(?:[.;]|$)"
)
# "Herbert Hoover to Felix Morely 18 Dec 1952": a letter, its writer and its date
_NOTE_LETTER = re.compile(
    rf"(?:[A-Z][{_LOWER}]+\s+)(?:[A-Z]\.\s+)?(?P<surname>{_NAME})\s+to\s+(?:[A-Z][{_LOWER}.]*\s+){{1,3}}"
    rf"[^.;\n]{{0,20}}?\b(?P<year>{_YEAR})\b"
)
# Words that lead a reference, not its author ("… bloc. See, “Congress Cuts …”")
_LEADS = {"See", "Cf", "Compare", "Also", "Quoted", "Cited"}
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_REFERENCE_YEAR = re.compile(rf"\b(?P<year>{_YEAR})\b\)?(?:[.,]?\s*(?P<loc>{_LOC}))?")


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
            author, year, locator, chicago = _note_reference(note)
            if chicago:
                # (a Chicago note's author may be a source's writer, an actor: see find_citations)
                details["form"] = "chicago"
            if author and year:
                years.setdefault(author, year)
            elif author:
                year = years.get(author, "")  # "Viola, Peasant Rebels, 8.": the work of the full note above
        yield Evidence(EvidenceKind.CITATION, mark.start, mark.end, cited_author=author, year=year,
                       locator=locator, details=details)  # fmt: skip


def _note_reference(note: str) -> tuple[str, str, str, bool]:
    """Author, year and locator of a note that reads as a reference: "Vasily Grossman, Forever Flowing
    (Northwestern Univ., 2000), 145." Discursive notes give nothing. The last item says whether the reference
    was read as a Chicago note (_chicago_full, _chicago_short)."""
    first_sentence = note[:300]
    archive = _NOTE_ARCHIVE.match(first_sentence)
    if archive:  # "2. GARF, f. 9401, op. 2, d. 450, l. 12.": the archive and its file
        return archive.group("archive"), "", _clean_loc(archive.group("fond")), False
    inverted = _NOTE_INVERTED.match(first_sentence)
    if inverted:  # "^ Conquest, Robert (1986). The Harvest of Sorrow. Oxford University Press. p. 306."
        page = _NOTE_PAGE.search(first_sentence)
        loc = _clean_loc(page.group(0) if page else "")
        return inverted.group("surname"), inverted.group("year"), loc, False
    short = _NOTE_SHORT_YEAR.match(first_sentence)
    if short:  # "^ Kuromiya (2008), p. 670."
        return short.group("surname"), short.group("year"), _clean_loc(short.group("loc")), False
    # A Chicago full note before the search below, which would take the first capital word before the year
    # from "Buchanan, Patrick J. A Republic, Not an Empire (…, 1999)": "Republic"
    full = _chicago_full(note[:800])
    if full is not None:
        return (*full, True)
    year_match = _NOTE_YEAR.search(first_sentence)
    if year_match:
        author_match = _NOTE_AUTHOR.search(first_sentence, 0, year_match.start())
        if author_match and author_match.group("surname") not in _NOT_NAMES:
            loc = _clean_loc(year_match.group("loc"))
            return author_match.group("surname"), year_match.group("year"), loc, False
    else:
        titled = _NOTE_SHORT_TITLE.match(note[:160])
        if titled and titled.group("surname") not in _NOT_NAMES:  # "Viola, Peasant Rebels, 8."
            return titled.group("surname"), "", _clean_loc(titled.group("loc")), False
    chicago = _chicago_short(note[:800])
    if chicago is not None:
        return (*chicago, True)
    return "", "", "", False


def _chicago_full(note: str) -> tuple[str, str, str] | None:
    """Author, year and locator of the first full reference of a Chicago note where a reference may open
    (_REFERENCE_OPENS): a letter with its date, or the author's name inverted and the work's year after it."""
    for opening in _REFERENCE_OPENS.finditer(note):
        letter = _NOTE_LETTER.match(note, opening.end())
        if letter and _a_surname(letter.group("surname")):
            return letter.group("surname"), letter.group("year"), ""
        full = _inverted_full(note, opening.end())
        if full is None:
            continue
        # the work's year: the first in its reference, which ends at a semicolon or after 250 characters, and
        # outside its quoted title ("Brandt, Otto. “The Loom Riots of 1826.” Northern History 9 (1971)")
        end = note.find(";", full.end())
        end = min(len(note), full.end() + 250, end if end >= 0 else len(note))
        unquoted = _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), note[:end])
        year = _REFERENCE_YEAR.search(unquoted, full.end(), end)
        if year:
            return full.group("surname"), year.group("year"), _clean_loc(year.group("loc"))
    return None


def _chicago_short(note: str) -> tuple[str, str, str] | None:
    """Author and locator of the first short reference of a Chicago note ("Oakes, The Ruling Race, 38."), or
    of a full one that prints no year ("Gross, H.R., speaking on …")."""
    for opening in _REFERENCE_OPENS.finditer(note):
        # ("Fuentes, Dispossessed Lives, 5–6.": a short title looks like a given name: the short form first)
        short = _NOTE_SHORT_CHICAGO.match(note, opening.end())
        if short and _a_surname(short.group("surname")):
            return short.group("surname"), "", _clean_loc(short.group("loc"))
        full = _inverted_full(note, opening.end())
        if full is not None:
            return full.group("surname"), "", ""
    return None


def _inverted_full(note: str, at: int) -> re.Match[str] | None:
    """The inverted name that opens a full reference at ``at`` (_NOTE_INVERTED_FULL), a person's."""
    full = _NOTE_INVERTED_FULL.match(note, at)
    if full and _a_surname(full.group("surname")) and full.group("given") not in _NOT_NAMES:
        return full
    return None


def _a_surname(word: str) -> bool:
    """Whether a word that opens a reference can be its author's surname: not a common word, a place or a
    month ("However, the Democrats", "Illinois, Nebraska, Minnesota", "Washington, DC: …")."""
    return not ({word} & (_NOT_NAMES | _LEADS | _MONTHS)) and word not in _place_names()


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end
