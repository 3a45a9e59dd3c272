"""Snippets: exact excerpts around the first match, cut at word boundaries."""

from __future__ import annotations

from annotator.search.snippets import make_snippet

TEXT = "Alpha beta gamma. " * 30 + "The requisition squads arrived in the village at dawn. " + "Omega. " * 40


def test_a_short_text_is_its_own_snippet() -> None:
    snippet = make_snippet("Grain quotas, again", 100, [(106, 112)])
    assert (snippet.text, snippet.start, snippet.clipped_before, snippet.clipped_after) == (
        "Grain quotas, again",
        100,
        False,
        False,
    )
    assert snippet.display() == "Grain quotas, again"


def test_a_long_text_is_cut_at_word_boundaries_around_the_first_match() -> None:
    at = TEXT.index("requisition")
    snippet = make_snippet(TEXT, 0, [(at, at + 11), (at + 20, at + 25)])
    assert TEXT[snippet.start : snippet.end] == snippet.text
    assert snippet.start < at < snippet.end
    assert not TEXT[snippet.start - 1].isalnum() and not TEXT[snippet.start].isspace()
    assert not TEXT[snippet.end].isalnum()
    assert snippet.display().startswith("…") and snippet.display().endswith("…")


def test_without_matches_the_snippet_is_the_start() -> None:
    snippet = make_snippet(TEXT, 0, [])
    assert snippet.start == 0 and TEXT.startswith(snippet.text) and snippet.clipped_after


def test_a_match_longer_than_the_width_is_kept_whole() -> None:
    snippet = make_snippet(TEXT, 0, [(20, 400)], width=50)
    assert snippet.start <= 20 and snippet.end >= 400
