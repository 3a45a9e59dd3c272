# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The second held-out set of round 7 (issue 16), written and labelled by hand after every correction of the
round and BEFORE any run on it, to give the honest unseen figure of the round's final rules: a wire report,
an encyclopedia biography, a memoir with dialogue, a polemical review with citations, and a protocol of an
interrogation in translation. Invented texts in our own words: no corpus file is copied. Format and
labelling decisions as in evidence_heldout_s4.py; measured by measure_evidence_s7.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wire report: a minister, an opposition deputy, a body's statement, a relative, a place that leads.
WIRE = """\
Kyrgyz parliament votes to build memorial to victims of 1916 revolt

BISHKEK, March 3 (Reuters) - Kyrgyzstan's parliament voted on Wednesday to build a national memorial to the tens of thousands of Kyrgyz who died in the revolt of 1916 and the flight to China that followed, a decision Moscow has greeted coolly.

Culture Minister Altynbek Maksutov told deputies that the memorial would stand near the Boom Gorge, where many refugees perished crossing the mountains. "Our grandparents had no graves. Now they will have at least a name," he said.

Opposition deputy Gulnara Baatyrova, whose great-grandmother survived the flight, backed the bill but criticised its wording. The text speaks of "tragic events", she said, when it should say plainly that people were killed.

Russia's foreign ministry said in a statement that it hoped the memorial would not become "a tool for rewriting the shared history of our peoples". The ministry's spokeswoman, Maria Zakharova, later added that Moscow respected "the grief of every family".

Historians estimate that between 100,000 and 250,000 Kyrgyz and Kazakhs died. Tynchtyk Chorotegin, a historian at the Kyrgyz National University, called the vote "long overdue". "For a hundred years we were told to forget," he said.
"""
WIRE_LABELS: list[Label] = [
    ('"Our grandparents had no graves.', "real", "Altynbek Maksutov|Maksutov"),
    ('"tragic events"', "real", "text|The text|Gulnara Baatyrova|Baatyrova"),
    ('"a tool for rewriting', "real", "foreign ministry|ministry|Russia's foreign ministry"),
    ('"the grief of every family"', "real", "Maria Zakharova|Zakharova"),
    ('"long overdue"', "real", "Tynchtyk Chorotegin|Chorotegin"),
    ('"For a hundred years', "real", "Tynchtyk Chorotegin|Chorotegin"),
]

# 2. An encyclopedia biography: a subject quoted, the subject's letters, a critic, a verdict of a body.
BIOGRAPHY = """\
Varlam Shalamov

Varlam Tikhonovich Shalamov (1907–1982) was a Russian writer, best known for Kolyma Tales, a cycle of short stories about the labour camps of the Soviet far north.

Life

Shalamov was born in Vologda, the son of a priest. He was first arrested in 1929 for distributing copies of Lenin's so-called "Testament" and spent three years in a camp in the northern Urals. Arrested again in 1937, he spent most of the next fifteen years in the gold mines of Kolyma. He later wrote that the camp was "a negative school of life from the first day to the last".

After his release he returned to Moscow. His stories circulated in samizdat and were published abroad without his consent. In 1972, under pressure, he signed a letter to Literaturnaya Gazeta disowning the foreign editions; the letter called Kolyma Tales "a problematic of no interest to anyone". Many of his friends, among them Nadezhda Mandelstam, never forgave him.

Reception

Solzhenitsyn invited Shalamov to collaborate on The Gulag Archipelago. Shalamov refused. In a notebook he explained that he did not want to be "a footnote to someone else's book".
"""
BIOGRAPHY_LABELS: list[Label] = [
    ('"Testament"', "scare", None),
    ('"a negative school of life', "real", "Varlam Shalamov|Shalamov"),
    ('"a problematic of no interest', "real", "letter|the letter|Shalamov"),
    ('"a footnote to someone', "real", "Varlam Shalamov|Shalamov"),
]

# 3. A memoir with dialogue: a father, a stranger at the door, pronouns across lines, a neighbour.
MEMOIR = """\
The knock came just after midnight. My father got up first and went to the door in his socks. A man in a leather coat stood on the landing with two soldiers behind him.

"Citizen Orlov, Sergei Pavlovich?" the man asked.

"Yes."

"Get dressed. You are coming with us."

My mother began to cry. Father put his hand on her shoulder and said, very quietly, "Lena, it is a mistake. I will be back by the evening." Then he turned to me. I was eleven. "Look after your mother," he told me.

In the morning our neighbour Zinaida Markovna came in with a jar of honey, which she put on the table without a word. At the door she turned and whispered to my mother: "Burn his letters. All of them. Today."
"""
MEMOIR_LABELS: list[Label] = [
    ('"Citizen Orlov, Sergei Pavlovich?"', "real", "man|the man|A man in a leather coat"),
    ('"Yes."', "real", "father|My father|Orlov"),
    ('"Get dressed.', "real", "man|the man|A man in a leather coat"),
    ('"Lena, it is a mistake.', "real", "father|Father|Orlov"),
    ('"Look after your mother,"', "real", "father|Father|Orlov"),
    ('"Burn his letters.', "real", "Zinaida Markovna|Markovna"),
]

# 4. A polemical review with citations: the reviewed author, a scholar cited by name and year, scare quotes.
REVIEW = """\
The myth of the "naive" dictator

Sergei Kremlev's new book promises to tell "the truth about Stalin that the liberals have hidden". What it delivers is an old argument in new clothes: that Stalin was a well-meaning "patriot" misled by bad advisers. ⟦Kremlev writes|Kremlev||⟧ that the Great Terror was "organised behind Stalin's back by Yezhov and the regional secretaries" ⟦(p. 212)|Kremlev||p. 212⟧, and that Stalin, once he learned of it, "put an end to the lawlessness" ⟦(p. 240)|Kremlev||p. 240⟧.

Neither claim survives contact with the sources. ⟦Khlevniuk (2015)|Khlevniuk|2015|⟧ has shown from the Politburo's own papers that Stalin signed lists of people to be shot, some 44,000 names in all. ⟦Jansen and Petrov describe|Jansen and Petrov||⟧ Yezhov as "Stalin's loyal executioner", and the phrase is exact ⟦(Jansen and Petrov 2002, 5)|Jansen and Petrov|2002|5⟧.

Kremlev's readers deserve better. So, for that matter, do the victims, whom he calls, with a carelessness that is itself revealing, "the material of history".
"""
REVIEW_LABELS: list[Label] = [
    ('"naive"', "scare", None),
    ('"the truth about Stalin', "real", "Sergei Kremlev|Kremlev|book"),
    ('"patriot"', "scare", None),
    ('"organised behind Stalin', "real", "Sergei Kremlev|Kremlev"),
    ('"put an end to the lawlessness"', "real", "Sergei Kremlev|Kremlev"),
    ('"Stalin\'s loyal executioner"', "real", "Jansen|Petrov"),
    ('"the material of history"', "real", "Sergei Kremlev|Kremlev"),
]

# 5. A protocol of an interrogation in translation: questions and answers, a document quoted, « ».
PROTOCOL = """\
Protocol of interrogation of the accused Gorbunov Ivan Fyodorovich, 14 September 1937 (translation)

Question: You are charged with counter-revolutionary agitation. On 2 August, in the presence of the workers of the sawmill, you said that the Stalin constitution was «a piece of paper for foreigners». Do you admit this?

Answer: I do not deny that there was a conversation. I said that the constitution was good but that in our district it was not observed.

Question: The witness Kulikov testifies that you also said: «Under the tsar the peasant at least owned his cow.» Do you admit this?

Answer: I did not say that. Kulikov has a grudge against me because of the hay.

The protocol has been read to me and recorded correctly from my words. Gorbunov.
"""
PROTOCOL_LABELS: list[Label] = [
    ("«a piece of paper for foreigners»", "real", "Gorbunov|Gorbunov Ivan Fyodorovich"),
    ("«Under the tsar the peasant", "real", "Gorbunov|Gorbunov Ivan Fyodorovich"),
]

SET_S7B: dict[str, tuple[str, list[Label]]] = {
    "wire": (WIRE, WIRE_LABELS),
    "biography": (BIOGRAPHY, BIOGRAPHY_LABELS),
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "review": (REVIEW, REVIEW_LABELS),
    "protocol": (PROTOCOL, PROTOCOL_LABELS),
}
