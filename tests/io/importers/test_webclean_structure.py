"""The web clean-up on the structure of real pages (issue 14, furniture recall on Mozilla Readability's saved
pages, ``tests/benchmarks/measure_webclean_real.py``): what tells a page's chrome from its article without
lists of words in one language: the width of the page's lines, repetition across the page, the position of a
run of short lines against the article."""

import pytest

from annotator.io.importers.webclean import furniture
from tests.helpers.web_captures import render
from tests.helpers.web_captures_structure import STRUCTURE

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


UKRAINIAN_MENU = "Новини\nПолітика\nЕкономіка\nІсторія\nКультура\n"
UKRAINIAN_PROSE = (
    "Восени 1932 року план хлібозаготівель для району підвищували тричі, і щоразу комітет доповідав, що "
    "села не можуть його виконати.\n"
    "\n"
    "Бригади ходили від хати до хати, шукаючи зерно, а звіти районних комітетів називали ці обшуки формою "
    "класової боротьби.\n"
)


def test_a_menu_the_page_prints_twice_goes_in_any_language() -> None:
    """A run of short lines said again in the same order (the site's menu for the desktop and for the phone)
    is a menu, whatever the language: no list of interface words names these items."""
    capture = f"Хроніка\n{UKRAINIAN_MENU}Пошук\n{UKRAINIAN_MENU}Хроніка голоду\n{UKRAINIAN_PROSE * 3}"
    removed = _removed(capture)
    assert removed.count("Історія") == 2 and removed.count("Новини") == 2
    assert "Хроніка голоду" not in removed
    assert not any(line in removed for line in UKRAINIAN_PROSE.split("\n") if line)


def test_a_posters_head_said_over_each_post_and_a_table_header_in_the_article_stay() -> None:
    """Lines said again in the same order that are no menu: a reader's name, rank and post count above the
    date of each of their posts, and the header of a table printed over each of its halves between the
    article's paragraphs."""
    post = "archivrat\nMember\nPosts: 412\nTue Mar 05, 2013 7:41 pm\n"
    table = "Rank\nName\nRegion\nAuckland\nWellington\n"
    capture = (
        f"{MENU}{PROSE}{table}{PROSE}{table}{PROSE}{post}Where are the reports kept?\n"
        f"{post}Found them, thanks.\nQuote\nTop\n"
    )
    removed = _removed(capture)
    for line in ("archivrat", "Rank", "Name", "Region"):
        assert line not in removed


JAPANESE_MENU = "トップ\n速報\n写真\n映像\n雑誌\nビジネス\n特集\nランキング\n"
JAPANESE_PROSE = (
    "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリを"
    "発表した。利用者は公衆無線LANを安全に使えるようになるという。\n"
    "\n"
    "同社がスマートフォン保持者に実施した調査では、フリーWi-Fiの利用経験がある人の多くが安全性に不安を感じて"
    "いると回答した。\n"
)


def test_a_page_in_japanese_has_its_article_and_its_chrome_told_apart() -> None:
    """Chinese and Japanese are written without spaces: a paragraph there is a long line that ends a
    sentence with "。", a menu item a few characters; the menu printed at the top and the bottom goes, the
    article's title and paragraphs stay."""
    title = "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ"
    capture = (
        f"{JAPANESE_MENU}{title}\n{JAPANESE_PROSE}【関連記事】\n{JAPANESE_MENU}"
        "Copyright (C) 2017 Yahoo Japan Corporation. All Rights Reserved.\n"
    )
    removed = _removed(capture)
    assert removed.count("速報") == 2 and removed.count("ランキング") == 2
    assert title not in removed
    assert not any(line in removed for line in JAPANESE_PROSE.split("\n") if line)


def test_a_long_row_of_links_in_any_script_is_navigation() -> None:
    """A footer's row of eleven links between bars is no paragraph however many words it has, and its items
    are words of any script (Chinese, Cyrillic), not only Latin letters."""
    row = (
        "关于腾讯 | About Tencent | 服务协议 | 隐私政策 | 开放平台 | 广告服务 "
        "| 腾讯招聘 | 腾讯公益 | 客服中心 | 举报中心 | 网站导航"
    )
    cyrillic = "Про нас | Контакти | Реклама | Архів"
    capture = f"{MENU}{PROSE}{row}\n{cyrillic}\n"
    removed = _removed(capture)
    assert row in removed and cyrillic in removed


TEASER = (
    "The education foundation reveals its plan to widen access to the archives of the district committees "
    "for teachers and their students across the region.\n"
)
SECTIONS = (
    "Standards, Guidelines & Best Practices\nStandard Units\nDisplay\nMobile\nRising Stars 2015\n"
    "Documents for Public Comment\nBrowse by Topics\nCompliance\nData\nNative Advertising\nProgrammatic\n"
    "Research & Thought Leadership\nBrowse by Type\nCase Study\nResearch\nWhite Paper\nPopular Topics\n"
    "Creative\nGlobal\nRevenue Report, 2015\nMarket Intelligence\nMeasurement & Viewability\n"
)
ARTICLE_HEAD = "Getting lean with the district archives\nBy Scott Cunningham\n"


def test_a_long_column_of_short_lines_parts_a_teaser_from_the_article() -> None:
    """A teaser's paragraph above a column of twenty-two menu lines is no part of the article below them:
    the column parts the two clusters of prose by its length, and its links go as the page's lead; the
    teaser's paragraph, the title and the byline stay."""
    capture = f"{MENU}Featured News\n{TEASER}{SECTIONS}{ARTICLE_HEAD}{PROSE * 3}© 2025 History Weekly\n"
    removed = _removed(capture)
    for line in ("Documents for Public Comment", "Compliance", "Research", "White Paper"):
        assert line in removed
    for line in (TEASER.strip(), "Getting lean with the district archives", "By Scott Cunningham"):
        assert line not in removed


OTHER_STORIES = (
    "Trump Shocked to Learn 3M Selling Masks Overseas After He Failed to Invoke the Act\n"
    "Here's When You'll Get Your Coronavirus Relief Check, and How Much\n"
    "Friday's Best Deals: Children's Books, Lamps, Pillows and More\n"
    "The 25 Toughest Colleges to Get Into, Ranked\n"
)
MOST_READ = (
    "Scientists are hunting for black holes on the South Pole\nThe year-long open marriage experiment\n"
    "Ten great science reads you can take to the beach\nMore stories from the science desk\n"
    "Get lost in eight great biographies\n"
)


def test_headlines_far_above_the_article_go_and_its_title_in_a_sticky_header_stays() -> None:
    """Far above the article's head (past its eight lines and furniture), other stories' headlines go
    though they are longer than a link and hold commas and digits; the article's own title said in a
    sticky header at the top stays (most of its words are the article's)."""
    title = "How the district committees searched for the grain of 1932"
    capture = (
        f"{MENU}{title}\nYou may also like\n{OTHER_STORIES}Share\nTweet\nEmail\nMost read\n{MOST_READ}"
        f"{title}\nBy Maria Kovalenko\n12 March 2024\n{PROSE * 3}© 2025 History Weekly\n"
    )
    removed = _removed(capture)
    assert set(OTHER_STORIES.strip().split("\n")) <= set(removed)
    assert title not in removed


def test_a_numbered_list_of_topics_and_a_pager_after_the_article_go() -> None:
    """After the article, a pager of page numbers ("1 | 2 | 3", "Next Page >") and a numbered list of topics
    whose numbers stand on lines of their own ("1." is no sentence) go, though a video's blurb after them
    makes them look like the article's (no context rule reaches them); short questions among sponsors'
    links ("Lactose Intolerant?") stay but do not part the run around them."""
    topics = "".join(f"{n}.\n{name}\n" for n, name in enumerate(("Skin Cancer", "Snoring", "Autism"), 1))
    sponsors = "Controlling Heart Disease\nAllergy Relief\nLactose Intolerant?\nBrush, Floss & Rinse\n"
    video = (
        "Which sex is the worst about washing up, and why is it so important? We have got the dirty truth on "
        "how and when to wash your hands.\n"
    )
    capture = (
        f"{MENU}{PROSE * 3}1 | 2 | 3\nNext Page >\nTop News Topics\n{topics}{video}"
        f"Health Solutions From Our Sponsors\n{sponsors}© 2025 Health Weekly\n"
    )
    removed = _removed(capture)
    assert {"1 | 2 | 3", "Next Page >", "1.", "2.", "Snoring", "Autism", "Allergy Relief"} <= set(removed)
    assert "Brush, Floss & Rinse" in removed
    assert not any(line in removed for line in PROSE.split("\n") if line)


FRENCH_MENU = (
    "Accueil\nHors-séries\nLivres\nDVD\nCD\nUnes du Monde\nLoisirs & papeterie\nPromotions\nPartenaires\n"
    "Annonces auto\nAnnonces emploi\nAnnonces immo\nComparateur de banques\nComparateur de crédit\n"
    "Cours d’anglais\nModèles de lettres\nPrix de l’immobilier\nShopping\nÉdition globale\nÉdition afrique\n"
    "Rechercher :\n\nFacebook\nTwitter\nSuivre le Monde sur Twitter\n"
    "Avatar lemonde.fr @lemondefr Suivre @lemondefr\n"
    "Google+\nEmploi Newsletters\nS'inscrire Connexion\nInternational\nPolitique\nSociété\nÉco\nCulture\n"
)
FRENCH_PROSE = (
    "Les députés ont, sans surprise, adopté à une large majorité le projet de loi sur le renseignement, "
    "au terme de plusieurs semaines de débats souvent vifs à l'Assemblée nationale.\n"
    "\n"
    "Ce texte, fortement décrié par la société civile pour son manque de contre-pouvoir, doit maintenant "
    "être examiné par le Sénat avant la fin du mois de mai.\n"
)


def test_a_long_menu_in_french_with_little_furniture_found_goes() -> None:
    """Thirty short lines above the article with only two words of the interface list among them: the
    column's length tells a web page (no book prints such a column outside its prose), and the menu goes;
    the title and the byline stay."""
    title = "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
    byline = "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger"
    capture = f"{FRENCH_MENU}{title}\n{byline}\n{FRENCH_PROSE * 3}"
    removed = _removed(capture)
    assert {"Hors-séries", "Annonces immo", "Comparateur de banques", "Édition globale"} <= set(removed)
    assert title not in removed and byline not in removed
    assert not any(line in removed for line in FRENCH_PROSE.split("\n") if line)


def test_a_tables_cells_on_lines_of_their_own_between_the_articles_paragraphs_stay() -> None:
    """A table copied a cell to a line between the article's paragraphs (a country's regions and their
    counts) can be long enough to part the article's prose in two clusters; only link-like lines go between
    clusters, so its counted cells ("15 islands", "13 cities and 53 districts") stay."""
    cells = (
        "Countries\nNew Zealand\nCook Islands\nNiue\nRegions\n11 non-unitary regions\n5 unitary regions\n"
        "Chatham Islands\nRoss Dependency\nTokelau\n15 islands\n14 villages\nTerritorial authorities\n"
        "13 cities and 53 districts\n4 atolls, 3 of them inhabited\nKermadec Islands, a nature reserve\n"
        "Three Kings Islands\n2 research stations\nBounty Islands\nAntipodes Islands\nAuckland Islands\n"
        "Campbell Island\n"
    )
    capture = f"{MENU}{PROSE}{cells}{PROSE * 3}© 2025 Encyclopedia\n"
    removed = _removed(capture)
    for cell in ("11 non-unitary regions", "13 cities and 53 districts", "4 atolls, 3 of them inhabited"):
        assert cell not in removed


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("name", sorted(STRUCTURE))
def test_saved_pages_in_other_languages_lose_no_content_line(name: str, spaced: bool) -> None:
    """Pages written for these rules (Polish news, an English society's blog, a German archive's news), in
    the mess of real sites: no line of the article, its caption or its readers' comments goes, and most of
    the page's furniture does (measured with the other sets in tests/benchmarks/measure_webclean.py)."""
    capture = render(STRUCTURE[name](), spaced)
    found = furniture(capture.text)
    content = set(range(len(capture.text.split("\n")))) - set(capture.furniture)
    lost = [capture.text.split("\n")[i] for i in sorted(content & set(found))]
    assert lost == []
    assert len(set(found) & set(capture.furniture)) * 2 > len(capture.furniture)


POLISH_PROSE = (
    "Muzeum Lubelskie otworzyło we wtorek wystawę poświęconą Wielkiemu Głodowi na Ukrainie w latach "
    "1932–1933, z listami, fotografiami i raportami komitetów rejonowych.\n"
    "\n"
    "Kuratorka wystawy podkreśla, że większość dokumentów po raz pierwszy pokazano publicznie, a część "
    "z nich przekazały rodziny świadków.\n"
)


def test_a_share_bar_said_above_and_below_the_article_goes_and_a_readers_name_above_a_polish_date_stays() -> (
    None
):
    """A share bar printed above and below the article's paragraphs ("Udostępnij" / "Facebook" / "X") is a
    run the page repeats with furniture in it, so both copies go though they stand among the article's
    prose; a reader's name above a date in Polish ("14 marca 2024, 10:41") is a post's head and stays."""
    bar = "Udostępnij\nFacebook\nX\n"
    capture = (
        f"{MENU}Wystawa o Wielkim Głodzie\n{bar}{POLISH_PROSE}{bar}{POLISH_PROSE}Komentarze (2)\n"
        "tomasz_lublin\n14 marca 2024, 10:41\nByłem wczoraj, polecam.\nOdpowiedz\nZgłoś\n"
        "Ewa K.\n14 marca 2024, 11:02\nDziękuję za artykuł.\nOdpowiedz\nZgłoś\nPokaż więcej komentarzy\n"
        "© 2024 Gazeta Lubelska\n"
    )
    removed = _removed(capture)
    assert removed.count("Udostępnij") == 2 and removed.count("X") == 2
    for line in ("tomasz_lublin", "Ewa K.", "Byłem wczoraj, polecam.", "Wystawa o Wielkim Głodzie"):
        assert line not in removed


def test_the_title_above_an_infobox_is_the_articles_head() -> None:
    """An encyclopedia's title above its infobox (labels and values after tabs) is part of the article's
    head however many rows the infobox has: it stays, the page's menus go."""
    infobox = "".join(f"{label}\n\t{value}\n" for label, value in INFOBOX)
    capture = (
        "Narkomzem\n\nFrom Wikipedia, the free encyclopedia\nJump to: navigation, search\n"
        f"See also: Ministry of Agriculture\nNarkomzem\nNarkomzem emblem.png\n{infobox}{LEAD}{PROSE * 3}"
        "Privacy policy\nAbout Wikipedia\nDisclaimers\n"
    )
    removed = _removed(capture)
    assert "Narkomzem" not in removed


LEAD = (
    "Narkomzem, the People's Commissariat of Agriculture of the Soviet Union, planned the collectivisation "
    "of the villages and the grain procurements of the first five-year plan.\n"
)
INFOBOX = (
    ("Formed", "7 December 1929"),
    ("Preceding agency", "People's Commissariat of Agriculture of the RSFSR"),
    ("Dissolved", "1946"),
    ("Superseding agency", "Ministry of Agriculture"),
    ("Jurisdiction", "Soviet Union"),
    ("Headquarters", "Moscow"),
    ("Agency executive", "Yakov Yakovlev"),
)


def test_a_pager_said_again_among_the_articles_paragraphs_goes() -> None:
    """A control the page's shape rules find in its chrome ("« Vorige | Nächste »" above the article) is the
    same control where the page says it again between the article's paragraphs, out of the chrome rules'
    reach; a heading of the article stays."""
    pager = "« Vorige | Nächste »"
    capture = (
        f"{MENU}{pager}\nPasswortverwaltung für den Mac\n{PROSE}{pager}\nNeue Funktionen\n{PROSE}{PROSE}"
    )
    removed = _removed(capture)
    assert removed.count(pager) == 2
    assert "Neue Funktionen" not in removed and "Passwortverwaltung für den Mac" not in removed


def test_a_bare_number_is_no_control_said_again() -> None:
    """A page's number in a pager ("2") is no control where the same number stands alone elsewhere (a rank
    in a list of popular stories, a table's cell): only words are said again as furniture."""
    capture = (
        f"{MENU}{PROSE}Share\n1\nReply\nFlag\n{PROSE}Popular now\n1\nGrain quotas in the district\n"
        f"2\nKharkiv archives reopen\n{PROSE}"
    )
    found = furniture(capture)
    lines = capture.split("\n")
    ranks = [i for i, line in enumerate(lines) if line in ("1", "2") and i > lines.index("Popular now")]
    assert all(found.get(i) != "furniture said again" for i in ranks)


def test_a_name_the_article_discusses_is_no_control_said_again() -> None:
    """A country's name among the site's menu items is furniture there; the same name between the
    article's paragraphs (a table's cell, a heading), which the article's prose discusses, stays."""
    prose = (
        "New Zealand has sixteen regions and the Chatham Islands, and the realm of New Zealand also holds "
        "the Cook Islands, Niue and Tokelau, which govern themselves.\n"
    )
    capture = (
        f"{MENU}New Zealand\nAustralia\nFiji\nSamoa\nRegions of New Zealand\n{prose}{prose}"
        f"New Zealand\nCook Islands\n{prose}{prose}"
    )
    lines = capture.split("\n")
    found = furniture(capture)
    inside = [i for i, line in enumerate(lines) if line == "New Zealand"][-1]
    assert inside not in found
