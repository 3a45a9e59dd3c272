"""Citations in the text (issue 16), Harvard in a humanities paper: a surname that is also a town's name with
its page after a colon ("(Hamilton, 1982:33)", "Hamilton (1982:33) speaks of"), and a government's branch or
census as the author of a report ("(Canadian Citizenship Branch, 1960)", "(Census Canada, 1987)")."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str, str, str]]:
    """(span text, author, year, locator) of each citation found."""
    return [(text[e.start : e.end], e.cited_author, e.year, e.locator) for e in find_citations(text)]


_OTHERS = " Wages rose slowly (Okafor, 1991: 12; Lindqvist, 1988)."


def test_a_town_s_name_with_a_harvard_page_is_a_surname():
    text = "Boys were sold at the quay (Hamilton, 1979:41). Hamilton (1979:40) writes of a fair." + _OTHERS
    assert [(span, author) for span, author, _, _ in _cited(text)][:2] == [
        ("(Hamilton, 1979:41)", "Hamilton"), ("Hamilton (1979:40)", "Hamilton")]


def test_an_imprint_and_a_town_with_its_year_stay_unread():
    text = "The tract was printed twice (London, 1842) and the riots began in Hamilton (1849)." + _OTHERS
    assert [span for span, _, _, _ in _cited(text)] == ["Okafor, 1991: 12", "Lindqvist, 1988"]


def test_a_government_s_branch_or_census_signs_its_report():
    text = "The union grew (Dominion Labour Branch, 1952) and the city too (Census Ontario, 1961)." + _OTHERS
    assert [(span, author, year) for span, author, year, _ in _cited(text)][:2] == [
        ("(Dominion Labour Branch, 1952)", "Dominion Labour Branch", "1952"),
        ("(Census Ontario, 1961)", "Census Ontario", "1961")]


def test_a_census_year_or_a_branch_line_named_as_an_event_is_no_report():
    text = "Few were counted (1961 Census). The Branch Line Strike (1952) closed the yards." + _OTHERS
    assert [span for span, _, _, _ in _cited(text)] == ["Okafor, 1991: 12", "Lindqvist, 1988"]


def test_according_to_a_body_s_dated_report_cites_the_body():
    text = "Pay stayed low, according to a survey of the Halton Board of Trade (1931: 14), till 1940."
    text += _OTHERS
    assert _cited(text)[0] == ("Halton Board of Trade (1931: 14)", "Halton Board of Trade", "1931", "14")


def test_according_to_a_place_and_its_year_cites_nobody():
    text = "Wages stayed low, according to the Halton Hills (1931) returns, until 1940." + _OTHERS
    assert [span for span, _, _, _ in _cited(text)] == ["Okafor, 1991: 12", "Lindqvist, 1988"]


def test_the_source_line_of_a_table_names_its_work():
    text = "Porters by city, 1941\n\nToronto  310\nMontreal  205\n\nSource: Dominion Labour Office (1944).\n"
    found = _cited(text + _OTHERS)
    assert found[0] == ("Dominion Labour Office (1944)", "Dominion Labour Office", "1944", "")


def test_a_source_line_pointing_at_the_essay_s_own_table_cites_nobody():
    text = "Porters by city\n\nSource: Table 2 (1941), above.\n" + _OTHERS
    assert [span for span, _, _, _ in _cited(text)] == ["Okafor, 1991: 12", "Lindqvist, 1988"]
