# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The held-out set of round 7 (issue 16), written and labelled by hand BEFORE any run on it and before any
rule of this round changed: a wire report, a party speech with a block quotation, a memoir, an archival
report in translation with « » and „ “, a polemical article, an encyclopedia page, an interview and a
student essay. Invented texts in our own words: no corpus file is copied. Format and labelling decisions as
in evidence_heldout_s4.py; measured by measure_evidence_s7.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wire report: appositions, a place that reads like a name, a spokesman, "he added", a statement.
WIRE = """\
Lithuania opens KGB archive to the public

VILNIUS, Sept 14 (AP) - Lithuania on Thursday opened to the public the last closed section of the former KGB archive in Vilnius, some 40,000 files on informers recruited between 1960 and 1990.

Culture Minister Simonas Kairys called the decision "the end of a long silence". Speaking at the archive's reading room, he said that the files would be available to anyone with a passport. "We do not open them to take revenge. We open them so that nobody can lie about them again," he added.

Not everyone welcomed the move. Arvydas Anušauskas, a historian and former member of parliament, warned that the files were "written by the KGB, for the KGB" and should not be read as a plain record of what people did. Many informers, he said, had been recruited under threat.

The Genocide and Resistance Research Centre, which holds the archive, said in a statement that it had "no intention of publishing lists of names". Its director, Rūta Vaitkienė, told AP that researchers would have to sign an undertaking. "The law protects the victims first," she said.

In Kaunas, where several hundred families were deported in 1948, the reaction was mixed. Ona Petrauskienė, 84, whose father was arrested that year, said she would not look for his file. "I know who did it. I do not need a paper to tell me," she said.

Estonia and Latvia have opened similar archives. Latvia's decision in 2018 caused what one Riga newspaper called "a week of small earthquakes" as names of public figures appeared.
"""
WIRE_LABELS: list[Label] = [
    ('"the end of a long silence"', "real", "Simonas Kairys|Kairys"),
    ('"We do not open them', "real", "Simonas Kairys|Kairys"),
    ('"written by the KGB', "real", "Arvydas Anušauskas|Anušauskas"),
    ('"no intention of publishing', "real", "Genocide and Resistance Research Centre|Centre"),
    ('"The law protects', "real", "Rūta Vaitkienė|Vaitkienė"),
    ('"I know who did it.', "real", "Ona Petrauskienė|Petrauskienė"),
    ('"a week of small earthquakes"', "real", "newspaper|one Riga newspaper"),
]

# 2. A party speech: Lenin in a block quotation after a colon, a worker quoted, an enemy quoted, a comrade.
SPEECH = """\
Speech of Comrade A. P. Kirilenko at the conference of party activists of the Sverdlovsk region (abridged)

Comrades! The Central Committee has set before us a great task. In our region it means, above all, the reconstruction of the old works of the Urals, built in the last century.

Vladimir Ilyich warned more than once against complacency. In one of his last articles he wrote:

We have bureaucrats in our Soviet institutions. We must fight them not with words but with the daily work of checking, checking and checking again what has been done.

How true these words are today! At the Uralmash works I spoke with the steelworker Comrade Fomin, a veteran of the war. He said to me: "Give us new furnaces, and we will give the country twice the steel." That is the voice of the working class.

Our enemies abroad are not silent. The Voice of America tells its listeners that the Urals are "a museum of the first five-year plans". Let them say it. Our figures answer them better than any speech.

The secretary of the Nizhny Tagil city committee, Comrade Belousova, reported to the bureau that the plan for housing was fulfilled by only 71 per cent. She called this "a debt we owe to every family in the town". The bureau agreed with her.
"""
SPEECH_LABELS: list[Label] = [
    ("We have bureaucrats in our", "block", "Lenin|Vladimir Ilyich"),
    ('"Give us new furnaces', "real", "Fomin"),
    ('"a museum of the first', "real", "Voice of America"),
    ('"a debt we owe', "real", "Belousova"),
]

# 3. A memoir: dialogue, pronouns across sentences, a subject carried over, a title between marks.
MEMOIR = """\
My grandmother Evdokia never talked about the famine until the year before she died. I was nineteen and had come to the village for the summer. One evening, shelling beans on the porch, she put down the bowl and said, "In thirty-three we ate the bark of the lime trees."

I did not know what to say. My mother, who had come out with the tea, looked at her sharply. "Mama, why tell him that now?" Grandmother shrugged. "Who else will tell him?"

The next day I asked her about her brothers. She had had four. Two died that winter, one in the spring. The youngest, Petro, went to Kharkiv and was never heard of again. She said it without tears, as if reading from a list: "Ivan in January, Mykola in February, Stepan in April."

Years later I found the village in a book by a Canadian historian, who quoted the collective farm chairman as saying that the village had "fulfilled the grain plan by one hundred and four per cent". My grandmother would have laughed. She used to say that the chairman "could count only up, never down".

My uncle Vasyl, who was born in 1935, remembered none of it. When I showed him the book he read the page twice and said: "So it was true, then."
"""
MEMOIR_LABELS: list[Label] = [
    ('"In thirty-three', "real", "Evdokia|grandmother|My grandmother Evdokia"),
    ('"Mama, why tell', "real", "mother|My mother"),
    ('"Who else will tell', "real", "Evdokia|grandmother|Grandmother"),
    ('"Ivan in January', "real", "Evdokia|grandmother|Grandmother"),
    ('"fulfilled the grain plan', "real", "chairman|the collective farm chairman"),
    ('"could count only up', "real", "Evdokia|grandmother|My grandmother"),
    ('"So it was true', "real", "Vasyl|uncle|My uncle Vasyl"),
]

# 4. An archival report in translation: « » and „ “, an informer, a district, quoted rumours, a document.
REPORT = """\
Special report of the Tambov regional administration of the NKVD, 2 November 1937 (translation)

In the course of the operation under order No. 00447 in the Kirsanov district 214 persons were arrested. Among the population of the district the following statements were recorded.

The collective farmer Zhukov I. P., born 1889, said in the presence of witnesses: «They take the best men. Soon there will be nobody left to plough.» The informer «Sokol» reports that Zhukov repeated these words at the mill.

The teacher of the Kirsanov secondary school Morozova A. S. told her pupils that the arrested were «not enemies but ordinary people». She has been dismissed.

In the village of Inzhavino anonymous leaflets were found with the text: „Down with the executioners of the people.“ The investigation has established that the leaflets were written by the former kulak Gusev, who on arrest declared: „I wrote them and I would write them again.“

The head of the district department, Lieutenant Shcherbakov, considers the mood of the population „in general healthy“, but requests two more operatives.
"""
REPORT_LABELS: list[Label] = [
    ("«They take the best men.", "real", "Zhukov|Zhukov I. P."),
    ("«Sokol»", "scare", None),
    ("«not enemies but", "real", "Morozova|Morozova A. S."),
    ("„Down with the executioners", "real", "Gusev|leaflets"),
    ("„I wrote them", "real", "Gusev"),
    ("„in general healthy“", "real", "Shcherbakov"),
]

# 5. A polemical article: scare quotes of the opponents' words, an opponent quoted, narrative citations.
POLEMIC = """\
The "Good Tsar" Returns: Against the New Nostalgia

Every few years a new book tells Russian readers that Stalin was an "effective manager" who made the country great, and that the repressions were "exaggerated by the West". The latest is Yuri Zhukov's, and it is worth reading only to see how far the argument has moved.

⟦Zhukov writes|Zhukov||⟧ that Stalin "tried to democratize the Soviet system in 1936 and was stopped by the regional party bosses". This is not new: ⟦Getty made a similar, more careful argument|Getty||⟧ thirty years ago. But where Getty was cautious, Zhukov is certain. The bosses, in his account, were the "real authors" of the terror; Stalin merely "could not restrain them".

The documents say otherwise. The order that began the mass operations in July 1937 was signed in Moscow, not in the regions. ⟦As Khlevniuk has shown|Khlevniuk||⟧, the limits for arrests were raised again and again at the request of the regions, and Stalin approved every request, often adding to the figure. One note in his hand reads simply: "Increase to 6,600."

Defenders of the "Great Leader" like to say that he "did not know". He knew. He signed.
"""
POLEMIC_LABELS: list[Label] = [
    ('"Good Tsar"', "scare", None),
    ('"effective manager"', "scare", None),
    ('"exaggerated by the West"', "scare", None),
    ('"tried to democratize', "real", "Yuri Zhukov|Zhukov"),
    ('"real authors"', "real", "Yuri Zhukov|Zhukov"),
    ('"could not restrain them"', "real", "Yuri Zhukov|Zhukov"),
    ('"Increase to 6,600."', "real", "Stalin"),
    ('"Great Leader"', "scare", None),
    ('"did not know"', "real", "Defenders|defenders"),
]

# 6. An encyclopedia page: a name that is a place, a body that speaks, a quoted title, a posthumous verdict.
ENCYCLOPEDIA = """\
Solovki special camp

The Solovki special camp (Russian: Соловецкий лагерь особого назначения, SLON) was a forced labour camp on the Solovetsky Islands in the White Sea, active from 1923 to 1939. It is often described as the prototype of the Gulag.

History

The camp was set up in the buildings of the Solovetsky Monastery, whose monks had been expelled in 1920. In Soviet propaganda of the 1920s it was presented as a place of "re-forging" through labour. The writer Maxim Gorky visited Solovki in June 1929 and published an essay praising the camp; prisoners later recalled that the conditions had been improved for the days of his visit. According to Dmitry Likhachev, who was held on the islands from 1928 to 1932, Gorky "saw what he was shown and wrote what was expected".

In 1937 the camp was reorganised as a prison of the Main Directorate of State Security. Mass shootings of Solovki prisoners took place in Sandarmokh in Karelia in 1937–1938. The Memorial society, which identified the site in 1997, described Sandarmokh as "one of the largest killing fields of the Great Terror in the north-west".

Legacy

Aleksandr Solzhenitsyn devoted a chapter of The Gulag Archipelago to Solovki, calling it "the mother of the Archipelago".
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"re-forging"', "scare", None),
    ('"saw what he was shown', "real", "Dmitry Likhachev|Likhachev"),
    ('"one of the largest killing', "real", "Memorial|The Memorial society|Memorial society"),
    ('"the mother of the Archipelago"', "real", "Aleksandr Solzhenitsyn|Solzhenitsyn"),
]

# 7. An interview: questions and answers, the interviewee quoting others, "she" for the interviewee's mother.
INTERVIEW = """\
"The archive is not a court": a conversation with the archivist Nadezhda Petrova

Nadezhda Petrova worked for thirty years in the former party archive in Perm. She spoke to us in her flat on the edge of the city.

Q: When did you first see the files of the repressed?

A: In 1989. Our director, Viktor Semyonovich, called us together and said: "From tomorrow we answer every letter from a relative. Every one." Before that we had answered none.

Q: What did the relatives ask for?

A: Usually one thing: when and where. A woman from Kudymkar wrote that she wanted only "to know which day to light a candle". I still remember her letter.

Q: Some historians say the archives have been closed again.

A: Partly. My former colleague Andrei Kalinin told a conference last year that access is now "a matter of who you know", and he is right. But it is not like before.

Q: And your own family?

A: My mother's father was shot in 1938. She never spoke of him. Once, when I was a student, she said to me, "Don't go digging. Nothing good comes out of the ground." I went digging anyway.
"""
INTERVIEW_LABELS: list[Label] = [
    ('"The archive is not a court"', "real", "Nadezhda Petrova|Petrova"),
    ('"From tomorrow we answer', "real", "Viktor Semyonovich|Semyonovich"),
    ('"to know which day', "real", "woman|A woman from Kudymkar"),
    ('"a matter of who you know"', "real", "Andrei Kalinin|Kalinin"),
    ('"Don\'t go digging.', "real", "mother|My mother"),
]

# 8. A student essay: sources introduced by "According to", "argues", a primary source, an Orwell title.
ESSAY = """\
How far was collectivisation a success for the Soviet state?

Collectivisation was meant to feed the towns and pay for industry. By its own measures it partly succeeded: grain procurements rose from 10.8 million tons in 1928 to 22.8 million in 1933. ⟦According to R. W. Davies (1980)|Davies|1980|⟧, however, the cost was a fall in livestock that took twenty years to make good.

Stalin himself admitted the difficulties. In his article "Dizzy with Success", published in March 1930, he blamed local officials who had "forgotten that collective farms cannot be set up by force". Historians such as ⟦Lynne Viola argue|Viola||⟧ that this was a tactical retreat, not a change of mind, since the campaign was resumed in the autumn.

For the peasants, the results were catastrophic. ⟦Viola quotes|Viola||⟧ a peasant woman from the Kuban who told an official: "You took the cow, you took the horse, now take us." In Ukraine and Kazakhstan millions died in the famine of 1932–1933.

In conclusion, collectivisation gave the state control over the grain, which was what it wanted, but it did so at a price that ⟦Conquest (1986)|Conquest|1986|⟧ rightly called "a tragedy on a scale the world has rarely seen".
"""
ESSAY_LABELS: list[Label] = [
    ('"Dizzy with Success"', "scare", None),
    ('"forgotten that collective farms', "real", "Stalin"),
    ('"You took the cow', "real", "woman|peasant woman|a peasant woman from the Kuban"),
    ('"a tragedy on a scale', "real", "Conquest"),
]

SET_S7: dict[str, tuple[str, list[Label]]] = {
    "wire": (WIRE, WIRE_LABELS),
    "speech": (SPEECH, SPEECH_LABELS),
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "archival report": (REPORT, REPORT_LABELS),
    "polemic": (POLEMIC, POLEMIC_LABELS),
    "encyclopedia": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "interview": (INTERVIEW, INTERVIEW_LABELS),
    "student essay": (ESSAY, ESSAY_LABELS),
}
