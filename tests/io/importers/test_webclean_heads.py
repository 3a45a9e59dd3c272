"""The web clean-up keeps an article's head however much chrome stands around it (found on the held-out
half of the real-page measure, ``tests/benchmarks/measure_webclean_real.py``): its "Last updated" dateline,
its headline above the byline when a video player's controls stand between the head and the prose."""

from tests.helpers.webclean_lines import removed_lines as _removed

PROSE = (
    "The grain office of the district kept two ledgers in the winter of 1931, one for the plan and one "
    "for what the carts actually brought to the station, and the two rarely agreed.\n"
    "\n"
    "When the inspectors came in March they read only the first ledger, and the second was found years "
    "later in a cupboard of the school that had taken over the building.\n"
)
MENU = "Home\nNews\nRegions\nArchive\nOpinion\nWeather\n"




def test_an_articles_last_updated_dateline_stays_but_a_pages_goes() -> None:
    capture = (
        f"{MENU}Share\nSubscribe\n"
        "The ledgers of the grain office\n"
        "By Ada Norberg\n"
        "Last updated March 3, 2019\n"
        "Share\nTweet\n"
        f"{PROSE}"
        "Share\nPrivacy policy\nPage last updated: 12 January 2024\n"
    )
    removed = _removed(capture)
    assert "Last updated March 3, 2019" not in removed
    assert "Page last updated: 12 January 2024" in removed


def test_a_headline_above_its_byline_stays_when_a_players_controls_stand_before_the_prose() -> None:
    controls = "Settings\nFull Screen\nEmbed\nVideo Quality\nAuto\nHigh (HD)\nClosed Captions\nLanguage\n"
    controls += "English\nType Size\nStyle Options\nArial\nGeorgia\nVerdana\nCourier New\nDone\n"
    capture = (
        f"{MENU}Share\nSubscribe\n"
        "Markets\nFarming\nLetters\n"
        "Veteran Wraps Newborn in Regimental Banner, Picture Divides Town\n"
        "By ADA NORBERG March 3, 2019 9:12 AM\n"
        f"{controls}"
        "Captions will look like this\nVideo Not Available\n"
        "Unfortunately, this video cannot be played where you are.\nAB-100-202\n"
        "Ledger Found in a Cupboard\nNow watching\nNext video starts in : 7 Play\n"
        "Ledger Found in a Cupboard\n"
        f"{PROSE}"
        "Share\nPrivacy policy\nTerms of use\n"
    )
    removed = _removed(capture)
    assert "Veteran Wraps Newborn in Regimental Banner, Picture Divides Town" not in removed
    assert "Markets" in removed and "Video Quality" in removed


def test_an_images_alt_text_said_again_in_a_short_article_is_no_banner() -> None:
    paragraph = PROSE.split("\n")[0]
    capture = (
        "The grain office in pictures\n"
        f"{paragraph}\n"
        "A single picture\nPhotograph of a ledger\n"
        f"{paragraph}\n"
        "A picture with its caption\nPhotograph of a ledger\nThe ledger as it was found\n"
        f"{paragraph}\n"
        "Two pictures\nPhotograph of a ledger\nThe ledger as it was found\n"
        "Photograph of a ledger\nThe ledger as it was found\n"
        f"{paragraph}\n"
    )
    assert _removed(capture) == []


SHARE = "Share\nFacebook\nEmail\nCopy link\n"


def test_a_teaser_series_inside_the_article_goes_but_its_headings_stay() -> None:
    first, second = PROSE.split("\n\n")
    capture = (
        f"{MENU}{SHARE}"
        "The ledgers of the grain office\n"
        "By Ada Norberg\n"
        f"{first}\n"
        "Zobacz też\n"
        "Nowe znalezisko w archiwum parafii pod Lublinem\n"
        "Kto napisał listy z Połtawy w roku głodu\n"
        "Odszedł ostatni świadek przesiedleń z doliny\n"
        "What the second ledger says\n"
        f"{second}"
        "Part two of the story\n"
        "A second ledger in the school cupboard\n"
        f"{first}\n"
        f"{SHARE}Privacy policy\nTerms of use\n"
    )
    removed = _removed(capture)
    assert "Zobacz też" in removed
    assert "Kto napisał listy z Połtawy w roku głodu" in removed
    for kept in ("What the second ledger says", "Part two of the story", "A second ledger in the school"):
        assert not any(line.startswith(kept) for line in removed)


def test_a_list_of_the_articles_own_points_under_a_label_stays() -> None:
    first, second = PROSE.split("\n\n")
    capture = (
        f"{MENU}{SHARE}"
        "The ledgers of the grain office\n"
        f"{first}\n"
        "What went wrong\n"
        "The carts brought less grain than the plan\n"
        "The inspectors read only the first ledger\n"
        "The second ledger stayed in the cupboard\n"
        "Later years\n"
        f"{second}"
        f"{SHARE}Privacy policy\nTerms of use\n"
    )
    assert not any("ledger" in line or "grain" in line or "wrong" in line for line in _removed(capture))


def test_a_list_of_popular_headlines_ends_the_article_before_a_newsletters_sentence() -> None:
    capture = (
        f"{MENU}Log in\nSubscribe\n{SHARE}"
        "The ledgers of the grain office\n"
        "By Ada Norberg\n"
        f"{PROSE}"
        "Share\n"
        "Most popular\n"
        "Harbour cranes return to the northern docks after a decade\n"
        "City council votes to rename the old tram depot\n"
        "Three bakeries share a prize for the best rye loaf\n"
        "Storm closes the coastal road for a second night\n"
        "Museum opens its map room to school classes\n"
        "Sign up to get the week's best stories from our reporters in your inbox every Friday.\n"
        "Email address\n"
        "Privacy policy\nTerms of use\n© 2024 The Harbour Gazette\n"
    )
    removed = _removed(capture)
    assert "City council votes to rename the old tram depot" in removed
    assert "Storm closes the coastal road for a second night" in removed
    assert not any("ledger" in line or "grain" in line or "inbox" in line for line in removed)


def test_an_infobox_value_from_the_country_is_no_source_label() -> None:
    first, second = PROSE.split("\n\n")
    capture = (
        f"{MENU}{SHARE}"
        "Republic of Ostland\n"
        "from Wikipedia\n"
        f"{first}\n"
        "Capital\nHarbourtown\nLargest city\nPort Elm\n"
        "Stages of independence\n"
        "from the Northern Kingdom\n"
        "• Charter\n7 May 1856\n• Dominion\n26 September 1907\n"
        f"{second}"
        f"{SHARE}Privacy policy\n"
    )
    removed = _removed(capture)
    assert "from Wikipedia" in removed
    assert "from the Northern Kingdom" not in removed


def test_headlines_of_a_mega_menu_between_its_blurbs_go_above_the_article() -> None:
    capture = (
        f"{MENU}Log in\nSubscribe\n"
        "Featured topics\n"
        "Harbour cranes return to the northern docks after a decade\n"
        "Three bakeries share a prize for the best rye loaf\n"
        "Storm closes the coastal road for a second night\n"
        "See what the grain ledgers of the district office could mean for the plan, and read the reports.\n"
        "Get started\n"
        "Museum opens its map room to school classes\n"
        "City council votes to rename the old tram depot\n"
        "Ferry timetable changes again before the summer season\n"
        "Orchard owners fear a late frost after a warm March\n"
        "Lighthouse keeper's cottage sold at auction for charity\n"
        "Volunteers count the swallows nesting under the bridge\n"
        "Choir from the valley sings at the cathedral on Sunday\n"
        "Night buses return to the river line after repairs\n"
        "Fishing fleet stays in port as prices fall again\n"
        "Students restore the mural on the old cinema wall\n"
        "The inspectors read the ledgers of the grain office in March, and the carts brought the rest.\n"
        "View all\n"
        f"{SHARE}"
        "The ledgers of the grain office\n"
        "By Ada Norberg\n"
        f"{PROSE}"
        f"{SHARE}Privacy policy\nTerms of use\n"
    )
    removed = _removed(capture)
    assert "Museum opens its map room to school classes" in removed
    assert "City council votes to rename the old tram depot" in removed
    assert not any("ledger" in line or "grain" in line for line in removed)
