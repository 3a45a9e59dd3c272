# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""Held-out texts of the third round (issue 16), in genres the earlier sets did not cover.

``SET_ONE`` was written before any rule of this round was changed, measured once as written (the numbers
are in measure_evidence_s3.py), and then used to correct the rules; ``SET_TWO`` was written after the
corrections and measured untouched. Invented texts: no corpus file is copied.

Each entry is (marked text, quotation labels). Citations are marked in place as ⟦span|author|year|locator⟧
(as in evidence_heldout.py; ``strip`` there removes the marks); a note call or reference mark is marked on
its number with the author its note names ("" for a note that names nobody). Quotation labels are, in
reading order of the plain text, (the first characters of the quotation from its opening mark, or of a
block quotation from its first word; "real", "scare" or "block"; the speaker, alternatives separated by
"|", None where the text names nobody). Only outermost quotations are labelled.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wire-service report: many speakers, "said"/"told"/"according to", passives, accusations.
NEWS_REPORT = """\
Court orders closure of veterans' archive in Perm

PERM, March 14 (Reuters) - A regional court on Thursday ordered the closure of a private archive that has collected the testimony of former Gulag prisoners for more than thirty years, in a case that rights groups described as part of a widening campaign against historical memory.

Judge Olga Vinogradova ruled that the archive had violated registration rules by failing to mark its publications as those of a "foreign agent". The archive's lawyer, Sergei Antipov, said he would appeal. "This is not about paperwork. It is about who is allowed to remember," Antipov told reporters outside the courthouse.

Prosecutors had accused the archive of "distorting the historical memory of the Great Patriotic War" and of "rehabilitating Nazi collaborators", charges its staff deny. The prosecutor, Dmitry Kornilov, told the court the archive's exhibits presented "a one-sided picture designed to humiliate the country".

The archive, housed in two rooms of a former school, holds some 4,000 interviews and a collection of letters smuggled out of camps in the Urals. Its founder, Tatyana Melnikova, 71, was not in court. Reached by telephone, she said she had expected the ruling. "We have been waiting for this for two years," she said. "They can close the rooms. They cannot close what people told us."

According to Memorial, the human rights group that was itself dissolved in 2021, at least eleven similar archives have been shut or forced to stop work since 2022. "The pattern is clear," said Irina Scherbakova, one of Memorial's founders, who now lives in Germany. "First the big organisations, now the small ones."

The regional governor's office said in a statement that the decision was "a matter for the courts" and that the state "respects the memory of all victims of political repression". It added that the documents would be transferred to the state archive in Perm.

Kremlin spokesman Dmitry Peskov was quoted as saying that he was not aware of the case. Asked about it at a briefing in Moscow, he said: "This is a court decision. We do not comment on court decisions."

The closure was announced by the court's press service shortly after 5 p.m. local time. A small crowd of supporters gathered outside. One woman, who gave only her first name, Lyudmila, held a photograph of her grandfather, who was shot in 1938. "He has no grave," she said. "The archive was his grave."

Antipov said the appeal would be filed within ten days. Asked whether he expected it to succeed, he shrugged. "I expect nothing," he said. "But we will file it."

(Reporting by Anna Koroleva; Editing by Mark Trevelyan)
"""
NEWS_REPORT_LABELS: list[Label] = [
    ('"foreign agent"', "scare", None),
    ('"This is not about paperwork', "real", "Sergei Antipov|Antipov"),
    ('"distorting the historical', "real", "Prosecutors"),
    ('"rehabilitating Nazi', "real", "Prosecutors"),
    ('"a one-sided picture', "real", "Dmitry Kornilov|Kornilov|prosecutor"),
    ('"We have been waiting', "real", "Tatyana Melnikova|Melnikova"),
    ('"They can close the rooms', "real", "Tatyana Melnikova|Melnikova"),
    ('"The pattern is clear,"', "real", "Irina Scherbakova|Scherbakova"),
    ('"First the big', "real", "Irina Scherbakova|Scherbakova"),
    ('"a matter for the courts"', "real", "governor's office|office"),
    ('"respects the memory', "real", "governor's office|office"),
    ('"This is a court decision', "real", "Dmitry Peskov|Peskov"),
    ('"He has no grave,"', "real", "Lyudmila"),
    ('"The archive was his grave."', "real", "Lyudmila"),
    ('"I expect nothing,"', "real", "Antipov"),
    ('"But we will file it."', "real", "Antipov"),
]

# 2. An encyclopedia article with reference marks and a references list, and a few parenthetical citations.
ENCYCLOPEDIA = """\
Holodomor in historiography

The historiography of the Holodomor, the famine of 1932–1933 in Soviet Ukraine, has been shaped by the availability of sources and by the politics of the countries in which it was written.⟦[1]|Kuromiya|2008|⟧ Until the late 1980s most research was carried out in the West, largely by historians of Ukrainian origin and by Robert Conquest, whose ⟦The Harvest of Sorrow (1986)|Conquest|1986|⟧ gave the first synthesis in English.⟦[2]|Conquest|1986|p. 306⟧

Early accounts

The first accounts were those of foreign journalists. Gareth Jones, who walked through the Ukrainian countryside in March 1933, wrote that he had heard everywhere the cry "There is no bread. We are dying."⟦[3]|Jones|1933|⟧ His reports were disputed by Walter Duranty of The New York Times, who wrote that "there is no actual starvation" but "widespread mortality from diseases due to malnutrition".⟦[4]|Duranty|1933|⟧ Duranty's Pulitzer Prize was reviewed in 2003 but not revoked.

Archival period

After 1991 the opening of Soviet archives allowed historians to test earlier estimates. ⟦Davies and Wheatcroft, working from grain procurement data, concluded|Davies and Wheatcroft||⟧ that the leadership had not planned the famine but had refused to relieve it once it began ⟦(Davies & Wheatcroft 2004, pp. 441–2)|Davies & Wheatcroft|2004|pp. 441–2⟧.⟦[5]|Davies|2004|pp. 441–442⟧ Others, notably ⟦Andrea Graziosi, argued|Graziosi||⟧ that the famine became "a national famine" after the decrees of November 1932 singled out Ukraine and the Kuban ⟦(Graziosi 2005)|Graziosi|2005|⟧.⟦[6]|Graziosi|2005|⟧ Estimates of excess deaths in Ukraine now range from 3.5 to 5 million.⟦[7]|Kuromiya|2008|p. 670⟧

Recognition

Since 2006 the Holodomor has been recognised as genocide by Ukraine and by more than twenty states. The Russian government rejects the term, describing the famine as "a common tragedy of the Soviet peoples".⟦[8]||2008|⟧ Historians remain divided on whether the famine meets the legal definition of genocide laid down in the 1948 convention;⟦[9]|Kuromiya|2008|p. 673⟧ ⟦Snyder has written|Snyder||⟧ that the question "is less important than the facts themselves" ⟦(Snyder 2010, 53)|Snyder|2010|53⟧.

References

^ Kuromiya, Hiroaki (2008). "The Soviet Famine of 1932–1933 Reconsidered". Europe-Asia Studies. 60 (4): 663–675.
^ Conquest, Robert (1986). The Harvest of Sorrow. Oxford University Press. p. 306.
^ Jones, Gareth (1933). "Famine Rules Russia". Evening Standard, 31 March 1933.
^ Duranty, Walter (1933). "Russians Hungry, But Not Starving". The New York Times, 31 March 1933.
^ Davies, R. W.; Wheatcroft, Stephen G. (2004). The Years of Hunger. Palgrave Macmillan. pp. 441–442.
^ Graziosi, Andrea (2005). "The Soviet 1931–1933 Famines and the Ukrainian Holodomor". Harvard Ukrainian Studies. 27: 97–115.
^ Kuromiya (2008), p. 670.
^ "Statement of the Ministry of Foreign Affairs of the Russian Federation" (2008).
^ Kuromiya (2008), p. 673.
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"There is no bread', "real", None),
    ('"there is no actual', "real", "Walter Duranty|Duranty"),
    ('"widespread mortality', "real", "Walter Duranty|Duranty"),
    ('"a national famine"', "real", "Andrea Graziosi|Graziosi"),
    ('"a common tragedy', "real", "Russian government|government"),
    ('"is less important', "real", "Snyder"),
]

# 3. A book chapter in Chicago style: note calls glued to the punctuation, notes at the end, narrative citations.
CHICAGO_CHAPTER = """\
Chapter 4
The Countryside Answers Back

The spring of 1930 brought the regime face to face with a countryside it did not understand. In the first ten weeks of the year some eleven million households were driven into collective farms, and the peasants answered with the only weapons they had: they slaughtered their livestock, hid their grain and, in places, took up pitchforks.⟦1|Viola|1996|⟧ As ⟦Lynne Viola argued|Viola||⟧ in her study of peasant rebellion, the resistance was not the work of kulaks alone but "a whole culture of resistance" shared by the village as a community.⟦2|Viola|1996|⟧

The authorities were slow to see it. Local officials reported "kulak terror" wherever a brigade was attacked, and their reports were forwarded to Moscow with the same phrase.⟦3||1930|⟧ The OGPU counted 13,754 "mass disturbances" in 1930, more than two-thirds of them between February and April.⟦4|Danilov|1999|⟧ Women led many of them. In the Central Black Earth region, a report noted, the women "came out first, with the men standing behind them", on the reasoning that the authorities would not dare to shoot at women.⟦5|Viola|1996|⟧

Stalin's retreat came on 2 March, in the article "Dizzy with Success". It blamed local activists for the "excesses" and allowed peasants to leave the kolkhozy, which they did in their millions. Stalin wrote that "collective farms must not be established by force. That would be foolish and reactionary."⟦6|Stalin|1955|⟧ ⟦Sheila Fitzpatrick has shown|Fitzpatrick||⟧ that the article was read in the villages as a promise that collectivisation was over.⟦7|Fitzpatrick|1994|⟧ It was not. By the autumn the pressure had returned, and by 1932 more than sixty per cent of households were again in collective farms.

Historians have disagreed about what the episode reveals. For ⟦Moshe Lewin|Lewin||⟧, the retreat showed that the leadership had no plan beyond the next campaign; it "improvised and then called the improvisation a line".⟦8|Lewin|1968|⟧ Others have been less sure. As ⟦Davies points out|Davies||⟧, the grain collections of 1930 were the largest yet, and the leadership drew from them the lesson that force worked ⟦(Davies 1980, 337)|Davies|1980|337⟧. The peasants drew the opposite lesson.

Notes

1. Lynne Viola, Peasant Rebels under Stalin: Collectivization and the Culture of Peasant Resistance (New York: Oxford University Press, 1996), 3–12.
2. Viola, Peasant Rebels, 8.
3. See the reports collected in Tragediia sovetskoi derevni, vol. 2 (Moscow: ROSSPEN, 2000), 1930 passim.
4. V. Danilov et al., eds., Tragediia sovetskoi derevni, vol. 2 (Moscow: ROSSPEN, 1999), 787.
5. Viola, Peasant Rebels, 181.
6. J. V. Stalin, Works, vol. 12 (Moscow: Foreign Languages Publishing House, 1955), 197–205.
7. Sheila Fitzpatrick, Stalin's Peasants (New York: Oxford University Press, 1994), 62.
8. Moshe Lewin, Russian Peasants and Soviet Power (London: Allen and Unwin, 1968), 502.
"""
CHICAGO_CHAPTER_LABELS: list[Label] = [
    ('"a whole culture of', "real", "Lynne Viola|Viola"),
    ('"kulak terror"', "real", "Local officials|officials"),
    ('"mass disturbances"', "scare", None),
    ('"came out first', "real", "report"),
    ('"Dizzy with Success"', "scare", None),
    ('"excesses"', "scare", None),
    ('"collective farms must not', "real", "Stalin"),
    ('"improvised and then', "real", "Moshe Lewin|Lewin"),
]

# 4. A student essay in Harvard style: (Author Year: page), ibid., cf., long block quotations without marks.
STUDENT_ESSAY = """\
To what extent was the Great Terror driven from the centre?

For a long time the answer to this question seemed obvious. The 'totalitarian' school, represented above all by Conquest, held that the Terror was planned and directed by Stalin himself ⟦(Conquest 1990: 53)|Conquest|1990|53⟧. In the 1980s a group of 'revisionist' historians challenged this view. ⟦Getty argued|Getty||⟧ that the purges were chaotic and driven by conflicts between the centre and regional party bosses ⟦(Getty 1985: 196)|Getty|1985|196⟧. The opening of the archives after 1991 has, however, shifted the debate back towards the centre.

The most important evidence is NKVD Order No. 00447 of 30 July 1937, which set quotas for arrests and executions in each region. As ⟦Khlevniuk (2009)|Khlevniuk|2009|⟧ puts it, the order shows that the mass operations were "carefully planned, centrally directed and strictly controlled" ⟦(ibid.: 165)|Khlevniuk|2009|165⟧. ⟦Khlevniuk goes on to describe|Khlevniuk||⟧ how the quotas were set:

The regional NKVD chiefs submitted their proposals, which were then reviewed by Ezhov and approved by the Politburo. In most cases the centre raised the numbers; regions that asked for more were almost always allowed them. The process was bureaucratic, almost routine, and it left a paper trail which no other explanation of the Terror can ignore ⟦(Khlevniuk 2009: 169)|Khlevniuk|2009|169⟧.

This evidence is hard to reconcile with the revisionist view. Even ⟦Getty, in his later work with Naumov, accepts|Getty||⟧ that "Stalin was the author of the Terror" though he still stresses the role of "the fears of the nomenklatura" ⟦(Getty and Naumov 1999: 470)|Getty and Naumov|1999|470⟧.

On the other hand, the centre could not control everything. Local officials often exceeded their instructions, and denunciations from below played a large role ⟦(cf. Fitzpatrick 1999: 190–217)|Fitzpatrick|1999|190–217⟧. ⟦Goldman's study of factory workers shows|Goldman||⟧ how ordinary people used the language of the Terror against their bosses. She writes:

Workers who had suffered for years under abusive foremen and managers now found a language in which to voice their grievances. Every accident, every shortage, every unpaid wage could be explained as the work of wreckers, and workers were quick to name them ⟦(Goldman 2007: 8)|Goldman|2007|8⟧.

As ⟦Harris suggests|Harris||⟧, the Terror was "a product of both design and chaos" ⟦(Harris 2016: 187)|Harris|2016|187⟧. The centre set it in motion and gave it its targets; what happened below was less predictable. Stalin himself told Ezhov in 1938 that the NKVD had gone too far, and the Terror was wound down in November of that year ⟦(ibid.: 190)|Harris|2016|190⟧.

In conclusion, the archives have shown that the Terror was driven from the centre to a far greater extent than the revisionists believed, though not to the exclusion of local initiative.

Bibliography

Conquest, R. (1990) The Great Terror: A Reassessment. London: Hutchinson.
Fitzpatrick, S. (1999) Everyday Stalinism. Oxford: Oxford University Press.
Getty, J. A. (1985) Origins of the Great Purges. Cambridge: Cambridge University Press.
Getty, J. A. and Naumov, O. V. (1999) The Road to Terror. New Haven: Yale University Press.
Goldman, W. Z. (2007) Terror and Democracy in the Age of Stalin. Cambridge: Cambridge University Press.
Harris, J. (2016) The Great Fear. Oxford: Oxford University Press.
Khlevniuk, O. (2009) Master of the House. New Haven: Yale University Press.
"""
STUDENT_ESSAY_LABELS: list[Label] = [
    ("'totalitarian'", "scare", None),
    ("'revisionist'", "scare", None),
    ('"carefully planned', "real", "Khlevniuk"),
    ("The regional NKVD chiefs", "block", "Khlevniuk"),
    ('"Stalin was the author', "real", "Getty"),
    ('"the fears of the', "real", "Getty"),
    ("Workers who had suffered", "block", "Goldman"),
    ('"a product of both', "real", "Harris"),
]

# 5. An interview transcript: name-colon turns; quotations inside the answers.
INTERVIEW = """\
"The files were never meant to be read": an interview with Nikolai Petrov

Nikolai Petrov worked for fifteen years in the regional archive of the FSB in Tomsk before leaving in 2019. He spoke to us in Riga in January.

INTERVIEWER: When did you first see the execution lists?

PETROV: In 2004. I was cataloguing a fond that nobody had opened since the fifties. There were lists with a signature at the bottom, and next to some names someone had written "1st category" in red pencil. That meant shooting. My supervisor looked over my shoulder and said, "You didn't see that." I said I had seen it. He said, "Then forget it."

INTERVIEWER: Did you?

PETROV: No. But I understood something that day. The files were never meant to be read. They were meant to prove to Moscow that the work had been done.

INTERVIEWER: Your former colleagues say you broke the law by copying documents.

PETROV: They say many things. The head of the archive told a newspaper last year that I was "a thief who sold the memory of the organs to foreigners". I took nothing that was not already declassified under the 1992 law. Arseny Roginsky used to say that "an archive that is closed is an archive that is lying", and I agree with him.

INTERVIEWER: What happened to the lists?

PETROV: In 2014 the access rules changed. A new instruction said that files concerning "operational methods" could not be shown to researchers. Most of the lists were reclassified under that heading. When I asked why, the deputy director wrote on my memo: "Not your business." I still have that memo.

INTERVIEWER: Some historians say the lists tell us little without the case files.

PETROV: They are right, in a way. A list gives you a name, a date and a category. The case file gives you the denunciation, the interrogations, the confession. But the case files are in a different building, and a researcher who asks for one must prove that he is a relative. I have seen people bring birth certificates going back four generations. One woman from Kolpashevo came every month for three years. The reading room clerk told her each time, "The file is being processed." In the end she died before it was processed.

INTERVIEWER: Is anyone still working on the lists?

PETROV: A few volunteers. They copy what was published before 2014 and check it against the memorial books. It is slow work, and nobody pays for it.

INTERVIEWER: Do you think the archives will open again?

PETROV: I think about my grandmother. She used to say, "Everything that is hidden comes out in the end." She waited forty years to learn where her father was buried. I hope I will not have to wait as long.
"""
INTERVIEW_LABELS: list[Label] = [
    ('"1st category"', "real", "someone"),
    ('"You didn\'t see that."', "real", "supervisor|My supervisor"),
    ('"Then forget it."', "real", "supervisor"),
    ('"a thief who sold', "real", "head of the archive|head"),
    ('"an archive that is closed', "real", "Arseny Roginsky|Roginsky"),
    ('"operational methods"', "scare", None),
    ('"Not your business."', "real", "deputy director|director"),
    ('"The file is being processed."', "real", "The reading room clerk|clerk"),
    ('"Everything that is hidden', "real", "grandmother"),
]
INTERVIEW_TURNS = [
    ("INTERVIEWER", "When did you first", "execution lists?"),
    ("PETROV", "In 2004.", "forget it.\""),
    ("INTERVIEWER", "Did you?", "Did you?"),
    ("PETROV", "No. But I", "had been done."),
    ("INTERVIEWER", "Your former colleagues", "copying documents."),
    ("PETROV", "They say many things.", "agree with him."),
    ("INTERVIEWER", "What happened", "to the lists?"),
    ("PETROV", "In 2014 the access", "have that memo."),
    ("INTERVIEWER", "Some historians say", "the case files."),
    ("PETROV", "They are right", "it was processed."),
    ("INTERVIEWER", "Is anyone still", "on the lists?"),
    ("PETROV", "A few volunteers.", "pays for it."),
    ("INTERVIEWER", "Do you think", "open again?"),
    ("PETROV", "I think about my", "wait as long."),
]

# 6. A memoir excerpt: dialogue across paragraphs, first person, "… he shouted."
MEMOIR = """\
The night they came for my father

I was nine that winter. We lived on the second floor of a wooden house on Sovetskaya Street, four families sharing one kitchen, and I slept on a trunk behind the stove because it was the warmest place in the room.

They came a little after two. I heard the car first, which was strange, because nobody in our street had a car. Then boots on the stairs, and a knock that was not really a knock.

My mother opened the door. There were three of them, and the one in front had a paper in his hand.

"Kozlov, Andrei Ivanovich?"

"He is asleep," my mother said. "What do you want with him?"

"Wake him."

My father was already standing in the doorway of the other room, pulling his braces over his shoulders. He looked very calm. I remember that he looked at me and not at them.

"Get dressed," the one with the paper said. "Take warm things."

The search took four hours. They emptied the trunk I had been sleeping on and read every letter in it, and one of them, a young man with a cold, held up a photograph of my uncle in his Red Army uniform and asked who he was. My father told him. The young man put the photograph in his pocket.

When they finally took him down the stairs, my mother ran after them in her stockings. I heard her on the landing below.

"He has done nothing! You know he has done nothing!"

"Go back inside, citizen," one of them shouted. "Or you will come with us."

Our neighbour Klavdia Petrovna, who had never said a kind word to us, came out then and put her shawl around my mother's shoulders and led her back up. In the morning she brought us bread. "Don't thank me," she said. "Just don't tell anyone."

I did not see my father again. Years later, in 1989, my daughter found his file. It said he had been shot on 3 March 1938, three weeks after that night. Under "Reason for arrest" someone had typed "member of a counter-revolutionary organisation". There was no organisation. There was only my father, who repaired clocks.

My mother lived until 1971. She never spoke about that night, except once, near the end, when she said to me: "He looked at you. Do you remember? He looked only at you."
"""
MEMOIR_LABELS: list[Label] = [
    ('"Kozlov, Andrei', "real", "the one in front|one"),
    ('"He is asleep,"', "real", "mother|My mother"),
    ('"What do you want', "real", "mother|My mother"),
    ('"Wake him."', "real", "the one in front|one"),
    ('"Get dressed,"', "real", "the one with the paper|one"),
    ('"Take warm things."', "real", "the one with the paper|one"),
    ('"He has done nothing!', "real", "mother"),
    ('"Go back inside', "real", "one of them|one"),
    ('"Or you will come', "real", "one of them|one"),
    ('"Don\'t thank me,"', "real", "Klavdia Petrovna|Petrovna|she"),
    ('"Just don\'t tell', "real", "Klavdia Petrovna|Petrovna|she"),
    ('"Reason for arrest"', "scare", None),
    ('"member of a counter', "real", "someone"),
    ('"He looked at you.', "real", "mother"),
]

# 7. A translated speech, with the translator's guillemets and German quotation marks left as printed.
SPEECH = """\
Speech at the opening of the memorial in Levashovo (translated from the Russian)

Dear friends,

We stand today on ground that for fifty years did not officially exist. There was no sign on the road and no name on the map. Local people called this place «the fence», and they did not go near it.

My own grandfather, Ivan Fyodorovich Sedov, lies somewhere here. In 1937 he was a schoolteacher in Luga. The file says that he was «an active participant in a counter-revolutionary Trotskyist group». He was forty-two years old. My grandmother was told that he had been sentenced to «ten years without the right of correspondence». She waited for him for ten years, and then for ten more.

Many people ask me why we need memorials when the archives are open. I answer them with the words of Anna Akhmatova, who stood for seventeen months in the prison queues in Leningrad: «I would like to call you all by name, but the list has been taken away and there is nowhere to find out.» We are here to find out.

Our German friends from the Volksbund have helped us with this work, and I want to thank them. When we first met in Hamburg, their chairman, Wolfgang Schmidt, said something I have not forgotten: „Wer die Toten vergisst, tötet sie ein zweites Mal.“ Whoever forgets the dead kills them a second time.

The memorial was not built by the state. It was built by volunteers, by the families, by schoolchildren who came every spring to clear the ground, and by a few officials who understood. The first list of names was typed by a retired engineer, Viktor Pavlovich Orlov, on a typewriter in his kitchen. When I asked him why he did it, he said: «Because nobody else would.» He died last year, before the stones were laid. His name is on the wall by the gate, not as a victim but as a witness.

In the files we have found not only the names of the dead but also the names of those who signed the sentences. We have decided to publish them too. Some people told us that this would open old wounds. The wounds were never closed.

Some people in our country still say that it was «a necessary time», that the country had enemies, that the losses were the price of victory. To them I say: there was no necessary time. There were people. Each of them had a name.

Thank you.
"""
SPEECH_LABELS: list[Label] = [
    ("«the fence»", "scare", None),
    ("«an active participant", "real", "file|The file"),
    ("«ten years without", "real", None),
    ("«I would like to call", "real", "Anna Akhmatova|Akhmatova"),
    ("„Wer die Toten", "real", "Wolfgang Schmidt|Schmidt"),
    ("«Because nobody else", "real", "Viktor Pavlovich Orlov|Orlov"),
    ("«a necessary time»", "real", "Some people|people"),
]

# 8. An article quoting documents: "The decree stated:", "Its first point read:", a protocol.
DOCUMENTS = """\
How the decree on "socially harmful elements" was drafted

The decree of 9 April 1935 has attracted less attention than the great operations of 1937, but it set the pattern for them. The draft survives in the Politburo papers with Kaganovich's corrections in blue pencil.

The decree stated:

Persons who are socially harmful by reason of their connection with the criminal milieu or their past activity, and who have no fixed place of work, shall be expelled from the regime cities and placed in labour colonies for a period of up to five years.

The phrase "socially harmful" was not new; it had appeared in the criminal code of 1926. What was new was the procedure. Its first point read: "Cases shall be heard by a troika of the regional NKVD, without the participation of the accused." The troikas of 1937 were built on this model.

Kaganovich's corrections are revealing. Where the draft had "persons convicted of crimes", he wrote "persons connected with the criminal milieu", widening the category at a stroke. The protocol of the Politburo meeting records only that the draft was "adopted with amendments", and gives no names.

The regional NKVD chiefs were quick to use the new powers. A report from Leningrad of June 1935 boasted that the city had been "cleansed of 11,000 socially harmful persons in two months". Yagoda forwarded it to Stalin with a note: "The Leningrad experience should be extended to Moscow and Kiev." Stalin wrote "Agreed" across the top.

Not everyone in the apparatus was enthusiastic. The procurator Akulov complained in a letter to Molotov that the troikas were sentencing people "who have committed no crime at all, on the basis of their biography". His letter was filed without an answer.

The effect of the decree on the cities was immediate. In Moscow alone some 26,000 people were expelled in the first year, most of them former traders, former priests and the children of those already exiled. The NKVD's own summary for 1935, prepared for the Politburo in January 1936, put the total for the country at over 260,000. It described the operation as "a necessary measure of social defence" and recommended that it be made permanent.

The recommendation was never formally adopted, but it hardly needed to be. By the summer of 1937 the categories of the 1935 decree had been absorbed into Order No. 00447, which listed "socially harmful elements" among the groups to be arrested in the mass operations. The procedure, the troika and the quotas all had their precedent in the spring of 1935, and in the blue pencil of Kaganovich.
"""
DOCUMENTS_LABELS: list[Label] = [
    ('"socially harmful elements"', "scare", None),
    ("Persons who are socially", "block", "decree|The decree"),
    ('"socially harmful"', "scare", None),
    ('"Cases shall be heard', "real", "decree|first point|Its first point"),
    ('"persons convicted of', "real", "draft|the draft"),
    ('"persons connected with', "real", "Kaganovich|he"),
    ('"adopted with amendments"', "real", "protocol|The protocol"),
    ('"cleansed of 11,000', "real", "report|A report"),
    ('"The Leningrad experience', "real", "Yagoda"),
    ('"Agreed"', "real", "Stalin"),
    ('"who have committed no crime', "real", "Akulov"),
    ('"a necessary measure', "real", "summary|The NKVD's own summary|NKVD"),
    ('"socially harmful elements" among', "scare", None),
]

SET_ONE: dict[str, tuple[str, list[Label]]] = {
    "news report": (NEWS_REPORT, NEWS_REPORT_LABELS),
    "encyclopedia": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "chicago chapter": (CHICAGO_CHAPTER, CHICAGO_CHAPTER_LABELS),
    "student essay": (STUDENT_ESSAY, STUDENT_ESSAY_LABELS),
    "interview": (INTERVIEW, INTERVIEW_LABELS),
    "memoir": (MEMOIR, MEMOIR_LABELS),
    "speech": (SPEECH, SPEECH_LABELS),
    "documents": (DOCUMENTS, DOCUMENTS_LABELS),
}
# Turns of the interview as comments (commenter, first words, last words): other voices in the source.
COMMENTS_ONE = {"interview": INTERVIEW_TURNS}


# Second set: written after the rules of this round were corrected on SET_ONE, and measured untouched.

WIRE_2 = """\
Former camp guard's memoir pulled after protests

MOSCOW, Oct 3 (AP) - A publisher in Yekaterinburg has withdrawn the memoir of a former Gulag guard from bookshops after relatives of prisoners accused the book of "mocking the dead", the company said on Tuesday.

The book, written by Pyotr Zaitsev, who served at a camp in Kolyma from 1949 to 1953 and died in 2011, was published in August in a print run of 3,000 copies. In one passage, which circulated widely on social media, Zaitsev describes prisoners who died of cold as "firewood that walked".

"We made a mistake, and we apologise to everyone we hurt," the publisher, Alexei Grinev, told The Associated Press. He said the text had been edited "with insufficient care" and that the remaining copies would be pulped.

Not everyone welcomed the decision. Historian Marina Lebedeva, who has studied guards' testimony for twenty years, said the memoir was "a rare document, ugly and precious at the same time". "If we only publish the victims, we will never understand how it happened," she said. "The guards were people too. That is the frightening part."

The campaign against the book was led by a group of descendants of Kolyma prisoners. Its coordinator, Yelena Frolova, said the group had no objection to research. "Put it in an archive, let scholars read it," she said. "But do not sell it next to cookbooks."

Zaitsev's son, reached by telephone, declined to comment. A statement issued by the regional culture ministry said it "does not interfere in the decisions of private publishers".

The controversy comes as the authorities have tightened control over how the Soviet past is discussed. In 2021 the Supreme Court ordered the closure of Memorial, Russia's oldest human rights group, which had accused the state of "rewriting history to suit the present". The court agreed with prosecutors that Memorial had created "a false image of the USSR as a terrorist state".

Asked whether the withdrawal amounted to censorship, Grinev paused. "Censorship is when the state tells you what to do," he said. "This was our own decision."
"""
WIRE_2_LABELS: list[Label] = [
    ('"mocking the dead"', "real", "relatives"),
    ('"firewood that walked"', "real", "Pyotr Zaitsev|Zaitsev"),
    ('"We made a mistake', "real", "Alexei Grinev|Grinev"),
    ('"with insufficient care"', "real", "Alexei Grinev|Grinev"),
    ('"a rare document', "real", "Marina Lebedeva|Lebedeva"),
    ('"If we only publish', "real", "Marina Lebedeva|Lebedeva"),
    ('"The guards were people', "real", "Marina Lebedeva|Lebedeva"),
    ('"Put it in an archive', "real", "Yelena Frolova|Frolova"),
    ('"But do not sell', "real", "Yelena Frolova|Frolova"),
    ('"does not interfere', "real", "statement|ministry"),
    ('"rewriting history', "real", "Memorial"),
    ('"a false image', "real", "prosecutors|court"),
    ('"Censorship is when', "real", "Grinev"),
    ('"This was our own', "real", "Grinev"),
]

BIOGRAPHY = """\
Yevgenia Ginzburg

Yevgenia Semyonovna Ginzburg (1904–1977) was a Soviet educator and writer who spent eighteen years in the Gulag. Her memoir Krutoi marshrut, published in English as Journey into the Whirlwind, is one of the best-known accounts of the Great Purge.⟦[1]|Kozlov|2019|p. 205⟧

Early life and arrest

Ginzburg was born in Moscow and grew up in Kazan, where she taught history at the university and worked for the newspaper Krasnaya Tatariya. She joined the party in 1922. In February 1937 she was expelled for "failing to denounce" a colleague accused of Trotskyism, and she was arrested shortly afterwards.⟦[2]|Ginzburg|1967|⟧ At her trial, which lasted seven minutes, she was sentenced to ten years in solitary confinement; the sentence was later commuted to hard labour in Kolyma.⟦[3]|Applebaum|2003|⟧

Kolyma

In the camps she worked in forestry, in a poultry farm and as a nurse in a children's home. She later wrote that the camp had taught her "to value every minute in which nobody is hitting you".⟦[4]|Ginzburg|1967|⟧ ⟦Anne Applebaum has called|Applebaum||⟧ her account "the most vivid description of the transport east" ⟦(Applebaum 2003, 160)|Applebaum|2003|160⟧. In 1947 she was released but remained in exile in Magadan, where she married Anton Walter, a German-born doctor and fellow prisoner.

Memoir

The memoir was written in the 1960s in the expectation that it would be published in the Soviet Union. It was rejected by the journal Novy Mir and circulated in samizdat before being published in Italy in 1967. ⟦According to Kozlov|Kozlov||⟧, readers of the samizdat copies experienced it as "a shock of recognition" ⟦(Kozlov 2019, 211)|Kozlov|2019|211⟧. The second volume, Within the Whirlwind, appeared in 1979, after her death.⟦[5]|Kozlov|2019|⟧

Her son Vasily Aksyonov became one of the best-known Soviet novelists of the 1960s.

References

^ Kozlov, Denis (2019). The Readers of Novyi Mir. Harvard University Press. p. 205.
^ Ginzburg, Eugenia (1967). Journey into the Whirlwind. Harcourt. pp. 3–15.
^ Applebaum, Anne (2003). Gulag: A History. Doubleday. p. 159.
^ Ginzburg (1967), p. 402.
^ Kozlov (2019), p. 230.
"""
BIOGRAPHY_LABELS: list[Label] = [
    ('"failing to denounce"', "scare", None),
    ('"to value every minute', "real", "she|Ginzburg"),
    ('"the most vivid', "real", "Anne Applebaum|Applebaum"),
    ('"a shock of recognition"', "real", "Kozlov"),
]

ESSAY_2 = """\
How far did Khrushchev break with Stalinism?

Khrushchev's Secret Speech of 1956 is often seen as a turning point. ⟦Taubman describes|Taubman||⟧ it as "the most important speech ever delivered by a Soviet leader" ⟦(Taubman 2003: 270)|Taubman|2003|270⟧. However, its limits were clear from the start. The speech attacked the "cult of personality" but said nothing of collectivisation or of the purges before 1934 ⟦(Service 2009: 337)|Service|2009|337⟧.

Khrushchev himself explained the limits in his memoirs. He wrote:

We were afraid, really afraid. We were afraid the thaw might unleash a flood, which we would not be able to control and which could drown us. It could have overflowed the banks of the Soviet riverbed and formed a tidal wave which would have washed away all the barriers and retaining walls of our society ⟦(Khrushchev 1990: 79)|Khrushchev|1990|79⟧.

This fear explains a great deal. ⟦Jones (2006)|Jones|2006|⟧ argues that the thaw was "a managed process, not a release" ⟦(ibid.: 12)|Jones|2006|12⟧, and ⟦Dobson shows|Dobson||⟧ that the release of prisoners from the Gulag was accompanied by new laws against "hooliganism" ⟦(Dobson 2009: 109)|Dobson|2009|109⟧. The use of terror as a system of rule was ended, but the party's monopoly of power was not questioned ⟦(cf. Filtzer 1993: 8–11)|Filtzer|1993|8–11⟧.

In conclusion, Khrushchev broke with Stalin's methods but not with the system Stalin had built.

Bibliography

Dobson, M. (2009) Khrushchev's Cold Summer. Ithaca: Cornell University Press.
Filtzer, D. (1993) The Khrushchev Era. Basingstoke: Macmillan.
Jones, P. (ed.) (2006) The Dilemmas of De-Stalinization. London: Routledge.
Khrushchev, N. (1990) Khrushchev Remembers: The Glasnost Tapes. Boston: Little, Brown.
Service, R. (2009) A History of Modern Russia. London: Penguin.
Taubman, W. (2003) Khrushchev: The Man and His Era. New York: Norton.
"""
ESSAY_2_LABELS: list[Label] = [
    ('"the most important speech', "real", "Taubman"),
    ('"cult of personality"', "scare", None),
    ("We were afraid, really", "block", "Khrushchev"),
    ('"a managed process', "real", "Jones"),
    ('"hooliganism"', "scare", None),
]

MEMOIR_2 = """\
The interrogator

They brought me up from the cells at night, as they always did. The room was on the third floor, and the interrogator, a man called Shcherbakov, sat behind a desk with a green lamp on it. He did not look up when I came in.

"Sit down."

I sat on the stool in the middle of the room. He went on writing for a long time. Then he put down his pen and looked at me as if he were surprised to find me there.

"You know why you are here, Kuznetsova?"

"No."

"Your husband has told us everything. It would be better for you if you told us the same."

I said that my husband had nothing to tell, because there was nothing. Shcherbakov smiled. He had good teeth, and I remember thinking that he must have had a dentist.

"Everyone says that at first," he said. "Later they say other things."

He took a sheet of paper out of the folder and read it aloud. It was a statement signed with my husband's name, in which he admitted to being a member of "a terrorist group of former Socialist Revolutionaries". My husband had never been a Socialist Revolutionary. He had been eleven years old in 1917.

"Sign here," Shcherbakov said, "that you have been acquainted with it."

I did not sign. He rang a bell, and a guard came in and took me back down. On the stairs the guard, who could not have been more than twenty, said quietly, without turning his head: "Don't sign anything. They shoot the ones who sign."

I never saw him again. I have often wondered what became of him.
"""
MEMOIR_2_LABELS: list[Label] = [
    ('"Sit down."', "real", "Shcherbakov|interrogator"),
    ('"You know why', "real", "Shcherbakov|interrogator"),
    ('"No."', "real", "I"),
    ('"Your husband has told', "real", "Shcherbakov|interrogator"),
    ('"Everyone says that', "real", "Shcherbakov"),
    ('"Later they say', "real", "Shcherbakov"),
    ('"a terrorist group', "real", "statement|husband"),
    ('"Sign here,"', "real", "Shcherbakov"),
    ('"that you have been', "real", "Shcherbakov"),
    ('"Don\'t sign anything', "real", "guard|the guard"),
]

SET_TWO: dict[str, tuple[str, list[Label]]] = {
    "wire 2": (WIRE_2, WIRE_2_LABELS),
    "biography": (BIOGRAPHY, BIOGRAPHY_LABELS),
    "essay 2": (ESSAY_2, ESSAY_2_LABELS),
    "memoir 2": (MEMOIR_2, MEMOIR_2_LABELS),
}


# Third set: written after the rules were corrected on SET_TWO as well, and measured untouched.

REVIEW_3 = """\
Review: Stalin's Library, by Geoffrey Roberts

Stalin read constantly, and he read with a pencil in his hand. That is the starting point of Geoffrey Roberts's new book, which reconstructs the dictator's personal library from the volumes that survived in the Moscow party archive. Of the roughly 25,000 books Stalin owned, some 400 carry his marginal notes, and it is these that Roberts reads, page by page.

The results are sometimes surprising. Stalin was not, ⟦Roberts argues|Roberts||⟧, "a dogmatist who read only to confirm what he already believed" ⟦(p. 12)|Roberts||p. 12⟧. He argued with his authors, underlined their mistakes and wrote "nonsense" or "ha-ha" in the margins. On a page of Trotsky's writings he scrawled "liar!" three times. Of Lenin he was almost always respectful; of Kautsky, never.

Some reviewers have found the book too kind to its subject. ⟦Sheila Fitzpatrick, writing in the London Review of Books, complained|Fitzpatrick||⟧ that Roberts "takes Stalin's self-image as a scholar at face value" ⟦(Fitzpatrick 2022, 14)|Fitzpatrick|2022|14⟧. That seems unfair. Roberts is careful to say that reading made Stalin neither wise nor humane. As he puts it in the conclusion, "the library tells us how Stalin thought, not whether he thought well" ⟦(p. 214)|Roberts||p. 214⟧.

The book has weaknesses. The chapter on Stalin's reading of history repeats material from Roberts's earlier work ⟦(Roberts 2006)|Roberts|2006|⟧, and the translations of the marginal notes are occasionally loose. The so-called "Stalin's library project", a digitisation effort mentioned in the preface, is not described in any detail.

But these are small complaints. Anyone who wants to know what was in Stalin's head, as opposed to what came out of his mouth, should start here.
"""
REVIEW_3_LABELS: list[Label] = [
    ('"a dogmatist who read', "real", "Roberts"),
    ('"nonsense"', "real", "Stalin|He"),
    ('"ha-ha"', "real", "Stalin|He"),
    ('"liar!"', "real", "Stalin|he"),
    ('"takes Stalin', "real", "Sheila Fitzpatrick|Fitzpatrick"),
    ('"the library tells us', "real", "Roberts|he"),
    ('"Stalin\'s library project"', "scare", None),
]

JUDGMENT = """\
Case of Kozlov and Others v. Russia (extract)

THE FACTS

The applicants are relatives of persons executed in 1937 and 1938 in the Tver region. In 2015 they asked the regional department of the Federal Security Service (FSB) for access to the criminal files of their relatives. The request was refused on the ground that the files contained "information about the methods of operational work" and that the consent of the heirs of the investigators was required.

The applicants challenged the refusal in the Tverskoy District Court. In a judgment of 12 April 2016 the court upheld the refusal, finding that the FSB had acted "within the limits of its discretion". The Regional Court dismissed their appeal on 3 August 2016, stating:

The right of relatives to acquaint themselves with archival materials is not unlimited. It must be balanced against the protection of the personal data of other persons mentioned in those materials, including the officials who conducted the investigation.

THE LAW

The applicants complained that the refusal had breached their right to receive information. The Government submitted that the restriction had been "necessary in a democratic society" to protect the rights of others.

The Court reiterates that access to original documentary sources for legitimate historical research is an essential element of the exercise of the right to freedom of expression. It notes that the information requested concerned events that took place more than seventy-five years ago, and that the Government did not explain what interests of the investigators' heirs would be harmed. In the Court's view, the domestic courts "failed to carry out any balancing exercise" between the interests at stake.
"""
JUDGMENT_LABELS: list[Label] = [
    ('"information about the methods', "real", "The request|FSB"),
    ('"within the limits of its discretion"', "real", "the court|court"),
    ("The right of relatives", "block", "The Regional Court|Regional Court"),
    ('"necessary in a democratic society"', "real", "The Government|Government"),
    ('"failed to carry out', "real", "the Court|Court"),
]

ORAL_HISTORY = """\
Interview with Maria Stepanovna Fedorova, born 1929, recorded in Vologda in 2004

Q: What do you remember of the war years?

A: Hunger, mostly. My mother worked at the flax factory, and we children went to the fields after the harvest to pick up what was left. It was forbidden. The brigade leader, Nikolai Ivanovich, caught my brother once with a pocketful of grain. He said, "I should report you. But I have children too." And he let him go. Later they took Nikolai Ivanovich himself, for something else.

Q: Did people talk about the arrests?

A: Not aloud. My grandmother used to say, "The walls have ears, and the ears have mouths." At school we sang "Thank you, Comrade Stalin, for our happy childhood". We sang it hungry.

Q: When did you first hear the name of Solzhenitsyn?

A: In 1962, when the story about Ivan Denisovich came out in Novy Mir. Our librarian kept the only copy under the counter and gave it to people she trusted. When she gave it to me she said: "Read it tonight and bring it back tomorrow, and don't show anyone." I read it in one night. My husband read it after me and said only, "So it was true."

Q: And today?

A: Today the young people do not believe us. My granddaughter told me, "Grandmother, you exaggerate." I do not exaggerate. I am too old to exaggerate.
"""
ORAL_HISTORY_LABELS: list[Label] = [
    ('"I should report you', "real", "Nikolai Ivanovich|brigade leader"),
    ('"The walls have ears', "real", "grandmother"),
    ('"Thank you, Comrade', "scare", None),
    ('"Read it tonight', "real", "librarian|she"),
    ('"So it was true."', "real", "husband"),
    ('"Grandmother, you exaggerate."', "real", "granddaughter"),
]
ORAL_HISTORY_TURNS = [
    ("Q", "What do you remember", "war years?"),
    ("A", "Hunger, mostly.", "something else."),
    ("Q", "Did people talk", "the arrests?"),
    ("A", "Not aloud.", "We sang it hungry."),
    ("Q", "When did you first", "Solzhenitsyn?"),
    ("A", "In 1962,", '"So it was true."'),
    ("Q", "And today?", "And today?"),
    ("A", "Today the young", "too old to exaggerate."),
]

SET_THREE: dict[str, tuple[str, list[Label]]] = {
    "review": (REVIEW_3, REVIEW_3_LABELS),
    "judgment": (JUDGMENT, JUDGMENT_LABELS),
    "oral history": (ORAL_HISTORY, ORAL_HISTORY_LABELS),
}
COMMENTS_THREE = {"oral history": ORAL_HISTORY_TURNS}


# Fourth set: written after the corrections from SET_THREE, measured untouched; closer to the corpus pages
# (revision notes, a web history article) and to the news and translated texts the team reads.

NOTES_5 = """\
Khrushchev and de-Stalinisation: revision notes

The Secret Speech (February 1956)
Khrushchev attacked the "cult of personality" and blamed Stalin for the purges of loyal communists. ⟦Service|Service||⟧ calls it "the most dangerous gamble of his career" ⟦(Service, 340)|Service||340⟧. The speech was not published in the USSR until 1989.

Why did he do it? ⟦Taubman argues|Taubman||⟧ that Khrushchev was driven partly by guilt: "he had blood on his hands, and he knew it" ⟦(Taubman, 271)|Taubman||271⟧. Others stress calculation. ⟦McCauley sees|McCauley||⟧ the speech as a weapon against Malenkov and Molotov, who were more deeply implicated ⟦(McCauley, 45)|McCauley||45⟧.

Consequences
- Release of prisoners: around 4 million by 1959 ⟦(Dobson, 109)|Dobson||109⟧.
- Unrest in Poland and Hungary. Mao was furious, accusing Khrushchev of "revisionism".
- The "Anti-Party Group" tried to remove him in 1957 and failed.

Limits
⟦Filtzer|Filtzer||⟧ points out that "the system of power was left intact" ⟦(Filtzer, 12)|Filtzer||12⟧. Khrushchev himself later admitted: "We were afraid the thaw might unleash a flood." The Virgin Lands campaign and the "hare-brained schemes" of which he was accused in 1964 show the same style of rule by campaign ⟦(ibid., 56)|Filtzer||56⟧.

Exam tip: use Service and Taubman for the speech, Filtzer for continuity.
"""
NOTES_5_LABELS: list[Label] = [
    ('"cult of personality"', "scare", None),
    ('"the most dangerous gamble', "real", "Service"),
    ('"he had blood on his hands', "real", "Taubman"),
    ('"revisionism"', "scare", None),
    ('"Anti-Party Group"', "scare", None),
    ('"the system of power', "real", "Filtzer"),
    ('"We were afraid the thaw', "real", "Khrushchev"),
    ('"hare-brained schemes"', "real", None),
]

WEB_ARTICLE = """\
The famine that was not reported

In the spring of 1933 the Soviet press was full of good news. Pravda reported "a great victory on the grain front" and printed photographs of smiling kolkhoz women. The word "famine" did not appear. Local officials who used it in their reports were accused of "spreading panic" and removed.

Foreign correspondents knew more than they wrote. Gareth Jones, a young Welsh journalist, walked through the villages of Kharkiv province and told a press conference in Berlin: "I walked along through villages and twelve collective farms. Everywhere was the cry, 'There is no bread. We are dying.'" The Soviet authorities banned him from the country. Walter Duranty answered him in The New York Times under the headline "Russians Hungry, But Not Starving".

Inside the country, people found other words. Peasants spoke of "the great hunger", and in letters that got past the censors they wrote of children who "no longer cry, because they have no strength". A teacher from Poltava wrote to Kalinin in 1933: "Comrade Kalinin, the children in my class faint at their desks. What am I to tell them?" The letter was forwarded to the OGPU.

The silence lasted for decades. Only in 1988 did a Soviet historian, Viktor Danilov, write openly of the "famine of 1932–1933". By then, as the writer Vasily Grossman had put it long before, "the dead could not be brought back by words".
"""
WEB_ARTICLE_LABELS: list[Label] = [
    ('"a great victory', "real", "Pravda"),
    ('"famine" did not', "scare", None),
    ('"spreading panic"', "real", None),
    ('"I walked along', "real", "Gareth Jones|Jones"),
    ('"Russians Hungry', "scare", None),
    ('"the great hunger"', "real", "Peasants"),
    ('"no longer cry', "real", "they|Peasants"),
    ('"Comrade Kalinin', "real", "A teacher|teacher"),
    ('"famine of 1932', "real", "Viktor Danilov|Danilov"),
    ('"the dead could not', "real", "Vasily Grossman|Grossman"),
]

TRANSLATED = """\
Memorial in exile: a conversation in Berlin (translated from the German)

Since the Russian Supreme Court dissolved Memorial in December 2021, several of its members have continued their work from Germany. The historian Irina Scherbakova, one of the founders, describes the situation without self-pity. „Wir haben nicht das Archiv verloren, sondern den Ort“, she says — we have not lost the archive, but the place.

The archive itself remains in Moscow, sealed. The prosecutors had called Memorial's work „eine Verzerrung des historischen Gedächtnisses“, a distortion of historical memory. Scherbakova shrugs at the phrase. „Das sagen sie über jeden, der sich erinnert.“ That is what they say about anyone who remembers.

In Berlin the group has found allies. The Bundestag's commissioner for culture, Claudia Roth, promised in 2022 «toute l'aide possible», quoting a French colleague, and the promise has partly been kept: there is an office, and a small grant. But much of the work depends on volunteers. A young archivist from Perm, who asked not to be named, explained why she came: „Weil es sonst niemand macht.“

Scherbakova is not optimistic about the near future. Asked when Memorial might return to Moscow, she laughed. „Fragen Sie mich in zehn Jahren.“ Ask me in ten years.
"""
TRANSLATED_LABELS: list[Label] = [
    ("„Wir haben nicht", "real", "Irina Scherbakova|Scherbakova"),
    ("„eine Verzerrung", "real", "The prosecutors|prosecutors"),
    ("„Das sagen sie", "real", "Scherbakova"),
    ("«toute l'aide", "real", "Claudia Roth|Roth"),
    ("„Weil es sonst", "real", "A young archivist|archivist"),
    ("„Fragen Sie mich", "real", "Scherbakova|she"),
]

FEATURE_3 = """\
The last witnesses of Butovo

Every year on the last Saturday of October, people gather at the former NKVD shooting range at Butovo, south of Moscow, to read aloud the names of the 20,761 people shot there in 1937 and 1938. This year the reading lasted nine hours.

Among the readers was Galina Petrova, 88, whose father, a railway engineer, was shot at Butovo in February 1938. "I was two years old," she said. "I don't remember him. I remember my mother waiting." She read his name, and then, as the custom is, a dozen others from the list. "It is the only funeral they ever had."

The ceremony is organised by the Russian Orthodox parish that now holds the site. Its priest, Father Kirill Kaleda, whose grandfather was shot at Butovo, called the reading "a prayer and an act of memory at the same time". Asked whether the authorities had made difficulties, he chose his words carefully. "We are a church. We pray for the dead. Nobody can forbid that."

Not everyone is so careful. A historian from Moscow State University, who declined to give his name, said the state was "trying to turn Butovo into a place of mourning without perpetrators". Officials from the prosecutor's office, he said, had asked to see the list of readers. The prosecutor's office did not respond to a request for comment.

As dusk fell, a young man in a parka read the last names. "Ivanov, Pyotr Semyonovich, metalworker, shot 17 February 1938." Then the crowd stood in silence.
"""
FEATURE_3_LABELS: list[Label] = [
    ('"I was two years old,"', "real", "Galina Petrova|Petrova"),
    ('"I don\'t remember him', "real", "Galina Petrova|Petrova"),
    ('"It is the only funeral', "real", "Galina Petrova|Petrova|She"),
    ('"a prayer and an act', "real", "Father Kirill Kaleda|Kaleda"),
    ('"We are a church', "real", "Father Kirill Kaleda|Kaleda"),
    ('"trying to turn Butovo', "real", "A historian|historian"),
    ('"Ivanov, Pyotr', "real", "a young man|man"),
]

SET_FOUR: dict[str, tuple[str, list[Label]]] = {
    "notes 5": (NOTES_5, NOTES_5_LABELS),
    "web article": (WEB_ARTICLE, WEB_ARTICLE_LABELS),
    "translated": (TRANSLATED, TRANSLATED_LABELS),
    "feature 3": (FEATURE_3, FEATURE_3_LABELS),
}


# Fifth set: written after the corrections from SET_FOUR, measured untouched.

LECTURE = """\
Lecture 9: Propaganda and belief in the 1930s (transcript)

Good morning. Last week we looked at the Terror from above; today I want to look at how ordinary people made sense of it. Let me start with a diary. Stepan Podlubny, a young worker from a kulak family, wrote in 1935: "I am a son of the enemy, and I must become one of us." He spent years trying to remake himself, and his diary is full of this kind of self-examination.

Now, how should we read this? ⟦Jochen Hellbeck, who edited the diary, argues|Hellbeck||⟧ that people like Podlubny genuinely wanted to become Soviet subjects ⟦(Hellbeck 2006, 12)|Hellbeck|2006|12⟧. Others are more sceptical. ⟦Fitzpatrick, for example, talks|Fitzpatrick||⟧ about "speaking Bolshevik" as a skill people learned, not a belief they held. I find myself somewhere in between.

Take the slogans. Everyone knew "Life has become better, comrades, life has become more joyful". Stalin said it in 1935, at a conference of Stakhanovites. People repeated it, and they also joked about it. One joke went: "Life has become better, but it has not become easier."

Or take the show trials. Many people believed them. A schoolteacher in Voronezh wrote to her sister in 1937: "How could they? They were in the Politburo, and all the time they were spies." We have thousands of letters like this.

And yet, and yet. The same people who wrote such letters also kept silent about their own relatives. As one woman told an interviewer decades later, "We believed everything, except about our own."

For next week, read the Podlubny chapter in Hellbeck, and think about this question: what does it mean to "believe" something in a dictatorship?
"""
LECTURE_LABELS: list[Label] = [
    ('"I am a son of the enemy', "real", "Stepan Podlubny|Podlubny"),
    ('"speaking Bolshevik"', "real", "Fitzpatrick"),
    ('"Life has become better, comrades', "real", "Stalin"),
    ('"Life has become better, but', "real", "One joke|joke"),
    ('"How could they?', "real", "A schoolteacher|schoolteacher"),
    ('"We believed everything', "real", "one woman|woman"),
    ('"believe"', "scare", None),
]

ESSAY_BLOCK = """\
The Gulag in Soviet literature

Few works of Soviet literature dealt with the camps before 1962, and those that did were not published. Varlam Shalamov began writing his Kolyma Tales in 1954, after his release, but none appeared in the Soviet Union in his lifetime. His prose is deliberately flat. He describes the death of a fellow prisoner in a single paragraph:

    He was dying, and he knew it, and we knew it. Nobody spoke to him, because there was nothing to say. In the morning his bread ration was divided among the four of us who slept nearest, and nobody asked for more.

Shalamov rejected the idea that the camps could teach anything. "The camp is a negative school of life," he wrote in a note of 1961. "No one will gain anything useful from it."

Solzhenitsyn disagreed. For him the camp could be a place of moral awakening, and One Day in the Life of Ivan Denisovich ends on a note that Shalamov found unbearable:

    Ivan Denisovich went to sleep fully content. He'd had many strokes of luck that day.

— Aleksandr Solzhenitsyn, 1962

The quarrel between the two writers was never resolved. Shalamov called Solzhenitsyn's book "a lie from beginning to end" in a letter he did not send. Solzhenitsyn, for his part, wrote that Shalamov's experience had been "more bitter and longer than mine".
"""
ESSAY_BLOCK_LABELS: list[Label] = [
    ("He was dying, and he knew", "block", "Varlam Shalamov|Shalamov"),
    ('"The camp is a negative school', "real", "Varlam Shalamov|Shalamov"),
    ('"No one will gain', "real", "Varlam Shalamov|Shalamov"),
    ("Ivan Denisovich went to sleep", "block", "Aleksandr Solzhenitsyn|Solzhenitsyn"),
    ('"a lie from beginning', "real", "Shalamov"),
    ('"more bitter and longer', "real", "Solzhenitsyn"),
]

RUSSIAN_PRESS = """\
Reading the Soviet press: «Правда», 1937 (a seminar handout)

Below are extracts from Pravda of 1937, with translations. Note how the language of the trials enters ordinary reporting.

1. From an editorial of 24 January 1937, «Стереть с лица земли» ("Wipe them from the face of the earth"): «Презренные наймиты фашизма посмели поднять руку на самое дорогое». The despicable hirelings of fascism dared to raise their hand against what is most dear.

2. A worker at the Stalin car factory, A. Kuznetsov, is quoted: «Мы требуем расстрела». We demand that they be shot. The same formula appears in dozens of letters printed that month.

3. Vyshinsky's closing speech is reported in full. He called the defendants «бешеные собаки», mad dogs, and ended: «Я требую, чтобы взбесившиеся собаки были расстреляны все до одного!» I demand that the mad dogs be shot, every one of them!

Questions for discussion: Who is speaking in each extract? How does the newspaper make the reader a participant? Compare the word «враг» (enemy) in extracts 1 and 3.
"""
RUSSIAN_PRESS_LABELS: list[Label] = [
    ("«Правда»", "scare", None),
    ("«Стереть с лица земли»", "scare", None),
    ('"Wipe them from', "scare", None),
    ("«Презренные наймиты", "real", "editorial|an editorial"),
    ("«Мы требуем расстрела»", "real", "A. Kuznetsov|Kuznetsov"),
    ("«бешеные собаки»", "real", "Vyshinsky|He"),
    ("«Я требую", "real", "Vyshinsky"),
    ("«враг»", "scare", None),
]

SET_FIVE: dict[str, tuple[str, list[Label]]] = {
    "lecture": (LECTURE, LECTURE_LABELS),
    "essay with blocks": (ESSAY_BLOCK, ESSAY_BLOCK_LABELS),
    "russian press": (RUSSIAN_PRESS, RUSSIAN_PRESS_LABELS),
}


# Sixth set: written after the corrections from SET_FIVE (the last of this round), measured untouched.

OBITUARY = """\
Arseny Roginsky obituary

Arseny Roginsky, who has died aged 71, spent his life returning names to the dead. As chairman of Memorial, the Russian human rights society, he oversaw the compilation of a database of more than three million victims of Soviet political repression, and he insisted to the end that the work was not about the past. "History is not behind us," he liked to say. "It is under our feet."

Born in 1946 in Velsk, in the Arkhangelsk region, where his father was in exile, Roginsky studied history in Tartu under Yuri Lotman. In the 1970s he edited the samizdat historical almanac Pamyat, and in 1981 he was arrested and sentenced to four years for "forgery of documents", a charge that referred to the letters he had written to gain access to archives. At his trial he gave a final speech defending the right of historians to work freely. "I did not forge anything," he told the court. "I forged only my own fate."

After his release he helped found Memorial in 1989. His colleague Alexander Daniel recalled that Roginsky "could not walk past a document without reading it". He was sceptical of grand statements. Asked once whether Russia would ever come to terms with its past, he replied: "Not in my lifetime. But we must act as if it will."

In later years the authorities labelled Memorial a "foreign agent". Roginsky, by then seriously ill, refused to be drawn into polemics. "They have their law, we have our work," he said.

He is survived by his wife, Natalya, and his daughter.
"""
OBITUARY_LABELS: list[Label] = [
    ('"History is not behind us,"', "real", "Arseny Roginsky|Roginsky"),
    ('"It is under our feet."', "real", "Arseny Roginsky|Roginsky"),
    ('"forgery of documents"', "real", None),
    ('"I did not forge anything,"', "real", "Roginsky"),
    ('"I forged only my own fate."', "real", "Roginsky"),
    ('"could not walk past', "real", "Alexander Daniel|Daniel"),
    ('"Not in my lifetime.', "real", "Roginsky"),
    ('"foreign agent"', "real", "the authorities|authorities"),
    ('"They have their law', "real", "Roginsky"),
]

EVENT_ARTICLE = """\
Kengir uprising

The Kengir uprising was a rebellion of prisoners in the Steplag labour camp in Kazakhstan in May and June 1954.⟦[1]|Applebaum|2003|p. 498⟧ After guards shot several prisoners on 16 May, the inmates took control of the camp and held it for forty days.⟦[2]|Barnes|2011|p. 211⟧

The prisoners elected a commission led by Kapiton Kuznetsov, a former Red Army colonel. They demanded the punishment of the guards who had fired, the removal of the numbers from their clothes and a review of their cases. ⟦According to Solzhenitsyn|Solzhenitsyn||⟧, who interviewed survivors, the camp became "a free republic behind barbed wire" for those forty days ⟦(Solzhenitsyn 1976, 310)|Solzhenitsyn|1976|310⟧. The prisoners printed leaflets and even staged concerts; a banner over the main gate read: "Long live the Soviet Constitution!"⟦[3]|Applebaum|2003|p. 503⟧

On 26 June troops and tanks entered the camp. Estimates of the dead vary: the official report gave 37 killed,⟦[4]|Barnes|2011|p. 216⟧ while survivors spoke of several hundred. Historians such as ⟦Barnes have argued|Barnes||⟧ that the uprising, together with strikes at Norilsk and Vorkuta, "hastened the dismantling of the Gulag" ⟦(Barnes 2011, 218)|Barnes|2011|218⟧.

References

^ Applebaum, Anne (2003). Gulag: A History. Doubleday. p. 498.
^ Barnes, Steven A. (2011). Death and Redemption. Princeton University Press. p. 211.
^ Applebaum (2003), p. 503.
^ Barnes (2011), p. 216.
"""
EVENT_ARTICLE_LABELS: list[Label] = [
    ('"a free republic', "real", "Solzhenitsyn"),
    ('"Long live the Soviet Constitution!"', "real", "banner|a banner"),
    ('"hastened the dismantling', "real", "Barnes"),
]

BLOG = """\
Why I stopped calling it "Stalinism"

I've been teaching Soviet history for twenty years, and for most of that time I used the word "Stalinism" without thinking about it. Lately I've started to wonder whether it does more harm than good.

Here's the problem. The word suggests that one man's personality explains a whole system. Stephen Kotkin, whose biography of Stalin runs to three volumes so far, comes close to saying exactly that: for him, Stalin was "the driving force" and the system would have been very different without him ⟦(Kotkin, 2014)|Kotkin|2014|⟧. Sheila Fitzpatrick, on the other hand, has spent her career looking at what she calls "everyday Stalinism" — the way ordinary people coped, adapted and sometimes profited.

My students, of course, just want to know who was right. I tell them what my own teacher told me: "Both of them, and neither." That annoys them.

There's also the "totalitarian" label, which has gone in and out of fashion. Hannah Arendt used it in 1951; by the 1970s it was considered a Cold War relic; since 1991 it has come back. Kotkin, interestingly, avoids it.

So what do I say instead? Mostly I say "the Soviet system under Stalin", which is clumsy but honest. If you have a better phrase, tell me in the comments.
"""
BLOG_LABELS: list[Label] = [
    ('"Stalinism"', "scare", None),
    ('"Stalinism" without', "scare", None),
    ('"the driving force"', "real", "Stephen Kotkin|Kotkin"),
    ('"everyday Stalinism"', "real", "Sheila Fitzpatrick|Fitzpatrick"),
    ('"Both of them, and neither."', "real", "my own teacher|teacher"),
    ('"totalitarian"', "scare", None),
    ('"the Soviet system under Stalin"', "real", "I"),
]

STORY = """\
The parcel

The woman at the window took the parcel without looking at it.

"Name of prisoner?"

"Lebedev, Nikolai Petrovich," Anna said. "Article fifty-eight."

The woman ran her finger down a list, stopped, and looked up for the first time.

"No parcels for Lebedev."

"But last month—"

"Last month is last month." She pushed the parcel back across the counter. "Next."

Anna did not move. Behind her someone coughed, and an old man in a sheepskin coat said quietly, "Go home, daughter. Come back tomorrow. Sometimes it changes."

She picked up the parcel. It was heavier than when she had brought it, or so it seemed. Outside, the snow had started again, and she stood for a long time at the tram stop, holding it against her chest, until a tram came that she did not need, and she got on it anyway.
"""
STORY_LABELS: list[Label] = [
    ('"Name of prisoner?"', "real", "The woman at the window|woman"),
    ('"Lebedev, Nikolai Petrovich,"', "real", "Anna"),
    ('"Article fifty-eight."', "real", "Anna"),
    ('"No parcels for Lebedev."', "real", "The woman|woman"),
    ('"But last month', "real", "Anna"),
    ('"Last month is last month."', "real", "The woman|woman|She"),
    ('"Next."', "real", "The woman|woman|She"),
    ('"Go home, daughter.', "real", "an old man|old man|man"),
]

SET_SIX: dict[str, tuple[str, list[Label]]] = {
    "obituary": (OBITUARY, OBITUARY_LABELS),
    "event article": (EVENT_ARTICLE, EVENT_ARTICLE_LABELS),
    "blog": (BLOG, BLOG_LABELS),
    "story": (STORY, STORY_LABELS),
}


# Seventh set: written after the corrections from SET_SIX (the last rules of this round), measured
# untouched: the final estimate.

CHAPTER_2 = """\
The Doctors' Plot

On 13 January 1953 Pravda announced the arrest of nine eminent physicians, six of them Jewish, who were said to have murdered Andrei Zhdanov and plotted to kill other Soviet leaders on the orders of American intelligence.⟦1|Brent|2003|⟧ The announcement called them "monsters in human form" and "hired agents of foreign intelligence".

The campaign that followed was unlike anything since 1937. Patients refused to be treated by Jewish doctors; rumours spread of poisoned medicines in pharmacies. As ⟦Yoram Gorlizki and Oleg Khlevniuk have shown|Gorlizki||⟧, the case was driven personally by Stalin, who read the interrogation protocols and demanded harsher methods.⟦2|Gorlizki|2004|⟧ He told the Minister of State Security, Semyon Ignatiev, that if he did not obtain confessions he would "lose his head".⟦3|Gorlizki|2004|⟧

Stalin's death on 5 March ended the affair. On 4 April Pravda printed a short announcement that the doctors had been released and that their confessions had been obtained "by impermissible methods of investigation". Lidia Timashuk, the cardiologist whose letter of 1948 had been used to launch the case, was stripped of the Order of Lenin she had received in January.⟦4||1953|⟧

Historians still disagree about what Stalin intended. Some, ⟦following Rapoport|Rapoport||⟧, believed that a mass deportation of Jews was being prepared. Others are sceptical: ⟦Brent and Naumov found|Brent||⟧ "no documentary evidence" of such a plan ⟦(Brent and Naumov 2003, 295)|Brent|2003|295⟧.

Notes

1. Jonathan Brent and Vladimir Naumov, Stalin's Last Crime (New York: HarperCollins, 2003), 3–5.
2. Yoram Gorlizki and Oleg Khlevniuk, Cold Peace (Oxford: Oxford University Press, 2004), 153–60.
3. Gorlizki and Khlevniuk, Cold Peace, 157.
4. Pravda, 4 April 1953.
"""
CHAPTER_2_LABELS: list[Label] = [
    ('"monsters in human form"', "real", "The announcement|announcement|Pravda"),
    ('"hired agents', "real", "The announcement|announcement|Pravda"),
    ('"lose his head"', "real", "Stalin|He"),
    ('"by impermissible methods', "real", "Pravda|announcement"),
    ('"no documentary evidence"', "real", "Brent and Naumov|Brent"),
]

NEWS_3 = """\
Ukraine opens KGB archive to public

KYIV, May 21 (Reuters) - Ukraine on Thursday opened the archive of the Soviet KGB's Ukrainian branch to the public, giving anyone access to files on the repression of millions of people, officials said.

"These archives belong to the people they are about, not to the people who compiled them," said Andriy Kohut, director of the Security Service of Ukraine's archive. He said about 80 percent of the files had already been digitised.

Researchers welcomed the move. "For a historian it is like being let into a locked library," said Olena Stiazhkina, a historian at the National Academy of Sciences. She said she had found the file of her own grandfather within an hour.

The law that opened the archive was passed in 2015 as part of a package that also banned Soviet and Nazi symbols. Critics in Russia called it an attempt to "rewrite history", and the Russian Foreign Ministry described the opening of the files as "a provocation".

Kohut dismissed the criticism. "We are not rewriting anything. We are reading," he told reporters. Asked whether the names of informers would be made public, he said that they would, "because the victims have a right to know who betrayed them".
"""
NEWS_3_LABELS: list[Label] = [
    ('"These archives belong', "real", "Andriy Kohut|Kohut"),
    ('"For a historian', "real", "Olena Stiazhkina|Stiazhkina"),
    ('"rewrite history"', "real", "Critics|Critics in Russia"),
    ('"a provocation"', "real", "the Russian Foreign Ministry|Foreign Ministry|Ministry"),
    ('"We are not rewriting', "real", "Kohut"),
    ('"because the victims', "real", "Kohut"),
]

FRENCH_ESSAY = """\
Souvarine et le «mensonge déconcertant»

Boris Souvarine publia en 1935 la première biographie critique de Staline. Le livre fut accueilli avec hostilité par une grande partie de la gauche française. Romain Rolland, qui rentrait de Moscou, écrivit à un ami que Souvarine était «un aigri qui ne comprend rien à la révolution».

Souvarine, lui, ne céda pas. Dans la préface de 1977, il rappela : « J'ai été seul contre tous, et j'avais raison contre tous. » Pour Souvarine, le stalinisme n'était pas une déviation mais «la négation même du socialisme».

Les historiens ont depuis rendu justice au livre. ⟦Selon Jean-Louis Panné|Panné||⟧, son biographe, Souvarine fut «le premier à voir clair» ⟦(Panné 1993, 211)|Panné|1993|211⟧. Le mot de «mensonge déconcertant», emprunté à Ante Ciliga, résume ce que Souvarine reprochait au régime : non pas seulement de mentir, mais de mentir d'une manière qui désarmait ses critiques.
"""
FRENCH_ESSAY_LABELS: list[Label] = [
    ("«mensonge déconcertant»", "scare", None),
    ("«un aigri qui", "real", "Romain Rolland|Rolland"),
    ("« J'ai été seul", "real", "Souvarine|il"),
    ("«la négation même", "real", "Souvarine"),
    ("«le premier à voir", "real", "Jean-Louis Panné|Panné"),
    ("«mensonge déconcertant», emprunté", "scare", None),
]

SET_SEVEN: dict[str, tuple[str, list[Label]]] = {
    "chapter 2": (CHAPTER_2, CHAPTER_2_LABELS),
    "news 3": (NEWS_3, NEWS_3_LABELS),
    "french essay": (FRENCH_ESSAY, FRENCH_ESSAY_LABELS),
}


# Eighth set: written after the corrections from SET_SEVEN, measured untouched.

MLA_ESSAY = """\
Memory and Silence in Post-Soviet Russia

In the 1990s it seemed that the Soviet past would finally be confronted. Archives opened, memoirs were published in their hundreds, and Memorial collected testimonies across the country. Yet by 2010 the mood had changed. ⟦Etkind describes|Etkind||⟧ the result as a "warped mourning," in which the dead are remembered but the perpetrators are not ⟦(Etkind 9)|Etkind||9⟧. ⟦Merridale, writing about war memorials, makes|Merridale||⟧ a similar point: Russians learned to grieve "without asking who was responsible" ⟦(Merridale 284)|Merridale||284⟧.

Not all scholars accept this picture. ⟦Adler|Adler||⟧ argues that the "return" of Gulag survivors in the 1950s had already forced a reckoning of sorts, even if it was never completed ⟦(Adler 112)|Adler||112⟧. And the survivors themselves were divided. One of them, the poet Anna Barkova, wrote in 1956 that she had "no wish to forgive and no strength to hate." Others, like Lev Razgon, insisted on telling everything: "I am not writing for revenge," he said in an interview, "I am writing so that it will not happen again."

The state's position has been consistent since about 2005. President Putin has spoken of the repressions as "a tragedy" while warning against "excessive demonization" of Stalin. As ⟦Khapaeva|Khapaeva||⟧ puts it, the result is "a gothic society" that consumes images of terror as entertainment ⟦(Khapaeva 45)|Khapaeva||45⟧.

Works Cited

Adler, Nanci. The Gulag Survivor. Transaction, 2002.
Etkind, Alexander. Warped Mourning. Stanford UP, 2013.
Khapaeva, Dina. "Historical Memory in Post-Soviet Gothic Society." Social Research, vol. 76, no. 1, 2009, pp. 359–94.
Merridale, Catherine. Night of Stone. Granta, 2000.
"""
MLA_ESSAY_LABELS: list[Label] = [
    ('"warped mourning,"', "real", "Etkind"),
    ('"without asking who', "real", "Merridale"),
    ('"return"', "scare", None),
    ('"no wish to forgive', "real", "Anna Barkova|Barkova"),
    ('"I am not writing for revenge,"', "real", "Lev Razgon|Razgon"),
    ('"I am writing so that', "real", "Lev Razgon|Razgon"),
    ('"a tragedy"', "real", "President Putin|Putin"),
    ('"excessive demonization"', "real", "President Putin|Putin"),
    ('"a gothic society"', "real", "Khapaeva"),
    ('"Historical Memory in', "scare", None),
]

PODCAST = """\
Episode 41: The Trial of the Industrial Party (transcript)

HOST: Welcome back. Today we're talking about the 1930 Industrial Party trial with Dr. Sarah Whitfield, who has just published a book about it. Sarah, what was the Industrial Party?

WHITFIELD: It didn't exist. That's the short answer. The OGPU invented an underground organisation of engineers who were supposedly sabotaging Soviet industry on the orders of French intelligence. Eight engineers were put on trial, and all eight confessed.

HOST: Why did they confess?

WHITFIELD: That's the question everyone asks. The chief defendant, Leonid Ramzin, gave a long speech in court in which he said, and I'm quoting from the transcript, "I fully and completely admit my guilt before the working class." He was sentenced to death, the sentence was commuted, and within a few years he was back at work designing boilers. He even won a Stalin Prize in 1943.

HOST: That's extraordinary.

WHITFIELD: It is. Andrei Vyshinsky, who presided over the court, told the defendants at one point that they were "lucky to live in a country that knows how to forgive." And in a sense Ramzin was lucky. Most of the people named in his testimony were not.

HOST: Dr. Sarah Whitfield, thank you.
"""
PODCAST_LABELS: list[Label] = [
    ('"I fully and completely', "real", "Leonid Ramzin|Ramzin"),
    ('"lucky to live in a country', "real", "Andrei Vyshinsky|Vyshinsky"),
]
PODCAST_TURNS = [
    ("HOST", "Welcome back.", "Industrial Party?"),
    ("WHITFIELD", "It didn't exist.", "all eight confessed."),
    ("HOST", "Why did they confess?", "Why did they confess?"),
    ("WHITFIELD", "That's the question", "Stalin Prize in 1943."),
    ("HOST", "That's extraordinary.", "That's extraordinary."),
    ("WHITFIELD", "It is.", "were not."),
    ("HOST", "Dr. Sarah Whitfield, thank you.", "thank you."),
]

RUSSIAN_TEXT = """\
Бутовский полигон

В 1937–1938 годах на Бутовском полигоне были расстреляны более двадцати тысяч человек. Долгое время об этом месте молчали. Историк Лидия Головкова, много лет изучавшая списки расстрелянных, пишет: «Бутово — это не только место казни, это место памяти, которое надо было вернуть людям».

Среди расстрелянных был священник Владимир Амбарцумов. Его сын вспоминал, что отец сказал при последней встрече: «Не бойтесь за меня, я готов ко всему». В протоколе допроса записано, что он «признал себя виновным» — но сам протокол подписан чужой рукой.

Сегодня на полигоне стоит храм. Настоятель говорит, что храм построен «на крови», и поэтому здесь каждый год читают имена.
"""
RUSSIAN_TEXT_LABELS: list[Label] = [
    ("«Бутово — это не только", "real", "Лидия Головкова|Головкова"),
    ("«Не бойтесь за меня", "real", "отец|Владимир Амбарцумов|Амбарцумов"),
    ("«признал себя виновным»", "real", "протоколе|протокол"),
    ("«на крови»", "real", "Настоятель"),
]

SET_EIGHT: dict[str, tuple[str, list[Label]]] = {
    "mla essay": (MLA_ESSAY, MLA_ESSAY_LABELS),
    "podcast": (PODCAST, PODCAST_LABELS),
    "russian text": (RUSSIAN_TEXT, RUSSIAN_TEXT_LABELS),
}
COMMENTS_EIGHT = {"podcast": PODCAST_TURNS}
