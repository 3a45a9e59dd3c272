# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The second held-out set of round 4 (issue 16), written and labelled by hand after every rule change of the
round and BEFORE any run on it: a court report, an obituary, a book review with narrative citations, an
oral-history transcript, a parliamentary debate, a textbook sidebar and a blog post with comments. Invented
texts: no corpus file is copied. Format and labelling decisions as in evidence_heldout_s4.py; measured by
measure_evidence_s4.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A court report: judge, lawyers, defendant, a statement by a rights group.
COURT = """\
Court upholds ban on Gulag history exhibition

A district court in Tomsk on Monday upheld a ban on a travelling exhibition about the Gulag, rejecting an appeal by the museum that organised it.

Judge Alexander Frolov said the exhibition had been rightly closed because its organisers had not obtained "the necessary permits for public events". The museum's lawyer, Natalia Sedova, told the court that no permit had ever been required for an exhibition held inside a building. "We are being punished for the subject, not for the paperwork," she said after the hearing.

The prosecutor's office had argued that several of the exhibits "distort the history of the Soviet state". Its representative, Pavel Ignatov, declined to say which ones. Asked by reporters whether the photographs of prisoners were among them, he replied: "The court has the list."

The museum's director, Oksana Belova, who founded it in 1999, said she would take the case to the Supreme Court. The Moscow-based rights group OVD-Info called the ruling "another step in the nationalisation of memory".
"""
COURT_LABELS: list[Label] = [
    ('"the necessary permits', "real", "Alexander Frolov|Frolov"),
    ('"We are being punished', "real", "Natalia Sedova|Sedova"),
    ('"distort the history', "real", "prosecutor's office|office"),
    ('"The court has the list."', "real", "Pavel Ignatov|Ignatov"),
    ('"another step in the', "real", "OVD-Info|group"),
]

# 2. An obituary: the subject's own words, a colleague, a family member; pronouns across sentences.
OBITUARY = """\
Yelena Mikhailovna Zhemkova, archivist, 1938–2024

Yelena Zhemkova, who spent forty years cataloguing the files of the Leningrad NKVD, has died at the age of 86.

She was born in Leningrad in 1938, three months after her father, an engineer at the Kirov works, was shot as a "Polish spy". She learned the truth about his death only in 1989, when she was allowed to read his file. "I had imagined him in a camp for fifty years. He had been dead for fifty years," she told an interviewer in 1996.

Colleagues remember her patience. Her former student Dmitry Orekhov, now director of the regional archive, recalled that she would spend a whole day on a single name. "She used to say that every file was a person waiting to be found," he said.

She is survived by her daughter, Anna. "My mother never raised her voice," Anna Zhemkova said. "She had no need to."
"""
OBITUARY_LABELS: list[Label] = [
    ('"Polish spy"', "scare", None),
    ('"I had imagined him', "real", "Yelena Zhemkova|Zhemkova"),
    ('"She used to say', "real", "Dmitry Orekhov|Orekhov"),
    ('"My mother never raised', "real", "Anna Zhemkova|Anna"),
    ('"She had no need to."', "real", "Anna Zhemkova|Anna"),
]

# 3. A book review: the reviewed author quoted, other scholars cited in brackets and in the text.
REVIEW = """\
Review: The Village and the State, 1929–1933, by Maria Kuznetsova

Kuznetsova's book sets out to answer a question that has divided historians since the archives opened: did the collective farm destroy the Russian village, or did the village survive inside it? Her answer is cautious. The village, she argues, "bent but did not break" ⟦(p. 14)|Kuznetsova||p. 14⟧.

Kuznetsova builds on Lynne Viola's work on peasant resistance, but she is more interested in accommodation than in revolt. ⟦As Fitzpatrick showed|Fitzpatrick||⟧ a generation ago, peasants learned to use the kolkhoz for their own ends ⟦(Fitzpatrick 1994, 128)|Fitzpatrick|1994|128⟧. Kuznetsova adds the evidence of some three hundred petitions from the Ryazan region. One kolkhoznik wrote to Kalinin in 1931 that "the brigade leader takes our eggs and calls it a plan"; another asked simply "whether the Soviet power knows".

The weakest chapter is the one on the famine. Here Kuznetsova relies heavily on ⟦Davies and Wheatcroft (2004)|Davies and Wheatcroft|2004|⟧ and adds little. Her claim that the Ryazan region "escaped the worst" needs more support than the two reports she cites.

These are small complaints. ⟦Graziosi has written|Graziosi||⟧ that the history of collectivisation is "a history of a war" ⟦(Graziosi 1996, 3)|Graziosi|1996|3⟧. ⟦Kuznetsova shows|Kuznetsova||⟧ what the peace after that war looked like.
"""
REVIEW_LABELS: list[Label] = [
    ('"bent but did not break"', "real", "Maria Kuznetsova|Kuznetsova"),
    ('"the brigade leader takes', "real", "kolkhoznik|One kolkhoznik"),
    ('"whether the Soviet power', "real", "another"),
    ('"escaped the worst"', "real", "Maria Kuznetsova|Kuznetsova"),
    ('"a history of a war"', "real", "Graziosi"),
]

# 4. An oral-history transcript: interviewer and narrator, the narrator quoting others.
ORAL = """\
Interview with Pyotr Semyonovich Gavrilov (born 1927), recorded in Vologda, 14 June 2003

Interviewer: What do you remember of the war years in the village?

Gavrilov: Hunger, mostly. My mother worked on the kolkhoz from dawn to dark. In the evening she would sit at the table and say: "At least nobody is shooting here." She said it every evening, like a prayer.

Interviewer: And your father?

Gavrilov: He was at the front. We had two letters from him in four years. In the second one he wrote that he was "alive, and that is already a lot". Then nothing. In 1946 a man from his regiment came to the village. He told my mother that my father had died near Königsberg. "He did not suffer," he said. My mother thanked him and gave him tea.

Interviewer: Did anyone speak about Stalin at home?

Gavrilov: Not at home. At school the teacher, Anna Fyodorovna, told us that Stalin "thinks about every one of you". I believed it. I was a boy.
"""
ORAL_LABELS: list[Label] = [
    ('"At least nobody is shooting', "real", "mother|My mother"),
    ('"alive, and that is already', "real", "father|my father"),
    ('"He did not suffer,"', "real", "man|a man from his regiment"),
    ('"thinks about every one', "real", "Anna Fyodorovna|teacher"),
]

# 5. A parliamentary debate as summarised by a newspaper: several speakers, party names, a minister.
DEBATE = """\
Deputies clash over archive access law

The State Duma on Wednesday passed in its first reading a bill that would extend the secrecy period for security service files from 75 to 100 years.

Presenting the bill, Deputy Andrei Lugovoi of the Liberal Democratic Party said it would protect "the personal data of the grandchildren of those who served". Sergei Shargunov of the Communist Party supported the bill but proposed an amendment; the files, he argued, should be opened "to relatives without any conditions".

The only deputy from the Yabloko party to speak, Irina Mironova, called the bill "a law on forgetting". "You are not protecting the grandchildren of the executioners. You are protecting the executioners," she told the chamber, to protests from the benches of the ruling party.

The minister of justice, Konstantin Chuichenko, told deputies the government "has no objections in principle". The bill passed by 312 votes to 24.
"""
DEBATE_LABELS: list[Label] = [
    ('"the personal data of', "real", "Andrei Lugovoi|Lugovoi"),
    ('"to relatives without', "real", "Sergei Shargunov|Shargunov"),
    ('"a law on forgetting"', "real", "Irina Mironova|Mironova"),
    ('"You are not protecting', "real", "Irina Mironova|Mironova"),
    ('"has no objections', "real", "Konstantin Chuichenko|Chuichenko"),
]

# 6. A textbook sidebar with a source box (a block quotation with an attribution line) and labels.
SIDEBAR = """\
Source focus: the Stakhanovite movement

In August 1935 the miner Alexei Stakhanov cut 102 tonnes of coal in a single shift, fourteen times the norm. The press turned him into a hero, and the "Stakhanovite" movement spread to every branch of industry. Not every worker welcomed it. Higher output for a few meant higher norms for everyone, and in some factories Stakhanovites were beaten up by their workmates.

Stalin spoke about the movement at the first all-Union conference of Stakhanovites in November 1935:

Life has become better, comrades. Life has become more joyous. And when life is joyous, work goes well.

— J. V. Stalin, speech of 17 November 1935

Questions: 1. Why did the regime publicise Stakhanov's record? 2. What does Stalin mean by "life has become more joyous"? 3. Why might ordinary workers have resented the "heroes of labour"?
"""
SIDEBAR_LABELS: list[Label] = [
    ('"Stakhanovite"', "scare", None),
    ("Life has become better", "block", "Stalin|J. V. Stalin"),
    ('"life has become more joyous"', "real", "Stalin"),
    ('"heroes of labour"', "scare", None),
]

# 7. A blog post with reader comments; the post quotes a memoir and a historian.
BLOG = """\
The letters my great-grandfather never sent

Posted on 3 May 2022 by Katya Smirnova

Last year my aunt found a bundle of letters in the attic of the family dacha. They were written by my great-grandfather, Mikhail Smirnov, from a labour camp in Karaganda between 1938 and 1941, and never sent. In one of them he writes to his wife: "I do not know if you are alive, and you do not know if I am."

I showed the letters to a historian at the local university, Dr Sergei Rudnev. He told me that unsent letters are rare, because prisoners who kept them risked a new sentence. "Your great-grandfather was either very brave or very lonely," he said.

5 comments

Olga P.
4 May 2022 at 10:15

Thank you for sharing this. My grandmother also wrote letters she never sent. We found them after she died.

Reply

Viktor
4 May 2022 at 18:40

Have you thought of giving them to Memorial? They collect exactly this kind of document.

Reply
"""
BLOG_LABELS: list[Label] = [
    ('"I do not know if you are alive', "real", "Mikhail Smirnov|Smirnov|he"),
    ('"Your great-grandfather was', "real", "Sergei Rudnev|Rudnev"),
]
BLOG_COMMENTS = [
    ("Olga P.", "Thank you for sharing this.", "We found them after she died."),
    ("Viktor", "Have you thought of", "exactly this kind of document."),
]

SET_S4B: dict[str, tuple[str, list[Label]]] = {
    "court": (COURT, COURT_LABELS),
    "obituary": (OBITUARY, OBITUARY_LABELS),
    "review": (REVIEW, REVIEW_LABELS),
    "oral history": (ORAL, ORAL_LABELS),
    "debate": (DEBATE, DEBATE_LABELS),
    "sidebar": (SIDEBAR, SIDEBAR_LABELS),
    "blog": (BLOG, BLOG_LABELS),
}
COMMENTS_S4B = {"blog": BLOG_COMMENTS}
