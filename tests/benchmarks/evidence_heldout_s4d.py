# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The fourth held-out set of round 4 (issue 16), written and labelled by hand after every correction of the
round (those made from evidence_heldout_s4c.py included) and BEFORE any run on it: an encyclopedia entry
with reference marks, a rights group's press release, a party official's diary, a newspaper interview in
questions and answers, a literary memoir with dialogue and a book chapter with note calls. Invented texts:
no corpus file is copied. Format and labelling decisions as in evidence_heldout_s4.py; measured by
measure_evidence_s4.py.

Round 7: "in X's phrase" is labelled a narrative citation of X, after the lead's decision ("in X's
words/phrase" gives speaker X and a narrative citation of X); it was unlabelled before.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. An encyclopedia entry: reference marks, a subject quoted, others quoted about him.
ENCYCLOPEDIA = """\
Vasily Grossman

Vasily Semyonovich Grossman (1905–1964) was a Soviet writer and journalist. Trained as a chemical engineer, he turned to literature in the early 1930s and became one of the best-known war correspondents of the Red Army.⟦[1]|Garrard|1996|p. 87⟧

War reporting

Grossman spent more than a thousand days at the front, from the retreat of 1941 to the fall of Berlin. His essay "The Hell of Treblinka" (1944) was one of the first accounts of a Nazi death camp in any language and was quoted at the Nuremberg trials.⟦[2]|Beevor|2005|p. 280⟧ Soldiers read his dispatches in Krasnaya Zvezda; one general is said to have told him that his articles were "worth a division".⟦[3]|Garrard|1996|p. 171⟧

Life and Fate

His novel Life and Fate was confiscated by the KGB in 1961. Mikhail Suslov, the party's chief ideologist, told Grossman that the book could not be published for "two or three hundred years".⟦[4]|Beevor|2005|p. xvi⟧ Grossman wrote to Khrushchev asking for the manuscript to be returned: "There is no sense or truth in my present position, in my physical freedom, while the book to which I have given my life is in prison."⟦[5]|Garrard|1996|p. 268⟧ He received no answer.

References

^ Garrard, John; Garrard, Carol (1996). The Bones of Berdichev. Free Press. p. 87.
^ Beevor, Antony; Vinogradova, Luba (2005). A Writer at War. Pantheon. p. 280.
^ Garrard & Garrard (1996), p. 171.
^ Beevor & Vinogradova (2005), p. xvi.
^ Garrard & Garrard (1996), p. 268.
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"The Hell of Treblinka"', "scare", None),
    ('"worth a division"', "real", "general|one general"),
    ('"two or three hundred years"', "real", "Mikhail Suslov|Suslov"),
    ('"There is no sense or truth', "real", "Grossman"),
]

# 2. A press release of a rights group: its own voice, a lawyer, a court.
PRESS_RELEASE = """\
Press release, 9 November 2023

Court orders the destruction of a database of Gulag prisoners

Today the Khamovnichesky district court of Moscow ordered the deletion of the "Open List" database, which contains biographical information on more than 300,000 victims of political repression. The court found that the database "violates the right of the relatives of the repressed to privacy".

"The court has ordered us to forget the victims a second time," said Daria Lebedeva, the project's coordinator. "We will appeal, and we will keep the list."

The project's lawyer, Grigory Vaypan, said that the plaintiff, a grandson of an NKVD officer, had not shown that any information in the database was false. He described the ruling as "a precedent that threatens every archive in the country".

For more information, contact press@example.org.
"""
PRESS_RELEASE_LABELS: list[Label] = [
    ('"Open List"', "scare", None),
    ('"violates the right', "real", "court|The court"),
    ('"The court has ordered us', "real", "Daria Lebedeva|Lebedeva"),
    ('"We will appeal', "real", "Daria Lebedeva|Lebedeva"),
    ('"a precedent that threatens', "real", "Grigory Vaypan|Vaypan"),
]

# 3. A party official's diary: the official, his superiors, his wife.
OFFICIAL_DIARY = """\
From the diary of a district party secretary, Smolensk region, 1937 (extracts)

2 June. Bureau meeting until two in the morning. The regional secretary, comrade Rumyantsev, has been removed. Nobody says it aloud. Korotchenko, the new man, opened the meeting by saying that "the enemy has been sitting in this very room". I looked at the floor.

5 June. Our chairman of the executive committee, Platonov, came to my office and closed the door. He asked me whether I had "any papers of Rumyantsev's" at home. I said no. It is the truth.

14 June. Lena cannot sleep. Last night she asked me what we would do if they came. "Pack the children's warm things," I told her. She laughed, and then she cried.
"""
OFFICIAL_DIARY_LABELS: list[Label] = [
    ('"the enemy has been sitting', "real", "Korotchenko"),
    ('"any papers of Rumyantsev', "real", "Platonov"),
    ('"Pack the children', "real", "I"),
]

# 4. A newspaper interview, questions and answers, the answers quoting others.
INTERVIEW = """\
"The archive is a conversation with the dead": an interview with the historian Nikita Petrov

The historian Nikita Petrov has spent thirty years in the archives of the Soviet security services. We spoke to him in Moscow.

You have written that the archives are closing again. What has changed?

In the 1990s you could sit in the reading room of the FSB archive and read the files of the executioners. Today you get a letter saying that the documents are "not subject to declassification". That is all. No reason is given.

Your critics say you are obsessed with the past.

Let them say it. My teacher, Arseny Roginsky, used to tell us: "A country that does not know its history will repeat it, but worse." I think he was right.

What do you say to young historians?

Learn to read the handwriting of the 1930s. And be patient.
"""
INTERVIEW_LABELS: list[Label] = [
    ('"The archive is a conversation', "real", "Nikita Petrov|Petrov"),
    ('"not subject to declassification"', "real", "letter"),
    ('"A country that does not know', "real", "Arseny Roginsky|Roginsky"),
]

# 5. A literary memoir with dialogue lines as their own paragraphs.
LITERARY_MEMOIR = """\
I met Anna Akhmatova only once, in the winter of 1958, at the flat of friends on the Ordynka. She was sitting in an armchair by the window, very straight, and she did not get up when we came in.

"You are the young man who writes poems," she said. It was not a question.

"I try," I said.

"Everyone tries. Read me something."

I read two poems. She listened with her eyes closed. When I finished, she was silent for a long time. Then she said that the second poem was "almost honest", and I have been grateful to her for that "almost" ever since.
"""
LITERARY_MEMOIR_LABELS: list[Label] = [
    ('"You are the young man', "real", "Anna Akhmatova|Akhmatova"),
    ('"I try,"', "real", "I"),
    ('"Everyone tries.', "real", "Anna Akhmatova|Akhmatova"),
    ('"almost honest"', "real", "Anna Akhmatova|Akhmatova"),
    ('"almost"', "scare", None),
]

# 6. A book chapter with note calls after punctuation and narrative citations.
CHAPTER = """\
Chapter 3
The Return

Between 1953 and 1956 some four million prisoners left the camps. Their return was, in ⟦Miriam Dobson's phrase|Dobson||⟧, "a social experiment nobody had planned".⟦1|Dobson|2009|4⟧ Local officials complained that the returnees were "spreading demoralisation", and the police files of the period are full of reports of theft and drunkenness.⟦2|GARF||f. 9401, op. 2, d. 450, l. 12⟧

Not everyone saw the returnees as a danger. ⟦Stephen Cohen, who interviewed many of them in the 1980s, found|Cohen||⟧ that most wanted only "to be left alone and to work".⟦3|Cohen|2010|37⟧ The writer Lev Razgon, himself a returnee, remembered that his neighbours "did not ask and did not want to know".⟦4|Razgon|1989|211⟧

Notes

1. Miriam Dobson, Khrushchev's Cold Summer (Ithaca: Cornell University Press, 2009), 4.
2. GARF, f. 9401, op. 2, d. 450, l. 12.
3. Stephen F. Cohen, The Victims Return (Exeter, NH: Publishing Works, 2010), 37.
4. Lev Razgon, Nepridumannoe (Moscow: Kniga, 1989), 211.
"""
CHAPTER_LABELS: list[Label] = [
    ('"a social experiment nobody', "real", "Miriam Dobson|Dobson"),
    ('"spreading demoralisation"', "real", "officials|Local officials"),
    ('"to be left alone and to work"', "real", None),
    ('"did not ask and did not want', "real", "Lev Razgon|Razgon"),
]

SET_S4D: dict[str, tuple[str, list[Label]]] = {
    "encyclopedia 5": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "press release": (PRESS_RELEASE, PRESS_RELEASE_LABELS),
    "official diary": (OFFICIAL_DIARY, OFFICIAL_DIARY_LABELS),
    "interview 2": (INTERVIEW, INTERVIEW_LABELS),
    "literary memoir": (LITERARY_MEMOIR, LITERARY_MEMOIR_LABELS),
    "chapter 5": (CHAPTER, CHAPTER_LABELS),
}
