"""Words the quotation and speaker detectors share: verbs of saying, organisation words, titles.

English first. Each list holds the evidence a reader uses, not the words of one text: a verb of saying in
any tense (``says``, ``said``, ``saying``), the words that make a capitalised name an organisation
("Levada *Center*", "the Central *Committee*") or a place ("*in* India"), and the titles and first names that
make it a person ("*Marshal* Tukhachevsky", "*Nikita* Khrushchev").
"""

from __future__ import annotations

import re


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs of saying in every tense; "feels", "believes", "sees" count because notes and essays use them to
# introduce a scholar's words.
_SAYING_WORDS = _set(
    "say said says saying write wrote writes written writing declare declared declares declaring insist "
    "insisted insists insisting argue argued argues arguing note noted notes noting comment commented "
    "comments commenting claim claimed claims claiming state stated states stating recall recalled "
    "recalls recalling add added adds adding tell told tells telling explain explained explains "
    "explaining observe observed observes observing remark remarked remarks remarking assert asserted "
    "asserts asserting warn warned warns warning announce announced announces announcing proclaim "
    "proclaimed proclaims proclaiming reply replied replies replying answer answered answers answering "
    "ask asked asks asking exclaim exclaimed exclaims exclaiming shout shouted shouts shouting scream "
    "screamed screams screaming cry cried cries crying complain complained complains complaining admit "
    "admitted admits admitting concede conceded concedes conceding conclude concluded concludes "
    "concluding suggest suggested suggests suggesting believe believed believes believing feel feels felt "
    "report reported reports reporting quote quoted quotes quoting recount recounted recounts remember "
    "remembered remembers boast boasted boasts lament lamented laments protest protested protests urge "
    "urged urges urging demand demanded demands demanding promise promised promises maintain maintained "
    "maintains contend contended contends acknowledge acknowledged acknowledges confess confessed "
    "confesses testify testified testifies affirm affirmed affirms describe described describes "
    "describing thunder thundered retort retorted retorts wonder wondered wonders emphasise emphasised "
    "emphasises emphasize emphasized emphasizes stress stressed stresses whisper whispered mutter "
    "muttered respond responded responds continue continued continues concur concurred agree agreed "
    "agrees object objected predict predicted predicts mourn mourned joke joked plead pleaded pledge "
    "pledged pledging vow vowed vows vowing promising hold holds held assure assured assures opine opined "
    "muse mused decree decreed "
    # tags of dialogue in memoirs and narrative ("I inquired of the friend", "he grumbled", "snapped")
    "inquire inquired inquires enquire enquired enquires rejoin rejoined rejoins murmur murmured grumble "
    "grumbled grumbles growl growled bellow bellowed shriek shrieked stammer stammered yell yelled "
    "snapped hissed roared interrupted interposed entreated denounce denounced denounces denouncing gasped "
    "wail wailed wails sneered scoffed jeered utter uttered utters finished criticize criticizes criticized "
    "criticise criticises criticised blasted "
    "decrees order ordered orders instruct instructed resolve resolved resolves confirm confirmed "
    "confirms deny denied denies reject rejected rejects tweet tweeted tweets post posted posts reason "
    "reasoned recollect recollected narrate narrated relate related records recorded speculate speculated "
    "allege alleged alleges threaten threatened threatens sing sang sings proclaims replied sum sums "
    "summed put puts points pointed warned retorted summarises summarised summarizes summarized says "
    "writes call calls called calling insisting proclaiming admitting "
)
# Words matched by the pattern that are nouns or other words far more often than verbs of saying.
_NOT_SAYING = {"stations", "station", "statement", "statements", "order", "orders", "record", "records",
               "object", "objects", "post", "posts", "charge", "charges", "hold", "put", "points",
               "call", "calls", "sum", "sums", "note", "notes", "report", "reports", "answer", "answers",
               "demand", "demands", "promise", "protest", "stress", "comment", "comments", "claim",
               "claims", "quote", "quotes", "state", "states", "warning", "writing", "saying", "cry",
               "remarks", "continued", "related", "recorded", "held", "called", "ordered", "accept",
               "accepted", "found", "finds", "finding", "deemed", "deems", "judged", "judges"}
# Of those, the ones that are verbs of saying when a person is their subject right before them.
_SAYING_AFTER_SUBJECT = {"note", "notes", "comment", "comments", "claim", "claims", "quote", "quotes",
                         "states", "report", "reports", "answer", "answers", "demand", "demands",
                         "protest", "stress", "put", "puts", "called", "calls", "sum", "sums", "held",
                         "holds", "continued", "ordered", "orders", "charge", "charges", "promise",
                         "remarks", "writing", "saying", "cry", "warning", "state", "record",
                         "recorded", "related", "accept", "accepted", "records", "found", "finds", "finding",
                         "deemed", "deems", "judged", "judges"}


def is_saying_word(word: str, after_name: bool = False) -> bool:
    """Whether ``word`` is a verb of saying; the ambiguous ones ("notes", "states") only after a name."""
    w = word.lower()
    if w in {"put", "puts"} and after_name:
        return True  # "as Lenin put it", "as its publisher puts it"
    if w not in _SAYING_WORDS:
        return False
    if w in _NOT_SAYING:
        return after_name and w in _SAYING_AFTER_SUBJECT
    return True


# (a double hyphen is a plain-text dash between words, "class--who", not part of one)
WORD = re.compile(r"[^\W\d_](?:[\w’']|-(?!-))*", re.UNICODE)

# Capitalised words that end a name as an organisation or a body that can speak.
ORGANISATION_WORDS = {
    "center", "centre", "committee", "party", "union", "institute", "council", "congress", "ministry",
    "commissariat", "politburo", "government", "bureau", "agency", "association", "society", "university",
    "press", "times", "post", "journal", "review", "tribune", "guardian", "herald", "gazette", "news",
    "pravda", "izvestia", "assembly", "parliament", "duma", "soviet", "sovnarkom", "presidium", "court",
    "tribunal", "office", "department", "commission", "foundation", "fund", "bank", "corporation", "company",
    "inc", "ltd", "league", "front", "army", "navy", "church", "academy", "school", "college", "museum",
    "library", "archive", "archives", "board", "conference", "organisation", "organization", "federation",
    "republic", "kingdom", "state", "states", "nations", "senate", "cabinet", "police", "cheka", "opposition",
    "komsomol", "comintern", "memorial", "group", "movement", "network", "service", "services", "radio",
    "television", "tass", "reuters", "bbc", "cnn", "magazine", "newspaper", "newspapers", "media",
    "politbureau", "secretariat", "directorate", "administration", "authority", "authorities", "mission",
    "embassy", "consulate", "delegation", "legation", "headquarters", "staff", "command", "kremlin",
}
# Common nouns that make a phrase a body of people that can speak ("Soviet newspapers", "the party").
BODY_NOUNS = {
    # printed appeals whose words a text quotes: "Movie posters promised: “…”", "Campaign leaflets read:"
    "poster", "posters", "leaflet", "leaflets", "placard", "placards", "advertisement", "advertisements",
    "newspaper", "newspapers", "press", "committee", "party", "government", "leadership", "court",
    "prosecutor", "prosecution", "defence", "defense", "regime", "ministry", "paper", "papers", "journal",
    "editors", "editorial", "report", "resolution", "decree", "declaration", "statement", "communique",
    "poll", "survey", "congress", "council", "commission", "headline", "headlines", "broadcast",
    "authorities", "officials", "leaders", "delegates", "workers", "peasants", "accused", "defendants",
    "witness", "witnesses", "member", "members", "official", "activist", "activists", "speaker",
    "author", "writer", "historian", "historians", "critics", "critic", "observer", "observers",
    "correspondent", "journalist", "journalists", "reporter", "veteran", "survivor", "survivors",
    "prisoner", "prisoners", "villager", "villagers", "peasant", "worker", "soldier", "soldiers",
    "officer", "officers", "student", "students", "teacher", "teachers", "children", "mother", "father",
    "wife", "husband", "son", "daughter", "friend", "colleague", "colleagues", "minister", "president",
    "secretary", "chairman", "general", "commander", "spokesman", "spokeswoman", "spokesperson",
    "people", "man", "woman", "one", "others", "some", "many", "manifesto", "programme", "program",
    "someone", "somebody", "everyone", "everybody", "neighbours", "neighbors", "publisher", "editor",
    "rebels", "sailors", "crew", "director", "head", "chief", "deputy", "clerk", "protocol", "minutes",
    "summary", "draft", "instruction", "file", "branch", "office", "department", "society", "organisation",
    "organization", "group", "union", "embassy", "institute", "agency", "service", "museum", "archive",
    "citation", "verdict", "ruling", "judgment", "judgement", "chairwoman", "leader", "letter",
    "telegram", "order",
    "directive", "circular", "memo", "memorandum", "note", "diary",
    "novelist", "poet", "scholar", "ones", "boys", "girls", "crowd", "delegate", "story", "stories",
    "scholars", "economist", "economists", "commentator", "commentators", "joke", "slogan", "proverb",
    "announcement", "proclamation", "appeal",
    # Russian people by role or kin, for texts in Russian
    "отец", "мать", "сын", "дочь", "жена", "муж", "брат", "сестра", "священник", "настоятель", "историк",
    "автор", "писатель", "свидетель", "следователь",
    "rhyme", "anecdote", "song",
    # People by what they do or are, for "he"/"she" carried over from "The guard stood in the doorway."
    "guard", "guards", "doctor", "nurse", "priest", "judge", "interrogator", "investigator", "commissar",
    "driver", "stranger", "visitor", "neighbour", "neighbor", "boy", "girl", "farmer", "sailor", "miner",
    "engineer", "captain", "sergeant", "lieutenant", "colonel", "landlady", "landlord", "widow",
    "grandmother", "grandfather", "uncle", "aunt", "brother", "sister", "cousin", "boss",
    "foreman", "manager", "lawyer", "librarian", "archivist", "supervisor", "doorman", "censor",
    "warder", "jailer", "informer", "inspector", "procurator",
    # the household and the road of memoirs and slave narratives ("My master refused. “Sir,” said he")
    "master", "mistress", "overseer", "volunteer", "coachman", "servant", "sentry", "sentinel",
    "child", "tormentor", "gentleman", "lady", "fellow", "chauffeur", "orator", "orators", "slaveholder",
    "pilot", "steward", "porter", "waiter", "barber", "peddler", "innkeeper", "conductor", "deckhand",
    "boatman", "ferryman", "preacher", "deacon", "schoolmaster", "governess", "maid", "housekeeper",
    "butler", "footman", "cook", "applicant", "playmate",
    # Rulers named by their office ("The tsar recorded the meeting in his diary, writing that …")
    # A family as a body ("the Wissotzky family was disturbed …": no "he")
    "family", "families", "clan", "household",
    "tsar", "czar", "tsarina", "czarina", "emperor", "empress", "king", "queen", "kaiser", "shah", "sultan",
    "pope", "patriarch", "prince", "princess", "governor", "ambassador", "premier", "marshal",
    # People by an office a source gives them ("A sympathetic constable recited … “…,” he told the
    # magistrate", "The Duchess smiled"), for "he"/"she" carried over and a subject described
    "magistrate", "constable", "detective", "superintendent", "commissioner", "coroner", "sheriff",
    "bishop", "archbishop", "cardinal", "abbot", "abbess", "chaplain", "chancellor", "senator", "mayor",
    "consul", "envoy", "prefect", "legate", "vizier", "pasha", "dictator", "regent", "admiral", "professor",
    "headmaster", "warden", "attorney", "widower",
    # Groups a source describes, for "they" carried over ("The partisans gathered … “…,” they said")
    "partisan", "adherent", "demonstrator", "conspirator", "councillor", "councilor", "juror",
    "pilgrim", "monk", "nun", "deputies", "sentries",
    # Scholarly works, which say things as their authors do ("The latest study calls it …")
    "book", "study", "studies", "monograph", "textbook", "synthesis", "biography", "dissertation",
}
# Of those, the ones that are bodies or documents, not people ("Soviet newspapers", "the resolution").
BODY_DOCUMENTS = {
    "family", "families", "clan", "household",
    "newspaper", "newspapers", "press", "committee", "party", "government", "leadership", "court",
    "prosecution", "regime", "ministry", "paper", "papers", "journal", "editorial", "report", "resolution",
    "decree", "declaration", "statement", "communique", "poll", "survey", "congress", "council",
    "commission", "headline", "headlines", "broadcast", "authorities", "manifesto", "programme", "program",
    "letter", "telegram", "order", "directive", "circular", "memo", "memorandum", "note", "diary", "story",
    "stories", "publisher", "crew", "citation", "verdict", "ruling", "judgment", "judgement", "protocol",
    "minutes", "summary", "draft", "instruction", "file", "joke", "slogan", "proverb", "rhyme", "anecdote",
    "song", "announcement", "proclamation", "appeal", "branch", "office", "department", "society",
    "organisation", "organization", "group", "union", "embassy", "institute", "agency", "service", "museum",
    "archive", "book", "study", "studies", "monograph", "textbook", "synthesis", "biography", "dissertation",
}
# Titles and roles written before a person's name.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "sir", "lord", "lady", "dame", "general",
    "marshal", "colonel", "captain", "major", "lieutenant", "admiral", "comrade", "president",
    "premier", "chairman", "secretary", "minister", "tsar", "czar", "tsarina", "emperor", "empress",
    "king", "queen", "prince", "princess", "count", "countess", "duke", "baron", "father", "mother",
    "sister", "brother", "saint", "st", "pope", "bishop", "rabbi", "imam", "reverend", "rev", "judge",
    "senator", "governor", "mayor", "chancellor", "prosecutor", "commissar", "academician", "citizen",
    "herr", "frau", "monsieur", "madame", "mme", "m", "gen", "col", "capt", "lt", "sgt", "sergeant",
    "historian", "writer", "poet", "novelist", "journalist", "economist", "philosopher", "leader",
    "dictator", "revolutionary", "bolshevik", "menshevik", "commander", "ambassador", "deputy",
}
# First names seen before a surname. Not a gazetteer of people: enough of the usual first names of
# English, Russian, German and French texts that "Nikita Khrushchev" reads as a person and "Soviet Union"
# does not. A name is also a person without them (a verb of saying, a title, a pronoun carried over).
FIRST_NAMES = _set(
    "nikita joseph josef iosif vladimir lev leon leonid grigory grigorii gregory nikolai nikolay nicholas "
    "mikhail michael alexei aleksei alexey alexander aleksandr sergei sergey andrei andrey ivan boris "
    "yuri yury dmitri dmitry fyodor feodor georgy georgii karl kliment lavrenty lavrenti vyacheslav "
    "genrikh anatoly viktor victor pavel peter pyotr evgenii evgeny yevgeny konstantin maxim maksim "
    "anastas semyon vasily vasili yakov felix feliks nadezhda alexandra anna maria svetlana olga irina "
    "tatiana natalia elena yelena sofia vera lyudmila galina marina ekaterina catherine robert richard "
    "sheila stephen steven john james david william thomas charles george edward henry paul mark martin "
    "terry lynne arch gabor orlando sheila moshe isaac isaiah hannah simone jean pierre jacques francois "
    "françois louis charles marie claire anne emmanuel nicolas georges andre andré friedrich wilhelm otto "
    "hans heinrich rosa clara angela helmut konrad adolf hermann heinz gunter günter walter willy ernst "
    "max rudolf franz josephine margaret elizabeth winston franklin harry dwight lincoln woodrow theodore "
    "ronald barack donald hillary bill george tony gordon neville clement anthony alan christopher daniel "
    "matthew andrew simon timothy jonathan benjamin samuel frederick sarah jane mary susan rachel rebecca "
    "emily lucy kate katherine helen ruth esther leonard stanley sidney norman walter vasily vsevolod "
    "bennett gerry sean patrick kevin brian michel dominique jürgen jurgen ulrich wolfgang dieter klaus "
    "karl-heinz ludwig bertolt hannah golda menachem mao deng zhou ho fidel che ernesto salvador augusto "
    "hugo lula nelson kwame jawaharlal indira mahatma narendra rajiv sonia benazir zulfikar recep mustafa "
    "kemal gamal anwar yasser saddam "
)
PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}
# Words after which a capitalised word is a place, not a speaker ("in India", "from Moscow").
PLACE_PREPOSITIONS = {"in", "at", "from", "across", "near", "throughout", "into", "inside", "outside",
                      "towards", "toward", "around", "within", "through", "via"}
# Capitalised words that start sentences or stand in titles without being names.
NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "but",
    "and", "or", "so", "yet", "as", "in", "on", "at", "of", "for", "to", "by", "with", "from", "after",
    "before", "when", "while", "although", "though", "however", "moreover", "indeed", "even", "also",
    "then", "thus", "therefore", "finally", "firstly", "secondly", "later", "earlier", "here", "there",
    "his", "her", "their", "its", "our", "my", "your", "one", "some", "many", "most", "all", "both",
    "each", "every", "no", "not", "if", "because", "since", "until", "what", "who", "which", "where",
    "several", "few", "numerous", "various", "countless",
    # numbers approximated: "Fewer than 10,000 peasants resettled", "Nearly half the deputies"
    "fewer", "nearly", "almost", "approximately", "roughly", "barely", "hardly",
    "within", "without", "among", "amongst", "against", "despite", "beyond", "under", "over", "through",
    "across", "toward", "towards", "around", "behind", "beside", "besides", "between", "during", "except",
    "inside", "outside", "near", "upon", "unlike", "like", "whereas", "whether", "unless", "till", "once",
    "nor", "thereafter", "afterwards", "instead", "overall", "nowhere", "everywhere", "somewhere",
    "why", "how", "according", "still", "now", "today", "yesterday", "such", "other",
    "others", "another", "soon", "again", "only", "just", "perhaps", "ultimately", "rather",
    "meanwhile", "nevertheless", "nonetheless", "furthermore", "similarly", "likewise",
    "elsewhere", "hence", "accordingly", "consequently", "altogether", "increasingly", "initially",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # feasts of the year, in memoirs as often as the days: "Christmas parties", "before Easter"
    "christmas", "easter", "whitsun", "pentecost", "lent", "thanksgiving", "michaelmas", "candlemas",
    "god", "ibid", "cf", "see", "chapter", "part", "page", "vol", "volume", "yes", "oh",
    # a textbook's imperatives to its reader: "Note in particular Henderson's references to …"
    "note", "compare", "consider", "notice", "remember", "recall", "below", "above",
    # auxiliaries opening a question: "Did you ever meet Solzhenitsyn?"
    "did", "do", "does", "is", "are", "was", "were", "have", "has", "had", "would", "could", "should",
    "shall", "must", "might",
    # French and German words that open sentences: "Dans la préface, il …", "Pour lui", "Nach dem Krieg"
    "dans", "pour", "selon", "avec", "sans", "sur", "sous", "chez", "après", "avant", "depuis", "pendant",
    "les", "une", "des", "il", "elle", "ils", "elles", "lui", "mais", "donc", "car", "cette", "ces", "son",
    "sa", "ses", "leur", "leurs", "nach", "mit", "bei", "für", "über", "unter", "vor", "seit", "während",
    "ein", "eine", "und", "aber", "oder", "er", "sie", "wir", "ich", "es", "un", "le", "la", "ma", "mon",
    "mes", "notre", "nos", "ta", "ton", "tes",
    # adverbs opening a sentence, capitalised there: "Позже, на допросе, он скажет", "Später sagte er"
    "позже", "уже", "потом", "тогда", "затем", "недаром", "впрочем", "однако", "сейчас", "теперь", "später",
    "damals", "heute", "dann", "ensuite", "alors", "puis", "aujourd’hui", "aujourd'hui",
    # Russian function words opening a sentence: "Не обошел вниманием …", "Кто бы мог подумать"
    "не", "на", "в", "во", "по", "о", "об", "за", "от", "до", "из", "как", "кто", "что", "это", "но", "и",
    "а", "когда", "если", "так", "вот",
}
# Words that may stand between a quotation and the verb that attributes it: "“…,” he later wrote".
TAIL_SUBJECT_WORDS = {"he", "she", "they", "i", "we", "it", "later", "also", "once", "then", "had", "has",
                      "have", "would", "famously", "afterwards", "himself", "herself", "themselves",
                      "recently", "subsequently", "still", "again", "simply", "rightly", "bluntly", "as",
                      "itself"}
DETERMINERS = {"the", "a", "an", "one", "his", "her", "their", "its", "our", "my", "your", "this", "that",
               "another"}
TAIL_WORDS = TAIL_SUBJECT_WORDS | DETERMINERS
# Words of saying of the other languages whose quotation marks are read (German, French, Russian): enough
# for the common verbs of a sentence introducing a quotation, not a grammar.
_SAYING_WORDS = _SAYING_WORDS | _set(
    "sagte sagt sagten schrieb schreibt schrieben erklärte erklärt meinte meint nannte nennt fügte betonte "
    "betont rief antwortete behauptete behauptet warnte schloss verkündete forderte "
    "dit dis déclara déclare déclaré écrivit écrit écrivait affirma affirme affirmé répondit ajouta ajoute "
    "expliqua explique nota note s'écria écria lança proclama estimait estime rappela rappelle "
    "répétait répéta disait racontait raconta expliquait ajoutait demanda demandait cria criait murmura "
    "сказал сказала сказали писал писала писали написал написала заявил заявила заявили говорил говорила "
    "говорили отметил отметила называл называла назвал назвала ответил ответила добавил добавила "
    "утверждал утверждала подчеркнул подчеркнула вспоминал вспоминала пишет пишут говорит говорят "
    "считает утверждает заявляет отмечает вспоминает рассказывает рассказал рассказала объясняет "
    "добавляет добавил добавила подчёркивает подчеркивает признаёт признает"
)
PRONOUNS = PRONOUNS | {"er", "sie", "il", "elle", "ils", "elles", "он", "она", "они"}
# Words that may stand between a subject and its verb of saying: "Khrushchev later wrote".
SUBJECT_WORDS = PRONOUNS | TAIL_SUBJECT_WORDS | {"who", "which", "even", "further", "first", "did", "does",
                                                 "was", "is", "will", "could", "might", "not", "never"}
_RELATIVE = {"that", "which", "who", "whom", "whose", "where", "when"}
_CLAUSE_STARTS = {"that", "whether", "if", "why", "how", "what", "when", "who"}
_THAT = re.compile(r"\b(?:that|whether|dass|daß|ob|que|qu’|qu'|что)\b", re.IGNORECASE)
# Verbs that take an object and then the words they are called by: "he called it ‘…’", "described Stalin
# as ‘…’", "nannte Stalin »…«", "называл это „…“". Other verbs of saying need "that", a comma or a colon.
_NAMING = _set(
    "call calls called calling describe describes described describing name names named dub dubs dubbed "
    "term terms termed brand branded label labelled labeled nannte nennt nannten appelait appela appelle "
    "qualifia qualifie называл называла назвал назвала называли назвали denounce denounced denounces "
    "condemn condemned condemns hail hailed hails dismiss dismissed dismisses praise praised praises "
    "blast blasted blasts "
    "spoke speaks speak talked talks addressed addresses urged urges told tells asked asks ordered orders "
    "begged begs warned warns reminded reminds advised advises instructed instructs "
    "accuse accused accuses accusing found finds finding deemed deems judged judges pronounced spoken "
    "warning warned warns "
    # opinions with an object complement: "considers the mood of the population „in general healthy“"
    "consider considers considered regard regards regarded "
    # instructions in the participle: "with a note asking him to “…”", "urging them to “…”"
    "asking telling urging ordering begging instructing advising reminding "
    # German "sprach von einem „…“", "spricht von": speaking of something by a name
    "sprach spricht sprachen"
)
_SAYING_WORDS = _SAYING_WORDS | _set(
    "denounce denounced denounces condemn condemned condemns hail hailed hails praise praised praises"
)
# Accusations are speech too ("Prosecutors had accused the archive of “…”"), and what is typed or scrawled
# on a document is written ("someone had typed “…”"); "accepts" and "concedes" introduce a scholar's words.
_SAYING_WORDS = _SAYING_WORDS | _set(
    "accuse accused accuses accusing typed scrawled scribbled pencilled penciled accept accepts accepted "
    "concede concedes"
)
_BETWEEN_PUNCTUATED = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[^\s,:;.()]+\s+){0,4}?[^\s,:;.()]*\s*[,:]\s*$")
_PLAIN_SAYING = _set(
    "said says say wrote writes write argued argues claimed claims insisted insists declared declares "
    "told tells stated states believed believes thought thinks felt feels added adds replied replies "
    "contended contends maintained maintains "
    "schreibt schrieb sagt sagte meint meinte erklärt erklärte écrit écrivit dit affirme affirma "
    "пишет писал говорит говорил считает считал"
)
# (an adverb may stand before the comma: "sagte dagegen, sein Haus werde „…“")
_COMMA_CLAUSE = re.compile(r"^\s*(?:[a-zäöüß]+\s*)?,\s*(?:[^\s,:;.()“”\"«»]+\s+){1,10}$")
_BETWEEN_CLAUSE = re.compile(r"^\s*(?:[^\s,:;.()“”\"«»]+\s+){1,16}$")
_INSTRUCTING = {"told", "tells", "asked", "asks", "ordered", "orders", "urged", "urges", "instructed",
                "warned", "advised", "begged", "reminded"}
_TO_AND = re.compile(r"^\s*(?:[^\s,:;.()“”\"«»]+\s+){0,2}to\s+(?:[^\s,:;.()“”\"«»]+\s+){1,12}and\s+$")
# "said quietly, without turning his head:": an aside between the verb and its colon
_BETWEEN_ASIDE = re.compile(r"^\s*,?\s*(?:[^\s,:;.()“”\"«»]+,?\s+){1,8}?[^\s,:;.()“”\"«»]+\s*[:,]\s*$")
_BETWEEN_OBJECT = re.compile(r"^\s*(?:[^\s,:;.()]+\s+){0,4}$")
# A naming verb's object with its "of" phrase: "called the mood of the collective farmers “…”".
_OBJECT_OF = re.compile(
    r"^\s*(?:the|a|an|his|her|their|its|this|these|those|our|my)\s+(?:[^\s,:;.()“”\"«»„]+\s+){1,2}of\s+"
    r"(?:[^\s,:;.()“”\"«»„]+\s+){1,3}$",
    re.IGNORECASE,
)
_ADVERB = re.compile(r"[a-z]+ly|also|later|then|once|never|often|still|even|soon|again|always")
_NAME_THEN_PHRASE = re.compile(
    r"(?:^|[\s(])(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]+|[Hh]e|[Ss]he|[Tt]hey)\s+(?:in|at|during|throughout|for)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+$"
)
# "as a “…”" too; an initial or an abbreviation in the object ("to U.S. President Franklin D. Roosevelt as")
_SAW_IN = re.compile(r"^\s+in\s+(?:it|this|that|them|(?:the|this|that|his|her|their|its)\s+[a-z]+)\s*$")
_REFERS_TO = re.compile(r"^\s+to\s+(?:his|her|their|its|the|a|an)\s+(?:[a-z]+\s+){0,2}$")
# (a list of objects may hold commas: "denounced the merchants, lawyers, and Whig aristocrats as “…”")
# (and a first epithet of the author's may come before the words: "as fiscally reckless and “soft on crime”")
_OBJECT_AS = re.compile(
    r"^\s*(?:(?:[A-Z]\.)+\s+|[^\s,:;.()“”\"«»]+,?\s+){1,12}as\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[^\s,:;.()“”\"«»]+\s+){1,3}and\s+)?$"
)


# A clause opened by a noun phrase of a body or a document: "The protocol of the Politburo meeting".
_DOCUMENT_SUBJECT = re.compile(
    r"(?:^|[.;:!?]\s+)\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:protocol|minutes|summary|instruction|decree|draft|resolution|report|file|inscription|notice|order|"
    r"announcement|proclamation|appeal|speech|broadcast|headline|communiqu[eé]|"
    r"directive|telegram|letter|note|memo|memorandum|verdict|sentence|statement|communique|circular|law|"
    r"article|clause|entry|record|records|register|diary|newspaper|editorial|leaflet|poster|banner|sign|"
    r"notebook|log|logbook|journal|chronicle|memoir|memoirs|questionnaire|transcript|testimony)s?"
    r"(?:\s+(?:of|from|for|on)\s+(?:[\w’'-]+\s+){1,4}?)?\s*$"
)
_ACCUSING = {"accused", "charged", "denounced", "condemned", "branded", "labelled", "labeled", "described",
             "called", "dubbed", "criticised", "criticized", "blamed",
             # "genetics was declared a “bourgeois pseudoscience”", "the plan was presented as “…”"
             "declared", "proclaimed", "pronounced", "presented", "portrayed", "depicted",
             "characterised", "characterized"}
# "of", "with", "as", "for" after the passive, or the article of what the passive declares it ("a", "an")
_PASSIVE_CHARGE = re.compile(r"^\s*(?:(?:\w+\s+){0,2}?(?:of|with|as|for)\s+|(?:an?\s+)?)$")
_REMEMBERING = {"remember", "remembers", "remembered", "recall", "recalls", "recalled", "remembering",
                "recalling"}
# Before a participle of saying, the auxiliary or aspect verb its subject stands before: "She kept saying,"
_PROGRESSIVE = {"is", "are", "was", "were", "been", "kept", "keeps", "keep", "began", "begins", "started",
                "starts", "continued", "continues"}
# Words of saying that are nouns too, and a possessive determiner (and one adjective) that makes them nouns.
_SAYING_NOUNS = {"claim", "comment", "answer", "reply", "remark", "report", "note", "complaint", "promise",
                 "warning", "cry", "response", "retort", "demand", "boast", "argument", "statement", "word",
                 "question", "request", "appeal", "plea", "admission", "explanation"}
_POSSESSIVE_DETERMINER = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z]+\s+)?$"
)
# Verbs that give someone's words for a thing only with an object and "as": "presented him as “…”"
# Verbs of seeing something as something: a frame only with their subject, their object and "as" ("views
# Stalin as “…”", "sees Hitler as a “…”", "mentioned the event as “…”").
_SEEING_AS = {"view", "views", "viewed", "viewing", "see", "sees", "saw", "regard", "regards", "regarded",
              "regarding", "mention", "mentions", "mentioned", "paint", "paints", "painted", "introduce",
              "introduces", "introduced", "introducing", "hail", "hails", "hailed", "acclaim", "acclaims",
              "acclaimed", "referred", "refers"}  # "referred to the Chinese leader as a “…”"
_PORTRAYING = {"present", "presents", "presented", "presenting", "portray", "portrays", "portrayed",
               "portraying", "depict", "depicts", "depicted", "depicting", "characterise", "characterises",
               "characterised", "characterising", "characterize", "characterizes", "characterized",
               "characterizing"}
# The subject of an infinitive: "for the hon. Member for Aberdeen to" (describe …).
FOR_TO = re.compile(
    r"\bfor\s+(?P<np>(?:the|a|an|his|her|their|its|my|our)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+"
    r"|[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*){0,3})\s+to\s+$"
)
# A causative verb and its object, who then speaks: "led Leon Trotsky to claim", "prompting the enraged
# Orlov to declare", "forced the minister to admit".
CAUSED_TO = re.compile(
    r"\b(?:led|leads|leading|prompted|prompts|prompting|caused|causes|causing|moved|moves|provoked|provokes|"
    r"provoking|forced|forces|forcing|drove|drives|driving|inspired|inspires|inspiring|compelled|compels|"
    r"compelling|persuaded|persuades|persuading|pushed|pushes|pushing)\s+"
    r"(?P<np>(?:the|a|an|his|her|their|its|my|our)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+"
    r"|[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*){0,3})\s+to\s+$"
)
_QUOTED_AS = re.compile(r"\b(?:quoted|reported|cited|recorded|remembered|heard)\s+as\s+$")
# The agent of a passive verb of saying: "was announced by Molotov", "was declared by the Central Committee",
# "were described by critics as", "was denounced by the local authorities".
PASSIVE_AGENT = re.compile(
    r"\s+by\s+(?P<agent>(?:the\s+)?[A-ZÀ-ÞА-ЯЁ][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÞА-ЯЁ][\w’'.-]*)*"
    r"(?:[’']s\s+[A-Z][\w-]*)?"
    r"|(?:(?:the|his|her|their|its|many|some|several|most|western|soviet|local)\s+){0,2}"
    r"(?:critics|historians|scholars|observers|commentators|journalists|reviewers|officials|authorities|"
    r"contemporaries|witnesses|survivors|colleagues|opponents|supporters|diplomats|the\s+press|the\s+party|"
    r"the\s+government|the\s+court|the\s+prosecution|the\s+prosecutor|the\s+leadership))\b"
)
# "Its first point read:", "the inscription ran:": verbs of a document's wording, only right before a colon.
_DOCUMENT_VERBS = {"read", "reads", "ran", "runs", "went", "goes"}
_JUST_COLON = re.compile(r"\s*[:,]\s*$")  # "The message read, “…”" as well as "read:"


# "with one poster" right before a participle of saying: an absolute phrase whose subject the text describes
# ("with one reader writing", "with a spokesman adding"); a determiner is required, so "with Smith" stays
# the name's (speakers' ``_WITH_NAME_DOING``) and "with tears" is no one.
WITH_DESCRIBED_DOING = re.compile(
    r"\bwith\s+(?P<np>(?:one|a|an|another|some|several|many)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+$"
)


_GERUND_OBJECT = re.compile(r"\b(?:of|about|on)\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*[’']s\s+[a-z]+ing$")


def frame_verb(lead: str, anywhere: bool = False) -> re.Match[str] | None:
    """The verb of saying that frames a quotation right after ``lead`` (the sentence before it), if any.

    "X said, “…”", "notes that “…”", "wrote in 1956: “…”", "he called it ‘…’" — but not "proclaiming
    fealty to “…”": between the verb and the quotation stand "that", a short phrase ending in a comma or
    colon, nothing, or (when a name or pronoun is the verb's subject) an object of up to three words.
    ``anywhere``: for the introduction of a block quotation, any verb of saying with a subject before it
    ("Nikolai wrote to his wife from the transit camp at Vladivostok:").
    """
    words = list(WORD.finditer(lead))
    if words and words[-1].group().lower() in _DOCUMENT_VERBS and _JUST_COLON.match(lead[words[-1].end() :]):
        return words[-1]  # "Its first point read: “…”", "The banner ran:": a document's own wording
    for index in range(len(words) - 1, -1, -1):
        if index and words[index].group()[:1].isupper() and not re.search(
            r"[.!?:]\W*$", lead[: words[index].start()]
        ):
            continue  # "told the United States that": a capitalised word inside a sentence is a name, no verb
        if words[index].group().lower() in _SAYING_NOUNS and _POSSESSIVE_DETERMINER.search(
            lead, 0, words[index].start()
        ):
            continue  # "Her central claim is that": a noun after a possessive, no verb
        if words[index].group().endswith("ing") and _GERUND_OBJECT.search(lead, 0, words[index].end()):
            # "Mencken wrote of Harding’s speaking, “…”": a gerund after a possessive, the object of "of",
            # is a noun ("without her calling, “…”" still frames her words)
            continue
        portraying = words[index].group().lower() in _PORTRAYING | _SEEING_AS
        naming = words[index].group().lower() in _NAMING  # "call": a frame only as an infinitive, see below
        if not portraying and not naming and not is_saying_word(words[index].group(), after_name=True):
            continue
        prev = words[index - 1].group() if index else ""
        # "Kaganovich reportedly declared:", "Trotsky later wrote": the subject stands before the adverbs
        back = index - 1
        while back > 0 and _ADVERB.fullmatch(words[back].group()) and not lead[
            words[back - 1].end() : words[back].start()
        ].strip():
            back -= 1
        if back != index - 1 and back >= 0:
            prev = words[back].group()
        if prev.lower() in {"was", "were", "is", "are", "been"} and is_saying_word(
            words[index].group(), after_name=True
        ) and PASSIVE_AGENT.match(lead[words[index].end() :]):
            return words[index]  # "The events were recorded by Colonel Adam … in his diary:": the agent's
        has_subject = prev[:1].isupper() or prev.lower() in SUBJECT_WORDS or prev.lower() in BODY_NOUNS
        # "Dybenko in his memoirs mentioned", "Schwanitz in particular views": a name, then a short phrase
        has_subject = has_subject or _NAME_THEN_PHRASE.search(lead, 0, words[index].start()) is not None
        has_subject = has_subject or prev.lower() in ORGANISATION_WORDS  # "the group said the removals …"
        has_subject = has_subject or prev.lower() in {"another", "others", "one", "some", "many", "who"}
        # "for what prosecutors called “…”": a regular plural of a role is a subject too
        has_subject = has_subject or (prev.lower().endswith("s") and prev.lower()[:-1] in BODY_NOUNS)
        # "The commandant told us", "My neighbour said": a determiner and a noun opening the clause
        has_subject = has_subject or _DETERMINED_SUBJECT.search(lead, 0, words[index].start()) is not None
        # "The protocol of the Politburo meeting records that …": a body or document opening the clause
        if not has_subject and prev.islower():
            window = lead[max(0, words[index].start() - 80) : words[index].start()]
            has_subject = _DOCUMENT_SUBJECT.search(window) is not None
        # "Historian Marina Lebedeva, who has studied …, said": a subject and its appositive
        has_subject = has_subject or lead[: words[index].start()].rstrip().endswith(",")
        # "The Economist was cooler, describing the argument as “…”": the sentence's subject describes
        participle = words[index].group().lower().endswith("ing")
        after_conjunction = prev.lower() in {"while", "when", "after", "before", "by"}
        has_subject = has_subject or (participle and after_conjunction)
        # "…, with one poster writing “…”": an absolute phrase with a described subject of its own
        absolute = WITH_DESCRIBED_DOING.search(lead, 0, words[index].start()) is not None
        has_subject = has_subject or (participle and absolute)
        has_subject = has_subject or (participle and lead[: words[index].start()].rstrip().endswith(","))
        # "Kaganovich was quoted as saying that “…”": the subject stands before the passive
        has_subject = has_subject or bool(_QUOTED_AS.search(lead, 0, words[index].start()))
        # "Our enemies abroad are writing that …": a progressive, its subject before the auxiliary
        has_subject = has_subject or (participle and prev.lower() in _PROGRESSIVE)  # "She kept saying,"
        # "Putin expressed his sympathy and called the massacre “…”": a second verb of the same subject
        has_subject = has_subject or (prev.lower() in {"and", "but"} and not participle)
        # "Is it in order for the hon. Member to describe the policy as “…”": the infinitive's subject
        # … and "led Trotsky to claim that", the causative's object
        infinitive = prev.lower() == "to" and (
            FOR_TO.search(lead, 0, words[index].start()) or CAUSED_TO.search(lead, 0, words[index].start())
        ) is not None
        has_subject = has_subject or infinitive
        naming_infinitive = infinitive and words[index].group().lower() in _NAMING  # "for X to call it"
        if not portraying and not naming_infinitive and not is_saying_word(
            words[index].group(), after_name=has_subject
        ):
            continue
        between = lead[words[index].end() :]
        that = _THAT.search(between)
        earlier = [w for w in words[:index] if is_saying_word(w.group(), after_name=True)]
        if that and re.search(r"\band\s+$", between[: that.start()]) and any(
            _THAT_NEXT.match(lead, w.end()) for w in earlier
        ):
            # "He said that Mints had taught a generation … and that the accusations were “…”": the "that"
            # goes on with the earlier verb's clause, which frames the words
            continue
        progressive = words[index].group().lower().endswith("ing")  # "are writing that": no passive
        if prev.lower() in {"was", "were", "is", "are", "been", "being", "be"} and not progressive:
            if PASSIVE_AGENT.match(between):
                return words[index]  # "The decision was announced by Molotov:": the agent speaks
            if words[index].group().lower() in _ACCUSING and _PASSIVE_CHARGE.match(between):
                return words[index]  # "were accused of “spreading panic”": a charge, its accusers unnamed
            continue  # "the passage was added on 4 January:": a passive, nobody says it here
        if portraying:
            # "His supporters presented him as “…”": only with its subject, its object and "as"
            if has_subject and _OBJECT_AS.match(between):
                return words[index]
            # "Beevor refers to his “comparatively humble birth”": the words referred to are the referrer's
            if has_subject and words[index].group().lower() in {"refers", "referred"} and _REFERS_TO.match(
                between
            ):
                return words[index]
            # "Davis saw in the affair “…”": what the subject saw in an event, in their own words
            seeing = words[index].group().lower() in {"saw", "sees", "see"}
            if has_subject and seeing and _SAW_IN.match(between):
                return words[index]
            continue
        plain = words[index].group().lower() in _PLAIN_SAYING
        if anywhere and has_subject:
            return words[index]
        if (
            _THAT.search(between)
            or not between.strip()
            or _BETWEEN_PUNCTUATED.match(between)
            or (has_subject and _BETWEEN_ASIDE.match(between))
            or (has_subject and words[index].group().lower() in _NAMING and (
                _BETWEEN_OBJECT.match(between) or _OBJECT_OF.match(between)))
            # "describes prisoners who died of cold as “…”": the object may be long when "as" ends it
            or (has_subject and words[index].group().lower() in _NAMING and _OBJECT_AS.match(between))
            # "explains the deaths by “…”", "attributed the failure to “…”": the explanation given
            or (has_subject and words[index].group().lower() in _EXPLAINING and _OBJECT_BY.match(between))
            # "remembered her as “the bravest person I ever knew”": memory names its object too
            or (has_subject and words[index].group().lower() in _REMEMBERING and _OBJECT_AS.match(between))
            # "the Minister said the law would “…”": "that" left out after a plain verb of saying
            or (has_subject and plain and _BETWEEN_CLAUSE.match(between))
            # "told us to take food for a month and “…”": the words go on with the instruction reported
            or (has_subject and words[index].group().lower() in _INSTRUCTING and _TO_AND.match(between))
            # "Schlögel schreibt, die Jahre 1937 und 1938 seien „…“": the clause after a comma
            or (has_subject and _COMMA_CLAUSE.match(between))
        ):
            return words[index]
    return None


# Personal pronouns that open a tag after a line of dialogue: "“Who?” I asked of the clerk", "“No.” He said it
# twice." — a pronoun and its verb of saying right after the words are their tag however the clause goes on,
# where a name there may open a sentence of its own ("“…” Zinoviev and Kamenev spoke for him, and …").
_TAG_PRONOUNS = {"I", "He", "She", "We", "They", "he", "she", "we", "they"}


# How a pronoun's tag goes on without a clause of its own: "of the clerk", "to my mother", "again", "softly";
# not "I told her to be quiet" or "I said I had seen it" (what was said back, in reported speech).
_TAG_GOES_ON = re.compile(r"(?:of|to|with|at|from|again|aloud|once|[a-z]+ly)$")


def _pronoun_tag(before: list[str]) -> bool:
    """Whether the words before the verb after a quotation are one personal pronoun (its subject)."""
    return len(before) == 1 and before[0] in _TAG_PRONOUNS


def _pronoun_thought(before: list[str], verb: str, ended: bool) -> bool:
    """ "“One turn more,” I thought": a pronoun and "thought" after words not closed by their own full stop
    frame the words as thought (a memoir's inner speech); "“Stay.” I thought of home" is a new sentence."""
    return not ended and verb in {"thought", "thinks", "think"} and _pronoun_tag(before)


def _pronoun_began(before: list[str], verb: str, rest: str) -> bool:
    """ "“It is late,” I began.": a pronoun and "began" closed at once open a speech (a memoir's dialogue);
    "“…” she began to read" has its own object."""
    closed = re.match(r"[ \t]*[.,;:—]", rest) is not None
    return verb in {"began", "begins"} and _pronoun_tag(before) and closed


_CLAUSE_AFTER_WORDS = re.compile(
    r"(?:[^.,;:!?“”\"«»()]|(?<=\b(?:Mr|Ms|Dr|Lt|St))\.|(?<=\b(?:Mrs|Sen|Gov|Rep|Gen))\.){0,80}"
)


# Before a noun only ("one replies", "another asks" are a subject and its verb).
_ARTICLES_AND_POSSESSIVES = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my"}


def tail_verb(after: str, ended: bool) -> tuple[list[re.Match[str]], int, int] | None:
    """The verb of saying right after a quotation: "“…,” wrote Service", "“…” he added", "“…,” a woman
    from the Kuban told the investigators".

    Returns the words of the clause after the quotation, the index of the verb among them, and where the
    clause starts in ``after``. ``ended``: the quotation ends with its own full stop, question or exclamation
    mark, so a capitalised word after it starts a new sentence unless a short attribution follows
    ("“Go!” Khrushchev shouted."), not a sentence going on ("“…!” They reported that …").
    """
    lead = re.match(r"[,!?]?(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?!\n)", after)
    if lead is None:
        return None  # "“…”. Khrushchev later wrote": a new sentence
    start = lead.end()
    # "“…,” Dr. Stuart Finkelstein said": the full stop of an abbreviated title does not end the clause
    body = re.match(_CLAUSE_AFTER_WORDS, after[start:])
    clause = body.group().split("\n\n")[0] if body else ""
    every = list(WORD.finditer(clause))
    words = every[:8]
    for index, word in enumerate(words):
        before = [w.group() for w in words[:index]]
        if not index and word.group() in {"runs", "ran", "reads"} and _text_named(words[1:3]):
            # "“…,” runs the preamble to the treaty", "reads the inscription": the text quoted says them
            return words, 0, start
        if index == 1 and _inverted_after_lead(before[0], word.group(), words[2:3]):
            # "“…,” solemnly announced the herald", "“…!” So spoke John Brown": the verb is inverted after an
            # adverb; the speaker follows it
            return words[1:], 0, start
        # "Memorial's lawyer Maria Eismont told", "a woman from the Kuban told": a noun phrase opened by a
        # name, a determiner or a pronoun, not a relative clause ("a view that Davies and Wheatcroft reject")
        opened = not before or before[0][0].isupper() or before[0].lower() in TAIL_WORDS | BODY_NOUNS
        if not opened or len(before) > 6 or any(w.lower() in _RELATIVE for w in before):
            return None
        partitive = len(before) > 1 and before[1].lower() == "of"  # "one of them shouted"
        pronoun_after = any(w.lower() in PRONOUNS for w in before[1:])
        if pronoun_after and before[0].lower() in DETERMINERS and not partitive:
            return None  # "“…”, a charge he rejected": a noun and its own clause, not an attribution
        if ended and pronoun_after and not partitive and len(before) >= 3 and before[0][0].isupper():
            return None  # "“….” At the same time he had accused …": a new sentence, a pronoun after a phrase
        # "“No,” thought I, “…”": an inverted "thought" with its pronoun frames the words thought
        inverted_thought = not index and word.group() in {"thought", "thinks"} and len(words) > 1 and (
            words[1].group() in {"I", "he", "she", "we", "they"}
        )
        thought = inverted_thought or _pronoun_thought(before, word.group(), ended) or _pronoun_began(
            before, word.group(), after[start + word.end() :]
        )
        # "“…,” he went on": going on speaking
        went_on = word.group() in {"went", "goes"} and after[start + word.end() :].startswith(" on")
        # "“…,” the report said", "the auditor's report said": a word of saying right after an article or a
        # possessive is a noun, not the verb
        determined = bool(before) and (
            before[-1].lower() in _ARTICLES_AND_POSSESSIVES or re.search(r"[’']s?$", before[-1]) is not None
        )
        noun = determined and word.group().islower()
        if not noun and (thought or went_on or is_saying_word(word.group(), after_name=True)):
            if any(w.lower() in {"not", "never", "n't"} for w in before):
                return None  # "“…”, he does not mention that …": a verb denied attributes nothing
            if not index and not ended and not lead.group().strip() and _CLAUSE_AFTER_VERB.match(
                after, start + word.end()
            ) and not _demonstrative_speaker(after, start + word.end()):
                # "The agent “Sokol” reports that …": with no comma and the verb's clause after it, the
                # quoted words are the verb's subject (a cover name, a title), not words said
                return None
            if re.match(r"\s+to\s+(?:have|be)\b", after[start + word.end() :]):
                return None  # "“…”, a confession later found to have been extracted": a participle
            participle = index and not _pronoun_tag(before)
            if participle and re.match(r"\s+(?:of|with)\b", after[start + word.end() :]):
                return None  # "“…” a colleague accused of Trotskyism": a participle describing the noun
            if re.match(r"[ \t]*[“\"«„»]", after[start + word.end() :]):
                return None  # "“…” Stalin wrote “Agreed” across it": the verb introduces the next quotation
            if ended and _INTRODUCES_NEXT.match(after, start + word.end()):
                return None  # "“…” Molotov says, “…”", "“…” I told him, “…”": it introduces the next one
            if ended and words[0].group()[:1].isupper():
                # "“Go!” Khrushchev shouted." but not "“…” Zinoviev and Kamenev spoke for him, and …"
                rest = every[index + 1 :]  # the whole clause: "… records only that the draft was" goes on
                if rest and rest[0].group().lower() in _CLAUSE_STARTS:
                    return None
                if len(rest) > 1 and not (_pronoun_tag(before) and _TAG_GOES_ON.match(rest[0].group())):
                    return None
            return words, index, start
    appositive = _NAME_APPOSITIVE_VERB.match(after, start)
    if appositive and is_saying_word(appositive.group("verb"), after_name=True):
        # "“…,” Roginsky, the chairman of Memorial, said in 2016": the name, its appositive, the verb
        every = list(WORD.finditer(after[start : appositive.end()]))
        return every, len(every) - 1, start
    return None


# The one word an inverted verb of saying may stand after in older prose: "solemnly announced the herald",
# "So spoke John Brown", "Thus wrote the Chancellor".
_LEAD_OF_INVERTED = re.compile(r"[a-z]{2,}ly|So|Thus")


def _inverted_after_lead(lead: str, verb: str, following: list[re.Match[str]]) -> bool:
    """Whether ``verb`` after the adverb ``lead`` is inverted: its subject (a name, a determiner) follows."""
    if not _LEAD_OF_INVERTED.fullmatch(lead) or not following or not is_saying_word(verb, after_name=True):
        return False
    subject = following[0].group()
    return subject[0].isupper() or subject.lower() in DETERMINERS


# Texts that "run" or "read" after the words they hold: "“…,” runs the preamble", "reads the inscription".
_TEXTS = {"preamble", "text", "clause", "article", "inscription", "entry", "passage", "platform", "act",
          "law", "title", "charter", "treaty", "constitution", "message", "dispatch", "proclamation"}


def _text_named(words: list[re.Match[str]]) -> bool:
    """Whether ``words`` are a determiner and a text or document ("the preamble", "his dispatch")."""
    if len(words) < 2 or words[0].group().lower() not in DETERMINERS:
        return False
    noun = words[1].group().lower()
    return noun in _TEXTS or noun in BODY_DOCUMENTS


# A verb of saying whose comma or colon opens the next quotation: "“…” Molotov says, “…”". Not when the next
# part opens in lower case: "“What!” said he, “you are not ready?”" is one sentence the tag interrupts.
_INTRODUCES_NEXT = re.compile(r"(?:\s+[\w’']+){0,3}\s*[,:]\s*[“\"‘'«„»](?![a-z])")
# What follows a verb whose subject stands before it: its clause, its object or its date.
_CLAUSE_AFTER_VERB = re.compile(r"\s+(?:that|whether|how|to|on|about|in|him|her|them|us)\b")
# "“…,” said that lady, sparring for time": "that" with a person's noun and a stop is the speaker, no clause
_DEMONSTRATIVE_SPEAKER = re.compile(r"\s+(?:that|this)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s*[,.;!?]")


def _demonstrative_speaker(after: str, at: int) -> bool:
    """Whether ``after`` at ``at`` names the speaker with a demonstrative (``_DEMONSTRATIVE_SPEAKER``)."""
    m = _DEMONSTRATIVE_SPEAKER.match(after, at)
    return m is not None and m.group("noun") in BODY_NOUNS
_DETERMINED_SUBJECT = re.compile(
    r"(?:^|[.;:!?]\s+)\s*(?:[Tt]he|[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Ii]ts|[Yy]our|[Tt]his|[Tt]hese)\s+"
    r"(?:[a-z][\w’'-]*\s+){1,3}$"
)
_THAT_NEXT = re.compile(r"\s+(?:\w+\s+)?that\b")
_NAME_APPOSITIVE_VERB = re.compile(
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,3},[ \t]+(?:the|a|an|his|her|its|their)[ \t]+"
    r"[^,.;:!?“”\"«»()\n]{1,60},[ \t]+(?:[a-z]+ly[ \t]+|later[ \t]+)?(?P<verb>[a-z]+)\b"
)

_INTERRUPTING_VERBS = (
    r"(?:said|says|cried|cries|replied|replies|answered|answers|asked|asks|continued|continues|added|adds|"
    r"exclaimed|exclaims|thought|responded|rejoined|rejoins|returned|returns|shouted|shouts|whispered|"
    r"muttered|roared|observed|resumed|interrupted|quoth|went\s+on|goes\s+on)"
)
# Who interrupts: a pronoun, a person described ("the old gentleman", "the President", "a delegate from
# Ohio"), a name with its title or a word before it ("Mr. Webster", "young Nightingale").
_INTERRUPTER = (
    r"(?:he|she|I|we|they|it|(?:his|her|my|the|our|a|an|one)\s+(?:[a-z]+\s+)?[A-Za-z]+"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Za-z]+)?|(?:[a-z]+\s+)?[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2})"
)
# The tag between the two parts of one sentence said: "“Well,” said he, “…”", and in older prose with the
# speaker described or a phrase after the name: "“…,” said Epps, still laughing; “…”", "“…,” continued his
# companion; “…”", "“…,” responded a delegate from Ohio, “…”", "“…,” cries the uncle, kissing him, “…”",
# "“…,” Mitya roared suddenly, “…”", "“Why,” men asked, “…”", "“…,” answered the old gentleman with some
# emotion; “…”"; after single marks and guillemets too.
# (A name before its verb only after a comma: "“Why?” He answered, “…”" opens a new sentence, a new voice.)
INTERRUPTED_BEFORE = re.compile(
    r"(?:[,!?][”\"’'»]\s+(?:" + _INTERRUPTING_VERBS + r"\s+" + _INTERRUPTER
    + r"|(?:he|she|I|we|they|it)\s+" + _INTERRUPTING_VERBS + r")"
    r"|,[”\"’'»]\s+(?:(?!(?:He|She|They|We|It)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the\s+[a-z]+|[a-z]*(?:men|people))\s+"
    + _INTERRUPTING_VERBS + r")(?:\s+[a-z]+ly)?"
    r"(?:,\s+(?:still\s+|now\s+)?[a-z]+(?:ing|ly)\b[^“”\"\n.;:]{0,30}|\s+with\s+(?:some\s+|great\s+)?[a-z]+)?"
    # "quoth my father, (repeating his words) “…", "continued my father (filling a fresh pipe)—“…": an aside
    # in brackets ends the tag as a comma does
    r"(?:\s*[,;]|,?\s*\([^()“”\"\n]{1,60}\)\s*[,;—–]?)\s*$"
)

# The tag after words whose closing mark a scanned page lost, before the next words open: "“Yes, may it please
# your honor, continued the defendant, calmly ; “I desire …" — the words end at the tag's comma.
LOST_CLOSE_TAG = re.compile(
    r",\s+" + _INTERRUPTING_VERBS + r"\s+" + _INTERRUPTER + r"(?:,\s+[a-z]+(?:ly|ing)\b)?\s*[,;:]\s*$"
)

# An inverted aside in commas before the words: "This, says Kotkin, is “…”", "The decree, remarked one
# official, was “…”", "On the 6th of November, reported General Pershing, “…”" — the aside's subject is whose
# the words are.
INVERTED_ASIDE = re.compile(
    r",\s+(?:says|said|writes|wrote|argues|argued|notes|noted|claims|claimed|insists|insisted|adds|added|"
    r"suggests|suggested|remarks|remarked|observes|observed|recalls|recalled|explains|explained|reports|"
    r"reported|declares|declared|announces|announced)\s+"
    r"(?P<who>(?:(?:the|a|an|one)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}),\s+[^,;:“”\"«»„]{0,60}$"
)
# The French inverted verb after the words: "« … », dit-il", "me répétait-elle", "ajouta-t-elle".
FRENCH_INVERSION = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:me|m'|m’|lui|nous|leur|te|t'|t’)[ \t]*)?(?P<verb>[a-zàâçéèêëîïôûù'’]+)-(?:t-)?"
    r"(?P<pronoun>il|elle|ils|elles)\b"
)
# "according to Gill", "in the words of Lenin", "in Kotkin’s own words": whose words follow, without a verb.
ACCORDING = re.compile(
    r"\b(?:according\s+to|(?:in|with)\s+the\s+(?:\w+\s+)?words\s+of|as\s+quoted\s+by|quoting|selon|d’après|d'après|laut|"
    r"по\s+словам|согласно)\s+"
    r"(?P<np>(?:the\s+)?[\w’'.\- ]{2,60}?)"
    r"(?=\s*(?:[,:;(]|$|\s(?:who|in|at|on|when)\b))"
    r"|\b[Ii]n\s+(?:the\s+)?(?P<own>[A-Z][\w.\- ]{1,40}?)[’']s?\s+(?:own\s+)?(?:words|view|opinion|phrase|"
    r"expression|formula|terms|account)\b"
    # "The secretaries, in his account, were “…”": a possessive pronoun, resolved by the speakers
    r"|\b[Ii]n\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:words|view|opinion|phrase|account|terms)\b",
    re.IGNORECASE,
)
def is_naming_word(word: str) -> bool:
    """Whether ``word`` names what it takes as an object: "called it “…”", "accused them of “…”"."""
    return word.lower() in _NAMING


# Whose view a sentence gives: "For Moshe Lewin, …", "Pour Boukharine, …", "…: for him, …".
VIEW_OF = re.compile(
    r"\s*(?:For|Pour|Für|Для)\s+(?P<who>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2}),"
)
VIEW_AFTER_COLON = re.compile(
    r"[:;]\s*(?:[Ff]or|[Pp]our|[Ff]ür)\s+(?P<who>him|her|[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2}),"
)
# "Pravda printed an announcement that …": a noun of saying and its clause
SAYING_NOUN_THAT = re.compile(
    r"\b(?:announcement|statement|declaration|claim|assertion|report|promise|warning|admission|message|"
    r"communiqu[eé]|assurance|rumou?r|complaint|accusation|charge|explanation|excuse|insistence|"
    # "did this with the assumption that “Cuba [would] remain …”": the subject's own expectation, in words
    r"assumption|expectation|conviction)s?"
    # "spreading rumours that “…”", "His explanation is that the first secretary “…”"
    r"\s+(?:(?:is|was|were)\s+)?"
    # "rumours are spreading that", "a rumour was going round that"
    r"(?:(?:is|was|were|are)\s+(?:spreading|circulating|going\s+round|current|rife)\s+)?that\b"
)


# A verb that names ("called it", "labelled Memorial a") is a verb of saying too.
_SAYING_WORDS = _SAYING_WORDS | _NAMING
# "Lenin taught us that “…”": a teaching is words said.
_SAYING_WORDS = _SAYING_WORDS | _set("teach teaches taught teaching")
# A court's or a body's ruling in the participle: "upheld the ban, ruling that the book contained “…”".
_SAYING_WORDS = _SAYING_WORDS | _set("ruling ruled rules")
# Explaining something by words: "explains the deaths by “…”", "attributed the failure to “…”".
_EXPLAINING = {"explain", "explains", "explained", "explaining", "attribute", "attributes", "attributed",
               "attributing", "justify", "justifies", "justified", "justifying"}
_OBJECT_BY = re.compile(r"^\s*(?:[^\s,:;.()“”\"«»„]+\s+){1,6}(?:by|to)\s+$")
# Tags of dialogue: "“I am a prisoner here,” Gorky confided to him", "“You were there too,” he snapped".
_SAYING_WORDS = _SAYING_WORDS | _set(
    "confide confides confided confiding murmur murmurs murmured snap snapped snaps growl growled growls "
    "grumble grumbled grumbles interject interjected interjects interrupt interrupted interrupts blurt "
    "blurted blurts sneer sneered sneers quip quipped quips stammer stammered stammers"
)
# More verbs of saying of German, French and Russian texts: "Schalamow widersprach", "Шаламов возражал ему:".
_SAYING_WORDS = _SAYING_WORDS | _set(
    "fragte fragt rief ruft erzählte erzählt erinnerte erinnert widersprach widerspricht entgegnete "
    "berichtete berichtet bemerkte bemerkt schreiben "
    "demanda demande raconta raconte souligna souligne précisa précise rétorqua rétorque répondit "
    "возражал возражала возразил возразила спросил спросила спрашивал спрашивала крикнул крикнула "
    "кричал кричала воскликнул воскликнула сообщил сообщила сообщает сообщают заметил заметила "
    "замечает напомнил напомнила напоминает объяснил объяснила повторял повторяла настаивал настаивала "
    "признался призналась писала пишет"
)
# Words sent by wire: "The embassy cabled Washington that …".
_SAYING_WORDS = _SAYING_WORDS | _set("cable cabled cables telegraph telegraphed telegraphs wired radioed")
# "He proposed that the meeting demand “…”": a proposal is words said.
_SAYING_WORDS = _SAYING_WORDS | _set("propose proposes proposed proposing")
# First names that make a person a woman (for "she"); the other first names above are men's, mostly.
FEMALE_FIRST_NAMES = _set(
    # more given names of women common in the histories of Russia and Central Europe
    "ida zoya alisa agnes lena liza yana dina ella emma eva nora rita tanya tonya valya varvara veronika "
    "viktoria victoria yevdokia evdokia yevfrosiniya elsa frida greta hilda ilse inga irma lotte lisa "
    "louise anya asya dasha katya musya nadia nadezhda tamara kira ariadna evfrosiniya "
    "alexandra anna maria nadezhda svetlana olga irina tatiana tatyana natalia natalya elena yelena sofia "
    "sophia vera lyudmila galina marina ekaterina yekaterina catherine sheila lynne rosa clara angela hannah "
    "simone marie claire anne josephine margaret elizabeth sarah jane mary susan rachel rebecca emily lucy "
    "kate katherine helen ruth esther golda indira sonia benazir hillary polina lida masha natasha yevgenia "
    "evgenia zinaida nina lidia lydia larisa inna raisa anastasia alla anne-marie julia yulia eugenia "
    "nadya lyuba lyubov valentina antonina klavdia maya margarita ksenia oksana daria darya alina "
    # and of English and American memoirs and histories of the eighteenth and nineteenth centuries
    "betsy hester henrietta lucretia nancy sally harriet abigail martha priscilla charlotte caroline eliza "
    "ellen fanny hetty jenny kitty molly peggy phoebe dolly susanna amelia frances louisa dorothy grace "
    "edith florence alice annie bessie lizzie"
)
# Men's first names of the Soviet period the lists above lacked: "Oleg Budnitsky" is a man, so no "she".
FIRST_NAMES = FIRST_NAMES | _set(
    "oleg petr vasilii gennady gennadi arkady valentin valery vadim stanislav semen matvei ilya igor ruslan "
    "stepan timofei yegor zakhar kirill anton artyom denis efim yefim lazar naum arseny varlam osip kornei "
    "gleb fedor savva taras bogdan ostap mykola petro avraam isaak emelyan yemelyan trofim makar nikifor "
    "prokopy afanasy akaki grigori lavrentiy panteleimon rodion vladislav yaroslav yuliy sergo"
)
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | _set("tamara")
FIRST_NAMES = FIRST_NAMES | FEMALE_FIRST_NAMES
FEMALE_TITLES = {"mrs", "ms", "miss", "madame", "mme", "frau", "lady", "dame", "queen", "empress", "tsarina",
                 "princess", "countess", "sister", "mother"}
# Verbs of speaking and of the courts: "spoke of", "the Government submitted that", "the Court reiterates".
_SAYING_WORDS = _SAYING_WORDS | _set(
    "speak speaks spoke spoken speaking submit submits submitted reiterate reiterates reiterated "
    "pleaded pleads ruled rules observed recalls conceded"
)
# "As the Constitutional Court itself put it in an earlier case, the law “…”": whose words the sentence
# goes on with, like "according to".
AS_PUT = re.compile(
    # "As the draft directives state,": a body or a document described, as well as a name
    r"\b[Aa]s\s+(?P<who>(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s+(?:put|puts|"
    r"state|states|stated|says|said|notes|noted|observes|observed|remarks|remarked|argues|argued)\b)|"
    r"(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*"
    r"(?:\s+(?:and|&)\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)?)\s+(?:\w+\s+)?"
    r"(?:put|puts|said|says|state|states|stated|wrote|writes|noted|notes|observed|observes|remarked|remarks|"
    r"argued|argues|"
    r"pointed\s+out|points\s+out|shown|showed|shows|suggested|suggests|stressed|stresses|emphasi[sz]ed|"
    r"explained|explains|demonstrated|demonstrates|reminds|reminded)\b"
    r"(?:\s+it)?[^,.;:]{0,40},"
)


# ---- speaker16c (session 9): quotation and speaker rules from Wikipedia history articles ----------------
# A passive naming verb right before the words, its agent right after them: "It was described as “…” by
# Sir Norman Birkett", "was hailed as “…” by the press".
PASSIVE_NAMING = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+|also\s+|later\s+|once\s+)?(?:described|called|termed|"
    r"dubbed|labell?ed|branded|characteri[sz]ed|hailed|denounced|praised|condemned|criticised|criticized)"
    r"(?:\s+as)?\s+(?:the\s+|an?\s+)?$"
)
# "he has been called by his enemies “…”": the passive naming verb's agent before the words named
AGENT_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+|also\s+|later\s+|once\s+)?(?:described|called|termed|"
    r"dubbed|labell?ed|branded|characteri[sz]ed|denounced)\s+by\s+"
    r"(?P<agent>(?:(?:the|his|her|their|its|our)\s+)?(?:[a-z]+\s+(?!as\b))?[a-z]+s|"
    r"[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'.-]*){0,2})(?:\s+as)?\s+(?:the\s+|an?\s+)?$"
)
AGENT_AFTER = re.compile(
    r"[,.]?\s*by\s+(?:(?:Sir|Lord|Lady|Count|Countess|Dr\.?|Professor|President|General|Marshal|Judge|"
    r"Justice|Senator|Chancellor|Cardinal|Pope|King|Queen|Prince|Princess)\s+)?"
    r"(?P<agent>[A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*|von|van|de|der|la))*)"
)


# "“Till sunset” were the words used by Alexander II", "“…” were the last words of the prisoner": the words
# before are named as somebody's, and by whom.
WORDS_OF_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:was|were|are|is)\s+(?:the|his|her|their)\s+(?:(?:very|exact|last|first|own)\s+)?"
    r"(?:words?|phrase|expression)\s+(?:(?:used|spoken|written|uttered)\s+)?(?:by|of)\s+"
    r"(?P<agent>(?:the\s+)?[A-Za-zÀ-ÞА-ЯЁ][\w’'-]*(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w’'.-]*|[IVX]+))*)"
)


# "“Bread!” “Peace!” were the cries of the crowd", "“The Guards,” “The Artillery,” were the replies which I
# wrote down": the words before (and any quoted just before them in the list) are named as said, and by whom
# when "of"/"from" follows.
SAID_LIST_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*[“\"][^”\"\n]{1,80}[”\"])*[ \t]*,?[ \t]*(?:were|was)\s+the\s+(?:[a-z]+\s+)?"
    r"(?:replies|answers|cries|shouts|responses|reply|answer|cry|shout|response)\b"
    r"(?:\s+(?:of|from)\s+(?P<agent>(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?"
)


def opens_with_verb(word: str) -> bool:
    """Whether quoted words opening with ``word`` right after a name are that name's predicate ("Antony Beevor
    “reckons the toll at …”", "President Roosevelt “said that he …”")."""
    return is_saying_word(word, after_name=True) or word.lower() in _ESTIMATING


_ESTIMATING = {"reckons", "reckoned", "estimates", "estimated", "calculates", "calculated", "believes",
               "believed", "thinks", "thought", "considers", "considered", "concludes", "concluded"}
# A slogan given in marks: "his slogan to the peasants, “Enrich yourselves!”", "adopted the slogan of “…”".
SLOGAN_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+|\b(?P<name>[A-ZÀ-ÞА-ЯЁ][\w'-]+)[’']s\s+|\b(?:the|a)\s+)"
    r"(?:[a-z]+\s+)?(?:slogan|motto|watchword|battle[- ]cry|rallying[- ]cry)"
    r"(?:\s+(?:of|to\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?))?[\s,:]*$"
)
# "the US informed its NATO allies that “…”": informing is saying.
_SAYING_WORDS = _SAYING_WORDS | _set("inform informs informed informing")
# Older fiction's and memoirs' tags: "“It was a confession,” I ejaculated.", "“But, sir,” he expostulated",
# "“Not always,” quoth my uncle Toby".
_SAYING_WORDS = _SAYING_WORDS | _set(
    "ejaculated ejaculates expostulated expostulates remonstrated remonstrates faltered falters queried "
    "resumed resumes quoth"
)
# "Stalin recognised that the peasants had “…”": to recognise that is to grant it, in words
_SAYING_WORDS = _SAYING_WORDS | _set("recognised recognized recognises recognizes")
# "Marinetti expressed his disdain for “…”": expressing a stance puts it in words
_SAYING_WORDS = _SAYING_WORDS | _set("express expresses expressed")
