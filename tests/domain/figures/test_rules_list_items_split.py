"""Rules for list items in the sentence splitter (figures/text.py ``_ITEM_START``): a bullet sign alone on
its line, as a web page converted to text writes it (the previous item's footnote number on a line of its
own before it), begins a new sentence, so one item's event gives no time to the next item's figure. A word's
hyphen at a line's end and a dash inside a sentence keep the sentence whole. Sentences written for these
tests; each failed before its rule unless it is a guard."""

from __future__ import annotations

from annotator.domain.figures.text import layout
from tests.domain.figures.helpers import at, years


def _same_sentence(text: str, first: str, second: str) -> bool:
    lay = layout(text)
    return lay.sentence(text.index(first))[1:] == lay.sentence(text.index(second))[1:]


ITEMS = (
    "Tolls of the decade remain disputed:\n"
    "•\n"
    "The reprisals after the coup left between 40,000 and 90,000 dead.\n"
    "12\n"
    "•\n"
    "During the Spanish flu the port lost 6,000 of its dockers.\n"
    "13\n"
)


def test_a_bullet_alone_on_its_line_begins_a_sentence() -> None:
    assert not _same_sentence(ITEMS, "40,000", "Spanish flu")


def test_the_next_items_event_does_not_date_a_figure() -> None:
    assert years(at(ITEMS, "between 40,000 and 90,000")) is None
    assert years(at(ITEMS, "6,000")) == (1918, 1920)


def test_a_bullet_and_a_space_still_begins_a_sentence() -> None:
    # guard (it passed before)
    text = "The harvest failed twice.\n• In the Spanish flu 700 villagers died."
    assert not _same_sentence(text, "twice", "700")


def test_a_hyphen_at_a_lines_end_keeps_the_sentence() -> None:
    # guard: "long-\nterm" is one word broken by the page
    text = "The long-\nterm cost of the blockade was 3,000 farms."
    assert _same_sentence(text, "long", "3,000")


def test_a_dash_inside_a_sentence_keeps_it_whole() -> None:
    # guard: a dash between two parts of one sentence, a line broken inside it
    text = ("The floods of that spring – the worst in\nmemory – took 1,200 lives.")
    assert _same_sentence(text, "floods", "1,200")
    text = "The garrison held out for a month - some 800 men in all - before it gave up."
    assert _same_sentence(text, "garrison", "800")
