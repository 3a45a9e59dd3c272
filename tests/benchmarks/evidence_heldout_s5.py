# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The first held-out set of round 5 (issue 16), written and labelled by hand BEFORE any run on it and
before any rule of the round changed: a wire report, a parliamentary debate record, a memoir with dialogue,
a scholarly article with author-date and narrative citations, a translated archival document with «», an
encyclopedia-style article, an op-ed and an interview transcript. Invented texts in our own words: no
corpus file is copied. Format and labelling decisions as in evidence_heldout_s4.py (a single word or a
title between marks is "scare"; words quoted from a document are the document's; a speaker the text only
describes is labelled with the describing noun); measured by measure_evidence_s5.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A wire report: a court, a plaintiff, a lawyer, an institution's statement, a director by apposition.
WIRE = """\
Estonian court orders release of KGB informer files

TALLINN, March 3 (AP) — Estonia's Supreme Court on Thursday ordered the national archive to open the files of Soviet-era KGB informers to researchers, ending a seven-year legal battle that pitted historians against the families of people named in the records.

The ruling, read out by Chief Justice Villu Kõve, said the public interest in "an honest account of the occupation" outweighed the privacy of those who had informed on their neighbours. The court added that the files must be read "with the caution due to any document produced by a secret police".

The case was brought by the historian Meelis Saueauk, who has spent two decades studying the Estonian branch of the KGB and its "lustration" debates. "This is not about naming and shaming. It is about understanding how the system worked," Saueauk told The Associated Press outside the courtroom. He said his team would begin reading the files next month.

Lawyers for the families had argued that many informers were "victims themselves", recruited under threat after arrest. One of them, Kadri Lepp, said her clients were disappointed. "The court has made these people defendants without a trial," she said. "They cannot answer, most of them are dead."

The National Archives said in a statement that it was "ready to comply" but warned that cataloguing the roughly 4,000 files could take a year.

The ruling was welcomed by the Institute of Historical Memory, whose director, Toomas Hiio, called it "a victory for history over fear". Russia's embassy in Tallinn did not respond to a request for comment. In the past, Moscow has described such efforts as "the rewriting of history" and "Russophobia".
"""
WIRE_LABELS: list[Label] = [
    ('"an honest account', "real", "Villu Kõve|Kõve|ruling|court"),
    ('"with the caution', "real", "court|ruling"),
    ('"lustration"', "scare", None),
    ('"This is not about naming', "real", "Meelis Saueauk|Saueauk"),
    ('"victims themselves"', "real", "Lawyers|families"),
    ('"The court has made', "real", "Kadri Lepp|Lepp"),
    ('"They cannot answer', "real", "Kadri Lepp|Lepp"),
    ('"ready to comply"', "real", "National Archives|Archives"),
    ('"a victory for history', "real", "Toomas Hiio|Hiio"),
    ('"the rewriting of history"', "real", "Moscow"),
    ('"Russophobia"', "real", "Moscow"),  # "Moscow has described … as": its word (session 11 convention)
]

# 2. A parliamentary debate record: named members' turns, a bishop quoted, a minister's words quoted back.
DEBATE = """\
HOUSE OF COMMONS
Thursday 14 November 1946

FOOD SUPPLIES (GERMANY)

Mr. Victor Collins (Taunton): I beg to ask the Minister of Food whether he is aware of the conditions in the British zone of Germany, where the official ration under the so-called "Level of Industry" plan has fallen to 1,050 calories a day.

The Minister of Food (Mr. Strachey): I am aware of the figures. The ration is lower than any of us would wish, but the House should know that the world shortage of wheat is not of our making.

Mr. Collins: Is the Minister aware that the Bishop of Chichester has described the situation as "a disgrace to a Christian nation", and that doctors in Hamburg report cases of hunger oedema among children?

Mr. Strachey: I have read the Bishop's letter. I do not accept that we are to blame for a harvest failure on three continents.

Mr. Boothby (Aberdeen and Kincardine, East): Will the right hon. Gentleman tell the House what he meant last week when he said that Britain could not "feed the Germans at the expense of our own people"? Does he not realise that those words were printed in every newspaper in Germany the next morning? Is this not starvation by committee?

Mr. Strachey: My words were taken out of their context. What I said was that we cannot cut our own bread ration below what is needed for health. I stand by that.

Mr. Gallacher (Fife, West): On a point of order, Mr. Speaker. Is it in order for the hon. Member for Aberdeen to describe the Government's policy as "starvation by committee"?

Mr. Speaker: It is not out of order. The word "starvation" has been heard in this House before, and the hon. Member for Fife, West, will have heard worse.

Mr. Boothby: I was repeating the words of the Save Europe Now committee, which wrote to all Members last week that "the British people did not fight the war in order to starve the German people after it". I see no reason to withdraw them, and I hope the Minister will read their "Appeal for Europe" before the recess.
"""
DEBATE_LABELS: list[Label] = [
    ('"Level of Industry"', "scare", None),
    ('"a disgrace to a Christian', "real", "Bishop of Chichester|Bishop"),
    ('"feed the Germans', "real", "Strachey|Gentleman"),
    ('"starvation by committee"', "real", "Boothby|Member"),
    ('"starvation"', "scare", None),
    ('"the British people did not', "real", "Save Europe Now committee|committee"),
    ('"Appeal for Europe"', "scare", None),
]

# 3. A memoir with dialogue: father, mother, a neighbour, a teacher, an official; pronouns.
MEMOIR = """\
The winter we came back from Karaganda my father was already ill. He sat by the stove in his army coat and would not talk about the camp. When my brother asked him what it had been like, he said only: "Cold. Go and do your homework."

My mother was the one who talked. She had kept every letter he sent, forty-one of them, tied with a ribbon from her wedding dress. "Read them when I am dead," she told me, "not before." I obeyed her, and I have regretted it ever since, because there were things in them I would have liked to ask her about.

Our neighbour on the landing, Aunt Zina, was a "politically reliable" woman who worked in the canteen of the district committee. She knew where my father had been and never let us forget it. Once, when my mother asked to borrow some salt, she answered through the door: "Ask your enemies of the people." My mother came back white and said nothing for the rest of the evening.

At school it was better than I had feared. Our teacher of literature, Nadezhda Petrovna, took me aside on the first day. "I know who your father is," she said. "In this classroom you are a pupil like any other." Years later I learned that her own husband had been shot in 1938, at the time of the "Yezhovshchina".

In 1956, after the Twentieth Congress, my father was "rehabilitated". A man from the procurator's office brought the paper to our flat. "There was no case against you," he said, as if he were telling my father the time. My father read the paper twice. Then he asked, "And the eight years?" The man shrugged. "That is not my department."
"""
MEMOIR_LABELS: list[Label] = [
    ('"Cold. Go and do', "real", "father|my father"),
    ('"Read them when I am dead,"', "real", "mother|My mother"),
    ('"not before."', "real", "mother|My mother"),
    ('"politically reliable"', "scare", None),
    ('"Ask your enemies', "real", "Aunt Zina|Zina"),
    ('"I know who your father', "real", "Nadezhda Petrovna|Petrovna"),
    ('"In this classroom', "real", "Nadezhda Petrovna|Petrovna"),
    ('"Yezhovshchina"', "scare", None),
    ('"rehabilitated"', "scare", None),
    ('"There was no case', "real", "man|A man"),
    ('"And the eight years?"', "real", "father|my father"),
    ('"That is not my department."', "real", "man|The man"),
]

# 4. A scholarly article: author-date brackets, narrative citations in the past tense, a ministry's report.
ARTICLE = """\
Hunger and the Soviet state: the famine of 1946–1947 revisited

For a long time the post-war famine was the least studied of the three Soviet famines, overshadowed by the "Holodomor" and by the "archival revolution" that followed 1991. Zima's pioneering monograph ⟦(Zima 1996)|Zima|1996|⟧ put the number of deaths at about one million, and later research has broadly confirmed that figure ⟦(Ellman 2000, 612)|Ellman|2000|612⟧. ⟦Ellman argued|Ellman||⟧ that the famine was "not a natural disaster but a choice", since the state went on exporting grain throughout 1946 and held large reserves. Others have been more cautious: ⟦Filtzer (2010)|Filtzer|2010|⟧ emphasised the fragility of urban supply, and ⟦Zubkova (1998: 47–52)|Zubkova|1998|47–52⟧ the demoralisation of a rural population exhausted by four years of war.

The word "famine" itself was banned. Local officials reported "food difficulties" or "dystrophy", a medical term that allowed deaths from hunger to be recorded without naming their cause. In a report of March 1947 the Ministry of Health of the Ukrainian SSR counted 130,000 cases of dystrophy in the Izmail region alone and warned that "the situation in the southern districts is becoming uncontrollable" (cited in ⟦Zima 1996, 88|Zima|1996|88⟧).

The central leadership knew. Khrushchev, then first secretary in Kiev, later claimed in his memoirs that he had written to Stalin asking for food aid and had been told he was "a soft-hearted Ukrainian" ⟦(Khrushchev 1970, 235)|Khrushchev|1970|235⟧. Historians have treated this account with suspicion. As ⟦Taubman (2003: 196)|Taubman|2003|196⟧ noted, Khrushchev had every reason to present himself as a defender of the peasants, and the archival record shows him pressing for higher procurement quotas in the autumn of 1946.

The most recent synthesis ⟦(Ganson 2009)|Ganson|2009|⟧ places the famine within a wider pattern of what it calls "food-security governance", in which the state protected the towns and the army and let the villages absorb the shortfall. The Soviet leadership, in ⟦Ganson's words|Ganson||⟧, "chose whom to feed". This formulation has been criticised for projecting a modern policy vocabulary onto Stalinist decision-making ⟦(see Kondrashin 2012, 14–15)|Kondrashin|2012|14–15⟧, but it captures something essential about the "hierarchy of consumption" of those years.
"""
ARTICLE_LABELS: list[Label] = [
    ('"Holodomor"', "scare", None),
    ('"archival revolution"', "scare", None),
    ('"not a natural disaster', "real", "Ellman"),
    ('"famine"', "scare", None),
    ('"food difficulties"', "real", "officials|Local officials"),
    ('"dystrophy"', "scare", None),
    ('"the situation in the southern', "real", "Ministry of Health|Ministry"),
    ('"a soft-hearted Ukrainian"', "real", "Stalin"),
    ('"food-security governance"', "real", "Ganson|synthesis"),
    ('"chose whom to feed"', "real", "Ganson"),
    ('"hierarchy of consumption"', "scare", None),
]

# 5. A translated archival document with «»: a district chairman, a medical officer, two settlers.
DOCUMENT = """\
Document 14. Special report of the NKVD of the Uzbek SSR to L. P. Beria, 22 May 1944

Top secret

To the People's Commissar of Internal Affairs of the USSR, Commissar General of State Security Comrade L. P. Beria

I report on the reception and settlement of the special settlers from the Crimean ASSR.

As of 20 May, 33 echelons with 98,500 special settlers had arrived in the republic. The settlers are being placed in the kolkhozes and sovkhozes of the Tashkent, Samarkand and Andijan oblasts. In a number of districts the local leadership has not prepared housing: in the Yangiyul district the settlers were placed in barns and stables. The chairman of the district executive committee, Comrade Rakhimov, explained this by saying that «no instructions had been received from the oblast».

Among the special settlers there is a large number of sick people. The head of the medical unit of echelon No. 27 reported that during the journey «91 persons died, mainly children and the elderly». Cases of typhus have been registered in two districts.

The mood of the special settlers is depressed. Typical statements: the special settler Memetov A., born 1899, said: «They took us like cattle. Our sons are at the front, and we are sent into the desert.» The special settler Seitova Z. said in the presence of others that «the Soviet power has punished the whole people for the sins of a few». Measures are being taken to identify anti-Soviet elements.

Agent reports indicate that a part of the local population is hostile to the settlers, whom they call «traitors». In the Urgut district there was a fight in which two special settlers were injured.

People's Commissar of Internal Affairs of the Uzbek SSR
Commissar of State Security 3rd rank Kobulov

Source: GARF, f. 9479, op. 1, d. 179, l. 241–244. Translated from Russian.

Editor's note: In the original the word «traitors» is underlined in pencil, probably in Beria's secretariat. The term «special settlers» (spetspereselentsy) was the official name of the deported peoples until 1956; the settlements were run by the «Department of Special Settlements» of the NKVD.
"""
DOCUMENT_LABELS: list[Label] = [
    ("«no instructions", "real", "Rakhimov|chairman"),
    ("«91 persons died", "real", "head|head of the medical unit"),
    ("«They took us like cattle", "real", "Memetov"),
    ("«the Soviet power has punished", "real", "Seitova"),
    ("«traitors»", "scare", None),
    ("«traitors»", "scare", None),
    ("«special settlers»", "scare", None),
    ("«Department of Special", "scare", None),
]

# 6. An encyclopedia-style article: passive labels, supporters, a scientist's retort, a narrative citation.
ENCYCLOPEDIA = """\
Lysenko affair

The Lysenko affair was the campaign, led by the agronomist Trofim Lysenko (1898–1976) with the backing of the Soviet leadership, against classical genetics in the USSR. It reached its height at the August 1948 session of the Lenin All-Union Academy of Agricultural Sciences (VASKhNIL), after which genetics was declared a "bourgeois pseudoscience" and its teaching was banned.

Background

Lysenko rose to prominence in the late 1920s with a technique he called "vernalisation", the chilling of seed before sowing. He promised large increases in yields, which were never properly tested. His supporters presented him as "a barefoot scientist from the people", in contrast to the "armchair" geneticists of the academies. The geneticist Nikolai Vavilov, who had at first encouraged him, was arrested in 1940 and died in prison in Saratov in 1943.

The 1948 session

At the session Lysenko read a report, "On the Situation in Biological Science", which he announced had been approved by the Central Committee. Several geneticists recanted. One of them, I. A. Rapoport, refused; he is reported to have told the hall: "You are not scientists, you are clerks." He was expelled from the party.

Aftermath

The damage to Soviet biology lasted into the 1960s. Historians have estimated that some 3,000 biologists lost their positions ⟦(Joravsky 1970, 137)|Joravsky|1970|137⟧. ⟦Medvedev|Medvedev||⟧, who witnessed the period as a young scientist, wrote that Lysenkoism was "the most shameful chapter in the history of Soviet science". The term "Lysenkoism" has since come to mean any political interference in scientific research, and "Michurinist biology" survives only as a historical curiosity.
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"bourgeois pseudoscience"', "real", None),
    ('"vernalisation"', "real", "Lysenko"),  # "a technique he called": his word (session 11 convention)
    ('"a barefoot scientist', "real", "supporters|His supporters"),
    ('"armchair"', "scare", None),
    ('"On the Situation in Biological', "scare", None),
    ('"You are not scientists', "real", "I. A. Rapoport|Rapoport"),
    ('"the most shameful chapter', "real", "Medvedev"),
    ('"Lysenkoism"', "scare", None),
    ('"Michurinist biology"', "scare", None),
]

# 7. An op-ed: a minister and the president quoted in fragments, a textbook's words, the author's own scare quotes.
OPED = """\
Stop calling it "the Soviet past"

By Anna Reznik

Every few months a Russian official tells us that we must not "blacken" our history. Last week it was the culture minister, who said in an interview that schoolchildren should learn about the repressions "in proportion", without "dwelling on the dark pages". I have taught history for twenty-two years, and I know what "in proportion" means. It means a paragraph.

The textbook my pupils use gives two pages to the Great Terror and eleven to the industrialisation that accompanied it. Its authors describe the purges as "excesses" and the deportation of the Chechens as "a necessary wartime measure". When a boy in my class asked me last year why his great-grandfather had been shot, I could not send him to the textbook. I sent him to the Memorial database, which the state has since tried to close.

We are told that a "balanced" picture of Stalin is needed. The president himself once remarked that "excessive demonisation" of Stalin was "a means of attacking the Soviet Union and Russia". But balance is not a virtue in itself. Nobody asks for a balanced account of the siege of Leningrad.

My grandmother spent ten years in a camp in Karaganda for telling a joke. She never called it "the past". "It is still here," she used to say, tapping her chest. She was right, and that is why the people who run our schools want it to stay where it is: behind us, in proportion.
"""
OPED_LABELS: list[Label] = [
    ('"the Soviet past"', "scare", None),
    ('"blacken"', "scare", None),
    ('"in proportion", without', "real", "culture minister|minister"),
    ('"dwelling on the dark', "real", "culture minister|minister"),
    ('"in proportion" means', "scare", None),
    ('"excesses"', "scare", None),
    ('"a necessary wartime', "real", "authors|Its authors"),
    ('"balanced"', "scare", None),
    ('"excessive demonisation"', "real", "president"),
    ('"a means of attacking', "real", "president"),
    ('"the past"', "scare", None),
    ('"It is still here,"', "real", "grandmother|My grandmother"),
]

# 8. An oral-history interview transcript: the interviewee reports her mother, an investigator, a prisoner.
INTERVIEW = """\
Interview with Lidia Orlova, former typist at the Ministry of State Security, recorded in Moscow, 12 June 1998. Interviewer: Irina Sherbakova.

SHERBAKOVA: How did you come to work at the Ministry?

ORLOVA: Through the Komsomol. In 1947 the district committee called me in and said that the "organs" needed "reliable girls who can type fast". I was proud. My mother cried.

SHERBAKOVA: Why did she cry?

ORLOVA: She knew more than I did. Her brother had been taken in 1937. When I told her, she said: "You will type their lists, and one day your own name will be on one." I was angry with her for a long time.

SHERBAKOVA: What did you type?

ORLOVA: Interrogation records, mostly. The investigators dictated them afterwards, from notes. They would say "the accused admitted his guilt in full" when the man had admitted nothing. One of them, a major called Likhachev, used to laugh and say: "Paper will put up with anything." I typed what I was told.

SHERBAKOVA: Did you ever see the prisoners?

ORLOVA: Once. A woman was brought along the corridor while I was carrying files. She looked at me and said, "Tell my children I did not sign." I did not know who her children were. I have thought about her every day for fifty years.

SHERBAKOVA: In 1953, after Stalin's death and the end of the "Doctors' Plot", things changed at the Ministry. What do you remember?

ORLOVA: Fear. Everybody was afraid of being next. Likhachev shot himself in the summer. The official version was "an accident while cleaning his weapon". Nobody believed it.
"""
INTERVIEW_LABELS: list[Label] = [
    ('"organs"', "scare", None),
    ('"reliable girls', "real", "district committee|committee"),
    ('"You will type their lists', "real", "mother|My mother"),
    ('"the accused admitted', "real", "investigators|The investigators"),
    ('"Paper will put up', "real", "Likhachev"),
    ('"Tell my children', "real", "woman|A woman"),
    ('"Doctors\' Plot"', "scare", None),
    ('"an accident while cleaning', "real", None),
]

SET_S5: dict[str, tuple[str, list[Label]]] = {
    "wire 5": (WIRE, WIRE_LABELS),
    "debate": (DEBATE, DEBATE_LABELS),
    "memoir 5": (MEMOIR, MEMOIR_LABELS),
    "article 5": (ARTICLE, ARTICLE_LABELS),
    "document 5": (DOCUMENT, DOCUMENT_LABELS),
    "encyclopedia": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "op-ed": (OPED, OPED_LABELS),
    "interview 5": (INTERVIEW, INTERVIEW_LABELS),
}
