"""Article starts in one capture: proposed on label lines and encyclopedic openings, never for one article."""

from annotator.domain.structure.articles import propose_articles
from tests.helpers.web_captures import hub_page, news_page, render, wiki_pair_page

LEAD = "{0} is the name historians give to the order of government in the USSR under Stalin (1927–53)."
BODY = (
    "The first five-year plan set targets for coal, iron and steel that were raised again and again.\n\n"
    "Collectivisation destroyed much of the livestock and led to the famine of 1932–1933.\n"
)


def titles(text: str) -> list[tuple[str, str]]:
    return [(p.title, text[p.start : p.start + 20]) for p in propose_articles(text)]


def test_two_labelled_articles_with_one_title_get_their_sources_in_the_title() -> None:
    text = render(hub_page()).text
    assert titles(text) == [
        ("Stalinism (Wikipedia)", "from Wikipedia\nStali"),
        ("Stalinism (Grokipedia)", "from Grokipedia\nStal"),
    ]


def test_labels_with_a_tagline_or_via_and_different_titles() -> None:
    text = render(wiki_pair_page()).text
    assert [t for t, _ in titles(text)] == ["Soviet system", "Stalinist economy"]
    tagline = (
        f"From Wikipedia, the free encyclopedia\nStalinism\n{LEAD.format('Stalinism')}\n\n{BODY}\n"
        f"From Wikipedia, the free encyclopedia\nGulag\n{LEAD.format('The Gulag')}\n\n{BODY}"
    )
    assert [t for t, _ in titles(tagline)] == ["Stalinism", "Gulag"]


def test_without_labels_a_repeated_title_with_its_lead_is_a_boundary() -> None:
    lead = LEAD.format("Stalinism")
    text = f"Stalinism\n\n{lead}\n\n{BODY}\nStalinism\n\nOverview\n\n{lead}\n"
    assert [t for t, _ in titles(text)] == ["Stalinism (article 1)", "Stalinism (article 2)"]


def test_a_new_opening_after_the_references_of_an_article_is_a_boundary() -> None:
    text = (
        f"Stalinism\n{LEAD.format('Stalinism')}\n\n{BODY}\nReferences\n^ Kotkin, Stalin, p. 100.\n\n"
        f"The Gulag\n{LEAD.format('The Gulag')}\n\n{BODY}"
    )
    assert [t for t, _ in titles(text)] == ["Stalinism", "The Gulag"]


def test_one_article_is_never_split() -> None:
    # A section heading whose first sentence repeats it, a heading "From Lenin to Stalin", one label.
    one = (
        f"from Wikipedia\nStalinism\n{LEAD.format('Stalinism')}\n\n{BODY}\n"
        f"Collectivisation\nCollectivisation was carried out by force in the winter of 1929–1930, village by "
        f"village.\n\nFrom Lenin to Stalin\n\n{BODY}"
    )
    assert propose_articles(one) == ()
    assert propose_articles(render(news_page()).text) == ()


def test_reader_comments_are_not_articles() -> None:
    text = (
        f"Stalinism\n{LEAD.format('Stalinism')}\n\n{BODY}\n3 comments on “Stalinism”\n"
        "Bennett Muraskin says:\n\nLeninism and Stalinism\n\nI would like to suggest that the policies "
        "of war communism foreshadowed all of this, and that the article overlooks it.\n"
    )
    assert propose_articles(text) == ()


def test_a_label_followed_by_the_lead_takes_its_title_from_the_lead() -> None:
    lead = LEAD.format("Stalinism")
    text = (
        f"from Wikipedia\nStalinism\n{lead}\n\n{BODY}\nRead more on Wikipedia\n"
        f"from Grokipedia\nThe Great Purge (1936–38) was the campaign of terror that Stalin led against the "
        f"party, the army and the people.\n\n{BODY}"
    )
    assert [t for t, _ in titles(text)] == ["Stalinism", "Great Purge"]


def test_a_table_cell_reading_from_x_is_no_label() -> None:
    """A row of a table whose last cell is empty ("from the United Kingdom<TAB>") is no label line."""
    lead = LEAD.format("Stalinism")
    text = (
        f"Members\nfrom the United Kingdom\t\nStalinism\n{lead}\n\n{BODY}\n"
        f"from the British Empire\t\nStalinism\n{lead}\n\n{BODY}"
    )
    assert [t for t, _ in titles(text)] == ["Stalinism (article 1)", "Stalinism (article 2)"]
