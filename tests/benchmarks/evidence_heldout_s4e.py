# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The fifth held-out set of round 4 (issue 16), written and labelled by hand after every correction of the
round (those made from evidence_heldout_s4d.py included) and BEFORE any run on it, to measure the final
rules on text they were not made from, and the rules before the round on the same text: a regional
newspaper, a historian's blog post with citations, a camp memoir, a Central Committee resolution with
commentary, and a radio programme's transcript. Invented texts: no corpus file is copied. Format and
labelling decisions as in evidence_heldout_s4.py; measured by measure_evidence_s4.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A regional newspaper: a reburial, a priest, a mayor, a relative, the regional ministry.
REGIONAL = """\
Remains of 43 executed prisoners reburied near Tver

Forty-three sets of remains found last summer on the site of a former NKVD dacha near Tver were reburied on Saturday in a ceremony attended by about two hundred people.

The service was led by Father Dmitry Sokolov, whose great-uncle was shot here in 1938. "We do not know their names yet. God knows them," he said at the graveside.

The search was carried out by volunteers from the local branch of the Memorial society, which was formally dissolved in 2021 but continues to work under other names. Its coordinator, Tatyana Gromova, said the remains had been identified as those of prisoners "by the bullet holes in the back of the skull, which is how the NKVD did it".

The town's mayor, Alexei Orekhov, did not attend. His office said in a statement that he had been "prevented by urgent business". The regional ministry of culture has promised to put up a memorial sign, but gave no date.

Among the mourners was Valentina Kuzmina, 79. Her father, a railway worker, was arrested in 1937 and never came back. "I come to every burial," she said. "One of them may be him."
"""
REGIONAL_LABELS: list[Label] = [
    ('"We do not know their names', "real", "Dmitry Sokolov|Sokolov"),
    ('"by the bullet holes', "real", "Tatyana Gromova|Gromova"),
    ('"prevented by urgent business"', "real", "office|His office"),
    ('"I come to every burial,"', "real", "Valentina Kuzmina|Kuzmina"),
    ('"One of them may be him."', "real", "Valentina Kuzmina|Kuzmina"),
]

# 2. A historian's blog post with author-date citations and narrative citations.
HISTORY_BLOG = """\
Were the kulaks a class?

Soviet propaganda described the kulaks as a class of rural exploiters, and for decades Western historians argued about whether any such class existed. ⟦Lewin (1968)|Lewin|1968|⟧ thought the category was largely invented by the party; ⟦Conquest (1986, 43)|Conquest|1986|43⟧ wrote that "the kulak was whoever the activist wanted him to be". More recent work has been more careful. ⟦Viola shows|Viola||⟧ that local officials often used the label against peasants who had simply quarrelled with the village soviet ⟦(Viola 1996, 51)|Viola|1996|51⟧.

The regime itself was never sure. In 1929 the People's Commissariat of Agriculture issued criteria for identifying kulak households, but a year later Kalinin admitted in a speech that "in many villages the kulak is found where there is none". The confusion was useful: a category without clear borders could be stretched to anyone.

⟦As Lynne Viola puts it|Viola||⟧, "the kulak was a political, not an economic, category" ⟦(Viola 2007, 19)|Viola|2007|19⟧.
"""
HISTORY_BLOG_LABELS: list[Label] = [
    ('"the kulak was whoever', "real", "Conquest"),
    ('"in many villages the kulak', "real", "Kalinin"),
    ('"the kulak was a political', "real", "Lynne Viola|Viola"),
]

# 3. A camp memoir: dialogue with guards and fellow prisoners, pronouns.
CAMP_MEMOIR = """\
In the spring of 1949 I was transferred to a logging camp north of Kotlas. The brigade leader there was a former tank commander called Ilyin, a quiet man with burned hands.

On my first morning he looked at my shoes and shook his head. "You will not last a week in those," he said. That evening he brought me a pair of felt boots. I never learned where he got them.

Our guard, a young Kazakh whose name I never knew, did not shout at us like the others. Once, when a prisoner fell in the snow and could not get up, the guard knelt beside him and said something in his own language. Later I asked Ilyin what it meant. "He said: get up, brother, they are watching," Ilyin told me.

Ilyin was released in 1954. Before he left he gave me his spoon and said only: "Keep it. A man without a spoon is a dead man."
"""
CAMP_MEMOIR_LABELS: list[Label] = [
    ('"You will not last a week', "real", "Ilyin"),
    ('"He said: get up, brother', "real", "Ilyin"),
    ('"Keep it.', "real", "Ilyin"),
]

# 4. A party resolution quoted by a historian, with the committee and a secretary speaking.
RESOLUTION = """\
The resolution of 14 August 1946 on the journals Zvezda and Leningrad

The resolution of the Central Committee accused the two journals of publishing "works alien to the spirit of the party" and singled out Zoshchenko and Akhmatova by name. Zoshchenko was called a writer who had "long specialised in writing empty, meaningless and vulgar things". Akhmatova's poetry was dismissed as that of "a typical representative of empty poetry alien to our people".

Andrei Zhdanov, who presented the resolution to Leningrad writers a few days later, was cruder still. He described Akhmatova as "half nun, half harlot", a phrase he had taken from a critic of the 1920s. The audience, one of those present later recalled, "sat as if turned to stone".

Akhmatova herself said little. To a friend who visited her that autumn she remarked: "Why did they need a tank to crush an ant?"
"""
RESOLUTION_LABELS: list[Label] = [
    ('"works alien to the spirit', "real", "resolution|Central Committee"),
    ('"long specialised in writing', "real", "resolution|Central Committee"),
    ('"a typical representative', "real", "resolution|Central Committee"),
    ('"half nun, half harlot"', "real", "Andrei Zhdanov|Zhdanov"),
    ('"sat as if turned to stone"', "real", "one of those present|one"),
    ('"Why did they need a tank', "real", "Akhmatova"),
]

# 5. A radio programme's transcript: presenter, two guests.
RADIO = """\
PRESENTER: With me are Professor Elena Osipova, who studies the post-war famine, and the writer Boris Kagan, whose family lived through it in Moldova. Professor Osipova, how many people died?

OSIPOVA: The best estimates are between one and one and a half million across the Soviet Union, most of them in Ukraine and Moldova. The government called it "temporary food difficulties" and never admitted it was a famine.

PRESENTER: Boris, your grandmother survived it.

KAGAN: She did. She told me once that the worst thing was not the hunger but the silence. "Nobody wrote about it, so it was as if it had not happened," she said. I wrote my book so that it would have happened.
"""
RADIO_LABELS: list[Label] = [
    ('"temporary food difficulties"', "real", "government|The government"),
    ('"Nobody wrote about it', "real", "grandmother|your grandmother"),
]

SET_S4E: dict[str, tuple[str, list[Label]]] = {
    "regional paper": (REGIONAL, REGIONAL_LABELS),
    "history blog": (HISTORY_BLOG, HISTORY_BLOG_LABELS),
    "camp memoir 2": (CAMP_MEMOIR, CAMP_MEMOIR_LABELS),
    "resolution": (RESOLUTION, RESOLUTION_LABELS),
    "radio": (RADIO, RADIO_LABELS),
}
