"""Web-capture clean-up removes whole lines of page furniture, says why, and touches nothing else."""

from annotator.io.importers.webclean import clean_web

ARTICLE = (
    "The harvest of 1932 was requisitioned in full, the report said.\n"
    "\n"
    "Nobody in the district committee would sign the second report.\n"
)


def test_furniture_lines_are_removed_with_reasons() -> None:
    capture = (
        "Daily Past — history for everyone\n"
        "Skip to content\n"
        "Home | Archive | About us | Contact\n"
        "Open search\n"
        "Grain and hunger[edit]\n"
        f"{ARTICLE}"
        "Share\n"
        "Back to top\n"
        "1656 Words7 Pages\n"
        "© 2019 Daily Past. All rights reserved.\n"
        "Daily Past — history for everyone\n"
    )
    result = clean_web(capture)
    assert result.text == f"Grain and hunger\n{ARTICLE}"
    reasons = {(r.number, r.reason) for r in result.removed}
    assert reasons == {
        (1, "repeated banner"),
        (2, "page furniture"),
        (3, "navigation links"),
        (4, "page furniture"),
        (5, "edit link"),
        (9, "page furniture"),
        (10, "page furniture"),
        (11, "word and page count"),
        (12, "copyright line"),
        (13, "repeated banner"),
    }


def test_text_without_furniture_is_returned_unchanged() -> None:
    result = clean_web(ARTICLE)
    assert result.text == ARTICLE
    assert result.removed == ()


def test_sentences_that_mention_furniture_words_stay() -> None:
    text = (
        "Share the grain, they said.\nHe went back to top up the lamp: Print | Copy | one word, then left.\n"
    )
    assert clean_web(text).text == text
