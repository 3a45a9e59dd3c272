"""The web clean-up's article zone (jusText's main run of good blocks, widened by the longest cluster of
prose): outside it, short lines in a menu-like run with furniture among them go; a heading right above
the article, a record's label, a reader's review, an author's name among buttons and a short article's
own list stay."""

from annotator.io.importers.webclean import clean_web, furniture
from annotator.io.importers.webcontext import article_zone

# Paragraphs over jusText's 200 characters, with the stopwords of running English: good blocks.
ARTICLE = (
    "The Mill Street tannery closed in the spring of 1931, and the town council bought its yard two years "
    "later in order to build the new fire station that still stands there at the corner of the street.\n"
    "\n"
    "Its account books, which are kept at the county record office, show that the tannery employed "
    "forty-two men in 1910 and only eleven in its last year, when the hides came by lorry from the port.\n"
    "\n"
    "The owner's letters to his bank, which survive in the same bundle, blame the closure on cheap leather "
    "from abroad and on the cost of the new drains that the council had demanded of him in the year before.\n"
)
MENU = "Skip to content\nHome\nNews\nSport\nWhat's On\nSign in\n"
FOOTER = "\nShare\nFacebook\nEmail\nPrivacy policy\n© 2025 The Courier\n"


def _removed(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i] for i in furniture(text)}


def _kept_all(text: str, lines: list[str]) -> None:
    kept = clean_web(text).text.split("\n")
    for line in lines:
        assert line in kept, line


def test_headlines_of_other_stories_in_the_menu_above_the_article_go() -> None:
    headlines = ["Coastal path reopens after landslip", "New headteacher for the grammar school"]
    capture = (
        f"{MENU}{headlines[0]}\n{headlines[1]}\nAdvertisement\nMill Street's lost tannery\n{ARTICLE}{FOOTER}"
    )
    removed = _removed(capture)
    assert set(headlines) <= removed
    _kept_all(capture, ["Mill Street's lost tannery", *ARTICLE.split("\n")])


def test_a_heading_right_above_the_articles_first_lines_stays() -> None:
    # A blog post's "Highlights" above short sentences, then its paragraphs: no furniture between it and
    # the article, so it is the article's heading however short the run it stands in.
    capture = (
        f"{MENU}Tannery notes\nDenis Ward\n2 responses\nHighlights\nThe yard is for sale again!\n"
        f"The council has the plans.\n{ARTICLE}{FOOTER}"
    )
    _kept_all(capture, ["Highlights", "The yard is for sale again!", "The council has the plans."])


def test_a_records_label_above_its_fields_stays() -> None:
    details = ["Details", "Author", "Ward, Denis", "Publisher", "Courier Books", "Pages", "212"]
    capture = (
        f"{MENU}Mill Street tannery papers\nZoom in\nZoom out\n★★★★☆\n4.2 (38 ratings)\n2,911 Views\n"
        "14 Favorites\n" + "\n".join(details) + f"\n\n{ARTICLE}{FOOTER}"
    )
    _kept_all(capture, details)


def test_a_readers_review_after_the_article_stays() -> None:
    review = ["Reader reviews", "tanner_ward", "rated it 4 of 5", "June 2, 2021", "A good short history."]
    capture = (
        f"{MENU}Mill Street tannery\n{ARTICLE}\n"
        + "\n".join(review)
        + f"\n\nHelpful?\nYes (12)\nNo (1)\nFlag\n{FOOTER}"
    )
    _kept_all(capture, review[1:])


def test_an_authors_name_among_the_buttons_stays() -> None:
    capture = (
        f"{MENU}Tannery notes\nSubscribe\nDenis Ward\nFollow\n{ARTICLE}\nMore from Denis Ward\n"
        f"Denis Ward\nWessex Leather Trades\nTop Stories\nShare\n{FOOTER}"
    )
    lines = capture.split("\n")
    assert lines.index("Denis Ward") not in furniture(capture)


def test_a_short_articles_own_list_stays() -> None:
    # Paragraphs under 200 characters: jusText finds no good block and no zone is read, so the list the
    # article gives between them, one word a line, is not taken for a menu.
    capture = (
        f"{MENU}What a tannery used\nThe yard bought four things by the cartload.\n\nLime\nBark\nSalt\n"
        f"Hides\n\nEach came up the river from the port until 1920.\n{FOOTER}"
    )
    _kept_all(capture, ["What a tannery used", "Lime", "Bark", "Salt", "Hides"])


def test_the_zone_is_jusTexts_main_run_of_good_blocks() -> None:
    lines = f"{MENU}Mill Street's lost tannery\n{ARTICLE}{FOOTER}".split("\n")
    first = lines.index(ARTICLE.split("\n")[0])
    last = lines.index(ARTICLE.split("\n")[-2])
    assert article_zone(lines, {}, {first, last}) == (first, last)
    short = ["Home", "News", "A short line of the article, well under two hundred characters.", "Contact"]
    assert article_zone(short, {}, {2}) is None


def test_a_column_of_longer_headlines_above_the_article_goes() -> None:
    # Headlines of six to eight words: longer than a menu's items, still a column of other stories (the
    # advertisement below parts them from the article's title: lines joining the zone stay).
    headlines = [
        "Coastal path reopens after the winter landslip",
        "New headteacher appointed for the grammar school",
        "Parish council votes against the quarry extension",
    ]
    capture = (
        f"{MENU}Latest\n"
        + "\n".join(headlines)
        + f"\nAdvertisement\nMill Street's lost tannery\n{ARTICLE}{FOOTER}"
    )
    removed = _removed(capture)
    assert set(headlines) <= removed
    _kept_all(capture, ["Mill Street's lost tannery", *ARTICLE.split("\n")])


def test_a_title_case_menu_item_goes_and_a_persons_name_stays() -> None:
    # Both have a name's shape; only the menu's item holds a word of the language's stoplist.
    capture = (
        f"{MENU}Advertisement\nOut And About\nWessex Walks\nFor The Weekend\nDenis Ward\nShare\nEmail\n"
        f"{ARTICLE}{FOOTER}"
    )
    removed = _removed(capture)
    assert {"Out And About", "For The Weekend"} <= removed
    assert "Denis Ward" not in removed


def test_a_short_articles_title_under_the_menu_stays() -> None:
    # No line of running prose: where the article ends is not known, and "Skip to content" at the top is a
    # strong line whose run of short lines going down took the menu and the title under it as footer links.
    capture = (
        f"{MENU}Propaganda media\nThe ministry worked through four media.\n\nPrint\nRadio\nFilm\nPosters\n\n"
        f"Each had its own department from 1934.\n{FOOTER}"
    )
    removed = _removed(capture)
    assert "Propaganda media" not in removed
    assert {"Home", "News", "Sport", "Sign in"} <= removed  # the menu still goes
    _kept_all(capture, ["Propaganda media", "Print", "Radio", "Film", "Posters"])
