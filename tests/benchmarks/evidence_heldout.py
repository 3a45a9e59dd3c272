# ruff: noqa: E501 -- the marked texts keep their lines whole so the marks stay readable.
"""Held-out texts for the citation and comment detectors (issue 16), written after the rules were.

Citations are marked in place as ⟦span|author|year|locator⟧ (author: the surname the detector should
give, "" for a note call whose note names nobody); ``strip`` removes the marks and returns the plain text
and the gold items. Comments are listed as (commenter, first words of the comment, last words).
Used by tests/benchmarks/measure_evidence_citations.py; not a test module.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"⟦([^|⟧]*)\|([^|⟧]*)\|([^|⟧]*)\|([^⟧]*)⟧")


def strip(marked: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """The plain text and its gold citations (start, end, author, year, locator)."""
    out: list[str] = []
    gold = []
    position = 0
    length = 0
    for match in _MARK.finditer(marked):
        plain = marked[position : match.start()]
        out.append(plain)
        length += len(plain)
        span = match.group(1)
        gold.append((length, length + len(span), match.group(2), match.group(3), match.group(4)))
        out.append(span)
        length += len(span)
        position = match.end()
    out.append(marked[position:])
    return "".join(out), gold


# An undergraduate essay in author-date style with a reference list.
ESSAY = """The Great Famine and its historians

The famine of 1932–1933 (the Holodomor in Ukrainian usage) remains the most disputed episode of the
first Five-Year Plan (1928–1932). Estimates of the dead range from three to seven million ⟦(Conquest 1986, 306)|Conquest|1986|306⟧,
although the archival turn of the 1990s narrowed the range considerably (⟦Wheatcroft 1996|Wheatcroft|1996|⟧; ⟦Davies and Wheatcroft 2004, 401|Davies and Wheatcroft|2004|401⟧).
In 1937 the census counted 162 million people (37 percent fewer children under ten than expected), and
Stalin (who had ordered it) had its organisers shot ⟦(Merridale 1996: 226)|Merridale|1996|226⟧.

As ⟦Fitzpatrick describes|Fitzpatrick||⟧, the peasants who survived learned to live with the kolkhoz by quiet
evasion rather than revolt. ⟦Viola (1996)|Viola|1996|⟧ argues that open resistance was far more common than
the older literature allowed, and ⟦Barber has shown|Barber||⟧ that the same was true of factory workers. Molotov
argued at the time that the grain had been hidden by kulaks, and according to Stalin the famine did not
exist at all. ⟦According to Gill|Gill||⟧, the political system itself was transformed by these years
⟦(Gill 1990, 12)|Gill|1990|12⟧; the party became an instrument of the leader ⟦(ibid.)|Gill|1990|12⟧, and its
congresses mere rituals ⟦(ibid., 42)|Gill|1990|42⟧.

The question of intent divides historians (see above). ⟦Davies (1989)|Davies|1989|⟧ argues that the leadership
blundered into catastrophe; ⟦Conquest, writing before the archives opened, saw|Conquest||⟧ a deliberate assault on
Ukraine (cf. ⟦Graziosi 2005, 97|Graziosi|2005|97⟧). The regime's own figures (GULAG returns, NKVD
summaries) have been read both ways ⟦(Getty, Rittersporn and Zemskov 1993)|Getty, Rittersporn and Zemskov|1993|⟧. A useful
comparison is the Kazakh famine of 1930–1933 ⟦(see Cameron 2018, ch. 4)|Cameron|2018|ch. 4⟧, which killed a
larger share of the population ⟦(Pianciola 2004, pp. 137–192)|Pianciola|2004|pp. 137–192⟧. Lenin (1870–1924) had
never imagined such a countryside; the NEP (1921–1928) had promised the opposite ⟦(Lewin 1968, 3–5)|Lewin|1968|3–5⟧.

References

Cameron, Sarah. 2018. The Hungry Steppe. Ithaca: Cornell University Press.
Conquest, Robert. 1986. The Harvest of Sorrow. London: Hutchinson.
Davies, R. W. 1989. The Soviet Economy in Turmoil. Basingstoke: Macmillan.
Gill, Graeme. 1990. The Origins of the Stalinist Political System. Cambridge: Cambridge University Press.
Kul'chyts'kyi, S. V. 1993. Golod 1932–1933 rr. v Ukraini (Kyiv, 1993).
Pokrovskii, M. N. 1937. Istoriia Rossii (Moscow, 1937).
Viola, Lynne. 1996. Peasant Rebels under Stalin. New York: Oxford University Press.
"""

# Seminar notes in author-page style, with narrative citations and numbered notes.
NOTES = """Week 7: the Great Terror

Conquest's figure of twenty million dead ⟦(Conquest, 485)|Conquest||485⟧ has not survived the opening of the archives. ⟦Khlevniuk notes|Khlevniuk||⟧
that the Politburo signed 383 lists of names in 1937–1938 ⟦(Khlevniuk, 169)|Khlevniuk||169⟧. The order itself (No. 00447)
set quotas by region.1 Ezhov (the "bloody dwarf") carried them out with zeal, and the quotas were raised
again and again ⟦(Khlevniuk, 172–4)|Khlevniuk||172–4⟧.

⟦Getty and Naumov disagree|Getty and Naumov||⟧: for them the Terror grew out of the panic of regional elites ⟦(Getty and Naumov, 470)|Getty and Naumov||470⟧.
⟦Kotkin, in his biography of Stalin, insists|Kotkin||⟧ on the dictator's own hand ⟦(Kotkin, 2017, p. 305)|Kotkin|2017|p. 305⟧. As ⟦Harris puts it|Harris||⟧,
the fear of war explains the timing but not the scale.2 Bukharin wrote to Stalin from prison (December 1937)
begging for his life; Stalin kept the letter in his desk until his death.3

Numbers: 1,575,259 arrested in 1937–1938 and 681,692 shot (NKVD figures, 1939), that is 43 percent. ⟦Solzhenitsyn
(Vermont, 1974)|Solzhenitsyn|1974|⟧ counted far higher; ⟦Wheatcroft has argued|Wheatcroft||⟧ that his numbers cannot be reconciled with
the camp registers ⟦(Wheatcroft, 1315)|Wheatcroft||1315⟧. See also ⟦(Ellman, 2002, 1151)|Ellman|2002|1151⟧ and the debate in Europe-Asia Studies
⟦(cf. Rosefielde, 1981)|Rosefielde|1981|⟧. The Memorial society (Moscow) keeps its own lists.

1. The text of the order is printed in J. Arch Getty and Oleg Naumov, The Road to Terror (New Haven, 1999), 470–80.
2. James Harris, The Great Fear (Oxford, 2016), 187.
3. On the letter see the introduction to the Yale documents.
"""
NOTE_CALLS = [("set quotas by region.", "Getty", "1999", "470–80"), ("explains the timing but not the scale.",
              "Harris", "2016", "187"), ("his desk until his death.", "", "", "")]  # fmt: skip

# A blog post with WordPress-style comments: dates on their own line, Reply buttons, a reply to a reply.
BLOG = """Why the 1937 census was suppressed

The census of January 1937 counted 162 million Soviet citizens, far fewer than Stalin had announced.
Its organisers were arrested and the results were kept secret for half a century.

Tags: census, demography

5 Responses to “Why the 1937 census was suppressed”

Anna K.
March 3, 2019 at 4:12 pm

Thank you for this. My grandmother remembered the census takers coming to the village; she said
people were afraid to answer the question about religion.

Reply

Dmitri Volkov
March 4, 2019 at 9:01 am

The figure of 162 million is the official one. Recent work suggests the undercount was small.

Reply

Anna K.
March 4, 2019 at 11:30 am

Do you have a reference for that? I would like to read it.

Reply

tomsk_reader
March 10, 2019 at 7:45 pm

Merridale wrote about this in 1996, if I remember correctly.

Reply

Leave a Reply

Your email address will not be published. Required fields are marked *
"""
BLOG_COMMENTS = [
    ("Anna K.", "Thank you for this.", "question about religion."),
    ("Dmitri Volkov", "The figure of 162 million", "the undercount was small."),
    ("Anna K.", "Do you have a reference", "I would like to read it."),
    ("tomsk_reader", "Merridale wrote about", "if I remember correctly."),
]

# An interview marked with the speakers' names, and a letters page.
INTERVIEW = """An interview with a historian of the Gulag

Harrison: When did you first go to the archives in Moscow?

Petrova: In 1992. The reading room was cold and the files came up on a trolley, a dozen at a time.

Harrison: Was anything closed to you?

Petrova: The personal files of NKVD officers, yes. Those are still closed today.
"""
INTERVIEW_TURNS = [
    ("Harrison", "When did you first", "archives in Moscow?"),
    ("Petrova", "In 1992.", "a dozen at a time."),
    ("Harrison", "Was anything closed", "closed to you?"),
    ("Petrova", "The personal files", "still closed today."),
]

LETTERS = """Letters to the Editor

Famine figures

Your correspondent's estimate of seven million dead in Ukraine alone is not supported by the demographic
evidence that has been published since the archives opened, and I hope you will correct it.
— Mary Collins, Edinburgh

Grain exports

It is worth remembering that the Soviet Union went on exporting grain throughout the winter of 1932-33, while
people starved in the villages that had grown it.
— Petro Hnatyuk, Toronto
"""
LETTER_VOICES = [
    ("Mary Collins", "Your correspondent's estimate", "you will correct it."),
    ("Petro Hnatyuk", "It is worth remembering", "that had grown it."),
]

# Second round, written after the rules had been fixed on the texts above. As first run: citations precision
# 1.000, recall 7/11 (the rules then missed "also Graziosi", "has long argued", a possessive's year and a
# bracket wrapped onto the next line); comments 7/7.
REVIEW = """Review: a new history of the Soviet famine

Few subjects in Soviet history have produced so much heat. The new book under review (Oxford, 2023) sets out to
replace the polemics of the Cold War with a history from the archives of the district party committees. Its
author builds on Davies and Wheatcroft's grain statistics ⟦(2004)|Davies and Wheatcroft|2004|⟧ but reads them against the
reports of the OGPU, which ⟦Werth (2007, 114) has already shown|Werth|2007|114⟧ to be unreliable for the spring of 1933.

⟦As Snyder puts it|Snyder||⟧, the famine was "a political decision" ⟦(Snyder 2010, 42)|Snyder|2010|42⟧; the author is more cautious. Chapter three (pp.
77–120) follows a single district in Poltava province, where the harvest of 1932 was 40 percent below
the plan. Here the argument depends on the memoirs collected by the Harvard project (⟦see Applebaum 2017, 233–5|Applebaum|2017|233–5⟧;
⟦also Graziosi 2005|Graziosi|2005|⟧), and on a diary that the author found in Kharkiv (Derzhavnyi arkhiv, f. 2, op. 1).
Kaganovich wrote from Kharkiv in December 1932 that the villages were hiding grain; Stalin replied at once.

The weaker chapters are those on the cities. ⟦Kuromiya has long argued|Kuromiya||⟧ that the Donbas was a refuge for
the hungry ⟦(Kuromiya 1998)|Kuromiya|1998|⟧, and ⟦Hirsch (2005) suggests|Hirsch|2005|⟧ that ethnographers followed the famine into the
new towns; neither is discussed. The bibliography (pp. 401–437) omits both. ⟦Conquest (1986)|Conquest|1986|⟧ is cited
only to be dismissed, ⟦(ibid., 12)|Conquest|1986|12⟧ being the one page quoted.
"""

DISQUS = """Comments

Sorted by: Newest

Olena P. • 2 years ago
The chapter on Poltava is the best thing in the book. My family is from there.

Marcus Hale • 2 years ago
I disagree with the reviewer about the cities. Kuromiya is discussed in a footnote.

Olena P. • 2 years ago
Which footnote? I could not find it.
"""
DISQUS_COMMENTS = [
    ("Olena P.", "The chapter on Poltava", "My family is from there."),
    ("Marcus Hale", "I disagree with the reviewer", "discussed in a footnote."),
    ("Olena P.", "Which footnote?", "I could not find it."),
]

QA = """Five questions for a demographer

Q: How many died in the famine of 1932-1933?
A: Between five and seven million across the Soviet Union, of whom about four million in Ukraine.

Q: Why do the estimates differ so much?
A: Because the 1937 census was suppressed and its organisers were shot.
"""
QA_TURNS = [
    ("Q", "How many died", "1932-1933?"),
    ("A", "Between five and seven million", "four million in Ukraine."),
    ("Q", "Why do the estimates", "differ so much?"),
    ("A", "Because the 1937 census", "organisers were shot."),
]

# Third round, a news report: people who speak are not cited scholarship, so almost nothing here is a
# citation. Written after the second round's fixes. As first run: 4 found, 1 right ("Poll finds" in the
# headline, "Putin says" and "India … notes" were taken for scholars), recall 1/1.
NEWS = """Poll finds Russians divided over Stalin's legacy

MOSCOW — Seven in ten Russians view Stalin's role in history positively, according to the Levada Center, an
independent pollster. Putin says the country should not forget the victims of repression. Lev Gudkov, the
centre's former director, argues that the result reflects nostalgia for order rather than support for terror.

India, which has its own debate about colonial famines, notes the figures with interest, officials said. In
2017 the Memorial society estimated that 40 percent of respondents knew nothing about the purges (Memorial
report, 2017). Historians disagree: ⟦Oleg Khlevniuk (2015) has argued|Khlevniuk|2015|⟧ that the dictator
personally signed the lists, while the Kremlin claims such questions are best left to specialists.

Gudkov said: "Stalin is a symbol, not a person." The survey of 1,600 adults (margin of error 3.4 percent) was
taken in March (March 2019).
"""

# Fourth round, written after every rule above was in place. As first run: encyclopedia 1 right of 4 found,
# 5 labelled (then 6, when "(e.g. Snyder)" was labelled too: it does cite Snyder); thesis 5 right of 5 found,
# 9 labelled; news comments 0 of 3 right; letters with "Sir," 1 of 2.
ENCYCLOPEDIA = """Holodomor

The Holodomor was a famine in Soviet Ukraine from 1932 to 1933 that killed millions of Ukrainians.⟦[1]|Conquest|1986|p. 306⟧⟦[2]|Davies and Wheatcroft|2004|p. 401⟧
Estimates of the death toll range from 3.5 to 5 million.⟦[3]||| ⟧ Some scholars (e.g. ⟦Snyder|Snyder||⟧) describe it as deliberate;
others, such as ⟦Davies and Wheatcroft, argue|Davies and Wheatcroft||⟧ that it was the result of a badly conceived policy.⟦[2]|Davies and Wheatcroft|2004|p. 401⟧
The word (from holod, "hunger", and mor, "extermination") was first used in print in the 1980s.

References

1. ^ Conquest, Robert (1986). The Harvest of Sorrow. Oxford University Press. p. 306.
2. ^ Davies, R. W.; Wheatcroft, Stephen G. (2004). The Years of Hunger. Palgrave Macmillan. p. 401.
3. ^ "Famine estimates". Ukrainian Weekly. 2008.
"""

THESIS = """Chapter 3. The regional party and the grain

The regional committees were the hinge of the procurement campaign ⟦(Lewin 1985, 209–40)|Lewin|1985|209–40⟧. Their
secretaries answered to Moscow for every ton, and the archives show how they passed the pressure down the line
⟦(RGASPI, f. 17, op. 3, d. 1003, l. 85)|RGASPI||f. 17, op. 3, d. 1003, l. 85⟧. Historians read these files in two ways
(⟦Fitzpatrick 1994|Fitzpatrick|1994|⟧; ⟦cf. Viola 1996, 45|Viola|1996|45⟧). ⟦Tucker (1990, 3) writes|Tucker|1990|3⟧ that the
leader's will was everything; Stalin himself told the plenum that the peasants had declared war on the state
⟦(Stalin 1955, 13:40)|Stalin|1955|13:40⟧, a phrase later ⟦quoted in Conquest 1990, 33|Conquest|1990|33⟧ as proof of intent.

The statistics (Table 3.2) come from the district reports. The totals agree with the published series
⟦(Davies, Harrison and Wheatcroft 1994, table 12)|Davies, Harrison and Wheatcroft|1994|table 12⟧, within 2 percent (see
Appendix B). Trotsky, in exile, called the campaign a "war on the peasantry"; ⟦Deutscher (1949) repeats|Deutscher|1949|⟧ the phrase.
"""

NEWS_COMMENTS = """Archive opens files on famine

The state archive has put 4,000 documents online. Readers may search them by district.

Comments (3)

JaneDoe42
5 hours ago
Finally. My family searched for years.
Reply · Report

historian_kyiv
4 hours ago
The district files are incomplete, but this is still a milestone.
Reply · Report

M. Kowalenko
2 hours ago
Will the NKVD files follow?
Reply · Report
"""
NEWS_COMMENT_VOICES = [
    ("JaneDoe42", "Finally.", "searched for years."),
    ("historian_kyiv", "The district files", "still a milestone."),
    ("M. Kowalenko", "Will the NKVD files", "follow?"),
]

LETTERS_SIR = """Letters

The census of 1937

Sir, Your article on the suppressed census of 1937 (May 3) omits the fate of the statisticians who ran it.
Most of them were shot, and their families were deported.
Olga Danilova
London

Grain and the ports

Sir, Grain left Odessa throughout the famine. The port records are in the regional archive and anyone may read them.
Ivan Petrenko
Odesa, Ukraine
"""
LETTERS_SIR_VOICES = [
    ("Olga Danilova", "Sir, Your article", "families were deported."),
    ("Ivan Petrenko", "Sir, Grain left Odessa", "anyone may read them."),
]

# Fifth round, a journal article in mixed author-date styles, written after the fourth round's fixes. As
# first run: precision 1.000, recall 7/14 (reprint years, "esp.", "8n12", a letter "Stalin to Molotov",
# "see, e.g.," and "For Getty," were then unknown forms).
JOURNAL = """Policing and the mass operations, 1937–38

The mass operations of 1937–38 (the "kulak" and "national" operations) have been studied mainly from the centre
⟦(Hagenloh 2009|Hagenloh|2009|⟧; ⟦Shearer 2009)|Shearer|2009|⟧. Order 00447 set limits by region (Figure 2), and local
NKVD chiefs asked for more ⟦(Khlevniuk 2009, esp. 140–7)|Khlevniuk|2009|esp. 140–7⟧. ⟦As Lewin (1985) famously put it|Lewin|1985|⟧, the
system ran on "campaigns". ⟦Graziosi (1996: 12–15)|Graziosi|1996|12–15⟧ and ⟦Viola (2007) both stress|Viola|2007|⟧ the continuity
with the dekulakisation of 1930 ⟦(see, e.g., Harris 2013)|Harris|2013|⟧.

In the sample of 1,204 case files (n = 1,204), 61 percent of victims had a prior conviction ⟦(Getty 1985, 8n12)|Getty|1985|8n12⟧.
The instruction to "finish off" the enemies (emphasis added) came from Moscow ⟦(Stalin to Molotov, 1930)|Stalin|1930|⟧, a
letter first published in 1995 ⟦(Lih, Naumov and Khlevniuk 1995, 200)|Lih, Naumov and Khlevniuk|1995|200⟧. ⟦For Getty|Getty||⟧, the purges were
the work of a weak centre; in Kotkin's reading they were the work of a strong one ⟦(Kotkin 2017, 305)|Kotkin|2017|305⟧.
Conquest's classic account ⟦(Conquest 1968/1990, 45)|Conquest|1968/1990|45⟧ and Werth's survey ⟦(Werth 2003 [1997])|Werth|2003|⟧ remain the
starting points; the CPSU (Communist Party of the Soviet Union) itself published nothing until 1989 (first
published 1936; trans. Max Hayward).
"""
