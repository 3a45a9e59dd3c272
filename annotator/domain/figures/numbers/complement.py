"""What a figure measures when it stands as the complement of its clause's verb, read from the clause's
grammatical subject rather than from the words near the figure.

A sum stands after a verb of amount ("was", "amounted to", "could reach", "averaged", "cost", "was steady
at"), so the clause's subject names it ("the average daily wage of a skilled worker … was about 8 rubles":
the daily wage); or it is the end of a change made to an object ("raise the daily allowance for jurors to
$5": the allowance). A count without a noun of its own after a copula is the subject's count too ("The
deficit remaining would be almost exactly 200,000"; "the population of the island, which was about 4.6
million": the relative's antecedent).
"""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.counted_cues import _QUALS
from annotator.domain.figures.numbers.nouns import _STOP, _strip_determiners
from annotator.domain.figures.numbers.verbs import _is_verb_like
from annotator.domain.figures.numbers.words import _CHANGE_OR_GAP_NOUNS, _set

# Helper verbs and adverbs between the subject and the verb of amount: "could easily reach", "had risen to"
_AUX = (r"(?:(?:has|had|have|will|would|could|might|may|should|must|can|did|does|do|is|was|were|are)\s+)?"
        r"(?:(?:well|easily|still|then|now|also|only|already|probably|soon|never|actually|currently|"
        r"eventually|usually|generally|normally|apparently|reportedly)\s+)*")
# A writer's hedge between the verb and the figure: "was most probably around 145,000"
_HEDGES = (r"(?:(?:most\s+|very\s+)?(?:probably|likely|possibly|perhaps|exactly|almost\s+exactly|precisely)"
           r"\s+)*")
# A count's verb of amount: a copula or a verb of reaching a total ("would be", "numbered", "totalled")
_COUNT_VERB = re.compile(
    r"(?:^|\s)" + _AUX + r"(?P<verb>(?:is|was|were|are|be|been)|amount(?:ed|s)?\s+to|number(?:ed|s)?|"
    r"total(?:l?ed|s)?|st(?:ood|ands?)\s+at)\s+" + _HEDGES + _QUALS + r"\s*$",
    re.IGNORECASE,
)
# The verb of amount whose complement the sum is (the sum's own limits and approximations after it)
_AMOUNT_VERB = re.compile(
    r"(?:^|\s)" + _AUX + r"(?P<verb>(?:is|was|were|are|be|been)"
    # ("was equal to £13,900 per week": a sum the subject equals)
    r"(?:\s+(?:steady|fixed|set|put|estimated|valued|assessed|reckoned|placed|kept|held|pegged|calculated|"
    r"equal|equivalent))?(?:\s+(?:at|to))?|"
    r"amount(?:ed|s)?\s+to|c(?:ame|omes?)\s+to|reach(?:ed|es)?|exceed(?:ed|s)?|climb(?:ed|s)?\s+to|"
    r"r(?:ose|isen|ises?)\s+to|f(?:ell|allen|alls?)\s+to|dropped\s+to|averag(?:ed|es?)|total(?:l?ed|s)?|"
    r"st(?:ood|ands?)\s+at|costs?|r[au]n\s+to)\s+" + _HEDGES + _QUALS + r"(?:an?\s+)?[€$£₽]?\s*$",
    re.IGNORECASE,
)
# A verb of earning whose object the sum is: the subject earned, got or was paid it ("A cambric weaver, who
# earned 20s. a week", "the girls received 1s. to 1s. 6d.", "a carter was paid 24s."); what is counted keeps
# the verb ("weaver earned", "Protectory received"), as the earlier rule that named the sum by its verb did
_EARNED_VERB = re.compile(
    r"(?:^|\s)" + _AUX
    + r"(?:not\s+)?(?P<verb>earn(?:ed|s|t)?|receiv(?:ed|es?)|(?:was|were|is|are|be|been|being)\s+paid|"
    # ("a footman could expect £8 per year", "who do not get more than 8 or 9 shillings a week")
    r"expect(?:ed|s)?|get|gets|got|t(?:ake|akes|ook)\s+home)\s+"
    + _HEDGES + _QUALS + r"(?:from\s+)?(?:an?\s+)?[€$£₽]?\s*$",
    re.IGNORECASE,
)
# A change made to an object, the sum its end: "increase the hourly minimum wage for contractors to $15"
_CHANGED_OBJECT_TO = re.compile(
    r"\b(?:increas|rais|lift|cut|reduc|lower|set|fix|boost|doubl|halv)\w*\s+"
    r"(?P<np>(?:the|its|their|his|her|our|a|an)\s+[^,;:.()]{1,70}?)\s+(?:to|at)\s+" + _QUALS + r"[€$£₽]?\s*$",
    re.IGNORECASE,
)
# An aside inside the subject: "--for example, a steel-worker in the Putilov Factory--", "(in gold)"
_ASIDE = re.compile(
    r"\s*(?:--(?:(?!--)[^\n]|\n(?!\n)){1,150}--|—[^—]{1,150}—|\([^()]{0,200}\)|"
    # ", as the engineers admitted,": a clause set off by commas
    r",\s*(?:as|which|who|whom|though|although|if|when)\s[^,.;:]{1,80},)\s*",
    re.IGNORECASE,
)
# Where the subject's clause begins: a sentence stop, or a conjunction that opens a new clause ("believes that
# the cost …", ", and the rent …")
_CLAUSE_OPEN = re.compile(
    # (not ", for instance," or ", for example,", an aside inside the clause)
    r"[.;:!?]\s|,\s*(?:and|but|or|for(?!\s+(?:instance|example)\b)|nor|yet|while|whereas)\s|\b(?:that|because|although|though|whereas|if|when|"
    r"while|where|as)\s"
    # "… is currently $10.95 per hour and tipped minimum wage is": "and" after another figure opens a clause
    r"|\d[^\d,;]{0,40}?\s(?:and|but)\s",
    re.IGNORECASE,
)
# A comma piece that is no subject: a subordinate clause, or a phrase of time, place or source
_NOT_SUBJECT_PIECE = re.compile(r"\s*(?:as|which|who|whom|whose|when|if|though|although|since|because|while|"
                                r"according|by|in|on|at|for|from|after|before|during|under|with|without|"
                                r"it|this|there|they|he|she|we|you|i|[^\W\d_]+ing\s+(?:the|an?|its|their)|"
                                # (", working under the same roof,": a participle's aside, lower case)
                                r"(?-i:[a-z]+ing)(?=\s+(?!(?:class|men|women|people|poor)\b)(?-i:[a-z])))\b",
                                re.IGNORECASE)  # (", following the introduction of …,": a participle's aside)
# A phrase of time opening a piece, before its subject: "In 1850 the yearly rent …", "By 1920 wages …"
_TIME_OPENING = re.compile(
    r"\s*(?:in|by|after|before|during|since|until|from)\s+(?:the\s+)?(?:(?:1\d|20)\d\d(?:s|–\d+)?|"
    r"[^\W\d_]+\s+(?:century|war|year|decade))\s+",
    re.IGNORECASE,
)
# A linking phrase opening a piece, before its subject: "By contrast a footman could expect …", "In general
# the weavers' families …"
_LINK_OPENING = re.compile(
    r"\s*(?:by\s+contrast|in\s+contrast|in\s+general|for\s+(?:example|instance)|however|moreover|thus|"
    r"similarly|likewise|meanwhile|on\s+the\s+other\s+hand|at\s+the\s+same\s+time)\s*,?\s+",
    re.IGNORECASE,
)
# The noun phrase a relative pronoun right before the verb stands for: "…, the population of Ireland, which"
_RELATIVE_END = re.compile(r"([^,;.()]{1,150}),\s*(?:which|who)\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|an?|its|their|his|her|our|this|these|those)\s", re.IGNORECASE)
# The subject's noun phrase ends before a second preposition, a relative word or a verb: "the yearly rent of a
# small farm near the river" → "yearly rent of a small farm"
_NP_STOPS = _set(
    "of in on at near for from during by with under since after before to among between per which who whom "
    "whose that as than and or but"
)
_FIRST_LINKS = frozenset({"of", "for"})
# Heads that say nothing of what a sum is ("the total was $5 million"): the other rules decide
_SAYS_NOTHING = frozenset({"total", "sum", "amount", "figure", "figures", "number", "estimate", "estimates",
                           "it", "this", "that", "which", "what"})
_SAYS_NOTHING_TOO = frozenset({"overall", "final", "true", "exact", "real", "actual", "grand", "full"})


def _says_nothing(phrase: str) -> bool:
    """Whether a subject says nothing of what is counted: "the total", "the true total figure"."""
    return all(w in _SAYS_NOTHING | _SAYS_NOTHING_TOO for w in phrase.lower().split())


_PRONOUNS = frozenset({"it", "this", "that", "they", "he", "she", "we", "you", "i", "there", "which", "what",
                       "these", "those"})


def _subject_phrase(piece: str) -> str:
    """The subject noun phrase of a comma piece: from its first determiner, or from its start, up to its head
    and one "of"/"for" complement."""
    det = _DETERMINER.search(piece)
    words = piece[det.start() :].split() if det else piece.split()
    kept: list[str] = []
    links = 0
    for i, word in enumerate(words):
        low = word.lower().strip("\"“”'‘’")
        if low in _NP_STOPS:
            # one "of"/"for" complement, and an "of" inside it ("the price of a loaf of bread")
            # ("the shortfall in baptisms": "in" after a change's noun)
            after_change = bool(kept) and kept[-1].lower() in _CHANGE_OR_GAP_NOUNS
            links_here = _FIRST_LINKS | ({"in"} if after_change else set())
            linked = low in links_here and (links == 0 or (links == 1 and low == "of"))
            named = any(w.lower() not in _STOP for w in kept)
            if linked and named and kept[-1].lower() not in _NP_STOPS:
                links += 1
                kept.append(word)
                continue
            break
        if any(w.lower() not in _STOP for w in kept) and _is_verb_like(low) and not low.endswith("ing"):
            if low.endswith("ed") and words[i + 1 : i + 2] in (["by"], ["to"], ["from"]):
                kept.append(word)  # "the money donated by the city": what was done to it is part of it
            break
        if kept and low in _PRONOUNS - {"that", "which", "what", "these", "those"}:
            return ""  # "the commission say it is": the pronoun is the subject, of another clause
        if kept and _DETERMINER.match(f"{low} ") and kept[-1].lower() not in _NP_STOPS:
            # "the government estimates the total figure may be": a determiner after a verb opens the clause
            # the figure is in
            kept = []
        kept.append(word.strip("\"“”‘’"))
        if len(kept) == 10:
            break
    return _strip_determiners(" ".join(kept).strip("\"“”'‘’,"))


def _without_time_opening(piece: str) -> str:
    opening = _TIME_OPENING.match(piece) or _LINK_OPENING.match(piece)
    return piece[opening.end() :] if opening else piece


def _may_be_subject(piece: str) -> bool:
    """Whether a comma piece may hold the subject: it opens with a word, not a preposition or subordinator."""
    return bool(piece.strip()) and piece.strip()[0].isalpha() and _NOT_SUBJECT_PIECE.match(piece) is None


def _complement_subject(before: str, verbs: re.Pattern[str]) -> tuple[str, str]:
    """The subject of the clause ending with one of ``verbs`` and the figure (``before``: the sentence up to
    it), with that verb; ('', '') when there is none, or the subject is a pronoun or says nothing."""
    # (an aside between commas leaves its comma: what came before it is another piece)
    plain = _ASIDE.sub(lambda m: "," if m.group().lstrip().startswith(",") else " ", before[-300:])
    verb = verbs.search(plain)
    if verb is None:
        return "", ""
    clause = plain[: verb.start()]
    opened = list(_CLAUSE_OPEN.finditer(clause))
    clause = clause[opened[-1].end() :] if opened else clause
    pieces = [_without_time_opening(piece) for piece in clause.split(",")]
    ends_relative = len(pieces) > 1 and pieces[-1].strip().lower() in ("which", "who")
    tail = before[-300:]
    relative = _RELATIVE_END.search(tail, 0, len(tail) - len(plain) + verb.start()) if ends_relative else None
    if relative is not None:
        # "the population of the island, which was about 4.6 million": the relative's antecedent (read from
        # the text itself: the aside pattern takes a relative clause between commas away)
        antecedent = relative.group(1)
        det = _DETERMINER.search(antecedent)
        phrase = _subject_phrase(antecedent[det.start() :]) if det else ""
        return (phrase, verb.group("verb")) if phrase and not _says_nothing(phrase) else ("", "")
    for at, piece in reversed(list(enumerate(pieces))):
        if piece.strip() and piece.split()[0].lower() in _PRONOUNS:
            return "", ""  # "In 1870 it was $354,483,587": a pronoun's antecedent is in another sentence
        if not _may_be_subject(piece):
            continue
        bare = piece.strip()[0].islower() and _DETERMINER.search(piece) is None
        if bare and any(_DETERMINER.match(p.strip()) and _may_be_subject(p) for p in pieces[:at]):
            continue  # "the value of X, exclusive of parsonages, parsons and priests, is": an aside
        phrase = _subject_phrase(piece)
        if not phrase or phrase.split()[0].lower() in _PRONOUNS or _says_nothing(phrase):
            return "", ""
        return phrase, verb.group("verb")
    return "", ""


def money_subject(before: str) -> str:
    """What a sum is, from the clause that ends just before it (``before``: the sentence up to the figure):
    the subject of its verb of amount, or the object a change sets to it; '' when the clause is not of
    that shape or its subject is a pronoun or a word that says nothing ("the total")."""
    changed = _CHANGED_OBJECT_TO.search(before[-120:])
    if changed is not None:
        phrase = _subject_phrase(changed.group("np"))
        return "" if _says_nothing(phrase) else phrase
    phrase, verb = _complement_subject(before, _AMOUNT_VERB)
    if not phrase:
        phrase, verb = _complement_subject(before, _EARNED_VERB)
        return f"{phrase} {' '.join(verb.split())}" if phrase else ""
    # "A pair of shoes cost more than 100 rubles": the cost of what the subject names
    return f"cost of {phrase}" if phrase and verb.lower().startswith("cost") else phrase


def count_subject(before: str) -> str:
    """What a count without a noun of its own counts when it is the complement of a copula or a verb of
    total: the clause's subject ("The deficit remaining would be almost exactly 200,000"), or ''."""
    phrase = _complement_subject(before, _COUNT_VERB)[0]
    # ("the figure for executions was", "the full number of victims is": the rules of "figure for" and
    # "number of" read those)
    words = [w for w in phrase.split() if w.lower() not in _SAYS_NOTHING_TOO]
    while words and words[0][0].isdigit():
        words = words[1:]  # "an 1840 estimate of …": the estimate's year is no word of what it counts
    if words[:1] and words[0].lower() in ("estimate", "estimates") and words[1:2] == ["of"]:
        return _strip_determiners(" ".join(words[2:]))  # "An estimate of the mortality rate … is 11%"
    return "" if words[:1] and words[0].lower() in _SAYS_NOTHING else phrase
