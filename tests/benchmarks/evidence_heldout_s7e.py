# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The fifth held-out set of round 7 (issue 16), written and labelled by hand after the corrections made
from s7d and BEFORE any run on it: the unseen figure of the round's final rules. A memoir of a deportation,
a wire report, a student essay, a party speech and an archival report. Invented texts in our own words: no
corpus file is copied. Format and labelling decisions as in evidence_heldout_s4.py; measured by
measure_evidence_s7.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A memoir of a deportation: an officer, a grandmother, a neighbour, dialogue in one paragraph.
MEMOIR = """\
They came for us on the night of 23 February 1944. I was seven. An officer read out a paper in Russian, which my grandmother did not understand, and then said in broken Chechen: "Fifteen minutes. Take food. Not more."

Grandmother did not cry. She wrapped the Koran in a shawl and tied it to her back. Our neighbour Aslan, who was older than me, asked the soldier at the door where we were going. The soldier shrugged. "Where they send you."

On the train a woman from Shali sang all night. When the guard told her to stop, my grandmother answered him for her: "Let her sing. She has nothing else left."
"""
MEMOIR_LABELS: list[Label] = [
    ('"Fifteen minutes.', "real", "officer|An officer"),
    ('"Where they send you."', "real", "soldier|The soldier"),
    ('"Let her sing.', "real", "grandmother|my grandmother"),
]

# 2. A wire report: a court, a lawyer, a prosecutor's office, a daughter, a historian's appositive.
WIRE = """\
Court upholds ban on Gulag memoir at school libraries

MOSCOW, Nov 2 (Reuters) - A Moscow court on Tuesday upheld a decision to remove a memoir by a Gulag survivor from school libraries, ruling that the book contained "scenes unsuitable for minors".

The memoir, by Yevfrosiniya Kersnovskaya, who spent twelve years in camps and exile, describes hunger, violence and the deaths of fellow prisoners. Its removal was requested last year by a parents' committee in the city's Kuntsevo district.

"This is a book about survival, written by a woman who refused to lie," said Natalia Sedova, a lawyer for the publisher. She said the publisher would appeal to the Supreme Court.

The prosecutor's office, which had supported the parents, said in a statement that schools should offer "a balanced picture of the past". Nikita Petrov, a historian and former deputy chairman of Memorial, told Reuters the ruling was "censorship, plain and simple".
"""
WIRE_LABELS: list[Label] = [
    ('"scenes unsuitable for minors"', "real", "court|A Moscow court"),
    ('"This is a book about survival', "real", "Natalia Sedova|Sedova"),
    ('"a balanced picture of the past"', "real", "prosecutor's office|office"),
    ('"censorship, plain and simple"', "real", "Nikita Petrov|Petrov"),
]

# 3. A student essay: sources with years, a primary source, a pronoun for a historian, a title.
ESSAY = """\
How did ordinary people experience the Great Terror?

Historians used to study the terror from above, through the decisions of Stalin and the Politburo. More recent work looks at it from below. ⟦Fitzpatrick (1999)|Fitzpatrick|1999|⟧ describes a society in which denunciation became "a normal part of everyday life", and in which people wrote to the authorities to settle private quarrels.

Diaries give a different picture. In his diary the Moscow schoolboy Lev Fedotov wrote in 1937 that he was "afraid to say anything, even to friends". ⟦Hellbeck (2006)|Hellbeck|2006|⟧ uses diaries like this one to argue that many people tried to become good Soviet citizens; he calls this "working on the self".

In conclusion, the terror was experienced very differently by different people, as books like "The Whisperers" show.
"""
ESSAY_LABELS: list[Label] = [
    ('"a normal part of everyday life"', "real", "Fitzpatrick"),
    ('"afraid to say anything', "real", "Lev Fedotov|Fedotov"),
    ('"working on the self"', "real", "Hellbeck"),
    ('"The Whisperers"', "scare", None),
]

# 4. A party speech: a quotation of Lenin, a worker, an enemy radio, applause.
SPEECH = """\
Comrades! Forty years ago Vladimir Ilyich Lenin said that communism is "Soviet power plus the electrification of the whole country". Today our republic produces more electricity than the whole Russian Empire did in 1913. (Applause.)

But we must not rest. At the Bratsk hydroelectric station I spoke with a young builder, Komsomol member Tatyana Orlova. I asked her why she had come to Siberia. She answered simply: "Because this is where the future is being built." (Prolonged applause.)

Radio Liberty tells its listeners that our young people are "tired of slogans". Let it come to Bratsk and say that to Tatyana Orlova!
"""
SPEECH_LABELS: list[Label] = [
    ('"Soviet power plus', "real", "Lenin|Vladimir Ilyich Lenin"),
    ('"Because this is where', "real", "Tatyana Orlova|Orlova"),
    ('"tired of slogans"', "real", "Radio Liberty"),
]

# 5. An archival report: the head of a department, a prisoner's letter, a rumour, a doctor.
REPORT = """\
Report of the sanitary department of Karlag on the state of the contingent, 4th quarter 1942 (translation)

The mortality of the contingent in the quarter amounted to 1,946 persons. The head of the sanitary department, military doctor Pimenov, explains the growth of mortality by "the arrival of weakened transports from the front-line zone". The norms of food are not being observed in the Dolinka and Spassk sections.

Among the prisoners there are conversations that "the camp will be evacuated further east". The prisoner Zaitseva, in a letter detained by the censorship, writes to her sister: "Do not send anything, it will not reach me."
"""
REPORT_LABELS: list[Label] = [
    ('"the arrival of weakened transports', "real", "Pimenov"),
    ('"the camp will be evacuated', "real", None),
    ('"Do not send anything', "real", "Zaitseva"),
]

SET_S7E: dict[str, tuple[str, list[Label]]] = {
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "wire": (WIRE, WIRE_LABELS),
    "student essay": (ESSAY, ESSAY_LABELS),
    "speech": (SPEECH, SPEECH_LABELS),
    "archival report": (REPORT, REPORT_LABELS),
}
