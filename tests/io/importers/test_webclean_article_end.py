"""The web clean-up on where the article ends (issue 14, 2026-12): a column of long teasers of other
stories (a kicker, then a headline of a sentence's length) closing the page's prose is not the article's
end, so the runs after the article take it. Guards: the article's own last short paragraphs, its
signature, its note and a "Related" list it writes in its own words stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

HEAD = "Quay Gazette\n\nSign in\nSubscribe\nNews\nSport\nWeather\n\nShare on Facebook\nShare on Twitter\n\n"
ARTICLE = (
    "The harbour commission met on Tuesday to decide the future of the old grain warehouses on the east "
    "quay, which have stood empty since the last shipping line moved to the deep-water berths.\n\n"
    "Commissioners heard from the port engineer that the warehouses' timber floors are sound, but that "
    "the quay wall in front of them has settled and would need piling before any new use.\n\n"
    "Two offers were on the table: a developer's plan for flats above a market hall, and the city "
    "museum's proposal to move its maritime collection into the largest of the warehouses.\n\n"
    "After three hours the commission voted to ask both bidders for costed plans for the quay wall, "
    "and to decide at its meeting in the spring which of the two offers to take further.\n\n"
)

# Other stories' cards, a kicker over a headline; the last headline is as long as a paragraph's line.
TEASERS = (
    "Advertisement\n\n"
    "FARM PRICES\n"
    "Feed prices double for the dairy herds of the hill valleys\n\n"
    "surprising find\n"
    "Schoolchildren digging a pond uncover a Bronze Age blade\n\n"
    "BIG MATCH\n"
    "Rowing club takes its first national title after forty years\n\n"
    "weekend weather\n"
    "Forecasters warn of heavy snow on the mountain passes and tell drivers to carry chains and a "
    "shovel until late on Sunday night\n\n"
    "Comment first\n"
    "Join the discussion\n"
)


def test_a_column_of_long_teasers_after_the_article_goes() -> None:
    removed = _removed(HEAD + ARTICLE + TEASERS)
    assert "Schoolchildren digging a pond uncover a Bronze Age blade" in removed
    assert "surprising find" in removed
    assert not any("commission" in line or "warehouses" in line for line in removed)


def test_the_articles_own_short_closing_paragraphs_stay() -> None:
    closing = (
        "Harbour commission\n"
        "The quay wall report is published on the commission's website\n\n"
        "Museum offer\n"
        "The museum's plans for the warehouses go on show in the library next month\n\n"
        "Developer's offer\n"
        "Flats above a market hall on the east quay need the wall piled first\n\n"
        "Anna Kerr, harbour reporter\n"
    )
    removed = _removed(HEAD + ARTICLE + closing)
    assert not [line for line in removed if line in closing]


def test_two_short_paragraphs_of_other_words_after_the_article_stay() -> None:
    # Fewer than three: a postscript and an aside, no column of other stories.
    ending = (
        "A personal note\n"
        "My grandfather unloaded grain ships there for thirty years before the war\n\n"
        "Corrections welcome\n"
        "Readers who remember the dockers' strike of the fifties may write to the desk\n"
    )
    removed = _removed(HEAD + ARTICLE + ending)
    assert not [line for line in removed if line in ending]
