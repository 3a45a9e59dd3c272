# ruff: noqa: E501 -- the texts keep their lines whole, as a web page or a student essay gives them.
"""Texts written after the quotation and speaker rules, to measure them on what they were not made from.

Each text comes with its hand labels, in reading order: (the first characters of the quotation, counted
from its opening mark or, for a block quotation, from its first word; "real", "scare" or "block"; the
speaker, alternatives separated by "|", or None where the text names nobody). Nested quotations are not
labelled (the measure counts the outermost ones). Invented texts: no corpus file is copied.
"""

from __future__ import annotations

# An essay with block quotations set off without marks: indented, after a colon, with attribution lines.
ESSAY = """\
The Secret Speech and its readers

When Nikita Khrushchev rose before the closed session of the Twentieth Congress in February 1956, few \
of the delegates in Moscow knew what he was about to say. The text was read out in party cells across \
the Soviet Union within weeks, and its most quoted passage was the one on the "cult of the individual". \
Khrushchev later wrote in his memoirs that he had hesitated for months before speaking.

He put the charge in terms the delegates could not mistake:

    It is impermissible and foreign to the spirit of Marxism-Leninism to elevate one person, to transform
    him into a superman possessing supernatural characteristics akin to those of a god.

The historian William Taubman, whose biography remains the standard account, is blunter. "Khrushchev \
was attacking a dead man in order to protect the living," Taubman argues, "and he knew it." The \
Levada Center, which has polled Russians about Stalin since the 1990s, found in 2019 that a majority \
viewed him favourably. "Attitudes to Stalin are a barometer of attitudes to the state," said Lev \
Gudkov, its former director. He added that the numbers had risen every year since 2012.

Not everyone in the hall was persuaded. Anastas Mikoyan recalled the silence afterwards:

The delegates filed out without looking at one another. Nobody spoke in the corridors, and in the \
cloakroom men who had shouted Stalin's name for twenty years put on their coats as if at a funeral.

Outside the Soviet Union the speech travelled faster than inside it. In Warsaw it was printed for party \
members and leaked within days; in India the Communist press refused at first to believe it. The \
Central Committee declared on 30 June that "the cult of the individual was alien to the nature of the \
socialist system." The resolution was read as a retreat, and it was one.

Nothing, the old Bolsheviks liked to say, could undo the work of the Revolution. The Polish and \
Hungarian crises of that autumn tested the claim; the so-called "thaw" did not survive them.

We must abolish the cult of the individual decisively, once and for all, and draw the proper \
conclusions concerning both ideological-theoretical and practical work.
— Nikita Khrushchev, 25 February 1956

Fitzpatrick has shown that the speech changed the vocabulary of Soviet life more than its practice: \
"what changed first was what one could say in a kitchen, and only much later what one could do in an \
office" (Fitzpatrick 2015, 88). According to Gill, "the speech was a blow from which the party's \
claim to infallibility never recovered." In Georgia, students who protested in March were met with \
troops; "they came to defend Stalin's honour and were shot for it," one survivor told a reporter \
decades later.
"""

ESSAY_LABELS = [
    ('"cult of the individual"', "scare", None),
    ("It is impermissible", "block", "Khrushchev|He"),
    ('"Khrushchev was attacking', "real", "Taubman"),
    ('"and he knew it."', "real", "Taubman"),
    ('"Attitudes to Stalin', "real", "Lev Gudkov|Gudkov"),
    ("The delegates filed out", "block", "Anastas Mikoyan|Mikoyan"),
    ('"the cult of the individual was alien', "real", "Central Committee"),
    ('"thaw"', "scare", None),
    ("We must abolish the cult", "block", "Nikita Khrushchev|Khrushchev"),
    ('"what changed first', "real", "Fitzpatrick"),
    ('"the speech was a blow', "real", "Gill"),
    ('"they came to defend', "real", "one survivor|survivor"),
]

# A news report: organisations and places next to the quotations, pronouns carried over, a
# quotation nobody is named for, and curly marks.
NEWS = """\
Poll finds nostalgia for Soviet era at record high

MOSCOW — Two-thirds of Russians regret the collapse of the Soviet Union, according to a survey \
published on Tuesday by the Levada Center, an independent pollster in Moscow.

“People remember the stability, not the queues,” said Denis Volkov, the centre’s director. “The \
younger respondents have no memory of the Soviet Union at all, and they are the most nostalgic.” He \
said the figures were the highest since the question was first asked in 1992.

The Kremlin declined to comment. A spokesman for the ministry of culture said only that “history is \
not a matter for opinion polls.”

In India, where Soviet films were once shown in every town, the nostalgia has a different flavour. \
“My father learned Russian in Bombay,” recalled Anil Mehta, 64, a retired engineer in Pune. “For him \
the Soviet Union was the future.”

Critics say the poll measures discontent with the present more than affection for the past. The \
phrase “good old days” appeared in a third of the open answers, the report noted. “It is a protest \
vote against the present,” the sociologist Grigory Yudin told reporters.

“Nobody wants the queues back.” The line was scrawled on a wall near the Levada offices last week; \
its author is unknown.

The survey of 1,600 adults in 137 towns has a margin of error of 3.4 percentage points. Its “so-called \
nostalgia index” combines six questions.
"""

NEWS_LABELS = [
    ("“People remember", "real", "Denis Volkov|Volkov"),
    ("“The younger respondents", "real", "Denis Volkov|Volkov"),
    ("“history is", "real", "A spokesman|spokesman"),
    ("“My father learned", "real", "Anil Mehta|Mehta"),
    ("“For him", "real", "Anil Mehta|Mehta"),
    ("“good old days”", "scare", None),
    ("“It is a protest", "real", "Grigory Yudin|Yudin"),
    ("“Nobody wants", "real", None),
    ("“so-called", "scare", None),
]

# A hard-wrapped book chapter: an indented block quotation ending in a citation, a note call after an
# inline quotation, British single marks with nested double ones.
BOOK = """\
Chapter 4. The turn of 1929

Bukharin's defeat was settled before the plenum met. In a letter to Kamenev he described Stalin as
'an unprincipled intriguer who subordinates everything to the preservation of his own power', and the
letter found its way to the Trotskyists within weeks.1 Stalin's answer came at the April plenum, where
he mocked the 'Bukharin group' for its 'liberal' faith in the market.

Stalin's own account of the turn is in his article of November 1929. He called it
'the year of the great break' and set out the argument in the plainest terms:

    We are advancing full steam ahead along the path of industrialisation to socialism, leaving
    behind the age-old 'Russian' backwardness. We are becoming a country of metal, a country of
    automobiles, a country of tractors. (Stalin 1929, 136)

The peasants had their own word for what followed. 'They took everything, even the samovar,' a woman
from the Kuban told the investigators in 1930. 'When my husband said "we are not kulaks", they wrote
him down as a kulak's helper.' She was deported with her three children that spring.

Viola, whose work on peasant resistance remains unmatched, calls the revolts 'a civil war in all
but name' (Viola 1996, 4). Davies is more cautious. He argues that the disturbances were 'local,
uncoordinated and short-lived', and that the regime was never in danger.
"""

BOOK_LABELS = [
    ("'an unprincipled intriguer", "real", "Bukharin|he"),
    ("'Bukharin group'", "scare", None),
    ("'liberal'", "scare", None),
    ("'the year of the great break'", "real", "Stalin|He"),
    ("We are advancing full steam", "block", "Stalin"),
    ("'They took everything", "real", "a woman|woman"),
    ("'When my husband said", "real", "a woman|woman|She"),
    ("'a civil war in all", "real", "Viola"),
    ("'local,\nuncoordinated", "real", "Davies"),
]

# Short samples for the marks of other languages.
RUSSIAN = """\
Сталин заявил: «Мы отстали от передовых стран на 50–100 лет». Позже Хрущёв писал, что «культ \
личности» принёс огромный вред. Бухарин называл это „военно-феодальной эксплуатацией“.
"""
RUSSIAN_LABELS = [
    ("«Мы отстали", "real", "Сталин"),
    ("«культ", "scare", None),
    # Relabelled after the first run (was "scare"): "Bukharin called it „…“" is his phrase, as "He called it
    # 'the year of the great break'" is Stalin's in BOOK — the first label broke the labelling rule.
    ("„военно-феодальной", "real", "Бухарин"),
]

GERMAN = """\
Lenin schrieb 1917: „Alle Macht den Räten!“ Die sogenannten „Volksfeinde“ wurden verfolgt. Trotzki \
nannte Stalin »die hervorragendste Mittelmäßigkeit unserer Partei«, und er fügte hinzu: „Er wird uns \
alle verraten.“
"""
GERMAN_LABELS = [
    ("„Alle Macht", "real", "Lenin"),
    ("„Volksfeinde“", "scare", None),
    ("»die hervorragendste", "real", "Trotzki"),
    ("„Er wird uns", "real", "Trotzki|er"),
]

FRENCH = """\
« Le communisme, c’est les soviets plus l’électrification de tout le pays », déclara Lénine en 1920. \
Pour Boukharine, la collectivisation était une « exploitation militaire et féodale » de la paysannerie. \
Les soi-disant « ennemis du peuple » furent arrêtés par milliers.
"""
FRENCH_LABELS = [
    ("« Le communisme", "real", "Lénine"),
    ("« exploitation militaire", "real", "Boukharine"),
    ("« ennemis du peuple »", "scare", None),
]

HELD_OUT = {
    "essay (held out)": (ESSAY, ESSAY_LABELS),
    "news (held out)": (NEWS, NEWS_LABELS),
    "book (held out)": (BOOK, BOOK_LABELS),
    "russian (held out)": (RUSSIAN, RUSSIAN_LABELS),
    "german (held out)": (GERMAN, GERMAN_LABELS),
    "french (held out)": (FRENCH, FRENCH_LABELS),
}


# Second batch, written after the first batch had been used to correct the rules: measured once as written.
# A blog post with straight marks, one paragraph a line, places and bodies next to the quotations.
BLOG = """\
Why the kulaks? A reading of the 1930 letters
Historians still argue about why the "liquidation of the kulaks as a class" went as far as it did.
In Moscow, the Politburo resolved on 30 January that "the most hostile elements are to be isolated at once." The wording was Molotov's.
Lenin had insisted that "the kulak is the most bestial, the most savage exploiter," and the phrase was repeated at every meeting in the Soviet Union that winter.
"We are not kulaks, we are working people," wrote a group of peasants from Tambov to Kalinin in March. They added that their cow had been taken "for the plan".
According to Lynne Viola, the letters are "the richest source we have for the peasant point of view."
Robert Conquest, writing in London in 1986, was less restrained. "The figures speak for themselves," he wrote.
The Levada Center asked a different question in 2017: whether the repressions were "a political necessity". A third of Russians said yes.
"Nobody remembers the names any more." That sentence, scratched on a barn door in the Kuban, was photographed by a visiting journalist from India in 1931.
Some of the so-called "enemies of the people" were children.
"""
BLOG_LABELS = [
    ('"liquidation of the kulaks', "scare", None),
    ('"the most hostile', "real", "the Politburo|Politburo"),
    ('"the kulak is the most', "real", "Lenin"),
    ('"We are not kulaks', "real", "a group of peasants|peasants|group"),
    ('"for the plan"', "real", "a group of peasants|peasants|group|They"),
    ('"the richest source', "real", "Lynne Viola|Viola"),
    ('"The figures speak', "real", "Robert Conquest|Conquest"),
    ('"a political necessity"', "real", "The Levada Center|Levada Center"),
    ('"Nobody remembers', "real", None),
    ('"enemies of the people"', "scare", None),
]

# A lecture handout, hard-wrapped: an unindented block after a colon with a citation at its end, an
# indented block with a note call, an attribution line with an en dash, and the name of a place or a
# body just before a quotation that is somebody else's.
LECTURE = """\
Lecture 7: Trotsky and the bureaucracy

Trotsky's account of the degeneration of the revolution was written in exile in Norway. Its core
is a single claim, which he put as follows:

The bureaucracy has not only completely destroyed the old ruling class; it has also dissolved in
itself the social content of the revolution, and it rules in the name of the proletariat while
standing over it. (Trotsky 1937, 248)

Deutscher, his biographer, thought the argument stronger than its conclusion. In the Soviet Union
the book was of course unknown; in the West it was read by a small circle. Max Shachtman replied in
The New International that the bureaucracy was a new class, and added:

    If it is a ruling class, then the Soviet Union is not a workers' state in any sense
    that a Marxist can accept, and the whole of our strategy must change.12

The dispute split the American Trotskyists in 1940. Trotsky's last word on it is well known:

It is necessary to have a clear understanding of the social nature of the Soviet Union; everything
else follows from that.
– Leon Trotsky, In Defence of Marxism

For the students of the 1960s the "Shachtman question" was history. Isaac Deutscher said of it
only that "the argument was lost by both sides."
"""
LECTURE_LABELS = [
    ("The bureaucracy has not only", "block", "Trotsky|he"),
    ("If it is a ruling class", "block", "Max Shachtman|Shachtman"),
    ("It is necessary to have", "block", "Leon Trotsky|Trotsky"),
    ('"Shachtman question"', "scare", None),
    ('"the argument was lost', "real", "Isaac Deutscher|Deutscher"),
]

# A student essay: author–page citations after quotations, "ibid.", a named speaker whose words are
# cited from a biography, a quotation cited to two works, and labels.
STUDENT = """\
The Secret Speech did not come from nowhere. Khrushchev told the delegates, "Comrades, we must abolish the cult of the individual decisively, once and for all." (Taubman, 270) The speech was "a calculated gamble" (Service, 337), and Khrushchev himself was never sure it had paid off.

Stalin's heirs had already released many prisoners in 1953. "The returnees brought the camps back into Soviet society with them." (Dobson, 12) Their stories, as one official complained, "spread doubt in every kitchen." (ibid., 45)

The "thaw" that followed was uneven. Ehrenburg's novel gave the period its name, but he later wrote that "the ice had not melted, only cracked." Historians differ on when it ended: "1964 is the usual answer, but the freeze had begun much earlier" (Jones 2006, 4; Kozlov 2013, 19).
"""
STUDENT_LABELS = [
    ('"Comrades, we must', "real", "Khrushchev"),
    ('"a calculated gamble"', "real", "Service"),
    ('"The returnees brought', "real", "Dobson"),
    ('"spread doubt', "real", "one official|official"),
    ('"thaw"', "scare", None),
    ('"the ice had not melted', "real", "Ehrenburg|he"),
    ('"1964 is the usual answer', "real", "Jones"),
]

HELD_OUT_SECOND = {
    "blog (2nd held out)": (BLOG, BLOG_LABELS),
    "lecture (2nd held out)": (LECTURE, LECTURE_LABELS),
    "student (2nd held out)": (STUDENT, STUDENT_LABELS),
}


# Third batch, written after the second had been used: measured once as written, before any change.
# An encyclopedia article: reference marks after quotations, bodies and places beside them.
ENCYCLOPEDIA = """\
Kronstadt rebellion

The Kronstadt rebellion was an uprising of Soviet sailors, soldiers and civilians in the port city of Kronstadt in March 1921. The rebels demanded "soviets without Bolsheviks" and free elections.[3]

On 1 March a mass meeting on Anchor Square adopted the Petropavlovsk resolution. Its first point read: "In view of the fact that the present Soviets do not express the will of the workers and peasants, immediately to hold new elections by secret ballot."[4] The Bolshevik government in Petrograd denounced the rising as a "White Guard plot".[5]

Lenin described the rebellion as "the flash which lit up reality better than anything else".[6] Trotsky, who directed the assault across the ice, later wrote that the sailors of 1921 were "completely demoralised elements".[7] The historian Paul Avrich called it "the most serious internal challenge the regime had faced".[8]

The Comintern declared that "the counter-revolution has failed". Many anarchists abroad disagreed. "Kronstadt was the first spark of the third revolution," wrote Alexander Berkman in his diary.[9]
"""
ENCYCLOPEDIA_LABELS = [
    ('"soviets without Bolsheviks"', "real", "The rebels|rebels"),
    ('"In view of the fact', "real", "Petropavlovsk resolution|resolution"),
    ('"White Guard plot"', "real", "The Bolshevik government|government"),
    ('"the flash which lit', "real", "Lenin"),
    ('"completely demoralised', "real", "Trotsky"),
    ('"the most serious internal', "real", "Paul Avrich|Avrich"),
    ('"the counter-revolution has failed"', "real", "The Comintern|Comintern"),
    ('"Kronstadt was the first', "real", "Alexander Berkman|Berkman"),
]

# A book review: inverted verbs, possessive and "in X's words", a block quotation after the reviewer's
# colon, and labels.
REVIEW = """\
Stalin's Russia, reconsidered

Stephen Kotkin's second volume is, as its publisher puts it, "the definitive account of the years that
made the Soviet state". That is a large claim for any book, and Kotkin does not shy away from it. "The
story of Stalin is the story of the Russian state," he writes in the preface, "and the two cannot be
told apart."

Not every reader will agree. Sheila Fitzpatrick, reviewing the first volume, found its Stalin "too
rational by half". In Kotkin's own words, the dictator was "a man of ideas, not merely of power", and
the book's long middle section on collectivisation makes the case at length:

    Stalin did not need to be told that the peasants hated the collective farms. He had read the
    reports of the secret police for years, and he knew exactly what the villages thought of him.
    He went ahead anyway, because in his mind the socialist future required it.

The so-called "Kotkin thesis" will now be argued over for a decade. It deserves to be. Whether it
survives the opening of the remaining archives in Moscow is another matter; "we shall see," as the
author says in his last chapter.
"""
REVIEW_LABELS = [
    ('"the definitive account', "real", "its publisher|publisher"),
    ('"The\nstory of Stalin', "real", "Kotkin|he"),
    ('"and the two cannot', "real", "Kotkin|he"),
    ('"too\nrational by half"', "real", "Sheila Fitzpatrick|Fitzpatrick"),
    ('"a man of ideas', "real", "Kotkin"),
    ("Stalin did not need to be told", "block", "Kotkin"),
    ('"Kotkin thesis"', "scare", None),
    ('"we shall see,"', "real", "the author|author|Kotkin"),
]

# A memoir, hard-wrapped: dialogue, the first person, pronouns, and a quotation nobody is named for.
MEMOIR = """\
They came for my father on a Tuesday in November 1937. I remember the boots on the stairs and the
light in the corridor. "Where are you taking him?" my mother asked the officer. "Nowhere you need
to know about," he said, and he did not look at her.

My father put on his coat slowly. "Don't worry, Lida," he told her. "It is a misunderstanding. I will
be back by Friday." He was not back by Friday, or by any Friday after that.

Years later, in a file in the archive on Lubyanka Square, I read the charge against him: "member of a
counter-revolutionary Trotskyist organisation". Under it someone had written in pencil: "agreed".

The neighbours, who had called him an "enemy of the people" the next morning, never spoke of him
again. "Better not to ask," people said in those years.
"""
MEMOIR_LABELS = [
    ('"Where are you taking', "real", "my mother|mother"),
    ('"Nowhere you need', "real", "the officer|officer|he"),
    ('"Don\'t worry, Lida,"', "real", "My father|father|he"),
    ('"It is a misunderstanding', "real", "My father|father|he"),
    ('"member of a\ncounter', "real", None),
    ('"agreed"', "real", "someone"),
    ('"enemy of the people"', "scare", None),
    ('"Better not to ask,"', "real", "people"),
]

HELD_OUT_THIRD = {
    "encyclopedia (3rd)": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "review (3rd)": (REVIEW, REVIEW_LABELS),
    "memoir (3rd)": (MEMOIR, MEMOIR_LABELS),
}


# Fourth batch: written after the third had been used, measured once as written (real recall 0.941,
# scare told apart 1.000, speaker 0.882: the estimate for unseen text). One bug it showed was fixed after:
# a plural possessive followed by a quotation mark at the start of the next sentence.
ARTICLE = """\
Memory and the Gulag in post-Soviet Russia

Scholarship on Gulag memory has moved from the archive to the family. As Etkind (2013: 9) puts it, \
"the dead of the Gulag are not buried but unburied, and they return." The metaphor has been \
influential, though not uncontested. Adler argues that returnees "carried the camp with them into \
every institution they entered" (Adler 2012: 41), while Jones is sceptical of the claim that Soviet \
society was ever "saturated" with camp culture (Jones 2008: 114).

The organisation Memorial, founded in 1989, made the collection of testimony its first task. Its \
founding charter stated:

    The Society sets itself the goal of restoring the good name of the victims of political \
repression, of helping the survivors, and of creating a full record of the crimes of the state. \
(Memorial 1989: 1)

Critics in the Duma called the society a "foreign agent" in 2016. A member of its board, Oleg \
Orlov, told a court in Moscow that "memory is not a crime, whatever the prosecutor may think." He \
was fined. In Perm, the museum at the former camp Perm-36 was taken over by the regional \
authorities, who removed the word "repression" from its displays.
"""
ARTICLE_LABELS = [
    ('"the dead of the Gulag', "real", "Etkind"),
    ('"carried the camp', "real", "Adler"),
    ('"saturated"', "scare", None),
    ("The Society sets itself", "block", "Memorial|charter"),
    ('"foreign agent"', "real", "Critics|Critics in the Duma"),
    ('"memory is not a crime', "real", "Oleg Orlov|Orlov"),
    ('"repression"', "scare", None),
]

FEATURE = """\
In the village of Sandarmokh, the pines keep their secret

SANDARMOKH, Karelia — The forest looks like any other. Then the first wooden posts appear, each with \
a photograph. "My grandfather is here somewhere," says Irina Galkina, 71, a retired teacher from \
Petrozavodsk. "We do not know where exactly. Nobody knows."

The site was found in 1997 by the historian Yuri Dmitriev, who spent decades identifying the more \
than 6,000 people shot here in 1937 and 1938. He is now in prison. His supporters say the case \
against him was fabricated; the Russian Military Historical Society, which has dug at the site in \
search of Soviet soldiers killed by the Finns, calls that "a myth spread by enemies of Russia."

"They want to replace one history with another," said Anatoly Razumov, who compiles the \
Leningrad martyrology. "It is an old method." The Karelian government declined to comment.

Each August, relatives and volunteers gather for a day of remembrance. The so-called "Finnish \
version" is rarely mentioned. "We read the names aloud," Galkina said. "All of them, every year."
"""
FEATURE_LABELS = [
    ('"My grandfather is here', "real", "Irina Galkina|Galkina"),
    ('"We do not know', "real", "Irina Galkina|Galkina"),
    ('"a myth spread', "real", "the Russian Military Historical Society|Society"),
    ('"They want to replace', "real", "Anatoly Razumov|Razumov"),
    ('"It is an old method."', "real", "Anatoly Razumov|Razumov"),
    ('"Finnish', "scare", None),
    ('"We read the names', "real", "Galkina"),
    ('"All of them', "real", "Galkina"),
]

TEXTBOOK = """\
5.3 The Great Terror

In 1937 and 1938 the NKVD arrested about one and a half million people. Historians still disagree
about the purpose of the 'mass operations'. For Robert Conquest the Terror was the work of one man;
as he put it, 'Stalin was the Terror'. J. Arch Getty, by contrast, stressed the chaos of the regional
apparatus, where local bosses pursued their own 'enemies' for their own ends.

Order No. 00447 of 30 July 1937 set the quotas region by region. Its opening lines leave no doubt
about its aims: 'to crush without mercy this whole band of anti-Soviet elements'. The regions soon
asked for more. The Western Siberian party chief Robert Eikhe requested an increase of 10,800 in
the 'first category', that is, execution.

The campaign ended as abruptly as it began. In November 1938 the Politburo condemned 'serious
shortcomings and distortions' in the work of the NKVD, and Yezhov was replaced by Beria. 'The
enemy was not everywhere,' a former investigator later admitted. 'We made him up.'
"""
TEXTBOOK_LABELS = [
    ("'mass operations'", "scare", None),
    ("'Stalin was the Terror'", "real", "Robert Conquest|Conquest|he"),
    ("'enemies'", "scare", None),
    ("'to crush without mercy", "real", "Order No. 00447|Order|Its opening lines"),
    ("'first category'", "scare", None),
    ("'serious\nshortcomings", "real", "the Politburo|Politburo"),
    ("'The\nenemy was not everywhere,'", "real", "a former investigator|investigator"),
    ("'We made him up.'", "real", "a former investigator|investigator"),
]

HELD_OUT_FOURTH = {
    "article (4th)": (ARTICLE, ARTICLE_LABELS),
    "feature (4th)": (FEATURE, FEATURE_LABELS),
    "textbook (4th)": (TEXTBOOK, TEXTBOOK_LABELS),
}


# Fifth batch: written after the fourth, measured first as written (real recall 0.857, scare told apart
# 0.895, speaker 0.357: a biography, a forum post and a debate report broke rules made on essays), then used
# to correct the rules like the batches before it.
BIOGRAPHY = """\
Chapter 9: The letter to the congress

Lenin dictated the first part of his "Letter to the Congress" on 23 December 1922. His secretary,
Maria Volodicheva, later recalled that he was "in a bad mood" and spoke slowly, stopping often. The
passage on Stalin was added on 4 January:

    Stalin is too rude, and this defect, although quite tolerable in our midst and in dealings among
    us Communists, becomes intolerable in a Secretary-General. That is why I suggest that the comrades
    think about a way of removing Stalin from that post.

Krupskaya kept the letter until after Lenin's death. When it was read to the Central Committee in May
1924, Stalin offered to resign. "I am rude, comrades," he said, "but only to those who rudely and
treacherously destroy and split the party." Zinoviev and Kamenev spoke for him, and the offer was
refused.

Trotsky's verdict, written in exile, was harsh: the failure to act on the testament was "the greatest
mistake of the Opposition". Historians have been kinder. Kotkin doubts that the dictation is
authentic at all; others, such as Lewin, have called the letter "Lenin's last struggle".
"""
BIOGRAPHY_LABELS = [
    ('"Letter to the Congress"', "scare", None),
    ('"in a bad mood"', "real", "Maria Volodicheva|Volodicheva"),
    ("Stalin is too rude", "block", "Lenin"),
    ('"I am rude, comrades,"', "real", "Stalin"),
    ('"but only to those', "real", "Stalin"),
    ('"the greatest\nmistake', "real", "Trotsky"),
    ('"Lenin\'s last struggle"', "real", "Lewin"),
]

FORUM = """\
Re: Was collectivisation inevitable?
Posted by ironfelix on 12 March 2019
I keep seeing people here say that the famine was "just bad weather". It wasn't. The grain was there, the state took it. Read the Politburo decree of 22 January 1933 if you don't believe me.
The "kulaks" were not a class, they were whoever the local activists decided to call one. My own great-grandmother was "dekulakised" for owning two cows. My grandmother told me: "They took the cows, then the bedding, then the icons. Then they took my mother."
Conquest's numbers are too high, Wheatcroft's are probably closer. But as Wheatcroft himself says, "the argument about numbers should not become an argument about guilt."
Anyway. "Inevitable" is a big word.
"""
FORUM_LABELS = [
    ('"just bad weather"', "real", "people"),
    ('"kulaks"', "scare", None),
    ('"dekulakised"', "scare", None),
    ('"They took the cows', "real", "My grandmother|grandmother"),
    ('"the argument about numbers', "real", "Wheatcroft"),
    ('"Inevitable"', "scare", None),
]

DEBATE = """\
Report of proceedings, 14 May

Opening the debate, the Minister of Culture said the law would "protect historical truth from
falsification". Ms Petrova, for the opposition, replied that the bill was "a licence to prosecute
historians". The chair called her to order.

The minister answered that no historian had anything to fear. "We are not censors," he said. "We are
defending the memory of those who fell." Mr Ivanov asked whether the word "falsification" was defined
anywhere in the bill. It was not, the minister conceded.

In a written statement the Union of Archivists declared that "access to the archives is the only
protection against falsification". The bill was passed by 312 votes to 41.
"""
DEBATE_LABELS = [
    ('"protect historical truth', "real", "the Minister of Culture|Minister"),
    ('"a licence to prosecute', "real", "Ms Petrova|Petrova"),
    ('"We are not censors,"', "real", "The minister|minister"),
    ('"We are\ndefending', "real", "The minister|minister"),
    ('"falsification"', "scare", None),
    ('"access to the archives', "real", "the Union of Archivists|Union of Archivists"),
]

HELD_OUT_FIFTH = {
    "biography (5th)": (BIOGRAPHY, BIOGRAPHY_LABELS),
    "forum (5th)": (FORUM, FORUM_LABELS),
    "debate (5th)": (DEBATE, DEBATE_LABELS),
}


# Sixth batch: written after the fifth had been used; measured first as written (real recall 0.933,
# scare told apart 0.944, speaker 0.667), then used to correct the rules.
MONOGRAPH = """\
The concept of totalitarianism has had a long and troubled career. The term "totalitarianism" was
first used by Italian opponents of Mussolini, and only later applied to the Soviet Union.12 Arendt's
claim that the Soviet and Nazi regimes were "essentially identical" in their use of terror was
contested from the start.13 Carl Friedrich, more cautiously, spoke of a "syndrome" of six traits.

The revisionists of the 1970s rejected the model outright. Moshe Lewin observes that the Soviet state
of the 1930s was "a quicksand society", in which nothing held still long enough to be controlled.14
Getty contends that the regional party bosses were "little Stalins" with their own agendas, a phrase
that has stuck.15 What Fitzpatrick called "everyday Stalinism" became a field of its own.

Not everyone was persuaded. "The revisionists have written the history of Soviet society without the
state," Martin Malia complained in 1992, "as if one could write the history of a prison without the
guards."16
"""
MONOGRAPH_LABELS = [
    ('"totalitarianism"', "scare", None),
    ('"essentially identical"', "real", "Arendt"),
    ('"syndrome"', "scare", None),
    ('"a quicksand society"', "real", "Moshe Lewin|Lewin"),
    ('"little Stalins"', "real", "Getty"),
    ('"everyday Stalinism"', "real", "Fitzpatrick"),  # "What Fitzpatrick called": hers (session 11 convention)
    ('"The revisionists have written', "real", "Martin Malia|Malia"),
    ('"as if one could write', "real", "Martin Malia|Malia"),
]

OBITUARY = """\
Arseny Roginsky, historian of the Gulag, dies at 71

Arseny Roginsky, who spent four years in a labour camp for his research and went on to lead the
human rights society Memorial, died on Monday in Tel Aviv. He was 71.

"He believed that the state had no right to decide what we remember," said his colleague Irina
Shcherbakova. "That was the whole of his politics."

Born in 1946 in the northern town of Velsk, where his father was in exile, Roginsky studied in
Tartu under Yuri Lotman. In 1981 he was arrested and charged with forging documents to gain access to
archives. At his trial he told the court that "a historian who does not go to the archives is not a
historian". He was sentenced to four years.

"Sasha never complained," a fellow prisoner recalled. "He organised lectures in the barracks."

In later years the authorities labelled Memorial a "foreign agent". Roginsky's answer was
characteristically dry: "We have been called worse."
"""
OBITUARY_LABELS = [
    ('"He believed that the state', "real", "Irina Shcherbakova|Shcherbakova"),
    ('"That was the whole', "real", "Irina Shcherbakova|Shcherbakova"),
    ('"a historian who does not', "real", "Roginsky|he"),
    ('"Sasha never complained,"', "real", "a fellow prisoner|prisoner"),
    ('"He organised lectures', "real", "a fellow prisoner|prisoner"),
    ('"foreign agent"', "real", "the authorities|authorities"),
    ('"We have been called worse."', "real", "Roginsky"),
]

LETTERS = """\
Letters from Kolyma, 1938–1940

The letters below were kept by the family and given to the archive in 1991. They are printed as
written, with the censor's cuts marked.

On 3 May 1938 Nikolai wrote to his wife from the transit camp at Vladivostok:

    Dear Masha, I am well and working. The food is enough. Do not send money, it does not arrive.
    Kiss the children for me and tell Petya to obey his grandmother.

A year later the tone had changed. In a letter smuggled out by a released prisoner he wrote that
"the winter here is not a season but a sentence". The last letter is dated February 1940.

    Masha, do not wait for me. Marry if you can. The children must not carry my name into their lives.
    — Kolya
"""
LETTERS_LABELS = [
    ("Dear Masha, I am well", "block", "Nikolai|Kolya"),
    ('"the winter here', "real", "Nikolai|he"),
    ("Masha, do not wait", "block", "Kolya|Nikolai"),
]

HELD_OUT_SIXTH = {
    "monograph (6th)": (MONOGRAPH, MONOGRAPH_LABELS),
    "obituary (6th)": (OBITUARY, OBITUARY_LABELS),
    "letters (6th)": (LETTERS, LETTERS_LABELS),
}


# Seventh batch: written after the sixth had been used; measured first as written (real recall 0.684,
# scare told apart 0.696, speaker 0.263: one-line wire paragraphs, reference marks between sentences,
# "she", other languages), then used to correct the rules.
WIKI = """\
Alexandra Kollontai

Alexandra Mikhailovna Kollontai (1872–1952) was a Russian revolutionary and diplomat. In 1917 she became People's Commissar for Social Welfare, the first woman to hold a ministerial post in any European government.[1]

Kollontai argued that the family would "wither away" under socialism.[4] Her essay "Make Way for Winged Eros" (1923) was attacked by party moralists; Polina Vinogradskaya accused her of "reducing everything to sex".[5] Lenin is reported to have told Clara Zetkin that the "glass of water theory" of love was "completely un-Marxist".[6]

From 1923 she served abroad, in Norway, Mexico and Sweden. She later described her diplomatic exile as "an honourable banishment".[7] Asked about Stalin in 1946, she said only: "I have outlived my time."[8]
"""
WIKI_LABELS = [
    ('"wither away"', "real", "Kollontai"),
    ('"Make Way for Winged Eros"', "scare", None),
    ('"reducing everything to sex"', "real", "Polina Vinogradskaya|Vinogradskaya"),
    ('"glass of water theory"', "scare", None),
    ('"completely un-Marxist"', "real", "Lenin"),
    ('"an honourable banishment"', "real", "Kollontai|She"),
    ('"I have outlived my time."', "real", "Kollontai|she"),
]

WIRE = """\
Court orders closure of rights group

MOSCOW, Dec 28 (Reuters) - Russia's Supreme Court on Tuesday ordered the closure of Memorial International, the country's best-known human rights group.

"This is a political decision," Memorial's lawyer Maria Eismont told reporters outside the court. "We will appeal." Prosecutors had accused the group of failing to mark its publications as those of a "foreign agent", and of presenting a "false image" of the Soviet Union.

The Kremlin said it was a matter for the courts. According to a statement from the prosecutor's office, Memorial had "repeatedly and grossly" violated the law.

Several hundred supporters gathered outside the building in sub-zero temperatures. "They are trying to erase our memory," said Svetlana, 68, who declined to give her surname. The U.S. State Department called the ruling "an affront to the victims of Stalin's terror".
"""
WIRE_LABELS = [
    ('"This is a political decision,"', "real", "Maria Eismont|Eismont"),
    ('"We will appeal."', "real", "Maria Eismont|Eismont"),
    ('"foreign agent"', "real", "Prosecutors"),
    ('"false image"', "real", "Prosecutors"),
    ('"repeatedly and grossly"', "real", "a statement|the prosecutor's office|statement"),
    ('"They are trying to erase', "real", "Svetlana"),
    ('"an affront to the victims', "real", "The U.S. State Department|State Department"),
]

HARVARD = """\
The famine of 1932–33 remains the most disputed episode of the Stalin years. Conquest (1986: 9) writes
that it was "a deliberate act of mass murder", a view that Davies and Wheatcroft reject. As they note
(2004: 441), "the evidence does not support the claim that Stalin intended to starve the Ukrainians".
Applebaum takes a middle position: the famine was not planned, but once it began the regime used it
"to destroy the Ukrainian national movement" (Applebaum 2017: xxvi, emphasis added).

The word "genocide" has become a marker of political allegiance as much as a historical judgement.
"""
HARVARD_LABELS = [
    ('"a deliberate act', "real", "Conquest"),
    ('"the evidence does not support', "real", "Davies and Wheatcroft|Wheatcroft|they"),
    ('"to destroy the Ukrainian', "real", "Applebaum"),
    ('"genocide"', "scare", None),
]

GERMAN_2 = """\
Der Historiker Karl Schlögel schreibt, die Jahre 1937 und 1938 seien „das Zentrum des Terrors“ gewesen. \
Stalin selbst erklärte im Januar 1938: „Die Säuberung hat Fehler gemacht.“ Die sogenannten „Kulaken“ \
wurden schon früher deportiert.
"""
GERMAN_2_LABELS = [
    ("„das Zentrum des Terrors“", "real", "Karl Schlögel|Schlögel"),
    ("„Die Säuberung", "real", "Stalin"),
    ("„Kulaken“", "scare", None),
]

FRENCH_2 = """\
Selon l'historien Nicolas Werth, la terreur de 1937 fut « une opération planifiée au sommet ». Boukharine \
écrivit à Staline : « Koba, pourquoi as-tu besoin de ma mort ? » La lettre resta sans réponse.
"""
FRENCH_2_LABELS = [
    ("« une opération planifiée", "real", "Nicolas Werth|Werth"),
    ("« Koba, pourquoi", "real", "Boukharine"),
]

HELD_OUT_SEVENTH = {
    "wiki (7th)": (WIKI, WIKI_LABELS),
    "wire (7th)": (WIRE, WIRE_LABELS),
    "harvard (7th)": (HARVARD, HARVARD_LABELS),
    "german 2 (7th)": (GERMAN_2, GERMAN_2_LABELS),
    "french 2 (7th)": (FRENCH_2, FRENCH_2_LABELS),
}


# Eighth batch: written after the seventh had been used; measured first as written (real recall 0.667,
# scare told apart 0.722, speaker 0.333: reviews, a court judgment, fiction dialogue, a "> " block), then
# used to correct the rules.
RECEPTION = """\
Reception

The book was widely reviewed. Writing in The Guardian, Orlando Figes called it "a masterpiece of archival detective work". The Economist was cooler, describing the argument as "ingenious but unproven". In the New York Review of Books, Timothy Snyder praised its "moral seriousness" but questioned its chronology.

The author responded to his critics in a long essay. "I did not set out to write a polemic," he wrote. "The documents wrote it for me." Several Russian reviewers accused him of "Russophobia", a charge he rejected.

The book won the Pushkin Prize in 2011. The jury's citation spoke of "a history that reads like a novel and a novel that does not lie".
"""
RECEPTION_LABELS = [
    ('"a masterpiece of archival', "real", "Orlando Figes|Figes"),
    ('"ingenious but unproven"', "real", "The Economist|Economist"),
    ('"moral seriousness"', "real", "Timothy Snyder|Snyder"),
    ('"I did not set out', "real", "The author|author|he"),
    ('"The documents wrote it', "real", "The author|author|he"),
    ('"Russophobia"', "real", "Several Russian reviewers|reviewers"),
    ('"a history that reads', "real", "The jury's citation|jury|citation"),
]

BLOGPOST = """\
Reading Grossman again

I reread Life and Fate this summer, for the first time since university. It holds up. The chapter everyone remembers is the letter from Viktor Shtrum's mother, written in the ghetto before the shooting:

> I am writing this letter to you with great difficulty. I do not know whether it will reach you. My son, I want to tell you how I lived these last days.

Grossman never wrote anything more terrible or more tender. His editor at Znamya, Vadim Kozhevnikov, handed the manuscript to the KGB; Suslov told Grossman that the book could not be published for "two or three hundred years".

What I had forgotten is how funny the book is. The physicists' "seminars" in the institute corridor are pure comedy.
"""
BLOGPOST_LABELS = [
    ("I am writing this letter", "block", "Viktor Shtrum's mother|mother"),
    ('"two or three hundred years"', "real", "Suslov"),
    ('"seminars"', "scare", None),
]

JUDGMENT = """\
The applicant complained that the refusal to grant access to the archive files of his grandfather violated Article 10 of the Convention. The Government submitted that "the files contain personal data of third parties and cannot be disclosed". The applicant replied that the third parties had died more than seventy years ago.

The Court reiterates that "the gathering of information is an essential preparatory step in journalism and an inherent, protected part of press freedom". It observes that the domestic courts did not weigh the applicant's interest against that of the third parties. As the Constitutional Court itself put it in an earlier case, the law "cannot serve to conceal the crimes of the past".
"""
JUDGMENT_LABELS = [
    ('"the files contain personal data', "real", "The Government|Government"),
    ('"the gathering of information', "real", "The Court|Court"),
    ('"cannot serve to conceal', "real", "the Constitutional Court|Constitutional Court"),
]

NOVEL = """\
"You're late," said Vera, without turning round.

"The trams aren't running." Pavel hung his coat on the nail. "They say there's been an accident on the bridge."

"They say." She laughed, a short dry laugh. "They always say."

He sat down at the table. Outside, someone was shouting the word "ration" over and over, as if it were a name.
"""
NOVEL_LABELS = [
    ('"You\'re late,"', "real", "Vera"),
    ('"The trams aren\'t running."', "real", "Pavel"),
    ('"They say there\'s been', "real", "Pavel"),
    ('"They say."', "real", "Vera|She"),
    ('"They always say."', "real", "Vera|She"),
    ('"ration"', "real", "someone"),
]

HELD_OUT_EIGHTH = {
    "reception (8th)": (RECEPTION, RECEPTION_LABELS),
    "blog post (8th)": (BLOGPOST, BLOGPOST_LABELS),
    "judgment (8th)": (JUDGMENT, JUDGMENT_LABELS),
    "novel (8th)": (NOVEL, NOVEL_LABELS),
}


# Ninth batch: written after the eighth had been used and measured once as written (real recall 1.000,
# scare told apart 0.950, speaker 0.929); no rule was changed for it.
REVISION = """\
Khrushchev and de-Stalinisation

Khrushchev's Secret Speech of February 1956 was a calculated risk. He denounced the "cult of personality" but said nothing of the crimes of collectivisation, in which he had himself taken part. (Service, 340) According to Taubman, Khrushchev "wanted to free himself from Stalin's shadow without freeing the party from its past." (Taubman, 283)

The speech had immediate consequences abroad. In Poland and Hungary it was read as permission to reform. "The Hungarian revolt was the price of the Secret Speech." (Hosking, 331) Khrushchev himself later admitted that "we were scared - really scared" of what the thaw had unleashed. (Service, 345)

At home the process was uneven. The so-called 'anti-Party group' - Molotov, Malenkov and Kaganovich - tried to remove him in June 1957 and failed. McCauley notes that Khrushchev "owed his survival to the army and to Zhukov in particular" (McCauley, 61), and Zhukov was himself dismissed four months later.

"De-Stalinisation was never a programme, only a series of improvisations." (Filtzer, 12) Filtzer argues that the reforms "left the foundations of the Stalinist system untouched" (Filtzer, 15), a view shared by most historians.
"""
REVISION_LABELS = [
    ('"cult of personality"', "scare", None),
    ('"wanted to free himself', "real", "Taubman"),
    ('"The Hungarian revolt', "real", "Hosking"),
    ('"we were scared', "real", "Khrushchev"),
    ("'anti-Party group'", "scare", None),
    ('"owed his survival', "real", "McCauley"),
    ('"De-Stalinisation was never', "real", "Filtzer"),
    ('"left the foundations', "real", "Filtzer"),
]

MAGAZINE = """\
The Thaw and its limits

When Ilya Ehrenburg published The Thaw in 1954, the title gave a name to an era. Not everyone welcomed it. Konstantin Simonov attacked the novel in Literaturnaya Gazeta, complaining that it showed Soviet life "in dim and gloomy colours".1

The poet Yevgeny Yevtushenko, then twenty-three, remembered the mood differently: "We felt that the ice was breaking and that we were the ones breaking it."2 His poem "The Heirs of Stalin", published in Pravda in 1962 with Khrushchev's personal approval, warned that Stalin's heirs were still among the living.

The limits were soon clear. In 1958 Boris Pasternak was forced to refuse the Nobel Prize. The Komsomol leader Vladimir Semichastny called him a "pig who fouls the place where he eats".3 Pasternak wrote to Khrushchev: "Leaving my motherland would equal death for me." He was allowed to stay, and died two years later.

The so-called "Manege affair" of December 1962, when Khrushchev berated abstract painters at an exhibition, marked the end. "Is this what you call art?" he shouted, according to witnesses.4
"""
MAGAZINE_LABELS = [
    ('"in dim and gloomy colours"', "real", "Konstantin Simonov|Simonov"),
    ('"We felt that the ice', "real", "Yevgeny Yevtushenko|Yevtushenko"),
    ('"The Heirs of Stalin"', "scare", None),
    ('"pig who fouls', "real", "Vladimir Semichastny|Semichastny"),
    ('"Leaving my motherland', "real", "Pasternak|Boris Pasternak"),
    ('"Manege affair"', "scare", None),
    ('"Is this what you call art?"', "real", "Khrushchev|he"),
]

ESSAY_2 = """\
To what extent was Stalin's Russia totalitarian?

The totalitarian model, as formulated by Friedrich and Brzezinski, assumed a regime that controlled every aspect of life. Yet as Fitzpatrick has observed, ordinary citizens developed "a repertoire of strategies for survival" that the state could not fully control (Fitzpatrick 1999, 2). Peasants on collective farms practised what Scott called "the weapons of the weak": foot-dragging, pilfering and false compliance.

Stalin himself seems to have believed in the power of the state to remake people. In 1932 he told a group of writers at Gorky's house that they were "engineers of human souls". The phrase was repeated endlessly in the Soviet press.

On the other hand, the regime's reach was limited by its own chaos. One regional official complained in a letter to Moscow: "We receive forty directives a week and cannot fulfil one of them properly." In such conditions "total" control was an aspiration rather than a reality.

Bibliography
Fitzpatrick, Sheila. 1999. Everyday Stalinism: Ordinary Life in Extraordinary Times. Oxford: Oxford University Press.
Scott, James C. 1985. Weapons of the Weak: Everyday Forms of Peasant Resistance. New Haven: Yale University Press.
"""
ESSAY_2_LABELS = [
    ('"a repertoire of strategies', "real", "Fitzpatrick"),
    # Relabelled in round 7 after the lead's decision: "what X called “…”" with a named X is X's words.
    ('"the weapons of the weak"', "real", "Scott"),
    ('"engineers of human souls"', "real", "Stalin|he"),
    ('"We receive forty directives', "real", "One regional official|official"),
    ('"total"', "scare", None),
]

HELD_OUT_NINTH = {
    "revision (9th)": (REVISION, REVISION_LABELS),
    "magazine (9th)": (MAGAZINE, MAGAZINE_LABELS),
    "essay 2 (9th)": (ESSAY_2, ESSAY_2_LABELS),
}


# Tenth batch: written after the ninth and measured first as written (real recall 0.824, scare told apart
# 0.842, speaker 0.588 — with the ninth, the estimate on unseen pages: recall 28/31, scare 35/39, speaker
# 23/31), then used to correct the rules ("quoted in", "urged them to", "As Davies has pointed out").
NOTES_2 = """\
The Purges: causes and consequences

The Great Terror of 1936-38 has been explained in many ways. Conquest saw it as the product of Stalin's "paranoid personality" (Conquest, 71), while Getty insists that the central leadership "did not control events in the provinces". (Getty, 198)

Stalin's own explanation was that the class struggle intensified as socialism advanced. "The further we advance, the greater will be the fury of the remnants of the broken exploiting classes." (quoted in Ward, 112) This theory justified ever wider arrests.

Yezhov, the head of the NKVD, took the hint. He told his officers that "it is better that ten innocent people should suffer than one spy get away". (Khlevniuk, 145) The 'Yezhovshchina' had begun.

By 1938 even Stalin was alarmed. Beria replaced Yezhov and the arrests slowed. Khlevniuk argues that the Terror ended "not because its aims had been achieved but because it had become a threat to the regime itself" (Khlevniuk, 170). Ward disagrees: "The Terror ended because Stalin decided it should end." (Ward, 120)
"""
NOTES_2_LABELS = [
    ('"paranoid personality"', "real", "Conquest"),
    ('"did not control events', "real", "Getty"),
    ('"The further we advance', "real", "Stalin"),
    ('"it is better that ten', "real", "Yezhov|He"),
    ("'Yezhovshchina'", "scare", None),
    ('"not because its aims', "real", "Khlevniuk"),
    ('"The Terror ended because', "real", "Ward"),
]

ARTICLE_2 = """\
Why the NEP failed

By 1927 the New Economic Policy was in trouble. Grain procurements fell short, and the party leadership split over what to do. Bukharin wanted to continue with concessions to the peasants; in a famous phrase he urged them to "enrich yourselves". Stalin, who had supported Bukharin against the Left, now turned against him.

At the Fifteenth Party Congress in December 1927, Stalin declared that "the way out is to turn the small and scattered peasant farms into large united farms". The so-called "extraordinary measures" of early 1928 — the seizure of grain by force — were the first step. Bukharin protested in a letter to the Politburo: "We are being dragged into a new war communism."

Historians disagree about whether the NEP could have survived. Cohen argues that Bukharin offered "a real alternative to Stalinism". Others are sceptical. As Davies has pointed out, the NEP economy "could not have financed rapid industrialisation", and rapid industrialisation was what the whole leadership wanted.

Comments

Ivan K says:
March 3, 2020 at 9:14 am
Great article. My grandfather always said "the NEP was the best time we ever had".
"""
ARTICLE_2_LABELS = [
    ('"enrich yourselves"', "real", "Bukharin|he"),
    ('"the way out is', "real", "Stalin"),
    ('"extraordinary measures"', "scare", None),
    ('"We are being dragged', "real", "Bukharin"),
    ('"a real alternative', "real", "Cohen"),
    ('"could not have financed', "real", "Davies"),
    ('"the NEP was the best', "real", "My grandfather|grandfather"),
]

LECTURE_2 = """\
Week 9: Stalin and the Second World War

Stalin's reaction to the German invasion is still debated. According to Mikoyan, he was so shaken that he withdrew to his dacha for two days; when the Politburo came to see him, he asked them "Why have you come?" as if he expected to be arrested. Other witnesses remember no such collapse.

His radio speech of 3 July 1941 struck a new note. He addressed his listeners as "brothers and sisters", a form of words no Bolshevik had used before:

    Comrades! Citizens! Brothers and sisters! Men of our army and navy! I am addressing you, my friends!
    A grave danger hangs over our country.

Churchill, who met him in 1942, found him "a man of direct and even blunt speech". The historian Richard Overy concludes that Stalin "learned to trust his generals, up to a point".
"""
LECTURE_2_LABELS = [
    ('"Why have you come?"', "real", "Stalin|he"),
    ('"brothers and sisters"', "real", "Stalin|He"),
    ("Comrades! Citizens!", "block", "Stalin|He"),
    ('"a man of direct', "real", "Churchill"),
    ('"learned to trust', "real", "Richard Overy|Overy"),
]

HELD_OUT_TENTH = {
    "notes 2 (10th)": (NOTES_2, NOTES_2_LABELS),
    "article 2 (10th)": (ARTICLE_2, ARTICLE_2_LABELS),
    "lecture 2 (10th)": (LECTURE_2, LECTURE_2_LABELS),
}


# Eleventh batch: written after the tenth had been used, measured first as written (real recall 0.933,
# scare told apart 0.944, speaker 0.800), then used for two rules (a name in apposition, "Decades later").
NOTES_3 = """\
Collectivisation - key points

Stalin announced the policy of "liquidating the kulaks as a class" in December 1929. (Nove, 166) The speed of the campaign surprised even its organisers. By March 1930, 58% of households had been collectivised. (Davies, 442)

The human cost was enormous. Lewin describes the process as "a veritable civil war in the countryside". (Lewin, 107) Peasants slaughtered their animals rather than hand them over; the number of cattle fell by almost half. (Nove, 180)

Stalin's article "Dizzy with Success" (2 March 1930) blamed local officials for "excesses". Many peasants left the kolkhozes at once. However, the retreat was temporary. "The Party has not abandoned collectivisation; it has merely paused." (Fainsod, 249)

Conquest argues that the famine of 1932-33 was deliberately engineered, calling it "terror-famine". (Conquest, 4) Davies and Wheatcroft reject this: "We have found no evidence that Stalin intended to kill the peasants of Ukraine." (Davies and Wheatcroft, 441) Most historians now take a position somewhere between these views.
"""
NOTES_3_LABELS = [
    ('"liquidating the kulaks', "real", "Stalin"),
    ('"a veritable civil war', "real", "Lewin"),
    ('"Dizzy with Success"', "scare", None),
    ('"excesses"', "scare", None),
    ('"The Party has not abandoned', "real", "Fainsod"),
    ('"terror-famine"', "real", "Conquest"),
    ('"We have found no evidence', "real", "Davies and Wheatcroft|Wheatcroft|Davies"),
]

WEB_2 = """\
The Moscow Trials in the Western press

Walter Duranty of The New York Times had few doubts. "It is unthinkable that Stalin and the court martial could have sentenced their friends to death unless the proofs of guilt were overwhelming," he wrote in June 1937. The British ambassador, Lord Chilston, was more cautious, reporting to London that the confessions were "difficult to credit".

On the left, opinion was divided. The Webbs saw nothing amiss. John Dewey, who chaired the commission of inquiry in Mexico, reached the opposite conclusion: "We find the trials to have been frame-ups." Trotsky welcomed the verdict, calling the commission's work "a service to humanity".

Not every journalist was taken in. Eugene Lyons, once a believer, wrote bitterly that the Soviet Union had become "a land of the assignment of guilt". And in Paris, Boris Souvarine described the trials simply as "judicial murder".
"""
WEB_2_LABELS = [
    ('"It is unthinkable', "real", "Walter Duranty|Duranty|he"),
    ('"difficult to credit"', "real", "Lord Chilston|Chilston"),
    ('"We find the trials', "real", "John Dewey|Dewey"),
    ('"a service to humanity"', "real", "Trotsky"),
    ('"a land of the assignment', "real", "Eugene Lyons|Lyons"),
    ('"judicial murder"', "real", "Boris Souvarine|Souvarine"),
]

INTERVIEW_PIECE = """\
Remembering the camps

Yevgenia Ginzburg spent eighteen years in the Gulag. In her memoir she describes the moment of her arrest with cold precision:

    I was not frightened. I remember thinking only that I must not forget my glasses, because without them I would not be able to read, and I was sure that there would be time to read.

Her son, the writer Vasily Aksyonov, was four when she was taken. Decades later he said in an interview: "My mother came back a different person, and so did I." When she returned to Moscow in 1955, she found that her friends were afraid to see her. "They had their reasons," she wrote, "and I did not blame them."

The memoir circulated in samizdat for years before it was published abroad. Its title, "Journey into the Whirlwind", was chosen by the English translator.
"""
INTERVIEW_PIECE_LABELS = [
    ("I was not frightened", "block", "Yevgenia Ginzburg|Ginzburg|she"),
    ('"My mother came back', "real", "Vasily Aksyonov|Aksyonov|he"),
    ('"They had their reasons,"', "real", "Yevgenia Ginzburg|Ginzburg|she"),
    ('"and I did not blame', "real", "Yevgenia Ginzburg|Ginzburg|she"),
    ('"Journey into the Whirlwind"', "scare", None),
]

HELD_OUT_ELEVENTH = {
    "notes 3 (11th)": (NOTES_3, NOTES_3_LABELS),
    "web 2 (11th)": (WEB_2, WEB_2_LABELS),
    "interview (11th)": (INTERVIEW_PIECE, INTERVIEW_PIECE_LABELS),
}


# Twelfth batch: the last, written after the eleventh had been used and measured first as written (real
# recall 0.800, scare told apart 0.842, speaker 0.600); then used only for function words that are no names
# ("Within minutes", "For thirty years Natalya Gorbanevskaya kept"). With the first runs of batches 9-11,
# the estimate for unseen pages: real recall 54/61 = 0.89, scare told apart 68/76 = 0.89, speaker 44/61 = 0.72.
ESSAY_3 = """\
Assess the view that Lenin laid the foundations of Stalinism.

Many historians have argued that the roots of Stalinism lie in Leninism. Pipes, for example, insists that "Stalin was a true Leninist" and that the terror of the 1930s was "implicit in the Bolshevik seizure of power" (Pipes 1994, 502). The one-party state, the Cheka and the ban on factions of 1921 all date from Lenin's lifetime.

However, others stress the differences. Lenin never killed fellow Bolsheviks, and in his last writings he warned against Stalin's "immense power". Lewin goes further, claiming that the late Lenin was searching for "a different model of socialism" (Lewin 1968, 130). Cohen, similarly, sees Bukharin's NEP as the true continuation of Lenin's policy.

The so-called "Lenin's Testament" is central to this debate. Its authenticity has been questioned by some, but most scholars accept it. As Service concludes, Lenin "created the instruments that Stalin used, but he did not design the purpose to which Stalin put them" (Service 2000, 491).

In conclusion, Lenin made Stalinism possible but not inevitable.
"""
ESSAY_3_LABELS = [
    ('"Stalin was a true Leninist"', "real", "Pipes"),
    ('"implicit in the Bolshevik', "real", "Pipes"),
    ('"immense power"', "real", "Lenin|he"),
    ('"a different model of socialism"', "real", "Lewin"),
    ('"Lenin\'s Testament"', "scare", None),
    ('"created the instruments', "real", "Service"),
]

FEATURE_2 = """\
The woman who counted the dead

For thirty years Natalya Gorbanevskaya kept a list. It began in 1968, when she and seven others unfurled a banner on Red Square that read "For your freedom and ours". Within minutes they were arrested.

"We knew we would be arrested," she told an interviewer in 2008. "We did not do it to change anything. We did it so that later no one could say that nobody protested." She was sent to a psychiatric hospital, diagnosed with "sluggish schizophrenia", a diagnosis invented for dissidents.

Her friend Lyudmila Alexeyeva, who founded the Moscow Helsinki Group, remembered her as "the bravest person I ever knew". The authorities saw her differently. A KGB report of 1969 called her "a person with a stubborn anti-Soviet orientation".

Gorbanevskaya emigrated to Paris in 1975. Asked whether she regretted anything, she answered: "Only that there were so few of us."
"""
FEATURE_2_LABELS = [
    ('"For your freedom and ours"', "real", "she and seven others|banner"),
    ('"We knew we would be', "real", "Natalya Gorbanevskaya|Gorbanevskaya|she"),
    ('"We did not do it', "real", "Natalya Gorbanevskaya|Gorbanevskaya|she"),
    ('"sluggish schizophrenia"', "scare", None),
    ('"the bravest person', "real", "Lyudmila Alexeyeva|Alexeyeva"),
    ('"a person with a stubborn', "real", "A KGB report|report|KGB"),
    ('"Only that there were', "real", "Gorbanevskaya|she"),
]

NOTES_4 = """\
Stalin and the nationalities

As Commissar for Nationalities Stalin drafted the policy of "korenizatsiia" (indigenisation), which promoted local languages and cadres. (Martin, 10) Martin calls the USSR "the affirmative action empire". (Martin, 1)

In the 1930s the policy was reversed. Whole peoples were deported as "enemy nations" - Koreans in 1937, Volga Germans in 1941, Chechens in 1944. (Martin, 311) Stalin's toast of May 1945 to "the Russian people, the most outstanding nation of all the nations of the Soviet Union" marked the change. (Service, 290)

Suny argues that "Soviet nationality policy created the very nations it later feared". (Suny, 102) Martin agrees, though he stresses that the regime "never intended to create nation-states". (Martin, 15)
"""
NOTES_4_LABELS = [
    ('"korenizatsiia"', "scare", None),
    ('"the affirmative action empire"', "real", "Martin"),
    ('"enemy nations"', "scare", None),
    ('"the Russian people', "real", "Stalin"),
    ('"Soviet nationality policy', "real", "Suny"),
    ('"never intended to create', "real", "Martin|he"),
]

HELD_OUT_TWELFTH = {
    "essay 3 (12th)": (ESSAY_3, ESSAY_3_LABELS),
    "feature 2 (12th)": (FEATURE_2, FEATURE_2_LABELS),
    "notes 4 (12th)": (NOTES_4, NOTES_4_LABELS),
}
