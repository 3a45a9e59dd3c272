"""The web clean-up on lines a run of furniture left behind outside the article (issue 14, 2026-12): a
menu item the article happens to use, among long runs of section links above it, and a headline that
asks a question or names a year in a column of other stories below it. Guards: the article's title
between the menu and its prose, a reader's words between a comment's buttons, a closing line after the
article that ends as a sentence, and any line between two furniture lines inside the article stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

MENU = "\n".join(
    (
        *("Harbour Gazette", "Sign in", "Subscribe", "news", "world", "local", "sport", "fashion", "farming"),
        *("motoring", "culture", "television", "film", "opinion", "letters", "podcasts", "crosswords"),
        "jobs",
    )
)
ARTICLE = (
    "The Lighthouse Keepers' Logbooks\n\n"
    "The logbooks that the keepers of the northern light wrote between 1850 and 1930 have been found "
    "in the loft of the old harbour office, wrapped in sailcloth and tied with tarred string.\n\n"
    "Each page records the weather at every watch, the ships that passed and the state of the lamp, "
    "and the farming families on the headland appear in them whenever they brought supplies.\n\n"
    "The county archive will copy the books over the winter and hopes to show the first of them in "
    "the museum by the harbour when it reopens in the spring.\n\n"
)
COLUMN = (
    "Print\nEmail\nShare\n\n"
    "Harbour life\n\n"
    "Ferry Timetable Changes for the Winter\n"
    "Who Really Built the First Crane on the Old Harbour Wall, and When?\n"
    "Fishing Fleet Lands Record Herring Catch\n"
    "The Ten Best Walks Along the Cliffs and Beaches in 2024\n"
    "School Choir Wins Regional Prize\n"
    "Quay Street Bakery at a Hundred\n\n"
    "About us\nContact\nPrivacy\nTerms\n\n" + MENU.replace("farming\n", "") + "\n"
)


def test_a_menu_item_the_article_uses_goes_among_the_menus() -> None:
    # "farming" is a word of the article: on its own the vocabulary guard keeps it; among section links
    # it is one more.
    removed = _removed(MENU + "\n\n" + ARTICLE + COLUMN)
    assert "farming" in removed
    assert "The Lighthouse Keepers' Logbooks" not in removed
    assert not any("keepers of the northern light" in line for line in removed)


def test_headlines_with_a_question_or_a_year_go_in_a_column_of_other_stories() -> None:
    removed = _removed(MENU + "\n\n" + ARTICLE + COLUMN)
    assert "Who Really Built the First Crane on the Old Harbour Wall, and When?" in removed
    assert "The Ten Best Walks Along the Cliffs and Beaches in 2024" in removed


def test_a_readers_words_between_comment_buttons_stay() -> None:
    comments = (
        "Comments\n\n"
        "Reply\nShare\nReport\n"
        "is this the same light my grandfather kept?\n"
        "Reply\nShare\nReport\n"
        "Were the logbooks kept in English\n"
        "Reply\nShare\nReport\n\n"
        "About us\nContact\nPrivacy\nTerms\n"
    )
    removed = _removed(MENU + "\n\n" + ARTICLE + comments)
    assert "is this the same light my grandfather kept?" not in removed


def test_a_closing_sentence_after_the_article_stays() -> None:
    ending = (
        "Share\nTweet\nEmail\n"
        "The logbooks can be seen by appointment.\n"
        "Print\nSave\nComment\n\n"
        "About us\nContact\nPrivacy\nTerms\n"
    )
    removed = _removed(MENU + "\n\n" + ARTICLE + ending)
    assert "The logbooks can be seen by appointment." not in removed


def test_a_heading_between_furniture_inside_the_article_stays() -> None:
    body = (
        "The logbooks that the keepers of the northern light wrote between 1850 and 1930 have been found "
        "in the loft of the old harbour office, wrapped in sailcloth and tied with tarred string.\n\n"
        "Share\nTweet\nEmail\n"
        "What the books record\n"
        "Advertisement\nPrint\nSave\n\n"
        "Each page records the weather at every watch, the ships that passed and the state of the lamp, "
        "and the farming families on the headland appear in them whenever they brought supplies.\n\n"
        "The county archive will copy the books over the winter and hopes to show the first of them in "
        "the museum by the harbour when it reopens in the spring.\n\n"
    )
    removed = _removed(MENU + "\n\n" + body + COLUMN)
    assert "What the books record" not in removed


def test_a_readers_words_between_a_posts_controls_stay() -> None:
    # A comment's share buttons above and its reply count and flags below: the words between are the
    # reader's, however much they look like a line left behind by a run of links.
    post = (
        "Share to Facebook\nShare to Twitter\nShare to Pinterest\nGo to permalink\n"
        "Only if the parish keeps the ledgers dry ;)\n"
        "2Reply\nFlagged\nFlag\nHide\n"
    )
    removed = _removed(MENU + "\n\n" + ARTICLE + "Comments\n\n" + post + COLUMN)
    assert "Only if the parish keeps the ledgers dry ;)" not in removed
