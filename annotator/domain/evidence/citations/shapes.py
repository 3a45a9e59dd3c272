"""The shapes of names, years and locators as texts print them: the pattern pieces every other
rule of the package is built of ("McAuley", "de Solla Price", "E.-M. Sent", "Puk Wing Kin 卜永堅", "1990a",
"n.d.", "pp. 12–14", "ch. 3", "et al."), and the small compiled patterns that split a run of names.
"""

from __future__ import annotations

import re

# (with Latin Extended-A, upper and lower case alike: "Wałęsa", "Dvořák", "Ngũgĩ")
_LOWER = "a-zà-öø-ÿĀ-žа-яё"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-Яа-яЁё"
# A capital that may open a surname: Latin-1's, Latin Extended-A's ("Żuk", "Łoś", "Šmidt", "Čapek"), Cyrillic
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
# The Arabic article as transliterations join it to a name: "al-", "el-", and its assimilated forms ("ash-",
# "ar-", "an-"…)
_ARABIC_ARTICLE = r"(?:al|el|ash|as|ar|at|an|ad|az|adh|ath|ul|ud)-"
# The lower-case particles of surnames ("van der Linden", "de la Croix", "ibn Rushd")
_PARTICLE_WORD = r"(?:van|von|de|del|della|du|da|di|le|la|der|den|ten|ter|wa|ibn)"
_PARTICLE_WORDS = frozenset(_PARTICLE_WORD[3:-1].split("|"))
# ("al-Tahtawi", "ash-Sharabasi", "el-Masri": the Arabic article joined to the name by a hyphen; "ʿAbduh",
# "'Abdu'l-Baha": an ʿayn, or an apostrophe standing for it, before "Abd"). Not part of _NAME, which the
# scans try at every position of the text (it cost 3% of the book's time there): authors and notes take it.
_NAME_OPENING = r"(?:(?=[aeu][a-z]{1,2}-|[ʿʾ]|['‘’]Abd)(?:" + _ARABIC_ARTICLE + r"|[ʿʾ]|['‘’]))"
# The particles before a narrative's capitalised words, which names.py puts back into the author
_LEAD_PARTICLES = rf"(?:(?:{_PARTICLE_WORD}\s+){{1,2}}|{_ARABIC_ARTICLE})"
# A surname as printed: capitalised, at least one lower-case letter at the end (so "NEP", "USSR" are not),
# "McAuley", "Kamenëv", "O’Brien", "Brooks-Smith", with an optional particle ("van Ree", "de Gaulle").
_NAME = (
    # ("de la Roche": two particles)
    # ("Ngũgĩ wa Thiong’o": the Gikuyu "wa", son of)
    # ("Ibn Khaldun", "ibn Rushd": son of)
    rf"(?:(?:{_PARTICLE_WORD}|d’|d')\s*){{0,2}}"
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
    r"(?:(?:Van|Von|De|Del|Della|Du|Da|Di|Der|Den|Ten|Ter|Ibn|Ó|O(?=\s+[A-Z][a-z]))\s+[_*]{0,2}(?=[A-ZÀ-ÞА-ЯЁ]))"
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
# ("Bueno de Mesquita", "García de la Fuente", "Ortega y Gasset": an Iberian surname of two names joined by a
# particle)
_JOINED_SURNAME = rf"(?:\s+(?:(?:y|e)\s+|(?=(?:de|da|do|dos|das|del)\s)){_NAME})?"
_AUTHOR = (
    rf"(?:{_EAST_ASIAN_NAME}|{_PARTICLE_TWO_WORDS}|{_INITIALS}?{_CAPITAL_PARTICLE}?{_NAME_OPENING}?{_NAME}{_JOINED_SURNAME})"
    rf"{_SUFFIX}?"
)
# ("Maloney and Valencia Caicedo": a later author's double surname; "_et al_": Markdown's italics)
# ("et. al": a stray full stop after "et", as students often print it)
_ET_AL_FORM = r"\s+[_*]{0,2}et\.?\s+al(?![a-z])[_*]{0,2}\.?[_*]{0,2}"
_AUTHORS = (
    # ("Toplin/Eudy": two authors with a slash, as notes taken in haste print them)
    rf"{_AUTHOR}(?:\s*(?:,\s*(?:and|&)|,|and|&|/)\s*{_AUTHOR}(?:\s+(?!and\b){_NAME})?)*(?:{_ET_AL_FORM})?"
)
# A work not yet out, or undated, stands where the year does: "(Kuromiya forthcoming)", "(Shearer n.d.)"
# ("1938 / 2013", "1937-41/1957": a reprint of a work that came out over several years)
_YEAR_FORM = (
    rf"(?:{_YEAR}(?:[-–]\d\d(?=\s?/))?(?:\s?/\s?(?:{_YEAR}|\d\d))?(?:\s*\[{_YEAR}\])?|forthcoming|in\s+press|"
    # ("n.d.-c": the third undated work of one author)
    r"n\.\s?d\.(?:-[a-z](?![\w-]))?)"
)
# The look-behind and look-ahead let the scan skip most positions at once: names begin words, with a capital
# or a particle.
# Patterns that scan the whole text begin with a class of characters and only then look behind: Python's
# engine then jumps from candidate to candidate instead of trying every position (four times faster).
# ("al-Tahtawi": after the Arabic article's hyphen a name may begin; names.py puts the article back)
_CAPITAL_WORD = (
    rf"[{_CAPITAL}](?:(?<![\w’'-].)|(?<=-.)(?:(?<=\ba[lnrstdz]-.)|(?<=\bash-.)|(?<=\bel-.)))[{_LETTER}’'\-]*[{_LOWER}]"
)
# "Joseph T. Fuhrmann": a middle initial between the given name and the surname
_NAMES_BODY = (
    rf"{_CAPITAL_WORD}(?:\s+[A-Z]\.){{0,2}}(?:\s+{_NAME}){{0,2}}"
    rf"(?:\s+(?:and|&)\s+{_CAPITAL_PARTICLE}?{_NAME}(?:\s+[A-Z]\.)*(?:\s+{_NAME})?)?"
)
_NAMES_SEQ = rf"(?P<names>{_NAMES_BODY})"
# ("Mokyr (1990, 2002)": several works of one author, their years, not a page)
_UNDATED = r"n\.\s?d\."
_POSSESSIVE_END = re.compile(r"['’]s?$")
_PAIR = re.compile(r"\s(?:and|&)\s")
_PAIR_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*")
# One name as a list prints it, given names and initials included: "S. Pirelli", "Samuel P. Mott".
_LIST_NAME = rf"(?:[A-Z]\.\s*)*{_NAME}(?:\s+(?:[A-Z]\.\s*)*{_NAME}){{0,2}}"
_NAME_LIST = rf"{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})+\s*,?\s+(?:and|&)\s+{_LIST_NAME}"
# Small patterns of the loops, compiled once.
_NAME_RE = re.compile(_NAME)
_WORD = re.compile(r"\S+")
_ET_AL = re.compile(r"\s+et\.?\s+al\.?\s*$")

_CAPITAL_RUN = re.compile(_CAPITAL_WORD)
# A place as an imprint prints it, whole or cut short: "Boston", "Phila.", "New Haven"
_IMPRINT_PLACE = re.compile(r"[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}")
