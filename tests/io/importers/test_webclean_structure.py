"""The web clean-up on the structure of real pages (issue 14, furniture recall on Mozilla Readability's saved
pages, ``tests/benchmarks/measure_webclean_real.py``): what tells a page's chrome from its article without
lists of words in one language: the width of the page's lines, repetition across the page, the position of a
run of short lines against the article."""

from annotator.io.importers.webclean import furniture

PROSE = (
    "The procurement plan for the district was raised three times in the autumn of 1932, and the "
    "committee reported each time that the villages could not meet it.\n"
    "\n"
    "Brigades went from house to house searching for grain, and the searches were described in the "
    "reports of the district committees as a form of class struggle.\n"
)
MENU = "Log in\nSign up\nHome\nArchive\nAbout\nSearch\n"


def _removed(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in sorted(furniture(text))]


LONG_HEADLINES = (
    "Archivists in Kharkiv reopen the reading room closed since the spring of the war\n"
    "Why the census vanished from the shelves of the statistical office in Moscow\n"
    "A village newspaper of the famine years survives in a private collection in Poltava\n"
    "The last letters of the deported families are read aloud in a small museum in Kyiv\n"
)


def test_headlines_of_eight_words_or_more_after_the_article_are_no_wrapped_sentence() -> None:
    """A column of other stories' headlines, each ten words or more without a full stop: in a copy from a
    browser a paragraph is one line, so a headline much shorter than the page's paragraphs does not go on
    with the next line (as a hard-wrapped sentence does) and the run of them goes."""
    capture = (
        f"{MENU}{PROSE}Share\nTweet\nEmail\n{LONG_HEADLINES}Our podcast\nNewsletters\n© 2025 History Weekly\n"
    )
    removed = _removed(capture)
    assert set(LONG_HEADLINES.strip().split("\n")) <= set(removed)
    assert not any(line in removed for line in PROSE.split("\n") if line)


def test_a_hard_wrapped_paragraph_still_goes_on_from_line_to_line() -> None:
    """In a hard-wrapped text a line as long as the others that does not end its sentence goes on with the
    next one, even when that begins in capitals (a name), and stays beside the page's furniture."""
    wrapped = (
        "The procurement plan for the district was raised three times in\n"
        "the autumn of 1932, and each time the committee reported to\n"
        "Kharkiv that the villages could not meet it. The brigades came in\n"
        "November and searched every house for the grain that was left.\n"
    )
    capture = f"{MENU}{wrapped}\n{wrapped}\nShare\nTweet\nEmail\n"
    removed = _removed(capture)
    assert not any(line in removed for line in wrapped.split("\n") if line)
