"""Tags of German, French and Russian quotations: the verb of saying and its speaker after the words.

English puts the tag as "“…,” said Service" or "“…,” Service said"; the three other languages whose marks
are read (see quotations.py) invert it in their own ways, and the English rules, which look for "the", "a"
and English verbs, miss them:

- German: "„…“, sagte Steinmeier", "„…“, rief der Sozialdemokrat", "„…“, sagt der Schauspieler Ulrich
  Matthes", "„…“, sagte er", and the verbless "„…“, so Steinmeier" / "„…“ So Friedrich Ebert am 7. November".
- French: "« … », déclare François Hollande", "« … », a dit Nicolas Sarkozy", "« … », avait déclaré le
  leader du PCF", "« … », commente Le Petit Journal", "« … », a-t-il déclaré".
- Russian: "«…», — заключил Черников", "«…», — сказал он", "«…» — говорит историк Иван Петров".

Only the tag right after the closing mark is read here: a verb of the language's own list, then its subject
(a pronoun, a name, a role noun with or without a name after it). What the subject stands for is left to
the speakers (pronouns are carried over there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.domain.evidence._words import FIRST_NAMES


def _words(text: str) -> frozenset[str]:
    """A word list written as text, one or more words a line."""
    return frozenset(text.split())


# Verbs of saying in the tenses a tag uses (German Präsens/Präteritum, French présent/passé simple/participe
# of the passé composé and plus-que-parfait, Russian past in three genders and numbers and the 3rd-person
# present).
GERMAN_TAG_VERBS = _words(
    """
    rufen erklären fordern warnen betonen schreiben
    erwiderte erwidert sagte sagt sagten sagen rief ruft riefen schrieb schreibt schrieben erklärte erklärt
    erklärten
    meinte meint betonte betont warnte warnt verlangte verlangt forderte fordert mahnte mahnt fügte
    fragte fragt antwortete antwortet berichtete berichtet kritisierte kritisiert erinnerte erinnert
    ergänzte ergänzt urteilte urteilt bilanzierte resümierte schimpfte spottete versicherte
    versichert behauptete behauptet notierte formulierte räumte gestand gesteht klagte klagt
    beklagte erzählte erzählt bekräftigte unterstrich unterstreicht
    """
)
FRENCH_TAG_VERBS = _words(
    """
    dit déclare déclara déclaré affirme affirma affirmé ajoute ajouta ajouté explique expliqua
    expliqué commente commenta commenté complète compléta complété souligne souligna souligné
    précise précisa précisé estime estima estimé répond répondit répondu lança lancé assura assuré
    rappelle rappela rappelé conclut conclu raconte raconta raconté confie confia confié insiste
    insista insisté écrit écrivit écrivait s'exclame s'exclama proclame proclama proclamé nota noté
    poursuit poursuivit poursuivi martèle martela martelé tranche trancha tranché résume résuma
    résumé avertit averti prévient prévint prévenu dénonce dénonça dénoncé reconnaît reconnut
    reconnu disait déclarait affirmait ajoutait expliquait répétait
    """
)
# "a déclaré", "avait déclaré", "aurait dit": the auxiliary before a French participle in the tag.
FRENCH_AUXILIARIES = _words(
    """
    a avait aurait ont avaient auraient
    """
)
RUSSIAN_TAG_VERBS = _words(
    """
    сказал сказала сказали заявил заявила заявили заключил заключила заключили отметил отметила
    отметили добавил добавила добавили подчеркнул подчеркнула подчеркнули пояснил пояснила пояснили
    ответил ответила ответили рассказал рассказала рассказали сообщил сообщила сообщили признал
    признала признали написал написала написали писал писала писали говорил говорила говорили
    утверждал утверждала вспоминал вспоминала вспоминает заметил заметила уточнил уточнила считает
    говорит говорят пишет отмечает подчеркивает подчёркивает рассказывает поясняет добавляет
    утверждает заявляет признаёт признает вспоминает объясняет объяснил объяснила продолжил
    продолжила воскликнул воскликнула спросил спросила возразил возразила резюмировал резюмировала
    констатировал констатировала
    """
)
RUSSIAN_TAG_VERBS = RUSSIAN_TAG_VERBS | _words(
    """
    заверяет заверил заверила заверили уверяет уверял уверяла объявил объявила объявили пообещал
    пообещала признался призналась сообщает предупредил предупредила
    """
)
TAG_VERBS = GERMAN_TAG_VERBS | FRENCH_TAG_VERBS | RUSSIAN_TAG_VERBS

# Subject pronouns of the tags and the English pronoun they are carried over as.
TAG_PRONOUNS = {"er": "he", "sie": "she", "il": "he", "elle": "she", "ils": "they", "elles": "they",
                "он": "he", "она": "she", "они": "they"}
# Articles that open a role noun ("der Sozialdemokrat", "le chef de l'État").
_ARTICLES = _words(
    """
    der die das des dem den ein eine einer le la les l' l’ un une
    """
)
# Adverbs standing between a tag's verb and its subject: "ruft dann der Bundespräsident", "a alors dit".
_TAG_ADVERBS = _words(
    """
    dann später damals noch auch weiter zudem daraufhin sichtlich alors ensuite encore aussi déjà
    également plus тогда также позже потом
    """
)
# Words that end a subject named after the verb: a preposition, a date, a clause.
_SUBJECT_ENDS = _words(
    """
    in im am an auf bei vor nach gegenüber zum zur mit über während dans lors en à au aux devant sur
    pendant lors depuis avec dont qui que в на во время перед после журналистам корреспонденту
    """
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


@dataclass(frozen=True)
class Tag:
    """A tag after a quotation: its verb and its subject (start/end in the text after the mark)."""

    verb: str
    subject: str
    start: int
    end: int
    pronoun: str | None = None  # "he"/"she"/"they" when the subject is a personal pronoun


# After the closing mark: a comma and/or a dash, the verb, the subject.
_TAG_OPENING = re.compile(r"[ \t]*,?[ \t]*(?:[—–][ \t]*)?(?=\w)")
# "„…“, so Steinmeier" or, after words closing their own sentence, "„…“ So Friedrich Ebert am 7. November".
_GERMAN_SO = re.compile(r"[ \t]*(?:,[ \t]*so|[.!?]?[ \t]+So)[ \t]+(?=[A-ZÄÖÜ]|(?:der|die|das)[ \t])")
# German words that English never uses: "so X" is read as a German tag only in German text ("…”, so Russia,
# refused" is English and no tag).
_GERMAN_WORDS = re.compile(
    r"\b(?:der|das|dem|den|des|und|nicht|ist|sich|wurde|auf|gegenüber|im|zum|zur|vor|bei|nach|über|eine|einer|"
    r"ein|sei|habe|seiner|ihrer|rund)\b"
)


def _looks_german(after: str) -> bool:
    return len(set(_GERMAN_WORDS.findall(after))) >= 2


# Russian "«…» — так характеризовали Ежова коллеги", "— так говорил Ленин": the verb, its object, and the
# subject last in the clause.
_RUSSIAN_SO = re.compile(
    r"[ \t]*,?[ \t]*[—–][ \t]*[Тт]ак[ \t]+(?P<verb>[а-яё]+)(?P<rest>[^.,;:!?()«»“”\"\n]{1,80})"
)
_RUSSIAN_CHARACTERISING = _words(
    """
    характеризовал характеризовала характеризовали характеризует охарактеризовал охарактеризовала
    охарактеризовали называл называла называли называет назвал назвала назвали описывал описывала
    описывали описывает определил определила определили определяет
    """
)


def tag_after(after: str) -> Tag | None:
    """The German, French or Russian tag that ``after`` (the text right after a closing mark) opens with."""
    russian_so = _RUSSIAN_SO.match(after)
    if russian_so and russian_so.group("verb") in RUSSIAN_TAG_VERBS | _RUSSIAN_CHARACTERISING:
        words = list(_WORD.finditer(after, russian_so.start("rest"), russian_so.end("rest")))
        if not words:
            return None
        first = len(words) - 1
        while first > 0 and words[first][0][0].isupper() and words[first - 1][0][0].isupper():
            first -= 1  # "— так говорил Владимир Ленин": the whole name
        start, end = words[first].start(), words[-1].end()
        return Tag(russian_so.group("verb"), after[start:end], start, end)
    so = _GERMAN_SO.match(after)
    if so and _looks_german(after):
        subject = _subject(after, so.end(), verbless=True)
        return Tag("so", *subject) if subject else None
    opening = _TAG_OPENING.match(after)
    if opening is None:
        return None
    words = list(_WORD.finditer(after, opening.end(), min(len(after), opening.end() + 80)))
    if not words:
        return None
    index = 0
    if words[0].group() in FRENCH_AUXILIARIES and len(words) > 1:
        index = 1  # "a déclaré", "avait dit"
        while index < len(words) - 1 and words[index].group() in _TAG_ADVERBS:
            index += 1
    verb = words[index].group()
    if verb not in TAG_VERBS or (index and verb not in FRENCH_TAG_VERBS):
        return None
    if verb[0].isupper() or words[0].start() != opening.end():
        return None
    at = words[index].end()
    rest = words[index + 1 :]
    while rest and rest[0].group() in _TAG_ADVERBS:
        at = rest[0].end()
        rest = rest[1:]
    if rest and rest[0].group() in TAG_PRONOUNS and re.match(r"[ \t]+\S", after[at:]):
        pronoun = rest[0]
        if _clause_ends(after, pronoun.end()):
            return Tag(verb, pronoun.group(), pronoun.start(), pronoun.end(), TAG_PRONOUNS[pronoun.group()])
        return None
    subject = _subject(after, at, verbless=False)
    return Tag(verb, *subject) if subject else None


# "„…“ getagt, so Steinmeier vor rund 800 Gästen.": the verbless German tag closing the quotation's sentence.
_CLOSING_SO = re.compile(r"[^.!?;:“”\"«»„]{0,160}?,[ \t]*so[ \t]+(?=[A-ZÄÖÜ]|(?:der|die|das)[ \t])")


def closing_so(after: str) -> Tag | None:
    """The German "…, so Steinmeier" closing the quotation's own sentence (no other quotation before it)."""
    m = _CLOSING_SO.match(after)
    if m is None or not _looks_german(after):
        return None
    subject = _subject(after, m.end(), verbless=True)
    return Tag("so", *subject) if subject else None


def _clause_ends(after: str, at: int) -> bool:
    """Whether the tag's subject is followed by the end of the clause or a phrase, not a verb of its own."""
    m = re.match(r"[ \t]*(?:[.,;:!?)\n]|$|(?P<word>[^\W\d_][\w’'-]*))", after[at:])
    if m is None:
        return False
    word = m.group("word")
    return word is None or word in _SUBJECT_ENDS or word[0].isdigit()


def _subject(after: str, at: int, verbless: bool) -> tuple[str, int, int] | None:
    """The subject after a tag's verb: "Steinmeier", "der Sozialdemokrat", "le leader du PCF", "Черников";
    with a role before a name, the name ("der Schauspieler Ulrich Matthes" → "Ulrich Matthes")."""
    words = list(_WORD.finditer(after, at, min(len(after), at + 80)))
    chosen: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        gap = after[(chosen[-1].end() if chosen else at) : w.start()]
        if chosen and not re.fullmatch(r"[ \t]+", gap):
            break
        opened_by_article = bool(chosen) and chosen[0].group() in _ARTICLES
        russian_role = all(_RUSSIAN.match(c.group()) for c in chosen)
        particle = bool(chosen) and word.lower() in _NAME_PARTICLES and len(chosen) < 6
        if (not chosen and word in _ARTICLES) or _capitalised(word) or particle:
            chosen.append(w)
        elif opened_by_article and word.islower() and word not in _SUBJECT_ENDS and (
            len(chosen) < 3 or (len(chosen) < 5 and chosen[-1].group().lower() in _NAME_PARTICLES)
        ):
            chosen.append(w)  # "le chef de l'État", "le leader du PCF", "der frühere Kanzler"
        elif not verbless and russian_role and len(chosen) < 4 and _RUSSIAN.match(word) and (
            word not in _SUBJECT_ENDS
        ):
            chosen.append(w)  # "— говорит историк Иван Петров": a Russian role noun before the name
        else:
            break
    while chosen and chosen[-1].group().lower() in _NAME_PARTICLES | _ARTICLES:
        chosen.pop()
    described = len(chosen) > 1 and chosen[0].group() in _ARTICLES  # "le chef du gouvernement"
    named = any(_capitalised(w.group()) or _RUSSIAN.match(w.group()) for w in chosen)
    if not chosen or not (described or named):
        return None
    if verbless and not _clause_ends(after, chosen[-1].end()):
        return None  # "So Gott will": no speaker named, a sentence of its own
    first = chosen[0].group()
    if first in _ARTICLES or first.islower():
        # a role, then a name in apposition: "der Schauspieler Ulrich Matthes", "le dirigeant Maurice
        # Thorez", "историк Иван Петров"; not a complement ("le leader du PCF", "le chef de l'État")
        for i in range(1, len(chosen)):
            if _capitalised(chosen[i].group()) and chosen[i - 1].group().lower() not in _NAME_PARTICLES and (
                i > 1 or first not in _ARTICLES
            ):
                chosen = chosen[i:]
                break
    chosen = _from_first_name(chosen)
    start, end = chosen[0].start(), chosen[-1].end()
    return after[start:end], start, end


def _capitalised(word: str) -> bool:
    """A capitalised word, also after an elided article or preposition ("l'État", "d'Estaing")."""
    return word[0].isupper() or re.match(r"[ldLD]['’][A-ZÀ-Þ]", word) is not None


# Verbs of saying before the words that the tags above do not use (future, impersonal, German V2 "mahnt").
_BEFORE_VERBS = _words(
    """
    скажет скажут говорилось писалось сказано написано спрашивал спрашивала спрашивали вспоминала
    вспоминали заявлял заявляла призывал призывала призывали mahnt mahnte appelle appela formula
    formulé prononça prononcé
    """
)
SAYING_BEFORE = TAG_VERBS | _BEFORE_VERBS
# The clause between the verb and the words: a colon, or "что"/"dass"/"que" and the reported clause.
_VERB_TO_WORDS = re.compile(
    r"(?P<inverted>[^:;.!?«»“”„\"]{0,120}?)(?::[ \t]*\n?[ \t]*$|,[ \t]*(?:что|dass|daß|que|qu['’])\b"
    r"(?:[^.!?;«»“”„\"]|«[^«»]{1,40}»[ \t]*){0,160}$"
    r"|[ \t]+(?:к|zu|à|de)?[ \t]*$)"
)
# A line that is only a name and a colon, the words under it: "Игорь Ластунов:\n"…"".
_SPEAKER_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'.-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'.-]+){0,3})[ \t]*:[ \t]*\n[ \t]*$"
)


def subject_before(lead: str) -> Tag | None:
    """Who says the words a German, French or Russian verb of saying introduces in the sentence before them:
    "он скажет: «…»", "mahnt Bundespräsident Steinmeier in Weimar, …: "…"", "одна дама, знавшая его,
    вспоминала, что он был «…»", "Представители прокуратуры заявили, что «…»", or a line "Игорь Ластунов:".
    Positions are in ``lead``."""
    line = _SPEAKER_LINE.search(lead)
    if line:
        # "Selon Daniel Cohn-Bendit :", "Laut Brandt:": the preposition is no part of the name
        words = list(_WORD.finditer(lead, line.start("name"), line.end("name")))
        if words and words[0].group().lower() in _ACCORDING_WORDS:
            words = words[1:]
        if words:
            return Tag(":", lead[words[0].start() : words[-1].end()], words[0].start(), words[-1].end())
    verbs = [w for w in _WORD.finditer(lead) if w.group() in SAYING_BEFORE]
    if not verbs:
        words_of = _WORDS_OF.search(lead)
        if words_of and re.match(r"[^.!?;«»“”„\"]*(?::|\best)[ \t]*$", lead[words_of.end() :]):
            return Tag("of", words_of.group("name"), words_of.start("name"), words_of.end("name"))
        return None
    verb = verbs[-1]
    between = _VERB_TO_WORDS.match(lead, verb.end())
    if between is None:
        return None
    words_of = _WORDS_OF.search(lead)
    if words_of:
        return Tag("of", words_of.group("name"), words_of.start("name"), words_of.end("name"))
    next_word = re.match(r"[ \t]+\w", lead[verb.end() :])
    inverted = _subject(lead, verb.end(), verbless=False) if next_word else None
    if inverted and _capitalised(inverted[0]) and inverted[1] - verb.end() <= 40:
        return Tag(verb.group(), *inverted)  # "mahnt Bundespräsident Frank-Walter Steinmeier in Weimar, …:"
    return _subject_left_of(lead, verb)


def _subject_left_of(lead: str, verb: re.Match[str]) -> Tag | None:
    """The subject standing before a verb: a pronoun ("он скажет"), a name, or the words of its clause back
    to a comma, past a participle's clause in commas ("одна дама, знавшая его, вспоминала")."""
    left = lead[: verb.start()].rstrip()
    if left.endswith(","):  # an appositive or participle clause in commas: its noun stands before it
        opening = left.rfind(",", 0, len(left) - 1)
        if opening < 0:
            return None
        left = left[:opening].rstrip()
    clause_start = max(left.rfind(c) for c in ",.;:!?\n«»“”„\"—–") + 1
    words = [w for w in _WORD.finditer(left, clause_start)
             if w.group() not in _TAG_ADVERBS | _RUSSIAN_ADVERBS]
    if words and words[0].group().lower() in _RELATIVES:
        return None  # "который … писал", "что отец …": a relative or reported clause, not read here
    words = [w for w in words if w.group().lower() not in _AUXILIARIES_AND_LINKS][-3:]
    if not words or all(w.group().islower() and not _RUSSIAN.match(w.group()) for w in words):
        # "Elle a réfléchi, puis a répondu :", "kurz und knapp erklärte:": no subject in the clause (German
        # and French subjects are capitalised or pronouns), left to the other rules
        return None
    last = words[-1]
    if last.group() in TAG_PRONOUNS:
        return Tag(verb.group(), last.group(), last.start(), last.end(), TAG_PRONOUNS[last.group()])
    if any(w.group() in TAG_PRONOUNS for w in words):
        return None  # a pronoun inside the clause, not its subject
    words = _from_first_name(words)
    return Tag(verb.group(), lead[words[0].start() : last.end()], words[0].start(), last.end())


def _from_first_name(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A role noun before a name dropped: "Historiker Karl Schlögel", "Archivleiter Peter Lang" → the name
    from its first name on (German capitalises the role like the name)."""
    for i, w in enumerate(words[1:], 1):
        if w.group().lower() in FIRST_NAMES and words[i - 1].group().lower() not in FIRST_NAMES:
            return words[i:]
    return words


# "la phrase de Maurice Thorez : « … »", "слова Хрущева: «…»", "das Wort von Bismarck: „…“": whose phrase.
_WORDS_OF = re.compile(
    r"\b(?:la\s+phrase|le\s+mot|la\s+formule|les\s+mots|les\s+propos|la\s+citation|das\s+Wort|die\s+Worte|"
    r"der\s+Satz|слова|фраза|фразу|высказывание)(?:\s+(?:complète|célèbre|exacte|berühmte|знаменитая))?\s+"
    r"(?:de\s+|d['’]|du\s+|von\s+)?(?P<name>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:de\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3})"
)
# Auxiliaries and linking words that stand between a subject and its verb: "puis a répondu", "und hat gesagt".
_AUXILIARIES_AND_LINKS = _words(
    """
    worauf woraufhin
    a avait aurait ont avaient puis et mais alors hat hatte haben hatten und aber dann и а но потом
    затем также тоже
    """
)
_ACCORDING_WORDS = _words("selon laut nach согласно по")
_RUSSIAN_ADVERBS = _words("уже еще ещё честно прямо именно")
_RELATIVES = _words(
    """
    который которая которые которого кто что welcher welche dass daß qui que
    """
)


# Words that make a short quotation somebody's voice, not a name for a thing: a first or second person
# (« J’ai demandé cela », «Вы там, на Урале…», „Wir sind …“) or a denied verb (« La réaction ne passera
# pas », «не основаны на документах»).
_VOICE_WORDS = _words(
    """
    je j' j’ nous vous moi ne n' n’ ich wir uns mir mich dich dir euch nicht kein keine я мы вы ты
    меня мне нас нам вас вам не нет
    """
)


def spoken_voice(words: list[str]) -> bool:
    """Whether the words quoted (two or more) speak in a person's voice (see ``_VOICE_WORDS``)."""
    if len(words) < 2:
        return False
    for word in words:
        lower = word.lower()
        if lower in _VOICE_WORDS or lower[:2] in ("j'", "j’", "n'", "n’", "m'", "m’"):
            return True
    return False


_NAME_PARTICLES = _words(
    """
    von van de du des d' d’ la le l' l’ del zu
    """
)
_RUSSIAN = re.compile(r"[а-яё]+$")
