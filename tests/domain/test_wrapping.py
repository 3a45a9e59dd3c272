"""Whether a stored text is hard-wrapped, and a quote flowed by it."""

from annotator.domain.excerpts import flowed
from annotator.domain.wrapping import hard_wrapped

PROSE = (
    "The committee met on the morning of the ninth and heard the secretary read the figures for the "
    "district, which nobody believed, and the brigades had come twice that month and taken what they "
    "found in the barns and under the floors of the houses near the river."
)


def _wrapped(text: str, width: int = 60) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def test_a_book_wrapped_at_a_width_is_hard_wrapped_and_one_paragraph_a_line_is_not() -> None:
    book = "\n\n".join("\n".join(_wrapped(f"{PROSE} Paragraph {n}.")) for n in range(12))
    per_line = "\n".join(f"{PROSE} Paragraph {n}." for n in range(12))
    headed = "Chapter One\n" + "\n".join(f"{PROSE} Paragraph {n}." for n in range(3))
    assert hard_wrapped(book)
    assert not hard_wrapped(per_line) and not hard_wrapped(headed)
    # Too short for the statistics: a letter wrapped mid-sentence; a line; two sentences a line each.
    assert hard_wrapped("\n".join(_wrapped(PROSE, 40)[:4]))
    assert not hard_wrapped("One line.") and not hard_wrapped("The grain.\nThe seed.")


def test_a_quote_keeps_its_paragraphs_where_the_source_is_not_hard_wrapped() -> None:
    quote = "the figures for the\ndistrict.\nNobody asked."
    assert flowed(quote, hard_wrapped=True) == "the figures for the district. Nobody asked."
    assert flowed(quote, hard_wrapped=False) == "the figures for the\n\ndistrict.\n\nNobody asked."
