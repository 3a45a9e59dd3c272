"""The web clean-up on captures whose furniture is indented by the page's source (a copy that keeps the
markup's tabs before a line) or written in German or French: the same buttons, counters and footer links
go, and an article's own lines that use those words stay."""

from annotator.io.importers.webclean import furniture
from tests.helpers.webclean_lines import removed_lines as _removed

PROSE_DE = (
    "Die Versorgungslage in den Dörfern des Bezirks verschlechterte sich im Herbst 1932 deutlich, und "
    "die Berichte der Kommissionen verzeichneten jede Woche neue Klagen der Bauern.\n"
    "\n"
    "Die Brigaden gingen von Haus zu Haus und suchten nach Getreide; in den Protokollen der "
    "Bezirkskomitees erscheinen diese Durchsuchungen als eine Form des Klassenkampfes.\n"
)
PROSE_FR = (
    "La situation alimentaire des villages du district se dégrada nettement à l'automne 1932, et les "
    "rapports des commissions signalaient chaque semaine de nouvelles plaintes des paysans.\n"
    "\n"
    "Les brigades allaient de maison en maison à la recherche de grain ; les procès-verbaux des comités "
    "de district présentent ces perquisitions comme une forme de lutte des classes.\n"
)
PROSE_EN = (
    "The procurement plan for the district was raised three times in the autumn of 1932, and the "
    "committee reported each time that the villages could not meet it.\n"
    "\n"
    "Brigades went from house to house searching for grain, and the searches were described in the "
    "reports of the district committees as a form of class struggle.\n"
)




def test_indented_buttons_and_counters_go_as_they_do_unindented() -> None:
    capture = (
        "\t\t\tMenu\n\t\tSearch\n\t\tLog in\n"
        "A district report of 1932\n"
        f"{PROSE_EN}"
        "\t\t\t\tShare\n\t\t\t\t12 comments\n\t\t\t\tPrint\n"
        f"{PROSE_EN}"
    )
    assert _removed(capture) == ["Menu", "Search", "Log in", "Share", "12 comments", "Print"]


def test_an_indented_line_of_the_article_and_a_table_row_stay() -> None:
    capture = (
        "Menu\nSearch\nLog in\n"
        "\t\tA district report of 1932\n"
        f"{PROSE_EN}"
        "\tDistrict\tPlan\tDelivered\n"
        "\tKharkiv\t1,200\t870\n"
        f"{PROSE_EN}"
    )
    assert _removed(capture) == ["Menu", "Search", "Log in"]


def test_a_german_page_loses_its_menu_counters_and_footer_links() -> None:
    capture = (
        "Menü\nSuche\nAnmelden\nRegistrieren\n"
        "Getreide und Gewalt im Bezirk\n"
        f"{PROSE_DE}"
        "Teilen\nDrucken\n71 Kommentare\nLesezeit: 4 Min.\n"
        f"{PROSE_DE}"
        "Antworten\nZur Startseite\nnach oben\nImpressum\nDatenschutz\nKontakt\n"
    )
    assert _removed(capture) == [
        "Menü", "Suche", "Anmelden", "Registrieren",
        "Teilen", "Drucken", "71 Kommentare", "Lesezeit: 4 Min.",
        "Antworten", "Zur Startseite", "nach oben", "Impressum", "Datenschutz", "Kontakt",
    ]  # fmt: skip


def test_a_french_page_loses_its_menu_counters_and_footer_links() -> None:
    capture = (
        "Menu\nRechercher\nSe connecter\nS'abonner\n"
        "Le grain et la violence dans le district\n"
        f"{PROSE_FR}"
        "Partager\nImprimer\n12 commentaires\n"
        f"{PROSE_FR}"
        "Répondre\nLire la suite\nMentions légales\nPlan du site\nNous contacter\n"
    )
    assert _removed(capture) == [
        "Menu", "Rechercher", "Se connecter", "S'abonner",
        "Partager", "Imprimer", "12 commentaires",
        "Répondre", "Lire la suite", "Mentions légales", "Plan du site", "Nous contacter",
    ]  # fmt: skip


def test_german_and_french_words_of_the_article_itself_stay() -> None:
    """Content that looks like furniture: a heading "Impressum" of an article on printers' imprints, a
    sentence that tells readers to reply, a count inside prose, a plain text with no web page around it."""
    article = (
        "Impressum\n"
        "Das Impressum der Flugschrift nennt einen Drucker in Leipzig, der 1932 nicht mehr arbeitete, und "
        "wirft damit die Frage nach ihrer Herkunft auf.\n"
        "\n"
        "Die Redaktion erhielt 71 Kommentare zu diesem Bericht und druckte drei davon im nächsten Heft.\n"
        f"{PROSE_DE}"
    )
    assert _removed(article) == []
    lettre = f"Répondre\n{PROSE_FR}Partager le pain était alors un acte politique, écrit-il en 1933.\n"
    assert _removed(lettre) == []


def test_read_the_rest_after_another_storys_teaser_goes() -> None:
    capture = (
        "Menu\nSearch\n"
        f"{PROSE_EN}"
        "Share\nTweet\n"
        "A museum reopens its archive of the famine years\n"
        "The regional museum has put its collection of letters from the famine years back on show.\n"
        "READ THE REST\n"
        "Terms of Service\nPrivacy policy\n"
    )
    assert "READ THE REST" in _removed(capture)


TEASERS = (
    "Editors recommend\n"
    "A harbour town rebuilds its lighthouse after the storm\n"
    "Volunteers have raised the money to restore the lighthouse that the winter storm damaged last year.\n"
    "Football club names its new coach for the coming season\n"
    "The club announced on Monday that a former midfielder will lead the team from the summer onwards.\n"
    "Local bakery wins a national prize for its rye bread\n"
    "A family bakery in the old town was given the award for the third time in a decade.\n"
)


def test_teaser_cards_under_a_recommendations_label_after_the_article_go() -> None:
    """Other stories' cards after the article: a label, then headlines each with a sentence of its own
    on other things than the article's."""
    capture = f"Menu\nSearch\nLog in\nA district report of 1932\n{PROSE_EN}Share\nTweet\n{TEASERS}Follow us\n"
    removed = _removed(capture)
    for line in TEASERS.strip("\n").split("\n"):
        assert line in removed


def test_a_german_label_of_other_stories_starts_the_cards_too() -> None:
    teasers = TEASERS.replace("Editors recommend", "Mehr zum Thema")
    capture = f"Menü\nSuche\n{PROSE_EN}Teilen\n{teasers}Impressum\nKontakt\n"
    assert "Mehr zum Thema" in _removed(capture)
    assert "A harbour town rebuilds its lighthouse after the storm" in _removed(capture)


def test_the_articles_own_related_section_with_its_headings_and_prose_stays() -> None:
    """Content that looks like teaser cards: a closing section "Related" whose headings and sentences
    carry on the article's own subject."""
    section = (
        "Related\n"
        "Grain procurement in the district committees\n"
        "The district committees reported the procurement plan and the searches for grain in the villages.\n"
        "Brigades and the villages in the autumn of 1932\n"
        "The brigades searched the villages for grain, as the committee reports of the autumn describe.\n"
    )
    capture = f"Menu\nSearch\nLog in\nA district report of 1932\n{PROSE_EN}{section}Share\nTweet\n"
    assert _removed(capture) == ["Menu", "Search", "Log in", "Share", "Tweet"]


def test_the_articles_title_said_twice_among_doubled_cards_of_other_stories_stays() -> None:
    """Content that looks like a card of another story: the page's own title, given as its picture's text
    and as its heading, under a sidebar of cards each said twice; its words are the article's."""
    cards = "".join(
        f"{headline}\n{headline}\n"
        for headline in (
            "Harbour town rebuilds its lighthouse after the storm",
            "Football club names its new coach for the season",
            "Local bakery wins a national prize for rye bread",
        )
    )
    title = "Brigades searched the district villages for grain"
    capture = (
        f"Menu\nSearch\nLog in\n{cards}{title}\n{title}\n"
        "2.03.2018 by Ann Roe\n| E-Mail\n6280\n1\nThe searches went on all winter.\n"
        f"{PROSE_EN}Share\nTweet\n"
    )
    removed = _removed(capture)
    assert title not in removed
    assert "Harbour town rebuilds its lighthouse after the storm" in removed


def test_the_title_of_a_shorter_first_article_said_twice_stays_when_a_longer_one_follows() -> None:
    """Content that looks like another story's headline: a capture of two articles, the first shorter,
    whose title the page says in its head and again above it; the longer second article draws the zone,
    but the first one's title is in the words of its own prose."""
    menu = "Home\nLatest\nNews\nWorld\nEconomy\nBusiness\nTech\n"
    title = "Grain brigades searched the district villages"
    first = (
        "The district committee sent grain brigades to the villages, and the brigades searched every house.\n"
        "\n"
        "The villages hid what grain they could, and the committee reported the searches as a success.\n"
    )
    second = "".join(
        f"The harbour {word} was rebuilt after the storm, and the town paid for the new lighthouse lamp and "
        f"its keeper's house out of the fishing tax of the following years, as the town minutes record.\n\n"
        for word in ("wall", "mole", "quay", "pier", "slip", "crane", "store", "gate")
    )
    capture = (
        f"Kulu Weekly\n{menu}{title}\n{menu}Home » Tech\nTech\n{title}\n"
        "Brigades went through the district villages in search of grain, the committee reported.\n"
        "Published\n2 months ago\non\nJune 12, 1932\nBy\nKulu Weekly News Desk\n"
        f"{first}"
        "Advertisement\nRelated Topics:GrainVillages\nUp Next\nA ferry line opens between two islands\n"
        "Don't Miss\nThe town choir sings at the harbour festival\nContinue Reading\nAdvertisement\n"
        "You may like\nTech\nHarbour rebuilt after the storm\n"
        "Published\n4 months ago\non\nApril 11, 1932\nBy\nKulu Weekly News Desk\n"
        f"{second}Continue Reading\nAbout Us\nContact\nPrivacy\n"
    )
    lines = capture.split("\n")
    kept = [lines[i] for i in range(len(lines)) if i not in furniture(capture)]
    assert title in kept
    assert first.split("\n")[0] in kept


def test_one_sentence_after_a_list_of_headlines_is_no_card_and_the_list_stays() -> None:
    """Content that looks like a teaser card: the article's own closing list of headlines of its series
    under "More district news:", then the author's line, a sentence; one sentence makes no series of cards."""
    capture = (
        f"Menu\nSearch\n{PROSE_EN}"
        "More district news:\n"
        "Harbour town rebuilds its lighthouse after the storm\n"
        "Football club names its new coach for the season\n"
        "Ann Roe is on Twitter at ann_roe.\n"
        "Share\nTweet\n"
    )
    assert "Ann Roe is on Twitter at ann_roe." not in _removed(capture)


def test_a_long_headline_is_no_cards_sentence() -> None:
    """Content that looks like teaser cards: the article's closing list of its series' headlines, one of
    them as long as a line of prose but with no full stop (it ends in a quoted name), then the author's
    line."""
    capture = (
        f"Menu\nSearch\n{PROSE_EN}"
        "More district news:\n"
        "Harbour town rebuilds its lighthouse after the storm\n"
        "Review: Race at your own speed in the big, beautiful ‘Harbour Regatta’\n"
        "Local bakery wins a national prize for rye bread\n"
        "Ann Roe is on Twitter at ann_roe.\n"
        "Share\nTweet\n"
    )
    assert "Ann Roe is on Twitter at ann_roe." not in _removed(capture)


def test_a_german_or_french_blog_archive_of_months_goes() -> None:
    archive_de = "Archiv:\nJuni 2019\nMai 2019\nApril 2019\nMärz 2019\nFebruar 2019\n"
    archive_fr = "Archives\njuin 2019\nmai 2019\navril 2019\nmars 2019\nfévrier 2019\n"
    for archive in (archive_de, archive_fr):
        capture = f"Menu\nSearch\n{PROSE_DE}Teilen\nDrucken\n{archive}Impressum\nKontakt\n"
        removed = _removed(capture)
        for line in archive.strip("\n").split("\n"):
            assert line in removed


def test_a_chronology_of_the_article_in_months_stays() -> None:
    """Content that looks like an archive's list: the article's own chronology, each month with what
    happened in it."""
    chronology = "März 1933: Ermächtigungsgesetz\nApril 1933: Boykott\nMai 1933: Bücherverbrennung\n"
    capture = f"Menü\nSuche\n{PROSE_DE}{chronology}{PROSE_DE}Teilen\nDrucken\n"
    assert _removed(capture) == ["Menü", "Suche", "Teilen", "Drucken"]


def test_french_and_german_skip_links_downloads_and_keyword_lists_go() -> None:
    capture = (
        "Aller au menu principal\nAller au contenu principal\nAller au pied de page\nRechercher\n"
        "Le grain et la violence dans le district\n"
        "Mots-clés\nuniversité\névaluation\nTélécharger l'article\nTélécharger au format PDF\n"
        f"{PROSE_FR}Partager\nImprimer\n"
    )
    assert _removed(capture) == [
        "Aller au menu principal", "Aller au contenu principal", "Aller au pied de page", "Rechercher",
        "Mots-clés", "université", "évaluation", "Télécharger l'article", "Télécharger au format PDF",
        "Partager", "Imprimer",
    ]  # fmt: skip
    capture = (
        "Zum Inhalt springen\nZur Navigation\nSuche\n"
        f"{PROSE_DE}"
        "Schlagwörter:\nGetreide\nBezirk\nAls PDF herunterladen\nTeilen\n"
    )
    assert _removed(capture) == [
        "Zum Inhalt springen", "Zur Navigation", "Suche",
        "Schlagwörter:", "Getreide", "Bezirk", "Als PDF herunterladen", "Teilen",
    ]  # fmt: skip


def test_a_themes_heading_over_the_articles_own_list_stays() -> None:
    """Content that looks like a keyword list: the article's "Themen" heading over its list, between its
    paragraphs, with no furniture beside it."""
    capture = f"Menü\nSuche\n{PROSE_DE}Themen\nGetreide\nGewalt\nHunger\n{PROSE_DE}Teilen\nDrucken\n"
    assert _removed(capture) == ["Menü", "Suche", "Teilen", "Drucken"]


def test_an_open_copyright_range_and_a_comments_widgets_credit_go() -> None:
    capture = (
        f"Home\nBlog\nNotes\n{PROSE_EN}"
        "blog comments powered by Disqus\n"
        "Copyright (c) 2012- Ann Roe. All rights reserved. Design by CSS Templates.\n"
    )
    assert _removed(capture)[-2:] == [
        "blog comments powered by Disqus",
        "Copyright (c) 2012- Ann Roe. All rights reserved. Design by CSS Templates.",
    ]


def test_a_sentence_on_copyright_since_a_year_stays() -> None:
    """Content that looks like a copyright line: the article's sentence that begins with the word."""
    sentence = "Copyright 1936- the year the law changed - was kept by the state."
    capture = f"Menu\nSearch\n{PROSE_EN}{sentence}\n{PROSE_EN}"
    assert _removed(capture) == ["Menu", "Search"]


def test_a_german_blogs_widgets_go() -> None:
    """A German blog's sidebar and comment area: recent posts and comments, closed comments, the
    comment form's heading, the post navigation, a cookie notice."""
    capture = (
        f"{PROSE_DE}"
        "Kommentare sind geschlossen.\n"
        "Schreibe einen Kommentar\n"
        "Beitrags-Navigation\n"
        "Neueste Beiträge\n"
        "Getreide im Herbst\n"
        "Der Bezirk im Winter\n"
        "Neueste Kommentare\n"
        "Das könnte dir auch gefallen\n"
        "Diese Website nutzt Cookies, um Ihnen das beste Erlebnis zu bieten. Mehr erfahren\n"
    )
    removed = _removed(capture)
    for line in (
        "Kommentare sind geschlossen.",
        "Schreibe einen Kommentar",
        "Beitrags-Navigation",
        "Neueste Beiträge",
        "Neueste Kommentare",
        "Das könnte dir auch gefallen",
        "Diese Website nutzt Cookies, um Ihnen das beste Erlebnis zu bieten. Mehr erfahren",
    ):
        assert line in removed


def test_a_sentence_about_cookies_or_closed_comments_in_the_article_stays() -> None:
    """Content that looks like a widget: the article's own sentences on a site's cookies and on closed
    comments, between its paragraphs."""
    sentences = (
        "Die Website des Ministeriums nutzt Cookies, sagte die Sprecherin, und speichert sie ein Jahr lang.\n"
        "Die Kommentare sind geschlossen worden, nachdem im Forum Drohungen gegen die Redaktion erschienen.\n"
    )
    capture = f"Menü\nSuche\n{PROSE_DE}{sentences}{PROSE_DE}Teilen\nDrucken\n"
    assert _removed(capture) == ["Menü", "Suche", "Teilen", "Drucken"]


def test_a_headline_ending_in_an_exclamation_mark_stays_in_its_list_of_posts() -> None:
    """A sidebar's "Popular Posts" list whose items include a headline that ends in "!" ("Flag on the
    Play!"): an item of the list like the others, which goes with it before the footer."""
    items = "Basketball Basics\nWinning in the Workplace\nFlag on the Play!\nWhy is there math in it?\n"
    capture = f"Home\nAbout\nBlog\n{PROSE_EN}Popular Posts\n{items}Home\nAbout\nBlog\n"
    removed = _removed(capture)
    for line in ["Popular Posts", *items.strip("\n").split("\n")]:
        assert line in removed
