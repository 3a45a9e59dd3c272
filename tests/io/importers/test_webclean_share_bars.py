"""The web clean-up on share bars, support boxes and labels of other stories that a recall round on fresh
real pages (news and review sites in English and German, 2026-12) found missed: a share bar whose buttons say
"Share this on Facebook" and "Share All sharing options for: <title>" with services no list held ("Pocket",
"Flipboard"), a tool bar's icons by their alt text ("Icon Drucker"), "Readers Also Liked" and "Next Up In …"
over other stories, "Mehr zu diesem Thema". Content of the same words stays: a sentence asking to share, an
article's list with "Pocket" among its items, a heading "Next up" over the article's own prose."""

from tests.helpers.webclean_lines import PROSE_DE
from tests.helpers.webclean_lines import removed_lines as _removed

PROSE_EN = (
    "The harbour commission met twice in the winter of 1911, and its minutes record a quarrel over the dues "
    "that the fishing fleet was asked to pay for the new breakwater.\n"
    "\n"
    "The fishermen's guild sent a petition signed by forty-two skippers, who argued that the breakwater "
    "served the steamers and not their own small boats.\n"
    "\n"
    "In the spring the commission halved the dues for boats under ten tons, a compromise the guild's "
    "secretary described in a letter to the county newspaper.\n"
)


def test_a_news_sites_share_bar_with_its_services_goes() -> None:
    capture = (
        "Skip to main content\nHarbour Times homepage\n\n"
        "The breakwater quarrel of 1911\n\n"
        "How a small port argued over its dues.\n\n"
        "By  Ann Roe   Updated  May 2, 2019, 9:10am EDT\n"
        "Share this story\n\n"
        "Share this on Facebook\nShare this on Twitter\nShare All sharing options\n"
        "Share All sharing options for: The breakwater quarrel of 1911\n\n"
        "Reddit\nPocket\nFlipboard\nEmail\n"
        f"{PROSE_EN}"
    )
    removed = _removed(capture)
    for line in ("Share this on Facebook", "Share All sharing options", "Pocket", "Flipboard", "Email"):
        assert line in removed
    assert "Share All sharing options for: The breakwater quarrel of 1911" in removed
    assert "The breakwater quarrel of 1911" not in removed
    assert not any("fishermen" in line for line in removed)


def test_a_tool_bars_icons_by_their_alt_text_go() -> None:
    capture = (
        "Zum Inhalt\nSuche\nMenü\n\n"
        "Stand: 03.08.2020 13:14 Uhr\n\n"
        "Icon facebook\nIcon Twitter\nIcon Briefumschlag\nIcon WhatsApp\nIcon Drucker\nSeitenanfang\n"
        f"{PROSE_DE}"
    )
    removed = _removed(capture)
    for line in ("Icon facebook", "Icon Briefumschlag", "Icon Drucker", "Seitenanfang"):
        assert line in removed
    assert "Stand: 03.08.2020 13:14 Uhr" not in removed


def test_other_stories_under_readers_also_liked_and_next_up_go() -> None:
    capture = (
        f"{PROSE_EN}"
        "\n"
        "Readers Also Liked\n\n"
        "Lighthouse Keepers and Their Logbooks\n\n"
        "What the weather columns of a remote station tell a climate historian.\n\n"
        "Mary Lind\n\n"
        "The Canal Strike of 1889\n\n"
        "Bargemen stopped the locks for nine days to win a wage of their own.\n\n"
        "Tom Hale, Eva Marsh\n\n"
        "Next Up In History & Society\n\n"
        "Why railway timetables standardised the clocks of a nation\n"
        "A forgotten census of village bakers, explained\n"
        "The strange afterlife of a medieval boundary stone\n"
        "Privacy Notice\nTerms of Use\n"
    )
    removed = _removed(capture)
    for line in ("Readers Also Liked", "Lighthouse Keepers and Their Logbooks", "Mary Lind"):
        assert line in removed
    for line in ("Next Up In History & Society", "A forgotten census of village bakers, explained"):
        assert line in removed
    assert not any("breakwater" in line for line in removed)


def test_a_german_more_on_the_topic_label_and_its_links_go() -> None:
    capture = (
        f"{PROSE_DE}"
        "\n"
        "Mehr zu diesem Thema:\n\n"
        "Hungersnot in der Ukraine: Neue Akten aus den Archiven\n"
        "Die Getreidebeschaffung im Jahr 1932 im Überblick\n"
        "Impressum\nKontakt\nDatenschutz\n"
    )
    removed = _removed(capture)
    assert "Mehr zu diesem Thema:" in removed
    assert "Die Getreidebeschaffung im Jahr 1932 im Überblick" in removed


def test_words_of_a_share_bar_stay_in_the_articles_own_sentences_and_lists() -> None:
    capture = (
        "The Pedlar's Inventory\n\n"
        f"{PROSE_EN}"
        "\n"
        "The inventory of his pack, taken at the inquest, lists what he carried:\n\n"
        "Pocket\nWatch chain\nTwo pairs of spectacles\nA ledger of debts\n\n"
        "Share this on Facebook, the guild's secretary wrote, was not a phrase he could have imagined.\n\n"
        "Next up\n\n"
        "The inquest's verdict was read to the commission in June, and the guild paid for the pedlar's grave "
        "in the churchyard by the harbour wall.\n"
    )
    removed = _removed(capture)
    assert "Pocket" not in removed
    assert "Next up" not in removed
    assert not any("Share this on Facebook" in line for line in removed)


def test_signed_cards_of_related_pieces_in_the_articles_own_words_go() -> None:
    # The cards speak of the article's subject (the harbour's dues, the guild): their words do not tell
    # them apart, their shape does: a headline, one sentence, the authors' names.
    capture = (
        f"{PROSE_EN}"
        "\n"
        "Readers Also Liked\n\n"
        "The Guild and the Breakwater\n\n"
        "The fishing fleet paid the harbour dues for the steamers' breakwater.\n\n"
        "Ann Roe\n\n"
        "Harbour Dues in the County Newspaper\n\n"
        "The skippers' petition of 1911 and the commission's compromise on the dues.\n\n"
        "Tom Hale, Eva Marsh\n\n"
        "Love the Harbour Times?\n\n"
        "Then you will enjoy our new membership programme, with a printed edition for every member.\n"
    )
    removed = _removed(capture)
    for line in ("Readers Also Liked", "The Guild and the Breakwater", "Ann Roe", "Tom Hale, Eva Marsh"):
        assert line in removed
    assert "The skippers' petition of 1911 and the commission's compromise on the dues." in removed
    assert not any("forty-two skippers" in line for line in removed)


def test_one_signed_card_under_a_related_heading_among_the_prose_stays() -> None:
    capture = (
        "The Harbour Commission\n\n"
        f"{PROSE_EN}"
        "\n"
        "Related\n\n"
        "The Guild's Petition\n\n"
        "The skippers signed the petition in the guild's hall.\n\n"
        "Ann Roe\n\n"
        "The guild's secretary kept the petition with the commission's reply, and both are now in the county "
        "archive, where the harbour's other papers of the period are also kept.\n"
    )
    removed = _removed(capture)
    assert "The Guild's Petition" not in removed
    assert "Ann Roe" not in removed


def test_a_reviews_shop_buttons_and_affiliate_note_go_and_its_verdict_stays() -> None:
    capture = (
        "Skip to main content\nMenu\n\n"
        "Review: The Harbourmaster's Lantern\n\n"
        "$89 at Amazon\n$92 at Harbour Supplies\n"
        "If you buy something using links in our stories, we may earn a commission. Learn more.\n\n"
        f"{PROSE_EN}"
        "\n"
        "£5 at the auction\n\n"
        "It cost $89 at the time of writing, a fair price for a lantern of brass.\n\n"
        "$89 at Amazon\n$92 at Harbour Supplies\n"
        "Facebook\nTwitter\n"
    )
    removed = _removed(capture)
    assert removed.count("$89 at Amazon") == 2
    assert "$92 at Harbour Supplies" in removed
    assert any(line.startswith("If you buy something using links") for line in removed)
    assert "Review: The Harbourmaster's Lantern" not in removed
    assert not any("fair price" in line for line in removed)
    assert "£5 at the auction" not in removed


def test_a_german_topics_list_and_a_glued_share_bar_go_and_the_source_stays() -> None:
    capture = (
        "Zum Inhalt\nMenü\nSuche\n\n"
        f"{PROSE_DE}"
        "\n"
        "Teilen auf Facebook: 4Teilen auf Twitter: 1 WhatsApp Teilen…\n"
        "Themen:\nGeschichte\nLandwirtschaft\nArchive\n"
        "Quelle: Gebietsarchiv Charkiw\n"
        "Drucken\nImpressum\nKontakt\nDatenschutz\n"
    )
    removed = _removed(capture)
    assert "Teilen auf Facebook: 4Teilen auf Twitter: 1 WhatsApp Teilen…" in removed
    for line in ("Themen:", "Geschichte", "Landwirtschaft"):
        assert line in removed
    assert "Quelle: Gebietsarchiv Charkiw" not in removed


def test_a_newsletter_box_a_related_tags_list_and_an_avatars_text_go() -> None:
    capture = (
        "Skip Navigation\nMenu\n\n"
        "The breakwater quarrel of 1911\n\n"
        "Profile picture for user Ann Roe\nby  Ann Roe\n\n"
        f"{PROSE_EN}"
        "\n"
        "Related Tags\nHarbours\nFishing\nLocal history\n\n"
        "Harbour Times Newsletters\n\n"
        "Sign up for free newsletters and get more Harbour Times delivered to your inbox\n\n"
        "Sign Up Now\n"
        "Privacy Policy\nTerms of Service\n"
    )
    removed = _removed(capture)
    assert "Profile picture for user Ann Roe" in removed
    for line in ("Related Tags", "Harbours", "Local history", "Sign Up Now"):
        assert line in removed
    assert "Sign up for free newsletters and get more Harbour Times delivered to your inbox" in removed
    assert "by  Ann Roe" not in removed
    assert not any("breakwater quarrel" in line for line in removed)


def test_sentences_about_a_newsletter_stay() -> None:
    capture = (
        "The Harbour Newsletter\n\n"
        f"{PROSE_EN}"
        "\n"
        "The guild's secretary would get the newsletter in his inbox every Monday, he told the inquiry.\n\n"
        "Sign up for The Tidewater, a weekly newsletter on the history of small harbours.\n\n"
        "The commission never answered the guild's last letter, and the dues stayed as they were until the "
        "war.\n"
    )
    removed = _removed(capture)
    assert not any("newsletter" in line for line in removed)
