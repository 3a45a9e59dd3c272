"""The query language: what each form parses to, and a one-line explanation for every malformed query."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InvalidInput
from annotator.search.query import And, Filter, Not, Or, Phrase, Word, parse


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("kulak", Word("kulak")),
        ('"Five-Year Plan"', Phrase("Five-Year Plan")),
        ("Five-Year", Word("Five-Year")),
        ("collectiv*", Word("collectiv*")),
        ("kolkhoz~", Word("kolkhoz", Word.FUZZY_AUTO)),
        ("kolkhoz~1", Word("kolkhoz", 1)),
        ("a b", And((Word("a"), Word("b")))),
        ("a AND b", And((Word("a"), Word("b")))),
        ("a OR b", Or((Word("a"), Word("b")))),
        ("a NOT b", And((Word("a"), Not(Word("b"))))),
        ("a b OR c", Or((And((Word("a"), Word("b"))), Word("c")))),
        ("a (b OR c)", And((Word("a"), Or((Word("b"), Word("c")))))),
        ("NOT (a OR b) c", And((Not(Or((Word("a"), Word("b")))), Word("c")))),
        ("and or not", And((Word("and"), Word("or"), Word("not")))),  # operators are upper case
        ("source:12", Filter("source", "12")),
        ('source:"New Politics"', Filter("source", "New Politics", quoted=True)),
        ("author:conquest", Filter("author", "conquest")),
        ("tag:bias/polemical", Filter("tag", "bias/polemical")),
        ("facet:bias", Filter("facet", "bias")),
        ("kind:Primary", Filter("kind", "primary")),
        ("in:notes", Filter("in", "notes")),
        ("year:1928..1934", Filter("year", "1928..1934", years=(1928, 1934))),
        ("year:1931", Filter("year", "1931", years=(1931, 1931))),
        ("year:1930..", Filter("year", "1930..", years=(1930, None))),
        ("year:..1934", Filter("year", "..1934", years=(None, 1934))),
        ("year:1929–1930", Filter("year", "1929–1930", years=(1929, 1930))),
        ("10:30", Word("10:30")),  # not a filter: a time
        ('kulak "grain strike"', And((Word("kulak"), Phrase("grain strike")))),
    ],
)
def test_forms(query: str, tree: object) -> None:
    assert parse(query) == tree


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"unclosed AND (', "never closed"),
        ("(kulak", "never closed"),
        ("kulak)", "closes no"),
        ("()", "enclose nothing"),
        ("a AND", "needs a term after"),
        ("OR a", "needs a term before"),
        ("a OR OR b", "needs a term after"),
        ("NOT", "needs a term after"),
        ("NOT kulak", "only excludes"),
        ("foo:bar", "unknown filter 'foo:'"),
        ("tag:", "has no value"),
        ('source:""', "has no value"),
        ("kind:memoir", "primary, secondary, tertiary"),
        ("in:footnotes", "in:notes"),
        ("year:thirties", "year:1931"),
        ("year:1934..1928", "ends before it starts"),
        ("kolkhoz~3", "1 or 2"),
        ("kolk*oz~", "not both"),
        ("~", "word~"),
    ],
)
def test_malformed_queries_get_one_line(query: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse(query)
    message = str(caught.value)
    assert says in message
    assert message.startswith("bad query:")
    assert "\n" not in message
