"""Citations in the text (issue 16), author–date political writing: bodies named by a state's or a union's
initials and a body's word, Iberian surnames of two names joined by a particle, a body's initials beside the
dated work it published, and the writer's pointers to the sections of the work itself."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str, str]]:
    """(span text, author, year) of each citation found."""
    return [(text[e.start : e.end], e.cited_author, e.year) for e in find_citations(text)]


# Two dated works by authors, so that the text cites by date and a body's report is kept
_DATED = "Turnout fell in the provinces (Orloff 2011; Pemberton 2019). "


def test_a_body_opening_with_a_state_s_initials_is_the_author_of_its_report():
    text = _DATED + (
        "Grain reserves ran low twice (UK Ministry of Agriculture 2021). The count of refugees rose by a "
        "third (UN High Commission for Refugees 2018), and the rural poor grew older (US Census Bureau 2020)."
    )
    assert _cited(text)[2:] == [
        ("(UK Ministry of Agriculture 2021)", "UK Ministry of Agriculture", "2021"),
        ("(UN High Commission for Refugees 2018)", "UN High Commission for Refugees", "2018"),
        ("(US Census Bureau 2020)", "US Census Bureau", "2020"),
    ]


def test_a_state_s_initials_before_a_year_or_an_army_stay_unread():
    text = _DATED + "The treaty was signed (USSR 1936), and the landings followed (US Army 1944)."
    assert _cited(text)[2:] == []


def test_an_iberian_surname_of_two_names_joined_by_a_particle_is_one_author():
    text = (
        "Coalitions shrink as rents grow (Bueno de Mesquita et al. 2011; Pereira da Costa 2004). Mass "
        "politics began late in Spain (Ortega y Gasset 1930)."
    )
    assert _cited(text) == [
        ("Bueno de Mesquita et al. 2011", "Bueno de Mesquita et al.", "2011"),
        ("Pereira da Costa 2004", "Pereira da Costa", "2004"),
        ("(Ortega y Gasset 1930)", "Ortega y Gasset", "1930"),
    ]


def test_a_particle_with_no_name_after_it_joins_nothing():
    assert _cited("The estate was sold (Hollis y 1872).") == []


def test_a_body_s_initials_beside_the_dated_work_it_published():
    text = _DATED + "Forecast errors halved within a decade (IMF; Oduya and Brandt 2017)."
    assert _cited(text)[2:] == [("Oduya and Brandt 2017", "Oduya and Brandt", "2017")]


def test_a_state_s_initials_beside_a_dated_work_keep_the_bracket_unread():
    # ("USSR" is a state, not a body that publishes: the bracket is no list of works)
    assert _cited(_DATED + "The border moved west (USSR; Kiev 1939).")[2:] == []


def test_a_pointer_to_a_section_of_the_work_itself_cites_nobody():
    text = _DATED + "The record gives little comfort (Section 4.2), as the tables show (Chapter 3)."
    assert _cited(text)[2:] == []


def test_a_body_s_initials_and_year_before_what_it_found_cite_its_report():
    text = _DATED + "FAO (2022) estimates that a tenth of the harvest was lost in storage."
    assert _cited(text)[2:] == [("FAO (2022)", "FAO", "2022")]


def test_a_body_s_initials_and_year_alone_in_a_table_of_sources():
    text = _DATED + (
        "\n\n| Series | Source |\n|---|---|\n| Harvest losses | FAO (2022) |\n| Wages | Pemberton (2019) |\n"
    )
    assert _cited(text)[2:] == [("FAO (2022)", "FAO", "2022"), ("Pemberton (2019)", "Pemberton", "2019")]


def test_a_founding_year_after_initials_cites_nothing():
    text = _DATED + (
        "NATO (1949) was founded in Washington.\n\n| Alliance | Founded |\n|---|---|\n| SEATO (1954) |\n"
    )
    assert _cited(text)[2:] == []
