"""The web clean-up's article zone read by the page's own measure: when none of an article's paragraphs
reaches jusText's 200 characters, a block is long by four fifths of the page's median paragraph, and an
article of three such paragraphs or more gets its zone; one or two short paragraphs (a post, a review's
blurb) still get none. Authors' names joined by "&" or "and" stay outside the zone as one name does."""

from annotator.io.importers.webclean import clean_web, furniture
from annotator.io.importers.webcontext import article_zone
from tests.io.importers.test_webclean_zone import ARTICLE as LONG_ARTICLE  # over 200 characters
from tests.io.importers.test_webclean_zone import FOOTER

# Paragraphs of 150 to 190 characters, none over jusText's 200: no good block by its fixed length.
SHORT_ARTICLE = (
    "The ferry across the estuary ran from the old quay until the winter of 1952, when the new road "
    "bridge opened two miles upstream.\n"
    "\n"
    "Its last skipper kept a log of every crossing, and the log shows that the boat carried more bicycles "
    "than people in its final summer.\n"
    "\n"
    "The quay itself was sold to the sailing club in 1960, and the club still keeps the ferry's bell above "
    "the door of its boathouse.\n"
    "\n"
    "Local people remember the crossing as slow but cheap, and many of them say the bridge took something "
    "from the life of both villages.\n"
)
MENU = "Skip to content\nHome\nNews\nSport\nWhat's On\nSign in\n"
OTHER_STORIES = [
    "Lifeboat crew rescues two walkers",
    "Harvest fair returns to the green",
    "School roof repaired",
]
TAIL = "\nShare\nMore stories\n" + "\n".join(OTHER_STORIES) + "\nPrivacy policy\n© 2025 The Estuary Gazette\n"


def _removed(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in furniture(text)}


def test_a_short_paragraphs_articles_zone_is_read_by_its_own_length() -> None:
    lines = f"{MENU}The last ferry\n{SHORT_ARTICLE}{TAIL}".split("\n")
    paragraphs = [i for i, line in enumerate(lines) if len(line) > 100]
    assert max(len(lines[i]) for i in paragraphs) < 200
    assert article_zone(lines, {}, set(paragraphs)) == (paragraphs[0], paragraphs[-1])


def test_other_stories_after_a_short_paragraphs_article_go() -> None:
    capture = f"{MENU}The last ferry\n{SHORT_ARTICLE}{TAIL}"
    assert set(OTHER_STORIES) <= _removed(capture)
    kept = clean_web(capture).text.split("\n")
    for line in ["The last ferry", *SHORT_ARTICLE.split("\n")]:
        assert line in kept, line


def test_one_or_two_short_paragraphs_give_no_zone() -> None:
    # A post of two paragraphs is too little to tell its zone from its page by their length: its title
    # among the site's links above it is not read as one more link.
    two = SHORT_ARTICLE.split("\n\n")[:2]
    lines = f"{MENU}The last ferry\nby\nMarta Lind\n" + "\n\n".join(two) + TAIL
    split = lines.split("\n")
    paragraphs = {i for i, line in enumerate(split) if len(line) > 100}
    assert article_zone(split, {}, paragraphs) is None
    kept = clean_web(lines).text.split("\n")
    assert "The last ferry" in kept


def test_authors_joined_by_an_ampersand_stay_outside_the_zone() -> None:
    # The authors' line of a journal's article under the site's links, with a button beside it: names
    # joined by "&" or "and" are names as one is ("Top Stories & More" is not).
    for authors in ["Ann Roe & Bo Lindqvist", "Ann Roe and Bo Lindqvist", "Ann Roe, Bo Lind and Cy Moss"]:
        capture = (
            f"{MENU}Research Article\nThe tannery's last years\n{authors}\n48 Accesses\n3 Citations\n"
            f"Explore all metrics\nAbstract\n{LONG_ARTICLE}{TAIL}"
        )
        assert authors not in _removed(capture), authors


TEASERS = [
    ("Coastal path reopens after the winter landslip", "Walkers may use the whole path again from Monday."),
    (
        "New headteacher appointed for the grammar school",
        "She comes from a school in the north in September.",
    ),
]


def test_other_stories_headlines_said_twice_after_the_article_go() -> None:
    # A teaser's headline is written twice, as its picture's text and as its link, with a sentence of the
    # story under it: no run of short lines, but a line said twice outside the article is no heading of it.
    tail = "".join(f"{headline}\n{headline}\n{sentence}\n\n" for headline, sentence in TEASERS)
    buttons = "Share\nFacebook\nEmail\nAdvertisement\nMore from the Courier\n"
    capture = f"{MENU}Mill Street's lost tannery\n{LONG_ARTICLE}\n{buttons}{tail}{FOOTER}"
    assert {headline for headline, _ in TEASERS} <= _removed(capture)


def test_lines_said_twice_that_are_the_articles_stay() -> None:
    # The article's title over the page and again over its first paragraph; a reader who comments twice.
    title = "How the Mill Street tannery was sold to the town"
    reader = "Anna Maria Kowalska-Ward"
    capture = (
        f"{MENU}{title}\nShare\nTweet\nAdvertisement\nNews\n{title}\nDenis Ward\n12 March 1998\n"
        f"{LONG_ARTICLE}"
        f"\nComments\n{reader}\n3 May 2020\nI worked there as a boy and remember the smell of it.\nReply\n"
        f"{reader}\n4 May 2020\nSo did my father, in the yard.\nReply\n{FOOTER}"
    )
    lines = capture.split("\n")
    found = furniture(capture)
    for i, line in enumerate(lines):
        if line in (title, reader):
            assert i not in found, line
