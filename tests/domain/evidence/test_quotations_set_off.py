"""Block quotations set off by their indent alone (issue 16, session 12): a book's block quotation, as the PDF
import keeps it (four spaces before the paragraph), run on from the middle of the author's sentence or set
after a finished one, with no colon and no verb of saying. Guards: an indented list, a table of figures, a
heading, a text whose every paragraph is indented. Texts written for these tests."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.quotations import find_quotations

AUTHOR = (
    "The miller kept his accounts in the same book as his sermons, which makes the book hard to read and "
    "harder to date."
)
AFTER = "The accounts stop in the spring of that year, and nobody has found the next book.\n"


def _blocks(text: str) -> list[str]:
    return [text[q.start : q.start + 20] for q in find_quotations(text) if q.form == Form.BLOCK]


def test_a_block_run_on_from_the_middle_of_the_authors_sentence_is_a_quotation() -> None:
    text = (
        f"{AUTHOR}\n\n"
        "Beside the tithe for the third year stands the old complaint about\n\n"
        "    two loads of hay, a ham at Easter and the price of a new wheel for the cart, which the "
        "wardens have promised these four years and will not pay.\n\n"
        f"{AFTER}"
    )
    assert _blocks(text) == ["two loads of hay, a "]


def test_a_block_after_a_finished_sentence_is_a_quotation() -> None:
    text = (
        f"{AUTHOR}\n\n"
        "The entry for the great storm is the longest in the book.\n\n"
        "    The water came over the sluice in the night and took the lower wheel with it. We saved the "
        "flour but not the sacks, and the children slept in the loft until the Thursday.\n\n"
        f"{AFTER}"
    )
    assert _blocks(text) == ["The water came over "]


def test_an_indented_list_a_table_and_a_heading_are_no_quotations() -> None:
    text = (
        f"{AUTHOR}\n\n"
        "The book holds three kinds of entry, in no order at all, and the kinds are these.\n\n"
        "    1. Payments received for grinding, by the sack.\n\n"
        "    2. Sermons, or notes for them, in a smaller hand.\n\n"
        "The sums for the three years come to little.\n\n"
        "    1741      12 sacks      4s. 6d.\n"
        "    1742      19 sacks      7s. 2d.\n\n"
        "The same sums as the PDF gives them, one row a line.\n\n"
        "    1743 21 sacks 8s. 1d. paid at Michaelmas in full\n\n"
        "The last pages are different again.\n\n"
        "    Accounts for the Year\n\n"
        f"{AFTER}"
    )
    assert _blocks(text) == []


def test_a_text_whose_paragraphs_are_all_indented_has_no_block_set_off() -> None:
    text = (
        f"    {AUTHOR}\n\n"
        "    The entry for the great storm is the longest in the book, and the hand is shaky.\n\n"
        "    The water came over the sluice in the night, he says, and took the lower wheel with it.\n\n"
        f"    {AFTER}"
    )
    assert _blocks(text) == []


def test_a_note_with_a_hanging_indent_is_no_block() -> None:
    # plain text: the note's lines after its first are indented under it, with no blank line between
    text = (
        f"{AUTHOR}\n\n"
        "[3] The miller's name was Abel Hart. His neighbours called him\n"
        "     the parson; the curate never did, and said so in a letter.\n\n"
        f"{AFTER}"
    )
    assert _blocks(text) == []
