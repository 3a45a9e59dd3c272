"""Who is a scholar and who the history's actor, by what the text calls them: a calling before or
after the name ("the historian X", "X, a Civil War historian", "historians such as A, B and C"), a passive's
agent ("described by X"), "agrees with X"; the names a text mentions only as the source of views, three
times or more ("According to Montefiore", "Montefiore thought"); and titles of office, actors' roles,
offices, bodies' names and places before a name, which make an actor of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotator.domain.evidence import scan
from annotator.domain.evidence.citations.context import _Scans
from annotator.domain.evidence.citations.names import _BODY_WORD, _NOT_NAMES, _names
from annotator.domain.evidence.citations.phrases import _NARRATIVE_AS, _NARRATIVE_VERB, _WITH_ING
from annotator.domain.evidence.citations.shapes import _LIST_NAME, _NAME, _NAMES_SEQ, _POSSESSIVE_END
from annotator.domain.evidence.citations.verbs import _ADVERB, _PAST, _PLAIN_SPEECH, _PRESENT, _ROLES

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


# "Certain military historians, such as Ian Ross, Tom Hale and Nils Berg, are skeptical": scholars named as
# examples of their calling hold the view the sentence gives them, whatever the verb.
_ROLE_LIST = re.compile(
    r"[HhSsBbEe](?<![\w].)(?:(?<=[Hh])istorians|(?<=[Ss])cholars|(?<=[Bb])iographers|(?<=[Ee])conomists)"
    # ("historians of the early Cold War, such as": the field after the calling)
    r"(?:\s+(?:of|on)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+(?=\s*,))?"
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
# "the academic consensus held by scholars such as A, B and C": a view the listed scholars hold
_VIEW_HELD_BY = re.compile(
    r"\b(?:held|shared|advanced|argued|proposed|defended|championed|put\s+forward)\s+by\s+"
    r"(?:(?:some|many|other|several|recent|leading)\s+)?(?:[a-z]+\s+)?$"
)
_PASSIVE_AFTER = re.compile(r"(?<=are|ere)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_NOT_HEAD_WORDS = {"of", "to", "by", "for", "with", "from", "among", "on", "in", "at", "than", "as", "like",
                   "about", "between", "against", "made", "make", "makes", "let", "led", "cite", "cites",
                   "cited", "due", "inspired", "influenced", "followed", "include", "includes", "included"}
# … and the list is the subject of a view: "…, such as A, B and C, are skeptical", "like A argued";
# "economists like Marx and Weber expanded on Comte's theories" tells what they did, not what a scholar holds
_ROLE_LIST_VERB = re.compile(
    # ("…, among others, have argued")
    rf"(?:\s*,\s*(?:among\s+others|inter\s+alia)\s*(?=,))?\s*,?\s+{_ADVERB}(?:{_PRESENT}|{_PAST}|are|were|remain|remained|have|had|agree|disagree|hold|think|"
    r"say|describe|write|see|question|doubt|emphasi[sz]e|stress|reject|dispute|challenge|view|regard|"
    r"consider|maintain|insist|contend|argue|note|suggest|show|claim|believe|conclude|estimate)\b"
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
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|['’]s)\s*$")


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
    # ("the editor of the Lowell Gazette contends": a periodical's voice, by its editor)
    r"|\b(?:editors?|publishers?|proprietors?)\s+of\s+(?:the\s+)?(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]*\s+){0,3}$"
)
# A preposition that makes the name after it no subject of a verb: "among Quakers provides"
_AMONG_BEFORE = re.compile(r"\b(?:among|amongst|between)\s+$")
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


_BY_BEFORE = re.compile(r"\bby\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|throughout|inside|across)\s+$")


# The writer's own document in the sentence: "in this letter to his son", "In a letter of 1834,", "in his
# autobiography", "in her diary" (a scholar's study of letters is no such document: "her study of letters")
_OWN_DOCUMENT = re.compile(
    r"\b[Ii]n\s+(?:this|that|a|an|his|her|their|one\s+of\s+(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letters?|diary|diaries|memoirs?|autobiography|reminiscences|recollections|notebooks?|postcards?|"
    r"telegrams?|will)\b"
)
# A sentence of its own in brackets, perhaps after an opening phrase: "… in 1822. (Teller describes the debt
# in this letter.)", "(In a letter from 1834, Teller assures …)"
_ASIDE_OPEN = re.compile(r"(?:\A|[.!?][”\"’)]?\s+|\n)\(\s*(?:[A-Z][\w ,’'-]{0,60},\s+)?$")
_ASIDE_CLOSE = re.compile(r"[^()\n]*?[.!?]\s*\)")
_SENTENCE_AFTER = re.compile(r"[^.!?)\n]*")


def _document_writer(text: str, start: int, end: int) -> bool:
    """Whether the narrative sign at ``start``-``end`` names the writer of a document, not a scholar: its
    sentence speaks of the writer's own letter, diary or memoir ("in a letter to his sister", "describes in
    his autobiography"), or it is a sentence of its own in brackets, as a web exhibit points at its
    documents ("(Teller describes the debt to his son.)")."""
    # (the sentence's start: the last stop, bracket or line break in the 300 characters before, found
    # backwards, not by a pattern tried at every one of them)
    floor = max(0, start - 300)
    opened = max(text.rfind(mark, floor, start) for mark in ".!?(\n")
    opened = opened if opened >= 0 else start
    closed = _SENTENCE_AFTER.match(text, end, end + 300)
    sentence = text[opened : closed.end() if closed else end]
    if _OWN_DOCUMENT.search(sentence):
        return True
    return bool(_ASIDE_OPEN.search(text, max(0, start - 70), start) and _ASIDE_CLOSE.match(text, end))
