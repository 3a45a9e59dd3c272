"""What is counted: the cue patterns ``_Counted.counted`` reads around a figure, before it
("killed an estimated", "a loan of", "the arrests of") and after it ("were executed", "in revenues", "to
migration"), and the word sets that stop or qualify a noun phrase.
"""

from __future__ import annotations

import re

from annotator.domain.figures.numbers.carried import _CHANGE_END_WORDS
from annotator.domain.figures.numbers.russian import (
    _RU_ANY_EVENT,
    _RU_ROUGH,
    _RU_VERB_OBJECT,
    _RU_VERB_QUALIFIERS,
)
from annotator.domain.figures.numbers.words import (
    _ESTIMATED,
    _LIMITS,
    _MEASURE_WORDS,
    _MERE,
    _ROUGH,
    _WORD_RE,
    _alt,
    _phrase,
    _qualifiers,
    _set,
)

_SAID_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:announced|claimed|said|reported|gave|given|put|estimated|cited|quoted|promised|planned|"
    r"expected|demanded|wanted|forecast)\b",
    re.IGNORECASE,
)
# The event a verb after a number names, as the noun that counts it: "700,000 were executed" → executions.
_EVENTS = (
    (re.compile(r"(?:died|dies|die|dying|perished|dead|starved|were\s+killed|killed(?!\s+(?:by|in|at|on)\b)|had\s+died|lost\s+their\s+lives|deaths?|"
                r"went\s+to\s+their\s+deaths|condemned\s+to\s+die|"
                r"погибл\w*|умерл\w*|умерших|погибших)\b", re.I), "deaths"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:executed|shot)\b", re.I), "executions"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?arrested\b|арестован\w*", re.I), "arrests"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:deported|exiled|resettled|выселен\w*|депортирован\w*)",
                re.I), "deportations"),
    (re.compile(r"passed\s+through|were\s+(?:sent|condemned)\s+to\s+(?:work\s+in\s+)?(?:the\s+)?"
                r"(?:camps|gulag)|were\s+imprisoned|were\s+in\s+(?:the\s+)?camps", re.I), "inmates"),
    (re.compile(r"(?:were\s+)?(?:left\s+homeless)|lost\s+their\s+homes", re.I), "left homeless"),
    # "5 million people lost their jobs", "six million were sent into exile"
    (re.compile(r"lost\s+their\s+jobs", re.I), "jobs lost"),
    (re.compile(r"(?:were\s+|had\s+been\s+)?sent\s+into\s+exile", re.I), "exiled"),
    (re.compile(r"(?:were\s+|had\s+been\s+)?(?:purged|expelled)\b", re.I), "purged"),
    (re.compile(r"(?:were\s+|had\s+been\s+|been\s+)?(?:sentenced|convicted)\b", re.I), "sentenced"),
)
_VERB_AFTER = re.compile(
    # ("over one million more fled": the more of a figure before, and their own verb)
    r"^\s*,?\s*(?:more\s+)?(?:(?:people|persons|of\s+them|peasants|men|человек)\s+)?"
    # ("as many as 180,000 may have died" (fig17j))
    r"(?:(?:may|might|could|would)\s+(?=have\b))?(?:(?:were|was|had|have|are|did|были|был[аио]?)\s+)?"
    r"(?:(?:also|then|later|eventually|actually|reportedly|probably|all|thus)\s+)?(?:to\s+be\s+)?"
    # "27 people are known to have been killed" (fig17h)
    r"(?:(?:known|said|reported|believed|thought)\s+to\s+have\s+(?:been\s+)?)?",
    re.I,
)
# What people did or had done to them, after a figure that names nobody but people: what is counted.
_ACTED_AFTER = re.compile(
    r"\s*,?\s*(?:more\s+)?(?:(?:people|persons|individuals|men|women)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:also|then|later|eventually|reportedly|all)\s+)?"
    # ('4 people were "Burnt at several places"', "9 people drowned" (fig17h))
    r"[“\"]?(?P<verb>fled|moved|emigrated|escaped|evacuated|buried|fed|rescued|released|rehabilitated|wounded|"
    r"burnt|burned|drowned|"
    r"injured|mobili[sz]ed|conscripted|drafted|displaced|repressed|returned|resettled|starving|starved|"
    # "1,754 killed, 8,408 wounded and 2,885 missing" (not "3,000 missing wagons")
    r"missing(?!\s+(?!(?:and|or|in|at|on|from|during|after)\b)[^\W\d_]))\b",
    re.IGNORECASE,
)
_EVENT_WORDS = _set("died dies die perished dead starved deaths")
_DONE_TO = re.compile(
    r"(?:\s*,[^,;]{1,40}?,)?\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?[“\"]?"
    r"(?P<done>deported|exiled|arrested|executed|shot|killed|purged|expelled|resettled|repressed|dismissed|"
    r"sentenced|convicted|released|reinstated|rehabilitated)\b"
    # "the 6,000 prisoners shot at the range": a participle right after the noun, and a place or time after
    r"|(?P<participle>deported|exiled|arrested|executed|shot|killed|resettled|repressed)\s+"
    r"(?:at|in|on|during|between|by|from|to)\b)",
    re.IGNORECASE,
)
# "officially recorded executions alone number 681,692": what is counted comes first.
_NAMED_WORDS = "some|about|over"
_NAMED_BEFORE = re.compile(
    rf"({_phrase(3)})\s+(?:alone\s+)?(?:number(?:ed)?|totall?ed|amounted\s+to|"
    r"stood\s+at)\s+" + _qualifiers(_NAMED_WORDS) + r"$"
    # ("a 1931 harvest of 96 million tons", "grain exports of 5 million tonnes", "a total loss of 10,699", "a
    # membership of 433,224", "a circulation of 80,000")
    r"|\b((?:[A-Z][\w’'-]*\s+)?(?:population|output|production|budget|total|harvests?|crops?|exports|imports|"
    r"procurements?|loss(?:es)?|membership|circulation|enrol(?:l)?ment|attendance|workforce|tonnage))\s+of\s+"
    + _qualifiers(_NAMED_WORDS) + r"$"
    # "the procurement plan for Ukraine was set at 7.7 million tonnes"
    rf"|\b({_phrase(2)})\s+(?:for\s+(?:the\s+)?{_WORD_RE}\s+)?(?:was|were|is|had\s+been)\s+"
    r"(?:set|fixed)\s+at\s+" + _qualifiers(_NAMED_WORDS) + r"$"
    rf"|\b(?:puts?|estimates?|estimated|places?|placed|reports?|reported)\s+(?:the\s+)?({_phrase(3)})"
    r"\s+at\s+" + _qualifiers(f"{_NAMED_WORDS}|around") + r"$",
    re.IGNORECASE,
)
_INSERTION = re.compile(r"\[[^\]\n]{0,40}\]")
_BY_THE = re.compile(rf"\b({_WORD_RE})\s+(?:were\s+)?by\s+the\s+$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"\b(arrested|executed|shot|deported|exiled|killed|imprisoned|resettled|lost|fed|evacuated|buried|"
    r"repressed|rehabilitated|released|sentenced|convicted|transported|shipped|trafficked)\s+"
    r"(?:(?:forcibly|by\s+force)\s+)?"
    # ("lost on that day at least 7,000 men": a short adverbial of time between (fig17h))
    r"(?:(?:on|in|during)\s+(?:that|this|the)\s+(?:day|days|battle|fight|engagement|action|assault)\s+)?"
    + _qualifiers(_ESTIMATED) + r"$"
    # Russian puts the verb first: «было арестовано 1 548 366 человек, из них расстреляно 681 692»
    r"|(?<!\w)(арестован|расстрелян|выслан|выселен|депортирован|осужден|осуждён|раскулачен|репрессирован|"
    r"эвакуирован|мобилизован|сослан)\w*" + _RU_VERB_OBJECT + r"\s*"
    + _RU_VERB_QUALIFIERS + r"$"
    r"|(?<!\w)(депортаци|выселени)\w*\s+подверг\w*\s+" + _qualifiers(_RU_ROUGH) + r"$"
    r"|(?<!\w)(умерл|погибл|умира|гибл)\w*\s*" + _RU_VERB_QUALIFIERS + r"$"
    r"|" + _RU_ANY_EVENT + _RU_VERB_QUALIFIERS + r"$"
    # «погибших было от 8 до 10 тысяч», «умерших оказалось 900»: the participle is the subject (fig17l)
    r"|(?<!\w)([а-яё]{3,}(?:вших|ших|нных|тых))\s+(?:было|были|оказалось|насчитывалось|набралось)\s+"
    + _RU_VERB_QUALIFIERS + r"$",
    re.IGNORECASE,
)
# People lost to something other than death: "lost 440,000 people to migration" (fig17k)
_LOST_TO_AFTER = re.compile(r"\s+to\s+((?:out-?|e|im)?migration|emigration)\b", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(
    r"(?:^|[.;]\s+)(?:Out\s+of|Of)\s+(?:the\s+)?"
    + _qualifiers(f"{_ROUGH}|approximately|more than") +
    rf"(?:[\d,.]+\s+(?:(?:million|thousand|billion)\s+)?)?(?!(?:these|those|them|whom|which|all)\b)({_WORD_RE})[^,.;]{{0,60}},\s+(?:\w+\s+)?$"
)
_DEATH_BEFORE = re.compile(
    r"\b(?:died|deaths?|death\s+toll|perished|killed|dead|victims)\b|(?<!\w)(?:погибл|умерл|жертв)\w*", re.I
)


_OF_GDP = re.compile(
    r"\s+of\s+(?:(?:its|their|the\s+country['’]s|quarterly|annual|national)\s+)*(?:GDP|gross\s+domestic\s+product|"
    r"national\s+income)\b",
    re.IGNORECASE,
)
# A plural noun next ("forcibly displaced people"): not a stop word, not a verb
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|and|or|of|in|on|at|to|by|for|from|with|were|was|are|is|had|have|has)\b)"
    rf"(?:{_WORD_RE}s|people)\b",
    re.IGNORECASE,
)
# "Of these, …", "Among them, …": a part of a group named before (fig3)
_OF_THESE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:these|them|those|whom)\s*,?\s*$", re.IGNORECASE)
# A sum something costs: "it costs the city about", "the cost is at least" (fig3)
_COST_BEFORE = re.compile(
    r"\b(?:costs?|costing)(?:\s+(?!" + _alt(f"{_ROUGH}|{_MERE}|at|up") + r"\b)"
    rf"{_WORD_RE}){{0,3}}\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|an estimated", "*") + r"[€$£₽]?\s*$"
    r"|\bcosts?\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|an estimated", "*") + r"[€$£₽]?\s*$",
    re.IGNORECASE,
)
# A sum per unit or time with no noun of its own: "$2 a day", "$30 per barrel"
_MONEY_RATE_AFTER = re.compile(
    r"\s*(?:a|an|per)\s+(day|week|month|year|barrel|ton|tonne|hour|head|person|capita|kilogram|kilo|litre|liter|"
    r"gallon|acre|hectare)\b",
    re.IGNORECASE,
)
# A change noun and what changed, just before the figure: "a steady rise in the urban saving rate to" (fig3)
_RISE_IN_TO = re.compile(
    r"\b(?:rise|increase|decline|fall|drop|jump|growth|reduction|cut)\s+in\s+"
    rf"(?P<np>{_phrase(5)})\s+(?:to|of|by)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least", "*") + r"$",
    re.IGNORECASE,
)
_OF_THESE_OPENING = re.compile(r"\s*(?:of|among)\s+(?:these|them|those)\s*,", re.IGNORECASE)
_QUALS = _qualifiers(
    f"{_ROUGH}|{_MERE}|{_LIMITS}|under|above|below|at most|slightly|a further|another|an estimated", "*"
)
# A verb of change, its object and "by": "cuts spending by about", "raising military spending by" (fig3)
_CHANGED_BY_VERB = re.compile(
    r"\b(?:rais|cut|increas|reduc|lower|boost|expand|slash|trim|lift|hik)(?:e|es|ed|ing|s|t|ting)?\s+"
    r"(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    rf"(?P<np>{_phrase(4)})\s+by\s+" + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
# A verb of change, its object and the two ends: "reduced the world population from an estimated 450 million
# to 350–375 million", "cut the island's population from 8 million to" (fig17j)
_CHANGED_FROM_TO = re.compile(
    r"\b(?:reduc|cut|rais|increas|lower|boost|expand|doubl|halv|push|driv|swell|shrink|shrank|brought|bring)"
    r"(?:e|es|ed|ing|s|t|ting|ling|led|ving|ed)?\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    rf"(?P<np>{_phrase(4)})\s+from\s+"
    r"(?:" + _QUALS + r"[$€£₽]?\s*\d(?:[^;.]|\.(?=\d)){0,30}?\s+to\s+)?" + _QUALS + r"[$€£₽]?\s*$",
    re.IGNORECASE,
)
# What figures or an estimate are of, named before them: "pre-incident population figures from as high as 7
# million to as low as 4 million", "a post-incident population figure as low as 2 million" (fig17j)
_AS_HIGH_AS = r"(?:as\s+(?:high|low|many|much)\s+as\s+)?"
_NOUN_FIGURES = re.compile(
    rf"(?P<np>{_phrase(3)})\s+(?:figures?|estimates?)\s+(?:(?:of|at|from|ranging\s+from|between)\s+)?"
    + _AS_HIGH_AS + r"(?:\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+(?:to|and)\s+" + _AS_HIGH_AS + r")?"
    + _QUALS + r"$",
    re.IGNORECASE,
)
# A measure "of" the share, with no noun after it: "annual inflation of at least 11%" (fig3)
_RATE_OF = re.compile(
    rf"(?:^|[\s(])(?P<np>(?:{_WORD_RE}\s+){{0,2}}(?:inflation|unemployment|growth|interest|turnout|"
    r"mortality|literacy|inflation\s+rate|unemployment\s+rate|growth\s+rate|rate|deficit|surplus|approval|"
    r"tax|tariff|yield))\s+of\s+" + _QUALS + r"$",
    re.IGNORECASE,
)
# A rate named right before its figure by a linking word or verb: "a death rate as high as 60%", "a death
# rate of about a third", "the death rate of the plague could have been as high as 20%", "a mortality rate
# near 100%" (fig17j; "of" alone is _RATE_OF's, for per cents)
_RATE_LINKED = re.compile(
    rf"(?:^|[\s(])(?P<np>(?:{_WORD_RE}\s+){{0,2}}rate)(?:\s+of\s+the\s+{_phrase(3, lazy=True)})?\s+"
    r"(?:(?:was|is|were|are|could\s+have\s+been|may\s+have\s+been|might\s+have\s+been|had\s+been|has\s+been|"
    r"reached|stood\s+at)\s+)?(?:of|near|at|around|approaching|as\s+(?:high|low)\s+as)?\s*" + _QUALS + r"$",
    re.IGNORECASE,
)
_SUFFERED_DEATHS = re.compile(rf"\s+((?:(?:{_WORD_RE}|[\w-]+-caused)\s+){{0,2}}deaths?)\b", re.IGNORECASE)
_EVENT_AFTER_TOTAL = re.compile(r"\s+(?:were|had\s+been)\s+[^\W\d_]+ed\b", re.IGNORECASE)
_ESTIMATES_OF = re.compile(
    r"\b(?:estimates|figures|counts|guesses)\s+(?:of|for)\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+|total\s+)?"
    rf"({_phrase(3)})\s+(?:{_WORD_RE}\s+){{0,4}}?(?:range|ranged|ranging|"
    r"vary|varied|run|ran|go|went)(?:,?\s+ranging)?\s+(?:widely\s+)?(?:from\s+|between\s+)?"
    + _qualifiers("about|some|around") + r"$",
    re.IGNORECASE,
)
_PER_TIME = re.compile(
    # ("$3.35 an hour" (fig17q))
    r"\s*(?:a|per|each|every|last|this|next|that)\s+(?:year|month|week|day)\b(?:\s+(?:earlier|before|later))?,?"
    r"|\s*(?:an|per|each|every)\s+hour\b,?"
    r"|\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:earlier|before|later)\b,?"
    r"|\s*(?:a|one|two|three)\s+decades?\s+(?:earlier|before|later)\b,?",
    re.IGNORECASE,
)
# A price's measure after its sum ("at 1 ½ pence the pound", "30s. per ton"): a rate, not what is counted
_PRICE_PER = re.compile(
    rf"\s*(?:a|per|each|the)\s+{_alt(_MEASURE_WORDS.replace(' ', '|'))}\b,?", re.IGNORECASE
)
_ALONG_WITH = re.compile(
    r"\b(perished|died|were\s+killed|were\s+shot|were\s+executed|were\s+arrested|were\s+deported)\b"
    r"[^.;]{0,20}?,?\s+(?:along|together)\s+with\s+" + _qualifiers("some|about|many") + r"$",
    re.IGNORECASE,
)
# "some 3.1 million persons were refugees": a generic noun's predicate noun (fig17f)
_WERE_NOUN = re.compile(
    r"\s+(?:were|are)\s+(?:(?:mostly|all|also|now|then)\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)"
    r"(?=\s*[,.;:)]|\s+(?:in|from|and|or|at|under|who|registered|abroad)\b)"
)
_NOT_PREDICATE_NOUNS = _set("always thus less perhaps was its his this nevertheless unless")
# "over a million Irish people, perhaps a million and a half, died", "At least 12.5 million frightened people,
# displaced from their ancestral homes, fled", "5 million people in China lost their jobs": people named by
# the verb of their clause, past a place, an apposition or a participle phrase (fig17f)
_PEOPLE_THEN_VERB = re.compile(
    rf"\s+(?P<np>(?:{_WORD_RE}\s+){{0,2}}?(?:people|persons|individuals))"
    rf"(?:\s+(?:in|from|of|along|across|on|at|inside|outside)\s+(?:the\s+)?(?:{_WORD_RE}\s+){{0,2}}?"
    rf"{_WORD_RE}(?=[\s,]))?"
    r"(?:\s*,\s*[^,.;:()\n]{3,70}?,)?"
    r"\s+(?:also\s+|then\s+|later\s+|eventually\s+)?(?P<verb>died|perished|starved|fled|left|emigrated|"
    r"lost\s+their\s+(?P<lost>lives|jobs|homes|land)|[a-z]+ed)\b(?!\s+(?:by|that)\b)"
)
_DIED_VERBS = _set("died perished starved")
# A summary box's label glued to its row by an extraction ("Deaths390,000 or 530,000–600,000", "Total
# deathsInitial est.: 1.5 million; current est. 2.1 million"): the label names what the row's figures count
# (fig17f)
_GLUED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][a-z]{2,}(?:[ \t]+[a-z]{3,}){0,2})(?=[A-Z][a-z]|\d)")
_DIED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:had|have|has)\s+)?(?:also\s+|then\s+|later\s+)?(?:died|perished|starved\s+to\s+death|"
    r"lost\s+their\s+lives|were\s+killed|умерл\w*|погибл\w*)\b",
    re.IGNORECASE,
)
# Verbs of saying, planning or changing a figure: none says what a measure after it counts.
_REPORTING = _set(
    "estimated reported recorded registered counted listed given put found planned scheduled intended "
    "claimed mentioned noted quoted cited published printed issued reckoned calculated assumed numbered "
    "totalled totaled amounted reached exceeded increased decreased declined rose fell grew doubled tripled "
    "halved dropped climbed compared added combined named called classified described fixed set raised "
    "reduced lowered cut"
)
# English verbs whose past participle is not their past tense in -ed.
_PARTICIPLES = {"sowed": "sown", "mowed": "mown", "sewed": "sewn", "showed": "shown"}


# The level a share is measured against ("62% of the pre-war area", "37% of normal") (fig17k)
_BASE_LEVELS = frozenset({"level", "levels", "area", "normal", "figure", "value", "peak", "average", "norm"})
_CHANGE_START_NOUN = re.compile(
    r"\bfrom\s+" + _qualifiers(_CHANGE_END_WORDS) + r"\d[\d,.]*\s+(?:(?:million|thousand|billion)\s+)?"
    rf"((?:{_WORD_RE}\s+)?{_WORD_RE})\s+(?:in\s+\d{{4}}\s+)?to\s+"
    + _qualifiers(f"{_CHANGE_END_WORDS}|more than|less than") + r"$",
    re.IGNORECASE,
)
# A list's label and its colon right before the figure, on the figure's line: "- Horses: 34 million → ",
# "**Gulag deaths**: ~", "1940s deportation deaths: ", "Official executions (1921-1953): " (a year or decade
# before the label is its time, no word of it).
_COLON_LABEL = re.compile(
    r"[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?[ \t]*(?:(?:1\d|20)\d\d(?:s|[-–]\d{2,4})?[ \t]+)?"
    r"(?P<name>[^\W\d_](?:[^\W\d_]|[’'/]){0,40}(?:[ \t-][^\W\d_](?:[^\W\d_]|[’'/])*){0,4})"
    r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?:[~≈]?[ \t]*\d[\d,.]*(?:[ \t]*(?:million|thousand|billion))?[ \t]*(?:→|->|=>|to|–|—)[ \t]*)?"
    # (the words may break a line inside, not after: the figure is on the label's line)
    + _qualifiers(f"{_ROUGH}|{_MERE}|at least|up to|more than", end=r"[ \t]+")
    + r"[~≈]?[ \t]*",
    re.IGNORECASE,
)
# Labels that say how a figure was got, not what it counts.
_NOT_LABELS = _set(
    "estimate estimates total totals note notes source sources result results figure figures number count "
    "range average sum value values official estimate scholarly estimate penalty impact success"
)
# "of the most odious perpetrators", "of the leading engineers": a part of a whole without a number
_PART_OF_THE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s+(?:(?:most|least|more|less|very)\s+)?"
    rf"(?P<np>[\"“‘']?{_WORD_RE}[\"”’']?(?:\s+[\"“‘']?{_WORD_RE}[\"”’']?){{0,2}}?)"
    r"(?=\s+(?:of|in|on|at|from|who|that|which|were|was|had|listed|named)\b|\s*[,.;:)\n]|\s*$)",
    re.IGNORECASE,
)
_MONEY_UNITS = frozenset(
    {"dollars", "pounds", "euros", "roubles", "rubles", "francs", "marks", "yen", "yuan", "shillings",
     "pence"}
)
_MONEY_NOUNS = (r"revenues?|fines?|aid|loans?|credits?|taxes|tax|subsidies|investments?|profits?|damages|"
                r"reparations|assets|debts?|bonds|cash|gold|exports|imports|spending|costs?|wages|savings|"
                r"deposits|funding|grants?|donations?|contributions?|income|GDP|budget|deficit|sum|fund|price|"
                # ("a licence fee of £1", "a minimum wage of $3.35 an hour" (fig17q))
                r"fees?|wage|tolls?|rents?|duty|duties|fares?|tariffs?|levy|levies|surplus|"
                r"salary|payments?|bills?|bonus|gifts?|assistance|expenditures?|outlays?|earnings|sales|bribes|"
                # ("$600 million in war indemnities", "$11 billion in materials" (fig17p))
                r"indemnit(?:y|ies)|compensation|materials?|supplies|goods|equipment")
# A sum the subject of "is" names, past a phrase of whom it is for and a time adverb: "The minimum wage for
# cleaners on city contracts is currently $10.95 per hour", "and the tipped wage is $7.65" (fig17r)
_MONEY_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[\s(])(?P<np>(?:{_WORD_RE}\s+){{0,2}}(?:{_MONEY_NOUNS}))"
    r"(?:\s+(?:for|of|on|in|paid\s+to)\s+[^,;:.$£€\d()]{1,80}?)?\s+(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+"
    r"(?:(?:currently|now|still|presently|then|also)\s+)?" + _QUALS + r"$",
    re.IGNORECASE,
)
# "$100 million in revenues", "$3 billion per year in family-planning fines"
_MONEY_IN_AFTER = re.compile(
    rf"\s*(?:\)\s*)?(?:(?:a|per|each)\s+year\s+|annually\s+)?in\s+((?:{_WORD_RE}\s+){{0,2}}(?:{_MONEY_NOUNS}))\b",
    re.IGNORECASE,
)
# A wage or price for someone or something named after it: "between £6 and £8 for a housemaid", "£15 per
# annum for a skilled housekeeper" (a person or thing with its article; not "for the year", "for a time")
_MONEY_FOR_AFTER = re.compile(
    rf"(?:\s*(?:a|per|each)\s+(?:year|annum|week|month|day))?,?\s+for\s+(?:an?|each|every)\s+"
    rf"(?!(?:year|week|month|day|time|while|period|total)\b)((?:{_WORD_RE}\s+){{0,2}}?{_WORD_RE})"
    rf"(?=\s*(?:[,.;:)]|$|\s(?:and|or|in|at|who|while|but)\b))",
    re.IGNORECASE,
)
# "directed $250,000 into a program", "pumped over $775 million into educational programs" (fig17q)
_MONEY_INTO_AFTER = re.compile(
    rf"\s*into\s+(?:(?:the|a|an|its|their|new)\s+)?((?:{_WORD_RE}\s+){{0,2}}?{_WORD_RE})"
    r"(?=\s+(?:for|to|of|in|over|that|which|and|during|from|by)\b|\s*[,.;:)]|\s*$)",
    re.IGNORECASE,
)
# "a loan of $585 million", "a per capita income of $30,000", "GDP of"; the start of a change: "raised the
# licence fee from £1 to £3" (fig17q)
_MONEY_OF_BEFORE = re.compile(
    rf"\b((?:per\s+capita\s+|{_WORD_RE}\s+)?(?:{_MONEY_NOUNS}))\s+(?:of|at|from)\s+"
    r"(?:[$£€]\s?\d[\d,.]*(?:\s+(?:million|billion))?\s+to\s+)?"
    + _qualifiers(f"{_ROUGH}|{_MERE}|{_LIMITS}|close to") + r"$",
    re.IGNORECASE,
)
# "to provide $215 million", "a debtor who owes $1,000", "helped raise the $760 million"
_MONEY_VERB_BEFORE = re.compile(
    r"\b(provide|provided|provides|providing|owe|owes|owed|raise|raised|raises|raising|spend|spends|spent|"
    r"spending|pay|pays|paid|paying|lend|lends|lent|lending|invest|invests|invested|investing|borrow|borrows|"
    r"borrowed|earn|earns|earned|receive|receives|received|collect|collects|collected|donate|donated|"
    r"pledge|pledged|allocate|allocated|grant|granted)\s+"
    + _qualifiers(f"the|an?|{_ROUGH}|{_MERE}|{_LIMITS}", "*") + r"$",
    re.IGNORECASE,
)
# The money verb further back, a phrase of time or of whom between it and the sum: "Protestant denominations
# received during the ten years 1884 to 1893 inclusive, $365,487.34", "appropriated to sixteen institutions
# under Roman Catholic control $1,079,986.07" (fig17p)
_MONEY_VERB_FAR = re.compile(
    r"\b(received|paid|spent|donated|granted|appropriated|allocated|collected|raised|lent|borrowed|earned|"
    r"invested|pledged)\s+(?:to|during|from|for|in|over|by)\s+"
    r"(?:[^\W\d_][\w'’-]*|(?:1\d|20)\d\d)(?:\s+(?:[^\W\d_][\w'’-]*|(?:1\d|20)\d\d)){0,9},?\s+$",
    re.IGNORECASE,
)
_BRACKET_LABEL = re.compile(
    r"\(\s*(population|pop\.|inhabitants|residents|members|strength|staff|workforce|garrison|membership)\s+"
    + _qualifiers(r"about|some|c\.|ca\.|approx\.") + r"$",
    re.IGNORECASE,
)
_ING_MODIFIER = re.compile(r"\s+(?!(?:of|in|on|at|to|for|from|with|by|the|a|an|their|his|her|its)\b)"
                           rf"{_WORD_RE}s\b(?!\s+(?:of|the|a|an|their|his|her|its)\b)", re.IGNORECASE)
# What kills, its figure the object: "a famine that consumed millions", "claimed about 90,000 lives".
# Who lost the men: an army's (a fighting unit before "lost", or soldiers lost) (fig17h)
_ARMY_LOSS = re.compile(
    r"\b(?:army|armies|corps|division|brigade|regiment|battalion|garrison|column|force|forces|enemy|troops|"
    r"fleet)\b[^.;]{0,40}\blost\b|\blost\b.*\b(?:soldiers|troops|officers|effectives)\s*$",
    re.IGNORECASE,
)
# Adverbs that may follow what is counted and are no part of it (fig17h)
_TRAILING_ADVERBS = _set("respectively really alone altogether apiece")
_KILLED_BEFORE = re.compile(
    r"\b(?:claimed|claiming|claims|claim|consumed|consuming|consume|consumes|swallowed|killed|killing|kills|"
    r"carried\s+off|"
    r"wiped\s+out|took|taking|cost|costing)\s+(?:the\s+lives\s+of\s+)?"
    + _qualifiers(f"{_ESTIMATED}|perhaps|as many as") +
    # ("killing 5,257 and 4,808 individuals respectively": the second of two figures of the verb (fig17h))
    r"(?:\d[\d,]*\s+and\s+)?$",
    re.IGNORECASE,
)
# A verb of harm other than death right before its figure, by its stem: "infecting thousands", "wounded
# 5,000", "injuring 40,000", "displacing 2 million" (fig17j)
_HARMED_BEFORE = re.compile(
    r"\b(wound|injur|infect|displac|sicken|evacuat|hospitali[sz])(?:ed|ing|e|s)?\s+" + _qualifiers(_ESTIMATED)
    + r"$",
    re.IGNORECASE,
)
_ACTED_BEFORE = re.compile(
    r"\b([^\W\d_]+ed)\s+" + _qualifiers(_ESTIMATED) + r"$",
    re.IGNORECASE,
)
# ("6 to 7 million being deported", "5 million people were “dekulakized”": a passive's participle, in quotes
# where the writer keeps the regime's word)
_ACTED_AFTER_PEOPLE = re.compile(
    r"\s+(?:(?:also|then|later|all|being|were|had\s+been|have\s+been)\s+)?[“\"‘']?([^\W\d_]+ed)\b(?![’'])",
    re.IGNORECASE,
)
_MADE_UP_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:In|By)\s+\d{{4}}\s+)({_phrase(3)})\s+"
    r"(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|constituted|comprised|"
    r"formed|represented|took|takes|absorbed|absorbs|received|receives|got|gets)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least") + r"$",
    re.IGNORECASE,
)
_TO_DEATH = re.compile(
    r"(?:[^.;:,\d]{0,40}?\s)?to\s+(?:death|be\s+shot|execution|the\s+(?:death\s+penalty|highest\s+measure))\b",
    re.IGNORECASE,
)
_EVENT_NOUN_OF = re.compile(
    r"\b(arrests?|executions?|deportations?|deaths?|evacuations?|exile|resettlement|imprisonment)\s+of\s+"
    + _qualifiers(_ESTIMATED) + r"$",
    re.IGNORECASE,
)
# (and a span's: "aid to Israel between 1949 and 2006 totaled")
_YEAR_OF = re.compile(
    r"\s+(?:of|in|for|between|from)\s+(?:1\d{3}|20\d{2})(?:[–-]\d{2,4})?"
    r"(?:\s+(?:and|to)\s+(?:1\d{3}|20\d{2}))?(?=\s)"
)


# A camp (or prison) that held so many: its inmates.
_HELD_BEFORE = re.compile(
    r"\b(?:camps?|colonies|prisons?|gulag|labou?r\s+camps)\b[^.;]{0,40}?\b(?:held|housed|contained|"
    r"imprisoned|had\s+held)\s+" + _qualifiers("some|about|over|nearly|almost|roughly|more than") + r"$"
    r"|(?<!\w)через\s+(?:лагеря|ГУЛАГ)[^.;]{0,40}?прош\w+\s+" + _qualifiers(_RU_ROUGH) + r"$"
    r"|(?<!\w)(?:лагер|колони|тюрь)\w*[^.;]{0,40}?содерж\w*\s+" + _qualifiers(_RU_ROUGH) + r"$",
    re.IGNORECASE,
)
_CENSUS_BEFORE = re.compile(
    r"\bcensus\b[^.;]{0,40}?\b(?:counted|recorded|reported|found|showed|gave|registered|enumerated)\s+"
    + _qualifiers("some|about|only|over|nearly") + r"$",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(
    rf"({_phrase(3)})\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:extended|increased|raised|cut|reduced|lowered)\s+by\s+" + _qualifiers("some|about|another|a further")
    + r"$",
    re.IGNORECASE,
)
# A verb right after a number that says what the counted did, other than dying ("fled", "moved").
_OTHER_VERB = re.compile(
    r"(?!died|perished|starved|dead)(?:fled|left|moved|emigrated|escaped|joined|went|returned|worked|"
    r"lived|arrived|survived|remained|stayed|became|came|took|gained|were\s+(?!killed)\w+ed)\b",
    re.IGNORECASE,
)
_SUBJECT_BEFORE = re.compile(
    rf"({_phrase(7)})\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    r"(?:actually\s+|also\s+|currently\s+|now\s+|still\s+)?(?:to\s+)?(?P<verb>(?:risen|rose)\s+by\s+a\s+factor\s+of|risen|rose|rise|fall|"
    r"grow|fell|fallen|dropped|grew|shrank|shrunk|cut|reduced|raised|lowered|climbed|came\s+to|approached|"
    r"exceeded|topped|surpassed|passed|"
    r"grown|increased|declined|decreased|doubled|tripled|went\s+up|went\s+down|amounted\s+to|totalled|"
    r"totaled|reached|stood\s+at|stands?\s+at|counted\s+as|recorded\s+as|"  # ("was counted as" (fig17q))
    r"was|were|been|run|ran|range|ranged|vary|varied|составил\w*|"
    r"достиг\w*|gone\s+up|gone\s+down|"
    r"выросл\w*|вырос|снизил\w*|сократил\w*|увеличил\w*|упал\w*)"
    # "food increased in price 556 per cent": the measure of the subject that changed (fig17m)
    r"(?:\s+in\s+(?:price|prices|value|cost|size|number|numbers))?"
    r"\s+(?:by\s+|to\s+|на\s+|до\s+)?(?:from\s+[^,;]{1,30}?\s+to\s+|с\s+[^,;]{1,30}?\s+до\s+)?"
    r"(?:a\s+(?:whopping|mere|staggering|further)\s+)?"
    + _qualifiers(f"{_ROUGH}|only|from|approximately|more than|less than|at least|slightly more than|"
                  "slightly less than|с") + r"_?$"  # ("had gone up _900 per cent._": italics, fig17m)
    # "Coal output was to rise from 35 to 75 million tonnes, and pig iron from 3.3 million to 10 million"
    rf"|,\s+and\s+({_phrase(3)})\s+from\s+(?:[^,;]{{1,30}}?\s+to\s+)?$",
    re.IGNORECASE,
)
_PERCENT_WERE = re.compile(
    r"\s+(?:had\s+been|have\s+been|were|was|are|is)\s+(?:(?:all|still|already|now)\s+)?"
    rf"((?:{_WORD_RE}-(?-i:[A-Z])[\w’'-]*\s+|(?-i:[A-Z])[\w’'-]*\s+)?(?:{_WORD_RE}s|Chinese|Japanese|people))\b",
    re.IGNORECASE,
)
# A clause set off by commas, or a year's phrase, between a subject and its verb.
_INSERTED = re.compile(
    r",\s[^,;]{1,60}?,(?=\s)|\s+in\s+(?:1\d{3}|20\d{2})(?:[–-]\d{2,4})?(?=[\s,])"
    # an aside between dashes: "the old-age dependency ratio - the ratio of those aged 65 … - stands at"
    r"|\s(?:-|–|—|--)\s[^;]{1,120}?\s(?:-|–|—|--)(?=\s)"
)
# "was", "were": a count after them is rarely of the subject ("the victims were 700,000" is, "the reason was
# 3 million" is not), unless the figure has a unit; kept for units only, as before.
_BARE_VERBS = frozenset({"was", "were", "been", "run", "ran"})
_APPOSED = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))\s*(?:The\s+|the\s+)?({_phrase(4)}),\s+"
    + _qualifiers("about|some|roughly|only|nearly|around") + r"$"
)
# The measure a change verb names after itself: "food increased in price 556 per cent" (fig17m)
_IN_MEASURE = re.compile(r"\s+in\s+(price|prices|value|cost|size|number|numbers)\b", re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60},\s+(?:had|has|have|was|were|is|are|\w+ed|rose|fell|grew|reached)\b"
)
# "Estimates … range from 3.5 million": the subject of these verbs is the estimates, not what is counted.
_ESTIMATE_VERBS = frozenset({"run", "ran", "range", "ranged", "vary", "varied"})
_NP_AFTER = re.compile(
    r"[+)]*\s*(?:(?:of|из)\s+)?(?:(?:the|their|these|those|all|his|her|its|our|an?)\s+)?(?:(?:other|more)\s+)?"
)


_PUT_AT = re.compile(
    r"(?:\b(?:put|puts|putting|set|sets|placed|places|fixed|fixes|estimated|estimates|estimate)\s+"
    rf"(?P<np>(?:the|a|an|its|their)\s+(?:{_WORD_RE}\s+|\d{{4}}(?:[–-]\d{{2,4}})?\s+){{0,9}}?)"
    rf"|(?P<subject>(?:{_WORD_RE}\s+){{1,7}}?)(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:now\s+|usually\s+|generally\s+|often\s+|commonly\s+|variously\s+|officially\s+)?"
    r"(?:put|set|placed|estimated|reckoned|calculated|fixed)\s+)"
    r"at\s+" + _qualifiers("between|about|around|some|roughly|nearly|over|more than|up to|at least") + r"$"
    # «Потери скота в войне оцениваются в 7 млн голов»
    rf"|(?P<ru>(?:{_WORD_RE}\s+){{1,6}}?)(?:оценива\w+|исчисля\w+|определя\w+)\s+в\s+"
    r"(?:около\s+|примерно\s+|более\s+)?$",
    re.IGNORECASE,
)
# The time or the place of what is put at a figure: not part of what it counts.
_PUT_TAIL = re.compile(r"\s+(?:during|in|for|from|between|since|by|under|on|в|во|за|на)\s.*$",
                       re.IGNORECASE | re.DOTALL)
_AS_MUCH = re.compile(
    rf"\s+as\s+(?:much|many)\s+(?P<np>(?:(?!as\b){_WORD_RE}\s+){{0,2}}?(?!as\b){_WORD_RE})\s+as\b",
    re.IGNORECASE,
)
