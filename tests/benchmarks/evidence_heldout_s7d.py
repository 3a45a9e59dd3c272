# ruff: noqa: E501 -- the texts keep their lines whole, as a web page, a word processor or an OCR gives them.
"""The fourth held-out set of round 7 (issue 16), written and labelled by hand after the corrections made
from s7c and BEFORE any run on it: the last unseen figure of the round. A scholarly article with a block
quotation and citations, a wire report, an encyclopedia page on an event, a German newspaper paragraph
with „ “, and a collection of letters. Invented texts in our own words: no corpus file is copied. Format
and labelling decisions as in evidence_heldout_s4.py; measured by measure_evidence_s7.py.
"""

from __future__ import annotations

Label = tuple[str, str, str | None]

# 1. A scholarly article: a block quotation with an attribution line, narrative and bracket citations.
ARTICLE = """\
The language of the kolkhoz meeting

Collective farm meetings produced a distinctive kind of speech. Peasants learned to speak "Bolshevik", as ⟦Kotkin (1995)|Kotkin|1995|⟧ put it of the workers of Magnitogorsk, but they also bent the official language to their own ends. A complaint from a kolkhoz in the Voronezh region, preserved in the regional archive, shows how:

We are not against the collective farm, we are for it with all our hearts. But the chairman Zotov drinks and gives the best land to his relatives, and this is not Soviet power but the old landlord in a new cap.

— letter of kolkhozniks of the "Path to Socialism" kolkhoz, 1936

Such letters, ⟦Fitzpatrick argues|Fitzpatrick||⟧, were a form of "speaking the regime's language back to it" ⟦(Fitzpatrick 1994, 256)|Fitzpatrick|1994|256⟧. ⟦Viola (1996)|Viola|1996|⟧ is more sceptical: she sees in them "the tactics of the weak rather than belief".
"""
ARTICLE_LABELS: list[Label] = [
    ('"Bolshevik"', "scare", None),
    ("We are not against the collective farm", "block", "kolkhozniks|letter"),
    ('"Path to Socialism"', "scare", None),
    ('"speaking the regime', "real", "Fitzpatrick"),
    ('"the tactics of the weak', "real", "Viola"),
]

# 2. A wire report: a regional governor, a priest, an activist group's statement, relatives.
WIRE = """\
Mass grave found at former NKVD firing range near Tomsk

TOMSK, Aug 19 (AP) - Volunteers searching a forest near Tomsk have found the remains of at least 40 people believed to have been shot by the NKVD in 1937 and 1938, the regional governor's office said on Friday.

Governor Vladimir Mazur said the site would be protected and that the remains would be "reburied with dignity". He did not say whether the authorities would try to identify the victims.

Father Mikhail Sokolov, an Orthodox priest who leads the volunteer group, said the search had taken six years. "Every bone here had a name once. Our task is to give the names back," he said. The group's coordinator, Olga Vasilyeva, told AP that relatives of more than 200 people had already contacted them.

The regional branch of the Memorial society, which was dissolved by a court in 2021, said in a statement posted by its former members that the find was "one more proof that the archives must be opened".
"""
WIRE_LABELS: list[Label] = [
    ('"reburied with dignity"', "real", "Vladimir Mazur|Mazur"),
    ('"Every bone here had a name', "real", "Mikhail Sokolov|Sokolov"),
    ('"one more proof', "real", "Memorial|branch|Memorial society"),
]

# 3. An encyclopedia page on an event: an order quoted, a participant's memoir, a later verdict.
ENCYCLOPEDIA = """\
Novocherkassk massacre

The Novocherkassk massacre was the shooting of striking workers in the city of Novocherkassk, in the Rostov region of the Soviet Union, on 2 June 1962.

Background

On 1 June 1962 the government announced price rises of up to 35 per cent for meat and butter. On the same day the management of the Novocherkassk Electric Locomotive Plant raised the production norms. When workers complained, the plant director, Boris Kurochkin, is reported to have told them: "If there is not enough money for meat, eat pies with liver." The remark spread through the plant within hours.

Events

The next morning thousands of workers marched to the city centre carrying portraits of Lenin. Troops opened fire near the city party committee building. Pyotr Siuda, one of the strike leaders, later wrote that the square was "covered in blood, and the fire engines washed it away by evening". Official figures, published only in 1992, gave 26 dead.

Legacy

In 1992 the Russian Prosecutor General's Office described the shooting as "an unjustified use of weapons against citizens".
"""
ENCYCLOPEDIA_LABELS: list[Label] = [
    ('"If there is not enough money', "real", "Boris Kurochkin|Kurochkin"),
    ('"covered in blood', "real", "Pyotr Siuda|Siuda"),
    ('"an unjustified use of weapons', "real", "Prosecutor General's Office|Office|Prosecutor General"),
]

# 4. A German newspaper paragraph with „ “: a historian, a minister, a museum director.
GERMAN = """\
Die Historikerin Irina Scherbakowa nannte die Auflösung von Memorial „einen Angriff auf das Gedächtnis des ganzen Landes“. Kulturstaatsministerin Claudia Roth sprach von einem „schwarzen Tag für die Zivilgesellschaft“. Der Direktor des Gulag-Museums in Moskau, Roman Romanow, sagte dagegen, sein Haus werde „weiterarbeiten, solange es möglich ist“.
"""
GERMAN_LABELS: list[Label] = [
    ("„einen Angriff auf das", "real", "Irina Scherbakowa|Scherbakowa"),
    ("„schwarzen Tag für", "real", "Claudia Roth|Roth"),
    ("„weiterarbeiten, solange", "real", "Roman Romanow|Romanow"),
]

# 5. A collection of letters: an exile writing to his wife, the editor's comments, a censor's note.
LETTERS = """\
Letters from Vorkuta, 1950–1954 (edited by the writer's grandson)

The first letter reached the family in March 1950. My grandfather, Lev Aronovich Gurvich, wrote it in pencil on both sides of a single sheet. It opens: "My dear Sonechka, I am alive and working in my profession, as an engineer. Do not send money, send onions and garlic."

Every letter passed through the camp censor. On one of them the censor has written across the top in red ink: "Permitted."

My grandmother kept the letters in a biscuit tin. When I asked her once why she had never shown them to anyone, she said: "They were written to me."
"""
LETTERS_LABELS: list[Label] = [
    ('"My dear Sonechka', "real", "Lev Aronovich Gurvich|Gurvich|grandfather"),
    ('"Permitted."', "real", "censor|the censor"),
    ('"They were written to me."', "real", "grandmother|My grandmother"),
]

SET_S7D: dict[str, tuple[str, list[Label]]] = {
    "article": (ARTICLE, ARTICLE_LABELS),
    "wire": (WIRE, WIRE_LABELS),
    "encyclopedia": (ENCYCLOPEDIA, ENCYCLOPEDIA_LABELS),
    "German": (GERMAN, GERMAN_LABELS),
    "letters": (LETTERS, LETTERS_LABELS),
}
