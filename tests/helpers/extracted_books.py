"""A book as a historian copies it out of a PDF, written for the tests, with the true paragraphs known.

``extracted_book()`` lays paragraphs of our own prose out as printed lines whose width varies as a
proportional font's does (58–72 characters), with a blank line between paragraphs, running heads at the
top of every page ("184 STALINIST SOCIALISM" / "THE POLITICS OF STALINISM 185") with blank lines around
them, some breaking a sentence in two, note calls glued to words, real compounds broken at their hyphen at
a line end, and a heading, a list, a table and verse that must stay line by line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SENTENCES = [
    "The district committee met in the old school on the morning after the first frost.",
    "Its secretary read the instructions from the regional centre aloud, slowly, twice over.",
    "Nobody in the room believed that the grain quota could be met before the roads froze.",
    "The chairman said so, and the schoolteacher wrote his words into the minutes.",
    "Later that week a brigade from the town arrived with lists of households and a cart.",
    "The peasants hid what they could in pits under the floors of their barns.",
    "Some of them sold their cattle at the market rather than hand them to the collective.",
    "The newspaper of the province praised the district for its enthusiasm in the campaign.",
    "In the spring the sowing began late, and the fields by the river were never sown at all.",
    "A letter from the village of Krasnoe described the hunger of the winter in plain words.",
    "Its author, a former soldier, asked the committee why the seed grain had been taken.",
    "The reply, if there was one, has not survived in the archive of the district.",
    "What survives is a report on the mood of the population, written in the summer.",
    "It speaks of rumours, of prayers in the empty church, and of children begging at the station.",
    "The officials who wrote it were careful to blame the kulaks for every difficulty.",
    "Yet the figures in the appendix tell another story about the harvest of that year.",
]

RARE_WORDS = ["requisitioning", "administrative", "correspondence", "denunciation", "agricultural"]
COMPOUNDS = ["wage-labour", "world-outlook", "eight-hour", "half-hearted"]


@dataclass
class ExtractedBook:
    text: str
    paragraphs: list[str]  # the true paragraphs, in order, as the author wrote them
    structure: list[str] = field(default_factory=list)  # lines that must stay lines (heading, list, …)
    heads: list[str] = field(default_factory=list)  # running heads as printed
    first_page: int = 184


def _paragraph(rng: random.Random, index: int) -> str:
    words = " ".join(rng.sample(SENTENCES, rng.randint(3, 6))).split(" ")
    # Note calls glued to words, as PDFs of books print them.
    for k in range(len(words)):
        if words[k].endswith(".") and rng.random() < 0.25:
            words[k] = f"{words[k]}{10 + index}"
    # Real compounds and long words that the layout will break at line ends.
    words.insert(rng.randint(1, len(words) - 1), COMPOUNDS[index % len(COMPOUNDS)])
    words.insert(rng.randint(1, len(words) - 1), RARE_WORDS[index % len(RARE_WORDS)])
    return " ".join(words)


def _lines(paragraph: str, rng: random.Random) -> list[str]:
    """Greedy lines of 58–72 characters; a long word or a compound that does not fit is broken."""
    lines: list[str] = []
    current = ""
    width = rng.randint(58, 72)
    for word in paragraph.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
            continue
        room = width - len(current) - 1
        if "-" in word and len(word.split("-")[0]) + 1 <= room:
            head, tail = word.split("-", 1)
            lines.append(f"{current} {head}-")
            current = tail
        elif len(word) >= 10 and room >= 5:
            cut = min(room - 1, len(word) - 4)
            lines.append(f"{current} {word[:cut]}-")
            current = word[cut:]
        else:
            lines.append(current)
            current = word
        width = rng.randint(58, 72)
    lines.append(current)
    return lines


def extracted_book(
    paragraph_count: int = 40, seed: int = 7, lines_per_page: int = 30, paragraph_gap: bool = True
) -> ExtractedBook:
    """The book; ``paragraph_gap=False`` leaves out the blank lines between paragraphs (only the page
    breaks have them), as some PDF readers copy."""
    rng = random.Random(seed)
    paragraphs = [_paragraph(rng, i) for i in range(paragraph_count)]
    heading = "Chapter Seven: The Harvest of 1931"
    listing = ["1. the grain quota of the district", "2. the seed fund", "3. the households deported"]
    table = ["Village        Households   Deported", "Krasnoe         112          9", "Lipki   64   3"]
    verse = ["The steppe is white,", "the barns are bare,", "and no one sings."]
    blocks: list[list[str]] = []
    for i, paragraph in enumerate(paragraphs):
        if i == 10:
            blocks.append([heading])
        if i == 20:
            blocks.append(listing)
        if i == 25:
            blocks.append(table)
        if i == 30:
            blocks.append(verse)
        blocks.append(_lines(paragraph, rng))
    structure = [heading, *listing, *table, *verse]
    out: list[str] = []
    heads: list[str] = []
    page = 184
    count = 0
    for block in blocks:
        if out and paragraph_gap:
            out.append("")
        for line in block:
            if count and count % lines_per_page == 0:
                page += 1
                head = f"{page} STALINIST SOCIALISM" if page % 2 == 0 else f"THE POLITICS OF STALINISM {page}"
                heads.append(head)
                out.extend(["", head, ""])
            out.append(line)
            count += 1
    first = "184 STALINIST SOCIALISM"
    text = "\n".join([first, "", *out]) + "\n"
    return ExtractedBook(text, paragraphs, structure, [first, *heads])
