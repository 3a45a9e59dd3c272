"""Note calls and reference marks (from the structure marks) as citations, the author, year and locator
read from a note that reads as a reference; and the entries of a reference list, whose authors count as cited
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotator.domain.evidence import Evidence, EvidenceKind
from annotator.domain.evidence.citations.names import _MONTHS, _NOT_NAMES, _place_names
from annotator.domain.evidence.citations.references import _ARCHIVAL, _BODY_NAME_WORD, _clean_loc
from annotator.domain.evidence.citations.shapes import (
    _ARABIC_ARTICLE,
    _CAPITAL,
    _LETTER,
    _LOC,
    _LOWER,
    _NAME,
    _NAME_OPENING,
    _YEAR,
)
from annotator.domain.evidence.citations.source_notes import SourceNotes
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
# ("See, for example, RGIA, f. 1396, …", "“Peticija …”: RGIA, f. 1396, …": after a lead, or after the
# document's quoted title)
_NOTE_ARCHIVE = re.compile(
    rf"\s*(?:\d+\.?\s*)?(?:\^\s*(?:[a-z]\s+)*)?"
    r"(?:(?:[Ss]ee(?:\s+also)?|Cf\.)[:,]?\s+(?:(?:e\.g\.|for\s+example),?\s+)?|[“\"][^”\"\n]{1,200}[”\"]:?\s+)?"
    rf"(?P<archive>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{{1,15}})\s*,?\s*(?P<fond>{_ARCHIVAL})"
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
# ("lbid.": a scan's "I" read as "l")
# ("Ibid., entry Aug. 14th.", "Ibid. Later, he married …": whatever follows, the note opens on the work
# before)
_NOTE_IBID = re.compile(
    rf"\s*(?:\d+\.?\s*|\[\d+\]\s*)?[Iil]bid(?:em)?\b\.?(?:\s*,\s*(?P<loc>{_LOC})(?![\w?]))?"
)
_NOTE_PAGE = re.compile(r"\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?")
_NOTE_YEAR = re.compile(rf"\b(?P<year>{_YEAR})\)(?:\s*,\s*(?P<loc>{_LOC}))?")

# Chicago notes–bibliography: where a note's reference may open. The note's start, after "see", "See also:",
# after a sentence (a discursive note that ends on its source: "… planter class. Oakes, The Ruling Race,
# 38."), or after a quotation the note gives ("… “the conservative turn,” Koistinen, Paul A.C. State …",
# "‛Amerika’da Tarikat-ı Babiyye’, BOA, …")
_REFERENCE_OPENS = re.compile(
    # (a reference mark's note opens on its "[13]")
    r"\A\s*(?:\d+\.?\s*|\[\d+\]\s*)?(?:(?:Quoted|Cited)\s+in\s+)?"
    r"|\b(?:[Ss]ee(?:\s+also)?|Cf\.|Compare)\s*[:,]?\s+(?:(?:e\.g\.|for\s+example),?\s+)?"
    # (not after an initial: "Donald R. Kelley, …" is one name)
    r"|(?<=[.?!”\"])(?<!\b[A-Z]\.)\s+(?=[A-Z‛])|(?<=,[”\"’])\s+|(?<=[”\"’],)\s+"
    # (after a lower-case word's colon: "… have been published: Mangol Bayat Mysticism …"; not a short
    # note's "Cole: Modernity")
    r"|\b(?P<colon>[a-z]+:)\s+(?=[A-Z])"
)
# An archive's initials and a shelf mark: "BOA, Y.PRK.ASK. 228/60, …", "BIA, undated draft letter …,
# AC005/010/00012.", "TNA, FO 371/66245"; or the initials the note gives it: "Başbakanlık Osmanlı Arşivi
# (BOA), Y.PRK.AZJ. 27/39", "Baha’i International Archives (henceforth BIA), AC3/8/305"
# (a PDF's note runs over lines)
_SHELF_MARK_AHEAD = r"(?=[^;]{0,160}?\d+/\d)"
_NOTE_ARCHIVE_MARK = re.compile(rf"(?P<archive>[A-Z]{{2,6}}),\s+{_SHELF_MARK_AHEAD}")
_NOTE_ARCHIVE_NAMED = re.compile(
    rf"\((?:henceforth\s+)?(?P<archive>[A-Z]{{2,6}})\)\s*,\s*{_SHELF_MARK_AHEAD}"
)
# "Thomas, Clarke. “Course …”", "Koistinen, Paul A.C. State of War (…, 2012)", "Pool, Keith T. and Rosenthal,
# Howard Ideology …", "Gross, H.R., speaking on …": a full note that inverts the first author's name as a
# bibliography does; the first year after it is the work's
_NOTE_INVERTED_FULL = re.compile(
    rf"(?P<surname>{_NAME}),\s+(?P<given>[{_CAPITAL}İ][{_LOWER}]+|[A-Z]\.(?:\s?[A-Z]\.)*)"
    r"(?:\s+(?:[A-Z]\.\s?)+|\s+[A-Z]\.)?"
    r"(?:\s*\([^()]{1,40}\))?(?:\.?\s+(?=[“\"‘A-Z])|,\s|(?<=\.)\s+and\s)"
)
# ("Ibn Khaldun": "son of" opens the surname)
# ("Nabíl-i A’zam", "Mahmud-i Zarqani": a Persian name joined to the next by the ezafe "-i" is one name)
_IBN_SURNAME = rf"(?:Ibn\s+)?(?:[{_CAPITAL}][{_LETTER}’']*-y?i\s+(?=[{_CAPITAL}]))?{_NAME_OPENING}?{_NAME}"
# "Green, The Rise of the Trans-Atlantic Slave Trade, 177–207.", "Eltis, “Relative Importance,\" 237–249.",
# "Law, ed., The English in West Africa.", "Charles, Daudin, and Girard, \"The treatment …\"", "McCusker and
# Menard, The Economy …, 138;", "Donald R. Kelley, Faces of History, 223.": a short note, the author's surname
# (maybe after the given name) and the work's short title, maybe a page
# ("Cole: Modernity, p. 62.", "‛Abdu’l-Baha: SDC, p. 6.": a British house's colon after the name)
_NOTE_SHORT_CHICAGO = re.compile(
    rf"(?:(?!Ibn\s)[A-Z][{_LOWER}]+\s+(?:[A-Z]\.\s*){{0,3}})?‛?(?P<surname>{_IBN_SURNAME})"
    rf"(?:(?:,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME}|,?\s+et\s+al\.)?(?:,\s+eds?\.)?[,:]\s+"
    r"(?:[“\"‘‛][^”\"’]{1,150}[”\"’],?|[A-Z‛][^,.();:]{0,100}(?:,(?=\s*(?:\d|[a-z]{1,4}\.\s*\d)))?)"
    # (no bracket before its end: "Vasily Grossman, Forever Flowing (…, 2000)" is a full note)
    rf"(?:\s*(?P<loc>{_LOC})(?![\w’'-]))?[^;.(]{{0,100}}?(?:[.;]|$)"
)
# "Herbert Hoover to Felix Morely 18 Dec 1952": a letter, its writer and its date
_NOTE_LETTER = re.compile(
    rf"(?:[A-Z][{_LOWER}]+\s+)(?:[A-Z]\.\s+)?(?P<surname>{_NAME})\s+to\s+(?:[A-Z][{_LOWER}.]*\s+){{1,3}}"
    rf"[^.;\n]{{0,20}}?\b(?P<year>{_YEAR})\b"
)
# "Kappeler, 2006, pp. 142-143.", "See, for example, Viswanathan, 1989.", "Van der Veer, 2001, p. 113.": an
# author-date short note pointing to a bibliography, as European houses print them (a capitalised particle
# opens the surname there)
_NOTE_AUTHOR_DATE = re.compile(
    r"\s*(?:\d+\.?\s*|\[\d+\]\s*)?(?:(?:[Ss]ee(?:\s+also)?|Cf\.)[:,]?\s+(?:(?:e\.g\.|for\s+example),?\s+)?)?"
    rf"(?P<surname>(?:(?:Van|Von|De|Del|Della|Di|Da|Du|Le|La)\s+(?:(?:der|den|de|la|du)\s+)?)?{_IBN_SURNAME})"
    rf"(?:\s+(?:and|et|&)\s+{_NAME})?,\s+(?P<year>{_YEAR})(?:,\s*(?P<loc>{_LOC}))?(?=\s*(?:[.;,)]|$))"
)
# "Downs to Director, DDSNA, 8 January 1950.", "Gribble to Chenoweth 25 January 1950", "Rev. Amos Lutton,
# Chairman, Fens Circuit, to Gribble, 15 February 1957", "Mazakmat to John Black, op. cit.": a letter by its
# writer's surname (maybe his title, names and office before "to"), its recipient and the date it bears, or
# "op. cit." for a letter cited before
_LETTER_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
)
_NOTE_LETTER_DATED = re.compile(
    rf"(?:(?:Rev|Mr|Mrs|Dr)\.?\s+)?(?:(?:{_NAME}|[A-Z]\.)\s*){{0,3}}(?<![\w.’'-])(?P<surname>{_NAME})"
    rf"(?:,\s+[A-Z][^,;()]{{1,40}}(?:,\s+[A-Z][^,;()]{{1,40}})?,)?\s+to\s+(?:the\s+|acting\s+)?[A-Z][^;]{{0,70}}?"
    rf"(?:{_LETTER_DATE}(?P<year>{_YEAR})\b|\bop\.\s*cit\b)"
)
# "Diary of Agnes Parsons (unpublished): …", "Papers of Sir John Hale": a writer's diary, letters or papers
_PAPERS_OF = re.compile(
    r"\s*(?:\[\d+\]\s*|\d+\.?\s+)?(?:The\s+)?(?:[Uu]npublished\s+)?"
    r"(?:Diary|Diaries|Journal|Journals|Papers|Letters|Memoirs|Notebooks?|[Nn]otes|"
    r"Correspondence|Recollections)\s+of\s+(?:(?:Mrs?|Dr|Rev|Sir|Lady)\.?\s+)?"
    rf"(?:[A-Z][{_LOWER}’'-]*\.?\s+){{0,3}}(?P<surname>{_NAME})(?![\w’'-])"
)
# "… translated by Mohi Sobhani", "provisional translation by Dr. Paris Khavari", "ed. by": a translator,
# editor or compiler after the title, no author
_BY_TRANSLATOR = re.compile(
    r"\b(?:[Tt]ranslat\w*|[Tt]rans\.|[Tt]r\.|[Ee]dited|[Ee]ds?\.|[Cc]ompiled|[Cc]omp\.)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?:(?:Dr|Rev|Mr|Mrs|Prof)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}$"
)
# "Patrol Reports Kavieng 1951-52. Nalik Census Division. W.E. Tomasetti. June 1952, …", "… 1971/72. R.G.
# Saker, Missions, p 12.": a report's writer, his name a sentence of its own after the report's title
_SIGNED_BY = re.compile(
    # (after a sentence, not after an editor's or translator's "ed." / "trans.", nor the note's own number)
    rf"(?<=\.\s)(?<!\b[Ee]d\.\s)(?<!\b[Ee]ds\.\s)(?<!\b[Tt]rans\.\s)(?<!\b[Tt]r\.\s)"
    rf"(?:(?:[A-Z]\.\s?){{1,3}}|[A-Z][{_LOWER}]+\s+(?:[A-Z]\.\s?){{1,2}})(?P<surname>{_NAME})"
    rf"(?:\s+and\s+(?:[A-Z]\.\s?){{1,3}}{_NAME})?(?=[.,]\s|\.$)"
)
# Titles after a name that name nobody alone: "Shoghi Effendi", "Enver Pasha", "Reza Shah", "Ruhiyyih Khanum"
_HONORIFICS = {
    "Effendi", "Efendi", "Pasha", "Paşa", "Bey", "Beg", "Khan", "Khanum", "Khanim", "Shah", "Agha", "Aga",
}  # fmt: skip
# "Baha’u’llah, The Summons of the Lord of Hosts (Haifa, 2002), pp. 92, 161.": a full note whose author has
# one name, or is named by the surname alone, the work's year in its imprint ("See also Baha’u’llah’s
# ‛Lawh-i Dunya’ …, Tablets … (Wilmette/Ill., 1988)": the owner of the work)
_NOTE_NAME_FULL = re.compile(
    # (a quoted title may hold a semicolon: "Marsh, “Looms; or, the Masters Undone,” … (1971)")
    # ("'Abdu’l-Baha, ar-Risalah …": a transliterated title may open on its article)
    rf"‛?(?P<surname>{_IBN_SURNAME})(?:,|[’']s)\s+(?=[“\"‘‛A-Z]|[a-z]{{1,3}}-)(?:“[^”\n]*”|[^();]){{0,200}}?"
    rf"\([^()]*?\b(?P<year>{_YEAR})\b[^()]*\)(?:[.,:]?\s*(?P<loc>{_LOC}))?"
)
# "Hajji Mirza Jani Kashani, Kitab-i nuqtatu'l-qaf, ed. … (Leiden, 1910)", "Mirza Haydar 'Ali, Bahjat …",
# "Juan Ricardo Cole, “Rifa'a …,” The Muslim World 70 (1980)": a full note with the author's names in their
# order (two to four, initials among them) before the comma; its year must follow
# ("Kazem Kazemzadeh and Firuz Kazemzadeh, “…”": the first of two authors; "Muhammad 'Abduh, al-A'mal …": a
# transliterated title may open on its article)
# ("Rifa'a al-Tahtawi", "Mirza Fadlu'llah al-Irani", "Abd al-Rahman Ibn Khaldun": given names with an
# apostrophe or the Arabic article; "Joseph Arthur comte de Gobineau": a lower-case title before the particle)
_GIVEN_IN_ORDER = (
    # ("Ibn" opens the surname: "son of")
    # ("'Abdu'r-Rahman": an opening ʿayn's apostrophe, the article joined inside the name)
    rf"(?:(?!Ibn\s)(?:{_ARABIC_ARTICLE}|['‘’ʿ])?[{_CAPITAL}][{_LOWER}]+(?:['’][{_LOWER}]+)?(?:-[{_CAPITAL}][{_LOWER}]+)?\s+"
    r"|[A-Z]\.\s?){1,4}"
    r"(?:(?:comte|comtesse|baron|baronne|marquis|vicomte|graf|freiherr)\s+(?=[a-z]))?"
)
_NOTE_NAME_ORDER = re.compile(
    rf"{_GIVEN_IN_ORDER}['‛’]?(?P<surname>{_IBN_SURNAME})(?:\s+and\s+{_GIVEN_IN_ORDER}{_NAME})?(?:,\s+Jr\.)?,\s+"
    rf"(?=[“\"‘‛'{_CAPITAL}]|[a-z]{{1,3}}-)"
)
# "see E.G. Browne Traveller's Narrative, vol. 2", "See D. MacEoin 'Azali Babism' in …": the author's initials
# and surname before the title, with no comma between (the italics that parted them are lost in plain text)
_NOTE_INITIALS_NAME = re.compile(rf"(?:[A-Z]\.\s?){{1,3}}(?P<surname>{_NAME})\s+(?=['‘“\"‛]|[A-Z])")
# "Abbas Amanat 'The Early Years …' (…, 1981)", "Mulla Muhammad Nabil Zarandi The Dawn-Breakers …
# (Wilmette, 1932)", "Guenter Lewy Religion and Revolution (New York, 1974)": an older British note's author
# written whole before the title with no comma between; the surname is the name's last word before a quotation
# or an article, else (a title of capitals) its second word, and an imprint's year must follow
# (not a name that goes on to its comma: "Juan Ricardo Cole, “…”", "Mirza Haydar 'Ali, Bahjat …")
_NAME_GOES_ON = r"(?![^\s,]+(?:\s+[^\s,]+)?,)"
_NOTE_NAME_QUOTED_TITLE = re.compile(
    rf"(?:[{_CAPITAL}][{_LOWER}'’-]+\s+){{1,4}}?(?P<surname>{_NAME})\s+{_NAME_GOES_ON}"
    r"(?=['‘“\"‛]|(?:The|A|An)\s)"
)
_NOTE_NAME_TITLE = re.compile(
    rf"[{_CAPITAL}][{_LOWER}]+\s+(?P<surname>{_NAME})\s+{_NAME_GOES_ON}(?=[{_CAPITAL}])"
)
# "Balyuzi Bahá'u'lláh, p. 90", "Momen Babi and Bahá'í Religions pp. 177-240": the short form, the surname and
# the short title with no comma between, a page after it
_NOTE_NAME_SHORT = re.compile(
    rf"(?P<surname>{_NAME})\s+[{_CAPITAL}][^,;()\n]{{0,80}}?,?\s+(?P<loc>(?:pp?|vol|ch)\.\s*{_LOC})(?=\s*(?:[.;)]|$))"
)
# An imprint's year: "(London/New York, 1999)"; a title's years come before it ("… Empire, 1876–1909 (…)")
# (a journal's pages after a colon: "Rural History 8 (1997): 5–30")
_IMPRINT_YEAR = re.compile(rf"\([^()]*?\b(?P<year>{_YEAR})\b[^()]*\)(?:[.,:]?\s*(?P<loc>{_LOC}))?")
# Words that lead a reference, not its author ("… bloc. See, “Congress Cuts …”")
_LEADS = {"See", "Cf", "Compare", "Also", "Quoted", "Cited"}
_IMPRINT_NEXT = re.compile(r"\s*\(")
# ("Keene Evening Sentinel. Friday, Aug. 9, 1912": a newspaper's date, no author)
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_STATE_BODIES = {"Army", "Navy", "Congress", "Senate", "House", "Cabinet", "Treasury", "Embassy", "Consulate"}
# Capitals before a comma that are no archive: a state, an era
_NOT_ARCHIVES = {"US", "USA", "UK", "USSR", "GB", "EU", "UN", "AD", "BC", "CE", "BCE"}
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_REFERENCE_YEAR = re.compile(rf"\b(?P<year>{_YEAR})\b\)?(?:[.,]?\s*(?P<loc>{_LOC}))?")


# Where a note passes from one work to the next: a semicolon outside brackets and quotes ("Smith, Title
# (1990), 4; Jones, …"); a sentence that ends on a page or a year ("…, 1997. See also …", "… 201–248.
# Richman, …"); a sentence before a lead ("… 38. For its predecessor, see …"); a bracket's end before a name
# ("(…, 2009), Halberstam, David …")
_WORK_BREAK = re.compile(
    # (not between the authors of one work: "Davies, R. W.; Wheatcroft, Stephen G. (2004). The Years …")
    rf";(?!\s+{_NAME},\s+[^;()]{{1,40}}\(\s*{_YEAR}\))"
    # (after an imprint's bracket, "(Oxford: George Ronald, 1981). C.F. Moojan Momen, …", but not after a
    # year's own bracket: "Conquest, Robert (1986). The Harvest of Sorrow.")
    r"|(?:(?<=\d)|(?<=[,:] \d{4})\))\.(?=\s+[A-Z‛'‘“\"])"
    r"|[.?!”\"’](?=\s+(?:See|Cf\.|Compare|Also|(?:For|On)\b[^.;]{0,160}?\b(?:see|read)\b))"
    r"|(?<=\)),(?=\s+(?:and\s+)?[A-Z])|(?<=\))(?=\s+and\s+[A-Z])"
    # (a scan's colon for a semicolon after a journal's year: "… 4 (1956): Arthur Goldschmidt, …"; a page
    # follows a year's colon, never a name)
    r"|(?<=\)):(?=\s+[A-Z][a-z]+\s)"
    # (a page before the next inverted name: "…, p.10, Wiltz, John Edward. …", "pp. 271-301 and Nichols,
    # Christopher, …")
    r"|(?<=\d)(?:,|(?=\s+and\s))(?=\s+(?:and\s+)?[A-Z][a-z]+,\s+[A-Z][a-z]+)"
)
_NOTE_NUMBER = re.compile(r"\s*(?:\[\d+\]|\d+\.?)?\s*")
# What opens a further work but is no part of it: "and", "See also", "Cf.", "For Egypt, see also", "On this
# see", "C.F." (a scan's "Cf.")
_WORK_LEAD = re.compile(
    r"\s*(?:(?:and|also|or)\s+)?"
    r"(?:(?:(?:For|On)\b[^.;:]{0,160}?,?\s+)?(?:[Ss]ee|[Rr]ead)(?:\s+also)?[:,]?\s+|(?:Cf\.|C\.F\.|Compare)\s*)?"
)
# "ibid., p. 7", "idem, Title …": the work before, or its author's other work
_IBID_PIECE = re.compile(r"\s*(?:\d+\.?\s*|\[\d+\]\s*)?[Iil]bid\b")
_IDEM_PIECE = re.compile(r"(?:[Ii]dem|[Ee]adem),?\s+")


def _calls(text: str, marks: Sequence[Mark]) -> Iterable[Evidence]:
    years: dict[str, str] = {}  # the year of each author's first full note, for the short notes after it
    before = ("", "", False)  # the author, year and form of the note before, for an "Ibid." note
    read: set[tuple[int, int]] = set()  # notes whose further works are out (a note may have several calls)
    source = SourceNotes()  # what this source's notes so far teach about its later ones
    for mark in marks:
        if mark.kind not in (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK):
            continue
        details = {"mark": mark.kind.value, "label": mark.label, "style": "note"}
        author = year = locator = ""
        pieces: list[tuple[int, int]] = []
        if mark.target_start is not None and mark.target_end is not None:
            note = text[mark.target_start : mark.target_end]
            details["note_start"], details["note_end"] = str(mark.target_start), str(mark.target_end)
            author, year, locator, chicago = _note_reference(note)
            pieces = _pieces(note)
            head = len(note[: pieces[0][1]].rstrip(" ;"))  # the first stretch, for "Ibid., 4; see also …"
            ibid = _NOTE_IBID.match(note) or (len(pieces) > 1 and _NOTE_IBID.match(note, 0, head))
            if ibid and (not author or _IBID_PIECE.match(note)):
                # "48. Ibid." cites the work of the note before, at its own page if any ("Ibid., 4; see also
                # Jones, …": the first work is still the note before's)
                author, year, chicago = before
                locator = _clean_loc(ibid.group("loc"))
            else:
                author, year, locator, chicago = _taught(source, note, author, year, locator, chicago)
            before = (author, year, chicago)
            if chicago:
                # (a Chicago note's author may be a source's writer, an actor: see find_citations)
                details["form"] = "chicago"
            if author and year:
                years.setdefault(author, year)
            elif author:
                year = years.get(author, "")  # "Viola, Peasant Rebels, 8.": the work of the full note above
        yield Evidence(EvidenceKind.CITATION, mark.start, mark.end, cited_author=author, year=year,
                       locator=locator, details=details)  # fmt: skip
        if mark.target_start is not None and mark.target_end is not None:
            span = (mark.target_start, mark.target_end)
            if span not in read:
                read.add(span)
                yield from _further_works(text, span, pieces, author, mark.label, years, source)
                # (after its further works: a note's title is no short form of the same note)
                source.learn(note[: pieces[0][1]], author, year)


def _pieces(note: str) -> list[tuple[int, int]]:
    """The stretches of a note between the places where it may pass to another work (_WORK_BREAK); a
    semicolon inside a bracket or a quotation is no break ("“War; or, Peace,” 4", "(London; New York,
    1990)")."""
    pieces: list[tuple[int, int]] = []
    start = _NOTE_NUMBER.match(note).end()  # type: ignore[union-attr]  # ("2. Ibid.": no page's full stop)
    for match in _WORK_BREAK.finditer(note, start):
        if match.group(0) == ";" and _enclosed(note, start, match.start()):
            continue
        pieces.append((start, match.end()))
        start = match.end()
    pieces.append((start, len(note)))
    return pieces


def _enclosed(note: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a bracket or a quotation opened after ``start``."""
    part = note[start:at]
    # (a PDF mixes its quotation marks: “Supply of Corn," opens with one and closes with another)
    quotes = part.count("“") + part.count("”") + part.count('"')
    return part.count("(") > part.count(")") or part.count("[") > part.count("]") or quotes % 2 == 1


def _taught(source: SourceNotes, note: str, author: str, year: str, locator: str,
            chicago: bool) -> tuple[str, str, str, bool]:
    """A note's reading after what the source's earlier notes teach (source_notes): no publisher or place
    of an imprint as its author, and its short forms ("Miller, p. 303.", "Ives. Op. cit., p. 116.", "History
    of Dublin, p. 304.", "… (Miller, p. 107)") read as the works they stand for."""
    if source.a_publisher(note, author) or _a_translator(note, author):
        author, locator, chicago = "", "", False  # (the imprint's year is still the work's)
    papers = _PAPERS_OF.match(note) if not author else None
    if papers and _a_surname(papers.group("surname")):
        author, chicago = papers.group("surname"), True
    opening = _NOTE_NUMBER.match(note).end()  # type: ignore[union-attr]
    signed = _SIGNED_BY.search(note, opening + 1, 300) if not author else None
    if signed and _a_surname(signed.group("surname")) and not _a_body(signed.group("surname")):
        author, chicago = signed.group("surname"), True
    short = source.short_note(note, author)
    if short is None:
        # (a discursive note: its first reference, "(Mirzai, “Slavery,” 118). For …, see John Hunwick, …")
        first = re.search(rf"(?<![\w’'-]){re.escape(author)}(?![\w’'-])", note) if author else None
        short = source.inside(note, first.start() if first else None) if first or not author else None
    if short is not None:
        # (the short form's author is a writer the notes cite, as a Chicago note's: see find_citations)
        author, year, locator, chicago = (*short, bool(short[0]))
    return _with_honorific(note, author), year, locator, chicago


def _a_translator(note: str, author: str) -> bool:
    """Whether ``author`` is first printed in the note as its translator, editor or compiler ("… provisional
    translation by Dr. Paris Khavari, 1987"), not as the work's author."""
    first = re.search(rf"(?<![\w’'-]){re.escape(author)}(?![\w’'-])", note) if author else None
    if first is None:
        return False
    return _BY_TRANSLATOR.search(note, max(0, first.start() - 80), first.start()) is not None


def _with_honorific(note: str, author: str) -> str:
    """The whole name of an author known by a name and an honorific ("Shoghi Effendi", "Enver Pasha",
    "Ruhiyyih Khanum"): the honorific alone names nobody."""
    if author not in _HONORIFICS:
        return author
    named = re.search(rf"(?<![\w’'-])(?P<name>[{_CAPITAL}][{_LOWER}’'-]+)\s+{author}(?![\w’'-])", note)
    return f"{named.group('name')} {author}" if named and _a_surname(named.group("name")) else author


def _further_works(text: str, span: tuple[int, int], pieces: list[tuple[int, int]], first: str, label: str,
                   years: dict[str, str], source: SourceNotes) -> Iterable[Evidence]:
    """The works a note cites after its first (which its call carries: ``first``, its author), each a
    citation over its own stretch of the note: "Smith, Title (1990), 4; Jones, Other (1995), 7.", "See X …;
    also Y …; cf. Z …". A stretch that reads as no reference (commentary, a page list's "7", "ibid.") gives
    none."""
    if len(pieces) < 2:
        return
    note = text[span[0] : span[1]]
    skipped = not first  # the first work's stretch is the call's
    last = ""  # the author of the stretch before, for "idem"
    learnt: list[tuple[str, str, str]] = []  # the works read, for the notes after this one
    for start, end in pieces:
        start = _WORK_LEAD.match(note, start).end()  # type: ignore[union-attr]
        piece = note[start:end].rstrip(" .;,\n")
        idem = _IDEM_PIECE.match(piece)
        if idem and last:
            author, year, locator = last, "", ""
            found = _full_year(piece, idem.end())
            if found:
                year, locator = found.group("year"), _clean_loc(found.group("loc"))
        elif _IBID_PIECE.match(piece):
            continue
        else:
            author, year, locator, _ = _note_reference(piece)
            author, year, locator, _ = _taught(source, piece, author, year, locator, False)
        if not author or _enclosed(piece, 0, max(piece.find(author), 0)):
            continue  # ("… (Los Angeles, 1983)": a place in the imprint is no author)
        learnt.append((piece, author, year))
        last = author
        if not skipped and author == first:
            skipped = True
            continue
        details = {"style": "note", "note_work": label, "note_start": str(span[0]), "note_end": str(span[1])}
        at = span[0] + start
        yield Evidence(EvidenceKind.CITATION, at, at + len(piece), cited_author=author,
                       year=year or years.get(author, ""), locator=locator, details=details)  # fmt: skip
    for work in learnt:
        source.learn(*work)


def _note_reference(note: str) -> tuple[str, str, str, bool]:
    """Author, year and locator of a note that reads as a reference: "Vasily Grossman, Forever Flowing
    (Northwestern Univ., 2000), 145." Discursive notes give nothing. The last item says whether the reference
    was read as a Chicago note (_chicago_reference)."""
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
    dated = _NOTE_AUTHOR_DATE.match(first_sentence)
    if dated and _a_surname(dated.group("surname").split()[-1]):  # "Kappeler, 2006, pp. 142-143."
        return dated.group("surname"), dated.group("year"), _clean_loc(dated.group("loc")), True
    year_match = _NOTE_YEAR.search(first_sentence)
    titled = None if year_match else _NOTE_SHORT_TITLE.match(note[:160])
    if titled and titled.group("surname") not in _NOT_NAMES:  # "Viola, Peasant Rebels, 8."
        return titled.group("surname"), "", _clean_loc(titled.group("loc")), False
    # A Chicago reference before the search below, which takes the first capital word before a year:
    # "Buchanan, Patrick J. A Republic, Not an Empire (…, 1999)" gave "Republic"
    chicago = _chicago_reference(note[:800])
    if chicago is not None:
        return chicago
    if not year_match:
        return "", "", "", False
    author_match = _NOTE_AUTHOR.search(first_sentence, 0, year_match.start())
    if not author_match or {author_match.group("surname")} & (_NOT_NAMES | _WEEKDAYS):
        return "", "", "", False
    loc = _clean_loc(year_match.group("loc"))
    return author_match.group("surname"), year_match.group("year"), loc, False


def _chicago_reference(note: str) -> tuple[str, str, str, bool] | None:
    """Author, year and locator of the first reference of a Chicago note, where a reference may open
    (_REFERENCE_OPENS): an archive and its shelf mark, a letter and its date, a full note with the author's
    name inverted or single and the work's year after it, a short note, or a full note that prints no year
    ("Gross, H.R., speaking on …"). The last item says whether the reference reads as Chicago's own forms:
    a full note with the names in their order ("Vasily Grossman, Forever Flowing (…, 2000)") is the form the
    older readers knew, whose author counts as cited elsewhere (see find_citations)."""
    named = _NOTE_ARCHIVE_NAMED.search(note, 0, 300)
    for opening in _REFERENCE_OPENS.finditer(note):
        at = opening.end()
        if named and named.start() < at:
            return named.group("archive"), "", "", True
        if opening.group("colon"):
            # (after a colon only a full reference with its year: "… defined as follows: New York, New
            # Jersey, …" is a list)
            in_order = _name_in_order(note, at)
            if in_order and in_order[1]:
                return (*in_order, False)
            other = _initials_name(note, at) or _name_before_title(note, at)
            if other and other[1]:
                return (*other, True)
            continue
        archive = _NOTE_ARCHIVE_MARK.match(note, at)
        if archive and archive.group("archive") not in _NOT_ARCHIVES:
            return archive.group("archive"), "", "", True
        letter = _NOTE_LETTER.match(note, at) or _NOTE_LETTER_DATED.match(note, at)
        if letter and _a_surname(letter.group("surname")):
            return letter.group("surname"), letter.group("year") or "", "", True
        full = _inverted_full(note, at)
        year = _full_year(note, full.end()) if full else None
        if full and year:
            return full.group("surname"), year.group("year"), _clean_loc(year.group("loc")), True
        single = _NOTE_NAME_FULL.match(note, at)
        if single and _a_surname(single.group("surname")):
            return single.group("surname"), single.group("year"), _clean_loc(single.group("loc")), True
        initials = _initials_name(note, at)
        if initials is not None:
            return (*initials, True)
        in_order = _name_in_order(note, at)
        if in_order is not None:
            return (*in_order, False)
        uncommaed = _name_before_title(note, at)
        if uncommaed is not None:
            return (*uncommaed, True)
        # ("Fuentes, Dispossessed Lives, 5–6.": a short title looks like a given name: a short note unless a
        # year follows; "Adam Ferguson, An Essay … 5th ed. (London: …, 1782).": an imprint after the
        # short form makes a full note, read by the search of _note_reference)
        short = _NOTE_SHORT_CHICAGO.match(note, at)
        if short and _a_surname(short.group("surname")) and not _IMPRINT_NEXT.match(note, short.end()):
            return short.group("surname"), "", _clean_loc(short.group("loc")), True
        if full:
            return full.group("surname"), "", "", True
    if named:
        return named.group("archive"), "", "", True
    return None


def _initials_name(note: str, at: int) -> tuple[str, str, str] | None:
    """A reference by the author's initials and surname before the title (_NOTE_INITIALS_NAME), its year if
    it gives one: "see E.G. Browne Traveller's Narrative", "M.A. Faydi Hayat-i … (Tehran, 1969)"."""
    initials = _NOTE_INITIALS_NAME.match(note, at)
    if not initials or not _a_surname(initials.group("surname")) or _a_body(initials.group("surname")):
        return None
    year = _full_year(note, initials.end())
    return initials.group("surname"), year.group("year") if year else "", ""


def _name_in_order(note: str, at: int) -> tuple[str, str, str] | None:
    """A full reference with the author's names in their order before the comma and its year after
    (_NOTE_NAME_ORDER): "Hajji Mirza Jani Kashani, Kitab-i nuqtatu'l-qaf (Leiden; E.J. Brill, 1910)"."""
    ordered = _NOTE_NAME_ORDER.match(note, at)
    if not ordered or not _a_surname(ordered.group("surname")) or not _a_surname(note[at:].split(None, 1)[0]):
        return None
    year = _full_year(note, ordered.end())
    return (ordered.group("surname"), year.group("year"), _clean_loc(year.group("loc"))) if year else None


def _name_before_title(note: str, at: int) -> tuple[str, str, str] | None:
    """An older British note's reference with no comma between the author and the title (the italics that
    parted them are lost): a full one with its imprint's year, "Guenter Lewy Religion and Revolution (New
    York, 1974), pp. 264-74", or a short one ending on its page, "Balyuzi Bahá'u'lláh, p. 90"."""
    for pattern in (_NOTE_NAME_QUOTED_TITLE, _NOTE_NAME_TITLE):
        named = pattern.match(note, at)
        if not named or not _a_surname(named.group("surname")) or not _a_surname(note[at:].split(None, 1)[0]):
            continue
        end = min(named.end() + 250, _work_end(note, named.end()))
        imprint = _IMPRINT_YEAR.search(note, named.end(), end)
        if imprint:
            return named.group("surname"), imprint.group("year"), _clean_loc(imprint.group("loc"))
    short = _NOTE_NAME_SHORT.match(note, at, _work_end(note, at))
    if short and _a_surname(short.group("surname")):
        return short.group("surname"), "", _clean_loc(short.group("loc"))
    return None


def _work_end(note: str, at: int) -> int:
    """Where the reference that opens at ``at`` ends: at its first semicolon outside a bracket or a quotation
    ("Kashani, Kitab-i nuqtatu'l-qaf (Leiden; E.J. Brill, 1910); …"), else at the note's end."""
    end = note.find(";", at)
    while end >= 0 and _enclosed(note, at, end):
        end = note.find(";", end + 1)
    return len(note) if end < 0 else end


def _full_year(note: str, at: int) -> re.Match[str] | None:
    """The year of the full reference whose name ends at ``at``: its imprint's, or the first in the reference,
    which ends at a semicolon or after 250 characters, outside its quoted title ("Brandt, Otto. “The Loom
    Riots of 1826.” Northern History 9 (1971)")."""
    end = min(len(note), at + 250, _work_end(note, at))
    unquoted = _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), note[:end])
    return _IMPRINT_YEAR.search(unquoted, at, end) or _REFERENCE_YEAR.search(unquoted, at, end)


def _inverted_full(note: str, at: int) -> re.Match[str] | None:
    """The inverted name that opens a full reference at ``at`` (_NOTE_INVERTED_FULL), a person's."""
    full = _NOTE_INVERTED_FULL.match(note, at)
    if full and _a_surname(full.group("surname")) and full.group("given") not in _NOT_NAMES:
        return full
    return None


def _a_body(word: str) -> bool:
    """Whether a word after a state's initials names a body, not a person ("U.S. Department of State")."""
    return _BODY_NAME_WORD.fullmatch(word) is not None or word in _STATE_BODIES


def _a_surname(word: str) -> bool:
    """Whether a word that opens a reference can be its author's surname: not a common word, a place or a
    month ("However, the Democrats", "Illinois, Nebraska, Minnesota", "Washington, DC: …")."""
    return not ({word} & (_NOT_NAMES | _LEADS | _MONTHS | _WEEKDAYS)) and word not in _place_names()


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end
