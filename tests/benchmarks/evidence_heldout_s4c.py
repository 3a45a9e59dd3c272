# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The third held-out set of round 4 (issue 16), written and labelled by hand after the corrections made from
evidence_heldout_s4.py and evidence_heldout_s4b.py, and BEFORE any run on it: a wartime diary, a KGB
report with an editor's note, a news feature, a conference report with narrative citations, letters to the
editor, a translated German memoir with „“ and a podcast transcript. Invented texts: no corpus file is
copied. Format and labelling decisions as in evidence_heldout_s4.py; measured by measure_evidence_s4.py.
One citation left unlabelled when written ("As the historian Elena Zubkova has written") was marked after
the first run, which counted it as a false find.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wartime diary: the diarist quotes people around her.
DIARY = """\
From the diary of Olga Berggolts's neighbour, Leningrad, winter 1941–1942 (extracts)

12 December. Minus twenty-eight. The bread ration was cut again. In the queue a woman in a man's coat said loudly that the Germans "eat better in their trenches than we do in our flats". Nobody answered her. A militiaman came and wrote down her name.

15 December. Aunt Masha did not get up this morning. I sat with her until noon. She asked me to "take the cards before anyone else does". Then she slept.

3 January. Radio: Comrade Zhdanov spoke. He said that the city "has withstood and will withstand". Vera Petrovna, who shares our kitchen, laughed when she heard it. "Let him come and withstand in our kitchen," she said.

20 January. Sasha came back from the front line at Pulkovo, thin and silent. I asked him what it was like. "Like here, only they shoot," he answered.
"""
DIARY_LABELS: list[Label] = [
    ('"eat better in their trenches', "real", "woman|a woman in a man's coat"),
    ('"take the cards', "real", "Aunt Masha|Masha"),
    ('"has withstood and will', "real", "Zhdanov"),
    ('"Let him come and withstand', "real", "Vera Petrovna"),
    ('"Like here, only they shoot,"', "real", "Sasha"),
]

# 2. A KGB report to the Central Committee, with the editors' note.
KGB = """\
To the Central Committee of the CPSU. Special report on the mood of the intelligentsia in connection with the trial of Sinyavsky and Daniel, 14 February 1966

Among the writers of Moscow the trial has been discussed widely. The poet A. Voznesensky, in a conversation with acquaintances, said that the verdict "will be remembered longer than the books". The critic L. Chukovskaya is collecting signatures for a letter of protest; according to our source, she told a group of writers that "silence now would be complicity".

At the same time, many writers approve of the sentence. The secretary of the Writers' Union, comrade Markov, stated at a meeting of the party bureau that Sinyavsky and Daniel had "betrayed the Soviet reader". His statement was supported unanimously.

Chairman of the KGB V. Semichastny

Editors' note. The letter mentioned in the report, signed by sixty-two writers, asked the congress to release the two writers "on bail". It was never answered. Chukovskaya later wrote in her diary that the report on her had been "accurate, as such reports go".
"""
KGB_LABELS: list[Label] = [
    ('"will be remembered longer', "real", "A. Voznesensky|Voznesensky"),
    ('"silence now would be', "real", "L. Chukovskaya|Chukovskaya"),
    ('"betrayed the Soviet reader"', "real", "Markov"),
    ('"on bail"', "real", "letter"),
    ('"accurate, as such reports go"', "real", "Chukovskaya"),
]

# 3. A news feature: a village, a historian, an official, a descendant.
FEATURE = """\
In a Siberian village, descendants of exiles build their own museum

KOLPASHEVO, Russia — The museum occupies two rooms of a former school. On the walls hang photographs of families deported here from Ukraine and the Baltic states in the 1930s and 1940s, most of them taken after the survivors were allowed to leave.

"People come here and find their grandparents," said Galina Krasnova, 64, a retired teacher who runs the museum without pay. Her own grandfather, a Lithuanian farmer, was deported in 1941 and died in the first winter.

The district administration has been cautious. A spokeswoman, Irina Lavrova, said the museum was "a private initiative" and that the district had "neither supported nor obstructed it". Asked whether the administration would help with the roof, which leaks, she said the question was "under consideration".

Historians say such local museums are often the only place where the deportations are remembered. "The state remembers the victory. The villages remember the exile," said Viktor Zemskov, a historian in Tomsk who has studied the special settlements. He estimates that more than 20,000 people passed through the district.

For Krasnova, the work is personal. She keeps her grandfather's only letter in a drawer of her desk. In it he wrote to his wife that the taiga was "beautiful and terrible". "He never saw it in summer," she said.
"""
FEATURE_LABELS: list[Label] = [
    ('"People come here', "real", "Galina Krasnova|Krasnova"),
    ('"a private initiative"', "real", "Irina Lavrova|Lavrova"),
    ('"neither supported nor', "real", "Irina Lavrova|Lavrova"),
    ('"under consideration"', "real", "Irina Lavrova|Lavrova"),
    ('"The state remembers', "real", "Viktor Zemskov|Zemskov"),
    ('"beautiful and terrible"', "real", "grandfather|her grandfather"),
    ('"He never saw it', "real", "Krasnova|Galina Krasnova"),
]

# 4. A conference report: scholars cited in the text and in brackets.
CONFERENCE = """\
Conference report: "Hunger and Power in the Soviet Union", Bremen, 12–14 May 2023

The conference brought together some forty historians from eleven countries. In her opening lecture, ⟦Sarah Cameron argued|Cameron||⟧ that the Kazakh famine of 1930–1933 must be understood as "a catastrophe of sedentarisation, not only of requisition" ⟦(Cameron 2018, 7)|Cameron|2018|7⟧. Several speakers took up her argument. ⟦Niccolò Pianciola|Pianciola||⟧, whose work on the Kazakh steppe ⟦(Pianciola 2009)|Pianciola|2009|⟧ remains fundamental, questioned whether the regime had a policy towards the nomads at all.

The second day was devoted to Ukraine. ⟦Andrea Graziosi restated|Graziosi||⟧ his view that the famine became "national" after the autumn of 1932, while ⟦Stephen Wheatcroft insisted|Wheatcroft||⟧ that the grain figures "do not allow us to speak of intent". The discussion was lively but courteous.

In the closing discussion, several participants asked how the field should speak to the public. One younger scholar from Kyiv put it bluntly: "We are writing for each other while the politicians write for everyone."
"""
CONFERENCE_LABELS: list[Label] = [
    ('"Hunger and Power', "scare", None),
    ('"a catastrophe of sedentarisation', "real", "Sarah Cameron|Cameron"),
    ('"national"', "scare", None),
    ('"do not allow us', "real", "Stephen Wheatcroft|Wheatcroft"),
    ('"We are writing for each other', "real", "scholar|One younger scholar from Kyiv"),
]

# 5. Letters to the editor: each letter a voice, quoting the article and others.
LETTERS = """\
Letters

Sir, — Your correspondent writes that the Solovetsky Stone "belongs to the past". Tell that to the people who gather there every October to read the names. My father was among those names. — Tamara Volkova, Moscow

Sir, — I was surprised to read Professor Orlov's claim that the famine of 1946 "has been forgotten". My mother spoke of it every winter of her life. "We ate the bark of the lime trees," she told me, "and we were the lucky ones." — Nikolai Shestakov, Kursk

Sir, — Mr Shestakov is right. But forgetting is not an accident. ⟦As the historian Elena Zubkova has written|Zubkova||⟧, the post-war years were "deliberately left out of the story of victory". — Irina Gordeeva, St Petersburg
"""
LETTERS_LABELS: list[Label] = [
    ('"belongs to the past"', "real", "correspondent|Your correspondent"),
    ('"has been forgotten"', "real", "Orlov|Professor Orlov"),
    ('"We ate the bark', "real", "mother|My mother"),
    ('"and we were the lucky ones."', "real", "mother|My mother"),
    ('"deliberately left out', "real", "Elena Zubkova|Zubkova"),
]

# 6. A German memoir in translation, keeping „“ for quoted speech.
GERMAN_MEMOIR = """\
From the memoirs of a German prisoner of war, Karaganda, 1946 (translated)

In the spring of 1946 a new commandant arrived, Major Sokolov. On his first day he had us assembled on the parade ground and said through the interpreter: „Those who work will eat. Those who do not work will also eat, but less.“ Some of the men laughed. The interpreter, a Volga German named Heinrich Lutz, did not translate the laughter.

Our brigade worked in the mine. The Russian foreman, a former prisoner himself, was not unkind. When our friend Kurt collapsed at the coal face, the foreman carried him out on his back and said to us: „He is a person too.“

In the evenings we talked about home. Kurt, who had been a teacher in Dresden, always said the same thing: „When we get back, nobody will believe us.“ He was right. When I came home in 1949, my own brother asked me whether it had really been „so bad“.
"""
GERMAN_MEMOIR_LABELS: list[Label] = [
    ("„Those who work will eat.", "real", "Major Sokolov|Sokolov"),
    ("„He is a person too.“", "real", "foreman|The Russian foreman"),
    ("„When we get back", "real", "Kurt"),
    ("„so bad“", "real", "brother|my own brother"),
]

# 7. A podcast transcript with a host and a guest.
PODCAST = """\
Episode 41: The doctors' plot — transcript

HOST: Today I'm talking to the historian Maria Lebedeva about the so-called doctors' plot of 1953. Maria, welcome.

LEBEDEVA: Thank you for having me.

HOST: Let's start with the announcement itself. What did Pravda actually say?

LEBEDEVA: On 13 January Pravda published a short report under the headline "Vicious spies and killers under the mask of academic physicians". The doctors were accused of trying to "cut short the lives of active public figures". It was a signal, and everybody understood it.

HOST: And how did people react?

LEBEDEVA: With fear, mostly. A woman I interviewed in Kharkiv told me that her mother, a pharmacist, stopped going to work. "She said people looked at her as if she had poisoned their children," she told me.
"""
PODCAST_LABELS: list[Label] = [
    ('"Vicious spies and killers', "scare", None),
    ('"cut short the lives', "real", "Pravda|report"),
    ('"She said people looked', "real", "woman|A woman I interviewed in Kharkiv"),
]

SET_S4C: dict[str, tuple[str, list[Label]]] = {
    "diary": (DIARY, DIARY_LABELS),
    "kgb report 2": (KGB, KGB_LABELS),
    "feature": (FEATURE, FEATURE_LABELS),
    "conference": (CONFERENCE, CONFERENCE_LABELS),
    "letters": (LETTERS, LETTERS_LABELS),
    "german memoir": (GERMAN_MEMOIR, GERMAN_MEMOIR_LABELS),
    "podcast": (PODCAST, PODCAST_LABELS),
}
