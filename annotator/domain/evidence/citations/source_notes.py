"""A source's own notes as its style guide: what the notes read so far teach about the later ones.

Every publisher prints its notes its own way, so the pattern readers of notes.py miss a house's short forms.
But a source always cites a work in full before it cites it short, so the short forms follow from what
that source has printed already:

- the authors of its earlier notes: "Miller, p. 303." is Miller's work once a full note has named a Miller;
- the short titles: "History of Dublin, p. 304." and "Mahmud's Diary, Sunday …" cite the work whose earlier
  note printed that title (by its author, or by none: a diary cited by its title);
- where its imprints stand: "George Ronald: Oxford, 1998" and "(London: George Ronald, 1970)" print a
  publisher and a place, no author.

A name before "op. cit." ("Ives. Op. cit., p. 116.", "Williams, op. cit., 156") or before "Ibid."
("Marlowe. Ibid.") names the author of a work already cited, whatever house printed it.

``SourceNotes`` keeps what the notes read so far have taught, in reading order; ``notes._calls`` asks it
about each note after the pattern readers, and tells it what each note read as.
"""

from __future__ import annotations

import re

from annotator.domain.evidence.citations.shapes import _CAPITAL, _LOC, _LOWER, _NAME, _NAME_OPENING, _YEAR

# (a note's number, a lead: "[12] ", "14. ", "See also ", "see ", "Cf. ")
_OPENING = (
    r"\s*(?:\[\d+\]\s*|\d+\.?\s+)?"
    r"(?:(?:[Ss]ee(?:\s+also)?|Cf\.|Compare)[:,]?\s+(?:(?:e\.g\.|for\s+example),?\s+)?)?"
)
_SURNAME = rf"(?P<surname>(?:Ibn\s+)?{_NAME_OPENING}?{_NAME})"
# "Ives. Op. cit., p. 116.", "Williams, op. cit., 156", "Marlowe. Op cit.", "Marlowe. Ibid.", "Gibson, loc.
# cit."
_NAME_OP_CIT = re.compile(
    rf"(?:[{_CAPITAL}][{_LOWER}]+\s+)?{_SURNAME}[.,]?\s+(?:[Oo]p\.?\s*[Cc]it|[Ll]oc\.?\s*[Cc]it|[Ii]bid)\b\.?"
    rf"(?:,?\s*(?P<loc>{_LOC}))?"
)
# "Miller, p. 303.", "Miller. p. 12", "Miller, pp. 111-13, n. 44": an author and a page, no title ("p. ???":
# a draft's page still to fill in)
_NAME_PAGE = re.compile(
    rf"{_SURNAME}[.,]\s+(?P<loc>(?:pp?|vol|ch|chap|chapter)\.?\s*(?:{_LOC}|\?+))"
)
# "(Miller, p. 107)", "see Miller, p. 73", "see Parsons. Op. cit., entries …", "“… strife.”, Williams, op.
# cit., 156": the same inside a discursive note, or after the quotation a note gives
_NAME_PAGE_INSIDE = re.compile(
    rf"(?:\(|\b[Ss]ee\s+|[”\"’],\s+){_SURNAME}[.,]\s+"
    rf"(?:(?P<loc>(?:pp?|vol|ch)\.?\s*{_LOC})|(?P<op_cit>[Oo]p\.?\s*[Cc]it\b)\.?(?:,?\s*(?P<after>{_LOC}))?)"
)
# "(Shoghi Effendi, GOD PASSES BY, p. 28)": a short note in brackets inside a discursive note, whoever its
# author
_BRACKETED_SHORT = re.compile(
    rf"\((?:[Ss]ee\s+)?(?:[{_CAPITAL}][{_LOWER}]+\s+)?{_SURNAME},\s+[{_CAPITAL}‛'‘“\"][^,()]{{1,80}},\s+"
    rf"(?P<loc>pp?\.\s*{_LOC})\)"
)
# "(Mirzai, “Slavery,” 118)", "according to Harris, African Presence, 40", "Quoted in Mirzai, “Slavery,” 72":
# a short note inside a discursive note, of an author this source has cited before
_KNOWN_SHORT_INSIDE = re.compile(
    rf"(?:\(|\b(?:[Ss]ee|[Aa]ccording\s+to|[Qq]uoted\s+in|[Cc]ited\s+in)\s+){_SURNAME},\s+"
    rf"(?:“[^”\n]{{1,100}}”|[{_CAPITAL}][^,()“”\n]{{1,80}}),?\s+(?P<loc>(?:pp?\.\s*)?{_LOC})(?![\w’'-])"
)
# "(Abu’l-Qasim Afnan, Black Pearls: Servants … (Los Angeles: Kalimát Press, 1988 [1999]), 5)": a full
# reference in brackets inside a discursive note
_BRACKETED_FULL = re.compile(
    rf"\((?:[Ss]ee\s+)?(?:[{_CAPITAL}][\w’'.-]*\s+){{0,3}}{_SURNAME},\s+[^()]{{1,160}}?"
    rf"\([^()]*?\b(?P<year>{_YEAR})\b[^()]*\)(?:,\s*(?P<loc>{_LOC}))?"
)
# "Afnan, personal conversation with the author.", "John Black, pers. comm.": what a person told the author
_PERSONAL = re.compile(
    rf"(?:[{_CAPITAL}][{_LOWER}]+\s+)?{_SURNAME},\s+(?:personal|pers\.|private)\s+(?:conversation|communication|comm\.)"
)
# A short title: the note's first words up to a comma or a colon ("History of Dublin, p. 304.",
# "Mahmud's Diary, Sunday, July 28, 1912.", "TARIKH-I-JADID, p. xxiii")
_SHORT_TITLE = re.compile(r"(?P<title>[A-Z‛'‘“\"][^,:;.()\n]{5,60}?)\s*[,:]\s")
# What stands before a journal's or a book's title that holds the work cited: "“…,” Star of the West",
# "“…”, Oceania", "in Religious Systems"
_CONTAINER_BEFORE = re.compile(r"(?:[”\"’],|,[”\"’]|\bin)\s+$")
# An imprint "Publisher: Place, 1998" or "(Place: Publisher, 1970)": the publisher's words
_IMPRINT_AFTER = re.compile(
    rf"(?P<name>(?:[{_CAPITAL}][\w’'.&-]*\s+){{0,3}}[{_CAPITAL}][\w’'.&-]*):\s+[A-Z][^,;()]{{1,40}},\s*{_YEAR}"
)
_IMPRINT_INSIDE = re.compile(rf"\([^():]{{1,60}}:\s+[^()]{{1,60}}?{_YEAR}[^()]*\)")
_WORD = re.compile(r"[\w’'-]+")
_TITLE_WORDS = re.compile(r"[A-Za-z\u00c0-\u024f]{3,}")


class SourceNotes:
    """What one source's notes have taught so far: the authors its notes named and the titles they printed."""

    def __init__(self) -> None:
        self.authors: set[str] = set()
        # (a note's text in lower case, its author, its year), in reading order
        self.works: list[tuple[str, str, str]] = []
        self.years: dict[str, str] = {}  # each author's first year

    def learn(self, note: str, author: str, year: str) -> None:
        """Take in a work of a note as read: its text, its author (if any) and its year."""
        if author:
            self.authors.add(author)
        if author and year:
            self.years.setdefault(author, year)
        self.works.append((note.lower(), author, year))

    def a_publisher(self, note: str, author: str) -> bool:
        """Whether ``author`` is first printed in the note inside an imprint ("… George Ronald: Oxford, 1998",
        "(New Haven, Ct.: Yale Univ. Press, 1968)"): the house's publisher or place, no author."""
        first = re.search(rf"(?<![\w’'-]){re.escape(author)}(?![\w’'-])", note) if author else None
        if first is None:
            return False
        for imprint in _IMPRINT_AFTER.finditer(note):
            if imprint.start("name") <= first.start() < imprint.end("name"):
                return True
        return any(
            imprint.start() <= first.start() < imprint.end() for imprint in _IMPRINT_INSIDE.finditer(note)
        )

    def short_note(self, note: str, read: str) -> tuple[str, str, str] | None:
        """The author, year and locator of a short note this source's earlier notes explain, where they
        say more than the pattern readers' author ``read``; else None."""
        at = _opening_end(note)
        personal = _PERSONAL.match(note, at)
        if personal:
            return personal.group("surname"), "", ""
        op_cit = _NAME_OP_CIT.match(note, at)
        if op_cit:
            author = op_cit.group("surname")
            return author, self._year(author), _clean(op_cit.group("loc"))
        paged = _NAME_PAGE.match(note, at)
        if paged and paged.group("surname") in self.authors and read in ("", paged.group("surname")):
            author = paged.group("surname")
            return author, self._year(author), _clean(paged.group("loc"))
        return self.by_title(note, read)

    def by_title(self, note: str, read: str) -> tuple[str, str, str] | None:
        """A note that opens on the title of a work an earlier note printed: that note's author ("" for a
        work cited by its title alone) and year, and the page after the title if any; also where the
        readers took a word of the title for the author ("Harbour Records of Tynemouth, p. 12." read as
        Harbour). Where they took its last word, which may be a surname ("Hamid Algar, Religion …"), only a
        work the source cited by its title alone, opening its note on it, overrules them ("Mahmud's Diary,
        …" read as Diary)."""
        short = _SHORT_TITLE.match(note, _opening_end(note))
        if not short:
            return None
        title = short.group("title")
        if read and read not in _WORD.findall(title):
            return None
        words = _TITLE_WORDS.findall(title)
        if len(words) < 2 or any(word[0].islower() for word in words if len(word) > 3):
            return None  # ("Paris, 1990": one word is no title; "In the context of slavery, …": a sentence)
        key = title.lower()
        # (a name in order ends on its surname, a title seldom on the word the readers took)
        a_name = bool(read) and _WORD.findall(title)[-1] == read
        for earlier, author, year in reversed(self.works):
            opens = earlier[_opening_end(earlier) :].startswith(key)
            if (a_name or not author) and (author or not opens):
                continue  # (a work cited by its title alone opens its note on it)
            at = earlier.find(key)
            if at < 0 or _CONTAINER_BEFORE.search(earlier, max(0, at - 6), at):
                continue  # ("“Arrival in America,” Star of the West, 3": a journal holds the work, is none)
            page = re.match(rf"\s*(?P<loc>(?:pp?|vol|ch)\.?\s*{_LOC})", note[short.end() :])
            return author, self._year(author) if author else year, _clean(page and page.group("loc"))
        return None

    def inside(self, note: str, before: int | None = None) -> tuple[str, str, str] | None:
        """A discursive note's first reference: "(Author, p. 12)", "see Author, p. 12" or "according to
        Author, Short Title, 40" of an author this source has named in its notes, or "(Author, Short Title,
        p. 12)" or a full reference in brackets of anyone; only one that opens before ``before`` if given."""
        found = []
        for pattern in (_NAME_PAGE_INSIDE, _KNOWN_SHORT_INSIDE):
            for match in pattern.finditer(note):
                author = match.group("surname")
                if author in self.authors or match.groupdict().get("op_cit"):
                    locator = match.group("loc") or match.groupdict().get("after")
                    found.append((match.start(), author, self._year(author), locator))
                    break
        bracketed = _BRACKETED_SHORT.search(note)
        if bracketed:
            author = bracketed.group("surname")
            found.append((bracketed.start(), author, self._year(author), bracketed.group("loc")))
        full = _BRACKETED_FULL.search(note)
        if full:
            found.append((full.start(), full.group("surname"), full.group("year"), full.group("loc")))
        if not found or (before is not None and min(found)[0] >= before):
            return None
        _, author, year, locator = min(found)
        return author, year, _clean(locator)

    def _year(self, author: str) -> str:
        return self.years.get(author, "")


def _opening_end(note: str) -> int:
    return re.match(_OPENING, note).end()  # type: ignore[union-attr]


def _clean(locator: str | None) -> str:
    return " ".join((locator or "").split())
