# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""A fourth held-out set for speaker attribution (issue 16, round 3e), written and labelled by hand after the
last change made from sets 3b–3d and BEFORE any run on it: a party plenum speech, a memoir of the war years,
a procurator's report, a history book's chapter, a polemical review and a newspaper obituary. Invented texts:
no corpus file is copied. Labels as in evidence_heldout_s3b.py; measured by measure_evidence_s3b.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A speech at a party plenum, as printed in the stenographic report, with interjections.
PLENUM = """\
Speech of comrade A. I. Mikoyan at the June Plenum of the Central Committee, 1957 (stenographic report)

Comrades, I did not intend to speak today, but after the speech of comrade Molotov I cannot remain silent. Comrade Molotov told us yesterday that the decisions of the Twentieth Congress were "a mistake which has weakened the party and the international communist movement". I ask him: which decisions? The decision to release hundreds of thousands of innocent people from the camps? (Voices: "Right!")

Comrade Kaganovich spoke in the same spirit. He said that the Presidium had acted "without the necessary collective discussion" when it reorganised the management of industry. But I was present at every session, and I remember that comrade Kaganovich himself voted for the reorganisation. He did not object then. Why does he object now, when the matter has already been decided by the plenum and the Supreme Soviet?

Let me remind the plenum of some facts, since some comrades seem to have forgotten them in the heat of the last few days. In 1953, after the death of Stalin, it was comrade Khrushchev who proposed that the party return to the Leninist norms of collective leadership. Comrade Malenkov at that time agreed. He told me personally: "We cannot go on living as we lived under Stalin, in fear of each other." Now he has joined those who want to remove Khrushchev. I do not understand this, comrades.

Comrade Shepilov, whom we all respected as a theoretician, has also joined this group. His explanation is that the first secretary "does not listen to anyone". I have worked with Nikita Sergeyevich for many years. He listens, and he argues, and sometimes he shouts. (Laughter in the hall.) But he does not hide behind a closed door.

The members of the Central Committee who came to Moscow on their own initiative, when they heard what was happening in the Presidium, did the right thing. Marshal Zhukov said to me on the first day: "If the Presidium does not convene the plenum, the army will bring the members of the Central Committee to Moscow on its aeroplanes." I hope it will never be necessary to speak of the army in such a connection again. (Stir in the hall.)

I propose that the plenum condemn the anti-party activity of the group of Malenkov, Kaganovich and Molotov, and that it remove them from the Presidium and from the Central Committee. (Applause.)
"""
PLENUM_LABELS: list[Label] = [
    ('"a mistake which has weakened', "real", "Molotov"),
    ('"Right!"', "real", "Voices"),
    ('"without the necessary collective', "real", "Kaganovich|He"),
    ('"We cannot go on living', "real", "Malenkov|He"),
    ('"does not listen to anyone"', "real", "Shepilov"),
    ('"If the Presidium does not convene', "real", "Marshal Zhukov|Zhukov"),
]

# 2. A memoir of the war years: first person, reported speech, dialogue.
MEMOIR = """\
Chapter Two. Evacuation

We left Kharkov on the night of 19 October 1941, in a goods train that had brought shells to the front and was going back empty. My mother had packed one suitcase for the three of us. My grandmother refused to come. She sat in her chair by the window and said, "I was born in this house and I will die in it. The Germans are also people." We never saw her again. After the war a neighbour told us that she had been taken away with the other Jews of the street in December.

The train took eleven days to reach Chelyabinsk. We slept on straw, and at night the wind came through the gaps in the planks. At every station my mother got out to look for water and bread, and every time I was afraid that the train would leave without her. Once it did begin to move while she was still on the platform. A soldier lifted her into our wagon as it went. "Hold on to your children, mother," he said, "and do not get out again."

In Chelyabinsk we were lodged with a family of railway workers, the Petrenkos, in a room that had been a storeroom. Their daughter Nina was my age. She explained the rules of the house to me on the first evening: "The stove is ours. The water is ours. The cockroaches you can have." We became friends, and we still write to each other.

My father was at the front. His letters came rarely and said almost nothing. In one of them, written in the spring of 1942, he told my mother that he was "alive and well fed, which is more than can be said for the Germans". My mother read it aloud twice, laughed, and then went out into the yard and stood there for a long time.

The factory where my mother worked made tank engines. The director, a man named Zaltsman whom everybody called the Tank King, came to the shop one night when she was on the shift. He asked her how many children she had. When she said two, he told the foreman to give her an extra ration card. "Engines are built by mothers too," he said.

My father came home in 1945 with one arm. When I asked him what the war had been like, he was quiet for a while, and then said only: "Long."
"""
MEMOIR_LABELS: list[Label] = [
    ('"I was born in this house', "real", "grandmother|My grandmother"),
    ('"Hold on to your children', "real", "soldier|A soldier"),
    ('"and do not get out again."', "real", "soldier|A soldier"),
    ('"The stove is ours.', "real", "Nina"),
    ('"alive and well fed', "real", "father|My father|he"),
    ('"Engines are built by mothers', "real", "Zaltsman"),
    ('"Long."', "real", "father|My father"),
]

# 3. A procurator's report on violations in a camp, as printed in a document collection.
PROCURATOR = """\
Document 31. From the report of the procurator of the Dalstroi camps to the Procurator of the USSR A. Ya. Vyshinsky, 3 March 1938

In the course of an inspection of the Northern Mining Administration carried out in January and February of this year, the following violations of socialist legality were established. The inspection covered six mines, four camp sections and the central hospital of the administration. In all of them the registers of prisoners were kept carelessly, and in two the number of prisoners on the register did not agree with the number present at the morning count.

The head of the administration, comrade Garanin, has introduced a regime under which prisoners who do not fulfil the norm receive a reduced ration of 300 grams of bread. In conversation with me comrade Garanin stated that "the norm is the law, and whoever does not fulfil the law must not eat". At the Partizan mine alone, 86 prisoners died in January from exhaustion and frostbite.

Camp doctors report that they are forbidden to release sick prisoners from work without the permission of the camp commandant. Doctor Kuznetsova of the Partizan camp hospital wrote to the medical department of Dalstroi that she was "unable to fulfil the elementary duties of a doctor". Her letter has remained without an answer.

Prisoners have submitted a large number of complaints. The prisoner Rudenko, a former engineer, writes: "We are not asking for freedom. We are asking to be treated according to the law under which we were sentenced." Such complaints are not registered by the camp administration and are not forwarded to the procurator's office.

I consider it necessary to raise before you the question of the responsibility of comrade Garanin and the camp commandants for the mass violations of the camp regulations. The NKVD administration of Dalstroi has so far refused to take any measures, declaring that the regime "corresponds to the directives of the centre".

Procurator of the Dalstroi camps
Metelev

Editors' note. Vyshinsky forwarded the report to Yezhov with a covering note asking him to "look into the matter". No answer has been found in the archives. Garanin was arrested in the autumn of 1938, but on charges of espionage, not for the deaths in the camps. Varlam Shalamov, who was a prisoner at the Partizan mine that winter, later called the Garanin period "the time of the shootings".
"""
PROCURATOR_LABELS: list[Label] = [
    ('"the norm is the law', "real", "Garanin"),
    ('"unable to fulfil the elementary', "real", "Kuznetsova|Doctor Kuznetsova"),
    ('"We are not asking for freedom.', "real", "Rudenko"),
    ('"corresponds to the directives', "real", "NKVD administration|administration"),
    ('"look into the matter"', "real", "Vyshinsky"),
    ('"the time of the shootings"', "real", "Varlam Shalamov|Shalamov"),
]

# 4. A history book's chapter on the Katyn massacre and its cover-up.
BOOK_CHAPTER = """\
9. Katyn: the Lie and its Undoing

In April 1943 the German authorities announced the discovery of mass graves of Polish officers in the Katyn forest near Smolensk. Goebbels saw at once what use could be made of it. In his diary he noted that the discovery would allow Germany "to drive a wedge between the Poles and the Soviets". The Polish government in exile in London asked the International Red Cross to investigate.

The Soviet reaction was swift. Moscow broke off relations with the Polish government, accusing it of collaborating with "Hitler's slanderers". In January 1944, after the Red Army had retaken Smolensk, a Soviet commission headed by the surgeon Nikolai Burdenko concluded that the officers had been shot by the Germans in the autumn of 1941. Burdenko himself, according to the recollection of a colleague, told a friend privately that "the Germans did not do this". He died in 1946 without saying so in public.

The Western allies chose not to know. Churchill told the Polish prime minister, Władysław Sikorski, that there was "no use prowling morbidly round the three-year-old graves". Roosevelt's special emissary, George Earle, reached the opposite conclusion and was sent to Samoa for his pains. Historians such as Allen Paul have described the Western silence as "a conspiracy of convenience".

For almost fifty years the Soviet version was repeated in textbooks, encyclopedias and the speeches of Soviet leaders, and Polish historians who questioned it could not publish at home. The truth came out slowly. In 1990 the Soviet news agency TASS published a statement in which the Soviet Union acknowledged, for the first time, that the massacre had been "one of the grave crimes of the Stalin era". Two years later the Russian government handed over to Poland the decision of the Politburo of 5 March 1940, signed by Stalin, Voroshilov, Molotov and Mikoyan, which ordered the shooting of more than 21,000 prisoners.

Even then the question was not closed. In 2010, after the crash at Smolensk that killed the Polish president and many members of the Polish elite on their way to a commemoration, Vladimir Putin expressed his sympathy and called the massacre "a crime of the totalitarian regime". Not everyone in Russia agreed. A deputy of the State Duma, Viktor Ilyukhin, claimed that the documents of 1940 were forgeries. His claims were taken up by a number of websites and pamphlets, but no serious historian has accepted them.
"""
BOOK_CHAPTER_LABELS: list[Label] = [
    ('"to drive a wedge between', "real", "Goebbels|he"),
    ('"Hitler\'s slanderers"', "real", "Moscow"),
    ('"the Germans did not do this"', "real", "Burdenko"),
    ('"no use prowling morbidly', "real", "Churchill"),
    ('"a conspiracy of convenience"', "real", "Allen Paul|Paul|Historians"),
    ('"one of the grave crimes', "real", "statement|TASS|Soviet Union"),
    ('"a crime of the totalitarian', "real", "Vladimir Putin|Putin"),
]

# 5. A polemical review of a popular history book.
REVIEW = """\
The Tsar Who Never Was: on Nikolai Starikov's "Stalin. Let Us Remember Together"

Nikolai Starikov's new book has sold more than a hundred thousand copies, and it is easy to see why. It is written with energy, it flatters its readers, and it tells them that everything they were taught to be ashamed of was in fact a triumph. The collectivisation, Starikov writes, was "the price of survival in a hostile world". The purges were "a cleansing of the fifth column". The famine does not appear at all.

Starikov is not a historian, and he does not pretend to be one. He describes himself as "a writer who reads documents", which is true as far as it goes: he reads the documents that suit him. When he quotes Churchill's supposed tribute to Stalin, "he took Russia with the wooden plough and left her with atomic weapons", he does not tell his readers that the phrase was never found in any of Churchill's speeches and appears to have been invented by Isaac Deutscher, or by someone quoting him.

His method is most visible in the chapter on 1937. He quotes at length from the confession of Marshal Tukhachevsky, in which the marshal admitted to "preparing a military coup in agreement with the German General Staff", and treats it as evidence. He does not mention that the pages of the confession are stained with blood, as the commission of 1991 found. Nor does he quote the words of Tukhachevsky's sister, who was told by an investigator that "the marshal has confessed everything, and you will confess too".

Defenders of the book say that it restores national pride, and that professional historians have left the field to the pessimists. One reader, in a review on a bookseller's website, thanked the author for "telling the truth that the liberals hid from us for thirty years". That is the real subject of the book: not Stalin, but the resentment of its readers. I understand that resentment. I do not think it should be fed with forgeries.

Oleg Khlevniuk, whose biography of Stalin is based on decades in the archives, once said in an interview that the myth of the good Stalin was "a mirror in which people see what they want". Starikov's book is such a mirror. It is a pity that so many people are looking into it.
"""
REVIEW_LABELS: list[Label] = [
    ('"Stalin. Let Us Remember', "scare", None),
    ('"the price of survival', "real", "Starikov"),
    ('"a cleansing of the fifth column"', "real", "Starikov"),
    ('"a writer who reads documents"', "real", "Starikov|He|himself"),
    ('"he took Russia with the wooden', "real", "Churchill"),
    ('"preparing a military coup', "real", "Tukhachevsky|marshal"),
    ('"the marshal has confessed', "real", "investigator|an investigator"),
    ('"telling the truth that', "real", "reader|One reader"),
    ('"a mirror in which people', "real", "Oleg Khlevniuk|Khlevniuk"),
]

# 6. A newspaper obituary of an archivist.
OBITUARY = """\
Nina Petrovna Lugovskaya, archivist who opened the files, dies at 84

Nina Petrovna Lugovskaya, who spent four decades at the State Archive of the Russian Federation and helped thousands of families find the files of relatives shot or imprisoned under Stalin, died on Sunday in Moscow. She was 84.

Her death was announced by the archive, which called her "a keeper of memory in the fullest sense of the word". Her daughter, Elena, said she had died peacefully at home after a long illness.

Lugovskaya joined the archive in 1962 as a junior clerk and spent her first twenty years in the reading rooms of a service that few outsiders were allowed to enter. Her chance came in 1989, when the archive began to answer requests from the public. "Suddenly there were queues at the door," she told an interviewer in 2011. "Old women with photographs, young men with lists. Every one of them wanted a name and a date."

She became known for her patience with visitors who could not read the bureaucratic language of the files. Colleagues recall that she would sit with a visitor for an hour to explain a single page, and that she kept a card index of her own, by hand, of the families she had helped, which ran to several thousand cards by the end of the 1990s. The historian Oleg Budnitsky, who worked in the archive in the 1990s, described her as "the only person in the building who was never in a hurry".

Not everything she did was welcomed. In 1995 she was reprimanded for showing a family the name of the investigator who had signed their grandfather's death sentence. She refused to apologise. "The victims have names," she said at the time. "So do the executioners."

In later years, as access to the archives narrowed again, she spoke less in public. Asked in 2018 whether she feared for the future of the archives, she answered carefully. "Paper is patient," she said. "It has waited before."

Born in Tula in 1939, she was the daughter of a schoolteacher and a railway engineer. She studied history at Moscow State University and wrote a dissertation on the archives of the provincial governors of the nineteenth century, a subject she said she had chosen because it was safe. She is survived by her daughter and two grandsons.
"""
OBITUARY_LABELS: list[Label] = [
    ('"a keeper of memory', "real", "archive|the archive"),
    ('"Suddenly there were queues', "real", "Lugovskaya|she"),
    ('"Old women with photographs', "real", "Lugovskaya|she"),
    ('"the only person in the building', "real", "Oleg Budnitsky|Budnitsky"),
    ('"The victims have names,"', "real", "Lugovskaya|she"),
    ('"So do the executioners."', "real", "Lugovskaya|she"),
    ('"Paper is patient,"', "real", "Lugovskaya|she"),
    ('"It has waited before."', "real", "Lugovskaya|she"),
]

SET_S3E: dict[str, tuple[str, list[Label]]] = {
    "plenum speech": (PLENUM, PLENUM_LABELS),
    "war memoir": (MEMOIR, MEMOIR_LABELS),
    "procurator report": (PROCURATOR, PROCURATOR_LABELS),
    "book chapter 4": (BOOK_CHAPTER, BOOK_CHAPTER_LABELS),
    "review": (REVIEW, REVIEW_LABELS),
    "obituary": (OBITUARY, OBITUARY_LABELS),
}
