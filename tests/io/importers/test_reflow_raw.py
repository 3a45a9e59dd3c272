"""Reflow of a PDF's text copied out raw: no blank line between paragraphs, the first-line indents lost.

The lines are set here as a typesetter sets them, in Times 11 pt on a 320-point measure with a 14-point
first-line indent (reportlab's widths), and then written out as the extraction gives them: one printed line
a line, nothing else. Only the printed widths tell where a paragraph ended.
"""

from __future__ import annotations

import random

from reportlab.pdfbase.pdfmetrics import stringWidth

from annotator.io.importers.reflow import printed_width, reflow

FONT, SIZE, MEASURE, INDENT = "Times-Roman", 11, 320, 14
SENTENCES = [
    "The district committee met in the old school on the morning after the first frost.",
    "Its secretary read the instructions from the regional centre aloud, slowly, twice over.",
    "Nobody in the room believed that the grain quota could be met before the roads froze.",
    "Later that week a brigade from the town arrived with lists of households and a cart.",
    "The peasants hid what they could in pits under the floors of their barns.",
    "Some of them sold their cattle at the market rather than hand them to the collective.",
    "In the spring the sowing began late, and the fields by the river were never sown at all.",
    "What survives is a report on the mood of the population, written in the summer.",
]


def _width(text: str) -> float:
    return stringWidth(text, FONT, SIZE)


def wrap(paragraph: str) -> list[str]:
    """Greedy lines as printed: the first indented, each as full as the next word allows."""
    lines, current, room = [], "", MEASURE - INDENT
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if _width(candidate) <= room:
            current = candidate
        else:
            lines.append(current)
            current, room = word, MEASURE
    return [*lines, current]


def prose(count: int, seed: int = 5) -> list[str]:
    """Paragraphs whose last line stops well short of the measure (their ends are not in question)."""
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
        if _width(wrap(paragraph)[-1]) < 0.75 * MEASURE:
            out.append(paragraph)
    return out


def raw(paragraphs: list[str]) -> str:
    return "\n".join(line for paragraph in paragraphs for line in wrap(paragraph)) + "\n"


def test_printed_width_of_narrow_and_wide_letters() -> None:
    assert printed_width("illicit little mill") < 0.6 * printed_width("MOWING WHEAT NOW")
    assert abs(printed_width("the committee met") - _width("the committee met") / SIZE) < 0.1 * 8


def _narrow_ending(paragraph: str, length: int) -> str:
    """``paragraph`` going on into a last line of narrow letters only, ``length`` characters or more."""
    narrow = ["it", "is", "ill", "till", "if", "lit", "still", "illicit", "fill"]
    words = paragraph.rstrip(".").split()
    lines = len(wrap(paragraph))
    k = 0
    while len(wrap(" ".join(words) + ".")) == lines:  # fill the last line, and begin a new one
        words.append(narrow[k % len(narrow)])
        k += 1
    while len(wrap(" ".join(words) + ".")[-1]) < length:
        words.append(narrow[k % len(narrow)])
        k += 1
    return " ".join(words) + "."


def test_a_last_line_of_narrow_letters_is_not_taken_for_a_full_one() -> None:
    # Counted in characters this last line is as long as a full one; printed, it fills four fifths.
    paragraphs = prose(30)
    longest = max(len(line) for p in paragraphs for line in wrap(p)[:-1])
    narrow = _narrow_ending(paragraphs[10], longest - 2)
    assert _width(wrap(narrow)[-1]) < 0.85 * MEASURE
    paragraphs[10] = narrow
    result = reflow(raw(paragraphs))
    assert result.text.rstrip("\n").split("\n") == paragraphs


def _indented_opening(rng: random.Random) -> tuple[str, str]:
    """A paragraph ending in a line full enough to run on, and one whose indented first line left room for
    its next word on a full measure: only the lost indent explains why that word went to the next line."""
    while True:
        first = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        second = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        last, opening = wrap(first)[-1], wrap(second)
        next_word = opening[1].split()[0]
        full = _width(f"{last} {opening[0].split()[0]}") > MEASURE - 2
        room = _width(f"{opening[0]} {next_word}") < MEASURE - 4
        if full and room:
            return first, second


def test_a_paragraph_whose_first_line_was_indented_is_not_merged_with_a_full_last_line() -> None:
    rng = random.Random(11)
    paragraphs = prose(30)
    for at in (5, 15, 25):
        paragraphs[at:at] = list(_indented_opening(rng))
    result = reflow(raw(paragraphs))
    assert result.text.rstrip("\n").split("\n") == paragraphs


def test_a_title_before_a_name_at_a_line_end_ends_no_sentence() -> None:
    paragraphs = prose(30)
    for at in (4, 12, 20):
        words = paragraphs[at].split()
        # "Mr." last on the paragraph's first line and the name first on its second.
        paragraphs[at] = next(
            candidate
            for k in range(len(words))
            if wrap(candidate := " ".join([*words[:k], "Mr.", "Collins", *words[k:]]))[0].endswith("Mr.")
        )
    result = reflow(raw(paragraphs))
    assert result.text.rstrip("\n").split("\n") == paragraphs


def test_titles_of_contents_in_capitals_stay_apart_from_each_other_and_from_prose() -> None:
    contents = [
        "CHAPTER V. OF THE REAL AND NOMINAL PRICE OF COMMODITIES, OR OF THEIR",
        "PRICE IN LABOUR, AND THEIR PRICE IN MONEY.",
        "CHAPTER VI. OF THE COMPONENT PART OF THE PRICE OF COMMODITIES.",
        "CHAPTER VII. OF THE NATURAL AND MARKET PRICE OF COMMODITIES.",
    ]
    paragraphs = prose(30)
    text = "\n".join(contents) + "\n" + raw(paragraphs)
    out = reflow(text).text.rstrip("\n").split("\n")
    assert out[-len(paragraphs) :] == paragraphs
    assert contents[2] in out and contents[3] in out


def test_an_editors_insert_after_a_full_line_ending_a_sentence_stands_apart() -> None:
    rng = random.Random(12)
    while True:  # a paragraph whose last line is as full as any
        full = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
        if _width(wrap(full)[-1]) > MEASURE - 6:
            break
    paragraphs = prose(30)
    paragraphs[12:12] = [full, "[Illustration: The committee at the school.]"]
    result = reflow(raw(paragraphs))
    assert result.text.rstrip("\n").split("\n") == paragraphs


def test_a_speech_ending_a_full_line_ends_its_paragraph_before_the_narration() -> None:
    rng = random.Random(13)
    speeches = []
    while len(speeches) < 3:  # speeches whose last line, closing the quotation, is as full as any
        speech = "“" + " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))) + "”"
        if _width(wrap(speech)[-1]) > MEASURE - 6:
            speeches.append(speech)
    paragraphs = prose(30)
    for at, speech in zip((5, 15, 25), speeches, strict=True):
        paragraphs[at:at] = [speech]
    result = reflow(raw(paragraphs))
    assert result.text.rstrip("\n").split("\n") == paragraphs
