"""Quotations shown between quotation marks once, however they were selected."""

from __future__ import annotations

import pytest

from annotator.ui.text import in_quotes


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("the bargaining left its own records", "“the bargaining left its own records”"),
        ("“We were all his prisoners,”", "“We were all his prisoners,”"),  # accepted with its own marks
        ("«Мы все были его узниками»", "«Мы все были его узниками»"),
        ("“We were all his pris…", "“We were all his pris…”"),  # cut short: the closing mark put back
        ("“the cult”, a claim", "““the cult”, a claim”"),  # a mark inside is the text's own
        ("”", "“””"),
    ],
)
def test_in_quotes_adds_marks_only_where_the_text_has_none(text: str, shown: str) -> None:
    assert in_quotes(text) == shown
