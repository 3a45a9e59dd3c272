"""The web clean-up on a page's widgets said twice or doubled (issue 14, 2026-12): a box printed line for
line at the top and the foot of the article, and a column of cards whose headlines (the picture's text
and the link's) end as questions or trail off. Guards: a title block said twice and a closing question
of the article said twice stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

HEAD = "Riverside Chronicle\n\nSign in\nSubscribe\nNews\nHistory\nSport\n\n"
ARTICLE = (
    "The Old Ferry House\n\n"
    "The ferry house at the bend of the river, where the crossing to the market town ran until the "
    "bridge opened in 1902, has been bought by the parish and will be opened to visitors.\n\n"
    "Its ledgers, kept by three generations of ferrymen, list the fares paid for carts, cattle and "
    "passengers, and show how the traffic fell away once the bridge was built upstream.\n\n"
    "The parish plans to show the ledgers in the old waiting room, beside the bell that travellers rang "
    "to call the ferryman across from the far bank.\n\n"
)
FOOT = "\nAbout us\nContact\nPrivacy\nTerms\n"
BOX = (
    "Share this\nComments\n"
    "Reading history\nWhat is this?\nTurn on reading history\nto keep the stories you opened\n"
    "on this device\nTurn it off\nat any time\n"
)


def test_a_box_printed_above_and_below_the_article_goes_line_for_line() -> None:
    text = HEAD + BOX + "\n" + ARTICLE + BOX + FOOT
    removed = _removed(text)
    assert removed.count("Turn on reading history") == 2
    assert removed.count("to keep the stories you opened") == 2
    assert not any("ferrymen" in line for line in removed)


def test_a_title_block_said_twice_stays() -> None:
    title = "Local history\nThe Old Ferry House\nA parish buys its river crossing\nPhotograph: the archive\n"
    text = HEAD + title + "\n" + title + "\n" + ARTICLE.split("\n\n", 1)[1] + FOOT
    assert "A parish buys its river crossing" not in _removed(text)


HEADLINES = (
    "The mill that ground for three parishes",
    "A towpath walk from lock to lock",
    "Who really kept the lock keeper's cottage by the weir?",
    "Floods, fords and the lost causeway of the old town...",
    "The boatyard that built the last barges",
)
CARDS = "Across the river\n\n" + "".join(f"{line}\n{line}\n\n" for line in HEADLINES)


def test_doubled_cards_whose_headlines_ask_or_trail_off_go_with_their_column() -> None:
    removed = _removed(HEAD + ARTICLE + CARDS + FOOT)
    for line in HEADLINES[2:4]:
        assert removed.count(line) == 2


def test_a_closing_question_said_twice_stays() -> None:
    ending = "Will the bell ring again next summer?\nWill the bell ring again next summer?\n\n"
    removed = _removed(HEAD + ARTICLE + ending + FOOT)
    assert "Will the bell ring again next summer?" not in removed
