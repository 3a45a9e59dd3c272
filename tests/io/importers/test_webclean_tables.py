"""The web clean-up keeps an article's tables copied one cell per line and a reader card's name (issue 14,
precision on Mozilla Readability's saved pages, ``tests/benchmarks/measure_webclean_real.py``): a long
column of short cells between the article's paragraphs is a table when it mixes words with numbers that are
no series, not a column of links that parts the page's prose."""

from tests.helpers.webclean_lines import removed_lines as _removed

MENU = "Log in\nSign up\nHome\nArchive\nAbout\nSearch\n"
PARAGRAPH = (
    "The river ports of the province were surveyed in the spring of 1898, and the surveyors recorded the "
    "tonnage handled at each quay together with the number of barges that wintered there.\n"
    "\n"
)
LONG_PARAGRAPH = (
    "The survey's figures were printed in the provincial gazette the following year, and the merchants of "
    "the lower river contested them at once, claiming that the counts had been taken in a month when the ice "
    "had not yet left the upper reaches and most of their barges were still moored far upstream.\n"
    "\n"
)
# A table of ports, one cell per line as a browser's copy of a table without tabs gives it: its header,
# then a name, a district and two figures for each port.
PORT_TABLE = (
    "Port\nDistrict\nTonnage\nBarges\n"
    "Lindenau\nUpper Marsh\n41,200\n318\n"
    "Kessel Ford\nUpper Marsh\n12,750\n96\n"
    "Grauwasser\nLower Bend\n8,430\n57\n"
    "Oster Quay\nLower Bend\n27,900\n204\n"
    "Saltmoor\nEstuary\n66,310\n471\n"
    "Fennick\nEstuary\n3,120\n22\n"
)
FOOTER = "Contact\nPrivacy\nTerms\n© 2026 River History Society\n"




def test_a_table_copied_one_cell_per_line_between_the_articles_paragraphs_stays() -> None:
    """Twenty-eight cells between the article's first paragraphs and its longer rest: a column long enough to
    part two clusters of prose, whose link-like cells ("Kessel Ford", "Estuary") then went as lines above the
    article. Its numbers (different, no series) among its words make it the article's table."""
    capture = f"{MENU}{PARAGRAPH * 2}{PORT_TABLE}{LONG_PARAGRAPH * 4}{FOOTER}"
    removed = _removed(capture)
    for cell in ("Port", "Kessel Ford", "Upper Marsh", "Estuary", "Saltmoor", "41,200", "318"):
        assert cell not in removed
    for line in ("Log in", "Sign up", "Privacy"):
        assert line in removed


def test_a_column_of_links_with_a_numbered_pager_still_parts_the_article() -> None:
    """A column of menu links with a pager's numbers ("1" "2" "3": a series) is no table: it still parts a
    teaser's paragraph above it from the article below, and its links go."""
    column = (
        "News\nPolitics\nEconomy\nCulture\nSport\nScience\nTravel\nOpinion\nVideo\nPodcasts\nWeather\n"
        "Obituaries\n1\n2\n3\n4\n5\nNext\nMagazine\nArchive\nEvents\nShop\n"
    )
    capture = f"{MENU}{PARAGRAPH}{column}{LONG_PARAGRAPH * 4}{FOOTER}"
    removed = _removed(capture)
    for line in ("Politics", "Economy", "Podcasts", "Obituaries"):
        assert line in removed


def test_a_reply_cards_name_said_again_in_the_reply_head_stays() -> None:
    """Under the article, the author's reply card: the glued handle, the name, the profile's buttons (found
    as a control said again), the reply's head saying the name again with whom it answers, and the date.
    The name is who wrote the reply, not a line between furniture."""
    card = (
        "MartaWeiss\nMarta Weiss\nProfileFollowUnfollow\nMarta Weissriverrat\n"
        "4/11/19 9:02am\t4/11/19 9:02am\n"
        "Edit\nDelete\nShare to Facebook\nShare to Twitter\n"
    )
    reply = "Thanks, the gazette's tables are in the county archive under the year of printing.\n\n"
    capture = (
        f"{MENU}Marta Weiss\n{LONG_PARAGRAPH * 3}ProfileFollowUnfollow\nShare to Facebook\nShare to Twitter\n"
        f"{card}{reply}{card}{reply}{FOOTER}"
    )
    removed = _removed(capture)
    assert "Marta Weiss" not in removed
    assert "Share to Facebook" in removed
