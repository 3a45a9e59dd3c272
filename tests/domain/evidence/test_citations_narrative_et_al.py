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
