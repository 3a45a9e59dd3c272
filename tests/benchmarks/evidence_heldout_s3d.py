# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""A third held-out set for speaker attribution (issue 16, round 3d), written and labelled by hand after the
last change made from set 3c and BEFORE any run on it: a KGB report as published, a polemical article, a
history book's chapter, a Soviet newspaper report, a student essay and an encyclopedia page. Invented texts:
no corpus file is copied. Labels as in evidence_heldout_s3b.py; measured by measure_evidence_s3b.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A KGB report to the Central Committee as printed in a document collection, with the editors' notes.
KGB_REPORT = """\
Document 112. Note of the KGB to the CC CPSU on the reaction of the creative intelligentsia to the trial of Sinyavsky and Daniel, 18 February 1966

Secret

The Committee of State Security reports that the sentence passed on Sinyavsky and Daniel has been received with approval by the majority of writers. At the same time a number of negative statements have been recorded. The sources of information are agents and trusted persons in the Writers' Union, in the editorial offices of literary journals and in the institutes of the Academy of Sciences. Measures are being taken to prevent the collection of signatures under collective letters. The names of those who signed letters in defence of the accused are being established.

The writer K. Paustovsky, in conversation with acquaintances, said that the trial was "a disgrace for the country which will be remembered for a long time". He stated that he intended to write a letter in defence of the accused. The poet B. Akhmadulina told a group of students at the Literary Institute that "nobody has the right to judge a writer for what he has written".

The critic A. Menshutin, speaking at a closed meeting of the Institute of World Literature, declared: "We are being asked to vote for a verdict we have not read, on books we are not allowed to read." His statement was supported by applause from part of the audience. The director of the institute, I. Anisimov, closed the meeting.

Among students of Moscow University leaflets have been found with the text: "Freedom for Sinyavsky and Daniel! Respect the Soviet Constitution!" The authors of the leaflets are being established.

At the same time many writers condemned the accused. M. Sholokhov, in his speech at the Twenty-Third Congress, regretted that the sentence had been too mild and said that in the 1920s such people would have been dealt with "quite differently". The secretary of the Writers' Union, G. Markov, assured the Central Committee that the union "fully supports the just sentence".

Chairman of the KGB
V. Semichastny

Editors' note. Sholokhov's speech provoked an open letter from Lydia Chukovskaya, who wrote that literature "does not come under the jurisdiction of the criminal court" and that Sholokhov's words would be remembered "longer than his books". The letter circulated widely in samizdat. Semichastny later claimed in his memoirs that he had opposed the trial, but the documents do not support this.
"""
KGB_REPORT_LABELS: list[Label] = [
    ('"a disgrace for the country', "real", "K. Paustovsky|Paustovsky"),
    ('"nobody has the right to judge', "real", "B. Akhmadulina|Akhmadulina"),
    ('"We are being asked to vote', "real", "A. Menshutin|Menshutin"),
    ('"Freedom for Sinyavsky', "real", "leaflets"),
    ('"quite differently"', "real", "M. Sholokhov|Sholokhov"),
    ('"fully supports the just', "real", "G. Markov|Markov"),
    ('"does not come under', "real", "Lydia Chukovskaya|Chukovskaya"),
    ('"longer than his books"', "real", "Lydia Chukovskaya|Chukovskaya"),
]

# 2. A polemical article in an online magazine answering a critic.
POLEMIC = """\
No, the archives do not "exonerate" Stalin

A reader wrote to us last week to complain about our series on the Great Terror. The archives, he told us, had shown that the number of victims was "vastly exaggerated by Western propaganda", and he asked why we kept repeating "Cold War myths". It is a complaint we hear often, and it deserves an answer. We will try to give one without insults, because the question of numbers is a real question, and historians have argued about it for decades in good faith. What they have not argued about, with very few exceptions, is whether the killings took place.

It is true that the archives opened in the 1990s produced lower figures than some earlier estimates. Robert Conquest, writing in the 1960s without access to Soviet records, put the number of executions in 1937–38 far higher than the documents later showed. But the documents did not make the Terror smaller in any sense that matters. They recorded 681,692 executions in two years. The historian Oleg Khlevniuk, who has spent more time in these archives than almost anyone, is blunt about it: "The documents did not refute the Terror. They documented it."

Our reader will object that Stalin did not know what the NKVD was doing. This is the oldest defence of all, and the archives demolish it. Stalin signed hundreds of execution lists with his own hand. On one of them, next to the name of a former colleague, he wrote "beat, beat". Molotov, who signed many of the same lists, never denied it. "I signed, and I do not regret it," he told the poet Felix Chuev decades later.

There is a subtler version of the argument, and it is more interesting. Some historians, notably J. Arch Getty, have stressed the chaos of the system and the initiative of regional officials. Getty does not excuse Stalin; he writes that "the Terror was not a plan carried out to the letter but a storm that the centre unleashed and could not fully control". That is a serious argument about how the Terror worked. It is not an argument that it did not happen.

So no, we will not stop. The people on those lists had names. As one of the founders of Memorial liked to say, "every name returned is a small victory over oblivion". We would add: every figure explained is a small victory over propaganda, whichever side it comes from.
"""
POLEMIC_LABELS: list[Label] = [
    ('"exonerate"', "scare", None),
    ('"vastly exaggerated by', "real", "reader|A reader|he"),
    ('"Cold War myths"', "real", "reader|A reader|he"),
    ('"The documents did not refute', "real", "Oleg Khlevniuk|Khlevniuk"),
    ('"beat, beat"', "real", "Stalin|he"),
    ('"I signed, and I do not', "real", "Molotov"),
    ('"the Terror was not a plan', "real", "J. Arch Getty|Getty"),
    ('"every name returned', "real", "one of the founders|one"),
]

# 3. A history book's chapter on the Secret Speech, with note numbers.
BOOK_CHAPTER = """\
3. The Closed Session

The speech was delivered on the morning of 25 February 1956, at a closed session to which foreign delegates were not admitted. Khrushchev spoke for about four hours. He began cautiously, reminding the delegates that Marx and Lenin had condemned the cult of the individual, and then moved on to Lenin's last letters. He read out the passage in which Lenin had called Stalin "too rude" and proposed that he be removed from the post of General Secretary.4

The delegates had never heard these words. One of them, a district secretary from the Urals, later told an interviewer that the hall was so silent "you could hear the pages turning".5 Others remembered the reaction differently. According to the stenographic record, the speech was interrupted several times by "indignation in the hall" and "noise".6

Khrushchev's account of the purges was selective. He spoke at length about the fate of party members, of the delegates of the Seventeenth Congress, and of the military, but said almost nothing about the millions of peasants who had died during collectivisation. Nor did he mention his own role. William Taubman, his biographer, observes that the speech was "as much an act of self-defence as of revelation".7

The members of the Presidium had not agreed on the speech. Molotov, Kaganovich and Voroshilov had argued against it in the preceding weeks. At one meeting Kaganovich warned that the party would be "unable to control the consequences", and Voroshilov asked whether it was wise "to wash our dirty linen in public".8 The argument went on for several sessions, and the minutes, which were published only in the 1990s, show how close the Presidium came to a split. Khrushchev overrode them. He told the Presidium: "If we do not tell the truth at the congress, we will be forced to tell it some time in the future, and then we will be not the speakers but the accused."9

The text was read to party meetings across the country in the following weeks. Within the party the reading was organised with care: the text was sent to regional committees in numbered copies, to be read aloud and returned. In Tbilisi, where Stalin was still revered, students took to the streets in March, and troops opened fire. In Poland and Hungary the speech, which reached the West through Israeli intelligence and was printed by The New York Times in June, helped to set off the crises of the autumn.
"""
BOOK_CHAPTER_LABELS: list[Label] = [
    ('"too rude"', "real", "Lenin"),
    ('"you could hear the pages', "real", "district secretary|secretary|One of them|one"),
    ('"indignation in the hall"', "real", "stenographic record|record"),
    ('"noise"', "real", "stenographic record|record"),
    ('"as much an act of self-defence', "real", "William Taubman|Taubman"),
    ('"unable to control the consequences"', "real", "Kaganovich"),
    ('"to wash our dirty linen', "real", "Voroshilov"),
    ('"If we do not tell the truth', "real", "Khrushchev|He"),
]

# 4. A Soviet newspaper report (TASS style) on a factory meeting.
SOVIET_NEWS = """\
Working people of the capital support the peace policy of the Soviet government

A crowded meeting was held yesterday at the Likhachev automobile plant in Moscow, one of the oldest enterprises of the capital, whose lorries are known in every corner of the country and in many countries abroad. More than five thousand workers, engineers and office employees gathered in the main assembly shop to discuss the statement of the Soviet government on the international situation.

The meeting was opened by the secretary of the plant's party committee, comrade V. Ivanov. He reminded those present that the plant had fulfilled its plan for the first quarter ahead of time. "Our answer to the warmongers," he said, "is new cars, new lorries and new records of labour."

The first to speak was the senior foreman of the press shop, Hero of Socialist Labour P. Sorokin. "I went through the whole war, from Moscow to Berlin," he said. "I know what war means, and I say: we want peace, but we are not afraid." His words were met with prolonged applause.

The young engineer Galina Fedotova, a member of the Komsomol committee, spoke on behalf of the plant's youth. She said that the young workers of the plant had taken on an obligation to raise labour productivity by ten per cent. "Let the gentlemen in Washington know," she declared, "that the Soviet youth will answer every threat with work."

The director of the plant, comrade A. Krylov, spoke about the plans for reconstruction of the assembly lines. According to him, the new lines will allow the plant to produce "a third more vehicles with the same number of workers".

The meeting unanimously adopted a resolution expressing full support for the foreign policy of the Communist Party and the Soviet government. The resolution says: "We, the workers of the Likhachev plant, declare our readiness to defend the peaceful labour of the Soviet people."

After the meeting the workers returned to their places, and the second shift began on time. In the evening the plant's amateur choir gave a concert in the House of Culture for the families of the workers, and a group of veterans of the plant met the pupils of the neighbouring school. Similar meetings were held yesterday at the Serp i Molot metallurgical plant, the Trekhgornaya textile mill and other enterprises of the capital.
"""
SOVIET_NEWS_LABELS: list[Label] = [
    ('"Our answer to the warmongers,"', "real", "V. Ivanov|Ivanov|he"),
    ('"is new cars, new lorries', "real", "V. Ivanov|Ivanov|he"),
    ('"I went through the whole war', "real", "P. Sorokin|Sorokin"),
    ('"I know what war means', "real", "P. Sorokin|Sorokin"),
    ('"Let the gentlemen in Washington', "real", "Galina Fedotova|Fedotova"),
    ('"that the Soviet youth will', "real", "Galina Fedotova|Fedotova"),
    ('"a third more vehicles', "real", "A. Krylov|Krylov"),
    ('"We, the workers of the Likhachev', "real", "resolution|The resolution"),
]

# 5. A student essay with footnote-free author-page citations and primary sources.
STUDENT_ESSAY = """\
How far did the Thaw change Soviet culture?

The death of Stalin in 1953 was followed by a period that Ilya Ehrenburg, in the title of a short novel, called "the thaw". The word stuck, although Ehrenburg himself later admitted that he had not meant it as a political programme (Ehrenburg 139). This essay will argue that the Thaw changed what could be published more than it changed how culture was controlled.

The Thaw was never a single event. It came in waves, with retreats after the Hungarian rising in 1956 and after the Manege exhibition in 1962, and each wave was followed by a tightening of control. The most famous example is the publication of Solzhenitsyn's One Day in the Life of Ivan Denisovich in Novy Mir in 1962. Its editor, Alexander Tvardovsky, had to obtain Khrushchev's personal permission. Khrushchev is said to have told the Presidium that the story was "life-affirming" and that the party had nothing to fear from it (Taubman 528). Readers reacted with astonishment. One of them wrote to Novy Mir that she had "wept for the first time in twenty years" (Kozlov 195).

Yet the limits were always visible. When Pasternak's Doctor Zhivago was published abroad in 1957, he was expelled from the Writers' Union and forced to decline the Nobel Prize. The head of the Komsomol, Vladimir Semichastny, compared him to a pig which "fouls the place where it eats". Pasternak wrote to Khrushchev that leaving the country would be "equivalent to death" for him. He stayed, and died two years later.

Historians disagree about how to weigh these episodes. Polly Jones argues that the Thaw was "a process of negotiation" rather than a single policy (Jones 8). Vladislav Zubok, by contrast, emphasises the expectations it raised among the young, which the state could neither satisfy nor suppress (Zubok 225). Both agree that the end of the Thaw was gradual, not sudden. The removal of Khrushchev in 1964 did not close the journals at once, and Novy Mir went on publishing difficult prose until Tvardovsky was forced out in 1970. The trial of Sinyavsky and Daniel in 1966 is often taken as the real end, because it showed that writers could again be imprisoned for what they wrote.

In conclusion, the Thaw allowed a great deal to be said, but it never decided who had the right to say it. As Kozlov observes, readers "were allowed to speak, but not to be heard" (Kozlov 310).
"""
STUDENT_ESSAY_LABELS: list[Label] = [
    ('"the thaw"', "real", "Ilya Ehrenburg|Ehrenburg"),  # "that Ehrenburg … called": his (session 11 convention)
    ('"life-affirming"', "real", "Khrushchev"),
    ('"wept for the first time', "real", "One of them|one"),
    ('"fouls the place where', "real", "Vladimir Semichastny|Semichastny"),
    ('"equivalent to death"', "real", "Pasternak"),
    ('"a process of negotiation"', "real", "Polly Jones|Jones"),
    ('"were allowed to speak', "real", "Kozlov"),
]

# 6. An encyclopedia page about a person, with reference marks.
ENCYCLOPEDIA = """\
Varlam Shalamov

Varlam Tikhonovich Shalamov (1907–1982) was a Russian writer, journalist and poet, and a survivor of the Gulag. He spent seventeen years in the camps, most of them in Kolyma, and is best known for the Kolyma Tales, a cycle of short stories about camp life.[1]

Biography

Shalamov was born in Vologda, the son of a priest. He studied law at Moscow University and was first arrested in 1929 for distributing Lenin's "Letter to the Congress". He served three years in a camp in the northern Urals. In 1937 he was arrested again and sentenced to five years in Kolyma for "counter-revolutionary Trotskyist activity"; the term was later extended.[2] He survived in part because a doctor, Andrei Pantyukhov, arranged for him to train as a medical assistant. He was released in 1951 but was not allowed to return to Moscow until 1956, when he was rehabilitated. He then worked as a journalist for the magazine Moskva and published several collections of poetry.

Work

The Kolyma Tales were written between 1954 and 1973 and circulated in samizdat. Shalamov insisted that the camp was "a negative school of life" from which no one could learn anything good, a view that set him against Solzhenitsyn.[3] In a letter to Solzhenitsyn he wrote: "Remember the most important thing: the camp is a negative school from the first to the last day for anyone."[4]

In 1972 the Literaturnaya Gazeta published a letter signed by Shalamov in which he renounced the publication of his stories abroad and declared that "the problems of the Kolyma Tales have long been removed by life".[5] Many of his friends regarded the letter as a betrayal; others believed it had been extracted under pressure. Nadezhda Mandelstam is reported to have said that Shalamov "had died" for her after it.[6]

Legacy

In his last years Shalamov was deaf and almost blind, and he could no longer write by hand. Friends who visited him recorded poems he dictated to them, letter by letter. He was moved against his will to a psychiatric home shortly before his death. Shalamov died there in January 1982. The Kolyma Tales were first published in full in the Soviet Union in 1989. They have since been translated into most European languages, and a complete English translation appeared in 2018. The critic Yuri Shreider called him "the greatest chronicler of the twentieth century's shame".[7]
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"Letter to the Congress"', "scare", None),
    ('"counter-revolutionary Trotskyist', "real", None),
    ('"a negative school of life"', "real", "Shalamov"),
    ('"Remember the most important', "real", "Shalamov|he"),
    ('"the problems of the Kolyma', "real", "Shalamov|letter"),
    ('"had died"', "real", "Nadezhda Mandelstam|Mandelstam"),
    ('"the greatest chronicler', "real", "Yuri Shreider|Shreider"),
]

SET_S3D: dict[str, tuple[str, list[Label]]] = {
    "kgb report": (KGB_REPORT, KGB_REPORT_LABELS),
    "polemic 2": (POLEMIC, POLEMIC_LABELS),
    "book chapter 3": (BOOK_CHAPTER, BOOK_CHAPTER_LABELS),
    "soviet newspaper": (SOVIET_NEWS, SOVIET_NEWS_LABELS),
    "student essay 2": (STUDENT_ESSAY, STUDENT_ESSAY_LABELS),
    "encyclopedia 3": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
}
