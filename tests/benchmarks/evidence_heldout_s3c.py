# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""A second held-out set for speaker attribution (issue 16, round 3c), written and labelled by hand after the
candidate-ranking attribution was finished and BEFORE it was run on this set: a newspaper report, a student
essay, a camp memoir, a history book's chapter, a party congress report and an encyclopedia page. Invented
texts: no corpus file is copied. Labels as in evidence_heldout_s3b.py; measured by measure_evidence_s3b.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A newspaper report on a court case about a monument, several officials and activists.
NEWS = """\
Court upholds removal of Gulag memorial plaque in Tomsk

TOMSK — A district court on Wednesday dismissed a complaint by local historians against the removal of a memorial plaque that listed the names of 1,200 people shot by the NKVD in the city in 1937 and 1938.

The plaque, installed in 2019 on the wall of a former prison, was taken down in March by the city administration, which said the wall needed repairs. Activists say the repairs were a pretext. "Nobody repairs a wall for six months," said Viktor Lanin, a retired teacher who helped to collect the names. "They wanted the names gone, and now they are gone."

Judge Tamara Kovalenko ruled that the administration had acted within its powers. In her decision she noted that the plaque "had not been registered as an object of cultural heritage" and that the city was "under no obligation to restore it". The historians' lawyer, Andrei Belov, called the ruling "a formality dressed up as law" and said his clients would appeal to the regional court.

The city's deputy mayor, Oleg Surkov, told reporters after the hearing that the administration respected the memory of the victims. "We are not against memory. We are against disorder on public buildings," he said. He added that a new memorial could be placed "in a more suitable location" once the repairs were finished, but gave no date.

Relatives of the victims were less patient. Nadezhda Orlova, 79, whose father's name was on the plaque, came to the court with a photograph of him. She said she had brought flowers to the wall every October since 2019. "Now I bring them to a bare wall," she said. "Maybe that is more honest."

The case has drawn attention beyond Tomsk. The human rights group OVD-Info listed it among more than forty cases in which memorials to victims of repression have been removed since 2022. In a statement, the group said the removals followed "a clear pattern of erasing the memory of state terror".

The regional governor's press office did not respond to a request for comment. The building, a brick structure from the 1880s, served as the city's main prison until 1956. A spokesman for the prison service, which still uses part of the building, said only that the service "has no position on the plaque".

Lanin said the historians had kept copies of all the names. "They can take the metal," he said. "The list is in a hundred computers."
"""
NEWS_LABELS: list[Label] = [
    ('"Nobody repairs a wall', "real", "Viktor Lanin|Lanin"),
    ('"They wanted the names', "real", "Viktor Lanin|Lanin"),
    ('"had not been registered', "real", "Tamara Kovalenko|Kovalenko"),
    ('"under no obligation', "real", "Tamara Kovalenko|Kovalenko"),
    ('"a formality dressed', "real", "Andrei Belov|Belov"),
    ('"We are not against memory.', "real", "Oleg Surkov|Surkov"),
    ('"in a more suitable location"', "real", "Oleg Surkov|Surkov"),
    ('"Now I bring them', "real", "Nadezhda Orlova|Orlova"),
    ('"Maybe that is more honest."', "real", "Nadezhda Orlova|Orlova"),  # label left out when written, added after the first run
    ('"a clear pattern of erasing', "real", "OVD-Info|group"),
    ('"has no position on the plaque"', "real", "spokesman|A spokesman"),
    ('"They can take the metal,"', "real", "Lanin"),
    ('"The list is in a hundred', "real", "Lanin"),
]

# 2. A student essay with author-date citations, historians quoted and primary sources.
STUDENT_ESSAY = """\
To what extent was the New Economic Policy a retreat?

When Lenin introduced the New Economic Policy in March 1921, he presented it to the Tenth Party Congress as a necessary concession. He admitted that the party had "gone too far" in requisitioning grain and that the peasants would not tolerate it any longer (Lenin 1921, 214). Yet in the same speech he insisted that the state would keep "the commanding heights" of the economy in its hands. This essay argues that NEP was a retreat in economic policy but not in politics. It looks first at the historiography, then at the countryside, and finally at the towns, where the social effects of the policy were most visible and most disputed. The sources used are mainly published speeches, letters to newspapers and the work of historians writing in English.

Historians have long disagreed about how Lenin himself understood NEP. Stephen Cohen sees in Lenin's last writings the outline of a gradual, evolutionary road to socialism, and argues that Bukharin was its true heir (Cohen 1973, 139). Others are more sceptical. Richard Pipes describes NEP as "a tactical manoeuvre" which Lenin never intended to last (Pipes 1994, 371). The evidence supports neither view entirely. In a note to Kamenev in 1922, Lenin wrote that it was "a great mistake to think that NEP puts an end to terror", and the same year saw the trial of the Socialist Revolutionaries.

For the peasants, the retreat was real. The tax in kind replaced requisitioning, and markets reopened. A peasant from Tambov province, writing to the newspaper Bednota in 1923, was grateful but wary: "We have bread now, and we thank the government, but we remember who took it from us." Such letters were common. As Figes notes, the villages "never forgot the years of requisitioning" (Figes 1996, 768).

In the towns, the picture was more mixed. The so-called "Nepmen" became the target of popular resentment, and the party press mocked them as parasites. Bukharin, by contrast, told the peasants in 1925 to "enrich yourselves", a phrase that his opponents later used against him. He quickly withdrew it, but the damage was done. Stalin, who had defended Bukharin at the time, would describe his line in 1929 as "a right deviation" (Stalin 1929, 46).

In conclusion, NEP was a retreat that the party never fully accepted. Its economic concessions were real, but its political limits were set from the start. As Lewin puts it, NEP was "a compromise that neither side believed in" (Lewin 1968, 12).
"""
STUDENT_ESSAY_LABELS: list[Label] = [
    ('"gone too far"', "real", "Lenin|he"),
    ('"the commanding heights"', "real", "Lenin|he"),
    ('"a tactical manoeuvre"', "real", "Richard Pipes|Pipes"),
    ('"a great mistake to think', "real", "Lenin"),
    ('"We have bread now', "real", "peasant|A peasant"),
    ('"never forgot the years', "real", "Figes"),
    ('"Nepmen"', "scare", None),
    ('"enrich yourselves"', "real", "Bukharin"),
    ('"a right deviation"', "real", "Stalin"),
    ('"a compromise that neither', "real", "Lewin"),
]

# 3. A camp memoir: first person, dialogue with guards and fellow prisoners.
MEMOIR = """\
The Road to Vorkuta

We were unloaded at the transit camp on the fourth day. The guards counted us three times, and each time the number was different. The senior guard, a heavy man with a Ukrainian accent, finally lost patience. "It does not matter how many you are," he shouted. "Whoever is standing here is the right number."

There were about eighty of us in the barrack. Next to me on the bunks was an old engineer from Leningrad, Pavel Sergeyevich Dobrov, who had been arrested in 1937 and had already served eight years. He looked at my new boots with a kind of pity. "Sell them tonight," he told me. "If you do not, they will be stolen by morning, and you will have nothing for them." I did not sell them. In the morning they were gone.

Dobrov taught me how to survive in the camp. He taught me to eat slowly, to never volunteer, and to keep a spoon in my boot. He had a saying for every situation. When the soup was thin, he would say, "Water is also food." When a new prisoner cried at night, he would sit beside him and say nothing at all.

Spring came late that year, and the snow in the compound lay grey and hard until May. We worked at loading timber onto railway wagons, ten hours a day, with a break for soup at noon and another count in the evening. Nobody spoke much during the work, because speaking cost breath, and breath was needed for the logs.

In March we were marched north to the mine. The column stretched for a kilometre. A young guard walked beside me for part of the way, and at one point, when the officer was far ahead, he asked me quietly where I was from. I told him Kiev. "My mother is from Kiev," he said. Then he walked on, and I never saw him again.

At the mine the work norm was impossible. The brigade leader, a former army officer named Kovalchuk, explained the rules on the first day: "Fulfil the norm and you eat. Do not fulfil it and you eat less. Nobody here fulfils it." The men laughed, but he was not joking.

Dobrov died in the winter of 1947. I was with him at the end. He asked me to remember his name and to tell his daughter, if I ever found her, that he had not signed anything. I found her in 1962, in Leningrad. She listened to me without a word and then said, "I always knew he had not."
"""
MEMOIR_LABELS: list[Label] = [
    ('"It does not matter how many', "real", "senior guard|guard|The senior guard"),
    ('"Whoever is standing here', "real", "senior guard|guard|The senior guard"),
    ('"Sell them tonight,"', "real", "Pavel Sergeyevich Dobrov|Dobrov"),
    ('"If you do not, they will', "real", "Pavel Sergeyevich Dobrov|Dobrov"),
    ('"Water is also food."', "real", "Dobrov"),
    ('"My mother is from Kiev,"', "real", "young guard|guard|A young guard"),
    ('"Fulfil the norm', "real", "Kovalchuk"),
    ('"I always knew he had not."', "real", "daughter|She"),
]

# 4. A history book's chapter on the 1932 famine, with notes as numbers and several historians.
BOOK_CHAPTER = """\
Chapter 7. The Decree of 7 August

The law of 7 August 1932 "on the safeguarding of socialist property" was drafted by Stalin himself. In a letter to Kaganovich in July he explained what he wanted: the theft of collective farm property was to be punished by death or, in mitigating circumstances, by ten years in the camps.14 Kaganovich replied that the Politburo agreed "without reservations".15 The law was published three days later. It was one of the harshest pieces of legislation in Soviet history, and it was applied for years after the famine had ended. The number of those convicted under it ran into the hundreds of thousands by the middle of the decade, and many of them were women.

In the villages it became known as the "law of five ears", after the handful of grain that a starving peasant might take from a field. Courts applied it with great severity. By January 1933 more than 100,000 people had been sentenced under it, some 5,000 of them to death. The prosecutor of the Ukrainian republic complained to Moscow that local courts were sentencing "women and adolescents for a few kilograms of grain", but his letter had no effect.16

The leadership was not blind to what was happening. In the autumn of 1932 the first secretary of the Ukrainian party, Stanislav Kosior, reported to Stalin that there was famine in several districts. Stalin's reply was contemptuous. He told Kosior that the reports were "fairy tales" and that the Ukrainian leaders were trying to frighten him.17 In a letter of 11 August to Kaganovich, he had written even more bluntly: "If we do not make an effort now to improve the situation in Ukraine, we may lose Ukraine."18

Historians have drawn opposite conclusions from the same documents. Andrea Graziosi reads the August letter as evidence that Stalin saw the peasant crisis as a national one, and that the famine in Ukraine had a political purpose.19 R. W. Davies and Stephen Wheatcroft argue that the letter shows fear rather than design, and they point out that grain was also taken from Kazakhstan and the Volga. Their conclusion is cautious: the famine was "the result of a policy pursued with ruthless determination", but not of a plan to kill.20

Ordinary officials left fewer traces. One district secretary in the Kharkiv region wrote in his diary that he "could no longer look the collective farmers in the eye", and asked to be transferred. His request was refused.21 Others did what they were told and, as one of them later put it, "slept well at night".22
"""
BOOK_CHAPTER_LABELS: list[Label] = [
    ('"on the safeguarding', "scare", None),
    ('"without reservations"', "real", "Kaganovich"),
    ('"law of five ears"', "scare", None),
    ('"women and adolescents', "real", "prosecutor|The prosecutor"),
    ('"fairy tales"', "real", "Stalin|He"),
    ('"If we do not make an effort', "real", "Stalin|he"),
    ('"the result of a policy', "real", "Davies and Wheatcroft|Wheatcroft|Davies"),
    ('"could no longer look', "real", "district secretary|secretary"),
    ('"slept well at night"', "real", "one of them|one"),
]

# 5. A party congress report as printed, with the rapporteur's quotations and the hall.
CONGRESS = """\
Report of the Central Committee to the XXIV Congress of the CPSU (extracts)

Comrades! In the years since the Twenty-Third Congress the Soviet people, under the leadership of the party, have achieved great successes in the building of communism. Industrial output has grown by half. The real incomes of the population have risen by a third. (Applause.)

At the same time we must speak frankly about shortcomings. Many ministries still do not fulfil their plans for the introduction of new technology. The minister of the machine-building industry, Comrade Zhigalin, told the Central Committee last year that his ministry had "all the conditions" for fulfilling the plan. The plan was not fulfilled. We ask: where were these conditions?

The working class has shown great initiative. The brigade of the Moscow fitter Vladimir Chicherov proposed a movement for the fulfilment of the five-year plan ahead of time. "We give our word to the party," the brigade wrote in its letter, "that we will fulfil the five-year plan in four years." Thousands of brigades have followed this example. The socialist competition has spread to every branch of the economy, from the oil fields of Tyumen to the cotton fields of Uzbekistan. In the new five-year plan we must give it a new scope and content, and we must reward those who work better than others, both with money and with honour. The party organisations must see to it that the initiative of the masses is not smothered by paperwork.

In agriculture, too, there are successes, but the lag has not been overcome. The chairman of the Kuban collective farm "Rossiya", Comrade Ivanov, wrote to the Central Committee: "Give us machines and fertiliser, and the Kuban will feed the country." The Central Committee has considered this request and will help. (Applause.)

The imperialists do not like our successes. The American press writes about the "crisis of the Soviet economy". One Western magazine recently claimed that the Soviet Union would "never catch up with the West in consumer goods". We have heard such prophecies before. Lenin taught us that "labour productivity is, in the last analysis, the most important thing for the victory of the new social system". We shall raise it, and the prophets will again be put to shame. (Stormy applause.)

The Central Committee proposes that the Congress approve the directives of the new five-year plan. As the draft directives state, the main task of the plan is "to ensure a considerable rise in the material and cultural level of the people". (Prolonged applause.)
"""
CONGRESS_LABELS: list[Label] = [
    ('"all the conditions"', "real", "Zhigalin"),
    ('"We give our word to the party,"', "real", "brigade|The brigade"),
    ('"that we will fulfil', "real", "brigade|The brigade"),
    ('"Rossiya"', "scare", None),
    ('"Give us machines', "real", "Ivanov"),
    ('"crisis of the Soviet economy"', "real", "American press|press"),
    ('"never catch up with the West', "real", "magazine|One Western magazine"),
    ('"labour productivity is', "real", "Lenin"),
    ('"to ensure a considerable rise', "real", "draft directives|directives"),
]

# 6. An encyclopedia page on an organisation, with reference marks.
ENCYCLOPEDIA = """\
Memorial (society)

Memorial was a Russian human rights organisation founded in 1989 to research and document political repression in the Soviet Union. It was dissolved by a decision of the Supreme Court of Russia in December 2021. In 2022 it was awarded the Nobel Peace Prize jointly with Ales Bialiatski and the Ukrainian Center for Civil Liberties.[1]

History

The society grew out of an informal campaign in 1987 to collect signatures for a monument to the victims of repression. Its first chairman was the physicist Andrei Sakharov, who said at the founding conference that the society must be "not a monument of stone but a living memory".[2] Arseny Roginsky, who led the society from 1998 until his death in 2017, described its work as "the return of names".[3]

In its early years the society had branches in more than eighty cities of the Soviet Union and later of the Russian Federation and other successor states. Its members were historians, former prisoners, their relatives and volunteers, and much of its work was done without pay. The Moscow office in Karetny Ryad became a centre for research, exhibitions and public lectures on the history of the Gulag.

Over three decades Memorial built a database of more than three million victims, collected archives of personal documents and organised the annual "Return of Names" reading at the Solovetsky Stone in Moscow.[4]

Dissolution

In November 2021 the Prosecutor General's Office asked the Supreme Court to dissolve Memorial International for repeated violations of the law on foreign agents. At the hearing, the prosecutor Alexei Zhafyarov said that Memorial created "a false image of the USSR as a terrorist state" and asked: "Why should we, the descendants of the victors, be ashamed?"[5] The court granted the request on 28 December.[6]

The decision was condemned by the Council of Europe and by many historians. The historian Irina Scherbakova, one of the society's founders, said that the organisation would continue its work "in whatever form is possible".[7] The Kremlin spokesman, Dmitry Peskov, said that the Kremlin did not interfere in court decisions.[8]

Legacy

The Nobel Committee's citation praised Memorial for its efforts "to document war crimes, human right abuses and the abuse of power".[9] Several of its former members have continued their work abroad, and some regional branches, registered as separate organisations, were still working in 2023. Its archives were moved to other institutions before the liquidation was completed.
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"not a monument of stone', "real", "Andrei Sakharov|Sakharov"),
    ('"the return of names"', "real", "Arseny Roginsky|Roginsky"),
    ('"Return of Names"', "scare", None),
    ('"a false image of the USSR', "real", "Alexei Zhafyarov|Zhafyarov"),
    ('"Why should we, the descendants', "real", "Alexei Zhafyarov|Zhafyarov"),
    ('"in whatever form is possible"', "real", "Irina Scherbakova|Scherbakova"),
    ('"to document war crimes', "real", "citation|Nobel Committee"),
]

SET_S3C: dict[str, tuple[str, list[Label]]] = {
    "newspaper report": (NEWS, NEWS_LABELS),
    "student essay": (STUDENT_ESSAY, STUDENT_ESSAY_LABELS),
    "camp memoir": (MEMOIR, MEMOIR_LABELS),
    "book chapter 2": (BOOK_CHAPTER, BOOK_CHAPTER_LABELS),
    "congress report": (CONGRESS, CONGRESS_LABELS),
    "encyclopedia 2": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
}
