"""The subject of the words before a quotation (``_subject_before``) and its coordinated and determined
forms."""

from __future__ import annotations

import re

from annotator.domain.evidence import Speaker
from annotator.domain.evidence._words import (
    BODY_DOCUMENTS,
    BODY_NOUNS,
    CAUSED_TO,
    DETERMINERS,
    FIRST_NAMES,
    FOR_TO,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PRONOUNS,
    SUBJECT_WORDS,
    WORD,
)
from annotator.domain.evidence.speakers.documents import _named
from annotator.domain.evidence.speakers.people import (
    _CAPITALISED_RUN,
    _DATE_AFTER,
    _DOCUMENT_NP,
    _DOCUMENT_PARTS,
    _FRENCH_AUXILIARY,
    _INDEFINITE_HEAD,
    _INITIALS_AFTER,
    _MEMBER_OF,
    _MONTH_SURNAMES,
    _NAME_AFTER_WHICH,
    _NAME_THEN_VERB_AFTER_COMMA,
    _NAMED_APPOSITIVE,
    _NOT_SPEAKING_NOUNS,
    _NP_WHO,
    _OPENING_PHRASE,
    _PARTICLES,
    _PERIPHRASIS,
    _PHRASE_PREPOSITIONS,
    _POSSESSIVE,
    _RELATIVE_PRONOUN,
    _REPORTED,
    _TITLED_ROLES,
    _agrees,
    _People,
    _role_noun,
    _sentence_subject,
)
from annotator.domain.evidence.speakers.pronouns import _carry_over, _paragraph_start
from annotator.domain.evidence.speakers.roles import _NAME_WHICH, _NAME_WHO, _PARTICIPLE_ASIDE

# ... and the adverbs of frequency memoirs put there: "Benny often inquired", "my father always said"
_BETWEEN_WORDS = (SUBJECT_WORDS - PRONOUNS) | {"often", "always", "sometimes", "usually", "soon", "now"}
_NAME_LINKS = {"of", "for"}
_EXAMPLE = re.compile(r"\s*(?:such\s+as|like|including|notably|namely)\s+(?=[A-Z])")
_QUANTITIES = {"one", "some", "many", "most", "all", "two", "three", "each", "several", "none", "few", "both"}
_INDEFINITE = {"someone", "somebody", "everyone", "everybody", "nobody", "people", "others", "many", "some"}


# A group that speaks as one after a possessor: "Ravi's family said", "Smith's campaign said".
_POSSESSOR_COLLECTIVE = re.compile(
    r"(?:^|[,;:]\s+|^\s+)(?P<np>(?P<who>[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2}[’']s\s+"
    r"(?:family|government|office|campaign|team|ministry|administration|lawyers))\s+$"
)


# An office "of" a body that ends in a person's name: "| of the Housing Trust Mara Lindqvist" (a given name
# and a surname after at least one word of the body; "of the Central Bank" has none).
_NAME_ENDING_OFFICE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,4}?(?P<name>[A-Z][a-z’'-]+\s+[A-Z][\w’'-]+)\s*$"
)
# An office in capitals set in commas after a name, not followed by a name of its own: "Assistant Secretary
# of State for …", "Prime Minister" (but "Comrade Ivanov" is the name).
_OFFICE_APPOSITIVE = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|Minister|Commissar|Ambassador|Chairman|President|Director|"
    r"Governor|Chancellor|Commander|Premier)\b(?:\s+(?:of|for|to|in|at)\b[^,]*|\s*)$"
)
# A phrase opening the sentence with an adverb of time or sequence, up to its comma (no appositive).
_ADVERB_OPENING = re.compile(
    r"\s*(?:Finally|Then|Later|Meanwhile|Eventually|Afterwards|Soon|At\s+last)\b[^,]*$"
)
# "There were Tories … who denounced": an existential sentence, its noun the relative's antecedent.
_THERE_WERE_WHO = re.compile(
    r"\b[Tt]here\s+(?:were|was|are|is)\s+(?:(?:some|many|a\s+few|also|still)\s+)?(?P<np>[A-Za-z][\w’'-]*s)\b"
    r"[^.;:“”\"«»]{0,120}?\bwho\s+(?:[a-z]+\s+){0,2}$"
)
# A clause opened by a personal pronoun and its verb after a comma: ", he gathered a band of men".
# Or a noun phrase and its past verb: ", the Republicans chose a middle course".
_VERB_NEXT = r"(?=\s+(?!(?:of|in|and|or|to|with|for|from|on|at|by|who|which|that|as)\b)[a-z]+\b)"
_PRONOUN_CLAUSE = re.compile(
    rf"\s*(?P<pronoun>he|she|they|we|I|(?:the|his|her|their)\s+(?:[A-Za-z]+\s+){{0,2}}?[A-Za-z]+{_VERB_NEXT}"
    rf"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*{_VERB_NEXT})\s+[a-z]+"
)
# A name, then its role in apposition: "Macaulay, the English historian", "Guizot, a minister of the king".
_NAME_THEN_ROLE = re.compile(
    r"(?P<name>\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?:the|a|an)\s+[^,]{2,60}"
)
# "Rubottom, Jr.": a suffix after the surname, no part of how the text names the speaker here.
_SUFFIX_AFTER_NAME = re.compile(r",\s*(?:Jr|Sr|Jnr|Snr)\.?$")
_TIME_ADVERBS = {"earlier", "already", "first", "afterwards", "again", "often", "never", "always", "soon"}
_CONVERSATION_WITH = re.compile(
    r"(?:,\s*)?\b(?:during|in|at)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:conversation|interview|meeting|"
    r"talk|talks|exchange|discussion|audience|correspondence)s?\s+with\s+[^,.;:“”\"]{1,60}?(?:,\s*)?$"
)


# "But on page 215 of the report, it says", "In the letter, it says": the document in the phrase fronted in
# the pronoun's own sentence is the "it" that says.
_FRONTED_DOCUMENT = re.compile(
    r"(?:^|[.!?]\s+|\n|\b(?:But|And|Yet|So)\s+)(?:(?:Elsewhere|Later|Further|Earlier)\s+)?(?:[Ii]n|[Oo]n|[Aa]t)\s+"
    r"[^,.;:“”\"]{0,40}?\b(?P<document>(?:the|this|that)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)),\s*$"
)


def _subject_before(
    text: str, verb_at: int, floor: int, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """The subject written before the verb at ``verb_at``: a name, a noun phrase, or a pronoun resolved."""
    chunk = text[floor:verb_at]
    # Parentheses ("McAuley (50) writes", "Vyshinsky (a former Menshevik) screamed") hide nothing.
    chunk = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), chunk)
    # "Lenin is reported to have told", "Stalin was quoted as saying": the subject stands before
    chunk = _REPORTED.sub(lambda m: " " * len(m.group()), chunk)
    # "Arseny Roginsky used to say", "she went on to write": the subject stands before the periphrasis
    chunk = _PERIPHRASIS.sub(lambda m: " " * len(m.group()), chunk)
    # "elle m'a dit", "il lui avait écrit": the French pronoun stands before the clitic and the auxiliary
    chunk = _FRENCH_AUXILIARY.sub(lambda m: " " * len(m.group()), chunk)
    # "Yusupov returned to the basement and, referring to a crucifix in the room, told": the aside in commas
    chunk = _PARTICIPLE_ASIDE.sub(lambda m: " " * len(m.group()), chunk)
    # "Mussolini during a conversation with Emil Ludwig described": whom one talked with does not speak
    chunk = _CONVERSATION_WITH.sub(lambda m: " " * len(m.group()), chunk)
    if re.match(r"\w+ing\b", text[verb_at : verb_at + 30]):
        # "Our enemies abroad are writing that": the subject stands before the auxiliary
        chunk = re.sub(
            r"\s+(?:is|are|was|were|been|kept|keeps|began|begins|started|starts|continued|continues)\s*$",
            lambda m: " " * len(m.group()), chunk,
        )  # "She kept saying,": the subject stands before the aspect verb too
    collective = _POSSESSOR_COLLECTIVE.search(chunk)
    if collective and collective.group("who").lower() not in NOT_NAMES:
        # "“…,” Ravi's family said", "Sunil Tripathi's family said": the family (a body) speaks, not Ravi
        return Speaker(collective.group("np"), floor + collective.start("np"), floor + collective.end("np"))
    relative = _NAME_WHO.search(chunk)
    if relative and relative.group(1).split()[0].lower() not in NOT_NAMES and people.kind(
        floor + relative.start(1), relative.group(1)
    ) in ("person", "unknown"):
        # "an open letter from Lydia Chukovskaya, who wrote that …": "who" stands for the name before it
        return _named(text, floor + relative.start(1), floor + relative.end(1))
    document = _NAME_WHICH.search(chunk)
    if document and document.group("name").split()[0].lower() not in NOT_NAMES:
        # "Article 2 of the United Nations Charter which states,": the named document says it
        return Speaker(document.group("name"), floor + document.start("name"), floor + document.end("name"))
    named_after = _NAME_AFTER_WHICH.search(chunk)
    if named_after and named_after.group("name").split()[0].lower() not in NOT_NAMES:
        # "a telegram from Khrushchev to Kennedy in which Khrushchev warned": the relative's own subject
        return _named(text, floor + named_after.start("name"), floor + named_after.end("name"))
    existential = _THERE_WERE_WHO.search(chunk)
    if existential:
        # "There were Tories, however, in the colonies--many of them officials--who denounced": those the
        # sentence says there were
        np_at = floor + existential.start("np")
        return Speaker(existential.group("np"), np_at, np_at + len(existential.group("np")))
    described = _NP_WHO.search(chunk)
    if described and described.group("noun").lower() not in _NOT_SPEAKING_NOUNS:
        # "a group of deputies of the city duma, who argue that", "announced by the archive, which called
        # her": the relative stands for the noun phrase before it
        return Speaker(described.group("np"), floor + described.start("np"), floor + described.end("np"))
    caused = CAUSED_TO.search(chunk)
    if caused:
        # "led Leon Trotsky to claim that", "prompting the enraged Orlov to declare": the one made to speak,
        # by the name in the phrase when it has one ("the enraged Orlov" is Orlov)
        np_at = floor + caused.start("np")
        name = re.search(r"[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*)*$", caused.group("np"))
        if name and name.start() > 0 and name.group().split()[0].lower() not in NOT_NAMES:
            return _named(text, np_at + name.start(), np_at + name.end())
        return Speaker(caused.group("np"), np_at, np_at + len(caused.group("np")))
    infinitive = FOR_TO.search(chunk)
    if infinitive:
        # "for the hon. Member for Aberdeen to describe …": the infinitive's subject speaks
        return Speaker(infinitive.group("np"), floor + infinitive.start("np"), floor + infinitive.end("np"))
    stripped = chunk.rstrip()
    # "Trotsky, who directed the assault, later wrote": the adverbs first, then the appositive
    while (tail := re.search(r"\s([a-z]+)$", stripped)) and (
        tail.group(1) in _BETWEEN_WORDS | _TIME_ADVERBS or re.fullmatch(r"[a-z]{3,}ly", tail.group(1))
    ):  # "Kaganovich reportedly declared", "Khrushchev earlier explained"
        stripped = stripped[: tail.start()].rstrip()
    if stripped.endswith(","):
        # "Brzezhinski, hardly the most ardent admirer of Stalin, notes": skip the appositive
        body = stripped[:-1]
        # "A cable from our London embassy dated June 18, 1941, stated": the date's comma is no appositive
        body = _DATE_AFTER.sub("", body)
        comma = body.rfind(",")
        stripped = body
        clause = _PRONOUN_CLAUSE.match(body, comma + 1) if comma >= 0 else None
        if comma >= 0 and _ADVERB_OPENING.match(body[:comma]):
            # "Finally after much discussion, the German ambassador on September 1, 1915, sent": the comma
            # ends the phrase opening the sentence; the subject after it is no appositive
            stripped = body
        elif clause and re.match(r"[a-z]+ing\b", text[verb_at : verb_at + 30]):
            # "Aided by funds from friends, he gathered a band, saying to them:": the participle's subject is
            # the subject of the clause before it (a pronoun or a noun phrase), not a name in the phrase
            # opening the sentence
            stripped = body[: clause.end("pronoun")]
        elif comma >= 0:
            tail_words = WORD.findall(body[comma + 1 :])
            if _EXAMPLE.match(body[comma + 1 :]):
                # "others, such as Lewin, have called it": the one named speaks
                stripped = body
            elif _INDEFINITE_HEAD.match(body[:comma]) and _NAMED_APPOSITIVE.match(body[comma + 1 :]):
                stripped = body  # "One of them, the poet Anna Barkova, wrote": the name the appositive gives
            elif tail_words and (
                tail_words[0].islower()
                or tail_words[0].lower() in DETERMINERS
                or _POSSESSIVE.search(tail_words[0])
                # "Roy R. Rubottom, Jr., Assistant Secretary of State …, summarized": an office in capitals
                or _OFFICE_APPOSITIVE.match(body[comma + 1 :]) is not None
            ):  # "Memorial, Russia's oldest human rights group, which had accused": Memorial
                stripped = _SUFFIX_AFTER_NAME.sub("", body[:comma])
                inner = _NAME_THEN_ROLE.fullmatch(stripped)
                if inner:
                    # "Macaulay, the English historian, no friend of the crown, said": a second appositive
                    # after the role; the name before both speaks
                    stripped = inner.group("name")
    # "Its note of 1943 called": a date after the noun is no part of the subject
    stripped = _DATE_AFTER.sub("", stripped)
    # "the evacuee Sidorenko P. K.": Soviet documents put the initials after the surname; the surname speaks
    initials = _INITIALS_AFTER.search(stripped)
    if initials:
        stripped = stripped[: initials.start(1)]
    words = list(WORD.finditer(stripped))
    while words and words[-1].group().lower() in _BETWEEN_WORDS and not words[-1].group()[0].isupper():
        words.pop()
    if words and words[-1].group().lower() in {"and", "but"} and spoken and floor <= spoken[-1][0] <= verb_at:
        # "Kerensky … called the ministers “…” and “…”, and alleged that they were “…”": the second verb of
        # the one who said the words before it in the same sentence
        return Speaker(spoken[-1][1].name, None, None, spoken[-1][1].role)
    if words and words[-1].group().lower() in {"and", "but", "then"}:
        # "Mikoyan spoke to the crowd on the radio … and promised": the subject of the first verb says it
        # (before a phrase after a noun is read as the speaker's: "the crowd on the radio" is no speaker)
        return _coordinated_subject(text, floor, stripped, spoken, people)
    # "a woman from the Kuban told", "A spokesman for the ministry of culture said": the speaker stands
    # before the phrase (which names a place or a body, not the speaker), when nothing else stands between.
    opened = _OPENING_PHRASE.match(stripped)  # "In a letter of 1947 a schoolteacher from Tambov wrote"
    # "The teacher of the Kirsanov school Morozova A. S. told", "The librarian of the reading room Anna
    # Sedova told": a name with initials or a first name ends the phrase; it is the speaker, not the role
    named_last = len(words) >= 2 and words[-1].group()[0].isupper() and (
        initials is not None or words[-2].group().lower() in FIRST_NAMES
    )
    for back in range(max(1, len(words) - 12), len(words) - 1) if not named_last else ():
        if opened and words[back].start() < opened.end():
            continue
        if words[back].group().lower() in _PHRASE_PREPOSITIONS:
            head = words[back - 1].group()
            partitive = words[back].group().lower() == "of"
            whole = head.lower() in _INDEFINITE | _QUANTITIES or words[back + 1].group().lower() in PRONOUNS
            if partitive and whole:
                continue  # "One of them said": the whole phrase is the speaker
            linked = words[back].group() in _NAME_LINKS and words[back + 1].group()[0].isupper()
            if head[0].isupper() and linked:
                continue  # "the Union of Archivists", "the Minister of Culture": one name
            rest = stripped[words[back - 1].end() :]
            if words[-1].group().lower() in PRONOUNS:
                break  # "… to the peasants; in a famous phrase he urged": the pronoun is the subject
            # "A schoolteacher in Voronezh wrote", "…; a banner over the main gate read:": a noun after an
            # article opening the clause is the head
            article = back >= 2 and words[back - 2].group().lower() in {"a", "an", "the"}
            described = article and head.islower() and (
                back == 2 or re.search(r"[,;:.!?]\s*$", stripped[: words[back - 2].start()]) is not None
                # "In a letter of 1947 a schoolteacher from Tambov wrote": after an opening phrase
                or getattr(_OPENING_PHRASE.match(stripped), "end", lambda: -1)() == words[back - 2].start()
            )
            if (head[0].isupper() or head.lower() in BODY_NOUNS or described) and not re.search(
                r"[,;:“”\"«»‘’()]", rest
            ):
                office = _NAME_ENDING_OFFICE.match(stripped, words[back - 1].end()) if partitive else None
                if head in _TITLED_ROLES and office and office.group("name").split()[-1].lower() not in (
                    ORGANISATION_WORDS
                ):
                    # "CEO of the Refugee Trust Ann Lee told": the name that ends the office speaks, not
                    # the office's first word
                    return _named(text, floor + office.start("name"), floor + office.end("name"))
                words = words[:back]
                break
    if not words:
        return None
    last = words[-1].group()
    if last.lower() == "you" and _QUESTION_TURN.match(text, _paragraph_start(text, verb_at)):
        # "Question: … you told the brigade that …": in a record of questions and answers, "you" is the
        # one questioned, whom the heading names
        questioned = _QUESTIONED.search(text, 0, 600)
        if questioned:
            return _named(text, questioned.start("name"), questioned.end("name"))
    if last.lower() in {"and", "but", "then"}:
        # "My supervisor looked over my shoulder and said,": the subject of the first verb says it
        return _coordinated_subject(text, floor, stripped, spoken, people)
    before_it = chunk.rstrip()[:-2] if last.lower() == "it" and chunk.rstrip().endswith("it") else ""
    fronted = _FRONTED_DOCUMENT.search(before_it) if before_it else None
    if fronted and fronted.group("noun") in BODY_DOCUMENTS:
        return Speaker(fronted.group("document"), None, None)  # as an "it" carried over to a document is
    if last.lower() in PRONOUNS:
        if len(words) >= 3 and words[-2].group().lower() == "of" and words[-3].group().lower() in {
            "one", "some", "many", "most", "all", "two", "each", "several", "none"
        }:
            s, e = floor + words[-3].start(), floor + words[-1].end()
            return Speaker(text[s:e], s, e)  # "One of them said"
        if (last.lower() in {"i", "we"} and len(words) == 1) or last == "I":
            # "I told him, “…”": the author of the text speaks
            s, e = floor + words[-1].start(), floor + words[-1].end()
            return Speaker(text[s:e], s, e, "author")
        if re.search(r"\S,\s*$", stripped[: words[-1].start()]) and re.match(
            r"[\w’'-]+(?:\s+[a-z]+)?\s*,", text[verb_at : verb_at + 40]
        ):
            # "Her mother, she noted, “went grey …”": the pronoun set in commas is not the subject before it;
            # it stands for someone named before the sentence
            clause = max(stripped.rfind(";", 0, words[-1].start()), stripped.rfind(":", 0, words[-1].start()))
            return _carry_over(text, floor + max(clause, 0), last.lower(), spoken, people)
        return _carry_over(text, floor + words[-1].start(), last.lower(), spoken, people)
    # "Theresa May", "Robert June": a month right after a given name is a surname
    given = words[-2].group() if len(words) >= 2 else ""
    month_surname = last.lower() in _MONTH_SURNAMES and given[:1].isupper() and (
        given.lower() in FIRST_NAMES and not stripped[words[-2].end() : words[-1].start()].strip()
    )
    if last[0].isupper() and (last.lower() not in NOT_NAMES or month_surname):
        run = [words[-1]]
        for w in reversed(words[:-1]):
            g = w.group()
            gap = stripped[w.end() : run[0].start()]
            linked = g in _NAME_LINKS and run[0].group()[0].isupper()
            if gap.strip() not in ("", ".") or not (g[0].isupper() or g.lower() in _PARTICLES or linked):
                break
            if g.lower() in NOT_NAMES and not linked:
                break
            run.insert(0, w)
        while run[0].group() in _NAME_LINKS:
            run.pop(0)  # "of Culture" without the word before it is no name
        given = [i for i, w in enumerate(run) if i and w.group().lower() in FIRST_NAMES]
        if given and run[given[0] - 1].group().lower() not in FIRST_NAMES:
            run = run[given[0] :]  # "Der Historiker Karl Schlögel", "Chief Prosecutor Andrei Vyshinsky"
        s, e = floor + run[0].start(), floor + run[-1].end()
        member = _MEMBER_OF.search(text, max(floor, s - 60), s)
        if member and people.kind(s, text[s:e]) in ("organisation", "place") and people.kind(
            member.start(1), member.group(1)
        ) in ("person", "unknown") and member.group(1).split()[0].lower() not in NOT_NAMES:
            # "Walter Duranty of The New York Times, who wrote": the person, not the paper
            return _named(text, member.start(1), member.end(1))
        # "the Central Committee", "the NKVD": keep the article with a body's name
        article = re.search(r"\bthe\s+$", text[max(floor, s - 4) : s], re.IGNORECASE)
        if article and people.kind(s, text[s:e]) == "organisation":
            s -= len(article.group())
        return _named(text, s, e)
    # A described speaker: "A brigade member", "the chief prosecutor", "Soviet newspapers", "The rebels".
    if last.lower() in {"another", "one", "others"} and (len(words) == 1 or stripped[
        words[-2].end() : words[-1].start()
    ].strip()):
        s, e = floor + words[-1].start(), floor + words[-1].end()
        return Speaker(text[s:e], s, e)  # "“In Europe,” another replies": the text names nobody more
    if len(words) >= 2 and words[-2].group() in {"Its", "its"} and last.lower() in BODY_DOCUMENTS:
        # "The Soviet government rejected the charge. Its note of 1943 called …": the body last named
        at = floor + words[-2].start()
        before = people.unquoted(max(0, at - 400), at)
        documents = [m for m in _DOCUMENT_NP.finditer(before) if m.group("noun").lower() in BODY_DOCUMENTS]
        if documents:
            start = max(0, at - 400) + documents[-1].start()
            return Speaker(documents[-1].group(), start, start + len(documents[-1].group()))
    if not _role_noun(last):  # "prosecutors called": a regular plural of a role too
        described = _determined(stripped, words)
        if described is None:
            return None
        owner = words[-1].group().lower() in _DOCUMENT_PARTS and stripped[described[0] :].split()[0].lower()
        if owner == "its":
            # "… adopted the Petropavlovsk resolution. Its first point read:": the document last named speaks
            at = floor + described[0]
            before = people.unquoted(max(0, at - 400), at)
            documents = [m for m in _DOCUMENT_NP.finditer(before)
                         if m.group("noun").lower() in BODY_DOCUMENTS]  # fmt: skip
            if documents:
                last = documents[-1]
                start = max(0, at - 400) + last.start()
                return Speaker(last.group(), start, start + len(last.group()))
        return Speaker(text[floor + described[0] : floor + described[1]], floor + described[0],
                       floor + described[1])
    first = len(words) - 1
    if last.lower() in _INDEFINITE:
        s, e = floor + words[-1].start(), floor + words[-1].end()
        return Speaker(text[s:e], s, e)  # "someone had written", "people said": nobody more precise
    for back in range(len(words) - 2, max(-1, len(words) - 6), -1):
        g = words[back].group()
        if stripped[words[back].end() : words[back + 1].start()].strip():
            break  # punctuation between: another clause
        if g.lower() in DETERMINERS:
            first = back
            break
        if not (g[0].isupper() or (g.islower() and (g.lower() in BODY_NOUNS or _adjective(g) or back > 0))):
            break
        if re.fullmatch(r"[a-z]+[a-rt-z]s", g) and not _adjective(g) and g.lower() not in BODY_NOUNS:
            break  # "In their speeches prosecutors called": a plural noun before the head ends the phrase
        first = back
    if words[first].group().lower() not in DETERMINERS and not words[first].group()[0].isupper():
        first = len(words) - 1
    s, e = floor + words[first].start(), floor + words[-1].end()
    return Speaker(text[s:e], s, e)


def _coordinated_subject(
    text: str, floor: int, chunk: str, spoken: list[tuple[int, Speaker, str]], people: _People
) -> Speaker | None:
    """The subject of a clause whose second verb is the verb of saying: "X looked up and said"."""
    relative = list(_RELATIVE_PRONOUN.finditer(chunk))
    if relative:
        # "published a letter signed by Shalamov in which he renounced … and declared that": the relative
        # clause's subject says it
        pronoun = relative[-1].group("pronoun")
        at = relative[-1].start()
        names = [m for m in _CAPITALISED_RUN.finditer(chunk, max(0, at - 60), at)
                 if m.group().split()[0].lower() not in NOT_NAMES]  # fmt: skip
        if names and pronoun != "they" and _agrees(pronoun, names[-1].group()) and people.kind(
            floor + names[-1].start(), names[-1].group()
        ) in ("person", "unknown"):
            # "a letter signed by Tvardovsky in which he": the name right before the relative
            return _named(text, floor + names[-1].start(), floor + names[-1].end())
        return _carry_over(text, floor + relative[-1].start("pronoun"), pronoun.lower(), spoken, people)
    clauses = list(re.finditer(r"(?:,|;)\s+(?:and|but)\s+(?=[A-Z])|;\s+", chunk))
    if clauses:
        # "My father was at the ministry …, and Sorokin, he told us, stood up … and said": the last clause's
        floor += clauses[-1].end()
        chunk = chunk[clauses[-1].end() :]
    opening = _OPENING_PHRASE.match(chunk)
    offset = opening.end() if opening else 0
    first = WORD.match(chunk, offset)
    if first is None:
        return None
    if first.group().lower() in {"he", "she", "they", "it"}:
        return _carry_over(text, floor + first.start(), first.group().lower(), spoken, people)
    if first.group().lower() in {"i", "we"}:
        return Speaker(first.group(), floor + first.start(), floor + first.end(), "author")
    subject = _sentence_subject(chunk)
    if subject is not None:
        name, at = subject
        if people.kind(floor + at, name) in ("place", "common"):
            return None
        return Speaker(name, floor + at, floor + at + len(name))
    named = list(_NAME_THEN_VERB_AFTER_COMMA.finditer(chunk))
    if named and named[-1].group(1).split()[0].lower() not in NOT_NAMES and people.kind(
        floor + named[-1].start(1), named[-1].group(1)
    ) not in ("place", "common"):
        # "In 2010, after the crash at Smolensk …, Vladimir Putin expressed his sympathy and called": the
        # name after the last comma that a verb follows
        return _named(text, floor + named[-1].start(1), floor + named[-1].end(1))
    phrase = re.match(r"(?:the|my|his|her|their|our|a|an)\s+[a-z]+\b", chunk[offset:], re.IGNORECASE)
    if phrase:  # "My supervisor looked …": a determiner and its noun
        return Speaker(phrase.group(), floor + offset, floor + offset + phrase.end())
    return None


def _determined(chunk: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """A noun phrase of a determiner and up to three words that ends the chunk at the start of its clause
    ("The rebels", "its publisher"): the subject of the verb after it, whatever its noun."""
    for size in (2, 3, 4):
        if len(words) < size:
            return None
        first = words[-size]
        if first.group().lower() in DETERMINERS - {"that", "this", "one", "another"} or (
            first.group() == "One" and words[-1].group().lower() in ORGANISATION_WORDS | BODY_NOUNS
        ):  # "One Western magazine recently claimed": nobody named, the description kept
            before = chunk[: first.start()].rstrip()
            opening = _OPENING_PHRASE.match(chunk)
            if not chunk[first.start() : words[-1].end()].count(",") and (
                not before or before[-1] in ",;:.!?(" or before.split()[-1].lower() in {"as", "and", "but"}
                or (opening is not None and opening.end() == first.start())  # "In a letter of 1947 a …"
            ):
                return first.start(), words[-1].end()
    return None


def _adjective(word: str) -> bool:
    return word.endswith(("al", "ive", "ous", "ic", "ful", "ed", "ish", "ary", "ent", "ant", "ior", "ist"))


# A question's turn in a record of an interrogation or an interview, and whom the heading says is questioned.
_QUESTION_TURN = re.compile(r"\s*(?:Q|Question|Interviewer|Вопрос)\s*[:.]", re.IGNORECASE)
_QUESTIONED = re.compile(
    r"\b(?:interview|conversation|interrogation|examination|questioning)\s+(?:of|with)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})"
)
