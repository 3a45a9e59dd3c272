"""The tense rule and its kin, for a name cited elsewhere: any verb of the present is a scholar at work
("Varga compares the"), a past verb only with what scholarship works on for object ("Okafor compared the two
censuses"), a name as what a verb of scholarship takes ("We acknowledge Lund"), a question put to a
scholar, an epigraph's source, and the causatives ("led the historian X to comment", "allows Lund to
track").
"""

from __future__ import annotations

import re

from annotator.domain.evidence.citations.shapes import (
    _CAPITAL_WORD,
    _ET_AL_FORM,
    _NAME,
    _NAMES_SEQ,
    _PAIR,
    _YEAR,
)
from annotator.domain.evidence.citations.verbs import _ADVERB, _ROLES

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
# What a scholar finds, after "found": a clause ("found that", "found it hard to"), nothing or little, the
# finding in quotation marks ("found “no documentary evidence”"), or what scholarship works on within a few
# words ("found the census returns wanting"); "found financial success", "found the game" are the finds of
# the past's actors
_FINDING_AFTER = re.compile(
    r"\s*(?:[“\"‘]|that\b|it\b|no\b|little\b|few\b|much\b|[,.;:]|"
    rf"(?:[\w’'-]+\s+){{0,4}}?{_SCHOLARLY_OBJECT}\b)"
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
# A letter's attribution after the quoted letter, writer, addressee and date, ending the line: "… begins. -
# Henry Cope to Alfred Cope, March 10, 1834" (the writer cited for the letter, a primary source)
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_LETTER_SOURCE = re.compile(
    # (after the quotation's last stop, or opening its own line)
    r"(?:(?<=[.!?”\"’] )|(?m:^))[-–—―][ \t]*"
    rf"(?P<names>{_CAPITAL_WORD}(?:[ \t]+[A-Z]\.)*(?:[ \t]+{_NAME}){{0,2}})[ \t]+to[ \t]+"
    rf"{_CAPITAL_WORD}(?:[ \t]+[A-Z]\.)*(?:[ \t]+{_NAME}){{0,2}},[ \t]*"
    rf"(?:(?:{_MONTH_NAMES})[ \t]*\d{{1,2}},[ \t]*)?(?P<nyear>{_YEAR})[ \t]*(?=\n|$)"
)
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
