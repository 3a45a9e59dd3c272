"""The web clean-up on hosted blogs' widgets and forms (Blogger's comment area and post links, WordPress's
German comment form, an Instagram feed, an archive of months written year first, reply buttons with an
emoji) and on a page's own record of fields (an event's "Beginn:" / "13. Mai 2012"), which stays even when
its title is also a menu item. Content that looks like furniture stays: a chronology of months, a list of
events in an article, a sentence on Instagram posts."""

from annotator.io.importers.webclean import furniture
from tests.helpers.webclean_lines import PROSE_DE
from tests.helpers.webclean_lines import removed_lines as _removed

PROSE_EN = (
    "The district's supply worsened sharply in the autumn of 1932, and the commissions' reports recorded "
    "new complaints from the villages every week of the season.\n"
    "\n"
    "The brigades went from house to house searching for grain; the district committees' minutes describe "
    "these searches as a form of class struggle in the countryside.\n"
    "\n"
    "In the spring of 1933 the district secretary wrote to the regional committee that three villages had "
    "no seed left and that their fields would stay unsown.\n"
)




def test_an_events_fields_stay_though_its_title_is_a_menu_item() -> None:
    capture = (
        "Verein für Ortsgeschichte e.V.\n"
        "\n"
        "Start\nTermine\nArchiv\nDownloads\nLinks\nKontakt\nTag des offenen Denkmals\n"
        "\n"
        "« Zurück zu den Veranstaltungen\n"
        "Diese Veranstaltung ist bereits vorbei.\n"
        "Anlass:\nTag des offenen Denkmals\nBeginn:\n9. September 2012 10:00\n"
        "Ende:\n9. September 2012 17:00\n"
        "Kategorie:\nFührung\nAnschrift:\nKirchgasse 3, 02923 Horka\n"
        f"{PROSE_DE}"
        "\n"
        "Impressum\nKontakt\nDatenschutz\n"
    )
    removed = _removed(capture)
    for kept in ("Tag des offenen Denkmals", "Anlass:", "Beginn:", "Kategorie:", "Führung", "Anschrift:"):
        assert kept not in removed, kept
    assert {"Termine", "Downloads", "Impressum"} <= set(removed)


def test_a_blogger_posts_comment_area_and_links_go() -> None:
    capture = (
        "Bücherblog\n\nHome\nRezensionen\nAnderes\n\n"
        f"{PROSE_DE}"
        "\n"
        "Mai 03, 2017 / Sandra / 1 Meinungen /\n"
        "Edit\n"
        "1 Meinungen:\n"
        "\n"
        "Anna B.Mittwoch, Mai 10, 2017 4:14:00 PM\n"
        "Schöner Beitrag, danke für die Vorstellung des Buches!\n"
        "\n"
        "AntwortenLöschen\nAntworten\nKommentar hinzufügen\nWeitere laden...\n"
        "\n"
        "Neuerer Post     Älterer Post    Startseite\n"
        "Abonnieren  Kommentare zum Post ( Atom )\n"
        "\n"
        "Diesen Blog durchsuchen\n"
    )
    removed = _removed(capture)
    for gone in (
        "AntwortenLöschen",
        "Kommentar hinzufügen",
        "Weitere laden...",
        "Neuerer Post     Älterer Post    Startseite",
        "Abonnieren  Kommentare zum Post ( Atom )",
        "Diesen Blog durchsuchen",
    ):
        assert gone in removed, gone
    assert "Schöner Beitrag, danke für die Vorstellung des Buches!" not in removed


def test_a_blogger_posts_english_links_go() -> None:
    capture = (
        f"{PROSE_EN}"
        "\n"
        "ReplyDelete\nReply\nAdd comment\nLoad more...\n"
        "\n"
        "Newer Post Older Post Home\n"
        "Subscribe to: Post Comments (Atom)\n"
        "Search This Blog\n"
    )
    removed = _removed(capture)
    links = ("Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)")
    for gone in ("ReplyDelete", "Add comment", *links):
        assert gone in removed, gone


def test_a_wordpress_comment_forms_german_checkboxes_go() -> None:
    capture = (
        f"{PROSE_DE}"
        "\n"
        "Hinterlassen Sie einen Kommentar\n"
        "\n"
        "Kommentar\nName *\nE-Mail *\nWebsite\n"
        "Meinen Namen, E-Mail und Website in diesem Browser speichern.\n"
        "Benachrichtige mich über nachfolgende Kommentare via E-Mail.\n"
        "Benachrichtige mich über neue Beiträge via E-Mail.\n"
    )
    removed = _removed(capture)
    for gone in (
        "Hinterlassen Sie einen Kommentar",
        "Meinen Namen, E-Mail und Website in diesem Browser speichern.",
        "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
        "Benachrichtige mich über neue Beiträge via E-Mail.",
    ):
        assert gone in removed, gone


def test_an_instagram_feed_widget_goes_and_a_sentence_on_posts_stays() -> None:
    capture = (
        f"{PROSE_EN}"
        "Instagram posts of the regional committee were not kept; only 12 of them survive in print.\n"
        "\n"
        "Instagram\n"
        "Instagram post 2192686567013773038_2288518709 New post online! Link in bio\n"
        "Instagram post 2191990673729895716_2288518709 Autumn in the village\n"
        "Instagram post 2191228650507658345_2288518709 Thank you all\n"
        "Follow on Instagram\n"
    )
    removed = _removed(capture)
    assert "Instagram post 2191990673729895716_2288518709 Autumn in the village" in removed
    assert not any(line.startswith("Instagram posts of") for line in removed)


def test_an_archive_of_months_written_year_first_goes_a_chronology_stays() -> None:
    capture = (
        "Blog\nFotoalben\nLogin\n\n"
        "Archiv der Einträge\n2010 September\n2010 Oktober\n2010 November\n2010 Dezember\n2011 Januar\n"
        "\n"
        f"{PROSE_DE}"
    )
    removed = _removed(capture)
    assert {"2010 Oktober", "2011 Januar"} <= set(removed)
    chronology = (
        f"{PROSE_DE}\n"
        "Zeittafel\n1932 September\nBeginn der Getreidebeschaffung\n1932 Dezember\nEinführung der Pässe\n"
        "1933 Januar\nSchwarze Listen der Dörfer\n\n"
        f"{PROSE_DE}"
    )
    assert not furniture(chronology)


def test_reply_buttons_with_an_emoji_go_under_each_comment() -> None:
    capture = (
        f"{PROSE_DE}"
        "\n"
        "3 Kommentare\n"
        "Anna\n"
        "19. Juni 2019 / 6:16\n"
        "Danke für den ausführlichen Bericht über die Dörfer, das wusste ich nicht.\n"
        "antworten ✍️\n"
        "Bernd\n"
        "19. Juni 2019 / 8:30\n"
        "Sehr gut recherchiert, vielen Dank für die Quellenangaben.\n"
        "antworten ✍️\n"
        "Carla\n"
        "20. Juni 2019 / 9:12\n"
        "Mein Großvater hat von diesen Durchsuchungen erzählt.\n"
        "antworten ✍️\n"
        "\n"
        "Schreibe einen Kommentar\n"
    )
    lines = capture.split("\n")
    removed = furniture(capture)
    buttons = [i for i, line in enumerate(lines) if line == "antworten ✍️"]
    assert all(i in removed for i in buttons)
    assert not any(lines[i].startswith(("Sehr gut", "Mein Großvater", "Danke")) for i in removed)


def test_other_stories_each_ending_with_an_arrow_button_go() -> None:
    capture = (
        "Vereinsblog\n\n"
        "Die Chronik des Dorfes\n"
        f"{PROSE_DE}"
        "\n"
        "Neue Öffnungszeiten der Bibliothek\n"
        "Ab März ist die Bibliothek auch am Samstagvormittag für Besucher geöffnet.\n"
        "»»»\n"
        "Sommerfest am Sportplatz\n"
        "Wir laden alle Mitglieder und Freunde zu Musik und Grillwürsten ein.\n"
        "»»»\n"
        "Spendenlauf für die Feuerwehr\n"
        "Die Läuferinnen sammelten an einem Nachmittag mehr als tausend Euro.\n"
        "»»»\n"
        "Neuer Vorstand gewählt\n"
        "Die Jahresversammlung bestätigte die Kassiererin und wählte einen neuen Schriftführer.\n"
        "»»»\n"
    )
    removed = _removed(capture)
    teasers = {"Sommerfest am Sportplatz", "Neuer Vorstand gewählt", "Neue Öffnungszeiten der Bibliothek"}
    assert teasers <= set(removed)
    assert not any(line.startswith(("Die Versorgungslage", "Im Frühjahr")) for line in removed)


def test_a_front_page_of_excerpts_with_arrow_buttons_stays() -> None:
    text = (
        "Die Versorgungslage im Bezirk\n"
        "Im Herbst 1932 verschlechterte sich die Lage der Dörfer deutlich, wie die Berichte zeigen.\n"
        "»»»\n"
        "Die Brigaden und die Getreidesuche\n"
        "Die Brigaden gingen von Haus zu Haus und suchten in den Dörfern nach Getreide.\n"
        "»»»\n"
        "Der Brief des Bezirkssekretärs\n"
        "Im Frühjahr 1933 schrieb der Bezirkssekretär über die Dörfer ohne Saatgut.\n"
        "»»»\n"
    )
    lines = text.split("\n")
    assert not [lines[i] for i in furniture(text) if lines[i] != "»»»"]


def test_a_wordpress_themes_post_links_and_the_labelled_lists_above_them_go() -> None:
    capture = (
        f"{PROSE_DE}"
        "\n"
        "Kategorie\nGeschichte\nSchlagworte\nGetreide\nBrigaden\nBezirkskomitee\n"
        "Beitrags-Navigation\n"
        "\n"
        "Vorheriger Beitrag Previous post: Wie viele Dörfer blieben ohne Saat? Eine Schätzung\n"
        "Nächster Beitrag Next post: Die Pässe von 1932 und die Flucht in die Städte\n"
    )
    removed = _removed(capture)
    assert "Vorheriger Beitrag Previous post: Wie viele Dörfer blieben ohne Saat? Eine Schätzung" in removed
    assert {"Schlagworte", "Getreide", "Beitrags-Navigation"} <= set(removed)


def test_a_sentence_on_the_next_article_of_a_series_stays() -> None:
    text = (
        f"{PROSE_DE}"
        "\n"
        "Nächster Beitrag der Reihe: im Januar über die Pässe von 1932 und die Flucht der Bauern in die "
        "Städte.\n"
    )
    assert not furniture(text)


NEWS_PAGE_HEAD = "Home\nWorld\nPolitics\nBusiness\nSearch\nSign in\n\n"


def test_a_list_of_other_stories_headlines_after_the_article_goes() -> None:
    capture = (
        "Home\nWorld\nPolitics\nBusiness\nScience\nSports\n"
        "Senate committee advances bill on railway safety inspections\n"
        "Pop singer announces farewell tour across Europe next summer\n"
        "Central bank holds interest rates steady amid slowing growth\n"
        "Dozens rescued after ferry runs aground near the island port\n"
        "\n"
        "Grain searches in the district, 1932\n"
        f"{PROSE_EN}"
        "\n"
        "Share this article\n"
        "Around the Newsroom\n"
        "Storm leaves thousands without power along the northern coast\n"
        "Tech company recalls laptops over overheating battery packs\n"
        "Local football club names former striker as new head coach\n"
        "Museum reopens its dinosaur hall after two years of renovation\n"
        "\n"
        "Privacy Policy\nTerms of Use\n"
    )
    removed = _removed(capture)
    assert "Storm leaves thousands without power along the northern coast" in removed
    assert "Central bank holds interest rates steady amid slowing growth" in removed
    assert "Museum reopens its dinosaur hall after two years of renovation" in removed
    assert "Grain searches in the district, 1932" not in removed
    assert not any(line.startswith(("The district's", "The brigades", "In the spring")) for line in removed)


def test_a_reports_contents_a_chronology_and_references_after_it_stay() -> None:
    capture = (
        f"{NEWS_PAGE_HEAD}"
        "Contents of this report\n"
        "The district's supply in the autumn of 1932\n"
        "The brigades searching the villages for grain\n"
        "The district secretary's letter on the unsown fields\n"
        "The regional committee's answer to the district\n"
        "\n"
        f"{PROSE_EN}"
        "\n"
        "Chronology\n"
        "August 1932: the law on the protection of socialist property\n"
        "November 1932: blacklists of villages that failed the plan\n"
        "December 1932: internal passports for the towns\n"
        "January 1933: the directive closing the borders of the regions\n"
        "\n"
        "Sources\n"
        "Conquest, Robert (1986) The Harvest of Sorrow, Oxford University Press\n"
        "Applebaum, Anne (2017) Red Famine, Doubleday, New York\n"
        "Snyder, Timothy (2010) Bloodlands, Basic Books, New York\n"
        "Graziosi, Andrea (2009) Stalinism, Collectivization and the Great Famine\n"
        "\n"
        "Privacy Policy\nTerms of Use\n"
    )
    removed = set(_removed(capture))
    for kept in (
        "The brigades searching the villages for grain",
        "The regional committee's answer to the district",
        "November 1932: blacklists of villages that failed the plan",
        "Applebaum, Anne (2017) Red Famine, Doubleday, New York",
        "Graziosi, Andrea (2009) Stalinism, Collectivization and the Great Famine",
    ):
        assert kept not in removed, kept


def test_directions_under_a_weak_word_with_a_colon_closing_the_article_stay() -> None:
    capture = (
        "Menü\nNews\nTermine\nShop\nSuche\n\n"
        "Sommerfest des Vereins am 19. August\n"
        f"{PROSE_DE}"
        "\n"
        "Anfahrt:\n"
        "\n"
        "Sportplatz am See\n"
        "\n"
        "Seestraße 12\n"
        "\n"
        "41542 Dormagen\n"
        "\n"
        "Wir freuen uns auf euch!\n"
        "\n"
        "Ähnliche Artikel\n"
        "Vereinsmeisterschaft im Juni\n"
        "Neue Trikots für die Jugend\n"
        "Rückblick auf das Winterturnier\n"
        "Impressum\nDatenschutz\n"
    )
    removed = _removed(capture)
    for kept in ("Anfahrt:", "Sportplatz am See", "41542 Dormagen", "Wir freuen uns auf euch!"):
        assert kept not in removed, kept
    assert {"Ähnliche Artikel", "Impressum"} <= set(removed)


def test_the_title_under_a_breadcrumb_that_ends_with_it_stays() -> None:
    capture = (
        "Direkt zum Inhalt\nAnmelden\nSuche\n\n"
        "Das Land\nZurück\nZahlen und Fakten\nWappentier und Landeshymne\nBildung und Kultur\n"
        "Gedenkstätten\n"
        "Ausflugstipps\nDie Menschen\nZurück\nMärkische Wortkargheit\nGleichstellung\nZuwanderung\n"
        "Religionen\n"
        "Dialekte\nTraditionen und Bräuche\nKüche\nGeschichte\nZurück\nNationalsozialismus\nDDR\n"
        "Politisches Leben\nZurück\nLandtag\nParteien\nEuropa\nWahlen\nJugend und Politik\n"
        "Pfadnavigation\n\nStartseite\nDie Menschen\nMärkische Wortkargheit\n"
        "Märkische Wortkargheit\n"
        "\n"
        "Die Getreidebeschaffung 1932\n"
        "\n"
        f"{PROSE_DE}"
        "\n"
        "Kontakt\nImpressum & Datenschutz\nPresse\n"
    )
    lines = capture.split("\n")
    removed = furniture(capture)
    title = max(i for i, line in enumerate(lines) if line == "Märkische Wortkargheit")
    assert title not in removed
    assert lines.index("Pfadnavigation") in removed


def test_a_product_pages_title_said_three_times_above_its_description_stays() -> None:
    menu = "Home\nProdukte\nKüche\nKaffee\nMühlen\nFilter\nKannen\nGeschirr\nKontakt\nHome\n"
    title = "Kaffeemühle Buchenholz mit Handkurbel, Mahlwerk aus Keramik"
    capture = (
        f"{menu}"
        f"{title}\n{title}  Zoom\n\n{title}\nmühle Buchenholz Keramik.\n{title}\n\n"
        "Schreiben Sie die erste Kundenmeinung\n\n"
        "Artikelnummer:  KM3020\nVerfügbarkeit: Auf Lager\n\n"
        "In den Warenkorb\nAuf den Wunschzettel\nAuf die Vergleichsliste\n"
        "Zubehör\n"
        "Papierfilter Größe 4, 100 Stück\nPapierfilter Größe 4, 100 Stück\n\nAuf den Wunschzettel\n"
        "Milchkännchen aus Edelstahl\nMilchkännchen aus Edelstahl\n\nAuf den Wunschzettel\n"
        "Artikelbeschreibung\n\n"
        "Die Mühle mahlt die Bohnen mit einem Kegelmahlwerk aus Keramik, das auch nach Jahren nicht stumpf "
        "wird und den Kaffee nicht erwärmt.\n\n"
        "Der Mahlgrad lässt sich mit einer Schraube unter der Kurbel von sehr fein für Espresso bis grob "
        "für die French Press einstellen.\n\n"
        "Das Gehäuse aus geöltem Buchenholz fasst 40 Gramm Bohnen; die Schublade darunter nimmt das "
        "Mahlgut für vier Tassen auf.\n\n"
        "Impressum\nDatenschutz\nAGB\n"
    )
    lines = capture.split("\n")
    removed = furniture(capture)
    assert not [i for i, line in enumerate(lines) if line == title and i in removed]
    assert "Impressum" in [lines[i] for i in removed]
