"""Citations in the text (issue 16), a literature review's Markdown headings that name the work a section
reviews: authors, a colon, the title, the year."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str, str]]:
    """(span text, author, year) of each citation found."""
    return [(text[e.start : e.end], e.cited_author, e.year) for e in find_citations(text)]


def test_a_heading_naming_authors_title_and_year_cites_that_work_once():
    text = (
        "## Reviews\n\n### Halloran and Mbeki: Courts Under Pressure (2017)\n\nThey trace the decline of "
        "judicial review (Halloran and Mbeki 2017).\n\n### Ostrova: Two Essays on Parties (2009, 2014)\n\n"
        "Both essays count the splits (Ostrova 2014).\n"
    )
    assert _cited(text) == [
        ("Halloran and Mbeki: Courts Under Pressure (2017)", "Halloran and Mbeki", "2017"),
        ("(Halloran and Mbeki 2017)", "Halloran and Mbeki", "2017"),
        ("Ostrova: Two Essays on Parties (2009, 2014)", "Ostrova", "2009, 2014"),
        ("(Ostrova 2014)", "Ostrova", "2014"),
    ]


def test_a_heading_naming_a_place_or_a_word_names_no_author():
    text = (
        "### Germany: The Weimar Years (1919)\n\nTurnout fell (Orloff 2011).\n\n### Background: Land Reform "
        "(1861)\n\nThe estates objected (Pemberton 2019).\n"
    )
    authors = [author for _, author, _ in _cited(text)]
    assert "Germany" not in authors and "Background" not in authors
