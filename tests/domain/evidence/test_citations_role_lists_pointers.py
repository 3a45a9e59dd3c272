"""Citations in the text (issue 16), seen in a history essay with Chicago notes: a calling with its field
before a list of scholars ("historians of the interwar slump, such as A, B, and C, among others, have
argued"), a pointer to the essay's own charts ("(Graphic 6)"), and a count that opens a sentence ("Four dates
make")."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str]]:
    """(span text, author) of each citation found."""
    return [(text[e.start : e.end], e.cited_author) for e in find_citations(text)]


def test_a_calling_with_its_field_before_a_list_of_scholars_holding_a_view_is_still_one_citation():
    text = (
        "The slump was not inevitable. Yet economists of the interwar years, such as Ilse Brand, Tomas Vey, "
        "and Ruth M. Okafor, have argued that the gold standard made it so."
    )
    assert [author for _, author in _cited(text)] == ["Ilse Brand, Tomas Vey, and Ruth M. Okafor"]


def test_among_others_between_the_field_s_list_and_its_verb():
    text = (
        "Yet historians of the famine, such as Rhea Moss, Ivo Tamm, and Paul B. C. Lenk, among others, have "
        "argued that it was made."
    )
    assert [author for _, author in _cited(text)] == ["Rhea Moss, Ivo Tamm, and Paul B. C. Lenk"]


def test_names_after_a_field_that_a_preposition_governs_are_examples_not_views():
    text = "The fame of historians of the Tudor court, such as Ada Finch and Leo Marr, grew after the war."
    assert _cited(text) == []


def test_a_pointer_to_the_essay_s_own_graphic_or_chart_cites_nobody():
    text = "Support fell in the Senate (Graphic 6) and in the House (Chart 3), as rolls show (Lund 2004, 12)."
    assert [span for span, _ in _cited(text)] == ["(Lund 2004, 12)"]


def test_a_count_that_opens_a_sentence_is_no_scholar():
    assert _cited("The vote turned late. Four dates make this plain. Five members show the change.") == []


def test_a_surname_that_begins_like_a_count_is_still_cited():
    text = "Fewster argues that the mills closed first (Fewster 2010, 4)."
    assert [author for _, author in _cited(text)] == ["Fewster", "Fewster"]


def test_a_view_held_by_a_list_of_scholars_cites_them():
    text = "This is the consensus held by scholars such as Anna Brik, Tomas Vey, and lately, Ruth Okafor."
    assert [author for _, author in _cited(text)] == ["Anna Brik"]


def test_a_privilege_held_by_a_list_of_examples_of_a_calling_cites_nobody():
    text = "The chairs were once held by clerics, and the fame enjoyed by scholars such as Ada Finch grew."
    assert _cited(text) == []


def test_a_scholar_named_by_her_calling_and_her_argument():
    text = "The returns support historian Edith Marr's argument that the tithe fell first on the poor."
    assert _cited(text) == [("Edith Marr's argument", "Edith Marr")]


def test_a_ruler_s_argument_is_no_scholar_s():
    text = "The council rejected Governor Edith Marr's argument that the tithe was fair."
    assert _cited(text) == []
