# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""Held-out texts of round 4 (issue 16): written and labelled by hand BEFORE the detectors were run on
them and before any rule of this round changed, in the styles historians read: a wire report and a local
newspaper quoting several people, a memoir with dialogue, a party speech quoting Lenin, a scholarly article
with narrative and parenthetical citations, translated documents with «» and „“, a student essay, a web
article with reader comments and a biography chapter. Invented texts: no corpus file is copied.

Format as in evidence_heldout_s3.py: each entry is (marked text, quotation labels). Citations are marked in
place as ⟦span|author|year|locator⟧ (``evidence_heldout.strip`` removes the marks); quotation labels are,
in reading order of the plain text, (the first characters of the quotation from its opening mark, or of a
block quotation from its first word; "real", "scare" or "block"; the speaker, alternatives separated by
"|", None where the text names nobody). Only outermost quotations are labelled. Labelling decisions as in
measure_evidence_quotes.py: a title between marks and a single word between marks are "scare"; words
quoted from a document are the document's or its author's; a speaker the text only describes ("a
schoolteacher from Tambov") is labelled with the describing noun. Measured by measure_evidence_s4.py.

Round 7: "in X's phrase" is labelled a narrative citation of X, after the lead's decision ("in X's
words/phrase" gives speaker X and a narrative citation of X); it was unlabelled before.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wire report: several people, apposition, "said"/"told" before and after, a statement, a poll.
WIRE = """\
Historians split over plan to use Stalingrad name

VOLGOGRAD, May 9 (Reuters) - A decision to restore the name Stalingrad to the city of Volgograd on six days a year has divided local historians and veterans' groups, with some calling it "an act of remembrance" and others "a quiet rehabilitation of the dictator".

The city council voted 31 to 4 on Tuesday to use the wartime name on Victory Day and on five other dates linked to the battle. Council speaker Andrei Kholodov, a member of the ruling United Russia party, said the decision honoured "those who fought, not the man whose name the city once carried".

Not everyone agreed. Yelena Markova, a historian at Volgograd State University whose grandfather died in the battle, said the council had ignored the history of the name itself. "The city was called Stalingrad because of a cult. You cannot separate the name from the cult," she told Reuters. "My grandfather fought for his city, not for a name."

The regional branch of the Communist Party welcomed the vote. In a statement, it called the change "long overdue" and urged the council to make it permanent.

Veterans interviewed in the city centre were divided. Ivan Solodov, 98, one of the last surviving defenders of the city, said he did not mind what the city was called. "We called it Stalingrad then, and I call it Stalingrad now. That does not mean I loved Stalin," he said, leaning on his stick. His neighbour, Nina Pavlova, whose father was deported in 1941 as a Volga German, disagreed: "For my family that name means the train to Kazakhstan."

The Kremlin has kept its distance. Asked about the vote, presidential spokesman Dmitry Peskov told reporters it was "a local matter" and that Moscow had "no position" on it.

According to a poll by the independent Levada Center published in March, 42 percent of Russians would support renaming the city permanently, up from 28 percent ten years ago. Lev Gudkov, the centre's former director, said the figures reflected a broader change. "Stalin has become a symbol of order for people who never lived under him," he said.
"""
WIRE_LABELS: list[Label] = [
    ('"an act of remembrance"', "real", None),
    ('"a quiet rehabilitation', "real", None),
    ('"those who fought', "real", "Andrei Kholodov|Kholodov"),
    ('"The city was called', "real", "Yelena Markova|Markova"),
    ('"My grandfather fought', "real", "Yelena Markova|Markova"),
    ('"long overdue"', "real", "Communist Party|regional branch|branch"),
    ('"We called it Stalingrad', "real", "Ivan Solodov|Solodov"),
    ('"For my family', "real", "Nina Pavlova|Pavlova"),
    ('"a local matter"', "real", "Dmitry Peskov|Peskov"),
    ('"no position"', "real", "Dmitry Peskov|Peskov"),
    ('"Stalin has become a symbol', "real", "Lev Gudkov|Gudkov"),
]

# 2. A local newspaper: a session of the city assembly, several named deputies in one paragraph.
LOCAL_PAPER = """\
Memorial plaque dispute reaches city hall

A row over a plaque to the victims of the 1937 executions in the Levashovo forest spilled into the city assembly on Wednesday, when deputies from three parties clashed over who should pay for its restoration.

The plaque, put up by relatives in 1991, was damaged in February. Deputy Mikhail Orlov, who chairs the assembly's culture committee, told colleagues that the city had "no legal obligation" to restore a private memorial. He was answered by Svetlana Ivanova, a deputy from Yabloko, who reminded him that the assembly had voted money for a monument to a Soviet marshal only last year. "We find money for marshals. We never find it for the people the marshals had shot," Ivanova said.

The chairman of the assembly, Viktor Belyaev, tried to close the discussion. "This is not the place for history lessons," Belyaev said, before Ivanova could finish. Orlov later told this newspaper that he had been "badly misunderstood" and that he personally supported the restoration.

Among the relatives in the gallery was Galina Sorokina, 81, whose father, a railway engineer, was shot at Levashovo in November 1937. She said she had come to the session "to look them in the eye". After the vote, which postponed the decision until autumn, she was calmer. "They are young. They do not know what that forest is," she said. "I will come again in the autumn."

The city's committee on culture said in a written reply to our questions that it would seek the opinion of the regional heritage office. The office, contacted on Thursday, declined to comment.
"""
LOCAL_PAPER_LABELS: list[Label] = [
    ('"no legal obligation"', "real", "Mikhail Orlov|Orlov"),
    ('"We find money for marshals', "real", "Svetlana Ivanova|Ivanova"),
    ('"This is not the place', "real", "Viktor Belyaev|Belyaev"),
    ('"badly misunderstood"', "real", "Mikhail Orlov|Orlov"),
    ('"to look them in the eye"', "real", "Galina Sorokina|Sorokina"),
    ('"They are young.', "real", "Galina Sorokina|Sorokina"),
    ('"I will come again', "real", "Galina Sorokina|Sorokina"),
]

# 3. A memoir: first person, dialogue, "he said"/"she said" for the last named person of that sex.
MEMOIR = """\
From the memoirs of Vera Ignatievna Lukina (written in 1979, published in 1994)

Chapter 3. The Institute

In September 1936 I entered the Institute of Foreign Languages. Our dean was Pavel Sergeyevich Korneev, a small, nervous man who had studied in Leipzig before the Revolution. He liked to begin his lectures with a German proverb and then translate it for us, slowly, as if the words themselves were dangerous. “Whoever wants to learn must first learn to be silent,” he said on the first day, and we laughed, because we did not yet know what he meant.

My closest friend at the Institute was Tamara Gelfand. She was quicker than I was and less afraid. When the newspapers began to print the confessions of the Trotskyists, she read them aloud in our room in a flat voice, like a schoolteacher. Once she put the newspaper down and asked me: “Verochka, do you believe a single word of this?” I told her to be quiet. I was ashamed of that for the rest of my life.

Korneev was arrested in March 1937. The next morning the secretary of the Komsomol committee, a tall boy called Rudakov, gathered our group and told us that the dean had been “unmasked as a German spy”. Tamara stood up. “He taught us German. That is not the same thing,” she said. Rudakov wrote something in his notebook and did not answer her.

My father, when I told him this at home, was silent for a long time. Then he said: “Your Tamara is a brave girl. Tell her to be less brave.” He had been a Menshevik in his youth and knew how such stories ended.

Tamara was expelled in May. I saw her once more, in 1956, in a queue at the procuracy on Pushkinskaya Street, where we were both waiting for papers about our fathers. She recognised me first. “So you survived too,” she said, and there was no reproach in it, only tiredness.
"""
MEMOIR_LABELS: list[Label] = [
    ("“Whoever wants to learn", "real", "Pavel Sergeyevich Korneev|Korneev"),
    ("“Verochka, do you believe", "real", "Tamara Gelfand|Tamara|Gelfand"),
    ("“unmasked as a German spy”", "real", "Rudakov"),
    ("“He taught us German.", "real", "Tamara Gelfand|Tamara|Gelfand"),
    ("“Your Tamara is a brave girl", "real", "father|My father"),
    ("“So you survived too,”", "real", "Tamara Gelfand|Tamara|Gelfand"),
]

# 4. A party speech as printed: Lenin quoted inline and as a block, comrades with titles, the enemy press.
SPEECH = """\
Report of Comrade L. I. Brezhnev to the plenum of the Central Committee on the tasks of the party in ideological work (extracts)

Comrades! Vladimir Ilyich Lenin taught us that "politics is the most concentrated expression of economics". These words have lost none of their force. Every failure in the economy is at the same time a failure in our political and ideological work.

Lenin demanded of communists not words but deeds. In his article "A Great Beginning" he wrote:

The communist subbotniks are of enormous historical significance precisely because they show us the conscious and voluntary initiative of the workers in developing the productivity of labour.

We must remember these words when we speak of socialist emulation. In many enterprises emulation has become a formality. The first secretary of the Sverdlovsk regional committee, Comrade Ryabov, told the plenum frankly: "We have emulation on paper and idle machines in the shops." (Stir in the hall.) This is a sharp statement, but it is a correct one.

Some of our comrades in the ministries like to speak of "objective difficulties". Of course there are difficulties. But Lenin said that "there are no fortresses which Bolsheviks cannot capture", and the party has never accepted difficulties as an excuse.

The imperialist press writes that the Soviet economy has "lost its dynamism". The bourgeois ideologists have been writing the same thing for sixty years. Our answer is the new five-year plan. (Applause.)

Comrades, the Central Committee considers that the main task now is to raise the responsibility of cadres. As Comrade Kosygin rightly noted in his report, "the plan is a law, and a law must be obeyed by everyone, from the minister to the foreman". (Prolonged applause.)
"""
SPEECH_LABELS: list[Label] = [
    ('"politics is the most', "real", "Lenin"),
    ('"A Great Beginning"', "scare", None),
    ("The communist subbotniks", "block", "Lenin"),
    ('"We have emulation on paper', "real", "Ryabov"),
    ('"objective difficulties"', "scare", None),
    ('"there are no fortresses', "real", "Lenin"),
    ('"lost its dynamism"', "real", "imperialist press|press"),
    ('"the plan is a law', "real", "Kosygin"),
]

# 5. A scholarly article: narrative citations, author-date brackets, an archival reference, historical actors.
ARTICLE = """\
The kolkhoz market and the moral economy of the late 1940s

Historians have long treated the kolkhoz market as a grey zone between plan and black market. ⟦Julie Hessler has argued|Hessler||⟧ that Soviet trade after the war rested on a "tolerated informality" that the state could neither abolish nor admit ⟦(Hessler 2004, 287)|Hessler|2004|287⟧. ⟦Filtzer, working from the reports of the sanitary inspectorate, reaches|Filtzer||⟧ a harsher conclusion: the markets were where the hungry sold what they could not afford to eat ⟦(Filtzer 2010, 74–79)|Filtzer|2010|74–79⟧.

The complaints that reached the Council of Ministers suggest a third reading. In a letter of 1947 a schoolteacher from Tambov wrote that "the market is the only place where a person is paid what his work is worth", and asked why the state called it speculation. The ministry's reply, if there was one, has not survived. ⟦As Zubkova observes|Zubkova||⟧, such letters were "less protests than petitions for recognition" ⟦(Zubkova 1998, 52)|Zubkova|1998|52⟧.

The authorities were divided. Mikoyan, then minister of trade, told a conference of trade officials in 1948 that the markets "feed the towns better than we do", a remark omitted from the published record. The Ministry of State Security took the opposite view; its reports describe the market as a "breeding ground of speculation and hostile rumour" ⟦(GARF, f. 9401, op. 2, d. 199, l. 14)|GARF||f. 9401, op. 2, d. 199, l. 14⟧.

These tensions were not resolved in Stalin's lifetime. ⟦Gorlizki and Khlevniuk show|Gorlizki and Khlevniuk||⟧ that the question of prices was raised in the Politburo at least four times between 1949 and 1952 and each time set aside ⟦(Gorlizki and Khlevniuk 2004, 133)|Gorlizki and Khlevniuk|2004|133⟧. Only after 1953, in ⟦Kozlov's phrase|Kozlov||⟧, did the leadership begin to treat consumption as "a question of politics rather than of police" (⟦Kozlov 2002, 19|Kozlov|2002|19⟧; ⟦cf. Hessler 2004, 310|Hessler|2004|310⟧).
"""
ARTICLE_LABELS: list[Label] = [
    ('"tolerated informality"', "real", "Julie Hessler|Hessler"),
    ('"the market is the only place', "real", "schoolteacher"),
    ('"less protests than', "real", "Zubkova"),
    ('"feed the towns better', "real", "Mikoyan"),
    ('"breeding ground of', "real", "Ministry of State Security|reports"),
    ('"a question of politics', "real", "Kozlov"),
]

# 6. Translated documents: «» in the Russian report, „“ in the German letter and memoir, an editor's note.
DOCUMENTS = """\
Documents on the deportation of the Volga Germans, 1941 (translated from Russian and German)

Document 1. From the report of the NKVD of the Volga German ASSR to the People's Commissar of Internal Affairs L. P. Beria, 4 September 1941

The operation to resettle the German population is proceeding according to plan. In the canton of Marxstadt the population received the decree calmly; in several villages, however, there were statements of an anti-Soviet character. A collective farmer of the village of Kind, Reichert, said at a meeting: «They are driving us out like cattle, and our sons are at the front.» The kolkhoz chairman Weber declared that he would «not leave the land of his fathers alive». Both have been arrested.

Document 2. From a letter of Maria Kraft to her sister in Saratov, September 1941 (original in German)

Dear Lisa, we leave tomorrow. Nobody says where. The commandant told us to take food for a month and „nothing that you cannot carry yourselves“. Mother cries all the time and says: „This is how it was in 1915, only then it was the Tsar.“ Father says nothing. Pray for us.

Document 3. Editor's commentary

The phrase «special settlers» (spetspereselentsy), used in all later documents, concealed the fact that the deportees were not free to leave their place of settlement. Beria's order of 12 September described the operation as «completed without excesses». The memoirs of survivors tell a different story. Anna Gerber, who was eleven in 1941, recalled decades later: „We travelled for three weeks. At every station they took out the dead.“
"""
DOCUMENTS_LABELS: list[Label] = [
    ("«They are driving us out", "real", "Reichert"),
    ("«not leave the land", "real", "Weber"),
    ("„nothing that you cannot", "real", "commandant"),
    ("„This is how it was", "real", "Mother"),
    ("«special settlers»", "scare", None),
    ("«completed without excesses»", "real", "Beria|order"),
    ("„We travelled for three weeks", "real", "Anna Gerber|Gerber"),
]

# 7. A student essay: historians named in the text and in brackets, labels in marks, a historical actor.
ESSAY = """\
To what extent was Stalin personally responsible for the Great Terror?

The Great Terror of 1936–1938 killed around 680,000 people and sent over a million more to the camps. Historians disagree about who was responsible. The "totalitarian" school, led by ⟦Robert Conquest|Conquest||⟧, argued that Stalin planned the whole thing. Revisionists such as ⟦J. Arch Getty|Getty||⟧ said that the terror was a "chaotic" process driven by conflicts between the centre and the regions.

In my opinion, the evidence shows that Stalin was in control. He signed lists with thousands of names. ⟦According to Khlevniuk|Khlevniuk||⟧, "without Stalin there would have been no Great Terror" ⟦(Khlevniuk 2015, 150)|Khlevniuk|2015|150⟧. This is supported by the fact that the terror stopped as soon as Stalin decided to stop it in November 1938.

However, local officials also played a big role. They often arrested more people than the "limits" set by Moscow and asked for higher quotas. ⟦Getty writes|Getty||⟧ that "the regional bosses were not just executors but initiators" ⟦(Getty 1985, 112)|Getty|1985|112⟧. So the terror was not only from above.

Stalin himself said in 1937 that "the further we advance, the more the enemies will resist". This shows that he believed, or pretended to believe, in the threat. Yezhov, the head of the NKVD, told his officers: "Better that ten innocent people suffer than one spy escape." This quote shows the attitude of the NKVD.

In conclusion, Stalin was mostly responsible, but he could not have done it alone. ⟦As Fitzpatrick says|Fitzpatrick||⟧, the terror was "a joint production" of the leader and the system ⟦(Fitzpatrick 1999, 190)|Fitzpatrick|1999|190⟧.
"""
ESSAY_LABELS: list[Label] = [
    ('"totalitarian"', "scare", None),
    ('"chaotic"', "scare", None),
    ('"without Stalin there', "real", "Khlevniuk"),
    ('"limits"', "scare", None),
    ('"the regional bosses', "real", "Getty"),
    ('"the further we advance', "real", "Stalin"),
    ('"Better that ten innocent', "real", "Yezhov"),
    ('"a joint production"', "real", "Fitzpatrick"),
]

# 8. A web article with reader comments (WordPress layout).
WEB = """\
Why did the Soviet Union ration bread in 1929?

Posted on 14 February 2021 by Oleg Petrenko

Bread rationing returned to Soviet cities in early 1929, only eight years after the end of War Communism. Officially it was introduced in Leningrad at the request of the workers themselves; the city party committee claimed the cards would "protect the workers from speculators". In reality, as ⟦the historian Elena Osokina has shown|Osokina||⟧, rationing was the result of the state's failure to buy grain at the prices it had set.

The peasants did not refuse to sell, they refused to sell cheaply. Nikolai Bukharin warned the Politburo at the time that the policy of forced requisitions would lead to "a war with the peasantry". Stalin's reply was brutal. "The kulak is the sworn enemy of Soviet power," he told the Central Committee in April 1929, "and we shall not beg him for grain."

By 1931 almost every town had cards, and the system lasted until 1935.

Tags: NEP, rationing, Stalin

3 thoughts on “Why did the Soviet Union ration bread in 1929?”

Marina_K
February 15, 2021 at 9:14 am

Great article. My grandmother worked in a bakery in Leningrad and she always said: "With the cards you were never hungry enough to die and never full enough to live." I think about that a lot.

Reply

Steve Harding
February 15, 2021 at 2:40 pm

Osokina's book "Our Daily Bread" is excellent on this, highly recommended. She quotes a worker who wrote to Pravda that the cards were "a second serfdom".

Reply

Oleg Petrenko
February 16, 2021 at 10:02 am

Thanks Steve, I agree. Marina, that is a wonderful quote – may I use it in my next post?

Reply
"""
WEB_LABELS: list[Label] = [
    ('"protect the workers', "real", "city party committee|party committee|committee"),
    ('"a war with the peasantry"', "real", "Nikolai Bukharin|Bukharin"),
    ('"The kulak is the sworn', "real", "Stalin"),
    ('"and we shall not beg', "real", "Stalin"),
    ("“Why did the Soviet Union", "scare", None),
    ('"With the cards you were', "real", "grandmother|My grandmother"),
    ('"Our Daily Bread"', "scare", None),
    ('"a second serfdom"', "real", "worker"),
]
WEB_COMMENTS = [
    ("Marina_K", "Great article.", "I think about that a lot."),
    ("Steve Harding", "Osokina's book", 'were "a second serfdom".'),
    ("Oleg Petrenko", "Thanks Steve, I agree.", "in my next post?"),
]

# 9. A biography chapter: a newspaper and a ministry speaking, reported testimony, several names per sentence.
BIOGRAPHY = """\
Chapter 7. The Doctors

On 13 January 1953 Pravda announced the arrest of nine prominent doctors, six of them Jews, who were accused of having murdered Zhdanov and Shcherbakov by "wrong treatment". The announcement spoke of "monsters in human form" and called for vigilance.

Among those arrested was Miron Vovsi, the chief therapist of the Red Army and a cousin of the actor Solomon Mikhoels, who had been killed five years earlier. Vovsi's daughter later remembered the night of the arrest. Her father, she wrote, had put on his best suit before the men came in, as if he were going to a concert: "He knew. He had known for weeks."

The investigation was led by Mikhail Ryumin, a deputy minister of state security whom Stalin had promoted over the heads of his superiors. Ryumin reported to Stalin almost daily. According to the testimony of the former minister Semyon Ignatiev, Stalin told him at one meeting that if he did not obtain confessions from the doctors, "we will shorten you by a head". Ignatiev passed the threat on to Ryumin, and Ryumin to his interrogators.

Not all of the arrested confessed. Professor Vinogradov, Stalin's personal physician, resisted for weeks. When the interrogator asked him why he had advised Stalin to rest, he answered that he "had advised every patient of that age to do the same". Stalin, who had taken the advice as an insult, never forgave him.

Stalin died on 5 March. On 4 April Pravda printed a short communiqué of the Ministry of Internal Affairs: the doctors had been arrested "without any lawful grounds", and their confessions had been obtained by "methods of investigation that are impermissible and strictly forbidden by Soviet law". Beria, who had signed the release, told his deputies that the affair had been "a provocation from start to finish". Ryumin was arrested the same year and shot in 1954.
"""
BIOGRAPHY_LABELS: list[Label] = [
    ('"wrong treatment"', "real", "Pravda|announcement"),
    ('"monsters in human form"', "real", "Pravda|announcement"),
    ('"He knew.', "real", "daughter|Vovsi's daughter"),
    ('"we will shorten you', "real", "Stalin"),
    ('"had advised every patient', "real", "Vinogradov"),
    ('"without any lawful grounds"', "real", "Ministry of Internal Affairs|Ministry|communiqué"),
    ('"methods of investigation', "real", "Ministry of Internal Affairs|Ministry|communiqué"),
    ('"a provocation from start', "real", "Beria"),
]

SET_S4: dict[str, tuple[str, list[Label]]] = {
    "wire": (WIRE, WIRE_LABELS),
    "local paper": (LOCAL_PAPER, LOCAL_PAPER_LABELS),
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "speech": (SPEECH, SPEECH_LABELS),
    "article": (ARTICLE, ARTICLE_LABELS),
    "documents": (DOCUMENTS, DOCUMENTS_LABELS),
    "essay": (ESSAY, ESSAY_LABELS),
    "web": (WEB, WEB_LABELS),
    "biography": (BIOGRAPHY, BIOGRAPHY_LABELS),
}
# Reader comments as other voices (commenter, first words, last words).
COMMENTS_S4 = {"web": WEB_COMMENTS}
