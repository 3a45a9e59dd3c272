"""Names, people and the words around them: opening phrases, particles of names, unnamed and described
speakers, addressees, the persons a passage names (``_People``), person nouns,
agreement of number and gender."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from operator import itemgetter

from annotator.domain.evidence import Evidence, Speaker
from annotator.domain.evidence._words import (
    BODY_DOCUMENTS,
    BODY_NOUNS,
    DETERMINERS,
    FEMALE_FIRST_NAMES,
    FEMALE_TITLES,
    FIRST_NAMES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    TITLES,
    WORD,
    is_saying_word,
)

_PARTICLES = {"von", "van", "de", "der", "den", "la", "le", "di", "da", "du", "del", "bin", "ibn", "al", "el"}
# Prepositions that start a phrase after the speaker: "a woman from the Kuban", "Gudkov of the Levada Center".
_PHRASE_PREPOSITIONS = {"from", "of", "in", "at", "for", "with", "on", "near", "inside", "outside", "over",
                        "above", "under", "across", "beside", "behind"}
_FIRST_OPENING_PHRASE = re.compile(
    r"\s*(?:"
    # "Then Kirov rose and said:": an adverb of time without a comma before the subject
    r"(?:Then|Now|Later|Soon|Finally|Suddenly|Again|Eventually|Afterwards|Meanwhile|Still|Only\s+then)\s+"
    r"(?=[A-Z][a-z])|"
    # "In the Council of the Republic Kerensky declared": a named place or body without a comma, then the
    # subject's name and its verb
    r"(?:In|At|Before|Inside)\s+the\s+[A-Z][a-z]+(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+)*?\s+"
    r"(?=[A-Z][\w’'-]+\s+[a-z]+(?:ed|s)\b)|"
    # "At the Union station Mr. Hale showed …": a place named by a capitalised word and a common noun
    r"(?:In|At|Inside|Outside|Near|On)\s+the\s+(?:[A-Z][a-z]+\s+)+[a-z]+\s+"
    r"(?=(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][\w’'-]+\s+[a-z]+(?:ed|s)\b)|"
    # "Secure as I was in my retreat, I …", "Tired as he was, he …": an adjective's concessive clause
    r"[A-Z][a-z]+\s+as\s+(?:I|he|she|we|they|it)\s+(?:was|were|am|is|are|had\s+been)\b[^,]{0,60},\s*|"
    # "At last my tormentor spoke", "Presently the guard came back": an older adverb of time, no comma
    r"(?:At\s+(?:last|length|once|first)|Presently|By\s+and\s+by|Sometimes|Often|Always|Whereupon|Thereupon|"
    r"(?:Day|Night|Week|Year)\s+after\s+(?:day|night|week|year))\s+(?=[A-Za-z])|"
    # "Two days later President Wilson sent", "Three weeks after the news reached Paris, the envoy": a span of
    # time counted from an event, with or without a comma (the number is no name)
    r"(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Several|Some|Many|A\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:(?:later|afterwards|earlier)\s*,?\s*(?=[A-Za-z])|"
    r"(?:after|before)\b[^,.;:“”\"«»]{1,120},\s*)|"
    # "Angry over this snub, in 1912, Roosevelt …": a feeling that opens the sentence is no name
    r"(?:Angry|Furious|Anxious|Eager|Unhappy|Frustrated|Disappointed|Alarmed|Worried|Determined|Convinced|"
    r"Dissatisfied|Outraged|Incensed|Upset|Annoyed|Pleased|Delighted|Confident|Fearful|Afraid|Desperate|"
    r"Impatient|Encouraged|Emboldened|Stung)\b[^,.;:“”\"«»]{0,60},\s*(?:(?:in|on|by)\s+\d{4},\s*)?|"
    # "The next morning the secretary … gathered our group": a time without a comma
    r"The\s+(?:next|following|same|previous)\s+(?:morning|day|evening|night|week|month|year|spring|summer|"
    r"autumn|winter)\s+(?=[a-zA-Z])|(?:In|On|At|By|After|Before|During|From|However|Moreover|Indeed|Then|Later|Yet|Still|"
    r"Even|Thus|So|But|And|Finally|Meanwhile)\b[^,]{0,40},\s*"
    r"|(?:When|While|Although|Though|Whereas|Since|As|If|Once|Until|Because|Whenever)\b[^,.;]{0,100},\s*"
    # "After researching the biographies in the Soviet archives, he": a gerund's phrase may run longer
    r"|(?:After|Before|On|Upon|By|While|Since|Without|Despite)\s+[a-z]+ing\b[^,.;:“”\"«»]{0,90},\s*"
    r"|(?:In|On|By|From|Until|After|Before|Since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+(?=[A-Za-z])"
    # "On 4 April Pravda printed": a date without a year
    r"|(?:In|On|By|From|Until|After|Before|Since)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:\s+\d{1,2})?\s+(?=[A-Z])"
    # "In a judgment of 12 April 2016 the court upheld": a dated phrase without a comma
    r"|(?:In|On|By|After|Before|With)\s+(?:a|an|the|its|his|her|their)\s+[a-z]+\s+(?:of|dated|on)\s+"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+(?=[A-Za-z])"
    r"|[A-Z][a-z]+\s+(?:later|earlier|ago|afterwards|before)\b,?\s*"
    # "Every evening my father came back": a time without a comma
    r"|(?:Every|Each|That|This|Next|Last|One)\s+(?:morning|evening|night|day|week|month|year|time|spring|"
    r"summer|autumn|winter)\s+(?=[a-zA-Z])"
    # "Asked whether he expected it to succeed, he shrugged": a participle's clause before the subject
    r"|(?:Asked|Pressed|Told|Reached|Questioned|Interviewed|Speaking|Writing|Looking|Turning|Asked)\b[^,.;]{0,100},\s*"
    # "KAZAN, June 4 (Reuters) - A district court …": a wire report's dateline
    r"|[A-ZÀ-ÞА-ЯЁ]{2,}(?:[ -][A-ZÀ-ÞА-ЯЁ]{2,})*,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"[-–—]+\s*"
    # "One evening, …, she said": a time set off by a comma
    r"|(?:Every|Each|That|This|Next|Last|One)\s+(?:morning|evening|night|day|week|month|year|time|spring|"
    r"summer|autumn|winter),\s*"
    # "Shelling beans on the porch, she said": any participle's clause, not only the usual ones above
    # "Arrested again in 1937, he spent": a past participle's clause (not a name ending in "-ed")
    r"|(?!(?:Ahmed|Mohammed|Muhammed|Mahmed|Fred|Ted|Ned|Reed|Creed|Alfred|Manfred|Siegfried)\b)"
    r"[A-Z][a-z]{2,}ed\s+(?=[a-z])[^,.;:“”\"«»]{0,100},\s*"
    # ("According to X," names a source, and "Nothing", "Everything" are subjects)
    r"|(?!(?:According|Regarding|Concerning|Including|Nothing|Everything|Something|Anything)\b)"
    r"[A-Z][a-z]{2,}ing\s+(?=[a-z])[^,.;:“”\"«»]{0,100},\s*"
    # "When I showed him the book he read": a clause of time without a comma, ended by the main clause's
    # own subject pronoun after the clause's subject and verb
    r"|(?:When|While|After|Before|Once|Whenever|As\s+soon\s+as)\s+(?:I|we|you|he|she|they|[A-Z][\w’'-]+)\s+"
    r"[a-z]+\b[^,.;:“”\"«»]{0,80}?\s+(?=(?:he|she|they|we)\s+[a-z])"
    r")"
)
# Phrases that may follow a first opening phrase before the subject: "In his report to the plenum, printed in
# full in March 1933, he blamed", "One summer, sorting apples in the yard, she said" — a participle's
# clause set in commas.
_MORE_OPENING_PHRASE = re.compile(
    r"\s*(?:[a-z]+(?:ing|ed|en|wn)\b[^,.;:“”\"«»]{0,100}"
    # "At one of them, in Tbilisi, a young man stood up": a place or time in commas after the first phrase
    r"|(?:in|at|on|near|during|after|before|from|under)\s+[^,.;:“”\"«»]{1,40}),\s*"
)


class _OpeningPhrases:
    """The fronted phrases before a sentence's subject, however many: the first as ``_FIRST_OPENING_PHRASE``
    reads it, then participles' clauses in commas. ``match`` returns the last phrase's match (only its
    ``end`` is read: where the main clause begins), or None when the sentence opens with its subject."""

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = _FIRST_OPENING_PHRASE.match(text, pos)
        for _ in range(3):  # a reader's sentence rarely fronts more than a few phrases
            if found is None:
                break
            end = found.end()
            more = _MORE_OPENING_PHRASE.match(text, end) or _FIRST_OPENING_PHRASE.match(text, end)
            if more is None or more.end() == end:
                break
            found = more
        return found


_OPENING_PHRASE = _OpeningPhrases()


_OPENING_PREPOSITIONS = {"for", "in", "on", "at", "by", "after", "before", "during", "from", "within",
                         "since", "until", "throughout", "over", "under", "with", "without", "despite"}
_NAME_THEN_VERB = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+[a-z]+(?:ed|s)?\b")
_APPOSITIVE_NAME = re.compile(
    # (in lower case after an opening phrase: "While the bill was debated, a friend of Pitt, Colonel Barre,")
    r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|One)\s+(?:(?:[\w’'-]+\s+){0,3}?|"
    # "The Shadow Secretary of State for the Family, Theresa May, said": a longer role, title-cased
    r"(?:(?:[A-Z][\w’'-]+|of|for|and|the)\s+){4,8}?)[\w’'-]+,\s+"
    # "One woman, who gave only her first name, Lyudmila, held …": past a relative clause
    # "A witness for the defence, the Karachai elder Ismail Bayramukov, described": a role with its adjectives
    r"(?:(?:who|whose)\s[^,.;:“”\"]{1,60},\s+)?(?:the\s+(?:[A-Z][\w’'-]+\s+)?[a-z]+\s+)?"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),"
)


_POSSESSIVE = re.compile(r"[’']s?$")


# Words that open a phrase standing for nobody in particular: an indefinite pronoun ("someone", "ones"),
# a quantifier ("One of them", "Several reviewers", "Two peasants") or an indefinite article ("A brigade
# member"). "One" is a number here, never a name.
_UNNAMED_OPENINGS = {
    "a", "an", "one", "ones", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
    "no", "none", "some", "any", "many", "most", "all", "each", "every", "several", "few", "both", "another",
    "other", "others", "either", "neither", "such", "those", "these", "people", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
}


def _unnamed(name: str) -> bool:
    """Whether a speaker as the text gives it names nobody: its first word is an indefinite pronoun, a
    quantifier, a number or an indefinite article ("ones", "One story", "one of them", "A brigade member")."""
    words = name.split()
    return not words or words[0].lower() in _UNNAMED_OPENINGS or words[0].isdigit()


def _described(e: Evidence) -> Evidence:
    """An item whose speaker names nobody made unattributed, the text's description kept in
    ``details["described"]``.

    Decided: unattributed-but-described, never a person (not even when the text names nobody else). A
    speaker becomes a person of the project, listed and merged by name: "A brigade member" in one source and
    in another would be one person, and "one of them" would gather every anonymous voice of the corpus. The
    description is still read and kept (it was found as the speaker, so a continued quotation or a pronoun
    after it goes on from it), for the historian to see beside the words."""
    if e.speaker is None or e.speaker.role in ("author", "cited") or not _unnamed(e.speaker.name):
        return e
    return replace(e, speaker=None, details={**e.details, "described": e.speaker.name})


_SPOKEN_TO = re.compile(
    r"\b(?:to|towards?)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?=[^“\"]*[“\"][^“\"]*$)"
)


# The one the author's words were said to, in their tag after them: "“…?” I inquired of the friend who …",
# "“…,” I said to the guard".
_ADDRESSED_ROLE = re.compile(
    r"[^“”\"]{0,40}?\b(?:asked|inquired|enquired|said|called|cried|shouted|whispered|turned)\s+"
    r"(?:of|to)\s+(?P<role>(?:the|my|our)\s+(?P<noun>[a-z]+))\b"
)


def _addressee(text: str, said_at: int, q_start: int) -> Speaker | None:
    """Whom the author's words ending at ``said_at`` were said to, by name in the sentence that introduced
    them ("I turned to Sandy and said, “…”") or by role in their tag ("“…?” I asked of the friend")."""
    opened = _sentence_opening(text, said_at)
    addressed = list(_SPOKEN_TO.finditer(text[opened:said_at]))
    if addressed and addressed[-1].group("name").split()[0].lower() not in NOT_NAMES:
        start = opened + addressed[-1].start("name")
        return Speaker(addressed[-1].group("name"), start, start + len(addressed[-1].group("name")))
    role = _ADDRESSED_ROLE.match(text, said_at, q_start)
    if role and _role_noun(role.group("noun")):
        return Speaker(role.group("role"), role.start("role"), role.end("role"))
    # "“God bless you, Peter, for …” He replied": the one the words call by name
    opening = max(text.rfind("“", opened, said_at), text.rfind('"', opened, said_at - 1))
    called = _VOCATIVE_IN_WORDS.search(text, opening + 1, said_at) if opening >= 0 else None
    if called and called.group("name").lower() not in NOT_NAMES:
        return Speaker(called.group("name"), called.start("name"), called.end("name"))
    # "When my friend came for the letters, I said, “…”": the other one in the clause that opens the sentence
    clause = _OPENING_CLAUSE_PERSON.match(text, opened, said_at)
    if clause and (_role_noun(clause.group("noun")) or _person_noun(clause.group("noun"))):
        return Speaker(clause.group("np"), clause.start("np"), clause.end("np"))
    return None


# A name the words address, set in commas: "God bless you, Peter, for …", "Listen, Anna."
_VOCATIVE_IN_WORDS = re.compile(
    r",\s+(?:(?:Mr|Mrs|Ms|Dr|Miss|Doctor|Captain|Colonel|General|Father|Uncle|Aunt)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+)\s*[,.!?]"
)
# "When my friend came …, I said": a person, by role, in a clause of time opening the author's sentence.
_OPENING_CLAUSE_PERSON = re.compile(
    r"\s*(?:When|As|After|Before|While)\s+(?P<np>(?:my|our|the|his|her)\s+(?:[a-z]+\s+)??(?P<noun>[a-z]+))\s+[a-z]+"
    r"[^,;:“”\"]{0,80},\s*(?:I|we)\s+[a-z]+"
)


def _sentence_opening(text: str, end: int) -> int:
    """Where the sentence holding the quotation that ends at ``end`` opens (at most 300 characters back)."""
    floor = max(0, end - 300)
    quote = max(text.rfind("“", floor, end), text.rfind('"', floor, end - 1))
    breaks = list(re.finditer(r"[.!?][”\"]?\s+(?=[A-Z“\"])|\n\s*\n", text[floor : max(floor, quote)]))
    return floor + breaks[-1].end() if breaks else floor


_LEADING_BRACKET = re.compile(r"\s*\([^()]{0,80}\)\s*")
# A document as the subject placed after its verb: "Among the papers was a letter from a teacher in Poltava",
# "In the file lies a note from the commandant".
_DOCUMENT_AFTER_VERB = re.compile(
    r"\b(?:was|were|is|are|lay|lies|came|comes|survives|survived)\s+"
    r"(?P<np>(?:a|an|the)\s+(?:[a-z]+\s+)?(?:letter|note|report|telegram|petition|complaint|statement|"
    r"appeal|memorandum|memo|leaflet|diary|declaration|protocol|order|directive|postcard)"
    r"(?:\s+(?:from|by|of)\s+[^,.;:“”\"«»„]{1,50})?)\s*[.;]"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes|remained|seemed)\s+$")


_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:though|although|while|when|whereas|because|since|once|after|before|if)\s+"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})\s+[a-z][^.;:!?“”\"«»]{0,120},\s*$"
)
# "how right Eden was when he said": the main clause's named subject, the pronoun opening the clause after it.
_MAIN_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})\s+(?:was|is|had|has|felt|seemed)\b"
    r"[^.;:!?“”\"«»,]{0,40}?\s(?:when|as|because|after|before|until|since)\s+$"
)
_PLURAL_PRONOUNS = {"they", "them", "sie", "ils", "elles", "они"}
_ITALIC_TITLE = re.compile(r"(?<![\w_])_(?=[A-ZÀ-ÞА-ЯЁ])[^_\n]{1,120}?(?<=\S)_(?![\w_])")
# A run-in heading opening a paragraph of a plain-text book, set in its bold ("=The Stamp Act (1765).=--The
# ministers …"): a title, no sentence's subject and nobody a pronoun stands for.
_RUN_IN_HEADING = re.compile(r"(?m)^=[^=\s][^=\n]{0,120}(?:\n[^=\n]{1,120})?=(?:--|—)?")
_ASKED_PERSON = re.compile(r"\b(?:your|his|her|their|the)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b")


_OPENER_BEFORE_NAME = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_CONJUNCTIONS = {"although", "though", "when", "while", "because", "since", "if", "but", "and", "yet", "once",
                 "whereas", "unless", "until"}


def _named_persons(
    unquoted: str, s: int, end: int, window_start: int, nearest: int, people: _People
) -> Iterator[str]:
    """The persons a sentence names, the last first: in the sentence before the pronoun's, any person or
    unknown name not after a preposition ("my mother asked the officer. “…,” he said" — the officer); in the
    pronoun's own sentence only names known as a person's ("For Robert Conquest the Terror was the work of
    one man; as he put it, …")."""
    for m in reversed(list(_PERSON_NP.finditer(unquoted, s, end))):
        name, name_at = m.group(), m.start()
        opener = _OPENER_BEFORE_NAME.match(name)
        if opener and opener.group(1).lower() in _CONJUNCTIONS:
            # "Although Hoover had backed …": the conjunction opening the sentence is no part of the name
            name, name_at = name[opener.end() :], name_at + opener.end()
        if name.split()[-1].lower() in PRONOUNS:
            continue  # "his trial he": the pronoun closes a phrase, it names nobody
        if name_at > 0 and unquoted[name_at - 1] in "-–":
            continue  # "an Anglo-American alliance", "the Sino-Soviet split": half of a compound adjective
        kind = people.kind(window_start + name_at, name)
        if nearest == 0 and (kind != "person" or not name[:1].isupper()):
            continue
        if name.split()[0].lower() in DETERMINERS and kind != "person":
            continue
        predicate = _COPULA_BEFORE.search(unquoted, max(0, name_at - 12), name_at)
        if name.split()[0].lower() in DETERMINERS and predicate:
            continue  # "He is a careful worker.": the predicate is the subject again, nobody new
        after_preposition = _AFTER_PREPOSITION.search(unquoted[max(0, name_at - 20) : name_at])
        named = (
            kind == "unknown" and name[:1].isupper() and not after_preposition
            and not re.search(r"\b[Tt]he\s+$", unquoted[max(0, name_at - 5) : name_at])
        )
        if _ADDRESSED.match(unquoted, m.end(), m.end() + 60):
            continue  # "Orlova accused her of …": "she" after it is the one accused
        if not _plural(name) and (kind == "person" or named or _role_in_apposition(unquoted, m)):
            yield name


# A role set in commas right after a name: "Malkin, reporter for the Daily News", "Avksentiev, the lean
# president of the Soviets" — whoever the text so describes is a person, even after "of" ("caught sight of
# Malkin, reporter …"), where a bare name after a preposition might be a place.
_APPOSED_ROLE = re.compile(r",\s+(?:(?:the|a|an|his|her|their|our|my)\s+)?(?P<words>(?:[a-z-]+\s*){1,3})")


def _role_in_apposition(unquoted: str, name: re.Match[str]) -> bool:
    """Whether the name matched is followed by a role in apposition (see ``_APPOSED_ROLE``): one of the
    first words after the comma, before any preposition, is a role noun."""
    if not name.group()[:1].isupper():
        return False
    role = _APPOSED_ROLE.match(unquoted, name.end(), name.end() + 60)
    for word in role.group("words").split() if role else []:
        if word in _PHRASE_PREPOSITIONS:
            return False
        if _role_noun(word):
            return True
    return False


def _gender_agrees(pronoun: str, people: _People, name: str) -> bool:
    """ "he" is not a name the text shows to be a woman's ("Alexandra Kollontai … he" cannot be her), "she"
    not one it shows to be a man's ("Oleg Budnitsky … she")."""
    gender = people.gender(name) or people.pronoun_gender(name)
    if pronoun in {"he", "him", "er", "il", "он"}:
        return gender != "f"
    if pronoun in {"she", "her", "elle", "она"}:
        return gender != "m"
    return True


_REPORTED = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:reported|said|quoted|alleged|believed|thought|known|"
    r"supposed|claimed)\s+(?:to\s+have|to|as(?:\s+(?:saying|having\s+said))?)\s*$"
)
# Parts of a document: "Its first point", "its preamble", "their last clause".
_DOCUMENT_PARTS = {"point", "points", "clause", "clauses", "paragraph", "article", "section", "preamble",
                   "line", "lines", "sentence", "words", "demand", "demands", "item", "heading", "title"}
_PERIPHRASIS = re.compile(
    r"\s+(?:used|wanted|wants|tried|tries|began|begins|liked|likes|loved|loves|tended|tends|seemed|seems|appeared|appears|went\s+on|goes\s+on|continued|"
    r"continues|hastened|chose|decided|refused|dared|was\s+(?:later\s+)?to|were\s+to|had|has|have|is\s+said|"
    r"was\s+(?:able|about|going|quick|careful|moved|prompted|inclined)|would)\s+to\s*$"
)
# "For Moshe Lewin, the retreat showed …", "Pour Boukharine, …", "Für Schlögel …": whose view follows.
_ROLE_THEN_NAME = re.compile(
    r"(?:(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}|"
    # "Brezhnev's speechwriter Alexander Bovin kept": a possessor's role, then the name
    # (a possessive: "Yagoda summoned Vera Petrova, …" is a subject, its verb and its object)
    r"[A-Z][\w-]*[’']s\s+(?:[a-z][\w-]*\s+){1,2})"
    r"(?P<name>(?:[A-Z]\.\s*)+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
    # "The critic L. Chukovskaya is collecting": initials make a name too
    r"(?:\s+(?!of\b|and\b)[a-z]|\s*,)"
)
# "Their daughter Nina was my age", "The old Nabokov, the father of the writer, was", "The Cuban leader Fidel
# Castro, who …": a determiner, a role or an adjective, and a name that is the clause's subject (a comma or
# a verb after it).
_ROLE_THEN_ONE_NAME = re.compile(
    # "Molotov's grandson Vyacheslav": a possessor opens the role as a determiner does
    r"(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+[’']s)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:(?!(?:of|on|in|at|to|for|with|from|about|by|and|or|against|under|over)\b)[a-z][\w-]*\s+){1,2}"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"(?=\s*,|\s+(?:(?:later|also|then|once|[a-z]+ly)\s+)?"
    # "His wife Jennifer plans …": a verb in the present too
    r"(?:was|were|had|has|is|would|could|said|told|wrote|asked|came|went|[a-z]+ed|[a-z]{2,}[^s\W]s)\b)"
)
_LATE_PRONOUN = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Then|Soon|Later|Only|Even|Now|Two|Three|A|Some|Several|Many)\s+)"
    r"(?:[a-z0-9]+\s+){0,4}?\b(?P<pronoun>he|she|they)(?=\s+[a-z])"
)
_RELATIVE_PRONOUN = re.compile(r"\b(?:in|by|of|with|to|for)\s+(?:which|whom)\s+(?P<pronoun>he|she|they)\s")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "dated June 18, 1941"; "the envoy on May 1 sent": a day without its year
_DATE_AFTER = re.compile(
    rf"\s+(?:of|in|from|dated|on)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS}\s+)?(?:\d{{1,2}},\s+)?\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}})\s*$"
)
# One or two initials after a surname, ending the subject: "Sidorenko P. K.", "Gurevich R.", "Ivanov I.P."
_INITIALS_AFTER = re.compile(r"\b[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё’'-]{2,}(\s+[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.)?)$")
_COLON_FRAMED = re.compile(r"\b(?:says|said|say|writes|wrote|asks|asked|told|tells|replied|answered|"
                           r"declared|shouted|cried|added)\s*:\s*$")
_ENDED = re.compile(r"[.!?…][”\"»“’]$")
# "MS. JEAN-PIERRE: …", and a press briefing's bare "Q …" before a question (the White House prints no colon).
_TURN_LABEL = re.compile(
    r"\s*(?:(?:Q|A|Interviewer|Question|Answer"
    r"|(?:(?:MR|MS|MRS|DR)\.[ \t]+)?[A-ZА-ЯЁ]{2,}(?:[ \t-]+[A-ZА-ЯЁ]{2,}){0,2}):[ \t]+"
    r"|Q[ \t]+(?=[A-Z—–(])"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}:[ \t]+"
    r"(?=(?:He|She|They|I|We|My|Our|It)\b))"
)
# "Boris, your grandmother survived it": a name before ", your …" is the one addressed, not the subject.
_VOCATIVE = re.compile(r"\s*[A-Z][\w’'-]+,\s+(?=(?:your|you)\b)")
# "The brigade leader there was a former tank commander called Ilyin": the role's name, for a pronoun.
_ROLE_NAMED = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:was|is)\s+(?:a|an|the)\s+[^.;:“”\"«»]{0,60}?\b(?:called|named)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
)
# "Forty-three sets of remains were reburied": a number written out opening a sentence ("One of them", "Two
# peasants" describe people and are kept).
_NUMBER_WORD = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|hundreds?|thousands?"
)
_BODY_PARTS = {"head", "hand", "hands", "face", "eyes", "heart", "shoulders", "arm", "arms", "voice"}
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_NP_WHO = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+){0,2}),\s+(?:who|which)\s+(?!(?:he|she|they|it|we|I)\b)(?:[a-z]+\s+){0,2}$"
)
_NAME_AFTER_WHICH = re.compile(
    r"\b(?:in|by|with|through)\s+(?:which|whom)\s+(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})"
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?$"
)
# Nouns a relative after which does not stand for a speaker: "the night, which …", "a year, which …".
_NOT_SPEAKING_NOUNS = {"night", "day", "year", "time", "moment", "week", "month", "morning", "evening",
                       "place", "room", "house", "city", "town", "village", "country", "way", "fact"}
_NAME_THEN_VERB_AFTER_COMMA = re.compile(
    r",\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
_ROLE_COMMA_NAME = re.compile(
    r"[,!?]?[ \t]+(?:the|a|an|his|her|its|their|[A-Z][\w-]+[’']s)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+,[ \t]+"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}),[ \t]+(?:\w+[ \t]+)??(?P<verb>[a-z]+)\b"
)
# "“…,” Senate Whip Dana Rourke, D-Ore., said", "“…,” Paul Derring, who sells fish there, said as he …": a
# name, then in commas a party-and-state tag or a relative clause, then the verb of saying.
_TITLED_ROLES = {"Whip", "Leader", "Speaker", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.",
                 "Mayor", "Chief", "Commissioner", "Secretary", "Spokesman", "Spokeswoman", "Director",
                 # modern news offices before "of" a body and a name: "CEO of the Refugee Trust Ann Lee told"
                 "CEO", "Chair", "Chairman", "Chairwoman", "President", "Head"}
# "“…,” Rep. John Tierney (D-Mass.) wrote": the tag in brackets too, and a title's stop in the name.
_NAME_ASIDE_VERB = re.compile(
    r"[,!?]?[ \t]+(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,5})"
    r"(?:,[ \t]+(?:(?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]{1,6}|(?:who|whose)[ \t]+[^,.;:!?“”\"«»()\n]{1,70}),"
    r"|[ \t]+\((?:[DRI]|Dem|Rep|Ind)(?:-[A-Z][A-Za-z.]{1,6})?\))[ \t]+"
    r"(?:(?:later|also|then|[a-z]{3,}ly)[ \t]+)?(?P<verb>[a-z]+)\b"
)
_INSERTED = re.compile(r", ")
_OBJECT_NAME_BEFORE = re.compile(r"\b(?:to|with|at|for|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+$")
# "“The archive is a conversation with the dead”: an interview with the historian Nikita Petrov"
_INTERVIEW_WITH = re.compile(
    r"[”\"»“’]?\s*[:—–-]\s*(?:an?\s+)?(?:interview|conversation)\s+with\s+(?:the\s+[a-z]+\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})"
)
_CONJUNCTION_BEFORE = re.compile(r"\b(?:while|when|after|before|by)\s+$")
_AUTHOR_BEFORE = re.compile(r"\b(?:I|I['’]m|I\s+am|we|we['’]re)\s+$")
_INDEFINITE_HEAD = re.compile(
    r"(?:.*[.;:,]\s+)?(?:[Oo]ne|[Ss]ome|Another|A|An)\s+(?:of\s+(?:them|whom|us)|[a-z]+(?:\s+[a-z]+)?)\s*$",
    re.DOTALL
)
_NAMED_APPOSITIVE = re.compile(r"\s*(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+")
# A sentence ends with punctuation, perhaps a note call after it ("methods.2 "); a heading does not.
_SENTENCE_END = re.compile(r"[.!?:;”\"’»)\]](?:\d{1,3}|\[\w{1,4}\])*\s*$")
_APPOSITIVE_THEN_PRONOUN = re.compile(
    r"(?:the|a|an)\s+[^,.;:]{1,60},\s+(?:he|she|they|it|we|I)\b", re.IGNORECASE
)
_RELATED = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){1,2}$")
_SAID_IT = re.compile(
    r"[^.!?“”\"«»\n]{0,30}[.!?]\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:had\s+|first\s+|himself\s+|"
    r"herself\s+)?(?:said|wrote|coined|uttered|declared|spoke)\s+(?:it|this|these\s+words|the\s+words)\b"
)
_GROUPS = {"crowd", "people", "crew", "one", "ones", "some", "many", "others", "everyone", "everybody",
           "someone", "somebody", "party", "government", "leadership", "regime", "press", "police"}
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\s*\Z)")
# A paragraph that is one quotation: a line of dialogue.
_STANDALONE_LINE = re.compile(r"[“\"«„‘][^\n]*[”\"»“’][.,!?]?")
_LEADING_PRONOUN = re.compile(
    r"\s*(?:(?:Then|And|But|So|Now|Later|Finally|Suddenly|Again)\s+)?([Hh]e|[Ss]he)\b"
)
_MEMBER_OF = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:of|from|at)\s+(?:[Tt]he\s+)?$")
_DOCUMENT_NP = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w-]+[’']s\s+)?(?:[A-Z][\w-]*\s+){0,3}(?P<noun>[a-z]+)\b"
)
_ADDRESSED = re.compile(
    r"\s+(?:[a-z]+\s+)?[a-z]+(?:ed|d|t)\s+(?:her|him)\s+(?:of|as|that|to|whether|for|with)\b"
)
# Not "by": the agent of a passive ("driven personally by Stalin, who read …") is who the text is about.
_AFTER_PREPOSITION = re.compile(r"\b(?:to|of|in|on|at|for|with|from|about)\s+(?:the\s+)?$")
_PAIR = re.compile(r"(?:\b[A-Z]\.\s+)*\b[A-Z][\w’'-]+\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\b")
_PLACE_LIST = re.compile(
    r"\b(?:in|at|from|across|throughout|via)\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s*(?:,|\band\b|\bor\b)\s*)+$"
)
# Abbreviations after which a full stop ends no sentence: initials ("Professor I. I. Mints and Associate
# Professor Razgon." is one sentence), "i.e." and "e.g." (which go on with it), titles, a book's reference
# words ("(See App. III, Sect. 5) He accused …") and the saints of place names ("the Germans of St. Louis").
_NO_BREAK_AFTER = (
    "i\\.e", "e\\.g", "cf", "viz", "Sen", "Gen", "Gov", "Rep", "Col", "Capt", "Adm", "Lt", "Mr", "Mrs", "Dr",
    "App", "Sect", "Vol", "vol", "pp", "St", "Rev", "Prof", "Hon", "Messrs", "Maj", "Sgt", "Lieut",
)
_SENTENCE_BREAK = re.compile(
    # the full stop first and the abbreviations looked back on from it: a scan tries the look-behinds only
    # where a full stop stands, not at every character
    r"(?:\.(?<!\b[A-ZА-ЯЁ]\.)" + "".join(rf"(?<!\b{a}\.)" for a in _NO_BREAK_AFTER) + r"|[!?])"
    r"(?:[ \u00a0\u202f]?[”\"’»)])*(?:\[\w{1,4}\]|\d{1,3})*\s+|\n[ \t]*\n\s*"
)
_PARTICIPLE = ("ed", "ing", "orn", "own", "en")
_FRENCH_AUXILIARY = re.compile(
    r"\s+(?:(?:m|t|l)['’]|(?:me|te|lui|nous|vous|leur)\s+)?(?:a|ont|avait|avaient|eut)\s*$"
)
# A French or German possessive and a noun opening a sentence, and a name after it: "Ma mère", "Son amie
# Irina Pavlovna", "Seine Frau Nadja".
_FRENCH_POSSESSIVE = re.compile(
    r"\s*(?P<np>(?:Ma|Mon|Sa|Son|Notre|Leur|Ta|Ton|Mein|Meine|Sein|Seine|Ihr|Ihre|Unser|Unsere)\s+"
    r"[a-zàâçéèêëîïôûùäöüß-]+)(?:\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?))?(?=[\s,])"
)
_FEMININE_SURNAME = ("aya", "ova", "eva", "ina", "ovna", "evna", "ichna")  # and patronymics
_FEMALE = {"mother", "wife", "woman", "sister", "daughter", "girl", "lady", "queen", "empress", "widow",
           "grandmother", "aunt", "niece", "tsarina", "actress", "chairwoman", "spokeswoman", "she", "her",
           "mère", "grand-mère", "femme", "sœur", "fille", "tante", "amie", "mutter", "frau", "schwester"}
_MALE = {"father", "husband", "man", "brother", "son", "boy", "king", "tsar", "emperor", "grandfather",
         "uncle", "nephew", "spokesman", "chairman", "he", "him", "père", "grand-père", "mari", "frère",
         "fils", "oncle", "ami", "vater", "mann", "bruder"}
_PERSON_NP = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+(?:[a-z]+\s+)?[a-z]+\b"
    # a hyphened name is one ("Hull-House", "Lloyd-George"), never its second half alone
    r"|(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*\b"
)


# Peoples, parties and sides named in the plural: never what "he" or "she" stands for.
_PEOPLES = {
    "soviet", "soviets", "americans", "russians", "germans", "british", "french", "chinese", "allies",
    "bolsheviks", "communists", "nazis", "fascists", "mensheviks", "republicans", "democrats",
    "nationalists", "poles", "czechs", "hungarians", "italians", "japanese", "cubans", "ukrainians", "west",
    "reds", "whites",
}


_THE_PLURAL = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?([A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+s)\b")


def _agrees(pronoun: str, name: str) -> bool:
    """Whether "he" or "she" can stand for ``name``: "he" is never "my mother"."""
    last = name.split()[-1].lower()
    if last in _PEOPLES and pronoun in {"he", "him", "she", "her"}:
        return False  # "the Soviets", "the Americans": a people or a party is "they", never "he"
    if pronoun in {"he", "him", "er", "il", "он"}:
        # Russian women's surnames: Krupskaya, Petrova, Akhmatova, Ginzburg's "Yevgenia Ginzburg" aside
        return last not in _FEMALE and not (name[:1].isupper() and last.endswith(_FEMININE_SURNAME))
    if pronoun in {"she", "her", "sie", "elle", "она"}:
        return last not in _MALE
    return True


def _spoken_between(spoken: list[tuple[int, Speaker, str]], start: int, end: int) -> list[Speaker]:
    """The speakers (not cited authors) of the quotations that end between start and end, newest last."""
    found: list[Speaker] = []
    for index in range(len(spoken) - 1, -1, -1):
        at, speaker, how = spoken[index]
        if at < start:
            break
        if at <= end and how != "citation":
            found.insert(0, speaker)
    return found


# Plurals of people not made with "-s": never whom "he" or "she" stands for ("The children ran out. … he
# said").
_IRREGULAR_PLURALS = {"children", "men", "women", "people", "folk", "gentlemen", "ladies", "police", "gentry",
                      "peasantry", "clergy", "youth"}


def _plural(name: str) -> bool:
    last = name.split()[-1].lower()
    irregular = last in _IRREGULAR_PLURALS and len(name.split()) > 1  # "The children", not a name "Men"
    regular = (last.endswith("s") and _role_noun(last)) or last.endswith("ers")
    people = last.endswith(("eans", "ians"))  # "Europeans", "Russians", "Canadians": a people, never "he"
    return regular or people or last in ORGANISATION_WORDS or irregular


def _role_noun(word: str) -> bool:
    """Whether ``word`` is a noun of a person, body or document that can speak, or its regular plural
    ("interrogators", "judges", "textbooks")."""
    w = word.lower()
    return w in BODY_NOUNS or (w.endswith("s") and not w.endswith("ss") and w[:-1] in BODY_NOUNS)


def _sentence_subject(sentence: str) -> tuple[str, int] | None:
    """The subject of a sentence (see ``_bare_sentence_subject``), past an abbreviated title ("Mr. Clark
    Howell, the editor of …, telegraphed": Clark Howell, not "Mr")."""
    found = _bare_sentence_subject(sentence)
    if found is not None and found[0] in _TITLE_ABBREVIATIONS:
        named = _NAME_AFTER_TITLE.match(sentence, found[1] + len(found[0]))
        if named:
            return named.group("name"), named.start("name")
    titled = found is not None and " " not in found[0] and (
        found[0] in _TITLED_ROLES or _role_noun(found[0].lower())
    )
    if found is not None and titled:
        # "Secretary of Commerce Redfield today declared …": the name after the office the title names
        named = _NAME_AFTER_OFFICE.match(sentence, found[1] + len(found[0]))
        if named:
            return named.group("name"), named.start("name")
    return found


# The office after a title and the name after it, then the verb: "Secretary| of War Baker declared"
_NAME_AFTER_OFFICE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}?(?P<name>[A-Z][\w’'-]+)"
    # "… Enver Solomon told": the irregular past of the verbs of saying too
    r"(?=\s+(?:[a-z]+ly\s+|today\s+|yesterday\s+|tonight\s+|also\s+|later\s+)?(?:[a-z]+(?:ed|s)|told|said|wrote)\b)"
)
_MONTH_SURNAMES = {"may", "june", "april", "march", "august"}
_TITLE_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Gov", "Rep", "Gen", "Col", "Capt", "Lt"}
# "Mr. Clark Howell", and (British, no full stop) "Mr A. C. Plowden": initials before the surname
_NAME_AFTER_TITLE = re.compile(
    r"(?:\.\s+|[ \t]+(?=[A-Z]\.))"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,3}[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){0,3})"
)


# Endings of nouns for persons by what they do or are, beyond the listed role nouns: "the adjutant", "the
# anarchist", "the physician", "the engineer", "the governess", "the fireman"; and the words with those
# endings that are not persons.
_PERSON_ENDINGS = re.compile(r"[a-z]{2,}(?:ant|ist|ian|eer|man|woman|ess)s?")
_NOT_PERSON_ENDINGS = {
    "plant", "restaurant", "instant", "want", "grant", "chant", "slant", "list", "wrist", "mist", "fist",
    "twist", "christian", "address", "business", "process", "progress", "access", "success", "distress",
    "dress", "press", "congress", "stress", "mess", "chess", "wilderness", "darkness", "illness", "weakness",
    "kindness", "witness", "harness", "fortress", "mattress", "recess", "excess", "abscess", "roman",
    "german", "human", "woman", "man", "caravan", "pelican", "ocean", "median", "guardian", "ruffian",
}


def _person_noun(word: str) -> bool:
    """Whether a lower-case noun names a person by its ending (``_PERSON_ENDINGS``); nouns of words in
    ``-ness``, ``-ress`` of things and the like are excluded."""
    w = word.lower()
    singular = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return (
        word.islower() and _PERSON_ENDINGS.fullmatch(w) is not None and singular not in _NOT_PERSON_ENDINGS
        and not singular.endswith("ness")
    )


def _compound_head(sentence: str, offset: int, noun: re.Match[str], following: re.Match[str]) -> bool:
    """Whether ``following``, right after the role noun ``noun``, is the head of a compound noun with it:
    another role noun or a plural agent noun ("the union organisers", "the party secretary", "the mill
    workers"), never a verb ("The committee demands …")."""
    word = following.group()
    if not word.islower() or sentence[offset + noun.end() : offset + following.start()] != " ":
        return False
    return _role_noun(word) or re.fullmatch(r"[a-z]+(?:ers|ors|ists|ians)", word) is not None


def _bare_sentence_subject(sentence: str) -> tuple[str, int] | None:
    """The subject at the start of a sentence, past an opening phrase ("In 1937, …", "However, …");
    a sentence that opens with a quotation has its subject after the verb, so none is read here."""
    offset = 0
    cited = re.match(r"\s*\([^()]{0,80}\)\s*", sentence)
    if cited:
        offset = cited.end()  # "(Suny, 102) Martin agrees": the citation closes the sentence before
    turn = _TURN_LABEL.match(sentence, offset)
    if turn:
        offset = turn.end()  # "Gavrilov: He was at the front.": a transcript's turn label is no subject
    vocative = _VOCATIVE.match(sentence, offset)
    if vocative:
        offset = vocative.end()  # "Boris, your grandmother survived it.": the one addressed is no subject
    m = _OPENING_PHRASE.match(sentence, offset)
    if m:
        offset = m.end()
        if _APPOSITIVE_THEN_PRONOUN.match(sentence, offset):
            return None  # "As chairman of Memorial, the Russian human rights society, he oversaw …"
    if sentence[offset : offset + 1] in "“\"‘'«„»":
        return None
    named = _APPOSITIVE_NAME.match(sentence, offset)
    if named:
        # "The British ambassador, Lord Chilston, was …", "Her son, the writer Vasily Aksyonov, was …"
        return named.group(1), named.start(1)
    first = WORD.match(sentence, offset)
    if first and first.group().lower().endswith(_PARTICIPLE) and first.group()[0].isupper():
        # "Born in 1946 in Velsk, where his father was in exile, Roginsky studied": past the participle
        main = re.search(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+[a-z]", sentence[offset:])
        if main is None:
            return None
        return main.group(1), offset + main.start(1)
    words = list(WORD.finditer(sentence[offset:]))
    if not words:
        return None
    french = _FRENCH_POSSESSIVE.match(sentence, offset)
    if french:
        # "Ma mère ne parlait jamais", "Son amie Irina Pavlovna venait": the name, else the kin or role
        if french.group("name"):
            return french.group("name"), french.start("name")
        return french.group("np"), french.start("np")
    # "Kremlin spokesman Dmitry Peskov was quoted", "Our neighbour Klavdia Petrovna came out": a role
    # and then the name; the name is the subject
    role = _ROLE_THEN_NAME.match(sentence, offset) or _ROLE_THEN_ONE_NAME.match(sentence, offset)
    if role and role.group("name").split()[0].lower() not in NOT_NAMES | _NATIONALITIES:
        return role.group("name"), role.start("name")
    if words[0].group().lower() in DETERMINERS:
        # "My father put on his coat", "The rebels demanded", "The most recent study": a determiner and
        # its noun
        for k, w in enumerate(words[1:4], 1):
            if _role_noun(w.group()):
                # "the union organisers", "the party secretary": a compound noun ends with its last noun
                while k + 1 < len(words) and _compound_head(sentence, offset, w, words[k + 1]):
                    k, w = k + 1, words[k + 1]
                named = _ROLE_APPOSITION.match(sentence, offset + w.end(), offset + w.end() + 140)
                if named and (not named.group("title") or named.group("title") in TITLES) and named.group(
                    "name"
                ).split()[0].lower() not in NOT_NAMES:
                    # "The secretary of the district committee, comrade Gusev, reports": the name
                    return named.group("name"), named.start("name")
                served = _ROLE_WHERE_NAME.match(sentence, offset + w.end(), offset + w.end() + 140)
                if served and (served.group("initials") or served.group("first").lower() in FIRST_NAMES):
                    # "The teacher of the Kirsanov school Morozova A. S. told": the name after the role's
                    # phrase, right before the verb, without commas (as archival reports write it)
                    return served.group("name"), served.start("name")
                return sentence[offset + words[0].start() : offset + w.end()], offset + words[0].start()
            if not w.group().islower() and "-" not in w.group():
                break  # but "A slant-eyed, Mongolian-faced man": a compound adjective may be capitalised
    chosen: list[re.Match[str]] = []
    for w in words[:6]:
        g = w.group()
        gap = sentence[offset + chosen[-1].end() : offset + w.start()].strip() if chosen else ""
        if gap and not (gap == "." and len(chosen[-1].group()) == 1 and chosen[-1].group().isupper()):
            break  # "Brzezhinski: Inventor of …": punctuation ends the name; "R. W. Davies" is one
        if (g[0].isupper() and g.lower() not in NOT_NAMES) or (g.lower() in _PARTICLES and chosen):
            chosen.append(w)
        elif not chosen and g.lower() in {"the", "a", "an"}:
            continue
        elif chosen and (g.lower() in BODY_NOUNS or g.lower() in ORGANISATION_WORDS) and not g.endswith("ed"):
            # "Soviet newspapers", "The NKVD administration of Dalstroi"; "Orlova accused her" is a verb
            if not re.search(r"[’']s?$", chosen[-1].group()):
                chosen.append(w)  # "Soviet newspapers"; but "Trotsky's verdict" is Trotsky's
            elif g.lower() not in BODY_DOCUMENTS and g.lower() not in ORGANISATION_WORDS:
                chosen.append(w)  # "Vovsi's daughter" is the daughter, a person of her own
            break
        else:
            break
    if not chosen:
        if words[0].group().lower() in _OPENING_PREPOSITIONS:
            # "For thirty years Natalya Gorbanevskaya kept a list": past a phrase without a comma
            later = _NAME_THEN_VERB.search(sentence, offset + words[0].end(), offset + 80)
            if later and later.group(1).split()[0].lower() not in NOT_NAMES and not _POSSESSIVE.search(
                later.group(1)
            ) and not re.search(r"\b(?:to|of|for|with|from|by|about|against|on|at|in|his|her|their|its|my|"
                                r"our)\s+$", sentence[max(0, later.start(1) - 12) : later.start(1)]):
                # ("In his Nobel Prize acceptance speech he wrote": a name after a possessive is a modifier)
                # "On a page of Trotsky's writings he scrawled": a possessive is no subject, nor is a name
                # after a preposition ("In a letter to Kennedy on 24 October he called")
                return later.group(1), later.start(1)
        return None
    s, e = chosen[0].start(), chosen[-1].end()
    name = _POSSESSIVE.sub("", sentence[offset + s : offset + e]) if re.search(
        r"\w[’']s$", sentence[offset + s : offset + e]
    ) else sentence[offset + s : offset + e]
    return name, offset + s


# What follows the place of a news report's dateline: a state abbreviated ("Topeka, Kan.", "Paterson, N. J."),
# a date ("Boston, Nov. 15."), a news agency ("WASHINGTON (AP)"), a dash, or (as OCR loses the dash)
# a full stop with the report's first word glued to it ("New York.Suddenly").
_DATELINE_TAIL = re.compile(
    r"(?:,[ \t]*(?:[A-Z][a-z]{0,5}\.[ \t]?){1,2}|"
    r",[ \t]*(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]*\d{1,2}\b|"
    r"[ \t]*\((?:AP|UPI|Reuters|AFP|INS)\)|[ \t]*[—–]|\.(?=[A-Z][a-z]))"
)


def _dateline(text: str, start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` is the place of a dateline: it opens its line, and a dateline's tail
    (``_DATELINE_TAIL``) follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _DATELINE_TAIL.match(text, start + len(name)) is not None


# The last word of an event's name: "World War I", "the Boxer Rebellion" — read like a place, never a person.
_EVENT_HEADS = {"war", "wars", "revolution", "rebellion", "depression", "crisis", "affair", "massacre",
                "famine", "panic", "uprising", "mutiny", "revolt"}


# A line of two to six capitalised words and nothing else, "The" allowed before them: a cross-heading
# (it starts at a literal line break, which the engine looks for fast: the text is read with one before it)
_HEADING_LINE = re.compile(
    r"\n[ \t]*(?:The[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,5})[ \t]*(?=\n|\Z)"
)

# The word right before a name, past "the": "in India", "Marshal Tukhachevsky", "in the Crimea".
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+(?:the[ \t]+)?$")


class _People:
    """What the text says about a capitalised name: a person, an organisation, a place, or unknown.

    Evidence in the text, not a gazetteer: an organisation word in the name ("Levada Center"), a first
    name or title before it ("Nikita Khrushchev", "Marshal Tukhachevsky"), a place preposition before it
    here or elsewhere in the text ("in India"), a verb of saying after it elsewhere ("Service notes").
    Answers are cached per name, so a book is read once per name, not once per quotation.
    """

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self._first: dict[str, int] | None = None
        # (start, end) of the quotations, in order, and of titles set in Markdown's italics ("_The Revolution
        # Betrayed_") or run-in headings ("=The Stamp Act.=--"): names inside them are nobody's antecedent
        titles = [(m.start(), m.end()) for m in _ITALIC_TITLE.finditer(text)]
        if "=" in text:
            titles = sorted([*titles, *((m.start(), m.end()) for m in _RUN_IN_HEADING.finditer(text))])
        self._quoted = sorted([*quoted, *titles]) if titles else list(quoted)
        self._starts = [start for start, _ in self._quoted]
        self._votes: dict[str, tuple[int, int]] | None = None  # name → (as a person, as a place)
        self._headings: set[str] | None = None  # the capitalised lines of their own (``heading``)
        self._bodies: dict[str, int] = {}  # name → how often written as a body ("the Courier's reporter")
        self._lowercase: set[str] = set()  # the words the text writes in lower case somewhere
        self._women: set[str] = set()  # surnames the text gives a woman's first name or title
        self._men: set[str] = set()  # surnames the text gives only a man's first name
        self._counts: dict[str, int] = {}  # how often each capitalised word stands in the text
        self.plausible: dict[str, bool] = {}  # name → whether it can be a speaker (``_plausible``)
        self._the_plurals: set[str] | None = None  # plural names written after "the" ("the Greeks")
        # (start, name) → kind: the same name at the same place is asked about again and again (by each rule
        # that tries it, by each pronoun looking back at it), and the answer depends only on the text
        self._kinds: dict[tuple[int, str], str] = {}
        self.title_genders: dict[tuple[int, str], str] = {}  # (at, name) → ``pronouns._title_gender``
        self._genders: dict[str, str] = {}  # name → ``gender``: the text's answer, the same wherever asked
        self._pronoun_genders: dict[str, str] = {}  # name → "m"/"f" from the "he"/"she" resolved to it

    def heading(self, name: str) -> bool:
        """Whether ``name`` stands on a line of its own, with "The" or nothing before it ("The Big Question",
        "Lengthy Meeting": a report's cross-heading), and the source never writes it as a person's (a title,
        a first name, a verb of saying): no one a "he" or "she" stands for. Headings read in one pass."""
        if self._headings is None:
            self._headings = set(_HEADING_LINE.findall("\n" + self.text))
        if name not in self._headings:
            return False
        person, _ = self._elsewhere().get(name.split()[-1], (0, 0))
        return not person

    def the_plurals(self) -> set[str]:
        """The capitalised plurals the text writes after "the" ("the ancient Greeks", "the Bolsheviks"), read
        in one pass the first time asked: peoples and parties, never one person."""
        if self._the_plurals is None:
            self._the_plurals = {
                name for name in _THE_PLURAL.findall(self.text) if not name.endswith("ss")
            }
        return self._the_plurals

    def unquoted(self, start: int, end: int) -> str:
        """text[start:end] with the words of quotations blanked: names inside them are nobody's antecedent."""
        # Spans copied whole and quotations blanked in one step each (not character by character: every
        # pronoun looks back through 600 characters, and a book has thousands of pronouns)
        pieces: list[str] = []
        at = start
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for q_start, q_end in self._quoted[first : bisect.bisect_left(self._starts, end)]:
            blank_from, blank_to = max(q_start, at), min(q_end, end)
            if blank_from >= blank_to:
                continue  # a quotation inside one already blanked, or before the span
            pieces.append(self.text[at:blank_from])
            pieces.append(" " * (blank_to - blank_from))
            at = blank_to
        pieces.append(self.text[at:end])
        return "".join(pieces)

    def kind(self, start: int, name: str) -> str:
        """What ``name`` written at ``start`` is: "person", "organisation", "place", "common" or "unknown"."""
        known = self._kinds.get((start, name))
        if known is None:
            known = self._kinds[(start, name)] = self._kind(start, name)
        return known

    def _kind(self, start: int, name: str) -> str:
        words = name.split()
        lower = [w.lower().strip(".,") for w in words]
        if any(w in ORGANISATION_WORDS for w in lower) or (name.isupper() and len(name) <= 6):
            return "organisation"
        if len(words) >= 2 and lower[-1] in _EVENT_HEADS:
            return "place"  # "World War", "the Boxer Rebellion", "the Great Depression": an event, no one
        # The word right before the name, in the same sentence: "in India", "Marshal Tukhachevsky".
        adjacent = _WORD_BEFORE.search(self.text[max(0, start - 30) : start])
        prev = adjacent.group(1).lower() if adjacent else ""
        if lower[0] in FIRST_NAMES or lower[0] in TITLES or prev in TITLES:
            return "person"
        kin = (lower[-1] in _FEMALE or lower[-1] in _MALE) and lower[-1] not in PRONOUNS
        if len(words) >= 2 and lower[0] in DETERMINERS and kin:
            return "person"  # "my grandmother", "her father"
        if prev in PLACE_PREPOSITIONS or _PLACE_LIST.search(self.text[max(0, start - 80) : start]):
            return "place"  # "in India", "in Norway, Mexico and Sweden"
        if _dateline(self.text, start, name):
            return "place"  # "Paterson, N. J.—Rose Rossini …": where a news report was sent from
        if len(words) >= 2 and lower[-1] in BODY_NOUNS:
            # "Soviet newspapers", "the resolution" are bodies; "My father", "the officer" are people
            return "organisation" if lower[-1] in BODY_DOCUMENTS else "person"
        person, place = self._elsewhere().get(words[-1], (0, 0))
        if place > person:
            return "place"
        if not person and len(words) == 1 and lower[0] in self._lowercase:
            return "common"  # "Years later, …", "Its first point": a word the text also writes in lower case
        return "person" if person else "unknown"

    def _first_at(self, token: str) -> int:
        """Where the text first writes the capitalised word ``token`` (one pass, the first time asked)."""
        if self._first is None:
            self._first = {}
            for m in re.finditer(r"(?<![\w’'-])[A-ZÀ-ÞА-ЯЁ][\w’'-]*", self.text):
                self._first.setdefault(m.group(), m.start())
        return self._first.get(token, len(self.text))

    def topic(self, pronoun: str, before: int | None = None) -> str | None:
        """The person the text is about, for "he" or "she": the name shown to be a person's that the text
        gives most often (at least three times), of the pronoun's gender where the text shows it; named
        before ``before`` (a pronoun does not stand for a man a later chapter first names)."""
        votes = self._elsewhere()
        female = pronoun in {"she", "her", "elle", "она"}
        best, most = None, 2
        for token, (person, place) in votes.items():
            count = self._counts.get(token, 0)
            if count <= most or place > person or token.lower() in NOT_NAMES or token.lower() in _PEOPLES:
                continue  # "Soviet" of "Soviet Union", "the Soviets": a people is never "he"
            gender = self.gender(token)
            if person == 0 and not gender:
                continue  # a person by the verbs after it, or by a woman's or a man's name
            if len(token) < 2:
                continue  # "C" of "William C. Taber" is an initial, nobody the text is about
            if before is not None and self._first_at(token) >= before:
                continue
            if (female and gender == "f") or (not female and gender != "f"):
                best, most = token, count
        return best

    def body(self, name: str) -> bool:
        """Whether the source writes ``name`` (one word) as a body, a paper or a building more often than as a
        person ("The Courier says", "the Kestrel's reporter"): it may speak, as a body, but no "he" or "she"
        stands for it."""
        person, _ = self._elsewhere().get(name, (0, 0))
        return self._bodies.get(name, 0) > person

    def learn_gender(self, name: str, gender: str) -> None:
        """Remember that a "he" ("m") or a "she" ("f") was read as ``name`` (both ways: nothing learned)."""
        known = self._pronoun_genders.get(name)
        self._pronoun_genders[name] = gender if known in (None, gender) else "?"

    def pronoun_gender(self, name: str) -> str:
        """The gender the text's own pronouns gave ``name`` so far: "m", "f" or ""."""
        learned = self._pronoun_genders.get(name, "")
        return learned if learned in ("m", "f") else ""

    def gender(self, name: str) -> str:
        """ "f" when the text shows ``name`` to be a woman's (a woman's first name or title before it, here
        or elsewhere in the text; a Russian woman's surname), "m" when it shows it to be a man's (a man's
        first name before it), "" otherwise."""
        known = self._genders.get(name)
        if known is None:
            known = self._genders[name] = self._gender(name)
        return known

    def _gender(self, name: str) -> str:
        words = name.split()
        first = words[0].lower().strip(".")
        if first in FEMALE_FIRST_NAMES or first in FEMALE_TITLES or words[-1].lower() in _FEMALE:
            return "f"
        if words[-1][:1].isupper() and words[-1].lower().endswith(_FEMININE_SURNAME):
            return "f"
        self._elsewhere()
        # A surname the text gives both to a woman and to a man ("Josephine Pasternak", "Leonid Pasternak")
        # is a family's: alone, it says nothing of whom it stands for
        women, men = words[-1] in self._women, words[-1] in self._men
        if women and not men:
            return "f"
        if (first in FIRST_NAMES and len(words) > 1) or (men and not women):
            return "m"  # a man's first name, here or elsewhere in the text
        if len(words) == 1 and first in FIRST_NAMES and not women:
            return "m"  # "Henry and John" alone: men's first names
        return ""

    def _elsewhere(self) -> dict[str, tuple[int, int]]:
        """For every capitalised word of the text, how often it stands as a person (after a first name or
        title, before a verb of saying: "Service notes", "McAuley (50) writes") and as a place (after
        "in", "across" …). One pass over the text, made the first time it is needed."""
        if self._votes is None:
            votes: dict[str, list[int]] = {}
            tokens = re.findall(r"\w+", self.text)
            self._lowercase = {token for token in set(tokens) if token.islower()} | NOT_NAMES
            # Only the capitalised words, found without a Python step per word (a book has 150,000 words)
            capitalised = itertools.compress(range(len(tokens)), map(str.isupper, map(itemgetter(0), tokens)))
            for index in capitalised:
                token = tokens[index]
                before = tokens[index - 1].lower() if index else ""
                following = index + 1
                while following < len(tokens) and tokens[following].isdigit():
                    following += 1  # "McAuley (50) writes"
                after = tokens[following] if following < len(tokens) else ""
                tally = votes.setdefault(token, [0, 0])
                self._counts[token] = self._counts.get(token, 0) + 1
                if before in FEMALE_FIRST_NAMES or before in FEMALE_TITLES or (
                    before.endswith(("ovna", "evna", "ichna")) and index and tokens[index - 1][:1].isupper()
                ):  # "Alexandra Mikhailovna Kollontai": a woman's patronymic before the surname
                    self._women.add(token)
                elif before in FIRST_NAMES and index and tokens[index - 1][:1].isupper():
                    self._men.add(token)  # "Oleg Budnitsky"
                # "The Courier says" is a paper's voice, no person's (``_bodies``); "the Republicans
                # declared" is still a group's
                says = bool(after) and (before != "the" or token.endswith("s")) and (
                    is_saying_word(after, after_name=True) or after in _HUMAN_VERBS
                    or before in {"named", "called", "comrade"}
                )
                # the word after a possessive: "Plowden's wife", "Oxford's streets"
                owned = tokens[following + 1].lower() if after == "s" and following + 1 < len(tokens) else ""
                if before in FIRST_NAMES or before in TITLES or says or owned in _KIN:
                    tally[0] += 1  # "Oleg Budnitsky", "Mr. Hale", "Service notes", "Plowden's wife"
                elif after != "s" and (before in _PLACE_BEFORE or (
                    before in _GOING_PREPOSITIONS and tokens[index - 2].lower() in _GOING
                )):  # "in India" is a place, "in Stalin's head" is not; "arrived at Oxford", "leaving Oxford"
                    tally[1] += 1
                elif owned in _PLACE_HAS or (before == "of" and tokens[index - 2].lower() in _PLACE_OF):
                    tally[1] += 1  # "Oxford's streets", "the city of Oxford", "the people of Naples"
            for m in _THE_BODY.finditer(self.text):
                token = m.group(1)
                w = token.lower()
                if not (w in self._lowercase or w in TITLES or w in BODY_NOUNS or w in FIRST_NAMES
                        or w in _NATIONALITIES or w.endswith("s")):
                    self._bodies[token] = self._bodies.get(token, 0) + 1
            self._votes = {name: (p, q) for name, (p, q) in votes.items()}
        return self._votes


# The source's own usage of a capitalised word (``_People._elsewhere``), besides "in India":
# a verb or noun of going and a preposition before it: "arrived at Oxford", "went to Moscow", "back from
# Naples", "sailed for Lisbon" ("a letter from Lenin", "a visit to Stalin", "looked at Kirov" are no journeys)
_GOING = {"went", "go", "goes", "going", "gone", "came", "come", "comes", "coming", "returned", "return",
          "returning", "returns", "moved", "travelled", "traveled", "travelling", "traveling", "sailed",
          "sailing", "flew", "fled", "fleeing", "retreated", "marched", "drove", "rode", "walked",
          "journeyed", "emigrated", "escaped", "arrived", "arrive", "arriving", "arrives", "landed", "stayed",
          "stopped", "lived", "living", "born", "stationed", "based", "settled", "back", "way", "road",
          "journey", "trip", "route", "train", "miles", "far", "away", "bound", "left", "leave", "leaving",
          "set", "headed", "departed", "withdrew", "deported", "exiled", "banished", "evacuated"}
_GOING_PREPOSITIONS = {"to", "at", "from", "for", "into"}
# a preposition of place ("beyond Suez", "outside Paris") or a verb whose object is a place ("ever since
# leaving Oxford", "the Germans entered Louvain") right before it
_PLACE_BEFORE = {"in", "across", "throughout", "inside", "within", "near", "outside", "beyond", "leaving",
                 "reached", "reaching", "entered", "entering", "invaded", "occupied", "captured", "besieged",
                 "evacuated", "bombed", "bombarded", "shelled"}
# a place's things after its possessive ("Moscow's streets"), and the nouns that take a place after "of"
# ("the city of Oxford", "the people of Naples"); a government or an army is also a leader's ("Stalin's
# government"), so neither is a mark
_PLACE_HAS = {"streets", "population", "inhabitants", "citizens", "residents", "capital", "economy",
              "borders", "territory", "suburbs", "outskirts", "harbour", "harbor", "mayor", "parliament",
              "port"}
_PLACE_OF = {"city", "town", "village", "port", "county", "province", "capital", "island", "isle", "state",
             "republic", "kingdom", "region", "district", "river", "harbour", "harbor", "valley", "fortress",
             "parish", "borough", "colony", "territory", "people", "inhabitants", "citizens", "streets",
             "outskirts", "suburbs", "environs", "siege", "mayor", "governor"}
# a person's kin after the possessive: "Plowden's wife" is a person's
_KIN = {"wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "brothers",
        "sister", "sisters", "widow", "children", "parents", "family", "uncle", "aunt", "nephew", "niece"}
# "the Standard's court reporter", "The Kremlin said", "at the Achilleon": a singular capitalised word after
# "the", then a possessive, a punctuation mark or a function word, is a body, a paper or a building, not a
# person ("the Kennedy administration" is not one: a noun follows; "the Emperor" is no mark: a title, and
# a word the text also writes in lower case is an office)
_THE_BODY = re.compile(
    # (written to start with a literal "he", which the engine looks for fast, then checked for "The"/"the")
    r"he(?<=\b[Tt]he)[ \t]+([A-Z][a-z]+)(?=[’']s\b|[ \t]*[,.;:)!?]|"
    r"[ \t]+(?:of|in|at|and|was|is|had|has|said|says|to|on|for|from|with|which|that|where|"
    r"announced|reported|declared|stated|wrote|writes)\b)"
)


# "The secretary of the district party committee, comrade Gusev, reports": the role and then, in apposition,
# the name, which is the speaker's.
# "The chairman of the kolkhoz “Red Dawn” Petrov S. I. declared", "The librarian of the reading room Anna
# Sedova told": a role, its phrase and a name (with initials, or a first name) right before a verb.
_ROLE_WHERE_NAME = re.compile(
    r"\s+(?:of|at|for|from|in)\s+[^,.;:()]{1,60}?\s"
    r"(?P<name>(?P<first>[A-ZÀ-ÞА-ЯЁ][\w’'-]+)\s+(?:(?P<initials>[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?)|"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+))\s+(?=[a-z]+\b)"
)
_ROLE_APPOSITION = re.compile(
    r"(?:\s+(?:of|at|for|from|in)\s+[^,.;:“”\"«»()]{1,60}?)?,\s+"
    # "The brigade leader, a former army officer named Kovalchuk, explained"
    # "…, military doctor Pimenov,": a title may have an adjective before it
    r"(?:(?:a|an|the)\s+[^,.;:“”\"«»()]{1,60}?\s+(?:named|called)\s+|(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}(?P<title>[a-z]+)\s+)?"
    r"(?P<name>(?:[A-ZÀ-ÞА-ЯЁ]\.\s*){0,3}[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3})"
    r"(?:,|(?<=[a-zа-яё])\s+(?=who\b|whom\b))"
)


# Verbs only a person is the subject of: "Sorokin smiled", "Antipov shrugged" show Sorokin to be a person.
_HUMAN_VERBS = {"smiled", "smiles", "laughed", "laughs", "nodded", "nods", "shrugged", "shrugs", "sighed",
                "frowned", "whispered", "hesitated", "paused", "wept", "cried", "answered", "replied",
                "asked", "offered", "remembered", "recalled", "thought", "believed", "hoped", "feared",
                "refused", "admitted", "insisted", "married", "died", "embraced", "shouted", "looked",
                "turned", "sat", "stood", "waited", "kept", "took", "gave"}

# Adjectives of nationality or region, capitalised but no one's name ("The British ambassador").
_NATIONALITIES = {"british", "russian", "soviet", "american", "german", "french", "english", "polish",
                  "ukrainian", "italian", "georgian", "latvian", "estonian", "lithuanian", "belarusian",
                  "kazakh", "czech", "hungarian", "romanian", "bulgarian", "serbian", "western", "eastern",
                  "northern", "southern", "european", "asian", "african", "canadian", "australian",
                  "austrian", "belgian", "dutch", "greek", "armenian", "uzbek", "tatar", "chechen",
                  "bolshevik", "menshevik"}
