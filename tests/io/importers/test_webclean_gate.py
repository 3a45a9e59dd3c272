"""The web clean-up on captures whose menu is made only of weak footer words ("Kontakt", "Impressum",
"Hilfe", "Archiv"), which go only beside other furniture: three different ones in one run of short lines
outside the article make the run a site's menu. A plain text's contents or headings that use those
words stay."""

from annotator.io.importers.webclean import clean_web, furniture
from tests.helpers.webclean_lines import PROSE_DE
from tests.helpers.webclean_lines import removed_lines as _removed


def test_a_club_page_whose_menu_has_only_weak_words_loses_it() -> None:
    capture = (
        "Startseite\nUnser Verein\nVereinstermine\nBeitrittserklärung\nAnfahrt\nKontakt/Impressum\nGalerie\n"
        "\n"
        f"{PROSE_DE}"
        "\n"
        "zurück zur Startseite\n"
    )
    removed = _removed(capture)
    assert {"Startseite", "Anfahrt", "Kontakt/Impressum"} <= set(removed)
    assert not any(line.startswith(("Die ", "Im ")) for line in removed)


def test_a_blog_menu_of_sections_and_weak_footer_words_goes() -> None:
    capture = (
        "Pop\nPolitik\nProdukte\nPositionen\nArchive\nHilfe\nImpressum/Datenschutz\nKontakt\n"
        "\n"
        "Berichte aus dem Bezirk\n"
        f"{PROSE_DE}"
    )
    removed = _removed(capture)
    assert {"Archive", "Hilfe", "Impressum/Datenschutz", "Kontakt"} <= set(removed)
    assert "Berichte aus dem Bezirk" not in removed


def test_a_brochures_contents_with_contact_and_imprint_stay() -> None:
    text = (
        "Inhaltsverzeichnis\nVorwort\nDie Lage im Bezirk\nDie Brigaden\nAnhang\nKontakt\nImpressum\n"
        "\n"
        f"{PROSE_DE}"
    )
    assert clean_web(text).removed == ()


def test_two_weak_words_in_a_plain_texts_list_stay() -> None:
    text = f"{PROSE_DE}\nWeitere Stellen:\nArchiv\nKontakt\nBibliothek des Bezirks\nStaatsarchiv Charkiw\n"
    assert clean_web(text).removed == ()


def test_a_markdown_notes_front_matter_stays() -> None:
    notes = (
        "---\n"
        "title: 'Berichte aus dem Bezirk, 1932'\n"
        "author: Unknown\n"
        "slug: berichte-aus-dem-bezirk\n"
        "wordCount: 4787\n"
        "originalUrl: https://example.org/berichte\n"
        "tags:\n"
        "  - Hunger\n"
        "  - Archiv\n"
        "---\n"
        "\n"
        f"{PROSE_DE}"
    )
    result = clean_web(notes)
    assert result.removed == ()
    from annotator.io.importers.webclean import looks_like_web_capture

    assert not looks_like_web_capture(notes)


def test_a_news_posts_link_to_a_volume_and_chapter_stays() -> None:
    capture = (
        "Menu\nSearch\n"
        "Leseprobe Band 14\n"
        "24. März 2004, 19:49 | Genesis\n"
        f"{PROSE_DE}"
        "Viel Spass\n"
        "Links:\n"
        "Band 14 / Kapitel 121\n"
        "\n"
        "Kommentare\n"
        "#1 Kommentar von Naru-chan\n"
        "26. März 2004, 16:19\n"
        "Danke für dieses Kapitel!\n"
        "\n"
        "Kommentare schreiben\n"
        "Home\nNews\nImpressum\nKontakt\n"
    )
    removed = _removed(capture)
    assert "Band 14 / Kapitel 121" not in removed
    assert "Viel Spass" not in removed and "Links:" not in removed


WIDGETS_DE = (
    "Mit anderen teilen\n"
    "Drucken\n"
    "Gefällt mir:\n"
    "\n"
    "Gefällt mir Lade …\n"
    "Dieser Eintrag wurde veröffentlicht in Berichte von annaweber. Permanentlink.\n"
    "Kommentar verfassen\n"
    "\n"
    "Gib hier deinen Kommentar ein ...\n"
    "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:\n"
    "\n"
    "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)\n"
    "Name (erforderlich)\n"
    "Du kommentierst mit Deinem WordPress.com-Konto.  ( Abmelden / Ändern )\n"
    "Verbinde mit %s\n"
    "\n"
    "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.\n"
    "\n"
    "Informiere mich über neue Beiträge per E-Mail.\n"
    "Erstelle eine kostenlose Website oder Blog – auf WordPress.com.\n"
    "Folge „Berichte aus dem Bezirk“\n"
    "Erhalte jeden neuen Beitrag in deinen Posteingang.\n"
    "Schließe dich 106 Followern an\n"
    "%d Bloggern gefällt das:\n"
)
WIDGETS_EN = (
    "Like this:\n"
    "Like Loading...\n"
    "This entry was posted in Reports and tagged famine, 1932. Bookmark the permalink.\n"
    "Leave a Reply\n"
    "Enter your comment here...\n"
    "Fill in your details below or click an icon to log in:\n"
    "Email (required) (Address never made public)\n"
    "Name (required)\n"
    "You are commenting using your WordPress.com account. ( Log Out /  Change )\n"
    "Connecting to %s\n"
    "Notify me of new comments via email.\n"
    "Notify me of new posts via email.\n"
    "Blog at WordPress.com.\n"
    "Get every new post delivered to your Inbox.\n"
    "Join 1,206 other followers\n"
    "%d bloggers like this:\n"
)


def test_a_hosted_blogs_comment_form_and_follow_box_go() -> None:
    for widgets in (WIDGETS_DE, WIDGETS_EN):
        capture = f"Menü\nSuche\nBerichte aus dem Bezirk\n{PROSE_DE}{widgets}"
        removed = _removed(capture)
        expected = [line.strip() for line in widgets.split("\n") if line.strip()]
        assert [line for line in expected if line not in removed] == []
        assert not any(line.startswith(("Die ", "Im ")) for line in removed)


def test_a_note_on_where_an_article_was_published_stays() -> None:
    text = (
        f"{PROSE_DE}\n"
        "Dieser Beitrag wurde veröffentlicht in der Zeitschrift für Ostforschung 12 (1963).\n"
        "\n"
        "This entry was posted in the journal's first volume, 1963.\n"
    )
    assert clean_web(text).removed == ()


def test_a_self_hosted_blogs_comment_form_goes_in_french_and_german() -> None:
    forms = (
        "Laisser un commentaire\n"
        "Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n"
        "Commentaire\n\nNom *\n\nAdresse de messagerie *\n\nSite web\n"
        "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur comment les données "
        "de vos "
        "commentaires sont utilisées.\n"
        "Flux RSS des billets\nFlux ATOM des billets\n",
        "Schreibe einen Kommentar\n"
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert\n"
        "Kommentar\n\nName *\n\nE-Mail *\n\nWebsite\n"
        "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine "
        "Kommentardaten verarbeitet werden.\n"
        "Beitrags-Feed (RSS)\nKommentare als RSS\n",
    )
    for form in forms:
        capture = f"Menü\nSuche\nBerichte aus dem Bezirk\n{PROSE_DE}{form}"
        removed = _removed(capture)
        expected = [line.strip() for line in form.split("\n") if line.strip()]
        assert [line for line in expected if line not in removed] == []
        assert not any(line.startswith(("Die ", "Im ")) for line in removed)


PROSE_EN = (
    "The procurement plan for the district was raised three times in the autumn of 1932, and the "
    "committee reported each time that the villages could not meet it.\n"
    "\n"
    "Brigades went from house to house searching for grain, and the searches were described in the "
    "reports of the district committees as a form of class struggle.\n"
    "\n"
    "By the spring of 1933 the district secretary wrote that three villages had no seed left and that "
    "their fields would stay unsown.\n"
)
STORIES = (
    "A museum reopens its archive of the famine years\n"
    "\n"
    "The regional museum has put its collection of letters from the famine years back on show after a "
    "long restoration of the building.\n"
    "\n"
    "READ THE REST\n"
    "\n"
    "Learn to play the piano with this course\n"
    "\n"
    "It is a long road from a song in your head to a song on the charts, especially when you are just "
    "learning the basics.\n"
    "\n"
    "READ THE REST\n"
    "\n"
    "Start crunching big data with this training\n"
    "\n"
    "If you have worked in any engineering lab, you already know the computing environment it teaches.\n"
    "\n"
    "READ THE REST\n"
)


def test_other_stories_each_ending_read_the_rest_go() -> None:
    capture = f"Famine in the district\n\n{PROSE_EN}\nSHARE / TWEET / 82 COMMENTS\n\n{STORIES}"
    removed = _removed(capture)
    expected = [line.strip() for line in STORIES.split("\n") if line.strip()]
    assert [line for line in expected if line not in removed] == []
    assert not any(line.startswith(("The procurement", "Brigades", "By the spring")) for line in removed)


def test_a_blogs_front_page_of_excerpts_each_ending_read_more_stays() -> None:
    excerpts = "".join(
        f"Post {n}: the district in {year}\n\n{PROSE_EN}\nRead more\n\n" for n, year in ((1, 1932), (2, 1933))
    )
    removed = _removed(f"Menu\nSearch\n{excerpts}")
    assert not any(
        line.startswith(("Post ", "The procurement", "Brigades", "By the spring")) for line in removed
    )


def test_five_stories_ending_read_the_rest_under_a_one_paragraph_post_go() -> None:
    post = PROSE_EN.split("\n")[0]
    capture = f"Famine in the district\n\n{post}\n\nSHARE / TWEET\n\n{STORIES}\n{STORIES}"
    removed = _removed(capture)
    assert removed.count("READ THE REST") == 6
    assert post not in removed


def test_the_title_said_again_in_the_sections_list_at_the_bottom_stays_above_its_article() -> None:
    capture = (
        "Accueil > Actualités > Décisions de l'assemblée du 10 septembre\n"
        "\n"
        "Décisions de l'assemblée du 10 septembre\n"
        "\n"
        "mercredi 11 septembre 2019\n"
        "\n"
        f"{PROSE_DE}"
        "\n"
        "Dans la même rubrique\n"
        "\n"
        "Rendez-vous pour la manifestation du 5\n"
        "Décisions de l'assemblée du 10 septembre\n"
        "Appel de l'assemblée du 2 septembre\n"
        "Plan du site | Se connecter | Contact | RSS 2.0\n"
    )
    lines = capture.split("\n")
    reasons = furniture(capture)
    assert 2 not in reasons
    assert lines[2] == "Décisions de l'assemblée du 10 septembre"


def test_a_hosted_blogs_cookie_notice_under_its_label_goes() -> None:
    notices = (
        "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, "
        "stimmst du der Verwendung von Cookies zu.",
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to "
        "their use.",
    )
    for notice in notices:
        capture = f"Menü\nSuche\nBerichte aus dem Bezirk\n{PROSE_DE}Drucken\nTeilen\n{notice}\n"
        assert notice in _removed(capture)
    quoted = "Über Datenschutz & Cookies: Diese Website verwendet Cookies, schrieb die Behörde 2019."
    article = f"{PROSE_DE}\n{quoted}\n"
    assert clean_web(article).removed == ()
