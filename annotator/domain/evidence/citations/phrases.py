"""The phrases of a narrative citation around its name: a name and its verb of scholarship ("Sakwa
feels", "Davies and Wheatcroft write", three names or more before a verb), "As X describes,", "according to
X", "cf./see X 1989" outside brackets, "in X's words", "with X arguing", "…, says X".
"""

from __future__ import annotations

import re

from annotator.domain.evidence.citations.names import _INSTITUTION
from annotator.domain.evidence.citations.shapes import (
    _AUTHORS,
    _ET_AL_FORM,
    _LEAD_PARTICLES,
    _LETTER,
    _LIST_NAME,
    _LOC,
    _LOWER,
    _NAME,
    _NAMES_SEQ,
    _YEAR,
)
from annotator.domain.evidence.citations.verbs import _ADVERB, _PAST, _PRESENT, _ROLES
from annotator.domain.evidence.citations.works import _BRACKET_REF

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
_NARRATIVE_AS = re.compile(
    rf"(?P<lead>[AaFfPpSs](?<![\w].)(?:(?<=[Aa])s|(?<=[Aa])ccording\s+to|(?<=[Ff])ollowing(?:\s+the\s+(?:lead|work|example)\s+of)?|(?<=[Ff])or|"
    rf"(?<=[Pp])ace|(?<=[Ss])elon))"
    # "according to historian Douglas Smith", "according to the biographer Fuhrmann": a scholar by name
    rf"(?:\s+(?:the\s+)?(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES}))?"
    # ("according to the historian J. G. A. Pocock": initials before the surname)
    # ("As de la Croix argued", "As al-Tahtawi noted": names.py puts the particles back)
    rf"\s+(?:both\s+)?(?:[A-Z]\.\s*)*(?:{_LEAD_PARTICLES})?{_NAMES_SEQ}\b(?:\s*{_BRACKET_REF})?"
    rf"(?P<verb>\s+{_ADVERB}(?:{_PRESENT}|{_PAST}|puts\s+it|has\s+it))?"
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
    rf"(?:the\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s+)?(?:[A-Z]\.\s*)*{_LEAD_PARTICLES}?{_NAMES_SEQ}"
)
_IN_WORDS = re.compile(
    rf"(?:(?<=\bin\s)|(?<=\bIn\s)){_LEAD_PARTICLES}?{_NAMES_SEQ}['’]s\s+(?:own\s+)?(?:words|phrase|formulation|expression|terms?|"
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
# "Abara, Lindt, Mosse and Ferreira-Cruz, using …, estimate": the first names of a list before the pair that
# opens the verb's match
_LIST_BEFORE = re.compile(rf"(?:{_LIST_NAME}\s*,\s*)*{_LIST_NAME}\s*(?:,\s*|,?\s+(?:and|&)\s+)$")
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
# "with Messenger agreeing that": a participle of scholarship, a weak sign (the scholar cited elsewhere)
_WITH_ING = re.compile(
    rf"[Ww](?<![\w].)ith\s+{_NAMES_SEQ}\s+(?P<verb>arguing|agreeing|holding|noting|suggesting|claiming|"
    r"contending|insisting|concluding|writing|describing|observing|stressing|emphasi[sz]ing|maintaining|"
    r"estimating|calculating|disputing|rejecting|questioning|regarding|considering|seeing|viewing)\b"
)
# "…, says Service", "He knew, says the historian Daniel Chirot, that": the verb before its subject
_INVERTED = re.compile(
    rf"[,;]\s*(?P<verb>{_PRESENT}|{_PAST})\s+(?:the\s+(?:[A-Za-z-]+\s+){{0,3}}?(?P<role>{_ROLES})\s+)?"
    rf"{_NAMES_SEQ}\b"
)
_COLON_LINE_END = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
_ONCE = re.compile(r"\s+(?:[a-z]+\s+)?once\b")
