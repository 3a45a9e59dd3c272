"""The web clean-up on furniture known by a site's pattern said over and over, whatever its language (a
recall round on saved news and party pages, 2026-12): an ad slot's label printed between paragraphs at each
of its places, a share bar printed above and below the article, a column of cards of other stories each
signed with names and a date, and a teaser box inside the article (its kicker, then its headline twice:
the picture's text and the link's). Guards: a refrain said three times stays, reader comments under their
signatures stay, a chronology stays, a heading the article says once stays, a caption said twice stays."""

from annotator.domain.structure.articles import is_prose
from annotator.io.importers.webclean import furniture
from tests.helpers.webclean_lines import PROSE_DE
from tests.helpers.webclean_lines import removed_lines as _removed

PARAGRAPHS = [
    "The county archive holds the minute books of the drainage board from 1852 onward, bound in calf and "
    "kept in the strong room under the old court house.",
    "The first volumes record the board's quarrels with the mill owners, whose weirs held back the water "
    "that the new ditches were meant to carry to the river.",
    "In 1861 the board bought out the last of the mills, and the minutes of that year fill two volumes "
    "with the valuations, the objections and the final awards.",
    "The later books are thinner: by the 1880s the board met four times a year and mostly approved the "
    "accounts that its clerk had already paid.",
]


def _article(between: str) -> str:
    """The four paragraphs with ``between`` printed after each of the first three."""
    return "\n\n".join(f"{p}\n\n{between}" for p in PARAGRAPHS[:3]) + f"\n\n{PARAGRAPHS[3]}\n"


def test_an_ad_slots_label_said_at_each_of_its_places_goes() -> None:
    head = "Harbour Post\n\nThe drainage board's minute books\n\n"
    capture = head + _article("Advertisement - keep reading below")
    removed = _removed(capture)
    assert removed.count("Advertisement - keep reading below") == 3
    assert not any("minute books" in line or "mills" in line for line in removed)


def test_a_share_bar_said_three_times_goes() -> None:
    bar = "Post on Facebook  Tweet  Pin it  Email"
    capture = f"Harbour Post\n\n{bar}\n\nThe drainage board's minute books\n\n" + _article(bar)
    assert _removed(capture).count(bar) == 4


def test_a_refrain_said_three_times_stays() -> None:
    capture = "Songs of the fens\n\n" + _article("Drain the fen and dig the dyke")
    assert "Drain the fen and dig the dyke" not in _removed(capture)


def test_a_slot_word_said_twice_stays() -> None:
    capture = "Harbour Post\n\n" + _article("Share of the parish rate").replace(
        "Share of the parish rate\n\n", "", 1
    )
    assert "Share of the parish rate" not in _removed(capture)


CARDS = [
    ("Mary Okafor", "March 3, 2024 at 9:15am", "Lighthouse Keepers Vote to Strike Over Rotas", "212"),
    ("Tom Hale, The Coast Courier", "March 2, 2024 at 4:40pm", "Ferry Fares Rise as Fuel Costs Climb", "97"),
    ("Rita Blom", "March 4, 2024 at 7:05am", "New Footbridge Opens Over the Estuary at Last", "1.2k"),
    ("Sam Idris, The Coast Courier", "March 1, 2024 at 1:20pm", "Council Approves Seafront Lights", "48"),
]


def _column(cards: list[tuple[str, str, str, str]]) -> str:
    """A "Popular now" column: each card signed, its headline, the signature again, its count."""
    rows = [f"{name} {day}\n{title}\n\n{name} {day}\n{count} Reactions" for name, day, title, count in cards]
    return "Popular Now\n\n" + "\n".join(rows) + "\n"


def test_a_column_of_signed_cards_under_the_article_goes() -> None:
    head = "Harbour Post\nNews\nSport\n\nThe drainage board's minute books\n\n"
    capture = head + _article("") + _column(CARDS)
    removed = _removed(capture)
    for name, day, headline, _ in CARDS:
        assert f"{name} {day}" in removed
        assert headline in removed
    assert not any("minute books" in line or "mills" in line for line in removed)


def test_reader_comments_under_their_signatures_stay() -> None:
    comments = "".join(
        f"{name} {day}\nI remember my grandfather talking about the {word} on the old drainage board.\n\n"
        for (name, day, _, _), word in zip(CARDS, ("clerk", "mills", "ditches", "weirs"), strict=True)
    )
    head = "Harbour Post\n\nThe drainage board's minute books\n\n"
    capture = head + _article("") + "Comments\n\n" + comments
    removed = _removed(capture)
    assert not any("grandfather" in line for line in removed)
    assert not any(line.startswith("Mary Okafor") for line in removed)


def test_a_chronology_of_dated_entries_stays() -> None:
    chronology = (
        "Chronology\n\n"
        "Board founded by act of parliament, March 3, 1852\n"
        "First ditch cut across the lower marsh\n"
        "Mills bought out after long arbitration, May 9, 1861\n"
        "Last weir removed from the river at the board's cost\n"
        "Pumping engine installed at the sluice, June 2, 1874\n"
        "Engine house enlarged for a second boiler\n"
    )
    capture = "The drainage board's minute books\n\n" + _article("") + chronology
    removed = _removed(capture)
    assert not any("Board founded" in line or "Pumping engine" in line for line in removed)


def test_a_teaser_box_inside_the_article_goes() -> None:
    box = (
        "Wahl in Hamburg – die Bilanz der Senatorin\n\n"
        "Wahl in Hamburg – die Bilanz der Senatorin\n"
        "Wahl in Hamburg – die Bilanz der Senatorin\n"
    )
    paragraphs = PROSE_DE.split("\n\n")
    capture = "Hamburger Bote\n\n" + paragraphs[0] + "\n\n" + box + "\n" + "\n\n".join(paragraphs[1:])
    removed = _removed(capture)
    assert removed.count("Wahl in Hamburg – die Bilanz der Senatorin") == 3
    assert not any("Brigaden" in line or "Versorgungslage" in line for line in removed)


def test_a_teaser_box_whose_kicker_is_shorter_goes() -> None:
    box = (
        "Lockerungen: Das ist wieder erlaubt\n\n"
        "Lockerungen: Das ist ab Montag wieder erlaubt\n"
        "Lockerungen: Das ist ab Montag wieder erlaubt\n"
    )
    paragraphs = PROSE_DE.split("\n\n")
    capture = "Hamburger Bote\n\n" + paragraphs[0] + "\n\n" + box + "\n" + "\n\n".join(paragraphs[1:])
    assert len([line for line in _removed(capture) if line.startswith("Lockerungen")]) == 3


def test_a_heading_and_a_caption_said_twice_inside_the_article_stay() -> None:
    middle = (
        "Die Kommissionen im Winter\n\nEin Dorf im Bezirk im Winter 1932\nEin Dorf im Bezirk im Winter 1932\n"
    )
    paragraphs = PROSE_DE.split("\n\n")
    capture = "Hamburger Bote\n\n" + paragraphs[0] + "\n\n" + middle + "\n" + "\n\n".join(paragraphs[1:])
    removed = _removed(capture)
    assert "Die Kommissionen im Winter" not in removed
    assert "Ein Dorf im Bezirk im Winter 1932" not in removed


RANKING = (
    "Tipps für das Wochenende\n"
    "1.\nTheater am Hafen  Ein Sommer voller Premieren auf der Freilichtbühne\n"
    "2.\nFilmkritik  Eine Komödie aus dem Allgäu überrascht das Publikum\n"
    "3.\nModellbahn  Die Feuerwache im Maßstab eins zu siebzig\n"
    "4.\nKonzert  Ein Geiger aus Lissabon spielt im Stadtpark\n"
)


def test_a_ranking_of_other_stories_under_the_article_goes() -> None:
    head = "Hamburger Bote\nSuche\nMenü\nAnmelden\nPolitik\nSport\n\n"
    capture = head + PROSE_DE + "\n" + RANKING + "\nImpressum\nDatenschutz\n"
    removed = _removed(capture)
    for line in ("1.", "2.", "3.", "4.", "Konzert  Ein Geiger aus Lissabon spielt im Stadtpark"):
        assert line in removed
    assert not any("Brigaden" in line for line in removed)


def test_the_articles_own_numbered_points_in_its_words_stay() -> None:
    points = (
        "Die Forderungen der Bauern\n"
        "1.\nGetreide für die Saat im Frühjahr der Dörfer\n"
        "2.\nEin Ende der Durchsuchungen durch die Brigaden\n"
        "3.\nBerichte der Kommissionen an das Gebietskomitee\n"
    )
    head = "Hamburger Bote\nSuche\nMenü\nAnmelden\nPolitik\nSport\n\n"
    capture = head + PROSE_DE + "\n" + points + "\nImpressum\nDatenschutz\n"
    removed = _removed(capture)
    assert "Ein Ende der Durchsuchungen durch die Brigaden" not in removed
    assert "2." not in removed


def test_a_signed_columns_label_goes_with_it() -> None:
    head = "Harbour Post\nNews\nSport\n\nThe drainage board's minute books\n\n"
    assert "Popular Now" in _removed(head + _article("") + _column(CARDS))


HEAD = "Skip to content\nHarbour Post\nSearch\nMenu\nLog in\n\nThe drainage board's minute books\n\n"
FOOT = "\nPrivacy Policy\nTerms of Use\n"


def test_a_column_of_cards_dated_under_their_authors_goes() -> None:
    column = "More From the Harbour Post\n\n" + "".join(
        f"{section}\n\n{title}\n\n{author}\n{day}\n"
        for section, title, author, day in (
            ("Business", "Shipyards brace for a lean winter", "Ada Kern", "May 4, 2023"),
            ("Culture", "Why the old ferry songs are back?", "Luis Ortega", "May 4, 2023"),
            ("Science", "What the tide gauges tell us now", "Mina Sato", "May 3, 2023"),
            ("Business", "Fish prices climb", "Ada Kern", "May 2, 2023"),
        )
    )
    removed = _removed(HEAD + _article("") + column + FOOT)
    for line in ("Why the old ferry songs are back?", "Mina Sato", "May 3, 2023", "Fish prices climb"):
        assert line in removed
    assert not any("minute books" in line or "mills" in line for line in removed)


def test_letters_dated_under_their_writers_stay() -> None:
    letters = "".join(
        f"{writer}\n{day}\nThe clerk writes that the {thing} must be paid for by the parish in spring.\n\n"
        for writer, day, thing in (
            ("John Peel", "March 3, 1862", "sluice"),
            ("Ann Marsh", "April 9, 1862", "ditch"),
            ("Henry Dyke", "May 1, 1862", "weir"),
        )
    )
    removed = _removed(HEAD + _article("") + letters + FOOT)
    assert not any("clerk writes" in line or line in ("Ann Marsh", "April 9, 1862") for line in removed)


def test_a_column_of_kicker_and_headline_cards_goes() -> None:
    column = (
        "Mehr zum Thema\n\n"
        "Hafenbau :  Der lange Streit um die Mole\n\n"
        "Die Fischer klagten über die Gebühren, doch die Kammer blieb hart.\n"
        "Zollwesen | Wie der Freihafen entstand\n"
        "Seefahrt | Die letzten Segler der Elbe\n"
        "Deichbau | Warum die Sturmflut von 1962 alles änderte\n"
        "Fischerei | Heringsfang im Wandel der Zeit\n"
    )
    removed = _removed(HEAD + PROSE_DE + "\n" + column + FOOT)
    for line in ("Hafenbau :  Der lange Streit um die Mole", "Seefahrt | Die letzten Segler der Elbe"):
        assert line in removed
    assert "Die Fischer klagten über die Gebühren, doch die Kammer blieb hart." in removed
    assert not any("Brigaden" in line for line in removed)


def test_captions_with_a_bar_between_the_paragraphs_stay() -> None:
    paragraphs = PROSE_DE.strip().split("\n\n")
    captions = [
        "Ein Speicher am Hafen | Die Lagerhäuser um 1932",
        "Der Bezirkssekretär | Ein Foto aus dem Archiv",
        "Ein Protokoll | Die erste Seite des Berichts",
    ]
    body = "\n\n".join(f"{c}\n{p}" for c, p in zip(captions, paragraphs, strict=True))
    removed = _removed(HEAD + body + "\n" + FOOT)
    assert not any(line in removed for line in captions)
    assert not any("Brigaden" in line for line in removed)


def test_a_ranking_signed_with_authors_and_reading_times_goes() -> None:
    column = "Most Read\n\n" + "".join(
        f"{n}  {kicker}\n{section}\n{title}\n\nBy {author}    {minutes} min read\n"
        for n, kicker, section, title, author, minutes in (
            (1, "Ferries", "Travel", "The last paddle steamer on the lake", "Ada Kern", 4),
            (2, "", "Culture", "A choir sings the old harbour songs again", "Luis Ortega", 3),
            (3, "Tides", "Science", "What the tide gauges say about next winter", "Mina Sato", 6),
        )
    )
    # the column ends on a picture's caption, a sentence, as a page's next box may begin
    caption = "\nThe harbour master's room at the museum, in a photograph of 1930.\n"
    removed = _removed(HEAD + _article("") + column + caption)
    for line in ("By Luis Ortega    3 min read", "A choir sings the old harbour songs again"):
        assert line in removed
    assert not any("minute books" in line or "mills" in line for line in removed)


def test_the_articles_own_byline_with_its_reading_time_stays() -> None:
    head = HEAD + "By Ada Kern    7 min read\n\n"
    assert "By Ada Kern    7 min read" not in _removed(head + _article("") + FOOT)


FULL_MENU = (
    "Sections\nHistory\nAncient\nMedieval\nModern\nPolitics\nParties\nElections\n"
    "Culture\nBooks\nFilm\nMusic\nScience\nSpace\nClimate\n"
)


def test_a_compact_bar_of_the_menus_sections_goes_with_them() -> None:
    # a teaser of the latest issue between the two menus: prose above the article, which parts the head
    teaser = (
        "Latest Issue\nHow did the county drainage boards of the last century manage to keep the fens dry "
        "through three wars and two depressions?\nRead Now\n"
    )
    bar = "Log in\nHistory\nPolitics\nCulture\nScience\nPodcasts\n"
    capture = FULL_MENU + teaser + "\n" + bar + "\nThe drainage board's minute books\n\n" + _article("")
    removed = _removed(capture)
    assert removed.count("Science") == 2 and removed.count("History") == 2
    assert not any("minute books" in line for line in removed)


def test_menu_items_that_head_the_articles_parts_stay() -> None:
    bar = "History\nPolitics\nCulture\n"
    headings = ("History", "Politics", "Culture")
    parts = "\n\n".join(f"{h}\n{p}" for h, p in zip(headings, PARAGRAPHS, strict=False))
    capture = FULL_MENU + "\n" + bar + "\nThe drainage board's minute books\n\n" + parts + "\n"
    lines = capture.split("\n")
    own = [k for k, line in enumerate(lines) if line in headings and is_prose(lines[k + 1])]
    assert len(own) == 3
    assert not set(own) & set(furniture(capture))
    assert not {k for k, line in enumerate(lines[:40]) if line in headings} & set(furniture(capture))
