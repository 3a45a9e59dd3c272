"""Russian: cardinal words and halves, approximation words, the verbs of amount and of events, the
separators and list shapes of Russian prose and documents («из них мужчин — 41,2 млн», «справка … от 11
декабря»), and the test of whether a number stands in Russian text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.domain.figures import Figure
from annotator.domain.figures.numbers.words import _GENERIC, _qualifiers, _set
from annotator.domain.figures.text import RU_MONTHS

# Russian: «около», «более», «свыше», «почти».
_RU_ROUGH = "около|более|свыше|почти"
# Between a Russian verb and the number it counts (fig17l): «погибли примерно 100 тысяч», «прибыло ещё
# 489 822», «было вывезено, по разным данным, от 480 до 650 тысяч», «освобождено всего 3 тыс.».
_RU_VERB_QUALIFIERS = (
    r"(?:,?\s*по\s+(?:разным|различным|официальным|другим|некоторым|неполным)\s+(?:данным|оценкам),?\s+)?"
    + _qualifiers("ещё|еще|всего|только|лишь", "{0,2}")
    + _qualifiers(f"{_RU_ROUGH}|примерно|приблизительно|порядка|не менее|не более|до|от")
)
# A short phrase between a Russian verb and its number: «отправлено на спецпоселение», «осуждено к смертной
# казни» (fig17l)
_RU_VERB_OBJECT = r"(?:\s+(?:на|в|во|к|за)\s+[а-яё]+(?:\s+[а-яё]+)?)?"
# A Russian short passive participle or past verb of an event before its number, any verb (fig17l):
# «освобождено 327,4 тыс. человек», «отправлено на спецпоселение 381 026 семей». Not a verb of being or of
# amount («было», «составило»), whose number is the subject's.
_RU_ANY_EVENT = (
    r"(?<!\w)(?<!не\s)(?!(?:был|стал|состав[ли]|насчитыва|оказал|находил|имел|числил|достиг)\w*)"
    r"([а-яё]{4,}(?:ено|ёно|ано|яно|ены|ены|аны|яны|ил[оиа]|ел[оиа]|ал[оиа]|ял[оиа]|ыл[оиа]|ло|ли|ают|яют))"
    + _RU_VERB_OBJECT + r"\s*"
)
# Russian cardinal words in all their cases («три», «трёх», «тремя»; «пятьсот», «пятисот»), read by
# number-parser (fig17l: the words joined, «сто двадцать тысяч», «трёхсот тысяч»)
_RU_CARD_WORDS = str.split(
    "один одна одно одного одной одному одним одном два две двух двум двумя три трёх трех трём трем тремя "
    "четыре четырёх четырех четырём четырем четырьмя пять пяти пятью шесть шести шестью семь семи семью "
    "восемь восьми восемью девять девяти девятью десять десяти десятью "
    "одиннадцать одиннадцати двенадцать двенадцати тринадцать тринадцати четырнадцать четырнадцати "
    "пятнадцать пятнадцати шестнадцать шестнадцати семнадцать семнадцати восемнадцать восемнадцати "
    "девятнадцать девятнадцати двадцать двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти "
    "шестьдесят шестидесяти семьдесят семидесяти восемьдесят восьмидесяти девяносто девяноста сто ста "
    "двести двухсот триста трёхсот трехсот четыреста четырёхсот четырехсот пятьсот пятисот шестьсот "
    "шестисот семьсот семисот восемьсот восьмисот девятьсот девятисот"
)
_RU_CARD = "(?:" + "|".join(sorted(_RU_CARD_WORDS, key=len, reverse=True)) + ")"
# «полтора миллиона», «полутора миллионов», «полмиллиона», «полумиллиона»: one and a half, a half
_RU_HALF = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "пол": 0.5, "полу": 0.5}
# A magnitude alone after an approximation word is one of it: «свыше миллиона», «около миллиона»
_RU_BARE_MAG_AFTER = "".join(
    rf"(?<={w}\s)" if i == 0 else rf"|(?<={w}\s)"
    for i, w in enumerate(("свыше", "около", "более", "почти", "порядка", "менее", "примерно", "до"))
)
# Russian writes its decimals with a comma («327,4 тыс.»): a full stop before three digits in Russian prose
# parts thousands, «умерло 46.665 человек», «в Ураллаге — 1.039» (fig17l)
_RU_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _in_russian(text: str, at: int) -> bool:
    """Whether the words just before ``at`` are Russian (Cyrillic letters and no Latin ones)."""
    window = text[max(0, at - 80) : at]
    return bool(_CYRILLIC.search(window)) and len(_LATIN.findall(window)) < 3
_DONE_EVENTS = {
    "арестован": "arrests", "расстрелян": "executions", "выслан": "deportations", "выселен": "deportations",
    "депортирован": "deportations", "осужден": "sentenced", "осуждён": "sentenced",
    "депортаци": "deportations", "выселени": "deportations", "умерл": "deaths", "погибл": "deaths",
    "умира": "deaths", "гибл": "deaths",
    "arrested": "arrests", "executed": "executions", "shot": "executions", "deported": "deportations",
    "exiled": "deportations", "resettled": "deportations", "killed": "deaths", "imprisoned": "inmates",
    "lost": "deaths",  # "the country lost an estimated 27 million citizens"
    "fed": "fed", "evacuated": "evacuated", "buried": "buried", "repressed": "repressed",
    "rehabilitated": "rehabilitated", "released": "released", "sentenced": "sentenced",
    "convicted": "sentenced", "transported": "transported", "shipped": "transported",
    "trafficked": "trafficked",
}  # fmt: skip
# The date of a Russian document, «справка 1 спецотдела МВД СССР от 11 декабря 1953 г.», is when it was
# written, not the time its figures are of (fig17l)
_RU_DOCUMENT_DATE = re.compile(
    r"(?<!\w)(?:справк|письм|докладн|записк|приказ|постановлени|сообщени|спецсообщени|директив|телеграмм|"
    r"отчёт|отчет|доклад)\w*(?:\s+[^\s,.;]+){0,5}\s+от\s+(?:\d{1,2}\s+(?:" + RU_MONTHS + r")\s+)?$",
    re.IGNORECASE,
)
# «погибли 100 тысяч чеченцев и 23 тысячи ингушей»: the people of the first figure, then «и» (fig17l)
_RU_AND_PEOPLE = re.compile(r"\s+[а-яё]+\s+(?:и|а\s+также)\s+", re.IGNORECASE)
_RU_EVENT_NOUNS = frozenset(_DONE_EVENTS[k] for k in _DONE_EVENTS if re.match(r"[а-яё]", k))


def _russian_second_of_pair(first: Figure, second: Figure) -> Figure:
    """The second figure of «100 тысяч чеченцев и 23 тысячи ингушей» after a verb: the same event, its own
    people ('ингушей deaths'), when the first figure's counted ends with the event and the second names only
    its people (fig17l)."""
    event = first.counted.split()[-1] if first.counted else ""
    own = second.counted.split()
    if event not in _RU_EVENT_NOUNS or len(own) != 1 or own[0] == event or own[0].lower() in _GENERIC:
        return second
    return replace(second, counted=f"{own[0]} {event}")


# A Russian breakdown of a whole: «в том числе», «из них»; its entries: «131,2 тысячи из стран Балтии»
_RU_BREAKDOWN = re.compile(r"(?<!\w)(?:в\s+том\s+числе|из\s+них)(?!\w)", re.IGNORECASE)
_RU_PLACE_DASH = re.compile(r"\s*:?\s*(?:в|во|на|из)\s[^–—-]{1,80}[–—-]\s*", re.IGNORECASE)
_RU_FROM_PLACE = re.compile(r"\s+(?:из|в|во|на)\s+[А-ЯЁа-яё]", re.IGNORECASE)
# The year a Russian writer said something: «в 1972 году считал», «в 1990 г. писал», «в 1989 году Земсков
# опубликовал» (fig17l)
_RU_SAID_AFTER = re.compile(
    r"\s*(?:г\.|году|год)?,?\s+(?:[А-ЯЁ][а-яё]+\s+|[А-ЯЁ]\.\s*){0,3}"
    r"(?:считал|писал|оценивал|оценил|полагал|утверждал|подсчитал|указывал|указал|заявил|сообщил|опубликовал|"
    r"называл|назвал)\w*(?!\w)"
)
# What a figure counts that says nothing of its own: the share, the number…
# «в 1937 г. — 353 074 чел.», «В 1943-м — 267 826», «в 1939 году – 3898 человек»: a year and a dash before a
# Russian figure (fig17l)
_RU_YEAR_DASH = re.compile(
    r"(?<!\w)(?:[Вв]о?|[Зз]а)\s+(?P<year>1[5-9]\d\d|20\d\d)(?:\s*-\s*(?:м|й|е))?(?:\s*(?:г\.|году|год))?"
    r"\s*[-–—]\s*$"
)
_RU_PREPOSITIONS = _set("в во на из за по у к с о при для до от")


# Russian verbs of amount end the noun of «число ссыльных составило» (fig17l)
_RU_AMOUNT_VERB = re.compile(r"(?:состав[ли]|достиг|насчитыва|превыси|превыша)\w*")
