"""Reflow of hard-wrapped text: paragraphs come back exactly, split words by the document's vocabulary."""

import textwrap

import pytest

from annotator.io.importers.reflow import Vocabulary, reflow, wrap_width

PARAGRAPHS = [
    "The district committee met on the fourteenth of March to discuss the spring sowing campaign, "
    "and the secretary read out the instructions that had arrived from the regional centre the night before.",
    "Nobody in the room doubted that the quota was impossible. The chairman said so aloud, and the "
    "teacher wrote it down in the minutes, although he was told afterwards to strike it out again.",
    "By the end of the month forty-two households had joined the collective farm, while eleven families "
    "described as kulaks were deported beyond the Urals with whatever they could carry on one cart.",
]


def wrapped(paragraphs: list[str], width: int = 64) -> str:
    return "\n\n".join(textwrap.fill(p, width=width) for p in paragraphs) + "\n"


def test_wrapped_paragraphs_are_joined_exactly() -> None:
    source = wrapped(PARAGRAPHS)
    assert source.count("\n") > 10  # it really is hard-wrapped
    result = reflow(source)
    assert result.detected
    assert result.text == "\n\n".join(PARAGRAPHS) + "\n"
    assert result.lines_joined == sum(1 for line in source.splitlines() if line) - len(PARAGRAPHS)
    assert (result.hyphens_joined, result.hyphens_kept) == (0, 0)


def test_text_that_is_not_hard_wrapped_is_left_alone() -> None:
    source = "\n\n".join(PARAGRAPHS) + "\n"
    result = reflow(source)
    assert not result.detected
    assert result.text == source
    assert result.lines_joined == 0


def test_split_words_are_joined_or_kept_by_the_documents_own_words() -> None:
    lines = [
        "The international situation was discussed at every meeting of the",
        "committee, and the self-criticism of its members took up the rest of",
        "the evening, while the delegates argued about the inter-",
        "national brigade and about the self-",
        "realization of the peasants under the Marxist-",
        "Leninist programme that the district had adopted without a vote in",
        "the spring of that year, as the minutes of the committee recorded at",
        "great length for the benefit of the regional centre and its officials.",
        "",
        "A second paragraph follows here, long enough to be wrapped at the very",
        "same width as the first one was, and it ends with an ordinary word",
        "that nobody would think of splitting in two: the word is harvest.",
    ]
    result = reflow("\n".join(lines), force=False)
    assert result.detected
    first, second = result.text.split("\n\n")
    assert "the inter-national" not in first and "the international brigade" in first
    assert "the self-realization of the peasants" in first
    assert "Marxist-Leninist programme" in first
    assert (result.hyphens_joined, result.hyphens_kept) == (1, 2)
    assert second == " ".join(lines[9:])
    # Not a word lost or changed otherwise: only whitespace and the one split hyphen differ.
    assert first.replace(" ", "") == "".join(lines[:8]).replace(" ", "").replace(
        "inter-national", "international"
    )


def test_headings_lists_verse_and_indented_paragraphs_are_kept() -> None:
    body = textwrap.fill(" ".join(PARAGRAPHS), width=60)
    indented = "An indented paragraph starts here and is long enough to be wrapped at the same width."
    source = (
        "CHAPTER ONE\n"
        f"{body}\n"
        + textwrap.fill(indented, width=60, initial_indent="    ")
        + "\n- a first item of a list\n"
        "- a second item of the list\n"
        "\n"
        "Stars over the steppe,\n"
        "grain in the barn,\n"
        "silence.\n"
    )
    result = reflow(source)
    assert result.detected
    assert result.text.split("\n") == [
        "CHAPTER ONE",
        " ".join(PARAGRAPHS),
        "    " + indented,
        "- a first item of a list",
        "- a second item of the list",
        "",
        "Stars over the steppe,",
        "grain in the barn,",
        "silence.",
        "",
    ]


def test_forced_reflow_and_reported_line_numbers() -> None:
    source = "A line that is full enough to be joined\nto the next one.\n"
    assert not reflow(source).detected
    result = reflow(source, force=True)
    assert result.text == "A line that is full enough to be joined to the next one.\n"
    assert result.joined_lines == (2,)


def test_soft_hyphens_always_join_and_unspaced_dashes_stay_unspaced() -> None:
    source = (
        "The district committee met in March, and its secre\u00ad\n"
        "tary read the instructions aloud to the members present.\n"
        "Most of the peasants of the district resisted the campaign—\n"
        "not only the kulaks among them, as the report pretended —\n"
        "and the committee knew it.\n"
    )
    result = reflow(source, force=True)
    assert result.text == (
        "The district committee met in March, and its secretary read the instructions aloud to the members "
        "present. Most of the peasants of the district resisted the campaign—not only the kulaks among them, "
        "as the report pretended — and the committee knew it.\n"
    )
    assert (result.lines_joined, result.hyphens_joined, result.hyphens_kept) == (4, 1, 0)


@pytest.mark.parametrize(
    ("head", "tail", "elsewhere", "kept"),
    [
        ("inter", "national", "international news", False),
        ("self", "realization", "self-realization as an aim", True),
        ("self", "realization", "self-criticism was demanded", True),
        ("Marxist", "Leninist", "", True),
        ("1929", "30", "", True),
        ("collect", "ivization", "collectivization collectivization self-collectivization", False),
        ("com", "mittee", "", True),  # no evidence either way: the hyphen as printed stays
    ],
)
def test_hyphen_rule(head: str, tail: str, elsewhere: str, kept: bool) -> None:
    vocabulary = Vocabulary.of_lines([elsewhere, f"text with {head}-", f"{tail} at the start"])
    assert vocabulary.keeps_hyphen(head, tail) is kept


def test_wrap_width_needs_enough_lines_of_similar_length() -> None:
    assert wrap_width(wrapped(PARAGRAPHS, 64).split("\n")) in range(58, 65)
    assert wrap_width(["short", "lines", "only"] * 5) is None
