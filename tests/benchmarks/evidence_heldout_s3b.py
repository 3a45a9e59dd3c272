# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""A held-out set for speaker attribution (issue 16, round 3b), written and labelled by hand BEFORE the
candidate-ranking attribution was run on it, in the genres historians of the Soviet period read: a party
speech as printed, a memoir, an archival report, a history book's chapter, a polemical article and an
encyclopedia page. Invented texts: no corpus file is copied.

Each entry is (text, quotation labels), as in evidence_heldout_s3.py: labels in reading order, (the first
characters of the quotation from its opening mark, or of a block quotation from its first word; "real",
"scare" or "block"; the speaker, alternatives separated by "|", None where the text names nobody). Only
outermost quotations are labelled. Measured by measure_evidence_s3b.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A party speech as printed in a newspaper, with the paper's own framing and the hall's reactions.
SPEECH = """\
Speech of Comrade N. S. Khrushchev at the meeting of the Moscow city party aktiv

Comrades! The plenum of the Central Committee has discussed the state of agriculture, and I must tell you frankly that the situation is not what we reported to the people last year. (Stir in the hall.)

We have said many times that "the grain problem has been solved". It has not been solved. In the Kuban the collective farms delivered less than in 1940. Comrade Polyansky, who knows the region well, told the plenum: "We are sowing more and harvesting less, and nobody in the district committees is answering for it." That is the truth, comrades, and we must not be afraid of it.

Some comrades in the ministries have a habit of hiding behind figures. A deputy minister wrote to the Central Committee that the yield had been lowered by "objective weather conditions". I asked him: "And who is responsible for the weather in your ministry, comrade?" (Laughter.) The weather is the same for the Americans, and their maize grows.

Lenin taught us that "communism is Soviet power plus the electrification of the whole country". Today we would add: plus chemistry, plus maize, plus a farmer who is not afraid to tell the truth. The comrades from the Ukraine have shown what can be done. The secretary of the Vinnitsa regional committee, Comrade Kalchenko, reported that his farms had doubled their deliveries of milk. He said to me: "Nikita Sergeyevich, give us the fertiliser and we will give you the milk." (Applause.)

But there are also those who work in the old way. In one district of the Ryazan region, the chairman of a collective farm bought butter in the shops and handed it in as his own produce. When the inspectors came, he told them the butter was "a temporary measure". Such temporary measures, comrades, cost the state millions of roubles.

The Central Committee has decided that every regional secretary will answer personally for the plan. The resolution of the plenum states plainly: "The fulfilment of the plan for grain and meat is the first duty of every party organisation." We do not say this for the newspapers. We will check.

Comrades, our enemies abroad are writing that the Soviet system "cannot feed its own people". Let them write. The Voice of America said last week that our harvest would be "the worst since the war". We will answer them not with words but with bread.

(Prolonged applause. All rise.)
"""
SPEECH_LABELS: list[Label] = [
    ('"the grain problem', "real", "We"),
    ('"We are sowing more', "real", "Polyansky"),
    ('"objective weather', "real", "deputy minister|minister"),
    ('"And who is responsible', "real", "I"),
    ('"communism is Soviet power', "real", "Lenin"),
    ('"Nikita Sergeyevich, give', "real", "Kalchenko"),
    ('"a temporary measure"', "real", "chairman"),
    ('"The fulfilment of the plan', "real", "resolution"),
    ('"cannot feed its own', "real", "enemies"),
    ('"the worst since the war"', "real", "Voice of America"),
]

# 2. A memoir: a narrator's account with reported dialogue, a named father, an unnamed official.
MEMOIR = """\
Chapter Four. The Office on Ilyinka Street

In the spring of 1953 my father was called to the ministry. He had been waiting for this summons for eight months, since the day his deputy, Boris Lvovich Kagan, was taken from his desk in the middle of a meeting. My father came home that evening and told my mother, "They are asking about Kagan." She did not answer. She put his plate in front of him and sat down opposite, watching him eat.

The man who received him at the ministry was a colonel named Sorokin. My father described him to me many years later as polite, almost gentle, with very clean hands. Sorokin offered him tea and asked about his health. Then he took a folder from the drawer. "Your deputy has written some interesting things about you," he said. "He says you were aware of his contacts with the Americans." My father answered that he knew of no such contacts. Sorokin smiled. "Nobody knows anything. It is a remarkable institution, your design bureau."

I have often thought about that smile. My father did not describe it as threatening. He said it was the smile of a man who was tired and wanted to go home.

The questioning went on for three weeks. Every evening my father came back and said the same thing to my mother: "Nothing new." In the fourth week Stalin died. My father was at the ministry when the news came on the radio, and Sorokin, he told us, stood up, straightened his tunic and said quietly, "Well, that is that." Then he closed the folder and sent my father home.

Kagan came back in the summer of 1954. He was thinner and had lost two teeth, but he laughed as much as before. The first thing he said to my father was: "I told them everything they wanted, Misha. None of it was true, so none of it could hurt you." My father embraced him and cried. I had never seen him cry.

Years later, when I was working on this book, I found Kagan's daughter, Irina, in Haifa. She remembered the same evening. "Papa said your father was the only one who came to the station," she wrote to me. "Everyone else was afraid." She sent me a photograph of the two men standing on the platform, in coats too heavy for July.

My mother never spoke about those weeks. When I asked her, shortly before her death, whether she had been frightened, she thought for a long time. "Frightened? I was busy. Somebody had to feed you." That was all she ever said about it.
"""
MEMOIR_LABELS: list[Label] = [
    ('"They are asking about Kagan."', "real", "father"),
    ('"Your deputy has written', "real", "Sorokin"),
    ('"He says you were aware', "real", "Sorokin"),
    ('"Nobody knows anything.', "real", "Sorokin"),
    ('"Nothing new."', "real", "father"),
    ('"Well, that is that."', "real", "Sorokin"),
    ('"I told them everything', "real", "Kagan"),
    ('"Papa said your father', "real", "Irina"),
    ('"Everyone else was afraid."', "real", "Irina"),
    ('"Frightened? I was busy.', "real", "mother"),
]

# 3. An archival report: an NKVD summary as published in a document collection, with the editor's framing.
ARCHIVAL_REPORT = """\
Document No. 47. Special report of the UNKVD of the Western Region to the NKVD of the USSR on the mood of the population in connection with the grain procurement, 19 November 1932

Top secret

The procurement campaign in the districts of the region is proceeding with great difficulty. In the Belyi district the collective farmers are refusing to go out to work. At a general meeting of the "Red Ploughman" collective farm, the collective farmer Fedorov declared: "Let them take the last grain, but they will get no more work out of us." The meeting was broken up by the chairman of the village soviet.

In the Sychevka district kulak elements are spreading rumours that "in spring there will be war and the collective farms will be dissolved". The individual peasant Mishin, at the mill, said openly that "Soviet power will not last until Easter". Mishin has been arrested.

The secretary of the district party committee, comrade Gusev, reports that the plan cannot be fulfilled without taking the seed fund. In his letter to the regional committee he writes: "If we take the seed, there will be no sowing in the spring, and I refuse to answer for the consequences." The regional committee has sent an instructor to the district.

Among the workers of the Yartsevo textile mill, dissatisfaction is growing over the reduction of the bread ration. A weaver, Kuzmina, said in the canteen: "They feed the foreigners and let our children starve." Similar statements have been recorded at the Smolensk flax mill.

Head of the UNKVD of the Western Region
Karutsky

Editor's note. The report was sent to Moscow with a covering letter by Karutsky, who asked for "additional operational forces" for the Belyi and Sychevka districts. It bears a note in Yagoda's hand: "To comrade Molotov. Measures to be taken." On 22 November the Politburo resolved to send a commission to the region under Kaganovich. The commission's report, which we print as Document No. 52, speaks of "a sabotage organised by counter-revolutionary elements" and does not mention the seed fund at all.

Historians have read the document in different ways. Lynne Viola, who first used it, saw in Fedorov's words evidence of a "peasant rebellion under Stalin", while Oleg Khlevniuk has argued that such reports tell us more about the fears of the NKVD than about the countryside. "The informers wrote what their chiefs wanted to read," he observes.
"""
ARCHIVAL_REPORT_LABELS: list[Label] = [
    ('"Red Ploughman"', "scare", None),
    ('"Let them take the last grain', "real", "Fedorov"),
    ('"in spring there will be war', "real", "kulak elements|elements"),
    ('"Soviet power will not last', "real", "Mishin"),
    ('"If we take the seed', "real", "Gusev"),
    ('"They feed the foreigners', "real", "Kuzmina"),
    ('"additional operational forces"', "real", "Karutsky"),
    ('"To comrade Molotov.', "real", "Yagoda"),
    ('"a sabotage organised', "real", "commission's report|report|commission"),
    ('"peasant rebellion under Stalin"', "real", "Lynne Viola|Viola"),
    ('"The informers wrote what', "real", "Oleg Khlevniuk|Khlevniuk"),
]

# 4. A history book's chapter: narrative prose, several historians, a block quotation, primary voices.
BOOK_CHAPTER = """\
5. The Doctors' Plot

On 13 January 1953 Pravda announced the arrest of a group of "saboteur doctors" who had, it claimed, set out to shorten the lives of leading Soviet figures by "harmful treatment". Nine doctors were named, six of them Jews. The article, which Stalin had read and corrected in proof, called them "monsters in human form" and hinted that other enemies remained at large.

The origins of the affair lay in a letter. In August 1948 Lydia Timashuk, a cardiologist at the Kremlin hospital, had written to the head of Stalin's bodyguard that the doctors treating Andrei Zhdanov had misread his cardiogram. Her letter was filed and forgotten. Four years later it was taken out again. As Gorlizki and Khlevniuk put it, the letter "became useful only when Stalin needed it to be".

Why Stalin needed it remains disputed. Yoram Gorlizki and Oleg Khlevniuk stress his growing suspicion of his own entourage. Jonathan Brent and Vladimir Naumov go further: in their reading the plot was the opening move of a campaign that would have ended in the deportation of Soviet Jews. Most historians now doubt this. Gennady Kostyrchenko, who has worked longest in the relevant archives, found no evidence of deportation plans and calls the stories about them "a legend born of fear".

What is not in doubt is the fear itself. The writer Ilya Ehrenburg later recalled the atmosphere in Moscow that winter:

    People stopped going to doctors. A woman I knew refused to let a Jewish paediatrician examine her child, and then wept because she was ashamed. Everyone was waiting for something, and nobody knew what.

Stalin himself was impatient with the investigators. According to the testimony of the deputy minister of state security, Sergei Goglidze, he told them to "beat, beat and beat again". He is reported to have warned the members of the Presidium: "You are blind kittens. What will happen without me? The country will perish because you do not know how to recognise enemies."

Stalin died on 5 March. On 4 April a short communiqué of the Ministry of Internal Affairs announced that the doctors had been arrested "without any lawful grounds" and that their confessions had been obtained by "methods of investigation that are impermissible and strictly forbidden by Soviet law". Timashuk's Order of Lenin was withdrawn. She lived on in Moscow until 1983 and maintained to the end that she had only done her duty.
"""
BOOK_CHAPTER_LABELS: list[Label] = [
    ('"saboteur doctors"', "real", "Pravda"),
    ('"harmful treatment"', "real", "Pravda"),
    ('"monsters in human form"', "real", "article|Pravda"),
    ('"became useful only', "real", "Gorlizki and Khlevniuk|Khlevniuk|Gorlizki"),
    ('"a legend born of fear"', "real", "Gennady Kostyrchenko|Kostyrchenko"),
    ("People stopped going", "block", "Ilya Ehrenburg|Ehrenburg"),
    ('"beat, beat and beat again"', "real", "Stalin|he"),
    ('"You are blind kittens.', "real", "Stalin|he"),
    ('"without any lawful grounds"', "real", "communiqué|Ministry of Internal Affairs|Ministry"),
    ('"methods of investigation', "real", "communiqué|Ministry of Internal Affairs|Ministry"),
]

# 5. A polemical article from a web magazine: the author argues with named opponents, quotes and mocks.
POLEMIC = """\
Stop calling it "modernisation"

Every few years someone rediscovers the argument that Stalin's industrialisation, whatever its cost, was necessary. The latest is a column by the economist Pavel Grigoriev in a Moscow weekly, in which he writes that without the five-year plans "there would have been no tanks at Kursk and no Russia to argue about". It is an old argument, and it has an old answer.

Grigoriev is not a Stalinist. He says so himself: "I have no illusions about the man." But he wants us to separate the man from the "achievement", as if the factories had been built by someone else. They were built by people who were told, in the words of the famous slogan, that "there are no fortresses the Bolsheviks cannot storm", and who were shot or starved when the fortress did not fall on time.

Economists who have actually looked at the figures are less impressed than Grigoriev. Robert Allen, no enemy of Soviet planning, concluded that a market economy on the lines of the NEP might have grown almost as fast. Others, like Sergei Guriev and his co-authors, have argued that the growth of the 1930s was "achieved largely through the reallocation of labour that would have happened anyway". You do not have to accept every number in those papers to see that "necessary" is doing a lot of work in Grigoriev's column.

Then there is the other argument, the one his readers make in the comments. "Where would we be without Stalin?" asks one. "In Europe," another replies. I find the second answer more persuasive, but neither of them is history.

The word I object to most is "modernisation". It sounds neutral, technical, a matter of graphs. The peasants who were driven into the kolkhozes did not experience it as a graph. A woman from the Poltava region, interviewed in the 1990s, put it more simply than any economist: "First they took the cow, then they took the grain, then they took my father." That, too, was the five-year plan. No table of output per worker records it, and no column about national greatness will mention it.

My colleague at the weekly, who edits the opinion pages, tells me that columns like Grigoriev's are "what the readers want". Perhaps. But readers also deserve to be told what the archives say. The Politburo's own resolution of 1932 speaks of "the complete liquidation of the kulaks as a class", not of modernisation. Let us at least use their words.
"""
POLEMIC_LABELS: list[Label] = [
    ('"modernisation"', "scare", None),
    ('"there would have been no tanks', "real", "Pavel Grigoriev|Grigoriev"),
    ('"I have no illusions', "real", "Grigoriev"),
    ('"achievement"', "scare", None),
    ('"there are no fortresses', "real", None),
    ('"achieved largely through', "real", "Sergei Guriev|Guriev|Others"),
    ('"necessary"', "scare", None),
    ('"Where would we be without', "real", "one"),
    ('"In Europe,"', "real", "another"),
    ('"modernisation"', "scare", None),
    ('"First they took the cow', "real", "woman|A woman"),
    ('"what the readers want"', "real", "colleague|My colleague"),
    ('"the complete liquidation', "real", "resolution|Politburo"),
]

# 6. An encyclopedia page with reference marks: a biography with quotations of the subject and others.
ENCYCLOPEDIA = """\
Yevgenia Ginzburg

Yevgenia Semyonovna Ginzburg (1904–1977) was a Soviet writer and teacher who spent eighteen years in the Gulag and Siberian exile. Her memoir Into the Whirlwind, circulated in samizdat in the 1960s and published abroad in 1967, is one of the best-known accounts of the Great Purge.[1]

Early life and arrest

Ginzburg was born in Moscow and grew up in Kazan, where she taught history and worked on the editorial board of the newspaper Krasnaya Tatariya. She joined the Communist Party in 1922. In 1937 she was expelled from the party for "lack of vigilance" after a colleague was arrested, and was herself arrested in February of that year.[2] At her trial, which lasted seven minutes, she was sentenced to ten years of solitary confinement. She later wrote that on hearing the sentence she felt "almost happy", because she had expected to be shot.[3]

Imprisonment

Ginzburg spent two years in the Yaroslavl isolation prison before being sent to Kolyma. In her memoir she describes the journey east in a cattle truck with seventy-six women, one of whom, the old Bolshevik Anna Garaseva, told the others: "We are still communists. Do not forget it, whatever they do to us."[4] In Kolyma she worked at logging and later as a nurse in a children's home. There she met the doctor Anton Walter, whom she later married. Her work in the children's home probably saved her life, since the logging brigades lost a large part of their members every winter.

Her son, the novelist Vasily Aksyonov, joined her in Magadan in 1948. He recalled their first meeting many years later: "She read me poems all night. I understood that I had a mother again."[5]

Later life and legacy

Ginzburg was released in 1949 but remained in exile until 1955 and was rehabilitated in 1956. She returned to Moscow and wrote the second part of her memoirs, Within the Whirlwind, which was published after her death. Aleksandr Solzhenitsyn drew on her account in The Gulag Archipelago and called her "one of the first to speak".[6]

The historian Anne Applebaum has described Into the Whirlwind as "a book that made the camps real for a generation of Western readers".[7] Literary critics have noted the memoir's lack of self-pity; Ginzburg herself said that she wished to write "not a martyrology but a chronicle".[8] Some readers in the Soviet Union objected to her continued loyalty to the party in the early chapters, which one émigré reviewer dismissed as "the faith of a sleepwalker".[9]
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"lack of vigilance"', "real", None),
    ('"almost happy"', "real", "Ginzburg|she"),
    ('"We are still communists.', "real", "Anna Garaseva|Garaseva"),
    ('"She read me poems', "real", "Vasily Aksyonov|Aksyonov"),
    ('"one of the first to speak"', "real", "Aleksandr Solzhenitsyn|Solzhenitsyn"),
    ('"a book that made the camps', "real", "Anne Applebaum|Applebaum"),
    ('"not a martyrology', "real", "Ginzburg"),
    ('"the faith of a sleepwalker"', "real", "reviewer|one émigré reviewer"),
]

SET_S3B: dict[str, tuple[str, list[Label]]] = {
    "party speech": (SPEECH, SPEECH_LABELS),
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "archival report": (ARCHIVAL_REPORT, ARCHIVAL_REPORT_LABELS),
    "book chapter": (BOOK_CHAPTER, BOOK_CHAPTER_LABELS),
    "polemic": (POLEMIC, POLEMIC_LABELS),
    "encyclopedia": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
}
