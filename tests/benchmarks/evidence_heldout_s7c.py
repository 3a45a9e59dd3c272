# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The third held-out set of round 7 (issue 16), written and labelled by hand after the corrections made
from s7b and BEFORE any run on it: the unseen figure of the round's final rules. A party speech with a block
quotation, a student essay with citations, a local newspaper's interview, an archival summary with „ “,
and a French memoir extract with « ». Invented texts in our own words: no corpus file is copied. Format
and labelling decisions as in evidence_heldout_s4.py; measured by measure_evidence_s7.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A party speech: a block quotation of Lenin after an introduction, a delegate quoted, the enemy's press.
SPEECH = """\
Speech of Comrade N. S. Patolichev at the Chelyabinsk regional party conference, 1948 (extract)

Comrades! In the years of the war the workers of Chelyabinsk gave the front every third tank. Now the party asks of us the same devotion in peaceful labour.

Vladimir Ilyich Lenin, speaking to the Moscow party workers in 1920, said:

We shall work to do away with the accursed rule that every man for himself and God for all. We shall work to make it a habit of the masses that everyone works for all and all for everyone.

These words must become the rule of every shop and every brigade. At the tractor plant I met the turner Comrade Seleznyova, who had fulfilled her norm by 240 per cent. I asked her what her secret was. She laughed and said: "There is no secret. I do not smoke and I do not talk."

The foreign newspapers write that Soviet workers are "driven by fear". Let them come to Chelyabinsk and see for themselves!
"""
SPEECH_LABELS: list[Label] = [
    ("We shall work to do away", "block", "Lenin|Vladimir Ilyich Lenin"),
    ('"There is no secret.', "real", "Seleznyova"),
    ('"driven by fear"', "real", "newspapers|The foreign newspapers"),
]

# 2. A student essay: historians by name and year, a primary source, an essay title in quotation marks.
ESSAY = """\
Was the Great Terror planned from the centre?

For a long time historians disagreed about how far the terror of 1937–1938 was directed from Moscow. The "totalitarian" school, represented by ⟦Conquest (1968)|Conquest|1968|⟧, saw it as the work of one man. The so-called revisionists, on the other hand, stressed the role of local conflicts.

The opening of the archives settled much of this debate. ⟦Khlevniuk (2009)|Khlevniuk|2009|⟧ shows that Order No. 00447 set limits for every region, and that regional leaders asked for these limits to be raised. Stalin's reply to one such request from Omsk was a single word written across the telegram: "Agreed."

Even so, ⟦Getty argues|Getty||⟧ that the centre was reacting to pressure from below as much as directing it. In his view the regional bosses used the terror "to settle scores and to protect themselves" ⟦(Getty 2013, 198)|Getty|2013|198⟧.

In conclusion, the evidence now shows that the terror was planned and controlled by Stalin, though it was carried out by thousands of people with their own reasons.
"""
ESSAY_LABELS: list[Label] = [
    ('"totalitarian"', "scare", None),
    ('"Agreed."', "real", "Stalin"),
    ('"to settle scores', "real", "Getty"),
]

# 3. A local newspaper's interview: a headline, a resident quoted, the reporter's questions, a brother.
INTERVIEW = """\
"We found the pits by the smell of the pines": a retired forester remembers

Anatoly Grebnev, 79, spent forty years in the forests around Levashovo, north of St Petersburg. In 1989 he helped volunteers find the mass graves of those shot in the city's prisons. We met him at his dacha.

How did you know where to look?

"Everyone in the village knew. My father worked at the station, and he told me when I was a boy: 'Don't go past the fence, they bury people there.' Nobody talked about it, but everyone knew."

What happened when the first pits were opened?

"A woman came from Leningrad with a photograph of her husband. She stood there all day. In the evening she said to me, 'Now I know where to bring flowers.' I have never forgotten it."

His brother Viktor, who also worked in the forestry, is less willing to talk. "What is there to say? It was a long time ago," he told us.
"""
INTERVIEW_LABELS: list[Label] = [
    ('"We found the pits', "real", "Anatoly Grebnev|Grebnev"),
    ('"Everyone in the village knew.', "real", "Anatoly Grebnev|Grebnev"),
    ('"A woman came from Leningrad', "real", "Anatoly Grebnev|Grebnev"),
    ('"What is there to say?', "real", "Viktor|His brother Viktor|brother"),
]

# 4. An archival summary in translation: a report's words, a collective farmer, a rumour, a secretary.
SUMMARY = """\
Summary of the political department of the Stalingrad region on the mood of collective farmers, June 1933 (translation)

In the Kotelnikovo district the sowing campaign is being carried out unsatisfactorily. The secretary of the district committee, Comrade Bugaev, explains the delay by „the weakness of the horses after the winter“. The political department considers this explanation insufficient.

In the kolkhoz „Red Plough“ the collective farmer Shevchenko stated at the general meeting: „We will not go to the fields until we are given bread.“ Shevchenko has been arrested.

In several villages rumours are spreading that „the Japanese will come in the autumn and abolish the kolkhozes“. The source of the rumours has not been established.
"""
SUMMARY_LABELS: list[Label] = [
    ("„the weakness of the horses", "real", "Bugaev"),
    ("„Red Plough“", "scare", None),
    ("„We will not go to the fields", "real", "Shevchenko"),
    ("„the Japanese will come", "real", None),
]

# 5. A French memoir extract with « »: a mother, a guard, an old friend, pronouns across paragraphs.
MEMOIR = """\
Ma mère ne parlait jamais du camp. Une seule fois, à Paris, en 1962, elle m'a dit : « Là-bas, on comptait les jours à l'envers. » Je n'ai compris que bien plus tard ce qu'elle voulait dire.

Son amie Irina Pavlovna, qui avait été avec elle à Karaganda, venait nous voir chaque dimanche. Elle racontait tout, au contraire, et riait beaucoup. « Ta mère était la plus courageuse de nous toutes », me répétait-elle.

Un jour, je lui ai demandé ce que disaient les gardiens. Elle a réfléchi, puis a répondu : « Ils disaient toujours la même chose : "Ici, personne ne sort." Ils se trompaient. »
"""
MEMOIR_LABELS: list[Label] = [
    ("« Là-bas, on comptait", "real", "mère|Ma mère|mother"),
    ("« Ta mère était", "real", "Irina Pavlovna|Pavlovna"),
    ("« Ils disaient toujours", "real", "Irina Pavlovna|Pavlovna"),
]

SET_S7C: dict[str, tuple[str, list[Label]]] = {
    "speech": (SPEECH, SPEECH_LABELS),
    "student essay": (ESSAY, ESSAY_LABELS),
    "interview": (INTERVIEW, INTERVIEW_LABELS),
    "archival summary": (SUMMARY, SUMMARY_LABELS),
    "French memoir": (MEMOIR, MEMOIR_LABELS),
}
