"""Hand-labelled texts for the structure detectors: every call is written ⟦54⟧ where it stands.

``gold(template)`` removes the brackets and says where each labelled call is, so a test compares what the
detector finds with what a reader sees, call by call. The texts are invented (no corpus file is copied) and
hold every kind of number that is *not* a call next to the calls: years, decimals, quantities, ranges,
ordinals, article and section numbers, list numbers, running heads, times, money, percentages.
"""

from __future__ import annotations

import re

_LABELLED = re.compile(r"⟦(.+?)⟧")


def gold(template: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without the ⟦⟧ brackets, and each labelled call as (start, end, text)."""
    parts, calls, offset, last = [], [], 0, 0
    for match in _LABELLED.finditer(template):
        parts.append(template[last : match.start()])
        offset += match.start() - last
        inner = match.group(1)
        calls.append((offset, offset + len(inner), inner))
        parts.append(inner)
        offset += len(inner)
        last = match.end()
    parts.append(template[last:])
    return "".join(parts), calls


# A chapter of a monograph as a PDF or e-book gives it: calls glued to words and punctuation, a year
# followed by its call, superscripts, page heads left between two halves of a sentence, and the notes.
CHAPTER = """\
CHAPTER SIX
The politics of Stalinism

When the Central Committee met in November 1928 few of its members expected the countryside to \
be the battlefield of the next decade. The grain procurements of 1927–28 had fallen short by some \
2.5 million tons, and the 15th Party Congress had spoken of voluntary cooperation.⟦1⟧ Within \
eighteen months the leadership was committed to the wholesale collectivisation of agriculture,⟦2⟧ \
and by March 1930 over 55 per cent of peasant households had been herded into kolkhozes.⟦3⟧

The turn has been explained in three ways. Some historians stress ideology;⟦4⟧ others the \
pressure of the war scare of 1927,⟦5⟧ and others again the sheer momentum of the procurement \
crisis, which by the winter had become a matter of bread in the towns.⟦6⟧ None of these accounts \
is wrong, but none explains why the decisions of 1929 were taken so quickly, or why they were \
pushed so far beyond what the Five-Year Plan had asked for (1928–33).⟦7⟧

The Urals–Siberian method

Stalin's journey to Siberia in January 1928 is the usual starting point.⟦8⟧ At Novosibirsk he \
told local officials that kulaks who refused to sell should be tried under Article 107 of the \
Criminal Code, an article written against speculators, and that a quarter of the confiscated grain \
should go to the poor peasants who denounced them.⟦9⟧ The method was applied in the spring to the \
Urals and the Volga,⟦10⟧ and by the summer of 1928 some 1.25 million poods had been seized under \
it.⟦11⟧ Officials who hesitated were removed: the first secretary of one okrug was dismissed on \
4 March at 10.30 p.m. after a telephone call from Moscow that lasted, by his own account, 40 \
minutes.⟦12⟧

The "extraordinary measures" were meant to be temporary. Rykov called them "a single \
operation";⟦13⟧ Bukharin, in his "Notes of an Economist", warned that they would become a \
system.⟦14⟧ In this he was right. The measures were renewed in 1929,⟦15⟧ extended to the \
Ukraine and the North Caucasus,⟦16⟧ and made permanent in all but name by the law of \
28 June 1929 (§ 2 and § 3).⟦17⟧

184 STALINIST SOCIALISM

The procurement campaign of the autumn of 1929 was the most violent yet.⟦18⟧ Brigades of \
workers from the towns, the famous "twenty-five thousanders",⟦19⟧ were sent into the villages with

THE GREAT TURN 185

instructions to meet the plan "at any cost".⟦20⟧ They were paid 2.50 roubles a day,⟦21⟧ rather \
less than a skilled worker at the Putilov plant, and many of them had never seen a village.⟦22⟧ \
One of them wrote home that the peasants "look at us as at the Tatars",⟦23⟧ another that he had \
been beaten twice in a week.⟦24⟧

The great turn

The decision to collectivise "in the main" within the plan period was announced in Stalin's \
article of 7 November 1929, "The Year of the Great Turn".⟦25⟧ It was followed on 5 January 1930 \
by the decree of the Central Committee on the tempo of collectivisation,⟦26⟧ which divided the \
country into three zones.⟦27⟧ The main grain regions were to finish by the autumn of 1930 or \
at the latest the spring of 1931; the rest by 1932 or 1933.⟦28⟧ What followed was worse than \
anything the decree's authors had imagined:⟦29⟧ local officials, competing for the \
highest percentages,⟦30⟧ reported 50.3 per cent of households collectivised by 1 March \
1930.⟦31⟧ In some districts the figure reached 90%.⟦32⟧

The dekulakisation that went with it was governed by the Politburo commission's instructions,⟦33⟧ \
which sorted the kulaks into three categories:

1. the "counter-revolutionary aktiv", to be shot or sent to camps;
2. the rich kulaks, to be deported to remote regions;
3. the rest, to be resettled on poor land within their own district.

The quota for the first category was 60,000 households,⟦34⟧ for the second 150,000.⟦35⟧ \
These figures were exceeded within weeks.⟦36⟧ Order No. 44/21 of the OGPU, issued on \
2 February 1930,⟦37⟧ laid down how the operation was to be carried out;⟦38⟧ its second part \
(the deportations to the North, to Siberia and to Kazakhstan) was still under way in the 1931 \
season.⟦39⟧

The retreat that was not one

By the end of February the leadership had reason to fear a war in the countryside.⟦40⟧ \
There were over 1,300 peasant disturbances in January alone,⟦41⟧ and the figure for the first \
quarter of 1930 was 13,754.⟦42⟧ Stalin's article "Dizzy with Success" appeared on 2 March.⟦43⟧ \
It blamed local officials for "excesses" and allowed peasants to leave the kolkhozes,⟦44⟧ and \
leave they did: the share of collectivised households fell to 21 per cent by August \
1930.⟦45⟧ But the retreat was a pause, not a change of course.⟦46⟧ The second wave began in the \
autumn,⟦47⟧ and by 1937 some 93 per cent of households were in the kolkhozes.⟦48⟧

The cost

No one has counted the cost with any precision, and it is doubtful that anyone ever will.⟦49⟧ \
Livestock numbers tell part of the story: the number of horses fell from 32.1 million in 1929 to \
14.9 million in 1934, of cattle from 60.1 to 33.5 million.⟦50⟧ The famine of 1932–33 killed \
between five and seven million people,⟦51⟧ most of them in the Ukraine and Kazakhstan.⟦52⟧ The \
regime's own figures, kept secret until the 1990s,⟦53⟧ record 1,803,392 people deported as \
kulaks in 1930–31 alone.⟦54⟧ The survivors were sent to "special settlements",⟦55⟧ of which \
there were over 2,000 by 1932; some 0.5 per cent of their inhabitants died each month of the \
first winter,⟦56⟧ a rate that the camp administration's own report for 1933 called \
"unacceptable".⟦57⟧

What the collectivisation achieved is less clear than what it cost. The state took a larger \
share of a smaller harvest:⟦58⟧ grain procurements rose from 10.8 million tons in 1928–29 to \
22.8 million in 1931–32,⟦59⟧ while the harvest itself fell.⟦60⟧ The kolkhoz, "a form \
of serfdom" in the peasants' own words,⟦61⟧ survived until 1991.⟦62⟧

Notes

1. On the 15th Congress see R. W. Davies, The Socialist Offensive (London, 1980), pp.12–14.
2. Davies, Socialist Offensive, 147–9; Lewin, Russian Peasants, 412.
3. Ibid.,45.
4. For this view see M. Malia, The Soviet Tragedy (New York, 1994), ch.6.
5. On the war scare, Sontag, Russian Review 34 (1975), 66–77.
6. Carr and Davies, Foundations, vol.1, 57.
7 The plan was adopted in its "optimal" variant in April 1929.
8. Hughes, Stalin, Siberia and the Crisis of the New Economic Policy (Cambridge, 1991), 128.
9. Ibid., 130–2.
10. Hughes, Stalinism in a Russian Province (Basingstoke, 1996), 41.
11. One pood is 16.38 kg.
12. Fitzpatrick, Stalin's Peasants, 52.
13. Quoted in Cohen, Bukharin (1973), 286.
14. Pravda, 30 September 1928.
15. Davies, Socialist Offensive, 56.
16. Ibid., 58–60.
17. Sobranie zakonov, 1929, No. 41, art. 365.
18. Viola, The Best Sons of the Fatherland (1987), 22.
19. Ibid., 14.
20. Ibid., 89.
21. Ibid., 36.
22. Ibid., 41.
23. Ibid., 112.
24. Ibid., 113.
25. Pravda, 7 November 1929.
26. KPSS v rezolyutsiyakh, vol. 4, 383–6.
27. Ibid.
28. Ibid., 384.
29. Davies, Socialist Offensive, 203.
30. Ibid., 205.
31. Ibid., 442.
32. Ibid., 443.
33. Tragediya sovetskoi derevni, vol. 2 (2000), 126–30.
34. Ibid., 127.
35. Ibid.
36. Viola, Peasant Rebels under Stalin (1996), 32.
37. Tragediya, vol. 2, 163–7.
38. Ibid., 164.
39. Viola, The Unknown Gulag (2007), 31.
40. Viola, Peasant Rebels, 136.
41. Ibid., 138.
42. Ibid., 140.
43. Pravda, 2 March 1930.
44. Ibid.
45. Davies, Socialist Offensive, 442.
46. Ibid., 310.
47. Davies, The Soviet Collective Farm (1980), 1.
48. Ibid., 3.
49. Conquest, The Harvest of Sorrow (1986), 299–307.
50. Davies and Wheatcroft, The Years of Hunger (2004), 448.
51. Ibid., 415.
52. Ibid., 401.
53. Zemskov, Sotsiologicheskie issledovaniya, no. 11 (1990), 3.
54. Ibid., 3–4.
55. Viola, Unknown Gulag, 2.
56. Ibid., 134.
57. Ibid., 135.
58. Davies and Wheatcroft, Years of Hunger, 445.
59. Ibid.
60. Ibid., 446.
61. Fitzpatrick, Stalin's Peasants, 67.
62. Ibid., 318.
"""

# A later chapter of a book that numbers its calls on from chapter to chapter (49 to 85), extracted without
# its notes: runs of calls after years and decimals with nothing but the sequence to tell them, a call glued
# straight to a year ("192878": a superscript that lost its raise), and page heads with page numbers.
CHAPTER_FOUR = """\
4
The Great Break

The year 1929 has been called the year of the great break.⟦49⟧ It was also, in Bukharin's phrase, \
the year of 'military-feudal exploitation'.⟦50⟧ Neither description is adequate. In the twelve months \
from October 1928 industrial output rose by some 20 per cent,⟦51⟧ while real wages fell by about a \
tenth;⟦52⟧ the number of workers grew from 11.3 to 12.2 million,⟦53⟧ and in the Donbass alone 2,400 \
new miners were hired each month.⟦54⟧ Was this a plan at all?⟦55⟧ Gosplan's economists doubted it!⟦56⟧ \
Strumilin wrote that "the plan is not a forecast but a directive"…⟦57⟧ and he was right [sic].⟦58⟧

On 3 June 1929 the Politburo met at 11.00 a.m. (Protocol No. 84, item 7).⟦59⟧ Molotov spoke for \
forty minutes; Kuibyshev for twenty.⟦60⟧ The decision was taken unanimously (c. 1929–30 figures \
were revised in 1931).⟦61⟧ Of the 1,500 delegates to the Sixteenth Congress in 1930,⟦62⟧ fewer than \
10% had joined before 1917.⟦63⟧

112 THE STALIN REVOLUTION

The first Five-Year Plan, adopted in its optimal variant in April 1929,⟦64⟧ called for a rise in \
output of 180 per cent.⟦65⟧ Later revisions raised this to 236%.⟦66⟧ Pig-iron was to reach 10 \
million tons by 1932, then 17 million;⟦67⟧ tractors 55,000, then 170,000.⟦68⟧ As one official wrote \
in 1930: "Tempo decides everything."⟦69⟧ The country was "to catch up and overtake" in ten years \
(Stalin, Works, vol. 13, p. 41).⟦70⟧

The workers who built the new plants lived in barracks and dug-outs.⟦71⟧ At Magnitogorsk, where \
the blast furnaces were lit on 1 February 1932,⟦72⟧ some 250,000 people lived in 1933,⟦73⟧ \
most of them peasants who had fled the villages in 1930–31.⟦74⟧ Turnover was enormous: in 1930 \
the average worker changed jobs 1.5 times.⟦75⟧ The labour code of 15 November 1932 allowed \
dismissal for a single day's absence;⟦76⟧ the internal passport followed on 27 December.⟦77⟧

THE GREAT BREAK 113

Those who fell behind were blamed. The Shakhty trial of 1928⟦78⟧ was followed by the "Industrial \
Party" trial of November–December 1930⟦79⟧ and the Menshevik trial of March 1931.⟦80⟧ In each, \
the defendants confessed to crimes they could not have committed.⟦81⟧ Stalin told the managers in \
February 1931 that "there are no fortresses which Bolsheviks cannot storm".⟦82⟧ By 1933, the \
number of engineers had risen from 47,000 to 88,000.⟦83⟧ The 'bourgeois specialists' were \
replaced by vydvizhentsy — promoted workers.⟦84⟧ About 140,000 of them had passed through higher \
education by 1933.⟦85⟧
"""

# Forms a chapter extracted without its notes shows: superscripts, a call straight after a word, calls
# after closing quotes without a stop, and non-calls around them. Calls run from 101 (a later chapter).
CALL_FORMS = """\
Few regimes have let such institutions flourish.⟦101⟧ The commissariat spoke of "planned \
quantities”.⟦102⟧ and asked the provinces for "guidance”⟦103⟧ on the matter. The returns for \
1930.⟦104⟧ The same returns showed the harvest of 1931 was worse. In Germany;⟦105⟧ things went \
otherwise, and the debate (which went on).⟦106⟧ Nobody was safe in the whirlwind of terror.⟦107⟧ \
The purges took the army as well⟦¹⁰⁸⟧ and the navy⟦¹⁰⁹⟧ with it, and the Comintern⟦110⟧ in the end. \
The T-34 tank, the Il-2 and the 3rd Army were spared; so was Article 58 and its § 2. At 4:15 \
on 12.3.1937 the NKVD had 2,000 men at its disposal, paid $2.50 a day (42% more than in 1936), \
and Order No. 7 was read out. The building covered 400 km² and the 1930s ended.⟦111⟧
"""

# A saved encyclopedia page holding two articles, as the HTML importer writes it: bracketed marks glued
# to words and punctuation, cited again later, explanatory notes [a], an editorial tag, and each
# article's references as a bulleted list of "^" items under "References".
ENCYCLOPEDIA = """\
Great Purge

The Great Purge was a campaign of political repression in the Soviet Union which occurred from 1936 \
to 1938.⟦[1]⟧⟦[2]⟧ It involved a large-scale purge of the Communist Party and government officials,\
⟦[3]⟧ repression of peasants,⟦[a]⟧ and the arrest of Red Army leaders.⟦[4]⟧ Estimates of deaths \
range from 680,000 to 1.2 million.⟦[5]⟧⟦[6]⟧ The term "great purge" [sic] was popularised by \
Robert Conquest in 1968.⟦[1]⟧ The campaign was directed by the NKVD under Nikolai Yezhov⟦[7]⟧ \
and later by Lavrentiy Beria.⟦[8]⟧⟦[citation needed]⟧ Order No. 00447 of 30 July 1937 set \
quotas for each region;⟦[9]⟧ the [1937] edition of the Criminal Code was used against \
"counter-revolutionaries"⟦[b]⟧ under Article 58.⟦[10]⟧ As one official put it, "[i]t was \
simpler to arrest".⟦[4]⟧

Notes

- ^ Peasants were targeted mainly under Order No. 00447.
- ^ The article had fourteen sections.

References

- ^ a b Conquest, Robert (1968). The Great Terror. Macmillan.
- ^ Getty, J. Arch (1985). Origins of the Great Purges. Cambridge University Press.
- ^ Khlevniuk, Oleg (2004). The History of the Gulag. Yale University Press.
- ^ a b Ellman, Michael (2002). "Soviet Repression Statistics". Europe-Asia Studies. 54 (7): 1151–1172.
- ^ Wheatcroft, Stephen (1996). "The Scale and Nature of German and Soviet Repression". Europe-Asia Studies.
- ^ Snyder, Timothy (2010). Bloodlands. Basic Books. p. 101.
- ^ Jansen, Marc; Petrov, Nikita (2002). Stalin's Loyal Executioner. Hoover Press.
- ^ Knight, Amy (1993). Beria: Stalin's First Lieutenant. Princeton University Press.
- ^ Binner, Rolf; Junge, Marc (2001). "Wie der Terror 'Gross' wurde". Cahiers du monde russe.
- ^ Solomon, Peter (1996). Soviet Criminal Justice under Stalin. Cambridge University Press.

Moscow Trials

The Moscow Trials were a series of show trials held between 1936 and 1938.⟦[1]⟧ The defendants \
were Old Bolsheviks,⟦[2]⟧ most of whom confessed.⟦[3]⟧ The first trial, in August 1936, tried \
16 members of the "Trotskyite–Zinovievite Terrorist Centre".⟦[2]⟧ Vyshinsky asked for the death \
penalty for all of them.⟦[4]⟧

References

- ^ Conquest, The Great Terror, p. 85.
- ^ a b Getty and Naumov (1999). The Road to Terror. Yale University Press.
- ^ Rogovin, Vadim (1998). 1937. Mehring Books.
- ^ Vaksberg, Arkady (1991). Stalin's Prosecutor. Grove Weidenfeld.
"""
