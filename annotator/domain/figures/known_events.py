"""Well-known events of modern and early-modern history with their standard years, as data.

Why a table: a text that says "veterans of the Korean War" or "during the Crimean War" assumes its reader
knows when that was; the sentence holds no years, so the figure's period is world knowledge, not reading.
The detector uses this table only where the text does not date the event itself (a text's own "the Korean
War (1950–1953)" or "the Crimean War of 1853–56" wins, see ``numbers.events``), and only for names that mean
one event: "the Civil War", "the Revolution", "the war", "the Great Famine" or "the Boer War" name several
and are not here; nor are trials and conferences, where figures about another time are told ("At the
Nuremberg trials the prosecution gave 632,000 dead" is of the siege, not of 1945). Names the tool already
knows in ``text._NAMED`` (the Second World War, the Great Depression, the Russian Civil War, the Great
Terror, the Holodomor, the NEP) are not repeated.

Years are those of the English Wikipedia article on each event (its infobox span), the convention of the
figure labels since session 10 (fig17r: the Korean War 1950–1953, the Vietnam War 1955–1975).
"""

from __future__ import annotations

import re

# (first year, last year, names): a name is written as plain words; a space also matches a line break, a
# hyphen also an en dash or a space, an apostrophe is optional ("Thirty Years War"), and a first capital
# also matches lower case in Russian names only (written with their stems, "[Кк]рымск\w+ войн\w+").
_EVENTS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    # early modern
    (1346, 1353, ("Black Death",)),
    (1568, 1648, ("Eighty Years' War",)),
    (1618, 1648, ("Thirty Years' War",)),
    (1642, 1651, ("English Civil War", "English Civil Wars")),
    (1665, 1666, ("Great Plague of London",)),
    (1666, 1666, ("Great Fire of London",)),
    (1688, 1689, ("Glorious Revolution",)),
    (1700, 1721, ("Great Northern War",)),
    (1701, 1714, ("War of the Spanish Succession",)),
    (1740, 1748, ("War of the Austrian Succession",)),
    (1754, 1763, ("French and Indian War",)),
    (1756, 1763, ("Seven Years' War",)),
    (1773, 1775, ("Pugachev's Rebellion", "Pugachev Rebellion")),
    (1775, 1783, ("American Revolutionary War", "American War of Independence")),
    (1789, 1799, ("French Revolution",)),
    (1792, 1802, ("French Revolutionary Wars",)),
    (1803, 1815, ("Napoleonic Wars",)),
    (1812, 1812, ("French invasion of Russia", "Battle of Borodino")),
    (1815, 1815, ("Battle of Waterloo",)),
    # nineteenth century
    (1821, 1829, ("Greek War of Independence",)),
    (1825, 1825, ("Decembrist revolt", "Decembrist Revolt", "Decembrist uprising")),
    (1845, 1852, ("Irish Famine", "Irish famine", "Irish Potato Famine", "Great Irish Famine")),
    (1846, 1848, ("Mexican-American War",)),
    (1850, 1864, ("Taiping Rebellion",)),
    (1853, 1856, ("Crimean War",)),
    (1857, 1858, ("Indian Rebellion", "Indian Mutiny", "Sepoy Mutiny")),
    (1861, 1865, ("American Civil War",)),
    (1863, 1863, ("Battle of Gettysburg",)),
    (1861, 1861, ("emancipation of the serfs", "Emancipation reform", "Emancipation Reform")),
    (1868, 1868, ("Meiji Restoration",)),
    (1870, 1871, ("Franco-Prussian War",)),
    (1871, 1871, ("Paris Commune",)),
    (1880, 1881, ("First Boer War",)),
    (1898, 1898, ("Spanish-American War",)),
    (1899, 1901, ("Boxer Rebellion", "Boxer Uprising")),
    (1899, 1902, ("Second Boer War", "South African War", "Philippine-American War")),
    (1904, 1905, ("Russo-Japanese War",)),
    # twentieth century
    (1912, 1913, ("Balkan Wars",)),
    (1914, 1918, ("First World War", "World War I", "World War One", "WWI", "Great War")),
    (1916, 1916, ("Battle of the Somme", "Battle of Verdun", "Battle of Jutland", "Easter Rising")),
    (1917, 1917, ("Russian Revolution", "February Revolution", "October Revolution")),
    (1918, 1920, ("Spanish flu", "Spanish Flu", "Spanish influenza")),
    (1918, 1918, ("Finnish Civil War",)),
    (1919, 1921, ("Polish-Soviet War", "Irish War of Independence")),
    (1922, 1923, ("Irish Civil War",)),
    (1933, 1939, ("New Deal",)),
    (1936, 1939, ("Spanish Civil War",)),
    (1937, 1945, ("Second Sino-Japanese War",)),
    (1939, 1940, ("Winter War",)),
    (1940, 1940, ("Battle of Britain",)),
    (1941, 1944, ("Continuation War", "Siege of Leningrad")),
    (1941, 1945, ("Holocaust",)),
    (1941, 1941, ("attack on Pearl Harbor",)),
    (1942, 1943, ("Battle of Stalingrad",)),
    (1944, 1944, ("D-Day",)),
    (1946, 1949, ("Greek Civil War",)),
    (1946, 1954, ("First Indochina War",)),
    (1947, 1947, ("partition of India", "Partition of India")),
    (1947, 1991, ("Cold War",)),
    (1948, 1949, ("Berlin Blockade", "Berlin blockade", "Berlin Airlift", "Berlin airlift")),
    (1950, 1953, ("Korean War",)),
    (1954, 1962, ("Algerian War", "Algerian War of Independence")),
    (1955, 1975, ("Vietnam War", "Second Indochina War")),
    (1956, 1956, ("Hungarian Revolution", "Hungarian uprising", "Suez Crisis")),
    (1958, 1962, ("Great Leap Forward",)),
    (1959, 1961, ("Great Chinese Famine",)),
    (1961, 1961, ("Bay of Pigs invasion", "Bay of Pigs Invasion")),
    (1962, 1962, ("Cuban Missile Crisis", "Cuban missile crisis")),
    (1966, 1976, ("Cultural Revolution",)),
    (1967, 1967, ("Six-Day War",)),
    (1968, 1968, ("Prague Spring",)),
    (1973, 1973, ("Yom Kippur War",)),
    (1975, 1979, ("Cambodian genocide",)),
    (1979, 1989, ("Soviet-Afghan War", "Soviet war in Afghanistan")),
    (1980, 1988, ("Iran-Iraq War",)),
    (1982, 1982, ("Falklands War",)),
    (1986, 1986, ("Chernobyl disaster",)),
    (1989, 1989, ("fall of the Berlin Wall", "Fall of the Berlin Wall")),
    (1990, 1991, ("Gulf War", "Persian Gulf War", "First Gulf War")),
    (1991, 1991, ("dissolution of the Soviet Union", "collapse of the Soviet Union")),
    (1992, 1995, ("Bosnian War",)),
    (1994, 1994, ("Rwandan genocide",)),
    (1998, 1999, ("Kosovo War",)),
    (2003, 2011, ("Iraq War",)),
    # Russian names, by their stems (every case of the noun)
    (1853, 1856, (r"[Кк]рымск\w+ войн\w+",)),
    (1904, 1905, (r"[Рр]усско-японск\w+ войн\w+",)),
    (1914, 1918, (r"Перв\w+ миров\w+ войн\w+",)),
    (1917, 1917, (r"Октябрьск\w+ революц\w+", r"Февральск\w+ революц\w+")),
    (1939, 1940, (r"[Зз]имн\w+ войн\w+", r"[Сс]оветско-финск\w+ войн\w+")),
    (1950, 1953, (r"[Кк]орейск\w+ войн\w+",)),
    (1958, 1962, (r"Больш\w+ скач\w+",)),
    (1962, 1962, (r"Карибск\w+ кризис\w*",)),
    (1966, 1976, (r"[Кк]ультурн\w+ революц\w+",)),
    (1979, 1989, (r"[Аа]фганск\w+ войн\w+",)),
)


# Head nouns of the names that may be written in lower case
_HEADS = frozenset(
    {"War", "Wars", "Revolution", "Rebellion", "Crisis", "Famine", "Uprising", "Mutiny", "Blockade"}
)


def _name_pattern(name: str) -> str:
    """A table name as a pattern: Russian names are patterns already; English words are literal."""
    if re.search(r"[А-Яа-я]", name):
        return name.replace(" ", r"\s+")
    out = []
    parts = re.split(r"([ '’-])", name)
    if parts[-1] in _HEADS and len(parts) > 1:
        # (journalism writes the head noun in lower case: "the Korean war", "the Cultural revolution")
        parts[-1] = f"[{parts[-1][0]}{parts[-1][0].lower()}]{parts[-1][1:]}"
        tail = parts.pop()
    else:
        tail = ""
    for part in parts:
        if part == " ":
            out.append(r"\s+")
        elif part in ("'", "’"):
            out.append(r"['’]?")
        elif part == "-":
            out.append(r"[-–—\s]")
        else:
            out.append(re.escape(part))
    return "".join(out) + tail


# One compiled alternation of every name, longest first within an event, with a named group per event: a
# text is read once, and the group a match took gives its years (no loop of searches).
KNOWN_EVENT = re.compile(
    "|".join(
        rf"(?P<e{i}>{'|'.join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))})"
        for i, (_, _, names) in enumerate(_EVENTS)
    ).join((r"(?<![\w-])(?:", r")(?![\w-])"))
)


# The words a name can begin with (lower case), and the first four letters of a Russian name's stem: the
# pattern is tried only at those words, as text.scan does for the named periods (an alternation of a hundred
# names tried at every position of a book costs most of a second)
_STARTS = frozenset(
    re.match(r"[^\W\d_]+", name).group().lower()  # type: ignore[union-attr]
    for _, _, names in _EVENTS for name in names if not re.search(r"[А-Яа-я]", name)
)
_RU_STARTS = frozenset(
    re.sub(r"^\[(.).\]", r"\1", name).lower()[:4]
    for _, _, names in _EVENTS for name in names if re.search(r"[А-Яа-я]", name)
)
_WORD = re.compile(r"[^\W\d_]+")


def find_known_events(text: str) -> list[re.Match[str]]:
    """The matches of ``KNOWN_EVENT`` in a text, tried only where a word that can begin a name stands."""
    found: list[re.Match[str]] = []
    last = 0
    for token in _WORD.finditer(text):
        if token.start() < last:
            continue
        word = token.group().lower()
        if word not in _STARTS and word[:4] not in _RU_STARTS:
            continue
        m = KNOWN_EVENT.match(text, token.start())
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def known_event_years(m: re.Match[str]) -> tuple[int, int]:
    """The standard years of the event a match of ``KNOWN_EVENT`` names."""
    first, last, _ = _EVENTS[int(m.lastgroup[1:])] if m.lastgroup else (0, 0, ())
    return first, last
