# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The second held-out set of round 5 (issue 16), written and labelled by hand after every correction of the
round and BEFORE any run on it, to give the honest unseen figure of the round's final rules: a court
report, a diary, a book review with page citations, and the stenogram of a meeting. Invented texts in our
own words: no corpus file is copied. Format and labelling decisions as in evidence_heldout_s4.py; measured
by measure_evidence_s5.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A court report: a judge, a prosecutor, the defendant, a defence lawyer, a witness, an expert's report.
COURT = """\
Historian fined over post about wartime deportations

KRASNODAR — A district court on Monday fined a local historian 30,000 roubles for what prosecutors called "the rehabilitation of Nazism" in a social media post about the deportation of the Karachai in 1943.

Judge Irina Bessonova ruled that the post by Pavel Zotov, 58, a retired schoolteacher, had "distorted the role of the Soviet state in the war years". The prosecutor, Dmitry Lapin, had asked for a fine of 50,000 roubles, telling the court that the defendant "presents the enemies of the people as victims".

Zotov, who has written two books on the North Caucasus, denied the charge. "Everything I wrote is in the documents of the NKVD itself. If that is a crime, then the archive is a criminal," he told the court in his final statement.

His lawyer, Marina Galkina, said they would appeal. The expert report on which the prosecution relied had been written, she said, by a linguist "who has never opened a single archival file". Outside the courthouse she told reporters: "The court did not ask whether the post was true. It asked only whether it was convenient."

A witness for the defence, the Karachai elder Ismail Bayramukov, described how his mother had been loaded onto a truck with four children. "They gave us twenty minutes. My mother took the Koran and a sack of flour," he said.
"""
COURT_LABELS: list[Label] = [
    ('"the rehabilitation of Nazism"', "real", "prosecutors"),
    ('"distorted the role', "real", "Irina Bessonova|Bessonova"),
    ('"presents the enemies', "real", "Dmitry Lapin|Lapin"),
    ('"Everything I wrote', "real", "Pavel Zotov|Zotov"),
    ('"who has never opened', "real", "Marina Galkina|Galkina"),
    ('"The court did not ask', "real", "Marina Galkina|Galkina"),
    ('"They gave us twenty minutes', "real", "Ismail Bayramukov|Bayramukov"),
]

# 2. A diary: the writer's husband, a neighbour, a radio announcement, pronouns across entries.
DIARY = """\
22 June 1941. At noon Molotov spoke on the radio. Kolya stood by the window the whole time and did not sit down. When it was over he said: "So. It has begun." Our neighbour Vera Ignatievna came in crying; her son is on the border near Brest. She kept saying, "He wrote only last week that everything was quiet."

The announcement ended with the words "Our cause is just. The enemy will be defeated. Victory will be ours." Everyone in the courtyard repeated them afterwards, as if they were a prayer.

25 June. Kolya has gone to the recruiting office. The officer there told him that men of his age "will be called when they are needed" and sent him home. He is furious. "They do not need an engineer with bad eyes," he said at supper, and laughed, but not happily.

3 July. Stalin spoke today. He called us "brothers and sisters", which he has never done before. Vera Ignatievna says it means things are very bad. I think she is right.
"""
DIARY_LABELS: list[Label] = [
    ('"So. It has begun."', "real", "Kolya"),
    ('"He wrote only last week', "real", "Vera Ignatievna|Ignatievna"),
    ('"Our cause is just.', "real", "announcement|Molotov"),
    ('"will be called when', "real", "officer|The officer"),
    ('"They do not need an engineer', "real", "Kolya"),
    ('"brothers and sisters"', "real", "Stalin"),
]

# 3. A book review: the book's author quoted with page numbers, another scholar, a reviewer's scare quotes.
REVIEW = """\
Review: Bread and Order: Rationing in Leningrad, 1941–1953, by ⟦Anna Kovaleva (Toronto, 2022)|Kovaleva|2022|⟧

Anna Kovaleva's study of rationing in Leningrad is the first to follow the system from the blockade to the end of Stalin's rule. Her central claim is that the ration card was "the most important document a Soviet citizen possessed" ⟦(p. 4)|Kovaleva||p. 4⟧, more important in practice than the internal passport. The argument is carefully made and mostly convincing.

Kovaleva is at her best on the "dependants", the category of non-working adults who received the smallest ration. She shows that the category was "a sentence of slow death" during the first blockade winter ⟦(p. 88)|Kovaleva||p. 88⟧, and that officials knew it. A district official quoted in chapter three complained in December 1941 that his office could "no longer distinguish between the living and the dead" on its lists ⟦(p. 97)|Kovaleva||p. 97⟧.

The book is less sure-footed on the post-war years. ⟦Kovaleva argues|Kovaleva||⟧ that the abolition of rationing in December 1947 was "a political performance rather than an economic decision" ⟦(p. 211)|Kovaleva||p. 211⟧, but she engages too little with ⟦Filtzer (2010)|Filtzer|2010|⟧, who reaches a similar conclusion by a different route. ⟦Zubkova, too, has written|Zubkova||⟧ of the reform as a "symbolic victory over hunger" ⟦(Zubkova 1998, 58)|Zubkova|1998|58⟧.

These are minor complaints. This is a humane and careful book, and its last sentence deserves quoting: "The ration card told every citizen, every day, how much the state thought they were worth" ⟦(p. 240)|Kovaleva||p. 240⟧.
"""
REVIEW_LABELS: list[Label] = [
    ('"the most important document', "real", "Anna Kovaleva|Kovaleva"),
    ('"dependants"', "scare", None),
    ('"a sentence of slow death"', "real", "Anna Kovaleva|Kovaleva"),
    ('"no longer distinguish', "real", "official|A district official"),
    ('"a political performance', "real", "Anna Kovaleva|Kovaleva"),
    ('"symbolic victory over hunger"', "real", "Zubkova"),
    ('"The ration card told', "real", "Anna Kovaleva|Kovaleva"),
]

# 4. A stenogram of a meeting: turn labels, a letter read out, a speaker quoting another.
STENOGRAM = """\
Stenogram of the meeting of the party bureau of the Kirov Works, 14 March 1949 (extract)

Chairman (Comrade Fedotov): We have a letter from the shop committee of the forge. I will read it. "We ask the bureau to review the dismissal of the foreman Grigoriev, who has worked at the plant for twenty-two years and was dismissed without explanation." Who wishes to speak?

Comrade Sizova: I know Grigoriev. He is a good worker. But he said in the canteen, in front of everyone, that the new norms were "written by people who have never held a hammer". That is not a small thing.

Comrade Lebedev: Comrade Sizova repeats what she heard. I was there. Grigoriev said only that the norms were "hard for the older men". I ask that this be written into the record.

Chairman: It will be written. The bureau will decide on Thursday.
"""
STENOGRAM_LABELS: list[Label] = [
    ('"We ask the bureau', "real", "shop committee|committee|letter"),
    ('"written by people who', "real", "Grigoriev"),
    ('"hard for the older men"', "real", "Grigoriev"),
]

SET_S5B: dict[str, tuple[str, list[Label]]] = {
    "court report": (COURT, COURT_LABELS),
    "diary": (DIARY, DIARY_LABELS),
    "book review": (REVIEW, REVIEW_LABELS),
    "stenogram": (STENOGRAM, STENOGRAM_LABELS),
}
