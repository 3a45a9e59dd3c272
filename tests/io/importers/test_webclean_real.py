"""The web clean-up on what real pages hold (found by measuring it on Mozilla Readability's saved pages and
on a fresh set of invented captures, ``tests/benchmarks/measure_webclean_real.py``): what the author or a
reader wrote stays (a title under the menu, a record's fields with their values, a short comment under
its date, a wrapped paragraph, code, a table row), and the chrome of catalogues, viewers and blogs goes
(shelving and rating buttons, pagers, previous / next links with their titles, archive lists)."""

import pytest

from annotator.io.importers.webclean import furniture
from tests.helpers.web_captures import render
from tests.helpers.web_captures_fresh import FRESH, FRESH_AFTER

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


def test_a_title_right_under_the_menu_stays() -> None:
    subtitle = "Migration and Flight from the Villages of the Middle Volga"
    capture = f"{MENU}Hunger Roads\n{subtitle}\nM. Petrov\n{PROSE}"
    removed = _removed(capture)
    assert "Hunger Roads" not in removed
    assert {"Log in", "Sign up", "Search"} <= set(removed)


def test_a_records_fields_and_their_values_stay_beside_its_buttons() -> None:
    capture = (
        f"{MENU}Request item\nPlace hold\nAdd to list\nEmail\n"
        "Details\nAuthor\nKovalenko, Ivan.\nPublisher\nDerzhvydav\nPublished\n1933\nLanguage\nUkrainian\n"
        f"{PROSE}"
    )
    removed = _removed(capture)
    for line in ("Details", "Author", "Kovalenko, Ivan.", "Publisher", "Derzhvydav"):
        assert line not in removed
    assert {"Request item", "Place hold"} <= set(removed)


def test_a_short_comment_under_its_date_between_reply_links_stays() -> None:
    capture = (
        f"{PROSE}"
        "Share\nTweet\n"
        "Olena K.\n13 February 2023 at 09:14\nWhich fond are the reports in?\nReply\n"
        "Petro\n15 February 2023 at 08:05\nThank you!\nReply\n"
        "nadia_s\n5 years ago\nRemarkable photograph.\nReply\n"
        "Leave a Reply\n"
    )
    removed = _removed(capture)
    for line in ("Thank you!", "Remarkable photograph.", "Petro", "Olena K.", "nadia_s"):
        assert line not in removed
    assert removed.count("Reply") == 3


def test_a_tags_list_ends_at_a_readers_name_above_the_date() -> None:
    capture = f"{PROSE}Tags\nfamine\nqueue\nkharkiv\nComments\nnadia_s\n5 years ago\nRemarkable.\nReply\n"
    removed = _removed(capture)
    assert {"Tags", "famine", "queue", "kharkiv"} <= set(removed)
    assert "nadia_s" not in removed


def test_a_records_table_rows_are_no_footer_links() -> None:
    capture = (
        f"{PROSE}Record\nCreator\tA. Wienerberger\nDate\t1933\nPlace\tKharkiv, Ukrainian SSR\n"
        "Rights\tPublic domain\nProvider\tDiocesan archive\nTags: famine, queue\n© 2025 Lens Archive\n"
    )
    removed = _removed(capture)
    assert not any("\t" in line for line in removed)
    assert "© 2025 Lens Archive" in removed


def test_hard_wrapped_lines_and_an_authors_name_are_no_repeated_banners() -> None:
    wrapped = (
        "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy\n"
        "eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam\n"
        "voluptua. At vero eos et accusam et justo duo dolores et ea rebum.\n"
    )
    capture = f"F. Kooman\n{wrapped}\n{PROSE}\n{wrapped}\nShare\nF. Kooman\nExample Hosting\n"
    removed = _removed(capture)
    assert not [line for line in removed if "ipsum" in line or "eirmod" in line or "Kooman" in line]


def test_a_line_going_on_with_the_sentence_above_keeps_its_words() -> None:
    capture = (
        "Share\nTweet\n"
        "Copyright (c) 2015 IETF Trust and the persons identified as the\n"
        "document authors. All rights reserved.\n\n"
        f"{PROSE}"
    )
    assert "document authors. All rights reserved." not in _removed(capture)


def test_code_and_coordinates_with_arrows_or_slashes_are_no_crumbs() -> None:
    capture = (
        f"Share\n{PROSE}"
        "SELECT * FROM counts WHERE\n"
        "entries > 10 AND zscore > 3 AS alert\n"
        "Coordinates: 42°S 174°E / 42°S 174°E\n"
        f"{PROSE}Home > History > Famine\n"
    )
    removed = _removed(capture)
    assert "entries > 10 AND zscore > 3 AS alert" not in removed
    assert "Coordinates: 42°S 174°E / 42°S 174°E" not in removed


def test_a_table_cell_is_no_source_label_and_a_numbered_heading_no_counter() -> None:
    capture = (
        f"Share\nTweet\n{PROSE}"
        "Members\nNew Zealand\tfrom the United Kingdom\tfounded 1907\n"
        "6.2 Language\n"
        f"{PROSE}Log in\nSign up\n"
    )
    removed = _removed(capture)
    assert "New Zealand\tfrom the United Kingdom\tfounded 1907" not in removed
    assert "6.2 Language" not in removed


def test_viewer_shelving_and_rating_controls_go() -> None:
    capture = (
        f"{MENU}The Kolkhoz Survey, 1929–1932\n"
        "Zoom out\nZoom in\nRotate left\nFull screen\nPage 12 of 340\n‹\n›\nRead aloud\n"
        "Want to Read\nCurrently Reading\nAdd to shelf ▾\nRate it:\n☆☆☆☆☆\n4.2 (38 ratings)\n"
        "Shelved by 5,430 members\n"
        f"{PROSE}"
    )
    removed = _removed(capture)
    for line in ("Zoom out", "Full screen", "Page 12 of 340", "‹", "›", "Want to Read", "Add to shelf ▾"):
        assert line in removed
    for line in ("☆☆☆☆☆", "4.2 (38 ratings)", "Shelved by 5,430 members"):
        assert line in removed
    assert "The Kolkhoz Survey, 1929–1932" not in removed


def test_previous_and_next_links_go_with_the_titles_they_name_and_archive_lists_go() -> None:
    capture = (
        f"{MENU}The requisition brigades\n{PROSE}"
        "Share this:\nFacebook\n"
        "← Previous post\nBread cards in Kharkiv, 1933\nNext post →\nWhat the 1937 census found\n"
        "4 Responses\n"
        f"{PROSE}"
        "Leave a Reply\nEnter your comment here...\n"
        "Archives\nMarch 2023\nFebruary 2023\nJanuary 2023\n"
        "Categories\nFamine (12)\nSources (4)\nUkraine (31)\n"
        "Blog at WordPress.com.\n"
    )
    removed = _removed(capture)
    links = ("← Previous post", "Bread cards in Kharkiv, 1933", "Next post →", "What the 1937 census found")
    for line in links:
        assert line in removed
    for line in ("Enter your comment here...", "Archives", "March 2023", "January 2023", "Famine (12)"):
        assert line in removed
    assert "The requisition brigades" not in removed


def test_an_interface_word_the_page_repeats_goes_even_among_short_lines() -> None:
    """"Advertisement" at the end of every list of short lines: alone, such a word may be a list's item;
    said three times, it is the page's."""
    capture = (
        f"Share\nTweet\n{PROSE}Kharkiv\nPoltava\nVinnytsia\nAdvertisement\nThe north\n{PROSE}"
        f"Chernihiv\nSumy\nAdvertisement\nThe south\n{PROSE}Odesa\nKherson\nAdvertisement\nThe west\n{PROSE}"
    )
    removed = _removed(capture)
    assert removed == ["Share", "Tweet", "Advertisement", "Advertisement", "Advertisement"]


def test_an_images_alt_text_in_the_article_stays() -> None:
    capture = f"Share\nTweet\n{PROSE}Thunderbird\nThunderbird logo\n{PROSE}Log in\n"
    assert "Thunderbird logo" not in _removed(capture)


def test_a_long_menu_above_the_article_goes_even_in_the_articles_words() -> None:
    prose = (
        "The news from the world outside reached the village late, and politics meant the district "
        "committee and its plan for the business of grain.\n\nThe culture of the kolkhoz was new to them.\n"
    )
    capture = (
        "Log in\nSign up\nNews\nWorld\nPolitics\nBusiness\nCulture\nSport\nWeather\nSearch\nSubscribe\n"
        f"Grain and Politics in the Village\n{prose}"
    )
    removed = _removed(capture)
    menu = ["News", "World", "Politics", "Business", "Culture", "Sport", "Weather"]
    assert removed == ["Log in", "Sign up", *menu, "Search", "Subscribe"]


def test_a_forum_posters_name_above_rank_count_and_date_stays() -> None:
    capture = (
        "FAQ\nRegister\nLogin\nGrain figures for 1932\nPost Reply\nPrint view\n"
        "okhrana_reader\nMember\nPosts: 412\nTue Mar 05, 2013 7:41 pm\n"
        "Does anyone have the monthly figures? The published series stops in October of that year.\n"
        "Quote\nTop\n"
        "Gosplanner\nModerator\nPosts: 3120\nWed Mar 06, 2013 9:02 am\n"
        f"{PROSE}Quote\nTop\n"
    )
    removed = _removed(capture)
    assert "okhrana_reader" not in removed and "Gosplanner" not in removed
    assert {"Posts: 412", "Quote", "Top"} <= set(removed)


def test_a_chapter_title_that_the_pages_contents_list_names_stays_between_its_menu_and_pager() -> None:
    capture = (
        "Log in\nSign up\nSearch\nOnline exhibition\nOverview\n"
        "1. The village\n2. The plan\n3. The hunger\n4. Memory\n"
        "The hunger\n‹\n2 / 6\n›\nEnlarge\nChildren at a soup kitchen, 1933.\n"
        "Photograph by an engineer. City Museum.\n"
        f"{PROSE}"
        "← Previous chapter\nThe plan\nNext chapter →\nMemory\n© City Museum 2025\n"
    )
    removed = _removed(capture)
    assert "The hunger" not in removed
    assert {"2. The plan", "3. The hunger", "‹", "2 / 6"} <= set(removed)


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("name", sorted({**FRESH, **FRESH_AFTER}))
def test_the_fresh_captures_lose_no_content_line(name: str, spaced: bool) -> None:
    """Precision on the captures written for the real-page round (recall: measure_webclean.py)."""
    capture = render({**FRESH, **FRESH_AFTER}[name](), spaced)
    lines = capture.text.split("\n")
    assert sorted(lines[i] for i in set(furniture(capture.text)) & capture.content) == []


def test_figures_a_numbered_contents_and_a_list_of_sources_are_no_furniture() -> None:
    capture = (
        "Log in\nSign up\nSearch\nContents\n8 See also\n9 Footnotes\n10 Citations\n11 References\n"
        f"{PROSE}Mean high / low (°F)\n58/42\n66/53\n75/59\n2 / 6\n{PROSE}"
        "Sources & links\nhttps://nodejs.org/api/inspector.html\nhttps://example.org/famine/report-1933\n"
        "Follow\n11 claps\nWritten by\nFollow\nMore From Medium\n"
    )
    removed = _removed(capture)
    for line in ("10 Citations", "11 References", "58/42", "66/53", "75/59"):
        assert line not in removed
    assert "https://example.org/famine/report-1933" not in removed
    assert {"2 / 6", "11 claps", "Follow"} <= set(removed)


def test_cards_of_other_stories_said_twice_go_but_a_title_and_a_refrain_stay() -> None:
    """Headlines said twice in a row (a card's picture text and link) between the article's paragraphs;
    the last one, which prose follows, may be a section's title and stays, as does a refrain."""
    cards = "".join(
        f"{h}\n{h}\n"
        for h in ("Grain quotas raised in Poltava", "A village paper survives", "The census that vanished")
    )
    capture = (
        f"Log in\nSign up\nThe requisition brigades\nThe requisition brigades\n{PROSE}"
        f"Glory to the plan\nGlory to the plan\n{PROSE}{cards}{PROSE}"
    )
    removed = _removed(capture)
    assert removed.count("Grain quotas raised in Poltava") == 2
    assert removed.count("A village paper survives") == 2
    for line in ("The census that vanished", "The requisition brigades", "Glory to the plan"):
        assert line not in removed



# Cards of other stories: a headline over its date, four of them.
CARDS = "".join(
    f"{headline}\n{date}\n"
    for headline, date in (
        ("Why the census vanished", "12 March 2024"),
        ("The grain archive of Kharkiv", "9 March 2024"),
        ("A village paper survives", "2 March 2024"),
        ("Stalin's last purge, retold", "28 February 2024"),
    )
)
HEADLINES = {"Why the census vanished", "The grain archive of Kharkiv", "A village paper survives"}
COMMENT = (
    "My grandmother told me the brigades came twice to our village, and the second time they took the "
    "seed grain as well.\n"
)


def test_headlines_of_other_stories_after_the_articles_end_go() -> None:
    """After the article's last paragraph, a share bar and cards of other stories, none of them found by
    its shape; a reader's comment further down makes them look like the article's middle (the last prose
    is the comment's). The article ends where a gap of short lines with interface words begins: after it,
    runs of short lines go (issue 14, real pages: most of the furniture left lay after the article)."""
    capture = (
        f"{MENU}{PROSE}Share\nTweet\nEmail\n{CARDS}Comments\nolga_p\n3 March 2024\n{COMMENT}Reply\n"
        "Our history podcast\nPrint edition\nNewsletters\n© 2025 History Weekly\n"
    )
    removed = _removed(capture)
    assert {"Share", "Tweet", "Email"} | HEADLINES <= set(removed)
    # The cards' dates go with their headlines (a date alone, a headline after it); the reader's date,
    # with the reader's words after it, stays.
    assert {"12 March 2024", "9 March 2024"} <= set(removed)
    for line in ("olga_p", "3 March 2024", COMMENT.strip()):
        assert line not in removed


def test_a_list_closing_the_article_its_references_and_a_reviewers_name_stay_after_its_end() -> None:
    """Short lines right after the article's last paragraph are its own (a list, "References") until
    furniture or an interface word begins; a reviewer's name above the counts of their profile and the
    date stays, as does a heading its prose follows."""
    capture = (
        f"{MENU}{PROSE}First category: arrest\nSecond category: deportation\nThird category: resettlement\n"
        "References\nViola, Lynne. Peasant Rebels under Stalin. 1996.\nShare\nTweet\nEmail\n"
        f"{CARDS}Katya\n12 reviews\n31 followers\nMarch 2, 2021\n{COMMENT}"
        "Our history podcast\nPrint edition\nNewsletters\n© 2025 History Weekly\n"
    )
    removed = _removed(capture)
    for line in ("First category: arrest", "Third category: resettlement", "References", "Katya"):
        assert line not in removed
    assert {"Share", "Tweet"} | HEADLINES <= set(removed)



HEAD = (
    "Editor's picks\nThe grain quota of 1932\nPoltava remembers\nEurope\nThe requisition brigades\n"
    "How the brigades searched the villages\nBy Maria Kovalenko\n12 March 2024\nShare\nTweet\n"
)
TRENDING = "Why the census vanished\nKharkiv archives reopen\nA village paper survives\nStalin's last purge\n"
MOTTO = "Stories from the archives, every Friday.\n"


def test_a_column_of_headlines_above_the_articles_head_goes() -> None:
    """Above the article, a column of other stories' headlines that the menu's run does not reach (the
    site's motto stands between): before the eight lines above the article's first paragraph (its title,
    standfirst, byline and date), a run of four link-like lines goes without other evidence."""
    capture = f"{MENU}{MOTTO}Trending\n{TRENDING}{HEAD}{PROSE}© 2025 History Weekly\n"
    removed = _removed(capture)
    assert {"Trending"} | set(TRENDING.split("\n")[:4]) <= set(removed)
    for line in ("The requisition brigades", "How the brigades searched the villages", "By Maria Kovalenko"):
        assert line not in removed


def test_above_the_article_its_title_said_again_stays_in_a_column_of_headlines() -> None:
    """The article's title said in the column above it (a hub's or a breadcrumb's) is the page's own: the
    rest of the column goes."""
    capture = (
        f"{MENU}{MOTTO}Trending\nThe requisition brigades\n{TRENDING}{HEAD}{PROSE}{PROSE}{PROSE}"
        "© 2025 History Weekly\n"
    )
    removed = _removed(capture)
    assert "The requisition brigades" not in removed
    assert set(TRENDING.split("\n")[:4]) <= set(removed)
