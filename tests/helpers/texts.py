"""Sample texts written for the tests (invented; no real documents are needed by any test)."""

ENGLISH = (
    "The district committee met on 14 March 1930 to discuss the spring sowing campaign.\n"
    "According to the secretary's report, forty-two households had joined the collective farm,\n"
    "while eleven families described as kulaks were deported beyond the Urals.\n\n"
    "A teacher who attended the meeting later wrote that nobody dared to object.\n"
)

# Russian prose long enough for encoding detection to tell cp1251 from KOI8-R.
RUSSIAN = (
    "Заседание районного комитета состоялось четырнадцатого марта тысяча девятьсот тридцатого года. "
    "По словам секретаря, сорок две семьи вступили в колхоз, а одиннадцать семей, названных кулацкими, "
    "были высланы за Урал. Учительница, присутствовавшая на собрании, позднее писала, что никто не "
    "решился возразить. Хлебозаготовки шли медленно, и уполномоченные из города требовали новых списков.\n"
)

# Western European text with characters that differ between cp1252 and latin-1 only where cp1252
# has its extra punctuation (curly quotes, dashes, the euro sign).
FRENCH_CP1252 = (
    "Le comité du district s’est réuni le 14 mars 1930 — « une réunion décisive », écrivait l’instituteur. "
    "Les paysans étaient réticents ; la collectivisation avançait lentement, malgré les pressions.\n"
)
GERMAN_LATIN1 = (
    "Die Versammlung des Bezirkskomitees fand am 14. März 1930 statt. Laut dem Bericht des Sekretärs "
    "waren zweiundvierzig Haushalte der Kolchose beigetreten; elf Familien, als Kulaken bezeichnet, "
    "wurden über den Ural hinaus deportiert. "
    "Ein Lehrer schrieb später, niemand habe gewagt zu widersprechen.\n"
)

# Minutes hard-wrapped at about 66 characters, one paragraph: what an older import kept line by line.
WRAPPED_MINUTES = (
    "\n".join(
        [
            "The district committee met on the fourteenth of March to discuss",
            "the spring sowing campaign, and the secretary read out the",
            "instructions that had arrived from the regional centre the night",
            "before. Nobody in the room doubted that the quota was impossible,",
            "and the chairman said so aloud while the teacher wrote it down in",
            "the minutes, although he was told afterwards to strike it out",
            "again. By the end of the month forty-two households had joined",
            "the collective farm, while eleven families were deported beyond",
            "the Urals with whatever they could carry on one cart to the train.",
        ]
    )
    + "\n"
)
