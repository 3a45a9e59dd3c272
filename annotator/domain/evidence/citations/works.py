"""A scholar's work named in the running text: a name and its year or page in brackets ("Davies (1989)
argues", "McAuley (47) sees"), in small capitals, a title with its owner and year ("Giovanni Levi’s Inheriting
Power (1985)"), a possessive and its work ("Goldman's study … shows"), a body's dated report, an imprint
("Solzhenitsyn (Vermont, 1974)"), "in his 1967 book".
"""

from __future__ import annotations

import re

from annotator.domain.evidence.citations.references import _TITLE
from annotator.domain.evidence.citations.shapes import (
    _CAPITAL_PARTICLE,
    _CAPITAL_WORD,
    _ET_AL_FORM,
    _LIST_NAME,
    _LOC,
    _LOC_AFTER_SPACE,
    _NAME,
    _NAMES_BODY,
    _NAMES_SEQ,
    _UNDATED,
    _YEAR,
)
from annotator.domain.evidence.citations.verbs import _PRESENT, _ROLES

_BRACKET_REF = (
    # ("Guyton et al. (n.d.) compare": an undated work stands where the year does)
    rf"\(\s*(?:(?P<nyear>{_YEAR}(?:\s?/\s?{_YEAR})?(?:\s*,\s*{_YEAR}(?=\s*[,)])(?![\d-]))*|{_UNDATED})"
    # ("Lund (2013, *The Salt Roads*) puts", "Okafor (2009, *J. Agr. Hist.* 41) estimates": the work's title
    # or journal after its year)
    rf"(?:\s*,\s*{_TITLE}(?=\s*\)))?"
    rf"(?:(?:\s*[,:]\s*|{_LOC_AFTER_SPACE})(?P<nloc1>{_LOC}))?"
    rf"|(?P<nloc2>{_LOC}))\s*\)"
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
# ("Katherine Gerbner’s book Christian Slavery: … World (2018)": what the work is, before its title)
_OWNER_PLAIN_TITLE = re.compile(
    rf"{_NAMES_SEQ}['’]s\s+(?:(?:book|study|article|essay|monograph|biography|history|memoirs?|novel|"
    r"dissertation|thesis|survey)\s+)?"
    rf"(?P<title>[A-Z][\w’'-]*(?:[:,]?\s+[\w’'-]+){{0,11}})\s*\((?P<nyear>{_YEAR})\)"
)
_TITLE_SMALL_WORDS = {"of", "the", "and", "in", "on", "for", "to", "a", "an", "since", "under", "from",
                      "with", "at", "by", "or"}  # fmt: skip
_BODY_REPORT = re.compile(
    rf"(?P<names>[A-Z](?<![\w’'-].)[\w’'-]*(?:\s+[A-Z][\w’'-]*){{1,5}})\s*\((?P<nyear>{_YEAR})\)"
)
# "according to a report of the Montreal Council of Welfare Agencies (1928: 178)": a body's dated report as
# the source of what the sentence says
_BODY_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the|its)\s+(?:[a-z]+\s+){0,2}(?:of|by)\s+)?(?:the\s+)?"
    rf"(?P<names>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w’'-]*){{1,6}})"
    rf"\s*\((?P<nyear>{_YEAR})(?:\s*[:,]\s*(?P<nloc1>{_LOC}))?\)"
)
# (a cheap cue to find it by: the words before a body's name, rare)
_ACCORDING_CUE = re.compile(r"ccording\s+to\s")
# "Source: Census Canada (1987).": the source line under a table or a figure
_SOURCE_LINE = re.compile(
    r"(?m)^[ \t]*(?:Sources?|Data)\s*:\s*"
    rf"(?P<names>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'-]*){{0,6}})\s*\((?P<nyear>{_YEAR})\)"
)
# "SIPRI (2025) reports", "| IFR (2025) |": a body's initials and the year of its report
_INITIALS_REPORT = re.compile(rf"(?<![\w’'-])(?P<names>[A-Z]{{2,8}})\s*\((?P<nyear>{_YEAR})\)")
# … standing alone in a table's cell, as a paper's table of sources prints it
_CELL_END = re.compile(r"[ \t]*\|")
_CELL_START = re.compile(r"\|[ \t]*$")
_CAPS_BEFORE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,}[ \t]+$")
# "Giovanni Levi’s Inheriting Power (1985)": the owner of a title, the title, its year
_OWNER_POSSESSIVE = re.compile(r"(?P<owner>[^\s’']+)[’']s\s+\S")
_LATER_POSSESSIVE = re.compile(r"(?<=\s)(?P<owner>[^\s’']+)[’']s\s+[A-Z]")
_GIVEN_BEFORE = re.compile(r"\b(?P<given>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)\s+$")
# "Davies and Wheatcroft's grain statistics (2004)": the bracket dates the work of the possessive.
_POSSESSIVE = re.compile(rf"{_NAMES_SEQ}['’]s\s+(?:[a-z][\w-]*\s+){{0,4}}(?P<bracket>{_BRACKET_REF})")
# "Solzhenitsyn (Vermont, 1974)", "Pokrovskii (Moscow: Partizdat, 1937)": a name with an imprint cites that
# name's work (a reference-list entry with its imprint does not: see _BIBLIO_ENTRY).
# ("The River Ferry by Amos Teller (Boston: Fenwick & Sons, 1868, p. 41)", "… (Salem: Crane & Co, 1871),
# p. 12": the page cited, inside the imprint's bracket or after it)
_IMPRINT = re.compile(
    rf"{_NAMES_SEQ}\s*\((?P<place>[^(),:\n]{{2,40}})(?P<publisher>:[^(),\n]{{1,60}})?,\s*(?P<nyear>{_YEAR})"
    rf"(?:\s*[,.]\s*(?P<nloc1>{_LOC}))?\)(?:(?:\s*,)?[ \t]+(?P<nloc3>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?))?"
)
# The capitalised words of a title before a name (its small words among them): "Annals of the Mercer Street
# Hall (Phila.: …, 1839)" is the title's, not a person's; a preposition opening the sentence is not the
# title's
_TITLE_HEAD = re.compile(r"(?:(?<![\w’'-])[A-Z][\w’'-]*\s+(?:(?:of|the|and|in|on|for|to|a|an|at)\s+)*)+$")
_NOT_TITLE_HEAD = re.compile(r"(?:In|From|On|At|By|For|With|See|And|But)\s+")
# "Lindqvist's county survey documents", "Okafor's *Roads and Rents* accepts", "Following Ada Okafor's
# argument that": a scholar's work opening a sentence, then what it shows, a weak sign (the name cited
# elsewhere); "Lindqvist's farm" is none
_WORK_NOUN = (
    r"(?:survey|study|account|accounts|estimates|reconstruction|argument|intervention|analysis|research|thesis|"
    r"critique|calculations|chronology|interpretation|monograph|biography|model|findings)"
)
_POSSESSIVE_SUBJECT = re.compile(
    rf"(?P<names>{_NAMES_BODY}(?:\s*,\s*{_LIST_NAME})*(?:\s*,?\s+(?:and|&)\s+{_LIST_NAME})?)['’]s\s+"
    rf"(?:(?:[a-z][\w-]*\s+){{0,3}}?{_WORK_NOUN}\b|\*[^*\n]{{1,120}}\*|_[^_\n]{{1,120}}_|"
    # ("Lund's influential work identified", "Okafor's seminal article defined": a work a judgement marks as
    # scholarship; "Walker's article" alone may be the primary text an essay reads, and a "new book" the one
    # a review is about)
    rf"(?!new\b)(?:[a-z][\w-]*\s+){{1,2}}(?:work|article|paper|essay)\b)"
    # what the work does in the sentence: a verb of showing ("Webb's analysis shaped the field" talks about a
    # work and cites no view of it)
    rf"(?=[^.;!?\n]{{0,80}}?\s(?:{_PRESENT}|confirms?|collects|documented|records|makes|accepts|puts?|opens|gives|"
    # (the past of showing: "Okafor's seminal article defined …", "Lund's work identified two …")
    r"identified|defined|showed|argued|found|distinguished|demonstrated|established|estimated|concluded|"
    r"that)\b)"
)
_POSSESSIVE_CUE = re.compile(r"[’']s\s")
_YEAR_IN_BRACKETS = re.compile(rf"\((?:{_YEAR})\)")
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
# "supports historian Maura Farrelly's argument that": a scholar named by the calling, and her work's claim
_ROLE_POSSESSIVE_WORK = re.compile(
    rf"(?<![\w’'-])(?:{_ROLES})\s+{_NAMES_SEQ}(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+)?"
    r"(?:argument|thesis|claim|contention|conclusion|interpretation|analysis|findings?|account|view)\b"
)
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*\d")
_LIFE_DATES = re.compile(r"1\d{3}\s*[-–—]\s*(?:1\d{3}|20\d\d)")
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
_POSSESSIVE_S = re.compile(r"[’']s$")


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
