"""Citations in the text (issue 16), narrative citations of economic history: "X et al." as the subject of a
verb that is an actor's deed too ("introduced"), and the present perfect of testing and measuring ("have
tested", "has quantified")."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str]]:
    """(span text, author) of each citation found."""
    return [(text[e.start : e.end], e.cited_author) for e in find_citations(text)]


def test_et_al_names_the_authors_of_a_work_before_an_actor_s_verb():
    text = "Halvorsen et al. introduced the freight index as a measure of trade (Halvorsen et al. 2014)."
    assert _cited(text)[0] == ("Halvorsen et al. introduced", "Halvorsen")


def test_a_ruler_introducing_a_reform_is_still_no_citation():
    assert _cited("When Frederick introduced the land tax, the estates objected.") == []


def test_the_present_perfect_of_testing_and_measuring_is_a_scholar_s():
    text = (
        "More recently Quist and Amadi have tested the grain hypothesis on wages, and Ferrante has "
        "quantified the toll roads' share of the fall in costs."
    )
    assert _cited(text) == [("Quist and Amadi have tested", "Quist and Amadi"),
                            ("Ferrante has quantified", "Ferrante")]


def test_a_body_that_has_tested_its_troops_is_no_scholar():
    assert _cited("The Directory has tested the loyalty of the northern army twice.") == []


def test_a_scholar_s_work_with_an_adjective_as_subject_of_a_verb_of_showing_in_the_past():
    text = (
        "Okonjo's seminal article defined party decay as a slow loss of members. Its sample was small "
        "(Okonjo 2016)."
    )
    assert _cited(text)[0] == ("Okonjo's seminal article", "Okonjo")


def test_a_ruler_s_book_that_defined_a_doctrine_is_no_citation_when_never_cited():
    assert _cited("Gaddafi's famous book defined a third way between the blocs.") == []


def test_what_a_scholar_cited_elsewhere_distinguished_or_measures():
    text = (
        "Pellworth and Anand distinguished two kinds of decline, and Anand measures its spread by region "
        "(Pellworth and Anand 2019; Anand 2022)."
    )
    assert [span for span, _ in _cited(text)[:2]] == ["Pellworth and Anand distinguished", "Anand measures"]


def test_an_engineer_who_developed_an_engine_is_no_citation():
    assert _cited("Watt developed the separate condenser in 1765, and the mills followed.") == []


def test_a_new_book_or_an_article_without_a_judgement_stays_the_text_under_review():
    # (a review's book, or an essay's primary text, even when its author is cited in a bracket)
    text = (
        "Ilves's new book promises a fresh view of the famine (Ilves 2020). Marwick's article argued for "
        "suffrage in plain words (Marwick 1911)."
    )
    assert [span for span, _ in _cited(text)] == ["(Ilves 2020)", "(Marwick 1911)"]
