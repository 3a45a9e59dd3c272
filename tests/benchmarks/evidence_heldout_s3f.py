# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""A fifth held-out set for speaker attribution (issue 16, round 3f), written and labelled by hand after the
last change made from sets 3b–3e and BEFORE any run on it: a Komsomol meeting's minutes, an émigré memoir,
an interrogation record with its editor's notes, a textbook chapter, an opinion column and an encyclopedia
page on an event. Invented texts: no corpus file is copied. Labels as in evidence_heldout_s3b.py; measured
by measure_evidence_s3b.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. Minutes of a Komsomol meeting at a university, as published in a document collection.
MINUTES = """\
Minutes No. 14 of the general meeting of the Komsomol organisation of the Faculty of History, Moscow State University, 12 March 1949

Present: 146 members of the Komsomol. Chair: comrade Lebedev. Secretary: comrade Orlova.

Agenda: On the struggle against cosmopolitanism in historical science.

The meeting took place in the large auditorium of the faculty on Mokhovaya Street and lasted from six until half past ten in the evening. Members of the party bureau of the faculty and a representative of the district committee of the Komsomol were present as guests.

The chair opened the meeting and gave the floor to comrade Semenov, secretary of the faculty bureau. Comrade Semenov reported that some teachers of the faculty had "for many years bowed down before bourgeois Western historiography" and had failed to show the priority of Russian science. He named in particular Professor I. I. Mints and Associate Professor Razgon. He proposed that the meeting demand "an honest account" from them.

Comrade Zhukova (3rd year) said that in the seminars of Associate Professor Razgon the students read more foreign authors than Soviet ones. "We were taught to admire the footnotes of Englishmen," she said, "and not the achievements of our own people."

Comrade Tarasov (4th year) spoke against the proposal. He said that Professor Mints had taught a generation of Soviet historians and that the accusations were "not proven by a single fact". The chair interrupted him and asked whether he was defending cosmopolitans. Comrade Tarasov answered: "I am defending the truth, which is also a Komsomol duty." (Noise in the hall.)

Comrade Belov (2nd year) proposed that the question of comrade Tarasov himself be examined at the next meeting of the bureau.

Resolution: to approve the report of comrade Semenov; to ask the party bureau of the faculty to examine the work of Professor Mints and Associate Professor Razgon; to instruct the Komsomol bureau to examine the conduct of comrade Tarasov.

Voted: for 139, against 4, abstained 3.

Editors' note. Mints was dismissed from the university later that year. Tarasov was expelled from the Komsomol in April and, according to his own later account, worked for two years as a loader at the Kazan railway station. In an interview in 1990 he remembered the meeting without bitterness: "Most of them were frightened children. So was I, a little." He returned to the faculty after 1956 and taught there until his retirement.
"""
MINUTES_LABELS: list[Label] = [
    ('"for many years bowed down', "real", "Semenov"),
    ('"an honest account"', "real", "Semenov|He"),
    ('"We were taught to admire', "real", "Zhukova"),
    ('"and not the achievements', "real", "Zhukova"),
    ('"not proven by a single fact"', "real", "Tarasov|He"),
    ('"I am defending the truth', "real", "Tarasov"),
    ('"Most of them were frightened', "real", "Tarasov|he"),
]

# 2. An émigré memoir of the 1920s: narrative with reported speech.
EMIGRE_MEMOIR = """\
Berlin, 1923

We arrived in Berlin in the winter of 1922 with two suitcases and a letter of introduction to a publisher who had already gone bankrupt. My husband found work as a proofreader for one of the Russian newspapers; I gave lessons in French to the children of other émigrés, who paid me in marks that were worth less every evening than they had been in the morning.

The Russian colony was large and quarrelsome. There were monarchists who still waited for the return of the Tsar, liberals who blamed the monarchists, and socialists who blamed everyone. At the house of the Nabokovs, where we were sometimes invited on Sundays, the arguments went on until midnight. The old Nabokov, the father of the writer, was the most patient of them. "We lost Russia because we could not agree," he said to me once, "and now we cannot even agree about how we lost it." A few months later he was shot at a public meeting by a monarchist who had meant to kill Milyukov.

I remember the funeral well. It was raining, and the crowd was very large. Milyukov spoke at the grave. He said that Nabokov had given his life "for another man and for the freedom of speech", and many people wept.

In 1923 a friend of my husband's returned from Moscow, where he had gone to visit his mother. He was full of stories. The Bolsheviks, he told us, were not as terrible as the newspapers said; the shops were open again, and there was bread. My husband listened and said nothing. Later, when the friend had gone, he said to me: "He has seen what they wanted him to see." I was not so sure. I was homesick, and I wanted to believe him.

The inflation ended at the end of 1923, and with it the cheap life of the colony. Publishers closed, newspapers merged, and many of our friends left for Paris or Prague, where life was said to be easier. We did not go back. Many of those who did were arrested in the thirties. Among them was the friend himself, who returned to Moscow in 1925 and was shot in 1937. His mother, we learned much later, wrote to the procurator every month for ten years asking where he was. The answer, when it finally came, was a printed form: "sentenced to ten years without the right of correspondence". It was the formula they used for the dead.
"""
EMIGRE_MEMOIR_LABELS: list[Label] = [
    ('"We lost Russia because', "real", "Nabokov|he"),
    ('"and now we cannot even agree', "real", "Nabokov|he"),
    ('"for another man and for the freedom', "real", "Milyukov|He"),
    ('"He has seen what they wanted', "real", "husband|My husband|he"),
    ('"sentenced to ten years without', "real", "form|printed form|answer"),
]

# 3. An interrogation record with the editors' commentary.
INTERROGATION = """\
Record of the interrogation of the accused Babel Isaak Emmanuilovich, 29 May 1939 (extract)

Question: You are accused of participating in an anti-Soviet Trotskyist organisation. Do you admit your guilt?

Answer: I admit that I expressed dissatisfaction with certain measures of the Soviet government in conversations with my friends. I do not admit that I belonged to any organisation.

Question: The investigation has evidence that you were recruited by Yezhova, the wife of the former People's Commissar. Tell us about your relations with her.

Answer: I knew Yevgenia Solomonovna Yezhova for many years, since the time when she worked at the magazine USSR in Construction. We met as writers and editors. She never proposed to me any anti-Soviet activity.

Question: You are lying. Yezhova has testified that you told her that "the country is ruled by people who do not understand literature". Do you confirm this?

Answer: I may have said something like that. I did not mean it as a political statement.

The interrogation was conducted by Senior Lieutenant of State Security Kuleshov. The record was read by me and written down correctly. Signature: I. Babel.

Editors' commentary. Babel was arrested on 15 May 1939 at his dacha in Peredelkino. His widow, Antonina Pirozhkova, later wrote that the investigators took away "fifteen folders of manuscripts and eleven notebooks", none of which have been found. In the course of the investigation Babel signed confessions naming Ehrenburg, Eisenstein and others as members of a conspiracy. At his trial on 26 January 1940, which lasted twenty minutes, he retracted them. His last words to the court, as recorded in the trial protocol, were: "I am innocent. I ask only to be allowed to finish my work." He was shot the next day.

The confessions, the protocols and the sentence fill three volumes of the file, which also contains the receipts for the things taken from the dacha. Pirozhkova was told for fifteen years that her husband was alive in a camp. When she finally received the certificate of rehabilitation in 1954, the date of death on it was false. The historian Vitaly Shentalinsky, who found Babel's file in the KGB archive in the 1990s, called the case "a model of how a writer was unmade on paper".
"""
INTERROGATION_LABELS: list[Label] = [
    ('"the country is ruled by people', "real", "Babel|you"),
    ('"fifteen folders of manuscripts', "real", "Antonina Pirozhkova|Pirozhkova"),
    ('"I am innocent.', "real", "Babel|he"),
    ('"a model of how a writer', "real", "Vitaly Shentalinsky|Shentalinsky"),
]

# 4. A school textbook chapter on the Cold War, with quotations of leaders.
TEXTBOOK = """\
Chapter 12. The Cuban Missile Crisis

In October 1962 the world came closer to nuclear war than at any other time. The crisis began when American reconnaissance planes photographed Soviet missile sites under construction in Cuba. President John F. Kennedy learned of the photographs on 16 October and assembled a group of advisers, known as the Executive Committee, to decide what to do.

Some of the advisers, especially the military chiefs, wanted an immediate air strike. General Curtis LeMay told the President that a blockade would be "almost as bad as the appeasement at Munich". Kennedy rejected the air strike. On 22 October he announced a "quarantine" of Cuba in a television address. "It shall be the policy of this nation," he declared, "to regard any nuclear missile launched from Cuba against any nation in the Western Hemisphere as an attack by the Soviet Union on the United States."

In Moscow, Khrushchev at first refused to back down. In a letter to Kennedy on 24 October he called the blockade "an act of aggression which pushes mankind toward the abyss of a world nuclear-missile war". But two days later he sent a very different letter, long and emotional, in which he offered to remove the missiles in return for an American promise not to invade Cuba. "Let us not pull on the ends of the rope in which you have tied the knot of war," he wrote.

The next day a Soviet missile shot down an American U-2 plane over Cuba, and the pilot was killed. Many in Washington expected war. Robert Kennedy, the President's brother, met the Soviet ambassador Anatoly Dobrynin that evening. According to Dobrynin's report to Moscow, Robert Kennedy told him that the President was under great pressure from the generals and that "the situation might get out of control". He also promised, privately, that the American missiles in Turkey would be removed.

On 28 October Radio Moscow announced that the Soviet missiles would be dismantled. The crisis was over. Historians still debate who won. The Cuban leader Fidel Castro, who had not been consulted, was furious; he is said to have called Khrushchev a man "without balls" when he heard the news. In the Soviet Union, the retreat damaged Khrushchev's standing with the military, and it was one of the charges brought against him when he was removed in 1964.

Questions: 1. Why did Kennedy choose a blockade rather than an air strike? 2. What did each side gain from the settlement?
"""
TEXTBOOK_LABELS: list[Label] = [
    ('"almost as bad as the appeasement', "real", "General Curtis LeMay|LeMay"),
    ('"quarantine"', "scare", None),
    ('"It shall be the policy', "real", "Kennedy|he"),
    ('"to regard any nuclear missile', "real", "Kennedy|he"),
    ('"an act of aggression which pushes', "real", "Khrushchev|he"),
    ('"Let us not pull on the ends', "real", "Khrushchev|he"),
    ('"the situation might get out', "real", "Robert Kennedy|Kennedy"),
    ('"without balls"', "real", "Fidel Castro|Castro|he"),
]

# 5. An opinion column in a newspaper on a monument dispute.
COLUMN = """\
Why Dzerzhinsky should stay in the museum

The proposal to return the statue of Felix Dzerzhinsky to Lubyanka Square comes up every few years, like a bad tooth. This time it was put forward by a group of deputies of the city duma, who argue that the founder of the Cheka was "a symbol of order and incorruptibility" and that the empty square is "an insult to the history of the state". The mayor's office has said it will consider the proposal.

I would like to remind the deputies what Dzerzhinsky himself thought his organisation was for. In 1918 he told an interviewer from the newspaper Novaya Zhizn that the Cheka "does not judge, it strikes". His deputy, Martin Latsis, went further. In the newspaper Red Terror he instructed investigators not to look for evidence of guilt: "Ask him what class he belongs to, what his origin is, his education, his profession. These questions must decide the fate of the accused."

The statue stood in the square from 1958 until August 1991, when a crowd gathered after the failed coup and the city authorities had it removed with a crane, to avoid worse. Defenders of the monument usually reply that Dzerzhinsky also cared for homeless children, and that is true. The commission he headed set up children's homes and communes. But a man can build orphanages and fill them at the same time.

There is a better argument for the monument, and I want to be fair to it. The statue, by the sculptor Yevgeny Vuchetich, is a good piece of work, and it belongs to the history of the city. My colleague on this page, who disagrees with me about almost everything, wrote last month that "you do not erase history by hiding its statues". I agree. That is why the statue should stay where it is now, in the park of fallen monuments at Muzeon, among the other Lenins and Stalins, with a plaque that tells visitors who he was.

Arseny Roginsky of Memorial, who fought the last attempt to return the statue, used to say that a monument is "a sentence in the grammar of the city". Lubyanka Square already has a sentence: the Solovetsky Stone, brought from the islands where the first camp of the Soviet state was built. It is small and grey and easy to miss. It is enough.
"""
COLUMN_LABELS: list[Label] = [
    ('"a symbol of order', "real", "deputies|group"),
    ('"an insult to the history', "real", "deputies|group"),
    ('"does not judge, it strikes"', "real", "Dzerzhinsky|he"),
    ('"Ask him what class', "real", "Martin Latsis|Latsis|he"),
    ('"you do not erase history', "real", "colleague|My colleague"),
    ('"a sentence in the grammar', "real", "Arseny Roginsky|Roginsky"),
]

# 6. An encyclopedia page on an event, with reference marks.
ENCYCLOPEDIA = """\
Novocherkassk massacre

The Novocherkassk massacre was the shooting of unarmed protesters by Soviet troops in the city of Novocherkassk, in the Rostov region, on 2 June 1962. At least 26 people were killed and 87 wounded. The events were kept secret in the Soviet Union until the late 1980s.[1] They are now regarded as one of the most serious outbreaks of popular protest in the post-Stalin Soviet Union, and as a turning point in the relations between the regime and the industrial working class.

Background

On 1 June 1962 the Soviet government announced an increase in the retail prices of meat and butter of up to 35 per cent. On the same day the management of the Novocherkassk Electric Locomotive Works cut the piece rates of its workers. When a group of workers complained, the director of the works, Boris Kurochkin, is reported to have told them: "If there is not enough money for meat, eat pies with liver."[2] His words spread through the factory, and a strike began.

Shooting

On the morning of 2 June several thousand strikers and their families marched to the city centre carrying portraits of Lenin and red flags. Soldiers of the internal troops and the army had been brought into the city overnight. When the crowd reached the building of the city party committee, troops opened fire. A survivor, Pyotr Siuda, later described the scene: "People did not understand at first that the shooting was real. Then they ran, and the children ran with them."[3]

Members of the Presidium Anastas Mikoyan and Frol Kozlov were in the city during the events. Mikoyan spoke to the crowd on the radio on the evening of 2 June and promised that "those guilty of provocation will be punished". Seven participants of the protest were later sentenced to death and more than a hundred to long terms in the camps.[4]

The strike committee had asked for a meeting with the leadership of the region, and some of the marchers believed until the last moment that the troops would not shoot at workers carrying portraits of Lenin.

Aftermath

The bodies of those killed were buried secretly in cemeteries across the region. In 1992 the Chief Military Prosecutor's Office of Russia reopened the case and concluded that the use of weapons had been "unjustified". The remains of twenty victims were found and reburied in 1994.[5] The historian Vladimir Kozlov has described the events as "the last great workers' uprising in Soviet history".[6]
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"If there is not enough money', "real", "Boris Kurochkin|Kurochkin"),
    ('"People did not understand', "real", "Pyotr Siuda|Siuda"),
    ('"those guilty of provocation', "real", "Mikoyan"),
    ('"unjustified"', "scare", None),  # one word between marks: a label, as the measure's convention has it
    ('"the last great workers', "real", "Vladimir Kozlov|Kozlov"),
]

SET_S3F: dict[str, tuple[str, list[Label]]] = {
    "komsomol minutes": (MINUTES, MINUTES_LABELS),
    "emigre memoir": (EMIGRE_MEMOIR, EMIGRE_MEMOIR_LABELS),
    "interrogation": (INTERROGATION, INTERROGATION_LABELS),
    "textbook": (TEXTBOOK, TEXTBOOK_LABELS),
    "column": (COLUMN, COLUMN_LABELS),
    "encyclopedia 4": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
}
