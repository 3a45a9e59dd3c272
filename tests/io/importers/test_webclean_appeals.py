"""The web clean-up on the site's own prose closing a page (issue 14, 2026-12): a membership, donation or
newsletter appeal written as sentences, speaking to the reader or for the site, in words the article
does not use, goes. Guards: the article's last paragraph, a closing quotation, a correction, a note on
the sources, and an article that is itself about subscriptions stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

HEAD = "Valley Courier\n\nSign in\nSubscribe\nNews\nSport\nWeather\n\nShare on Facebook\nShare on Twitter\n\n"
ARTICLE = (
    "The county's oldest stone bridge reopened to carts and walkers on Saturday after two winters of "
    "repairs to its three arches, which the spring floods of the last decade had undermined.\n\n"
    "Masons from the valley replaced more than four hundred of the parapet's stones with blocks cut "
    "from the same quarry that supplied the builders in the eighteenth century.\n\n"
    "The engineer in charge told the crowd at the reopening that the piers now stand on new footings "
    "of concrete, hidden below the river bed so that the old bridge looks as it always did.\n\n"
    "Heavy lorries will still be kept off the bridge, and the toll house beside it is to become a "
    "small museum of the river crossings when its roof has been mended next year.\n\n"
)
APPEAL = (
    "Independent local news costs money to produce. If you value what we do, please support our "
    "newsroom by becoming a paying member today.\n\n"
    "Get our free morning newsletter delivered to your inbox: sign up in less than a minute.\n\n"
)


def test_a_membership_appeal_after_the_articles_last_paragraph_goes() -> None:
    removed = _removed(HEAD + ARTICLE + APPEAL + "Contact us\nPrivacy\nTerms\n")
    assert any("paying member" in line for line in removed)
    assert any("free morning newsletter" in line for line in removed)
    assert not any("toll house" in line or "parapet" in line for line in removed)


def test_a_closing_quotation_and_a_correction_stay() -> None:
    closing = (
        "\u201cWe hope you will come and walk across it with us,\u201d the engineer said, \u201cand "
        "support our plan for the museum.\u201d\n\n"
        "Correction: an earlier version of this story gave the wrong year for the floods; we regret "
        "the error and have updated our newsletter.\n\n"
    )
    removed = _removed(HEAD + ARTICLE + closing)
    assert not set(removed) & set(closing.split("\n")) - {""}


def test_an_article_about_subscriptions_keeps_its_last_paragraph() -> None:
    # Its words are the article's own: not foreign, so no appeal of the site.
    article = (
        "Newspapers across the region lost a fifth of their paying subscribers last year, a survey of "
        "publishers found, and most now rely on digital subscriptions and memberships.\n\n"
        "Publishers told the survey that newsletters bring more readers to a subscription than any "
        "advertising, and that a free trial converts one reader in ten into a member.\n\n"
        "Several small publishers have dropped their paywall and ask readers to donate instead, with "
        "donations covering a third of the costs of a newsroom on average.\n\n"
        "If you subscribe to a local paper, the survey suggests, your subscription now pays for most of "
        "its newsroom, since advertising and donations together cover much less.\n\n"
    )
    removed = _removed(HEAD + article)
    assert not set(removed) & set(article.split("\n")) - {""}


def test_a_call_without_a_full_stop_after_the_article_goes_but_not_its_neighbours_words() -> None:
    # A newsletter call of a sentence's length that ends in no full stop, under a disclaimer that
    # speaks neither to the reader nor for the site: the call goes, the disclaimer stays.
    ending = (
        "Opinions in readers' comments are the writers' alone and are checked before publication.\n\n"
        "Comments\n\n"
        "Sign up to the Courier's weekend letter and we will send you the valley's stories first\n\n"
        "Contact us\nPrivacy\n"
    )
    removed = _removed(HEAD + ARTICLE + ending)
    assert any("weekend letter" in line for line in removed)
    assert not any("Opinions in readers' comments" in line for line in removed)
    assert not set(removed) & set(ARTICLE.split("\n")) - {""}
